"""PolitiFact's LIAR TSV imported through the CLI."""

from __future__ import annotations

import json

from .helpers import LIAR_SAMPLE, claims_json


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
    assert (statement["speaker"], statement["speaker_role"], statement["source"]) == (
        "Jane Roe",
        "State senator",
        "a campaign mailer",
    )
    assert (
        claims["Our county has added more jobs than any other county in the state this decade."]["status"]
        == "misleading"
    )
    assert (
        claims["Teacher salaries in the state rank in the bottom five nationally."]["statements"][0]["speaker_kind"]
        == "organization"
    )
    hoses = claims["A new law requires every household to register its garden hoses with the police."]
    assert hoses["statements"][0]["speaker"] == "Chain Email" and hoses["statements"][0]["speaker_kind"] == "unknown"
    assert claims["The harbour bridge was built in eleven months."]["needs_review"]
    actors = {a["name"]: a["statements"] for a in json.loads(cli("actors", "--json").stdout)}
    assert actors == {"Jane Roe": 2, "John Q Public": 1, "State Teachers Union": 1, "Sam Lee": 2}
    assert "0 added, 7 already imported" in cli("import-claims", str(LIAR_SAMPLE)).stdout
