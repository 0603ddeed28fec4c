"""Speakers from session 51's blind reads (PolNeAR test, FNC-1, Detik; seed 2787): the one wrong speaker in 90 and what
the dumps showed around it, written again in sentences of our own (docs/extraction.md, session 51)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    "sentence",
    [
        "But Park Chung-hee, the general who ruled South Korea between 1961 and 1979, appeared to slow the program.",
        "Senator Ellen Vance understands the extent of voter anger in Ohio.",
        "Governor Tom Reyes understood, for the first time, the power of a debate on television.",
    ],
)
def test_a_topic_cue_with_a_noun_phrase_however_it_opens_says_nothing(sentence: str) -> None:
    """PolNeAR round: "Kim Jong Il, the second-generation leader who ruled ⟦North Korea between 1994 and 2011⟧" was a
    statement of Kim Jong Il. `[cues] topic_cues` ("ruled", "understood", "recognizes" …) take a thing when no verb
    follows; in English that was asked only of a noun phrase opening with an article or a possessive, so a name
    ("North Korea …") or a bare noun ("the extent …" after "understands" is one, "excellence in coverage" another)
    went through. Now any opening, by `Propositions.verbless`."""
    assert statements(sentence, "en") == []


def test_a_court_ruling_a_clause_stays_a_statement() -> None:
    """Guard: what a court ruled, as a clause, is its ruling."""
    found = statements("The Supreme Court ruled that the 2019 election law was unconstitutional.", "en")
    assert [(s.speaker, s.cue, s.content) for s in found] == [
        ("Supreme Court", "ruled", "the 2019 election law was unconstitutional")
    ]


def test_an_english_unit_word_in_the_singular_stays_in_the_role() -> None:
    """Detik claims read C1: "Vice President Corporate Communication Fadjar Djoko Santoso" was the actor
    "Communication Fadjar Djoko Santoso". "Communications" was a word of institutions' names (`[organizations]
    words`), its singular not."""
    found = statements(
        "Vice President Corporate Communication Fadjar Santoso menambahkan kegiatan itu diikuti 50 mahasiswa. "
        "Fadjar mengatakan program itu dimulai pada 2024."
    )
    assert [(s.speaker, s.speaker_role) for s in found] == [
        ("Fadjar Santoso", "Vice President Corporate Communication")
    ] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Radio host Hugh Hewitt asked Trump about statements he had made the previous night.",
        "Moderator Ken Bone asked the candidates a question about energy policy.",
    ],
)
def test_whom_someone_asked_and_about_what_is_no_words_said(sentence: str) -> None:
    """FNC-1 round: "We also asked the police department about Wheeler's claims that …" was a statement of the
    writers with the content "the police department about Wheeler's claims …"; in PolNeAR "Carl Quintanilla asked
    Carson about his relationship with …", and one "Sanders asked Sanders about …". Whom a cue of asking took and a
    topic after "about" is no words said (`[cues] asking_cues`, `asked_topics`)."""
    assert statements(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Reporter Scott Conroy asked Sanders whether questions about his health were fair game.",
            "Sanders whether questions about his health were fair game",
        ),
        (
            "President Obama asked male voters to think about their potential biases.",
            "male voters to think about their potential biases",
        ),
    ],
)
def test_what_someone_asked_stays_a_statement(sentence: str, content: str) -> None:
    """Guards: what was asked, as a clause ("whether …") or as what to do ("to think about …"), is still said."""
    assert [s.content for s in statements(sentence, "en")] == [content]
