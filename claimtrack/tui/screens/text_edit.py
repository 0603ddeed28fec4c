"""Edit a claim's canonical wording: Enter saves, Escape cancels; the text wraps while you edit it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from claimtrack.textutil import one_line


class TextEditor(ModalScreen[str | None]):
    """Dismisses with the new one-line text, or None when cancelled or unchanged."""

    BINDINGS = [
        Binding("enter", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, title: str, text: str, *, original: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.original = text if original is None else original

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield TextArea(one_line(self.text), soft_wrap=True, show_line_numbers=False, id="claim-text")
            yield Static(Text("Enter saves · Escape cancels"), classes="dialog-hint", id="edit-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        text = one_line(self.query_one(TextArea).text)
        if not text:
            self.query_one("#edit-hint", Static).update(Text("The claim text cannot be empty · Escape cancels"))
            self.app.bell()
            return
        self.dismiss(None if text == one_line(self.original) else text)

    def action_cancel(self) -> None:
        self.dismiss(None)
