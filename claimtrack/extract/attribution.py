"""Attribution frames: where, around a cue, the speaker and the content are.

Frames tried on each sentence, most specific first:
  trailing   "…," kata X.   "…," X said.   …, kata X.   …, X said.   …, ujarnya.
  according  Menurut X, …   …, menurut X.   According to X, …
  leading    X mengatakan (bahwa) …   X said (that) …   X: "…"   X membantah …   X denied …
A sentence that is all quotation right after a direct quote continues that speaker's quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimtrack.extract.article import Article
from claimtrack.extract.content import (AfterCue, block_quote, enough, quote_before, quote_kind, quoted,
                                        resumed_end, trimmed, up_to)
from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.dates import DateFinder
from claimtrack.extract.segment import Sentence
from claimtrack.extract.speakers import SpeakerParser
from claimtrack.extract.tokens import opens_sentence
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

# a full stop inside a token joins initials and abbreviations ("U.S.", "G.K"), not two words a missing space
# runs together ("Budhi.Dia")
_TOKEN = re.compile(r"\w+(?:['’-]\w+|\.(?![A-Z][a-z])\w+)*(?:['’]s)?")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "G.K" of "G.K. Butterfield"
_LABEL = re.compile(r"[\"'“]?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):[ \t]+")  # PENCE: …
_DASH_AFTER_QUOTE = re.compile(r"\s*[―—–]\s*")  # “…” ― Name
_GLOSS_AT_END = re.compile(r"\s*\([^()]{1,30}\)\s*$")  # "Rep. Gwen Moore (D-Wis.)"
_HARD_STOP = set(';:!?"“”«»()[]')


@dataclass
class Frame:
    """One attribution found in a sentence, as character spans into the document text."""

    sentence: Sentence
    cue: Cue
    speaker_start: int
    speaker_end: int
    content_start: int
    content_end: int
    quote: str  # direct, indirect, mixed
    role_start: int = 0  # an appositive role: "Dedi Kurniawan, juru bicara kementerian, mengatakan"
    role_end: int = 0
    same_speaker: bool = False  # carries on the attribution before it: "…, adding that …"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


class FrameFinder:
    def __init__(self, lex: Lexicon, parser: SpeakerParser, dates: DateFinder):
        self.lex = lex
        self.parser = parser
        self.dates = dates
        self.cues = CuePatterns(lex)
        self.conjunctions = frozenset(w.casefold() for w in lex.words_of("speaker", "conjunctions"))
        self.participles = frozenset(fold(w) for w in lex.words_of("cues", "participles"))
        self.post_only = bool(lex.raw.get("cues", {}).get("post_only", False))  # "kata X" never opens a clause
        self.relatives = frozenset(w.casefold() for w in lex.words_of("cues", "relatives"))
        self.conjunction_pattern = phrase_pattern([w for w in lex.words_of("speaker", "conjunctions") if " " not in w])
        self.role_connectors = frozenset(lex.words_of("speaker", "role_connectors"))
        self.prepositions = frozenset(w for w in lex.words_of("names", "place_markers") if w.islower() and len(w) <= 4)
        self.noun_markers = frozenset(w.casefold() for w in lex.words_of("cues", "noun_markers"))
        self.circumstance_endings = tuple(lex.words_of("speaker", "circumstance_endings")) or ("\0",)
        links = phrase_pattern(lex.words_of("cues", "clause_links"))
        relatives = phrase_pattern(lex.words_of("cues", "relatives"))
        # what stands between one attribution and the next cue in a sentence: "…, but he said", "…, adding",
        # "…, who emphasized", "… and said"
        self.clause_link = re.compile(
            rf"(?:(?P<mark>[,;])\s*(?:(?P<after_mark>{links})\s+)?|\s+(?P<link>{links})\s+)(?:(?P<relative>{relatives})\s+)?(?P<subject>[^,;]{{0,80}}?)\s*$")
        self.complementizer_word = re.compile(phrase_pattern(lex.complementizers))
        self.after_cue = AfterCue(lex, self.cues)

    # --- small helpers ---------------------------------------------------------------------------------
    def _gap_stops(self, doc: Article, left_end: int, right_start: int, left_token: str) -> bool:
        """Does the text between two tokens end a speaker phrase (punctuation other than an abbreviation dot)?"""
        text = doc.text
        gap = text[left_end:right_start]
        if any(ch in _HARD_STOP or ch == "," for ch in gap):
            return True
        if gap.strip() in ("-", "–", "—") and gap[:1].isspace() and not text[right_start:right_start + 1].isdigit():
            return True  # "Jakarta - The Ministry …": a dateline's dash ("Covid - 19" aside)
        if "." in gap:
            return not (left_token in self.lex.abbreviations or _INITIALS.fullmatch(left_token))
        return False

    def _acceptable(self, token: str) -> bool:
        return self.parser.acceptable_token(token) and not (token[:1].islower() and token.casefold() in self.lex.speaker_stops)

    def _acceptable_at(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Can tokens[i] belong to a speaker phrase? A number joined by a hyphen can ("Covid - 19")."""
        token = tokens[i][2]
        if self._acceptable(token):
            return True
        return token.isdigit() and i > 0 and doc.text[tokens[i - 1][1]:tokens[i][0]].strip() in ("-", "–")

    def _joins_role(self, doc: Article, tokens: list[tuple[int, int, str]], i: int, so_far: str) -> bool:
        """Does tokens[i] join a role to the institution it serves, inside a speaker phrase ("Kabid Humas pada
        Puspenkum Kejagung Irwan Datuiding", "Minister of Agriculture Andi Amran Sulaiman")? Only after a role
        that names no one yet, and before a capital."""
        return (tokens[i][2] in self.role_connectors and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper()
                and not self._gap_stops(doc, tokens[i][1], tokens[i + 1][0], tokens[i][2])
                and self.parser.opens_with_role(so_far) and not self.parser.names_a_person(so_far))

    def _gloss_end(self, doc: Article, tokens: list[tuple[int, int, str]], i: int) -> int:
        """Index of the token after a short capitalised gloss in brackets before tokens[i], else -1:
        "PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti"."""
        text = doc.text
        if text[tokens[i - 1][1]:tokens[i][0]].strip() != "(":
            return -1
        for j in range(i, min(i + 5, len(tokens))):
            if not self._acceptable(tokens[j][2]):
                return -1
            gap = text[tokens[j][1]:tokens[j + 1][0]] if j + 1 < len(tokens) else ""
            if gap.strip() == ")":
                return j + 1 if j + 1 < len(tokens) and tokens[j + 1][2][:1].isupper() else -1
        return -1

    def _trim_phrase(self, doc: Article, start: int, end: int) -> tuple[int, int]:
        """Strip leading connectives, trailing dates and adverbs from a span ("Gedung Putih pekan lalu")."""
        text = doc.text
        changed = True
        while changed and start < end:
            changed = False
            phrases = [p for p in doc.dates_in(start, end) if not text[p.end:end].strip(" ,")]
            if phrases and phrases[-1].start > start:
                end = phrases[-1].start
                changed = True
                continue
            segment = text[start:end]
            lead = self.lex.leading_words.match(segment)
            if lead and 0 < lead.end() < len(segment):
                start += lead.end()
                changed = True
                continue
            tail = max(0, len(segment) - 80)  # trailing adverbs are at the end: search only there
            trail = self.lex.trailing_words.search(segment, tail)
            if trail and trail.start() > 0:
                end = start + trail.start()
                changed = True
        while start < end and text[start] in " ,":
            start += 1
        while end > start and text[end - 1] in " ,":
            end -= 1
        return start, end

    def _segments(self, doc: Article, start: int, end: int) -> list[tuple[int, int]]:
        """Comma-separated pieces of a span, last first."""
        text = doc.text
        pieces, cut = [], start
        for match in re.finditer(",", text[start:end]):
            pieces.append((cut, start + match.start()))
            cut = start + match.end()
        pieces.append((cut, end))
        return list(reversed(pieces))

    def _noun_phrase_before(self, doc: Article, start: int, end: int) -> tuple[int, int] | None:
        """The speaker-like words that end a comma-free piece, circumstance and adverbs removed."""
        text = doc.text
        gloss = _GLOSS_AT_END.search(text, start, end)
        if gloss and gloss.start() > start:
            end = gloss.start()  # a bracketed gloss after the name is not part of it
        start, end = self._trim_phrase(doc, start, end)
        tokens = _tokens(text, start, end)
        if not tokens:
            return None
        # circumstance after the speaker: "X saat ditemui di Jakarta", "X dalam keterangannya"
        for i, (t_start, _, token) in enumerate(tokens):
            if i > 0 and token[:1].islower() and token.casefold() in self.lex.speaker_stops and self._acceptable(tokens[i - 1][2]) \
                    and not (token in self.role_connectors and i + 1 < len(tokens) and tokens[i - 1][2][:1].isupper()
                             and tokens[i + 1][2][:1].isupper()):
                cut_start, cut_end = self._trim_phrase(doc, start, t_start)
                tokens = _tokens(text, cut_start, cut_end)
                break
        if not tokens or tokens[-1][2].casefold() in self.conjunctions:
            return None
        first = len(tokens)
        for i in range(len(tokens) - 1, -1, -1):
            token = tokens[i][2]
            if not self._acceptable_at(doc, tokens, i) and not (
                    token in self.role_connectors and 0 < i < len(tokens) - 1 and i + 1 == first
                    and tokens[i - 1][2][:1].isupper() and tokens[i + 1][2][:1].isupper()):
                break  # "Ministry of Health", "Minister of Agriculture Andi Amran Sulaiman" hold their "of"
            if i < len(tokens) - 1 and self._gap_stops(doc, tokens[i][1], tokens[i + 1][0], token):
                break
            first = i
        first = self._determiner_before(doc, tokens, first)
        if first == len(tokens):
            return None
        span_start, span_end = self._trim_phrase(doc, tokens[first][0], tokens[-1][1])
        span_start = self._skip_connectives(doc, span_start, span_end)
        if first > 0 and tokens[first - 1][2] in self.prepositions:
            return None  # "… di Jakarta": what a preposition governs is a place, never who spoke
        return (span_start, span_end) if span_end > span_start else None

    def _determiner_before(self, doc: Article, tokens: list[tuple[int, int, str]], first: int) -> int:
        """Extend a phrase back to the determiner that opens it: "the announcer", "another source"."""
        for j in range(len(tokens) - 2, max(len(tokens) - 5, -1), -1):
            if j >= first:
                continue
            if self.parser.determined_noun([t for _, _, t in tokens[j:]]) and not any(
                    self._gap_stops(doc, tokens[k][1], tokens[k + 1][0], tokens[k][2]) for k in range(j, len(tokens) - 1)):
                return j
        return first

    def speaker_before(self, doc: Article, clause_start: int, cue_start: int) -> tuple[int, int]:
        """The speaker phrase that ends right before a cue: (start, end), or (cue_start, cue_start) if none.

        Pieces after the speaker that are only circumstance ("Senin (12/10)", "speaking at a rally") are skipped.
        """
        key = ("speaker_before", clause_start, cue_start)
        if key not in doc.memo:
            doc.memo[key] = self._speaker_before(doc, clause_start, cue_start)
        return doc.memo[key]

    def _speaker_before(self, doc: Article, clause_start: int, cue_start: int) -> tuple[int, int]:
        segments = self._segments(doc, clause_start, cue_start)
        if segments and doc.text[segments[0][0]:segments[0][1]].strip().casefold() in self.relatives:
            return self._relative_head(doc, segments[1:]) or (cue_start, cue_start)
        pieces = [piece for piece in segments if not self._relative_clause(doc, *piece)]
        for n, (piece_start, piece_end) in enumerate(pieces):
            named = self._name_before_role(doc, pieces[n:])
            if named is not None:
                return named
            found = self._noun_phrase_before(doc, piece_start, piece_end)
            if found is not None:
                return self._list_before(doc, pieces[n + 1:], found)
            if not self._is_circumstance(doc, piece_start, piece_end):
                break
        return cue_start, cue_start

    def _relative_before(self, doc: Article, sentence: Sentence, position: int) -> bool:
        """Does a relative pronoun set off by a comma stand right before `position` (", yang mengonfirmasi")?"""
        segments = self._segments(doc, sentence.start, position)
        return len(segments) > 1 and doc.text[segments[0][0]:segments[0][1]].strip().casefold() in self.relatives

    def _relative_head(self, doc: Article, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Who a relative clause right before the cue is about: "Prof Mike Hardy dari Centre for …, Coventry
        University, Inggris, yang mengonfirmasi …" → "Prof Mike Hardy"; the affiliations and places set off by
        commas between them are passed over. None unless a person's name heads it."""
        text = doc.text
        for piece_start, piece_end in pieces[:4]:
            piece = text[piece_start:piece_end].strip()
            found = self._noun_phrase_before(doc, piece_start, piece_end)
            if found is not None and self.parser.names_a_person(text[found[0]:found[1]]) and \
                    self.parser.parse(text[found[0]:found[1]]).kind == "person":
                return found
            if not (self._is_place(doc, piece_start, piece_end) or self._describes(doc, piece_start, piece_end) or (
                    piece[:1].isupper() and self.parser.parse(piece).kind == "organization")):
                return None
        return None

    def _list_before(self, doc: Article, earlier: list[tuple[int, int]], found: tuple[int, int]) -> tuple[int, int]:
        """A speaker that ends a list of names takes the whole list: "Anies, Ridwan Kamil, dan Ganjar mengatakan"."""
        text = doc.text
        if not earlier or not self.parser.list_separator.fullmatch(text, earlier[0][1], found[0]):
            return found
        if self.parser.is_role(text[earlier[0][0]:earlier[0][1]].strip()):
            return found  # "Menteri Kebudayaan (Menbud), Fadli Zon, …": a role and its holder, not a list
        last_word = _TOKEN.findall(text, earlier[0][0], earlier[0][1])[-1:]
        phrase = text[found[0]:found[1]]
        if not last_word or not self.parser.name_like(last_word[0]) or not (
                self.parser.is_person_name(phrase) or self.parser.parse(phrase).kind == "group"):
            return found  # a list is of names: "…, Ridwan Kamil, dan Ganjar Pranowo"
        for piece_start, _ in reversed(earlier[:5]):
            start = self._trim_phrase(doc, piece_start, found[1])[0]
            if self.parser.parse(text[start:found[1]]).kind == "group":
                return start, found[1]
        return found

    def _list_after(self, doc: Article, found: tuple[int, int], limit: int) -> tuple[int, int]:
        """A speaker after its cue that opens a list of names takes the whole list: "kata Budi, Sri, dan Andi"."""
        text = doc.text
        end = found[1]
        best = found
        for _ in range(5):
            separator = self.parser.list_separator.match(text, end, limit)
            if separator is None:
                break
            following = self.speaker_after(doc, separator.end(), limit)
            if following[1] <= following[0]:
                break
            end = following[1]
            if self.parser.parse(text[found[0]:end]).kind == "group":
                best = found[0], end
        return best

    def _words_between(self, doc: Article, start: int, end: int) -> int:
        """Words between a speaker and its cue, not counting a role or a relative clause set off by commas."""
        text = doc.text
        count = 0
        for piece_start, piece_end in self._segments(doc, start, end):
            piece = text[piece_start:piece_end].strip()
            if self._relative_clause(doc, piece_start, piece_end) or (
                    piece_start > start and text[piece_end:piece_end + 1] == "," and self.parser.is_role(piece)):
                continue
            count += len(_TOKEN.findall(piece))
        return count

    def _apposed_role(self, doc: Article, clause_start: int, speaker: tuple[int, int], cue_start: int) -> tuple[int, int]:
        """A role set off by commas next to the speaker: "The ministry's spokesperson, Dedi Kurniawan, said" or
        "Tri Maharini, dokter emergensi, memaparkan". (0, 0) when there is none."""
        text = doc.text
        s_start, s_end = speaker
        after = text[s_end:cue_start]
        if after.strip().startswith(",") and after.rstrip().endswith(","):
            role = self._trim_phrase(doc, s_end + after.index(",") + 1, s_end + after.rstrip().rindex(","))
            if role[1] > role[0] and self.parser.is_role(text[role[0]:role[1]]):
                return role
        before = text[clause_start:s_start].rstrip()
        if before.endswith(","):
            comma = clause_start + len(before) - 1
            previous = text.rfind(",", clause_start, comma)
            role = self._trim_phrase(doc, previous + 1 if previous >= 0 else clause_start, comma)
            if role[1] > role[0] and self.parser.is_role(text[role[0]:role[1]]):
                return role
        return 0, 0

    def _relative_clause(self, doc: Article, start: int, end: int) -> bool:
        """Is this comma-separated piece a relative clause ("who served as …", "yang juga …")?"""
        first = _TOKEN.search(doc.text, start, end)
        return first is not None and first.group().casefold() in self.relatives

    def _name_before_role(self, doc: Article, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
        """A name before a role in apposition: "Tri Maharini, dokter emergensi dari …, memaparkan" → "Tri Maharini";
        "Nasrullah (40), warga Pamulang, Tangerang Selatan, menanggapi" → "Nasrullah" (a role may end in places
        set off by commas); "Adikarya Purnama (36), pekerja konstruksi di Jakarta …, menilai" (a description
        in lower case is a role too).

        `pieces` are the comma-separated pieces before the cue, last first; the first is the role.
        """
        text = doc.text
        places = 0
        while places < len(pieces) - 2 and self._is_place(doc, *pieces[places]):
            places += 1  # "…, warga Pamulang, Tangerang Selatan,": the places end the role
        role = self._trim_phrase(doc, *pieces[places])
        if len(pieces) < places + 2 or not self._describes(doc, *role):
            return None
        found = self._noun_phrase_before(doc, *pieces[places + 1])
        if found is None or not self.parser.is_person_name(text[found[0]:found[1]]):
            return None
        return found

    def _describes(self, doc: Article, start: int, end: int) -> bool:
        """Is this piece a role or a description set off after a name ("juru bicara …", "pekerja konstruksi")?"""
        piece = doc.text[start:end].strip()
        if self.parser.is_role(piece):
            return True
        first = _TOKEN.match(piece)
        return first is not None and first.group().islower() and first.group().casefold() not in self.lex.speaker_stops \
            and first.group().casefold() not in self.conjunctions and first.group().casefold() not in self.relatives

    def _is_place(self, doc: Article, start: int, end: int) -> bool:
        """Is this comma-separated piece only a place's name ("Tangerang Selatan", "Jawa Barat", "Inggris")?"""
        piece = doc.text[start:end].strip()
        if not piece or not piece[:1].isupper():
            return False
        known = self.parser.gazetteer.lookup(piece)
        if known is not None:
            return known.kind == "place"
        words = piece.split()
        return len(words) <= 3 and (words[0] in doc.evidence.placed if doc.evidence is not None else False) or (
            len(words) == 2 and fold(words[1]) in self.parser.place_continuations)

    def _is_circumstance(self, doc: Article, start: int, end: int) -> bool:
        text = doc.text
        piece = text[start:end].strip()
        if not piece:
            return True
        phrases = doc.dates_in(start, end)
        if phrases and not re.sub(r"[\s()/\d.,-]", "", piece.replace(phrases[0].text, "")):
            return True
        first = piece.split()[0].casefold()
        return first in self.lex.speaker_stops or first.endswith(self.circumstance_endings)

    def _skip_connectives(self, doc: Article, start: int, end: int) -> int:
        text = doc.text
        tokens = _tokens(text, start, end)
        while len(tokens) > 1 and tokens[0][2].casefold() in self.conjunctions:
            tokens = tokens[1:]
        return tokens[0][0] if tokens else start

    def speaker_after(self, doc: Article, start: int, limit: int) -> tuple[int, int]:
        """The speaker phrase that starts right after a cue: "kata Lavrov, berdasarkan …" → "Lavrov"."""
        text = doc.text
        tokens = _tokens(text, start, limit)
        if not tokens or self._gap_stops(doc, start, tokens[0][0], ""):
            return start, start
        last, i = -1, 0
        while i < len(tokens):
            if i > 0 and self._gap_stops(doc, tokens[i - 1][1], tokens[i][0], tokens[i - 1][2]):
                after_gloss = self._gloss_end(doc, tokens, i)
                if after_gloss < 0:
                    break
                i = after_gloss
            if not self._acceptable_at(doc, tokens, i) and not (
                    last >= 0 and self._joins_role(doc, tokens, i, text[tokens[0][0]:tokens[last][1]])):
                break
            last = i
            i += 1
        if last < 0:
            return self._determined_after(doc, tokens, start)
        span_start, span_end = tokens[0][0], tokens[last][1]
        span_start, span_end = self._trim_phrase(doc, span_start, span_end)
        while span_end > span_start and text[span_end - 1] in ".":
            span_end -= 1
        return span_start, span_end

    def _determined_after(self, doc: Article, tokens: list[tuple[int, int, str]], start: int) -> tuple[int, int]:
        """A short noun phrase with a determiner after a cue: '"…," said a union leader' → "a union leader"."""
        for size in range(min(4, len(tokens)), 1, -1):
            words = [t for _, _, t in tokens[:size]]
            if any(self._gap_stops(doc, tokens[k][1], tokens[k + 1][0], tokens[k][2]) for k in range(size - 1)):
                continue
            if self.parser.determined_noun(words) and (size == len(tokens) or self._gap_stops(
                    doc, tokens[size - 1][1], tokens[size][0], tokens[size - 1][2])
                    or tokens[size][2].casefold() in self.lex.speaker_stops):
                return tokens[0][0], tokens[size - 1][1]
        return start, start

    def apposed_name(self, doc: Article, start: int, end: int, limit: int) -> tuple[int, int] | None:
        """The name set off by commas after a role with no name in it, as a span, else None:
        "kata juru bicara Gugus Tugas Covid - 19 Kabupaten Bekasi, Alamsyah, Rabu sore" → "Alamsyah";
        "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo di Sleman" → "Wahyu Wibowo"."""
        text = doc.text
        role = text[start:end]
        if not self.parser.opens_with_role(role) or self.parser.names_a_person(role):
            return None
        cursor = end
        for _ in range(3):  # the role may go on over a place or two before the name
            if not text[cursor:limit].lstrip(" ").startswith(","):
                return None
            piece_start = text.index(",", cursor) + 1
            joined = self.parser.list_separator.match(text, piece_start - 1, limit)  # "…, Eksekusi, dan Eksaminasi …"
            piece_start = joined.end() if joined else piece_start
            found_start, found_end = self.speaker_after(doc, piece_start, limit)
            if found_end <= found_start:
                return None
            enumerated = re.match(r"\s*,?\s*" + self.conjunction_pattern + r"\s", text[found_end:limit])
            if self.parser.is_person_name(text[found_start:found_end]) and not enumerated:
                return found_start, found_end
            if doc.dates_in(found_start, found_end) or not text[found_start:found_start + 1].isupper():
                return None
            cursor = found_end
        return None

    def valid_speaker(self, doc: Article, start: int, end: int) -> bool:
        """A speaker phrase, and not a single word opening a sentence that the document writes in lower case
        elsewhere ("Selain …, X menegaskan"): there its capital says nothing ("kata Hari" is a name)."""
        if end <= start:
            return False
        key = ("valid_speaker", start, end)
        if key not in doc.memo:
            text = doc.text
            phrase = text[start:end]
            doc.memo[key] = self.parser.is_speaker_like(phrase) and (
                " " in phrase.strip() or not opens_sentence(text, start) or not self.parser.common_word(phrase, doc.writes_in_lower_case))
        return doc.memo[key]

    # --- frames ----------------------------------------------------------------------------------------
    def find(self, doc: Article, sentence: Sentence) -> list[Frame]:
        text = doc.text
        dashed = self._dashed(doc, sentence)
        if dashed:
            return dashed
        labelled = self._labelled(doc, sentence)
        if labelled is not None:
            return [labelled]
        cues = [c for c in doc.cues_in(sentence.start, sentence.end)
                if not sentence.in_quote(c.start) and self._cue_in_place(text, sentence, c)]
        if not cues:
            return []
        # the first cue that frames an attribution, each tried as trailing, according and leading; the
        # attributions after it are found from there
        for cue in cues:
            for finder in (self._circulating, self._trailing, self._according, self._leading):
                frame = finder(doc, sentence, [cue])
                if frame is not None:
                    outer = self._outer(doc, sentence, frame, cues)
                    return outer if outer else self._more(doc, sentence, frame, cues)
        return []

    def _outer(self, doc: Article, sentence: Sentence, first: Frame, cues: list[Cue]) -> list[Frame]:
        """A trailing attribution whose content holds the first one: "…, the campaign plans to publish the
        records soon, a spokesman announced." Both are kept, the inner one ending where the outer content does."""
        for cue in reversed(cues):
            if cue.start <= first.cue.end:
                break
            outer = self._trailing(doc, sentence, [cue])
            if outer is None or not outer.content_start <= first.cue.start < first.cue.end <= outer.content_end:
                continue
            start, end = trimmed(doc, first.content_start, min(first.content_end, outer.content_end))
            if first.content_start < outer.content_end and enough(doc, start, end):
                return [replace(first, content_end=end, quote=quote_kind(sentence, start, end)), outer]
            return [outer]
        return []

    def _more(self, doc: Article, sentence: Sentence, first: Frame, cues: list[Cue]) -> list[Frame]:
        """Further attributions in the sentence after the first: "X said A, adding that B", "X said A, but Y
        said B", "said X, who stressed that B", "X denied A and said B". Each ends the content before it."""
        text = doc.text
        frames = [first]
        for cue in cues:
            last = frames[-1]
            if cue.start < max(last.cue.end, last.speaker_end) or cue.kind in ("according", "circulating") or cue.pronoun_suffix:
                continue
            window = max(last.cue.end, last.speaker_end, cue.start - 100)
            link = self.clause_link.search(text, window, cue.start)
            if link is None:
                continue
            subject = link.group("subject").strip()
            if subject:
                # a new speaker, after "but"/"and" or a semicolon: "…, but he said …"
                if not (link.group("link") or link.group("after_mark") or link.group("mark") == ";"):
                    continue
                s_start, s_end = self.speaker_before(doc, link.start("subject"), cue.start)
                if s_end <= s_start or not self.valid_speaker(doc, s_start, s_end) or text[s_end:cue.start].strip(" ,") and \
                        not self.lex.trailing_words.fullmatch(text[s_end:cue.start]):
                    continue
                same = False
            else:
                relative = link.group("relative")
                if relative and text[last.speaker_end:link.start()].strip(" ,"):
                    continue  # "which" must follow the speaker it stands for
                if not (relative or link.group("link") or link.group("after_mark") or fold(cue.text) in self.participles):
                    continue
                s_start, s_end, same = last.speaker_start, last.speaker_end, True
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            if not enough(doc, c_start, c_end):
                continue
            if last.content_start < link.start() < last.content_end:
                cut_start, cut_end = trimmed(doc, last.content_start, link.start())
                if not enough(doc, cut_start, cut_end):
                    continue
                frames[-1] = replace(last, content_end=cut_end, quote=quote_kind(sentence, cut_start, cut_end))
            frames.append(Frame(sentence, cue, s_start, s_end, c_start, c_end, quote_kind(sentence, c_start, c_end),
                                same_speaker=same))
        return frames

    def _labelled(self, doc: Article, sentence: Sentence) -> Frame | None:
        """A turn in a transcript: "PENCE: Well, look, …", to the paragraph's end. The label, at the start of a
        paragraph, must be in capitals as transcripts write it: "Stabilitas Politik: …" is a subheading."""
        text = doc.text
        before = text[max(0, sentence.start - 8):sentence.start].rstrip(" \t\"'“")
        if before and before[-1] != "\n" or not before and text[:sentence.start].strip():
            return None
        label = _LABEL.match(text, sentence.start, sentence.end)
        if label is None:
            return None
        name = label.group("name")
        if not (name.isupper() and len(name.replace(" ", "")) >= 3) or self.parser.gazetteer.is_place_or_org(name):
            return None
        paragraph_end = text.find("\n", sentence.start)
        c_start, c_end = trimmed(doc, label.end(), len(text) if paragraph_end < 0 else paragraph_end)
        if not enough(doc, c_start, c_end) or len(_TOKEN.findall(text[c_start:c_end])) < 3:
            return None
        cue = Cue(label.end("name"), label.end("name") + 1, ":", "post")
        return Frame(sentence, cue, label.start("name"), label.end("name"), c_start, c_end,
                     quote_kind(sentence, c_start, min(c_end, sentence.end)))

    def _dashed(self, doc: Article, sentence: Sentence) -> list[Frame]:
        """Quotations signed with a dash: "“Trump scares me.” ― Krystal Correa"."""
        text = doc.text
        frames = []
        for quote in sentence.quotes:
            dash = _DASH_AFTER_QUOTE.match(text, quote.end, sentence.end) if quote.closed else None
            if dash is None:
                continue
            s_start, s_end = self.speaker_after(doc, dash.end(), sentence.end)
            if s_end <= s_start or not text[s_start].isupper() or not self.valid_speaker(doc, s_start, s_end):
                continue
            c_start, c_end = trimmed(doc, quote.inner_start, quote.inner_end)
            if enough(doc, c_start, c_end):
                cue = Cue(dash.start() + dash.group().index(dash.group().strip()), dash.end(), dash.group().strip(), "post")
                frames.append(Frame(sentence, cue, s_start, s_end, c_start, c_end, "direct"))
        return frames

    def _cue_in_place(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue word a verb where it stands? A capitalised one inside a sentence is part of a name ("the
        United States"); one right after a determiner is a noun ("a report in The Province revealed")."""
        previous = text[max(sentence.start, cue.start - 12):cue.start].split()[-1:]
        if previous and previous[0].casefold() in self.noun_markers and cue.kind != "according":
            return False
        if not cue.text[:1].isupper():
            return True
        before = text[sentence.start:cue.start].rstrip()
        return not before or before[-1] in "\"“”‘’«»:;—―–-(["

    def _circulating(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """A claim with no named speaker, attributed to its spreading: "Beredar klaim bahwa …", "It was claimed that …".
        The phrase must open its clause ("Video itu beredar luas" is no attribution)."""
        text = doc.text
        for cue in cues:
            if cue.kind != "circulating":
                continue
            head = text[sentence.start:cue.start].strip()
            if head and not self.lex.leading_words.fullmatch(head.rstrip(",") + " "):
                continue
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, cue.start, cue.end, c_start, c_end, quote_kind(sentence, c_start, c_end))
        return None

    def _trailing(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """Content first, then the attribution: `"…," kata X.` / `…, X said.` / `…, ujarnya.`"""
        text = doc.text
        for cue in reversed(cues):
            if cue.kind == "according" or not self.cues.can_follow_content(cue):
                continue
            quote = quote_before(doc, sentence, cue.start)
            before = text[sentence.start:cue.start]
            comma = before.rstrip().endswith(",")
            # inversion: cue then speaker ("kata Lavrov", "said Smith")
            if quote is not None or comma:
                role = None
                if cue.pronoun_suffix:
                    s_start, s_end = cue.start, cue.end
                else:
                    s_start, s_end = self.speaker_after(doc, cue.end, sentence.end)
                    named = self.apposed_name(doc, s_start, s_end, sentence.end) if s_end > s_start else None
                    if named is not None:
                        role, (s_start, s_end) = (s_start, s_end), named
                    elif s_end > s_start:
                        s_start, s_end = self._list_after(doc, (s_start, s_end), sentence.end)
                if cue.pronoun_suffix or self.valid_speaker(doc, s_start, s_end):
                    if quote is not None:
                        c_start, c_end = quoted(doc, sentence, quote)
                        c_end = resumed_end(doc, sentence, max(s_end, cue.end), c_end)
                        kind = "direct"
                    elif self._interjected(doc, sentence, cue.start, s_end):
                        # "Mengenai program MBG, kata Andreas, anak-anak …": what was said follows the attribution
                        c_start, c_end = trimmed(doc, s_end, sentence.end)
                        kind = quote_kind(sentence, c_start, c_end)
                        if enough(doc, c_start, c_end):
                            return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *(role or (0, 0)))
                        continue
                    else:
                        c_start, c_end = up_to(doc, sentence, cue.start)
                        kind = quote_kind(sentence, c_start, c_end)
                    # after a quotation and its cue anything may follow ("katanya singkat", "ujar X menambahkan")
                    if enough(doc, c_start, c_end) and (quote is not None or self._rest_is_adjunct(doc, s_end, sentence.end)):
                        return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *(role or (0, 0)))
            # speaker then cue at the end: `…," Smith said.` / `…, the source added.` (a comma or a quotation
            # must come before)
            if "," not in before and not any(q.end <= cue.start for q in sentence.quotes):
                continue
            s_start, s_end = self.speaker_before(doc, sentence.start, cue.start)
            if s_end <= s_start or not self.valid_speaker(doc, s_start, s_end):
                continue
            head = text[sentence.start:s_start]
            quote = quote_before(doc, sentence, s_start)
            if quote is None and not head.rstrip().endswith(","):
                continue
            if quote is None and (not self._rest_is_adjunct(doc, cue.end, sentence.end)
                                  or self._interjected(doc, sentence, s_start, cue.end)):
                continue
            if quote is not None:
                c_start, c_end = quoted(doc, sentence, quote)
                c_end = resumed_end(doc, sentence, cue.end, c_end)
                kind = "direct"
            else:
                c_start, c_end = up_to(doc, sentence, s_start)
                kind = quote_kind(sentence, c_start, c_end)
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind)
        return None

    def _interjected(self, doc: Article, sentence: Sentence, speaker_start: int, cue_end: int) -> bool:
        """Is "X said," set inside the sentence, with what was said after it? "As a phone rang, the announcer
        said, “It’s 3 a.m.”" / "During his years in office, Mr. Obama said, a majority … believe …"."""
        text = doc.text
        rest = text[cue_end:sentence.end].strip()
        if not rest.startswith(",") or len(_TOKEN.findall(rest)) < 4:
            return False
        after = rest[1:].lstrip()
        if after[:1] in '"“«\'‘' or any(q.start >= cue_end for q in sentence.quotes if len(_TOKEN.findall(text[q.inner_start:q.inner_end])) >= 3):
            return True
        first = _TOKEN.search(text, sentence.start, speaker_start)
        if first is None:
            return False
        word = first.group().casefold()
        # the words before the speaker are circumstance ("During …", "As …", "Saat …"): what was said comes after
        return (word in self.lex.speaker_stops or bool(self.lex.leading_words.match(first.group() + " "))) and \
            not any(c.start < speaker_start for c in doc.cues_in(sentence.start, speaker_start))

    def _rest_is_adjunct(self, doc: Article, start: int, end: int) -> bool:
        """After a trailing attribution only circumstance may follow, not another clause with its own verb."""
        text = doc.text
        rest = text[start:end].strip(" .!?\"”")
        if not rest:
            return True
        if rest.startswith(","):
            return True
        first = rest.split()[0].casefold().strip(",")
        rest_start = start + len(text[start:end]) - len(text[start:end].lstrip(" .!?\"”"))
        if self.complementizer_word.match(text, rest_start, end):
            return False  # "… stated that …": what was said follows
        if first in self.lex.speaker_stops or any(p.start == rest_start for p in doc.dates_in(start, end)):
            # circumstance, unless a clause of its own follows: "… said at an event in Colorado that …",
            # "… plans to make records available soon, a spokesman announced"
            return not (self.complementizer_word.search(text, rest_start, end) or any(
                c.kind != "according" and not doc.text[c.start:c.start + 1].isupper() for c in doc.cues_in(rest_start, end)))
        # a second cue for the same speaker that ends the clause: "…, kata Bahtiar menambahkan."
        return any(c.start == rest_start and c.kind != "according" and not text[c.end:end].strip(" .!?\"”")[:1].isalnum()
                   for c in doc.cues_in(start, end))

    def _according(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """`Menurut X, …` / `According to X, …` / `…, menurut X.` / `"…," menurutnya.`"""
        text = doc.text
        for cue in cues:
            if cue.kind != "according":
                continue
            pronoun = cue.text.casefold().endswith("nya")
            head = text[sentence.start:cue.start]
            quote = quote_before(doc, sentence, cue.start)
            if not head.strip() or self.lex.leading_words.fullmatch(head.strip().rstrip(",") + " ") or len(_TOKEN.findall(head)) <= 2:
                # Menurut X, content.
                s_start, s_end = (cue.start, cue.end) if pronoun else self._source_after(doc, cue.end, sentence.end)
                comma = text.find(",", s_end, sentence.end)
                if comma < 0 or s_end <= s_start:
                    continue
                if not pronoun and len(_TOKEN.findall(text[s_start:s_end])) < 2 and not self.valid_speaker(doc, s_start, s_end):
                    continue  # "Menurut rencana, …" (as planned) names no one
                if text[s_end:comma].strip() and not self._rest_is_adjunct(doc, s_end, comma):
                    continue
                comma = self._past_apposition(doc, comma, sentence.end)
                c_start, c_end = trimmed(doc, comma + 1, sentence.end)
                kind = quote_kind(sentence, c_start, c_end)
            elif quote is not None or head.rstrip().endswith(","):
                # content, menurut X.   "…," menurutnya.
                s_start, s_end = (cue.start, cue.end) if pronoun else self._source_after(doc, cue.end, sentence.end)
                if s_end <= s_start:
                    continue
                if quote is not None:
                    c_start, c_end = quoted(doc, sentence, quote)
                    kind = "direct"
                else:
                    if not self._rest_is_adjunct(doc, s_end, sentence.end):
                        continue
                    c_start, c_end = up_to(doc, sentence, cue.start)
                    kind = quote_kind(sentence, c_start, c_end)
            else:
                continue
            if enough(doc, c_start, c_end):
                return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind)
        return None

    def _source_after(self, doc: Article, start: int, limit: int) -> tuple[int, int]:
        """What follows "according to" / "menurut": a speaker phrase, else any short noun phrase up to the next
        comma ("a New York Times/CBS News poll released last week", "federal statistics")."""
        s_start, s_end = self.speaker_after(doc, start, limit)
        if self.valid_speaker(doc, s_start, s_end):
            return s_start, s_end
        text = doc.text
        end = min([i for i in (text.find(",", start, limit), text.find(";", start, limit)) if i >= 0] or [limit])
        tokens = _tokens(text, start, end)
        if not tokens or len(tokens) > 12 or tokens[0][2].casefold() in self.lex.speaker_stops:
            return start, start
        s_start, s_end = tokens[0][0], tokens[-1][1]
        return (s_start, s_end) if any(t.isalpha() for _, _, t in tokens) else (start, start)

    def _past_apposition(self, doc: Article, comma: int, end: int) -> int:
        """The comma that ends a role set off after the speaker: "Menurut Irma, salah satu pendiri X, …"."""
        text = doc.text
        following = text.find(",", comma + 1, end)
        if following < 0:
            return comma
        piece = text[comma + 1:following].strip()
        bare = self.lex.determiners.sub("", piece)
        if (self.parser.opens_with_role(piece) or bare != piece) and self.parser.is_speaker_like(bare):
            return following
        return comma

    def _leading(self, doc: Article, sentence: Sentence, cues: list[Cue]) -> Frame | None:
        """Speaker, cue, then content: `X mengatakan (bahwa) …`, `X said (that) …`, `X membantah …`."""
        text = doc.text
        for cue in cues:
            if cue.kind in ("according", "circulating") or cue.pronoun_suffix or (cue.kind == "post" and self.post_only):
                continue
            s_start, s_end = self.speaker_before(doc, self._speaker_clause_start(doc, sentence, cue), cue.start)
            if not self.valid_speaker(doc, s_start, s_end):
                continue
            # the cue must follow its speaker closely: only adverbs, dates, circumstance, a role or a relative
            # clause set off by commas between them
            if self._words_between(doc, s_end, cue.start) > 8 and not self._relative_before(doc, sentence, cue.start):
                continue
            c_start, c_end = self.after_cue.span(doc, cue.end, sentence.end)
            kind = quote_kind(sentence, c_start, c_end)
            if c_end <= c_start and text[cue.end:sentence.end].strip() == ":":
                (c_start, c_end), kind = block_quote(doc, sentence.end), "direct"
            if not enough(doc, c_start, c_end):
                continue
            role = self._apposed_role(doc, self._speaker_clause_start(doc, sentence, cue), (s_start, s_end), cue.start)
            return Frame(sentence, cue, s_start, s_end, c_start, c_end, kind, *role)
        return None

    def _speaker_clause_start(self, doc: Article, sentence: Sentence, cue: Cue) -> int:
        """Where the clause holding the speaker begins: after the last quotation or semicolon before the cue."""
        text = doc.text
        start = sentence.start
        for quote in sentence.quotes:
            if quote.end <= cue.start:
                start = max(start, quote.end)
        semicolon = text.rfind(";", start, cue.start)
        return semicolon + 1 if semicolon >= 0 else start
