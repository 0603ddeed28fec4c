"""One filter language for `claims`, `export` and the TUI's search box: `key:value` words narrow, the rest searches.

    status:disputed,false speaker:AHY outlet:detik since:7d until:2024-05-31 assignee:me lang:id contested
    checked sort:recent senjata

Status words are taken in either language and any case; `since`/`until` take YYYY-MM-DD or a number of days back
(`7d`); `assignee:me` is the editor, `assignee:none` nobody. A value with spaces goes in quotes: speaker:"Sri Mulyani".
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from claimtrack.errors import ClaimtrackError, RatingsError
from claimtrack.ratings import parse_status
from claimtrack.store import ClaimQuery
from claimtrack.store.views import SORTS

# each key with the other names it answers to (Indonesian first)
KEYS = {
    "status": ("status",),
    "speaker": ("speaker", "pembicara", "said-by"),
    "outlet": ("outlet", "media"),
    "since": ("since", "sejak", "from"),
    "until": ("until", "hingga", "sampai", "to"),
    "assignee": ("assignee", "petugas", "assigned"),
    "lang": ("lang", "language", "bahasa"),
    "contested": ("contested", "dibantah"),
    "checked": ("checked", "pernah-dicek"),
    "sort": ("sort", "urut"),
}
_NAMES = {name: key for key, names in KEYS.items() for name in names}
_FLAGS = {"contested", "checked"}
_YES = {"", "yes", "ya", "true", "1"}
_NO = {"no", "tidak", "false", "0"}
_DAYS = re.compile(r"^(\d{1,4})d$")


class FilterError(ClaimtrackError, ValueError):
    """A filter word that cannot be read: an unknown status, a bad date, an unknown sort."""


@dataclass
class Filter:
    """What a filter text asks for, as a store query, and the words it could not read (while someone types)."""

    query: ClaimQuery = field(default_factory=ClaimQuery)
    problems: list[str] = field(default_factory=list)


def day(value: str, key: str, today: date | None = None) -> date:
    """YYYY-MM-DD, or `Nd`: N days before today."""
    days = _DAYS.match(value.strip().lower())
    if days:
        return (today or date.today()) - timedelta(days=int(days.group(1)))
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise FilterError(f"{key}: {value!r} is not a date; use YYYY-MM-DD or a number of days back, like 7d") from exc


def status_words(values: str) -> tuple[str, ...]:
    """Comma-separated status words, in either language and any case, as status names."""
    try:
        return tuple(dict.fromkeys(parse_status(word) for word in values.split(",") if word.strip()))
    except RatingsError as exc:
        raise FilterError(str(exc)) from exc


def parse(text: str, *, editor: str = "", base: ClaimQuery | None = None, strict: bool = True) -> Filter:
    """Read a filter text onto `base` (default: no filter). Strict: the first unreadable word raises `FilterError`;
    otherwise it is skipped and listed in `problems` (the TUI, while someone is still typing)."""
    words = _words(text)
    query = replace(base) if base is not None else ClaimQuery()
    problems: list[str] = []
    search: list[str] = [query.search] if query.search else []
    for word in words:
        name, colon, value = word.partition(":")
        key = _NAMES.get(name.lower()) if colon or name.lower() in _FLAGS else None
        if key is None:
            search.append(word)
            continue
        try:
            query = _apply(query, key, value, editor)
        except FilterError as exc:
            if strict:
                raise
            problems.append(str(exc))
    query.search = " ".join(search)
    return Filter(query, problems)


def _words(text: str) -> list[str]:
    """Words, with quoted values kept whole; a quote still open (someone is typing) counts as closed."""
    for attempt in (text, text + '"', text + "'"):
        try:
            return shlex.split(attempt)
        except ValueError:
            continue
    return text.split()


def _apply(query: ClaimQuery, key: str, value: str, editor: str) -> ClaimQuery:
    value = value.strip()
    if key in _FLAGS:
        if value.lower() not in _YES | _NO:
            raise FilterError(f"{key}: {value!r}; use {key} or {key}:no")
        setting = value.lower() not in _NO
        if key == "contested":
            return replace(query, contested=setting)
        return replace(query, previously_checked=setting)
    if not value:
        raise FilterError(f"{key}: give a value, like {key}:…")
    if key == "status":
        return replace(query, statuses=status_words(value))
    if key == "speaker":
        return replace(query, speaker=value)
    if key == "outlet":
        return replace(query, outlet=value)
    if key == "since":
        return replace(query, since=day(value, "since"))
    if key == "until":
        return replace(query, until=day(value, "until"))
    if key == "assignee":
        lowered = value.lower()
        if lowered in ("me", "saya"):
            return replace(query, assignee=editor)
        return replace(query, assignee="" if lowered in ("none", "-") else value)
    if key == "lang":
        return replace(query, language=value.lower())
    if value.lower() not in SORTS:
        raise FilterError(f"sort: unknown order {value!r}; use one of: {', '.join(SORTS)}")
    return replace(query, sort=value.lower())


def describe(query: ClaimQuery, *, editor: str = "") -> str:
    """The query written back in the filter language (what a report's "Filters:" line and the TUI show)."""

    def quoted(value: str) -> str:
        return f'"{value}"' if " " in value else value

    parts = []
    if query.statuses:
        parts.append("status:" + ",".join(query.statuses))
    if query.speaker:
        parts.append("speaker:" + quoted(query.speaker))
    if query.outlet:
        parts.append("outlet:" + quoted(query.outlet))
    if query.since:
        parts.append(f"since:{query.since.isoformat()}")
    if query.until:
        parts.append(f"until:{query.until.isoformat()}")
    if query.assignee is not None:
        parts.append("assignee:" + ("me" if editor and query.assignee == editor else quoted(query.assignee) or "none"))
    if query.language:
        parts.append(f"lang:{query.language}")
    if query.contested is not None:
        parts.append("contested" if query.contested else "contested:no")
    if query.previously_checked is not None:
        parts.append("checked" if query.previously_checked else "checked:no")
    if query.claim_ids:
        parts.append("claim:" + ",".join(str(claim_id) for claim_id in query.claim_ids))
    if query.sort != "triage":
        parts.append(f"sort:{query.sort}")
    if query.search:
        parts.append(query.search)
    return " ".join(parts)
