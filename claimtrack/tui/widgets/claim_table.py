"""The claims list: a virtual table that draws only the rows on screen and asks for rows as they scroll in.

Textual's DataTable builds every row up front (17 s for 100k); this one knows the list's length, the claim ids at
the positions near the screen and a cache of their `ClaimView`s, and posts `RowsWanted` for the positions it is
about to show: the screen reads that page of the list from the database. Memory stays flat at any list length.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from claimtrack.i18n import language, status_word, text
from claimtrack.models import STATUSES
from claimtrack.store import ClaimView
from claimtrack.textutil import one_line
from claimtrack.tui.look import CONTESTED, REVIEW_STYLE, day, status_style

PREFETCH_DELAY = 0.3  # seconds of quiet before rows just off screen are fetched
MAX_CACHED_ROWS = 5000


@dataclass(frozen=True)
class Column:
    title: str  # a key of data/interface.toml, or the title itself
    width: int  # 0: takes the room the others leave; -1: as wide as the widest status word
    right: bool = False
    gives_way: int = 0  # on a narrow screen the highest goes first; 0 never goes


COLUMNS = (
    Column("col_id", 5, right=True),
    Column("col_status", -1),
    Column(CONTESTED, 1, gives_way=2),
    Column("cw", 4, right=True, gives_way=4),
    Column("col_claim", 0),
    Column("col_asserted_by", 18, gives_way=3),
    Column("col_assignee", 10, gives_way=5),
    Column("+", 2, right=True, gives_way=6),
    Column("−", 2, right=True, gives_way=6),
    Column("col_sources", 3, right=True, gives_way=7),
    Column("col_first_seen", 10, gives_way=8),
)
_GAP = 1
_MIN_CLAIM_WIDTH = 36  # narrower than this, other columns give way (the id, status and claim never do)
_SELECTED = "✔"
_TAIL = Style(dim=True)  # the claim's story, after its words


class Cell(NamedTuple):
    text: str
    style: Style | None = None  # None: the row's
    tail: str = ""  # shown after the text, dimmed, as room allows: the headline after a claim


def _title(column: Column) -> str:
    return text(column.title) if column.title.startswith("col_") else column.title


def _fit(text: str, width: int, right: bool = False) -> str:
    """Exactly `width` cells: padded, or cut with an ellipsis."""
    if cell_len(text) > width:
        return set_cell_size(text, max(width - 1, 0)) + "…" if width else ""
    padding = " " * (width - cell_len(text))
    return padding + text if right else text + padding


@lru_cache(maxsize=16)
def layout(width: int, language: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(columns shown, their widths) for a table `width` cells wide: columns give way by priority, so the claim
    keeps at least _MIN_CLAIM_WIDTH cells; the id, status and claim always show."""
    status_width = 2 + max(cell_len(status_word(name)) for name in STATUSES)
    widths = [status_width if column.width < 0 else column.width for column in COLUMNS]
    shown = list(range(len(COLUMNS)))

    def claim_room() -> int:
        return width - 1 - sum(widths[i] for i in shown) - _GAP * (len(shown) - 1)

    while claim_room() < _MIN_CLAIM_WIDTH and any(COLUMNS[i].gives_way for i in shown):
        first_to_go = max(COLUMNS[i].gives_way for i in shown)
        shown = [i for i in shown if COLUMNS[i].gives_way != first_to_go]
    widths[4] = max(claim_room(), 8)
    return tuple(shown), tuple(widths[i] for i in shown)


def row_cells(view: ClaimView) -> list[Cell]:
    """One claim as the table's cells, each with its own style (None: the row's)."""
    marker = "!" if view.needs_review else "●"
    status_cell = f"{marker} {status_word(view.status)}"
    supports = len(view.by_relation("supports"))
    contradicts = len(view.by_relation("contradicts"))
    return [
        Cell(str(view.id)),
        Cell(status_cell, REVIEW_STYLE if view.needs_review else status_style(view.status)),
        Cell(CONTESTED if view.contested else "", REVIEW_STYLE),
        Cell(f"{view.checkworthiness:.2f}"),
        Cell(one_line(view.text), tail=f" — {one_line(view.context)}" if view.context else ""),
        Cell(one_line(", ".join(view.asserted_by) or view.first_by)),
        Cell(one_line(view.assignee)),
        Cell(str(supports) if supports else "·"),
        Cell(str(contradicts) if contradicts else "·"),
        Cell(str(len(view.sources))),
        Cell(day(view.first_seen)),
    ]


class ClaimTable(ScrollView, can_focus=True):
    """Claims in the order given, one line each, with a cursor."""

    BINDINGS = [
        Binding("enter", "select", text("key_open"), tooltip="Open the claim under the cursor"),
        Binding("up,k", "move(-1)", text("key_up"), show=False),
        Binding("down,j", "move(1)", text("key_down"), show=False),
        Binding("pageup", "page(-1)", text("key_page_up"), show=False),
        Binding("pagedown", "page(1)", text("key_page_down"), show=False),
        Binding("home", "move_to(0)", text("key_first"), show=False),
        Binding("end", "move_to(-1)", text("key_last"), show=False),
        Binding(
            "space", "toggle_selection", text("key_select"), tooltip="Select the claim (again: unselect) and move down"
        ),
        Binding("shift+down", "extend_selection(1)", text("key_select_down"), show=False),
        Binding("shift+up", "extend_selection(-1)", text("key_select_up"), show=False),
    ]
    COMPONENT_CLASSES = {"claim-table--header", "claim-table--cursor", "claim-table--pending"}

    class Selected(Message):
        """Enter (or a second click) on a claim."""

        def __init__(self, claim_id: int) -> None:
            super().__init__()
            self.claim_id = claim_id

    class SelectionChanged(Message):
        """The set of selected claims changed."""

        def __init__(self, selected: frozenset[int]) -> None:
            super().__init__()
            self.selected = selected

    class RowsWanted(Message):
        """Positions [start, stop) about to be shown whose claims are not fetched yet; answer with `add_rows`."""

        def __init__(self, start: int, stop: int, generation: int) -> None:
            super().__init__()
            self.start = start
            self.stop = stop
            self.generation = generation

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._ids: dict[int, int] = {}  # position in the list → claim id, near the screen
        self._total = 0
        self._rows: dict[int, ClaimView] = {}
        self._asked: set[int] = set()  # positions asked for and not answered yet
        self._generation = 0
        self._prefetch: Timer | None = None
        self._lines: LRUCache[tuple, tuple[ClaimView, Strip]] = LRUCache(maxsize=1000)  # drawn rows, by row and look
        self.cursor = 0
        self.selected: set[int] = set()
        self.empty_message = ""

    # --- what the screen calls ------------------------------------------------------------------------------
    def show(
        self,
        ids: Sequence[int],
        rows: Mapping[int, ClaimView] = {},
        *,
        start: int = 0,
        total: int | None = None,
        keep_cursor: bool = True,
        fresh: bool = False,
    ) -> None:
        """A new list: the claim ids from position `start` on, the list's length (`total`, perhaps not known yet:
        then as far as `ids` reach) and any rows already fetched.

        `fresh` drops every cached row (something changed in the database); otherwise cached rows stay.
        """
        if fresh:
            self._rows.clear()
        self._generation += 1
        self._rows.update(rows)
        self._asked.clear()
        self._ids = {start + offset: int(claim_id) for offset, claim_id in enumerate(ids)}
        self._total = max(total or 0, start + len(ids))
        self.virtual_size = Size(0, self._total + 1)
        if keep_cursor:
            self.cursor = min(self.cursor, max(self._total - 1, 0))
        else:
            self.cursor = 0
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()
        self._ask_for_visible()

    def set_total(self, total: int) -> None:
        """The list's length, once counted."""
        self._total = total
        self.virtual_size = Size(0, self._total + 1)
        self.cursor = min(self.cursor, max(self._total - 1, 0))
        self.refresh()
        self._ask_for_visible()

    def add_rows(self, rows: Mapping[int, ClaimView], generation: int, start: int = 0, ids: Sequence[int] = ()) -> None:
        """Claim ids from position `start` on, and their rows, for the list shown as `generation`."""
        if generation != self._generation:
            return
        for offset, claim_id in enumerate(ids):
            self._ids[start + offset] = int(claim_id)
            self._asked.discard(start + offset)
        self._rows.update(rows)
        if len(self._rows) > MAX_CACHED_ROWS or len(self._ids) > MAX_CACHED_ROWS:
            self._forget_far_rows()
        self.refresh()

    def _forget_far_rows(self) -> None:
        """Keep memory flat while someone scrolls through a million claims: only what is near the screen stays."""
        height = max(self.size.height, 1)
        top = int(self.scroll_offset.y)
        low, high = max(top - 2 * height, 0), top + 3 * height
        self._ids = {position: claim_id for position, claim_id in self._ids.items() if low <= position < high}
        near = set(self._ids.values())
        self._rows = {claim_id: row for claim_id, row in self._rows.items() if claim_id in near}

    @property
    def row_count(self) -> int:
        return self._total

    @property
    def current_id(self) -> int | None:
        return self._ids.get(self.cursor)

    @property
    def current_row(self) -> ClaimView | None:
        claim_id = self.current_id
        return self._rows.get(claim_id) if claim_id is not None else None

    def row(self, index: int) -> ClaimView | None:
        """The fetched row at a position in the list, if any (for tests and benchmarks)."""
        claim_id = self._ids.get(index)
        return self._rows.get(claim_id) if claim_id is not None else None

    def move_to(self, index: int) -> None:
        if not self._total:
            return
        self.cursor = max(0, min(index, self._total - 1))
        rows_shown = max(self.size.height - 1, 1)
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + rows_shown:
            self.scroll_to(y=self.cursor - rows_shown + 1, animate=False, immediate=True)
        self.refresh()
        self._ask_for_visible()

    # --- keys and mouse ---------------------------------------------------------------------------------------
    def action_move(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(self.size.height - 2, 1))

    def action_move_to(self, index: int) -> None:
        self.move_to(self._total - 1 if index < 0 else index)

    def action_toggle_selection(self) -> None:
        claim_id = self.current_id
        if claim_id is None:
            return
        self.selected.symmetric_difference_update({claim_id})
        self._selection_changed()
        self.move_to(self.cursor + 1)

    def action_extend_selection(self, step: int) -> None:
        """Shift+arrows: select the claim under the cursor and the one the cursor moves to."""
        before = self.current_id
        self.move_to(self.cursor + step)
        self.selected.update(claim_id for claim_id in (before, self.current_id) if claim_id is not None)
        self._selection_changed()

    def clear_selection(self) -> bool:
        """Unselect everything; False when nothing was selected."""
        if not self.selected:
            return False
        self.selected.clear()
        self._selection_changed()
        return True

    def _selection_changed(self) -> None:
        self._lines.clear()
        self.refresh()
        self.post_message(self.SelectionChanged(frozenset(self.selected)))

    def action_select(self) -> None:
        if self.current_id is not None:
            self.post_message(self.Selected(self.current_id))

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        index = int(self.scroll_offset.y) + event.y - 1
        if index >= self._total:
            return
        if index == self.cursor and event.chain >= 1 and self.has_focus:
            self.action_select()
        else:
            self.move_to(index)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._ask_for_visible()

    def on_resize(self, event: events.Resize) -> None:
        self._ask_for_visible()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # --- drawing ----------------------------------------------------------------------------------------------
    def _ask_for_visible(self) -> None:
        """Ask at once for unfetched rows on screen, and a little later for a screenful either side."""
        self._ask(0, 1)
        if self._prefetch is not None:
            self._prefetch.stop()
        self._prefetch = self.set_timer(PREFETCH_DELAY, lambda: self._ask(1, 2))

    def _ask(self, before: int, after: int) -> None:
        if not self._total:
            return
        height = max(self.size.height - 1, 1)
        top = int(self.scroll_offset.y)
        window = range(max(top - before * height, 0), min(top + after * height, self._total))
        wanted = [
            position
            for position in window
            if position not in self._asked and (position not in self._ids or self._ids[position] not in self._rows)
        ]
        if wanted:
            self._asked.update(range(wanted[0], wanted[-1] + 1))
            self.post_message(self.RowsWanted(wanted[0], wanted[-1] + 1, self._generation))

    @property
    def known_ids(self) -> frozenset[int]:
        """Claims whose rows are cached: a worker preparing the next list need not fetch them again."""
        return frozenset(self._rows)

    def _strip(self, cells: list[Cell], width: int, base: Style, *, selected: bool = False) -> Strip:
        """One line; neighbouring cells in the row's own style share a segment (fewer segments, faster paints)."""
        segments: list[Segment] = []
        run: list[str] = [_SELECTED if selected else " "]
        gap = " " * _GAP
        shown, widths = layout(width, language())
        for index, column_width in zip(shown, widths):
            text, style, tail = cells[index]
            fitted = _fit(text + tail, column_width, COLUMNS[index].right)
            if tail and cell_len(text) < column_width - 1:  # room for some of the tail: dimmed after the text
                segments.append(Segment("".join(run) + fitted[: len(text)], base + style if style else base))
                segments.append(Segment(fitted[len(text) :], base + _TAIL))
                run = [gap]
            elif style:
                segments.append(Segment("".join(run), base))
                segments.append(Segment(fitted, base + style))
                run = [gap]
            else:
                run += (fitted, gap)
        segments.append(Segment("".join(run), base))
        return Strip(segments).adjust_cell_length(width, base)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            header = base + self.get_component_rich_style("claim-table--header")
            return self._strip([Cell(_title(column)) for column in COLUMNS], width, header)
        index = int(self.scroll_offset.y) + y - 1
        if index >= self._total:
            if index == 0 and self._total == 0 and self.empty_message:
                pending = base + self.get_component_rich_style("claim-table--pending")
                return Strip([Segment(_fit(f" {self.empty_message}", width), pending)])
            return Strip.blank(width, base)
        if index == self.cursor:
            cursor = self.get_component_rich_style("claim-table--cursor")
            base = base + Style(bgcolor=cursor.bgcolor, bold=self.has_focus)
        view = self.row(index)
        if view is None:
            pending = base + self.get_component_rich_style("claim-table--pending")
            blank = [Cell("")] * len(COLUMNS)
            blank[4] = Cell("…")
            return self._strip(blank, width, pending)
        key = (view.id, width, base)
        cached = self._lines.get(key)
        if cached is not None and cached[0] is view:  # the same fetched row: its line cannot have changed
            return cached[1]
        strip = self._strip(row_cells(view), width, base, selected=view.id in self.selected)
        self._lines[key] = (view, strip)
        return strip
