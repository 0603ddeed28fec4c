"""Merge a speaker into another: find the other by any of their names (fuzzy) and choose it.

Before anything is typed, it offers the speakers named like this one (sharing its words): a duplicate is what an
editor merges.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rich.text import Text
from textual.widgets.option_list import Option

from claimtrack.i18n import count, text
from claimtrack.store import ActorView, Store
from claimtrack.textutil import one_line
from claimtrack.tui.commands import best_speakers, speaker_names
from claimtrack.tui.screens.picker import Picker

_SHOWN = 30
_TYPED_CUTOFF = 60
_LIKE_CUTOFF = 70  # token_set_ratio: "Purbaya" is like "Purbaya Yudhi Sadewa" (100), not like "Arya" (55)


def speaker_line(actor: ActorView) -> Text:
    """ "Purbaya Yudhi Sadewa · person · 194 statements · Menteri Keuangan · also: Purbaya" """
    line = Text(one_line(actor.name), style="bold")
    line.append(f" · {actor.kind} · {count(actor.statements, 'statement')}")
    if actor.role:
        line.append(f" · {one_line(actor.role, 60)}")
    if actor.aliases:
        line.append(f" · {one_line(', '.join(actor.aliases), 80)}", style="dim")
    return line


class SpeakerPicker(Picker[ActorView | None]):
    """Dismisses with the speaker to merge `actor` into, or None."""

    def __init__(self, store: Store, actor: ActorView) -> None:
        title = text("merge_speaker_title", name=one_line(actor.name))
        super().__init__(title, speaker_line(actor).plain, text("merge_speaker_hint"))
        self.store = store
        self.actor = actor
        self._names: list[tuple[ActorView, str]] | None = None
        self._by_id: dict[int, ActorView] = {}

    def find(self, query: str) -> list[Option]:
        """The speakers whose names best match the query; before typing, those named like this one."""
        if self._names is None:
            others = [actor for actor in self.store.actors() if actor.id != self.actor.id]
            self._by_id = {actor.id: actor for actor in others}
            self._names = speaker_names(others)
        typed = query.strip()
        if typed:
            found = best_speakers(typed, self._names, limit=_SHOWN, cutoff=_TYPED_CUTOFF)
        else:
            found = best_speakers(
                self.actor.name, self._names, limit=_SHOWN, cutoff=_LIKE_CUTOFF, scorer=fuzz.token_set_ratio
            )
        return [Option(speaker_line(actor), id=f"actor-{actor.id}") for actor, _ in found]

    def chosen(self, option_id: str | None) -> None:
        if option_id and option_id.startswith("actor-"):
            self.dismiss(self._by_id[int(option_id.removeprefix("actor-"))])
