"""Does a sentence name what it speaks of? A claim a reader can check on its own names someone or something:
a person, a place, a body, a programme, a law ("Kebakaran terjadi Kamis (9/10) sekira pukul 20.30 WIB" names no
fire; "Kebakaran melanda kantor Dinas Pendidikan Nias Selatan" does).

A name here is a word written with a capital inside the sentence, or an acronym, that is no weekday, month, time
zone or unit ("Kamis", "September", "WIB", "Rp"). The word opening the sentence carries its capital from the
sentence, not from being a name: it counts when it is an acronym, a possessive ("Rivers’ personal doctor …"), or,
in a language with a dictionary of roots (Indonesian: Sastrawi's), a word that is neither in it nor made from it
("Jakarta", "Prabowo"; not "Mahasiswa", "Pemerintah", "Penempelan"); in a language without one, any word but
the function words and pronouns every sentence is made of ("Obama signed …", not "The", "Many"), and, when the
article is at hand, one it writes as a name elsewhere ("Staff rushed out …" names nothing).
"""

from __future__ import annotations

import re

from claimtrack.extract.names import name_words, particle_joined
from claimtrack.extract.tokens import capitalised_inside
from claimtrack.lexicon import Lexicon, gazetteer
from claimtrack.textutil import fold

EDGES = "()[]\"'“”‘’«»,.;:!?"  # what may stand around a word: brackets, quotation marks, punctuation
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


class Named:
    def __init__(self, lex: Lexicon):
        self.names = name_words(lex.code)
        self.times = frozenset(
            fold(w)
            for w in (
                *lex.words_of("dates", "weekdays"),
                *lex.numbers("dates", "months"),
                *lex.words_of("dates", "time_zones"),
            )
        )
        self.units = frozenset(fold(w) for w in lex.words_of("checkworthiness", "units"))
        self.dictionary = bool(self.names.roots)
        # a name's lower-case particle joined by a hyphen: "al-Baghdadi", "el-Sisi" (`[names] particles`)
        self.particles = frozenset(w.casefold() for w in lex.words_of("names", "particles"))
        self.gazetteer = gazetteer()
        # without a dictionary only the words every sentence is made of can be told from a name opening it
        self.common = (
            frozenset({fold(w) for w in lex.words_of("match", "stopwords")} | set(lex.pronouns))
            | self.names.function_words
            | self.names.openers
        )

    def first_in(self, text: str, article: str = "") -> str:
        """The first word of `text` that names someone or something, "" when none does. With its `article`, a word
        opening the sentence in a language without a dictionary must be written as a name there (see `_named_in`)."""
        for at, token in enumerate(text.split()):
            word = token.strip(EDGES)
            if self._names(word, opening=at == 0, article=article):
                return word
        return ""

    def _named_in(self, word: str, article: str) -> bool:
        """Is a word that opens a sentence a name by the evidence: a capital inside it ("Hewlett-Packard"), an
        entity of the gazetteer ("Argentina" is not yet one), or its article writing it with its capital where no
        sentence begins ("… in Argentina", "… said Obama")? "Dildos, vibrators, chains …", "Staff rushed out …",
        "Talks apparently fell through" name nothing."""
        if any(character.isupper() for character in word[1:]) or self.gazetteer.is_place_or_org(word):
            return True
        return word in capitalised_inside(article)

    def _names(self, word: str, opening: bool, article: str = "") -> bool:
        if particle_joined(word, self.particles):
            return True  # "The strikes wounded al-Baghdadi"
        if not word[:1].isalpha() or not word[:1].isupper():
            return False
        bare = _POSSESSIVE.sub("", word)
        if len(bare.rstrip(".")) == 1:
            return False  # "korban H", "tersangka M": an initial that keeps someone unnamed ("I" is no name either)
        acronym = len(bare) > 1 and bare.isupper()
        if fold(bare) in self.times or (fold(bare) in self.units and not acronym):
            return False  # "Kamis", "September", "WIB", "Rp" (an acronym such as "BPS" names a body)
        if not opening or acronym:
            return True
        if bare != word:
            return True  # "Rivers’ personal doctor …", "Trump's lawyer …"
        folded = fold(bare)
        if not self.dictionary:  # "Obama signed …"; not "The", "Many", "This"
            return folded not in self.common and (not article or self._named_in(bare, article))
        return not (
            self.names.dictionary_word(bare)
            or self.names.nominalised(bare)
            or self.names.never_a_name(bare)
            or folded in self.names.function_words
            or folded in self.names.openers
        )
