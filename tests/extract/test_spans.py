"""Speaker spans: the phrase naming who spoke, before or after its cue, past roles, places and clauses set off by
commas."""

from __future__ import annotations

import pytest

from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.speakers import SpeakerParser
from claimtrack.lexicon import gazetteer, lexicon
from tests.extract.helpers import article, only, statements


def spans(language: str = "id") -> SpeakerSpans:
    return SpeakerSpans(lexicon(language), SpeakerParser(lexicon(language), gazetteer()))


# --- before and after a cue -------------------------------------------------------------------------------------
def test_the_speaker_before_a_cue_is_past_a_role_set_off_by_commas():
    text = "Juru bicara kementerian, Dedi Kurniawan, mengatakan stok beras cukup sampai akhir tahun."
    doc, found = article(text)
    start, end = spans().before(doc, found[0].start, text.index("mengatakan"))
    assert text[start:end] == "Dedi Kurniawan"


def test_the_speaker_after_a_cue_stops_at_the_comma():
    text = '"Stok beras cukup sampai Desember," kata Menteri Perdagangan Budi Santoso, Senin.'
    doc, found = article(text)
    start, end = spans().after(doc, text.index("kata") + len("kata"), found[0].end)
    assert text[start:end] == "Menteri Perdagangan Budi Santoso"


def test_no_speaker_phrase_is_an_empty_span():
    text = "Harga beras naik tajam mengatakan."
    doc, found = article(text)
    cue = text.index("mengatakan")
    assert spans().before(doc, found[0].start, cue) == (cue, cue)
    assert not spans().valid(doc, cue, cue)


# --- appositions, roles and lists -------------------------------------------------------------------------------
def test_a_role_set_off_after_menurut_is_not_content():
    statement = only("Menurut Irma Hidayana, salah satu pendiri LaporCovid, data kematian harus dibuka.")
    assert (statement.speaker, statement.content) == ("Irma Hidayana", "data kematian harus dibuka")


def test_according_to_a_document():
    """A document speaks for its maker, a word describing it ("new") or not (session 61, docs/extraction.md "A
    document described in lower case speaks for its maker"); the mention keeps the document."""
    statement = only("Unemployment fell to 3 percent, according to a new Labor Department report.", "en")
    assert statement.content == "Unemployment fell to 3 percent"
    assert (statement.speaker, statement.speaker_mention) == ("Labor Department", "new Labor Department report")


@pytest.mark.parametrize(
    ("text", "language", "speaker", "role"),
    [
        (
            "The ministry's spokesperson, Dedi Kurniawan, said stocks would last until the end of the year.",
            "en",
            "Dedi Kurniawan",
            "ministry's spokesperson",
        ),
        (
            "Juru bicara kementerian, Dedi Kurniawan, mengatakan stok beras cukup sampai akhir tahun.",
            "id",
            "Dedi Kurniawan",
            "Juru bicara kementerian",
        ),
        (
            "Richard Revesz, director of a policy institute at a law school, said the states were exaggerating.",
            "en",
            "Richard Revesz",
            "director of a policy institute at a law school",
        ),
        (
            "Tri Maharini, dokter di rumah sakit daerah, memaparkan bahwa sebagian besar pasien sudah pulih.",
            "id",
            "Tri Maharini",
            "dokter di rumah sakit daerah",
        ),
    ],
)
def test_a_role_in_apposition_is_the_role_not_the_speaker(text, language, speaker, role):
    statement = only(text, language)
    assert (statement.speaker, statement.speaker_role) == (speaker, role)


def test_a_name_after_the_role_following_the_cue():
    statement = only(
        '"Dari 285 kasus, hanya 2 persen dari jalur pantura," kata juru bicara Gugus Tugas Covid-19 '
        "Kabupaten Bekasi, Alamsyah, Rabu sore."
    )
    assert statement.speaker == "Alamsyah"
    assert statement.speaker_role.startswith("juru bicara Gugus Tugas")


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        # the institution's acronym in brackets before the comma
        (
            "kata peneliti Lembaga Riset Pangan Nasional (LRPN), Wulan Kartika Sari, dalam diskusi daring.",
            "peneliti Lembaga Riset Pangan Nasional (LRPN)",
        ),
        # an adjective grading the role, then the institution ([speaker] role_modifiers)
        ("kata peneliti senior Pangan Watch, Wulan Kartika Sari, di Jakarta.", "peneliti senior Pangan Watch"),
        # the institution's place after a place marker
        (
            "kata anggota Tim Peneliti SmartPadi dari UGM, Wulan Kartika Sari, seusai rapat.",
            "anggota Tim Peneliti SmartPadi dari UGM",
        ),
        # an office and the district it serves ([titles.offices] "Camat")
        ("kata Camat Neglasari, Kabupaten Tangerang, Wulan Kartika Sari, Sabtu.", "Camat Neglasari"),
    ],
)
def test_the_name_set_off_after_a_role_that_goes_on_past_the_speaker_phrase(attribution, role):
    statement = only(f'"Harga beras naik 10 persen sejak Maret," {attribution}')
    assert statement.speaker == "Wulan Kartika Sari"
    assert statement.speaker_role.startswith(role)


def test_a_relative_clause_between_speaker_and_cue():
    statement = statements("Ed Rendell, who chaired the party in 2000, agreed that the rules should change.", "en")[0]
    assert (statement.speaker, statement.content) == ("Ed Rendell", "the rules should change")


def test_a_list_of_names_speaks_as_a_group():
    statement = only("Anies Baswedan, Ridwan Kamil, dan Ganjar Pranowo mengatakan bahwa pemilu berjalan damai.")
    assert (statement.speaker, statement.speaker_kind) == ("Anies Baswedan, Ridwan Kamil, dan Ganjar Pranowo", "group")
    statement = only('"Kami tidak tahu soal itu," kata Budi, Sri, dan Andi.')
    assert (statement.speaker, statement.speaker_kind) == ("Budi, Sri, dan Andi", "group")


def test_a_weekday_after_a_name_is_no_second_name():
    assert only('"Kami tidak tahu soal itu," kata Budi, Senin (16/10).').speaker == "Budi"


def test_a_name_governed_by_of_after_a_common_noun_is_no_speaker():
    found = statements(
        "Six days after leaving the port of Freetown, the captain of the ship reported that three of the crew "
        "members were ill.",
        "en",
    )
    assert [s.speaker for s in found] != ["Freetown"] and all("Freetown" not in s.speaker for s in found)
    # a gerund after the name makes it the agent: "footage of Hillary Clinton asking"
    (asking,) = statements('The ad uses footage of Hillary Clinton asking, "Why are we not 50 points ahead?"', "en")
    assert asking.speaker == "Hillary Clinton"


def test_a_name_before_a_role_and_a_second_description_of_it_speaks():
    (said,) = statements(
        "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the "
        "provocation could not be left without consequences.",
        "en",
    )
    assert said.speaker == "Jean-Marc Ayrault"  # was "Council"


def test_a_country_ending_a_role_in_a_relative_clause_is_not_the_speaker():
    statement = only(
        "Pelaksana Tugas Administrator NASA Budi Santoso, yang juga Menteri Perhubungan, Amerika Serikat, "
        "mengungkapkan bahwa semua prioritas iklim di NASA akan disingkirkan."
    )
    assert statement.speaker == "Budi Santoso"


# --- circumstance set off by commas between a subject and its cue --------------------------------------------------
def test_a_name_inside_circumstance_between_subject_and_cue_is_not_who_spoke():
    statement = only(
        "Pelatih Budi Santoso, dalam sebuah wawancara dengan Goalpost, memastikan dirinya siap kembali "
        "melatih tim muda."
    )
    assert statement.speaker == "Budi Santoso"  # not the outlet he spoke with
    statement = only(
        "Mayor Jane Holloway, in an interview with CNN on Monday, said the bridge would close in March.", "en"
    )
    assert (statement.speaker, statement.content) == ("Jane Holloway", "the bridge would close in March")


def test_the_object_of_with_inside_a_piece_of_circumstance_speaks_only_when_nothing_else_can():
    # no subject before the circumstance: its name is no one's who spoke, so no speaker rather than the committee
    found = statements("Kemarin, dalam rapat dengan Komisi VI DPR, mengatakan harga beras naik 10 persen.")
    assert all("Komisi" not in s.speaker for s in found)


def test_circumstance_next_to_the_cue_still_holds_its_speaker():
    # "as he predicted": the piece touching the cue holds the speaker; the clause before it is no subject
    found = statements(
        "Svante Arrhenius warned in 1896 that the planet would warm. But the idea remained an academic question "
        "until, as he predicted, the mercury started to rise.",
        "en",
    )
    assert "academic question until" not in [s.speaker for s in found]


def test_a_clause_with_an_auxiliary_after_an_inverted_cue_is_what_was_said():
    statement = only("The mayor, speaking with Reuters, said the bridge would close.", "en")
    assert (statement.speaker, statement.content) == ("mayor", "the bridge would close")
    # an acronym written in capitals is no auxiliary: "the IS fighter" is who spoke
    statement = only('The IS fighter, who says he is the same man, says: "We are back."', "en")
    assert statement.speaker == "IS fighter"


def test_the_region_after_a_place_is_not_who_spoke():
    statement = only("A farmer in Fresno, California, said the drought had cut his harvest by half.", "en")
    assert statement.speaker == "farmer"  # was "California"
    # a name after a role's institution is still the person: "… dari Fraksi PAN, Eddy Soeparno, mengatakan"
    statement = only(
        "Wakil Ketua MPR dari Fraksi PAN, Eddy Soeparno, mengatakan kemerdekaan adalah momentum untuk memastikan "
        "hak-hak rakyat terpenuhi."
    )
    assert statement.speaker == "Eddy Soeparno"


def test_a_described_speaker_before_the_place_it_is_in():
    assert only("Seorang warga di Bekasi mengatakan harga beras naik 10 persen.").speaker == "warga"
    # a participle is no noun: what follows the preposition is the place of a thing, not of a speaker
    found = statements("But a new study published in The BMJ dashes any hope that butter is back.", "en")
    assert all("study published" not in s.speaker for s in found)


def test_a_possessive_after_a_speaker_is_whose_not_a_second_speaker():
    statement = only('"We were committed to fight until the last bullet," said Seema, Gul\'s daughter-in-law.', "en")
    assert statement.speaker == "Seema"  # was "Gul's"


def test_a_name_after_its_title_before_a_role_in_apposition_speaks():
    statement = only(
        "Journalist Daniel Simone, author of the upcoming The Retrial of Charles Manson, told the New York Post "
        "that Burton wanted access to the corpse.",
        "en",
    )
    assert statement.speaker == "Daniel Simone"  # not "Charles Manson", the subject of his book
    # not a title and a name inside circumstance before the cue's own subject
    found = statements(
        "Dalam refleksi satu tahun pemerintahan Presiden Prabowo yang bertepatan dengan ulang tahunnya, publik "
        "berharap arah kepemimpinan energi menjadi lebih tegas."
    )
    assert all("Prabowo" not in s.speaker for s in found)


def test_a_long_description_set_off_by_commas_does_not_part_a_speaker_from_the_cue():
    statement = only(
        "Teguh (37), pedagang daging sapi di Pasar Kebayoran Lama, Jakarta Selatan, menyampaikan, permintaan pasar "
        "meningkat dua kali lipat dalam tiga hari terakhir."
    )
    assert statement.speaker == "Teguh"  # nine words of description between: no statement before


def test_a_described_subject_next_to_its_cue_is_who_spoke_not_a_role_in_apposition():
    found = statements(
        "They arrived in the United States on Sept. 11 for Exercise Regional Cooperation, an annual event, the "
        "guard said.",
        "en",
    )
    assert [s.speaker for s in found] == ["guard"]  # not "United States"
    found = statements(
        "Dr. Lawrence B. Cohen stepped down last week as medical director and was no longer performing procedures "
        "there, a clinic spokeswoman said.",
        "en",
    )
    assert [s.speaker for s in found] == ["clinic spokeswoman"]


def test_an_adjective_opening_the_clause_before_a_speaker_is_no_verb_taking_it_as_object():
    statement = only(
        "To reflect its status, renowned Apple reporter Mark Gurman at 9to5Mac has revealed that Apple has begun "
        "installing safes at its retail stores.",
        "en",
    )
    assert statement.speaker == "Mark Gurman"
    # after "and" the past form carries on a predicate: its object is no speaker
    found = statements(
        "Ban Ki-moon vowed not to repeat that mistake and established a policy urging employees to report gross "
        "rights violations.",
        "en",
    )
    assert "policy" not in [s.speaker for s in found]


def test_the_doer_after_by_never_speaks_but_a_document_by_someone_speaks_for_them():
    found = statements(
        "The unidentified sources, described by BuzzFeed as middlemen with ties to the terror group, said the "
        "Islamic State is looking for money.",
        "en",
    )
    assert all("BuzzFeed" not in s.speaker for s in found), [s.speaker for s in found]
    (review,) = statements(
        "A review by The New York Times of the pitch found a connection difficult to establish.", "en"
    )
    assert review.speaker == "New York Times"


def test_a_quantified_description_before_the_cue_is_who_spoke_never_a_role_of_the_name_before_it():
    found = statements(
        "The Islamic State is attempting to sell the body of dead U.S. hostage James Foley for $1 million, multiple "
        "sources told BuzzFeed in a report published Wednesday night.",
        "en",
    )
    assert all("Foley" not in s.speaker for s in found), [s.speaker for s in found]
