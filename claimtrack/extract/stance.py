"""Whether a statement asserts or denies: a denial cue, or content that calls something untrue."""

from __future__ import annotations

from claimtrack.extract.phrases import Words, WordSet
from claimtrack.lexicon import Lexicon


class Stance:
    def __init__(self, lex: Lexicon):
        self.deny_content = WordSet(lex.words_of("stance", "deny_content"))
        self.anaphora = lex.anaphora

    def of(self, content: "str | Words", cue_denies: bool) -> str:
        """`deny` when the cue or the content denies, else `assert`."""
        return "deny" if cue_denies or self.deny_content.found_in(content) else "assert"

    def points_back(self, content: str) -> bool:
        """Does the content refer to something said elsewhere ("tuduhan Barat itu", "the claim")?"""
        return bool(self.anaphora.search(content))
