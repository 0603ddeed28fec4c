"""Claims from session 54's reads (round `session54-detik_test`, drawn held out and kept as dev once a rule was
written from it): what is not a claim a reader can check, written again in sentences of our own (docs/claims.md,
session 54)."""

from __future__ import annotations

from tests.extract.helpers import claims_of, only


def test_what_someone_suspects_is_an_opinion() -> None:
    """Detik read C4: "Ada dalang di balik kasus …" was a claim of a member of parliament who "menduga" it: a verb of
    suspecting is an opinion cue (`[checkworthiness] opinion_cues`), as "menilai" and "meyakini" are, and the
    suspicion is no claim on its own (read "no" in three rounds). A weight, no veto: with a figure in it the
    suspicion may still score as a claim."""
    text = (
        "Anggota Komisi III DPR Budi Hartono menduga ada pihak lain yang mengatur peredaran narkoba di Lapas Cipinang."
    )
    assert only(text).cue == "menduga"
    assert claims_of(text) == []


def test_what_someone_reports_with_the_same_words_is_still_a_claim() -> None:
    """Guard: the same words reported ("mengungkapkan") stay a claim."""
    text = (
        "Anggota Komisi III DPR Budi Hartono mengungkapkan ada pihak lain yang mengatur peredaran narkoba di "
        "Lapas Cipinang."
    )
    assert claims_of(text) == ["Ada pihak lain yang mengatur peredaran narkoba di Lapas Cipinang"]


def test_a_description_whose_verb_follows_it_points_back() -> None:
    """FNC-1 reads (29 of 30 claims opening "The" + a noun in lower case + its verb were judged "no" over all rounds):
    "The company is poised to announce an acquisition …", "The setbacks forced Apple executives …" — which company,
    which setbacks, the article said before, in whatever words; a noun phrase that is the whole subject, its verb
    right after it, means that."""
    text = "The setbacks forced Acme executives to delay the launch of the watch by six months, the report said."
    assert claims_of(text, "en") == []


def test_a_description_with_its_name_after_it_stays() -> None:
    """Guard: "The death of aid worker Kayla Mueller …" names what it speaks of (a function word after the noun)."""
    text = (
        "The death of aid worker Maria Keller was confirmed by her family on Tuesday, a spokesman told Reuters on "
        "Monday."
    )
    assert claims_of(text, "en") == ["The death of aid worker Maria Keller was confirmed by her family on Tuesday"]
