"""Merge a duplicate into this claim: find the other claim by its words (fuzzy) and choose it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from claimtrack.store import ClaimView, Store
from claimtrack.textutil import one_line
from claimtrack.tui.look import status_text
from claimtrack.tui.screens.picker import Picker

_SHOWN = 30


class MergePicker(Picker[int | None]):
    """Dismisses with the id of the claim to merge into this one, or None."""

    def __init__(self, store: Store, claim: ClaimView) -> None:
        super().__init__(
            f"Merge another claim into claim {claim.id}",
            one_line(claim.text, 300),
            "the chosen claim's statements and history move here · ↑↓ choose · Enter merge · Escape cancel",
        )
        self.store = store
        self.claim = claim

    def find(self, query: str) -> list[Option]:
        options = []
        for claim_id, status, text in self.store.find_claims(query, limit=_SHOWN, exclude={self.claim.id}):
            prompt = Text(f"{claim_id:>6} ")
            prompt.append_text(status_text(status))
            prompt.append("  ")
            prompt.append(one_line(text, 200))
            options.append(Option(prompt, id=f"claim-{claim_id}"))
        return options

    def chosen(self, option_id: str | None) -> None:
        if option_id and option_id.startswith("claim-"):
            self.dismiss(int(option_id.removeprefix("claim-")))
