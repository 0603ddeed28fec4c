"""Rules from session 46's blind reads (Detik claims, seed 2732: the speaker "System", cut from "European Travel
Information and Authorisation System"): the English words of institutions' names, which Indonesian news writes as
they are, keep a body's English name whole. Written again in sentences of our own (docs/extraction.md, session 46)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # an English name joined by "and", with no acronym after it to spell it out
        (
            "Menurut European Travel Information and Authorisation System, Norwegia menaikkan pajak hotel bagi turis "
            "asing pada 1 Maret 2025.",
            "European Travel Information and Authorisation System",
        ),
        # an English name whose head comes last: its first word is no role of a person
        (
            "Menurut International Olympic Committee, tuan rumah Olimpiade 2036 belum dipilih hingga Oktober 2025.",
            "International Olympic Committee",
        ),
    ],
)
def test_an_institutions_english_name_is_kept_whole(text: str, body: str) -> None:
    (statement,) = statements(text, "id")
    assert statement.speaker == body
    assert statement.speaker_role == ""


def test_a_system_is_no_persons_name() -> None:
    (statement,) = statements(
        "Menurut European Travel Information and Authorisation System, Norwegia menaikkan pajak hotel bagi turis "
        "asing pada 1 Maret 2025.",
        "id",
    )
    assert statement.speaker_kind == "organization"


def test_a_persons_name_after_an_english_role_is_still_a_name() -> None:
    """A guard: a person named after an English role and an English institution's name keeps their name, the
    institution staying in the role."""
    (statement,) = statements(
        "Managing Director Indonesia Research Institute Budi Santoso mengatakan penyaluran kredit naik 10 persen pada "
        "September 2025.",
        "id",
    )
    assert (statement.speaker, statement.speaker_role) == (
        "Budi Santoso",
        "Managing Director Indonesia Research Institute",
    )


def test_a_subject_pronoun_after_a_fronted_phrase_opens_the_main_clause() -> None:
    """A claims read (FNC-1, judged a misread twice): what the speaker inside a fronted phrase said ends at the comma
    before the main clause, also when a pronoun is its subject."""
    found = {
        s.speaker: s.content
        for s in statements(
            "During the meeting in which the Daily Courier asserted that the senator proposed a secret channel to "
            "Moscow, it was actually the Russians who proposed it, an aide told reporters on Monday.",
            "en",
        )
    }
    assert found["Daily Courier"] == "the senator proposed a secret channel to Moscow"


def test_what_was_told_begins_past_whom_and_where_it_was_told() -> None:
    """A claims read (FNC-1: the claim "Members of the Associated Press in a brief press conference that the five men
    …", judged a misread): whom something was told and where, together longer than `told_whom` takes, go before what
    was told."""
    (statement,) = statements(
        "Police chief Anna Berg told members of the Regional Press Club in a short briefing that the three men were "
        "arrested at the border on Friday.",
        "en",
    )
    assert statement.content == "the three men were arrested at the border on Friday"


def test_a_telling_cue_with_a_clause_after_its_object_keeps_it() -> None:
    """A guard: "told reporters in Geneva the talks had failed" has no complementizer to close a circumstance."""
    (statement,) = statements("The envoy told reporters in Geneva on Friday the talks had failed.", "en")
    assert statement.content.endswith("the talks had failed")


def test_a_cue_of_naming_right_after_an_indefinite_noun_phrase_names_a_thing() -> None:
    """A blind links read (FNC-1: "a fashion line called “Kei Nishikori Seduction”" was a statement of "With Love",
    the perfume named before it): "called" right after an indefinite noun phrase names that thing."""
    found = [
        (s.speaker, s.cue)
        for s in statements("Residents of a village called Dukuh said the river flooded twice in March.", "en")
    ]
    assert found == [("residents", "said")]


@pytest.mark.parametrize(
    "text",
    [
        # an apposition set off by commas is the speaker's, not a thing named
        "Beruff, a Scott ally, called Florida’s standards “strong.”",
        # a document that speaks
        "The council issued a statement calling the test “a clear violation” of the law.",
    ],
)
def test_a_cue_of_naming_after_an_apposition_or_a_document_still_frames_what_was_said(text: str) -> None:
    """Guards of the rule above."""
    assert [s.cue for s in statements(text, "en")] in (["called"], ["calling"])


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Democrat Hillary Clinton and Republican Donald Trump said the debate was unfair.",
            "Hillary Clinton and Donald Trump",
        ),
        ("Senator John Smith and Governor Mary Jones said the bill would pass in May.", "John Smith and Mary Jones"),
    ],
)
def test_people_named_together_are_named_without_their_titles(text: str, group: str) -> None:
    """A blind read (PolNeAR test seed 2735: "Hillary Clinton and Republican Donald Trump", partial): each person of a
    group is named by their name, the later ones too, as the first already was."""
    (statement,) = statements(text, "en")
    assert statement.speaker == group
