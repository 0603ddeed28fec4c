"""Name trims: where a speaker's name begins and ends, decided by what the document writes around it.

A parsed name may still hold words that are not the name: a role set off by a comma, common words, places
and institutions the document names elsewhere, an opener ("Pak", "Namun"), degrees, or it may be only the
place an office serves. Each trim moves such words to the role (or the speaker to a description) and says why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cached_property

from claimtrack.extract.names import NameEvidence, is_roman_numeral
from claimtrack.extract.phrases import whole_word_spans
from claimtrack.extract.speaker_words import is_acronym, is_initial
from claimtrack.extract.speakers import Speaker, SpeakerParser
from claimtrack.extract.tokens import PUNCTUATION
from claimtrack.textutil import fold


class NameTrims:
    """The trims, in the order the extractor applies them, with one language's speaker parser."""

    def __init__(self, parser: SpeakerParser):
        self.parser = parser

    def after_apposition(self, speaker: Speaker) -> Speaker:
        """A role set off by a comma before the name is the role: "Pekerja Taru Martani, Suharyanto" → Suharyanto,
        "Publik Unud, Ni Nyoman Dewi Pascarani" → Ni Nyoman Dewi Pascarani (a list of people stays a group)."""
        if speaker.pronoun or ", " not in speaker.name:
            return speaker
        head, _, last = speaker.name.rpartition(", ")
        # two names in a list are joined by "dan"/"and"; "A, B" with none is a role and its holder
        listed = speaker.kind == "group" and (
            ", " in head
            or self.parser.list_separator.fullmatch(", ") is None
            or any(fold(w) in self.parser.conjunctions for w in speaker.name.split())
        )
        if (
            self.parser.is_person_name(last)
            and (not self.parser.is_person_name(head) or speaker.kind == "group")
            and not listed
        ):
            speaker.role = " ".join(filter(None, [speaker.role, head]))
            speaker.name, speaker.kind = last, "person"
        return speaker

    def described(self, speaker: Speaker) -> Speaker:
        """A speaker phrase that a demonstrative closes points back at someone the article named before ("kata Ketua
        DPC PDIP Jaksel itu", "ujar politisi Partai Keadilan Sejahtera itu"): a description, with no name after its
        title ("Jaksel" is where the chairman serves, "Sejahtera" the party's last word). A name may stand before the
        title ("ujar Melki Ketua DPD Partai Golkar Provinsi NTT itu": Melki)."""
        if speaker.pronoun or not speaker.role:
            return speaker  # no title split from a name: "Wali Kota Makassar itu" is taken as written
        words = speaker.mention.split()
        for at in range(1, len(words)):
            if self.parser.opens_with_person_title(" ".join(words[at:])):
                if (
                    all(self.parser.name_like(word) for word in words[:at])
                    and not self.parser.opens_with_person_title(words[0])
                    and not self.parser.described(words)  # ("Mantan Gubernur Jakarta itu", opening a sentence)
                ):
                    speaker.name, speaker.role = " ".join(words[:at]), " ".join(words[at:])
                    speaker.kind = "person"
                    return speaker
                break
        speaker.name, speaker.role, speaker.kind, speaker.aliases = speaker.mention, "", "person", []
        return speaker

    def without_common_words(self, speaker: Speaker, in_lower_case: Callable[[str], bool]) -> Speaker:
        """Move common words that open a name into the role: "Pangan Zulkifli Hasan" → "Zulkifli Hasan"
        when the document writes "pangan" in lower case."""
        words = speaker.name.split()
        if (
            speaker.kind == "organization"
            and len(words) >= 2
            and (self.parser.common_word(words[0], in_lower_case) or fold(words[0]) in self.parser.names.roots)
            and fold(words[0]) not in self.parser.lex.organization_heads
            and (
                # (where the head noun comes last a word before it says what kind: "the Labor Department", "the Tax
                # Foundation", even where the article writes "labor" in lower case)
                fold(words[1]) in self.parser.lex.organization_heads
                and not self.parser.head_noun_last
                or is_acronym(words[1])
            )
            and not is_roman_numeral(words[1])  # "Buku II Nota Keuangan": the book's number, no body
        ):
            speaker.name = " ".join(words[1:])  # "Data Badan Pusat Statistik mencatat": the agency, not its data
            return speaker
        if speaker.kind != "person" or speaker.pronoun or len(words) < 3:
            return speaker
        cut = 0
        while len(words) - cut > 2 and self.parser.common_word(words[cut], in_lower_case):
            cut += 1
        if cut:
            speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
            speaker.name = " ".join(words[cut:])
        return speaker

    def name_at_end(self, speaker: Speaker, evidence: NameEvidence | None = None) -> Speaker:
        """Keep the name-like words that end a person's name, the places and institutions before them going to
        the role: "Kota Jambi Abu Bakar" → "Abu Bakar", "Tbk Rully Setiawan" → "Rully Setiawan", and the end of
        a place the role ends with: role "… Sumatera", name "Selatan Darma Budhi" → "Darma Budhi"."""
        words = speaker.name.split()
        if speaker.kind not in ("person", "organization") or speaker.pronoun:
            return speaker
        named = len(words)
        whole = [*speaker.role.split(), *words]
        while named > 0 and (
            self.parser.name_like(words[named - 1])
            or self.parser.month_opening_name(whole, len(whole) - len(words) + named - 1)
            or self.parser.royal_name_at(whole, len(whole) - len(words) + named - 1, "person" if speaker.role else "")
            or self.spoken_name(words[named - 1], evidence)
            # the name's first word, which the article uses alone, though a body's title ("Media Wahyu Askar")
            or named == 1
            and self.spoken_name(words[0], evidence, body_title=True)
            or named == 1
            and self._title_word_opening(speaker, words[0])
        ):
            named -= 1
        # a name opener before them opens the name, whatever the words after it ("I Gusti Agung Putu Nuaba")
        named = next((at for at in range(named) if self.parser.opener_at(words, at)), named)
        if evidence is not None and evidence.numbered_place(words):
            return speaker  # "… Keracunan SMPN 1 Cisarua": the word after a unit's number is the unit's place
        # an organisation's name goes on after an acronym only into a person's: "Kementerian PU Wilan Oktavian";
        # a place the document names on its own continues the organisation: "KBRI Phnom Penh"
        if speaker.kind == "organization" and not (
            0 < named <= len(words) - 2
            and is_acronym(words[named - 1])
            and not (evidence is not None and all(w in evidence.placed for w in words[named:]))
            and not self.parser.is_place(words[named:])  # (or a place the gazetteer knows: "KBRI Phnom Penh")
        ):
            return speaker
        tokens = [*speaker.role.split(), *words]
        offset, placed = len(tokens) - len(words), False
        if 0 < named < len(words) and fold(words[named - 1]) in self.parser.place_words:
            past = self.parser.past_places(tokens, offset + named - 1) - offset
            # after "Kota Jambi" one word is a name too
            named, placed = (past, True) if past >= named else (named, False)
        elif (
            0 < named == len(words) - 1
            and self.parser.names.nominalised(words[named - 1])
            and not self.parser.names.dictionary_word(words[named])
        ):
            placed = True  # a portfolio ends the role, and one word after it is a name: "… Perekonomian Musdalifah"
        if 0 < named < len(words) and words[named][:1].isupper() and fold(words[named]) in self.parser.inner_words:
            # "People With Money reports …": a capitalised word that stands only inside a body's name opens no
            # person's; the whole is the body's title
            return _as_body(speaker)
        if 0 < named <= len(words) - (1 if placed else 2):
            speaker.role, speaker.name = " ".join(filter(None, [speaker.role, *words[:named]])), " ".join(words[named:])
            speaker.kind = "person"
        if (
            speaker.kind == "person"
            and speaker.role
            and is_acronym(speaker.role.split()[-1])
            and self.parser.is_place(speaker.name.split())
        ):
            # "KMOV St. Louis reported": a station by its call letters and its city, no person called after a city
            return _as_body(speaker)
        if speaker.kind == "person":
            role, words = speaker.role.split(), speaker.name.split()
            start = self.parser.name_begins(role + words, len(role), len(role))
            if start > len(role):
                speaker.role, speaker.name = (
                    " ".join(role + words[: start - len(role)]),
                    " ".join(words[start - len(role) :]),
                )
        return speaker

    def given_name_after_place_word(self, speaker: Speaker, evidence: NameEvidence | None) -> Speaker:
        """A role that ends with a place word and one word the article names a speaker by alone ("Kepala Desa Budi"
        with name "Santoso", where the article writes '"…," kata Budi'): that word opens the name, no village's."""
        role = speaker.role.split()
        if (
            speaker.kind != "person"
            or speaker.pronoun
            or len(role) < 2
            or fold(role[-2]) not in self.parser.place_words
            or not self.spoken_name(role[-1], evidence)
            or (evidence is not None and role[-1] in evidence.placed)
            or not speaker.mention.rstrip().endswith(f"{role[-1]} {speaker.name}")
        ):
            return speaker
        speaker.role, speaker.name = " ".join(role[:-1]), f"{role[-1]} {speaker.name}"
        return speaker

    def spoken_name(self, word: str, evidence: NameEvidence | None, body_title: bool = False) -> bool:
        """Does the article name a speaker by this word alone after a cue ("…," kata Boston.), so that it is a word
        of a name though the gazetteer knows it as a place? Not an institution's word ("kata Polri.") nor a title
        ("kata Presiden."); with `body_title`, a word the lexicon keeps as a body's title counts ('…," ujar
        Media.'), a person's title still not."""
        folded = fold(word)
        if (
            evidence is None
            or word not in evidence.spoken
            or is_acronym(word)
            or folded in self.parser.lex.organization_heads
        ):
            return False
        if body_title:
            return folded not in self.parser.person_role_words
        return folded not in self.parser.role_words and folded not in self.parser.organization_words

    def as_named_elsewhere(self, speaker: Speaker, text: str) -> Speaker:
        """Trim a long name to the part the document also writes on its own: "Kota Jambi Abu Bakar" is "Abu
        Bakar" when "Abu Bakar" appears elsewhere without "Jambi" before it, and "Imam Masjid Baiturrahman Ahmad
        Yani" is "Ahmad Yani" when the document writes "kata Ahmad" and "Baiturrahman" ends another name
        ("di Masjid Baiturrahman,"). What is cut joins the role."""
        words = speaker.name.split()
        if speaker.kind != "person" or speaker.pronoun or len(words) < 3:
            return speaker
        if fold("".join(speaker.role.split()[-1:])) in self._ranks:
            return speaker  # "AKBP Pradana Aditya Nugraha": a rank's next word opens the name
        for cut in range(1, len(words)):
            rest = " ".join(words[cut:])
            if not words[cut][:1].isupper() or not any(self.parser.name_like(word) for word in words[cut:]):
                continue  # ("Peneliti dan Guru Besar IPB University" names no one: "IPB University" is no name)
            if words[cut - 1].casefold() in self.parser.name_particles:
                continue  # "Christina Fernández de Kirchner": a particle joins the name to what follows it
            if words[cut].casefold() in self.parser.name_particles and self.parser.name_like(words[cut - 1]):
                continue  # "Jean-Marie Le Pen", the article's "Le Pen" his daughter: a family name with its particle
                # written alone is how the article names either; the given name before it stays the name's
            if cut == len(words) - 2 and fold(words[-1]) in self.parser.generational_suffixes:
                continue  # "Donald Trump Jr.", written "Trump Jr." elsewhere: "Donald" is his given name
            if not speaker.role and self._given_names_opening(words[:cut], speaker.name, text):
                continue  # "Adnan Abu Hasna, Penasihat Media UNRWA mengatakan": a given name is the name's
            if (
                cut < len(words) - 1
                and not is_initial(words[cut - 1])  # ("Joseph R. Biden Jr": a middle initial is the name's)
                and any(before.strip(PUNCTUATION) != words[cut - 1] for before, _ in _written(rest, text))
                or _alone(words[cut], text, self._single_titles)
                and self._ends_other_name(words[cut - 1], words[cut], text)
            ):
                cut = self._with_first_names(words, cut)
                speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
                speaker.name = " ".join(words[cut:])
                return speaker
        tokens = [*speaker.role.split(), *words]
        offset = len(tokens) - len(words)
        # the last two words the document also writes as the end of a name ("Kimia Farma,") end an institution's
        # name, not a person's; two words at least stay the name, and a title before a name ("AKBP Andin") is
        # the person's short mention, no institution
        for cut in range(len(words) - 2, 0, -1):
            pair = tokens[offset + cut - 2 : offset + cut]
            if (
                len(pair) == 2
                and words[cut][:1].isupper()
                and fold(pair[0]) not in self.parser.role_words
                and fold(pair[0]) not in self.parser.honorifics
                and self._ends_institution_elsewhere(pair, words[cut], text)
            ):
                speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
                speaker.name = " ".join(words[cut:])
                return speaker
        return speaker

    def _given_names_opening(self, cut: list[str], name: str, text: str) -> bool:
        """Are the words cut off a name given names: name-like words that are no title, honorific, role, body's word
        or place, where the article writes the whole name opening a sentence and set off by a comma ("Adnan Abu Hasna,
        Penasihat Media UNRWA mengatakan …": a name in apposition to its role, whole)?"""
        for word in cut:
            folded = fold(word)
            if (
                not self.parser.name_like(word)
                or word.endswith(("'s", "’s", "'", "’", "."))
                or folded in self.parser.lex.person_titles
                or folded in self.parser.honorifics
                or folded in self.parser.role_words
                or folded in self.parser.organization_words
                or folded in self._ranks
                or self.parser.is_place([word])
            ):
                return False
        if f"{name}," not in text:
            return False  # (no regex to build: most names are never written before a comma)
        return re.search(rf"(?:\A|[.!?][\"”'’]?\s+|\n\s*){re.escape(name)},", text) is not None

    def by_short_mention(self, speaker: Speaker, evidence: NameEvidence | None, text: str) -> Speaker:
        """A long name opens where the press's short mention of it does: "Reformasi Birokrasi Tjahjo Kumolo" is
        Tjahjo Kumolo where the article writes '…," ujar Tjahjo.', "Pemerintah Kabupaten Probolinggo Ugas Irwanto"
        Ugas Irwanto where it writes "Menurut Ugas, …". Only where the words cut show they are no name: the
        rest of an institution's name after "dan", a place or institution the article names, an acronym, an
        organisation word, or a word the article writes as the end of another name and never before a cue
        ("Listyo Sigit Prabowo" stays whole though the article writes "kata Sigit"). Two words at least stay the
        name; what is cut joins the role."""
        words = speaker.name.split()
        if speaker.kind not in ("person", "organization") or speaker.pronoun or evidence is None or len(words) < 3:
            return speaker
        mentioned = [at for at, word in enumerate(words[:-1]) if word in evidence.short_mentions]
        if not mentioned or mentioned[0] == 0 or mentioned[0] > len(words) - 2:
            return speaker
        cut = self._with_first_names(words, mentioned[0])
        if cut == 0 or not all(self.parser.name_like(word) for word in words[cut:]):
            return speaker
        last = words[cut - 1]
        role = speaker.role.split()
        if not (
            role
            and role[-1].casefold() in self.parser.connectors  # "… Aparatur dan | Reformasi Birokrasi Tjahjo …"
            or last in evidence.placed
            or is_acronym(last)
            or fold(last) in self.parser.organization_words
            or self._ends_other_name(last, words[cut], text)
            and not self._opens_statement(last, text)
        ):
            return speaker
        speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
        speaker.name, speaker.kind = " ".join(words[cut:]), "person"
        return speaker

    def _opens_statement(self, word: str, text: str) -> bool:
        """Does `text` write this word right before a cue, as a person's short mention ("Listyo mengatakan")?"""
        return any(fold(after.strip(PUNCTUATION)) in self.parser.names.cue_words for _, after in _written(word, text))

    def _with_first_names(self, words: list[str], cut: int) -> int:
        """Where a name cut at `cut` begins once the first names later mentions leave out are given back ("Perbekel
        Cemagi Putu Hendra Sastrawan" is Putu Hendra Sastrawan where the article writes "Hendra Sastrawan" later:
        `[names] droppable_first_names`), and back to a name opener before it ("Wali Kota Denpasar I Gusti Ngurah Jaya
        Negara" is I Gusti Ngurah Jaya Negara though the article writes "Jaya Negara" later: `[names] openers`)."""
        while cut > 0 and fold(words[cut - 1]) in self._droppable:
            cut -= 1
        for at in range(cut):
            if self.parser.opener_at(words, at) and all(self.parser.name_like(word) for word in words[at:cut]):
                return at
        return cut

    @cached_property
    def _droppable(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "droppable_first_names"))

    @cached_property
    def _ranks(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.parser.lex.words_of("names", "ranks"))

    @cached_property
    def name_openers(self) -> frozenset[str]:
        """Words that open an institution's or a work's name, never a person's (`[organizations] name_openers`)."""
        return frozenset(fold(w) for w in self.parser.lex.words_of("organizations", "name_openers"))

    def _title_word_opening(self, speaker: Speaker, word: str) -> bool:
        """Is the word a capitalised word that stands only inside or at the end of titles, opening the mention with no
        title or role before it ("Agung Harry Sunjaya Sapanca": "agung" of "Jaksa Agung" opens no title)? Then it
        opens the name. Not where anything is written before it ("Secretary of State …")."""
        return (
            not speaker.role
            and speaker.mention.lstrip().startswith(word)
            and word[1:].islower()
            and fold(word) in self._inside_titles_only
        )

    @cached_property
    def _inside_titles_only(self) -> frozenset[str]:
        """Words of titles that no title opens with and that are no title alone ("agung" of "Jaksa Agung", "Hakim
        Agung"; not "menteri", not "wakil")."""
        lex = self.parser.lex
        titles = [fold(t).split() for t in (*lex.person_titles, *lex.organization_titles, *lex.common_speakers)]
        openers = {words[0] for words in titles if words}
        # (nor a word after a connector inside a title, which a capitalised run may open: "then-Secretary of State
        # Hillary Clinton" is read as the run "State Hillary Clinton")
        connectors = {
            fold(w)
            for key in ("role_connectors", "body_name_connectors", "conjunctions")
            for w in lex.words_of("speaker", key)
        }
        after = {words[at] for words in titles for at in range(1, len(words)) if words[at - 1] in connectors}
        inside = {word for words in titles if len(words) > 1 for word in words[1:]}
        return frozenset(inside - openers - after - connectors)

    @cached_property
    def _single_titles(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.parser.lex.person_titles if " " not in t)

    def _ends_institution_elsewhere(self, pair: list[str], not_before: str, text: str) -> bool:
        """Does `text` also write these two words as the end of a name ("Kimia Farma," "Pulo Gebang, Jakarta"), so
        that a name after them in a speaker phrase ("Direktur Utama Kimia Farma Verdi Budidarmo") is not theirs?
        Not where they are a person's short name: after a title or a cue ("Brigjen Ade Ary", "ujar Jhon Franky"),
        or before a cue ("Ade Ary menambahkan")."""
        if not pair[-1][:1].isupper() or pair[0] in PUNCTUATION:
            return False
        ends = False
        for before, after in _written(" ".join(pair), text):
            if after == not_before:
                continue  # the speaker phrase itself ("CEO Dagadu Djokdja Spica …") is no evidence either way
            folded_before, folded_after = fold(before.strip(PUNCTUATION)), fold(after.strip(PUNCTUATION))
            if (
                folded_before in self.parser.reporting_words
                or folded_before in self.parser.honorifics
                or folded_before in self._single_titles
                or folded_after in self.parser.names.cue_words
            ):
                return False
            ends = ends or not after[:1].isupper()
        return ends

    def _ends_other_name(self, word: str, not_before: str, text: str) -> bool:
        """Does `text` also write `word` as the end of a name, with no capitalised word after it ("di Masjid
        Istiqlal,", "situs Kitabisa dan …"), and never as a speaker's short name ("Pak Diding", "kata Diding")?
        Initials end no name."""
        if len(word.rstrip(".")) < 2:
            return False
        found = False
        for before, after in _written(word, text):
            if fold(before) in self.parser.honorifics or fold(before) in self.parser.reporting_words:
                return False
            found = found or not after[:1].isupper() and after != not_before
        return found

    def _given_name_like_a_cue(self, words: list[str], cut: int, opens_sentence: bool) -> bool:
        """Is the word a given name spelt like a cue word ("Trump spokeswoman Hope Hicks said"): capitalised inside its
        sentence, a capitalised word after it, and nothing else that is never a name (no pronoun, honorific)?"""
        word = words[cut]
        names = self.parser.names
        return (
            not (opens_sentence and cut == 0)
            and word[:1].isupper()
            and not word.isupper()
            and cut + 1 < len(words)
            and words[cut + 1][:1].isupper()
            and fold(word) in names.cue_words
            and fold(word) not in self.parser.lex.pronouns
            and not names.is_honorific(word)
        )

    def without_openers(self, speaker: Speaker, opens_sentence: bool = False) -> Speaker:
        """A name never starts with an honorific, a cue word or a root with a clitic ("Pak Prabowo" →
        "Prabowo", "Awalnya Purbaya" → "Purbaya"), nor, at the start of a sentence or before a comma, with a
        conjunction or sentence adverb ("Namun Prabowo", "Mulanya, Purbaya"). A name that is nothing else is
        no name: the speaker is then described, not named ("Pak Presiden")."""
        if speaker.pronoun or speaker.kind == "circulating":
            return speaker
        if speaker.kind == "group" and self.parser.list_separator.search(speaker.name):
            # people listed by their surnames: each member's honorific goes ("Mr. King and Mr. Schultz")
            kept = [word for word in speaker.name.split() if not self.parser.names.is_honorific(word)]
            speaker.name = " ".join(kept) or speaker.name
        words = speaker.name.replace(",", " , ").split()
        if speaker.kind == "group" and words and fold(words[0]) in self.parser.lex.pronouns:
            return speaker  # "He and Sam Wood": the pronoun is one of the two, no word opening a name
        cut = 0
        while cut < len(words) and (
            words[cut] == ","
            or self.parser.names.never_a_name(words[cut])
            and not self._given_name_like_a_cue(words, cut, opens_sentence)
            or (
                (opens_sentence and cut == 0 or cut + 1 < len(words) and words[cut + 1] == ",")
                and self.parser.names.opens_sentence_only(words[cut])
            )
        ):
            cut += 1
        if cut == 0:
            return speaker
        rest = [w for w in words[cut:] if w != ","] if "," in words[cut:] and speaker.kind != "group" else words[cut:]
        speaker.name = " ".join(rest).replace(" , ", ", ")
        if speaker.name and speaker.kind == "group" and not self.parser.list_separator.search(speaker.name):
            speaker.kind = "person"
        if not speaker.name:
            speaker.name = " ".join(w for w in words if not self.parser.names.is_honorific(w) and w != ",")
        return speaker

    def by_evidence(self, speaker: Speaker, evidence: NameEvidence | None) -> Speaker:
        """A person's name without the degrees after it ("Raldi Hendro Koestoer PhD") and without the words
        before it that the document uses as places or institutions ("Bulog Bayu Krisnamurthi" when it writes
        "Perum Bulog"; "Indramayu Nurhadi" when it writes "di Indramayu"), or that the gazetteer knows as places or
        institutions ("Distribusi Jabar Agung Nugraha" → "Agung Nugraha"); those go to the role."""
        if speaker.kind != "person" or speaker.pronoun:
            return speaker
        words = speaker.name.split()
        mentioned = speaker.mention.split()
        if (
            evidence is not None
            and len(words) == 1
            and len(mentioned) > 1
            and words[0] in evidence.placed
            and words[0] not in evidence.spoken
            and mentioned[0][:1].isupper()
            and fold(mentioned[0]) in self.parser.lex.organization_heads
        ):
            # "Sekretariat DPRD (Setwan) Bantaeng mengaku …" where the article writes "DPRD Bantaeng": a body and its
            # region, not a person called after the region
            return Speaker(speaker.mention, speaker.mention, kind="organization")
        while len(words) > 1 and self.parser.is_degree(words[-1]):
            words.pop()
        if words and words[-1].endswith(","):
            words[-1] = words[-1].rstrip(",")
        cut = evidence.role_end(words) if evidence is not None and len(words) > 1 else 0
        if (
            cut == len(words) - 1
            and mentioned
            and mentioned[0].islower()
            and fold(mentioned[0]) in self.parser.documents
        ):
            # "tulis laporan Stanford Medicine Insights" where the article writes "studi dari Stanford Medicine": a
            # document's name that opens with its body's, not a person called "Insights"
            return Speaker(speaker.mention, " ".join(words), kind="organization")
        if (
            cut == len(words) - 1
            and words[-1][:1].isupper()
            and self.parser.lex.flag("names", "full_names_after_places")
        ):
            # "Yorkville Endoscopy", "Apple Insider": one word left after a place or a body is no one's name; "Crooked
            # Hillary Clinton" keeps two
            cut = max(0, len(words) - 2)
            if cut and (len(words[cut].strip(".")) == 1 or fold(words[cut]) in self.parser.names.function_words):
                cut = 0  # "Robert X Cringely", "Reclaim Our Schools": no name opens with an initial or "Our"
        role_words = speaker.role.split()
        if (
            not cut
            and len(words) >= 3
            and role_words
            and (role_words[-1].casefold() in self.parser.connectors or fold(role_words[-1]) in self.name_openers)
        ):
            # a role never ends on "dan"/"and" or "The": the word after it is the institution's ("… Economics and
            # Finance Enny Sri Hartati" → "Enny Sri Hartati")
            cut = 1
        for at in range(cut, len(words) - 3):
            if fold(words[at]) in self.name_openers:
                cut = at + 2  # "The Prakarsa Roby Rushandie": "The" opens an institution's name, a word at least
        for at in range(cut, len(words) - 2):  # a place or an institution the gazetteer knows, two words left after it
            size = self.parser.known_at(words, at)  # ("… Unit Induk Distribusi Jabar Agung Nugraha")
            if self.spoken_name(words[at], evidence):
                continue  # "Boston Robert Marganda Siahaan" where the article writes "kata Boston": his name
            if size and at + size <= len(words) - 2:
                cut = at + size
        role = speaker.role.split()
        if evidence is not None and evidence.numbered_place(role + words):
            # "… SMPN 1 Cisarua": the place of a numbered unit names no one; the description stays whole
            speaker.name, speaker.role = " ".join(role + words), ""
            return speaker
        if cut:
            speaker.role = " ".join(filter(None, [speaker.role, *words[:cut]]))
        speaker.name = " ".join(words[cut:])
        return speaker

    def related_to_name(self, speaker: Speaker, in_lower_case: Callable[[str], bool]) -> Speaker:
        """A relational noun before the name describes the speaker by whom they are related to: Indonesian writes
        the one related to after the noun ("kuasa hukum Hendrogiarto" is Hendrogiarto's lawyer, "istri Budi
        Santoso" his wife), so the speaker is described, not named. (A lawyer called by name is written with a
        comma, "kuasa hukum Hendrogiarto, Budi", and the apposition gives Budi.) Capitalised, the noun counts
        only where the document also writes it in lower case, if it may open a name (`[titles] relational_in_names`:
        "Cucu Ahmad Kurnia" is a name, not a grandchild); any other is a relation however it is written ("Keluarga
        Brigadir Yosua mengatakan …" opening a sentence is his family, not Yosua)."""
        if speaker.pronoun or speaker.kind != "person" or not speaker.name or not self.parser.relational:
            return speaker
        mention = speaker.mention.strip(" ,")
        if not mention.endswith(speaker.name):
            return speaker
        words = mention.split()
        first = len(words) - len(speaker.name.split())  # where the parsed name begins
        # the relation ends the role ("Kuasa hukum" + "Hendrogiarto") or opens the parsed name ("Istri Budi …")
        spans = [(first - size, first) for size in (3, 2, 1)] + [(first, first + size) for size in (3, 2, 1)]
        # … or opens the mention before a rank or a title ("Keluarga Brigadir Yosua", "Istri Menteri Keuangan …")
        spans += [(0, size) for size in (3, 2, 1) if size < first]
        for start, end in spans:
            if 0 <= start < end < len(words) and words[end][:1].isupper():
                if fold(" ".join(words[start:end])) in self.parser.relational and (
                    words[start].islower()
                    or fold(words[start]) not in self.parser.relational_in_names
                    or in_lower_case(words[start])
                ):
                    # a description, written as one wherever it stands: no actor is made of it
                    speaker.name, speaker.role = (
                        " ".join([*words[:start], words[start].lower(), *words[start + 1 :]]),
                        "",
                    )
                    break
        return speaker

    def served_place(self, speaker: Speaker, evidence: NameEvidence | None = None, text: str = "") -> Speaker:
        """A one-word name right after an office or an institution in the mention is the place it serves, no
        one's name ("Kapolrestabes Medan", "Kasi Humas Polres Palopo"): the holder is described, not named — unless
        the press names a speaker by that word alone after a cue or "menurut" in the same article ("Menteri Hanif
        menyampaikan …" where it writes "kata Hanif kepada wartawan": `NameEvidence.short_mentions`), or opens a
        person's full name it writes ("Menteri Agus" after "Menteri Imipas Agus Adrianto": `_opens_a_full_name`)."""
        if speaker.pronoun or not speaker.name:
            return speaker
        mention = speaker.mention.strip(" ,")
        if speaker.kind == "organization":
            # "Menteri Luar Negeri Rusia", "Kepala BPJPH RI", "Wali Kota Makassar": a person's title before a
            # place says that the office's holder speaks, not the country or the city
            if (
                mention.endswith(speaker.name)
                and len(mention.split()) > len(speaker.name.split())
                and self.parser.opens_with_person_title(mention)
                and self.parser.is_place(speaker.name.split())
            ):
                speaker.name, speaker.role, speaker.kind = mention, "", "person"
            return speaker
        if speaker.kind != "person" or " " in speaker.name.strip():
            return speaker
        if evidence is not None and speaker.name in evidence.short_mentions:
            return speaker
        if self._opens_a_full_name(speaker.name, text):
            return speaker  # "Menteri Agus" where the article writes "Menteri Imipas Agus Adrianto": his given name
        if speaker.mention.split()[-1:] == [speaker.name] and self.parser.ends_in_served_place(speaker.mention):
            speaker.name, speaker.role = mention, ""
        return speaker

    def _opens_a_full_name(self, word: str, text: str) -> bool:
        """Does the article write the word as the first of a person's name of two words or more ("Agus Adrianto"), no
        place nor body (a place never opens one)?"""
        if not text:
            return False
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}((?:[ \t]+[A-Z][\w'’-]+)+)", text):
            name = f"{word}{found.group(1)}"
            if self.parser.is_person_name(name) and not self.parser.gazetteer.is_place_or_org(name):
                return True
        return False


def _written(phrase: str, text: str) -> Iterator[tuple[str, str]]:
    """Each place `text` writes `phrase` as whole words: (the word before, the word after), as written."""
    for at, end in whole_word_spans(phrase, text):
        before, after = text[max(0, at - 40) : at].split(), text[end : end + 40].split()
        yield (before[-1] if before else "", after[0] if after else "")


def _alone(word: str, text: str, titles: frozenset[str] = frozenset()) -> bool:
    """Does `text` write this word as a name on its own, no capitalised word next to it ("kata Nasaruddin."), but
    perhaps a person's title of one word before it (`titles`: "ujar Menteri Agus.")?"""
    return any(
        not (before[:1].isupper() and before[-1] not in PUNCTUATION and fold(before) not in titles)
        and not after[:1].isupper()
        for before, after in _written(word, text)
    )


def _as_body(speaker: Speaker) -> Speaker:
    """The whole phrase, role and name, as a body's name ("People With Money", "KMOV St. Louis")."""
    return Speaker(speaker.mention, " ".join(filter(None, [speaker.role, speaker.name])), kind="organization")
