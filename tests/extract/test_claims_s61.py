"""Claims from session 61, written again in sentences of our own (docs/claims.md, session 61)."""

from __future__ import annotations

from tests.extract.helpers import claims_of, statements


def test_padahal_opening_a_quotation_is_left_out_of_its_claim() -> None:
    """Detik blind claim read 2 of session 61 (seed 3044, C18: "Padahal Euro IV hanya membolehkan 50 parts per million
    (ppm)", judged a fragment). "Padahal" sets a fact against what went before, as "namun" does: a discourse word the
    claim leaves out (`[claims] discourse_markers`), the proposition standing on its own."""
    text = '"Padahal standar Euro IV hanya membolehkan 50 ppm sulfur," kata Ahmad Safrudin, Direktur Eksekutif KPBB.'
    assert claims_of(text, "id") == ["Standar Euro IV hanya membolehkan 50 ppm sulfur"]


def test_a_noun_that_ends_an_aside_before_said_is_no_cue() -> None:
    """FNC-1 blind claim read 2 of session 61 (seed 3044, C12: "Said the administration merely explained what the law
    is …", judged a fragment). "McDonough, making the rounds of the Sunday talk shows, said …": "shows" is a noun as
    often as a verb (`[cues] noun_forms`); a comma and another cue after it end the aside it closes
    (`CueContext._cue_word_after`). Not a participle after the comma ("…, the company reports, adding that …")."""
    text = (
        "White House Chief of Staff Denis McDonough spoke on Sunday.\n\n"
        "McDonough, making the rounds of the Sunday talk shows, said the administration merely explained what the law "
        "is on ransom payments."
    )
    assert [(s.speaker, s.cue, s.content) for s in statements(text, "en")] == [
        ("Denis McDonough", "said", "the administration merely explained what the law is on ransom payments")
    ]
    text = "Sales fell sharply last year, the company reports, adding that prices rose."
    assert [s.cue for s in statements(text, "en")] == ["reports", "adding"]
