"""What a denial points back at, in the order of the language's noun phrase (session 48, docs/claims.md): English
puts the determiner before the noun ("the claim", "those allegations", "Rubio's claim"), Indonesian after ("tuduhan
itu"). FNC-1 2554, a blind links read: the president's tweet "It is my opinion that many of the leaks coming out of
the White House are fabricated lies …" was linked as contradicting Jim Mattis's words on the White House, through
"it … that" read as a pointer. Sentences of our own."""

from __future__ import annotations

from tests.extract.test_stance_links_checkworthy import links


def test_it_and_a_complementizer_point_at_nothing() -> None:
    text = (
        "Defense Secretary Tom Hale said the White House had a discussion going on about its climate policy.\n\n"
        '"It is my opinion that many of the leaks coming out of the White House are fabricated lies," the president '
        "wrote."
    )
    assert links(text, "en") == []


def test_a_possessive_before_the_claim_points_back() -> None:
    text = (
        "Senator Mark Reed said Governor Ann Cole was not a real conservative on immigration.\n\n"
        "Cole's spokeswoman Catherine Frazier said Reed's claim that Cole favors legalizing illegal immigrants is "
        '"simply not true."'
    )
    assert links(text, "en") == [("Catherine Frazier", "Mark Reed", "contradicts")]


def test_an_indonesian_pointer_follows_its_noun() -> None:
    """A guard: "tuduhan itu" still points back."""
    text = (
        "Kementerian Luar Negeri AS mengatakan Korea Utara mengirimkan senjata kepada Rusia pada Oktober.\n\n"
        "Juru bicara Kremlin Dmitry Peskov membantah tuduhan itu."
    )
    assert links(text) == [("Dmitry Peskov", "Kementerian Luar Negeri AS", "contradicts")]
