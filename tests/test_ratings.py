"""Statuses as published ratings and back (data/statuses.toml)."""

from __future__ import annotations

import pytest

from claimtrack.models import STATUSES
from claimtrack.ratings import ratings, status_for_label, status_for_value


# --- ratings ------------------------------------------------------------------------------------------------------
def test_every_status_has_a_rating_and_verdicts_span_one_to_five():
    assert [r.status for r in ratings()] == list(STATUSES)
    assert {r.status: r.value for r in ratings() if r.is_verdict} == {
        "verified": 5,
        "misleading": 3,
        "disputed": 3,
        "unproven": 2,
        "false": 1,
    }


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Benar", "verified"),
        ("Sebagian Benar", "misleading"),
        ("Tidak Terbukti", "unproven"),
        ("Sesat", "misleading"),
        ("Keliru", "false"),
        ("KELIRU", "false"),
        ("Hoaks", "false"),
        ("False", "false"),
        ("Pants on Fire!", "false"),
        ("pants-fire", "false"),
        ("half-true", "misleading"),
        ("Mostly True", "verified"),
        ("Disputed", "disputed"),
        ("Not checkable", "dismissed"),
        ("Four Pinocchios", None),
    ],
)
def test_labels_from_other_checkers_map_to_our_statuses(label, status):
    assert status_for_label(label) == status


def test_numeric_ratings_are_read_on_their_own_scale():
    assert status_for_value(1, 5, 1) == "false"
    assert status_for_value(7, 7, 1) == "verified"
    assert status_for_value(0, 10, 0) == "false"
    assert status_for_value(3, 5, 1) == "misleading"
    assert status_for_value(9, 5, 1) is None
