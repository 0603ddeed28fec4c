"""Speakers from session 52's blind reads (Detik, FNC-1, PolNeAR test; seeds 2797–2799): the wrong speakers and the
junk statements they showed, written again in sentences of our own (docs/extraction.md, session 52)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements

_EARLIER = '"Kami mengapresiasi dukungan kementerian dalam membuka peluang ekspor," jelas Arif.\n\n'
_LATER = ' "Kami sangat mengapresiasi dukungan perusahaan yang turut berperan aktif," jelasnya.'


@pytest.mark.parametrize(
    "subject",
    [
        "Rizky Maulana Harahap pun mengapresiasi upaya kolaboratif perusahaan itu.",
        "Direktur Jenderal Perdagangan Dalam Negeri, Rizky Maulana Harahap pun mengapresiasi upaya itu.",
        "Direktur Jenderal Perdagangan Dalam Negeri, Kementerian Perdagangan RI, Rizky Maulana Harahap pun "
        "mengapresiasi upaya itu.",
    ],
)
def test_a_three_word_name_opening_a_sentence_is_whom_the_suffixed_cue_means(subject: str) -> None:
    """Detik round, item 6: "Direktur Jenderal Perdagangan Dalam Negeri, Kementerian Perdagangan RI, Iqbal Shoffan
    Shofwan pun mengapresiasi …. '…,' jelasnya" went to Arif, quoted two paragraphs before. A sentence's first word
    not capitalised elsewhere, before two more capitalised words, was taken for a sentence adverb ("Berkali-kali
    Rianto …") even when the dictionary lacks it ("Rizky"); and an office set off by commas before the name hid the
    name from the sentence subjects."""
    found = statements(_EARLIER + subject + _LATER)
    assert [s.speaker for s in found] == ["Arif", "Rizky Maulana Harahap"]


def test_a_word_of_the_dictionary_with_its_suffix_opening_a_sentence_is_no_first_name() -> None:
    """Guard, from the Detik dump: "Pendirinya Abid Omar telah menyebarkan …" (pen-diri-nya, its founder) made the
    later "Omar" the actor "Pendirinya Abid Omar" when the rule above read every word the dictionary lacks as a
    first name: a nasal prefix that keeps the root's first consonant ("pen-diri") is the dictionary's too."""
    found = statements(
        "Kelompok itu bertujuan meningkatkan kesadaran akan polusi udara.\n"
        "Pendirinya Abid Omar telah menyebarkan 150 sensor kualitas udara di seluruh negeri. "
        "Omar mengatakan penerapan tiga tindakan dapat menurunkan polusi hingga 45 persen."
    )
    assert [s.speaker for s in found] == ["Abid Omar"]


def test_a_sentence_adverb_before_a_name_stays_out_of_it() -> None:
    """Guard: a dictionary word opening the sentence is still no first name ("Sementara Budi Santoso …")."""
    found = statements("Sementara Budi Wicaksono Santoso mengatakan harga beras turun 10 persen pada Oktober.")
    assert [s.speaker for s in found] == ["Budi Wicaksono Santoso"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the radio show, Clinton was asked why she thinks the historic nature of her candidacy isn't resonating.",
        "In an interview last week, Trump was asked what he thought Clinton could do to win over angry voters.",
    ],
)
def test_a_cue_inside_a_question_someone_was_asked_says_nothing(sentence: str) -> None:
    """PolNeAR round, item 24: "Clinton was asked why she thinks ⟦the historic nature of her candidacy isn't
    resonating more⟧" was Clinton's statement; what a question supposes is the asker's, and no one asserted it."""
    assert statements(sentence, "en") == []


def test_what_someone_said_after_answering_a_question_stays() -> None:
    """Guard: a cue of the one asked, after the question, is theirs."""
    found = statements("Asked whether he believed the deal would hold, Obama said it would hold until March.", "en")
    assert [(s.speaker, s.cue, s.content) for s in found] == [("Obama", "said", "it would hold until March")]


@pytest.mark.parametrize(
    "sentence",
    [
        "That is right: the diner's pizza that you knew (and loved?) in the 1990s is still on the menu.",
        "It beats when you believe in yourself.",
    ],
)
def test_the_reader_in_the_narration_says_nothing(sentence: str) -> None:
    """FNC-1 round, items 3 and 6: "the pizza that you knew ⟦(and loved?) in the '90s is still on the menu⟧", "It
    beats when you believe ⟦in yourself⟧": the writer speaks to whoever reads (`[cues] reader_pronouns`)."""
    assert statements(sentence, "en") == []


def test_you_inside_a_quotation_is_whom_the_speaker_addresses() -> None:
    """Guard: a quotation's "you said" is the speaker's words, kept."""
    found = statements('"You said the tax would fall," Smith told the minister on Tuesday.', "en")
    assert [(s.speaker, s.content) for s in found] == [("Smith", "You said the tax would fall")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ellen Vance announced her candidacy on Monday in Columbus.",
        "The city police announced a $25,000 reward for information about the killing.",
    ],
)
def test_what_was_announced_with_no_verb_is_an_act_not_words(sentence: str) -> None:
    """Dumps after the PolNeAR round: "Rick Perry announced ⟦his endorsement of Sen. Ted Cruz for president on
    Sunday⟧", "D.C. police announced ⟦a $25,000 reward …⟧" were statements, and claims were made of the noun
    phrases. "announced" joins `[cues] topic_cues`."""
    assert statements(sentence, "en") == []


def test_what_was_announced_as_a_clause_stays() -> None:
    """Guard: an announcement with a verb of its own is what was said."""
    found = statements("The ministry announced that fuel prices will rise by 10 percent in March.", "en")
    assert [(s.speaker, s.content) for s in found] == [("ministry", "fuel prices will rise by 10 percent in March")]


def test_a_works_quoted_title_before_the_cue_is_never_the_speaker() -> None:
    """Detik second round, item 29: "Dijelaskan dalam Jurnal Hut Trop berjudul 'Potensi … Fitokimia, Aktivitas
    Antioksidan, dan Antibakteri' menyebut …" was a statement of "Aktivitas Antioksidan, dan Antibakteri", the title's
    last words. The work is read before the word that gives its title (`[speaker] title_markers`); in Indonesian the
    frame with the title between the work and the cue is then not read at all (no speaker rather than a wrong one)."""
    english = statements(
        "A study titled 'Obesity, Diet, and Sleep' found that short sleep raises the risk of obesity.", "en"
    )
    assert [(s.speaker, s.content) for s in english] == [("study", "short sleep raises the risk of obesity")]
    indonesian = statements(
        "Dijelaskan dalam Jurnal Hutan Tropis berjudul 'Potensi Daun Sembung dengan Analisis Fitokimia, Aktivitas "
        "Antioksidan, dan Antibakteri' menyebut daun sembung dapat menjadi obat antibakteri alami."
    )
    assert not any("Antibakteri" in s.speaker or "Fitokimia" in s.speaker for s in indonesian)


def test_a_firms_name_joined_by_an_ampersand_is_no_persons_full_name() -> None:
    """PolNeAR first round, item 18: "Pfizer called on Akin Gump Strauss Hauer & Feld …. Akin Gump said …" gave
    the person "Akin Gump Strauss Hauer": the run of capitals stopped at "&". It goes on past it now, and a firm's
    name is no person's full name; the short name stays as written."""
    found = statements(
        "The drug maker hired Baird Lowe Whitman & Platt, a law firm in Washington. "
        "Baird Lowe said the firm has worked with the company for more than 20 years.",
        "en",
    )
    assert [s.speaker for s in found if s.cue == "said"] == ["Baird Lowe"]


def test_initials_run_together_before_a_family_name_set_off_by_a_role_are_a_persons_name() -> None:
    """FNC-1 second round, item 21: "RP Solanki, an official at the station, told the Times of India ⟦two wedding
    guests were briefly arrested⟧" was left to "official": initials in capitals without periods are no word of a
    name the parser knows. Before a role set off by commas they are (`SpeakerSpans._initials_run_together`)."""
    found = statements(
        "KP Rathore, an official at the police station, told reporters that two guests were briefly arrested.",
        "en",
    )
    assert [(s.speaker, s.speaker_role) for s in found] == [("KP Rathore", "official at the police station")]


def test_a_company_head_before_a_name_set_off_by_a_role_is_no_initials() -> None:
    """Guard, from the dump: "PT Indobuildco" is a company (`[organizations] heads`), never initials."""
    found = statements("PT Sentosa, perusahaan pengelola hotel itu, menyebut tindakan itu sah.")
    assert all(s.speaker_kind != "person" for s in found)


def test_a_description_holding_an_abbreviation_with_periods_speaks() -> None:
    """FNC-1 second round, item 28: "…, a U.S. military spokesperson told Mashable" was no statement, and the next
    '"…," the spokesperson said' was left to "spokesperson": "U.S" failed the test of a short noun phrase after an
    article (`SpeakerWords.determined_noun`), which took letters, initials and possessives only."""
    found = statements(
        "Base security reported them missing late Saturday, a U.S. military spokesperson told Mashable.\n\n"
        '"There is no indication they pose any threat to the public," the spokesperson said Monday.',
        "en",
    )
    assert [s.speaker for s in found] == ["military spokesperson", "military spokesperson"]


def test_an_outlets_name_that_reported_is_a_body_the_paper_stands_for() -> None:
    """FNC-1 first round, item 11: "…, Britain's Daily Mail reported" made the person "Daily Mail" (two capitalised
    words after a possessive place), so no outlet had reported, and "the daily said" later stood for no one. A name
    ending with a word of outlets' names (`[speaker] outlet_name_words`) that reported (`outlet_cues`) is a body."""
    found = statements(
        "Rehana was reportedly killed by the militants, Britain's Evening Herald reported.\n\n"
        "The militia are yet to make a comment about the allegations, the paper said.",
        "en",
    )
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Evening Herald", "organization")] * 2


def test_an_attribution_then_a_subordinate_clause_with_its_own_ends_what_was_said() -> None:
    """PolNeAR second round, item 29: "It is increasingly unlikely that the review will be complete by Election Day,
    F.B.I. officials said, although they said there was a chance …" was read as an attribution inserted in what was
    said, whose content then ran over "F.B.I. officials said". A subordinator with a cue of its own right after it
    opens another statement."""
    found = statements(
        "The audit is unlikely to be complete by March, agency officials said, although they said there was a chance "
        "of an early summary.",
        "en",
    )
    assert [(s.speaker_mention, s.content) for s in found] == [
        ("agency officials", "The audit is unlikely to be complete by March"),
        ("they", "there was a chance of an early summary"),
    ]


def test_a_cue_word_after_a_possessor_is_a_noun() -> None:
    """PolNeAR first round, item 4: "… would not doom Mrs. Clinton's presidential hopes, ⟦Ms. Kovner sighed: 'It is
    more pain.'⟧" was a statement (speaker left open) of the cue "hopes". A possessive pronoun before the word made it
    a noun ("his mayoral hopes"); a possessor's "'s", perhaps before an adjective (`[cues]
    possessed_adjective_endings`), does too."""
    sentence = (
        "While predicting the scandal would not doom Senator Hale's presidential hopes, Ms. Kovner sighed: "
        '"It is more pain."'
    )
    assert statements(sentence, "en") == []


def test_a_possessors_noun_before_a_verb_cue_still_speaks() -> None:
    """Guard: "Clinton's aide claims …": the possessor owns the subject, and the cue is its verb."""
    found = statements("Governor Reyes's aide claims the deal will fail in March.", "en")
    assert [(s.speaker, s.content) for s in found] == [("Governor Reyes's aide", "the deal will fail in March")]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the urging of prosecutors, the bureau agreed not to issue subpoenas so close to the election.",
        "The bank agreed to pay $325 million to settle lending charges with 49 states.",
        "Senator Ellen Vance agreed with the analysis on Tuesday.",
    ],
)
def test_what_was_agreed_as_an_act_or_a_side_says_nothing(sentence: str) -> None:
    """PolNeAR third round, item 16: "the F.B.I. agreed ⟦not to issue subpoenas or take other steps …⟧, according
    to federal law enforcement officials" was the F.B.I.'s statement. Agreeing to do something, to something or with
    someone is an act or a side taken (`[cues] agreeing_cues`, `agreeing_objects`)."""
    assert statements(sentence, "en") == []


def test_what_was_agreed_as_a_clause_stays() -> None:
    """Guard: agreeing that something is so says it."""
    found = statements("Economist Ana Ruiz agreed that the tax cut will raise the deficit by 2 percent.", "en")
    assert [(s.speaker, s.content) for s in found] == [("Ana Ruiz", "the tax cut will raise the deficit by 2 percent")]


def test_a_cue_word_after_a_verb_in_ing_is_its_object() -> None:
    """FNC-1 claims read C24: "Authorities in Iraq were tonight investigating claims that ⟦the Isis leader … had
    been 'critically injured'⟧" made a claim the authorities asserted. A noun form (`[cues] noun_forms`) right after
    a verb in "-ing" that is no cue is that verb's object: who claimed it, the sentence does not say."""
    found = statements(
        "Officials in Baghdad were tonight investigating claims that the militant leader had been critically "
        "injured in air strikes.",
        "en",
    )
    assert [(s.speaker, s.cue) for s in found if s.speaker] == []


def test_a_name_a_naming_word_gives_after_a_relative_clause_speaks() -> None:
    """Detik third round, item 5: "seorang warga New Jersey yang tumbuh besar di Italia bernama Massimo Mascoli (68),
    mengatakan …" was "warga New Jersey": the description's reading stops at the relative "yang", before the name
    "bernama" gives (`[names] naming`)."""
    found = statements(
        "Sementara itu, seorang warga Surabaya yang tumbuh besar di Belanda bernama Hendrik Wibisono (68), mengatakan "
        "ia ikut berdemo karena khawatir harga beras naik 20 persen."
    )
    assert [s.speaker for s in found] == ["Hendrik Wibisono"]


def test_a_quotation_a_colon_sets_after_narration_naming_someone_else_is_left_open() -> None:
    """PolNeAR fourth round, item 1: "Even without the rest of his returns, the source of many of Mr. Trump's
    ''losses'' is no mystery: ''I love depreciation,'' he said during Sunday's debate" was Steven M. Rosenthal's,
    quoted a paragraph before. Narration that brings in someone else and sets the quotation after a colon shows that
    one's words, or someone's; the last speaker is not who the text says (no guess)."""
    found = statements(
        "Daniel Reyes released part of his tax returns on Friday.\n\n"
        "Steven Park, a tax specialist, echoed that point. ''Another look at the passive loss rules is warranted,'' he "
        "said.\n\n"
        "Even without the rest of his returns, the source of many of Mr. Reyes's ''losses'' is no mystery: ''I love "
        "depreciation,'' he said during Sunday's debate.",
        "en",
    )
    assert [s.speaker for s in found if s.content == "I love depreciation"] == [""]


def test_a_quotation_after_a_colon_in_the_speakers_own_narration_stays_theirs() -> None:
    """Guard: narration naming no one else before the colon leaves the last speaker's quotation theirs."""
    found = statements(
        "Helen Park, a tax specialist at the institute, said the rules were too loose.\n\n"
        "The specialist was blunt about the passive loss rules: ''Another look at them is warranted,'' she said.",
        "en",
    )
    assert [s.speaker for s in found] == ["Helen Park", "Helen Park"]
