"""Keys that change claims, shared by the claims list and the claim detail: status, text, links, merge, assignment,
evidence, undo and export.

Here are the keys and the dialogs they open; `claim_changes` saves each change in a worker, and `claim_export` writes
reports. A claim someone else changed meanwhile is refused, reloaded, and the editor's note (or text) is offered
again on the fresh claim. Marking and assigning apply to the selected claims when there are any.
"""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.screen import Screen

from claimtrack import statuses
from claimtrack.config import default_editor
from claimtrack.i18n import count, status_word, text
from claimtrack.store import ClaimView, Store
from claimtrack.tui.screens.claim_changes import ClaimChanges
from claimtrack.tui.screens.claim_export import ClaimExport, ExportRequest
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.key_order import EssentialKeysFirst
from claimtrack.tui.screens.link_picker import LinkPicker
from claimtrack.tui.screens.merge_picker import MergePicker
from claimtrack.tui.screens.note_prompt import NotePrompt
from claimtrack.tui.screens.text_edit import TextEditor
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors

STATUS_KEYS = statuses.marking_keys()  # (key, status), from data/statuses.toml
_MARK = Binding.Group(text("key_mark_group"), compact=True)

__all__ = ["STATUS_KEYS", "ClaimActions", "ExportRequest"]  # (ExportRequest: the screens build theirs from here)


class ClaimActions(ClaimChanges, ClaimExport, EssentialKeysFirst, ReportsWorkerErrors, Screen):
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

    # (and `export_request`, what `E` exports: see ClaimExport)

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

    # --- results ----------------------------------------------------------------------------------------------
    @on(ClaimChanges.Changed)
    def _changed(self, message: ClaimChanges.Changed) -> None:
        self.notify(message.note, markup=False)
        self.reload()

    @on(ClaimChanges.Refused)
    def _refused(self, message: ClaimChanges.Refused) -> None:
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

    @on(ClaimExport.Exported)
    def _exported(self, message: ClaimExport.Exported) -> None:
        self.notify(text("notice_exported", claims=count(message.count, "claim"), path=message.path), markup=False)
