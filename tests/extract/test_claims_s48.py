"""Claim wording from session 48's blind claims read (Detik, seed 2749, a dev round): three noun phrases were claims
because a word in them looked like a predicate — a verb in brackets ("Hasil geledah (disita) uang, catatan, …"), an
adverb right after a relative clause's verb ("… kasus korupsi yang berkaitan langsung dengan …"), a span of years read
as a figure ("… Rencana Pembangunan … 2025-2045"). Written again in sentences of our own (docs/claims.md, session
48)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        # a verb in brackets is a gloss
        "Kepala Kejari Bogor Andi Saputra mengatakan hasil geledah (disita) uang, catatan, BBE (barang bukti "
        "elektronik) dan dokumen PT Sinar Jaya.",
        # an adverb after the verb of a relative clause is still the clause's
        "Jaksa Agung Muda Andi Saputra mengatakan sejumlah penindakan kasus korupsi yang berkaitan langsung dengan "
        "hajat hidup masyarakat luas yang ditangani Kejaksaan Agung pada 2025.",
        # a span of years is a period, no figure that says something
        "Ketua DPRD Bogor Andi Saputra mengatakan dua Raperda, yakni Raperda tentang Pengelolaan Sampah serta Raperda "
        "tentang Rencana Pembangunan Kota Bogor 2025-2045.",
    ],
)
def test_a_noun_phrase_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("said", "claim"),
    [
        # guards: a verb after the adverb is the sentence's, and so is an aspect word before an adjective
        (
            "warga Desa Cibeureum yang terdampak banjir langsung mengungsi ke 12 posko pada Senin (3/11)",
            "Warga Desa Cibeureum yang terdampak banjir langsung mengungsi ke 12 posko pada Senin (3/11)",
        ),
        (
            "harga beras di Pasar Induk Cipinang yang ditetapkan pedagang masih tinggi, yakni Rp 15.000 per kilogram",
            "Harga beras di Pasar Induk Cipinang yang ditetapkan pedagang masih tinggi, yakni Rp 15.000 per kilogram",
        ),
        # a year span inside a sentence with a verb and a figure
        (
            "anggaran Rencana Pembangunan Kota Bogor 2025-2045 mencapai Rp 4 triliun",
            "Anggaran Rencana Pembangunan Kota Bogor 2025-2045 mencapai Rp 4 triliun",
        ),
    ],
)
def test_a_sentence_with_its_predicate_stays_a_claim(said: str, claim: str) -> None:
    """Guards: what the three rules above leave a claim."""
    assert claims_of(f"Kepala Dinas Sosial Bogor Andi Saputra mengatakan {said}.") == [claim]


def test_a_number_in_a_name_is_no_figure() -> None:
    """Detik dev read, seed 2749: "Pandemi Covid-19 dan berbagai krisis global … mengguncang ekonomi dunia, namun Jawa
    Tengah mampu bertahan berkat semangat kebersamaan …" (judged an opinion) scored as giving a figure, "19"."""
    from claimtrack.extract.checkworthy import CheckWorthiness

    assert [m.group() for m in CheckWorthiness.numbers_in("Pandemi Covid-19 dan jet F-16 itu")] == []
    assert [m.group() for m in CheckWorthiness.numbers_in("HUT ke-80 RI, kasus COVID-19 naik 5%")] == ["80", "5"]


@pytest.mark.parametrize(
    "said",
    [
        "sinergi pengawasan antara Kanwil DJP Jawa Barat dan pemerintah daerah telah memberikan hasil nyata",
        "program Kementerian ESDM telah memberikan dampak nyata bagi warga Kabupaten Bogor",
    ],
)
def test_something_tangible_is_an_evaluation(said: str) -> None:
    """Detik dev read, seed 2749: "… telah memberikan hasil nyata" (judged an opinion in three reads); "nyata",
    tangible, after its noun praises (`[checkworthiness] evaluation`, as "bukti nyata", "wujud nyata" were)."""
    assert claims_of(f"Kepala Kanwil DJP Jawa Barat Andi Saputra mengatakan {said}.") == []
