"""Rules from session 48's blind reads, written again in sentences of our own (docs/extraction.md, session 48).

FNC-1, seed 2747: "The third funding source was exposed by otolaryngologist Siruwan al-Mosuli. He said that lately he
noticed unusual movement …" was credited to the tribal sheikh quoted two paragraphs before: the doctor's name, one
capitalised word and "al-" joined to the next, made no run of capitals, and the agent of a passive was no one a
pronoun after it could mean in English."""

from __future__ import annotations

import pytest

from tests.extract.helpers import statements

SHEIKH = (
    'A tribal elder in the province, Sheikh Karim Abu Salim, said, "The gangs take 50,000 dinars from each family."\n\n'
)


def _speaker_of(found: list, start: str) -> str:
    (statement,) = [s for s in found if s.content.startswith(start)]
    return statement.speaker


def test_the_agent_of_the_sentence_before_is_whom_he_means() -> None:
    found = statements(
        SHEIKH + "The second source was exposed by surgeon Karwan al-Tikriti. He said that the hospital hired foreign "
        "doctors last year.",
        "en",
    )
    assert _speaker_of(found, "the hospital") == "Karwan al-Tikriti"


def test_a_name_with_a_hyphened_particle_is_one_name() -> None:
    """FNC-1 750: "[Al-Mosuli] said that lately he noticed …" was credited to "Al-Mosuli", not to the doctor the
    article named in full."""
    found = statements(
        SHEIKH + "The report cited a doctor named Karwan al-Tikriti. Al-Tikriti said that organs were sold abroad.",
        "en",
    )
    assert _speaker_of(found, "organs") == "Karwan al-Tikriti"


def test_a_run_of_capitals_keeps_its_particle_too() -> None:
    """A guard: "Abu Bakr al-Baghdadi" is a run of capitals already; its last words are no second name."""
    found = statements("Abu Bakr al-Baghdadi said the group would fight on. Al-Baghdadi said it had won.", "en")
    assert _speaker_of(found, "it had won") == "Abu Bakr al-Baghdadi"


@pytest.mark.parametrize(
    "between",
    [
        # a woman joined the call: "she" is her, not the man who spoke before
        "He was joined on the call by Ilyse Hogue, president of the group.",
    ],
)
def test_someone_joined_by_a_passive_takes_the_pronoun_that_fits(between: str) -> None:
    found = statements(f"Patrick Murphy said the bill had failed. {between} She said the senator did nothing.", "en")
    assert _speaker_of(found, "the senator") == "Ilyse Hogue"


@pytest.mark.parametrize(
    "before",
    [
        # "by" after a noun, no passive: no agent
        "Daniel Ross says millions lost their homes because of lawbreaking by Wall Street Partners.",
        # someone spoke in that sentence: the agent named there is no one the pronoun follows
        "The plan was drafted by Emma Lane, Daniel Ross said.",
    ],
)
def test_no_agent_without_a_passive_or_where_someone_spoke(before: str) -> None:
    """Guards: the PolNeAR sentence "Sanders says millions lost their homes because of … lawbreaking by Wall Street. He
    says …" gave "Wall Street" the pronoun in a first version of the rule."""
    found = statements(f"Daniel Ross said the banks had failed. {before} He says the answer is to break them up.", "en")
    assert _speaker_of(found, "the answer") != "Emma Lane"
    assert _speaker_of(found, "the answer") != "Wall Street Partners"


@pytest.mark.parametrize(
    "sentence",
    [
        "While Northfield Bank also offers digital banking services, the bank has used its branches to sell loans.",
        "Mayor Ann Keller offered her condolences to the families of the victims.",
        "The foundation offered a $20,000 reward for information about the murder.",
    ],
)
def test_a_thing_offered_is_no_statement(sentence: str) -> None:
    """PolNeAR test, seed 2748: "While Wells also offers digital banking services, …" was a statement of "Wells"."""
    assert statements(sentence, "en") == []


def test_an_offer_in_words_stays() -> None:
    """A guard: a quotation, or a clause, offered is words said."""
    found = statements(
        '"We are open to talks," the union offered. The company offered that it would pay the fine in full.', "en"
    )
    assert [s.content for s in found] == ["We are open to talks", "it would pay the fine in full"]


def test_whoever_offered_a_thing_is_still_whom_a_pronoun_means() -> None:
    """PolNeAR: "John Podesta … offered a slogan straight out of the 1990s when I asked him how she'd mount a defense.
    “She will fight …,” he said." went to Hillary Clinton in a first version that dropped the attribution."""
    found = statements(
        "Hillary Clinton spoke in Ohio on Monday. And her campaign chairman John Podesta offered a slogan from the "
        "1990s when I asked him how she would mount a defense.\n\n"
        "“She will fight for the American people and their families,” he said.",
        "en",
    )
    assert _speaker_of(found, "She will fight") == "John Podesta"
    assert not [s for s in found if s.cue == "offered"]


def test_the_treasury_is_a_body_whose_spokeswoman_speaks_for_it() -> None:
    """PolNeAR test, seed 2748: "Britain's Treasury said … . '…,' a spokeswoman said" left the spokeswoman open: the
    Treasury was read as a person, and a person has no spokeswoman the article would not name."""
    found = statements(
        "Britain's Treasury said the government was not involved in the decision. \"This is a matter for the bank, not "
        'for the government," a spokeswoman said.',
        "en",
    )
    assert {s.speaker for s in found} == {"Britain's Treasury"}
    assert {s.speaker_kind for s in found} == {"organization"}


@pytest.mark.parametrize(
    "sentence",
    [
        "For her part, Hillary Clinton sought to make a broader indictment against Trump, saying his comments about "
        "women reflect a broader intolerance.",
        "Hillary Clinton met with the board of the union, saying the company would cut 500 jobs.",
    ],
)
def test_a_participle_after_an_object_is_the_sentence_subjects(sentence: str) -> None:
    """PolNeAR test, seed 2748: '"This is who Donald Trump is," Clinton said' stayed "Clinton" (the article names
    Bill Clinton too): the sentence before, "For her part, Hillary Clinton sought …, saying his comments …", gave her
    no statement, as a participle after an object ("against Trump,") was left unsaid."""
    found = statements("Bill Clinton spoke in Ohio on Monday. " + sentence, "en")
    (statement,) = [s for s in found if s.cue == "saying"]
    assert statement.speaker == "Hillary Clinton"


@pytest.mark.parametrize(
    "sentence",
    [
        # a title whose run goes on past "of": no subject read from its first word
        "Secretary of State John Kerry met with the press, calling the killing an act of savagery.",
        # a word capitalised only because it opens the sentence is no name
        "Many met with the board of directors, saying the company would cut jobs.",
        # a possessive is no subject
        "Ryan's office met with the board of directors, saying the company would cut jobs.",
    ],
)
def test_no_subject_but_a_name_or_a_pronoun_speaks_the_participle(sentence: str) -> None:
    """Guards: what a first version of the rule took for the sentence's subject ("Secretary", "Many", "Ryan’s")."""
    found = statements(sentence, "en")
    assert not [s for s in found if s.speaker in ("Secretary", "Many", "Ryan's")]


def test_a_second_verb_after_a_comma_is_the_subjects_in_indonesian() -> None:
    """Detik claims read, seed 2754: "Trump merespons pengumuman Musk, menyebut pembentukan America Party adalah hal
    konyol" made Musk the speaker (the name before the comma, an object's possessor)."""
    found = statements(
        "Sementara itu, Presiden Joko Susilo merespons pengumuman Menteri Budi Santoso, menyebut pembentukan partai "
        "baru itu adalah hal konyol.",
        "id",
    )
    assert [s.speaker for s in found if s.cue == "menyebut"] == ["Joko Susilo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue set inside the sentence: the name after it speaks, as before
        ("Penyidik, terang Kombes Bhakti Santoso, mengatakan membagi berkas menjadi empat berkas.", "Bhakti Santoso"),
        # a name given by a word that names
        ("Salah satu orang tua calon siswa, berinisial S, mengatakan tidak mengetahui soal namanya.", "S"),
    ],
)
def test_no_second_verb_after_an_inserted_cue_or_a_name_given(text: str, speaker: str) -> None:
    """Guards: what a first version of the Indonesian rule left unsaid (Detik: three copies of "Penyidik, terang
    Bhakti, mengatakan …", one "inisial S, mengatakan …")."""
    assert [s.speaker for s in statements(text, "id") if s.cue == "mengatakan"] == [speaker]


def test_a_relative_clause_split_by_its_own_commas_belongs_to_the_name_before_it() -> None:
    """PolNeAR test, seed 2753: "Geneva Reed-Veal, whose daughter, Sandra Bland, died in a Texas jail after a traffic
    stop last year, called on the congregation …" was credited to the daughter (the one wrong speaker of its packet):
    the predicate of the relative clause, a verb in the past, was not seen as one."""
    found = statements(
        "Maria Ortiz, whose son, Daniel Ortiz, died in a county jail after a traffic stop last year, called on the "
        "congregation to vote in November.",
        "en",
    )
    assert [s.speaker for s in found] == ["Maria Ortiz"]


def test_a_past_after_a_relative_that_is_not_split_is_the_main_clauses() -> None:
    """A guard: a first version gave "R-Ill" the statement of "Sen. Mark Kirk, R-Ill., who faces …, rescinded his
    endorsement of Trump, saying …"."""
    found = statements(
        "Sen. Mark Kirk, R-Ill., who faces a tough re-election battle in his home state, rescinded his endorsement of "
        "Trump, saying he lacks the temperament to be president.",
        "en",
    )
    assert [s.speaker for s in found] == ["Mark Kirk"]


def test_lying_somewhere_passes_no_verdict() -> None:
    """FNC-1, seed 2752: '"Qiang Qiang had fainted and was lying in a pool of blood. … It was simply horrific," she
    said' was a denial (`[stance] not_denying`)."""
    found = statements(
        "'The boy had fainted and was lying in a pool of blood next to the stove. It was simply horrific,' his "
        "neighbour Cai Tuan said.",
        "en",
    )
    assert [s.stance for s in found] == ["assert"]
    found = statements("Cai Tuan said the police officer was lying about the time of the call.", "en")
    assert [s.stance for s in found] == ["assert"]  # (an accusation: a verdict said of someone, no denial)


def test_someone_brought_in_by_name_and_age_is_whom_the_next_pronoun_means() -> None:
    """PolNeAR test, seed 2756: "Puckett, 19, a nursing major, sat in the last row. At the event's conclusion, she
    said she had no idea …" went to the professor quoted before (the one wrong speaker of its packet)."""
    found = statements(
        '"This is a campus that is not used to talking about race," Professor Michelle Dean said.\n\n'
        "After the incident, administrators asked Dean to convene a meeting. Hailey Burke, 19, a nursing major, sat "
        "in the last row. At the event's conclusion, she said she had no idea that the wall would be read as racist.",
        "en",
    )
    assert _speaker_of(found, "she had no idea") == "Hailey Burke"


def test_a_caption_with_an_age_brings_no_one_in() -> None:
    """A guard: FNC-1 2333, "Shera Bechard, 27, French-Canadian model … and now Hef's girlfriend" (a caption, no
    full stop) then "… he added: 'I'm lying in bed next to Shera …'" went to her in a first version."""
    found = statements(
        "Playboy boss Hugh Hefner said the rumours were greatly exaggerated.\n\n"
        "Shera Bechard, 27, model and actress and now Hef's girlfriend\n\n"
        "And to prove how much alive he was, he added: 'I'm lying in bed next to Shera with a big smile on my face.'",
        "en",
    )
    assert "Shera Bechard" not in {s.speaker for s in found}


def test_a_pull_quote_on_its_own_line_goes_on_from_no_one() -> None:
    """FNC-1, seed 2755: the pull quote '“They are like cogs in a machine”', set between paragraphs with no stop
    inside, was given to the official quoted before it (the words were the clinic director's, quoted after)."""
    found = statements(
        'Inspector Glenda Moss said the matter was of grave concern. "To involve children is pure evil."\n\n'
        "“They are like cogs in a machine”\n\n"
        "Clinic director Shaheda Omar said it was the first time she had heard of the role-play.",
        "en",
    )
    assert not [s for s in found if "cogs" in s.content]


def test_a_quotation_that_goes_on_keeps_its_speaker() -> None:
    """A guard: a quotation paragraph with its stop (inside a quotation of its own too) goes on from the speaker."""
    found = statements(
        '"We are all civil people," Professor Jared Sexton said.\n\n'
        "“But at times I can catch a flicker in their eyes of, ‘What am I doing here?’”",
        "en",
    )
    assert [s.speaker for s in found] == ["Jared Sexton", "Jared Sexton"]


def test_an_answer_after_the_interviewers_words_is_not_theirs() -> None:
    """PolNeAR test, seed 2758: after '“It seems so unusual …,” she said' (the interviewer, Stephanie Ruhle), the next
    paragraph, '“Well — you know — I would tell you …”', was hers (Michael Flynn answered)."""
    found = statements(
        'Ruhle pressed Flynn on Russia. "It seems so unusual to have so many people tied to a foreign government," '
        "Stephanie Ruhle said.\n\n"
        "“Well — you know — I would tell you the first couple of names you mentioned are not tied to the campaign.”",
        "en",
    )
    assert not [s for s in found if "first couple" in s.content]
    found = statements(
        '"No double minority wants a man who insults her family," Maria Lopez said.\n\n'
        "“No double minority will vote for him.”",
        "en",
    )
    assert [s.speaker for s in found] == ["Maria Lopez", "Maria Lopez"]  # ("No" opening a sentence is no answer)
