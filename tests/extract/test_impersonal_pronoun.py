""" "It said …" (session 24): the body, document or post that spoke in the sentence right before; no one further
back, never a person, never a group. An "it" as often stands for the thing last talked of."""

from __future__ import annotations

from tests.extract.helpers import statements


def spoken(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.cue) for s in statements(text, "en")]


def test_it_right_after_a_body_spoke_is_that_body():
    text = (
        "The monitoring organization, SITE Intel Group, announced on Twitter that the journalist had been killed. "
        "It said that the group had also threatened to execute a British captive."
    )
    assert spoken(text)[-1] == ("SITE Intel Group", "said")


def test_it_after_a_person_spoke_is_no_one():
    text = "Donald Trump said the plan works well. It shows he is ready for the job, his aides argued."
    assert ("Donald Trump", "shows") not in spoken(text)


def test_it_a_sentence_further_on_is_no_one():
    text = (
        "The nonpartisan Commission on Presidential Debates says there was indeed a problem with the microphone.\n\n"
        "The ad then references FBI criticism of Clinton's use of a private email system. It also mentions "
        "policies she supported."
    )
    assert [speaker for speaker, cue in spoken(text) if cue == "mentions"] == [""]


def test_it_after_a_document_is_the_document():
    text = (
        "The report states that the agency lost track of 12 servers. It says officials concealed the breach "
        "from Congress."
    )
    assert [speaker for speaker, cue in spoken(text) if cue == "says"] == ["report"]
