"""The interface language and local time: words per language, plurals, statuses, and times in $TZ."""

from __future__ import annotations

import re
import tomllib
from datetime import datetime, timezone

import pytest

from claimtrack import i18n
from claimtrack.errors import ConfigError
from claimtrack.localtime import local, zone_name
from claimtrack.resources import data_dir


@pytest.fixture
def language(monkeypatch):
    monkeypatch.delenv("CLAIMTRACK_LANG", raising=False)
    yield i18n.set_language
    i18n.set_language(None)


def test_english_by_default_indonesian_by_option_or_environment(language, monkeypatch):
    assert i18n.language() == "en" and i18n.status_word("in_review") == "in review"
    monkeypatch.setenv("CLAIMTRACK_LANG", "id")
    assert i18n.status_word("in_review") == "sedang diperiksa" and i18n.text("history_heading") == "Riwayat"
    language("en")
    assert i18n.text("history_heading") == "History"
    with pytest.raises(ConfigError, match="'fr' is not known"):
        language("fr")


def test_counts_take_the_right_form(language):
    assert (i18n.count(1, "claim"), i18n.count(2, "claim"), i18n.count(0, "statement")) == (
        "1 claim",
        "2 claims",
        "0 statements",
    )
    language("id")
    assert (i18n.count(1, "claim"), i18n.count(2, "claim")) == ("1 klaim", "2 klaim")


def test_every_indonesian_text_has_an_english_original_and_fills_the_same_values():
    with open(data_dir() / "interface.toml", "rb") as handle:
        raw = tomllib.load(handle)
    assert set(raw["id"]) <= set(raw["en"])
    for key, words in raw["id"].items():
        assert sorted(re.findall(r"{(\w+)", words)) == sorted(re.findall(r"{(\w+)", raw["en"][key])), key


def test_times_show_in_the_zone_of_tz(monkeypatch):
    noon_utc = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    assert local(noon_utc).hour == 19 and zone_name(noon_utc) == "WIB"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert local(noon_utc).hour == 12
    monkeypatch.delenv("TZ")
    assert local(datetime(2024, 5, 1, 12, 0)).hour == 12  # naive: stored UTC


def test_english_plurals_in_the_ingest_lines():
    from claimtrack.textutil import plural

    assert (plural(1, "statement"), plural(8, "statement"), plural(1, "new claim")) == (
        "1 statement",
        "8 statements",
        "1 new claim",
    )
