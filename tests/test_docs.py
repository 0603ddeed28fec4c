"""Every command says how to use it: its --help has an Example line, and the README or docs/ show it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from claimtrack.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[tuple[str, ...]]:
    """Every command path, groups included: ("ingest",), ("audit",), ("audit", "verify"), …"""
    found: list[tuple[str, ...]] = []

    def walk(group: Any, path: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            found.append((*path, name))
            if hasattr(command, "commands"):  # a group (Typer ships its own Click, so no isinstance check)
                walk(command, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


COMMANDS = _commands()


def test_every_command_is_found():
    names = {" ".join(path) for path in COMMANDS}
    assert {"ingest", "claims", "mark", "export", "import-claims", "audit verify", "backup", "upgrade"} <= names


@pytest.mark.parametrize("path", [(), *COMMANDS], ids=lambda path: " ".join(path) or "claimtrack")
def test_help_has_an_example_line(runner, path):
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert re.search(r"^\s*Example: claimtrack\b", result.output, re.M), result.output


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(path))
def test_command_appears_in_the_readme_or_docs(path):
    text = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
    name = re.escape(" ".join(path))
    assert re.search(rf"claimtrack(?: --db \S+)? {name}\b|`{name}`", text), f"no README or docs/ mention of {name}"


def test_the_readme_tour_names_the_weapons_claim_by_the_id_the_sample_gives_it(cli, sample_article):
    # the tour's `show N` / `mark N` must work as written on a fresh database holding the sample
    import json

    cli("ingest", str(sample_article))
    claims = json.loads(cli("claims", "--search", "senjata", "--json").stdout)
    weapons = next(c["id"] for c in claims if "mengirimkan senjata" in c["text"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"(note its id, {weapons} on the sample)" in readme
    assert re.search(rf"^claimtrack (show|mark|edit) {weapons}\b", readme, re.M)
    assert not re.search(rf"^claimtrack (show|mark|edit) (?!{weapons}\b)\d+", readme, re.M)
