"""The shape every picker shares: type to search, arrows to move, Enter to choose, Escape to cancel."""

from __future__ import annotations

from typing import Generic, TypeVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import text
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors

Result = TypeVar("Result")


class Picker(ReportsWorkerErrors, ModalScreen[Result], Generic[Result]):
    """Subclasses say how to find options (`find`, in a worker thread) and what choosing one means (`chosen`)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    class Found(Message):
        def __init__(self, query: str, options: list[Option], problem: str = "") -> None:
            super().__init__()
            self.query = query
            self.options = options
            self.problem = problem

    def __init__(self, title: str, subject: str, hint: str) -> None:
        super().__init__()
        self.title_text = title
        self.subject = subject
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog picker"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Static(Text(self.subject), classes="dialog-subject")
            yield Input(placeholder=text("picker_placeholder"), id="query")
            yield OptionList(id="choices")
            yield Static(Text(self.hint), classes="dialog-hint", id="picker-hint")

    def on_mount(self) -> None:
        self.search("")

    # --- what subclasses provide ------------------------------------------------------------------------------
    def find(self, query: str) -> list[Option]:
        raise NotImplementedError

    def chosen(self, option_id: str) -> None:
        raise NotImplementedError

    # --- shared behaviour -------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="picker")
    def search(self, query: str) -> None:
        try:
            options = self.find(query)
        except ClaimtrackError as exc:
            options, problem = [], str(exc)
        else:
            problem = ""
        if not get_current_worker().is_cancelled:
            self.post_message(self.Found(query, options, problem))

    def on_picker_found(self, message: Found) -> None:
        self.show_options(message.options)
        if message.problem:
            self.set_hint(message.problem)

    def show_options(self, options: list[Option]) -> None:
        choices = self.query_one(OptionList)
        choices.clear_options()
        choices.add_options(options)
        if options:
            choices.highlighted = 0

    def set_hint(self, hint: str) -> None:
        self.query_one("#picker-hint", Static).update(Text(hint))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        choices = self.query_one(OptionList)
        if choices.highlighted is not None:
            self.chosen(choices.get_option_at_index(choices.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.chosen(event.option.id)

    def action_move(self, step: int) -> None:
        choices = self.query_one(OptionList)
        if choices.option_count:
            current = choices.highlighted if choices.highlighted is not None else -step
            choices.highlighted = max(0, min(current + step, choices.option_count - 1))

    def action_cancel(self) -> None:
        self.dismiss(None)
