"""Claims from session 53's reads (rounds `session53-fnc_dev`, `session53-detik_dev2`, `session53-fnc_dev2`,
drawn held out and kept as dev once rules were written from them): what is not a claim a reader can check on its own,
written again in sentences of our own (docs/claims.md, session 53)."""

from __future__ import annotations

from claimtrack.tracking.claim_rules import claim_worthy
from tests.extract.helpers import claims_of, statements


def test_an_age_given_as_the_subject_means_someone_named_before() -> None:
    """FNC-1 read C4 (`session53-fnc_dev`): "The 27-year-old sought to wed the mastermind of the Helter Skelter
    murders …" was a claim; whom "the 27-year-old" means, the article said a sentence before, and the claim does not."""
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


def test_a_letter_written_to_someone_asking_is_no_claim() -> None:
    """FNC-1 third read C20: "Tawil's parents wrote Fernandez a letter asking her to take on Tawil as her godson …"
    made the claim "Fernandez a letter asking her …": whom it was written to stands before the piece written, and
    what the letter asks is a request."""
    found = statements(
        "The boy's parents wrote Fernandez a letter asking her to take on the boy as her godson in 2014.", "en"
    )
    assert [s.content for s in found] == ["her to take on the boy as her godson in 2014"]
    assert all(not claim_worthy(s) for s in found)


def test_what_a_party_labelled_by_number_did_points_to_the_case() -> None:
    """Detik read C4 (`session53-detik_dev2`): "Dalih Teradu I bahwa pertimbangan penggunaan private jet …" and
    "Tindakan Teradu VI tidak menggunakan private jet …" were claims; which respondent "Teradu I" is, only the
    article says (`[claims] participants` followed by its number, after the noun of what the party did or argued)."""
    assert (
        claims_of(
            "Anggota DKPP Dewi Pitaloka mengatakan tindakan Teradu IV yang menyewa 3 pesawat jet pribadi senilai Rp 46 "
            "miliar melanggar kode etik."
        )
        == []
    )
