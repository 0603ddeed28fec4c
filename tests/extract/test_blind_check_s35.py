"""Rules from session 35's blind read of Detik statements (seed 2610) and its look at the PFSA-ID quotations the gold
leaves out, each written again in words of our own and mended by a rule of the language (docs/extraction.md,
session 35)."""

from __future__ import annotations

from tests.extract.helpers import said_by, speakers, statements

OPENING = (
    "Jaksa Agung Muda Bidang Pidana Umum Hendra Kusuma mengatakan berkas perkara penipuan itu sudah lengkap. "
    '"Kami sudah menerima berkas perkara dari penyidik," kata Hendra.\n\n'
)


# --- a description closed by a demonstrative after the cue points back at the one who spoke ---------------------
def test_a_former_office_closed_by_a_demonstrative_is_the_speaker_before():
    text = OPENING + '"Kami akan segera melimpahkan perkara ke pengadilan," imbuh mantan Kapolda Riau itu.'
    assert speakers(text) == ["Hendra Kusuma", "Hendra Kusuma", "Hendra Kusuma"]


def test_a_former_office_in_lower_case_closed_by_a_demonstrative_is_the_speaker_before():
    text = OPENING + '"Kami akan segera melimpahkan perkara ke pengadilan," imbuh mantan jaksa itu.'
    assert speakers(text) == ["Hendra Kusuma", "Hendra Kusuma", "Hendra Kusuma"]


def test_a_noun_for_a_person_closed_by_a_demonstrative_is_the_speaker_before():
    text = OPENING + '"Sidang pertama digelar bulan depan," ujar pria kelahiran Padang tersebut.'
    assert speakers(text) == ["Hendra Kusuma", "Hendra Kusuma", "Hendra Kusuma"]


def test_a_described_speaker_with_someone_else_named_since_stays_a_description():
    # another person was brought in between: the description is not read as either of them
    text = (
        OPENING + "Pengacara terdakwa, Rudi Hartono, menolak berkomentar soal berkas itu.\n\n"
        '"Sidang pertama digelar bulan depan," ujar pria kelahiran Padang tersebut.'
    )
    assert said_by(text)[-1] == ("pria kelahiran Padang", "pria kelahiran Padang")


def test_an_office_closed_by_a_demonstrative_after_someone_else_was_mentioned_stays_as_written():
    # "Pengacara terdakwa Rudi Hartono hadir …" brings in a second person, acting or not: the office may be his
    text = (
        OPENING + "Pengacara terdakwa Rudi Hartono hadir di ruang sidang.\n\n"
        '"Sidang pertama digelar bulan depan," kata Ketua Umum Peradi itu.'
    )
    assert said_by(text)[-1] == ("Ketua Umum Peradi", "Ketua Umum Peradi")


def test_a_description_in_lower_case_without_a_demonstrative_is_not_taken_for_a_speaker():
    # "mantan" alone opens no speaker phrase: what follows the cue is not closed by "itu"
    text = OPENING + '"Sidang pertama digelar bulan depan," ujar mantan Kapolda Riau saat ditemui di kantornya.'
    assert speakers(text)[:2] == ["Hendra Kusuma", "Hendra Kusuma"]
    assert "mantan Kapolda Riau" not in speakers(text)


# --- an office that names its body by an acronym in brackets, then "itu": still points back ----------------------
def test_an_office_with_its_acronym_then_a_demonstrative_points_back():
    text = (
        "Ketua Komisi Fatwa Majelis Ulama Indonesia Ahmad Syarif menyebut fatwa itu bentuk dukungan ulama. "
        '"Ini kemitraan dengan pemerintah," sambungnya.\n\n'
        '"Zakat bukan pengganti tanggung jawab negara," tegas Ketua Ikatan Alumni Pelajar Nahdlatul Ulama (IKAPNU) itu.'
    )
    assert speakers(text) == ["Ahmad Syarif", "Ahmad Syarif", "Ahmad Syarif"]


# --- the narration last told what was done to the person: a suffixed cue after it is not theirs -----------------
CASE = (
    "Rahmat Hidayat (29) tak langsung kabur setelah menganiaya rekannya di sebuah gudang di Kuta. Kapolsek Kuta Kompol "
    'Made Sudarsana mengatakan tersangka sempat kabur ke luar pulau. "Dia kabur dengan kapal penumpang," kata '
    "Sudarsana.\n\nDi Kota Bitung, Rahmat bersembunyi di sebuah gudang ikan."
)
CAUGHT = " Rahmat akhirnya ditangkap tim gabungan pada Rabu dini hari."


def test_a_cue_after_the_narration_told_what_was_done_to_the_person_is_not_theirs():
    text = CASE + CAUGHT + '\n\n"Kami terpaksa menembak kakinya karena ia melawan," katanya.'
    assert speakers(text)[-1] == ""


def test_a_cue_after_the_person_acted_last_is_still_theirs():
    text = CASE + '\n\n"Saya takut pulang ke rumah," katanya.'
    assert speakers(text)[-1] == "Rahmat Hidayat"


# --- a private person brought in by name and age does not speak of "korban" and "tersangka" in the third person ----
def test_a_quotation_speaking_of_the_victim_and_the_suspect_is_not_the_aged_private_persons():
    text = CASE + '\n\n"Korban dipukul dari belakang oleh tersangka dengan kayu," katanya.'
    # not Rahmat's; since session 42 the police chief quoted before goes on with his account (it was left open)
    assert speakers(text)[-1] == "Made Sudarsana"


def test_someone_with_an_office_speaking_of_the_case_parties_still_takes_the_cue():
    text = (
        "Kapolsek Kuta Kompol Made Sudarsana mengatakan tersangka sempat kabur ke luar pulau.\n\n"
        "Jaksa penuntut umum Dewi Lestari kemudian membacakan dakwaan di ruang sidang."
        '\n\n"Korban dipukul dari belakang oleh tersangka dengan kayu," katanya.'
    )
    assert speakers(text)[-1] == "Dewi Lestari"


# --- the subject after a fronted clause: '"…," he said' after "On Tuesday, even after …, Hannity remained …" --------
def test_a_one_word_subject_after_a_fronted_clause_takes_the_pronoun_after_a_quotation():
    text = (
        'Building inspector Mark Dolan said the permit was never issued. "We had no record of it," Dolan said.\n\n'
        'Council member Laura Pike raised the matter at the monthly meeting. "We need answers," she said.\n\n'
        "On Friday, even after the city withdrew the notice that started the dispute, Pike remained certain that the "
        'permit existed. "I have seen the stamped copy myself," she said.'
    )
    assert speakers(text, "en")[-1] == "Laura Pike"


# --- a name read twice, whole and without its first word: the reading an attribution gave --------------------------
def test_a_given_name_alone_is_the_full_name_the_attribution_gave():
    text = (
        "Sementara itu, Ketua IPFO sekaligus Deputi Bidang Koordinasi Infrastruktur Dasar Kemenko IPK Muhammad Rachmat "
        'Kaimuddin mengatakan, IPFO lahir dari kebutuhan RI. "Investor global sebenarnya memiliki minat yang kuat," '
        "kata Rachmat."
    )
    assert speakers(text) == ["Muhammad Rachmat Kaimuddin", "Muhammad Rachmat Kaimuddin"]


# --- "X mengatakan hal ini pada webinar …": a pointer back and the occasion, no words of its own ----------------------
def test_a_cue_taking_only_a_pointer_and_the_occasion_makes_no_statement_but_names_the_speaker():
    text = (
        '"Usaha kecil harus didukung dengan data yang rapi," kata Kepala Ekonom Bank Indonesia Arif Santoso. Arif '
        "mengatakan hal ini pada webinar bertajuk “Katalog UMKM Go Digital”, Selasa. Dia menambahkan ekspor usaha "
        "kecil naik 10 persen tahun ini."
    )
    found = statements(text)
    assert [s.content[:8] for s in found] == ["Usaha ke", "ekspor u"]
    assert [s.speaker for s in found] == ["Arif Santoso", "Arif Santoso"]


def test_a_denial_of_a_pointer_stays_a_statement():
    text = (
        '"Dana desa dipakai untuk membeli mobil pribadi," kata Ketua LSM Desa Bersih Rudi Hartono. Kepala Desa Budi '
        "Santoso membantah hal tersebut saat dikonfirmasi, Selasa."
    )
    assert [s.stance for s in statements(text)] == ["assert", "deny"]


# --- "menyoroti dampak …": a cue that takes a topic, with a noun phrase for object, said no words -------------------
def test_a_topic_taken_by_a_topic_cue_is_no_statement_but_the_speaker_goes_on():
    text = (
        "Ekonom Universitas Andalas Rina Kartika menyoroti dampak jangka panjang kebijakan itu terhadap harga pangan. "
        "Dia mengatakan harga beras naik 8 persen sejak Juli."
    )
    found = statements(text)
    assert [(s.speaker, s.content[:11]) for s in found] == [("Rina Kartika", "harga beras")]


def test_a_topic_cue_with_a_clause_for_object_is_a_statement():
    text = "Ekonom Universitas Andalas Rina Kartika menyoroti bahwa harga beras naik 8 persen sejak Juli."
    assert [s.speaker for s in statements(text)] == ["Rina Kartika"]
