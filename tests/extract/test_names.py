"""Names: which words can name a speaker, what a document shows about its capitalised words, and speakers
that come out right in articles written here (not taken from any corpus)."""

from __future__ import annotations

import pytest

from claimtrack.extract.names import NameEvidence, is_roman_numeral, looks_coined, name_words
from tests.extract.helpers import only, statements


@pytest.mark.parametrize(
    "word",
    [
        "Awalnya",
        "Mulanya",
        "Hasilnya",
        "Ketiganya",
        "Sebelumnya",
        "katanya",
        "ujarnya",
        "Menurutnya",
        "Pak",
        "Bu",
        "dia",
        "beliau",
    ],
)
def test_words_that_are_never_names_in_indonesian(word):
    assert name_words("id").never_a_name(word)


@pytest.mark.parametrize("word", ["Purbaya", "Sonya", "Tanya", "Prabowo", "Said", "Lalu"])
def test_names_that_look_like_clitic_forms_or_cues_are_still_names(word):
    # "Sonya" is no root word with "-nya"; "Lalu" opens sentences but is a Sasak name inside one
    assert not name_words("id").never_a_name(word)


@pytest.mark.parametrize(
    ("phrase", "kind", "names"),
    [
        ("Prabowo Subianto", "person", True),
        ("BPS", "organization", True),
        ("White House", "organization", True),
        ("hakim", "person", False),
        ("Pak Presiden", "person", False),
        ("katanya", "person", False),
        ("Namun", "person", False),
    ],
)
def test_a_phrase_names_someone_only_with_a_name_of_its_own(phrase, kind, names):
    language = "en" if phrase == "White House" else "id"
    assert name_words(language).names_someone(phrase, kind) is names


def test_aliases_must_share_a_word_with_the_name():
    words = name_words("id")
    assert words.clean_alias("Lavrov", "Sergei Lavrov")
    assert not words.clean_alias("katanya", "Sergei Lavrov")
    assert not words.clean_alias("Presiden", "Prabowo Subianto")


def test_the_document_shows_which_words_are_places_or_institutions():
    text = (
        "Banjir melanda sejumlah desa di Indramayu pada Senin. Perum Bulog menyalurkan beras, "
        "dan Kementerian Lingkungan Hidup (KLH) mengirim tim."
    )
    evidence = NameEvidence(text, name_words("id"))
    assert {"Indramayu", "Bulog", "Lingkungan", "Hidup"} <= evidence.placed
    assert evidence.role_end(["Indramayu", "Nurhadi"]) == 1
    assert evidence.role_end(["Bayu", "Krisnamurthi"]) == 0


def test_a_place_with_an_accented_capital_is_a_place():
    evidence = NameEvidence("Budi mengatakan, harga naik di Ébrié kemarin.", name_words("id"))
    assert "Ébrié" in evidence.placed


def test_unit_numerals_and_coined_words_belong_to_the_role():
    assert is_roman_numeral("V") and is_roman_numeral("III") and not is_roman_numeral("I")
    assert looks_coined("Waste4Change") and looks_coined("SurveySensum") and not looks_coined("Junerosano")


# --- speakers in articles written for these tests ---------------------------------------------------------
def speakers(text: str, language: str = "id") -> list[str]:
    return [s.speaker for s in statements(text, language)]


def test_an_honorific_never_starts_a_name():
    text = (
        "Presiden Prabowo Subianto meninjau lumbung padi di Karawang pada Senin.\n\n"
        '"Stok beras kita aman sampai akhir tahun," kata Pak Prabowo.'
    )
    assert speakers(text) == ["Prabowo Subianto"]


def test_a_sentence_adverb_never_starts_a_name():
    text = "Awalnya Purbaya Yudhi Sadewa menjelaskan bahwa defisit anggaran turun menjadi 2,5 persen."
    assert speakers(text) == ["Purbaya Yudhi Sadewa"]


@pytest.mark.parametrize("adverb", ["Alhasil", "Konon", "Mungkin", "Kebetulan"])
def test_an_adverb_opening_the_sentence_is_no_part_of_a_one_word_name(adverb):
    # one name word after it: the adverb is not read off as a capitalised name that opens a sentence
    text = f"{adverb} Saiful mengatakan ongkos mudik tahun ini naik dua kali lipat."
    assert speakers(text) == ["Saiful"]


def test_an_unresolved_pronoun_names_no_one():
    found = statements('"Harga cabai naik dua kali lipat sejak Maret," ujarnya.')
    assert [(s.speaker, s.speaker_mention) for s in found] == [("", "ujarnya")]


def test_a_bare_role_resolves_to_the_one_person_holding_it():
    text = (
        "Bupati Ogan Komering Ilir (OKI) Muchendi Mahzareki meresmikan jembatan baru pada Selasa.\n\n"
        '"Jembatan ini memangkas waktu tempuh hingga satu jam," ujar Bupati.'
    )
    assert speakers(text) == ["Muchendi Mahzareki"]


def test_a_bare_role_held_by_nobody_named_stays_a_description():
    found = statements('"Terdakwa terbukti menerima suap Rp 2 miliar," kata hakim.')
    assert found[0].speaker == "hakim"


def test_a_nickname_in_brackets_names_the_person():
    text = (
        "Menteri Sosial Saifullah Yusuf (Gus Ipul) mengumumkan bantuan tunai Rp 300 ribu per bulan.\n\n"
        '"Bantuan ini di luar bansos reguler," kata Gus Ipul.'
    )
    assert speakers(text) == ["Saifullah Yusuf", "Saifullah Yusuf"]


def test_a_place_the_article_names_elsewhere_leaves_the_name():
    text = (
        "Banjir merendam 200 rumah di Indramayu pada Senin.\n\n"
        "Bupati Indramayu Nurhadi mengatakan 40 keluarga sudah dievakuasi ke balai desa."
    )
    assert speakers(text) == ["Nurhadi"]


def test_an_institution_the_article_writes_on_its_own_leaves_the_name_after_it():
    text = (
        "Penjualan obat Sehat Mandiri naik 5 persen pada Oktober.\n\n"
        '"Kami buka sampai pukul 22.00," kata Direktur Utama Sehat Mandiri Wulan Kartika Sari.'
    )
    assert speakers(text)[-1] == "Wulan Kartika Sari"


def test_a_short_name_written_elsewhere_stays_part_of_the_full_name():
    # "Jaya Kusuma" is written elsewhere too, but after a rank and before a cue: his short name, no institution
    text = (
        '"Jalur itu kami tutup sementara," kata Kasat Lantas Polres Bogor AKP Jaya Kusuma Adi Wardhana.\n\n'
        '"Pengendara bisa lewat jalan desa," ujar AKP Jaya Kusuma. Jaya Kusuma menambahkan, petugas berjaga.'
    )
    assert speakers(text)[0] == "Jaya Kusuma Adi Wardhana"


def test_a_place_the_gazetteer_knows_inside_a_speaker_phrase_ends_the_role():
    text = '"Listrik sudah menyala lagi," kata General Manager PLN Unit Induk Distribusi Jabar Agung Santoso.'
    assert speakers(text) == ["Agung Santoso"]  # ("Agung" is also a word: "great")


def test_the_word_after_and_in_an_institutions_name_is_the_institutions():
    text = (
        "Direktur Institute for Research on Economics and Finance Wulan Kartika Sari menyampaikan, harga beras "
        "naik 10 persen sejak Maret."
    )
    assert speakers(text) == ["Wulan Kartika Sari"]


@pytest.mark.parametrize("opening", ["Berkali-kali", "Kehadiran", "Pernyataan"])
def test_a_derived_word_opening_a_sentence_is_no_first_name(opening):
    # a word made from a root by its affixes, or repeated, opens the sentence; the dancer is called Rianto
    text = (
        f"{opening} Rianto menarik perhatian penonton di panggung.\n\n"
        '"Tubuh saya bersinggungan dengan alam," kata Rianto.'
    )
    assert speakers(text) == ["Rianto"]


def test_an_institution_opened_by_the_is_no_part_of_the_name_after_it():
    text = (
        "Manajer Riset dan Pengetahuan The Lumbung Wulan Kartika Sari menilai harga beras naik 10 persen "
        "sejak Maret.\n\n"
        '"Kenaikan itu terasa di pasar," kata Wulan.'
    )
    assert speakers(text) == ["Wulan Kartika Sari", "Wulan Kartika Sari"]


def test_degrees_after_a_name_leave_it():
    text = "Prof Raldi Hendro Koestoer PhD mengatakan penggabungan sekolah itu dilakukan tanpa dasar hukum."
    assert speakers(text) == ["Raldi Hendro Koestoer"]


def test_a_pronoun_means_the_person_just_brought_in_as_a_subject():
    text = (
        '"Harga beras stabil," kata Menteri Perdagangan Budi Santoso.\n\n'
        "Diberitakan sebelumnya, Kepala Seksi Penerangan Hukum Vanny Yulia Eka Sari membenarkan kejadian itu. "
        "Dia mengatakan pelaku datang pukul 08.00 WIB dengan seragam jaksa."
    )
    assert speakers(text)[-1] == "Vanny Yulia Eka Sari"


def test_a_relative_clause_speaks_for_the_person_it_follows():
    text = (
        "Penjelasan serupa disampaikan Prof Mike Hardy dari Centre for Peace and Security, Coventry University, "
        "Inggris, yang mengonfirmasi kabar nominasi itu."
    )
    assert speakers(text) == ["Mike Hardy"]


def test_nothing_a_preposition_governs_is_a_speaker():
    text = (
        "Adikarya Purnama (36), pekerja konstruksi di Jakarta yang menjadi pengguna bus antarprovinsi, menilai, "
        "kewajiban tes usap antigen memberatkan dirinya."
    )
    assert "Jakarta" not in speakers(text)


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            "Minister of Agriculture Andi Amran Sulaiman stated that rice stocks reached 4 million tonnes.",
            "Andi Amran Sulaiman",
            "Minister of Agriculture",
        ),
        (
            "U.S. Secretary of State Antony Blinken told reporters the talks had made progress.",
            "Antony Blinken",
            "U.S. Secretary of State",
        ),
        ("Jakarta - The Ministry of Health said on Monday that 40 people had died.", "Ministry of Health", ""),
    ],
)
def test_english_titles_of_an_institution_keep_the_name(sentence, speaker, role):
    found = statements(sentence, "en")
    assert [(s.speaker, s.speaker_role) for s in found] == [(speaker, role)]


def test_a_description_after_the_cue_is_the_speaker():
    found = statements('"Prices doubled since March," said a union leader.', "en")
    assert [(s.speaker, s.content) for s in found] == [("union leader", "Prices doubled since March")]


def test_a_name_opening_with_a_word_kept_for_institutions_is_a_name_where_the_article_names_a_speaker_by_it():
    # "Media" is a word of institutions' names; "ujar Media." shows it is this person's
    text = (
        '"Kami sudah menyampaikan hasil survei," ujar peneliti Galau Muhammad.\n\n'
        "Direktur Kebijakan Fiskal lembaga itu, Media Wahyu Askar, menilai efektivitas pemerintah akan terhambat.\n\n"
        '"Menteri yang buruk harus diganti," ujar Media. Ia juga menilai rakyat akan menjadi korban.'
    )
    found = speakers(text)
    assert "Galau Muhammad" not in found[1:]
    assert found[-1] in ("Media Wahyu Askar", "Wahyu Askar")


@pytest.mark.parametrize(
    "word", ["Ketenagakerjaan", "Perekonomian", "Pemberdayaan", "Pendidikan", "Penyuluhan", "Kependudukan"]
)
def test_abstract_nouns_made_with_a_confix_are_never_names(word):
    # ke-…-an, per-…-an, peN-…-an around dictionary words: a portfolio or a field, not a person
    assert name_words("id").nominalised(word)


@pytest.mark.parametrize("word", ["Kurniawan", "Setiawan", "Permana", "Pertiwi", "Kusnadi", "Perdana", "Yassierli"])
def test_names_that_begin_or_end_like_a_confix_are_still_names(word):
    assert not name_words("id").nominalised(word)


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        (
            "Menteri Ketenagakerjaan Yassierli mengatakan upah minimum naik 6,5 persen tahun depan.",
            "Yassierli",
            "Menteri Ketenagakerjaan",
        ),
        (
            "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto mengatakan inflasi turun 0,2 persen.",
            "Airlangga Hartarto",
            "Menteri Koordinator Bidang Perekonomian",
        ),
        (
            "Deputi Bidang Pangan Kementerian Koordinator Perekonomian Musdalifah mengatakan stok beras cukup.",
            "Musdalifah",
            "Deputi Bidang Pangan Kementerian Koordinator Perekonomian",
        ),
    ],
)
def test_a_portfolio_after_a_title_belongs_to_the_role(sentence, speaker, role):
    found = statements(sentence)
    assert [(s.speaker, s.speaker_role) for s in found] == [(speaker, role)]


def test_a_dictionary_word_after_a_portfolio_is_no_one_word_name():
    # "Pengamat Kebijakan Publik" is a description: "Publik" is no name left over after the portfolio
    found = statements("Pengamat Kebijakan Publik mengatakan harga beras naik 10 persen.")
    assert all(s.speaker != "Publik" for s in found)


def test_a_short_form_in_brackets_ends_the_role_before_the_name():
    text = (
        "Menteri Agama (Menag) Nasaruddin Umar mengatakan tunjangan guru naik menjadi Rp 2 juta per bulan.\n\n"
        '"Guru dan dosen adalah ruh pendidikan," kata Menag dalam refleksi satu tahun.'
    )
    found = statements(text)
    assert [(s.speaker, s.speaker_role) for s in found] == [
        ("Nasaruddin Umar", "Menteri Agama"),
        ("Nasaruddin Umar", "Menteri Agama"),
    ]


def test_a_short_form_in_an_institutions_name_before_its_place_is_left_out():
    found = only("Badan Pusat Statistik (BPS) Jawa Barat mengatakan inflasi bulan lalu 0,2 persen.")
    assert (found.speaker, found.speaker_kind) == ("Badan Pusat Statistik Jawa Barat", "organization")


def test_a_headline_in_title_case_gives_the_full_name_the_body_leaves_short():
    # the body only writes "Luthfi"; the headline "Ahmad Luthfi Sebut …" names him in full
    from claimtrack.extract import extract
    from claimtrack.ingest.prepare import prepare

    body = (
        '"Investasi di sini aman," kata Luthfi dalam keterangannya, Senin (20/10/2025).\n\n'
        "Luthfi menekankan pemerintah provinsi terus memperkuat iklim investasi."
    )
    found = extract(prepare(body, title="Ahmad Luthfi Sebut Jateng Masih Jadi Magnet Investasi", language="id"))
    assert {s.speaker for s in found.statements} == {"Ahmad Luthfi"}
    # a word the body writes in lower case is no name's word ("Amarah Prabowo Gara-gara …", "amarah" in the body)
    body = '"Saya tidak akan mundur," kata Kurniadi dengan amarah, Senin (20/10/2025).'
    found = extract(prepare(body, title="Amarah Kurniadi Gara-gara Koruptor Dijerat", language="id"))
    assert {s.speaker for s in found.statements} == {"Kurniadi"}


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        # a document named by common nouns speaks for whom it is from (check 14: an actor called "Data")
        (
            "Data dari Kementerian Hukum mencatat ada 42.000 peraturan tingkat pusat.",
            "Kementerian Hukum",
            "organization",
        ),
        ("Laporan dari Bank Dunia menyebut ekonomi Indonesia tumbuh 5 persen.", "Bank Dunia", "organization"),
        # … but a name that is also a dictionary word stays the speaker, and a place after "dari" is where they are from
        ("Budi Santoso dari Jakarta mengatakan harga beras naik 10 persen.", "Budi Santoso", "person"),
        # a common noun listed as a role ("guru") inside an institution's name before its place (check 14: "Indonesia")
        (
            "Dari pernyataan tersebut, Federasi Serikat Guru Indonesia (FSGI) mengatakan, gaji guru naik Rp 500 ribu.",
            "Federasi Serikat Guru Indonesia",
            "organization",
        ),
    ],
)
def test_sources_of_documents_and_institutions_named_with_a_common_role(sentence, speaker, kind):
    found = only(sentence)
    assert (found.speaker, found.speaker_kind) == (speaker, kind)


def test_a_noun_with_its_clitic_names_no_speaker():
    # "Tujuannya memastikan …" (PFSA dev): "its purpose" is what ensures, not who spoke
    assert name_words("id").never_a_name("Tujuannya") and name_words("id").never_a_name("Harapannya")
    assert statements("Tujuannya memastikan agar lurah serta pengurus RW tidak mengendur dalam pengawasan.") == []


def test_every_ordinal_opening_a_point_of_a_list_is_no_speaker():
    # "Keenam, massa meminta …" (the sixth of eight demands) made a speaker "Keenam"
    assert name_words("id").never_a_name("Keenam") and name_words("id").never_a_name("Kesepuluh")
    assert all(
        s.speaker != "Keenam" for s in statements("Keenam, massa meminta pemerintah mewujudkan pendidikan gratis.")
    )


def test_the_unit_after_a_unit_head_s_title_is_not_the_name():
    statement = only(
        "Dalam keterangan persnya, Kepala Seksi Intelijen Brian Kukuh Mediarto memaparkan, bahwa tiga tersangka "
        "tersebut memberikan fasilitas rekening."
    )
    assert (statement.speaker, statement.speaker_role) == ("Brian Kukuh Mediarto", "Kepala Seksi Intelijen")
    # a name of three words keeps its first, though "Budi" is a word of the dictionary too
    assert only("Kepala Seksi Budi Santoso Wijaya mengatakan berkas perkara sudah lengkap.").speaker == (
        "Budi Santoso Wijaya"
    )


def test_a_balinese_birth_order_name_stays_with_the_name_later_mentions_leave_it_out_of():
    text = (
        "Perbekel Cemagi Putu Hendra Sastrawan mengakui wilayahnya kian ramai dikunjungi wisatawan.\n\n"
        '"Kami menerapkan penjagaan ketat di setiap pintu masuk desa," tutur Hendra Sastrawan.'
    )
    assert [s.speaker for s in statements(text)] == ["Putu Hendra Sastrawan", "Putu Hendra Sastrawan"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Wali Kota Palembang Ratu Dewa memastikan jalan itu selesai diperbaiki bulan depan.", "Ratu Dewa"),
        ("Menteri Kehutanan Raja Juli Antoni mengatakan 12 izin tambang dicabut.", "Raja Juli Antoni"),
        ("Anggota Komisi VII DPR RI Bane Raja Manalu mengatakan harga gas naik 5 persen.", "Bane Raja Manalu"),
        (
            "Ketua Dewan Perwakilan Daerah (DPD) RI Sultan Baktiar Najamudin mengatakan dana desa cair.",
            "Sultan Baktiar Najamudin",
        ),
        # opening the phrase, the royal title is a title
        ("Ratu Elizabeth mengatakan kunjungan itu bersejarah.", "Elizabeth"),
    ],
)
def test_a_royal_title_given_as_a_name_is_part_of_the_name_after_an_office(sentence, speaker):
    assert only(sentence).speaker == speaker


def test_a_royal_title_inside_an_institution_s_name_names_no_one():
    text = (
        "Ia menunggu penumpang yang hendak menuju Universitas Islam Sultan Agung (Unissula).\n\n"
        '"Kalau nggak dapat, tarifnya naik dua kali lipat," ujarnya.'
    )
    assert [s.speaker for s in statements(text)] == [""]


def test_a_royal_title_alone_is_the_short_mention_of_the_name_it_opens():
    text = (
        "Ketua DPD RI Sultan Baktiar Najamudin mengatakan keberatan para gubernur beralasan.\n\n"
        '"Keberatan itu sangat beralasan," ujar Sultan.'
    )
    assert [s.speaker for s in statements(text)] == ["Sultan Baktiar Najamudin"] * 2


def test_a_speaker_phrase_is_no_evidence_against_the_name_in_it():
    # "Dagadu Djokdja," elsewhere ends the brand's name; "CEO Dagadu Djokdja Spica …" itself shows nothing
    text = (
        "Produk kreatif khas Yogyakarta, Dagadu Djokdja, yang populer dengan kaus, mulai pulih.\n\n"
        "CEO Dagadu Djokdja Spica Virgino Titahelu mengatakan omzet turun 50 persen selama pembatasan."
    )
    assert [s.speaker for s in statements(text)] == ["Spica Virgino Titahelu"]


def test_a_place_s_name_the_article_names_a_speaker_by_is_a_word_of_the_name():
    text = (
        "Kepala Seksi Intelijen Kejari Jayawijaya, Boston Robert Marganda Siahaan menjelaskan program itu "
        "dijalankan bertahap.\n\n"
        '"Kami akan kawal penggunaan dana kampung itu," kata Boston, kepada wartawan.'
    )
    assert [s.speaker for s in statements(text)] == ["Boston Robert Marganda Siahaan"] * 2


def test_a_title_the_article_names_a_speaker_by_stays_a_title():
    text = (
        "Presiden Joko Widodo mengatakan stok beras aman hingga akhir tahun.\n\n"
        '"Harga beras turun 10 persen," kata Presiden.'
    )
    assert [s.speaker for s in statements(text)] == ["Joko Widodo"] * 2


def test_an_office_the_press_abbreviates_is_held_by_the_one_the_article_names_with_it_in_full():
    text = (
        "Kepala Kejaksaan Tinggi DIY Riono Budisantoso mengatakan kerja sama itu penting.\n\n"
        '"Menunjukkan sinergi antara TNI dan kejaksaan," imbuh Kajati DIY.'
    )
    assert [s.speaker for s in statements(text)] == ["Riono Budisantoso"] * 2


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a role closed by a demonstrative points back at someone: the last word is where the office serves, the
        # party's last word, never a name
        (
            '"Kami mendorong dinas bekerja sama dengan BRIN," kata Ketua DPC PDIP Jaksel itu.',
            "Ketua DPC PDIP Jaksel",
            "",
        ),
        (
            '"Anggaran sudah disiapkan," kata politisi Partai Keadilan Sejahtera tersebut.',
            "politisi Partai Keadilan Sejahtera",
            "",
        ),
        # a name before the title is the name
        (
            '"Kami anggarkan tahun depan," ujar Rudi Ketua DPD Partai Golkar Provinsi NTT itu.',
            "Rudi",
            "Ketua DPD Partai Golkar Provinsi NTT",
        ),
    ],
)
def test_a_speaker_phrase_closed_by_a_demonstrative_is_a_description_with_no_name_after_its_title(text, speaker, role):
    found = only(text)
    assert (found.speaker, found.speaker_role) == (speaker, role)


def test_a_description_without_a_demonstrative_still_names_the_one_after_the_title():
    found = only('"Kami anggarkan tahun depan," ujar Ketua DPD Partai Golkar Provinsi NTT Rudi Hartono.')
    assert found.speaker == "Rudi Hartono"


def test_dan_inside_a_portfolio_joins_no_two_people():
    # "Pemuda dan Olahraga" is one ministry: the name after it speaks, not a group of "Pemuda" and "Olahraga …"
    found = only("Menteri Pemuda dan Olahraga Zainudin Amali menilai Oktober 2021 sebagai waktu yang ideal untuk PON.")
    assert (found.speaker, found.speaker_kind) == ("Zainudin Amali", "person")
    assert found.content.startswith("Oktober 2021 sebagai waktu")  # a month and its year is what was talked about
