"""Rules from session 44's blind reads (PolNeAR test seeds 2698/2700, FNC-1 2699/2701) and the PolNeAR dump: a pronoun
given to someone the article calls by the other sex's pronoun, or to a name its own clause goes on to write ("He
accused Clinton of …"); sentences run together at a state's abbreviation ("Scranton, Pa. Sure, …"); a dash that opens
a clause read as part of the speaker ("Venting is OK -- people want …"). Each is written again in sentences of our own
(docs/extraction.md, session 44)."""

from __future__ import annotations

import pytest

from claimtrack.extract.segment import sentences
from claimtrack.lexicon import lexicon
from tests.extract.helpers import who_said_what


def english(text: str) -> list[tuple[str, str]]:
    return who_said_what(text, "en")


def indonesian(text: str) -> list[tuple[str, str]]:
    return who_said_what(text, "id")


# --- a pronoun never stands for a name its own clause writes -------------------------------------------------------
def test_a_pronoun_is_not_the_person_its_own_clause_accuses():
    text = (
        "Maria Lindgren and Tomas Berg clashed in a debate on Sunday as she sought to puncture Berg's appeal.\n\n"
        "Lindgren put Berg on the defensive through much of the debate, but a hoarse-voiced Berg got in numerous "
        "digs. He accused Lindgren of being too close to the banks."
    )
    assert english(text) == [("", "Lindgren of being too close to the banks")]


def test_a_pronoun_is_not_the_person_its_own_reported_clause_names():
    text = (
        'Maria Lindgren spoke first. "We will win," Maria Lindgren said. '
        "He said Lindgren would lose the northern districts."
    )
    assert english(text)[-1] == ("", "Lindgren would lose the northern districts")


def test_a_pronoun_still_means_the_speaker_when_the_clause_names_only_a_namesake():
    # "Bill Clinton" in Hillary Clinton's words is someone else of her family, not her
    text = (
        "Maria Lindgren spoke first. Maria Lindgren said the plan was sound. "
        "She said Erik Lindgren had backed the plan for years."
    )
    assert english(text)[-1] == ("Maria Lindgren", "Erik Lindgren had backed the plan for years")


def test_a_family_name_inside_a_longer_name_or_after_an_article_is_not_the_person():
    text = (
        "Maria Lindgren spoke first. Maria Lindgren said the plan was sound. "
        "She said the Lindgren Foundation would pay for a Lindgren sign at every school."
    )
    assert english(text)[-1] == (
        "Maria Lindgren",
        "the Lindgren Foundation would pay for a Lindgren sign at every school",
    )


def test_a_pronoun_keeps_its_antecedent_when_a_description_names_the_person_spoken_for():
    # "kuasa hukum Hendro" (Hendro's lawyer) speaks of his client: a description, not the client
    text = (
        "Kuasa hukum Hendro Wibisono, Rudi Santoso, hadir di sidang. Rudi Santoso mengatakan kliennya tidak bersalah. "
        "Dia mengatakan Hendro hanya menjalankan perintah atasan."
    )
    assert indonesian(text)[-1] == ("Rudi Santoso", "Hendro hanya menjalankan perintah atasan")


def test_an_indonesian_pronoun_is_not_the_person_its_clause_goes_on_to_name():
    text = (
        "Hakim Susan Illiana memimpin sidang gugatan itu.\n\nDalam persidangan, Illiana juga sempat menegur keras "
        "pengacara kementerian, Elisa Hartono, yang menyebut serikat pekerja harus mengajukan tuntutan ke dewan "
        "buruh.\n\nIa juga menyoroti Elisa Hartono yang dianggap tidak peduli pada legalitas PHK itu."
    )
    assert indonesian(text)[-1] == ("", "Elisa Hartono yang dianggap tidak peduli pada legalitas PHK itu")


# --- the pronouns the article has used of a person -----------------------------------------------------------------
def test_he_is_not_the_woman_the_article_has_just_called_she():
    text = (
        "For her part, Lindgren was measured. "
        '"I never questioned their fitness to serve," she said. '
        "She called him a misogynist. He called her a liar."
    )
    assert [s for s, c in english(text) if c == "her a liar"] == [""]


def test_he_is_not_the_woman_called_she_before_her_name_came_again():
    text = (
        "For her part, Lindgren was measured. "
        '"I never questioned their fitness to serve," she said. '
        '"It is a sad day," she said. "It is awfully good he is not in charge," Lindgren said. '
        "Once again, as he has since he launched his campaign, Berg decided to defy the party. "
        "He concluded that he would rather risk a firestorm."
    )
    # (session 63: the main clause's subject after a fronted "as" clause, Berg, is whom "He" means; never Lindgren.
    # Session 64: "He apparently concluded …" is hearsay of a conclusion now, no statement; the point stands without
    # the adverb)
    assert [s for s, c in english(text) if c.startswith("he would rather")] == ["Berg"]


def test_she_still_means_the_woman_the_article_calls_she():
    text = (
        "Maria Lindgren was measured. "
        '"I never questioned their fitness to serve," she said. '
        '"It is a sad day," Lindgren said. "We will win in November," she said.'
    )
    assert english(text)[-1] == ("Maria Lindgren", "We will win in November")


# --- a sentence ends at an abbreviation a sentence may end with ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("He teaches in Scranton, Pa. Sure, it can be hard.", 2),
        ("The firm is Acme Inc. The company said so.", 2),
        ("We met at 9 a.m. He was late.", 2),
        ("He moved to Scranton, Pa. Mayor Bill Courtright said so.", 1),  # a title after it: one sentence
        ("Dr. Smith said so.", 1),  # a title before a name never ends one
        ("The office in Washington, D.C. is closed.", 1),
    ],
)
def test_a_sentence_ends_at_an_abbreviation_only_before_a_word_that_opens_one(text, count):
    assert len(sentences(text, lexicon("en"))) == count


def test_an_inverted_attribution_before_a_state_abbreviation_keeps_its_content():
    text = (
        "Practice kindness and empathy, says David Palmiter, a professor of psychology at Marywood University "
        "in Scranton, Pa. Sure, it can be challenging at times."
    )
    assert english(text) == [("David Palmiter", "Practice kindness and empathy")]


# --- a dash no other closes opens the clause of the cue's subject -------------------------------------------------
def test_a_word_before_a_clause_dash_is_not_the_speaker():
    text = "The campaign was busy. Venting is OK -- people want their feelings to be heard."
    assert english(text) == [("people", "their feelings to be heard")]


def test_an_aside_between_double_hyphens_is_not_the_speaker():
    text = "The campaign was busy. Anna Berg -- the campaign's spokeswoman -- said the report was false."
    assert english(text)[0][1] == "the report was false"
    assert english(text)[0][0] != "the campaign's spokeswoman"


# --- a profession before a name -----------------------------------------------------------------------------------
def test_a_psychotherapist_named_after_her_words_speaks_them():
    text = (
        "Think of what you are grateful for, psychotherapist Fran Sherman says. "
        'It can be "I am grateful to have good friends," she says.'
    )
    assert english(text) == [
        ("Fran Sherman", "Think of what you are grateful for"),
        ("Fran Sherman", "I am grateful to have good friends"),
    ]


# --- a participle joined to another goes with that one's subject ---------------------------------------------------
def test_a_joined_participle_is_not_said_by_the_first_participle_s_object():
    text = (
        "Pat Smith spoke at the convention, where she delivered a speech blaming Lindgren for her son's death and "
        "accusing her of lying to the families."
    )
    assert [s for s, c in english(text) if c.startswith("her of lying")] in ([], [""])


def test_a_participle_after_a_comma_goes_on_with_the_subject():
    # guard: set off by a comma, the participle is the subject's, as before
    text = "Pat Smith blamed Lindgren for the attack, accusing her of lying."
    assert english(text) == [("Pat Smith", "Lindgren for the attack"), ("Pat Smith", "her of lying")]


# --- a cue of thinking with only a noun phrase ------------------------------------------------------------------------
def test_assuming_a_place_is_no_statement():
    text = (
        "Some Republicans are demanding that Berg drop out of the race and let his running mate, "
        "Governor Anna Holm, assume his place at the top of the ticket."
    )
    assert [c for _, c in english(text) if c.startswith("his place")] == []


def test_assuming_a_clause_is_a_statement():
    text = "Analysts assumed the economy would recover by June."
    assert english(text) == [("Analysts", "the economy would recover by June")]


# --- a month before a source after an article -------------------------------------------------------------------------
def test_a_month_before_a_source_after_an_article_is_when_not_who():
    text = (
        "A Berg-linked project has tapped foreign money, according to a March Bloomberg article. "
        "A Berg-branded tower raised $50 million, Bloomberg found."
    )
    assert [s for s, _ in english(text)] == ["Bloomberg", "Bloomberg"]


def test_a_given_name_that_is_a_month_stays_the_name():
    text = "The talks stalled on Monday. April Ryan said the talks had stalled."
    assert english(text) == [("April Ryan", "the talks had stalled")]


# --- a subject after a lead a preposition opens -----------------------------------------------------------------------
def test_a_role_and_name_after_a_prepositional_lead_naming_a_show_are_the_subject():
    text = (
        'The jobs figures came out. "It is a disaster," Jane Doe said. '
        'On The View, economist Mary Smith shook her head. "The numbers do not add up," she said.'
    )
    assert english(text)[-1] == ("Mary Smith", "The numbers do not add up")


# --- a pronoun and a clause fronted before the main one -------------------------------------------------------------
def test_a_pronoun_after_a_fronted_clause_means_that_clause_s_subject():
    text = (
        'Anna Holm pressed him on the deal. "We need answers," Holm said. '
        'When Berg was asked whether he respects the king, he said, "I mean, stop it with that kind of stuff."'
    )
    assert english(text)[-1] == ("Berg", '"I mean, stop it with that kind of stuff."')


def test_a_pronoun_after_a_fronted_clause_with_an_object_pronoun_is_not_its_subject():
    text = (
        "Tomas Berg may be harder to ignore. After Anna Holm met him in March, he warned that the fight "
        "would be fair game."
    )
    assert english(text) == [("", "the fight would be fair game")]


def test_a_pronoun_inside_a_fronted_phrase_looks_ahead_to_the_main_subject():
    text = (
        '"It is a new beginning," Tomas Berg said in a statement. In a memo explaining to Berg why he thought '
        "the director should be fired, Rosenstein, who was sworn in last month, pointed to the July press conference."
    )
    assert english(text)[-1] == ("Rosenstein", "the director should be fired")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quantity, not a preposition's phrase: the comma closes nothing
        (
            "Marines are angry. At least one Marine told reporters, 'It made me angry.'",
            "'It made me angry.'",
        ),
        # a possessive after the comma sets off an apposition inside what was said
        (
            "On her website Star Burton said the wedding, Manson's third, was postponed because of logistics.",
            "the wedding, Manson's third, was postponed because of logistics",
        ),
    ],
)
def test_what_was_said_runs_on_past_a_comma_that_closes_no_fronted_phrase(text, content):
    assert [c for _, c in english(text)] == [content]


# --- a relative clause's verb after a name set off ----------------------------------------------------------------
def test_a_relative_clause_s_verb_does_not_attribute_the_sentence_before_it():
    text = (
        "He made the remarks at an event put on by a media company, Nordvik Media, that hopes to bring hockey "
        "back to the city."
    )
    assert [c for _, c in english(text)] in ([], ["to bring hockey back to the city"])


def test_a_quotation_before_a_speaker_with_a_relative_clause_stays_the_speaker_s():
    # guard: the quotation is the head's, whatever the relative clause after the name says
    text = (
        "Even his allies criticized him.\n\n''I don't think he speaks for us,'' said Lionel Sosa, a media consultant "
        "and a Republican who said he would not vote for Mr. Cruz."
    )
    assert ("Lionel Sosa", "I don't think he speaks for us") in english(text)


# --- titles before a name, and a participle's phrase set off before the subject -------------------------------------
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Coach Wayne Berg told reporters he sat two rows behind the passenger.", "Wayne Berg"),
        ("Nordvik University's Media Coordinator Dane Holm wrote that the anthem is a moment to reflect.", "Dane Holm"),
        ("Campaign Coordinator Anna Berg said the ads were unfair.", "Anna Berg"),
        (
            "Representatives James E. Carlson and Bennie Holm said the ads were unfair.",
            "James E. Carlson and Bennie Holm",
        ),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(sentence, speaker):
    assert [s for s, _ in english(sentence)] == [speaker]


def test_a_participle_s_phrase_set_off_before_the_subject_is_no_name_in_apposition():
    text = (
        "The team flew home. Reached by phone on Saturday, team spokesman Wayne Berg told ESPN that the woman "
        "was sitting two rows in front of him."
    )
    assert english(text) == [("Wayne Berg", "the woman was sitting two rows in front of him")]


# --- "the former FBI director": a title with its body, held before ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # (session 64: "the former FBI director apparently thought it was a joke" is hearsay of a thought now,
            # no statement; the title's point is the same with words said)
            "The president fired FBI director James Holm on Tuesday. It was so unexpected that the former FBI "
            "director said it was a joke.",
            "James Holm",
        ),
        (
            "Former pollster Douglas Berg was a guest on the show. The former pollster said the race was close.",
            "Douglas Berg",
        ),
    ],
)
def test_a_former_title_means_the_one_the_article_gave_that_title(text, speaker):
    assert [s for s, _ in english(text)] == [speaker]


def test_a_title_with_another_body_is_someone_else():
    # guard: "the former CIA director" is not the FBI director named before
    text = "The president fired FBI director James Holm on Tuesday. The former CIA director said it was a mistake."
    assert [s for s, _ in english(text)] != ["James Holm"]


def test_a_cue_word_before_a_past_verb_is_a_noun():
    text = "The jobs report came out on Friday. Other shows did a bit better. Anna Berg said it was good."
    assert english(text) == [("Anna Berg", "it was good")]


def test_a_pronoun_after_a_sentence_whose_main_clause_brings_in_someone_else_means_them():
    text = (
        "One regular correspondent was Haim Berg, a donor. After Tomas Holm described immigrants as criminals in "
        "his speech, Berg spurred the campaign to respond more forcefully. He urged aides to call the senator on "
        "his super PAC backing."
    )
    assert english(text)[-1] == ("Haim Berg", "aides to call the senator on his super PAC backing")


# --- from the held-out read at 94a9444 --------------------------------------------------------------------------------
def test_a_cue_word_after_a_possessive_and_its_adjective_is_a_noun():
    text = (
        "Mr. Holm, who lost his seat in Congress and his mayoral hopes after repeated episodes, is now under "
        "federal investigation."
    )
    assert english(text) == []


def test_a_verb_after_a_possessive_noun_keeps_its_subject():
    # guard: "his campaign hopes to …" is the campaign hoping
    text = "Here is the plan. His campaign hopes to begin winning support in the suburbs."
    assert [c for _, c in english(text)] == ["to begin winning support in the suburbs"]


def test_a_relative_clause_on_a_description_ends_at_its_comma():
    text = (
        "The tests went on. But Kim Holm, the second-generation leader who ruled the country between 1994 and "
        "2011, appeared to restrain the program."
    )
    assert [c for _, c in english(text) if "appeared to restrain" in c] == []


def test_a_given_name_spelt_like_a_cue_word_stays_in_the_name():
    text = (
        "The campaign was quiet. Trump spokeswoman Hope Berg said the report was false. Berg added that it was a smear."
    )
    assert [s for s, _ in english(text)] == ["Hope Berg", "Hope Berg"]


def test_a_feminine_honorific_never_gives_the_man_of_the_family():
    """Never the man. (Session 56: of Donald and Melania Berg, "Mrs. Berg" is the one woman of the family the article
    names — the honorific tells the sex and Donald is a man's name — where this test had asked for no one.)"""
    text = (
        'Donald Berg spoke first. "We will win," Berg said. He said the race was close. Melania Berg joined him. '
        '"I love this country," Mrs. Berg said.'
    )
    assert english(text)[-1] == ("Melania Berg", "I love this country")


def test_reported_speech_opening_with_the_other_sex_s_pronoun_never_gives_the_man_of_the_family():
    """Never Bill. (Session 66: of Bill and Anna Berg, "Berg … saying she would push …" is the one woman of the family
    the article names — the pronoun opening reported speech is by default the speaker, and Bill is a man's name —
    where this test had asked for no one; the PolNeAR case it was written for, "Clinton issued a statement saying she
    would push for …" after Bill and Hillary Clinton, is Hillary's.)"""
    text = (
        'Bill Berg spoke first. "We did well," Bill Berg said. He said the foundation helped millions. Anna Berg was '
        "in Iowa. During her campaign, Berg issued a statement saying she would push for a rail system."
    )
    assert english(text)[-1] == ("Anna Berg", "she would push for a rail system")


def test_reported_speech_opening_with_the_speaker_s_own_pronoun_keeps_the_name():
    # guard
    text = 'Bill Berg spoke first. "We did well," Bill Berg said. Later, Berg said he would run again.'
    assert english(text)[-1] == ("Bill Berg", "he would run again")
