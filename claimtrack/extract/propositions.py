"""Propositions: what a statement claims, sentence by sentence, in words a reader can check on their own.

The statement keeps its exact words; each proposition gets a claim's wording: without the discourse words
that open a spoken sentence ("Jadi,", "Nah,", "So,"), without a bracketed note to the reader that opens it,
with its subject made explicit where the statement shows who it is ("Kami sudah menyalurkan …" in a direct
quote of the Ministry is "Kementerian Sosial sudah menyalurkan …"; "dirinya" in reported speech is the
speaker). A sentence whose subject points elsewhere ("Itu …", "It …") cannot be checked on its own and is
no claim. A quotation of several sentences gives one proposition each, scored on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from claimtrack.extract.antecedents import Antecedents
from claimtrack.extract.checkworthy import CheckWorthiness
from claimtrack.extract.named import EDGES as _EDGES
from claimtrack.extract.named import Named
from claimtrack.extract.names import is_roman_numeral, name_words
from claimtrack.extract.result import Proposition, Statement
from claimtrack.extract.segment import sentences
from claimtrack.extract.stance import Stance
from claimtrack.extract.tokens import lower_word
from claimtrack.lexicon import Lexicon, gazetteer, given_names, phrase_pattern
from claimtrack.textutil import fold, one_line

_WRAPPING = "\"“”«»'‘’ \t\n"
_INNER_QUOTES = "'‘"  # a quotation inside a quotation: its words are whom the speaker quotes
_OPENING_NOTE = re.compile(r"^\([^()]{1,80}\)\s*")
_INSERTED_SUBJECT = re.compile(r"^\((?P<subject>[A-Z][\w.-]*(?: [\w.-]+){0,2})\) (?=[a-z])")
_FIRST_WORD = re.compile(r"^([\w'’-]+)([,]?)\s*")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")  # a year, a time: no count of the noun after it
_WORD = re.compile(r"[\w-]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)")  # where the sentence a proposition stands in ends
_NUMBER = re.compile(r"\d[\d.,]*")  # wider than check-worthiness's numbers: "cs-137", "ke-52" count here
_YEARS = re.compile(r"(?:1[89]|20)\d\d[-–](?:1[89]|20)\d\d")  # "2025-2045": from one year to another
_CITED_YEAR = re.compile(r"\s+\w+\s+(?:1[89]|20)\d\d\b")  # "Nomor 66 Tahun 2025": a number, a word, a year
_CLAUSE_THEN_SUBJECT = re.compile(r"^[^,]+,\s+[A-Z]")  # "Melalui anak usaha PT SHS, ID FOOD telah …"
_COMMA = re.compile(r",\s")  # not the decimal comma of "18,2 juta"
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_ASIDE = re.compile(r"\([^()]*\)")  # "(an Apple Pay partner)": a gloss, no clause of the sentence
_CONTRACTED = re.compile(r"['’](?:s|re|d|ll|ve|m)$")  # "we're", "he's", "i'd": the pronoun is what counts


def _without_opening_note(text: str) -> str:
    """The sentence without a note in brackets that opens it ("(Foto: …) …"), but for a subject of three words at
    most, capitalised, that the writer put in for the speaker's words and the sentence needs: "(SR) sudah ditetapkan
    tersangka" is "SR sudah ditetapkan tersangka"."""
    inserted = _INSERTED_SUBJECT.match(text)
    if inserted is not None:
        return inserted.group("subject") + " " + text[inserted.end() :]
    return _OPENING_NOTE.sub("", text)


@dataclass(frozen=True)
class _Words:
    discourse: frozenset[str]
    comma_discourse: frozenset[str]  # … only before a comma: "No, …" but not "No threats were made"
    first_person: frozenset[str]
    third_person: frozenset[str]
    belief: frozenset[str]  # "think", "kira": after the speaker's own "I" opening a sentence, a frame, not the claim
    vague: tuple[tuple[str, ...], ...]
    pointing: frozenset[str]  # pronouns and demonstratives that leave a subject unresolved
    openers: frozenset[str]  # prepositions and subordinators: a sentence opening so has no main clause
    anaphoric: str  # a determiner that always points back, wherever it stands ("proyek tersebut")
    institutional: frozenset[str]  # "kami", "pihaknya": the speaker's institution, not the speaker
    personal: frozenset[str]  # first and second person pronouns anywhere: someone's own account
    demonstratives: frozenset[str]  # after a noun ("isu itu", "kebijakan ini"): points back to the article
    collectives: frozenset[str]  # opening a subject ("Ketiga lokasi", "Both countries"): a set named before
    collective_prepositions: frozenset[str]  # … or after one of these ("di ketiga lokasi")
    object_focus: tuple[str, ...]  # endings of a verb whose agent goes before it ("yang kami tawarkan")
    aspect: frozenset[str]  # an auxiliary opening a sentence leaves its subject out ("Telah mengirimkan …")
    existential: frozenset[str]  # … unless it opens an existential, which needs none ("Sudah ada …")
    colloquial: frozenset[str]  # particles of conversation ("kan", "sih"): an aside, not a claim
    participants: frozenset[str]  # "pelaku", "korban": a case's participants, as its article names them
    relations: tuple[tuple[str, ...], ...]  # "keluarga", "kuasa hukum": a participant's kin or counsel, before it
    agents: frozenset[str]  # "oleh", "by": before a passive verb's agent
    quantifiers: frozenset[str]  # "para", "seluruh": before a participant
    dependent: frozenset[str]  # third-person pronouns: someone the sentence must name before them
    speech_acts: tuple[tuple[str, ...], ...]  # "terima kasih", "silakan", "please": opening, no claim follows
    past_endings: tuple[str, ...]  # "-ed": a lower-case word so ending opens a clause as its verb
    definite: frozenset[str]  # "the": opening a noun phrase the article used before, it means what it named there
    verb_phrase_openers: frozenset[str]  # "setelah", "untuk": the verb after them is theirs, not the sentence's
    complement_nouns: frozenset[str]  # "rencana", "upaya": opening a sentence, the verb after them is theirs
    existential_quantifiers: frozenset[str]  # "banyak": opening, its relative clause is what the sentence says
    bare_predicates: frozenset[str]  # "ada", "jadi": a predicate with no prefix
    degree_adverbs: frozenset[str]  # "sangat", "cukup": an adjective after them is the predicate
    emphatic: str  # "-lah": "bukanlah", "hanyalah" are "bukan", "hanya"
    directive_cues: frozenset[str]  # "told": "told staff to prepare …" is an instruction
    directive_marker: str  # "to"
    controlled: frozenset[str]  # "telah", "akan": opening reported speech, its subject is the speaker's
    cardinals: frozenset[str]  # "three": after "the", a set the article counted before ("The three men …")
    naming: frozenset[str]  # "identified", "named": after a comma, the names of what was just described
    active_prefixes: tuple[str, ...]  # "me", "ber": an active verb after them


_AGED = re.compile(r"\d{1,3}-years?-old")  # "27-year-old": an age given as a description


@dataclass(frozen=True)
class _ClauseWords:
    """What `Propositions._main_clause_verb` reads a sentence's clauses by."""

    openers: frozenset[str]
    prepositional: frozenset[str]
    relatives: frozenset[str]
    subjects: frozenset[str]
    contracted: frozenset[str]
    non_finite: frozenset[str]
    participles_only: frozenset[str]
    joining: frozenset[str]


class Propositions:
    def __init__(
        self,
        lex: Lexicon,
        checkworthiness: CheckWorthiness,
        penalty_for_private: float = 0.0,
        stance: Stance | None = None,
    ):
        self.lex = lex
        self.stance = stance
        self._relatives = frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
        # words that never end an Indonesian sentence, which was cut off after them: a relative, a preposition without
        # its object, a complementizer ("… melihat yang"); English ends with particles ("sworn in", "looked into")
        self._cut_off_after = (
            self._relatives
            | {fold(w) for w in lex.words_of("claims", "collective_prepositions")}
            | {fold(w) for w in lex.complementizers if " " not in w}
            if name_words(lex.code).verb_prefixes
            else frozenset()
        )
        # an adjunct's opening whose clause after it is not asserted: "Jika …, maka biaya bisa mencapai …"
        self._conditionals = frozenset(fold(w) for w in lex.words_of("checkworthiness", "conditionals"))
        # words that open no main clause after an adjunct's comma: a conjunction, a preposition, a relative, a
        # complementizer, a discourse word, an opener, a predicate's word ("…, dan memimpin musancab", "…, juga DAU")
        self._no_clause_after_comma = frozenset(
            fold(w)
            for w in (
                *lex.words_of("speaker", "conjunctions"),
                *lex.words_of("speaker", "stops"),
                *lex.words_of("cues", "relatives"),
                *lex.complementizers,
                *lex.words_of("claims", "discourse_markers"),
                *lex.words_of("claims", "fragment_openers"),
                *lex.words_of("names", "predicate_openers"),
            )
        )
        self._determiners = frozenset(fold(w) for w in lex.words_of("speaker", "determiners"))
        self._possessive_determiners = frozenset(fold(w) for w in lex.words_of("speaker", "possessive_determiners"))
        self._complementizer = re.compile(phrase_pattern(lex.complementizers) + r"(?=\s)")
        self._complementizer_before = re.compile(phrase_pattern(lex.complementizers) + r"\s*\Z")
        self.checkworthiness = checkworthiness
        self.penalty = penalty_for_private
        self.antecedents = Antecedents(lex)
        time = [
            *lex.words_of("claims", "time_phrases"),
            *lex.table("dates", "normalize"),
            *lex.words_of("dates", "vague"),
        ]
        self.time_phrases = sorted({fold(p) for p in time}, key=len, reverse=True)
        self._time_phrase_starts = [(p, p.split(" ", 1)[0]) for p in self.time_phrases]
        self._time_phrases_by_size: dict[int, set[str]] = {}
        for phrase in self.time_phrases:
            self._time_phrases_by_size.setdefault(len(phrase.split()), set()).add(phrase)
        self.words = _Words(
            discourse=frozenset(fold(w) for w in lex.words_of("claims", "discourse_markers")),
            comma_discourse=frozenset(fold(w) for w in lex.words_of("claims", "discourse_before_comma")),
            first_person=frozenset(fold(w) for w in lex.words_of("claims", "first_person")),
            third_person=frozenset(fold(w) for w in lex.words_of("claims", "third_person")),
            belief=frozenset(fold(w) for w in lex.words_of("claims", "belief_verbs")),
            vague=tuple(tuple(fold(w).split()) for w in lex.words_of("claims", "vague_subjects")),
            pointing=frozenset(fold(w) for w in lex.words_of("claims", "pointing_words")),
            openers=frozenset(fold(w) for w in lex.words_of("claims", "fragment_openers")),
            anaphoric=fold(lex.text("claims", "anaphoric_determiner")) or "\0",
            institutional=frozenset(fold(w) for w in lex.words_of("claims", "institutional")),
            personal=frozenset(fold(w) for w in lex.words_of("claims", "personal")),
            demonstratives=frozenset(fold(w) for w in lex.words_of("claims", "demonstratives")),
            collectives=frozenset(fold(w) for w in lex.words_of("claims", "collectives")),
            collective_prepositions=frozenset(fold(w) for w in lex.words_of("claims", "collective_prepositions")),
            object_focus=tuple(fold(w) for w in lex.words_of("claims", "object_focus_suffixes")),
            aspect=frozenset(fold(w) for w in lex.words_of("claims", "aspect_openers")),
            existential=frozenset(fold(w) for w in lex.words_of("claims", "existential")),
            colloquial=frozenset(fold(w) for w in lex.words_of("checkworthiness", "colloquial") if " " not in w),
            participants=frozenset(fold(w) for w in lex.words_of("claims", "participants")),
            relations=tuple(tuple(fold(w).split()) for w in lex.words_of("claims", "participant_relations")),
            agents=frozenset(fold(w) for w in lex.words_of("names", "agent_markers")),
            quantifiers=frozenset(fold(w) for w in lex.words_of("claims", "quantifiers")),
            dependent=frozenset(fold(w) for w in lex.words_of("claims", "dependent_pronouns")),
            speech_acts=tuple(tuple(fold(w).split()) for w in lex.words_of("claims", "speech_act_openers")),
            past_endings=tuple(fold(w) for w in lex.words_of("claims", "past_endings")),
            definite=frozenset(fold(w) for w in lex.words_of("claims", "definite_articles")),
            verb_phrase_openers=frozenset(fold(w) for w in lex.words_of("claims", "verb_phrase_openers")),
            complement_nouns=frozenset(fold(w) for w in lex.words_of("claims", "complement_nouns")),
            existential_quantifiers=frozenset(fold(w) for w in lex.words_of("claims", "existential_quantifiers")),
            bare_predicates=frozenset(fold(w) for w in lex.words_of("claims", "bare_predicates")),
            degree_adverbs=frozenset(fold(w) for w in lex.words_of("claims", "degree_adverbs")),
            emphatic=fold(lex.text("claims", "emphatic_particle")) or "\0",
            directive_cues=frozenset(fold(w) for w in lex.words_of("claims", "directive_cues")),
            directive_marker=fold(lex.text("claims", "directive_marker")) or "\0",
            controlled=frozenset(fold(w) for w in lex.words_of("claims", "controlled_openers")),
            cardinals=frozenset(fold(w) for w in lex.words_of("claims", "cardinals")),
            naming=frozenset(fold(w) for w in lex.words_of("claims", "naming_words")),
            active_prefixes=tuple(fold(w) for w in lex.words_of("claims", "active_prefixes")) or ("\0",),
        )
        self.named = Named(lex)
        self.names = name_words(lex.code)
        self.verb_endings = tuple(fold(w) for w in lex.words_of("claims", "verb_endings")) or ("\0",)
        self.verb_openings = tuple(fold(w) for w in lex.words_of("claims", "verb_openings"))
        self.stance_negations = frozenset(fold(w) for w in lex.words_of("stance", "negations"))
        # … and each with the emphatic particle on it ("bukanlah")
        self._negations_emphatic = self.stance_negations | {n + self.words.emphatic for n in self.stance_negations}
        self.comparisons = frozenset(fold(w) for w in lex.words_of("checkworthiness", "comparisons") if " " not in w)
        self.months = frozenset(fold(month) for month in lex.numbers("dates", "months"))
        self.present_demonstratives = frozenset(fold(w) for w in lex.words_of("claims", "present_demonstratives"))
        self.perfect_cues = frozenset(fold(w) for w in lex.words_of("claims", "perfect_cues"))
        infinitive = lex.text("claims", "perfect_infinitive")
        self.perfect_infinitive = re.compile(phrase_pattern([infinitive]) + r"\s+" if infinitive else r"(?!x)x")
        self.perfect_auxiliary = lex.text("claims", "perfect_auxiliary")
        self.participles = frozenset(fold(w) for w in lex.words_of("claims", "irregular_participles"))
        self.pasts = frozenset(fold(w) for w in lex.words_of("claims", "irregular_pasts"))
        self.noun_phrase_openers = frozenset(fold(w) for w in lex.words_of("claims", "noun_phrase_openers"))
        self.participle_modifier_openers = frozenset(
            fold(w) for w in lex.words_of("claims", "participle_modifier_openers")
        )

    def of(self, statement: Statement, text: str = "", headline: str = "") -> list[Proposition]:
        """The statement's propositions, with spans into the document (the statement's own offsets). A denial by
        its cue has for propositions what it denies (see `_denied`). `headline`, the article's title, is shown beside
        its claims: a figure it gives anchors a sentence that names nothing else (`_figure_in_headline`)."""
        content, offset, subject, refers = statement.content, 0, "", False
        if statement.aside is not None:
            return self._around_aside(statement, text, headline)
        if statement.stance == "deny" and self.stance is not None and self.stance.denies_by_cue(statement.cue):
            offset, subject, refers = self._denied(statement, text)
            content = content[offset:]
        elif statement.quote == "indirect" and self._controlled(content) and self._named(statement):
            subject = statement.speaker  # "Purbaya mengatakan telah memeriksa …": he has checked
        elif statement.quote == "indirect" and self._named(statement) and (perfect := self._perfect(statement)):
            # "Jasmine Tridevil claims to have had a third breast implanted": she has had one
            offset, subject = perfect
            content = content[offset:]
        pieces = [(s.start, s.end) for s in sentences(content, self.lex)] or [(0, len(content))]
        if len(pieces) > 1 and len(pieces) > len([p for p in pieces if len(content[p[0] : p[1]].split()) >= 3]) + 2:
            pieces = [(0, len(content))]  # fragments, not sentences: keep the quotation whole
        found = []
        for start, end in pieces:
            words = content[start:end]
            if subject and start == pieces[0][0]:
                words = f"{subject} {words}"
            elif text:  # "Kegiatan tambang itu …": what the article described before, in place of the pointer
                words = self.antecedents.resolve(words.strip(), text[: statement.start + offset + start])
            wording, vague = self.wording(words, statement, text, headline)
            if not wording:
                continue
            if statement.quote == "direct" and start > 0 and content[start:end].lstrip()[:1] in _INNER_QUOTES:
                vague = True  # "… Berapa kamu butuh? 'Saya butuh Rp 5 triliun'. …": someone else's words, quoted within
            if not vague and text and self._definite_named_before(wording, text[: statement.start + offset + start]):
                vague = True  # "The three men were reported missing …": which three, the article said before
            if not vague and text and self._lead_in(words, text, statement.start + offset + end):
                vague = True  # "Lonjakan PNBP terjadi karena beberapa faktor. Salah satunya …": the next says what
            score = self.checkworthiness.score(words, statement.cue)
            if statement.speaker_standing == "private":
                score = round(min(max(score + self.penalty, 0.0), 1.0), 3)
            at = statement.start + offset
            bare = len(pieces) > 1 and not self.checkworthiness.gives_particulars(words, statement.cue)
            found.append(Proposition(wording, at + start, at + end, score, vague or refers, bare_piece=bare))
        return found

    def _around_aside(self, statement: Statement, article: str = "", headline: str = "") -> list[Proposition]:
        """One sentence with its attribution set inside ("Harga beras, kata Budi, naik …"): the sentence around
        the attribution is the proposition."""
        words = statement.said()
        text, vague = self.wording(words, statement, article, headline)
        if not text:
            return []
        score = self.checkworthiness.score(words, statement.cue)
        if statement.speaker_standing == "private":
            score = round(min(max(score + self.penalty, 0.0), 1.0), 3)
        return [Proposition(text, statement.start, statement.end, score, vague)]

    def _denied(self, statement: Statement, text: str) -> tuple[int, str, bool]:
        """What a denial by its cue denies, as (where it begins in the content, the subject it leaves out, whether
        it only refers to something said): past the word that names it ("menepis anggapan bahwa P", "membantah
        bahwa P", "denied that P": P), and with the denier as its subject when it has none ("Budi membantah
        telah mencabuli muridnya": "Budi telah mencabuli muridnya", the accusation he denies). A language whose
        verbs show no prefix leaves the subject out ("denied sending"): no claim then, rather than a guessed
        one. A denied report named without its content ("menepis kabar yang beredar …", "membantah pernyataan
        Kabid Humas …") or a noun phrase ("membantah adanya aliran dana", "dismissed the criticism as the voice
        of …") states nothing to check."""
        content = statement.content
        assert self.stance is not None
        named = self.stance.reported_proposition.match(content) or self._complementizer.match(content)
        # "membantah bahwa P": the content may begin after its complementizer
        before = max(0, statement.start - 20)
        introduced = named is not None or bool(self._complementizer_before.search(text, before, statement.start))
        if not introduced and self.stance.pointers.starts(content):
            return 0, "", True
        offset = named.end() if named else 0
        while offset < len(content) and content[offset].isspace():
            offset += 1
        subjectless = self._subjectless(content[offset:])
        named_denier = self._named(statement)
        # an unnamed denier ("Presiden menepis klaim bahwa ia …") leaves whom the accusation is about open; a
        # denied noun phrase ("membantah adanya aliran dana", "dismissed the criticism as …") states nothing
        # (English "that" may also be a determiner, "rejected that argument": a clause with a named subject only)
        clause = introduced and (bool(self.names.verb_prefixes) or content[offset : offset + 1].isupper())
        stated = clause or subjectless
        return offset, statement.speaker if subjectless and named_denier else "", not (named_denier and stated)

    def _subjectless(self, content: str) -> bool:
        """Does reported speech open with its verb, its subject left out ("telah menyalurkan …", "tidak hadir …",
        "berangkat dari Garut …")? In a language whose verbs show a prefix, that subject is the speaker's."""
        words = content.split()
        at = 0
        while at < len(words) - 1 and fold(words[at]) in self.stance_negations:
            at += 1  # "membantah tidak hadir": whose absence is denied is the denier's
        first = words[at] if words else ""
        return (
            bool(self.names.verb_prefixes)
            and first[:1].islower()
            and (
                fold(first) in self.words.aspect
                or fold(first) in self.names.predicate_openers
                or (fold(first).startswith(self.names.verb_prefixes) and fold(first) not in self.names.roots)
            )
        )

    def _perfect(self, statement: Statement) -> tuple[int, str] | None:
        """Reported speech that is a perfect infinitive after a cue of assertion ("claims to have killed …",
        `[claims] perfect_cues`, `perfect_infinitive`, `perfect_auxiliary`): (where its participle begins, the
        speaker and the auxiliary that make it a clause: "X has"). A participle only ("hopes to have her own show"
        wishes for something): a word with a past ending or an irregular participle (`irregular_participles`)."""
        if fold(statement.cue) not in self.perfect_cues:
            return None
        opening = self.perfect_infinitive.match(statement.content)
        if opening is None:
            return None
        participle = statement.content[opening.end() :].split(maxsplit=1)[:1]
        if not participle or not (
            participle[0].islower()
            and (fold(participle[0]).endswith(self.words.past_endings) or fold(participle[0]) in self.participles)
        ):
            return None
        return opening.end(), f"{statement.speaker} {self.perfect_auxiliary}"

    def _controlled(self, content: str) -> bool:
        """Does reported speech open with a tense or aspect word and then a verb, its subject left out ("telah
        memeriksa seluruh data …", "tidak akan mengalihkan APBN …")? That subject is the speaker's. Not before a
        comparison ("akan lebih baik bila …" says nothing of the speaker) nor a passive ("telah diamankan": someone
        else was), nor after another opener ("awalnya …", "hanya korban …"). `[claims] controlled_openers`."""
        words = [fold(word).strip(",.;:") for word in content.split()[:4]]
        at = 0
        while at < len(words) - 1 and words[at] in self.stance_negations:
            at += 1
        if at >= len(words) - 1 or words[at] not in self.words.controlled or not content[:1].islower():
            return False
        while at < len(words) - 1 and words[at] in self.words.controlled:
            at += 1  # "tidak akan", "sudah pernah"
        verb = words[at]
        return (
            verb.startswith(self.words.active_prefixes)
            and verb not in self.names.roots
            and verb not in self.comparisons
            and len(verb) > 4
        )

    def _named(self, statement: Statement) -> bool:
        """Is the speaker named: a person or a body by name, not initials alone?"""
        return bool(
            statement.speaker
            and statement.speaker_kind in ("person", "organization")
            and self.names.names_someone(statement.speaker, statement.speaker_kind)
            and not self.names.only_initials(statement.speaker)
        )

    def wording(self, words: str, statement: Statement, article: str = "", headline: str = "") -> tuple[str, bool]:
        """A claim's wording of one sentence of a statement, and whether its subject points elsewhere (`article`,
        the document's text, is evidence of what is a name)."""
        text = one_line(words).strip(_WRAPPING).rstrip(" ,;:")
        text = _without_opening_note(text)
        for _ in range(3):  # "Jadi, ya, …", "Pertama, …", "Ironisnya, …"
            first = _FIRST_WORD.match(text)
            if first is None or first.end() >= len(text):
                break
            word = fold(first.group(1))
            # a sentence adverb made with a clitic and set off ("Ironisnya, …", "Hasilnya, …") says how to take it
            set_off = bool(first.group(2)) and (word in self.names.enumerators or self.names.with_clitic(word))
            if word not in self.words.discourse and not set_off:
                break
            if word in self.words.comma_discourse and not first.group(2):
                break  # "No threats were made …", "So far …", "Well over 100 …": part of the sentence
            opened = first.group(1)[:1].isupper()
            text = text[first.end() :]
            if opened:  # what follows now opens the sentence ("Pertama, menyita …": a verb with no subject)
                text = text[:1].upper() + text[1:]
        text = _without_opening_note(text)  # "Iya, (SR) sudah …": the note after a discourse word
        text = self._without_belief_frame(text)
        folded = fold(text).split()
        vague = any(tuple(folded[: len(v)]) == v for v in self.words.vague)
        # what is left after a note that was a clause of its own ("(Pelatihannya bukan di Jakarta), tetapi di Mataram
        # …") goes on from that clause: a fragment
        vague = vague or text[:1] in ",;" or self._doubted(text)
        if statement.speaker and statement.speaker_kind in ("person", "organization", "group"):
            text = self._of_speaker(text, statement, article)
        text = self._without_pointing_adjunct(text)
        vague = vague or self._not_self_contained(text, article, headline) or self._directive(text, statement.cue)
        return (text[:1].upper() + text[1:]).rstrip(" .") if text else "", vague

    def _without_belief_frame(self, text: str) -> str:
        """The sentence without the speaker's own belief frame opening it: "Saya kira harga beras naik …" claims
        "Harga beras naik …", "I think the economy grew …" claims "The economy grew …" (a name for "I" would make
        "Budi Santoso kira …"). The frame is the first person and a verb of belief (`[claims] first_person`,
        `belief_verbs`), a complementizer after it left out too; what it frames must still be a clause of three words
        or more. A negated frame ("Saya tidak yakin …", "I don't think …") is kept: `_doubted` finds it."""
        words = text.split(" ")
        if len(words) < 5 or fold(words[0]) not in self.words.first_person:
            return text
        if words[1].endswith(",") or fold(words[1].rstrip(",")) not in self.words.belief:
            return text
        rest = words[2:]
        if self._complementizer.match(fold(" ".join(rest[:2])) + " "):
            rest = rest[1:]
        framed = " ".join(rest).lstrip(" ,")
        if len(framed.split()) < 3:
            return text
        return framed[:1].upper() + framed[1:]

    def _doubted(self, text: str) -> bool:
        """Does the sentence open with the speaker's own negated belief ("Saya tidak yakin ekspor naik …", "I don't
        think unemployment fell …")? What they doubt is not what they claim, and the doubt is no fact to check."""
        words = [fold(word).strip(",") for word in text.split(" ")[:4]]
        if len(words) < 3 or words[0] not in self.words.first_person:
            return False
        return any(
            words[at] in self.words.belief and any(w in self.stance_negations for w in words[1:at])
            for at in range(2, len(words))
        )

    def _directive(self, text: str, cue: str) -> bool:
        """Is the sentence what a telling cue told someone to do ("Officials told Foley's family not to deal with the
        press", "… told staff to prepare for …"): a short noun phrase, whom it was told, then "(not) to" and a verb?
        That is an instruction, not what is so. Not a clause with its own verb before "to" ("told reporters he
        wanted BlackBerry to grow": a pronoun, an auxiliary, a verb in the past). `[claims] directive_cues`,
        `[claims] directive_marker`."""
        if fold(cue) not in self.words.directive_cues:
            return False
        tokens = text.split()
        for at, token in enumerate(tokens[:5]):
            folded = fold(token).strip(_EDGES)
            if folded == self.words.directive_marker:
                following = fold(tokens[at + 1]).strip(_EDGES) if at + 1 < len(tokens) else ""
                return (
                    at > 0
                    and following.isalpha()
                    and following not in self.names.function_words
                    and following not in self.words.pointing
                )
            if folded in self.stance_negations:
                continue  # "… not to deal with …"
            contracted = _CONTRACTED.search(folded)
            bare = _CONTRACTED.sub("", folded)  # "Foley's family"
            if (
                (contracted is not None and contracted.group()[1:] != "s")
                or folded.endswith(("n't", "n’t"))  # "Jasmine Tridevil don't want to …"
                or bare in self.words.aspect
                or bare in self.words.pointing
                or bare in self.words.dependent
                or bare in self.names.function_words
                or bare.endswith(self.words.past_endings)
                or at >= 3
            ):
                return False
        return False

    def _without_pointing_adjunct(self, text: str) -> str:
        """A trailing adjunct that points back is left out when the clause before it stands on its own:
        "Pyongyang menerima teknologi satelit militer dari Moskow sebagai imbalan atas bantuan tersebut" claims
        "Pyongyang menerima teknologi satelit militer dari Moskow"."""
        words = text.split(" ")
        folded = [fold(word).strip(",.;:?!") for word in words]
        for at, word in enumerate(folded):
            if at < len(folded) - 2:
                continue  # only an adjunct that ends the sentence: "Kusnadi … saat itu memperoleh …" goes on after it
            if not (word == self.words.anaphoric or at and word in self.words.demonstratives) or any(
                " ".join(folded[max(0, at - size + 1) : at + 1]) in phrases
                for size, phrases in self._time_phrases_by_size.items()
            ):
                continue
            opener = next((n for n in range(at - 1, 3, -1) if folded[n] in self.words.openers), None)
            if at > 3 and folded[at - 1] in self.lex.prepositions:
                opener = at - 1  # "… asked London for explanations | in this regard": the preposition right before
            return " ".join(words[:opener]).rstrip(" ,;:") if opener is not None else text
        return text

    def _of_speaker(self, text: str, statement: Statement, article: str = "") -> str:
        """The speaker's name for the words that stand for them: their own "saya" in a quotation, "dirinya",
        "ia" in reported speech, as the sentence's subject; "kami", "pihaknya" wherever they stand, for the
        institution: an institution's statement, or a person's whose role names one ("Kasi Penkum Kejati
        Sumsel": "kami" is Kejati Sumsel, never the spokesman)."""
        own = self.words.first_person if statement.quote == "direct" else self.words.third_person
        institution = (
            statement.speaker
            if statement.speaker_kind == "organization"
            else self.lex.institution_of(statement.speaker_role)
        )
        words = text.split(" ")
        for at, word in enumerate(words):
            bare = word.strip(",.;:")
            folded = fold(bare)
            if not bare or folded not in own:
                continue
            if folded in self.words.institutional:
                if institution and not self._agent_of_object_focus(words, at):
                    words[at] = word.replace(bare, institution, 1)
            elif (
                at == 0
                and len(words) > 1
                and self._one_person(statement)
                and not self._another_person_before(statement, article, folded)
                and not self._other_gender(statement, folded)
            ):
                words[at] = word.replace(bare, statement.speaker, 1)
        return " ".join(words)

    def _another_person_before(self, statement: Statement, article: str, pronoun: str = "") -> bool:
        """Does the sentence name someone else by an honorific (`[names] honorifics`) between the speaker and what was
        said ("Hillary Clinton, who … would not say Mr. Sanders was not qualified, said … that he had not done his
        homework")? Then "he" may be either. Someone named before the speaker is not between ("After meeting Mr.
        Cruz, Darran Whiting said he had made …": the subject)."""
        if not article or statement.start <= statement.sentence_start:
            return False
        own = {fold(word) for word in statement.speaker.split()}
        before = article[statement.sentence_start : statement.start]
        mention = statement.speaker_mention.strip()
        if mention and (at := before.rfind(mention)) >= 0:
            before = before[at + len(mention) :]  # "Mr. Cruz, Darran Whiting … said he …": named before the speaker
        words = before.split()
        other = self._other_gender_words(pronoun)  # (only its honorifics are asked here)
        return (
            any(
                fold(word).rstrip(".") in self.names.honorifics
                and fold(word).rstrip(".") not in other
                and following[:1].isupper()
                and fold(following.strip(",.;:'’")) not in own
                for word, following in zip(words, words[1:], strict=False)
            )
            or (
                len(words) > 2
                and fold(words[-1]) == fold(statement.cue)
                and fold(statement.cue) in self._participle_cues  # ("…, a superdelegate supporting Clinton, said he …")
                and words[-2].endswith(",")
                and self._object_named(words[:-1], own)
            )
        )

    @cached_property
    def _participle_cues(self) -> frozenset[str]:
        """`[cues] participles`: "saying", "adding", whose clause follows the object of the verb before it."""
        return frozenset(fold(w) for w in self.lex.words_of("cues", "participles"))

    @cached_property
    def _before_no_object(self) -> frozenset[str]:
        """Prepositions and determiners: a name after them is a place or a body's ("in Des Moines", "told the Express
        Times that he …"), not the object a verb acted on."""
        return self._determiners | frozenset(fold(w) for w in self.lex.words_of("speaker", "opening_prepositions"))

    def _object_named(self, words: list[str], own: set[str]) -> bool:
        """Do the words before a cue end with a person's name, set off by a comma, right after a verb and not the
        speaker's ("The New York businessman has praised Putin, saying he was a stronger leader …": he may be Putin,
        the object the cue's clause follows)? One to three capitalised words that may name a person (no title, role or
        function word, no known body or place) after a lower-case word that is no preposition or determiner ("said in
        Des Moines, …", "told the Express Times, …")."""
        size = 0
        while size < len(words) and words[-size - 1][:1].isupper():
            size += 1
        if not 0 < size <= 3 or size == len(words):
            return False
        name = [word.rstrip(",") for word in words[-size:]]
        verb = words[-size - 1]
        if not verb.islower() or verb[-1:] in ",.;:" or fold(verb) in self._before_no_object:
            return False
        return (
            not any(fold(word) in own for word in name)
            and all(
                self.names.names_someone(word, "person")
                and fold(word.rstrip(".")) not in self.names.honorifics
                and not word.endswith(("'s", "’s"))
                for word in name
            )
            and not gazetteer().is_place_or_org(" ".join(name))
        )

    def _one_person(self, statement: Statement) -> bool:
        """Is the speaker one person by name, whom "he", "she", "dirinya" may stand for? Not a report ("Reports
        claimed she killed …" does not say the reports killed) nor a group named by its body ("Defense Department
        officials said he later became a militant": he is not the officials)."""
        if statement.speaker_kind != "person" or not self.names.names_someone(statement.speaker, "person"):
            return False
        if self.lex.flag("names", "family_name_last") and len(statement.speaker.split()) < 2:
            return False  # a person's name has a given and a family name: "Axios reports he has privately told …",
            # "Snopes pointed out she has …" are no outlet's own acts
        last = fold(statement.speaker.split()[-1]) if statement.speaker.split() else ""
        return last not in self.lex.common_speakers

    def _other_gender(self, statement: Statement, pronoun: str) -> bool:
        """Is the speaker written with a pronoun or an honorific of the other gender than `pronoun` ("he called her
        'weak' and said she had 'zero support'": she is not he), or named by a given name borne almost only by the
        other sex (data/given_names.toml: "She declined additional medical treatment …, Cosgrove said" is not Cole
        Cosgrove's account of himself)?"""
        other = self._other_gender_words(pronoun)
        words = (*statement.speaker_mention.split(), *statement.speaker_role.split())
        if bool(other) and any(fold(word).rstrip(".") in other for word in words):
            return True
        names = statement.speaker.split()
        if len(names) < 2 or pronoun not in self._given_names_not_meant:
            return False
        return fold(names[0]) in self._given_names_not_meant[pronoun]

    @cached_property
    def _given_names_not_meant(self) -> dict[str, frozenset[str]]:
        """Each gendered pronoun, with the given names of the other sex (data/given_names.toml)."""
        masculine, feminine = given_names(self.lex.code)
        male = frozenset(fold(w) for w in self.lex.words_of("names", "male_pronouns"))
        female = frozenset(fold(w) for w in self.lex.words_of("names", "female_pronouns"))
        return {**dict.fromkeys(male, feminine), **dict.fromkeys(female, masculine)}

    def _other_gender_words(self, pronoun: str) -> frozenset[str]:
        """The honorifics and pronouns that name someone a pronoun cannot stand for: "Mr." and "he" for "she", "Ms."
        and "she" for "he" (`[names] male_honorifics`, `female_honorifics`, `male_pronouns`, `female_pronouns`)."""
        return self._words_not_meant.get(pronoun, frozenset())

    @cached_property
    def _words_not_meant(self) -> dict[str, frozenset[str]]:
        """Each gendered pronoun, with the honorifics and pronouns of the other gender."""
        lex = self.lex

        def folded(key: str) -> frozenset[str]:
            return frozenset(fold(w) for w in lex.words_of("names", key))

        male, female = folded("male_pronouns"), folded("female_pronouns")
        return {
            **dict.fromkeys(male, folded("female_honorifics") | female),
            **dict.fromkeys(female, folded("male_honorifics") | male),
        }

    def _agent_of_object_focus(self, words: list[str], at: int) -> bool:
        """Is the "kami" at `at`, inside the sentence, the agent of an object-focus verb ("program … yang telah kami
        tawarkan")? A name cannot stand there ("yang telah Kejari Pekanbaru tawarkan" garbles it): it stays "kami",
        and the sentence is someone's own account. `[claims] object_focus_suffixes`."""
        if at == 0 or not self.words.object_focus:
            return False
        following = at + 1
        while following < len(words) and fold(words[following]) in self.words.aspect:
            following += 1  # "kami sudah lakukan"
        verb = words[following].strip(",.;:") if following < len(words) else ""
        # a bare root with the suffix ("tawarkan", "lakukan"); with an active prefix ("melakukan") "kami" is its subject
        return (
            verb.islower()
            and len(verb) > 5
            and fold(verb).endswith(self.words.object_focus)
            and not self.names.predicate(verb)
        )

    def _noun_said_before(self, words: list[str]) -> bool:
        """Does a word that, right after a noun, says the noun was named before stand among the first words
        (`[claims] after_noun_pointing`: "Pertimbangan-pertimbangan tadi …", "35 inovasi tadi …")? Not after a
        subordinator or preposition, nor before a part of the day: "Sampai tadi malam", "Karena tadi …" tell time."""
        for at in range(1, min(4, len(words))):
            if words[at] not in self._after_noun_pointing:
                continue
            before, after = words[at - 1], words[at + 1] if at + 1 < len(words) else ""
            if before in self._no_clause_after_comma or after in self._day_parts:
                continue
            return True
        return False

    @cached_property
    def _after_noun_pointing(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "after_noun_pointing"))

    @cached_property
    def _day_parts(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("dates", "day_parts"))

    def _bare_act_carried_out(self, words: list[str]) -> bool:
        """Is the subject an act named by a noun alone, and the predicate only that it was carried out, held or took
        place (`[claims] act_passives`: "Pemeriksaan dilakukan di Gedung Merah Putih KPK", "Pengiriman dilakukan
        secara bertahap")? Which examination, whose shipment is left to the sentences before; what is said is
        when, where or how it happened. An aspect word may stand between ("Penyitaan telah dilakukan")."""
        if len(words) < 2 or not self.names.nominalised(words[0]):
            return False
        at = 1
        while at < len(words) - 1 and words[at] in self.words.aspect:
            at += 1
        return words[at] in self._act_passives

    @cached_property
    def _act_passives(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "act_passives"))

    def _participant_subject(self, words: list[str]) -> bool:
        """Is the subject only a participant of the article's case, as news names them ("pelaku", "korban",
        "keempat tersangka", "terduga pelaku", "korban S"): followed by its predicate, "yang" or an initial, not
        by what would say whose case it is ("korban banjir Demak …")?"""
        at = 0
        while at < len(words) - 1 and (words[at] in self.words.quantifiers or words[at] in self.names.enumerators):
            at += 1  # "para", "keempat"
        kin = next((len(r) for r in self.words.relations if tuple(words[at : at + len(r)]) == r), 0)
        if kin and at + kin < len(words) and words[at + kin] in self.words.participants:
            at += kin  # "keluarga korban", "kuasa hukum tersangka": the participant's, so the case's
        if (
            at + 2 < len(words)
            and words[at] not in self.words.participants
            and words[at + 1] in self.words.participants
            and (is_roman_numeral(words[at + 2].upper()) or len(words[at + 2]) == 1)
        ):
            return True  # "Dalih Teradu I bahwa …", "Tindakan Teradu VI …": what a party the article labels did or said
        if at >= len(words) or words[at] not in self.words.participants:
            return False
        while at < len(words) - 1 and words[at] in self.words.participants:
            at += 1  # "terduga pelaku"
        following = words[at] if words[at] not in self.words.participants else ""
        return (
            not following
            or following in self._relatives
            or len(following) == 1  # an initial: "korban S"
            or is_roman_numeral(following.upper())  # a number: "Teradu VI"
            or self.names.predicate(following)
        )

    def _adverb_then_verb(self, words: list[str]) -> bool:
        """Does an adverb that may stand before a verb open the sentence, an active verb or an auxiliary right after
        it ("Baru mengetahui namanya …", "Hanya menyisakan …", "Tetap tidak bisa mentoleransi …")? Its subject is left
        out as after an auxiliary. `[claims] adverbs_before_verb`, `active_prefixes`, `aspect_openers`."""
        if len(words) <= 2 or words[0] not in self._adverbs_before_verb:
            return False
        verb = (
            words[1].startswith(self.words.active_prefixes) and words[1] not in self.names.roots and len(words[1]) > 4
        )
        return verb or (words[1] in self.words.aspect and words[2] not in self.words.existential)

    def _comparison_without_subject(self, words: list[str]) -> bool:
        """Does a comparison open the sentence with no subject: perhaps a manner adverb ("secara sistematis"), a
        degree word, one word, then what it is compared with or the end ("Lebih rendah daripada di tempat lain")?
        `[claims] manner_openers`, `degree_words`, `compared_with`."""
        at = 2 if len(words) > 3 and words[0] in self._manner_openers else 0
        return (
            len(words) > at + 1
            and words[at] in self._degree_words
            and words[at + 1] not in self._compared_with
            and (len(words) == at + 2 or words[at + 2] in self._compared_with)
        )

    @cached_property
    def _closing_adjectives(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "closing_adjectives"))

    @cached_property
    def _adverbs_before_verb(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "adverbs_before_verb"))

    @cached_property
    def _degree_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "degree_words"))

    @cached_property
    def _manner_openers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "manner_openers"))

    @cached_property
    def _compared_with(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "compared_with"))

    def _opens_with_passive_agent(self, text: str, words: list[str]) -> bool:
        """Does a passive verb open the sentence, its agent right after it, and no comma follow ("Dijaga oleh 10
        anggota TNI …", "Diperiksa oleh penyidik KPK …")? What was guarded or examined, its subject, is left to the
        sentence before. With a comma the passive may be an adjunct before the subject ("Dipimpin oleh Kapolres,
        tim gabungan menggerebek …"). `[names] passive_prefixes`, `agent_markers`."""
        tokens = text.split()
        return (
            len(words) > 2
            and bool(self.names.passive_prefixes)
            and words[0].startswith(self.names.passive_prefixes)
            and len(words[0]) > 4
            and tokens[0][1:].islower()
            and words[1] in self.words.agents
            and "," not in text
        )

    def _opens_with_verb(self, text: str, words: list[str]) -> bool:
        """Does an active verb open the sentence, its subject left out ("Memerintahkan Kementerian …", "menghormati
        putusan MK …" after "TNI menyatakan")? Not a title ("Menteri Keuangan …"), a name ("Megawati Soekarnoputri
        …", "Melki Laka Lena …": two capitalised words, the first with no verb ending, `[claims] verb_endings`), a
        noun that begins like a verb (`[claims] verb_openings`: "Mekanisme …"), a verb made a noun ("Meningkatnya
        kasus …"), nor a clause set off before the subject ("Melalui anak usaha PT SHS, ID FOOD telah …")."""
        tokens = text.split()
        first = words[0]
        if not (
            self.verb_openings
            and first.startswith(self.verb_openings)
            and len(first) > 5
            and tokens[0][1:].islower()
            and first not in self.names.role_words
            and not first.endswith(tuple(self.names.clitics))
            and not _CLAUSE_THEN_SUBJECT.match(" ".join(tokens[:12]))
        ):
            return False
        named = tokens[0][:1].isupper() and len(tokens) > 1 and tokens[1][:1].isupper()
        return not named or first.endswith(self.verb_endings)  # "Memerintahkan Kementerian PUPR …" is a verb

    def _lead_in(self, words: str, text: str, end: int) -> bool:
        """Does the sentence speak of a vague quantity (`[claims] vague_quantities`: "beberapa faktor", "several
        causes"), and no figure, whose members the next sentence opens by naming (`list_openers`: "Salah satunya …",
        "Pertama, …")? Then it announces what follows and claims nothing of its own."""
        if (
            not self._list_openers
            or _DIGIT.search(words)  # ("Di atas 90% … responden setuju …. Berikut manfaat …": a figure of its own)
            or not any(fold(w) in self._vague_quantities for w in _WORD.findall(words))
        ):
            return False
        stop = _SENTENCE_END.search(text, end, min(len(text), end + 300))
        if stop is None:
            return False
        following = fold(text[stop.end() : stop.end() + 40].lstrip(" \n\"'“‘"))
        return any(
            following.startswith(opener) and not following[len(opener) : len(opener) + 1].isalpha()
            for opener in self._list_openers
        )

    @cached_property
    def _vague_quantities(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "vague_quantities"))

    @cached_property
    def _list_openers(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.lex.words_of("claims", "list_openers"))

    def _definite_named_before(self, wording: str, before: str) -> bool:
        """Does the sentence open with a definite noun phrase whose noun the article used before it ("The three men
        were reported missing …" after "three men from Cape Cod"; "The company was looking …")? It means what the
        article named there, which the claim does not say. Only lower-case words after the article (a name, "The
        White House", says itself), up to a function word, an auxiliary or a verb in the past; the noun is the
        last of them. `[claims] definite_articles`."""
        tokens = wording.split()
        if len(tokens) < 3 or fold(tokens[0]) not in self.words.definite:
            return False
        counted = fold(tokens[1]).strip(_EDGES)
        if _AGED.fullmatch(counted) and not (tokens[1].endswith(",") and tokens[2][:1].isupper()):
            return True  # "The 27-year-old sought to wed …": an age the article gave someone it named before (not
            # "The 27-year-old, Afton Burton, …", named in apposition)
        # (past one capitalised word before the noun: "The three Afghan soldiers have been located …")
        head = 3 if len(tokens) > 3 and tokens[2][:1].isupper() and not tokens[2].endswith(",") else 2
        if (counted.isdigit() and len(counted) < 4 or counted in self.words.cardinals) and self._plain_noun(
            tokens[head]
        ):
            # "The three men were reported missing …", "The 12 suspects …": a set the article counted; unless named in
            # apposition ("The three men, identified as Major Jan Mohammad Arash, …")
            apposed = tokens[head].endswith(",") and len(tokens) > head + 1
            return not (apposed and (tokens[head + 1][:1].isupper() or fold(tokens[head + 1]) in self.words.naming))
        noun, at, verb_next = "", 1, False
        for at, token in enumerate(tokens[1:4], start=1):
            bare = _CONTRACTED.sub("", token.strip(_EDGES))
            folded = fold(bare)
            if not bare.isalpha() or not bare.islower():
                if bare.isalpha() or not noun:
                    return False  # "The White House", "The Islamic State": a name
                break
            if folded in self.names.function_words or folded in self.words.aspect or folded in self.names.cue_words:
                verb_next = folded in self.words.aspect
                break
            if noun and folded.endswith(self.words.past_endings):
                verb_next = True
                break  # "The marriage idea stemmed …"
            if folded in self.comparisons:
                return False  # "The biggest crab in the world …": a description only one thing fits
            noun = folded
            if token != bare:
                if token.endswith(",") and at + 1 < len(tokens) and tokens[at + 1].strip(_EDGES)[:1].isupper():
                    return False  # "The groom, Jugal Kishore, …": named in apposition
                break  # "The company's …", "The man, dubbed …"
        if len(noun) < 3:
            return False
        # the noun phrase is the whole subject, its verb right after it ("The company is poised to announce …", "The
        # setbacks forced …", "The move would be …"): which company, the article said before, whatever word it used;
        # else the noun the article used before
        return verb_next or re.search(rf"\b{re.escape(noun)}\b", before, re.IGNORECASE) is not None

    def _plain_noun(self, token: str) -> bool:
        """A lower-case word that may be a noun: not a function word, an auxiliary or a comparison ("the 10 largest
        banks" is a description only they fit)."""
        bare = token.strip(_EDGES)
        folded = fold(bare)
        return (
            bare.isalpha()
            and bare.islower()
            and folded not in self.names.function_words
            and folded not in self.words.aspect
            and folded not in self.comparisons
            and not folded.endswith("st")  # "largest", "first", "most"
        )

    def _opens_with_past(self, text: str) -> bool:
        """Does a verb in the past open the sentence in lower case, its subject left out ("described Tawil as a
        boy", "continued to lecture the crew")? Before a function word or a name only: "armed men attacked …" opens
        with an adjective. Capitalised, as a sentence of a quotation opens ("… was leading the strikes. Dropped the
        bombs on ISIS Monday night."), only before a determiner and with no comma after: "Armed with rifles, the men
        …", "Dubbed the ‘X’, the plan …" open with a participle set off before the subject. `[claims]
        past_endings`, `[speaker] determiners`, `possessive_determiners`."""
        tokens = text.split()
        if len(tokens) < 2 or not self.words.past_endings or not tokens[0].isalpha():
            return False
        first, following = fold(tokens[0]), tokens[1].strip(",.;:")
        if not (len(first) > 4 and first.endswith(self.words.past_endings) and not first.endswith("eed")):
            return False  # ("need", "proceed")
        if tokens[0].islower():
            return following[:1].isupper() or fold(following) in self.names.function_words
        return (
            tokens[0][1:].islower()
            and fold(tokens[1]) in self._determiners | self._possessive_determiners
            and "," not in text
        )

    def _pronoun_before_a_name(self, text: str, words: list[str], article: str = "") -> bool:
        """Is a third-person pronoun left in the sentence before any name it could stand for ("The stroke which
        almost killed him …", "…, ia mengambil keputusan …")? `[claims] dependent_pronouns`."""
        if not self.words.dependent or not self.words.dependent.intersection(words):
            return False
        tokens = text.split()
        at = next(
            (
                n
                for n, token in enumerate(tokens)
                if _CONTRACTED.sub("", fold(token).strip(_EDGES)) in self.words.dependent
            ),
            None,
        )
        return at is not None and not self.named.first_in(" ".join(tokens[:at]), article)

    def claim_words(self, text: str) -> list[str]:
        """The words a claim is read by (`_claim_words`), for the stages that ask whether words claim anything."""
        return self._claim_words(text)

    def predicated(self, text: str, words: list[str]) -> bool:
        """Does the text say something of a subject, or is it a noun phrase (`_predicated`)?"""
        return self._predicated(text, words)

    def verbless(self, text: str, words: list[str]) -> bool:
        """Is the text a noun phrase however it opens: no predicate (`_predicated`) and, in a language whose verbs
        show no prefix, no finite verb (`finite_verb`: "North Korea between 1994 and 2011")?"""
        if self.names.verb_prefixes:
            return not self._predicated(text, words)
        return not self.finite_verb(words)

    def _claim_words(self, text: str) -> list[str]:
        """The sentence's words, folded, as the rules of `why_not_self_contained` read them: acronyms apart from
        pronouns, time phrases taken out ("saat ini", "Oktober ini": time, not a pointer)."""
        # a word in capitals inside a sentence in lower case is an acronym, not a pronoun: "withdraw the US from …"
        marked = text if text.isupper() else _ACRONYM.sub(self._acronym_not_pronoun, text)
        folded = " " + fold(marked) + " "
        present = set(folded.split())
        for phrase, first in self._time_phrase_starts:  # "saat ini", "tahun ini": time, not a pointer
            if first in present:  # (taking words out never brings in another phrase's first word)
                folded = folded.replace(f" {phrase} ", " ")
        words = [word.strip(",.;:?!") for word in folded.split()]
        words = [_CONTRACTED.sub("", word) if "'" in word or "’" in word else word for word in words]
        # a year or a month named with a demonstrative is the time meant ("di 2025 ini", "Oktober ini"), not a pointer
        return [
            word
            for at, word in enumerate(words)
            if not (at and word in self.present_demonstratives and self._names_a_time(words[at - 1]))
        ]

    def _acronym_not_pronoun(self, found: re.Match[str]) -> str:
        """An acronym spelt like a pronoun, marked so that no list of pronouns takes it ("US" is no "us")."""
        word = fold(found.group())
        pronoun = word in self.words.personal or word in self.words.pointing or word in self.words.dependent
        return f"{found.group()}_" if pronoun else found.group()

    def _adjunct_before_clause(self, text: str, article: str) -> str:
        """The adjunct a preposition or a subordinator opens, when a main clause that stands on its own follows it
        after a comma ("Berdasarkan Data Tunggal Sosial Ekonomi Nasional (DTSEN), sekitar 52 persen masyarakat miskin
        berprofesi sebagai buruh tani"); "" when none does. What the sentence names may stand in the adjunct; the
        clause must have its subject and its predicate ("Untuk itu, memang belum memasukkan …" has no subject)."""
        for comma in _COMMA.finditer(text):
            rest = text[comma.end() :].strip()
            if len(rest.split()) < 3:
                return ""
            first = rest.split()[0]
            if fold(first).strip(_EDGES) in self._no_clause_after_comma:
                continue  # "…, dan memimpin musancab", "…, di mana KPK …": no clause of its own
            if not self.names.verb_prefixes and not (
                first[:1].isupper() or first[:1].isdigit() or fold(first) in self._determiners
            ):
                continue  # English shows no verb by its form: a subject must be seen ("…, vets advised …" is none)
            if not self.why_not_self_contained(rest, article, named=False):
                return text[: comma.start()]
        return ""

    def _same_time(self, text: str) -> bool:
        """Does the sentence place what it says at a time it names as the one the article gave before (`[claims]
        same_times`: "pada tahun yang sama", "in the same period"), with no anchor after it (`same_time_anchors`: "the
        same period last year", a year)?"""
        if not self._same_times:
            return False
        folded = " ".join(fold(w).strip(",.;:!?\"”'()") for w in text.split())
        for phrase in self._same_times:
            for found in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", folded):
                after = folded[found.end() :].split()[:1]
                if not after or (after[0] not in self._same_time_anchors and not after[0][:1].isdigit()):
                    return True
        return False

    @cached_property
    def _same_times(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in self.lex.words_of("claims", "same_times"))

    @cached_property
    def _same_time_anchors(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "same_time_anchors"))

    def _points_back(self, words: list[str]) -> bool:
        """Do these words point to what the article said before: a pronoun, a demonstrative, "tersebut"?"""
        return any(
            word in self.words.pointing
            or word in self.words.personal
            or word in self.words.demonstratives
            or word == self.words.anaphoric
            for word in words
        )

    def _possessed_subject(self, text: str, words: list[str]) -> bool:
        """Does a word with a possessive clitic open the subject, pointing back to its possessor ("Jumlahnya …",
        "Anaknya …")? Not a sentence adverb made with the clitic: one set off by a comma ("Ironisnya, …"), one of the
        adverbs that open a predicate ("Awalnya pukul 08.00 …", `[names] predicate_openers`), nor "kalinya" after an
        ordinal ("Pertama kalinya dalam sejarah, …")."""
        lowered, tokens = text.casefold(), text.split()
        opening = len(self._one_of) if tuple(words[: len(self._one_of)]) == self._one_of else 0
        for at, word in enumerate(words[: opening + 2]):
            if at < opening:
                continue  # "Salah satu pembahasannya …": one of its discussions
            if not self.names.with_clitic(word):
                continue
            after_ordinal = at > 0 and words[at - 1] in self.names.enumerators
            # "Awalnya Lombok Barat dijatah …", "Akhirnya KPU RI memutuskan …" (not "Akhirnya dimasukkan …": whose?)
            subject_after = at + 1 < len(tokens) and (tokens[at + 1][:1].isupper() or tokens[at + 1][:1].isdigit())
            adverb = (word in self.names.predicate_openers and subject_after) or f"{word}," in lowered
            if not (adverb or after_ordinal):
                return True
        return False

    @cached_property
    def _one_of(self) -> tuple[str, ...]:
        """The words for "one of" before a noun (`[claims] one_of`: "salah satu"), folded."""
        return tuple(fold(self.lex.text("claims", "one_of")).split()) or ("\0",)

    def _names_a_time(self, word: str) -> bool:
        """A year ("2025") or a month's name ("oktober"), folded."""
        return (len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")) or word in self.months

    def _predicated(self, text: str, words: list[str]) -> bool:
        """Does the sentence say something of its subject: a verb (by its prefix or its suffix, in a language whose
        verbs show one), an auxiliary, a copula, a negation, a predicate with neither ("ada"), a comparison ("lebih
        ketat", `[checkworthiness] comparisons`), or a number ("Defisit APBN Rp 321,6 triliun" says it without a
        verb)? Not the verb of a relative clause ("Berbagai insentif pajak yang telah diberikan selama …") or of a
        verb phrase a subordinator opens ("Pernyataan kepada publik setelah menggelar pertemuan …", `[claims]
        verb_phrase_openers`): that is a noun phrase, what a cue named ("menyampaikan …"), not what is so; except
        after a quantity that opens the sentence ("Banyak SPBU yang kehabisan BBM …", `[claims]
        existential_quantifiers`) or a word it focuses ("Pilar inilah yang menaungi …"). A language whose verbs
        show no prefix is not asked."""
        if not self.names.verb_prefixes:
            return not self._reported_noun_phrase(words, text) and self._main_clause_verb(text)
        if self._says_a_number(text):
            return True
        emphatic = self.words.emphatic
        if not self._negations_emphatic.isdisjoint(words):
            return True  # "bukanlah"
        existential = bool(words) and words[0] in self.words.existential_quantifiers
        inside, after_comma, previous = False, True, ""  # right after "yang" or a subordinator: the verb is theirs
        tokens = text.split()
        clause_verb = -2  # where the verb of the last relative clause stood
        aside = False  # inside brackets: a gloss ("Hasil geledah (disita) uang, …"), no predicate of the sentence

        def following(at: int) -> str:
            return tokens[at + 1].strip(",.;:()\"'“”‘’") if at + 1 < len(tokens) else ""

        for at, token in enumerate(tokens):
            bare = token.strip(",.;:()\"'“”‘’")
            folded = fold(bare)
            if token.startswith("(") or aside:
                aside = not token.rstrip(",.;:\"'”’").endswith(")")
                continue
            if not bare or (at == 0 and folded in self.names.cue_words):
                continue  # "pesan dari Wihaji …": a cue word opening what was said is a noun
            comma, after_comma = after_comma, token.endswith(",")
            focused, previous = previous.endswith(emphatic), folded
            if folded in self._relatives and (existential or focused):
                continue  # "Banyak SPBU yang kehabisan …", "Pilar inilah yang menaungi …": what the sentence says
            if folded in self.words.verb_phrase_openers and fold(following(at)) in self.words.demonstratives:
                continue  # "saat ini", "setelah itu": an adverb of time, no verb phrase
            if (
                folded in self.words.verb_phrase_openers
                or folded in self._relatives
                or (at and folded in self._question_openers)
                or (at == 0 and folded in self.words.complement_nouns)  # "Rencana mempercepat …": the plan's verb
            ):
                inside = True  # "Alasan kenapa ada perbedaan …": an indirect question tells of the noun before it
                continue
            plain = folded.removesuffix(emphatic) if len(folded) > len(emphatic) + 3 else folded  # "hanyalah"
            if inside and (
                plain in self.words.aspect or plain in self.names.predicate_openers or plain in self._adverbs_in_clause
            ):
                continue  # "yang telah diberikan", "yang kini berstatus", "yang saat ini kembali berada"
            closing = at == len(tokens) - 1 or token[-1:] in ",.;:)"
            if closing and plain in self._closing_adjectives:
                continue  # "… pusat-pusat ekonomi baru": an adjective after its noun, no adverb of what follows
            if at == clause_verb + 1 and plain in self._clause_adverbs and not self._verb(following(at)):
                continue  # "… kasus korupsi yang berkaitan langsung dengan …": the clause's adverb, no predicate
            marker = (
                self._verb(bare, after_comma=comma)
                or plain in self.words.aspect
                or plain in self.names.predicate_openers
                or folded in self.words.bare_predicates
                or folded in self.words.degree_adverbs  # "sangat tinggi", "relatif cukup tinggi": an adjective's
                or folded in self.comparisons
            )
            if marker and not inside:
                return True
            if marker:
                clause_verb = at
            inside = False  # the clause's own verb is behind, or it had none ("yang lain menyebut …")
        return False

    def _main_clause_verb(self, text: str) -> bool:
        """In a language whose verbs show no prefix: has the sentence a verb of its own, outside the clauses that tell
        of its nouns? "One of the two attacks in Amil", "A report from the SITE Intelligence Group on the video that
        purportedly showed Sotloff's killing", "Yair as “a total sweety,” and his mother a “Queen Esther": the thing a
        cue named, and nothing said of it. A clause opened by a subordinator or a relative (`[claims] clause_openers`;
        `preposition_subordinators` only before a word no noun follows: "since the turn of the century" is a time)
        owns its first verb, and its second is the sentence's ("Hens who were kept outside … laid eggs"); a relative
        right before a word in lower case owns that word, whatever its form ("people who come …"). A verb is a finite
        form (`finite_verb`, not after "being" or "been" nor, in "-ed", right after an article or a preposition: "the
        uninsured rate"), a contraction of "is" ("There's"), a word in lower case after a subject pronoun, a word in
        "-s" that no article or preposition puts before a noun, or a word in lower case after a plural noun ("some
        Republicans find …"). A modal or a negation is a predicate; so is a verb run on from the one before it."""
        main = self._set_off_relative.sub(" ", _ASIDE.sub(" ", text))
        raw = main.split()
        tokens = [t.strip(",.;:()\"'“”‘’—!?") for t in raw]
        words = [fold(t) for t in tokens]
        if any(
            (word in self.stance_negations or word in self._modals) and (at == 0 or not tokens[at][:1].isupper())
            for at, word in enumerate(words)
        ):
            return True  # (not a name or a month: "in March, April and May", "Will Smith")
        clauses = self._clause_words
        inside = own = False  # inside a clause that tells of a noun; its own verb seen
        reported = False  # inside what a participle of saying reports
        last = -2  # where the last verb stood: a verb right after it runs on ("has been known")
        for at, word in enumerate(words):
            following = words[at + 1] if at + 1 < len(words) else ""
            if word in clauses.relatives and at + 1 < len(tokens) and lower_word(tokens[at + 1]):
                if following not in self._noun_neighbours and following not in clauses.subjects:
                    inside, own, last = True, True, at + 1  # "who connect": the relative's verb
                    continue
            if word in clauses.openers or (
                word in clauses.prepositional
                and following
                and following not in self._noun_neighbours
                and not following[:1].isdigit()
                and not (at and (all(t[:1].isupper() for t in tokens[:at]) or words[at - 1] in clauses.subjects))
            ):  # (right after the name opening the sentence or a pronoun, an adverb: "Clinton once described …")
                inside, own = True, False
                continue
            if last < 0 and self._set_off_participle(raw, words, at):
                continue  # "the tape, titled “Second Warning,” in which …": tells of the noun before it
            if at and last < 0 and word in self._speech_participles and lower_word(tokens[at]):
                reported = True  # "An unnamed nurse saying “Jihadi John” was among … leaders wounded …": what the
                continue  # nurse says has its verbs, up to a comma; the nurse has none
            if len(tokens[at]) > 1 and tokens[at].isupper() and not main.isupper():
                continue  # "… against IS by the U.S.": an acronym spelt like a verb ("IS", "DID") is a name
            verb = at != last and not reported and self._verb_in_clause(raw, tokens, words, at)
            if verb and at == last + 1 and not raw[at - 1].endswith((",", ";", ":", "—")):
                last, verb = at, False  # "has been known", "was arrested": one verb
            if verb:
                last = at
                if (not inside or own) and not (inside and words[at - 1] in clauses.joining):
                    return True
                own = True
            if raw[at].endswith((",", ";", ":", "—")):
                inside = reported = False
        return False

    @cached_property
    def _speech_participles(self) -> frozenset[str]:
        """Participles of saying whose object is a clause (`[claims] reporting_participles`: "saying", "claiming")."""
        return frozenset(fold(w) for w in self.lex.words_of("claims", "reporting_participles"))

    def _verb_in_clause(self, raw: list[str], tokens: list[str], words: list[str], at: int) -> bool:
        """Is the word at `at` a verb by its form or by its neighbours (`_main_clause_verb`)?"""
        word, token = words[at], tokens[at]
        before = words[at - 1] if at else ""
        clauses = self._clause_words
        if self.finite_verb([word]):
            adjective = (
                word.endswith(self.words.past_endings)
                and before in self._noun_neighbours
                and before not in self.checkworthiness.number_words
                and not before[:1].isdigit()
                and not raw[at - 1].endswith(",")
            )  # "the uninsured rate"
            told_of = word in clauses.participles_only and not self._auxiliary_before(raw, words, at)
            return not (before in clauses.non_finite or adjective or told_of)
        if _CONTRACTED.search(word) and _CONTRACTED.sub("", word) in clauses.contracted:
            return True  # "There's a man …", "he's staying"
        if word in clauses.subjects and at + 1 < len(tokens) and lower_word(tokens[at + 1]):
            return True  # "they stay"
        if at and len(token) > 3 and self._present_in_s(raw, tokens, at):
            return True  # "The Congress owns …"
        previous = tokens[at - 1] if at else ""
        return (
            at > 1
            and lower_word(token)
            and word not in self._noun_neighbours
            and previous.isalpha()
            and len(previous) > 3
            and previous.endswith("s")
            and not previous.endswith("ss")
            and not raw[at - 1].endswith(("'", "’"))
            and not (previous[:1].isupper() and tokens[at - 2][:1].isupper())  # "Los Angeles movie", "United States"
            and fold(previous) not in self._noun_neighbours
            and self._bare_verb_after(raw, tokens, at - 1)
        )  # "some Republicans find …"

    def _set_off_participle(self, raw: list[str], words: list[str], at: int) -> bool:
        """Is the word at `at` a participle right after the sentence's first comma, in a phrase another comma closes
        ("The tape, titled “Second Warning,” …", "The company, founded in 1998, makes …")? It tells of the noun before
        the comma; a verb after a later comma is the sentence's ("Smith, 45, pleaded guilty …"), and so is one after a
        clause with a verb of its own (`_main_clause_verb` asks only before any: "A nurse who treated the wounded …,
        confirmed that …")."""
        if not at or not raw[at - 1].endswith(","):
            return False
        if any(token.endswith(",") for token in raw[: at - 1]) or not any(
            t.rstrip("\"'”’").endswith(",") for t in raw[at:]
        ):
            return False
        word = words[at]
        return word not in self.pasts and (
            word in self.participles or (len(word) > 4 and word.endswith(self.words.past_endings))
        )

    def _auxiliary_before(self, raw: list[str], words: list[str], at: int) -> bool:
        """Is the word before the one at `at` what a participle needs to be a finite verb: an auxiliary ("has shown"),
        a contraction of one ("we've seen"), a negation or an adverb between them ("has never been", "had already
        given")? Not a noun: "the one shown in an earlier video" tells of the noun."""
        if not at:
            return False
        before = words[at - 1].removesuffix("n't").removesuffix("n’t")
        return (
            before in self.words.aspect
            or bool(_CONTRACTED.search(words[at - 1]))
            or before in self.stance_negations
            or before in self._adverbs_in_clause
            or before.endswith("ly")
        )

    @cached_property
    def _clause_words(self) -> _ClauseWords:
        openers = frozenset(fold(w) for w in self.lex.words_of("claims", "clause_openers"))
        relatives = self._relatives | ({"that"} & openers)  # "… that left her friend in tears"
        return _ClauseWords(
            openers=openers,
            prepositional=frozenset(fold(w) for w in self.lex.words_of("claims", "preposition_subordinators")),
            relatives=relatives,
            subjects=frozenset(fold(w) for w in self.lex.words_of("cues", "pronouns")) - self._relatives,
            contracted=frozenset(fold(w) for w in self.lex.words_of("cues", "contracted_before_s"))
            | frozenset(fold(w) for w in self.lex.words_of("cues", "pronouns")),
            non_finite=frozenset(fold(w) for w in self.lex.words_of("claims", "non_finite_auxiliaries")),
            participles_only=frozenset(fold(w) for w in self.lex.words_of("claims", "participles_only")),
            joining=frozenset(fold(w) for w in self.lex.words_of("claims", "clause_joiners")),
        )

    def _says_a_number(self, text: str) -> bool:
        """Does a figure say something of the subject without a verb ("Defisit APBN Rp 321,6 triliun")? Not a number
        that only names something ("Perpres Nomor 66 Tahun 2025", "Pasal 48 ayat (1)": after a word that numbers
        parts, `[names] numbered_parts`, unless a unit follows it) or a year alone, or joined to the part of it it
        names ("kuartal III-2025") or to another year ("Rencana Pembangunan … 2025-2045")."""
        if not _DIGIT.search(text):
            return False
        numbers = [
            m for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group()) and not _CITED_YEAR.match(text, m.end())
        ]
        if self.checkworthiness.quantity_in(text, numbers):
            return True  # "dengan angka 82,2 persen": an amount (not "Nomor 66 Tahun 2025", how a rule is cited)
        previous = ""
        for token in text.split():
            bare = token.strip(",.;:()\"'“”‘’")
            folded = fold(bare)
            head, _, tail = bare.rpartition("-")
            # "kuartal III-2025", "2025-2045": a period
            dated = _YEAR.fullmatch(bare) or head.isalpha() and _YEAR.fullmatch(tail) or _YEARS.fullmatch(bare)
            coded = bare[:1].isalpha() and "$" not in bare  # "S1, S2, dan S3", "G20", "H5N1": a name with a digit
            if _DIGIT.search(bare) and not (previous in self._numbering or dated or coded):
                return True
            previous = folded
        return False

    @cached_property
    def _clause_adverbs(self) -> frozenset[str]:
        """Adverbs that follow the verb they qualify (`[claims] clause_adverbs`: "berkaitan langsung", "dibahas
        kembali") and may also open a predicate ("langsung menuju …")."""
        return frozenset(fold(w) for w in self.lex.words_of("claims", "clause_adverbs"))

    @cached_property
    def _adverbs_in_clause(self) -> frozenset[str]:
        """Adverbs that stand between a subject and its verb (`[speaker] trailing`: "kembali", "saat ini", "juga"):
        inside a relative clause they leave its verb still to come."""
        return frozenset(fold(part) for w in self.lex.words_of("speaker", "trailing") for part in w.split())

    @cached_property
    def _prepositions(self) -> frozenset[str]:
        """Prepositions that begin like a verb ("terhadap"): `[speaker] governing_prepositions`."""
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "governing_prepositions"))

    def _figure_in_headline(self, text: str, headline: str) -> bool:
        """Does the sentence give a figure the headline gives too ("86 orang kini ditahan di kantor polisi" under "97
        WNI Kabur dari Perusahaan Penipuan Online di Kamboja, 86 Ditahan")? The headline, shown beside the claim, names
        what the figure is of; a figure that is a year, or a number of one digit, anchors nothing."""
        if not headline:
            return False
        figures = {m.group() for m in _NUMBER.finditer(headline)}
        return any(
            m.group() in figures and len(m.group().strip(".,")) > 1 and not _YEAR.fullmatch(m.group())
            for m in _NUMBER.finditer(text)
        )

    def _uttered_act(self, words: list[str]) -> bool:
        """Does the subject perform a speech act with a verb of uttering ("Prabowo Subianto ucapkan terima kasih
        kepada …", "Kementerian Kebudayaan menyampaikan apresiasi kepada …": `[claims] uttering_verbs`,
        `uttered_acts`)? Thanks and wishes, no claim; not a statement it goes on to report ("… bahwa …")."""
        for at, word in enumerate(words[1:6], 1):
            if word in self._uttering_verbs:
                return any(tuple(words[at + 1 : at + 1 + len(act)]) == act for act in self._uttered_acts) and (
                    self._complementizer_words.isdisjoint(words[at + 1 :])
                )
        return False

    @cached_property
    def _uttering_verbs(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "uttering_verbs"))

    @cached_property
    def _complementizer_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.complementizers if " " not in w)

    @cached_property
    def _uttered_acts(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(fold(w).split()) for w in self.lex.words_of("claims", "uttered_acts"))

    @cached_property
    def _focus_adverbs(self) -> frozenset[str]:
        """Adverbs that may stand before a question word and leave it the opener (`[speaker] focus_adverbs`: "just")."""
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "focus_adverbs"))

    @cached_property
    def _question_openers(self) -> frozenset[str]:
        """Words that, opening a sentence, make it a question (`[claims] question_openers`: "apakah", "kenapa")."""
        return frozenset(fold(w) for w in self.lex.words_of("claims", "question_openers"))

    @cached_property
    def _numbering(self) -> frozenset[str]:
        """Words after which a number names a part, not an amount (`[names] numbered_parts`: "Pasal 48")."""
        return frozenset(fold(w) for w in self.lex.words_of("names", "numbered_parts"))

    def _reported_noun_phrase(self, words: list[str], text: str = "") -> bool:
        """In a language whose verbs show no prefix: is the sentence a noun phrase, the thing a cue named ("A split
        this month" of "announced a split this month", "A $20,000 reward for information …" of "offered …")? It opens
        with an article, a possessive or an object pronoun (`[claims] noun_phrase_openers`) and holds no finite verb:
        no auxiliary ("isn't" too), no past form (`irregular_pasts`, `irregular_participles`, a past ending), no
        verb in "-s" after an adverb in "-ly" ("A new video allegedly depicts …")."""
        if words and words[0] in self.words.definite and text:
            # "The credibility of the Twitter account" (what "questioned" named), "The beheading of journalist Steven
            # Sotloff": after "the", a verb in the present shows only by its "-s" ("The Congress owns …"), so no word
            # in lower case may end in one either (a plural noun may: such a phrase is kept)
            main = self._set_off_relative.sub(
                " ", text
            )  # ("The timing of the release …, which Apple previously said would
            # be in early 2015": a relative set off by commas tells of a noun; the sentence's verb is outside it)
            if main != text:
                words = [fold(w) for w in _WORD.findall(main)]
            if any(word in self.stance_negations or word in self._modals for word in words[1:]):
                return False  # "… do not avoid …", "… may be to rally …": a predicate
            raw = main.split()
            tokens = [t.strip(",.;:()\"'“”‘’—") for t in raw]
            return not self.finite_verb(words[1:]) and not any(
                self._present_in_s(raw, tokens, at) for at in range(1, len(tokens))
            )
        if not words or words[0] not in self.noun_phrase_openers:
            return False
        return not self.finite_verb(words[1:])

    @cached_property
    def _set_off_relative(self) -> re.Pattern[str]:
        """A relative clause set off by commas (`[cues] relatives`, `[speaker] object_relatives`): ", which Apple
        previously said …," up to the next comma or the end."""
        relatives = self._relatives | {fold(w) for w in self.lex.words_of("speaker", "object_relatives")}
        if not relatives:
            return re.compile(r"(?!x)x")
        return re.compile(rf",[ \t]+(?:{'|'.join(map(re.escape, sorted(relatives)))})[ \t][^,]*(?:,|$)")

    def _present_in_s(self, raw: list[str], tokens: list[str], at: int) -> bool:
        """Is the word in lower case at `at` (not the first) a verb in the present by its "-s": no "-ss", no word a noun
        follows ("its", "his"), and no preposition, article or the like before it that makes it a plural noun unless a
        word that may be its verb follows (`_noun_by_its_neighbour`, `_bare_verb_after`)?"""
        token = tokens[at]
        return (
            token.isalpha()
            and token.islower()
            and token.endswith("s")
            and not token.endswith("ss")
            and fold(token) not in self._noun_neighbours
            and (
                not (self._noun_by_its_neighbour(tokens[at - 1]) or self._counted_name_before(tokens, at))
                or self._bare_verb_after(raw, tokens, at)
            )
            and not self._adjective_after_preposition(raw, tokens, at)
        )

    def _adjective_after_preposition(self, raw: list[str], tokens: list[str], at: int) -> bool:
        """Is the word before the one at `at` a word in lower case right after a preposition (`[claims] prepositions`:
        "Russia's culpability in official | reports in October"), or an acronym ("for U.S. | airstrikes"), in one
        phrase? A preposition's object: the word in "-s" is its plural noun, the word between them its modifier."""
        if at < 2 or raw[at - 1].endswith((",", ";", ":", "—")) or raw[at - 2].endswith((",", ";", ":", "—")):
            return False
        between = tokens[at - 1]
        # (or an acronym, the noun's modifier: "in retaliation for U.S. airstrikes", "among EU officials")
        acronym = between.replace(".", "").isalpha() and between.replace(".", "").isupper() and len(between) > 1
        return fold(tokens[at - 2]) in self.lex.prepositions and (
            acronym
            or between.isalpha()
            and between.islower()
            and not between.endswith("ly")
            and fold(between) not in self._noun_neighbours
        )

    def _counted_name_before(self, tokens: list[str], at: int) -> bool:
        """Is a word in "-s" at `at` after a name or two that a quantifier or a number counts ("several U.S. | states",
        "two EU | officials", `[speaker] determiners` but "the", `[checkworthiness] number_words`)? The name is the
        noun's modifier: "The EU | says …" is not counted."""
        start = at - 1
        while start > 0 and start >= at - 2 and tokens[start][:1].isupper():
            start -= 1
        if start == at - 1 or tokens[start][:1].isupper():
            return False
        counter = fold(tokens[start])
        return counter in self._counters or counter.replace(",", "").isdigit()

    @cached_property
    def _counters(self) -> frozenset[str]:
        """Quantifiers and numbers before a noun (`[speaker] determiners` but the definite article, `[checkworthiness]
        number_words`), folded."""
        return (
            frozenset(fold(w) for w in self.lex.words_of("speaker", "determiners"))
            | frozenset(fold(w) for w in self.lex.words_of("checkworthiness", "number_words"))
        ) - self.words.definite

    def _noun_by_its_neighbour(self, before: str) -> bool:
        """Is a word in "-s" after `before` a plural noun, not a verb in the present: after a preposition, an article,
        a possessive or a word in "-ing" ("in the mouth of the harbour, dwarfing the fishing | boats", "with |
        analysts", "stoking | tensions"), where no verb stands?"""
        folded = fold(before)
        return (
            folded in self._noun_neighbours
            or (
                folded.replace(",", "").replace(".", "").isdigit() and not _YEAR_ALONE.fullmatch(folded)
            )  # "4,000 tonnes" (not "… in 2015 includes …")
            or folded.endswith(("'s", "’s", "s'"))
            or (len(folded) > 4 and folded.endswith("ing"))
        )

    def _bare_verb_after(self, raw: list[str], tokens: list[str], at: int) -> bool:
        """May the word after the plural noun at `at` be its verb in the present, which shows no "-s" ("The
        billionaires | control more than 4 percent …", "… of emails | belong to Clinton")? A word in lower case right
        after it, in the same phrase, that is no preposition, determiner, conjunction, word opening a clause ("the
        number of complaints | that the factory …": the noun's clause) or word in "-ing"."""
        if at + 1 >= len(tokens) or raw[at].endswith((",", ";", ":", "—")):
            return False
        following = tokens[at + 1]
        folded = fold(following)
        return (
            following.isalpha()
            and following.islower()
            and folded not in self._noun_neighbours
            and folded not in self._phrase_joiners
            and folded not in self._clause_words.openers
            and not folded.endswith("ing")
        )

    @cached_property
    def _phrase_joiners(self) -> frozenset[str]:
        """Conjunctions and relatives, folded (`[speaker] conjunctions`, `[cues] relatives`): no verb after a noun."""
        return self._relatives | {fold(w) for w in self.lex.words_of("speaker", "conjunctions") if " " not in w}

    @cached_property
    def _noun_neighbours(self) -> frozenset[str]:
        """Prepositions, determiners and numbers, folded (`[claims] prepositions`, `noun_phrase_openers`, `[speaker]
        determiners`, `possessive_determiners`, `[checkworthiness] number_words`): what a noun follows, no verb."""
        return frozenset(
            fold(w)
            for key in (
                ("claims", "prepositions"),
                ("claims", "noun_phrase_openers"),
                ("speaker", "determiners"),
                ("speaker", "possessive_determiners"),
                ("checkworthiness", "number_words"),
            )
            for w in self.lex.words_of(*key)
            if w.islower() and " " not in w
        ) - {"him", "her", "them", "me", "us", "it"}

    @cached_property
    def _modals(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "modals"))

    def finite_verb(self, words: list[str]) -> bool:
        """In a language whose verbs show no prefix: do the words hold a finite verb — an auxiliary ("isn't" too), a
        past form (`irregular_pasts`, `irregular_participles`, a past ending), a verb in "-s" after an adverb in
        "-ly"?"""
        return any(
            word in self.words.aspect
            or word.removesuffix("n't").removesuffix("n’t") in self.words.aspect  # "isn't", "wasn’t"
            or word in self.pasts
            or (word in self.participles or (len(word) > 4 and word.endswith(self.words.past_endings)))
            # (a participle right after an article or a possessive modifies the noun after it: "the armed group",
            # "an elected official", "her stolen car": `[claims] participle_modifier_openers`)
            and not (at > 0 and words[at - 1] in self.participle_modifier_openers)
            or (at > 0 and word.endswith("s") and not word.endswith("ss") and words[at - 1].endswith("ly"))
            for at, word in enumerate(words)
        )

    def _verb(self, token: str, after_comma: bool = False) -> bool:
        """A verb inside the sentence: by its prefix, not a root word that begins like one ("besar", "berita",
        "menteri"), a participant ("tersangka"), a quantifier ("berbagai") or a preposition after a comma ("…,
        termasuk keberatan"; "BPJS termasuk dalam daftar …" says where BPJS is); by a verb's suffix on a root
        ("sesuaikan"); or a cue word ("mengaku", "kata"). A capitalised word is a name or the sentence's opening,
        asked elsewhere."""
        folded = fold(token)
        if not token[:1].islower() or len(folded) <= 4:
            return False
        if folded in self.names.cue_words:
            return True
        if folded.startswith(self.names.verb_prefixes):
            return (
                folded not in self.names.roots
                and folded not in self.names.function_words
                and folded not in self._prepositions  # "terhadap"
                and folded not in self.words.participants
                and folded not in self.words.quantifiers
                and not (after_comma and (folded in self.words.openers or folded in self.words.collective_prepositions))
            )
        return any(
            folded.endswith(suffix) and folded[: -len(suffix)] in self.names.roots for suffix in self.words.object_focus
        )

    def _not_self_contained(self, text: str, article: str = "", headline: str = "") -> bool:
        return bool(self.why_not_self_contained(text, article, headline=headline))

    def why_not_self_contained(self, text: str, article: str = "", named: bool = True, headline: str = "") -> str:
        """Does the sentence lean on what is around it or claim nothing: a subject it leaves to a pronoun or a
        demonstrative ("Capaian ini …", "kami masih …"), no main clause ("Untuk mempercepat …", "Berkaitan
        dengan …"), no subject at all ("Memerintahkan Kementerian …", "Telah mengirimkan …"), a thing the
        article named before ("proyek tersebut", "isu itu"), someone's own account ("… saya tidak dikasih
        apa-apa"), a question, or an aside in conversation ("itu kan bagus")?"""
        words = self._claim_words(text)
        if not words or not any(len(token) > 3 and token.islower() for token in text.split()):
            return "nothing_claimed"  # a title or a name alone ("Menteri Keuangan"): nothing is claimed of it
        if not self._predicated(text, words):
            # a noun phrase ("Potensi besar blok Andaman …", "Salam khusus dari Presiden"): no claim
            return "no_predicate"
        if (
            named
            and not self.named.first_in(text, article)
            and not any(word in self.comparisons for word in words)
            and not self._figure_in_headline(text, headline)
        ):
            # names no one and nothing: "Kebakaran terjadi Kamis (9/10) …" (which fire?); but how a figure moved
            # is checked against the speaker's own figures ("Utang pemerintah naik 5 persen", "Prices doubled")
            return "names_nothing"
        if any(tuple(words[: len(act)]) == act for act in self.words.speech_acts) or self._uttered_act(words):
            return "speech_act"  # "Terima kasih atas kehadiran …", "Silakan dikelola …": thanks, an invitation
        if self._opens_with_past(text):
            return "opens_with_past"  # "described Tawil as a boy", "continued to lecture …": whose act is left out
        if self._opens_with_passive_agent(text, words):
            return "opens_with_passive"  # "Dijaga oleh 10 anggota TNI …": what was guarded is left out
        if self._pronoun_before_a_name(text, words, article):
            return "pronoun_before_name"  # "A brown bear jumped on him …": who?
        if words[0] in self.words.openers:
            # a condition's clause is not asserted; "Jika dibandingkan dengan …" compares (`comparisons`)
            condition = words[0] in self._conditionals and not (len(words) > 1 and words[1] in self.comparisons)
            adjunct = "" if condition else self._adjunct_before_clause(text, article)
            if not adjunct:
                return "no_main_clause"  # "Untuk mempercepat transisi …", "Berkaitan dengan …", "Jika …, maka …"
            return "pointing" if self._points_back(self._claim_words(adjunct)) else ""
        if self._opens_with_verb(text, words):
            return "opens_with_verb"
        if words[0] in self.words.aspect and not (len(words) > 1 and words[1] in self.words.existential):
            return "aspect_opening"  # "Telah mengirimkan surat …": whose act is left out
        if self._adverb_then_verb(words) or self._comparison_without_subject(words):
            return "aspect_opening"  # "Baru mengetahui …", "Secara sistematis lebih rendah daripada …": of what?
        if (
            text.rstrip(" \"”'").endswith("?")
            or words[-1] in self.checkworthiness.questions.words
            or words[0] in self._question_openers  # "Kenapa tiba-tiba KPU menerbitkan PKPU": asked, not stated
            or len(words) > 1
            and words[0] in self._focus_adverbs
            and words[1] in self._question_openers  # "Just how the UK and US measures up …": the question still
        ):
            return "question"  # a question, asked or reported ("Orang yang mau setia melayani siapa")
        last = "".join(fold(w).strip(",.;:!?\"”'") for w in text.split()[-1:])
        if last in self._cut_off_after or (last in self.words.controlled and text.split()[-1][:1].islower()):
            # cut off: "… belum pernah melihat yang", "… dikerahkan untuk"; its verb left to what was said before
            # ("…, nampaknya FOMC belum"; not a name's word: "… di Jawa Tengah")
            return "cut_off"
        if self._participant_subject(words):
            return "participant"  # "Tersangka telah ditahan", "Korban yang telah mengirimkan uang …": whose case?
        if self._bare_act_carried_out(words):
            return "pointing"  # "Penyitaan dilakukan pada Senin (7/7) lalu …": which seizure?
        if (
            any(word in self.words.pointing for word in words[:4])
            or self.words.anaphoric in words
            or self._noun_said_before(words)
            or self._same_time(text)
        ):
            return "pointing"
        if any(
            word in self.words.collectives and (at == 0 or words[at - 1] in self.words.collective_prepositions)
            for at, word in enumerate(words[:-1])
        ):
            # "Ketiga lokasi …", "Kebutuhan di ketiga lokasi …": which three? ("tahap kedua" is no set)
            return "collective"
        if self._possessed_subject(text, words):
            return "clitic"
        if any(word in self.words.personal or word in self.words.colloquial for word in words):
            return "personal"
        return "demonstrative" if any(word in self.words.demonstratives for word in words[1:]) else ""
