"""What was said, from session 57 (docs/extraction.md, session 57)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Nina Sandoval told her staff, including finance chief Raul Ortega, that the plant would close in May.",
            "the plant would close in May",
        ),
        (
            "Nina Sandoval had told advisers including the head of the regional water board, Raul Ortega, that the "
            "dam was leaking.",
            "the dam was leaking",
        ),
    ],
)
def test_whom_something_was_told_may_hold_a_name_set_off(text: str, content: str) -> None:
    """FNC-1 claim round (session 57, first, C25): "… Trump had told confidants including the head of the US
    Environmental Protection Agency, Scott Pruitt, that he plannned to pull the US out of the deal" made the claim
    "Confidants including the head of …, Scott Pruitt, that he plannned …" — whom he told kept in what he said,
    because whom may hold no comma. Up to twenty words with names or phrases set off by commas, no verb or pronoun of
    their own, then a comma and the complementizer: whom it was told."""
    (found,) = [s for s in statements(text, "en") if s.cue == "told"]
    assert found.content == content


def test_a_clause_before_the_comma_is_what_was_told() -> None:
    """Guard: "told the court he was innocent, that …" — a clause of its own (a pronoun, a finite verb) before the
    comma is words said, not whom."""
    (found,) = [
        s
        for s in statements("Nina Sandoval told the court she was innocent, that the money was a loan.", "en")
        if s.cue == "told"
    ]
    assert found.content.startswith("she was innocent")


@pytest.mark.parametrize(
    "text",
    [
        "Dilansir Antara, Kepala Dinas Pendidikan Rudi Hartono menyebut yang dipangkas bukan gaji guru, tetapi "
        "anggaran perjalanan dinas.",
        "Dikutip dari laman resmi Pemprov, Kepala Dinas Pendidikan Rudi Hartono menyebut yang dipangkas bukan gaji "
        "guru, tetapi anggaran perjalanan dinas.",
    ],
)
def test_a_relay_tag_before_the_speaker_is_none_of_his_words(text: str) -> None:
    """Detik round (session 57, second, item 20): "Dilansir detikFinance, Direktur Jenderal Anggaran Kemenkeu Luky
    Alfirman menyebut yang naik bukan iurannya, tetapi anggaran kesehatan" gave him the words "Dilansir detikFinance"
    — what follows the cue, opening with "yang", read as no object, and the piece before the speaker as what he said.
    A tag naming where the words were relayed from (`[speaker] relays`, `[cues] according_to`) is none of them."""
    (found,) = [s for s in statements(text) if s.cue == "menyebut"]
    assert (found.speaker, found.content) == (
        "Rudi Hartono",
        "yang dipangkas bukan gaji guru, tetapi anggaran perjalanan dinas",
    )
