"""The line above the claims list: how many claims each status has, which one is chosen, the other filters in force,
the sort and the selection. On a narrow screen the statuses take their short words, so every one stays in view."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from claimtrack.i18n import status_word, text
from claimtrack.models import STATUSES
from claimtrack.tui.look import status_style


class FilterBar(Static):
    """Counts per status under the current search, with the chosen status filter highlighted."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: dict = {}

    def show(
        self,
        *,
        status: str,
        counts: dict[str, int] | None,
        total: int,
        shown: int,
        filters: str = "",
        selected: int = 0,
        sort: str = "triage",
        problem: str = "",
    ) -> None:
        self._shown = dict(
            status=status,
            counts=counts,
            total=total,
            shown=shown,
            filters=filters,
            selected=selected,
            sort=sort,
            problem=problem,
        )
        self._draw()

    def update_selected(self, selected: int) -> None:
        if self._shown:
            self._shown["selected"] = selected
            self._draw()

    def on_resize(self) -> None:
        if self._shown:
            self._draw()

    def _draw(self) -> None:
        width = self.size.width or self.app.size.width
        line = self._line(short=False)
        if line.cell_len > width:
            line = self._line(short=True)
        self.update(line, layout=False)  # always one line across: no need to lay the screen out again

    def _line(self, *, short: bool) -> Text:
        shown = self._shown
        status, counts = shown["status"], shown["counts"]
        line = Text(no_wrap=True, overflow="ellipsis")
        chosen = Style(bold=True, reverse=True)
        line.append(f" {text('all')} {shown['total']} ", style=chosen if not status else "")
        for name in STATUSES:
            count = "…" if counts is None else str(counts.get(name, 0))
            style = status_style(name) + chosen if name == status else status_style(name)
            line.append(" " if not short else "")
            line.append(f" {status_word(name, short=short)} {count}" + ("" if short else " "), style=style)
        if shown["selected"]:
            line.append(f"  {shown['selected']} {text('selected')}", style="bold")
        if shown["sort"] != "triage":
            line.append(f"  sort:{shown['sort']}")
        if shown["filters"]:
            line.append("  ")
            line.append(shown["filters"], style="bold")
        if shown["filters"] or status:
            line.append(f" → {shown['shown']}")
        if shown["problem"]:
            line.append(f"  ({shown['problem']})", style="italic")
        return line
