"""English speaker rules from session 23's blind claim judgement (issue 12): a coined word ends no person's name, a
maker is not the thing named after it, "shot down" is literal as often as not, and surnames written with a second
capital after an apostrophe or "Van"/"Vander" are names."""

from __future__ import annotations

import pytest

from tests.extract.helpers import only, statements


def spoken(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.speaker_kind) for s in statements(text, "en")]


def test_a_coined_word_ends_no_persons_name_and_he_goes_to_the_person():
    text = (
        "MP Majid al-Gharawi stated that US planes are supplying the militants, Iraq TradeLink reported.\n\n"
        'He added that the coalition is "not serious in fighting against the militants".'
    )
    found = statements(text, "en")
    assert ("Iraq TradeLink", "organization") in [(s.speaker, s.speaker_kind) for s in found]
    added = next(s for s in found if s.cue == "added")
    assert added.speaker == "Majid al-Gharawi"


def test_a_maker_is_not_the_thing_named_after_it():
    text = (
        "The Apple Watch will come in three flavours.\n\n"
        "Apple has announced that the price of the Apple Watch Sport will be $349 in the US."
    )
    assert only(text, "en").speaker == "Apple"


def test_shot_down_with_a_plane_for_its_object_is_no_denial():
    text = "Iraq's army has shot down two British planes carrying weapons, a senior lawmaker disclosed on Monday."
    assert [s.cue for s in statements(text, "en")] == ["disclosed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Former governor Martin O'Malley said he was drawn to a tough fight.", "Martin O'Malley"),
        ("Billionaire Frank VanderSloot said it took him months to find a donor.", "Frank VanderSloot"),
        ("Foreign policy expert Michael O’Hanlon says Libya is the biggest trouble spot.", "Michael O’Hanlon"),
    ],
)
def test_a_surnames_second_capital_after_its_prefix_is_no_brands_shape(text, speaker):
    assert only(text, "en").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Foley's mother told CNN that the family had been threatened with prosecution.", "Foley's mother"),
        ("James Foley's parents said the government threatened them with prosecution.", "James Foley's parents"),
    ],
)
def test_a_relative_described_by_whom_they_are_related_to_speaks_as_described(text, speaker):
    found = only(text, "en")
    assert (found.speaker, found.speaker_kind) == (speaker, "person")


def test_in_indonesian_a_relative_named_in_apposition_keeps_the_name():
    found = only('"Anak saya bilang ada yang pukul di bagian perut," ujar ayah korban, Dedi Hendi Kusuma (34).')
    assert found.speaker == "Dedi Hendi Kusuma"


def test_a_pronoun_opening_a_clause_on_an_event_means_the_person_the_sentence_named_last():
    text = (
        "Sotloff's mother, Shirley, recorded an emotional video in late August.\n\n"
        "The claim that the government would bring charges against the family echoes similar points made in a CNN "
        "interview with Jim Foley's mother Diane, in which she said she was "
        '"embarrassed and appalled" by the government.\n\n'
        "In the interview, Diane Foley listed what the government told the family."
    )
    said = next(s for s in statements(text, "en") if s.cue == "said")
    assert said.speaker == "Diane Foley"
    text = "The ad includes a clip of a Donald Trump television interview, in which he says Mexico will pay."
    assert only(text, "en").speaker == "Donald Trump"


def test_a_sentence_that_may_open_with_its_subject_leaves_the_pronoun_to_the_resolver():
    # the last person named before "in which" is the interviewer; who "he" is, the subject may say
    text = "Trump appeared in an interview with Jake Tapper, in which he said the judge was biased."
    assert only(text, "en").speaker != "Jake Tapper"


def test_titles_written_together_before_a_name_of_a_place():
    text = "Republican Rep. Lee Zeldin of New York, a Trump supporter, said the meeting will help both men."
    assert only(text, "en").speaker == "Lee Zeldin"


def test_a_headline_in_title_case_names_no_one():
    text = (
        "Ani Vrabel moderator February 6, 2016 10:57PMJeb Bush Hits Marco Rubio On Rape Exception For Abortions\n\n"
        "Later, Marco Rubio claimed that Muslim Americans do not face discrimination."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Marco Rubio"]


def test_a_family_name_is_the_person_whose_name_it_ends():
    text = (
        "Donald Trump held a rally in Ohio on Monday.\n\n"
        "Reporters waited outside Trump Tower in New York for hours.\n\n"
        "Trump said the polls were wrong about him."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Donald Trump"]
