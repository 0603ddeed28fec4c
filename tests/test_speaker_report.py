"""A speaker's record: what the store gathers, the CLI shows and the Markdown export says."""

from __future__ import annotations

import json

from markdown_it import MarkdownIt

from claimtrack.pipeline import ingest_paths
from claimtrack.speaker_report import render_speaker
from claimtrack.store import ClaimQuery


def test_the_record_gathers_names_roles_months_and_verdicts(store, sample_article):
    ingest_paths(store, [str(sample_article)], {}, jobs=1)
    lavrov = store.speakers_called("Lavrov")[0]
    claims = {c.id: c for c in store.claims(ClaimQuery(speaker="Lavrov"))}
    first = next(iter(claims))
    store.mark(first, "misleading", "", "ana")
    record = store.speaker_record(lavrov.id)
    assert record.actor.name == "Sergei Lavrov" and "Lavrov" in record.actor.aliases
    assert record.roles[0][0] == "Menteri Luar Negeri Rusia"
    assert sum(n for _, n in record.months) == lavrov.statements
    assert {claim.id for claim in record.claims} == set(claims)
    assert record.verdicts.get("misleading") == 1


def test_the_markdown_is_inert_and_lists_the_track_record(store, sample_article):
    ingest_paths(store, [str(sample_article)], {}, jobs=1)
    with store.transaction() as tx:
        tx.rename_actor(store.speakers_called("Lavrov")[0].id, "Lavrov <script>alert(1)</script> [x](javascript:y)")
    record = store.speaker_record(store.speakers_called("Lavrov")[0].id)
    html = MarkdownIt("commonmark").render(render_speaker(record))
    assert "<script>" not in html and 'href="javascript' not in html
    assert "Track record" in html and "unverified" in html


def test_actors_show_by_name_with_json_and_markdown(cli, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    shown = cli("actors", "show", "peskov")
    assert shown.exit_code == 0 and "Dmitry Peskov" in shown.stdout and "track record" in shown.stdout
    record = json.loads(cli("actors", "show", "Peskov", "--json").stdout)
    assert record["name"] == "Dmitry Peskov" and record["claims"][0]["relation"] == "contradicts"
    target = tmp_path / "peskov.md"
    assert cli("actors", "show", "Peskov", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Speaker record: Dmitry Peskov")
    missing = cli("actors", "show", "nobody")
    assert missing.exit_code == 1 and missing.stderr.startswith("error: no speaker is called 'nobody'")
