"""One document's text with its cues and temporal phrases, found once so every stage can ask about any span."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.dates import DateFinder, TemporalPhrase


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z]+(?![\w-])")


@dataclass
class Article:
    text: str
    cue_finder: CuePatterns
    date_finder: DateFinder
    cues: list[Cue] = field(init=False)
    dates: list[TemporalPhrase] = field(init=False)

    def __post_init__(self) -> None:
        self.cues = self.cue_finder.find(self.text, 0, len(self.text))
        self.dates = self.date_finder.find(self.text)
        self._cue_starts = [c.start for c in self.cues]
        self._date_starts = [d.start for d in self.dates]
        self._date_ends = [d.end for d in self.dates]

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """Words the document writes in lower case: a capitalised one of them is a common word, not a name."""
        return frozenset(_LOWER_WORD.findall(self.text))

    def cues_in(self, start: int, end: int) -> list[Cue]:
        """The cues lying wholly within text[start:end]."""
        first = bisect_left(self._cue_starts, start)
        return [c for c in self.cues[first:bisect_left(self._cue_starts, end)] if c.end <= end]

    def dates_in(self, start: int, end: int) -> list[TemporalPhrase]:
        """The temporal phrases in text[start:end], as if that span were all the text there is.

        A phrase cut by an edge ("on Tuesday" from "Tuesday") is read again within the span.
        """
        first, last = bisect_right(self._date_ends, start), bisect_left(self._date_starts, end)
        found = self.dates[first:last]
        if found and (found[0].start < start or found[-1].end > end):
            return self.date_finder.find(self.text, start, end)
        return found
