"""Times in the newsroom's zone: stored in UTC, shown in $TZ (e.g. Asia/Jakarta), else the config's, else UTC."""

from __future__ import annotations

import os
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimtrack.config import settings


def zone() -> tzinfo:
    """$TZ (an IANA name, optionally after ':'), else [display] time_zone in the config, else UTC."""
    for name in (os.environ.get("TZ", ""), settings().display.time_zone):
        name = name.strip().removeprefix(":")
        if not name:
            continue
        if name.upper() in ("UTC", "UTC0", "GMT", "Z"):
            return timezone.utc
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return timezone.utc


def local(at: datetime) -> datetime:
    """`at` in the local zone; a naive time is taken as UTC, as the database stores it."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(zone())


def zone_name(at: datetime | None = None) -> str:
    """The zone's abbreviation for display: "WIB", "UTC"."""
    return local(at or datetime.now(timezone.utc)).tzname() or "UTC"


def stamp(at: datetime) -> str:
    """ "2024-05-01 16:30 WIB": minutes, and the zone's abbreviation (or its offset when it has none, "UTC+05:45")."""
    moment = local(at)
    name = moment.tzname() or ""
    if not name or name[0] in "+-":
        offset = moment.strftime("%z")
        name = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{moment:%Y-%m-%d %H:%M} {name}"
