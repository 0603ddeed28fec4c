"""Attributions set inside a sentence between commas: "Harga beras, kata Budi, naik 10 persen sejak Maret",
"Pencairan anggaran, menurut Purbaya, akan disesuaikan …", "The economy, the minister said, grew by 5 percent",
"Prices, said union leader John Smith, doubled since March".

What was said is the sentence around the attribution, not the words before it ("Harga beras") nor after it: the
content spans the whole sentence and the attribution (with its commas) is the `aside`, which the claim's wording
leaves out. Only when what follows the second comma carries the sentence on: circumstance ("Kamis (12/3)", "at a
rally"), a relative clause ("yang juga …", "who …"), a role set off after the speaker ("a spokesman for …"), a
participle ("adding that …") or a second cue after it leave the attribution a trailing one. When only connectives
("Namun, kata X, …", "Akan tetapi, X menjelaskan, …") or circumstance ("Dihubungi terpisah, X menuturkan, …",
"Mengenai program MBG, kata X, …") come before it, what was said is what follows it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from claimtrack.extract.article import Article
from claimtrack.extract.content import trimmed
from claimtrack.extract.cue_context import CueContext
from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.segment import Sentence
from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.tokens import TOKEN
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

_MIN_REST_WORDS = 2


@dataclass(frozen=True)
class Inserted:
    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    aside_start: int  # the attribution with the comma before it, up to the comma after it (left out of the claim)
    aside_end: int


class InsertedAttribution:
    """One language's reading of "HEAD, <attribution>, REST"."""

    def __init__(self, lex: Lexicon, cues: CuePatterns, speakers: SpeakerSpans, context: CueContext) -> None:
        self.lex = lex
        self.cues = cues
        self.speakers = speakers
        self.context = context
        self.participle_heads = frozenset(fold(p.split()[0]) for p in lex.words_of("cues", "participles"))
        self.opening_post = frozenset(fold(w) for w in lex.words_of("cues", "opening_post"))
        self.subordinators = frozenset(fold(w) for w in lex.words_of("cues", "subordinators"))
        self.circumstance_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "circumstance_prepositions"))
        self._complementizer_after_comma = re.compile(
            rf",\s+(?:{phrase_pattern(lex.complementizers)})\s", re.IGNORECASE
        )

    def find(self, doc: Article, sentence: Sentence, cue: Cue) -> Inserted | None:
        if cue.kind == "circulating" or sentence.quotes:
            return None  # a quotation has its own frames; a circulating text has no speaker to set aside
        text = doc.text
        head = text[sentence.start : cue.start].rstrip()
        if self._opens_sentence(cue, head):
            return self._opening(doc, sentence, cue)
        if "," not in head or text.find(",", cue.end, sentence.end) < 0:
            return None  # a comma on either side of the attribution, whatever its order (every sentence asks)
        speaker = self._speaker(doc, sentence, cue, head)
        if speaker is None:
            return None
        (s_start, s_end), aside_start, attribution_end = speaker
        following = text[attribution_end : sentence.end]
        if not following.lstrip().startswith(","):
            return None
        comma = attribution_end + following.index(",")
        if (
            self.described_after(doc, comma, sentence.end)
            if cue.kind == "according"
            else self.speakers.apposition_to_end(doc, comma, sentence.end)
        ):
            # "The deal is off, said Mr. Smith, a lawyer for the company.", "Prices rose 20 percent, according to Jane
            # Doe, a spokeswoman for the company.": a trailing attribution, its speaker described after it; after
            # "according to X" the rest may be what was said ("About 10:03 p.m., according to the congressional
            # timeline, the CIA security contractors left …")
            return None
        comma = self.speakers.past_apposition(doc, comma, sentence.end)
        c_start, _ = trimmed(doc, sentence.start, aside_start)
        rest_start, c_end = trimmed(doc, comma + 1, sentence.end)
        if c_start >= aside_start or not self._carries_on(doc, rest_start, c_end):
            return None
        relay = self.speakers.relay
        if relay is not None and relay.match(text, c_start):
            # "Dikutip dari detikNews, menurut X, …": the outlet that relayed the words opens the sentence
            return Inserted(s_start, s_end, rest_start, c_end, 0, 0)
        leading = self.lex.leading_words.match(text[c_start:aside_start] + " ")
        lead_end = c_start + leading.end() if leading is not None else c_start
        if any(c.start < aside_start and c.end > lead_end for c in doc.cues_in(sentence.start, aside_start)):
            return None  # (a cue word inside the connective is none: "Lebih lanjut, kata X, …")
        first = TOKEN.search(text, c_start, aside_start)
        if self.lex.leading_words.fullmatch(text[c_start:aside_start] + " ") or (
            first is not None and first.group().casefold() in self.lex.speaker_stops
        ):
            # "Namun, kata X, …", "Akan tetapi, X menjelaskan, …": a connective opens the sentence; "Dihubungi
            # terpisah, X menuturkan, …", "Mengenai program MBG, kata X, …": circumstance does. What was said is
            # what follows the attribution
            return Inserted(s_start, s_end, rest_start, c_end, 0, 0)
        names = self.speakers.parser.names
        if not head.endswith(",") and names.verb_prefixes:
            # "…, X mengatakan, REST": the words before are the subject REST completes only when REST opens with its
            # predicate ("Pencairan anggaran, Purbaya menjelaskan, akan disesuaikan …"); "Meskipun demikian, Budi
            # mengatakan, harga sapi naik …" has a clause with its own subject after the cue: that was said, and
            # the words before are circumstance
            rest_words = TOKEN.findall(text, rest_start, c_end)
            if rest_words and not names.predicate(rest_words[0]):
                return Inserted(s_start, s_end, rest_start, c_end, 0, 0)
        return Inserted(s_start, s_end, c_start, c_end, aside_start, comma + 1)

    def described_after(self, doc: Article, comma: int, end: int) -> bool:
        """Is all after the comma up to `end` a description set off after a source (`SpeakerSpans.apposition_to_end`)
        with no verb of its own before a relative word (`CueContext.holds_own_verb`)? After "according to X," words
        with their own verb are what was said ("…, according to the timeline, the contractors left …")."""
        return self.speakers.apposition_to_end(doc, comma, end) and not self.context.holds_own_verb(
            doc.text, comma + 1, end
        )

    def _opens_sentence(self, cue: Cue, head: str) -> bool:
        """Does a cue of `[cues] opening_post` open the sentence, alone or after a connective ("Kata Dewa, pemasangan
        CCTV ini …", "Kata dia, …")? Not its -nya form: "Katanya, …" is hearsay, whoever says it."""
        return (
            fold(cue.text) in self.opening_post
            and not cue.pronoun_suffix
            and (not head or bool(self.lex.leading_words.fullmatch(head.rstrip(",") + " ")))
        )

    def _opening(self, doc: Article, sentence: Sentence, cue: Cue) -> Inserted | None:
        """What "Kata X, REST" says: X, then a comma, then what X said, a clause of its own to the sentence's end."""
        text = doc.text
        s_start, s_end = self.speakers.after(doc, cue.end, sentence.end)
        if s_end <= s_start or not self.speakers.valid(doc, s_start, s_end):
            return None
        if not text[s_end : sentence.end].startswith(","):
            return None  # "Kata KKP iya, …": more than a name before the comma
        rest_start, c_end = trimmed(doc, s_end + 1, sentence.end)
        if not self._carries_on(doc, rest_start, c_end):
            return None
        return Inserted(s_start, s_end, rest_start, c_end, 0, 0)

    def _speaker(
        self, doc: Article, sentence: Sentence, cue: Cue, head: str
    ) -> tuple[tuple[int, int], int, int] | None:
        """(speaker span, where the aside begins, where the attribution ends), for the three orders of an
        attribution between commas: "…, menurut X, …", "…, kata X, …" / "…, said X, …", "…, X said, …"."""
        text = doc.text
        if head.endswith(","):  # the cue opens the attribution
            aside_start = sentence.start + len(head) - 1
            if cue.pronoun_suffix or (cue.kind == "according" and self.lex.ends_in_pronoun(cue.text)):
                return (cue.start, cue.end), aside_start, cue.end
            if cue.kind == "according":
                s_start, s_end = self.speakers.source_after(doc, cue.end, sentence.end)
            elif self.cues.can_follow_content(cue):
                s_start, s_end = self.speakers.after(doc, cue.end, sentence.end)
            else:
                return None
            named = (
                self.speakers.names_a_source(doc, s_start, s_end)
                if cue.kind == "according"
                else self.speakers.valid(doc, s_start, s_end)
            )
            if s_end <= s_start or not named:
                return None
            return (s_start, s_end), aside_start, s_end
        if cue.kind == "according" or cue.pronoun_suffix or not self.cues.can_follow_content(cue):
            return None
        comma = head.rfind(",")  # the speaker opens it: "…, the minister said, …"
        if comma < 0:
            return None
        aside_start = sentence.start + comma
        if any(
            self.speakers.parser.opens_with_role(self.lex.leading_words.sub("", piece.strip()))
            for piece in head[:comma].split(",")
        ):
            # "Juru Bicara Pesantren X, Blokagung, Nihayatul mengatakan, …", "Sementara Wali Kota Bandung, Muhammad
            # Farhan menyebut, …": the role runs on to the name
            return None
        s_start, s_end = self.speakers.before(doc, aside_start + 1, cue.start)
        if (
            s_end <= s_start
            or text[aside_start + 1 : s_start].strip()
            or text[s_end : cue.start].strip()
            or not self.speakers.valid(doc, s_start, s_end)
        ):
            return None
        return (s_start, s_end), aside_start, cue.end

    def _carries_on(self, doc: Article, start: int, end: int) -> bool:
        """Does the sentence carry on after the attribution (a predicate, a clause), rather than close with
        circumstance, a relative clause, a participle or a second attribution?"""
        words = TOKEN.findall(doc.text, start, end)
        if len(words) < _MIN_REST_WORDS or not doc.text[start : start + 1].islower():
            return False
        first = fold(words[0])
        return not (
            first in self.lex.speaker_stops
            or first in self.speakers.relatives
            or first in self.participle_heads
            or self.context.complementizer_word.match(doc.text, start)
            or any(p.start == start for p in doc.dates_in(start, end))
            or any(c.start == start for c in doc.cues_in(start, end))
            # a subordinate clause whose own attribution follows ("…, F.B.I. officials said, although they said there
            # was a chance …"): what was said ended before the first attribution
            or first in self.subordinators
            and any(c.start < _word_end(doc.text, start, 4) for c in doc.cues_in(start, end))
            # the circumstance of saying, then what was said after a complementizer: "Roger Stone claimed, without
            # evidence, that Rich was murdered …" (the cue goes on; no words around it were said)
            or first in self.circumstance_prepositions
            and self._complementizer_after_comma.search(doc.text, start, min(end, start + 80)) is not None
        )


def _word_end(text: str, start: int, count: int) -> int:
    """Where the first `count` words from `start` end."""
    words = list(itertools.islice(TOKEN.finditer(text, start), count))
    return words[-1].end() if words else start
