"""Every error a user can cause is one line and exit status 1, whichever part of claimtrack raised it."""

from __future__ import annotations

import pytest

from claimtrack import errors


@pytest.mark.parametrize(
    "error",
    [
        errors.InterchangeError,
        errors.RatingsError,
        errors.StoreError,
        errors.ConfigError,
        errors.IngestError,
        errors.LexiconError,
        errors.ClaimtrackError,
    ],
)
def test_a_claimtrack_error_is_one_line_not_unexpected(cli, monkeypatch, error):
    def broken(*args, **kwargs):
        raise error("data/statuses.toml: something the user can fix\nsecond line")

    monkeypatch.setattr("claimtrack.interchange.read_verdicts", broken)
    result = cli("import-claims", "whatever.json")
    assert result.exit_code == 1
    assert result.stderr == "error: data/statuses.toml: something the user can fix second line\n"


def test_every_error_derives_from_the_root_and_stays_where_it_was():
    from claimtrack.config import ConfigError
    from claimtrack.ingest import IngestError
    from claimtrack.interchange import InterchangeError
    from claimtrack.lexicon import LexiconError
    from claimtrack.ratings import RatingsError
    from claimtrack.store import Conflict, NotFound, StoreError

    for error in (
        ConfigError,
        IngestError,
        InterchangeError,
        LexiconError,
        RatingsError,
        StoreError,
        NotFound,
        Conflict,
    ):
        assert issubclass(error, errors.ClaimtrackError)
    assert issubclass(InterchangeError, ValueError) and issubclass(IngestError, ValueError)
