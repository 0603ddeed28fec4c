"""Speakers: split a speaker phrase into name, role and kind, and trim the name by what the document writes.

"Menteri Luar Negeri Rusia Sergei Lavrov" → name "Sergei Lavrov", role "Menteri Luar Negeri Rusia", person;
"Kantor berita Rusia TASS" → "TASS", role "Kantor berita Rusia", organisation. Which span is the phrase is
spans' question; whom a short form or a pronoun means is coreference's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from claimtrack.extract.names import NameEvidence, looks_coined, name_words
from claimtrack.extract.phrases import whole_word_spans
from claimtrack.extract.tokens import PUNCTUATION
from claimtrack.lexicon import Gazetteer, Lexicon, phrase_pattern
from claimtrack.textutil import fold

TOKEN = re.compile(r"\w(?:[\w'’-]|\.(?![A-Z][a-z]))*|[,()]")
_GLOSSED = re.compile(r"(?P<before>.*\S)\s*\((?P<gloss>[A-Z][\w .-]{0,20})\)\s+(?P<after>[A-Z][\w.'’ -]*)")


def is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


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
    return Speaker(speaker.mention, speaker.name, speaker.role, speaker.kind, speaker.start, speaker.end,
                   speaker.pronoun, list(speaker.aliases))


class SpeakerParser:
    """Parses speaker phrases with one language's titles and the gazetteer."""

    def __init__(self, lex: Lexicon, gazetteer: Gazetteer):
        self.lex = lex
        self.gazetteer = gazetteer
        titles = lex.person_titles | lex.organization_titles | lex.common_speakers
        filler = {w.casefold() for w in (*lex.words_of("speaker", "determiners"), *lex.words_of("speaker", "stops"))}
        self.name_particles = frozenset(w.casefold() for w in lex.words_of("names", "particles"))  # "bin", "van"
        self.connectors = frozenset(w.casefold() for w in lex.words_of("speaker", "name_connectors"))  # "of", "&"
        self.role_words = frozenset(w for t in titles for w in t.split() if w not in filler | self.connectors)
        self.organization_words = frozenset(fold(w) for w in lex.words_of("organizations", "words")) | frozenset(
            h for h in lex.organization_heads if " " not in h)
        self.place_words = frozenset(fold(w) for w in lex.words_of("organizations", "place_words"))
        self.place_continuations = frozenset(fold(w) for w in lex.words_of("organizations", "place_continuations"))
        self.honorifics = frozenset(fold(w) for w in lex.words_of("names", "honorifics"))
        self.reporting_words = frozenset(fold(w) for w in (*lex.post_cues, *lex.according_to) if " " not in w.strip())
        self.name_openers = frozenset(fold(w) for w in lex.words_of("names", "openers"))
        self.longest_opener = max((len(w.split()) for w in self.name_openers), default=0)
        self.opener_starts = frozenset(w.split()[0] for w in self.name_openers)
        # words that open a sentence and so are capitalised, but never start a name
        openers = (*lex.words_of("speaker", "leading"), *lex.according_to, *lex.speech_cues, *lex.post_cues,
                   *lex.deny_cues, *lex.words_of("speaker", "determiners"), *lex.words_of("speaker", "stops"),
                   *lex.words_of("dates", "weekdays"))
        self.function_words = frozenset(fold(w) for w in openers if " " not in w.strip())
        # names of days and months are never parts of a person's name ("kata Budi, Senin")
        calendar = (*lex.words_of("dates", "weekdays"), *lex.value("dates", "weekday_variants"), *lex.value("dates", "months"))
        self.calendar_words = frozenset(fold(w) for w in calendar)
        self.determiner_words = frozenset(w.casefold() for w in lex.words_of("speaker", "determiners") if " " not in w)
        self.articles = frozenset(w.casefold() for w in lex.words_of("cues", "noun_markers"))
        self.negative = frozenset(lex.words_of("speaker", "negative"))
        # offices that serve a place: what follows them is the place ("Kapolres Palopo")
        self.jurisdictions = frozenset(fold(o) for o in lex.value("titles", "offices") if " " not in o)
        self.conjunctions = frozenset(w.casefold() for w in lex.words_of("speaker", "conjunctions"))
        self.relatives = frozenset(w.casefold() for w in lex.words_of("cues", "relatives"))
        conjunctions = lex.words_of("speaker", "list_conjunctions")
        self.list_separator = re.compile(r"\s*,\s*(?:" + phrase_pattern(conjunctions) + r"\s+)?|\s+" + phrase_pattern(conjunctions) + r"\s+")
        self.regional_titles = frozenset(fold(t) for t in lex.words_of("titles", "regional"))
        self.names = name_words(lex.code)
        self.role_connectors = frozenset(lex.words_of("speaker", "role_connectors"))
        self.degrees = frozenset(fold(d) for d in lex.words_of("names", "degrees"))
        self.plural_endings = lex.words_of("speaker", "plural_endings")
        # the same mentions recur across a document and a corpus: parse each once
        self._parse_once = lru_cache(maxsize=16384)(self._parse)

    # --- recognising a speaker phrase ------------------------------------------------------------------
    def _phrase_at(self, tokens: list[str], i: int, phrases: frozenset[str], longest: int) -> int:
        """Length of the longest phrase from `phrases` starting at tokens[i], or 0."""
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if fold(" ".join(tokens[i:i + size])) in phrases:
                return size
        return 0

    def _title_at(self, tokens: list[str], i: int) -> tuple[int, str]:
        size = self._phrase_at(tokens, i, self.lex.person_titles, self.lex.longest_title)
        if size:
            return size, "person"
        size = self._phrase_at(tokens, i, self.lex.organization_titles, self.lex.longest_title)
        return (size, "organization") if size else (0, "")

    def _known_at(self, tokens: list[str], i: int) -> int:
        for size in range(min(self.gazetteer.longest_name, len(tokens) - i), 0, -1):
            entity = self.gazetteer.lookup(" ".join(tokens[i:i + size]))
            if entity is not None and entity.kind in ("place", "organization"):
                return size
        return 0

    def acceptable_token(self, token: str) -> bool:
        """Can this token be part of a speaker phrase?"""
        folded = fold(token)
        return (
            is_capitalised(token)
            or folded in self.role_words
            or folded in self.lex.pronouns
            or folded in self.lex.circulating_heads
            or folded in self.lex.organization_heads  # "Russia's foreign ministry", "the agency"
            or token.casefold() in self.name_particles
            or token.casefold() in self.connectors
            or token.endswith(("'s", "’s"))
        )

    def is_speaker_like(self, phrase: str) -> bool:
        """True when a phrase can name who spoke: a name, a title, a pronoun or a common speaker noun."""
        tokens = [t for t in TOKEN.findall(phrase) if t not in ",()"]
        if not tokens or len(tokens) > 14 or all(t.casefold() in self.articles for t in tokens):
            return False  # "A" alone names no one
        folded = fold(phrase)
        if folded in self.negative:
            return False  # "Neither knew …": said by no one
        if folded in self.lex.pronouns or folded in self.lex.common_speakers:
            return True
        if any(fold(t) in self.lex.circulating_heads for t in tokens[:3]):
            return True
        if self.determined_noun(tokens):
            return True
        if not any(is_capitalised(t) or fold(t) in self.role_words for t in tokens):
            return False
        return all(self.acceptable_token(t) or t.casefold() in self.lex.speaker_stops or t.isdigit() for t in tokens)

    # --- splitting a phrase into role and name ---------------------------------------------------------
    def parse(self, mention: str) -> Speaker:
        """Name, role and kind of a speaker phrase; a fresh object the caller may change."""
        return copy_speaker(self._parse_once(mention))

    def _parse(self, mention: str) -> Speaker:
        mention = mention.strip(" ,.;:")
        mention = self.lex.determiners.sub("", mention).strip()
        tokens = [t for t in TOKEN.findall(mention) if t not in "()"]
        folded = fold(mention)
        if not tokens:
            return Speaker(mention, mention, kind="unknown")
        if folded in self.lex.pronouns:
            kind = "group" if folded in self.lex.plural_pronouns else "person"
            return Speaker(mention, mention, kind=kind, pronoun=True)
        known = self.gazetteer.lookup(mention)
        if known is not None:
            return Speaker(mention, mention, role=known.role, kind=known.kind if known.kind != "place" else "organization")
        glossed = _GLOSSED.fullmatch(mention)
        if glossed:
            # "Bupati Ogan Komering Ilir (OKI) Muchendi Mahzareki": a bracketed short form ends what it abbreviates
            after = self._parse_once(glossed.group("after"))
            if after.kind == "person" and not after.pronoun and self.is_person_name(after.name):
                role = " ".join(filter(None, [glossed.group("before").strip(" ,"), after.role]))
                return Speaker(mention, after.name, role=role, kind="person")
        if any(fold(t) in self.lex.circulating_heads for t in tokens[:2]) and not is_capitalised(tokens[0]):
            return Speaker(mention, mention, kind="circulating")
        listed = self._listed(mention)
        if listed is not None:
            return listed
        if not any(is_capitalised(t) for t in tokens):
            # a description, no name: "union leader", "pedagang" (who is meant stays unnamed)
            return Speaker(mention, mention, kind=self._kind_of(tokens, ""))

        # the name is the run of capitalised words after the last lower-case word (titles are lower case
        # in running text: "juru bicara", "spokesman"), after any titles and places that open it
        last_lower = max((i for i, t in enumerate(tokens) if not is_capitalised(t) and t.casefold() not in self.name_particles
                          and t not in ","), default=-1)
        joined = self._joined_by_connector(tokens, last_lower)
        if joined is not None:
            return joined if joined.name else Speaker(mention, mention, kind="organization")
        name_start = last_lower + 1
        title_kind = ""
        i = 0
        while i < len(tokens):
            size, kind = self._title_at(tokens, i)
            if size:
                title_kind = title_kind or kind
                i += size
                continue
            if i >= name_start:
                size = self._known_at(tokens, i)
                # a known place or organisation inside a role ("Menteri Luar Negeri Rusia …") or before a person's
                # name is not the name; at the head of an organisation's name ("New York Times") it is part of it
                if size and i + size < len(tokens) and (title_kind or self.is_person_name(" ".join(tokens[i + size:]))):
                    i += size
                    continue
                if (is_acronym(tokens[i]) and i + 1 < len(tokens) and title_kind) or tokens[i] == ",":
                    i += 1
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
            if size and j + size < len(tokens):
                name_start = max(name_start, j + size)
                title_kind = title_kind or kind
                break
        low = name_start
        if title_kind == "person":
            name_start = self._person_after_organization(tokens, name_start)
            name_start = self._after_region(tokens, name_start)
        name_start = self._name_start(tokens, name_start, low)
        name_tokens = [t for t in tokens[name_start:] if t != ","]
        role_tokens = [t for t in tokens[:name_start] if t != ","]
        if self._continues_place(name_tokens, role_tokens):
            # "warga Bekasi Utara": what is left is the end of a place's name, and the place is the speaker
            name_tokens, role_tokens, title_kind = role_tokens[-1:] + name_tokens, role_tokens[:-1], "organization"
        if not name_tokens:
            if title_kind == "organization" and role_tokens:
                name_tokens, role_tokens = role_tokens[-1:], role_tokens[:-1]
            else:
                return Speaker(mention, mention, kind=self._kind_of(tokens, title_kind or "person"))
        name = " ".join(name_tokens)
        role = " ".join(role_tokens)
        kind = self._kind_of(name_tokens, title_kind, role_tokens)
        if kind == "organization" and role_tokens and role_tokens[0].islower() and self._is_place(name_tokens):
            # "warga Kecamatan Sukaraja", "warga New Jersey": a resident of a place, described, not the place
            return Speaker(mention, " ".join(tokens), kind="person")
        return Speaker(mention, name, role=role, kind=kind)

    def _is_place(self, tokens: list[str]) -> bool:
        """Is this a place's name: a gazetteer place, a place word and its name, or a place and its continuation?"""
        known = self.gazetteer.lookup(" ".join(tokens))
        return (known is not None and known.kind == "place") or fold(tokens[0]) in self.place_words or (
            len(tokens) >= 2 and all(fold(t) in self.place_continuations for t in tokens[1:]))

    def _joined_by_connector(self, tokens: list[str], at: int) -> Speaker | None:
        """A phrase whose last lower-case word joins capitals ("Ministry of Health", "Minister of Agriculture Andi
        Amran Sulaiman", "Secretary of Homeland Security Alejandro Mayorkas"): an institution's name is whole (an
        empty name says so); after a title, the portfolio is one word and the organisation words after it, and
        the name what follows. None when the phrase is not so made."""
        if at <= 0 or at + 1 >= len(tokens) or tokens[at] not in self.role_connectors or not (
                is_capitalised(tokens[at - 1]) and all(is_capitalised(t) for t in tokens[:at])):
            return None
        if fold(tokens[0]) in self.lex.organization_heads:
            return Speaker("", "", kind="organization")
        if not self._title_at(tokens, 0)[0]:
            return None
        end = at + 2
        while end < len(tokens) - 1 and fold(tokens[end]) in self.organization_words:
            end += 1
        name = tokens[end:]
        if not name or not self.is_person_name(" ".join(name)):
            return None
        mention = " ".join(tokens)
        return Speaker(mention, " ".join(name), role=" ".join(tokens[:end]), kind="person")

    def common_word(self, word: str, in_lower_case: Callable[[str], bool]) -> bool:
        """Is this capitalised word a common word of the document (`in_lower_case` says it appears so) and no
        known name, title, pronoun or common speaker?"""
        folded = fold(word)
        return (folded not in self.role_words and folded not in self.lex.pronouns and folded not in self.lex.common_speakers
                and self.gazetteer.lookup(word) is None and in_lower_case(word))

    def by_evidence(self, speaker: Speaker, evidence: NameEvidence | None) -> Speaker:
        """A person's name without the degrees after it ("Raldi Hendro Koestoer PhD") and without the words
        before it that the document uses as places or institutions ("Bulog Bayu Krisnamurthi" when it writes
        "Perum Bulog"; "Indramayu Nurhadi" when it writes "di Indramayu"); those go to the role."""
        if speaker.kind != "person" or speaker.pronoun:
            return speaker
        words = speaker.name.split()
        while len(words) > 1 and fold(words[-1].strip(",")) in self.degrees:
            words.pop()
        if words and words[-1].endswith(","):
            words[-1] = words[-1].rstrip(",")
        cut = evidence.role_end(words) if evidence is not None and len(words) > 1 else 0
        if cut:
            speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
        speaker.name = " ".join(words[cut:])
        return speaker

    def without_common_words(self, speaker: Speaker, in_lower_case: Callable[[str], bool]) -> Speaker:
        """Move common words that open a name into the role: "Pangan Zulkifli Hasan" → "Zulkifli Hasan"
        when the document writes "pangan" in lower case."""
        words = speaker.name.split()
        if speaker.kind == "organization" and len(words) >= 2 and (
                self.common_word(words[0], in_lower_case) or fold(words[0]) in self.names.roots) \
                and fold(words[0]) not in self.lex.organization_heads and (
                    fold(words[1]) in self.lex.organization_heads or is_acronym(words[1])):
            speaker.name = " ".join(words[1:])  # "Data Badan Pusat Statistik mencatat": the agency, not its data
            return speaker
        if speaker.kind != "person" or speaker.pronoun or len(words) < 3:
            return speaker
        cut = 0
        while len(words) - cut > 2 and self.common_word(words[cut], in_lower_case):
            cut += 1
        if cut:
            speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
            speaker.name = " ".join(words[cut:])
        return speaker

    def name_at_end(self, speaker: Speaker, evidence: NameEvidence | None = None) -> Speaker:
        """Keep the name-like words that end a person's name, the places and institutions before them going to
        the role: "Kota Jambi Abu Bakar" → "Abu Bakar", "Tbk Rully Setiawan" → "Rully Setiawan", and the end of
        a place the role ends with: role "… Sumatera", name "Selatan Darma Budhi" → "Darma Budhi"."""
        words = speaker.name.split()
        if speaker.kind not in ("person", "organization") or speaker.pronoun:
            return speaker
        named = len(words)
        while named > 0 and self.name_like(words[named - 1]):
            named -= 1
        # an organisation's name goes on after an acronym only into a person's: "Kementerian PU Wilan Oktavian";
        # a place the document names on its own continues the organisation: "KBRI Phnom Penh"
        if speaker.kind == "organization" and not (0 < named <= len(words) - 2 and is_acronym(words[named - 1])
                                                   and not (evidence is not None and all(w in evidence.placed for w in words[named:]))):
            return speaker
        tokens = [*speaker.role.split(), *words]
        offset, placed = len(tokens) - len(words), False
        if 0 < named < len(words) and fold(words[named - 1]) in self.place_words:
            past = self._past_places(tokens, offset + named - 1) - offset
            named, placed = (past, True) if past >= named else (named, False)  # after "Kota Jambi" one word is a name too
        if 0 < named <= len(words) - (1 if placed else 2):
            speaker.role, speaker.name = " ".join(filter(None, [speaker.role, *words[:named]])), " ".join(words[named:])
            speaker.kind = "person"
        if speaker.kind == "person":
            role, words = speaker.role.split(), speaker.name.split()
            start = self._name_start(role + words, len(role), len(role))
            if start > len(role):
                speaker.role, speaker.name = " ".join(role + words[:start - len(role)]), " ".join(words[start - len(role):])
        return speaker

    def as_named_elsewhere(self, speaker: Speaker, text: str) -> Speaker:
        """Trim a long name to the part the document also writes on its own: "Kota Jambi Abu Bakar" is "Abu
        Bakar" when "Abu Bakar" appears elsewhere without "Jambi" before it, and "Imam Masjid Baiturrahman Ahmad
        Yani" is "Ahmad Yani" when the document writes "kata Ahmad" and "Baiturrahman" ends another name
        ("di Masjid Baiturrahman,"). What is cut joins the role."""
        words = speaker.name.split()
        if speaker.kind != "person" or speaker.pronoun or len(words) < 3:
            return speaker
        for cut in range(1, len(words)):
            rest = " ".join(words[cut:])
            if (cut < len(words) - 1 and any(before.strip(PUNCTUATION) != words[cut - 1] for before, _ in _written(rest, text))
                    or _alone(words[cut], text) and self._ends_other_name(words[cut - 1], words[cut], text)):
                speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
                speaker.name = rest
                return speaker
        return speaker

    def _ends_other_name(self, word: str, not_before: str, text: str) -> bool:
        """Does `text` also write `word` as the end of a name, with no capitalised word after it ("di Masjid
        Istiqlal,", "situs Kitabisa dan …"), and never as a speaker's short name ("Pak Diding", "kata Diding")?
        Initials end no name."""
        if len(word.rstrip(".")) < 2:
            return False
        found = False
        for before, after in _written(word, text):
            if fold(before) in self.honorifics or fold(before) in self.reporting_words:
                return False
            found = found or not after[:1].isupper() and after != not_before
        return found

    def determined_noun(self, tokens: list[str]) -> bool:
        """A short noun phrase opened by a determiner: "the announcer", "another source", "para pengunjuk rasa"."""
        if len(tokens) < 2 or tokens[0].casefold() not in self.determiner_words or len(tokens) > 4:
            return False
        rest = tokens[1:]
        return all(t.isalpha() and t.casefold() not in self.lex.speaker_stops and t.casefold() not in self.conjunctions
                   and fold(t) not in self.function_words for t in rest)

    def strip_function_words(self, phrase: str) -> str:
        """A capitalised run without the sentence-opening words before the name ("Menurut Armanunsah",
        "Namun Prabowo", "Pak Prabowo")."""
        while True:
            head, _, rest = phrase.partition(" ")
            if not rest or fold(head) not in self.function_words and not self.names.never_a_name(head.rstrip(",")) \
                    and not (head.endswith(",") and self.names.opens_sentence_only(head.rstrip(","))):
                return phrase
            phrase = rest.lstrip(" ,")

    def served_place(self, speaker: Speaker) -> Speaker:
        """A one-word name right after an office or an institution in the mention is the place it serves, no
        one's name ("Kapolrestabes Medan", "Kasi Humas Polres Palopo"): the holder is described, not named."""
        if speaker.pronoun or speaker.kind != "person" or " " in speaker.name.strip() or not speaker.name:
            return speaker
        if speaker.mention.split()[-1:] == [speaker.name] and self.ends_in_served_place(speaker.mention):
            speaker.name, speaker.role = speaker.mention.strip(" ,"), ""
        return speaker

    def ends_in_served_place(self, phrase: str) -> bool:
        """Does the phrase end in an office or an institution and one word, the place it serves?"""
        words = [w.strip(",") for w in phrase.split()]
        return len(words) >= 2 and words[-1][:1].isupper() and (
            fold(words[-2]) in self.jurisdictions or fold(words[-2]) in self.lex.organization_heads)

    def after_apposition(self, speaker: Speaker) -> Speaker:
        """A role set off by a comma before the name is the role: "Pekerja Taru Martani, Suharyanto" → Suharyanto,
        "Publik Unud, Ni Nyoman Dewi Pascarani" → Ni Nyoman Dewi Pascarani (a list of people stays a group)."""
        if speaker.pronoun or ", " not in speaker.name:
            return speaker
        head, _, last = speaker.name.rpartition(", ")
        # two names in a list are joined by "dan"/"and"; "A, B" with none is a role and its holder
        listed = speaker.kind == "group" and (", " in head or self.list_separator.fullmatch(", ") is None
                                              or any(fold(w) in self.conjunctions for w in speaker.name.split()))
        if self.is_person_name(last) and (not self.is_person_name(head) or speaker.kind == "group") and not listed:
            speaker.role = " ".join(filter(None, [speaker.role, head]))
            speaker.name, speaker.kind = last, "person"
        return speaker

    def without_openers(self, speaker: Speaker, opens_sentence: bool = False) -> Speaker:
        """A name never starts with an honorific, a cue word or a root with a clitic ("Pak Prabowo" →
        "Prabowo", "Awalnya Purbaya" → "Purbaya"), nor, at the start of a sentence or before a comma, with a
        conjunction or sentence adverb ("Namun Prabowo", "Mulanya, Purbaya"). A name that is nothing else is
        no name: the speaker is then described, not named ("Pak Presiden")."""
        if speaker.pronoun or speaker.kind == "circulating":
            return speaker
        words = speaker.name.replace(",", " , ").split()
        cut = 0
        while cut < len(words) and (words[cut] == "," or self.names.never_a_name(words[cut]) or (
                (opens_sentence and cut == 0 or cut + 1 < len(words) and words[cut + 1] == ",")
                and self.names.opens_sentence_only(words[cut]))):
            cut += 1
        if cut == 0:
            return speaker
        rest = [w for w in words[cut:] if w != ","] if "," in words[cut:] and speaker.kind != "group" else words[cut:]
        speaker.name = " ".join(rest).replace(" , ", ", ")
        if speaker.name and speaker.kind == "group" and not self.list_separator.search(speaker.name):
            speaker.kind = "person"
        if not speaker.name:
            speaker.name = " ".join(w for w in words if not self.names.is_honorific(w) and w != ",")
        return speaker

    def _listed(self, mention: str) -> Speaker | None:
        """Several people named together speak as a group: "Anies Baswedan, Ridwan Kamil, dan Ganjar Pranowo",
        "Senators John Smith, Mary Jones and Bob Lee" (a title before the first name is the group's role)."""
        parts = [p.strip() for p in self.list_separator.split(mention) if p.strip()]
        if len(parts) < 2 or "(" in mention or ")" in mention:
            return None
        first = self._parse_once(parts[0])
        names = [first.name, *parts[1:]]
        if not all(self.is_person_name(n) for n in names):
            return None
        if first.role and not (self.opens_with_role(first.role) and len(first.role.split()) <= 4
                               and all(w[:1].isupper() or fold(w) in self.role_words for w in first.role.split())):
            return None  # the first part must be a name, or a title and a name: not a clause ending in a name
        start = mention.index(first.name) if first.role and first.name in mention else 0
        return Speaker(mention, mention[start:].strip(" ,"), role=first.role, kind="group")

    def name_like(self, token: str) -> bool:
        """Could this token be part of a person's name (not an acronym, a title, a place or an institution word)?"""
        if token.casefold() in self.name_particles:
            return True
        if not is_capitalised(token) or (is_acronym(token) and len(token.rstrip(".")) > 1) or looks_coined(token):
            return False
        folded = fold(token)
        return (folded not in self.organization_words and folded not in self.role_words and folded not in self.place_words
                and folded not in self.calendar_words and not self.gazetteer.is_place_or_org(token))

    def opens_with_role(self, phrase: str) -> bool:
        """Does the phrase begin with a title or a role word ("juru bicara …", "Kepala Dinas …", "a spokesman")?"""
        tokens = [t for t in TOKEN.findall(self.lex.determiners.sub("", phrase.strip())) if t not in ",()"]
        return bool(tokens) and (self._title_at(tokens, 0)[0] > 0 or fold(tokens[0]) in self.role_words)

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

    def is_person_name(self, phrase: str) -> bool:
        """Is the phrase just a person's name ("Alamsyah", "Wahyu Wibowo", "Daeng M. Faqih")?"""
        tokens = [t for t in TOKEN.findall(phrase) if t not in ",()"]
        return 0 < len(tokens) <= 5 and is_capitalised(tokens[0]) and all(self.name_like(t) for t in tokens)

    def names_a_person(self, phrase: str) -> bool:
        """Does a speaker phrase hold a person's name, as "Kepala BNPB Doni Monardo" does and
        "juru bicara Gugus Tugas Covid-19 Kabupaten Bekasi" does not?"""
        if self.is_person_name(phrase):
            return True
        speaker = self.parse(phrase)
        if speaker.kind != "person" or speaker.name == speaker.mention.strip() or not self.is_person_name(speaker.name):
            return False
        # the name must follow the title itself, not a lower-case connective ("president of … Teachers")
        before = speaker.mention[:speaker.mention.rfind(speaker.name)].split()
        return not before or not before[-1].islower()

    def _person_after_organization(self, tokens: list[str], name_start: int) -> int:
        """Where a person's name begins after a title and an institution: "Ketua Pengurus Besar Ikatan Dokter
        Indonesia Daeng M Faqih" → at "Daeng". The name is the name-like words at the end, four at most."""
        start = len(tokens)
        while start > name_start and len(tokens) - start < 4 and tokens[start - 1] != "," and self.name_like(tokens[start - 1]):
            start -= 1
        for at in range(start, len(tokens) - 1):  # a known institution or place among them is not the name's
            size = self._known_at(tokens, at)
            if size and at + size < len(tokens):
                start = at + size
        if start > name_start and fold(tokens[start - 1]) in self.place_words:
            # "Kabupaten Bekasi": the word after a place word is the place's, and one word after it is a name
            placed = self._past_places(tokens, start - 1)
            return placed if placed >= start else name_start
        if start >= len(tokens) or start == name_start:
            return name_start
        if len(tokens) - start == 1 and not (is_acronym(tokens[start - 1]) or self.gazetteer.is_place_or_org(tokens[start - 1])):
            return name_start  # one word after an institution is more likely its end than a name (after "Banten", a name)
        return start

    def _name_start(self, tokens: list[str], start: int, low: int) -> int:
        """Where a person's name begins: at a word that opens names, from `low` on ("Candi Prambanan I Gusti Made
        Arta" → at "I"), else after the places that open tokens[start:]."""
        for at in range(low, len(tokens) - 1):
            if tokens[at].casefold() in self.opener_starts:
                size = self._phrase_at(tokens, at, self.name_openers, self.longest_opener)
                if size and at + size < len(tokens):
                    return at
        return self._past_places(tokens, start)

    def _past_places(self, tokens: list[str], start: int) -> int:
        """Where a name begins after the places that open tokens[start:]: a place word and the word after it
        ("Kabupaten Bekasi Alamsyah" → at "Alamsyah"), words that continue the place before them ("Sumatera
        Selatan Darma Budhi" → at "Darma"). `start` when places are all there is, or a known place follows."""
        at = start
        while at < len(tokens):
            word = fold(tokens[at])
            if word in self.place_words and at + 1 < len(tokens) and not (at and tokens[at - 1].casefold() in self.connectors):
                at += 2
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
        return (bool(name_tokens) and bool(role_tokens) and self._ends_place(role_tokens[-1])
                and all(fold(t) in self.place_continuations for t in name_tokens))

    def _after_region(self, tokens: list[str], name_start: int) -> int:
        """After a regional title the region comes first: "Bupati Majalengka Eman Suherman" → at "Eman"."""
        name = [t for t in tokens[name_start:] if t != ","]
        if len(name) < 3 or name_start == 0:
            return name_start
        for size in range(min(self.lex.longest_title, name_start), 0, -1):
            if fold(" ".join(tokens[name_start - size:name_start])) in self.regional_titles:
                return name_start + 1
        return name_start

    def _kind_of(self, name_tokens: list[str], title_kind: str, role_tokens: list[str] = ()) -> str:
        name = " ".join(name_tokens)
        known = self.gazetteer.lookup(name)
        if known is not None:
            return "organization" if known.kind == "place" else known.kind
        if title_kind == "organization":
            return "organization"
        first = fold(name_tokens[0]) if name_tokens else ""
        if first in self.place_words and all(fold(t) in self.place_continuations for t in name_tokens[2:]):
            return "organization"  # "warga Kecamatan Mlati": a place speaks as an institution does
        if first in self.lex.organization_heads or fold(" ".join(name_tokens[:2])) in self.lex.organization_heads:
            return "organization"
        if any(fold(t) in self.lex.organization_heads for t in name_tokens[1:]) and not title_kind:
            return "organization"
        if title_kind == "person":
            return "person"
        if self.lex.acronyms_are_organizations and all(is_acronym(t) for t in name_tokens):
            return "organization"
        if fold(name) in self.lex.common_speakers:
            return "group" if name.endswith(self.plural_endings) else "person"
        return "person"


def _written(phrase: str, text: str):
    """Each place `text` writes `phrase` as whole words: (the word before, the word after), as written."""
    for at, end in whole_word_spans(phrase, text):
        before, after = text[max(0, at - 40):at].split(), text[end:end + 40].split()
        yield (before[-1] if before else "", after[0] if after else "")


def _alone(word: str, text: str) -> bool:
    """Does `text` write this word as a name on its own, no capitalised word next to it ("kata Nasaruddin.")?"""
    return any(not (before[:1].isupper() and before[-1] not in PUNCTUATION) and not after[:1].isupper()
               for before, after in _written(word, text))

