"""Claims in and out: ClaimReview JSON-LD, CSV and JSON exports, and earlier fact-checks imported as claims.

Imports are liberal: schema.org ClaimReview from any publisher, PolitiFact's LIAR TSV, and a simple CSV (ours or
a spreadsheet's). Each verdict becomes a claim with origin "imported", its provenance, a status from
data/statuses.toml (docs/ratings.md) and a match key, so later statements that say the same thing join it.

claimreview  ClaimReview JSON-LD out and in      liar      LIAR TSV in
csv          CSV out and in                      json      JSON out
rows         the flat claim–statement rows       records   Verdict and Skipped, what every reader yields
importer     reading a file, storing verdicts    files     write_atomic
"""

from __future__ import annotations

from claimtrack.errors import InterchangeError
from claimtrack.interchange.claimreview import (
    SCHEMA,
    claim_review,
    claim_reviews,
    read_claimreview,
    verdict_is_imported,
)
from claimtrack.interchange.csv import read_csv, to_csv
from claimtrack.interchange.files import write_atomic
from claimtrack.interchange.importer import (
    FORMATS,
    NO_VERDICT,
    ImportSummary,
    detect_format,
    import_verdicts,
    read_verdicts,
)
from claimtrack.interchange.json import to_json
from claimtrack.interchange.liar import LIAR_COLUMNS, read_liar
from claimtrack.interchange.records import Skipped, Verdict
from claimtrack.interchange.rows import (
    CLAIM_COLUMNS,
    COLUMNS,
    STATEMENT_COLUMNS,
    link_rows,
)

__all__ = [
    "CLAIM_COLUMNS",
    "COLUMNS",
    "FORMATS",
    "LIAR_COLUMNS",
    "NO_VERDICT",
    "SCHEMA",
    "STATEMENT_COLUMNS",
    "ImportSummary",
    "InterchangeError",
    "Skipped",
    "Verdict",
    "claim_review",
    "claim_reviews",
    "detect_format",
    "import_verdicts",
    "link_rows",
    "read_claimreview",
    "read_csv",
    "read_liar",
    "read_verdicts",
    "to_csv",
    "to_json",
    "verdict_is_imported",
    "write_atomic",
]
