"""ClaimReview, CSV and JSON out; earlier fact-checks in: through the CLI, as a user drives it."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from claimtrack.models import STATUSES
from claimtrack.ratings import ratings, status_for_label, status_for_value

FIXTURES = Path(__file__).parent / "fixtures"
LIAR_SAMPLE = FIXTURES / "liar_sample.tsv"
HOSTILE = FIXTURES / "hostile_article.txt"
NOTE = "Kremlin denies; no evidence published"


@pytest.fixture
def publisher(tmp_path, monkeypatch):
    """A newsroom's own config: its name, site and where its fact-checks are published."""
    from claimtrack.config import settings

    config = tmp_path / "newsroom.toml"
    config.write_text('[publisher]\nname = "Cek Fakta Harian"\nurl = "https://harian.example"\n'
                      'review_url = "https://harian.example/cek/{id}"\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    yield "Cek Fakta Harian"
    settings.cache_clear()


@pytest.fixture
def other_db(runner, tmp_path):
    """The CLI on a second, fresh database."""
    from claimtrack.cli import app

    path = tmp_path / "fresh.db"

    def run(*args: str):
        return runner.invoke(app, ["--db", str(path), *args])

    return run


def claims_json(cli) -> list[dict]:
    result = cli("claims", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def weapons_claim(cli) -> dict:
    return next(c for c in claims_json(cli) if "mengirimkan senjata" in c["text"])


def write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


# --- ratings ------------------------------------------------------------------------------------------------------
def test_every_status_has_a_rating_and_verdicts_span_one_to_five():
    assert [r.status for r in ratings()] == list(STATUSES)
    assert {r.status: r.value for r in ratings() if r.is_verdict} == {
        "verified": 5, "misleading": 3, "disputed": 3, "unproven": 2, "false": 1}


@pytest.mark.parametrize(("label", "status"), [
    ("Benar", "verified"), ("Sebagian Benar", "misleading"), ("Tidak Terbukti", "unproven"), ("Sesat", "misleading"),
    ("Keliru", "false"), ("KELIRU", "false"), ("Hoaks", "false"), ("False", "false"), ("Pants on Fire!", "false"),
    ("pants-fire", "false"), ("half-true", "misleading"), ("Mostly True", "verified"), ("Disputed", "disputed"),
    ("Not checkable", "dismissed"), ("Four Pinocchios", None),
])
def test_labels_from_other_checkers_map_to_our_statuses(label, status):
    assert status_for_label(label) == status


def test_numeric_ratings_are_read_on_their_own_scale():
    assert status_for_value(1, 5, 1) == "false"
    assert status_for_value(7, 7, 1) == "verified"
    assert status_for_value(0, 10, 0) == "false"
    assert status_for_value(3, 5, 1) == "misleading"
    assert status_for_value(9, 5, 1) is None


# --- ClaimReview export --------------------------------------------------------------------------------------------
def test_weapons_claim_exports_as_a_claimreview_with_its_claimant_and_appearance(cli, sample_article, publisher):
    cli("ingest", str(sample_article))
    claim = weapons_claim(cli)
    cli("mark", str(claim["id"]), "disputed", "--note", NOTE)

    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert len(reviews) == 1  # the other claims have no verdict yet
    assert "left out 4 claims without a verdict" in result.stderr
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 3, "bestRating": 5, "worstRating": 1,
                                      "alternateName": "Disputed"}
    assert review["reviewBody"] == NOTE
    assert review["author"] == {"@type": "Organization", "name": "Cek Fakta Harian", "url": "https://harian.example"}
    assert review["url"] == f"https://harian.example/cek/{claim['id']}"
    assert review["inLanguage"] == "id"
    shown = json.loads(cli("show", str(claim["id"]), "--json").stdout)
    assert review["datePublished"] == shown["history"][-1]["at"][:10]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Gedung Putih"}
    assert item["datePublished"] == "2023-10-12"
    article = {"@type": "CreativeWork", "headline": "Sergei Lavrov terima kasih Korea Utara dukung Rusia dalam perang di Ukraina",
               "publisher": {"@type": "Organization", "name": "ANTARA"}, "datePublished": "2023-10-19"}
    assert item["appearance"] == [article]
    assert item["firstAppearance"] == article


def test_a_person_claimant_carries_a_job_title(cli, sample_article):
    cli("ingest", str(sample_article))
    lavrov = next(c for c in claims_json(cli) if c["statements"][0]["speaker"] == "Sergei Lavrov")
    cli("mark", str(lavrov["id"]), "verified")
    review = json.loads(cli("export", "--format", "claimreview", "--claim", str(lavrov["id"])).stdout)[0]
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Sergei Lavrov", "jobTitle": "Menteri Luar Negeri Rusia"}
    assert "url" not in review  # no review_url configured: no made-up address


# --- the round trip -----------------------------------------------------------------------------------------------
def test_claimreview_export_imports_back_with_the_same_claims_statuses_and_speakers(cli, other_db, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    cli("ingest", str(HOSTILE))
    verdicts = ["disputed", "false", "verified", "misleading", "unproven"]
    exported = {}
    for claim, status in zip(claims_json(cli), verdicts):
        assert cli("mark", str(claim["id"]), status, "--note", f"checked: {status}").exit_code == 0
        asserting = next(s["speaker"] for s in claim["statements"] if s["relation"] == "asserts")
        exported[claim["text"]] = (status, f"checked: {status}", asserting)
    out = tmp_path / "reviews.jsonld"
    result = cli("export", "--format", "claimreview", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"{len(verdicts)} ClaimReviews written" in result.stdout

    imported = other_db("import-claims", str(out))
    assert imported.exit_code == 0, imported.output
    assert f"{len(verdicts)} added, 0 already imported" in imported.stdout
    back = json.loads(other_db("claims", "--json").stdout)
    assert {c["text"]: (c["status"], c["status_note"], c["statements"][0]["speaker"]) for c in back} == exported
    assert all(c["origin"] == "imported" and "rated it" in c["provenance"] for c in back)
    speakers = {a["name"] for a in json.loads(other_db("actors", "--json").stdout)}
    assert speakers == {speaker for _, _, speaker in exported.values()}

    again = other_db("import-claims", str(out))
    assert f"0 added, {len(verdicts)} already imported" in again.stdout
    assert len(json.loads(other_db("claims", "--json").stdout)) == len(verdicts)
    audit = other_db("audit", "verify")
    assert audit.exit_code == 0 and "intact" in audit.stdout, audit.output


def test_speakers_are_matched_to_known_actors_and_the_gazetteer(cli, other_db, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    before = {a["name"]: a["statements"] for a in json.loads(cli("actors", "--json").stdout)}
    reviews = [{"@type": "ClaimReview", "claimReviewed": text, "reviewRating": {"alternateName": "False"},
                "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": speaker}}}
               for text, speaker in (("The White House said Pyongyang shipped artillery shells to Moscow", "White House"),
                                     ("Gedung Putih bilang Korea Utara mengirim peluru artileri", "Gedung Putih"),
                                     ("Peskov said sanctions on Moscow have failed completely", "Dmitry Peskov"),
                                     ("A new ministry spokesman said exports tripled", "Ana Spokes"),
                                     ("Ana Spokes said imports halved in a single year", "Ana Spokes"))]
    assert cli("import-claims", str(write(tmp_path, "r.json", reviews))).exit_code == 0
    actors = {a["name"]: a["statements"] for a in json.loads(cli("actors", "--json").stdout)}
    assert set(actors) == set(before) | {"Ana Spokes"}
    assert actors["Gedung Putih"] == before["Gedung Putih"] + 2 and actors["Dmitry Peskov"] == before["Dmitry Peskov"] + 1
    assert actors["Ana Spokes"] == 2

    assert other_db("import-claims", str(tmp_path / "r.json")).exit_code == 0
    fresh = {a["name"]: (a["kind"], a["statements"]) for a in json.loads(other_db("actors", "--json").stdout)}
    assert fresh == {"Gedung Putih": ("organization", 2), "Dmitry Peskov": ("person", 1), "Ana Spokes": ("organization", 2)}


def test_imported_verdicts_are_not_republished_as_ours(cli, tmp_path):
    review = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "The moon landing was staged in 1969",
              "author": {"@type": "Organization", "name": "Other Checker"}, "reviewRating": {"alternateName": "False"}}
    cli("import-claims", str(write(tmp_path, "other.json", review)))
    result = cli("export", "--format", "claimreview")
    assert json.loads(result.stdout) == []
    assert "1 whose verdict was imported from another checker" in result.stderr
    rows = json.loads(cli("export", "--format", "json").stdout)  # no claimant, no appearance: a claim without statements
    assert [(r["claim"], r["status"], r["previously_checked"], r["relation"], r["speaker"]) for r in rows] == [
        ("The moon landing was staged in 1969", "false", True, None, None)]

    claim_id = claims_json(cli)[0]["id"]
    cli("mark", str(claim_id), "false", "--note", "we checked it ourselves")
    reviews = json.loads(cli("export", "--format", "claimreview").stdout)
    assert [r["reviewBody"] for r in reviews] == ["we checked it ourselves"]


# --- importing other publishers' ClaimReview ----------------------------------------------------------------------
TEMPO = {
    "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://cekfakta.example/fakta/123",
    "claimReviewed": "Korea Utara mengirimkan senjata kepada Rusia", "datePublished": "2023-09-01T10:00:00+07:00",
    "author": {"@type": "Organization", "name": "Tempo CekFakta"},
    "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "1", "alternateName": "Keliru"},
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Akun Facebook Kabar Dunia"},
                     "datePublished": "2023-08-30",
                     "appearance": [{"@type": "CreativeWork", "url": "https://social.example/post/9"}]},
}


@pytest.mark.parametrize("shape", ["object", "list", "graph", "html", "jsonl"])
def test_claimreview_is_accepted_in_every_common_shape(cli, tmp_path, shape):
    second = {**TEMPO, "claimReviewed": "Rusia mengirim pasukan ke Korea Utara", "url": "https://cekfakta.example/fakta/124"}
    content = {
        "object": json.dumps(TEMPO),
        "list": json.dumps([TEMPO, second]),
        "graph": json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, TEMPO, second]}),
        "html": f'<html><head><script type="application/ld+json">{json.dumps(TEMPO)}</script>'
                f'<script type="application/ld+json">{json.dumps(second)}</script></head><body>…</body></html>',
        "jsonl": json.dumps(TEMPO) + "\n" + json.dumps(second) + "\n",
    }[shape]
    result = cli("import-claims", str(write(tmp_path, f"checks.{'html' if shape == 'html' else 'json'}", content)))
    assert result.exit_code == 0, result.output
    claims = claims_json(cli)
    assert len(claims) == (1 if shape == "object" else 2)
    tempo = next(c for c in claims if c["text"] == TEMPO["claimReviewed"])
    assert tempo["status"] == "false" and tempo["origin"] == "imported"
    assert tempo["provenance"].startswith("Tempo CekFakta rated it “Keliru” on 2023-09-01 (https://cekfakta.example/fakta/123)")
    statement = tempo["statements"][0]
    assert (statement["speaker"], statement["said_on"], statement["url"]) == (
        "Akun Facebook Kabar Dunia", "2023-08-30", "https://social.example/post/9")
    history = json.loads(cli("show", str(tempo["id"]), "--json").stdout)["history"]
    assert [(e["action"], e["to"], e["editor"]) for e in history] == [("import", "false", "tester")]


@pytest.mark.parametrize(("rating_", "status"), [
    ({"alternateName": "Sebagian Benar"}, "misleading"),
    ({"ratingValue": "False"}, "false"),
    ({"@type": "Rating", "name": "Mostly True"}, "verified"),
    ({"ratingValue": 6, "bestRating": 7, "worstRating": 1}, "verified"),
    ({"ratingValue": 1, "bestRating": 10, "worstRating": 0, "alternateName": "Four Pinocchios"}, "false"),
    ({"ratingValue": 0, "bestRating": 4, "worstRating": 0}, "false"),
    ("Tidak Terbukti", "unproven"),
])
def test_ratings_are_read_from_whatever_the_publisher_gives(cli, tmp_path, rating_, status):
    review = {"@type": "ClaimReview", "claimReviewed": "Harga beras naik tiga kali lipat bulan ini", "reviewRating": rating_}
    assert cli("import-claims", str(write(tmp_path, "r.json", review))).exit_code == 0
    assert claims_json(cli)[0]["status"] == status


def test_an_unknown_rating_imports_unverified_and_flagged_for_review(cli, tmp_path):
    review = {"@type": "ClaimReview", "claimReviewed": "The bridge cost four billion dollars",
              "reviewRating": {"alternateName": "Needs more sauce"}}
    result = cli("import-claims", str(write(tmp_path, "r.json", review)))
    assert "1 added" in result.stdout and "1 flagged for review" in result.stdout
    claim = claims_json(cli)[0]
    assert claim["status"] == "unverified" and claim["needs_review"]
    assert "Needs more sauce" in claim["review_reason"] and "Needs more sauce" in claim["provenance"]


def test_google_fact_check_api_output_is_accepted(cli, tmp_path):
    api = {"claims": [{"text": "Vaccines contain microchips", "claimant": "Viral post", "claimDate": "2021-03-01T00:00:00Z",
                       "claimReview": [{"publisher": {"name": "Checker A", "site": "a.example"}, "url": "https://a.example/1",
                                        "title": "No microchips", "reviewDate": "2021-03-05T00:00:00Z",
                                        "textualRating": "False", "languageCode": "en"}]}]}
    assert cli("import-claims", str(write(tmp_path, "api.json", api))).exit_code == 0
    claim = claims_json(cli)[0]
    assert (claim["text"], claim["status"], claim["language"]) == ("Vaccines contain microchips", "false", "en")
    assert claim["provenance"].startswith("Checker A rated it “False” on 2021-03-05")


def test_bad_claimreview_files_fail_with_one_line(cli, tmp_path):
    for name, content, message in (
        ("broken.json", "{not json", "not JSON"),
        ("empty.json", json.dumps({"@type": "WebPage"}), "no ClaimReview found"),
    ):
        result = cli("import-claims", str(write(tmp_path, name, content)))
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    missing = cli("import-claims", str(tmp_path / "nope.json"))
    assert missing.exit_code == 1 and "nope.json: no such file" in missing.stderr
    wrong = cli("import-claims", str(LIAR_SAMPLE), "--format", "xml")
    assert wrong.exit_code == 1 and "unknown format 'xml'" in wrong.stderr


# --- LIAR and CSV -------------------------------------------------------------------------------------------------
def test_liar_rows_become_claims_with_politifact_verdicts_and_speakers(cli):
    result = cli("import-claims", str(LIAR_SAMPLE), "--format", "liar")
    assert result.exit_code == 0, result.output
    assert "7 added, 0 already imported, 1 skipped, 1 flagged for review" in result.stdout
    assert "liar_sample.tsv line 8" in result.stderr
    claims = {c["text"]: c for c in claims_json(cli)}
    water = claims["The city water supply has been replaced with recycled seawater since last spring."]
    assert water["status"] == "false" and water["language"] == "en"
    assert water["provenance"] == "PolitiFact rated it “pants-fire”; LIAR liar_sample.tsv 90001.json"
    statement = water["statements"][0]
    assert (statement["speaker"], statement["speaker_role"], statement["source"]) == ("Jane Roe", "State senator", "a campaign mailer")
    assert claims["Our county has added more jobs than any other county in the state this decade."]["status"] == "misleading"
    assert claims["Teacher salaries in the state rank in the bottom five nationally."]["statements"][0]["speaker_kind"] == "organization"
    hoses = claims["A new law requires every household to register its garden hoses with the police."]
    assert hoses["statements"][0]["speaker"] == "Chain Email" and hoses["statements"][0]["speaker_kind"] == "unknown"
    assert claims["The harbour bridge was built in eleven months."]["needs_review"]
    actors = {a["name"]: a["statements"] for a in json.loads(cli("actors", "--json").stdout)}
    assert actors == {"Jane Roe": 2, "John Q Public": 1, "State Teachers Union": 1, "Sam Lee": 2}
    assert "0 added, 7 already imported" in cli("import-claims", str(LIAR_SAMPLE)).stdout


def test_a_simple_spreadsheet_of_verdicts_imports(cli, tmp_path):
    sheet = ("Claim;Verdict;Speaker;Date;Checker;URL\n"
             "Gaji guru naik 50 persen tahun ini;Keliru;Menteri Contoh;2024-01-10;Cek Fakta Harian;https://harian.example/1\n"
             "Jalan tol baru sepanjang 300 km selesai;Benar;;;Cek Fakta Harian;\n"
             ";Benar;;;;\n")
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
    result = cli("import-claims", "-", "--format", "csv", input="claim,rating\nThe bridge is twelve kilometres long,True\n")
    assert result.exit_code == 0, result.output
    assert [(c["text"], c["status"]) for c in claims_json(cli)] == [("The bridge is twelve kilometres long", "verified")]


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
        (str(claim["id"]), "asserts", "Gedung Putih"), (str(claim["id"]), "contradicts", "Dmitry Peskov")]
    first = rows[0]
    assert (first["status"], first["rating"], first["rating_value"], first["status_note"]) == ("disputed", "Disputed", "3", NOTE)
    assert (first["said_on"], first["outlet"], first["previously_checked"]) == ("2023-10-12", "ANTARA", "no")
    assert rows[1]["speaker_role"] == "juru bicara Kremlin"

    as_json = json.loads(cli("export", "--format", "json", "--status", "disputed").stdout)
    assert [(r["relation"], r["speaker"]) for r in as_json] == [("asserts", "Gedung Putih"), ("contradicts", "Dmitry Peskov")]
    assert as_json[0]["needs_review"] is False and as_json[0]["rating_value"] == 3


def test_csv_cells_that_look_like_formulas_are_defused_and_read_back(cli, other_db, tmp_path):
    sheet = 'claim,rating,speaker\n"=HYPERLINK(""http://evil.example"",""click"") is what the mayor posted",False,"@mayor"\n'
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
    assert json.loads(cli("export", "--format", "json", "--since", "2023-10-19").stdout)
    assert {r["claim_id"] for r in json.loads(cli("export", "--format", "json", "--since", "2023-10-13").stdout)} == ids - {weapons_claim(cli)["id"]}
    some = sorted(ids)[:2]
    assert {r["claim_id"] for r in json.loads(cli("export", "--format", "json", "--claim", f"{some[0]},{some[1]}").stdout)} == set(some)
    assert cli("export", "--since", "yesterday").exit_code == 1


# --- writing files ------------------------------------------------------------------------------------------------
def test_export_to_a_file_replaces_it_whole(cli, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    target = tmp_path / "report.md"
    target.write_text("old report", encoding="utf-8")
    result = cli("export", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Claim report")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".report")) == []

    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    fresh = tmp_path / "fresh.md"
    assert cli("export", "-o", str(fresh)).exit_code == 0
    assert fresh.stat().st_mode == plain.stat().st_mode  # readable like any file the user writes, not owner-only
    target.chmod(0o640)
    cli("export", "-o", str(target))
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(cli, sample_article, tmp_path, monkeypatch):
    cli("ingest", str(sample_article))
    target = tmp_path / "report.md"
    target.write_text("old report", encoding="utf-8")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    result = cli("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: cannot write {target}: No space left on device"
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_export_to_a_missing_folder_is_one_line(cli, tmp_path):
    result = cli("export", "-o", str(tmp_path / "no" / "report.md"))
    assert result.exit_code == 1 and "does not exist" in result.stderr and "Traceback" not in result.output


# --- previously checked ---------------------------------------------------------------------------------------------
def test_a_new_statement_that_repeats_an_imported_verdict_shows_it_was_checked_before(cli, sample_article, tmp_path):
    assert cli("import-claims", str(write(tmp_path, "tempo.json", TEMPO))).exit_code == 0
    cli("ingest", str(sample_article))

    claim = weapons_claim(cli)
    assert claim["origin"] == "imported" and claim["previously_checked"] and claim["status"] == "false"
    assert "Keliru" in claim["provenance"]
    relations = {(s["relation"], s["speaker"]) for s in claim["statements"]}
    assert ("supports", "Gedung Putih") in relations and ("contradicts", "Dmitry Peskov") in relations
    assert claim["needs_review"]  # repeating a claim marked false

    shown = cli("show", str(claim["id"]))
    assert "previously checked: Tempo CekFakta rated it “Keliru”" in " ".join(shown.stdout.split())
    assert "↺" in cli("claims").stdout
    report = cli("export", "--claim", str(claim["id"])).stdout
    assert "**Previously checked:** Tempo CekFakta rated it “Keliru”" in report


def test_importing_a_verdict_flags_the_matching_claim_already_tracked(cli, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    before = weapons_claim(cli)
    assert not before["needs_review"] and before["origin"] != "imported"
    unrelated = {**TEMPO, "claimReviewed": "Harga beras turun 40 persen di seluruh Jawa", "url": "https://cekfakta.example/fakta/9"}
    result = cli("import-claims", str(write(tmp_path, "tempo.json", [TEMPO, unrelated])))
    assert result.exit_code == 0, result.output
    assert "1 claims already here match a verdict" in result.output

    after = weapons_claim(cli)
    assert after["id"] == before["id"] and after["status"] == "unverified"  # our own verdict is ours to give
    assert after["needs_review"]
    shown = json.loads(cli("show", str(after["id"]), "--json").stdout)
    assert "previously checked: Tempo CekFakta rated it “Keliru”" in shown["history"][-1]["note"]
    others = [c for c in claims_json(cli) if c["id"] != after["id"] and c.get("origin") != "imported"]
    assert others and not any(c["needs_review"] for c in others)  # no other claim of the sample matches either verdict
