"""Claims from session 55: the speaker's own belief frame ("Saya kira …", "I think …") opening what they said, written
again in sentences of our own (docs/claims.md, session 55)."""

from __future__ import annotations

from tests.extract.helpers import claims_of


def test_a_belief_frame_is_left_out_of_the_claim() -> None:
    """Three Detik claims and four in PolNeAR read "Prabowo Subianto kira …", "Sean Hannity think …": the speaker's
    name stood for "saya"/"I" before a verb of belief (`[claims] belief_verbs`), which no reader can check. The
    claim is what the belief frames, the complementizer after it left out too."""
    text = (
        '"Saya yakin bahwa ekspor kopi Lampung naik 12 persen pada 2024," kata Gubernur Lampung Rahmat Mirzani Djausal.'
    )
    assert claims_of(text) == ["Ekspor kopi Lampung naik 12 persen pada 2024"]
    text = '"I think exports of Kenyan tea rose 12 percent in 2024," Trade Minister Lee Kinyanjui said on Monday.'
    assert claims_of(text, "en") == ["Exports of Kenyan tea rose 12 percent in 2024"]


def test_a_doubt_is_no_claim() -> None:
    """The same frame negated ("Saya tidak yakin …", "I don't think …") says what the speaker doubts: neither the
    words after it nor the doubt is a claim to check."""
    text = (
        '"Saya tidak yakin ekspor kopi Lampung naik 12 persen pada 2024," kata Gubernur Lampung Rahmat Mirzani Djausal.'
    )
    assert claims_of(text) == []
    text = (
        '"I don\'t think exports of Kenyan tea rose 12 percent in 2024," Trade Minister Lee Kinyanjui said on Monday.'
    )
    assert claims_of(text, "en") == []


def test_saying_what_one_feels_is_an_opinion() -> None:
    """Detik (Dede Yusuf): "Saya rasa apa yang dilakukan … sudah on the right track" — "saya rasa", as "saya kira",
    is an opinion word (`[checkworthiness] opinion`), so the judgement framed by it, with nothing else to check in
    it, makes no claim (a weight, no veto: a figure in it may still make one)."""
    text = (
        '"Saya rasa langkah Pemerintah Kabupaten Garut menaikkan anggaran pendidikan sudah berada di jalur yang '
        'tepat," kata anggota DPR Budi Hartono.'
    )
    assert claims_of(text) == []


def test_a_first_person_subject_with_another_verb_stays_the_speaker() -> None:
    """Guard: "Saya" before any other verb is still the speaker's own act, worded with their name."""
    text = '"Saya sudah menyerahkan 12 dokumen kepada KPK pada Senin," kata Bupati Garut Abdul Rahman.'
    assert claims_of(text) == ["Abdul Rahman sudah menyerahkan 12 dokumen kepada KPK pada Senin"]


def test_a_capability_or_a_role_told_with_no_measure_is_an_opinion() -> None:
    """Detik reads (opinion in each, every round): "Program MBG mampu memperkuat daya beli masyarakat",
    "Transparansi menjadi kunci utama …", "Bawaslu adalah garda terdepan demokrasi …": what something is able to do,
    or its role told as a figure of speech, with nothing measured (`[checkworthiness] evaluation`)."""
    for text in [
        "Bupati Garut Abdul Rahman mengatakan Program Kartu Tani mampu memperkuat daya beli petani di Kabupaten Garut.",
        "Bupati Garut Abdul Rahman mengatakan kolaborasi menjadi kunci utama dalam pembangunan Kabupaten Garut.",
        "Bupati Garut Abdul Rahman mengatakan Satpol PP adalah garda terdepan penegakan Perda di Kabupaten Garut.",
    ]:
        assert claims_of(text) == [], text


def test_a_capability_with_a_measure_is_still_a_claim() -> None:
    """Guard: a capability measured ("mampu menghasilkan 150 gram ozon per jam") stays a claim."""
    text = "Peneliti ITB Budi Hartono mengatakan alat ozon buatan ITB mampu menghasilkan 150 gram ozon per jam."
    assert claims_of(text) == ["Alat ozon buatan ITB mampu menghasilkan 150 gram ozon per jam"]


def test_she_is_not_a_man_named_as_the_speaker() -> None:
    """FNC-1 claims round (read at 7d161bb), C28: "She declined additional medical treatment …, Cosgrove said" made
    the claim "Cole Cosgrove declined additional medical treatment …": "she" stood for a speaker whose given name is
    borne almost only by men (data/given_names.toml). The pronoun stays, and the sentence is no claim on its own."""
    text = (
        "Medics checked the woman at the gate. She declined additional medical treatment but did not stay on the "
        "flight, said Robert Cole."
    )
    assert claims_of(text, "en") == []


def test_he_after_an_outlet_is_not_the_outlet() -> None:
    """FNC-1 claims round, C14 and C7: "Axios reports he has privately told several people of his decision …" made
    "Axios has privately told …", "Snopes pointed out she has a 'striking' resemblance …" made "Snopes has …". In a
    language whose names end with the family name (`[names] family_name_last`), a speaker of one word is no one
    person by name whom "he" or "she" stands for."""
    text = (
        "Semafor reported he had privately told four governors of the plan in March 2025, including Ohio Governor "
        "John Doe."
    )
    assert claims_of(text, "en") == []


def test_he_after_the_speakers_full_name_is_still_the_speaker() -> None:
    """Guard: "Senator John Smith said he had voted against the bill in 2015" claims John Smith had."""
    text = "Senator John Smith said he had voted against the farm bill in 2015."
    assert claims_of(text, "en") == ["John Smith had voted against the farm bill in 2015"]


def test_a_definite_noun_phrase_a_cue_named_is_no_claim() -> None:
    """FNC-1 reads (fragment, twice): "The credibility of the Twitter account" (what officials "questioned"), "The
    aftermath of a fuel tanker explosion …", "The beheading of journalist Steven Sotloff". After "the", a noun
    phrase with no finite verb, no negation, no modal and no word in lower case ending in "-s" (where a verb in the
    present would show) names a thing, and claims nothing."""
    text = "The county ministry questioned the credibility of the Twitter account of the Springfield mayor."
    assert claims_of(text, "en") == []


def test_a_definite_subject_with_a_verb_in_the_present_is_still_a_claim() -> None:
    """Guard: "The Springfield council owns the water company" has its verb in "-s"."""
    text = "The mayor said the Springfield council owns the Springfield water company since 2019."
    assert claims_of(text, "en") == ["The Springfield council owns the Springfield water company since 2019"]
