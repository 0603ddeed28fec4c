"""Claims from session 53's reads (held-out rounds `session53-detik_test`, `session53-fnc_test`; dev round
`session53-detik_dev`): what is not a claim a reader can check on its own, written again in sentences of our own
(docs/claims.md, session 53)."""

from __future__ import annotations

from tests.extract.helpers import claims_of


def test_an_age_given_as_the_subject_means_someone_named_before() -> None:
    """FNC-1 held-out read C4: "The 27-year-old sought to wed the mastermind of the Helter Skelter murders …" was a
    claim; whom "the 27-year-old" means, the article said a sentence before, and the claim does not."""
    text = (
        "Kim Pyong-il was not seen in public for 40 days. The 31-year-old had undergone an operation at the Bonghwa "
        "Clinic in Pyongyang, a source told the Daily NK."
    )
    assert claims_of(text, "en") == []


def test_an_age_named_in_apposition_stays_a_claim() -> None:
    """Guard: "The 27-year-old, Maria Keller, …" names her where the age stands."""
    text = (
        "The 31-year-old, Kim Pyong-il, had undergone an operation at the Bonghwa Clinic in Pyongyang, a source told "
        "the Daily NK."
    )
    assert claims_of(text, "en") == [
        "The 31-year-old, Kim Pyong-il, had undergone an operation at the Bonghwa Clinic in Pyongyang"
    ]
