"""Speaker spans: where, next to a cue, the phrase naming who spoke begins and ends.

Before a cue the phrase ends its clause ("…, Menteri Perdagangan Budi Santoso mengatakan"), past circumstance,
roles, places and relative clauses set off by commas; after one it opens what follows ("kata Lavrov, …"); a
list of names is one speaker. Which tokens and gaps a phrase may hold, and what the pieces between commas are,
phrase_bounds says; which words of the phrase are the name is SpeakerParser's question.
"""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from claimtrack.extract.article import Article
from claimtrack.extract.names import HANDLE
from claimtrack.extract.phrase_bounds import PhraseBounds
from claimtrack.extract.segment import Sentence
from claimtrack.extract.speaker_words import is_acronym, is_capitalised
from claimtrack.extract.speakers import SpeakerParser
from claimtrack.extract.tokens import POSSESSIVE_ENDINGS, TOKEN, token_spans, uncontracted
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

_GLOSS_AT_END = re.compile(r"\s*\([^()]{1,30}\)\s*$")  # "Rep. Gwen Moore (D-Wis.)"


_NAME_AND_AGE = re.compile(r"\s*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}),[ \t]*\d{1,3}[ \t]*")
_DASHES = (" —", " –", " --")  # dashes that set off an aside (a hyphen joins words: "Butar-butar", "Covid - 19")
_TITLE_CLOSERS = {"'": "'", "’": "‘", '"': '"', "”": "“"}  # a closing quotation mark and its opening one


# a preposition, then capitalised names set off by commas, up to a comma: "in Canada, " before "France and Switzerland"
_LISTED_BEFORE = re.compile(r"\b(\w+)\s+((?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*)+)$")


_YEAR = re.compile(r"(?:19|20)\d\d")
_HANDLE = re.compile(rf"[ \t]*({HANDLE.pattern})")  # an account's handle right after a word: "akun @dinaskegelapan"
_KICKER_COLON = re.compile(r"(?<=\w):[ \t]+(?=[A-Z])")  # a colon before a capital: what comes before it is no subject


# the capitalised words that end a piece of a clause: "… turns to Miss Manners"
_NAME_ENDING = re.compile(r"(?<![\w.])(?:[A-Z][\w'’-]*\.?[ \t]+){1,4}[A-Z][\w'’-]*[ \t]*$")


# a region's one word, perhaps with the country it is in ("Newfoundland", "Newfoundland in Canada")
_REGION_WORD = re.compile(r"[A-Z][\w.’'-]*(?:[ \t]+in[ \t]+[A-Z][\w.’'-]*)?")


# where a sentence ends, roughly: a word of three small letters or more (no title: "Mr.", "Gov."), a stop, a capital
_SENTENCE_ENDS = re.compile(r"(?:[a-z]{3}|[0-9])[.!?][\"”’']?\s+[A-Z“\"]|\n")


# a body's acronym in brackets right before a demonstrative: "Lembaga Penjamin Simpanan (LPS) itu"
_ACRONYM_BEFORE_DEMONSTRATIVE = re.compile(r"[ \t]+\([A-Z][A-Za-z]{1,9}\)[ \t]*$")


class SpeakerSpans(PhraseBounds):
    """Speaker phrases as (start, end) spans of a document, with one language's lexicon and its speaker parser.

    (cue_start, cue_start) or (start, start) stands for no speaker found.
    """

    def __init__(self, lex: Lexicon, parser: SpeakerParser):
        super().__init__(lex, parser)
        self.conjunction_pattern = phrase_pattern([w for w in lex.words_of("speaker", "conjunctions") if " " not in w])
        self.role_connectors = frozenset(lex.words_of("speaker", "role_connectors"))
        self.institution_connectors = frozenset(lex.words_of("speaker", "institution_connectors"))
        self.apposition_articles = parser.indefinite_articles
        # nouns of places a description set off after a place heads ("…, the Saudi capital, …")
        self.place_nouns = frozenset(fold(w) for w in lex.words_of("speaker", "place_nouns"))
        self.contracted = frozenset(fold(w) for w in lex.words_of("cues", "contracted_before_s")) & lex.pronouns
        self.prepositions = frozenset(w for w in lex.words_of("names", "place_markers") if w.islower() and len(w) <= 4)
        self.governing = frozenset(w.casefold() for w in lex.words_of("speaker", "governing_prepositions"))
        self.noun_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "noun_prepositions"))
        # articles, after which a preposition's word is an adjective: "an inside source" ("most in Miami" is no such)
        self._articles = self.apposition_articles | parser.definite
        self.prepositions |= self.governing
        self.ranks = frozenset(fold(t) for t in lex.person_titles)  # titles that may open a name: "AKP Supriadi"
        self.source_prepositions = frozenset(fold(w) for w in lex.words_of("speaker", "source_prepositions"))
        self.holding_participles = frozenset(fold(w) for w in lex.words_of("speaker", "holding_participles"))
        self.title_markers = frozenset(fold(w) for w in lex.words_of("speaker", "title_markers"))
        self.works = frozenset(fold(w) for w in lex.words_of("speaker", "work_nouns")) | parser.documents
        self.idea_nouns = frozenset(fold(w) for w in lex.words_of("speaker", "idea_nouns"))
        self.object_relatives = frozenset(fold(w) for w in lex.words_of("speaker", "object_relatives"))
        self.possessive_relatives = frozenset(fold(w) for w in lex.words_of("speaker", "possessive_relatives"))
        self.subordinators = frozenset(w for w in lex.words_of("cues", "subordinators") if " " not in w)
        self.vague_subjects = frozenset(fold(w) for w in lex.words_of("claims", "vague_subjects"))
        self.finite_pasts = frozenset(w for w in lex.words_of("claims", "irregular_pasts") if w.islower())
        self.irregular_verbs = self.finite_pasts | parser.irregular_participles  # ("met", "told", "led")
        self.content_subordinators = frozenset(fold(w) for w in lex.words_of("cues", "content_subordinators"))
        self.infinitive_markers = frozenset(lex.words_of("speaker", "infinitive_markers"))
        self.coordinators = frozenset(fold(w) for w in lex.words_of("cues", "clause_links") if " " not in w)
        self.documents = parser.documents
        self.complementizers = frozenset(fold(w) for w in lex.complementizers)
        self.speech_cues = frozenset(fold(w) for w in lex.speech_cues if " " not in w)
        self.pointing_back = frozenset(fold(w) for w in lex.words_of("claims", "pointing_back_after_noun"))
        self.weekdays = frozenset(fold(w) for w in lex.words_of("dates", "weekdays"))
        self.subject_articles = frozenset(w.casefold() for w in lex.words_of("names", "subject_articles"))
        self.inclusion_markers = tuple(fold(w) for w in lex.words_of("speaker", "inclusion_markers"))
        self.adverb_endings = tuple(fold(w) for w in lex.words_of("cues", "adverb_endings")) or ("\0",)
        self.relaying = frozenset(fold(w) for w in lex.words_of("cues", "relaying"))
        self.personal_relatives = frozenset(fold(w) for w in lex.words_of("speaker", "personal_relatives"))
        self.origin_markers = parser.origin_markers
        self.joining_names = frozenset(  # lower-case words a list of names may hold: "the", "and", "of", "including"
            fold(word)
            for phrase in (
                *lex.words_of("speaker", "name_connectors"),
                *lex.words_of("speaker", "list_conjunctions"),
                *lex.words_of("speaker", "determiners"),
                *lex.words_of("speaker", "inclusion_markers"),
            )
            for word in phrase.split()
        )

    # --- the speaker before a cue ----------------------------------------------------------------------
    def before(self, doc: Article, clause_start: int, cue_start: int) -> tuple[int, int]:
        """The speaker phrase that ends right before a cue: (start, end), or (cue_start, cue_start) if none.

        Pieces after the speaker that are only circumstance ("Senin (12/10)", "speaking at a rally") are skipped.
        """
        key = (clause_start, cue_start)
        if key not in doc.speakers_before:
            for kicker in _KICKER_COLON.finditer(doc.text, clause_start, cue_start):
                clause_start = kicker.end()  # "Frustration with police: Civil rights activists say …": a kicker
            named = self.named_in_dash_aside(doc, clause_start, cue_start) or self._name_in_capacity(
                doc, clause_start, cue_start
            )
            read_to = self._before_quoted_title(doc.text, clause_start, cue_start)
            start, end = named or self._read_before(
                doc, clause_start, read_to or self.before_dash_aside(doc, clause_start, cue_start)
            )
            if doc.text[end - 2 : end] in ("'s", "’s") and fold(doc.text[start : end - 2]) in self.contracted:
                end -= 2  # "He's also said": "he has", the pronoun speaks
            if (
                end > start
                and any(f" {marker} " in doc.text[start:end] for marker in self.origin_markers)
                and self.parser.parse(doc.text[start:end]).kind != "person"
            ):
                # "Trump adviser Gov. Mike Pence of Indiana said" read as the place: the person before where from
                end = self._before_origin(doc.text, start, end, titled=True)
            if end > start and self._named_idea(doc.text, clause_start, start, end):
                start = end = cue_start  # "konsep Tri Hita Karana dari Bali yang menekankan …": an idea, no one
            if end > start:
                start, end = self._group_before_example(doc, clause_start, start, end)
            doc.speakers_before[key] = start, end
        return doc.speakers_before[key]

    def _name_in_capacity(self, doc: Article, clause_start: int, cue_start: int) -> tuple[int, int] | None:
        """The person's name before a word of capacity whose role runs up to the cue (`[speaker] capacity_words`:
        "Albert Varela selaku manajer personal Martin mengklaim …" is Albert Varela's, not Martin's); None otherwise.
        The role is a role (`SpeakerParser.is_role`), of eight words at most, with no comma or stop in it; the name a
        person's or a body's, right before the word."""
        if not self._capacity_words:
            return None
        text = doc.text
        words = list(TOKEN.finditer(text, clause_start, cue_start))
        at = next((n for n in range(len(words) - 1, -1, -1) if fold(words[n].group()) in self._capacity_words), None)
        if at is None or at == 0 or len(words) - at - 1 > 8 or len(words) - at - 1 < 1:
            return None
        role = text[words[at].end() : cue_start].strip()
        if any(mark in role for mark in ',.;:()"“”') or not self.parser.is_role(role):
            return None
        start, end = self._read_before(doc, clause_start, words[at].start())
        if end <= start or text[end : words[at].start()].strip():
            return None
        name = text[start:end].strip()
        if not (
            self.parser.is_person_name(name) or name[:1].isupper() and self.parser.parse(name).kind == "organization"
        ):
            return None  # ("Kementerian Keuangan selaku bendahara negara menyatakan …": the ministry)
        return start, end

    @cached_property
    def _capacity_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "capacity_words"))

    def _named_idea(self, text: str, clause_start: int, start: int, end: int) -> bool:
        """Is the phrase from `start` to `end` the name of an idea, a noun of ideas right before it or opening it
        (`[speaker] idea_nouns`: "konsep Tri Hita Karana", "Konsep Tri Hita Karana menekankan …")? An idea named so
        says nothing; no one spoke."""
        if not text[start : start + 1].isupper():
            return False  # ("But he operates on a different principle, he said": the idea is no subject)
        words = text[clause_start:start].split()
        if words and words[-1].isalpha() and words[-1].islower() and fold(words[-1]) in self.idea_nouns:
            return True
        phrase = text[start:end].split()
        return len(phrase) > 1 and phrase[1][:1].isupper() and fold(phrase[0]) in self.idea_nouns

    def _before_quoted_title(self, text: str, clause_start: int, cue_start: int) -> int | None:
        """Where the word that gives a work's title stands, when the title, in quotation marks, ends right before the
        cue (`[speaker] title_markers`: "Jurnal Hut Trop berjudul 'Potensi … dan Antibakteri' menyebut …"): the work
        is read before that word, never the title's last words."""
        end = cue_start
        while end > clause_start and text[end - 1].isspace():
            end -= 1
        if not self.title_markers or end <= clause_start or text[end - 1] not in _TITLE_CLOSERS:
            return None
        opener = _TITLE_CLOSERS[text[end - 1]]
        at = end - 1
        while (at := text.rfind(opener, clause_start, at)) > clause_start and not text[at - 1].isspace():
            pass  # (an apostrophe inside the title: "Women's")
        if at <= clause_start:
            return None
        lead = text[clause_start:at].rstrip()
        marker = lead.rsplit(None, 1)[-1] if lead.split() else ""
        if fold(marker) not in self.title_markers:
            return None
        return clause_start + len(lead) - len(marker)

    def _qualified_source(self, doc: Article, cue_start: int) -> tuple[int, int] | None:
        """An unnamed source and what qualifies it, right before the cue: "a source close to the death investigation
        told CNN", "A person familiar with the matter said" (`SpeakerWords.qualified_source`): the whole phrase
        speaks, never the qualifier's object ("matter"). Read back to the sentence's start or a mark, past where the
        clause was thought to open (after "with", whose object is no speaker)."""
        text = doc.text
        window = max(0, cue_start - 160)
        at = max(text.rfind(mark, window, cue_start) for mark in ',;:“”".!?\n')
        start = max(window, at + 1)
        qualified = self.parser.source_qualified
        if qualified is None or qualified.search(text, start, cue_start) is None:
            return None  # (no qualifier before the cue, as nearly always: nothing to try phrase by phrase)
        end = cue_start
        while end > start and text[end - 1].isspace():
            end -= 1
        spans = list(TOKEN.finditer(text, start, end))
        while spans and (
            fold(spans[-1].group()) in self.finite_verbs or fold(spans[-1].group()).endswith(self.adverb_endings)
        ):
            spans.pop()  # "Sources close to the situation have indicated", "… have exclusively told"
        if not spans:
            return None
        end = spans[-1].end()
        for first in spans[-12:]:  # (the phrase may follow a clause: "… as two people familiar with …")
            if self.parser.qualified_source(text[first.start() : end]):
                return first.start(), end
        return None

    def _read_before(self, doc: Article, clause_start: int, cue_start: int) -> tuple[int, int]:
        qualified = self._qualified_source(doc, cue_start)
        if qualified is not None:
            return qualified
        authored = self._author_of_document_cue(doc, clause_start, cue_start)
        if authored is not None:
            return authored
        segments = self._segments(doc, clause_start, cue_start)
        if segments and doc.text[segments[0][0] : segments[0][1]].strip().casefold() in self.relatives:
            personal = doc.text[segments[0][0] : segments[0][1]].strip().casefold() in self.person_relatives
            return self._relative_head(doc, segments[1:], personal) or (cue_start, cue_start)
        head = self._relative_head_before(doc, segments[0]) if segments else None
        if head is not None:
            return head
        inside = self._subject_after_relative(doc, segments[0]) if segments else None
        if inside is not None:
            return inside
        subordinate = self._subject_after_subordinator(doc, segments[0], cue_start) if segments else None
        if subordinate is not None:
            return subordinate
        split = self._head_of_split_relative(doc, segments)
        if split is not None:
            return split
        listed = next((n for n, piece in enumerate(segments) if self._opens_members(doc, *piece)), None)
        if (
            listed is not None
            and listed + 1 < len(segments)
            and all(self._names_only(doc, *piece) for piece in segments[1 : listed + 1])
            and (self._names_only(doc, *segments[0]) or listed > 0 and not self._capitalised_in(doc, *segments[0]))
        ):  # (the piece next to the cue may be its auxiliaries: "…, including Mr. Goldberg, have pointed out")
            # "Other media outlets, including UPI.com, …, BuzzFeed and HuffPost UK reported": the group speaks
            return self._noun_phrase_before(doc, *segments[listed + 1]) or (cue_start, cue_start)
        # ("dr Siti Nadia Tarmizi, M.Epid, mengatakan": the degrees set off by commas are the name's; "…, seperti
        # dilansir AFP, menyebut": the outlet that relayed the words is not who said them)
        pieces = [
            piece
            for piece in segments
            if not self._relative_clause(doc, *piece)
            and not self._degrees(doc, *piece)
            and not self._relay(doc, *piece)
        ]
        if len(pieces) > 1 and self._only_auxiliaries(doc, *pieces[0]):
            pieces = pieces[1:]  # "Another RT America host, Abby Martin, had previously denounced": the subject's verb
        for n, (piece_start, piece_end) in enumerate(pieces):
            if self._region_of_a_place(doc, pieces[n:]):
                continue  # "The massage therapist from Tampa, Florida(,) said": the region of the place before it
            if self._description_of_a_place(doc, pieces[n:]):
                continue  # "the Swedish embassy in Riyadh, the Saudi capital, claims": what Riyadh is
            if (
                n
                or self._adverb_set_off(doc, pieces, cue_start)
                or self._subjectless_clause(doc, piece_start, piece_end)
            ) and self._circumstance_before_subject(doc, pieces[n:]):
                continue  # "X, dalam bincang virtual bersama Total Quality Indonesia, mengatakan": X spoke
            named = (
                None
                if not doc.text[piece_end:cue_start].strip()
                and self._determined(doc, piece_start, piece_end)
                and not self._indefinite_after_name(doc, pieces[n:])
                else self._name_before_role(doc, pieces[n:])
            )  # ("…, an annual event, the guard said": a described subject next to its cue is no apposed role; but
            # "…, Hisham al-Hashimi, an Iraqi security strategist, told The Telegraph": a name and what it is)
            if named is not None and any(
                start <= named[0] < end and self._opens_adjunct(doc, start, end) for start, end in pieces[n + 1 :]
            ):
                named = None  # "Selain laporan Sahara, beberapa warga … menyebut …": no name apposed in an adjunct
            if named is not None:
                return named
            if len(segments) > len(pieces) and self._place_of_a_role(doc, pieces[n:]):
                continue
            if (
                n + 1 < len(pieces)
                and doc.text[piece_end:cue_start].lstrip().startswith(",")
                and self._set_off_adjunct(doc, piece_start, piece_end)
            ):
                continue  # "Supporters of abortion rights, on the other hand, argued": no "hand" spoke
            if n and self._opens_adjunct(doc, piece_start, piece_end):
                break  # "Selain laporan Sahara, beberapa warga … menyebut …": no subject in a fronted adjunct
            first = TOKEN.search(doc.text, piece_start, piece_end)
            if n and first is not None and first.group().islower() and fold(first.group()) in self.complementizers:
                break  # "…, hoping that … they'll convince voters, …, that it's a truth, on Wednesday said …": a clause
                # a complementizer opens is what someone hopes or says, and no noun in it is the cue's subject (in
                # lower case: "That letter, on Trump Organization letterhead, demanded …" opens with a determiner)
            if n + 1 < len(pieces) and self._after_work_noun(doc, *pieces[n + 1], subject_before=n + 2 < len(pieces)):
                continue  # "… dalam bukunya, Tanaman Obat Keluarga, menjelaskan", "in his book, The Hidden Forest,"
            if (
                n + 1 < len(pieces)
                and self._described(doc, piece_start, piece_end)
                and self._kin_of_name(doc, *pieces[n + 1])
            ):
                continue  # "The parents of Steven Sotloff, a freelance journalist …, told": the journalist is Sotloff
                # (but "Kuasa hukum Bambang Tri, Pardiman, menganggap": the lawyer, named)
            found = self._noun_phrase_before(doc, piece_start, piece_end)
            if found is not None and self._object_of_verb(doc, found):
                break  # "She did it because she said …": "it" is what she did, never who spoke
            if found is not None and self._place_after_preposition(doc, piece_start, found):
                break  # "… emigrés from south-eastern Russia asked …": where they came from, not who asked
            if found is not None:
                return self._list_before(doc, pieces[n + 1 :], found)
            if not self._is_circumstance(doc, piece_start, piece_end):
                break
        # "Politikus PDIP itu mengatakan …": no noun phrase read, but a description of someone the article brought in
        return self._subject_pointing_back(doc, pieces, cue_start) or (cue_start, cue_start)

    def _subject_pointing_back(
        self, doc: Article, pieces: list[tuple[int, int]], cue_start: int
    ) -> tuple[int, int] | None:
        """The subject right before its cue that a demonstrative closes, in a language whose demonstratives follow the
        noun: a person's title ("Politikus PDIP itu mengatakan …", "Wakil Ketua Komisi II DPR RI ini menilai …"), a
        former office ("Mantan Gubernur Jakarta itu …") or a noun for a person ("Pria kelahiran Bandung itu …"), then
        describing or capitalised words. The phrase up to the demonstrative: it points back at someone the article
        brought in, as the same description after a cue does (`_described_pointing_back`; whom it means is the
        extractor's to say). None for a thing ("Hal ini menegaskan …"), a body ("Kementerian tersebut menyatakan …"),
        kin ("Anak Tamara Bleszynski itu …"), or a name set off before it ("Budi, Ketua RT itu mengatakan …")."""
        if self.parser.head_noun_last or not self.pointing_back or not pieces:
            return None
        piece_start, piece_end = pieces[0]  # (the piece next to the cue; those before it follow)
        if doc.text[piece_end:cue_start].strip() or any(
            self._names_only(doc, *piece) and not self._leading_only(doc, *piece) for piece in pieces[1:]
        ):
            return None
        tokens = token_spans(doc.text, piece_start, piece_end)
        if len(tokens) < 2 or len(tokens) > 10 or fold(tokens[-1][2]) not in self.pointing_back:
            return None
        end = tokens[-1][0]
        acronym = _ACRONYM_BEFORE_DEMONSTRATIVE.search(doc.text, piece_start, end)
        end = acronym.start() if acronym else len(doc.text[:end].rstrip())  # (the body's acronym in brackets: not his)
        words = [token for _, _, token in token_spans(doc.text, piece_start, end)]
        if not words or not (self.parser.opens_with_person_title(" ".join(words)) or self.parser.described(words)):
            return None
        if not all(
            self._describing_word(word) or is_capitalised(word) or any(c.isdigit() for c in word) for word in words[1:]
        ):
            return None
        return piece_start, end

    def _place_after_preposition(self, doc: Article, start: int, found: tuple[int, int]) -> bool:
        """Is the phrase found a place the gazetteer knows, in the same piece right after a preposition (`[claims]
        prepositions`), perhaps past a word of which part of it ("emigrés from south-eastern Russia", "Iran, like
        Turkey, wants …")? The preposition's object: the place did not speak."""
        words = doc.text[found[0] : found[1]].split()
        if not words or not words[0][:1].isupper() or not self.parser.is_place(words):
            return False
        before = re.split(r"[,;:(]", doc.text[start : found[0]])[-1].split()  # (in the piece, past no comma)
        for word in reversed(before[-3:]):
            if fold(word) in self.lex.prepositions:
                return word.islower()
            if not (word.islower() and word.replace("-", "").isalpha() and ("-" in word or word.endswith("ern"))):
                return False  # (only a part of the place between: "south-eastern", "northern"; not "how deeply")
        return False

    def _after_work_noun(self, doc: Article, start: int, end: int, subject_before: bool) -> bool:
        """Does the piece end with a noun of works with its owner (`[speaker] work_nouns`, `documents`): a possessive
        determiner before it ("in his book") or a clitic on it ("dalam bukunya"), the subject named before it, in the
        piece ("Husin Rayesh Mallaleng dalam bukunya") or in one of its own ("John Smith, in his book")? What is set
        off after it is the work's title. Not where the piece opens the clause and names no one ("In his statement,
        Trump added …", "Elsewhere in its report, the Journal says …"): the subject comes after it."""
        words = TOKEN.findall(doc.text, start, end)
        if len(words) < 2:
            return False
        last = fold(words[-1])
        if last in self.works and fold(words[-2]) in self.parser.possessive_determiners:
            owner = words[:-3]  # (the preposition, the determiner, the noun)
        elif any(last.endswith(c) and last.removesuffix(c) in self.works for c in self.parser.names.clitics):
            owner = words[:-2]  # (the preposition, the noun with its clitic)
        else:
            return False
        return subject_before or (len(owner) > 1 and any(is_capitalised(word) for word in owner[1:]))

    @staticmethod
    def _described(doc: Article, start: int, end: int) -> bool:
        """Does the piece open in lower case ("a freelance journalist …"): a description, no name?"""
        first = TOKEN.search(doc.text, start, end)
        return first is not None and first.group().islower()

    def _kin_of_name(self, doc: Article, start: int, end: int) -> bool:
        """Does the piece end with a relational noun, its preposition and a name ("The parents of Steven Sotloff",
        "the lawyer for John Smith": `[titles] relational` entries of two words)? A description set off after it is
        the name's, not the subject's: the subject is the relative, described."""
        words = TOKEN.findall(doc.text, start, end)
        for at in range(len(words) - 2, 0, -1):
            if not is_capitalised(words[at + 1]):
                return False
            if f"{fold(words[at - 1])} {fold(words[at])}" in self.parser.relational:
                return True
        return False

    def _object_of_verb(self, doc: Article, found: tuple[int, int]) -> bool:
        """Is the phrase a pronoun that stands only as an object (`[speaker] object_pronouns`: "it", "him") right after
        a word in lower case, its verb ("did it", "told him")?"""
        if fold(doc.text[found[0] : found[1]].strip()) not in self._object_pronouns:
            return False
        before = doc.text[max(0, found[0] - 30) : found[0]].split()[-1:]
        return bool(before) and before[0].isalpha() and before[0].islower()

    @cached_property
    def _object_pronouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "object_pronouns"))

    def _subjectless_clause(self, doc: Article, start: int, end: int) -> bool:
        """Does a subordinator of time open the piece with a verb right after it (`[speaker] adjunct_subordinators`:
        "saat hadir dalam proses Pemilu OSIS …", "when asked about …")? That clause has no subject of its own: next to
        the cue with no comma between, after a subject set off by commas, a name in it is what it is about."""
        words = TOKEN.findall(doc.text, start, end)
        return (
            len(words) > 2
            and fold(words[0]) in self.adjunct_subordinators
            and words[1].islower()
            and words[1] not in self.not_verbs  # ("saat ini", "while a third would be …": a subject of its own)
            and (not self.adjunct_verb_endings or words[1].endswith(self.adjunct_verb_endings))
        )

    def _opens_adjunct(self, doc: Article, start: int, end: int) -> bool:
        """Does a preposition of someone besides the subject open the piece (`[speaker] addition_openers`: "Selain
        laporan Sahara", "Besides Sahara's report")? Its name is not the subject of the clause after it."""
        first = TOKEN.search(doc.text, start, end)
        return first is not None and fold(first.group()) in self.addition_openers

    def _subject_relative(self, doc: Article, start: int, end: int) -> bool:
        """Does the piece open a relative clause about its head ("who …", "whose hometown …"), not one whose pronoun may
        be the object of its clause (`[speaker] object_relatives`: "Christians, which has helped …" may end where a
        clause of the sentence's own goes on)?"""
        first = TOKEN.search(doc.text, start, end)
        return (
            self._relative_clause(doc, start, end)
            and first is not None
            and fold(first.group()) not in (self.object_relatives)
        )

    def _head_of_split_relative(self, doc: Article, segments: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The name a relative clause set off after it belongs to, when the clause's own commas split it and its
        predicate ends next to the cue: "Marco Rubio, whose hometown, Miami, is projected to be underwater as the sea
        level rises, argues" → "Marco Rubio" (the piece next to the cue holds a finite verb of its own, so it is no
        speaker; `segments` last first). None unless the piece before the relative word is names only."""
        segments = [piece for piece in segments if doc.text[piece[0] : piece[1]].strip()]  # (the comma before the cue)
        if len(segments) < 4:
            return None
        at = next((k for k in range(1, len(segments) - 1) if self._subject_relative(doc, *segments[k])), None)
        if at is None or not self._names_only(doc, *segments[at + 1]):
            return None
        nearest = doc.text[segments[0][0] : segments[0][1]]
        possessive = fold((TOKEN.findall(doc.text, *segments[at]) or [""])[0]) in self.possessive_relatives
        split_by_apposition = possessive and at > 1
        if not self._finite_outside_relative(nearest) and not (split_by_apposition and self._opens_with_past(nearest)):
            return None  # (a past opens the predicate only after "whose …, NAME,": "…, who faces …, rescinded" is
            # the main clause's)
        return self._noun_phrase_before(doc, *segments[at + 1])

    def _opens_with_past(self, piece: str) -> bool:
        """Does the piece open with a verb in the past, in lower case (`[claims] past_endings`, `irregular_pasts`):
        the predicate of the relative clause split before it ("…, whose daughter, Sandra Bland, died in a Texas jail
        …, called on")? Asked only there: alone, "injured in the attack" may as well describe."""
        first = TOKEN.search(piece)
        if first is None or not first.group().islower():
            return False
        word = fold(first.group())
        return word in self.finite_pasts or word.endswith(self.parser.past_endings)

    def _author_of_document_cue(self, doc: Article, clause_start: int, cue_start: int) -> tuple[int, int] | None:
        """A cue that names a document (`[speaker] documents`: "report"), its author's name between it and an indefinite
        article, a complementizer after it ("Details of the meeting follow a NBC report that …", "… after an Axios
        report that …"): the name, whatever the sentence's subject (no verb follows "a NBC"). English order only
        (`head_noun_last`)."""
        text = doc.text
        cue = TOKEN.match(text, cue_start)
        if not self.parser.head_noun_last or cue is None or fold(cue.group()) not in self.documents:
            return None
        low = max(clause_start, cue_start - 80)
        low = max(low, *(text.rfind(mark, low, cue_start) + 1 for mark in ',;:"“”()'))  # (within one phrase)
        words = list(TOKEN.finditer(text, low, cue_start))
        name: list[re.Match[str]] = []
        for word in reversed(words):
            if not word.group()[:1].isupper() or len(name) == 4:
                break
            name.insert(0, word)
        if (
            not name
            or len(name) == len(words)
            or words[-len(name) - 1].group().casefold() not in self.apposition_articles
        ):
            return None  # ("the Associated Press reports": after "the", a verb may follow the name)
        after = text[cue.end() : cue.end() + 40].split()[:2]
        if (
            not text[name[-1].end() : cue_start].isspace()
            or not after
            or fold(after[0]) not in self.complementizers
            or len(after) > 1
            and fold(after[1]) in self.speech_cues
        ):
            return None  # ("a Pando report says …", "a Pando report that says …": the report is a verb's subject)
        return name[0].start(), name[-1].end()

    def _adverb_set_off(self, doc: Article, pieces: list[tuple[int, int]], cue_start: int) -> bool:
        """Is the piece next to the cue a sentence adverb alone, set off by commas after the subject ("The company,
        however, said")? Not a conjunction: in "… filmed the encounter, but claims …" the subject is left out."""
        piece = fold(doc.text[pieces[0][0] : pieces[0][1]].strip())
        return (
            len(pieces) > 1
            and doc.text[pieces[0][1] : cue_start].lstrip().startswith(",")  # (not "The move, first reported by …")
            and self._leading_only(doc, *pieces[0])
            and piece not in self.conjunctions
            and piece not in self.clause_links
        )

    def _leading_only(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece only words that open a sentence before its subject ("however", "meanwhile")?"""
        return self.lex.leading_words.fullmatch(doc.text[start:end].strip() + " ") is not None

    def _set_off_adjunct(self, doc: Article, start: int, end: int) -> bool:
        """Is a piece set off by commas a prepositional phrase in lower case ("on the other hand", "for its part")?
        Its noun is the preposition's object, never who spoke."""
        words = TOKEN.findall(doc.text, start, end)
        return (
            len(words) > 1
            and words[0].islower()
            and (
                words[0] in self.opening_prepositions
                and not any(is_capitalised(word) for word in words[1:])
                # ("…, a Cruz supporter from Jackson, Miss., attending the South Carolina Tea Party Coalition
                # Convention, said": a participle's phrase, whatever it names)
                or words[0].endswith(self.circumstance_endings)
                and fold(words[0]) not in self.inclusion_markers  # ("…, including the ACLU of Oregon, …": members)
            )
        )

    def _only_auxiliaries(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece next to the cue only its auxiliaries and adverbs, a finite one among them ("had previously",
        "has also")?"""
        words = doc.text[start:end].split()
        return any(word in self.finite_verbs for word in words) and all(
            word.islower()
            and (fold(word) in self.parser.names.predicate_openers or self.lex.trailing_words.fullmatch(word))
            for word in words
        )

    def _relative_head_before(self, doc: Article, piece: tuple[int, int]) -> tuple[int, int] | None:
        """Whom a relay cites, when a relative pronoun of persons and a cue follow them, no comma between ("cited a
        well-placed source who claims that …" → "a well-placed source", "cites supply chain sources who suggest …";
        `[cues] relaying`, `[speaker] personal_relatives`): at most four words between the relaying verb and the
        pronoun. None for any other piece."""
        tokens = token_spans(doc.text, *piece)
        if len(tokens) < 2 or fold(tokens[-1][2]) not in self.personal_relatives:
            return None
        k = len(tokens) - 1
        while (
            k > 0
            and len(tokens) - 1 - k < 4
            and tokens[k - 1][2].casefold() not in self.lex.speaker_stops
            and not doc.cues_in(tokens[k - 1][0], tokens[k - 1][1])
        ):
            k -= 1
        if k == 0 or fold(tokens[k - 1][2]) not in self.relaying:
            return None  # (elsewhere what "who" stands for is not plain: "John Bentel, a tech staffer at the State
            # Department who told …", "approached by an ISIS leader who asked him …")
        for first in range(k, len(tokens) - 1):  # ("a well-placed source": the words a speaker phrase may hold)
            start, end = self._trim_phrase(doc, tokens[first][0], tokens[-2][1])
            if self.valid(doc, start, end):
                return start, end
        return None

    def _subject_after_subordinator(
        self, doc: Article, piece: tuple[int, int], cue_start: int
    ) -> tuple[int, int] | None:
        """The subject of a clause a subordinator opens right before the cue, no comma between, after a pronoun and
        its verb ("That's because Trump wants to junk …", `[claims] vague_subjects`, `[cues] subordinators`): the
        words after it, when they are a speaker and no verb; never "That's"."""
        if doc.text[piece[1] : cue_start].strip():
            return None
        tokens = token_spans(doc.text, *piece)
        at = next(
            (k for k in range(len(tokens) - 2, 0, -1) if tokens[k][2] in self.subordinators),
            None,
        )
        head = fold(tokens[0][2]).removesuffix("'s").removesuffix("’s") if tokens else ""
        if at is None or at > 2 or head not in self.vague_subjects:
            return None  # (only after "That's", "It is": a subordinate clause elsewhere has a subject of its own
            # that did something else: "… backed away from the deal, after BuzzFeed reported …")
        words = [token for _, _, token in tokens[at + 1 :]]
        if self._finite_among(words) or any(word.casefold() in self.relatives for word in words):
            return None
        start, end = self._trim_phrase(doc, tokens[at + 1][0], piece[1])
        return (start, end) if end > start and self.valid(doc, start, end) else None

    def _clause_goes_on(self, doc: Article, tokens: list[tuple[int, int, str]], size: int) -> bool:
        """Do the words after a noun phrase that follows a cue reach an auxiliary or a finite past before any mark
        ends the clause ("said an expansion team in Sin City was a “done deal”")? Then the phrase is the subject of
        what was said, not who said it. A relative, a complementizer or a subordinator opens a clause of its own
        (`[cues] subordinators`), and a name's description after a comma is not reached."""
        for k in range(size, min(len(tokens), size + 8)):
            if self._gap_stops(doc, tokens[k - 1][1], tokens[k][0], tokens[k - 1][2]):
                return False
            word = tokens[k][2].casefold()
            if word in self.relatives or word in self._clause_openers:
                return False  # ("one site that claims to have …", "said the actress after the show was …")
            if word in self.finite_verbs or word in self.finite_pasts:
                return True
        return False

    def _attribution_after_comma(self, doc: Article, position: int) -> bool:
        """Does a comma follow `position` in its sentence, and a cue after it ("… when he wrote his book, Mr.
        McKinley said …")? Then the clause at `position` comes before the sentence's main attribution."""
        text = doc.text
        limit = min(len(text), position + 300)
        ends = _SENTENCE_ENDS.search(text, position, limit)
        limit = ends.start() if ends is not None else limit
        comma = text.find(",", position, limit)
        return comma >= 0 and any(
            cue.kind != "according" and not fold(cue.text).endswith(self.progressive)
            for cue in doc.cues_in(comma, limit)
        )  # (not a participle going on with this clause, "even as he defended X, saying …", nor a source's tag)

    @cached_property
    def _pronoun_clause_openers(self) -> frozenset[str]:
        """Subordinators after which a pronoun opens a clause (`_noun_phrase_before`)."""
        prepositions = self.lex.words_of("claims", "preposition_subordinators")
        return frozenset(fold(w) for w in (*self.subordinators, *prepositions))

    @cached_property
    def _clause_openers(self) -> frozenset[str]:
        """Words that open a clause of their own after a noun phrase: complementizers and subordinators."""
        return frozenset(w.casefold() for w in (*self.lex.complementizers, *self.lex.words_of("cues", "subordinators")))

    def _finite_among(self, words: list[str]) -> bool:
        """Does an auxiliary or a finite past (`[cues] noun_followers`, `[claims] irregular_pasts`) stand among the
        words: a clause of their own, no subject alone?"""
        return any(word.casefold() in self.finite_verbs or word.casefold() in self.finite_pasts for word in words)

    def _subject_after_relative(self, doc: Article, piece: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of a relative clause whose pronoun is no subject, next to the cue: "…, where restructuring
        experts say …" (`[speaker] place_relatives`): the words between the pronoun and the cue spoke, not the place
        the clause is about (never "Va." of "Richmond, Va."). After a pronoun that is the clause's object
        (`object_relatives`: "the test, which state news media claimed now allows …", "the mine, which Mr. Clarke says
        he is doing everything he can to keep open") what was said holds a gap where the antecedent goes: an empty
        span, no speaker and no statement (never "test", "Patriot"). Empty too when the words are no speaker the
        lexicon reads. None unless two words or a capitalised one stand there, with no cue and no verb ("which also
        said …", "which is also streamed on Hulu --": the pronoun is the subject)."""
        tokens = token_spans(doc.text, *piece)
        relative = fold(tokens[0][2]) if tokens else ""
        if len(tokens) > 1 and relative in self.possessive_relatives:
            # "…, whose attorneys have said …", "…, whose new book boasts …": the possessed noun is the clause's
            # subject, not the head the pronoun stands for; a gap (no speaker) when the words are no speaker phrase
            found = self._noun_phrase_before(doc, tokens[1][0], piece[1])
            return found if found is not None and self.valid(doc, *found) else (piece[1], piece[1])
        if len(tokens) < 2 or (relative not in self.object_relatives and relative not in self.place_relatives):
            return None
        words = [token for _, _, token in tokens[1:]]
        if (
            (len(words) < 2 and not is_capitalised(words[0]))
            or doc.cues_in(tokens[1][0], piece[1])
            or self._finite_among(words)
        ):
            return None  # ("which is also streamed on Hulu --": the pronoun is the subject of a clause of its own)
        if relative in self.object_relatives:
            return piece[1], piece[1]  # what was said holds the pronoun's antecedent, a gap: no words to give
        found = self._noun_phrase_before(doc, tokens[1][0], piece[1])
        if found is not None and self.valid(doc, *found):
            return found
        return piece[1], piece[1]

    def before_dash_aside(self, doc: Article, start: int, end: int) -> int:
        """Where an aside set off by dashes right before `end` opens ("Dedy, Kepala Peleton B …, Jakarta Selatan — tim
        pemadam yang tiba pertama kali — menuturkan"): what stands between dashes is no speaker; `end` if none."""
        opening = self._dash_aside_opening(doc, start, end)
        return end if opening is None else start + opening

    @staticmethod
    def _dash_aside_opening(doc: Article, start: int, end: int) -> int | None:
        """Where, from `start`, the aside set off by dashes right before `end` opens; None when there is none."""
        head = doc.text[start:end].rstrip()
        if head.endswith(" -"):
            # a hyphen set off by blanks on both sides, as plain text writes a dash ("Democrats - especially in his
            # native New York - said"), opening words, not a number ("Covid - 19")
            opening = head.rfind(" - ", 0, len(head) - 2)
            if opening > 0 and head[opening + 3 : opening + 4].isalpha() and len(head) - opening <= 160:
                return opening
            return None
        if not head.endswith(_DASHES):
            return None
        opening = max(head.rfind(dash, 0, len(head) - 1) for dash in _DASHES)
        return opening if 0 < opening and len(head) - opening <= 160 else None

    def named_in_dash_aside(self, doc: Article, start: int, end: int) -> tuple[int, int] | None:
        """The name set off by dashes with an age right before `end`, after a description ("Lung’s side chick — Zhang
        Hung, 21 — said …"): who the description is, and the speaker; None otherwise."""
        opening = self._dash_aside_opening(doc, start, end)
        if opening is None:
            return None
        head = doc.text[start:end].rstrip()
        aside = _NAME_AND_AGE.fullmatch(head, opening + 2, len(head) - 1)
        if aside is None or not self.parser.is_person_name(aside.group("name")):
            return None
        return start + aside.start("name"), start + aside.end("name")

    def _opens_members(self, doc: Article, start: int, end: int) -> bool:
        """Does the piece open with a word listing a group's members (`[speaker] inclusion_markers`: "including")?"""
        piece = fold(doc.text[start:end].strip())
        return any(piece == marker or piece.startswith(marker + " ") for marker in self.inclusion_markers)

    def _capitalised_in(self, doc: Article, start: int, end: int) -> bool:
        return any(is_capitalised(word) for word in TOKEN.findall(doc.text, start, end))

    def _names_only(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece names and the words joining them only ("including UPI.com", "the New York Daily News",
        "BuzzFeed and HuffPost UK"), past a word listing members? Not "including today's surgery …"."""
        words = [fold(w) for w in TOKEN.findall(doc.text, start, end) if not is_capitalised(w)]
        return all(w in self.joining_names for w in words)

    def _determined(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece a short noun phrase opened by an article of a described subject ("the guard", "a clinic
        spokeswoman"; `[names] subject_articles`), and nothing more ("a tech staffer … who told" is not)?
        Indonesian has none: "Suharso (47), seorang pedagang … mengaku" leaves out the comma after a role in
        apposition."""
        words = TOKEN.findall(doc.text, start, end)
        return bool(words) and words[0].casefold() in self.subject_articles and self.parser.determined_noun(words)

    def _without_gloss(self, doc: Article, start: int, end: int) -> str:
        """A piece without the bracketed short form that ends it ("Nusa Tenggara Barat (NTB)")."""
        return re.sub(r"\s*\([^)]*\)\s*$", "", doc.text[start:end].strip())

    def _indefinite_after_name(self, doc: Article, pieces: list[tuple[int, int]]) -> bool:
        """Is the piece next to the cue an indefinite description ("an Iraqi security strategist", `[speaker]
        apposition_articles`) set off after a piece that is a person's name alone, or a body's name alone when the
        description says what kind of body it is ("the SITE Intelligence Group, a research organization that tracks
        jihadist web postings, said": `[speaker] described_bodies`)?"""
        words = TOKEN.findall(doc.text, *pieces[0])
        if len(pieces) < 2 or not words or words[0].casefold() not in self.apposition_articles:
            return False
        name = doc.text[pieces[1][0] : pieces[1][1]].strip()
        return self.parser.is_person_name(name) or self._body_named(name, words)

    def _initials_run_together(self, name: str) -> bool:
        """Is the name initials written together in capitals, then one name ("RP Solanki, an official at the station,
        told …"), the initials no body or place the gazetteer knows? Asked only of a name a role set off after it
        follows, which tells it is someone's."""
        words = name.split()
        return (
            len(words) == 2
            and 2 <= len(words[0]) <= 3
            and words[0].isalpha()
            and words[0].isupper()
            and self.parser.name_like(words[1])
            and fold(words[0]) not in self.lex.organization_heads  # ("PT Indobuildco": a company)
            and not self.parser.gazetteer.is_place_or_org(words[0])
        )

    def _head_of(self, described: list[str]) -> list[str]:
        """A description's words before a relative clause ("a research organization | that tracks …": `[cues]
        relatives`, and "that", which opens one after a noun)."""
        stops = self.relatives | {fold(w) for w in self.lex.complementizers}
        return list(itertools.takewhile(lambda word: fold(word) not in stops, described))

    def _without_article(self, words: list[str]) -> list[str]:
        """The words without the article that opens them ("the SITE Intelligence Group"), when more follow."""
        return words[1:] if len(words) > 1 and fold(words[0]) in self._articles else words

    def _capitalised_name(self, phrase: str) -> bool:
        """Is the phrase a name, capitalised words after at most an article ("the Harbor Trust"), not a description
        ("the foreign minister of France") nor a title of office written with capitals ("Wali Kota Jakarta Selatan",
        "the Foreign Minister")?"""
        words = self._without_article(phrase.split())
        return (
            bool(words)
            and all(word[:1].isupper() for word in words)
            and not self.parser.opens_with_person_title(" ".join(words))
        )

    def _body_named(self, name: str, described: list[str]) -> bool:
        """Is `name` a body's name alone (capitalised words after at most an article, read as no person's) and the
        description's head, before any relative clause, a body's noun (`[speaker] described_bodies`)?"""
        head = self._head_of(described)
        return (
            bool(head)
            and fold(head[-1]) in self.parser.described_bodies
            and self._capitalised_name(name)
            and self.parser.parse(" ".join(self._without_article(name.split()))).kind == "organization"
        )

    def _description_of_a_place(self, doc: Article, pieces: list[tuple[int, int]]) -> bool:
        """Is the first piece a description of a place opened by an article (`[speaker] place_nouns` among its first
        four words: "the Saudi capital", "a small region near Wenling City …") after a piece that ends on a place
        named after a place marker ("the Swedish embassy in Riyadh", "Police in Niqiao village")? Then it says what
        that place is, and who spoke is before it."""
        if len(pieces) < 2 or not self.place_nouns:
            return False
        words = [fold(word) for word in TOKEN.findall(doc.text, *pieces[0])]
        if not words or words[0] not in self.apposition_articles | self.parser.definite:
            return False
        if not self.place_nouns & set(words[1:5]):
            return False
        before = doc.text[pieces[1][0] : pieces[1][1]].rstrip()
        markers = list(self.parser.names.place_marker_tokens.any_case.finditer(before))
        if not markers or not markers[-1].group("marker").islower():
            return False
        return any(is_capitalised(word) for word in before[markers[-1].end() :].split())

    def _region_of_a_place(self, doc: Article, pieces: list[tuple[int, int]]) -> bool:
        """Is the first piece a capitalised word or two that follow a place named after a place marker ("from Tampa,
        Florida,", "di Pamulang, Tangerang Selatan,", "di kawasan Monumen Nasional, Jakarta Pusat,")? Then it names
        the region the place is in, not who spoke."""
        if len(pieces) < 2:
            return False
        region = self._without_gloss(doc, *pieces[0])  # "Nusa Tenggara Barat (NTB)"
        bare = self.lex.trailing_words.sub("", region)
        known_bare = self.parser.gazetteer.lookup(bare) if bare and bare != region else None
        if known_bare is not None and known_bare.kind == "place":
            region = bare  # "…, Argentina also showed": a place the gazetteer knows, its adverb after it
        if _REGION_WORD.fullmatch(region) and self._origin_of_a_person(doc.text[pieces[1][0] : pieces[1][1]].rstrip()):
            return True  # "Colleen Clarke-Murphy of Heart's Desire, Newfoundland (in Canada) said": one word after a
            # person's origin is the region it is in, known to the gazetteer or not
        known = self.parser.gazetteer.lookup(region)
        known_place = known is not None and known.kind == "place"
        if not (self._is_place(doc, *pieces[0]) or known_place):
            return False  # (a name there is the person the role before it serves: "… dari Fraksi PAN, Eddy Soeparno,")
        words = region.split()
        if not 0 < len(words) <= 3 or not all(is_capitalised(word) for word in words):
            return False
        before = doc.text[pieces[1][0] : pieces[1][1]].rstrip()
        if self._origin_of_a_person(before):
            return True  # "Jane Doe of Tulsa, Okla., said": Okla. is where Tulsa is
        owner = 2
        while owner + 1 < len(pieces) and self._set_off_after_name(doc, *pieces[owner]):
            owner += 1  # "Dora Whitcomb, 29, of Huntsville, Ala., says": her age between the name and the origin
        if len(pieces) > owner and self._origin_of_a_person(
            f"{doc.text[pieces[owner][0] : pieces[owner][1]].strip()} {before.strip()}"
        ):
            return True  # "Colleen Clarke-Murphy, of Heart's Desire, N.L., says": the origin set off by commas too
        if self._ends_in_institution(before):
            return True  # "A study … from the university of Buenos Aires, Argentina also showed …": where it is
        markers = list(self.parser.names.place_marker_tokens.any_case.finditer(before))
        # a capitalised marker opens an institution's name ("PT Eigerindo …") unless what follows is a place and the
        # piece after it a place the gazetteer knows: "DPMPTSP Kota Mataram, Nusa Tenggara Barat (NTB), mencatat"
        if not markers or not (
            markers[-1].group("marker").islower()
            or fold(markers[-1].group("marker")) in self.parser.place_words
            and known_place
        ):
            return False
        place = before[markers[-1].end() :].split()
        named = [word for word in place if is_capitalised(word)]
        # the place may be a common noun and its name ("di kawasan Monumen Nasional, Jakarta Pusat,")
        return 0 < len(named) <= 3 and len(place) - len(named) <= 1 and place[len(place) - len(named) :] == named

    def _ends_in_institution(self, piece: str) -> bool:
        """Does the piece end with an institution's name, its head a body's word (`organization_heads`, in either
        case: "the university of Buenos Aires", "University of Oslo") and capitalised words joined by name connectors
        after it? A place set off after it is where the institution is."""
        words = piece.split()
        connectors = self.parser.connectors
        at = len(words)
        while at > 0 and (is_capitalised(words[at - 1]) or fold(words[at - 1]) in connectors):
            if fold(words[at - 1]) in self.lex.organization_heads:
                break
            at -= 1
        return (
            0 < at <= len(words) - 1
            and fold(words[at - 1]) in self.lex.organization_heads
            and is_capitalised(words[-1])
            and not self.parser.is_person_name(" ".join(words[at:]))
        )

    def _origin_of_a_person(self, piece: str) -> bool:
        """Is the piece a person's own name, an origin marker and a capitalised place ("Jane Doe of Tulsa", "Colleen
        Clarke-Murphy of Heart's Desire"; `[names] origin_markers`)? A title's "of" is no origin ("Secretary of
        State")."""
        words = piece.split()
        at = next((n for n in range(len(words) - 1, 0, -1) if words[n] in self.origin_markers), None)
        if at is None or not 0 < len(words) - at - 1 <= 3 or not all(is_capitalised(w) for w in words[at + 1 :]):
            return False
        name = " ".join(words[:at])
        return self.parser.is_person_name(name) and not self.parser.opens_with_role(name)

    def _circumstance_before_subject(self, doc: Article, pieces: list[tuple[int, int]]) -> bool:
        """Is the first piece (set off from the cue by a comma) circumstance set off by commas after a subject
        ("Budi, dalam rapat dengan Komisi VI, Senin (3/3), mengatakan", "Smith, in an interview with CNN, said")?
        A name it holds is what the circumstance is about, not who spoke. Only where the piece before it is a noun
        phrase that is no connective: in "Sementara itu, dalam kesempatan itu Menkeu Purbaya mengatakan" the
        circumstance holds the speaker, and in "…, as he predicted" the piece next to the cue does."""
        if len(pieces) < 2 or not (self._is_circumstance(doc, *pieces[0]) or self._leading_only(doc, *pieces[0])):
            return False  # ("The company, however, said": an adverb set off is circumstance too)
        before = 1
        while before + 1 < len(pieces) and self._set_off_after_name(doc, *pieces[before]):
            before += 1  # "Arnold Fenwick, 61, of Dayton, said": the age between the subject and the circumstance
        subject = self._noun_phrase_before(doc, *pieces[before])
        return (
            subject is not None
            # ("Banyak yang penasaran …, di tempat terpisah Atta")
            and not doc.text[subject[1] : pieces[before][1]].strip()
            and not self.lex.leading_words.fullmatch(doc.text[subject[0] : subject[1]].strip() + " ")
        )

    def relative_before(self, doc: Article, sentence: Sentence, position: int) -> bool:
        """Does a relative pronoun set off by a comma stand right before `position` (", yang mengonfirmasi"), or a
        possessive relative and its noun (", whose chief executive said …": `[speaker] possessive_relatives`)?"""
        segments = self._segments(doc, sentence.start, position)
        if len(segments) < 2:
            return False
        words = doc.text[segments[0][0] : segments[0][1]].split()
        if len(words) == 1 and words[0].casefold() in self.relatives:
            return True
        return 1 < len(words) <= 4 and fold(words[0]) in self.possessive_relatives

    def _relative_head(
        self, doc: Article, pieces: list[tuple[int, int]], personal: bool = False
    ) -> tuple[int, int] | None:
        """Who a relative clause right before the cue is about: "Prof Mike Hardy dari Centre for …, Coventry
        University, Inggris, yang mengonfirmasi …" → "Prof Mike Hardy"; the affiliations and places set off by
        commas between them are passed over. None unless a person's name heads it."""
        text = doc.text
        for piece_start, piece_end in pieces[:4]:
            piece = text[piece_start:piece_end].strip()
            found = self._noun_phrase_before(doc, piece_start, piece_end)
            if (
                found is not None
                and self.parser.names_a_person(text[found[0] : found[1]])
                and self.parser.parse(text[found[0] : found[1]]).kind == "person"
            ):
                return found
            ending = _NAME_ENDING.search(text, piece_start, piece_end) if personal else None
            if ending is not None and found is not None and found[1] >= ending.end():
                ending = None  # (the noun phrase the piece ends with was asked above)
            before = text[piece_start : ending.start()].split()[-1:] if ending is not None else []
            if not before or fold(before[0]) not in self.person_relative_heads:
                # only whom a verb turned to or spoke with ("turns to Miss Manners, who …"); not the last of a list
                # ("Jeb Bush and Chris Christie, who say …"), a place ("Democrats on Capitol Hill, who have argued
                # …"), or whatever else ends a clause ("… Hillary Clinton, who added to her delegate lead")
                ending = None
            if ending is not None and " " in ending.group().strip():
                # "Mashable turns to Miss Manners, who says …": a person's name ending a clause heads the relative
                # clause after it, whatever it is in its own clause (two words or more: a name, not a word; after
                # a relative pronoun only a person takes, `[cues] person_relatives`; no place: "… in Quebec City,
                # which hopes …")
                name = ending.group().strip()
                if (
                    self.parser.names_a_person(name)
                    and self.parser.parse(name).kind == "person"
                    and not self.parser.is_place(name.split())
                ):
                    return ending.start(), ending.end()  # (the pattern opens with a capital)
            if self._clause_ending_in_a_person(text, piece, piece_start, piece_end):
                return None  # "…, met the wife of Senator Tom Berger, who has called …": the wife, or the senator,
                # never the subject named before the clause
            if not (
                self._is_place(doc, piece_start, piece_end)
                or self.describes(doc, piece_start, piece_end)
                or (piece[:1].isupper() and self.parser.parse(piece).kind == "organization")
            ):
                return None
        return None

    def _clause_ending_in_a_person(self, text: str, piece: str, start: int, end: int) -> bool:
        """Does the piece open with a verb in the past (`[claims] past_endings`, `irregular_pasts`) and end with a
        person's name of two words or more ("met the wife of Senator Tom Berger", "echoed the tone of Senator Tom
        Berger")? A relative clause after it may be about that
        person or about whom the piece names first; it is never about a name set off before the piece."""
        if not self._opens_with_past(piece):
            return False  # (a verb opens the clause; a role does not: "the leader of the opposition in …")
        ending = _NAME_ENDING.search(text, start, end)
        if ending is None:
            return False
        name = ending.group().strip()
        return (
            " " in name
            and self.parser.names_a_person(name)
            and self.parser.parse(name).kind == "person"
            and not self.parser.is_place(name.split())  # ("the leader of the opposition in North-Rhine Westphalia")
        )

    def _body_after_title(self, doc: Article, body: tuple[int, int], title: tuple[int, int]) -> bool:
        """Is the piece a body's name (no person's title opens it) set off after a piece that a person's title opens
        ("Kepala Seksi Bimbingan Penagihan, Kanwil DJP Jawa Tengah II")? It is the office's body, part of the role."""
        body_text = doc.text[slice(*self._trim_phrase(doc, *body))].strip()
        title_text = doc.text[slice(*self._trim_phrase(doc, *title))].strip()
        return (
            bool(body_text)
            and self.parser.opens_with_person_title(title_text)
            and not self.parser.opens_with_person_title(body_text)
            and self.parser.parse(body_text).kind == "organization"
        )

    def _name_before_role(self, doc: Article, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
        """A name before a role in apposition: "Tri Maharini, dokter emergensi dari …, memaparkan" → "Tri Maharini";
        "Nasrullah (40), warga Pamulang, Tangerang Selatan, menanggapi" → "Nasrullah" (a role may end in places
        set off by commas); "Adikarya Purnama (36), pekerja konstruksi di Jakarta …, menilai" (a description
        in lower case is a role too).

        `pieces` are the comma-separated pieces before the cue, last first; the first is the role.
        """
        text = doc.text
        places = 0
        while places < len(pieces) - 2 and (
            self._is_place(doc, *pieces[places]) or places and self._sub_region(doc, *pieces[places])
        ):
            places += 1  # "…, warga Pamulang, Tangerang Selatan,": the places end the role
        if len(pieces) >= places + 3 and self._body_after_title(doc, pieces[places], pieces[places + 1]):
            places += 1  # "Subur Saroso, Kepala Seksi Bimbingan Penagihan, Kanwil DJP Jawa Tengah II menjelaskan": the
            # body whose office the role is, set off after it
        role = self._trim_phrase(doc, *pieces[places])
        # a capitalised title with what looks like a name after it ("Ketua KUD Misaya Mina Eretan Wetan") is a role
        # in apposition too when a name alone opens the clause before it: "Rasgianto, Ketua KUD …, mengatakan"
        # (only where the language has a dictionary to tell a name from a word: "Ultimately, Mr. Clarke hopes")
        titled = (
            len(pieces) == places + 2
            and bool(self.parser.names.roots)
            and self.parser.opens_with_person_title(text[role[0] : role[1]])
        )
        if len(pieces) < places + 2 or not (self.describes(doc, *role) or titled):
            return None
        if (
            len(pieces) > places + 2
            and self.describes(doc, *self._trim_phrase(doc, *pieces[places + 1]))
            and not self._capitalised_name(doc.text[pieces[places + 1][0] : pieces[places + 1][1]])
        ):
            # "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said":
            # a second description of the role, set off before it
            places += 1
        if (
            len(pieces) > places + 2
            and self._set_off_after_name(doc, *pieces[places + 1])
            and (
                not self._age(doc, *pieces[places + 1])
                or self._articled(doc, *role)
                or self.parser.is_role(doc.text[role[0] : role[1]])
            )
        ):
            # "Arnold Fenwick, 61, a retired welder in Dayton, said", "Sen. Martha Quill, D-Ore., a member of the
            # budget committee, said": an age or a lawmaker's party and state set off between the name and its role (a
            # noun phrase: not "Greta Vos, 44, chased him from her garden when he … asked", a clause of her own)
            places += 1
        found = self._noun_phrase_before(doc, *pieces[places + 1])
        if (
            found is None
            or not (
                self._named_in_apposition(doc, pieces[places + 1][0], found)
                or self._body_in_apposition(doc, role, pieces[places + 1][0], found)
            )
            or self.lex.leading_words.fullmatch(text[found[0] : found[1]] + " ")
            or all(self.parser.names.never_a_name(word) for word in text[found[0] : found[1]].split())
            or fold(text[found[0] : found[1]]) in self.focus_adverbs
            or self._participle_phrase(doc, found, pieces[places + 1][1])
            or self.clause_after_name(doc, found[1], pieces[places + 1][1])
            or self._abbreviated_place(doc, *pieces[places + 1])  # "… in Douglas, Ariz., border officials say"
            # the object at the end of a clause of circumstance ("As Obama appears set to veto legislation that would
            # allow families to sue Saudi Arabia, Democratic nominee Hillary Clinton disagrees"): no name in apposition
            or self._in_subordinate_clause(text[pieces[places + 1][0] : found[0]])
            or titled
            and not self.describes(doc, *role)
            and (
                text[pieces[places + 1][0] : found[0]].strip()
                or not self.parser.is_person_name(text[found[0] : found[1]])
                # (a name may hold a word of the dictionary, "Budi Santoso", "Agung Kusumo"; not every word)
                or all(self.parser.names.in_dictionary(word) for word in text[found[0] : found[1]].split())
                or self._is_place(doc, *found)
            )
        ):  # ("Sayangnya, konsumen Indonesia masih menilai": a sentence adverb, no one's name)
            return None
        if self.parser.parse(text[role[0] : role[1]]).pronoun and not doc.cues_in(found[1], pieces[places + 1][1]):
            # "Karenanya, ia menekankan", "In Honolulu last week, he told": a pronoun is no role, and what stands
            # before it no name (but "Nurhadi menambahkan, pihaknya mencatat, …": who the pronoun stands for)
            return None
        return found

    def clause_after_name(self, doc: Article, end: int, piece_end: int) -> bool:
        """Does a finite verb follow the phrase found in its piece, before any relative (an auxiliary, `[cues]
        noun_followers`; a past, `[claims] irregular_pasts`, `past_endings`), or an adverb in "-ly" right after it?
        Then the piece is a clause or an adverbial, and its first word no name apposed to the role after it: "Costs in
        Lagos rose 5 percent last month, officials said" is the officials' sentence, not "Costs, officials"; "More
        recently, Democrats have pointed out …" the Democrats'."""
        first = TOKEN.search(doc.text, end, piece_end)
        if first is not None and first.group().islower() and len(first.group()) > 4 and first.group().endswith("ly"):
            return True  # "More recently, Democrats have pointed out …": an adverb and its degree, no name
        for word in TOKEN.finditer(doc.text, end, piece_end):
            written = word.group()
            folded = fold(written)
            if folded in self.relatives:
                return False  # "Ms. Tran, who lost her job last year, …": the relative's verb
            if not written.islower() or doc.text[word.start() - 1 : word.start()] == "-":
                continue  # ("Ohio-based")
            if (
                folded in self.finite_verbs
                or folded in self.finite_pasts
                or (len(folded) > 4 and folded.endswith(self.parser.past_endings))
            ):
                return True
        return False

    def _participle_phrase(self, doc: Article, found: tuple[int, int], piece_end: int) -> bool:
        """Is the one word found the participle opening a phrase, a preposition of its object in lower case right after
        it in its piece ("Reached by phone on Saturday, Beavers coach Wayne Tinkle told …")? No name in apposition."""
        word = doc.text[found[0] : found[1]].strip()
        if " " in word or not fold(word).endswith(self.parser.past_endings):
            return False
        following = TOKEN.search(doc.text, found[1], piece_end)
        return following is not None and following.group() in self.governing

    def _articled(self, doc: Article, start: int, end: int) -> bool:
        """Does the piece open with an article ("a retiree", "the chairman")?"""
        first = TOKEN.search(doc.text, start, end)
        return first is not None and first.group().casefold() in self._articles

    def _in_subordinate_clause(self, before: str) -> bool:
        """Do the words before a name open a clause of circumstance (`[cues] content_subordinators`: "As Obama appears
        set to veto legislation that would allow families to sue …")?"""
        words = before.split()
        return len(words) > 1 and fold(words[0]) in self.content_subordinators

    def _sub_region(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece before a place one to three capitalised words with no title: the district the place after it
        contains ("…, Kebayoran Baru, Jakarta Selatan,")? (The role and the name before it are still required.)"""
        words = doc.text[start:end].split()
        return (
            0 < len(words) <= 3
            and all(is_capitalised(word) for word in words)
            and not self.parser.opens_with_role(" ".join(words))
        )

    def _named_in_apposition(self, doc: Article, piece_start: int, found: tuple[int, int]) -> bool:
        """Is the phrase a person's name, or one after their title that opens its piece ("Journalist Daniel Simone,
        author of …, told")?"""
        phrase = doc.text[found[0] : found[1]]
        spoken = doc.evidence.spoken if doc.evidence is not None else set()
        return (
            self.parser.is_person_name(phrase)
            or self._initials_run_together(phrase)  # "RP Solanki, an official at the station, told …"
            or (self._opens_piece(doc, piece_start, found[0]) and self._titled_name(phrase))
            or phrase.strip() in spoken  # "Agung, salah satu mahasiswa …": the article writes '…," ucap Agung.'
            or self._possessed_name(phrase)  # "KGI Securities' Ming Chi Kuo, one of the most accurate analysts, says"
            # people listed, the role after them said of the last ("Mr. Clyburn and Mr. Butterfield, the chairman of
            # …, said"): they spoke, together
            or self.parser.parse(phrase).kind == "group"
            and self.parser.list_separator.search(phrase) is not None
        )

    def _possessed_name(self, phrase: str) -> bool:
        """Is the phrase a person's name after whose they are, a possessive ("CNN’s Jake Tapper", "KGI Securities' Ming
        Chi Kuo"), as the parser reads it?"""
        parsed = self.parser.parse(phrase)
        return (
            parsed.kind == "person"
            and not parsed.pronoun
            and parsed.role.endswith(POSSESSIVE_ENDINGS)
            and self.parser.is_person_name(parsed.name)
        )

    def _body_in_apposition(
        self, doc: Article, role: tuple[int, int], piece_start: int, found: tuple[int, int]
    ) -> bool:
        """Is the phrase a body's name with its kind set off after it ("Reuters, the news agency, reported", "Xinhua,
        China's state news agency, said"): a capitalised name opening its piece, no person's, and a description whose
        last word is a body's noun (`[speaker] described_bodies`)?"""
        if not self.parser.head_noun_last:
            return False
        # (the description's head before a relative clause: "a research organization that tracks …")
        described = self._head_of(doc.text[role[0] : role[1]].split())
        phrase = doc.text[found[0] : found[1]]
        if (
            len(described) < 2
            or fold(described[-1]) not in self.parser.described_bodies
            or not self._opens_piece(doc, piece_start, found[0])
        ):
            return False
        words = phrase.split()
        bare = self._without_article(words)
        name = " ".join(bare) if len(bare) < len(words) else phrase  # "the SITE Intelligence Group"
        return (
            fold(described[0]) in self._articles
            and described[-1].islower()
            and name[:1].isupper()
            # (a person's name takes no article: "the Harbor Trust" is a body, whatever its words look like)
            and (len(bare) < len(words) or self.parser.parse(name).kind != "person")
        ) or self.parser.gazetteer.is_place_or_org(phrase)

    def _opens_piece(self, doc: Article, piece_start: int, start: int) -> bool:
        """Does a phrase starting at `start` open its comma-free piece, but for connectives or a short description
        ("study author Dr. David Spence")? In "Dalam refleksi … pemerintahan Presiden Prabowo yang …, publik
        berharap" a name inside circumstance is no apposed speaker."""
        head = doc.text[piece_start:start].strip()
        words = head.split()
        return (
            not head
            or self.lex.leading_words.fullmatch(head + " ") is not None
            or len(words) <= 3
            and all(word.islower() and word not in self.lex.speaker_stops for word in words)  # "study author Dr. X"
        )

    def _titled_name(self, phrase: str) -> bool:
        """Is the phrase a person's name after their title ("Journalist Daniel Simone"), or after the body they serve
        and their title in lower case ("Teddy Bear Clinic director Shaheda Omar") or a rank ("Army Colonel Steve
        Warren")?"""
        parsed = self.parser.parse(phrase)
        if not (
            self.parser.opens_with_person_title(phrase)
            or parsed.role
            and parsed.role.split()[-1].islower()
            and self.parser.is_role(parsed.role.split()[-1])
            # "Army Colonel Steve Warren, a Pentagon spokesman, said": the body's name, then a rank before the name
            or parsed.role
            and self.parser.opens_with_person_title(f"{parsed.role.split()[-1]} {parsed.name}")
        ):
            return False
        return (
            parsed.kind == "person"
            and not parsed.pronoun
            and self.parser.is_person_name(parsed.name)
            and not any(
                word.isdigit() or is_acronym(word) or self.parser.names.in_dictionary(word)
                for word in parsed.name.split()
            )  # ("Wakasek Kesiswaan SMAN 1 Tabanan", "PLT Mensos Sementara" name no one)
        )

    def _institution_word(self, token: str) -> bool:
        """Does this word open an institution's name ("Kementerian", "Bank", "kepolisian") or is it an acronym
        ("BPS")? Not a place ("Budi dari Jakarta")."""
        return fold(token) in self.lex.organization_heads or (is_acronym(token) and len(token) > 1)

    def _only_common_nouns(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Are these words all of the dictionary, none of them a name ("Data", "Hasil survei")? Only where the
        language has a dictionary to tell."""
        names = self.parser.names
        return bool(tokens) and bool(names.roots) and all(names.dictionary_word(t[2]) for t in tokens)

    def _list_before(self, doc: Article, earlier: list[tuple[int, int]], found: tuple[int, int]) -> tuple[int, int]:
        """A speaker that ends a list of names takes the whole list: "Anies, Ridwan Kamil, dan Ganjar mengatakan"."""
        text = doc.text
        if not earlier or not self.parser.list_separator.fullmatch(text, earlier[0][1], found[0]):
            return found
        if self.parser.is_role(text[earlier[0][0] : earlier[0][1]].strip()):
            return found  # "Menteri Kebudayaan (Menbud), Fadli Zon, …": a role and its holder, not a list
        last_word = TOKEN.findall(text, earlier[0][0], earlier[0][1])[-1:]
        phrase = text[found[0] : found[1]]
        if (
            not last_word
            or not self.parser.name_like(last_word[0])
            or not (self.parser.is_person_name(phrase) or self.parser.parse(phrase).kind == "group")
        ):
            return found  # a list is of names: "…, Ridwan Kamil, dan Ganjar Pranowo"
        for piece_start, _ in reversed(earlier[:5]):
            start = self._trim_phrase(doc, piece_start, found[1])[0]
            if self.parser.parse(text[start : found[1]]).kind == "group":
                return start, found[1]
        return found

    def _named_by_naming(self, tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
        """A described person and the name a naming word gives them, ending the piece: "A fisherman named Igor
        Vorozhbitsyn (said)", "another woman called Jane Doe" (`SpeakerParser.named_after_naming`), from the article
        before the description. English order only."""
        if not self.parser.head_noun_last:
            return None
        for k in range(max(0, len(tokens) - 8), len(tokens) - 2):
            if fold(tokens[k][2]) in self._articles and self.parser.named_after_naming([t[2] for t in tokens[k + 1 :]]):
                return tokens[k][0], tokens[-1][1]
        return None

    def _name_given_at_end(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The person's name a naming word gives at the end of the piece, after a description that a relative clause
        goes on ("seorang warga New Jersey yang tumbuh besar di Italia bernama Massimo Mascoli": `[names] naming`);
        only past a relative pronoun, which the description's own reading stops at, and only a name of two words or
        more."""
        if not self.naming_words or not any(w in self.relatives for w in map(fold, text[start:end].split())):
            return None
        found = self._naming_at_end.search(text, start, end)
        if found is None or found.end("name") != len(text[:end].rstrip()):
            return None
        name = found.group("name")
        if len(name.split()) < 2 or not self.parser.is_person_name(name):
            return None
        return found.start("name"), found.end("name")

    @cached_property
    def naming_words(self) -> tuple[str, ...]:
        return tuple(self.lex.words_of("names", "naming"))

    @cached_property
    def _naming_at_end(self) -> re.Pattern[str]:
        return re.compile(
            rf"\b(?:{phrase_pattern(self.naming_words)})\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*$"
        )

    def _group_before_example(self, doc: Article, clause_start: int, start: int, end: int) -> tuple[int, int]:
        """The group a speaker phrase gives an example of, when a word of examples stands right before it with no comma
        (`[speaker] example_markers`: "Companies like Apple say …", "animals like Mittens show …"): the noun phrase
        before the marker speaks (`_noun_phrase_before`), or no one when it is no speaker's phrase; else the phrase as
        read."""
        if self._example_before is None:
            return start, end
        found = self._example_before.search(doc.text, clause_start, start)
        if found is None or len(doc.text[start:end].split()) > 1:
            return start, end  # (a person named in full is one of them who speaks: "candidates like Marco Rubio")
        piece_start = max(clause_start, doc.text.rfind(",", clause_start, found.start()) + 1)
        group = self._noun_phrase_before(doc, piece_start, found.start())
        # (a group no speaker-like phrase names leaves no one: "animals like Mittens show …" is not the cat's)
        return group if group is not None and group[1] > group[0] else (end, end)

    @cached_property
    def _example_before(self) -> re.Pattern[str] | None:
        markers = self.lex.words_of("speaker", "example_markers")
        return re.compile(rf"(?<=\w)[ \t]+(?:{phrase_pattern(markers)})[ \t]+\Z") if markers else None

    def _person_of_named_at_end(self, text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Does the stop at tokens[i] open the rest of a body's or place's name that a person's title or noun ends, in
        lower case ("The Foundation for Relief and Reconciliation in the Middle East member added")? The phrase is that
        person, unnamed, not the part of the name before the stop. Not past a comma or a bracket ("In Iowa, the Vermont
        senator said …": the circumstance ends there)."""
        last = tokens[-1][2]
        return (
            i + 2 < len(tokens)
            and tokens[i][2].islower()
            and tokens[i][2] in self.lex.speaker_stops
            and last.islower()
            and (fold(last) in self.lex.person_titles or fold(last) in self.parser.person_nouns)
            and all(
                is_capitalised(word) or self.lex.determiners.match(word + " ") is not None
                for _, _, word in tokens[i + 1 : -1]
            )
            and is_capitalised(tokens[-2][2])
            and not any(mark in text[tokens[i][0] : tokens[-1][1]] for mark in ",;:()–—")
        )

    def _noun_phrase_before(self, doc: Article, start: int, end: int) -> tuple[int, int] | None:
        """The speaker-like words that end a comma-free piece, circumstance and adverbs removed."""
        text = doc.text
        coordinated = bool(self.conjunctions) and any(
            text[start:end].rstrip().casefold().endswith(f" {word}") for word in self.coordinators
        )
        gloss = _GLOSS_AT_END.search(text, start, end)
        if gloss and gloss.start() > start:
            end = gloss.start()  # a bracketed gloss after the name is not part of it
        named = self._name_given_at_end(text, start, end)
        if named is not None:
            return named  # "seorang warga New Jersey yang tumbuh besar di Italia bernama Massimo Mascoli (68)"
        start, end = self._trim_phrase(doc, start, end)
        tokens = token_spans(text, start, end)
        if not tokens:
            return None
        last = uncontracted(fold(tokens[-1][2]))
        if len(tokens) > 1 and last in self.lex.pronouns and last not in self.relatives:
            # "He met Obama and he said", "She graduated in January and she said": a pronoun after a conjunction opens
            # a clause of its own, and it alone is who spoke (not a relative: "…, and who claimed" goes on about the
            # head before it); so after a subordinator ("Smith met Clinton before she said", "… as much as they'd
            # supported Obama": `[cues] subordinators`, `[claims] preposition_subordinators`), never the noun before
            # it. "it" there is the thing the sentence is about, never a speaker before it ("such a bold message is
            # notable … and it shows how much the party has changed"). A subordinate clause that opens the sentence is
            # read as before; one a comma and another attribution follow gives no speaker ("Back when he wrote his
            # book, Mr. McKinley said …", "when we asked the White House …, Hope Hicks said": the main clause's cue is
            # the attribution, and this clause's words would run into it). (Not after a noun: "the wall he wanted to
            # build" is a relative clause, which lacks its object.)
            opener = tokens[-2][2]
            if (
                len(tokens) > 2
                and fold(opener) in self.relatives
                and tokens[-3][2].islower()
                and tokens[-3][2] in self.lex.speaker_stops
                and last not in self.lex.impersonal_pronouns
            ):
                # "… deleted a 2011 tweet in which he said …": after a preposition and a relative pronoun the
                # relative clause has a subject of its own, the pronoun (the clause lacks no object), not the noun
                # the relative is about
                return tokens[-1][0], tokens[-1][1]
            after_conjunction = opener.casefold() in self.conjunctions
            after_subordinator = (
                not after_conjunction
                and fold(opener) in self._pronoun_clause_openers
                and not (len(tokens) <= 3 and self._opens_clause(doc, tokens[0][0]))
            )
            if after_conjunction or after_subordinator:
                if (
                    last in self.lex.impersonal_pronouns
                    or after_subordinator
                    and self._attribution_after_comma(doc, end)
                ):
                    return None
                return tokens[-1][0], tokens[-1][1]
        # circumstance after the speaker: "X saat ditemui di Jakarta", "X dalam keterangannya"
        for i, (t_start, _, token) in enumerate(tokens):
            if (
                i > 0
                and token[:1].islower()
                and token.casefold() in self.lex.speaker_stops
                and self._acceptable(tokens[self._before_age(doc, tokens, i)][2])
                and not (
                    token in self.role_connectors
                    and i + 1 < len(tokens)
                    and tokens[i - 1][2][:1].isupper()
                    and tokens[i + 1][2][:1].isupper()
                    # (not a month or a weekday after it: "para pemegang saham Tesla pada Mei lalu meminta …")
                    and fold(tokens[i + 1][2]) not in self.calendar_words
                )
                and not self._body_name_goes_on(doc, tokens, i)  # ("The Council on American-Islamic Relations")
                and not self._person_of_named_at_end(text, tokens, i)
                and not (  # "A spokeswoman for the Foreign Office said": the body's voice (`SpeakerParser.voiced_body`)
                    token in self.role_connectors and self.parser.voiced_body([t[2] for t in tokens[i - 1 :]])
                )
                and not (  # "vice president of marketing John Smith": the role's domain, then the name
                    token in self.role_connectors
                    and (role := self._role_before_of(tokens, i - 1)) is not None
                    and self._named_after_domain(text[tokens[role][0] : tokens[-1][1]])
                )
            ):
                if (
                    token.casefold() in self.source_prepositions
                    and self._only_common_nouns(tokens[:i])
                    and i + 1 < len(tokens)
                    and self._institution_word(tokens[i + 1][2])
                ):
                    # "Data dari Kementerian Hukum mencatat", "Laporan dari Bank Dunia menyebut": a document speaks
                    # for whoever it is from
                    start = tokens[i + 1][0] if i + 1 < len(tokens) else end
                    tokens = token_spans(text, start, end)
                    break
                if fold(token) in self.complementizers and i + 1 < len(tokens):
                    return None  # "… and other outlets that al-Sisi has offered": a clause with its own subject
                cut_start, cut_end = self._trim_phrase(doc, start, t_start)
                tokens = token_spans(text, cut_start, cut_end)
                break
        if not tokens or tokens[-1][2].casefold() in self.conjunctions:
            return None
        named = self._named_by_naming(tokens)
        if named is not None:
            return named
        for k in range(max(0, len(tokens) - 8), len(tokens) - 2):
            if tokens[k + 1][2] in self.role_connectors and self.parser.voiced_body([t[2] for t in tokens[k:]]):
                # "A spokeswoman for the Foreign Office said": the body speaks through its voice
                opened = k > 0 and self.lex.determiners.match(tokens[k - 1][2] + " ") is not None
                return tokens[k - 1 if opened else k][0], tokens[-1][1]
        for k in range(max(0, len(tokens) - 6), len(tokens) - 2):  # "Alcorn’s suicide letter", "Apple's own website"
            if self.parser.possessor_of_document([t[2] for t in tokens[k:]]) is not None:
                return tokens[k][0], tokens[-1][1]
        first = len(tokens)
        after_gloss = -1
        i = len(tokens) - 1
        body = self._body_name_at_end(doc, tokens)
        while i >= 0:
            token = tokens[i][2]
            if i < len(tokens) - 1 and self._gap_stops(doc, tokens[i][1], tokens[i + 1][0], token):
                # "Menteri Agama (Menag) Nasaruddin Umar": a short form in brackets ends the role before the name
                before_gloss = self._gloss_start(doc, tokens, i + 1)
                if before_gloss < 0 or after_gloss >= 0:
                    break
                after_gloss, i = i + 1, before_gloss
                token = tokens[i][2]
            if (
                not self._acceptable_at(doc, tokens, i)
                and not (
                    token in self.role_connectors
                    and 0 < i < len(tokens) - 1
                    and i + 1 == first
                    and tokens[i - 1][2][:1].isupper()
                    and tokens[i + 1][2][:1].isupper()
                )
                and i < body
                and not self._person_of_named_at_end(text, tokens, i)  # (the stop inside "… in the Middle East member")
            ):
                break  # "Ministry of Health", "Minister of Agriculture Andi Amran Sulaiman", "Council on Foreign
                # Relations", "Institute for the Study of War" hold their "of", "on", "for the"
            first = i
            i -= 1
        if (
            after_gloss >= 0
            and 0 < first < after_gloss
            and not self._gap_stops(doc, tokens[first - 1][1], tokens[first][0], tokens[first - 1][2])
        ):
            # the role before the short form goes on past what a phrase holds ("… Modal dan Pelayanan Terpadu Satu
            # Pintu (DPMPTSP) …"): only the words after the short form are sure to be the speaker's
            first = after_gloss
        if (
            0 <= after_gloss
            and first < after_gloss
            and not self.parser.is_speaker_like(text[tokens[first][0] : tokens[-1][1]])
        ):
            first = after_gloss  # nor when the whole is no speaker phrase
        if (
            first >= 3
            and fold(tokens[first - 1][2]) in self.parser.definite
            and tokens[first - 2][2] in self.role_connectors
            and (whole := self._role_domain_name(doc, tokens, first - 3)) is not None
        ):
            return whole  # "Head of the committee Hakem al-Zameli": a role, the body it heads, then the name
        first = self._determiner_before(doc, tokens, first)
        if first == len(tokens):
            return None
        span_start, span_end = self._trim_phrase(doc, tokens[first][0], tokens[-1][1])
        span_start = self._skip_connectives(doc, span_start, span_end)
        if self._places_listed_after_preposition(doc, tokens, first):
            return None  # "researchers in Canada, France and Switzerland wrote": where they are, never who spoke
        if (
            first > 0
            and tokens[first - 1][2].casefold() in self.prepositions
            and span_start == tokens[first][0]  # (not when it governs a date: "In July Tesla spokeswoman X said")
            and not (first > 1 and fold(tokens[first - 2][2]) in self._articles)  # ("an inside source")
            and not (  # "A review by The New York Times found": a document speaks for whom it is by
                first > 1
                and tokens[first - 1][2].casefold() in self.governing
                and fold(tokens[first - 1][2]) in self.source_prepositions
                and fold(tokens[first - 2][2]) in self.documents
            )
        ):
            # "… di Jakarta": what a preposition governs is a place, never who spoke; a short noun phrase with its
            # determiner before it is who did ("A farmer in Fresno said", "Seorang warga di Bekasi mengatakan")
            described = [token for _, _, token in tokens[: first - 1]]
            if (
                len(described) <= 3
                and self.parser.determined_noun(described)
                and not fold(described[-1]).endswith(self.parser.non_noun_endings)
                and fold(described[-1]) not in self.parser.irregular_participles  # "Written on notepaper it says"
            ):  # (not "a new study published in The BMJ", "the quote attributed to Mitt Romney")
                return self._trim_phrase(doc, tokens[0][0], tokens[first - 2][1])
            return None
        if (
            first > 1
            and tokens[first - 1][2] in self.role_connectors
            and tokens[first - 2][2][:1].islower()
            and not self._gerund_after(doc, end)
        ):
            # "after leaving the port of Freetown, the captain reported": what "of" governs after a common noun
            # is no speaker ("footage of Hillary Clinton asking": the gerund after the name makes her its agent);
            # after a role in lower case it is the role's domain, and the name after it is who spoke ("senior vice
            # president of retail and online stores Angela Ahrendts told")
            return self._role_domain_name(doc, tokens, first - 2)
        if self._place_modifying_noun(tokens, first):
            return None
        if (
            first > 0
            and (
                self._object_of(tokens[first - 1][2])
                # a second verb of the subject before ("… and called"): the noun after the first verb is its object,
                # after a past form ("Carson took the stage … and called") or a bare form after "to" ("McConnell was
                # quick to embrace the mogul … and said"; not "happy to hear Clinton pledged …", her own clause)
                or coordinated
                and (
                    tokens[first - 1][2] in self.irregular_verbs
                    or first > 1
                    and fold(tokens[first - 1][2]) in self._articles
                    and tokens[first - 2][2] in self.irregular_verbs  # ("She made a claim about … and said")
                    or first > 1
                    and tokens[first - 2][2] in self.infinitive_markers
                    and tokens[first - 1][2].islower()
                    and tokens[first - 1][2] not in self.lex.speaker_stops
                )
            )
            and not self._opens_clause(doc, tokens[first - 1][0])
        ):
            # "Lavrov thanked North Korea … and pledged": the object of a verb is not who spoke; a word opening the
            # piece has no subject before it to be a verb of ("…, renowned Apple reporter Mark Gurman has revealed")
            return None
        return (span_start, span_end) if span_end > span_start else None

    def _place_modifying_noun(self, tokens: list[tuple[int, int, str]], first: int) -> bool:
        """Is the phrase found only a place's name, right after a common noun in lower case, where head nouns come
        first ("Putusan pengadilan banding AS menekankan", "Sumber diplomatik Jepang mengatakan")? The place says
        whose the noun is; the noun (a ruling, a source) spoke, and the text names no one."""
        if self.parser.head_noun_last or first == 0:
            return False
        before = tokens[first - 1][2]
        place = " ".join(token for _, _, token in tokens[first:])
        known = self.parser.gazetteer.lookup(place)
        return (
            known is not None
            and known.kind == "place"
            and before.isalpha()
            and before.islower()
            and fold(before) not in self.parser.names.function_words
            and self.parser.names.dictionary_word(before)
        )

    def _role_before_of(self, tokens: list[tuple[int, int, str]], at: int) -> int | None:
        """Where a role in lower case ending at `at` begins ("senior vice president", "director"), its words a role's
        (`role_words`, a person title, `[speaker] role_modifiers`); None when the word at `at` is no role's."""
        if fold(tokens[at][2]) not in self.parser.role_words:
            return None
        start = at
        while start > 0 and tokens[start - 1][2].islower():
            word, pair = fold(tokens[start - 1][2]), fold(f"{tokens[start - 1][2]} {tokens[start][2]}")
            if not (word in self.role_modifiers or word in self.parser.role_words or pair in self.lex.person_titles):
                break
            start -= 1
        return start

    def _role_domain_name(
        self, doc: Article, tokens: list[tuple[int, int, str]], role_end: int
    ) -> tuple[int, int] | None:
        """The whole phrase from a role ending at `role_end` to the last token, when a person's name follows the
        role's domain ("vice president of marketing John Smith"); None otherwise."""
        role = self._role_before_of(tokens, role_end)
        if role is None:
            return None
        whole = self._trim_phrase(doc, tokens[role][0], tokens[-1][1])
        return whole if self._named_after_domain(doc.text[whole[0] : whole[1]]) else None

    def _named_after_domain(self, phrase: str) -> bool:
        """Does a role, "of" and its domain in lower case end in a person's name of two to four words, none an
        organisation's ("vice president of marketing John Smith", "assistant manager for marketing Abdul Rahman Al
        Fahd")? Not where a name or a determiner follows the connective: that is the domain ("a spokeswoman for
        Hillary Clinton", "the head of the Syrian … Al-Nusra Front"), nor a name in a capitalised domain ("director
        of child abuse charity Teddy Bear Clinic Shaheda Omar")."""
        speaker = self.parser.parse(phrase)
        words = speaker.name.split()
        if (
            speaker.kind != "person"
            or not 2 <= len(words) <= 4
            or speaker.name == phrase.strip()
            or not self.parser.is_person_name(speaker.name)
            or any(fold(word) in self.parser.organization_words for word in words)
        ):
            return False
        before = phrase[: phrase.rfind(speaker.name)].split()
        connective = max((at for at, word in enumerate(before) if word in self.role_connectors), default=-1)
        domain = before[connective + 1 :]
        if len(domain) > 1 and fold(domain[0]) in self.parser.definite:
            domain = domain[1:]  # "Head of the committee Hakem al-Zameli": the body it heads, in lower case
            if all(word[:1].isupper() or self.parser.name_like(word) for word in domain):
                return True  # "Chief of the Defence Staff General Sir Nick Houghton", "the head of the al-Anbar
                # Provincial Council Khalaf Tarmouz": the body's own name, then the person's
        return (
            connective >= 0
            and bool(domain)
            and all(word.isalpha() and word.islower() for word in domain)
            and not self.lex.determiners.match(domain[0] + " ")
        )

    def _opens_clause(self, doc: Article, position: int) -> bool:
        """Does a word at `position` open its clause: nothing but punctuation before it ("…, renowned Apple reporter
        Mark Gurman"), where after "and" it would carry on a predicate ("… and established a policy")?"""
        before = doc.text[max(0, position - 200) : position].rstrip()
        return not before or before[-1] in ',;:.!?\n"”'

    # --- the speaker after a cue -----------------------------------------------------------------------
    def after(self, doc: Article, start: int, limit: int) -> tuple[int, int]:
        """The speaker phrase that starts right after a cue: "kata Lavrov, berdasarkan …" → "Lavrov"."""
        text = doc.text
        handle = _HANDLE.match(text, start, limit)
        if handle is not None:
            return handle.start(1), handle.end(1)  # '"…," tweeted @darkroads': an account's handle names it
        tokens = token_spans(text, start, limit)
        if not tokens or self._gap_stops(doc, start, tokens[0][0], ""):
            return start, start
        clause_end = min([at for at in (text.find(mark, start, limit) for mark in ",;:.!?\n") if at >= 0] or [limit])
        phrase = text[tokens[0][0] : clause_end].rstrip()
        relative = next((at for at, word in enumerate(phrase.split()) if fold(word) in self.relatives), None)
        if relative is not None:  # "… a person familiar with the discussions who spoke with the Associated Press"
            phrase = " ".join(phrase.split()[:relative])
        if self.parser.qualified_source(phrase) and text.startswith(phrase, tokens[0][0]):
            return tokens[0][0], tokens[0][0] + len(phrase)  # "according to a person familiar with the talks"
        last, i = -1, 0
        document = self._document_named_after(doc, tokens)
        if document:
            last, i = 0, 1  # '"…," tulis dokumen Nota Keuangan 2026', "tulis laporan Stanford Medicine Insights"
        while i < len(tokens):
            if i > 0 and tokens[i][2].islower() and tokens[i][2] in self.finite_pasts:
                break  # "…, says the economy grew by four percent": a clause's verb, no speaker's word
            if i > 0 and self._gap_stops(doc, tokens[i - 1][1], tokens[i][0], tokens[i - 1][2]):
                after_gloss = self._gloss_end(doc, tokens, i)
                if after_gloss < 0:
                    break
                i = after_gloss
            if self._body_name_goes_on(doc, tokens, i):
                last = self._body_name_end(doc, tokens, i)  # "said the Council on Foreign Relations": one name
                i = last + 1
                continue
            if not self._acceptable_at(doc, tokens, i) and not (
                last >= 0 and self._joins_role(doc, tokens, i, text[tokens[0][0] : tokens[last][1]])
            ):
                break
            last = i
            i += 1
        if document and last + 1 < len(tokens) and _YEAR.fullmatch(tokens[last + 1][2]):
            last += 1  # the year a document's name ends with ("… Beserta RAPBN 2026")
        if last < 0:
            for k in range(min(2, len(tokens))):  # "wrote the account @darkroads": the account its handle names
                handle = _HANDLE.match(text, tokens[k][1], limit)
                if handle is not None and fold(tokens[k][2]) in self.lex.circulating_heads:
                    return tokens[0][0], handle.end(1)
            return self._determined_after(doc, tokens, start)
        described = self._name_after_modified_description(doc, tokens, last + 1)
        if described:
            return tokens[0][0], described
        apposed = self._name_apposed_to_modified_description(doc, tokens, last + 1)
        if apposed is not None:
            return apposed
        span_start, span_end = tokens[0][0], tokens[last][1]
        span_start, span_end = self._trim_phrase(doc, span_start, span_end)
        while span_end > span_start and text[span_end - 1] in ".":
            span_end -= 1
        span_end = self._before_origin(text, span_start, span_end)
        handle = _HANDLE.match(text, span_end, limit)
        if handle is not None and span_end > span_start and self._names_an_account(text[span_start:span_end]):
            span_end = handle.end(1)  # "tulis akun @dinaskegelapan_kotasemarang", "the account @darkroads"
        return span_start, span_end

    def _before_origin(self, text: str, start: int, end: int, titled: bool = False) -> int:
        """The end of a person's name before where they are from, in a speaker phrase after the cue ("said
        Representative Peter T. King of New York": `[names] origin_markers` and a place the gazetteer knows), not a
        title's "of" ("Secretary of State John Kerry"). `titled`: only after a person with a title of their own and
        one person only ("Trump adviser Gov. Mike Pence of Indiana"; not "the Humane Society of Tampa", nor "Ted Cruz
        of Texas and Marco Rubio of Florida")."""
        phrase = text[start:end]
        if titled and any(fold(word) in self.parser.list_conjunctions for word in phrase.split()):
            return end
        for marker in self.origin_markers:
            at = phrase.rfind(f" {marker} ")
            if at <= 0:
                continue
            place = phrase[at + len(marker) + 2 :]
            known = self.parser.gazetteer.lookup(place)
            named = self.parser.parse(phrase[:at])
            if (
                known is not None
                and known.kind == "place"
                and named.kind == "person"
                and not named.pronoun
                and len(named.name.split()) >= 2
                and self.parser.name_like(named.name.split()[0])  # ("Peter T. King": a family name may be a title)
                and (named.role or not titled)
            ):
                return start + at
        return end

    def _names_an_account(self, phrase: str) -> bool:
        """Does the phrase end in a noun of what posts (`[speaker] circulating_heads`: "akun", "account") or a
        platform's name ("akun Instagram", "Twitter"), which a handle after it names?"""
        last = phrase.split()[-1]
        return fold(last) in self.lex.circulating_heads or last[:1].isupper()

    def _verb_form(self, word: str) -> bool:
        """Is the word an auxiliary or an irregular past or participle (`[cues] noun_followers`, `[claims]
        irregular_pasts`, `irregular_participles`: "is", "met", "told")?"""
        folded = fold(word)
        return folded in self.finite_verbs or folded in self.irregular_verbs

    def _description_end(self, doc: Article, tokens: list[tuple[int, int, str]], i: int, most: int) -> int:
        """Where the words in lower case from tokens[i] that may describe a person end (at most `most` of them, no
        verb among them, nothing between them): the index of the first word after them."""
        k = i
        while (
            k < min(i + most, len(tokens))
            and self._describing_word(tokens[k][2])
            and not self._verb_form(tokens[k][2])
            and not self._gap_stops(doc, tokens[k - 1][1], tokens[k][0], tokens[k - 1][2])
        ):
            k += 1
        return k

    def _name_after_modified_description(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> int:
        """The end of a full name after a description in lower case that capitalised words before tokens[i] modify
        ('"…," said Republican political consultant Chris Russell', "said Oversight ranking Democrat Elijah Cummings",
        "said Idaho nutritional-supplement executive Frank VanderSloot"), where the head noun comes last: the whole is
        the speaker phrase, not its first words; 0 if no such name ends the clause."""
        if not self.parser.head_noun_last or i >= len(tokens):
            return 0
        # (no verb among them: "according to Reuters Mr Kushner also met Sergei Gorkov, …")
        k = self._description_end(doc, tokens, i, 4)
        if k == i or k == len(tokens) or self._gap_stops(doc, tokens[k - 1][1], tokens[k][0], tokens[k - 1][2]):
            return 0
        return self._name_right_after(doc, tokens, k)

    def _name_apposed_to_modified_description(
        self, doc: Article, tokens: list[tuple[int, int, str]], i: int
    ) -> tuple[int, int] | None:
        """The full name set off by a comma after a description in lower case that the capitalised words before
        tokens[i] modify, ending in a role ('"…," said Clinton’s communications director, Jennifer Palmieri'): the
        name, as after a description alone ("kata pedagang, Siti Aminah"); the description's owner is no speaker."""
        if not self.parser.head_noun_last or i >= len(tokens):
            return None
        k = self._description_end(doc, tokens, i, 3)
        if k == i or fold(tokens[k - 1][2]) not in self.parser.role_words:
            return None
        named = self._name_in_apposition(doc, tokens, k)
        if not named or len(doc.text[tokens[k][0] : named].split()) < 2:
            return None
        return tokens[k][0], named

    def _body_name_goes_on(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Is tokens[i] a connector inside a body's name, after its organisation word (or its plural) and before a
        capital that is no day or month ("according to The Times of India", "Bank of America", "the Council on
        Foreign Relations", "the Centers for Disease Control"; `[speaker] role_connectors` and the prepositions
        among `[organizations] inner_words`, `organization_words`; not "the Council on Monday")?"""
        if not (0 < i < len(tokens) - 1):
            return False
        head = fold(tokens[i - 1][2])
        words = self.parser.organization_words
        after = (
            i + 2 if tokens[i + 1][2] == "the" and i + 2 < len(tokens) else i + 1
        )  # ("Institute for the Study of War")
        return (
            tokens[i][2] in self._body_connectors
            and is_capitalised(tokens[i - 1][2])
            and (head in words or head[-1:] == "s" and head[:-1] in words or self._within_body_name(doc, tokens, i))
            and head.removesuffix("s") not in self._body_modifiers  # ("Peter T. King, Republican of New York")
            and is_capitalised(tokens[after][2])
            and fold(tokens[after][2]) not in self.calendar_words
            and not any(doc.text[tokens[k - 1][1] : tokens[k][0]].strip() for k in range(i, after + 1))
        )

    def _within_body_name(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Does a body's name run up to tokens[i], opened by an earlier connector after its organisation word: "the
        Union of Commissioners of the National Police", whose second "of" goes on with the name the first began
        (capitals and `[organizations] inner_words` between, no gap)?"""
        for k in range(i - 1, 0, -1):
            word = tokens[k][2]
            if doc.text[tokens[k][1] : tokens[k + 1][0]].strip():
                return False
            if not (is_capitalised(word) or word.islower() and fold(word) in self.parser.inner_words):
                return False
            if word in self._body_connectors and self._body_name_goes_on(doc, tokens, k):
                return True
        return False

    def _voice_named_after_body(
        self, doc: Article, tokens: list[tuple[int, int, str]], size: int
    ) -> tuple[int, int] | None:
        """The span of a person's name set off by a comma after a determined voice of a body and the body it speaks
        for ('"…," said a spokeswoman for Trump hotels, Jennifer Rodstrom.', "a spokesman for the company, John
        Smith": `[speaker] voices_of_bodies`, `role_connectors`): the voice is that person (the description, with its
        comma, is no speaker phrase of its own, as after a description alone: "kata pedagang, Siti Aminah"); None
        otherwise."""
        if not self._voice_then_connector(tokens, size):
            return None
        for k in range(size + 1, min(size + 6, len(tokens) - 1)):
            gap = doc.text[tokens[k][1] : tokens[k + 1][0]].strip()
            if gap == ",":
                if fold(tokens[k][2]) in self.lex.person_titles or fold(tokens[k][2]) in self.parser.person_nouns:
                    return None  # "a spokesman for the Texas governor, Greg Abbott": the name is the governor's
                named = self._name_in_apposition(doc, tokens, k + 1)
                name = doc.text[tokens[k + 1][0] : named].split() if named else []
                rest = doc.text[named : tokens[-1][1]].split()[:1] if named else []
                if len(name) < 2 or any(not word[:1].isupper() or "-" in word for word in name):
                    return None  # ("a spokesman for the Waterloo, Ontario-based company": a place goes on)
                if rest and rest[0][:1] not in ".,;:(" and fold(rest[0]) not in self.lex.speaker_stops:
                    return None
                return tokens[k + 1][0], named
            if gap:
                return None
        return None

    def _voice_then_connector(self, tokens: list[tuple[int, int, str]], size: int) -> bool:
        """Do the first `size` tokens end in a voice of a body (`[speaker] voices_of_bodies`) and a connector follow,
        with more after it ("a spokesman for …", `role_connectors`)?"""
        return (
            size + 1 < len(tokens)
            and fold(tokens[size - 1][2]) in self.parser.voices_of_bodies
            and tokens[size][2] in self.role_connectors
        )

    def _voice_for_body(self, doc: Article, tokens: list[tuple[int, int, str]], size: int) -> int:
        """Where a body's name ends after a determined voice of a body and its connector ("a spokesman for Saudi
        Arabian Airlines", `[speaker] voices_of_bodies`, `role_connectors`), when the parser reads the capitals after
        the connector as an organisation; 0 otherwise (not "a spokeswoman for Hillary Clinton")."""
        if not self._voice_then_connector(tokens, size):
            return 0
        last = size
        for k in range(size + 1, len(tokens)):
            if doc.text[tokens[k - 1][1] : tokens[k][0]].strip():
                break
            if not is_capitalised(tokens[k][2]) and not (k == size + 1 and fold(tokens[k][2]) in self.parser.definite):
                break  # (the body's article may open its name: "a spokesman for the State Department")
            last = k
        if last == size:
            return 0
        if (
            last + 1 < len(tokens)
            and not doc.text[tokens[last][1] : tokens[last + 1][0]].strip()
            and tokens[last + 1][2].islower()
            and tokens[last + 1][2].casefold() not in self.lex.speaker_stops
        ):
            return 0  # the capitals open a longer noun phrase: "a spokesman for the Massachusetts national guard"
        words = [token for _, _, token in tokens[size - 1 : last + 1]]
        return tokens[last][1] if self.parser.voiced_body(words) else 0

    def _body_name_end(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> int:
        """The last token of a body's name whose connector is tokens[i] (`_body_name_goes_on`): capitals, and the
        lower-case words a body's name holds between them (`[organizations] inner_words`: "Foundation for Relief and
        Reconciliation", "Centers for Disease Control and Prevention"), up to a comma or any other word."""
        last = i
        for k in range(i + 1, len(tokens)):
            if doc.text[tokens[k - 1][1] : tokens[k][0]].strip():
                break
            word = tokens[k][2]
            if is_capitalised(word) and fold(word) not in self.calendar_words:
                last = k
            elif not (word.islower() and fold(word) in self.parser.inner_words):
                break
        return last

    def _body_name_at_end(self, doc: Article, tokens: list[tuple[int, int, str]]) -> int:
        """Where the connector of a body's name that runs to the last token is (`_body_name_goes_on`, `_body_name_end`:
        "the nation's Committee for the Promotion of Virtue and the Prevention of Vice"); len(tokens) when none."""
        for i in range(1, len(tokens) - 1):
            if self._body_name_goes_on(doc, tokens, i) and self._body_name_end(doc, tokens, i) == len(tokens) - 1:
                return i
        return len(tokens)

    @cached_property
    def _body_modifiers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("organizations", "modifiers"))

    @cached_property
    def _body_connectors(self) -> frozenset[str]:
        return self.role_connectors | (self.parser.inner_words & self.prepositions)

    def _document_named_after(self, doc: Article, tokens: list[tuple[int, int, str]]) -> bool:
        """Does the phrase after a cue open with a document's noun in lower case and then its name or its body's,
        capitalised ('"…," tulis dokumen Buku II Nota Keuangan', "tulis laporan Stanford Medicine Insights")? Where the
        head noun comes first, the document is who wrote the words (`[speaker] documents`); not "tulis dokumen
        tersebut", which points back."""
        if not (
            not self.parser.head_noun_last
            and len(tokens) > 1
            and tokens[0][2].islower()
            and fold(tokens[0][2]) in self.documents
            and is_capitalised(tokens[1][2])
            and not doc.text[tokens[0][1] : tokens[1][0]].strip()
        ):
            return False
        # the name runs to the clause's end or to a word that ends a speaker phrase ("… di akun Instagramnya"); not
        # "menurut data BPS per 15 Januari 2025, …", where what follows the body's name qualifies the data
        for at in range(1, len(tokens)):
            token = tokens[at][2]
            if doc.text[tokens[at - 1][1] : tokens[at][0]].strip():
                return True  # a comma or a full stop: the clause ends
            if token.casefold() in self.lex.speaker_stops:
                return True
            if not (is_capitalised(token) or _YEAR.fullmatch(token)):
                return False
        return True

    def _determined_after(self, doc: Article, tokens: list[tuple[int, int, str]], start: int) -> tuple[int, int]:
        """A short noun phrase with a determiner after a cue: '"…," said a union leader' → "a union leader", "said one
        former senior intelligence official" (as long as `SpeakerWords.determined_noun` takes)."""
        for size in range(min(6, len(tokens)), 1, -1):
            words = [t for _, _, t in tokens[:size]]
            if any(self._gap_stops(doc, tokens[k][1], tokens[k + 1][0], tokens[k][2]) for k in range(size - 1)):
                continue
            if any(word in self.finite_pasts for word in words[1:]):
                continue  # "says the economy grew by …": a clause's verb ends the noun phrase before it
            if size > 4 and not (
                words[-1].islower() and fold(words[-1]) in self.parser.role_words or self._body_possessing(words)
            ):
                continue  # a long one ends in a role ("one former senior intelligence official"), not "the event
                # brought back memories", "the Milwaukee Journal Sentinel this summer"
            if self.parser.determined_noun(words, possessor=True) and (
                size == len(tokens)
                or self._gap_stops(doc, tokens[size - 1][1], tokens[size][0], tokens[size - 1][2])
                or tokens[size][2].casefold() in self.lex.speaker_stops
            ):
                if self._clause_goes_on(doc, tokens, size):
                    return start, start  # "…, said an expansion team in Sin City was a done deal": its subject
                if self._body_name_goes_on(doc, tokens, size):
                    # "according to the Bureau of Labor Statistics": the determined noun opens a body's name
                    return tokens[0][0], tokens[self._body_name_end(doc, tokens, size)][1]
                named_voice = self._voice_named_after_body(doc, tokens, size)
                if named_voice is not None:
                    return named_voice  # "said a spokeswoman for Trump hotels, Jennifer Rodstrom": the name
                voiced = self._voice_for_body(doc, tokens, size)
                if voiced:
                    return tokens[0][0], voiced  # "said a spokesman for Saudi Arabian Airlines": the body's voice
                named = self._name_in_apposition(doc, tokens, size)
                return tokens[0][0], named if named else tokens[size - 1][1]
        # a description in lower case without a determiner, then the name it describes set off by a comma: '"…," kata
        # pedagang, Siti Aminah', "ujar ayah korban, Dedi Hendi Kusuma (34)", "kata salah satu siswa, Kashaf Zahra"
        # ("kata prakirawan BMKG Sulsel, Farid Hidayat", "ujar pedagang Pasar Minggu, Siti Aminah": the institution or
        # place it serves, capitalised, may follow the description's first word)
        spoken = doc.evidence.spoken if doc.evidence is not None else set()
        for size in range(min(5, len(tokens)), 0, -1):
            words = [t for _, _, t in tokens[:size]]
            if any(self._gap_stops(doc, tokens[k][1], tokens[k + 1][0], tokens[k][2]) for k in range(size - 1)):
                continue
            if (
                not self._describing_word(words[0])
                or not all(self._describing_word(word) or is_capitalised(word) for word in words[1:])
                or fold(words[0]) in self.lex.pronouns
            ):
                continue
            named = self._name_in_apposition(doc, tokens, size)
            if not named and self.parser.head_noun_last:
                # '"…," said investor Sarah Lacy.', "said longtime friend John Smith": where the head noun comes last a
                # description in lower case stands right before the name it describes, no comma between; the whole
                # is the speaker phrase (its words the role), a full name of two words or more ending the clause
                whole = self._name_right_after(doc, tokens, size)
                if whole:
                    return tokens[0][0], whole
            name = doc.text[tokens[size][0] : named].strip() if named else ""
            rest = doc.text[named : tokens[-1][1]].split()[:1] if named else []
            ends = not rest or rest[0][:1] in ".,;:(" or fold(rest[0]) in self.lex.speaker_stops
            if named and ends and (len(name.split()) >= 2 or name in spoken):  # ("According to exit polls, Mitt
                # Romney had a ten-point lead": a clause goes on after the name, which is its subject)
                return tokens[size][0], named  # the name (the description is not the lexicon's, so no role)
        return self._described_pointing_back(doc, tokens, start)

    @staticmethod
    def _body_possessing(words: list[str]) -> bool:
        """Does a capitalised name in the possessive stand before nouns in lower case that end the phrase ("the
        Foreign Ministry's press service", "the White House's press office"): the body's own office, one noun phrase
        however long?"""
        owner = next((at for at, word in enumerate(words) if word.endswith(POSSESSIVE_ENDINGS)), None)
        return (
            owner is not None
            and 1 < owner < len(words) - 1
            and all(is_capitalised(word) for word in words[1 : owner + 1])
            and all(word.isalpha() and word.islower() for word in words[owner + 1 :])
        )

    def _described_pointing_back(self, doc: Article, tokens: list[tuple[int, int, str]], start: int) -> tuple[int, int]:
        """A description in lower case that a demonstrative closes, in a language whose demonstratives follow the noun:
        '"…," imbuh mantan Aspidum Kejaksaan Tinggi Riau itu', "ujar pria kelahiran Bandung itu". It opens as
        `SpeakerParser.described` says (a former office, a noun for a person), and it points back at someone the
        article brought in (the phrase up to the demonstrative; whom it means is the extractor's to say). Else no
        speaker phrase."""
        if (
            self.parser.head_noun_last
            or len(tokens) < 2
            or not self.pointing_back
            or not self.parser.described([t for _, _, t in tokens[:2]])
        ):
            return start, start
        for at in range(1, min(len(tokens), 10)):
            if self._gap_stops(doc, tokens[at - 1][1], tokens[at][0], tokens[at - 1][2]):
                return start, start
            word = tokens[at][2]
            if fold(word) in self.pointing_back:
                ends = at + 1 == len(tokens) or self._gap_stops(doc, tokens[at][1], tokens[at + 1][0], word)
                return (tokens[0][0], tokens[at - 1][1]) if ends else (start, start)
            if not (self._describing_word(word) or is_capitalised(word) or word.isdigit()):
                return start, start
        return start, start

    def _places_listed_after_preposition(self, doc: Article, tokens: list[tuple[int, int, str]], first: int) -> bool:
        """Are the words from `first` on capitalised names joined by a conjunction, the last of a list set off by
        commas after a preposition, one of them a known place ("in Canada, | France and Switzerland")?"""
        words = [token for _, _, token in tokens[first:]]
        if not all(fold(word) in self.conjunctions or word[:1].isupper() for word in words) or not any(
            fold(word) in self.conjunctions for word in words
        ):
            return False  # (the list's end: "France and Switzerland"; not "Di Jakarta, Willy mengatakan")
        before = doc.text[max(0, tokens[first][0] - 120) : tokens[first][0]]
        listed = _LISTED_BEFORE.search(before)
        if listed is None or listed.group(1).casefold() not in self.prepositions:
            return False
        # the list's end names a place the gazetteer knows ("France"), not people or bodies ("Ileana Ros-Lehtinen and
        # Carlos Curbelo" after "members of Congress from Florida,"; "WCVB and NBC News report" after "into Canada,")
        return any(self.parser.is_place([word]) for word in words if fold(word) not in self.conjunctions)

    def name_past_phrase(self, doc: Article, end: int, limit: int) -> tuple[int, int] | None:
        """The name set off by a comma at the sentence's end, after a described speaker ending at `end` and a short
        phrase of a preposition: '"…," said the top Democrat on the committee, Mark Warner.' → "Mark Warner"."""
        text = doc.text
        tokens = token_spans(text, end, limit)
        if not tokens or fold(tokens[0][2]) not in self.noun_prepositions or text[end : tokens[0][0]].strip():
            return None
        for k in range(1, min(5, len(tokens))):
            if self._gap_stops(doc, tokens[k - 1][1], tokens[k][0], tokens[k - 1][2]) or not tokens[k][2].islower():
                return None
            named = self._name_in_apposition(doc, tokens, k + 1)
            if named:
                rest = text[named:limit].strip()
                return (tokens[k + 1][0], named) if rest in ("", ".") else None
        return None

    def _describing_word(self, word: str) -> bool:
        """Could this word be part of a description in lower case ("pedagang", "ayah korban", "salah satu siswa",
        "co-author")?"""
        folded = fold(word)
        return (
            all(part.isalpha() for part in word.split("-"))
            and word.islower()
            and folded not in self.lex.speaker_stops
            and folded not in self.conjunctions
            and folded not in self.parser.names.cue_words
            and folded not in self.parser.names.function_words
        )

    def _name_right_after(self, doc: Article, tokens: list[tuple[int, int, str]], size: int) -> int:
        """The end of a full person's name (two to four capitalised words) right after tokens[:size], with nothing
        after it in the clause but punctuation or a speaker stop ("… said investor Sarah Lacy."); 0 if none."""
        text = doc.text
        last = size - 1
        for k in range(size, min(size + 4, len(tokens))):
            if text[tokens[k - 1][1] : tokens[k][0]].strip() or not is_capitalised(tokens[k][2]):
                break
            last = k
        if last < size + 1:
            return 0
        after = text[tokens[last][1] : tokens[last + 1][0]].strip() if last + 1 < len(tokens) else ""
        if last + 1 < len(tokens) and not after and fold(tokens[last + 1][2]) not in self.lex.speaker_stops:
            return 0  # the clause goes on: the name is its subject, not the speaker's
        named = self.parser.parse(text[tokens[size][0] : tokens[last][1]])
        if named.kind != "person" or named.pronoun or not self.parser.is_person_name(named.name):
            return 0
        return tokens[last][1]

    def _name_in_apposition(self, doc: Article, tokens: list[tuple[int, int, str]], size: int) -> int:
        """The end of a person's name set off by a comma after a description: "ujar seorang lansia, Colleen
        Hoffman (69), kepada AFP" (the description is then the role); 0 if none follows."""
        text = doc.text
        if size >= len(tokens) or text[tokens[size - 1][1] : tokens[size][0]].strip() != ",":
            return 0
        last = size - 1
        for k in range(size, min(size + 6, len(tokens))):
            gap = text[tokens[k - 1][1] : tokens[k][0]].strip() if k > size else ""
            initial = gap == "." and len(tokens[k - 1][2]) == 1 and tokens[k - 1][2].isupper()  # "James B. Comey"
            if gap and not initial or not tokens[k][2][:1].isupper():
                break
            last = k
        if last < size:
            return 0
        named = self.parser.parse(text[tokens[size][0] : tokens[last][1]])  # "AKP Supriadi": a rank may open it
        if named.kind != "person" or named.pronoun or not self.parser.is_person_name(named.name):
            return 0
        return tokens[last][1]

    def _before_age(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> int:
        """Index of the token before tokens[i], past a number in brackets after a name: "Andri (23) yang juga kakak
        dari …" → at "Andri", so that the relative clause after the age ends the speaker phrase."""
        text = doc.text
        if (
            i > 1
            and tokens[i - 1][2].isdigit()
            and text[tokens[i - 2][1] : tokens[i - 1][0]].strip() == "("
            and text[tokens[i - 1][1] : tokens[i][0]].strip() == ")"
        ):
            return i - 2
        return i - 1

    def _gloss_start(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> int:
        """Index of the token before a short capitalised gloss in brackets that ends right before tokens[i], else -1:
        "Menteri Agama (Menag) Nasaruddin Umar" → at "Agama". Only between capitals: a role and a name."""
        text = doc.text
        if text[tokens[i - 1][1] : tokens[i][0]].strip() != ")" or not tokens[i][2][:1].isupper():
            return -1
        if not self.parser.glossed_person_or_place(text[tokens[i][0] : tokens[-1][1]]):
            return -1  # "… (BHI) Kementerian Luar Negeri Judha Nugraha": an institution, then a name
        for j in range(i - 1, max(0, i - 5), -1):
            if not self._acceptable(tokens[j][2]):
                return -1
            if text[tokens[j - 1][1] : tokens[j][0]].strip() == "(":
                return j - 1 if tokens[j - 1][2][:1].isupper() else -1
        return -1

    def _gloss_end(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> int:
        """Index of the token after a short capitalised gloss in brackets before tokens[i], else -1:
        "PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti"."""
        text = doc.text
        if text[tokens[i - 1][1] : tokens[i][0]].strip() != "(":
            return -1
        for j in range(i, min(i + 5, len(tokens))):
            if not self._acceptable(tokens[j][2]):
                return -1
            gap = text[tokens[j][1] : tokens[j + 1][0]] if j + 1 < len(tokens) else ""
            if gap.strip() == ")":
                return j + 1 if j + 1 < len(tokens) and tokens[j + 1][2][:1].isupper() else -1
        return -1

    def _joins_role(self, doc: Article, tokens: list[tuple[int, int, str]], i: int, so_far: str) -> bool:
        """Does tokens[i] join a role to the institution it serves, inside a speaker phrase ("Kabid Humas pada
        Puspenkum Kejagung Irwan Datuiding", "Minister of Agriculture Andi Amran Sulaiman", "… dan Logistik di Badan
        Penanggulangan Bencana Daerah …": `[speaker] institution_connectors` before an institution's head word)?
        Only after a role that names no one yet, and before a capital."""
        # (not after a role in lower case: "kata peneliti di Center for Metropolitan Studies (Centropolis) Untar ini")
        return (
            i + 1 < len(tokens)
            and (
                tokens[i][2] in self.role_connectors
                or tokens[i][2] in self.institution_connectors
                and self._institution_word(tokens[i + 1][2])
                and is_capitalised(so_far)
            )
            and tokens[i + 1][2][:1].isupper()
            and not self._gap_stops(doc, tokens[i][1], tokens[i + 1][0], tokens[i][2])
            and self.parser.opens_with_role(so_far)
            and not self.parser.names_a_person(so_far)
        )

    def list_after(self, doc: Article, found: tuple[int, int], limit: int) -> tuple[int, int]:
        """A speaker after its cue that opens a list of names takes the whole list: "kata Budi, Sri, dan Andi"."""
        text = doc.text
        end = found[1]
        best = found
        for _ in range(5):
            separator = self.parser.list_separator.match(text, end, limit)
            if separator is None:
                break
            following = self.after(doc, separator.end(), limit)
            if following[1] <= following[0] or self.parser.possessive(text[following[0] : following[1]]):
                break  # ("said Seema, Gul's daughter-in-law": whose she is, no second speaker)
            end = following[1]
            if self.parser.parse(text[found[0] : end]).kind == "group":
                best = found[0], end
        return best

    def description_after(self, doc: Article, start: int, limit: int) -> tuple[int, int] | None:
        """A person described in lower case right after a cue and set off by a comma, no name or title in it
        ("kata pengemudi ojol, Wawan (35)", "ujar salah satu pengemudi ojol asal Genuk, Wawan"): the span, for
        `apposed_name` to find the name after it; None when the words are no such description."""
        text = doc.text
        comma = text.find(",", start, limit)
        if comma < 0:
            return None
        tokens = token_spans(text, start, comma)
        if not 1 < len(tokens) <= 7 or any(
            self._gap_stops(doc, tokens[k][1], tokens[k + 1][0], tokens[k][2]) for k in range(len(tokens) - 1)
        ):
            return None
        if self.parser.head_noun_last:
            return None  # (English writes a determiner first: "said a union leader, John Smith", `_determined_after`)
        phrase = text[tokens[0][0] : tokens[-1][1]]
        words = self.lex.determiners.sub("", phrase).split()
        if not words or not words[0].isalpha() or not words[0].islower() or fold(words[0]) in self.lex.pronouns:
            return None
        names = self.parser.names
        if any(word.islower() and (names.predicate(word) or fold(word) in names.function_words) for word in words):
            return None  # a verb or a function word: a clause, no description ("…, menurut dia, …")
        parsed = self.parser.parse(phrase)
        return (tokens[0][0], tokens[-1][1]) if parsed.kind == "person" and not parsed.pronoun else None

    def apposed_name(
        self, doc: Article, start: int, end: int, limit: int, description: bool = False
    ) -> tuple[int, int] | None:
        """The name set off by commas after a role with no name in it, as a span, else None:
        "kata juru bicara Gugus Tugas Covid - 19 Kabupaten Bekasi, Alamsyah, Rabu sore" → "Alamsyah";
        "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo di Sleman" → "Wahyu Wibowo"."""
        text = doc.text
        if not self.parser.names_a_person(text[start:end]):
            end = self.role_goes_on(doc, end, limit)
        role = text[start:end]
        parsed = self.parser.parse(role)
        # a description that names no one, even when its title is not in the lexicon ("Kordinator Lapangan …")
        described = description or (
            parsed.kind == "person"
            and not parsed.pronoun
            and parsed.name == role.strip()
            and len(role.split()) >= 3
            # (not a person's own name of three words: "said Karen Hobert Flynn, president of Common Cause")
            and not (self.parser.head_noun_last and self.parser.is_person_name(role.strip()))
        )
        # "Guru SMPN 1 Cisarua, Fakhmi Nurdiansyah": the school's place, then the name
        numbered = doc.evidence is not None and doc.evidence.numbered_place(role.split())
        # a role that seems to hold a name is still a role when a titled name follows it: in "papar Wakil Kepala
        # Operasi Damai Cartenz, Komisaris Besar Faizal" the operation's name is no person's
        seems_named = (
            self.parser.names_a_person(role) and not self.parser.ends_in_served_place(role) and not numbered
        )  # "Kasi Humas Polres Palopo, AKP Supriadi"
        if not (self.parser.opens_with_role(role) or described or numbered):
            return None
        cursor = end
        for _ in range(3):  # the role may go on over a place or two before the name
            if not text[cursor:limit].lstrip(" ").startswith(","):
                return None
            piece_start = text.index(",", cursor) + 1
            joined = self.parser.list_separator.match(text, piece_start - 1, limit)  # "…, Eksekusi, dan Eksaminasi …"
            piece_start = joined.end() if joined else piece_start
            enumeration_ended = joined is not None and bool(joined.group().strip(" ,"))  # ", dan"
            found_start, found_end = self.after(doc, piece_start, limit)
            if found_end <= found_start:
                return None
            enumerated = re.match(r"\s*,?\s*" + self.conjunction_pattern + r"\s", text[found_end:limit])
            found = self.parser.parse(text[found_start:found_end])  # "AKP Supriadi": a rank may open the name
            if seems_named:
                if cursor == end and not enumerated and self._titled_name(text[found_start:found_end]):
                    return found_start, found_end
                return None
            if not enumerated and (
                self.parser.is_person_name(text[found_start:found_end])
                or (
                    found.kind == "person"
                    and not found.pronoun
                    and self.parser.is_person_name(found.name)
                    and (fold(found.role) in self.ranks or found.role != "" and enumeration_ended)
                )  # (after ", dan" the role's enumeration ends, then the name: "Kepala Pusat Data, Informasi, dan
                # Komunikasi Kebencanaan BNPB Abdul Muhari")
            ):
                return found_start, found_end
            if doc.dates_in(found_start, found_end) or not text[found_start : found_start + 1].isupper():
                return None
            cursor = found_end
        return None

    def names_a_source(self, doc: Article, start: int, end: int) -> bool:
        """Can this phrase after "menurut" / "according to" be the source: a speaker phrase, or any noun phrase of
        two words or more ("laporan Los Angeles Times"; "Menurut rencana, …", as planned, names no one)?"""
        return self.valid(doc, start, end) or len(TOKEN.findall(doc.text, start, end)) >= 2

    def source_after(self, doc: Article, start: int, limit: int) -> tuple[int, int]:
        """What follows "according to" / "menurut": a speaker phrase, else any short noun phrase up to the next
        comma ("a New York Times/CBS News poll released last week", "federal statistics")."""
        s_start, s_end = self.after(doc, start, limit)
        text = doc.text
        end = min([i for i in (text.find(",", start, limit), text.find(";", start, limit)) if i >= 0] or [limit])
        tokens = token_spans(text, start, end)
        timed = next((i for i, token in enumerate(tokens) if self._time_of_day(token[2])), len(tokens))
        tokens = tokens[:timed]  # "data Bloomberg pukul 09.00 WIB": the time is circumstance
        if tokens and fold(tokens[-1][2]) in self.weekdays:
            tokens = tokens[:-1]  # "a report in the Guardian Monday": the day is circumstance
            while tokens and tokens[-1][2].casefold() in self.prepositions:
                tokens = tokens[:-1]  # ("reports on Friday")
        held = next((i for i, (_, _, token) in enumerate(tokens) if i and fold(token) in self.holding_participles), 0)
        if held and not any(fold(token) in self.relatives | self.complementizers for _, _, token in tokens[:held]):
            # (not inside a relative clause: "according to intelligence sources who have seen the emails")
            # "according to letters obtained by CNN": CNN holds them; the letters speak, whoever wrote them
            return tokens[0][0], tokens[held - 1][1]
        for i in range(1, len(tokens) - 1):
            if (
                tokens[i][2].casefold() in self.source_prepositions
                and fold(tokens[i - 1][2]) in self.documents
                and all(token[:1].islower() for _, _, token in tokens[:i])
                and self.valid(doc, tokens[i + 1][0], tokens[-1][1])
                and not self.parser.is_place([t for _, _, t in tokens[i + 1 :] if t[:1].isupper()] or [""])
            ):  # (not "reports in China": where, not whose)
                # "according to a new report from CNN", "menurut laporan dari Bank Dunia", "according to a report in
                # the Guardian Monday": the document speaks for whoever it is from or wherever it appeared
                return tokens[i + 1][0], tokens[-1][1]
        if self.valid(doc, s_start, s_end):
            return s_start, s_end
        if not tokens or len(tokens) > 12 or tokens[0][2].casefold() in self.lex.speaker_stops:
            return start, start
        if self._clause_among(tokens):
            return start, start  # "according to the Ledger Mr Hale also met Ivan Petrov, …": whose report is it?
        s_start, s_end = tokens[0][0], tokens[-1][1]
        return (s_start, s_end) if any(t.isalpha() for _, _, t in tokens) else (start, start)

    def _clause_among(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Do the words hold a person's name and then their verb, an adverb between or not ("the Ledger Mr Hale also
        met Ivan Petrov"): a clause, not a noun phrase ("a study led by …", "a Gallup Poll taken last week")?"""
        words = [token for _, _, token in tokens]
        for at in range(1, len(words)):
            if not self._verb_form(words[at]):
                continue
            end = at
            if end > 1 and fold(words[end - 1]) in self.parser.names.openers:
                end -= 1  # ("Mr Hale also met")
            begin = end
            while begin > 0 and is_capitalised(words[begin - 1]):
                begin -= 1
            run = " ".join(words[begin:end])
            if begin < end and self.parser.names_a_person(run) and not self.parser.parse(run).pronoun:
                return True  # (not "a national Gallup Poll taken last week", "an ex-IBMer I spoke to")
        return False

    def past_apposition(self, doc: Article, comma: int, end: int) -> int:
        """The comma that ends a role set off after the speaker: "Menurut Irma, salah satu pendiri X, …"."""
        text = doc.text
        following = text.find(",", comma + 1, end)
        if following < 0:
            return comma
        return following if self._apposed(text[comma + 1 : following]) else comma

    def apposition_to_end(self, doc: Article, comma: int, end: int) -> bool:
        """Is what follows the comma up to the sentence's end a role set off after the speaker ("…, said Mr. Smith,
        a lawyer for the company.", "…, said Gary Orfield, education and law professor at …")?"""
        piece = doc.text[comma + 1 : end].rstrip(' .!?"”')
        # "a lawyer for the company": a description opened by a determiner, with no verb of its own
        start = comma + 1 + len(piece) - len(piece.lstrip())
        # (or a role with no determiner: "…, said Gary Orfield, education and law professor at the University of …")
        return (bool(self.lex.determiners.match(piece.lstrip())) or self._role_without_predicate(piece)) and (
            self.describes(doc, start, comma + 1 + len(piece))
        )

    def _role_without_predicate(self, piece: str) -> bool:
        """A role, in a language whose verbs show a prefix with no verb or auxiliary among its words ("sudah
        inkracht", "telah disita oleh penyidik …" say what is so of the words before the attribution)."""
        names = self.parser.names
        if names.verb_prefixes and any(names.predicate(word) for word in piece.split()):
            return False
        return self.parser.is_role(piece)

    def _apposed(self, piece: str) -> bool:
        piece = piece.strip()
        bare = self.lex.determiners.sub("", piece)
        return (self.parser.opens_with_role(piece) or bare != piece) and self.parser.is_speaker_like(bare)

    # --- between the speaker and the cue ---------------------------------------------------------------
    def apposed_role(
        self, doc: Article, clause_start: int, speaker: tuple[int, int], cue_start: int
    ) -> tuple[int, int]:
        """A role set off by commas next to the speaker: "The ministry's spokesperson, Dedi Kurniawan, said" or
        "Tri Maharini, dokter emergensi, memaparkan". (0, 0) when there is none."""
        text = doc.text
        s_start, s_end = speaker
        after = text[s_end:cue_start]
        if after.strip().startswith(",") and after.rstrip().endswith(","):
            role = self._trim_phrase(doc, s_end + after.index(",") + 1, s_end + after.rstrip().rindex(","))
            if role[1] > role[0] and self.parser.is_role(text[role[0] : role[1]]):
                return role
        before = text[clause_start:s_start].rstrip()
        if before.endswith(","):
            comma = clause_start + len(before) - 1
            previous = text.rfind(",", clause_start, comma)
            role = self._trim_phrase(doc, previous + 1 if previous >= 0 else clause_start, comma)
            phrase = text[role[0] : role[1]]
            if (
                role[1] > role[0]
                and self.parser.is_role(phrase)
                and not self._is_circumstance(doc, *role)
                and fold(phrase.split()[0]) not in self.parser.names.openers
                and len(phrase.split()) <= 8
            ):
                return role  # (not "Meski tak menampik …, Dedi menilai": circumstance, not his role)
        return 0, 0

    def words_between(self, doc: Article, start: int, end: int) -> int:
        """Words between a speaker and its cue, not counting a role, a description or a relative clause set off by
        commas, nor an aside set off by dashes."""
        text = doc.text
        end = self.before_dash_aside(doc, start, end)
        count = 0
        pieces = [piece for piece in self._segments(doc, start, end) if text[piece[0] : piece[1]].strip()]
        if pieces and self._subject_relative(doc, *pieces[-1]) and self.parser.head_noun_last:
            return 0  # a relative clause right after the speaker goes on to the cue, whatever commas it holds
            # ("Marco Rubio, whose hometown, Miami, is projected to …, argues")
        for piece_start, piece_end in self._segments(doc, start, end):
            piece = text[piece_start:piece_end].strip()
            if self._relative_clause(doc, piece_start, piece_end) or (
                piece_start > start
                and text[piece_end : piece_end + 1] == ","
                and (
                    self.parser.is_role(piece)
                    or self.parser.opens_with_person_title(piece)  # "…, General Manager Representative Office 1 …,"
                    or self.describes(doc, piece_start, piece_end)
                    or self._only_date(doc, piece_start, piece_end)
                    or self._is_place(doc, piece_start, piece_end)
                )
            ):  # ("Journalist Daniel Simone, author of the upcoming The Retrial of Charles Manson, told"; "…, di
                # kawasan Monumen Nasional, Jakarta Pusat, Selasa (15/3/2022), mengatakan": the region and the day)
                continue
            if piece_start > start and self._subjectless_clause(doc, piece_start, piece_end):
                continue  # "…, I Gede John Darmawan, saat hadir dalam proses Pemilu OSIS di SMAN 1 Tabanan mengatakan"
            count += len(TOKEN.findall(piece))
        return count
