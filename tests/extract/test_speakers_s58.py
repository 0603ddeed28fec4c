"""Speakers from session 58's blind reads, written again in sentences of our own (docs/extraction.md, session 58)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Dua ruas jalan ditutup sejak pukul 19.00," ungkap Divisi Pusat NYPD di X.', "Divisi Pusat NYPD"),
        ('"Berkas perkara sudah lengkap," kata Biro Pusat Hukum Pemprov Jabar.', "Biro Pusat Hukum Pemprov Jabar"),
    ],
)
def test_a_division_or_bureau_is_a_body_of_its_own(text: str, speaker: str) -> None:
    """Detik blind read (session 58, first round, item 14: "ungkap Divisi Pusat LAPD di X" named "Pusat LAPD",
    partial). A body's division or bureau opens a body's name (`[organizations] heads` += Divisi, Biro,
    Inspektorat), so no common word before another head is dropped from it."""
    assert [s.speaker for s in statements(text, "id")] == [speaker]
