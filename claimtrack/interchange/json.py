"""JSON: the link rows (or ClaimReviews) as one pretty-printed document."""

from __future__ import annotations

import json


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
