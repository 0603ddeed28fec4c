"""Speakers from session 58's blind reads, written again in sentences of our own (docs/extraction.md, session 58)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Dua ruas jalan ditutup sejak pukul 19.00," ungkap Divisi Pusat NYPD di X.', "Divisi Pusat NYPD"),
        ('"Berkas perkara sudah lengkap," kata Biro Pusat Hukum Pemprov Jabar.', "Biro Pusat Hukum Pemprov Jabar"),
    ],
)
def test_a_division_or_bureau_is_a_body_of_its_own(text: str, speaker: str) -> None:
    """Detik blind read (session 58, first round, item 14: "ungkap Divisi Pusat LAPD di X" named "Pusat LAPD",
    partial). A body's division or bureau opens a body's name (`[organizations] heads` += Divisi, Biro,
    Inspektorat), so no common word before another head is dropped from it."""
    assert [s.speaker for s in statements(text, "id")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "People who believe the moon landing was staged often point to the shadows in the photographs.",
        "Anyone who claims the election was stolen should read the audit.",
        "Whoever says the vaccine causes autism is lying.",
    ],
)
def test_a_kind_of_people_named_by_what_they_say_said_nothing(text: str) -> None:
    """FNC-1 claim read (session 58, first round, C24): "People who believe the Clintons are murderers often point to
    deputy White House counsel Vince Foster, …" gave "People" the claim "The Clintons are murderers often point to
    …". A relative "who" after a word for anyone at all (`[cues] generic_heads`, `generic_relative_words`) tells
    which people are meant by what they say; no one said it here, and the cue's words ran into the sentence's own
    verb: no statement (`CueContext._generic_relative`)."""
    assert statements(text, "en") == []


def test_the_sentence_verb_after_such_a_relative_keeps_its_speaker() -> None:
    """FNC-1 dump (s62c→s62d, body 1259: "Two people who say they witnessed an airstrike … told Reuters the militants
    had evacuated a local hospital …" was one statement of "say" whose words ran through "told Reuters"). The
    relative's cue says nothing; the sentence's own cue keeps the subject as its speaker, with its own words."""
    text = "Two people who say they saw the blast told the BBC the factory in Leeds had been evacuated."
    assert [(s.speaker, s.cue, s.content) for s in statements(text, "en")] == [
        ("Two people", "told", "the factory in Leeds had been evacuated")
    ]


def test_a_body_and_a_role_before_the_subject_still_open_its_sentence() -> None:
    """FNC-1 blind read (session 58, first round, item 5: "… he once told NBC" left open; Tim Cook was named "Apple CEO
    Tim Cook" before). A body's name and a role before a name open the sentence with that person as subject
    ("Nordvik founder Lars Berglund has …"), also when the run of capitals read as the name begins with the role
    ("Apple CEO Tim Cook": the run "CEO Tim Cook"), so a "he" after it may mean him (`SentenceSubjects.opens_with`)."""
    text = 'Apple CEO Tim Cook reads his email every day. "I get hundreds of emails from customers," he said.'
    assert [s.speaker for s in statements(text, "en")] == ["Tim Cook"]
