"""Cues from the lexicons: every cue the issue lists is found, with its kind, and nothing inside other words."""

from __future__ import annotations

import pytest

from claimtrack.extract.cues import CuePatterns
from claimtrack.lexicon import lexicon
from tests.extract.helpers import statements


def cues(text: str, language: str):
    return [(c.text, c.kind, c.pronoun_suffix) for c in CuePatterns(lexicon(language)).find(text, 0, len(text))]


INDONESIAN_AFTER_CONTENT = [
    "kata",
    "ujar",
    "tutur",
    "ucap",
    "jelas",
    "tegas",
    "papar",
    "imbuh",
    "ungkap",
    "tambah",
    "pungkas",
    "tandas",
    "lanjut",
]
INDONESIAN_SPEECH = [
    "mengatakan",
    "menyatakan",
    "menegaskan",
    "menjelaskan",
    "mengungkapkan",
    "menyebut",
    "menyebutkan",
    "menilai",
    "menambahkan",
    "memastikan",
    "melaporkan",
]
ENGLISH_SPEECH = [
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "remarked",
    "affirmed",
    "claimed",
    "told reporters",
    "said in a statement",
]


@pytest.mark.parametrize("verb", INDONESIAN_AFTER_CONTENT)
def test_indonesian_short_cues_and_their_suffixed_forms(verb):
    assert cues(f"Harga naik, {verb} Budi.", "id") == [(verb, "post", False)]
    assert cues(f"Harga naik, {verb}nya.", "id") == [(f"{verb}nya", "post", True)]


@pytest.mark.parametrize("verb", INDONESIAN_SPEECH)
def test_indonesian_speech_verbs(verb):
    assert cues(f"Budi {verb} harga naik.", "id") == [(verb, "speech", False)]


@pytest.mark.parametrize("verb", ENGLISH_SPEECH)
def test_english_speech_cues(verb):
    assert cues(f"The mayor {verb} prices rose.", "en") == [(verb, "speech", False)]


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Menurut Budi, harga naik.", "id", ("Menurut", "according")),
        ("According to the mayor, prices rose.", "en", ("According to", "according")),
        ("Budi membantah tuduhan itu.", "id", ("membantah", "deny")),
        ("Budi menepis tuduhan itu.", "id", ("menepis", "deny")),
        ("Budi menyangkal tuduhan itu.", "id", ("menyangkal", "deny")),
        ("Budi menolak tuduhan itu.", "id", ("menolak", "deny")),
        ("The mayor denied the allegation.", "en", ("denied", "deny")),
        ("The mayor dismissed the allegation.", "en", ("dismissed", "deny")),
        ("The mayor rejected the allegation.", "en", ("rejected", "deny")),
    ],
)
def test_according_and_denial_cues(text, language, found):
    assert [c[:2] for c in cues(text, language)] == [found]


def test_the_longest_cue_wins():
    assert cues("The mayor told reporters that prices rose.", "en")[0][0] == "told reporters"
    assert cues("Harga naik, katanya.", "id") == [("katanya", "post", True)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kata-kata itu kasar sekali.", "id"),  # a cue in a hyphenated word
        ("Penjelasan para pengujar itu panjang.", "id"),  # "jelas", "ujar" inside longer words
        ("The sayings of the sages went unsaid.", "en"),  # "say", "said" inside longer words
    ],
)
def test_no_cue_inside_other_words(text, language):
    assert cues(text, language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Needless to say, her parents aren't too thrilled about the surgery.",
        "Suffice it to say, the results were not what the company hoped for.",
    ],
)
def test_a_set_phrase_holding_a_cue_word_reports_no_one(sentence):
    assert statements(sentence, "en") == []


def test_a_cue_after_a_set_phrase_still_frames_its_statement():
    found = statements("That said, the senator said the bill would pass by Friday.", "en")
    assert [(s.speaker, s.content) for s in found] == [("senator", "the bill would pass by Friday")]
