"""The command line as a user drives it: ingest the sample, list, show, mark, and bad input."""

from __future__ import annotations

import json


def test_ingest_sample_then_claims_json_lists_the_weapons_claim(cli, sample_article):
    result = cli("ingest", str(sample_article))
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout

    claims = json.loads(cli("claims", "--json").stdout)
    weapons = [c for c in claims if "mengirimkan senjata" in c["text"]]
    assert len(weapons) == 1
    claim = weapons[0]
    assert claim["status"] == "unverified"
    relations = {(s["relation"], s["speaker"]) for s in claim["statements"]}
    assert ("asserts", "Gedung Putih") in relations
    assert ("contradicts", "Dmitry Peskov") in relations


def test_mark_records_status_note_and_editor_in_history(cli, sample_article):
    cli("ingest", str(sample_article))
    claim_id = json.loads(cli("claims", "--json", "--search", "senjata").stdout)[0]["id"]

    result = cli("mark", str(claim_id), "verified", "--note", "Two sources confirm")
    assert result.exit_code == 0, result.output

    shown = json.loads(cli("show", str(claim_id), "--json").stdout)
    assert shown["status"] == "verified"
    event = shown["history"][-1]
    assert (event["from"], event["to"], event["note"], event["editor"]) == (
        "unverified",
        "verified",
        "Two sources confirm",
        "tester",
    )
    assert event["at"]


def test_ingesting_the_same_article_twice_changes_nothing(cli, sample_article):
    cli("ingest", str(sample_article))
    before = cli("claims", "--json").stdout
    again = cli("ingest", str(sample_article.parent))
    assert again.exit_code == 0
    assert "0 added, 1 already ingested" in again.stdout
    assert cli("claims", "--json").stdout == before


def test_unknown_status_is_one_line_and_nonzero(cli, sample_article):
    cli("ingest", str(sample_article))
    result = cli("mark", "1", "sorta-true")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "unknown status 'sorta-true'" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_claim_id_is_one_line_and_nonzero(cli):
    result = cli("show", "999")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no claim with id 999"


def test_missing_file_fails_but_the_other_files_still_go_in(cli, sample_article, tmp_path):
    result = cli("ingest", str(tmp_path / "nope.txt"), str(sample_article))
    assert result.exit_code == 1
    assert "nope.txt: no such file or folder" in result.stderr
    assert "1 added" in result.stdout
    assert json.loads(cli("claims", "--json").stdout)


def test_extract_prints_one_json_object_per_document_without_a_database(runner, sample_article, tmp_path, monkeypatch):
    from claimtrack.cli import app

    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(sample_article), str(sample_article), "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    doc = json.loads(lines[0])
    assert doc["source"]["outlet"] == "ANTARA"
    text = doc["source"]["text"]
    for statement in doc["statements"]:
        assert text[statement["start"] : statement["end"]] == statement["content"]
    assert not list(tmp_path.iterdir()), "extract must not create a database"
