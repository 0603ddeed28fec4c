"""One document's text with its cues and temporal phrases, found once so every stage can ask about any span."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.dates import DateFinder, TemporalPhrase
from claimtrack.extract.names import NameEvidence
from claimtrack.extract.tokens import lower_case


@dataclass
class Article:
    """Cues are found over the whole text at once; temporal phrases paragraph by paragraph, as spans ask."""

    text: str
    cue_finder: CuePatterns
    date_finder: DateFinder
    cues: list[Cue] = field(init=False)
    evidence: NameEvidence | None = None  # which capitalised words the document uses as places or institutions

    def __post_init__(self) -> None:
        self.cues = self.cue_finder.find(self.text, 0, len(self.text))
        self._cue_starts = [c.start for c in self.cues]
        self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        self._dates: dict[int, list[TemporalPhrase]] = {}  # by paragraph number
        # answers stages need more than once for this document: the speaker span before a cue, by (clause start,
        # cue start), and whether a span is a speaker phrase
        self.speakers_before: dict[tuple[int, int], tuple[int, int]] = {}
        self.speaker_spans: dict[tuple[int, int], bool] = {}

    def writes_in_lower_case(self, word: str) -> bool:
        """Does the document write this word in lower case somewhere? Then, capitalised, it is a common word."""
        lowered = word.lower()
        return len(lowered) > 1 and lowered.isalpha() and lowered in lower_case(self.text)

    def cues_in(self, start: int, end: int) -> list[Cue]:
        """The cues lying wholly within text[start:end]."""
        first = bisect_left(self._cue_starts, start)
        return [c for c in self.cues[first : bisect_left(self._cue_starts, end)] if c.end <= end]

    def _paragraph_dates(self, number: int) -> list[TemporalPhrase]:
        found = self._dates.get(number)
        if found is None:
            start = self._breaks[number - 1] + 1 if number > 0 else 0
            end = self._breaks[number] if number < len(self._breaks) else len(self.text)
            found = self._dates[number] = self.date_finder.find(self.text, start, end)
        return found

    def within_a_date(self, start: int, end: int) -> bool:
        """Does text[start:end] lie inside a temporal phrase of the whole text ("Last" of "Last Tuesday, …")?"""
        first, last = bisect_left(self._breaks, start), bisect_left(self._breaks, end)
        return any(
            p.start <= start and end <= p.end
            for number in range(first, last + 1)
            for p in self._paragraph_dates(number)
        )

    def dates_in(self, start: int, end: int) -> list[TemporalPhrase]:
        """The temporal phrases in text[start:end], as if that span were all the text there is.

        A phrase cut by an edge ("on Tuesday" from "Tuesday") is read again within the span.
        """
        first, last = bisect_left(self._breaks, start), bisect_left(self._breaks, end)
        if first == last:  # the usual case: one paragraph
            phrases = self._paragraph_dates(first)
            if not phrases:
                return phrases
            found = [p for p in phrases if p.end > start and p.start < end]
        else:
            found = [
                p
                for number in range(first, last + 1)
                for p in self._paragraph_dates(number)
                if p.end > start and p.start < end
            ]
        if found and (found[0].start < start or found[-1].end > end):
            return self.date_finder.find(self.text, start, end)
        return found
