"""Rules from session 28's look at the misses left by session 27's blind checks: "the president" where the article
has had more than one names no one in particular (FNC-1's Kirchner article gave "She tweeted …" to Juan Domingo
Perón), and a cue word counted by a number is a noun ("two states without which …")."""

from __future__ import annotations

from tests.extract.helpers import said_by, statements


def speakers(text: str, language: str = "en") -> list[tuple[str, str]]:
    return said_by(text, language)  # (this file's texts are English unless said)


KIRCHNER = (
    'Cristina Kirchner, the president of Argentina, has "adopted" a Jewish boy.\n\n'
    "In 1907 Jose Figueroa Alcorta, then-president of Argentina, became the godfather of a seventh son.\n\n"
    "In 1973 President Juan Domingo Perón formalised the tradition of presidents becoming godparents.\n\n"
    "And just before Christmas, Mrs Kirchner met with Yair.\n\n"
    'The president in her tweets described to her followers a "magical moment" with a "marvellous family." '
    'She described Yair as "a total sweety."'
)


def test_the_president_names_no_one_where_the_article_has_had_several():
    # three presidents: by apposition after a name, "then-" before the role, a title before the name
    found = speakers(KIRCHNER)
    assert found and all(speaker != "Juan Domingo Perón" for speaker, _ in found)
    assert ("president", "president") in found


def test_the_president_is_still_the_one_holder_and_one_person_written_twice_is_one():
    text = (
        "President Juan Domingo Perón formalised the tradition in 1973.\n\n"
        "The president said the law would protect every seventh son in Argentina from the old superstition."
    )
    assert speakers(text) == [("Juan Domingo Perón", "president")]
    text = (
        "Cristina Kirchner, the president of Argentina, met Yair Tawil in December.\n\n"
        "President Kirchner greeted the family at the palace.\n\n"
        "The president said the family was very special and would be welcome at any time."
    )
    assert speakers(text)[-1] == ("Cristina Kirchner", "president")


def test_an_office_set_off_after_a_name_makes_no_holder_of_a_description():
    # "…, the rally denounced …": no role of a person ("rally" is no title), so the rally stays the rally
    text = (
        "Led by Council Speaker Melissa Mark-Viverito, the rally denounced the call for a total shutdown of "
        "Muslims entering the United States."
    )
    assert ("Melissa Mark-Viverito", "rally") not in speakers(text)


def test_a_cue_word_counted_by_a_number_is_a_noun():
    text = (
        "Mrs. Clinton will return to North Carolina for an event with Michelle Obama, the first lady, in a bid to "
        "lock down two states without which Mr. Trump has no realistic route to the White House."
    )
    assert statements(text, "en") == []
    assert [
        s.cue
        for s in statements("Eight states, with 83 electoral votes, have split control of their legislatures.", "en")
    ] == []
    # a number set off by commas is no count: an age, a year
    assert speakers("Jasmine Tridevil, 21, claims she paid $20,000 for the surgery in Tampa last year.") == [
        ("Jasmine Tridevil", "Jasmine Tridevil")
    ]
    assert speakers(
        "She has become godmother to 700 children since she took office in 2007, reports The Guardian."
    ) == [("Guardian", "Guardian")]


# --- FNC-1 seed 2559 (drawn at 60ffa3f) ------------------------------------------------------------------------------
def test_a_plural_cue_word_after_to_is_a_noun():
    # "to" takes a verb's bare form ("to claim"): "led to claims that …" reports claims, and the image made none
    text = (
        "This image of Whitstable harbour from above led to claims that a giant crab could be living in the waters "
        "off the Kent coast."
    )
    assert statements(text, "en") == []
    assert [s.cue for s in statements("The senator pointed to reports that the vote had been rigged.", "en")] == [
        "pointed to"
    ]  # the senator's pointing, not "reports" said by "the senator pointed to"


def test_an_adverb_of_addition_before_the_cue_is_no_part_of_the_speaker():
    text = (
        "Head of the committee Hakem al-Zameli said the group was harvesting organs. "
        "The Iraqi lawmaker further noted that doctors had been killed in Mosul."
    )
    assert speakers(text)[-1] == ("Iraqi lawmaker", "Iraqi lawmaker")


def test_the_noun_heading_a_body_named_before_is_that_body():
    # "The society" after "The Humane Society of Tampa Bay" (its name goes on after the noun with "of"), "The clinic"
    # after a sentence that opens with "The Yorkville Endoscopy Clinic" (the article is no part of the name)
    text = (
        "Sam the cat was found at a pet shop in Tampa. The Humane Society of Tampa Bay released a statement on "
        "Monday. The society believes he will be at home recovering soon."
    )
    assert speakers(text) == [("Humane Society of Tampa Bay", "society")]
    text = (
        "Joan Rivers was treated in Manhattan last week. The Yorkville Endoscopy Clinic released a statement on "
        "Monday. The clinic said the doctor was not affiliated with it."
    )
    assert speakers(text) == [("Yorkville Endoscopy Clinic", "clinic")]
    # a weekday after the name is no part of it
    text = (
        "Millions of workers are owed overtime. The Labor Department on Wednesday released new rules. "
        "The department said nearly nine million more workers should be eligible."
    )
    assert speakers(text) == [("Labor Department", "department")]


def test_whose_role_it_is_before_the_role_and_the_name_keeps_the_name_the_subject():
    # "Fox pundit Sean Hannity devoted segments …" makes him the one "he" means in the quotation that follows;
    # "correspondent" is a press title written before or after a name
    text = (
        "On his 10 pm show, Fox pundit Sean Hannity devoted segments to the story on Tuesday and Friday. "
        "“I'm not backing off asking questions,” he said on Friday night."
    )
    assert speakers(text) == [("Sean Hannity", "he")]
    text = (
        "Park Sung-jin, Paris correspondent for Yonhap, South Korea’s biggest news agency which broke the story, "
        "said: “Since the 1980s, when the regime changes, relatives studying abroad are brought home.”"
    )
    assert speakers(text)[0][0] == "Park Sung-jin"


# --- Detik seed 2560 (drawn at c34733c) -------------------------------------------------------------------------------
def test_an_institutional_pronoun_does_not_reach_over_a_person_to_a_body_quoted_before():
    # "Pihaknya" right after Emma Rachmawati spoke is her office's, not the school quoted before her; where her role
    # names the body quoted before, it is that body's
    text = (
        "Pihak SMAN 11 Semarang membenarkan Chiko meminta maaf di sekolahan. Kepala DP3AP2KB Jateng Emma Rachmawati "
        "menjelaskan, hasil audiensi lebih banyak membahas langkah awal. Pihaknya meminta para siswa membantu "
        "mendorong para korban agar berani melapor."
    )
    assert speakers(text, "id") == [
        ("SMAN 11 Semarang", "Pihak SMAN 11 Semarang"),
        ("Emma Rachmawati", "Kepala DP3AP2KB Jateng Emma Rachmawati"),
        ("", "Pihaknya"),
    ]
    text = (
        "Muhammadiyah menyampaikan usulan sistem pemilu kepada DPR pekan ini. Ketua LHKP PP Muhammadiyah Ridho Al "
        "Hamdi menilai sistem terbuka lebih baik dari sistem tertutup. Sebab itu, pihaknya pun mengusulkan sistem "
        "proporsional daftar moderat sebagai jalan tengah."
    )
    assert speakers(text, "id")[-1] == ("Muhammadiyah", "pihaknya")


def test_a_units_acronym_and_number_before_a_known_place_name_the_unit():
    # "SMAN 11 Semarang" is the school (not the city); "Guru SMAN 3 Malang" a teacher there, no one named
    assert speakers("SMAN 11 Semarang membenarkan Chiko sudah meminta maaf kepada para korban di sekolah.", "id") == [
        ("SMAN 11 Semarang", "SMAN 11 Semarang")
    ]
    found = speakers("Guru SMAN 3 Malang mengatakan para siswa sudah kembali belajar seperti biasa sejak Senin.", "id")
    assert found and found[0][0] != "Malang"


def test_institutions_before_a_name_are_no_part_of_it():
    # the regional civil-service police heads an institution's name as "Polres" does; Bappenas is a known body
    assert speakers(
        "Satpol PP Kabupaten Pasuruan menyebut pemilik toko minuman keras di Pandaan melanggar Peraturan Daerah.", "id"
    ) == [("Satpol PP Kabupaten Pasuruan", "Satpol PP Kabupaten Pasuruan")]
    assert speakers(
        "Menurut Kepala Bappenas Suharso Monoarfa, nama tersebut disetujui Jokowi pada 14 Januari 2022.", "id"
    ) == [("Suharso Monoarfa", "Kepala Bappenas Suharso Monoarfa")]


# --- FNC-1 seed 2561 (drawn at c34733c) ------------------------------------------------------------------------------
def test_a_kin_description_is_the_one_person_named_so_before():
    # "the boy's father" after "His father, Jason Steward, …"; with two fathers named, no one; "His lawyer" (whose
    # lawyer the sentence says) is not the lawyer named before for someone else
    text = (
        "Aiden Steward was suspended from school last week. His father, Jason Steward, said the boy was only playing "
        "a game with his friends. The principal did not comment on the case. The boy's father told the newspaper "
        "that his son lacks magical powers."
    )
    assert speakers(text)[-1] == ("Jason Steward", "boy's father")
    text = (
        "Two families spoke on Monday. His father, Jason Steward, said the boy was fine. Her father, Mark Lee, said "
        "the girl was upset. The father said they would sue the school."
    )
    assert speakers(text)[-1] == ("father", "father")
    text = (
        "Clinton lawyer Cheryl Mills attended the interview. The panel held Pagliano in contempt on Thursday. "
        "His lawyer said he would not answer questions."
    )
    assert speakers(text)[-1] == ("lawyer", "His lawyer")


# --- FNC-1 seed 2563, Detik seed 2562 (drawn at 067f7b9) -----------------------------------------------------------
def test_he_or_she_never_means_a_person_the_article_names_as_the_other_sex():
    # "his former fiancée Crystal Harris": "he wrote" is not hers (Hugh Hefner's, whom the text leaves to "he" here)
    text = (
        "Hugh Hefner has been in the papers of late for his very public break up with his former fiancée Crystal "
        "Harris. Harris cites infidelity on his part as the reason for the split.\n\n"
        "After he confirmed that he was still alive, he wrote: 'The guys and I watched an early edit tonight.'"
    )
    assert [speaker for speaker, _ in speakers(text)][-1] != "Crystal Harris"
    # "Ms. Schifano recalled …. He knew …": not her; the family name counts where no one else in the article bears it
    text = (
        "Annamaria Schifano, a family friend, spoke on Monday. Ms. Schifano recalled that the last time she saw "
        "Freddy he looked gaunt. He said he knew his drinking presented a danger to his passengers."
    )
    assert all(speaker != "Annamaria Schifano" for speaker, mention in speakers(text) if mention == "He")


def test_a_person_brought_in_as_saying_the_same_leaves_a_later_suffixed_cue_open_when_others_are_named_after():
    # "Hal senada disampaikan … Mustika Aji Jaya Binangun. Ia bersaksi bahwa Dominikus …. '…,' paparnya": not Mia,
    # who spoke before him
    text = (
        "Mia menegaskan kepada Rika bahwa dirinya siap menjadi justice collaborator. "
        '"Siap jadi justice collaborator," tegasnya.\n\n'
        "Hal senada disampaikan Direktur PT Prima Global Baverindo (PGB) Mustika Aji Jaya Binangun. Ia bersaksi "
        "bahwa Dominikus sudah bukan pegawai PT PGB.\n\n"
        '"PT PGB legalitasnya ada semua, perusahaan memiliki izin yang lengkap," paparnya.'
    )
    assert speakers(text, "id")[-1] != ("Mia", "paparnya")


def test_words_of_a_department_after_a_title_stay_in_the_role():
    text = (
        "Director of Strategic Communications Hope Hicks said the president would make a decision on the Paris "
        "agreement this week."
    )
    assert speakers(text) == [("Hope Hicks", "Director of Strategic Communications Hope Hicks")]


def test_an_acronym_speaker_is_the_one_person_whose_initials_it_is():
    # "kata STY" after "Shin Tae-yong berbicara …" (an initial for each part of "Tae-yong"); a body's acronym stays
    text = (
        "Shin Tae-yong berbicara blak-blakan terkait ketertarikannya kembali menjadi pelatih Timnas Indonesia. "
        '"Kalau nanti ada tawaran, tentu saya akan pertimbangkan," kata STY dalam wawancara, Rabu (22/10/2025).'
    )
    assert speakers(text, "id") == [("Shin Tae-yong", "STY")]
    assert speakers("Badan Pusat Statistik merilis data kemiskinan. BPS mencatat angka kemiskinan turun.", "id") == [
        ("BPS", "BPS")
    ]
    # a name met only inside a phrase is no one's the acronym could be ("Black Lives Matter")
    text = "Protesters from Black Lives Matter marched on Monday. Alongside BLM, activists said the police must change."
    assert all(speaker != "Black Lives Matter" for speaker, _ in speakers(text))


# --- Detik seed 2566 (drawn at b7b310e) -------------------------------------------------------------------------------
def test_a_dictionary_word_opening_a_sentence_is_no_first_name_of_one_the_article_writes_alone():
    # "Kisruh Ashanty dengan …" (the dispute of Ashanty) where the article writes "ujar Ashanty": she is "Ashanty"
    text = (
        "Kisruh Ashanty dengan mantan karyawannya masih berlanjut. Ashanty menyebut laporan itu tidak benar. "
        '"Kami akan hadapi," ujar Ashanty di kawasan Jakarta Selatan.'
    )
    assert {speaker for speaker, _ in speakers(text, "id")} == {"Ashanty"}


def test_the_body_a_role_names_is_named_by_whole_words():
    # "Kabid Humas …" names no "BI" though it holds the letters: "Pihaknya" after the officer is not Bank Indonesia's
    text = (
        "BI menyatakan inflasi tetap terkendali pada kisaran sasaran. Kabid Humas Polda Jabar Kombes Hendra Rochmawan "
        "mengatakan situasi di Bandung aman. Pihaknya meminta warga tetap tenang."
    )
    assert speakers(text, "id")[-1] == ("", "Pihaknya")


# --- Detik seed 2568 (drawn at 3f9f108) -------------------------------------------------------------------------------
def test_a_known_directorate_before_a_name_is_the_role():
    # "Ditjen Dikti Khairul" (seen in sessions 26 to 28): the directorate general, then his name
    text = (
        "Ditjen Dikti Khairul meyakini pihak kampus akan transparan dalam menangani kasus itu. "
        '"Kami akan pantau terus," ujar Khairul saat dihubungi detikcom.'
    )
    assert speakers(text, "id") == [("Khairul", "Ditjen Dikti Khairul"), ("Khairul", "Khairul")]
