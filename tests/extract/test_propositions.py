"""Propositions: a statement's sentences in a claim's wording, each checkable on its own."""

from __future__ import annotations

from tests.extract.helpers import only


def propositions(text: str, language: str = "id") -> list[tuple[str, bool]]:
    return [(p.text, p.vague) for p in only(text, language).propositions]


def test_a_quotation_of_several_sentences_gives_one_proposition_each_with_its_span():
    statement = only('"Kami sudah menyalurkan 40 ton beras ke Cianjur pada Senin. Kami bangga dengan para relawan. '
                     'Itu luar biasa," kata Menteri Sosial Saifullah Yusuf.')
    assert [p.text for p in statement.propositions] == [
        "Saifullah Yusuf sudah menyalurkan 40 ton beras ke Cianjur pada Senin",
        "Saifullah Yusuf bangga dengan para relawan",
        "Itu luar biasa",
    ]
    first = statement.propositions[0]
    assert statement.start <= first.start < first.end <= statement.end
    assert statement.checkworthiness == max(p.checkworthiness for p in statement.propositions)


def test_the_speakers_own_we_in_a_quotation_and_he_in_reported_speech_become_the_speaker():
    assert propositions("Terdakwa Budi Santoso mengatakan dirinya tidak menerima suap Rp 2 miliar.") == [
        ("Budi Santoso tidak menerima suap Rp 2 miliar", False)]


def test_someone_elses_he_in_a_quotation_stays_as_written_and_is_no_claim_on_its_own():
    text = '"Dia menerima suap Rp 2 miliar dari kontraktor," kata jaksa Andi Rahman.'
    assert propositions(text) == [("Dia menerima suap Rp 2 miliar dari kontraktor", True)]


def test_the_speakers_own_words_for_themselves_are_made_explicit_among_the_first_words():
    text = '"Saat ini kami sudah menyalurkan 40 ton beras ke Cianjur," kata Kementerian Sosial.'
    assert propositions(text) == [("Saat ini Kementerian Sosial sudah menyalurkan 40 ton beras ke Cianjur", False)]


def test_discourse_words_and_a_bracketed_note_to_the_reader_leave_the_wording():
    assert propositions('"Jadi, harga beras naik 10 persen sejak Maret," kata Menteri Perdagangan Budi Santoso.') == [
        ("Harga beras naik 10 persen sejak Maret", False)]
    assert propositions('"(Kepala sekolah) Dia sudah dipecat sejak Juli," kata Andi Rahman.')[0][0].startswith("Dia sudah")


def test_a_subject_that_points_elsewhere_cannot_be_checked_on_its_own():
    assert propositions('"It was a brief courtesy meeting," said White House spokesman John Kirby.', "en") == [
        ("It was a brief courtesy meeting", True)]
