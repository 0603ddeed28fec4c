"""Link a statement to a claim: find it by its words (fuzzy), then say whether it asserts, supports or contradicts."""

from __future__ import annotations

from rapidfuzz import fuzz, process
from rich.text import Text
from textual.widgets import Input
from textual.widgets.option_list import Option

from claimtrack.models import RELATIONS
from claimtrack.store import ClaimView, Store
from claimtrack.textutil import one_line, search_words
from claimtrack.tui.screens.picker import Picker

_RELATION_HELP = {
    "asserts": "the statement makes the claim",
    "supports": "the statement backs the claim up",
    "contradicts": "the statement denies or disproves the claim",
}
_POOL = 200
_SHOWN = 50


class LinkPicker(Picker[tuple[int, str] | None]):
    """Dismisses with (statement id, relation), or None."""

    def __init__(self, store: Store, claim: ClaimView) -> None:
        super().__init__(
            f"Link a statement to claim {claim.id}",
            one_line(claim.text, 300),
            "type words of the statement · ↑↓ choose · Enter next · Escape cancel",
        )
        self.store = store
        self.claim = claim
        self.statement_id: int | None = None
        self.linked = {statement.id: statement.relation for statement in claim.statements}

    def find(self, query: str) -> list[Option]:
        """Statements sharing a word with the query, ranked by rapidfuzz; the newest when the query is empty."""
        words = sorted(set(search_words(query)), key=len, reverse=True)[:3]
        pool = {}
        for word in words or [""]:
            for statement, speaker, title in self.store.statements_search(word, limit=_POOL if word else _SHOWN):
                pool[statement.id] = (statement, speaker, title)
        if words:
            texts = {sid: f"{speaker} {statement.content}" for sid, (statement, speaker, _) in pool.items()}
            ranked = [sid for _, _, sid in process.extract(query, texts, scorer=fuzz.WRatio, limit=_SHOWN)]
        else:
            ranked = list(pool)
        return [self._option(*pool[sid]) for sid in ranked]

    def _option(self, statement, speaker: str, title: str) -> Option:
        prompt = Text()
        prompt.append(f"{one_line(speaker) or '?'}: ", style="bold")
        prompt.append(one_line(statement.content, 160))
        prompt.append(f" — {one_line(title, 60)}", style="dim")
        if statement.id in self.linked:
            prompt.append(f" (already {self.linked[statement.id]})", style="italic")
        return Option(prompt, id=f"statement-{statement.id}")

    def chosen(self, option_id: str | None) -> None:
        if option_id is None:
            return
        if option_id.startswith("statement-"):
            self.statement_id = int(option_id.removeprefix("statement-"))
            self.query_one(Input).display = False
            self.show_options(
                [
                    Option(Text(f"{relation} — {_RELATION_HELP[relation]}"), id=f"relation-{relation}")
                    for relation in RELATIONS
                ]
            )
            self.query_one("#choices").focus()
            self.set_hint("how does the statement bear on the claim? · ↑↓ choose · Enter link · Escape back")
        elif option_id.startswith("relation-") and self.statement_id is not None:
            self.dismiss((self.statement_id, option_id.removeprefix("relation-")))

    def action_cancel(self) -> None:
        if self.statement_id is None:
            self.dismiss(None)
            return
        self.statement_id = None
        query = self.query_one(Input)
        query.display = True
        query.focus()
        self.set_hint(self.hint)
        self.search(query.value)
