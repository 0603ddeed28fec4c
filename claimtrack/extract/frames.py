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
"A, X said, a spokesman announced".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Protocol

from claimtrack.extract.article import Article
from claimtrack.extract.content import (
    TOLD_NAME_RUN,
    AfterCue,
    block_quote,
    enough,
    quote_before,
    quote_kind,
    quoted,
    quoted_around,
    trimmed,
    up_to,
)
from claimtrack.extract.cue_context import CueContext
from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.inserted import InsertedAttribution
from claimtrack.extract.segment import Sentence
from claimtrack.extract.shown import ShownAttribution
from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.tokens import TOKEN
from claimtrack.lexicon import Gazetteer, Lexicon, phrase_pattern
from claimtrack.textutil import fold

_GLOSS = re.compile(r"\([^()]{1,30}\)")  # an acronym or a gloss in brackets: "(AENS)"
_LABEL = re.compile(r"[\"'“]?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):[ \t]+")  # PENCE: …
_DASH_AFTER_QUOTE = re.compile(r"\s*[―—–]\s*")  # “…” ― Name
_TOLD_NAME = re.compile(rf"[ \t]+{TOLD_NAME_RUN}(?=[ \t,.])")  # "… told BuzzFeed"
_QUOTE_MARKS = "\"“‘'"  # marks that open a quotation: what follows a cue of naming or posting is words
_QUOTATION_OPENS = re.compile(r"(?:^|\s)[\"“‘]|''")  # a quotation inside what follows (not "country's")


_SHORT_ROLE_WORDS = 6  # a role set off before a name at the end of what was said: "the company's lawyer"
_ROLE_OPENING_WORDS = 12  # a title and what it heads, opening the sentence before the name and a comma


def _turn_taker(text: str, label: str) -> bool:
    """Does the label in capitals name someone taking turns: the article writes a word of it as a name elsewhere
    ("Mike Pence" for "PENCE:"), or it opens two paragraphs or more as another label does (a transcript's "WALLACE:"
    and "PENCE:")? A kicker or a section heading ("PHOTOS:", "FOND FAREWELL:", "CLARIFICATION:") does neither."""
    if any(re.search(rf"\b{re.escape(word.capitalize())}\b", text) for word in label.split() if len(word) > 2):
        return True
    turns = Counter(
        found.group("name")
        for paragraph in text.split("\n")
        if (found := _LABEL.match(paragraph.lstrip())) and found.group("name").isupper()
    )
    return turns[label] >= 2 and sum(count >= 2 for count in turns.values()) >= 2


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
        self.participles = frozenset(fold(w) for w in lex.words_of("cues", "participles"))
        self.governing = frozenset(w.casefold() for w in lex.words_of("speaker", "governing_prepositions"))
        # cues of citing that are verbs too ("mengutip"): after a subject they are its verb, not "according to"
        self.citing_verbs = frozenset(fold(w) for w in lex.words_of("cues", "according_to")) & frozenset(
            fold(w) for w in lex.words_of("cues", "speech")
        )
        self.post_only = lex.flag("cues", "post_only")  # "kata X" never opens a clause
        # cues of naming ("called"), what they need after them, and what shows they mean something else
        self.naming_cues = frozenset(fold(w) for w in lex.words_of("cues", "naming"))
        self.fronted = frozenset(fold(w) for w in lex.words_of("cues", "subordinators"))
        self.opening_links = frozenset(fold(w) for w in lex.words_of("cues", "clause_links") if " " not in w)
        self.naming_particles = frozenset(fold(w) for w in lex.words_of("cues", "naming_particles"))
        self.indefinite_articles = frozenset(fold(w) for w in lex.words_of("speaker", "apposition_articles"))
        self.naming_articles = self.indefinite_articles | {fold(w) for w in lex.words_of("names", "definite_articles")}
        self.naming_joins = frozenset(fold(w) for w in lex.words_of("speaker", "role_connectors"))
        self.posting_cues = frozenset(fold(w) for w in lex.words_of("cues", "posting"))
        self.posting_objects = frozenset(fold(w) for w in lex.words_of("cues", "posting_objects"))
        self.media_nouns = frozenset(fold(w) for w in lex.words_of("cues", "media_nouns"))
        self.adding_cues = frozenset(fold(w) for w in lex.words_of("cues", "adding"))
        self.thing_object_cues = frozenset(fold(w) for w in lex.words_of("cues", "thing_object_cues"))
        self.as_words = frozenset(fold(w) for w in lex.words_of("cues", "embedded_as"))  # "cited X as Y"
        self.topic_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "topic_prepositions"))
        self.cardinals = frozenset(fold(w) for w in lex.words_of("claims", "cardinals"))
        # what ends the noun phrase that heads an object: a relative pronoun, a subordinator or a wh-word
        self.object_ends = (
            frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
            | self.fronted
            | {fold(w) for w in lex.words_of("checkworthiness", "questions")}
        )
        links = phrase_pattern(lex.words_of("cues", "clause_links"))
        relatives = phrase_pattern(lex.words_of("cues", "relatives"))
        # what stands between one attribution and the next cue in a sentence: "…, but he said", "…, adding",
        # "…, who emphasized", "… and said"
        self.clause_link = re.compile(
            rf"(?:(?P<mark>[,;])\s*(?:(?P<after_mark>{links})\s+)?|\s+(?P<link>{links})\s+)(?:(?P<relative>{relatives})\s+)?(?P<subject>[^,;]{{0,80}}?)\s*$"
        )
        self.after_cue = AfterCue(lex, self.cues)
        self.context = CueContext(lex, self.cues)
        # words that make a clause of what follows a cue: auxiliaries and modals ("is", "would", "can")
        self.finite_words = self.context.noun_followers | self.context.auxiliaries
        self.inserted = InsertedAttribution(lex, self.cues, speakers, self.context)
        self.shown = ShownAttribution(lex, speakers)
        self.negative_before = re.compile(phrase_pattern(lex.words_of("speaker", "negative_before")) + r"\s*$")
        # a cue followed by its doer is passive: "The change was first reported by Gulf media outlets"
        agents = lex.words_of("names", "agent_markers")
        self.agent_after = re.compile(
            rf"[ \t]+(?:{'|'.join(re.escape(a) for a in agents)})[ \t]" if agents else r"(?!)"
        )

    def find(self, doc: Article, sentence: Sentence) -> list[Frame]:
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
        for cue in cues:
            shown = self.shown.find(doc, sentence, cue)
            if shown is not None:  # what a video shows someone saying is the video's: one frame, the person in it
                medium = Cue(
                    shown.medium_start, shown.medium_end, text[shown.medium_start : shown.medium_end], "circulating"
                )
                return [_with_aside(sentence, medium, medium.start, medium.end, shown)]
            for finder in (self._circulating, self._trailing, self._according, self._leading):
                frame = finder(doc, sentence, [cue])
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
            start, end = trimmed(doc, first.content_start, min(first.content_end, outer.content_end))
            if first.content_start < outer.content_end and enough(doc, start, end):
                return [replace(first, content_end=end, quote=quote_kind(sentence, start, end)), outer]
            return [outer]
        return []

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
            if subject:
                # a new speaker, after "but"/"and" or a semicolon: "…, but he said …"
                if not (
                    link.group("link")
                    or link.group("after_mark")
                    or link.group("mark") == ";"
                    or link.group("mark") == ","
                    and link.start() == last.content_end
                    and self._in_fronted_clause(doc, sentence, last.speaker_start)
                ):  # (the comma closing a fronted clause: "While Smith said the bill would pass, Jones said …")
                    continue
                s_start, s_end = self.speakers.before(doc, link.start("subject"), cue.start)
                if (
                    s_end <= s_start
                    or not self.speakers.valid(doc, s_start, s_end)
                    or text[s_end : cue.start].strip(" ,")
                    and not self.lex.trailing_words.fullmatch(text[s_end : cue.start])
                ):
                    continue
                same = False
            else:
                relative = link.group("relative")
                if relative and text[last.speaker_end : link.start()].strip(" ,"):
                    continue  # "which" must follow the speaker it stands for
                if not (
                    relative or link.group("link") or link.group("after_mark") or fold(cue.text) in self.participles
                ):
                    continue
                s_start, s_end, same = last.speaker_start, last.speaker_end, True
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            if not enough(doc, c_start, c_end):
                continue
            if last.content_start < link.start() < last.content_end:
                cut_start, cut_end = trimmed(doc, last.content_start, link.start())
                if not enough(doc, cut_start, cut_end):
                    continue
                frames[-1] = replace(last, content_end=cut_end, quote=quote_kind(sentence, cut_start, cut_end))
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
        if not _turn_taker(text, name):
            return None  # a kicker or a section ("PHOTOS:", "FOND FAREWELL:"), not a speaker
        paragraph_end = text.find("\n", sentence.start)
        c_start, c_end = trimmed(doc, label.end(), len(text) if paragraph_end < 0 else paragraph_end)
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
        if not before.endswith(","):
            return False
        piece = before[:-1].rsplit(",", 1)[-1].split()
        return any(word.casefold() in self.governing for word in piece[-6:])

    def _trailing(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """Content first, then the attribution: `"…," kata X.` / `…, X said.` / `…, ujarnya.`"""
        text = doc.text
        for cue in reversed(cues):
            if cue.kind == "according" or not self.cues.can_follow_content(cue):
                continue
            quote = quote_before(doc, sentence, cue.start)
            before = text[sentence.start : cue.start]
            comma = before.rstrip().endswith(",")
            # inversion: cue then speaker ("kata Lavrov", "said Smith"); never after a verb of telling, whose object is
            # whom it was told ("…, Hisham al-Hashimi, an Iraqi security strategist, told The Telegraph")
            if (quote is not None or comma and not self._apposed_subject(doc, sentence, cue)) and fold(
                cue.text.split()[0]
            ) not in self.after_cue.telling:
                role = None
                if cue.pronoun_suffix:
                    s_start, s_end = cue.start, cue.end
                else:
                    s_start, s_end = self.speakers.after(doc, cue.end, sentence.end)
                    named = self.speakers.apposed_name(doc, s_start, s_end, sentence.end) if s_end > s_start else None
                    if named is not None:
                        role = (s_start, self.speakers.role_goes_on(doc, s_end, sentence.end))
                        s_start, s_end = named
                    elif s_end > s_start:
                        s_start, s_end = self.speakers.list_after(doc, (s_start, s_end), sentence.end)
                if cue.pronoun_suffix or self.speakers.valid(doc, s_start, s_end):
                    if quote is not None:
                        c_start, c_end = quoted_around(doc, sentence, quote, max(s_end, cue.end))
                        kind = "direct"
                    elif self.context.interjected(doc, sentence, cue.start, s_end):
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
            role = self._role_set_before(doc, sentence.start, max(sentence.start, after_quotes), s_start)
            attribution = role[0] if role else s_start
            head = text[sentence.start : attribution]
            quote = quote_before(doc, sentence, attribution if relay == after_quotes else after_quotes)
            if quote is None and not head.rstrip().endswith(","):
                continue
            if quote is None and (
                not self.context.rest_is_adjunct(doc, self._past_told_whom(doc, cue), sentence.end)
                or self.context.interjected(doc, sentence, s_start, cue.end)
            ):
                continue
            if quote is not None:
                c_start, c_end = quoted_around(doc, sentence, quote, cue.end)
                kind = "direct"
            else:
                c_start, c_end = up_to(doc, sentence, attribution)
                kind = quote_kind(sentence, c_start, c_end)
                if self.lex.leading_words.fullmatch(text[c_start:c_end].strip(" ,") + " "):
                    continue  # "Lebih lanjut, Dhoni mengatakan untuk …": a connective before the speaker, no words
                if self._role_opening(doc, c_start, c_end):
                    continue  # "Kepala Balai … (BPJN) Aceh, Heri Yugiantoro mengatakan pada ruas …": his role
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *(role or (0, 0)))
        return None

    def _apposed_subject(self, doc: Article, sentence: Sentence, cue: Cue) -> bool:
        """Does the sentence, or what follows its quotation, open with the cue's subject and what it is, set off by
        commas ("John Smith, a lawyer for the family, said the police lied", '"…," the envoy, Mohamed Alhakim, said
        on Tuesday')? Then what follows the cue is no speaker."""
        opening = max([q.end for q in sentence.quotes if q.end <= cue.start], default=sentence.start)
        text = doc.text
        s_start, s_end = self.speakers.before(doc, opening, cue.start)
        if (
            not self.speakers.valid(doc, s_start, s_end)
            or self.lex.leading_words.fullmatch(text[s_start:s_end].strip(" ,") + " ")
            or not self.speakers.parser.names_a_person(text[s_start:s_end])
        ):
            return False  # ("Apalagi, kata Pahala, …": a connective, no subject)
        before = text[opening:s_start].strip(" ,")
        if not before:
            return "," in text[s_end : cue.start]
        # the role set off before the name: "the envoy, Mohamed Alhakim, said"
        before_start = opening + len(text[opening:s_start]) - len(text[opening:s_start].lstrip(" ,"))
        return text[opening:s_start].rstrip().endswith(",") and self._short_role(
            doc, before_start, before_start + len(before)
        )

    def _role_opening(self, doc: Article, start: int, end: int) -> bool:
        """Is what stands before the comma a person's title and what it heads, with no verb of its own ("Kepala Balai
        Pelaksanaan Jalan Nasional (BPJN) Aceh")? Then it is the role of the name after the comma."""
        phrase = doc.text[start:end]
        parser = self.speakers.parser
        return (
            parser.opens_with_person_title(phrase)
            and len(TOKEN.findall(phrase)) <= _ROLE_OPENING_WORDS
            and not any(parser.names.predicate(word) for word in TOKEN.findall(phrase)[1:] if word.islower())
        )

    def _short_role(self, doc: Article, start: int, end: int) -> bool:
        """Is text[start:end] a short role or description, no clause ("the envoy", "the company's lawyer"; not "the
        campaign plans to make … available soon")?"""
        phrase = doc.text[start:end]
        tokens = TOKEN.findall(phrase)
        parser = self.speakers.parser
        return (
            len(tokens) <= _SHORT_ROLE_WORDS
            and self.speakers.describes(doc, start, end)
            and (parser.is_role(phrase) or parser.determined_noun(tokens))
        )

    def _role_set_before(self, doc: Article, sentence_start: int, opening: int, s_start: int) -> tuple[int, int] | None:
        """The role set off by commas right before a speaker at the end of what was said: '"…," the envoy, Mohamed
        Alhakim, said', "…, the company's lawyer, John Smith, said" (the role's span, or None)."""
        text = doc.text
        before = text[opening:s_start].rstrip()
        if not before.endswith(","):
            return None
        comma = opening + len(before) - 1
        previous = text.rfind(",", opening, comma)
        if previous < 0 and opening == sentence_start:
            return None  # what opens the sentence is what was said, not a role set off
        start = previous + 1 if previous >= 0 else opening
        phrase = text[start:comma].strip()
        if not phrase or phrase[0] in "\"“”'‘’":
            return None
        role_start = start + len(text[start:comma]) - len(text[start:comma].lstrip())
        if not self._short_role(doc, role_start, role_start + len(phrase)):
            return None
        return role_start, role_start + len(phrase)

    def _past_told_whom(self, doc: Article, cue: Cue) -> int:
        """Where what follows a trailing cue begins past whom it was told, a name: "…, multiple sources told BuzzFeed in
        a report published Wednesday night" (`[cues] telling`); the cue's end for any other cue."""
        if fold(cue.text.split()[0]) not in self.after_cue.telling:
            return cue.end
        told = _TOLD_NAME.match(doc.text, cue.end)
        return told.end() if told else cue.end

    def _according(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """`Menurut X, …` / `According to X, …` / `…, menurut X.` / `"…," menurutnya.`"""
        text = doc.text
        for cue in cues:
            if cue.kind != "according":
                continue
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
                if not pronoun and not self.speakers.names_a_source(doc, s_start, s_end):
                    continue  # "Menurut rencana, …" (as planned) names no one
                between = text[s_end:comma].strip()
                if between and not _GLOSS.fullmatch(between) and not self.context.rest_is_adjunct(doc, s_end, comma):
                    continue  # (the source's acronym in brackets may come first: "According to … Service (AENS), …")
                comma = self.speakers.past_apposition(doc, comma, sentence.end)
                c_start, c_end = trimmed(doc, comma + 1, sentence.end)
                kind = quote_kind(sentence, c_start, c_end)
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
                    if not self.context.rest_is_adjunct(doc, s_end, sentence.end):
                        continue
                    c_start, c_end = up_to(doc, sentence, cue.start)
                    kind = quote_kind(sentence, c_start, c_end)
            else:
                continue
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind)
        return None

    def _posted_thing(self, subject: str, content: str) -> bool:
        """After a cue of posting (`[cues] posting`: "posted"), is what follows a thing posted, not words: a noun
        phrase opened by a determiner or a possessive (`[speaker] determiners`, `[cues] posting_objects`: "posted
        a photograph of himself", "posted these pictures") or a preposition ("posted on Burton's website", `[speaker]
        stops`)? Or is the subject itself a thing that is posted (`[cues] media_nouns`: "a YouTube video posted to
        her page", "the original photo posted via Facebook")?"""
        head = subject.split()[-1:] if subject.split() else []
        if head and fold(head[0]) in self.media_nouns:
            return True
        first = content.split()[:1]
        if not first:
            return False
        word = fold(first[0].strip(_QUOTE_MARKS))
        return (
            bool(self.lex.determiners.match(word + " "))
            or word in self.posting_objects
            or word in self.lex.speaker_stops
        )

    def _added_thing(self, content: str) -> bool:
        """After a cue of adding (`[cues] adding`: "added", "adding"), is what follows a noun phrase with no verb of
        its own, a thing added ("adding a silicon implant", "added its voice to those highlighting …", "added the
        words …")? A clause has an auxiliary, a modal or a verb in the past ("added the sex was consensual", "adds
        a lot of people … will be very upset")."""
        words = [fold(word) for word in TOKEN.findall(content)]
        if not words or not (self.lex.determiners.match(words[0] + " ") or words[0] in self.posting_objects):
            return False
        if _QUOTATION_OPENS.search(content):
            return False  # "added the words, ''Hillary Clinton.''": words quoted are words said
        return self._verbless(words[1:])

    def _verbless(self, words: list[str]) -> bool:
        """Do these (folded) words hold no auxiliary, modal or verb in the past: no clause of their own?"""
        return not any(word in self.finite_words or word.endswith(self.context.past_endings) for word in words)

    def _topic(self, doc: Article, start: int, end: int) -> bool:
        """Does what follows the cue open with a preposition of topic (`[cues] topic_prepositions`: "reports on
        intercepted Russian communications"), not a date ("said on Tuesday that …")?"""
        first = TOKEN.search(doc.text, start, end)
        if first is None or fold(first.group()) not in self.topic_prepositions:
            return False
        after = TOKEN.search(doc.text, first.end(), end)
        # (not "said about 20 people have …": a number; nor "added on Twitter": a name, the medium)
        return (
            after is not None
            and after.group().isalpha()
            and after.group().islower()
            and fold(after.group()) not in self.cardinals
            and not any(p.start <= first.end() + 1 for p in doc.dates_in(first.end(), end))
        )

    def _object_thing(self, content: str) -> bool:
        """After a cue whose object may be a thing (`[cues] thing_object_cues`: "wrote", "cited", "knew"), is what
        follows headed by a noun phrase with no verb of its own, up to a relative pronoun, a subordinator or a wh-word
        ("the letter to a primary school teacher after he …", "anonymous U.S. officials who were briefed …", "what
        they were getting into")? A clause has an auxiliary, a modal or a verb in the past ("wrote that the cuts will
        start", "knew he was lying"); words quoted are words said."""
        words = [fold(word) for word in TOKEN.findall(content)]
        if not words or _QUOTATION_OPENS.search(content) or self.as_words & set(words):
            return False  # ("cited his cause of death as natural causes": what it is said to be)
        if words[0] in self.object_ends:
            return True  # "knew what they were getting into": what, not that
        head = next((words[:at] for at, word in enumerate(words) if word in self.object_ends), words)
        return self._verbless(head[1:])

    def _named_as(self, content: str, subject: str) -> bool:
        """Does what follows a cue of naming (`[cues] naming`: "called") name something as something: an object of
        at most five words, none a preposition (`[speaker] stops`, "of" aside) nor a particle (`[cues]
        naming_particles`: "called off", "called out"), then a quotation or an article ("called the idea
        “disgusting”", "called me a dog", "called climate change a hoax")? Else the verb convenes, phones or names
        ("called a press conference", "called the fire department with …", "called off her wedding"). A quotation
        right after it is what was said, unless an indefinite article opens the noun phrase right before the cue
        (`subject`'s last four words: "a viral video called "Worst twerk fail EVER"": a name)."""
        words = content.split()
        if not words or fold(words[0]) in self.naming_particles:
            return False
        if words[0][:1] in _QUOTE_MARKS:
            # "Tim Cook called ''total political crap''", but not "a viral video called "…"" nor "there is another
            # Argentine tradition called "El Lobison"": a thing named, an indefinite noun phrase right before the cue
            return not any(fold(word) in self.indefinite_articles for word in subject.split()[-4:])
        for size in range(1, min(6, len(words))):
            if fold(words[size - 1]) in self.lex.speaker_stops and fold(words[size - 1]) not in self.naming_joins:
                return False
            following = words[size]
            if following[:1] in _QUOTE_MARKS or fold(following) in self.naming_articles:
                return True
        return False

    def _fronted_clause_end(self, doc: Article, sentence: Sentence, s_start: int, c_start: int, c_end: int) -> int:
        """Where what was said ends when the speaker is inside a clause that a subordinator opens at the head of the
        sentence (`[cues] subordinators`): at the comma that closes that clause, before the main clause ("Though
        Trump has publicly said he has not yet made up his mind, Axios reports …", "While Smith said the bill would
        pass, Jones said …"). A comma inside a quotation closes nothing."""
        text = doc.text
        if not self._in_fronted_clause(doc, sentence, s_start):
            return c_end
        for comma in re.finditer(",", text[c_start:c_end]):
            at = c_start + comma.start()
            if not any(quote.start <= at < quote.end for quote in sentence.quotes):
                return at if enough(doc, c_start, at) else c_end
        return c_end

    def _in_fronted_clause(self, doc: Article, sentence: Sentence, s_start: int) -> bool:
        """Does a subordinator open the sentence (after a conjunction, perhaps: "But after …"), with no comma
        between it and the speaker at `s_start`?"""
        opening = doc.text[sentence.start : s_start]
        words = [fold(word) for word in TOKEN.findall(opening)[:2]]
        if words and words[0] in self.opening_links and words[0] not in self.fronted:
            words = words[1:]  # "But after RadarOnline.com revealed …, another co-star … is speaking out"
        return bool(words) and words[0] in self.fronted and "," not in opening

    def _leading(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """Speaker, cue, then content: `X mengatakan (bahwa) …`, `X said (that) …`, `X membantah …`."""
        text = doc.text
        for cue in cues:
            if (
                cue.kind in ("according", "circulating")
                or cue.pronoun_suffix
                or (cue.kind == "post" and self.post_only)
            ):
                continue
            if self.agent_after.match(text, cue.end):
                continue  # passive: who did it comes after ("… was first revealed by the Washington Post")
            clause_start = self.context.speaker_clause_start(doc, sentence, cue)
            s_start, s_end = self.speakers.before(doc, clause_start, cue.start)
            between = text[s_end : cue.start].split()
            if fold(cue.text) in self.participles and len(between) == 1 and fold(between[0]) in self.fronted:
                continue  # "… as intolerant as his father King Abdullah after suggesting …": the participle's subject
                # is the main clause's, not the name right before the subordinator
            if (
                fold(cue.text) in self.participles
                and text[clause_start : cue.start].rstrip().endswith(",")
                and self._object_apposed(text, clause_start, s_start)
            ):
                continue  # "… issued a plea to the leader of ISIS, Abu Bakr al-Baghdadi, asking him to spare her son":
                # a participle set off by a comma goes with the clause's subject, not a name apposed to its object
            if (
                not self.speakers.valid(doc, s_start, s_end)
                or self.context.irrealis_before(text, sentence.start, s_start)
                or self.negative_before.search(text, max(sentence.start, s_start - 30), s_start)
            ):
                continue  # (no one of them spoke: "tidak ada negara yang menyatakan …")
            # the cue must follow its speaker closely: only adverbs, dates, circumstance, a role or a relative
            # clause set off by commas between them
            if self.speakers.words_between(doc, s_end, cue.start) > 8 and not self.speakers.relative_before(
                doc, sentence, cue.start
            ):
                continue
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            c_end = self._fronted_clause_end(doc, sentence, s_start, c_start, c_end)
            kind = quote_kind(sentence, c_start, c_end)
            if c_end <= c_start and text[cue.end : sentence.end].strip() == ":":
                (c_start, c_end), kind = block_quote(doc, sentence.end), "direct"
            if not enough(doc, c_start, c_end) or self._topic(doc, c_start, c_end):
                continue
            if fold(cue.text) in self.naming_cues and not self._named_as(text[c_start:c_end], text[clause_start:s_end]):
                continue  # "called a press conference", "called the police", "a service called Ping": no words
            if fold(cue.text) in self.posting_cues and self._posted_thing(text[s_start:s_end], text[c_start:c_end]):
                continue  # "posted a photograph of himself", "a YouTube video posted to her page": a thing posted
            if fold(cue.text) in self.adding_cues and self._added_thing(text[c_start:c_end]):
                continue  # "taking skin tissue … and adding a silicon implant": a thing added, no words
            if fold(cue.text) in self.thing_object_cues and self._object_thing(text[c_start:c_end]):
                continue  # "wrote the letter to a teacher after …", "cited anonymous officials who …": a thing
            role = self.speakers.apposed_role(doc, clause_start, (s_start, s_end), cue.start)
            return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *role)
        return None
