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
