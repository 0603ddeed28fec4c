"""Rules from session 38's reading of English speakers: a blind read of FNC-1 bodies outside our gold (seed 2633: one
wrong speaker, "Educators") and the one-word actors of the FNC-1 database ("Officers", "Inc", "NOT", "Sunday",
"Syrian"), each written again in words of our own and mended by a rule of the language (docs/extraction.md,
session 38)."""

from __future__ import annotations

import pytest

from claimtrack.ingest.prepare import prepare
from claimtrack.tracking.tracker import Tracker
from tests.extract.helpers import only, said_by, speakers, statements


# --- a plural noun shows itself by its ending, whatever the tense ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Teachers found the lunch programme wasted large amounts of food and money.", "teachers"),
        ("Officers confirmed the woman had withdrawn her complaint on Friday.", "officers"),
        ("Medics added that the patient had woken during the operation.", "medics"),
        ("Veterinarians expect the dog to recover within a month.", "veterinarians"),
    ],
)
def test_a_plural_noun_opening_the_sentence_describes_who_spoke(text, speaker):
    assert speakers(text, "en") == [speaker]


def test_a_surname_with_a_plural_ending_is_the_person_named_before():
    text = "Tom Rogers runs the bank in Leeds. Rogers said the bank lost 10 million pounds in March."
    assert speakers(text, "en") == ["Tom Rogers"]


def test_a_verb_that_agrees_with_one_keeps_the_name():
    # the article's own spelling of a surname, with an "s" too many: the verb says one person spoke
    assert speakers("Winters claims they were trying to drive around the police cars.", "en") == ["Winters"]
    assert speakers("Winters has said they were trying to drive around the police cars.", "en") == ["Winters"]


def test_an_auxiliary_inside_a_relative_clause_is_not_the_verbs():
    text = "Keepers at the Leeds Zoo, where the bear is being treated, believed he had been hit by a car."
    assert speakers(text, "en") == ["keepers"]


def test_a_plural_description_makes_no_actor(store):
    tracker = Tracker(store)
    tracker.ingest(
        prepare("Officers confirmed the man was held in Leeds on Tuesday.", title="A", language="en", origin="a.txt")
    )
    assert [actor.name for actor in store.actors() if actor.statements] == []


# --- a name takes no indefinite article ---------------------------------------------------------------------------
def test_an_indefinite_article_before_one_capitalised_word_makes_a_description():
    text = "The ransom talks have stalled this month, according to a Syrian who took part in earlier negotiations."
    assert speakers(text, "en") == ["syrian"]
    assert speakers("An Australian said the boat sank near the reef on Monday.", "en") == ["australian"]


def test_a_word_cut_by_a_dash_before_a_name_is_no_article():
    text = "“You should have asked me first, you know, you owe me a—,” Marsh wrote after Paula Marsh had called."
    assert [s for s in speakers(text, "en") if "arsh" in s] and "marsh" not in speakers(text, "en")


# --- a legal form alone names no company ------------------------------------------------------------------------
def test_a_legal_form_alone_is_left_unresolved():
    # the company's own name opens in lower case and is not read as a name: who spoke is left open, never "Inc"
    assert speakers("To cut costs, xplanet Inc. said it would sell its payments unit in May.", "en") == [""]
    # (session 45: a name's small letter before its capital, `[names] lowercase_name_prefixes`, is read as a name)
    assert speakers("To cut costs, ePlanet Inc. said it would sell its payments unit in May.", "en") == ["ePlanet Inc"]


# --- negation before an adverb in -ly ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez has NOT actually claimed that the mayor took bribes.",
        "The ministry has never publicly blamed Ruritania for the cyber attack.",
    ],
)
def test_a_negation_before_an_adverb_says_nothing_was_said(text):
    assert statements(text, "en") == []


# --- a day is when, never who ---------------------------------------------------------------------------------------
def test_a_pronoun_never_means_a_weekday():
    text = (
        "kim lee hoax started by fake site\n\n"
        "By 9 p.m. Sunday night, the fake story had been shared 100,000 times.\n\n"
        "But on Sunday evening, Kim was very much alive he even tweeted that he was fine."
    )
    # "kim" in lower case above makes "Kim" no sure name; the day before it is none at all: left open (session 63:
    # words tweeted, as "tweeted a photo" is a thing posted and no statement at all)
    assert speakers(text, "en") == [""]


# --- a participle between a preposition and a noun is an attribute -----------------------------------------------
def test_a_participle_before_a_noun_after_a_preposition_is_no_cue():
    text = "Brokers with alleged links to the gang have revealed that the paintings were sold in Dubai."
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [("brokers", "revealed")]


def test_a_participle_before_a_noun_after_a_preposition_says_nothing_alone():
    text = (
        "Paul Grant, who guided Mr. Jones through a long fight for delegates, rose in power after repeated clashes "
        "with Mr. Lewis."
    )
    assert statements(text, "en") == []


# --- "A Mirror report also noted": the report's outlet, by the verb after one adverb ------------------------------
def test_a_document_noun_before_an_adverb_and_a_cue_is_the_subject():
    text = "A Mirror report also noted that the fighters had denied the claims."
    assert said_by(text, "en") == [("Mirror", "Mirror report")]


# --- a court by its short form is a body (Detik claim read 2634, C10: "Tipikor Palu" for "PN Palu") ---------------
def test_a_court_by_its_short_form_is_the_court_not_a_longer_name_ending_in_its_town():
    text = (
        "Sidang putusan praperadilan digelar di PN Kelas I A PHI/Tipikor Palu pada Rabu (28/5/2025). PN Palu "
        "menyatakan penetapan tersangka oleh Polda Sulteng terhadap HM tidak sah."
    )
    assert speakers(text) == ["PN Palu"]


# --- "he" in reported speech is the speaker only when no one else is named before it ------------------------------
def test_a_pronoun_after_another_person_named_by_an_honorific_stays_a_pronoun():
    text = (
        "Jane Porter, who on Tuesday would not say Mr. Grant was unfit for office, said on Wednesday that he had not "
        "read the budget bill."
    )
    (statement,) = statements(text, "en")
    assert [p.text for p in statement.propositions] == ["He had not read the budget bill"]


def test_a_pronoun_in_reported_speech_is_the_speaker_named_alone():
    (statement,) = statements("Tom Grant said on Wednesday that he had raised 40 million dollars in March.", "en")
    assert [p.text for p in statement.propositions] == ["Tom Grant had raised 40 million dollars in March"]


def test_a_pronoun_of_the_other_gender_than_the_honorific_is_the_speaker():
    text = "Nina Porter, a supporter of Mr. Grant, said that she had seen 40 emails from people planning protests."
    (statement,) = statements(text, "en")
    assert [p.text for p in statement.propositions] == ["Nina Porter had seen 40 emails from people planning protests"]


# --- one-word and descriptive actors of the FNC-1 database --------------------------------------------------------
def test_a_negative_subject_right_before_the_cue_says_no_one_spoke():
    text = "Outside of a few bloggers, cranks and some of the city's politicians, no one disputes the figures are true."
    assert statements(text, "en") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents of Kirkuk say that oil sales have funded the group since May.", "residents of Kirkuk"),
        (
            "Sources close to the league indicated that the move to Las Vegas is a done deal.",
            "sources close to the league",
        ),
    ],
)
def test_a_common_noun_heading_the_opening_phrase_describes_who_spoke(text, speaker):
    assert speakers(text, "en") == [speaker]


def test_a_group_described_by_a_body_and_a_common_noun_makes_no_actor(store):
    tracker = Tracker(store)
    text = "The bridge was closed on Monday after a crack was found. Pentagon officials said it would reopen in May."
    tracker.ingest(prepare(text, title="A", language="en", origin="a.txt"))
    assert [actor.name for actor in store.actors() if actor.statements] == []


# --- the end of a body's name is no person's name (Detik actors "Construction", "Penh", "Kampung") ----------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Indonesian Society of Steel Construction (ISSC) menilai kebijakan ini membuat usaha fabrikator lokal "
            "terpuruk.",
            "Indonesian Society of Steel Construction",
        ),
        (
            "Kedutaan Besar RI (KBRI) Phnom Penh melaporkan ada 97 warga negara Indonesia yang melarikan diri.",
            "Kedutaan Besar RI Phnom Penh",
        ),
        (
            "Dengan dinamika yang terjadi, Majelis Mujadalah Kiai Kampung pun berharap DPR melakukan fungsinya.",
            "Majelis Mujadalah Kiai Kampung",
        ),
    ],
)
def test_the_end_of_a_bodys_name_is_no_persons_name(text, speaker):
    assert speakers(text) == [speaker]


def test_two_speakers_joined_by_a_conjunction_keep_the_reading_before():
    # (session 62: both speak, a group — it had pinned the last member alone, the partial reading of FNC-1 read 7)
    assert speakers("Lenovo and BlackBerry said the talks had ended in March.", "en") == ["Lenovo and BlackBerry"]


def test_a_persons_name_after_a_ministry_and_its_short_form_stays_the_persons():
    text = "Kementerian Luar Negeri (Kemlu) Judha Nugraha mengatakan 97 WNI telah dipulangkan."
    assert speakers(text) == ["Judha Nugraha"]


# --- a state's abbreviation after its town is a place, never the speaker (FNC-1 actor "Fla") ---------------------
def test_a_state_abbreviation_set_off_after_a_town_is_no_speaker():
    text = "Daniel Moore, a 19-year-old freshman from Fort Pierce, Fla., said that he heard three shots."
    assert speakers(text, "en") == ["Daniel Moore"]


# --- the agent of a passive verb of saying is whom a pronoun after means (Detik read 2637, item 15) --------------
def test_the_agent_of_a_passive_verb_of_saying_is_the_pronouns_antecedent():
    text = (
        "Meski begitu, Rika menuturkan kliennya telah menyerahkan beberapa bukti kepada penyidik.\n\n"
        "Hal senada disampaikan Direktur PT Sinar Abadi Budi Hartono Wijaya. Ia bersaksi bahwa Dodi sudah bukan "
        "pegawai perusahaan itu.\n\n"
        "Ia mengaku akan melakukan langkah hukum untuk membuktikan bahwa PT Sinar Abadi tidak terkait kasus itu."
    )
    assert speakers(text)[-1] == "Budi Hartono Wijaya"


# --- a quotation inside a quotation is someone else's words (Detik claim read 2636, C7) ------------------------------
def test_a_quotation_inside_a_quotation_makes_no_claim_of_the_speaker():
    text = (
        "\"Kadang-kadang mereka minta tambahan. Berapa kamu butuh? 'Saya butuh Rp 5 triliun'. Saya kasih Rp 10 "
        'triliun," ungkap Presiden Budi Santoso dalam pidatonya di Jakarta, Sabtu (18/10/2025).'
    )
    (statement,) = statements(text)
    claims = [p.text for p in statement.propositions if not p.vague]
    assert not any("5 triliun" in claim for claim in claims)
    assert any("10 triliun" in claim for claim in claims)


# --- where a report appeared is who reported it (FNC-1 read 2640, item 11: "Saudia") --------------------------------
def test_as_reported_in_an_outlet_is_the_outlets_report():
    assert speakers("The airline plans to separate its passengers, as reported in the Guardian on Monday.", "en") == [
        "Guardian"
    ]


def test_as_reported_on_a_website_is_not_the_name_before_it():
    text = "The airline in question is Saudi Arabia’s national airline, Saudia as reported on the RT website."
    assert "Saudia" not in speakers(text, "en")


def test_a_conjunction_before_a_second_source_ends_no_name():
    text = (
        "Lee Wong, 41, of the Niqiao village near Wenling City, in east China’s Zhejiang province, told police he was "
        "asleep when the thieves burst into his room and put a bag over his head, according to CEN/EUROPICS and as "
        "reported in the Daily Star."
    )
    found = speakers(text, "en")
    assert found and not any(speaker.endswith(" and") for speaker in found)


# --- an adjective that grades how well something works, with no measure, is an evaluation (claim read 2634) --------
def test_a_graded_adjective_without_a_measure_scores_as_an_evaluation():
    judged = only("Wali Kota Budi Santoso mengatakan situasi inflasi di Kota Malang saat ini aman dan terkendali.")
    measured = only("Wali Kota Budi Santoso mengatakan inflasi di Kota Malang pada September turun 2 persen.")
    assert judged.checkworthiness < 0.5 < measured.checkworthiness


# --- after one thing a verb takes its "-s": the bare form is a noun (FNC-1 actor "TV") ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A new TV show in Lima has captured the moment men were caught whistling at their own mothers.",
        "Bob Friedman, a talk show host in Alabama, has seen listeners change their minds.",
    ],
)
def test_a_bare_form_after_a_singular_article_is_no_cue(text):
    assert all(s.cue not in ("show", "say", "claim") for s in statements(text, "en"))


def test_a_verb_that_agrees_with_one_is_still_a_cue():
    assert [s.cue for s in statements("A new study shows that coffee cuts the risk by 20 percent.", "en")] == ["shows"]


def test_a_document_after_a_singular_article_keeps_its_own_rule():
    text = "Details of the meeting follow a NBC report that Kim is under FBI scrutiny for the loans."
    assert speakers(text, "en") == ["NBC"]


# --- a month alone is when, never who (FNC-1 actor "April") --------------------------------------------------------
def test_a_month_alone_is_no_speaker():
    text = (
        "Miller, who according to the court tore up his visa on arrival in Pyongyang in April, was convicted of spying."
    )
    assert "April" not in speakers(text, "en")
