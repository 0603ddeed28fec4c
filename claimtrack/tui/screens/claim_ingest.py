"""`i`: ingest a file or folder from the claims screen, in a worker, with a progress line; the list reloads after.

Ingest goes through the app's tracker, one document at a time (each in its own transaction), so a file that fails
is reported and the rest are kept.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.message import Message

from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import text
from claimtrack.ingest import IngestError, read_paths
from claimtrack.pipeline import ingest_items
from claimtrack.tracking.tracker import IngestResult
from claimtrack.tui.widgets.ingest_progress import IngestProgress


class ClaimIngest:
    """Mixed into the claims screen: the ingest worker, its messages and the progress line they drive."""

    class IngestStarted(Message):
        def __init__(self, path: str, total: int) -> None:
            super().__init__()
            self.path = path
            self.total = total

    class IngestStep(Message):
        def __init__(self, origin: str) -> None:
            super().__init__()
            self.origin = origin

    class IngestDone(Message):
        def __init__(self, summary: str, errors: list[str]) -> None:
            super().__init__()
            self.summary = summary
            self.errors = errors

    @work(thread=True, exclusive=True, exit_on_error=False, group="ingest")
    def ingest(self, path: Path) -> None:
        """Read, extract and store a file or folder, one document at a time, then reload the list."""
        items = list(read_paths([str(path)], {}))
        errors = [str(item) for item in items if isinstance(item, IngestError)]
        self.post_message(self.IngestStarted(str(path), len(items)))

        def step(result: IngestResult | IngestError) -> None:
            self.post_message(self.IngestStep(result.origin if isinstance(result, IngestResult) else "error"))

        try:
            line = ingest_items(self.store, items, on_result=step, tracker=self.app.tracker).line()
        except ClaimtrackError as exc:
            line = f"ingest stopped: {exc}"
        self.post_message(self.IngestDone(line, errors))

    # (named for their messages, as Textual finds handlers in a mixin: `@on` registers only in a widget class)
    def on_claim_ingest_ingest_started(self, message: IngestStarted) -> None:
        self.query_one(IngestProgress).start(message.path, message.total)

    def on_claim_ingest_ingest_step(self, message: IngestStep) -> None:
        self.query_one(IngestProgress).step(message.origin)

    def on_claim_ingest_ingest_done(self, message: IngestDone) -> None:
        self.query_one(IngestProgress).finish()
        for error in message.errors[:5]:
            self.notify(error, severity="warning", markup=False)
        self.notify(message.summary, title=text("notice_ingest_finished"), markup=False)
        self.refresh_view(fresh=True, keep_cursor=True)
