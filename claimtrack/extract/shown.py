"""Words a circulating thing shows someone saying: "Video potongan memperlihatkan Menteri Keuangan Sri Mulyani
Indrawati menyebut guru sebagai beban negara viral di media sosial".

The video, not the minister, is what asserts here: whether she said it is the question. So the attribution is the
video's (a circulating speaker, as "Beredar kabar bahwa …" is), and what it asserts keeps the person in it: "Menteri
Keuangan Sri Mulyani Indrawati menyebut guru sebagai beban negara", up to where the sentence goes on to tell of its
spreading ("viral di media sosial"). A denial pointing at it ("video tersebut adalah hoax") then answers it, and the
person shown is never made its asserter. The medium must open the clause with a thing that spreads claims
(`[cues] circulating_heads`: "video", "unggahan") and show the person by a verb of showing (`[cues] showing`),
right before the speaker phrase of a speech cue. The same holds when the person is named inside the medium's
description and said to say it ("Viral di media sosial potongan video Menteri Keuangan Sri Mulyani Indrawati yang
disebut menyatakan guru sebagai beban negara", `[cues] said_to`): the relative words between person and cue are
set aside from the claim's wording ("… Sri Mulyani Indrawati menyatakan guru sebagai beban negara").
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.extract.article import Article
from claimtrack.extract.content import trimmed
from claimtrack.extract.cues import Cue
from claimtrack.extract.segment import Sentence
from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.tokens import TOKEN
from claimtrack.lexicon import Lexicon
from claimtrack.textutil import fold

_MEDIUM_WORDS = 4  # the medium's phrase: its head and a few words around it ("Potongan video", "Video potongan")


@dataclass(frozen=True)
class Shown:
    medium_start: int  # "Video potongan"
    medium_end: int
    content_start: int  # the person shown, the cue and what they are shown saying
    content_end: int
    aside_start: int = 0  # "yang disebut" between the person and the cue: left out of the claim's wording
    aside_end: int = 0


class ShownAttribution:
    """One language's reading of "<a circulating thing> <shows> <person> <speech cue> <words>"."""

    def __init__(self, lex: Lexicon, speakers: SpeakerSpans) -> None:
        self.speakers = speakers
        self.showing = frozenset(fold(w) for w in lex.words_of("cues", "showing"))
        self.spreading = frozenset(fold(w) for w in lex.words_of("cues", "spreading"))
        self.heads = frozenset(fold(w) for w in lex.circulating_heads if " " not in w)
        self.said_to = [fold(p).split() for p in lex.words_of("cues", "said_to")]
        self.heads_before = frozenset(fold(w) for w in lex.words_of("cues", "medium_parts"))

    def find(self, doc: Article, sentence: Sentence, cue: Cue) -> Shown | None:
        if not self.showing or cue.kind not in ("speech", "deny") or sentence.in_quote(cue.start):
            return None
        text = doc.text
        before = list(TOKEN.finditer(text, sentence.start, cue.start))
        verb = next((at for at, token in enumerate(before) if fold(token.group()) in self.showing), None)
        if verb is None:
            return self._said_to(doc, sentence, cue, before)
        if verb + 1 >= len(before):
            return None
        s_start, s_end = before[verb + 1].start(), before[-1].end()  # who is shown, up to the cue
        if not self.speakers.valid(doc, s_start, s_end) or text[s_end : cue.start].strip():
            return None
        before = before[: verb + 1]
        medium = before[-1 - _MEDIUM_WORDS : -1]
        heads = [at for at, token in enumerate(medium) if fold(token.group()) in self.heads]
        if not heads or any(text[token.end() : before[-1].start()].strip(" ") for token in medium[-1:]):
            return None  # (nothing but the medium's words before the verb of showing)
        start = medium[0].start() if medium[0].group()[:1].isupper() else medium[heads[0]].start()
        if text[sentence.start : start].strip(" ,"):
            return None  # the medium opens the clause: "Video potongan memperlihatkan …"
        said = self._said(doc, sentence, cue, s_start)
        return Shown(start, medium[-1].end(), *said) if said is not None else None

    def _said(self, doc: Article, sentence: Sentence, cue: Cue, start: int) -> tuple[int, int] | None:
        """What the person is shown saying, with them: from `start` to where the sentence goes on to tell of its
        spreading ("… beban negara viral di media sosial"); None when nothing follows the cue."""
        end = sentence.end
        for token in TOKEN.finditer(doc.text, cue.end, sentence.end):
            if fold(token.group()) in self.spreading:
                end = token.start()
                break
        c_start, c_end = trimmed(doc, start, end)
        return (c_start, c_end) if c_end > cue.end else None

    def _said_to(self, doc: Article, sentence: Sentence, cue: Cue, before: list) -> Shown | None:
        """ "<medium> <person> yang disebut <cue> …": the person named inside the medium's description."""
        text = doc.text
        relative = [at for at, token in enumerate(before) if token.group().casefold() in self.speakers.relatives]
        if not relative:
            return None
        at = relative[-1]
        if [fold(t.group()) for t in before[at:]] not in self.said_to:
            return None  # only "yang", "yang disebut" … between the person and the cue
        heads = [n for n in range(max(0, at - 12), at) if fold(before[n].group()) in self.heads]
        if not heads:
            return None
        head = heads[-1]
        person = head + 1
        while person < at and not before[person].group()[:1].isupper():
            person += 1  # "potongan video pernyataan Menteri …": the person opens with a capital
        if person >= at:
            return None
        s_start, s_end = before[person].start(), before[at - 1].end()
        if not self.speakers.valid(doc, s_start, s_end) or not self.speakers.parser.names_a_person(text[s_start:s_end]):
            return None
        medium_start = before[head].start()
        if head and fold(before[head - 1].group()) in self.heads_before:
            medium_start = before[head - 1].start()  # "potongan video"
        said = self._said(doc, sentence, cue, s_start)
        return Shown(medium_start, before[head].end(), *said, before[at].start(), cue.start) if said else None
