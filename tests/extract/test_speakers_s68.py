"""Speakers from session 68, written again in sentences of our own (docs/extraction.md, session 68)."""

from __future__ import annotations

from tests.extract.helpers import statements


def said(text: str, language: str = "id") -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in statements(text, language)]


# --- Indonesian -------------------------------------------------------------------------------------------------------
def test_a_pronoun_after_a_relative_clause_s_speaker_goes_on_with_the_sentence_s_subject() -> None:
    """Detik round 68-1 item 3 (avoidable): "Lalu, Dede mengapresiasi sikap pihak kampus dan keluarga yang meminta
    transparansi …. Ia menekankan bahwa …" gave "Ia" to "keluarga", the speaker of the relative clause inside Dede's
    object (`coreference._subject_over_relative_speaker`)."""
    text = (
        "Bupati Sleman Harda Kiswaya meninjau jalan desa yang rusak pada Senin (20/10/2025).\n\n"
        "Harda kemudian mengapresiasi sikap warga yang meminta transparansi anggaran desa. Ia menegaskan perbaikan "
        "jalan akan dimulai bulan depan."
    )
    assert said(text)[-1][:2] == ("Harda Kiswaya", "menegaskan")


def test_a_pronoun_after_a_relative_clause_of_the_subject_itself_is_unchanged() -> None:
    """Guard: where the relative clause's speaker is the sentence's subject ("Kepala desa yang meminta … ditemui …"),
    no other subject governs it, and the pronoun goes on with that speaker as before."""
    text = (
        "Warga Desa Sumberrejo mengeluhkan jalan rusak pada Senin (20/10/2025).\n\n"
        "Kepala desa yang meminta transparansi anggaran itu ditemui di kantornya. Ia menegaskan perbaikan jalan akan "
        "dimulai bulan depan."
    )
    assert said(text)[-1][:2] == ("Kepala desa", "menegaskan")


# --- English ----------------------------------------------------------------------------------------------------------
def test_a_title_word_before_a_son_s_suffix_is_his_family_name() -> None:
    """Session 68, from reading "Donald Trump Jr." in the PolNeAR dumps: "Martin Luther King Jr." was read as the
    title "King" and the name "Jr", and "Jr" then joined the one fuller name ending in it the article had given
    before, Donald Trump Jr.: a wrong speaker. A title word the suffix alone follows is the family name
    (`SpeakerParser._parse_phrase`, `[names] generational_suffixes`)."""
    text = (
        "Donald Trump Jr. said on Tuesday that the meeting lasted twenty minutes.\n\n"
        "Martin Luther King Jr. said in 1963 that the march would go on."
    )
    assert [speaker for speaker, _, _ in said(text, "en")] == ["Donald Trump Jr", "Martin Luther King Jr"]


def test_a_king_before_his_name_is_still_a_title() -> None:
    """Guard: a royal title before a given name and its numeral stays the role ("King Charles III")."""
    text = "King Charles III said on Tuesday that the palace would open to visitors."
    assert said(text, "en")[0][0] == "Charles III"


def test_a_person_of_a_body_described_by_title_makes_no_actor_of_the_body() -> None:
    """PolNeAR round 68-1 item 12 (wrong): "In closing, the CNN host reiterated, …" was credited to an actor "CNN
    host", an organisation. A body's name then a person's title or noun of what one is (`[speaker] person_nouns`:
    "host", "anchor") names someone of the body, unnamed: no body, no actor (`NameWords.names_someone`)."""
    from claimtrack.extract.names import name_words

    words = name_words("en")
    assert not words.names_someone("CNN host", "organization")
    assert not words.names_someone("Reuters reporter", "organization")
    assert words.names_someone("Clinton campaign", "organization")  # a body's noun, not a person's (guard)
    assert words.names_someone("CNN", "organization")


def test_a_body_s_name_set_off_after_its_noun_is_what_the_noun_means_later() -> None:
    """PolNeAR round 68-1 item 13 (avoidable): "It was the latest controversy for the network, RT, originally known as
    Russia Today. … RT called the bank's decision … The network said …" left "The network" unresolved: the name set off
    by commas after "the network" is now read as the body the noun stands for (`coreference._body_patterns`)."""
    text = (
        "It was the latest controversy for the network, RT, originally known as Russia Today.\n\n"
        "Ofcom, the British broadcast regulator, has singled out the channel repeatedly.\n\n"
        'In a statement on its website, the broadcaster called the decision "incomprehensible." The network said the '
        "decision was part of a pattern in Britain."
    )
    assert said(text, "en")[-1][0] == "RT"


def test_a_station_s_number_opens_its_name() -> None:
    """FNC-1 round 68-2 item 23 (avoidable): "The claims come as an American news channel 10 News revealed …" gave
    the speaker "News" (no actor): a number before an outlet's word is the station's name's (`[speaker]
    outlet_name_words`; `PhraseBounds._acceptable_at`, `SpeakerParser._station_number`)."""
    text = (
        "A Florida woman is facing claims that her surgery is a fake.\n\n"
        "The claims come as an American news channel 10 News revealed she had filed a report after losing a bag."
    )
    assert said(text, "en")[-1][0] == "10 News"


def test_a_cue_before_a_past_verb_and_its_object_is_no_report() -> None:
    """FNC-1 round 68-3 item 2 (wrong): "a jealous wife in China, 30-year-old Feng Lung, reported chopped her husband's
    penis off …" was her statement: "reported" there is the writer's "reportedly" mistyped, the words the narration's
    (`Extractor._cue_before_a_verb`)."""
    text = (
        "A jealous wife in China, 30-year-old Feng Lung, reported chopped her husband's ear off with a pair of "
        "scissors, not once, but twice."
    )
    assert said(text, "en") == []


def test_a_participle_before_its_noun_after_reported_is_still_a_report() -> None:
    """Guard: "reported increased sales" is what the company reported."""
    assert said("The company reported increased sales in the third quarter.", "en") == [
        ("company", "reported", "increased sales in the third quarter")
    ]


def test_a_member_of_a_body_named_with_its_place_is_not_the_body() -> None:
    """FNC-1 round 68-3 item 20 (wrong): '"…," The Foundation for Relief and Reconciliation in the Middle East member
    added.' was the foundation's: the phrase was cut at "in" and the body's name before it taken. The member is
    unnamed: no speaker (`SpeakerSpans._person_of_named_at_end`)."""
    text = (
        "Reports came from the Foundation for Relief and Reconciliation in the Middle East, a charity in Baghdad.\n\n"
        '"The army can do very little," The Foundation for Relief and Reconciliation in the Middle East member added.'
    )
    assert [speaker for speaker, _, _ in said(text, "en")] == []


def test_a_description_ending_in_a_person_s_title_keeps_its_speaker() -> None:
    """Guard, from the first version of the rule above (dump u68w), which lost these: only a preposition-like stop
    opens the rest of a name, never an article or an adverb."""
    text = (
        "Appearing on CBS' Face the Nation, the GOP front-runner said Clinton caused tremendous death.\n\n"
        "When an NBC reporter later asked Trump if the plan was legal, Trump deflected."
    )
    assert [speaker for speaker, _, _ in said(text, "en")] == ["GOP front-runner", "NBC reporter"]


def test_a_member_of_a_body_by_an_acronym_title_makes_no_actor() -> None:
    """FNC-1 round 68-5 item 8 (wrong): "Iraqi Parliamentary Security and Defense Commission MP disclosed …" was an
    organisation actor of that name; the title may be an acronym ("MP"), and a person described by a body's office
    ("Senate Majority Leader") names no one either (`NameWords.names_someone`)."""
    from claimtrack.extract.names import name_words

    words = name_words("en")
    assert not words.names_someone("Iraqi Parliamentary Security and Defense Commission MP", "organization")
    assert not words.names_someone("Senate Majority Leader", "person")
    assert words.names_someone("John Major", "person")  # a rank's word ending a name (guard)
    assert words.names_someone("BBC", "organization")


def test_a_body_a_copula_calls_a_newspaper_is_what_the_newspaper_means() -> None:
    """PolNeAR round 68-6 item 8 (avoidable): "The Washington Post on Thursday became the latest US newspaper to
    endorse …. …, the newspaper wrote …" left "the newspaper" unresolved: a name the subject of a copula whose
    predicate is the noun (`[speaker] body_copulas`, `coreference._body_patterns`), a weekday between cut off."""
    text = (
        "The Washington Post on Thursday became the latest US newspaper to endorse the senator for governor.\n\n"
        'The senator "is dogged, resilient and smart," the newspaper wrote.'
    )
    assert said(text, "en")[-1][0] == "Washington Post"
