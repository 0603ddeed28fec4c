"""Reading claims in lists: the filters and sorts of `ClaimQuery`, counts, and the keys the match index is built from
(the TUI's claims list reads through claim_search.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, literal_column, select

from claimtrack.migrations.search_index import status_keys, triage_key
from claimtrack.models import Actor, Claim, ClaimLink, Source, Statement
from claimtrack.store.actor_reads import actors_called
from claimtrack.store.claim_detail import ClaimDetail
from claimtrack.store.engine import like_escape
from claimtrack.store.views import ClaimQuery, ClaimView


class ClaimLists(ClaimDetail):
    """Which claims match a query, in which order, and how many."""

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

    def _claim_filter(self, statement: Select, query: ClaimQuery, *, by_triage_index: bool = True) -> Select:
        """`statement` narrowed to the live claims the query asks for. Without `by_triage_index` (a few ids found
        another way, then sorted) SQLite is kept from walking the triage index: `+column` is not indexable."""
        live: Any = Claim.merged_into_id
        if not by_triage_index and self.is_sqlite:
            live = literal_column("+claim.merged_into_id")
        statement = statement.where(live.is_(None))
        if query.statuses:
            keys = status_keys(query.statuses)  # a range of the triage index per status
            statement = statement.where(triage_key().in_(keys) if keys else Claim.status.in_(query.statuses))
        if query.claim_ids:
            statement = statement.where(Claim.id.in_(query.claim_ids))
        if query.search:
            statement = statement.where(Claim.text.ilike(f"%{like_escape(query.search)}%", escape="\\"))
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
            said_here.append(Statement.actor_id.in_(actors_called(query.speaker)))
        if query.actor_ids:
            said_here.append(Statement.actor_id.in_(query.actor_ids))
        said = func.coalesce(Statement.said_on, Source.published_at)
        if query.outlet:
            said_here.append(Source.outlet.ilike(f"%{like_escape(query.outlet)}%", escape="\\"))
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
        return statement.order_by(triage_key(), Claim.checkworthiness.desc(), Claim.id)

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

    def match_keys(self, claim_ids: list[int]) -> dict[int, str]:
        """The stored match key of each of these claims."""
        with self._read() as session:
            rows = session.exec(select(Claim.id, Claim.match_key).where(Claim.id.in_(claim_ids))).all()
        return {row[0]: row[1] for row in rows}
