"""CSV in (a spreadsheet of verdicts, or our own export) and CSV and JSON out, through the CLI."""

from __future__ import annotations

import csv
import io
import json

from .helpers import NOTE, claims_json, weapons_claim, write


# --- CSV import -------------------------------------------------------------------------------------------------------
def test_a_simple_spreadsheet_of_verdicts_imports(cli, tmp_path):
    sheet = (
        "Claim;Verdict;Speaker;Date;Checker;URL\n"
        "Gaji guru naik 50 persen tahun ini;Keliru;Menteri Contoh;2024-01-10;Cek Fakta Harian;https://harian.example/1\n"
        "Jalan tol baru sepanjang 300 km selesai;Benar;;;Cek Fakta Harian;\n"
        ";Benar;;;;\n"
    )
    result = cli("import-claims", str(write(tmp_path, "verdicts.csv", sheet)))
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout and "1 skipped" in result.stdout
    claims = {c["text"]: c for c in claims_json(cli)}
    salary = claims["Gaji guru naik 50 persen tahun ini"]
    assert salary["status"] == "false" and salary["first_seen"] == "2024-01-10"
    assert salary["statements"][0]["speaker"] == "Menteri Contoh"
    assert salary["provenance"].startswith("Cek Fakta Harian rated it “Keliru” (https://harian.example/1)")
    assert claims["Jalan tol baru sepanjang 300 km selesai"]["status"] == "verified"


def test_verdicts_can_come_from_standard_input(cli):
    result = cli(
        "import-claims", "-", "--format", "csv", input="claim,rating\nThe bridge is twelve kilometres long,True\n"
    )
    assert result.exit_code == 0, result.output
    assert [(c["text"], c["status"]) for c in claims_json(cli)] == [
        ("The bridge is twelve kilometres long", "verified")
    ]


def test_a_csv_without_claim_or_rating_columns_is_refused(cli, tmp_path):
    result = cli("import-claims", str(write(tmp_path, "x.csv", "name,age\nBob,3\n")))
    assert result.exit_code == 1 and "must name a claim column" in result.stderr


# --- CSV and JSON export ------------------------------------------------------------------------------------------
def test_csv_has_one_row_per_claim_statement_link(cli, sample_article):
    cli("ingest", str(sample_article))
    claim = weapons_claim(cli)
    cli("mark", str(claim["id"]), "disputed", "--note", NOTE)
    result = cli("export", "--format", "csv", "--status", "disputed")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["claim_id"], r["relation"], r["speaker"]) for r in rows] == [
        (str(claim["id"]), "asserts", "Gedung Putih"),
        (str(claim["id"]), "contradicts", "Dmitry Peskov"),
    ]
    first = rows[0]
    assert (first["status"], first["rating"], first["rating_value"], first["status_note"]) == (
        "disputed",
        "Disputed",
        "3",
        NOTE,
    )
    assert (first["said_on"], first["outlet"], first["previously_checked"]) == ("2023-10-12", "ANTARA", "no")
    assert rows[1]["speaker_role"] == "juru bicara Kremlin"

    as_json = json.loads(cli("export", "--format", "json", "--status", "disputed").stdout)
    assert [(r["relation"], r["speaker"]) for r in as_json] == [
        ("asserts", "Gedung Putih"),
        ("contradicts", "Dmitry Peskov"),
    ]
    assert as_json[0]["needs_review"] is False and as_json[0]["rating_value"] == 3


def test_csv_cells_that_look_like_formulas_are_defused_and_read_back(cli, other_db, tmp_path):
    sheet = (
        "claim,rating,speaker\n"
        '"=HYPERLINK(""http://evil.example"",""click"") is what the mayor posted",False,"@mayor"\n'
    )
    cli("import-claims", str(write(tmp_path, "in.csv", sheet)))
    exported = cli("export", "--format", "csv").stdout
    row = next(csv.DictReader(io.StringIO(exported)))
    assert row["claim"].startswith("'=HYPERLINK(") and row["speaker"] == "'@mayor"

    out = write(tmp_path, "out.csv", exported)
    assert other_db("import-claims", str(out)).exit_code == 0
    back = json.loads(other_db("claims", "--json").stdout)[0]
    assert back["text"].startswith("=HYPERLINK(") and back["statements"][0]["speaker"] == "@mayor"
    assert back["status"] == "false"


def test_export_filters_by_speaker_since_and_claim(cli, sample_article):
    cli("ingest", str(sample_article))
    ids = {c["id"] for c in claims_json(cli)}
    peskov = json.loads(cli("export", "--format", "json", "--speaker", "Peskov").stdout)
    assert {r["claim_id"] for r in peskov} == {weapons_claim(cli)["id"]}
    # a claim is in a date range when one of its statements was said (else published) in it: the weapons claim
    # was asserted on the 12th and denied on the 19th, the others said on the 19th
    assert {r["claim_id"] for r in json.loads(cli("export", "--format", "json", "--since", "2023-10-19").stdout)} == ids
    assert json.loads(cli("export", "--format", "json", "--since", "2023-10-20").stdout) == []
    assert {r["claim_id"] for r in json.loads(cli("export", "--format", "json", "--until", "2023-10-13").stdout)} == {
        weapons_claim(cli)["id"]
    }
    some = sorted(ids)[:2]
    assert {
        r["claim_id"] for r in json.loads(cli("export", "--format", "json", "--claim", f"{some[0]},{some[1]}").stdout)
    } == set(some)
    assert cli("export", "--since", "yesterday").exit_code == 1
