"""Worker state messages do not bubble, so each screen that runs workers reports their failures itself."""

from __future__ import annotations

from textual.worker import Worker, WorkerState

from claimtrack.i18n import text
from claimtrack.textutil import one_line


class ReportsWorkerErrors:
    """Mixed into screens: a worker that fails unexpectedly says so in one line instead of failing silently."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.notify(
                one_line(str(error)) or type(error).__name__,
                title=text("notice_went_wrong"),
                severity="error",
                markup=False,
                timeout=10,
            )
