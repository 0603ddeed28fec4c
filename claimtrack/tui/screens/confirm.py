"""Ask before a destructive or wide action: y or Enter goes ahead, n or Escape does not."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from claimtrack.i18n import text


class ConfirmModal(ModalScreen[bool]):
    """Dismisses with True (go ahead) or False."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "yes", priority=True),
        Binding("n,escape", "answer(False)", "no", priority=True),
    ]

    def __init__(self, title: str, detail: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            if self.detail:
                yield Static(Text(self.detail), classes="dialog-subject")
            yield Static(Text(text("confirm_hint")), classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
