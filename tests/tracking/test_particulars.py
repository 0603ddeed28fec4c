"""Particulars: two texts alike in their words but giving other figures or naming other people are two claims."""

from __future__ import annotations

from claimtrack.tracking.particulars import differ, names, numbers


def test_figures_are_compared_whole():
    assert numbers("Nilai anggaran Rp 10.500.000.000 dan 371,5 triliun.") == {"10.500.000.000", "371,5"}
    assert differ("Nilai anggaran Rp 10.500.000.000", "Mereka menerima uang Rp 10.500.000", "id")
    assert not differ("Defisit APBN Rp 371,5 triliun hingga September 2025", "Defisit Rp 371,5 triliun", "id")


def test_people_named_on_both_sides_must_share_one():
    verdict = "terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana"
    assert differ(f"Terdakwa Vienna Varella {verdict}", f"Mansur {verdict}", "id")
    assert not differ("Kusnadi menerima fee 20 persen", "Para korlap memberikan 20 persen kepada Kusnadi", "id")


def test_titles_institutions_and_common_words_are_no_people():
    found = names("Menteri Keuangan Purbaya mengatakan Kementerian Keuangan dan BPS mencatat Harga naik.", "id")
    assert found == {"purbaya"}


def test_a_text_without_names_or_figures_differs_from_nothing():
    assert not differ("Harga beras naik tajam", "Purbaya mengatakan harga beras naik 10 persen", "id")


def test_entities_the_gazetteer_knows_are_left_to_the_match_key():
    # the user's own example across languages: no person named on either side
    assert not differ(
        "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia", "North Korea sent weapons to Russia", "id"
    )
    assert names("Moscow's support for Pyongyang's programme", "en") == frozenset()
