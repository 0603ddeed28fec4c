"""Speakers from session 60, written again in sentences of our own (docs/extraction.md, session 60)."""

from __future__ import annotations

from tests.extract.helpers import statements


def test_a_prosecutor_by_the_abbreviation_is_the_one_the_article_named_in_full() -> None:
    """Detik blind read, session 60 (seed 3019, "… ungkap JPU" after "Jaksa Penuntut Umum (JPU) Kejari Ogan Komering
    Ilir (OKI) Ulpah", judged avoidably unresolved). "JPU" is how Indonesian news writes "Jaksa Penuntut Umum"
    (`[titles.abbreviated]`): the role said short is the one person the article gave it in full."""
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


def test_a_participle_telling_of_the_noun_that_opens_the_sentence_is_no_statement() -> None:
    """FNC-1 blind claim read, session 60 (seed 3023, C25: "The beheading of U.S. journalist Steven J. Sotloff appears
    to be authentic …" asserted by "video"). "The video showing the killing of …" is the sentence's subject, a
    participle telling of it (`[cues] showing_cues`); its verb comes after ("appears"): the video said nothing, the
    officials said the sentence (`FrameFinder._opens_sentence`, as "The NHL adding more than two fits …")."""
    text = (
        "The video showing the killing of British aid worker Tom Hale appears to be authentic, U.S. officials said "
        "Wednesday."
    )
    assert [(s.speaker, s.cue, s.content) for s in statements(text, "en")] == [
        (
            "U.S. officials",
            "said",
            "The video showing the killing of British aid worker Tom Hale appears to be authentic",
        )
    ]
    assert statements("A tape showing Mr. Lopez mocking the victims was released Friday.", "en") == []


def test_a_clause_of_time_after_the_cue_is_when_it_was_said() -> None:
    """The same sentence went on "… U.S. officials said Wednesday as President Obama said America would not be
    “intimidated” …": the officials were given "as President Obama said …" for their words. A subordinator, a subject
    and its verb after the cue, with no comma for a main clause to follow, tell when the words were said
    (`CueContext.circumstance_clause`, `[cues] content_subordinators`); the words stand before the attribution."""
    text = (
        "Fuel costs in Lagos rose 5 percent last month, officials said Wednesday as the governor said the state would "
        "cut fuel taxes."
    )
    assert [(s.speaker, s.content) for s in statements(text, "en")][:1] == [
        ("officials", "Fuel costs in Lagos rose 5 percent last month")
    ]
    assert not any(s.content.startswith("as ") for s in statements(text, "en"))
    assert statements("Prime Minister Rutte said as he entered the talks in Brussels.", "en") == []
    quoted = (
        '"A clean win is vital," Dana Whitlock said after meeting aides on Thursday, because he said the party is '
        "split."
    )
    assert [(s.speaker, s.content) for s in statements(quoted, "en")][:1] == [("Dana Whitlock", "A clean win is vital")]


def test_what_goes_on_after_a_role_or_a_comma_is_still_what_was_said() -> None:
    """Guards: "as president" is a role, no clause of time; after "he said," the words go on."""
    [statement] = statements("Senator Whitlock has said as president he would close the Kano base within a year.", "en")
    assert statement.content == "as president he would close the Kano base within a year"
    text = "That is cause for celebration, Whitlock said, because Kenyans are now living longer."
    assert any(s.content.startswith("because Kenyans") for s in statements(text, "en"))
