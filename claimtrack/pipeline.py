"""Ingesting many articles: read and extract in a pool of processes, write through one writer.

Reading, preparing and extracting need no database, so they parallelise; writes stay in one process, in
input order, a batch of documents per transaction, so the database never holds half an article. When one
document of a batch fails, the batch is rolled back and stored again one document per transaction, so only
the failing article is left out.

Input streams through: a JSON Lines file of any size is handed to the workers a run of lines at a time, and only a
few runs are ever ahead of the writer. Articles the database already holds (by content hash) are not extracted
again, so a run that was stopped goes on where it stopped. Ctrl+C stops at once between writes; during a write,
after its commit. The summary then says what was stored and what was not yet read.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.extract import Extraction, extract
from claimtrack.ingest import Document, IngestError
from claimtrack.ingest.document import Note
from claimtrack.ingest.readers import Unit, articles_in, files_under, read_unit, units
from claimtrack.store import Store
from claimtrack.textutil import plural
from claimtrack.tracking.claim_rules import statement_keys
from claimtrack.tracking.tracker import IngestResult, Tracker

_PARALLEL_FROM = 8  # fewer articles than this are extracted in-process: a pool costs more than it saves
_CHUNK = (
    8  # articles a worker takes at a time (a run of JSON lines may hold more): small, so no worker idles at the end
)
_AHEAD = 4  # tasks handed to each worker ahead of the writer: enough to keep it busy, little held in memory
_WRITE_BATCH = 25  # documents per transaction: fewer commits, and an editor waits at most one batch for the lock


@dataclass
class Progress:
    """How far an ingest has come, for a progress bar: files handed to the readers, articles extracted (or found
    already stored), articles written, articles that failed. `articles` is None when the input does not say how many
    it holds (stdin)."""

    files: int
    articles: int | None
    files_read: int = 0
    extracted: int = 0
    stored: int = 0
    failed: int = 0


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
    total: int | None = None  # articles the input held, when known before reading
    stopped: bool = False  # interrupted (Ctrl+C) before the end
    notes: dict[str, list] = field(default_factory=dict)  # note kind → [the first note, how many]

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

    @property
    def remaining(self) -> int | None:
        """Articles not yet read, stored or refused, when the input's size was known."""
        if self.total is None:
            return None
        return max(self.total - self.added - self.duplicates - self.failed, 0)

    def stop_line(self) -> str:
        """What an interrupted run kept, and how to go on."""
        left = f", {self.remaining:,} not yet read" if self.remaining is not None else ""
        return f"stopped: {self.added:,} stored{left}; run the same command again to go on"

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

    def repeated_notes(self) -> list[str]:
        """For each kind of note seen more than once: how many more there were."""
        return [f"{count - 1:,} {first.more or 'more like it'}" for first, count in self.notes.values() if count > 1]

    def note(self, note: Note) -> bool:
        """Count a note; True the first time its kind is seen (the one time it is reported)."""
        seen = self.notes.setdefault(note.key, [note, 0])
        seen[1] += 1
        return seen[1] == 1


Prepared = tuple[Extraction, dict[str, str]]
# An article with its extraction and match keys; an error passes through with None; so does a document whose content
# the database held when the run began (the writer confirms it is there rather than extracting it again).
Pair = tuple[Document | IngestError, Prepared | None]


def _prepare_one(document: Document) -> Prepared:
    """The CPU-bound part of ingest: extraction and match keys, no database."""
    extraction = extract(document)
    return extraction, statement_keys(extraction)


def _pair(item: Document | IngestError) -> Pair:
    return (item, None) if isinstance(item, IngestError) else (item, _prepare_one(item))


def _fingerprint(sha256: str) -> int:
    """64 bits of a content hash: enough to skip extracting what is stored (the writer checks the whole hash)."""
    return int(sha256[:16], 16)


class _Reader:
    """A worker's job: read a unit, prepare and extract its articles, except those the database already holds."""

    def __init__(self, defaults: dict, stored: frozenset[int]):
        self.defaults, self.stored = defaults, stored

    def __call__(self, unit: Unit) -> list[Pair]:
        pairs: list[Pair] = []
        for item in read_unit(unit, self.defaults):
            if isinstance(item, Document) and _fingerprint(item.sha256) in self.stored:
                pairs.append((item, None))
            else:
                pairs.append(_pair(item))
        return pairs


_worker: _Reader | None = None
_busy = False  # a worker is in the middle of a unit


def _start_worker(reader: _Reader, takes_ctrl_c: bool) -> None:
    """A pool process stops its unit on Ctrl+C (a terminal signals the whole group) and says so to the parent, which
    stops in order; between units it leaves Ctrl+C to the parent. When the parent ignores Ctrl+C (started with SIGINT
    ignored, as a shell without job control starts `claimtrack ingest &`), so does the worker: else a Ctrl+C would stop
    the run only when it found a worker in the middle of a unit."""
    global _worker
    signal.signal(signal.SIGINT, _stop_unit if takes_ctrl_c else signal.SIG_IGN)
    _worker = reader


def _stop_unit(signum: int, frame: object) -> None:
    if _busy:
        raise KeyboardInterrupt  # inside the unit: returned to the parent as the unit's result


def _work(task: list[Unit]) -> list[Pair]:
    global _busy
    assert _worker is not None
    _busy = True
    try:
        return [pair for unit in task for pair in _worker(unit)]
    finally:
        _busy = False


def _tasks(work: Iterable[Unit]) -> Iterator[list[Unit]]:
    """Units grouped into a worker's tasks of about _CHUNK articles (eight small files, or one run of JSON lines), so
    a pool of many small files spends its time extracting rather than passing messages; stdin alone."""
    task: list[Unit] = []
    articles = 0
    for unit in work:
        if unit.path == "-":
            if task:
                yield task
            yield [unit]
            task, articles = [], 0
            continue
        task.append(unit)
        articles += unit.articles
        if articles >= _CHUNK:
            yield task
            task, articles = [], 0
    if task:
        yield task


def _in_order(work: Iterable[Unit], reader: _Reader, jobs: int) -> Generator[list[Pair], None, None]:
    """Each unit's articles with their extractions, in input order: in a pool of `jobs` processes, a few units ahead
    of the caller; stdin is read here. Stopping (an exception, or closing this generator) cancels what has not begun
    and waits for the units under way, which a terminal's Ctrl+C has stopped too."""
    if jobs <= 1:
        yield from map(reader, work)
        return
    others = set(multiprocessing.active_children())
    takes_ctrl_c = signal.getsignal(signal.SIGINT) is not signal.SIG_IGN
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(reader, takes_ctrl_c))
    pending: deque[Future] = deque()
    finished = False
    try:
        for task in _tasks(work):
            if task[0].path == "-":
                while pending:
                    yield pending.popleft().result()
                yield reader(task[0])
                continue
            pending.append(pool.submit(_work, task))
            while len(pending) >= jobs * _AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    finally:
        if not finished:  # Ctrl+C may have reached this process alone (kill -INT): pass it on to the workers
            for worker in set(multiprocessing.active_children()) - others:
                if worker.pid is not None:
                    os.kill(worker.pid, signal.SIGINT)
        pool.shutdown(wait=True, cancel_futures=True)


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


def files_of(paths: Iterable[str]) -> list[str]:
    """The files to read, in order: folders expanded; '-', missing paths and empty folders kept for the
    reader to read or report."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        files = files_under(folder) if path != "-" and folder.is_dir() else []
        out.extend(str(f) for f in files) if files else out.append(path)
    return out


@contextmanager
def _commit_before_stopping() -> Iterator[list[int]]:
    """Ctrl+C during a write waits for the commit, so the batch is stored and counted whole; the caller stops after.
    Only where Ctrl+C would interrupt this thread (the main thread, Python's own handler)."""
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread() or (
        signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield caught
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield caught
    finally:
        signal.signal(signal.SIGINT, previous)


class _Writer:
    """The one writer: documents in input order, a batch per transaction (retried one by one on a failure)."""

    def __init__(
        self,
        store: Store,
        summary: Summary,
        report: Callable[[str], None],
        on_result: Callable[[IngestResult | IngestError], None],
        tracker: Tracker | None,
        on_note: Callable[[str], None] = lambda message: None,
    ):
        self.store, self.summary, self.report, self.on_result = store, summary, report, on_result
        self.on_note = on_note
        self.tracker = tracker or Tracker(store)
        self.pending: list[Pair] = []

    def add(self, pair: Pair) -> None:
        item = pair[0]
        if isinstance(item, Document):
            for note in item.notes:
                if self.summary.note(note):
                    self.on_note(note.message)
        self.pending.append(pair)
        if len(self.pending) >= _WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        """Store what is pending in one transaction; a Ctrl+C meanwhile stops ingest once it is stored and counted."""
        if not self.pending:
            return
        with _commit_before_stopping() as interrupted:
            self._write(self.pending)
            self.pending = []
        if interrupted:
            raise KeyboardInterrupt

    def _write(self, pairs: list[Pair]) -> None:
        presumed = [item.sha256 for item, prepared in pairs if isinstance(item, Document) and prepared is None]
        stored = self.store.sources_with(presumed) if presumed else {}
        batch: list[tuple[Document, Extraction | None, dict[str, str] | None]] = []
        for item, prepared in pairs:
            if isinstance(item, Document) and item.sha256 not in stored:
                batch.append((item, *(prepared or _prepare_one(item))))
        outcomes = iter(self.tracker.ingest_batch(batch)) if batch else iter(())
        for item, _ in pairs:
            if isinstance(item, IngestError):
                outcome: IngestResult | IngestError = item
            elif item.sha256 in stored:
                outcome = IngestResult(item.origin, "duplicate", stored[item.sha256], item.title)
            else:
                outcome = next(outcomes)
            if isinstance(outcome, IngestError):
                self.summary.failed += 1
                self.report(str(outcome))
            else:
                self.summary.count(outcome)
            self.on_result(outcome)


def _write_all(writer: _Writer, pairs: Iterable[Pair], after_batch: Callable[[], None] = lambda: None) -> None:
    """Write every pair; on Ctrl+C, what was extracted already is written before stopping."""
    try:
        for pair in pairs:
            writer.add(pair)
            after_batch()
    except KeyboardInterrupt:
        writer.flush()
        raise
    writer.flush()


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
    summary = Summary()
    _write_all(_Writer(store, summary, report, on_result, tracker), extractions(items, jobs))
    return summary


def ingest_files(
    store: Store,
    files: list[str],
    defaults: dict,
    *,
    jobs: int = 1,
    report: Callable[[str], None] = lambda message: None,
    on_result: Callable[[IngestResult | IngestError], None] = lambda result: None,
    on_progress: Callable[[Progress], None] = lambda progress: None,
    on_note: Callable[[str], None] = lambda message: None,
) -> Summary:
    """Ingest these files (as `files_of` lists them), streaming; `on_progress` is called as articles are read and
    stored, so a caller can draw progress; `on_note` gets the first note of each kind. Ctrl+C (KeyboardInterrupt)
    ends it early with `Summary.stopped` set: everything stored so far stays, and running it again goes on."""
    summary = Summary()
    progress = Progress(files=len(files), articles=None)
    stream: Generator[list[Pair], None, None] | None = None
    try:
        counts = [articles_in(path) for path in files]
        total = None if None in counts else sum(c or 0 for c in counts)
        summary.total = progress.articles = total
        on_progress(progress)
        stored = frozenset(_fingerprint(sha256) for sha256 in store.source_hashes())
        reader = _Reader(defaults, stored)
        parallel = jobs > 1 and total is not None and total >= _PARALLEL_FROM
        stream = _in_order(_units_of(files, progress), reader, jobs if parallel else 1)
        writer = _Writer(store, summary, report, on_result, None, on_note)

        def pairs() -> Iterator[Pair]:
            for batch in stream:
                progress.extracted += len(batch)
                on_progress(progress)
                yield from batch

        def after_batch() -> None:
            done = summary.added + summary.duplicates
            if done != progress.stored or summary.failed != progress.failed:
                progress.stored, progress.failed = done, summary.failed
                on_progress(progress)

        _write_all(writer, pairs(), after_batch)
    except KeyboardInterrupt:
        summary.stopped = True
    finally:
        if stream is not None:
            stream.close()
    progress.stored, progress.failed = summary.added + summary.duplicates, summary.failed
    on_progress(progress)
    return summary


def _units_of(files: list[str], progress: Progress) -> Iterator[Unit]:
    for path in files:
        yield from units(path)
        progress.files_read += 1


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
