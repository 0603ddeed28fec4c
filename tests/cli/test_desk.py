"""The desk from the command line: speakers by whole words, filters, the right messages, status words in either
language, assignment, evidence and undo."""

from __future__ import annotations

import json
import re

import pytest


@pytest.fixture
def sample(cli, sample_article):
    cli("ingest", str(sample_article))
    weapons = next(c for c in json.loads(cli("claims", "--json").stdout) if "senjata" in c["text"])
    return weapons["id"]


def ids(result) -> set[int]:
    assert result.exit_code == 0, result.output
    return {claim["id"] for claim in json.loads(result.stdout)}


def test_speaker_is_whole_words_and_the_cli_says_which_actors(cli, sample):
    result = cli("claims", "--speaker", "peskov", "--json")
    assert ids(result) == {sample}
    assert "Dmitry Peskov (1)" in result.stderr
    partial = cli("claims", "--speaker", "esko")
    assert partial.exit_code == 0
    assert "no speaker is called 'esko'" in partial.stderr
    assert "no claims match speaker:esko" in partial.stdout


def test_an_empty_answer_says_whether_nothing_matches_or_nothing_is_there(cli, sample):
    assert "no claims match zzzz" in cli("claims", "--search", "zzzz").stdout
    assert "no claims match status:false" in cli("claims", "--status", "salah").stdout


def test_an_empty_database_says_to_ingest(cli):
    assert "no claims yet" in cli("claims").stdout


def test_a_database_file_that_does_not_exist_is_announced_unless_create(runner, tmp_path, monkeypatch):
    from claimtrack.cli import app

    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    typo = tmp_path / "ful.db"
    result = runner.invoke(app, ["--db", str(typo), "claims"])
    assert result.exit_code == 0
    assert f"{typo} does not exist: creating a new, empty database" in result.stderr
    again = runner.invoke(app, ["--db", str(typo), "claims"])
    assert "does not exist" not in again.stderr
    quiet = runner.invoke(app, ["--db", str(tmp_path / "new.db"), "--create", "claims"])
    assert quiet.stderr == ""


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("Verified", "verified"),
        ("benar", "verified"),
        ("In Review", "in_review"),
        ("keliru", "false"),
        ("SALAH", "false"),
        ("menyesatkan", "misleading"),
        ("disanggah", "disputed"),
        ("belum terbukti", "unproven"),
    ],
)
def test_status_words_in_any_case_and_in_indonesian(cli, sample, word, status):
    result = cli("mark", str(sample), word, "--note", "checked")
    assert result.exit_code == 0, result.output
    assert json.loads(cli("show", str(sample), "--json").stdout)["status"] == status


def test_statuses_show_as_words_and_history_shows_changes_only(cli, sample):
    assert "unverified → in review" in cli("mark", str(sample), "in_review").stdout
    cli("edit", str(sample), "--text", "North Korea sent weapons to Russia")
    shown = cli("show", str(sample)).stdout
    assert "in_review" not in shown and "in review" in shown
    assert re.search(r"tester: edit — text was:", shown)
    assert "in review → in review" not in shown
    listed = cli("claims", "--status", "in review").stdout
    assert "in review" in listed and "1 claim ·" in listed


def test_at_80_columns_the_id_status_and_claim_stay_readable(cli, sample, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("claims").stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    rows = [line.split() for line in lines[2:-1]]
    assert sorted(int(row[0]) for row in rows) == sorted(ids(cli("claims", "--json")))
    assert any("Korea Utara" in line for line in lines)


def test_the_filter_language_and_the_options_agree(cli, sample):
    every = ids(cli("claims", "--json"))
    assert ids(cli("claims", "-w", "speaker:peskov", "--json")) == {sample}
    assert ids(cli("claims", "-w", "contested", "--json")) == ids(cli("claims", "--contested", "--json")) == {sample}
    assert ids(cli("claims", "-w", "contested:no", "--json")) == every - {sample}
    assert ids(cli("claims", "-w", "outlet:antara until:2023-10-12", "--json")) == {sample}
    assert ids(cli("claims", "--outlet", "detik", "--json")) == set()
    bad = cli("claims", "-w", "since:yesterday")
    assert bad.exit_code == 1 and bad.stderr.startswith("error: since: 'yesterday' is not a date")
    assert cli("claims", "--sort", "sideways").exit_code == 1


def test_assign_mine_and_unassign_each_an_audit_event(cli, sample):
    assert cli("assign", str(sample), "--to", "me").exit_code == 0
    assert ids(cli("claims", "--mine", "--json")) == {sample}
    assert "tester" in cli("claims", "--mine").stdout  # the assignee column shows once someone is assigned
    assert ids(cli("claims", "--assignee", "ana", "--json")) == set()
    assert json.loads(cli("show", str(sample), "--json").stdout)["assignee"] == "tester"
    cli("unassign", str(sample))
    shown = json.loads(cli("show", str(sample), "--json").stdout)
    assert shown["assignee"] == ""
    assert [e["action"] for e in shown["history"]] == ["assign", "assign"]
    assert "error: no claim with id 999" in cli("assign", "999", "--to", "ana").stderr


def test_evidence_by_url_or_file_is_shown_and_bad_targets_refused(cli, sample, tmp_path):
    document = tmp_path / "call notes.txt"
    document.write_text("notes", encoding="utf-8")
    assert cli("evidence", "add", str(sample), "https://example.org/r", "--note", "satellite").exit_code == 0
    assert cli("evidence", "add", str(sample), str(document)).exit_code == 0
    shown = json.loads(cli("show", str(sample), "--json").stdout)
    assert [(e["kind"], e["note"]) for e in shown["evidence"]] == [("url", "satellite"), ("file", "")]
    assert shown["evidence"][1]["target"] == str(document.resolve())
    assert "https://example.org/r — satellite" in cli("show", str(sample)).stdout
    for bad in ("javascript:alert(1)", str(tmp_path / "nope.pdf")):
        result = cli("evidence", "add", str(sample), bad)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_undo_reverts_my_last_change_and_keeps_the_chain(cli, sample):
    cli("mark", str(sample), "false", "--note", "no proof")
    cli("assign", str(sample), "--to", "ana")
    assert "assignee back to nobody" in cli("undo").stdout
    assert "status back to unverified" in cli("undo").stdout
    assert cli("undo").stderr.strip() == "error: nothing of tester's to undo"
    shown = json.loads(cli("show", str(sample), "--json").stdout)
    assert (shown["status"], shown["assignee"]) == ("unverified", "")
    assert "intact" in cli("audit", "verify").stdout


def test_the_tui_asks_before_making_a_database_that_does_not_exist(runner, tmp_path, monkeypatch):
    from claimtrack.cli import app

    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    monkeypatch.setattr("claimtrack.cli.demo._run_tui", lambda: print("tui opened"))
    typo = tmp_path / "ful.db"
    refused = runner.invoke(app, ["--db", str(typo), "tui"], input="n\n")
    assert refused.exit_code == 1 and "Create a new, empty database there?" in refused.stderr
    assert "tui opened" not in refused.stdout and not typo.exists()
    accepted = runner.invoke(app, ["--db", str(typo), "tui"], input="y\n")
    assert accepted.exit_code == 0 and "tui opened" in accepted.stdout


def test_the_interface_speaks_indonesian_with_lang_id(cli, sample, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    listed = cli("--lang", "id", "claims").stdout  # a global option, after --db as the fixture gives it
    assert "belum diperiksa" in listed and "4 klaim" in listed and "dinyatakan oleh" in listed
    assert "tidak ada klaim yang cocok" in cli("--lang", "id", "claims", "--search", "zzzz").stdout
    assert cli("--lang", "fr", "claims").stderr.startswith("error: interface language 'fr' is not known")


@pytest.mark.sqlite_only
def test_opening_an_older_database_says_it_was_upgraded_and_where_the_copy_is(runner, tmp_path, monkeypatch):
    from sqlalchemy import create_engine

    from claimtrack import migrations
    from claimtrack.cli import app

    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrations.upgrade(connection, migrations.FIRST)
    engine.dispose()
    result = runner.invoke(app, ["--db", str(path), "claims"])
    assert result.exit_code == 0
    assert f"its schema was upgraded from {migrations.FIRST} to {migrations.head()}" in result.stderr
    backups = list(tmp_path.glob("old.db.schema-*.bak"))
    assert len(backups) == 1 and str(backups[0]) in result.stderr
    assert "upgraded" not in runner.invoke(app, ["--db", str(path), "claims"]).stderr  # once only
