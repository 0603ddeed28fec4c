"""Print gazetteer entries for the countries data/gazetteer.toml lacks, from the ISO 3166-1 names pycountry ships.

    python bench/gazetteer_countries.py PYCOUNTRY_PACKAGE_DIR >> data/gazetteer.toml

PYCOUNTRY_PACKAGE_DIR is the `pycountry` folder of an unpacked pycountry wheel (its databases/iso3166-1.json and
locales/id/LC_MESSAGES/iso3166-1.mo). Each country gets its Indonesian name (the Indonesian translation of its ISO
name) as canonical and its English name as an alias and as the name English readers know it by, as the entries
written by hand do. A country already listed under any of those names is left out; so are names that are the
formal ISO forms only ("Korea, Republic of": a comma or a bracket), which no news text writes, and a country whose
name is also a given name borne mostly by one sex (data/given_names.toml: "Chad", "Kenya"), which may name a person.
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimtrack.lexicon import gazetteer, given_names  # noqa: E402
from claimtrack.textutil import fold  # noqa: E402


def entries(package: Path) -> list[str]:
    countries = json.loads((package / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    with (package / "locales" / "id" / "LC_MESSAGES" / "iso3166-1.mo").open("rb") as handle:
        indonesian = gettext.GNUTranslations(handle)
    known = gazetteer()
    masculine, feminine = given_names("en")
    out = []
    for country in countries:
        english = country.get("common_name", country["name"])
        local = indonesian.gettext(country["name"])
        names = [name for name in dict.fromkeys((local, english)) if not any(mark in name for mark in ",()")]
        if (
            not names
            or any(known.lookup(name) is not None for name in names)
            or fold(names[0]) != fold(local)
            or any(fold(name) in masculine | feminine for name in names)
        ):
            continue
        aliases = names[1:]
        lines = ["[[entity]]", f'name = "{local}"', 'kind = "place"']
        if aliases:
            lines.append("aliases = [" + ", ".join(f'"{alias}"' for alias in aliases) + "]")
            lines.append(f'names = {{ en = "{english}" }}')
        out.append("\n".join(lines))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = entries(Path(sys.argv[1]))
    print("\n# Countries from ISO 3166-1 (pycountry's names and their Indonesian translation;")
    print("# bench/gazetteer_countries.py)")
    print("\n\n".join(found))
    print(f"{len(found)} countries", file=sys.stderr)
