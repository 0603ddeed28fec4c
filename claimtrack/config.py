"""Settings: claimtrack's defaults (data/config.toml), overridden by the user's config file.

The user's file is the one named by $CLAIMTRACK_CONFIG, else `claimtrack/config.toml` in $XDG_CONFIG_HOME (by default
~/.config). `claimtrack config set` writes it; a key the defaults do not have is refused, so a typo is never
silently ignored.
"""

from __future__ import annotations

import getpass
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimtrack.errors import ConfigError as ConfigError
from claimtrack.resources import data_dir

DATE_ORDERS = ("day-first", "month-first")
# Tables whose keys are open (a language code each), so `config set` may add keys the defaults do not list.
OPEN_TABLES = ("ingest.date_order",)


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int
    extensions: tuple[str, ...]
    max_article_chars: int = 200_000
    progress_seconds: float = 5.0
    date_order: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class ClaimSettings:
    min_checkworthiness: float
    min_content_words: int
    repeat_similarity: float = 90.0
    support_coverage: float = 0.5
    pieces_need_particulars: bool = True


@dataclass(frozen=True)
class MatchSettings:
    join_score: float
    candidates: int
    max_df_share: float
    postings_budget: int = 2000
    lookup_score: float = 32.0
    lookup_states_score: float = 60.0


@dataclass(frozen=True)
class PublisherSettings:
    name: str
    url: str
    review_url: str = ""
    desk: str = ""


@dataclass(frozen=True)
class ReportSettings:
    language: str = "en"


@dataclass(frozen=True)
class DisplaySettings:
    time_zone: str = ""  # an IANA zone name, or "" for UTC


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings
    claims: ClaimSettings
    match: MatchSettings
    publisher: PublisherSettings
    report: ReportSettings = ReportSettings()
    display: DisplaySettings = DisplaySettings()


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from exc


def defaults() -> dict:
    """claimtrack's own settings, as data/config.toml gives them."""
    return _read_toml(data_dir() / "config.toml")


def user_file() -> Path:
    """The user's config file: $CLAIMTRACK_CONFIG, else claimtrack/config.toml under $XDG_CONFIG_HOME."""
    named = os.environ.get("CLAIMTRACK_CONFIG")
    if named:
        return Path(named)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "claimtrack" / "config.toml"


def user_settings(*, to_change: bool = False) -> dict:
    """What the user's file sets: {} when there is no file yet, except that a file named by $CLAIMTRACK_CONFIG must
    exist (a mistyped name is an error, not silently the defaults) unless it is about to be written."""
    path = user_file()
    if not path.exists() and (to_change or not os.environ.get("CLAIMTRACK_CONFIG")):
        return {}
    return _read_toml(path)


def timezone_or_error(name: str, key: str = "display.time_zone") -> ZoneInfo | None:
    """The zone an IANA name gives, None for "", a ConfigError naming the key for anything else."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{key}: {name!r} is not a time zone; use an IANA name such as Asia/Jakarta") from exc


def _date_order(raw: dict) -> Mapping[str, str]:
    orders = {str(language): str(order) for language, order in raw.items()}
    for language, order in orders.items():
        if order not in DATE_ORDERS:
            raise ConfigError(f"ingest.date_order.{language}: {order!r} is not one of {', '.join(DATE_ORDERS)}")
    return MappingProxyType(orders)


def build(raw: dict) -> Settings:
    """Settings from a merged configuration, checked: a bad value is a ConfigError naming its key."""
    try:
        ingest = raw["ingest"]
        built = Settings(
            ingest=IngestSettings(
                int(ingest["max_bytes"]),
                tuple(ingest["extensions"]),
                int(ingest.get("max_article_chars", 200_000)),
                float(ingest.get("progress_seconds", 5.0)),
                _date_order(ingest.get("date_order", {})),
            ),
            claims=ClaimSettings(**raw["claims"]),
            match=MatchSettings(**raw["match"]),
            publisher=PublisherSettings(**raw["publisher"]),
            report=ReportSettings(**raw.get("report", {})),
            display=DisplaySettings(**raw.get("display", {})),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, ConfigError):
            raise
        raise ConfigError(f"bad config: {exc}") from exc
    timezone_or_error(built.display.time_zone)
    return built


@cache
def settings() -> Settings:
    return build(_merge(defaults(), user_settings()))


def lookup(raw: Mapping[str, Any], dotted: str) -> Any:
    """The value at a dotted key ("publisher.name"), KeyError when there is none."""
    value: Any = raw
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            raise KeyError(dotted)
        value = value[part]
    return value


# --- changing the user's file (`claimtrack config`) ---------------------------------------------------------------
# Short names for the keys people set most.
ALIASES = {
    "publisher": "publisher.name",
    "desk": "publisher.desk",
    "timezone": "display.time_zone",
    "lang": "report.language",
    "language": "report.language",
}


def _flat(raw: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in raw.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flat(value, f"{dotted}."))
        else:
            out[dotted] = value
    return out


def known_key(key: str) -> str:
    """The full dotted name of a setting (an alias resolved), or a ConfigError listing the known ones."""
    dotted = ALIASES.get(key, key)
    flat = _flat(defaults())
    if dotted in flat:
        return dotted
    table, _, name = dotted.rpartition(".")
    if table in OPEN_TABLES and name:
        return dotted
    known = sorted([*flat, *(f"{t}.LANGUAGE" for t in OPEN_TABLES)])
    raise ConfigError(f"unknown setting {key!r}; known settings: {', '.join(known)}")


def _typed(dotted: str, text: str) -> Any:
    """The text a user typed, as the type the default has (a number, a list, true/false, text)."""
    try:
        default = lookup(defaults(), dotted)
    except KeyError:
        return text  # a new key in an open table is text
    try:
        if isinstance(default, bool):
            if text.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise ValueError
            return text.lower() in ("true", "yes", "1")
        if isinstance(default, int):
            return int(text.replace("_", "").replace(",", ""))
        if isinstance(default, float):
            return float(text)
    except ValueError as exc:
        kind = "true or false" if isinstance(default, bool) else "a number"
        raise ConfigError(f"{dotted}: {text!r} is not {kind}") from exc
    if isinstance(default, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def _write_user_file(raw: dict) -> Path:
    """The user's file replaced whole (written beside it, then renamed), after the result is checked."""
    import tomli_w

    build(_merge(defaults(), raw))
    path = user_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(tomli_w.dumps(raw), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise ConfigError(f"cannot write config {path}: {exc.strerror or exc}") from exc
    settings.cache_clear()
    return path


def set_value(key: str, text: str) -> tuple[str, Any, Path]:
    """Set one setting in the user's file: (its dotted name, the value stored, the file)."""
    dotted = known_key(key)
    value = _typed(dotted, text)
    raw = user_settings(to_change=True)
    table = raw
    *parents, name = dotted.split(".")
    for part in parents:
        table = table.setdefault(part, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{user_file()}: {part!r} is not a table")
    table[name] = value
    return dotted, value, _write_user_file(raw)


def unset_value(key: str) -> tuple[str, Path]:
    """Remove one setting from the user's file, so the default applies again."""
    dotted = known_key(key)
    raw = user_settings(to_change=True)
    *parents, name = dotted.split(".")
    table: Any = raw
    for part in parents:
        table = table.get(part, {}) if isinstance(table, dict) else {}
    if isinstance(table, dict):
        table.pop(name, None)
    return dotted, _write_user_file(_pruned(raw))


def _pruned(raw: dict) -> dict:
    """The user's settings without tables left empty."""
    out = {}
    for key, value in raw.items():
        if isinstance(value, dict):
            value = _pruned(value)
            if not value:
                continue
        out[key] = value
    return out


def current(key: str | None = None) -> list[tuple[str, Any, bool]]:
    """(dotted name, value in force, whether the user's file sets it), for one setting or all."""
    mine = _flat(user_settings())
    merged = _flat(_merge(defaults(), user_settings()))
    if key is not None:
        dotted = known_key(key)
        if dotted not in merged:
            raise ConfigError(f"{dotted} is not set")
        return [(dotted, merged[dotted], dotted in mine)]
    return [(dotted, value, dotted in mine) for dotted, value in merged.items()]


def default_editor() -> str:
    """Who a change is recorded as: $CLAIMTRACK_EDITOR, else the login name."""
    editor = os.environ.get("CLAIMTRACK_EDITOR", "").strip()
    if editor:
        return editor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
