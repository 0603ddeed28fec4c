"""Check-worthiness from session 49's blind claims read (Detik, seed 2765, a dev round: 11 of 30 sensible, 8 of the
misses opinions): a pace, a lag, a result or impartiality told with no measure ("bergerak cepat", "tertinggal jauh",
"mulai menampakkan hasil", "tanpa pandang bulu"), and "bisa saja" (might well), grade a thing rather than report it.
Written again in sentences of our own (docs/claims.md, session 49)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    "said",
    [
        "Kementerian Perdagangan bersama Bulog bergerak cepat menjalankan arahan Presiden soal stok beras",
        "industri tekstil nasional tertinggal jauh dengan Vietnam",
    ],
)
def test_a_grade_with_no_measure_is_no_claim(said: str) -> None:
    assert claims_of(f"Ketua Komisi VI DPR Andi Saputra mengatakan {said}.") == []


@pytest.mark.parametrize(
    "said",
    [
        # guards: a measure keeps the comparison, and a result told with its figure stays a claim
        "ekspor tekstil nasional tertinggal 20 persen dari Vietnam pada 2024",
        "harga beras medium turun 10 persen sejak Agustus",
    ],
)
def test_a_measured_comparison_stays_a_claim(said: str) -> None:
    assert claims_of(f"Ketua Komisi VI DPR Andi Saputra mengatakan {said}.") != []
