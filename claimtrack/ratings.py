"""Statuses as published ratings and back: the ClaimReview side of the status vocabulary (claimtrack.statuses)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimtrack import statuses
from claimtrack.errors import RatingsError as RatingsError
from claimtrack.textutil import fold

BEST_RATING = 5
WORST_RATING = 1


@dataclass(frozen=True)
class Rating:
    status: str
    description: str
    value: int  # 1-5; 0 means no verdict, so nothing to publish
    alternate_name: str
    label_id: str
    import_labels: tuple[str, ...]

    @property
    def is_verdict(self) -> bool:
        return self.value > 0


def label_key(label: str) -> str:
    """How labels are compared: case, accents, hyphens and underscores do not matter."""
    return " ".join(fold(label.replace("-", " ").replace("_", " ").replace("/", " ")).split())


@dataclass(frozen=True)
class _Table:
    ratings: dict[str, Rating]
    by_label: dict[str, str]


@cache
def _table() -> _Table:
    ratings: dict[str, Rating] = {}
    by_label: dict[str, str] = {}
    for status in statuses.vocabulary().statuses:
        rating = Rating(
            status.name,
            status.description,
            status.rating,
            status.label("en"),
            status.labels.get("id", ""),
            status.import_labels,
        )
        ratings[rating.status] = rating
        for label in (rating.status, *status.words.values(), *status.labels.values(), *rating.import_labels):
            by_label.setdefault(label_key(label), rating.status)
    return _Table(ratings, by_label)


def rating(status: str) -> Rating:
    return _table().ratings[status]


def ratings() -> list[Rating]:
    """Every status's rating, in triage order."""
    return list(_table().ratings.values())


def status_for_label(label: str) -> str | None:
    """Our status for a textual rating ("False", "Keliru", "pants-fire"), or None when it is not known."""
    return _table().by_label.get(label_key(label))


def parse_status(word: str) -> str:
    """The status an editor means by `word`, in any case and either language: "Verified", "in review", "benar",
    "keliru", "belum terbukti"; `RatingsError` naming the choices otherwise."""
    found = _table().by_label.get(label_key(word))
    if found is None:
        raise RatingsError(statuses.unknown_status_message(word))
    return found


def status_for_value(value: float, best: float = BEST_RATING, worst: float = WORST_RATING) -> str | None:
    """Our status for a numeric rating on any scale, or None when the scale makes no sense."""
    if best == worst or not (min(best, worst) <= value <= max(best, worst)):
        return None
    scaled = WORST_RATING + (BEST_RATING - WORST_RATING) * (value - worst) / (best - worst)
    return statuses.vocabulary().numeric.get(int(scaled + 0.5))
