"""Every key of the screen underneath, with what it does, and how to read the claims list."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from claimtrack import statuses
from claimtrack.i18n import text
from claimtrack.models import STATUSES
from claimtrack.tui.look import REVIEW_STYLE, status_text


def own_bindings(screen: Screen) -> list[Binding]:
    """The keys claimtrack itself declares that work on this screen now (not Textual's scrolling and copying)."""
    found = []
    for active in screen.active_bindings.values():
        declared = {
            (binding.action, binding.description)
            for cls in type(active.node).__mro__
            if cls.__module__.startswith("claimtrack.")
            for binding in cls.__dict__.get("BINDINGS", ())
        }
        if (active.binding.action, active.binding.description) in declared:
            found.append(active.binding)
    return found


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close")]

    def __init__(self, title: str, keys: list[tuple[str, str]], legend: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__()
        self.title_text = title
        self.keys = keys
        self.legend = legend

    def compose(self) -> ComposeResult:
        keys = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
        keys.add_column(style="bold", no_wrap=True)
        keys.add_column()
        for key, description in self.keys:
            keys.add_row(key, description)
        with VerticalScroll(classes="dialog help"):
            yield Label(Text(text("help_keys", screen=self.title_text)), classes="dialog-title")
            yield Static(keys)
            if self.legend:
                legend = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
                legend.add_column(no_wrap=True)
                legend.add_column()
                for symbol, meaning in self.legend:
                    legend.add_row(Text(symbol, style=REVIEW_STYLE if len(symbol) == 1 else ""), meaning)
                for name in STATUSES:
                    legend.add_row(status_text(name), statuses.get(name).description)
                yield Label(Text(text("help_reading")), classes="dialog-title")
                yield Static(legend)
            yield Static(Text(text("help_hint")), classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
