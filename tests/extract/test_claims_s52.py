"""Claims from session 52's reads (Detik dev round `session52-detik_dev`, held-out round `session52-detik_test`): what
is not a claim a reader can check on its own, written again in sentences of our own (docs/claims.md, session 52)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    "said",
    [
        "pembentukan Badan Amil Zakat Nasional di tingkat provinsi saat ini sudah tepat",
        "pembagian bantuan langsung kepada warga di kantor desa sudah merupakan skema terbaik yang bisa dijalankan",
    ],
)
def test_a_verdict_of_fitness_or_the_best_with_no_measure_is_no_claim(said: str) -> None:
    """Held-out read C1 and C6: "Pembentukan Kementerian Haji dan Umrah saat ini sudah tepat", "… sudah merupakan
    skema terbaik yang bisa dijalankan" were claims; both grade with no measure (`[checkworthiness] evaluation`)."""
    assert claims_of(f"Anggota DPRD Jawa Barat Rudi Hartono mengatakan {said}.") == []


def test_a_ranking_named_with_capitals_stays_a_claim() -> None:
    """Guard: "Sekolah Terbaik" written with capitals is a title a ranking gives (`checkworthy._NameWords`)."""
    assert claims_of(
        "Kepala Kantor Kemenag Rudi Hartono mengatakan MAN 3 Bandung menjadi Sekolah Terbaik berdasarkan nilai UTBK "
        "2025 dengan rata-rata 712 poin."
    ) == ["MAN 3 Bandung menjadi Sekolah Terbaik berdasarkan nilai UTBK 2025 dengan rata-rata 712 poin"]


def test_a_count_after_the_definite_article_past_a_capitalised_adjective_points_back() -> None:
    """FNC-1 held-out read C13: "The three Afghan soldiers have been located at the Canadian border, apparently
    seeking asylum" was a claim; which three, the article said before. "The three men …" was read so
    (`Propositions._definite_named_before`); a capitalised word between the count and the noun hid it."""
    text = (
        "Three soldiers from the Afghan army vanished during a trip to a mall on Saturday. "
        "The three Afghan soldiers have been located at the Canadian border, police chief Ahmad Wali said on Monday."
    )
    assert claims_of(text, "en") == []


def test_a_count_past_an_adjective_named_in_apposition_stays() -> None:
    """Guard: named right after the count, the set says itself."""
    text = (
        "Three soldiers from the Afghan army vanished during a trip to a mall on Saturday. "
        "The three Afghan soldiers, identified as Major Jan Arash and Captain Noor Aminyar, were taken into custody "
        "at the Rainbow Bridge, police chief Ahmad Wali said on Monday."
    )
    assert len(claims_of(text, "en")) == 1
