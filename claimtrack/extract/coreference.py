"""Coreference within a document: a pronoun, a short name or a bare role gets the full name it stands for.

"Menteri Luar Negeri Rusia Sergei Lavrov … Lavrov mengatakan … Ia menambahkan": "Lavrov" and "Ia" resolve to
"Sergei Lavrov", the full name last seen that fits. Only the document counts; what it leaves open stays open.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from claimtrack.extract.name_registry import NameRegistry, same_person
from claimtrack.extract.names import initials, is_capitalised, part_initials
from claimtrack.extract.speakers import Speaker, SpeakerParser
from claimtrack.extract.subjects import QUOTATION, Subject
from claimtrack.extract.tokens import (
    OPENING_WORD,
    POSSESSIVE_ENDINGS,
    SPACED_DASH,
    opens_sentence,
    uncontracted,
    without_possessive,
)
from claimtrack.lexicon import given_names, lexicon
from claimtrack.textutil import fold

__all__ = ["NameRegistry", "document_source", "resolve"]

_ROLE_WORD = re.compile(r"[\w.-]+")
_CAPITALISED_WORD = re.compile(r"(?<![\w.])[A-Z][\w'’-]+")
_COLON_THEN_QUOTE = re.compile(r":[ \t]*(?:“|\"|''|‘)")  # narration that sets a quotation after it
_QUOTE_MARK = re.compile(r"”|\"|''|’(?!\w)")  # a closing quotation mark


def resolve(
    speaker: Speaker,
    position: int,
    registry: NameRegistry,
    last_speakers: list[Speaker],
    after: int = 0,
    quotes_of_another: bool = False,
    quoted: str = "",
) -> Speaker:
    """Give a pronoun, a short name or a bare role the full name it stands for in this document, or none.

    Only this document counts: a pronoun takes the person brought in as a sentence's subject since the last
    attribution (which ended at `after`), else the last speaker before it that fits, else the last person
    named before it; a short name the full name holding it, a role ("Pak Presiden", "the minister") the
    one person the document gives that role. What the document does not resolve stays unresolved: a
    pronoun gets no name at all, a role stays a description. `quotes_of_another`: the quotation speaks of
    someone in the third person ("dia", "beliau"), who is then not its speaker; `quoted`: the words of a direct
    quotation, which never name its own speaker in the third person ('"… upaya pemerintah …," jelasnya' is not the
    government's).
    """
    names = registry.parser.names
    if speaker.pronoun:
        speaker = _pronoun(speaker, position, registry, last_speakers, after, quotes_of_another, quoted)
        speaker = _bound_by_named_subject(speaker, position, registry)
        of_the_sex = _one_of_the_pronouns_sex(speaker, position, registry)
        if of_the_sex is not None:
            speaker.name = of_the_sex
        if (
            speaker.name
            and speaker.kind == "person"
            and (
                _given_name_of_other_sex(speaker.mention, speaker.name, registry)
                or _after_semicolon_naming_another(registry, position, speaker.name)
                or _other_possessor_just_before(registry, position, speaker.name)
            )
        ):
            # '"…," she told the AP' after "Daniel Simone, who's working on a book …, told Page Six …": whoever the
            # reading took, she is not a man; who she is, the text does not say here
            speaker.name, speaker.role, speaker.aliases = "", "", []
        return (
            _voice_of_body(speaker, registry, last_speakers) if quoted and speaker.kind == "organization" else speaker
        )
    if speaker.kind == "group" and speaker.name:
        speaker.name = _members_in_full(speaker.name, position, registry)
    owner = _owner_of_voice(speaker, position, registry, last_speakers, after)
    if owner:
        # "House Speaker Paul Ryan … . His office released a statement saying …": the office of whom "his" means
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = f"{owner}'s {speaker.name}", "organization", ""
        return speaker
    nicknamed = registry.described_by_nickname(position)
    if nicknamed is not None:
        # "Perempuan yang disapa Leni ini menegaskan …": the person just named, whom the sentence gives a short form
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = nicknamed[0], "person", speaker.role or nicknamed[1]
        return speaker
    voiced = _voice_of_the_body_that_spoke(speaker, position, registry, last_speakers)
    if voiced is not None:
        return _spoken_for_by(speaker, voiced)
    described = _described_before(speaker, registry, last_speakers)
    if described is not None:
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = described.name, described.kind, described.role
        return speaker
    initialled = _initials_named_before(speaker, position, registry)
    if initialled is not None:
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = initialled[0], "person", initialled[1]
        return speaker
    body = _body_initialled_before(speaker, position, registry) or _body_by_first_word_and_noun(
        speaker, position, registry
    )
    if body is not None:
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = body, "organization", ""
        return speaker
    kin = _kin_named_before(speaker, position, registry) or _junior_named_before(speaker, position, registry)
    if kin is not None:
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = kin, "person", speaker.name
        return speaker
    body = _body_named_before(speaker, position, registry) or _kind_of_the_body_that_spoke(
        speaker, position, registry, last_speakers, after
    )
    if body is not None:
        return _spoken_for_by(speaker, body)
    if (
        speaker.kind == "person"
        and speaker.name
        and (
            not names.names_someone(speaker.name, speaker.kind)
            or _place_and_role(speaker.name, registry.parser)  # "the Texas senator said": whom it calls so
            or registry.parser.unit_office(speaker.name.split())
            or registry.parser.office_of_a_body(speaker.name)  # "Kepala BPJPH RI juga menyoroti …"
        )
    ):
        holder = registry.holder_of(speaker.name, position, last_speakers, speaker.mention)
        words = speaker.name.split()
        if holder is None and len(words) == 2 and _place_of_demonym(words[0], registry.parser):
            # "The Iraqi ambassador also accused …" after "Ambassador Alhakim claimed …": the one the article gave
            # the role, the place's adjective being no word of the title it wrote
            holder = registry.holder_of(words[1], position, last_speakers, speaker.mention)
        if holder is None and speaker.name.split()[-1:] and speaker.name.split()[-1].islower():
            # "Iraq’s ambassador to the United Nations asked …" then "Ambassador Mohamed Alhakim told reporters …"
            holder = registry.titled_next(speaker.name.split()[-1], position)
        if holder is None and " " not in speaker.name.strip() and speaker.name[:1].isupper():
            # "Sultan" for "Sultan Bachtiar Najamudin": a royal title given as a name is a short mention of a name
            # opening with it; so is a given name that is a word of the dictionary ("ungkap Agung" after "Wali Kota
            # Pekanbaru Agung Nugroho"), and a family name that is one ("Canon White" after "Canon Andrew White"),
            # after a title or inside a sentence, where no adjective opening it is read so
            holder = registry.full_name(speaker.name, position)
            holder = (
                holder
                if holder is not None
                and (
                    fold(holder[0]).startswith(fold(speaker.name) + " ")
                    or fold(holder[0]).endswith(" " + fold(speaker.name))
                    and registry.person_shaped(speaker.name)
                    and (
                        speaker.role
                        or registry.body[registry.sentence_start(position) : position].strip()
                        # the word alone before its cue, opening the sentence ("White said …"): no adjective; nor a
                        # noun for many, which names no one ("Staff said …" is no "Joint Staff")
                        or speaker.mention.strip() == speaker.name.strip()
                        and registry.person(holder[0]) is not None
                        and fold(speaker.name) not in registry.parser.nouns_of_many
                    )
                )
                else None
            )
        if holder is not None:
            speaker.aliases = [speaker.mention]
            speaker.name, speaker.role = holder
        return speaker
    if (
        speaker.kind in ("person", "organization")
        and 0 < len(speaker.name.split()) <= 3
        and not (speaker.kind == "organization" and speaker.role)  # ("an ICE spokeswoman": a body's voice)
    ):
        # an acronym the document spells out before it, letter for letter, is that body's, whatever person a
        # bracket seems to give it to ("Syrian Observatory for Human Rights (SOHR)" is no "Human Rights")
        spelt_out = registry.spelt_out(speaker.name) if " " not in speaker.name.strip() else None
        if spelt_out is not None:
            speaker.aliases = [speaker.name]
            speaker.name, speaker.kind, speaker.role = spelt_out, "organization", ""
            return speaker
        found = registry.nickname(speaker.name) or registry.nickname(speaker.mention)
        if found is not None:
            speaker.aliases = [speaker.name]
            speaker.name, speaker.role, speaker.kind = found[0], speaker.role or found[1], "person"
            return speaker
    family = _person_by_family_name(speaker, position, registry)
    if family is not None:
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.role, speaker.kind = family[0], speaker.role or family[1], "person"
        return speaker
    if speaker.kind == "organization" and len(speaker.name.split()) == 1:
        spelt_out = registry.spelt_out(speaker.name)
        if spelt_out is not None:  # "DKPP menilai …" where the article wrote "Dewan Kehormatan … Pemilu (DKPP)"
            speaker.aliases = [speaker.name]
            speaker.name = spelt_out
            return speaker
        # "KBRI memastikan …" after "KBRI Phnom Penh menyatakan …": the one body the article named so in full
        fuller = {
            previous.name
            for previous in last_speakers
            if previous.kind == "organization"
            and not previous.pronoun
            and previous.name.split()[:1] == [speaker.name]
            and len(previous.name.split()) > 1
            and all(word[:1].isupper() for word in previous.name.split()[1:])  # not "Times article"
        }
        if not fuller and registry.parser.head_noun_last:
            # "Fox reported …" after "Fox News published …": the one outlet's name the article wrote in full, ending in
            # a word of an outlet's name (`[speaker] outlet_name_words`; not "Apple Watch", nor "HP Inc", the new
            # company an article on HP's split names)
            fuller = {
                run
                for at, run in registry.runs
                if at < position
                and run.split()[0] == speaker.name
                and len(run.split()) == 2
                and fold(run.split()[-1]) in registry.parser.outlet_name_words
            }
        if not fuller and registry.parser.head_noun_last and fold(speaker.name) in registry.parser.outlet_name_words:
            # "the Journal said …" after "the Wall Street Journal reported …": the one body that spoke or reported
            # before whose name ends in the word, as the press shortens an outlet's name ("the Times", "the Post")
            fuller = {
                name
                for name in [previous.name for previous in last_speakers if previous.kind == "organization"]
                + [name for at, name in registry.reporters if at < position]
                if len(name.split()) > 1
                and (
                    name.split()[-1] == speaker.name
                    or name.split()[0] == speaker.name
                    and all(
                        word[:1].isupper() or fold(word) in _body_name_connectors(registry.parser.lex.code)
                        for word in name.split()[1:]
                    )
                )
            }  # ("the Mail" after "the Mail on Sunday reported": the press shortens it from either end)
        if not fuller and registry.parser.head_noun_last and fold(speaker.name) in registry.parser.outlet_name_words:
            # "The Post wrote …" after "first reported by the Washington Post": the one outlet the article named in
            # full with its article before, whether or not it spoke there; two ("the New York Post", "the Washington
            # Post") leave the short name as written
            fuller = _outlets_named_before(speaker.name, position, registry)
        if len(fuller) == 1:
            speaker.aliases = [speaker.name]
            speaker.name = fuller.pop()
            return speaker
    if speaker.kind == "person" and (
        len(speaker.name.split()) == 1 or len(speaker.name.split()) == 2 and not speaker.role
    ):
        role_words = speaker.role.split()
        title = role_words[-1] if role_words and fold(role_words[-1]) in registry.parser.one_word_titles else ""
        if not title:
            # "then-Secretary Clinton": a title joined to the word before it, which no capitalised run reads
            written = (registry.body[max(0, position - 40) : position].split() or [""])[-1]
            joined = written.rsplit("-", 1)[-1]
            title = joined if joined != written and fold(joined) in registry.parser.one_word_titles else ""
        found = registry.full_name(speaker.name, position, title)
        sex = _honorific_sex(speaker, registry)
        if (
            sex
            and len(speaker.name.split()) == 1
            and (found is None or _given_name_of_other_sex(sex, found[0], registry))
        ):
            # "Mrs. Berger said …" where the article names Susan and Thomas Berger: the one of the honorific's sex
            of_the_sex = _one_of_the_sex(sex, speaker.name, position, registry, unknown_fits=True)
            found = (of_the_sex, "") if of_the_sex is not None else found
        if found is not None and _honorific_of_other_sex(speaker, found[0], registry, last_speakers):
            # "Mrs. Trump said …" where "Trump" would be Donald Trump, whom the article calls "he": not him, and
            # which woman of the family, the article does not say here (no honorific opens an actor's name)
            speaker.name, speaker.kind = "", "unknown"
            return speaker
        if found is not None:
            full, role = found
            speaker.aliases = [speaker.name]
            speaker.name = full
            speaker.role = speaker.role or title or role
            if any(name == full for _, name in registry.reporters):
                speaker.kind = "organization"  # "according to the Mail" after the Mail on Sunday reported
    return speaker


def _unknown_initials(last: Speaker, registry: NameRegistry) -> bool:
    """Is the last speaker two or three capitals the gazetteer does not know and the article never spells out ("HM"), in
    a language whose press so writes a person it shields (`[names] initials_for_people`)? The parser reads an acronym
    as a body."""
    return (
        registry.parser.lex.flag("names", "initials_for_people")
        and last.kind == "organization"
        and last.mention.strip() == last.name  # (written so alone: not "an IBM spokeswoman", a body's voice)
        and _INITIALS.fullmatch(last.name) is not None
        and registry.parser.gazetteer.lookup(last.name) is None
        and registry.spelt_out(last.name) is None
    )


_INITIALS = re.compile(r"[A-Z]{2,3}")


def _owner_of_voice(
    speaker: Speaker, position: int, registry: NameRegistry, last_speakers: list[Speaker], after: int
) -> str:
    """The person a possessive pronoun before a person's voice means ("His office", "Her campaign": `[speaker]
    possessive_pronouns` of a personal pronoun, `persons_voices`), as that pronoun alone would be resolved there
    (`resolve`); "" when the mention is no such phrase or the pronoun means no one the text shows, or one word only."""
    parser = registry.parser
    words = speaker.mention.split()
    if speaker.pronoun or len(words) != 2 or fold(words[1]) not in _persons_voices(parser.lex.code):
        return ""
    pronoun = parser.lex.table("speaker", "possessive_pronouns").get(fold(words[0]), "")
    if not pronoun or fold(pronoun) in parser.lex.impersonal_pronouns or fold(pronoun) not in parser.lex.pronouns:
        return ""
    meant = resolve(Speaker(pronoun, pronoun, kind="person", pronoun=True), position, registry, last_speakers, after)
    if not meant.name or meant.kind != "person" or " " not in meant.name.strip():
        return ""
    return _POSSESSIVE_END.sub("", meant.name)  # ("David Vitter’s (R-La.) case": his name, not its possessive)


@cache
def _persons_voices(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("speaker", "persons_voices"))


def _place_and_role(name: str, parser: SpeakerParser) -> bool:
    """Is the name a place the gazetteer knows (or its possessive) and a role in lower case ("Texas senator", "Iraq’s
    ambassador")? A description, in a language whose noun phrases end with their head: the one the article titles so
    holds it."""
    words = name.split()
    if words and words[0].endswith(("'s", "’s")):
        words = [words[0][:-2], *words[1:]]  # "Iraq’s ambassador"
    return (
        parser.head_noun_last
        and len(words) >= 2
        and words[-1].islower()
        and fold(words[-1]) in parser.role_words
        and all(word[:1].isupper() for word in words[:-1])
        and (parser.is_place(words[:-1]) or len(words) == 2 and _place_of_demonym(words[0], parser))
    )


def _place_of_demonym(word: str, parser: SpeakerParser) -> bool:
    """Is the word the adjective of a place the gazetteer knows, by the endings English gives such adjectives ("Iraqi"
    of Iraq, "Syrian" of Syria, "Texan" of Texas, "Chinese" of China; `[names] demonym_endings`, as "ending → what
    the place's name ends with instead")?"""
    for ending, replaced in _demonym_endings(parser.lex.code):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            stem = word[: len(word) - len(ending)] + replaced
            known = parser.gazetteer.lookup(stem)
            if known is not None and known.kind == "place":
                return True
    return False


@cache
def _demonym_endings(language: str) -> tuple[tuple[str, str], ...]:
    """`[names] demonym_endings`: ("ese", "a") for "Chinese" of China."""
    table = lexicon(language).table("names", "demonym_endings")
    return tuple((ending, str(replaced)) for ending, replaced in table.items())


def _described_before(speaker: Speaker, registry: NameRegistry, last_speakers: list[Speaker]) -> Speaker | None:
    """The one speaker before whose words end with this bare noun, in a language whose noun phrases end with their
    head: "The center said …" after "Syrian press center, said …". None when no one, or more than one, fits."""
    words = speaker.name.split()
    if (
        not registry.parser.lex.flag("names", "head_noun_last")
        or len(words) != 1
        or not speaker.name.islower()
        or speaker.pronoun
    ):
        return None
    written = fold(speaker.mention).split()
    if (
        written[-1:] != [fold(words[0])]
        or (len(written) == 2 and written[0] not in registry.parser.lex.words_of("names", "definite_articles"))
        or len(written) > 2
    ):
        return None  # "Her campaign", "his team": whose it is is said, and may be another's
    head = fold(words[0])
    found = {
        previous.name: previous
        for previous in last_speakers
        if previous.name
        and not previous.pronoun
        and previous.name != speaker.name
        and len(previous.mention.split()) > 1
        and fold(previous.mention.split()[-1]) == head
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _initials_named_before(speaker: Speaker, position: int, registry: NameRegistry) -> tuple[str, str] | None:
    """The one person named in full before, as a sentence's subject, whose initials an acronym speaker is ("kata STY"
    after "Shin Tae-yong berbicara …": one initial for each part of a hyphenated name; "SBY" after "Susilo Bambang
    Yudhoyono hadir …"), where the gazetteer knows no body by it. None when no one, or more than one, has them."""
    acronym = speaker.name.strip()
    if speaker.pronoun or not (3 <= len(acronym) <= 5 and acronym.isalpha() and acronym.isupper()):
        return None
    if registry.parser.gazetteer.lookup(acronym) is not None:
        return None
    found: dict[str, str] = {}
    for at, run in registry.runs:
        if at >= position:
            break
        person = registry.person(run)
        if (
            person is None
            or len(person[0].split()) < 2
            or acronym not in (part_initials(person[0].split()), initials(person[0].split()))
            or not registry.parser.is_person_name(person[0])
            or not registry.a_subject_before(person[0], position)  # ("Black Lives Matter" is no one's name)
        ):
            continue
        found.setdefault(person[0], person[1])
    return next(iter(found.items())) if len(found) == 1 else None


def _body_initialled_before(speaker: Speaker, position: int, registry: NameRegistry) -> str | None:
    """The one body that spoke before in the article, named in full, whose initials an acronym speaker is ("WSJ says
    …" after "The Wall Street Journal reported …"; function words of the name in lower case left out: "Bank of
    America" is "BA" or "BOA" nowhere, so such names are asked by their capitalised words), where the gazetteer knows
    no body by the acronym. None when no body, or more than one, has them."""
    acronym = speaker.name.strip()
    if speaker.pronoun or not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    if registry.parser.gazetteer.lookup(acronym) is not None:
        return None
    return _one_body_before(
        registry,
        position,
        lambda words: len(words) >= 2 and initials([word for word in words if word[:1].isupper()]) == acronym,
    )


def _one_body_before(registry: NameRegistry, position: int, fits: Callable[[list[str]], bool]) -> str | None:
    """The one organisation named before `position` whose name's words fit; None when none, or more than one, does."""
    found = {
        name
        for at, name, kind, _ in registry.entries
        if at < position and kind == "organization" and fits(name.split())
    }
    return found.pop() if len(found) == 1 else None


def _body_by_first_word_and_noun(speaker: Speaker, position: int, registry: NameRegistry) -> str | None:
    """The one body that spoke before, named in full, that a description gives by the first word of its name and the
    noun of its kind ("The SITE group also said …" after "the SITE Intelligence Group reported …"; `[speaker]
    described_bodies`, `[titles] organization`), in a language whose noun phrases end with their head. The full name
    must hold the first word at its start, as written, and a noun of that kind as its last word. None when no body,
    or more than one, fits."""
    parser = registry.parser
    head, first = fold(speaker.name), speaker.role.strip()
    if not parser.head_noun_last or speaker.pronoun or not first or " " in first or not first[:1].isupper():
        return None
    nouns = parser.described_bodies.get(head) or frozenset({head} & _organization_titles(parser.lex.code))
    if not nouns:
        return None
    return _one_body_before(
        registry, position, lambda words: len(words) >= 3 and words[0] == first and fold(words[-1]) in nouns
    )


@cache
def _organization_titles(language: str) -> frozenset[str]:
    """The one-word nouns that describe a body by its kind (`[titles] organization`: "group", "party", "firm")."""
    return frozenset(fold(w) for w in lexicon(language).words_of("titles", "organization") if " " not in w.strip())


def _person_by_family_name(speaker: Speaker, position: int, registry: NameRegistry) -> tuple[str, str] | None:
    """The person named in full before whose family name a one-word place or body is ('"…," Israel said' after "Rep.
    Steve Israel (D-N.Y.) said …"), when the article writes that word nowhere else but inside the person's name: then
    the article never speaks of the place. None otherwise ("Israel said" in an article about the country)."""
    word = speaker.name.strip()
    if speaker.kind != "organization" or " " in word or speaker.role or speaker.pronoun or not word[:1].isupper():
        return None
    holder = registry.full_name(word, position)
    if (
        holder is None
        or len(holder[0].split()) < 2
        or holder[0].split()[-1] != word
        or not any(name == holder[0] and kind == "person" for _, name, kind, _ in registry.entries)
    ):
        return None  # (a person the article named so, not "Chicago Sun-Times" for "Sun-Times")
    body = registry.body
    names = [(m.start(), m.end()) for m in re.finditer(re.escape(holder[0]), body)]
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
        if found.start() <= position < found.end() or position <= found.start() < position + len(speaker.mention):
            continue  # (this mention)
        if not any(start <= found.start() < end for start, end in names):
            return None
    return holder


def _kin_named_before(speaker: Speaker, position: int, registry: NameRegistry) -> str | None:
    """The one person the article named before as this kin, in a language whose noun phrases end with their head:
    "the boy's father told …" after "His father, Jason Steward, said …" (the kin word, then the full name set off by
    commas or right after it: "Jim Foley's mother Diane Foley"). None when no one, or more than one, was so named."""
    parser = registry.parser
    words = fold(speaker.name).split()
    written = fold(speaker.mention).split()
    whose = _possessor(speaker.name)
    if (
        not parser.head_noun_last
        or speaker.pronoun
        or not (speaker.name.islower() or whose and speaker.name.split(None, 1)[-1].islower())
        or not words
        or words[-1] not in _kin_heads(parser.lex.code)
        or len(words) > 2
        or any(word in parser.possessive_determiners for word in written[:-1])
    ):
        return None  # ("His lawyer said …": whose, the sentence says, and may be another's than the one named before)
    found = set()
    for match in _kin_then_name(words[-1]).finditer(registry.body, 0, max(0, position)):
        person = registry.person(match.group("name").rstrip(",."))
        if person is None or " " not in person[0].strip() or not parser.is_person_name(person[0]):
            continue
        if whose and _possessor(registry.body[max(0, match.start() - 40) : match.start()].strip()) != whose:
            continue  # "Foley's mother" is the one named "James Foley's mother, Diane Foley", no other's mother
        found.add(person[0])
    return found.pop() if len(found) == 1 else None


_FATHER_THEN_KIN = re.compile(r"(?P<father>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)['’]s?[ \t]+(?P<kin>\w+)")


def _junior_named_before(speaker: Speaker, position: int, registry: NameRegistry) -> str | None:
    """The son a possessive kin phrase means by his father's name: "Donald Trump's son told …" after "Donald Trump Jr.
    offered …" is him, as the suffix names a son by his father's name (`[names] junior_suffixes`, `son_words`). None
    when the article named no such son before, or more than one."""
    lex = registry.parser.lex
    found = None if speaker.pronoun else _FATHER_THEN_KIN.fullmatch(speaker.name.strip())
    if found is None or fold(found.group("kin")) not in {fold(w) for w in lex.words_of("names", "son_words")}:
        return None
    father = found.group("father")
    named = set()
    for suffix in lex.words_of("names", "junior_suffixes"):
        pattern = rf"(?<![\w-]){re.escape(father)},?[ \t]+{re.escape(suffix)}(?![\w-])"
        for match in re.finditer(pattern, registry.body[: max(0, position)]):
            person = registry.person(registry.body[match.start() : match.end()])
            named.add(person[0] if person is not None else match.group())
    return named.pop() if len(named) == 1 else None


_POSSESSIVE_END = re.compile(r"['’]s?$")
_POSSESSOR = re.compile(r"([A-Z][\w-]*)['’]s?(?:\s|$)")


def _possessor(phrase: str) -> str:
    """The last name written in the possessive that the phrase ends with or opens ("Foley's mother" → "Foley", "James
    Foley's" → "Foley"); "" when none."""
    found = [m.group(1) for m in _POSSESSOR.finditer(phrase)]
    if not found:
        return ""
    return found[0] if not phrase.rstrip().endswith(POSSESSIVE_ENDINGS) else found[-1]


@cache
def _kin_heads(language: str) -> frozenset[str]:
    """Kin words (`[titles] relational` entries with "of": "father of"); not "lawyer for", whoever's lawyer."""
    relational = (fold(r) for r in lexicon(language).words_of("titles", "relational"))
    return frozenset(r.split()[0] for r in relational if r.endswith(" of"))


@cache
def _kin_then_name(kin: str) -> re.Pattern[str]:
    """The kin word, then a full name set off by a comma or right after it: "father, Jason Steward", "mother Diane"."""
    return re.compile(rf"\b{re.escape(kin)}(?:,[ \t]+|[ \t]+)(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL})+)")


def document_source(speaker: Speaker, position: int, registry: NameRegistry) -> Speaker:
    """A document the article names by its noun alone ("The report states …", `[speaker] described_documents`) speaks
    for the one body whose report the article gave before: "a report in the Vancouver Province", "according to
    Benzinga's report", or the one outlet that reported (as `_body_named_before`). Otherwise it stays what it is,
    something that circulates."""
    if registry.parser.authored_document(speaker.name):
        # "a study by the Institute for Statecraft found …": its author as its own phrase gives it, else what it is
        author = _author_beside(speaker, position, registry, by_only=True)
        if author is not None:
            speaker.aliases = [speaker.mention]
            speaker.name, speaker.kind, speaker.role = author
        return speaker
    if fold(speaker.name) not in registry.parser.described_documents:
        return speaker
    author = _author_beside(speaker, position, registry)
    if author is not None:
        speaker.aliases = [speaker.mention]
        speaker.name, speaker.kind, speaker.role = author
        return speaker
    body = _body_named_before(speaker, position, registry)
    return speaker if body is None else _spoken_for_by(speaker, body)


# a description in lower case and a person's name after a study's author: "by Loyola Law School professor Justin Levitt"
_DESCRIBED_PERSON_AFTER = re.compile(
    r"(?P<role>(?:[ \t]+[a-z][\w-]*){1,2})[ \t]+(?P<person>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})(?=[ \t]+[a-z]|,)"
)


def _author_beside(
    speaker: Speaker, position: int, registry: NameRegistry, by_only: bool = False
) -> tuple[str, str, str] | None:
    """Whom the document speaking is by, as its own phrase says: after it ("A recent report from CBC suggested …", "A
    report by the BBC said …": `[speaker] publication_prepositions`, the name then the cue) or before it, possessive
    ("Kuo's latest report says …"). A person's short name takes the full name the article gave before. None when the
    phrase names no one."""
    body = registry.body
    at = body.find(speaker.mention, position, position + 40 + len(speaker.mention))
    if at < 0:
        return None
    after, before = _author_patterns(registry.parser.lex.code)
    found = after.match(body, at + len(speaker.mention))
    preposition = fold(found.group("preposition")) if found is not None else ""
    if found is not None and (
        preposition not in _maker_prepositions(registry.parser.lex.code)
        if by_only
        else not found.group("article")
        and not found.group("name").isupper()
        and preposition not in _by_prepositions(registry.parser.lex.code)
    ):
        # "A report from Vancouver last week …", "a report in Syria": a bare name after "from" or "in" may be where
        # the document came from; an outlet is written with its article ("in the Austrian Times", "from The
        # Washington Post") or is an acronym ("from CBC"); after "by" it is the author (`by_prepositions`). A study
        # takes its author after "by" or "from" only (`[speaker] maker_prepositions`: "a 2010 study from Penn State
        # University"; "a study in the Lancet" is where it appeared, not who made it; a place after "from" is where
        # it came from, below)
        found = None
    if found is not None and by_only:
        described = _DESCRIBED_PERSON_AFTER.match(body, found.end("name"))
        if described is not None and all(
            fold(word) in registry.parser.names.role_words for word in described.group("role").split()
        ):  # (a role, not a verb: "The poll by the Public Policy Institute of California showed Hillary Clinton …")
            # "A 2014 study by Loyola Law School professor Justin Levitt found …": the professor made it, not the school
            person = registry.parser.parse(described.group("person"))
            if person.kind != "person" or not registry.parser.names.names_someone(person.name):
                return None
            full = registry.full_name(person.name, position)
            return (full[0], "person", full[1]) if full is not None else (person.name, "person", "")
    found = found or before.search(body, max(0, at - 80), at)
    if found is None:
        return None
    words = found.group("name").split()
    if len(words) > 1 and fold(words[0]) in registry.parser.definite:
        words = words[1:]  # "The RNC's latest report …" (a sentence's capital)
    name = " ".join(words)
    if _time_words(registry.parser.lex.code) & {fold(word) for word in words}:
        return None  # "A report in March said …": when, not by whom
    parser = registry.parser
    if parser.is_place(name.split()):
        return None  # "A report from Vancouver last week said …": where it came from
    parsed = parser.parse(name)
    if parsed.kind == "person" and parsed.name == name:
        full = registry.full_name(name, position)
        return (full[0], "person", full[1]) if full is not None else (name, "person", "")
    return (name, "organization", "") if parsed.kind != "person" else None


@cache
def _by_prepositions(language: str) -> frozenset[str]:
    """The preposition of `[speaker] publication_prepositions` that names the author alone (`[cues]
    participle_prepositions`: "by"), folded."""
    lex = lexicon(language)
    return frozenset(fold(w) for w in lex.words_of("speaker", "publication_prepositions")) & frozenset(
        fold(w) for w in lex.words_of("cues", "participle_prepositions")
    )


@cache
def _maker_prepositions(language: str) -> frozenset[str]:
    """The prepositions after which a study or a poll names who made it (`[speaker] maker_prepositions`), folded."""
    return frozenset(fold(w) for w in lexicon(language).words_of("speaker", "maker_prepositions"))


@cache
def _time_words(language: str) -> frozenset[str]:
    """The months and weekdays of `[dates]`, folded: a capitalised word that names a time, no author."""
    lex = lexicon(language)
    return frozenset(fold(w) for w in (*lex.numbers("dates", "months"), *lex.words_of("dates", "weekdays")))


@cache
def _author_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The author right after a document's noun, before a verb in lower case ("report from CBC suggested"), the
    sentence's end, or a comma that sets off an aside ("a report in the Vancouver Province, citing sources …, said"),
    and a possessive author right before it, perhaps with a word or two between ("Kuo's latest report")."""
    lex = lexicon(language)
    prepositions = "|".join(sorted(re.escape(w) for w in lex.words_of("speaker", "publication_prepositions")))
    articles = "|".join(sorted(re.escape(w) for w in lex.words_of("names", "definite_articles"))) or "(?!x)x"
    possessive = "|".join(sorted(re.escape(w) for w in lex.words_of("cues", "possessive_endings"))) or "(?!x)x"
    name = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,4}"
    # a body's name goes on past its connectors ("the Institute for Statecraft"; `[speaker] body_name_connectors`)
    connectors = "|".join(sorted(re.escape(w) for w in lex.words_of("speaker", "body_name_connectors")))
    long_name = rf"{name}(?:[ \t]+(?:{connectors})[ \t]+(?:(?:{articles})[ \t]+)?{name})*" if connectors else name
    after = (
        rf"[ \t]+(?P<preposition>{prepositions})[ \t]+(?P<article>(?:{articles})[ \t]+)?(?P<name>{long_name})"
        r"(?=[ \t]+[a-z]|,|\.(?:\s|$))"  # ("according to a new poll by the … Institute of Politics.")
        if prepositions
        else "(?!x)x"
    )
    before = rf"(?<![\w'’])(?P<name>{name})(?:{possessive})[ \t]+(?:[a-z]+[ \t]+){{0,2}}$"
    return re.compile(after), re.compile(before)


def _holds_office_of(person: Speaker, body: str, last_speakers: list[Speaker], registry: NameRegistry) -> bool:
    """Does the person hold an office of the body, by a role the article gave them (`Lexicon.institution_of`:
    "Wakil Menteri Komunikasi dan Digital" of "Kementerian Komunikasi dan Digital", which the gazetteer also knows as
    "Komdigi"; "Kepala BPS" of "BPS")?"""
    if person.kind != "person" or not person.name or not body:
        return False
    gazetteer = registry.parser.gazetteer

    def known(name: str) -> str:
        entity = gazetteer.lookup(name)
        return fold(entity.name) if entity is not None else fold(name)

    wanted = known(body)
    roles = {s.role for s in last_speakers if s.kind == "person" and s.name == person.name and s.role}
    lex = registry.parser.lex
    return any(
        (institution := lex.institution_of(role))
        and known(institution) == wanted
        or f" {fold(body)} " in f" {fold(role)} "
        for role in roles
    )


def _official_of(body: Speaker, at: int, last_speakers: list[Speaker], registry: NameRegistry) -> Speaker | None:
    """The person quoted last around the body's statement at `at` in `last_speakers` (after it, else right before it
    with only the body between), when they hold an office of that body and no one else quoted before does (two of
    its people spoke: which one goes on, the text does not say); None otherwise."""
    officials = {
        s.name
        for s in last_speakers
        if s.kind == "person" and s.name and _holds_office_of(s, body.name, last_speakers, registry)
    }
    if len(officials) != 1:
        return None
    later = [s for s in last_speakers[at + 1 :] if s.kind == "person" and s.name]
    if later:
        return later[-1] if later[-1].name in officials else None
    for earlier in reversed(last_speakers[:at]):
        if earlier.kind == "organization" and earlier.name == body.name:
            continue
        return earlier if earlier.kind == "person" and earlier.name in officials else None
    return None


def _voice_of_the_body_that_spoke(
    speaker: Speaker, position: int, registry: NameRegistry, last_speakers: list[Speaker]
) -> str | None:
    """The body a bare voice speaks for ("A spokesman said …", `[speaker] voices_of_bodies`) when that body is the
    last speaker and no one has spoken since: "The Foreign Office said it was looking into the reports. A spokesman
    said: …". Not a news outlet that reported (whose spokesman, then, the article does not say), not after a person,
    and only in a language whose noun phrases end with their head. None otherwise: the voice stays as written."""
    parser = registry.parser
    if (
        not parser.head_noun_last
        or speaker.pronoun
        or " " in speaker.name.strip()
        or fold(speaker.name) not in parser.voices_of_bodies
        or not last_speakers
    ):
        return None
    written = fold(speaker.mention).split()
    if len(written) > 2 or (len(written) == 2 and parser.lex.determiners.match(written[0] + " ") is None):
        return None  # "his spokesman", "a campaign spokesman": someone else's, or another body's
    at = registry.body.find(speaker.mention, position)
    following = OPENING_WORD.match(registry.body, at + len(speaker.mention)) if at >= 0 else None
    if at < 0 or following is not None and following.group(1) in parser.role_connectors:
        return None  # "A spokesman for US Central Command said": the body it names, not the last one
    previous = last_speakers[-1]
    if (
        previous.kind != "organization"
        or not previous.name[:1].isupper()  # a named body, not a description ("the campaign said …")
        or previous.pronoun
        or any(name == previous.name for _, name in registry.reporters)
    ):
        return None
    return previous.name


def _kind_of_the_body_that_spoke(
    speaker: Speaker, position: int, registry: NameRegistry, last_speakers: list[Speaker], after: int
) -> str | None:
    """The body a definite description by its kind stands for ("the firm", `[speaker] described_bodies`) when that
    body spoke last, by its name, in the sentence right before, and nothing since names another: "New York-based
    technology giant IBM has denied rumors …. The firm said …". The kind agrees with the one the body's name says
    ("the ministry" after "Health Ministry"), or the name says none and the noun fits any body (`[speaker]
    generic_body_nouns`: "the firm", not "the broadcaster" after "NatWest"); not a news outlet that reported, and only
    in a language whose noun phrases end with their head. None otherwise: the description stays as written."""
    parser = registry.parser
    written = fold(speaker.mention).split()
    definite = parser.lex.words_of("names", "definite_articles")
    if (
        not parser.head_noun_last
        or speaker.pronoun
        or not last_speakers
        or not speaker.name.islower()
        or len(written) != 1
        or written[0] not in parser.described_bodies
        or not _after_a_definite_article(registry.body, position, speaker.name, definite)
    ):
        return None
    previous = last_speakers[-1]
    if (
        previous.kind != "organization"
        or previous.pronoun
        or not previous.name[:1].isupper()
        or any(name == previous.name for _, name in registry.reporters)
    ):
        return None
    group = parser.described_bodies[written[0]]
    kinds = [fold(word) for word in previous.name.split() if fold(word) in parser.described_bodies]
    if any(kind not in group for kind in kinds):
        return None  # "Health Ministry", then "the company": another body
    if not kinds and written[0] not in {fold(w) for w in parser.lex.words_of("speaker", "generic_body_nouns")}:
        return None  # "NatWest said …. The broadcaster said …": a kind the name does not say, another body's
    if not _next_sentence(registry.body, after, position) or registry.other_named_between(
        after, position, previous.name
    ):
        return None
    return previous.name


def _spoken_for_by(speaker: Speaker, body: str) -> Speaker:
    """The description ("the clinic", "the report") speaks as the body it stands for, its words kept as an alias."""
    speaker.aliases = [speaker.mention]
    speaker.name, speaker.kind = body, "organization"
    return speaker


def _body_named_before(speaker: Speaker, position: int, registry: NameRegistry) -> str | None:
    """The one body the document named before by the noun of this bare description, in a language whose noun
    phrases end with their head: "The clinic said …" after "Yorkville Endoscopy Clinic" (a name ending in the noun),
    "the Mail on Sunday newspaper" (the noun after a name), "website Weird Whitstable" (before it), "Yorkville
    Endoscopy, the clinic where …" (in apposition); a noun's kind is its group (`[speaker] described_bodies`: "the
    paper" is also the one written "daily Ajel"). For a news outlet (`[speaker] outlet_bodies`) the article may name
    it only as a source: "According to Hip-Hop Hangover, … The site claims …" is the one body that reported before
    (`NameRegistry.reporters`). None when no body, or more than one, fits: the description stays as written."""
    parser = registry.parser
    if not parser.head_noun_last or speaker.pronoun or not speaker.name.islower():
        return None
    written = fold(speaker.mention).split()
    modifiers, own_modifier = parser.body_modifiers, ""
    if " " in speaker.name:  # "the news outlet": the outlet, as "the outlet" is (`[speaker] body_modifiers`)
        named = fold(speaker.name).split()
        if len(named) != 2 or written[-2:] != named or not named[0].isalpha():
            return None
        if named[0] not in parser.body_modifiers:
            # "the monitoring service said" after "the SITE monitoring service reported": the one body named before with
            # the description's own words after its name, and no other ("the Secret Service" is no monitoring service)
            modifiers, own_modifier = modifiers | {named[0]}, named[0]
        written = written[:-2] + named[1:]
    head = fold(speaker.name).split()[-1]
    group = parser.described_bodies.get(head)
    if group is None or written[-1:] != [head] or len(written) > 2:
        return None
    definite = parser.lex.words_of("names", "definite_articles")
    if len(written) == 2 and written[0] not in definite:
        return None  # "Her ministry", "its website": whose it is is said, and may be another's
    text = registry.body[: max(0, position)]
    if not _after_a_definite_article(registry.body, position, speaker.name, definite):
        return None  # "A report by OHCHR confirmed …", "this report notes": a report the article names here, anew
    reporters = [(at, name) for at, name in registry.reporters if at < position]
    found: dict[str, str] = {}
    matched: list[tuple[int, int]] = []  # where the text names a body with the noun
    for shape, pattern in enumerate(_body_patterns(parser.lex.code, group, modifiers)):
        for match in pattern.finditer(text):
            if own_modifier and (
                shape != _NOUN_AFTER_NAME or fold(match.group("modifier") or "").strip() != own_modifier
            ):
                continue
            matched.append(match.span())
            words = match.group("name").split()
            while len(words) > 1 and words[0].endswith(("'s", "’s")) and parser.is_place([words[0][:-2]]):
                words = words[1:]  # "Britain's Mail on Sunday newspaper": the paper, not Britain
            for at in range(len(words) - 1, 0, -1):  # "… George W. Bush. The company": the sentence before ends
                if words[at - 1].endswith(".") and len(words[at - 1]) > 2 and "." not in words[at - 1][:-1]:
                    # (a name after the noun ends with its sentence: "a report in the Vancouver Province. The …")
                    words = words[:at] if shape in _NAME_AFTER_NOUN else words[at:]
                    break
            if len(words) > 1 and fold(words[0]) in definite:
                words = words[1:]  # "The Yorkville Endoscopy Clinic released …" opening a sentence: the clinic's name
            name = " ".join(words).rstrip("'’\"”")
            if name.endswith(".") and "." not in name.split()[-1][:-1]:
                name = name[:-1].rstrip("'’\"”")  # "daily ‘Ajel’." ends a sentence; "Canada.com", "U.S." keep theirs
            words = name.split()
            while (
                shape in (*_NAME_AFTER_NOUN, _NAME_BEFORE_COPULA)
                and len(words) > 2
                and fold(words[-1]) in parser.weekdays_and_months
            ):
                words = words[
                    :-2
                ]  # "a report in the Vancouver Province on Monday" (not "the Mail on Sunday newspaper")
            name = " ".join(words)
            if (
                not words
                or any(fold(word) in parser.names.function_words for word in (words[0], words[-1]))
                or any(word.endswith(("'s", "’s")) for word in words)  # "Burton’s and Hammond’s website": theirs
                or fold(name) in parser.weekdays_and_months
                or (shape == 0 and fold(words[-1]) in parser.weekdays_and_months)
                or parser.is_place(words)
                or (
                    shape == _NOUN_AFTER_NAME
                    and not match.group("modifier")
                    and (len(words) == 1 or not _noun_ends_phrase(text, match.end(), parser))
                )
                or (shape in _NAME_AFTER_NOUN and _noun_of_a_body_after(text, match.end(), parser))
            ):
                continue  # "The clinic": no name; "on Tuesday"; "US newspaper", "British bank": what kind of one
            found.setdefault(fold(name), name)
    if own_modifier:
        if len(found) != 1:
            return None
        name = next(iter(found.values()))
        spoken = fold(f"{name} {own_modifier} {head}")  # as a speaker before: "SITE monitoring service"
        return next((n for at, n, _, _ in registry.entries if at < position and fold(n) == spoken), name)
    if head in _web_bodies(parser.lex.code):
        # "A website with the URL “nbctoday.co” posted the story …. Many probably assumed that the link was the actual
        # NBC TODAY site. The site wrote: …": a web address the article gives is a site it names too
        for address in _WEB_ADDRESS.finditer(text):
            if not any(start <= address.start() < end for start, end in matched):
                found.setdefault(fold(address.group()), address.group())
    if head in parser.described_documents:
        # a report is also theirs who reported ("the Journal reported …"), and "the report" is one of those only when
        # the article spoke of no other: "He starts the report by saying …" after "Mr Cantlie begins his report" and
        # "the Syrian Observatory … reported" is Cantlie's video, not the Observatory's
        # (a body that spoke "in a report" right before reported too: "the Journal said in a report on its site")
        bodies = reporters + [
            (at, name) for at, name, kind, _ in registry.entries if at < position and kind == "organization"
        ]
        for mention in re.finditer(rf"\b{re.escape(speaker.name)}\b", text, re.IGNORECASE):
            near = [name for at, name in bodies if 0 <= mention.start() - at <= _REPORT_NEAR]
            if not near and not any(start <= mention.start() < end for start, end in matched):
                return None
            for name in near:
                found.setdefault(fold(name), name)
        for _, name in reporters:
            found.setdefault(fold(name), name)
    # (a name another holds at its start or its end is the same body: "Journal" of "Wall Street Journal"; and the
    # noun may open the name or end it: "the Department of Labor" is "the Labor Department")
    names = [
        name
        for key, name in found.items()
        if not any(o != key and (o.startswith(key + " ") or o.endswith(" " + key)) for o in found)
        and not _head_first_of(key, found)
    ]
    if len(names) == 1:
        return names[0]
    if names or head not in parser.outlet_bodies:
        return None
    reported = {name for _, name in reporters}
    if reporters and _outlet_addressed_since(registry, max(at for at, _ in reporters), position, reported):
        return None  # "… The New York Daily News reported. … Speaking to The Odessa American, he said …. The website
        # reported …": the article has spoken to another outlet since; which one it means, it does not say
    if not reported and head not in parser.described_documents:
        # "Axios reports he has privately told …" and then "according to the outlet": the outlet is the one name that
        # reported, which the article shows is no person (no fuller name of it, written before or after); not for a
        # document, which a person writes as well ("‘This is truly a disgusting rumor …,’ Symone wrote." then "The
        # article claimed …", the article of the fake news site she answers)
        reported = {
            name
            for at, name in registry.named_reporters
            if at < position and registry.full_name(name, position) is None
        }
    return reported.pop() if len(reported) == 1 else None


_WEB_ADDRESS = re.compile(
    r"(?<![\w.@/-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|io|news)(?:\.[a-z]{2})?(?![\w.-])"
)


@cache
def _web_bodies(language: str) -> frozenset[str]:
    """Nouns of bodies on the web (`[speaker] web_bodies`: "site", "website", "blog"), folded."""
    return frozenset(fold(w) for w in lexicon(language).words_of("speaker", "web_bodies"))


def _head_first_of(key: str, found: dict[str, str]) -> bool:
    """Is the folded name a body's noun, a connector and the rest of a name the article also writes with the noun
    last ("department of labor" beside "labor department")?"""
    words = key.split()
    return len(words) > 2 and f"{' '.join(words[2:])} {words[0]}" in found


def _outlet_addressed_since(registry: NameRegistry, since: int, position: int, reported: set[str]) -> bool:
    """Does the narration between `since` and `position` name a body someone spoke to (`[cues] addressed_to`, a
    capitalised name after it, with its article or no person's: "Speaking to The Odessa American, …"), other than the
    bodies that reported?"""
    to = registry.parser.lex.words_of("cues", "addressed_to")
    if not to:
        return False
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, to))})[ \t]+(?P<name>{_CAPITAL}(?:[ \t]+{_CAPITAL})*)")
    known = {fold(name) for name in reported}
    for found in pattern.finditer(registry.body, since, position):
        words = found.group("name").rstrip(",.").split()
        articled = len(words) > 1 and fold(words[0]) in registry.parser.definite  # "The Odessa American": a paper's
        words = words[1:] if articled else words
        name = " ".join(words)
        if (
            name
            and fold(name) not in known
            and (articled or registry.person(name) is None)
            and not registry.parser.is_place(words)
        ):
            return True
    return False


_BODY_NOUN_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)")


def _noun_of_a_body_after(text: str, end: int, parser: SpeakerParser) -> bool:
    """Does a noun of a body follow the name ("a report by Apple blog 9to5mac")? Then the name says whose it is."""
    following = _BODY_NOUN_AFTER.match(text, end)
    return following is not None and fold(following.group(1)) in parser.described_bodies


def _after_a_definite_article(body: str, position: int, noun: str, definite: tuple[str, ...]) -> bool:
    """Is the speaker's noun at `position` written after a definite article ("The clinic said", "according to the
    report")? "A report …", "this report …" name one anew, or the article itself."""
    window = body[max(0, position - 16) : position + len(noun) + 16]
    found = re.search(rf"([\w'’-]+)[ \t]+{re.escape(noun)}\b", window, re.IGNORECASE)
    return found is not None and fold(found.group(1)) in definite


_REPORT_NEAR = 80  # characters after where a reporter is named within which "a report" is its own


def _noun_ends_phrase(text: str, end: int, parser: SpeakerParser) -> bool:
    """Does the noun ending at `end` end its noun phrase: punctuation, a function word or a verb in the past after it
    ("the Mail on Sunday newspaper reported", "the Yorkville Endoscopy clinic, but …"), not another noun ("South
    Indian school children": the school is no body named there)?"""
    following = _FOLLOWING.match(text, end)
    if following is None or following.group(1) is None:
        return True
    word = fold(following.group(1))
    return word in parser.names.function_words or word.endswith(parser.past_endings)


_FOLLOWING = re.compile(r"[ \t]*(?:[,.;:)!?]|\Z|[ \t]([\w'’-]+))")


_CAPITAL = r"(?:[A-Z]|\d+[a-z])[\w'’&.-]*"  # a word of a name: "Whitstable", "Canada.com", "9to5"
_NOT_A_NAME_AFTER = r"(?![ \t]+['‘\"“]?(?:[A-Z]|\d+[a-z]))"


_NOUN_AFTER_NAME = 1  # the shapes of `_body_patterns` that read the noun after the name …
_NAME_AFTER_NOUN = (2, 4, 5)  # … and the name after the noun ("daily ‘Ajel’", "the network, RT,")
_NAME_BEFORE_COPULA = 6  # … and the name a copula says is of the noun's kind


def _outlets_named_before(short: str, position: int, registry: NameRegistry) -> set[str]:
    """The names of two words or more ending in `short` (a word of an outlet's name, "Post") that the body writes
    before `position` with a definite article ("reported by the Washington Post", "The New York Times said")."""
    body, definite = registry.body, registry.parser.definite
    connectors = _body_name_connectors(registry.parser.lex.code)
    found = set()
    for at, run in registry.runs:
        if at >= position or at < 0:
            continue
        words = run.split()
        before = body[max(0, at - 4) : at].split()[-1:]
        if words and fold(words[0]) in definite:
            words = words[1:]  # "The Washington Post reported …"
        elif not (before and fold(before[0]) in definite):
            continue  # no article before it: "Washington Post reporter Greg Miller", a name of something else
        if (
            len(words) > 1
            and words[-1] == short
            and all(word[:1].isupper() or fold(word) in connectors for word in words)
        ):
            found.add(" ".join(words))
    return found


@cache
def _body_name_connectors(language: str) -> frozenset[str]:
    """The lower-case words inside a body's name (`[speaker] body_name_connectors`: "the Mail on Sunday")."""
    return frozenset(fold(w) for w in lexicon(language).words_of("speaker", "body_name_connectors"))


@cache
def _body_patterns(language: str, group: frozenset[str], modifiers: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """Where a text names a body with a noun of `group`: the noun heading its name ("Yorkville Endoscopy Clinic",
    "Humane Society of Tampa Bay"),
    after it ("the Mail on Sunday newspaper", "the Emirates247 news website"; not "Saudi daily Ajel", nor one word
    alone: "a British bank", "the Trump campaign" say what kind of body, not which), before it ("website Weird
    Whitstable", "daily ‘Ajel’", or set off: "the network, RT, originally …") or set beside it ("Yorkville
    Endoscopy, the clinic where …"). `[speaker]
    body_name_connectors` join a name's words ("Mail on Sunday"); an article (`apposition_articles`, `[names]
    definite_articles`) opens what is set beside."""
    lex = lexicon(language)
    connectors = "|".join(sorted(re.escape(w) for w in lex.words_of("speaker", "body_name_connectors"))) or "(?!x)x"
    articles = (
        "|".join(
            sorted(
                re.escape(w)
                for w in (*lex.words_of("speaker", "apposition_articles"), *lex.words_of("names", "definite_articles"))
            )
        )
        or "(?!x)x"
    )
    name = rf"{_CAPITAL}(?:[ \t]+(?:(?:{connectors})[ \t]+)?{_CAPITAL})*"
    # what goes on after the noun heading the name: "Humane Society of Tampa Bay" (not "… Department on Wednesday")
    continuing = "|".join(sorted(re.escape(w) for w in lex.words_of("speaker", "role_connectors"))) or "(?!x)x"
    # and what may follow a noun opening a name: a connector that joins no two names ("on", not "and", "&")
    joining = {fold(w) for w in lex.words_of("speaker", "conjunctions")}
    opening = (
        "|".join(
            sorted(
                re.escape(w)
                for w in lex.words_of("speaker", "body_name_connectors")
                if w.isalpha() and fold(w) not in joining
            )
        )
        or "(?!x)x"
    )
    nouns = "|".join(sorted(re.escape(word) for word in group))
    capitalised = "|".join(sorted(re.escape(word[:1].upper() + word[1:]) for word in group))
    modifier = "|".join(sorted(re.escape(word) for word in modifiers)) or "(?!x)x"
    prepositions = (
        "|".join(sorted(re.escape(w) for w in lex.words_of("speaker", "publication_prepositions"))) or "(?!x)x"
    )
    copulas = "|".join(sorted(re.escape(w) for w in lex.words_of("speaker", "body_copulas"))) or "(?!x)x"
    return (
        # (and what the name goes on with after the noun: "Humane Society of Tampa Bay")
        # or opens it: "Commission on Presidential Debates" (`[speaker] body_name_connectors` after the noun; not "…
        # Commission on Monday")
        re.compile(
            rf"(?P<name>{name}[ \t]+(?:{capitalised})\b(?:[ \t]+(?:{continuing})[ \t]+{name})?"
            rf"|\b(?:{capitalised})[ \t]+(?:{opening})[ \t]+{name}){_NOT_A_NAME_AFTER}"
        ),
        re.compile(rf"(?P<name>{name})[ \t]+(?P<modifier>(?:{modifier})[ \t]+)?(?:{nouns})\b{_NOT_A_NAME_AFTER}"),
        re.compile(rf"\b(?:{nouns})[ \t]+['‘\"“]?(?P<name>{name})"),
        re.compile(rf"(?P<name>{name}),[ \t]+(?:{articles})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{nouns})\b"),
        # a document by whom it is from or where it appeared: "a report in the Vancouver Province", "a new report
        # from PandoDaily" (`[speaker] publication_prepositions`)
        re.compile(rf"\b(?:{nouns})[ \t]+(?:{prepositions})[ \t]+(?:(?:{articles})[ \t]+)?(?P<name>{name})"),
        # the name set off after the noun and its article: "the latest controversy for the network, RT, originally …"
        re.compile(rf"\b(?:{articles})[ \t]+(?:{nouns}),[ \t]+(?P<name>{name}),"),
        # the name the subject of a copula whose predicate is the noun: "The Washington Post on Thursday became the
        # latest US newspaper to …" (`[speaker] body_copulas`; a time between: "on Thursday", "Monday")
        re.compile(
            rf"(?P<name>{name})(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]+day)?[ \t]+(?:{copulas})[ \t]+(?:{articles})[ \t]+"
            rf"(?:[\w-]+[ \t]+){{0,3}}?(?:{nouns})\b"
        ),
    )


def _third_persons(one: str, other: str, registry: NameRegistry, suffixed: bool = False) -> bool:
    """Are both pronouns of the third person (`[claims] third_person`: not an "I" that is the writer's) and could
    they stand for the same person: not "he" then "she" (`[cues] gendered_pronouns`)? A pronoun standing on its own
    may also follow one carried by a cue as its suffix ("Menurutnya, …. Dia juga menyoroti …"; `suffixed`)."""
    lex = registry.parser.lex
    third = frozenset(fold(w) for w in lex.words_of("claims", "third_person"))
    gendered = frozenset(lex.words_of("cues", "gendered_pronouns"))
    first, second = fold(one), fold(other)
    return (
        (first in third or (suffixed and lex.ends_in_pronoun(first)))
        and second in third
        and (first == second or first not in gendered or second not in gendered)
    )


_QUOTED_WORD = re.compile(r"\w+")


def _voice_of_body(speaker: Speaker, registry: NameRegistry, last_speakers: list[Speaker]) -> Speaker:
    """A direct quotation is a person's words: a "-nya" after it that resolved to a body ('KPK menyebut …. "…,"
    ujarnya' after the KPK spokesman's quotations) means the one person quoted before whose role names that body,
    or no one when several were. With none, the body stays: its statement is quoted as its own."""
    body = speaker.name
    if not body:
        return speaker
    spelt = {body, *speaker.aliases}
    people = {
        previous.name: previous.role
        for previous in last_speakers
        if previous.kind == "person"
        and previous.name
        and not previous.pronoun
        and (
            body in previous.role
            or any(word in spelt or registry.spelt_out(word) == body for word in _ROLE_WORD.findall(previous.role))
        )
    }
    if not people:
        return speaker
    if len(people) > 1:
        speaker.name = ""  # several of its people spoke: the article does not say which one this is
        return speaker
    ((name, role),) = people.items()
    speaker.name, speaker.role, speaker.kind = name, role, "person"
    return speaker


_INSERTED = re.compile(r",[ \t]+(\w+)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]*,")


# a quotation closed after its comma, then the cue's words, up to the pronoun: '"…," kata dia', '"…," he said'
# … and the cue and a role between ('"…," kata Direktur Reserse Siber Polda Sumut Kombes | Doni Sembiring')
_ATTRIBUTED_QUOTATION = re.compile(r"[,!?][\"”'’]\s*(?:[\w.-]+\s+){0,10}$")
_AFTER_QUOTATION = re.compile(r"[,!?][\"”'’]\s*(?:[\w-]+\s+){0,3}$")
_ACCOUNT_PARAGRAPHS = 8  # paragraphs from an official's last attribution within which their account of a case goes on
_QUOTED_ON_PARAGRAPHS = 3  # paragraphs from the last attribution within which its speaker's quotations go on


def _quoted_on(
    speaker: Speaker,
    spoken_of: str,
    last_speakers: list[Speaker],
    after: int,
    position: int,
    registry: NameRegistry,
    quoted: str,
) -> Speaker:
    """The person quoted right before, for a suffixed cue whose quotation speaks of the subject the narration brought in
    since ("'… kata dia.' Kemudian, Hendi memberikan …. '… saudara HPS memberikan …,' ucapnya": the deputy goes on
    about Hendi): when that person is named, is not the one spoken of, is not spoken of in the quotation either, and
    was quoted within a few paragraphs with no other attribution between. Otherwise no one: the article does not say."""
    last = last_speakers[-1] if last_speakers else None
    if (
        last is None
        or not last.name
        or last.kind != "person"
        or not registry.parser.is_person_name(last.name)  # ("a person familiar with the details of his case")
        or last.name == spoken_of
        or registry.named_in(last.name, _words(quoted))
        or _named_as_other_sex(speaker.name or speaker.mention, last.name, registry)
        or _paragraphs(registry.body, after, position) > _QUOTED_ON_PARAGRAPHS
    ):
        speaker.name = ""
        return speaker
    speaker.name, speaker.role, speaker.kind = last.name, last.role, last.kind
    speaker.aliases = [speaker.mention]
    return speaker


def _paragraphs(body: str, start: int, end: int) -> int:
    """How many lines with words `body[start:end]` touches: the paragraphs an attribution's reach is counted in."""
    return sum(1 for line in body[start:end].split("\n") if line.strip())


def _official_before(
    speaker: Speaker,
    party: Speaker,
    last_speakers: list[Speaker],
    position: int,
    registry: NameRegistry,
    quoted_words: str,
) -> Speaker | None:
    """The person quoted before `party` (the last speaker or subject, whom the quotation speaks of as a party to the
    case), when that one has a name, is neither spoken of nor a party, nor the other sex, was quoted ('"…," katanya')
    and spoke last within a few paragraphs, and no one else was named since but the party: whose account goes on. None
    otherwise."""
    earlier = next((p for p in reversed(last_speakers[:-1]) if p.name and not same_person(p.name, party.name)), None)
    if (
        earlier is None
        or earlier.kind != "person"
        or not registry.parser.is_person_name(earlier.name)
        or _named_in(quoted_words, earlier)
        or _spoken_of_as_participant(quoted_words, earlier, registry)
        or _accused(earlier.role, registry)
        or _named_as_other_sex(speaker.name or speaker.mention, earlier.name, registry)
    ):
        return None
    spoke = [at for at, name, _, _ in registry.entries if name == earlier.name and at < position]
    if not spoke or not any(_ATTRIBUTED_QUOTATION.search(registry.body, max(0, at - 160), at) for at in spoke):
        return None  # (never quoted: "Endang justru meminta Kamal memijat …" asks, and gives no account)
    since = spoke[-1]
    if _paragraphs(registry.body, since, position) > _ACCOUNT_PARAGRAPHS:
        return None
    other = registry.other_named_between(since, position, earlier.name)
    if other and other != party.name:
        return None
    speaker.name, speaker.role, speaker.kind = earlier.name, earlier.role, earlier.kind
    speaker.aliases = [speaker.mention]
    return speaker


def _inserted_before(registry: NameRegistry, after: int) -> bool:
    """Is the attribution ending at `after` set inside its sentence by a cue between commas ("Riky, kata Harryo,
    sempat kabur …")?"""
    body = registry.body
    line = body[body.rfind("\n", 0, after) + 1 : after]
    return any(fold(found.group(1)) in registry.parser.names.cue_words for found in _INSERTED.finditer(line))


def _bound_by_named_subject(speaker: Speaker, position: int, registry: NameRegistry) -> Speaker:
    """A person pronoun that opens what a named person's verb governs means that person ("On the day Alex decided
    that he wanted to …": Alex, not the father quoted before): the name and the one verb before the complementizer
    (`[cues] complementizers`) in the pronoun's sentence. The short name takes the full one the article gives it."""
    if not speaker.name or speaker.kind != "person" or fold(speaker.mention) not in registry.parser.lex.pronouns:
        return speaker
    sentence = registry.body[max(registry.sentence_start(position), position - 160) : position]
    match = _governed_by_name(registry.parser.lex.code).search(sentence)
    if match is None:
        return speaker
    run = match.group("name")
    if (
        fold(match.group("verb")) in _stopwords(registry.parser.lex.code)
        or not registry.person_shaped(run)
        or any(fold(word) in registry.parser.calendar_words for word in run.split())
    ):
        return speaker  # "… against the Islamic State and that she …": no verb; "on Tuesday wrote that she": no one
    found = registry.full_name(run, position) or (run, "")
    if same_person(found[0], speaker.name):
        return speaker
    speaker.name, speaker.role = found
    speaker.aliases = [speaker.mention]
    return speaker


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("match", "stopwords"))


@cache
def _governed_by_name(language: str) -> re.Pattern[str]:
    """`_bound_by_named_subject`: a capitalised name, one verb in lower case, a complementizer, at the end."""
    complementizers = "|".join(map(re.escape, lexicon(language).words_of("cues", "complementizers"))) or "(?!x)x"
    return re.compile(
        rf"(?:^|[^\w'’.-])(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*)"
        rf"[ \t]+(?P<verb>[a-z]+)[ \t]+(?:{complementizers})[ \t]+$"
    )


def _pronoun(
    speaker: Speaker,
    position: int,
    registry: NameRegistry,
    last_speakers: list[Speaker],
    after: int,
    quotes_of_another: bool,
    quoted: str = "",
) -> Speaker:
    """The person or body a pronoun stands for, as `resolve` says, or none."""
    pronoun = speaker.name or speaker.mention  # ("I've": the pronoun "I"; "katanya": the cue)
    introducer = _introducer(pronoun, position, registry, last_speakers, after)
    if introducer is not None:
        speaker.name, speaker.role, speaker.kind = introducer.name, introducer.role, introducer.kind
        speaker.aliases = [speaker.mention]
        return speaker
    if fold(pronoun) in registry.parser.lex.unresolved_pronouns:
        speaker.name = ""  # the writer or the reader ("you think …"): no one the article named
        return speaker
    if _in_words_introduced(registry.body, position, registry.parser.lex.code) or _in_body_words_quoted(
        registry, position
    ):
        # "…, Khoza knew the girl was angry …:\n\nEverything happened … I saw her …. She asked how …": a paragraph in
        # the first person after a colon is someone's own words, and its "she" someone they speak of; so are the
        # paragraphs a body's words fill ("Al-Monitor wrote:\n\nSurgeries take place …\n\nHe said that …")
        speaker.name = ""
        return speaker
    # "mereka" a group or an institution, "ia" a person, "-nya" ("katanya") a person or an institution
    fits = {"group": ("group", "organization"), "person": ("person",), "organization": ("organization",)}.get(
        speaker.kind, ("person", "organization")
    )
    if speaker.kind == "person" and _after_preposition_and_relative(registry, position):
        # "John Smith also deleted a 2011 tweet in which he said …": the one the sentence names as its subject; when
        # it names none ("Instead he gave a speech … in which he pledged …"), whom the text does not say here
        opening = registry.subject_between(registry.sentence_start(position), position, True, fronted_counts=True)
        if (
            opening is None
            or not opening[0]
            or opening[1] != "person"
            or _other_gender(pronoun, opening[0], registry)
            or _named_as_other_sex(pronoun, opening[0], registry)
        ):
            speaker.name = ""
            return speaker
        speaker.name, speaker.kind, speaker.role = opening
        speaker.aliases = [speaker.mention]
        return speaker
    # a pronoun of its own ("Dia membantah …") means the sentence subject before it, whoever; "ujarnya" after
    # a quotation goes on with the speaker before unless someone else is named
    standalone = fold(pronoun) in registry.parser.lex.pronouns
    # speaker's name → how often the article has used each pronoun of them so far ("she said" of Clinton four times,
    # then "He apparently concluded …" cannot mean her: by the most, so that one pronoun this reading gave wrongly
    # earlier does not undo the others)
    tally = _pronouns_used(last_speakers)
    if standalone and "person" in fits:
        ahead = registry.fronted_clause_main_subject(position)
        if ahead is not None and (not ahead[0] or _other_gender(pronoun, ahead[0], registry)):
            speaker.name = ""  # "In a memo explaining … why he thought …, Acme …": whom, the text does not say
            return speaker
        meant = ahead or registry.fronted_clause_subject(position) or registry.person_before_event_relative(position)
        if (
            meant is not None
            and not _other_gender(pronoun, meant[0], registry)
            and not _called_mostly_otherwise(pronoun, tally.get(meant[0]), registry)
        ):
            # "… a CNN interview with Jim Foley's mother Diane, in which she said …": Diane, not the last subject; "In
            # a memo explaining to Trump why he thought …, Rosenstein, who …, pointed to …": the main clause's subject
            # whom the fronted clause's pronoun looks ahead to; "When Flynn was asked whether he respects Putin, he
            # said …": the subject of the clause the sentence opens with
            speaker.name, speaker.role, speaker.kind = meant[0], meant[1], "person"
            speaker.aliases = [speaker.mention]
            return speaker
    if standalone and "person" in fits and last_speakers:
        governing = _subject_over_relative_speaker(registry, position, last_speakers[-1])
        if governing is not None and not _other_gender(pronoun, governing[0], registry):
            # "Lalu, Dede mengapresiasi sikap pihak kampus dan keluarga yang meminta transparansi …. Ia menekankan …":
            # the one the sentence before is about, not the relative clause's speaker inside its object
            speaker.name, speaker.kind, speaker.role = governing
            speaker.aliases = [speaker.mention]
            return speaker
    since = after
    if after and quoted and not standalone and _inserted_before(registry, after):
        # '"…," katanya' in a later paragraph: a subject the narration names in the paragraph of the last attribution,
        # when that one is set inside its sentence ("Riky, kata Harryo, sempat kabur …. Erwin kemudian kabur …"), is
        # what that account is about, not someone brought in to speak; only later paragraphs bring someone in
        paragraph_end = registry.body.find("\n", after, position)
        since = paragraph_end if paragraph_end >= 0 else after
    subject = (
        registry.subject_between(
            since, position, standalone, acted_upon_counts=bool(quoted) and not standalone, fronted_counts=True
        )
        if "person" in fits and (after or standalone)
        else None
    )
    if subject is not None and subject[0] and quotes_of_another and not standalone:
        # "Lisa beralasan sakit …. 'Kemarin itu dia kurang enak badan …,' ungkapnya": the quotation speaks of
        # "dia", the person just brought in, so someone else speaks; who, the article does not say here (the one
        # quoted before may be the other side: in a story merged from two, the lawyer of the man she accused)
        speaker.name = ""
        return speaker
    if (
        subject is not None
        and subject[0]
        and quoted
        and not standalone
        and subject[1] == "person"
        and _speaks_of_participants(_words(quoted), registry)
        and (
            _spoken_of_as_participant(_words(quoted), Speaker(subject[0], subject[0], kind="person"), registry)
            or not subject[2]
            and registry.aged_anywhere(subject[0])
            or _accused(subject[2], registry)
        )
    ):
        # "Pelaku adalah …, Kamal Mopangga (33). … Kamal melihat kesempatan itu …. '… dimanfaatkan oleh tersangka …,'
        # ungkapnya": the quotation speaks of the accused the narration is about; and a private person the article
        # brings in by name and age, with no office ("Kamal Mopangga (33) tak langsung kabur setelah membunuh …"), or
        # as the accused ("Terdakwa Nasiro meminta …. '… saksi Dirut PT … menyerahkan dana …,' tuturnya": the
        # indictment read on), is not who speaks of a case's parties in the third person; the one quoted before goes
        # on, when the narration named no one else since ("Salah satu korban bernama Muhammad Mutaqien (33) mengaku
        # …. '… Korban yang merasa tertipu membuat laporan polisi …,' katanya": the police chief's account)
        party = Speaker(subject[0], subject[0], kind="person")
        official = _official_before(speaker, party, [*last_speakers, party], position, registry, _words(quoted))
        if official is not None:
            return official
        speaker.name = ""
        return speaker
    if subject is not None and subject[0] and quoted and registry.named_in(subject[0], _words(quoted)):
        # "Hendi memberikan …. '… saudara HPS memberikan …,' ucapnya": the quotation names him, by a word of his
        # name or the initials the article gave him; someone else speaks of him, or he of himself ("If the Garth guy
        # shows up …"): the one quoted right before goes on, if any, after the quotation ('"…," kata dia'; not "He
        # said Clinton has …", which the narration opens with the subject)
        if standalone and not _AFTER_QUOTATION.search(registry.body, max(0, position - 80), position):
            speaker.name = ""
            return speaker
        return _quoted_on(speaker, subject[0], last_speakers, after, position, registry, quoted)
    if (
        subject is not None
        and subject[1] == "organization"
        and not standalone
        and last_speakers
        and last_speakers[-1].kind == "person"
        and last_speakers[-1].name
        and not any(previous.name == subject[0] for previous in last_speakers)
    ):
        # "Siloam juga bertekad …. '…,' pungkasnya" after Caroline Riady's quotations: a body that is only the
        # subject of a sentence, and has said nothing in the article, does not take over from the person quoted
        subject = None
    if (
        subject is not None
        and subject[0]
        and (_named_as_other_sex(pronoun, subject[0], registry) or _titled_as_other_sex(pronoun, subject[2], registry))
    ):
        # "Jugal Kishore, the 25-year-old groom …, and 23-year-old Indira were about to … . She declared …": the
        # subject before is a man the article says so; which woman "she" is, it does not name here
        speaker.name = ""
        return speaker
    if subject is not None:  # a person brought in since the last attribution (named so or not: "")
        speaker.name, speaker.kind, speaker.role = subject
        speaker.aliases = [speaker.mention]
        return speaker
    described = (
        registry.definite_subject_between(since, position)
        if "person" in fits and (after or standalone) and fold(pronoun) in _number_words(registry.parser.lex.code)[0]
        else None
    )
    if described is not None and _noun_of_other_sex(pronoun, described[1], registry):
        described = None  # "The girl slipped the letter to the teacher … and he claims …": not the girl
    if described is not None:
        # "… ,” Mr. Alexander said. … In defeat, the president appeared cowed. Campaigning against Mitt Romney in
        # 2012, he barely mentioned climate change.": a role the narration made its subject since the last speaker
        # is whom "he" means, as the article gives that role to one person (`holder_of`); else no one it shows
        holder = registry.holder_of(described[1], position, last_speakers)
        if holder is None:
            speaker.name = ""
            return speaker
        speaker.name, speaker.kind, speaker.role = holder[0], "person", holder[1] or described[1]
        speaker.aliases = [speaker.mention]
        return speaker
    last = last_speakers[-1] if last_speakers else None
    if quoted and last is not None and last.name and _other_named_before_colon(registry, position, last):
        # "Even without the rest of his returns, the source of many of Mr. Trump's ''losses'' is no mystery: ''I love
        # depreciation,'' he said …" after Steven M. Rosenthal's quotation: a colon sets the quotation after narration
        # that brings in someone else, whose words it shows; the text does not say whose (no guess)
        speaker.name = ""
        return speaker
    if (
        last is not None
        and last.pronoun
        and not last.name
        and last.kind == "person"
        and fold(last.mention) in registry.parser.lex.pronouns
    ):
        speaker.name = ""  # "Dia" just before was left open, and no one came in since: so is this one
        return speaker
    if fits == ("person",) and last is not None and not last.pronoun and _unknown_initials(last, registry):
        # "Sementara itu, HM mengaku mengapresiasi putusan …. Dia mengaku bersyukur …": the one who spoke last is
        # written by initials the article never spells out (a suspect, a victim), and "dia" means them, not the
        # lawyer named before; whom, the article does not name
        speaker.name = ""
        return speaker
    if (
        last is not None
        and last.pronoun
        and last.name
        and last.kind == "person"
        and "person" in fits
        and _third_persons(last.mention, pronoun if standalone else last.mention, registry, suffixed=standalone)
        and not registry.other_named_between(after, position, last.name)
    ):
        # "Musk berselisih dengan Trump …. Dia mengatakan …. Sekarang, dia mengklaim …": the same "dia" goes on,
        # no one else brought in since ("… ,' katanya" after "Dia menyebut …" too)
        speaker.name, speaker.role, speaker.kind = last.name, last.role, last.kind
        speaker.aliases = [speaker.mention]
        return speaker
    if (
        not standalone
        and quoted
        and last is not None
        and last.pronoun
        and last.name
        and last.kind == "person"
        and after
        and _only_a_quotation(registry.body, after, position)
    ):
        # "Menurutnya, langkah ini …. / '…,' pungkasnya": a quotation right after the statement whose pronoun meant
        # someone, nothing narrated between, goes on with them
        speaker.name, speaker.role, speaker.kind = last.name, last.role, last.kind
        speaker.aliases = [speaker.mention]
        return speaker
    if standalone and fold(pronoun) in _adjacent_pronouns(registry.parser.lex.code):
        return _adjacent(speaker, last, registry, after, position)
    many = False  # a plural description spoke before, which a "he" or "she" cannot mean
    spoken_of: Speaker | None = None  # a body the quotation names: its person speaking before it goes on
    quoted_words = _words(quoted)
    titles = _one_word_titles(registry.parser.lex.code)
    interrupted = False
    called: dict[str, set[str]] = {}  # speaker's name → the gendered pronouns the article has used of them since
    for back, previous in enumerate(reversed(last_speakers)):
        if previous.pronoun and previous.name:
            called.setdefault(previous.name, set()).add(fold(previous.mention))
        if (
            back == 0
            and not standalone
            and quoted
            and previous.name
            and not previous.pronoun
            and previous.kind == "organization"
            and previous.role
            and registry.names_a_document(previous.role)
        ):
            # '"…," ujarnya' right after "Menurut laporan tahun 2024 dari Kantor Federal …": the body spoke through its
            # report, and words said aloud are someone's; whose, the article does not say here (Arnaud de Souza's,
            # whose paragraph it is, "Bagi de Souza, …", is no subject the reader sees)
            speaker.name = ""
            return speaker
        if "person" not in fits and previous.kind == "person" and previous.name and not previous.pronoun:
            # "Pihaknya meminta …" right after Kepala DP3AP2KB Jateng Emma Rachmawati spoke is her office's, which
            # the article does not give as a speaker: not the body quoted before her ("Pihak SMAN 11 Semarang"); it
            # is that body only where her role names it ("Sekretaris PP Muhammadiyah …" after "Muhammadiyah …")
            role = f" {fold(previous.role)} "
            served = next(
                (
                    body
                    for body in reversed(last_speakers[: len(last_speakers) - 1 - back])
                    if body.kind in fits and body.name and not body.pronoun and f" {fold(body.name)} " in role
                ),
                None,
            )
            if served is None:
                speaker.name = ""
                return speaker
            speaker.name, speaker.role, speaker.kind = served.name, served.role, served.kind
            speaker.aliases = [speaker.mention]
            return speaker
        if (
            not standalone
            and previous.name
            and not previous.pronoun
            and previous.kind in fits
            and (
                _named_in(quoted_words, previous, titles if previous is last_speakers[-1] else frozenset())
                or _spoken_of_as_participant(quoted_words, previous, registry)
            )
        ):
            if previous.kind == "person":
                official = (
                    _official_before(speaker, previous, last_speakers, position, registry, quoted_words)
                    if back == 0 and _spoken_of_as_participant(quoted_words, previous, registry)
                    else None
                )
                if official is not None:
                    # "Salah satu korban bernama Muhammad Mutaqien (33) mengaku …. '… Korban yang merasa tertipu
                    # membuat laporan polisi …,' katanya": the victim is spoken of as a party to the case, and the
                    # police chief quoted before him goes on with the account
                    return official
                speaker.name = ""  # '"Saya sedih melihat Elon Musk …," tulisnya': not Musk, and who is not said
                return speaker
            spoken_of = spoken_of or previous  # '"… info cuaca dari BMKG," jelasnya': BMKG's staff, not BMKG
            continue
        if (
            not standalone
            and quoted
            and back == 0
            and previous.name
            and not previous.pronoun
            and previous.kind == "person"
            and _accused(previous.role, registry)
            and _speaks_of_participants(quoted_words, registry)
        ):
            # "Terdakwa Nasiro meminta …. '… saksi Dirut PT … menyerahkan dana …,' tuturnya": the accused is not who
            # speaks of the case's parties in the third person (the indictment read on); whose words, not said here
            speaker.name = ""
            return speaker
        if spoken_of is not None and previous.kind != "person":
            continue
        if back == 0 and not previous.pronoun and "group" not in fits and _named_together(previous, registry):
            # 'Joe Biden and Nancy Pelosi welcomed the vote. "…," he said': one of the people named together as the
            # sentence's subject just spoke, or someone before them; which, the article does not say here
            speaker.name = ""
            return speaker
        if previous.name and not previous.pronoun and previous.kind not in fits:
            interrupted = True  # someone who cannot be meant spoke since the one who may be
        if _one_of_many(speaker, previous, registry):
            many = True
            continue  # "Multiple news outlets reported that the bride … . … she allegedly declared": not the outlets
        if (
            "person" in fits
            and previous.kind == "organization"
            and previous.name
            and not previous.pronoun
            and fold(previous.role) in registry.parser.voices_of_bodies
        ):
            # "An IBM spokeswoman said …. She added …": the body's voice goes on, and its words are the body's (not
            # "he" after a spokeswoman)
            if _other_gender(pronoun, previous.role, registry):
                speaker.name = ""
                return speaker
            speaker.name, speaker.role, speaker.kind = previous.name, previous.role, previous.kind
            speaker.aliases = [speaker.mention]
            return speaker
        if previous.name and not previous.pronoun and previous.kind in fits:
            gendered = fold(pronoun) in _number_words(registry.parser.lex.code)[0]
            if gendered and (
                (previous.name[:1].isupper() and not registry.person_shaped(previous.name))
                or registry.names_a_body(previous.name)  # "the news outlet", "primary school"
                or registry.names_a_document(previous.name)  # "above property receipt", "new book"
                or _other_gender(pronoun, previous.name, registry)
                or _titled_as_other_sex(pronoun, previous.role, registry)  # "he" after "Mrs. Clinton"
                or _named_as_other_sex(pronoun, previous.name, registry)
                or _called_otherwise(pronoun, called.get(previous.name, set()), registry)
                or _called_mostly_otherwise(pronoun, tally.get(previous.name), registry)
            ):
                speaker.name = ""  # "Reports said the groom …. She asked …": "he" or "she" means no report, and who
                return speaker  # it means, the article does not say here (a description in lower case, "the
                # teacher", goes on as written)
            if (
                standalone
                and speaker.kind == "person"
                and not registry.parser.lex.flag("names", "others_acting_since_are_others")
                and _subject_of_its_sentence(registry, position)
                and (
                    (agent := registry.agent_of_sentence_before(position)) is not None
                    or (agent := registry.introduced_in_sentence_before(position)) is not None
                )
                and not same_person(agent[0], previous.name)
            ):
                # "The third funding source was exposed by otolaryngologist Siruwan al-Mosuli. He said …": the doer the
                # sentence before brought in goes on, not the tribal sheikh quoted before him; so does one it brought in
                # by name and age ("Puckett, 19, a nursing major, sat in the last row. At the event's conclusion, she
                # said …")
                if (
                    _other_gender(pronoun, agent[0], registry)
                    or _other_gender(pronoun, agent[1], registry)
                    or _named_as_other_sex(pronoun, agent[0], registry)
                ):
                    speaker.name = ""
                    return speaker
                speaker.name, speaker.role, speaker.kind = agent[0], agent[1], "person"
                speaker.aliases = [speaker.mention]
                return speaker
            if (
                standalone
                and after
                and speaker.kind == "person"
                and registry.parser.lex.flag("names", "others_acting_since_are_others")
                and opens_sentence(registry.body, position)
                and (other := registry.other_named_between(after, position, previous.name))
            ):
                said = registry.said_in_passive(after, position)
                if said is not None and (
                    said[0] == other or not registry.other_named_between(said[2], position, said[0])
                ):
                    # "Hal senada diungkapkan Sekretaris Kementerian Pariwisata Bayu Aji. Dia menyebut …": the one
                    # the narration gives as saying something goes on speaking
                    speaker.name, speaker.role, speaker.kind = said[0], said[1], "person"
                    speaker.aliases = [speaker.mention]
                    return speaker
                speaker.name = ""  # "… Trump telah … . Ia juga …": someone else came in since who spoke last
                return speaker
            if (
                not standalone
                and after
                and "person" in fits
                and previous.kind == "person"
                and registry.parser.lex.flag("names", "others_acting_since_are_others")
                and (said := registry.said_in_passive(after, position)) is not None
                and said[0] != previous.name
            ):
                if registry.other_named_between(said[2], position, said[0]):
                    # "Hal senada disampaikan Direktur PT PGB Mustika Aji Jaya Binangun. Ia bersaksi bahwa Dominikus
                    # …. '…,' paparnya": someone else was brought in as saying something since the last quotation,
                    # and others named after him; not the one who spoke before him, and which one the text leaves open
                    speaker.name = ""
                    return speaker
                # "… mendapat apresiasi dari Staf Khusus Kepala BGN, Ary Santoso. … '…,' pungkasnya": the one the
                # narration gave as saying something since the last quotation speaks, not who spoke before him
                speaker.name, speaker.role, speaker.kind = said[0], said[1], "person"
                speaker.aliases = [speaker.mention]
                return speaker
            if (
                interrupted
                and not standalone
                and "person" in fits
                and registry.other_subject_between(
                    max((at for at in registry.positions_of(previous.name) if at < position), default=0),
                    position,
                    previous.name,
                )
            ):
                # "petugas meminta dia …. '…,' ujarnya": a speaker it cannot mean spoke since, and someone else was
                # brought in as a subject ("Yudi Kevin (27), warga …, memutuskan …"): which, the article does not say
                speaker.name = ""
                return speaker
            if (
                standalone
                and speaker.kind == "person"
                and not registry.parser.lex.flag("names", "others_acting_since_are_others")
                and _after_subordinator(registry, position)
                and registry.someone_else_in_sentence(position, previous.name)
            ):
                # "That's apparently what happened in Trump's first presidential debate with Clinton, when he
                # showed …": a pronoun opening a clause after its sentence's main clause, which names someone else,
                # may mean them as well as who spoke last; which, the text does not say
                speaker.name = ""
                return speaker
            if (
                standalone
                and speaker.kind == "person"
                and any(
                    not _given_name_of_other_sex(pronoun, name, registry)
                    and not _named_as_other_sex(pronoun, name, registry)
                    for name in registry.introduced_between(after, position, previous.name)
                )
            ):
                # "… first revealed in a report by al-Monitor …, citing an Iraqi ear, nose and throat doctor named
                # Siruwan al-Mosuli. He told the site that …" after Nikolay Mladenov's words: someone brought in by name
                # since (of the pronoun's sex, as far as the article tells), whom the pronoun may mean as well as who
                # spoke last
                speaker.name = ""
                return speaker
            if standalone and speaker.kind == "person" and _subordinate_to_other_subject(registry, position, previous):
                # "Another reason the madman balked at the plan is because he believes …" after Simone's words: the
                # main clause has a subject of its own, whom the pronoun may mean as well as who spoke last
                speaker.name = ""
                return speaker
            official = (
                _official_of(previous, len(last_speakers) - 1 - back, last_speakers, registry)
                if previous.kind == "organization" and not standalone and quoted and "person" in fits
                else None
            )
            if official is not None:
                # "Kemenkes RI juga mengusulkan penambahan ahli …. '…,' jelasnya" after the quotations of Wakil
                # Menteri Kesehatan Benjamin Paulus Octavianus, "Komdigi menerbitkan Surat Edaran …. '…,' pungkasnya"
                # after Wakil Menteri Nezar Patria's: the body spoke, or was told of, in the narration; the words said
                # aloud are its official's, the person quoted last
                previous = official
            speaker.name, speaker.role, speaker.kind = previous.name, previous.role, previous.kind
            speaker.aliases = [speaker.mention]
            return speaker
    if spoken_of is not None:  # no person quoted before it: the body names itself ('"KBRI Phnom Penh berjanji …"')
        speaker.name, speaker.role, speaker.kind = spoken_of.name, spoken_of.role, spoken_of.kind
        speaker.aliases = [speaker.mention]
        return speaker
    if "person" in fits and not many:  # (after "news outlets reported …", who "she" is the narration does not say)
        said = registry.said_in_passive(after, position) if not last_speakers else None
        if said is not None:  # "Pesan tersebut disampaikan oleh Sekda …, Sumarno, dalam … Hotel Owabong …"
            speaker.name, speaker.role, speaker.kind = said[0], said[1], "person"
            speaker.aliases = [speaker.mention]
            return speaker
        person = registry.last_person_before(position)
        if (
            person is not None
            and not _named_as_other_sex(pronoun, person[0], registry)
            and not _called_otherwise(pronoun, called.get(person[0], set()), registry)
            and not _called_mostly_otherwise(pronoun, tally.get(person[0]), registry)
        ):
            # (not "Jugal Kishore, the 25-year-old groom …" for "She declared …"; nor Clinton, whom the article has
            # just called "she", for "She called him a misogynist. He called her a liar.")
            speaker.name, speaker.kind, speaker.role = person
            return speaker
    speaker.name = ""  # the document does not say who
    return speaker


def _subject_over_relative_speaker(registry: NameRegistry, position: int, last: Speaker) -> Subject | None:
    """The named person the sentence right before the pronoun at `position` opens with as its subject, when the last
    attribution's speaker heads a relative clause later in that sentence (`[cues] relatives`: "… mengapresiasi sikap
    pihak kampus dan keluarga yang meminta transparansi …"): the speaker is then someone the subject's clause speaks
    of, and a pronoun of its own in the next sentence goes on with the subject. None otherwise."""
    at = max((p for p, name, _, _ in registry.entries if p < position and name == last.name), default=-1)
    if at <= 0 or not last.mention or not registry.body.startswith(last.mention, at):
        return None
    following = registry.body[at + len(last.mention) :].split(maxsplit=1)
    if not following or following[0] not in registry.parser.lex.words_of("cues", "relatives"):
        return None
    own = registry.sentence_start(position)
    before = registry.sentence_start(own - 1) if own > 0 else own
    if not before <= at < own or last.pronoun:
        return None
    subject = registry.subject_between(before, at, False)
    if subject is None or not subject[0] or subject[1] != "person" or same_person(subject[0], last.name):
        return None
    return subject


def _after_preposition_and_relative(registry: NameRegistry, position: int) -> bool:
    """Does a preposition and a relative pronoun stand right before the pronoun at `position`, the relative clause
    bound to the noun before it, nothing setting it off ("a tweet in which he said", `[speaker] stops`, `[cues]
    relatives`)? Not one set off by a comma or a dash ("a Trump television interview, in which he says …", "His speech
    — in which he joked …", "All of which, he said …"), which the readings of a pronoun after a clause already take."""
    before = registry.body[max(0, position - 40) : position].split()
    lex = registry.parser.lex
    return (
        len(before) >= 3
        and before[-2].islower()
        and before[-2] in lex.speaker_stops
        and before[-1] in lex.words_of("cues", "relatives")
        and before[-3][-1:].isalnum()
    )


def named_in_own_clause(name: str, governed: str, registry: NameRegistry) -> bool:
    """Does the clause a pronoun's verb governs name the person the pronoun was given ("He accused Clinton of …", "She
    said Clinton's plan …")? Then the pronoun means someone else: a pronoun never stands for a name its own clause
    goes on to write. The family name counts where it stands for the person: not inside a longer name ("the Clinton
    Foundation"), after a given name that is not theirs ("Bill Clinton" for Hillary Clinton) or an article ("a Rubio
    sign"), where the article names another of the family ("Trump golf courses" in Eric Trump's words), nor in an aside
    the writer sets off by a dash ("… the next George Washington – the Founding Father who Beck idolizes …")."""
    words = name.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words) or registry.others_of_family(name):
        return False  # (one word only: a given name the article may share, left to the rest; "kuasa hukum X": his
        # lawyer, who may well speak of him)
    family = words[-1]
    articles = registry.parser.indefinite_articles | {
        fold(w) for w in registry.parser.lex.words_of("names", "definite_articles")
    }
    dash = SPACED_DASH.search(governed)
    for match in re.finditer(rf"(?<![\w-]){re.escape(family)}(?![\w-])", governed[: dash.start() if dash else None]):
        after = governed[match.end() :].lstrip()
        if after[:1].isupper():
            continue  # "the Clinton Foundation", "Clinton Global Initiative"
        before = governed[: match.start()].split()
        if before and before[-1][:1].isupper() and not before[-1].endswith(".") and before[-1] not in words:
            continue  # "Bill Clinton", someone else of that family ("Mrs. Clinton", "Hillary Clinton" are them)
        if before and fold(before[-1]) in articles:
            continue
        return True
    return False


def _in_words_introduced(body: str, position: int, language: str) -> bool:
    """Is `position` in a paragraph that follows one ending with a colon and that speaks in the first person, outside
    quotation marks, before it (`[names] first_person_words`)? Then the paragraph is the words the colon introduced."""
    words = _first_person_words(language)
    if not words:
        return False
    start = body.rfind("\n", 0, position) + 1
    last = start - 1
    while last >= 0 and body[last].isspace():
        last -= 1  # (the paragraph before, without copying the body up to here for each pronoun)
    if start <= 1 or last < 0 or body[last] != ":":
        return False
    before = _QUOTED.sub(" ", body[start:position])
    return any(fold(word) in words for word in re.findall(r"\w+", before))


def _introducer(
    pronoun: str, position: int, registry: NameRegistry, last_speakers: list[Speaker], after: int
) -> Speaker | None:
    """The named person whose attribution ends with a colon right before the paragraph of a first-person "I"
    (`[names] speaking_self`; as `_in_words_introduced` reads such a paragraph): "Wheeler speculated to … Fox5 that
    …:\n\n… I believe that …" is Wheeler's own "I". None otherwise."""
    body = registry.body
    if fold(pronoun) not in _speaking_self(registry.parser.lex.code) or not last_speakers:
        return None
    start = body.rfind("\n", 0, position) + 1
    colon = start - 1
    while colon >= 0 and body[colon].isspace():
        colon -= 1  # where the paragraph before ends
    last = last_speakers[-1]
    opened = body[start:position]
    if start <= 1 or body[colon] != ":" or opened.count("“") > opened.count("”") or opened.count('"') % 2:
        return None  # (not inside a quotation the paragraph holds: someone else's "I")
    if not colon <= after <= start or last.pronoun or last.kind != "person" or " " not in last.name.strip():
        return None  # (the attribution right before must end at the colon: its speaker introduced the paragraph)
    return last


@cache
def _speaking_self(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("names", "speaking_self"))


_QUOTED_PARAGRAPHS = 2  # paragraphs after a colon that may still be the words it introduced
_LONG_QUOTATION = 6  # … or more, while each of them opens with a quotation mark (a quotation over paragraphs)
_OPENING_MARKS = ('"', "“")


def _in_body_words_quoted(registry: NameRegistry, position: int) -> bool:
    """Is `position` in one of the paragraphs right after one ending with a colon whose last speaker is a body or a
    document ("Based on a report from one doctor in Mosul, Al-Monitor wrote:"), no person speaking between, or a
    person alone whose writing it is ("McCrummen reports:")? Those paragraphs are that text, and a "he" there is someone
    it writes of, not the one named before the colon."""
    body = registry.body
    start = body.rfind("\n", 0, position) + 1
    allowed = _QUOTED_PARAGRAPHS
    quoted = True  # (every paragraph walked opens with a quotation mark)
    for walked in itertools.count():
        quoted = quoted and body[start : start + 1] in _OPENING_MARKS
        if walked >= allowed:
            if walked >= _LONG_QUOTATION or not quoted:
                return False
            allowed += 1  # a quotation running over paragraphs, each opening with its mark, goes on
        last = start - 1
        while last >= 0 and body[last].isspace():
            last -= 1
        if start <= 1 or last < 0:
            return False
        opening = body.rfind("\n", 0, last) + 1
        if body[last] == ":":
            spoke = [(at, kind) for at, _, kind, _ in registry.entries if opening <= at < position]
            writer = [(at, kind) for at, kind in spoke if at < last][-1:]
            if writer and writer[0][1] == "person" and all(at < last for at, _ in spoke):
                # "McCrummen reports:" then her story quoted, in which "she said" is someone she writes of: a person's
                # writing (`[speaker] outlet_cues`) in quotation marks; not her speech ('Smith said: … "…," he said'
                # is hers), nor a paragraph of the article's own after her words ('… wrote:\n\n… \n\nHe said …')
                return quoted and bool(
                    _writing_cues(registry.parser.lex.code) & {fold(w) for w in body[writer[0][0] : last].split()}
                )
            return bool(spoke) and spoke[0][1] != "person" and all(kind != "person" for _, kind in spoke)
        start = opening
    return False


@cache
def _writing_cues(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("speaker", "outlet_cues"))


@cache
def _first_person_words(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("names", "first_person_words"))


def _accused(role: str, registry: NameRegistry) -> bool:
    """Does the role make its holder the accused of the article's case ("Terdakwa", "tersangka": `[claims]
    accused_participants`)?"""
    words = fold(role).split()
    return bool(words) and words[-1] in registry.parser.accused


def _members_in_full(name: str, position: int, registry: NameRegistry) -> str:
    """A group of people named together with each member by the full name the article gave before: "Stone and Mike
    Pence" is "Roger Stone and Mike Pence" where the article named Roger Stone (`[speaker] list_conjunctions`). Only
    a member of one word whose full name ends with it; any other part stays as written."""
    conjunctions = registry.parser.list_conjunctions
    pieces = re.split(r"(,\s*|\s+)", name)
    words = [piece for piece in pieces if piece.strip(", ")]
    if not any(fold(word) in conjunctions for word in words):
        return name
    titles = registry.parser.lex.person_titles
    out: list[str] = []
    for at, piece in enumerate(pieces):
        alone = (
            piece[:1].isupper()
            and piece.isalpha()
            and (at < 2 or not pieces[at - 2][:1].isupper())  # (a word of its own: nothing capitalised before it
            and (at + 2 >= len(pieces) or not pieces[at + 2][:1].isupper())  # … nor after it)
        )
        holder = registry.full_name(piece, position) if alone else None
        # (the name alone, no title the run held: "Senators Charles E. Grassley", "Major Mansouri")
        full = registry.parser.parse(holder[0]) if holder is not None else None
        first = fold(full.name.split()[0]).rstrip(".") if full is not None and full.name.split() else ""
        if (
            full is not None
            and full.kind == "person"
            and " " in full.name.strip()
            and fold(full.name).endswith(" " + fold(piece))
            and first not in titles
            and first.removesuffix("s") not in titles  # ("Senators Charles E. Grassley")
            and first not in registry.parser.role_words
        ):
            out.append(full.name)
        else:
            out.append(piece)
    return "".join(out)


def _named_together(speaker: Speaker, registry: NameRegistry) -> bool:
    """Is the speaker people named together by name ("Joe Biden and Nancy Pelosi", `[speaker] list_conjunctions`), as
    the subject opening its sentence? Not a description of many ("people", "officials"), nor a pair named inside the
    sentence ("… his rivals, particularly Govs. Jeb Bush and Chris Christie, who say …")."""
    words = speaker.name.split()
    return (
        speaker.kind == "group"
        and any(fold(word) in registry.parser.list_conjunctions for word in words[1:-1])
        and all(word[:1].isupper() for word in (words[0], words[-1]))
        and opens_sentence(registry.body, speaker.start)
    )


def _adjacent(speaker: Speaker, last: Speaker | None, registry: NameRegistry, after: int, position: int) -> Speaker:
    """A pronoun of `[cues] adjacent_pronouns` ("it", "they") is whoever spoke in the attribution right before it,
    and no one further back: "The firm said the rumors … are 'totally ludicrous'. It said …", "Democrats
    repeatedly noted … . They noted …". An "it" as often stands for the thing last talked of (a report, an ad, a
    strategy, a tweet), a "they" for people the narration brought in ("my parents", "workers"), and the text does
    not show which once another sentence came between. "It" is a body, a document or a post (a description the
    parser read as a person counts when it names a body), never a person or a group; "they" a group or a body,
    never one person. (A body the parser took for a person stays unresolved: "Twitter said … . It added …"; so does
    the pronoun when the narration before it makes someone else act: "Buzzfeed initially reported …, but FOX411
    talked to “Inside Edition,” and they told us …", `NameRegistry.other_opening_actor`.)"""
    impersonal = fold(speaker.mention) in registry.parser.lex.impersonal_pronouns
    kinds = ("organization", "circulating") if impersonal else ("group", "organization")
    if (
        last is not None
        and last.name
        and _next_sentence(registry.body, after, position)
        and (last.kind in kinds or impersonal and last.kind == "person" and registry.names_a_body(last.name))
        and not _relayed_by(last, after, registry)
        and not registry.other_opening_actor(position, last.name)
    ):
        speaker.name, speaker.role = last.name, last.role
        speaker.kind = "organization" if last.kind == "person" else last.kind
        speaker.aliases = [speaker.mention]
        return speaker
    speaker.name = ""
    return speaker


def _relayed_by(last: Speaker, after: int, registry: NameRegistry) -> bool:
    """Was the speaker before named by a source tag closing a sentence whose subject is a document ("The statement
    also expressed support …, according to the Palestinian Wattan news agency. It said: …", `[speaker] documents`,
    `[cues] media_nouns`)? Then it relayed what the document said, and "it" after it stands for the document, not
    for the relay ("Prices rose, according to the ministry. It said …" keeps the ministry: prices say nothing)."""
    tail = registry.body[max(0, after - 400) : after]
    folded, name = fold(tail), fold(last.name)
    for tag in _according_tags(registry.parser.lex.code):
        at = folded.rfind(f" {tag} ")
        found = folded.find(name, at) if at >= 0 else -1
        if found < 0 or folded[found + len(name) :].strip(" .!?\"'”’"):
            continue
        opening = fold(_SENTENCE_START.split(tail[:at])[-1]).split()[:2]
        determiners, documents = _document_words(registry.parser.lex.code)
        while opening and opening[0] in determiners:
            opening.pop(0)
        return bool(opening) and opening[0] in documents
    return False


@cache
def _document_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Determiners (`[speaker] determiners`) and the nouns of documents that speak (`[speaker] documents`, `[cues]
    media_nouns`)."""
    lex = lexicon(language)
    documents = (*lex.words_of("speaker", "documents"), *lex.words_of("cues", "media_nouns"))
    return frozenset(fold(w) for w in lex.words_of("speaker", "determiners")), frozenset(fold(w) for w in documents)


_SENTENCE_START = re.compile(r"(?<=[.!?])[\"”’']*\s+|\n+")


@cache
def _according_tags(language: str) -> tuple[str, ...]:
    """The source tags of `[cues] according_to`, folded."""
    return tuple(fold(tag) for tag in lexicon(language).according_to if tag.strip())


@cache
def _adjacent_pronouns(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("cues", "adjacent_pronouns"))


_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s+[\"“‘']?[A-Z]")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|''.*?''|‘[^’]*’")


def _next_sentence(body: str, after: int, position: int) -> bool:
    """Does the text from the end of the last attributed sentence to `position` hold no sentence of its own, words
    inside quotation marks aside (the pronoun's sentence follows it, or is it)?"""
    if after <= 0 or position < after:
        return False
    return not _SENTENCE_END.search(_QUOTED.sub(" ", body[after : position + 1]))  # (with the pronoun's capital)


@cache
def _one_word_titles(language: str) -> frozenset[str]:
    """The person titles of one word, folded ("gubernur", "minister")."""
    return frozenset(fold(title) for title in lexicon(language).person_titles if " " not in title)


@cache
def _number_words(language: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The pronouns that tell a man from a woman (`[cues] gendered_pronouns`), the plural endings (`[speaker]
    plural_endings`) and the plurals without one (`plural_nouns`), read once per language."""
    lex = lexicon(language)
    return (
        frozenset(lex.words_of("cues", "gendered_pronouns")),
        tuple(lex.words_of("speaker", "plural_endings")) or ("\0",),
        frozenset(fold(w) for w in lex.words_of("speaker", "plural_nouns")),
    )


def _one_of_many(pronoun: Speaker, previous: Speaker, registry: NameRegistry) -> bool:
    """Does a pronoun that tells a man from a woman (`[cues] gendered_pronouns`: one person) stand after a described
    plural speaker (lower case, its head with a plural ending, `[speaker] plural_endings`: "news outlets", or a
    plural without one, `plural_nouns`: "people")?"""
    gendered, plural_endings, plural_nouns = _number_words(registry.parser.lex.code)
    return (
        fold(pronoun.mention) in gendered
        and previous.name.islower()
        and (previous.name.endswith(plural_endings) or fold(previous.name.split()[-1]) in plural_nouns)
    )


def pointed_back(
    speaker: Speaker, registry: NameRegistry, last_speakers: list[Speaker], after: int, position: int
) -> Speaker:
    """An office closed by a demonstrative ('"…," kata Ketua Kebun Raya Indonesia ini') points back at the person
    spoken of: the one who spoke last, when it is a person named and no one else is named in the narration since.
    Otherwise the office stays as written."""
    last = last_speakers[-1] if last_speakers else None
    if (
        last is None
        or last.kind != "person"
        or not last.name
        or not registry.parser.names.names_someone(last.name)
        or registry.other_named_between(after, position, last.name)
        or registry.someone_else_mentioned(after, position, last.name)
    ):
        return speaker
    speaker.aliases = [speaker.mention]
    speaker.name, speaker.role, speaker.kind = last.name, speaker.mention, "person"
    return speaker


def _subject_of_its_sentence(registry: NameRegistry, position: int) -> bool:
    """Does the pronoun at `position` open its sentence, or follow only a short phrase set off by a comma ("At the
    event's conclusion, she said …")?"""
    if opens_sentence(registry.body, position):
        return True
    before = registry.body[registry.sentence_start(position) : position]
    return bool(_FRONTED_PHRASE.fullmatch(before))


def _after_subordinator(registry: NameRegistry, position: int) -> bool:
    """Does the pronoun at `position` open a clause a subordinator opens after a comma, inside its sentence ("…, when he
    said …": `[cues] subordinators`)?"""
    start = registry.sentence_start(position)
    before = registry.body[start:position].split()
    return len(before) > 2 and before[-2].endswith(",") and fold(before[-1]) in _subordinators(registry.parser.lex.code)


def _after_semicolon_naming_another(registry: NameRegistry, position: int, name: str) -> bool:
    """Does the pronoun at `position` open a clause after a semicolon whose sentence, before it, names someone other
    than `name` ("Last week, an Alaska lawyer accused Justice Thomas of groping her …; he has denied the claim …")?
    The clause before is the pronoun's nearest context, and whom of it the pronoun means the text does not say."""
    before = registry.body[registry.sentence_start(position) : position].rstrip()
    return (
        before.endswith(";")
        and fold(registry.body[position : position + 12].split(" ", 1)[0]) in registry.parser.lex.pronouns
        and registry.someone_else_in_sentence(position, name)
    )


_POSSESSOR_OPENING = re.compile(
    r"\s*(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})(?:'s|’s)[ \t]+(?P<head>[a-z][\w-]*)"
)


def _other_possessor_just_before(registry: NameRegistry, position: int, name: str) -> bool:
    """Does the pronoun at `position` open its sentence right after a sentence that opens with someone else's
    possessive ("Bush was second with 18%.\n\nTrump's response to the attacks has been controversial. He has
    proposed …")? What that sentence is about is its possessor, whom the pronoun may mean as well as `name`; not when
    what is possessed is a person ("Trump's attorney, Alan Garten, said …"). Where the head noun comes last only."""
    if not registry.parser.head_noun_last or not opens_sentence(registry.body, position):
        return False
    start = registry.sentence_start(position)
    if start < 2:
        return False
    before = registry.sentence_start(start - 2)
    found = _POSSESSOR_OPENING.match(registry.body, before, start)
    if found is None:
        return False
    owner, parser = found.group("owner"), registry.parser
    if fold(owner.split()[0]) in parser.names.function_words or not registry.person_shaped(owner):
        return False  # ("The company's …", "This year's …": no one)
    if fold(found.group("head")) in parser.person_role_words | parser.person_nouns | parser.kin_words:
        return (
            False  # "Trump's attorney, Alan Garten, said …", "Conner's father, Donnell, said …": the possessed speaks
        )
    full = registry.full_name(owner, before) or (owner, "")
    return not same_person(full[0], name)


def _subordinate_to_other_subject(registry: NameRegistry, position: int, previous: Speaker) -> bool:
    """Does the pronoun at `position` open a clause a subordinator opens with no comma before it ("… balked at the
    plan because he believes …", "…, and that the officer fired because he feared …"), after a clause of narration
    whose subject is no pronoun, in a sentence that does not name `previous`? Where others acting since are not
    taken for others (`[names] others_acting_since_are_others` unset), the main clause's subject may be the one meant
    as well as who spoke last."""
    if registry.parser.lex.flag("names", "others_acting_since_are_others"):
        return False
    start = registry.sentence_start(position)
    head = registry.body[start:position]
    # the clause the subordinator ends, from the last comma ("…, and that the officer fired because he feared …"):
    # its conjunction and complementizer left out
    before = head.rsplit(",", 1)[-1].split()
    lex = registry.parser.lex
    if "," in head and before and fold(before[0]) in _finite_after_subject(lex.code):
        # "Marvin Teske, 53, a security guard at a Reno casino, is backing Hillary Clinton because he worries …": the
        # comma closes an apposition to the sentence's subject, and the main clause goes on with its verb
        before = head.split()
    elif "," in head and not (before and fold(before[0]) in _clause_joiners(lex.code)):
        return False  # ("But in Anaheim, the crowd booed when he told them …": a clause the comma does not open)
    while before and (fold(before[0]) in _clause_joiners(lex.code)):
        before = before[1:]
    if len(before) < 3 or fold(before[-1]) not in _subordinators(lex.code):
        return False
    if QUOTATION.search(head) or any(mark in head for mark in '"“”'):
        return False
    if fold(before[0]) in lex.pronouns:
        return False  # "He left the room because he …": the same subject
    named = {fold(word) for word in previous.name.split()}
    return not any(fold(without_possessive(word.strip(".,;:"))) in named for word in head.split())


@cache
def _finite_after_subject(code: str) -> frozenset[str]:
    """Auxiliaries and modals that follow a subject (`[cues] noun_followers`): a main clause's verb after a comma."""
    return frozenset(fold(w) for w in lexicon(code).words_of("cues", "noun_followers"))


@cache
def _clause_joiners(code: str) -> frozenset[str]:
    """Conjunctions and complementizers that open a clause before its subject (`[speaker] conjunctions`)."""
    lex = lexicon(code)
    return frozenset(fold(w) for w in (*lex.words_of("speaker", "conjunctions"), *lex.complementizers))


@cache
def _subordinators(code: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(code).words_of("cues", "subordinators"))


_FRONTED_PHRASE = re.compile(r"[^,;:\"“”\n]{1,60},[ \t]*")


def _other_gender(pronoun: str, name: str, registry: NameRegistry) -> bool:
    """Does the description's head noun tell the other sex than the pronoun ("she" after "a hospital spokesman",
    "he" after "his mother": `[names] masculine_nouns`, `feminine_nouns`, a noun or its ending)?"""
    words = name.split()
    if not words or not words[-1][:1].islower():
        return False
    head = fold(words[-1])
    he, she, (masculine, masculine_endings), (feminine, feminine_endings) = _sex_words(registry.parser.lex.code)
    is_feminine = head in feminine or head.endswith(feminine_endings)
    is_masculine = not is_feminine and (head in masculine or head.endswith(masculine_endings))
    return (fold(pronoun) == she and is_masculine) or (fold(pronoun) == he and is_feminine)


def other_sex_than_reported_self(
    content: str, name: str, mention: str, registry: NameRegistry, last_speakers: list[Speaker]
) -> bool:
    """Does reported speech open with a "he" or "she" of the other sex than the person a one-word family name was
    given ("Clinton issued a statement saying she would push for …" where "Clinton" became Bill Clinton, whom the
    article tells is a man)? In reported speech the pronoun opening what was said is, by default, the speaker."""
    if len(mention.split()) != 1 or " " not in name.strip():
        return False
    first = OPENING_WORD.match(content)
    if first is None:
        return False
    pronoun = fold(uncontracted(first.group(1)))
    he, she, *_ = _sex_words(registry.parser.lex.code)
    if pronoun not in (he, she) or not he:
        return False
    return _told_of_other_sex(pronoun, name, registry, last_speakers)


def told_by_reported_self(
    speaker: Speaker, content: str, between: str, position: int, registry: NameRegistry, last_speakers: list[Speaker]
) -> Speaker:
    """Reported speech that opens with "he" or "she" tells the speaker's sex (by default that pronoun is the
    speaker): a one-word family name the article gives two people before ("Last year, Clinton said she would not
    support the deal" after Bill and Hillary Clinton) is the one whose given name is of that sex while every other's
    is of the other (`_one_of_the_sex`), when no name stands between the speaker and the words (`between`: "Clinton
    attacked Trump, saying he would …" speaks of Trump); a full name found for it that the article tells is of the
    other sex is that one, or no one, as written. (Not by a given name alone: "Shelby said he refused to follow her
    commands" is Betty Shelby speaking of the man she shot.)"""
    if len(speaker.mention.split()) != 1:
        return speaker
    first = OPENING_WORD.match(content)
    pronoun = fold(uncontracted(first.group(1))) if first is not None else ""
    he, she, *_ = _sex_words(registry.parser.lex.code)
    if not he or pronoun not in (he, she):
        return speaker

    def namesake() -> str | None:
        if any(is_capitalised(word) for word in between.split()):
            return None  # a name between the speaker and the words: whom the pronoun means, it does not tell
        return _one_of_the_sex(pronoun, speaker.mention.strip(), position, registry)

    if fold(speaker.name) == fold(speaker.mention):
        found = namesake()
        if found is not None:
            speaker.aliases = [speaker.mention]
            speaker.name = found
        return speaker
    if other_sex_than_reported_self(content, speaker.name, speaker.mention, registry, last_speakers):
        found = namesake()
        if found is None:
            speaker.name, speaker.kind = "", "unknown"
        else:
            speaker.name = found
    return speaker


def _honorific_of_other_sex(speaker: Speaker, full: str, registry: NameRegistry, last_speakers: list[Speaker]) -> bool:
    """Does the mention open with an honorific of one sex (`[names] masculine_before_name`, `feminine_before_name`:
    "Mrs. Trump") where the full name found is of a person the article tells is of the other (named after a word of
    that sex, or called by that pronoun more than by the other), or whose given name is of the other?"""
    own = _honorific_sex(speaker, registry)
    if not own:
        return False
    return _told_of_other_sex(own, full, registry, last_speakers) or _given_name_of_other_sex(own, full, registry)


def _other_named_before_colon(registry: NameRegistry, position: int, last: Speaker) -> bool:
    """Does narration in the quotation's paragraph end with a colon right before the quotation a pronoun's cue follows,
    and name there a person the article names in full other than the last speaker ("… the source of many of Mr.
    Trump's ''losses'' is no mystery: ''I love depreciation,'' he said")?"""
    body = registry.body
    start = body.rfind("\n", 0, position) + 1
    colons = list(_COLON_THEN_QUOTE.finditer(body, start, position))
    colon = colons[-1] if colons else None
    if colon is None or not body[start : colon.start()].strip():
        return False
    if len(_QUOTE_MARK.findall(body, colon.end(), position)) != 1:
        return False  # (the quotation after the colon is the one the cue closes: one mark closes it before the cue)
    for word in _CAPITALISED_WORD.finditer(body, start, colon.start()):
        family = word.group().removesuffix("'s").removesuffix("’s")
        if word.start() == start and family == word.group():
            continue  # (the paragraph's first word, capitalised as any)
        found = registry.full_name(family, colon.start())
        if found is not None and " " in found[0] and not same_person(found[0], last.name):
            return True
    return False


def _told_of_other_sex(pronoun: str, name: str, registry: NameRegistry, last_speakers: list[Speaker]) -> bool:
    """Does the article tell the person is of the other sex than the pronoun: named after a word of that sex, or
    called by the other pronoun more often so far?"""
    return _named_as_other_sex(pronoun, name, registry) or _called_mostly_otherwise(
        pronoun, _pronouns_used(last_speakers).get(name), registry
    )


def _pronouns_used(last_speakers: list[Speaker]) -> dict[str, Counter[str]]:
    """Speaker's name → how often the article has used each pronoun of them so far (the pronouns this reading gave
    them: "she said" of Clinton four times)."""
    tally: dict[str, Counter[str]] = {}
    for previous in last_speakers:
        if previous.pronoun and previous.name:
            tally.setdefault(previous.name, Counter())[fold(previous.mention)] += 1
    return tally


def _noun_of_other_sex(pronoun: str, description: str, registry: NameRegistry) -> bool:
    """Is the description's last word a noun of the other sex than the pronoun (`[names] masculine_nouns`,
    `feminine_nouns`, their endings: "girl" for "he")?"""
    he, she, masculine, feminine = _sex_words(registry.parser.lex.code)
    wanted = fold(pronoun)
    words = description.split()
    if not he or wanted not in (he, she) or not words:
        return False
    (nouns, endings), (own_nouns, own_endings) = (feminine, masculine) if wanted == he else (masculine, feminine)
    last = fold(words[-1])
    if last in own_nouns or last.endswith(own_endings):
        return False  # ("woman" ends as "man" does)
    return last in nouns or last.endswith(endings)


def _titled_as_other_sex(pronoun: str, role: str, registry: NameRegistry) -> bool:
    """Does the speaker's role hold a word that tells the other sex than the pronoun ("Mrs." for "he", "Mr." for
    "she": `[names] masculine_before_name`, `feminine_before_name`)? Where the article writes the family name after
    both ("Mr. Clinton", "Mrs. Clinton"), the role the speaker was read with still tells which."""
    he, she, *_ = _sex_words(registry.parser.lex.code)
    wanted = fold(pronoun)
    if not he or wanted not in (he, she) or not role:
        return False
    masculine, feminine = _before_name_words(registry.parser.lex.code)
    other = feminine if wanted == he else masculine
    words = role.split()
    owned = max((at + 1 for at, word in enumerate(words) if _POSSESSIVE_END.search(word)), default=0)
    # (a title before a possessive is the possessor's: "Mr Kushner's lawyer" may be a woman)
    return any(fold(word.rstrip(".")) in other for word in words[owned:])


def _one_of_the_pronouns_sex(speaker: Speaker, position: int, registry: NameRegistry) -> str | None:
    """The one full name, of those the article gives ending with the family name a pronoun took, whose given name is
    of the pronoun's sex while every other's is of the other ("For her part, Clinton was measured …. '…,' she said"
    where the article names Hillary and Bill Clinton: Hillary Clinton); None otherwise (no such pair, a given name the
    data does not know, two of the same sex)."""
    if not speaker.name or speaker.kind != "person" or " " in speaker.name.strip():
        return None
    return _one_of_the_sex(fold(speaker.mention), speaker.name, position, registry)


def _honorific_sex(speaker: Speaker, registry: NameRegistry) -> str:
    """The pronoun of the sex the honorific opening the mention tells ("Mrs." → "she"; `[names]
    feminine_before_name`, `masculine_before_name`), or ""."""
    words = speaker.mention.split()
    if not words:
        return ""
    honorific = fold(words[0]).rstrip(".")
    masculine, feminine = _before_name_words(registry.parser.lex.code)
    he, she, *_ = _sex_words(registry.parser.lex.code)
    return she if honorific in feminine else he if honorific in masculine else ""


def _one_of_the_sex(
    wanted: str, short: str, position: int, registry: NameRegistry, unknown_fits: bool = False
) -> str | None:
    """Of the full names the article gives before `position` ending with the family name `short`, the one whose
    given name is of the sex of the pronoun `wanted` while every other's is of the other sex; else None. With
    `unknown_fits` (an honorific, which says the sex outright), a given name the data does not know fits too: "Mrs.
    Trump" of Donald and Melania Trump is Melania, whatever the data says of "Melania"."""
    he, she, *_ = _sex_words(registry.parser.lex.code)
    if not he or not wanted or wanted not in (he, she):
        return None
    candidates = registry.full_names_ending(short, position)
    if len(candidates) < 2:
        return None
    masculine, feminine = given_names(registry.parser.lex.code)
    own, other = (masculine, feminine) if wanted == he else (feminine, masculine)
    fitting = [
        name
        for name in candidates
        if fold(name.split()[0]) in own or unknown_fits and fold(name.split()[0]) not in other
    ]
    if len(fitting) != 1 or not all(fold(name.split()[0]) in other for name in candidates if name != fitting[0]):
        return None
    return fitting[0]


def _given_name_of_other_sex(pronoun: str, name: str, registry: NameRegistry) -> bool:
    """Is the person's given name one borne almost only by the other sex than the pronoun's (data/given_names.toml:
    "she" is never Daniel Simone, "he" never Hillary Clinton)? Only for a name of two words or more, whose first is
    the given name in a language that lists them."""
    he, she, *_ = _sex_words(registry.parser.lex.code)
    words = name.split()
    wanted = fold(pronoun)
    if not he or wanted not in (he, she) or len(words) < 2:
        return False
    masculine, feminine = given_names(registry.parser.lex.code)
    return fold(words[0]) in (feminine if wanted == he else masculine)


def _named_as_other_sex(pronoun: str, name: str, registry: NameRegistry) -> bool:
    """Does the article write the person's name right after a word that tells the other sex than the pronoun ("his
    former fiancée Crystal Harris" for "he", "Mr Fredou" for "she", "his daughter, Chloe" for "he": `[names]
    masculine_before_name`, `feminine_before_name`), and never after one of the pronoun's own?"""
    words = name.split()
    if not words or not name[:1].isupper():
        return False
    he, she, *_ = _sex_words(registry.parser.lex.code)
    wanted = fold(pronoun)
    if wanted not in (he, she) or not he:
        return False
    masculine, feminine = _before_name_words(registry.parser.lex.code)
    seen = set()
    # the family name alone too ("Mrs Kirchner"), unless someone else in the article bears it ("Mr Sotloff" is the son
    # of "Shirley Sotloff"); a name of one word is the family name ("Mr. Obama"), unless two full names end with it
    # ("Mr. Clinton" and "Mrs. Clinton")
    family = words[-1]
    bearers = {
        person[0]
        for _, run in registry.runs
        if (person := registry.person(run)) is not None and person[0].split()[-1:] == [family]
    }
    shared = len(bearers - {name}) > (0 if len(words) > 1 else 1)
    for written in [name] if shared else [name, family]:
        for match in re.finditer(rf"(?<![\w'’])([\w.]+),?[ \t]+{re.escape(written)}\b", registry.body):
            before = fold(match.group(1).rstrip("."))
            seen |= {"he"} if before in masculine else {"she"} if before in feminine else set()
    # what the article sets off after the full name: "Jugal Kishore, the 25-year-old groom from Moradabad"
    articles = _apposition_articles(registry.parser.lex.code)
    for match in re.finditer(rf"{re.escape(name)},[ \t]+([^,.;:\n]+)", registry.body):
        words = match.group(1).split()[:5]
        if not words or fold(words[0]) not in articles:
            continue
        kept = list(itertools.takewhile(lambda w: fold(w) not in registry.parser.names.function_words, words[1:]))
        head = fold(kept[-1]) if kept else ""  # the noun the description ends in, before a preposition
        seen |= {"he"} if head in masculine else {"she"} if head in feminine else set()
    return seen == ({"she"} if wanted == he else {"he"})


@cache
def _apposition_articles(language: str) -> frozenset[str]:
    """The articles that open a description set off after a name ("…, the 25-year-old groom", "…, a Russian …")."""
    lex = lexicon(language)
    return frozenset(
        fold(w) for w in (*lex.words_of("names", "definite_articles"), *lex.words_of("speaker", "apposition_articles"))
    )


@cache
def _before_name_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon(language)
    return (
        frozenset(fold(w) for w in lex.words_of("names", "masculine_before_name")),
        frozenset(fold(w) for w in lex.words_of("names", "feminine_before_name")),
    )


def _called_otherwise(pronoun: str, called: set[str], registry: NameRegistry) -> bool:
    """Has the article called this speaker by the other sex's pronoun ("she told …" of the head teacher, then "he
    said")? Then "he" means someone else."""
    he, she, *_ = _sex_words(registry.parser.lex.code)
    return (fold(pronoun) == he and she in called) or (fold(pronoun) == she and he in called)


def _called_mostly_otherwise(pronoun: str, tally: Counter[str] | None, registry: NameRegistry) -> bool:
    """Has the article so far called this speaker by the other sex's pronoun more often than by this one?"""
    if not tally:
        return False
    he, she, *_ = _sex_words(registry.parser.lex.code)
    own, other = (he, she) if fold(pronoun) == he else (she, he) if fold(pronoun) == she else ("", "")
    return bool(own) and tally[other] > tally[own]


@cache
def _sex_words(
    language: str,
) -> tuple[str, str, tuple[frozenset[str], tuple[str, ...]], tuple[frozenset[str], tuple[str, ...]]]:
    """ "he", "she" (`[cues] gendered_pronouns`, in that order) and the nouns and compound endings that tell a man or
    a woman (`[names] masculine_nouns`, `masculine_endings`, `feminine_nouns`, `feminine_endings`), read once per
    language."""
    lex = lexicon(language)
    he, she = (*lex.words_of("cues", "gendered_pronouns"), "", "")[:2]

    def words(sex: str) -> tuple[frozenset[str], tuple[str, ...]]:
        nouns = frozenset(fold(w) for w in lex.words_of("names", f"{sex}_nouns"))
        return nouns, tuple(fold(w) for w in lex.words_of("names", f"{sex}_endings")) or ("\0",)

    return fold(he), fold(she), words("masculine"), words("feminine")


def _words(text: str) -> str:
    """The words of `text`, folded, one space around each (" info cuaca dari bmkg ")."""
    return f" {' '.join(_QUOTED_WORD.findall(fold(text)))} "


def _named_in(quoted_words: str, speaker: Speaker, titles: frozenset[str] = frozenset()) -> bool:
    """Does a quotation (its `_words`) name this speaker, by name or as the article wrote them ("… info cuaca dari
    BMKG")? Then it speaks of them, and is someone else's."""
    if not quoted_words.strip():
        return False
    names = {speaker.name, speaker.mention, *speaker.aliases}
    if any(_words(name) in quoted_words for name in names if len(name) > 2 and name[:1].isupper()):
        return True
    # … or, for the one who spoke last, by their office, opened by one of the `titles` and shortened as speech does:
    # "saya setuju dengan gubernur Jakarta" after "Gubernur DKI Jakarta Pramono Anung" (the office's first and last
    # words, at most two between them)
    office = _QUOTED_WORD.findall(fold(speaker.role))
    if len(office) < 2 or office[0] not in titles or not speaker.role[:1].isupper():
        return False
    between = r"(?: \w+){0,2}"
    return re.search(rf" {re.escape(office[0])}{between} {re.escape(office[-1])} ", quoted_words) is not None


def _only_a_quotation(body: str, after: int, position: int) -> bool:
    """Is there nothing but one quotation (and its punctuation) between `after` and `position`?"""
    between = body[after:position]
    quotations = QUOTATION.findall(between)
    return len(quotations) == 1 and not re.search(r"\w", QUOTATION.sub("", between))


def _speaks_of_participants(quoted_words: str, registry: NameRegistry) -> bool:
    """Does a quotation name a case's parties by their words ("korban", "tersangka", "pelaku": `[claims]
    participants`, `accused_participants`)?"""
    parser = registry.parser
    return any(f" {word} " in quoted_words for word in parser.participants | parser.accused)


def _spoken_of_as_participant(quoted_words: str, speaker: Speaker, registry: NameRegistry) -> bool:
    """Does a quotation speak of a case's participant the article brought this speaker in as ("Salah satu korban
    bernama Muhammad Mutaqien …" then '"… somasi oleh korban …," katanya': `[claims] participants`)? Then it speaks
    of them, and is someone else's. Brought in so: the participant's word right before the name, or opening the
    sentence that names them ("Pelaku adalah suami tiri …, Kamal Mopangga (33)."); spoken of: that word, or for the
    accused side any word of it (`[claims] accused_participants`: "Digorok oleh tersangka …" speaks of the "pelaku")."""
    if not quoted_words.strip() or not _speaks_of_participants(quoted_words, registry):
        return False  # (the quotation speaks of no participant: most do)
    participants = registry.parser.participants
    accused = registry.parser.accused
    body = registry.body

    def spoken_of(word: str) -> bool:
        return f" {word} " in quoted_words or (
            word in accused and any(f" {other} " in quoted_words for other in accused)
        )

    # where the name is written, spoken or not ("Pelaku adalah …, Kamal Mopangga (33).")
    named = re.compile(rf"(?<!\w){re.escape(speaker.name)}(?!\w)") if speaker.name else None
    written = {m.start() for m in named.finditer(body)} if named is not None else set()
    for at in sorted(written | set(registry.positions_of(speaker.name))):
        before = [fold(word) for word in _QUOTED_WORD.findall(body[max(0, at - 40) : at])]
        if before and before[-1] in registry.parser.names.naming:
            before = before[:-1]  # "korban bernama …", "pelaku berinisial …"
        if before and before[-1] in participants and spoken_of(before[-1]):
            return True  # the participant's word right before the name describes them
        opening = max(body.rfind(". ", 0, at) + 2, body.rfind("\n", 0, at) + 1)
        words = [fold(word) for word in _QUOTED_WORD.findall(body[opening:at])]
        quoting = any(mark in body[opening:at] for mark in '"“”')  # ('"Pelaku ini residivis," kata AKP Regi …')
        if 0 < len(words) <= 12 and not quoting and words[0] in participants and spoken_of(words[0]):
            return True  # "Pelaku adalah …, Kamal Mopangga": the sentence that brings them in opens with the word
    return False
