"""Shapes around a trailing attribution (session 24): a phrase of circumstance before "X said" is the scene, not what
was said; an aside in brackets says nothing; a comma inside the closing quotation mark of words quoted within the
sentence sets the attribution off; a role with no determiner after the speaker is apposition; "No" opens no name."""

from __future__ import annotations

from tests.extract.helpers import statements


def said(text: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text, language)]


def test_a_phrase_of_circumstance_before_the_speaker_is_not_what_was_said():
    text = "In a later vote, the senator warned of the dangers of a tax on imported steel."
    assert said(text) == [("senator", "warned", "of the dangers of a tax on imported steel")]


def test_a_scene_setting_phrase_before_a_report_on_a_topic_gives_no_statement():
    text = (
        "In other recent news on South Africa, the Inquisitr recently reported on the tragic shooting in a "
        "Johannesburg shopping mall."
    )
    assert said(text) == []


def test_a_role_misread_before_the_speaker_leaves_the_clause_to_him():
    text = "As a woman, Ms. Malik likely raised less suspicion, Mr. Verdery said."
    assert [(c, content) for _, c, content in said(text)] == [
        ("said", "As a woman, Ms. Malik likely raised less suspicion")
    ]


def test_indonesian_circumstance_before_the_speaker_leaves_the_words_after_the_cue():
    text = "Dalam sidang pemeriksaan itu, Adi Susanto membantah soal menerima uang Rp 417 juta dari terdakwa."
    found = statements(text, "id")
    assert [(s.speaker, s.content) for s in found] == [("Adi Susanto", "soal menerima uang Rp 417 juta dari terdakwa")]


def test_an_aside_in_brackets_is_no_statement():
    assert said("Update added (see below)\n\nThe embassy was closed on Wednesday.") == []


def test_a_comma_inside_the_closing_quotation_mark_sets_off_the_attribution():
    found = said("The law was \u201cvery assertive and interventionist,\u201d Gary Orfield said.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Gary Orfield", "said")]
    assert found[0][2].startswith("The law was")


def test_a_sentence_opening_with_a_quotation_is_attributed_once():
    text = (
        '"Kita tidak punya diktator di Amerika," tulis Schumer di kolom X bersama foto dirinya yang sedang '
        'mengangkat spanduk bertuliskan "perbaiki krisis layanan kesehatan," katanya.'
    )
    assert [s.cue for s in statements(text, "id")] == ["tulis"]


def test_a_role_without_a_determiner_after_the_speaker_is_apposition():
    text = (
        "The law was very assertive and interventionist, said Gary Orfield, education and law professor at the "
        "University of California-Los Angeles. He added that the administration doubled down on the bets."
    )
    found = said(text)
    assert found[0] == ("Gary Orfield", "said", "The law was very assertive and interventionist")
    assert found[1][:2] == ("Gary Orfield", "added")


def test_an_indonesian_attribution_inside_the_sentence_stays_inserted():
    text = "Barang-barang yang ditemukan, jelas Risal, telah disita oleh penyidik Kejari Lembata."
    found = statements(text, "id")
    assert [s.cue for s in found] == ["jelas"]
    assert found[0].content.startswith("Barang-barang yang ditemukan")


def test_no_opens_no_name():
    text = (
        "At least one Marine telling Fox News, 'Blank yeah, it pissed me off.'\n\n"
        "To be clear: No Marine handed a weapon to a Houthi."
    )
    # (one Marine is counted, so a noun, described in lower case: session 61, "a capitalised noun that is counted")
    assert [s.speaker for s in statements(text, "en")] == ["marine"]


def test_straight_single_marks_are_quotation_marks_where_an_article_has_no_double_ones():
    text = (
        "'My mum ran out of the door. She won't talk to me,' Tridevil said.\n\n"
        "'I got it because I wanted to make myself unattractive to men,' she claims. 'Because I don't want to "
        "date anymore.'\n\nThe boys' bikes were found in the garden."
    )
    found = statements(text, "en")
    assert [(s.speaker, s.quote, s.content) for s in found] == [
        ("Tridevil", "direct", "My mum ran out of the door. She won't talk to me"),
        ("Tridevil", "direct", "I got it because I wanted to make myself unattractive to men"),
        ("Tridevil", "direct", "Because I don't want to date anymore"),
    ]


def test_what_the_speaker_cited_is_not_what_was_said():
    text = (
        "Foreign policy analysts said geopolitical factors have contributed to Burma's appeal, citing the "
        "strategic importance of a nation that borders China."
    )
    assert [s.content for s in statements(text, "en")] == ["geopolitical factors have contributed to Burma's appeal"]


def test_a_state_reported_of_someone_is_not_their_words():
    text = (
        "The men, reported missing by the Massachusetts National Guard, were first reported missing Saturday "
        "night.\n\nAbu Bakr al-Baghdadi was reported wounded in the attack."
    )
    assert statements(text, "en") == []
