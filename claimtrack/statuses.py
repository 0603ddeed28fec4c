"""The one status vocabulary, read once from data/statuses.toml: names in triage order, labels per language,
colours, the TUI's marking keys, report order and ClaimReview ratings. Models, CLI, TUI and reports ask here."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from claimtrack.errors import RatingsError
from claimtrack.resources import data_dir

FILE = "statuses.toml"
_TOP_KEYS = {"report_order", "status", "keys", "numeric"}
_STATUS_KEYS = {"name", "colour", "description", "rating", "labels", "import_labels", "words", "short"}


@dataclass(frozen=True)
class Status:
    name: str
    colour: str
    description: str
    rating: int  # ratingValue 1-5; 0 means no verdict, so nothing to publish
    labels: Mapping[str, str]  # language → the status as a fact-checker there writes it
    import_labels: tuple[str, ...]
    words: Mapping[str, str] = field(default_factory=dict)  # interface language → the status as the interface shows it
    short: Mapping[str, str] = field(default_factory=dict)  # the same, abbreviated for narrow screens

    @property
    def title(self) -> str:
        """The name as words: "in review"."""
        return self.name.replace("_", " ")

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.name

    def word(self, language: str = "en") -> str:
        """How the interface in `language` names the status: "in review", "sedang diperiksa"."""
        return self.words.get(language) or self.words.get("en") or self.title

    def short_word(self, language: str = "en") -> str:
        return self.short.get(language) or self.short.get("en") or self.word(language)


@dataclass(frozen=True)
class Vocabulary:
    statuses: tuple[Status, ...]  # in triage order
    report_order: tuple[str, ...]
    keys: tuple[tuple[str, str], ...]  # (key, status) in the order the TUI lists them
    numeric: Mapping[int, str]  # a 1-5 rating from another publisher → status


def _problem(message: str) -> RatingsError:
    return RatingsError(f"{data_dir() / FILE}: {message}")


def _unknown(found: Iterable[str], known: set[str], where: str) -> None:
    extra = sorted(set(found) - known)
    if extra:
        raise _problem(f"{where}: unknown key {extra[0]!r}; known keys: {', '.join(sorted(known))}")


def _status(entry: dict) -> Status:
    where = f"[[status]] {entry.get('name', '(no name)')!r}"
    _unknown(entry, _STATUS_KEYS, where)
    if not isinstance(entry.get("name"), str) or not entry["name"]:
        raise _problem(f"{where}: every status needs a name")
    labels = entry.get("labels", {})
    if not isinstance(labels, dict) or "en" not in labels:
        raise _problem(f"{where}: labels must give at least the English label (en)")
    return Status(
        name=entry["name"],
        colour=entry.get("colour", ""),
        description=entry.get("description", ""),
        rating=int(entry.get("rating", 0)),
        labels=MappingProxyType(dict(labels)),
        import_labels=tuple(entry.get("import_labels", ())),
        words=MappingProxyType(_texts(entry, "words", where)),
        short=MappingProxyType(_texts(entry, "short", where)),
    )


def _texts(entry: dict, key: str, where: str) -> dict[str, str]:
    value = entry.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(text, str) and text for text in value.values()):
        raise _problem(f'{where}: {key} must map languages to words, e.g. {{ en = "in review" }}')
    return dict(value)


def _names_in(values: Iterable[str], names: tuple[str, ...], where: str) -> None:
    unknown = [value for value in values if value not in names]
    if unknown:
        raise _problem(f"{where}: {unknown[0]!r} is not a status; use one of: {', '.join(names)}")


@cache
def vocabulary() -> Vocabulary:
    """data/statuses.toml, checked: unknown keys, unknown or repeated statuses are errors naming the file."""
    try:
        with open(data_dir() / FILE, "rb") as handle:
            raw = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise _problem(f"cannot read: {exc}") from exc
    _unknown(raw, _TOP_KEYS, "top level")
    statuses = tuple(_status(entry) for entry in raw.get("status", []))
    names = tuple(status.name for status in statuses)
    if not names:
        raise _problem("no [[status]] entries")
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise _problem(f"status {repeated[0]!r} is described twice")
    report_order = tuple(raw.get("report_order", names))
    _names_in(report_order, names, "report_order")
    if sorted(report_order) != sorted(names):
        raise _problem("report_order must list every status once")
    keys = tuple(raw.get("keys", {}).items())
    _names_in([status for _, status in keys], names, "[keys]")
    numeric = {int(value): status for value, status in raw.get("numeric", {}).items()}
    _names_in(numeric.values(), names, "[numeric]")
    return Vocabulary(statuses, report_order, keys, MappingProxyType(numeric))


def names() -> tuple[str, ...]:
    """Every status, in triage order (new claims first, dismissed last)."""
    return tuple(status.name for status in vocabulary().statuses)


@cache
def _by_name() -> Mapping[str, Status]:
    return MappingProxyType({status.name: status for status in vocabulary().statuses})


def get(name: str) -> Status:
    """The status called `name`; KeyError for a name the vocabulary does not have."""
    return _by_name()[name]


def colour(name: str) -> str | None:
    """The status's colour ("#rrggbb"), or None for a name the vocabulary does not have."""
    status = _by_name().get(name)
    return status.colour or None if status is not None else None


def report_order() -> tuple[str, ...]:
    return vocabulary().report_order


def marking_keys() -> tuple[tuple[str, str], ...]:
    """(key, status) for each status the TUI marks with a key, in the order it lists them."""
    return vocabulary().keys


def unknown_status_message(name: str) -> str:
    return f"unknown status {name!r}; use one of: {', '.join(names())}"
