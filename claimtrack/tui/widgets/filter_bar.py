"""The line above the claims list: which statuses are shown, how many claims each has, and any search or speaker."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from claimtrack.models import STATUSES
from claimtrack.tui.look import status_style


class FilterBar(Static):
    """Counts per status under the current search, with the chosen status filter highlighted."""

    def show(
        self, *, status: str, counts: dict[str, int] | None, total: int, shown: int, search: str = "", speaker: str = ""
    ) -> None:
        line = Text(no_wrap=True, overflow="ellipsis")
        chosen = Style(bold=True, reverse=True)
        line.append(f" all {total} ", style=chosen if not status else "")
        for name in STATUSES:
            line.append(" ")
            count = "…" if counts is None else str(counts.get(name, 0))
            style = status_style(name) + chosen if name == status else status_style(name)
            line.append(f" {name} {count} ", style=style)
        if search:
            line.append("  search ")
            line.append(f"“{search}”", style="bold")
        if speaker:
            line.append("  said by ")
            line.append(speaker, style="bold")
        if search or speaker or status:
            line.append(f"  → {shown}")
        self.update(line, layout=False)  # always one line across: no need to lay the screen out again
