"""Ingesting many articles: read and extract in a pool of processes, write through one writer.

Reading, preparing and extracting need no database, so they parallelise; writes stay in one process, in
input order, a batch of documents per transaction, so the database never holds half an article. When one
document of a batch fails, the batch is rolled back and stored again one document per transaction, so only
the failing article is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.extract import Extraction, extract
from claimtrack.ingest import Document, IngestError, read_paths
from claimtrack.ingest.readers import files_under
from claimtrack.store import Store
from claimtrack.textutil import plural
from claimtrack.tracking.tracker import IngestResult, Tracker, statement_keys

_PARALLEL_FROM = 8  # fewer documents than this are extracted in-process: a pool costs more than it saves
_CHUNK = 8  # files or documents a worker takes at a time: small, so no worker idles at the end
_WRITE_BATCH = 25  # documents per transaction: fewer commits, and an editor waits at most one batch for the lock


@dataclass
class Summary:
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    statements: int = 0
    new_claims: int = 0
    joined: int = 0
    flagged: int = 0
    results: list[IngestResult] = field(default_factory=list)

    def line(self) -> str:
        parts = [
            f"{self.added} added",
            f"{self.duplicates} already ingested",
            f"{self.failed} failed",
            plural(self.statements, "statement"),
            plural(self.new_claims, "new claim"),
            f"{self.joined} joined existing claims",
        ]
        if self.flagged:
            parts.append(f"{plural(self.flagged, 'claim')} flagged for review")
        return "ingest: " + ", ".join(parts)

    def count(self, result: IngestResult) -> None:
        self.results.append(result)
        if result.status == "duplicate":
            self.duplicates += 1
            return
        self.added += 1
        self.statements += result.statements
        self.new_claims += len(result.new_claims)
        self.joined += len(result.joined_claims)
        self.flagged += len(result.flagged_claims)


Prepared = tuple[Extraction, dict[str, str]]
Pair = tuple[Document | IngestError, Prepared | None]


def _prepare_one(document: Document) -> Prepared:
    """The CPU-bound part of ingest: extraction and match keys, no database."""
    extraction = extract(document)
    return extraction, statement_keys(extraction)


def _pair(item: Document | IngestError) -> Pair:
    return (item, None) if isinstance(item, IngestError) else (item, _prepare_one(item))


def extractions(items: Iterable[Document | IngestError], jobs: int) -> Iterator[Pair]:
    """Each item with its extraction and match keys, in input order; errors pass through untouched."""
    items = list(items)
    documents = [item for item in items if isinstance(item, Document)]
    if jobs <= 1 or len(documents) < _PARALLEL_FROM:
        yield from map(_pair, items)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = iter(pool.map(_prepare_one, documents, chunksize=_CHUNK))
        for item in items:
            yield (item, None) if isinstance(item, IngestError) else (item, next(results))


def _read_and_prepare(task: tuple[str, dict]) -> list[Pair]:
    """A worker's share: read one file (a JSON Lines file holds many articles), prepare and extract each."""
    path, defaults = task
    return [_pair(item) for item in read_paths([path], defaults)]


def files_of(paths: Iterable[str]) -> list[str]:
    """The files to read, in order: folders expanded; '-', missing paths and empty folders kept for the
    reader to read or report."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        files = files_under(folder) if path != "-" and folder.is_dir() else []
        out.extend(str(f) for f in files) if files else out.append(path)
    return out


def prepared_files(files: list[str], defaults: dict, jobs: int) -> Iterator[list[Pair]]:
    """Per file, its articles with their extractions, in order. Reading, preparing and extracting run in a
    pool of processes, so the writer in this process only writes; stdin is read here."""
    if jobs <= 1 or len(files) < _PARALLEL_FROM:
        for path in files:
            yield _read_and_prepare((path, defaults))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        tasks = [(path, defaults) for path in files if path != "-"]
        results = pool.map(_read_and_prepare, tasks, chunksize=max(1, min(_CHUNK, len(tasks) // (4 * jobs))))
        for path in files:
            yield _read_and_prepare((path, defaults)) if path == "-" else next(results)


def ingest_items(
    store: Store,
    items: Iterable[Document | IngestError],
    *,
    jobs: int = 1,
    report: Callable[[str], None] = lambda message: None,
    on_result: Callable[[IngestResult | IngestError], None] = lambda result: None,
    tracker: Tracker | None = None,
) -> Summary:
    """Ingest articles already read (the TUI reads them itself)."""
    return _write_all(store, extractions(items, jobs), report, on_result, tracker)


def _write_all(
    store: Store,
    pairs: Iterable[Pair],
    report: Callable[[str], None],
    on_result: Callable[[IngestResult | IngestError], None],
    tracker: Tracker | None = None,
) -> Summary:
    """The one writer: documents in input order, a batch per transaction (retried one by one on a failure)."""
    tracker = tracker or Tracker(store)
    summary = Summary()
    pending: list[Pair] = []

    def flush() -> None:
        documents = [(item, *prepared) for item, prepared in pending if isinstance(item, Document)]
        stored = iter(tracker.ingest_batch(documents)) if documents else iter(())
        for item, _ in pending:
            outcome = item if isinstance(item, IngestError) else next(stored)
            if isinstance(outcome, IngestError):
                summary.failed += 1
                report(str(outcome))
            else:
                summary.count(outcome)
            on_result(outcome)
        pending.clear()

    for pair in pairs:
        pending.append(pair)
        if len(pending) >= _WRITE_BATCH:
            flush()
    flush()
    return summary


def ingest_files(
    store: Store,
    files: list[str],
    defaults: dict,
    *,
    jobs: int = 1,
    report: Callable[[str], None] = lambda message: None,
    on_result: Callable[[IngestResult | IngestError], None] = lambda result: None,
    on_file: Callable[[], None] = lambda: None,
) -> Summary:
    """Ingest these files (as `files_of` lists them); `on_file` is called as each file's articles are written,
    so a caller can draw progress."""

    def pairs() -> Iterator[Pair]:
        for batch in prepared_files(files, defaults, jobs):
            yield from batch
            on_file()

    return _write_all(store, pairs(), report, on_result)


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    defaults: dict,
    *,
    jobs: int = 1,
    report: Callable[[str], None] = lambda message: None,
    on_result: Callable[[IngestResult | IngestError], None] = lambda result: None,
) -> Summary:
    """Ingest files and folders."""
    return ingest_files(store, files_of(paths), defaults, jobs=jobs, report=report, on_result=on_result)
