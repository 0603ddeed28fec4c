"""A one-line note for a status change: Enter saves (an empty note is fine), Escape cancels."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from claimtrack.textutil import one_line


class NotePrompt(ModalScreen[str | None]):
    """Dismisses with the note (maybe empty), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, claim_text: str) -> None:
        super().__init__()
        self.title_text = title
        self.claim_text = claim_text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Static(Text(one_line(self.claim_text, 300)), classes="dialog-subject")
            yield Input(placeholder="note (optional)", id="note")
            yield Static(Text("Enter saves · Escape cancels"), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(one_line(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
