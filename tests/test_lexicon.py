"""The lexicon schema: a file the code cannot read right is refused with its file, line and problem."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from claimtrack import lexicon as lexicon_module
from claimtrack import lexicon_schema
from claimtrack.cli import app
from claimtrack.errors import ClaimtrackError
from claimtrack.lexicon import Entity, LexiconError, lexicon
from claimtrack.lexicon_schema import LEXICON, check_file, data_files
from claimtrack.tomlschema import field_at

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "fixtures" / "lexicons"

EXPECTED = {
    "unknown_key.toml": ["7: unknown key 'leeding' in [speaker] (did you mean leading?)"],
    "misspelt_section.toml": [
        "7: unknown section [conjuctions] (did you mean [speaker] conjunctions?); known: cues, speaker, titles, "
        "organizations, names, dates, stance, checkworthiness, claims, boilerplate, standing, segment, match"
    ],
    "wrong_type.toml": [
        "5: [cues] speech must be a list of words in quotes, not text",
        "6: [cues] post_only must be true or false, not text",
        "9: [standing] role_head must be one of 'first', 'last', not 'middle'",
        "10: [standing] checkworthiness must be a number, not text",
    ],
    "bad_regex.toml": [
        "6: [boilerplate] caption_credit is not a valid regular expression: missing ), unterminated subpattern "
        "at position 2",
        "8: [boilerplate] credit_line must name the group (?P<credit>…)",
    ],
    "duplicate_word.toml": [
        "6: [speaker] stops: 'ketika' is listed twice (this list ignores case), first on line 5",
        "11: [titles] person: 'Juru Bicara' is 'juru bicara' again (this list ignores case and punctuation), "
        "first on line 10",
        "11: [titles] person: 'Prof' is 'Prof.' again (this list ignores case and punctuation), first on line 10",
    ],
}


def _lines(path: Path) -> list[str]:
    return [f"{problem.line}: {problem.message}" for problem in check_file(path)[1]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_bad_lexicon_is_reported_with_its_lines(name):
    assert _lines(BAD / name) == EXPECTED[name]


def test_every_fixture_is_expected():
    assert sorted(p.name for p in BAD.glob("*.toml")) == sorted(EXPECTED)


def test_the_shipped_data_passes():
    assert [path.name for path in data_files()][-3:] == ["gazetteer.toml", "concepts.toml", "given_names.toml"]
    for path in data_files():
        assert check_file(path)[1] == [], path


def test_an_edit_to_a_shipped_lexicon_is_found_on_its_line(tmp_path):
    text = (ROOT / "data" / "lexicons" / "id.toml").read_text(encoding="utf-8")
    text = text.replace('stops = ["saat", ', 'stops = ["Saat", "saat", ', 1).replace(
        "\nconjunctions = ", "\nconjuctions = ", 1
    )
    edited = tmp_path / "id.toml"
    edited.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    stops = next(n for n, line in enumerate(lines, 1) if line.startswith("stops = "))
    conjunctions = next(n for n, line in enumerate(lines, 1) if line.startswith("conjuctions = "))
    assert _lines(edited) == [
        f"{conjunctions}: unknown key 'conjuctions' in [speaker] (did you mean conjunctions?)",
        f"{stops}: [speaker] stops: 'saat' is 'Saat' again (this list ignores case), first on line {stops}",
    ]


def test_a_key_in_the_wrong_section_is_sent_to_its_own(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text('[cues]\nspeech = ["said"]\nstops = ["in"]\n\n[speker]\nleading = ["but"]\n', encoding="utf-8")
    assert _lines(path) == [
        "3: unknown key 'stops' in [cues] (it belongs in [speaker])",
        "5: unknown section [speker] (did you mean [speaker]?); known: cues, speaker, titles, organizations, names, "
        "dates, stance, checkworthiness, claims, boilerplate, standing, segment, match",
    ]


def test_tables_are_checked_key_by_key(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text(
        '[dates]\nweekdays = ["Monday", "Tuesday"]\nweekday_variants = { "Mon." = "Monday", "Tue." = "Tusday" }\n'
        'date_order = "YMD"\n\n[dates.months]\n"January" = 1\n"Smarch" = 13\n"january" = 1\n',
        encoding="utf-8",
    )
    assert _lines(path) == [
        "3: [dates] weekday_variants 'Tue.': 'Tusday' is not one of weekdays",
        "4: [dates] date_order must be one of 'DMY', 'MDY', not 'YMD'",
        "8: [dates] months 'Smarch' must be a whole number from 1 to 12, not 13",
        "9: [dates] months: 'january' is 'January' again (this list ignores case), first on line 7",
    ]


def test_a_file_that_is_no_toml_or_no_utf8_is_one_problem(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('language = "xx"\n[cues\nspeech = ["said"]\n', encoding="utf-8")
    assert _lines(broken) == ["2: not valid TOML: Expected ']' at the end of a table declaration"]
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'language = "xx"\nname = "Fran\xe7ais"\n')
    assert _lines(latin) == ["2: not UTF-8: byte 28"]


def test_the_gazetteer_and_the_concepts_have_schemas_too(tmp_path):
    gazetteer = tmp_path / "gazetteer.toml"
    gazetteer.write_text(
        '[[entity]]\nname = "Kremlin"\nkind = "org"\naliases = ["the Kremlin"]\n\n'
        '[[entity]]\nname = "Istana Kremlin"\nalias = ["Kremlin"]\naliases = ["the Kremlin"]\n',
        encoding="utf-8",
    )
    assert _lines(gazetteer) == [
        "3: [[entity]] 'Kremlin' kind must be one of 'person', 'organization', 'place', not 'org'",
        "8: unknown key 'alias' in [[entity]] 'Istana Kremlin' (did you mean aliases?)",
        "9: [[entity]] 'Istana Kremlin' aliases: 'the Kremlin' is already in [[entity]] 'Kremlin', first on line 4",
    ]
    concepts = tmp_path / "concepts.toml"
    concepts.write_text('[[concept]]\nname = "send"\nid = ["kirim", "Kirim"]\nfr = ["envoyer"]\n', encoding="utf-8")
    assert _lines(concepts) == [
        "3: [[concept]] 'send' id: 'Kirim' is 'kirim' again (this list ignores case and punctuation), first on line 3",
        "4: unknown key 'fr' in [[concept]] 'send'",
    ]


# --- loading ------------------------------------------------------------------------------------------------
@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of data/ that the loaders read instead, with the caches emptied before and after."""
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    for module in (lexicon_module, lexicon_schema):
        monkeypatch.setattr(module, "data_dir", lambda: copy)
    lexicon.cache_clear()
    lexicon_module.gazetteer.cache_clear()
    yield copy
    lexicon.cache_clear()
    lexicon_module.gazetteer.cache_clear()


def test_loading_a_broken_lexicon_names_its_file_and_line(data_copy):
    path = data_copy / "lexicons" / "en.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[speaker]", "[speker]", 1), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("[speker]") + 1
    with pytest.raises(LexiconError) as raised:
        lexicon("en")
    assert str(raised.value).startswith(f"{path}:{line}: unknown section [speker] (did you mean [speaker]?)")
    assert isinstance(raised.value, ClaimtrackError)


def test_a_broken_lexicon_stops_extraction_with_one_line(data_copy, runner, tmp_path):
    path = data_copy / "lexicons" / "en.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('date_order = "MDY"', "date_order = 1"), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text('"Prices rose," the minister said.\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--lang", "en"])
    assert result.exit_code == 1
    assert re.fullmatch(
        rf"error: {re.escape(str(path))}:\d+: \[dates\] date_order must be one of 'DMY', 'MDY', "
        r"not a whole number\n",
        result.stderr,
    )


def test_a_missing_key_reads_as_its_declared_default():
    english = lexicon("en")
    assert english.value("cues", "post_only") is False
    assert english.words_of("cues", "pronoun_suffixes") == ()
    assert english.acronyms_are_organizations is True
    assert lexicon("id").words_of("cues", "pronoun_suffixes") == ("nya",)


def test_the_code_cannot_read_a_key_the_schema_does_not_declare():
    with pytest.raises(LookupError):
        lexicon("en").words_of("speaker", "conjuctions")
    with pytest.raises(LookupError):
        lexicon("en").words_of("standing", "role_head")  # a choice, not a list of words


def test_every_key_the_code_names_is_declared():
    """Reads with literal paths (`words_of("speaker", "stops")`, `value("dates", "months")`) all over claimtrack/."""
    read = re.compile(r"\b(?:words_of|value)\(\s*\"(\w+)\",\s*\"(\w+)\"\s*\)")
    found = {path for source in (ROOT / "claimtrack").rglob("*.py") for path in read.findall(source.read_text())}
    assert len(found) > 80
    for path in found:
        field_at(LEXICON, path)


# --- claimtrack lexicon check -------------------------------------------------------------------------------
def test_check_passes_the_shipped_data(runner):
    result = runner.invoke(app, ["lexicon", "check"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"lexicon check: {len(data_files())} files OK\n"


def test_check_prints_each_problem_as_file_line_problem_and_exits_1(runner):
    files = [str(BAD / "duplicate_word.toml"), str(BAD / "unknown_key.toml")]
    result = runner.invoke(app, ["lexicon", "check", *files])
    assert result.exit_code == 1
    expected = [f"{files[0]}:{line}" for line in EXPECTED["duplicate_word.toml"]]
    expected += [f"{files[1]}:{line}" for line in EXPECTED["unknown_key.toml"]]
    assert result.stdout.splitlines() == expected
    assert result.stderr == "lexicon check: 4 problems in 2 files\n"


def test_check_reads_a_folder_and_names_a_missing_file(runner, tmp_path):
    result = runner.invoke(app, ["lexicon", "check", str(BAD), str(tmp_path / "nope.toml")])
    assert result.exit_code == 1
    printed = result.stdout.splitlines()
    assert len(printed) == sum(len(problems) for problems in EXPECTED.values()) + 1
    assert printed[-1] == f"{tmp_path / 'nope.toml'}: cannot read: No such file or directory"


def test_check_of_a_good_file_is_one_line(runner):
    result = runner.invoke(app, ["lexicon", "check", str(ROOT / "data" / "lexicons" / "id.toml")])
    assert (result.exit_code, result.stdout) == (0, "lexicon check: 1 file OK\n")


def test_a_place_speaks_as_an_organisation_and_other_kinds_as_themselves():
    assert Entity("Rusia", "place").speaks_as == "organization"
    assert Entity("Kementerian Kesehatan", "organization").speaks_as == "organization"
    assert Entity("Prabowo Subianto", "person").speaks_as == "person"
