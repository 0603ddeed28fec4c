"""Speakers: split a speaker phrase into name, role and kind.

"Menteri Luar Negeri Rusia Sergei Lavrov" → name "Sergei Lavrov", role "Menteri Luar Negeri Rusia", person;
"Kantor berita Rusia TASS" → "TASS", role "Kantor berita Rusia", organisation. Which span is the phrase is
spans' question; what the words are, speaker_words'; how the document trims the name, name_trims'; whom a
short form or a pronoun means, coreference's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from claimtrack.extract.names import HANDLE, is_roman_numeral
from claimtrack.extract.speaker_words import TOKEN, SpeakerWords, is_acronym, is_capitalised, unit_number
from claimtrack.extract.tokens import POSSESSIVE_ENDINGS, without_possessive
from claimtrack.lexicon import Gazetteer, Lexicon, available_languages, given_names, phrase_pattern
from claimtrack.textutil import fold

# a quoted nickname between two capitalised words of a name
_QUOTED_NICKNAME = re.compile(r"(?<=[A-Za-z]) ['‘\"“]([A-Z][\w-]+)['’\"”] (?=[A-Z])")

_GLOSSED = re.compile(r"(?P<before>.*\S)\s*\((?P<gloss>[A-Z][\w .-]{0,20})\)\s+(?P<after>[A-Z][\w.'’ -]*)")


_WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|gov|edu|co|id|io|news)(?:\.[a-z]{2})?$", re.IGNORECASE)


_HANDLE = re.compile(r"(?<=\w)[ \t]+@(?P<handle>\w+)")  # a handle after a name: "Pawan Durani @PawanDurani"


def _handle_of_name(found: re.Match[str]) -> str:
    """The handle left out when it spells the name before it ("Pawan Durani @PawanDurani"); kept when it is the name
    ("user @nycsouthpaw", "akun @dinaskegelapan_kotasemarang")."""
    before = found.string[: found.start()].split()[-3:]
    words = [fold(word) for word in before if word[:1].isupper() and len(word) > 2]
    return "" if words and fold(words[-1]) in fold(found.group("handle")) else found.group()


@dataclass
class Speaker:
    mention: str  # as written, e.g. "juru bicara Kremlin Dmitry Peskov"
    name: str  # the name the statement is attributed to, e.g. "Dmitry Peskov"
    role: str = ""
    kind: str = "person"  # person, organization, group, circulating, unknown
    start: int = 0
    end: int = 0
    pronoun: bool = False
    aliases: list[str] = field(default_factory=list)


def copy_speaker(speaker: Speaker) -> Speaker:
    """A copy the caller may change (faster than dataclasses.replace, which this runs thousands of times)."""
    return Speaker(
        speaker.mention,
        speaker.name,
        speaker.role,
        speaker.kind,
        speaker.start,
        speaker.end,
        speaker.pronoun,
        list(speaker.aliases),
    )


class SpeakerParser(SpeakerWords):
    """Parses speaker phrases with one language's titles and the gazetteer."""

    def __init__(self, lex: Lexicon, gazetteer: Gazetteer):
        super().__init__(lex, gazetteer)
        # the same mentions recur across a document and a corpus: parse each once
        self._parse_once = lru_cache(maxsize=16384)(self._parse_with_ampersands)
        self.head_noun_last = lex.flag("names", "head_noun_last")
        self.possessive_determiners = frozenset(fold(w) for w in lex.words_of("speaker", "possessive_determiners"))
        # "the clinic", "the paper": the nouns that describe a body by its kind, each with the words of its kind
        self.described_bodies = {
            word: group
            for words in lex.words_of("speaker", "described_bodies")
            for group in [frozenset(fold(w) for w in words.split())]
            for word in group
        }
        self.outlet_bodies = frozenset(fold(w) for w in lex.words_of("speaker", "outlet_bodies"))
        self.own_pages = frozenset(fold(w) for w in lex.words_of("speaker", "own_pages"))
        self.described_documents = frozenset(fold(w) for w in lex.words_of("speaker", "described_documents"))
        # a study, a survey, a poll: documents that speak for the author their own phrase names
        self.authored_documents = frozenset(fold(w) for w in lex.words_of("speaker", "authored_documents"))
        self.voices_of_bodies = frozenset(fold(w) for w in lex.words_of("speaker", "voices_of_bodies"))
        # what a document may be called ("article", "report", "column"), which then speaks for whose it is
        self.pieces = (
            self.documents
            | self.described_documents
            | frozenset(fold(w) for w in lex.words_of("speaker", "written_pieces") if " " not in w)
        )
        self.demonstratives = frozenset(fold(w) for w in lex.words_of("claims", "demonstratives"))
        self.outlet_name_words = frozenset(fold(w) for w in lex.words_of("speaker", "outlet_name_words"))
        self.body_modifiers = frozenset(fold(w) for w in lex.words_of("speaker", "body_modifiers"))
        self.weekdays_and_months = frozenset(
            fold(w) for w in (*lex.words_of("dates", "weekdays"), *lex.numbers("dates", "months"))
        )
        # … and the relative days ("today", "last week"): when, never whose
        self.time_words = self.weekdays_and_months | frozenset(fold(w) for w in lex.table("dates", "normalize"))

    def _body_then_its_kind(self, words: list[str]) -> str:
        """The body's name when a description in lower case of what kind of body it is follows it: "SITE Intelligence
        Group monitoring service" → "SITE Intelligence Group". The name is two capitalised words or more ending in a
        body's head word (`[organizations]` heads); the description one to three words in lower case ending in a kind
        of body (`[speaker] described_bodies`: not "World Bank watchers", "GOP insiders"), none a role or a body's
        voice ("Foreign Ministry spokesman" is read as its voice). "" otherwise; where the head noun comes
        last only."""
        if not self.head_noun_last or len(words) < 3:
            return ""
        last = max((at for at, word in enumerate(words) if word[:1].isupper()), default=-1)
        tail = words[last + 1 :]
        if (
            last < 1
            or not 1 <= len(tail) <= 3
            or fold(words[last]) not in self.organization_head_words
            or not all(word[:1].isupper() for word in words[: last + 1])
            or not all(word.isalpha() and word.islower() for word in tail)
            or fold(tail[-1]) not in self.described_bodies  # (a kind of body: not "Bank watchers", "GOP insiders")
            or any(fold(word) in self.role_words or fold(word) in self.voices_of_bodies for word in tail)
        ):
            return ""
        return " ".join(words[: last + 1])

    def authored_document(self, name: str) -> bool:
        """Is the name a study, a survey or a poll (`[speaker] authored_documents`), as a description in lower case
        whose head noun is one ("study", "new poll", "recent study")? It speaks for the author its own phrase names."""
        words = name.split()
        if not words or not name[:1].islower():
            return False
        return fold(words[-1] if self.head_noun_last else words[0]) in self.authored_documents

    def possessor_of_document(self, words: list[str]) -> Speaker | None:
        """Whose a document or a site is, when a word or two in lower case stand between the possessive and its noun
        (`[speaker] documents`, `own_pages`): "Alcorn’s suicide letter states …", "Apple's own website says …" speak
        for Alcorn and Apple, as "Cook's statement" does (not a newspaper: "the Chinese Communist Party’s main
        newspaper" is a body of its own); a person or a body the parser reads in the capitals before the possessive,
        never a day ("Monday's long statement")."""
        owner = next((at for at, word in enumerate(words) if word.endswith(POSSESSIVE_ENDINGS)), -1)
        if not self.head_noun_last or owner < 0 or not 1 <= len(words) - owner - 2 <= 2 or owner > 3:
            return None
        head = fold(words[-1])
        between = words[owner + 1 : -1]
        if (
            (head not in self.documents and head not in self.own_pages)
            or not all(word.isalpha() and word.islower() for word in (*between, words[-1]))
            or not all(word[:1].isupper() for word in words[: owner + 1])
        ):
            return None
        whose = without_possessive(" ".join(words[: owner + 1]))
        if fold(whose) in self.time_words or fold(words[0]) in self.names.function_words:
            return None
        speaker = self._parse(whose)
        return speaker if speaker.kind in ("person", "organization") and not speaker.pronoun else None

    def _outlet_before_its_kind(self, words: list[str]) -> str | None:
        """The outlet's name in "Al-Masry Al-Youm newspaper", "the Emirates247 news website", "MSNBC network", "Media
        Mass' website" (a noun of `[speaker] outlet_bodies`, perhaps after a `body_modifiers` word): two capitalised
        words or more, or an acronym; never words that may say only where from ("South Korean newspaper", "British
        daily", "Beijing magazine"), a place, or two names joined ("Burton and Hammond's website"); a place and a brand
        is a name ("the Korea Bizwire website")."""
        if not self.head_noun_last or len(words) < 2 or not words[-1].islower():
            return None
        if fold(words[-1]) not in self.outlet_nouns:
            return None
        name = words[:-1]
        if name and fold(name[-1]) in self.body_modifiers:
            name = name[:-1]
        if not name or len(name) > 4 or not all(word[:1].isupper() or word[:1].isdigit() for word in name):
            return None
        name[-1] = without_possessive(name[-1])
        acronym = len(name) == 1 and len(name[0]) >= 2 and (name[0].isupper() or any(c.isdigit() for c in name[0]))
        numbered = len(name) > 1 and name[-1].isdigit()  # "Emirates 247", "France 24": a number makes a brand
        if (
            (len(name) < 2 and not acronym)
            or (self.is_place(name) and not numbered)
            or any(fold(w) in self.names.function_words for w in name)
            # (where from, all of it: "South Korean newspaper"; a place and a brand is a name, "Korea Bizwire website")
            or (all(self._where_from(w) for w in name) and not numbered)
        ):
            return None
        return " ".join(name)

    def _where_from(self, word: str) -> bool:
        """Does the capitalised word only say where from, or what kind: a place, its adjective ("Korean"), or a
        compound adjective ("English-language", "Chinese-owned")?"""
        parts = word.split("-")
        return (
            self._of_a_place(word)
            or self.is_place([word])
            or (len(parts) > 1 and parts[-1].islower() and parts[-1].isalpha())
        )

    def _named_after_outlet_noun(self, words: list[str]) -> str:
        """The name that ends a phrase right after a noun of an outlet's kind in lower case (`[speaker] outlet_bodies`
        but the documents): "report by Apple blog 9to5mac" → "9to5mac"; "" when there is none."""
        for at in range(len(words) - 2, -1, -1):
            word = words[at]
            if word.islower() and fold(word) in self.outlet_nouns:
                name = words[at + 1 :]
                if len(name) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in name):
                    return " ".join(name)
                return ""
        return ""

    @cached_property
    def possessive_pronouns(self) -> dict[str, str]:
        """Possessives and the pronouns they stand for (`[speaker.possessive_pronouns]`: "his" → "he")."""
        return {fold(k): v for k, v in self.lex.table("speaker", "possessive_pronouns").items()}

    def names_a_family(self, words: list[str]) -> bool:
        """Do the words name a family by its name (`[speaker] family_nouns`, the noun where a noun phrase's head
        stands, the rest capitalised words: "Nash family", "Keluarga Lisa")?"""
        if len(words) < 2 or not self._family_nouns:
            return False
        head, name = (words[-1], words[:-1]) if self.head_noun_last else (words[0], words[1:])
        return fold(head) in self._family_nouns and all(is_capitalised(word) for word in name)

    @cached_property
    def _family_nouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "family_nouns"))

    def _taken_from_others(self, words: list[str]) -> bool:
        """Do the words open with a document or a written piece (`[speaker] documents`, `written_pieces`, or its plural
        in "-s") that a word of taking describes (`[speaker] taken_modifiers`: "hacked emails", "leaked documents")?"""
        for at, word in enumerate(words[:3]):
            if {fold(word), fold(word).removesuffix("s")} & self.pieces:
                return at > 0 and fold(words[at - 1]) in self._taken
        return False

    @cached_property
    def _taken(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "taken_modifiers"))

    def _lodged_with(self, words: list[str]) -> bool:
        """Do the words name a document (`[speaker] documents`, or its plural in "-s"), perhaps after words in lower
        case that describe it, then the body it was lodged with (`[speaker] lodging_prepositions`, right after the
        noun or after a participle: "new filings with the Federal Election Commission", "a complaint filed with the
        FTC")?"""
        if not self._lodging:
            return False
        noun = next(
            (at for at, word in enumerate(words[:3]) if {fold(word), fold(word).removesuffix("s")} & self.documents),
            None,
        )
        if noun is None or not all(word.islower() for word in words[:noun]):
            return False
        after = [fold(word) for word in words[noun + 1 : noun + 3]]
        return bool(after) and (
            after[0] in self._lodging or len(after) == 2 and after[0].endswith("ed") and after[1] in self._lodging
        )

    @cached_property
    def _lodging(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "lodging_prepositions"))

    @cached_property
    def _receiving(self) -> frozenset[str]:
        """Participles of receiving or seeing a document (`[speaker] receiving_participles`)."""
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "receiving_participles"))

    @cached_property
    def contracted_auxiliaries(self) -> tuple[str, ...]:
        """Auxiliaries joined to a pronoun (`[cues] contracted_auxiliaries`: "I've", "we'd")."""
        return tuple(self.lex.words_of("cues", "contracted_auxiliaries"))

    @cached_property
    def _place_words(self) -> tuple[str, ...]:
        """The words of the gazetteer's places, folded ("korea", "britain", "beijing")."""
        return tuple(
            sorted(
                {
                    word
                    for entity in self.gazetteer.entities
                    if entity.kind == "place"
                    for name in (entity.name, *entity.aliases)
                    for word in fold(name).split()
                    if len(word) >= 4
                }
            )
        )

    def _of_a_place(self, word: str) -> bool:
        """Does the word name a place or say what place something is from ("Korean", "British", "English-language",
        "Beijing"): a gazetteer place's word begins with it, less a few letters of ending?"""
        folded = fold(word).split("-")[0]
        if not folded.isalpha():
            return False  # a coined name with figures ("Emirates247") says no place
        stems = {folded[: len(folded) - cut] for cut in range(4) if len(folded) - cut >= 5}
        return any(place.startswith(stem) for place in self._place_words for stem in stems)

    @cached_property
    def royal_names(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("titles", "royal_given_names"))

    def royal_name_at(self, tokens: list[str], i: int, title_kind: str) -> bool:
        """Is the title at `i` a royal title given as a name (`[titles] royal_given_names`: "Raja Juli Antoni",
        "Ratu Dewa", "Sultan Bachtiar Najamudin"), after an office (`title_kind` "person") or an institution's
        acronym ("… (DPD) RI Sultan Bachtiar Najamudin"), with a name after it? It opens the phrase when it is a
        title ("Ratu Elizabeth", "Raja Salman"), and inside an institution's name it is no one's ("Universitas
        Islam Sultan Agung"). After a word of a person's name it is one too ("Elisabeth Ratu Rante Allo")."""
        return (
            0 < i < len(tokens) - 1
            and fold(tokens[i]) in self.royal_names
            and is_capitalised(tokens[i + 1])
            and (
                title_kind == "person"
                or is_acronym(tokens[i - 1])
                or self.name_like(tokens[i - 1])
                and not self.names.dictionary_word(tokens[i - 1])
            )
        )

    @cached_property
    def generational_suffixes(self) -> frozenset[str]:
        """What follows a son's family name (`[names] generational_suffixes`: "Jr", "III")."""
        return frozenset(fold(w) for w in self.lex.words_of("names", "generational_suffixes"))

    @cached_property
    def _common_titles(self) -> frozenset[str]:
        """Roles the lexicon lists in lower case: common nouns ("guru", "dokter", "warga"), not titles of office."""
        return frozenset(fold(t) for t in self.lex.words_of("titles", "person") if t[:1].islower())

    @cached_property
    def location_suffixes(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.lex.words_of("speaker", "location_suffixes")) or ("\0",)

    def is_speaker_like(self, phrase: str) -> bool:
        """As `SpeakerWords.is_speaker_like`; also, where the head noun comes last, a description in lower case the
        lexicon does not list and the full name it describes ("investor Sarah Lacy", "longtime friend John Smith")."""
        if super().is_speaker_like(phrase):
            return True
        if HANDLE.fullmatch(phrase.split()[-1] if phrase.split() else ""):
            return True  # "@darkroads", "the account @darkroads": an account's handle names who posted
        bare = self.lex.determiners.sub("", phrase.strip())
        if bare != phrase.strip() and self._body_with_inner_words(bare.split()):
            return True  # "the Foundation for Relief and Reconciliation": a body's name after its article
        if self.voiced_body(bare.split()):
            return True  # "a spokesman for Saudi Arabian Airlines": the body's voice
        if self.named_after_naming(bare.split()):
            return True  # "a fisherman named Igor Vorozhbitsyn": the description gives the name it goes by
        if self.possessor_of_document(phrase.split()) is not None:
            return True  # "Alcorn’s suicide letter", "Apple's own website": whose it is speaks
        if self._body_then_its_kind(bare.split()):
            return True  # "the SITE Intelligence Group monitoring service": the body, then what kind it is
        if self._maker_of_document(bare.split()) is not None:
            return True  # "Morning Consult tracking poll": a document speaks for its maker
        if not self.head_noun_last:
            # "dokumen Buku II Nota Keuangan", "laporan Stanford Medicine Insights": a document named after its noun;
            # a person described ("pria kelahiran Bandung", capitalised where it opens a sentence)
            words = phrase.split()
            return len(words) > 1 and (words[0].islower() and self._named_document(words) or self.described(words))
        parsed = self.parse(phrase)
        role = parsed.role.split()
        # capitalised words may modify the description ("Republican political consultant Chris Russell", "Oversight
        # ranking Democrat Elijah Cummings"), as long as a word of it is in lower case
        described = [word for word in role if word[:1].islower()]
        return (
            parsed.kind == "person"
            and not parsed.pronoun
            and 1 <= len(described) <= 3
            and len(role) <= 5
            and phrase.strip().startswith(parsed.role)  # (no determiner before it: "the ubiquitous Donald J. Trump")
            and all(
                all(part.isalpha() for part in word.split("-"))
                and fold(word) not in self.names.function_words
                and fold(word) not in self.lex.speaker_stops
                and fold(word) not in self.names.cue_words
                for word in role
            )
            and all(word.islower() for word in described)
            and len(parsed.name.split()) >= 2
            and self.is_person_name(parsed.name)
        )

    def named_after_naming(self, words: list[str]) -> str:
        """The full name a description in lower case gives with a naming word (`[names] naming`): "man named John
        Smith", "fisherman called Igor Vorozhbitsyn" (after its article); "" otherwise. The description is up to
        three words in lower case the lexicon does not stop on, the name all a person's name of two words or more;
        where the head noun comes first ("warga bernama Budi Santoso") the parser reads it already."""
        at = next((i for i, word in enumerate(words) if fold(word) in self.names.naming), -1)
        if not self.head_noun_last or not 1 <= at <= 3:
            return ""
        described, name = words[:at], " ".join(words[at + 1 :])
        if not all(
            word.isalpha()
            and word.islower()
            and word not in self.lex.speaker_stops
            and word not in self.names.cue_words
            for word in described
        ):
            return ""
        parsed = self._parse(name)
        # (two words at least: "an interesting startup called Corephotonics" is a company the parser cannot tell)
        return (
            name
            if len(words) - at > 2 and parsed.kind == "person" and parsed.name == name and self.is_person_name(name)
            else ""
        )

    def voiced_body(self, words: list[str]) -> str:
        """The body whose voice the words are: a voice of a body (`[speaker] voices_of_bodies`), a role connector, then
        capitals (and a body's connectors) the parser reads whole as an organisation ("spokesman for Saudi Arabian
        Airlines"), which speaks through it; never a person ("spokeswoman for Hillary Clinton"). "" otherwise."""
        # ("a spokesman for the State Department": the body's own article before its name is no word of it)
        body = words[3:] if len(words) > 3 and fold(words[2]) in self.definite else words[2:]
        if not (
            self.head_noun_last
            and 2 < len(words) <= 8
            and fold(words[0]) in self.voices_of_bodies
            and words[1] in self.role_connectors
            and body
            and all(is_capitalised(word) or word.casefold() in self.connectors for word in body)
        ):
            return ""
        whose = " ".join(body)
        speaker = self._parse(whose)
        return whose if speaker.kind == "organization" and not speaker.pronoun and speaker.name == whose else ""

    def described(self, words: list[str]) -> bool:
        """Do the words open a person described in lower case, by a former office (`[speaker] former_modifiers`, then
        a capitalised office or a role word: "mantan Aspidum Kejaksaan Tinggi Riau", "mantan menteri") or by a noun for
        a person (`[speaker] person_nouns`: "pria kelahiran Bandung")?"""
        if not words:
            return False
        first = fold(words[0])
        if first in self._former:
            return len(words) > 1 and (words[1][:1].isupper() or fold(words[1]) in self.role_words)
        return first in self.person_nouns

    @cached_property
    def _former(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "former_modifiers"))

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """Nouns that name a person by what they are, not by an office (`[speaker] person_nouns`), folded."""
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "person_nouns"))

    @cached_property
    def _example_marker(self) -> re.Pattern[str] | None:
        markers = self.lex.words_of("speaker", "example_markers")
        pattern = phrase_pattern(markers, ignore_case=False)
        return re.compile(rf"(?<=\w)[ \t]+{pattern}[ \t]+(?=\S)") if markers else None

    def parse(self, mention: str) -> Speaker:
        """Name, role and kind of a speaker phrase; a fresh object the caller may change. A social-media handle after
        a name is no part of it ("Pawan Durani @PawanDurani noted …")."""
        return copy_speaker(self._parse_once(_HANDLE.sub(_handle_of_name, mention) if "@" in mention else mention))

    def _parse_with_ampersands(self, mention: str) -> Speaker:
        """`_parse`, with the "&" its words leave out written back into the name as the mention writes it
        ("Procter & Gamble", "Akin Gump Strauss Hauer & Feld", "AT&T"): a name joined by "&" is a firm's. A person's
        name after a title that holds a word with a digit and is no person's name as the parser reads it is the
        rest of the office ("Gubernur Bank Sentral G20": the governors of the G20's central banks, described)."""
        speaker = self._parse(mention)
        if (
            speaker.kind == "person"
            and speaker.role
            and not speaker.pronoun
            and any(any(c.isdigit() for c in word) for word in speaker.name.split())
            and not self.is_person_name(speaker.name)
        ):
            several = any(fold(word) in self.list_conjunctions for word in speaker.mention.split())
            return Speaker(speaker.mention, speaker.mention.strip(), kind="group" if several else "person")
        if "&" not in mention or not speaker.name.strip() or not all(w[:1].isupper() for w in speaker.name.split()):
            return speaker  # (a description, "P&G Amiens employee", is someone of the firm: no firm's name)
        joined = r"(?:[ \t]*&[ \t]*|[ \t]+)".join(map(re.escape, speaker.name.split()))
        written = re.search(rf"(?<![\w&]){joined}(?![\w&])", mention)
        if written is None or "&" not in written.group():
            return speaker
        speaker = copy_speaker(speaker)
        speaker.name = written.group()
        if speaker.kind == "person":
            speaker.kind = "organization"
        return speaker

    def _parse(self, mention: str) -> Speaker:
        example = self._example_marker.search(mention) if self._example_marker is not None else None
        if example is not None and len(mention[example.end() :].split()) == 1:
            # "animals like Mittens", "Companies such as Apple": the group speaks, not its example of one word
            # (`[speaker] example_markers`; a person named in full, "experts like Paul Bauman, a Canadian
            # geophysicist", is one who says it)
            group = self._parse(mention[: example.start()])
            group.mention = mention
            return group
        written = mention.strip(" ,.;:").split()
        if len(written) > 1 and written[0][:1].isupper() and written[-1] in self.conjunctions:
            # "according to CEN/EUROPICS and as reported in …": a conjunction ends no name (the next source's cue
            # cut the phrase there)
            return self._parse(" ".join(written[:-1]))
        first = self.lex.determiners.sub("", " ".join(written)).split()[:1]
        if len(written) > 2 and first and fold(first[0]).endswith(self.location_suffixes):
            # "Britain-based Syrian Observatory for Human Rights": where the body sits, then its name
            rest = " ".join(written[written.index(first[0]) + 1 :])
            speaker = self._parse(rest)
            if speaker.kind == "organization" and speaker.name == rest:
                speaker.mention = mention
                return speaker
        bare = self.lex.determiners.sub("", " ".join(written)).split()
        if self.names_a_family(bare):
            # "the Nash family said …", "Keluarga Lisa mengatakan …": the family speaks as a group, never the one
            # person of that name (whom "Nash" alone still means: "Derek Nash")
            return Speaker(mention, " ".join(bare), kind="group")
        if self.head_noun_last and len(bare) > 2 and bare[0].isalpha() and bare[0].islower():
            # "The regional Department of Education said …": lower-case modifiers before a body's name describe the
            # body, they do not make the name's last word a person's
            at = next((n for n, word in enumerate(bare) if word[:1].isupper()), len(bare))
            rest = " ".join(bare[at:])
            if (
                0 < at <= 2
                and all(word.isalpha() and word.islower() for word in bare[:at])
                and at < len(bare)
                and fold(bare[at]) in self.lex.organization_heads  # "Department", "Ministry": a body's head
                and all(word[:1].isupper() or word.casefold() in self.connectors for word in bare[at:])
            ):
                body = self._parse(rest)
                if body.kind == "organization" and body.name == rest and " " in rest:
                    body.mention = mention
                    return body
        if (
            len(bare) > 2
            and fold(bare[0]) in self.weekdays_and_months
            and bare[1][:1].isupper()
            and bare[-1].islower()
            and fold(bare[-1]) in self.pieces
        ):
            # "according to a March Bloomberg article": the month says when the piece ran, the source is after it
            dated = self._parse(" ".join(bare[1:]))
            dated.mention = mention
            return dated
        if len(written) > 2 and written[0].casefold() in self.indefinite_articles:
            described = self._outlet_before_its_kind(written[1:])
            if described is not None:
                # "a Baton Rouge newspaper": "a" and its kind say the words before are where it is from, not its name
                # (a name takes "the": "the Al-Masry Al-Youm newspaper")
                return Speaker(mention, " ".join(written[1:]), kind="organization")
        speaker = self._parse_phrase(mention)
        written = mention.strip(" ,.;:").split()
        if (
            speaker.kind == "person"
            and not speaker.role
            and len(written) > 1
            and fold(written[0]) in self.definite
            and speaker.name.split()
            and all(word[:1].isupper() for word in speaker.name.split())
            and any(fold(word.rsplit("-", 1)[-1]) in self.outlet_name_words for word in speaker.name.split())
        ):
            # "according to the Mirror", "the Daily Mail reported": an outlet's name after "the" is no person's (nor
            # one with the word after a hyphen: "the Chicago Sun-Times")
            speaker.kind = "organization"
        return speaker

    def _parse_phrase(self, mention: str) -> Speaker:
        mention = mention.strip(" ,.;:")
        mention = self.lex.determiners.sub("", mention).strip()
        words = mention.split()
        noun = self.qualified_noun(mention)
        if noun:
            # "a source close to Manson", "a person familiar with the discussions": an unnamed source, whatever name
            # says what it knows; several of them speak as a group
            plural = noun.endswith("s") or noun in self.lex.plural_pronouns or noun == "people"
            return Speaker(mention, mention, kind="group" if plural else "person")
        if len(words) == 2 and fold(words[1]) in self.pieces and fold(words[0]) in self.possessive_pronouns:
            # "His report reveals …": the document speaks for whom the pronoun would mean
            speaker = self._parse(self.possessive_pronouns[fold(words[0])])
            speaker.mention = mention
            return speaker
        described_body = self._body_then_its_kind(words)
        if described_body:
            # "the SITE Intelligence Group monitoring service said": the body's name, then what kind of body it is
            speaker = self._parse(described_body)
            speaker.mention = mention
            return speaker
        named_outlet = self._named_after_outlet_noun(words)
        if named_outlet:
            # "a report by Apple blog 9to5mac", "the newspaper Kompas": an outlet's noun, then its name
            return Speaker(mention, named_outlet, kind="organization")
        if len(words) >= 2 and fold(words[0]) in self.documents and fold(words[1]) in self._receiving:
            # "reports received by the Foreign Office", "a document seen by Reuters": whoever holds a document is not
            # whose it is; the document, unnamed, is all the article gives
            return Speaker(mention, mention, kind="circulating")
        if self._taken_from_others(words):
            # "hacked emails posted by WikiLeaks", "stolen documents published by …": whoever posts what was taken
            # from others did not write it; the document, unnamed, is all the article gives
            return Speaker(mention, mention, kind="circulating")
        if self._lodged_with(words):
            # "new filings with the Federal Election Commission", "a complaint filed with the Federal Trade Commission":
            # the body a document was lodged with did not write it; whose it is, the phrase does not say
            return Speaker(mention, mention, kind="circulating")
        if (
            len(words) == 2
            and fold(words[0]) in self.possessive_determiners
            and fold(words[1]) in self.lex.organization_heads
        ):
            return Speaker(mention, words[1], kind="organization")  # "Her ministry": a body, whose the article says
        if self.head_noun_last and len(words) > 2:
            # "a 2004 National Post article on the death of McDonald's pizza": the year it appeared and what it is
            # about say nothing of whose it is
            piece = next(
                (at for at, word in enumerate(words) if at and word.islower() and fold(word) in self.pieces), None
            )
            start = 1 if words[0].isdigit() and len(words[0]) == 4 else 0
            owner_words = words[start:piece] if piece is not None else []
            if owner_words and all(is_capitalised(word) for word in owner_words):
                body = self._parse(" ".join(owner_words))
                if body.kind == "organization" and not body.pronoun and body.name == " ".join(owner_words):
                    body.mention = mention
                    return body
        named = self._maker_of_document(words)
        if named is not None:
            # "The Fox report claimed …", "a Reuters report said", "Cook's statement suggests", "a new CNN/ORC poll",
            # "an online Morning Consult tracking poll": a document speaks for whose it is (not "Boy Genius Report",
            # an outlet's name; not "His report", "This report")
            whose = " ".join(named)
            whose = whose[:-2] if whose.endswith(("'s", "’s")) else whose
            speaker = self._parse(whose)
            if speaker.kind in ("person", "organization") and fold(whose) not in self.time_words:
                # (not "Today's report", "Monday's statement": when, not whose)
                speaker.mention = mention
                return speaker
        possessed = self.possessor_of_document(words)
        if possessed is not None:
            possessed.mention = mention
            return possessed
        if (
            self.head_noun_last
            and 1 < len(words) <= 5
            and fold(words[-1]) in self.voices_of_bodies
            and all(is_capitalised(word) for word in words[:-1])
            and fold(words[0]) not in self.names.function_words
        ):
            # "a Pentagon spokesman said", "a British Foreign Office spokeswoman said": an unnamed voice of a body
            # speaks for it; never for a person ("a Trump spokesman": whose words, the article does not say)
            whose = " ".join(words[:-1])
            speaker = self._parse(whose)
            if speaker.kind == "organization" and not speaker.pronoun and speaker.name == whose:
                return Speaker(mention, whose, role=words[-1], kind="organization")
        voiced = self.voiced_body(words)
        if voiced:
            return Speaker(mention, voiced, role=" ".join(words[:2]), kind="organization")
        if not self.head_noun_last and 1 < len(words) <= 8 and self._named_document(words):
            # "Laporan BNPB mencatat …", "Laporan P2BK Purabaya mencatat …": where the head noun comes first, a
            # document named by its noun and then by whose it is speaks for that body (never a person called
            # "Purabaya", the village the body serves)
            whose = " ".join(words[1:])
            speaker = self._parse(whose)
            if speaker.kind == "person" and not speaker.role and not self.is_person_name(whose):
                speaker = Speaker(whose, whose, kind="organization")
            if speaker.kind in ("person", "organization") and not speaker.pronoun:
                speaker.mention = mention  # ("Laporan Budi Santoso": his, and "Laporan" no word of his name)
                return speaker
        outlet = self._outlet_before_its_kind(words)
        if outlet is not None:
            speaker = self._parse(outlet)
            if speaker.kind in ("person", "organization"):
                return Speaker(mention, speaker.name, kind="organization")
        relative = next((i for i, w in enumerate(words) if i and w.casefold() in self.relatives), None)
        if relative is not None and (
            fold(words[0]) in self.lex.organization_heads or fold(words[0]) in self.role_words
        ):
            # "kementerian kesehatan yang dikelola Hamas": the relative clause says which one; the head speaks (a
            # document's clause names who issued it: "data yang dirilis Bank Dunia" keeps the bank)
            speaker = self._parse(" ".join(words[:relative]))
            speaker.mention = mention
            return speaker
        if (
            relative == 1
            and words[0].isalpha()
            and words[0].islower()
            and fold(words[0]) not in self.person_nouns
            and fold(words[0]) not in self.documents
            and not any(fold(w) in self.names.agent_markers for w in words[2:])
        ):
            # "Menurut kesepakatan yang dicapai pada 2023 di masa pemerintahan Presiden Joe Biden, …": a thing, and the
            # clause that says which one names no one who speaks for it (not "laporan yang dirilis oleh Bank Dunia")
            speaker = self._parse(words[0])
            speaker.mention = mention
            return speaker
        nicknamed = _QUOTED_NICKNAME.search(mention)
        if nicknamed:  # "Munafri 'Appi' Arifuddin": the name is Munafri Arifuddin, "Appi" what he is called
            speaker = self._parse(mention[: nicknamed.start()] + mention[nicknamed.end() - 1 :])
            speaker.mention = mention
            speaker.aliases = [*speaker.aliases, nicknamed.group(1)]
            return speaker
        tokens = [t for t in TOKEN.findall(mention) if t not in "()"]
        folded = fold(mention)
        if not tokens:
            return Speaker(mention, mention, kind="unknown")
        contracted = next((c for c in self.contracted_auxiliaries if mention.endswith(c)), "")
        last = mention[: -len(contracted)].split()[-1:] if contracted else []
        if last and fold(last[0]) in self.lex.pronouns:
            # "I've felt that way": the pronoun "I"; so after a sentence adverb ("Personally, I’d suggest …")
            bare = last[0]
            speaker = self._parse(bare)
            speaker.mention = mention
            return speaker
        if folded in self.lex.pronouns:
            kind = (
                "group"
                if folded in self.lex.plural_pronouns
                else "organization"
                if folded in self.lex.impersonal_pronouns
                else "person"
            )
            return Speaker(mention, mention, kind=kind, pronoun=True)
        known = self.gazetteer.lookup(mention)
        if known is not None:
            return Speaker(mention, mention, role=known.role, kind=known.speaks_as)
        if len(tokens) > 1 and fold(tokens[0]) in self.sides:
            sided = self.gazetteer.lookup(mention.split(None, 1)[1])
            if sided is not None and sided.kind == "place":
                # "pihak Arab Saudi menjelaskan": the country's side, an authority speaking (no person)
                return Speaker(mention, sided.name, role=tokens[0], kind="organization")
            rest = mention.split(None, 1)[1]
            party = self._parse(rest)
            if (
                party.kind == "person"
                and not party.pronoun
                and not party.role
                and (
                    len(party.name.split()) > 1
                    and self.is_person_name(party.name)
                    or fold(party.name) in self._given_names  # "pihak Lisa" (not "pihak Unud", a university)
                )
            ):
                # "pihak Lisa menyatakan …": a person's side — her lawyer, her family —, not the person (whose words
                # the article gives apart: "kata pengacara Lisa, Jhony Boy Nababan"), as "keluarga Lisa" is
                return Speaker(mention, mention, kind="group")
            if party.kind == "organization" and not party.pronoun and not party.role and party.name == rest:
                # "Pihak SMAN 1 Sukorejo mengaku …": a body's side is the body speaking, as a place's is its
                # authority
                return Speaker(mention, party.name, role=tokens[0], kind="organization")
        glossed = _GLOSSED.fullmatch(mention)
        if glossed:
            # "Bupati Ogan Komering Ilir (OKI) Muchendi Mahzareki": a bracketed short form ends what it abbreviates
            after = self._parse_once(glossed.group("after"))
            if after.kind == "person" and not after.pronoun and self.is_person_name(after.name):
                role = " ".join(filter(None, [glossed.group("before").strip(" ,"), after.role]))
                return Speaker(mention, after.name, role=role, kind="person")
            # an institution's short form inside its name, before the place it serves: "Badan Pusat Statistik (BPS)
            # Jawa Barat" (not before a name: "… (BHI) Kementerian Luar Negeri Judha Nugraha")
            place = glossed.group("after").strip()
            whole = self._parse(f"{glossed.group('before').strip(' ,')} {place}")
            if whole.kind == "organization" and self.only_place(place):
                whole.mention = mention
                return whole
        if any(fold(t) in self.lex.circulating_heads for t in tokens[:2]) and (
            not is_capitalised(tokens[0])
            # the head alone, capitalised where it opens a sentence ("Unggahan yang menyebut …"), unless it reads as
            # a body's short name ("according to the Post")
            or len(tokens) == 1
            and self._kind_of(tokens, "") != "organization"
            # or after a demonstrative opening the sentence: "This report notes …" (not "This American Life")
            or len(tokens) > 1
            and fold(tokens[0]) in self.demonstratives
            and not is_capitalised(tokens[1])
        ):
            return Speaker(mention, mention, kind="circulating")
        portfolio = self._portfolio_without_holder(mention, tokens)
        if portfolio is not None:
            return portfolio
        listed = self._listed(mention)
        if listed is not None:
            return listed
        quantified = len(tokens) > 1 and fold(tokens[0]) in self.plural_quantifiers
        if not any(is_capitalised(t) for t in (tokens[1:] if quantified else tokens)):
            # a description, no name: "union leader", "pedagang" (who is meant stays unnamed; "Banyak warga" opening
            # a sentence, many of them, and the quantifier no word of what they are)
            # (written in lower case the quantifier stays: "more polls" is how the article counts them)
            described = mention.split(None, 1)[1] if quantified and is_capitalised(tokens[0]) else mention
            return Speaker(mention, described, kind=self._kind_of(tokens, ""))
        if len(tokens) > 1 and tokens[-1].islower() and self.modifies_a_body(tokens[-2], tokens[-1]):
            # "Moscow's defence ministry", "Gaza health ministry": a body named by its kind and whose it is; in the
            # plural, several ("Human rights groups", "Civil rights activists")
            plural = fold(tokens[-1]) not in self.organization_head_words
            return Speaker(mention, mention, kind="group" if plural else "organization")

        if self.unit_office(tokens):
            # "Kasi Intel", "Kanit Reskrim": a unit's head and the unit, the office without its holder's name
            return Speaker(mention, mention, kind="person")
        institution = (
            fold(tokens[0]) in self.lex.organization_heads
            and any(fold(t) in self.conjunctions for t in tokens[1:-1])
            and all(is_capitalised(t) or fold(t) in self.conjunctions for t in tokens if t != ",")
        )
        # the name is the run of capitalised words after the last lower-case word (titles are lower case
        # in running text: "juru bicara", "spokesman"), after any titles and places that open it
        last_lower = max(
            (
                i
                for i, t in enumerate(tokens)
                if not is_capitalised(t)
                and t.casefold() not in self.name_particles
                and not self._particle_joined(t)  # "Hakem al-Zameli"
                and t not in ","
                and not (  # "FOX 2 News", "Channel 4 News": a number inside a name (where units are numbered
                    # before their place, "Ketua RT 05 Tono Sugiarto", the number ends the role)
                    self.head_noun_last
                    and t.isdigit()
                    and 0 < i < len(tokens) - 1
                    and is_capitalised(tokens[i - 1])
                    and is_capitalised(tokens[i + 1])
                )
                and not self.station_number(tokens, i)
            ),
            default=-1,
        )
        named_from = next((at for at, token in enumerate(tokens) if token.split("-")[-1][:1].isupper()), 0)
        if (
            self.head_noun_last
            and named_from
            and all(token.split("-")[-1].islower() for token in tokens[:named_from])  # ("Washington-based")
            and self._body_with_inner_words(tokens[named_from:])
        ):
            # "Washington-based nonprofit Institute for the Study of War", "think tank Council on Foreign Relations":
            # a description in lower case, then the body's whole name
            return Speaker(
                mention, " ".join(tokens[named_from:]), role=" ".join(tokens[:named_from]), kind="organization"
            )
        joined = self._joined_by_connector(tokens, last_lower)
        if joined is not None:
            return joined if joined.name else Speaker(mention, mention, kind="organization")
        if self._body_joined_by_conjunction(tokens, last_lower):
            # "House Oversight and Reform Committee", "Iraqi Parliamentary Security and Defense Commission MP": one
            # body's name (and one of its members, unnamed), not a list of two
            titled = self._title_at(tokens, len(tokens) - 1) == (1, "person")
            return Speaker(mention, mention, kind="person" if titled else "organization")
        if self._office_named_by_title(tokens):
            return Speaker(mention, mention, kind="organization")
        name_start = last_lower + 1
        title_kind = ""
        title_end = -1  # where the last title read ends
        i = 0
        while i < len(tokens):
            size, kind = self._title_at(tokens, i)
            if size and self.royal_name_at(tokens, i, title_kind):
                break  # "Wali Kota Palembang Ratu Dewa": after an office, a royal title is the name's first word
            if size:
                # the first title says who speaks ("Ketua Partai …": a chairman); where the head noun comes last, the
                # last of titles written together does ("party leader John Smith": a leader, not a party)
                title_kind = kind if i == title_end and self.head_noun_last else title_kind or kind
                i += size
                title_end = i
                if self._unit_numeral_at(tokens, i):  # "Kasubdit I …", "Kapolda Sumut … Wilayah V": the unit's number
                    i += 1
                continue
            if i >= name_start:
                size = self.known_at(tokens, i)
                # a known place or organisation inside a role ("Menteri Luar Negeri Rusia …") or before a person's
                # name is not the name; at the head of an organisation's name ("New York Times") it is part of it
                if (
                    size
                    and i + size < len(tokens)
                    and (title_kind or self.is_person_name(" ".join(tokens[i + size :])))
                    and not (  # "USA Today": one word after a place is no English person's name
                        i + size == len(tokens) - 1
                        and not title_kind
                        and self.lex.flag("names", "full_names_after_places")
                    )
                ):
                    i += size
                    continue
                if (
                    is_acronym(tokens[i])
                    and i + 1 < len(tokens)
                    and title_kind
                    and not self.initials_before_name(tokens, i)
                ) or tokens[i] == ",":
                    i += 1
                    continue
                if unit_number(tokens, i) and title_kind:  # "Guru SMPN 1 Cisarua": a unit's number and its place
                    i += 2
                    continue
            if i < name_start:
                i += 1
                continue
            break
        name_start = max(name_start, i)
        if 0 < name_start < len(tokens) - 1 and fold(tokens[name_start - 1]) in self.place_words:
            name_start += 1  # "Ketua Umum Partai Demokrat Agus …": the word after "Partai" is the party's
        # a title inside what is left ("Kapolda Metro Jaya Irjen Karyoto") ends the role there
        for j in range(len(tokens) - 1, name_start - 1, -1):
            size, kind = self._title_at(tokens, j)
            if size and self.royal_name_at(tokens, j, title_kind):
                continue  # "Anggota Komisi VII DPR RI Bane Raja Manalu": a name word, not a second title
            if size and j and all(fold(t) in self.generational_suffixes for t in tokens[j + size :]):
                continue  # "Martin Luther King Jr.": a title word the son's suffix follows is his family name
            if size and j + size < len(tokens):
                if (
                    j
                    and tokens[j][:1].isupper()
                    and fold(" ".join(tokens[j : j + size])) in self._common_titles
                    and self.gazetteer.is_place_or_org(" ".join(tokens[j + size :]))
                ):
                    # "Federasi Serikat Guru Indonesia": a common noun listed as a role ("guru"), capitalised inside an
                    # institution's name before its place, is the name's ("Presiden RI" is a title and a place)
                    break
                name_start = max(name_start, j + size)
                title_kind = title_kind or kind
                break
        low = name_start
        if title_kind == "person":
            name_start = self._person_after_organization(tokens, name_start)
            name_start = self._after_region(tokens, name_start)
        name_start = self.name_begins(tokens, name_start, low, titled=title_kind == "person")
        while (
            name_start < len(tokens) - 2
            and self.names.nominalised(tokens[name_start])
            and self.is_person_name(" ".join(tokens[name_start + 1 :]))
        ):
            name_start += 1  # "… Pendidikan dan Kebudayaan Ahmad Mahendra": a portfolio ends the role
        if name_start >= 2 and unit_number(tokens, name_start - 1):
            # "Kordinator Lapangan Posko … SMPN 1 Cisarua": the word after a unit's number is the unit's place
            return Speaker(mention, mention, kind="person" if title_kind != "organization" else title_kind)
        name_tokens = [t for t in tokens[name_start:] if t != ","]
        role_tokens = [t for t in tokens[:name_start] if t != ","]
        if (
            len(role_tokens) >= 2
            and role_tokens[-1].isdigit()
            and len(role_tokens[-1]) <= 4
            and is_acronym(role_tokens[-2])
            and self.gazetteer.is_place_or_org(" ".join(name_tokens))
        ):
            # "Pihak SMAN 11 Semarang": a unit's acronym and number before a known place are its name, the place no
            # speaker of its own; after a person's title someone there is described ("Guru SMAN 3 Malang")
            if title_kind == "person":
                return Speaker(mention, mention, kind="person")
            return Speaker(
                mention,
                " ".join([*role_tokens[-2:], *name_tokens]),
                role=" ".join(role_tokens[:-2]),
                kind="organization",
            )
        if self._continues_place(name_tokens, role_tokens):
            # "warga Bekasi Utara": what is left is the end of a place's name, and the place is the speaker
            name_tokens, role_tokens, title_kind = role_tokens[-1:] + name_tokens, role_tokens[:-1], "organization"
        if not name_tokens:
            if title_kind == "organization" and role_tokens:
                name_tokens, role_tokens = role_tokens[-1:], role_tokens[:-1]
            else:
                return Speaker(mention, mention, kind=self._kind_of(tokens, title_kind or "person"))
        if title_kind == "person" and self._ends_in_institution(name_tokens, role_tokens[-1] if role_tokens else ""):
            if self.head_noun_last and len(role_tokens) == 1 and len(name_tokens) == 1:
                # "Justice Department": where the head noun comes last, a title's word before one institution's word
                # names the body's portfolio, and the whole is the body
                return Speaker(mention, mention, kind="organization")
            # "Kasubdit I Dittipidsiber Bareskrim Polri": a title and the unit it heads, a role that names no one
            return Speaker(mention, mention, kind="person")
        # (a plural's possessive too: "KGI Securities' Ming Chi Kuo")
        owner = next((k for k, t in enumerate(name_tokens[:-1]) if t.endswith(POSSESSIVE_ENDINGS)), None)
        if (
            owner is not None
            and self.is_person_name(" ".join(name_tokens[owner + 1 :]))
            and not (
                # "People's Daily" is a newspaper's name; "Britain's Daily Mail" is Britain's newspaper
                fold(name_tokens[-1]) in self.outlet_name_words
                and not self.is_place([without_possessive(t) for t in name_tokens[: owner + 1]])
            )
        ):
            # "Pando’s Michael Carney", "CNN’s Jake Tapper": whose the person is belongs to the role
            role_tokens, name_tokens = role_tokens + name_tokens[: owner + 1], name_tokens[owner + 1 :]
            title_kind = title_kind or "person"
        held = self._name_after_institution(name_tokens) if not title_kind else 0
        if held:  # "Hubungan Masyarakat Kementerian Keuangan Rosmauli": the end of a role, the ministry, the name
            role_tokens, name_tokens = role_tokens + name_tokens[:held], name_tokens[held:]
            title_kind = "person"
        name = " ".join(name_tokens)
        role = " ".join(role_tokens)
        if institution and all(self.names.in_dictionary(t) or is_acronym(t) for t in name_tokens):
            # "Kementerian Energi dan Sumber Daya Mineral", "Dinas Pemuda dan Olahraga": one institution's name,
            # not a person called "Sumber Daya Mineral" (words of the dictionary); "… dan Lembaga Internasional
            # Kadin Indonesia Diono Nurjadin" keeps its person
            return Speaker(mention, mention, kind="organization")
        if (
            title_kind == "organization"
            and len(role_tokens) == 1
            and is_capitalised(role_tokens[0])
            and fold(role_tokens[0]) in self.lex.organization_heads
            and all(self._common_word_of_a_name(t) for t in name_tokens[:-1])
            and (self._common_word_of_a_name(name_tokens[-1]) or self.is_place(name_tokens[-1:]))
        ):
            # "Lembaga Survei Indonesia", "Lembaga Bantuan Hukum Jakarta": a capitalised body's word before words of
            # the dictionary (and perhaps its place) opens one institution's name, no body called "Survei
            # Indonesia" ("lembaga survei Indikator", in lower case, describes the body it names)
            return Speaker(mention, mention, kind="organization")
        placed = [t for t in name_tokens if not is_roman_numeral(t)]
        if not title_kind and role_tokens and placed and len(placed) < len(name_tokens) and self.is_place(placed):
            # "Kanwil DJP Jawa Tengah II": a place and the number of the office serving it, no one's name
            return Speaker(mention, mention, kind="organization")
        kind = self._kind_of(name_tokens, title_kind, role_tokens)
        if (
            kind == "organization"
            and not title_kind
            and len(name_tokens) == 1
            and fold(name_tokens[0]) in self.organization_words
            and role_tokens
            and all(is_capitalised(t) or t.isdigit() for t in role_tokens)
        ):
            # "IM 57+ Institute": a body's word alone is no name, and what stands before it is the rest of the name
            return Speaker(mention, mention, kind="organization")
        if kind == "organization" and role_tokens and role_tokens[0].islower() and self.is_place(name_tokens):
            # "warga Kecamatan Sukaraja", "warga New Jersey": a resident of a place, described, not the place
            return Speaker(mention, " ".join(tokens), kind="person")
        if (
            kind in ("person", "organization")
            and role_tokens
            and self._no_name_left(name_tokens, role_tokens, title_kind, kind)
        ):
            return Speaker(mention, mention, kind="organization")
        return Speaker(mention, name, role=role, kind=kind)

    def _no_name_left(self, name_tokens: list[str], role_tokens: list[str], title_kind: str, kind: str) -> bool:
        """Is what was taken for a person's name after a role the end of one body's name? A role never ends with a
        word joining a name but a conjunction ("Indonesian Society of | Steel Construction": `[organizations]
        inner_words`, not `[speaker] conjunctions` nor `title_joiners`, "Lenovo and | BlackBerry"; not after a
        person's title, which says someone is named: "Direktur Institute for Research on | Economics and Finance
        Wulan Kartika Sari"); a place word alone is no one's name
        ("Majelis Mujadalah Kiai | Kampung"); and with no person's title before, a known place is where the body sits
        ("Kedutaan Besar RI (KBRI) | Phnom Penh") and one word after a place word ends the place ("SDN Gadis |
        Cisaat")."""
        joining = fold(role_tokens[-1])
        if (
            role_tokens[-1].islower()
            and joining in self.inner_words
            and joining not in self.conjunctions
            and joining not in self._title_joiners
            and title_kind != "person"
            and not self.lex.determiners.match(f"{role_tokens[-1]} ")
        ):
            # ("Lenovo and BlackBerry said …" joins two speakers, "newspaper the Kyunghyang Shinmun" names after its
            # article: not one name)
            return True
        if len(name_tokens) == 1 and fold(name_tokens[0]) in self.place_words:
            return True
        if title_kind == "person" or kind != "person":
            return False
        return self.is_place(name_tokens) or (len(name_tokens) == 1 and fold(role_tokens[0]) in self.place_words)

    def _office_named_by_title(self, tokens: list[str]) -> bool:
        """An institution whose name holds a title right after its head word ("Direktorat Jenderal Pajak", "Kantor
        Jaksa Agung Spanyol"): the title is part of the name, and no person follows ("Kantor Staf Presiden
        Moeldoko" ends with one)."""
        if (
            len(tokens) < 3
            or not all(is_capitalised(t) for t in tokens)
            or fold(tokens[0]) not in self.lex.organization_heads
        ):
            return False
        size, _ = self._title_at(tokens, 1)
        tail = tokens[1 + size :]
        return bool(size and tail) and not any(self.is_person_name(" ".join(tail[k:])) for k in range(len(tail)))

    def is_place(self, tokens: list[str]) -> bool:
        """Is this a place's name: a gazetteer place, a place word and its name, or a place and its continuation?"""
        known = self.gazetteer.lookup(" ".join(tokens))
        return (
            (known is not None and known.kind == "place")
            or fold(tokens[0]) in self.place_words
            or (len(tokens) == 1 and fold(tokens[0]).rstrip(".") in self.place_abbreviations)  # "Fla.", "N.L."
            or (len(tokens) >= 2 and all(fold(t) in self.place_continuations for t in tokens[1:]))
            or (len(tokens) >= 2 and fold(tokens[-1]) in self.place_endings and tokens[-1][:1].isupper())
        )

    def _body_joined_by_conjunction(self, tokens: list[str], at: int) -> bool:
        """Is the phrase's only lower-case word a conjunction between capitals, with no title before its end, ending in
        an organisation's word, perhaps then a title ("Security and Defense Commission MP", "Smith and Wesson Holding
        Corporation")?"""
        if not (0 < at < len(tokens) - 1) or fold(tokens[at]) not in self.conjunctions:
            return False
        if not all(is_capitalised(t) for i, t in enumerate(tokens) if i != at):
            return False
        if any(self._title_at(tokens, i)[0] for i in range(len(tokens) - 1)):
            return False  # "Dirjen Integrasi Transportasi dan Multimoda Kemenhub Risal Wasal": a title's portfolio
        body = tokens[:-1] if self._title_at(tokens, len(tokens) - 1) == (1, "person") else tokens
        return len(body) > at + 2 and (
            fold(body[-1]) in self.organization_words or fold(body[-1]) in self.lex.organization_heads
        )

    def _joined_by_connector(self, tokens: list[str], at: int) -> Speaker | None:
        """A phrase whose last lower-case word joins capitals ("Ministry of Health", "Minister of Agriculture Andi
        Amran Sulaiman", "Secretary of Homeland Security Alejandro Mayorkas"): an institution's name is whole (an
        empty name says so); after a title, the portfolio is one word and the organisation words after it, and
        the name what follows. None when the phrase is not so made."""
        if self._body_with_inner_words(tokens):
            return Speaker("", "", kind="organization")  # "Center for Strategic and International Studies": whole
        if (
            0 < at < len(tokens) - 1
            and tokens[at] in self.role_connectors
            and self._plural_head(tokens[at - 1])
            and any(fold(t) in self.conjunctions for t in tokens[:at])
            and all(is_capitalised(t) or fold(t) in self.conjunctions for t in tokens[:at])
        ):
            return Speaker("", "", kind="organization")  # "Defense and Interior Ministries of Iraq": bodies, whole
        if (
            at <= 0
            or at + 1 >= len(tokens)
            or tokens[at] not in self.role_connectors
            or not (is_capitalised(tokens[at - 1]) and all(is_capitalised(t) for t in tokens[:at]))
        ):
            return None
        titled = self._titled_after_institution(tokens, at)
        if titled is not None:
            return titled
        if fold(tokens[0]) in self.lex.organization_heads:
            return Speaker("", "", kind="organization")
        if not any(self._title_at(tokens, i)[0] for i in range(at)):
            # capitals on both sides of the connector and no title before it: a person of an institution ("John
            # Smith of Goldman Sachs"), or one name ("Cult of Mac"); never a person named after "of"
            if all(is_capitalised(t) for t in tokens[:at] + tokens[at + 1 :]):
                before = " ".join(tokens[:at])
                if self.is_person_name(before) and (at >= 2 or len(tokens) - at > 2):
                    return Speaker(" ".join(tokens), before, role=" ".join(tokens[at:]), kind="person")
                return Speaker("", "", kind="organization")
            return None
        opening, size = next((i, found) for i in range(at) if (found := self._title_at(tokens, i)[0]))
        named = opening + size
        while named < at and (more := self._title_at(tokens, named)[0]):
            named += more  # titles written together: "Republican Rep. Lee Zeldin"
        if 0 < at - named <= 3 and self.is_person_name(" ".join(tokens[named:at])):
            # "Dr. Dan Greenwald of Bayshore Plastic Surgery", "Republican Rep. Lee Zeldin of New York": a titled
            # person of an institution or a place, not a title of a portfolio ("Minister of Agriculture Andi Amran
            # Sulaiman")
            return Speaker(" ".join(tokens), " ".join(tokens[named:at]), role=" ".join(tokens[:named] + tokens[at:]))
        if opening or self.is_place(tokens[at + 1 :]):
            return None  # ("Democrat of New York": a place after the connector, not a portfolio and a name)
        end = at + 2
        while end < len(tokens) - 1 and fold(tokens[end]) in self.organization_words:
            end += 1
        name = tokens[end:]
        if not name or not self.is_person_name(" ".join(name)):
            return None
        mention = " ".join(tokens)
        return Speaker(mention, " ".join(name), role=" ".join(tokens[:end]), kind="person")

    def _plural_head(self, word: str) -> bool:
        """Is the word the plural of a body's head word ("Ministries", "Departments")?"""
        folded = fold(word)
        return word[:1].isupper() and (
            folded.endswith("ies")
            and folded[:-3] + "y" in self.lex.organization_heads
            or folded.endswith("s")
            and folded[:-1] in self.lex.organization_heads
        )

    def _body_with_inner_words(self, tokens: list[str]) -> bool:
        """Capitals ending in a body's head word or its plural, then one of the lower-case words a body's name holds
        (`[organizations] inner_words`: "of", "for", "and" …), then capitals and such words only: "Center of Economic
        and Law Studies", "Institute for Development of Economics and Finance", "Centers for Disease Control and
        Prevention", "Syrian Observatory for Human Rights" (a conjunction inside would otherwise split it into a role
        and a person, "Law Studies", "Prevention"). Three capitals or more after its last such word may end in a
        person's name ("… and Finance Tauhid Ahmad"): then not."""
        inner = self.inner_words
        first = next((at for at, token in enumerate(tokens) if token.islower()), 0)
        if not (
            first >= 1
            and len(tokens) >= first + 3
            and self._body_head(tokens[first - 1])
            and fold(tokens[first]) in inner
            and is_capitalised(tokens[-1])
            and all(is_capitalised(t) or fold(t) in inner for t in tokens)
        ):
            return False
        tail = len(tokens) - 1 - max(i for i, t in enumerate(tokens) if fold(t) in inner)
        return tail <= 2 or not self.is_person_name(" ".join(tokens[-2:]))

    @cached_property
    def _title_joiners(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "title_joiners"))

    def _body_head(self, word: str) -> bool:
        """Is the word a body's head or one of its words, or their plural ("Institute", "Observatory", "Centers")?"""
        folded = fold(word)
        known = self.lex.organization_heads
        words = self.organization_words
        return (
            folded in known or folded in words or self._plural_head(word) or folded[-1:] == "s" and folded[:-1] in words
        )

    @cached_property
    def inner_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("organizations", "inner_words"))

    def _titled_after_institution(self, tokens: list[str], at: int) -> Speaker | None:
        """An institution's name joined by its connector, then a title, then a person's name: "Centers for Disease
        Control Director Thomas Frieden", "Department of Homeland Security Secretary Jeh Johnson". The person
        speaks; the institution and the title are the role. None unless a full name (two words or more) ends it.
        Not where a title opens the phrase ("Minister of Agriculture Andi Amran Sulaiman": the portfolio's words)."""
        if self._title_at(tokens, 0)[0]:
            return None
        for i in range(at + 2, len(tokens) - 2):
            size = self._title_at(tokens, i)[0]
            if not size:
                continue
            name = tokens[i + size :]
            if len(name) >= 2 and all(is_capitalised(t) for t in name) and self.is_person_name(" ".join(name)):
                return Speaker(" ".join(tokens), " ".join(name), role=" ".join(tokens[: i + size]), kind="person")
            return None
        return None

    def _listed(self, mention: str) -> Speaker | None:
        """Several people named together speak as a group: "Anies Baswedan, Ridwan Kamil, dan Ganjar Pranowo",
        "Senators John Smith, Mary Jones and Bob Lee" (a title before the first name is the group's role)."""
        parts = [p.strip() for p in self.list_separator.split(mention) if p.strip()]
        if len(parts) < 2 or "(" in mention or ")" in mention:
            return None
        if (
            fold(parts[0]) in self.lex.pronouns
            and len(parts) == 2
            and any(fold(word) in self.list_conjunctions for word in mention.split())
            and (self.is_person_name(parts[1]) or self._titled_in_list(parts[1]))
        ):
            # "He and Sam Wood said …", "she and Sen. Bernie Sanders": two who spoke together, one of them by a
            # pronoun; never the named one alone
            return Speaker(mention, mention, kind="group")
        first = self._parse_once(parts[0])
        if (
            first.role
            and len(parts) == 2
            and any(fold(word) in self.conjunctions for word in mention.split())
            and self._portfolio_goes_on(first.name, parts[-1])
        ):
            return None  # "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Tjahjo Kumolo": one title
        names = [first.name, *(self._without_home(part) for part in parts[1:])]
        joined = any(fold(word) in self.list_conjunctions for word in mention.split())
        # one word each, a body's among them: "Lenovo and BlackBerry", "Microsoft and IBM"
        bodies = (
            joined
            and not first.role
            and any(self._one_word_body(n) for n in names)
            and all(len(n.split()) == 1 and (self._one_word_body(n) or self.is_person_name(n)) for n in names)
        )
        if not bodies and not all(self.is_person_name(n) or joined and self._titled_in_list(n) for n in names):
            return None
        first_home = self._home_after(parts[0], first)
        if (
            first.role
            and not first_home
            and not (
                self.opens_with_role(first.role)
                and len(first.role.split()) <= 4
                and all(
                    w[:1].isupper() or fold(w) in self.role_words or self._plural_of_a_speaker(w)
                    for w in first.role.split()
                )
            )
        ):
            return None  # the first part must be a name, or a title and a name: not a clause ending in a name
        role = "" if first_home else first.role  # "Elijah Cummings of Maryland and …": no role of the group
        start = mention.index(first.name) if first.role and first.name in mention else 0
        name = mention[start:].strip(" ,")
        for part in parts:
            # each of the others by their name too, as the first: "Hillary Clinton and Donald Trump" of "Democrat
            # Hillary Clinton and Republican Donald Trump" (their titles are no words of the group's name)
            parsed = first if part is parts[0] else self._parse_once(part)
            if part is not parts[0] and parsed.role and parsed.name and part.endswith(parsed.name):
                if self._titled_in_list(part):
                    name = name.replace(part, parsed.name, 1)
            elif self._home_after(part, parsed):
                # "Reps. Elijah Cummings of Maryland and John Conyers of Michigan": each one's state is no word of
                # the group's name
                name = name.replace(part, parsed.name, 1)
        return Speaker(mention, name, role=role, kind="group")

    def _common_word_of_a_name(self, token: str) -> bool:
        """A word of the dictionary that is no given name, or an acronym: a word an institution's name is made of
        ("Survei", "Bantuan", "Hukum", "LSI")."""
        return (self.names.in_dictionary(token) and fold(token) not in self._given_names) or is_acronym(token)

    def _one_word_body(self, part: str) -> bool:
        """Is the part one capitalised word that names a body by itself, an acronym or a brand's coined word ("IBM",
        "BlackBerry", "YouTube"), no title, role or word of the dictionary? Listed with others by a conjunction
        ("Lenovo and BlackBerry said …"), each speaks: a list of such bodies alone is a group, not its last member."""
        words = part.split()
        if len(words) != 1 or not is_capitalised(words[0]):
            return False
        word = words[0]
        return (
            (is_acronym(word) or self.coined(word) or self._parse_once(word).kind == "organization")
            and fold(word) not in self.role_words
            and not self.names.dictionary_word(word)
        )

    def _without_home(self, part: str) -> str:
        """The part without where its person is from ("John Conyers of Michigan" → "John Conyers")."""
        parsed = self._parse_once(part)
        return parsed.name if self._home_after(part, parsed) else part

    def _home_after(self, part: str, parsed: Speaker) -> bool:
        """Is the part a person's name and then where they are from ("Elijah Cummings of Maryland": the parsed name,
        then `[names] origin_markers` and a place)?"""
        if not parsed.name or not part.startswith(parsed.name) or not self.is_person_name(parsed.name):
            return False
        rest = part[len(parsed.name) :].split()
        return len(rest) > 1 and fold(rest[0]) in self.origin_markers and self.is_place(rest[1:])

    @cached_property
    def origin_markers(self) -> frozenset[str]:
        """The words that say where a person is from (`[names] origin_markers`: "Jane Doe of Tulsa")."""
        return frozenset(self.lex.words_of("names", "origin_markers"))  # (folded by the schema)

    def _titled_in_list(self, part: str) -> bool:
        """Is one part of a list joined by "and"/"dan" a person written with an honorific and a surname ("Mr. King":
        a title's word after it is still the name) or with a person's title and a name ("Speaker Nancy Pelosi")?
        ("Kristen Day, executive director of …" is a name and its role, no list: no "and" joins them.)"""
        words = part.split()
        if not words or not is_capitalised(words[0]):
            return False
        if 2 <= len(words) <= 4 and self.names.is_honorific(words[0]) and all(is_capitalised(w) for w in words[1:]):
            return True
        parsed = self._parse_once(part)
        return (
            parsed.kind == "person"
            and not parsed.pronoun
            and bool(parsed.role)
            and self.opens_with_person_title(part)
            and self.is_person_name(parsed.name)
        )

    def _portfolio_without_holder(self, mention: str, tokens: list[str]) -> Speaker | None:
        """A title or an institution's head word, then a portfolio of dictionary words in two halves joined by one
        conjunction, and nothing after it: "Menteri Pendidikan dan Kebudayaan", "Kepala Dinas Pemuda dan Olahraga"
        (an office, whose holder the phrase does not name: no person called "Kebudayaan"), "laman Kementerian Energi
        dan Sumber Daya Mineral", "juru bicara Kementerian …" (the body, what of it spoke before it in lower case, as
        "juru bicara Kementerian Luar Negeri" is read). Where the head noun comes first only; a name after the
        portfolio ("… Reformasi Birokrasi Tjahjo Kumolo") or a title after the conjunction ("Menteri Agama dan
        Menteri Keuangan", two people) is no portfolio alone."""
        if self.head_noun_last:
            return None
        title, title_kind = self._title_at(tokens, 0)
        lead = title if title_kind == "person" else 0  # ("Juru bicara Kementerian …" opening a sentence)
        start = next((at for at in range(lead, len(tokens)) if is_capitalised(tokens[at])), None)
        if start is None:
            return None
        named = tokens[start:]
        joins = [at for at, token in enumerate(named) if fold(token) in self.conjunctions]
        if len(joins) != 1 or not all(is_capitalised(t) for at, t in enumerate(named) if at != joins[0]):
            return None
        body = fold(named[0]) in self.lex.organization_heads
        if not body and not (lead and start == lead):
            return None
        portfolio_from, join = (1 if body else 0), joins[0]
        if not portfolio_from < join < len(named) - 1 or self._title_at(named, join + 1)[0]:
            return None
        portfolio = [t for at, t in enumerate(named[portfolio_from:], portfolio_from) if at != join]
        if not all(self.names.dictionary_word(t) or self.names.nominalised(t) or is_acronym(t) for t in portfolio):
            return None
        if not body:
            return Speaker(mention, mention, kind="person")
        if not start:
            return Speaker(mention, mention, kind="organization")
        role, name = mention.split(None, start)[:start], mention.split(None, start)[start]
        return Speaker(mention, name, role=" ".join(role), kind="organization")

    def _portfolio_goes_on(self, first: str, last: str) -> bool:
        """After a title, is the first of two parts joined by "dan" words of the dictionary only ("Aparatur Negara"),
        and the last more such words, not a title, then a name ("Reformasi Birokrasi Tjahjo Kumolo")? Then "dan" joins
        the two halves of one portfolio, not two people."""
        words = last.split()
        if not first.split() or not all(self.names.dictionary_word(w) for w in first.split()) or len(words) < 2:
            return False
        lead = 0
        while lead < len(words) and is_capitalised(words[lead]) and self.names.dictionary_word(words[lead]):
            lead += 1
        return 0 < lead < len(words) and not self._title_at(words, 0)[0]

    # --- where the name begins ------------------------------------------------------------------------------
    def month_opening_name(self, tokens: list[str], at: int) -> bool:
        """Is the month's name at `at` a person's first name: after an acronym, before two words of a name ("BI
        Juli Budi Winantya") or after a royal title given as a name ("Menteri Kehutanan Raja Juli Antoni")? A date
        has a number or a preposition next to its month."""
        if fold(tokens[at]) not in self.month_names or at == 0:
            return False
        if fold(tokens[at - 1]) in self.royal_names:
            return len(tokens) - at >= 2 and all(self.name_like(token) for token in tokens[at + 1 :])
        return is_acronym(tokens[at - 1]) and len(tokens) - at >= 3 and all(self.name_like(t) for t in tokens[at + 1 :])

    def _person_after_organization(self, tokens: list[str], name_start: int) -> int:
        """Where a person's name begins after a title and an institution: "Ketua Pengurus Besar Ikatan Dokter
        Indonesia Daeng M Faqih" → at "Daeng". The name is the name-like words at the end, four at most."""
        start = len(tokens)
        while (
            start > name_start
            and len(tokens) - start < 4
            and tokens[start - 1] != ","
            and (
                self.name_like(tokens[start - 1])
                or self.month_opening_name(tokens, start - 1)
                or self.royal_name_at(tokens, start - 1, "person")
            )
        ):
            start -= 1
        for at in range(start, len(tokens) - 1):  # a known institution or place among them is not the name's
            size = self.known_at(tokens, at)
            if size and at + size < len(tokens):
                start = at + size
        start = self._given_name_opening(tokens, start)
        if (
            start > name_start
            and len(tokens) - start >= 3
            and fold(tokens[start - 1]) in self.lex.organization_heads
            and not is_acronym(tokens[start - 1])
            and self.names.in_dictionary(tokens[start - 1])
            and fold(tokens[start]) not in self.opening_given_names
        ):
            # a head that is a common noun ("Bank", "Yayasan") names no body alone: the word after it is the body's
            # ("Ekonom Bank Mandiri Andi Wirawan" → at "Andi")
            start += 1
        if start > name_start and (
            fold(tokens[start - 1]) in self.place_words or fold(tokens[start - 1]) in self.association_heads
        ):
            # "Kabupaten Bekasi", "Serikat Petani": the word after a place word or an association's head is the
            # place's or the association's, and one word after it is a name
            placed = self.past_places(tokens, start - 1, titled=True)
            return placed if placed >= start else name_start
        if start >= len(tokens) or start == name_start:
            return name_start
        if len(tokens) - start == 1 and not (
            is_acronym(tokens[start - 1])
            or self.gazetteer.is_place_or_org(tokens[start - 1])
            or self.lex.organization_heads.made_on_prefix(fold(tokens[start - 1]))  # "… Kemenperin Mediarman"
        ):
            # one word after an institution is more likely its end than a name (after "Banten", a name)
            return name_start
        return start

    def _given_name_opening(self, tokens: list[str], start: int) -> int:
        """Where a name begins in the words after an institution, at a given name that only ever opens one
        (`[names] opening_given_names`: "… Universitas Lambung Mangkurat Muhammad Handry Imansyah" → at
        "Muhammad"), when more of the name follows it and it does not follow another such name ("Muhammad"
        after "Muhammad" is a second given name); `start` otherwise ("Ketua DPD Fadel Muhammad"). Only where the
        words that may be a name went on before `start`, so that four of them were taken at a guess: after a known
        place the name begins there ("Ketua KPU Makassar Andi Muhammad Yasir Arafat")."""
        if start == 0 or not self.name_like(tokens[start - 1]):
            return start
        for at in range(start + 1, len(tokens) - 1):
            if fold(tokens[at]) in self.opening_given_names and fold(tokens[at - 1]) not in self.opening_given_names:
                return at
        return start

    def _maker_of_document(self, words: list[str]) -> list[str] | None:
        """The capitalised words of whose a document is, where the head noun comes last: the document's noun in lower
        case at the end (`[speaker] documents`), one run of capitalised words before it, and around them only words
        that describe the document (`describes_document`: "the latest Gallup survey", "a new CNN/ORC poll", "an
        online Morning Consult tracking poll"); six words at most, four when none describes it. None for a
        possessive, a demonstrative or a function word first ("His report", "This report")."""
        if not self.head_noun_last or not 1 < len(words) <= 6 or not words[-1].islower():
            return None
        if fold(words[-1]) not in self.documents:
            return None
        if fold(words[0]) in self.names.function_words or fold(words[0]) in self.possessive_determiners:
            return None
        if fold(words[0]) in self.demonstratives:
            return None
        capitalised = [at for at, word in enumerate(words[:-1]) if word[:1].isupper()]
        if not capitalised or capitalised != list(range(capitalised[0], capitalised[-1] + 1)):
            return None
        if len(words) - len(capitalised) == 1 and len(words) > 4:
            return None  # (a long run of capitals with no word describing the document goes to `possessor_of_document`)
        if len(words) - len(capitalised) > 1 and not all(
            self.describes_document(word) for at, word in enumerate(words[:-1]) if at not in capitalised
        ):
            return None
        return words[capitalised[0] : capitalised[-1] + 1]

    def describes_document(self, word: str) -> bool:
        """A lower-case word that tells what kind of document or how new: `[cues] adjectives` ("new", "recent"),
        `[speaker] document_modifiers` ("online", "tracking", "exit"), a superlative ("latest")."""
        folded = fold(word)
        return word.isalpha() and (folded in self._document_describers or len(folded) > 5 and folded.endswith("est"))

    @cached_property
    def _document_describers(self) -> frozenset[str]:
        return frozenset(
            fold(w)
            for w in (*self.lex.words_of("cues", "adjectives"), *self.lex.words_of("speaker", "document_modifiers"))
        )

    def _named_document(self, words: list[str]) -> bool:
        """Do the words name a document by its noun (`[speaker] documents`) and then its name or its body's,
        capitalised, perhaps with a year ("Laporan BNPB", "dokumen Nota Keuangan 2026")?"""
        return fold(words[0]) in self.documents and all(is_capitalised(word) or word.isdigit() for word in words[1:])

    @cached_property
    def opening_given_names(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("names", "opening_given_names"))

    def only_place(self, phrase: str) -> bool:
        """Is the phrase a place or an institution the gazetteer knows, or words none of which could be a name
        ("Jawa Barat", "Stasiun Klimatologi Bogor" aside, "Provinsi Jateng")?"""
        return self.gazetteer.is_place_or_org(phrase) or not any(self.name_like(t) for t in phrase.split())

    def glossed_person_or_place(self, phrase: str) -> bool:
        """Can what follows a short form in brackets end a speaker phrase: a person's name ("Menteri Agama (Menag)
        Nasaruddin Umar") or the place an institution serves ("Badan Pusat Statistik (BPS) Jawa Barat")?"""
        after = self.parse(phrase)
        return (after.kind == "person" and not after.pronoun and self.is_person_name(after.name)) or self.only_place(
            phrase
        )

    def name_begins(self, tokens: list[str], start: int, low: int, titled: bool = False) -> int:
        """Where a person's name begins: at a word that opens names, from `low` on ("Candi Prambanan I Gusti Made
        Arta" → at "I"), else after the places that open tokens[start:] (and, after a person's title, the
        associations: `past_places`)."""
        for at in range(low, len(tokens) - 1):
            if tokens[at].casefold() in self.opener_starts:
                size = self.opener_at(tokens, at)
                if size and at + size < len(tokens):
                    return at
        return self.past_places(tokens, start, titled)

    def past_places(self, tokens: list[str], start: int, titled: bool = False) -> int:
        """Where a name begins after the places that open tokens[start:]: a place word and the word after it
        ("Kabupaten Bekasi Alamsyah" → at "Alamsyah"), words that continue the place before them ("Sumatera
        Selatan Darma Budhi" → at "Darma"). `start` when places are all there is, or a known place follows.
        `titled` (after a person's title): an association's head and the word after it too, since an association
        is named by whom it gathers ("Ketua Serikat Petani Budi Santoso" → at "Budi"); alone, the whole phrase
        may be the association's name ("Asosiasi Fintech Pendanaan Bersama Indonesia")."""
        at = start
        while at < len(tokens):
            word = fold(tokens[at])
            if (
                (word in self.place_words or titled and word in self.association_heads)
                and at + 1 < len(tokens)
                and not (at and tokens[at - 1].casefold() in self.connectors)
            ):
                if fold(tokens[at + 1]) in self.place_words and at + 2 < len(tokens):
                    at += 1  # "Puskesmas Kelurahan Palmerah II": a place word after it, whose own place follows
                    continue
                # the place or body after it may be a known name of several words: "Fraksi PDI Perjuangan DPR RI"
                at += 1 + max(1, self.known_at(tokens, at + 1))
                if tokens[at - 1].casefold() in self.name_particles and at < len(tokens):
                    at += 1  # "Pondok Pesantren Al Khoziny", "Masjid Al Azhar": the place's name goes on after "Al"
            elif word in self.place_continuations and at > 0 and self._ends_place(tokens[at - 1]):
                at += 1
            else:
                break
        if at == start or at >= len(tokens) or self.gazetteer.is_place_or_org(" ".join(tokens[at:])):
            return start
        return at

    def _ends_place(self, token: str) -> bool:
        """Can a place's name end with this word, so that "Selatan" after it continues it? Not a title ("Pelatih
        Timur Kapadze") and not an acronym, which may be initials ("Wali Kota IGN Jaya Negara")."""
        return is_capitalised(token) and not is_acronym(token) and fold(token) not in self.role_words

    def _continues_place(self, name_tokens: list[str], role_tokens: list[str]) -> bool:
        """Is the name only words that continue the place ending the role ("warga Bekasi" + "Utara")?"""
        return (
            bool(name_tokens)
            and bool(role_tokens)
            and self._ends_place(role_tokens[-1])
            and all(fold(t) in self.place_continuations for t in name_tokens)
        )

    def unit_office(self, tokens: Sequence[str]) -> bool:
        """Are the tokens a unit's head title and one word, the unit ("Kasi Intel", "Kanit Reskrim": `[titles]
        unit`)? An office, no one's name."""
        return any(
            fold(" ".join(tokens[:size])) in self.unit_titles and len(tokens) == size + 1
            for size in range(1, min(self.lex.longest_title, len(tokens) - 1) + 1)
        )

    def office_of_a_body(self, phrase: str) -> bool:
        """Is the phrase a person's title and the body or place it serves, no word of a name ("Kepala BPJPH RI",
        "Ketua DPRD Jatim")? An office, whose holder the article may name elsewhere."""
        words = phrase.split()
        return (
            len(words) > 1 and self.opens_with_person_title(phrase) and not any(self.name_like(word) for word in words)
        )

    def _after_region(self, tokens: list[str], name_start: int) -> int:
        """After a regional title the region comes first: "Bupati Majalengka Eman Suherman" → at "Eman"; after a
        company officer's title the company does ("CEO Tokopedia William Tanuwijaya" → at "William"), unless the
        name opens with a given name that only opens names ("CEO Muhammad Rizky Pratama")."""
        name = [t for t in tokens[name_start:] if t != ","]
        if len(name) < 3 or name_start == 0:
            return name_start
        for size in range(min(self.lex.longest_title, name_start), 0, -1):
            title = fold(" ".join(tokens[name_start - size : name_start]))
            if title in self.regional_titles:
                return name_start + 1
            if title in self.company_titles and fold(name[0]) not in self.opening_given_names:
                return name_start + 1
            if title in self.unit_titles and len(name) >= 4 and self.names.in_dictionary(name[0]):
                return name_start + 1  # "Kepala Seksi Intelijen Brian Kukuh Mediarto": the unit, then the name
        return name_start

    def _only_a_place(self, tokens: list[str]) -> bool:
        """Are the tokens a place word, the place's name and words continuing it, and nothing else ("Kecamatan Mlati",
        "Kabupaten Bekasi Utara", "Pondok Pesantren Al Khoziny": a particle's word is the name's too)?"""
        head = (
            2
            if fold(" ".join(tokens[:2])) in self.place_words
            else 1
            if tokens and fold(tokens[0]) in self.place_words
            else 0
        )
        if not head:
            return False
        named = head + (2 if len(tokens) > head + 1 and tokens[head].casefold() in self.name_particles else 1)
        return all(fold(t) in self.place_continuations for t in tokens[named:])

    def station_number(self, tokens: list[str], i: int) -> bool:
        """Is tokens[i] a station's number before its outlet's word, where noun phrases end with their head ("10 News",
        "FOX 2 News": `[speaker] outlet_name_words`)?"""
        return (
            self.head_noun_last
            and tokens[i].isdigit()
            and len(tokens[i]) <= 2
            and i + 1 < len(tokens)
            and is_capitalised(tokens[i + 1])
            and fold(tokens[i + 1]) in self.outlet_name_words
        )

    def _kind_of(self, name_tokens: list[str], title_kind: str, role_tokens: Sequence[str] = ()) -> str:
        name = " ".join(name_tokens)
        known = self.gazetteer.lookup(name)
        if known is not None:
            return known.speaks_as
        if title_kind == "organization":
            return "organization"
        if any(self.station_number(name_tokens, i) for i in range(len(name_tokens))):
            return "organization"  # "10 News", "WFLA 8 News": a station, no person
        first = fold(name_tokens[0]) if name_tokens else ""
        if self._only_a_place(name_tokens):
            return "organization"  # "warga Kecamatan Mlati": a place speaks as an institution does
        if first in self.lex.organization_heads or fold(" ".join(name_tokens[:2])) in self.lex.organization_heads:
            return "organization"
        if any(fold(t) in self.lex.organization_heads for t in name_tokens[1:]) and not title_kind:
            return "organization"
        if title_kind == "person":
            return "person"
        if name_tokens and name_tokens[-1].isalpha() and self.coined(name_tokens[-1]):
            return "organization"  # "Iraq TradeLink reported": a brand's coined word ends no person's name
        if self.lex.acronyms_are_organizations and all(is_acronym(t) for t in name_tokens):
            return "organization"
        if (
            self.lex.acronyms_are_organizations
            and len(name_tokens) > 1
            and is_acronym(name_tokens[0])
            and len(name_tokens[0]) >= 3  # ("RP Solanki", "H.R. McMaster": initials)
            and (self.gazetteer.is_place_or_org(" ".join(name_tokens[1:])) or fold(name_tokens[1]) in self.place_words)
        ):
            # with no title before it, an acronym and then a place is a body and the place it serves ("HAM Jabar",
            # "DPMPTSP Kota Mataram", "CNN Indonesia"), not a person named so
            return "organization"
        if (
            self.lex.flag("organizations", "acronym_ends_a_body")
            and len(name_tokens) > 1
            and is_acronym(name_tokens[-1])
            and len(name_tokens[-1]) >= 3
            and not is_roman_numeral(name_tokens[-1])
        ):
            return "organization"  # "British ISIS", "Kurdish YPG": a body's acronym ends no person's name
        if any(_WEB_ADDRESS.search(t) for t in name_tokens):
            return "organization"  # "RadarOnline.com", "detik.com": a site speaks as an institution does
        if fold(name) in self.lex.common_speakers:
            plural = (
                name.endswith(self.plural_endings)
                or fold(name.split()[-1]) in self.plural_nouns
                or fold(name) in self.plural_quantifiers  # "Many said …", "Some accused …": people, no one person
            )
            return "group" if plural else "person"
        if (
            len(name_tokens) > 1
            and fold(name_tokens[0]) in self.plural_quantifiers
            and fold(" ".join(name_tokens[1:])) in self.lex.common_speakers
        ):
            return "group"  # "Banyak warga yang meminta …", "sejumlah pedagang": many people, no one person
        return "person"

    @cached_property
    def _given_names(self) -> frozenset[str]:
        """Given names of either sex in every language data/given_names.toml lists (a press names people from
        anywhere), folded."""
        return frozenset(name for code in available_languages() for names in given_names(code) for name in names)

    @cached_property
    def indefinite_articles(self) -> frozenset[str]:
        """Indefinite articles (`[speaker] apposition_articles`: "a", "an", "another")."""
        return frozenset(w.casefold() for w in self.lex.words_of("speaker", "apposition_articles"))

    @cached_property
    def plural_quantifiers(self) -> frozenset[str]:
        """Quantifiers of many (`[speaker] plural_quantifiers`: "banyak", "sejumlah", "many", "several")."""
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "plural_quantifiers"))

    # --- what a phrase holds, as parsed ---------------------------------------------------------------------
    def is_role(self, phrase: str) -> bool:
        """Is the phrase a role without a name: "juru bicara Kremlin", "the Charlotte-Mecklenburg police chief",
        "a Miami lawyer who …"? A title opens it, or a lower-case role word comes early in it."""
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if w.casefold() in self.relatives), len(words))
        phrase = " ".join(words[:cut])  # "a former minister [who is a critic of Mr. Peña Nieto]"
        if self.opens_with_role(phrase):
            return not self.names_a_person(phrase)
        tokens = [t for t in TOKEN.findall(phrase) if t not in ",()"][:6]
        return any(t.islower() and fold(t) in self.role_words for t in tokens) and not self.names_a_person(phrase)

    def names_a_person(self, phrase: str) -> bool:
        """Does a speaker phrase hold a person's name, as "Kepala BNPB Doni Monardo" does and
        "juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi" does not?"""
        if self.is_person_name(phrase) and not self.opens_with_role(phrase):
            return True  # (capitalised titles look like names: "Kasubdit I Dittipidsiber Bareskrim Polri" is parsed)
        speaker = self.parse(phrase)
        if speaker.kind != "person" or speaker.name == speaker.mention.strip() or not self.is_person_name(speaker.name):
            return False
        # the name must follow the title itself, not a lower-case connective ("president of … Teachers")
        before = speaker.mention[: speaker.mention.rfind(speaker.name)].split()
        return not before or not before[-1].islower()
