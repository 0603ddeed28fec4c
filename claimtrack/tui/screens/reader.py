"""The source reader: an article with every statement extracted from it highlighted; n and p move between them."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import text
from claimtrack.models import Source, Statement
from claimtrack.store import Store
from claimtrack.textutil import one_line
from claimtrack.tui.look import day
from claimtrack.tui.screens.key_order import EssentialKeysFirst
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors
from claimtrack.tui.widgets.article_view import ArticleView, Span


def source_heading(source: Source) -> Text:
    heading = Text(one_line(source.title) or one_line(source.origin), style="bold")
    details = [
        one_line(part) for part in (source.outlet, day(source.published_at), source.dateline, source.credit) if part
    ]
    if details:
        heading.append("\n" + " · ".join(details))
    if source.url:
        heading.append("\n" + one_line(source.url), style="dim")
    return heading


class SourceReaderScreen(EssentialKeysFirst, ReportsWorkerErrors, Screen):
    TITLE = text("title_reader")
    BINDINGS = [
        Binding("n", "step(1)", text("key_next_statement")),
        Binding("p", "step(-1)", text("key_previous_statement")),
        Binding("escape", "back", text("key_back")),
    ]

    class Loaded(Message):
        def __init__(
            self,
            source: Source | None,
            statements: list[Statement],
            claims: dict[int, list[tuple[int, str]]],
            problem: str = "",
        ) -> None:
            super().__init__()
            self.source = source
            self.statements = statements
            self.claims = claims
            self.problem = problem

    def __init__(self, store: Store, source_id: int, statement_id: int | None = None) -> None:
        super().__init__()
        self.store = store
        self.source_id = source_id
        self.statement_id = statement_id
        self.statements: list[Statement] = []
        self.claims: dict[int, list[tuple[int, str]]] = {}
        self.current = 0

    def compose(self) -> ComposeResult:
        yield Static(id="source-heading")
        yield ArticleView(id="article")
        yield Static(id="statement-info")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="reader")
    def _load(self) -> None:
        try:
            source = self.store.source(self.source_id)
            statements = self.store.source_statements(self.source_id)
            claims = self.store.statement_claims(s.id for s in statements)
        except ClaimtrackError as exc:
            self.post_message(self.Loaded(None, [], {}, str(exc)))
            return
        self.post_message(self.Loaded(source, statements, claims))

    @on(Loaded)
    async def _loaded(self, message: Loaded) -> None:
        if message.source is None:
            self.notify(message.problem, severity="error", markup=False)
            self.dismiss()
            return
        self.statements, self.claims = message.statements, message.claims
        ids = [statement.id for statement in self.statements]
        self.current = ids.index(self.statement_id) if self.statement_id in ids else 0
        self.query_one("#source-heading", Static).update(source_heading(message.source))
        spans = [Span(statement.start, statement.end) for statement in self.statements]
        await self.query_one(ArticleView).show(message.source.text, spans, self.current if spans else None)
        self._describe()

    def action_step(self, step: int) -> None:
        if not self.statements:
            return
        self.current = (self.current + step) % len(self.statements)
        self.query_one(ArticleView).select(self.current)
        self._describe()

    def _describe(self) -> None:
        info = Text()
        if not self.statements:
            info.append("No statements were extracted from this article.")
        else:
            statement = self.statements[self.current]
            info.append(f"statement {self.current + 1} of {len(self.statements)}: ", style="bold")
            info.append(one_line(statement.speaker_mention) or "(unknown speaker)")
            if statement.speaker_role:
                info.append(f", {one_line(statement.speaker_role)}")
            info.append(f" · {one_line(statement.cue)} · {statement.quote} · {statement.stance}")
            if statement.said_on:
                info.append(f" · said {day(statement.said_on)}")
            links = self.claims.get(statement.id, [])
            info.append(
                " · "
                + (
                    ", ".join(f"{relation} claim {claim_id}" for claim_id, relation in links)
                    if links
                    else "linked to no claim"
                )
            )
        self.query_one("#statement-info", Static).update(info)

    def action_back(self) -> None:
        self.dismiss()
