"""The claims screen: every claim, sorted for triage, filtered by status, speaker and a fuzzy search as you type.

Everything comes from the database a page at a time (`Store.claim_page`): the first page paints at once, read from
the head of the triage index (or from the search index), and the list's counts (`Store.list_counts`) follow from
the same worker; rows further down are read as they scroll into view. Nothing is held per claim but the rows near
the screen.

Benchmarks drive it with Pilot: `views_shown` counts the lists shown so far, `counts_shown` the counts that
followed them, and `table.row(0)` is None until the first row is fetched.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from claimtrack.config import default_editor
from claimtrack.filters import describe, parse
from claimtrack.i18n import text
from claimtrack.models import STATUSES
from claimtrack.store import ClaimQuery, ClaimView, Store
from claimtrack.store.claim_search import ListCounts, WordSearch
from claimtrack.store.views import SORTS
from claimtrack.tui.look import CONTESTED
from claimtrack.tui.screens.claim_actions import ClaimActions, ExportRequest
from claimtrack.tui.screens.claim_ingest import ClaimIngest
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.lookup_box import LookupBox
from claimtrack.tui.widgets.claim_table import ClaimTable
from claimtrack.tui.widgets.filter_bar import FilterBar
from claimtrack.tui.widgets.ingest_progress import IngestProgress

STATUS_FILTERS = ("", *STATUSES)  # "" shows every status
TUI_SORTS = tuple(sort for sort in SORTS if sort != "id")
_FIRST_ROWS = 60  # rows fetched for the first paint, before the table knows its height
_FIRST_PAINT_WAIT = 1.0  # seconds the counts wait for the first rows to be drawn
_COUNT_AFTER = 0.15  # seconds a list is shown before it is counted (a search's counts can take a second at 1M)


@dataclass
class ListSpec:
    """What the list shows: the filters as a store query, the search box's words, and (once known) how many claims
    match them exactly, where the typo matches begin."""

    query: ClaimQuery
    words: WordSearch
    exact: int | None = None


class ClaimsScreen(ClaimIngest, ClaimActions):
    TITLE = text("title_claims")
    HELP_LEGEND = (
        (f"● {text('col_status')}", text("legend_status")),
        ("!", text("legend_review")),
        (CONTESTED, text("legend_contested")),
        ("cw", text("legend_checkworthiness")),
        ("+ / −", text("legend_counts")),
        (text("col_sources"), text("legend_sources")),
        ("✔", text("legend_selected")),
        (text("legend_filters_word"), text("legend_filters")),
    )
    BINDINGS = [
        Binding(
            "slash",
            "search",
            text("key_search"),
            tooltip="Fuzzy search, speakers too; filters like speaker:AHY outlet:detik since:7d. Enter keeps it",
        ),
        Binding("s", "cycle_status(1)", text("key_status_filter"), tooltip="Show the next status only"),
        Binding("S", "cycle_status(-1)", text("key_previous_status"), show=False),
        Binding("t", "cycle_sort", text("key_sort"), tooltip="Triage, recent, check-worthiness, sources"),
        Binding("A", "toggle_mine", text("key_mine"), tooltip="Only the claims assigned to you"),
        Binding("escape", "clear_filters", text("key_clear"), show=False),
        Binding(
            "L", "lookup", text("key_lookup"), tooltip="Paste a text: the claims it supports, contradicts or mentions"
        ),
    ]

    class ViewReady(Message):
        """A list to show: what it is, the claim ids from position `start` on, and their rows."""

        def __init__(
            self,
            spec: ListSpec,
            start: int,
            ids: Sequence[int],
            rows: Mapping[int, ClaimView],
            problems: list[str],
            *,
            complete: bool,
            fresh: bool,
            keep_cursor: bool,
        ) -> None:
            super().__init__()
            self.spec = spec
            self.start = start
            self.ids = ids
            self.rows = rows
            self.problems = problems
            self.complete = complete  # the ids reach the end of the list
            self.fresh = fresh
            self.keep_cursor = keep_cursor

    class CountsReady(Message):
        """The list's length and counts per status, after its first page."""

        def __init__(self, spec: ListSpec, counts: ListCounts) -> None:
            super().__init__()
            self.spec = spec
            self.counts = counts

    class RowsLoaded(Message):
        def __init__(self, start: int, ids: list[int], rows: Mapping[int, ClaimView], generation: int) -> None:
            super().__init__()
            self.start = start
            self.ids = ids
            self.rows = rows
            self.generation = generation

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.status_filter = ""
        self.search_text = ""
        self.speaker = ""
        self.mine = False
        self.sort = "triage"
        self.filter_problems: list[str] = []
        self.spec = ListSpec(ClaimQuery(), WordSearch())
        self.views_shown = 0  # how many lists have been shown: benchmarks wait on it
        self.counts_shown = 0  # ... and how many of their counts
        self._away = False
        self._first_paint_done = threading.Event()

    def compose(self) -> ComposeResult:
        yield FilterBar(id="filters")
        yield Input(
            placeholder=text("search_placeholder"),
            id="search",
            compact=True,
        )
        yield ClaimTable(id="claims")
        yield IngestProgress(id="ingest")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.query_one(ClaimTable).focus()
        self.refresh_view(first_paint=True)

    def on_screen_resume(self) -> None:
        if self._away:
            self._away = False
            self.reload()

    # --- the list -----------------------------------------------------------------------------------------------
    @property
    def table(self) -> ClaimTable:
        return self.query_one(ClaimTable)

    def current_claim(self) -> ClaimView | None:
        return self.table.current_row

    def selected_ids(self) -> list[int]:
        return sorted(self.table.selected)

    def reload(self) -> None:
        self.refresh_view(fresh=True, keep_cursor=True)

    def refresh_view(self, *, first_paint: bool = False, fresh: bool = False, keep_cursor: bool = False) -> None:
        table = self.table
        height = table.size.height - 1 if table.size.height > 1 else _FIRST_ROWS
        top = int(table.scroll_offset.y) if keep_cursor else 0
        known = frozenset() if fresh else table.known_ids
        self._compute_view(
            self.status_filter,
            self.search_text,
            self.base_query(),
            self.sort,
            (top, max(height, _FIRST_ROWS) if top == 0 else height),
            known,
            first_paint=first_paint,
            fresh=fresh,
            keep_cursor=keep_cursor,
        )

    def base_query(self) -> ClaimQuery:
        """What the keys chose (a speaker from the palette, my claims), before the search box's words."""
        return ClaimQuery(speaker=self.speaker, assignee=default_editor() if self.mine else None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="view")
    def _compute_view(
        self,
        status: str,
        search: str,
        base: ClaimQuery,
        sort: str,
        window: tuple[int, int],
        known: frozenset[int],
        *,
        first_paint: bool,
        fresh: bool,
        keep_cursor: bool,
    ) -> None:
        """The page on screen first, then the list's counts: each posted as soon as it is read."""
        worker = get_current_worker()
        top, height = window
        asked = parse(search, editor=default_editor(), base=base, strict=False)
        query = replace(
            asked.query,
            statuses=asked.query.statuses or ((status,) if status else ()),
            search="",
            sort=asked.query.sort if asked.query.sort != "triage" else sort,
        )
        spec = ListSpec(query, self.store.word_search(asked.query.search))
        page = self.store.claim_page(spec.query, spec.words, top, height)
        spec.exact = page.exact
        wanted = [claim_id for claim_id in page.ids if claim_id not in known]
        rows = self.store.claims_by_id(wanted) if wanted else {}
        if worker.is_cancelled:
            return
        complete = len(page.ids) < height
        self.post_message(
            self.ViewReady(
                spec, top, page.ids, rows, asked.problems, complete=complete, fresh=fresh, keep_cursor=keep_cursor
            )
        )
        if first_paint:
            self._first_paint_done.wait(_FIRST_PAINT_WAIT)  # counting would hold the GIL while the screen paints
        else:
            time.sleep(_COUNT_AFTER)  # while someone types, the next key cancels this list before it is counted
            if worker.is_cancelled:
                return
        counts = self.store.list_counts(spec.query, spec.words)
        if not worker.is_cancelled:
            self.post_message(self.CountsReady(spec, counts))

    @on(ViewReady)
    def _show_view(self, message: ViewReady) -> None:
        self.spec = message.spec
        self.filter_problems = message.problems
        total = message.start + len(message.ids)
        if message.complete and total == 0:
            self._say_empty()
        self.table.show(
            message.ids,
            message.rows,
            start=message.start,
            total=total if message.complete else None,
            fresh=message.fresh,
            keep_cursor=message.keep_cursor,
        )
        self._show_filters(None, total)
        self.views_shown += 1
        self.call_after_refresh(self._first_paint_done.set)

    @on(CountsReady)
    def _show_counts(self, message: CountsReady) -> None:
        if message.spec is not self.spec:
            return
        counts = message.counts
        self.spec.exact = counts.exact
        if counts.total == 0:
            self._say_empty()
        self.table.set_total(counts.total)
        self._show_filters(counts.counts, counts.total)
        self.counts_shown += 1

    def _say_empty(self) -> None:
        chosen = " ".join(
            part for part in (self.status_filter and f"status:{self.status_filter}", self.filters_text()) if part
        )
        self.table.empty_message = text("no_claims_match", filters=chosen) if self.narrowed else text("no_claims_yet")

    def _show_filters(self, counts: dict[str, int] | None, shown: int) -> None:
        self.query_one(FilterBar).show(
            status=self.status_filter,
            counts=counts,
            total=sum(counts.values()) if counts is not None else shown,
            shown=shown,
            filters=self.filters_text(),
            selected=len(self.table.selected),
            sort=self.sort,
            problem=self.filter_problems[0] if self.filter_problems else "",
        )

    @on(ClaimTable.RowsWanted)
    def _rows_wanted(self, message: ClaimTable.RowsWanted) -> None:
        self._fetch_rows(self.spec, message.start, message.stop, message.generation, self.table.known_ids)

    @work(thread=True, exit_on_error=False, group="rows")
    def _fetch_rows(self, spec: ListSpec, start: int, stop: int, generation: int, known: frozenset[int]) -> None:
        page = self.store.claim_page(spec.query, spec.words, start, stop - start, spec.exact)
        rows = self.store.claims_by_id([claim_id for claim_id in page.ids if claim_id not in known])
        self.post_message(self.RowsLoaded(start, page.ids, rows, generation))

    @on(RowsLoaded)
    def _rows_loaded(self, message: RowsLoaded) -> None:
        self.table.add_rows(message.rows, message.generation, message.start, message.ids)

    @on(ClaimTable.Selected)
    def _open(self, message: ClaimTable.Selected) -> None:
        self.open_claim(message.claim_id)

    def open_claim(self, claim_id: int) -> None:
        """The claim's detail; the list reloads on return, since the detail may have changed it."""
        self._away = True
        self.app.push_screen(ClaimDetailScreen(self.store, claim_id))

    # --- filters --------------------------------------------------------------------------------------------
    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value != self.search_text:
            self.search_text = event.value
            self.refresh_view()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.table.focus()
        if not event.value:
            event.input.display = False

    @property
    def narrowed(self) -> bool:
        return bool(self.status_filter or self.search_text.strip() or self.speaker or self.mine)

    def filters_text(self) -> str:
        """The filters in force, in the filter language (the search box's words included)."""
        base = describe(self.base_query(), editor=default_editor())
        return " ".join(part for part in (base, self.search_text.strip()) if part)

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        if self.table.clear_selection():
            return
        if search.display or self.search_text:
            search.value = ""
            search.display = False
            self.search_text = ""
        elif self.speaker:
            self.speaker = ""
        elif self.mine:
            self.mine = False
        else:
            return
        self.table.focus()
        self.refresh_view()

    def action_cycle_sort(self) -> None:
        self.sort = TUI_SORTS[(TUI_SORTS.index(self.sort) + 1) % len(TUI_SORTS)]
        self.notify(text("notice_sorted", sort=self.sort), markup=False, timeout=2)
        self.refresh_view()

    def action_toggle_mine(self) -> None:
        self.mine = not self.mine
        self.refresh_view()

    @on(ClaimTable.SelectionChanged)
    def _selection_changed(self, message: ClaimTable.SelectionChanged) -> None:
        self.query_one(FilterBar).update_selected(len(message.selected))

    def action_cycle_status(self, step: int) -> None:
        index = STATUS_FILTERS.index(self.status_filter)
        self.status_filter = STATUS_FILTERS[(index + step) % len(STATUS_FILTERS)]
        self.refresh_view()

    def action_lookup(self) -> None:
        """Have we seen this? A paste box; the claim chosen from what it matches opens."""

        def chosen(claim_id: int | None) -> None:
            if claim_id is not None:
                self.open_claim(claim_id)

        self.app.push_screen(LookupBox(self.store), chosen)

    def show_speaker(self, name: str) -> None:
        """Only claims with a statement by this speaker (from the command palette)."""
        self.speaker = name
        self.refresh_view()

    def export_request(self) -> ExportRequest:
        """The selected claims; else the filtered list; else every claim, after asking."""
        selected = self.selected_ids()
        if selected:
            return ExportRequest("claims.md", lambda: selected, {"selected": ", ".join(map(str, selected))})
        spec = self.spec

        def listed() -> list[int]:
            return self.store.claim_page(spec.query, spec.words, 0, self.table.row_count, spec.exact).ids

        chosen = " ".join(
            part for part in (self.status_filter and f"status:{self.status_filter}", self.filters_text()) if part
        )
        if self.narrowed:
            return ExportRequest("claims.md", listed, {"filter": chosen})
        return ExportRequest("claims.md", listed, {}, everything=self.table.row_count)
