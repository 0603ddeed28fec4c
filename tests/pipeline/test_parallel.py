"""`ingest --jobs N` stores exactly what `--jobs 1` stores: the same sources, statements, claims and links, in order."""

from __future__ import annotations

import pytest

from claimtrack.store import Store
from tests.conftest import FIXTURES


def corpus(folder, sample_article) -> int:
    """Sixty articles from our fixtures, each a distinct document (its own title and date), and one broken file:
    more than a write batch (25) and several pool chunks (8), so batching and ordering both show."""
    sources = [sample_article, *sorted((FIXTURES / "articles").glob("*.md"))]
    folder.mkdir()
    count = 0
    for copy in range(15):
        for source in sources:
            text = source.read_text(encoding="utf-8").replace('title: "', f'title: "({copy}) ', 1)
            (folder / f"{copy:02d}-{source.name}").write_text(text, encoding="utf-8")
            count += 1
    (folder / "07-broken.md").write_bytes(b"\x00\x01\x02 not text")
    return count


def dump(db) -> dict:
    """Everything ingest writes, without the timestamps: sources, statements, claims with their links, actors."""
    store = Store(str(db))
    try:
        claims = store.claims_by_id([claim.id for claim in store.claims()])
        return {
            "claims": [
                (
                    c.id,
                    c.text,
                    c.status,
                    c.checkworthiness,
                    str(c.first_seen),
                    c.needs_review,
                    [(s.relation, s.id, s.speaker, s.content, s.source_id, s.start) for s in c.statements],
                )
                for c in claims.values()
            ],
            "counts": store.counts(),
            "actors": sorted((a.name, a.kind) for a in store.actors()),
        }
    finally:
        store.close()


@pytest.mark.sqlite_only
@pytest.mark.slow
def test_jobs_two_stores_what_jobs_one_stores(tmp_path, runner, sample_article, monkeypatch):
    from claimtrack.cli import app, state

    monkeypatch.setenv("CLAIMTRACK_EDITOR", "tester")
    folder = tmp_path / "articles"
    expected = corpus(folder, sample_article)
    results = {}
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        outcome = runner.invoke(app, ["--db", str(db), "ingest", str(folder), "--jobs", str(jobs), "--quiet"])
        if state._store is not None:
            state._store.close()
            state._store = None
        assert outcome.exit_code == 1, outcome.output  # the broken file is reported ...
        assert "07-broken.md" in outcome.output
        results[jobs] = dump(db)
        assert results[jobs]["counts"]["sources"] == expected  # ... and every other article is stored
    assert results[2] == results[1]
    assert len(results[1]["claims"]) > 5 and any(len(c[-1]) > 15 for c in results[1]["claims"])  # copies joined claims
