"""An outlet named in full and then shortened as the press shortens it ("the Wall Street Journal" … "the Journal"),
its report named by the noun alone ("according to the report"), and what a relative clause after a trailing
attribution holds ("…, the Journal said in a report that cited people familiar with the matter")."""

from __future__ import annotations

from tests.extract.helpers import statements

WSJ = (
    "Hewlett-Packard plans to break in two, separating its computer and printer businesses from its corporate "
    "hardware operations, the Wall Street Journal reported on Sunday. The company plans to announce the move as "
    "early as Monday, the Journal said in a report on its web site that cited people familiar with the matter.\n\n"
    "The division would be made through a tax-free distribution of shares to stockholders next year, according "
    "to the report."
)


def said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.content) for s in statements(text, "en")]


def test_the_short_name_of_an_outlet_that_reported_is_that_outlet():
    assert [speaker for speaker, _ in said(WSJ)][:2] == ["Wall Street Journal", "Wall Street Journal"]


def test_a_relative_clause_after_a_trailing_attribution_leaves_what_was_said_before_it():
    assert said(WSJ)[1] == ("Wall Street Journal", "The company plans to announce the move as early as Monday")


def test_the_report_is_the_one_an_outlet_spoke_in_right_before():
    assert said(WSJ)[2][0] == "Wall Street Journal"


def test_a_report_that_was_published_is_no_clause_of_what_was_said():
    text = (
        "The company plans to announce the move on Monday, the Journal said in a report that was published on Sunday."
    )
    assert said(text) == [("Journal", "The company plans to announce the move on Monday")]


def test_a_complementizer_before_a_clause_still_opens_what_was_said():
    text = "The company plans to announce the move, the Journal said in a report that Apple would buy it."
    assert said(text) == [("Journal", "Apple would buy it")]


def test_a_short_name_two_outlets_could_have_stays_as_written():
    text = (
        "The deal is worth $2 billion, the New York Times reported. The deal was first planned in March, the "
        "Financial Times reported on Monday. The deal may collapse, the Times said on Tuesday."
    )
    assert said(text)[-1][0] == "Times"


def test_words_listing_what_a_noun_holds_never_open_what_was_said():
    text = (
        "Leelah Alcorn left behind a harrowing note that exposed the pain, frustration and rejection Leelah felt, "
        "including her feeling that “there’s no way out.”"
    )
    assert said(text) == []


def test_the_outlet_is_the_one_name_that_reported_before():
    text = (
        "Though Trump has publicly said he has not yet made up his mind, Axios reports he has privately told several "
        "people of his decision. There are also concerns within the EPA that Trump could be influenced by the "
        "pressures he received overseas, according to the outlet."
    )
    assert said(text)[-1][0] == "Axios"


def test_the_outlet_stays_a_description_when_the_name_that_reported_is_a_persons():
    text = (
        "Reporter Jane Ellison wrote a long profile of the senator last year. Ellison reports the senator has "
        "privately told several people of his decision. There are also concerns within his staff about the move, "
        "according to the outlet."
    )
    assert said(text)[-1][0] == "outlet"


def test_a_coined_name_with_figures_before_news_website_is_the_outlet():
    text = "The Emirates247 news website reported that the airline will seat men and women apart on its flights."
    assert said(text) == [("Emirates247", "the airline will seat men and women apart on its flights")]


def test_a_dated_article_about_something_speaks_for_the_outlet():
    text = (
        "The market for the savoury pie topped $2 billion in the early 90s, according to a 2004 National Post article "
        "on the death of McDonald's pizza."
    )
    assert said(text) == [("National Post", "The market for the savoury pie topped $2 billion in the early 90s")]


def test_a_body_whose_name_holds_a_document_word_keeps_its_name():
    text = "Republican turnout reached a record this year, according to the Pew Research Center."
    assert said(text)[0][0] == "Pew Research Center"


def test_a_name_goes_on_past_its_particle():
    text = 'Cristina Fernandez de Kirchner adopted a godson on Tuesday. "He is a sweet boy," she said.'
    assert [speaker for speaker, _ in said(text)] == ["Cristina Fernandez de Kirchner"]


def test_a_particle_before_another_persons_family_name_joins_no_name():
    text = (
        "Donald Trump spoke in Phoenix on Wednesday. A group called Los Hijos de Trump marched outside. "
        'Trump said, "We will build the wall."'
    )
    assert [speaker for speaker, _ in said(text)][-1] == "Donald Trump"
