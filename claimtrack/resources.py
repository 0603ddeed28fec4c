"""Where claimtrack's shipped files live: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"claimtrack's {name}/ folder is missing from the installation")


@cache
def data_dir() -> Path:
    """`data/`: lexicons, gazetteer, statuses, default config."""
    return _locate("data")


@cache
def seeds_dir() -> Path:
    """`seeds/`: the sample articles `claimtrack demo` loads."""
    return _locate("seeds")
