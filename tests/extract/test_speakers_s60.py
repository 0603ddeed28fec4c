"""Speakers from session 60, written again in sentences of our own (docs/extraction.md, session 60)."""

from __future__ import annotations

from tests.extract.helpers import statements


def test_a_prosecutor_by_the_abbreviation_is_the_one_the_article_named_in_full() -> None:
    """Detik blind read, session 60 (seed 3019, "… ungkap JPU" after "Jaksa Penuntut Umum (JPU) Kejari Ogan Komering Ilir
    (OKI) Ulpah", judged avoidably unresolved). "JPU" is how Indonesian news writes "Jaksa Penuntut Umum" (`[titles.
    abbreviated]`): the role said short is the one person the article gave it in full."""
    text = (
        "Sidang dipimpin hakim. Surat dakwaan dibacakan oleh Jaksa Penuntut Umum Kejari Banyuasin Warsini Astuti.\n\n"
        '"Terdakwa telah menerima uang sebesar Rp 40 juta dari tiga kepala sekolah," kata JPU dalam dakwaan.'
    )
    assert [(s.speaker, s.speaker_mention) for s in statements(text, "id")] == [("Warsini Astuti", "JPU")]


def test_a_prosecutor_by_the_abbreviation_stays_a_role_when_the_article_names_two() -> None:
    """Guard: two prosecutors named, "kata JPU" is neither of them."""
    text = (
        "Jaksa Penuntut Umum Warsini Astuti dan Jaksa Penuntut Umum Andi Saputra membacakan dakwaan.\n\n"
        '"Terdakwa telah menerima uang sebesar Rp 40 juta dari tiga kepala sekolah," kata JPU dalam dakwaan.'
    )
    assert [s.speaker for s in statements(text, "id")] == ["JPU"]
