"""Speakers from session 58's blind reads, written again in sentences of our own (docs/extraction.md, session 58)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Dua ruas jalan ditutup sejak pukul 19.00," ungkap Divisi Pusat NYPD di X.', "Divisi Pusat NYPD"),
        ('"Berkas perkara sudah lengkap," kata Biro Pusat Hukum Pemprov Jabar.', "Biro Pusat Hukum Pemprov Jabar"),
    ],
)
def test_a_division_or_bureau_is_a_body_of_its_own(text: str, speaker: str) -> None:
    """Detik blind read (session 58, first round, item 14: "ungkap Divisi Pusat LAPD di X" named "Pusat LAPD",
    partial). A body's division or bureau opens a body's name (`[organizations] heads` += Divisi, Biro,
    Inspektorat), so no common word before another head is dropped from it."""
    assert [s.speaker for s in statements(text, "id")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "People who believe the moon landing was staged often point to the shadows in the photographs.",
        "Anyone who claims the election was stolen should read the audit.",
        "Whoever says the vaccine causes autism is lying.",
    ],
)
def test_a_kind_of_people_named_by_what_they_say_said_nothing(text: str) -> None:
    """FNC-1 claim read (session 58, first round, C24): "People who believe the Clintons are murderers often point to
    deputy White House counsel Vince Foster, …" gave "People" the claim "The Clintons are murderers often point to
    …". A relative "who" after a word for anyone at all (`[cues] generic_heads`, `generic_relative_words`) tells
    which people are meant by what they say; no one said it here, and the cue's words ran into the sentence's own
    verb: no statement (`CueContext._generic_relative`)."""
    assert statements(text, "en") == []


def test_the_sentence_verb_after_such_a_relative_keeps_its_speaker() -> None:
    """FNC-1 dump (s62c→s62d, body 1259: "Two people who say they witnessed an airstrike … told Reuters the militants
    had evacuated a local hospital …" was one statement of "say" whose words ran through "told Reuters"). The
    relative's cue says nothing; the sentence's own cue keeps the subject as its speaker, with its own words."""
    text = "Two people who say they saw the blast told the BBC the factory in Leeds had been evacuated."
    assert [(s.speaker, s.cue, s.content) for s in statements(text, "en")] == [
        ("Two people", "told", "the factory in Leeds had been evacuated")
    ]


def test_a_body_and_a_role_before_the_subject_still_open_its_sentence() -> None:
    """FNC-1 blind read (session 58, first round, item 5: "… he once told NBC" left open; Tim Cook was named "Apple CEO
    Tim Cook" before). A body's name and a role before a name open the sentence with that person as subject
    ("Nordvik founder Lars Berglund has …"), also when the run of capitals read as the name begins with the role
    ("Apple CEO Tim Cook": the run "CEO Tim Cook"), so a "he" after it may mean him (`SentenceSubjects.opens_with`)."""
    text = 'Apple CEO Tim Cook reads his email every day. "I get hundreds of emails from customers," he said.'
    assert [s.speaker for s in statements(text, "en")] == ["Tim Cook"]


def test_a_place_numbered_after_place_words_is_no_one_a_pronoun_means() -> None:
    """PFSA-ID dev (read while looking at its extras, session 58: "… menunggu di Puskesmas Kelurahan Palmerah II, …"
    then "…,” katanya" gave "Palmerah II" the quotation of the woman the paragraph was about). A place word after a
    place word names that place too (`SpeakerParser.past_places`), and a name ending in a Roman numeral after place
    words is the place's number, no royal's (`NameRegistry._read_person`)."""
    text = (
        "Rina Wulandari (35) menunggu di Puskesmas Kelurahan Kebon Jeruk II, Jakarta Barat. Dia gugup sejak pagi.\n\n"
        "Hingga sore, Rina terus menunggu giliran vaksin.\n\n"
        '"Saya sepertinya tidak makan makanan berlemak," katanya di sela waktu tunggu.'
    )
    assert [s.speaker for s in statements(text, "id")] == ["Rina Wulandari"]


def test_a_page_named_on_the_web_is_no_one_a_pronoun_means() -> None:
    """PFSA-ID dev (session 58: "… ia akses dari laman Google Arts and Culture …" then "…,” katanya" gave "Google
    Arts" a student's words). A name right after a noun of pages, works or ideas (`[speaker] page_nouns`,
    `work_nouns`, `idea_nouns`) is a thing's (`NameRegistry._a_named_thing`): left open rather than given to it."""
    text = (
        "Mahasiswa di Bandung, Dewi (22), pernah mengunjungi museum di Paris secara virtual. Pengalaman itu ia akses "
        'dari laman Louvre Online saat pandemi.\n\n"Tur virtual itu memberiku kesempatan melihat dunia luar," katanya.'
    )
    assert [s.speaker for s in statements(text, "id")] == [""]


def test_a_bus_company_is_a_company() -> None:
    """PFSA-ID dev (session 58: "PO Sinar Jaya menyiapkan tiga bus …" then "…,” jelasnya" gave the words of the man in
    charge, named before, to "Sinar Jaya" read as a person). "PO" (perusahaan otobus) opens a company's name as "PT"
    does (`[organizations] heads`, `legal_forms`)."""
    text = (
        "Andreas Simatupang, penanggung jawab PO Lintas Jaya, menjelaskan, baru dua tiket terjual sejak Senin.\n\n"
        'PO Lintas Jaya menyiapkan tiga bus ke sejumlah daerah. "Kalau kata perusahaan, meski satu penumpang, bus '
        'tetap berangkat," jelasnya.'
    )
    assert [s.speaker for s in statements(text, "id")] == ["Andreas Simatupang", "Andreas Simatupang"]


def test_merdeka_continues_a_body_or_place_name() -> None:
    """PFSA-ID dev (session 58: "Juru Bicara Tentara Pembebasan Nasional Organisasi Papua Merdeka Sebby Sambom" named
    "Merdeka Sebby Sambom"). "Merdeka" continues the name before it ("Papua Merdeka", "Istana Merdeka":
    `[organizations] place_continuations`)."""
    text = (
        "Juru Bicara Organisasi Papua Merdeka Yonas Wenda mengatakan pihaknya bertanggung jawab atas penyerangan itu."
    )
    assert [s.speaker for s in statements(text, "id")] == ["Yonas Wenda"]


def test_a_persons_campaign_does_not_keep_the_family_name_short() -> None:
    """PolNeAR test blind read (session 58, second round, item 15: "a smiling Clinton said" named "Clinton", partial,
    in an article that names Hillary Clinton in full and writes "The Clinton campaign says …"). A fuller name ending
    in a common noun ("Clinton campaign", "Obama administration") is a person's body, not a thing named after the
    short name that would leave it unsettled (`NameRegistry._names`): the one full name is meant."""
    text = (
        "Maria Lopez aimed high on Sunday in the final days of her campaign. The Lopez campaign says it is focusing "
        "on the West.\n\n“Tonight, I want to hear you roar,” a smiling Lopez said before introducing the band."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Lopez campaign", "Maria Lopez"]


def test_two_full_names_and_a_campaign_leave_the_family_name_as_written() -> None:
    """Guard: with two people of the family named in full, which one "Lopez" means the text does not settle."""
    text = (
        "Maria Lopez and her husband Carlos Lopez voted early. The Lopez campaign says it is focusing on the West.\n\n"
        "“Tonight, I want to hear you roar,” Lopez said."
    )
    assert [s.speaker for s in statements(text, "en")] == ["Lopez campaign", "Lopez"]


@pytest.mark.parametrize(
    "text",
    [
        "Rudi Hartono menjalani pemeriksaan di Polda Jawa Barat terkait kasus tudingan ijazah palsu Budi Santoso. Dia "
        "mengingatkan agar pasal UU ITE tidak sembarangan digunakan dalam kasus ini.",
        "Ketua DPRD Jabar Rudi Hartono menanggapi aksi para bupati yang mendatangi kantor Kementerian Keuangan soal "
        "pemangkasan Dana Desa Bersama. Menurutnya, keberatan para bupati tersebut sangat beralasan.",
    ],
)
def test_a_pronoun_opening_the_next_sentence_goes_on_with_the_subject(text: str) -> None:
    """Detik blind read (session 58, third round, item 28: "Roy Suryo menjalani pemeriksaan … terkait kasus tudingan
    ijazah palsu Joko Widodo (Jokowi). Dia mengingatkan …" gave Jokowi Roy Suryo's warning, a wrong speaker). A
    pronoun opening the sentence right after one whose subject is a person named in full goes on with that subject,
    not with a name that only possesses a noun in lower case inside it (`NameRegistry._subject_over_possessor`)."""
    assert [s.speaker for s in statements(text, "id")] == ["Rudi Hartono"]


def test_a_station_by_its_call_letters_and_city_is_no_person() -> None:
    """FNC-1 blind read (session 58, third round, item 16: "…, KMOV St. Louis reported" named "St. Louis", a place,
    a wrong speaker). Read as a person, the call letters went to the role and the city stayed as the name; an acronym
    before a place the gazetteer knows is a station by its call letters and its city (`NameTrims.name_at_end`)."""
    from claimtrack.extract import extractor
    from claimtrack.extract.speakers import Speaker

    trims = extractor("en").trims
    named = trims.name_at_end(Speaker("KXTV San Diego", "KXTV San Diego", kind="person"), None)
    assert (named.name, named.kind) == ("KXTV San Diego", "organization")


def test_a_word_standing_only_inside_a_bodys_name_opens_no_persons() -> None:
    """FNC-1 claim reads (session 57, sixth, and session 58, third round, C25: "People With Money reports on Sunday
    that Nishikori is …" named "With Money"). "People" went to the role and "With Money" was kept as a name; a
    capitalised word that stands only inside a body's name (`[organizations] inner_words` += with, without) opens no
    person's name: the whole is the body's title (`NameTrims.name_at_end`)."""
    text = "Rich People With Cars reports on Sunday that Nadal is the highest-paid tennis player in the world."
    assert [s.speaker for s in statements(text, "en")] == ["Rich People With Cars"]


def test_doctors_without_borders_is_one_body() -> None:
    """The same rule: "Doctors Without Borders said …" was "Without Borders"."""
    assert [s.speaker for s in statements("Doctors Without Borders said 40 patients died in Aden.", "en")] == [
        "Doctors Without Borders"
    ]


def test_keeping_a_low_profile_is_saying_nothing() -> None:
    """FNC-1 claim read (session 58, third round, C30: "He maintained a low profile for months as ISIS … rose to
    global infamy" gave Baghdadi the claim "A low profile for months as …"). "Maintain a low profile" is an idiom,
    keeping out of sight (`[cues] idiom_objects`, now read as phrases too): no statement."""
    text = "Omar Haddad was named leader in 2010. He maintained a low profile for months as the group rose to infamy."
    assert statements(text, "en") == []


def test_a_region_is_where_reports_came_from_not_who_made_them() -> None:
    """FNC-1 claim read (session 58, third round, C18: "…, according to media reports from the West Coast" named
    "West Coast"). A run ending in a noun of the land (`[organizations] place_endings`: Coast, Valley, Peninsula, …)
    is a region (`SpeakerParser.is_place`): the reports from there speak, as "reports from Ohio" do."""
    text = "A snake bit a boy on a ferry to Vancouver on Sunday, according to media reports from the Gold Coast."
    assert [s.speaker for s in statements(text, "en")] == ["media reports from the Gold Coast"]


def test_what_was_said_in_an_opening_clause_ends_with_the_clause() -> None:
    """PolNeAR test blind read (session 58, fourth round, item 3: "When top Bill Clinton aide Douglas Band wrote the
    memo, he was a central player at the Clinton Foundation …" gave Band the writer's narration, a wrong statement;
    on the dumps also "When North Korea claimed to have launched a ballistic missile …, there was much derision …").
    A cue inside the clause a subordinator opens the sentence with says only what stands before that clause's comma
    (`Extractor._within_opening_clause`); a thing named and no more is no statement."""
    text = "When Senator Ruth Alvarez claimed to have found the missing files in May, there was much doubt in Salem."
    assert [(s.speaker, s.content) for s in statements(text, "en")] == [
        ("Ruth Alvarez", "to have found the missing files in May")
    ]
    assert statements("When top aide Dana Fuller wrote the memo, she was a partner at the Hale Foundation.", "en") == []


def test_as_someone_reported_attributes_the_sentence() -> None:
    """Guard: "As X reported, …" attributes the clause after it, which is what was said."""
    text = "As the Boston Globe reported, the Hale Foundation paid $2 million to Dana Fuller's firm in 2012."
    assert [(s.speaker, s.content) for s in statements(text, "en")] == [
        ("Boston Globe", "the Hale Foundation paid $2 million to Dana Fuller's firm in 2012")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Harlan shunned her in the office afterward, denying her assignments for a month.",
        "The embassy in Lima denied him a visa in 2019.",
    ],
)
def test_denying_someone_something_is_no_denial(text: str) -> None:
    """PolNeAR test blind read (session 58, fifth round, item 11: "… shunned her in the office afterward, denying her
    assignments" was a denial by Taylor Hirth, a wrong statement). "Deny" with a person as object and a thing after
    them keeps the thing from the person (`[cues] withholding_cues`, `CueContext._withheld_from`): nothing said."""
    assert [s.cue for s in statements(text, "en")] == []


def test_denying_her_claims_is_a_denial() -> None:
    """Guard: a thing said after the pronoun ("her claims") is what was denied."""
    assert [s.cue for s in statements("The mayor denied her claims that the audit was hidden.", "en")] == ["denied"]


def test_asserting_more_control_is_taking_power() -> None:
    """FNC-1 blind read (session 58, sixth round, item 11: "Beijing has asserted more control in the city in recent
    months" was a statement of China's, a wrong speaker: nothing said). Power taken or held after a cue is an act
    (`[cues] idiom_objects`: "more control", "greater control", …); not "control" alone, which may open what was
    said."""
    assert statements("Beijing has asserted more control in Macau in recent months.", "en") == []
    assert [s.content for s in statements("Senator Ruth Alvarez said control of Congress will be crucial.", "en")] == [
        "control of Congress will be crucial"
    ]


@pytest.mark.parametrize("name", ["Andrew White", "Betty White"])
def test_white_is_a_surname_not_a_role_word(name: str) -> None:
    """FNC-1 blind read (session 58, sixth round, item 20, and its article: "Canon Andrew White, a priest …"). Every
    word of every title was a role word, and "White House Press Secretary" made one of "white", so "Andrew White, a
    farmer, said …" was the farmer's. A title's words that name a body the gazetteer knows ("White House") are no
    role words (`SpeakerWords._without_bodies`)."""
    text = f"{name}, a farmer in Kent, said the militants were near."
    assert [s.speaker for s in statements(text, "en")] == [name]


def test_a_body_opening_a_sentence_is_not_an_adverb_to_drop() -> None:
    """Guard: with "white" no role word, "White House Press Secretary Dana Perino could not confirm …" opening a
    sentence keeps its first word (a body the gazetteer knows, `NameRegistry._read`), so "She noted …" is hers."""
    text = (
        "Several officials have said they were working to free him.\n\n"
        "White House Press Secretary Dana Perino could not confirm the reports on Tuesday. She noted the "
        "administration was monitoring his situation."
    )
    assert [s.speaker for s in statements(text, "en")] == ["officials", "Dana Perino"]
