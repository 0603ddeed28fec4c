"""Unnamed sources as wire copy writes them: what qualifies a source by what it knows belongs to it ("a source close to
the death investigation told CNN" was the speaker "source close"; "A person familiar with the matter said" was
"matter"), a name inside the qualifier is not the speaker ("according to a source close to Manson" was Manson), and
a long description ending in a role speaks ("said one former senior intelligence official" gave no statement, and
the "he" after it went to a person named paragraphs before)."""

from __future__ import annotations

from tests.extract.helpers import statements


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.speaker_kind, s.content) for s in statements(text, "en")]


def test_a_source_close_to_something_is_the_whole_phrase():
    text = (
        "The cardiac arrest happened as the doctor began a biopsy, a source close to the death investigation told CNN."
    )
    assert said(text) == [
        (
            "source close to the death investigation",
            "person",
            "The cardiac arrest happened as the doctor began a biopsy",
        )
    ]


def test_a_person_familiar_with_the_matter_is_no_matter():
    text = "A person familiar with the matter said the company would cut 500 jobs in March."
    assert said(text) == [("person familiar with the matter", "person", "the company would cut 500 jobs in March")]


def test_according_to_people_familiar_with_a_plan_ends_before_a_relative_clause():
    text = (
        "Kushner asked about a secure line, according to two people familiar with the discussions who spoke with the "
        "Associated Press."
    )
    assert said(text) == [("two people familiar with the discussions", "group", "Kushner asked about a secure line")]


def test_a_name_in_what_qualifies_a_source_is_not_the_speaker():
    text = "Star strung the murderer along with the hope of cashing in, according to a source close to Manson."
    assert [speaker for speaker, _, _ in said(text)] == ["source close to Manson"]


def test_sources_close_to_a_situation_have_indicated_ends_before_the_auxiliary():
    text = "Sources close to the situation have indicated that Las Vegas is a done deal."
    assert said(text) == [("sources close to the situation", "group", "Las Vegas is a done deal")]


def test_the_relay_that_cited_a_source_is_not_in_its_name():
    text = "CNN cited a source close to the investigation as saying the biopsy was not something Rivers had agreed to."
    assert [speaker for speaker, _, _ in said(text)] == ["source close to the investigation"]


def test_a_long_description_ending_in_a_role_speaks_and_its_pronoun_follows_it():
    text = (
        "Officials said it is unclear what Sergey Kislyak would have had to gain.\n\n"
        "“The FBI would know,” said one former senior intelligence official. The whole idea, he said, seems naive."
    )
    found = said(text)
    assert [speaker for speaker, _, _ in found][1:] == [
        "former senior intelligence official",
        "former senior intelligence official",
    ]


def test_a_long_phrase_after_the_cue_that_ends_in_no_role_is_no_speaker():
    text = (
        "“It brought back memories,” said the event organiser. The event brought back memories of her father, "
        "said Donna Rawlings, 59, of Ashton."
    )
    assert "event brought back memories" not in [speaker for speaker, _, _ in said(text)]


def test_a_quoted_source_after_citing_is_not_what_the_outlet_reports():
    text = (
        'Citing "a source close to the death investigation," CNN reports that the doctor was allowed into the '
        "operating room at Yorkville Endoscopy."
    )
    assert said(text) == [
        ("CNN", "organization", "the doctor was allowed into the operating room at Yorkville Endoscopy")
    ]


def test_a_nationality_and_a_profession_before_a_name_after_according_to():
    text = "The two customs are not related, according to Argentine historian Daniel Balmaceda."
    assert said(text) == [("Daniel Balmaceda", "person", "The two customs are not related")]


def test_a_name_after_its_body_and_title_before_an_apposition_speaks():
    text = "Clinic director Shaheda Omar, a charity worker, stated it was the first time she had seen such a thing."
    assert said(text) == [("Shaheda Omar", "person", "it was the first time she had seen such a thing")]
