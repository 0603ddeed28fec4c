"""Why a claim ranks where it does: the check-worthiness reasons of the statement that gave it its score."""

from __future__ import annotations

from claimtrack.extract.checkworthy import Reason, explain
from claimtrack.store import ClaimView


def claim_reasons(view: ClaimView) -> list[Reason]:
    """The reasons of the claim's most check-worthy asserting statement (its own text for an imported claim)."""
    statements = [s for s in view.statements if s.relation in ("asserts", "supports")]
    if not statements:
        return explain(view.text, "", view.language)
    best = max(statements, key=lambda s: explain_score(s.content, s.cue, view.language))
    return explain(best.content, best.cue, view.language)


def explain_score(content: str, cue: str, language: str) -> float:
    return sum(reason.weight for reason in explain(content, cue, language))
