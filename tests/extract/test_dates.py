"""Dates: the temporal phrase of an attribution, resolved against the publication date.

Publication is Thursday 19 October 2023 throughout; each expected date below was worked out by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extract.dates import DateFinder
from claimtrack.lexicon import lexicon
from tests.extract.helpers import PUBLISHED, only

THURSDAY = PUBLISHED


def resolve(phrase: str, language: str, published: date | None = THURSDAY) -> date | None:
    finder = DateFinder(lexicon(language))
    found = finder.find(phrase)
    assert len(found) == 1 and found[0].text == phrase, found
    return finder.resolve(found[0], published)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Rabu", date(2023, 10, 18)),  # the latest Wednesday on or before publication
        ("Kamis", date(2023, 10, 19)),  # publication day itself
        ("Jumat", date(2023, 10, 13)),
        ("pada Rabu", date(2023, 10, 18)),
        ("Senin lalu", date(2023, 10, 16)),
        ("Kamis lalu", date(2023, 10, 12)),  # "lalu": strictly before publication
        ("Kamis (7/9/2023)", date(2023, 9, 7)),  # an explicit date wins over the weekday
        ("kemarin", date(2023, 10, 18)),
        ("2 hari lalu", date(2023, 10, 17)),
        ("dua hari lalu", date(2023, 10, 17)),
        ("seminggu lalu", date(2023, 10, 12)),
        ("pekan lalu", date(2023, 10, 12)),
        ("sepekan lalu", date(2023, 10, 12)),
        ("bulan lalu", date(2023, 9, 19)),
        ("7 Oktober 2023", date(2023, 10, 7)),
        ("12 Desember", date(2022, 12, 12)),  # no year, later in the year than publication: last year's
    ],
)
def test_indonesian_phrases(phrase, expected):
    assert resolve(phrase, "id") == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Wednesday", date(2023, 10, 18)),
        ("on Wednesday", date(2023, 10, 18)),
        ("last Thursday", date(2023, 10, 12)),
        ("yesterday", date(2023, 10, 18)),
        ("last week", date(2023, 10, 12)),
        ("3 days ago", date(2023, 10, 16)),
        ("Oct. 2", date(2023, 10, 2)),
        ("October 2, 2023", date(2023, 10, 2)),
        ("10/2/2023", date(2023, 10, 2)),  # English numeric dates are month first
    ],
)
def test_english_phrases(phrase, expected):
    assert resolve(phrase, "en") == expected


def test_indonesian_numeric_dates_are_day_first():
    assert resolve("10/2/2023", "id") == date(2023, 2, 10)


def test_without_a_publication_date_only_full_dates_resolve():
    assert resolve("Rabu", "id", published=None) is None
    assert resolve("kemarin", "id", published=None) is None
    assert resolve("7 Oktober 2023", "id", published=None) == date(2023, 10, 7)


def test_vague_phrases_are_found_but_never_dated():
    assert resolve("baru-baru ini", "id") is None


def test_a_day_the_calendar_lacks_is_no_date():
    assert resolve("31/2/2023", "id") is None


# --- said_on of a statement ---------------------------------------------------------------------------------
def test_said_on_comes_from_the_attribution_not_the_content():
    statement = only("Gedung Putih pekan lalu mengatakan Korea Utara mengirim senjata pada Senin.")
    assert (statement.date_text, statement.said_on) == ("pekan lalu", date(2023, 10, 12))


def test_said_on_after_the_cue():
    statement = only('"Stok beras cukup," kata Budi Santoso di Jakarta, Rabu (18/10/2023).')
    assert statement.said_on == date(2023, 10, 18)


def test_no_temporal_phrase_no_date():
    statement = only('"Stok beras cukup," kata Budi Santoso.')
    assert (statement.said_on, statement.date_text) == (None, "")


def test_an_english_statement_date():
    statement = only("The ministry said on Wednesday that rice stocks were sufficient.", "en")
    assert statement.said_on == date(2023, 10, 18)


# --- never after publication ----------------------------------------------------------------------------------------
def test_a_year_mistyped_in_a_dated_weekday_is_read_by_the_weekday():
    finder = DateFinder(lexicon("id"))
    phrase = finder.find("Senin (20/10/2026)")[0]
    assert finder.resolve(phrase, date(2025, 10, 21)) == date(2025, 10, 20)  # 20 Oct 2025 was a Monday
    phrase = finder.find("Senin (13/10/3025)")[0]
    assert finder.resolve(phrase, date(2025, 10, 13)) == date(2025, 10, 13)


def test_a_day_after_publication_is_no_day_a_statement_was_made():
    finder = DateFinder(lexicon("id"))
    assert finder.resolve(finder.find("9 Juli 2025")[0], date(2025, 7, 7)) is None
    assert finder.resolve(finder.find("Selasa (22/10/2025)")[0], date(2025, 10, 21)) == date(2025, 10, 22)


@pytest.mark.parametrize(
    ("language", "text"), [("id", "Oktober 2021 adalah waktu yang ideal"), ("en", "October 2021 was hard")]
)
def test_a_month_before_a_year_is_never_read_as_a_day(language, text):
    found = DateFinder(lexicon(language)).find(text)
    assert [text[p.start : p.end] for p in found] == [text.split()[0] + " 2021"]


def test_a_dated_weekday_without_its_year_takes_the_year_the_weekday_fits():
    # Detik own gold (test split): "… di Gedung DPR RI, Senayan, Jakarta, Rabu (15/5)." in an article of October 2025
    # recalling a hearing of May 2024. 15 May 2025 was a Thursday, 15 May 2024 a Wednesday.
    finder = DateFinder(lexicon("id"))
    published = date(2025, 10, 22)
    assert finder.resolve(finder.find("Rabu (15/5)")[0], published) == date(2024, 5, 15)
    assert finder.resolve(finder.find("Senin (20/10)")[0], published) == date(2025, 10, 20)  # this year's fits
    # 12 May was a Monday in 2025 and a Sunday in 2024: a Friday fits neither year, so no day is given
    assert finder.resolve(finder.find("Jumat (12/5)")[0], published) is None
    finder = DateFinder(lexicon("en"))
    assert finder.resolve(finder.find("Wednesday, May 15")[0], published) == date(2024, 5, 15)
