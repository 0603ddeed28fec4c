"""Speakers from session 59's reads of the judged claims and the dumps, written again in sentences of our own
(docs/extraction.md, session 59)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    "text",
    [
        "The police found Marta on the pavement with two stab wounds in her back.",
        "Rescuers found him dead under the rubble on Sunday.",
        "A neighbour found her body at 6am on Friday.",
        "Hikers found him after he had spent three nights on the ridge.",
        "Okafor found no way to reach the owner of the lost dog.",
    ],
)
def test_someone_or_something_found_is_no_finding_told(text: str) -> None:
    """FNC-1 claim read (session 58, sixth round, C1: "The police found Rich on the sidewalk with multiple gunshot
    wounds" became the police's claim "Rich on the sidewalk …") and the FNC-1 dump ("A colleague found his body at
    1am", "Nash found no way to contact …"). Someone found somewhere or in some state (`[cues] found_states`), or a
    thing found by anyone whose work is not finding (`[cues] finders`), is a discovery: no words said
    (`Extractor._thing_shown`, `CueObjects.someone_found`)."""
    assert statements(text, "en") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Investigators found no signed consent form in the clinic's records.",
            "investigators",
            "no signed consent form in the clinic's records",
        ),
        ("Researchers found a 20 percent rise in asthma cases.", "researchers", "a 20 percent rise in asthma cases"),
        ("Police found that the driver was drunk.", "Police", "the driver was drunk"),
        ("Harbor University found Okafor at 46 percent.", "Harbor University", "Okafor at 46 percent"),
    ],
)
def test_a_finding_told_keeps_its_finder(text: str, speaker: str, content: str) -> None:
    """Guard: those who find for a living (`[cues] finders`) tell what they find, a clause found is a finding told,
    and a figure after a name found is a poll's."""
    assert [(s.speaker, s.content) for s in statements(text, "en")] == [(speaker, content)]
