"""What a noun phrase that points back stands for, as the article described it before.

A claim whose subject is "janji itu" or "program ini" cannot be checked on its own; the article often named the
thing a few sentences earlier with the same words and a description after them ("janji 19 juta lapangan pekerjaan",
"program BLT Kesra"). The claim's wording takes that description in place of the demonstrative — only from the
nearest mention of the same words, only a specific description (a name or a figure; after one noun, set right after
it), never for shell nouns ("data ini", "angka tersebut": their referent is told in other words) nor from the end of
a name. Otherwise the sentence stays as it is, and the claim vague: no guess. Blind hand check 14 found one fill in
eight wrong before these limits (docs/claims.md).

Languages whose demonstratives follow the noun (`[claims] pointing_back_after_noun`); none for the others.
"""

from __future__ import annotations

import re
from functools import cached_property

from claimtrack.extract.names import name_words
from claimtrack.lexicon import Lexicon
from claimtrack.textutil import fold

_TOKEN = re.compile(r"[\w'’%.,/-]*\w|[,.;:!?()\"“”]")
_SENTENCE_END = frozenset({".", "!", "?", ":", '"', "“", "”"})
_LOOK_BACK = 2500  # characters before the statement: the paragraphs just before it
_MAX_DESCRIPTION = 10  # words taken after the phrase
_MAX_PHRASE = 4  # words of the pointing phrase before its demonstrative


class Antecedents:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.names = name_words(lex.code)

    @cached_property
    def demonstratives(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("claims", "pointing_back_after_noun"))

    @cached_property
    def _pointing(self) -> re.Pattern[str] | None:
        """A sentence that opens with a noun phrase and a demonstrative after it: "Kegiatan tambang itu …"."""
        if not self.demonstratives:
            return None
        alternatives = "|".join(sorted(re.escape(d) for d in self.demonstratives))
        return re.compile(
            rf"^(?P<phrase>[\w-]+(?:\s+[\w-]+){{0,{_MAX_PHRASE - 1}}}?)\s+(?P<demonstrative>{alternatives})\b",
            re.IGNORECASE,
        )

    @cached_property
    def _stops(self) -> frozenset[str]:
        """Words that end a description: a relative, a conjunction, a complementizer, a cue, an auxiliary, a
        demonstrative, a pronoun."""
        words = (
            *self.lex.words_of("cues", "relatives"),
            *self.lex.words_of("speaker", "conjunctions"),
            *self.lex.complementizers,
            *self.lex.words_of("claims", "aspect_openers"),
            *self.lex.words_of("claims", "demonstratives"),
            *self.lex.words_of("claims", "pointing_back_after_noun"),
            *self.lex.pronouns,
            # a clause's or a purpose's opening: "… dengan asumsi …", "… untuk ekonomi domestik …"
            *self.lex.words_of("claims", "fragment_openers"),
            *self.lex.words_of("names", "agent_markers"),  # "… korupsi oleh Kejaksaan …": the agent of a verb
        )
        return frozenset(fold(w) for w in words if " " not in w.strip())

    @cached_property
    def _shells(self) -> frozenset[str]:
        """Shell nouns ("data", "angka", "langkah", "kabar"): what they point back to is a figure, a fact or a step
        told in other words, so the same noun written before is no sure description of it (`[claims] shell_nouns`)."""
        return frozenset(fold(w) for w in self.lex.words_of("claims", "shell_nouns"))

    @cached_property
    def _others(self) -> frozenset[str]:
        """Words that make the phrase before them another thing: "pengadilan dunia lainnya" is not "pengadilan itu"."""
        return frozenset(fold(w) for w in self.lex.words_of("claims", "other_than"))

    @cached_property
    def _times(self) -> frozenset[str]:
        """Words that begin when something happened ("Senin", "Oktober", "pukul", "pekan"), not what it is."""
        words = (
            *self.lex.words_of("dates", "weekdays"),
            *self.lex.numbers("dates", "months"),
            *self.lex.words_of("dates", "time_markers"),
            *(phrase.split()[0] for phrase in self.lex.table("dates", "normalize")),
        )
        return frozenset(fold(w) for w in words)

    @cached_property
    def _time_phrases(self) -> frozenset[str]:
        """Two-word time phrases with a demonstrative ("tahun ini", "saat itu"): `[claims] time_phrases`."""
        return frozenset(fold(w) for w in self.lex.words_of("claims", "time_phrases") if len(w.split()) == 2)

    @cached_property
    def _not_openers(self) -> frozenset[str]:
        """Words a described noun phrase does not open with: what points vaguely ("hal itu"), what opens a clause
        or a fragment ("saat itu", "untuk itu"), time ("tahun ini")."""
        words = (
            *(w.split()[0] for w in self.lex.words_of("claims", "vague_subjects")),
            *self.lex.words_of("claims", "fragment_openers"),
            *self.lex.words_of("claims", "discourse_markers"),
            *(w.split()[0] for w in self.lex.words_of("claims", "time_phrases")),
        )
        return frozenset(fold(w) for w in words) | self._times

    def resolve(self, sentence: str, before: str) -> str:
        """`sentence` with a pointing subject ("Kegiatan tambang itu …") given the description the article wrote
        before it (`before`: the document up to the statement); the sentence unchanged when there is none."""
        pattern = self._pointing
        if pattern is None:
            return sentence
        found = pattern.match(sentence)
        if found is None:
            return sentence
        phrase = found.group("phrase").split()
        folded = [fold(w) for w in phrase]
        if (
            folded[0] in self._not_openers
            or folded[0] in self.names.function_words  # "Setelah itu …": after that, no noun phrase
            or folded[0] in self.names.openers
            or folded[0] in self._shells  # the head of an Indonesian noun phrase comes first: "Jumlah pengawas …"
            or any(w in self._stops for w in folded)
            or len(folded[-1]) < 3
        ):
            return sentence
        if f"{folded[-1]} {fold(found.group('demonstrative'))}" in self._time_phrases:
            return sentence  # "DJP Jateng II tahun ini …": the present, not a pointer
        if any(w[:1].isupper() for w in phrase[1:]):  # a name is no description to complete …
            if self._named_by_its_last_word(phrase, folded, before):
                # … it says which thing is meant: "Program BLTS ini akan menjangkau …" → "Program BLTS akan …"
                return f"{found.group('phrase')}{sentence[found.end() :]}"
            return sentence
        description = self._description(folded, before[-_LOOK_BACK:])
        if not description:
            return sentence
        opening = found.group("phrase")
        return f"{opening} {description}{sentence[found.end() :]}"

    def _named_by_its_last_word(self, phrase: list[str], folded: list[str], before: str) -> bool:
        """Does the pointing phrase end on a name, so that the demonstrative after it adds nothing ("Musibah tambang
        di Magetan ini", "Program BLTS ini")? Not a demonstrative after a common noun ("Utang Indonesia di proyek
        itu": which project?), nor after a time ("di Oktober ini"), nor a phrase a negation or an auxiliary opens
        ("Bukan OTT itu")."""
        last = phrase[-1]
        return (
            last[:1].isupper()
            and folded[-1] not in self._times
            and not (folded[-1].isdigit() and len(folded[-1]) == 4)
            and folded[0] not in self._negations
            and self._a_name(last, before)
        )

    @cached_property
    def _negations(self) -> frozenset[str]:
        words = (*self.lex.words_of("stance", "negations"), *self.lex.words_of("claims", "aspect_openers"))
        return frozenset(fold(w) for w in words)

    def _a_name(self, word: str, before: str) -> bool:
        """Does a capitalised word inside the phrase name one thing: a word written with its capital ("Program Makan
        Bergizi Gratis ini", "RS Adhyaksa ini"), not an institution's kind ("RS ini": which hospital?); an acronym
        only where the article spelt it out as a name ("Bantuan Langsung Tunai Sementara (BLTS)"), since many stand
        for a kind of thing ("tindak pidana pencucian uang (TPPU)", "kasus TPPU ini")."""
        if fold(word) in self.lex.organization_heads:
            return False
        if not word.isupper():
            return True
        spelt_out = re.search(rf"(?:[A-Z][\w-]*\s+){{1,7}}\({re.escape(word)}\)", before)
        return spelt_out is not None

    def _description(self, phrase: list[str], before: str) -> str:
        """The words that followed `phrase` the last time the text wrote it, if they describe it specifically ("" if
        not): only the nearest mention counts, since an earlier one may be of another thing of that kind."""
        if before.isascii():  # (a word of one run the window does not hold, in any case, is not there to find)
            lowered = before.lower()
            if any(" " not in word and word not in lowered for word in phrase):
                return ""
        tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(before)]
        folded = [fold(t) for t, _ in tokens]
        size = len(phrase)
        for at in range(len(tokens) - size - 1, -1, -1):
            if folded[at : at + size] != phrase:
                continue
            if at and tokens[at - 1][0][:1].isupper() and tokens[at - 1][0] not in _SENTENCE_END:
                continue  # the end of a name ("Tempat Pengolahan Sampah Terpadu"), not the thing itself
            if tokens[at][0][:1].isupper() and at and tokens[at - 1][0] not in _SENTENCE_END:
                continue  # a capital inside a sentence: a name's word
            words = self._after(tokens, at + size)
            specific = any(w[:1].isupper() for w in words) or any(w[:1].isdigit() for w in words[:-1])
            # one noun takes only a name or a figure set right after it ("Pembunuhan Riky Saputra", "Janji 19 juta
            # lapangan pekerjaan"), not a place or a time after a preposition ("Inflasi di Malaysia" of a list)
            apposed = size > 1 or bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit())
            if not words or not specific or not apposed or any(fold(w) in self._others for w in words):
                return ""  # "pengadilan dunia lainnya": another court than the one meant
            return " ".join(words)
        return ""

    def _after(self, tokens: list[tuple[str, int]], start: int) -> list[str]:
        """The description after a phrase: capitalised words, numbers, adjectives and prepositional phrases, up to
        punctuation, a predicate (a verb by its prefix), or a word that ends a noun phrase."""
        words: list[str] = []
        for token, _ in tokens[start : start + _MAX_DESCRIPTION + 1]:
            folded = fold(token)
            if not token[:1].isalnum():
                break
            if token[:1].islower() and (folded in self._stops or self.names.predicate(token)):
                break
            if folded in self._times or folded.isdigit() and len(folded) == 4:
                break  # "… di hutan lindung IKN pada Senin", "… pada 2024": when, not what
            words.append(token)
        if len(words) > _MAX_DESCRIPTION:
            return []  # a whole clause, not a description
        while words and fold(words[-1]) in self.names.function_words:
            words = words[:-1]  # a preposition left hanging: "… di"
        return words
