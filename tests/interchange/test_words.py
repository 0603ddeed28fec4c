"""The importers' word lists live in data/interchange.toml; a broken file is an error, not an empty list."""

from __future__ import annotations

import pytest

from claimtrack.errors import InterchangeError
from claimtrack.interchange import words


def test_liar_circulating_words_come_from_the_data_file():
    assert {"email", "viral", "tweets"} <= words.circulating_words()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[liar]\ncirculating = ["email"]\ncirculatng = ["post"]\n', "unknown key 'circulatng'"),
        ('[lair]\ncirculating = ["email"]\n', "unknown section [lair]"),
        ('[liar]\ncirculating = ["email", "email"]\n', "lists 'email' twice"),
        ("", "[liar] circulating is missing"),
    ],
)
def test_a_broken_file_names_itself_and_the_problem(tmp_path, monkeypatch, content, problem):
    (tmp_path / "interchange.toml").write_text(content, encoding="utf-8")
    monkeypatch.setattr(words, "data_dir", lambda: tmp_path)
    words._words.cache_clear()
    try:
        with pytest.raises(InterchangeError, match="interchange.toml") as raised:
            words.circulating_words()
        assert problem in str(raised.value)
    finally:
        words._words.cache_clear()
