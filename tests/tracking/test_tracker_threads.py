"""The tracker is shared by the TUI's workers (ingest, lookups, edits): it holds its own lock, so callers need none."""

from __future__ import annotations

import threading

from claimtrack.ingest.readers import read_paths
from claimtrack.tracking.tracker import Tracker

WEAPONS = "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"


def test_a_lookup_asked_during_an_ingest_sees_what_it_stores(store, sample_article, monkeypatch):
    tracker = Tracker(store)
    assert tracker.lookup([WEAPONS])[0].matches == ()  # the in-memory index is built, empty, before the ingest
    (document,) = read_paths([sample_article])
    writing, release = threading.Event(), threading.Event()
    write = store.write

    def held_write(work):
        writing.set()
        release.wait(10)
        return write(work)

    monkeypatch.setattr(store, "write", held_write)
    ingest = threading.Thread(target=tracker.ingest, args=(document,))
    ingest.start()
    assert writing.wait(10)
    found = []
    lookup = threading.Thread(target=lambda: found.extend(tracker.lookup([WEAPONS])))
    lookup.start()
    lookup.join(0.2)  # without the tracker's lock the lookup would be done by now, against the empty index
    release.set()
    ingest.join(10)
    lookup.join(10)
    assert [match.text for match in found[0].matches][:1] == [WEAPONS]
