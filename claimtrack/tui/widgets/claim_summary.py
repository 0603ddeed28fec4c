"""The top of a claim's detail: its canonical text, status, review flag and the editor's last note."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from claimtrack.i18n import text as words
from claimtrack.store import ClaimView
from claimtrack.textutil import one_line
from claimtrack.tracking.explain import claim_reasons
from claimtrack.tui.look import CONTESTED, REVIEW_STYLE, day, status_text


class ClaimSummary(Static):
    def show(self, view: ClaimView) -> None:
        text = Text()
        text.append(f"{words('claim').capitalize()} {view.id}  ", style="bold")
        text.append_text(status_text(view.status, needs_review=view.needs_review))
        if view.contested:
            text.append(f"  {CONTESTED} {words('summary_contested')}", style=REVIEW_STYLE)
        text.append(f"  {words('summary_checkworthiness', value=f'{view.checkworthiness:.2f}')}")
        if view.first_seen:
            text.append(f"  {words('summary_first_seen', day=day(view.first_seen))}")
            if view.first_by:
                text.append(f" ({one_line(view.first_by)})")
        reasons = claim_reasons(view)
        if reasons:
            text.append(f"\n{words('summary_why')}: " + one_line("; ".join(str(r) for r in reasons)), style="dim")
        text.append("\n\n")
        text.append(one_line(view.text), style="bold")
        if view.context:  # the story it came from: what its words may leave to the headline
            text.append(f"\n{words('summary_context')} “{one_line(view.context)}”", style="dim")
        if view.needs_review:
            text.append(f"\n\n! {words('summary_needs_review')}: ", style=REVIEW_STYLE)
            text.append(one_line(view.review_reason))
        if view.status_note:
            text.append(f"\n\n{words('note')}: ", style="italic")
            text.append(one_line(view.status_note))
        self.update(text)
