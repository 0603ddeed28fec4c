"""bench/claim_judgements.py --rounds: each judged round as it was read, from tests/gold alone (no corpus)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import claim_judgements  # noqa: E402


def test_a_round_is_counted_as_it_was_read():
    rows = [
        {"round": "r1", "split": "test", "corpus": "fnc1", "made_at": "abc1234", "verdict": "yes"},
        {"round": "r1", "split": "test", "corpus": "fnc1", "made_at": "abc1234", "verdict": "no"},
        {"round": "r0", "split": "dev", "corpus": "detik", "made_at": "def5678", "verdict": "yes"},
    ]
    assert claim_judgements.rounds(rows) == [
        "r1\ttest\tfnc1\tabc1234\t1 of 2",
        "r0\tdev\tdetik\tdef5678\t1 of 1",
    ]


def test_every_stored_round_is_dev_test_or_top():
    """The split says how a round may be used (dev: rules written from it; test: measure only; top: the top 30)."""
    stored = claim_judgements.JUDGEMENTS.read_text(encoding="utf-8").splitlines()
    lines = claim_judgements.rounds([json.loads(line) for line in stored if line.strip()])
    assert lines and {line.split("\t")[1] for line in lines} <= {"dev", "test", "top"}
