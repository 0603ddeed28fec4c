"""Whether a statement asserts or denies: a denial cue, or content that calls something untrue."""

from __future__ import annotations

from claimtrack.lexicon import Lexicon


def stance(lex: Lexicon, cue: str, content: str, cue_denies: bool) -> str:
    if cue_denies or lex.deny_content.search(content):
        return "deny"
    return "assert"


def points_back(lex: Lexicon, content: str) -> bool:
    """Does the content refer to something said elsewhere ("tuduhan Barat itu", "the claim")?"""
    return bool(lex.anaphora.search(content))
