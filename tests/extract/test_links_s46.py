"""What a confirmation supports (session 46, docs/claims.md "How a statement links to its claim"): it says what it
confirms again in its own words, or points at it by its cue ("membenarkan hal itu", "confirmed the report"); a
confirmation reported inside what someone said, or one that states something else on the same topic, supports
nothing said before; one that names whose words it confirms ("echoed Pence's suggestion", "agreed with Mr. Trump")
supports only that person's. Sentences of our own."""

from __future__ import annotations

from tests.extract.test_stance_links_checkworthy import links


def test_a_confirmation_in_other_words_on_the_same_topic_supports_nothing():
    text = (
        "Apple said the Apple Watch would go on sale in April in 40 countries.\n\n"
        "Analyst John Smith confirmed that Apple wants developers to have their Apple Watch apps ready by "
        "mid-February."
    )
    assert links(text, "en") == []


def test_a_confirmation_reported_inside_what_was_said_points_at_nothing_said_before():
    text = (
        "The governor said the flood destroyed 300 homes in the northern district on Monday.\n\n"
        "The newspaper claimed that an unnamed official had confirmed the damage to the northern district homes."
    )
    assert links(text, "en") == []


def test_a_confirmation_by_its_cue_pointing_back_supports_what_it_points_at():
    """A guard: the confirmation that points at what it confirms still supports it."""
    text = (
        "Kementerian Kesehatan mengatakan kasus demam berdarah naik tiga kali lipat di Jawa Barat pada Oktober.\n\n"
        "Kepala Dinas Kesehatan Jawa Barat Budi Santoso membenarkan kabar kenaikan kasus demam berdarah itu."
    )
    assert links(text) == [("Budi Santoso", "Kementerian Kesehatan", "supports")]


def test_a_confirmation_of_a_named_persons_words_supports_only_theirs():
    text = (
        "Governor Tom Brown said the tax cut would help small businesses grow.\n\n"
        "Senator Mary Jones said the tax cut would cost the state $3 billion over ten years.\n\n"
        "Mayor Anna Lee echoed Brown's argument that the tax cut would pay for itself in the state over ten years."
    )
    assert links(text, "en") == [("Anna Lee", "Tom Brown", "supports")]


def test_agreeing_with_someone_who_said_nothing_here_supports_no_one_else():
    text = (
        "Senator Mary Jones said the wall would cost $20 billion over ten years.\n\n"
        "Several governors agreed with Mr. Trump on the cost of the wall."
    )
    assert links(text, "en") == []


def test_a_report_of_someones_words_and_their_words_are_one_source():
    """A blind read of links inside articles (session 46): "UPI: An unidentified airport official confirmed that P"
    and the official's own "P" inside it were linked as support; one statement inside the other is one source."""
    text = (
        "The storm closed the port for two days. An unnamed port official confirmed that the rebels took control of "
        "the ship on Monday near the harbour, United Press International reported."
    )
    assert [relation for _, _, relation in links(text, "en")] == []


def test_a_denial_does_not_answer_what_says_the_same_denied_thing_is_not_so():
    """A blind read of links inside articles: one defendant's "membantah memperkaya diri …" was linked against another
    defendant's "tidak bersalah atau memperkaya orang lain …": both say it is not so."""
    text = (
        "Terdakwa kedua Budi Santoso mengatakan dirinya tidak bersalah atau memperkaya orang lain dalam perkara "
        "pengadaan alat kesehatan itu.\n\n"
        "Terdakwa pertama Andi Wijaya membantah memperkaya diri atau orang lain dalam perkara pengadaan alat "
        "kesehatan itu."
    )
    assert [relation for _, _, relation in links(text)] == []


def test_a_confirmation_points_back_only_by_its_object():
    """A blind read of links inside articles: "agreed" with content that only holds a "that" somewhere was taken to
    point back at what was said before. A confirmation points back by its cue's object ("confirmed the report")."""
    text = (
        "The agency said the factory had released toxic waste into the river in May.\n\n"
        "Farmer Joko Susilo agreed that the factory had bought land by the river in May and that it paid well."
    )
    assert links(text, "en") == []


def test_a_confirmation_of_the_report_supports_it():
    """A guard: a confirmation whose object points at what was said supports it."""
    text = (
        "The agency said the factory had released toxic waste into the river in May.\n\n"
        "The factory's owner, Joko Susilo, confirmed the report about the toxic waste on Tuesday."
    )
    assert links(text, "en") == [("Joko Susilo", "agency", "supports")]
