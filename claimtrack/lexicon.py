"""Language knowledge from data/: cue verbs, titles, boilerplate, dates, and the gazetteer of names.

Every key read here is declared in `lexicon_schema.LEXICON`, which checks each file as it loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import cast

from claimtrack.errors import LexiconError
from claimtrack.lexicon_schema import GAZETTEER, LEXICON, available_languages, given_names_schema, load
from claimtrack.resources import data_dir
from claimtrack.textutil import fold, words
from claimtrack.tomlschema import Choice, Field, Flag, Number, Pattern, Table, Text, Whole, Words, field_at

__all__ = [
    "Entity",
    "Gazetteer",
    "Lexicon",
    "LexiconError",
    "available_languages",
    "compile_phrases",
    "detect_language",
    "gazetteer",
    "lexicon",
    "phrase_pattern",
    "root_words",
]


def phrase_pattern(
    phrases: Iterable[str], *, ignore_case: bool = True, prefix: str = r"(?<![\w-])", suffix: str = r"(?![\w-])"
) -> str:
    """A regex matching any phrase whole, longest first, spaces matching any run of spaces."""
    spaced = {" ".join(p.split()) for p in phrases if p.strip()}
    if ignore_case:  # one branch per spelling: under (?i) "Said" and "said" would be two tries of one word
        spaced = {p.lower() if len(p.lower()) == len(p) else p for p in spaced}
    if not spaced:
        return r"(?!x)x"
    flags = "(?i:" if ignore_case else "(?:"
    return f"{prefix}{flags}{trie(tuple(sorted(spaced)))}){suffix}"


@cache
def trie(phrases: tuple[str, ...]) -> str:
    """A regex body matching exactly these phrases, as a trie of their characters (a space matches any run of
    spaces). Python's `re` tries every alternative of `a|b|c…` at every character, so a pattern of a few hundred
    cue verbs costs about a microsecond per character of news; the same words as a trie (`k(?:ata|ilah)|m(?:e…)`)
    fail at the first letter almost everywhere. A phrase that begins a longer one is tried after it (the
    optional rest is greedy), so the longest phrase that fits wins, as in an alternation sorted longest first."""
    branches: dict[str, list[str]] = {}
    for phrase in phrases:
        branches.setdefault(phrase[:1], []).append(phrase[1:])
    parts, optional = [], False
    for head in sorted(branches):
        if head == "":
            optional = True
            continue
        parts.append((r"\s+" if head == " " else re.escape(head)) + trie(tuple(branches[head])))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not optional else "(?:" + "|".join(parts) + ")"
    return body + ("?" if optional else "")


def compile_phrases(phrases: Iterable[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    return re.compile(phrase_pattern(phrases, ignore_case=ignore_case))


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (language, the name that language's readers know it by)

    def name_in(self, language: str) -> str:
        """The entity's name for readers of `language` ("White House" in English for "Gedung Putih"), else its
        canonical name."""
        return next((name for code, name in self.names if code == language), self.name)

    @property
    def speaks_as(self) -> str:
        """The kind of speaker the entity is: a place speaks as an organisation (its government, its office)."""
        return "organization" if self.kind == "place" else self.kind


@cache
def _declared_field(path: tuple[str, ...]) -> Field:
    """`field_at` of the lexicon schema, a constant: asked on every lexicon lookup, looked up once a key."""
    return field_at(LEXICON, path)


@dataclass
class Lexicon:
    """One language's word lists, with the compiled patterns extraction needs."""

    code: str
    raw: dict[str, object] = field(repr=False)

    def _get(self, *path: str, default: object = None) -> object:
        node: object = self.raw
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return default
            node = node[key]
        return node

    def value(self, *path: str) -> object:
        """The value at `path` as written, or the schema's default; LookupError for a key the schema lacks.
        The readers below give it its declared type."""
        declared = _declared_field(path)
        found = self._get(*path)
        return declared.default if found is None else found

    def _declared(self, path: tuple[str, ...], types: tuple[type, ...], what: str) -> object:
        """The value at `path`, after making sure the schema declares it as one of `types` (the schema checked
        the value when the file was read, so it is of that type); LookupError when it declares something else."""
        if not isinstance(_declared_field(path), types):
            raise LookupError(f"{'.'.join(path)} is not {what}")
        return self.value(*path)

    def words_of(self, *path: str) -> tuple[str, ...]:
        return tuple(cast(Iterable[str], self._declared(path, (Words,), "a list of words")))

    def text(self, *path: str) -> str:
        """A text, one of a few choices, or a regular expression."""
        return cast(str, self._declared(path, (Text, Choice, Pattern), "text"))

    def flag(self, *path: str) -> bool:
        return bool(self._declared(path, (Flag,), "true or false"))

    def number(self, *path: str) -> float:
        return float(cast(float, self._declared(path, (Number,), "a number")))

    def table(self, *path: str) -> dict[str, str]:
        """A table of names and texts ("pekan lalu" = "seminggu lalu")."""
        declared = _declared_field(path)
        if not isinstance(declared, Table) or isinstance(declared.values, Whole):
            raise LookupError(f"{'.'.join(path)} is not a table of texts")
        return cast(dict[str, str], self.value(*path))

    def numbers(self, *path: str) -> dict[str, int]:
        """A table of names and whole numbers ("Januari" = 1)."""
        declared = _declared_field(path)
        if not isinstance(declared, Table) or not isinstance(declared.values, Whole):
            raise LookupError(f"{'.'.join(path)} is not a table of whole numbers")
        return cast(dict[str, int], self.value(*path))

    @cached_property
    def markers(self) -> frozenset[str]:
        """Words that show a text is in this language: its frequent function words and its one-word cues
        (a one-sentence article may have no function word the list knows, but "mengatakan" says enough)."""
        cues = (*self.words_of("cues", "speech"), *self.words_of("cues", "post"), *self.words_of("cues", "deny"))
        return frozenset(w.casefold() for w in (*self.words_of("markers"), *cues) if " " not in w.strip())

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        return frozenset(self.words_of("segment", "abbreviations"))

    @cached_property
    def sentence_final_abbreviations(self) -> frozenset[str]:
        """The abbreviations a sentence may end with ("Scranton, Pa.", "Apple Inc.": `[segment]`)."""
        return frozenset(self.words_of("segment", "sentence_final_abbreviations"))

    @cached_property
    def sentence_openers(self) -> frozenset[str]:
        """Words, folded, that open a sentence and never a name: `[segment] sentence_openers`, the pronouns,
        conjunctions and sentence adverbs."""
        words = (
            *self.words_of("segment", "sentence_openers"),
            *self.words_of("cues", "pronouns"),
            *self.words_of("speaker", "conjunctions"),
            *self.words_of("names", "sentence_adverbs"),
        )
        return frozenset(w.casefold() for w in words)

    # cues -------------------------------------------------------------------------------------------------
    @cached_property
    def speech_cues(self) -> tuple[str, ...]:
        """The speech cues as listed, and each participle of `[cues] progressive` after each auxiliary of
        `progressive_auxiliaries` ("are saying", "is reporting": "Officials are saying that …")."""
        listed = self.words_of("cues", "speech")
        auxiliaries = self.words_of("cues", "progressive_auxiliaries")
        progressive = tuple(f"{aux} {verb}" for aux in auxiliaries for verb in self.words_of("cues", "progressive"))
        return (*listed, *progressive)

    @cached_property
    def post_cues(self) -> tuple[str, ...]:
        return self.words_of("cues", "post")

    @cached_property
    def deny_cues(self) -> tuple[str, ...]:
        return self.words_of("cues", "deny")

    @cached_property
    def deny_cue_set(self) -> frozenset[str]:
        return frozenset(fold(c) for c in self.deny_cues)

    @cached_property
    def according_to(self) -> tuple[str, ...]:
        return self.words_of("cues", "according_to")

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Single-word cues and their pronoun forms ("kata", "katanya", "menurutnya", "said"), folded: `[names]
        clitics` after each."""
        cues = (*self.post_cues, *self.speech_cues, *self.deny_cues, *self.according_to)
        single = {fold(c) for c in cues if " " not in c.strip()}
        clitics = [fold(c) for c in self.words_of("names", "clitics")]
        return frozenset(single | {f"{c}{clitic}" for c in single for clitic in clitics})

    @cached_property
    def prepositions(self) -> frozenset[str]:
        """The one-word prepositions of `[claims] prepositions`, folded: what a noun phrase's object follows."""
        return frozenset(fold(w) for w in self.words_of("claims", "prepositions") if " " not in w)

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return frozenset(fold(p) for p in self.words_of("cues", "pronouns"))

    @cached_property
    def plural_pronouns(self) -> frozenset[str]:
        return frozenset(fold(p) for p in self.words_of("cues", "plural_pronouns"))

    @cached_property
    def unresolved_pronouns(self) -> frozenset[str]:
        """Pronouns of the writer or the reader ("I", "we", "you"), which stand for no one the article named."""
        return frozenset(fold(p) for p in self.words_of("cues", "unresolved_pronouns"))

    @cached_property
    def impersonal_pronouns(self) -> frozenset[str]:
        """Pronouns that stand for an institution or a thing, never a person ("it")."""
        return frozenset(fold(p) for p in self.words_of("cues", "impersonal_pronouns"))

    @cached_property
    def complementizers(self) -> tuple[str, ...]:
        return self.words_of("cues", "complementizers")

    @cached_property
    def circulating(self) -> tuple[str, ...]:
        return self.words_of("cues", "circulating")

    @cached_property
    def circulating_heads(self) -> frozenset[str]:
        return frozenset(fold(h) for h in self.words_of("cues", "circulating_heads"))

    @cached_property
    def embedded(self) -> tuple[str, ...]:
        return self.words_of("cues", "embedded")

    @cached_property
    def pronoun_suffixes(self) -> tuple[str, ...]:
        """Pronouns written onto a cue ("katanya", "menurutnya"), case-folded."""
        return tuple(s.casefold() for s in self.words_of("cues", "pronoun_suffixes"))

    def ends_in_pronoun(self, cue: str) -> bool:
        """Does the cue carry its speaker as a pronoun suffix ("menurutnya")?"""
        return cue.casefold().endswith(self.pronoun_suffixes)

    # speakers ---------------------------------------------------------------------------------------------
    @cached_property
    def leading_words(self) -> re.Pattern[str]:
        # an enumerator ("Kedua, warga meminta …") opens a point of a list before its subject, as these do
        leading = (*self.words_of("speaker", "leading"), *self.words_of("claims", "enumerators"))
        return re.compile(r"^(?:" + phrase_pattern(leading) + r"[\s,]*)+")

    @cached_property
    def trailing_word_ends(self) -> tuple[str, ...]:
        """How a word `trailing_words` ends a segment with may end (lower case): the last word of a listed one, or an
        adverb's ending."""
        listed = {w.split()[-1].lower() for w in self.words_of("speaker", "trailing") if w.strip()}
        return tuple(sorted(listed | set(self.words_of("cues", "adverb_endings"))))

    @cached_property
    def trailing_words(self) -> re.Pattern[str]:
        """Words that end a subject before its verb and are no part of who spoke: those listed, and any lower-case
        word with an adverb's ending ("The experts generally praised", `[cues] adverb_endings`) that is not a noun or
        adjective sharing it ("the family said", `[speaker] not_adverbs`)."""
        listed = phrase_pattern(self.words_of("speaker", "trailing"))
        endings = self.words_of("cues", "adverb_endings")
        if endings:
            others = phrase_pattern(self.words_of("speaker", "not_adverbs"))
            ending = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
            listed = rf"(?:{listed}|(?<![\w-])(?!{others})[a-z]{{2,}}(?:{ending})(?![\w-]))"
        manner = self.words_of("claims", "manner_openers")
        if manner:
            # a manner adverb's opener and its manner: "seorang pria secara gamblang menyatakan …"
            listed = rf"(?:{listed}|(?<![\w-])(?:{phrase_pattern(manner)})[ \t]+[a-z]{{3,}}(?![\w-]))"
        return re.compile(r"(?:[\s,]*" + listed + r")+\s*$")

    @cached_property
    def speaker_stops(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.words_of("speaker", "stops"))

    @cached_property
    def determiners(self) -> re.Pattern[str]:
        # (not before a partitive: "one of the sources" is one of them, never "of the sources")
        partitive = self.words_of("speaker", "partitive_prepositions")
        not_partitive = rf"(?!(?:{phrase_pattern(partitive)})\b)" if partitive else ""
        return re.compile(r"^(?:" + phrase_pattern(self.words_of("speaker", "determiners")) + rf"\s+{not_partitive})+")

    @cached_property
    def common_speakers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.words_of("speaker", "common"))

    @cached_property
    def person_titles(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.words_of("titles", "person"))

    @cached_property
    def written_out_titles(self) -> frozenset[str]:
        """The offices `[titles.abbreviated]` writes out ("Menteri Agama" of "Menag"): a title as a whole, whose last
        word is the portfolio, never the first word of a name ("Menteri Agama Nasaruddin Umar")."""
        return frozenset(fold(t) for t in self.table("titles", "abbreviated").values())

    @cached_property
    def organization_titles(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.words_of("titles", "organization"))

    @cached_property
    def longest_title(self) -> int:
        return max((len(t.split()) for t in self.person_titles | self.organization_titles), default=1)

    @cached_property
    def organization_heads(self) -> _Heads:
        """Folded words (and phrases) that open an organisation's name: those `[organizations] heads` lists, and any
        one word made on a pattern of `head_prefixes` ("Kemen": "Kemenperin", "Kemenpora", the ministries'
        short forms, which no list can hold all of)."""
        return _Heads(
            (fold(h) for h in self.words_of("organizations", "heads")),
            tuple(fold(p) for p in self.words_of("organizations", "head_prefixes")),
        )

    @cached_property
    def _offices(self) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
        """`[titles.offices]` and `[titles.whole_offices]` folded, and the one-word person titles."""
        offices = {fold(role): office for role, office in self.table("titles", "offices").items()}
        whole = {fold(role): office for role, office in self.table("titles", "whole_offices").items()}
        return offices, whole, frozenset(t for t in self.person_titles if " " not in t)

    @cached_property
    def _ranks(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.words_of("titles", "ranks"))

    def institution_of(self, role: str) -> str:
        """The institution a role names: from its first head word on ("Kepala Badan Pusat Statistik" → "Badan
        Pusat Statistik"; where the head noun is last, with the capitalised words before it: "Central Command
        spokesman" → "Central Command", and none where a rank follows it: "Air Force Col.", `[titles] ranks`), or by
        the office its holder heads ("Menteri Sosial" → "Kementerian Sosial", "Kapolres Tasikmalaya Kota" → "Polres
        Tasikmalaya Kota"); "" when it names none ("pengamat")."""
        offices, whole_offices, person_titles = self._offices
        head_last = self.flag("names", "head_noun_last")
        words = role.split()
        for at, word in enumerate(words):
            if fold(word) in self.organization_heads:
                opening = at
                while (
                    head_last
                    and opening > 0
                    and words[opening - 1][:1].isupper()
                    and fold(words[opening - 1]) not in person_titles
                ):
                    opening -= 1  # "U.S. Central Command": a head noun last takes the capitalised words before it
                rest = words[opening:]
                end = next((n for n in range(1, len(rest)) if fold(rest[n]) in person_titles), len(rest))
                if end < len(rest) and head_last and fold(rest[end]) in self._ranks:
                    return ""  # "Air Force Col.": the service a rank is held in, not whom the holder speaks for
                return " ".join(rest[:end])  # "… Polda Sumut Kombes": a rank before the name ends it
            for size in (2, 1):
                held = fold(" ".join(words[at : at + size]))
                if held in whole_offices:
                    return whole_offices[held]
                rest = words[at + size :]
                end = next((n for n in range(len(rest)) if fold(rest[n]) in person_titles), len(rest))
                if held in offices and end and fold(rest[0]) not in self.organization_heads:
                    # (an office of an institution, not of a place: "Gubernur Bank Indonesia" heads the bank)
                    return " ".join([offices[held], *rest[:end]])
        return ""

    @cached_property
    def acronyms_are_organizations(self) -> bool:
        return self.flag("organizations", "acronyms_are_organizations")

    # stance, dates, check-worthiness ----------------------------------------------------------------------
    @cached_property
    def deny_content(self) -> re.Pattern[str]:
        return compile_phrases(self.words_of("stance", "deny_content"))

    @cached_property
    def anaphora(self) -> re.Pattern[str]:
        heads = phrase_pattern(self.words_of("stance", "anaphora"))
        markers = phrase_pattern(self.words_of("stance", "anaphora_markers"))
        # "tuduhan Barat itu" (head … marker, Indonesian) or "the claim" / "those allegations" (marker head): in the
        # order of the language's noun phrase (`[names] head_noun_last`), so that English "It is my opinion that …"
        # is no "it … that" pointing back
        if self.flag("names", "head_noun_last"):
            # … where a possessive is a determiner too: "Rubio's claim that Cruz is in favor of …"; the head a noun
            # ("that it is false" points at nothing: "it", "that", "this" point back alone, `Stance.pointers`)
            pronouns = {
                w.casefold() for w in (*self.words_of("cues", "pronouns"), *self.words_of("stance", "anaphora_markers"))
            }
            nouns = phrase_pattern([w for w in self.words_of("stance", "anaphora") if w.casefold() not in pronouns])
            return re.compile(rf"(?:{markers}|[\w.-]+['’]s)\s+(?:\w+\s+){{0,2}}?{nouns}")
        return re.compile(rf"{heads}(?:\s+\w+){{0,3}}?\s+{markers}")

    @cached_property
    def hedges(self) -> re.Pattern[str]:
        return compile_phrases(self.words_of("checkworthiness", "hedges"))

    @cached_property
    def opinion(self) -> re.Pattern[str]:
        return compile_phrases(self.words_of("checkworthiness", "opinion"))

    @cached_property
    def factual(self) -> re.Pattern[str]:
        return compile_phrases(self.words_of("checkworthiness", "factual"))

    @cached_property
    def questions(self) -> re.Pattern[str]:
        return compile_phrases(self.words_of("checkworthiness", "questions"))

    @cached_property
    def dates(self) -> dict[str, object]:
        """The [dates] section as written (read its keys with `value`, which knows their defaults)."""
        return cast(dict[str, object], self._get("dates", default={}) or {})

    # boilerplate ------------------------------------------------------------------------------------------
    @cached_property
    def boilerplate_prefix(self) -> re.Pattern[str]:
        prefixes = sorted(self.words_of("boilerplate", "line_prefixes"), key=len, reverse=True)
        return (
            re.compile(r"^\s*(?:" + "|".join(re.escape(p) for p in prefixes) + ")")
            if prefixes
            else re.compile(r"(?!x)x")
        )

    @cached_property
    def boilerplate_inline(self) -> re.Pattern[str] | None:
        inline = self.words_of("boilerplate", "inline")
        return re.compile("|".join(re.escape(p) for p in inline)) if inline else None

    def _regex(self, key: str) -> re.Pattern[str] | None:
        source = self.text("boilerplate", key)  # compiled once already, when the file was checked
        return re.compile(source, re.MULTILINE) if source else None

    @cached_property
    def caption_credit(self) -> re.Pattern[str] | None:
        return self._regex("caption_credit")

    @cached_property
    def credit_line(self) -> re.Pattern[str] | None:
        return self._regex("credit_line")

    @cached_property
    def dateline(self) -> re.Pattern[str] | None:
        return self._regex("dateline")


@cache
def root_words(code: str) -> frozenset[str]:
    """The dictionary of root words of a language whose stemmer has one (Indonesian: Sastrawi's kata dasar)."""
    if lexicon(code).text("match", "stemmer") != "sastrawi":
        return frozenset()
    from pathlib import Path

    import Sastrawi

    path = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@dataclass
class Gazetteer:
    """Entities known by several names; keyed by folded name."""

    entities: tuple[Entity, ...]

    @cached_property
    def by_name(self) -> dict[str, Entity]:
        index: dict[str, Entity] = {}
        for entity in self.entities:
            for name in (entity.name, *entity.aliases):
                index.setdefault(fold(name), entity)
        return index

    @cached_property
    def longest_name(self) -> int:
        return max((len(key.split()) for key in self.by_name), default=1)

    def lookup(self, name: str) -> Entity | None:
        return self.by_name.get(fold(name))

    def is_place_or_org(self, name: str) -> bool:
        entity = self.lookup(name)
        return entity is not None and entity.kind in ("place", "organization")


@cache
def lexicon(code: str) -> Lexicon:
    if code not in available_languages():
        raise LexiconError(f"no lexicon for language {code!r} (have: {', '.join(available_languages())})")
    return Lexicon(code=code, raw=load(data_dir() / "lexicons" / f"{code}.toml", LEXICON))


@cache
def gazetteer() -> Gazetteer:
    raw = load(data_dir() / "gazetteer.toml", GAZETTEER)
    entities = tuple(
        Entity(
            name=e["name"],
            kind=e.get("kind", "organization"),
            aliases=tuple(e.get("aliases", ())),
            role=e.get("role", ""),
            names=tuple(e.get("names", {}).items()),
        )
        for e in raw.get("entity", [])
    )
    return Gazetteer(entities)


@cache
def given_names(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The given names borne almost only by men, and only by women, in a language (data/given_names.toml), folded;
    empty where the file lists none for it."""
    raw = load(data_dir() / "given_names.toml", given_names_schema(available_languages()))
    section = raw.get(language, {})
    return (
        frozenset(fold(w) for w in section.get("masculine", ())),
        frozenset(fold(w) for w in section.get("feminine", ())),
    )


def display_name(name: str, language: str) -> str:
    """How to show an actor's name to readers of `language`: an entity the gazetteer knows by several names is
    shown by its name in that language ("Gedung Putih" is "White House" in an English claim), any other name as it
    is (an actor the user renamed is not known by the new name, and keeps it)."""
    entity = gazetteer().lookup(name)
    return entity.name_in(language) if entity is not None and fold(entity.name) == fold(name) else name


def shown_mention(mention: str, cue: str, language: str) -> str:
    """How to show the speaker of a statement credited to no actor: the words the article used when they describe
    someone ("a hospital spokesman", "Polisi", "warga"), nothing when they are only a pronoun or the cue that carries
    one ("she", "Dia", "sambungnya", "Menurutnya"). Those name no one, and shown where a name goes ("Asserted by
    sambungnya", a ClaimReview author "she") a reader would take them for one; "" lets the reader's "unknown
    speaker" stand."""
    folded = fold(mention)
    if not folded or language not in available_languages():
        return mention
    lex = lexicon(language)
    pronoun = folded in lex.pronouns or folded in lex.unresolved_pronouns or folded in lex.impersonal_pronouns
    # (a circulating text is its own cue, "Video potongan": it is shown; a cue is only a pronoun with its suffix,
    # this statement's or another's: '"…," ujarnya sambil menambahkan …')
    carried = lex.ends_in_pronoun(folded) and (folded == fold(cue) or folded in lex.cue_words)
    return "" if pronoun or carried else mention


def detect_language(text: str, default: str = "en") -> str:
    """The lexicon language whose marker words are most frequent in the text."""
    sample = [w.casefold() for w in words(text[:5000])]
    if not sample:
        return default
    best, best_hits = default, 0
    for code in available_languages():
        markers = lexicon(code).markers
        hits = sum(1 for w in sample if w in markers)
        if hits > best_hits:
            best, best_hits = code, hits
    return best


class _Heads(frozenset[str]):
    """Heads of organisations' names: the words listed, and one word that begins with a head prefix and goes on
    for two letters at least ("kemenperin" with "kemen"; not "kemen" itself, nor a phrase "kemenpora budi")."""

    prefixes: tuple[str, ...]

    def __new__(cls, words: Iterable[str], prefixes: tuple[str, ...]) -> _Heads:
        heads = super().__new__(cls, words)
        heads.prefixes = prefixes
        return heads

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (isinstance(word, str) and self.made_on_prefix(word))

    def made_on_prefix(self, word: str) -> bool:
        """Is this folded word made on a head prefix, so a body's name whatever its capitals ("kemenperin")?"""
        return (
            " " not in word
            and word.isalpha()
            and any(word.startswith(p) and len(word) >= len(p) + 2 for p in self.prefixes)
        )
