"""Speakers and contents from session 62, written again in sentences of our own (docs/extraction.md, session 62)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements


@pytest.mark.parametrize(
    ("text", "language", "speaker", "content"),
    [
        (
            "Prices rose 20 percent in March, according to Jane Doe, a spokeswoman for the company.",
            "en",
            "Jane Doe",
            "Prices rose 20 percent in March",
        ),
        (
            "When the plant closed, the town lost a third of its jobs, according to Mark Ruiz, head of the county"
            " development office.",
            "en",
            "Mark Ruiz",
            "When the plant closed, the town lost a third of its jobs",
        ),
        (
            "Produksi padi turun 5 persen tahun ini, menurut Lembaga Riset Pangan, sebuah lembaga independen yang"
            " memantau harga beras.",
            "id",
            "Lembaga Riset Pangan",
            "Produksi padi turun 5 persen tahun ini",
        ),
    ],
)
def test_a_description_after_a_trailing_according_to_is_the_source_not_the_content(
    text: str, language: str, speaker: str, content: str
) -> None:
    """PolNeAR dev read in session 62 ("…, it can be extremely effective in reducing suicide, according to Craig
    Bryan, head of the National Center for Veterans Studies …" gave the description as what he said; "…, according to
    public filings, a huge sum for a firm with 35 partners"). A description set off after the source of a trailing
    "according to" / "menurut", with no verb of its own outside a relative clause, describes the source
    (`SpeakerSpans.apposition_to_end`, `CueContext.holds_own_verb`): what was said is the clause before the cue, and
    the claim no longer reads "Prices rose 20 percent in March a spokeswoman for the company"."""
    found = [(s.speaker, s.content) for s in statements(text, language)]
    assert found == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "About 10 p.m., according to the official timeline, the security contractors left for the compound.",
            "en",
            "the security contractors left for the compound",
        ),
        (
            "Dikutip dari laman Express, menurut apoteker Noel Wicks, sebuah laporan baru menemukan bahwa orang muda"
            " sudah mengalami artritis.",
            "id",
            "sebuah laporan baru menemukan bahwa orang muda sudah mengalami artritis",
        ),
    ],
)
def test_a_clause_after_according_to_with_its_own_verb_is_what_was_said(text: str, language: str, content: str) -> None:
    """Guard (PolNeAR train, Detik 834): after "According to X," a clause with its own verb ("left", "menemukan
    bahwa") is what X said, though it opens with a determiner as a description would."""
    assert [s.content for s in statements(text, language)] == [content]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Lembaga Survei Indonesia", "Lembaga Survei Indonesia"),
        ("Lembaga Bantuan Hukum Jakarta", "Lembaga Bantuan Hukum Jakarta"),
        ("lembaga survei Indikator", "Indikator"),
    ],
)
def test_a_capitalised_body_word_before_dictionary_words_opens_one_institution(mention: str, name: str) -> None:
    """Noticed in session 62 while writing the test above ("menurut Lembaga Riset Pangan" was "Riset Pangan", with
    the role "Lembaga"). "Lembaga" is listed both as a title that makes its speaker a body ("lembaga survei
    Indikator") and as a head of bodies' names: written capitalised before words of the dictionary (and perhaps a
    place), it opens the institution's own name (`SpeakerParser._parse_phrase`); in lower case it still describes the
    body named after it."""
    text = f"{mention} mengatakan harga beras naik 5 persen tahun ini."
    assert [s.speaker for s in statements(text, "id")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Poland supports the coalition against the armed group in the north.",
        "Senator Mary Jones endorsed Governor Bill Smith on Thursday.",
        "Mr. Ortiz generally supported Democrats during his time on the council.",
        "The union opposes the new tax on fuel.",
    ],
)
def test_a_side_taken_with_a_noun_phrase_is_no_statement(text: str) -> None:
    """FNC-1 blind read 1 of session 62 (item 9, wrong: "Poland supports the coalition against the Islamic State"
    was Poland's statement), PolNeAR dev extras ("Mr. Schultz generally supported Democrats during his time on
    MSNBC"). A cue of taking a side (supported, backed, endorsed, opposed; `[cues] topic_cues`) whose object is only
    a noun phrase reports a position the writer describes, no words said (`Extractor._topic_only`)."""
    assert statements(text, "en") == []


def test_a_side_taken_with_a_clause_is_still_said() -> None:
    """Guard: with a clause after it, a cue of taking a side still reports words ("backed the claim that …" names what
    was backed; "supported the plan, saying it would …" keeps its participle's statement)."""
    text = "Senator Mary Jones supported the plan, saying it would lower fuel prices by ten percent."
    assert [(s.speaker, s.cue) for s in statements(text, "en")] == [("Mary Jones", "saying")]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        ("Rudi membantah tegas kabar bahwa sekolah itu menerima bantuan.", "id", "kabar bahwa sekolah itu"),
        ("Rudi menampik mentah-mentah klaim pelatih tersebut.", "id", "klaim pelatih tersebut"),
        ("Rudi membantah dengan keras bahwa sekolah menerima bantuan.", "id", "sekolah menerima bantuan"),
        ("Mr. Ruiz denied flatly any wrongdoing by the firm.", "en", "any wrongdoing by the firm"),
    ],
)
def test_an_adverb_of_manner_after_the_cue_is_the_cue(text: str, language: str, content: str) -> None:
    """Detik blind read 1 of session 62 (item 7: "Zaenal membantah tegas kabar tersebut" said "tegas kabar
    tersebut"). An adverb of how it was denied or said, right after the cue (`[cues] manner_adverbs`: "tegas",
    "mentah-mentah", "dengan keras", "flatly"), is the cue's, whatever follows (`AfterCue.span`): what was said
    begins after it."""
    found = statements(text, language)
    assert len(found) == 1 and found[0].content.startswith(content), [s.content for s in found]
