"""The one status vocabulary: data/statuses.toml as the code reads it, and a broken file reported, not guessed."""

from __future__ import annotations

import pytest

from claimtrack import statuses
from claimtrack.errors import RatingsError
from claimtrack.resources import data_dir


def test_the_vocabulary_in_triage_order_with_colours_labels_keys_and_report_order():
    names = statuses.names()
    assert names == ("unverified", "in_review", "verified", "misleading", "disputed", "unproven", "false", "dismissed")
    assert all(statuses.colour(name) for name in names) and statuses.colour("no-such-status") is None
    assert statuses.get("verified").label("id") == "Benar" and statuses.get("verified").label("en") == "True"
    assert statuses.get("in_review").title == "in review"
    assert [key for key, _ in statuses.marking_keys()] == ["v", "d", "f", "m", "u", "r", "x"]
    assert sorted(statuses.report_order()) == sorted(names)


@pytest.fixture
def broken_statuses(tmp_path, monkeypatch):
    """Write a statuses.toml (the shipped one, edited) and read it instead of the shipped one."""

    def write(edit):
        (tmp_path / "statuses.toml").write_text(
            edit((data_dir() / "statuses.toml").read_text(encoding="utf-8")), encoding="utf-8"
        )
        monkeypatch.setattr(statuses, "data_dir", lambda: tmp_path)
        statuses.vocabulary.cache_clear()
        statuses._by_name.cache_clear()

    yield write
    statuses.vocabulary.cache_clear()
    statuses._by_name.cache_clear()


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda text: text.replace('colour = "#5faf5f"', 'color = "#5faf5f"'), "unknown key 'color'"),
        (lambda text: text.replace('name = "dismissed"', 'name = "false"'), "status 'false' is described twice"),
        (lambda text: text.replace('x = "dismissed"', 'x = "dismised"'), "'dismised' is not a status"),
        (lambda text: text.replace("report_order = [", "report_ordr = ["), "unknown key 'report_ordr'"),
    ],
)
def test_a_broken_file_is_an_error_naming_the_file_and_the_problem(broken_statuses, edit, problem):
    broken_statuses(edit)
    with pytest.raises(RatingsError, match="statuses.toml") as raised:
        statuses.names()
    assert problem in str(raised.value)
