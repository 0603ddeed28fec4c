"""Reading claims whole: each with its statements (and the claims merged into it), evidence and history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, literal, select

from claimtrack.errors import NotFound
from claimtrack.lexicon import display_name, shown_mention
from claimtrack.models import Actor, Claim, ClaimLink, Evidence, Source, Statement, StatusEvent
from claimtrack.store.engine import Connected, chunks
from claimtrack.store.views import RELATION_ORDER, ClaimView, EventView, EvidenceView, StatementView


class ClaimDetail(Connected):
    """Claims by id, as views with everything a reader of one claim sees."""

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
                        Source.language,
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
                    source_language,
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
                            # an entity known in several languages as its source names it: "White House" in an
                            # English article, "Gedung Putih" in an Indonesian one
                            speaker=(
                                display_name(actor_name, source_language)
                                if actor_name is not None
                                else shown_mention(mention, cue, source_language)
                            ),
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
                            language=source_language,
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

    def events(self, claim_id: int | None = None) -> list[StatusEvent]:
        with self._read() as session:
            statement = select(StatusEvent).order_by(StatusEvent.claim_id, StatusEvent.id)
            if claim_id is not None:
                statement = statement.where(StatusEvent.claim_id == claim_id)
            return list(session.exec(statement).scalars())
