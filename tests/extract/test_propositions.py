"""Propositions: a statement's sentences in a claim's wording, each checkable on its own."""

from __future__ import annotations

from tests.extract.helpers import only, statements


def propositions(text: str, language: str = "id") -> list[tuple[str, bool]]:
    return [(p.text, p.vague) for p in only(text, language).propositions]


def test_a_quotation_of_several_sentences_gives_one_proposition_each_with_its_span():
    statement = only(
        '"Kami sudah menyalurkan 40 ton beras ke Cianjur pada Senin. Kami bangga dengan para relawan. '
        'Itu luar biasa," kata Menteri Sosial Saifullah Yusuf.'
    )
    assert [p.text for p in statement.propositions] == [
        "Kementerian Sosial sudah menyalurkan 40 ton beras ke Cianjur pada Senin",
        "Kementerian Sosial bangga dengan para relawan",
        "Itu luar biasa",
    ]
    first = statement.propositions[0]
    assert statement.start <= first.start < first.end <= statement.end
    assert statement.checkworthiness == max(p.checkworthiness for p in statement.propositions)


def test_the_speakers_own_we_in_a_quotation_and_he_in_reported_speech_become_the_speaker():
    assert propositions("Terdakwa Budi Santoso mengatakan dirinya tidak menerima suap Rp 2 miliar.") == [
        ("Budi Santoso tidak menerima suap Rp 2 miliar", False)
    ]


def test_someone_elses_he_in_a_quotation_stays_as_written_and_is_no_claim_on_its_own():
    text = '"Dia menerima suap Rp 2 miliar dari kontraktor," kata jaksa Andi Rahman.'
    assert propositions(text) == [("Dia menerima suap Rp 2 miliar dari kontraktor", True)]


def test_the_speakers_own_words_for_themselves_are_made_explicit_among_the_first_words():
    text = '"Saat ini kami sudah menyalurkan 40 ton beras ke Cianjur," kata Kementerian Sosial.'
    assert propositions(text) == [("Saat ini Kementerian Sosial sudah menyalurkan 40 ton beras ke Cianjur", False)]


def test_discourse_words_and_a_bracketed_note_to_the_reader_leave_the_wording():
    assert propositions('"Jadi, harga beras naik 10 persen sejak Maret," kata Menteri Perdagangan Budi Santoso.') == [
        ("Harga beras naik 10 persen sejak Maret", False)
    ]
    assert propositions('"(Kepala sekolah) Dia sudah dipecat sejak Juli," kata Andi Rahman.')[0][0].startswith(
        "Dia sudah"
    )


def test_a_subject_that_points_elsewhere_cannot_be_checked_on_its_own():
    assert propositions('"It was a brief courtesy meeting," said White House spokesman John Kirby.', "en") == [
        ("It was a brief courtesy meeting", True)
    ]


# --- whose "kami": the institution, never its spokesman ------------------------------------------------------------
def test_an_officials_we_is_the_institution_their_office_heads():
    assert propositions(
        '"Kami sudah menahan 3 tersangka sejak Senin," kata Kapolres Tasikmalaya Kota AKBP Moch Faruk Rozi.'
    ) == [("Polres Tasikmalaya Kota sudah menahan 3 tersangka sejak Senin", False)]
    assert propositions('"Kami menyita uang Rp 5 miliar," kata Kasi Penkum Kejati Sumsel Vanny Yulia Eka Sari.') == [
        ("Kejati Sumsel menyita uang Rp 5 miliar", False)
    ]


def test_a_we_nobody_can_resolve_stays_and_is_no_claim():
    assert propositions('"Kami menyita uang Rp 5 miliar," kata Andi Rahman.') == [
        ("Kami menyita uang Rp 5 miliar", True)
    ]


def test_only_the_subject_i_becomes_the_speaker_and_a_later_i_leaves_a_personal_account():
    assert propositions('"Saya tidak menerima uang Rp 2 miliar," kata Budi Santoso.') == [
        ("Budi Santoso tidak menerima uang Rp 2 miliar", False)
    ]
    assert propositions(
        '"Bukan hanya anak saya, istri saya pun bertanya-tanya soal uang Rp 2 miliar," kata Budi Santoso.'
    ) == [("Bukan hanya anak saya, istri saya pun bertanya-tanya soal uang Rp 2 miliar", True)]


# --- what does not stand on its own ---------------------------------------------------------------------------------
def test_a_thing_the_article_named_before_leaves_the_claim_to_the_article():
    assert propositions('"Proyek tersebut mangkrak sejak 2019 dengan kerugian Rp 3 triliun," kata Budi Santoso.') == [
        ("Proyek tersebut mangkrak sejak 2019 dengan kerugian Rp 3 triliun", True)
    ]
    assert propositions('"Pemerintah menolak membayar utang kereta cepat itu sejak 2024," kata Budi Santoso.')[0][1]


def test_a_trailing_adjunct_that_points_back_is_left_out_when_the_clause_stands_alone():
    assert propositions(
        "Menurut Kirby, Pyongyang menerima teknologi satelit militer dari Moskow sebagai imbalan atas bantuan tersebut."
    ) == [("Pyongyang menerima teknologi satelit militer dari Moskow", False)]


def test_a_time_phrase_is_no_pointer():
    assert propositions('"Harga beras tahun ini naik 12 persen," kata Budi Santoso.') == [
        ("Harga beras tahun ini naik 12 persen", False)
    ]


def test_questions_subjectless_sentences_and_conversational_asides_are_no_claims():
    assert propositions('"Apakah anggaran Rp 16.800 per orang cukup untuk 20 juta keluarga?" kata Budi Santoso.')[0][1]
    assert propositions('"Telah mengirimkan surat pengunduran diri kepada Presiden pada Senin," kata Budi Santoso.')[0][
        1
    ]
    assert propositions('"Kebijakan LPG 3 kg kan bagus sejak 2024," kata Budi Santoso.')[0][1]
    assert not propositions('"Sudah ada 5 korban meninggal di Cianjur," kata Budi Santoso.')[0][1]


# --- what a denial denies ----------------------------------------------------------------------------------------
def test_a_named_denial_by_its_cue_has_the_accusation_for_proposition_with_the_denier_as_subject():
    assert propositions("Budi Santoso membantah telah memukul tiga muridnya di ruang kelas pada Februari 2024.") == [
        ("Budi Santoso telah memukul tiga muridnya di ruang kelas pada Februari 2024", False)
    ]
    assert propositions(
        "Kementerian Keuangan membantah bahwa Sri Mulyani menyebut guru sebagai beban negara pada Agustus 2025."
    ) == [("Sri Mulyani menyebut guru sebagai beban negara pada Agustus 2025", False)]


def test_a_denial_that_names_a_report_a_noun_phrase_or_has_no_named_denier_states_nothing():
    assert propositions("Siti Rahayu membantah kabar yang beredar di media sosial tentang sekolahnya.")[0][1]
    assert propositions("Budi Santoso membantah adanya aliran dana ke rekening pribadinya.")[0][1]
    assert propositions("Presiden menepis klaim bahwa ia seorang diktator atau fasis.")[0][1]
    assert propositions("Frank Nervo rejected that argument in a ruling released Thursday.", "en")[0][1]


# --- subjects left out ---------------------------------------------------------------------------------------------
def test_a_sentence_opening_with_a_negation_or_an_enumerated_verb_has_no_subject_of_its_own():
    assert propositions(
        '"Tidak akan menggunakan APBN untuk membayar utang proyek kereta cepat," kata Budi Santoso.'
    ) == [("Tidak akan menggunakan APBN untuk membayar utang proyek kereta cepat", True)]
    assert propositions('"Pertama, menyita uang sebesar Rp 5,4 miliar dari rumah tersangka," kata Budi Santoso.') == [
        ("Menyita uang sebesar Rp 5,4 miliar dari rumah tersangka", True)
    ]


def test_after_a_negation_an_existential_or_a_quantifier_needs_no_subject():
    for words in (
        "Tidak ada korban jiwa dalam kebakaran Pasar Senen pada Selasa",
        "Tak satu pun dari 40 warga diajak berdiskusi oleh Pemerintah Desa Sukamaju",
        "Tidak semua kelas menengah bisa mendapatkan subsidi listrik PLN pada 2026",
    ):
        assert propositions(f'"{words}," kata Budi Santoso.') == [(words, False)]


def test_a_subject_that_is_only_a_participant_of_the_articles_case_leaves_whose_case_open():
    for words in (
        "Tersangka telah ditahan di Rutan Cabang KPK sejak Senin",
        "Korban yang telah mengirimkan uang bisa langsung melapor ke OJK",
        "Terduga pelaku menyetubuhi korban S (14) di rumahnya pada Juli 2025",
        "Keempat tersangka merupakan mantan pejabat Dinas Perumahan Sidoarjo",
        "Dapat diredam dengan subsidi dan kompensasi yang diberikan pemerintah",
    ):
        assert propositions(f'"{words}," kata Budi Santoso.')[0][1], words
    assert propositions('"Korban banjir Demak mencapai 20.000 orang pada Maret 2024," kata Budi Santoso.') == [
        ("Korban banjir Demak mencapai 20.000 orang pada Maret 2024", False)
    ]


def test_a_sentence_ending_in_a_question_word_asks_and_claims_nothing():
    assert propositions('"Orang yang mau setia melayani siapa," kata Budi Santoso.')[0][1]


def test_a_collective_number_points_back_to_a_set_the_article_named():
    # "ketiga lokasi": the three places named before; after a noun the number is an ordinal ("tahap kedua")
    assert propositions('"Ketiga lokasi itu tertimbun longsor setinggi 3 meter," kata Budi Santoso.')[0][1]
    assert propositions('"Warga di ketiga desa kehilangan 40 rumah," kata Budi Santoso.')[0][1]
    assert propositions('"Both sides agreed to a ceasefire on Monday," said John Miller.', "en")[0][1]
    assert not propositions('"Pada tahap kedua, Kementerian Sosial menyalurkan Rp 2 triliun," kata Budi Santoso.')[0][1]


def test_only_an_adjunct_that_ends_the_sentence_is_cut_and_the_time_of_events_is_no_pointer():
    # "saat itu" is the time of the events told, and the predicate after it is the claim's
    assert propositions(
        "Menurut jaksa, dalam tiga tahun Darmono selaku Ketua DPRD Jateng saat itu memperoleh dana hibah Rp 120 miliar."
    ) == [("Dalam tiga tahun Darmono selaku Ketua DPRD Jateng saat itu memperoleh dana hibah Rp 120 miliar", False)]


def test_the_parties_of_a_hearing_leave_whose_case_to_the_article():
    assert propositions('"Teradu IV terbukti melanggar kode etik penyelenggara pemilu," kata Hakim Wiratmoko.')[0][1]
    assert propositions('"Penggugat meminta ganti rugi Rp 5 miliar," kata Hakim Wiratmoko.')[0][1]


def test_we_as_the_agent_of_an_object_focus_verb_stays_and_leaves_the_sentence_to_its_speaker():
    # "yang telah kami tawarkan": a name cannot stand there, so the sentence stays someone's own account
    found = propositions(
        '"Ada program Jaksa Garda Desa yang telah kami tawarkan kepada 80 desa," kata Kepala Kejari Pekanbaru '
        "Budi Santoso."
    )
    assert found == [("Ada program Jaksa Garda Desa yang telah kami tawarkan kepada 80 desa", True)]
    # with an active verb "kami" is the subject, and the institution takes its place
    assert propositions(
        '"Sejak 2024 kami sudah menawarkan program itu kepada 80 desa," kata Kepala Kejari Pekanbaru Budi Santoso.'
    )[0][0].startswith("Sejak 2024 Kejari Pekanbaru sudah menawarkan")


def test_a_title_or_a_name_that_begins_like_an_active_verb_is_the_subject_not_a_verb():
    # "Menteri", "Megawati" begin with "me" as "Memerintahkan" does: only the verb leaves its subject out
    assert propositions("Budi Santoso mengatakan Menteri Keuangan menaikkan tarif pajak 10 persen pada Oktober.") == [
        ("Menteri Keuangan menaikkan tarif pajak 10 persen pada Oktober", False)
    ]
    assert propositions("Budi Santoso mengatakan Megawati Soekarnoputri menerima dana Rp 5 miliar pada 2024.") == [
        ("Megawati Soekarnoputri menerima dana Rp 5 miliar pada 2024", False)
    ]
    assert propositions("Budi Santoso mengatakan mekanisme penyaluran bansos Kemensos berubah pada Oktober.") == [
        ("Mekanisme penyaluran bansos Kemensos berubah pada Oktober", False)
    ]


def test_an_active_verb_opening_what_was_said_leaves_its_subject_out_wherever_it_starts():
    # after the cue, in lower case ("TNI menyatakan menghormati …"), as at the start of a quotation
    assert propositions("TNI menyatakan menghormati putusan MK tentang pencemaran nama baik melalui UU ITE.") == [
        ("Menghormati putusan MK tentang pencemaran nama baik melalui UU ITE", True)
    ]
    assert propositions('"Memerintahkan Kementerian PUPR membangun jembatan di Jambi," kata Budi Santoso.') == [
        ("Memerintahkan Kementerian PUPR membangun jembatan di Jambi", True)
    ]
    # a clause set off before the subject is no missing subject
    text = "Budi Santoso mengatakan melalui anak usahanya, ID FOOD telah memasok 5,9 juta kilogram benih padi."
    assert propositions(text) == [("Melalui anak usahanya, ID FOOD telah memasok 5,9 juta kilogram benih padi", False)]


def test_a_noun_phrase_with_no_predicate_claims_nothing_but_a_number_or_a_comparison_predicates():
    # "menyampaikan", "menyinggung" take a noun phrase as well as a clause: the noun phrase is no claim
    assert propositions("Widi Hernowo menyampaikan potensi besar blok Andaman di kawasan utara Indonesia.") == [
        ("Potensi besar blok Andaman di kawasan utara Indonesia", True)
    ]
    # Indonesian says a quantity or a comparison without a verb
    assert propositions("Sri Mulyani mengatakan defisit APBN Rp 321,6 triliun hingga Agustus 2025.") == [
        ("Defisit APBN Rp 321,6 triliun hingga Agustus 2025", False)
    ]
    assert propositions(
        "Budi Santoso mengatakan pengawasan di Lapas Nusakambangan lebih ketat dari Lapas Cipinang."
    ) == [("Pengawasan di Lapas Nusakambangan lebih ketat dari Lapas Cipinang", False)]
    assert propositions("Budi Santoso mengatakan ada dalang di balik kasus penipuan investasi bodong di Medan.") == [
        ("Ada dalang di balik kasus penipuan investasi bodong di Medan", False)
    ]


def test_a_year_or_month_with_ini_is_the_present_time_not_a_pointer():
    # "di 2025 ini" is this year, as "tahun ini" is; "Pengadaan 2025 itu" (that procurement) still points back
    text = "Kepala BPS Budi Santoso mengatakan angka kemiskinan di 2025 ini merupakan terendah dalam 20 tahun."
    assert propositions(text) == [("Angka kemiskinan di 2025 ini merupakan terendah dalam 20 tahun", False)]
    text = "Kepala BPS Budi Santoso mengatakan pengadaan 2025 itu menelan biaya Rp 2 miliar."
    assert propositions(text) == [("Pengadaan 2025 itu menelan biaya Rp 2 miliar", True)]


# --- a subject that points back: the description the article gave it before -------------------------------------
def _claim_texts(text: str) -> list[str]:
    return [p.text for s in statements(text) for p in s.propositions]


def _claim_of_last(text: str) -> tuple[str, bool]:
    last = statements(text)[-1]
    return last.propositions[0].text, last.propositions[0].vague


def test_a_pointing_subject_takes_the_description_written_before_it():
    text = (
        "Polisi menemukan kegiatan tambang ilegal di kawasan hutan lindung IKN pada Senin.\n\n"
        "Kepala Otorita IKN Basuki Hadimuljono mengatakan kegiatan tambang itu telah menyebabkan kerugian negara "
        "Rp 5 triliun."
    )
    assert _claim_of_last(text) == (
        "Kegiatan tambang ilegal di kawasan hutan lindung IKN telah menyebabkan kerugian negara Rp 5 triliun",
        False,
    )


def test_a_pointing_subject_the_article_never_described_stays_vague():
    text = (
        "Pemerintah menambah anggaran Rp 1,6 triliun tahun ini.\n\n"
        "Menteri Keuangan Purbaya Yudhi Sadewa mengatakan jumlah tersebut sudah termasuk untuk 7 badan layanan umum."
    )
    text_, vague = _claim_of_last(text)
    assert "tersebut" in text_ and vague


def test_the_end_of_a_name_or_another_thing_is_no_description():
    # "Sampah" ends a name ("Tempat Pengolahan Sampah Terpadu"); "pengadilan dunia lainnya" is another court
    text = (
        "Warga menolak Tempat Pengolahan Sampah Terpadu Bantargebang. Israel juga menolak pengadilan dunia lainnya.\n\n"
        "Menurut Gubernur Jawa Barat Dedi Mulyadi, sampah itu mencemari sungai sejak 2019. Netanyahu mengatakan "
        "pengadilan itu telah menyalahgunakan wewenangnya sejak 2024."
    )
    texts = _claim_texts(text)
    assert not any("Terpadu" in t or "lainnya" in t for t in texts), texts


def test_shell_nouns_and_a_place_after_one_noun_are_no_description():
    # check 14 found these filled in wrongly: "Data ini" meant the investment figures just quoted, and "Inflasi itu"
    # one of several countries' inflation
    text = (
        "Data Kementerian Pertanian mencatat produksi beras naik. Inflasi di Malaysia naik 3 persen, di Filipina 2 "
        "persen.\n\nMenteri Investasi Rosan Roeslani mengatakan data ini menunjukkan pengusaha lokal makin percaya "
        "diri. Menurut Destry Damayanti, inflasi itu akan naik lebih tinggi pada 2025."
    )
    texts = _claim_texts(text)
    assert not any("Kementerian Pertanian menunjukkan" in t or "Inflasi di Malaysia akan" in t for t in texts), texts


def test_only_the_nearest_mention_describes_a_pointing_subject():
    text = (
        "Pemerintah meluncurkan program BLT Kesra pada Senin. Pekan lalu pemerintah juga menyiapkan program "
        "baru.\n\nMenteri Sosial Saifullah Yusuf mengatakan program ini dijalankan berkat efisiensi anggaran."
    )
    claim, vague = _claim_of_last(text)
    assert "BLT Kesra" not in claim and vague


def test_an_office_that_heads_an_institution_is_no_office_of_a_place():
    # "Gubernur" heads a province's government, but "Gubernur Bank Indonesia" heads the central bank (check 14:
    # "Pemerintah Provinsi Bank Indonesia akan berusaha …")
    bank = only('"Kami akan terus menjaga stabilitas rupiah," kata Gubernur Bank Indonesia Perry Warjiyo.')
    assert bank.propositions[0].text.startswith("Bank Indonesia akan terus menjaga")
    province = only('"Kami menyalurkan 40 ton beras ke Cianjur pada Senin," kata Gubernur Jawa Barat Dedi Mulyadi.')
    assert province.propositions[0].text.startswith("Pemerintah Provinsi Jawa Barat menyalurkan")


def test_a_sentence_cut_off_after_a_relative_is_no_claim():
    # check 14 (c1315): a claim cut off after "yang"
    found = only('"Saya belum pernah melihat yang", kata pelatih Aleksandar Rankovic kepada wartawan.')
    assert all(p.vague for p in found.propositions)


def test_a_sentence_that_names_no_one_and_nothing_cannot_be_checked_on_its_own():
    # which fire, which 790 people? Weekdays, months, time zones and units name nothing
    assert propositions('"Kebakaran terjadi Kamis (9/10) sekira pukul 20.30 WIB," kata Budi Santoso.')[0][1]
    assert propositions('"790 people were killed in January alone," said John Miller.', "en")[0][1]
    assert propositions(
        '"Kebakaran melanda kantor Dinas Pendidikan Nias Selatan pada Kamis (9/10)," kata Budi Santoso.'
    ) == [("Kebakaran melanda kantor Dinas Pendidikan Nias Selatan pada Kamis (9/10)", False)]
    assert propositions('"790 people were killed in Iraq in January," said John Miller.', "en") == [
        ("790 people were killed in Iraq in January", False)
    ]
    # a sentence opening with a word that is no dictionary word names it ("Jakarta"), not with a derived one
    assert propositions("Budi Santoso mengatakan Jakarta menurunkan angka kemiskinan pada 2024.")[0][1] is False
    assert propositions("Budi Santoso mengatakan penempelan dilakukan pada Selasa, 30 September 2025.")[0][1]


def test_a_noun_phrase_a_cue_names_is_no_claim_though_a_verb_stands_in_its_relative_clause_or_adjunct():
    # what was conveyed, named: its only verbs belong to "yang" or to a subordinator
    assert propositions(
        "Menteri Keuangan Purbaya Yudhi Sadewa menyampaikan berbagai insentif pajak yang telah diberikan selama "
        "pemerintahan Presiden Prabowo Subianto."
    )[0][1]
    assert propositions(
        "Presiden Prabowo Subianto menyampaikan pernyataan kepada publik setelah menggelar pertemuan dengan "
        "Megawati Soekarnoputri."
    )[0][1]
    # "termasuk" after a comma is a preposition, a quantifier ("seluruh") no predicate
    assert propositions(
        "Ketua Umum PSSI Erick Thohir menyampaikan apresiasi atas kontribusi kepada seluruh anggota tim, "
        "termasuk kepada Patrick Kluivert."
    )[0][1]
    # the sentence's own verb after the relative clause, "termasuk" as its verb, a negation with "-lah", a cleft,
    # and a quantity opening the sentence keep it a claim
    for text, claim in (
        (
            "Kepala Kejari Lembata Mohamad Risal mengatakan barang-barang yang ditemukan di Lembata telah disita.",
            "Barang-barang yang ditemukan di Lembata telah disita",
        ),
        (
            "Direktur Utama BPJS Kesehatan Ghufron Mukti mengatakan BPJS termasuk dalam daftar organisasi "
            "yang diajukan ke Komite Nobel.",
            "BPJS termasuk dalam daftar organisasi yang diajukan ke Komite Nobel",
        ),
        (
            "Gubernur Jawa Barat Dedi Mulyadi mengatakan Purbaya Yudhi Sadewa bukanlah pegawai Pemda Jabar.",
            "Purbaya Yudhi Sadewa bukanlah pegawai Pemda Jabar",
        ),
        (
            "Bupati Kulon Progo Sutedjo mengatakan Bandara YIA-lah yang menampung penerbangan dari Adisutjipto.",
            "Bandara YIA-lah yang menampung penerbangan dari Adisutjipto",
        ),
        (
            "Direktur Pertamina Patra Niaga Mars Ega mengatakan banyak SPBU Shell yang ditutup pekan lalu.",
            "Banyak SPBU Shell yang ditutup pekan lalu",
        ),
    ):
        assert propositions(text) == [(claim, False)], text


def test_how_a_figure_moved_is_a_claim_even_when_the_sentence_names_nothing():
    assert propositions("Sri Mulyani mengatakan utang pemerintah naik 5 persen pada 2024.") == [
        ("Utang pemerintah naik 5 persen pada 2024", False)
    ]
    assert propositions('"Prices doubled since March," said a union leader.', "en")[0][1] is False


def test_a_singular_pronoun_before_any_name_leaves_who_it_is_to_the_article():
    assert propositions('"A brown bear jumped on him near Moscow," said John Miller.', "en")[0][1]
    assert propositions('"Setelah makan siang, ia membawa 40 siswa ke Puskesmas Cianjur," kata Budi Santoso.')[0][1]
    assert propositions('"Russian President Vladimir Putin praised his army in Moscow," said John Miller.', "en") == [
        ("Russian President Vladimir Putin praised his army in Moscow", False)
    ]
    # a contraction keeps its pronoun: "We're", "He's"
    assert propositions('"We\'re asking U.S. Marines to surrender their rifles," said John Miller.', "en")[0][1]


def test_an_english_clause_opening_with_its_verb_has_left_its_subject_out():
    # ("reports described": the document's noun before a cue word is its subject, no cue; no checkable claim either way)
    assert all(
        p.vague for s in statements("Many media reports described Tawil as a boy.", "en") for p in s.propositions
    )
    assert (
        only("The passenger, according to the paper, continued to lecture the flight crew of Delta.", "en")
        .propositions[0]
        .vague
    )
    assert (
        only("Miller, who according to the court tore up his visa in Pyongyang, was convicted of espionage.", "en")
        .propositions[0]
        .vague
    )
    assert propositions('"Armed men attacked the Iraqi village of Tal Afar," said John Miller.', "en") == [
        ("Armed men attacked the Iraqi village of Tal Afar", False)
    ]


def test_thanks_a_greeting_or_an_invitation_claims_nothing():
    assert propositions('"Terima kasih atas kehadiran Presiden Prabowo di Bogor," kata Budi Santoso.')[0][1]
    assert propositions('"Silakan dikelola dengan baik oleh Pemkab Bogor," kata Budi Santoso.')[0][1]
    assert propositions('"Thank you to the people of Ohio for their votes," said John Miller.', "en")[0][1]
    assert propositions('"Pun demikian dengan SK Pengumuman Penerimaan," kata Budi Santoso.')[0][1]
    assert propositions(
        '"Apresiasi kepada seluruh jajaran yang terus bekerja keras mewujudkan program Presiden," kata Budi Santoso.'
    )[0][1]


def test_every_sentence_of_a_quotation_reads_its_pointing_subject_against_the_article():
    # the second sentence's "Kegiatan tambang itu" was looked up in the first sentence's claim wording, not in the
    # article; and "Setelah itu" (after that) opens no noun phrase to describe
    text = (
        "Polisi menemukan kegiatan tambang ilegal di kawasan hutan lindung IKN pada Senin.\n\n"
        '"Kami sudah menyita 3 ekskavator di Sepaku pada Selasa. Kegiatan tambang itu menyebabkan kerugian negara '
        'Rp 5 triliun. Setelah itu polisi menahan 4 orang di Balikpapan," kata Kepala Otorita IKN Basuki Hadimuljono.'
    )
    texts = _claim_texts(text)
    assert "Kegiatan tambang ilegal di kawasan hutan lindung IKN menyebabkan kerugian negara Rp 5 triliun" in texts
    assert not any(t.startswith("Setelah") and "itu" not in t for t in texts), texts


def test_a_definite_noun_phrase_the_article_used_before_points_back_to_what_it_named():
    text = (
        "Three men from Cape Cod vanished on Saturday.\n\n"
        "Police said the three men were reported missing on Saturday night near Hyannis. Police said the biggest "
        "search in Massachusetts history began on Sunday. Police said the men, Ali Khan and Omar Said, had left Boston."
    )
    assert [(p.text, p.vague) for s in statements(text, "en") for p in s.propositions] == [
        ("The three men were reported missing on Saturday night near Hyannis", True),
        ("The biggest search in Massachusetts history began on Sunday", False),
        ("The men, Ali Khan and Omar Said, had left Boston", False),
    ]


def test_a_word_that_is_discourse_only_before_a_comma_keeps_its_meaning_without_one():
    # "No threats were made" had become "Threats were made", "So far …" "Far …"
    assert propositions('"No threats were made to the family of James Foley," said John Kirby.', "en") == [
        ("No threats were made to the family of James Foley", False)
    ]
    assert propositions('"So far other zoos in Ohio refused the owl," said John Kirby.', "en") == [
        ("So far other zoos in Ohio refused the owl", False)
    ]
    assert propositions('"No, the Pentagon never paid Iran," said John Kirby.', "en") == [
        ("The Pentagon never paid Iran", False)
    ]


def test_what_a_telling_cue_told_someone_to_do_is_an_instruction_not_a_claim():
    assert propositions("Officials told Foley’s family not to deal with the press.", "en") == [
        ("Foley’s family not to deal with the press", True)
    ]
    assert propositions("The president told Pruitt to lay off doing TV appearances until June.", "en")[0][1]
    # a clause with its own subject and verb before "to" is what was told
    assert propositions("John Chen told reporters he wanted BlackBerry to grow in Asia.", "en") == [
        ("John Chen wanted BlackBerry to grow in Asia", False)
    ]  # (a full name: "he" never stands for a speaker of one word, session 55)
    assert propositions("Police told Reza Gul went to the check post and began shooting back.", "en")[0][1] is False


def test_reported_speech_that_opens_with_its_tense_and_verb_has_the_speaker_for_its_subject():
    # the subject a complement clause leaves out is the one who speaks
    assert propositions(
        "Menteri Keuangan Purbaya Yudhi Sadewa mengatakan telah memeriksa langsung seluruh data keuangan Pemprov Jabar."
    ) == [("Purbaya Yudhi Sadewa telah memeriksa langsung seluruh data keuangan Pemprov Jabar", False)]
    # not before a passive (someone else was), an intransitive verb, or a plan
    for text in (
        "Kapolres Ciamis AKBP Budi Santoso mengatakan telah diamankan di Mapolres Ciamis pada Senin.",
        "Dirjen Pajak Bimo Wijayanto mengatakan akan berlanjut di tahun depan.",
        "Menteri Keuangan Purbaya Yudhi Sadewa mengatakan akan melakukan asesmen lebih lanjut pekan depan.",
    ):
        assert propositions(text)[0][1], text


def test_an_english_word_opening_the_sentence_names_something_only_if_the_article_writes_it_as_a_name():
    # "Staff" has its capital from the sentence: which staff?
    assert propositions('"Staff rushed out to see what was happening," said John Miller.', "en")[0][1]
    # the article writes "Obama" where no sentence begins; a capital inside the word is a name's
    found = statements('Barack Obama spoke on Monday. "Obama signed the bill last year," said John Miller.', "en")
    assert [(p.text, p.vague) for s in found for p in s.propositions] == [("Obama signed the bill last year", False)]
    assert propositions('"Hewlett-Packard plans to cut 5,000 jobs," said John Miller.', "en")[0][1] is False


def test_he_or_she_in_reported_speech_becomes_the_speaker_only_when_the_speaker_is_one_person_by_name():
    assert propositions("Tim Cook said he expected the Apple Watch to ship in April.", "en") == [
        ("Tim Cook expected the Apple Watch to ship in April", False)
    ]
    # a report, or officials named by their body, are not "he" or "she"
    assert propositions("Defense Department officials said he later became a militant in Iraq.", "en") == [
        ("He later became a militant in Iraq", True)
    ]
    assert propositions("Reports claimed she killed over 100 Islamic State fighters in Kobani.", "en")[0][1]


def test_the_and_a_number_before_a_noun_count_a_set_the_article_named():
    text = '"The three men were reported missing in Hyannis on Saturday night," said Lt. Col. James Sahady.'
    assert propositions(text, "en") == [("The three men were reported missing in Hyannis on Saturday night", True)]
    text = (
        '"The three men, identified as Major Jan Mohammad Arash and Captain Noorullah Aminyar, were taken into '
        'custody at the Rainbow Bridge," said Lt. Col. James Sahady.'
    )
    assert propositions(text, "en")[0][1] is False


def test_a_perfect_infinitive_after_a_claim_is_the_speakers_own_clause():
    statement = only("Maria Lopez claims to have paid 12,000 dollars for the permit in March.", "en")
    assert [(p.text, p.vague) for p in statement.propositions] == [
        ("Maria Lopez has paid 12,000 dollars for the permit in March", False)
    ]
    assert statement.propositions[0].start == statement.start + len("to have ")
    # a wish is no claim of what has happened, and "have" before a noun is no perfect
    statement = only("Maria Lopez hopes to have her own shop in Madrid by March.", "en")
    assert [p.vague for p in statement.propositions] == [True]
