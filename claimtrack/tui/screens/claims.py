"""The claims screen: every claim, sorted for triage, filtered by status, speaker and a fuzzy search as you type.

The first rows come straight from the store so the screen paints at once; the catalog (all triage keys in
memory) then takes over, and a second worker indexes claim texts for search.

Benchmarks drive it with Pilot: `views_shown` counts the lists shown so far, `table.row(0)` is None until
the first row is fetched, and `app.catalog.indexed` says when search is ready.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from claimtrack.config import default_editor
from claimtrack.errors import ClaimtrackError
from claimtrack.filters import describe, parse
from claimtrack.i18n import text
from claimtrack.ingest import IngestError, read_paths
from claimtrack.models import STATUSES
from claimtrack.pipeline import ingest_items
from claimtrack.store import ClaimQuery, ClaimView, Store
from claimtrack.store.views import SORTS
from claimtrack.tracking.tracker import IngestResult
from claimtrack.tui.catalog import Catalog, CatalogView
from claimtrack.tui.look import CONTESTED
from claimtrack.tui.screens.claim_actions import ClaimActions, ExportRequest
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.lookup_box import LookupBox
from claimtrack.tui.widgets.claim_table import ClaimTable
from claimtrack.tui.widgets.filter_bar import FilterBar
from claimtrack.tui.widgets.ingest_progress import IngestProgress

STATUS_FILTERS = ("", *STATUSES)  # "" shows every status
TUI_SORTS = tuple(sort for sort in SORTS if sort != "id")
_FIRST_ROWS = 60  # rows fetched for the first paint, before the table knows its height
_FIRST_PAINT_WAIT = 1.0  # seconds the catalog load waits for the first rows to be drawn


class ClaimsScreen(ClaimActions):
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
        """A list to show: ids in order, the first rows, and counts per status (None until the catalog is loaded)."""

        def __init__(
            self,
            ids: Sequence[int],
            rows: Mapping[int, ClaimView],
            total: int,
            counts: dict[str, int] | None,
            any_status: int,
            problems: list[str],
            *,
            fresh: bool,
            keep_cursor: bool,
        ) -> None:
            super().__init__()
            self.problems = problems
            self.ids = ids
            self.rows = rows
            self.total = total
            self.counts = counts
            self.any_status = any_status
            self.fresh = fresh
            self.keep_cursor = keep_cursor

    class RowsLoaded(Message):
        def __init__(self, rows: Mapping[int, ClaimView], generation: int) -> None:
            super().__init__()
            self.rows = rows
            self.generation = generation

    class IngestStarted(Message):
        def __init__(self, path: str, total: int) -> None:
            super().__init__()
            self.path = path
            self.total = total

    class IngestStep(Message):
        def __init__(self, origin: str) -> None:
            super().__init__()
            self.origin = origin

    class IngestDone(Message):
        def __init__(self, summary: str, errors: list[str]) -> None:
            super().__init__()
            self.summary = summary
            self.errors = errors

    def __init__(self, store: Store, catalog: Catalog) -> None:
        super().__init__(store, catalog)
        self.status_filter = ""
        self.search_text = ""
        self.speaker = ""
        self.mine = False
        self.sort = "triage"
        self.filter_problems: list[str] = []
        self.shown: Sequence[int] = ()
        self.views_shown = 0  # how many lists have been shown: benchmarks wait on it
        self._away = False
        self._first_paint_done = threading.Event()
        self._within: tuple[str, list[int]] = ("", [])
        self._said_by: tuple[str, list[int]] = ("", [])
        self._order: tuple[str, dict[int, int]] = ("", {})

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
        window = (int(table.scroll_offset.y) if keep_cursor else 0, height)
        known = frozenset() if fresh else table.known_ids
        self._compute_view(
            self.status_filter,
            self.search_text,
            self.base_query(),
            self.sort,
            window,
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
        worker = get_current_worker()
        top, height = window
        asked = parse(search, editor=default_editor(), base=base, strict=False)
        statuses = asked.query.statuses or ((status,) if status else ())
        if first_paint and not self.catalog.loaded:
            first_page = self.store.claims(ClaimQuery(statuses=statuses, limit=max(height, _FIRST_ROWS)))
            rows = {view.id: view for view in first_page}
            total = self.store.count_claims(ClaimQuery(statuses=statuses))
            self.post_message(
                self.ViewReady(list(rows), rows, total, None, total, asked.problems, fresh=True, keep_cursor=False)
            )
            fresh, keep_cursor, known = False, True, frozenset(rows)
            self._first_paint_done.wait(_FIRST_PAINT_WAIT)  # loading the catalog would hold the GIL meanwhile
        self.catalog.ensure_loaded(self.store.triage_rows)
        words = asked.query.search
        if words:
            self.catalog.ensure_index(self.store.claim_keys)
        narrowing = ClaimQuery(**{**asked.query.__dict__, "statuses": (), "search": "", "sort": "triage"})
        within = self._claims_within(narrowing, fresh) if narrowing.narrowed else None
        also = self._claims_said_by(words, fresh) if words else None
        if worker.is_cancelled:
            return
        view: CatalogView = self.catalog.view(statuses=statuses, search=words, within=within, also=also)
        ids = self._sorted(view.ids, asked.query.sort if asked.query.sort != "triage" else sort, fresh)
        wanted = [int(claim_id) for claim_id in ids[top : top + height] if int(claim_id) not in known]
        rows = self.store.claims_by_id(wanted) if wanted else {}
        if worker.is_cancelled:
            return
        self.post_message(
            self.ViewReady(
                ids,
                rows,
                len(view),
                view.counts,
                sum(view.counts.values()),
                asked.problems,
                fresh=fresh,
                keep_cursor=keep_cursor,
            )
        )

    def _claims_within(self, narrowing: ClaimQuery, fresh: bool) -> list[int]:
        """Ids of the claims the filters other than status and search allow; kept while typing the search."""
        key = describe(narrowing)
        if fresh or self._within[0] != key:
            self._within = (key, self.store.claim_ids(ClaimQuery(**{**narrowing.__dict__, "sort": "id"})))
        return self._within[1]

    def _claims_said_by(self, words: str, fresh: bool) -> list[int]:
        """Ids of the claims said by a speaker the search words name ("Purbaya"): a search finds their statements."""
        if fresh or self._said_by[0] != words:
            self._said_by = (words, self.store.claim_ids_said_by(words))
        return self._said_by[1]

    def _sorted(self, ids: np.ndarray, sort: str, fresh: bool) -> np.ndarray:
        """The catalog's triage order, or another order the store knows (recent, check-worthiness, sources)."""
        if sort == "triage" or not len(ids):
            return ids
        if fresh or self._order[0] != sort:
            self._order = (
                sort,
                {claim_id: rank for rank, claim_id in enumerate(self.store.claim_ids(ClaimQuery(sort=sort)))},
            )
        rank = self._order[1]
        ranks = np.fromiter((rank.get(int(claim_id), len(rank)) for claim_id in ids), dtype=np.int64, count=len(ids))
        return ids[np.argsort(ranks, kind="stable")]

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def _build_index(self) -> None:
        self.catalog.ensure_index(self.store.claim_keys)

    @on(ViewReady)
    def _show_view(self, message: ViewReady) -> None:
        self.shown = message.ids
        self.filter_problems = message.problems
        narrowed = self.narrowed
        if message.total == 0:
            chosen = " ".join(
                part for part in (self.status_filter and f"status:{self.status_filter}", self.filters_text()) if part
            )
            self.table.empty_message = text("no_claims_match", filters=chosen) if narrowed else text("no_claims_yet")
        self.table.show(
            message.ids, message.rows, total=message.total, fresh=message.fresh, keep_cursor=message.keep_cursor
        )
        self.query_one(FilterBar).show(
            status=self.status_filter,
            counts=message.counts,
            total=message.any_status,
            shown=message.total,
            filters=self.filters_text(),
            selected=len(self.table.selected),
            sort=self.sort,
            problem=message.problems[0] if message.problems else "",
        )
        self.views_shown += 1
        self.call_after_refresh(self._first_paint_done.set)
        if message.counts is not None and not self.catalog.indexed:
            self._build_index()

    @on(ClaimTable.RowsWanted)
    def _rows_wanted(self, message: ClaimTable.RowsWanted) -> None:
        self._fetch_rows(message.claim_ids, message.generation)

    @work(thread=True, exit_on_error=False, group="rows")
    def _fetch_rows(self, claim_ids: list[int], generation: int) -> None:
        self.post_message(self.RowsLoaded(self.store.claims_by_id(claim_ids), generation))

    @on(RowsLoaded)
    def _rows_loaded(self, message: RowsLoaded) -> None:
        self.table.add_rows(message.rows, message.generation)

    @on(ClaimTable.Selected)
    def _open(self, message: ClaimTable.Selected) -> None:
        self.open_claim(message.claim_id)

    def open_claim(self, claim_id: int) -> None:
        """The claim's detail; the list reloads on return, since the detail may have changed it."""
        self._away = True
        self.app.push_screen(ClaimDetailScreen(self.store, self.catalog, claim_id))

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
        ids = [int(claim_id) for claim_id in self.shown]
        chosen = " ".join(
            part for part in (self.status_filter and f"status:{self.status_filter}", self.filters_text()) if part
        )
        if self.narrowed:
            return ExportRequest("claims.md", lambda: ids, {"filter": chosen})
        return ExportRequest("claims.md", lambda: ids, {}, everything=len(ids))

    # --- ingest -----------------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="ingest")
    def ingest(self, path: Path) -> None:
        """Read, extract and store a file or folder, one document at a time, then reload the list."""
        items = list(read_paths([str(path)], {}))
        errors = [str(item) for item in items if isinstance(item, IngestError)]
        self.post_message(self.IngestStarted(str(path), len(items)))

        def step(result: IngestResult | IngestError) -> None:
            self.post_message(self.IngestStep(result.origin if isinstance(result, IngestResult) else "error"))

        try:
            with self.app.tracker_lock:
                line = ingest_items(self.store, items, on_result=step, tracker=self.app.tracker).line()
        except ClaimtrackError as exc:
            line = f"ingest stopped: {exc}"
        self.catalog.invalidate()
        self.post_message(self.IngestDone(line, errors))

    @on(IngestStarted)
    def _ingest_started(self, message: IngestStarted) -> None:
        self.query_one(IngestProgress).start(message.path, message.total)

    @on(IngestStep)
    def _ingest_step(self, message: IngestStep) -> None:
        self.query_one(IngestProgress).step(message.origin)

    @on(IngestDone)
    def _ingest_done(self, message: IngestDone) -> None:
        self.query_one(IngestProgress).finish()
        for error in message.errors[:5]:
            self.notify(error, severity="warning", markup=False)
        self.notify(message.summary, title=text("notice_ingest_finished"), markup=False)
        self.refresh_view(fresh=True, keep_cursor=True)
