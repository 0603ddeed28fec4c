"""Segmentation: sentences with offsets, quotations that hold sentences (and paragraphs) together."""

from __future__ import annotations

import pytest

from claimtrack.extract.segment import find_quotes, paragraphs, sentences
from claimtrack.lexicon import lexicon


def split(text: str, language: str = "id") -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, lexicon(language))]


def inner(text: str, language: str = "id") -> list[str]:
    """The text inside each quotation, sentence by sentence."""
    return [text[q.inner_start : q.inner_end] for s in sentences(text, lexicon(language)) for q in s.quotes]


def test_offsets_point_into_the_text():
    text = "Pertama di sini.  Kedua di sana!\n\nKetiga, di paragraf baru?"
    found = sentences(text, lexicon("id"))
    assert [text[s.start : s.end] for s in found] == ["Pertama di sini.", "Kedua di sana!", "Ketiga, di paragraf baru?"]
    assert [s.paragraph for s in found] == [0, 0, 1]


def test_paragraphs_skip_blank_lines():
    text = "Satu.\n\n   \nDua."
    assert [text[a:b] for a, b in paragraphs(text)] == ["Satu.", "Dua."]


def test_a_quotation_of_several_sentences_stays_one_sentence():
    text = '"Ini sudah mendesak. Semua harus jalan. Minggu ini," kata Presiden. Rapat selesai sore.'
    assert split(text) == ['"Ini sudah mendesak. Semua harus jalan. Minggu ini," kata Presiden.', "Rapat selesai sore."]


@pytest.mark.parametrize(
    "quoted",
    [
        "“Kami siap bekerja sama,”",  # curly
        "”Kami siap bekerja sama,”",  # the Kompas habit: ” opens and closes
        '"Kami siap bekerja sama,"',  # straight
        "«Kami siap bekerja sama,»",  # guillemets
        "''Kami siap bekerja sama,''",  # two apostrophes, as some newspapers print it
    ],
)
def test_every_kind_of_quote_mark(quoted):
    text = f"{quoted} kata Budi. Lalu ia pergi."
    assert inner(text) == ["Kami siap bekerja sama,"]
    assert split(text)[1] == "Lalu ia pergi."


def test_a_quotation_opened_at_a_paragraph_end_runs_to_the_paragraph_that_closes_it():
    # one sentence a paragraph, the opening mark left at the end of the paragraph before: detokenised Kompas text
    text = (
        "Presiden meminta bantuan segera disalurkan. ”\n\nSaya minta minggu ini semuanya jalan.\n\n"
        "Ini sudah sangat mendesak, ” kata Presiden.\n\nRapat berlangsung di Istana."
    )
    found = sentences(text, lexicon("id"))
    assert [text[s.start : s.end] for s in found][0] == "Presiden meminta bantuan segera disalurkan."
    quoted = found[1]
    assert text[quoted.start : quoted.end].endswith("kata Presiden.")
    assert (quoted.paragraph, quoted.last_paragraph) == (0, 2)
    assert inner(text) == ["\n\nSaya minta minggu ini semuanya jalan.\n\nIni sudah sangat mendesak, "]


def test_english_opens_each_paragraph_of_a_long_quotation_again():
    text = "“The first paragraph of what she said.\n\n“And the second, the last,” she said.\n\nThen she left."
    found = split(text, "en")
    assert found[0].startswith("“The first paragraph") and found[0].endswith("she said.")
    assert found[1] == "Then she left."


def test_a_closing_mark_without_punctuation_ends_a_carried_quotation():
    text = "Pemimpin wihara itu menjelaskan. ”\n\nKami harap bisa ikut mengamalkan ajaran Buddha ” tutur Dutavira."
    assert split(text)[1].endswith("tutur Dutavira.")
    assert inner(text) == ["\n\nKami harap bisa ikut mengamalkan ajaran Buddha "]


def test_a_paragraph_opening_in_lower_case_after_a_quotation_goes_on_with_it():
    text = "“Kenapa kita tidak seperti itu?”\n\nkata Aziz, Senin.\n\nAcara selesai."
    assert split(text) == ["“Kenapa kita tidak seperti itu?”\n\nkata Aziz, Senin.", "Acara selesai."]


def test_a_quotation_left_open_does_not_swallow_paragraphs_that_start_another():
    text = "Dia berkata ”\n\nParagraf tanpa tanda kutip.\n\nLalu “kutipan baru” muncul di sini."
    assert split(text) == ["Dia berkata ”", "Paragraf tanpa tanda kutip.", "Lalu “kutipan baru” muncul di sini."]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Menurut Dr. Budi Santoso, vaksin aman.", "id"),
        ("Kata M. Yusuf, harga naik.", "id"),
        ("Rep. G.K. Butterfield said the day was a disgrace.", "en"),
        ("Sen. Elizabeth Warren of Mass. spoke first.", "en"),
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text, language):
    assert split(text, language) == [text]


def test_an_unpaired_closing_mark_quotes_from_the_paragraph_start():
    text = "Kami tidak menyerah,” ujarnya."
    quotes = find_quotes(text, 0, len(text))
    assert [(text[q.inner_start : q.inner_end], q.opened) for q in quotes] == [("Kami tidak menyerah,", False)]


def test_detached_marks_around_a_term_are_a_quotation_not_an_end():
    # tokenised text: a mark after a comma closes only when the attribution follows it
    text = (
        "Wali Kota memastikan, pada Senin, ” kota hujan ” tersebut kembali masuk zona oranye. ”\n\n"
        "Kota Bogor sudah tidak zona merah lagi, ” kata Bima."
    )
    assert inner(text) == [" kota hujan ", "\n\nKota Bogor sudah tidak zona merah lagi, "]


def test_a_dot_that_lost_its_space_in_scraped_text_still_ends_a_sentence():
    lex = lexicon("id")
    text = "Harga beras naik 12 persen pada bulan lalu.Sementara itu, harga gula turun. Kata Dr.Budi, J.Sudirman tetap."
    found = [text[s.start : s.end] for s in sentences(text, lex)]
    assert found[:2] == ["Harga beras naik 12 persen pada bulan lalu.", "Sementara itu, harga gula turun."]
    assert "Kata Dr.Budi, J.Sudirman tetap." in found  # short abbreviations and initials are no sentence's end


def test_single_curly_marks_are_the_quotation_marks_of_an_article_without_double_ones():
    # the British way: a quotation of several sentences in single marks holds them together, and a cue inside it
    # is the quoted speaker's own narration
    text = (
        "‘He just walked up and called me a liar. He asked why I did it,’ the driver told the local radio.\n\n"
        "The driver’s car was found later, and the boys’ bikes too."
    )
    assert inner(text, "en") == ["He just walked up and called me a liar. He asked why I did it,"]
    assert split(text, "en")[0].endswith("told the local radio.")


def test_single_marks_stay_apostrophes_and_quotations_within_double_ones():
    # a mark after a letter, or before one, is an apostrophe; inside double marks single ones are a quotation within
    # a quotation
    assert inner("The mayor‘s office said the boys’ school is closed.", "en") == []
    assert inner("“Don’t say ‘Merry Christmas’ to me,” the man said.", "en") == ["Don’t say ‘Merry Christmas’ to me,"]


def test_a_single_quotation_left_open_goes_on_only_where_the_next_paragraph_opens_again():
    text = (
        "She told reporters: ‘I can’t remember much, but the nurse said it went well.\n\n"
        "‘I am feeling great now.’\n\n"
        "Her sister said: ‘It was a long week."
    )
    quotes = inner(text, "en")
    assert quotes[0].startswith("I can’t remember much") and quotes[0].endswith("I am feeling great now.")
    assert len(quotes) == 1  # the last mark, with nothing after its paragraph, opens nothing
