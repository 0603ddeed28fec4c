"""Keys that change a claim, shared by the claims list and the claim detail: status, text, links, merge, export.

Each change is one store call in a worker thread, recorded with the editor's name; the claim's version as
shown is passed along, so a claim someone else changed meanwhile is refused with a notice and reloaded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from claimtrack import statuses
from claimtrack.config import default_editor
from claimtrack.errors import ClaimtrackError
from claimtrack.store import ClaimView, Conflict, Store
from claimtrack.tui.catalog import Catalog
from claimtrack.tui.screens.link_picker import LinkPicker
from claimtrack.tui.screens.merge_picker import MergePicker
from claimtrack.tui.screens.note_prompt import NotePrompt
from claimtrack.tui.screens.path_prompt import PathPrompt
from claimtrack.tui.screens.text_edit import TextEditor
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors

STATUS_KEYS = statuses.marking_keys()  # (key, status), from data/statuses.toml
_MARK = Binding.Group("mark", compact=True)
_EXPORT_CHUNK = 500


class ClaimActions(ReportsWorkerErrors, Screen):
    """A screen showing one current claim; subclasses say which (`current_claim`) and how to reload."""

    BINDINGS = [
        *(
            Binding(key, f"mark('{status}')", f"mark {statuses.get(status).title}", group=_MARK)
            for key, status in STATUS_KEYS
        ),
        Binding("e", "edit_text", "edit", tooltip="Edit the claim's canonical text"),
        Binding("l", "link", "link", tooltip="Link a statement to the claim"),
        Binding("M", "merge", "merge", tooltip="Merge a duplicate claim into this one"),
        Binding("E", "export", "export", tooltip="Export to Markdown"),
    ]

    class Changed(Message):
        """A change was saved; `note` says what, for a notice."""

        def __init__(self, claim_ids: list[int], note: str) -> None:
            super().__init__()
            self.claim_ids = claim_ids
            self.note = note

    class Refused(Message):
        """A change was not saved: a conflicting edit, a merged claim, a busy database."""

        def __init__(self, reason: str, conflict: bool) -> None:
            super().__init__()
            self.reason = reason
            self.conflict = conflict

    class Exported(Message):
        def __init__(self, path: Path, count: int) -> None:
            super().__init__()
            self.path = path
            self.count = count

    def __init__(self, store: Store, catalog: Catalog) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog

    # --- what subclasses provide ------------------------------------------------------------------------------
    def current_claim(self) -> ClaimView | None:
        raise NotImplementedError

    def reload(self) -> None:
        """Show the database as it is now (after a change, or after a refused one)."""
        raise NotImplementedError

    def export_request(self) -> tuple[str, Callable[[], list[int]], dict]:
        """(default file name, a function giving the claim ids to export, the filters to print)."""
        raise NotImplementedError

    # --- keys -----------------------------------------------------------------------------------------------
    def _claim_or_say(self) -> ClaimView | None:
        claim = self.current_claim()
        if claim is None:
            self.notify("No claim selected yet.", severity="warning")
        return claim

    def action_mark(self, status: str) -> None:
        claim = self._claim_or_say()
        if claim is None:
            return

        def save(note: str | None) -> None:
            if note is not None:
                self.mark(claim.id, claim.version, status, note)

        self.app.push_screen(NotePrompt(f"Mark claim {claim.id} as {statuses.get(status).title}", claim.text), save)

    def action_edit_text(self) -> None:
        claim = self._claim_or_say()
        if claim is None:
            return

        def save(text: str | None) -> None:
            if text is not None:
                self.edit_text(claim.id, claim.version, text)

        self.app.push_screen(TextEditor(f"Edit the text of claim {claim.id}", claim.text), save)

    def action_link(self) -> None:
        claim = self._claim_or_say()
        if claim is None:
            return

        def save(choice: tuple[int, str] | None) -> None:
            if choice is not None:
                self.link(claim.id, *choice)

        self.app.push_screen(LinkPicker(self.store, claim), save)

    def action_merge(self) -> None:
        claim = self._claim_or_say()
        if claim is None:
            return

        def save(other_id: int | None) -> None:
            if other_id is not None:
                self.merge(claim.id, other_id)

        self.app.push_screen(MergePicker(self.store, self.catalog, claim), save)

    def action_export(self) -> None:
        default, claim_ids, filters = self.export_request()

        def save(path: Path | None) -> None:
            if path is not None:
                self.export(path, claim_ids, filters)

        self.app.push_screen(PathPrompt("Export to Markdown: file to write", default, must_exist=False), save)

    # --- workers: each saves one change, then refreshes the catalog from the database ------------------------
    @work(thread=True, exit_on_error=False, group="write")
    def mark(self, claim_id: int, version: int, status: str, note: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.mark(claim_id, status, note, default_editor(), expected_version=version),
            f"claim {claim_id} marked {statuses.get(status).title}",
        )

    @work(thread=True, exit_on_error=False, group="write")
    def edit_text(self, claim_id: int, version: int, text: str) -> None:
        def change():
            with self.app.tracker_lock:
                self.app.tracker.edit_claim_text(claim_id, text, default_editor(), expected_version=version)

        self._save([claim_id], change, f"claim {claim_id}: text saved")

    @work(thread=True, exit_on_error=False, group="write")
    def link(self, claim_id: int, statement_id: int, relation: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.link_statement(claim_id, statement_id, relation, default_editor()),
            f"statement {statement_id} {relation} claim {claim_id}",
        )

    @work(thread=True, exit_on_error=False, group="write")
    def merge(self, into_id: int, from_id: int) -> None:
        def change():
            with self.app.tracker_lock:
                self.app.tracker.merge_claims(into_id, from_id, default_editor())
            self.catalog.remove([from_id])

        self._save([into_id], change, f"claim {from_id} merged into claim {into_id}")

    def _save(self, claim_ids: list[int], change: Callable[[], object], note: str) -> None:
        """Make the change, bring the catalog up to date either way, then say what happened (which reloads)."""
        try:
            change()
        except Conflict as exc:
            outcome = self.Refused(str(exc), conflict=True)
        except ClaimtrackError as exc:
            outcome = self.Refused(str(exc), conflict=False)
        else:
            outcome = self.Changed(claim_ids, note)
        self.catalog.update(self.store.claims_by_id(claim_ids).values())
        self.post_message(outcome)

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
            self.post_message(self.Refused(str(exc), conflict=False))
            return
        self.post_message(self.Exported(path, len(views)))

    # --- results ----------------------------------------------------------------------------------------------
    @on(Changed)
    def _changed(self, message: Changed) -> None:
        self.notify(message.note, markup=False)
        self.reload()

    @on(Refused)
    def _refused(self, message: Refused) -> None:
        title = "Changed by someone else" if message.conflict else "Not saved"
        self.notify(message.reason, title=title, severity="warning", markup=False, timeout=8)
        self.reload()

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        self.notify(f"{message.count} claims written to {message.path}", markup=False)
