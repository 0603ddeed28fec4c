"""Ask for a file or folder path: to ingest (it must exist) or to write a report to (its folder must exist)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from claimtrack.i18n import text


class PathPrompt(ModalScreen[Path | None]):
    """Dismisses with the chosen path, or None when cancelled; says why a path will not do."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, default: str = "", *, must_exist: bool) -> None:
        super().__init__()
        self.title_text = title
        self.default = default
        self.must_exist = must_exist

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Input(self.default, placeholder=text("dialog_path"), id="path")
            yield Static(Text(text("dialog_path_hint")), classes="dialog-hint", id="path-hint")

    def problem(self, path: Path) -> str:
        if self.must_exist:
            return "" if path.exists() else text("dialog_path_missing", path=path)
        if path.is_dir():
            return text("dialog_path_folder", path=path)
        if not path.parent.is_dir():
            return text("dialog_path_no_folder", folder=path.parent)
        return ""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            return
        path = Path(value).expanduser()
        problem = self.problem(path)
        if problem:
            self.query_one("#path-hint", Static).update(Text(f"{problem} · {text('dialog_escape_cancels')}"))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
