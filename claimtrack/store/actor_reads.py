"""Reading actors: the directory and its aliases, one speaker's record, who is called what, and what `actors --repair`
reads to decide every speaker again."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, func, literal_column, select
from sqlmodel import Session

from claimtrack.errors import NotFound
from claimtrack.models import Actor, Alias, Claim, ClaimLink, Source, Statement
from claimtrack.store.engine import Connected, chunks, like_escape
from claimtrack.store.views import TRIAGE_ORDER, ActorView, SourceText, SpeakerClaim, SpeakerRecord, StatementCredit
from claimtrack.textutil import fold


class ActorReads(Connected):
    """Actors, speakers and their records."""

    def actor_rows(self) -> list[tuple[int, str, str, str]]:
        """(id, name, kind, role) of every actor, for resolving speakers in memory during ingest."""
        with self._read() as session:
            return [
                tuple(row) for row in session.connection().execute(select(Actor.id, Actor.name, Actor.kind, Actor.role))
            ]

    def actor_marks(self) -> tuple[int, int]:
        """The newest actor's and alias's ids: what another writer added since is `actors_after` them."""
        with self._read() as session:
            row = (
                session.connection()
                .execute(select(select(func.max(Actor.id)).scalar_subquery(), func.max(Alias.id)))
                .one()
            )
        return row[0] or 0, row[1] or 0

    def actors_after(self, actor_id: int, alias_id: int) -> tuple[list[tuple[int, str, str, str]], dict[str, int]]:
        """The actors and aliases stored after these ids (by other writers, while this one kept its directory)."""
        with self._read() as session:
            connection = session.connection()
            actors = connection.execute(
                select(Actor.id, Actor.name, Actor.kind, Actor.role).where(Actor.id > actor_id)
            ).all()
            aliases = connection.execute(select(Alias.key, Alias.actor_id).where(Alias.id > alias_id)).all()
        return [tuple(row) for row in actors], {key: actor for key, actor in aliases}

    def alias_index(self) -> dict[str, int]:
        """Every alias key with its actor, so ingest resolves known speakers without a query each."""
        with self._read() as session:
            return {key: actor_id for key, actor_id in session.exec(select(Alias.key, Alias.actor_id)).all()}

    def speakers_called(self, name: str) -> list[ActorView]:
        """The actors one of whose names holds `name` as whole words ("AHY", "Lavrov"), most statements first."""
        if not fold(name):
            return []
        views = self.actors(among=actors_called(name))
        return sorted(views, key=lambda view: (-view.statements, view.name, view.id))

    def speaker_record(self, actor_id: int) -> SpeakerRecord:
        """One actor's record: aliases, roles, statements over time, and their claims with each claim's status."""
        found = self.actors(among=select(Actor.id).where(Actor.id == actor_id))
        if not found:
            raise NotFound(f"no actor with id {actor_id}")
        said = func.coalesce(Statement.said_on, Source.published_at)
        with self._read() as session:
            roles = session.exec(
                select(Statement.speaker_role, func.count(Statement.id))
                .where(Statement.actor_id == actor_id, Statement.speaker_role != "")
                .group_by(Statement.speaker_role)
                .order_by(func.count(Statement.id).desc(), Statement.speaker_role)
            ).all()
            dates = session.exec(
                select(said, func.count(Statement.id))
                .join(Source, Source.id == Statement.source_id)
                .where(Statement.actor_id == actor_id)
                .group_by(said)
            ).all()
            links = session.exec(
                select(Claim.id, Claim.text, Claim.status, ClaimLink.relation, said)
                .join(ClaimLink, ClaimLink.claim_id == Claim.id)
                .join(Statement, Statement.id == ClaimLink.statement_id)
                .join(Source, Source.id == Statement.source_id)
                .where(Statement.actor_id == actor_id, Claim.merged_into_id.is_(None))
                .order_by(said.desc(), Claim.id.desc())
            ).all()
        months: dict[str, int] = defaultdict(int)
        for day, number in dates:
            months[day.strftime("%Y-%m") if day else ""] += number
        claims: dict[int, SpeakerClaim] = {}
        for claim_id, text, status, relation, day in links:
            if claim_id not in claims or (relation == "asserts" and claims[claim_id].relation != "asserts"):
                claims[claim_id] = SpeakerClaim(claim_id, text, status, relation, day)
        verdicts: dict[str, int] = defaultdict(int)
        for claim in claims.values():
            if claim.relation == "asserts":
                verdicts[claim.status] += 1
        return SpeakerRecord(
            found[0],
            [(role, number) for role, number in roles],
            sorted(months.items(), key=lambda item: item[0] or "9999"),
            {status: verdicts[status] for status in TRIAGE_ORDER if verdicts.get(status)},
            list(claims.values()),
        )

    def claim_ids_said_by(self, name: str) -> list[int]:
        """Claims with a statement by an actor one of whose names has a word starting with `name` (as typed in a
        search: "Purbaya", "sri mul"), by id."""
        if len(fold(name)) < 3:
            return []
        with self._read() as session:
            statement = claims_by_actors(actors_called(name, prefix=True)).distinct().order_by(ClaimLink.claim_id)
            return list(session.exec(statement).scalars())

    def actors(self, search: str = "", *, among: Select | None = None) -> list[ActorView]:
        with self._read() as session:
            statement = select(Actor).order_by(Actor.name)
            if search:
                statement = statement.where(
                    Actor.id.in_(
                        select(Alias.actor_id).where(Alias.key.like(f"%{like_escape(fold(search))}%", escape="\\"))
                    )
                )
            if among is not None:
                statement = statement.where(Actor.id.in_(among))
            actors = list(session.exec(statement).scalars())
            ids = [a.id for a in actors]
            aliases: dict[int, list[str]] = defaultdict(list)
            counts: dict[int, int] = {}
            for chunk in chunks(ids, 500):
                for alias in session.exec(select(Alias).where(Alias.actor_id.in_(chunk)).order_by(Alias.id)).scalars():
                    aliases[alias.actor_id].append(alias.alias)
                for actor_id, count in session.exec(
                    select(Statement.actor_id, func.count(Statement.id))
                    .where(Statement.actor_id.in_(chunk))
                    .group_by(Statement.actor_id)
                ).all():
                    counts[actor_id] = count
        return [
            ActorView(a.id, a.name, a.kind, a.role, [x for x in aliases[a.id] if x != a.name], counts.get(a.id, 0))
            for a in actors
        ]

    # --- for re-deciding speakers (`actors --repair`) ---------------------------------------------------------
    def actor_stamp(self) -> tuple[int, ...]:
        """Counts and highest ids of actors, aliases and statements: when they differ at write time, someone
        changed the speakers since a repair was planned."""
        with self._read() as session:
            return stamp_of_actors(session)

    def alias_rows(self) -> list[tuple[int, str, str]]:
        """(actor id, alias, key) of every alias, in the order they were stored."""
        with self._read() as session:
            return [
                tuple(row) for row in session.exec(select(Alias.actor_id, Alias.alias, Alias.key).order_by(Alias.id))
            ]

    def statement_credits(self) -> list[StatementCredit]:
        """Every statement's place in its source and its actor, by source and position."""
        columns = (
            Statement.id,
            Statement.source_id,
            Statement.actor_id,
            Statement.start,
            Statement.end,
            Statement.local_id,
            Statement.speaker_mention,
            Statement.speaker_role,
        )
        with self._read() as session:
            rows = session.exec(select(*columns).order_by(Statement.source_id, Statement.start, Statement.id))
            return [StatementCredit(**row._mapping) for row in rows]

    def source_texts(self) -> Iterator[SourceText]:
        """Every source's clean body and the metadata extraction reads, in id order (the order they were ingested)."""
        columns = (Source.id, Source.title, Source.language, Source.published_at.label("published"), Source.text)
        with self._read() as session:
            for row in session.exec(select(*columns).order_by(Source.id).execution_options(yield_per=500)):
                yield SourceText(**row._mapping)


def actors_called(name: str, *, prefix: bool = False) -> Select:
    """Ids of the actors with an alias holding the folded `name` as whole words (as a word prefix with `prefix`):
    "AHY" finds "Agus Harimurti Yudhoyono (AHY)" but not "Eri Cahyadi"."""
    key = like_escape(fold(name))
    padded: Any = literal_column("' '") + Alias.key + literal_column("' '")
    return select(Alias.actor_id).where(padded.like(f"% {key}{'%' if prefix else ' %'}", escape="\\"))


def claims_by_actors(actor_ids: Select | Iterable[int]) -> Select:
    return (
        select(ClaimLink.claim_id)
        .join(Statement, Statement.id == ClaimLink.statement_id)
        .where(Statement.actor_id.in_(actor_ids))
    )


def stamp_of_actors(session: Session) -> tuple[int, ...]:
    """(count, highest id) of actors, aliases and statements, read in the given session."""
    stamp: list[int] = []
    for model in (Actor, Alias, Statement):
        count, highest = session.exec(select(func.count(model.id), func.max(model.id))).one()
        stamp += [count, highest or 0]
    return tuple(stamp)
