"""Which of a document's statements make claims, and the match keys they are looked up by.

- an assertion's propositions that are check-worthy enough, stand on their own and are long enough start
  claims; any that stands on its own may join one;
- a denial is matched whole on what it denies (its verdict taken out); a denial by its cue ("membantah
  telah …", "denied that …") whose denied proposition is such a claim and answers nothing tracked makes that
  claim — the accusation — with the denial contradicting it and no one asserting it.
"""

from __future__ import annotations

import re
from functools import cache

from claimtrack.config import settings
from claimtrack.extract import Extraction
from claimtrack.extract.result import Proposition
from claimtrack.extract.result import Statement as ExtractedStatement
from claimtrack.extract.stance import Stance
from claimtrack.lexicon import lexicon
from claimtrack.match import match_key
from claimtrack.textutil import fold

_WORDS = re.compile(r"\w+")


def claim_worthy(statement: ExtractedStatement) -> list[tuple[int, Proposition]]:
    """The statement's propositions that become claims, by their number: an assertion's sentences that are
    check-worthy enough, stand on their own, and are long enough."""
    if statement.stance != "assert":
        return []
    return _worthy(statement)


def accused(statement: ExtractedStatement, language: str) -> list[tuple[int, Proposition]]:
    """What a denial by its cue denies, where it would be a claim ("Budi membantah telah mencabuli muridnya":
    "Budi telah mencabuli muridnya"); nothing for a denial by its words ("itu hoaks"), whose content is its
    own verdict, nor for one whose denied words do not stand on their own ("menepis informasi tersebut")."""
    if statement.stance != "deny" or not stance_of(language).denies_by_cue(statement.cue):
        return []
    return _worthy(statement)


def bare_cue(cue: str) -> str:
    """A cue folded, without the auxiliary of its progressive ("are urging" → "urging", `[cues]
    progressive_auxiliaries`): what the lists of requesting and reporting cues hold."""
    folded = fold(cue)
    for auxiliary in _progressive_auxiliaries():
        if folded.startswith(auxiliary + " "):
            return folded[len(auxiliary) + 1 :]
    return folded


@cache
def _progressive_auxiliaries() -> tuple[str, ...]:
    return tuple(sorted(_in_every_language("cues", "progressive_auxiliaries"), key=len, reverse=True))


def _worthy(statement: ExtractedStatement) -> list[tuple[int, Proposition]]:
    if bare_cue(statement.cue) in _requesting_cues():
        return []  # what someone asks for is not so: "Pihak keluarga meminta polisi mengusut tuntas kasus itu"
    if bare_cue(statement.cue) in _judging_cues():
        return []  # whom someone judged, and for what: "accused Cosby of assault after …" says no proposition
    config = settings().claims
    return [
        (n, p)
        for n, p in enumerate(statement.propositions)
        if p.checkworthiness >= config.min_checkworthiness
        and not p.vague
        and len(_WORDS.findall(p.text)) >= config.min_content_words
        and not (p.bare_piece and config.pieces_need_particulars)
    ]


def joinable(statement: ExtractedStatement) -> list[tuple[int, Proposition, bool]]:
    """The statement's propositions that may join a claim already tracked (any that stands on its own: a
    repetition supports a claim however it is worded), each with whether it may also start one."""
    if statement.stance != "assert":
        return []
    worthy = {n for n, _ in claim_worthy(statement)}
    config = settings().claims
    return [
        (n, p, n in worthy)
        for n, p in enumerate(statement.propositions)
        if not p.vague and len(_WORDS.findall(p.text)) >= config.min_content_words
    ]


def _in_every_language(section: str, key: str) -> frozenset[str]:
    """A lexicon list of every language, folded: a claim joins statements in any of them."""
    from claimtrack.lexicon import available_languages

    return frozenset(fold(w) for language in available_languages() for w in lexicon(language).words_of(section, key))


@cache
def _judging_cues() -> frozenset[str]:
    """Cues whose object is whom or what someone judged, a noun phrase (`[claims] judging_cues`: "accused Cosby of
    assault", "blamed the West for stoking tensions", "praised Mr. Obama's accomplishments"), in every language."""
    return _in_every_language("claims", "judging_cues")


@cache
def _requesting_cues() -> frozenset[str]:
    """Cues whose content is what someone asks for, in every language (`[claims] requesting_cues`)."""
    return _in_every_language("claims", "requesting_cues")


def repeats(content: str, earlier: str) -> bool:
    """Are a statement's words those of an earlier one again: nearly the same ("… mendunia," kata William and
    the same quotation in a syndicated copy), or all the words of the shorter, of eight words or more, inside the
    longer (one remark quoted at more or less length)? `[claims] repeat_similarity` in the configuration."""
    from rapidfuzz import fuzz

    a, b = _WORDS.findall(fold(content)), _WORDS.findall(fold(earlier))
    if fuzz.ratio(" ".join(a), " ".join(b)) >= settings().claims.repeat_similarity:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 8 and set(shorter) <= set(longer)


@cache
def reporting_cues() -> frozenset[str]:
    """Cues with which a news outlet reports what its sources told it, in every language (`[speaker] outlet_cues`:
    "reported", "wrote"): a claim so made and the source's own words are one source, not two."""
    return _in_every_language("speaker", "outlet_cues")


def is_claim_worthy(statement: ExtractedStatement) -> bool:
    return bool(claim_worthy(statement))


def proposition_key(statement_id: str, number: int) -> str:
    return f"{statement_id}#{number}"


@cache
def stance_of(language: str) -> Stance:
    return Stance(lexicon(language))


def statement_keys(extraction: Extraction) -> dict[str, str]:
    """Match keys of what may start, join or contradict a claim (computed where extraction runs): each claim-worthy
    proposition of an assertion ("s3#0"), each denial whole ("s4") and what it denies ("s4#0")."""
    language = extraction.document.language
    stance = stance_of(language)
    # a denial is matched on what it denies, its verdict ("tidak benar", "is false") taken out
    keys = {
        s.id: match_key(stance.purported(s.content) or stance.without_verdict(s.content), language)
        for s in extraction.statements
        if s.stance == "deny"
    }
    for statement in extraction.statements:
        for number, proposition, _ in joinable(statement):
            keys[proposition_key(statement.id, number)] = match_key(proposition.text, language)
        for number, proposition in accused(statement, language):
            keys[proposition_key(statement.id, number)] = match_key(proposition.text, language)
    return keys


@cache
def _deny_cues() -> frozenset[str]:
    return _in_every_language("cues", "deny")


def reports_denial(text: str) -> bool:
    """Does a claim's text report a denial ("Tersangka membantah telah …", "The Kremlin denied …")? The denial
    it reports agrees with it; it cannot contradict it."""
    words = fold(text).split()
    return any(" ".join(words[at : at + size]) in _deny_cues() for at in range(len(words)) for size in (1, 2, 3))
