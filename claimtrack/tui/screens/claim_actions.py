"""Keys that change claims, shared by the claims list and the claim detail: status, text, links, merge, assignment,
evidence, undo and export.

Each change is store calls in a worker thread, recorded with the editor's name. A single claim's change carries the
version shown, so a claim someone else changed meanwhile is refused, reloaded, and the editor's note (or text) is
offered again on the fresh claim. Marking and assigning apply to the selected claims when there are any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from claimtrack import statuses
from claimtrack.config import default_editor
from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import count, status_word, text
from claimtrack.store import ClaimView, Conflict, Store
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.link_picker import LinkPicker
from claimtrack.tui.screens.merge_picker import MergePicker
from claimtrack.tui.screens.note_prompt import NotePrompt
from claimtrack.tui.screens.path_prompt import PathPrompt
from claimtrack.tui.screens.text_edit import TextEditor
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors

STATUS_KEYS = statuses.marking_keys()  # (key, status), from data/statuses.toml
_MARK = Binding.Group(text("key_mark_group"), compact=True)
_EXPORT_CHUNK = 500
_ESSENTIAL = ("help", "quit", "app.help", "app.quit")


class EssentialKeysFirst:
    """`?` and `q` lead the footer, then the keys this screen declares itself (the list's search and filters, the
    detail's back, open and unlink), then the keys it shares: a narrow terminal cuts those last, never `?` and `q`."""

    @property
    def active_bindings(self):  # type: ignore[no-untyped-def]
        bindings = super().active_bindings  # type: ignore[misc]
        own = {(binding.action, binding.description) for binding in type(self).__dict__.get("BINDINGS", ())}
        first = {key: active for key, active in bindings.items() if active.binding.action in _ESSENTIAL}
        mine = {
            key: active
            for key, active in bindings.items()
            if key not in first and active.node is self and (active.binding.action, active.binding.description) in own
        }
        rest = {key: active for key, active in bindings.items() if key not in first and key not in mine}
        return {**first, **mine, **rest}


@dataclass(frozen=True)
class ExportRequest:
    """What `E` exports: a default file name, the claim ids (asked in the worker), the filters to print, and how
    many claims it is when that is every claim (then the editor is asked first)."""

    default_name: str
    claim_ids: Callable[[], list[int]]
    filters: dict
    everything: int | None = None


@dataclass(frozen=True)
class Retry:
    """A change refused by a conflict, to offer again on the reloaded claim: the status and note, or the text."""

    claim: ClaimView  # as it is now
    status: str = ""
    note: str = ""
    text: str = ""


class ClaimActions(EssentialKeysFirst, ReportsWorkerErrors, Screen):
    """A screen showing one current claim (and perhaps selected ones); subclasses say which and how to reload."""

    BINDINGS = [
        *(
            Binding(key, f"mark('{status}')", text("key_mark", status=status_word(status)), group=_MARK)
            for key, status in STATUS_KEYS
        ),
        Binding("e", "edit_text", text("key_edit"), tooltip="Edit the claim's canonical text"),
        Binding("l", "link", text("key_link"), tooltip="Link a statement to the claim"),
        Binding("M", "merge", text("key_merge"), tooltip="Merge a duplicate claim into this one"),
        Binding("a", "assign", text("key_assign"), tooltip="Give the claim (or the selected ones) to an editor"),
        Binding("b", "evidence", text("key_evidence"), tooltip="Attach a web page or a document to the claim"),
        Binding("z", "undo", text("key_undo"), tooltip="Revert your last change, as a new audit event"),
        Binding("p", "speaker", text("key_speaker"), tooltip="The speaker's record: who first said the claim"),
        Binding("E", "export", text("key_export"), tooltip="Export to Markdown"),
    ]

    class Changed(Message):
        """A change was saved; `note` says what, for a notice."""

        def __init__(self, claim_ids: list[int], note: str) -> None:
            super().__init__()
            self.claim_ids = claim_ids
            self.note = note

    class Refused(Message):
        """A change was not saved: a conflicting edit, a merged claim, a busy database."""

        def __init__(self, reason: str, conflict: bool, retry: Retry | None = None) -> None:
            super().__init__()
            self.reason = reason
            self.conflict = conflict
            self.retry = retry

    class Exported(Message):
        def __init__(self, path: Path, count: int) -> None:
            super().__init__()
            self.path = path
            self.count = count

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    # --- what subclasses provide ------------------------------------------------------------------------------
    def current_claim(self) -> ClaimView | None:
        raise NotImplementedError

    def selected_ids(self) -> list[int]:
        """Claims chosen for a bulk change (none on a screen without selection)."""
        return []

    def reload(self) -> None:
        """Show the database as it is now (after a change, or after a refused one)."""
        raise NotImplementedError

    def export_request(self) -> ExportRequest:
        raise NotImplementedError

    # --- keys -----------------------------------------------------------------------------------------------
    def _claim_or_say(self) -> ClaimView | None:
        claim = self.current_claim()
        if claim is None:
            self.notify(text("notice_no_claim"), severity="warning")
        return claim

    def action_mark(self, status: str) -> None:
        selected = self.selected_ids()
        word = status_word(status)
        if selected:

            def save_all(note: str | None) -> None:
                if note is not None:
                    self.mark_many(selected, status, note)

            subject = f"{text('claims')} {', '.join(str(claim_id) for claim_id in selected[:12])}" + (
                " …" if len(selected) > 12 else ""
            )
            title = text("dialog_mark_many", claims=count(len(selected), "claim"), status=word)
            self.app.push_screen(NotePrompt(title, subject), save_all)
            return
        claim = self._claim_or_say()
        if claim is not None:
            self._ask_note(claim, status)

    def _ask_note(self, claim: ClaimView, status: str, note: str = "", notice: str = "") -> None:
        def save(answer: str | None) -> None:
            if answer is not None:
                self.mark(claim.id, claim.version, status, answer)

        title = text("dialog_mark", claim=claim.id, status=status_word(status))
        self.app.push_screen(NotePrompt(title, claim.text, value=note, notice=notice), save)

    def action_edit_text(self) -> None:
        claim = self._claim_or_say()
        if claim is not None:
            self._ask_text(claim, claim.text)

    def _ask_text(self, claim: ClaimView, wording: str) -> None:
        def save(answer: str | None) -> None:
            if answer is not None:
                self.edit_text(claim.id, claim.version, answer)

        self.app.push_screen(TextEditor(text("dialog_edit_text", claim=claim.id), wording, original=claim.text), save)

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

        def chosen(other_id: int | None) -> None:
            if other_id is None:
                return

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self.merge(claim.id, other_id)

            detail = text(
                "dialog_merge_claim_detail",
                merged=other_id,
                merged_text=self.store.claim(other_id, with_history=False).text,
                into=claim.id,
                into_text=claim.text,
            )
            question = text("dialog_merge_claim", merged=other_id, into=claim.id)
            self.app.push_screen(ConfirmModal(question, detail), confirmed)

        self.app.push_screen(MergePicker(self.store, claim), chosen)

    def action_assign(self) -> None:
        selected = self.selected_ids()
        claim = None if selected else self._claim_or_say()
        if not selected and claim is None:
            return
        targets = selected or [claim.id]  # type: ignore[union-attr]
        subject = claim.text if claim is not None else text("dialog_selected", claims=count(len(targets), "claim"))
        current = claim.assignee if claim is not None else ""

        def save(name: str | None) -> None:
            if name is not None:
                self.assign_many(targets, name, claim.version if claim is not None else None)

        title = (
            text("dialog_assign", claim=targets[0])
            if claim is not None
            else text("dialog_assign_many", claims=count(len(targets), "claim"))
        )
        prompt = NotePrompt(
            title,
            subject,
            value=current or default_editor(),
            placeholder=text("dialog_assign_placeholder"),
            ask_when_empty=False,
        )
        self.app.push_screen(prompt, save)

    def action_evidence(self) -> None:
        claim = self._claim_or_say()
        if claim is None:
            return

        def with_target(target: str | None) -> None:
            if not target:
                return

            def with_note(note: str | None) -> None:
                if note is not None:
                    self.add_evidence(claim.id, target, note)

            self.app.push_screen(
                NotePrompt(text("dialog_evidence_note", claim=claim.id), target, ask_when_empty=False), with_note
            )

        self.app.push_screen(
            NotePrompt(
                text("dialog_evidence", claim=claim.id),
                claim.text,
                placeholder=text("dialog_evidence_placeholder"),
                ask_when_empty=False,
            ),
            with_target,
        )

    def action_undo(self) -> None:
        self.undo()

    def speaker_id(self) -> int | None:
        """The speaker `p` opens: who first asserted the current claim (the detail: the highlighted statement's)."""
        claim = self.current_claim()
        if claim is None:
            return None
        speaking = [s for s in claim.statements if s.actor_id is not None]
        first = [s for s in speaking if s.relation in ("asserts", "supports")] or speaking
        return first[0].actor_id if first else None

    def action_speaker(self) -> None:
        from claimtrack.tui.screens.speaker import SpeakerScreen

        actor_id = self.speaker_id()
        if actor_id is None:
            self.notify(text("notice_no_speaker"), severity="warning")
            return
        self.app.push_screen(SpeakerScreen(self.store, actor_id))

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

    # --- workers: each saves its change, then says so (the list reads the database again) ----------------------
    @work(thread=True, exit_on_error=False, group="write")
    def mark(self, claim_id: int, version: int, status: str, note: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.mark(claim_id, status, note, default_editor(), expected_version=version),
            text("notice_marked", claim=claim_id, status=status_word(status)),
            retry=lambda fresh: Retry(fresh, status=status, note=note),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def mark_many(self, claim_ids: list[int], status: str, note: str) -> None:
        self._save(
            claim_ids,
            lambda: self.store.mark_many(claim_ids, status, note, default_editor()),
            text("notice_marked_many", claims=count(len(claim_ids), "claim"), status=status_word(status)),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def assign_many(self, claim_ids: list[int], name: str, version: int | None) -> None:
        def change() -> None:
            self.store.assign_many(claim_ids, name, default_editor(), expected_version=version)

        label = f"{text('claim')} {claim_ids[0]}" if len(claim_ids) == 1 else count(len(claim_ids), "claim")
        said = text("notice_assigned", claims=label, name=name) if name else text("notice_unassigned", claims=label)
        self._save(claim_ids, change, said)

    @work(thread=True, exit_on_error=False, group="write")
    def add_evidence(self, claim_id: int, target: str, note: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.add_evidence(claim_id, target, note, default_editor()),
            text("notice_evidence_added", claim=claim_id),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def undo(self) -> None:
        try:
            events = self.store.undo(default_editor())
        except ClaimtrackError as exc:
            self.post_message(self.Refused(str(exc), conflict=isinstance(exc, Conflict)))
            return
        claim_ids = [event.claim_id for event in events]
        said = (
            text("notice_undone", claim=claim_ids[0], what=events[0].note)
            if len(events) == 1
            else text("notice_undone_many", claims=count(len(events), "claim"))
        )
        self.post_message(self.Changed(claim_ids, said))

    @work(thread=True, exit_on_error=False, group="write")
    def edit_text(self, claim_id: int, version: int, wording: str) -> None:
        def change() -> None:
            with self.app.tracker_lock:  # type: ignore[attr-defined]
                self.app.tracker.edit_claim_text(  # type: ignore[attr-defined]
                    claim_id, wording, default_editor(), expected_version=version
                )

        self._save(
            [claim_id],
            change,
            text("notice_text_saved", claim=claim_id),
            retry=lambda fresh: Retry(fresh, text=wording),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def link(self, claim_id: int, statement_id: int, relation: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.link_statement(claim_id, statement_id, relation, default_editor()),
            text("notice_linked", statement=statement_id, relation=relation, claim=claim_id),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def merge(self, into_id: int, from_id: int) -> None:
        def change() -> None:
            with self.app.tracker_lock:  # type: ignore[attr-defined]
                self.app.tracker.merge_claims(into_id, from_id, default_editor())  # type: ignore[attr-defined]

        self._save([into_id], change, text("notice_claims_merged", merged=from_id, into=into_id))

    def _save(
        self,
        claim_ids: list[int],
        change: Callable[[], object],
        note: str,
        retry: Callable[[ClaimView], Retry] | None = None,
    ) -> None:
        """Make the change, then say what happened (which reloads)."""
        outcome: Message
        try:
            change()
        except Conflict as exc:
            again = None
            if retry is not None and len(claim_ids) == 1:
                again = retry(self.store.claim(claim_ids[0], with_history=True))
            outcome = self.Refused(str(exc), conflict=True, retry=again)
        except ClaimtrackError as exc:
            outcome = self.Refused(str(exc), conflict=False)
        else:
            outcome = self.Changed(claim_ids, note)
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
        title = text("notice_changed_elsewhere") if message.conflict else text("notice_not_saved")
        self.notify(message.reason, title=title, severity="warning", markup=False, timeout=8)
        self.reload()
        retry = message.retry
        if retry is None:
            return
        fresh = retry.claim
        editor = fresh.history[-1].editor if fresh.history else "?"
        if retry.status:
            notice = text("notice_note_kept", editor=editor, status=status_word(fresh.status))
            self._ask_note(fresh, retry.status, retry.note, notice)
        elif retry.text:
            self._ask_text(fresh, retry.text)

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        self.notify(text("notice_exported", claims=count(message.count, "claim"), path=message.path), markup=False)
