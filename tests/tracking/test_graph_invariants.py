"""The speaker graph after ingesting the 1,000 Detik articles (read from ../shared/corpus, never copied here):
no statement credited to someone the article does not name, no alias that names no one, no actor name that
starts with a conjunction, an adverb, an honorific or a letter cut from an acronym, one Prabowo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
import corpora  # noqa: E402
import graph_invariants  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not corpora.available(), reason="../shared/corpus is absent")]


@pytest.fixture(scope="module")
def counts(tmp_path_factory):
    db = tmp_path_factory.mktemp("detik") / "detik.db"
    graph_invariants.ingest(db)
    return graph_invariants.invariants(db)


def test_every_credited_speaker_is_named_in_the_article(counts):
    assert counts["articles"] >= 900
    assert counts["statements_credited_to_absent_actor"] == 0


def test_no_alias_is_a_cue_word_pronoun_honorific_or_function_word(counts):
    assert counts["junk_aliases"] == 0


def test_no_actor_name_starts_with_a_word_that_is_no_name(counts):
    assert counts["actor_names_with_bad_start"] == 0


def test_prabowo_is_one_person(counts):
    assert counts["prabowo_person_actors"] == 1
