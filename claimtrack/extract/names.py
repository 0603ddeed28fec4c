"""What counts as a name: the words that can name a speaker, and those that never can.

A speaker is only worth an actor when the text names them: "hakim", "Pak Presiden", "katanya", "dia" or
"Namun" name nobody; a name never starts with an honorific, a sentence adverb or a conjunction; and an
Indonesian word made of a root and the clitic "-nya" ("Awalnya", "Hasilnya", "Ketiganya") is no name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, cached_property, lru_cache

from claimtrack.extract.phrases import FoldedPattern
from claimtrack.extract.tokens import is_word_char, lower_case
from claimtrack.lexicon import Lexicon, available_languages, gazetteer, lexicon, phrase_pattern, root_words
from claimtrack.textutil import fold

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_INITIAL = re.compile(r"[A-Z]\.?")
_RUN_AFTER = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_TOKEN = re.compile(r"[\w'’.&-]+|\(")  # a word as NameEvidence reads the text ("(" is one too)
_OPENING_BRACKET = re.compile(r"\(")
# a numbered unit and the word after it: "SMPN 1 Cisarua", "SMP Negeri 1 Cisarua" (a capital, a number, a capital)
_NUMBERED_UNIT = re.compile(r"[A-Z](?<!\w[A-Z])[A-Za-z]+[ \t]+\d{1,4}[ \t]+([A-Z][a-z][\w'’-]*)")  # (\b after the A–Z)


HANDLE = re.compile(r"@\w{2,}")  # a social account's handle


def is_capitalised(token: str) -> bool:
    """A capital first letter, or a name written with a small letter before its capital ("eBay", "iHeartMedia":
    `[names] lowercase_name_prefixes` of any language; not "lRelated", a link's text run into the next word)."""
    return token[:1].isupper() or (token[1:2].isupper() and token[:1] in _lowercase_name_prefixes())


@cache
def _lowercase_name_prefixes() -> frozenset[str]:
    return frozenset(
        w for language in available_languages() for w in lexicon(language).words_of("names", "lowercase_name_prefixes")
    )


def initials(words: list[str]) -> str:
    """The first letters of the words, as written: "Susilo Bambang Yudhoyono" → "SBY"."""
    return "".join(w[:1] for w in words)


def part_initials(words: list[str]) -> str:
    """The first letter of each part of the words, in capitals: a hyphenated given name gives one for each part
    ("Shin Tae-yong" → "STY")."""
    return "".join(part[:1] for w in words for part in w.split("-") if part).upper()


def _initials_of_a_name(run: list[str], acronym: str, words: NameWords, text: str) -> int:
    """How many words at the end of `run` are a person's name whose initials the bracketed acronym is ("Hidayat
    Nur Wahid (HNW)", "Agus Harimurti Yudhoyono (AHY)"), 0 for an institution's or a programme's ("Kementerian
    Lingkungan Hidup (KLH)", "Makan Bergizi Gratis (MBG)"): its letters, and none of those words a role,
    institution or place word, nor one the document writes in lower case."""
    letters = acronym.strip()
    named = run[-len(letters) :] if 2 <= len(letters) <= len(run) else []
    if named and initials(named) != letters:  # "Shin Tae-yong (STY)"
        named = next(
            (
                run[-size:]
                for size in range(1, min(len(letters), len(run)) + 1)
                if part_initials(run[-size:]) == letters
            ),
            named,
        )
    lowered = lower_case(text) if named else frozenset()
    if (
        not named
        or part_initials(named) != letters
        and initials(named) != letters
        or any(fold(w) in words.role_words or fold(w) in words.institution_words for w in named)
        or any(w.lower() in lowered for w in named)
    ):
        return 0
    return len(named)


def _token_before(text: str, at: int) -> str:
    """The word (or "(") last written before `at`, "" when none (read backwards from `at`: a pattern searching
    text[:at] would be tried at every character before it)."""
    end = at
    while end > 0 and not (_is_token_char(text[end - 1]) or text[end - 1] == "("):
        end -= 1
    if end == 0:
        return ""
    if text[end - 1] == "(":
        return "("
    start = end - 1
    while start > 0 and _is_token_char(text[start - 1]):
        start -= 1
    return text[start:end]


def _is_token_char(char: str) -> bool:
    """A character of a word as `_TOKEN` reads it: \\w, or one of ' ’ . & -."""
    return is_word_char(char) or char in "'’.&-"


_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[ \t]*$")


_WORD_ALONE = re.compile(r"[ \t][ \t]*([A-Z][\w'’-]+)(?=[ \t]*[,.;]|[ \t]+[a-z])")  # "… ujar Media." / "kata Tjahjo di"
_WORD_BEFORE_COMMA = re.compile(r"[ \t][ \t]*([A-Z][\w'’-]+)(?=[ \t]*,)")  # "Menurut Ugas, …"


class NameWords:
    """One language's words that are not names: cue words, pronouns, honorifics, titles, function words."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self._never: dict[str, bool] = {}
        self._nominalised: dict[str, bool] = {}
        self._in_dictionary: dict[str, bool] = {}

    @cached_property
    def _prefixed_surname(self) -> re.Pattern[str] | None:
        prefixes = self.lex.words_of("names", "surname_prefixes")
        return re.compile(r"(?:" + "|".join(map(re.escape, prefixes)) + r")[A-Z][a-z]{2,}") if prefixes else None

    def coined(self, word: str) -> bool:
        """A brand's or an organisation's coined shape (`looks_coined`), not a surname with its prefix's capital
        (`[names] surname_prefixes`: "McLane", "DeSantis", "O'Neill")."""
        prefixed = self._prefixed_surname is not None and self._prefixed_surname.fullmatch(word)
        return looks_coined(word) and not prefixed

    @property
    def cue_words(self) -> frozenset[str]:
        """Single-word cues and their pronoun forms ("kata", "katanya", "menurutnya", "said"): `Lexicon.cue_words`."""
        return self.lex.cue_words

    @cached_property
    def place_markers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("names", "place_markers"))

    @cached_property
    def place_marker_tokens(self) -> FoldedPattern:
        """A word that folds to a place marker ("di", "Di", "di." as fold reads them), then only blank space. (A
        match is in the folded text: what the marker wrote is `text[match.start("marker") : match.end("marker")]`.)"""
        markers = sorted(self.place_markers, key=len, reverse=True)
        edge = r"[.'’&-]*"
        alternatives = "|".join(re.escape(m) for m in markers) or r"(?!)"
        return FoldedPattern(rf"(?<![\w'’.&-])(?P<marker>{edge}(?:{alternatives}){edge})(?![\w'’.&-])\s+")

    @cached_property
    def place_connectors(self) -> frozenset[str]:
        return frozenset({fold(w) for w in self.lex.words_of("speaker", "conjunctions")} | {"&"})

    @cached_property
    def clitics(self) -> tuple[str, ...]:
        return tuple(fold(c) for c in self.lex.words_of("names", "clitics"))

    @cached_property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(fold(p) for p in self.lex.words_of("names", "derivational_prefixes"))

    @cached_property
    def honorifics(self) -> frozenset[str]:
        return frozenset(fold(w).rstrip(".") for w in self.lex.words_of("names", "honorifics"))

    @cached_property
    def openers(self) -> frozenset[str]:
        """Words that open a sentence before a name and are never part of one ("Namun", "Meanwhile")."""
        words = (
            *self.lex.words_of("speaker", "leading"),
            *self.lex.words_of("claims", "enumerators"),
            *self.lex.words_of("speaker", "conjunctions"),
            *self.lex.words_of("names", "sentence_adverbs"),
            *self.lex.words_of("names", "greetings"),  # "Hi Julie, …"
            *self.lex.words_of("names", "inverting_auxiliaries"),  # "Should Trump leave the pact, …"
            *self.lex.words_of("speaker", "negative_before"),  # "No Marine handed a weapon …": no one, no name
            *self.lex.according_to,
            *self.lex.words_of("speaker", "opening_prepositions"),  # "Across America, women are …"
        )
        return frozenset(fold(w) for w in words if " " not in w.strip())

    @cached_property
    def naming(self) -> frozenset[str]:
        """Words that give what a person is called: "disapa", "dipanggil", "bernama"."""
        return frozenset(fold(w) for w in self.lex.words_of("names", "naming"))

    @cached_property
    def _titles(self) -> frozenset[str]:
        return self.lex.person_titles | self.lex.organization_titles | self.lex.common_speakers

    @cached_property
    def role_words(self) -> frozenset[str]:
        return frozenset(word for title in self._titles for word in title.split())

    @cached_property
    def qualifying_role_words(self) -> frozenset[str]:
        """Words of titles that only qualify a title's head inside it, never a title alone nor its first word ("Agung"
        of "Jaksa Agung", "Muda" of "Jaksa Agung Muda"): alone, such a word is no role, and may be a given name — in a
        language whose lexicon says so (`[names] title_qualifiers_are_given_names`; none otherwise)."""
        if not self.lex.flag("names", "title_qualifiers_are_given_names"):
            return frozenset()
        heads = {fold(title.split()[0]) for title in self._titles if title.split()}
        return self.role_words - heads

    @cached_property
    def function_words(self) -> frozenset[str]:
        words = (
            *self.lex.words_of("speaker", "determiners"),
            *self.lex.words_of("speaker", "stops"),
            *self.lex.words_of("cues", "complementizers"),
            *self.lex.words_of("cues", "noun_markers"),
            *self.lex.words_of("cues", "relatives"),
            *self.lex.words_of("cues", "addressee"),
        )
        return frozenset(fold(w) for w in words if " " not in w.strip())

    @cached_property
    def roots(self) -> frozenset[str]:
        return root_words(self.lex.code)

    def in_dictionary(self, word: str) -> bool:
        """Is the word in the language's dictionary, as it stands or after a prefix ("kelima", "sempat")?"""
        if word not in self._in_dictionary:
            self._in_dictionary[word] = self._read_in_dictionary(word)
        return self._in_dictionary[word]

    def _read_in_dictionary(self, word: str) -> bool:
        folded = fold(word).split("-")[0]  # "alih-alih"
        stems = {
            folded,
            *(folded[: -len(s)] for s in self.suffixes if folded.endswith(s) and len(folded) - len(s) >= 3),
        }
        return any(stem in self.roots or self._prefixed_root(stem) for stem in stems)

    def _prefixed_root(self, stem: str) -> bool:
        """Is the stem a root after one prefix or two ("kepercayaan": ke-per-caya-an)?"""
        for prefix in self.prefixes:
            if stem.startswith(prefix):
                rest = stem[len(prefix) :]
                if rest in self.roots or any(
                    rest.startswith(second) and rest[len(second) :] in self.roots for second in self.prefixes
                ):
                    return True
        return False

    def nominalised(self, word: str) -> bool:
        """Is the word an abstract noun made with a confix around dictionary words, a portfolio, field or domain and
        never a person's name: ke-…-an, per-…-an, peN-…-an ("Ketenagakerjaan", "Perekonomian", "Pemberdayaan")?
        After a title it belongs to the role: "Menteri Ketenagakerjaan Yassierli". The middle may be a root, a
        root after a prefix ("ber-daya"), or two roots ("tenaga kerja"); a nasal opening may have swallowed
        the root's first consonant ("penyuluhan": "suluh"). `[names] nominalising_confixes`."""
        folded = fold(word)
        if len(folded) < 7 or not folded.isalpha():
            return False
        if folded not in self._nominalised:
            self._nominalised[folded] = self._with_confix(folded)
        return self._nominalised[folded]

    def _with_confix(self, folded: str) -> bool:
        for opening, closing in self.confixes:
            if not (folded.startswith(opening) and folded.endswith(closing)):
                continue
            middle = folded[len(opening) : len(folded) - len(closing)]
            middles = {middle}
            swallowed = self.nasal_openings.get(opening)
            if swallowed and middle[:1] in "aeiou":
                middles.add(swallowed + middle)
            if any(self._dictionary_middle(m) for m in middles if len(m) >= 3):
                return True
        return False

    def dictionary_word(self, word: str) -> bool:
        """In the dictionary as it stands, after a prefix, or after a nasal opening that swallowed the root's first
        consonant ("Pemilih": "pilih"; "Publik")."""
        folded = fold(word)
        if self.in_dictionary(folded):
            return True
        return any(
            folded.startswith(opening) and f"{swallowed}{folded[len(opening) :]}" in self.roots
            for opening, swallowed in self.nasal_openings.items()
        )

    def _dictionary_middle(self, middle: str) -> bool:
        if middle in self.roots or any(middle.startswith(p) and middle[len(p) :] in self.roots for p in self.prefixes):
            return True
        return any(
            middle[:at] in self.roots and middle[at:] in self.roots for at in range(3, len(middle) - 2)
        )  # "tenaga" + "kerja"

    @cached_property
    def confixes(self) -> tuple[tuple[str, str], ...]:
        pairs = (confix.split("-", 1) for confix in self.lex.words_of("names", "nominalising_confixes"))
        return tuple((fold(opening), fold(closing)) for opening, closing in pairs)

    @cached_property
    def nasal_openings(self) -> dict[str, str]:
        """A nominalising opening that ends in a nasal, and the consonant it swallows ("peny" → "s")."""
        return {fold(k): fold(v) for k, v in self.lex.table("match", "nasal_prefixes").items()}

    @cached_property
    def suffixes(self) -> tuple[str, ...]:
        return tuple(fold(s) for s in self.lex.words_of("names", "derivational_suffixes"))

    def with_clitic(self, folded: str) -> bool:
        """A root word (perhaps with a prefix) and a clitic: "awalnya", "ketiganya", "sebelumnya"; or a derived
        word with one ("tujuannya", "kebijakannya", "pernyataannya": a suffix between the root and the clitic; or a
        confix, `nominalised`: "pemilihannya")."""
        for clitic in self.clitics:
            root = folded.removesuffix(clitic)
            if root == folded or len(root) < 3:
                continue
            if root in self.roots or any(root.startswith(p) and root[len(p) :] in self.roots for p in self.prefixes):
                return True
            if (
                len(root) >= 5
                and any(root.endswith(s) and s != clitic for s in self.suffixes)
                and self.in_dictionary(root)
            ):
                return True
            if self.nominalised(root):
                return True  # "pemilihannya", "pemerintahannya": a confix whose nasal swallowed the root's consonant
        return False

    def never_a_name(self, word: str) -> bool:
        """Is this word never a name nor a part of one, wherever it stands (a cue word, a pronoun, an
        honorific, an enumerator, a root with a clitic)?"""
        folded = fold(word)
        if folded not in self._never:
            self._never[folded] = (
                folded in self.cue_words
                or folded in self.lex.pronouns
                or folded.rstrip(".") in self.honorifics
                or folded in self.enumerators  # "Kedua, warga meminta …": a list's point, no one's name
                or self.with_clitic(folded)
                or self._reduplicated(folded)
            )
        return self._never[folded]

    def _reduplicated(self, folded: str) -> bool:
        """A word repeated with a hyphen, its parts in the dictionary: an adverb or a plural ("berkali-kali",
        "tiba-tiba", "masing-masing"), never a name ("Al-Derazi", "Jean-Paul" are no dictionary words)."""
        parts = folded.split("-")
        return len(parts) == 2 and all(len(part) > 2 and self.in_dictionary(part) for part in parts)

    @cached_property
    def institution_words(self) -> frozenset[str]:
        """Words of institutions' and places' names ("Kementerian", "Badan", "Kabupaten", "Pusat")."""
        words = (
            *self.lex.organization_heads,
            *self.lex.words_of("organizations", "words"),
            *self.lex.words_of("organizations", "place_words"),
            *self.lex.words_of("names", "place_markers"),
        )
        return frozenset(fold(w) for phrase in words for w in phrase.split())

    @cached_property
    def enumerators(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "enumerators"))

    def opens_sentence_only(self, word: str) -> bool:
        """Is this word, capitalised at the start of a sentence, no name there ("Namun", "Lalu", "Meanwhile")?
        Inside a sentence its capital may make it one ("Gubernur Lalu Muhamad Iqbal")."""
        folded = fold(word)
        return folded in self.openers or folded in self.function_words

    @cached_property
    def verb_prefixes(self) -> tuple[str, ...]:
        return tuple(fold(p) for p in self.lex.words_of("names", "verb_prefixes"))

    @cached_property
    def agent_markers(self) -> frozenset[str]:
        """What brings in the doer of a passive verb ("oleh", "by"): `[names] agent_markers`."""
        return frozenset(fold(w) for w in self.lex.words_of("names", "agent_markers"))

    @cached_property
    def _one_word_cues(self) -> frozenset[str]:
        return frozenset(c.strip().lower() for c in self.lex.post_cues if c.strip() and " " not in c.strip())

    @cached_property
    def _according_to_before(self) -> re.Pattern[str]:
        return re.compile(phrase_pattern([c for c in self.lex.according_to if c.strip()]) + r"\Z")

    @cached_property
    def _according_to_ends(self) -> tuple[str, ...]:
        """The last word of each "menurut" phrase, case-folded."""
        return tuple({c.split()[-1].casefold() for c in self.lex.according_to if c.strip()})

    def spoken_after_cue(self, text: str) -> Iterator[str]:
        """Each capitalised word standing alone right after a one-word cue that follows a quotation ("…," ujar
        Media.). (Each such word is found first, then the word before it read: a pattern that begins with the
        cues is tried at every character of the article, and costs several times more.)"""
        cues = self._one_word_cues
        for found in _WORD_ALONE.finditer(text):
            start = end = found.start()
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # \w or "-", inline: hot
                start -= 1
            if start < end and text[start:end].lower() in cues:
                yield found.group(1)

    def according_to_one_word(self, text: str) -> Iterator[str]:
        """Each capitalised word standing alone after "menurut"/"according to" ("Menurut Ugas, sanksi …")."""
        before, ends = self._according_to_before, self._according_to_ends
        for found in _WORD_BEFORE_COMMA.finditer(text):
            at = found.start()
            last = text[max(0, at - 30) : at].rsplit(None, 1)[-1:]  # the phrase's last word ends there, if any does
            if not last or (last[0].isascii() and not last[0].casefold().endswith(ends)):
                continue
            if before.search(text, max(0, at - 80), at):
                yield found.group(1)

    @cached_property
    def passive_prefixes(self) -> tuple[str, ...]:
        return tuple(fold(p) for p in self.lex.words_of("names", "passive_prefixes"))

    @cached_property
    def predicate_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("names", "predicate_openers"))

    def predicate(self, word: str) -> bool:
        """Can this word open what is said of a subject: a verb by its prefix ("membenarkan", "berharap") or an
        auxiliary ("juga", "turut", "telah")? In a language with no verb prefixes, any lower-case word that is no
        function word ("confirmed", "has")."""
        folded = fold(word)
        if not word[:1].islower() or folded in self.function_words or folded in self.openers:
            return folded in self.predicate_openers
        if folded in self.predicate_openers or folded in self.cue_words:
            return True
        return folded.startswith(self.verb_prefixes) if self.verb_prefixes else True

    def is_honorific(self, word: str) -> bool:
        return fold(word).rstrip(".") in self.honorifics

    @staticmethod
    def only_initials(name: str) -> bool:
        """Is the name only initials ("R", "M. S.")? The press so shields a suspect or a victim: it says who the
        article means, not who they are, and two such are no one person."""
        return bool(name.split()) and all(_INITIAL.fullmatch(w) for w in name.split())

    def described_person(self, phrase: str) -> bool:
        """Is a person's phrase a description, where the head noun comes last: its last word a common noun in lower
        case ("American woman", "Russian fisherman", "Foreign Office spokesman") or a title written as an acronym
        ("Iraqi Parliamentary Security and Defense Commission MP")? It says what someone is, and two articles'
        "Florida woman" are no one person."""
        words = phrase.split()
        if not self.lex.flag("names", "head_noun_last") or len(words) < 2 or not words[-1].isalpha():
            return False
        if words[-1].islower():
            return True
        # a title after a body's name ("… Defense Commission MP"), not after a person's ("John Smith MP")
        return (
            words[-1].isupper()
            and fold(words[-1]) in self.role_words
            and any(fold(word) in self.body_words for word in words[:-1])
        )

    def person_of_a_body(self, phrase: str) -> bool:
        """Is a body's phrase a person it has, described: a person's role in lower case after the body's name, and
        only words in lower case after it ("GOP strategist monitoring the race", "CNN correspondent")? Someone of the
        body, unnamed, whom no actor stands for (the body itself speaks by its voice: "White House spokesman" is read
        as the White House before this)."""
        words = phrase.split()
        if not self.lex.flag("names", "head_noun_last") or len(words) < 2 or not is_capitalised(words[0]):
            return False
        at = next(
            (n for n, word in enumerate(words) if word.islower() and fold(word) in self._person_title_words), None
        )
        return at is not None and at > 0 and all(word.islower() for word in words[at:])

    @cached_property
    def _person_title_words(self) -> frozenset[str]:
        """Persons' titles of one word (`[titles] person`: "strategist", "correspondent"), no body's word ("foreign"
        of "Foreign Minister" is none: "French foreign ministry" is a body)."""
        bodies = (
            self.lex.organization_titles
            | self.body_words
            | {fold(w) for w in self.lex.words_of("speaker", "owned_bodies")}
        )
        return frozenset(
            fold(title) for title in self.lex.person_titles if " " not in title.strip() and fold(title) not in bodies
        )

    @cached_property
    def _person_heads(self) -> frozenset[str]:
        """What heads a phrase that describes a person: a person's title or a noun of what one is (`[titles] person`,
        `[speaker] person_nouns`: "reporter", "host")."""
        return self.lex.person_titles | {fold(w) for w in self.lex.words_of("speaker", "person_nouns")}

    @cached_property
    def _kind_of_body_words(self) -> frozenset[str]:
        """The words of bodies' names that say what kind of body (`[organizations] words`, no acronym: "Institute",
        "Foundation"), not which one."""
        return frozenset(fold(w) for w in self.lex.words_of("organizations", "words") if not w.isupper())

    @cached_property
    def body_words(self) -> frozenset[str]:
        """Words of bodies' names (`[organizations] words` and one-word heads: "Commission", "Ministry")."""
        return frozenset(fold(w) for w in self.lex.words_of("organizations", "words")) | frozenset(
            h for h in self.lex.organization_heads if " " not in h
        )

    def names_someone(self, phrase: str, kind: str = "person") -> bool:
        """Does the phrase hold a name of its own? A known entity does ("White House"); an organisation's
        name needs a capitalised word that is no function word ("BPS", "Kementerian Keuangan"); a person's, one
        that is no title or role either ("Prabowo Subianto" does; "hakim", "Pak Presiden", "katanya", "dia",
        "Namun", "Politisi Partai Golkar" do not)."""
        if gazetteer().lookup(phrase) is not None:
            return True
        if HANDLE.fullmatch(phrase.strip()):
            return True  # "ujar @farhanalv": an account's handle names who posted, whatever its case
        words = _WORD.findall(phrase)
        if kind == "organization" and len(words) == 1 and fold(words[0]) in self._kind_of_body_words:
            return False  # "Institute", "Foundation", "Council" alone: a kind of body, which one the text said before
        if (
            kind == "organization"
            and len(words) > 1
            and (words[-1].islower() or words[-1].isupper())
            and fold(words[-1]) in self._person_heads
        ):
            # "the CNN host", "the Reuters reporter", "Iraqi Parliamentary Security and Defense Commission MP": someone
            # of the body, unnamed, and not the body
            return False
        if kind == "person" and len(words) > 1 and fold(words[0]) in self.role_words:
            known = gazetteer().lookup(" ".join(words[1:]))
            if (known is not None and known.kind != "person") or (
                fold(words[1]) in self.lex.organization_heads
                and all(self.in_dictionary(w) or w.isupper() or is_roman_numeral(w) for w in words[2:])
            ):
                # "Politisi Partai Golkar", "Anggota Komisi IV DPR RI": a role in an organisation, no one's name
                # ("Ketua DPD II Golkar Makassar Munafri Arifuddin" names him)
                return False
        if kind == "person" and len(words) > 1 and fold(words[-1]) in self.role_words:
            # "US President", "Texas Governor": a place and its office, whom the article calls so (no one's name)
            at = len(words)
            while at > 1 and fold(words[at - 1]) in self.role_words:
                at -= 1
            place = gazetteer().lookup(" ".join(words[:at]))
            if place is not None and place.kind == "place":
                return False
            if fold(words[-1]) in self.lex.person_titles and any(
                fold(w) in self.lex.organization_heads for w in words[:at]
            ):
                # "Senate Majority Leader": an office in a body, whom the article calls so (not a body's name whose
                # last words are a portfolio's: "Dinas Pendidikan dan Kebudayaan")
                return False
        return any(
            is_capitalised(w)
            and not self.never_a_name(w)
            and not self.opens_sentence_only(w)
            and (
                kind != "person"
                or fold(w) not in self.role_words
                # one word that only qualifies a title inside it, written as a name ("kata Agung": "Jaksa Agung" is a
                # title, "Agung" alone a given name); not an acronym ("TNI" of "Panglima TNI" is a body)
                or len(words) == 1
                and fold(w) in self.qualifying_role_words
                and not w.isupper()
            )
            for w in words
        )

    def clean_alias(self, alias: str, name: str, kind: str = "person") -> bool:
        """May `alias` stand for the actor called `name` across articles? It must name someone and share a
        word with the name ("Lavrov" for "Sergei Lavrov"); cue words, pronouns and titles alone never do."""
        if not self.names_someone(alias, kind):
            return False
        return bool(set(fold(alias).split()) & set(fold(name).split()))


@cache
def name_words(language: str) -> NameWords:
    return NameWords(lexicon(language))


_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def is_roman_numeral(word: str) -> bool:
    """A Roman numeral ("Wilayah V", "Komisi III"), but not "I", which opens Balinese names ("I Made")."""
    return word not in ("", "I") and bool(_ROMAN.fullmatch(word))


def particle_joined(token: str, particles: frozenset[str]) -> bool:
    """Is the token a name's lower-case particle joined by a hyphen to a capitalised name ("al-Hashimi", "el-Sisi";
    `particles` casefolded, `[names] particles`)?"""
    particle, hyphen, rest = token.partition("-")
    return bool(hyphen) and particle.casefold() in particles and rest[:1].isupper()


@lru_cache(maxsize=1 << 16)  # (asked of every capitalised token, most of them many times)
def looks_coined(word: str) -> bool:
    """A brand's or an organisation's coined shape, never a person's name: a digit, or a capital inside a
    word that is not all capitals ("Waste4Change", "GoTo", "BliBli")."""
    letters = word.strip(".'’-")
    return any(c.isdigit() for c in letters) or (
        len(letters) > 2 and not letters.isupper() and "-" not in letters and any(c.isupper() for c in letters[1:])
    )


class NameEvidence:
    """What one document shows about its capitalised words: which it uses as places or institutions.

    A word written after a place or institution marker ("di Indramayu", "dari Tokopedia", "Perum Bulog", "in
    Ohio") or right before a bracketed acronym ("Lingkungan Hidup (KLH)") names a place or an institution in
    this document, so before a person's name it belongs to their role.
    """

    def __init__(self, text: str, words: NameWords):
        self._is_honorific = words.is_honorific
        self._coined = words.coined
        self.placed: set[str] = set()
        # the first word of a two-word place ("di Phnom Penh", "in Abdul Satar village") → the words after it there,
        # and the words placed otherwise (alone, last, by a bracket): a place named after a person ("Abdul Satar")
        # makes no place of "Abdul"
        self._opening: dict[str, set[str]] = {}
        self._alone: set[str] = set()
        # a capitalised word standing alone right after a cue that follows a quotation ("…," ujar Media.): the
        # press names a speaker so, by a word of their name, whatever else the word means
        self.spoken = {found for found in words.spoken_after_cue(text) if found.lower() not in words.cue_words}
        # …and the words the press names a speaker by, after a cue or "menurut": "ujar Tjahjo.", "Menurut Ugas, …"
        self.short_mentions = self.spoken | {
            found for found in words.according_to_one_word(text) if found.lower() not in words.cue_words
        }
        # a marker word ("di", "dari", "PT"), blank space, then a word with a capital
        for marker in words.place_marker_tokens.finditer(text):
            word = _TOKEN.match(text, marker.end())
            if not word or not word.group()[:1].isupper():
                continue
            if fold(_token_before(text, marker.start())) in words.place_connectors:
                continue  # "Bupati dan di …"
            written = _RUN_AFTER.match(text, word.start())
            run = written.group().split() if written else [word.group()]  # "di Ébrié": a capital outside A–Z
            written_marker = text[marker.start("marker") : marker.end("marker")]  # (the match is in the folded text)
            if written_marker.islower() and len(run) <= 2:  # "di Phnom Penh": the place's whole name
                self.placed.update(run)
                self._alone.add(run[-1])
                if len(run) == 2:
                    self._opening.setdefault(run[0], set()).add(run[1])
            else:  # "PT Eigerindo …": the word after the head
                self.placed.add(word.group())
                self._alone.add(word.group())
        for bracket in _OPENING_BRACKET.finditer(text):
            at = bracket.start()
            if not text[at + 1 : at + 13].split(")")[0].isupper():
                continue
            previous_word = _token_before(text, at)
            if previous_word[:1].isupper():
                # "Ogan Komering Ilir (OKI)", "Lingkungan Hidup (KLH)": what the acronym abbreviates
                abbreviated = _RUN_BEFORE.search(text, max(0, at - 80), at)
                run = abbreviated.group().split() if abbreviated else [previous_word]
                # the noun before the run says what it names: "program Makan Bergizi Gratis (MBG)" is no person; a word
                # that gives a person's name does ("akrab disapa Kang Dedi Mulyadi (KDM)": `[names] naming`)
                before = _token_before(text, abbreviated.start() if abbreviated else at)
                named = (
                    _initials_of_a_name(run, text[at + 1 : at + 13].split(")")[0], words, text)
                    if not before[:1].islower()
                    or fold(before) in words.role_words
                    or fold(before) in words.naming
                    or fold(before) in words.function_words  # "dengan Hendi Prio Santoso (HPS)": no noun before it
                    else 0
                )
                self.placed.update(run[: len(run) - named])  # "… Kewilayahan | Agus Harimurti Yudhoyono (AHY)"
                self._alone.update(run[: len(run) - named])
        numbered = Counter(found.group(1) for found in _NUMBERED_UNIT.finditer(text))
        # the word after a numbered unit, written so twice or more, is its place ("siswa SMPN 1 Cisarua … Guru SMPN 1
        # Cisarua"); once, it may be the name of who heads it ("Kepala Sekolah SMPN 33 Sumiyati")
        self.placed.update(word for word, count in numbered.items() if count >= 2)
        self._alone.update(word for word, count in numbered.items() if count >= 2)
        self.placed = {w for w in self.placed if fold(w) not in words.role_words}  # "Bupati" is a title, not a place

    def numbered_place(self, words: list[str]) -> bool:
        """Does a phrase end with a numbered unit's place, as this document writes it ("Guru SMPN 1 Cisarua") or as
        the gazetteer knows it ("Guru SMAN 3 Malang")?"""
        return (
            len(words) >= 3
            and words[-2].isdigit()
            and (words[-1] in self.placed or gazetteer().is_place_or_org(words[-1]))
        )

    def role_end(self, name: list[str]) -> int:
        """How many words opening `name` belong to the role: up to the last one this document uses as a place
        or an institution, or that is a coined word or a unit's numeral ("Wilayah V"). A name keeps one word."""
        cut = 0
        for j, word in enumerate(name[:-1]):
            if (
                (word in self.placed and not self._spoken_name(name[j:]) and not self._other_place_opened(name, j))
                or self._coined(word)
                or (j > 0 and is_roman_numeral(word))
            ):
                cut = j + 1
        return cut

    def _other_place_opened(self, name: list[str], at: int) -> bool:
        """Is `name[at]` placed only as the first word of two-word places, none of which `name` goes on with ("Abdul"
        of "in Abdul Satar village" in "General Abdul Razaq Yaqoobi")? Then it is no place here."""
        word = name[at]
        opened = self._opening.get(word)
        return opened is not None and word not in self._alone and at + 1 < len(name) and name[at + 1] not in opened

    def _spoken_name(self, words: list[str]) -> bool:
        """Does a word the press names a speaker by ('…," ujar Prasetyo.') open these capitalised words, no form of
        address among them? Then it is a name, whatever marker once stood before it ("Kembali ke Prasetyo, …")."""
        return (
            words[0] in self.spoken
            and all(word[:1].isupper() for word in words[1:])
            and not any(self._is_honorific(word) for word in words)
        )
