"""Where a TOML file writes each key and string: the line a problem is reported on."""

from __future__ import annotations

from claimtrack.toml_positions import Positions

TEXT = '''# a comment with "quotes" and [brackets]
[speaker]
stops = ["saat", "ketika",
         "saat"]  # the second 'saat' is on line 4
leading = 'x'

[titles.abbreviated]
"Menkes" = "Menteri Kesehatan"

[[entity]]
name = "Prabowo Subianto"

[[entity]]
name = "Sri Mulyani"
aliases = ["""Ani""", 'SMI']
records = { first = 1,
  second = 2 }
'''


def test_a_key_is_on_its_line_and_a_table_on_its_header():
    positions = Positions(TEXT)
    assert positions.line_of(("speaker", "leading")) == 5
    assert positions.line_of(("speaker",)) == 2
    assert positions.line_of(("titles", "abbreviated", "Menkes")) == 8


def test_a_repeated_word_is_found_by_its_occurrence():
    positions = Positions(TEXT)
    assert positions.line_of(("speaker", "stops"), "saat") == 3
    assert positions.line_of(("speaker", "stops"), "saat", occurrence=2) == 4
    assert positions.line_of(("speaker", "stops"), "ketika") == 3


def test_records_are_counted_from_zero_and_strings_of_every_quoting_are_read():
    positions = Positions(TEXT)
    assert positions.line_of(("entity", 0, "name")) == 11
    assert positions.line_of(("entity", 1, "name")) == 14
    assert positions.line_of(("entity", 1, "aliases"), "SMI") == 15
    assert positions.line_of(("entity", 1, "aliases"), "Ani") == 15
    assert positions.line_of(("entity", 1, "records", "second")) == 17


def test_what_is_not_written_falls_back_to_the_nearest_place_written():
    positions = Positions(TEXT)
    assert positions.line_of(("speaker", "stops"), "missing") == 3  # the key's line
    assert positions.line_of(("speaker", "nothing")) == 2  # the table's header
    assert positions.line_of(("nowhere",)) == 1
