"""Frames: where, around a cue, a sentence's attributions are; spans and content then say exactly which words.

Frames tried on each sentence, most specific first:
  dashed       “Trump scares me.” ― Krystal Correa
  labelled     PENCE: Well, look, …   (a transcript's turn, to the paragraph's end)
  shown        Video potongan memperlihatkan X menyebut …   (shown.py: the video's, with X in what it asserts)
  circulating  Beredar klaim bahwa …   It was claimed that …
  trailing     "…," kata X.   "…," X said.   …, kata X.   …, X said.   …, ujarnya.
  inserted     Harga beras, kata X, naik …   The economy, X said, grew …   (inserted.py)
  according    Menurut X, …   …, menurut X.   According to X, …
  leading      X mengatakan (bahwa) …   X said (that) …   X: "…"   X membantah …   X denied …
After the first, more in the same sentence: "X said A, adding that B", "…, but Y said B",
"A, X said, a spokesman announced". Whether what follows a leading cue is words at all is cue_objects.py's question;
the roles set off beside a speaker are roles_beside.py's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, partial
from typing import Protocol

from claimtrack.extract.article import Article
from claimtrack.extract.content import (
    AfterCue,
    carried_quotation,
    enough,
    introduced_paragraph,
    opened_quotation,
    past_blanks,
    quote_before,
    quote_kind,
    quoted,
    quoted_around,
    trimmed,
    up_to,
)
from claimtrack.extract.cue_context import CueContext
from claimtrack.extract.cue_objects import CueObjects
from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.inserted import InsertedAttribution
from claimtrack.extract.roles_beside import RolesBeside
from claimtrack.extract.segment import Quote, Sentence
from claimtrack.extract.shown import ShownAttribution
from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.tokens import POSSESSIVE_ENDINGS, TOKEN, capitalised_inside, uncontracted
from claimtrack.lexicon import Gazetteer, Lexicon, phrase_pattern
from claimtrack.textutil import fold

_ACRONYM_BRACKET = re.compile(r"\s*\(([A-Z]{2,8})\)")
_GLOSS = re.compile(r"\([^()]{1,30}\)")  # an acronym or a gloss in brackets: "(AENS)"
_QUOTE_OPENING = '"“'  # a paragraph of a quotation opens with one
_QUOTE_CLOSING = ('"', "”")
_LABEL = re.compile(r"[\"'“]?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):[ \t]+")  # PENCE: …
_DASH_AFTER_QUOTE = re.compile(r"\s*[―—–]\s*")  # “…” ― Name
_SPEAKER_OPENING = re.compile(r"\s+(?:[A-Z]|(?:the|a|an)\s)")  # a name or a description after a cue ("asked Dunn")


def _turn_taker(
    text: str, label: str, place_markers: frozenset[str] = frozenset(), function_words: frozenset[str] = frozenset()
) -> bool:
    """Does the label in capitals name someone taking turns: the article writes a word of it as a name elsewhere
    ("Mike Pence" for "PENCE:") inside a sentence, not only as a place after a place marker ("RAMPUR: All was going
    well …" and "his bride Indira from Rampur": a dateline), or it opens two paragraphs or more as another label does
    (a transcript's "WALLACE:" and "PENCE:")? A kicker or a section heading ("PHOTOS:", "FOND FAREWELL:",
    "CLARIFICATION:", "UPDATE:") does neither. A function word is no name wherever it is written: "THE FACTS:" is not
    made a speaker by "The Associated Press" inside a sentence."""
    for word in label.split():
        if len(word) <= 2 or fold(word) in function_words:
            continue
        for written in re.finditer(rf"\b{re.escape(word.capitalize())}\b", text):
            before = text[max(0, written.start() - 12) : written.start()].split()[-1:]
            if before and before[0][-1:].isalnum() and fold(before[0]) not in place_markers:
                return True  # (inside a sentence: "THE FACTS:", "UPDATE:" match only where a sentence opens)
    turns = Counter(
        found.group("name")
        for paragraph in text.split("\n")
        if (found := _LABEL.match(paragraph.lstrip())) and found.group("name").isupper()
    )
    return turns[label] >= 2 and sum(count >= 2 for count in turns.values()) >= 2


_CONTENT_WORD = re.compile(r"[\w'’.-]+")  # a word of reported speech, for `FrameFinder.names_only`


@dataclass
class Frame:
    """One attribution found in a sentence, as character spans into the document text."""

    sentence: Sentence
    cue: Cue
    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    quote: str  # direct, indirect, mixed
    role_start: int = 0  # an appositive role: "Dedi Kurniawan, juru bicara kementerian, mengatakan"
    role_end: int = 0
    same_speaker: bool = False  # carries on the attribution before it: "…, adding that …"
    aside_start: int = 0  # an attribution inside the content ("Harga beras, kata X, naik …"): not what was said
    aside_end: int = 0


OPENING_WORD_BEFORE = re.compile(r"(?<![\w'’])([\w'’]+)[ \t]+$")  # the word right before a position


class _AsideSpans(Protocol):
    """What a shown or an inserted frame finds: the content's span and the aside's inside it."""

    @property
    def content_start(self) -> int: ...
    @property
    def content_end(self) -> int: ...
    @property
    def aside_start(self) -> int: ...
    @property
    def aside_end(self) -> int: ...


def _with_aside(sentence: Sentence, cue: Cue, speaker_start: int, speaker_end: int, found: _AsideSpans) -> Frame:
    """An indirect frame whose content holds an aside that is not what was said (an attribution set inside it, or
    the words around what a video shows)."""
    return Frame(
        sentence,
        cue,
        speaker_start,
        speaker_end,
        found.content_start,
        found.content_end,
        "indirect",
        aside_start=found.aside_start,
        aside_end=found.aside_end,
    )


class FrameFinder:
    """The attributions of a sentence, with one language's cues; speaker and content spans come from their stages."""

    def __init__(self, lex: Lexicon, cues: CuePatterns, speakers: SpeakerSpans, gazetteer: Gazetteer):
        self.lex = lex
        self.cues = cues
        self.speakers = speakers
        self.gazetteer = gazetteer
        # words before a month or a weekday that make it a time ("released in late August found …")
        self.before_dates = frozenset(fold(w) for w in lex.words_of("speaker", "before_dates"))
        # a clause's predicate by its form, after a relative clause closes (`_relative_clause_end`)
        self.aspect_openers = frozenset(fold(w) for w in lex.words_of("claims", "aspect_openers"))
        # pronouns that may open a relative clause whose object they are: "that", "which" (`_object_relative_before`)
        self.object_relative_words = frozenset(
            fold(w) for w in (*lex.words_of("speaker", "object_relatives"), *lex.complementizers)
        )
        self.past_endings = tuple(fold(w) for w in lex.words_of("claims", "past_endings")) or ("\0",)
        self.participles = frozenset(fold(w) for w in lex.words_of("cues", "participles"))
        self.by_participle = frozenset(fold(w) for w in lex.words_of("cues", "participle_prepositions"))
        self.means = frozenset(fold(w) for w in lex.words_of("cues", "means_prepositions"))
        self.absolute_openers = frozenset(fold(w) for w in lex.words_of("cues", "absolute_openers"))
        self.aside_openers = frozenset(fold(w) for w in lex.words_of("cues", "aside_openers"))
        self.active_prefixes = tuple(fold(w) for w in lex.words_of("names", "transitive_prefixes")) or ("\0",)
        self.third_person = frozenset(fold(w) for w in lex.words_of("claims", "third_person"))
        # the speaker's own pronouns and the third person's ("menurut saya", "menurut dia"): no source named after them
        self.personal = frozenset(fold(w) for w in lex.words_of("claims", "first_person")) | lex.pronouns
        self.governing = frozenset(w.casefold() for w in lex.words_of("speaker", "governing_prepositions"))
        # cues of citing that are verbs too ("mengutip"): after a subject they are its verb, not "according to"
        self.relayed_speech = frozenset(fold(w) for w in lex.words_of("cues", "relayed_speech"))
        self.citing_verbs = frozenset(fold(w) for w in lex.words_of("cues", "according_to")) & frozenset(
            fold(w) for w in lex.words_of("cues", "speech")
        )
        self.post_only = lex.flag("cues", "post_only")  # "kata X" never opens a clause
        self.fronted = frozenset(fold(w) for w in lex.words_of("cues", "subordinators"))
        self.fronted_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "circumstance_prepositions"))
        self.opening_links = frozenset(fold(w) for w in lex.words_of("cues", "clause_links") if " " not in w)
        # the pronouns that may be a main clause's subject: not a relative ("…, who …" opens no main clause)
        self.subject_pronouns = lex.pronouns - frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
        links = phrase_pattern(lex.words_of("cues", "clause_links"))
        relatives = phrase_pattern(lex.words_of("cues", "relatives"))
        # what stands between one attribution and the next cue in a sentence: "…, but he said", "…, adding",
        # "…, who emphasized", "… and said"
        self.clause_link = re.compile(
            rf"(?:(?P<mark>[,;])\s*(?:(?P<after_mark>{links})\s+)?|\s+(?P<link>{links})\s+)(?:(?P<relative>{relatives})\s+)?(?P<subject>[^,;]{{0,80}}?)\s*$"
        )
        # … and a link with a short circumstance set off after it, before the subject: "…, and in November, KGI
        # Securities analyst Ming-Chi Kuo said …"
        self.link_then_circumstance = re.compile(rf"[,;]\s*(?:{links})\s+(?P<circumstance>[^,;\"“”]{{1,40}})$")
        self.context = CueContext(lex, self.cues)
        self.after_cue = AfterCue(lex, self.cues, self.context)
        # a verdict closing what a noun phrase reports ("A post claiming that P is false"): the sentence's predicate
        copulas = phrase_pattern(lex.words_of("stance", "verdict_copulas"))
        copula = rf"(?:{copulas}\s+)?" if lex.flag("stance", "verdict_without_copula") else rf"{copulas}\s+"
        self.verdict_after = re.compile(rf"\s+{copula}{phrase_pattern(lex.words_of('stance', 'deny_content'))}\W*$")
        self.relatives = frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
        self.place_markers = frozenset(fold(w) for w in lex.words_of("names", "place_markers"))  # "from Rampur"
        self.progressive_endings = tuple(fold(w) for w in lex.words_of("cues", "progressive_endings")) or ("\0",)
        self.relative_openers = self.relatives | frozenset(fold(w) for w in lex.words_of("cues", "place_relatives"))
        # what may stand before a subject without making it an object: determiners, conjunctions, sentence adverbs
        self.determiners = frozenset(fold(w) for w in lex.words_of("speaker", "determiners"))
        self.conjunctions = frozenset(fold(w) for w in lex.words_of("speaker", "conjunctions"))
        self.leading_single = frozenset(fold(w) for w in lex.words_of("speaker", "leading") if " " not in w)
        self.nominal_cues = frozenset(fold(w) for w in lex.words_of("cues", "nominal_cues"))
        self.clause_words = frozenset(fold(w) for w in lex.words_of("claims", "aspect_openers"))
        self.clause_openers = self.relatives | frozenset(fold(w) for w in lex.complementizers)
        self.embedding = frozenset(fold(w) for w in lex.words_of("cues", "embedding"))
        self.objects = CueObjects(lex, self.context)
        self.roles = RolesBeside(lex, speakers)
        self.inserted = InsertedAttribution(lex, self.cues, speakers, self.context)
        self.shown = ShownAttribution(lex, speakers)
        self.negative_before = re.compile(phrase_pattern(lex.words_of("speaker", "negative_before")) + r"\s*$")
        self.object_pronouns = frozenset(fold(w) for w in lex.words_of("speaker", "object_pronouns"))
        self.intention_nouns = frozenset(fold(w) for w in lex.words_of("speaker", "intention_nouns"))
        # a modal or a negated auxiliary right before a word in lower case makes it a verb ("won't press charges")
        auxiliaries = [*lex.words_of("cues", "modals"), *lex.words_of("cues", "negated_auxiliaries")]
        self.verb_before = (
            re.compile(
                r"(?i)(?<![\w'’])(?:" + "|".join(re.escape(a).replace("'", "['’]") for a in auxiliaries) + r")\s+$"
            )
            if auxiliaries
            else None
        )
        # "frasa 'Memayu Hayuning Bawana' yang artinya … menegaskan …": words quoted after a noun of words are a
        # phrase, a slogan or a hashtag, never who spoke (`[speaker] term_nouns`)
        terms = lex.words_of("speaker", "term_nouns")
        self.term_before = (
            re.compile(r"(?i)\b(?:" + "|".join(re.escape(t) for t in terms) + r")\s*[\"'“‘#]$") if terms else None
        )
        # "… the rejection Leelah felt, including her feeling that …": words listing what a noun holds go on the noun
        # before the cue (its object, in a relative clause), never open what was said
        inclusion = lex.words_of("speaker", "inclusion_markers")
        # "wrote a story for Vox.com arguing that P": the piece written, then a participle of saying and what it says
        pieces, participles = lex.words_of("speaker", "written_pieces"), lex.words_of("cues", "participles")
        articles = lex.words_of("cues", "noun_markers")
        objects = lex.words_of("speaker", "object_pronouns")
        self.piece_then_participle = (
            re.compile(
                # (whom it was written to first: "wrote Fernandez a letter asking …", "wrote him a note saying …")
                rf"(?:(?:(?-i:[A-Z][\w’'.-]*)|{phrase_pattern(objects) if objects else '(?!)'})\s+){{0,3}}?"
                rf"(?:{phrase_pattern(articles)})\s+(?:[\w’'-]+\s+){{0,2}}(?:{phrase_pattern(pieces)})\b"
                # (what is between names where the piece appeared, never a clause: "a report in Politico that Jeb Bush
                # has been considering announcing …" goes on about the report)
                rf"(?:(?!\s(?:{phrase_pattern([*lex.complementizers, *lex.words_of('cues', 'relatives')])})\s)"
                rf"(?:[^,.;:\"“”]|\.(?=\w))){{0,60}}?"
                rf"\s(?:{phrase_pattern(participles)})\s+(?:(?:{phrase_pattern(lex.complementizers)})\s+)?",
                re.IGNORECASE,
            )
            if pieces and participles and articles
            else None
        )
        self.inclusion = re.compile(rf"(?:{phrase_pattern(inclusion)})\b", re.IGNORECASE) if inclusion else None
        # "The ministry issued a statement saying P": the piece put out, then a participle of saying, speak for whoever
        # put it out
        issuing = lex.words_of("cues", "issuing")
        piece_nouns = [*lex.words_of("speaker", "written_pieces"), *lex.words_of("cues", "media_nouns")]
        piece_nouns += [noun + ending for noun in piece_nouns for ending in lex.words_of("speaker", "plural_endings")]
        self.issued_piece = (
            re.compile(
                rf"(?:{phrase_pattern(issuing)})\s+(?:(?:{phrase_pattern(articles)})\s+)?(?:[\w’'-]+\s+){{0,2}}?"
                # (and where or when, a preposition and two words at most: "an email to staff", "… on Friday")
                rf"(?:{phrase_pattern(piece_nouns)})(?:\s+(?:{phrase_pattern(self.governing | self.means)})"
                rf"(?:\s+[\w’'-]+){{1,2}}?)?\s*,?\s*$",
                re.IGNORECASE,
            )
            if issuing and piece_nouns and articles
            else None
        )
        # a cue followed by its doer is passive: "The change was first reported by Gulf media outlets"
        agents = lex.words_of("names", "agent_markers")
        self.agent_after = re.compile(
            rf"[ \t]+(?:{'|'.join(re.escape(a) for a in agents)})[ \t]" if agents else r"(?!)"
        )

    def find(self, doc: Article, sentence: Sentence) -> list[Frame]:
        frames = [
            frame
            for frame in self._find(doc, sentence)
            if not self.speakers.parser.described_by_no_noun(
                TOKEN.findall(doc.text, frame.speaker_start, frame.speaker_end)
            )
            and not self._a_date(doc, frame)
        ]
        if self.nominal_cues and any(fold(frame.cue.text) in self.nominal_cues for frame in frames):
            return [self._closed_by_a_verdict(doc, sentence, frame) for frame in frames]
        return frames

    @staticmethod
    def names_only(doc: Article, frame: Frame) -> bool:
        """Is reported speech only a name, a title or a date ("reported France 3", "mengatakan Dirut AJS Hendrisman",
        "wrote On August 22"), or an aside in brackets ("Update added (see below)")? Words reported are a clause, with
        a word in lower case; a quotation may be anything. (The frame still names who spoke there, for the pronouns
        after it: only its statement is left out.)"""
        if frame.quote == "direct":
            return False
        content = doc.text[frame.content_start : frame.content_end].strip()
        if content[:1] == "(" and content[-1:] == ")" and content.count("(") == 1:
            return True
        count = 0
        for found in _CONTENT_WORD.finditer(doc.text, frame.content_start, frame.content_end):
            first = found.group()[:1]
            count += 1
            if count > 5 or not (first.isupper() or first.isdigit()):
                return False  # (most reported speech shows a word in lower case among its first)
        return count > 0

    def circumstance_only(self, doc: Article, frame: Frame) -> bool:
        """Is all the frame's content where or when it was said ("'Is it in our interest to act?' Lisa O. Monaco …
        said at a Washington Post cybersecurity summit Thursday", "noted in The Intercept")? No words said: who spoke
        is still known to the pronouns after it."""
        return frame.content_start > frame.cue.start and self.after_cue.only_circumstance(
            doc, frame.content_start, frame.content_end
        )

    def _a_date(self, doc: Article, frame: Frame) -> bool:
        """Is the speaker only a month or a weekday after a word that makes it a time (`[speaker] before_dates`: "A poll
        released in late August found …")? No one spoke; "May said" alone may be Theresa May."""
        words = TOKEN.findall(doc.text, frame.speaker_start, frame.speaker_end)
        if not words or not all(fold(word) in self.speakers.parser.calendar_words for word in words):
            return False
        before = doc.text[max(0, frame.speaker_start - 20) : frame.speaker_start].split()
        return bool(before) and fold(before[-1]) in self.before_dates

    def _closed_by_a_verdict(self, doc: Article, sentence: Sentence, frame: Frame) -> Frame:
        """A cue that is also a plural noun (`[cues] nominal_cues`: "claims") whose content is a clause and then a
        verdict: "… adding that the US claims that the weapons were mistakenly airdropped to ISIL were untrue" — "the
        US claims" is the subject of "were untrue", which is not the US's. The US claimed the clause; the content
        ends before the verdict. A verdict with no clause before it stays ("Trump claims that the report is false"),
        and so does one after a relative or a second "that" (whose clause it closes, the words do not show)."""
        if fold(frame.cue.text) not in self.nominal_cues:
            return frame
        verdict = self.verdict_after.search(doc.text, frame.content_start, frame.content_end)
        if verdict is None:
            return frame
        words = [fold(word).strip(",;:") for word in doc.text[frame.content_start : verdict.start()].split()]
        if not any(word in self.clause_words for word in words) or any(w in self.clause_openers for w in words):
            return frame
        start, end = trimmed(doc, frame.content_start, verdict.start())
        if not enough(doc, start, end):
            return frame
        return replace(frame, content_end=end, quote=quote_kind(sentence, start, end))

    def _find(self, doc: Article, sentence: Sentence) -> list[Frame]:
        text = doc.text
        dashed = self._dashed(doc, sentence)
        if dashed:
            return dashed
        labelled = self._labelled(doc, sentence)
        if labelled is not None:
            return [labelled]
        cues = [
            c
            for c in doc.cues_in(sentence.start, sentence.end)
            if not sentence.in_quote(c.start) and self.context.in_place(text, sentence, c)
        ]
        if not cues or (not sentence.quotes and text[sentence.start : sentence.end].rstrip().endswith("?")):
            return []  # (the writer's own question attributes nothing: "Why would someone like Mr. Clarke want …?")
        # the first cue that frames an attribution, each tried as trailing, according and leading; the
        # attributions after it are found from there
        # an attribution set inside the sentence first: no cue stands before it but a relay ("Dikutip dari Antara,
        # menurut X, …": X said it, Antara relayed it)
        inserted = self._inserted(doc, sentence, cues)
        if inserted is not None:
            outer = self._outer(doc, sentence, inserted, cues)
            return outer if outer else self._more(doc, sentence, inserted, cues)
        dropped: list[tuple[int, int, int]] = []  # (see `_leading`)
        for cue in cues:
            if self._relative_before_the_cue_of_a_quotation(doc, sentence, cue):
                continue
            shown = self.shown.find(doc, sentence, cue)
            if shown is not None:  # what a video shows someone saying is the video's: one frame, the person in it
                medium = Cue(
                    shown.medium_start, shown.medium_end, text[shown.medium_start : shown.medium_end], "circulating"
                )
                return [_with_aside(sentence, medium, medium.start, medium.end, shown)]
            for finder in (
                self._circulating,
                self._trailing,
                self._according,
                partial(self._leading, dropped=dropped, every=cues),
            ):
                frame = finder(doc, sentence, [cue])
                if frame is not None and self.objects.announces(doc, frame.content_start, frame.content_end):
                    break  # "Dikutip dari aplikasi KAI, berikut pilihan kereta …": the list comes after, unattributed
                if frame is not None:
                    outer = self._outer(doc, sentence, frame, cues)
                    return outer if outer else self._more(doc, sentence, frame, cues)
        return []

    def _outer(self, doc: Article, sentence: Sentence, first: Frame, cues: list[Cue]) -> list[Frame]:
        """A trailing attribution whose content holds the first one: "…, the campaign plans to publish the
        records soon, a spokesman announced." Both are kept, the inner one ending where the outer content does."""
        for cue in reversed(cues):
            if cue.start <= first.cue.end:
                break
            outer = self._trailing(doc, sentence, [cue])
            if outer is None or not outer.content_start <= first.cue.start < first.cue.end <= outer.content_end:
                continue
            if first.quote == "direct" and first.speaker_end > first.speaker_start:
                # '"…," he said, BuzzFeed News reported.': a quotation with its own speaker, which the outlet only
                # relays; the relay's content would be the quotation and its attribution, no one's claim
                return [first]
            start, end = trimmed(doc, first.content_start, min(first.content_end, outer.content_end))
            verdict = (
                self.verdict_after.search(doc.text, start, end) if self._reported_by_a_phrase(doc, first) else None
            )
            if verdict is not None:  # "A post claiming that P is false, the department said": the post claimed P
                start, end = trimmed(doc, start, verdict.start())
            if first.content_start < outer.content_end and enough(doc, start, end):
                return [replace(first, content_end=end, quote=quote_kind(sentence, start, end)), outer]
            return [outer]
        return []

    def _date_between(self, doc: Article, start: int, end: int) -> bool:
        """Is all that stands between `start` and `end` when it was said: a preposition (`[speaker] stops`), a month or
        a weekday or a number, and perhaps a trailing word ("para pemegang saham Tesla | pada Mei lalu | meminta …")?"""
        words = doc.text[start:end].replace(",", " ").split()
        if len(words) < 2 or not words[0].islower() or words[0].casefold() not in self.lex.speaker_stops:
            return False
        rest = words[1:]
        if rest and self.lex.trailing_words.fullmatch(rest[-1] + " "):
            rest = rest[:-1]
        parser = self.speakers.parser
        return bool(rest) and all(fold(word) in parser.calendar_words or word.isdigit() for word in rest)

    def _only_auxiliaries(self, words: str) -> bool:
        """Are the words only auxiliaries, modals and adverbs in lower case ("has", "would also", "has since"): a
        predicate's own words before its verb, no subject (`[claims] aspect_openers`, `[cues] modals`,
        `inner_adverbs`, `adverb_endings`)?"""
        context = self.context
        return all(
            word.islower()
            and (
                fold(word) in context.auxiliaries
                or word in context.modals
                or fold(word) in context.inner_adverbs
                or fold(word).endswith(context.adverb_endings)
            )
            for word in words.split()
        ) and any(fold(word) in context.auxiliaries or word in context.modals for word in words.split())

    def _reported_by_a_phrase(self, doc: Article, frame: Frame) -> bool:
        """Is the attribution a noun phrase ("a post claiming that …", "unggahan yang menyebut …"): its cue a
        participle, or after a relative? Then what follows its content is said of the whole phrase."""
        before = doc.text[max(0, frame.cue.start - 20) : frame.cue.start].split()
        return fold(frame.cue.text) in self.participles or bool(before) and fold(before[-1]) in self.relatives

    def _more(self, doc: Article, sentence: Sentence, first: Frame, cues: list[Cue]) -> list[Frame]:
        """Further attributions in the sentence after the first: "X said A, adding that B", "X said A, but Y
        said B", "said X, who stressed that B", "X denied A and said B". Each ends the content before it."""
        text = doc.text
        frames = [first]
        for cue in cues:
            last = frames[-1]
            if (
                cue.start < max(last.cue.end, last.speaker_end)
                or cue.kind in ("according", "circulating")
                or cue.pronoun_suffix
            ):
                continue
            window = max(last.cue.end, last.speaker_end, cue.start - 100)
            link = self.clause_link.search(text, window, cue.start)
            if link is None:
                continue
            subject = link.group("subject").strip()
            if (
                subject
                and link.group("after_mark")
                and self._only_auxiliaries(subject)
                and not any(
                    match.group().casefold() in self.speakers.person_relatives
                    for match in TOKEN.finditer(text, last.cue.end, link.start())
                )
            ):
                subject = ""  # "Trump has denied every allegation, and has promised to fight back": the same subject
                # (not in a relative clause: "said Don Fowler, who helmed the DNC …, and has backed Hillary Clinton …")
            # (a link and a circumstance before the subject: "… on the iPad, | and in November, Kuo said …")
            linked = (
                self._link_then_circumstance(text, window, link.start())
                if subject and link.group("mark") == ","
                else -1
            )
            if subject:
                # a new speaker, after "but"/"and" or a semicolon: "…, but he said …"
                if not (
                    link.group("link")
                    or link.group("after_mark")
                    or link.group("mark") == ";"
                    or link.group("mark") == ","
                    and last.content_end <= link.start()  # (its words may end before: "praised … and embraced …")
                    and self._in_fronted_clause(doc, sentence, last.speaker_start)
                    or linked >= 0
                ):  # (the comma closing a fronted clause: "While Smith said the bill would pass, Jones said …"; a
                    # circumstance after the link: "…, and in November, Ming-Chi Kuo said …")
                    continue
                s_start, s_end = self.speakers.before(doc, link.start("subject"), cue.start)
                if s_end > s_start and self._subordinate_subject(text, link.start("subject"), s_start):
                    continue  # "… a gastroenterologist and co-owner of the clinic - stepped down after the board asked
                    # him …": the link joins a noun; the speaker's clause opens at the subordinator, inside the content
                if (
                    s_end <= s_start
                    or not self.speakers.valid(doc, s_start, s_end)
                    or text[s_end : cue.start].strip(" ,")
                    and not self.lex.trailing_words.fullmatch(text[s_end : cue.start])
                    and not self._date_between(doc, s_end, cue.start)
                ):
                    described = self._described_subject(doc, link, cue)
                    if described is None:
                        continue
                    s_start, s_end = described  # "…, but attorneys for the family said …": a description, whole
                same = False
            else:
                relative = link.group("relative")
                if relative and text[last.speaker_end : link.start()].strip(" ,"):
                    continue  # "which" must follow the speaker it stands for
                closes_relative = (
                    link.group("mark") == ","
                    and link.start() == last.content_end
                    and self.speakers.relative_before(doc, sentence, last.cue.start)
                )  # "McClendon, who said he plans to vote for McMullin, has argued that …": the sentence's own cue
                if not (
                    relative
                    or link.group("link")
                    or link.group("after_mark")
                    or fold(cue.text) in self.participles
                    or closes_relative
                ):
                    continue
                if fold(cue.text) in self.participles and self._relative_cue_between(doc, last.cue.end, cue.start):
                    continue  # "…, a charge that Colorado Republican leaders strongly denied, noting …": the
                    # participle goes on with the relative clause's own subject, not the first speaker
                if (
                    not relative
                    and not link.group("mark")
                    and fold(link.group("link") or "") in self.speakers.parser.list_conjunctions
                    and self._subject_relative_between(doc, last.cue.end, link.start())
                ):
                    continue  # "… wrote in her 2014 book about a male colleague who pinched her waist and told her,
                    # '…'": the verb joined goes on with the relative clause, whose subject is the colleague
                s_start, s_end, same = last.speaker_start, last.speaker_end, True
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            if not enough(doc, c_start, c_end):
                continue
            cut = linked if linked >= 0 else link.start()  # (the content ends before such a link)
            # "… as many researchers believe, but Moscow strongly denies — “why …?” asked Dunn": Dunn's words, no
            # frame of this cue; the joined clause still ends what went before
            attributed = self._quotation_attributed_after(doc, sentence, cue, c_start)
            if last.content_start < cut < last.content_end:
                cut_start, cut_end = trimmed(doc, last.content_start, cut)
                if not attributed and not enough(doc, cut_start, cut_end):
                    if not same:
                        continue
                    frames.pop()  # "A spokesperson … denied it and said that the investigation remains active": what
                    # the first verb took is too little to be words said, and the second verb's words are not its;
                    same = False  # the second's speaker is the subject read for the first, no statement before
                else:
                    frames[-1] = replace(last, content_end=cut_end, quote=quote_kind(sentence, cut_start, cut_end))
            if attributed:
                continue
            if (
                self.objects.idiom(doc, c_start, c_end)
                or self.objects.phrasal(doc, cue.end, c_end, fold(cue.text))
                or (fold(cue.text) in self.objects.aspectual_cues and self.objects.goes_on_doing(doc, cue.end, c_end))
                or (
                    fold(cue.text) in self.objects.naming_cues
                    and not any(mark in text[c_start:c_end] for mark in '"“”')
                    and not self.objects.named_as(text[c_start:c_end], text[s_start:s_end])
                )
            ):
                continue  # "…, sementara pimpinan DPR meminta maaf serta …": another verb, no words (the first ends);
                # "… and make sure the United States continues to play a leading role …": goes on doing; "… and Trump
                # already has called the election results into question": no naming with nothing quoted (a quotation
                # after a long object still names it: "calling him, among other things, “a failed candidate.”")
            frames.append(
                Frame(
                    sentence,
                    cue,
                    s_start,
                    s_end,
                    c_start,
                    c_end,
                    quote_kind(sentence, c_start, c_end),
                    same_speaker=same,
                )
            )
        return frames

    def _labelled(self, doc: Article, sentence: Sentence) -> Frame | None:
        """A turn in a transcript: "PENCE: Well, look, …", to the paragraph's end. The label, at the start of a
        paragraph, must be in capitals as transcripts write it: "Stabilitas Politik: …" is a subheading; and it must
        take turns (`_turn_taker`): "PHOTOS:", "FOND FAREWELL:" are kickers."""
        text = doc.text
        before = text[max(0, sentence.start - 8) : sentence.start].rstrip(" \t\"'“")
        if before and before[-1] != "\n" or not before and text[: sentence.start].strip():
            return None
        label = _LABEL.match(text, sentence.start, sentence.end)
        if label is None:
            return None
        name = label.group("name")
        if not (name.isupper() and len(name.replace(" ", "")) >= 3) or self.gazetteer.is_place_or_org(name):
            return None
        if not _turn_taker(text, name, self.place_markers, self.speakers.parser.names.function_words):
            return None  # a kicker or a section ("PHOTOS:", "FOND FAREWELL:"), not a speaker
        paragraph_end = text.find("\n", sentence.start)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        if text[label.start()] in _QUOTE_OPENING:
            paragraph_end = self._turn_goes_on(doc, paragraph_end)
        c_start, c_end = trimmed(doc, label.end(), paragraph_end)
        if not enough(doc, c_start, c_end) or len(TOKEN.findall(text[c_start:c_end])) < 3:
            return None
        cue = Cue(label.end("name"), label.end("name") + 1, ":", "post")
        return Frame(
            sentence,
            cue,
            label.start("name"),
            label.end("name"),
            c_start,
            c_end,
            quote_kind(sentence, c_start, min(c_end, sentence.end)),
        )

    def _turn_goes_on(self, doc: Article, end: int) -> int:
        """Where a turn of a transcript quoted whole ends, its paragraph ending at `end`: the paragraphs after it that
        open the quotation again ('"PENCE: Well, look, …" / '"But the truth is …') are the same turn, up to the next
        label ('"WALLACE: …'), a stage direction ('"(CROSSTALK.)') or a paragraph with an attribution of its own."""
        text = doc.text
        while True:
            start = past_blanks(text, end)
            if start >= len(text) or text[start] not in _QUOTE_OPENING or "\n" not in text[end:start]:
                return end
            after = text.find("\n", start)
            after = len(text) if after < 0 else after
            label = _LABEL.match(text, start, after)
            if (
                label is not None
                and label.group("name").isupper()
                or text[start + 1 : after].lstrip().startswith("(")
                or text[start:after].rstrip().endswith(_QUOTE_CLOSING)
                or self.objects.holds_attribution(doc, start, after)
            ):
                return end  # (the paragraph closing the quotation may be the transcript's credit: "Follow … on X.")
            end = after

    def _dashed(self, doc: Article, sentence: Sentence) -> list[Frame]:
        """Quotations signed with a dash: "“Trump scares me.” ― Krystal Correa"."""
        text = doc.text
        frames = []
        for quote in sentence.quotes:
            dash = _DASH_AFTER_QUOTE.match(text, quote.end, sentence.end) if quote.closed else None
            if dash is None:
                continue
            s_start, s_end = self.speakers.after(doc, dash.end(), sentence.end)
            if s_end <= s_start or not text[s_start].isupper() or not self.speakers.valid(doc, s_start, s_end):
                continue
            c_start, c_end = trimmed(doc, quote.inner_start, quote.inner_end)
            if enough(doc, c_start, c_end):
                cue = Cue(
                    dash.start() + dash.group().index(dash.group().strip()), dash.end(), dash.group().strip(), "post"
                )
                frames.append(Frame(sentence, cue, s_start, s_end, c_start, c_end, "direct"))
        return frames

    def _inserted(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """An attribution between commas inside what was said: "Harga beras, kata X, naik …"."""
        for cue in cues:
            found = self.inserted.find(doc, sentence, cue)
            if found is not None and enough(doc, found.content_start, found.content_end):
                return _with_aside(sentence, cue, found.speaker_start, found.speaker_end, found)
        return None

    def _circulating(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """A claim with no named speaker, attributed to its spreading: "Beredar klaim bahwa …", "It was claimed that …".
        The phrase must open its clause ("Video itu beredar luas" is no attribution)."""
        text = doc.text
        for cue in cues:
            if cue.kind != "circulating":
                continue
            head = text[sentence.start : cue.start].strip()
            if head and not self.lex.leading_words.fullmatch(head.rstrip(",") + " "):
                continue
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, cue.start, cue.end, c_start, c_end, quote_kind(sentence, c_start, c_end))
        return None

    def _object_apposed(self, text: str, clause_start: int, start: int) -> bool:
        """Is the phrase at `start` set off by a comma after the object of a preposition ("… to the leader of ISIS, Abu
        Bakr al-Baghdadi, …", `[speaker] governing_prepositions`)?"""
        before = text[clause_start:start].rstrip()
        last = before.rsplit(None, 1)[-1:]
        if last and last[0].casefold() in self.speakers.parser.determiner_words:
            before = before[: -len(last[0])].rstrip()  # "… distaste for Donald Trump, the current GOP front-runner, …"
        if not before.endswith(","):
            return False
        piece = before[:-1].rsplit(",", 1)[-1].split()
        return any(word.casefold() in self.governing for word in piece[-6:])

    def _apposed_to_object(self, text: str, clause_start: int, start: int, end: int, cue_start: int) -> bool:
        """Is the phrase at start:end set off by commas before its cue, after a preposition that governs what follows it
        (`[speaker] governing_prepositions`) in the piece of clause before it: a piece that opens with a bare noun
        in lower case ("searches on Google and the reverse image search engine, Tineye.com, show …"), or the verb of a
        relative clause ("Michael Seaman, who lives in an area outside of the state capital, Sacramento, said …")?
        Then the phrase names the preposition's object, not who speaks. (A piece that opens with a name, a
        determiner or a preposition, "On Monday the chief of staff, John Smith, said …", leaves the name the
        subject; so does a relative clause whose own subject it names: "… -- which Apple's chief executive, Tim
        Cook, called …".)"""
        before = text[clause_start:start].rstrip()
        if text[end:cue_start].strip() != "," or not before.endswith(","):
            return False
        piece = before[:-1].rsplit(",", 1)[-1].split()
        relative = max((at for at, word in enumerate(piece) if fold(word) in self.relatives), default=-1)
        if relative >= 0:
            piece = piece[relative + 1 :]
        while piece and piece[0].casefold() in self.conjunctions:
            piece = piece[1:]
        if len(piece) < 3 or not piece[0].isalpha() or not piece[0].islower():
            return False
        verb = relative >= 0  # right after the relative pronoun, its verb ("who lives in …")
        return (
            piece[0].casefold() not in self.governing
            and piece[0].casefold() not in self.determiners  # (a bare noun: "the head of … on Monday, X," is X)
            and (verb or not fold(piece[0]).endswith((*self.past_endings, *self.progressive_endings, "en")))
            and any(word.casefold() in self.governing for word in piece[1:])
        )

    def _object_before(self, text: str, clause_start: int, start: int) -> bool:
        """Is the phrase at `start` the object of a preposition or a verb in lower case right before it ("around |
        the table", "to calm | Russian fears", "retracted its own May 16 | article")? Determiners, possessives and
        dates between do not count; a conjunction or the clause's start before it leaves it a subject."""
        words = text[clause_start:start].split()
        while words and (fold(words[-1]) in self._premodifiers or words[-1].isdigit()):
            words.pop()  # ("retracted its own May 16 | article": a possessive, "own", a date before the noun too)
        if not words:
            return False
        last = words[-1]
        return (
            last.isalpha()
            and last.islower()
            and fold(last) not in self.conjunctions
            and (len(words) > 1 or fold(last) not in self.leading_single)  # (inside a clause "after" is a preposition)
        )

    def _described_subject(self, doc: Article, link: re.Match[str], cue: Cue) -> tuple[int, int] | None:
        """The subject after a comma and a link, whole, when it is a description in lower case of two to six words that
        runs up to the cue ("…, and human rights groups warned …", "…, but attorneys for the family said …", where the
        speaker phrase read back from the cue is "rights groups" or "attorneys"): no verb, pronoun, inner adverb, link
        or complementizer in it, no dash or bracket, and no preposition opening the description it names; None
        otherwise."""
        if link.group("mark") != "," or not link.group("after_mark"):
            return None
        text = doc.text
        start, end = link.span("subject")
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(text[start:end].rstrip())
        if end <= start or text[end : cue.start].strip() or not text[start : start + 1].islower():
            return None
        words = [fold(word) for word in TOKEN.findall(text[start:end])]
        if not 2 <= len(words) <= 6 or not self.objects.verbless(words) or any(m in text[start:end] for m in "-—–()"):
            return None
        if any(
            word in self.opening_links
            or word in self.clause_openers
            or word in self.subject_pronouns
            or word in self.context.inner_adverbs
            for word in words
        ) or any(
            word.endswith(self.context.adverb_endings) and not (at and words[at - 1] in self.objects.noun_markers)
            for at, word in enumerate(words)
        ):
            return None  # ("… protesters and police and said …", "… but that Mr. X - who", "… and most recently
            # defended …"; "for the family" is a noun after its article)
        name = self.speakers.parser.parse(text[start:end]).name.split()
        if not name or fold(name[0]) in self.lex.speaker_stops:
            return None  # ("several of his findings contradicted …": no one's description)
        return start, end

    def _link_then_circumstance(self, text: str, start: int, comma: int) -> int:
        """Where a link and a short circumstance that end at the comma at `comma` begin: a preposition of circumstance
        (`[cues] circumstance_prepositions`) and no verb ("…| , and in November, …"), so that the subject after that
        comma opens a clause of its own; -1 when there is none ("…, while very few support Mrs. Clinton, …" is a
        clause)."""
        found = self.link_then_circumstance.search(text, start, comma)
        if found is None:
            return -1
        words = [fold(word) for word in TOKEN.findall(found.group("circumstance"))]
        if words and words[0] in self.fronted_prepositions and self.objects.verbless(words):
            return found.start()
        return -1

    def _issuer(self, doc: Article, clause_start: int, verb: int) -> tuple[int, int] | None:
        """Who put out the piece whose verb of issuing is at `verb`: the speaker phrase right before it, with at most
        adverbs between ("She also sent a tweet saying …"); None when something else stands between ("… and former
        deputy secretary of state Robert Zoellick, issued an open letter …": the group the list is part of)."""
        start, end = self.speakers.before(doc, clause_start, verb)
        if end <= start:
            return None
        between = doc.text[end:verb].split()
        return (start, end) if all(fold(word) in self.context.inner_adverbs for word in between) else None

    def _comma_then_cue(self, doc: Article, end: int, cue_start: int) -> bool:
        """Is only a comma between the phrase ending at `end` and the cue, perhaps after when ("suspended his
        presidential campaign Wednesday evening, telling …") or adverbs ("has tangled with Trump once directly,
        saying …": `[cues] inner_adverbs`, `adverb_endings`)?"""
        between = doc.text[end:cue_start]
        if between.strip() == ",":
            return True
        if between.rstrip().endswith(",") and all(
            fold(word) in self.context.inner_adverbs or fold(word).endswith(self.context.adverb_endings)
            for word in between.rstrip()[:-1].split() or ["-"]
        ):
            return True
        when = [p for p in doc.dates_in(end, cue_start) if not doc.text[end : p.start].strip()]
        return bool(when) and doc.text[when[0].end : cue_start].strip() == ","

    def _infinitive_then_comma(self, text: str, end: int, cue_start: int) -> bool:
        """Is an infinitive clause of the main verb, up to a comma, all that stands between the phrase ending at `end`
        and the cue ("pleaded with Indira | to change her mind, | telling her …")? The participle after it goes on
        the main clause, as after the comma alone."""
        between = text[end:cue_start].rstrip()
        words = between[:-1].split()
        return (
            between.endswith(",")
            and 2 <= len(words) <= 8
            and fold(words[0]) in self.speakers.infinitive_markers
            and words[1].isalpha()
            and words[1].islower()
            and fold(words[1]) not in self._premodifiers  # ("sent a message to | his supporters |, asking …")
            and not any(mark in between[:-1] for mark in ',;:()"“”')
        )

    @cached_property
    def _premodifiers(self) -> frozenset[str]:
        """Words that may stand before an object's noun and say nothing of what it is: determiners, possessives, words
        such as "own" (`[organizations] not_kinds`), a weekday or a month."""
        return (
            self.determiners
            | frozenset(fold(w) for w in self.lex.words_of("speaker", "possessive_determiners"))
            | frozenset(fold(w) for w in self.lex.words_of("organizations", "not_kinds"))
            | self.speakers.parser.calendar_words
        )

    @staticmethod
    def _comma_before(doc: Article, sentence: Sentence, at: int) -> bool:
        """Does a comma set off what stands before `at` in the sentence: right before it, or inside the closing
        quotation mark of words quoted within the sentence ('The law was “very assertive and interventionist,” said
        Gary Orfield'; not when the sentence opens with a quotation, which is attributed on its own: '"Kita tidak
        punya diktator …," tulis Schumer … bertuliskan "perbaiki krisis layanan kesehatan," katanya')?"""
        before = doc.text[sentence.start : at].rstrip()
        if before.endswith(","):
            return True
        return before.endswith((",”", ',"', ",''")) and before[:1] not in "\"“'‘"  # ('' : two apostrophes)

    def _after_earlier_attribution(self, doc: Article, start: int, end: int) -> int:
        """Where the words said open when another attribution set off by commas stands inside them: after it ("In
        Seattle, marchers honored …, KING-TV reported, while in Chicago the parade began …, the Chicago Sun-Times
        reported": the paper said what follows KING-TV's attribution). One to four capitalised words after a comma,
        a verb that follows what was said (`[cues] post`) and a comma; `start` itself when there is none."""
        last = max((found.end() for found in self._set_off_attribution.finditer(doc.text, start, end)), default=None)
        return trimmed(doc, last, end)[0] if last is not None else start

    @cached_property
    def _set_off_attribution(self) -> re.Pattern[str]:
        """ ", KING-TV reported," inside a sentence: a name of capitalised words and a cue of `[cues] post`."""
        post = phrase_pattern([w for w in self.lex.post_cues if " " not in w])
        name = r"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3}"
        return re.compile(rf",[ \t]+{name}[ \t]+(?:{post}),[ \t]")

    def _article_before(self, doc: Article, at: int) -> int:
        """Where the definite article right before `at` opens, if one stands there ("…, the Labor Department's monthly
        report said": the speaker is the department, its article left out of the span), else `at`."""
        before = OPENING_WORD_BEFORE.search(doc.text, max(0, at - 8), at)
        if before is not None and fold(before.group(1)) in self.speakers.parser.definite:
            return before.start(1)
        return at

    def _subordinate_only(self, doc: Article, start: int, end: int) -> bool:
        """Is doc.text[start:end] one subordinate clause, opened by a subordinator and with no comma after which a main
        clause could stand (`[cues] content_subordinators`: "As Obama appears set to veto the bill")? It is the
        circumstance of the sentence, not words said."""
        words = TOKEN.findall(doc.text, start, end)[:2]
        if not words or "," in doc.text[start:end]:
            return False
        opener = fold(words[0])
        # a preposition of time opens a clause only with a participle ("After suggesting …"; not "After a delay the
        # plane took off …, she said", her words)
        return opener in self.speakers.content_subordinators or (
            opener in self.participle_subordinators and len(words) > 1 and fold(words[1]).endswith("ing")
        )

    @cached_property
    def participle_subordinators(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "participle_subordinators"))

    def _said_quote(self, doc: Article, sentence: Sentence, quote: Quote | None) -> Quote | None:
        """The quotation, unless a participle of sourcing opens it ('Citing "a source close to the death
        investigation," CNN reports that …': whom CNN cited, not its words; `[cues] sourcing`)."""
        if quote is None:
            return None
        head = doc.text[sentence.start : max(sentence.start, quote.start)].split()[-1:]
        return None if head and fold(head[0]) in self.context.sourcing else quote

    @staticmethod
    def _quotation_after_colon(doc: Article, sentence: Sentence, position: int) -> Quote | None:
        """The quotation a colon right after `position` opens, in the sentence, when it holds enough words."""
        colon = re.match(r"[ \t]*:[ \t]*", doc.text[position : sentence.end])
        if colon is None:
            return None
        opened = next((q for q in sentence.quotes if q.start == position + colon.end()), None)
        return opened if opened is not None and enough(doc, opened.inner_start, opened.inner_end) else None

    def _relative_before_the_cue_of_a_quotation(self, doc: Article, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue the verb of a relative clause (right after a clause opener: "that", "who") between a quotation
        and the sentence's own cue ('"…," Jane Holt of the Red Cross, a charity that supports local hospitals,
        said')? The quotation is for the later cue; the relative tells of a noun."""
        before = TOKEN.findall(doc.text, max(sentence.start, cue.start - 20), cue.start)
        return (
            bool(before)
            and fold(before[-1]) in self.clause_openers
            and any(q.end <= cue.start for q in sentence.quotes)
            and self._cue_after(doc, sentence, cue)
        )

    def _subordinate_subject(self, text: str, start: int, s_start: int) -> bool:
        """Does a verb of its own stand between `start` and a subordinator before the speaker ("… and co-owner of the
        clinic - stepped down after the board asked …": a past in "-ed", `[claims] irregular_pasts`, an auxiliary)? Then
        what follows the link is a predicate of the content's, and the speaker's clause opens at the subordinator; not
        "but after the vote Jones said", where nothing stands before it."""
        if self.context.subordinators is None:
            return False
        found = list(self.context.subordinators.finditer(text, start, s_start))
        if not found:
            return False
        return any(
            word.islower()
            and (
                len(word) > 4
                and fold(word).endswith(self.context.past_endings)
                or fold(word) in self.context.irregular_pasts
                or fold(word) in self.context.auxiliaries
            )
            for word in TOKEN.findall(text, start, found[-1].start())
        )

    def _cue_after(self, doc: Article, sentence: Sentence, cue: Cue) -> bool:
        """Does a cue in place stand after this one in the sentence, outside its quotations?"""
        return any(
            not sentence.in_quote(later.start) and self.context.in_place(doc.text, sentence, later)
            for later in doc.cues_in(cue.end, sentence.end)
        )

    def _trailing(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """Content first, then the attribution: `"…," kata X.` / `…, X said.` / `…, ujarnya.`"""
        text = doc.text
        for cue in reversed(cues):
            if cue.kind == "according" or not self.cues.can_follow_content(cue):
                continue
            quote = self._said_quote(doc, sentence, quote_before(doc, sentence, cue.start))
            before = text[sentence.start : cue.start]
            comma = self._comma_before(doc, sentence, cue.start)
            # inversion: cue then speaker ("kata Lavrov", "said Smith"), only for the verbs the language lists as
            # coming after what was said (`post`): after another one what follows is its object ("The lawsuit, filed
            # in March, accused the company of fraud"); and never after a verb of telling, whose object is whom it
            # was told ("…, Hisham al-Hashimi, an Iraqi security strategist, told The Telegraph")
            if (
                (quote is not None or comma and not self.roles.apposed_subject(doc, sentence, cue))
                and (cue.pronoun_suffix or self.cues.inverts(cue))
                and fold(cue.text.split()[0]) not in self.after_cue.telling
            ):
                role = None
                if cue.pronoun_suffix:
                    s_start, s_end = cue.start, cue.end
                else:
                    s_start, s_end = self.speakers.after(doc, cue.end, sentence.end)
                    if fold(text[s_start:s_end]) in self.object_pronouns:
                        s_end = s_start  # "…, confirmed it.": the verb's object, not who spoke
                    named = self.speakers.apposed_name(doc, s_start, s_end, sentence.end) if s_end > s_start else None
                    described = (
                        self.speakers.description_after(doc, cue.end, sentence.end) if s_end <= s_start else None
                    )
                    if described is not None:
                        # '"…," kata pengemudi ojol, Wawan (35)': a description the lexicon does not know as a role,
                        # then the name set off after it
                        named = self.speakers.apposed_name(doc, *described, sentence.end, description=True)
                        s_start, s_end = described if named is not None else (s_start, s_end)
                    past = self.speakers.name_past_phrase(doc, s_end, sentence.end) if s_end > s_start else None
                    if named is not None:
                        role = (s_start, self.speakers.role_goes_on(doc, s_end, sentence.end))
                        s_start, s_end = named
                    elif past is not None and self.speakers.parser.determined_noun(text[s_start:s_end].split()):
                        # '"…," said the top Democrat on the committee, Mark Warner.': the description is the role
                        role = (s_start, text.rindex(",", s_end, past[0]))
                        s_start, s_end = past
                    elif s_end > s_start:
                        s_start, s_end = self.speakers.list_after(doc, (s_start, s_end), sentence.end)
                if cue.pronoun_suffix or self.speakers.valid(doc, s_start, s_end):
                    opened = (
                        None
                        if quote is not None or cue.pronoun_suffix
                        else self._quotation_after_colon(doc, sentence, s_end)
                    )
                    if opened is not None:
                        # "…, reported the Soufan Group: “He is intensely careful …”": the speaker's words follow
                        c_start, c_end = trimmed(doc, opened.inner_start, opened.inner_end)
                        return Frame(sentence, cue, s_start, s_end, c_start, c_end, "direct", *(role or (0, 0)))
                    if quote is not None:
                        c_start, c_end = quoted_around(doc, sentence, quote, max(s_end, cue.end))
                        kind = "direct"
                    elif self.context.interjected(
                        doc, sentence, cue.start, s_end
                    ) and not self.after_cue.only_source_tag(doc, s_end, sentence.end):
                        # "Mengenai program MBG, kata Andreas, anak-anak …": what was said follows the attribution
                        c_start, c_end = trimmed(doc, s_end, sentence.end)
                        kind = quote_kind(sentence, c_start, c_end)
                        if enough(doc, c_start, c_end):
                            return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *(role or (0, 0)))
                        continue
                    else:
                        c_start, c_end = up_to(doc, sentence, cue.start)
                        kind = quote_kind(sentence, c_start, c_end)
                    # after a quotation and its cue anything may follow ("katanya singkat", "ujar X menambahkan")
                    if enough(doc, c_start, c_end) and (
                        quote is not None or self.context.rest_is_adjunct(doc, s_end, sentence.end)
                    ):
                        return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *(role or (0, 0)))
            # speaker then cue at the end: `…," Smith said.` / `…, the source added.` (a comma or a quotation
            # must come before)
            if "," not in before and not any(q.end <= cue.start for q in sentence.quotes):
                continue
            # (not into the quotation before it: '“… on The Cosby Show!” she wrote in …' is hers, not Bill Cosby's)
            after_quotes = max([q.end for q in sentence.quotes if q.end <= cue.start], default=sentence.start)
            # ('“…,” The Associated Press quoted Alhakim as saying': whom the relay quoted)
            relay = self.context.past_relay(text, max(sentence.start, after_quotes), cue)
            s_start, s_end = self.speakers.before(doc, relay, cue.start)
            if s_end <= s_start or not self.speakers.valid(doc, s_start, s_end):
                continue
            between = TOKEN.findall(text, s_end, cue.start)
            if (
                between
                and fold(between[-1]) in self.clause_openers
                and (after_quotes == sentence.start or self._cue_after(doc, sentence, cue))
            ):
                continue  # "… put on by a media company, Quebecor, that hopes to bring …": a relative clause's verb,
                # whose words (if any) follow it; what comes before is not said by its subject (a quotation before
                # is the relative's head's: "''…,'' said Lionel Sosa, a …, who said he would not vote for …"), unless
                # the sentence's own cue follows: '"…," Jane Holt of the Red Cross, a charity that supports local
                # hospitals, said' is hers by "said"
            role = self.roles.set_before(doc, sentence.start, max(sentence.start, after_quotes), s_start)
            if role is None and relay == after_quotes > sentence.start and quote_before(doc, sentence, s_start) is None:
                role = self.roles.premodifier(doc, after_quotes, s_start)  # '"…," historian Daniel Balmaceda said'
            article = self._article_before(doc, s_start)
            if role is None or role == (article, s_start - 1):
                # the article the speaker phrase left out opens it ("…, the Labor Department's monthly report said",
                # '"…," the Chicago Sun-Times reported': the paper's name after "the"), no role of its own
                role, s_start = None, article
            attribution = role[0] if role else s_start
            opener = (
                self._attribution_opener(text, sentence, attribution, cue)
                if quote_before(doc, sentence, s_start) is None
                else None
            )
            if opener is not None:
                attribution = opener  # "…, as the Daily Mail notes": what stands before "as" is what it notes
            quote = self._said_quote(
                doc, sentence, quote_before(doc, sentence, attribution if relay == after_quotes else after_quotes)
            )
            if quote is None and not self._comma_before(doc, sentence, attribution):
                continue
            if quote is None and (
                not self.context.rest_is_adjunct(doc, self.objects.past_addressee(doc, cue, sentence.end), sentence.end)
                or self.context.interjected(doc, sentence, s_start, cue.end)
            ):
                continue
            if quote is not None:
                c_start, c_end = quoted_around(doc, sentence, quote, cue.end)
                kind = "direct"
            else:
                c_start, c_end = up_to(doc, sentence, attribution)
                c_start = self._after_earlier_attribution(doc, c_start, c_end)
                kind = quote_kind(sentence, c_start, c_end)
                if self.lex.leading_words.fullmatch(text[c_start:c_end].strip(" ,") + " "):
                    continue  # "Lebih lanjut, Dhoni mengatakan untuk …": a connective before the speaker, no words
                if self._only_relay_tag(text, c_start, c_end):
                    continue  # "Dilansir detikFinance, … Luky Alfirman menyebut yang naik bukan iurannya, …": where
                    # the words were relayed from, none of them
                if self.roles.role_opening(doc, c_start, c_end):
                    continue  # "Kepala Balai … (BPJN) Aceh, Heri Yugiantoro mengatakan pada ruas …": his role
                if self.objects.adjunct_only(doc, c_start, c_end):
                    if not role:
                        continue  # "In other recent news on South Africa, the Inquisitr reported on …": the scene
                    # what was read as a role set off before the speaker is what was said: "As a woman, Ms. Malik
                    # likely raised less suspicion, Mr. Verdery said"
                    role, (c_start, c_end) = None, up_to(doc, sentence, s_start)
                    kind = quote_kind(sentence, c_start, c_end)
                    if self.objects.adjunct_only(doc, c_start, c_end):
                        continue
                if self._subordinate_only(doc, c_start, c_end):
                    continue  # "As Obama appears set to veto …, Hillary Clinton disagrees with …": a clause of time
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *(role or (0, 0)))
        return None

    def _object_relative_with_subject(self, text: str, s_end: int, cue_start: int) -> bool:
        """Between the speaker phrase and the cue, a comma, an object relative (`[speaker] object_relatives`:
        "which", "whom") and a subject of the clause's own ("Moscow, which U.S. intelligence agencies have | accused
        …")? Then the phrase is the cue's object. Not when only auxiliaries or adverbs follow the relative ("Moscow,
        which has long accused …": the phrase is the subject)."""
        rest = text[s_end:cue_start].lstrip()
        if not rest.startswith(",") or "," in rest[1:]:
            return False  # (a clause a comma closes is set aside: "Ford, which analysts expected to lose money, said")
        words = TOKEN.findall(rest[1:])
        if len(words) < 2 or fold(words[0]) not in self.speakers.object_relatives:
            return False
        return any(
            fold(word) not in self._finite_after_subject
            and fold(word) not in self.context.inner_adverbs
            and not fold(word).endswith("ly")
            for word in words[1:]
        )

    def _relative_after_circumstance(self, text: str, cue: Cue, start: int, end: int) -> bool:
        """Does what follows the cue open with a relative (`[cues] relatives`, `[speaker] place_relatives`) right after
        a circumstance set off by a comma ("responded from the White House, | where he is hosting …", "replied from
        his plane, | which was parked …")? The relative clause tells of the circumstance's noun, not what was said."""
        first = TOKEN.match(text, start, end)
        return (
            first is not None
            and fold(first.group()) in self._relatives_and_places
            and bool(text[cue.end : start].strip())
            and text[cue.end : start].rstrip().endswith(",")
        )

    @cached_property
    def _relatives_and_places(self) -> frozenset[str]:
        return self.relatives | self.speakers.place_relatives

    def _noun_before_its_verb(self, text: str, cue: Cue) -> bool:
        """Is the cue a word that is a plural noun too (`[cues] plural_noun_cues`: "estimates", "reports", "claims"),
        followed right away by an auxiliary, a modal or a verb in the past ("Initial estimates put the total …",
        "The reports were false")? A clause never opens with its verb: the word is the subject, no cue."""
        if fold(cue.text) not in self._plural_noun_cues:
            return False
        following = TOKEN.match(text, cue.end + len(text[cue.end :]) - len(text[cue.end :].lstrip(" \t")))
        return following is not None and fold(following.group()) in self._finite_after_subject

    def _after_preposition_and_demonstrative(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Do a preposition and a demonstrative stand right before the cue ("on that show", "in this report":
        `[claims] prepositions`, `demonstratives` and "that")? After a preposition "that" is no complementizer: the
        cue is a noun it determines."""
        before = text[max(sentence.start, cue.start - 30) : cue.start].split()
        return (
            len(before) >= 2
            and before[-1].islower()
            and before[-2].islower()
            and fold(before[-1]) in self._demonstrative_determiners
            and fold(before[-2]) in self.lex.prepositions
        )

    def _noun_first_after_a_word(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue one far more often a plural noun (`[cues] noun_first_cues`: "states") after a word in lower case
        that cannot speak: no pronoun, no document or medium (`[speaker] documents`, `[cues] media_nouns`), no
        plural of people ("key states", "the states vote", "the changes states made")?"""
        if fold(cue.text) not in self._noun_first_cues:
            return False
        before = text[max(sentence.start, cue.start - 60) : cue.start].split()
        while before and (fold(before[-1]) in self.context.inner_adverbs or fold(before[-1]).endswith("ly")):
            before.pop()  # "The report also states …": the word before the adverbs
        if not before or not before[-1].isalpha():
            return False
        word = fold(before[-1])
        if not before[-1].islower():
            # a capitalised word that names a region by its quarter or a time: "Southeastern states, which …", "the
            # March states account for …" (a name, a body, a person does speak: "Gary Byrne states …")
            return word.endswith(("northern", "southern", "eastern", "western")) or word in self._month_names
        return word not in self._speaking_nouns and not self.speakers.parser.acceptable_token(before[-1])

    @cached_property
    def _month_names(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.numbers("dates", "months"))

    @cached_property
    def _noun_first_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "noun_first_cues"))

    @cached_property
    def _speaking_nouns(self) -> frozenset[str]:
        return frozenset(
            fold(w)
            for w in (
                *self.lex.words_of("speaker", "documents"),
                *self.lex.words_of("cues", "media_nouns"),
                *self.lex.words_of("speaker", "written_pieces"),
                *self.lex.pronouns,
            )
        )

    @cached_property
    def _showing_participles(self) -> frozenset[str]:
        """The participles among the cues of showing (`[cues] showing_cues`: "showing")."""
        cues = self.lex.words_of("cues", "showing_cues")
        return frozenset(fold(w) for w in cues if fold(w).endswith(self.progressive_endings))

    def _clause_between(self, text: str, s_end: int, cue_start: int) -> bool:
        """Does an auxiliary (`[claims] aspect_openers`: "had", "was", "will") stand between the speaker phrase and the
        one comma before the cue, not right after the phrase and before any relative or subordinator ("…, who was at
        the hearing, said" is the relative's; "… have, in fact, praised" the cue's own)? Then the phrase is the subject
        of that clause, and the cue after the comma is another's. Only in a language whose verbs show no prefix."""
        if self.speakers.parser.names.verb_prefixes or not text[s_end:cue_start].rstrip().endswith(","):
            return False
        first_comma = text.find(",", s_end, cue_start)
        if text.rfind(",", s_end, cue_start) != first_comma:
            return False  # ("The Cape Cod Times, quoting an unidentified spokesman …, reported …": set off, no clause)
        for at, word in enumerate(TOKEN.findall(text, s_end, first_comma)):
            folded = fold(word)
            if folded in self.relatives or folded in self.context.clause_openers or folded in self._question_words:
                return False  # ("…, where Rivers was treated, told …": the clause of a place)
            if word.islower() and folded in self.context.auxiliaries:
                return at > 0  # ("U.S. officials have, in fact, praised …": the cue's own auxiliary)
        return False

    @cached_property
    def _question_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("checkworthiness", "questions"))

    def _participle_pointing_back(self, doc: Article, cue: Cue, c_start: int) -> bool:
        """Is the cue a participle in "-ed" that an adverb pointing back in the text follows (`[cues]
        back_references`: "mentioned earlier", "cited above"), and then a preposition, no clause, colon or quotation?
        Then it tells of its noun ("one of the scientists mentioned earlier for his role …"), and no one spoke."""
        text = doc.text
        if not fold(cue.text).endswith(self.past_endings):
            return False
        words = [fold(w) for w in TOKEN.findall(text, cue.end, c_start)]
        if not words or words[0] not in self._back_references:
            return False
        first = TOKEN.search(text, c_start)
        return (
            first is not None
            and fold(first.group()) in self.lex.prepositions  # ("announced earlier this week it would …": a clause)
            and not any(mark in text[cue.end : c_start] for mark in ':"“')
        )

    @cached_property
    def _back_references(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "back_references"))

    def _head_before_participle(self, text: str, clause_start: int, s_start: int) -> tuple[int, int] | None:
        """The noun a participle in "-ing" tells of, when the speaker phrase found at `s_start` is that participle's
        object and the noun opens the clause: "Police investigating the shooting said …", "A lawyer representing the
        family said …", "Analysts tracking the company said …". Only a determiner and modifiers before the noun, the
        participle right after it, and up to four words in lower case between the participle and the phrase (its
        object's determiner and modifiers, "helping to organize the"); None otherwise. English order only."""
        if not self.speakers.parser.head_noun_last:
            return None
        words = list(TOKEN.finditer(text, clause_start, s_start))
        if not words or any(mark in text[clause_start:s_start] for mark in ',;:()"“”—'):
            return None
        endings = self.progressive_endings
        at = next((n for n, w in enumerate(words) if w.group().islower() and w.group().endswith(endings)), None)
        if at is None or at == 0 or len(words) - at - 1 > 4 or len(words[at].group()) <= 4:
            return None
        if not all(w.group().isalpha() and w.group().islower() for w in words[at + 1 :]):
            return None
        if fold(words[at].group()) in self.participles:
            return None  # "Keeps saying she opposed …": a participle of saying, no participle telling of a noun
        following = fold(words[at + 1].group()) if at + 1 < len(words) else ""
        if following and following not in self._premodifiers and following not in self.lex.prepositions:
            return None  # "Sanders' fundraising email to his supporters notes …": a noun's modifier, no participle
        head = words[:at]
        if not all(w.group().isalpha() for w in head) or len(head) > 4:
            return None
        first = 1 if fold(head[0].group()) in self._premodifiers and len(head) > 1 else 0
        if any(
            fold(w.group()) in self.speakers.parser.function_words
            or fold(w.group()) in self.context.auxiliaries
            or fold(w.group()) in self.lex.pronouns
            or (w.group().islower() and fold(w.group()).endswith(self.past_endings))
            for w in head[first:]
        ):
            return None  # ("Jasmine Tridevil has been making the rounds, claiming …": a clause, no noun phrase)
        return head[first].start(), head[-1].end()

    def _attribution_opener(self, text: str, sentence: Sentence, at: int, cue: Cue) -> int | None:
        """Where a word that sets off an attribution after a comma stands right before the speaker at `at` (`[cues]
        attribution_openers`: "…, as the Daily Mail notes"), else None: only before a cue of reporting (`[cues]
        attribution_opener_cues`) that ends the sentence, nothing after it but circumstance with no comma, dash or
        quotation ("…, as the ministry reported on Monday.")."""
        if fold(cue.text) not in self._attribution_opener_cues:
            return None
        rest = text[cue.end : sentence.end]
        if any(mark in rest for mark in ',;:"“”‘’—–(') or " - " in rest:
            return None
        before = text[sentence.start : at].rstrip()
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        if fold(word) not in self._attribution_openers:
            return None
        opener = len(before) - len(word)
        if not text[sentence.start : sentence.start + opener].rstrip().endswith(","):
            return None
        return sentence.start + opener

    @cached_property
    def _attribution_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "attribution_openers"))

    @cached_property
    def _attribution_opener_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "attribution_opener_cues"))

    def _opens_sentence(self, text: str, sentence: Sentence, at: int) -> bool:
        """Does the phrase at `at` open the sentence or a clause a link joins after a comma (`[cues] clause_links`: ",
        and …"), past an opening quotation mark, a determiner and two capitalised words at most ("The video showing
        …", "These photos showing …", "…, and a Facebook group calling for …")?"""
        start = sentence.start
        for mark in re.finditer(r"[,;]\s+(\w+)\s", text[sentence.start : at]):
            if fold(mark.group(1)) in self.opening_links:
                start = sentence.start + mark.end()
        before = text[start:at].strip(" \t\"“‘'").split()
        if before and fold(before[0]) in self._premodifiers:
            before = before[1:]
        return len(before) <= 2 and all(
            word[:1].isupper() and uncontracted(fold(word)) not in self.lex.pronouns for word in before
        )  # (not "He's a puppet saying …": the sentence's subject and verb before the noun)

    @cached_property
    def _demonstrative_determiners(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "demonstratives")) | {"that"}

    @cached_property
    def _plural_noun_cues(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "plural_noun_cues"))

    @cached_property
    def _finite_after_subject(self) -> frozenset[str]:
        """Auxiliaries, modals and verbs in the past, lower case, that follow a subject (`[cues] noun_followers`,
        `[claims] aspect_openers`, `irregular_pasts`)."""
        return self.context.noun_followers | self.context.auxiliaries | self.speakers.finite_pasts

    def _only_relay_tag(self, text: str, start: int, end: int) -> bool:
        """Is doc.text[start:end] only a tag naming where words were relayed from (`[speaker] relays`, `[cues]
        according_to`: "Dilansir detikFinance", "Dikutip dari laman resmi Kemenkeu", "According to Reuters"), with
        at most six words after it and no comma?"""
        piece = text[start:end].strip(" ,")
        found = self._relay_tag.match(piece)
        return found is not None and "," not in piece and len(piece[found.end() :].split()) <= 6

    @cached_property
    def _relay_tag(self) -> re.Pattern[str]:
        tags = [*self.lex.words_of("speaker", "relays"), *self.lex.according_to]
        return re.compile(rf"(?:{phrase_pattern([t for t in tags if t.strip()])})\s", re.IGNORECASE)

    def _manner_after_by(self, text: str, cue: Cue) -> bool:
        """Does a cue ending in an agent's "by" ("cited by", "as reported by") go on with a bare singular noun in lower
        case, no article before it ("by name", "by phone", "by email")? That says how, not who; an agent is a name, a
        noun phrase with its determiner, a plural, or a noun taking a plural verb ("by police": `[cues]
        plural_without_s`)."""
        words = fold(cue.text).split()
        following = text[cue.end : cue.end + 30].split()[:1]
        if not words or words[-1] != "by" or not following:
            return False
        word = following[0].strip(",.;:")
        return word.isalpha() and word.islower() and not word.endswith("s") and fold(word) not in self._agent_openers

    @cached_property
    def _agent_openers(self) -> frozenset[str]:
        return frozenset(
            fold(w)
            for w in (
                *self.lex.words_of("speaker", "determiners"),
                *self.lex.words_of("speaker", "possessive_determiners"),
                *self.lex.words_of("names", "definite_articles"),
                *self.lex.words_of("cues", "plural_without_s"),
                *self.lex.words_of("cues", "pronouns"),
            )
        )

    def _according(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """`Menurut X, …` / `According to X, …` / `…, menurut X.` / `"…," menurutnya.`"""
        text = doc.text
        for cue in cues:
            if cue.kind != "according":
                continue
            if self._manner_after_by(text, cue):
                continue  # "Shirley Sotloff cited by name the leader of …": how she cited, no agent
            pronoun = self.lex.ends_in_pronoun(cue.text)
            head = text[sentence.start : cue.start]
            quote = quote_before(doc, sentence, cue.start)
            if fold(cue.text) in self.citing_verbs and self.speakers.parser.is_person_name(head.strip()):
                continue  # "Dian mengutip data BPS, soal …": Dian cites, the subject of a verb of citing
            if (
                not head.strip()
                or self.lex.leading_words.fullmatch(head.strip().rstrip(",") + " ")
                or len(TOKEN.findall(head)) <= 2
            ):
                # Menurut X, content.
                s_start, s_end = (
                    (cue.start, cue.end) if pronoun else self.speakers.source_after(doc, cue.end, sentence.end)
                )
                named = None if pronoun else self.speakers.apposed_name(doc, s_start, s_end, sentence.end)
                role = (0, 0)
                if named is not None and text[named[1] : sentence.end].lstrip().startswith(","):
                    # "Menurut Kepala Dinas X, Muksin, …": the name set off after the role speaks ("Menurut jaksa,
                    # Sri saat itu menagih …": no comma closes "Sri", who is what was said about)
                    role, (s_start, s_end) = (s_start, self.speakers.role_goes_on(doc, s_end, sentence.end)), named
                comma = text.find(",", s_end, sentence.end)
                if comma < 0 or s_end <= s_start:
                    continue
                first = TOKEN.search(text, s_start, s_end)
                if not pronoun and first is not None and first.end() < s_end and fold(first.group()) in self.personal:
                    continue  # "Ini sebetulnya menurut saya ya sangat kejam, …": a pronoun, then words of what is said
                if not pronoun and not self.speakers.names_a_source(doc, s_start, s_end):
                    continue  # "Menurut rencana, …" (as planned) names no one
                s_end = self._spelt_out_to(doc, s_start, s_end, comma)  # "… Observatory for Human Rights (SOHR)"
                between = text[s_end:comma].strip()
                if between and not _GLOSS.fullmatch(between) and not self.context.rest_is_adjunct(doc, s_end, comma):
                    continue  # (the source's acronym in brackets may come first: "According to … Service (AENS), …")
                comma = self.speakers.past_apposition(doc, comma, sentence.end)
                c_start, c_end = trimmed(doc, comma + 1, sentence.end)
                kind = quote_kind(sentence, c_start, c_end)
                block = self._introduced(doc, sentence, comma + 1) if kind != "direct" else (0, 0)
                if block[1] > block[0]:
                    (c_start, c_end), kind = block, "direct"  # "According to X, the story is as follows:\n\n…"
                    piece = self._piece_reading(doc, comma + 1, sentence.end)
                    if piece is not None:
                        # "According to CNN, the email reads:\n\n…": the email's own words, which CNN only reported
                        return Frame(sentence, cue, *piece, c_start, c_end, kind)
                elif self._opens_own_attribution(doc, sentence, c_start, c_end):
                    continue  # "According to The Mirror, a hospital spokesman said: …": the spokesman said it
                if enough(doc, c_start, c_end):
                    return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *role)
                continue
            elif quote is not None or head.rstrip().endswith(","):
                # content, menurut X.   "…," menurutnya.
                s_start, s_end = (
                    (cue.start, cue.end) if pronoun else self.speakers.source_after(doc, cue.end, sentence.end)
                )
                if s_end <= s_start:
                    continue
                if quote is not None:
                    c_start, c_end = quoted(doc, sentence, quote)
                    kind = "direct"
                else:
                    if not (
                        self.context.rest_is_adjunct(doc, s_end, sentence.end)
                        or self._described_to_end(doc, s_end, sentence.end)
                    ):
                        continue
                    if self._relative_before(doc, sentence, cue.start):
                        continue  # "… di Houston, tempat hampir seperempat populasinya adalah imigran, menurut X.":
                        # the source is the relative clause's, not the sentence's (a banner's words before it)
                    if self._quote_with_own_clause(doc, sentence, cue.start):
                        continue
                    c_start, c_end = up_to(doc, sentence, cue.start)
                    kind = quote_kind(sentence, c_start, c_end)
            else:
                continue
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind)
        return None

    def _described_to_end(self, doc: Article, source_end: int, end: int) -> bool:
        """Is all after the source a description of it set off by a comma, with no verb of its own ("…, menurut
        Climate Action Tracker, sebuah proyek ilmiah independen yang memantau …", "…, according to Jane Doe, a
        spokeswoman for the company.")?"""
        rest = doc.text[source_end:end]
        if not rest.lstrip().startswith(","):
            return False
        return self.inserted.described_after(doc, source_end + rest.index(","), end)

    def _quote_with_own_clause(self, doc: Article, sentence: Sentence, position: int) -> bool:
        """Does the sentence open with a quotation followed by a clause of its own before the source's tag at
        `position`? '"…," demikian bunyi pesan dari Departemen Komunikasi BI pada Senin, dikutip dari laman
        Kementerian …': the clause after the quotation says whose words they are (here in a shape no cue reads), and
        the tag only names where they were read; the tag's source is no speaker of them."""
        text = doc.text
        for quote in sentence.quotes:
            if text[sentence.start : quote.start].strip() or quote.end >= position:
                continue
            between = text[quote.end : position].strip(" ,")
            if between and not self.context.rest_is_adjunct(doc, quote.end, position):
                return True
        return False

    def _spelt_out_to(self, doc: Article, start: int, end: int, limit: int) -> int:
        """Where a source's name ends when the bracketed acronym after it spells it with what the speaker phrase left
        off, connectors and articles inside ("According to the Syrian Observatory | for Human Rights (SOHR), …":
        S-O-H-R, `[speaker] name_connectors`): the end of the name, before the bracket; else `end`."""
        bracket = _ACRONYM_BRACKET.search(doc.text, end, limit)
        if bracket is None:
            return end
        words = doc.text[start : bracket.start()].split()
        if words and fold(words[0]) in self.speakers.parser.definite:
            words = words[1:]
        if not self.speakers.parser.spells(words, bracket.group(1)):
            return end
        return doc.text.rindex(words[-1], start, bracket.start()) + len(words[-1])

    def _piece_reading(self, doc: Article, start: int, end: int) -> tuple[int, int] | None:
        """The span of a written piece that is the subject of the clause before a colon ("the email reads:", "the
        letter said:": a determiner, one of `[speaker] written_pieces` or `documents`, then one verb in lower case),
        whose words the colon introduces; None otherwise."""
        head = doc.text[start:end].rstrip()
        if not head.endswith(":"):
            return None
        words = list(TOKEN.finditer(doc.text, start, start + len(head) - 1))
        if (
            len(words) != 3
            or fold(words[0].group()) not in self.determiners
            or fold(words[1].group()) not in self._pieces
            or not words[2].group().islower()
        ):
            return None
        return words[0].start(), words[1].end()

    @cached_property
    def _pieces(self) -> frozenset[str]:
        lex = self.lex
        return frozenset(
            fold(w) for w in (*lex.words_of("speaker", "written_pieces"), *lex.words_of("speaker", "documents"))
        )

    def _quotation_attributed_after(self, doc: Article, sentence: Sentence, cue: Cue, start: int) -> bool:
        """Does what follows the cue open with a quotation that a cue right after its closing mark attributes ("…
        Moscow strongly denies — “why wouldn't you want to raise the potential?” asked Dunn")? Those are the later
        speaker's words, not this cue's content. Only a cue that goes before its speaker (`[cues] post`: "asked
        Dunn", "said Smith"), not one that goes on with the first speaker ("said 'I don't like it,' adding that …")."""
        quote = next(
            (q for q in sentence.quotes if q.closed and q.start >= start and not doc.text[start : q.start].strip()),
            None,
        )
        if quote is None:
            return False
        after = (
            quote.end + len(doc.text[quote.end : sentence.end]) - len(doc.text[quote.end : sentence.end].lstrip(" ,"))
        )
        if "\n" in doc.text[start:after]:
            return False  # (a quotation that seems to run on into the next paragraph is a mark misread)
        return any(
            other.start == after
            and other.start != cue.start
            and self.cues.inverts(other)
            and _SPEAKER_OPENING.match(doc.text, other.end) is not None  # "asked Dunn", not "told him"
            for other in doc.cues_in(after, after + 40)
        )

    def _opens_own_attribution(self, doc: Article, sentence: Sentence, start: int, end: int) -> bool:
        """Does what follows "According to X," open with an attribution of its own, its speaker first ("According to
        The Mirror, a hospital spokesman said: …", "Menurut polisi, saksi mengatakan …")? Then that speaker said it
        and X only relayed it: the inner attribution is the statement, as a relay before "menurut" leaves it."""
        for cue in doc.cues_in(start, end):
            if cue.kind in ("according", "circulating") or sentence.in_quote(cue.start):
                continue
            if fold(cue.text) not in self.relayed_speech:
                return False  # "According to their friends, the Clintons have worried …": the friends say so
            inner = self._leading(doc, sentence, [cue])
            if inner is None or inner.speaker_end <= inner.speaker_start or inner.speaker_start < start:
                return False
            before = [fold(word) for word in TOKEN.findall(doc.text, start, inner.speaker_start)]
            spoken = [fold(word) for word in TOKEN.findall(doc.text, inner.speaker_start, inner.speaker_end)]
            # someone who speaks, not a document ("Menurut Yusril, putusan MK menyatakan …": Yusril reads the ruling)
            parsed = self.speakers.parser.parse(doc.text[inner.speaker_start : inner.speaker_end])
            speaks = parsed.kind == "person" or (parsed.kind == "organization" and not parsed.role)
            # the speaker first, one of them ("Mrs. Clinton and former President Bill Clinton …" is two)
            return (
                speaks
                and all(word in self.determiners for word in before)
                and not any(word in self.conjunctions for word in spoken)
            )
        return False

    def _relative_before(self, doc: Article, sentence: Sentence, at: int) -> bool:
        """Does a relative clause set off by a comma run up to `at` after a quotation ('"…," demikian bunyi salah satu
        spanduk di Houston, tempat hampir seperempat populasinya adalah imigran, menurut …'; `[cues] relatives`,
        `place_relatives`)? What a trailing source stands for is then that clause, not the quoted words."""
        text = doc.text
        comma = text.rfind(",", sentence.start, max(sentence.start, text.rfind(",", sentence.start, at)))
        if comma < 0 or any(quote.start <= comma < quote.end for quote in sentence.quotes):
            return False
        words = [fold(word) for word in TOKEN.findall(text, comma + 1, at)[:2]]
        relative = bool(words) and (words[0] in self.relative_openers or " ".join(words) in self.relative_openers)
        # only after a quotation the sentence opens with, whose words are the sentence's main content: a source after
        # "X happened, which …, according to Y" stands for all of it
        return relative and any(sentence.start <= quote.start and quote.end <= comma for quote in sentence.quotes)

    def _fronted_clause_end(self, doc: Article, sentence: Sentence, s_start: int, c_start: int, c_end: int) -> int:
        """Where what was said ends when the speaker is inside a clause that a subordinator opens at the head of the
        sentence (`[cues] subordinators`): at the comma that closes that clause, before the main clause ("Though
        Trump has publicly said he has not yet made up his mind, Axios reports …", "While Smith said the bill would
        pass, Jones said …"). A comma inside a quotation closes nothing, but one right before its closing mark closes
        both ("… was ''ready to lead the company into the future,'' the bank's critics focused …")."""
        text = doc.text
        if not self._in_fronted_clause(doc, sentence, s_start):
            return c_end
        for comma in re.finditer(",", text[c_start:c_end]):
            at = c_start + comma.start()
            inside = [quote for quote in sentence.quotes if quote.start <= at < quote.end]
            if not inside:
                return at if enough(doc, c_start, at) else c_end
            closing = inside[0].end
            if closing < c_end and not text[at + 1 : closing].strip("\"”’'"):
                # "While the board emphasized that Mr. Sloan was ''ready to lead …,'' the bank's critics focused …":
                # the quotation ends with the clause, its comma inside the marks
                return closing if enough(doc, c_start, closing) else c_end
        return c_end

    def _fronted_phrase_end(self, doc: Article, sentence: Sentence, s_start: int, c_start: int, c_end: int) -> int:
        """Where what was said ends when the speaker is inside a phrase a preposition opens at the head of the sentence
        (`[cues] circumstance_prepositions`), no comma before it: at the comma after which a capitalised word opens
        the main clause ("In a memo explaining to Trump why he thought Comey should be fired, Rosenstein, who …,
        pointed to …"; or a subject pronoun: "During the meeting wherein the Washington Post asserted that P, it was
        actually the Russians who …"; not "…, which …", nor a comma inside a quotation)."""
        text = doc.text
        opening = text[sentence.start : s_start]
        words = TOKEN.findall(opening)[:2]
        if (
            len(words) < 2
            or fold(words[0]) not in self.fronted_prepositions
            or fold(words[1]) not in self.determiners  # ("At least one Marine telling Fox News, …": a quantity)
            or "," in opening
        ):
            return c_end
        for comma in re.finditer(",", text[c_start:c_end]):
            at = c_start + comma.start()
            if any(quote.start <= at < quote.end for quote in sentence.quotes):
                continue
            following = TOKEN.search(text, at + 1, c_end)
            if following is None:
                break
            word = following.group()
            if fold(word) in self.subject_pronouns and word != "I" and enough(doc, c_start, at):
                return at  # "During the meeting wherein the Post asserted that P, it was actually …": its subject
            if (
                word[:1].isupper()
                and word != "I"
                and fold(word) not in self.opening_links
                and not word.endswith(POSSESSIVE_ENDINGS)
                and not text.startswith(POSSESSIVE_ENDINGS, following.end())
                and enough(doc, c_start, at)
            ):
                return at  # (not "the nuptials, Manson’s third, was postponed": a possessive sets off an apposition)
        return c_end

    def _relative_clause_end(
        self, doc: Article, sentence: Sentence, s_start: int, cue_start: int, c_start: int, c_end: int
    ) -> int:
        """Where what was said ends when the cue is in a relative clause set off after the speaker who opens the
        sentence ("Smith, who said the tax cuts would pay for themselves, voted against the bill", "Budi, yang
        mengatakan harga beras naik, menolak …"): at the comma after which the sentence's own predicate comes (an
        auxiliary, `[claims] aspect_openers`, or a verb by its form). A clause set off inside what was said (", which
        …,") is passed over whole; a comma inside a quotation closes nothing."""
        text = doc.text
        lead = TOKEN.findall(text, sentence.start, s_start)
        if len(lead) == 1 and fold(lead[0]) in self.opening_links and fold(lead[0]) not in self.fronted:
            lead = []  # "But Kim Jong Il, the second-generation leader who ruled …, appeared to …": a link word first
        before = text[sentence.start : s_start]
        if lead and fold(lead[-1]) in self.speakers.possessive_relatives and before.count(",") == 1:
            lead = []  # "Al-Nusra Front, whose leader pledged allegiance to …, has been …": the subject, then the
            # speaker inside its possessive relative (`[speaker] possessive_relatives`)
        if lead or not (
            self.speakers.relative_before(doc, sentence, cue_start) or self._apposed_relative(doc, sentence, cue_start)
        ):
            return c_end
        inner = False
        for comma in re.finditer(",", text[c_start:c_end]):
            at = c_start + comma.start()
            if any(quote.start <= at < quote.end for quote in sentence.quotes):
                continue
            if inner:
                inner = False  # the comma that closes a clause set off inside what was said
                continue
            following = TOKEN.search(text, at + 1, c_end)
            word = following.group() if following else ""
            if fold(word) in self.relatives:
                inner = True
                continue
            if word[:1].islower() and self._predicate_word(word) and enough(doc, c_start, at):
                return at
        return c_end

    def _apposed_relative(self, doc: Article, sentence: Sentence, cue_start: int) -> bool:
        """Does a description set off by a comma end in a relative pronoun right before the cue ("Kim Jong Il, the
        second-generation leader who ruled …")? The relative clause goes on the description, set off as a whole."""
        comma = doc.text.rfind(",", sentence.start, cue_start)
        words = TOKEN.findall(doc.text, comma + 1, cue_start) if comma >= 0 else []
        return (
            len(words) > 1
            and fold(words[0]) in self.determiners
            and fold(words[-1]) in self.relatives
            and not any(fold(word) in self.relatives for word in words[:-1])
        )

    def _subject_relative_between(self, doc: Article, start: int, end: int) -> bool:
        """Does a relative clause open between the first cue and a verb joined to it by "and" ("… about a male
        colleague who pinched her waist | and told her …")? Then the joined verb is that clause's, its subject the noun
        the relative follows, never the first speaker. A personal relative outside quotation marks that no comma
        closes before the link (the caller asks only of "and" with no comma: "…, and called for …" and "… those who
        left but said …" are the first speaker's again); English order only (`[cues] person_relatives`)."""
        if not self.speakers.parser.head_noun_last:
            return False
        text = doc.text
        for match in TOKEN.finditer(text, start, end):
            if match.group().casefold() not in self.speakers.person_relatives or opened_quotation(
                text, start, match.start()
            ):
                continue
            if "," not in text[match.end() : end].rstrip(" ,"):
                return True  # (one a comma closes is set aside: "… praised Dan Lee, who drafted it, and told …")
        return False

    def _relative_cue_between(self, doc: Article, start: int, end: int) -> bool:
        """Does a cue stand between `start` and `end` inside a relative clause with a subject of its own, after a noun
        with its article ("a charge that Colorado Republican leaders strongly denied")? English order only."""
        if not self.speakers.parser.head_noun_last:
            return False
        text = doc.text
        for inner in doc.cues_in(start, end):
            lead = TOKEN.findall(text, max(start, inner.start - 80), inner.start)
            at = max((k for k, word in enumerate(lead) if fold(word) in self.object_relative_words), default=-1)
            if at < len(lead) - 1 and lead[at + 1][:1].isupper() and self._relative_after_noun(lead, at):
                return True
        return False

    def _relative_after_noun(self, words: list[str], at: int) -> bool:
        """Does the relative word at words[at] follow a noun in lower case with its article among the two words before
        it ("a charge that …", "The plan that …")?"""
        return (
            at >= 1
            and fold(words[at]) in self.object_relative_words
            and words[at - 1].islower()
            and any(fold(word) in self.speakers.parser.determiner_words for word in words[max(0, at - 3) : at - 1])
        )

    def _object_relative_before(self, text: str, clause_start: int, s_start: int, cue_end: int, end: int) -> bool:
        """Does the speaker open a relative clause whose pronoun is the cue's object, after a noun with its article
        ("The plan that Obama announced Wednesday includes …", "the claims which Smith made were …"), the sentence's
        own predicate following the cue? Then the noun is what was said of, and the words after the cue no one's.
        (An appositive clause, "the claim that Trump said Mexico pays", goes on with a subject of its own.) Where the
        head noun comes last only."""
        if not self.speakers.parser.head_noun_last:
            return False
        lead = TOKEN.findall(text, clause_start, s_start)
        if len(lead) < 3 or not self._relative_after_noun(lead, len(lead) - 1):
            return False
        # right after the cue (the gap is its object), past a day's name: "announced Wednesday includes …"
        verb = next((word for word in TOKEN.findall(text, cue_end, end)[:3] if not word[:1].isupper()), "")
        return (
            verb.islower()
            and fold(verb) not in self.speakers.parser.names.function_words
            and (fold(verb) in self.aspect_openers or len(verb) > 3 and verb.endswith("s"))
        )

    def _predicate_word(self, word: str) -> bool:
        """Could a lower-case word be a clause's predicate: an auxiliary (`[claims] aspect_openers`), a verb of saying
        (`[cues] post`), a verb by its prefix (a language whose verbs show one; no root word) or by a past ending
        ("voted")?"""
        folded = fold(word)
        if folded in self.aspect_openers or folded in self.cues.post_set:
            return True  # (a verb of saying: "Khoza, who asked not to be photographed, said he …")
        names = self.speakers.parser.names
        if names.verb_prefixes:
            return folded.startswith(names.verb_prefixes) and folded not in names.roots and len(folded) > 4
        return len(folded) > 4 and folded.endswith(self.past_endings)

    def _in_fronted_clause(self, doc: Article, sentence: Sentence, s_start: int) -> bool:
        """Does a subordinator open the sentence (after a conjunction, perhaps: "But after …"), with no comma
        between it and the speaker at `s_start`?"""
        opening = doc.text[sentence.start : s_start]
        words = [fold(word) for word in TOKEN.findall(opening)[:2]]
        if words and words[0] in self.opening_links and words[0] not in self.fronted:
            words = words[1:]  # "But after RadarOnline.com revealed …, another co-star … is speaking out"
        return bool(words) and words[0] in self.fronted and "," not in opening

    def _introduced(self, doc: Article, sentence: Sentence, start: int, cue: Cue | None = None) -> tuple[int, int]:
        """The paragraph after the sentence when the sentence ends in a colon after words from `start` that only
        place or name what was said, or say whom a leading `cue` told ("told reporters on Tuesday:"); else an empty
        span."""
        head = doc.text[start : sentence.end].rstrip()
        if not head.endswith(":"):
            return sentence.end, sentence.end
        colon = start + len(head) - 1
        if not (
            self.objects.introduces(doc, start, colon)
            or (cue is not None and self.objects.only_addressee(doc, cue, start, colon))
        ):
            return sentence.end, sentence.end
        embedded = cue is not None and fold(cue.text) in self.embedding  # "tweeted …:": the post is not in the text
        block = introduced_paragraph(doc, sentence.end, quoted_only=embedded)
        if self.objects.holds_attribution(doc, past_blanks(doc.text, sentence.end), block[1]):
            return sentence.end, sentence.end  # "Pando writes:\n\nAccording to a single well-placed source …"
        return block

    def _told_before_a_quotation(self, doc: Article, sentence: Sentence, cue: Cue) -> tuple[int, int]:
        """A cue of telling that took only whom and what about ("Jasica told the Daily Mail about the experience."),
        right before a paragraph of quotation with no attribution of its own: what was told is that quotation. An
        empty span otherwise."""
        text = doc.text
        if fold(cue.text.split()[0]) not in self.after_cue.telling or not text[
            sentence.start : sentence.end
        ].rstrip().endswith("."):
            return sentence.end, sentence.end
        block = carried_quotation(doc, sentence.end)
        paragraph_end = text.find("\n", block[1])  # (the paragraph the quotation ends in)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        if block[1] <= block[0] or self.objects.holds_attribution(doc, past_blanks(text, sentence.end), paragraph_end):
            return sentence.end, sentence.end  # ('… about the experience.\n\n"I can't remember much," she said.')
        return block

    def _opening_pronoun(self, doc: Article, sentence: Sentence, before: int) -> tuple[int, int] | None:
        """The span of a third-person pronoun that opens the sentence as its subject ("He starts …"), if one does
        before `before`."""
        text = doc.text
        start = sentence.start + len(text[sentence.start : before]) - len(text[sentence.start : before].lstrip())
        words = text[start:before].split()
        if len(words) < 2 or fold(words[0]) not in self.third_person or not words[1][:1].islower():
            return None
        return start, start + len(words[0])

    def _second_verb(self, text: str, clause_start: int, start: int) -> bool:
        """In a language whose verbs show their form, may a cue after a comma be the sentence's second verb, the name
        before the comma an object's ("Trump merespons pengumuman Musk, menyebut …")? Not after a cue set inside the
        sentence ("Penyidik, terang Bhakti, mengatakan …") nor after a word that names ("inisial S, mengatakan").
        """
        names = self.speakers.parser.names
        if not names.verb_prefixes:
            return False
        before = text[clause_start:start].split()
        word = fold(before[-1]) if before else ""
        return word not in names.cue_words and word not in names.naming

    def _opening_subject(self, doc: Article, sentence: Sentence, before: int) -> tuple[int, int] | None:
        """The span of the sentence's subject when a name or a third-person pronoun opens it, perhaps after a phrase
        set off by a comma ("For her part, Hillary Clinton sought …", "On Monday, he told …"), and a word in lower case
        follows it, its verb; None otherwise. Only before `before`."""
        text = doc.text
        start = sentence.start + len(text[sentence.start : before]) - len(text[sentence.start : before].lstrip())
        if text[start : start + 1] in "\"“‘'(":
            return None  # (a quotation opens it: the sentence is someone's words)
        found = self._subject_opening.match(text, start, before)
        if found is None:
            return None
        s_start, s_end = found.span("subject")
        phrase = text[s_start:s_end]
        if fold(phrase) in self.third_person:
            return s_start, s_end
        words = phrase.split()
        parser = self.speakers.parser
        rest = text[s_end:before].split()
        following = fold(rest[0]) if rest else ""
        if (
            not phrase[:1].isupper()
            or phrase.endswith(POSSESSIVE_ENDINGS)  # "Ryan’s", "It’s": a possessive or a contraction, no subject
            or fold(words[-1]) in parser.role_words  # "Secretary" (of State …): a title, the name still to come
            or fold(words[-1]) in parser.lex.person_titles
            or following in self._inner_words  # "Secretary of State John Kerry": the run goes on past "of"
            or len(words) == 1
            and words[0] not in capitalised_inside(text)  # "Both", "Many", "Guidelines"
            or parser.parse(phrase).kind not in ("person", "organization")
            or not self.speakers.valid(doc, s_start, s_end)
        ):
            return None
        return s_start, s_end

    @cached_property
    def _inner_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("organizations", "inner_words"))

    @cached_property
    def _subject_opening(self) -> re.Pattern[str]:
        """A sentence's opening: a phrase set off by a comma perhaps (up to twelve words, and up to two short ones
        set off after it, a place or a time: "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried …",
        "Speaking at a town hall event in Salem, New Hampshire, Trump went after …"), then its subject (capitalised
        words, or one word) and a word in lower case."""
        return re.compile(
            r"(?:[A-Z]?[\w'’]+(?:[ \t]+[\w'’.]+){0,11},(?:[ \t]+[\w'’.]+(?:[ \t]+[\w'’.]+){0,2},){0,2}[ \t]+)?"
            r"(?P<subject>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}|[a-z]+)(?=[ \t]+[a-z])"
        )

    def _after_conjunction(self, text: str, start: int, at: int) -> bool:
        """Is the word right before `at` (after `start`) a conjunction (`[speaker] conjunctions`: "… and said")?"""
        words = text[start:at].split()
        return bool(words) and fold(words[-1]) in self.conjunctions

    def _leading(
        self,
        doc: Article,
        sentence: Sentence,
        cues: list[Cue],
        dropped: list[tuple[int, int, int]] | None = None,
        every: list[Cue] | None = None,
    ) -> Frame | None:
        """Speaker, cue, then content: `X mengatakan (bahwa) …`, `X said (that) …`, `X membantah …`. `dropped` keeps,
        for the sentence, the subject of the last cue that said nothing ("the victim felt a need to explain …") and that
        cue's start, which a participle of saying set off after it goes on with, or a cue after a conjunction with no
        cue of `every` (the sentence's cues) between."""
        text = doc.text
        dropped = [] if dropped is None else dropped
        for cue in cues:
            if (
                cue.kind in ("according", "circulating")
                or cue.pronoun_suffix
                or (cue.kind == "post" and self.post_only)
            ):
                continue
            if self.agent_after.match(text, cue.end):
                continue  # passive: who did it comes after ("… was first revealed by the Washington Post")
            if self._noun_before_its_verb(text, cue):
                continue  # "Initial estimates put the total …": a plural noun, the subject of the verb after it
            if self._after_preposition_and_demonstrative(text, sentence, cue):
                continue  # "Everyone on that show treated me …": the cue is a noun, "that" its determiner
            if self._noun_first_after_a_word(text, sentence, cue):
                continue  # "voters in key states decided …": the noun, not "X states that …"
            clause_start = self.context.speaker_clause_start(doc, sentence, cue)
            s_start, s_end = self.speakers.before(doc, clause_start, cue.start)
            issued = (
                self.issued_piece.search(text, clause_start, cue.start)
                if self.issued_piece is not None and fold(cue.text) in self.participles
                else None
            )
            subject_opens = False  # the speaker is the sentence's subject, found past the clause before the cue
            carried = False  # the subject of a cue before that said nothing (`dropped`)
            if issued is not None and s_end <= s_start and issued.start() > clause_start:
                s_start, s_end = self.speakers.before(doc, clause_start, issued.start())
            elif (
                issued is not None
                and s_end > issued.start() > clause_start
                and (issuer := self._issuer(doc, clause_start, issued.start())) is not None
            ):
                s_start, s_end = issuer  # the piece was read as the speaker, or in it: "The Trump campaign sent a
                # fundraising email on Friday morning saying …", "The ministry issued statements saying …"
            elif (
                issued is not None
                and s_start <= issued.start() < s_end
                and all(fold(w) in self.context.inner_adverbs for w in text[s_start : issued.start()].split())
            ):
                s_start = s_end = issued.start()  # the verb and the piece, its issuer not read ("… both issued
                # statements saying …" was said by "issued statements"): no one named (the piece alone, "open letter"
                # after "issued an", keeps its words)
            elif (
                s_end <= s_start
                and fold(cue.text) in self.participles
                and text[clause_start : cue.start].rstrip().endswith(",")
                and (subject := self._opening_subject(doc, sentence, cue.start)) is not None
            ):
                s_start, s_end = subject  # "Smith met with the board of directors, saying …": no phrase before the
                # comma speaks, the sentence's subject does
                subject_opens = True
            elif (
                s_end <= s_start
                and dropped
                and fold(cue.text) in self.participles
                and text[clause_start : cue.start].rstrip().endswith(",")
            ):
                # "the victim felt a need to explain why …, telling news outlets that …": the subject of the cue
                # before, which said nothing, goes on with the participle
                s_start, s_end, _ = dropped[-1]
                subject_opens = carried = True
            elif (
                s_end <= s_start
                and dropped
                and self._after_conjunction(text, sentence.start, cue.start)
                and sum(dropped[-1][2] <= other.start < cue.start for other in every or cues) == 1  # (its own only)
            ):
                # "Fields later tweeted a photograph of her bruised forearm and said she had been yanked backward":
                # the subject of the cue before, which said nothing, goes on after "and"
                s_start, s_end, _ = dropped[-1]
                subject_opens = carried = True
            if (text[s_start:s_end].split() or [""])[0].casefold() in self.governing and text[
                s_end : s_end + 2
            ].lstrip().startswith(","):
                continue  # "Bagi Ali Sastroamidjojo, keputusan itu … memastikan …": a preposition's object set off, no
                # subject ("Outside experts say …" is one)
            if (
                s_end > s_start
                and fold(cue.text) not in self.participles
                and text[s_end : cue.start].strip().startswith(",")
                and all(fold(word) in self.context.auxiliaries for word in text[s_end : cue.start].split()[1:])
                and self._object_before(text, clause_start, s_start)
            ):
                # "A source familiar with the matter, has told Benzinga that …": a stray comma before the verb; the
                # phrase the object ends speaks, not the object ("the matter")
                whole = self.speakers.before(doc, clause_start, text.index(",", s_end))
                if whole[0] < s_start and whole[1] == s_end:
                    s_start = whole[0]
            elif (
                s_end > s_start
                and text[s_end : cue.start].lstrip().startswith(",")
                and self._object_before(text, clause_start, s_start)
            ):
                # "Meanwhile, in the United States, both presidential candidates have opposed …": the phrase was a
                # fronted preposition's object; the subject after the comma, right before the cue, speaks
                after_comma = text.index(",", s_end) + 1
                inner = self.speakers.before(doc, after_comma, cue.start)
                if (
                    inner[1] > inner[0]
                    and not text[after_comma : inner[0]].strip()  # (the subject opens right after the comma)
                    and self.speakers.valid(doc, *inner)
                    and all(fold(word) in self.context.auxiliaries for word in text[inner[1] : cue.start].split())
                ):
                    s_start, s_end = inner
            if s_end > s_start and not subject_opens:
                head = self._head_before_participle(text, clause_start, s_start)
                if head is not None:
                    s_start, s_end = head  # "Police investigating the shooting said …": the police, not the shooting
            between = text[s_end : cue.start].split()
            noun_before = (text[max(sentence.start, s_start - 20) : s_start].split() or [""])[-1]
            if (
                self.intention_nouns
                & {
                    fold(noun_before) if noun_before.isalpha() else "",  # (not "Under the plan, China …")
                    fold((text[s_start:s_end].split() or [""])[0]),
                }
            ):
                continue  # "Rencana TNI melaporkan Ferry Irwandi pun menuai …": what was planned, nothing said
            if (
                fold(cue.text) in self.participles
                and 1 <= len(between) <= 2
                and fold(between[0]) in self.fronted
                and all(fold(word) in self.context.inner_adverbs for word in between[1:])
            ):
                continue  # "… as intolerant as his father King Abdullah after suggesting …", "… to rival top dog Xiaomi
                # while still maintaining …": the participle's subject is the main clause's, not the name before
            if (
                between
                and fold(between[0]) in self.means
                and (len(between) == 1 or fold(between[1]).startswith(self.active_prefixes))
            ):
                # "… Zero Tolerance on Bribery dengan memastikan … dan memastikan …": how the clause's subject acts, no
                # words of the noun before the preposition ("Budi dengan tegas mengatakan": a manner, and Budi's)
                continue
            if (
                len(between) > 2
                and between[0] == ","
                and fold(between[1]) in self.aside_openers
                and "," not in text[s_end : cue.start].strip()[1:]
            ):
                continue  # "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get …": the
                # cue is inside an aside set off after the phrase, whose subject is no speaker here; never the phrase
            if (
                fold(cue.text) in self.participles
                and len(between) > 2
                and between[0] == ","
                and fold(between[1]) in self.absolute_openers
            ):
                continue  # "… shrugged off the decision, with three in 10 saying …": the participle's subject is the
                # phrase after "with", which is no speaker here; never the noun before the comma
            if fold(cue.text) in self.participles and len(between) == 1 and fold(between[0]) in self.by_participle:
                # "… contradicted his own spokesman by saying …": the main clause's subject said it, never the noun
                # right before the preposition; taken when the sentence opens with it as a pronoun ("He starts the
                # report by saying: …"), else left unsaid
                opening = self._opening_pronoun(doc, sentence, cue.start)
                if opening is None:
                    continue
                s_start, s_end = opening
            if (
                (fold(cue.text) in self.participles or fold(cue.text) in self._showing_participles)
                and s_end > s_start
                and self._opens_sentence(text, sentence, s_start)
                and not text[s_end : cue.start].strip()
                and not self.context.complementizer_word.match(text[cue.end : cue.end + 12].lstrip())
            ):
                continue  # "The NHL adding more than two fits historically.", "The video showing the beheading of …
                # appears to be authentic, U.S. officials said": a gerund's subject, or a participle telling of the noun
                # opening the sentence, whose verb comes after; not someone adding words, nor the video telling (a
                # participle of saying goes on a clause before it, after a comma; "A viral post claiming that …" names
                # what the post claimed)
            if (
                fold(cue.text) in self.participles
                and not subject_opens
                and text[clause_start : cue.start].rstrip().endswith(",")
                and self._object_apposed(text, clause_start, s_start)
            ):
                continue  # "… issued a plea to the leader of ISIS, Abu Bakr al-Baghdadi, asking him to spare her son":
                # a participle set off by a comma goes with the clause's subject, not a name apposed to its object
            if self._apposed_to_object(text, clause_start, s_start, s_end, cue.start):
                continue  # "… but searches on Google and the reverse image search engine, Tineye.com, show that …":
                # the name explains the preposition's object; the subject is the noun before it
            if (
                (fold(cue.text) in self.participles or self._second_verb(text, clause_start, s_start))
                and (
                    self._comma_then_cue(doc, s_end, cue.start)
                    or fold(cue.text) in self.participles
                    and self._infinitive_then_comma(text, s_end, cue.start)
                )
                and self._object_before(text, clause_start, s_start)
            ):
                # "Fiorina moved around the table, asking the directors …": nor with a preposition's object; the
                # sentence's own subject, a name or a pronoun opening it before its verb, speaks ("For her part,
                # Hillary Clinton sought to make a broader indictment against Trump, saying his comments …"; in a
                # language whose verbs show their form, a second verb after a comma: "Trump merespons pengumuman
                # Musk, menyebut …")
                subject = self._opening_subject(doc, sentence, s_start)
                if subject is None and dropped and fold(cue.text) in self.participles:
                    # "the victim felt a need to explain why he had the song as a ringtone, telling …": the subject of
                    # the cue before that said nothing
                    subject, carried = dropped[-1][:2], True
                if subject is None:
                    continue
                s_start, s_end = subject
            if (
                fold(cue.text) in self.participles
                and between
                and fold(between[-1]) in self.conjunctions
                and self._object_before(text, clause_start, s_start)
            ):
                continue  # "… an emotional speech blaming Clinton for her son's death and accusing her of lying …":
                # a participle joined to another goes with that one's subject, never the other's object
            if self._object_relative_before(text, clause_start, s_start, cue.end, sentence.end):
                continue  # "The plan that Obama announced Wednesday includes …": the plan is what he announced
            if (
                not self.speakers.valid(doc, s_start, s_end)
                or self.context.irrealis_before(text, sentence.start, s_start)
                or self.negative_before.search(text, max(sentence.start, s_start - 30), s_start)
                or self.term_before is not None
                and self.term_before.search(text, max(sentence.start, s_start - 30), s_start)
                or self.verb_before is not None
                and text[s_start : s_start + 1].islower()
                and self.verb_before.search(text, max(sentence.start, s_start - 30), s_start)
            ):
                continue  # (no one of them spoke: "tidak ada negara yang menyatakan …", "frasa 'Memayu …' …")
            if (
                not (subject_opens or carried)
                and fold(cue.text) not in self.participles
                and not fold(cue.text).endswith("ing")
                and self._clause_between(text, s_end, cue.start)
            ):
                continue  # "The Danish embassy in Cairo had no knowledge of it, says the Foreign Ministry's press
                # service": the phrase is the subject of a clause of its own before the comma, not the cue's
            # the cue must follow its speaker closely: only adverbs, dates, circumstance, a role or a relative
            # clause set off by commas between them
            if (
                not carried
                and self.speakers.words_between(doc, s_end, cue.start) > 8
                and not self.speakers.relative_before(doc, sentence, cue.start)
            ):
                continue  # (the clause of a cue that said nothing stands between a carried subject and its participle)
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            if self.inclusion is not None and self.inclusion.match(text, c_start, c_end):
                continue
            if self._participle_pointing_back(doc, cue, c_start):
                continue  # "Mann, one of the scientists mentioned earlier for his role …, received …": no one spoke
            if "," not in text[cue.end : c_start] and self.context.circumstance_clause(text, c_start, c_end):
                continue  # "…, U.S. officials said Wednesday as President Obama said …": when they said what stands
                # before them (`_trailing`), not what they said (after a comma the words go on: "…, he said, because
                # Russians are now living longer")
            if self._object_relative_with_subject(text, s_end, cue.start):
                continue  # "… interactions with Moscow, which U.S. intelligence agencies have accused of …": Moscow
                # is whom they accused, and the clause's own subject is not read here
            if self._relative_after_circumstance(text, cue, c_start, c_end):
                continue  # "Obama responded from the White House, where he is hosting …": where he was, no words
            if self._quotation_attributed_after(doc, sentence, cue, c_start):
                continue  # "… but Moscow strongly denies — “why wouldn't you want to …?” asked Dunn": Dunn's words
            piece = self.piece_then_participle.match(text, c_start, c_end) if self.piece_then_participle else None
            if piece is not None and enough(doc, piece.end(), c_end):
                c_start = piece.end()  # "wrote a story for Vox.com arguing that P": P
            c_end = self._fronted_clause_end(doc, sentence, s_start, c_start, c_end)
            c_end = self._fronted_phrase_end(doc, sentence, s_start, c_start, c_end)
            c_end = self._relative_clause_end(doc, sentence, s_start, cue.start, c_start, c_end)
            kind = quote_kind(sentence, c_start, c_end)
            block = self._introduced(doc, sentence, cue.end, cue) if kind != "direct" else (0, 0)
            if block[1] > block[0]:
                (c_start, c_end), kind = block, "direct"  # "… denied the report in a statement:\n\nThe …"
            if not enough(doc, c_start, c_end) or self.objects.says_nothing(
                doc, cue, text[clause_start:s_end], text[s_start:s_end], c_start, c_end, text[s_end : cue.start]
            ):
                told = self._told_before_a_quotation(doc, sentence, cue)
                if told[1] <= told[0]:
                    if s_end > s_start:
                        dropped.append((s_start, s_end, cue.start))
                    continue  # "reports on intercepted communications", "called a press conference", "posted a
                    # photograph of himself", "adding a silicon implant", "wrote the letter to a teacher after …"
                (c_start, c_end), kind = told, "direct"
            role = self.speakers.apposed_role(doc, clause_start, (s_start, s_end), cue.start)
            return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *role)
        return None
