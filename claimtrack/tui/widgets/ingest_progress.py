"""A progress line under the claims list while files are ingested in the background."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from claimtrack.textutil import one_line


class IngestProgress(Horizontal):
    """Hidden until an ingest starts; counts documents as they are stored."""

    def compose(self) -> ComposeResult:
        yield Label(id="ingest-label")
        yield ProgressBar(show_eta=False, id="ingest-bar")

    def on_mount(self) -> None:
        self.display = False

    def start(self, path: str, total: int) -> None:
        self.display = True
        self.query_one(Label).update(Text(f"ingesting {one_line(path, 60)}"))
        self.query_one(ProgressBar).update(total=total, progress=0)

    def step(self, origin: str) -> None:
        bar = self.query_one(ProgressBar)
        bar.advance(1)
        self.query_one(Label).update(
            Text(f"ingesting {int(bar.progress)}/{int(bar.total or 0)} {one_line(origin, 50)}")
        )

    def finish(self) -> None:
        self.display = False
