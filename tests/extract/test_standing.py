"""Public figures and private people: a private speaker's statements stay, rank lower, and can be left out."""

from __future__ import annotations

import json

import pytest

from claimtrack.extract.standing import Standing
from claimtrack.lexicon import lexicon
from tests.extract.helpers import run


def standing_of(text: str, language: str = "id") -> dict[str, str]:
    return {s.speaker: s.speaker_standing for s in run(text, language).statements}


def test_a_person_named_with_their_age_in_brackets_is_private():
    text = (
        '"Airnya sudah tiga hari tidak mengalir," kata Lusia Luruk Tae (45) di Desa Weoe, Rabu.\n\n'
        "Kepala Dinas Pekerjaan Umum Yohanes Nahak mengatakan pipa baru dipasang pekan depan."
    )
    assert standing_of(text) == {"Lusia Luruk Tae": "private", "Yohanes Nahak": "public"}


@pytest.mark.parametrize(
    "role",
    [
        "warga Kecamatan Mlati",
        "pedagang daging sapi di Pasar Kebayoran Lama",
        "salah satu pengunjung",
        "sopir angkot M16",
    ],
)
def test_a_private_role_makes_the_speaker_private(role):
    text = f'"Harga daging naik dua kali lipat sejak Lebaran," kata Teguh, {role}, Senin.'
    assert standing_of(text) == {"Teguh": "private"}


def test_the_same_person_is_private_in_every_statement_even_where_the_age_is_not_repeated():
    text = (
        '"Rumah makan ini mulai buka sejak 13 Februari 2019," kata Armanunsah Wahyu Sri Harsalsi (50).\n\n'
        "Armanunsah mengatakan pendapatan rumah makan itu merosot hingga 80 persen."
    )
    found = run(text).statements
    assert len(found) == 2 and {s.speaker_standing for s in found} == {"private"}


def test_a_private_speakers_statement_ranks_lower_than_the_same_words_from_an_official():
    words = "jumlah penumpang turun 80 persen sejak Maret"
    private = run(f'"{words}," kata Agung Kusumo (34), warga Kecamatan Mlati.').statements[0]
    public = run(f'"{words}," kata Kepala Dinas Perhubungan Agung Kusumo.').statements[0]
    assert private.speaker_standing == "private" and public.speaker_standing == "public"
    assert private.checkworthiness < public.checkworthiness


def test_titles_and_institutions_stay_public():
    text = (
        "Gedung Putih mengatakan Korea Utara mengirimkan senjata kepada Rusia.\n\n"
        "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan itu tidak disertai bukti."
    )
    assert set(standing_of(text).values()) == {"public"}


def test_english_roles_have_their_head_last_and_family_words_do_not_make_anyone_private():
    standing = Standing(lexicon("en"))
    assert standing.private_role("a longtime Cleveland resident")
    assert standing.private_role("a resident of Columbus")
    assert not standing.private_role("the Republican presidential nominee's eldest daughter")
    assert not standing.private_role("the state's attorney general")
    text = (
        '"The line was three hours long," said Mary Jones, a Cleveland resident.\n\n'
        "Governor John Kasich said the state had added 400 polling stations."
    )
    assert standing_of(text, "en") == {"Mary Jones": "private", "John Kasich": "public"}


def test_an_age_is_no_private_mark_in_english_news():
    text = "Joe Biden (80) said the economy added 300,000 jobs in March."
    assert standing_of(text, "en") == {"Joe Biden": "public"}


def test_public_only_drops_private_statements_and_their_links():
    text = (
        '"Korea Utara mengirim senjata ke Rusia," kata Budi (40), warga Jakarta.\n\n'
        "Juru bicara Kremlin Dmitry Peskov membantah kabar tersebut."
    )
    extraction = run(text)
    assert [s.speaker_standing for s in extraction.statements] == ["private", "public"]
    assert extraction.links  # the denial answers the private claim ...
    public = extraction.public_only()
    assert [s.speaker for s in public.statements] == ["Dmitry Peskov"]
    assert public.links == []  # ... and no link points at a statement that is not there


def test_extract_skip_private_on_the_command_line(tmp_path, cli):
    article = tmp_path / "a.txt"
    article.write_text(
        'Judul\n\n"Harga beras naik," kata Siti (52), pedagang di Pasar Minggu.\n\n'
        "Menteri Perdagangan Budi Santoso mengatakan stok beras aman hingga akhir tahun.\n",
        encoding="utf-8",
    )
    everything = json.loads(cli("extract", str(article), "--lang", "id").stdout)
    public = json.loads(cli("extract", str(article), "--lang", "id", "--skip-private").stdout)
    assert [s["speaker_standing"] for s in everything["statements"]] == ["private", "public"]
    assert [s["speaker"] for s in public["statements"]] == ["Budi Santoso"]
