"""Patterns rewritten for speed find what the plain patterns find.

Extraction has to keep up with 200 articles a second on one core, so a few patterns are not tried at every
character: phrase lists become tries, and a pattern that needs a bracket, a cue or a comma is tried only where one
stands. Each is checked here against the plain pattern it replaces, on generated texts made of the pieces that
matter (capitals, brackets, commas, cue words, blanks).
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimtrack.extract.checkworthy import _NUMBER, _YEAR
from claimtrack.extract.name_registry import _ONE_WORD, NameRegistry
from claimtrack.extract.names import (
    _NUMBERED_UNIT,
    _TOKEN,
    _WORD_ALONE,
    _WORD_BEFORE_COMMA,
    _token_before,
    name_words,
)
from claimtrack.extract.nicknames import _NICKNAMED, _nicknamed, before_connectors, nicknames
from claimtrack.extract.phrase_bounds import _WORD_BEFORE, _word_before
from claimtrack.extract.phrases import FoldedPattern, WordStarts
from claimtrack.extract.segment import _MARK, _boundaries
from claimtrack.extract.speakers import SpeakerParser
from claimtrack.extract.stance import Stance
from claimtrack.extract.tokens import _INSIDE_CAPITAL, CAPITAL_RUN, capitalised_inside
from claimtrack.lexicon import gazetteer, lexicon, phrase_pattern
from claimtrack.textutil import fold

PIECES = [
    "Budi",
    "Santoso",
    "Gus",
    "Ipul",
    "AHY",
    "O'Neil",
    "Jr.",
    "al-Mosuli",
    "Siloam",
    "International",
    "Hospitals",
    "Trump",
    "Donald",
    "Menurut",
    "menurut",
    "according",
    "to",
    "ujar",
    "kata",
    "katanya",
    "said",
    "Kata",
    "dia",
    "di",
    "yang",
    "(",
    ")",
    ",",
    ".",
    ";",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "“",
    "”",
    "-",
    "Foundation",
    "Bapak",
    "the",
]
TEXTS = st.lists(st.tuples(st.sampled_from(["", " ", " ", "\t"]), st.sampled_from(PIECES)), max_size=40).map(
    lambda parts: "".join(blank + piece for blank, piece in parts)
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _naive(phrases: list[str], ignore_case: bool = True) -> re.Pattern[str]:
    """The alternation `phrase_pattern` made before it made tries: every phrase, longest first."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)
    flags = "(?i:" if ignore_case else "(?:"
    return re.compile(r"(?<![\w-])(" + flags + body + r"))(?![\w-])")


PHRASES = st.lists(
    st.lists(st.sampled_from(["a", "ab", "abc", "b", "Ab", "ba", "c-a", "a.b"]), min_size=1, max_size=3).map(" ".join),
    min_size=1,
    max_size=8,
)
HAYSTACK = st.lists(
    st.sampled_from(["a", "ab", "abc", "b", "Ab", "ba", "c-a", "a.b", " ", "  ", "x", "-"]), max_size=20
)


@SETTINGS
@given(PHRASES, HAYSTACK, st.booleans())
def test_a_trie_of_phrases_finds_what_the_alternation_longest_first_finds(phrases, haystack, ignore_case):
    text = " ".join(haystack)
    trie = re.compile(f"({phrase_pattern(phrases, ignore_case=ignore_case)})")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _naive(phrases, ignore_case).finditer(text)]


def test_the_longest_listed_phrase_wins_whatever_its_case():
    pattern = re.compile(phrase_pattern(["Said", "said in a statement"]))
    assert pattern.search("He said in a statement that").group() == "said in a statement"


@SETTINGS
@given(TEXTS)
@example("Ali (Xy Budi Santoso (BS) hadir")  # a bracket left open: the next one names its own short form
@example("kata dia. Budi Santoso, (BS) hadir")
def test_short_forms_in_brackets_are_found_only_where_a_bracket_is_and_as_before(text):
    assert [m.span() for m in _nicknamed(text)] == [m.span() for m in _NICKNAMED.finditer(text)]


@SETTINGS
@given(TEXTS, st.sampled_from(["id", "en"]))
@example("Menurut Ugas, harga naik. Menurutnya Budi, dikutip dari Tempo, ujar Media.", "id")
@example("according to Smith, as reported by Reuters, cited by Budi, in the words of Trump, x", "en")
def test_one_word_speakers_after_cues_are_found_as_the_cue_patterns_found_them(text, language):
    words = name_words(language)
    lex = lexicon(language)
    after_cue = re.compile(
        phrase_pattern([c for c in lex.post_cues if " " not in c]) + r"[ \t]+([A-Z][\w'’-]+)(?=[ \t]*[,.;]|[ \t]+[a-z])"
    )
    after_according = re.compile(
        phrase_pattern([c for c in lex.according_to if c.strip()]) + r"[ \t]+([A-Z][\w'’-]+)(?=[ \t]*,)"
    )
    assert list(words.spoken_after_cue(text)) == [m.group(1) for m in after_cue.finditer(text)]
    assert list(words.according_to_one_word(text)) == [m.group(1) for m in after_according.finditer(text)]


def _opens_a_body_by_patterns(registry: NameRegistry, word: str) -> bool:
    """`NameRegistry.opens_a_body` as it read the body with a pattern made for the word (53d85e8), folding the words
    it compares as that did ("International-" is "international")."""
    names = registry.parser.names
    for given_name in re.finditer(rf"\b([A-Z][\w'’-]*)[ \t]+{re.escape(word)}\b", registry.body):
        before = fold(given_name.group(1))
        if not (before in registry.parser.one_word_titles or before in names.function_words or before in names.openers):
            return False
    for found in re.finditer(rf"\b{re.escape(word)}((?:[ \t]+[A-Z][\w&.'’-]*){{1,4}})", registry.body):
        if any(fold(w) in names.institution_words for w in found.group(1).split()):
            return True
    return False


@SETTINGS
@example("Bapak Trump Trump Foundation", "Trump")  # the second "Trump" is inside the first match
@example("Trump International-", "Trump")  # (a word the two compare folded, as the code always did)
@given(TEXTS, st.sampled_from(["Siloam", "Trump", "Budi", "AHY", "O'Neil", "Jr."]))
def test_whether_a_word_opens_a_body_is_read_as_the_patterns_read_it(text, word):
    registry = NameRegistry(SpeakerParser(lexicon("en"), gazetteer()))
    registry.scan(text)
    assert registry.opens_a_body(word) == _opens_a_body_by_patterns(registry, word)


def test_a_word_opens_a_body_when_an_institution_word_follows_it_and_no_given_name_precedes_it():
    registry = NameRegistry(SpeakerParser(lexicon("en"), gazetteer()))
    registry.scan("Siloam International Hospitals opened a ward. Siloam said it would hire.")
    assert registry.opens_a_body("Siloam")
    registry = NameRegistry(SpeakerParser(lexicon("en"), gazetteer()))
    registry.scan("Donald Trump spoke. The Trump Foundation closed.")
    assert not registry.opens_a_body("Trump")


_ONE_BOUNDARY_PATTERN = re.compile(
    r"[.!?…]+(?:''|[\"”’»)\]])*(?=\s+(?:''|[\"“”«(\[])?\s*[A-Z0-9À-Ý]|\s*$)|(?<=[a-z]{4}\.)(?=[A-Z][a-z])"
)
ENDINGS = st.lists(
    st.sampled_from(
        ["kata", "dia", "Budi", "ini", "x", ".", "!", "?", "…", "”", "''", ")", " ", " ", "\n", "Ab", "AB", "7"]
    ),
    max_size=30,
).map("".join)


@SETTINGS
@given(ENDINGS, st.integers(0, 5), st.integers(0, 5))
@example("pengenalan internasional.Terkait penguatan. Lalu", 0, 0)  # a dot glued to the next sentence
def test_sentence_ends_are_found_where_the_single_pattern_found_them(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, min(cut_start, len(text)))
    expected = [(m.start(), m.end()) for m in _ONE_BOUNDARY_PATTERN.finditer(text, start, end)]
    assert list(_boundaries(text, start, end)) == expected


@SETTINGS
@given(TEXTS)
def test_words_capitalised_inside_a_sentence_are_those_the_lookbehind_pattern_found(text):
    expected = frozenset(re.findall(r"(?<=[\w,])[ \t]+([A-Z][\w'’-]*)", text))
    assert capitalised_inside(text) == expected


ALIASED = st.lists(
    st.tuples(
        st.sampled_from(["", " ", " ", "\t"]),
        st.sampled_from(
            ["Budi", "Santoso", "Gus", "Ipul", "Noel", "O'Neil", "Jr.", "atau", "alias", "aka", "a.k.a.", "akrab"]
            + ["disapa", "called", "yang", "dan", "meninjau", ",", ".", ")", "\n", "-", "Ébrié"]
        ),
    ),
    max_size=30,
).map(lambda parts: "".join(blank + piece for blank, piece in parts))


@SETTINGS
@given(ALIASED, st.sampled_from(["id", "en"]))
@example("Ali Budi atau Noel.", "id")
@example("dan Budi Jr. atau Noel.", "id")
@example("Budi Santoso alias Gus Ipul meninjau", "id")
@example("kata Lestari atau Rerie, lalu Budi Santoso alias Noel.", "id")
def test_short_forms_after_a_connector_are_found_only_back_from_a_connector_and_as_before(text, language):
    forms = nicknames(lexicon(language))
    for pattern in (forms._aliased, forms._short_aliased):
        if pattern is not None:
            assert [m.span() for m in before_connectors(pattern, forms._connectors, text)] == [
                m.span() for m in pattern.finditer(text)
            ]


FOLDING = st.lists(
    st.sampled_from(["di", "Di", "DI", "PT", "pt", "Kata", "kata", "KATA", "said", "SAID", "ẞ", "İ", "ı", "Σ", "ς"])
    | st.sampled_from([" ", "  ", ".", "-", "'", "x", "1", "di.", "&"]),
    max_size=25,
).map("".join)


@SETTINGS
@given(FOLDING)
@example("Di Jakarta")
@example("ẞ said İ kata")
def test_words_found_in_the_folded_text_are_those_a_case_insensitive_pattern_finds(text):
    starts = WordStarts(["di", "Kata", "said"], digits=True)
    assert [m.span() for m in starts.finditer(text)] == [m.span() for m in starts.any_case.finditer(text)]
    markers = FoldedPattern(r"(?<![\w'’.&-])(?P<marker>[.'’&-]*(?:di|pt)[.'’&-]*)(?![\w'’.&-])\s+")
    assert [m.span("marker") for m in markers.finditer(text)] == [
        m.span("marker") for m in markers.any_case.finditer(text)
    ]


_LAST_TOKEN = re.compile(r"([\w'’.&-]+|\()[^\w'’.&(-]*\Z")  # the word before a place, as names.py read it


def _token_before_by_pattern(text: str, at: int) -> str:
    """`_token_before` as it read the text with `_LAST_TOKEN`, 60 characters back first."""
    low = max(0, at - 60)
    while True:
        found = _LAST_TOKEN.search(text, low, at)
        if low == 0 or (found and (found.start() > low or not _TOKEN.match(text[low - 1]))):
            return found.group(1) if found else ""
        low = 0


@SETTINGS
@given(TEXTS | st.text(alphabet="ab(). ’&-_é\n", max_size=80), st.integers(min_value=0, max_value=200))
@example("x" * 70 + " (", 72)
def test_the_word_before_a_place_is_read_backwards_as_the_pattern_read_it(text, at):
    at = min(at, len(text))
    assert _token_before(text, at) == _token_before_by_pattern(text, at)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["SMPN", "Negeri", "1", "33", "12345", "Cisarua", "CISARUA", "aSMPN", "_X", " ", "\t"]),
        max_size=14,
    ).map(" ".join)
)
@example("SMPN 1 Cisarua 2 Budi")
@example("xSMPN 1 Cisarua")
def test_numbered_units_are_found_as_the_word_boundary_pattern_found_them(text):
    plain = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+\d{1,4}[ \t]+([A-Z][a-z][\w'’-]*)")
    assert [m.span(1) for m in _NUMBERED_UNIT.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


@SETTINGS
@given(
    TEXTS
    | st.lists(
        st.sampled_from(["M.", "Budi", "(KPK)", "“Gus”", "‘Appi’", "Jr.", " ", "\t", "x", "."]), max_size=20
    ).map("".join)
)
@example("kata M. Budi (KPK) “Gus” Santoso")
@example("x.Budi Santoso Jr. Ali")
@example("kata Plt Ketua PSI Bali I Putu Yoga Adi Saputra Ali")
@example("M. M.M. M.")
def test_capitalised_runs_are_found_as_the_lookahead_pattern_found_them(text):
    # (the first word one initial or a word; a middle word may be dotted initials run together: "Maria S.W. Sumardjono")
    between = r"[ \t]+(?:\([A-Z]{2,8}\)[ \t]+|[\"“‘][A-Z][\w'’-]*[\"”’][ \t]+)?"
    plain = re.compile(
        r"(?=[A-Z])(?<![\w.])(?:[A-Z]\.|[A-Z][\w'’-]*)"
        + between
        + r"(?:(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)"
        + between
        + "){0,6}"
        r"[A-Z][\w'’-]*"
    )
    assert [m.span() for m in CAPITAL_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]


# patterns that opened with a lookbehind, a lookahead, a repeat or alternatives of several lengths, and their
# rewritings that open with a character (so that `re` skips ahead to where one stands)
REWRITTEN = [
    (_WORD_ALONE, r"[ \t]+([A-Z][\w'’-]+)(?=[ \t]*[,.;]|[ \t]+[a-z])"),
    (_WORD_BEFORE_COMMA, r"[ \t]+([A-Z][\w'’-]+)(?=[ \t]*,)"),
    (_INSIDE_CAPITAL, r"[ \t]+([A-Z][\w'’-]*)"),
    (_ONE_WORD, r"(?<![\w.])[A-Z][\w'’-]+"),
    (_NUMBER, r"(?=\d)(?<![\w/])\d+(?:[.,]\d+)*"),
    (_YEAR, r"(?<!\d)(?:19|20)\d\d(?!\d)"),
    (_MARK, "''|[“«„”»\"]"),
]
SHAPES = st.lists(
    st.sampled_from(["Budi", "ujar", "kata", " ", "  ", "\t", ",", ".", ";", "x", "O'Neil", "1", "19", "2025", "/"])
    | st.sampled_from(["3,5", "12.000", "a1", "'", "''", "“", "”", '"', "«", "»", "„", "é", "_"]),
    max_size=30,
).map("".join)


@SETTINGS
@given(SHAPES)
@example("ujar  Budi, 1920 a2019 12/2025 3,5 ''kata''' “x”")
def test_patterns_that_open_with_a_character_find_what_the_patterns_they_replace_found(text):
    for fast, plain in REWRITTEN:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(plain, text)], plain


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["kata", "Budi", " ", "  ", "\t", "\n", ",", ".", "x_y", "é", "-", "12"]), max_size=25
    ).map("".join),
    st.integers(0, 120),
)
@example("ujar   Budi  ", 13)
@example("a" * 50 + " kata  ", 57)
def test_the_word_before_a_span_is_read_backwards_as_the_pattern_read_it(text, start):
    start = min(start, len(text))
    offset = max(0, start - 40)
    match = _WORD_BEFORE.search(text[offset:start])
    assert _word_before(text, start) == ((fold(match.group(1)), offset + match.start(1)) if match else None)


WORDS_AROUND = st.lists(
    st.sampled_from(["tuduhan", "Tuduhan", "itu", "tersebut", "hal", "the", "claim", "claims", "it", "Barat", "kabar"])
    | st.sampled_from(["x", " ", ",", "'s", "ı", "-", "generally", "pekan", "lalu", "kemarin", "Budi", "\n"]),
    max_size=15,
).map(" ".join)


@SETTINGS
@given(WORDS_AROUND, st.sampled_from(["id", "en"]))
@example("tuduhan Barat itu", "id")
@example("the claim's", "en")
@example("Budi pekan lalu", "id")
def test_word_lists_asked_first_decide_as_the_patterns_alone(text, language):
    lex = lexicon(language)
    assert Stance(lex).points_back(text) == bool(lex.anaphora.search(text))
    last = text.rstrip().rsplit(None, 1)[-1:]
    if lex.trailing_words.search(text):  # the pattern is asked only where the last word may end one of its words
        assert last and (not last[0].isascii() or last[0].lower().endswith(lex.trailing_word_ends))
