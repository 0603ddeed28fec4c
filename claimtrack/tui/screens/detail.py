"""One claim in full: its text and status, every statement about it in context, and its history."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Footer, Label, OptionList, Static
from textual.worker import get_current_worker

from claimtrack.config import default_editor
from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import text
from claimtrack.store import ClaimView, Store
from claimtrack.textutil import one_line
from claimtrack.tui.look import day
from claimtrack.tui.screens.claim_actions import ClaimActions, ExportRequest
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.reader import SourceReaderScreen
from claimtrack.tui.widgets.claim_summary import ClaimSummary
from claimtrack.tui.widgets.history_log import HistoryLog
from claimtrack.tui.widgets.statement_list import StatementList


def evidence_text(view: ClaimView) -> Text:
    """Each piece of evidence on its line: the address or file, what it shows, who added it."""
    lines = Text()
    for number, evidence in enumerate(view.evidence):
        if number:
            lines.append("\n")
        lines.append(f"  {'🔗' if evidence.kind == 'url' else '📄'} ")
        lines.append(one_line(evidence.target), style="underline")
        if evidence.note:
            lines.append(f" — {one_line(evidence.note)}")
        lines.append(f" ({one_line(evidence.editor)})", style="dim")
    return lines


class ClaimDetailScreen(ClaimActions):
    TITLE = text("title_detail")
    BINDINGS = [
        Binding("escape", "back", text("key_back")),
        Binding("o", "open_source", text("key_open_source"), tooltip="Read the highlighted statement in its article"),
        Binding("U", "unlink", text("key_unlink"), tooltip="Take the highlighted statement off the claim (asks first)"),
    ]
    HELP_LEGEND = (
        ("✓ / ✗", text("legend_relations")),
        (text("linked_by_hand"), text("legend_linked_by_hand")),
        (text("history_heading").lower(), text("legend_history")),
    )

    class Loaded(Message):
        def __init__(self, view: ClaimView | None, problem: str = "") -> None:
            super().__init__()
            self.view = view
            self.problem = problem

    def __init__(self, store: Store, claim_id: int) -> None:
        super().__init__(store)
        self.claim_id = claim_id
        self.view: ClaimView | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="detail"):
            yield ClaimSummary(id="summary")
            yield Label(text("statements_heading"), classes="section-title")
            yield StatementList(id="statements")
            yield Label(text("evidence_heading"), classes="section-title", id="evidence-title")
            yield Static(id="evidence")
            yield Label(text("history_heading"), classes="section-title")
            yield HistoryLog(id="history")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(StatementList).focus()
        self.reload()

    def current_claim(self) -> ClaimView | None:
        return self.view

    def reload(self) -> None:
        self._load(self.claim_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="detail")
    def _load(self, claim_id: int) -> None:
        try:
            view = self.store.claim(self.store.resolve_claim(claim_id), with_history=True, with_context=True)
        except ClaimtrackError as exc:
            view, problem = None, str(exc)
        else:
            problem = ""
        if not get_current_worker().is_cancelled:
            self.post_message(self.Loaded(view, problem))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.view is None:
            self.notify(message.problem, severity="error", markup=False)
            self.dismiss()
            return
        self.view = message.view
        self.claim_id = message.view.id
        self.query_one(ClaimSummary).show(message.view)
        self.query_one(StatementList).show(message.view)
        self.query_one(HistoryLog).show(message.view.history)
        self.query_one("#evidence", Static).update(evidence_text(message.view))
        self.query_one("#evidence", Static).display = bool(message.view.evidence)
        self.query_one("#evidence-title", Label).display = bool(message.view.evidence)

    def export_request(self) -> ExportRequest:
        claim_id = self.claim_id
        return ExportRequest(f"claim-{claim_id}.md", lambda: [claim_id], {"claim": claim_id})

    def speaker_id(self) -> int | None:
        statement = self.query_one(StatementList).current_statement
        if statement is not None and statement.actor_id is not None:
            return statement.actor_id
        return super().speaker_id()

    def action_back(self) -> None:
        self.dismiss()

    def action_open_source(self) -> None:
        statement = self.query_one(StatementList).current_statement
        if statement is None:
            self.notify(text("notice_no_statement"), severity="warning")
            return
        self.app.push_screen(SourceReaderScreen(self.store, statement.source_id, statement.id))

    def action_unlink(self) -> None:
        """Take the highlighted statement off the claim, once the editor confirms; `z` links it again."""
        statement = self.query_one(StatementList).current_statement
        if self.view is None or statement is None:
            self.notify(text("notice_no_statement"), severity="warning")
            return
        claim_id, statement_id = self.view.id, statement.id

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.unlink(claim_id, statement_id)

        said = f"{one_line(statement.speaker) or '?'} ({statement.relation}): {one_line(statement.content, 300)}"
        where = f"{one_line(statement.outlet)} — {one_line(statement.source, 100)}"
        if statement.published:
            where += f" ({day(statement.published)})"
        self.app.push_screen(
            ConfirmModal(
                text("confirm_unlink", statement=statement_id, claim=claim_id),
                f"{said}\n{where}\n{text('confirm_unlink_undo')}",
            ),
            confirmed,
        )

    @work(thread=True, exit_on_error=False, group="write")
    def unlink(self, claim_id: int, statement_id: int) -> None:
        self._save(
            [claim_id],
            lambda: self.store.unlink_statement(claim_id, statement_id, default_editor()),
            text("notice_unlinked", statement=statement_id, claim=claim_id),
        )

    @on(OptionList.OptionSelected, "#statements")
    def _statement_chosen(self, event: OptionList.OptionSelected) -> None:
        self.action_open_source()
