"""Rules from session 41's reading of one-word English speakers (`extract --json` over PolNeAR train/dev/test and the
FNC-1 bodies, every one-word person whom the article never names in full): the place, the age or the party tag set
off after a name taken for the speaker ("Mass", "Ala", "R-S.C"), the first word of a description before a name taken
for the whole ("Oversight", "Republican"), and summing-up adverbs opening a sentence ("Overall", "Ever", "Just").
Each is written again in sentences of our own (docs/extraction.md, session 41)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import said_by, speakers, statements, who_said_what


def english(text: str) -> list[tuple[str, str]]:
    return who_said_what(text, "en")


# --- a town's state after a name, its abbreviation a word too ---------------------------------------------------------
@pytest.mark.parametrize("state", ["Mass.", "Ill.", "Pa.", "Mo.", "Wash."])
def test_a_state_abbreviation_that_is_also_a_word_is_a_place_when_set_off_with_its_full_stop(state):
    text = f"Dora Whitcomb, a librarian in Springfield, {state}, said the branch would close in May."
    assert english(text) == [("Dora Whitcomb", "the branch would close in May")]


def test_the_same_word_without_its_full_stop_is_not_taken_for_a_place():
    # guard: "Mass" alone is a word of its own; only ", Mass.," after a town is the state
    text = "Dora Whitcomb, who sings at Mass, said the branch would close in May."
    assert speakers(text, "en") == ["Dora Whitcomb"]


# --- an age, an origin, a party tag between a name and the cue --------------------------------------------------------
@pytest.mark.parametrize(
    "set_off",
    [
        "61, a retired welder,",
        "61, of Dayton,",
        "61, of Dayton, Ohio,",
        "61, a retired welder in Dayton, Ohio,",
    ],
)
def test_an_age_set_off_after_the_name_leaves_the_name_the_speaker(set_off):
    text = f"Arnold Fenwick, {set_off} said the plant had laid off forty workers."
    assert english(text) == [("Arnold Fenwick", "the plant had laid off forty workers")]


def test_a_lawmakers_party_tag_before_a_role_leaves_the_name_the_speaker():
    text = "Sen. Martha Quill, D-Ore., a member of the budget committee, said the bill would cost $4 billion."
    assert english(text) == [("Martha Quill", "the bill would cost $4 billion")]


def test_an_age_before_a_clause_of_the_persons_own_does_not_make_them_the_speaker_of_its_verb():
    # "asked" has its own subject ("he", the boy) inside the clause after the age: the article does not say the
    # woman asked anything
    text = (
        "The boy was treated in hospital after his neighbour, Greta Vos, 44, chased him from her garden when he "
        "climbed her fence and asked to fetch his ball."
    )
    assert "Greta Vos" not in speakers(text, "en")


# --- a description modified by capitalised words, then the name -------------------------------------------------------
@pytest.mark.parametrize(
    "described",
    [
        "Democratic campaign strategist Lorna Pike",
        "Ohio soybean farmer Lorna Pike",
        "Judiciary ranking Republican Lorna Pike",
        "Harlow College political scientist Lorna Pike",
        "Vermont dairy-cooperative manager Lorna Pike",
    ],
)
def test_capitalised_words_before_a_description_in_lower_case_leave_the_name_after_it_the_speaker(described):
    text = f'"The turnout was the lowest in twenty years," said {described}.'
    assert english(text) == [("Lorna Pike", "The turnout was the lowest in twenty years")]


@pytest.mark.parametrize("source", ["the Ledger", "Reuters"])
def test_a_clause_after_a_source_is_no_description_of_the_name_it_ends_with(source):
    # "according to the Ledger Mr Hale also met Ivan Petrov, the head of …": Petrov is met, not the source
    text = f"According to {source} Mr Hale also met Ivan Petrov, the head of a state bank, in March."
    assert "Ivan Petrov" not in speakers(text, "en")


# --- a summing-up or time adverb opening the sentence is no one -------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Overall, the remaining mills reported $3.1 billion in sales.",
        "Ever since she endorsed the mayor, the councilwoman has campaigned for him.",
        "Just when we thought the strike was over, the union announced a new walkout.",
    ],
)
def test_a_summing_up_adverb_opening_a_sentence_is_never_the_speaker(sentence):
    assert not {"Overall", "Ever", "Just"} & set(speakers(sentence, "en"))


def test_later_opening_a_sentence_leaves_the_subject_the_speaker():
    assert said_by("Later, Dora Whitcomb said the branch would reopen in June.", "en") == [
        ("Dora Whitcomb", "Dora Whitcomb")
    ]


# --- two apostrophes close a quotation as a double quote does ---------------------------------------------------------
@pytest.mark.parametrize("opening, closing", [("''", "''"), ("“", "”")])
def test_words_partly_quoted_before_an_inverted_attribution_are_the_speakers(opening, closing):
    text = f"The county failed to inspect the bridge and {opening}should have shut it sooner,{closing} said Ida Marsh."
    found = statements(text, "en")
    assert [s.speaker for s in found] == ["Ida Marsh"]
    assert found[0].content.startswith("The county failed to inspect the bridge")
    assert found[0].content.endswith("should have shut it sooner")


def test_a_pronoun_after_a_partly_quoted_statement_goes_on_with_its_speaker():
    text = (
        "The county failed to inspect the bridge and ''should have closed it sooner,'' said Ida Marsh, the "
        "engineer. ''Nobody checked the bolts,'' she added."
    )
    assert speakers(text, "en") == ["Ida Marsh", "Ida Marsh"]


# --- a remark set aside in brackets after the attribution -------------------------------------------------------------
def test_a_remark_in_brackets_after_the_speaker_leaves_the_speaker_and_makes_no_statement_of_its_own():
    text = "Taxing the shares ''is the wrong tool,'' said Mr. Oduya (a view echoed by most economists we asked)."
    assert english(text) == [("Oduya", "Taxing the shares ''is the wrong tool")]


# --- whose description, then the name set off by a comma -------------------------------------------------------------
def test_a_name_set_off_after_a_possessive_description_is_the_speaker_not_the_owner():
    text = '"The plan was never costed," said Mayor Ruiz’s budget director, Helen Okafor, adding that it would be.'
    assert [s.speaker for s in statements(text, "en")] == ["Helen Okafor", "Helen Okafor"]


# --- FNC-1 seed 2664's wrong "he": a description with a hyphen, a surname that is a month or a day's abbreviation -----
def test_a_hyphenated_description_before_a_name_after_the_cue_leaves_the_name_the_speaker():
    text = (
        "Some doctors have proposed separate limits for each fat, said co-author Marta Lind, PhD, in a statement. "
        "But that is not practical, she argues, since they share the same sources."
    )
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [
        ("Marta Lind", "said"),
        ("doctors", "proposed"),
        ("Marta Lind", "argues"),
    ]


@pytest.mark.parametrize("name", ["Theresa May", "Qi Sun", "Karen June"])
def test_a_family_name_spelt_like_a_month_or_a_days_abbreviation_is_still_a_name(name):
    text = f"{name}, an assistant professor of nutrition, says the findings back up this advice."
    assert speakers(text, "en") == [name]


def test_a_weekday_after_a_name_is_still_no_part_of_it():
    # guard: "Trump Tuesday" is a name and a day, not a family name
    assert "Tuesday" not in " ".join(speakers("Ruth Abbott Tuesday said the vote was rigged.", "en"))


# --- a one-word name the article writes after a form of address of the other sex -------------------------------------
def test_she_never_means_a_one_word_name_the_article_calls_mr():
    text = (
        "Okafor said the court needs a ninth justice. Naming a third justice would be a signature achievement for "
        "Okafor. ''What a great idea,'' she said in Iowa. Mr. Okafor declined to comment."
    )
    found = statements(text, "en")
    assert found[-1].content == "What a great idea"
    assert found[-1].speaker != "Okafor"


def test_a_family_name_two_people_bear_tells_nothing_of_sex():
    # guard: "Mr. Lind" and "Mrs. Lind" are two people; "he" after a statement of "Lind" may still be him
    text = (
        "Tomas Lind and Vera Lind run the farm. Mr. Lind said the harvest was late. "
        "Mrs. Lind bought seed. ''It rained for weeks,'' Lind said. ''We lost a field,'' he added."
    )
    assert speakers(text, "en")[-1] != ""


# --- Detik seed 2665: an account's handle names who posted ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, language, speaker",
    [
        (
            '"Lampu jalan ini mati sejak Januari," tulis akun @jalangelap_solo di Instagram.',
            "id",
            "akun @jalangelap_solo",
        ),
        ('"Lampu jalan ini mati sejak Januari," tulis Instagram @jalangelap_solo.', "id", "Instagram @jalangelap_solo"),
        ('"The lights have been out since January," tweeted @darkroads_leeds.', "en", "@darkroads_leeds"),
        (
            '"The lights have been out since January," wrote the account @darkroads_leeds.',
            "en",
            "account @darkroads_leeds",
        ),
    ],
)
def test_a_handle_after_the_cue_names_the_account_that_posted(text, language, speaker):
    assert speakers(text, language) == [speaker]


def test_he_never_means_someone_set_off_after_a_feminine_kin_word():
    text = (
        "Mourners gathered on Sunday. Peter Quist took his 4-year-old daughter, Nora, there to explain who the "
        "boxer was. He said: “He was strong, and I hope I can be like that one day.”"
    )
    assert speakers(text, "en")[-1] != "Nora"


def test_she_never_means_a_husband_set_off_after_his_kin_word():
    # guard (this wording resolved right before the rule too; PolNeAR's "her husband, Milton Berg" did not)
    text = (
        "Ruth Kane, a philanthropist, said the speeches led her to count both men out. Along with her husband, "
        "Amos Kane, a money manager, she has given to many candidates. She called the senator a “special person.”"
    )
    assert "Amos Kane" not in speakers(text, "en")


# --- FNC-1 seed 2666: a tweet from someone is theirs ------------------------------------------------------------------
def test_according_to_a_tweet_from_a_person_names_the_person():
    text = "Boise is not the only city bidding for a team, according to a tweet from Globe columnist Nadia Ferris."
    assert speakers(text, "en") == ["Nadia Ferris"]


# --- a clause of circumstance before the subject is neither what was said nor who said it -----------------------------
def test_a_clause_of_circumstance_before_the_subject_names_no_one_and_says_nothing():
    text = (
        "As the governor appears set to veto a bill that would let families sue Westfield Mining, state senator Ana "
        "Ruiz said the bill would cost 300 jobs."
    )
    # (was "… disagrees with her party", content "with her party": where she stands, no words said, and since
    # session 53 no statement, `FrameFinder.circumstance_only`)
    assert english(text) == [("Ana Ruiz", "the bill would cost 300 jobs")]


@pytest.mark.parametrize(
    "opening",
    ["Although the county never tracked the closures", "After suggesting last week that he regretted the remarks"],
)
def test_a_subordinate_clause_alone_before_a_trailing_attribution_is_not_its_content(opening):
    assert not any(s.content.startswith(opening) for s in statements(f"{opening}, Ana Ruiz said.", "en"))


def test_an_account_after_a_preposition_of_time_is_still_what_was_said():
    # guard: "After a delay the plane took off …" is a clause of its own after the phrase of time
    text = "After a 50-minute delay the plane took off and landed safely in Boise, Ana Ruiz said."
    assert english(text) == [("Ana Ruiz", "After a 50-minute delay the plane took off and landed safely in Boise")]


def test_going_on_doing_is_no_second_attribution():
    text = (
        "While Ana Ruiz has vowed to keep the clinic open and make sure the county continues to fund it, the "
        "governor has pledged to close it."
    )
    assert "county" not in speakers(text, "en")


# --- the object of the first of two verbs is not the speaker of the second -------------------------------------------
@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Reed took the stage Tuesday at the Harbor Hotel in Tampa and called the system “rotten to the core.”",
            "stage",
        ),
        (
            "Lund was quick to embrace the mayor after she won the vote and said this week that the bridge will open.",
            "mayor",
        ),
    ],
)
def test_the_object_of_a_first_verb_never_speaks_for_the_second(text, wrong):
    assert wrong not in speakers(text, "en")


def test_someone_heard_pledging_is_still_the_subject_of_their_own_clause():
    # guard: after a verb of perception the noun is the subject of what follows ("happy to hear Clinton pledged …")
    assert speakers("The campaign was happy to hear Ida Marsh pledged her support to the union.", "en") == ["Ida Marsh"]


def test_back_opening_a_sentence_is_no_one():
    text = (
        "Back in 1999, Mr. Hale expressed admiration for the governor's skills, telling CNBC: ''I wish I could be "
        "like that.''"
    )
    assert "Back" not in speakers(text, "en")


def test_where_a_person_after_the_cue_is_from_is_no_part_of_the_name():
    text = "''It will not be easy,'' said Representative Carla M. King of New York, who endorsed him on Tuesday."
    assert speakers(text, "en")[0] == "Carla M. King"


# --- the word before a body's head says what kind of body, even where the article writes it in lower case -------------
@pytest.mark.parametrize(
    "text, body",
    [
        ("Mills struck a deal with its labor unions, according to the Labor Department.", "Labor Department"),
        ("The Tax Foundation estimates that the tax plan would cost $374 billion.", "Tax Foundation"),
    ],
)
def test_a_common_word_before_a_bodys_head_stays_in_its_name(text, body):
    extra = " The tax on labor and the labor market both fell."
    assert speakers(text + extra, "en")[0] == body


# --- FNC-1 seed 2668: a paragraph in the first person after a colon is someone's own words ----------------------------
def test_she_inside_a_first_person_paragraph_introduced_by_a_colon_is_not_the_one_who_speaks():
    text = (
        "Tom Reyes, 30, was hurt after his neighbour confronted him. According to a radio station, Reyes knew she was "
        "angry, but had no idea what was coming:\n\n"
        "It all happened in a second because I saw her coming with a bucket. She asked how I could have done such a "
        "thing to her."
    )
    found = statements(text, "en")
    assert [s.speaker for s in found if s.speaker_mention == "She"] == [""]


def test_she_after_a_colon_in_the_writers_own_narration_still_resolves():
    # guard: the paragraph after the colon is narration, with no first person in it
    text = "Mayor Ana Ruiz spoke to reporters on Monday:\n\nShe said the bridge would reopen in June."
    assert speakers(text, "en") == ["Ana Ruiz"]
