"""The one place where speakers' names become actors, for ingest and import alike.

Rules (docs/extraction.md, "Actors"):
- only a name makes an actor: pronouns, cue words, bare roles ("hakim", "Pak Presiden"), descriptions
  ("warga Bekasi", "union leader") and circulating texts are left without one;
- a name joins the actor whose canonical name or alias it is, or the gazetteer's entity; a one-word
  person name joins only an actor that is called exactly that, or a gazetteer entity ("Prabowo") — never
  a person who merely shares a word with it ("Agus" is not Agus Harimurti Yudhoyono): the article itself
  must name someone in full for a short name to mean them, and extraction has already used that;
- an alias is stored only when it names the actor (it shares a word with the canonical name, or the
  gazetteer says so); cue words, pronouns and titles never become aliases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from claimtrack.extract.names import is_capitalised, name_words
from claimtrack.lexicon import gazetteer, lexicon
from claimtrack.models import utcnow
from claimtrack.store import Transaction
from claimtrack.textutil import fold

About = tuple[str, str, str]  # name, kind, role


@dataclass
class Speaker:
    """What the resolver needs to know of a speaker, from a statement or an imported verdict."""

    name: str
    kind: str = "person"
    role: str = ""
    aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()  # the short forms its article gives it ("Gus Ipul"): trusted across articles


@dataclass
class ActorChanges:
    """What one document (or import) decided about actors; the directory learns it once that commits.

    New actors have placeholder ids (negative) until they are inserted.
    """

    about: dict[int, About] = field(default_factory=dict)  # new actors, and known ones given a role
    aliases: dict[str, int] = field(default_factory=dict)  # folded alias → actor id
    alias_rows: list[dict] = field(default_factory=list)

    def new_actors(self) -> list[int]:
        return sorted((a for a in self.about if a < 0), reverse=True)

    def settle(self, real: dict[int, int]) -> None:
        """Swap placeholder ids for the ids the database gave the new actors."""
        for row in self.alias_rows:
            row["actor_id"] = real.get(row["actor_id"], row["actor_id"])
        self.aliases = {key: real.get(a, a) for key, a in self.aliases.items()}
        self.about = {real.get(a, a): about for a, about in self.about.items()}


class ActorResolver:
    """Names to actor ids, with the directory of known actors and aliases loaded once and kept current."""

    def __init__(
        self, load_actors: Callable[[], Iterable[tuple[int, str, str, str]]], load_aliases: Callable[[], dict[str, int]]
    ):
        self._load_actors, self._load_aliases = load_actors, load_aliases
        self._actors: dict[int, About] | None = None
        self._aliases: dict[str, int] | None = None
        self._named: dict[str, int] = {}  # folded canonical name → actor id
        self._spelled: dict[str, int] = {}  # the same with hyphens as spaces ("butar butar" for "Butar-butar")

    @property
    def actors(self) -> dict[int, About]:
        if self._actors is None:
            self._actors, self._named, self._spelled = {}, {}, {}
            for actor_id, name, kind, role in self._load_actors():
                self._set(actor_id, (name, kind, role))
        return self._actors

    @property
    def aliases(self) -> dict[str, int]:
        if self._aliases is None:
            self._aliases = dict(self._load_aliases())
        return self._aliases

    def forget(self) -> None:
        """Drop what was loaded (after a rollback); it is read again when next needed."""
        self._actors = self._aliases = None
        self._named, self._spelled = {}, {}

    def learn(self, changes: ActorChanges) -> None:
        """What a committed document added."""
        self.aliases.update(changes.aliases)
        for actor_id, about in changes.about.items():
            self._set(actor_id, about)

    def catch_up(self, actors: Iterable[tuple[int, str, str, str]], aliases: dict[str, int]) -> None:
        """What other writers (another ingest process) added since the directory was loaded."""
        if self._actors is None:
            return  # not loaded yet: loading reads everything
        for actor_id, name, kind, role in actors:
            self._set(actor_id, (name, kind, role))
        self.aliases.update(aliases)

    def _set(self, actor_id: int, about: About) -> None:
        old = self.actors.get(actor_id) if self._actors is not None else None
        if old is not None and self._named.get(fold(old[0])) == actor_id:
            del self._named[fold(old[0])]
        if old is not None and self._spelled.get(_spaced(fold(old[0]))) == actor_id:
            del self._spelled[_spaced(fold(old[0]))]
        self.actors[actor_id] = about
        self._named.setdefault(fold(about[0]), actor_id)
        self._spelled.setdefault(_spaced(fold(about[0])), actor_id)

    # --- resolving -------------------------------------------------------------------------------------------
    def about(self, actor_id: int, changes: ActorChanges) -> About:
        return changes.about.get(actor_id) or self.actors[actor_id]

    def actor_for(self, speaker: Speaker, language: str, changes: ActorChanges) -> int | None:
        """The actor a speaker is, new or known; None when the speaker has no name of its own."""
        name = " ".join(speaker.name.split())
        owned = _POSSESSED.sub(" ", name)  # "Clinton's campaign" is the Clinton campaign
        if owned != name and _owned_body(owned, language):
            name = owned
        if _owned_body(name, language) and speaker.kind in ("person", "group", "organization"):
            speaker = replace(speaker, kind="organization")  # ("Clinton campaign": the campaign, not Clinton)
        words = name_words(language)
        if (
            speaker.kind in ("circulating", "unknown")
            or not words.names_someone(name, speaker.kind)
            or (name[:1].islower() and not is_capitalised(name.split()[0]))  # (not "eBay Inc")
            or speaker.kind in ("person", "group")
            and words.described_person(name)  # "American woman", "campaign aides"
            or speaker.kind == "organization"
            and words.person_of_a_body(name)  # "GOP strategist monitoring the race", "CNN correspondent"
            or _common_head_last(name, language)  # "Pentagon officials": people of a body, no one in particular
            or words.only_initials(name)  # "tersangka R": the article shields who it is
        ):
            return None  # (a description, "warga Bekasi", "union leader", names no one in particular)
        key = fold(name)
        if not key or key in lexicon(language).common_speakers:
            return None
        one_word = len(key.split()) == 1
        actor_id = self._named_actor(key, changes)
        if actor_id is None and not (one_word and (speaker.kind == "person" or key in _outlet_words(language))):
            # ("the Post" of one article is not the New York Post of another: a word of outlets' names joins only
            # the actor called exactly that, as a person's one-word name does)
            actor_id = self._alias(key, changes)
        elif actor_id is None:
            actor_id = self._nicknamed(key, changes)  # "Zulhas", where an article wrote "Zulkifli Hasan (Zulhas)"
        if actor_id is None and speaker.kind == "person" and speaker.nicknames:
            actor_id = self._known_by_nickname(name, speaker.nicknames, changes)
        entity = gazetteer().lookup(name) if actor_id is None else None
        if entity is not None:
            names = (entity.name, *entity.aliases)
            actor_id = next(
                (
                    found
                    for found in (self._named_actor(fold(n), changes) or self._alias(fold(n), changes) for n in names)
                    if found
                ),
                None,
            )
            if actor_id is None:
                actor_id = self._new(changes, entity.name, entity.speaks_as, entity.role or speaker.role)
            self._remember(changes, actor_id, names, language, trusted=True)
        if actor_id is None:
            actor_id = self._new(changes, name, speaker.kind, speaker.role)
        known_name, kind, role = self.about(actor_id, changes)
        if (
            kind == "person"
            and speaker.kind == "person"
            and len(known_name.split()) == 1
            and len(name.split()) > 1
            and fold(known_name) in fold(name).split()
        ):
            # the actor "Dewa", made from an article that wrote him so, is "Ratu Dewa" where another names him in
            # full (the fuller name had joined it as an alias): one person, named in full
            known_name = name
            changes.about[actor_id] = (known_name, kind, role)
        if speaker.role and not role:
            changes.about[actor_id] = (known_name, kind, speaker.role)
        self._remember(changes, actor_id, (name, *speaker.aliases), language)
        if kind == "person" and speaker.kind == "person":
            words = name_words(language)
            named = [n for n in speaker.nicknames if words.names_someone(n, "person")]
            self._remember(changes, actor_id, named, language, trusted=True)
        return actor_id

    def _nicknamed(self, key: str, changes: ActorChanges) -> int | None:
        """The person a one-word name is the alias of, where that alias shares no word with the person's name: a
        short form an article gave them ("Zulhas", "Jokowi"), never a first name cut from it ("Agus" is no alias
        that joins Agus Harimurti Yudhoyono: a one-word name joins by the article's own full name only)."""
        actor_id = self._alias(key, changes)
        if actor_id is None:
            return None
        name, kind, _ = self.about(actor_id, changes)
        return actor_id if kind == "person" and key not in fold(name).split() else None

    def _known_by_nickname(self, name: str, nicknames: tuple[str, ...], changes: ActorChanges) -> int | None:
        """A person known so far only by a short form this article gives them: the actor "Gus Ipul", made from an
        article that wrote only that, is Saifullah Yusuf where another writes "Saifullah Yusuf (Gus Ipul)"; it is
        named in full from then on. Only an actor whose name is the short form itself."""
        for nickname in nicknames:
            actor_id = self._named_actor(fold(nickname), changes)
            if actor_id is None:
                continue
            known_name, kind, role = self.about(actor_id, changes)
            if kind == "person" and fold(known_name) == fold(nickname):
                changes.about[actor_id] = (name, kind, role)
                return actor_id
        return None

    def same_person(self, one: int, other: int, changes: ActorChanges) -> bool:
        """Are two person actors one person written two ways: all words of one name among the other's ("Purbaya",
        "Purbaya Yudhi Sadewa"; "Luthfi", "Ahmad Luthfi")? Used where both made the same claim, so that a name cut
        short in one article is no second source for it; actors are never merged by it."""
        first, second = self.about(one, changes), self.about(other, changes)
        if first[1] != "person" or second[1] != "person":
            return False
        a, b = set(fold(first[0]).split()), set(fold(second[0]).split())
        return bool(a) and bool(b) and (a <= b or b <= a)

    def store(self, tx: Transaction, changes: ActorChanges) -> dict[int, int]:
        """Insert the new actors together, give known ones the roles learnt, and swap the placeholders for real ids
        in `changes` (its alias rows are then ready to insert). Returns placeholder id → real id."""
        placeholders = changes.new_actors()
        now = utcnow()
        rows = [
            {"name": name, "kind": kind, "role": role, "affiliation": "", "created_at": now}
            for name, kind, role in (changes.about[a] for a in placeholders)
        ]
        real = dict(zip(placeholders, tx.add_actors(rows))) if rows else {}
        for actor_id, (name, _, role) in changes.about.items():
            if actor_id > 0:
                tx.rename_actor(actor_id, name, role)
        changes.settle(real)
        return real

    def _named_actor(self, key: str, changes: ActorChanges) -> int | None:
        """An actor whose canonical name this is (known, or new in this document), as written or with its hyphens
        written as spaces: "Muslim Jaya Butar Butar" is the actor "Muslim Jaya Butar-butar", "Ming Chi Kuo" is
        "Ming-Chi Kuo"."""
        new = [(actor_id, fold(name)) for actor_id, (name, _, _) in changes.about.items() if actor_id < 0]
        found = next((actor_id for actor_id, name in new if name == key), None)
        self.actors  # noqa: B018 - loads the directory and its name index
        found = found or self._named.get(key)
        if found is None:
            spaced = _spaced(key)
            found = next((actor_id for actor_id, name in new if _spaced(name) == spaced), None)
            found = found or self._spelled.get(spaced)
        return found

    def _alias(self, key: str, changes: ActorChanges) -> int | None:
        return changes.aliases.get(key) or self.aliases.get(key)

    def _new(self, changes: ActorChanges, name: str, kind: str, role: str) -> int:
        actor_id = -1 - sum(1 for known in changes.about if known < 0)
        changes.about[actor_id] = (name, kind, role)
        return actor_id

    def _remember(
        self, changes: ActorChanges, actor_id: int, names: Iterable[str], language: str, trusted: bool = False
    ) -> None:
        """Store the names that stand for this actor: its own, and aliases that name it (`trusted`: all)."""
        canonical, kind, _ = self.about(actor_id, changes)
        words = name_words(language)
        for alias in names:
            key = fold(alias)
            if not key or self._alias(key, changes) is not None:
                continue
            if not trusted and fold(alias) != fold(canonical) and not words.clean_alias(alias, canonical, kind):
                continue
            changes.aliases[key] = actor_id
            changes.alias_rows.append({"actor_id": actor_id, "alias": alias, "key": key})


@cache
def _outlet_words(language: str) -> frozenset[str]:
    """The words of outlets' names, folded (`[speaker] outlet_name_words`: "post", "times")."""
    return frozenset(fold(word) for word in lexicon(language).words_of("speaker", "outlet_name_words"))


def _spaced(key: str) -> str:
    """A folded name with its hyphens as spaces: how two spellings of one name are found to be one."""
    return key.replace("-", " ")


def _common_head_last(name: str, language: str) -> bool:
    """Does the name end with a common speaker in lower case (`[speaker] common`: "Pentagon officials", "Police
    officials")? It describes some of a body's people. Not a body a name owns (`[speaker] owned_bodies`: "Clinton
    campaign", "Obama administration"), which is that one body."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1].islower()
        and fold(words[-1]) in lexicon(language).common_speakers
        and not _owned_body(name, language)
    )


def _owned_body(name: str, language: str) -> bool:
    """Is the name a capitalised name and a body it owns in lower case ("Clinton campaign", "Obama administration",
    "Turkish government": `[speaker] owned_bodies`)?"""
    words = name.split()
    return (
        1 < len(words) <= 4
        and fold(words[-1]) in _owned_bodies(language)
        and all(word[:1].isupper() for word in words[:-1])
    )


_POSSESSED = re.compile(r"(?<=\w)['’]s? (?=\S+$)")


@cache
def _owned_bodies(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon(language).words_of("speaker", "owned_bodies"))
