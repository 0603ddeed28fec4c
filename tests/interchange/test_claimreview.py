"""ClaimReview JSON-LD out and in, through the CLI: our verdicts, the round trip, other publishers' shapes."""

from __future__ import annotations

import json

import pytest

from .helpers import HOSTILE, LIAR_SAMPLE, NOTE, RICE, TEMPO, claims_json, weapons_claim, write


# --- ClaimReview export --------------------------------------------------------------------------------------------
def test_weapons_claim_exports_as_a_claimreview_with_its_claimant_and_appearance(cli, sample_article, publisher):
    cli("ingest", str(sample_article))
    claim = weapons_claim(cli)
    cli("mark", str(claim["id"]), "disputed", "--note", NOTE)
    total = len(claims_json(cli))

    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert len(reviews) == 1  # the other claims have no verdict yet
    assert f"left out {total - 1} claims without a verdict" in result.stderr
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 3,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Disputed",
    }
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
    article = {
        "@type": "CreativeWork",
        "headline": "Sergei Lavrov terima kasih Korea Utara dukung Rusia dalam perang di Ukraina",
        "publisher": {"@type": "Organization", "name": "ANTARA"},
        "datePublished": "2023-10-19",
    }
    assert item["appearance"] == [article]
    assert item["firstAppearance"] == article


def test_in_language_follows_the_claim_text_after_an_edit(cli, sample_article):
    cli("ingest", str(sample_article))
    claim = weapons_claim(cli)
    cli("mark", str(claim["id"]), "false", "--note", NOTE)

    def in_language() -> str:
        return json.loads(cli("export", "--format", "claimreview", "--claim", str(claim["id"])).stdout)[0]["inLanguage"]

    assert in_language() == "id"
    assert cli("edit", str(claim["id"]), "--text", "North Korea has sent weapons to Russia").exit_code == 0
    assert in_language() == "en"
    assert cli("edit", str(claim["id"]), "--text", "Korea Utara telah mengirim senjata ke Rusia").exit_code == 0
    assert in_language() == "id"


def test_a_person_claimant_carries_a_job_title(cli):
    cli("ingest", str(RICE))
    amalia = next(c for c in claims_json(cli) if c["statements"][0]["speaker"] == "Amalia Adininggar Widyasanti")
    cli("mark", str(amalia["id"]), "verified")
    review = json.loads(cli("export", "--format", "claimreview", "--claim", str(amalia["id"])).stdout)[0]
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Amalia Adininggar Widyasanti",
        "jobTitle": "Kepala Badan Pusat Statistik",
    }
    assert "url" not in review  # no review_url configured: no made-up address


# --- the round trip -----------------------------------------------------------------------------------------------
def test_claimreview_export_imports_back_with_the_same_claims_statuses_and_speakers(
    cli, other_db, sample_article, tmp_path
):
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
    reviews = [
        {
            "@type": "ClaimReview",
            "claimReviewed": text,
            "reviewRating": {"alternateName": "False"},
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": speaker}},
        }
        for text, speaker in (
            ("The White House said Pyongyang shipped artillery shells to Moscow", "White House"),
            ("Gedung Putih bilang Korea Utara mengirim peluru artileri", "Gedung Putih"),
            ("Peskov said sanctions on Moscow have failed completely", "Dmitry Peskov"),
            ("A new ministry spokesman said exports tripled", "Ana Spokes"),
            ("Ana Spokes said imports halved in a single year", "Ana Spokes"),
        )
    ]
    assert cli("import-claims", str(write(tmp_path, "r.json", reviews))).exit_code == 0
    actors = {a["name"]: a["statements"] for a in json.loads(cli("actors", "--json").stdout)}
    assert set(actors) == set(before) | {"Ana Spokes"}
    assert (
        actors["Gedung Putih"] == before["Gedung Putih"] + 2 and actors["Dmitry Peskov"] == before["Dmitry Peskov"] + 1
    )
    assert actors["Ana Spokes"] == 2

    assert other_db("import-claims", str(tmp_path / "r.json")).exit_code == 0
    fresh = {a["name"]: (a["kind"], a["statements"]) for a in json.loads(other_db("actors", "--json").stdout)}
    assert fresh == {
        "Gedung Putih": ("organization", 2),
        "Dmitry Peskov": ("person", 1),
        "Ana Spokes": ("organization", 2),
    }


def test_imported_verdicts_are_not_republished_as_ours(cli, tmp_path):
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "The moon landing was staged in 1969",
        "author": {"@type": "Organization", "name": "Other Checker"},
        "reviewRating": {"alternateName": "False"},
    }
    cli("import-claims", str(write(tmp_path, "other.json", review)))
    result = cli("export", "--format", "claimreview")
    assert json.loads(result.stdout) == []
    assert "1 whose verdict was imported from another checker" in result.stderr
    rows = json.loads(
        cli("export", "--format", "json").stdout
    )  # no claimant, no appearance: a claim without statements
    assert [(r["claim"], r["status"], r["previously_checked"], r["relation"], r["speaker"]) for r in rows] == [
        ("The moon landing was staged in 1969", "false", True, None, None)
    ]

    claim_id = claims_json(cli)[0]["id"]
    cli("mark", str(claim_id), "false", "--note", "we checked it ourselves")
    reviews = json.loads(cli("export", "--format", "claimreview").stdout)
    assert [r["reviewBody"] for r in reviews] == ["we checked it ourselves"]


# --- importing other publishers' ClaimReview ----------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["object", "list", "graph", "html", "jsonl"])
def test_claimreview_is_accepted_in_every_common_shape(cli, tmp_path, shape):
    second = {
        **TEMPO,
        "claimReviewed": "Rusia mengirim pasukan ke Korea Utara",
        "url": "https://cekfakta.example/fakta/124",
    }
    content = {
        "object": json.dumps(TEMPO),
        "list": json.dumps([TEMPO, second]),
        "graph": json.dumps(
            {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, TEMPO, second]}
        ),
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
    assert tempo["provenance"].startswith(
        "Tempo CekFakta rated it “Keliru” on 2023-09-01 (https://cekfakta.example/fakta/123)"
    )
    statement = tempo["statements"][0]
    assert (statement["speaker"], statement["said_on"], statement["url"]) == (
        "Akun Facebook Kabar Dunia",
        "2023-08-30",
        "https://social.example/post/9",
    )
    history = json.loads(cli("show", str(tempo["id"]), "--json").stdout)["history"]
    assert [(e["action"], e["to"], e["editor"]) for e in history] == [("import", "false", "tester")]


@pytest.mark.parametrize(
    ("rating_", "status"),
    [
        ({"alternateName": "Sebagian Benar"}, "misleading"),
        ({"ratingValue": "False"}, "false"),
        ({"@type": "Rating", "name": "Mostly True"}, "verified"),
        ({"ratingValue": 6, "bestRating": 7, "worstRating": 1}, "verified"),
        ({"ratingValue": 1, "bestRating": 10, "worstRating": 0, "alternateName": "Four Pinocchios"}, "false"),
        ({"ratingValue": 0, "bestRating": 4, "worstRating": 0}, "false"),
        ("Tidak Terbukti", "unproven"),
    ],
)
def test_ratings_are_read_from_whatever_the_publisher_gives(cli, tmp_path, rating_, status):
    review = {
        "@type": "ClaimReview",
        "claimReviewed": "Harga beras naik tiga kali lipat bulan ini",
        "reviewRating": rating_,
    }
    assert cli("import-claims", str(write(tmp_path, "r.json", review))).exit_code == 0
    assert claims_json(cli)[0]["status"] == status


def test_an_unknown_rating_imports_unverified_and_flagged_for_review(cli, tmp_path):
    review = {
        "@type": "ClaimReview",
        "claimReviewed": "The bridge cost four billion dollars",
        "reviewRating": {"alternateName": "Needs more sauce"},
    }
    result = cli("import-claims", str(write(tmp_path, "r.json", review)))
    assert "1 added" in result.stdout and "1 flagged for review" in result.stdout
    claim = claims_json(cli)[0]
    assert claim["status"] == "unverified" and claim["needs_review"]
    assert "Needs more sauce" in claim["review_reason"] and "Needs more sauce" in claim["provenance"]


def test_google_fact_check_api_output_is_accepted(cli, tmp_path):
    api = {
        "claims": [
            {
                "text": "Vaccines contain microchips",
                "claimant": "Viral post",
                "claimDate": "2021-03-01T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Checker A", "site": "a.example"},
                        "url": "https://a.example/1",
                        "title": "No microchips",
                        "reviewDate": "2021-03-05T00:00:00Z",
                        "textualRating": "False",
                        "languageCode": "en",
                    }
                ],
            }
        ]
    }
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


def test_imported_speakers_follow_ingests_rules_for_actors(cli, tmp_path):
    """Import resolves speakers as ingest does: a description ("a viral post", "House Republicans" as a person)
    names no one and makes no actor, though the statement keeps the speaker's words; a name does."""
    reviews = [
        {
            "@type": "ClaimReview",
            "claimReviewed": text,
            "reviewRating": {"alternateName": "False"},
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": speaker}},
        }
        for text, speaker in (
            ("Tap water in the capital now contains recycled seawater", "a viral post"),
            ("The state budget doubled in a single year", "House Republicans"),
            ("Teacher salaries rank in the bottom five nationally", "Jane Roe"),
        )
    ]
    assert cli("import-claims", str(write(tmp_path, "r.json", reviews))).exit_code == 0
    actors = {a["name"] for a in json.loads(cli("actors", "--json").stdout)}
    assert actors == {"Jane Roe"}
    speakers = {c["text"]: c["statements"][0]["speaker"] for c in json.loads(cli("claims", "--json").stdout)}
    assert speakers["Tap water in the capital now contains recycled seawater"] == "a viral post"
    assert speakers["The state budget doubled in a single year"] == "House Republicans"
