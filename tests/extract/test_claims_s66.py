"""Check-worthiness from session 66, written again in sentences of our own (docs/claims.md, session 66)."""

from __future__ import annotations

import pytest

from claimtrack.extract.checkworthy import explain


def reasons(content: str, cue: str = "mengatakan", language: str = "id") -> list[str]:
    return [reason.feature for reason in explain(content, cue, language)]


@pytest.mark.parametrize(
    "content",
    [
        "Hasil pertemuan hari Senin (20/10) lebih banyak membahas langkah awal penanganan kasus",
        "Rapat digelar pada Selasa (21/10/2025) di kantor gubernur",
    ],
)
def test_the_day_of_a_date_is_no_number(content: str) -> None:
    """Detik claim read in rounds 66-3 and 66-5 (procedure): "Hasil audiensi hari Senin (20/10) lebih banyak membahas
    …" was explained "number '20' +1.35; date or time '20/10' +0.93": the day of a date counted twice, once as a figure
    (`CheckWorthiness.numbers_in`, `_DAY_OF_DATE`)."""
    found = reasons(content)
    assert "time" in found and "number" not in found


def test_a_fraction_and_a_figure_beside_a_date_are_still_numbers() -> None:
    """A guard: "3/4 warga" is no date closed by a bracket or a year; "naik 10 persen" beside one is a figure."""
    assert "number" in reasons("Sebanyak 3/4 warga desa terdampak banjir")
    assert "quantity" in reasons("Harga beras naik 10 persen pada Senin (20/10)")
