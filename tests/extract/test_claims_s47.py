"""Claim wording from session 47's blind claims read (Detik, seed 2739): a sentence opened by an adverb and an active
verb has left its subject out ("Juga mendapatkan fakta-fakta lain …"), and a verb of occurrence after it still takes
its subject after it ("Juga telah terbit Perpres …"). Written again in sentences of our own (docs/claims.md, session
47)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def test_an_adverb_then_an_active_verb_leaves_the_subject_out() -> None:
    assert (
        claims_of(
            '"Juga mendapatkan fakta-fakta lain dari rekaman CCTV di lokasi kejadian pada 3 September 2025," kata '
            "Ketua Komnas HAM Anis Hidayah."
        )
        == []
    )


def test_a_verb_of_occurrence_takes_its_subject_after_it() -> None:
    """A guard: "terbit", as "terjadi", has its subject after it (`[claims] existential`)."""
    assert claims_of(
        '"Juga telah terbit Perpres Nomor 66 Tahun 2025 tentang perlindungan negara terhadap jaksa," kata Panglima TNI '
        "Agus Subiyanto."
    ) == ["Juga telah terbit Perpres Nomor 66 Tahun 2025 tentang perlindungan negara terhadap jaksa"]


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            '"Anggaran perbaikan Jembatan Cibeureum mencapai Rp 2 miliar pada 2025. Investor global dan domestik '
            'sebenarnya memiliki minat yang kuat untuk berinvestasi di Kabupaten Bogor," kata Bupati Bogor Rudy '
            "Susmanto.",
            "id",
            ["Anggaran perbaikan Jembatan Cibeureum mencapai Rp 2 miliar pada 2025"],
        ),
        (
            '"Secretary Clinton voted for that war in 2002. Cultural conservatives and libertarians have serious '
            'issues with Donald Trump," Bernie Sanders said.',
            "en",
            ["Secretary Clinton voted for that war in 2002"],
        ),
    ],
)
def test_a_sentence_of_a_longer_quotation_needs_a_figure_a_date_or_an_event(
    text: str, language: str, claims: list[str]
) -> None:
    """A quotation of several sentences: each sentence that gives no figure, date or event ("… have serious issues
    with Donald Trump") starts no claim (`[claims] pieces_need_particulars`)."""
    assert claims_of(text, language) == claims


def test_an_event_without_a_figure_is_a_particular() -> None:
    """A guard: a sentence that tells an event ("voted for that war") is checkable without a number."""
    assert claims_of(
        '"We have talked to everyone involved in the campaign. Secretary Clinton voted for that war," Bernie Sanders '
        "said.",
        "en",
    ) == ["Secretary Clinton voted for that war"]


def test_a_sentence_on_its_own_needs_no_particulars() -> None:
    """A guard: one sentence said is judged by its score alone, as before."""
    assert claims_of(
        '"Investor global dan domestik sebenarnya memiliki minat yang kuat untuk berinvestasi di Kabupaten Bogor," '
        "kata Bupati Bogor Rudy Susmanto."
    ) == ["Investor global dan domestik sebenarnya memiliki minat yang kuat untuk berinvestasi di Kabupaten Bogor"]


def test_a_newsroom_that_wants_every_sentence_turns_the_rule_off(tmp_path, monkeypatch) -> None:
    """`claims.pieces_need_particulars = false` in the user's config file: every sentence check-worthy enough starts
    a claim again."""
    from claimtrack.config import settings

    config = tmp_path / "config.toml"
    config.write_text("[claims]\npieces_need_particulars = false\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    try:
        assert claims_of(
            '"Secretary Clinton voted for that war in 2002. Cultural conservatives and libertarians have serious '
            'issues with Donald Trump," Bernie Sanders said.',
            "en",
        ) == [
            "Secretary Clinton voted for that war in 2002",
            "Cultural conservatives and libertarians have serious issues with Donald Trump",
        ]
    finally:
        monkeypatch.delenv("CLAIMTRACK_CONFIG")
        settings.cache_clear()
