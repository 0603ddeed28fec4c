"""Rules from session 31's reading of the misses and wrong speakers on our own blind English and Indonesian dev gold,
each written again in words of our own and mended by a rule of the language (docs/extraction.md, session 31)."""

from __future__ import annotations

from claimtrack.ingest.prepare import prepare
from tests.extract.helpers import claims_of, only, said_by, statements


# --- a pronoun after a conjunction opens a clause of its own ----------------------------------------------------
def test_a_pronoun_after_and_is_the_speaker_not_the_name_before_it():
    # "Obama and he" is no joint speaker: "he" opens a clause of its own and means the sentence's subject
    text = "John Smith was at the summit. He met Obama and he said that the talks had gone well."
    assert said_by(text, "en") == [("John Smith", "he")]
    # a date before "and she" is no part of a speaker either (the statement was lost: "January … and she" is
    # governed by "in")
    text = "Mary Jones was among three pilots. She graduated in January and she said that flying was a dream."
    assert said_by(text, "en") == [("Mary Jones", "she")]


def test_a_relative_after_and_goes_on_about_its_head():
    # "…, and who claimed credit": the hacker group the relative is about, never the last person named
    text = (
        "Prosecutor Jane Roe wrote that hacking is a crime. They cited the case of a group of hackers who officials "
        "say is tied to Russia and who claimed credit for hacking the committee this year."
    )
    assert ("Jane Roe", "who") not in said_by(text, "en")


def test_it_after_and_is_the_thing_the_sentence_is_about():
    # "it" after "and" is what the sentence speaks of (the message), not whoever spoke before
    text = (
        "The medical association agrees with Dean. But such a bold message is notable at the convention, and it shows "
        "how much the party has changed."
    )
    assert [s.content for s in statements(text, "en") if s.cue == "shows"] == []
    text = "The company bought the firm last year and it said profits rose 10 percent."
    assert [s.speaker_mention for s in statements(text, "en")] == []


# --- a time or an adjective is no speaker ------------------------------------------------------------------------
def test_a_time_read_back_from_a_cue_is_no_speaker():
    # "the past two weeks" is when, not who: the poll that "shows" is named elsewhere (or nowhere)
    text = "A new poll taken over the past two weeks shows Clinton leading Trump 47 percent to 44 percent."
    assert [s.speaker for s in statements(text, "en")] != ["past two weeks"]
    text = "The last two weeks signaled the start of a possible reckoning within the conservative media."
    assert [s.speaker for s in statements(text, "en")] == []
    # a surname that is a time word is still a name
    text = 'Kristen Day spoke at the convention. "The platform is shrinking the party," Day said.'
    assert [s.speaker for s in statements(text, "en")] == ["Kristen Day"]
    # a document with its time is the document's ("a study last year found …")
    text = "A study last year found negligible effects on the economy."
    assert [s.speaker for s in statements(text, "en")] == ["study"]


def test_a_description_ending_in_an_adjective_is_no_speaker():
    text = "The notorious said the verdict was unfair."
    assert statements(text, "en") == []
    # a described person still speaks ("a notable economist")
    text = "A notable economist said inflation rose 3 percent last year."
    assert [s.speaker for s in statements(text, "en")] == ["notable economist"]


# --- an outlet's name with a number ------------------------------------------------------------------------------
def test_an_outlet_named_with_a_place_and_a_number_is_the_outlet():
    # "Emirates" alone may say only where a paper is from ("South Korean newspaper"); with a number it is a brand
    text = (
        "Saudia is planning to segregate passengers. According to the Emirates 247 news website, the new rules would "
        "be enforced by airline staff."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Emirates 247"]
    text = "A South Korean newspaper reported that the talks had collapsed on Friday."
    assert [s.speaker for s in statements(text, "en")] != ["South Korean"]


# --- a focus adverb before a time ---------------------------------------------------------------------------------
def test_just_before_a_time_is_no_name_set_off_before_the_speaker():
    # blind item 10 (FNC-1, seed 2588): "Just this week, analysts said …" was credited to "Just"
    text = "The group earns a lot. Just this week, analysts said the organization spent 200,000 dollars on a video."
    assert [s.speaker for s in statements(text, "en")] == ["analysts"]
    # a name set off before a role still speaks
    text = "Hisham al-Hashimi, an Iraqi security strategist, said the group had lost most of its territory."
    assert [s.speaker for s in statements(text, "en")] == ["Hisham al-Hashimi"]


# --- a written piece put out, then a participle of saying ---------------------------------------------------------
def test_whoever_issues_a_statement_saying_something_says_it():
    # own FNC-1 dev gold: "Iraq's Defence and Interior Ministries issued statements saying al-Baghdadi had been
    # wounded" gave no statement (the statement, object of "issued", was read as no speaker)
    text = "The health ministry issued a statement saying the outbreak had been contained."
    assert [(s.speaker, s.content) for s in statements(text, "en")] == [
        ("health ministry", "the outbreak had been contained")
    ]
    text = "The family released a short statement on Friday saying they were devastated by the news."
    assert [s.speaker for s in statements(text, "en")] == ["family"]
    text = "The company sent an email to staff saying the office would close for a week."
    assert [s.speaker for s in statements(text, "en")] == ["company"]
    # what a video shows is no one's words; a piece that is written by a cue says so once
    assert statements("The group released a video showing the execution of a hostage.", "en") == []
    assert [s.cue for s in statements("Smith wrote a letter saying the mine would close.", "en")] == ["wrote"]


# --- the participle of a cue verb ---------------------------------------------------------------------------------
def test_with_a_name_confirming_that_is_the_named_one_confirming():
    # own FNC-1 dev gold: "…, with CEO Tim Cook last week confirming that the company was due to begin selling the
    # devices from April" gave no statement: "confirmed" was a cue, its participle not
    text = (
        "The carmaker is preparing to launch its truck, with chief executive Mary Barra last week confirming that "
        "sales would begin in April."
    )
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [("Mary Barra", "confirming")]
    # "indicating", "disclosing" without a clause of their own say nothing (not made cues)
    text = "The firm is installing safes in its stores ahead of the launch indicating just how expensive it will be."
    assert statements(text, "en") == []


# --- claims (blind claims read, Detik seed 2590) -----------------------------------------------------------------
def test_a_condition_after_the_cue_is_part_of_what_was_said():
    # item C21: "Ia pun menyebut, jika Indonesia menghentikan ekspor, harga CPO dunia dapat bergejolak" made the claim
    # "Indonesia menghentikan ekspor, …": "jika" was read as "that", and the condition became a fact
    text = "Menteri Perdagangan Budi Santoso menyebut, jika Indonesia menghentikan ekspor kopi, harga dunia akan naik."
    assert only(text).content.startswith("jika Indonesia menghentikan")
    assert claims_of(text) == []
    # "jika" as "that" stays so when no main clause follows a comma (a source after it is none; nor "dan …")
    text = "Kepala BPS Amalia Adininggar mengatakan jika harga beras naik 10 persen sejak Maret, sesuai data BPS."
    assert claims_of(text) == ["Harga beras naik 10 persen sejak Maret, sesuai data BPS"]
    text = (
        "Bendahara PT Maju Jaya Rina mengungkapkan jika Kepala Dinas menerima uang sebesar Rp 7,2 miliar dari "
        "perusahaan itu."
    )
    assert only(text).content.startswith("Kepala Dinas menerima uang")
    # English: "said if elected, she would …" is said with its condition
    text = "Hillary Clinton said if elected, she would ask Biden to lead the cancer initiative."
    assert only(text, "en").content.startswith("if elected")


def test_an_exception_opening_a_sentence_is_no_claim():
    # item C5: "Kecuali DAK Nonfisik yang meningkat …": except what? the sentence before listed it
    text = (
        'Kepala Bappenda NTB Fathurrahman mengatakan, "Kecuali DAK Nonfisik yang naik 12 persen karena lebih kepada '
        'program prioritas daerah."'
    )
    assert claims_of(text) == []


# --- a wire dateline with its state (blind FNC-1 statements, seed 2593, item 24) ----------------------------------
def test_a_wire_dateline_with_a_state_is_the_dateline_not_the_speaker():
    text = "TALLAHASSEE, Fla. —Police said a man was arrested after the shooting at the library on Monday."
    assert [s.speaker for s in statements(text, "en")] == ["Police"]
    document = prepare(text, title="Shooting", language="en")
    assert document.dateline == "TALLAHASSEE, Fla."
    assert document.text.startswith("Police said")
    # a sentence that opens with a body and a dash is no dateline
    text = "NATO, the alliance, said the talks would resume on Monday."
    assert prepare(text, title="Talks", language="en").dateline == ""


# --- an unnamed voice of a body (blind FNC-1 statements seed 2593, item 3) ----------------------------------------
def test_an_unnamed_spokesperson_of_a_body_speaks_for_the_body():
    text = "A Pentagon spokesman said the strike had killed two militants. She added that no civilians were hurt."
    found = statements(text, "en")
    assert [(s.speaker, s.speaker_role) for s in found[:1]] == [("Pentagon", "spokesman")]
    assert found[1].speaker == ""  # "she" after a spokesman is someone else
    text = "An IBM spokeswoman said the rumour was baseless. She added that the company hired 45,000 people last year."
    assert [s.speaker for s in statements(text, "en")] == ["IBM", "IBM"]
    # the acronym of a body spelt out before is the body, never a person's nickname
    text = (
        "U.S. Immigration and Customs Enforcement (ICE) detained 121 people last week. Of those, 77 were deported, "
        "according to an ICE spokeswoman."
    )
    assert [s.speaker_kind for s in statements(text, "en")] == ["organization"]
    # a person's spokesman is not that person
    text = "A Trump spokesman said the rally would go ahead on Friday."
    assert [s.speaker for s in statements(text, "en")] != ["Trump"]
