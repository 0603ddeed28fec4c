"""`claimtrack lookup` as a user drives it: texts as arguments or stdin lines, plain or JSON, and bad input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES


@pytest.fixture
def sample(cli, sample_article):
    result = cli("ingest", str(sample_article), "--quiet")
    assert result.exit_code == 0, result.output
    return next(c["id"] for c in json.loads(cli("claims", "--json").stdout) if "mengirimkan senjata" in c["text"])


def json_lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_json_gives_one_object_per_text_in_order(cli, sample):
    texts = ["North Korea sent weapons to Russia", "Korea Utara tidak pernah mengirim senjata ke Rusia", "Hujan deras"]
    objects = json_lines(cli("lookup", *texts, "--json"))
    assert [o["text"] for o in objects] == texts
    first = objects[0]["matches"][0]
    assert {k: first[k] for k in ("claim_id", "relation", "status")} == {
        "claim_id": sample,
        "relation": "supports",
        "status": "unverified",
    }
    assert first["score"] >= 80 and "senjata" in first["text"]
    assert objects[1]["matches"][0]["relation"] == "contradicts"
    assert objects[2]["matches"] == []


def test_the_claim_that_it_is_false_contradicts_it(cli, sample):
    (found,) = json_lines(cli("lookup", "the claim that North Korea sent weapons to Russia is false", "--json"))
    assert (found["matches"][0]["claim_id"], found["matches"][0]["relation"]) == (sample, "contradicts")


def test_stdin_gives_one_text_per_line(cli, sample):
    lines = ["North Korea reportedly sent weapons to Russia", "Korea Utara kirim senjata"]
    objects = json_lines(cli("lookup", "-", "--json", input=f"{lines[0]}\n\n{lines[1]}\n"))
    assert [o["text"] for o in objects] == lines
    assert objects[0]["matches"][0]["relation"] == "mentions"


def test_limit_caps_the_matches_per_text(cli, sample):
    assert cli("ingest", str(FIXTURES / "articles"), "--quiet").exit_code == 0
    text = "Korea Utara mengirim senjata ke Rusia dan menerima teknologi satelit militer dari Moskow"
    assert len(json_lines(cli("lookup", text, "--json"))[0]["matches"]) >= 2
    assert len(json_lines(cli("lookup", text, "--json", "--limit", "1"))[0]["matches"]) == 1


def test_plain_output_is_a_short_list(cli, sample):
    result = cli("lookup", "North Korea sent weapons to Russia", "Hujan deras di Bogor")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "“North Korea sent weapons to Russia”"
    assert lines[1].split()[:3] == ["supports", "100.0", f"#{sample}"] and "unverified" in lines[1]
    assert "no tracked claim matches" in result.stdout


def test_an_imported_verdict_shows_where_it_was_checked(cli, sample, tmp_path):
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "Program MBG sudah menjangkau 36,7 juta penerima",
        "author": {"@type": "Organization", "name": "Tempo CekFakta"},
        "reviewRating": {"@type": "Rating", "alternateName": "Salah"},
        "inLanguage": "id",
    }
    (tmp_path / "review.jsonld").write_text(json.dumps(review), encoding="utf-8")
    assert cli("import-claims", str(tmp_path / "review.jsonld")).exit_code == 0
    text = "Program MBG sudah menjangkau 36,7 juta penerima"
    (found,) = json_lines(cli("lookup", text, "--json"))
    assert found["matches"][0]["previously_checked"] and "Tempo CekFakta" in found["matches"][0]["provenance"]
    assert "previously checked: Tempo CekFakta" in cli("lookup", text).stdout


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("",), None, "error: text 1: empty; give the text to look up\n"),
        (("North Korea sent weapons", "   "), None, "error: text 2: empty; give the text to look up\n"),
        (("-",), b"\x00\x01\x02\x03\x04binary", "error: stdin: looks like a binary file, not text\n"),
        (("-",), b"\n\n", "error: stdin: no text to look up\n"),
    ],
)
def test_bad_input_is_one_line_and_exit_status_1(cli, sample, args, stdin, message):
    result = cli("lookup", *args, input=stdin)
    assert result.exit_code == 1
    assert result.stderr == message
    assert result.stdout == ""
