"""Attributed statements from a prepared document: who said what, with which cue, when, asserting or denying.

The stages, one module each: segment (sentences, quotes) → cues → frames (where the attributions are, with
spans for the speaker phrase and content for what was said) → speakers (name, role) → coreference → dates →
stance → checkworthy → standing → links. No database; everything it knows is in data/.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache, cached_property
from itertools import islice

from claimtrack.extract.article import Article
from claimtrack.extract.checkworthy import CheckWorthiness
from claimtrack.extract.content import continuation, credit_inside, quote_kind, trimmed
from claimtrack.extract.coreference import (
    NameRegistry,
    document_source,
    named_in_own_clause,
    pointed_back,
    resolve,
    told_by_reported_self,
)
from claimtrack.extract.cues import CuePatterns
from claimtrack.extract.dates import DateFinder
from claimtrack.extract.frames import Frame, FrameFinder
from claimtrack.extract.links import find_links
from claimtrack.extract.name_trims import NameTrims
from claimtrack.extract.names import NameEvidence, is_capitalised, name_words
from claimtrack.extract.phrases import Words, surely_without, words_before
from claimtrack.extract.propositions import Propositions
from claimtrack.extract.result import Extraction, Link, Statement, without_aside
from claimtrack.extract.segment import Sentence, sentences
from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.speaker_words import is_acronym
from claimtrack.extract.speakers import Speaker, SpeakerParser, copy_speaker
from claimtrack.extract.stance import Stance
from claimtrack.extract.standing import Standing
from claimtrack.extract.subjects import QUOTATION
from claimtrack.extract.tokens import OPENING_WORD, TOKEN, capitalised_inside, opens_sentence
from claimtrack.ingest.document import Document
from claimtrack.lexicon import detect_language, gazetteer, lexicon, phrase_pattern
from claimtrack.textutil import fold

# a comma, a capitalised name and a verb in lower case: a main clause with its own subject after an attribution
_MAIN_CLAUSE_AFTER = re.compile(r"[ \t]*,[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*[ \t]+[a-z]")

_WORD = re.compile(r"\w+")
_WEB_NAME = re.compile(r"\w\.(?:com|net|org|co)\b", re.IGNORECASE)  # "Canada.com", "RadarOnline.com"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
# a quotation opened after a colon ("Miss Jasica said: 'I can't remember much …"), and what closes each opening mark
_OPENED_AFTER_COLON = re.compile(r":[ \t]*([\"“'‘])(?=\w)")
_CLOSERS = {'"': re.compile(r'"'), "“": re.compile(r"”"), "'": re.compile(r"(?<!\w)['’]|['’](?!\w)")}
_CLOSERS["‘"] = _CLOSERS["'"]
# a speaker phrase that is all of a quotation: its opening mark, the words, a comma maybe, its closing mark
_QUOTED_TITLE = re.compile(r"[\"“][^\"“”]+?,?[\"”].?", re.DOTALL)

__all__ = ["Extraction", "Extractor", "Link", "Statement", "extract", "extractor"]


class Extractor:
    """All the extraction stages for one language, built once and reused across documents."""

    def __init__(self, language: str):
        self.lex = lexicon(language)
        self.parser = SpeakerParser(self.lex, gazetteer())
        self.trims = NameTrims(self.parser)
        self.dates = DateFinder(self.lex)
        self.cues = CuePatterns(self.lex)
        self.frames = FrameFinder(self.lex, self.cues, SpeakerSpans(self.lex, self.parser), gazetteer())
        self.stance = Stance(self.lex)
        self.checkworthiness = CheckWorthiness(self.lex)
        self.standing = Standing(self.lex)
        self.propositions = Propositions(self.lex, self.checkworthiness, self.standing.penalty, self.stance)
        self.names = name_words(language)
        self.object_cues = frozenset(fold(w) for w in self.lex.words_of("cues", "object_cues"))
        self.outlet_cues = frozenset(fold(w) for w in self.lex.words_of("speaker", "outlet_cues"))
        self.object_markers = frozenset(fold(w) for w in self.lex.words_of("cues", "object_markers"))
        self.delivered = frozenset(fold(w) for w in self.lex.words_of("cues", "delivered_documents"))
        self.delivering = frozenset(fold(w) for w in self.lex.words_of("cues", "delivering_cues"))
        # third-person pronouns for a person, which a speaker never uses of themself in their own words
        self._own = frozenset(fold(w) for w in self.lex.words_of("claims", "first_person"))
        self._others = frozenset(fold(w) for w in self.lex.words_of("claims", "third_person")) - frozenset(
            fold(w) for w in self.lex.words_of("claims", "institutional")
        )
        # a demonstrative closing the speaker phrase ("kata Ketua DPC PDIP Jaksel itu"; languages whose
        # demonstratives follow the noun), past the acronym of the body it names ("tegas Ketua Majelis Alumni Ikatan
        # Pelajar Nahdlatul Ulama (IPNU) itu")
        pointing_back = self.lex.words_of("claims", "pointing_back_after_noun")
        self.pointing_back = (
            re.compile(rf"(?:[ \t]+\([A-Z][A-Za-z]{{1,9}}\))?[ \t]+{phrase_pattern(pointing_back)}")
            if pointing_back
            else None
        )
        embedded, as_ = self.lex.embedded, phrase_pattern(self.lex.words_of("cues", "embedded_as"), ignore_case=False)
        # words each such phrase holds, one of each list (a content with none of one list holds no such phrase)
        self._embedded_words = (
            tuple({p.split()[-1].lower() for p in embedded if p.strip()}),
            tuple({p.split()[0].lower() for p in self.lex.words_of("cues", "embedded_as") if p.strip()}),
        )
        self.embedded = (
            re.compile(r"[\s,][\s,]*" + phrase_pattern(embedded) + rf"\s+(?P<speaker>[^,.;]{{2,60}}?)\s+{as_}\s+")
            if embedded
            else None
        )

    def extract(self, document: Document) -> Extraction:
        text = document.text
        article = Article(text, self.cues, self.dates)
        registry = NameRegistry(self.parser)
        registry.evidence = article.evidence = NameEvidence(text, self.names)
        registry.scan(document.title, position=-1)
        registry.scan(text)
        found: list[Statement] = []
        speakers: list[Speaker] = []
        previous: tuple[Sentence, Statement] | None = None
        attributed_end = 0  # where the last sentence with an attribution ends
        covered = 0  # where the content of a turn ("PENCE: …", to its paragraph's end) stops
        for sentence in sentences(text, self.lex):
            if sentence.start < covered:
                if previous is not None:  # a quotation after the block goes on from its end
                    previous = (sentence, previous[1])
                continue  # already said: inside a turn or a block quotation taken whole
            frames = self._sentence_frames(article, sentence)
            if frames:
                covered = max(covered, max(frame.content_end for frame in frames))
                after, attributed_end = attributed_end, self._attribution_reach(text, sentence, frames)
                for frame in frames:
                    heir = speakers[-1] if frame.same_speaker and speakers else None
                    statement, speaker = self._statement(
                        article, frame, document, registry, speakers, heir, after=after
                    )
                    if (
                        not self.frames.names_only(article, frame)
                        and not self._pointer_only(text, frame)
                        and not self._companion_only(text, frame)
                        and not self._nothing_said(text, frame)
                        and not self._topic_only(text, frame)
                        and not self._thing_offered(text, frame)
                        and not self._object_then_act(article, frame)
                        and not self._recalled_saying(text, frame)
                        and not self._described_in_passing(text, frame)
                        and not self._thing_shown(text, frame, speaker)
                        and not self._asked_about(text, frame)
                        and not self._in_asked_question(text, frame)
                        and not self._agreed_to(text, frame)
                        and not self._reader_addressed(text, frame, statement)
                        and not self.frames.circumstance_only(article, frame)
                        and not self._handed_down(text, frame)
                        and not self._cue_before_a_verb(text, frame)
                    ):
                        found.append(statement)  # (either way who spoke is known to the pronouns after it)
                    speakers.append(speaker)
                    registry.add(frame.speaker_start, speaker, reported=self._reports(frame, speaker))
                    found.extend(self._embedded(article, statement))
                    previous = (sentence, statement)
                continue
            if previous is not None and sentence.paragraph - previous[0].last_paragraph <= 1:
                opened = self._open_quotation_before(text, previous[1])
                if opened is not None:
                    # "Miss Jasica said: 'I can't remember much but the doctor said he talked to me about cats …" then
                    # "'I missed Christmas …'": the quotation goes on, and it is hers (no one's when no statement
                    # opened it), never the doctor's inside it
                    holder = next((s for s in found if opened[0] <= s.start <= opened[1]), None)
                    previous = (previous[0], holder) if holder is not None else None
            if (
                previous is not None
                and (previous[1].quote == "direct" or self._named_speaker(previous[1]))
                and sentence.paragraph - previous[0].last_paragraph <= 1
            ):
                span = continuation(article, sentence)
                if span is not None:
                    span = self._before_credit(article, sentence, span, previous[1])
                if span is not None and self._a_reply(text, span, sentence, previous[0]):
                    span = None  # '"Well — you know — I would tell you …"' after the interviewer's words: a turn
                    # taken, whose the text does not say here (no statement rather than the interviewer's)
                if span is not None:
                    statement = self._continued(text, sentence, span, previous[1])
                    attributed_end = sentence.end
                    found.append(statement)
                    previous = (sentence, statement)
                    continue
            previous = None
        found.sort(key=lambda s: s.start)
        self.standing.mark(found, text)
        for number, statement in enumerate(found, start=1):
            statement.id = f"s{number}"
            statement.propositions = self.propositions.of(statement, text, document.title)
            if len(statement.propositions) > 1:  # a quotation of several sentences ranks by its best one
                statement.checkworthiness = max(p.checkworthiness for p in statement.propositions)
        return Extraction(document, found, find_links(self.stance, found))

    @staticmethod
    def _open_quotation_before(text: str, statement: Statement) -> tuple[int, int] | None:
        """Where the quotation opens (its mark, and where its words begin) that a colon opened in the statement's
        paragraph before its words and that no closing mark has closed by then ("Miss Jasica said: 'I can't remember
        much but the doctor said …": an apostrophe between letters closes nothing); None when there is none."""
        paragraph = max(text.rfind("\n", 0, statement.start), 0)
        opened = None
        for match in _OPENED_AFTER_COLON.finditer(text, paragraph, statement.start):
            opened = match
        if opened is None or opened.end() >= statement.start:
            return None
        if _CLOSERS[opened.group(1)].search(text, opened.end(), statement.start):
            return None
        return opened.start(1), opened.end()

    def _venue_before(self, text: str, frame: Frame) -> bool:
        """Does a participle of appearing in print and its preposition stand right before the speaker (`[speaker]
        venue_participles`: "a study published in | the Lancet found …")? The speaker read is where a document
        appeared."""
        if self._venues is None or frame.speaker_end <= frame.speaker_start:
            return False
        return (
            self._venues.search(text, max(frame.sentence.start, frame.speaker_start - 40), frame.speaker_start)
            is not None
        )

    @cached_property
    def _venues(self) -> re.Pattern[str] | None:
        venues = self.lex.words_of("speaker", "venue_participles")
        articles = self.lex.words_of("names", "definite_articles")
        if not venues:
            return None
        article = rf"(?:(?:{phrase_pattern(articles)})[ \t]+)?" if articles else ""
        return re.compile(rf"(?:{phrase_pattern(venues)})[ \t]+{article}\Z")

    @staticmethod
    def _abbreviated(text: str, start: int, end: int) -> bool:
        """Is the speaker phrase an institution's name its acronym in brackets follows, letter for letter ("African
        Eye News Service (AENS)", "Asosiasi Penyelenggara Jasa Internet Indonesia (APJII)")? Then it is the
        institution, whole, not a person named by its last words."""
        found = _ACRONYM_AFTER.match(text, end)
        if found is None:
            return False
        initials = "".join(word[0] for word in text[start:end].split() if word[:1].isupper())
        return initials.upper() == found.group(1).upper()

    @staticmethod
    def _spelt_out_before(text: str, frame: Frame, registry: NameRegistry) -> str | None:
        """The body's name an acronym in brackets right after the speaker phrase spells out, when the phrase is only
        its last words ("Geofisika" of "Badan Metereologi, Klimatologi, dan Geofisika (BMKG)"); else None."""
        found = _ACRONYM_AFTER.match(text, frame.speaker_end)
        if found is None or not found.group(1).isupper():
            return None
        spelt = registry.spelt_out(found.group(1))
        phrase = text[frame.speaker_start : frame.speaker_end].strip()
        if spelt is None or spelt == phrase or not spelt.endswith(phrase) or len(spelt.split()) < 3:
            return None
        return spelt.replace(",", "")

    @staticmethod
    def _named_speaker(statement: Statement) -> bool:
        """Did a named person or institution say it, so that a quotation standing alone right after their reported
        words is theirs too ("Khoza himself said everything happened in the blink of an eye. / “Everything
        happened …”")? Not a circulating text, a description or a pronoun the document leaves open."""
        return statement.speaker_kind in ("person", "organization") and bool(statement.speaker)

    def _spread_by(self, text: str, frame: Frame) -> str:
        """What spread the words when the person they are put in the mouth of is named inside its description:
        "Potongan video pernyataan Menteri Keuangan Sri Mulyani yang menyebut 'guru itu beban negara' diviralkan"
        is the video's claim about her, not her statement (whether she said it is what is in question). The
        description's words up to the thing that spread them ("Potongan video"), else ""."""
        between = text[frame.speaker_end : frame.cue.start].split()
        if frame.speaker_end <= frame.speaker_start or [fold(w) for w in between] not in (["yang"], ["which"]):
            return ""
        if any(
            fold(word) in self.lex.circulating_heads for word in text[frame.speaker_start : frame.speaker_end].split()
        ):
            return ""  # the thing that spread it is the speaker already ("kabar yang menyebut …")
        before = text[frame.sentence.start : frame.speaker_start].split()[-4:]
        for at, word in enumerate(before):
            if fold(word) in self.lex.circulating_heads and not any(
                w[-1:] in ",.;:" for w in before[at:]
            ):  # with the capitalised word that opens it: "Potongan video"
                return f"{before[at - 1]} {word}" if at and before[at - 1][:1].isupper() else word
        return ""

    def _handed_down(self, text: str, frame: Frame) -> bool:
        """Is the source of an "according to" a belief handed down, which no one in particular holds (`[speaker]
        handed_down`: "… has 'adopted' a Jewish boy in order, according to legend, to prevent him from turning into a
        werewolf", "menurut mitos setempat")? The words are the writer's account of it: no statement."""
        if frame.cue.kind != "according" or frame.speaker_end <= frame.speaker_start:
            return False
        words = [fold(word) for word in text[frame.speaker_start : frame.speaker_end].split()]
        return any(word in self._handed_down_nouns for word in words[:3])

    @cached_property
    def _handed_down_nouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "handed_down"))

    def _outlet_name(self, name: str) -> bool:
        """Is the name capitalised words that end with a word of outlets' names (`[speaker] outlet_name_words`: "Daily
        Mail", "Sydney Morning Herald"), and not one word alone ("Post" may be a family name)?"""
        words = name.split()
        return (
            len(words) > 1
            and all(word[:1].isupper() for word in words)
            and fold(words[-1]) in self.parser.outlet_name_words
        )

    def _reports(self, frame: Frame, speaker: Speaker) -> bool:
        """Did the speaker report as an outlet does: by a cue of reporting (`[speaker] outlet_cues`: "the Wall Street
        Journal reported"), or as a source named so ("according to Canada.com", "according to the Mail on Sunday":
        `[speaker] outlet_name_words`, or a web address)? "According to the Office of the High Commissioner …" is no
        outlet's report."""
        if fold(frame.cue.text) in self.outlet_cues:
            return True
        words = speaker.name.split()
        return frame.cue.kind == "according" and any(
            fold(word) in self.parser.outlet_name_words or _WEB_NAME.search(word) for word in words
        )

    @cached_property
    def adverbial_openers(self) -> frozenset[str]:
        """Words that open an adverbial of time or manner, never what was said (`[cues] adverbial_openers`)."""
        return frozenset(fold(w) for w in self.lex.words_of("cues", "adverbial_openers"))

    def _only_when(self, text: str, frame: Frame) -> bool:
        """Are the reported words three or fewer, opening with `[cues] adverbial_openers` ("… what analysts have
        predicted for months", "asked for a photo")? They say when or how long, no words said (what was said is the
        "what" before the speaker, or nothing); indirect only."""
        words = text[frame.content_start : frame.content_end].split()
        return frame.quote != "direct" and 0 < len(words) <= 3 and fold(words[0]) in self.adverbial_openers

    @cached_property
    def _pointer_objects(self) -> re.Pattern[str] | None:
        """`[cues] pointer_objects`, then `occasion_markers` or a comma, as one pattern at the content's start."""
        pointers = self.lex.words_of("cues", "pointer_objects")
        markers = self.lex.words_of("cues", "occasion_markers")
        if not pointers or not markers:
            return None
        return re.compile(rf"{phrase_pattern(pointers)}(?:\s+{phrase_pattern(markers)}\b|\s*(?P<comma>,))")

    def _pointer_only(self, text: str, frame: Frame) -> bool:
        """Did the cue take only a pointer back at words said before, then where or when they were said ("Iskandar
        mengatakan hal ini pada webinar bertajuk …", "menyampaikan pernyataan itu dalam sambutannya …": `[cues]
        pointer_objects`, `occasion_markers`) or a comma ("Right after she said this, the men on the panel began …":
        the main clause is the narration's)? What was said is the quotation before it, already its statement; this
        adds no words, though it says who spoke, for the pronouns after it. Indirect only; not a denial ("membantah hal
        tersebut" denies what it points at)."""
        pattern = self._pointer_objects
        if pattern is None or frame.quote == "direct" or self.stance.denies_by_cue(frame.cue.text):
            return False
        found = pattern.match(text, frame.content_start, frame.content_end)
        # (a comma only after the cue: "Hal itu, kata Djarot, sesuai dengan UUD 1945" is what Djarot said)
        return found is not None and (found.group("comma") is None or frame.content_start > frame.cue.start)

    def _countered(self, text: str, frame: Frame) -> bool:
        """Did a cue of countering take only something said as its object ("The clinic countered the biopsy
        allegation last Wednesday": `[stance] countering_cues`, a noun phrase that points back, `Stance.points_back`)?
        It denies what it points at; "countered that …" says what the speaker holds instead, and asserts."""
        if frame.quote == "direct" or frame.content_start < frame.cue.end:
            return False
        if fold(frame.cue.text) not in self._countering_cues:
            return False
        content = text[frame.content_start : frame.content_end]
        return self.stance.points_back(content) and self._a_thing_named(text, frame)

    @cached_property
    def _countering_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("stance", "countering_cues"))

    def _nothing_said(self, text: str, frame: Frame) -> bool:
        """Did the cue take nothing, or things unnamed (`[cues] nothing_objects`: "Mr. Trump has proposed nothing that
        would close even a single loophole …", "said nothing about the deal", "Trump says a lot of things")? No words
        said: no statement (who it was is still known to the pronouns after it). Not the subject of a clause, its verb
        right after it ("said nothing was wrong", "said many things were wrong"). Indirect only, after the cue."""
        if not self._nothing_objects or frame.quote == "direct" or frame.content_start < frame.cue.end:
            return False
        tokens = TOKEN.findall(text, frame.content_start, frame.content_end)
        folded = [fold(token) for token in tokens]
        for phrase in self._nothing_objects:
            words = phrase.split()
            if folded[: len(words)] == words:
                after = folded[len(words) : len(words) + 1]
                return not after or not self.propositions.finite_verb(after)
        return False

    def _cue_before_a_verb(self, text: str, frame: Frame) -> bool:
        """Does a verb in the past with its object follow the cue right away ("a jealous wife in China, 30-year-old Feng
        Lung, reported ⟦chopped her husband's penis off …⟧", `[claims] past_endings`, `irregular_pasts`; an article or a
        possessive after it: `[speaker] determiners`, `possessive_determiners`)? The cue is no verb of saying there but
        the writer's "reportedly" mistyped, and the words are the narration's. Not a participle before its noun
        ("reported increased sales"). Indirect only."""
        if (
            frame.quote == "direct"
            or frame.content_start < frame.cue.end
            or text[frame.cue.end : frame.content_start].strip()
        ):
            return False
        words = TOKEN.findall(text, frame.content_start, min(frame.content_end, frame.content_start + 80))[:2]
        if len(words) < 2 or not words[0].islower():
            return False
        verb, following = fold(words[0]), fold(words[1])
        past = verb in self.frames.speakers.finite_pasts or verb.endswith(self.parser.past_endings)
        return past and following in self._object_openers

    @cached_property
    def _object_openers(self) -> frozenset[str]:
        """What opens a verb's object: an article, a possessive (`[speaker] determiners`, `possessive_determiners`)."""
        words = (*self.lex.words_of("speaker", "determiners"), *self.lex.words_of("speaker", "possessive_determiners"))
        return frozenset(fold(w) for w in words)

    @cached_property
    def _nothing_objects(self) -> tuple[str, ...]:
        """`[cues] nothing_objects`, folded, the longest first."""
        return tuple(sorted({fold(w) for w in self.lex.words_of("cues", "nothing_objects")}, key=len, reverse=True))

    def _companion_only(self, text: str, frame: Frame) -> bool:
        """Does what follows a cue that acts with something (`[cues] acting_with`: continued, responded, countered,
        contending …) open with a preposition of company (`companion_prepositions`: "The ceremony continued with the
        substitution of grooms …", "her campaign was contending with a new reality: …") and hold no complementizer or
        quotation mark after it? Its object is what the act was with, no words said. Not a cue of saying ("said with
        the delegates Clinton already had, the debate would not …": a fronted phrase of its words)."""
        if frame.quote == "direct" or frame.content_start < frame.cue.end or self._companion_prepositions is None:
            return False
        if fold(frame.cue.text) not in self._acting_with:
            return False  # ("Rush Limbaugh said with the delegates Clinton already had, the debate would not …")
        content = text[frame.content_start : frame.content_end]
        return (
            self._companion_prepositions.match(content) is not None
            and self.frames.context.complementizer_anywhere.search(content) is None
            and not any(mark in content for mark in '"“”')
        )

    @cached_property
    def _acting_with(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "acting_with"))

    @cached_property
    def _companion_prepositions(self) -> re.Pattern[str] | None:
        words = self.lex.words_of("cues", "companion_prepositions")
        return re.compile(phrase_pattern(words) + r"\s", re.IGNORECASE) if words else None

    def _attribution_reach(self, text: str, sentence: Sentence, frames: list[Frame]) -> int:
        """Where the sentence's attributions end: its end, or, in a sentence a subordinator opens (`[cues]
        subordinators`), where the main clause with a named subject goes on after them ("After Trump described Mexican
        immigrants as rapists …, Saban spurred the campaign to respond …": a "He" after it may mean Saban, whom the
        narration brought in past the attribution)."""
        opener = OPENING_WORD.match(text, sentence.start, sentence.end)
        if opener is None or fold(opener.group(1)) not in self.frames.fronted:
            return sentence.end
        reach = max(max(frame.content_end, frame.speaker_end, frame.cue.end) for frame in frames)
        return reach if _MAIN_CLAUSE_AFTER.match(text, reach, sentence.end) else sentence.end

    def _a_reply(self, text: str, span: tuple[int, int], sentence: Sentence, before: Sentence) -> bool:
        """Does a quotation that would go on from the last speaker open a new paragraph with a word that answers
        (`[cues] reply_openers`: "Well", "No", "Look")? In an interview the next paragraph's quotation is the other
        side's turn."""
        if sentence.paragraph == before.last_paragraph or not self._reply_openers:
            return False
        first = TOKEN.search(text, span[0], span[1])
        # set off by a comma or a dash ("Well — you know —", "No, …"): "No double minority wants …" opens a sentence
        return (
            first is not None
            and fold(first.group()) in self._reply_openers
            and text[first.end() : first.end() + 2].strip()[:1] in (",", "—", "–", "-", ".", "!")
        )

    @cached_property
    def _reply_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "reply_openers"))

    def _thing_offered(self, text: str, frame: Frame) -> bool:
        """Did a cue of offering take a thing, a noun phrase with no verb of its own ("Wells also offers digital banking
        services", "offered his condolences": `[cues] offering_cues`)? No words said: no statement (who offered is
        still known to the pronouns after it). Indirect only."""
        if frame.quote == "direct" or fold(frame.cue.text) not in self._offering_cues:
            return False
        return self.frames.objects.object_thing(text[frame.content_start : frame.content_end])

    @staticmethod
    def _before_credit(
        article: Article, sentence: Sentence, span: tuple[int, int], before: Statement
    ) -> tuple[int, int] | None:
        """A quotation that carries on the speaker before it, unless it closes with a credit line of its own (a pull
        quote, `content.credit_inside`): then the words before the credit, if the credit names the same person (its
        last word one of the speaker's: "Amy Pope, deputy homeland security advisor" after "…," Amy Pope … said), and
        nothing if it names another ("Norman Ornstein, American Enterprise Institute scholar, on Donald Trump" after
        Jennifer Palmieri's quotation)."""
        credit = credit_inside(article, sentence)
        if credit is None:
            return span
        name, line = credit
        credited = fold(name.split()[-1]) if name.split() else ""
        if not credited or credited not in {fold(word) for word in before.speaker.split()}:
            return None
        end = min(span[1], len(article.text[:line].rstrip()))
        return (span[0], end) if end > span[0] else None

    def _described_in_passing(self, text: str, frame: Frame) -> bool:
        """Is the cue a past participle set off by a comma after the noun it describes, then "as" ("That doctor,
        described only as the comic's personal ear, nose and throat physician, was reportedly …": `[cues]
        embedded_as`)? A passive that describes someone, no words they said: no statement. Indirect only."""
        if frame.quote == "direct" or not text[max(0, frame.cue.start - 2) : frame.cue.start].startswith(","):
            return False
        cue = fold(frame.cue.text)
        if " " in cue or not cue.endswith(self.propositions.words.past_endings):
            return False
        words = [fold(word) for word in text[frame.content_start : frame.content_end].split()[:3]]
        if words[:1] and words[0].endswith(self.frames.context.adverb_endings):
            words = words[1:]  # "described only as …"
        # ("… showed, as of Friday, Trump leading …": a time, not what it was described as)
        return len(words) > 1 and words[0] in self.frames.objects.as_words and words[1] not in self._as_of

    @cached_property
    def _as_of(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "not_described_after_as"))

    def _recalled_saying(self, text: str, frame: Frame) -> bool:
        """Did the speaker recall someone else saying it (`[cues] recalling_cues`, then up to four words and a
        participle of saying, `[cues] participles`: "'…,' Ms. Mason recalls her editor telling her …", "she recalls
        his saying")? The words are that one's, whom the sentence does not name: no statement."""
        if fold(frame.cue.text) not in self._recalling_cues:
            return False
        after = text[frame.cue.end : frame.cue.end + 80]
        if after.lstrip()[:1] in ",.;:":
            return False  # "…," Rendell recalled, suggesting …: the recaller goes on
        words = [fold(word.strip(",.;:")) for word in after.split()[:5]]
        return any(word in self.frames.participles for word in words[1:])

    @cached_property
    def _recalling_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "recalling_cues"))

    def _object_then_act(self, article: Article, frame: Frame) -> bool:
        """Did the cue take a person or a thing as its object, then "and" another act, with no words said anywhere in
        the content ("the bear attacked ⟦him and began clawing his face …⟧", "found ⟦them and sent them home⟧";
        `[cues] third_person_objects`)? No statement (who it was is still known to the pronouns after it). Indirect
        only."""
        if frame.quote == "direct" or not self._third_person_objects:
            return False
        found = self._object_then_and.match(article.text, frame.content_start, frame.content_end)
        return (
            found is not None
            and fold(found.group(1)) in self._third_person_objects
            and not article.cues_in(frame.content_start, frame.content_end)
        )

    @cached_property
    def _third_person_objects(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "third_person_objects"))

    @cached_property
    def _object_then_and(self) -> re.Pattern[str]:
        """A word, then a conjunction of a list (`[speaker] list_conjunctions`: "him and began …") and a word in lower
        case."""
        conjunctions = phrase_pattern(self.lex.words_of("speaker", "list_conjunctions"))
        return re.compile(rf"\s*([a-z]+),?[ \t]+{conjunctions}[ \t]+[a-z]")

    def _thing_shown(self, text: str, frame: Frame, speaker: Speaker) -> bool:
        """Did a person show a thing: a cue of showing (`[cues] showing_cues`) whose speaker is a person by a pronoun
        or by a name of two words or more, its object a noun phrase with no verb of its own ("Rubio showed his
        cultural dexterity at a recent rally", "Bernie Sanders showed no sign that …", "when he showed to nearly 84
        million television viewers his lack of familiarity …": `CueObjects.shown_thing`)? A display or a quality, no
        words said: no statement (who it was is still known to the pronouns after it). Not what a poll or a pollster
        shows ("the new Gallup poll showed his numbers falling", "Monmouth showed Clinton with a healthy lead"), nor a
        clause ("showed that the plan failed"). Indirect only. A cue of finding (`[cues] finding_cues`: "she found her
        son dead", "Feng found the image") is read so too, but after a pronoun as well: a clause found ("he found
        that …") is a finding told."""
        cue = fold(frame.cue.text)
        finding = cue in self._finding_cues
        if frame.quote == "direct" or not (finding or cue in self._showing_cues):
            return False
        words = speaker.name.split()
        content = text[frame.content_start : frame.content_end]
        if words and fold(words[-1]) in self.parser.documents:
            return False  # a named poll or study, no person: "USA TODAY/Rock the Vote Millennial Poll finds …"
        if finding and not (words and fold(words[-1]) in self._finders):
            # someone found somewhere ("The police found Rich on the sidewalk …"), or a thing found by a person who
            # does not find for a living, whatever the name ("A colleague found his body", "Nash found no way to …")
            if self.frames.objects.someone_found(content):
                return True
            if speaker.kind == "person":
                return self.frames.objects.shown_thing(content)
        if speaker.kind != "person" or not (
            speaker.pronoun or len(words) > 1 and all(word[:1].isupper() for word in words)
        ):
            return False
        # a person by a pronoun shows by acts, whatever follows ("Trump won. He showed us he's the 'change agent'":
        # a reader's tweet about him); a name may be a pollster's ("Rasmussen Reports shows Trump leading …")
        return (speaker.pronoun and not finding) or self.frames.objects.shown_thing(content)

    def _scene_without_circumstance(self, text: str, frame: Frame) -> Frame:
        """What a photo or a video shows (`[cues] showing_cues` after `depicting_media`) ends before what the writer
        joins to the scene (`scene_joiners`): "an ISIS video showing the decapitation of American journalist James
        Foley last week with militants warning he would be next …" shows the killing; the militants' warning, a cue
        among the words after the joiner, is not the video's claim. (What a picture shows stays: "An aerial photograph
        shows a giant 50-foot crab off the coast of Whitstable" is the claim that circulates; "him with his hands in the
        air" is the scene.) Words after the cue with no quotation before the joiner."""
        if (
            frame.quote == "direct"
            or frame.content_start < frame.cue.end
            or fold(frame.cue.text) not in self._showing_cues
        ):
            return frame
        speaker = text[frame.speaker_start : frame.speaker_end].split()
        if not speaker or fold(speaker[-1]) not in self._depicting_media:
            return frame
        joiner = self._scene_joiner.search(text, frame.content_start, frame.content_end)
        if joiner is None or not any(
            fold(word) in self.parser.names.cue_words
            for word in TOKEN.findall(text[joiner.end() : frame.content_end])[:4]
        ):
            return frame  # (only others' words joined to it: "with militants warning …"; "him with his hands in the
            # air", "work space with unfinished ceilings" are the scene)
        end = joiner.start()
        if any(mark in text[frame.content_start : end] for mark in '"“”'):
            return frame  # (words quoted in the scene: what it shows someone saying)
        return replace(frame, content_end=end, quote=quote_kind(frame.sentence, frame.content_start, end))

    @cached_property
    def _depicting_media(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "depicting_media"))

    @cached_property
    def _scene_joiner(self) -> re.Pattern[str]:
        """A preposition that joins to a scene shown what goes with it (`[cues] scene_joiners`: "with")."""
        words = "|".join(re.escape(w) for w in self.lex.words_of("cues", "scene_joiners")) or "(?!)"
        return re.compile(rf"[ \t]+(?:{words})[ \t]+", re.IGNORECASE)

    def _asked_about(self, text: str, frame: Frame) -> bool:
        """Did a cue of asking take whom was asked and a topic ("asked Trump about statements he had made the
        previous night", "asked the candidates a question about energy policy": `[cues] asking_cues`,
        `asked_topics`)? No words said: no statement. Not a clause of what was asked ("asked Sanders whether …",
        "asked what our followers thought about …": a complementizer, a question word or "to" before the topic),
        nor one with a verb before it. Indirect only."""
        if frame.quote == "direct" or fold(frame.cue.text) not in self._asking_cues:
            return False
        words = [fold(w.strip(',.;:"“”')) for w in text[frame.content_start : frame.content_end].split()[:7]]
        at = next((n for n, word in enumerate(words) if word in self._asked_topics), 0)
        before = words[:at]
        if not before or any(w in self._clause_openers or w in self._question_words for w in before):
            return False
        return self.propositions.verbless(" ".join(before), before)

    def _reader_addressed(self, text: str, frame: Frame, statement: Statement) -> bool:
        """Is the cue's subject the reader, outside any quotation ("the McDonald's pizza that you knew (and loved?)",
        "It beats when you believe in yourself": `[cues] reader_pronouns`)? The writer speaks to whoever reads: no
        one said anything. Not inside quotation marks ('"You said the tax would fall," Smith told him'). Indirect
        only."""
        if frame.quote == "direct" or fold(statement.speaker_mention) not in self._reader_pronouns:
            return False
        start, end = text.rfind("\n", 0, frame.cue.start) + 1, text.find("\n", frame.cue.start)
        line = text[start : end if end >= 0 else len(text)]
        at = frame.cue.start - start
        return not any(m.start() < at < m.end() for m in QUOTATION.finditer(line))

    @cached_property
    def _reader_pronouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "reader_pronouns"))

    def _agreed_to(self, text: str, frame: Frame) -> bool:
        """Did a cue of agreeing take an act or a side, not a clause ("the F.B.I. agreed ⟦not to issue subpoenas …⟧",
        "agreed ⟦to a 30-minute interview⟧", "agreed ⟦with Dean⟧": `[cues] agreeing_cues`, `agreeing_objects`)? No
        words said: no statement. Indirect only."""
        if frame.quote == "direct" or fold(frame.cue.text) not in self._agreeing_cues:
            return False
        first = TOKEN.search(text, frame.content_start, frame.content_end)
        return (
            first is not None and first.start() == frame.content_start and fold(first.group()) in self._agreeing_objects
        )

    @cached_property
    def _agreeing_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "agreeing_cues"))

    @cached_property
    def _agreeing_objects(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "agreeing_objects"))

    def _in_asked_question(self, text: str, frame: Frame) -> bool:
        """Is the cue inside a question someone was asked or asked, right after its question word and a subject
        of at most three words ("Clinton was asked why she thinks ⟦the historic nature of her candidacy isn't
        resonating⟧", "asked Obama whether he believes …": `[cues] asking_cues`, `[checkworthiness] questions`)? What
        follows is what the question supposes, not what anyone said: no statement. Indirect only."""
        if frame.quote == "direct" or not self._asking_cues:
            return False
        lead = text[max(0, frame.cue.start - 120) : frame.cue.start]
        lead = re.split(r"[.,;:!?\n\"“”]", lead)[-1]  # (a comma closes the question: "Khoza, who asked not to be
        # photographed, said he …" says it outside the request)
        words = [fold(w.strip(",")) for w in lead.split()]
        for at in range(len(words) - 2, -1, -1):
            if words[at] in self._asking_cues:
                return False  # "asked X whether …" before a cue of X's own: no question word right before it
            if words[at] in self._question_words and 1 <= len(words) - at - 1 <= 3:
                return any(w in self._asking_cues for w in words[max(0, at - 4) : at])
        return False

    @cached_property
    def _asking_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "asking_cues"))

    @cached_property
    def _asked_topics(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "asked_topics"))

    @cached_property
    def _question_words(self) -> frozenset[str]:
        """What opens an indirect question ("what", "whether") or what was asked for ("to": `[cues] asking_openers`)."""
        return frozenset(
            fold(w)
            for w in (*self.lex.words_of("checkworthiness", "questions"), *self.lex.words_of("cues", "asking_openers"))
        )

    @cached_property
    def _showing_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "showing_cues"))

    @cached_property
    def _finding_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "finding_cues"))

    @cached_property
    def _finders(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "finders"))

    @cached_property
    def _offering_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "offering_cues"))

    @cached_property
    def _topic_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "topic_cues"))

    def _topic_only(self, text: str, frame: Frame) -> bool:
        """Did a cue that takes a topic take only a noun phrase ("menyoroti dampak jangka panjang terhadap reputasi
        fiskal Indonesia", "menyinggung keluhan masyarakat soal …": `[cues] topic_cues`)? It tells what was spoken
        about, no words said: no statement (who spoke is still known to the pronouns after it). Indirect only."""
        if frame.quote == "direct" or fold(frame.cue.text) not in self._topic_cues:
            return False
        if frame.content_start < frame.cue.start:
            return False  # "The campaign plans to publish the records soon, a spokesman announced": a clause before
        content = text[frame.content_start : frame.content_end].strip()
        first = fold(content.split()[0]) if content.split() else ""
        if first in self._clause_openers:
            return False  # "menyoroti agar dilakukan peningkatan …": a clause, what should be done
        # a topic with no verb however it opens: "the leader who ruled North Korea between 1994 and 2011"
        return self._a_thing_named(text, frame) or self._topic_with_relative(content) or self._topic_then_aside(content)

    def _topic_then_aside(self, content: str) -> bool:
        """Is the topic a noun phrase, then a relative clause set off by a comma that says more of it ("the SEIU
        endorsed Clinton, who has since expressed support for a $15 minimum wage")? The relative's verb is the
        writer's, not the cue's object (`[cues] relatives`, after a comma)."""
        words = content.split()
        at = next(
            (
                n
                for n, word in enumerate(words[1:], 1)
                if words[n - 1].endswith(",") and fold(word) in self.frames.relatives
            ),
            None,
        )
        if at is None:
            return False
        head = " ".join(words[:at]).rstrip(",")
        if any(fold(word) in self._clause_openers for word in words[:at]):
            return False  # "endorsed the idea that taxes, which are high, should fall": a clause inside
        claim_words = self.propositions.claim_words(head)
        return bool(claim_words) and self.propositions.verbless(head, claim_words)

    @cached_property
    def _relative_markers(self) -> frozenset[str]:
        """The relatives of a language that marks no case on them ("yang"): `[cues] relatives` where verbs show a
        prefix (none in English, whose relatives `object_thing` reads)."""
        if not self.parser.names.verb_prefixes:
            return frozenset()
        return frozenset(fold(w) for w in self.lex.words_of("cues", "relatives") if " " not in w.strip())

    @cached_property
    def _clause_adverbs(self) -> frozenset[str]:
        """Words that, after a relative clause's verb, open a main clause's predicate (`[claims] aspect_openers`,
        `adverbs_before_verb`, `degree_adverbs`): "kasus keracunan yang sempat mencuat sebenarnya hanya terjadi …"."""
        return frozenset(
            fold(w)
            for key in ("aspect_openers", "adverbs_before_verb", "degree_adverbs")
            for w in self.lex.words_of("claims", key)
        )

    def _topic_with_relative(self, content: str) -> bool:
        """Is the topic a noun phrase and the relative clause that says which ("sejumlah direktorat jenderal … di
        bawah Kemenkeu yang menyampaikan paparan usulan anggaran di 2026 mendatang")? A noun phrase with no verb
        before the relative, and after the relative's verb no second verb nor a word that opens a predicate: else
        the relative is the subject's and a clause follows ("kasus keracunan yang sempat mencuat sebenarnya hanya
        terjadi …")."""
        if not self._relative_markers:
            return False
        words = content.split()
        at = next((n for n, word in enumerate(words) if fold(word) in self._relative_markers), None)
        if not at:
            return False
        head = " ".join(words[:at])
        if not self.propositions.verbless(head, self.propositions.claim_words(head)):
            return False
        names = self.parser.names
        rest = [word.strip(',.;:()"') for word in words[at + 1 :]]
        nested = next((n for n, word in enumerate(rest) if fold(word) in self._relative_markers), len(rest))
        rest = rest[:nested]  # a relative inside it says more of the noun phrase ("…, yang meliputi pinjaman …")
        verb = next(
            (n for n, word in enumerate(rest) if names.predicate(word) and fold(word) not in self._clause_adverbs), None
        )
        if verb is None:
            return True
        while (
            verb + 1 < len(rest)
            and names.predicate(rest[verb + 1])
            and fold(rest[verb + 1]) not in self._clause_adverbs
        ):
            verb += 1  # a chain of verbs is the relative's ("yang bertugas menyelenggarakan perumusan …")
        after = [fold(word) for word in rest[verb + 1 :]]
        if any(word in self._clause_adverbs for word in after):
            return False
        # (a word after a number is its time: "di 2026 mendatang")
        return not any(names.predicate(word) and not rest[n - 1].isdigit() for n, word in enumerate(rest) if n > verb)

    @cached_property
    def _clause_openers(self) -> frozenset[str]:
        """Words that open a clause, not a noun phrase (`complementizers`, `[cues] irrealis`)."""
        return frozenset(fold(w) for w in (*self.lex.complementizers, *self.lex.words_of("cues", "irrealis")))

    def _within_opening_clause(self, text: str, frame: Frame) -> Frame:
        """A cue inside the clause a subordinator opens the sentence with ("When House Speaker Paul Ryan said he'd no
        longer defend his bad behavior, Trump responded, …", "When top Bill Clinton aide Douglas Band wrote the memo,
        he was a central player …"): what was said ends where that clause does, at its comma; the sentence's own
        clause after it is the writer's (`[cues] subordinators`; not "as", whose clause attributes the sentence's:
        "As POLITICO revealed, most of …"). Indirect words only, with no comma between the sentence's start and the
        cue; a thing named and no more is no statement ("When … Band wrote the memo, …"). Words that hold a quotation
        only after that comma are indirect up to it: the quotation is the main clause's speaker's ("…, Trump
        responded, \"I would think …\"")."""
        if (
            frame.quote == "direct"
            or frame.content_start < frame.cue.end
            or "," in text[frame.cue.end : frame.content_start]  # (the clause closed before the words begin)
            or not self._opening_subordinators
        ):
            return frame
        start = frame.sentence.start
        *fronted, opening = text[start : frame.cue.start].split(",")
        if any(not piece.split() or len(piece.split()) > 4 for piece in fronted):
            return frame  # (short phrases set off before it may stand first: "Back in 2013, when Burton first
            # announced her engagement to Manson in Rolling Stone, Manson dismissed her")
        first = opening.split()[:1]
        if not first or fold(first[0]) not in self._opening_subordinators:
            return frame
        comma = text.find(", ", frame.content_start, frame.content_end)
        if comma < 0 or any(mark in text[frame.content_start : comma] for mark in '"“”'):
            return frame
        return replace(frame, content_end=comma, quote=quote_kind(frame.sentence, frame.content_start, comma))

    def _sentence_frames(self, article: Article, sentence: Sentence) -> list[Frame]:
        """The sentence's attributions that report words (`FrameFinder.find`, less a thing handed over or named, or
        when only). Where the first one's words end with the clause a subordinator opens the sentence with
        (`_within_opening_clause`), the main clause after it is looked at as a sentence of its own: "When House Speaker
        Paul Ryan said he'd no longer defend his bad behavior, Trump responded, \"I would think …\"" holds Trump's
        words too, which Ryan's had run over."""
        text = article.text
        frames: list[Frame] = []
        found_frames = self.frames.find(article, sentence)
        for found in found_frames:
            opened = self._within_opening_clause(text, found)
            frame = self._scene_without_circumstance(text, self._noun_phrase_then_clause(text, opened))
            frame = self._before_own_name(text, frame)
            cut = opened is not found
            if not (
                self._object_only(text, frame)
                or self._only_when(text, frame)
                or (cut and self._thing_taken(text, frame))  # "When … wrote the memo, he was …"
            ):
                frames.append(frame)
            if cut and not any(other.cue.start > opened.content_end for other in found_frames):
                main_start = text.find(",", opened.content_end) + 1
                while main_start < sentence.end and text[main_start].isspace():
                    main_start += 1
                main = Sentence(
                    main_start,
                    sentence.end,
                    sentence.paragraph,
                    tuple(quote for quote in sentence.quotes if quote.start >= main_start),
                    sentence.last_paragraph,
                )
                frames += [
                    replace(after, sentence=sentence)
                    for after in self.frames.find(article, main)
                    if not self._object_only(text, after) and not self._only_when(text, after)
                ]
        return frames

    def _noun_phrase_then_clause(self, text: str, frame: Frame) -> Frame:
        """Words reported that are a noun phrase, then a comma, a conjunction and a clause of its own ("Musk
        mengumumkan pembentukan partai politik baru bernama America Party, dan pada Senin (7/7) saham Tesla anjlok
        6,8%"): a noun phrase is joined to no clause, so the clause is the sentence's, the writer's, and what was
        said ends at the comma (`[speaker] list_conjunctions`; a name given after a naming word, "bernama America
        Party", is part of the noun phrase: `[names] naming`), the clause opening with where or when (`[cues]
        occasion_markers`) or a name. Indirect words after the cue only, in a language whose
        verbs show a prefix, where a noun phrase is told by its words' forms (in English "said the budget for schools,
        and for hospitals, would rise" is one clause)."""
        if frame.quote != "indirect" or frame.content_start < frame.cue.end or not self.parser.names.verb_prefixes:
            return frame
        content = text[frame.content_start : frame.content_end]
        for joint in self._comma_conjunction.finditer(content):
            head, tail = content[: joint.start()], content[joint.end() :]
            named = self._naming_then_name.sub("", head)
            words = self.propositions.claim_words(named)
            tail_words = self.propositions.claim_words(tail)
            if (
                words
                and tail_words
                and "," not in head  # a list's last item ("produk hewan, ikan, dan tumbuhan …"), not a clause
                # a verb phrase or a clause ("untuk dihentikan …, dan semua itu …": `[claims] verb_phrase_openers`)
                and words[0] not in self.propositions.words.verb_phrase_openers
                and words[0] not in self._clause_openers
                # the speaker's own words go on ("… buat kami": `[claims] first_person`)
                and self.propositions.words.first_person.isdisjoint(tail_words)
                # a clause of its own opens with where or when, or with a name: "pada Senin (7/7) saham …" (not "gencar
                # mengedukasi masyarakat …", a second predicate of what was said)
                and (tail[:1].isupper() or fold(tail.split()[0]) in self._occasion_markers)
                and self.propositions.verbless(named, words)
                and not self.propositions.verbless(tail, tail_words)
            ):
                end = frame.content_start + joint.start()
                return replace(frame, content_end=end, quote=quote_kind(frame.sentence, frame.content_start, end))
            return frame  # (only the first joint: a list may hold more)
        return frame

    def _before_own_name(self, text: str, frame: Frame) -> Frame:
        """Words reported in the third person name their speaker by a pronoun, never by their own name: a clause that a
        comma and a link (`[cues] clause_links`: "but", "although", "while") join to what was said, and that names the
        speaker within its first words, is the writer's ("Trump told Macron that he had been a supporter …, although
        Trump's only comment on the race had him hailing Le Pen", "Carter stopped the practice, but Cook did not say
        when"). What was said ends at that comma. Indirect words after the cue, no quotation before the comma."""
        if frame.quote == "direct" or frame.content_start < frame.cue.end or not self._clause_link_joint:
            return frame
        written = TOKEN.findall(text, frame.speaker_start, frame.speaker_end)
        if not written or not is_capitalised(written[-1]) or len(written[-1]) < 3:
            return frame  # (a name must head the speaker: not "Saudi officials", "Gowdy's office")
        own = written[-1]
        for joint in self._clause_link_joint.finditer(text, frame.content_start, frame.content_end):
            following = TOKEN.findall(text, joint.end(), frame.content_end)[:4]
            if following and fold(following[0]) in self._clause_openers:
                continue  # a second clause of what was said: "…, and that Gowdy's office will be …"
            if any(word == own or word in (f"{own}'s", f"{own}’s") for word in following):
                if any(mark in text[frame.content_start : joint.start()] for mark in '"“”'):
                    return frame
                end = joint.start()
                return replace(frame, content_end=end, quote=quote_kind(frame.sentence, frame.content_start, end))
        return frame

    @cached_property
    def _clause_link_joint(self) -> re.Pattern[str] | None:
        """A comma, then a link of clauses that is one word (`[cues] clause_links`)."""
        words = [w for w in self.lex.words_of("cues", "clause_links") if " " not in w]
        if not words:
            return None
        return re.compile(rf",[ \t]+(?:{'|'.join(map(re.escape, words))})[ \t]+", re.IGNORECASE)

    @cached_property
    def _occasion_markers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "occasion_markers"))

    @cached_property
    def _comma_conjunction(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in self.lex.words_of("speaker", "list_conjunctions")) or "(?!)"
        return re.compile(rf",[ \t]+(?:{words})[ \t]+", re.IGNORECASE)

    @cached_property
    def _naming_then_name(self) -> re.Pattern[str]:
        """A naming word and the capitalised words after it: "bernama America Party"."""
        words = "|".join(re.escape(w) for w in self.lex.words_of("names", "naming")) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{words})(?:[ \t]+[A-Z][\w'’.-]*)+", re.IGNORECASE)

    def _thing_taken(self, text: str, frame: Frame) -> bool:
        """Did a cue that may take a thing take only one ("wrote the memo": `[cues] thing_object_cues`, `topic_cues`,
        `offering_cues`)? Not "accused Clinton of being too reliant on Wall Street", a charge made."""
        cue = fold(frame.cue.text)
        takes_things = (
            cue in self.frames.objects.thing_object_cues or cue in self._topic_cues or cue in self._offering_cues
        )
        return takes_things and self._a_thing_named(text, frame)

    def _a_thing_named(self, text: str, frame: Frame) -> bool:
        """Are the words after the cue only a thing, with no verb ("the memo")? An auxiliary joined to its subject
        is a verb ("he'd no longer defend his bad behavior": `[cues] contracted_auxiliaries`)."""
        content = text[frame.content_start : frame.content_end].strip()
        if any(word.endswith(self.parser.contracted_auxiliaries) for word in content.split()[:1]):
            return False
        words = self.propositions.claim_words(content)
        return not words or self.propositions.verbless(content, words)

    @cached_property
    def _opening_subordinators(self) -> frozenset[str]:
        return frozenset(
            fold(w)
            for w in self.lex.words_of("cues", "subordinators")  # (not "as": "As POLITICO revealed, most of …")
            if " " not in w
        )

    def _object_only(self, text: str, frame: Frame) -> bool:
        """Did the cue take a thing, not a proposition: reported words that open with a noun phrase running into
        where or what about, before any verb ("melaporkan kasus itu ke Bareskrim Polri", "melaporkan Lisa Mariana
        setelah …", a complaint filed, not words said), or a document handed over by a cue of handing over
        ("menyampaikan nota dinas … ke Isa")? `[cues] object_cues`, `object_markers`, `delivering_cues`,
        `delivered_documents`; indirect only."""
        if frame.quote == "direct":
            return False
        cue = fold(frame.cue.text)
        if cue not in self.object_cues and cue not in self.delivering:
            return False
        words = text[frame.content_start : frame.content_end].split()
        if cue not in self.object_cues and not (words and fold(words[0]) in self.delivered):
            return False  # a cue of handing over only with a document: "menyampaikan nota dinas … ke Isa"
        for at, word in enumerate(words[:8]):
            folded = fold(word.strip(",.;:"))
            if folded in self.object_markers:
                return at > 0
            if self.names.predicate(word) and folded not in self.names.roots:
                return False  # (a root that only begins like a verb is none: "nota dinas")
        # whom the cue took, and nothing more: "merespons rencana TNI melaporkan Ferry Irwandi"
        return cue in self.object_cues and self.parser.is_person_name(" ".join(words).strip(",.;:"))

    def _statement(
        self,
        article: Article,
        frame: Frame,
        document: Document,
        registry: NameRegistry,
        speakers: list[Speaker],
        heir: Speaker | None = None,
        after: int = 0,
    ) -> tuple[Statement, Speaker]:
        """`heir`: the speaker of the attribution this one carries on ("…, adding that …")."""
        text = article.text
        if heir is not None:
            speaker = copy_speaker(heir)
        elif frame.cue.kind == "circulating":
            speaker = Speaker(frame.cue.text, frame.cue.text, kind="circulating")
        elif frame.cue.pronoun_suffix or (frame.cue.kind == "according" and self.lex.ends_in_pronoun(frame.cue.text)):
            speaker = Speaker(frame.cue.text, "", kind="unknown", pronoun=True)  # "-nya": a person or an institution
        elif spread := self._spread_by(text, frame):
            speaker = Speaker(spread, spread, kind="circulating")
        elif frame.cue.kind == "according" and _QUOTED_TITLE.fullmatch(
            text, max(0, frame.speaker_start - 1), min(len(text), frame.speaker_end + 2)
        ):
            # '…, according to "Man of the World," a book … by Joe Conason': a title in quotation marks is one name,
            # a work's, never a role ("Man of the") and a person ("World")
            title = text[frame.speaker_start : frame.speaker_end].rstrip(",")
            speaker = Speaker(title, title, kind="circulating")
        else:
            speaker = self.parser.parse(text[frame.speaker_start : frame.speaker_end])
            if frame.cue.kind == "according" and self._abbreviated(text, frame.speaker_start, frame.speaker_end):
                speaker.name, speaker.role, speaker.kind = speaker.mention, "", "organization"
            elif (spelt := self._spelt_out_before(text, frame, registry)) is not None:
                # "Badan Metereologi, Klimatologi, dan Geofisika (BMKG), menyebut …": the phrase stopped at the list's
                # ", dan"; the acronym after it spells the whole name, letter for letter
                speaker = Speaker(speaker.mention, spelt, kind="organization")
            elif self._points_back(text, frame):
                speaker = self.trims.described(speaker)  # "kata Ketua DPC PDIP Jaksel itu": who was named before
            elif not speaker.name[:1].islower():  # a description ("warga Bekasi Utara") is taken as written
                speaker = self._named(speaker, article, frame)
        if speaker.kind == "person" and any(word.startswith("#") for word in speaker.mention.split()):
            # "the #Ferguson Protester who claim she was shot …": a hashtag tags a topic, no one's name
            speaker.name, speaker.kind = "", "unknown"
        if self._venue_before(text, frame):
            # "Another 2010 study published in the American Journal of Clinical Nutrition found …": where the study
            # appeared, not who found it (the study, unnamed, is the speaker: no one the article names)
            speaker.name, speaker.kind = "", "unknown"
        if speaker.kind == "person" and fold(frame.cue.text) in self.outlet_cues and self._outlet_name(speaker.name):
            speaker.kind = "organization"  # "Britain's Daily Mail reported": an outlet's name, no person's
        if frame.role_end > frame.role_start and not speaker.role:
            speaker.role = self.parser.parse(text[frame.role_start : frame.role_end]).mention
        if (
            heir is None
            and frame.cue.kind != "circulating"
            and (speaker.kind == "circulating" or self.parser.authored_document(speaker.name))
        ):
            # "The report states …": whose report; "a study by the Institute for Statecraft found …": whose study
            speaker = document_source(speaker, frame.speaker_start, registry)
        if heir is None and speaker.kind != "circulating":
            quoted = text[frame.content_start : frame.content_end] if frame.quote == "direct" else ""
            speaker = resolve(
                speaker, frame.speaker_start, registry, speakers, after, self._quotes_of_another(text, frame), quoted
            )
            if (
                speaker.pronoun
                and speaker.name
                and speaker.kind == "person"
                and frame.cue.kind != "according"
                and not quoted
                and frame.content_start >= frame.cue.end
                and fold(speaker.mention) in self.lex.pronouns
                and named_in_own_clause(speaker.name, text[frame.content_start : frame.content_end], registry)
            ):
                speaker.name = ""  # "He accused Clinton of being too cozy …": not Clinton; whom, the text leaves open
            if (
                not speaker.pronoun
                and speaker.kind == "person"
                and speaker.name
                and not quoted
                and frame.content_start >= frame.cue.end
            ):
                # "Clinton issued a statement saying she would push for …" where "Clinton" found Bill Clinton: the
                # family name is someone else's here — Hillary Clinton's where the article names both, else whose,
                # the article does not say (no one, as written)
                speaker = told_by_reported_self(
                    speaker,
                    text[frame.content_start : frame.content_end],
                    text[min(frame.speaker_end, frame.cue.end) : frame.content_start],
                    frame.speaker_start,
                    registry,
                    speakers,
                )
            if heir is None and self._points_back(text, frame) and speaker.name == speaker.mention:
                speaker = pointed_back(speaker, registry, speakers, after, frame.speaker_start)
                if (
                    speaker.name == speaker.mention
                    and frame.speaker_end <= frame.cue.start
                    and self._a_description(speaker.mention, text)
                ):
                    # "Politikus PDIP itu mengatakan …" with no one it can mean: a description, no actor named so
                    speaker.name = _described(speaker.name)
        if self._common_noun(speaker, text, frame.speaker_start):
            # "Aktris yang sekarang tinggal di Amerika Serikat itu mengaku …": a common noun, capitalised only
            # where it opens a sentence, describes who spoke (no actor called "Aktris")
            speaker.name = _described(speaker.name)
        unread = bool(speaker.name) and (
            fold(speaker.name.rstrip(".")) in self._legal_suffixes
            or fold(speaker.name) in self.parser.weekdays_and_months
            and speaker.mention.strip() != speaker.name
        )  # (a day or a month left of a longer phrase is when, never who: "… tore up his visa … in April, was
        # convicted …"; written alone it may be a name: "May said Britain would leave …")
        if unread:
            # "eBay Inc. said …": the company's own name was not read (it opens in lower case); a legal form alone
            # names no company, so who spoke is left open
            speaker.name, speaker.kind = "", "unknown"
        elif (
            not speaker.pronoun
            and speaker.kind == "person"
            and speaker.name.strip()
            and " " not in speaker.name.strip()
            and self.parser.names.opens_sentence_only(speaker.name.strip(" ,"))
            # (a determiner standing for its noun describes who spoke: "Many said …", kept as written)
            and fold(speaker.name.strip(" ,")) not in self.parser.determiner_words
        ):
            # "That implied he was not …", "Again, those surveyed said …", "Just when we thought …": a word that only
            # opens a sentence (a demonstrative, a sentence adverb, a function word) is left of a phrase read
            # wrongly, never someone's name; who spoke is left open
            speaker.name, speaker.kind = "", "unknown"
        elif (
            not speaker.pronoun
            and speaker.kind == "person"
            and speaker.name[:1].islower()
            and any(fold(word) in self.propositions.pasts for word in speaker.name.split()[1:])
        ):
            # "… after a fight broke out, says the Times of India report": a description holding a finite verb in
            # the past is a clause, whose words no one said
            speaker.name, speaker.kind = "", "unknown"
        if (
            speaker.kind == "person"
            and not speaker.pronoun
            and not speaker.role
            and speaker.name[:1].isupper()
            and registry.speaks_of_itself_as_a_thing(speaker.name)
        ):
            speaker.kind = "organization"  # "Apple unveiled its new watch …. Apple said …": a body, whom "it" means
        if self._common_head_opening(speaker, text, frame):
            # "Residents of Mosul say …", "Sources close to the situation said …": a common noun, capitalised as
            # the sentence opens, heads the phrase: a description of who spoke
            speaker.name = _described(speaker.name)
        if self._indefinite_one_word(speaker, text, frame):
            # "according to a Syrian who was involved …", "An American said …", "more Christians telling me …": a
            # name takes no indefinite article nor a quantifier, so the word is a noun of what someone is, no actor
            speaker.name = _described(speaker.name)
        # (a name left open on purpose is written as none: "Mrs. Trump" where the Trump found is a man)
        left_open = speaker.kind == "unknown" and not speaker.name
        written = speaker.name if speaker.pronoun or unread or left_open else speaker.name or speaker.mention
        if self._plural_subject(speaker, text, frame):
            # "Insiders say …": a plural description, written as one for the statement only; the chain of speakers
            # keeps it as it was read (a pronoun after it goes no further back than it did)
            written = _described(speaker.name)
        content = text[frame.content_start : frame.content_end]
        aside = (frame.aside_start, frame.aside_end) if frame.aside_end > frame.aside_start else None
        words = Words(without_aside(content, frame.content_start, aside))
        said_on, date_text = self._when(article, frame, document)
        statement = Statement(
            id="",
            speaker=written,
            speaker_mention=speaker.mention,
            speaker_kind=speaker.kind,
            speaker_role=speaker.role,
            cue=frame.cue.text,
            content=content,
            start=frame.content_start,
            end=frame.content_end,
            quote=frame.quote,
            stance=self.stance.of(words, frame.cue.denies or self._countered(text, frame)),
            said_on=said_on,
            date_text=date_text,
            checkworthiness=self.checkworthiness.score(words, frame.cue.text),
            sentence_start=frame.sentence.start,
            sentence_end=frame.sentence.end,
            aside=aside,
            speaker_aliases=sorted(
                a
                for a in {speaker.mention, *speaker.aliases}
                if a and a != speaker.name and self.names.clean_alias(a, speaker.name, speaker.kind)
            ),
            speaker_nicknames=self._nicknames(speaker, registry),
        )
        return statement, speaker

    def _nicknames(self, speaker: Speaker, registry: NameRegistry) -> list[str]:
        """The short forms the document gives a person named in full ("Saifullah Yusuf (Gus Ipul)", "Zulkifli Hasan
        (Zulhas)"): each names someone and is not a word of the name (those join by the name itself)."""
        if speaker.kind != "person" or len(speaker.name.split()) < 2:
            return []
        words = set(fold(speaker.name).split())
        return [
            short
            for short in registry.nicknames_of(speaker.name, self._may_be_nickname)
            if not set(fold(short).split()) & words
        ]

    def _may_be_nickname(self, short: str) -> bool:
        """Does a short form name someone, by its own words (not initials alone: "(SR)", "(BPS)")?"""
        return self.names.names_someone(short, "person") and not self.names.only_initials(short)

    @cached_property
    def _relative_pointing_back(self) -> re.Pattern[str] | None:
        """The demonstrative that closes a speaker phrase (`pointing_back`) closing instead a relative clause set after
        the speaker, right before its cue ("Aktris yang sekarang tinggal di Amerika Serikat itu mengaku …")."""
        pointing_back = self.lex.words_of("claims", "pointing_back_after_noun")
        if not pointing_back or not self._relative_markers:
            return None
        return re.compile(
            rf"[ \t]+{phrase_pattern(self._relative_markers)}[ \t][^,.;:!?\n\"“”]*?"
            rf"[ \t]{phrase_pattern(pointing_back)}[ \t]*,?[ \t]*"
        )

    def _points_back(self, text: str, frame: Frame) -> bool:
        """Does a demonstrative close the speaker phrase ("kata Ketua DPC PDIP Jaksel itu", "Politikus PDIP itu
        mengatakan …"), or a relative clause set after it, right before its cue ("Aktris yang sekarang tinggal di
        Amerika Serikat itu mengaku …")? Such a description points back at someone the article brought in."""
        if self.pointing_back is None:
            return False
        if self.pointing_back.match(text, frame.speaker_end):
            return True
        return (
            self._relative_pointing_back is not None
            and frame.speaker_end < frame.cue.start
            and self._relative_pointing_back.fullmatch(text, frame.speaker_end, frame.cue.start) is not None
            # a name closes the clause (no demonstrative points at a name alone: "… tinggal di Amerika Serikat itu"),
            # not a noun of its own ("yang mengadili sidang ini": this trial)
            and is_capitalised(text[frame.speaker_end : frame.cue.start].split()[-2])
            and self._a_description(text[frame.speaker_start : frame.speaker_end], text)
        )

    def _a_description(self, phrase: str, text: str) -> bool:
        """Is the speaker phrase a description, no name: a person's title alone ("Politikus PDIP"), a former office or
        a noun for a person ("Mantan Gubernur Jakarta", "Pria kelahiran Bandung"), or one word of the dictionary
        ("Aktris") the text capitalises nowhere inside a sentence? Not "Vatikan" ("… kata Vatikan (27) …. Vatikan yang
        hendak menuju Kabupaten Kendal itu mengaku …": his name)."""
        words = phrase.split()
        if not words:
            return False
        if len(words) == 1:
            return (
                self.names.in_dictionary(words[0]) and words[0] not in capitalised_inside(text)
            ) or self.parser.opens_with_person_title(phrase)
        parsed = self.parser.parse(phrase)
        named = parsed.kind == "person" and parsed.role and self.names.names_someone(parsed.name)
        return not named and (self.parser.opens_with_person_title(phrase) or self.parser.described(words))

    def _common_noun(self, speaker: Speaker, text: str, start: int) -> bool:
        """Is the speaker, as resolved, one word of the dictionary written as it stands at the opening of a sentence
        and nowhere capitalised inside one ("Aktris", "Ekonom", "Sebagian")? A name is capitalised inside sentences
        too ("kata Agung"), or resolves to a fuller one."""
        name = speaker.name
        as_written = (
            speaker.kind == "person" and not speaker.pronoun and name[:1].isupper() and name == speaker.mention.strip()
        )  # a capitalised mention left as it stands, no fuller name found for it
        if not as_written:
            return False
        if fold(name) in self.parser.participants:
            return True  # "Pengadu mendalilkan …": a party to the case, capitalised as court writing has it, no name
        if " " in name:
            return False
        if self._counted_before(text, text.find(name, start, start + len(name) + 12)):
            return True  # "At least one Marine telling Fox News, '…'": a name is not counted, a noun is
        return (
            opens_sentence(text, start)
            # (a root behind a nasal opening too: "Penyelenggara" of "selenggara", "Pemilih" of "pilih")
            and (self.names.dictionary_word(name) or self.names.nominalised(name))
            and name not in capitalised_inside(text)
            and not re.search(rf"\)\s+{re.escape(name)}\b", text)  # "(HIMKI) Satori mengatakan"
            and text[start + len(name) : start + len(name) + 2].lstrip()[:1] not in (",", "(")  # "Ratna (47), warga …"
        )

    def _counted_before(self, text: str, start: int) -> bool:
        """Does a word in lower case that counts one thing stand right before `start` (`[cues] singular_articles`: "a",
        "one", "another", "each")?"""
        if start < 0:
            return False
        before = text[max(0, start - 12) : start].split()[-1:]
        counting = self.frames.context.singular_articles
        return bool(before) and before[0].isalpha() and before[0].islower() and fold(before[0]) in counting

    def _common_head_opening(self, speaker: Speaker, text: str, frame: Frame) -> bool:
        """Is the speaker a phrase opening its sentence whose first word is a common speaker (`[speaker] common`:
        "Residents", "Sources") and whose next word is in lower case ("of Mosul", "close to the situation")?"""
        words = speaker.name.split()
        return (
            speaker.kind in ("person", "group", "organization")  # ("Residents of Mosul" reads as a body of a place)
            and not speaker.pronoun
            and len(words) > 1
            and speaker.name == speaker.mention.strip()
            and words[0][:1].isupper()
            and not words[0].isupper()
            and words[1][:1].islower()
            and fold(words[0]) in self.lex.common_speakers
            and opens_sentence(text, frame.speaker_start)
        )

    def _indefinite_one_word(self, speaker: Speaker, text: str, frame: Frame) -> bool:
        """Is the speaker one capitalised word, as written, right after an indefinite article (`[speaker]
        apposition_articles`: "a Syrian", "an American") or a quantifier of many (`plural_quantifiers`: "more
        Christians", "many Americans")?"""
        name = speaker.name
        if (
            speaker.kind not in ("person", "group")
            or speaker.pronoun
            or not name
            or " " in name
            or name != speaker.mention.strip()
            or not name[:1].isupper()
            or name.isupper()
        ):
            return False
        span = text[frame.speaker_start : frame.speaker_end]
        at = span.find(name)
        if at < 0:
            return False
        before = (text[max(0, frame.speaker_start - 40) : frame.speaker_start] + span[:at]).split()
        return (
            bool(before)
            and before[-1].isalpha()
            and (
                before[-1].casefold() in self.frames.speakers.apposition_articles
                or fold(before[-1]) in self.parser.plural_quantifiers
            )
        )

    @cached_property
    def _legal_suffixes(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("organizations", "legal_suffixes"))

    def _plural_subject(self, speaker: Speaker, text: str, frame: Frame) -> bool:
        """Is the speaker one capitalised word opening its sentence, not an acronym, whose verb of saying agrees with a
        plural ("Insiders say …", "Studies have shown …": `[cues] plural_agreement`, `plural_auxiliaries`)? A name
        takes the singular ("Reuters says"); what the plural leaves is a description of who spoke."""
        name, cue = speaker.name, fold(frame.cue.text)
        if (
            not self.lex.flag("cues", "plural_agreement")
            or speaker.kind not in ("person", "group")
            or speaker.pronoun
            or " " in name
            or name != speaker.mention.strip()
            or not name[:1].isupper()
            or name.isupper()
            or not opens_sentence(text, frame.speaker_start)
        ):
            return False
        between = (
            [
                word  # (past an adverb: "Europeans especially say …", `[cues] adverb_endings`)
                for word in text[frame.speaker_end : frame.cue.start].split()
                if not (word.isalpha() and word.islower() and fold(word).endswith(self.frames.context.adverb_endings))
            ]
            or cue.split()[:-1]
        )
        if len(between) == 1 and fold(between[0]) in self._plural_auxiliaries:
            return True  # "Studies have shown …" (the auxiliary before the cue, or in it)
        context = self.frames.context
        singular = (
            len(between) == 1
            and fold(between[0]) in self._singular_auxiliaries
            or not between
            and cue.endswith("s")
            and (cue[:-1] in context.cue_words or cue[:-2] in context.cue_words)
        )  # "Conners claims …", "Williams has said …": the verb agrees with one
        if not singular and self._plural_by_form(name, text):
            return True  # "Educators found …", "Officers confirmed …": a past tense shows no agreement
        return (
            not between
            and not cue.endswith("s")
            and f"{cue}s" in context.cue_words
            and cue not in context.noun_forms  # ("The Mirror report also noted …": the report, a noun)
        )  # "Insiders say …"

    def _plural_by_form(self, name: str, text: str) -> bool:
        """Is the word a plural noun by its ending (`[cues] plural_noun_endings`: "Educators", "Medics",
        "Veterinarians", "Middlemen") that the article never capitalises inside a sentence, and no entity the
        gazetteer knows? A surname so ending ("Rogers") is a person the article named in full before, and resolves
        to that name before this is asked."""
        folded = fold(name)
        ending = next((e for e in self._plural_noun_endings if folded.endswith(e)), "")
        return (
            bool(ending)
            and len(folded) > len(ending) + 2
            and name.isalpha()
            and name not in capitalised_inside(text)
            and gazetteer().lookup(name) is None
        )

    @cached_property
    def _plural_noun_endings(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.lex.words_of("cues", "plural_noun_endings"))

    @cached_property
    def _singular_auxiliaries(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "singular_auxiliaries"))

    @cached_property
    def _plural_auxiliaries(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "plural_auxiliaries"))

    def _named_as_body(self, speaker: Speaker, text: str) -> bool:
        """Does the article write the speaker's whole name right after a company's legal form ("PT Jasa Marga",
        `[organizations] legal_forms`), or right after a noun of an outlet's kind ("internet-rumor site Snopes",
        `[speaker] outlet_bodies` but the documents)?"""
        if speaker.kind != "person" or speaker.pronoun or speaker.role or not speaker.name:
            return False
        if speaker.name != speaker.mention.strip():
            return False
        return (
            " " in speaker.name and any(form in self.parser.legal_forms for form, _ in words_before(speaker.name, text))
        ) or self.parser.after_outlet_noun(speaker.name, text)

    def _quotes_of_another(self, text: str, frame: Frame) -> bool:
        """Does a direct quotation open by speaking of someone in the third person ("Kemarin itu dia kurang enak
        badan …")? A speaker says "saya", "I" of themself: their own words opening so are about someone else."""
        if frame.quote != "direct":
            return False
        for found in islice(_WORD.finditer(text, frame.content_start, frame.content_end), 5):
            folded = fold(found.group())
            if folded in self._own:
                return False
            if folded in self._others:
                return True
        return False

    def _person_after_body(self, speaker: Speaker, spoken: set[str]) -> Speaker:
        """A body's name read with a person's after it, as one body: "Mahasiswa Universitas Cendrawasih Papua Paul
        Robert Rumngewur mengaku …" where the article writes "harap Paul" — the press names a speaker by a word of
        their name after a cue (`NameEvidence.spoken`), so a run from that word on, of two words or more, each one
        a name's, is the person, and the body before it their role."""
        words = speaker.name.split()
        for at in range(2, len(words) - 1):
            if words[at] in spoken and all(self.parser.name_like(word) for word in words[at:]):
                role = " ".join(
                    filter(None, [speaker.mention[: speaker.mention.find(speaker.name)].strip(), *words[:at]])
                )
                return Speaker(speaker.mention, " ".join(words[at:]), role=role, kind="person")
        return speaker

    def _named(self, speaker: Speaker, article: Article, frame: Frame) -> Speaker:
        """A name as the document shows it: common words, places and institutions before it, openers and
        degrees around it go (name_trims.py: each trim says why)."""
        text = article.text
        if self._named_as_body(speaker, text):
            # "Jasa Marga juga menegaskan …" where the article writes "PT Jasa Marga (Persero) Tbk": a company by its
            # legal form elsewhere, whatever its words look like ("Jasa" is a word of the dictionary)
            return Speaker(speaker.mention, speaker.name, kind="organization")
        spoken = article.evidence.spoken if article.evidence is not None else set()
        mentioned = speaker.mention.split()
        if (
            mentioned
            and mentioned[0] in spoken
            and not (len(mentioned) == 1 and is_acronym(mentioned[0]))  # '"…," ungkap JPPI.': a body's acronym
            and (
                speaker.kind == "organization"
                or speaker.kind == "person"
                and speaker.role == mentioned[0]
                and self.trims.spoken_name(mentioned[0], article.evidence)
            )
            and all(self.parser.name_like(word) for word in mentioned[1:])
        ):
            # "Media Wahyu Askar" where the article writes "ujar Media.", "Boston Robert Marganda Siahaan" where it
            # writes "kata Boston": a person's name opening with a word the lexicon or the gazetteer keeps for
            # institutions or places
            speaker.name, speaker.role, speaker.kind = speaker.mention.strip(), "", "person"
        elif speaker.kind == "organization" and len(speaker.name.split()) > 3:
            speaker = self._person_after_body(speaker, spoken)
        speaker = self.trims.without_common_words(self.trims.after_apposition(speaker), article.writes_in_lower_case)
        speaker = self.trims.as_named_elsewhere(self.trims.name_at_end(speaker, article.evidence), text)
        speaker = self.trims.given_name_after_place_word(speaker, article.evidence)
        speaker = self.trims.by_short_mention(speaker, article.evidence, text)
        at = text.find(speaker.name, frame.speaker_start, frame.speaker_end) if speaker.name else -1
        speaker = self.trims.without_openers(speaker, at >= 0 and opens_sentence(text, at))
        speaker = self.trims.related_to_name(
            self.trims.served_place(self.trims.by_evidence(speaker, article.evidence), article.evidence, text),
            article.writes_in_lower_case,
        )
        if speaker.kind == "person" and self.parser.holds_common_words(speaker.name, article.writes_in_lower_case):
            # "bidang Film", "Menteri Haji dan Umrah RI": common words of the article, no one's name; the phrase
            # describes who spoke
            return Speaker(speaker.mention, speaker.mention, kind="person")
        return speaker

    def _when(self, article: Article, frame: Frame, document: Document) -> tuple[date | None, str]:
        """The temporal phrase of the attribution: in the sentence, outside the content, nearest the cue."""
        sentence = frame.sentence
        phrases = [
            p
            for p in article.dates_in(sentence.start, sentence.end)
            if p.end <= frame.content_start or p.start >= frame.content_end
        ]
        phrases = [p for p in phrases if p.kind != "vague"]
        if not phrases:
            return None, ""
        nearest = min(phrases, key=lambda p: abs(p.start - frame.cue.start))
        return self.dates.resolve(nearest, document.published), nearest.text

    def _continued(self, text: str, sentence: Sentence, span: tuple[int, int], before: Statement) -> Statement:
        start, end = span
        content = text[start:end]
        return Statement(
            id="",
            speaker=before.speaker,
            speaker_mention=before.speaker_mention,
            speaker_kind=before.speaker_kind,
            speaker_role=before.speaker_role,
            cue=before.cue,
            content=content,
            start=start,
            end=end,
            quote="direct",
            stance=self.stance.of(content, False),
            said_on=before.said_on,
            date_text=before.date_text,
            checkworthiness=self.checkworthiness.score(content, before.cue),
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            speaker_aliases=list(before.speaker_aliases),
            speaker_nicknames=list(before.speaker_nicknames),
        )

    def _embedded(self, article: Article, statement: Statement) -> list[Statement]:
        """Split "… yang disebut X sebagai Y" into the main content and X's own statement Y."""
        if self.embedded is None:
            return []
        text = article.text
        content = text[statement.start : statement.end]
        if any(surely_without(content, words) for words in self._embedded_words):
            return []
        match = self.embedded.search(text, statement.start, statement.end)
        if (
            not match
            or not self.parser.is_speaker_like(match.group("speaker"))
            or not match.group("speaker")[:1].isupper()
        ):
            return []
        speaker = self.parser.parse(match.group("speaker"))
        cue_text = match.group().strip(" ,").split()[1]
        y_start, y_end = trimmed(article, match.end(), statement.end)
        statement.end = match.start()
        statement.content = text[statement.start : statement.end]
        statement.checkworthiness = self.checkworthiness.score(statement.content, statement.cue)
        if y_end - y_start < 3:
            return []
        content = text[y_start:y_end]
        return [
            Statement(
                id="",
                speaker=speaker.name,
                speaker_mention=speaker.mention,
                speaker_kind=speaker.kind,
                speaker_role=speaker.role,
                cue=cue_text,
                content=content,
                start=y_start,
                end=y_end,
                quote="indirect",
                stance=self.stance.of(content, False),
                said_on=statement.said_on,
                date_text=statement.date_text,
                checkworthiness=self.checkworthiness.score(content, cue_text),
                sentence_start=statement.sentence_start,
                sentence_end=statement.sentence_end,
            )
        ]


@cache
def extractor(language: str) -> Extractor:
    return Extractor(language)


def extract(document: Document) -> Extraction:
    language = document.language or detect_language(document.text)
    return extractor(language).extract(document)


def _described(name: str) -> str:
    """A speaker's word written as a description, in lower case: "Aktris" → "aktris", "Insiders" → "insiders"."""
    return name[:1].lower() + name[1:]
