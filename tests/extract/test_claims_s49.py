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


def test_a_code_with_a_digit_is_no_figure() -> None:
    """C3 of the read: "Laporan BPS soal kolaborasi program … untuk memberikan pendidikan gratis bagi siswa SMA, SMK,
    S1, S2, dan S3" is a noun phrase; the digits of "S1", "S2", "S3" (degree levels, as "G20" or "H5N1" name things)
    were taken for a figure that says something without a verb."""
    assert (
        claims_of(
            "Gubernur Andi Saputra mengatakan laporan BPS soal kolaborasi program pemerintah pusat bersama provinsi "
            "untuk memberikan beasiswa bagi mahasiswa S1, S2, dan S3."
        )
        == []
    )


def test_a_figure_among_codes_still_says_something() -> None:
    """A guard: a figure after a code is still one ("Ekonomi negara G20 rata-rata 3,1 persen")."""
    assert (
        claims_of("Menteri Keuangan Andi Saputra mengatakan pertumbuhan ekonomi negara G20 rata-rata 3,1 persen.") != []
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Direktorat Jenderal Imigrasi mengatakan lonjakan PNBP Kemenkumham terjadi karena beberapa faktor. Salah "
            "satunya inovasi layanan.",
            "id",
        ),
        (
            "Peneliti LSI Andi Saputra menyebut, ada sejumlah program Pemprov Jatim yang mendapat kepuasan tinggi di "
            "masyarakat. Salah satunya program sekolah gratis.",
            "id",
        ),
        (
            "The U.S. Department of Agriculture said the rise in U.S. beef prices since March had several causes. One "
            "of them was the drought in Texas.",
            "en",
        ),
    ],
)
def test_a_lead_in_to_a_list_is_no_claim(text: str, language: str) -> None:
    """C29 of the read: "Lonjakan PNBP terjadi karena beberapa faktor", then "Salah satunya inovasi …": the sentence
    announces what the next one says."""
    assert claims_of(text, language) == []


def test_a_figure_before_a_list_stays_a_claim() -> None:
    """A guard: a figure of its own keeps the sentence a claim, whatever follows it."""
    text = (
        "Kepala BPS Andi Saputra mengatakan ekspor beras naik 20 persen karena beberapa faktor. Salah satunya cuaca "
        "yang baik."
    )
    assert claims_of(text) == ["Ekspor beras naik 20 persen karena beberapa faktor"]
