"""Speakers from session 54's blind reads (Detik, FNC-1, PolNeAR test; seeds 2840–2842): the wrong speakers and
contents they showed, written again in sentences of our own (docs/extraction.md, session 54)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements

_BEFORE = (
    "Police said Maria Lopez, 40, found the message on Sunday and called her sister.\n\nLopez is now in custody.\n\n"
)


@pytest.mark.parametrize(
    "described",
    [
        "Meanwhile, the man's young girlfriend wants to move to Chicago.",
        "Meanwhile, Ruiz's 21-year-old lover wants to move to Chicago.",
        "The man's fiancée wants to move to Chicago.",
        "Meanwhile, his girlfriend wants to move to Chicago.",
    ],
)
def test_she_after_a_person_described_by_a_possessive_is_left_unresolved(described: str) -> None:
    """FNC-1 round, item 16: "Meanwhile, Lung's 21-year-old lover plans to marry him …. '…,' she said" was given to
    the wife named paragraphs before: a person brought in by a possessive and a noun for a person (`[speaker]
    person_nouns`), with words describing the noun between, is someone new whom "she" may mean."""
    found = statements(f'{_BEFORE}{described}\n\n"We will be happy there, he has a good job," she said.', "en")
    assert [(s.speaker, s.content) for s in found][-1] == ("", "We will be happy there, he has a good job")


def test_she_after_the_named_subject_still_means_her() -> None:
    """Guard: with no one described since, "she" goes on with the woman the sentence before names."""
    found = statements(f'{_BEFORE}"I did not mean to hurt anyone," she said.', "en")
    assert [(s.speaker, s.content) for s in found][-1] == ("Maria Lopez", "I did not mean to hurt anyone")


def test_a_source_tag_after_an_inverted_cue_is_not_what_was_said() -> None:
    """FNC-1 round, item 1: "Before the device becomes available, Apple will reveal …, said Kuo, according to a story
    on the website MacRumors" kept only the source tag as Kuo's words, because a clause of time opening the sentence
    made the cue read as set inside it, its words after it. A source tag alone after the speaker is no words said
    (`[cues] according_to`): the words are those before the cue."""
    found = statements(
        "Before the phone goes on sale, Acme will publish more details on the battery and the price, said Lindqvist, "
        "according to a report on the website GadgetDaily.",
        "en",
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("Lindqvist", "Before the phone goes on sale, Acme will publish more details on the battery and the price")
    ]


def test_words_said_after_an_interjected_cue_are_still_what_was_said() -> None:
    """Guard: "During …, X said, CLAUSE" keeps the clause after the cue when it is more than a source tag."""
    found = statements(
        "During his years in office, Lindqvist said, the company doubled its sales in Asia, according to the annual "
        "report.",
        "en",
    )
    assert [s.speaker for s in found] == ["Lindqvist"]
    assert found[0].content.startswith("the company doubled its sales in Asia")


@pytest.mark.parametrize(
    ("comment", "said"),
    [
        (
            ", the latest sign that the Ohio Democrat is positioning herself for a bigger role.",
            "President Obama to replace the head of the Federal Reserve on Friday",
        ),
        (", a move that angered the party's donors.", "President Obama to replace the head of the Federal Reserve"),
        (
            ", an acknowledgment that her advisers quickly shared online.",
            "President Obama to replace the head of the Federal Reserve",
        ),
    ],
)
def test_a_phrase_summing_up_what_was_said_is_the_writers(comment: str, said: str) -> None:
    """PolNeAR round, item 13: "Sen. Elizabeth Warren called on President Obama to replace the head of the Securities
    and Exchange Commission on Friday, the latest sign that the Massachusetts Democrat is positioning herself …" kept
    the writer's comment as her words: a phrase set off by a comma whose noun sums the clause up (`[cues]
    summary_heads`), then "that" or "which", is no part of what was said."""
    head = "Sen. Maria Keller called on President Obama to replace the head of the Federal Reserve"
    head += " on Friday" if "Friday" in said else ""
    found = statements(head + comment, "en")
    assert [(s.speaker, s.content) for s in found] == [("Maria Keller", said)]


def test_a_noun_of_summing_up_inside_what_was_said_stays() -> None:
    """Guard: with no comma before it, "a sign that" is the speaker's own words."""
    found = statements("Keller said the vote was a sign that the party had changed since 2016.", "en")
    assert [s.content for s in found] == ["the vote was a sign that the party had changed since 2016"]


def test_she_is_never_a_man_by_his_given_name() -> None:
    """FNC-1 second round, item 24: '"There's certain things next of kin can do," she told the AP' after "Daniel
    Simone, who's working on a book about Manson, told Page Six …" went to Simone: a given name borne almost only by
    men (data/given_names.toml, from the 1990 US Census) is no "she"; who she is, the text does not say here."""
    found = statements(
        "Daniel Morrow, who is writing a book about the singer, told the Daily Ledger that Anna Burke had planned the "
        'wedding for two years.\n\n"There are certain things a wife can do," she told the AP last November.',
        "en",
    )
    assert [(s.speaker, s.content) for s in found][-1] == ("", "There are certain things a wife can do")


def test_he_after_a_man_named_in_full_is_still_him() -> None:
    """Guard: the given name of the pronoun's own sex keeps the reading."""
    found = statements(
        "Daniel Morrow is writing a book about the singer.\n\n"
        '"There are certain things a manager can do," he told the AP last November.',
        "en",
    )
    assert [(s.speaker, s.content) for s in found][-1] == ("Daniel Morrow", "There are certain things a manager can do")


def test_she_after_someones_office_holder_as_subject_is_left_unresolved() -> None:
    """PolNeAR second round, item 26: '"I think that gives a signal to other young women," she said' after "Ms.
    McCaskill's chief of staff is a woman, …" went to the congresswoman quoted two paragraphs before: a role owned
    by a titled name in the possessive is someone new whom "she" may mean (or the owner: the text does not say)."""
    found = statements(
        'Representative Ann Keller, Democrat of Ohio, kept silent for years: "My family didn\'t know," she said.\n\n'
        "Today, women hold about a fifth of the seats. Ms. Moreno's chief of staff is a woman, as is her legislative "
        'director.\n\n"I think that sends a signal to other young women," she said.',
        "en",
    )
    assert [(s.speaker, s.content) for s in found][-1] == ("", "I think that sends a signal to other young women")


def test_a_possessive_before_a_noun_then_a_preposition_is_no_person_described() -> None:
    """Guard, from the PolNeAR dump: "… emails … from Mrs. Clinton's tenure as secretary of state …. He has attacked
    her …" is still Trump's: "tenure as secretary" describes no person (a preposition ends the words before the
    noun). (Mrs. ends no sentence, but the sentence reader takes it for one's end.)"""
    found = statements(
        "Donald Trump, the Republican nominee, faces questions about his own business. Still, Mr. Trump has seized "
        "on emails released this summer from Mrs. Clinton's tenure as secretary of state. He has attacked her over an "
        "email chain that showed an adviser seeking a meeting.",
        "en",
    )
    assert [s.speaker for s in found] == ["Donald Trump"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Daily Ledger reports that Igor had parked his car and was walking towards the river when the bear "
        "attacked him and began clawing his face and chest, but then his phone rang.",
        "The coast guard found them and sent them home on Tuesday.",
    ],
)
def test_an_object_then_another_act_is_no_statement(sentence: str) -> None:
    """FNC-1 second round, item 22: "… when the bear attacked ⟦him and began clawing his face and chest, but then his
    phone rang …⟧" was a statement with no speaker: a cue whose content is a pronoun for its object (`[cues]
    third_person_objects`), then "and" and no words said, acted on someone."""
    assert [s.cue for s in statements(sentence, "en") if s.cue in ("attacked", "found")] == []


def test_an_object_then_words_said_is_still_a_statement() -> None:
    """Guard: "criticized him and said …" goes on with words said."""
    found = statements("Senator Maria Keller criticized him and said the plan would cost $40 billion.", "en")
    assert [(s.speaker, s.content) for s in found][-1:] == [("Maria Keller", "the plan would cost $40 billion")]


def test_a_noun_in_a_clause_a_complementizer_opens_is_not_who_spoke() -> None:
    """FNC-1 third claims read C30: "Congressional Republicans, evidently hoping that by repeating an untruth they'll
    convince American voters, and perhaps themselves, that it's a truth, on Wednesday said the Affordable Care Act has
    'failed'" was said by "truth": a piece set off by commas that "that" opens is a clause of its own."""
    found = statements(
        "Senate Republicans, clearly hoping that by repeating a claim they will convince voters, and perhaps "
        'themselves, that it is a fact, on Wednesday said the health law has "failed."',
        "en",
    )
    assert [s.speaker for s in found if s.cue == "said"] in ([], ["Senate Republicans"])


def test_a_demonstrative_opening_the_subject_keeps_it() -> None:
    """Guard, from the PolNeAR dump: "That letter, on Trump Organization letterhead, demanded that …" is the letter's
    demand ("That" in capitals opens a noun phrase, no clause)."""
    found = statements(
        "That letter, on company letterhead, demanded that Keller make a public apology within ten days.", "en"
    )
    assert [s.speaker for s in found] == ["letter"]


@pytest.mark.parametrize(
    "subject",
    [
        "Anna Kowalska, a nurse in Krakow, Poland,",
        "The officials, from the health ministry in Lima, Peru,",
    ],
)
def test_a_country_after_a_city_is_where_it_is_not_who_spoke(subject: str) -> None:
    """FNC-1 fourth round, item 19: "The researchers, from the University School of Physical Education in Krakow,
    Poland, showed …" was said by "Poland": the gazetteer knew France and Brazil but not Poland. It now lists the
    countries of ISO 3166-1 (bench/gazetteer_countries.py), so the country set off after a city is the city's region."""
    found = statements(f"{subject} said that 40 people were infected last week.", "en")
    assert [s.speaker for s in found] in (["Anna Kowalska"], ["officials"])


def test_a_given_name_then_a_country_is_a_persons_name() -> None:
    """Guard, from the PolNeAR dump: "Lisa O. Monaco, Obama's adviser on counterterrorism, said …" and later "Monaco
    said" lost her name once Monaco was a place: a given name borne by one sex, then a place, is a person's name."""
    found = statements(
        "Lisa O. Monaco, the adviser on counterterrorism, said the attacks came from Moscow. "
        '"We know Russia is a bad actor," Monaco said.',
        "en",
    )
    assert [s.speaker for s in found] == ["Lisa O. Monaco", "Lisa O. Monaco"]


@pytest.mark.parametrize(
    "sentence",
    [
        "And while reality TV shows like The Apprentice typically reward outrageous behavior, that is not usually the "
        "case with campaigns.",
        "The data states like Arizona, North Carolina and Georgia that could be in play, particularly if Mr. Trump is "
        "the nominee.",
    ],
)
def test_a_noun_form_before_its_examples_is_no_cue(sentence: str) -> None:
    """PolNeAR fourth round, item 3: "reality TV shows ⟦like The Apprentice typically reward outrageous behavior …⟧"
    was said by "TV": a cue word that is a plural noun as often (`[cues] noun_forms`) with "like", "such" or
    "including" after it (`noun_form_examples`) heads a noun phrase."""
    assert [s.cue for s in statements(sentence, "en") if s.cue in ("shows", "states")] == []


def test_a_quoted_title_after_according_to_is_one_name() -> None:
    """PolNeAR sixth round, item 11: '…, according to "Man of the World," a book written with the former president's
    participation by author Joe Conason' gave the words to "World" (role "Man of the"): a title in quotation marks is
    a work's name, whole, and no person's (kept without an actor, as what spread the words)."""
    found = statements(
        'The senator was paid $2 million by the firm, according to "Man of the Hour," a book by Ellen Park.', "en"
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Man of the Hour", "circulating")]
