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


def test_an_acronym_spelt_like_a_verb_is_no_predicate() -> None:
    """FNC-1 round-2 claim 30: 'Aggression" against IS by the U.S' was a claim: "IS" (Islamic State) read as "is"
    (`Propositions._main_clause_verb`)."""
    from claimtrack.extract import extractor

    propositions = extractor("en").propositions
    text = "Open aggression against IS by the U.S. and its allies"
    assert propositions.why_not_self_contained(text, text) == "no_predicate"


def test_what_a_participle_of_saying_reports_is_not_the_sentences_predicate() -> None:
    """FNC-1 round-2 claim 8: "An unnamed nurse saying “Jihadi John” was among several Islamic State leaders wounded
    …" was a claim: the nurse has no verb (`Propositions._main_clause_verb`, `_speech_participles`)."""
    from claimtrack.extract import extractor

    propositions = extractor("en").propositions
    text = "A local doctor saying the mayor was among several officials wounded in the blast in Harlow"
    assert propositions.why_not_self_contained(text, text) == "no_predicate"


def test_a_plural_after_an_acronym_and_a_preposition_is_a_noun() -> None:
    """FNC-1 round-2 claim 6: "Sotloff being beheaded in retaliation for U.S. airstrikes in Iraq": "airstrikes" is a
    noun after "for U.S." (`Propositions._adjective_after_preposition`)."""
    from claimtrack.extract import extractor

    propositions = extractor("en").propositions
    text = "The hostage being executed in retaliation for U.S. airstrikes in Syria"
    assert propositions.why_not_self_contained(text, text) == "no_predicate"


def test_a_noun_of_intention_and_its_verb_is_a_noun_phrase() -> None:
    """Detik round-2 claim 14: "Rencana mempercepat proses pembayaran kompensasi kepada BUMN penugasan" was a claim
    (`[claims] complement_nouns`)."""
    from claimtrack.extract import extractor

    propositions = extractor("id").propositions
    phrase = "Rencana mempercepat proses pembayaran kompensasi kepada Badan Usaha Milik Negara"
    assert propositions.why_not_self_contained(phrase, phrase) == "no_predicate"
    clause = "Rencana membangun jembatan Cisadane disetujui DPRD Banten pada Senin"
    assert propositions.why_not_self_contained(clause, clause) != "no_predicate"


def test_a_pointing_phrase_after_a_preposition_leaves_the_rest_of_the_clause() -> None:
    """FNC-1 round-3 claim 2 (fragment): "the Iraqi parliament has asked London for explanations in this regard" made
    the claim "The Iraqi parliament has asked London": the pointing adjunct took the phrase before it too
    (`Propositions._without_pointing_adjunct`)."""
    text = "Hana Rimes said the Danish parliament has asked Berlin for explanations in this regard."
    assert claims(text) == ["The Danish parliament has asked Berlin for explanations"]


def test_what_someone_wanted_makes_no_claim() -> None:
    """FNC-1 claims round 5, C5 (plan): 'Stephen Harper wanted BlackBerry to grow "as a Canadian company"' was a claim
    (`[claims] requesting_cues` + want, wish)."""
    text = 'Prime Minister Jane Holt wanted Acme to grow "as a Canadian company" with 4,000 jobs in Waterloo by 2020.'
    assert statements(text, "en") and claims(text) == []
