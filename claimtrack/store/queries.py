"""Every read: claims with their statements and history, actors, sources, counts. Nothing here writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, exists, func, literal, literal_column, or_, select
from sqlmodel import Session

from claimtrack.errors import NotFound
from claimtrack.models import Actor, Alias, Claim, ClaimLink, Evidence, Source, Statement, StatusEvent
from claimtrack.store.engine import Connected, chunks
from claimtrack.store.views import (
    RELATION_ORDER,
    TRIAGE_ORDER,
    ActorView,
    ClaimQuery,
    ClaimView,
    EventView,
    EvidenceView,
    SourceText,
    SpeakerClaim,
    SpeakerRecord,
    StatementCredit,
    StatementView,
)
from claimtrack.textutil import fold


class Queries(Connected):
    """The store's reads, each in its own short session."""

    # --- counts and lists -----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self._read() as session:
            return {
                "sources": session.exec(select(func.count(Source.id))).scalar_one(),
                "statements": session.exec(select(func.count(Statement.id))).scalar_one(),
                "claims": session.exec(select(func.count(Claim.id)).where(Claim.merged_into_id.is_(None))).scalar_one(),
                "actors": session.exec(select(func.count(Actor.id))).scalar_one(),
            }

    def status_counts(self) -> dict[str, int]:
        with self._read() as session:
            rows = session.exec(
                select(Claim.status, func.count(Claim.id)).where(Claim.merged_into_id.is_(None)).group_by(Claim.status)
            ).all()
        return {status: count for status, count in rows}

    def _claim_filter(self, statement: Select, query: ClaimQuery) -> Select:
        statement = statement.where(Claim.merged_into_id.is_(None))
        if query.statuses:
            statement = statement.where(Claim.status.in_(query.statuses))
        if query.claim_ids:
            statement = statement.where(Claim.id.in_(query.claim_ids))
        if query.search:
            statement = statement.where(Claim.text.ilike(f"%{_like_escape(query.search)}%", escape="\\"))
        if query.language:
            statement = statement.where(Claim.language == query.language)
        if query.assignee is not None:
            statement = statement.where(Claim.assignee == query.assignee)
        if query.previously_checked is not None:
            imported = Claim.origin == "imported"
            statement = statement.where(imported if query.previously_checked else ~imported)
        if query.contested is not None:
            contradicted = exists().where(ClaimLink.claim_id == Claim.id, ClaimLink.relation == "contradicts")
            statement = statement.where(contradicted if query.contested else ~contradicted)
        # speaker, outlet and dates describe one statement: "what Purbaya said in Detik this week"
        said_here: list[ColumnElement[bool]] = []
        if query.speaker:
            said_here.append(Statement.actor_id.in_(_actors_called(query.speaker)))
        if query.actor_ids:
            said_here.append(Statement.actor_id.in_(query.actor_ids))
        said = func.coalesce(Statement.said_on, Source.published_at)
        if query.outlet:
            said_here.append(Source.outlet.ilike(f"%{_like_escape(query.outlet)}%", escape="\\"))
        if query.since:
            said_here.append(said >= query.since)
        if query.until:
            said_here.append(said <= query.until)
        if said_here:
            linked = (
                select(ClaimLink.claim_id)
                .join(Statement, Statement.id == ClaimLink.statement_id)
                .join(Source, Source.id == Statement.source_id)
                .where(*said_here)
            )
            statement = statement.where(Claim.id.in_(linked))
        return statement

    def _ordered(self, statement: Select, sort: str) -> Select:
        if sort == "recent":
            latest = (
                select(func.max(func.coalesce(Statement.said_on, Source.published_at)))
                .join(ClaimLink, ClaimLink.statement_id == Statement.id)
                .join(Source, Source.id == Statement.source_id)
                .where(ClaimLink.claim_id == Claim.id)
                .scalar_subquery()
            )
            return statement.order_by(func.coalesce(latest, Claim.first_seen).desc().nulls_last(), Claim.id.desc())
        if sort == "sources":
            sources = (
                select(func.count(func.distinct(Statement.source_id)))
                .join(ClaimLink, ClaimLink.statement_id == Statement.id)
                .where(ClaimLink.claim_id == Claim.id)
                .scalar_subquery()
            )
            return statement.order_by(sources.desc(), Claim.checkworthiness.desc(), Claim.id)
        if sort == "checkworthiness":
            return statement.order_by(Claim.checkworthiness.desc(), Claim.id)
        if sort == "id":
            return statement.order_by(Claim.id)
        rank = case({status: rank for status, rank in TRIAGE_ORDER.items()}, value=Claim.status, else_=99)
        return statement.order_by(Claim.needs_review.desc(), rank, Claim.checkworthiness.desc(), Claim.id)

    def count_claims(self, query: ClaimQuery | None = None) -> int:
        query = query or ClaimQuery()
        with self._read() as session:
            return session.exec(self._claim_filter(select(func.count(Claim.id)), query)).scalar_one()

    def claim_ids(self, query: ClaimQuery | None = None) -> list[int]:
        query = query or ClaimQuery()
        statement = self._ordered(self._claim_filter(select(Claim.id), query), query.sort)
        if query.limit is not None:
            statement = statement.limit(query.limit)
        if query.offset:
            statement = statement.offset(query.offset)
        with self._read() as session:
            return list(session.exec(statement).scalars().all())

    def claims(self, query: ClaimQuery | None = None, *, with_history: bool = False) -> list[ClaimView]:
        ids = self.claim_ids(query)
        views = self.claims_by_id(ids, with_history=with_history)
        return [views[i] for i in ids if i in views]

    def claims_by_id(
        self, ids: Iterable[int], *, with_history: bool = False, with_context: bool = False
    ) -> dict[int, ClaimView]:
        ids = list(ids)
        if not ids:
            return {}
        views: dict[int, ClaimView] = {}
        with self._read() as session:
            # claims merged into these ones bring their statements and history along
            family: dict[int, int] = {i: i for i in ids}
            frontier = list(ids)
            while frontier:
                rows = session.exec(
                    select(Claim.id, Claim.merged_into_id).where(Claim.merged_into_id.in_(frontier))
                ).all()
                frontier = []
                for child, parent in rows:
                    if child not in family:
                        family[child] = family[parent]
                        frontier.append(child)
            # plain columns, not ORM objects: building entities (and loading every source's full text) was most
            # of the time when a report or the TUI loads thousands of claims
            claim_columns = (
                Claim.id,
                Claim.text,
                Claim.language,
                Claim.status,
                Claim.status_note,
                Claim.checkworthiness,
                Claim.first_seen,
                Claim.needs_review,
                Claim.review_reason,
                Claim.origin,
                Claim.provenance,
                Claim.version,
                Claim.updated_at,
                Claim.assignee,
            )
            for chunk in chunks(ids, 500):
                for row in session.exec(select(*claim_columns).where(Claim.id.in_(chunk))).all():
                    views[row.id] = ClaimView(**row._mapping)
            context = (
                func.substr(
                    Source.text, Statement.sentence_start + 1, Statement.sentence_end - Statement.sentence_start
                )
                if with_context
                else literal("")
            )
            members = list(family)
            for chunk in chunks(members, 500):
                rows = session.exec(
                    select(
                        ClaimLink.claim_id,
                        ClaimLink.relation,
                        ClaimLink.origin,
                        Statement.id,
                        Statement.speaker_mention,
                        Statement.speaker_role,
                        Statement.cue,
                        Statement.content,
                        Statement.quote,
                        Statement.stance,
                        Statement.said_on,
                        Statement.date_text,
                        Statement.start,
                        Statement.end,
                        Statement.sentence_start,
                        Statement.sentence_end,
                        Source.id,
                        Source.title,
                        Source.origin,
                        Source.outlet,
                        Source.url,
                        Source.published_at,
                        Actor.name,
                        Actor.kind,
                        Actor.role,
                        context,
                        Statement.actor_id,
                    )
                    .join(Statement, Statement.id == ClaimLink.statement_id)
                    .join(Source, Source.id == Statement.source_id)
                    .outerjoin(Actor, Actor.id == Statement.actor_id)
                    .where(ClaimLink.claim_id.in_(chunk))
                    .order_by(ClaimLink.claim_id, Statement.said_on, Source.published_at, Statement.id)
                ).all()
                for (
                    claim_id,
                    relation,
                    link_origin,
                    statement_id,
                    mention,
                    role,
                    cue,
                    content,
                    quote,
                    stance,
                    said_on,
                    date_text,
                    start,
                    end,
                    sentence_start,
                    sentence_end,
                    source_id,
                    title,
                    source_origin,
                    outlet,
                    url,
                    published,
                    actor_name,
                    actor_kind,
                    actor_role,
                    sentence,
                    actor_id,
                ) in rows:
                    views[family[claim_id]].statements.append(
                        StatementView(
                            id=statement_id,
                            relation=relation,
                            origin=link_origin,
                            speaker=actor_name if actor_name is not None else mention,
                            speaker_kind=actor_kind if actor_kind is not None else "unknown",
                            speaker_role=role or actor_role or "",
                            cue=cue,
                            content=content,
                            quote=quote,
                            stance=stance,
                            said_on=said_on,
                            date_text=date_text,
                            source_id=source_id,
                            source=title or source_origin,
                            outlet=outlet,
                            url=url,
                            published=published,
                            start=start,
                            end=end,
                            sentence_start=sentence_start,
                            sentence_end=sentence_end,
                            context=sentence or "",
                            actor_id=actor_id,
                        )
                    )
            evidence_columns = (
                Evidence.id,
                Evidence.claim_id,
                Evidence.kind,
                Evidence.target,
                Evidence.note,
                Evidence.editor,
                Evidence.added_at,
            )
            for chunk in chunks(members, 500):
                for row in session.exec(
                    select(*evidence_columns)
                    .where(Evidence.claim_id.in_(chunk), Evidence.removed.is_(False))
                    .order_by(Evidence.id)
                ).all():
                    views[family[row.claim_id]].evidence.append(EvidenceView(**row._mapping))
            if with_history:
                event_columns = (
                    StatusEvent.id,
                    StatusEvent.claim_id,
                    StatusEvent.action,
                    StatusEvent.from_status,
                    StatusEvent.to_status,
                    StatusEvent.note,
                    StatusEvent.editor,
                    StatusEvent.at,
                )
                for chunk in chunks(members, 500):
                    for row in session.exec(
                        select(*event_columns)
                        .where(StatusEvent.claim_id.in_(chunk))
                        .order_by(StatusEvent.at, StatusEvent.id)
                    ).all():
                        views[family[row.claim_id]].history.append(EventView(**row._mapping))
        for view in views.values():
            view.statements.sort(
                key=lambda s: (RELATION_ORDER.get(s.relation, 9), s.said_on or s.published or date.max, s.id)
            )
            view.history.sort(key=lambda e: (e.at, e.id))
        return views

    def claim(self, claim_id: int, *, with_history: bool = True, with_context: bool = False) -> ClaimView:
        views = self.claims_by_id([claim_id], with_history=with_history, with_context=with_context)
        if claim_id not in views:
            raise NotFound(f"no claim with id {claim_id}")
        return views[claim_id]

    def resolve_claim(self, claim_id: int) -> int:
        """The claim an id stands for now (following merges)."""
        with self._read() as session:
            seen = set()
            current = session.get(Claim, claim_id)
            if current is None:
                raise NotFound(f"no claim with id {claim_id}")
            while current.merged_into_id is not None and current.id not in seen:
                seen.add(current.id)
                current = session.get(Claim, current.merged_into_id)
            return current.id

    def actor_rows(self) -> list[tuple[int, str, str, str]]:
        """(id, name, kind, role) of every actor, for resolving speakers in memory during ingest."""
        with self._read() as session:
            return [
                tuple(row) for row in session.connection().execute(select(Actor.id, Actor.name, Actor.kind, Actor.role))
            ]

    def alias_index(self) -> dict[str, int]:
        """Every alias key with its actor, so ingest resolves known speakers without a query each."""
        with self._read() as session:
            return {key: actor_id for key, actor_id in session.exec(select(Alias.key, Alias.actor_id)).all()}

    def imported_claim_ids(self) -> set[int]:
        """Ids of the claims that came in as earlier fact-checks (`import-claims`)."""
        with self._read() as session:
            return set(session.exec(select(Claim.id).where(Claim.origin == "imported")).scalars())

    def claim_keys(self) -> Iterator[tuple[int, str, str]]:
        """(id, text, match_key) of every live claim, for building the match index."""
        with self._read() as session:
            result = session.exec(
                select(Claim.id, Claim.text, Claim.match_key)
                .where(Claim.merged_into_id.is_(None))
                .execution_options(yield_per=5000)
            )
            for row in result:
                yield row[0], row[1], row[2]

    # --- actors ---------------------------------------------------------------------------------------------------
    def speakers_called(self, name: str) -> list[ActorView]:
        """The actors one of whose names holds `name` as whole words ("AHY", "Lavrov"), most statements first."""
        if not fold(name):
            return []
        views = self.actors(among=_actors_called(name))
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
            statement = _claims_by_actors(_actors_called(name, prefix=True)).distinct().order_by(ClaimLink.claim_id)
            return list(session.exec(statement).scalars())

    def actors(self, search: str = "", *, among: Select | None = None) -> list[ActorView]:
        with self._read() as session:
            statement = select(Actor).order_by(Actor.name)
            if search:
                statement = statement.where(
                    Actor.id.in_(
                        select(Alias.actor_id).where(Alias.key.like(f"%{_like_escape(fold(search))}%", escape="\\"))
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

    # --- sources and statements -------------------------------------------------------------------------------
    def source_hashes(self) -> Iterator[str]:
        """The content hash of every stored source, streamed (ingest skips extracting what is already here)."""
        with self._read() as session:
            for (sha256,) in session.exec(select(Source.sha256).execution_options(yield_per=5000)):
                yield sha256

    def sources_with(self, hashes: Iterable[str]) -> dict[str, int]:
        """The stored sources among these content hashes: hash → source id."""
        found: dict[str, int] = {}
        with self._read() as session:
            for chunk in chunks(sorted(set(hashes)), 500):
                found.update(session.exec(select(Source.sha256, Source.id).where(Source.sha256.in_(chunk))).all())
        return found

    def source(self, source_id: int) -> Source:
        with self._read() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise NotFound(f"no source with id {source_id}")
            return source

    def source_statements(self, source_id: int) -> list[Statement]:
        with self._read() as session:
            return list(
                session.exec(
                    select(Statement).where(Statement.source_id == source_id).order_by(Statement.start)
                ).scalars()
            )

    def statement_claims(self, statement_ids: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
        """For each statement, the claims it is linked to as (claim id, relation)."""
        out: dict[int, list[tuple[int, str]]] = defaultdict(list)
        with self._read() as session:
            for chunk in chunks(list(statement_ids), 500):
                for link in session.exec(select(ClaimLink).where(ClaimLink.statement_id.in_(chunk))).scalars():
                    out[link.statement_id].append((link.claim_id, link.relation))
        return out

    def statements_search(self, text: str = "", limit: int = 50) -> list[tuple[Statement, str, str]]:
        """Statements with their speaker and source title, newest first; for pickers."""
        with self._read() as session:
            statement = (
                select(Statement, Actor.name, Source.title)
                .join(Source, Source.id == Statement.source_id)
                .outerjoin(Actor, Actor.id == Statement.actor_id)
                .order_by(Statement.id.desc())
                .limit(limit)
            )
            if text:
                by_speaker = Statement.actor_id.in_(_actors_called(text, prefix=True)) if fold(text) else literal(False)
                statement = statement.where(
                    or_(Statement.content.ilike(f"%{_like_escape(text)}%", escape="\\"), by_speaker)
                )
            return [(row[0], row[1] or row[0].speaker_mention, row[2]) for row in session.exec(statement).all()]

    def events(self, claim_id: int | None = None) -> list[StatusEvent]:
        with self._read() as session:
            statement = select(StatusEvent).order_by(StatusEvent.claim_id, StatusEvent.id)
            if claim_id is not None:
                statement = statement.where(StatusEvent.claim_id == claim_id)
            return list(session.exec(statement).scalars())

    # --- for the TUI -------------------------------------------------------------------------------------------
    def triage_rows(self) -> list[tuple[int, str, bool, float]]:
        """(id, status, needs_review, checkworthiness) of every live claim, by id: an in-memory triage list's keys."""
        with self._read() as session:
            rows = session.exec(
                select(Claim.id, Claim.status, Claim.needs_review, Claim.checkworthiness)
                .where(Claim.merged_into_id.is_(None))
                .order_by(Claim.id)
            ).all()
        return [(row[0], row[1], bool(row[2]), row[3] or 0.0) for row in rows]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _actors_called(name: str, *, prefix: bool = False) -> Select:
    """Ids of the actors with an alias holding the folded `name` as whole words (as a word prefix with `prefix`):
    "AHY" finds "Agus Harimurti Yudhoyono (AHY)" but not "Eri Cahyadi"."""
    key = _like_escape(fold(name))
    padded: Any = literal_column("' '") + Alias.key + literal_column("' '")
    return select(Alias.actor_id).where(padded.like(f"% {key}{'%' if prefix else ' %'}", escape="\\"))


def _claims_by_actors(actor_ids: Select | Iterable[int]) -> Select:
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
