"""English shapes a blind hand check (session 25, FNC-1 bodies) found read as attributions: a cue word that is the
object of a preposition ("Consistent with the latest reports, Kuo expects …" made "Consistent" a speaker), a
participle that is a gerund with its subject opening the sentence ("The NHL adding more than two fits
historically."), and a date with "last" before a colon ("Al-Monitor reported last December 5:" took the date for what
was reported)."""

from __future__ import annotations

from tests.extract.helpers import statements


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text, "en")]


def test_a_cue_word_after_a_preposition_and_an_article_is_a_noun():
    text = "Consistent with the latest reports, Kuo also expects the Apple Watch to launch in March."
    assert "Consistent" not in [speaker for speaker, _, _ in said(text)]


def test_amid_reports_is_no_speaker_reporting():
    text = "The shares fell on Monday amid reports that the company would cut 5,000 jobs."
    assert [cue for _, cue, _ in said(text)] != ["reports"]


def test_the_head_of_a_body_still_says():
    text = "The head of the company says the plant will close in March."
    assert said(text) == [("head", "says", "the plant will close in March")]


def test_a_gerund_after_a_preposition_still_attributes():
    text = "A top plastic surgeon, Nilesh Sojitra, cast doubt over the surgery after claiming no doctor would do it."
    assert [cue for _, cue, _ in said(text)] == ["claiming"]


def test_a_gerund_whose_subject_opens_the_sentence_is_no_attribution():
    text = "The NHL adding more than two teams fits historically. This is how the league has operated."
    assert said(text) == []


def test_a_participle_of_saying_after_a_comma_still_attributes():
    text = "Prices rose sharply in March, the minister adding that wages would follow."
    assert said(text) == [("minister", "adding", "wages would follow")]


def test_last_and_a_date_before_a_colon_introduce_the_next_paragraph():
    text = (
        "Al-Monitor reported last December 5:\n\nThe Islamic State is selling human organs through middlemen in Mosul."
    )
    assert said(text) == [
        ("Al-Monitor", "reported", "The Islamic State is selling human organs through middlemen in Mosul")
    ]


def test_a_piece_written_then_a_participle_of_saying_gives_what_it_says():
    text = (
        "Sunday, Max Fisher wrote a story for Vox.com arguing that the gesture had spread from Ferguson to Hong Kong."
    )
    assert said(text) == [("Max Fisher", "wrote", "the gesture had spread from Ferguson to Hong Kong")]


def test_what_a_site_posted_a_story_claiming_is_the_sites_not_the_person_it_names():
    text = (
        "A parody website posted a story earlier this week claiming Raven was telling people Cosby had assaulted her."
    )
    assert [(speaker, content) for speaker, _, content in said(text)] == [
        ("parody website", "Raven was telling people Cosby had assaulted her")
    ]


def test_a_clause_after_the_piece_keeps_the_piece_whole():
    text = "Donald Trump dismissed a report in Politico that Jeb Bush has been considering announcing a new bid."
    assert [content for _, _, content in said(text)] != ["a new bid"]


def test_with_and_a_colon_after_the_cue_is_no_part_of_what_was_said():
    text = 'Asked for a closer look, Tridevil replied with: "I am not ready to do that right now."'
    assert [content for _, _, content in said(text)] == ['"I am not ready to do that right now."']


def test_a_phrase_of_manner_before_that_is_no_part_of_what_was_said():
    text = "Gallagher wrote with finality that the NHL was coming to Las Vegas through expansion."
    assert said(text) == [("Gallagher", "wrote", "the NHL was coming to Las Vegas through expansion")]


def test_a_plural_cue_noun_before_a_participle_is_a_noun():
    text = "The A4 notes pinned to the fridge door of an office kitchen have gone viral on a radio Facebook page."
    assert said(text) == []


def test_a_cue_verb_before_a_clause_still_attributes():
    text = "The company notes that costs were reduced by a fifth last year."
    assert said(text) == [("company", "notes", "costs were reduced by a fifth last year")]
