"""Imported verdicts meet the claims tracked here: previously checked, in both directions."""

from __future__ import annotations

import json

from .helpers import TEMPO, claims_json, weapons_claim, write


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
    unrelated = {
        **TEMPO,
        "claimReviewed": "Harga beras turun 40 persen di seluruh Jawa",
        "url": "https://cekfakta.example/fakta/9",
    }
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
