"""The interface language: `--lang` or $CLAIMTRACK_LANG (en or id) chooses the words the CLI and the TUI show.

Statuses come from data/statuses.toml (`words`, `short`); other labels and messages from data/interface.toml.
Stored values (status names, JSON keys) never change with the language.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from typing import Any

from claimtrack import statuses
from claimtrack.errors import ConfigError
from claimtrack.resources import data_dir

LANGUAGES = ("en", "id")
FILE = "interface.toml"
_chosen: str | None = None


def check_language(value: str) -> str:
    """`value` as an interface language, or a `ConfigError` naming the choices."""
    folded = value.strip().lower()
    if folded not in LANGUAGES:
        raise ConfigError(f"interface language {value!r} is not known; use one of: {', '.join(LANGUAGES)}")
    return folded


def set_language(value: str | None) -> None:
    """Choose the interface language for this process (None: back to $CLAIMTRACK_LANG, else English)."""
    global _chosen
    _chosen = None
    _chosen = check_language(value) if value else None


def chosen() -> str | None:
    """The interface language when the user chose one (--lang, $CLAIMTRACK_LANG), else None."""
    if _chosen:
        return _chosen
    from_environment = os.environ.get("CLAIMTRACK_LANG", "").strip().lower()
    return from_environment if from_environment in LANGUAGES else None


def language() -> str:
    return chosen() or "en"


def status_word(name: str, *, short: bool = False) -> str:
    """A status as the interface shows it: "in review", "sedang diperiksa"; an unknown name as it is."""
    try:
        status = statuses.get(name)
    except KeyError:
        return name
    return status.short_word(language()) if short else status.word(language())


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    try:
        with open(data_dir() / FILE, "rb") as handle:
            raw: dict[str, Any] = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{data_dir() / FILE}: cannot read: {exc}") from exc
    unknown = sorted(set(raw) - set(LANGUAGES))
    if unknown:
        raise ConfigError(f"{data_dir() / FILE}: unknown language table [{unknown[0]}]")
    english = raw.get("en", {})
    for code, table in raw.items():
        extra = sorted(set(table) - set(english))
        if extra:
            raise ConfigError(f"{data_dir() / FILE}: [{code}] {extra[0]!r} has no English text in [en]")
    return {code: dict(table) for code, table in raw.items()}


def text(key: str, **values: Any) -> str:
    """The interface's words for `key` in the chosen language (English when not translated), filled in."""
    catalogue = _catalogue()
    template = catalogue.get(language(), {}).get(key) or catalogue["en"].get(key)
    if template is None:
        raise KeyError(f"{FILE} has no text {key!r}")
    return template.format(**values) if values else template


def count(number: int, one: str, many: str | None = None) -> str:
    """ "1 claim", "2 claims" in the interface language: `one` and `many` are keys of data/interface.toml's nouns
    (Indonesian gives both the same word: "1 klaim", "2 klaim")."""
    return f"{number} {text(one if number == 1 else (many or one + 's'))}"
