"""Phrase bounds: where a speaker phrase may begin and end in a document.

Which tokens may belong to a speaker phrase, which gaps between them stop it, what a comma-separated piece next
to it is (a place, a description, a relative clause, circumstance), and what is trimmed off its edges (opening
connectives, trailing dates and adverbs). SpeakerSpans (spans.py) finds the phrases with them.
"""

from __future__ import annotations

import re
from functools import cached_property

from claimtrack.extract.article import Article
from claimtrack.extract.speaker_words import is_acronym, is_capitalised
from claimtrack.extract.speakers import SpeakerParser
from claimtrack.extract.tokens import TOKEN, capitalised_inside, is_word_char, opens_sentence, token_spans
from claimtrack.lexicon import Lexicon
from claimtrack.textutil import fold

_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "G.K" of "G.K. Butterfield"
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")  # "09.00", "14:30"
_HARD_STOP = set(';:!?"“”«»()[]')
# the rest of a list after its first comma: "Hukum, dan Keamanan", "Kebudayaan, Riset, dan Teknologi" (items of one or
# two capitalised words, the last after a conjunction)
_LISTED = re.compile(
    r"(?P<items>(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?, ){0,3}[A-Z][\w-]*(?: [A-Z][\w-]*)?),? (?P<conjunction>\w+) "
    r"(?P<last>[A-Z][\w-]*)"
)
_LAST_LISTED = re.compile(r"(?P<conjunction>\w+) (?P<last>[A-Z][\w-]*)")
_FIELDS_ON = re.compile(r"\s*[A-Z][\w&-]*(?: [A-Z][\w&-]*)? (?P<conjunction>\w+) [A-Z]")
_WORD_BEFORE = re.compile(r"(?:^|\s)(\w+)\s+$")


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word right before `start` (within 40 characters), folded, and where it begins; None if there is none."""
    offset = max(0, start - 40)
    # what `_WORD_BEFORE` finds in text[offset:start], read backwards (the pattern is tried at every character)
    end = len(text[offset:start].rstrip()) + offset
    if end == start:
        return None  # no blank after it
    begin = end
    while begin > offset and is_word_char(text[begin - 1]):
        begin -= 1
    if begin == end or (begin > offset and not text[begin - 1].isspace()):
        return None
    return fold(text[begin:end]), begin


class PhraseBounds:
    """The edges of speaker phrases, with one language's lexicon and its speaker parser."""

    def __init__(self, lex: Lexicon, parser: SpeakerParser):
        self.lex = lex
        self.parser = parser
        self.conjunctions = frozenset(w.casefold() for w in lex.words_of("speaker", "conjunctions"))
        self.list_conjunctions = parser.list_conjunctions
        self.alternative_name_markers = frozenset(fold(w) for w in lex.words_of("speaker", "alternative_name_markers"))
        self.clause_links = frozenset(fold(w) for w in lex.words_of("cues", "clause_links"))  # "but", "while"
        self.relatives = frozenset(w.casefold() for w in lex.words_of("cues", "relatives"))
        self.person_relatives = frozenset(w.casefold() for w in lex.words_of("cues", "person_relatives"))
        self.place_relatives = frozenset(fold(w) for w in lex.words_of("speaker", "place_relatives"))
        self.addition_openers = frozenset(fold(w) for w in lex.words_of("speaker", "addition_openers"))
        self.adjunct_subordinators = frozenset(fold(w) for w in lex.words_of("speaker", "adjunct_subordinators"))
        self.adjunct_verb_endings = tuple(lex.words_of("speaker", "adjunct_verb_endings"))
        self.not_verbs = frozenset(
            fold(w)
            for w in (
                *lex.words_of("speaker", "determiners"),
                *lex.words_of("cues", "pronouns"),
                *lex.words_of("claims", "demonstratives"),
            )
        )
        self.person_relative_heads = frozenset(fold(w) for w in lex.words_of("cues", "person_relative_heads"))
        self.focus_adverbs = frozenset(fold(w) for w in lex.words_of("speaker", "focus_adverbs"))
        self.finite_verbs = frozenset(w.casefold() for w in lex.words_of("cues", "noun_followers"))
        # what opens a clause inside a description: a relative pronoun or a wh-word ("where he is being treated")
        self.clause_openers = self.relatives | {fold(w) for w in lex.words_of("checkworthiness", "questions")}
        affiliation = lex.text("speaker", "affiliation_tag")
        self.affiliation_tag = re.compile(affiliation) if affiliation else None
        self.circumstance_endings = tuple(lex.words_of("speaker", "circumstance_endings")) or ("\0",)
        relays = lex.words_of("speaker", "relays")
        self.relay = re.compile(r"(?:" + "|".join(map(re.escape, relays)) + r")\s", re.IGNORECASE) if relays else None
        self.time_markers = frozenset(fold(w) for w in lex.words_of("dates", "time_markers"))
        self.role_modifiers = frozenset(fold(w) for w in lex.words_of("speaker", "role_modifiers"))
        self.time_zones = frozenset(lex.words_of("dates", "time_zones"))
        self.progressive = tuple(fold(w) for w in lex.words_of("cues", "progressive_endings")) or ("\0",)
        self.opening_prepositions = frozenset(lex.words_of("speaker", "opening_prepositions"))
        self.role_joiners = frozenset(lex.words_of("speaker", "role_joiners"))
        self.calendar_words = frozenset(
            fold(w) for w in (*lex.words_of("dates", "weekdays"), *lex.numbers("dates", "months"))
        )

    # --- what a speaker phrase may hold ----------------------------------------------------------------
    def valid(self, doc: Article, start: int, end: int) -> bool:
        """A speaker phrase, and not a single word opening a sentence that the document writes in lower case
        elsewhere, or that opens clauses ("Selain melaporkan …, kuasa hukum …", "Setelah memastikan …", "As stated
        in …"): there its capital says nothing ("kata Hari", "tutur Lalu" are names)."""
        if end <= start:
            return False
        key = (start, end)
        if key not in doc.speaker_spans:
            text = doc.text
            phrase = text[start:end]
            words = phrase.split()
            doc.speaker_spans[key] = (
                (
                    # a pronoun after other words ends a clause's object and opens another ("told ABC News he found …",
                    # "the authority he asserts"): no speaker phrase
                    not (
                        len(words) > 1
                        and fold(words[-1]) in self.lex.pronouns
                        and fold(words[-2]) not in self.conjunctions
                    )
                )
                # nor the object of a preposition opening the sentence ("With Democratic leaders worried about …",
                # "Ketika masyarakat menyampaikan protes, …"): the subject comes after the circumstance
                and not self._after_opening_stop(doc, start)
                # nor a second role of the person named before it, with no name of its own ("pengamat penerbangan
                # Alvin Lie sekaligus anggota Ombudsman RI menyampaikan": not the Ombudsman's words)
                and not (self._after_role_joiner(doc, start) and not self.parser.names_a_person(phrase))
                # nor a day or a date ('"…," said on Tuesday the envoy'): when, not who
                and not any(d.start <= start and end <= d.end for d in doc.dates_in(start, end))
                and not doc.within_a_date(start, end)  # ("Last Tuesday, … announced": "Last" is no one)
                # nor an adverb alone ("Following a swiftly called meeting")
                and not (len(words) == 1 and phrase.islower() and self.lex.trailing_words.fullmatch(phrase))
                and self.parser.is_speaker_like(phrase)
                # nor a word ending as no noun does that opens the sentence, capitalised nowhere else ("Having found
                # out …", "Ironically, …", "Predictably, …": `[speaker] non_noun_endings`)
                and not (len(words) == 1 and opens_sentence(text, start) and self._no_noun(text, phrase))
                and (
                    " " in phrase.strip()
                    or not opens_sentence(text, start)
                    or not (
                        self.parser.common_word(phrase, doc.writes_in_lower_case)
                        or fold(phrase.strip()) in self.parser.names.openers
                    )
                )
            )
        return doc.speaker_spans[key]

    def _named_with(self, trail: str) -> bool:
        """Is the first trailing word written with a capital though no day or month ("USA Today", "Psychology
        Today")? Then it is a word of the name before it, not an adverb."""
        first = trail.strip(" ,").split()[:1]
        return bool(first) and first[0][:1].isupper() and fold(first[0]) not in self.calendar_words

    def _no_noun(self, text: str, word: str) -> bool:
        """Does the capitalised word end as no noun or adjective does (`[speaker] non_noun_endings`: "Having",
        "Ironically") and is it capitalised nowhere inside a sentence, no known name ("Kelly" of "Megyn Kelly" is)?"""
        return (
            (fold(word).endswith(self.parser.non_noun_endings) or fold(word) in self.parser.irregular_participles)
            and not word.isupper()
            and word not in capitalised_inside(text)
            and self.parser.gazetteer.lookup(word) is None
        )

    def _after_opening_stop(self, doc: Article, start: int) -> bool:
        """Does a preposition (`[speaker] opening_prepositions`) open the sentence right before `start`? (Only right
        before: "Dalam kesempatan itu Menkeu Purbaya mengatakan", "Di sisi lain Eko menyebut", "At least the actors
        knew": a circumstance without a comma may end before the subject.)"""
        word = _word_before(doc.text, start)
        return word is not None and word[0] in self.opening_prepositions and opens_sentence(doc.text, word[1])

    def _after_role_joiner(self, doc: Article, start: int) -> bool:
        """Does a word joining two roles of one person (`[speaker] role_joiners`: "sekaligus") stand right before?"""
        word = _word_before(doc.text, start)
        return word is not None and word[0] in self.role_joiners

    def _acceptable(self, token: str) -> bool:
        return self.parser.acceptable_token(token) and not (
            token[:1].islower() and token.casefold() in self.lex.speaker_stops
        )

    def _in_relational_pair(self, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Is tokens[i] a word of a relational noun of two words (`[titles] relational`: "orang tua", "kuasa
        hukum") written whole, with a capitalised word after it?"""
        if not self.parser.relational_pairs:
            return False
        low = max(0, i - 1)
        words = [token for _, _, token in tokens[low : i + 3]]
        return self.parser.in_relational_pair(words, i - low, before_capital=True)

    def _describes_last_document(self, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Is tokens[i] a word in lower case telling what kind of document ends the tokens, after a capitalised word
        (`SpeakerParser.describes_document`: "… Morning Consult tracking poll"), where the head noun comes last?"""
        if not self.parser.head_noun_last or i == 0 or i >= len(tokens) - 1:
            return False
        before = tokens[i - 1][2]
        if not before[:1].isupper() or fold(before) in self.parser.names.function_words:
            return False  # (a name before it, not the article that opens the sentence: "A recent report")
        rest = [token for _, _, token in tokens[i:]]
        return (
            rest[-1].islower()
            and fold(rest[-1]) in self.parser.documents
            and all(word.islower() and self.parser.describes_document(word) for word in rest[:-1])
        )

    def _acceptable_at(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Can tokens[i] belong to a speaker phrase? A number joined by a hyphen can ("Covid - 19"), and so can the
        number of a unit after a place word ("Ketua RT 05") or between an acronym and a capitalised word ("Guru SMPN 1
        Cisarua"), and a station's number before its outlet's word ("10 News", `[speaker] outlet_name_words`)."""
        token = tokens[i][2]
        if (
            i + 1 < len(tokens)
            and self.parser.modifies_a_body(token, tokens[i + 1][2])
            and not doc.text[tokens[i][1] : tokens[i + 1][0]].strip()
        ):
            return True  # "Moscow's defence ministry", "the central bank": what kind of body it is
        if self._in_relational_pair(tokens, i):
            return True  # "orang tua Budi Santoso": the parents of Budi Santoso, whose "tua" no phrase takes alone
        if self._describes_last_document(tokens, i):
            return True  # "an online Morning Consult tracking poll": what kind of document ends the phrase
        if self._acceptable(token):
            # a preposition opening the sentence opens circumstance before the subject, capital or not
            # ("Speaking generally, national security advisor H.R. McMaster said", `[speaker] opening_prepositions`)
            return not (fold(token) in self.opening_prepositions and opens_sentence(doc.text, tokens[i][0]))
        if not token.isdigit() or i == 0:
            return False
        if doc.text[tokens[i - 1][1] : tokens[i][0]].strip() in ("-", "–"):
            return True
        previous = tokens[i - 1][2]
        return (
            len(token) <= 4
            and not doc.text[tokens[i - 1][1] : tokens[i][0]].strip()
            and (
                fold(previous) in self.parser.place_words  # "Ketua RT 05", "… RT 008 RW 009"
                or len(token) <= 2  # "Kasubdit 2 Ditsiber …": the number of the unit a title heads
                and fold(previous) in self.lex.person_titles
                and i + 1 < len(tokens)
                and is_capitalised(tokens[i + 1][2])
                and not doc.text[tokens[i][1] : tokens[i + 1][0]].strip()
                or is_acronym(previous)
                and i + 1 < len(tokens)
                and is_capitalised(tokens[i + 1][2])
                and not doc.text[tokens[i][1] : tokens[i + 1][0]].strip()
                or self.parser.station_number([t[2] for t in tokens], i)  # "news channel 10 News", "FOX 2 News"
                and not doc.text[tokens[i][1] : tokens[i + 1][0]].strip()
            )
        )

    def _gap_stops(self, doc: Article, left_end: int, right_start: int, left_token: str) -> bool:
        """Does the text between two tokens end a speaker phrase (punctuation other than an abbreviation dot)?"""
        text = doc.text
        gap = text[left_end:right_start]
        if gap.strip() == "," and self._portfolio_list(text, left_token, right_start):
            return False  # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD": one office's name
        if any(ch in _HARD_STOP or ch == "," for ch in gap):
            return True
        if gap.strip() in ("-", "–", "—") and gap[:1].isspace() and not text[right_start : right_start + 1].isdigit():
            return True  # "Jakarta - The Ministry …": a dateline's dash ("Covid - 19" aside)
        if "." in gap:
            return not (left_token in self.lex.abbreviations or _INITIALS.fullmatch(left_token))
        return False

    def _portfolio_list(self, text: str, left: str, at: int) -> bool:
        """Does a list of fields go on from `at` after `left` and a comma, each a common word capitalised as an
        office's name capitalises it, the last after a conjunction ("Pendidikan, Kebudayaan, Riset, dan Teknologi";
        `[speaker] list_conjunctions`)? Then the comma is inside the office's name. People listed ("Budi, Ani, dan
        Joko") are no such words."""
        found = _LISTED.match(text, at) or _LAST_LISTED.match(text, at)  # (the comma before the conjunction)
        if found is None or fold(found.group("conjunction")) not in self.list_conjunctions:
            return False
        items = found.groupdict().get("items") or ""
        words = [left, *items.replace(",", " ").split(), found.group("last")]
        return all(self._field_word(word) for word in words)

    def _field_word(self, word: str) -> bool:
        """Is the capitalised word a common word of the language or of institutions' names ("Hukum", "Keamanan")?"""
        folded = fold(word)
        return word[:1].isupper() and (
            folded in self.parser.organization_words or self.parser.names.dictionary_word(word)
        )

    def _trim_phrase(self, doc: Article, start: int, end: int) -> tuple[int, int]:
        """Strip leading connectives, trailing dates and adverbs from a span ("Gedung Putih pekan lalu")."""
        text = doc.text
        changed = True
        while changed and start < end:
            changed = False
            phrases = [p for p in doc.dates_in(start, end) if not text[p.end : end].strip(" ,")]
            if phrases and phrases[-1].start > start and not self._named_with(text[phrases[-1].start : end]):
                end = phrases[-1].start
                changed = True
                continue
            first = TOKEN.match(text, start)
            if (
                first is not None
                and first.end() < end
                and (fold(first.group()) in self.calendar_words or first.group().isdigit())
                and self._after_opening_stop(doc, start)
            ):
                start = first.end()  # "In July Tesla spokeswoman Alexis Georgeson said": the date was the object
                changed = True
                continue
            segment = text[start:end]
            lead = self.lex.leading_words.match(segment)
            if lead and 0 < lead.end() < len(segment):
                start += lead.end()
                changed = True
                continue
            tail = max(0, len(segment) - 80)  # trailing adverbs are at the end: search only there
            last = segment[tail:].rstrip().rsplit(None, 1)[-1:]  # a trailing word ends the segment, if any does
            before_last = segment[tail:].rstrip().rsplit(None, 2)[-2:-1]  # ("secara gamblang": the manner's opener)
            trail = (
                self.lex.trailing_words.search(segment, tail)
                if last
                and (
                    not last[0].isascii()
                    or last[0].lower().endswith(self.lex.trailing_word_ends)
                    or (before_last and fold(before_last[0]) in self._manner_openers)
                )
                else None
            )
            if trail and trail.start() > 0 and not self._named_with(trail.group()):
                end = start + trail.start()
                changed = True
        while start < end and text[start] in " ,":
            start += 1
        while end > start and text[end - 1] in " ,":
            end -= 1
        return start, end

    # --- the pieces between commas ---------------------------------------------------------------------
    def _segments(self, doc: Article, start: int, end: int) -> list[tuple[int, int]]:
        """Comma-separated pieces of a span, last first; a body's other name after it ("Democracy for America, or
        DFA": `[speaker] alternative_name_markers` and an acronym) stays in the piece it names."""
        text = doc.text
        pieces, cut = [], start
        for match in re.finditer(",", text[start:end]):
            pieces.append((cut, start + match.start()))
            cut = start + match.end()
        pieces.append((cut, end))
        merged: list[tuple[int, int]] = []
        for piece in pieces:
            if merged and (
                self._alternative_name(text[piece[0] : piece[1]])
                or self._fields_go_on(text[piece[0] : piece[1]], text[merged[-1][0] : merged[-1][1]])
                or self._relative_goes_on(text[piece[0] : piece[1]], text[merged[-1][0] : merged[-1][1]])
            ):
                merged[-1] = (merged[-1][0], piece[1])
            else:
                merged.append(piece)
        return list(reversed(merged))

    def _relative_goes_on(self, piece: str, before: str) -> bool:
        """Does the piece go on with a relative clause the piece before is, by a conjunction and a word in lower case,
        a second predicate of "who" ("Khoza, who had no problem with his name being published, | but asked not to be
        photographed, | said …", `[speaker] conjunctions`)? Then the comma between them is inside the clause."""
        words = piece.split()
        first = TOKEN.search(before)
        return (
            len(words) > 1
            and first is not None
            and first.group().casefold() in self.relatives
            and fold(words[0]) in self.conjunctions
            and words[1][:1].islower()
        )

    def _fields_go_on(self, piece: str, before: str) -> bool:
        """Does the piece go on with the fields of an office the piece before opens with its title ("Kepala Divisi
        Operasi, IT dan Services PT Kawasan Industri Terpadu Batang": one office, its fields listed, the last after a
        conjunction, `[speaker] list_conjunctions`)? Then the comma between them is inside the office's name. Not
        people listed, nor a name with its title ("Dr. Verity Nye, Ocean and Earth Science researcher …"): the piece
        before must be a title and an office's words only (`_office_only`)."""
        found = _FIELDS_ON.match(piece)
        return (
            found is not None
            and fold(found.group("conjunction")) in self.list_conjunctions
            and self._office_only(before.strip())
        )

    def _office_only(self, phrase: str) -> bool:
        """Is the phrase a person's title and the words of an office's name only, no one's name ("Kepala Divisi
        Operasi"; not "Dr. Verity Nye")?"""
        words = phrase.split()
        size, kind = self.parser.title_at(words, 0)
        return bool(size) and kind == "person" and all(self._field_word(word) for word in words[size:])

    def _alternative_name(self, piece: str) -> bool:
        """Is the piece a marker of another name and an acronym ("or DFA", "atau BGN")?"""
        words = piece.split()
        return (
            len(words) == 2
            and fold(words[0]) in self.alternative_name_markers
            and 2 <= len(words[1]) <= 10
            and words[1].isupper()
            and words[1].isalpha()
        )

    def _relative_clause(self, doc: Article, start: int, end: int) -> bool:
        """Is this comma-separated piece a relative clause ("who served as …", "yang juga …", "where Rivers was
        treated": `[cues] relatives`, `[speaker] place_relatives`)?"""
        first = TOKEN.search(doc.text, start, end)
        if first is None:
            return False
        if fold(first.group()) in self.place_relatives:
            # closed by its comma before the cue: "…, where Rivers was treated, told …" (not "…, where he says …",
            # whose own subject speaks)
            return doc.text[end : end + 3].lstrip().startswith(",")
        return first.group().casefold() in self.relatives

    @cached_property
    def _manner_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "manner_openers"))

    def describes(self, doc: Article, start: int, end: int) -> bool:
        """Is this piece a role or a description set off after a name ("juru bicara …", "pekerja konstruksi"), not a
        clause of its own?"""
        piece = doc.text[start:end].strip()
        if self._finite_outside_relative(piece):
            return False  # a clause: "the company is rethinking whether …"
        if self.parser.is_role(piece):
            return True
        first = TOKEN.match(piece)
        return (
            first is not None
            and first.group().islower()
            and first.group().casefold() not in self.lex.speaker_stops
            and first.group().casefold() not in self.conjunctions
            and first.group().casefold() not in self.relatives
        )

    def _finite_outside_relative(self, piece: str) -> bool:
        """Does the piece hold a finite verb of its own, before any relative or wh-word: a clause ("the company is
        rethinking whether …"), not a description ("a lawyer who has represented …", "Rescuers at the Tampa Bay
        Humane Society, where he is being treated")?"""
        for word in TOKEN.findall(piece):
            folded = word.casefold()
            if folded in self.clause_openers:
                return False
            if folded in self.finite_verbs:
                return True
        return False

    def _place_of_a_role(self, doc: Article, pieces: list[tuple[int, int]]) -> bool:
        """Is the piece nearest the cue only a place, after a named person whose role a relative clause set off gave
        ("Sean Duffy, yang juga Menteri Perhubungan, Amerika Serikat, mengungkapkan")? It is the role's place."""
        return (
            len(pieces) > 1
            and self._is_place(doc, *pieces[0])
            and self.parser.names_a_person(doc.text[pieces[1][0] : pieces[1][1]])
        )

    def _is_place(self, doc: Article, start: int, end: int) -> bool:
        """Is this comma-separated piece only a place's name ("Tangerang Selatan", "Jawa Barat", "Inggris")?"""
        piece = doc.text[start:end].strip()
        if not piece or not piece[:1].isupper():
            return False
        known = self.parser.gazetteer.lookup(piece)
        if known is not None:
            return known.kind == "place"
        if self._abbreviated_place(doc, start, end):
            return True  # "Fort Pierce, Fla.,", "Cambridge, Mass.,": a state's abbreviation after its town
        words = piece.split()
        return (
            len(words) <= 3
            and (words[0] in doc.evidence.placed if doc.evidence is not None else False)
            or (len(words) == 2 and fold(words[1]) in self.parser.place_continuations)
        )

    def _abbreviated_place(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece a state's abbreviation after its town (`[names] place_abbreviations`: "… in Douglas, Ariz.,"),
        or one that is also a word, with its full stop and alone ("Cambridge, Mass.,")? A region, never a name set
        off before a role."""
        piece = doc.text[start:end].strip()
        return fold(piece.rstrip(".")) in self.parser.place_abbreviations or (
            piece.endswith(".") and fold(piece[:-1]) in self.parser.place_abbreviations_stopped
        )

    def _relay(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece an aside on the outlet that relayed the words ("seperti dilansir AFP", "as reported by")?"""
        return self.relay is not None and self.relay.match(doc.text[start:end].strip()) is not None

    def _degrees(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece only academic degrees ("M.Epid", "SH, MH")?"""
        words = doc.text[start:end].split()
        return bool(words) and all(self.parser.is_degree(w) for w in words)

    def _time_of_day(self, token: str) -> bool:
        """Does a time of day begin at this token ("pukul", "09.00", "WIB")?"""
        return fold(token) in self.time_markers or token in self.time_zones or _CLOCK.fullmatch(token) is not None

    def _age(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece an age set off after a name ("…, 52,")?"""
        piece = doc.text[start:end].strip()
        return piece.isdigit() and len(piece) <= 3

    def _set_off_after_name(self, doc: Article, start: int, end: int) -> bool:
        """Is the piece an age ("75") or a lawmaker's party and state ("R-S.C.", `[speaker] affiliation_tag`), which
        only follow a person's name?"""
        return self._age(doc, start, end) or (
            self.affiliation_tag is not None and self.affiliation_tag.match(doc.text[start:end].strip()) is not None
        )

    def _is_circumstance(self, doc: Article, start: int, end: int) -> bool:
        """Is this piece only circumstance, which may stand between a speaker and its cue ("Senin (12/10)",
        "speaking at a rally", an age: "…, 52,")?"""
        text = doc.text
        piece = text[start:end].strip()
        if not piece:
            return True
        if self._only_date(doc, start, end):
            return True
        if self._set_off_after_name(doc, start, end):
            return True  # an age ("Ellis Hutson, 52, told ABC News …") or a party and state ("Mitch McConnell, R-Ky.")
        first = piece.split()[0].casefold()
        return first in self.lex.speaker_stops or first.endswith(self.circumstance_endings)

    def _only_date(self, doc: Article, start: int, end: int) -> bool:
        """Is this piece only a date ("Senin (12/10)", "Selasa (15/3/2022)")?"""
        piece = doc.text[start:end].strip()
        phrases = doc.dates_in(start, end)
        return bool(piece and phrases) and not re.sub(r"[\s()/\d.,-]", "", piece.replace(phrases[0].text, ""))

    def _skip_connectives(self, doc: Article, start: int, end: int) -> int:
        """Where a phrase begins past the conjunctions that open it ("dan Ganjar" → "Ganjar")."""
        text = doc.text
        tokens = token_spans(text, start, end)
        while len(tokens) > 1 and tokens[0][2].casefold() in self.conjunctions:
            tokens = tokens[1:]
        return tokens[0][0] if tokens else start

    # --- around a phrase ----------------------------------------------------------------------------------
    def _gerund_after(self, doc: Article, position: int) -> bool:
        following = doc.text[position : position + 30].split()[:1]
        return bool(following) and fold(following[0]).endswith(self.progressive)

    def _object_of(self, word: str) -> bool:
        """Is this lower-case word, right before a name, a verb whose object the name is? In a language whose
        active verbs show by their prefix (Indonesian "mengunjungi"; not "disampaikan Prof Mike Hardy", whose
        agent follows), so; in English a past form ("thanked North Korea")."""
        names = self.parser.names
        folded = word.casefold()
        if (
            not word[:1].islower()
            or folded in names.function_words
            or folded in names.openers
            or folded in self.conjunctions
            or folded in self.relatives
            or folded in self.lex.speaker_stops
            or self.lex.leading_words.fullmatch(word + " ")
            or fold(word) in self.parser.role_words
        ):
            return False
        prefixes = self.lex.words_of("names", "transitive_prefixes")
        suffixes = self.lex.words_of("names", "transitive_suffixes")
        return bool(prefixes and folded.startswith(prefixes) or suffixes and folded.endswith(suffixes))

    def _determiner_before(self, doc: Article, tokens: list[tuple[int, int, str]], first: int) -> int:
        """Extend a phrase back to the determiner that opens it: "the announcer", "another source"."""
        for j in range(len(tokens) - 2, max(len(tokens) - 7, -1), -1):
            if j >= first:
                continue
            if self.parser.determined_noun([t for _, _, t in tokens[j:]]) and not any(
                self._gap_stops(doc, tokens[k][1], tokens[k + 1][0], tokens[k][2]) for k in range(j, len(tokens) - 1)
            ):
                return j
        return first

    def role_goes_on(self, doc: Article, end: int, limit: int) -> int:
        """Where a role after a cue ends when it goes on past the speaker phrase to a comma: over its acronym in
        brackets ("peneliti Lembaga Ilmu Pengetahuan Indonesia (LIPI), Dewi …"), a place after a place marker
        ("anggota Tim Peneliti GeNose dari UGM, Dian …") or a description's adjective before the institution
        ("peneliti senior Centropolis, Suryono …"). `end` itself when no comma follows within a few such words."""
        text = doc.text
        comma = text.find(",", end, min(limit, end + 80))
        if comma < 0 or not text[end:comma].strip():
            return end
        between = text[end:comma].replace("(", " ( ").replace(")", " ) ").split()
        bracket, relative = False, 0
        for word in between:
            if word in "()":
                bracket = word == "("
                continue
            folded = fold(word)
            if folded in self.relatives and not relative:
                relative = 1  # "warga asal Ungaran yang melintas, Dhiko (32)": a short relative clause in the role
                continue
            if relative and word.isalpha() and word.islower() and relative <= 2:
                relative += 1
                continue
            if not (
                bracket
                or word[:1].isupper()
                or folded in self.parser.names.place_markers
                or folded.isalpha()
                and folded in self.parser.role_words
                or folded in self.role_modifiers
            ):
                return end
        return comma if len(between) <= 6 and not doc.dates_in(end, comma) else end
