"""Speakers named as a blind hand check (session 25) found them wrong or short: a document named by its noun and then
by whose it is speaks for that body; a known party inside a faction's name stays in the name; a name written without
its middle words is the person the article named in full."""

from __future__ import annotations

from tests.extract.helpers import statements


def speakers(text: str, language: str = "id") -> list[tuple[str, str]]:
    return [(s.speaker, s.speaker_kind) for s in statements(text, language)]


def test_a_report_named_then_whose_speaks_for_the_body_not_a_person_called_after_its_village():
    text = "Laporan P2BK Purabaya mencatat banjir melanda dua lokasi utama di Desa Purabaya."
    assert speakers(text) == [("P2BK Purabaya", "organization")]


def test_a_report_of_an_agency_speaks_for_the_agency():
    text = "Laporan BNPB mencatat dua warga meninggal dalam banjir di Kabupaten Bogor."
    assert speakers(text) == [("BNPB", "organization")]


def test_a_report_of_a_named_person_speaks_for_the_person():
    text = "Laporan Budi Santoso menyebut harga beras naik 10 persen di Pasar Induk Cipinang."
    assert speakers(text) == [("Budi Santoso", "person")]


def test_a_party_of_several_words_after_fraksi_stays_in_the_factions_name():
    text = (
        "Fraksi PDI Perjuangan DPR RI menyatakan tunjangan perumahan anggota DPR sebesar Rp 50 juta per bulan "
        "tidak sesuai dengan kepatutan."
    )
    assert speakers(text) == [("Fraksi PDI Perjuangan DPR RI", "organization")]


def test_a_person_after_a_faction_of_a_party_of_several_words():
    text = "Ketua Fraksi PDI Perjuangan Utut Adianto mengatakan rapat paripurna digelar pada Selasa (21/10)."
    assert speakers(text) == [("Utut Adianto", "person")]


def test_a_name_without_its_middle_word_is_the_person_named_in_full_before():
    text = (
        "Potensi investasi tersebut disampaikan Bupati Luwu Utara Andi Abdullah Rahim di Pameran Trade Expo "
        "Indonesia 2025.\n\n"
        '"Kami menawarkan kerja sama jangka panjang kepada pengusaha Mesir," ujar Andi Rahim kepada wartawan.'
    )
    assert speakers(text) == [("Andi Abdullah Rahim", "person")]


def test_a_name_without_middle_words_two_people_could_fit_stays_as_written():
    text = (
        "Rapat itu dihadiri Andi Abdullah Rahim dan Andi Baso Rahim, dua pengusaha kopi dari Luwu Utara.\n\n"
        '"Kami menawarkan kerja sama jangka panjang kepada pengusaha Mesir," ujar Andi Rahim kepada wartawan.'
    )
    assert speakers(text) == [("Andi Rahim", "person")]


def test_a_name_whose_first_word_differs_is_not_shortened_from_another():
    text = (
        "Potensi investasi tersebut disampaikan Bupati Luwu Utara Andi Abdullah Rahim di Pameran Trade Expo "
        "Indonesia 2025.\n\n"
        '"Kami siap memasok kopi ke Mesir," ujar Budi Rahim, seorang petani kopi, kepada wartawan.'
    )
    assert speakers(text) == [("Budi Rahim", "person")]


def test_an_acronym_and_the_place_it_serves_is_a_body_not_a_person():
    text = "DPMPTSP Kota Mataram mencatat nilai investasi mencapai Rp 3,85 miliar pada triwulan I 2025."
    assert speakers(text) == [("DPMPTSP Kota Mataram", "organization")]


def test_a_pronoun_never_means_an_acronym_and_a_place_read_as_a_person():
    text = (
        "Kanwil Kementerian HAM Jawa Barat (Jabar) menawarkan wacana baru bagi narapidana. Dalam keterangan tertulis, "
        "Kanwil HAM menyoroti bahwa kapasitas tahanan berlebih.\n\n"
        "Saat dikonfirmasi ulang, Kepala Kanwil Kementerian HAM Jabar Hasbullah memberikan penjelasan mengenai "
        "wacana ini. Secara garis besar, ia membeberkan bahwa napi yang ditahan hanya kehilangan beberapa haknya."
    )
    # (not a body; since session 55 Hasbullah, one name after his title, is the subject the pronoun takes, as
    # "Presiden Prabowo" was: a blind read judged "ia" left unresolved here avoidable)
    assert speakers(text) == [("Kanwil HAM", "organization"), ("Hasbullah", "person")]


def test_initials_before_a_family_name_stay_a_person():
    text = "Local police chief RP Solanki said both families had resolved the matter."
    assert speakers(text, "en") == [("RP Solanki", "person")]


def test_english_company_titles_joined_before_a_name_make_him_the_subject():
    text = (
        '"Vietnam hanya mencatat 1.377 kasus sejak pandemi dimulai," kata Subbaraman.\n\n'
        "Managing Director and Chief Economist Group Research Bank DBS Taimur Baig optimistis, memasuki 2021, "
        "pemerintah akan menyeimbangkan krisis kesehatan dengan pemulihan ekonomi.\n\n"
        '"Fokus pemerintah tahun depan akan diarahkan pada perluasan manufaktur," ujarnya.'
    )
    assert [s.speaker for s in statements(text)] == ["Subbaraman", "Taimur Baig"]


def test_two_people_joined_by_and_are_not_titles_of_the_second():
    text = (
        '"Hati kami hancur," kata Obama kepada keluarga korban.\n\n'
        "Presiden Barack Obama dan Wakil Presiden Joe Biden meletakkan bunga di depan klub malam itu.\n\n"
        '"Saya memeluk keluarga korban," ujarnya.'
    )
    assert "Joe Biden" not in [s.speaker for s in statements(text)]


def test_words_of_a_ministrys_name_before_a_name_go_to_the_role():
    text = (
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Tjahjo Kumolo menandatangani surat edaran "
        'tentang larangan mudik.\n\n"Larangan berlaku mulai 6 Mei 2021," ujar Tjahjo dalam surat itu.'
    )
    assert [s.speaker for s in statements(text)] == ["Tjahjo Kumolo"]


def test_a_company_the_article_writes_with_its_legal_form_is_a_body():
    text = (
        "PT Jasa Marga (Persero) Tbk mengoperasikan jalan tol baru pada Agustus 2025.\n\n"
        "Jasa Marga juga menegaskan komitmen pengurangan emisi karbon di setiap lini bisnis perusahaan."
    )
    assert [(s.speaker, s.speaker_kind) for s in statements(text)][-1] == ("Jasa Marga", "organization")


def test_the_source_of_a_spoken_noun_speaks_after_it():
    text = (
        '"Keduanya saling melengkapi demi mencapai SDM Unggul," jelas Iqbal.\n\n'
        "Penyelenggaraan kompetisi ini pun mendapat apresiasi dari Staf Khusus Kepala Badan Gizi Nasional, Ary "
        "Santoso. Menurutnya, langkah ini merupakan kolaborasi yang baik."
    )
    assert [s.speaker for s in statements(text)] == ["Iqbal", "Ary Santoso"]


def test_a_source_after_a_relative_clause_past_a_quotation_is_not_the_quotations():
    text = (
        '"Lawan Ketidaktahuan, bukan migran," demikian bunyi salah satu spanduk di sebuah protes di Houston, tempat '
        "hampir seperempat populasinya adalah imigran, menurut Migration Policy Institute."
    )
    assert "Migration Policy Institute" not in [s.speaker for s in statements(text)]


def test_a_source_after_a_relative_clause_of_a_plain_sentence_stands_for_all_of_it():
    text = (
        "Kampanye militer itu telah menewaskan hampir 65.000 orang, yang sebagian besar warga sipil, menurut "
        "Kementerian Kesehatan Gaza."
    )
    assert [s.speaker for s in statements(text)] == ["Kementerian Kesehatan Gaza"]
