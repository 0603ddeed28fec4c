"""`claimtrack actors --repair` on a database an older claimtrack built, as an editor runs it."""

from __future__ import annotations

import json

import pytest

from claimtrack.store import Store
from tests.tracking.old_database import build_old_database


@pytest.fixture
def old_db(db_url):
    store = Store(db_url)
    build_old_database(store)
    store.close()


def actor_names(cli) -> set[str]:
    return {actor["name"] for actor in json.loads(cli("actors", "--json").stdout)}


def test_dry_run_reports_the_changes_and_writes_nothing(cli, old_db):
    before = cli("actors", "--json").stdout
    result = cli("actors", "--repair", "--dry-run")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "actors: 7 → 4" in out
    assert "Agus Harimurti Yudhoyono → Agus" in out
    assert "Prabowo Subianto ← " in out and "Pak Prabowo" in out
    assert "katanya" in out.split("Aliases removed")[1]
    assert "dry run: nothing written" in out
    assert cli("actors", "--json").stdout == before


def test_repair_then_the_audit_verifies_and_a_second_run_has_nothing_to_do(cli, old_db):
    claims = cli("claims", "--json", "--sort", "id").stdout
    result = cli("actors", "--repair")
    assert result.exit_code == 0, result.output
    assert "repaired" in result.stdout
    assert not actor_names(cli) & {"Pak Prabowo", "Namun Prabowo", "N. Luhut", "hakim", "katanya"}
    assert cli("audit", "verify").exit_code == 0
    after = json.loads(cli("claims", "--json", "--sort", "id").stdout)
    assert [(c["id"], c["text"], c["status"]) for c in after] == [
        (c["id"], c["text"], c["status"]) for c in json.loads(claims)
    ]
    again = json.loads(cli("actors", "--repair", "--json").stdout)
    assert again["applied"] is False
    assert again["statements"]["changes"] == [] and again["actors"]["removed"] == []


def test_json_report(cli, old_db):
    report = json.loads(cli("actors", "--repair", "--dry-run", "--json").stdout)
    assert report["dry_run"] is True and report["applied"] is False
    assert (report["actors"]["before"], report["actors"]["after"]) == (7, 4)
    assert {"from": "Agus Harimurti Yudhoyono", "to": "Agus", "statements": 1} in report["statements"]["changes"]
    assert report["statements"]["left_without_actor"] == 3
    assert {"katanya", "ujarnya"} <= set(report["aliases"]["removed"])


@pytest.mark.sqlite_only
def test_a_sqlite_file_is_backed_up_before_the_repair(cli, old_db, db_path):
    result = cli("actors", "--repair")
    assert result.exit_code == 0, result.output
    backups = list(db_path.parent.glob(f"{db_path.name}.actors-repair-*.bak"))
    assert len(backups) == 1 and str(backups[0]) in result.stdout
    saved = Store(str(backups[0]))
    assert "Pak Prabowo" in {name for _, name, _, _ in saved.actor_rows()}
    saved.close()


def test_repair_options_go_together(cli):
    assert cli("actors", "--dry-run").exit_code == 1
    result = cli("actors", "--repair", "--search", "agus")
    assert result.exit_code == 1 and "error:" in result.stderr
