"""The command palette's search: claims by their words, speakers by any of their names (both with rapidfuzz)."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from rapidfuzz import fuzz, process, utils
from textual.command import Hit, Hits, Provider
from textual.content import Content

from claimtrack.store import ActorView
from claimtrack.textutil import one_line

_SHOWN = 10
_ACTOR_CUTOFF = 70


def speaker_names(actors: list[ActorView]) -> list[tuple[ActorView, str]]:
    """Each actor once per name it goes by, for `best_speakers`."""
    return [(actor, name) for actor in actors for name in (actor.name, *actor.aliases)]


def best_speakers(
    query: str, names: list[tuple[ActorView, str]], *, limit: int, cutoff: float, scorer: Any = fuzz.WRatio
) -> list[tuple[ActorView, float]]:
    """Best speakers for the query, each once, by their best-matching name or alias."""
    found = process.extract(
        query,
        [name for _, name in names],
        scorer=scorer,
        processor=utils.default_process,
        score_cutoff=cutoff,
        limit=limit * 3,
    )
    best: dict[int, tuple[ActorView, float]] = {}
    for _, score, index in found:
        actor = names[index][0]
        if actor.id not in best or best[actor.id][1] < score:
            best[actor.id] = (actor, score)
    return sorted(best.values(), key=lambda pair: (-pair[1], -pair[0].statements))[:limit]  # ties: who says more


class ClaimSearch(Provider):
    """Choosing a claim opens it; choosing a speaker lists the claims they made or answered."""

    async def startup(self) -> None:
        self.actors: list[ActorView] = await asyncio.to_thread(self.app.store.actors)
        self.names = speaker_names(self.actors)

    async def search(self, query: str) -> Hits:
        for actor, score in await asyncio.to_thread(self._speakers, query):
            name = one_line(actor.name)
            yield Hit(
                score / 100,
                Content(f"speaker: {name}"),
                partial(self.app.show_speaker, actor.name),
                text=f"speaker: {name}",
                help=f"{actor.statements} statements · {one_line(actor.role) or actor.kind}",
            )
        for rank, (claim_id, status, text) in enumerate(await asyncio.to_thread(self._claims, query)):
            line = one_line(text, 100)
            yield Hit(
                0.9 - rank / 100,
                Content(f"claim {claim_id}: {line}"),
                partial(self.app.open_claim, claim_id),
                text=f"claim {claim_id}: {line}",
                help=status.replace("_", " "),
            )

    def _speakers(self, query: str) -> list[tuple[ActorView, float]]:
        return best_speakers(query, self.names, limit=_SHOWN, cutoff=_ACTOR_CUTOFF)

    def _claims(self, query: str) -> list[tuple[int, str, str]]:
        return self.app.store.find_claims(query, limit=_SHOWN)
