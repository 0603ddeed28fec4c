"""Claims from session 56, written again in sentences of our own (docs/claims.md, session 56)."""

from __future__ import annotations

from tests.extract.helpers import claims_of, statements


def test_a_result_opened_by_sehingga_keeps_its_own_clause() -> None:
    """Detik (kemiskinan ekstrem): "Sehingga kemiskinan ekstrem Maret 2025 turun …" — "sehingga" tells a result after
    its cause, said before; with a subject of its own after it the clause is checkable alone, without the word
    (`[claims] discourse_markers`)."""
    text = (
        '"Sehingga angka pengangguran terbuka di Kabupaten Garut turun 2 persen pada Agustus 2025," kata Bupati Garut '
        "Abdusy Syakur Amin."
    )
    assert claims_of(text) == ["Angka pengangguran terbuka di Kabupaten Garut turun 2 persen pada Agustus 2025"]


def test_a_result_with_no_subject_of_its_own_is_no_claim() -> None:
    """Detik round (session 56), C27: "Sehingga menyebabkan banjir setinggi lutut orang dewasa …" — what caused the
    flood is in the sentence before; the clause left opens with its verb, and no reader can check it alone."""
    text = (
        '"Hujan turun sejak sore. Sehingga menyebabkan banjir setinggi 30 sentimeter di Jalan Kaligawe," kata Kepala '
        "BPBD Semarang Endro Pudyo Martanto."
    )
    assert not any(claim.startswith(("Sehingga", "Menyebabkan")) for claim in claims_of(text))


def test_a_topic_with_its_relative_clause_is_still_a_topic() -> None:
    """Detik (judged "fragment" in four rounds): "Harris Turino menyoroti sejumlah direktorat jenderal … yang
    menyampaikan paparan usulan anggaran di 2026 mendatang" — a cue that takes a topic (`[cues] topic_cues`) took a
    noun phrase and the relative clause that says which; no words said, no statement, no claim."""
    text = (
        "Anggota Komisi XI DPR Budi Hartono menyoroti sejumlah badan di bawah Kementerian Keuangan yang "
        "menyampaikan usulan anggaran di 2026 mendatang."
    )

    assert statements(text) == []


def test_a_topic_cue_with_a_clause_after_the_relative_still_says_something() -> None:
    """Guard: after the relative's verb, a word that opens a predicate ("sebenarnya hanya terjadi …") shows a clause,
    whose subject the relative describes: words said."""

    text = (
        "Menteri Kesehatan Budi Santoso menyoroti kasus keracunan yang sempat mencuat sebenarnya hanya terjadi di "
        "sebagian kecil wilayah."
    )
    assert len(statements(text)) == 1


def test_a_topic_whose_relative_holds_a_chain_of_verbs_and_a_nested_relative_is_still_a_topic() -> None:
    """Detik round (session 56, fifth), C29: "menyoroti Ditjen Pengelolaan Pembiayaan dan Risiko (PPR) yang bertugas
    menyelenggarakan perumusan …, yang meliputi pinjaman …" — two verbs in a row are the relative's one chain, and a
    relative inside it says more of the noun phrase: a topic, no words said."""
    text = (
        "Anggota DPR Budi Hartono menyoroti Direktorat Jenderal Anggaran yang bertugas menyelenggarakan perumusan "
        "kebijakan di bidang anggaran, yang meliputi belanja pusat dan daerah."
    )
    assert statements(text) == []
