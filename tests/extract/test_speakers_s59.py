"""Speakers from session 59's reads of the judged claims and the dumps, written again in sentences of our own
(docs/extraction.md, session 59)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    "text",
    [
        "The police found Marta on the pavement with two stab wounds in her back.",
        "Rescuers found him dead under the rubble on Sunday.",
        "A neighbour found her body at 6am on Friday.",
        "Hikers found him after he had spent three nights on the ridge.",
        "Okafor found no way to reach the owner of the lost dog.",
    ],
)
def test_someone_or_something_found_is_no_finding_told(text: str) -> None:
    """FNC-1 claim read (session 58, sixth round, C1: "The police found Rich on the sidewalk with multiple gunshot
    wounds" became the police's claim "Rich on the sidewalk …") and the FNC-1 dump ("A colleague found his body at
    1am", "Nash found no way to contact …"). Someone found somewhere or in some state (`[cues] found_states`), or a
    thing found by anyone whose work is not finding (`[cues] finders`), is a discovery: no words said
    (`Extractor._thing_shown`, `CueObjects.someone_found`)."""
    assert statements(text, "en") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Investigators found no signed consent form in the clinic's records.",
            "investigators",
            "no signed consent form in the clinic's records",
        ),
        ("Researchers found a 20 percent rise in asthma cases.", "researchers", "a 20 percent rise in asthma cases"),
        ("Police found that the driver was drunk.", "Police", "the driver was drunk"),
        ("Harbor University found Okafor at 46 percent.", "Harbor University", "Okafor at 46 percent"),
    ],
)
def test_a_finding_told_keeps_its_finder(text: str, speaker: str, content: str) -> None:
    """Guard: those who find for a living (`[cues] finders`) tell what they find, a clause found is a finding told,
    and a figure after a name found is a poll's."""
    assert [(s.speaker, s.content) for s in statements(text, "en")] == [(speaker, content)]


def test_an_achievement_recorded_is_no_words_said() -> None:
    """Detik blind read (session 59, first round, item 9: "George sempat mencatat prestasi internasional pada 2015 …"
    was George Santos's statement — the writer telling what he achieved). A cue of recording with an achievement as
    its object (`[cues] achieving_cues`, `achievements`) is achieving, no words said."""
    text = "Selain di dunia usaha, Rudi Hartawan sempat mencatat prestasi nasional pada 2019 sebagai atlet termuda."
    assert statements(text, "id") == []


def test_a_figure_a_body_records_is_still_its_statement() -> None:
    """Guard: what a statistics body records is its figure ("BPS mencatat inflasi …"), and an achievement word that
    opens a clause after another cue is that clause's subject ("mengatakan prestasi timnas menurun")."""
    found = statements(
        "BPS mencatat inflasi Juli sebesar 0,30 persen. Pelatih Budi Santoso mengatakan prestasi timnas menurun.", "id"
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("BPS", "inflasi Juli sebesar 0,30 persen"),
        ("Budi Santoso", "prestasi timnas menurun"),
    ]


def test_words_offered_with_a_past_word_after_a_possessive_are_a_thing() -> None:
    """PolNeAR blind read (session 59, first round, item 21: "Hillary Clinton frequently offered warm and at times
    sympathetic words for Wall Street during her paid speeches …" was her statement, the writer's description of
    them). A word in the past after a determiner or a possessive is an adjective ("her paid speeches"), not the
    object's own verb, so what was offered is a noun phrase: no statement (`CueObjects.object_thing`)."""
    text = "Marta Okafor often offered kind words for the unions during her paid lectures, according to the excerpts."
    assert statements(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "However polls show high levels of anger and in public remarks Okafor already has called the count into"
        " question, creating the risk of an unsettled outcome.",
        "Aides said the deal was off and the buyer was calling her bluff.",
    ],
)
def test_a_second_cue_of_naming_with_no_naming_says_nothing(text: str) -> None:
    """PolNeAR blind read (session 59, second round, item 23: "… and in public remarks Trump already has called the
    election results into question, creating …" was Trump's statement). A cue of naming joined to a clause before it
    is read as a first one is (`CueObjects.named_as`): with nothing quoted and no object named as something, it
    names nothing and no words were said (`FrameFinder._more`); "into question" after the object is doubting
    (`[cues] naming_doubts`), whatever follows it."""
    assert all(s.cue not in ("has called", "calling") for s in statements(text, "en"))


def test_a_second_cue_of_naming_with_a_quotation_after_a_long_object_still_speaks() -> None:
    """Guard (PolNeAR dump: "… calling him, among other things, “a failed candidate.”"): a quotation after the object,
    however long, names it as something."""
    text = "Aides said the senator left early and Okafor called his standing in the crowded field “unheard of.”"
    assert [(s.speaker, s.cue) for s in statements(text, "en")][-1] == ("Okafor", "called")


@pytest.mark.parametrize(
    "text",
    [
        "That custom began in 1907, when Marta Okafor and Jonas Okafor, Volga German farmers from south-eastern"
        " Ukraine asked the mayor to become godfather to their seventh son.",
        "Chile, like Peru, wants to raise the tax on copper exports.",
    ],
)
def test_a_place_after_a_preposition_is_no_speaker(text: str) -> None:
    """FNC-1 speaker audit (session 59, `bench/speaker_audit.py places`: "… Volga German emigrés from south-eastern
    Russia asked then-president José Figueroa Alcorta …" was Russia's statement; PolNeAR "Iran, like Turkey, wants
    …"). A place the gazetteer knows, right after a preposition in its piece (past a word of which part of it:
    "south-eastern", "northern"), is where someone came from or what they are like, never who spoke
    (`SpeakerSpans._place_after_preposition`)."""
    assert all(s.speaker not in ("Ukraine", "Peru") for s in statements(text, "en"))


def test_a_place_opening_its_clause_after_a_phrase_still_speaks() -> None:
    """Guard: a place after a phrase set off by a comma, or after "how deeply", opens its own clause ("After a week of
    speculation, North Korea has finally admitted …", "… of how deeply Washington believes …")."""
    text = "After a week of speculation, Ukraine has finally admitted that the plant was damaged."
    assert [s.speaker for s in statements(text, "en")] == ["Ukraine"]


@pytest.mark.parametrize(
    "text",
    [
        "Everyone on that show treated me with nothing but kindness.",
        "The analysts in this report state that the war game was real.",
    ],
)
def test_a_cue_after_a_preposition_and_a_demonstrative_is_a_noun(text: str) -> None:
    """FNC-1 speaker audit (session 59, `bench/speaker_audit.py oneword`: "Everyone on that show treated me with
    nothing but kindness" was Everyone's statement with the cue "show"). After a preposition "that" is no
    complementizer but a determiner: the cue word after it is a noun (`FrameFinder._after_preposition_and_
    demonstrative`)."""
    assert all(s.cue not in ("show", "report") for s in statements(text, "en"))


def test_that_after_a_cue_still_opens_what_was_said() -> None:
    """Guard: "that" after a cue of saying is a complementizer, and a cue after it in what was said is that
    clause's ("Experts said that polls show Trump ahead")."""
    found = statements("Experts said that polls show Okafor ahead.", "en")
    assert [(s.speaker, s.cue, s.content) for s in found] == [("Experts", "said", "polls show Okafor ahead")]


def test_a_second_cue_with_its_particle_is_another_verb() -> None:
    """FNC-1 dump (s64l→s64m, body 2262: "… a lawyer shows up and begs you to "at least put some pants on."" was the
    lawyer's statement with the cue "shows"). A cue joined to a clause before it is asked for its particle as a first
    one is (`[cues] phrasal_particles`, `phrasal_verbs`): "shows up" is arriving (`FrameFinder._more`)."""
    text = (
        "She should have done what I do when the manager at the diner locks the doors and tells me “nobody wants to"
        " see you dance on our counter!”—stand firm and wait until your lawyer shows up and begs you to “at least put"
        " some shoes on.”"
    )
    assert all(s.cue != "shows" for s in statements(text, "en"))


def test_he_after_the_source_of_the_claims_means_that_source() -> None:
    """FNC-1 speaker audit (session 59, `bench/speaker_audit.py sex`: "… according to a source close to Manson. … The
    claims come from Daniel Simone, a journalist who has spoken extensively with Manson …. He claimed that Manson is
    now wise to the plot" gave "He" to the source). A noun of words said and "come(s)/came from" before a name
    (`[names] source_phrases`, `sourced_nouns`) bring in who said them: the "he" after it is that person."""
    text = (
        "A source close to the singer said the wedding was off. The claims come from Jonas Berg, a journalist who has"
        " spoken with the singer for years. He claimed that the singer is now wise to the plot."
    )
    assert [s.speaker for s in statements(text, "en")] == ["source close to the singer", "Jonas Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Marta Okafor of Gander’s Cove, Newfoundland in Canada said her daughter brought the cat home.",
        "Marta Okafor of Gander’s Cove, Labrador said her daughter brought the cat home.",
    ],
)
def test_a_region_after_a_persons_origin_is_no_speaker(text: str) -> None:
    """FNC-1 speaker audit (session 59, `bench/speaker_audit.py connectors`: "Colleen Clarke-Murphy of Heart’s Desire,
    Newfoundland in Canada said …" was Newfoundland's statement). One capitalised word, perhaps with the country it
    is in, after a person's name and origin ("NAME of PLACE,") is the region the place is in, known to the gazetteer
    or not (`SpeakerSpans._region_of_a_place`)."""
    assert [s.speaker for s in statements(text, "en")] == ["Marta Okafor"]


def test_an_auxiliary_is_no_kind_of_people() -> None:
    """FNC-1 speaker audit (session 59, `bench/speaker_audit.py connectors`: "FOX 5 DC: You have sources at the FBI
    saying that there is information …" named the speaker "You have sources"). A word before a plural of people
    says what kind they are ("Human rights groups"), but an auxiliary says nothing of them (`[claims]
    aspect_openers`: `SpeakerWords._no_kind_of_people`)."""
    found = statements("You have sources at the ministry saying that there is information.", "en")
    assert [s.speaker for s in found] == ["sources"]


def test_a_subject_after_even_is_the_one_a_pronoun_means() -> None:
    """PolNeAR blind read (session 59, fourth round, item 3: "Even Mike Pence, Trump's running mate, can't bring the
    monster to heel. “We will absolutely accept the results of the election,” he said Sunday" gave "he" to Trump).
    A word that focuses the subject opening a sentence (`[names] subject_focus`: "Even", "Only"; "Bahkan") still
    leaves the name after it the sentence's subject (`SentenceSubjects._leads_to_subject`)."""
    text = (
        "But Okafor issued a statement saying the count was rigged.\n\nEven Jonas Berg, Okafor's running mate, can't"
        " rein him in. “We will accept the results of the election,” he said Sunday."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Okafor", "Jonas Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor has said little about the plan in recent months.",
        "Berg said little, offering only short confirmations that he was pleading guilty.",
        "Berg said nothing, offering only a nod to the judge.",
    ],
)
def test_saying_little_says_nothing(text: str) -> None:
    """PolNeAR dump (session 59: "Clinton has said little about the plan in recent months", "… Lazar said little,
    offering only short confirmations …" were statements with the words "little about the plan"). "little" says as
    much as "nothing" (`[cues] empty_objects`), and a comma after it sets it off as the whole object
    (`CueObjects.empty`)."""
    assert all(s.cue != "said" and s.cue != "has said" for s in statements(text, "en"))


def test_little_or_nothing_opening_a_clause_is_still_said() -> None:
    """Guard: "said little has changed", "said nothing “would change”": the word opens a clause of its own."""
    found = statements("Experts said little has changed since 2010. Okafor said nothing “would change” after it.", "en")
    assert [s.content for s in found] == ["little has changed since 2010", "nothing “would change” after it"]


def test_an_undersheriff_is_a_title() -> None:
    """FNC-1 blind read (session 59, fourth round, item 26: "Butte-Silver Bow Undersheriff George Skuletich" named
    whole, partial). "Undersheriff" is a title of the sheriff's office (`[titles] person`), as "Sheriff" is: the
    county's name and the title before the name go to the role."""
    found = statements("Marin Falls Undersheriff Jonas Berg said the man was arrested.", "en")
    assert [s.speaker for s in found] == ["Jonas Berg"]


def test_a_participle_goes_on_with_the_subject_of_a_cue_that_said_nothing() -> None:
    """FNC-1 dump (s64a→s64c, body 1629: once "the victim felt a need to explain why …" was no statement, the
    participle after it, "telling news outlets that his granddaughter uploaded it as a joke", lost its speaker). The
    subject of a cue that said nothing still goes on with a participle of saying set off after its clause
    (`FrameFinder._leading`, `dropped`)."""
    text = (
        "However, the driver felt a need to explain why he had the song as a ringtone, telling reporters that his"
        " grandson uploaded it as a joke."
    )
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [("driver", "telling")]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in key states decided that the economy was important.",
        "Rights groups fought the changes states made in voting laws.",
    ],
)
def test_states_after_a_word_that_cannot_speak_is_the_noun(text: str) -> None:
    """PolNeAR speaker audit (session 59, `bench/speaker_audit.py oneword`: "battleground states where voters …",
    "voters in key states decided that was important" had the cue "states", 13 statements of PolNeAR). A cue far more
    often the plural noun (`[cues] noun_first_cues`) is a cue only after a word that may speak (`FrameFinder.
    _noun_first_after_a_word`)."""
    assert all(s.cue != "states" for s in statements(text, "en"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The report also states that Helix Display will be the first supplier.", "report"),
        ("Jonas Berg states that the assignment was a punishment.", "Jonas Berg"),
    ],
)
def test_states_after_a_document_or_a_name_is_the_verb(text: str, speaker: str) -> None:
    """Guard: after a document (past an adverb: "The report also states …") or a name, "states" says."""
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [(speaker, "states")]


@pytest.mark.parametrize(
    "text",
    [
        "The Southeastern states, which all lean heavily to Okafor, could play a larger role.",
        "The March states account for more than half of the delegates, Okafor's campaign manager wrote.",
    ],
)
def test_states_after_a_quarter_or_a_month_is_the_noun(text: str) -> None:
    """PolNeAR speaker audit (session 59, `speaker_audit oneword`: "Southeastern states, which all lean heavily Trump",
    "March states account for more than half of the delegates" had the cue "states"). After a capitalised word of a
    compass quarter or a month, "states" is the noun too; after a name it still says ("Lavern states that …")."""
    assert all(s.cue != "states" for s in statements(text, "en"))
    assert [s.cue for s in statements("Lavern Okafor states that the plan failed.", "en")] == ["states"]
