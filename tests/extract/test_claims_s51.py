"""Claims from session 51's reads (FNC-1 dev round `session50-fnc_dev` and the Detik dev round
`session51-detik_dev`): what is not a claim a reader can check on its own, written again in sentences of our own
(docs/claims.md, session 51)."""

from __future__ import annotations

import pytest

from claimtrack.extract.checkworthy import CheckWorthiness
from claimtrack.extract.phrases import words_of
from claimtrack.lexicon import lexicon
from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    "said",
    [
        "told reporters how the family of Haji Karim held off Taliban militants in Kunduz for three days",
        "explained why the Brooklyn Bridge was closed to traffic by the New York City transport department on Monday",
    ],
)
def test_an_indirect_question_in_english_is_no_claim(said: str) -> None:
    """ "How the family was committed to holding off the Taliban …" (FNC-1 dev round): an indirect question asserts
    nothing; `[claims] question_openers` in English ("how", "why", "whether"), as "kenapa", "apakah" in Indonesian."""
    assert claims_of(f"Police chief Ahmad Wali {said}.", "en") == []


def test_a_statement_opening_with_when_stays_a_claim() -> None:
    """Guard: a clause of time before the main clause states ("When police arrived, they found …")."""
    assert claims_of(
        "Police chief Ahmad Wali said that when officers arrived in Kunduz on Monday, 12 people had been killed by "
        "Taliban fighters.",
        "en",
    ) == ["When officers arrived in Kunduz on Monday, 12 people had been killed by Taliban fighters"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            "Kepala Dinas Pendidikan Jawa Barat Dedi Supriadi berharap Festival Sains 2025 menjadi ajang pertukaran "
            "gagasan bagi 300 pelajar dari 27 kabupaten.",
        ),
        ("en", "Mayor Jane Doyle hoped the new bridge over the Hudson River would open to 40,000 cars a day in 2026."),
    ],
)
def test_what_someone_hopes_for_is_no_claim(language: str, text: str) -> None:
    """C1 of the Detik dev read: "Fadjar berharap PYP 2025 menjadi ruang pembelajaran …" became the claim "PYP 2025
    menjadi ruang pembelajaran …", the hope worded as a fact. A hope asserts nothing, as a request does not
    (`[claims] requesting_cues` += "berharap", "mengharapkan"; "hopes", "hoped", "hope", "hoping")."""
    assert claims_of(text, language) == []


def test_a_listed_word_in_a_name_says_nothing() -> None:
    """C13 of the Detik dev read: "Gubernur NTB Lalu Muhamad Iqbal juga akan berkoordinasi …" scored "date or time
    'lalu' +0.93" from the governor's name. A word of the lists capitalised inside a sentence is part of a name
    ("Lalu Muhamad Iqbal", "the Great Recession", "in late May"); the same word in lower case still counts."""
    reader = CheckWorthiness(lexicon("id"))
    named = (
        "Bupati Kupang Lalu Sudirman juga akan berkoordinasi dengan bupati se-NTT untuk melobi Kementerian Dalam Negeri"
    )
    assert "time" not in reader.features(words_of(named), "mengatakan")
    assert claims_of(f"Kepala Bappeda NTT Yohanes Mere mengatakan {named}.") == []
    # guards: the word in lower case, and at the opening of a sentence, is the word
    assert "time" in reader.features(words_of("Harga beras naik sepekan lalu di Kupang"), "mengatakan")
    english = CheckWorthiness(lexicon("en"))
    assert "opinion" not in english.features(words_of("Exports to Great Britain fell 12 percent"), "said")
    assert "opinion" in english.features(words_of("It was a great year. Great for exports, too"), "said")


@pytest.mark.parametrize(
    ("said", "feature"),
    [
        ("ditargetkan pelaporan SPT di Jawa Timur nanti bisa tembus 2,5 juta", "plans"),
        ("saat ini Dinkes Sleman tengah melakukan verifikasi data peserta di tingkat puskesmas", "procedure"),
        ("pemeriksaan dapur SPPG dilakukan semata-mata untuk melindungi anak-anak dari keracunan", "purpose"),
        ("Festival Film Indonesia adalah barometer bagi para sineas yang telah berkarya di daerahnya", "evaluation"),
    ],
)
def test_a_target_a_check_a_motive_and_a_yardstick_are_read(said: str, feature: str) -> None:
    """The Detik dev read's C6, C9, C2 and C29: the passive of a target and "nanti" (later) are plans; checking
    data ("validasi", "verifikasi") is a step of a procedure; "semata-mata untuk" gives a motive; "barometer",
    "tolok ukur" say what a thing stands for (`[checkworthiness]` plans, procedure, purpose, evaluation)."""
    assert feature in CheckWorthiness(lexicon("id")).features(words_of(said), "mengatakan")


def test_an_act_done_to_do_something_stays_a_claim() -> None:
    """Guard: "dilakukan untuk" alone tells what an act did, not a motive (judged sensible in a test round:
    "Kunjungan Kapolda Jabar ke Bandung Zoo dilakukan untuk melakukan pencopotan garis polisi …")."""
    reader = CheckWorthiness(lexicon("id"))
    said = "kunjungan Kapolda ke Kebun Binatang Bandung dilakukan untuk mencopot garis polisi pada Senin (20/10)"
    assert "purpose" not in reader.features(words_of(said), "mengatakan")


def test_the_modal_of_possibility_is_a_hedge() -> None:
    """Dev reads (sessions 11–49): "Harga CPO bisa naik dua kali lipat", "Kota Bogor bisa menjadi contoh bagi kota
    lain …", "kemiskinan bisa turun" were claims, judged opinions: "bisa" is Indonesian's "could", as "could", "may"
    are English hedges (`[checkworthiness] hedges` had only "bisa jadi", "bisa saja")."""
    reader = CheckWorthiness(lexicon("id"))
    assert (
        reader.features(words_of("Harga karet bisa naik dua kali lipat tahun depan"), "mengatakan")["hedges"][1]
        == "bisa"
    )
    assert claims_of("Wali Kota Bogor Dedie Rachim mengatakan Kota Bogor bisa menjadi contoh bagi kota lain.") == []


@pytest.mark.parametrize(
    "said",
    [
        "Jim Carter was killed in the most horrific way",
        "the Islamic State is incredibly money-hungry",
        "the reaction to the film was fantastic",
    ],
)
def test_english_words_that_grade_with_feeling_are_opinion(said: str) -> None:
    """FNC-1 reads (dev and test rounds since session 11): "Jim was killed in the most horrific way", "The Islamic
    State is incredibly money-hungry", "a remarkably dramatic roller-coaster ride" were claims, judged opinions. English
    `[checkworthiness] opinion` had a few such words ("great", "terrible", "horrible"); adjectives and adverbs that
    grade with feeling and no measure join them."""
    features = CheckWorthiness(lexicon("en")).features(words_of(said), "said")
    assert "opinion" in features
    assert claims_of(f"His brother Michael Carter said {said}.", "en") == []


@pytest.mark.parametrize(
    "said",
    [
        "geliat investasi di Kalimantan Timur terus menunjukkan tren positif",
        "pernyataan Budi soal kepala babi itu arogan",
    ],
)
def test_a_direction_called_good_with_no_measure_is_evaluation(said: str) -> None:
    """Dev reads (sessions 11, 38): "Geliat investasi di Jawa Tengah terus menunjukkan tren positif", "Pemerintahan
    Prabowo-Gibran dinilai stabil dengan sejumlah capaian awal yang positif", "Pernyataan Hasan soal kepala babi arogan
    …" were claims, judged opinions (`[checkworthiness] evaluation` += "tren positif", "dampak positif", "capaian
    positif", "yang positif", "favorit", "arogan" …; "positif" alone stays a fact: "positif narkoba")."""
    reader = CheckWorthiness(lexicon("id"))
    assert "evaluation" in reader.features(words_of(said), "mengatakan")
    assert "evaluation" not in reader.features(words_of("tiga pengemudi dinyatakan positif narkoba"), "mengatakan")


def test_a_pronoun_of_the_other_gender_is_not_the_speaker() -> None:
    """PolNeAR dumps of session 51: "he called her 'weak' and said she had 'zero support' in New Hampshire" made the
    claim "Donald Trump had 'zero support' in New Hampshire"; "Ivanka Trump has been a pioneer in promoting women in
    his companies", "Clinton was better than the Republicans who are running" were others. A "she" in reported speech
    is not a speaker written "he" or "Mr." (and the other way round): it stays as written, and the claim vague
    (`Propositions._other_gender`)."""
    assert claims_of("Mr. Trump said on Monday that she had zero support in New Hampshire.", "en") == []
    assert claims_of("Mr. John Doe said on Monday that she had voted for the 2015 farm bill.", "en") == []
    # guard: a speaker of the pronoun's gender is still its subject
    assert claims_of("Ms. Jane Doe said on Monday that she had voted for the 2015 farm bill.", "en") == [
        "Jane Doe had voted for the 2015 farm bill"
    ]
