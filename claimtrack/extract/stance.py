"""Whether a statement asserts or denies: a denial cue, or content that calls something untrue."""

from __future__ import annotations

import re

from claimtrack.extract.names import name_words
from claimtrack.extract.phrases import Words, WordSet, surely_without, tokens, words_of
from claimtrack.lexicon import Lexicon, compile_phrases, phrase_pattern
from claimtrack.textutil import fold

_ONE_DENIAL = 40  # words: a denial says one thing; longer contents hold several
_CLAUSE_END = re.compile(r"[,.;:!?(]")  # (a bracket opens an aside: "Tidak benar (mencabuli murid).")


class Stance:
    def __init__(self, lex: Lexicon):
        self.language = lex.code
        self.deny_content = WordSet(lex.words_of("stance", "deny_content"))
        # phrases that hold a verdict's word and pass none: "lying in a pool of blood"
        self.not_denying = WordSet(lex.words_of("stance", "not_denying"))
        # verdicts that also qualify a noun ("pelat palsu", "sumber yang keliru"): a verdict only as a predicate
        self.attributive = frozenset(w.casefold() for w in lex.words_of("stance", "attributive_verdicts"))
        self.predicators = frozenset(w.casefold() for w in lex.words_of("stance", "verdict_predicators"))
        self.support_cues = frozenset(w.casefold() for w in lex.words_of("stance", "support_cues"))
        self.possessive_endings = tuple(lex.words_of("cues", "possessive_endings"))
        self.confirmed_with = frozenset(w.casefold() for w in lex.words_of("stance", "confirmed_with"))
        self.support_content = WordSet(lex.words_of("stance", "support_content"))
        self.anaphora = lex.anaphora
        self.pointers = WordSet(lex.words_of("stance", "anaphora"))
        # the first word of each: a content in ASCII that holds none of them as letters points back at nothing
        self._pointer_starts = tuple({p.split()[0].lower() for p in lex.words_of("stance", "anaphora") if p.strip()})
        self.negations = frozenset(w.casefold() for w in lex.words_of("stance", "negations"))
        # words that may stand before a verdict said of what was said just before: "dan itu tidak benar"
        self.fillers = frozenset(w.casefold() for w in lex.words_of("stance", "verdict_fillers"))
        self.deny_cues = frozenset(w.casefold() for w in lex.deny_cues)
        self._deny_cue_words = WordSet(lex.deny_cues)
        # what a denial says a video only made it look like follows these: "seolah-olah P", "as if P"
        self._purported = compile_phrases(lex.words_of("stance", "purported"))
        self._names = name_words(lex.code)
        self.relatives = frozenset(w.casefold() for w in lex.words_of("cues", "relatives"))
        self.complementizers = frozenset(w.casefold() for w in lex.complementizers)
        self.reported_proposition = re.compile(
            phrase_pattern(lex.words_of("stance", "anaphora")) + r"\s+" + phrase_pattern(lex.complementizers)
        )

    def of(self, content: "str | Words", cue_denies: bool) -> str:
        """`deny` when the cue denies, or the content calls something untrue; a long content (several
        sentences, a speech) with such a word somewhere is no denial of one thing, and asserts."""
        if cue_denies:
            return "deny"
        words = words_of(content)
        if len(words.words) > _ONE_DENIAL:
            return "assert"
        verdict = self.deny_content.first_in(words)
        if verdict and self.not_denying.found_in(words):
            verdict = self.deny_content.first_in(self.not_denying.remove_from(words.text))
        if not verdict:
            return "assert"
        if verdict in self.attributive:
            verdict = self._predicative_verdict(words)
            if not verdict:
                return "assert"  # "pelat dinas palsu tersebut", "informasi palsu atau hoax": a kind of thing
        # "tidak mengada-ada", "not a lie": a negated verdict affirms
        head = words.joined.split(f" {verdict} ", 1)[0].split()
        if self.negations.intersection(head[-2:]):
            return "assert"
        if not head and self._subject_of_a_clause(words, verdict):
            return "assert"  # "hoaks semacam itu mudah menyebar": said of hoaxes, not of anything said
        # the verdict must be said of something said: pointed at ("kabar itu hoaks", "video tersebut adalah hoax"),
        # or nothing but a pointer or a copula before it ("itu tidak benar", "Hoaks."); said of anything else it
        # is an accusation or a wish ("pelaporannya tidak sesuai dan tidak benar", "agar publik tak berpikiran
        # yang tidak benar"), which asserts
        first = words.written[0] if words.written else ""
        # a content opening with a verb has the speaker for subject, and what was said for object: "mendapat laporan
        # … ada yang melakukan praktik tidak benar" passes no verdict on the reports
        said_of = not (self._names.predicate(first) and not self.pointers.first_in(Words(first)))
        if said_of and (self.points_back(words.text) or self._pointer_opening(words.written[:3])):
            return "deny"  # ("tuduhan kekurangan pembayaran bea masuk merupakan tidak berdasar": what was said, named)
        return "deny" if all(w in self.predicators or w in self.fillers for w in head[-2:]) else "assert"

    def _pointer_opening(self, opening: list[str]) -> bool:
        """Is one of the content's first words a pointer at something said ("kabar itu hoaks", "the report is
        false", "That is a lie")? A pointer that also opens a clause ("that": `complementizers`, `[cues] relatives`)
        points only as the first word: "Every call that comes in is … a series of lies" passes no verdict."""
        for at, word in enumerate(opening):
            if not self.pointers.first_in(Words(word)):
                continue
            if at and fold(word) in self.relatives | self.complementizers:
                continue
            return True
        return False

    def _subject_of_a_clause(self, words: Words, verdict: str) -> bool:
        """Does the verdict opening the content head its clause's subject, a verb following it in the same clause
        ("hoaks semacam itu mudah menyebar", "hoaks tentang vaksin terus beredar")? Then it names a kind of thing
        and what is said is said of it. Only where verbs can be told by their form (`[names] verb_prefixes`), and
        not past a relative or a complementizer, nor when another verdict follows ("Hoaks yang beredar itu tidak
        benar", "tidak benar bahwa …" keep their verdict)."""
        if not self._names.verb_prefixes:
            return False
        clause = _CLAUSE_END.split(words.text, 1)[0]
        rest = tokens(clause)[len(verdict.split()) :]
        if self.deny_content.found_in(" ".join(rest)):
            return False
        for word in rest:
            if word in self.relatives or word in self.complementizers:
                return False
            # (a root is no verb by its form: "besar")
            if self._names.predicate(word) and word not in self._names.roots:
                return True
        return False

    def _predicative_verdict(self, text: Words) -> str:
        """The first verdict said of something rather than naming a kind of thing: after a copula or a
        demonstrative ("video tersebut adalah hoax", "berita itu bohong"), opening the content, or one the
        lexicon never uses of a noun ("tidak benar"); "" when every verdict qualifies a noun."""
        words = text.words
        for at, word in enumerate(words):
            if word in self.deny_content.words and (
                word not in self.attributive or at == 0 or words[at - 1] in self.predicators
            ):
                return word
        multi = self.deny_content.multi
        return next(
            (phrase.strip() for first in multi.keys() & set(words) for phrase in multi[first] if phrase in text.joined),
            "",
        )

    def names_what_it_denies(self, cue: str, content: str) -> bool:
        """Does the statement say what it denies: by its cue ("membantah bahwa P", "denied that P") or by a
        pointing word with what it points at ("Tuduhan bahwa P adalah kebohongan", "the claim that P is false")?"""
        return (
            self.denies_by_cue(cue) or bool(self.reported_proposition.search(content)) or bool(self.purported(content))
        )

    def denies_by_cue(self, cue: str) -> bool:
        """Is the cue itself a denial ("membantah", "denied")? Then what follows is what is denied; a denial
        by its words ("itu hoaks") is a verdict on something said elsewhere."""
        return cue.casefold() in self.deny_cues

    def reports_denial(self, content: str) -> bool:
        """Does the content report a denial in its own words, with a deny cue ("Korovin categorically denies taking the
        selfie", "Kremlin membantah …")?"""
        return self._deny_cue_words.found_in(content)

    def confirms(self, cue: str, content: str) -> bool:
        """Does the statement confirm something said before ("membenarkan", "senada", "confirmed")?"""
        return cue.casefold() in self.support_cues or self.support_content.found_in(content)

    def confirms_by_cue(self, cue: str) -> bool:
        """Is the cue itself one of confirming ("membenarkan", "confirmed", "echoed")? Then what it confirms was said
        before; "confirmed" inside what someone said ("an investigator had confirmed that …") reports another's."""
        return cue.casefold() in self.support_cues

    def whose_words(self, content: str) -> str:
        """The person whose words a confirmation names as what it confirms: a name with a possessive opening it
        ("Pence's suggestion that …", "Mr. Putin's justification of …"; `[cues] possessive_endings`), or after a
        word that names whom one agrees with ("with Mr. Trump on the issue"; `[stance] confirmed_with`); "" for
        none."""
        words = content.split()
        agreed_with = bool(words) and words[0].casefold() in self.confirmed_with
        name: list[str] = []
        for word in words[agreed_with : agreed_with + 5]:
            if not word[:1].isupper():
                break
            for ending in self.possessive_endings:
                if word.endswith(ending) and len(word) > len(ending):
                    return " ".join([*name, word[: -len(ending)]])
            name.append(word)
        return " ".join(name) if agreed_with else ""

    def without_verdict(self, content: str) -> str:
        """The content with the words that deny or confirm, and those that point at what was said ("tuduhan",
        "the accusation"), taken out: what is left is what it is about."""
        return self.pointers.remove_from(self.support_content.remove_from(self.deny_content.remove_from(content)))

    def purported(self, content: str) -> str:
        """What a denial says was only made to look so, up to the end of its sentence ("video yang menampilkan
        seolah-olah P itu hoax": P), its verdict taken out; "" when it names no such thing."""
        found = self._purported.search(content)
        if found is None:
            return ""
        rest = content[found.end() :]
        end = re.search(r"[.!?](?:\s|$)", rest)
        return self.without_verdict(rest[: end.start()] if end else rest).strip()

    def opens_pointing_back(self, content: str) -> bool:
        """Does the content open by pointing at something said, as the object of its cue ("confirmed the report",
        "backed those claims", "membenarkan kabar penangkapan itu"): a pointer within its first two words?"""
        found = self.anaphora.search(content)
        if found is None:
            return False
        opening = content.split()[:2]
        return found.start() <= len(" ".join(opening))

    def points_back(self, content: str) -> bool:
        """Does the content refer to something said elsewhere ("tuduhan Barat itu", "the claim")?"""
        return not surely_without(content, self._pointer_starts) and bool(self.anaphora.search(content))
