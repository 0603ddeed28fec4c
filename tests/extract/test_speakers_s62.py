"""Speakers and contents from session 62, written again in sentences of our own (docs/extraction.md, session 62)."""

from __future__ import annotations

import pytest

from claimtrack.extract.names import name_words
from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "language", "speaker", "content"),
    [
        (
            "Prices rose 20 percent in March, according to Jane Doe, a spokeswoman for the company.",
            "en",
            "Jane Doe",
            "Prices rose 20 percent in March",
        ),
        (
            "When the plant closed, the town lost a third of its jobs, according to Mark Ruiz, head of the county"
            " development office.",
            "en",
            "Mark Ruiz",
            "When the plant closed, the town lost a third of its jobs",
        ),
        (
            "Produksi padi turun 5 persen tahun ini, menurut Lembaga Riset Pangan, sebuah lembaga independen yang"
            " memantau harga beras.",
            "id",
            "Lembaga Riset Pangan",
            "Produksi padi turun 5 persen tahun ini",
        ),
    ],
)
def test_a_description_after_a_trailing_according_to_is_the_source_not_the_content(
    text: str, language: str, speaker: str, content: str
) -> None:
    """PolNeAR dev read in session 62 ("…, it can be extremely effective in reducing suicide, according to Craig
    Bryan, head of the National Center for Veterans Studies …" gave the description as what he said; "…, according to
    public filings, a huge sum for a firm with 35 partners"). A description set off after the source of a trailing
    "according to" / "menurut", with no verb of its own outside a relative clause, describes the source
    (`SpeakerSpans.apposition_to_end`, `CueContext.holds_own_verb`): what was said is the clause before the cue, and
    the claim no longer reads "Prices rose 20 percent in March a spokeswoman for the company"."""
    found = [(s.speaker, s.content) for s in statements(text, language)]
    assert found == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "About 10 p.m., according to the official timeline, the security contractors left for the compound.",
            "en",
            "the security contractors left for the compound",
        ),
        (
            "Dikutip dari laman Express, menurut apoteker Noel Wicks, sebuah laporan baru menemukan bahwa orang muda"
            " sudah mengalami artritis.",
            "id",
            "sebuah laporan baru menemukan bahwa orang muda sudah mengalami artritis",
        ),
    ],
)
def test_a_clause_after_according_to_with_its_own_verb_is_what_was_said(text: str, language: str, content: str) -> None:
    """Guard (PolNeAR train, Detik 834): after "According to X," a clause with its own verb ("left", "menemukan
    bahwa") is what X said, though it opens with a determiner as a description would."""
    assert [s.content for s in statements(text, language)] == [content]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Lembaga Survei Indonesia", "Lembaga Survei Indonesia"),
        ("Lembaga Bantuan Hukum Jakarta", "Lembaga Bantuan Hukum Jakarta"),
        ("lembaga survei Indikator", "Indikator"),
    ],
)
def test_a_capitalised_body_word_before_dictionary_words_opens_one_institution(mention: str, name: str) -> None:
    """Noticed in session 62 while writing the test above ("menurut Lembaga Riset Pangan" was "Riset Pangan", with
    the role "Lembaga"). "Lembaga" is listed both as a title that makes its speaker a body ("lembaga survei
    Indikator") and as a head of bodies' names: written capitalised before words of the dictionary (and perhaps a
    place), it opens the institution's own name (`SpeakerParser._parse_phrase`); in lower case it still describes the
    body named after it."""
    text = f"{mention} mengatakan harga beras naik 5 persen tahun ini."
    assert [s.speaker for s in statements(text, "id")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Poland supports the coalition against the armed group in the north.",
        "Senator Mary Jones endorsed Governor Bill Smith on Thursday.",
        "Mr. Ortiz generally supported Democrats during his time on the council.",
        "The union opposes the new tax on fuel.",
    ],
)
def test_a_side_taken_with_a_noun_phrase_is_no_statement(text: str) -> None:
    """FNC-1 blind read 1 of session 62 (item 9, wrong: "Poland supports the coalition against the Islamic State"
    was Poland's statement), PolNeAR dev extras ("Mr. Schultz generally supported Democrats during his time on
    MSNBC"). A cue of taking a side (supported, backed, endorsed, opposed; `[cues] topic_cues`) whose object is only
    a noun phrase reports a position the writer describes, no words said (`Extractor._topic_only`)."""
    assert statements(text, "en") == []


def test_a_side_taken_with_a_clause_is_still_said() -> None:
    """Guard: with a clause after it, a cue of taking a side still reports words ("backed the claim that …" names what
    was backed; "supported the plan, saying it would …" keeps its participle's statement)."""
    text = "Senator Mary Jones supported the plan, saying it would lower fuel prices by ten percent."
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [("Mary Jones", "saying")]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        ("Rudi membantah tegas kabar bahwa sekolah itu menerima bantuan.", "id", "kabar bahwa sekolah itu"),
        ("Rudi menampik mentah-mentah klaim pelatih tersebut.", "id", "klaim pelatih tersebut"),
        ("Rudi membantah dengan keras bahwa sekolah menerima bantuan.", "id", "sekolah menerima bantuan"),
        ("Mr. Ruiz denied flatly any wrongdoing by the firm.", "en", "any wrongdoing by the firm"),
    ],
)
def test_an_adverb_of_manner_after_the_cue_is_the_cue(text: str, language: str, content: str) -> None:
    """Detik blind read 1 of session 62 (item 7: "Zaenal membantah tegas kabar tersebut" said "tegas kabar
    tersebut"). An adverb of how it was denied or said, right after the cue (`[cues] manner_adverbs`: "tegas",
    "mentah-mentah", "dengan keras", "flatly"), is the cue's, whatever follows (`AfterCue.span`): what was said
    begins after it."""
    found = statements(text, language)
    assert len(found) == 1 and found[0].content.startswith(content), [s.content for s in found]


def test_single_marks_quote_where_double_ones_stand_only_inside_them() -> None:
    """FNC-1 blind read 2 of session 62 (item 14: "He added: ‘A few hours later …’" was Forbes'): "‘To fix its
    business problems and speed up its “transformation”, …,’ wrote Forbes’ Robert X Cringely" quotes the British way,
    its title in double marks inside; one double mark in the article had switched single marks off everywhere, so the
    quotation and its writer were lost (`segment._single_outside_double`)."""
    text = (
        "‘To speed up its “transformation”, next week a quarter of the staff will get phone calls,’ wrote Forbes’"
        " Robert X Cringely.\n\nHe added: ‘A few hours later a package will appear on their doorsteps.’"
    )
    assert [(s.speaker, s.quote) for s in statements(text, "en")] == [
        ("Robert X Cringely", "direct"),
        ("Robert X Cringely", "direct"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # single marks inside double ones are a quotation within a quotation
        "“He told me ‘no way’ on Monday,” said Mr. Smith.",
        # a double mark outside any single span: the American way, whatever the single marks do
        "Obama said the words “lump” the good Muslims with the bad.\n\n” … when you start calling them ‘Islamic"
        " terrorists,’ the way it’s heard is that Islam is terroristic,” he said.",
        # a year cut short opens no quotation
        "Rep. Hank Johnson said in ‘08 that “the early willingness of white voters” surprised him.",
    ],
)
def test_single_marks_stay_where_double_ones_quote(text: str) -> None:
    """Guard (PolNeAR dev and train, tried in session 62): where the article quotes with double marks, single marks
    outside them are no quotation marks (a misprinted opening ” and a closing one after ‘Islamic terrorists,’)."""
    for statement in statements(text, "en"):
        assert not statement.content.startswith(("”", "’")), statement.content
        assert "terrorists,’ the way" not in statement.content[:20]


def test_a_document_noun_is_no_one_word_person_who_wrote() -> None:
    """Noticed in session 62 (FNC-1 body 441 once Symone's quotation was read: "The article claimed …" went to
    Symone). A one-word name that wrote or reported may be an outlet ("Axios reports …" then "the outlet"), but a
    document is written by persons too: "the article" is not hers for that (`coreference._body_named_before`)."""
    text = (
        "‘This is a disgusting rumor,’ Symone wrote.\n\nA fake news site posted a story this week. The article claimed"
        " the incident occurred in 1992."
    )
    assert [s.speaker for s in statements(text, "en") if s.cue == "claimed"] == ["article"]


def test_each_of_several_speakers_keeps_their_state_out_of_the_group_name() -> None:
    """PolNeAR blind read 2 of session 62 (item 10, partial: "Elijah Cummings of Maryland and John Conyers of
    Michigan"). Where each person listed is followed by where they are from ("of" and a place), the place is no word
    of the group's name (`SpeakerParser._listed`, `_home_after`); "Sens. Johnny Isakson of Georgia and John Boozman of
    Arkansas …" had made no statement at all."""
    for text, speaker in (
        (
            "Reps. Mary Olson of Maryland and Tom Baker of Michigan said the letter was vague.",
            "Mary Olson and Tom Baker",
        ),
        (
            "Sens. Mary Olson of Georgia and Tom Baker of Arkansas also said the letter was vague.",
            "Mary Olson and Tom Baker",
        ),
    ):
        assert [s.speaker for s in statements(text, "en")] == [speaker]


def test_a_manner_adverb_before_the_cue_is_no_word_of_the_speaker() -> None:
    """Detik blind read 2 of session 62 (item 28, wrong: a YouTuber's quotation "…," ucapnya dalam video went to the
    police chief quoted before). The narration between had "seorang pria diduga warga Jember secara gamblang
    menyatakan …", which made no statement: "secara gamblang" was read into the speaker phrase. "secara" and its
    manner before the cue (`[claims] manner_openers`) end the speaker phrase as trailing adverbs do
    (`Lexicon.trailing_words`, `PhraseBounds`), and "-nya" after it goes to the man in the video, unnamed."""
    text = (
        'Kapolres AKBP Bobby Anugrah Christianto sudah menerima laporan. "Pelaku diancam 6 tahun penjara," kata'
        " Bobby.\n\nDalam video itu, seorang pria secara gamblang menyatakan harga beras naik.\n\n"
        '"Harga beras naik 20 persen sejak Maret," ucapnya dalam video.'
    )
    found = [(s.speaker, s.cue) for s in statements(text, "id")]
    assert ("pria", "menyatakan") in found
    assert ("Bobby Anugrah Christianto", "ucapnya") not in found


@pytest.mark.parametrize("phrase", ["US President", "Texas senator", "Ohio Governor", "Iowa Democrat"])
def test_a_place_and_an_office_names_no_one(phrase: str) -> None:
    """FNC-1 blind read 3 of session 62 (item 14, wrong: '"The air strikes have been very effective …," the US
    President said' made an actor "US President"). A place and the office or party after it is whom the article calls
    so, no one's name (`NameWords.names_someone`): the description stays unresolved unless the article titles one
    person so, and no actor gathers every "Texas senator" of every article."""
    assert not name_words("en").names_someone(phrase, "person")


def test_a_name_that_holds_a_place_still_names_someone() -> None:
    """Guard: a place inside a person's name, or a name before an office, still names someone."""
    words = name_words("en")
    assert words.names_someone("Denzel Washington", "person")
    assert words.names_someone("Georgia Governor Brian Kemp", "person")


def test_an_object_said_to_be_something_speaks_not_after_the_cue() -> None:
    """FNC-1 blind read 4 of session 62 (item 26, wrong: "The letters cited two “deficiencies” …, declared the clinic
    to be in “immediate jeopardy” and placed it on …" was the clinic's). After a cue, an object and an infinitive
    that says what it is (`[cues] object_predicates`: "to be", "to have") is what was declared, not the speaker of an
    inverted cue with its circumstance after it (`CueContext.rest_is_adjunct`)."""
    text = (
        "The letters cited two deficiencies found by the inspectors, declared the clinic to be in immediate jeopardy"
        " and placed it on emergency suspension."
    )
    assert all(s.speaker != "clinic" for s in statements(text, "en"))
    assert [s.speaker for s in statements('"We will win," said Mr. Ruiz to reporters on Monday.', "en")] == ["Ruiz"]


def test_what_was_said_inside_an_aside_ends_where_the_aside_closes() -> None:
    """PolNeAR blind read 4 of session 62 (item 3: "Mark Kelly - leading gun-control advocates who have strongly backed
    Mrs. Clinton - were headlining a get-out-the-vote event …" had the event in what was backed). A cue inside an
    aside set off by dashes says what it says up to the dash that closes the aside (`AfterCue._before_aside_closes`);
    a dash after a cue with none before it in its sentence closes nothing."""
    found = statements(
        "Maria Ortiz and her husband, Tom Ortiz — leading water-rights advocates who have said the dam failed — were"
        " leading a march on Sunday in Tucson.",
        "en",
    )
    assert [s.content for s in found] == ["the dam failed"]
    found = statements("Mr. Ruiz said the dam failed - and it did - last spring.", "en")
    assert [s.content for s in found] == ["the dam failed - and it did - last spring"]


def test_a_religious_title_given_as_a_name_inside_a_name_is_the_name() -> None:
    """Detik blind read 5 of session 62 (item 1, partial: "Direktur Utama PT Pertamina Gas Gamal Imam Santoso …" was
    "Santoso", and "ujar Gamal" another actor). "Imam", a title parents also give as a name, after a word of a
    person's name is part of the name, as "Raja", "Ratu", "Sultan" are (`[titles] royal_given_names`,
    `SpeakerParser.royal_name_at`); opening the phrase it is still the title ("Imam Besar Masjid Istiqlal …")."""
    text = (
        "Direktur Utama PT Pertamina Gas Gamal Imam Santoso menekankan bahwa pasokan gas naik 5 persen."
        ' "Kami mengusung tiga tahap integrasi," ujar Gamal.'
    )
    assert [s.speaker for s in statements(text, "id")] == ["Gamal Imam Santoso", "Gamal Imam Santoso"]
    text = "Imam Besar Masjid Istiqlal Nasaruddin Umar mengatakan masjid dibuka untuk umum."
    assert [s.speaker for s in statements(text, "id")] == ["Nasaruddin Umar"]


def test_a_relative_that_after_a_noun_points_at_nothing_said() -> None:
    """FNC-1 blind read 5 of session 62 (item 26, stance: the Riches' "Imagine that instead, every call that comes
    in is a reporter asking what you think of a series of lies or conspiracies …" was a denial). A pointer that
    also opens a clause ("that") points at something said only as the content's first word
    (`Stance._pointer_opening`): after "Every call" it is a relative, and the verdict word "lies" is said of no one's
    words. "That is a lie" still denies."""
    text = 'The parents wrote: "Every call that comes in is a reporter asking about a series of lies about our son."'
    assert [s.stance for s in statements(text, "en")] == ["assert"]
    assert [s.stance for s in statements('Mr. Ruiz said: "That is a lie."', "en")] == ["deny"]


def test_a_cue_that_took_nothing_says_nothing() -> None:
    """PolNeAR blind read 6 of session 62 (item 5, wrong: "Thus far, Mr. Trump has proposed nothing that would close
    even a single loophole …", the columnist's narration, was Trump's statement). A cue whose object is "nothing"
    (`[cues] nothing_objects`) reports that no words were said (`Extractor._nothing_said`); "nothing" as the subject
    of what was said, its verb after it, is still said."""
    assert statements("So far, Mr. Ruiz has proposed nothing that would close a single loophole.", "en") == []
    assert statements("Mr. Ruiz said nothing about the deal.", "en") == []
    found = statements("Mr. Ruiz said nothing was wrong with the deal.", "en")
    assert [s.content for s in found] == ["nothing was wrong with the deal"]


def test_a_cue_of_countering_with_only_something_said_denies_it() -> None:
    """FNC-1 blind read 6 of session 62 (item 16, stance: "The clinic countered the biopsy allegation last Wednesday"
    asserted). A cue of countering (`[stance] countering_cues`) whose object is only a noun phrase pointing at
    something said denies it (`Extractor._countered`); "countered that …" says what the speaker holds, and
    asserts."""
    assert [s.stance for s in statements("The clinic countered the biopsy allegation on Wednesday.", "en")] == ["deny"]
    assert [s.stance for s in statements("The clinic countered that no biopsy was done.", "en")] == ["assert"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lenovo and BlackBerry said their companies did not comment on rumors.", "Lenovo and BlackBerry"),
        ("Microsoft and IBM said the deal was off.", "Microsoft and IBM"),
    ],
)
def test_bodies_of_one_word_each_listed_speak_together(text: str, speaker: str) -> None:
    """FNC-1 blind read 7 of session 62 (item 3, partial: "Lenovo and BlackBerry said …" was BlackBerry's). A list
    of one capitalised word each, one of them a body's acronym or coined name ("IBM", "BlackBerry"), is a group of
    speakers (`SpeakerParser._listed`, `_one_word_body`), not its last member with the rest as its role."""
    assert [s.speaker for s in statements(text, "en")] == [speaker]


def test_a_role_before_a_list_of_bodies_and_a_name_is_still_one_person() -> None:
    """Guard (Detik 655, the first try): "Founder Greeneration Indonesia, Waste4Change, dan Ecoxyztem, Bijaksana
    Junerosano (Sano), menilai …" is one founder of three bodies, not a list."""
    text = (
        "Sementara, Founder Greeneration Indonesia, Waste4Change, dan Ecoxyztem, Bijaksana Junerosano (Sano),"
        " menilai bahwa infrastruktur pengelolaan sampah belum matang."
    )
    assert [s.speaker for s in statements(text, "id")] == ["Bijaksana Junerosano"]


def test_a_connective_of_two_words_before_the_subject_leaves_it_the_subject() -> None:
    """Detik blind read 8 of session 62 (item 19, wrong: a quotation closed by "ujarnya" after "Sementara itu
    Direktur … Ma'mun, memberi himbauan …" went to Basuki, quoted before). "Sementara itu" with no comma is one
    connective opening the sentence, and the person after it is the subject the "-nya" means
    (`SentenceSubjects._leads_to_subject`). Left: Ma'mun himself, one word set off after his office, is not read as
    a subject."""
    text = (
        '"Kami berkomitmen," tambah Basuki. Sementara itu Direktur ESDM Budi Santoso memberi himbauan kepada'
        ' masyarakat. "Silahkan masyarakat mengurus izin usahanya," ujarnya.'
    )
    assert [s.speaker for s in statements(text, "id")] == ["Basuki", "Budi Santoso"]


def test_a_place_set_off_after_an_institution_is_where_it_is() -> None:
    """FNC-1 blind read 8 of session 62 (item 3, wrong: "Another study …, from the university of Buenos Aires,
    Argentina also showed that …" was Argentina's). A place set off after a piece that ends in an institution's name
    (a body's head, in either case, and capitalised words: `SpeakerSpans._ends_in_institution`) is where the
    institution is, no speaker (`_region_of_a_place`)."""
    text = "A study from the University of Oslo, Norway, showed that the herbicide can cause abnormalities."
    assert [s.speaker for s in statements(text, "en")] != ["Norway"]
    text = "A study from the university of Buenos Aires, Argentina also showed that the herbicide can cause harm."
    assert all(s.speaker != "Argentina" for s in statements(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "That same month, party adviser Mark Ruiz claimed, without evidence, that the ballots were burned.",
        "Mark Ruiz claimed without evidence that the ballots were burned.",
    ],
)
def test_without_evidence_before_that_is_how_it_was_claimed(text: str) -> None:
    """FNC-1 blind read 11 of session 62 (item 26, stance: "Trump adviser Roger Stone claimed, without evidence, that
    Rich was murdered …" was a denial, its content opening with "without evidence,"). "without" opens the circumstance
    of saying (`[cues] circumstance_prepositions`) as "in an interview" does, and after a comma with a complementizer
    after it the attribution is no aside inside the sentence (`InsertedAttribution._carries_on`): what was said
    begins after "that", and asserts."""
    found = statements(text, "en")
    assert [(s.content, s.stance) for s in found] == [("the ballots were burned", "assert")]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said Oslo was working with Qatar, Saudi Arabia and others in the region thought by the United"
        " States to possibly have influence with the groups.",
        "The ministry allowed some states to combine those categories, a practice criticized by the civil rights"
        " groups.",
    ],
)
def test_a_cue_followed_by_its_agent_is_a_passive_participle(text: str) -> None:
    """FNC-1 blind read 12 of session 62 (item 8, wrong: "… Qatar, Saudi Arabia … and others in the region thought by
    the United States to possibly have influence …" was Saudi Arabia's thought, its content the sentence before). A
    cue right before "by" and a determiner or a capital (`[cues] passive_agents`) is a passive participle
    (`CueContext.in_place`): the noun before it is what was thought or confirmed, and said nothing. Not before a word
    in lower case ("said by telephone", "confirmed by email that …": how it was said). The practice sentence, read
    rightly before as well, and the telephone one are guards."""
    speakers = [s.speaker for s in statements(text, "en")]
    assert not {"Qatar", "others", "fact", "practice", "Saudi Arabia"} & set(speakers), speakers
    assert [s.speaker for s in statements('"It is nonsense," Mr. Ruiz said by telephone.', "en")] == ["Ruiz"]
