"""Reading sources and their statements: what is stored already, one source with its statements, and statements
found by their words or speaker."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import literal, or_, select

from claimtrack.errors import NotFound
from claimtrack.lexicon import shown_mention
from claimtrack.models import Actor, ClaimLink, Source, Statement
from claimtrack.store.actor_reads import actors_called
from claimtrack.store.engine import Connected, chunks, like_escape
from claimtrack.textutil import fold


class SourceReads(Connected):
    """Sources, statements and the claims statements are linked to."""

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
                select(Statement, Actor.name, Source.title, Source.language)
                .join(Source, Source.id == Statement.source_id)
                .outerjoin(Actor, Actor.id == Statement.actor_id)
                .order_by(Statement.id.desc())
                .limit(limit)
            )
            if text:
                by_speaker = Statement.actor_id.in_(actors_called(text, prefix=True)) if fold(text) else literal(False)
                statement = statement.where(
                    or_(Statement.content.ilike(f"%{like_escape(text)}%", escape="\\"), by_speaker)
                )
            return [
                (row[0], row[1] or shown_mention(row[0].speaker_mention, row[0].cue, row[3]), row[2])
                for row in session.exec(statement).all()
            ]
