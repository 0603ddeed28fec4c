"""The words importers need, from data/interchange.toml: a word list belongs in data, not in code."""

from __future__ import annotations

import tomllib
from functools import cache

from claimtrack.errors import InterchangeError
from claimtrack.resources import data_dir

FILE = "interchange.toml"
_SECTIONS = {"liar": {"circulating"}}


@cache
def _words() -> dict[str, dict[str, frozenset[str]]]:
    path = data_dir() / FILE
    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InterchangeError(f"{path}: cannot read: {exc}") from exc
    words: dict[str, dict[str, frozenset[str]]] = {}
    for section, keys in raw.items():
        if section not in _SECTIONS or not isinstance(keys, dict):
            raise InterchangeError(f"{path}: unknown section [{section}]; known: {', '.join(sorted(_SECTIONS))}")
        for key, values in keys.items():
            if key not in _SECTIONS[section]:
                raise InterchangeError(
                    f"{path}: [{section}] unknown key {key!r}; known: {', '.join(sorted(_SECTIONS[section]))}"
                )
            if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
                raise InterchangeError(f"{path}: [{section}] {key} must be a list of words")
            repeated = sorted({value for value in values if values.count(value) > 1})
            if repeated:
                raise InterchangeError(f"{path}: [{section}] {key} lists {repeated[0]!r} twice")
            words.setdefault(section, {})[key] = frozenset(values)
    missing = [
        f"[{section}] {key}" for section, keys in _SECTIONS.items() for key in keys if key not in words.get(section, {})
    ]
    if missing:
        raise InterchangeError(f"{path}: {missing[0]} is missing")
    return words


def circulating_words() -> frozenset[str]:
    """Words of a LIAR speaker slug that mark a circulating claim (a chain email, a viral post), not a speaker."""
    return _words()["liar"]["circulating"]
