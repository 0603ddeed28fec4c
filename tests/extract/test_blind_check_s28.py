"""Rules from session 28's look at the misses left by session 27's blind checks: "the president" where the article
has had more than one names no one in particular (FNC-1's Kirchner article gave "She tweeted …" to Juan Domingo
Perón), and a cue word counted by a number is a noun ("two states without which …")."""

from __future__ import annotations

from tests.extract.helpers import statements


def speakers(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(s.speaker, s.speaker_mention) for s in statements(text, language)]


KIRCHNER = (
    'Cristina Kirchner, the president of Argentina, has "adopted" a Jewish boy.\n\n'
    "In 1907 Jose Figueroa Alcorta, then-president of Argentina, became the godfather of a seventh son.\n\n"
    "In 1973 President Juan Domingo Perón formalised the tradition of presidents becoming godparents.\n\n"
    "And just before Christmas, Mrs Kirchner met with Yair.\n\n"
    'The president in her tweets described to her followers a "magical moment" with a "marvellous family." '
    'She described Yair as "a total sweety."'
)


def test_the_president_names_no_one_where_the_article_has_had_several():
    # three presidents: by apposition after a name, "then-" before the role, a title before the name
    found = speakers(KIRCHNER)
    assert found and all(speaker != "Juan Domingo Perón" for speaker, _ in found)
    assert ("president", "president") in found


def test_the_president_is_still_the_one_holder_and_one_person_written_twice_is_one():
    text = (
        "President Juan Domingo Perón formalised the tradition in 1973.\n\n"
        "The president said the law would protect every seventh son in Argentina from the old superstition."
    )
    assert speakers(text) == [("Juan Domingo Perón", "president")]
    text = (
        "Cristina Kirchner, the president of Argentina, met Yair Tawil in December.\n\n"
        "President Kirchner greeted the family at the palace.\n\n"
        "The president said the family was very special and would be welcome at any time."
    )
    assert speakers(text)[-1] == ("Cristina Kirchner", "president")


def test_an_office_set_off_after_a_name_makes_no_holder_of_a_description():
    # "…, the rally denounced …": no role of a person ("rally" is no title), so the rally stays the rally
    text = (
        "Led by Council Speaker Melissa Mark-Viverito, the rally denounced the call for a total shutdown of "
        "Muslims entering the United States."
    )
    assert ("Melissa Mark-Viverito", "rally") not in speakers(text)


def test_a_cue_word_counted_by_a_number_is_a_noun():
    text = (
        "Mrs. Clinton will return to North Carolina for an event with Michelle Obama, the first lady, in a bid to "
        "lock down two states without which Mr. Trump has no realistic route to the White House."
    )
    assert statements(text, "en") == []
    assert [
        s.cue
        for s in statements("Eight states, with 83 electoral votes, have split control of their legislatures.", "en")
    ] == []
    # a number set off by commas is no count: an age, a year
    assert speakers("Jasmine Tridevil, 21, claims she paid $20,000 for the surgery in Tampa last year.") == [
        ("Jasmine Tridevil", "Jasmine Tridevil")
    ]
    assert speakers(
        "She has become godmother to 700 children since she took office in 2007, reports The Guardian."
    ) == [("Guardian", "Guardian")]
