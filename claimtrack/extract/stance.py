"""Whether a statement asserts or denies: a denial cue, or content that calls something untrue."""

from __future__ import annotations

from claimtrack.extract.phrases import Words, WordSet, words_of
from claimtrack.lexicon import Lexicon


_ONE_DENIAL = 40  # words: a denial says one thing; longer contents hold several


class Stance:
    def __init__(self, lex: Lexicon):
        self.language = lex.code
        self.deny_content = WordSet(lex.words_of("stance", "deny_content"))
        self.support_cues = frozenset(w.casefold() for w in lex.words_of("stance", "support_cues"))
        self.support_content = WordSet(lex.words_of("stance", "support_content"))
        self.anaphora = lex.anaphora
        self.pointers = WordSet(lex.words_of("stance", "anaphora"))

    def of(self, content: "str | Words", cue_denies: bool) -> str:
        """`deny` when the cue denies, or the content calls something untrue; a long content (several
        sentences, a speech) with such a word somewhere is no denial of one thing, and asserts."""
        if cue_denies:
            return "deny"
        words = words_of(content)
        return "deny" if len(words.words) <= _ONE_DENIAL and self.deny_content.found_in(words) else "assert"

    def confirms(self, cue: str, content: str) -> bool:
        """Does the statement confirm something said before ("membenarkan", "senada", "confirmed")?"""
        return cue.casefold() in self.support_cues or self.support_content.found_in(content)

    def without_verdict(self, content: str) -> str:
        """The content with the words that deny or confirm, and those that point at what was said ("tuduhan",
        "the accusation"), taken out: what is left is what it is about."""
        return self.pointers.remove_from(self.support_content.remove_from(self.deny_content.remove_from(content)))

    def points_back(self, content: str) -> bool:
        """Does the content refer to something said elsewhere ("tuduhan Barat itu", "the claim")?"""
        return bool(self.anaphora.search(content))
