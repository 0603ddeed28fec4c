"""Four `claimtrack ingest` processes at once into one database (a shared PostgreSQL under
$CLAIMTRACK_TEST_DB_URL, else a SQLite file): each document is stored once, and no claim is made twice."""

from __future__ import annotations

import subprocess
import sys
from itertools import combinations

from sqlalchemy import func, select

from claimtrack.config import settings
from claimtrack.match import score
from claimtrack.models import Claim, Source
from claimtrack.store import Store
from tests.conftest import FIXTURES

INGESTERS = 4


def _articles(folder, sample_article) -> list[str]:
    """Five articles that share claims (the sample's story told by four outlets and one that is not), each six times
    under another title: every copy's statements join the claims of the first copy stored."""
    sources = [sample_article, *sorted((FIXTURES / "articles").glob("*.md"))]
    folder.mkdir()
    paths = []
    for copy in range(6):
        for source in sources:
            path = folder / f"{copy}-{source.name}"
            path.write_text(source.read_text(encoding="utf-8").replace('title: "', f'title: "({copy}) ', 1), "utf-8")
            paths.append(str(path))
    return paths


def _ingest(db: str, paths: list[str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "claimtrack", "--db", db, "ingest", *paths, "--jobs", "1", "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_four_ingesters_store_each_document_once_and_never_make_a_claim_twice(db_url, sample_article, tmp_path):
    paths = _articles(tmp_path / "articles", sample_article)
    Store(db_url).close()  # the schema, made once before the ingesters start
    # every ingester reads every article, each starting at another point, so they race for the same documents
    shift = len(paths) // INGESTERS
    runs = [_ingest(db_url, paths[n * shift :] + paths[: n * shift]) for n in range(INGESTERS)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0] * INGESTERS, [err for _, err in outputs]

    alone = tmp_path / "alone.db"  # the same articles by one ingester, for comparison
    subprocess.run(
        [sys.executable, "-m", "claimtrack", "--db", str(alone), "--create", "ingest", *paths, "--quiet"],
        check=True,
        capture_output=True,
    )
    shared, single = Store(db_url), Store(str(alone))
    with shared.transaction() as tx:
        hashes = tx.session.exec(select(Source.sha256, func.count()).group_by(Source.sha256)).all()
        keys = tx.session.exec(select(Claim.match_key).where(Claim.merged_into_id.is_(None))).scalars().all()
    assert len(hashes) == len(paths) and all(count == 1 for _, count in hashes)
    assert shared.counts() == single.counts()
    join = settings().match.join_score
    assert [(a, b) for a, b in combinations(keys, 2) if score(a, b) >= join] == []  # none would have joined another
    shared.close()
    single.close()
