"""Sentence subjects: the person a document brings in as a sentence's subject between two attributions.

"Diberitakan sebelumnya, Kasi Penkum Vanny Yulia Eka Sari membenarkan …. Dia mengatakan …": Vanny is whom "Dia"
means, though someone else spoke last. A subject that is a role or a description ("Pelaku kemudian kabur …")
leaves such a pronoun open.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property
from typing import Protocol

from claimtrack.extract.speakers import SpeakerParser
from claimtrack.extract.tokens import CAPITAL_RUN, POSSESSIVE_ENDINGS, capitalised_inside, lower_case
from claimtrack.lexicon import lexicon, phrase_pattern
from claimtrack.textutil import fold

# what may open a sentence before its subject: nothing, or a short phrase set off by a comma ("Senada, …")
_SUBJECT_LEAD = re.compile(r"\s*(?:[^,.;:\"“”\n]{0,40},\s*)?")
_NEXT_WORD = re.compile(r"\s*([\w'’-]+)")
# a lead that quotes the titles it names (a programme, a book), its comma perhaps inside the last quotation marks
_TITLED_LEAD = re.compile(r"\s*[^.;:\n]{0,120},[\"”]?[ \t]+")
QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# a one-word name opening a sentence, perhaps past a short phrase set off by a comma: "Kemudian, Noel juga …",
# perhaps before a description set off by commas: "Ruli, salah satu peserta, merasa …"
_ONE_WORD_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[^,.;:\"“”\n]{0,40},\s*)?(?P<word>[A-Z][\w'’-]+)"
    # (its verb right after it, after a comma clause, an aside in brackets or one between dashes: "Comey – who found
    # out he had been fired … – sent a farewell letter")
    r"(?=\s+[a-z]|,\s+[a-z]|\s+\([^()]{1,120}\)\s+[a-z]|[ \t]+[–—][ \t][^–—\n]{1,200}?[ \t][–—][ \t]+[a-z])",
    re.MULTILINE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_POSSESSED_RUN = re.compile(r"[\w-]+['’]s?\b")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z]")
_AFTER_COMMA_WORD = re.compile(r",[\"”]?[ \t]+(?P<word>[A-Z][\w'’-]+)(?=[ \t]+[a-z])")
# a further part of an apposition's place, capitals only, set off by commas: ", Palembang,", ", Kabupaten Bogor,"
_PLACE_GOES_ON = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},")
# an aside in brackets or between dashes after the subject, before its verb or the comma closing an apposition ("Siti
# Aminah (45), …", "Comey – who found out … – sent …")
_BRACKETED = re.compile(r"[ \t]+(?:\([^()]{1,120}\)|[–—][ \t][^–—\n]{1,200}?[ \t][–—])(?=[ \t]+[a-z]|,)")
# where a sentence begins, and the words ahead of it
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*", re.MULTILINE)
_WORDS_AHEAD = re.compile(r"[\w'’.-]+,?")

Subject = tuple[str, str, str]  # name ("" when described, not named), kind, role


class KnownNames(Protocol):
    """What a document's names registry tells about the people it names."""

    parser: SpeakerParser

    @property
    def body(self) -> str: ...

    @property
    def runs(self) -> list[tuple[int, str]]: ...

    def runs_between(self, after: int, position: int) -> list[tuple[int, str]]: ...

    def person(self, run: str) -> tuple[str, str] | None: ...

    def nickname(self, short: str) -> tuple[str, str] | None: ...

    def building(self, run: str) -> bool: ...

    def opens_a_body(self, run: str) -> bool: ...

    def full_name(self, short: str, position: int) -> tuple[str, str] | None: ...

    def spoke(self, name: str) -> bool: ...


class SentenceSubjects:
    """The subjects of one document's sentences, as the pronouns after them need them."""

    def __init__(self, names: KnownNames) -> None:
        # words joining two titles of one person before the run ("Managing Director and Chief Economist …")
        self._joining = frozenset(fold(w) for w in names.parser.lex.words_of("speaker", "title_joiners"))
        self.names = names
        self.parser = names.parser
        self._numbered_parts = frozenset(fold(w) for w in names.parser.lex.words_of("names", "numbered_parts"))
        self._age, self._one_word_aged = _age_patterns(names.parser.lex.code)
        self._lowered: frozenset[str] | None = None  # the words the body writes in lower case, gathered when needed
        self._inside: frozenset[str] | None = None  # words capitalised inside sentences
        self.background_leads = tuple(fold(p) for p in self.parser.lex.words_of("names", "background_leads"))
        # in a language whose noun phrases end with their head, an auxiliary after a word in -s read as the verb
        # makes that word a plural head noun: "Shia militias have increasingly taken …" (`[claims] aspect_openers`)
        self.auxiliaries = (
            frozenset(fold(w) for w in self.parser.lex.words_of("claims", "aspect_openers"))
            if self.parser.head_noun_last
            else frozenset()
        )

    def between(
        self,
        after: int,
        position: int,
        described_counts: bool = True,
        acted_upon_counts: bool = False,
        fronted_counts: bool = False,
    ) -> Subject | None:
        """The last person named as the subject of a sentence between `after` and `position`, in the body; a
        person with no name ("") when a described subject came since (and `described_counts`), or when the
        narration last told of that person what was done to them (and `acted_upon_counts`: "Kamal akhirnya terciduk
        polisi …. Kamal dihadiahi timah panas di kedua betisnya …": brought in as acted upon, not to speak)."""
        acted_upon: list[str] = []
        found = self._between(
            after, position, described_counts, acted_upon if acted_upon_counts else None, fronted_counts
        )
        if found is not None and found[0] and acted_upon:
            words = {fold(word) for word in found[0].split() if len(word) > 2}
            if any(fold(word) in words for run in acted_upon for word in run.split()):
                return "", "person", ""
        return found

    def _between(
        self, after: int, position: int, described_counts: bool, acted_upon: list[str] | None, fronted_counts: bool
    ) -> Subject | None:
        body = self.names.body
        runs = self.names.runs_between(after, position)
        taken = {at for at, _ in runs}
        # (from the line's start: a quotation may open before `after`, where the statement that ends there began)
        quoted = [(m.start(), m.end()) for m in QUOTATION.finditer(body, body.rfind("\n", 0, after) + 1, position)]
        runs = [r for r in runs if not any(s <= r[0] < e for s, e in quoted)]  # someone's words name what they speak of
        runs += [
            (m.start("word"), m.group("word"))
            for m in _ONE_WORD_SUBJECT.finditer(body, after, position)
            if m.start("word") not in taken and not any(s <= m.start("word") < e for s, e in quoted)
        ]
        taken = {at for at, _ in runs}
        if self._closed_relative is not None:
            runs += [  # "Kamal yang berasal dari Gorontalo, Sulawesi, itu mengungkapkan …": one word, then its relative
                (m.start("word"), m.group("word"))
                for m in self._word_then_relative.finditer(body, after, position)
                if m.start("word") not in taken and not any(s <= m.start("word") < e for s, e in quoted)
            ]
            taken = {at for at, _ in runs}
        runs += [  # "On Tuesday, even after Fox News retracted …, Hannity remained …. '…,' he said": one word after a
            # fronted clause (for a quotation's pronoun only: "…, Axelrod emailed her …. She replied …" is not his)
            (m.start("word"), m.group("word"))
            for m in (_AFTER_COMMA_WORD.finditer(body, after, position) if fronted_counts else ())
            if m.start("word") not in taken
            and not any(s <= m.start("word") < e for s, e in quoted)
            and any(
                opens(body, self._sentence_start(body, m.start()), m.start("word"))
                for opens in (self._after_fronted_clause, self._titled_lead)
            )
        ]
        taken = {at for at, _ in runs}
        runs += [  # "Salah satunya Minda (21), pengunjung …": one word and an age, wherever the sentence has them
            (m.start("word"), m.group("word"))
            for m in self._one_word_aged.finditer(body, after, position)
            if m.start("word") not in taken
            and not any(s <= m.start("word") < e for s, e in quoted)
            and fold(m.group("word")) not in self._numbered_parts  # "Ayat (2)" numbers a part of a law
        ]
        described = (
            self._described_subject(body, after, position, quoted)
            if described_counts and self.parser.lex.flag("names", "described_subjects_are_others")
            else -1
        )
        if described_counts and self.parser.lex.flag("names", "indefinite_subjects_are_others"):
            described = max(described, self._indefinite_subject(body, after, position, quoted))
            described = max(described, self._kin_subject(body, after, position, quoted))
        for run_position, run in sorted(runs, reverse=True):
            sentence_start = max(self._sentence_start(body, run_position), after)
            if sentence_start < described:
                break  # someone described, not named, is the subject since: the pronoun may be either
            aged = self._introduced_with_age(body, run_position + len(run))
            agent = self._agent_of_saying(body, sentence_start, run_position)
            fronted = self._fronted_before_pronoun(body, sentence_start, run_position, run)
            if fronted is not None:
                run_position, run = fronted  # "Although Shenefield never considered …, she is …": her sentence
            elif (
                not aged
                and not agent
                and not self._leads_to_subject(body, sentence_start, run_position, fronted_counts, len(run))
            ):
                continue
            if self._background(body[sentence_start:run_position]):
                continue  # "Sebagaimana diketahui, Ridwan Kamil melaporkan …": recalled, not someone now speaking
            if acted_upon is not None and not aged and self._acted_upon(body, run_position + len(run)):
                acted_upon.append(run)  # "Kamal dihadiahi timah panas …": later than any subject found before it
                continue
            if self._first_of_a_pair(body, run_position + len(run), runs):
                return "", "person", ""  # "Presiden X dan Menteri Y menyambut …": a singular pronoun may mean either
            if not (aged or agent or self._predicate_follows(body, run_position + len(run))) or self.names.building(
                run
            ):
                continue
            person = self.names.person(run)
            if (person is None or " " not in person[0].strip()) and self.names.opens_a_body(run):
                # "Siloam juga bertekad …" where the article writes "Siloam International Hospitals": the group
                continue
            if person is not None:
                nicknamed = self.names.nickname(person[0])
                if nicknamed is not None:  # "Gus Ipul menyerahkan …" after "Saifullah Yusuf (Gus Ipul)"
                    return nicknamed[0], "person", nicknamed[1] or person[1]
                if " " not in person[0].strip():  # "Musk …" where the headline wrote "Elon Musk"
                    fuller = self.names.full_name(person[0], run_position)
                    if fuller is not None and " " in fuller[0].strip():
                        return fuller[0], "person", person[1] or fuller[1]
                return person[0], "person", person[1]
            titled = (
                self._titled_one_name(run, body)
                if not any(s <= run_position < e for s, e in quoted)
                and _SENTENCE_END.search(body, run_position, position)
                else None
            )  # (not in someone's words, nor the subject of the sentence the pronoun is in: "Kiai Said, kata dia, …")
            if titled is not None:  # "Prince Naif, whose …, looks likely to …": a title and one name
                found = self.names.nickname(run) or self.names.full_name(titled[0], run_position)
                return (
                    (found[0], "person", found[1] or titled[1])
                    if found is not None
                    else (titled[0], "person", titled[1])
                )
            if (
                self.someone(run, body)
                or (aged and " " not in run and run[1:].islower())
                or self._after_honorific(body, run_position)  # "Mr. Comey sent a farewell letter …": a person
            ):
                # "Noel juga sempat menjabat … dia sempat menyatakan": a person the document names by one word
                found = self.names.nickname(run) or self.names.full_name(run, run_position)
                return (found[0], "person", found[1]) if found is not None else (run, "person", "")
        return ("", "person", "") if described >= 0 else None

    def _after_honorific(self, body: str, run_position: int) -> bool:
        """Does an honorific stand right before the run, in its sentence ("Mr. Comey", `[names] honorifics`; not the
        last word of the sentence before)?"""
        before = body[max(0, run_position - 8) : run_position].split()
        if not before or not body[run_position - 1 : run_position].isspace():
            return False
        if _POSSESSED_RUN.match(body, run_position):
            return False  # "Mr. Clinton's …": whose, not who
        word = before[-1]
        folded = fold(word.removesuffix("."))
        if folded not in self.parser.names.honorifics:
            return False
        return not word.endswith(".") or len(folded) <= 3  # ("Mr.", "Dr." abbreviated; not "… kata Ibu." ending one)

    def opens_with(self, run_position: int, run: str) -> bool:
        """Does a sentence open with the run as its subject: only a short phrase set off by a comma, a role or a
        title before it ("Inspector Wendy Willson from … confirmed"), and no possessive ending it ("Foley’s family")?"""
        body = self.names.body
        if run.endswith(("'s", "’s")) or body.startswith(("'s", "’s"), run_position + len(run)):
            return False
        found = list(_SENTENCE_START.finditer(body, max(0, run_position - 200), run_position + 1))
        sentence_start = found[-1].end() if found else 0
        if sentence_start > run_position:
            return False
        lead = body[sentence_start:run_position].split()
        if lead and all(w[:1].isupper() and self.parser.opens_with_person_title(w) for w in lead):
            return True
        roles = self.parser.person_role_words
        # "Nordvik founder Lars Berglund has …": a body's name, then the role (the role may open the run itself:
        # "Apple CEO Tim Cook reads …", the run "CEO Tim Cook")
        if lead and (fold(lead[-1]) in roles or fold(run.split()[0]) in roles):
            bodies = [w for w in lead if fold(w) not in roles]
            if all(w[:1].isupper() and w[-1:].isalnum() for w in bodies) and len(bodies) <= 4:
                return True
        return self._leads_to_subject(body, sentence_start, run_position, run_length=len(run))

    def _titled_one_name(self, run: str, body: str) -> tuple[str, str] | None:
        """A person's title and one word of a name after it ("Prince Naif", "Presiden Prabowo", "Kepala Kanwil
        Kementerian HAM Jabar Hasbullah": the title may name the body it heads): (name, title), when the word is
        someone's name as `someone` reads it; else None."""
        if len(run.split()) < 2 or not self.parser.opens_with_person_title(run):
            return None
        parsed = self.parser.parse(run)
        if parsed.kind != "person" or parsed.pronoun or " " in parsed.name:
            return None
        if not self.names.spoke(parsed.name) and not self.someone(parsed.name, body):
            return None  # (a word of the dictionary is a name here when it spoke as one: "Ratu Dewa menyambut …")
        return parsed.name, parsed.role

    def _background(self, lead: str) -> bool:
        """Does the sentence open by recalling what the reader knows ("Sebagaimana diketahui,", "As is known,")? Its
        subject is background, not whom a pronoun after it means (`[names] background_leads`)."""
        folded = fold(lead).strip(" ,")
        return any(folded.startswith(phrase) for phrase in self.background_leads)

    def _agent_of_saying(self, body: str, sentence_start: int, run_position: int) -> bool:
        """Does a passive verb of saying (a `[cues] post` word with a `[names] passive_prefixes` prefix: "disampaikan",
        "diungkapkan"), and maybe its agent marker ("oleh"), stand right before the run, in its sentence ("Hal senada
        disampaikan Direktur PT PGB Mustika Aji Jaya Binangun.")? The run is who spoke: a pronoun after means them."""
        words = [fold(w) for w in body[sentence_start:run_position].split()]
        while words and not words[-1][:1].isalpha():
            words.pop()
        for phrase in self._source_phrases:
            size = len(phrase)
            if len(words) > size and tuple(words[-size:]) == phrase and words[-size - 1] in self._sourced_nouns:
                return True  # "The claims come from Daniel Simone, …": who made them (`[names] source_phrases`)
        if words and words[-1] in self.parser.names.agent_markers:
            words.pop()
        return bool(words) and words[-1] in self._passive_saying

    @cached_property
    def _focus_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "subject_focus"))

    @cached_property
    def _source_phrases(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(fold(phrase).split()) for phrase in self.parser.lex.words_of("names", "source_phrases"))

    @cached_property
    def _sourced_nouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "sourced_nouns"))

    @cached_property
    def _passive_saying(self) -> frozenset[str]:
        prefixes = self.parser.names.passive_prefixes
        return frozenset(
            fold(w) for w in self.parser.lex.words_of("cues", "post") if prefixes and fold(w).startswith(prefixes)
        )

    def _leads_to_subject(
        self, body: str, sentence_start: int, run_position: int, fronted: bool = False, run_length: int = 0
    ) -> bool:
        """Does only what may open a sentence stand before the run: nothing, a short phrase set off by a comma
        ("Senada, …"), and the person's role in lower case ("Terkait rumor itu, jurnalis Fabrizio Romano …")? With
        `fronted`, also a clause opened by a subordinator (`_after_fronted_clause`). A word joining the sentence to
        the one before may open it when its verb follows the run (of `run_length`) with no comma between: in
        "Sedangkan Noel, kata dia, tidak …" Noel is the subject of someone's words, and in "But Indira, angry that
        …, decided …" the sentence goes on past her."""
        if fronted and self._after_fronted_clause(body, sentence_start, run_position):
            return True
        opening = _NEXT_WORD.match(body, sentence_start, run_position)
        lead_start = sentence_start
        if (
            opening is not None
            and fold(opening.group(1)) in self._coordinators
            and run_length
            and not body[run_position + run_length :].lstrip(" \t").startswith(",")
        ):
            sentence_start = opening.end()  # "Sementara Asisten I … I Made Agus Hartawiguna … menyambut baik …"
            # (and the whole connective it opens, with no comma: "Sementara itu Direktur … Ma'mun, memberi …")
            joined = self.parser.lex.leading_words.match(body[lead_start:run_position])
            if joined is not None and "," not in joined.group():
                sentence_start = max(sentence_start, lead_start + joined.end())
        if self._office_set_off(body[sentence_start:run_position]):
            return True
        connective = body.find(",", lead_start, run_position)
        if (
            connective > lead_start
            and body.find(",", connective + 1, run_position) > connective
            and self.parser.lex.leading_words.fullmatch(body[lead_start:connective].strip() + " ")
            and self._office_set_off(body[connective + 1 : run_position])
        ):
            return True  # "Sementara itu, Executive General Manager Pertamina Patra Niaga Regional Sumbagsel, Erwin
            # Dwiyanto menyambut baik …": a connective set off, then the office set off
        lead = _SUBJECT_LEAD.match(body, sentence_start, run_position)
        if lead is None:
            return False
        if self._titled_lead(body, sentence_start, run_position):
            return True
        role = body[lead.end() : run_position].split()
        if (
            len(role) > 1
            and fold(role[0]) in self._indefinite_articles
            and not CAPITAL_RUN.search(body, sentence_start, lead.end())
            and self.parser.named_after_naming(role[1:] + body[run_position : run_position + run_length].split())
        ):
            return True  # "A freshman named Hailey Puckett posted …": the description and its name, the subject
        if not role or (len(role) == 1 and fold(role[0]) in self._focus_words):
            return True  # ("Even Mike Pence, Trump's running mate, can't …": a word that focuses the subject,
            # `[names] subject_focus`)
        if len(role) > 1 and role[0].endswith(("'s", "’s")) and role[0][:1].isupper():
            # "Sotloff’s mother Shirley Sotloff released …": who she is to someone, then her name, the subject
            kin = self.parser.relational_heads
            if all(fold(w) in kin or fold(w) in self.parser.person_role_words for w in role[1:]):
                return not CAPITAL_RUN.search(body, sentence_start, lead.end())
        # a role before the run only after a lead that names no one ("Yuyun Suwarna (57), warga Pademangan Barat":
        # the run is where she lives); the role may name a place when a comma sets it off from the name ("warga
        # Tebet, Siti Aminah (45), mengaku …")
        if self._titles_only(role) and not CAPITAL_RUN.search(body, sentence_start, lead.end()):
            return True  # "Managing Director and Chief Economist … Bank DBS Taimur Baig optimistis, …": titles joined
        if self._office_joined(role, body[run_position : run_position + run_length]) and not CAPITAL_RUN.search(
            body, sentence_start, lead.end()
        ):
            return True  # "Asisten I Bidang Pemerintahan dan Kesra Setda Kabupaten Tabanan I Made Agus …": one office
        roles = self.parser.person_role_words
        if self.parser.head_noun_last and len(role) > 1 and role[0][:1].isupper():
            # "Fox pundit Sean Hannity devoted …", "Apple spokesman Tom Neumayr said …": whose the role is (a body's or
            # a person's name, capitalised), the role in lower case, then the name, the subject
            at = next((n for n, w in enumerate(role) if w[:1].islower()), len(role))
            owner, nouns = role[:at], role[at:]
            if (
                len(owner) <= 3
                and nouns
                and all((fold(w) in roles or fold(w) in self.parser.role_words) and w[:1].islower() for w in nouns)
                and not any(w.endswith((",", ".")) for w in owner)
                and not CAPITAL_RUN.search(body, sentence_start, lead.end())
            ):
                return True
        described = all(fold(w) in roles and w[:1].islower() for w in role) or (
            len(role) > 1
            and role[-1].endswith(",")
            and fold(role[0]) in roles
            and role[0][:1].islower()
            and all(w[:1].isupper() for w in role[1:])
        )
        # (a name in a lead that a preposition opens is where or when, no one: "On The View, host Whoopi Goldberg
        # expressed …")
        opener = _NEXT_WORD.match(body, sentence_start, lead.end())
        prepositional = opener is not None and fold(opener.group(1)) in self._lead_prepositions
        return described and (prepositional or not CAPITAL_RUN.search(body, sentence_start, lead.end()))

    @staticmethod
    def _sentence_start(body: str, at: int) -> int:
        """Where the sentence holding `at` begins: after the last full stop and space before it that no number follows
        (a month's abbreviation and its day: "In the wake of the Sept. 11 incident …, David Axelrod, …, gave …" is one
        sentence, whose subject he is), or the paragraph's start. (Not past a word in lower case: tried, "Last week,
        the F.B.I. director, James B. Comey, recommended …" then had no subject the lead lets through.)"""
        dot = body.rfind(". ", 0, at)
        while dot >= 0 and dot + 2 < at and body[dot + 2].isdigit():
            dot = body.rfind(". ", 0, dot)
        return max(dot + 2, body.rfind("\n", 0, at) + 1)

    def _titled_lead(self, body: str, sentence_start: int, run_position: int) -> bool:
        """Is all before the run a lead a preposition opens that quotes the titles it names, set off by a comma, perhaps
        inside the last quotation marks ('On CNN's "State of the Union" and ABC's "This Week," McDonough pushed …':
        where he spoke, not who)?"""
        titled = _TITLED_LEAD.fullmatch(body, sentence_start, run_position)
        opener = _NEXT_WORD.match(body, sentence_start, run_position)
        return (
            titled is not None
            and opener is not None
            and fold(opener.group(1)) in self._lead_prepositions
            and QUOTATION.search(body, sentence_start, run_position) is not None
        )

    def _after_fronted_clause(self, body: str, sentence_start: int, run_position: int) -> bool:
        """Does a clause opened by a subordinator and set off by a comma stand right before the run, after at most
        short phrases set off likewise ("On Tuesday, even after Fox News retracted the story that ignited …, Hannity
        remained convinced …": `[cues] subordinators`)? The run opens the main clause: its subject."""
        lead = body[sentence_start:run_position]
        if not self._subordinators or len(lead) > 240 or not lead.rstrip().endswith(",") or QUOTATION.search(lead):
            return False
        pieces = [piece.split() for piece in lead.rstrip().rstrip(",").split(",")]
        if any(not words or len(words) > 4 for words in pieces[:-1]) or not pieces[-1]:
            return False
        # (or a phrase a preposition opens: "In the wake of the Sept. 11 incident in which …, David Axelrod, …, gave")
        return any(fold(word) in self._fronted_clause_openers for word in pieces[-1][:2]) or (
            fold(pieces[-1][0]) in self._opening_prepositions
        )

    @cached_property
    def _fronted_clause_openers(self) -> frozenset[str]:
        """Subordinators, and the words that open a clause of circumstance (`[cues] content_subordinators`: "Once
        again, as he has since he launched his campaign …, Trump decided …")."""
        return self._subordinators | frozenset(
            fold(w) for w in self.parser.lex.words_of("cues", "content_subordinators")
        )

    def _fronted_before_pronoun(
        self, body: str, sentence_start: int, run_position: int, run: str
    ) -> tuple[int, str] | None:
        """The run's position and words without the subordinator, when the run is the subject of a clause a
        subordinator opens at the sentence's start, set off by a comma, with a third-person pronoun opening the main
        clause after it ("Although Shenefield never considered switching her party, she is pretty divided …"): the
        pronoun is the run's person, so the sentence's subject is the run's. None otherwise, and where the clause names
        anyone else, whom the pronoun may mean as well."""
        lead = body[sentence_start:run_position].split()
        words = run.split()
        if not lead and len(words) > 1 and fold(words[0]) in self._subordinators:
            second = body.find(words[1], run_position + len(words[0]))
            if second < 0:
                return None
            run_position, lead, run = second, words[:1], " ".join(words[1:])  # (capitalised, it opens the run)
        if len(lead) != 1 or fold(lead[0]) not in self._subordinators:
            return None
        end = run_position + len(run)
        comma = body.find(",", end, end + 200)
        if comma < 0 or _SENTENCE_END.search(body, end, comma) or QUOTATION.search(body, end, comma):
            return None
        if _CAPITALISED_WORD.search(body, end, comma):
            return None  # "Though Sanders held double-digit leads over Clinton …, she had hoped …": either
        after = body[comma + 1 : comma + 40].split()
        if len(after) < 2 or fold(after[0]) not in self._third_person or not after[1][:1].islower():
            return None
        return run_position, run

    @cached_property
    def _third_person(self) -> frozenset[str]:
        """Pronouns for one third person (`[claims] third_person`), folded."""
        return frozenset(fold(w) for w in self.parser.lex.words_of("claims", "third_person"))

    @cached_property
    def _opening_prepositions(self) -> frozenset[str]:
        """Prepositions that open a sentence before its subject (`[speaker] opening_prepositions`), folded."""
        return frozenset(fold(w) for w in self.parser.lex.words_of("speaker", "opening_prepositions"))

    @property
    def _subordinators(self) -> frozenset[str]:
        return _subordinators(self.parser.lex.code)

    @cached_property
    def _lead_prepositions(self) -> frozenset[str]:
        """Prepositions that open a circumstance before a sentence's subject (`[cues] circumstance_prepositions`)."""
        return frozenset(fold(w) for w in self.parser.lex.words_of("cues", "circumstance_prepositions"))

    @cached_property
    def _coordinators(self) -> frozenset[str]:
        """Words that open a sentence as a clause joined to the one before, the subject right after them ("Sementara
        …", "Namun …", "But …": `[cues] clause_links`), not a subordinate clause ("While …": `[cues] subordinators`)."""
        links = {fold(w) for w in self.parser.lex.words_of("cues", "clause_links") if " " not in w}
        return frozenset(links - self._subordinators)

    def _office_joined(self, words: list[str], run: str) -> bool:
        """Are the words a person's title, then the capitalised words of their office and a word joining them to the
        rest of it, which the run goes on with to the name ("Asisten I Bidang Pemerintahan dan" + "Kesra Setda
        Kabupaten Tabanan I Made Agus Hartawiguna")? The whole is one person's title and name; not a name before the
        joining word ("Presiden Joko Widodo dan …", "Bupati Muaro Jambi Wayan Kertajaya Putra dan …": two
        subjects)."""
        if len(words) < 2 or len(words) > 7 or not run or fold(words[-1]) not in self._joining:
            return False
        size, kind = self.parser.title_at(words, 0)
        if not size or kind != "person" or not all(w[:1].isupper() for w in words[:-1]):
            return False
        while size < len(words) - 1 and set(words[size]) <= set("IVX"):
            size += 1  # the office's number: "Asisten I …", "Asisten II …"
        if size >= len(words) - 1 or fold(words[size]) not in self.parser.role_words:
            return False  # the office opens with a unit's word ("Bidang", "Divisi"), never a name ("Bupati X Wayan …")
        speaker = self.parser.parse(" ".join((*words, run)))
        return (
            speaker.kind == "person"
            and bool(speaker.name)
            and run.endswith(speaker.name)
            and " " in speaker.name.strip()
        )

    def _office_set_off(self, lead: str) -> bool:
        """Is all before the run a person's office set off by commas, in capitalised words only, a title first
        ("Direktur Jenderal Perdagangan Dalam Negeri, Kementerian Perdagangan RI, Iqbal Shoffan Shofwan pun
        mengapresiasi …")? The name after it is the sentence's subject. Not a lead in lower case ("Terkait itu, …"),
        nor a list that joins names ("…, dan …")."""
        if not lead.rstrip().endswith(",") or len(lead) > 160:
            return False
        pieces = [piece.split() for piece in lead.rstrip().rstrip(",").split(",")]
        if len(pieces) > 3 or any(not words for words in pieces):
            return False
        size, kind = self.parser.title_at(pieces[0], 0)
        return (
            bool(size)
            and kind == "person"
            and all(w[:1].isupper() for words in pieces for w in words)
            and not any(
                CAPITAL_RUN.fullmatch(" ".join(words)) and self.names.person(" ".join(words)) for words in pieces[1:]
            )
        )

    def _titles_only(self, words: list[str]) -> bool:
        """Are the words a person's titles and the words joining them only ("Managing Director and"), no name
        ("President Barack Obama and" before "Vice President Joe Biden" names another subject)?"""
        at, titled = 0, False
        while at < len(words):
            size, kind = self.parser.title_at(words, at)
            if size and kind == "person":
                at, titled = at + size, True
            elif titled and fold(words[at]) in self._joining:
                at += 1
            else:
                return False
        return titled

    def _narrated(
        self, body: str, after: int, position: int, quoted: list[tuple[int, int]], reach: int
    ) -> Iterator[tuple[re.Match[str], list[str]]]:
        """The sentences of the narration between `after` and `position` (not one someone speaks), each with the
        blank space before it (its end: where the sentence begins) and its first words (within `reach` characters)."""
        for sentence in _SENTENCE_START.finditer(body, after, position):
            if body[sentence.end() : sentence.end() + 1] in "\"“'‘" or any(s <= sentence.end() < e for s, e in quoted):
                continue  # a sentence someone speaks, not the article's narration
            yield sentence, _WORDS_AHEAD.findall(body, sentence.end(), min(position, sentence.end() + reach))

    def _kin_subject(self, body: str, after: int, position: int, quoted: list[tuple[int, int]]) -> int:
        """Where the last sentence between `after` and `position` begins whose subject is someone's relative or a
        person described by a possessive, and no name ("Trump's father has been hit with …", "His lawyer has …",
        "Meanwhile, the man's young girlfriend plans …", "Ms. McCaskill's chief of staff is …": `[titles]
        relational`, `[speaker] person_nouns`, a role; `possessive_determiners`, a possessive ending; up to two words
        in lower case may describe the noun, "Lung's 21-year-old lover"); -1 if none. Someone new, whom a pronoun
        after may mean as well as the person named before ("Though he brushed off …" is the father's, not Trump
        Jr.'s)."""
        owners, nouns, names = self.parser.possessive_determiners, self._described_persons, self.parser.names
        found = -1
        for sentence, words in self._narrated(body, after, position, quoted, 80):
            if not _SENTENCE_END.search(body, sentence.end(), position) or len(words) < 3:
                continue  # (the pronoun's own sentence)
            at = 0
            while at < len(words) - 3 and words[at].endswith(",") and names.opens_sentence_only(words[at]):
                at += 1  # "Meanwhile,": what opens the sentence before its subject
            if (
                fold(words[at].rstrip(".")) in self.parser.honorifics
                and words[at + 1][:1].isupper()
                and words[at + 1].endswith(POSSESSIVE_ENDINGS)
            ):
                at += 1  # "Ms. McCaskill's chief of staff …": the title of whose
            owner = words[at]
            described_owner = (
                fold(owner) in self._determiners
                and words[at + 1][:1].islower()
                and words[at + 1].endswith(POSSESSIVE_ENDINGS)
            )
            if described_owner:
                at += 1  # "the man's …": a person described owns the noun
            possessive = (
                fold(owner) in owners
                or described_owner
                or words[at][:1].isupper()
                and words[at].endswith(POSSESSIVE_ENDINGS)
            )
            head = at + 1
            while (
                head < min(at + 3, len(words) - 1)
                and fold(words[head]) not in nouns
                and words[head].islower()
                and fold(words[head]) not in names.function_words
            ):
                head += 1  # "young", "21-year-old": what describes the noun before it (not "tenure as secretary")
            noun, following = fold(words[head].rstrip(",")), words[head + 1] if head + 1 < len(words) else ""
            # (not "His son Eric said …": a name after the noun names who it is; not "Her mother and sister are …",
            # two people; and only the sentence right before the pronoun's: a subject after it takes over)
            found = (
                sentence.end()
                if possessive
                and noun in nouns
                and not words[head].endswith(",")
                and following
                and not following[:1].isupper()
                and fold(following) not in self.parser.conjunctions
                else -1
            )
        return found

    @cached_property
    def _described_persons(self) -> frozenset[str]:
        """The nouns a possessive makes a person described (`_kin_subject`): kin, nouns for a person, roles; none in a
        language whose noun phrases do not end with their head (no kin words there)."""
        kin = self.parser.kin_words
        return kin | self.parser.person_nouns | self.parser.person_role_words if kin else kin

    def _described_subject(self, body: str, after: int, position: int, quoted: list[tuple[int, int]]) -> int:
        """Where the last sentence between `after` and `position` begins whose subject is a role or a
        description, not a name ("Sementara tersangka M memohon maaf …", "Pelaku kemudian kabur …"); -1 if none.
        A pronoun after it may mean that person as well as anyone named before: it is left unresolved."""
        names = self.parser.names
        roles = self.parser.person_role_words
        found = -1
        for sentence, words in self._narrated(body, after, position, quoted, 160):
            at = 0
            while at < len(words) - 1 and (names.opens_sentence_only(words[at]) or words[at].endswith(",")):
                at += 1  # "Sementara", "Di sisi lain,": what opens the sentence before its subject
            if at >= len(words) or fold(words[at]) not in roles:
                continue
            at += 1
            while at < len(words) and (fold(words[at]) in roles or names.only_initials(words[at])):
                at += 1  # the rest of the role, or an initial ("tersangka M"); a name makes it a named subject
            rest = body[sentence.end() : position]
            if at < len(words) and names.predicate(words[at]) and not self.passive(rest[rest.find(words[at]) :]):
                found = sentence.end()
        return found

    def definite_subject(self, after: int, position: int) -> tuple[int, str] | None:
        """The last sentence of the narration between `after` and `position` whose subject is a role after the
        definite article, or a noun for a person after a possessive (`[speaker.possessive_pronouns]`: "His ex-wife
        agreed …"), then its predicate ("In defeat, the president appeared cowed."): (where it begins, the role as
        written: "president"); None if none. Where the head noun comes last only (`[names] definite_articles`);
        a fronted phrase set off by a comma within its first five words may open it."""
        if not self.parser.head_noun_last:
            return None
        body = self.names.body
        quoted = [(m.start(), m.end()) for m in QUOTATION.finditer(body, body.rfind("\n", 0, after) + 1, position)]
        roles = self.parser.person_role_words
        possessives = self.parser.possessive_pronouns
        found = None
        for sentence, words in self._narrated(body, after, position, quoted, 160):
            if not words:
                continue
            fronted = next((k + 1 for k, word in enumerate(words[:5]) if word.endswith(",")), 0)
            at = 0 if fold(words[0]) in self.parser.definite or fold(words[0]) in possessives else fronted
            if at >= len(words) - 2:
                continue
            opener = fold(words[at])
            if opener not in self.parser.definite and opener not in possessives:
                continue
            # ("His ex-wife agreed, but …": a possessive and a noun for a person, as well as "the" and a role)
            nouns = roles | self.parser.person_nouns  # ("The militant, who …, appeared …": a noun for a person too)
            end = at + 1
            while (
                end < len(words)
                and end - at <= 3
                and words[end].rstrip(",").islower()
                and fold(words[end].rstrip(",")).removeprefix("ex-") in nouns
                and not words[end - 1].endswith(",")
            ):
                end += 1
            head = fold(words[end - 1].rstrip(",")) if end > at + 1 else ""
            if head in self.parser.nouns_of_many or head.endswith(self._plural_endings):
                continue  # "The men, who were cleared …, had been free …": many, whom a singular pronoun never means
            if (
                end > at + 1
                and words[end - 1].endswith(",")
                and end < len(words)
                and fold(words[end]) in self.parser.relatives
            ):
                # "The militant, who spoke English with a U.S. accent, appeared …": the relative set off, then the verb
                closing = next((k for k in range(end, len(words)) if words[k].endswith(",")), None)
                end = closing + 1 if closing is not None else len(words)
            if end == at + 1 or end >= len(words) or not self.parser.names.predicate(words[end].rstrip(",;")):
                continue
            rest = body[sentence.end() : position]
            if self.passive(rest[rest.find(words[end]) :]):
                continue
            found = sentence.end(), " ".join(words[at + 1 : end])
        return found

    @cached_property
    def _plural_endings(self) -> tuple[str, ...]:
        """The plural endings of `[speaker] plural_endings` ("s"), or none."""
        return tuple(fold(w) for w in self.parser.plural_endings) or ("\0",)

    def _indefinite_subject(self, body: str, after: int, position: int, quoted: list[tuple[int, int]]) -> int:
        """Where the last sentence between `after` and `position` begins whose subject brings in someone new by an
        indefinite description ("A former Syrian rebel fighter has ties to …", "One, a former rebel fighter, …":
        `[speaker] apposition_articles`, then a person's noun within a few words, `person_nouns` or a role); -1 if
        none. A language whose indefinite noun phrases bring in a new person (`[names]
        indefinite_subjects_are_others`): a pronoun after it is that person's, whom the article does not name."""
        names = self.parser.names
        persons = self.parser.person_nouns | self.parser.person_role_words
        found = -1
        for sentence, words in self._narrated(body, after, position, quoted, 120):
            if not _SENTENCE_END.search(body, sentence.end(), position):
                continue  # the pronoun's own sentence: "A new campaign manager, he said, could …" is what he said
            at = 0
            while (
                at < len(words) - 1
                and words[at].endswith(",")
                and (names.opens_sentence_only(words[at]) or fold(words[at].rstrip(",")) in self._determiners)
            ):
                at += 1  # "One,", "Meanwhile,": what opens the sentence before its subject (not a name: "Kaplan, a …";
                # not a preposition: "In a conversation overheard by a reporter, …" has its subject further on)
            if at >= len(words) or fold(words[at]) not in self._indefinite_articles:
                continue
            if self._named_by_naming(words[at + 1 : at + 9]):
                continue  # "A freshman named Hailey Puckett posted …": someone new, but named
            for word in words[at + 1 : at + 6]:
                bare = fold(word.rstrip(","))
                if bare in persons:
                    found = sentence.end()
                    break
                if word.endswith(",") or not word[:1].isalpha() or bare in self._phrase_ends:
                    break  # the noun phrase ended without a person in it ("A riff on his campaign line …")
        return found

    def _named_by_naming(self, words: list[str]) -> bool:
        """Do the words after an indefinite article describe someone and name them with a naming word ("freshman named
        Hailey Puckett posted …", `SpeakerParser.named_after_naming`), the name the capitalised words after it?"""
        naming = next((n for n, word in enumerate(words) if fold(word) in self.parser.names.naming), -1)
        if naming < 1:
            return False
        end = naming + 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        return bool(self.parser.named_after_naming([w.rstrip(",.") for w in words[:end]]))

    @cached_property
    def _phrase_ends(self) -> frozenset[str]:
        """Words that end a noun phrase's head: prepositions (`[speaker] governing_prepositions`, `[names]
        place_markers`, `[speaker] role_connectors`) and relatives."""
        lex = self.parser.lex
        words = (
            *lex.words_of("speaker", "governing_prepositions"),
            *lex.words_of("names", "place_markers"),
            *lex.words_of("speaker", "role_connectors"),
            *lex.words_of("cues", "relatives"),
        )
        return frozenset(fold(w) for w in words)

    @cached_property
    def _determiners(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("speaker", "determiners"))

    @cached_property
    def _indefinite_articles(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("speaker", "apposition_articles"))

    def someone(self, run: str, body: str) -> bool:
        """Is a one-word subject a person's name: no role, no institution or place, no word of the dictionary
        ("Kelima", "Sempat") unless it is a word of a full name the document writes ("Rini" of Rini Widyantini),
        never in lower case, and capitalised inside a sentence somewhere or inside the word ("Crops", "That's" only
        open sentences)?"""
        if " " in run.strip() or "'" in run or "’" in run or not self.parser.names.names_someone(run):
            return False
        if fold(run) in self.parser.weekdays_and_months:
            return False  # "But on Sunday evening, Hugh was …": a day or a month is when, never who
        if self.parser.after_outlet_noun(run, body):
            return False  # "Snopes discovered …" where the article writes "internet-rumor site Snopes"
        if self._named_as_a_thing(run, body):
            return False  # "Bart was a kitten …" where the article writes "Bart the cat"
        if self.parser.names.in_dictionary(run):
            found = self.names.full_name(run, len(body))
            if found is None or " " not in found[0].strip():
                return False
        if self._inside is None:
            self._inside = capitalised_inside(body)
        if run not in self._inside and not any(c.isupper() for c in run[1:]):
            return False  # (a capital inside the word is a name's shape: "Raven-Symoné", "McConnell")
        speaker = self.parser.parse(run)
        if speaker.kind != "person" or speaker.name != run or self.parser.gazetteer.is_place_or_org(run):
            return False
        if self._lowered is None:
            self._lowered = lower_case(body)
        return run.lower() not in self._lowered

    def _named_as_a_thing(self, run: str, body: str) -> bool:
        """Does the article write the one-word name, then a definite article and a noun for an animal ("Bart the cat",
        `[names] definite_articles`, `[speaker] animal_nouns`)? An animal named so is no one who speaks. (Any noun
        would not do: "gave Clinton the nomination", "voted for Clinton the first time".)"""
        articles = [w for w in self.parser.lex.words_of("names", "definite_articles") if w.isalpha()]
        animals = self._animal_nouns
        if not articles or not animals:
            return False
        return any(
            fold(found.group(1)) in animals
            for found in re.finditer(
                rf"(?<![\w'’-]){re.escape(run)}[ \t]+(?:{'|'.join(map(re.escape, articles))})[ \t]+([a-z]+)\b", body
            )
        )

    @cached_property
    def _animal_nouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("speaker", "animal_nouns"))

    def aged_anywhere(self, name: str) -> bool:
        """Does the article write the name with an age in brackets right after it, anywhere ("Kamal Mopangga (33)")?
        The press so brings in private people: a case's parties and witnesses, no officials."""
        body = self.names.body
        return bool(name) and any(
            self._introduced_with_age(body, at.end()) for at in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body)
        )

    def _introduced_with_age(self, text: str, end: int) -> bool:
        """Is the run ending at `end` a person the article brings in with their age in brackets, wherever the
        sentence puts them ("Salah satunya Minda (21), pengunjung asal Gedebage …", "Hal serupa juga dirasakan
        Hafnizarlian (39), warga lainnya", "Hasan (55), warga Kramat Pulo Dalam, sangsi …")? News names so whom it is
        about to quote; not someone something was done to, a passive verb after the name ("Budi (12) ditemukan
        tewas …") or after its apposition."""
        aged = self._age.match(text, end)
        if aged is None or fold(text[max(0, end - 40) : end].rsplit(None, 1)[-1]) in self._numbered_parts:
            return False
        rest = text[aged.end() : aged.end() + 200]
        if rest.startswith(","):
            if self.passive(rest[1:]):
                return False  # "Korban, Budi (12), ditemukan tewas …": the apposition closes, the verb is passive
            close = rest.find(",", 1)
            rest = rest[close + 1 :] if close > 0 else ""
        return not self.passive(rest)

    def _predicate_follows(self, text: str, end: int) -> bool:
        """Is the run ending at `end` a subject: followed, past an apposition set off by commas, by a verb
        ("membenarkan", "turut menyuarakan"), not by a comma clause or a preposition ("Bagi Hasan, bukan …",
        "Peleton B dari …")?"""
        rest = self._past_name(text, end)
        if rest.startswith(","):
            word = _NEXT_WORD.match(rest, 1)  # "Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, turut …": the
            if word is not None and self.parser.names.predicate(word.group(1)):  # run is the apposition
                return not self.passive(rest[1:])
            close = rest.find(",", 1)
            rest = rest[close + 1 :] if close > 0 else ""
            for _ in range(3):  # "Topan Saputra (29), warga Jakabaring, Palembang, bersandar …": the place goes on
                place = _PLACE_GOES_ON.match(rest)
                if place is None:
                    break
                rest = rest[place.end() :]
            rest = self._past_set_off_relative(rest)  # "Debbie Kepler, the organist at …, which is on …, remembered"
        closed = self._closed_relative.match(rest) if self._closed_relative is not None else None
        if closed is not None:
            rest = rest[closed.end() :]  # "Kamal yang berasal dari Gorontalo, Sulawesi, itu mengungkapkan …"
        elif self._closed_relative is not None:
            rest = self._past_open_relative(rest)
        word = _NEXT_WORD.match(rest)
        if word is None or not self.parser.names.predicate(word.group(1)) or self.passive(rest):
            return False
        verb = fold(word.group(1))
        if not self.auxiliaries or not verb.endswith("s") or verb in self.auxiliaries:
            return True
        after = _NEXT_WORD.match(rest, word.end())  # ("Sobin likely would …", "Obama has had …": a subject still)
        return after is None or word.group(1)[:1].isupper() or fold(after.group(1)) not in self.auxiliaries

    def _past_name(self, text: str, end: int) -> str:
        """What follows the run ending at `end`, past the name's own full stop when its last word is an abbreviation
        (`[segment] abbreviations`: "Trump Jr. also deleted …") and past an aside in brackets ("Raven-Symoné (who played
        …) took to social media", "Kamal (33) akhirnya dihadiahi …")."""
        rest = text[end : end + 200]
        if rest.startswith(". "):
            word = re.search(r"[\w.]+$", text[max(0, end - 12) : end])
            if word is not None and word.group() in self.parser.lex.abbreviations:
                rest = rest[1:]
        aside = _BRACKETED.match(rest)
        return rest[aside.end() :] if aside is not None else rest

    def _first_of_a_pair(self, body: str, end: int, runs: list[tuple[int, str]]) -> bool:
        """Does a list conjunction join the run ending at `end` to a second run whose verb follows it ("Presiden Joko
        Widodo dan Menteri Keuangan Sri Mulyani menyambut …", `[speaker] list_conjunctions`)? Two people are the
        subject: neither is whom a later "he" or "-nya" means, when no one is named after them ("While Comey said …,
        he said …" is Comey's)."""
        joined = _NEXT_WORD.match(body, end)
        if joined is None or fold(joined.group(1)) not in self.parser.list_conjunctions:
            return False
        first = next((run for at, run in runs if at + len(run) == end), "")
        if not self.parser.is_person_name(self.parser.parse(first).name):
            return False  # "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Rini …": one office
        at, second = next(((at, run) for at, run in runs if at > end and not body[joined.end() : at].strip()), (0, ""))
        if not second:
            return False
        return (
            not body[at + len(second) :].lstrip(" \t").startswith(",")  # (its verb right after it: no apposition)
            and self._predicate_follows(body, at + len(second))
            and not any(later > at for later, _ in runs)
        )

    def _past_set_off_relative(self, rest: str) -> str:
        """What follows a relative clause set off by commas after an apposition, where the head noun comes last ("…,
        the organist at the Midway Baptist Church, which is on the same street as the mosque, remembered …": from
        "remembered"); `rest` itself when it opens with no relative word or the clause does not close."""
        if not self.parser.head_noun_last:
            return rest
        word = _NEXT_WORD.match(rest)
        if word is None or fold(word.group(1)) not in self.parser.relatives or rest[: word.start()].strip():
            return rest
        close = rest.find(",", word.end())
        return rest[close + 1 :] if close > 0 else rest

    def _past_open_relative(self, rest: str) -> str:
        """What follows a short relative clause after the run that no demonstrative closes, where a second verb begins
        ("I Made Agus Hartawiguna yang mewakili bupati menyambut baik …": the relative's verb and its object of a word
        or two, then the run's own predicate); `rest` itself when none follows within four words, before any mark."""
        words = list(_NEXT_WORD.finditer(rest))
        if not words or fold(words[0].group(1)) not in self.parser.relatives or rest[: words[0].start()].strip():
            return rest
        names = self.parser.names
        if len(words) < 3 or not names.predicate(words[1].group(1)):
            return rest
        for previous, word in zip(words[1:5], words[2:6]):
            if re.search(r"[^\w\s'’-]", rest[previous.end() : word.start()]):
                return rest  # (a mark ends the relative clause first)
            if names.predicate(word.group(1)) and fold(previous.group(1)) not in self.parser.relatives:
                return rest[word.start() :]
        return rest

    @property
    def _closed_relative(self) -> re.Pattern[str] | None:
        """A relative clause after a name that a demonstrative closes, in a language whose demonstratives follow the
        noun phrase ("Kamal yang berasal dari Gorontalo, Sulawesi, itu …": `[cues] relatives`, `[claims]
        demonstratives`): the predicate comes after it."""
        return _closed_relative(self.parser.lex.code) if not self.parser.head_noun_last else None

    @property
    def _word_then_relative(self) -> re.Pattern[str]:
        """One capitalised word opening a sentence, a relative clause right after it ("Kamal yang berasal …")."""
        return _word_then_relative(self.parser.lex.code)

    def _acted_upon(self, text: str, end: int) -> bool:
        """Is the run ending at `end` the subject of a passive predicate right after it, past an aside in brackets
        ("Kamal (33) akhirnya dihadiahi …")?"""
        rest = self._past_name(text, end)
        word = _NEXT_WORD.match(rest)
        return word is not None and word.group(1)[:1].islower() and self.passive(rest)

    def passive(self, predicate: str) -> bool:
        """Is the verb of this predicate, past its auxiliaries, passive ("juga langsung dipanggil")? Its subject
        is who something was done to, no likely speaker of what follows."""
        names = self.parser.names
        for word in predicate.split()[:4]:
            folded = fold(word.strip(",.;:"))
            if folded in names.predicate_openers:
                continue
            return bool(names.passive_prefixes) and folded.startswith(names.passive_prefixes) and len(folded) > 5
        return False


@cache
def _subordinators(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("cues", "subordinators"))


@cache
def _age_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person's age in brackets right after their name ("Minda (21)", "Minda (21 tahun)": `[names] age_units`),
    and a one-word name before one."""
    units = lexicon(language).words_of("names", "age_units")
    unit = rf"(?:[ \t]+{phrase_pattern(units, ignore_case=False, prefix='', suffix='')})?" if units else ""
    age = rf"\(\d{{1,3}}{unit}\)"
    return re.compile(rf"[ \t]+{age}"), re.compile(rf"(?<![\w.])(?P<word>[A-Z][a-z'’-]+)(?=[ \t]+{age})")


@cache
def _closed_relative(language: str) -> re.Pattern[str] | None:
    """`SentenceSubjects._closed_relative`, built once per language."""
    lex = lexicon(language)
    relatives, closers = lex.words_of("cues", "relatives"), lex.words_of("claims", "demonstratives")
    if not relatives or not closers:
        return None
    return re.compile(
        rf"\s+{phrase_pattern(relatives)}\s[^.;:\n\"“”]{{1,120}}?\s{phrase_pattern(closers)}(?=\s)", re.IGNORECASE
    )


@cache
def _word_then_relative(language: str) -> re.Pattern[str]:
    """`SentenceSubjects._word_then_relative`, built once per language."""
    relatives = phrase_pattern(lexicon(language).words_of("cues", "relatives"))
    return re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<word>[A-Z][\w'’-]+)(?=\s+{relatives}\s)", re.MULTILINE)
