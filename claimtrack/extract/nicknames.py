"""Nicknames: the short forms a document gives its people, and whom each stands for.

"Saifullah Yusuf (Gus Ipul)", "Munafri 'Appi' Arifuddin", "Immanuel Ebenezer atau Noel": the document says once
what it will call someone, and coreference reads the short form so from then on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, partial

from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

# "Menteri Sosial Saifullah Yusuf (Gus Ipul)", "Bijaksana Junerosano (Sano)"
_NICKNAMED = re.compile(
    # (the capital first, then what is before it: the engine then skips ahead to capitals)
    r"(?P<run>[A-Z](?<![\w.][A-Z])[\w'’.-]*[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,6}[A-Z][\w'’.-]*),?[ \t]*"
    r"\((?P<nickname>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})\)"
)
# "Munafri 'Appi' Arifuddin": a nickname in quotation marks inside the name
_QUOTED_NICKNAME = re.compile(
    r"(?P<before>[A-Z](?<![\w.][A-Z])[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,5})[ \t]+"
    r"['‘\"“](?P<nickname>[A-Z][\w-]+)['’\"”][ \t]+(?P<after>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})"
)
_BRACKETED_CAPITAL = re.compile(r"\((?=[A-Z])")
_QUOTED_WORD = re.compile(r"['‘\"“][A-Z][\w-]+['’\"”][ \t]+[A-Z]")

Person = tuple[str, str]  # full name, role


def _run_start(text: str, at: int, floor: int) -> int:
    """Where a run of names and the blanks between them, ending at `at`, may begin (not before `floor`)."""
    while at > floor and (text[at - 1].isalnum() or text[at - 1] in "_'’.- \t"):
        at -= 1
    return at


def _nicknamed(text: str) -> Iterator[re.Match[str]]:
    """`_NICKNAMED.finditer(text)`, tried only before each opening bracket with a capital after it: the pattern
    tried at every capital of an article costs some fifty times more than finding its brackets."""
    for bracket in _BRACKETED_CAPITAL.finditer(text):
        start = bracket.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and text[start - 1] == ",":
            start -= 1
        start = _run_start(text, start, 0)  # back to where the run of names before the bracket begins
        closing = text.find(")", bracket.end())
        match = _NICKNAMED.search(text, start, len(text) if closing < 0 else closing + 1)
        if match is not None and match.start("nickname") == bracket.end():  # (not a later bracket's)
            yield match


def before_connectors(pattern: re.Pattern[str], connectors: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that is a run of capitalised words (each beginning with A–Z), then a
    connector in lower case ("atau", "alias"): tried only at the capitals of the run before each connector
    `connectors` finds. (A run holds no word in lower case, so no match starts before an earlier connector; the
    pattern tried at every capital of an article costs many times more than finding its connectors.)"""
    tried = 0  # every place before this was tried, or lies inside a match given
    for connector in connectors.finditer(text):
        end = connector.start()
        if end < tried:
            continue
        for at in range(_run_start(text, end, tried), end):  # the run before the connector may begin from there
            if "A" <= text[at] <= "Z":
                match = pattern.match(text, at)
                if match is not None:
                    yield match
                    tried = match.end()
                    break
        else:
            tried = end


class Nicknames:
    """One language's ways of giving a person a short form: in brackets, in quotation marks inside the name, or
    after a connector ("alias", "aka", "atau")."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._aliased_pattern: re.Pattern[str] | None = None

    @property
    def _aliased(self) -> re.Pattern[str] | None:
        """A full name, then the name it goes by, joined by "alias" / "aka" (up to three words) or "atau" (one
        word), before a clause's end or its verb: "Immanuel Ebenezer atau Noel.", "Saifullah Yusuf alias Gus Ipul
        meninjau …"."""
        if self._aliased_pattern is None:
            if self._connector_pattern is None:
                return None
            self._aliased_pattern = re.compile(
                r"(?P<run>[A-Z](?<![\w.][A-Z])[\w'’.-]*[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*)[ \t]+"
                rf"(?P<connector>{self._connector_pattern})[ \t]+{self._naming_pattern}"
                r"(?P<nickname>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=[.,;)]|[ \t]+[a-z]|$)",
                re.MULTILINE,
            )
        return self._aliased_pattern

    @cached_property
    def _connector_pattern(self) -> str | None:
        """The words that join a name to the name it goes by ("alias", "aka", "atau"), as a pattern; None if none."""
        connectors = [
            *self.lex.words_of("names", "alias_connectors"),
            *self.lex.words_of("names", "one_word_alias_connectors"),
        ]
        return phrase_pattern(connectors, ignore_case=False) if connectors else None

    @cached_property
    def _connectors(self) -> re.Pattern[str]:
        """A connector with blank space on each side, where `_aliased` and `_short_aliased` are tried."""
        return re.compile(rf"[ \t](?:{self._connector_pattern or '(?!x)x'})[ \t]")

    @cached_property
    def _naming_pattern(self) -> str:
        """A word of naming after the connector, perhaps after a relative or an adverb: "atau kerap disapa JQ",
        "alias akrab dipanggil Noel", "atau yang akrab disapa Gus Ipul" (`[names] naming`); an empty pattern if the
        language lists none."""
        naming = self.lex.words_of("names", "naming")
        return rf"(?:(?:[a-z]+[ \t]+){{0,2}}{phrase_pattern(naming, ignore_case=False)}[ \t]+)?" if naming else ""

    @cached_property
    def _short_aliased(self) -> re.Pattern[str] | None:
        """A one-word short name, then the one word it also goes by: "Pernyataan yang diungkapkan Lestari atau Rerie
        …" (after a word in lower case, so that the short name is all of its run)."""
        if self._connector_pattern is None:
            return None
        return re.compile(
            r"(?<=[a-z,] )(?P<run>[A-Z][\w'’-]+)[ \t]+"
            rf"(?P<connector>{self._connector_pattern})[ \t]+{self._naming_pattern}"
            r"(?P<nickname>[A-Z][\w'’-]+)(?=[.,;)]|[ \t]+[a-z])"
        )

    @cached_property
    def _described_pattern(self) -> re.Pattern[str] | None:
        """A sentence opened by a noun for a person, a relative and a word of naming, then the name ("Perempuan yang
        disapa Leni ini menegaskan …", `[speaker] person_nouns`, `[cues] relatives`, `[names] naming`)."""
        nouns = self.lex.words_of("speaker", "person_nouns")
        relatives = self.lex.words_of("cues", "relatives")
        naming = self.lex.words_of("names", "naming")
        if not (nouns and relatives and naming):
            return None
        return re.compile(
            rf"(?:^|(?<=[.!?\"”]\s))(?i:{phrase_pattern(nouns)})[ \t]+"
            rf"{phrase_pattern(relatives, ignore_case=False)}[ \t]+"
            rf"(?:(?:[a-z]+[ \t]+)?{phrase_pattern(naming, ignore_case=False)}[ \t]+)"
            r"(?P<nickname>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?=[ \t]+[a-z]|[,.])",
            re.MULTILINE,
        )

    def described(self, text: str) -> Iterator[tuple[int, str]]:
        """Where a sentence gives the person just named a short form by describing them ("Perempuan yang disapa Leni
        ini …" after "Ketua Bawaslu Manggarai Barat Maria Magdalena S Seriang mengatakan …"): (position, short form).
        Whom it names is the person named last before it, which the caller knows."""
        pattern = self._described_pattern
        if pattern is None:
            return
        for match in pattern.finditer(text):
            yield match.start(), match.group("nickname")

    def given(
        self,
        texts: Iterable[str],
        person: Callable[[str], Person | None],
        full_name: Callable[[str], Person | None] | None = None,
    ) -> dict[str, Person]:
        """Each short form the texts give (folded) → the person it stands for: `read`, every one read."""
        return dict(self.read(texts, person, full_name).items())

    def read(
        self,
        texts: Iterable[str],
        person: Callable[[str], Person | None],
        full_name: Callable[[str], Person | None] | None = None,
    ) -> GivenNicknames:
        """Each short form the texts give (folded) → the person it stands for, as `person` reads the full name
        before it, or `full_name` the full name a one-word short name stands for ("Lestari atau Rerie", where the
        article names Lestari Moerdijat; not "Anies atau Ganjar", where it names both in full); the first the
        document gives wins. `person` is asked only when a short form is looked up (most bracketed acronyms are
        institutions' and never are); `full_name` now, as it answers from what has been read so far."""
        found: dict[str, list[Callable[[], Person | None]]] = {}
        written: dict[str, str] = {}  # folded → as the document first wrote it

        def add(nickname: str, named: Callable[[], Person | None]) -> None:
            found.setdefault(fold(nickname), []).append(named)
            written.setdefault(fold(nickname), nickname)

        for text in texts:
            for match in _nicknamed(text):
                add(match.group("nickname"), partial(person, match.group("run")))
            quoted = _QUOTED_WORD.search(text) is not None  # (rare: the full pattern only then)
            for match in _QUOTED_NICKNAME.finditer(text) if quoted else ():
                add(match.group("nickname"), partial(person, f"{match.group('before')} {match.group('after')}"))
            aliased = self._aliased
            for match in before_connectors(aliased, self._connectors, text) if aliased is not None else ():
                one_word = self.lex.words_of("names", "one_word_alias_connectors")
                nickname = match.group("nickname").split()
                titled = len(nickname) == 2 and nickname[0] in self.lex.words_of("names", "nickname_titles")
                if len(nickname) > 1 and match.group("connector") in one_word and not titled:
                    continue  # "Anies Baswedan atau Ganjar Pranowo": two people, one or the other ("atau Gus Ipul" one)
                add(match.group("nickname"), partial(person, match.group("run")))  # "Immanuel Ebenezer atau Noel."
            if full_name is not None and self._short_aliased is not None:
                for match in before_connectors(self._short_aliased, self._connectors, text):
                    named = full_name(match.group("run"))
                    if named is not None and " " in named[0] and full_name(match.group("nickname")) is None:
                        add(match.group("nickname"), partial(_same, named))
        return GivenNicknames(found, written)


_FORMS: dict[int, Nicknames] = {}


def nicknames(lex: Lexicon) -> Nicknames:
    """The language's `Nicknames`, made once (its patterns are compiled when first used, not for each document)."""
    known = _FORMS.get(id(lex))
    if known is None or known.lex is not lex:
        known = _FORMS[id(lex)] = Nicknames(lex)
    return known


def _same(person: Person) -> Person:
    return person


class GivenNicknames:
    """The short forms a document gives (folded), each with the full names it may stand for in the order the
    document gives them, read when first asked for: the first that names a person wins."""

    def __init__(
        self, candidates: dict[str, list[Callable[[], Person | None]]], written: dict[str, str] | None = None
    ) -> None:
        self._candidates = candidates
        self._written = written or {}
        self._read: dict[str, Person | None] = {}
        self._given_to: dict[str, list[str]] | None = None

    def get(self, short: str) -> Person | None:
        """The person the (folded) short form stands for; None if the document gives it to no one."""
        if short not in self._read:
            self._read[short] = next(
                (named for candidate in self._candidates.get(short, ()) if (named := candidate()) is not None), None
            )
        return self._read[short]

    def given_to(self, name: str, may_be: Callable[[str], bool] | None = None) -> list[str]:
        """The short forms, as the document wrote them, that it gives to the person of this full name: "Gus Ipul"
        for "Saifullah Yusuf" where it wrote "Saifullah Yusuf (Gus Ipul)". `may_be` (the same for every call) keeps
        the short forms, as written, worth reading at all: whom the others stand for is never read (most are
        institutions' acronyms, "Badan Pusat Statistik (BPS)", and reading a full name is the costly part)."""
        if self._given_to is None:
            self._given_to = {}
            for short in self._candidates:
                written = self._written.get(short, short)
                if may_be is not None and not may_be(written):
                    continue
                named = self.get(short)
                if named is not None:
                    self._given_to.setdefault(fold(named[0]), []).append(written)
        return self._given_to.get(fold(name), [])

    def add(self, nickname: str, candidate: Callable[[], Person | None]) -> None:
        """One more full name a short form may stand for, after those already given (the first that names a person
        still wins)."""
        self._candidates.setdefault(fold(nickname), []).append(candidate)
        self._written.setdefault(fold(nickname), nickname)
        self._read.pop(fold(nickname), None)
        self._given_to = None

    def items(self) -> Iterator[tuple[str, Person]]:
        """Every short form given to a person, with that person (all of them read)."""
        for short in self._candidates:
            named = self.get(short)
            if named is not None:
                yield short, named
