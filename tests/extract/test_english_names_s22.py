"""English speaker rules found on PolNeAR's train split (session 22): middle initials and generational suffixes stay
in the name, an institution joined by "of"/"for" before a title is the role, a phrase set off by commas is not who
spoke, a participle after a preposition's object is not that object's, and a cue word used as a noun says nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import only, statements


def speakers(text: str) -> list[str]:
    return [s.speaker for s in statements(text, "en")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word opening the sentence before a middle initial is the given name, not an adverb to drop
        ("Donald J. Trump said on Monday that the wall would be built.", "Donald J. Trump"),
        # a middle initial is no word a name may be cut at; "Jr." stays with it
        ("Vice President Joseph R. Biden Jr. said the danger had increased.", "Joseph R. Biden Jr"),
    ],
)
def test_middle_initials_stay_in_the_name(text, speaker):
    assert only(text, "en").speaker == speaker


def test_a_short_mention_means_the_full_name_with_its_initial():
    text = "Donald J. Trump said on Monday that the wall would be built.\n\nMr. Trump said the plan was sound."
    assert speakers(text) == ["Donald J. Trump", "Donald J. Trump"]


def test_a_lexicon_entry_naming_a_person_is_no_role():
    """ "Donald" is no role word: a list of two candidates stays two names, not "Ted Cruz" alone."""
    found = only("Donald Trump and Ted Cruz maintained that the race was tight.", "en")
    assert found.speaker == "Donald Trump and Ted Cruz"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Centers for Disease Control Director Thomas Frieden said the care could cost $10 million.",
            "Thomas Frieden",
            "Centers for Disease Control Director",
        ),
        (
            "Department of Homeland Security Secretary Jeh Johnson said the border was secure.",
            "Jeh Johnson",
            "Department of Homeland Security Secretary",
        ),
    ],
)
def test_an_institution_with_of_or_for_then_a_title_is_the_role(text, speaker, role):
    found = only(text, "en")
    assert (found.speaker, found.speaker_role) == (speaker, role)


def test_a_person_of_an_institution_keeps_the_old_reading():
    found = only("John Smith of Goldman Sachs said the bank would cut jobs.", "en")
    assert found.speaker == "John Smith"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union, however, said the wages had doubled.", "union"),
        (
            "Supporters of abortion rights, on the other hand, argued that the ruling will galvanize efforts.",
            "supporters",  # a plural noun by its ending (session 38): a description, as "union" and "police" are
        ),
        ("Hours after the attack, police said three men had been arrested.", "police"),
        ("Sure, official data suggest that the world is using less coal.", "official data"),
        (
            "Sandra Inman, a Cruz supporter from Jackson, Miss., attending the South Carolina Tea Party Coalition "
            "Convention, said she could not support Trump.",
            "Sandra Inman",
        ),
        (
            "Three women, including former supermodel Janice Dickinson, have accused Cosby of assault.",
            "Janice Dickinson",
        ),
    ],
)
def test_what_is_set_off_before_the_subject_is_not_who_spoke(text, speaker):
    assert speakers(text) == [speaker]


def test_a_conjunction_set_off_leaves_the_subject_unsaid():
    """ "… filmed the encounter, but claims …": the encounter claims nothing (and nobody named is guessed)."""
    text = "Khoza apparently used his laptop to film the encounter, but claims he is unaware of how it spread."
    assert "encounter" not in speakers(text)


def test_a_passive_participle_after_an_enumerator_is_no_statement_of_its_subject():
    text = "The impending move, first reported Sunday by The Wall Street Journal, set off a round of speculation."
    assert "impending move" not in speakers(text)


def test_a_participle_after_a_prepositions_object_is_not_that_objects():
    text = "Fiorina moved counterclockwise around the table, asking the directors to vote."
    assert "table" not in speakers(text)


def test_with_a_subject_and_a_participle_the_subject_speaks():
    text = (
        "Attention turns to the jobs data, which will provide a snapshot, "
        "with analysts saying a strong reading will help."
    )
    assert speakers(text) == ["analysts"]


@pytest.mark.parametrize(
    "text",
    [
        "A strong showing from Mr. Rubio in New Hampshire could push several candidates out.",
        "All three candidates issued statements condemning the coordinated attacks in Paris.",
        "The final state rules for elections throughout the country are likely to be set in court.",
    ],
)
def test_a_cue_word_used_as_a_noun_says_nothing(text):
    assert statements(text, "en") == []


def test_a_cue_word_followed_by_a_preposition_still_says_with_that():
    found = only("The Guardian reports in its Saturday edition that the deal collapsed.", "en")
    assert (found.speaker, found.content) == ("Guardian", "the deal collapsed")
