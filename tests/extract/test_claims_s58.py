"""Claims from session 58, written again in sentences of our own (docs/claims.md, session 58)."""

from __future__ import annotations

import pytest

from claimtrack.tracking.claim_rules import claim_worthy
from tests.extract.helpers import claims_of, statements


@pytest.mark.parametrize(
    "text",
    [
        # no verb at all, after a cue that takes a thing
        "The ministry confirmed one of the three fires in Mombasa.",
        # a gloss in brackets and a list of names
        "The bank confirmed Kestrel Foods (a payments partner) and Ardent Mills.",
        # a relative that tells of the noun owns the only verb
        "The agency cited a study from the Lund Institute on the dam that reportedly cracked in 2019.",
        # a noun "as" a description, no clause
        "Rep. Dana Whitlock described the Oslo accord as a failure of nerve.",
        # a subordinate clause after a noun: the clause's verb only
        "The governor confirmed the timetable, though the mayor has been known to change his mind at the last minute.",
        # a participle after "being": no finite verb
        "Witnesses reported Marco Diaz being arrested outside the bank in Lyon.",
    ],
)
def test_a_noun_phrase_with_no_verb_of_its_own_makes_no_claim(text: str) -> None:
    """FNC-1 claim rounds (sessions 56–57, judged fragments: "One of the two attacks in Amil", "Panera Bread (an Apple
    Pay partner) and Salesforce", "A report from the SITE Intelligence Group on the video that purportedly showed
    Sotloff's killing", "The Holocaust as a “detail” of history", "The deal, even though the headphone making side
    of the business is …", "Sotloff being beheaded in retaliation …"). What a cue named with no verb of the sentence's
    own — only the verbs of clauses telling of its nouns — says nothing of it: the statement stays, no claim
    (`Propositions._main_clause_verb`, `[claims] clause_openers`, `preposition_subordinators`)."""
    assert statements(text, "en"), "the statement itself stays"
    assert claims_of(text, "en") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the relative's verb, then the sentence's
        (
            "The inspector said hens at Rydal Farm that were kept outdoors laid 12 percent more eggs in 2021.",
            "Hens at Rydal Farm that were kept outdoors laid 12 percent more eggs in 2021",
        ),
        # a relative owns the bare verb right after it; the second verb is the sentence's
        (
            "The report said drivers who speed in Ohio school zones paid $4 million in fines in 2022.",
            "Drivers who speed in Ohio school zones paid $4 million in fines in 2022",
        ),
        # "since" before an article is a preposition: the verb after it is the sentence's
        (
            "Economists said the loss of mill jobs since the turn of the century has cut wages in Ohio by 9 percent.",
            "The loss of mill jobs since the turn of the century has cut wages in Ohio by 9 percent",
        ),
        # a contracted "is"
        (
            "Police said there's a second suspect in the Dundee robbery.",
            "There's a second suspect in the Dundee robbery",
        ),
        # a plural noun and its verb in the present
        (
            "The survey said most farmers in Kansas plant soy after wheat.",
            "Most farmers in Kansas plant soy after wheat",
        ),
        # an irregular past the list did not hold
        (
            "Witnesses said Arturo Vidal sat two rows behind the pilot on the flight to Lima.",
            "Arturo Vidal sat two rows behind the pilot on the flight to Lima",
        ),
    ],
)
def test_a_sentence_with_a_verb_of_its_own_keeps_its_claim(text: str, claim: str) -> None:
    """Guard: a clause that tells of a noun owns its first verb only; the sentence's own verb after it — a past, an
    auxiliary, a contraction, a verb in the present after a plural noun — still makes the claim."""
    assert claims_of(text, "en") == [claim]


def test_an_indirect_question_tells_of_the_noun_before_it() -> None:
    """Detik claim rounds (session 57, judged a fragment: "Alasan kenapa ada perbedaan target pertumbuhan ekonomi pada
    2026 antara kementeriannya dengan Kementerian Keuangan"). A question word inside the sentence opens a clause that
    tells of the noun before it ("alasan kenapa …", the reason why), as "yang" does: its predicate is the clause's,
    and the noun phrase claims nothing (`[claims] question_openers`, read by `Propositions._predicated`)."""
    text = (
        "Agus Salim menjelaskan alasan kenapa ada perbedaan target inflasi pada 2026 antara Bappenas dan "
        "Kementerian Keuangan."
    )
    assert [s.speaker for s in statements(text, "id")] == ["Agus Salim"]
    assert claims_of(text, "id") == []


def test_a_concessive_opens_a_verb_phrase() -> None:
    """Detik claim rounds (session 57: "Kasus peredaran narkoba yang menjerat artis Ammar Zoni meski berstatus
    tahanan", judged a fragment). "Meski", "meskipun", "walaupun" open a verb phrase as "setelah" does (`[claims]
    verb_phrase_openers`): the verb after them is theirs, so a cue of topic that named only this noun phrase made no
    statement, as it makes none for any other noun phrase (`Extractor._topic_only`)."""
    text = (
        "Anggota DPR Andreas Pareira menyinggung kasus penipuan yang menjerat pengusaha Budi Santoso meski "
        "berstatus tahanan kota."
    )
    assert statements(text, "id") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Kejari Budi Raharjo mengatakan penyitaan dilakukan pada Selasa (8/7) lalu di gudang PT Sinar Jaya.",
        "Budi Raharjo mengatakan pemeriksaan telah dilakukan di Gedung Kejaksaan Agung.",
    ],
)
def test_an_act_named_by_a_noun_alone_that_was_carried_out_points_back(text: str) -> None:
    """Detik claim read (session 58, first round, C21: "Penyitaan dilakukan pada Senin (7/7) lalu, tepatnya di Gedung
    Sritex 2", which seizure?). An act named by a noun alone whose predicate says only that it was carried out, held
    or took place (`[claims] act_passives`) leaves which act to the sentences before: no claim
    (`Propositions._bare_act_carried_out`)."""
    assert statements(text, "id")
    assert claims_of(text, "id") == []


def test_an_act_with_its_object_was_carried_out_is_a_claim() -> None:
    """Guard: the act's object says which ("pemeriksaan terhadap 12 saksi"): the claim stays."""
    text = "Budi Raharjo mengatakan pemeriksaan terhadap 12 saksi dilakukan di Gedung Kejaksaan Agung pada Senin."
    assert claims_of(text, "id") == ["Pemeriksaan terhadap 12 saksi dilakukan di Gedung Kejaksaan Agung pada Senin"]


def test_a_confix_with_a_clitic_points_to_its_possessor() -> None:
    """Detik claim read (session 58, first round, C16: "Pemilihannya sudah di diskusikan dengan banyak pihak, …",
    the choosing of what?). A clitic on a word made with a confix whose nasal swallowed the root's first consonant
    ("pemilihan": "pilih") points back as "jumlahnya" does (`NameWords.with_clitic` reads `nominalised`)."""
    text = "Ketua KPU Solo Budi Raharjo mengatakan pemilihannya sudah dibahas dengan banyak pihak, termasuk Bawaslu."
    assert claims_of(text, "id") == []


def test_a_noun_said_to_be_named_before_points_back() -> None:
    """Detik claim read (session 58, second round, C4: "Pertimbangan-pertimbangan tadi kemungkinan bahwa pegawai …",
    which considerations?). "Tadi" right after a noun says the noun was named before (`[claims]
    after_noun_pointing`, `Propositions._noun_said_before`): no claim."""
    text = (
        "Ekonom Budi Santoso mengatakan usulan-usulan tadi menaikkan penerimaan pajak DKI Jakarta Rp 20 triliun pada "
        "2024."
    )
    assert claims_of(text, "id") == []


def test_tadi_telling_time_does_not_point_back() -> None:
    """Guard: after a preposition or before a part of the day, "tadi" tells time ("sampai tadi malam")."""
    text = "Kapolres Budi Santoso mengatakan sampai tadi malam korban keracunan di SMPN 1 Cisarua mencapai 182 orang."
    assert claims_of(text, "id") == ["Sampai tadi malam korban keracunan di SMPN 1 Cisarua mencapai 182 orang"]


def test_a_relative_cut_from_its_noun_is_no_claim() -> None:
    """FNC-1 claim read (session 58, second round, C2: "Who confirmed what Cringely wrote in his book, IBM is still
    wedded to services contracts …"; PolNeAR: "Who teaches constitutional law and legal institutions at Washington
    University in St. Louis"). Words opening with a relative pronoun were cut from the noun they tell of
    (`[claims] fragment_openers` += who, whom, whose): no claim of them."""
    text = (
        "According to a former employee I spoke to some time ago, who confirmed what Ruth Ames wrote in her book, "
        "Kodak is still wedded to film contracts in Rochester."
    )
    made = [p.text for s in statements(text, "en") for _, p in claim_worthy(s)]
    assert made, "the statement of 'confirmed' still makes its claim"
    assert not any(claim.split()[0] in ("Who", "Whom", "Whose") for claim in made)


def test_one_of_a_nouns_with_a_clitic_points_to_its_possessor() -> None:
    """Detik claim read (session 58, second round, C22: "Salah satu pembahasannya terkait keterlibatan TNI dalam
    mengamankan kejaksaan", one of whose discussions?). After "salah satu" (`[claims] one_of`) the noun with a
    clitic still opens the subject and points to its possessor (`Propositions._possessed_subject`): no claim."""
    text = (
        "Ketua Komisi III Budi Santoso mengatakan salah satu pembahasannya terkait keterlibatan TNI dalam mengamankan "
        "Kejaksaan Agung."
    )
    assert claims_of(text, "id") == []


def test_one_of_a_named_programme_is_a_claim() -> None:
    """Guard: "salah satu" before a noun that names whose it is ("program Pemprov Jabar") points nowhere."""
    text = "Gubernur Budi Santoso mengatakan salah satu program Pemprov Jabar adalah sekolah gratis bagi 20.000 siswa."
    assert claims_of(text, "id") == ["Salah satu program Pemprov Jabar adalah sekolah gratis bagi 20.000 siswa"]
