"""Rules from session 43's blind reads (FNC-1 seeds 2682/2684, Detik 2683/2685) and the descriptions left as speakers in
the PolNeAR and FNC-1 dumps: "A man named John Smith told reporters …" gave no statement at all, and a pronoun after a
newly named subject whose apposition holds a relative clause ("Debbie Kepler, the organist at …, which is on …,
remembered …. Now, she said, …") went to the unnamed woman quoted before. Each is written again in sentences of our own
(docs/extraction.md, session 43)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import who_said_what


def english(text: str) -> list[tuple[str, str]]:
    return who_said_what(text, "en")


# --- a description and the name a naming word gives it --------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("A fisherman named Oskar Lindqvist", "Oskar Lindqvist"),
        ("A local man called Tomas Brandt", "Tomas Brandt"),
        ("Another woman named Ines Carvalho", "Ines Carvalho"),
    ],
)
def test_a_description_then_a_naming_word_gives_the_speaker_s_name(subject, name):
    text = f"{subject} told reporters the harbour road was closed."
    assert english(text) == [(name, "the harbour road was closed")]


def test_the_named_speaker_is_whom_a_later_pronoun_means():
    text = (
        "A bear attacked on Monday. A fisherman named Oskar Lindqvist said the bear fled into the forest. "
        "He said he was lucky."
    )
    assert english(text) == [
        ("Oskar Lindqvist", "the bear fled into the forest"),
        ("Oskar Lindqvist", "he was lucky"),
    ]


def test_a_one_word_name_after_a_naming_word_is_no_speaker():
    # guard: "an interesting startup called Lensfold" may be a company as well as a person: nobody is named
    text = "An interesting startup called Lensfold says that phone cameras will need two lenses."
    assert [speaker for speaker, _ in english(text)] in ([], [""])


def test_a_naming_verb_in_a_clause_names_no_speaker():
    # guard: "who named John Smith as his heir" is what the man did; John Smith said nothing
    text = "A man who named Tomas Brandt as his heir told reporters the harbour road was closed."
    assert "Tomas Brandt" not in {speaker for speaker, _ in english(text)}


# --- a relative clause set off inside a new subject's apposition ---------------------------------------------------
def test_a_new_subject_with_a_relative_clause_in_its_apposition_is_whom_she_means():
    text = (
        '"Someone came in and said we should leave," said the woman, who did not want to be named. '
        '"Too much hate," she said.\n\n'
        "Mara Oduya, the organist at the Harbour Chapel, which is on the same street as the mosque, remembered when "
        "it still had a cross.\n\n"
        "Now, she said, the two congregations do not mix much."
    )
    assert english(text)[-1] == ("Mara Oduya", "the two congregations do not mix much")


def test_without_a_new_subject_the_pronoun_keeps_the_woman_quoted_before():
    # guard: the relative clause is skipped only after a subject's apposition; no one new, the same woman speaks
    text = (
        '"Someone came in and said we should leave," said the woman, who did not want to be named. '
        '"Too much hate," she said.\n\n'
        "Now, she said, the two congregations do not mix much."
    )
    assert english(text)[-1] == ("woman", "the two congregations do not mix much")


# --- what a time read off leaves before the cue ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "when",
    ["less than two weeks ago", "more than a year ago", "long ago"],
)
def test_a_time_with_its_comparative_before_the_cue_is_no_part_of_the_speaker(when):
    text = f"The Harbour Authority {when} said that the pier was unsafe."
    assert english(text) == [("Harbour Authority", "the pier was unsafe")]


# --- a relative clause set off after the speaker, its own commas and its possessive pronoun --------------------------
def test_a_relative_clause_with_whose_set_off_after_the_speaker_is_passed_over():
    text = "Mr. Oduya, whose narrow third-place finish was widely seen as a setback, said that he was the only one."
    assert english(text) == [("Oduya", "he was the only one")]


def test_a_relative_clause_split_by_its_own_commas_still_belongs_to_the_name_before_it():
    text = (
        "Mara Oduya, whose hometown, Porto Velho, is projected to be underwater as the sea level rises, argues that "
        "the plan will fail."
    )
    assert english(text) == [("Mara Oduya", "the plan will fail")]


def test_what_whose_possesses_next_to_the_cue_is_the_subject_not_the_head():
    # guard (the first version of the rule gave it to the senator): "whose new book boasts": the book, no one who spoke
    text = "Among those in a trap is Senator Tomas Brandt, the majority leader, whose new book boasts of his loyalty."
    assert "Tomas Brandt" not in {speaker for speaker, _ in english(text)}
    assert "majority leader" not in {speaker for speaker, _ in english(text)}


def test_an_object_relative_split_by_commas_gives_its_head_nothing():
    # guard: "which" may end where a clause of the sentence goes on ("…, reflects how … since he announced …")
    text = (
        "Mr. Oduya's success with rural voters, which has helped propel him to the lead, reflects how he has pursued "
        "them since he announced his candidacy in March."
    )
    assert "voters" not in {speaker for speaker, _ in english(text)}


# --- a name with an initial set off after an inverted cue, a possessed role, "added to" -----------------------------
def test_a_name_with_a_middle_initial_set_off_after_the_description_speaks():
    text = "The two men met at the same mosque, said the director, Tomas K. Brandt."
    assert english(text) == [("Tomas K. Brandt", "The two men met at the same mosque")]


def test_a_role_possessed_by_a_body_after_an_inverted_cue_then_the_name():
    text = "The two men met at the same mosque, said the bureau's director, Tomas K. Brandt, on Monday."
    assert english(text) == [("Tomas K. Brandt", "The two men met at the same mosque")]


def test_a_possessive_before_no_role_opens_no_speaker():
    # guard: "the party's existing rules" is no one (only a role may be possessed: "the bureau's director")
    text = "The party's existing rules give the committee the power to name a replacement, Mara Oduya said."
    assert [speaker for speaker, _ in english(text)] == ["Mara Oduya"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014, Tomas K. Brandt added to his portfolio of 14 courses by buying two more in Florida.",
        "Brandt won Georgia on Tuesday, adding to his wins earlier this year in Nevada and Ohio.",
    ],
)
def test_adding_to_something_is_no_words_said(text):
    assert english(text) == []


def test_adding_to_whom_then_a_clause_is_still_words_said():
    # guard: "adding to reporters that …" frames what was added
    text = '"We will win," Brandt said, adding to reporters that the race was over.'
    assert english(text)[-1] == ("Brandt", "the race was over")


# --- a plural's possessive before a name ----------------------------------------------------------------------------
def test_a_name_after_a_plural_possessive_with_a_description_set_off_speaks():
    text = (
        "HBK Securities' Mara Oduya, one of the most accurate analysts when it comes to shipping, says the port "
        "will reopen in March."
    )
    assert english(text) == [("Mara Oduya", "the port will reopen in March")]


# --- the circumstance of saying between the cue and what was said ---------------------------------------------------
@pytest.mark.parametrize(
    "circumstance",
    [
        "on Friday during a news conference that",
        "in an interview with The Harbour Times last week that",
        "in Porto, Portugal, that",
        "on CNN that",
        "in one of a series of Twitter messages that",
    ],
)
def test_the_circumstance_of_saying_is_no_part_of_what_was_said(circumstance):
    text = f"Mara Oduya said {circumstance} she may wait until the spring to decide."
    assert english(text) == [("Mara Oduya", "she may wait until the spring to decide")]


def test_what_was_said_of_someone_after_a_colon_is_the_quotation():
    text = 'Mara Oduya said of Mr. Brandt: "He is a sailor through and through."'
    assert [content for _, content in english(text)] == ['"He is a sailor through and through."']


def test_a_clause_before_that_keeps_what_was_said_whole():
    # guard: "on Monday it was investigating reports that …": the clause is what was said, "that" opens its object
    text = "The ministry said on Monday it was investigating reports that a sailor was held."
    assert [content for _, content in english(text)] == ["it was investigating reports that a sailor was held"]


def test_a_relative_that_after_the_circumstance_keeps_it():
    # guard: "in a report that cited three sources": "that" is a relative pronoun, nothing follows to be said
    text = "The agency said in a report that cited three sources."
    assert [content for _, content in english(text)] != ["cited three sources"]


# --- a title that is also a family name, last after a given name ----------------------------------------------------
def test_a_title_word_as_a_family_name_after_a_given_name_is_a_name():
    text = '"There are too few pathways," Mara Pope, deputy harbour security adviser, said on a call with reporters.'
    assert english(text) == [("Mara Pope", "There are too few pathways")]


def test_a_title_word_opening_a_name_stays_a_title():
    # guard: "Pope Francis", "King Abdullah": before the name it is the title
    assert english("King Abdullah said the deal was fine.") == [("Abdullah", "the deal was fine")]


# --- a quotation closing with "?" or "!" and its attribution after it -----------------------------------------------
@pytest.mark.parametrize("mark", ["?", "!"])
def test_a_quotation_ending_in_a_question_or_exclamation_mark_keeps_its_named_speaker(mark):
    text = f'"I would," Mara Oduya said to the TV.\n\n"Who would believe it{mark}" Tomas Brandt said, looking out.'
    assert english(text)[-1] == ("Tomas Brandt", f"Who would believe it{mark}")


def test_a_question_quoted_with_the_cue_before_the_name():
    text = '"Can we win the harbour vote?" asked Tomas Brandt.'
    assert english(text) == [("Tomas Brandt", "Can we win the harbour vote?")]


def test_an_exclamation_then_a_new_sentence_with_no_cue_is_not_joined():
    # guard: a capitalised word after the quotation and no cue: a sentence of its own, attributing nothing
    text = '"We will win!" The crowd roared as the harbour master left.'
    assert english(text) == []


# --- names written two ways: a curly apostrophe, dotted initials after a title --------------------------------------
def test_a_short_name_with_a_straight_apostrophe_is_the_full_name_with_a_curly_one():
    text = (
        "The blast went off at 8:30 p.m., according to Harbour Commissioner Sean O’Dwyer.\n\n"
        '"The cause has not been determined," said O\'Dwyer.'
    )
    assert [speaker for speaker, _ in english(text)] == ["Sean O’Dwyer", "Sean O’Dwyer"]


def test_dotted_initials_after_a_title_are_the_person_s():
    text = '"This is a sad day," Rep. T.K. Brandt said.'
    assert english(text) == [("T.K. Brandt", "This is a sad day")]


# --- a person's writing introduced by a colon -----------------------------------------------------------------------
def test_she_inside_a_reporter_s_story_quoted_after_a_colon_is_not_the_reporter():
    text = (
        "The woman disputes the idea that she needed help. Mara Oduya reports:\n\n"
        '"The first time she had seen him, at a rally in June, she was just beginning to realize how many people saw '
        "the world the way she did. On her discharge papers, a doctor had typed “harbour ideation.”\n\n"
        '"Lena thought the whole thing was outrageous. She was anxious, sure. But certainly not in need of a hospital '
        "stay.\n\n"
        "“It never crossed my mind that I was losing it,” she said several months after her release, and a big reason "
        'for this was the rise of the harbour party."'
    )
    said = [speaker for speaker, content in english(text) if content.startswith("Lena thought")]
    assert said == [""]


def test_a_person_s_speech_introduced_by_a_colon_keeps_her_pronoun():
    # guard: 'Oduya said:' then her words and "she said": her speech, and hers
    text = 'Mara Oduya said:\n\n"The harbour is closed."\n\n"It will reopen in March," she said.'
    assert english(text)[-1] == ("Mara Oduya", "It will reopen in March")


# --- a role the narration makes its subject after the last speaker -------------------------------------------------
def test_he_after_the_role_made_subject_is_not_the_last_speaker():
    text = (
        '"There is the notion that I could have done more," Mr. Tomas Brandt said.\n\n'
        '"The harbour wanted 60 votes," Senator Mara Oduya said in an interview.\n\n'
        "In defeat, the governor appeared cowed. Campaigning in 2012, he barely mentioned the harbour."
    )
    assert "Mara Oduya" not in {speaker for speaker, content in english(text) if "harbour" == content[-7:]}


def test_he_after_the_role_made_subject_is_the_one_holder_of_that_role():
    text = (
        '"We will rebuild," Governor Tomas Brandt said.\n\n'
        '"The harbour wanted 60 votes," Senator Mara Oduya said in an interview.\n\n'
        "In defeat, the governor appeared cowed. Later, he said the harbour would close."
    )
    assert english(text)[-1] == ("Tomas Brandt", "the harbour would close")


# --- "front-runner" is a standing, not a name; a participle after a preposition's object and its description --------
def test_front_runner_opening_a_sentence_is_the_role_before_the_name():
    text = "Front-runner Tomas Brandt said last week that he would close the harbour."
    assert english(text) == [("Tomas Brandt", "he would close the harbour")]


def test_a_participle_after_an_object_set_off_with_its_description_is_the_subject_s():
    # guard (with "front-runner" a role, the description became speaker-like, and "saying" its): the clause's subject
    text = (
        '"She has won over and over," Mara Oduya said to cheers.\n\n'
        "Oduya was upfront about her distaste for Tomas Brandt, the current front-runner, saying voters must unite "
        "to stop him."
    )
    assert "current front-runner" not in {speaker for speaker, _ in english(text)}


# --- an object relative before the cue; a possessive description as a new subject -----------------------------------
def test_what_a_relative_pronoun_stands_for_is_the_cue_s_object_not_words_said():
    text = "The plan that Tomas Brandt announced Wednesday includes the prospect of new piers in the harbour."
    assert english(text) == []


def test_a_clause_after_that_with_its_own_subject_is_still_what_was_said():
    # guard: "He said that Brandt announced a plan …": a complementizer, and the words after it a clause
    text = "Mara Oduya said that Tomas Brandt announced a plan to rebuild the harbour."
    assert ("Mara Oduya", "Tomas Brandt announced a plan to rebuild the harbour") in english(text)


def test_she_after_a_possessive_description_made_subject_is_not_the_last_speaker():
    text = (
        '"The court will not take an action that exceeds that limitation," Judge Tomas Brandt wrote.\n\n'
        "His ex-wife agreed, but also contended that she should keep her privacy. Her filing noted reports alleging "
        "that she claimed during the divorce that he had lied to her."
    )
    assert "Tomas Brandt" not in {speaker for speaker, content in english(text) if "lied" in content}


# --- a document or a page one keeps, with a word between its possessive and its noun ---------------------------------
@pytest.mark.parametrize(
    ("phrase", "whose"),
    [
        ("The rest of Mara Oduya’s farewell letter states", "Mara Oduya"),
        ("Harbourline's own website says", "Harbourline"),
    ],
)
def test_a_possessed_document_or_page_speaks_for_its_owner(phrase, whose):
    text = f'{phrase} that the pier will reopen in "early spring."'
    assert [speaker for speaker, _ in english(text)] == [whose]


def test_a_party_s_newspaper_is_no_voice_of_the_party():
    # guard: a newspaper is a body of its own ("the party's main newspaper claimed" is not the party)
    text = "A commentary in the Harbour Daily, the Harbour Party’s main newspaper, claimed that the unrest was planned."
    assert "Harbour Party" not in {speaker for speaker, _ in english(text)}


# --- whom it was told: an outlet's name with its article and connector ----------------------------------------------
def test_told_an_outlet_named_with_of_then_a_number_opens_what_was_said():
    text = "Mara Oduya, an official at the station, told the Times of Harbourton two guests were briefly arrested."
    assert english(text) == [("Mara Oduya", "two guests were briefly arrested")]


def test_told_a_named_outlet_with_the_then_a_clause():
    text = "Tomas Brandt told the Harbour Daily News the pier is not dangerous."
    assert english(text) == [("Tomas Brandt", "the pier is not dangerous")]


def test_telling_a_body_named_with_of_says_nothing():
    # guard: "the story one man is telling the Humane Society of Tampa Bay": whom, and no words
    text = "Look no further than the story one man is telling the Harbour Society of Porto Velho."
    assert english(text) == []


# --- no words said: a thing boasted with a relative clause after it, a topic after a manner adverb --------------------
def test_a_thing_boasted_with_a_contracted_relative_after_it_is_no_words_said():
    text = "Porto Velho also boasts a harbour café that’s still selling the old pies, or tarts, as the case may be."
    assert english(text) == []


def test_reporting_in_some_manner_on_a_matter_is_a_topic_not_words_said():
    text = "Publications like the Harbour Daily have reported blindly on the matter, but others are raising eyebrows."
    assert english(text) == []


def test_cited_something_as_something_keeps_its_words():
    # guard: "cited his cause of death as natural causes": what it is said to be (the "as" before any relative)
    assert english("The coroner cited his cause of death as natural causes.") == [
        ("coroner", "his cause of death as natural causes")
    ]


# --- a participle after a relative clause with its own subject and cue ---------------------------------------------
def test_a_participle_after_a_relative_clause_with_its_own_cue_is_not_the_first_speaker_s():
    text = (
        'The front-runner complained that the vote had been "rigged" against him, a charge that Harbour Party '
        "leaders strongly denied, noting that they had used the same system since 2004."
    )
    assert ("front-runner", "they had used the same system since 2004") not in english(text)


def test_a_participle_after_a_plain_clause_is_still_the_speaker_s():
    # guard: "X said A, adding that B" goes on with X
    text = "Mara Oduya said the harbour would close, adding that the pier was unsafe."
    assert english(text) == [("Mara Oduya", "the harbour would close"), ("Mara Oduya", "the pier was unsafe")]


# --- a body's name, then what kind of body it is --------------------------------------------------------------------
def test_a_body_s_name_then_its_kind_in_lower_case_is_the_body():
    text = '"The harbour will close in March," the HARBOUR Watch Group monitoring service said.'
    assert english(text) == [("HARBOUR Watch Group", "The harbour will close in March")]


def test_people_of_a_body_are_not_the_body():
    # guard: "World Bank watchers", "Harbour Party insiders": people, not the body
    text = "Harbour Party insiders said the vote went unnoticed in a handful of districts."
    assert "Harbour Party" not in {speaker for speaker, _ in english(text)}
