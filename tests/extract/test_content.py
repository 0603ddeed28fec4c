"""Content: the span of what was said, trimmed, told direct, indirect or mixed, and quotations around attributions."""

from __future__ import annotations

import pytest

from claimtrack.extract.content import enough, quote_kind, trimmed
from tests.extract.helpers import article, only, statements


# --- the span itself --------------------------------------------------------------------------------------------
def test_a_span_is_trimmed_to_the_words_said():
    text = "Ia berkata: harga beras naik."
    doc, _ = article(text)
    start, end = trimmed(doc, text.index(":"), len(text))
    assert text[start:end] == "harga beras naik"


def test_one_word_is_not_enough_to_be_a_statement():
    doc, _ = article("Tidak benar.")
    assert not enough(doc, 0, len("Tidak"))
    assert enough(doc, 0, len("Tidak benar"))


def test_quotation_marks_tell_direct_from_indirect_and_mixed():
    text = 'Budi menyebut harga "akan turun bulan depan" karena panen raya di seluruh Jawa dan Sumatera tahun ini.'
    doc, found = article(text)
    sentence = found[0]
    assert quote_kind(sentence, text.index('"'), text.index(" karena")) == "direct"
    assert quote_kind(sentence, text.index("panen"), len(text)) == "indirect"
    assert quote_kind(sentence, sentence.start, sentence.end) == "mixed"


def test_the_content_span_is_the_text_inside_the_quote_marks():
    text = '"Stok beras cukup sampai Desember," kata Budi.'
    statement = only(text)
    assert statement.content == "Stok beras cukup sampai Desember"
    assert statement.start == text.index("Stok") and statement.end == text.index('," kata')


# --- quotations around an attribution ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Stok beras cukup," kata Budi Santoso. "Harga juga akan stabil sampai akhir tahun."', "id"),
        (
            '"Rice stocks are sufficient," Budi Santoso said. '
            '"Prices will also stay stable until the end of the year."',
            "en",
        ),
    ],
)
def test_a_quote_that_follows_goes_to_the_same_speaker(text, language):
    found = statements(text, language)
    assert [s.speaker for s in found] == ["Budi Santoso", "Budi Santoso"]
    assert [s.quote for s in found] == ["direct", "direct"]
    assert "stabil" in found[1].content or "stable" in found[1].content


def test_a_quote_broken_by_its_attribution_is_one_statement():
    statement = only(
        "“Every time you say that,” Tester said, “you give ammunition to those who want to break up banks.”", "en"
    )
    assert statement.content.startswith("Every time you say that") and statement.content.endswith("break up banks")


def test_a_quotation_resumed_after_kata_is_one_statement():
    statement = only('"Stok beras cukup," kata Budi Santoso, "dan harga akan stabil sampai akhir tahun."')
    assert statement.content.startswith("Stok beras cukup") and statement.content.endswith("sampai akhir tahun")
    assert statement.quote == "direct"


def test_a_quotation_in_the_paragraph_after_reports_is_what_was_reported():
    found = statements(
        'The New York Times reports:\n\n"In an interview, the senator said nothing new about the plan for the state."',
        "en",
    )
    assert [(s.speaker, s.quote) for s in found] == [("New York Times", "direct")]
    assert found[0].content == "In an interview, the senator said nothing new about the plan for the state"


def test_a_short_quoted_title_is_no_quotation():
    statement = only(
        'In an interview on CBS\'s "Face the Nation," House Speaker Paul Ryan said the protests demand more listening.',
        "en",
    )
    assert (statement.speaker, statement.quote) == ("Paul Ryan", "indirect")
    assert statement.content == "the protests demand more listening"


# --- between the cue and the content ----------------------------------------------------------------------------
def test_an_infinitive_after_the_cue_is_no_addressee():
    statement = only("Clinton wants to sign up five million voters, focusing on people under 30.", "en")
    assert statement.content == "to sign up five million voters, focusing on people under 30"


def test_a_quotation_standing_alone_after_someones_reported_words_is_theirs():
    text = (
        "Metro reports the girl doused the car with paint. Khoza himself said everything happened very fast.\n\n"
        "“I did not intend to show anyone the video and I still don’t know how it got onto social media.”"
    )
    found = statements(text, "en")
    assert [(s.speaker, s.quote) for s in found][-1] == ("Khoza", "direct")
    assert found[-1].content.startswith("I did not intend")


def test_a_quotation_standing_alone_after_a_circulating_text_is_nobodys():
    text = (
        "Beredar kabar bahwa harga beras naik 50 persen di Jakarta.\n\n"
        '"Kami tidak tahu dari mana kabar itu berasal dan siapa yang menyebarkannya."'
    )
    assert [s.speaker_kind for s in statements(text)] == ["circulating"]


def test_according_to_an_institution_with_its_acronym_in_brackets_gives_the_institution_whole():
    text = "Menurut Asosiasi Penyelenggara Jasa Internet Indonesia (APJII), pengguna internet mencapai 171 juta orang."
    [statement] = statements(text)
    assert (statement.speaker, statement.speaker_kind) == (
        "Asosiasi Penyelenggara Jasa Internet Indonesia",
        "organization",
    )
    assert statement.content == "pengguna internet mencapai 171 juta orang"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Namun, tidak ada negara yang menyatakan bersedia untuk berkonflik langsung dengan Hamas.", "id"),
        ("No country has said it would send troops to the region.", "en"),
    ],
)
def test_a_speaker_no_one_of_whom_spoke_attributes_nothing(text, language):
    assert statements(text, language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a connective or circumstance opens the sentence; what was said is the clause after the cue
        "Secara terpisah, Kepala Biro Penerangan Masyarakat Polri Raden Prabowo mengatakan, Polri telah berkoordinasi "
        "dengan bapas.",
        "Meskipun demikian, Budi Santoso mengatakan, harga sapi naik tajam tahun ini.",
        "Juru bicara Satgas Covid-19, Wiku Adisasmito mengatakan, pelaksanaan ibadah sangat bergantung pada pengurus.",
    ],
)
def test_what_follows_speaker_and_cue_after_a_comma_is_what_was_said(sentence):
    found = statements(sentence)
    assert len(found) == 1
    said = found[0].content
    assert said.split()[0] in ("Polri", "harga", "pelaksanaan"), said


def test_a_subject_before_an_inserted_speaker_is_still_the_claims_when_a_predicate_follows():
    found = only("Pencairan anggaran, Purbaya menjelaskan, akan disesuaikan dengan kebutuhan daerah.")
    assert found.content.startswith("Pencairan anggaran")


def test_english_circumstance_after_a_trailing_attribution_leaves_the_content_before_it():
    found = only(
        "The top 1 percent would see an average tax cut of $275,000, the group said, compared with $2,700 for "
        "those in the middle.",
        "en",
    )
    assert found.content.startswith("The top 1 percent")


def test_whom_something_was_told_ends_at_that_or_at_a_colon_and_may_hold_a_figure():
    # a frequency is no sentence end, and "told OUTLET:" introduces the quotation as "that" introduces a clause
    told = only("Jasmine Tridevil told Orlando radio station Real Radio 104.1 that she spent $20,000 on it.", "en")
    assert told.content == "she spent $20,000 on it"
    quoted = only("Graphic artist Ashley Austen told Kent Online: “The image of the crab was made in Photoshop.”", "en")
    assert quoted.content.strip("“”") == "The image of the crab was made in Photoshop."


def test_a_name_told_after_to_is_whom_it_was_said_to_not_what_was_said():
    statement = only("Jane Smith explained to The Guardian she had left the party in May.", "en")
    assert statement.content == "she had left the party in May"
    # whom alone, and nothing said: no statement
    assert statements("The company confirmed to Reuters.", "en") == []


def test_a_common_noun_told_before_a_clause_is_whom_it_was_said_to():
    assert only("The doctor told investigators the picture was taken in May.", "en").content == (
        "the picture was taken in May"
    )
    assert only("The mayor told her aides she would cut the budget by 5 percent.", "en").content == (
        "she would cut the budget by 5 percent"
    )
    # a word that ends the noun phrase keeps what follows it ("told reporters that, although …" goes on after "that")
    content = only("The spokesman told reporters that, although the bridge was closed, traffic rose.", "en").content
    assert content.startswith("although the bridge")


def test_circumstance_between_the_cue_and_that_is_passed_over():
    assert only("Trump said during a rally in Ohio that taxes had doubled since 2010.", "en").content == (
        "taxes had doubled since 2010"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Lebih lanjut, Dhoni mengatakan untuk menjaga pertumbuhan ekonomi di Jateng diperlukan dukungan data.",
        "Oleh karena itu, Rosmauli mengimbau untuk para wajib pajak agar segera melakukan aktivasi.",
    ],
)
def test_a_connective_before_the_speaker_is_not_what_was_said(sentence):
    statement = only(sentence)
    assert not statement.content.startswith(("Lebih lanjut", "Oleh karena itu"))
    assert statement.start > sentence.index(",")


def test_a_source_tag_closing_the_sentence_is_no_part_of_what_was_said():
    found = statements(
        "Apple CEO Tim Cook told employees the new wearable will launch in Germany during April, according to 9to5Mac.",
        "en",
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("Tim Cook", "the new wearable will launch in Germany during April")
    ]


def test_a_source_tag_inside_what_was_said_stays():
    sentence = (
        "The report said the top 1 percent paid 40 percent, according to the Congressional Budget Office, and the "
        "top 10 percent paid 69 percent."
    )
    assert [s.content for s in statements(sentence, "en")][0].endswith("the top 10 percent paid 69 percent")
