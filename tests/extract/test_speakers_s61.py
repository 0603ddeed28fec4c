"""Speakers from session 61, written again in sentences of our own (docs/extraction.md, session 61)."""

from __future__ import annotations

from tests.extract.helpers import statements


def test_a_body_in_the_possessive_and_its_office_after_the_cue_is_one_speaker() -> None:
    """Noticed in session 60 (FNC-1 body 1694: "…, says the Foreign Ministry's press service" gave no speaker). A
    capitalised name in the possessive and the nouns in lower case after it that end the clause are one noun phrase,
    however long: the body's own office (`SpeakerSpans._body_possessing`); a long phrase after a cue otherwise has to
    end in a role."""
    for text, speaker in (
        (
            "Fuel prices rose sharply last month, says the Energy Ministry's press service.",
            "Energy Ministry's press service",
        ),
        ("The visit was cancelled, said the White House's press office on Tuesday.", "White House's press office"),
    ):
        assert [(s.speaker, s.content) for s in statements(text, "en")] == [(speaker, text.split(",")[0])]


def test_a_long_phrase_after_the_cue_without_a_possessive_body_still_needs_its_role() -> None:
    """Guard: the words after the cue are no one when no body owns them and no role ends them ("says the economy
    grew by four percent" is what was said)."""
    text = "Prices rose sharply last month, says the Milwaukee Journal Sentinel this summer."
    assert [s.speaker for s in statements(text, "en")] != ["Milwaukee Journal Sentinel this summer"]


def test_a_cue_noun_after_a_verb_and_its_article_is_the_verb_object() -> None:
    """FNC-1 blind claim read, session 61 (seed 3039, C16: "Jim was sacrificed …" asserted by "startling"). In "she
    made the startling claim that …" the bare form "claim" after an article and one singular word follows a verb in
    the past ("made"): the article opens the verb's object, and one singular noun there takes no bare verb
    (`CueContext._bare_form_after_one_noun`, `_past_verb`): "claim" is a noun, "the startling" no one who claimed."""
    text = "Maria Lopez spoke to CNN. She made the startling claim that officials threatened her family with arrest."
    assert [s.speaker for s in statements(text, "en")] != ["startling"]
    assert all(s.speaker_mention != "startling" for s in statements(text, "en"))


def test_the_bare_form_after_a_plural_subject_in_a_reported_clause_is_still_a_verb() -> None:
    """Guard: after "said" an article may open the subject of the clause reported; a plural noun or one that takes a
    plural verb ("the police") is that clause's speaker."""
    text = "The mayor said the police claim that the man fled the city on Monday."
    assert [(s.speaker, s.content) for s in statements(text, "en")][:1] == [
        ("mayor", "the police claim that the man fled the city on Monday")
    ]


def test_the_object_of_a_past_verb_joined_by_and_to_the_cue_is_no_speaker() -> None:
    """The same article, "… she made the startling claim that … and said '…'": a verb joined by "and" shares the
    clause's subject; the noun after the first verb's article ("made a claim about officials") is its object, not who
    said the quotation (`SpeakerSpans._noun_phrase_before`, an irregular past or participle before the article)."""
    text = "Maria Lopez spoke to CNN. She made a claim about the officials and said 'My son was sacrificed.'"
    assert all(s.speaker_mention not in ("claim", "a claim") for s in statements(text, "en"))
