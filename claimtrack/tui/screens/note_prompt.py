"""A one-line answer: a note for a status change, an editor's name, a URL. Enter saves, Escape cancels.

With `ask_when_empty` an empty answer is not taken at once: the prompt asks once more, and a second Enter saves it.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from claimtrack.i18n import text
from claimtrack.textutil import one_line


class NotePrompt(ModalScreen[str | None]):
    """Dismisses with the answer (maybe empty), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        subject: str,
        *,
        value: str = "",
        placeholder: str = "",
        ask_when_empty: bool = True,
        notice: str = "",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.value = value
        self.placeholder = placeholder or text("note")
        self.ask_when_empty = ask_when_empty
        self.notice = notice
        self._asked = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            if self.notice:
                yield Static(Text(self.notice), classes="dialog-notice", id="prompt-notice")
            yield Static(Text(one_line(self.subject, 300)), classes="dialog-subject")
            yield Input(self.value, placeholder=self.placeholder, id="note")
            yield Static(Text(text("dialog_note_hint")), classes="dialog-hint", id="prompt-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        answer = one_line(event.value)
        if not answer and self.ask_when_empty and not self._asked:
            self._asked = True
            self.query_one("#prompt-hint", Static).update(Text(text("dialog_note_empty")))
            self.app.bell()
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
