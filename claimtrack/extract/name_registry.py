"""The names a document gives, in order: full names for its short forms, roles and pronouns to find.

Capitalised runs are recorded as the document is scanned and read as people only when a question needs them:
whose full name holds a short name, who holds a role, who was named last, what a nickname stands for, who a
sentence's subject is.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache, partial

from rapidfuzz.distance import Levenshtein

from claimtrack.extract.name_trims import NameTrims
from claimtrack.extract.names import NameEvidence, is_roman_numeral
from claimtrack.extract.nicknames import GivenNicknames, Nicknames, nicknames
from claimtrack.extract.phrases import whole_word_spans
from claimtrack.extract.segment import sentences
from claimtrack.extract.speaker_words import is_initial
from claimtrack.extract.speakers import Speaker, SpeakerParser
from claimtrack.extract.subjects import QUOTATION, SentenceSubjects, Subject
from claimtrack.extract.tokens import (
    CAPITAL_RUN,
    OPENING_WORD,
    capitalised_inside,
    is_word_char,
    lower_case,
    lower_word,
    opens_sentence,
    without_possessive,
)
from claimtrack.lexicon import given_names, lexicon, phrase_pattern
from claimtrack.textutil import fold

_AFTER_QUOTATION = re.compile(r"[,?!][”\"’'][ \t]+([A-Z][\w'’-]*)")  # "“…,” Melanie said"
_ONE_NAME_APPOSED = re.compile(r"\b[a-z][\w-]*,[ \t]+([A-Z][\w'’-]*),")  # "another co-star, Raven-Symoné,"

_NEXT_LOWER = re.compile(r"[ \t]+[a-z]")  # a verb goes on after the name set off: "…, Raven-Symoné, is speaking"
_POSSESSIVE_END = re.compile(r"['’]s\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")  # "Jim Foley's", "Diane", "Mr. Trump's"
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][\w'’-]*")
_AMPERSAND_NEXT = re.compile(r"[ \t]*&[ \t]*[A-Z][\w'’-]*")  # a firm's names joined: "Akin Gump Strauss Hauer & Feld"
_ONE_WORD = re.compile(r"[A-Z](?<![\w.][A-Z])[\w'’-]+")  # (the capital, then what is before it)
_BLANKS = re.compile(r"\s*")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+\Z")  # "Donald " before "Trump"
_ACRONYM = re.compile(r"[A-Z]{3,}")  # an acronym of three capitals or more: a body's, never a given name
# a sentence opening with a name and an age set off by commas: "Puckett, 19, a nursing major, sat in the last row."
_INTRODUCED_WITH_AGE = re.compile(r"[\"“‘']?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}),[ \t]+\d{1,3},")


# a name set off by commas right after a run: ", Sumarno," ", Muslim Jaya Butar Butar,"
# (or ending its sentence: "mendapat apresiasi dari Staf Khusus Kepala BGN, Ary Santoso. Menurutnya …")
# a role's run going on past a connector in lower case: " dan Risiko Kemenkeu" (the connector is checked by the caller)
_JOINED_RUN = re.compile(r"[ \t]+([a-z]+)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_APPOSED_NAME = re.compile(
    r"\s*,\s*((?:[A-Z]\.|[A-Z][\w'’-]*)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,4}?)\s*(?:,|\.(?:\s|$))"
)  # (an initial's full stop is the name's: "M. Iqbal"; a word's is the sentence's)


def _written_without(name: str, before: str, text: str) -> bool:
    """Does `text` write `name` somewhere without `before` right before it?"""
    return any(
        text[max(0, found.start() - len(before) - 1) : found.start()].strip() != before
        for found in re.finditer(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])", text)
    )


@cache
def _apposition(language: str) -> re.Pattern[str] | None:
    """ ", the ROLE", ", then-ROLE", ", former ROLE" after a name: up to three lower-case words (`[speaker]
    apposition_openers`), then a comma, a full stop or what joins an institution ("of", `role_connectors`) or says
    more of the role ("with", "at": `apposition_ends`)."""
    lex = lexicon(language)
    openers = lex.words_of("speaker", "apposition_openers")
    if not openers:
        return None
    joined = "|".join(sorted((re.escape(o) for o in openers), key=len, reverse=True))
    connectors = "|".join(
        re.escape(c) for c in (*lex.words_of("speaker", "role_connectors"), *lex.words_of("speaker", "apposition_ends"))
    )
    return re.compile(
        rf",[ \t]+(?:(?:{joined})[ \t-])(?P<role>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,2}})"
        rf"(?=[ \t]*(?:[,.;]|(?:{connectors})\b))"
    )


def _next_start(starts: list[int], start: int) -> int:
    """The sentence start after `start` among `starts` (sorted), or -1."""
    at = bisect.bisect_right(starts, start)
    return starts[at] if at < len(starts) else -1


@lru_cache(maxsize=16384)
def _padded(text: str) -> str:
    """Words case-folded between single spaces, so whole words can be found with `in`; accents go, as the press
    may write a name with them once and without them later ("Fernández de Kirchner", "Ms Fernandez"). (Kept: the
    registry asks it of every speaker it holds, for each name it looks up.) A curly apostrophe is the straight one:
    "James O’Neill" and a later "O'Neill" are one name, as `fold` has it."""
    folded = text.casefold()
    if not folded.isascii():
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        folded = folded.replace("’", "'")
    return " " + " ".join(folded.split()) + " "


@cache
def _family_name_last(language: str) -> bool:
    return lexicon(language).flag("names", "family_name_last")


def _is_subheading(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a line of its own, with no sentence's punctuation: a subheading?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _capitalised_before(text: str, at: int, after: int) -> str | None:
    r"""The capitalised word right before `at` across blanks, as `\b([A-Z][\w'’-]*)[ \t]+` ending there would
    match it, starting no earlier than `after`; None if there is none."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == at:
        return None
    start = end
    while start > after and (is_word_char(text[start - 1]) or text[start - 1] in "'’-"):
        start -= 1
    for first in range(start, end):
        if "A" <= text[first] <= "Z" and (first == 0 or not is_word_char(text[first - 1])):
            return text[first:end]
    return None


_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w&.'’-]*){1,4}")


_GIVEN_THEN_CONJUNCTION = re.compile(r"(?<![\w.'’-])(?P<given>[A-Z][a-z]{2,})[ \t]+(?P<conjunction>\w+)[ \t]+")


# a capitalised name, then its short form in brackets: "Universitas Udayana (Unud)"
_GLOSSED_BODY = re.compile(
    r"(?P<name>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|dan|&))*[ \t]+[A-Z][\w&'’-]*)"
    r"[ \t]+\((?P<short>[A-Z][A-Za-z]{1,9})\)"
)


@dataclass
class NameRegistry:
    """Full names seen in a document, in order, so short forms and pronouns can find them.

    Capitalised runs are only recorded when scanned; a run is parsed when a short form or a pronoun asks.
    """

    parser: SpeakerParser
    entries: list[tuple[int, str, str, str]] = field(default_factory=list)  # speakers added: position, name, kind, role
    texts: list[tuple[str, int | None]] = field(default_factory=list)  # what was scanned, read at the first question
    reporters: list[tuple[int, str]] = field(default_factory=list)  # bodies that reported: position, name (`add`)
    # one capitalised word that reported, read as a person for want of evidence ("Axios reports …"): what "the
    # outlet" may then mean, when no body did
    named_reporters: list[tuple[int, str]] = field(default_factory=list)
    _runs: list[tuple[int, str]] | None = None  # position, capitalised run as written
    _run_positions: list[int] | None = None  # the runs' positions, when they are in order
    _people: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # run → the person it names
    evidence: NameEvidence | None = None  # what the document shows about its capitalised words
    _nicknames: GivenNicknames | None = None  # short form in brackets → (full name, role)
    _described_at: dict[int, str] | None = None  # where a describing sentence gives a short form → the short form
    _bodies: dict[str, bool] = field(default_factory=dict)  # one-word run → whether it opens a body's name
    _runs_padded: list[tuple[int, str, str]] | None = None  # the runs, each with its `_padded` form
    _named_in_runs: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)  # `_names`' runs by short
    _things: dict[str, bool] = field(default_factory=dict)  # name → whether the body writes "the" before it
    _things_by_possessive: dict[str, bool] = field(default_factory=dict)  # name → `speaks_of_itself_as_a_thing`
    trims: NameTrims = field(init=False, repr=False)
    _nickname_forms: Nicknames = field(init=False, repr=False)
    _subjects: SentenceSubjects = field(init=False, repr=False)
    _particle_next: re.Pattern[str] | None = field(init=False, repr=False)
    _particle_joined: re.Pattern[str] | None = field(init=False, repr=False)
    _family_name_last: bool = field(init=False, repr=False)  # `[names] family_name_last`

    def __post_init__(self) -> None:
        # a lower-case particle inside a name, then its next capitalised word ("de Kirchner", "van der Sar"); not a
        # particle the language also uses as a function word (Indonesian "di": "Budi Santoso di Jakarta")
        particles = [
            p
            for p in self.parser.lex.words_of("names", "particles")
            if p.islower() and fold(p) not in self.parser.names.function_words
        ]
        self._particle_next = (
            re.compile(rf"(?:[ \t]+(?:{'|'.join(re.escape(p) for p in particles)})){{1,2}}[ \t]+[A-Z][\w'’-]*")
            if particles
            else None
        )
        # one capitalised word and a particle joined by a hyphen to the next, a name no run of capitals holds
        # ("otolaryngologist Siruwan al-Mosuli"; "Abu Bakr al-Baghdadi" is a run already)
        self._particle_joined = (
            re.compile(
                rf"[A-Z](?<![\w.][A-Z])[\w'’]+[ \t]+(?:{'|'.join(re.escape(p) for p in particles)})-[A-Z][\w'’-]*"
            )
            if particles
            else None
        )
        self.trims = NameTrims(self.parser)
        self._nickname_forms = nicknames(self.parser.lex)
        self._subjects = SentenceSubjects(self)
        self._family_name_last = _family_name_last(self.parser.lex.code)

    def scan(self, text: str, position: int | None = None) -> None:
        """Record `text` for its names; `position` pins them all to one place (a title: -1)."""
        self.texts.append((text, position))
        self._runs = None
        self._nicknames = None  # (read again: asked for during the title, they would miss the body's)
        self._described_at = None
        self._bodies.clear()
        self._runs_padded = None
        self._named_in_runs.clear()

    @property
    def body(self) -> str:
        """The document's body: the text scanned without a position."""
        return next((text for text, position in self.texts if position is None), "")

    def _padded_runs(self) -> list[tuple[int, str, str]]:
        """The runs with their words case-folded between single spaces (`_padded`), made once after the last scan;
        with the full names that given names joined before a shared family name stand for (`_sharing_family_name`)."""
        if self._runs_padded is None:
            runs = [*self.runs, *self._sharing_family_name()]
            self._runs_padded = [(position, run, _padded(run)) for position, run in sorted(runs)]
        return self._runs_padded

    def _sharing_family_name(self) -> list[tuple[int, str]]:
        """ "the parents, Khizr and Ghazala Khan": a given name, a conjunction (`[speaker] list_conjunctions`) and a
        person's name of two words name two people of one family, "Khizr Khan" as well as "Ghazala Khan" (so that "Mr.
        Khan" is not taken for her). Where a family name ends a name only; the given name a single capitalised word no
        place nor body, which the article writes nowhere as a name's last word."""
        if not self._family_name_last:
            return []
        body = self.body
        conjunctions = self.parser.list_conjunctions
        lasts = {fold(run.split()[-1]) for _, run in self.runs if len(run.split()) > 1}
        found = []
        for position, run in self.runs:
            words = run.split()
            if len(words) != 2 or position < 0:
                continue
            before = _GIVEN_THEN_CONJUNCTION.search(body, max(0, position - 40), position)
            if (
                before is None
                or before.end() != position
                or fold(before.group("conjunction")) not in conjunctions
                or fold(before.group("given")) in lasts
                or self.parser.gazetteer.is_place_or_org(before.group("given"))
                or self.person(run) is None
            ):
                continue
            found.append((before.start("given"), f"{before.group('given')} {words[-1]}"))
        return found

    @property
    def runs(self) -> list[tuple[int, str]]:
        if self._runs is None:
            self._runs = [run for text, position in self.texts for run in self._read(text, position)]
            positions = [at for at, _ in self._runs]
            self._run_positions = positions if positions == sorted(positions) else None
        return self._runs

    def runs_before(self, position: int) -> list[tuple[int, str]]:
        """The runs before `position`, in order."""
        runs = self.runs
        if self._run_positions is None:
            return [r for r in runs if r[0] < position]
        return runs[: bisect.bisect_left(self._run_positions, position)]

    def runs_between(self, after: int, position: int) -> list[tuple[int, str]]:
        """The runs at `after` or later and before `position`, in order (found by bisection: each pronoun asks)."""
        runs = self.runs
        if self._run_positions is None:  # (runs out of order: no text is scanned so today, but then one by one)
            return [r for r in runs if after <= r[0] < position]
        return runs[bisect.bisect_left(self._run_positions, after) : bisect.bisect_left(self._run_positions, position)]

    def _read(self, text: str, position: int | None) -> Iterator[tuple[int, str]]:
        """Collect the capitalised runs of `text`.

        A headline in title case ("Amarah Prabowo Gara-gara Koruptor Dijerat") holds no runs worth keeping, and
        a word that opens a sentence belongs to a name only if it is capitalised inside a sentence too.
        """
        if position is not None:
            words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
            if words and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
                return
        if position is None and self._particle_joined is not None and "-" in text:
            yield from sorted(
                [*self._runs_of_capitals(text, position), *self._particle_joined_runs(text)], key=lambda run: run[0]
            )
        else:
            yield from self._runs_of_capitals(text, position)

    def _particle_joined_runs(self, text: str) -> Iterator[tuple[int, str]]:
        """One capitalised word inside a sentence and a particle joined by a hyphen to a capitalised word: "Siruwan
        al-Mosuli" (no run of capitals: its second word is in lower case). Not where a run of capitals holds it."""
        assert self._particle_joined is not None
        for match in self._particle_joined.finditer(text):
            first = match.group().split()[0]
            if opens_sentence(text, match.start()) or CAPITAL_RUN.match(text, match.start()) is not None:
                continue
            if fold(first) in self.parser.names.function_words or fold(first) in self.parser.role_words:
                continue
            window = CAPITAL_RUN.finditer(text, max(0, match.start() - 80), match.end())
            if any(found.start() < match.start() < found.end() for found in window):
                continue  # "Abu Bakr al-Baghdadi": a run holds its first word
            yield match.start(), match.group()

    def _runs_of_capitals(self, text: str, position: int | None) -> Iterator[tuple[int, str]]:
        inside: frozenset[str] | None = None  # capitalised words inside sentences: gathered when needed
        for match in CAPITAL_RUN.finditer(text):
            start, run = match.start(), match.group()
            end = match.end()
            while more := _CAPITAL_NEXT.match(text, end):
                end = more.end()  # cut off at the length a run may have: a long role goes on to the name
            if self._particle_next is not None and " " in match.group().strip():
                joined = self._particle_next.match(text, end)
                if joined is not None and not self._other_persons_end(
                    text, text[start:end], joined.group().split()[-1]
                ):
                    end = joined.end()  # "Cristina Fernandez de Kirchner", "Robin van Persie": the name goes on
            while more := _AMPERSAND_NEXT.match(text, end):
                end = more.end()  # "Procter & Gamble": one firm's name, never a person's that stops at "&"
            if end > match.end():
                words = text[start:end].split()
                run = " ".join(words[-12:])  # the name ends the run: "Plt Ketua PSI Bali I Putu Yoga Adi Saputra"
                start = end - len(run) if text[end - len(run) : end] == run else start
            if position is None and _is_subheading(text, match.start(), match.end()):
                continue  # "Ultimatum Prabowo" on a line of its own heads a section; it names no one
            if self._title_cased(run):
                continue  # "Jeb Bush Hits Marco Rubio On Rape Exception For Abortions": a headline, glued on
            if opens_sentence(text, start) and not self._after_short_title(text, start):
                first, _, rest = run.partition(" ")
                if (
                    rest.strip()
                    and fold(first) not in self.parser.role_words
                    # (nor the first word of a body the gazetteer knows: "White House Press Secretary Josh Earnest …")
                    and not self.parser.gazetteer.is_place_or_org(" ".join(run.split()[:2]))
                ):
                    inside = capitalised_inside(text) if inside is None else inside
                    # never capitalised inside a sentence, and with two words left or written in lower case
                    # elsewhere ("Baik Muhaimin maupun …", "Berkali-kali Rianto …"): not part of the name
                    if fold(first) in self.parser.names.openers or (
                        first not in inside
                        and (
                            # (what a particle joins is the name's end; a word the language's dictionary lacks,
                            # written as a name, is one: "Iqbal Shoffan Shofwan pun mengapresiasi …")
                            len(_before_particle(rest.split())) >= 2
                            and not self._outside_dictionary(first)
                            or first.lower() in lower_case(text)
                            or self._derived(first)
                            # a word of the dictionary before a name the article also writes without it ("Kisruh
                            # Ashanty dengan …" and "ujar Ashanty"): the sentence's noun, not her first name
                            or (self.parser.names.dictionary_word(first) and _written_without(rest, first, text))
                        )
                        and not self._given_before_initial(first, rest, text)
                    ):
                        start, run = start + len(first) + 1, rest.lstrip()
            if run.endswith(("'s", "’s")) and not opens_sentence(text, start):
                run = run[:-2]  # "doused Humphrey Khoza’s genitals": the possessive is no part of the name
            first, _, rest = run.partition(" ")
            if rest.strip() and self._ends_a_title(text, start, first):
                start, run = start + len(first) + 1, rest.lstrip()  # "Chief of Staff Denis McDonough": not "Staff …"
            first, _, rest = run.partition(" ")
            if rest.strip() and self._dated_by_article(text, start, first):
                start, run = start + len(first) + 1, rest.lstrip()  # "a March Bloomberg article": not "March …"
            run = self._without_glued_cue(run)
            if self._after_numbered_part(text, start):
                continue  # "dalam Pasal 4 B UU 16/2025 disebutkan …": the part's letter and the law, no one's name
            yield start if position is None else position, run

    def _after_numbered_part(self, text: str, start: int) -> bool:
        """Do a numbered part of a text and its number stand right before `start` ("Pasal 4 B UU 16/2025", `[names]
        numbered_parts`)? What follows is the part's letter and the law or document it is in."""
        before = text[max(0, start - 24) : start].split()[-2:]
        return len(before) == 2 and before[1].isdigit() and fold(before[0]) in self._numbered_parts

    @cached_property
    def _numbered_parts(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "numbered_parts"))

    def _dated_by_article(self, text: str, start: int, first: str) -> bool:
        """Is the run's first word a month or a weekday right after an article or a determiner ("a March Bloomberg
        article", "the Monday Reuters report")? Then it says when, and the name begins after it (a given name takes
        no article: "April Ryan asked …")."""
        if fold(first) not in self.parser.weekdays_and_months:
            return False
        before = text[max(0, start - 12) : start].split()
        article = fold(before[-1]) if before else ""
        return article in self.parser.indefinite_articles or article in self.parser.definite

    def _without_glued_cue(self, run: str) -> str:
        """The run without a cue word glued to its last word by a lost blank ("Menteri ESDM Bahlil Lahadaliamengatakan,"
        in scraped text: "Lahadalia" then "mengatakan"): a cue of six letters or more ends the word, after three
        letters at least."""
        words = run.split()
        last = words[-1] if len(words) > 1 else ""
        cues, lengths = self._long_cues
        folded = last.casefold()
        for size in lengths:  # (longest first)
            if len(folded) - size >= 3 and folded[-size:] in cues and last[:-size].isalpha():
                return " ".join([*words[:-1], last[:-size]])
        return run

    @cached_property
    def _long_cues(self) -> tuple[frozenset[str], tuple[int, ...]]:
        """Single-word cues of six letters or more (`NameWords.cue_words`), and their lengths, longest first."""
        cues = frozenset(c for c in self.parser.names.cue_words if len(c) >= 6 and c.isalpha())
        return cues, tuple(sorted({len(c) for c in cues}, reverse=True))

    def _other_persons_end(self, text: str, before: str, last: str) -> bool:
        """Does the article end another name with the word a particle would join, a name sharing no word with the
        run before the particle ("Los Hijos de Trump", a group's name, where the article writes "Donald Trump")?"""
        own = set(before.split())
        return any(
            found.group().split()[-1] == last
            and len(found.group().split()) > 1
            and not own & set(found.group().split())
            for found in CAPITAL_RUN.finditer(text)
        )

    def _title_cased(self, run: str) -> bool:
        """Is the run a headline written in title case: two function words or more capitalised inside it ("… Hits
        Marco Rubio On Rape Exception For Abortions")? A name writes them in lower case ("Bank of America")."""
        words = run.split()[1:]
        return sum(1 for word in words if word[:1].isupper() and fold(word) in self.parser.names.function_words) >= 2

    def _given_before_initial(self, first: str, rest: str, text: str) -> bool:
        """Is the word opening the sentence a given name because a middle initial follows it ("Donald J. Trump
        said …", not "J. Trump")? Not a word the text writes in lower case or the dictionary holds ("Pada H. …")."""
        return is_initial(rest.split()[0]) and first.lower() not in lower_case(text) and not self._derived(first)

    def _ends_a_title(self, text: str, start: int, first: str) -> bool:
        """Does the run's first word end a title joined by a role connector before the run ("Chief of | Staff Denis
        McDonough", "Secretary of | State Antony Blinken")? A capitalised run stops at the lower-case connector."""
        before = text[max(0, start - 40) : start].split()
        if len(before) < 2 or before[-1] not in self.parser.role_connectors:
            return False
        titles = self.parser.lex.person_titles
        return any(fold(" ".join([*before[-size:], first])) in titles for size in (2, 3))

    def _after_short_title(self, text: str, start: int) -> bool:
        """Is the full stop before `start` a title's, written short ("Prof. Dr. Muhammad Nur"), not a sentence's end?"""
        before = text[max(0, start - 12) : start].split()
        return bool(before) and self._short_title(before[-1])

    def _short_title(self, word: str) -> bool:
        """Is the word a title written short, with its full stop ("Prof.", "Dr.")?"""
        return word.endswith(".") and fold(word).rstrip(".") in self.parser.names.role_words

    def _headline_name(self, short: str) -> tuple[str, str] | None:
        """The one name a title-case headline writes in full around a one-word short form the body gives no full
        name for ("Ahmad Luthfi Sebut Jateng …" for "kata Luthfi"): none of its other words written in lower case
        in the body, and only in a language whose dictionary tells a name's words from others'."""
        if " " in short.strip() or not self.parser.names.roots:
            return None
        body_lower = lower_case(self.body)
        found = {
            name
            for text, position in self.texts
            if position is not None
            for name in self._names_in_headline(text)
            if short in name.split() and not any(w.lower() in body_lower for w in name.split() if w != short)
        }
        if not found:
            found = {
                name
                for text, position in self.texts
                if position is not None
                for name in self._given_before(text, short, body_lower)
            }
        return (found.pop(), "") if len(found) == 1 else None

    def _given_before(self, text: str, short: str, body_lower: frozenset[str]) -> Iterator[str]:
        """The short form in a headline after one capitalised word that is no word of the dictionary, of a title or
        of a cue, and that the body never writes in lower case ("Shin Tae-yong Buka Peluang …" for "Tae-yong",
        whose hyphen keeps it out of `_names_in_headline`): the given name before a surname."""
        tokens = text.split()
        words = [token.strip(",.:;!?\"'“”‘’()") for token in tokens]
        for at, word in enumerate(words):
            if word != short or at == 0:
                continue
            given = words[at - 1]
            if (
                tokens[at - 1] == given  # (no comma or bracket between them: "… warga Genuk, Wawan")
                and given[:1].isupper()
                and given[1:].islower()
                and given.isalpha()
                and given.lower() not in body_lower
                and not self.parser.names.never_a_name(given)
                and not self.parser.names.dictionary_word(given)
                and not self.parser.names.is_honorific(given)
                and fold(given) not in self.parser.role_words
                and fold(given) not in self.parser.names.cue_words
                and not self.parser.gazetteer.is_place_or_org(given)
            ):
                yield f"{given} {short}"

    def _names_in_headline(self, text: str) -> Iterator[str]:
        """A headline in title case capitalises every word; only words that could be nothing but a name's stand
        for someone there: two or more together, none of them a dictionary word, a title, a cue, an institution's
        or a place's word ("Ahmad Luthfi Sebut Jateng …": "Ahmad Luthfi"; "… Buatan Elon Musk Tak Akan …": "Elon
        Musk"). The body's short form ("kata Luthfi") then finds its full name there."""
        run: list[str] = []
        for token in [*text.split(), ""]:
            word = token.strip(",.:;!?\"'“”‘’()")
            if word and word == token.rstrip(",:;") and self._only_a_name(word):
                run.append(word)
                if token != word:  # a comma or a colon ends the name with the word
                    if len(run) >= 2:
                        yield " ".join(run)
                    run = []
                continue
            if len(run) >= 2:
                yield " ".join(run)
            run = []

    def _only_a_name(self, word: str) -> bool:
        names = self.parser.names
        return (
            word[:1].isupper()
            and word[1:].islower()
            and word.isalpha()
            and self.parser.name_like(word)
            and not names.never_a_name(word)
            and not names.dictionary_word(word)
            and fold(word) not in self.parser.role_words
        )

    def _outside_dictionary(self, word: str) -> bool:
        """Is the word written as a name (a capital, then lower case) and missing from the dictionary of a language
        that has one, with or without its suffix, and after a nasal prefix that kept the root's first consonant
        ("Iqbal", "Joko", "Yusuf"; not "Sementara", "Berkali-kali", "Pendirinya": pen-diri-nya)? A sentence adverb or
        a noun opening the sentence is in it; a first name mostly is not."""
        names = self.parser.names
        if not names.roots or not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
            return False
        folded = fold(word)
        stems = {
            folded,
            *(folded[: -len(s)] for s in names.suffixes if folded.endswith(s) and len(folded) - len(s) >= 3),
        }
        return not any(
            names.dictionary_word(stem)
            or names.never_a_name(stem)
            or any(stem.startswith(opening) and stem[len(opening) :] in names.roots for opening in names.nasal_openings)
            for stem in stems
        )

    def _derived(self, word: str) -> bool:
        """A word of the dictionary made from a root by its affixes ("Permenungan", "Berkali-kali"): no one's first
        name, where a bare root may be ("Budi", "Agung")."""
        names = self.parser.names
        return names.never_a_name(word) or names.in_dictionary(word) and fold(word) not in names.roots

    def add(self, position: int, speaker: Speaker, reported: bool = False) -> None:
        """Record a speaker; `reported`: a body that reported what follows ("X reported", "according to X"), which a
        later "the paper", "the site" may stand for (`reporters`)."""
        bisect.insort(self.entries, (position, speaker.name, speaker.kind, speaker.role), key=lambda entry: entry[0])
        if reported and speaker.kind == "organization" and speaker.name[:1].isupper() and not speaker.pronoun:
            self.reporters.append((position, speaker.name))
        elif (
            reported
            and speaker.kind == "person"
            and not speaker.pronoun
            and not speaker.role
            and len(speaker.name.split()) == 1
            and speaker.name[:1].isupper()
        ):
            self.named_reporters.append((position, speaker.name))

    def person(self, run: str) -> tuple[str, str] | None:
        """The full person name (two words or more) a capitalised run holds, with its role."""
        if run not in self._people:
            self._people[run] = self._read_person(run)
        return self._people[run]

    def _read_person(self, run: str) -> tuple[str, str] | None:
        words = run.split()
        while words and fold(words[0]) in self.parser.names.openers:
            words = words[1:]  # "Kemarin Profesor (Yohanes Surya) bilang": a time adverb opens no name
        run = " ".join(words)
        if not run or fold(words[0]) in self.trims.name_openers:
            return None  # "The Cosby Show", "The Washington Post": a work's or an institution's name
        run = self.parser.strip_function_words(run)
        speaker = self.parser.parse(run)
        speaker = self.trims.as_named_elsewhere(speaker, self.body)
        speaker = self.trims.by_short_mention(speaker, self.evidence, self.body)
        speaker = self.trims.by_evidence(self.trims.name_at_end(speaker, self.evidence), self.evidence)
        if (
            len(speaker.name.split()) >= 2
            and speaker.kind == "person"
            and not any(fold(w) in self.parser.organization_words for w in speaker.name.split())  # "… Hospitals"
            and not self.parser.gazetteer.is_place_or_org(speaker.name)
            and not self._another_known_person(speaker.name)
            and not self.parser.holds_common_words(speaker.name, self._in_lower_case)
            and not any(self.parser.names.nominalised(word) for word in speaker.name.split())  # "Peraturan DKPP"
            and not any(fold(word) in self._weekdays for word in speaker.name.split())  # "… in Florida Friday"
            and not _ACRONYM.fullmatch(speaker.name.split()[0])  # "KITB Batang", "BPS NTB": a body by its acronym
            and not (  # "Puskesmas Kelurahan Kebon Jeruk II": a place's number after a place word, no royal's
                is_roman_numeral(speaker.name.split()[-1])
                and any(fold(w) in self.parser.place_words for w in speaker.role.split())
            )
        ):
            return speaker.name, speaker.role
        return None

    def _a_things_name(self, name: str) -> bool:
        """Is the name a thing's, by the body writing it right after a definite article ("the Apple Watch": no person
        is written so; `[names] definite_articles`)? Not a body that spoke ("according to the Mail on Sunday")."""
        if any(name == spoken for _, spoken, _, _ in self.entries):
            return False
        if name not in self._things:
            self._things[name] = any(
                re.search(rf"\b{re.escape(article)}\s+{re.escape(name)}\b", self.body, re.IGNORECASE)
                for article in self.parser.definite
            )
        return self._things[name]

    def _in_lower_case(self, word: str) -> bool:
        """Does the body write this word in lower case somewhere?"""
        return word.lower() in lower_case(self.body)

    def _another_known_person(self, name: str) -> bool:
        """Does the name start with a known person's short form and go on with something else ("Prabowo Gibran",
        the Prabowo–Gibran government)? Then it is two people, or a phrase, and no one's name."""
        first = name.split()[0]
        known = self.parser.gazetteer.lookup(first)
        return known is not None and known.kind == "person" and not _padded(name).startswith(_padded(known.name)[:-1])

    def full_names_ending(self, short: str, position: int) -> set[str]:
        """The full names (two words or more) the article gives before `position` that end with the one word
        `short` ("Hillary Clinton", "Bill Clinton" for "Clinton")."""
        if " " in short.strip() or not short.strip():
            return set()
        wanted = fold(short.strip())
        return {
            name
            for at, name, _ in self._names(short)
            if at < position and len(name.split()) > 1 and fold(name.split()[-1]) == wanted
        }

    def _names(self, short: str) -> list[tuple[int, str, str]]:
        """Every full name holding `short` as whole words, scanned or added, as (position, name, role) in order."""
        wanted = _padded(short)
        if wanted not in self._named_in_runs:
            first = _padded(short.split()[0]).strip()
            self._named_in_runs[wanted] = [
                (position, *person)
                for position, run, padded in self._padded_runs()
                if first in padded
                and wanted in padded
                and (person := self.person(run))
                and wanted in _padded(person[0])
                and not self._a_named_thing(position, run)  # ("program Jaksa Sahabat Nazir": no fuller "Nazir")
            ]
        found = list(self._named_in_runs[wanted])
        found += [  # (people listed together are no fuller name of one of them: "Clinton and Warren")
            (position, name, role)
            for position, name, kind, role in self.entries
            if wanted in _padded(name) and kind != "group"
        ]
        # a name that ends in a title is a role, not a fuller name ("Microsoft CEO" is not what "Microsoft" stands for);
        # nor is one that ends in a common noun, as the press writes a person's body ("Clinton campaign", "Obama
        # administration", "Intel spokeswoman"): no fuller name, and no sign of a thing named after the short name
        # unless two fuller names are left to choose from ("Bernie Sanders", "Jane Sanders" and "Sanders campaign")
        # nor one that goes on with a place: "Ecolab Southeast Asia" (in "CEO … Ecolab Southeast Asia") is the body's
        # branch there, no fuller name of "Ecolab" (each name asked once: a long transcript repeats its speakers)
        fuller = {
            name: fold(name.split()[-1]) not in self.parser.acronym_titles and not self._place_after(short, name)
            for name in {entry[1] for entry in found}
        }
        found = [entry for entry in found if fuller[entry[1]]]
        body_names = {name for name in fuller if _padded(name).startswith(wanted) and lower_word(name.split()[-1])}
        bodies = [entry for entry in found if entry[1] in body_names]
        found = [entry for entry in found if entry[1] not in body_names]
        if " " not in short.strip() and (
            any(
                _padded(name).startswith(wanted)
                and (self._in_lower_case(name.split()[-1]) or self._a_things_name(name))
                for name in {entry[1] for entry in found}  # (each name once: a transcript repeats its speakers')
            )
            or (bodies and len({entry[1] for entry in found}) > 1)
        ):
            # "Apple" where the article writes "Apple Watch" and "the watch" or "the Apple Watch": the maker of a
            # thing named after it, and whether any fuller name means it ("Obama Speech", "Michelle Obama" for "Mr.
            # Obama") the article does not settle: the short name stays as written
            return []
        return sorted(found, key=lambda entry: entry[0])

    def _place_after(self, short: str, name: str) -> bool:
        """Does `name` open with `short` and go on with a place's name only ("Ecolab Southeast Asia"), not its initials
        ("Bakom RI")?"""
        words, opening = name.split(), short.split()
        if len(words) <= len(opening) or [fold(w) for w in words[: len(opening)]] != [fold(w) for w in opening]:
            return False
        rest = words[len(opening) :]
        # (not a country's initials, part of many a body's name: "Bakom RI", "DPR RI")
        return not any(word.isupper() for word in rest) and self.parser.is_place(rest)

    def _truncated(self, short: str) -> list[tuple[int, str, str]]:
        """The one full name one of whose words `short` cuts short, as the press does ("Pras" for Prasetyo Hadi,
        "Afif" for Mochammad Afifuddin), written before the short form; none when two people would fit."""
        prefix = fold(short)

        def cut_short(name: str) -> bool:  # "Pras" of Prasetyo Hadi, "Afif" of Mochammad Afifuddin
            words = [fold(w) for w in name.split()]
            return any(w.isalpha() and w.startswith(prefix) and w != prefix for w in words)  # not "Trump-Musk"

        return self._one_shortened(short, prefix, cut_short)

    def _pet_form(self, short: str) -> list[tuple[int, str, str]]:
        """The one full name written before whose given name `short` is a pet form of (`[names] pet_endings` after
        its first three letters: "Benny" for dr Benjamin Paulus Octavianus, "Danny" for Daniel …); none when two
        people would fit."""
        folded = fold(short)
        if (
            not self._pet_endings
            or not folded.isalpha()
            or not folded.endswith(self._pet_endings)
            or len(folded) > 7  # (a pet form is short: not "Berkeley")
            or self.parser.gazetteer.is_place_or_org(short)
        ):
            return []
        clue = folded[:3]

        def pet_of(name: str) -> bool:
            given = fold(next(iter(name.split()), ""))
            return given.isalpha() and given.startswith(clue) and given != folded and len(given) > len(clue)

        return self._one_shortened(short, clue, pet_of)

    @cached_property
    def _pet_endings(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.parser.lex.words_of("names", "pet_endings"))

    def _web_name(self, short: str) -> list[tuple[int, str, str]]:
        """The one web name that spoke before whose first part `short` is, as the press shortens a site's name ("Money"
        for Money.UDN, "Kmov" for Kmov.com, "Radar" for RadarOnline.com); none when two would fit."""
        prefix = short.casefold() + "."

        def shortens(name: str) -> bool:
            words = name.split()
            if len(words) != 1:
                return False
            if words[0].casefold().startswith(prefix) and words[0][len(prefix) :].isalpha():
                return True
            # … or the first part of a site's name written as one word in capitals ("Radar" for RadarOnline.com)
            site, _, domain = words[0].rpartition(".")
            return (
                site.startswith(short)
                and len(site) > len(short)
                and site[len(short)].isupper()
                and site.isalpha()
                and domain.isalpha()
                and domain.islower()
            )

        found = [(position, name, role) for position, name, _, role in self.entries if shortens(name)]
        return found if len({name for _, name, _ in found}) == 1 else []

    def _one_shortened(self, short: str, clue: str, shortens: Callable[[str], bool]) -> list[tuple[int, str, str]]:
        """The entries of the one full name `short` shortens (`shortens`), among the runs that hold `clue` and the
        people who spoke, written before the short form; none when two people would fit."""
        found = [
            (position, *person)
            for position, run in self.runs
            if clue in run.casefold() and (person := self.person(run)) and shortens(person[0])
        ]
        found += [
            (position, name, role) for position, name, kind, role in self.entries if kind == "person" and shortens(name)
        ]
        # a short form comes after the full name it shortens: a name the article writes before ("Salah satu
        # korban, Indra …" and only later "Brigjen Ade Ary Syam Indradi") is someone of its own
        body = self.body
        first = next(whole_word_spans(short, body), (len(body), len(body)))[0]
        found = [entry for entry in found if entry[0] < first]
        return found if len({name for _, name, _ in found}) == 1 else []

    def _misspelt(self, short: str) -> list[tuple[int, str, str]]:
        """The one full name (two words or more), written before, one of whose words `short` misspells by one letter, as
        the press does ("Nanato" for Nonato Da Purificacao Sarmento, "Aminthya" for Amithya Ratnanggani Sirraduhita):
        six letters or more, the same first letter and the same last two (names that differ at their end are other
        names: Rahman and Rahmat, Hendra and Hendri), and `short` no given name the lists know; none when two people
        would fit."""
        word = fold(short)
        masculine, feminine = given_names(self.parser.lex.code)
        if len(word) < 6 or not word.isalpha() or word in masculine or word in feminine:
            return []

        def misspells(name: str) -> bool:
            return len(name.split()) >= 2 and any(
                len(other) >= 6
                and other != word
                and other[0] == word[0]
                and other[-2:] == word[-2:]
                and Levenshtein.distance(other, word, score_cutoff=1) <= 1
                for other in (fold(w) for w in name.split())
            )

        return self._one_shortened(short, word[0], misspells)

    def _without_middle(self, short: str) -> list[tuple[int, str, str]]:
        """The one full name `short` writes without its middle words, as the press does ("Andi Rahim" for Bupati
        Andi Abdullah Rahim): the same first and last word, the others in order, written before the short form;
        none when two people would fit."""
        wanted = [fold(w) for w in short.split()]

        def shortens(name: str) -> bool:
            words = [fold(w) for w in name.split()]
            if len(words) <= len(wanted) or words[0] != wanted[0] or words[-1] != wanted[-1]:
                return False
            rest = iter(words[1:-1])
            return all(word in rest for word in wanted[1:-1])  # (the middle words kept, in their order)

        return self._one_shortened(short, wanted[-1], shortens)

    def last_person_before(self, position: int) -> tuple[str, str, str] | None:
        """The last person named before `position`: (name, kind, role)."""
        added = [(p, name, kind, role) for p, name, kind, role in self.entries if p < position and kind == "person"]
        for run_position, run in reversed(self.runs_before(position)):
            if added and added[-1][0] >= run_position:
                break
            if self._related_to(run_position):
                return None  # "Anak Tamara Bleszynski itu … Ia mengaku": her son, whom the article does not name there
            if self._quoted(run_position):
                continue  # ("… on The Cosby Show!” she wrote": named in someone's words, not by the article)
            if self._a_named_thing(run_position, run):
                continue  # "… dari laman Google Arts and Culture …", "konsep Tri Hita Karana": a thing's name
            if self.building(run) or self._ends_institution(run_position):
                continue  # "… di depan Gedung Sate, Kota Bandung …": a building is no one a pronoun may mean; nor
                # is the place an institution's name ends with ("the Humane Society of Tampa Bay")
            person = self.person(run)
            if person is not None:
                if self._one_name_apposed(run_position, position):
                    return self._apposed_subject(run_position, position)
                if self.parser.lex.flag("names", "pronouns_mean_subjects") and not self.a_subject_before(
                    person[0], position
                ):
                    return None
                subject = self._subject_over_possessor(run_position, person[0], position)
                if subject is not None:
                    person = subject
                nicknamed = self.nickname(person[0])  # "Gus Ipul" after "Saifullah Yusuf (Gus Ipul)"
                return (
                    (nicknamed[0], "person", nicknamed[1] or person[1])
                    if nicknamed
                    else (person[0], "person", person[1])
                )
        if added and self._one_name_apposed(added[-1][0], position):
            return self._apposed_subject(added[-1][0], position)
        return added[-1][1:] if added else None

    def _apposed_subject(self, after: int, position: int) -> tuple[str, str, str] | None:
        """The one person named by one word set off after a description between `after` and `position`, when the
        sentence goes on with its verb after the name ("another co-star, Raven-Symoné, is speaking out …": the
        subject, whom a "she" after it means); None when there are several or the name is no subject."""
        found = [m for m in _ONE_NAME_APPOSED.finditer(self.body, after, position) if not self._quoted(m.start(1))]
        if len(found) != 1:
            return None
        following = _NEXT_LOWER.match(self.body, found[0].end())
        if following is None:
            return None
        return found[0].group(1), "person", ""

    def person_before_event_relative(self, position: int) -> tuple[str, str] | None:
        """Whom a pronoun opening a clause on an event or a work means ("The claim … echoes points made in a CNN
        interview with Jim Foley's mother Diane, in which she said …"), in a sentence that opens with a function word
        ("The ad includes a clip of a Trump television interview, in which he says …"): the last person it named
        before the comma — by a full name, a short name the article gives in full, or a given name after a kin word
        ("mother Diane"); (name, role). None when the pronoun opens no such clause, the sentence may open with its
        subject ("Trump appeared in an interview with Jake Tapper, in which he said …": the resolver's subject) or
        it names no one."""
        pattern = _event_relative(self.parser.lex.code)
        found = pattern.search(self.body, max(0, position - 40), position) if pattern is not None else None
        if found is None:
            return None
        comma = found.start()
        start = self.sentence_start(comma)
        people: list[tuple[int, tuple[str, str]]] = []
        for match in _CAPITALISED_RUN.finditer(self.body, start, comma):
            at, run = match.start(), _POSSESSIVE_END.split(match.group())[0]  # "Mr. Trump's RT" is Mr. Trump's
            if self._quoted(at):
                continue
            if at == start and fold(run.split()[0]) not in self.parser.names.function_words:
                return None  # the sentence may open with whom the pronoun means ("Trump appeared in an interview
                # with Jake Tapper, in which he said …"): the subject, as the resolver finds it otherwise
            words = run.split()
            if len(words) == 2 and fold(words[0]).rstrip(".") in self.parser.names.honorifics:
                words = words[1:]  # "Mr. Trump"
            person = self.person(run) if len(words) > 1 else None
            person = person or self._given_name_after_kin(at, run, position)
            if person is None and len(words) == 1:
                person = self.full_name(words[0], position) or (
                    (words[0], "") if words != run.split() else None  # an honorific says a person
                )
            if person is not None:
                people.append((at, person))
        if not people:
            return None
        return people[-1][1]

    def fronted_clause_subject(self, position: int) -> tuple[str, str] | None:
        """Whom a pronoun opening a sentence's main clause means when the sentence opens with a subordinate clause
        whose subject is a person ("When Flynn was asked whether he respects Putin, he said …": Flynn), named there
        and no one else before the comma: (name, role), else None."""
        start = self.sentence_start(position)
        comma = self.body.rfind(",", start, position)
        if comma < 0 or self.body[comma + 1 : position].strip() or not self._opens_subordinate(start):
            return None
        opener = OPENING_WORD.match(self.body, start)
        assert opener is not None  # (`_opens_subordinate`)
        runs = [m for m in _CAPITALISED_RUN.finditer(self.body, opener.end(), comma) if not self._quoted(m.start())]
        blanks = _BLANKS.match(self.body, opener.end())
        if not runs or blanks is None or runs[0].start() != blanks.end():
            return None  # the subject right after the subordinator ("When Flynn met Putin, he said …": Flynn)
        if any(fold(word) in self._pointing_pronouns for word in self.body[opener.end() : comma].split()):
            return None  # "After Hillary Clinton accused him of sexism, he warned …": "he" is whom "him" means
        return self._named_person(runs[0].group(), position)

    def fronted_clause_main_subject(self, position: int) -> tuple[str, str] | None:
        """Is the pronoun at `position` inside a sentence's fronted clause or phrase ("In a memo explaining to Trump why
        he thought Comey should be fired, Rosenstein, who …, pointed to …"), before the comma after which the main
        clause's subject is named? Then it looks ahead to that subject: (name, role) when a person is named there,
        ("", "") when a name the article gives no person opens the main clause; None when it is not so placed."""
        start = self.sentence_start(position)
        if self.body.rfind(",", start, position) >= 0 or not self._opens_subordinate(start, prepositions=True):
            return None
        end = self._sentence_end(position)
        comma = self.body.find(",", position, end)
        if comma < 0:
            return None
        blanks = _BLANKS.match(self.body, comma + 1)
        run = _CAPITALISED_RUN.match(self.body, blanks.end()) if blanks is not None else None
        if run is None or _POSSESSIVE_END.search(run.group()) or self._quoted(run.start()):
            return None
        words = run.group().split()
        if fold(words[0]) in self.parser.names.openers or fold(words[0]) in self.parser.names.function_words:
            return None  # "…, However …", "…, The …": no name opens the main clause
        return self._named_person(run.group(), position) or ("", "")

    def _opens_subordinate(self, start: int, prepositions: bool = False) -> bool:
        """Does the sentence at `start` open with a subordinator (`[cues] subordinators`: "When", "After"), or with
        `prepositions` a preposition of circumstance (`[cues] circumstance_prepositions`: "In a memo …")?"""
        opener = OPENING_WORD.match(self.body, start)
        if opener is None or not opener.group(1)[:1].isupper():
            return False
        word = fold(opener.group(1))
        return word in self._subordinate_openers or (prepositions and word in self._circumstance_openers)

    def speaks_of_itself_as_a_thing(self, name: str) -> bool:
        """Does the body write the one-word name, one verb that is no cue, then a possessive of a thing ("Apple
        unveiled its new watch", "Lenovo confirmed its plans": `[speaker] possessive_pronouns` of `[cues]
        impersonal_pronouns`)? A person's possessive would be "his" or "her": the name is a body's. Not a preposition
        or a function word between ("puts Donald Trump atop its ticket": the party's), nor the name as the last word
        of a longer one ("Donald Trump")."""
        if name not in self._things_by_possessive:
            things = self._things_possessives
            found = False
            if things and name.strip() and " " not in name.strip():
                pattern = rf"(?<![\w'’-]){re.escape(name)}[ \t]+([a-z]+)[ \t]+(?:{things})\b"
                found = any(
                    fold(match.group(1)) not in self.parser.names.cue_words
                    and fold(match.group(1)) not in self.parser.lex.prepositions  # ("Trump atop its ticket")
                    and fold(match.group(1)) not in self.parser.names.function_words
                    and not _CAPITALISED_BEFORE.search(self.body, max(0, match.start() - 40), match.start())
                    for match in re.finditer(pattern, self.body)
                )
            self._things_by_possessive[name] = found
        return self._things_by_possessive[name]

    @cached_property
    def _things_possessives(self) -> str:
        """The possessives of a thing as alternatives of a pattern ("its"), or "" in a language without them."""
        lex = self.parser.lex
        return "|".join(
            re.escape(possessive)
            for possessive, pronoun in lex.table("speaker", "possessive_pronouns").items()
            if fold(pronoun) in lex.impersonal_pronouns
        )

    @cached_property
    def _pointing_pronouns(self) -> frozenset[str]:
        """Object and possessive pronouns of a third person (`[speaker] object_pronouns`, `possessive_pronouns`)."""
        lex = self.parser.lex
        words = (*lex.words_of("speaker", "object_pronouns"), *lex.table("speaker", "possessive_pronouns"))
        return frozenset(fold(w) for w in words)

    @cached_property
    def _subordinate_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("cues", "subordinators") if " " not in w)

    @cached_property
    def _circumstance_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("cues", "circumstance_prepositions"))

    def _named_person(self, run: str, position: int) -> tuple[str, str] | None:
        """The person a capitalised run names (a title or honorific before one word: "Mr. Flynn"), in full where the
        article gives the full name; one word the article writes as a person's name by itself ("Rosenstein"); else
        None."""
        if _POSSESSIVE_END.search(run):
            return None  # "Trump's aides": not him
        words = run.split()
        if len(words) == 2 and fold(words[0]).rstrip(".") in self.parser.names.honorifics:
            words = words[1:]
        if len(words) > 1:
            return self.person(run)
        return self.full_name(words[0], position) or ((words[0], "") if self.person_shaped(words[0]) else None)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in sentences(self.body, self.parser.lex)]

    def _subject_over_possessor(self, run_position: int, name: str, position: int) -> tuple[str, str] | None:
        """The person opening the sentence before a pronoun that opens its own, when the last person named there
        only possesses a noun in lower case ("Roy Suryo menjalani pemeriksaan … terkait kasus tudingan ijazah palsu
        Joko Widodo (Jokowi). Dia mengingatkan …": the subject goes on, not the possessor of "ijazah"). Only for a
        pronoun that opens the sentence right after, and a subject named in full (`SentenceSubjects.opens_with`)."""
        if position < 0 or run_position < 0:
            return None
        start, opening = self.sentence_start(run_position), self.sentence_start(position)
        if (
            self.body[opening:position].strip()  # the pronoun does not open its sentence
            or _next_start(self._sentence_starts, start) != opening  # nor the one right after the person's
        ):
            return None
        before = self.body[max(start, run_position - 24) : run_position].split()[-1:]
        if not before or not before[0].isalpha() or not before[0].islower():
            return None  # after a title, a comma, a cue: not a possessor
        if fold(before[0]) in self.parser.person_role_words or fold(before[0]) in self.parser.names.cue_words:
            return None
        for at, run in self.runs_between(start, run_position):
            found = self.person(run)
            if found is not None and found[0] != name and self._subjects.opens_with(at, run):
                return found
        return None

    def sentence_start(self, position: int) -> int:
        """Where the body's sentence holding `position` begins (the segmenter's sentences: "Mr. Trump" ends none)."""
        starts = self._sentence_starts
        at = bisect.bisect_right(starts, position) - 1
        return starts[at] if at >= 0 else 0

    def _given_name_after_kin(self, at: int, run: str, position: int) -> tuple[str, str] | None:
        """A one-word given name right after a kin word, in a language whose noun phrases end on their head ("Jim
        Foley's mother Diane": Diane is the mother), with its full name where the article gives one ("Diane Foley")."""
        if " " in run.strip() or not self.parser.head_noun_last:
            return None
        before = self.body[max(0, at - 20) : at].split()
        if not before or fold(before[-1]) not in self.parser.relational_heads:
            return None
        return self.full_name(run, position) or (run, "")

    def a_subject_before(self, name: str, position: int) -> bool:
        """Has the narration opened a sentence with this person as its subject before `position` ("Jasmine Tridevil,
        21, spent …")? A name met only as an object or inside a phrase ("a Donald Trump piñata") is no one a pronoun
        may be taken to mean."""
        if any(
            self._subjects.opens_with(at, run) and not self._quoted(at)
            for at, run in self.runs_before(position)
            if (found := self.person(run)) is not None and found[0] == name
        ):
            return True
        last = name.split()[-1]  # "Trump responded by …" after "Donald Trump"
        return any(
            self._subjects.opens_with(at, last) and not self._quoted(at)
            for at, _ in whole_word_spans(last, self.body[:position])
        )

    def _one_name_apposed(self, after: int, position: int) -> bool:
        """Is someone named by one word set off by commas after a description in lower case between `after` and
        `position` ("another co-star, Raven-Symoné, is speaking out …", "salah satu korban, Indra, …"), outside
        quotations? A pronoun after them may well mean them, not the person named before."""
        return any(not self._quoted(found.start(1)) for found in _ONE_NAME_APPOSED.finditer(self.body, after, position))

    def building(self, run: str) -> bool:
        """Does the run name a building or a venue ("Gedung Sate", "Hotel Owabong": `[names] buildings`)?"""
        words = run.split()
        return bool(words) and fold(words[0]) in self.parser.building_words

    def opens_a_body(self, run: str) -> bool:
        """Is the one-word run what the article writes as the first word of an institution's name ("Siloam" of
        "Siloam International Hospitals": capitalised words after it, one of them an institution's word,
        `[organizations] words`), and never the end of a person's name ("Donald Trump" makes
        "Trump" a person whatever "Trump Foundation" is)? Then it names the body, not a person."""
        word = run.strip()
        if not word or " " in word:
            return False
        if word not in self._bodies:
            self._bodies[word] = self._opens_a_body(word)
        return self._bodies[word]

    def _opens_a_body(self, word: str) -> bool:
        names, body = self.parser.names, self.body
        # (where the word stands, found as a string and its surroundings read by hand: a pattern made for each word
        # would be compiled once a word, which costs more than reading the few places it stands)
        places, at = [], body.find(word)
        while at >= 0:
            places.append(at)
            at = body.find(word, at + 1)
        matched_to = 0
        for at in places:  # \b([A-Z][\w'’-]*)[ \t]+WORD\b
            end = at + len(word)
            if (end < len(body) and is_word_char(body[end])) == is_word_char(body[end - 1]):
                continue
            given = _capitalised_before(body, at, matched_to)
            if given is None:
                continue
            matched_to = end
            before = fold(given)
            if not (before in self.parser.one_word_titles or before in names.function_words or before in names.openers):
                return False  # "Donald Trump": the end of a person's name, whatever "Trump Foundation" is
        if any(self._after_company_title(at) for at in places):
            return True  # "COO Etanee Herry Nugraha …": the company its officer is named with
        institution = names.institution_words
        matched_to = 0
        for at in places:  # \bWORD((?:[ \t]+[A-Z][\w&.'’-]*){1,4})
            if at < matched_to or (at > 0 and is_word_char(body[at - 1])) == is_word_char(body[at]):
                continue
            found = _CAPITALS_AFTER.match(body, at + len(word))
            if found is None:
                continue
            matched_to = found.end()
            if any(fold(w) in institution for w in found.group().split()):
                return True  # "Siloam International Hospitals Caroline Riady": the group's name runs on to a person
        return False

    def _after_company_title(self, at: int) -> bool:
        """Does a company officer's title stand right before `at` in the body ("CEO ", "Co-Founder dan COO ":
        `[titles] company`)? The word there is the company's name."""
        words = self.body[max(0, at - 60) : at].split()
        if not words or not self.body[at - 1 : at].isspace():
            return False
        return any(fold(" ".join(words[-size:])) in self.parser.company_titles for size in (1, 2, 3))

    def _quoted(self, position: int) -> bool:
        """Is `position` (in the body) inside a quotation on its line?"""
        if position < 0:
            return False
        body = self.body
        line_end = body.find("\n", position)
        line = (body.rfind("\n", 0, position) + 1, line_end if line_end >= 0 else len(body))
        return any(m.start() < position < m.end() for m in QUOTATION.finditer(body, *line))

    def _ends_institution(self, position: int) -> bool:
        """Does the run at `position` (in the body) end an institution's name, after one of its words and a connector
        ("Humane Society of Tampa Bay", "University of Texas": `[organizations] words`, `[speaker] role_connectors`)?
        It names a place, no person."""
        if position < 0:
            return False
        before = self.body[max(0, position - 40) : position].split()
        return (
            len(before) >= 2
            and fold(before[-1]) in self.parser.role_connectors
            and before[-2][:1].isupper()
            and fold(before[-2]) in self.parser.organization_words
        )

    def _related_to(self, position: int) -> bool:
        """Is the name at `position` (in the body) the one a relational noun before it relates someone to ("anak
        Tamara Bleszynski", "istri Budi")? `[titles] relational`."""
        if position < 0:
            return False
        before = self.body[max(0, position - 30) : position].split()
        return any(fold(" ".join(before[-size:])) in self.parser.relational for size in (1, 2) if len(before) >= size)

    def _a_named_thing(self, position: int, run: str) -> bool:
        """Is the run at `position` (in the body; -1, the title) what a noun of things in lower case right before it
        calls a page, a work, an idea or a programme (`[speaker] page_nouns`, `work_nouns`, `idea_nouns`,
        `programme_nouns`: "laman Google Arts and Culture", "buku Tanaman Obat Keluarga", "program Jaksa Sahabat
        Nazir")? No one a pronoun may mean, nor a fuller name of anyone."""
        if position < 0:
            title = next((text for text, at in self.texts if at == -1), "")
            found = title.find(run)
            text, position = (title, found) if found > 0 else ("", 0)
        else:
            text = self.body
        if position <= 0:
            return False
        before = text[max(0, position - 20) : position].split()[-1:]
        return bool(before) and before[0].isalpha() and before[0].islower() and fold(before[0]) in self._thing_nouns

    @cached_property
    def _thing_nouns(self) -> frozenset[str]:
        lex = self.parser.lex
        return frozenset(
            fold(w)
            for key in ("page_nouns", "work_nouns", "idea_nouns", "programme_nouns")
            for w in lex.words_of("speaker", key)
        )

    def definite_subject_between(self, after: int, position: int) -> tuple[int, str] | None:
        """The last sentence between `after` and `position` whose subject is "the" and a role ("the president
        appeared cowed"), as (where it begins, the role); None if none (`SentenceSubjects.definite_subject`)."""
        return self._subjects.definite_subject(after, position)

    def subject_between(
        self,
        after: int,
        position: int,
        described_counts: bool = True,
        acted_upon_counts: bool = False,
        fronted_counts: bool = False,
    ) -> Subject | None:
        """The last person named as the subject of a sentence between `after` and `position`, in the body: in
        "Diberitakan sebelumnya, Kasi Penkum Vanny Yulia Eka Sari membenarkan …. Dia mengatakan …", Vanny is whom
        "Dia" means, though someone else spoke last."""
        return self._subjects.between(after, position, described_counts, acted_upon_counts, fronted_counts)

    def aged_anywhere(self, name: str) -> bool:
        """As `SentenceSubjects.aged_anywhere`."""
        return self._subjects.aged_anywhere(name)

    def other_subject_between(self, after: int, position: int, name: str) -> bool:
        """Was someone other than `name` brought in as a sentence's subject between `after` and `position`?"""
        subject = self.subject_between(after, position, False)
        return subject is not None and bool(subject[0]) and not same_person(subject[0], name)

    def person_shaped(self, name: str) -> bool:
        """Could the name be a person's, as the article writes it: capitalised words but for a name's particles
        ("Hakem al-Zameli"), no known place or body, no institution's word, and one word only when the article
        capitalises it inside a sentence or a second capital shapes it ("Raven-Symoné")? "Reports", "His report",
        "Much" (of "Much to my surprise"), "FIVE-YEAR-OLD" are not."""
        words = name.split()
        if not words or self.names_a_body(name):
            return False
        if len(words) > 1 and fold(words[-1]) in self.parser.person_role_words and words[-1][:1].islower():
            return True  # "IBM spokeswoman": someone described by their role
        particles = self.parser.name_particles
        if any(w[:1].islower() and fold(w).split("-")[0] not in particles for w in words):
            return False
        if self.parser.gazetteer.is_place_or_org(name) or any(fold(w) in self.parser.organization_words for w in words):
            return False
        if len(words) > 1:
            return True
        word = words[0]
        if word.isupper() or not word[:1].isupper():
            return False
        return word in self._capitalised_inside or any(c.isupper() for c in word[1:])

    def names_a_document(self, description: str) -> bool:
        """Is the description in lower case one of a document, by its head noun ("the new study", "a poll", "new
        book": `[speaker] documents`, `written_pieces`)? Then no "he" or "she" means it."""
        words = description.split()
        if not words or not description[:1].islower():
            return False
        head = words[-1] if self.parser.head_noun_last else words[0]
        return fold(head) in self.parser.pieces

    def names_a_body(self, description: str) -> bool:
        """Does the description's last word name a body ("the news outlet", "the website", "primary school":
        `[titles] organization`, `[organizations] words`)? Then no "he" or "she" means it."""
        words = description.split()
        return bool(words) and (
            fold(words[-1]) in self.parser.lex.organization_titles or fold(words[-1]) in self.parser.organization_words
        )

    @cached_property
    def _weekdays(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("dates", "weekdays"))

    @cached_property
    def _capitalised_inside(self) -> frozenset[str]:
        """The words capitalised inside a sentence, after a quotation too ("“…,” Melanie said")."""
        return capitalised_inside(self.body) | frozenset(_AFTER_QUOTATION.findall(self.body))

    def other_named_between(self, after: int, position: int, speaker_name: str) -> str:
        """The last person the narration between `after` and `position` names (quotations left out), wherever in a
        sentence ("Diketahui, sejak …, Trump telah …"), when it is not `speaker_name`; "" when none. A pronoun
        opening a sentence after it may mean them as well as who spoke last."""
        body = self.body
        after = max([after, *(at + 1 for at, *_ in self.entries if at < position)])  # since the last speaker too
        quoted = [(m.start(), m.end()) for m in QUOTATION.finditer(body, after, position)]
        runs = self.runs_between(after, position)
        taken = {at + n for at, run in runs for n in range(len(run))}
        runs += [(m.start(), m.group()) for m in _ONE_WORD.finditer(body, after, position) if m.start() not in taken]
        for run_position, run in sorted(runs, reverse=True):
            if any(s <= run_position < e for s, e in quoted):
                continue
            if not self._acts(body, run_position, run):
                continue
            person = self.nickname(run) or self.person(run)
            if person is None and " " not in run.strip() and self._subjects.someone(run, body):
                person = self.full_name(run, run_position) or (run, "")  # "Trump" the article names only so
            if person is not None:
                return "" if same_person(person[0], speaker_name) else person[0]
        return ""

    def other_opening_actor(self, position: int, speaker_name: str) -> str:
        """When the word before `position` joins a clause to the sentence's first ("… talked to “Inside Edition,”
        and they told us …", `[speaker] conjunctions`): the name that opens that sentence as the one who acts
        (a predicate after it, past adverbs: "Buzzfeed initially reported …"), when none of its words is a word of
        `speaker_name`; "" otherwise. An "it" or a "they" there may mean whoever the sentence is about as well as
        who spoke last."""
        body = self.body
        before = body[max(0, position - 40) : position].split()
        if not before or fold(before[-1]) not in self.parser.conjunctions:
            return ""
        blank = _BLANKS.match(body, self.sentence_start(position))
        assert blank is not None  # (blanks, perhaps none, always match)
        opening = _ONE_WORD.match(body, blank.end())
        if opening is None or opening.start() >= position:
            return ""
        runs = [(at, run) for at, run in self.runs_between(opening.start(), position) if at == opening.start()]
        at, run = runs[0] if runs else (opening.start(), opening.group())
        if fold(run) in self.parser.names.function_words or fold(run) in self.parser.conjunctions:
            return ""  # "And it showed …": the sentence opens with the link, no one acts before the pronoun
        if fold(run) in self.parser.lex.pronouns or {fold(w) for w in run.split()} & {
            fold(w) for w in speaker_name.split()
        }:
            return ""
        following = body[at + len(run) : at + len(run) + 60].split()
        while following and fold(following[0]).endswith(self._adverb_endings):
            following = following[1:]  # "Buzzfeed initially reported …"
        return run if following and self.parser.names.predicate(following[0]) else ""

    @cached_property
    def _adverb_endings(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.parser.lex.words_of("cues", "adverb_endings"))

    def introduced_between(self, after: int, position: int, speaker_name: str) -> list[str]:
        """The people the narration between `after` and `position` (quotations left out) brings in, other than
        `speaker_name`, by a noun and a word of naming (`[names] naming`: "citing an Iraqi ear, nose and throat doctor
        named Siruwan al-Mosuli"). A pronoun after them may mean them as well as who spoke last. (Not a name with a
        relative set off after it, "looked to Kukura, who had recently revived …": tried, it took the speaker from
        "Rubio refrained from attacking … Chris Christie, who say …. He dismissed …" and five more on PolNeAR train.)"""
        body = self.body
        found: list[str] = []
        naming = self._naming_after_noun
        for match in naming.finditer(body, max(0, after), position) if naming is not None else ():
            noun = fold(match.group("noun"))
            if self._quoted(match.start("name")) or noun in self.parser.lex.pronouns or noun in self._auxiliaries:
                continue  # "he called Clinton …", "has named Pence …": a verb of its subject
            name = match.group("name")
            person = self.nickname(name) or self.person(name)
            if person is None and noun in self.parser.person_nouns:
                person = self.full_name(name, match.start("name")) or (name, "")  # "a surgeon named Haddad"
            if person is not None:  # (not "a Pakistan-based group called Lashkar-e-Taiba": no person)
                found.append(person[0])
        return [name for name in found if not same_person(name, speaker_name)]

    @cached_property
    def _naming_after_noun(self) -> re.Pattern[str] | None:
        words = self.parser.lex.words_of("names", "naming")
        if not words:
            return None
        return re.compile(
            rf"(?<![\w'’-])(?P<noun>[a-z][\w-]*)[ \t]+(?:{phrase_pattern(list(words), ignore_case=False)})[ \t]+"
            r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|bin|van|de)){0,3})"
        )

    @cached_property
    def _auxiliaries(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("cues", "noun_followers"))

    def someone_else_mentioned(self, after: int, position: int, name: str) -> bool:
        """Does the narration between `after` and `position` (quotations left out) name a person other than `name`
        anywhere, acting or not ("Pengacara terdakwa Rudi Hartono hadir …")? Stricter than `other_named_between`: a
        description that points back ("ujar pria kelahiran Padang itu") may mean anyone the narration mentioned."""
        after = max([after, *(at + 1 for at, *_ in self.entries if at < position)])
        for run_position, run in self.runs_between(after, position):
            if self._quoted(run_position):
                continue
            person = self.nickname(run) or self.person(run)
            if person is not None and not same_person(person[0], name):
                return True
        return False

    def someone_else_in_sentence(self, position: int, name: str) -> bool:
        """Does the narration of the sentence holding `position`, before it, name a person other than `name`: by a name
        read as a person's, or by one capitalised word inside the sentence that is the family name of someone the
        article names in full, a possessive too ("in Trump's first presidential debate with Clinton, when he …")?"""
        start = self.sentence_start(position)
        if self.someone_else_mentioned(start, position, name):
            return True
        body = self.body
        for found in _ONE_WORD.finditer(body, start, position):
            if found.start() == start or self._quoted(found.start()):
                continue
            word = without_possessive(found.group())
            if not self._subjects.someone(word, body):
                continue
            person = self.full_name(word, found.start())  # (someone the article names in full: not "the District")
            if person is not None and not same_person(person[0], name):
                return True
        return False

    def agent_of_sentence_before(self, position: int) -> tuple[str, str] | None:
        """The one person the sentence right before `position`'s names, as the agent of a passive ("The third funding
        source was exposed by otolaryngologist Siruwan al-Mosuli. He said …"): (name, role), else None. A description
        of up to two words in lower case may stand between the agent marker and the name; a sentence that names
        someone else as well gives none (which one a pronoun after it means, it does not say)."""
        sentence = self._quiet_sentence_before(position)
        if sentence is None:
            return None
        start, end = sentence
        markers = self.parser.names.agent_markers
        agents, others = set(), set()
        for run_position, run in self.runs_between(start, end):
            if self._quoted(run_position):
                continue
            person = self.person(run)
            if person is None:
                continue
            before = self.body[max(start, run_position - 60) : run_position].split()
            for _ in range(2):  # "by otolaryngologist …", "by former minister …": a description in lower case
                if before and before[-1].isalpha() and before[-1].islower() and fold(before[-1]) not in markers:
                    before.pop()
            if len(before) > 1 and fold(before[-1]) in markers and self._passive_verb(before[:-1]):
                agents.add(person)  # (a verb before it: no byline's "By …", no "lawbreaking by Wall Street")
            else:
                others.add(person[0])
        names = {name for name, _ in agents}
        if len(names) != 1 or others - names:
            return None
        return max(agents, key=lambda one: len(one[1]))

    def introduced_in_sentence_before(self, position: int) -> tuple[str, str] | None:
        """The person the sentence right before `position`'s opens with, brought in by name and age ("Puckett, 19, a
        nursing major, sat in the last row. At the event's conclusion, she said …"): (name, role), else None; none
        when someone spoke in that sentence."""
        sentence = self._quiet_sentence_before(position)
        if sentence is None:
            return None
        start, end = sentence
        found = _INTRODUCED_WITH_AGE.match(self.body, start, end)
        if found is None or not self.body[start:end].rstrip().endswith((".", "!", "?")):
            return None  # (a caption, no sentence: "Shera Bechard, 27, French-Canadian model and … girlfriend")
        name = found.group("name")
        person = self.person(name) if " " in name else self.full_name(name, found.start("name"))
        if person is None and self.parser.parse(name).kind == "person" and not self.parser.is_place(name.split()):
            person = name, ""  # (an age set off after it: a person, whatever the dictionary says of the word)
        return person

    def _quiet_sentence_before(self, position: int) -> tuple[int, int] | None:
        """The span of the sentence right before the one holding `position`, when no one spoke in it (who spoke there
        goes on: "Sanders says … lawbreaking by Wall Street."); None otherwise."""
        starts = self._sentence_starts
        at = bisect.bisect_right(starts, position) - 1
        if at < 1:
            return None
        start, end = starts[at - 1], starts[at]
        if any(start <= entry[0] < end for entry in self.entries):
            return None
        return start, end

    def _passive_verb(self, words: list[str]) -> bool:
        """Do `words` end on a passive verb: a passive auxiliary among the last six ("was exposed", "was first exposed",
        "was joined on the call"), or a verb of the passive prefix ("diungkap")?"""
        if not words:
            return False
        if self._by_passive_prefix(fold(words[-1])):
            return True
        return any(fold(word) in self._passive_auxiliaries for word in words[-6:-1])

    def _by_passive_prefix(self, word: str) -> bool:
        """Is the folded word a verb of the passive prefix (`[names] passive_prefixes`: "diungkap"), no root?"""
        names = self.parser.names
        return (
            bool(names.passive_prefixes)
            and word.startswith(names.passive_prefixes)
            and len(word) > 5
            and (word not in names.roots)
        )

    @cached_property
    def _passive_auxiliaries(self) -> frozenset[str]:
        return frozenset(fold(word) for word in self.parser.lex.words_of("cues", "passive_auxiliaries"))

    def said_in_passive(self, after: int, position: int) -> tuple[str, str, int] | None:
        """The one person the narration between `after` and `position` names as the agent of a passive speech cue
        ("Hal senada diungkapkan Sekretaris Kementerian Pariwisata Bayu Aji."): (name, role, where that sentence
        ends), else None."""
        body = self.body
        passive = self._passive_cues
        found = set()
        for run_position, run in self.runs_between(after, position):
            if self._quoted(run_position):
                continue
            low = max(0, run_position - 80)
            before = body[low:run_position].split()
            if low and not body[low - 1].isspace():
                before = before[1:]  # (not a word the window cut)
            if len(before) > 1 and fold(before[-1]) in self.parser.names.agent_markers:
                before.pop()  # "ditekankan oleh Wahyudin Sunarya"
                if len(before) > 1 and before[-1].islower() and fold(before[-2]) in passive:
                    before.pop()  # "direspons keras oleh …": how it was answered, between the verb and its agent
            while len(before) > 2 and before[-1].casefold() in self.parser.connectors and before[-2][:1].isupper():
                before.pop()  # "… komisioner Pemantauan dan | Penyelidikan Komnas HAM": the run began before "dan"
                while len(before) > 1 and before[-1][:1].isupper():
                    before.pop()
            while len(before) > 1 and before[-1].islower() and fold(before[-1]) in self.parser.names.role_words:
                before.pop()  # "disampaikan komisioner Pemantauan … Komnas HAM, Saurlin": a role in lower case
            spoken_from = (  # "mendapat apresiasi dari Staf Khusus Kepala BGN, Ary Santoso": his words, a noun's source
                len(before) > 1 and fold(before[-1]) in self._source_words and fold(before[-2]) in self._spoken_nouns
            )
            if before and (fold(before[-1]) in passive or spoken_from):
                person = self.person(run) or self._apposed_after(run_position, run)
                if person is not None:
                    found.add((*person, self._sentence_end(run_position)))
        for one in self._passive_then_word.finditer(body, after, position):
            # "Hal itu disampaikan Hanif dalam acara …": one word, a name by its shape, is no capitalised run
            if self._quoted(one.start(1)):
                continue
            word = one.group(1)
            fuller = self.full_name(word, one.start(1))  # "dipaparkan Gede" after "Gede Sukarmadiyasa"
            person = self.person(word) or (fuller if fuller is not None and " " in fuller[0] else None)
            if person is None and self._by_shape(word, spoken=True):
                person = word, ""
            if person is not None:
                found.add((*person, self._sentence_end(one.start(1))))
        if len({name for name, _, _ in found}) != 1:
            return None
        return max(found, key=lambda one: len(one[1]))  # one person, found through two runs of a role: its longest

    def _sentence_end(self, position: int) -> int:
        """Where the sentence holding `position` ends: its full stop or its line's end."""
        ends = [at for at in (self.body.find(". ", position), self.body.find("\n", position)) if at >= 0]
        return min(ends, default=len(self.body))

    @property
    def _passive_then_word(self) -> re.Pattern[str]:
        """A passive speech cue, perhaps its agent marker, then one capitalised word and no other after it."""
        return _passive_then_word(self._passive_cues, self.parser.names.agent_markers)

    def _by_shape(self, name: str, spoken: bool = False) -> bool:
        """Is one word a person's name by its shape: no title, institution, place or word of the dictionary? With
        `spoken`, also a word of the dictionary the article names a speaker by alone ("kata Hanif")."""
        parsed = self.parser.parse(name)
        return (
            parsed.kind == "person"
            and parsed.name == name
            and self.parser.is_person_name(name)
            and (not self.parser.names.in_dictionary(name) or (spoken and self.trims.spoken_name(name, self.evidence)))
        )

    def _apposed_after(self, run_position: int, run: str) -> tuple[str, str] | None:
        """The person named in apposition right after a run that names no one: "disampaikan oleh Sekretaris Daerah
        Provinsi Jawa Tengah, Sumarno, dalam …" → Sumarno (the role first, as the press writes it)."""
        end = run_position + len(run)
        joined = _JOINED_RUN.match(self.body, end)
        if joined is not None and joined.group(1).casefold() in self.parser.connectors:
            end = joined.end()  # "dikatakan Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kemenkeu, Suminto"
            run = self.body[run_position:end]
        apposed = _APPOSED_NAME.match(self.body, end)
        if apposed is None:
            return None
        name = apposed.group(1)
        person = self.person(name)
        if person is not None:
            return person[0], person[1] or run
        return (name, run) if self._by_shape(name) else None  # one word, a name by its shape: "Sumarno"

    @cached_property
    def _spoken_nouns(self) -> frozenset[str]:
        """Nouns of something said whose speaker a preposition of source brings in (`[names] spoken_nouns`)."""
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "spoken_nouns"))

    @cached_property
    def _source_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("speaker", "source_prepositions"))

    @cached_property
    def _passive_cues(self) -> frozenset[str]:
        """Speech cues in the passive, their agent after them ("diungkapkan", "disampaikan"): the post cues with
        a passive prefix, and the passives of answering (`[cues] passive_responses`: "direspons oleh Dedi")."""
        prefixes = self.parser.names.passive_prefixes
        return frozenset(
            [fold(cue) for cue in self.parser.lex.post_cues if prefixes and fold(cue).startswith(prefixes)]
            + [fold(w) for w in self.parser.lex.words_of("cues", "passive_responses")]
        )

    def _acts(self, body: str, position: int, run: str) -> bool:
        """Does the name at `position` stand where the one who acts stands: after a passive verb ("diungkapkan
        Sekretaris … Bayu Aji") or an agent marker ("oleh Gubernur …", also past an apposition: "oleh Kasubdit …,
        Kombes Rizki …"), or opening a clause with an active predicate after it ("Diketahui, sejak …, Trump telah …")?
        Not an object ("menilai Purbaya", "dengan Wali Kota …", "pemerintahan Trump", "his opponent, Hillary
        Clinton.")."""
        before = body[max(0, position - 200) : position].split()
        while before and self._short_title(before[-1]):
            before.pop()  # "… oleh dosen Undip, Prof. Dr. Muhammad Nur": titles written short before the name
        while before and before[-1].endswith(",") and before[-1][:1].isupper():
            before.pop()  # the capitalised phrase an apposition follows: "Kasubdit … Polri,"
            while before and before[-1][:1].isupper() and not before[-1].endswith((",", ".")):
                before.pop()
                if len(before) > 1 and before[-1].casefold() in self.parser.connectors and before[-2][:1].isupper():
                    before.pop()  # "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kemenkeu,": one phrase
            while before and fold(before[-1]) in self.parser.names.role_words:
                before.pop()  # "oleh dosen Undip, Prof. …": a role in lower case before the institution
        word = fold(before[-1]) if before else ""
        names = self.parser.names
        if word in names.agent_markers or self._by_passive_prefix(word):
            return True
        rest = body[position + len(run) : position + len(run) + 60]
        following = rest.split()
        # a passive subject ("sebelum Orient dilantik") had something done to it
        return bool(following) and names.predicate(following[0]) and not self._subjects.passive(rest)

    def positions_of(self, name: str) -> list[int]:
        """Where the body names `name` as a speaker, by a word of the name (not a pronoun that stood for them)."""
        words = set(name.split())
        found = []
        for position, spoken, _, _ in self.entries:
            first = self.body[position:].split(None, 1)[:1] if position >= 0 and spoken == name else []
            if first and first[0].strip(",.") in words:
                found.append(position)
        return found

    def spoke(self, name: str) -> bool:
        """Is `name` a person the document has already given as a speaker, by that name?"""
        return any(spoken == name and kind == "person" for _, spoken, kind, _ in self.entries)

    def spelt_out(self, acronym: str) -> str | None:
        """The name an acronym abbreviates where the document writes it out before it in brackets ("Dewan Kehormatan
        Penyelenggara Pemilu (DKPP)" for "DKPP"): the capitalised words right before the bracket whose initials
        are the acronym's letters (a role before them is left out: "Ketua Badan Pusat Statistik (BPS)"); None when
        the document does not, or spells it out two ways."""
        if not acronym.isupper() or not acronym.isalpha():
            return None
        found: set[str] = set()
        for text, _ in self.texts:
            for bracket in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
                words = text[max(0, bracket.start() - 160) : bracket.start()].split()
                for size in range(len(acronym), min(len(words), len(acronym) + 3) + 1):
                    run = words[-size:]
                    if self.parser.spells(run, acronym) and not self.parser.is_person_name(" ".join(run)):
                        # ("Kang Dedi Mulyadi (KDM)" is a person's)
                        found.add(" ".join(run))
                        break
                else:
                    company = self._company_before(words)
                    if company:
                        found.add(company)
        return found.pop() if len(found) == 1 else None

    def _company_before(self, words: list[str]) -> str:
        """A company's name that the words end with, from its legal form on (`[organizations] legal_forms`: "PT Bank
        Central Asia Tbk"): what it writes in brackets after it is its short name or its ticker ("(BBCA)"), whatever
        the letters; "" when the words do not end so."""
        forms = self.parser.legal_forms
        for size in range(2, min(len(words), 9) + 1):
            run = words[-size:]
            if any(not (word[:1].isupper() or word.casefold() in self.parser.connectors) for word in run):
                return ""
            if run[0] in forms:
                return " ".join(run)
        return ""

    def nickname(self, short: str) -> tuple[str, str] | None:
        """The full name a document gives a short form to in brackets: "Saifullah Yusuf (Gus Ipul)" makes "Gus
        Ipul" Saifullah Yusuf; "Agus Harimurti Yudhoyono (AHY)" makes "AHY" him."""
        return self._given_nicknames().get(fold(short))

    def nicknames_of(self, name: str, may_be: Callable[[str], bool] | None = None) -> list[str]:
        """The short forms the document gives this person ("Gus Ipul" for Saifullah Yusuf), as it wrote them, of those
        `may_be` keeps (see `GivenNicknames.given_to`)."""
        return self._given_nicknames().given_to(name, may_be)

    def _given_nicknames(self) -> GivenNicknames:
        """Each short form the document gives (folded) → (full name, role), found once after the last scan."""
        if self._nicknames is None:
            self._nicknames = self._nickname_forms.read(
                (text for text, _ in self.texts), self.person, lambda short: self.full_name(short, len(self.body))
            )
            for at, nickname in self._described_nicknames().items():
                self._nicknames.add(nickname, partial(self._described_with_nickname, at))
        return self._nicknames

    def described_by_nickname(self, position: int) -> tuple[str, str] | None:
        """The person a describing sentence opening at `position` gives a short form ("Perempuan yang disapa Leni ini
        menegaskan …": the one named last before it, in full), as its subject speaks; None if none opens there."""
        nickname = self._described_nicknames().get(position)
        return self.nickname(nickname) if nickname is not None else None

    def _described_nicknames(self) -> dict[int, str]:
        """Where the body's describing sentences give short forms (`Nicknames.described`), read once after the last
        scan."""
        if self._described_at is None:
            self._described_at = dict(self._nickname_forms.described(self.body))
        return self._described_at

    def _described_with_nickname(self, at: int) -> tuple[str, str] | None:
        """The person a sentence at `at` describes and gives a short form ("Perempuan yang disapa Leni ini …"): the one
        named last before it, named in full."""
        person = self.last_person_before(at)
        if person is None or person[1] != "person" or " " not in person[0].strip():
            return None
        return person[0], person[2]

    def named_in(self, name: str, words: str) -> bool:
        """Do the words (folded, one space around each: " saudara hps memberikan ") name this person, by a word of
        the name or a short form the document gave them ("Hendi Prio Santoso (HPS)")?"""
        forms = {fold(word) for word in name.split() if len(word) > 2}
        whole = _padded(name)
        forms |= {short for short, person in self._given_nicknames().items() if whole in _padded(person[0])}
        introductions = self.parser.lex.words_of("names", "self_introductions")
        if any(f" {fold(intro)} {form} " in words for intro in introductions for form in forms):
            return False  # "I am Shirley Sotloff. My son …": she names herself
        parts = name.split()
        if len(parts) >= 2 and all(part[:1].isupper() for part in parts):
            # "saudara AS memberikan …" of Arso Sadewo: his initials after a word that writes a suspect so
            initials = fold("".join(part[0] for part in parts))
            before = self.parser.lex.words_of("names", "initials_after")
            if any(f" {fold(word)} {initials} " in words for word in before):
                return True
        return any(f" {form} " in words for form in forms)

    def holder_of(
        self, role: str, position: int, last_speakers: list[Speaker], mention: str = ""
    ) -> tuple[str, str] | None:
        """The one person this document gives a role ("Presiden", "menteri"): among the speakers before
        `position` and the full names it writes with a title. None when nobody, or more than one, holds it."""
        honorifics = self.parser.names.honorifics
        written_out = self.parser.lex.table("titles", "abbreviated")
        forms = [set(fold(role).split()) - honorifics]  # as written, and spelt out: "Menkes", "Menteri Kesehatan"
        spelt = {fold(short): fold(out) for short, out in written_out.items()}
        words = fold(role).split()
        if any(word in spelt for word in words):  # "Kadispen TNI AL": "Kepala Dinas Penerangan TNI AL"
            forms.append(set(" ".join(spelt.get(word, word) for word in words).split()) - honorifics)
        forms = [wanted for wanted in forms if wanted]
        if not forms:
            return None

        longer = _title_word_sets(self.parser.lex.code)

        def holds(title: str) -> bool:
            words = set(fold(title).split())
            words |= {out for word in words if word in spelt for out in spelt[word].split()}  # "Sen.": "senator"
            # a longer title holding the role's words is another office: "Vice President" holds no "president"
            return any(wanted <= words and not any(wanted < other <= words for other in longer) for wanted in forms)

        holders: dict[str, str] = {}
        for previous in last_speakers:
            if (
                previous.kind == "person"
                and previous.name
                and self.parser.names.names_someone(previous.name)
                and holds(previous.role)
            ):
                holders.setdefault(previous.name, previous.role)
        runs = self.runs
        for k, (run_position, run) in enumerate(runs):
            if run_position >= position or not holds(run):
                continue
            if k + 1 < len(runs) and fold(run.split()[-1]) in spelt:
                after, name = runs[k + 1]
                titled = self.person(name) if self.body[run_position + len(run) : after].strip() == "." else None
                if titled is not None:
                    holders.setdefault(titled[0], f"{run}.")  # "Texas Sen. Ted Cruz": a title written short
                    continue
            person = self.person(run)
            first = run.find(person[0].split()[0]) if person is not None and person[0].strip() else -1
            if (
                person is None
                and self.body[run_position + len(run) : run_position + len(run) + 1] != "."  # ("Kombes Pol. Eko …")
                and (titled := self._titled_one_name(run)) is not None
                and holds(titled[1])
            ):
                # "when King Abdullah stepped in. … the king announced …": a title and the one name the article
                # gives its holder
                holders.setdefault(*titled)
                continue
            if person is not None and (holds(person[1]) or first > 0 and holds(run[:first])):
                # (the title before the name, with the place it serves: "Texas Sen. Ted Cruz" for "the Texas senator")
                holders.setdefault(person[0], person[1] or run[:first].strip())
            elif person is None and k + 1 < len(runs):
                # "Kepala BPJPH RI, Ahmad Haikal Hasan, turut hadir …": the office, then its holder set off by commas
                after, name = runs[k + 1]
                gap = self.body[run_position + len(run) : after]
                apposed = self.person(name) if gap.strip() == "," else None
                if (
                    apposed is not None
                    and not apposed[1]
                    and self.body[after + len(name) : after + len(name) + 1] == ","
                ):
                    holders.setdefault(apposed[0], run)
        for name, title in self._apposed_holders(position, holds):
            holders.setdefault(name, title)
        if mention and " " in fold(role).strip() and role.strip().islower():
            # "the former president" after "former President Bill Clinton" as well as "Former President George W. Bush"
            for name, title in self._described_in_full(mention, position).items():
                holders.setdefault(name, title)
        if not holders and mention:
            holders = self._titled_in_lower_case(role, mention, position)
        # one person written twice ("Cristina Kirchner", "Kirchner") holds it once
        people = [
            name for name in holders if not any(_padded(name) in _padded(other) for other in holders if other != name)
        ]
        return (people[0], holders[people[0]]) if len(people) == 1 else None

    def _titled_one_name(self, run: str) -> tuple[str, str] | None:
        """(name, title) of a run that is a person's title and one name ("King Abdullah", "President Obama"), else
        None: a name shaped as a person's, no place or body, no word the article also writes in lower case."""
        parsed = self.parser.parse(run)
        name = parsed.name.strip()
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "Judge Sullivan’s ruling": his
        if (
            parsed.kind != "person"
            or not parsed.role
            or " " in name
            or not name[:1].isupper()
            or not self.parser.opens_with_person_title(run)
            or not self.person_shaped(name)
            or not self.parser.names.names_someone(name)  # ("Federal Judge Just Gave …", a headline's capitals)
            or self.parser.gazetteer.is_place_or_org(name)
            or self._in_lower_case(name)
        ):
            return None
        return name, parsed.role

    def _apposed_holders(self, position: int, holds: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
        """The people named before `position` with the role in apposition after their full name, in lower case
        ("Cristina Kirchner, the president of Argentina, …", "Jose Figueroa Alcorta, then-president of …"): they hold
        it too, so that "the president" is left unresolved where the article has had more than one."""
        pattern = _apposition(self.parser.lex.code)
        if pattern is None:
            return
        for run_position, run in self.runs:
            if run_position >= position:
                break
            after = pattern.match(self.body, run_position + len(run))
            if (
                after is None
                or not holds(after.group("role"))
                or not any(fold(word) in self.parser.lex.person_titles for word in after.group("role").split())
            ):
                continue  # (an office: not "…, the rally denounced", "…, the parents of …")
            person = self.person(run)
            if person is not None and " " in person[0].strip() and self.parser.is_person_name(person[0]):
                yield person[0], after.group("role")

    @cached_property
    def _time_modifiers(self) -> frozenset[str]:
        """Words before a title that say when it was held (`[names] time_modifiers`: "former", "then")."""
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "time_modifiers"))

    def _titled_in_lower_case(self, role: str, mention: str, position: int) -> dict[str, str]:
        """The people the body writes right after a one-word title in lower case ("a research note from KGI analyst
        Ming-Chi Kuo"), for "the analyst" as written (no one else's: "His lawyer", "Clinton aide"), by their full
        names: name → title. So too a noun of what a person is (`[names] person_nouns`), alone: "42-year-old fisherman
        Igor Vorozhbitsyn's attack …. The fisherman explains: …"."""
        words = role.split()
        while len(words) > 1 and fold(words[0]) in self._time_modifiers:
            words = words[1:]  # "the former FBI director" is whom the article wrote "FBI director James Comey"
        if not words or not words[-1].islower():
            return {}
        if fold(words[-1]) not in self.parser.lex.person_titles and not (
            len(words) == 1 and fold(words[0]) in self.parser.person_nouns
        ):
            return {}  # (a noun of what a person is, alone: "The fisherman explains" after "fisherman Igor …")
        title, bodies = fold(words[-1]), [fold(w) for w in words[:-1]]
        if len(bodies) > 2 or not all(w[:1].isupper() for w in words[:-1]):
            return {}  # (a body's name before the title, in capitals: "FBI director", "CIA analyst")
        spoken = fold(mention.strip()).split()
        while spoken and (spoken[0] in self.parser.definite or spoken[0] in self._time_modifiers):
            spoken = spoken[1:]
        if spoken != [*bodies, title]:
            return {}
        written = (self.body[max(0, position - 12) : position].split()[-1:] or [""])[0]
        opening = (self.body[position : position + 12].split()[:1] or [""])[0]
        if fold(written) not in self.parser.definite and fold(opening) not in self.parser.definite:
            return {}  # "the analyst", not "A reporter pointed out …": someone else
        if title not in self.parser.lex.person_titles and re.search(
            rf"\b{re.escape(title.capitalize())}[ \t]+[A-Z]", self.body[:position]
        ):
            return {}  # ("Farmer John Miller and farmer Peter Hale …": the noun opening a sentence, before a name too)
        found: dict[str, str] = {}
        for run_position, run in self.runs:
            if run_position >= position:
                break
            before = self.body[max(0, run_position - 60) : run_position].split()[-1 - len(bodies) :]
            if len(before) < 1 + len(bodies) or [fold(w) for w in before[:-1]] != bodies:
                continue
            before = before[-1:]
            if fold(before[0]) != title or not before[0].isalpha() or not before[0].islower():
                continue
            person = self.person(run)
            if (
                person is not None
                and " " in person[0].strip()
                and self.parser.is_person_name(person[0])
                and not self.parser.gazetteer.is_place_or_org(person[0])
            ):
                found.setdefault(person[0], " ".join(filter(None, [before[0], person[1]])))
        return found

    def titled_next(self, head: str, position: int) -> tuple[str, str] | None:
        """The person the next sentence opens with, titled by this description's head noun: "Iraq’s ambassador to the
        United Nations asked …" then "Ambassador Mohamed Alhakim told reporters …" (the lead describes, the next
        sentence names: a news story's habit). The title must be the head itself, capitalised or after "The"; the
        name a full one. None otherwise."""
        following = next((start for start in self._sentence_starts if start > position), None)
        if following is None:
            return None
        definite = "|".join(sorted(re.escape(a) for a in self.parser.definite)) or "(?!x)x"
        opening = re.compile(
            rf"(?i:(?:(?:{definite})[ \t]+)?{re.escape(head)})[ \t]*,?[ \t]+"
            rf"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+)"
        ).match(self.body, following)
        if opening is None:
            return None
        person = self.person(opening.group("name").rstrip(",."))
        if (
            person is None
            or " " not in person[0].strip()
            or not self.parser.is_person_name(person[0])
            or self.parser.gazetteer.is_place_or_org(person[0])
        ):
            return None
        return person[0], head

    def _described_in_full(self, mention: str, position: int) -> dict[str, str]:
        """The people the body writes before `position` right after the whole description a definite article opens
        here, in any case ("the former secretary of state" after "former Secretary of State Hillary Clinton"): name →
        the description. Only descriptions of two words or more that end in a person's title or a role."""
        words = mention.split()
        written = (self.body[max(0, position - 12) : position].split()[-1:] or [""])[0]
        opening = (self.body[position : position + 12].split()[:1] or [""])[0]
        if words and fold(words[0]) in self.parser.definite:
            words = words[1:]
        elif fold(written) not in self.parser.definite and fold(opening) not in self.parser.definite:
            return {}  # ("a former secretary of state said": someone else)
        head = fold(words[-1]) if words else ""
        at = self.body.find(mention, position)
        connectors = "|".join(map(re.escape, self.parser.lex.words_of("speaker", "role_connectors"))) or "(?!x)x"
        domain = (
            re.compile(rf"[ \t]+((?:{connectors})[ \t]+[A-Za-z]+)\b").match(self.body, at + len(mention))
            if at >= 0
            else None
        )
        if domain is not None:
            words += domain.group(1).split()  # "the former secretary of state": its office's domain, cut off the name
        if len(words) < 2 or not (head in self.parser.lex.person_titles or head in self.parser.role_words):
            return {}
        title = r"[ \t]+".join(re.escape(word) for word in words)
        pattern = re.compile(rf"(?i:\b{title})[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+)")
        found: dict[str, str] = {}
        for match in pattern.finditer(self.body, 0, max(0, position)):
            person = self.person(match.group("name"))
            if (
                person is not None
                and " " in person[0].strip()
                and self.parser.is_person_name(person[0])
                and not self.parser.gazetteer.is_place_or_org(person[0])
            ):
                found.setdefault(person[0], " ".join(words))
        return found

    def _after_a_particle(self, short: str) -> list[tuple[int, str, str]]:
        """The names that end with `short` after a lower-case particle (`[names] particles`), which the capitalised
        runs stop at: "Nabet" is "Sheikh Motlab al Nabet", "Mosuli" is "Siruwan al-Mosuli"."""
        particles = self.parser.name_particles
        body = self.body
        if not particles or not short[:1].isupper():
            return []
        if not any(f"{p} {short}" in body or f"{p}-{short}" in body for p in particles):
            return []  # (asked often, found rarely: the text is searched before any pattern is made)
        joined = "|".join(sorted(map(re.escape, particles)))
        pattern = re.compile(rf"((?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{joined})(?:[ \t]+|-){re.escape(short)})\b")
        found = []
        for match in pattern.finditer(body):
            person = self.parser.parse(match.group(1))
            if person.kind == "person" and person.name.endswith(short) and person.name != short:
                found.append((match.start(1), person.name, person.role))
        return found

    def _only_opening_sentences(self, name: str) -> bool:
        """Does the body write this name only where it opens a sentence?"""
        return all(opens_sentence(self.body, at) for at, _ in whole_word_spans(name, self.body))

    def others_of_family(self, name: str) -> bool:
        """Does the article name, anywhere, another person whose name ends as this one's ("Donald Trump" beside "Eric
        Trump", "Bill Clinton" beside "Hillary Clinton")? Then the family name alone may be either."""
        words = name.split()
        if len(words) < 2:
            return False
        family = words[-1]
        return any(
            fold(other.split()[-1]) == fold(family) and not same_person(other, name)
            for _, other, _ in self._names(family)
            if len(other.split()) > 1
        )

    @cached_property
    def _glossed_bodies(self) -> dict[str, str]:
        """Short forms the article gives in brackets right after a body's name, from the word that heads it (`[speaker]
        organization_heads`): "Mahasiswa Universitas Udayana (Unud) …" → {"unud": "Universitas Udayana"}. A short
        form glossed so is that body wherever the article writes it alone. (Not with the place after the brackets,
        "Dinas Kesehatan (Dinkes) Kabupaten Cirebon": an actor's name is written in its article as it stands.)"""
        heads = self.parser.lex.organization_heads
        found: dict[str, str] = {}
        for match in _GLOSSED_BODY.finditer(self.body):
            words = match.group("name").split()
            at = next((n for n, word in enumerate(words) if fold(word) in heads), None)
            if at is None or at == len(words) - 1:
                continue
            found.setdefault(fold(match.group("short")), " ".join(words[at:]))
        return found

    def full_name(self, short: str, position: int, title: str = "") -> tuple[str, str] | None:
        """The full name containing `short` as whole words, last seen before `position` (else first after, and
        then, for a short form with a `title`, only one the article gives that title too: "President Trump has
        told …" is not the "Ivanka Trump" named further down)."""
        if not short.split():
            return None
        glossed = self._glossed_bodies.get(fold(short.strip()))
        if glossed is not None:
            return glossed, ""  # "Universitas Udayana (Unud)": "Unud" is the university, no "Publik Unud" after it
        names = [entry for entry in self._names(short) if entry[1] != short]
        if self._family_name_last and " " not in short.strip():
            # a one-word short form is the family name, which ends the full name where any name so ends ("Trump" is
            # "Donald Trump", not "Trump Tower"; "Christie" is "Chris Christie", not the run "Chris Christie Address
            # Heroin Epidemic" of a headline glued to the text)
            kept = [entry for entry in names if fold(entry[1].split()[-1]) == fold(short.strip())]
            names = kept or names
        known = self.parser.gazetteer.lookup(short)
        if known is not None and known.kind == "person" and fold(known.name) != fold(short):
            # a known person's short form means them, unless the document names someone else so in full
            # ("Listyo Sigit Prabowo"); a run that only holds it ("Ultimatum Prabowo") is no other person
            others = [
                entry
                for entry in names
                if _padded(known.name) not in _padded(entry[1]) and not fold(entry[1]).startswith(fold(short))
            ]
            if not any(fold(known.name) in fold(entry[1]) for entry in names) and not others:
                return known.name, known.role
            names = [entry for entry in names if fold(known.name) in fold(entry[1])] or others
        if not names and " " not in short.strip() and len(short) >= 4:
            names = (
                self._truncated(short)
                or self._pet_form(short.strip())
                or self._web_name(short.strip())
                or self._misspelt(short.strip())
            )
        if not names and " " not in short.strip():
            names = self._after_a_particle(short.strip())
        if not names and " " in short.strip():
            names = self._without_middle(short)
        if not names and known is None:
            return self._headline_name(short)
        before = [entry for entry in names if entry[0] < position]
        after = [entry for entry in names if entry[0] >= position]
        spoke = {name for p, name, kind, _ in self.entries if p < position and kind == "person"}
        people = {name for _, name, _ in before}
        if len({_without_initials(name) for name in people}) == 1 or _given_name_shortened(people):
            # "Donald Trump" in the headline, "Donald J. Trump" in the body: one; so "Tim Sloan" and "Timothy J.
            # Sloan", a given name the other's shortened
            people = {max(people, key=len)}
            before = [entry for entry in before if entry[1] in people]
        elif self._one_person_read_twice(people, spoke):
            # one person read as "Muhammad Rachmat Kaimuddin" and as "Rachmat Kaimuddin": the name an attribution
            # gave them before ("Deputi … Muhammad Rachmat Kaimuddin mengatakan …"), not the other reading
            people = people & spoke
            before = [entry for entry in before if entry[1] in people]
        if len(people) > 1 and not any(_padded(a) in _padded(b) for a in people for b in people if a != b):
            # several people share the short name ("Hillary Clinton", "Chelsea Clinton's …"): the one the article
            # gave the title the short name has ("then-Secretary Clinton" after "Secretary of State Hillary
            # Clinton"), if only one; none if the article gave it to none of them ("President Clinton" where only
            # "Chelsea Clinton" spoke); else the one who spoke before it, if only one did; else the document does
            # not say which
            office = title if fold(title.rstrip(".")) not in self.parser.honorifics else ""  # ("Mrs.": any wife)
            titled = {name for at, name, role in before if office and self._titled(at, name, role, office)}
            before = [entry for entry in before if entry[1] in (titled if office else spoke)]
            if len({name for _, name, _ in before}) != 1:
                return None
        if not before and title:
            after = [entry for entry in after if _padded(title) in _padded(entry[2])]
        if not before and len({name for _, name, _ in after}) > 1:
            # named in full only further on, in more than one way: not a run the article writes only where it opens
            # a sentence, whose first capital says nothing ("Kinerja Renita dalam mengembangkan …", her work, before
            # "Brigadir Renita Rismayanti")
            inside = [entry for entry in after if not self._only_opening_sentences(entry[1])]
            after = inside or after
        choice = before[-1] if before else (after[0] if after else None)
        if choice is None:
            return None
        _, name, role = choice
        # the same role read whole elsewhere ("Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia" spoke: the
        # capitalised run stops at "dan" and holds only "Sumber Daya Mineral")
        fuller = [r for _, n, r in before or after if n == name and len(r) > len(role)] if role else []
        ending = _padded(role)
        return name, max((r for r in fuller if _padded(r).endswith(ending)), key=len, default=role)

    def _titled(self, at: int, name: str, role: str, title: str) -> bool:
        """Was the person named at `at` given `title`: in the role read with the name, or among the four words
        written right before the name in its sentence ("then-Secretary of State Hillary Clinton")?"""
        if _padded(title) in _padded(role):
            return True
        written = self.body.find(name, at, at + 80 + len(name))  # (a run's entry is where the run starts)
        if written < 0:
            return False  # (an entry recorded where the name is not written: no words before it to read)
        before = self.body[max(self.sentence_start(written), written - 60) : written]
        words = {fold(part) for word in before.split()[-4:] for part in word.split("-")}
        return fold(title) in words

    def _one_person_read_twice(self, people: set[str], spoke: set[str]) -> bool:
        """Are the readings one inside another, the longest's words all names (capitalised inside a sentence, no title:
        not "Actor Clint Howard" at a sentence's start), and exactly one of them given by an attribution before?"""
        if len(people) < 2 or len(people & spoke) != 1:
            return False
        longest = max(people, key=len)
        return all(_padded(name) in _padded(longest) for name in people) and all(
            word in self._capitalised_inside
            and fold(word) not in self.parser.role_words
            and fold(word) not in self.parser.one_word_titles
            for word in longest.split()
        )


def _before_particle(words: list[str]) -> list[str]:
    """The words of a run before a lower-case particle joined it ("Fernandez" of "Fernandez de Kirchner")."""
    at = next((n for n, word in enumerate(words) if word[:1].islower()), len(words))
    return words[:at]


def _given_name_shortened(people: set[str]) -> bool:
    """Are two full names one person's, the same family name after the same number of words apart from initials and
    one given name the other's first letters, three or more ("Tim Sloan", "Timothy J. Sloan")?"""
    if len(people) != 2:
        return False
    one, other = (_without_initials(name).split() for name in people)
    if len(one) != 2 or len(other) != 2 or fold(one[-1]) != fold(other[-1]):
        return False
    short, long = sorted((fold(one[0]), fold(other[0])), key=len)
    return len(short) >= 3 and short != long and long.startswith(short)


def _without_initials(name: str) -> str:
    """The name without its middle initials, folded: "Donald J. Trump" → "donald trump"."""
    words = name.split()
    return " ".join(fold(w) for n, w in enumerate(words) if not (0 < n < len(words) - 1 and is_initial(w)))


def same_person(name: str, other: str) -> bool:
    """Do two names share a name word ("Trump", "Donald Trump"; "Maria S.W. Sumardjono", "Maria S")?"""
    return bool(set(_padded(name).split()) & {word for word in _padded(other).split() if len(word) > 2})


@cache
def _event_relative(language: str) -> re.Pattern[str] | None:
    """ ", in which " and the like right before a pronoun (`[names] event_relatives`), built once per language."""
    words = lexicon(language).words_of("names", "event_relatives")
    if not words:
        return None
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf",\s+(?:{alternatives})\s+$", re.IGNORECASE)


@cache
def _title_word_sets(language: str) -> list[set[str]]:
    """The words of each person title, built once per language."""
    return [set(t.split()) for t in lexicon(language).person_titles]


@cache
def _passive_then_word(cues: frozenset[str], markers: frozenset[str]) -> re.Pattern[str]:
    """`NameRegistry._passive_then_word`, built once per language's cues and markers."""
    return re.compile(rf"{phrase_pattern(cues)}\s+(?:{phrase_pattern(markers)}\s+)?([A-Z][\w'’-]+)(?=[ \t]+[a-z]|[,.])")
