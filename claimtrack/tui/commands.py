"""The command palette's search: claims by their words, speakers by any of their names."""

from __future__ import annotations

import asyncio
from functools import partial

from textual.command import Hit, Hits, Provider
from textual.content import Content

from claimtrack.store import ActorView
from claimtrack.textutil import one_line

_CLAIMS_SHOWN = 15


class ClaimSearch(Provider):
    """Choosing a claim opens it; choosing a speaker lists the claims they made or answered."""

    async def startup(self) -> None:
        self.actors: list[ActorView] = await asyncio.to_thread(self.app.store.actors)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for actor in self.actors:
            score = max(matcher.match(name) for name in (actor.name, *actor.aliases))
            if score > 0:
                name = one_line(actor.name)
                yield Hit(score, Content(f"speaker: {name}"), partial(self.app.show_speaker, actor.name),
                          text=f"speaker: {name}", help=f"{actor.statements} statements · {one_line(actor.role) or actor.kind}")
        for claim_id, status, text in await asyncio.to_thread(self._claims, query):
            line = one_line(text, 100)
            score = max(matcher.match(line), 0.1)
            yield Hit(score, Content(f"claim {claim_id}: {line}"), partial(self.app.open_claim, claim_id),
                      text=f"claim {claim_id}: {line}", help=status.replace("_", " "))

    def _claims(self, query: str) -> list[tuple[int, str, str]]:
        app = self.app
        app.catalog.ensure_loaded(app.store.triage_rows)
        app.catalog.ensure_index(app.store.claim_keys)
        return app.catalog.find(query, limit=_CLAIMS_SHOWN)
