"""Claims from session 57, written again in sentences of our own (docs/claims.md, session 57)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, statements


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Leila Haddad accused the mayor of Tripoli of hiding a $4 million audit from voters in 2023 and 2024.",
            "accused",
        ),
        (
            "China's Foreign Ministry blamed the United States for stoking tensions in the South China Sea with 12 "
            "naval drills in March.",
            "blamed",
        ),
        (
            "Senator Ruth Alvarez criticized the Port of Oakland for raising fees by 40 percent in January.",
            "criticized",
        ),
        (
            "Mayor Ken Obi praised the Lagos fire brigade for rescuing 31 workers from the warehouse fire on Sunday.",
            "praised",
        ),
    ],
)
def test_whom_someone_judged_is_no_claim(text: str, cue: str) -> None:
    """FNC-1 claim rounds (session 57, second): "Janice Dickinson accused Cosby of assault after …" made the claim
    "Cosby of assault after comedian Hannibal Buress called Cosby a rapist …", "blaming the West for stoking tensions"
    the claim "The West for stoking tensions" — both judged fragments. A cue of judging someone takes a noun phrase
    and what for (`[claims] judging_cues`), never a clause: the statement stays, with its content; no claim."""
    assert [s.cue for s in statements(text, "en")] == [cue]
    assert claims_of(text, "en") == []


def test_a_cue_of_saying_after_a_judgement_still_makes_its_claim() -> None:
    """Guard: the words said with a cue of their own ("…, saying …") are a proposition like any other."""
    text = "Senator Ruth Alvarez said the Port of Oakland raised fees by 40 percent in January."
    assert claims_of(text, "en") == ["The Port of Oakland raised fees by 40 percent in January"]


@pytest.mark.parametrize(
    "content",
    [
        "Saat ini DPRD sedang membahas penyempurnaan APBD Perubahan 2025",
        "Petugas sudah mendatangi TKP dan mengumpulkan keterangan tiga saksi",
        "KPK menjadwalkan pemeriksaan terhadap dua saksi kasus pengadaan alat kesehatan tahun 2022",
        "Hasil audiensi hari Senin lebih banyak membahas langkah awal penanganan banjir",
    ],
)
def test_meeting_discussing_scheduling_visiting_count_as_procedure(content: str) -> None:
    """Detik claim rounds (dev, sessions 52–56: "membahas", "dibahas", "pembahasan", "audiensi" in 14 judged claims,
    none sensible; "mendatangi" in 6, none): a step on the way to an outcome, not the outcome — weighed as procedure
    (`[checkworthiness] procedure`), as "berkoordinasi" and "menindaklanjuti" are."""
    from claimtrack.extract.checkworthy import CheckWorthiness
    from claimtrack.lexicon import lexicon

    reasons = CheckWorthiness(lexicon("id")).reasons(content, "mengatakan")
    assert "procedure" in {reason.feature for reason in reasons}, [str(r) for r in reasons]


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard reported the outline of a giant whale in the mouth of the Dover harbour - dwarfing the "
        "fishing boats along the nearby pier.",
        "The port authority reported the wreck of a cargo ship near the harbour of Dover with containers from three "
        "countries in March 2024.",
    ],
)
def test_a_noun_phrase_with_plural_nouns_is_no_claim(text: str) -> None:
    """FNC-1 claim round (session 57, second, C16): "The outline of a crab in the mouth of the Kent harbour - dwarfing
    the fishing boats resting on the nearby pier" (what an image showed) was a claim, judged a fragment: a noun phrase
    after "the" is told from a clause by a verb, and "boats" in "-s" was taken for one. A word in "-s" after a
    preposition, an article, a possessive or a word in "-ing" is a plural noun — unless a word that may be its verb
    follows it."""
    assert claims_of(text, "en") == []


def test_a_plural_subject_with_its_verb_still_makes_a_claim() -> None:
    """Guard: "The billionaires control more than 4 percent …" — a plural noun after "the", then its verb in the
    present, which shows no "-s"."""
    text = "Forbes reported the billionaires control more than 4 percent of the wealth on the planet."
    assert claims_of(text, "en") == ["The billionaires control more than 4 percent of the wealth on the planet"]


def test_a_noun_phrase_whose_only_verb_is_in_a_relative_is_no_claim() -> None:
    """FNC-1 claim round (session 57, second, C30): "Tim Cook revealed the timing of the release of the Apple Watch
    during a conference call with analysts, clarifying the exact month of the device's launch, which Apple previously
    said would be in 'early 2015.'" made a claim of the noun phrase: its verb ("said", "would") stands in a relative
    clause set off by a comma, which tells of a noun, not of the sentence's subject."""
    from claimtrack.tracking.claim_rules import claim_worthy

    text = (
        "Lena Hart revealed the timing of the launch of the Nova tablet during a call with investors, confirming the "
        "exact month of the launch, which Apex previously said would be in early 2025."
    )
    made = [p.text for s in statements(text, "en") for _, p in claim_worthy(s)]
    assert made == [], made


def test_a_subject_with_a_relative_set_off_keeps_its_verb() -> None:
    """Guard: "The Apex steel plant, which opened in 1990, employs 4,000 workers" — the verb after the relative is the
    sentence's."""
    text = "Mayor Ken Obi said the Apex steel plant, which opened in 1990, employs 4,000 workers in Lagos."
    assert claims_of(text, "en") == ["The Apex steel plant, which opened in 1990, employs 4,000 workers in Lagos"]
