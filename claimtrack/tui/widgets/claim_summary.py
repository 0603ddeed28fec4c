"""The top of a claim's detail: its canonical text, status, review flag and the editor's last note."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from claimtrack.store import ClaimView
from claimtrack.textutil import one_line
from claimtrack.tracking.explain import claim_reasons
from claimtrack.tui.look import CONTESTED, REVIEW_STYLE, day, status_text


class ClaimSummary(Static):
    def show(self, view: ClaimView) -> None:
        text = Text()
        text.append(f"Claim {view.id}  ", style="bold")
        text.append_text(status_text(view.status, needs_review=view.needs_review))
        if view.contested:
            text.append(f"  {CONTESTED} contested", style=REVIEW_STYLE)
        text.append(f"  check-worthiness {view.checkworthiness:.2f}")
        if view.first_seen:
            text.append(f"  first seen {day(view.first_seen)}")
            if view.first_by:
                text.append(f" ({one_line(view.first_by)})")
        reasons = claim_reasons(view)
        if reasons:
            text.append("\nwhy: " + one_line("; ".join(str(r) for r in reasons)), style="dim")
        text.append("\n\n")
        text.append(one_line(view.text), style="bold")
        if view.needs_review:
            text.append("\n\n! needs review: ", style=REVIEW_STYLE)
            text.append(one_line(view.review_reason))
        if view.status_note:
            text.append("\n\nnote: ", style="italic")
            text.append(one_line(view.status_note))
        self.update(text)
