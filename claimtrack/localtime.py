"""Times as a reader expects them: stored in UTC, shown in the newsroom's zone ($TZ, else the config, else UTC)."""

from __future__ import annotations

import os
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimtrack.config import settings, timezone_or_error


def zone() -> tzinfo:
    """$TZ when it names a zone ("Asia/Jakarta", ":Asia/Jakarta"), else display.timezone, else UTC."""
    named = os.environ.get("TZ", "").strip().lstrip(":")
    if named:
        try:
            return ZoneInfo(named)
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a POSIX rule ("WIB-7") or a typo: the config decides
    return timezone_or_error(settings().display.timezone) or timezone.utc


def local(at: datetime) -> datetime:
    """The moment in the local zone; a naive time is UTC, as the database stores it."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(zone())


def stamp(at: datetime) -> str:
    """ "2024-05-01 16:30 WIB": minutes, and the zone's abbreviation (or its offset when it has none)."""
    moment = local(at)
    name = moment.tzname() or ""
    if not name or name[0] in "+-":
        offset = moment.strftime("%z")
        name = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{moment:%Y-%m-%d %H:%M} {name}"
