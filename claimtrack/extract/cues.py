"""Cue patterns compiled from a lexicon: the verbs and phrases that introduce what someone said."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from claimtrack.extract.phrases import PhraseTable
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

# the words that join an outlet's or a body's name whom something was told ("the Times of India", "Center for …")
NAME_CONNECTORS = ("of", "for")
_NAME_GOES_ON = re.compile(rf"[ \t]+(?:{'|'.join(NAME_CONNECTORS)})[ \t]+[A-Z]")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str  # speech, deny, post, according, circulating
    pronoun_suffix: bool = False  # "katanya", "ujarnya": the speaker is a pronoun inside the cue

    @property
    def denies(self) -> bool:
        return self.kind == "deny"


class CuePatterns:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    @cached_property
    def suffixed(self) -> tuple[str, ...]:
        """Cues with a pronoun attached (Indonesian "katanya", "ujarnya"), and those listed so ("bebernya")."""
        suffixes = self.lex.pronoun_suffixes
        derived = tuple(f"{cue}{s}" for s in suffixes for cue in self.lex.post_cues if not cue.endswith(s))
        return derived + tuple(cue for cue in self.lex.post_cues if cue.endswith(suffixes))

    @cached_property
    def table(self) -> PhraseTable:
        return PhraseTable(
            [
                ("circulating", self.lex.circulating),
                ("deny", self.lex.deny_cues),
                ("according", self.lex.according_to),
                ("suffixed", self.suffixed),
                ("speech", self.lex.speech_cues),
                ("post", self.lex.post_cues),
            ]
        )

    def find(self, text: str, start: int, end: int) -> list[Cue]:
        found = []
        for match, kind in self.table.finditer(text, start, end):
            cue_end, words = match.end(), match.group().split()
            if len(words) > 1 and words[-1][:1].isupper() and _NAME_GOES_ON.match(text, cue_end):
                # "told the Times of India …": a listed cue with an outlet's name ("told the Times") whose name goes
                # on is another outlet's; the verb alone is the cue, and whom it was told is read as any other
                cue_end = match.start() + len(words[0])
            found.append(
                Cue(
                    match.start(),
                    cue_end,
                    text[match.start() : cue_end],
                    "post" if kind == "suffixed" else kind,
                    pronoun_suffix=kind == "suffixed",
                )
            )
        return found

    @cached_property
    def post_set(self) -> frozenset[str]:
        return frozenset(fold(c) for c in self.lex.post_cues)

    @cached_property
    def speech_set(self) -> frozenset[str]:
        """Cues of one word that follow their speaker ("said", "claims", "mengatakan")."""
        return frozenset(fold(c) for c in (*self.lex.speech_cues, *self.lex.post_cues) if " " not in c.strip())

    def inverts(self, cue: Cue) -> bool:
        """May the speaker come right after this cue, after what was said ("…," said Smith / "…," kata Lavrov)? Only
        for the verbs listed as following what was said (`[cues] post`)."""
        return fold(cue.text) in self.post_set

    def can_follow_content(self, cue: Cue) -> bool:
        """May this cue come after what was said ("…," kata X / …, X said)? Not a cue of wanting (`[cues]
        wanting_cues`): "… groping women whenever he wanted" ends a clause, it reports nothing before it."""
        if fold(cue.text) in self._wanting:
            return False
        return cue.kind in ("post", "deny", "according") or fold(cue.text) in self.post_set or cue.kind == "speech"

    @cached_property
    def _wanting(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "wanting_cues"))

    @cached_property
    def complementizer(self) -> re.Pattern[str]:
        """What opens a content before what was said: a complementizer, not a pronoun with a clitic after it ("says
        that's part of …", "said that'll be the last": "that" is the subject), nor a demonstrative right before an
        auxiliary (`[cues] demonstrative_complementizers`, `[claims] aspect_openers`: "Podesta said that wasn't a useful
        comparison")."""
        demonstratives = self.lex.words_of("cues", "demonstrative_complementizers")
        bare = self.lex.words_of("claims", "aspect_openers")
        auxiliaries = [*bare, *(f"{a}n't" for a in bare), *(f"{a}n’t" for a in bare)]
        # (the auxiliary in lower case, as written: "claims that IS now supplies …" names the Islamic State)
        lowered = "|".join(re.escape(a) for a in sorted(auxiliaries, key=len, reverse=True))
        subject = (
            rf"(?<!\w)(?:{phrase_pattern(demonstratives)})[ \t]+(?:{lowered})(?![\w'’])"
            if demonstratives and auxiliaries
            else r"(?!x)x"
        )
        return re.compile(rf"[\s,:]*(?:(?!{subject})(?:{phrase_pattern(self.lex.complementizers)})(?!['’]\w))?[\s,:]*")
