"""Rules from session 32's reading of the wrong speakers on PFSA-ID dev: an institution's name before a person's
ran into the name. Each is written again in words of our own and mended by a rule of Indonesian news writing
(docs/extraction.md, session 32)."""

from __future__ import annotations

from tests.extract.helpers import claims_of, said_by, speakers


# --- a ministry's short form ("Kemen" + portfolio) is a body, listed or not ----------------------------------------
def test_a_ministry_short_form_ends_the_role_before_the_name():
    text = "Juru bicara Kemenpora Budi Santoso mengatakan anggaran pelatnas naik 12 persen tahun ini."
    assert speakers(text) == ["Budi Santoso"]
    text = "Kepala Subdirektorat Industri Kayu Kemenparekraf Suryaman Hadi mengatakan ekspor rotan turun 5 persen."
    assert speakers(text) == ["Suryaman Hadi"]


def test_a_word_that_only_begins_like_a_ministry_is_still_a_name():
    # "Kemen" alone is no short form, and a name that is not made on it stays whole
    text = "Pengamat ekonomi Kemal Pasha mengatakan harga beras naik 10 persen."
    assert speakers(text) == ["Kemal Pasha"]
    text = "Pengamat ekonomi Kemen Sitorus mengatakan harga beras naik 10 persen."
    assert speakers(text) == ["Kemen Sitorus"]


# --- the Prophet's name opens a name after an institution's words ---------------------------------------------------
def test_a_name_after_an_institution_begins_at_muhammad():
    text = (
        "Guru Besar Fakultas Hukum Universitas Lambung Mangkurat Muhammad Rizal Fahmi mengatakan putusan itu "
        "bertentangan dengan undang-undang."
    )
    assert speakers(text) == ["Muhammad Rizal Fahmi"]


def test_muhammad_after_a_known_place_or_at_the_end_stays_in_the_name():
    # after a known place the name begins at once: "Andi" is the name's, not the institution's
    text = "Ketua KPU Makassar Andi Muhammad Yasir mengatakan pemilihan digelar serentak."
    assert speakers(text) == ["Andi Muhammad Yasir"]
    # at the end of the words it is a surname
    text = "Ketua DPD Fadel Muhammad mengatakan rapat digelar pekan depan."
    assert speakers(text) == ["Fadel Muhammad"]


# --- a company officer's title is followed by the company, then the person ----------------------------------------
def test_a_company_officer_is_named_after_the_company():
    text = "CEO Tokopaket William Santoso mengatakan transaksi naik 30 persen selama Ramadan."
    assert speakers(text) == ["William Santoso"]
    text = "Co-Founder Kopiloka Rina Azizah mengatakan gerainya bertambah 20 sepanjang tahun ini."
    assert speakers(text) == ["Rina Azizah"]
    # two words are the person's alone: nothing says which is the company's
    text = "CEO Nadiem Makarim mengatakan layanan itu dipakai 2 juta pengguna."
    assert speakers(text) == ["Nadiem Makarim"]
    # nor is a name cut that opens with a given name that only opens names
    text = "CEO Muhammad Rizky Pratama mengatakan penjualan naik 10 persen."
    assert speakers(text) == ["Muhammad Rizky Pratama"]


def test_the_company_named_after_an_officer_is_no_person_a_pronoun_may_mean():
    # "Kopiloka" is written after "COO", so it names the company: "Kopiloka pun …" brings in no new person, and
    # "ujarnya" is still the officer's
    text = (
        "COO Kopiloka Herry Nugraha mengatakan permintaan dari restoran turun. Kopiloka pun berstrategi dengan "
        'menyasar rumah tangga.\n\n"Kami melibatkan warga sebagai agen penjualan dengan sistem komisi," ujarnya.'
    )
    assert said_by(text, "id")[-1] == ("Herry Nugraha", "ujarnya")


# --- English "at" joins a role to an institution, as "di" does ------------------------------------------------------
def test_an_english_title_at_an_institution_is_a_role():
    text = (
        "Menurut Head of Investment Research at PT Dana Utama Wawan Hidayat, calon investor perlu memahami "
        "legalitas lembaga yang dipilihnya."
    )
    assert speakers(text) == ["Wawan Hidayat"]


# --- an airline is a body: its unnamed voice speaks for it (blind FNC-1 seed 2593, "An Alaska Airlines spokesperson")
def test_an_airline_spokesperson_speaks_for_the_airline():
    text = (
        "An Alaska Airlines spokesperson confirmed that the flight was diverted to Seattle. She said no one was hurt."
    )
    assert said_by(text, "en") == [("Alaska Airlines", "Alaska Airlines spokesperson"), ("Alaska Airlines", "She")]
    # the place that opens the airline's name is the name's, not a dateline or a place cut off
    text = "British Airways said the flight from London landed safely."
    assert said_by(text, "en") == [("British Airways", "British Airways")]


# --- verbs of saying the lexicon lacked (own Detik dev gold misses) ----------------------------------------------
def test_a_quotation_continued_with_sambung_is_the_speakers():
    text = (
        'Ketua KPU Kota Bandung Budi Hartono mengatakan dana hibah dibagi menurut suara sah. "Paling kecil itu '
        'partai baru sekitar Rp 800 juta," sambungnya.'
    )
    assert said_by(text, "id")[-1] == ("Budi Hartono", "sambungnya")


def test_detailing_and_forecasting_are_ways_of_saying():
    text = "Kasi Humas Polres Bogor AKP Rina Sari merinci keempat pelaku adalah DS, AR, ZF dan MA."
    assert speakers(text) == ["Rina Sari"]
    text = "BMKG memprediksi cuaca di Sulawesi Selatan umumnya berawan pada pagi hari."
    assert speakers(text) == ["BMKG"]
    text = "Ekonom Bank Mandiri Andi Wirawan memproyeksikan BI akan memangkas suku bunga 25 basis poin."
    assert speakers(text) == ["Andi Wirawan"]


def test_what_someone_is_able_to_do_is_no_statement():
    # "mampu" before a cue, as "bisa" and "dapat": what they can do, not what they said
    text = "Berkat satelit itu, para ilmuwan mampu memperkirakan cuaca akan berubah besok."
    assert speakers(text) == []


# --- an office's name that lists its fields with commas is one phrase ------------------------------------------------
def test_an_office_listing_its_fields_is_read_to_the_name_after_it():
    text = (
        '"Pemerintah meminta agar larangan itu tidak dilanggar," kata Menteri Koordinator Bidang Politik, Hukum, '
        "dan Keamanan Mahfud MD dalam konferensi pers."
    )
    assert speakers(text) == ["Mahfud MD"]
    # a comma before a name is still an apposition, and people listed are no office
    text = '"Stok beras aman sampai akhir tahun," kata Kepala Dinas Pertanian, Budi Santoso, kepada wartawan.'
    assert speakers(text) == ["Budi Santoso"]


# --- the Navy's ranks carry the service after them -------------------------------------------------------------------
def test_a_navy_rank_with_its_service_is_no_part_of_the_name():
    text = '"Jangan diremehkan," kata Komandan Lapangan RSDC Wisma Atlet, Letnan Kolonel Laut Mohamad Arifin, kemarin.'
    assert speakers(text) == ["Mohamad Arifin"]
    text = "Laksamana Pertama Julius Widjojono mengatakan kapal itu tiba di Surabaya pada Senin."
    assert speakers(text) == ["Julius Widjojono"]
    # the sea is no rank: "Laut" alone opens a place's name
    text = '"Kapal itu berlayar di Laut Natuna Utara sejak pekan lalu," kata Budi Santoso.'
    assert speakers(text) == ["Budi Santoso"]


# --- a note in brackets opening a quotation ------------------------------------------------------------------------
def test_a_subject_the_writer_put_in_brackets_is_the_claims_subject():
    text = (
        '"Iya, (SR) sudah ditetapkan tersangka dalam kasus korupsi dana desa Rp 2 miliar," kata Kapolres Budi Santoso.'
    )
    assert claims_of(text) == ["SR sudah ditetapkan tersangka dalam kasus korupsi dana desa Rp 2 miliar"]


def test_what_goes_on_from_a_bracketed_clause_is_a_fragment():
    text = (
        '"(Pelatihannya bukan di Jakarta), tetapi di Mataram karena 12 narasumber nasional datang pada Senin 5 Mei '
        '2025," ujar Budi Santoso.'
    )
    assert claims_of(text) == []
    # a note for the reader still goes
    text = '"(Foto: Antara) Harga beras naik 10 persen sejak Januari 2025," kata Budi Santoso.'
    assert claims_of(text) == ["Harga beras naik 10 persen sejak Januari 2025"]


# --- a cue after a word of purpose says what something is done for (blind claims seed 2596, C24) --------------------
def test_a_cue_after_untuk_is_a_purpose_not_a_statement():
    text = (
        "Menteri Sosial Budi Santoso (Pak Budi) meninjau Pusat Kesejahteraan Sosial (Puskesos) Margakaya Jaya di "
        "Karawang untuk memastikan penyaluran bantuan tunai tepat sasaran."
    )
    assert speakers(text) == []
    # a purpose inside what was said is still said
    text = "Budi Santoso mengatakan untuk memastikan keamanan, polisi menutup jalan itu sejak Senin."
    assert speakers(text) == ["Budi Santoso"]


# --- a month after a word of time is no speaker (PolNeAR dev) --------------------------------------------------------
def test_a_month_read_back_from_a_cue_is_a_time_not_a_speaker():
    text = "A Marist poll released in late August found that 61 percent of voters wanted the returns released."
    assert speakers(text, "en") != ["August"]
    # a month alone before a cue may be a person's name
    text = "May said Britain would leave the union by March 2019."
    assert speakers(text, "en") == ["May"]
