"""`E`: export claims to a Markdown report, asking for the file (and before replacing one, or exporting everything).

The screen says what to export with an `ExportRequest`; the claims are read and the report written in a worker,
in chunks, and atomically, so an old report is never left half-overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.message import Message

from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import text
from claimtrack.store import ClaimView, Store
from claimtrack.tui.screens.claim_changes import ClaimChanges
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.path_prompt import PathPrompt

_EXPORT_CHUNK = 500


@dataclass(frozen=True)
class ExportRequest:
    """What `E` exports: a default file name, the claim ids (asked in the worker), the filters to print, and how
    many claims it is when that is every claim (then the editor is asked first)."""

    default_name: str
    claim_ids: Callable[[], list[int]]
    filters: dict
    everything: int | None = None


class ClaimExport:
    """Mixed into a claim screen: the `E` key's dialogs and the worker that writes the report."""

    store: Store

    def export_request(self) -> ExportRequest:
        raise NotImplementedError

    class Exported(Message):
        def __init__(self, path: Path, count: int) -> None:
            super().__init__()
            self.path = path
            self.count = count

    def action_export(self) -> None:
        request = self.export_request()

        def ask_path(go: bool | None = True) -> None:
            if go:
                self.app.push_screen(PathPrompt(text("dialog_export"), request.default_name, must_exist=False), chosen)

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            if path.exists():

                def overwrite(yes: bool | None) -> None:
                    if yes:
                        self.export(path, request.claim_ids, request.filters)

                self.app.push_screen(ConfirmModal(text("dialog_replace", path=path)), overwrite)
                return
            self.export(path, request.claim_ids, request.filters)

        if request.everything:
            self.app.push_screen(
                ConfirmModal(
                    text("dialog_export_all", count=f"{request.everything:,}"), text("dialog_export_all_detail")
                ),
                ask_path,
            )
            return
        ask_path()

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def export(self, path: Path, claim_ids: Callable[[], list[int]], filters: dict) -> None:
        from claimtrack.interchange import write_atomic
        from claimtrack.report import render_markdown

        ids = claim_ids()
        views: list[ClaimView] = []
        for start in range(0, len(ids), _EXPORT_CHUNK):
            chunk = ids[start : start + _EXPORT_CHUNK]
            found = self.store.claims_by_id(chunk, with_history=True, with_context=True)
            views.extend(found[claim_id] for claim_id in chunk if claim_id in found)
        try:
            write_atomic(path, render_markdown(views, filters=filters))  # an old report is never left half-overwritten
        except ClaimtrackError as exc:
            self.post_message(ClaimChanges.Refused(str(exc), conflict=False))
            return
        self.post_message(self.Exported(path, len(views)))
