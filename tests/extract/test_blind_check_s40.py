"""Rules from session 40's blind reads (Detik seed 2655: a mayor's quotation after "Kata Dewa, …" left open, and the
same article's "ungkapnya" given to "Banyak warga"; FNC-1 seed 2656: "The Foreign Intelligence Service (SVR)" cut to
"Intelligence Service") and the dumps read beside them ("a Baton Rouge newspaper" made the city speak), each written
again in words of our own and mended by a rule of the language (docs/extraction.md, session 40)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import said_by, statements

MAYOR = "Bupati Sleman Harda Kiswaya meninjau pasar Prambanan pada Senin.\n\n"


# --- "Kata X, …" opening the sentence, as "Menurut X, …" does ---------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Kata Harda, renovasi pasar itu menelan anggaran Rp 12 miliar.",
        "Kata dia, renovasi pasar itu menelan anggaran Rp 12 miliar.",
        # after a connective with no comma of its own
        "Padahal kata Harda, renovasi pasar itu menelan anggaran Rp 12 miliar.",
    ],
)
def test_kata_and_a_speaker_opening_the_sentence_attribute_what_follows_the_comma(sentence):
    found = statements(MAYOR + sentence)
    assert [(s.speaker, s.content) for s in found] == [
        ("Harda Kiswaya", "renovasi pasar itu menelan anggaran Rp 12 miliar")
    ]


def test_katanya_opening_a_sentence_is_hearsay_not_an_attribution():
    assert statements(MAYOR + "Katanya, renovasi pasar itu menelan anggaran Rp 12 miliar.") == []


def test_more_than_a_name_between_kata_and_the_comma_opens_no_attribution():
    assert statements(MAYOR + "Kata orang pasar iya, renovasi itu menelan anggaran Rp 12 miliar.") == []


def test_a_cue_word_inside_a_connective_is_no_cue():
    # "lanjut" is a cue ("…," lanjut Harda); in "Lebih lanjut" it only joins the sentence to the one before
    found = statements(MAYOR + "Lebih lanjut, kata Harda, renovasi pasar itu menelan anggaran Rp 12 miliar.")
    assert [(s.speaker, s.content) for s in found] == [
        ("Harda Kiswaya", "renovasi pasar itu menelan anggaran Rp 12 miliar")
    ]


# --- many people are no one person, whom a later "-nya" means ------------------------------------------------------
def test_a_pronoun_cue_never_means_many_people_named_by_a_quantifier():
    text = (
        MAYOR + "Kata Harda, renovasi itu menjawab keluhan pedagang. Banyak warga yang meminta agar atap pasar "
        'diperbaiki.\n\n"Atap yang baru tahan sampai dua puluh tahun," ungkapnya.'
    )
    found = said_by(text)
    assert found[-1][0] == "Harda Kiswaya"
    assert ("warga", "Banyak warga") in found  # their request is theirs, as many people


# --- a public body that serves is a body ------------------------------------------------------------------------------
def test_a_service_named_with_a_foreign_acronym_keeps_its_whole_name():
    text = (
        "The Foreign Intelligence Service (SVR) is reporting today that a shell went missing from a depot. "
        "According to the SVR, the shell was produced in 1963."
    )
    found = statements(text, "en")
    assert (found[0].speaker, found[0].speaker_kind) == ("Foreign Intelligence Service", "organization")


# --- "a" before a place and an outlet's kind: where it is from, not its name -----------------------------------------
def test_an_outlet_described_by_its_town_is_not_the_town():
    text = (
        "A Baton Rouge newspaper called on the governor to visit the flooded parishes. The newspaper said that the "
        "damage was too extensive to be judged from the capital."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Baton Rouge newspaper", "Baton Rouge newspaper"]


def test_an_outlet_named_before_its_kind_with_the_keeps_its_name():
    text = "The Al-Masry Al-Youm newspaper reported that the dam had been closed for two days."
    assert [s.speaker for s in statements(text, "en")] == ["Al-Masry Al-Youm"]


# --- a verb made with its object says nothing, also as a sentence's second attribution --------------------------------
def test_an_apology_after_another_attribution_in_the_sentence_is_no_statement():
    text = (
        "Bupati Sleman Harda Kiswaya mengatakan harga beras naik, sementara Wakil Bupati Danang Maharsa meminta maaf "
        "kepada warga atas antrean panjang."
    )
    found = statements(text)
    assert [(s.speaker, s.content) for s in found] == [("Harda Kiswaya", "harga beras naik")]


@pytest.mark.parametrize("noun", ["dukacita", "belasungkawa"])
def test_condolences_expressed_are_no_words_said(noun):
    assert statements(f"Bupati Sleman Harda Kiswaya menyampaikan {noun} atas meninggalnya tiga pendaki Merapi.") == []


# --- a document after a demonstrative opening the sentence is the document, no person --------------------------------
def test_this_report_opening_a_sentence_is_a_document_not_a_person():
    text = (
        "The Foreign Intelligence Service (SVR) is reporting today that a shell went missing from a depot.\n\n"
        "This report notes that the shell was produced in two models."
    )
    found = statements(text, "en")
    assert (found[-1].speaker_mention, found[-1].speaker_kind) == ("This report", "circulating")


# --- a transcript quoted whole, each paragraph opening the quotation again --------------------------------------------
TRANSCRIPT = (
    "On Sunday's program, Governor Dana Whitfield defended the budget.\n\n"
    "Partial transcript as follows:\n\n"
    '"HOST: Governor, will the schools lose money under your plan?\n\n'
    '"WHITFIELD: Not a single school will lose money. We have added four percent to every district.\n\n'
    '"And the teachers will see their first raise in six years.\n\n'
    '"(CROSSTALK.)\n\n'
    '"HOST: Do you really think the legislature will pass it this month?\n\n'
    '"WHITFIELD: I am certain the votes are there for the whole package.\n\n'
    '"Follow our political desk on Twitter."'
)


def test_every_turn_of_a_transcript_quoted_whole_is_found():
    # the last paragraph closes the quotation opened on the first: the turns between were one sentence
    turns = [(s.speaker, s.content) for s in statements(TRANSCRIPT, "en") if s.cue == ":"]
    assert [speaker for speaker, _ in turns] == ["HOST", "WHITFIELD", "HOST", "WHITFIELD"]


def test_a_turn_goes_on_over_the_paragraphs_that_open_the_quotation_again():
    turns = [s.content for s in statements(TRANSCRIPT, "en") if s.speaker == "WHITFIELD"]
    assert turns[0] == (
        "Not a single school will lose money. We have added four percent to every district.\n\n"
        '"And the teachers will see their first raise in six years'
    )
    # the paragraph that closes the quotation is not taken into the turn: it may be the page's own line
    assert turns[1] == "I am certain the votes are there for the whole package"


# --- people listed by honorific and surname, or by title and name, speak together -------------------------------------
@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Both Mr. Keller and Mr. Ostrowski say the network never told them what to say.", "Keller and Ostrowski"),
        (
            "Governor Ann Ruiz and Senator Paul Odum welcomed the vote on Friday.",
            # (each by their name since session 46: the later titles leave the group's name as the first one's did)
            "Ann Ruiz and Paul Odum",
        ),
    ],
)
def test_people_listed_with_honorifics_or_titles_speak_as_a_group(sentence, group):
    found = statements(sentence, "en")
    assert [(s.speaker, s.speaker_kind) for s in found] == [(group, "group")]


def test_a_surname_after_people_listed_is_not_the_last_ones():
    # "Mr. Prince" (a surname that is also a title's word) was read as the actor "Dan Ostrowski", the list's last
    # member, whose mention held "Prince"
    text = (
        "Larry Prince and Dan Ostrowski host shows on the network. Both Mr. Prince and Mr. Ostrowski say the network "
        "never told them what to say.\n\n"
        "Mr. Prince said that he did not watch the rest of the channel's programming."
    )
    assert [s.speaker for s in statements(text, "en")][-1] in ("Prince", "Larry Prince")


def test_a_role_after_people_listed_leaves_them_the_speakers():
    text = "But Mr. Keller and Mr. Ostrowski, the chairman of the caucus, said that the funding was insufficient."
    assert [s.speaker for s in statements(text, "en")] == ["Keller and Ostrowski"]


def test_a_group_holding_a_surname_is_no_fuller_name_of_the_person():
    text = (
        "Hillary Clinton and Senator Elizabeth Warren of Massachusetts held their first joint event on Monday.\n\n"
        "Mrs. Clinton and Ms. Warren echoed similar themes and took the stage together.\n\n"
        "''She knows what it takes,'' said Ms. Warren."
    )
    assert [s.speaker for s in statements(text, "en")][-1] == "Elizabeth Warren"


# --- a thing written, then the subject's second verb ------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The boy's father, Shlomo Tawil, wrote the letter and was denied.",
        "The boy's father, Shlomo Tawil, wrote for the honor and was denied.",
    ],
)
def test_a_thing_written_and_the_subjects_next_verb_are_no_words_said(sentence):
    assert statements(sentence, "en") == []


def test_a_thing_cited_then_words_said_keeps_the_words():
    text = "The affidavit cited interviews with the reporter and said that the officer had seen bruises on her arm."
    assert ("the officer had seen bruises on her arm") in [s.content for s in statements(text, "en")]


# --- a relative clause with a subject of its own, next to the cue -----------------------------------------------------
def test_the_subject_after_where_spoke_not_the_place():
    text = "The firm filed in Richmond, Va., where restructuring experts say some judges move large cases quickly."
    assert [s.speaker for s in statements(text, "en")] == ["experts"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met to discuss the test, which state news media claimed now allows the army to build warheads.",
        "The union took a stake in the Federal mine, which Mr. Clarke says he is doing everything to keep open.",
    ],
)
def test_what_is_said_about_an_object_relatives_antecedent_is_never_the_antecedents(sentence):
    # the words said hold the antecedent as a gap ("[the test] now allows …"): no statement, and never "test"
    assert statements(sentence, "en") == []


def test_a_relative_pronoun_that_is_its_clauses_subject_still_points_back():
    text = (
        "John Dickey, the chief executive of Ora Media -- the company that owns the programming, which is also "
        "streamed on Hulu -- told me that the network pays well."
    )
    assert [s.speaker for s in statements(text, "en")] == ["John Dickey"]


# --- a clause's verb ends the noun phrase after a cue -----------------------------------------------------------------
def test_a_verb_after_the_cue_makes_no_speaker_of_the_clause_subject():
    # "…, says the economy grew …" was the inverted attribution of a speaker "economy grew"
    found = statements("The report, which was released Tuesday, says the economy grew by four percent.", "en")
    assert [(s.speaker, s.content) for s in found] == [("report", "the economy grew by four percent")]


# --- a kicker before a colon, a pronoun's "because" -------------------------------------------------------------------
def test_a_kicker_before_a_colon_is_no_speaker():
    text = "Frustration with police: Local residents say officers have long been too aggressive."
    assert [s.speaker for s in statements(text, "en")] == ["Local residents"]


def test_the_subject_after_thats_because_spoke():
    text = "That's because Governor Ann Ruiz wants to end the state's personal exemptions."
    assert [s.speaker for s in statements(text, "en")] == ["Ann Ruiz"]


# --- people described by a plural noun after its kind ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Human rights groups say the arrests were unlawful.", "Human rights groups"),
        ("Civil rights activists say the officers were too aggressive.", "Civil rights activists"),
    ],
)
def test_a_plural_description_opening_the_sentence_speaks_as_a_group(sentence, speaker):
    found = statements(sentence, "en")
    assert [(s.speaker, s.speaker_kind) for s in found] == [(speaker, "group")]


def test_a_question_word_is_no_kind_of_the_people_after_it():
    assert [s.speaker for s in statements("It is unclear how experts say the plan works.", "en")] == ["experts"]


def test_the_subject_after_that_spoke_not_the_noun_before_it():
    # "outlets that al-Sisi has offered …": the outlets reported; al-Sisi offered (no speaker the parser reads)
    text = "The claims were reported on army radio and other outlets that al-Sisi has offered Abbas a land plan."
    assert "outlets" not in [s.speaker for s in statements(text, "en")]
