"""Nicknames: the short forms a document gives its people, read from the text alone (whose name it is, the caller's
person reader says; here it takes every run as a person)."""

from __future__ import annotations

from claimtrack.extract.nicknames import Nicknames
from claimtrack.lexicon import lexicon
from tests.extract.helpers import speakers


def given(*texts: str, language: str = "id") -> dict[str, tuple[str, str]]:
    return Nicknames(lexicon(language)).given(texts, lambda run: (run, "read"))


def test_a_short_form_in_brackets_after_a_name_stands_for_that_name():
    found = given("Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau lokasi banjir.")
    assert found["gus ipul"] == ("Menteri Sosial Saifullah Yusuf", "read")


def test_a_nickname_in_quotation_marks_inside_a_name_stands_for_the_name_around_it():
    assert given("Wali Kota Munafri 'Appi' Arifuddin hadir.")["appi"] == ("Wali Kota Munafri Arifuddin", "read")


def test_a_name_after_alias_or_atau_is_what_the_person_goes_by():
    assert given("Saifullah Yusuf alias Gus Ipul meninjau lokasi.")["gus ipul"] == ("Saifullah Yusuf", "read")
    assert given("Wamenaker Immanuel Ebenezer atau Noel.")["noel"] == ("Wamenaker Immanuel Ebenezer", "read")
    assert given("Menlu Sergei Lavrov aka Lavrov said.", language="en")["lavrov"] == ("Menlu Sergei Lavrov", "read")


def test_two_full_names_joined_by_atau_are_two_people():
    assert given("Pilihannya Anies Baswedan atau Ganjar Pranowo.") == {}


def test_the_first_short_form_given_wins_and_no_reading_means_no_nickname():
    found = given("Agus Harimurti Yudhoyono (AHY) bicara.", "Anang Hermansyah Yusuf (AHY) bicara.")
    assert found == {"ahy": ("Agus Harimurti Yudhoyono", "read")}
    assert Nicknames(lexicon("id")).given(["Saifullah Yusuf (Gus Ipul) datang."], lambda run: None) == {}


def test_a_title_and_a_nickname_after_atau_are_one_persons_name_two_full_names_are_two_people():
    text = (
        "Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau sekolah rakyat di Bandung, Senin.\n\n"
        '"Sekolah ini gratis untuk anak miskin," kata Gus Ipul.'
    )
    assert speakers(text) == ["Saifullah Yusuf"]
    text = 'Pilihan itu jatuh pada Anies Baswedan atau Ganjar Pranowo.\n\n"Kami belum memutuskan," kata Ganjar Pranowo.'
    assert speakers(text) == ["Ganjar Pranowo"]
