"""Frames: which attribution frame fits a sentence, in Indonesian and English, and several in one sentence."""

from __future__ import annotations

import pytest

from tests.extract.helpers import only, run, statements


def said(text: str, language: str = "id") -> list[tuple[str, str, str]]:
    return [(s.speaker, s.content, s.quote) for s in statements(text, language)]


# --- "…," kata X / "…," X said ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Kami akan menurunkan harga beras bulan depan," kata Menteri Perdagangan Budi Santoso.', "id"),
        ("“Kami akan menurunkan harga beras bulan depan,” ujar Menteri Perdagangan Budi Santoso.", "id"),
        ('"We will cut rice prices next month," Trade Minister Budi Santoso said.', "en"),
        ('"We will cut rice prices next month," said Trade Minister Budi Santoso.', "en"),
    ],
)
def test_quote_then_cue_and_speaker(text, language):
    statement = only(text, language)
    assert statement.speaker == "Budi Santoso"
    assert statement.speaker_role in ("Menteri Perdagangan", "Trade Minister")
    assert statement.quote == "direct"
    assert statement.content in ("Kami akan menurunkan harga beras bulan depan", "We will cut rice prices next month")


# --- X mengatakan (bahwa) … / X said (that) … ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "Budi Santoso mengatakan bahwa harga beras akan turun bulan depan.",
            "id",
            "harga beras akan turun bulan depan",
        ),
        ("Budi Santoso mengatakan harga beras akan turun bulan depan.", "id", "harga beras akan turun bulan depan"),
        ("Budi Santoso said that rice prices would fall next month.", "en", "rice prices would fall next month"),
        ("Budi Santoso told reporters on Monday that rice prices would fall.", "en", "rice prices would fall"),
    ],
)
def test_speaker_cue_content(text, language, content):
    statement = only(text, language)
    assert (statement.speaker, statement.content, statement.quote) == ("Budi Santoso", content, "indirect")


# --- Menurut X, … / …, menurut X / According to X, … -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Menurut Budi Santoso, harga beras akan turun bulan depan.", "id"),
        ("Harga beras akan turun bulan depan, menurut Budi Santoso.", "id"),
        ("According to Budi Santoso, rice prices will fall next month.", "en"),
        ("Rice prices will fall next month, according to Budi Santoso.", "en"),
    ],
)
def test_according_to(text, language):
    statement = only(text, language)
    assert statement.speaker == "Budi Santoso"
    assert statement.content.casefold() in ("harga beras akan turun bulan depan", "rice prices will fall next month")


# --- trailing indirect …, kata X. / …, X said. ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # the object of an accusation or a citation is no speaker: only verbs of saying invert
        "The lawsuit, filed in March, accused the company of fraud.",
        "The post, shared more than 40,000 times on Facebook, cited an unnamed minister.",
        "The woman, who has not been named, called the fire department.",
    ],
)
def test_only_verbs_of_saying_put_their_speaker_after_them(text):
    assert said(text, "en") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not back down," said Smith.', "Smith"),
        ("Inflation slowed again in October, reports the Guardian.", "Guardian"),
        ('"Tidak ada rencana itu," kata Lavrov.', "Sergei Lavrov"),  # (the gazetteer's full name)
    ],
)
def test_a_verb_of_saying_may_put_its_speaker_after_it(text, speaker):
    language = "id" if "kata" in text else "en"
    assert [found[0] for found in said(text, language)] == [speaker]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Harga beras akan turun bulan depan, kata Budi Santoso.", "id"),
        ("Harga beras akan turun bulan depan, ujar Budi Santoso kepada wartawan.", "id"),
        ("Rice prices will fall next month, Budi Santoso said.", "en"),
        ("Rice prices will fall next month, said Budi Santoso.", "en"),
    ],
)
def test_content_then_attribution(text, language):
    statement = only(text, language)
    assert statement.speaker == "Budi Santoso"
    assert statement.quote == "indirect"
    assert statement.content in ("Harga beras akan turun bulan depan", "Rice prices will fall next month")


def test_an_attribution_set_inside_the_sentence_takes_what_follows():
    statement = only(
        "During his years in office, Mr. Obama said, a majority of Americans came to accept climate science.", "en"
    )
    assert statement.speaker == "Obama"
    assert statement.content == "a majority of Americans came to accept climate science"


# --- an attribution between commas inside what was said: the sentence around it is the claim ---------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker", "claim"),
    [
        (
            "Harga beras, kata Budi Santoso, naik 10 persen sejak Maret.",
            "id",
            "Budi Santoso",
            "Harga beras naik 10 persen sejak Maret",
        ),
        (
            "Per 31 Agustus 2025, menurut Tempo, sedikitnya tujuh orang tewas dalam rangkaian protes.",
            "id",
            "Tempo",
            "Per 31 Agustus 2025 sedikitnya tujuh orang tewas dalam rangkaian protes",
        ),
        ("Polri, lanjut Fadil, tak boleh gegabah.", "id", "Fadil", "Polri tak boleh gegabah"),
        (
            "The economy, the minister said, grew by 5 percent last year.",
            "en",
            "minister",
            "The economy grew by 5 percent last year",
        ),
        (
            "Prices, said union leader John Smith, doubled since March.",
            "en",
            "John Smith",
            "Prices doubled since March",
        ),
    ],
)
def test_an_attribution_inside_the_sentence_leaves_the_sentence_around_it(text, language, speaker, claim):
    statement = only(text, language)
    assert statement.speaker == speaker
    assert statement.content == text.rstrip(".")  # the exact words, the attribution with them
    assert [p.text for p in statement.propositions] == [claim]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        ("Namun, kata Budi Santoso, harga beras naik 10 persen.", "id", "harga beras naik 10 persen"),
        (
            "Dihubungi terpisah, Budi Santoso menuturkan, harga beras naik 10 persen.",
            "id",
            "harga beras naik 10 persen",
        ),
        ("However, Budi Santoso said, rice prices rose by 10 percent.", "en", "rice prices rose by 10 percent"),
        (
            "Dikutip dari Antara, menurut Budi Santoso, harga beras naik 10 persen.",  # the outlet that relayed it
            "id",
            "harga beras naik 10 persen",
        ),
    ],
)
def test_after_a_connective_or_circumstance_what_follows_the_attribution_was_said(text, language, content):
    statement = only(text, language)
    assert (statement.speaker, statement.content) == ("Budi Santoso", content)


@pytest.mark.parametrize(
    "text",
    [
        "Harga beras naik 10 persen, kata Budi Santoso, Kamis (12/3).",  # circumstance after it
        "Harga beras naik 10 persen, kata Budi Santoso, yang juga Ketua Umum Apindo.",  # a relative clause
    ],
)
def test_what_follows_the_second_comma_may_only_describe_the_attribution(text):
    assert only(text).content == "Harga beras naik 10 persen"


def test_a_name_set_off_after_the_role_following_menurut_speaks():
    statement = only("Menurut Kepala Dinas Tenaga Kerja Garut, Muksin, saat ini Dini dalam keadaan sehat.")
    assert (statement.speaker, statement.content) == ("Muksin", "saat ini Dini dalam keadaan sehat")
    # with no comma after it, the name is who the statement is about
    statement = only("Menurut jaksa, Sri saat itu menagih utang ke Suhendra.")
    assert (statement.speaker, statement.content) == ("jaksa", "Sri saat itu menagih utang ke Suhendra")


# --- denials ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Budi Santoso membantah bahwa harga beras naik.", "id", "Budi Santoso"),
        ("Kementerian Perdagangan menepis kabar kenaikan harga beras.", "id", "Kementerian Perdagangan"),
        ("The minister denied that rice prices had risen.", "en", "minister"),
        ("The ministry dismissed the report as fabricated.", "en", "ministry"),
    ],
)
def test_denials(text, language, speaker):
    statement = only(text, language)
    assert (statement.speaker, statement.stance) == (speaker, "deny")


# --- circulating claims with no named speaker -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        ("Beredar klaim bahwa vaksin mengandung cip pelacak.", "id", "vaksin mengandung cip pelacak"),
        (
            "Sebuah unggahan di WhatsApp menyebutkan vaksin mengandung cip pelacak.",
            "id",
            "vaksin mengandung cip pelacak",
        ),
        (
            "A viral video claimed that the vaccine contains a tracking chip.",
            "en",
            "the vaccine contains a tracking chip",
        ),
        ("It was claimed that the vaccine contains a tracking chip.", "en", "the vaccine contains a tracking chip"),
    ],
)
def test_circulating_claims_are_attributed_to_what_spread_them(text, language, content):
    statement = only(text, language)
    assert (statement.speaker_kind, statement.content) == ("circulating", content)


@pytest.mark.parametrize(
    ("text", "language", "claimed", "verdict"),
    [
        (
            "A viral post claiming that the vaccine causes infertility is false, the Health Department said.",
            "en",
            "the vaccine causes infertility",
            "A viral post claiming that the vaccine causes infertility is false",
        ),
        (
            # (a sentence's first word is capitalised: "Unggahan" is still what spread the claim, no one's name)
            "Unggahan yang menyebut vaksin menyebabkan kemandulan adalah hoaks, kata Kementerian Kesehatan.",
            "id",
            "vaksin menyebabkan kemandulan",
            "Unggahan yang menyebut vaksin menyebabkan kemandulan adalah hoaks",
        ),
        (
            "Kabar yang menyebut vaksin menyebabkan kemandulan adalah hoaks, kata Kementerian Kesehatan.",
            "id",
            "vaksin menyebabkan kemandulan",
            "Kabar yang menyebut vaksin menyebabkan kemandulan adalah hoaks",
        ),
    ],
)
def test_a_verdict_on_a_reported_claim_is_the_deniers_not_part_of_the_claim(text, language, claimed, verdict):
    # the noun phrase "a post claiming that P" is what the verdict is said of: the post claimed P, the denier denies it
    found = {s.content: (s.stance, s.speaker_kind) for s in statements(text, language)}
    assert found[verdict] == ("deny", "organization")
    assert found[claimed][0] == "assert" and len(found) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A viral post claiming that the vaccine causes infertility is false, the Health Department said.", "en"),
        ("Unggahan yang menyebut vaksin menyebabkan kemandulan adalah hoaks, kata Kementerian Kesehatan.", "id"),
    ],
)
def test_the_denier_contradicts_what_the_post_claimed(text, language):
    extraction = run(text, language)
    by_id = {s.id: s for s in extraction.statements}
    assert [
        (by_id[link.source].stance, by_id[link.target].speaker_kind, link.relation) for link in extraction.links
    ] == [("deny", "circulating", "contradicts")]


def test_a_verdict_in_what_someone_claimed_stays_theirs():
    # a finite "claimed that", not a noun phrase: "is false" is part of what Trump said
    text = "Trump claimed that the report is false, White House spokesman Josh Earnest said."
    found = {s.speaker: s.content for s in statements(text, "en")}
    assert found.get("Trump") == "the report is false"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "the US claims" is the subject of "were untrue": the US claimed the clause, the verdict is the commander's
        (
            "In October, a high-ranking Iranian commander also slammed the US for providing aid supplies to ISIL, "
            "adding that the US claims that the weapons were mistakenly airdropped to ISIL were untrue.",
            "the weapons were mistakenly airdropped to ISIL",
        ),
        # no clause before the verdict: "claims" is the verb, and the verdict what Trump claims
        ("Trump claims that the report is false.", "the report is false"),
        # a relative before the verdict: which clause it closes, the words do not show
        ("Smith claims that the report which was published on Monday is false.", None),
    ],
)
def test_a_cue_that_is_also_a_plural_noun_before_a_clause_and_a_verdict_claimed_the_clause(text, content):
    (found,) = [s for s in statements(text, "en") if s.cue == "claims"]
    if content is None:
        assert found.content.endswith("is false")
    else:
        assert found.content == content


def test_something_spreading_is_not_a_claim():
    assert statements("Video itu beredar luas di media sosial sejak Senin.") == []


# --- several attributions in one sentence -----------------------------------------------------------------------
def test_a_participle_carries_the_speaker_on():
    found = said(
        "“We cannot afford this anymore,” Trump said, adding that NATO was costing the country a fortune.", "en"
    )
    assert found == [
        ("Trump", "We cannot afford this anymore", "direct"),
        ("Trump", "NATO was costing the country a fortune", "indirect"),
    ]


def test_but_he_said_is_a_second_attribution_and_ends_the_first():
    found = said(
        "Ed Rendell agreed that the rules should be modernized, but he said that the debate should wait.", "en"
    )
    assert found == [
        ("Ed Rendell", "the rules should be modernized", "indirect"),
        ("Ed Rendell", "the debate should wait", "indirect"),
    ]


def test_a_relative_who_after_the_speaker():
    found = said("“It is a fair plan,” said Mr. Kamin, who stressed that small firms would gain most.", "en")
    assert [s[1] for s in found] == ["It is a fair plan", "small firms would gain most"]
    assert {s[0] for s in found} == {"Kamin"}


# --- other forms ------------------------------------------------------------------------------------------------
def test_a_quotation_signed_with_a_dash():
    found = said("“Trump scares me. His words make me afraid for our future.” ― Krystal Correa", "en")
    assert found == [("Krystal Correa", "Trump scares me. His words make me afraid for our future", "direct")]


def test_a_transcript_turn_in_capitals():
    found = said(
        "Partial transcript of Chris Wallace's interview with Mike Pence follows.\n\n"
        "WALLACE: Will she be at the debate tomorrow night?\n\n"
        "PENCE: She will not be attending. The campaign was only mocking an invitation.",
        "en",
    )
    assert [s[0] for s in found] == ["WALLACE", "PENCE"]
    assert found[1][1] == "She will not be attending. The campaign was only mocking an invitation"
    # nobody named: the labels take turns
    turns = said(
        "Partial transcript follows.\n\nQUIJANO: Will she be at the debate?\n\nKAINE: She will not be there.\n\n"
        "QUIJANO: Why not tomorrow night?\n\nKAINE: The campaign was only mocking an invitation.",
        "en",
    )
    assert [s[0] for s in turns] == ["QUIJANO", "KAINE", "QUIJANO", "KAINE"]


def test_a_kicker_or_a_section_label_in_capitals_is_no_speaker():
    text = (
        "Comedian Joan Rivers died on Thursday in New York.\n\nSHOCK LOSS: Joan Rivers dead at 81 after surgery\n\n"
        "PHOTOS: Celebrities who died in bizarre circumstances\n\nPHOTOS: More celebrities we lost this year\n\n"
        "RESULTS: Aging was associated with a linear increase in arterial plaque in 1,231 patients."
    )
    assert said(text, "en") == []


# --- traps ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Harga beras naik dua puluh persen bulan ini."', "id"),  # a quote with no cue
        ("Harga beras naik dua puluh persen bulan ini.", "id"),  # no quote, no cue
        ('"Rice prices rose twenty percent this month."', "en"),
        ("Kata-kata kasar itu membuat warga marah.", "id"),  # a cue word inside another word
        ('In an interview on CBS\'s "Face the Nation," the senator looked tired.', "en"),
    ],
)
def test_no_attribution_no_statement(text, language):
    assert statements(text, language) == []


def test_kata_inside_a_quote_is_not_the_cue():
    statement = only('"Orang bilang kata dia tidak benar, kata mereka itu bohong," ujar Joko Widodo.')
    assert statement.speaker == "Joko Widodo"
    assert statement.cue == "ujar"
    assert statement.content == "Orang bilang kata dia tidak benar, kata mereka itu bohong"


def test_a_capitalised_cue_word_inside_a_sentence_is_a_name():
    assert statements("The United States Reports Office opened a branch in Ohio.", "en") == []


@pytest.mark.parametrize(
    "attribution", ["ditambahkan Tony Wibowo.", "tulis Tony Wibowo dalam suratnya.", "\n\nkata Tony Wibowo di Jakarta."]
)
def test_other_attributions_after_a_quotation(attribution):
    statement = only(f'"Kami akan mengajukan permintaan kelonggaran kepada pemerintah," {attribution}')
    assert (statement.speaker, statement.quote) == ("Tony Wibowo", "direct")


def test_a_trailing_attribution_around_another():
    found = said("In addition, the campaign said it would publish the records soon, a spokesman announced.", "en")
    assert ("spokesman", "In addition, the campaign said it would publish the records soon", "indirect") in found
    assert ("campaign", "it would publish the records soon", "indirect") in found


def test_circumstance_after_the_cue_with_a_clause_of_its_own_is_not_trailing():
    statement = only(
        "Following the first reports, Donald Trump said at a rally in Colorado that a bomb had gone off.", "en"
    )
    assert (statement.speaker, statement.content) == ("Donald Trump", "a bomb had gone off")


def test_a_cue_word_after_an_article_is_a_noun():
    found = said("A report in the Province newspaper revealed that the league will expand to 34 teams.", "en")
    assert [content for _, content, _ in found] == ["the league will expand to 34 teams"]
    assert found[0][0] != "A"


@pytest.mark.parametrize(
    "text",
    [
        "But an incident report filed with the airport police shows that she was carrying a prosthesis in her luggage.",
        "A recent report from CBC suggested that Canada could support three more teams.",
        "An FBI forensic report of the computer showed he made contact with WikiLeaks, the federal source said.",
    ],
)
def test_a_documents_noun_after_an_article_and_a_noun_is_no_cue(text):
    # "an incident report", "a recent report": the report is a noun; no speaker "incident", "recent"
    assert all(s.cue != "report" for s in statements(text, "en"))


def test_a_plural_subject_reports_as_before():
    assert only("Officials report that the road is closed.", "en").speaker == "Officials"
    # (an article closing the clause before is no article of the cue's subject: "… from one another, the site reports")
    found = statements("The two shops are 90 miles apart from one another, the site reports.", "en")
    assert [s.cue for s in found] == ["reports"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Commissioner Helric Fredou turned a gun on himself in his office last Wednesday, reported France 3.",
            "en",
        ),
        ("Dalam sidang itu jaksa mengatakan Dirut AJS Hendrisman.", "id"),
    ],
)
def test_reported_speech_that_is_only_a_name_or_a_date_is_no_statement(text, language):
    assert all(any(w[:1].islower() for w in s.content.split()) for s in statements(text, language))


def test_a_quotation_of_a_name_alone_is_still_a_statement():
    assert only('"We\'re America," Obama added.', "en").content == "We're America"


def test_a_participle_opening_the_sentence_is_no_speaker():
    # "Written on colourful notepaper it says": what was written, not who; "it" is left to the article
    text = 'Written on colourful notepaper it says: "Even though you are gay, I will always treat you the same way."'
    assert all(s.speaker != "Written" for s in statements(text, "en"))


def test_many_say_is_an_attribution():
    assert only("Many say the economy is recovering.", "en").content == "the economy is recovering"


# --- passives: who spoke is not said -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al-Baghdadi, an ambitious Iraqi militant believed to be in his early 40s, "
        "has a $10 million bounty on his head.",
        "The new MacBook Air is expected to feature a fan-less design with a high resolution display.",
        "The crew were told that the ship would be searched before it reached the coast.",
        "The ship will be found and sunk before it reaches the coast, officials hope.",
        "Neither knew the extent of al-Baghdadi's apparent injuries.",
    ],
)
def test_a_passive_or_raising_cue_names_no_speaker(text):
    assert [s.speaker for s in statements(text, "en") if s.speaker not in ("", "officials")] == []


def test_a_progressive_cue_after_is_is_active():
    assert said("Donald Trump is telling a veterans group that the military is depleted.", "en") == [
        ("Donald Trump", "the military is depleted", "indirect")
    ]


def test_a_related_link_line_is_no_transcript_turn():
    assert statements("MORE: British ISIS fighter, from Derby, killed in Iraq", "en") == []


def test_a_cue_that_also_takes_an_object_frames_speech_only_before_a_comma_or_bahwa():
    assert statements("Dari Wonosobo, kamu bisa melanjutkan perjalanan dengan angkutan umum ke Dieng.") == []
    assert said("Budi Santoso melanjutkan, harga beras akan turun pekan depan.") == [
        ("Budi Santoso", "harga beras akan turun pekan depan", "indirect")
    ]


def test_a_name_set_off_by_a_comma_after_a_description_is_the_speaker():
    text = (
        '"Saya tidak menyangka akan menyaksikan ini," ujar seorang lansia, Colleen Hoffman (69), kepada AFP.\n\n'
        '"Kita berada dalam krisis," lanjutnya.'
    )
    found = statements(text)
    assert [(s.speaker, s.speaker_role) for s in found] == [
        ("Colleen Hoffman", "lansia"),
        ("Colleen Hoffman", "lansia"),
    ]
    # what Kemenkeu answered is no Kemenkeu statement; the report it answered projects, and is the World Bank's
    # ("memproyeksikan" is a cue since session 32)
    found = statements("Kementerian Keuangan menanggapi laporan Bank Dunia yang memproyeksikan pertumbuhan 4,7 persen.")
    assert [(s.speaker, s.cue) for s in found] == [("Bank Dunia", "memproyeksikan")]


def test_a_speaker_asked_or_supposed_to_speak_has_not_spoken():
    # the request is Iskandar's; "pihak terkait" is only asked to speak
    assert said("Iskandar meminta agar pihak terkait menyampaikan permohonan maaf secara terbuka.") == [
        ("Iskandar", "agar pihak terkait menyampaikan permohonan maaf secara terbuka", "indirect")
    ]
    assert statements("If the minister says the budget will grow, markets will rally.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kelompok tani menolak PHK di lebih dari 30 lembaga federal pada Rabu.",
        "Ia menolak hadir di sidang Kongres tersebut.",
        "Budi menolak untuk menyebutkan nama negara tersebut.",
    ],
)
def test_menolak_before_a_plan_or_an_act_is_no_denial_and_no_statement(text):
    assert statements(text) == []


def test_menolak_before_something_said_denies_it():
    found = only("Kementerian Luar Negeri menolak tuduhan bahwa Korea Utara mengirim senjata ke Rusia.")
    assert (found.speaker, found.stance) == ("Kementerian Luar Negeri", "deny")


def test_a_complaint_filed_is_not_words_said():
    # "melaporkan X ke/atas/setelah …": a report filed against someone, not a report of what is so
    assert statements("Sebagaimana diketahui, Rudi Hartono melaporkan Siti Aminah setelah unggahan itu viral.") == []
    assert statements("Kuasa hukumnya melaporkan kasus itu ke Polda Jateng pada Senin.") == []
    found = statements("KBRI Phnom Penh melaporkan ada 40 WNI yang melarikan diri dari perusahaan penipuan di Kamboja.")
    assert [s.content for s in found] == ["ada 40 WNI yang melarikan diri dari perusahaan penipuan di Kamboja"]


@pytest.mark.parametrize(
    "text",
    [
        "The new rules will take effect in March, the ministry confirmed.",
        "Everything the candidate says is checked by three editors before it airs.",
    ],
)
def test_a_cue_word_right_before_a_finite_verb_heads_a_subject(text):
    assert all(s.cue not in ("rules", "says") for s in statements(text, "en"))


def test_a_document_handed_over_is_no_statement():
    # check 12-14's "Masdar": narration of a memo sent, not words said; "menilai dokumen …" stays an opinion
    text = "Pada 11 Januari 2010, Masdar menyampaikan nota dinas nomor MD-027 tahun 2010 ke Isa."
    assert all(s.speaker != "Masdar" for s in statements(text))
    found = statements("Ahmad Doli Kurnia menilai dokumen terkait capres tak pernah diperiksa dengan benar oleh KPU.")
    assert [s.speaker for s in found] == ["Ahmad Doli Kurnia"]


def test_a_cue_that_took_only_a_person_is_no_statement():
    # "melaporkan Ferry Irwandi": a complaint against someone, not words said (hand check 17's 2217)
    text = "Menko Hukum Yusril Ihza Mahendra merespons rencana TNI melaporkan Ferry Irwandi ke polisi pada Senin."
    assert all(s.content.strip() != "Ferry Irwandi" for s in statements(text))
    text = "Yusril Ihza Mahendra merespons rencana TNI melaporkan Ferry Irwandi."
    assert statements(text) == []


def test_a_verb_of_citing_after_its_subject_is_no_according_to():
    from tests.extract.helpers import speakers

    text = (
        '"Mereka semakin miskin," kata Kepala Satgas KPK Dian Patria.\n\n'
        "Dian mengutip data BPS, soal masyarakat wilayah Morosi yang kebanyakan ekonomi tak mampu.\n\n"
        '"Lingkungan rusak, mereka tidak bisa hidup," sebutnya.'
    )
    assert "BPS" not in speakers(text)  # Dian cites BPS; the data did not speak, nor the "sebutnya" after it
    assert speakers(text)[-1] == "Dian Patria"


def test_a_cue_followed_by_its_doer_is_passive_and_frames_nothing():
    # what was "first reported by" an outlet is the subject before the cue, not something the subject said
    assert said("The change was first reported by Gulf media outlets last week.", "en") == []
    assert (
        said("The discussion of a back channel was first revealed by the Washington Post late on Friday.", "en") == []
    )


def test_a_trailing_telling_cue_may_name_whom_it_was_told_before_the_sentence_ends():
    # "…, Simone told The Post." is Simone's account of what comes before, not "The Post" as what was said
    found = said(
        "Manson does not want to marry Burton and has no interest in a glass coffin, Daniel Simone told The Post.",
        "en",
    )
    assert found == [
        ("Daniel Simone", "Manson does not want to marry Burton and has no interest in a glass coffin", "indirect")
    ]


def test_who_a_relay_quoted_as_saying_is_who_spoke_not_the_relay():
    # "cited X as saying that P": X said P; CNN only relayed it
    ((speaker, content, _),) = said(
        "CNN cited a source close to the investigation as saying that the biopsy was not something Rivers had "
        "consented to.",
        "en",
    )
    assert speaker.startswith("source") and content == "the biopsy was not something Rivers had consented to"
    assert said(
        "Bloomberg quoted Apple chief executive Tim Cook as saying that the watch will ship in April.", "en"
    ) == [("Tim Cook", "the watch will ship in April", "indirect")]
    assert said("“Come and examine them,” The Associated Press quoted Mohamed Alhakim as saying.", "en") == [
        ("Mohamed Alhakim", "Come and examine them", "direct")
    ]
    # whom it quoted left to a pronoun: nobody, rather than the relay
    assert said("“We will not pay,” Saudi daily Ajel quoted him as saying.", "en") == []


def test_members_within_a_group_speak_not_the_group():
    assert said("Informants within the terror group said that the ISIS leader was hit in Qaim.", "en") == [
        ("informants", "the ISIS leader was hit in Qaim", "indirect")  # a plural noun by its ending: a description
    ]
    assert said("Officials inside the ministry said that the ISIS leader was hit in Qaim.", "en") == [
        ("Officials", "the ISIS leader was hit in Qaim", "indirect")
    ]


def test_the_subject_of_a_clause_a_subordinator_opens_is_who_spoke_its_cue():
    text = (
        "Flynn served briefly as national security advisor before being fired in February after officials said he "
        "misled Vice President Mike Pence."
    )
    assert [speaker for speaker, _, _ in said(text, "en")] == ["officials"]
    # a participle after the subordinator has the main clause's subject; set off by commas, it is circumstance
    assert said("Police were called after a neighbor said the man had a gun.", "en")[0][0] == "neighbor"
    text = "Harpal Singh, caught unawares, fumbled for a moment before declaring he would marry Indira."
    assert said(text, "en")[0][0] == "Harpal Singh"
    assert said("The minister, speaking after the meeting, said prices would fall.", "en")[0][0] == "minister"


def test_a_verb_of_a_topic_reports_no_statement():
    # what was discussed is a topic, not what is so
    assert said("For several years HP directors have discussed ways to restructure the company.", "en") == []
    assert said("Chief Justice John G. Roberts Jr. spoke of the legacy of racism in Jim Crow laws.", "en") == []


def test_a_name_told_before_a_clause_is_whom_it_was_told_not_what_was_said():
    for text in (
        "A federal source told MyFoxBoston.com the men were caught at the border on Monday.",
        "A federal source told NBC News the men were caught at the border on Monday.",
    ):
        assert said(text, "en") == [("federal source", "the men were caught at the border on Monday", "indirect")]
    assert said("Smith told Donald Trump he was wrong about the border wall.", "en") == [
        ("Smith", "he was wrong about the border wall", "indirect")
    ]


def test_an_intention_or_a_source_cited_is_no_statement():
    # what someone plans is no one's words; whose plan it is may be the thing planned for
    assert said("Hillary Clinton plans to call on young people to participate in national service.", "en") == []
    assert said("Clinton plans to visit Charlotte on Sunday, according to a campaign aide.", "en") == [
        ("campaign aide", "Clinton plans to visit Charlotte on Sunday", "indirect")
    ]
    # "citing" names where the words came from; after a trailing attribution it is circumstance
    text = (
        "HP will separate its PC and printer businesses from its enterprise operations, reported The Wall Street "
        'Journal on Sunday, citing "people familiar with the matter."'
    )
    assert said(text, "en") == [
        (
            "Wall Street Journal",
            "HP will separate its PC and printer businesses from its enterprise operations",
            "indirect",
        )
    ]
    # a cue word after "those" is a noun: "in areas of those states"
    assert (
        said("The campaign sent the couple to Florida, Ohio and North Carolina, in areas of those states.", "en") == []
    )


def test_a_cue_word_after_a_possessive_is_an_attribute_not_a_verb():
    found = statements(
        "Acme's alleged interest in the mill comes after its shares fell 12 percent. "
        "Despite Miller's claim, analysts said the mill lost $4 million last year.",
        "en",
    )
    assert [(s.speaker, s.cue) for s in found] == [("analysts", "said")]


def test_a_pronoun_contracted_with_s_still_speaks():
    found = statements(
        "Elon Musk spoke at the plant on Friday. He's also said he plans to build three more factories.", "en"
    )
    assert [(s.speaker, s.cue) for s in found][-1:] == [("Elon Musk", "also said")]


def test_whom_something_was_told_never_speaks_after_the_cue():
    statement = only(
        "The convoy was struck on Friday night, Hisham al-Amiri, an Iraqi security analyst, told The Telegraph.", "en"
    )
    assert (statement.speaker, statement.cue) == ("Hisham al-Amiri", "told")


def test_a_participle_after_a_name_apposed_to_an_object_is_not_that_name_speaking():
    found = statements(
        "Last week his mother issued a plea directly to the leader of the group, Abu Bakr al-Rashid, asking him "
        "to spare her son.",
        "en",
    )
    assert "Abu Bakr al-Rashid" not in [s.speaker for s in found]


def test_a_cue_word_before_a_reflexive_names_and_says_nothing():
    assert statements("The group calling itself the Islamic Front has released a video of the attack.", "en") == []


def test_a_passive_with_an_adverb_between_reports_no_speaker():
    assert statements("The thief, Frank, is finally found out when Tina traces the notes back to him.", "en") == []


def test_the_region_of_a_place_right_before_the_cue_is_no_speaker():
    statement = only("The massage therapist from Tampa, Florida claimed to have paid $20,000 for the surgery.", "en")
    assert statement.speaker == "massage therapist"


def test_a_name_and_a_pronoun_after_it_are_no_speaker_phrase():
    # "told ABC News he found …": whom it was told, then the clause told; "the authority he asserts": a relative
    assert statements("What is clear, however, is the authority he asserts over the group.", "en") == []
    statement = only("Tampa resident Ellis Hart, 52, told ABC News he found his cat in the road.", "en")
    assert (statement.speaker, statement.content) == ("Ellis Hart", "he found his cat in the road")


def test_reporting_for_a_paper_is_a_job_unless_it_follows_what_was_reported():
    assert statements("Sotloff, who has reported for Time magazine, has been missing since August 2013.", "en") == []
    statement = only("His mother released a video pleading for his release, Zeke Miller reported for Time.", "en")
    assert statement.speaker == "Zeke Miller"


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor called a press conference on Thursday in the capital.",
        "She called the fire department with a desperate plea for help.",
        "The bride called off her wedding with the groom on Sunday.",
        "The company launched a service called Ping that closed in 2012.",
    ],
)
def test_called_that_convenes_phones_or_names_frames_nothing(sentence):
    assert statements(sentence, "en") == []


def test_called_with_an_object_and_what_it_is_called_is_what_was_said():
    assert (
        only('The senator called the plan "a disaster" for farmers.', "en").content
        == 'the plan "a disaster" for farmers'
    )
    assert only("Mayor Jane Ortiz called the tax a mistake that cost 3,000 jobs.", "en").speaker == "Jane Ortiz"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The company could announce the merger as early as Monday.", "en"),
        ("Most voters would think the tax is too high.", "en"),
        ("DPRD nantinya akan menyampaikan usulan itu ke Pemprov Sulsel.", "id"),
    ],
)
def test_a_modal_before_the_cue_says_what_may_be_said_not_what_was(sentence, language):
    assert statements(sentence, language) == []


def test_a_name_that_is_also_a_modal_still_speaks():
    assert only("Prime Minister Theresa May said the tax would rise by 2 percent.", "en").speaker == "Theresa May"


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer posted a photograph of himself with the president on Tuesday.",
        "A video posted to her page shows the surgery took 3 hours.",
        "The statement was posted on the company's website on Friday.",
    ],
)
def test_a_thing_posted_is_no_statement(sentence):
    assert [s.cue for s in statements(sentence, "en") if s.cue == "posted"] == []


def test_words_posted_are_a_statement():
    assert only('The actress posted: "I was never paid for that show."', "en").speaker == "actress"


def test_a_thing_named_after_an_indefinite_noun_phrase_is_no_statement():
    text = (
        'It seems there is another Argentine tradition called "El Lobison"; a belief that a seventh son turns into '
        "a werewolf."
    )
    assert statements(text, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "While Smith said the bill would pass, Jones said it would fail.",
            [("Smith", "the bill would pass"), ("Jones", "it would fail")],
        ),
        (
            "Though Trump has publicly said he has not yet made up his mind, Axios reports he has privately told "
            "several people of his decision.",
            [
                ("Trump", "he has not yet made up his mind"),
                ("Axios", "he has privately told several people of his decision"),
            ],
        ),
        ("Although the company said sales rose, profits fell 10 percent.", [("company", "sales rose")]),
        (
            "But after RadarOnline.com revealed the allegations she told police about her boss, another co-star, "
            "Raven-Symoné, is speaking out.",
            [("RadarOnline.com", "the allegations she told police about her boss")],
        ),
    ],
)
def test_what_was_said_in_a_fronted_clause_ends_where_the_main_clause_begins(sentence, expected):
    assert [(s.speaker, s.content) for s in statements(sentence, "en")] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The surgery involved taking skin tissue from her abdomen and adding a silicon implant.",
        "North Korea added its voice to those highlighting the country's flaws.",
    ],
)
def test_a_thing_added_is_no_statement(sentence):
    assert statements(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The paper added the group's leader was also wounded in the attack.",
            "the group's leader was also wounded in the attack",
        ),
        ("Patti LaBelle added the words, ''Hillary Clinton.''", "the words, ''Hillary Clinton.''"),
    ],
)
def test_words_added_are_a_statement(sentence, content):
    assert [s.content for s in statements(sentence, "en")] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "The unidentified girl apparently wrote the letter to a primary school teacher after he explained it.",
        "The newspaper cited anonymous U.S. officials who were briefed on the talks.",
        "At least the actors knew what they were getting into in this one.",
    ],
)
def test_a_thing_written_cited_or_known_is_no_statement(sentence):
    assert statements(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Robert Cringely writes the massive cuts will start this week.", "the massive cuts will start this week"),
        ("She knew he was lying about the money.", "he was lying about the money"),
        # what a thing is said to be is a claim about it
        (
            "Clinton cited it as an example of his disrespect toward women.",
            "it as an example of his disrespect toward women",
        ),
    ],
)
def test_words_written_cited_or_known_are_a_statement(sentence, content):
    assert [s.content for s in statements(sentence, "en")] == [content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials who were briefed on intelligence reports on intercepted Russian communications spoke to the paper.",
        "Yet Donald Trump continually brags about his prowess in his primary-season debates.",
    ],
)
def test_what_was_talked_about_is_not_what_was_said(sentence):
    assert statements(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "A Mosul morgue official said about 50 bodies were brought to the facility.",
            "about 50 bodies were brought to the facility",
        ),
        ("Smith said on Tuesday the deal was off.", "the deal was off"),
    ],
)
def test_a_number_or_a_day_after_the_preposition_is_still_what_was_said(sentence, content):
    assert [s.content for s in statements(sentence, "en")] == [content]


def test_a_condition_opened_by_a_paired_subordinator_is_not_said():
    assert statements("If and when other cast members say something, Gossip Cop will report it.", "en") == []
    # a subordinator alone opens a real clause
    assert [s.speaker for s in statements("When the minister said prices would rise, markets fell.", "en")] == [
        "minister"
    ]


def test_a_thing_boasted_is_no_statement_but_words_boasted_are():
    assert statements("The Apple Watch boasts a variety of sensors, including a heart rate sensor.", "en") == []
    assert [s.content for s in statements("The mayor boasted that the town has the last pizza oven.", "en")] == [
        "the town has the last pizza oven"
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ia menekankan kembali, saat ini pemerintah masih dalam tahap diskusi dan evaluasi.",
            "saat ini pemerintah masih dalam tahap diskusi dan evaluasi",
        ),
        ("Megawati mengingatkan kembali bahwa kader harus turun ke rakyat.", "kader harus turun ke rakyat"),
        # with no comma or "bahwa" after it, the word may open what was said ("kembali normalnya …")
        (
            "Ia mengatakan kembali normalnya aktivitas warga terjadi sejak Senin.",
            "kembali normalnya aktivitas warga terjadi sejak Senin",
        ),
    ],
)
def test_the_cues_own_adverb_is_no_part_of_what_was_said(sentence, content):
    assert [s.content for s in statements(sentence)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a description right before the name, with no comma, after the quotation's closing comma
        ('"The myth has nothing to do with the custom," historian Daniel Rojas said.', "Daniel Rojas", "historian"),
        (
            '"I can assure you that is not her account," talent manager Julia Hart told TheWrap.',
            "Julia Hart",
            "manager",
        ),
        ('"It is the first attack of its kind," the report says.', "report", ""),
    ],
)
def test_a_description_before_the_name_after_a_quotation_leaves_the_quotation_what_was_said(text, speaker, role):
    found = only(text, "en")
    assert (found.speaker, found.quote) == (speaker, "direct")
    assert found.content.startswith(text[1:12])
    assert role in found.speaker_role


def test_a_quoted_title_before_a_description_is_no_quotation_said():
    # '“Cosby Show” star …': no comma closes the quotation, so it is a title
    assert statements("“Family Show” star Lisa Bonet may have posted a cryptic message.", "en") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The identities of the victims are not clear, the local police chief told the BBC.",
            "The identities of the victims are not clear",
        ),
        ("The procedure cost $20,000, she told the radio station.", "The procedure cost $20,000"),
        ("The deal is off, a source told Ajel, a Saudi newspaper, on Tuesday.", "The deal is off"),
    ],
)
def test_whom_something_was_told_is_never_what_was_said(text, content):
    assert only(text, "en").content == content


def test_a_telling_cue_with_an_instruction_or_a_clause_after_whom_keeps_its_words():
    found = only("A source close to the investigation tells CNN the biopsy cut off oxygen to her lungs.", "en")
    assert found.content == "the biopsy cut off oxygen to her lungs"
    assert statements("The police chief told the BBC.", "en") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The three soldiers who disappeared this weekend have been found, a law enforcement source tells Team 5.",
            "The three soldiers who disappeared this weekend have been found",
        ),
        (
            "Of the surgery, she told Real Radio 104.1 she had to contact more than 50 doctors.",
            "she had to contact more than 50 doctors",
        ),
    ],
)
def test_a_station_s_number_is_part_of_whom_it_was_told(text, content):
    assert only(text, "en").content == content
