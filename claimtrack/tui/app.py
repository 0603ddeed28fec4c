"""claimtrack's terminal interface: triage, verify, link and report claims from the keyboard."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from claimtrack.i18n import text
from claimtrack.store import EventView, Store
from claimtrack.tracking.tracker import Tracker
from claimtrack.tui.commands import ClaimSearch
from claimtrack.tui.screens.claim_actions import ClaimActions
from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.screens.help import HelpScreen, own_bindings
from claimtrack.tui.screens.path_prompt import PathPrompt


class ClaimtrackApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "claimtrack"
    COMMANDS = App.COMMANDS | {ClaimSearch}
    BINDINGS = [
        Binding("i", "ingest", text("key_ingest"), tooltip="Ingest a file or folder"),
        Binding("question_mark", "help", text("key_help")),
        Binding("q", "quit", text("key_quit")),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.claims_screen = ClaimsScreen(store)
        self._tracker: Tracker | None = None

    @property
    def tracker(self) -> Tracker:
        if self._tracker is None:
            self._tracker = Tracker(self.store)
        return self._tracker

    def on_mount(self) -> None:
        self.push_screen(self.claims_screen)
        self.call_after_refresh(self._freeze_startup_objects)

    @staticmethod
    def _freeze_startup_objects() -> None:
        """Modules, lexicons, stemmer tables, Textual's and SQLAlchemy's machinery: some 150k objects that live as
        long as the app. Python's full garbage collection walks every one of them (about 150 ms each time, a visible
        stall between two keys); frozen, the collector skips them. Reference counting still frees them."""
        gc.freeze()

    def action_help(self) -> None:
        keys = [(self.get_key_display(binding), binding.description) for binding in own_bindings(self.screen)]
        legend = getattr(self.screen, "HELP_LEGEND", ())
        self.push_screen(HelpScreen(self.screen.title or "claimtrack", keys, legend))

    def action_ingest(self) -> None:
        def start(path: Path | None) -> None:
            if path is not None:
                self.claims_screen.ingest(path)
                if self.screen is not self.claims_screen:
                    self.notify(text("notice_ingesting", path=path), markup=False)

        self.push_screen(PathPrompt(text("dialog_ingest"), must_exist=True), start)

    def _back_to_claims(self) -> None:
        while self.screen is not self.claims_screen and len(self.screen_stack) > 1:
            self.pop_screen()

    def open_claim(self, claim_id: int) -> None:
        self._back_to_claims()
        self.claims_screen.open_claim(claim_id)

    def merge_speakers(self, into_id: int, from_id: int, editor: str) -> list[EventView]:
        """Merge two actors through the tracker: ingest's directory of names is read again after (one actor is gone)."""
        return self.tracker.merge_actors(into_id, from_id, editor)

    def reload_screens(self) -> None:
        """Every claims screen beneath the top one reads its claims again (a change that shows on all of them)."""
        for screen in self.screen_stack[:-1]:
            if isinstance(screen, ClaimActions):
                screen.reload()

    def show_speaker(self, name: str) -> None:
        self._back_to_claims()
        self.claims_screen.show_speaker(name)
