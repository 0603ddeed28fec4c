"""Who said each stored statement, decided again with today's extraction and actor rules (`claimtrack actors --repair`).

Databases built by older versions hold actors named by cue words ("katanya"), honorifics and adverbs ("Pak Prabowo",
"Namun Prabowo"), people credited in articles that never name them, and aliases that are cue words. The repair
reads every stored article again in the order it was ingested and resolves every speaker with a fresh
ActorResolver, so no old mistake is inherited:
- a statement whose span extraction finds again gets the speaker found there;
- a statement it no longer finds keeps its person only when one of their old names occurs in its article and
  today's actors know that name (a cue word is no one's name today); otherwise it is left without a speaker;
- a statement that came with an imported verdict keeps the speaker the verdict named, resolved by that name.
Today's actors take over the rows of old ones with the same name (folded), so ids people noted survive; other
old actors are deleted once no statement is theirs; the aliases become those the fresh resolution produced.
Claims, links and the audit log are not touched.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.extract import extract
from claimtrack.ingest.document import Document
from claimtrack.lexicon import detect_language
from claimtrack.store import ActorRewrite, SourceText, StatementCredit, Store
from claimtrack.textutil import fold
from claimtrack.tracking.actors import About, ActorChanges, ActorResolver, Speaker

_TOP = 10  # lines per section of the plain report unless verbose


@dataclass
class Recredit:
    """Statements that move from one speaker to another (None: no speaker)."""

    old: str | None
    new: str | None
    statements: int

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.old, "to": self.new, "statements": self.statements}


@dataclass
class Merge:
    """Several old actors whose statements are one actor's now."""

    into: str
    merged: list[str]
    statements: int

    def to_dict(self) -> dict[str, Any]:
        return {"into": self.into, "from": self.merged, "statements": self.statements}


@dataclass
class Removed:
    """An old actor deleted because no statement is theirs any more."""

    id: int
    name: str
    statements: int  # how many were theirs before
    went_to: list[tuple[str | None, int]] = field(default_factory=list)  # whose they are now (None: no one's)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "statements": self.statements,
            "went_to": [{"actor": name, "statements": n} for name, n in self.went_to],
        }


@dataclass
class Updated:
    """An actor row kept under its id whose name, kind or role changes."""

    id: int
    before: About
    after: About

    def line(self) -> str:
        changes = [
            f"{part} {old!r} → {new!r}"
            for part, old, new in zip(("name", "kind", "role"), self.before, self.after)
            if old != new
        ]
        return f"{self.before[0]} (id {self.id}): {'; '.join(changes)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "before": dict(zip(("name", "kind", "role"), self.before)),
            "after": dict(zip(("name", "kind", "role"), self.after)),
        }


def _quoted(names: list[str]) -> str:
    """Old names, each once and quoted: some hold commas ("Mulanya, Purbaya")."""
    return ", ".join(f"“{name}”" for name in dict.fromkeys(names))


@dataclass
class RepairReport:
    """What the repair changes, most telling first; `lines()` for an editor, `to_dict()` for `--json`."""

    sources: int = 0
    statements: int = 0
    actors_before: int = 0
    actors_after: int = 0
    recredited: list[Recredit] = field(default_factory=list)  # most statements first
    merged: list[Merge] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    not_found_again: int = 0  # statements whose span today's extraction does not find
    aliases_removed: list[str] = field(default_factory=list)
    aliases_added: list[str] = field(default_factory=list)
    aliases_changed: list[str] = field(default_factory=list)  # the same alias now another actor's, or respelled
    applied: bool = False
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return bool(
            self.recredited
            or self.removed
            or self.created
            or self.updated
            or self.aliases_removed
            or self.aliases_added
            or self.aliases_changed
        )

    @property
    def recredited_statements(self) -> int:
        return sum(r.statements for r in self.recredited if r.new is not None)

    @property
    def left_without_actor(self) -> int:
        return sum(r.statements for r in self.recredited if r.new is None)

    def lines(self, verbose: bool = False) -> list[str]:
        """The report for an editor: counts, then each kind of change, largest first (the top ten unless verbose)."""
        top = None if verbose else _TOP
        out = [
            f"read again: {self.sources} articles, {self.statements} statements",
            f"actors: {self.actors_before} → {self.actors_after} ({len(self.removed)} removed, {len(self.created)} "
            f"created, {len(self.merged)} merges, {len(self.updated)} renamed or given another role)",
            f"statements: {self.recredited_statements} credited to another speaker, {self.left_without_actor} left "
            f"without a speaker; {self.not_found_again} no longer found by extraction at their span",
            f"aliases: {len(self.aliases_removed)} removed, {len(self.aliases_added)} added, "
            f"{len(self.aliases_changed)} moved to another actor or respelled",
        ]
        if not self.changed:
            return [*out, "nothing to repair"]
        sections: list[tuple[str, list[str], bool]] = [  # title, items, one line each (else one line for all)
            (
                "Credited to another speaker (statements, old speaker → new)",
                [f"{r.statements:>5}  {r.old or '(no speaker)'} → {r.new}" for r in self.recredited if r.new],
                True,
            ),
            (
                "Merged (old actors that are one person or organisation now)",
                [f"{m.into} ← {_quoted(m.merged)} ({m.statements} statements)" for m in self.merged],
                True,
            ),
            (
                "Left without a speaker (today's rules find no name for them in the article), by old speaker",
                [f"{r.statements:>5}  {r.old}" for r in self.recredited if not r.new],
                True,
            ),
            (
                "Actors removed (statements they had → whose they are now)",
                [
                    f"{r.statements:>5}  {r.name}"
                    + (" → " + ", ".join(f"{name or 'no one'} {n}" for name, n in r.went_to) if r.went_to else "")
                    for r in self.removed
                ],
                True,
            ),
            ("Renamed or given another role", [u.line() for u in self.updated], True),
            ("Actors created", self.created, False),
            ("Aliases removed", self.aliases_removed, False),
            ("Aliases moved to another actor or respelled", self.aliases_changed, False),
        ]
        cut = False
        for title, items, one_each in sections:
            if not items:
                continue
            shown = items if top is None else items[:top]
            rest = f"… and {len(items) - len(shown)} more" if len(shown) < len(items) else ""
            cut = cut or bool(rest)
            out += ["", f"{title}: {len(items)}"]
            if one_each:
                out += [f"  {item}" for item in shown] + ([f"  {rest}"] if rest else [])
            else:
                out.append("  " + ", ".join(shown) + (f" {rest}" if rest else ""))
        if cut:
            out += ["", f"(the top {top} of each list; --verbose shows all)"]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "backup": str(self.backup) if self.backup else None,
            "sources": self.sources,
            "actors": {
                "before": self.actors_before,
                "after": self.actors_after,
                "created": self.created,
                "removed": [r.to_dict() for r in self.removed],
                "merged": [m.to_dict() for m in self.merged],
                "updated": [u.to_dict() for u in self.updated],
            },
            "statements": {
                "total": self.statements,
                "recredited": self.recredited_statements,
                "left_without_actor": self.left_without_actor,
                "not_found_again": self.not_found_again,
                "changes": [r.to_dict() for r in self.recredited],
            },
            "aliases": {"removed": self.aliases_removed, "added": self.aliases_added, "changed": self.aliases_changed},
        }


@dataclass
class ActorRepair:
    """The rewrite the store will apply, and the report of what it changes."""

    rewrite: ActorRewrite
    report: RepairReport


def repair_actors(store: Store, *, dry_run: bool = False, on_source: Callable[[], None] | None = None) -> RepairReport:
    """Decide every statement's speaker again and, unless `dry_run`, write it (a SQLite file is backed up first)."""
    repair = plan_actor_repair(store, on_source)
    if repair.report.changed and not dry_run:
        repair.report.backup = store.backup_beside("actors-repair")
        store.rewrite_actors(repair.rewrite)
        repair.report.applied = True
    return repair.report


def plan_actor_repair(store: Store, on_source: Callable[[], None] | None = None) -> ActorRepair:
    """Everything the repair would change, computed without writing; `on_source` is called after each article."""
    expected = store.actor_stamp()
    old_actors: dict[int, About] = {actor_id: (name, kind, role) for actor_id, name, kind, role in store.actor_rows()}
    old_aliases = store.alias_rows()
    credits = store.statement_credits()
    names_of: dict[int, list[str]] = {actor_id: [fold(name)] for actor_id, (name, _, _) in old_actors.items()}
    for actor_id, _, key in old_aliases:
        names_of[actor_id].append(key)
    fresh = _FreshResolution({actor_id: kind for actor_id, (_, kind, _) in old_actors.items()}, names_of)
    by_source: dict[int, list[StatementCredit]] = defaultdict(list)
    for credit in credits:
        by_source[credit.source_id].append(credit)
    sources = 0
    for source in store.source_texts():
        fresh.read(source, by_source.pop(source.id, []))
        sources += 1
        if on_source is not None:
            on_source()
    fresh.settle_unfound()

    directory = fresh.resolver.actors
    row_of = _rows_for(sorted({a for a in fresh.actor_of.values() if a is not None}), directory, old_actors)
    new_actor: dict[int, int | None] = {}
    for c in credits:
        actor = fresh.actor_of.get(c.id)
        new_actor[c.id] = None if actor is None else row_of[actor]
    rewrite = ActorRewrite(
        actors={row: directory[actor] for actor, row in row_of.items()},
        aliases={
            row["key"]: (row_of[row["actor_id"]], row["alias"]) for row in fresh.alias_rows if row["actor_id"] in row_of
        },
        credits={c.id: new_actor[c.id] for c in credits if new_actor[c.id] != c.actor_id},
        expected=expected,
    )
    report = _report(credits, new_actor, old_actors, old_aliases, rewrite)
    report.sources, report.not_found_again = sources, fresh.unfound_count
    return ActorRepair(rewrite, report)


class _FreshResolution:
    """Every article's speakers resolved by a resolver that starts empty; its actors have ids 1, 2, … of their own
    until they are mapped onto rows."""

    def __init__(self, old_kinds: dict[int, str], old_names: dict[int, list[str]]):
        self.resolver = ActorResolver(lambda: [], lambda: {})  # nothing inherited
        self.old_kinds = old_kinds
        self.old_names = old_names  # folded, canonical name first
        self.actor_of: dict[int, int | None] = {}  # statement id → fresh actor
        self.alias_rows: list[dict] = []
        self.unfound: dict[int, list[str]] = {}  # statement id → its old actor's names that occur in its article
        self.unfound_count = 0

    def read(self, source: SourceText, credits: list[StatementCredit]) -> None:
        """One article: extraction's speakers in order, as ingest resolves them, then the stored statements'."""
        language = source.language or detect_language(source.text)
        document = Document(text=source.text, title=source.title, language=language, published=source.published)
        changes = ActorChanges()
        found: dict[tuple[int, int], int | None] = {}
        for s in extract(document).statements:
            speaker = Speaker(
                s.speaker, s.speaker_kind, s.speaker_role, tuple(s.speaker_aliases), tuple(s.speaker_nicknames)
            )
            found.setdefault((s.start, s.end), self.resolver.actor_for(speaker, language, changes))
        decided: dict[int, int | None] = {}
        article = ""
        for credit in credits:
            kind = self.old_kinds.get(credit.actor_id) if credit.actor_id is not None else None
            if not credit.local_id:  # from an imported verdict: the verdict named the speaker, not the text
                given = Speaker(credit.speaker_mention, kind, credit.speaker_role) if kind else None
                decided[credit.id] = self.resolver.actor_for(given, language, changes) if given else None
            elif (credit.start, credit.end) in found:
                decided[credit.id] = found[(credit.start, credit.end)]
            else:
                self.unfound_count += 1
                decided[credit.id] = None
                if credit.actor_id is not None:
                    article = article or f" {fold(source.title)} {fold(source.text)} "
                    names = self.old_names.get(credit.actor_id, [])
                    self.unfound[credit.id] = [key for key in names if key and f" {key} " in article]
        numbered = {placeholder: len(self.resolver.actors) + n for n, placeholder in enumerate(changes.new_actors(), 1)}
        changes.settle(numbered)
        self.resolver.learn(changes)
        self.alias_rows += changes.alias_rows
        self.actor_of.update({s: numbered.get(a, a) if a is not None else None for s, a in decided.items()})

    def settle_unfound(self) -> None:
        """Statements extraction no longer finds: the first of their old actor's names in their article (canonical
        before aliases) that today's actors know as a name or an alias, else no one."""
        known = {fold(name): actor for actor, (name, _, _) in self.resolver.actors.items()}
        for key, actor in self.resolver.aliases.items():
            known.setdefault(key, actor)
        for statement_id, names in self.unfound.items():
            self.actor_of[statement_id] = next((known[key] for key in names if key in known), None)


def _rows_for(actors: list[int], directory: dict[int, About], old_actors: dict[int, About]) -> dict[int, int]:
    """Fresh actor → the old row with the same folded name (the oldest when several), else a new row (negative)."""
    rows: dict[str, list[int]] = defaultdict(list)
    for actor_id in sorted(old_actors):
        rows[fold(old_actors[actor_id][0])].append(actor_id)
    row_of: dict[int, int] = {}
    new_rows = 0
    for actor in actors:
        same_name = rows.get(fold(directory[actor][0]))
        if same_name:
            row_of[actor] = same_name.pop(0)
        else:
            new_rows += 1
            row_of[actor] = -new_rows
    return row_of


def _report(
    credits: list[StatementCredit],
    new_actor: dict[int, int | None],
    old_actors: dict[int, About],
    old_aliases: list[tuple[int, str, str]],
    rewrite: ActorRewrite,
) -> RepairReport:
    def old_name(actor_id: int | None) -> str | None:
        return old_actors[actor_id][0] if actor_id is not None else None

    def new_name(row: int | None) -> str | None:
        return rewrite.actors[row][0] if row is not None else None

    moves = Counter((old_name(c.actor_id), new_name(new_actor[c.id])) for c in credits if c.id in rewrite.credits)
    had = Counter(c.actor_id for c in credits if c.actor_id is not None)
    went: dict[int, Counter] = defaultdict(Counter)  # old actor → the rows its statements go to (None: no one)
    for c in credits:
        if c.actor_id is not None:
            went[c.actor_id][new_actor[c.id]] += 1
    removed = [a for a in old_actors if a not in rewrite.actors]
    absorbed: dict[int, list[int]] = defaultdict(list)  # row → removed old actors most of whose statements it took
    for a in removed:
        heir = next((row for row, _ in went[a].most_common() if row is not None), None)
        if heir is not None:
            absorbed[heir].append(a)
    merged = [
        Merge(
            rewrite.actors[row][0],
            [old_actors[a][0] for a in sorted(olds, key=lambda a: (-had[a], a))],
            sum(went[a][row] for a in olds),
        )
        for row, olds in absorbed.items()
        if len(olds) + (row > 0) > 1  # a kept row is an old actor too
    ]
    stored = {key: (actor_id, alias) for actor_id, alias, key in old_aliases}
    weight = {key: had[actor_id] for key, (actor_id, _) in stored.items()}
    return RepairReport(
        statements=len(credits),
        actors_before=len(old_actors),
        actors_after=len(rewrite.actors),
        recredited=[Recredit(old, new, n) for (old, new), n in sorted(moves.items(), key=lambda m: (-m[1], str(m[0])))],
        merged=sorted(merged, key=lambda m: (-m.statements, m.into)),
        removed=sorted(
            (
                Removed(a, old_actors[a][0], had[a], [(new_name(row), n) for row, n in went[a].most_common()])
                for a in removed
            ),
            key=lambda r: (-r.statements, r.name),
        ),
        created=sorted(name for row, (name, _, _) in rewrite.actors.items() if row < 0),
        updated=[
            Updated(row, old_actors[row], about)
            for row, about in sorted(rewrite.actors.items())
            if row > 0 and old_actors[row] != about
        ],
        aliases_removed=[
            stored[key][1] for key in sorted(set(stored) - set(rewrite.aliases), key=lambda k: (-weight[k], k))
        ],
        aliases_added=sorted(alias for key, (_, alias) in rewrite.aliases.items() if key not in stored),
        aliases_changed=sorted(
            alias for key, (row, alias) in rewrite.aliases.items() if key in stored and stored[key] != (row, alias)
        ),
    )
