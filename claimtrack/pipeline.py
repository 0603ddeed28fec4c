"""Ingesting many articles: read in this process, extract in a pool of processes, write through one writer.

Extraction is pure CPU and needs no database, so it parallelises; writes stay in one process and one
transaction per document, so the database never holds half an article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from claimtrack.extract import Extraction, extract
from claimtrack.ingest import Document, IngestError, read_paths
from claimtrack.store import Store
from claimtrack.tracker import IngestResult, Tracker, statement_keys

_PARALLEL_FROM = 8  # fewer documents than this are extracted in-process: a pool costs more than it saves
_CHUNK = 32


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
        parts = [f"{self.added} added", f"{self.duplicates} already ingested", f"{self.failed} failed",
                 f"{self.statements} statements", f"{self.new_claims} new claims", f"{self.joined} joined existing claims"]
        if self.flagged:
            parts.append(f"{self.flagged} claims flagged for review")
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


def _prepare_one(document: Document) -> Prepared:
    """The CPU-bound part of ingest: extraction and match keys, no database."""
    extraction = extract(document)
    return extraction, statement_keys(extraction)


def extractions(items: Iterable[Document | IngestError], jobs: int) -> Iterator[tuple[Document | IngestError, Prepared | None]]:
    """Each item with its extraction and match keys, in input order; errors pass through untouched."""
    items = list(items)
    documents = [item for item in items if isinstance(item, Document)]
    if jobs <= 1 or len(documents) < _PARALLEL_FROM:
        for item in items:
            yield (item, None) if isinstance(item, IngestError) else (item, _prepare_one(item))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = iter(pool.map(_prepare_one, documents, chunksize=_CHUNK))
        for item in items:
            yield (item, None) if isinstance(item, IngestError) else (item, next(results))


def ingest_items(store: Store, items: Iterable[Document | IngestError], *, jobs: int = 1,
                 report: Callable[[str], None] = lambda message: None,
                 on_result: Callable[[IngestResult | IngestError], None] = lambda result: None,
                 tracker: Tracker | None = None) -> Summary:
    tracker = tracker or Tracker(store)
    summary = Summary()
    for item, prepared in extractions(items, jobs):
        if isinstance(item, IngestError):
            summary.failed += 1
            report(str(item))
            on_result(item)
            continue
        result = tracker.ingest(item, *prepared)
        summary.count(result)
        on_result(result)
    return summary


def ingest_paths(store: Store, paths: Iterable[str], defaults: dict, *, jobs: int = 1,
                 report: Callable[[str], None] = lambda message: None, progress: bool = False,
                 echo: Callable[[str], None] | None = None) -> Summary:
    """Ingest files and folders; with `progress`, a Rich bar on stderr when there are more than a few."""
    items = list(read_paths(paths, defaults))

    def describe(result: IngestResult | IngestError) -> None:
        if echo is not None and isinstance(result, IngestResult):
            from claimtrack.textutil import one_line

            if result.status == "duplicate":
                echo(f"= {result.origin}: already ingested (source {result.source_id})")
            else:
                echo(f"+ {result.origin}: {result.statements} statements, {len(result.new_claims)} new claims, "
                     f"{len(result.joined_claims)} joined — {one_line(result.title, 60)}")

    if not progress or len(items) <= 3:
        return ingest_items(store, items, jobs=jobs, report=report, on_result=describe)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console) as bar:
        task = bar.add_task("ingest", total=len(items))

        def advance(result) -> None:
            bar.advance(task)

        return ingest_items(store, items, jobs=jobs, report=lambda m: console.print(f"error: {m}", markup=False, highlight=False),
                            on_result=advance)
