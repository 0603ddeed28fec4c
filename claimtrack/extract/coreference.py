"""Coreference within a document: a pronoun, a short name or a bare role gets the full name it stands for.

"Menteri Luar Negeri Rusia Sergei Lavrov … Lavrov mengatakan … Ia menambahkan": "Lavrov" and "Ia" resolve to
"Sergei Lavrov", the full name last seen that fits. Only the document counts; what it leaves open stays open.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from claimtrack.extract.name_trims import NameTrims
from claimtrack.extract.names import NameEvidence
from claimtrack.extract.phrases import whole_word_spans
from claimtrack.extract.speakers import Speaker, SpeakerParser
from claimtrack.extract.tokens import lower_case, opens_sentence
from claimtrack.lexicon import phrase_pattern
from claimtrack.textutil import fold

# two to six capitalised words on one line, initials ("M.") allowed, not across a full stop
_CAPITAL_RUN = re.compile(
    r"(?=[A-Z])(?<![\w.])(?:(?:[A-Z]\.|[A-Z][\w'’-]*)[ \t]+(?:\([A-Z]{2,8}\)[ \t]+)?){1,7}[A-Z][\w'’-]*"
)
# "Menteri Sosial Saifullah Yusuf (Gus Ipul)", "Bijaksana Junerosano (Sano)"
_NICKNAMED = re.compile(
    # (the capital first, then what is before it: the engine then skips ahead to capitals)
    r"(?P<run>[A-Z](?<![\w.][A-Z])[\w'’.-]*[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,6}[A-Z][\w'’.-]*),?[ \t]*"
    r"\((?P<nickname>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})\)"
)
# what may open a sentence before its subject: nothing, or a short phrase set off by a comma ("Senada, …")
# "Munafri 'Appi' Arifuddin": a nickname in quotation marks inside the name
_QUOTED_NICKNAME = re.compile(
    r"(?P<before>[A-Z](?<![\w.][A-Z])[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,5})[ \t]+"
    r"['‘\"“](?P<nickname>[A-Z][\w-]+)['’\"”][ \t]+(?P<after>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})"
)
_QUOTED_WORD = re.compile(r"['‘\"“][A-Z][\w-]+['’\"”][ \t]+[A-Z]")
_SUBJECT_LEAD = re.compile(r"\s*(?:[^,.;:\"“”\n]{0,40},\s*)?")
_NEXT_WORD = re.compile(r"\s*([\w'’-]+)")
_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# a one-word name opening a sentence, perhaps past a short phrase set off by a comma: "Kemudian, Noel juga …"
_ONE_WORD_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^,.;:\"“”\n]{0,40},\s*)?(?P<word>[A-Z][\w'’-]+)(?=\s+[a-z])", re.MULTILINE
)
# where a sentence begins, and the words ahead of it
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*", re.MULTILINE)
_WORDS_AHEAD = re.compile(r"[\w'’.-]+,?")
_INSIDE_CAPITAL = re.compile(r"(?<=[\w,])[ \t]+([A-Z][\w'’-]*)")


def _padded(text: str) -> str:
    """Words case-folded between single spaces, so whole words can be found with `in`."""
    return " " + " ".join(text.casefold().split()) + " "


@dataclass
class NameRegistry:
    """Full names seen in a document, in order, so short forms and pronouns can find them.

    Capitalised runs are only recorded when scanned; a run is parsed when a short form or a pronoun asks.
    """

    parser: SpeakerParser
    entries: list[tuple[int, str, str, str]] = field(default_factory=list)  # speakers added: position, name, kind, role
    texts: list[tuple[str, int | None]] = field(default_factory=list)  # what was scanned, read at the first question
    _runs: list[tuple[int, str]] | None = None  # position, capitalised run as written
    _people: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # run → the person it names
    evidence: NameEvidence | None = None  # what the document shows about its capitalised words
    _nicknames: dict[str, tuple[str, str]] | None = None  # short form in brackets → (full name, role)
    _lowered: frozenset[str] | None = None  # the words the body writes in lower case, gathered when needed
    _inside: frozenset[str] | None = None  # words capitalised inside sentences
    _aliased_pattern: re.Pattern[str] | None = None
    trims: NameTrims = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.trims = NameTrims(self.parser)

    def scan(self, text: str, position: int | None = None) -> None:
        """Record `text` for its names; `position` pins them all to one place (a title: -1)."""
        self.texts.append((text, position))
        self._runs = None
        self._nicknames = None  # (read again: asked for during the title, they would miss the body's)

    @property
    def runs(self) -> list[tuple[int, str]]:
        if self._runs is None:
            self._runs = [run for text, position in self.texts for run in self._read(text, position)]
        return self._runs

    def _read(self, text: str, position: int | None) -> Iterator[tuple[int, str]]:
        """Collect the capitalised runs of `text`.

        A headline in title case ("Amarah Prabowo Gara-gara Koruptor Dijerat") holds no runs worth keeping, and
        a word that opens a sentence belongs to a name only if it is capitalised inside a sentence too.
        """
        if position is not None:
            words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
            if words and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
                return
        inside: set[str] | None = None  # capitalised words inside sentences: gathered when needed
        for match in _CAPITAL_RUN.finditer(text):
            start, run = match.start(), match.group()
            if position is None and _is_subheading(text, match.start(), match.end()):
                continue  # "Ultimatum Prabowo" on a line of its own heads a section; it names no one
            if opens_sentence(text, start):
                first, _, rest = run.partition(" ")
                if rest.strip() and fold(first) not in self.parser.role_words:
                    inside = set(_INSIDE_CAPITAL.findall(text)) if inside is None else inside
                    # never capitalised inside a sentence, and with two words left or written in lower case
                    # elsewhere ("Baik Muhaimin maupun …", "Berkali-kali Rianto …"): not part of the name
                    if first not in inside and (len(rest.split()) >= 2 or first.lower() in lower_case(text)):
                        start, run = start + len(first) + 1, rest.lstrip()
            yield start if position is None else position, run

    def add(self, position: int, speaker: Speaker) -> None:
        self.entries.append((position, speaker.name, speaker.kind, speaker.role))
        self.entries.sort(key=lambda entry: entry[0])

    def _person(self, run: str) -> tuple[str, str] | None:
        """The full person name (two words or more) a capitalised run holds, with its role."""
        if run not in self._people:
            self._people[run] = self._read_person(run)
        return self._people[run]

    def _read_person(self, run: str) -> tuple[str, str] | None:
        run = self.parser.strip_function_words(run)
        speaker = self.parser.parse(run)
        body = next((text for text, position in self.texts if position is None), "")
        speaker = self.trims.as_named_elsewhere(speaker, body)
        speaker = self.trims.by_evidence(self.trims.name_at_end(speaker, self.evidence), self.evidence)
        if (
            len(speaker.name.split()) >= 2
            and speaker.kind == "person"
            and not any(fold(w) in self.parser.organization_words for w in speaker.name.split())  # "… Hospitals"
            and not self.parser.gazetteer.is_place_or_org(speaker.name)
            and not self._another_known_person(speaker.name)
        ):
            return speaker.name, speaker.role
        return None

    def _another_known_person(self, name: str) -> bool:
        """Does the name start with a known person's short form and go on with something else ("Prabowo Gibran",
        the Prabowo–Gibran government)? Then it is two people, or a phrase, and no one's name."""
        first = name.split()[0]
        known = self.parser.gazetteer.lookup(first)
        return known is not None and known.kind == "person" and not _padded(name).startswith(_padded(known.name)[:-1])

    def _names(self, short: str) -> list[tuple[int, str, str]]:
        """Every full name holding `short` as whole words, scanned or added, as (position, name, role) in order."""
        wanted, first = _padded(short), short.split()[0].casefold()
        found = [
            (position, *person)
            for position, run in self.runs
            if first in run.casefold()
            and wanted in _padded(run)
            and (person := self._person(run))
            and wanted in _padded(person[0])
        ]
        found += [(position, name, role) for position, name, _, role in self.entries if wanted in _padded(name)]
        return sorted(found, key=lambda entry: entry[0])

    def _truncated(self, short: str) -> list[tuple[int, str, str]]:
        """The one full name one of whose words `short` cuts short, as the press does ("Pras" for Prasetyo Hadi,
        "Afif" for Mochammad Afifuddin), written before the short form; none when two people would fit."""
        prefix = fold(short)

        def cut_short(name: str) -> bool:  # "Pras" of Prasetyo Hadi, "Afif" of Mochammad Afifuddin
            words = [fold(w) for w in name.split()]
            return any(w.isalpha() and w.startswith(prefix) and w != prefix for w in words)  # not "Trump-Musk"

        found = [
            (position, *person)
            for position, run in self.runs
            if prefix in run.casefold() and (person := self._person(run)) and cut_short(person[0])
        ]
        found += [
            (position, name, role)
            for position, name, kind, role in self.entries
            if kind == "person" and cut_short(name)
        ]
        # a short form comes after the full name it shortens: a name the article writes before ("Salah satu
        # korban, Indra …" and only later "Brigjen Ade Ary Syam Indradi") is someone of its own
        body = next((text for text, at in self.texts if at is None), "")
        first = next(whole_word_spans(short, body), (len(body), len(body)))[0]
        found = [entry for entry in found if entry[0] < first]
        return found if len({name for _, name, _ in found}) == 1 else []

    def last_person_before(self, position: int) -> tuple[str, str, str] | None:
        """The last person named before `position`: (name, kind, role)."""
        added = [(p, name, kind, role) for p, name, kind, role in self.entries if p < position and kind == "person"]
        for run_position, run in reversed([r for r in self.runs if r[0] < position]):
            if added and added[-1][0] >= run_position:
                break
            person = self._person(run)
            if person is not None:
                return person[0], "person", person[1]
        return added[-1][1:] if added else None

    def subject_between(self, after: int, position: int, described_counts: bool = True) -> tuple[str, str, str] | None:
        """The last person named as the subject of a sentence between `after` and `position`, in the body: in
        "Diberitakan sebelumnya, Kasi Penkum Vanny Yulia Eka Sari membenarkan …. Dia mengatakan …", Vanny is whom
        "Dia" means, though someone else spoke last."""
        body = next((text for text, at in self.texts if at is None), "")
        runs = [r for r in self.runs if after <= r[0] < position]
        taken = {at for at, _ in runs}
        quoted = [(m.start(), m.end()) for m in _QUOTATION.finditer(body, after, position)]
        runs += [
            (m.start("word"), m.group("word"))
            for m in _ONE_WORD_SUBJECT.finditer(body, after, position)
            if m.start("word") not in taken and not any(s <= m.start("word") < e for s, e in quoted)
        ]
        described = (
            self._described_subject(body, after, position, quoted)
            if described_counts and self.parser.lex.flag("names", "described_subjects_are_others")
            else -1
        )
        for run_position, run in sorted(runs, reverse=True):
            sentence_start = max(body.rfind(". ", 0, run_position) + 2, body.rfind("\n", 0, run_position) + 1, after)
            if sentence_start < described:
                break  # someone described, not named, is the subject since: the pronoun may be either
            if not self._leads_to_subject(body, sentence_start, run_position):
                continue
            if not self._predicate_follows(body, run_position + len(run)):
                continue
            person = self._person(run)
            if person is not None:
                return person[0], "person", person[1]
            if self._someone(run, body):
                # "Noel juga sempat menjabat … dia sempat menyatakan": a person the document names by one word
                found = self.nickname(run) or self.full_name(run, run_position)
                return (found[0], "person", found[1]) if found is not None else (run, "person", "")
        return ("", "person", "") if described >= 0 else None

    def _leads_to_subject(self, body: str, sentence_start: int, run_position: int) -> bool:
        """Does only what may open a sentence stand before the run: nothing, a short phrase set off by a comma
        ("Senada, …"), and the person's role in lower case ("Terkait rumor itu, jurnalis Fabrizio Romano …")?"""
        lead = _SUBJECT_LEAD.match(body, sentence_start, run_position)
        if lead is None:
            return False
        role = body[lead.end() : run_position].split()
        if not role:
            return True
        # a role before the run only after a lead that names no one ("Yuyun Suwarna (57), warga Pademangan Barat":
        # the run is where she lives)
        return all(fold(w) in self.parser.person_role_words and w[:1].islower() for w in role) and not (
            _CAPITAL_RUN.search(body, sentence_start, lead.end())
        )

    def _described_subject(self, body: str, after: int, position: int, quoted: list[tuple[int, int]]) -> int:
        """Where the last sentence between `after` and `position` begins whose subject is a role or a
        description, not a name ("Sementara tersangka M memohon maaf …", "Pelaku kemudian kabur …"); -1 if none.
        A pronoun after it may mean that person as well as anyone named before: it is left unresolved."""
        names = self.parser.names
        roles = self.parser.person_role_words
        found = -1
        for sentence in _SENTENCE_START.finditer(body, after, position):
            if body[sentence.end() : sentence.end() + 1] in "\"“'‘" or any(s <= sentence.end() < e for s, e in quoted):
                continue  # a sentence someone speaks, not the article's narration
            words = _WORDS_AHEAD.findall(body, sentence.end(), min(position, sentence.end() + 160))
            at = 0
            while at < len(words) - 1 and (names.opens_sentence_only(words[at]) or words[at].endswith(",")):
                at += 1  # "Sementara", "Di sisi lain,": what opens the sentence before its subject
            if at >= len(words) or fold(words[at]) not in roles:
                continue
            at += 1
            while at < len(words) and (fold(words[at]) in roles or names.only_initials(words[at])):
                at += 1  # the rest of the role, or an initial ("tersangka M"); a name makes it a named subject
            rest = body[sentence.end() : position]
            if at < len(words) and names.predicate(words[at]) and not self._passive(rest[rest.find(words[at]) :]):
                found = sentence.end()
        return found

    def _someone(self, run: str, body: str) -> bool:
        """Is a one-word subject a person's name: no role, no institution or place, no word of the dictionary
        ("Kelima", "Sempat"), never in lower case, and capitalised inside a sentence somewhere ("Crops", "That's"
        only open sentences)?"""
        if (
            " " in run.strip()
            or "'" in run
            or "’" in run
            or not self.parser.names.names_someone(run)
            or self.parser.names.in_dictionary(run)
        ):
            return False
        if self._inside is None:
            self._inside = frozenset(_INSIDE_CAPITAL.findall(body))
        if run not in self._inside:
            return False
        speaker = self.parser.parse(run)
        if speaker.kind != "person" or speaker.name != run or self.parser.gazetteer.is_place_or_org(run):
            return False
        if self._lowered is None:
            self._lowered = lower_case(body)
        return run.lower() not in self._lowered

    def _predicate_follows(self, text: str, end: int) -> bool:
        """Is the run ending at `end` a subject: followed, past an apposition set off by commas, by a verb
        ("membenarkan", "turut menyuarakan"), not by a comma clause or a preposition ("Bagi Hasan, bukan …",
        "Peleton B dari …")?"""
        rest = text[end : end + 200]
        if rest.startswith(","):
            word = _NEXT_WORD.match(rest, 1)  # "Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, turut …": the
            if word is not None and self.parser.names.predicate(word.group(1)):  # run is the apposition
                return not self._passive(rest[1:])
            close = rest.find(",", 1)
            rest = rest[close + 1 :] if close > 0 else ""
        word = _NEXT_WORD.match(rest)
        return word is not None and self.parser.names.predicate(word.group(1)) and not self._passive(rest)

    def _passive(self, predicate: str) -> bool:
        """Is the verb of this predicate, past its auxiliaries, passive ("juga langsung dipanggil")? Its subject
        is who something was done to, no likely speaker of what follows."""
        names = self.parser.names
        for word in predicate.split()[:4]:
            folded = fold(word.strip(",.;:"))
            if folded in names.predicate_openers:
                continue
            return bool(names.passive_prefixes) and folded.startswith(names.passive_prefixes) and len(folded) > 5
        return False

    @property
    def _aliased(self) -> re.Pattern[str] | None:
        """A full name, then the name it goes by, joined by "alias" / "aka" (up to three words) or "atau" (one
        word), before a clause's end or its verb: "Immanuel Ebenezer atau Noel.", "Saifullah Yusuf alias Gus Ipul
        meninjau …"."""
        if self._aliased_pattern is None:
            connectors = [
                *self.parser.lex.words_of("names", "alias_connectors"),
                *self.parser.lex.words_of("names", "one_word_alias_connectors"),
            ]
            if not connectors:
                return None
            self._aliased_pattern = re.compile(
                r"(?P<run>[A-Z](?<![\w.][A-Z])[\w'’.-]*[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*)[ \t]+"
                rf"(?P<connector>{phrase_pattern(connectors, ignore_case=False)})[ \t]+"
                r"(?P<nickname>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?=[.,;)]|[ \t]+[a-z]|$)",
                re.MULTILINE,
            )
        return self._aliased_pattern

    def nickname(self, short: str) -> tuple[str, str] | None:
        """The full name a document gives a short form to in brackets: "Saifullah Yusuf (Gus Ipul)" makes "Gus
        Ipul" Saifullah Yusuf; "Agus Harimurti Yudhoyono (AHY)" makes "AHY" him."""
        if self._nicknames is None:
            self._nicknames = {}
            for text, _ in self.texts:
                for match in _NICKNAMED.finditer(text):
                    person = self._person(match.group("run"))
                    if person is not None:
                        self._nicknames.setdefault(fold(match.group("nickname")), person)
                quoted = _QUOTED_WORD.search(text) is not None  # (rare: the full pattern only then)
                for match in _QUOTED_NICKNAME.finditer(text) if quoted else ():
                    person = self._person(f"{match.group('before')} {match.group('after')}")
                    if person is not None:
                        self._nicknames.setdefault(fold(match.group("nickname")), person)
                for match in self._aliased.finditer(text) if self._aliased is not None else ():
                    one_word = self.parser.lex.words_of("names", "one_word_alias_connectors")
                    if " " in match.group("nickname") and match.group("connector") in one_word:
                        continue  # "Anies Baswedan atau Ganjar Pranowo": two people, one or the other
                    person = self._person(match.group("run"))
                    if person is not None:  # "Immanuel Ebenezer atau Noel."
                        self._nicknames.setdefault(fold(match.group("nickname")), person)
        return self._nicknames.get(fold(short))

    def holder_of(self, role: str, position: int, last_speakers: list[Speaker]) -> tuple[str, str] | None:
        """The one person this document gives a role ("Presiden", "menteri"): among the speakers before
        `position` and the full names it writes with a title. None when nobody, or more than one, holds it."""
        honorifics = self.parser.names.honorifics
        written_out = self.parser.lex.table("titles", "abbreviated")
        forms = [set(fold(role).split()) - honorifics]  # as written, and spelt out: "Menkes", "Menteri Kesehatan"
        forms += [
            set(fold(out).split()) - honorifics for short, out in written_out.items() if fold(short) == fold(role)
        ]
        forms = [wanted for wanted in forms if wanted]
        if not forms:
            return None

        def holds(title: str) -> bool:
            words = set(fold(title).split())
            return any(wanted <= words for wanted in forms)

        holders: dict[str, str] = {}
        for previous in last_speakers:
            if (
                previous.kind == "person"
                and previous.name
                and self.parser.names.names_someone(previous.name)
                and holds(previous.role)
            ):
                holders.setdefault(previous.name, previous.role)
        for run_position, run in self.runs:
            if run_position >= position or not holds(run):
                continue
            person = self._person(run)
            if person is not None and holds(person[1]):
                holders.setdefault(person[0], person[1])
        return next(iter(holders.items())) if len(holders) == 1 else None

    def full_name(self, short: str, position: int) -> tuple[str, str] | None:
        """The full name containing `short` as whole words, last seen before `position` (else first after)."""
        if not short.split():
            return None
        names = [entry for entry in self._names(short) if entry[1] != short]
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
            names = self._truncated(short)
        before = [entry for entry in names if entry[0] < position]
        after = [entry for entry in names if entry[0] >= position]
        choice = before[-1] if before else (after[0] if after else None)
        return (choice[1], choice[2]) if choice is not None else None


def _is_subheading(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a line of its own, with no sentence's punctuation: a subheading?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def resolve(
    speaker: Speaker, position: int, registry: NameRegistry, last_speakers: list[Speaker], after: int = 0
) -> Speaker:
    """Give a pronoun, a short name or a bare role the full name it stands for in this document, or none.

    Only this document counts: a pronoun takes the person brought in as a sentence's subject since the last
    attribution (which ended at `after`), else the last speaker before it that fits, else the last person
    named before it; a short name the full name holding it, a role ("Pak Presiden", "the minister") the
    one person the document gives that role. What the document does not resolve stays unresolved: a
    pronoun gets no name at all, a role stays a description.
    """
    names = registry.parser.names
    if speaker.pronoun:
        # "mereka" a group or an institution, "ia" a person, "-nya" ("katanya") a person or an institution
        fits = {"group": ("group", "organization"), "person": ("person",), "organization": ("organization",)}.get(
            speaker.kind, ("person", "organization")
        )
        # a pronoun of its own ("Dia membantah …") means the sentence subject before it, whoever; "ujarnya" after
        # a quotation goes on with the speaker before unless someone else is named
        standalone = fold(speaker.mention) in registry.parser.lex.pronouns
        subject = (
            registry.subject_between(after, position, standalone)
            if "person" in fits and (after or standalone)
            else None
        )
        if subject is not None:  # a person brought in since the last attribution (named so or not: "")
            speaker.name, speaker.kind, speaker.role = subject
            speaker.aliases = [speaker.mention]
            return speaker
        last = last_speakers[-1] if last_speakers else None
        if (
            last is not None
            and last.pronoun
            and not last.name
            and last.kind == "person"
            and fold(last.mention) in registry.parser.lex.pronouns
        ):
            speaker.name = ""  # "Dia" just before was left open, and no one came in since: so is this one
            return speaker
        for previous in reversed(last_speakers):
            if previous.name and not previous.pronoun and previous.kind in fits:
                speaker.name, speaker.role, speaker.kind = previous.name, previous.role, previous.kind
                speaker.aliases = [speaker.mention]
                return speaker
        if "person" in fits:
            person = registry.last_person_before(position)
            if person is not None:
                speaker.name, speaker.kind, speaker.role = person
                return speaker
        speaker.name = ""  # the document does not say who
        return speaker
    if speaker.kind == "person" and speaker.name and not names.names_someone(speaker.name, speaker.kind):
        holder = registry.holder_of(speaker.name, position, last_speakers)
        if holder is not None:
            speaker.aliases = [speaker.mention]
            speaker.name, speaker.role = holder
        return speaker
    if speaker.kind in ("person", "organization") and 0 < len(speaker.name.split()) <= 3:
        found = registry.nickname(speaker.name) or registry.nickname(speaker.mention)
        if found is not None:
            speaker.aliases = [speaker.name]
            speaker.name, speaker.role, speaker.kind = found[0], speaker.role or found[1], "person"
            return speaker
    if speaker.kind == "person" and (
        len(speaker.name.split()) == 1 or len(speaker.name.split()) == 2 and not speaker.role
    ):
        found = registry.full_name(speaker.name, position)
        if found is not None:
            full, role = found
            speaker.aliases = [speaker.name]
            speaker.name = full
            speaker.role = speaker.role or role
    return speaker
