"""Claims from session 59, written again in sentences of our own (docs/claims.md, session 59)."""

from __future__ import annotations

import pytest

from claimtrack.extract.checkworthy import CheckWorthiness
from claimtrack.lexicon import lexicon
from tests.extract.helpers import claims_of, statements


@pytest.mark.parametrize(
    "text",
    [
        "The agencies confirmed Norway's role in secret reports in March, April and May.",
        "The agencies confirmed Sweden's role in secret reports in 2019.",
    ],
)
def test_a_plural_after_a_preposition_and_its_adjective_is_no_verb(text: str) -> None:
    """FNC-1 claim read (session 59, first round, C22: "Russia's culpability in official reports in October,
    December and January", no verb). A word in "-s" after a preposition and a word in lower case is the
    preposition's plural noun and that word its adjective, not a verb in the present (`Propositions.
    _adjective_after_preposition`): the statement stays, no claim."""
    assert statements(text, "en"), "the statement itself stays"
    assert claims_of(text, "en") == []


def test_an_adverb_right_after_the_opening_name_opens_no_clause() -> None:
    """PolNeAR dump (s64d: "Clinton once described the so-called Trans-Pacific Partnership as “the gold standard” of
    trade deals …" lost its claim once "deals" was no verb). "once" (`[claims] preposition_subordinators`) right
    after the name that opens the sentence, or after a pronoun, is an adverb, and the verb after it the sentence's."""
    text = (
        "Marta Okafor has changed her mind. Jonas Berg said Okafor once described the Baltic pipeline as a disaster"
        " for the region when she was the minister of energy."
    )
    assert any(claim.startswith("Okafor once described the Baltic pipeline") for claim in claims_of(text, "en"))


def test_a_month_is_no_modal() -> None:
    """Found with the rule above: "May" ending a list of months was read as the modal "may", a predicate, so any noun
    phrase naming May made a claim. A modal or a negation written with a capital (a month, a name: "Will Smith") is
    none, unless it opens the sentence."""
    text = "The agencies confirmed Norway's role in the talks in March, April and May."
    assert statements(text, "en"), "the statement itself stays"
    assert claims_of(text, "en") == []


@pytest.mark.parametrize(
    ("content", "evidence"),
    [
        ("Polres Bandung sedang menelusuri legalitas pihak yang memberangkatkan korban ke Malaysia", "menelusuri"),
        ("Sistem pemilu di Indonesia tengah dikaji oleh partai politik di DPR", "dikaji"),
        ("Polrestabes Medan saat ini menangani kasus penipuan daring", "menangani kasus"),
    ],
)
def test_an_inquiry_under_way_is_procedure(content: str, evidence: str) -> None:
    """Detik claim rounds (dev, sessions 56–58: "Polres Garut sedang menelusuri legalitas pihak …", "Sistem pemilu
    di Indonesia tengah dikaji oleh …", "… lagi menangani kasus scamming dan judol", judged procedure). Tracing,
    reviewing and handling a case are steps of an inquiry with no finding yet (`[checkworthiness] procedure` +=
    menelusuri, dikaji, menangani kasus …): a reason against checking, shown with the words that show it."""
    reasons = [r for r in CheckWorthiness(lexicon("id")).reasons(content, "mengatakan") if r.feature == "procedure"]
    assert [r.evidence for r in reasons] == [evidence] and reasons[0].weight < 0
