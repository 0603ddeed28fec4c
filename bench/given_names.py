"""Write data/given_names.toml from the 1990 US Census first-name frequency files (public domain).

    python bench/given_names.py DIST_MALE_FIRST DIST_FEMALE_FIRST

The files are `dist.male.first` and `dist.female.first` as the `names` package (0.3.0, on PyPI) ships them: one name a
line, then its frequency in percent of that sex, the cumulative frequency and the rank. A name goes to one sex's list
when it is at least `FLOOR` percent of that sex and at least `RATIO` times as frequent in it as in the other.
"""

from __future__ import annotations

import sys
from pathlib import Path

FLOOR = 0.005
RATIO = 20.0
OUT = Path(__file__).resolve().parents[1] / "data" / "given_names.toml"
HEADER = """\
# Given names borne almost only by one sex, by language: a pronoun that tells a man from a woman ("he", "she") is
# never resolved to a person whose given name is of the other sex ("she told the AP" is not Daniel Simone's). English:
# the 1990 United States Census's first-name frequencies (public domain; as shipped in the `names` package, 0.3.0,
# dist.male.first and dist.female.first), each name at 0.005 % of one sex or more and at least twenty times as
# frequent in it as in the other ("Chris", "Jean", "Kelly", "Leslie" are in neither list). Names the census lacks
# ("Barack", "Jeb", "Megyn") are judged by nothing here. Regenerate rather than edit by hand: bench/given_names.py.
"""


def frequencies(path: Path) -> dict[str, float]:
    found = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        found[name.lower()] = float(percent)
    return found


def wrapped(key: str, names: list[str]) -> str:
    lines, current = [], f"{key} = ["
    for n, name in enumerate(names):
        item = f'"{name}",' if n < len(names) - 1 else f'"{name}"]'
        if len(current) + 1 + len(item) > 118:
            lines.append(current.rstrip())
            current = "  " + item
        else:
            current += ("" if current.endswith("[") else " ") + item
    return "\n".join([*lines, current])


def main(male_path: str, female_path: str) -> None:
    male, female = frequencies(Path(male_path)), frequencies(Path(female_path))
    masculine = sorted(n for n, f in male.items() if f >= FLOOR and f >= RATIO * female.get(n, 0.0))
    feminine = sorted(n for n, f in female.items() if f >= FLOOR and f >= RATIO * male.get(n, 0.0))
    OUT.write_text(
        f"{HEADER}\n[en]\n{wrapped('masculine', masculine)}\n{wrapped('feminine', feminine)}\n", encoding="utf-8"
    )
    print(f"{OUT}: {len(masculine)} masculine, {len(feminine)} feminine")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
