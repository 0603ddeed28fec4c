"""Have we seen this? Paste a text; the tracked claims it matches are listed with how it bears on each."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from claimtrack.errors import ClaimtrackError
from claimtrack.store import Store
from claimtrack.textutil import one_line
from claimtrack.tracking.lookup import LookupResult
from claimtrack.tui.look import relation_text, status_text
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors

_SHOWN = 20
_HINT = "paste or type a text · Enter looks it up · Escape closes"
_CHOOSE = "↑↓ choose · Enter opens the claim · Tab back to the text · Escape closes"


class LookupBox(ReportsWorkerErrors, ModalScreen[int | None]):
    """Dismisses with the id of the claim to open, or None."""

    BINDINGS = [
        Binding("enter", "submit", "look up / open", priority=True),
        Binding("escape", "cancel", "close"),
    ]

    class Found(Message):
        """What a lookup found for the text, or the one line that says why it could not look."""

        def __init__(self, result: LookupResult | None, problem: str = "") -> None:
            super().__init__()
            self.result = result
            self.problem = problem

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog lookup"):
            yield Label(Text("Have we seen this? Look a text up among the tracked claims"), classes="dialog-title")
            yield TextArea(soft_wrap=True, show_line_numbers=False, id="lookup-text")
            yield OptionList(id="lookup-results")
            yield Static(Text(_HINT), classes="dialog-hint", id="lookup-hint")

    def on_mount(self) -> None:
        self.query_one("#lookup-results", OptionList).display = False
        self.query_one(TextArea).focus()

    def set_hint(self, hint: str) -> None:
        self.query_one("#lookup-hint", Static).update(Text(hint))

    # --- keys -----------------------------------------------------------------------------------------------
    def action_submit(self) -> None:
        results = self.query_one("#lookup-results", OptionList)
        if results.has_focus:
            if results.highlighted is not None:
                option_id = results.get_option_at_index(results.highlighted).id
                if option_id and option_id.startswith("claim-"):
                    self.dismiss(int(option_id.removeprefix("claim-")))
            return
        self.set_hint("looking up…")
        self.look_up(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#lookup-results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and event.option.id.startswith("claim-"):
            self.dismiss(int(event.option.id.removeprefix("claim-")))

    # --- the lookup -----------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="lookup")
    def look_up(self, text: str) -> None:
        """Match the text against the claims, with the index ingest keeps (under its lock: ingest may add to it)."""
        try:
            (result,) = self.app.tracker.lookup([text], _SHOWN)
        except ClaimtrackError as exc:
            result, problem = None, one_line(str(exc))
        else:
            problem = ""
        if not get_current_worker().is_cancelled:
            self.post_message(self.Found(result, problem))

    @on(Found)
    def _show(self, message: Found) -> None:
        results = self.query_one("#lookup-results", OptionList)
        results.clear_options()
        if message.result is None:
            results.display = False
            self.set_hint(f"{message.problem} · {_HINT}")
            return
        results.display = True
        if not message.result.matches:
            results.add_option(Option(Text("no tracked claim matches this text", style="italic"), disabled=True))
            self.set_hint(_HINT)
            return
        for match in message.result.matches:
            prompt = relation_text(match.relation)
            prompt.append(f" {match.score:>5.1f}  #{match.claim_id} ")
            prompt.append_text(status_text(match.status, needs_review=match.needs_review))
            prompt.append("  ")
            prompt.append(one_line(match.text, 200))
            if match.previously_checked:
                prompt.append(f"\n    ↺ previously checked: {one_line(match.provenance, 160)}", style="dim")
            results.add_option(Option(prompt, id=f"claim-{match.claim_id}"))
        results.highlighted = 0
        results.focus()
        self.set_hint(_CHOOSE)
