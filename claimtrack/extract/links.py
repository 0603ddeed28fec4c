"""Links between statements of one document: a denial contradicts what it answers; a repeat supports it."""

from __future__ import annotations

from claimtrack.extract.result import Link, Statement
from claimtrack.extract.stance import Stance
from claimtrack.textutil import fold

_OVERLAP_TO_LINK = 0.3
_OVERLAP_TO_SUPPORT = 0.6


def _content_words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 3}


def overlap(wa: set[str], wb: set[str]) -> float:
    """Shared content words over the smaller statement's content words."""
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _answered(denial: Statement, asserted: list[Statement]) -> Statement | None:
    """What a denial that says "that claim" answers: the most check-worthy assertion just before it
    (within the two preceding sentences' reach), else the first one after it."""
    earlier = [s for s in asserted if s.start < denial.start and denial.sentence_start - s.sentence_end < 600]
    if earlier:
        return max(reversed(earlier), key=lambda s: s.checkworthiness)
    later = [s for s in asserted if s.start > denial.start]
    return later[0] if later else None


def find_links(stance: Stance, statements: list[Statement]) -> list[Link]:
    links: list[Link] = []
    words = {s.id: _content_words(s.content) for s in statements}
    for statement in statements:
        others = [s for s in statements if s is not statement and s.speaker != statement.speaker]
        if statement.stance == "deny":
            asserted = [s for s in others if s.stance == "assert"]
            best = max(asserted, key=lambda s: overlap(words[statement.id], words[s.id]), default=None)
            if best is not None and overlap(words[statement.id], words[best.id]) >= _OVERLAP_TO_LINK:
                links.append(Link(statement.id, best.id, "contradicts"))
            elif stance.points_back(statement.content):
                target = _answered(statement, asserted)
                if target is not None:
                    links.append(Link(statement.id, target.id, "contradicts"))
        else:
            earlier = [s for s in others if s.stance == "assert" and s.start < statement.start]
            best = max(earlier, key=lambda s: overlap(words[statement.id], words[s.id]), default=None)
            if best is not None and overlap(words[statement.id], words[best.id]) >= _OVERLAP_TO_SUPPORT:
                links.append(Link(statement.id, best.id, "supports"))
    return links
