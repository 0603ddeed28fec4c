"""Public figure or private person: whose statements a fact-checker weighs first.

Officials, experts, institutions and circulating claims are what fact-checkers check. A private person
— a resident, a trader, a passenger, anyone the Indonesian press names with their age in brackets
("Lusia Luruk Tae (45)", "Armanunsah (50), pemilik warung") — is quoted for colour and experience: their
statements stay, but rank lower for checking. The signals are data (`[standing]` in the lexicon):

- `private_roles`: role nouns of private people ("warga", "pedagang", "resident", "shopper"), looked for
  at the head of the speaker's role, of a role set off by a comma after the name ("kata Teguh, pedagang
  daging di Pasar Minggu"), or as the whole speaker ("warga mengatakan");
- `role_head`: where a role's head noun sits, "first" (Indonesian: "warga Bekasi") or "last" (English:
  "a Cleveland resident"), the phrase cut at `role_ends` ("resident of Ohio" → "resident");
- `age_after_name`: a pattern right after the speaker's full name that marks a private person
  (Indonesian: "(45)"); empty where the press gives public figures' ages too (English: "Biden, 80,").
"""

from __future__ import annotations

import re
from collections import defaultdict

from claimtrack.extract.phrases import tokens, whole_word_spans
from claimtrack.extract.result import Statement
from claimtrack.lexicon import Lexicon

PERSONS = ("person", "group")
_WORD_BEFORE = re.compile(r"(\w[\w.'’-]*)[ \t]+$")
_APPOSED = re.compile(r"\s*,\s*([^,.;:()\"“”\n]{2,80})")  # ", warga Kecamatan Mlati," / ", a Cleveland resident."
_LONGEST_APPOSITION = 10  # words: longer is a clause, not a role


class Standing:
    def __init__(self, lex: Lexicon):
        self.private_roles = frozenset(" ".join(tokens(r)) for r in lex.words_of("standing", "private_roles"))
        self.longest_role = max((len(r.split()) for r in self.private_roles), default=1)
        self.head_first = lex.text("standing", "role_head") != "last"
        self.role_ends = frozenset(w.casefold() for w in lex.words_of("standing", "role_ends"))
        age = lex.text("standing", "age_after_name")
        self.age = re.compile(age) if age else None
        self.penalty = lex.number("standing", "checkworthiness")
        self.determiners = lex.determiners

    def private_role(self, role: str) -> bool:
        """Is the head of this role a private person's ("warga Kecamatan Mlati", "a longtime resident")?"""
        words = tokens(self.determiners.sub("", role.strip()))
        if not words:
            return False
        if self.head_first:
            return any(" ".join(words[:size]) in self.private_roles for size in range(1, self.longest_role + 1))
        cut = next((i for i, w in enumerate(words) if w in self.role_ends), len(words))
        words = words[:cut]
        return any(
            " ".join(words[-size:]) in self.private_roles for size in range(1, min(self.longest_role, len(words)) + 1)
        )

    def described_as_private(self, name: str, text: str) -> bool:
        """Is the full name followed, somewhere in the text, by the age mark ("Lusia Luruk Tae (45)") or by a
        private role set off by a comma ("kata Teguh, pedagang daging …", "said Mary Jones, a Cleveland resident")?"""
        if len(name) < 3:
            return False
        for at, end in whole_word_spans(name, text):
            before = _WORD_BEFORE.search(text, max(at - 40, 0), at)
            if before and before.group(1)[:1].isupper():
                continue  # the end of a longer name ("Kejaksaan Agung, …" is not "Agung, …")
            if self.age is not None and self.age.match(text, end, end + 20):
                return True
            apposed = _APPOSED.match(text, end, end + 120)
            if apposed and len(apposed.group(1).split()) <= _LONGEST_APPOSITION and self.private_role(apposed.group(1)):
                return True
        return False

    def mark(self, statements: list[Statement], text: str) -> None:
        """Set `speaker_standing` on every statement; a private speaker's statements rank lower for checking."""
        by_speaker: dict[str, list[Statement]] = defaultdict(list)
        for statement in statements:
            by_speaker[statement.speaker].append(statement)
        for name, said in by_speaker.items():
            if said[0].speaker_kind not in PERSONS:
                continue
            roles = {s.speaker_role for s in said if s.speaker_role}
            private = (
                " ".join(tokens(name)) in self.private_roles  # "warga mengatakan", "Korban …"
                or any(self.private_role(role) for role in roles)
                or self.described_as_private(name, text)
            )
            if private:
                for statement in said:
                    statement.speaker_standing = "private"
                    statement.checkworthiness = round(min(max(statement.checkworthiness + self.penalty, 0.0), 1.0), 2)
