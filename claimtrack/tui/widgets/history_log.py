"""A claim's audit trail in the detail screen: who changed what, when, from which status to which, and why."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from claimtrack.i18n import status_word, text
from claimtrack.localtime import zone_name
from claimtrack.store import EventView
from claimtrack.textutil import one_line
from claimtrack.tui.look import day, status_style


class HistoryLog(Static):
    def show(self, events: list[EventView]) -> None:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, padding=(0, 1))
        table.add_column(f"{text('when')} ({zone_name()})", no_wrap=True, width=16)
        table.add_column(text("who"), no_wrap=True, max_width=16)
        table.add_column(text("what"), no_wrap=True)
        table.add_column(text("note"), ratio=1)
        for event in events:
            change = Text(event.action + " ")
            if event.from_status != event.to_status:
                change.append(status_word(event.from_status) or "—", style=status_style(event.from_status))
                change.append(" → ")
                change.append(status_word(event.to_status), style=status_style(event.to_status))
            table.add_row(day(event.at), Text(one_line(event.editor)), change, Text(one_line(event.note)))
        if not events:
            table.add_row("", "", Text(text("no_changes"), style="dim"), "")
        self.update(table)
