"""Rules from session 34's blind reads (Detik statements seed 2605, claims seed 2606) and the lead left by seed 2604,
each written again in words of our own and mended by a rule of the language (docs/extraction.md, session 34)."""

from __future__ import annotations

from tests.extract.helpers import claims_of, said_by, speakers, statements


# --- a pronoun after a passive of answering: its agent answered ("… direspons oleh X. Ia menegaskan …") -------------
def test_a_pronoun_after_an_answer_in_the_passive_is_its_agent():
    text = (
        "Menteri Pertanian Budi Hartono menyebut stok beras di gudang Bulog cukup untuk enam bulan.\n\n"
        "Pernyataan itu segera ditanggapi oleh Ketua Serikat Petani Andi Wijaya. Ia menegaskan bahwa harga gabah di "
        "tingkat petani justru turun sejak Agustus."
    )
    assert speakers(text) == ["Budi Hartono", "Andi Wijaya"]


def test_a_manner_word_may_stand_between_the_passive_and_its_agent():
    text = (
        "Menteri Pertanian Budi Hartono menyebut stok beras di gudang Bulog cukup untuk enam bulan.\n\n"
        "Namun klaim tersebut langsung direspons keras oleh Ketua Serikat Petani Andi Wijaya. Ia mengatakan harga "
        "gabah di tingkat petani justru turun sejak Agustus."
    )
    assert speakers(text) == ["Budi Hartono", "Andi Wijaya"]


def test_a_passive_that_is_not_an_answer_leaves_the_pronoun_open():
    # the agent of an arrest did not speak: "Ia" is not read as the officer by this rule (nor as the minister)
    text = (
        "Menteri Pertanian Budi Hartono menyebut stok beras di gudang Bulog cukup untuk enam bulan.\n\n"
        "Seorang penimbun beras ditangkap oleh Kapolres Bogor AKBP Rudi Setiawan. Ia mengatakan harga gabah di tingkat "
        "petani justru turun sejak Agustus."
    )
    assert speakers(text)[-1] == ""


# --- a name after a preposition set off at the sentence's start is no subject ("Bagi X, keputusan itu …") ---------
def test_a_name_after_a_fronted_preposition_is_not_the_cue_subject():
    text = "Bagi Budi Santoso, keputusan itu memastikan harga beras tetap stabil sampai akhir tahun."
    assert statements(text) == []
    text = "Untuk Rina Wulandari, kebijakan baru itu menegaskan arah pembangunan desa."
    assert statements(text) == []


def test_a_name_after_a_preposition_does_not_stop_the_real_speaker():
    text = (
        "Bagi warga Desa Mlati, Kepala Desa Budi Santoso mengatakan bantuan beras akan dibagikan pekan depan. "
        '"Semua keluarga mendapat sepuluh kilogram," kata Budi.'
    )
    assert speakers(text) == ["Budi Santoso", "Budi Santoso"]


# --- "Kepala Desa Budi Santoso … kata Budi": the word after the place word is his given name, no village ----------
def test_a_word_after_a_place_word_the_article_names_a_speaker_by_is_the_given_name():
    text = (
        "Kepala Desa Budi Santoso mengatakan bantuan beras akan dibagikan pekan depan. "
        '"Semua keluarga mendapat sepuluh kilogram," kata Budi.'
    )
    assert said_by(text) == [("Budi Santoso", "Kepala Desa Budi Santoso"), ("Budi Santoso", "Budi")]
    # the village named so, and he by his own name: the word after "Desa" stays the village's
    text = (
        "Kepala Desa Sukamaju Budi Santoso mengatakan bantuan beras akan dibagikan pekan depan. "
        '"Semua keluarga mendapat sepuluh kilogram," kata Budi.'
    )
    assert speakers(text) == ["Budi Santoso", "Budi Santoso"]


# --- words that only announce a list the article gives next ("Dikutip dari X, berikut …") -------------------------
def test_a_phrase_announcing_a_list_is_no_statement():
    text = (
        "Perjalanan ke Garut bisa dimulai dari Stasiun Bandung. Dikutip dari laman resmi PT KAI, berikut jadwal kereta "
        "yang bisa dipilih\n\nKereta pertama berangkat pukul 06.00."
    )
    assert statements(text) == []


def test_words_after_a_cue_that_merely_hold_the_word_following_stay():
    text = "Menurut Budi Santoso, harga beras turun berikut harga gula sejak pekan lalu."
    assert speakers(text) == ["Budi Santoso"]


# --- thanks performed with a verb of uttering ("Saya ucapkan terima kasih kepada …") ------------------------------
def test_thanks_uttered_by_the_subject_is_no_claim():
    text = (
        '"Saya ucapkan terima kasih kepada jajaran Kejaksaan Agung yang menyita Rp 13 triliun dari perkara korupsi '
        'minyak goreng pada 2025," kata Presiden Andi Wijaya.'
    )
    assert claims_of(text) == []
    text = (
        '"Dinas Pariwisata Kota Bogor menyampaikan apresiasi kepada 120 relawan yang mendukung Festival Bogor 2025," '
        "kata Budi Santoso."
    )
    assert claims_of(text) == []


def test_a_report_after_thanks_stays_a_claim():
    text = (
        '"Saya sampaikan apresiasi kepada Polres Bogor bahwa tahun ini tercatat 4.526 pelanggaran lalu lintas," '
        "kata Budi Santoso."
    )
    assert claims_of(text) != []


# --- a pronoun after a confirmation in the passive, and after "X yang …, itu" (unresolved "Dia" in the Detik 1,000) --
def test_a_pronoun_after_a_confirmation_in_the_passive_is_its_agent():
    text = (
        "Polisi menetapkan seorang pengusaha sebagai tersangka penipuan. "
        '"Kerugian korban mencapai Rp 2 miliar," kata Kapolres Bogor AKBP Andi Wijaya.\n\n'
        "Penetapan itu dikonfirmasi oleh Kasat Reskrim Polres Bogor, AKP Rudi Setiawan, Senin (3/11/2025). "
        "Dia menyebut tersangka sudah menerima surat penetapan pada Jumat (31/10) malam."
    )
    assert speakers(text) == ["Andi Wijaya", "Rudi Setiawan"]


def test_a_name_before_a_relative_clause_closed_by_a_demonstrative_is_the_subject():
    text = (
        "Polisi menangkap pelaku pembunuhan di Kuta.\n\n"
        "Pelaku bernama Bagas Pranoto (33) ditangkap di Bitung. "
        '"Pelaku sempat kabur ke Sulawesi," kata Kapolsek Kuta Kompol Andi Wijaya.\n\n'
        "Bagas yang berasal dari Manado, Sulawesi Utara, itu mengungkapkan motifnya membunuh korban. "
        "Dia mengaku emosi karena dihina di depan teman-temannya."
    )
    assert speakers(text)[-1] == "Bagas Pranoto"


# --- words about "tersangka" are not the accused's, whom the article brought in as "Pelaku adalah …, NAME" ----------
def test_a_quotation_about_the_accused_is_not_given_to_the_accused():
    text = (
        "Seorang pedagang di Kuta ditemukan tewas. Pelaku adalah karyawannya sendiri, Bagas Pranoto (33).\n\n"
        '"Tersangka kami tangkap di Bitung," kata Kapolsek Kuta Kompol Andi Wijaya.\n\n'
        "Saat itulah, Bagas melihat kesempatan itu dan langsung menyerang korban.\n\n"
        '"Pisau disembunyikan oleh tersangka di bawah bantal," ungkapnya.'
    )
    assert speakers(text)[-1] != "Bagas Pranoto"


def test_the_official_who_quotes_the_participant_word_keeps_his_words():
    text = (
        '"Pelaku ini merupakan seorang residivis," kata Kasatreskrim Polresta Mataram AKP Andi Wijaya.\n\n'
        "Pencurian dilakukan pada Jumat dini hari. Ia mencuri sepeda motor di depan kamar kos korban.\n\n"
        '"Korban memarkir motornya dalam keadaan terkunci. Pelaku beraksi dini hari," ujarnya.'
    )
    assert speakers(text)[-1] == "Andi Wijaya"


# --- an initial that keeps someone unnamed anchors no claim ("3 orang menganiaya korban H") ----------------------
def test_a_claim_naming_only_an_initial_is_no_claim():
    assert claims_of('"Dua orang menganiaya korban H hingga pingsan," kata Budi Santoso.') == []
    # a name beside it anchors it
    assert claims_of('"Dua orang menganiaya korban H di Pasar Bogor hingga pingsan," kata Budi Santoso.') != []


# --- a role that goes on past "dan" before the name set off after it; a short relative clause inside a role --------
def test_a_pronoun_after_a_passive_cue_whose_role_goes_on_past_a_connector():
    text = (
        "Pemerintah akan menerbitkan obligasi baru pada akhir tahun. "
        '"Permintaan investor tetap tinggi," kata ekonom Universitas Indonesia Andi Wijaya.\n\n'
        "Hal itu dikatakan Direktur Jenderal Perbendaharaan dan Risiko Keuangan, Budi Hartono. Ia mengatakan "
        "penerbitan itu bagian dari strategi pembiayaan 2025."
    )
    assert speakers(text) == ["Andi Wijaya", "Budi Hartono"]


def test_a_name_set_off_after_a_role_with_a_short_relative_clause_is_the_speaker():
    text = (
        '"Air sudah setinggi lutut sejak subuh," kata warga asal Ungaran yang melintas, Bagas (32), saat ditemui '
        "wartawan, Rabu (22/10/2025)."
    )
    assert speakers(text) == ["Bagas"]


# --- initials of middle names with their full stops are the name's ("Maria S.W. Sumardjono") -------------------
def test_dotted_middle_initials_stay_in_the_name():
    text = '"Tanah itu milik negara," kata Guru Besar Hukum Agraria UGM Prof Dr Maria S.W. Sumardjono.'
    assert speakers(text) == ["Maria S.W. Sumardjono"]
    text = '"Defisit kita terkendali," kata Wakil Menteri Keuangan Budi A.R. Santoso.'
    assert speakers(text) == ["Budi A.R. Santoso"]


def test_a_counsellor_is_a_title():
    assert speakers("Konselor Rina Wulandari menyebutkan pindah ke kota baru bisa memicu kecemasan.") == [
        "Rina Wulandari"
    ]


def test_a_short_mention_finds_the_full_name_with_dotted_initials():
    text = (
        "Pemerintah menghadirkan Prof Dr Maria S.W. Sumardjono, Guru Besar Fakultas Hukum UGM, sebagai ahli.\n\n"
        '"Tanah itu dibebaskan negara pada 1960," kata Prof Maria.'
    )
    assert speakers(text) == ["Maria S.W. Sumardjono"]


# --- "Ditjen" heads a body, as "Direktorat Jenderal" does (was a person "Ditjen GTKPG") ------------------------------
def test_a_directorate_general_by_its_short_form_is_a_body():
    text = (
        "Ditjen Pajak menyatakan penerimaan pajak hingga September mencapai Rp 1.295 triliun.\n\n"
        '"Penerimaan itu naik 3 persen dibanding tahun lalu," tegas mereka dalam siaran pers.'
    )
    found = statements(text)
    assert [(s.speaker, s.speaker_kind) for s in found] == [("Ditjen Pajak", "organization")] * 2


# --- "Hal itu disampaikan Hanif …. Ia …", "disampaikan komisioner … Komnas HAM, Saurlin, …. … dia …" ---------------
def test_a_pronoun_after_a_passive_cue_and_one_name_is_that_person():
    text = (
        "Hal itu disampaikan Wulan dalam pembukaan forum iklim di Gedung Parlemen, Jakarta. Ia mengatakan air hujan "
        'di Jakarta mengandung mikroplastik.\n\n"Ini harus kita cermati," kata Wulan.'
    )
    assert speakers(text)[0] == "Wulan"


def test_a_pronoun_after_a_passive_cue_a_role_in_lower_case_and_an_apposed_name():
    text = (
        "Hal itu disampaikan komisioner Pemantauan dan Penyelidikan Komnas HAM, Sarlin, setelah gelar perkara "
        "di Mabes Polri. Selain itu, dia menyatakan akan mengumpulkan rekaman CCTV insiden tersebut."
    )
    assert speakers(text) == ["Sarlin"]


def test_one_name_after_a_passive_cue_is_the_full_name_the_article_gave():
    text = (
        '"Nelayan harus ikut menjaga pelabuhan," jelas Kasat Polairud AKP Gede Sukarmadiyasa, Kamis (15/5/2025).\n\n'
        '"Kami juga mengajak masyarakat berperan aktif," ujar Kepala Pelabuhan Andi Wijaya.\n\n'
        "Lebih lanjut, dipaparkan Gede, kerja sama dengan TNI AL sudah terjalin sejak lama.\n\n"
        '"Kami sering bersinergi dalam operasi SAR," tegasnya.'
    )
    assert speakers(text)[-1] == "Gede Sukarmadiyasa"
