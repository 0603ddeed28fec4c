"""'It said …', 'They said …' (session 24): whoever spoke in the attribution right before, with no sentence between;
"it" a body, a document or a post, never a person or a group; "they" a group or a body. No one further back: an "it"
as often stands for the thing last talked of, a "they" for people the narration brought in."""

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


def test_they_right_after_a_group_spoke_is_that_group():
    text = (
        "Democrats repeatedly noted that the witness had refused to testify last year. They noted his attorney "
        "had offered a closed session."
    )
    assert [speaker for speaker, cue in spoken(text)] == ["Democrats", "Democrats"]


def test_they_after_other_people_came_in_is_no_one():
    text = (
        "The ministry said the schools would reopen on Monday.\n\n"
        "My parents were angry about the closure. They wanted me to stay at home with my sister."
    )
    assert [speaker for speaker, cue in spoken(text) if cue == "wanted"] == [""]
