"""Speaker words: one language's words around speakers' names, and what a word or a short phrase is.

The word sets come from the lexicon and the gazetteer once per language. The questions here need no parsing:
can this token be part of a speaker phrase or of a person's name, is this phrase a name, does it open with a
role, is this capitalised word a common word of the document. SpeakerParser (speakers.py) builds on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from claimtrack.extract.names import is_capitalised, is_roman_numeral, name_words, particle_joined
from claimtrack.extract.phrases import words_before
from claimtrack.lexicon import Gazetteer, Lexicon, given_names, phrase_pattern
from claimtrack.textutil import fold

TOKEN = re.compile(r"\w(?:[\w'’-]|\.(?![A-Z][a-z]))*|[,()]")


_DEGREE_SHAPE = re.compile(r"(?:[A-Z][a-z]{0,2}\.){1,3}[A-Z][A-Za-z]{0,4}\.?")


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def is_initial(token: str) -> bool:
    """Is the token one capital letter and its full stop ("R.", "J."), a name's initial?"""
    return len(token) == 2 and token[0].isupper() and token[1] == "."


def is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def unit_number(tokens: list[str], i: int) -> bool:
    """Is tokens[i] the number of a unit, between its acronym and a capitalised word that goes on or is its place
    ("SMPN 1 Cisarua Kabupaten …")? A last word after it may be a name ("Kepala Sekolah SMPN 33 Sumiyati"): which
    one the document shows (NameEvidence)."""
    return (
        tokens[i].isdigit()
        and len(tokens[i]) <= 4
        and 0 < i < len(tokens) - 1
        and is_acronym(tokens[i - 1])
        and is_capitalised(tokens[i + 1])
        and not is_acronym(tokens[i + 1])  # ("RT 008 RW 05": an address)
        and i + 2 < len(tokens)
    )


class SpeakerWords:
    """One language's titles, role, place and institution words, name particles and openers, and the gazetteer."""

    def __init__(self, lex: Lexicon, gazetteer: Gazetteer):
        self.lex = lex
        self.gazetteer = gazetteer
        # the document `after_outlet_noun` last read, and its answers by name
        self._outlet_cache: tuple[str | None, dict[str, bool]] = (None, {})
        titles = lex.person_titles | lex.organization_titles | lex.common_speakers
        filler = {w.casefold() for w in (*lex.words_of("speaker", "determiners"), *lex.words_of("speaker", "stops"))}
        self.name_particles = frozenset(w.casefold() for w in lex.words_of("names", "particles"))  # "bin", "van"
        self.connectors = frozenset(w.casefold() for w in lex.words_of("speaker", "name_connectors"))  # "of", "&"
        self.definite = frozenset(fold(w) for w in lex.words_of("names", "definite_articles"))  # "the"
        # (not the words of a body a title names: "White House spokesman" makes no role word of "white", a surname)
        self.role_words = frozenset(
            w for t in titles for w in self._without_bodies(t.split()) if w not in filler | self.connectors
        )
        # words that only follow a title's head ("Agung" of "Jaksa Agung"): inside a run of names, a name's
        heads = {t.split()[0] for t in titles}
        self.title_modifiers = frozenset(w for t in titles for w in t.split()[1:] if w not in heads) - self.connectors
        # the words of a person's titles only ("tersangka", "Kepala"): a person described by them
        self.person_role_words = frozenset(
            w for t in lex.person_titles for w in t.split() if w not in filler | self.connectors
        )
        # one-word titles ("CEO", "Menteri"): before a name that the article also writes alone, a role, not a given name
        self.one_word_titles = frozenset(
            fold(t) for t in lex.person_titles | lex.organization_titles if " " not in t.strip()
        )
        self.organization_words = name_words(lex.code).body_words
        self.place_words = frozenset(fold(w) for w in lex.words_of("organizations", "place_words"))
        # a company's legal form, as written ("PT"): the name after it is the company's
        self.legal_forms = frozenset(lex.words_of("organizations", "legal_forms"))
        # a case's parties ("tersangka", "korban", "pengadu"): descriptions, never names
        self.participants = frozenset(fold(w) for w in lex.words_of("claims", "participants"))
        self.accused = frozenset(fold(w) for w in lex.words_of("claims", "accused_participants"))
        # the one-word heads of organisations' names, folded: "ministry", "department", "bank"
        self.organization_head_words = frozenset(fold(h) for h in lex.organization_heads if " " not in h.strip())
        # whether a body's kind comes before its head in lower case ("the defence ministry"), and the words before a
        # head that say whose it is, not what kind ("own": "their own party")
        self.kind_before_head = lex.flag("organizations", "kind_before_head")
        self.kind_words_excluded = frozenset(fold(w) for w in lex.words_of("organizations", "not_kinds"))
        self.association_heads = frozenset(fold(w) for w in lex.words_of("organizations", "association_heads"))
        self.place_continuations = frozenset(fold(w) for w in lex.words_of("organizations", "place_continuations"))
        # nouns of the land that end a region's name ("the West Coast", "Silicon Valley"): a place, never a speaker
        self.place_endings = frozenset(fold(w) for w in lex.words_of("organizations", "place_endings"))
        self.place_abbreviations = frozenset(
            fold(w).rstrip(".") for w in lex.words_of("organizations", "place_abbreviations")
        )
        self.place_abbreviations_stopped = frozenset(
            fold(w) for w in lex.words_of("organizations", "place_abbreviations_stopped")
        )
        self.honorifics = frozenset(fold(w) for w in lex.words_of("names", "honorifics"))
        self.reporting_words = frozenset(fold(w) for w in (*lex.post_cues, *lex.according_to) if " " not in w.strip())
        self.name_openers = frozenset(fold(w) for w in lex.words_of("names", "openers"))
        self.longest_opener = max((len(w.split()) for w in self.name_openers), default=0)
        self.opener_starts = frozenset(w.split()[0] for w in self.name_openers)
        # words that open a sentence and so are capitalised, but never start a name
        openers = (
            *lex.words_of("speaker", "leading"),
            *lex.words_of("claims", "enumerators"),
            *lex.according_to,
            *lex.speech_cues,
            *lex.post_cues,
            *lex.deny_cues,
            *lex.words_of("speaker", "determiners"),
            *lex.words_of("speaker", "stops"),
            *lex.words_of("dates", "weekdays"),
        )
        self.function_words = frozenset(fold(w) for w in openers if " " not in w.strip())
        # names of days and months are never parts of a person's name ("kata Budi, Senin")
        calendar = (
            *lex.words_of("dates", "weekdays"),
            *lex.table("dates", "weekday_variants"),
            *lex.numbers("dates", "months"),
            *lex.words_of("dates", "time_zones"),
        )
        self.calendar_words = frozenset(fold(w) for w in calendar)
        # … except after a given name where the family name comes last: "Theresa May", "April Ryan", "Qi Sun" (a
        # month or a weekday's abbreviation, never a weekday's full name nor a time zone: "Trump Tuesday")
        self.calendar_surnames = (
            frozenset(fold(w) for w in (*lex.numbers("dates", "months"), *lex.table("dates", "weekday_variants")))
            - frozenset(fold(w) for w in (*lex.words_of("dates", "weekdays"), *lex.words_of("dates", "time_zones")))
            if lex.flag("names", "family_name_last")
            else frozenset()
        )
        # … and titles that are family names too, last after a given name: "Amy Pope", "John King", "John Major"
        self.title_surnames = (
            frozenset(fold(w) for w in lex.words_of("names", "title_surnames"))
            if lex.flag("names", "family_name_last")
            else frozenset()
        )
        self.month_names = frozenset(fold(w) for w in lex.numbers("dates", "months"))
        self.determiner_words = frozenset(w.casefold() for w in lex.words_of("speaker", "determiners") if " " not in w)
        self.articles = frozenset(w.casefold() for w in lex.words_of("cues", "noun_markers"))
        # "a source close to the death investigation", "two people familiar with the matter" (`[speaker]
        # source_qualifiers` after a word of `qualified_nouns`): an unnamed source with what it knows
        qualifiers = lex.words_of("speaker", "source_qualifiers")
        self.qualified_nouns = frozenset(fold(w) for w in lex.words_of("speaker", "qualified_nouns"))
        # what ends a qualified source's phrase: an auxiliary, a relative pronoun ("who spoke with the AP")
        self.clause_ends = frozenset(
            fold(w)
            for w in (
                *lex.words_of("cues", "noun_followers"),
                *lex.words_of("cues", "relatives"),
                *lex.complementizers,
                *lex.words_of("claims", "aspect_openers"),
            )
        )
        self.source_qualified = (
            re.compile(
                rf"(?:[\w-]+\s+){{0,2}}(?P<noun>[a-z]+)\s+(?:{phrase_pattern(qualifiers)})\s+[^,;:.\"“”]{{1,80}}",
                re.IGNORECASE,
            )
            if qualifiers
            else None
        )
        self.negative = frozenset(lex.words_of("speaker", "negative"))
        # offices that serve a place: what follows them is the place ("Kapolres Palopo")
        self.jurisdictions = frozenset(fold(o) for o in lex.table("titles", "offices") if " " not in o)
        self.relational = frozenset(fold(w) for w in lex.words_of("titles", "relational"))
        self.relational_heads = frozenset(r.split()[0] for r in self.relational)  # "mother" of "mother of"
        self.relational_in_names = frozenset(fold(w) for w in lex.words_of("titles", "relational_in_names"))
        # the relational nouns of two words ("orang tua", "kuasa hukum"): the second may join a speaker phrase after the
        # first, as "tua" would not on its own
        self.relational_pairs = frozenset(r for r in self.relational if len(r.split()) == 2)
        # … which may describe a speaker where a noun phrase ends on its head ("Foley's mother", "The mother of
        # Steven Sotloff"); Indonesian writes the one related to after it ("ayah korban, Dedi …": the name follows)
        self.kin_words = self.relational_heads if lex.flag("names", "head_noun_last") else frozenset()
        self.conjunctions = frozenset(w.casefold() for w in lex.words_of("speaker", "conjunctions"))
        self.sides = frozenset(fold(w) for w in lex.words_of("speaker", "sides"))
        self.relatives = frozenset(w.casefold() for w in lex.words_of("cues", "relatives"))
        self.documents = frozenset(fold(w) for w in lex.words_of("speaker", "documents"))
        conjunctions = lex.words_of("speaker", "list_conjunctions")
        self.list_conjunctions = frozenset(fold(w) for w in conjunctions)  # "Budi dan Ani", "Biden and Pelosi"
        self.list_separator = re.compile(
            r"\s*,\s*(?:" + phrase_pattern(conjunctions) + r"\s+)?|\s+" + phrase_pattern(conjunctions) + r"\s+"
        )
        self.regional_titles = frozenset(fold(t) for t in lex.words_of("titles", "regional"))
        self.company_titles = frozenset(fold(t) for t in lex.words_of("titles", "company"))
        self.unit_titles = frozenset(fold(t) for t in lex.words_of("titles", "unit"))
        # person titles written as acronyms ("CEO"), which end no name (a title that is a word may: "Arif Rahman Hakim")
        self.acronym_titles = frozenset(
            fold(t) for t in lex.words_of("titles", "person") if " " not in t.strip() and t.isupper() and t.isalpha()
        )
        self.building_words = frozenset(fold(w) for w in lex.words_of("names", "buildings"))  # "Gedung", "Hotel"
        self.names = name_words(lex.code)
        self.role_connectors = frozenset(lex.words_of("speaker", "role_connectors"))
        self.degrees = frozenset(fold(d) for d in lex.words_of("names", "degrees"))
        self.non_noun_endings = tuple(lex.words_of("speaker", "non_noun_endings")) or ("\0",)
        self.adjective_endings = tuple(lex.words_of("speaker", "adjective_endings")) or ("\0",)
        self.time_heads = frozenset(fold(w) for w in lex.words_of("speaker", "time_heads"))
        self.time_modifiers = frozenset(fold(w) for w in lex.words_of("speaker", "time_modifiers"))
        self.cardinals = frozenset(fold(w) for w in lex.words_of("claims", "cardinals"))
        # participles that end as nouns may ("Written on colourful notepaper it says …"): no noun either
        self.irregular_participles = frozenset(fold(w) for w in lex.words_of("claims", "irregular_participles"))
        self.past_endings = tuple(fold(w) for w in lex.words_of("claims", "past_endings")) or ("\0",)
        # the possessive endings among the words that join a name ("Russia's"): a phrase ending so says whose
        self.possessives = tuple(w for w in lex.words_of("speaker", "name_connectors") if w[:1] in "'’") or ("\0",)
        self.plural_endings = lex.words_of("speaker", "plural_endings")
        # nouns for many with no plural ending ("men", "staff", "police": `[cues] plural_without_s`)
        self.nouns_of_many = frozenset(fold(w) for w in lex.words_of("cues", "plural_without_s"))
        self.plural_nouns = frozenset(fold(w) for w in lex.words_of("speaker", "plural_nouns"))

    def is_degree(self, token: str) -> bool:
        """An academic degree written after a name: one the lexicon lists ("PhD", "SH"), or one written as degrees
        are, abbreviations joined by a dot ("M.Epid", "S.Kep", "Sp.PD")."""
        token = token.strip(",")
        # (a lower-case letter in it: "U.S." and initials such as "H.M." are not degrees)
        return fold(token) in self.degrees or (bool(_DEGREE_SHAPE.fullmatch(token)) and not token.isupper())

    def _ends_in_institution(self, name_tokens: list[str], before: str) -> bool:
        """Are the words left for a name after a title words of institutions' names, or do they end with an
        institution the gazetteer knows ("… Bareskrim Polri", "… Kementerian Keuangan")? Then they name the unit,
        not a person."""
        if all(fold(t) in self.organization_words for t in name_tokens) and (
            is_acronym(before) or fold(before) in self.organization_words
        ):
            return True  # "Guru Besar IPB University": "University" ends the institution's name ("Mayjen Tugas" stays)
        for at in range(len(name_tokens)):
            entity = self.gazetteer.lookup(" ".join(name_tokens[at:]))
            if entity is not None and entity.kind == "organization":
                return True
        return False

    def _name_after_institution(self, name_tokens: list[str]) -> int:
        """How many words of an untitled run go before a person's name that follows a known institution in it:
        "Hubungan Masyarakat Kementerian Keuangan Rosmauli" → 4; 0 when no institution is followed by a name."""
        if fold(name_tokens[0]) in self.lex.organization_heads:  # "PT Roatex Indonesia Tollroad System": a name
            return 0
        for at in range(1, len(name_tokens) - 1):
            size = self.known_at(name_tokens, at)
            rest = name_tokens[at + size :]
            entity = self.gazetteer.lookup(" ".join(name_tokens[at : at + size])) if size else None
            if (
                entity is not None
                and entity.kind == "organization"
                and 0 < len(rest) <= 4
                and self.is_person_name(" ".join(rest))
                and not self.gazetteer.is_place_or_org(" ".join(rest))
                and not any(self.gazetteer.is_place_or_org(t) for t in rest)
            ):
                return at + size
        return 0

    def opener_at(self, tokens: list[str], i: int) -> int:
        """Length of the name opener (`[names] openers`: "I Gusti", "Ni Luh", "Teuku") at tokens[i], or 0."""
        return self._phrase_at(tokens, i, self.name_openers, self.longest_opener)

    def _unit_numeral_at(self, tokens: list[str], i: int) -> bool:
        """Is tokens[i], right after a title, the number of the unit it heads ("Kasubdit I Dittipidsiber", "Komisi
        III")? Never the last word, and "I" only where it does not open a Balinese name ("Kadis I Wayan Sudarma")."""
        if i + 1 >= len(tokens):
            return False
        word = tokens[i]
        if word == "I":
            return not self.opener_at(tokens, i)
        return is_roman_numeral(word) or word.isdigit() and len(word) <= 2 and is_capitalised(tokens[i + 1])

    # --- titles, places and institutions at a position ------------------------------------------------------
    def _phrase_at(self, tokens: list[str], i: int, phrases: frozenset[str], longest: int) -> int:
        """Length of the longest phrase from `phrases` starting at tokens[i], or 0."""
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if fold(" ".join(tokens[i : i + size])) in phrases:
                return size
        return 0

    def title_at(self, tokens: list[str], i: int) -> tuple[int, str]:
        """The size of the title at tokens[i] and whose it is ("person", "organization"), or (0, "")."""
        return self._title_at(tokens, i)

    def _title_at(self, tokens: list[str], i: int) -> tuple[int, str]:
        size = max(
            self._phrase_at(tokens, i, self.lex.person_titles, self.lex.longest_title),
            self._phrase_at(tokens, i, self.lex.written_out_titles, self._longest_written_out),
        )
        if size:
            return size, "person"
        size = self._phrase_at(tokens, i, self.lex.organization_titles, self.lex.longest_title)
        return (size, "organization") if size else (0, "")

    @cached_property
    def _longest_written_out(self) -> int:
        return max((len(t.split()) for t in self.lex.written_out_titles), default=0)

    @cached_property
    def outlet_nouns(self) -> frozenset[str]:
        """Nouns of an outlet's kind (`[speaker] outlet_bodies` but the documents: "site", "newspaper"), folded."""
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "outlet_bodies")) - frozenset(
            fold(w) for w in self.lex.words_of("speaker", "described_documents")
        )

    def after_outlet_noun(self, name: str, text: str) -> bool:
        """Does `text` write the name right after a noun of an outlet's kind in lower case ("internet-rumor site
        Snopes")? Then it names that outlet, not a person; not after a possessive ("On her website Burton said": whose
        site, then who spoke). Read once per name and document: a long transcript asks of one speaker many times."""
        cached = self._outlet_cache  # (one read: two threads extracting two documents never share answers)
        if cached[0] is not text:
            cached = self._outlet_cache = (text, {})
        answers = cached[1]
        if name not in answers:
            answers[name] = self._after_outlet_noun(name, text)
        return answers[name]

    def _after_outlet_noun(self, name: str, text: str) -> bool:
        return any(
            noun.islower() and fold(noun) in self.outlet_nouns and fold(before) not in self._possessives
            for noun, before in words_before(name, text)
        )

    @cached_property
    def _possessives(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "possessive_determiners"))

    def known_at(self, tokens: list[str], i: int) -> int:
        for size in range(min(self.gazetteer.longest_name, len(tokens) - i), 0, -1):
            entity = self.gazetteer.lookup(" ".join(tokens[i : i + size]))
            if entity is not None and entity.kind in ("place", "organization"):
                return size
        return 0

    # --- a word ---------------------------------------------------------------------------------------------
    def acceptable_token(self, token: str) -> bool:
        """Can this token be part of a speaker phrase?"""
        folded = fold(token)
        return (
            is_capitalised(token)
            or folded in self.role_words
            or folded in self.lex.pronouns
            or folded in self.lex.circulating_heads
            or folded in self.lex.organization_heads  # "Russia's foreign ministry", "the agency"
            or folded in self.kin_words  # "The mother of Steven Sotloff", "Sotloff's mother"
            or self._plural_of_a_speaker(token)  # "rights groups", "activists"
            or token.casefold() in self.name_particles
            or token.casefold() in self.connectors
            or token.endswith(("'s", "’s"))
            or self._particle_joined(token)  # "al-Hashimi"
        )

    def _particle_joined(self, token: str) -> bool:
        return particle_joined(token, self.name_particles)

    def coined(self, token: str) -> bool:
        """A brand's or an organisation's coined shape ("TradeLink", "GoTo", "Waste4Change"), not a surname with its
        prefix's capital ("McConnell", "DeSantis")."""
        return self.names.coined(token)

    def spells(self, words: list[str], acronym: str) -> bool:
        """Do the words spell the acronym letter for letter: capitalised words, connectors (`[speaker]
        name_connectors`) and articles inside ("Office of the High Commissioner for Human Rights" for "OHCHR")?"""
        return (
            bool(words)
            and words[0][:1].isupper()
            and all(
                word[:1].isupper() or word.casefold() in self.connectors or (at and fold(word) in self.definite)
                for at, word in enumerate(words)
            )
            and "".join(word[0] for word in words if word[:1].isupper()) == acronym
        )

    def initials_before_name(self, tokens: list[str], i: int) -> bool:
        """Is tokens[i] a person's dotted initials before the rest of their name ("Rep. G.K. Butterfield"), not the
        acronym of a place or a body ("U.S. Rep.", "D.C.")?"""
        return (
            bool(_DOTTED_INITIALS.fullmatch(tokens[i]))
            and not self.gazetteer.is_place_or_org(tokens[i])
            and i + 1 < len(tokens)
            and self.name_like(tokens[i + 1])
        )

    def _without_bodies(self, words: list[str]) -> list[str]:
        """A title's words without those of a body or place it names (two or three words the gazetteer knows:
        "White House" of "White House Press Secretary")."""
        kept, at = [], 0
        while at < len(words):
            size = next(
                (
                    n
                    for n in (3, 2)
                    if at + n <= len(words) and self.gazetteer.is_place_or_org(" ".join(words[at : at + n]))
                ),
                0,
            )
            if size:
                at += size
            else:
                kept.append(words[at])
                at += 1
        return kept

    def name_like(self, token: str) -> bool:
        """Could this token be part of a person's name (not an acronym, a title, a place or an institution word)? A
        particle may be joined to it ("al-Hashimi")."""
        if token.casefold() in self.name_particles:
            return True
        if self._particle_joined(token):
            token = token.partition("-")[2]  # "al-Hashimi", "el-Sisi": a particle joined to the name
        if _DOTTED_INITIALS.fullmatch(token) and not self.gazetteer.is_place_or_org(token):
            return True  # "Maria S.W. Sumardjono": initials of middle names, each with its full stop
        if not is_capitalised(token) or (is_acronym(token) and len(token.rstrip(".")) > 1) or self.coined(token):
            return False  # (but "McConnell", "DeSantis": a surname's prefix and its capital)
        folded = fold(token)
        return (
            folded not in self.organization_words
            and folded not in self.role_words
            and folded not in self.place_words
            and folded not in self.calendar_words
            and folded not in self.names.enumerators  # "Kedua, warga meminta …"
            and folded not in self.lex.circulating_heads  # "Unggahan yang menyebut …": what spreads a claim
            and not self.names.nominalised(token)  # "Menteri Ketenagakerjaan Yassierli"
            and not self.gazetteer.is_place_or_org(token)
            and not self.lex.organization_heads.made_on_prefix(folded)  # "Kemenperin Mediarman": the ministry's
        )

    def common_word(self, word: str, in_lower_case: Callable[[str], bool]) -> bool:
        """Is this capitalised word a common word of the document (`in_lower_case` says it appears so) and no
        known name, title, pronoun or common speaker?"""
        folded = fold(word)
        return (
            folded not in self.role_words
            and folded not in self.lex.pronouns
            and folded not in self.lex.common_speakers
            and self.gazetteer.lookup(word) is None
            and in_lower_case(word)
        )

    def common_name_word(self, word: str, in_lower_case: Callable[[str], bool]) -> bool:
        """Is this capitalised word one no person's name holds: a word of the dictionary (or a noun made from one:
        "Peraturan", "Pemenuhan") that the document also writes in lower case ("Dana Bantuan", "Gedung Sate",
        "Anggaran Pendapatan" where it writes "dana", "gedung", "anggaran")? A language without a dictionary
        cannot tell: "Little", "Bill" are English names as well as words."""
        return (self.names.in_dictionary(word) or self.names.nominalised(word)) and self.common_word(
            word, in_lower_case
        )

    def holds_common_words(self, name: str, in_lower_case: Callable[[str], bool]) -> bool:
        """Is a run read as a person's name made of common words only, one of them written in lower case in the
        document ("Dana Bantuan", "Perpres MBG", "Mimpi Hijau")? Then it names a thing. A word of a name's own
        shape (none of the dictionary's) keeps it a name: "Hari Setiyono", "Gitadi Tegas Supramudyo"."""
        words = name.split()
        return any(self.common_name_word(word, in_lower_case) for word in words) and all(
            self.names.in_dictionary(word) or self.names.nominalised(word) or is_acronym(word) for word in words
        )

    # --- a phrase -------------------------------------------------------------------------------------------
    def possessive(self, phrase: str) -> bool:
        """Does the phrase end in a possessive ("Gul's")? It says whose the noun after it is: "Gul's daughter-in-law"
        is no second speaker after "said Seema,"."""
        return phrase.rstrip().endswith(self.possessives)

    def is_speaker_like(self, phrase: str) -> bool:
        """True when a phrase can name who spoke: a name, a title, a pronoun or a common speaker noun."""
        tokens = [t for t in TOKEN.findall(phrase) if t not in ",()"]
        if not tokens or len(tokens) > 14 or all(t.casefold() in self.articles for t in tokens):
            return False  # "A" alone names no one
        folded = fold(phrase)
        if folded in self.negative:
            return False  # "Neither knew …": said by no one
        if folded in self.lex.pronouns or folded in self.lex.common_speakers or self.qualified_source(phrase):
            return True
        if any(fold(t) in self.lex.circulating_heads for t in tokens[:3]):
            return True
        if self.determined_noun(tokens):
            return True
        if not any(is_capitalised(t) or fold(t) in self.role_words for t in tokens):
            return False
        if len(tokens) == 1 and self.names.never_a_name(tokens[0]) and not self.names.cue_words & {fold(tokens[0])}:
            return False  # "Tujuannya memastikan …", "Harapannya …": a noun with its clitic names no one
        return all(
            self.acceptable_token(t)
            or t.casefold() in self.lex.speaker_stops
            or t.isdigit()
            or (at > 0 and fold(t) in self.definite and tokens[at - 1].casefold() in self.role_connectors)
            or (at + 1 < len(tokens) and self.modifies_a_body(t, tokens[at + 1]))
            or self.in_relational_pair(tokens, at)  # "orang tua"
            for at, t in enumerate(tokens)
        )  # ("Head of the committee Hakem al-Zameli": the body a role heads)

    def in_relational_pair(self, tokens: list[str], at: int, before_capital: bool = False) -> bool:
        """Is tokens[at] a word of a relational noun of two words written whole ("orang tua", "kuasa hukum")?
        `before_capital`: and a capitalised word right after the pair (the one it relates to: "orang tua Budi")."""
        return any(
            0 <= first
            and first + 1 + before_capital < len(tokens)
            and f"{fold(tokens[first])} {fold(tokens[first + 1])}" in self.relational_pairs
            and (not before_capital or is_capitalised(tokens[first + 2]))
            for first in (at - 1, at)
        )

    def described_by_no_noun(self, tokens: list[str]) -> bool:
        """Is a description in lower case a time (`[speaker] time_heads` with only `time_modifiers` and numbers
        before it: "the last two weeks", "days") or does it end with an adjective (`adjective_endings`: "the
        notorious")? Then the subject is elsewhere or its cue word is a noun, and no one spoke."""
        if tokens and tokens[0].casefold() in self.determiner_words:
            tokens = tokens[1:]  # ("The last two weeks signaled …": the sentence's capital)
        if not tokens or not tokens[-1].isalpha():
            return False
        opening = len(tokens) > 1 and (fold(tokens[0]) in self.time_heads or fold(tokens[0]) in self.time_modifiers)
        # ("Past weeks showed …" at a sentence's start; "Day said" alone is Kristen Day)
        if any(not t.islower() for t in tokens[1 if opening else 0 :] if t.isalpha()):
            return False
        head = fold(tokens[-1])
        if head in self.role_words or head in self.lex.common_speakers:
            return False
        if head in self.time_heads:
            # ("a few days ago": a time head before the last one too)
            return all(
                t.isdigit() or fold(t) in self.time_modifiers or fold(t) in self.cardinals or fold(t) in self.time_heads
                for t in tokens[:-1]
            )
        return head.endswith(self.adjective_endings)

    def qualified_source(self, phrase: str) -> bool:
        """Is the phrase an unnamed source and what qualifies it by what it knows ("a source close to the death
        investigation", "people familiar with the matter")?"""
        return bool(self.qualified_noun(phrase))

    def qualified_noun(self, phrase: str) -> str:
        """The source noun of a qualified source ("people" of "two people familiar with the matter"), folded; ""
        when the phrase is none."""
        if self.source_qualified is None:
            return ""
        found = self.source_qualified.fullmatch(phrase.strip())
        if found is None or fold(found.group("noun")) not in self.qualified_nouns:
            return ""
        before = phrase.strip()[: found.start("noun")].split()
        after = phrase.strip()[found.end("noun") :].split()
        if any(
            fold(word) in self.conjunctions
            or fold(word) in self.names.cue_words  # ("cited a source close to …": the relay's verb)
            or self.lex.leading_words.fullmatch(word + " ")
            for word in before
        ):
            return ""
        if any(fold(word) in self.clause_ends for word in after):
            return ""  # ("… close to the situation have indicated", "… familiar with the talks who spoke with …")
        return fold(found.group("noun"))

    def modifies_a_body(self, token: str, head: str) -> bool:
        """Is the token a common noun or adjective in lower case right before `head`, the head of an organisation's
        name, naming its kind: "Moscow's defence ministry", "the central bank", "Israel's health ministry"?"""
        plural = fold(head) not in self.organization_head_words and self._plural_of_a_speaker(head)
        return (
            self.kind_before_head
            and token.isalpha()
            and token.islower()
            and (fold(head) in self.organization_head_words or plural)
            and not (plural and self._no_kind_of_people(token))
            and token.casefold() not in self.lex.speaker_stops
            and fold(token) not in self.names.function_words  # "her campaign": whose, not what kind
            and fold(token) not in self.kind_words_excluded
        )

    def _plural_of_a_speaker(self, word: str) -> bool:
        """Is a lower-case word the plural of a body's head or a role ("groups", "activists", "experts": "Human rights
        groups say …", "Civil rights activists say …"), where the head noun comes last? Not of a document ("reports",
        "polls": what they show is theirs as written)."""
        folded = fold(word)
        singular = folded[:-1]
        return (
            self.kind_before_head
            and word.islower()
            and folded.endswith("s")
            and (singular in self.organization_head_words or singular in self.role_words)
            and singular not in self.documents
            and singular not in self.lex.circulating_heads
        )

    @cached_property
    def _question_and_unit_words(self) -> frozenset[str]:
        return frozenset(
            fold(w)
            for w in (
                *self.lex.words_of("checkworthiness", "questions"),
                *self.lex.words_of("checkworthiness", "units"),
                *self.lex.words_of("claims", "aspect_openers"),  # "You have sources at the FBI saying …": a verb
            )
        )

    def _no_kind_of_people(self, word: str) -> bool:
        """Is a lower-case word before a plural of people no kind of them: a question word or a unit ("how experts say",
        "$2 million experts say"), an auxiliary ("You have sources … saying"), or a participle ("released polls",
        "welcoming polls")?"""
        folded = fold(word)
        return (
            folded in self._question_and_unit_words or folded.endswith(("ed", "ing")) and folded not in self.role_words
        )

    def determined_noun(self, tokens: list[str], possessor: bool = False) -> bool:
        """A short noun phrase opened by a determiner: "the announcer", "another source", "para pengunjuk rasa", "a
        senior Iraqi military official" (five words after the determiner at most). No auxiliary opens a predicate
        inside it: '…, said the bridge would close' is what was said, not who said it. A word with the possessive
        ending may stand before a role ("the bureau's director", not "the party's existing"), and before any noun
        with `possessor`."""
        if len(tokens) < 2 or tokens[0].casefold() not in self.determiner_words or len(tokens) > 6:
            return False
        rest = tokens[1:]
        if len(rest) > 3 and (
            rest[-1].casefold() in self.lex.pronouns or any(t.casefold().endswith(self.non_noun_endings) for t in rest)
        ):  # a long one holds only nouns and adjectives: not "the FBI decided against recommending", "… programs she"
            return False
        head = rest[-1]
        if (
            len(rest) > 1
            and head.islower()
            and len(head) > 4
            and head.endswith(self.past_endings)
            and rest[-2].casefold() not in self.lex.pronouns
        ):  # a past verb ends it: '…, said the program failed', "The site accurately predicted" (not "the experts I
            # interviewed", a relative clause)
            return False
        return all(
            (
                t.isalpha()
                or n < len(rest) - 1
                and (
                    _initial(t)
                    or _ABBREVIATION.fullmatch(t)
                    or is_possessed(t)
                    and (possessor or fold(rest[n + 1]) in self.role_words)
                )
            )
            # ("the director, James B. Comey": an initial; "a U.S. military spokesperson": an abbreviation in capitals;
            # "the bureau's director": a possessor before a role)
            and t.casefold() not in self.lex.speaker_stops
            and t.casefold() not in self.conjunctions
            and fold(t) not in self.function_words
            and not (t.islower() and fold(t) in self.names.predicate_openers)  # ("the IS fighter": no "is")
            for n, t in enumerate(rest)
        )

    def is_person_name(self, phrase: str) -> bool:
        """Is the phrase just a person's name ("Alamsyah", "Wahyu Wibowo", "Daeng M. Faqih")?"""
        tokens = [t for t in TOKEN.findall(phrase) if t not in ",()"]
        if self._given_name_then_place(tokens):
            return True
        return (
            0 < len(tokens) <= 5
            and is_capitalised(tokens[0])
            and (
                self.name_like(tokens[0])
                # a word that only follows a title's head opens no title: before a name it is a given name ("Agung
                # Kusumo", though "Jaksa Agung" is a title)
                or fold(tokens[0]) in self.title_modifiers
                and not tokens[0].isupper()  # ("PT Indobuildco": a company)
                and fold(tokens[0]) not in self.lex.organization_heads
                and len(tokens) > 1
                and self.name_like(tokens[1])
            )
            and all(
                self.name_like(t)
                or (fold(t) in self.title_modifiers and is_capitalised(t) and self.name_like(before))
                or (fold(t) in self.calendar_surnames and t[:1].isupper() and not t.endswith("."))
                or (
                    at == len(tokens) - 2
                    and fold(t) in self.title_surnames
                    and is_capitalised(t)
                    and self.name_like(before)
                )
                for at, (before, t) in enumerate(zip(tokens, tokens[1:]))
            )
        )

    def _given_name_then_place(self, tokens: list[str]) -> bool:
        """Is it a given name borne by one sex (data/given_names.toml), then name words, then a place's name as the
        family name ("Lisa O. Monaco", "George Washington", "Jim Poland")? A place ends no name otherwise."""
        if not 1 < len(tokens) <= 4 or fold(tokens[0]) not in self._given_names:
            return False
        last = self.gazetteer.lookup(tokens[-1])
        return (
            last is not None
            and last.kind == "place"
            and is_capitalised(tokens[-1])
            and all(self.name_like(token) for token in tokens[:-1])
        )

    @cached_property
    def _given_names(self) -> frozenset[str]:
        masculine, feminine = given_names(self.lex.code)
        return masculine | feminine

    def opens_with_role(self, phrase: str) -> bool:
        """Does the phrase begin with a title or a role word ("juru bicara …", "Kepala Dinas …", "a spokesman")?"""
        tokens = [t for t in TOKEN.findall(self.lex.determiners.sub("", phrase.strip())) if t not in ",()"]
        return bool(tokens) and (self._title_at(tokens, 0)[0] > 0 or fold(tokens[0]) in self.role_words)

    def opens_with_person_title(self, phrase: str) -> bool:
        """Does the phrase begin with a person's title ("Menteri …", "Kepala …", "Wali Kota …")?"""
        tokens = [t for t in TOKEN.findall(phrase) if t not in ",()"]
        return bool(tokens) and self._title_at(tokens, 0)[1] == "person"

    def ends_in_served_place(self, phrase: str) -> bool:
        """Does the phrase end in an office or an institution and one word, the place it serves?"""
        words = [w.strip(",") for w in phrase.split()]
        if len(words) >= 3 and words[-1][:1].isupper() and fold(words[-2]) in self.place_words:
            # "Kepala Desa Wonorejo", "Kepala Puskesmas Margadana": the word after a place word is the place's
            # (`[organizations] place_words`), not a name, whatever the title before it
            return True
        return (
            len(words) >= 2
            and words[-1][:1].isupper()
            and (fold(words[-2]) in self.jurisdictions or fold(words[-2]) in self.lex.organization_heads)
            # "Mayjen TNI Kristomei", "Ketua KPU Afifudin": after a title the institution may be part of the role,
            # and a word of no dictionary a name ("Kepala Pusat Data" stays the office)
            and not (
                len(words) >= 3
                and self._title_at(words[-3:-2], 0)[1] == "person"
                and not self.names.in_dictionary(words[-1])
            )
        )

    def strip_function_words(self, phrase: str) -> str:
        """A capitalised run without the sentence-opening words before the name ("Menurut Armanunsah",
        "Namun Prabowo", "Pak Prabowo")."""
        while True:
            head, _, rest = phrase.partition(" ")
            if (
                not rest
                or fold(head) not in self.function_words
                and not self.names.never_a_name(head.rstrip(","))
                and not (head.endswith(",") and self.names.opens_sentence_only(head.rstrip(",")))
            ):
                return phrase
            phrase = rest.lstrip(" ,")


def is_possessed(token: str) -> bool:
    """Is the token a word with the English possessive ending ("bureau's", "company’s")?"""
    stem = token.removesuffix("'s").removesuffix("’s")
    return stem != token and stem.isalpha()


_ABBREVIATION = re.compile(r"[A-Z](?:\.[A-Z])+\.?")  # "U.S", "U.N.": capitals with periods between


def _initial(token: str) -> bool:
    """Is the token a capital letter and its period, as inside a name ("B." of "James B. Comey")?"""
    return len(token) == 2 and token[0].isupper() and token[1] == "."
