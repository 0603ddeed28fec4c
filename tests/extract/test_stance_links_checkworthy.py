"""Stance (assert or deny), links inside a document, and check-worthiness."""

from __future__ import annotations

import pytest

from claimtrack.extract.checkworthy import CheckWorthiness
from claimtrack.extract.phrases import words_of
from claimtrack.extract.stance import Stance
from claimtrack.lexicon import lexicon
from tests.extract.helpers import run


@pytest.mark.parametrize(
    ("content", "language", "expected"),
    [
        ("tuduhan itu tidak benar", "id", "deny"),
        ("kabar tersebut hoaks", "id", "deny"),
        ("tuduhan Barat itu tidak disertai bukti", "id", "deny"),
        ("harga beras turun lima persen", "id", "assert"),
        ("the story was fabricated", "en", "deny"),
        ("that is simply not true", "en", "deny"),
        ("prices fell five percent", "en", "assert"),
        ("kabar Budi terpapar Covid-19 adalah hoaks", "id", "deny"),
        ("semua itu bohong", "id", "deny"),
        # a verdict said of a thing, not of words said: an accusation or a wish, which asserts
        ("banyak pelaporan keuangan perusahaan ini yang tidak benar", "id", "assert"),
        ("agar publik tak berpikiran yang tidak benar", "id", "assert"),
        ("pengakuannya di media sosial mengandung kebohongan", "id", "assert"),
        ("Hillary Clinton is lying about her support for the trade deal", "en", "assert"),
    ],
)
def test_the_content_can_deny(content, language, expected):
    assert Stance(lexicon(language)).of(content, cue_denies=False) == expected


def test_a_report_received_is_no_verdict_on_the_report():
    # "mendapat laporan … praktik tidak benar": the speaker got reports of improper practice (hand check 16's 1540)
    content = "mendapat laporan jaksa-jaksa di daerah soal ada yang melakukan praktik tidak benar"
    assert Stance(lexicon("id")).of(content, False) == "assert"
    assert Stance(lexicon("id")).of("laporan itu tidak benar", False) == "deny"


def test_a_denial_cue_denies_whatever_the_content():
    assert Stance(lexicon("id")).of("harga beras naik", cue_denies=True) == "deny"


# --- links --------------------------------------------------------------------------------------------------
def links(text: str, language: str = "id"):
    extraction = run(text, language)
    by_id = {s.id: s for s in extraction.statements}
    return [(by_id[link.source].speaker, by_id[link.target].speaker, link.relation) for link in extraction.links]


def test_a_denial_pointing_back_contradicts_the_claim_it_answers():
    text = (
        "Gedung Putih mengatakan Korea Utara mengirimkan senjata kepada Rusia.\n\n"
        "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat itu tidak disertai bukti."
    )
    assert links(text) == [("Dmitry Peskov", "Gedung Putih", "contradicts")]


def test_a_denial_sharing_content_words_contradicts():
    text = (
        "The White House said North Korea shipped artillery shells to Russia in September.\n\n"
        "Russia's foreign ministry denied that North Korea shipped artillery shells to Russia."
    )
    assert links(text, "en") == [("Russia's foreign ministry", "White House", "contradicts")]


def test_a_confirmation_by_another_speaker_supports():
    text = (
        "Kementerian Kesehatan mengatakan kasus demam berdarah naik tiga kali lipat di Jawa Barat.\n\n"
        "Dinas Kesehatan Jawa Barat membenarkan bahwa kasus demam berdarah naik tiga kali lipat di Jawa Barat."
    )
    assert links(text) == [("Dinas Kesehatan Jawa Barat", "Kementerian Kesehatan", "supports")]


def test_a_bare_repetition_is_no_link_inside_the_article():
    # the two join one claim when the article is tracked (tests/test_claims.py); here nothing is answered
    text = (
        "Kementerian Kesehatan mengatakan kasus demam berdarah naik tiga kali lipat di Jawa Barat.\n\n"
        "Dinas Kesehatan Jawa Barat juga mengatakan kasus demam berdarah naik tiga kali lipat di Jawa Barat."
    )
    assert links(text) == []


def test_a_denial_points_at_the_statement_on_its_topic_not_the_last_one():
    text = (
        "Beredar kabar bahwa Bendungan Bili-Bili di Gowa retak dan akan jebol pekan ini.\n\n"
        "Kepala Dinas Pariwisata Andi Rahman mengatakan kunjungan wisatawan ke Malino naik 20 persen.\n\n"
        "Bupati Gowa Adnan Purichta Ichsan membantah kabar soal Bendungan Bili-Bili tersebut."
    )
    extraction = run(text)
    by_id = {s.id: s for s in extraction.statements}
    assert [
        (by_id[link.source].speaker, by_id[link.target].speaker_kind, link.relation) for link in extraction.links
    ] == [("Adnan Purichta Ichsan", "circulating", "contradicts")]


def test_a_denial_whose_target_the_text_does_not_show_links_to_nothing():
    text = (
        "Kepala Dinas Pariwisata Andi Rahman mengatakan kunjungan wisatawan ke Malino naik 20 persen.\n\n"
        "Di tempat lain, Kapolres Gowa Reonald Simanjuntak membantah informasi soal penculikan anak itu."
    )
    assert links(text) == []


def test_unrelated_statements_are_not_linked():
    text = "Budi Santoso mengatakan harga beras turun.\n\nSri Rahayu membantah bahwa jembatan di Sleman rusak."
    assert links(text) == []


def test_two_assertions_of_opposite_polarity_alone_are_no_contradiction():
    # "setop impor" and "tidak akan impor" say the same thing; neither points at the other as something said
    text = (
        "Menteri Kelautan Budi Santoso mengatakan semua jenis garam akan setop impor pada akhir 2027.\n\n"
        "Menteri Perdagangan Andi Rahman mengatakan Indonesia tidak akan impor garam mulai akhir 2027."
    )
    assert links(text) == []


def test_an_assertion_negating_what_someone_said_and_pointing_at_it_contradicts_it():
    text = (
        "Kepala Dinas Pendidikan Andi Rahman mengatakan gaji guru honorer dipotong 50 persen tahun ini.\n\n"
        "Sekretaris Daerah Budi Santoso menegaskan gaji guru honorer tidak pernah dipotong, pernyataan itu keliru."
    )
    assert links(text) == [("Budi Santoso", "Andi Rahman", "contradicts")]


def test_what_a_video_shows_someone_saying_is_the_videos_and_a_denial_of_the_video_answers_it():
    text = (
        "Video potongan memperlihatkan Menteri Keuangan Wulan Kartika Sari menyebut guru sebagai beban negara "
        "viral di media sosial. Kementerian Keuangan memastikan video tersebut adalah hoaks."
    )
    shown = run(text, "id").statements[0]
    assert (shown.speaker, shown.speaker_kind) == ("Video potongan", "circulating")
    assert shown.content == "Menteri Keuangan Wulan Kartika Sari menyebut guru sebagai beban negara"
    assert links(text) == [("Kementerian Keuangan", "Video potongan", "contradicts")]


@pytest.mark.parametrize(
    ("language", "content", "purported"),
    [
        (
            "id",
            "Potongan video yang menampilkan seolah-olah Menteri Keuangan menyatakan guru adalah beban negara itu "
            "hoaks. Faktanya, menteri tidak pernah menyatakan hal tersebut",
            "menteri keuangan menyatakan guru adalah beban negara itu",
        ),
        # (the verdict's copula stays: match keys drop such words)
        (
            "en",
            "The clip that makes it look as if the mayor praised the rioters is false",
            "the mayor praised the rioters is",
        ),
        ("id", "Video tersebut adalah hoaks", ""),
    ],
)
def test_a_denial_names_what_a_video_only_made_it_look_like(language, content, purported):
    assert Stance(lexicon(language)).purported(content).casefold() == purported


def test_a_denial_of_what_a_video_made_it_look_like_answers_the_video():
    text = (
        "Video potongan memperlihatkan Menteri Keuangan Wulan Kartika Sari menyebut guru sebagai beban negara "
        "viral di media sosial.\n\n"
        '"Potongan video yang menampilkan seolah-olah Menteri Keuangan Wulan Kartika Sari menyatakan guru adalah '
        'beban negara itu hoaks," kata Kepala Biro Komunikasi Deni Surjantoro.'
    )
    assert links(text) == [("Deni Surjantoro", "Video potongan", "contradicts")]


# --- check-worthiness ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "worthy", "less"),
    [
        (
            "id",
            "Korea Utara mengirim 300.000 peluru artileri kepada Rusia pada September",
            "kita mungkin akan membahasnya nanti",
        ),
        ("id", "Jumlah korban tewas mencapai 45 orang di Cianjur", "apakah kita sudah siap?"),
        ("en", "North Korea sent 300,000 artillery shells to Russia in September", "we might discuss it later"),
        ("en", "Unemployment fell to 3.4 percent in January", "I think it is a wonderful day"),
    ],
)
def test_facts_with_numbers_and_names_outrank_hedges_questions_and_opinions(language, worthy, less):
    score = CheckWorthiness(lexicon(language)).score
    assert 0.0 <= score(less) < score(worthy) <= 1.0


def test_an_empty_content_is_not_worth_checking():
    assert CheckWorthiness(lexicon("id")).score("") == 0.0


@pytest.mark.parametrize(
    ("language", "content"),
    [
        ("id", "harga beras naik 10 persen sejak Maret"),
        ("id", "Program MBG sudah menyasar 36,7 juta penerima"),
        ("id", "harga beras turun 10 persen"),
        ("en", "Prices doubled since March"),
        ("en", "Unemployment fell 2 percent in 2024"),
        ("en", "Exports rose 15% last year"),
        # a change by a number written as a word, with its unit
        ("id", "Jumlah penumpang naik dua kali lipat"),
        ("id", "Produksi padi turun ratusan ribu ton"),
        ("en", "Oil output fell by two million barrels"),
    ],
)
def test_changes_and_quantities_reach_the_claim_threshold(language, content):
    from claimtrack.config import settings

    assert CheckWorthiness(lexicon(language)).score(content) >= settings().claims.min_checkworthiness


@pytest.mark.parametrize(
    ("language", "content", "cue"),
    [
        ("id", "Terima kasih kepada seluruh relawan atas bantuannya", "kata"),
        ("id", "pemerintah mempercepat pemulihan layanan pendidikan", "meminta"),
        ("id", "program ini bertujuan untuk menarik perhatian anak muda", "kata"),
        ("id", "kita harus menjaga persatuan bangsa", "kata"),
        ("en", "we should all stand together", "said"),
        ("en", "everyone should stay at home this weekend", "urged"),
        # a wish, a belief, a chance are no facts yet
        ("id", "Kementerian Transmigrasi ingin fokus mendatangkan investor lebih banyak", "kata"),
        ("id", "Simon Aloysius Mantiri percaya seluruh pekerja Pertamina dapat menjaga kepatuhan", "kata"),
        ("en", "Nevada is planning a press conference in Carson City", "said"),
        ("id", "Kebijakan study tour Gubernur Jawa Barat harusnya bukan larangan", "kata"),
    ],
)
def test_thanks_appeals_purposes_and_opinions_stay_below_it(language, content, cue):
    from claimtrack.config import settings

    assert CheckWorthiness(lexicon(language)).score(content, cue) < settings().claims.min_checkworthiness


def test_every_score_says_why():
    reasons = [str(r) for r in CheckWorthiness(lexicon("id")).reasons("Program MBG sudah menyasar 36,7 juta penerima")]
    assert any(r.startswith("number") for r in reasons)
    assert all(r[-5:-4] in "+-" for r in reasons)  # each reason ends with its signed weight


def test_different_statements_rarely_tie():
    score = CheckWorthiness(lexicon("id")).score
    contents = [
        "harga beras naik 10 persen",
        "harga cabai naik 20 persen di Jakarta pada Senin",
        "Korea Utara mengirim senjata ke Rusia",
        "Presiden Prabowo meresmikan 80 jembatan pada 2025",
        "kami akan terus berkoordinasi dengan pemerintah daerah",
    ]
    assert len({score(c) for c in contents}) == len(contents)


def test_a_verdict_word_that_qualifies_a_noun_is_no_denial():
    from claimtrack.extract.stance import Stance
    from claimtrack.lexicon import lexicon

    stance = Stance(lexicon("id"))
    assert stance.of("video yang beredar itu adalah hoaks", False) == "deny"
    assert stance.of("kabar tersebut bohong", False) == "deny"
    assert stance.of("polisi menyita pelat nomor palsu dari mobil pelaku", False) == "assert"
    assert stance.of("warga diminta tidak mempercayai sumber yang keliru", False) == "assert"
    # "fitnah" (slander) as a charge or an object is no verdict on what was said; as a predicate it is
    assert stance.of("kami melaporkan Imam terkait dugaan pencemaran nama baik dan fitnah", False) == "assert"
    assert stance.of("jangan menyebarkan disinformasi, fitnah dan kebencian", False) == "assert"
    assert stance.of("tuduhan itu fitnah belaka", False) == "deny"


def test_a_person_named_inside_a_videos_description_and_said_to_say_it_is_the_videos_claim():
    text = (
        "Viral di media sosial potongan video Menteri Keuangan Wulan Kartika Sari yang disebut menyatakan guru "
        "sebagai beban negara. Kementerian Keuangan memastikan video tersebut adalah hoaks."
    )
    shown = run(text, "id").statements[0]
    assert (shown.speaker, shown.speaker_kind) == ("potongan video", "circulating")
    assert shown.said() == "Menteri Keuangan Wulan Kartika Sari menyatakan guru sebagai beban negara"
    assert links(text) == [("Kementerian Keuangan", "potongan video", "contradicts")]


def test_a_number_with_its_unit_after_a_space_is_a_quantity():
    reader = CheckWorthiness(lexicon("id"))
    assert reader.quantity_in("86,1 persen responden puas atas program itu") == "86,1 persen resp"
    assert reader.quantity_in("harga cabai 69 ribu rupiah per kilo").startswith("69 ribu")
    assert reader.quantity_in("nomor 110 bebas pulsa") == ""
    # the feature check-worthiness weighs and `show` explains ("number with unit")
    assert "quantity" in reader.features(words_of("86,1 persen responden puas atas program itu"), "kata")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a verdict word heading the subject of a clause names a kind of thing; what is said is said of it
        ("hoaks semacam itu mudah menyebar menjelang tahun baru", "assert"),
        ("hoaks tentang vaksin terus beredar di media sosial", "assert"),
        # …but not past a relative clause, before another verdict, or with an aside in brackets after it
        ("Hoaks yang beredar itu tidak benar", "deny"),
        ("Tidak benar (mencabuli murid). Saya meminta maaf atas kegaduhan ini", "deny"),
        ("tidak benar bahwa harga naik", "deny"),
        ("bohong besar", "deny"),  # ("besar" is a root, no verb by its form)
        ("Hoaks, sengaja disebarkan", "deny"),
    ],
)
def test_a_verdict_heading_a_subject_is_no_denial(content, expected):
    assert Stance(lexicon("id")).of(content, cue_denies=False) == expected


@pytest.mark.parametrize(
    ("language", "content", "counted"),
    [
        ("id", "Jumlah penumpang naik dua kali lipat", "dua kali lipat"),
        ("en", "Oil output fell by two million barrels", "two million barrels"),
        # a count or a duration that says no change is no quantity by its word ("tiga kali", "two months")
        ("id", "Saya sudah tiga kali datang ke sana", ""),
        ("en", "He had been treated for the last two months", ""),
        ("id", "Naik dua hal yang dibahas", ""),  # no unit after the number word
    ],
)
def test_a_number_written_as_a_word_counts_after_a_change_and_before_a_unit(language, content, counted):
    assert CheckWorthiness(lexicon(language)).counted_in(words_of(content)) == counted


def test_a_statement_reporting_the_same_denial_is_not_what_the_denial_answers():
    # the doctor's denial, and a source's account of that same denial: the two side together (FNC-1 body 1150)
    text = (
        "The New York Post reported that Dr. Maria Lopez snapped a photo during the procedure.\n\n"
        "A source close to the doctor told CNN that Lopez categorically denies taking a selfie with the patient "
        "in the operating room.\n\n"
        "The doctor's lawyer, John Reed, denied that Lopez took a selfie with the patient in the operating room."
    )
    # (the Post's words are not the denial's, and the denial points at nothing: no link, rather than the one that
    # shares its words and its side)
    assert links(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Senator Tom Baker denied any connection to the email hacking.\n\n"
            "Press secretary Ann Fox said she could not tie the hacked emails to the Russian government.",
        ),
        (  # (a guard: the Indonesian shape was not linked before either)
            "id",
            "Bupati Gowa Adnan Purichta Ichsan membantah adanya kaitan dengan proyek jembatan.\n\n"
            "Kepala Dinas Andi Rahman mengatakan proyek jembatan di Sungguminasa molor tiga bulan karena hujan.",
        ),
    ],
)
def test_a_denial_sharing_two_words_with_what_comes_after_it_does_not_answer_it(language, text):
    assert links(text, language) == []


def test_a_denial_sharing_two_words_with_what_came_before_it_answers_it():
    # guard: before it, two words in common are enough (a denial answers what was said before it)
    text = (
        "Press secretary Ann Fox said Senator Tom Baker tied the hacked emails to Moscow.\n\n"
        "Senator Tom Baker denied any connection to the email hacking."
    )
    assert links(text, "en") == [("Tom Baker", "Ann Fox", "contradicts")]
