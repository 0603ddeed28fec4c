"""kill -9 in the middle of an ingest of real articles: no corruption, no half document, a clean re-run.

A short version of bench/crash_ingest.py (which runs 300 articles × 20 kills); needs ../shared/corpus.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "crash_ingest.py"


def _bench():
    spec = importlib.util.spec_from_file_location("crash_ingest", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_killed_ingests_leave_whole_documents_and_a_rerun_finishes_without_duplicates(tmp_path):
    bench = _bench()
    if not bench.CORPUS.exists():
        pytest.skip(f"needs the Detik corpus at {bench.CORPUS}")
    summary = bench.crash_runs(tmp_path, articles=40, runs=3, seed=11)
    assert [r["problems"] for r in summary["results"]] == [[], [], []]
    assert summary["reference"]["statements"] > 0
