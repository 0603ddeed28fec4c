"""Settings from data/config.toml, overridden by the file named in $CLAIMTRACK_CONFIG."""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from claimtrack.errors import ConfigError as ConfigError
from claimtrack.resources import data_dir


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int
    extensions: tuple[str, ...]
    max_article_chars: int = 200_000


@dataclass(frozen=True)
class ClaimSettings:
    min_checkworthiness: float
    min_content_words: int


@dataclass(frozen=True)
class MatchSettings:
    join_score: float
    candidates: int
    max_df_share: float
    lookup_score: float = 32.0
    lookup_states_score: float = 60.0


@dataclass(frozen=True)
class PublisherSettings:
    name: str
    url: str
    review_url: str = ""


@dataclass(frozen=True)
class DisplaySettings:
    time_zone: str = ""


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings
    claims: ClaimSettings
    match: MatchSettings
    publisher: PublisherSettings
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


@cache
def settings() -> Settings:
    raw = _read_toml(data_dir() / "config.toml")
    override = os.environ.get("CLAIMTRACK_CONFIG")
    if override:
        raw = _merge(raw, _read_toml(Path(override)))
    try:
        return Settings(
            ingest=IngestSettings(
                int(raw["ingest"]["max_bytes"]),
                tuple(raw["ingest"]["extensions"]),
                int(raw["ingest"].get("max_article_chars", 200_000)),
            ),
            claims=ClaimSettings(**raw["claims"]),
            match=MatchSettings(**raw["match"]),
            publisher=PublisherSettings(**raw["publisher"]),
            display=DisplaySettings(**raw.get("display", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad config: {exc}") from exc


def default_editor() -> str:
    """Who a change is recorded as: $CLAIMTRACK_EDITOR, else the login name."""
    editor = os.environ.get("CLAIMTRACK_EDITOR", "").strip()
    if editor:
        return editor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
