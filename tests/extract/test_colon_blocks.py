"""A sentence that ends in a colon after its cue introduces the next paragraph as the words said, when what stands
between the cue and the colon only places or names them ("denied the report in a statement:", "explained at the
time:", "as follows:", "hal berikut:"). Not after a clause of its own, not after a cue of posting (the post is
embedded, the paragraph after it is the article's), and not when the paragraph attributes words of its own."""

from __future__ import annotations

from tests.extract.helpers import statements


def test_a_denial_in_a_statement_is_the_paragraph_after_the_colon():
    text = (
        "The ministry denied the report in a statement released on Wednesday night:\n\n"
        "The ministry has never approved the sale of the land to any foreign company. All permits were revoked "
        "in 2019.\n\nThe company did not answer questions."
    )
    found = statements(text, "en")
    block = next(s for s in found if s.speaker == "ministry")
    assert block.content.startswith("The ministry has never approved the sale")
    assert block.content.endswith("revoked in 2019")
    assert block.quote == "direct"
    assert block.stance == "deny"


def test_circumstance_before_the_colon_gives_the_writers_paragraph_to_the_speaker():
    text = (
        "Sarah Lacy wrote about the company last year. As Sarah explained at the time:\n\n"
        "I explained the problem from the journalists' side, and asked the founder what he proposed for a "
        "publication that wants a fair dialog. He said he would no longer obfuscate anything.\n\n"
        "The company has not commented."
    )
    found = statements(text, "en")
    assert [(s.speaker, s.content[:22]) for s in found] == [("Sarah Lacy", "I explained the proble")]


def test_as_follows_after_according_to_introduces_the_paragraph():
    text = (
        "According to the Washington Post, the story of the day is as follows:\n\n"
        "A tradition holds that the seventh son of a family is doomed to turn into a werewolf after his 13th "
        "birthday."
    )
    statement = next(s for s in statements(text, "en") if s.speaker == "Washington Post")
    assert statement.content.startswith("A tradition holds that the seventh son")


def test_a_clause_before_the_colon_is_what_was_said():
    text = (
        "He told the website he decided to come out to his class after he learned a worrying fact:\n\n"
        "The school has not been named by the newspaper."
    )
    contents = [s.content for s in statements(text, "en")]
    assert any(c.startswith("he decided to come out") for c in contents)
    assert not any(c.startswith("The school has not been named") for c in contents)


def test_the_paragraph_after_a_post_is_the_articles_own():
    text = (
        "MSNBC reporter Alex Seitz-Wald tweeted the transcript of the full exchange for context:\n\n"
        "Sanders is not the first person to reduce a woman's experience to the act of moaning."
    )
    assert not any(s.content.startswith("Sanders is not the first") for s in statements(text, "en"))


def test_a_paragraph_with_an_attribution_of_its_own_is_no_block():
    text = (
        "Last night the technology site Pando writes:\n\n"
        "According to a single well-placed source inside Apple's engineering team, the company is poised to "
        "announce an acquisition of Path."
    )
    found = statements(text, "en")
    assert [s.speaker for s in found if s.content.startswith("the company is poised")] == [
        "single well-placed source inside Apple's engineering team"
    ]
    assert not any(s.speaker == "Pando" for s in found)


def test_a_quoted_block_keeps_its_own_trailing_attribution():
    text = (
        "Here are two emails from the scientist, found via Forbes:\n\n"
        "\u201cI have been told that the panel is above national freedom of information acts,\u201d writes Phil "
        "Jones, a scientist working with the panel, in a newly released email."
    )
    found = statements(text, "en")
    assert [s.speaker for s in found if s.content.startswith("I have been told")] == ["Phil Jones"]


def test_hal_berikut_introduces_the_paragraph_in_indonesian():
    text = (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro menyampaikan hal berikut:\n\n"
        "Polisi telah menangkap tiga tersangka pencurian kendaraan bermotor pada Senin malam di Cibinong.\n\n"
        "Ketiganya kini ditahan."
    )
    found = statements(text, "id")
    block = next(s for s in found if s.content.startswith("Polisi telah menangkap"))
    assert block.speaker == "Rio Wahyu Anggoro"
    assert block.quote == "direct"


def test_a_quotation_right_after_whom_and_what_about_was_told_is_what_was_told():
    text = (
        "After her recovery, Iga Jasica told the Daily Mail about the experience.\n\n"
        "\u201cI can\u2019t remember much but the doctor said he talked to me about cats.\n\n"
        "\u201cI missed Christmas because of this operation but it is the best present I could have had.\u201d\n\n"
        "The surgery took place in Poland."
    )
    found = statements(text, "en")
    assert [(s.speaker, s.quote) for s in found] == [("Iga Jasica", "direct")]
    assert found[0].content.startswith("I can\u2019t remember much")
    assert found[0].content.endswith("the best present I could have had.")


def test_a_quotation_with_its_own_attribution_is_not_what_was_told_before():
    text = (
        "Iga Jasica told the Daily Mail about the experience.\n\n"
        "\u201cI can\u2019t remember much.\n\n\u201cI missed Christmas,\u201d she said."
    )
    assert all(s.cue != "told" for s in statements(text, "en"))
