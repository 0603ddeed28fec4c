"""A small schema language for claimtrack's TOML data files: declared value types, and problems with their lines.

A schema is a mapping of section -> key -> value type (`Words`, `Text`, `Choice`, `Flag`, `Number`, `Whole`,
`Pattern`, `Table`, `Records`). `check_text` parses a file and checks it: a section or key the schema does not
know, a value of the wrong type, a regular expression that does not compile and an entry listed twice are
problems; tomllib gives no positions, so each problem's line is found by reading the file's text (`toml_positions`).

Word lists say how the code compares their entries, which is what makes two entries the same one:
EXACT (as written: "Dr" and "dr" are two abbreviations), CASELESS ("Juru Bicara" is "juru bicara") or
FOLDED (as `textutil.fold` does, without case, accents or punctuation: "Ph.D." is "Ph.D").
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Union

from claimtrack.textutil import fold
from claimtrack.toml_positions import KeyPath, Positions

EXACT = "exact"
CASELESS = "caseless"
FOLDED = "folded"


def _same(compare: str, word: str) -> str:
    """The form under which two entries of a list compared so are one entry."""
    if compare == FOLDED:
        return fold(word)
    if compare == CASELESS:
        return " ".join(word.casefold().split())
    return word


_HOW = {CASELESS: " (this list ignores case)", FOLDED: " (this list ignores case and punctuation)", EXACT: ""}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file; `word` and `occurrence` find its line (the second 'saat' in the list)."""

    path: KeyPath
    message: str
    word: str | None = None
    occurrence: int = 1
    earlier: tuple[KeyPath, str, int] | None = None  # where the entry this one repeats is written
    line: int = 0

    def located(self, positions: Positions) -> Problem:
        first = f", first on line {positions.line_of(*self.earlier)}" if self.earlier is not None else ""
        line = positions.line_of(self.path, self.word, self.occurrence)
        return replace(self, message=self.message + first, earlier=None, line=line)


def _toml_type(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date"


# --- the types of values ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Words:
    """A list of words or phrases in quotes, each listed once."""

    compare: str = CASELESS
    default: tuple[str, ...] = ()

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if not isinstance(value, list):
            yield Problem(path, f"{label} must be a list of words in quotes, not {_toml_type(value)}")
            return
        first: dict[str, tuple[str, int]] = {}
        written: dict[str, int] = {}
        for number, word in enumerate(value, start=1):
            if not isinstance(word, str):
                yield Problem(path, f"{label}: entry {number} is {_toml_type(word)}, not a word in quotes")
                continue
            written[word] = occurrence = written.get(word, 0) + 1
            if not word.strip():
                yield Problem(path, f"{label}: an empty entry", word, occurrence)
                continue
            key = _same(self.compare, word)
            if not key:  # "%" folds to nothing: compared as written
                key = word
            if key in first:
                earlier, earlier_occurrence = first[key]
                what = f"'{word}' is listed twice" if word == earlier else f"'{word}' is '{earlier}' again"
                yield Problem(
                    path, f"{label}: {what}{_HOW[self.compare]}", word, occurrence, (path, earlier, earlier_occurrence)
                )
            else:
                first[key] = (word, occurrence)


@dataclass(frozen=True)
class Text:
    """Free text in quotes (a language's name, a replacement phrase)."""

    default: str = ""
    required: bool = False

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if not isinstance(value, str):
            yield Problem(path, f"{label} must be text in quotes, not {_toml_type(value)}")


@dataclass(frozen=True)
class Choice:
    """One of a few words the code knows."""

    options: tuple[str, ...]
    default: str

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if value not in self.options:
            shown = f"'{value}'" if isinstance(value, str) else _toml_type(value)
            yield Problem(path, f"{label} must be one of {', '.join(repr(o) for o in self.options)}, not {shown}")


@dataclass(frozen=True)
class Flag:
    default: bool

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if not isinstance(value, bool):
            yield Problem(path, f"{label} must be true or false, not {_toml_type(value)}")


@dataclass(frozen=True)
class Number:
    default: float = 0.0

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            yield Problem(path, f"{label} must be a number, not {_toml_type(value)}")


@dataclass(frozen=True)
class Whole:
    """A whole number from `low` to `high`."""

    low: int
    high: int
    default: int = 0

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            shown = str(value) if isinstance(value, int) and not isinstance(value, bool) else _toml_type(value)
            yield Problem(path, f"{label} must be a whole number from {self.low} to {self.high}, not {shown}")


@dataclass(frozen=True)
class Pattern:
    """A regular expression in single quotes ('' turns the rule off); `groups` are the named groups the code reads."""

    groups: tuple[str, ...] = ()
    default: str = ""

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if not isinstance(value, str):
            yield Problem(path, f"{label} must be a regular expression in quotes, not {_toml_type(value)}")
            return
        if not value:
            return
        try:
            compiled = re.compile(value, re.MULTILINE)
        except re.error as exc:
            yield Problem(path, f"{label} is not a valid regular expression: {exc}")
            return
        for group in self.groups:
            if group not in compiled.groupindex:
                yield Problem(path, f"{label} must name the group (?P<{group}>…)")


Value = Union[Text, Choice, Whole]


@dataclass(frozen=True)
class Table:
    """Names with a value each: `"Januari" = 1`; `within`: each value must be an entry of that sibling list."""

    values: Value
    compare: str = CASELESS
    within: str = ""
    default: Mapping = field(default_factory=dict)

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        if not isinstance(value, dict):
            yield Problem(path, f"{label} must be a table of names and values, not {_toml_type(value)}")
            return
        allowed = {_same(CASELESS, w) for w in section.get(self.within, ()) if isinstance(w, str)}
        first: dict[str, str] = {}
        for name, item in value.items():
            for problem in self.values.check(item, (*path, name), f"{label} '{name}'", value):
                yield problem
            if self.within and isinstance(item, str) and _same(CASELESS, item) not in allowed:
                yield Problem((*path, name), f"{label} '{name}': '{item}' is not one of {self.within}")
            key = _same(self.compare, name)
            if key in first:
                yield Problem(
                    path,
                    f"{label}: '{name}' is '{first[key]}' again{_HOW[self.compare]}",
                    name,
                    1,
                    (path, first[key], 1),
                )
            else:
                first[key] = name


Field = Union[Words, Text, Choice, Flag, Number, Whole, Pattern, Table, "Records"]
Section = Mapping[str, Union[Field, "Section"]]


@dataclass(frozen=True)
class Records:
    """A list of tables, [[entity]] after [[entity]]; the words of each `unique` group name one record only."""

    fields: Section
    unique: tuple[tuple[str, ...], ...] = ()
    default: tuple = ()

    def check(self, value: object, path: KeyPath, label: str, section: Mapping) -> Iterator[Problem]:
        name = str(path[-1])
        if not isinstance(value, list) or not all(isinstance(record, dict) for record in value):
            yield Problem(path, f"[[{name}]] must be tables, each opened with [[{name}]]")
            return
        owners: list[dict[str, tuple[int, str, str, int]]] = [{} for _ in self.unique]
        for index, record in enumerate(value):
            shown = (
                f"[[{name}]] '{record['name']}'" if isinstance(record.get("name"), str) else f"[[{name}]] #{index + 1}"
            )
            where = (*path, index)
            for key, spec in self.fields.items():
                if getattr(spec, "required", False) and key not in record:
                    yield Problem(where, f"{shown} has no {key}")
            yield from _check_section(record, self.fields, where, shown + " ", self.fields)
            for group, owner in zip(self.unique, owners):
                for key in group:
                    words = record.get(key, ())
                    seen: dict[str, int] = {}
                    for word in [words] if isinstance(words, str) else words if isinstance(words, list) else ():
                        if not isinstance(word, str):
                            continue
                        seen[word] = occurrence = seen.get(word, 0) + 1
                        same = fold(word) or word
                        if same in owner and owner[same][0] != index:
                            other, other_key, other_word, other_occurrence = owner[same]
                            yield Problem(
                                (*where, key),
                                f"{shown} {key}: '{word}' is already in [[{name}]] "
                                f"'{value[other].get('name', other + 1)}'",
                                word,
                                occurrence,
                                ((*path, other, other_key), other_word, other_occurrence),
                            )
                        else:
                            owner.setdefault(same, (index, key, word, occurrence))


def _keys(schema: Section, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every (section path, key) the schema declares."""
    for key, spec in schema.items():
        if isinstance(spec, Mapping):
            yield from _keys(spec, (*path, key))
        else:
            yield path, key


def _shown(section: KeyPath, key: str) -> str:
    """How a key is named in a message: "[speaker] stops", "[dates] months", "markers"."""
    return f"[{'.'.join(str(p) for p in section)}] {key}" if section else key


def _unknown(key: str, value: object, path: KeyPath, prefix: str, schema: Section, root: Section) -> str:
    """What to say of a name the schema does not declare, with the nearest name it does."""
    if isinstance(value, dict) and not path:
        sections = [k for k, v in schema.items() if isinstance(v, Mapping)]
        close = difflib.get_close_matches(key, sections, n=1, cutoff=0.7)
        hint = f" (did you mean [{close[0]}]?)" if close else ""
        if not close:  # a key made a section: [conjuctions] for [speaker] conjunctions
            keys = [(section, name) for section, name in _keys(root) if section]
            near = difflib.get_close_matches(key, [name for _, name in keys], n=1, cutoff=0.7)
            hint = f" (did you mean {_shown(*next(k for k in keys if k[1] == near[0]))}?)" if near else ""
        return f"unknown section [{key}]{hint}; known: {', '.join(sections)}"
    where = f"in {prefix.strip()}" if prefix else f"in [{'.'.join(map(str, path))}]" if path else "at the top"
    siblings = [k for k, v in schema.items() if not isinstance(v, Mapping)]
    close = difflib.get_close_matches(key, siblings, n=1, cutoff=0.7)
    if close:
        return f"unknown key '{key}' {where} (did you mean {close[0]}?)"
    elsewhere = [section for section, name in _keys(root) if name == key and section != path]
    belongs = f" (it belongs in [{'.'.join(elsewhere[0])}])" if elsewhere and elsewhere[0] and not prefix else ""
    return f"unknown key '{key}' {where}{belongs}"


def _check_section(
    raw: Mapping, schema: Section, path: KeyPath, prefix: str = "", root: Section | None = None
) -> Iterator[Problem]:
    root = schema if root is None else root
    for key, value in raw.items():
        spec = schema.get(key)
        label = prefix + key if prefix else _shown(path, key)
        if spec is None:
            yield Problem((*path, key), _unknown(key, value, path, prefix, schema, root))
        elif isinstance(spec, Mapping):
            if isinstance(value, dict):
                yield from _check_section(value, spec, (*path, key), root=root)
            else:
                yield Problem((*path, key), f"{key} must be a section [{key}], not {_toml_type(value)}")
        else:
            yield from spec.check(value, (*path, key), label, raw)


def check_data(raw: Mapping, schema: Section) -> list[Problem]:
    """The problems of parsed data against its schema, without lines (see `check_text`)."""
    return list(_check_section(raw, schema, ()))


def field_at(schema: Section, path: Iterable[str]) -> Field:
    """The declared type of a key; LookupError when the schema declares no such key (a mistake in the code)."""
    node: Field | Section = schema
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            raise LookupError(f"the lexicon schema declares no {'.'.join(path)}")
        node = node[key]
    if isinstance(node, Mapping):
        raise LookupError(f"{'.'.join(path)} is a section, not a key")
    return node


_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def check_text(text: str, schema: Section) -> tuple[dict, list[Problem]]:
    """The parsed file and its problems, each with its line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _AT_LINE.search(str(exc))
        return {}, [
            Problem((), f"not valid TOML: {_AT_LINE.sub('', str(exc))}", line=int(found.group(1)) if found else 1)
        ]
    problems = check_data(raw, schema)
    if problems:
        positions = Positions(text)
        problems = [problem.located(positions) for problem in problems]
    return raw, problems
