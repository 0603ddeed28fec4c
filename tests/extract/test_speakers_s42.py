"""Rules from session 42's reading of English bodies' names cut at their connector (`extract --json` over PolNeAR
train/dev/test and the FNC-1 bodies, every speaker whose mention a connector and a capital follow in its sentence):
"according to the Bureau | of Labor Statistics" made "Bureau" speak, "the Council | on American-Islamic Relations" gave
the director's words to "Council", a party tag in the New York Times' style ("Republican of New York") was taken for the
speaker. Each is written again in sentences of our own (docs/extraction.md, session 42)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


def english(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.content) for s in statements(text, "en")]


# --- a body's name goes on past its connector -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Bureau of Fisheries Statistics",
        "Council on Coastal Relations",
        "Centers for Harbour Safety and Prevention",
        "Foundation for Relief and Reconciliation",
        "Institute for the Study of Tides",
        "Northern Observatory for Human Rights",
        "National Conference on Port Legislatures",
    ],
)
def test_according_to_a_body_named_with_a_connector_is_the_whole_body(body):
    text = f"The harbour lost 40 boats last year, according to the {body}."
    assert english(text) == [(body, "The harbour lost 40 boats last year")]


def test_a_body_opening_the_sentence_keeps_its_connector_and_a_person_titled_after_it_speaks():
    text = (
        "The Council on Coastal Relations National Executive Director Mara Oduya says in a statement that the harbour "
        "lost 40 boats."
    )
    assert english(text) == [("Mara Oduya", "the harbour lost 40 boats")]


def test_a_description_in_lower_case_before_a_body_with_a_connector_is_no_part_of_its_name():
    text = '"The port is lost," the Lisbon-based nonprofit Institute for the Study of Tides wrote.'
    speaker = statements(text, "en")[0]
    assert (speaker.speaker, speaker.speaker_kind) == ("Institute for the Study of Tides", "organization")


def test_a_day_after_on_is_when_the_body_spoke_not_its_name():
    # guard: "the Council on Monday" is the Council, speaking on Monday
    assert english('"The deal is off," said the Harbour Council on Monday.') == [("Harbour Council", "The deal is off")]


def test_a_connector_after_a_common_noun_opens_no_name():
    # guard: "the management of RT" is RT's management, no body called "of RT"; "board" is no name's head in lower case
    text = "In Lisbon, the management of Porto Radio said on Monday that its lawyers were busy with the bank."
    assert [s for s, _ in english(text)] in ([], [""])


def test_a_party_word_before_of_heads_no_body():
    # guard: "Republicans on Capitol Hill" are the party's members; "Republican" is no body's head
    text = "Republicans on Capitol Hill seized on the memo, arguing that it showed intent."
    assert [s for s, _ in english(text)] == ["Republicans"]


# --- a party tag in the New York Times' style -------------------------------------------------------------------------
@pytest.mark.parametrize("tag", ["Republican of New York", "Democrat of Ohio", "Independent of Maine"])
def test_a_party_and_state_set_off_after_a_name_is_no_speaker(tag):
    text = f"''We are over that,'' Representative Peter Vance, {tag}, said."
    assert english(text) == [("Peter Vance", "We are over that")]


# --- "the commission" after "the Commission on …" ---------------------------------------------------------------------
def test_the_bodys_noun_points_back_to_its_name_opened_by_the_noun():
    text = (
        "The nonpartisan Commission on Harbour Safety says there was a problem with the cranes. "
        "The commission says on its website that there were issues with the lights."
    )
    assert [s for s, _ in english(text)] == ["Commission on Harbour Safety", "Commission on Harbour Safety"]


def test_the_same_body_with_its_noun_first_and_last_is_one_body():
    # guard: the noun opening a name ("Department of Fisheries") must not make "the department" two bodies, none
    text = (
        "The Fisheries Department calculates that 4.2 million boats will be checked. "
        '"By fiat, the Department of Fisheries is sinking the fleet," said Tom Reyes. '
        "According to the department, nine million more boats will be protected."
    )
    assert english(text)[-1] == ("Fisheries Department", "nine million more boats will be protected")


# --- a body's words quoted in paragraphs after a colon ----------------------------------------------------------------
def test_a_pronoun_in_the_paragraphs_a_bodys_words_fill_is_someone_it_writes_of():
    text = (
        "Ambassador Mara Oduya called for an inquiry into the harbour fires.\n\n"
        "Based on a report from one dock worker, the Harbour Gazette newspaper wrote:\n\n"
        "Fires start at night and the crews are quickly moved to other docks.\n\n"
        "He said that the fires bring large profits to the owners."
    )
    said = statements(text, "en")
    assert [(s.speaker, s.content) for s in said if s.content.startswith("the fires")] == [
        ("", "the fires bring large profits to the owners")
    ]


def test_a_pronoun_after_a_persons_words_quoted_after_a_colon_is_that_person():
    # guard: a person's words after the colon, then "he" in the narration again, is that person
    text = (
        "Mara Oduya called for an inquiry into the harbour fires. Tom Reyes, the harbour master, wrote:\n\n"
        "Fires start at night and the crews are quickly moved to other docks.\n\n"
        "He said that the fires bring large profits to the owners."
    )
    said = statements(text, "en")
    assert [(s.speaker, s.content) for s in said if s.content.startswith("the fires")] == [
        ("Tom Reyes", "the fires bring large profits to the owners")
    ]
