"""Speakers from session 60, written again in sentences of our own (docs/extraction.md, session 60)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


def test_a_prosecutor_by_the_abbreviation_is_the_one_the_article_named_in_full() -> None:
    """Detik blind read, session 60 (seed 3019, "… ungkap JPU" after "Jaksa Penuntut Umum (JPU) Kejari Ogan Komering
    Ilir (OKI) Ulpah", judged avoidably unresolved). "JPU" is how Indonesian news writes "Jaksa Penuntut Umum"
    (`[titles.abbreviated]`): the role said short is the one person the article gave it in full."""
    text = (
        "Sidang dipimpin hakim. Surat dakwaan dibacakan oleh Jaksa Penuntut Umum Kejari Banyuasin Warsini Astuti.\n\n"
        '"Terdakwa telah menerima uang sebesar Rp 40 juta dari tiga kepala sekolah," kata JPU dalam dakwaan.'
    )
    assert [(s.speaker, s.speaker_mention) for s in statements(text, "id")] == [("Warsini Astuti", "JPU")]


def test_a_prosecutor_by_the_abbreviation_stays_a_role_when_the_article_names_two() -> None:
    """Guard: two prosecutors named, "kata JPU" is neither of them."""
    text = (
        "Jaksa Penuntut Umum Warsini Astuti dan Jaksa Penuntut Umum Andi Saputra membacakan dakwaan.\n\n"
        '"Terdakwa telah menerima uang sebesar Rp 40 juta dari tiga kepala sekolah," kata JPU dalam dakwaan.'
    )
    assert [s.speaker for s in statements(text, "id")] == ["JPU"]


def test_a_participle_telling_of_the_noun_that_opens_the_sentence_is_no_statement() -> None:
    """FNC-1 blind claim read, session 60 (seed 3023, C25: "The beheading of U.S. journalist Steven J. Sotloff appears
    to be authentic …" asserted by "video"). "The video showing the killing of …" is the sentence's subject, a
    participle telling of it (`[cues] showing_cues`); its verb comes after ("appears"): the video said nothing, the
    officials said the sentence (`FrameFinder._opens_sentence`, as "The NHL adding more than two fits …")."""
    text = (
        "The video showing the killing of British aid worker Tom Hale appears to be authentic, U.S. officials said "
        "Wednesday."
    )
    assert [(s.speaker, s.cue, s.content) for s in statements(text, "en")] == [
        (
            "U.S. officials",
            "said",
            "The video showing the killing of British aid worker Tom Hale appears to be authentic",
        )
    ]
    assert statements("A tape showing Mr. Lopez mocking the victims was released Friday.", "en") == []


def test_a_clause_of_time_after_the_cue_is_when_it_was_said() -> None:
    """The same sentence went on "… U.S. officials said Wednesday as President Obama said America would not be
    “intimidated” …": the officials were given "as President Obama said …" for their words. A subordinator, a subject
    and its verb after the cue, with no comma for a main clause to follow, tell when the words were said
    (`CueContext.circumstance_clause`, `[cues] content_subordinators`); the words stand before the attribution."""
    text = (
        "Fuel costs in Lagos rose 5 percent last month, officials said Wednesday as the governor said the state would "
        "cut fuel taxes."
    )
    assert [(s.speaker, s.content) for s in statements(text, "en")][:1] == [
        ("officials", "Fuel costs in Lagos rose 5 percent last month")
    ]
    assert not any(s.content.startswith("as ") for s in statements(text, "en"))
    assert statements("Prime Minister Rutte said as he entered the talks in Brussels.", "en") == []
    quoted = (
        '"A clean win is vital," Dana Whitlock said after meeting aides on Thursday, because he said the party is '
        "split."
    )
    assert [(s.speaker, s.content) for s in statements(quoted, "en")][:1] == [("Dana Whitlock", "A clean win is vital")]


def test_what_goes_on_after_a_role_or_a_comma_is_still_what_was_said() -> None:
    """Guards: "as president" is a role, no clause of time; after "he said," the words go on."""
    [statement] = statements("Senator Whitlock has said as president he would close the Kano base within a year.", "en")
    assert statement.content == "as president he would close the Kano base within a year"
    text = "That is cause for celebration, Whitlock said, because Kenyans are now living longer."
    assert any(s.content.startswith("because Kenyans") for s in statements(text, "en"))


def test_a_participle_telling_of_the_noun_that_opens_a_joined_clause_is_no_statement() -> None:
    """The rule above also after a link that opens a clause after a comma (`[cues] clause_links`), past a determiner
    and a capitalised modifier: FNC-1 "…, but some recent satellite pictures showing the ship have enabled them to
    narrow the search area …" gave the pictures "the ship have enabled them …"."""
    text = (
        "Despite their efforts, the coast guard has not been able to find the trawler, but some recent satellite "
        "pictures showing the trawler have enabled them to narrow the search area to about 300 square miles."
    )
    assert statements(text, "en") == []
    # (a pronoun and its verb before the noun: the noun is no subject)
    assert [s.speaker for s in statements("He's a puppet saying exactly what people want to hear.", "en")] == ["puppet"]


def test_a_clause_before_a_role_names_no_one_in_apposition() -> None:
    """PolNeAR/FNC-1 dumps, session 60: "Costs in Lagos rose 5 percent last month, officials said" was read as a name
    set off before a role ("Costs, officials said", as "Tri Maharini, dokter emergensi …, memaparkan"), and the
    statement lost. A piece with a finite verb after the phrase found is a clause, not a name (`SpeakerSpans.
    clause_after_name`): "…, the New York Daily News reports", "…, a study by the Council of the Great City Schools
    found", "Back when it signed on …, the United States pledged that …" got their speakers."""
    [statement] = statements("Costs in Lagos rose 5 percent last month, officials said.", "en")
    assert (statement.speaker, statement.content) == ("officials", "Costs in Lagos rose 5 percent last month")
    # guard: a name and its role, set off
    [named] = statements("Nasrullah Tan, the company's chief executive, said the plant would close.", "en")
    assert named.speaker == "Nasrullah Tan"


def test_a_quotation_going_on_in_the_next_paragraph_is_its_opener_s_not_the_one_it_quotes() -> None:
    """FNC-1 blind read, session 60 (seed 3025, item 28, judged avoidably unresolved; in our words below the same text
    named the wrong speaker). "Miss Kowal said: 'I can't remember much but the nurse said she talked to me about dogs
    …" opens a quotation that goes on in the next paragraph (no closing mark, as British style writes it); the
    paragraph after is hers, never the nurse's, whose words stand inside her quotation
    (`Extractor._open_quotation_before`)."""
    text = (
        "Anna Kowal, 19, was undergoing surgery in Krakow when she woke up.\n\n"
        "After the operation Miss Kowal said: 'I can't remember much but the nurse said she talked to me about dogs, "
        "which I love.\n\n"
        "'I missed New Year because of this operation but it is the best present I could have had as I am now "
        "feeling great.'"
    )
    found = statements(text, "en")
    assert [s.speaker for s in found if s.content.startswith("I missed New Year")] == ["Anna Kowal"]
    assert "nurse" not in [s.speaker for s in found if s.quote == "direct"]


def test_as_and_a_cue_of_reporting_that_ends_the_sentence_attribute_what_stands_before() -> None:
    """FNC-1 blind claim read, session 60 (seed 3028, C15: "The outline of a crab at the mouth of Kent harbor, yet the
    size of the animal dwarfs fishing boats on a nearby pier, as the Daily Mail notes" — the attribution was read as
    part of the claim, and no one was given the sentence). "…, as X notes" after a comma (`[cues]
    attribution_openers`), with a cue of reporting that ends the sentence (`attribution_opener_cues`), gives X what
    stands before the comma (`FrameFinder._attribution_opener`)."""
    [statement] = statements("Prices rose 5 percent in May, as the ministry reported on Monday.", "en")
    assert (statement.speaker, statement.content) == ("ministry", "Prices rose 5 percent in May")
    text = "The whale dwarfs the fishing boats on the pier at Dover, as the Evening Star notes."
    assert [(s.speaker, s.content) for s in statements(text, "en")] == [
        ("Evening Star", "The whale dwarfs the fishing boats on the pier at Dover")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a cue that is no report: what is proposed, how voters responded, what he goes on doing
        "One can debate a transactions tax to pay for tuition at public colleges, as Senator Whitlock proposes.",
        "In 1992, Ohio flipped to the Democrats, as union voters responded to the plant closures.",
        # the attribution inside the sentence: the clause after it is what was reported
        "Then again, as the Times reported, Mr. Ailes has already emerged as an adviser to the governor.",
    ],
)
def test_as_and_another_cue_gives_no_one_the_sentence(text: str) -> None:
    """Guards from the first try of the rule above, which took any cue after "as" anywhere in the sentence: "…, as
    Bernie Sanders proposes" (the tax proposed, not the sentence), "…, as Mexican-American voters responded to …",
    "…, not just in the South, as Sanders' campaign manager suggested" (the opposite of what was said), "as the
    Times reported, he has …" (the clause after it). None of these is the speaker's sentence."""
    assert not any(s.content.startswith(("One can", "In 1992", "Then again")) for s in statements(text, "en"))


def test_a_name_in_a_capacity_speaks_not_the_one_the_role_is_of() -> None:
    """Detik blind read 3, session 60 (seed 3029, item 24, judged wrong): "Albert Varela selaku manajer personal Martin
    mengklaim bahwa …" was Martin's. A word of capacity (`[speaker] capacity_words`: selaku, sebagai) after a name
    gives the role in which the name speaks, up to the cue (`SpeakerSpans._name_in_capacity`)."""
    text = "Budi Hartono selaku manajer personal Rossi mengklaim bahwa kliennya bisa bebas kontrak pada 2026."
    assert [s.speaker for s in statements(text, "id")] == ["Budi Hartono"]
    lawyer = "Budi Hartono selaku kuasa hukum Andi Saputra mengatakan kliennya tidak bersalah."
    assert [s.speaker for s in statements(lawyer, "id")] == ["Budi Hartono"]
    body = "Kementerian Keuangan selaku bendahara negara menyatakan defisit APBN 2,5 persen."
    assert [s.speaker for s in statements(body, "id")] == ["Kementerian Keuangan"]


def test_someone_described_and_named_is_who_a_pronoun_after_means() -> None:
    """PolNeAR blind read 3, session 60 (seed 3031, item 13, judged avoidably unresolved): "A freshman named Hailey
    Puckett posted a picture of the image online. “…,” she tweeted." — the indefinite description counted as someone
    new and unnamed, which leaves a pronoun after it open. A description with a naming word and the name after it
    (`SpeakerParser.named_after_naming`) is the named person, the sentence's subject
    (`SentenceSubjects._leads_to_subject`, `_indefinite_subject`)."""
    text = (
        "A small group of students wrote slogans on the sidewalk.\n\n"
        "A freshman named Hailey Brandt posted a picture of the image online.\n\n"
        '"Super proud of our art work, but I have a feeling half of the campus is gonna hate it," she tweeted.'
    )
    assert [s.speaker for s in statements(text, "en")] == ["Hailey Brandt"]
    # guard: described, not named, the pronoun stays open
    unnamed = (
        "Hailey Brandt spoke first. A freshman student posted a picture of the image online.\n\n"
        '"Super proud of our art work," she tweeted.'
    )
    assert [s.speaker for s in statements(unnamed, "en")] == [""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a state's abbreviation after its town is a region, no name set off before the role after it
        ("In Yuma, Ariz., border officials say they have found 200 more tunnels.", "border officials"),
        # an adverb in "-ly" after the first word makes the piece an adverbial, no name
        ("More recently, Democrats have pointed out that the inspector general found 12 messages.", "Democrats"),
        (
            "Most recently, the Science Directorate of the Department of Energy concluded that the test failed.",
            "Science Directorate of the Department of Energy",
        ),
    ],
)
def test_a_region_or_an_adverbial_is_no_name_before_a_role(text: str, speaker: str | None) -> None:
    """`bench/speaker_audit.py oneword`, session 60: "Since the first drug tunnel was discovered in 1990 in Douglas,
    Ariz., border officials say …" was Ariz's, "More recently, Democrats have pointed out that …" More's — each read
    as a name set off before a role (`SpeakerSpans._name_before_role`; `_abbreviated_place`, `clause_after_name`)."""
    found = [s.speaker for s in statements(text, "en")]
    assert found and found[0] not in ("Ariz", "More", "Most")
    if speaker is not None:
        assert found[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police investigating the shooting said the man was 42.", "Police"),
        ("Analysts tracking the company said sales fell.", "Analysts"),
        ("A lawyer representing the family said it would sue.", "lawyer"),
        ("A rabbi helping to organize the boycott said he was alarmed.", "rabbi"),
        ("Democrats supporting Mrs. Clinton have pointed to Senator Reid as a possible leader.", "Democrats"),
        # guards: a noun's modifier in "-ing", a participle of saying, a clause before a participle
        ("The company's marketing chief said sales fell.", "chief"),
    ],
)
def test_the_noun_a_participle_tells_of_speaks_not_its_object(text: str, speaker: str) -> None:
    """Found writing the audit rule above: "Police investigating the shooting said …" was the shooting's, "Analysts
    tracking the company said …" the company's, "A lawyer representing the family said …" the family's. The speaker
    phrase read before the cue was the object of a participle in "-ing" whose noun opens the clause; that noun speaks
    (`FrameFinder._head_before_participle`). PolNeAR: "Democrats -- including Clinton -- quickly accused Trump …",
    "Democrats supporting Mrs. Clinton have pointed to …" were Clinton's."""
    assert [s.speaker for s in statements(text, "en")][:1] == [speaker]


def test_a_participle_pointing_back_in_the_text_is_no_cue() -> None:
    """FNC-1 blind read 3, session 60 (seed 3030, item 9, judged wrong): "Mann, one of the scientists mentioned earlier
    for his role in the Climategate scandal, received nearly $6 million …" was Michael Mann's "mentioned". A
    participle in "-ed" with an adverb pointing back in the text after it (`[cues] back_references`: earlier, above)
    and then a preposition tells of its noun; no one spoke (`FrameFinder._participle_pointing_back`)."""
    text = (
        "Mann, one of the scientists mentioned earlier for his role in the scandal, received nearly 6 million dollars "
        "in grants."
    )
    assert statements(text, "en") == []
    # guard: a clause after the adverb is what was announced
    [announced] = statements("The company announced earlier this week it would cut 500 jobs.", "en")
    assert announced.content == "it would cut 500 jobs"


def test_a_cue_noun_after_a_preposition_a_name_and_a_comma_is_a_noun() -> None:
    """`bench/speaker_audit.py places`, session 60: "After the Paris attacks, Trump released a new radio ad calling it
    “dangerous” that Obama …" was Paris's "attacks". A cue that is also a noun (`[cues] noun_forms`) after a
    preposition, an article and a name, with a comma after it, is the preposition's object
    (`CueContext._object_of_preposition`)."""
    text = "After the Paris attacks, Trump released a new radio ad calling it dangerous that Obama has no strategy."
    assert "Paris" not in [s.speaker for s in statements(text, "en")]
    # guard: a clause after the name's verb
    claimed = "After the Pentagon claims that it struck the base, Russia denied it."
    assert [s.speaker for s in statements(claimed, "en")][:1] == ["Pentagon"]


def test_the_subject_of_a_clause_before_the_comma_is_not_the_cue_s() -> None:
    """FNC-1 blind read 4, session 60 (seed 3035, item 8, judged wrong): "Swedish Embassy in Rijad had no knowledge of
    it, says the Foreign Ministry's press service to Viral Browser" was the embassy's, its words "the Foreign
    Ministry's press service …". The phrase before the cue is the subject of a clause with its own auxiliary before the
    comma (`FrameFinder._clause_between`; and `RolesBeside.apposed_subject` no longer reads that clause as the phrase's
    apposition, so the inverted attribution may be read)."""
    text = "The Danish embassy in Cairo had no knowledge of it, says the Foreign Ministry's press service."
    assert "Danish embassy" not in [s.speaker for s in statements(text, "en")]
    # guards: the cue's own auxiliary set off, a relative's, a phrase set off
    [praised] = statements("U.S. officials have, in fact, praised the Saudis for their help in the war.", "en")
    assert praised.speaker == "U.S. officials"
    [lied] = statements("John Smith, who was at the hearing, said the police lied.", "en")
    assert lied.speaker == "John Smith"
