"""The flat export: one row per claim–statement link, shared by the CSV and JSON formats."""

from __future__ import annotations

from collections.abc import Iterable

from claimtrack.interchange.records import day
from claimtrack.ratings import rating
from claimtrack.store import ClaimView, StatementView
from claimtrack.textutil import inert

CLAIM_COLUMNS = (
    "claim_id",
    "claim",
    "status",
    "rating",
    "rating_value",
    "status_note",
    "needs_review",
    "review_reason",
    "checkworthiness",
    "first_seen",
    "language",
    "previously_checked",
    "provenance",
)
STATEMENT_COLUMNS = (
    "relation",
    "speaker",
    "speaker_kind",
    "speaker_role",
    "said_on",
    "quote",
    "quote_kind",
    "source",
    "outlet",
    "source_url",
    "published",
    "statement_id",
    "source_id",
)
COLUMNS = CLAIM_COLUMNS + STATEMENT_COLUMNS


def _claim_columns(view: ClaimView) -> dict:
    verdict = rating(view.status)
    return {
        "claim_id": view.id,
        "claim": inert(view.text),
        "status": view.status,
        "rating": verdict.alternate_name if verdict.is_verdict else "",
        "rating_value": verdict.value or None,
        "status_note": inert(view.status_note),
        "needs_review": view.needs_review,
        "review_reason": inert(view.review_reason),
        "checkworthiness": round(view.checkworthiness, 3),
        "first_seen": day(view.first_seen),
        "language": view.language,
        "previously_checked": view.origin == "imported",
        "provenance": inert(view.provenance),
    }


def _statement_columns(s: StatementView) -> dict:
    return {
        "relation": s.relation,
        "speaker": inert(s.speaker),
        "speaker_kind": s.speaker_kind,
        "speaker_role": inert(s.speaker_role),
        "said_on": day(s.said_on),
        "quote": inert(s.content),
        "quote_kind": s.quote,
        "source": inert(s.source),
        "outlet": inert(s.outlet),
        "source_url": inert(s.url),
        "published": day(s.published),
        "statement_id": s.id,
        "source_id": s.source_id,
    }


def link_rows(views: Iterable[ClaimView]) -> list[dict]:
    """One row per claim–statement link; a claim without statements gets one row with those columns empty."""
    rows = []
    for view in views:
        claim = _claim_columns(view)
        rows += [{**claim, **_statement_columns(s)} for s in view.statements] or [
            {**claim, **dict.fromkeys(STATEMENT_COLUMNS)}
        ]
    return rows
