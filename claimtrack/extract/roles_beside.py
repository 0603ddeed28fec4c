"""Roles set off beside a speaker: what stands by the name is what the speaker is, not who spoke nor what was said.

"John Smith, a lawyer for the family, said the police lied": the sentence opens with its subject, so what follows
the cue is what was said, not a speaker after an inversion. '"…," the envoy, Mohamed Alhakim, said': the role set
off before the name is no part of what was said. "Kepala Balai … (BPJN) Aceh, Heri Yugiantoro mengatakan …": a title
and what it heads before the comma is the role of the name after it.
"""

from __future__ import annotations

from claimtrack.extract.article import Article
from claimtrack.extract.cues import Cue
from claimtrack.extract.segment import Sentence
from claimtrack.extract.spans import SpeakerSpans
from claimtrack.extract.tokens import TOKEN
from claimtrack.lexicon import Lexicon

_SHORT_ROLE_WORDS = 6  # a role set off before a name at the end of what was said: "the company's lawyer"
_ROLE_OPENING_WORDS = 12  # a title and what it heads, opening the sentence before the name and a comma
_PREMODIFIER_WORDS = 6  # a description right before a name, with no comma: "talent manager", "historian"


class RolesBeside:
    """Roles beside a speaker phrase, read with one language's speaker spans."""

    def __init__(self, lex: Lexicon, speakers: SpeakerSpans):
        self.lex = lex
        self.speakers = speakers

    def apposed_subject(self, doc: Article, sentence: Sentence, cue: Cue) -> bool:
        """Does the sentence, or what follows its quotation, open with the cue's subject and what it is, set off by
        commas ("John Smith, a lawyer for the family, said the police lied", '"…," the envoy, Mohamed Alhakim, said
        on Tuesday')? Then what follows the cue is no speaker."""
        opening = max([q.end for q in sentence.quotes if q.end <= cue.start], default=sentence.start)
        text = doc.text
        s_start, s_end = self.speakers.before(doc, opening, cue.start)
        if (
            not self.speakers.valid(doc, s_start, s_end)
            or self.lex.leading_words.fullmatch(text[s_start:s_end].strip(" ,") + " ")
            or not self.speakers.parser.names_a_person(text[s_start:s_end])
        ):
            return False  # ("Apalagi, kata Pahala, …": a connective, no subject)
        before = text[opening:s_start].strip(" ,")
        if not before:
            # (not a clause of its own before the comma: "The Danish embassy in Cairo had no knowledge of it, says the
            # Foreign Ministry's press service" — the embassy is that clause's subject, the ministry's service speaks)
            return "," in text[s_end : cue.start] and not self.speakers.clause_after_name(
                doc, s_end, text.rindex(",", s_end, cue.start)
            )
        # the role set off before the name: "the envoy, Mohamed Alhakim, said"
        before_start = opening + len(text[opening:s_start]) - len(text[opening:s_start].lstrip(" ,"))
        return text[opening:s_start].rstrip().endswith(",") and self.short_role(
            doc, before_start, before_start + len(before)
        )

    def role_opening(self, doc: Article, start: int, end: int) -> bool:
        """Is what stands before the comma a person's title and what it heads, with no verb of its own ("Kepala Balai
        Pelaksanaan Jalan Nasional (BPJN) Aceh")? Then it is the role of the name after the comma."""
        phrase = doc.text[start:end]
        parser = self.speakers.parser
        return (
            parser.opens_with_person_title(phrase)
            and len(TOKEN.findall(phrase)) <= _ROLE_OPENING_WORDS
            and not any(parser.names.predicate(word) for word in TOKEN.findall(phrase)[1:] if word.islower())
        )

    def short_role(self, doc: Article, start: int, end: int) -> bool:
        """Is text[start:end] a short role or description, no clause ("the envoy", "the company's lawyer"; not "the
        campaign plans to make … available soon")?"""
        phrase = doc.text[start:end]
        tokens = TOKEN.findall(phrase)
        parser = self.speakers.parser
        return (
            len(tokens) <= _SHORT_ROLE_WORDS
            and self.speakers.describes(doc, start, end)
            and (parser.is_role(phrase) or parser.determined_noun(tokens))
        )

    def set_before(self, doc: Article, sentence_start: int, opening: int, s_start: int) -> tuple[int, int] | None:
        """The role set off by commas right before a speaker at the end of what was said: '"…," the envoy, Mohamed
        Alhakim, said', "…, the company's lawyer, John Smith, said" (the role's span, or None)."""
        text = doc.text
        before = text[opening:s_start].rstrip()
        if not before.endswith(","):
            return None
        comma = opening + len(before) - 1
        previous = text.rfind(",", opening, comma)
        if previous < 0 and opening == sentence_start:
            return None  # what opens the sentence is what was said, not a role set off
        start = previous + 1 if previous >= 0 else opening
        phrase = text[start:comma].strip()
        if not phrase or phrase[0] in "\"“”'‘’":
            return None
        role_start = start + len(text[start:comma]) - len(text[start:comma].lstrip())
        if not self.short_role(doc, role_start, role_start + len(phrase)):
            return None
        return role_start, role_start + len(phrase)

    def premodifier(self, doc: Article, opening: int, s_start: int) -> tuple[int, int] | None:
        """A description written right before the speaker's name with no comma, after a quotation that closes at
        `opening`: '"…," historian Daniel Balmaceda said', '"…," talent manager Jillian Neal told TheWrap' (its span,
        at most six words and no clause, or None)."""
        text = doc.text
        gap = text[opening:s_start]
        phrase = gap.lstrip(" ,").rstrip()
        start = opening + len(gap) - len(gap.lstrip(" ,"))
        closed = text[max(0, opening - 3) : opening].rstrip("\"”’'")[-1:]
        if (
            not (gap.lstrip().startswith(",") or closed in (",", "?", "!"))  # not a title: '“Cosby Show” star …'
            or not phrase
            or "," in phrase
            or len(TOKEN.findall(phrase)) > _PREMODIFIER_WORDS
            or not self.speakers.describes(doc, start, start + len(phrase))
        ):
            return None
        return start, start + len(phrase)
