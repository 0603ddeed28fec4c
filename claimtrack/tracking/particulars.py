"""Whether two texts that match on their words differ in their particulars: other figures, other people.

Match keys take a number apart at its separators ("Rp 10.500.000" and "Rp 10.500.000.000" share "10 500 000") and
hold a person's name as one word among others ("Terdakwa Vienna … terbukti secara sah dan meyakinkan …" and
"Mansur terbukti secara sah dan meyakinkan …" share the court's whole formula). Before a statement joins a claim the
two texts are compared whole: when both give figures and none is the same, or both name people and none is the
same, they are two claims, however alike the rest.
"""

from __future__ import annotations

import re
from functools import cache

from claimtrack.extract.names import name_words
from claimtrack.lexicon import gazetteer, lexicon
from claimtrack.match.keys import normalizer
from claimtrack.textutil import fold

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?:\"“”]\s*$")


def numbers(text: str) -> frozenset[str]:
    """The figures a text gives, whole ("10.500.000", "371,5"); years count as figures too."""
    return frozenset(m.group().rstrip(".,") for m in _NUMBER.finditer(text))


@cache
def _not_names(language: str) -> frozenset[str]:
    lex = lexicon(language)
    words = name_words(language)
    return frozenset(
        {fold(w) for title in (*lex.person_titles, *lex.organization_titles) for w in title.split()}
        | set(words.institution_words)
        | set(words.cue_words)
        | set(words.openers)
        | {fold(w) for w in lex.pronouns}
    )


def names(text: str, language: str) -> frozenset[str]:
    """Words that can only be a person's name: capitalised (inside a sentence, where the language has no
    dictionary to tell a name opening one), not in capitals throughout (an acronym), not a title, institution,
    place or cue word, not a dictionary word, and not an entity the gazetteer knows (those are compared by the
    match key itself)."""
    words = name_words(language)
    not_names = _not_names(language)
    _, entity_spans = normalizer(language).entities(text)  # "North Korea", "Korea Utara", "Gedung Putih"
    found = set()
    for match in _WORD.finditer(text):
        word = match.group()
        if any(start <= match.start() < end for start, end in entity_spans):
            continue
        word = re.sub(r"['’]s$", "", word)  # "Moscow's"
        if not word[:1].isupper() or word.isupper() or len(word) < 3:
            continue
        before = text[: match.start()]
        if (not before.strip() or _SENTENCE_END.search(before)) and not words.roots:
            continue  # a sentence's first word says nothing by its capital, where no dictionary tells
        folded = fold(word)
        if folded in not_names or words.dictionary_word(word) or gazetteer().lookup(word) is not None:
            continue
        found.add(folded)
    return frozenset(found)


def differ(one: str, other: str, language: str) -> bool:
    """Do two texts give figures none of which agree, or name people none of whom agree?"""
    figures_a, figures_b = numbers(one), numbers(other)
    if figures_a and figures_b and not figures_a & figures_b:
        return True
    people_a, people_b = names(one, language), names(other, language)
    return bool(people_a and people_b and not people_a & people_b)
