"""Ctrl+C in the middle of a write: the batch being written commits whole and is counted, then ingest stops, so
what it says it stored is what the database holds. (The command-line tests signal a real process; this one signals
this process from inside the transaction, where no timing could reliably put it.)"""

from __future__ import annotations

import json
import os
import signal
import threading

import pytest

from claimtrack.pipeline import files_of, ingest_files
from claimtrack.store import Store

ARTICLE = (
    "JAKARTA - Menteri Sosial Saifullah Yusuf mengatakan bantuan pangan tahap kedua akan disalurkan kepada {n} juta "
    "keluarga pada bulan depan, kata Saifullah di Jakarta, Senin.\n"
)

pytestmark = pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread()
    or signal.getsignal(signal.SIGINT) is not signal.default_int_handler,
    reason="needs Python's own Ctrl+C handling on the main thread",
)


class SignalledStore(Store):
    """A store that receives Ctrl+C just after its `after`-th write has committed, before ingest has counted it."""

    def __init__(self, url: str, after: int):
        super().__init__(url)
        self.after, self.writes = after, 0

    def write(self, work):
        result = super().write(work)
        self.writes += 1
        if self.writes == self.after:
            os.kill(os.getpid(), signal.SIGINT)
        return result


@pytest.mark.parametrize("after", [1, 2])
def test_a_batch_committed_when_ctrl_c_arrives_is_counted_and_nothing_after_it_is_written(tmp_path, db_url, after):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"title": f"Artikel {n}", "text": ARTICLE.format(n=n)}) + "\n" for n in range(80)),
        encoding="utf-8",
    )
    store = SignalledStore(db_url, after)
    try:
        summary = ingest_files(store, files_of([str(feed)]), {}, jobs=1)
        stored = store.counts()["sources"]
    finally:
        store.close()
    assert summary.stopped
    assert summary.added == stored == 25 * after  # batches of 25: the one written when Ctrl+C came, and no more
    assert summary.remaining == 80 - stored
    assert (
        summary.stop_line()
        == f"stopped: {stored} stored, {80 - stored} not yet read; run the same command again to go on"
    )
