"""Rules from session 47's blind reads (PolNeAR, seed 2737: "then-Secretary Clinton recognized Dow …" credited to
Chelsea Clinton, the one Clinton who had spoken before, in an article that names Bill, Chelsea and Hillary Clinton).
A family name several people of the article share goes to the one the article gave the title written with it; to
none when it gave that title to none of them. Written again in sentences of our own (docs/extraction.md, session 47)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements

FAMILY = (
    "Bill Clinton spoke at the dinner. Chelsea Clinton said the calls were made without her father's knowledge. "
    "The envoy was appointed by then-Secretary of State Hillary Clinton in 2009. "
)


@pytest.mark.parametrize("title", ["then-Secretary Clinton", "Secretary Clinton"])
def test_the_title_says_which_of_the_family_spoke(title: str) -> None:
    found = statements(FAMILY + f"In 2010, {title} said Dow had created 500 jobs in Northern Ireland.", "en")
    speakers = {s.content: s.speaker for s in found}
    assert speakers["Dow had created 500 jobs in Northern Ireland"] == "Hillary Clinton"
    assert speakers["the calls were made without her father's knowledge"] == "Chelsea Clinton"


def test_a_title_none_of_the_family_was_given_leaves_the_name_as_written() -> None:
    found = statements(FAMILY + "In 2010, President Clinton said Dow had created 500 jobs in Northern Ireland.", "en")
    (statement,) = [s for s in found if s.content.startswith("Dow")]
    assert statement.speaker == "Clinton"  # not Chelsea Clinton, who spoke before: the article never calls her so


def test_an_honorific_is_no_title_to_match() -> None:
    """A guard: "Mr." and "Mrs." are written before a family name only, never with the full name, so they choose no one
    by themselves; the one of the family who spoke before still does."""
    found = statements(
        "Derek Nash and his partner Tanya Walsh were sent an invoice. Derek Nash said the invoice was a joke. "
        "Mr. Nash said the school had been told in advance.",
        "en",
    )
    (statement,) = [s for s in found if s.content.startswith("the school")]
    assert statement.speaker == "Derek Nash"


def test_a_pronoun_opening_what_a_named_person_decided_is_that_person() -> None:
    """FNC-1, seed 2736: "On the day Alex decided that he wanted to spend time with his nan and grandad" was credited
    to Alex's father, quoted before."""
    found = statements(
        "Derek Nash said the invoice was a joke. His partner Tanya Walsh wrote to the other mother. On the day Alex "
        "decided that he wanted to spend time with his grandparents.",
        "en",
    )
    (statement,) = [s for s in found if s.content.startswith("to spend")]
    assert statement.speaker == "Alex"


@pytest.mark.parametrize(
    "sentence",
    [
        # "and" is no verb: "she" is the subject of the first clause
        "Hillary Clinton says the administration should do more against the Islamic State and that she expects "
        "Barack Obama to announce new strikes.",
        # a weekday is no one
        "Hillary Clinton has been critical of the plan but on Tuesday wrote that she expects Barack Obama to "
        "announce new strikes.",
    ],
)
def test_no_verb_or_no_person_before_the_complementizer_binds_nothing(sentence: str) -> None:
    """A guard: the rule above reads a name, a verb and "that"; a conjunction or a day is neither."""
    found = statements(sentence, "en")
    (statement,) = [s for s in found if s.content.startswith("Barack Obama")]
    assert statement.speaker == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # FNC-1, seed 2736: "Canon White", for "Canon Andrew White": a clergy's title, and a family name that is also
        # a word of the dictionary
        (
            "Reports came from Canon Andrew White, vicar of St George's Church. In a message, Canon White claimed "
            "the group were six miles from the city.",
            "Andrew White",
        ),
        (
            "The hearing was closed, but Congressman Pete King spoke to reporters afterwards. Later, King said the "
            "evidence was overwhelming.",
            "Pete King",
        ),
    ],
)
def test_a_family_name_that_is_a_word_is_the_person_named_in_full(text: str, speaker: str) -> None:
    (statement,) = statements(text, "en")
    assert statement.speaker == speaker


def test_a_word_opening_a_sentence_alone_before_its_cue_is_read_as_a_family_name() -> None:
    """A guard: at a sentence's start, a capitalised word of the dictionary may be any word. (Session 56: alone before
    its cue, "White said …", it is no adjective, and the one White the article names in full is who spoke — the
    fifth PolNeAR read found "White has defended …, noting …" left short of Mary Jo White; this test had kept "White"
    as written. A phrase that goes on after the word, or a noun for many, is still read as before.)"""
    found = statements(
        "Reports came from Andrew White, vicar of St George's Church. White said the army could do little.", "en"
    )
    (statement,) = [s for s in found if s.content.startswith("the army")]
    assert statement.speaker == "Andrew White"


@pytest.mark.parametrize(
    "text",
    [
        # FNC-1 body 222, found reading the packet of seed 2736: "mayhem" was a speaker
        "Police fired tear gas on Sunday. As the mayhem continued, two banks were forced to shut their branches in "
        "the district.",
        "Ted Cruz continued his rhetorical onslaught against Donald Trump on Saturday in a rally in Iowa.",
        "The sheriff's department continued their search for the devices in a lake two miles from the site.",
    ],
)
def test_going_on_with_a_thing_says_nothing(text: str) -> None:
    assert [s for s in statements(text, "en") if s.cue.startswith("contin")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"We will win this state," Ann Ruiz said. "And we will do it soon," she continued.', "And we will do it soon"),
        (
            "Over the past few days, this report continues, the forces of the brigade were involved in training "
            "exercises at Fort Carson.",
            "the forces of the brigade were involved in training exercises at Fort Carson",
        ),
        (
            "The candidate continued, most recently in an interview with ABC News, that he really wants to release "
            "his taxes.",
            "most recently in an interview with ABC News, that he really wants to release his taxes",
        ),
    ],
)
def test_going_on_with_words_still_says_them(text: str, content: str) -> None:
    """A guard: words quoted, a cue set off inside the sentence it frames, and a complementizer after the comma are
    words said."""
    assert any(s.content.strip(' ."') == content for s in statements(text, "en"))


def test_going_on_with_remarks_introduces_the_quotation_after_it() -> None:
    """A guard: "continued his scathing remarks." is a noun of words said (`[cues] noun_forms`); the paragraph quoted
    after it is his."""
    found = statements(
        "Clint Howard said Hillary Clinton could not win.\n\nHoward continued his scathing remarks.\n\n"
        "\u201cEight years ago she was the presumed Democratic nominee, and a fellow came along and beat her.\u201d",
        "en",
    )
    assert any(s.content.startswith("Eight years ago") and s.speaker == "Clint Howard" for s in found)


def test_a_topic_ending_in_an_adjective_is_still_a_topic() -> None:
    """Detik, seed 2738: "Ia menyoroti pengembangan kawasan industri … yang mampu menciptakan pusat-pusat ekonomi
    baru" was a statement: "baru" ending the noun phrase ("new") was read as the aspect "baru" ("just")."""
    found = statements(
        "Gubernur Jawa Tengah Ahmad Luthfi hadir di acara itu. Ia menyoroti pengembangan kawasan industri di Batang "
        "dan Kendal yang mampu menciptakan pusat-pusat ekonomi baru.",
        "id",
    )
    assert [s for s in found if s.cue == "menyoroti"] == []


def test_baru_before_a_verb_still_opens_a_predicate() -> None:
    """A guard: "baru" before what it modifies is the aspect; the topic cue's object is then a clause."""
    found = statements(
        "Gubernur Jawa Tengah Ahmad Luthfi menyoroti bahwa kawasan industri di Batang baru menyerap 5.000 pekerja.",
        "id",
    )
    assert [s.speaker for s in found if s.cue == "menyoroti"] == ["Ahmad Luthfi"]


def test_a_son_named_with_jr_keeps_his_given_name() -> None:
    """PolNeAR test, seed 2743: "Trump Jr", where the article names "Donald Trump Jr." and writes "Trump Jr." after:
    the short mention made "Donald" a role (`[names] generational_suffixes`)."""
    (statement,) = statements(
        "At the rally in Ohio, Donald Trump Jr. spoke to voters. Trump Jr. joked that the lawsuit would be his get "
        "rich quick scheme.",
        "en",
    )
    assert statement.speaker == "Donald Trump Jr"
    assert statement.speaker_role == ""


@pytest.mark.parametrize(
    "text",
    [
        # FNC-1, seed 2742: the writer's narration credited to Fox News
        "Somehow, through sloppy reporting, the Fox News report used Wheeler to back up its claims about the leak.",
        "The October jobs report exceeded economists' expectations, with 271,000 new payroll positions.",
    ],
)
def test_a_report_followed_by_its_verb_in_the_past_is_a_noun(text: str) -> None:
    assert [s for s in statements(text, "en") if s.cue == "report"] == []


def test_a_report_that_reports_still_speaks() -> None:
    """A guard: "report" as a verb, with a clause after it, is a cue."""
    (statement,) = statements(
        "Officials in Ohio report that 271,000 new payroll positions were added in October.", "en"
    )
    assert statement.cue == "report"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Procter & Gamble said sales fell 3 percent in 2015.", "en", "Procter & Gamble"),
        (
            "The law firm Akin Gump Strauss Hauer & Feld said it has worked with Pfizer for more than 20 years.",
            "en",
            "Akin Gump Strauss Hauer & Feld",
        ),
        # Detik: "P Global Ratings", cut at the "&"
        (
            "S&P Global Ratings menyatakan Social Finance Framework BRI selaras dengan standar internasional "
            "sejak 2024.",
            "id",
            "S&P Global Ratings",
        ),
    ],
)
def test_a_name_joined_by_an_ampersand_is_written_whole(text: str, language: str, name: str) -> None:
    """PolNeAR test, seed 2743: "Akin Gump Strauss Hauer" for "Akin Gump Strauss Hauer & Feld"."""
    (statement,) = statements(text, language)
    assert statement.speaker == name
    assert statement.speaker_kind == "organization"


def test_someone_of_a_firm_is_no_firm() -> None:
    """A guard: a description that holds a firm's name ("a P&G Amiens employee") is not the firm."""
    (statement,) = statements("A P&G Amiens employee told reporters that the factory would close in 2017.", "en")
    assert statement.speaker_kind != "organization"


def test_a_name_in_a_phrase_of_someone_besides_the_subject_did_not_speak() -> None:
    """Detik statements, seed 2745: "Selain laporan Sahara, beberapa warga dan Ketua RW menyebut Imam Muslimin sering
    terlibat konflik …" went to Sahara, read as the name before an apposed role (`[speaker] addition_openers`)."""
    found = statements(
        "Sahara melapor ke polisi pada Kamis. Selain laporan Sahara, beberapa warga dan Ketua RW menyebut Imam "
        "Muslimin sering terlibat konflik di lingkungan sekitar.",
        "id",
    )
    (statement,) = [s for s in found if s.content.startswith("Imam Muslimin")]
    assert statement.speaker != "Sahara"


def test_a_one_word_name_that_has_its_own_things_is_a_body() -> None:
    """FNC-1's database had "Apple", "Microsoft", "Tesla" as persons: "Apple unveiled its new watch" shows a body,
    which a later "It said …" means."""
    found = statements(
        "Apple unveiled its new watch on Tuesday. Apple said the watch will ship in April. It said the price would be "
        "349 dollars.",
        "en",
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Apple", "organization"), ("Apple", "organization")]


def test_a_person_says_his_own() -> None:
    """A guard: "Cook unveiled his new watch": a person."""
    (statement,) = statements("Cook unveiled his new watch on Tuesday. Cook said the watch will ship in April.", "en")
    assert statement.speaker_kind == "person"


def test_a_period_ending_a_topic_says_nothing_of_it() -> None:
    """Detik statements, seed 2745: "Purbaya menyoroti lambatnya realisasi belanja … APBD hingga kuartal III-2025" was
    a statement: the year joined to the quarter ("III-2025") read as a figure that says something without a verb."""
    found = statements(
        "Menteri Keuangan Purbaya Yudhi Sadewa hadir di rapat itu. Purbaya menyoroti lambatnya realisasi belanja APBD "
        "hingga kuartal III-2025.",
        "id",
    )
    assert [s for s in found if s.cue == "menyoroti"] == []


def test_a_quotation_said_aloud_is_not_a_reports_body() -> None:
    """Detik statements, seed 2745: '"…," ujarnya' right after "Menurut laporan tahun 2024 dari Kantor Federal
    Anti-Diskriminasi Jerman, …" went to that office; the paragraph is Arnaud de Souza's, whom no subject names."""
    found = statements(
        "Salah satu dari mereka adalah Arnaud de Souza, pria kelahiran Benin yang bekerja sebagai asisten perawat di "
        "Berlin.\n\nMenurut laporan tahun 2024 dari Kantor Federal Anti-Diskriminasi Jerman, diskriminasi rasial "
        "memang masih marak di sektor kesehatan.\n\nBagi de Souza, bekerja dan tinggal di Berlin terasa lebih aman "
        'dibanding pindah ke daerah lain.\n\n"Dalam dunia kesehatan, tim kerja itu sangat penting," ujarnya.',
        "id",
    )
    (statement,) = [s for s in found if s.cue == "ujarnya"]
    assert statement.speaker != "Kantor Federal Anti-Diskriminasi Jerman"


def test_a_bodys_spokesman_quoted_after_its_report_is_still_found() -> None:
    """A guard: a person named as the speaker after the report is the one "ujarnya" means."""
    found = statements(
        "Menurut laporan tahun 2024 dari Kantor Federal Anti-Diskriminasi Jerman, diskriminasi rasial memang masih "
        "marak di sektor kesehatan.\n\nKepala kantor itu, Ferda Ataman, mengatakan laporan itu disusun dari 1.200 "
        'aduan.\n\n"Kami menerima aduan dari seluruh negara bagian," ujarnya.',
        "id",
    )
    (statement,) = [s for s in found if s.cue == "ujarnya"]
    assert statement.speaker == "Ferda Ataman"
