"""Claims from session 64's blind reads, written again in sentences of our own (docs/claims.md, session 64)."""

from __future__ import annotations

from claimtrack.tracking.claim_rules import claim_worthy
from tests.extract.helpers import statements


def claims(text: str, language: str = "en") -> list[str]:
    return [p.text for s in statements(text, language) for _, p in claim_worthy(s)]


def test_a_sentence_of_a_quotation_opened_by_a_past_verb_has_no_subject() -> None:
    """FNC-1 round-1 claim 4: "Dropped the bombs on ISIS Monday night" (a sentence of Guilfoyle's quotation whose
    subject she left out) was a claim (`Propositions._opens_with_past`, capitalised)."""
    text = (
        "'The new squadron flew over the border in October, because the commander was leading the strikes. "
        "Destroyed the depot in Harlow on Monday night,' the broadcaster Jane Holt said."
    )
    made = claims(text)
    assert not any(c.startswith("Destroyed") for c in made)


def test_a_participle_set_off_before_its_subject_is_no_missing_subject() -> None:
    """A guard: "Armed with rifles, the men …" has its subject after the comma."""
    text = (
        "Armed with rifles, 40 men attacked the depot in Harlow on Monday, killing 12 guards, the police chief Jane "
        "Holt said."
    )
    assert any(c.startswith("Armed with rifles") for c in claims(text))
