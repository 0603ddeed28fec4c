"""What changes actors: two actors merged into one (`merge-actors`, noted in the history of each claim it touches),
and every statement's actor written again at once (`actors --repair`, which touches no claim nor its history)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, delete, exists, select, update

from claimtrack.errors import Conflict, NotFound, StoreError
from claimtrack.models import Actor, Alias, Claim, ClaimLink, Statement
from claimtrack.store.actor_reads import stamp_of_actors
from claimtrack.store.edits import Edits, Transaction
from claimtrack.store.engine import chunks
from claimtrack.store.views import EventView


@dataclass
class ActorRewrite:
    """Every statement's actor decided again, written at once by `ActorEdits.rewrite_actors` (`actors --repair`).

    `actors` is the whole directory afterwards: rows kept (positive ids, given these names, kinds and roles) and
    rows to create (negative ids, which `credits` and `aliases` may use too); any other actor is deleted.
    """

    actors: dict[int, tuple[str, str, str]]  # id → (name, kind, role)
    aliases: dict[str, tuple[int, str]]  # folded key → (actor id, alias): the whole alias table afterwards
    credits: dict[int, int | None]  # statement id → its actor, for the statements whose actor changes
    expected: tuple[int, ...]  # `Queries.actor_stamp()` when the rewrite was planned


class ActorEdits(Edits):
    """Merging actors and rewriting who said what."""

    def rewrite_actors(self, rewrite: ActorRewrite) -> dict[int, int]:
        """Create, update and delete actors, re-credit statements and replace the aliases, all in one transaction.

        Claims, links and the audit log are not touched. Raises `Conflict` when actors, aliases or statements
        changed since the rewrite was planned. Returns the ids the new actors were given (placeholder → id).
        """

        def work(tx: Transaction) -> dict[int, int]:
            session = tx.session
            aliases, actors, statements = Alias.__table__, Actor.__table__, Statement.__table__
            if session.get_bind().dialect.name == "postgresql":  # SQLite's writer already holds the only write lock
                session.connection().exec_driver_sql("LOCK TABLE actor, alias, statement IN SHARE ROW EXCLUSIVE MODE")
            if stamp_of_actors(session) != rewrite.expected:
                raise Conflict("actors or statements changed while the repair was being prepared; run it again")
            placeholders = sorted((a for a in rewrite.actors if a < 0), reverse=True)
            now = tx.now()
            created = dict(
                zip(
                    placeholders,
                    tx.add_actors(
                        [
                            {"name": name, "kind": kind, "role": role, "affiliation": "", "created_at": now}
                            for name, kind, role in (rewrite.actors[a] for a in placeholders)
                        ]
                    ),
                )
            )

            def real(actor_id: int | None) -> int | None:
                return created.get(actor_id, actor_id) if actor_id is not None else None

            kept = sorted(a for a in rewrite.actors if a > 0)
            for chunk in chunks(kept, 500):
                for actor in session.exec(select(Actor).where(Actor.id.in_(chunk))).scalars():
                    name, kind, role = rewrite.actors[actor.id]
                    if (actor.name, actor.kind, actor.role) != (name, kind, role):
                        actor.name, actor.kind, actor.role = name, kind, role
                        session.add(actor)
            session.flush()
            if rewrite.credits:
                session.connection().execute(
                    update(statements)
                    .where(statements.c.id == bindparam("statement"))
                    .values(actor_id=bindparam("actor")),
                    [{"statement": s, "actor": real(a)} for s, a in sorted(rewrite.credits.items())],
                )
            wanted = {key: (real(actor_id), alias) for key, (actor_id, alias) in rewrite.aliases.items()}
            stored = {
                key: (actor_id, alias)
                for actor_id, alias, key in session.exec(select(Alias.actor_id, Alias.alias, Alias.key))
            }
            stale = sorted(key for key, row in stored.items() if wanted.get(key) != row)
            for chunk in chunks(stale, 500):
                session.connection().execute(delete(aliases).where(aliases.c.key.in_(chunk)))
            tx.add_aliases(
                [
                    {"actor_id": actor_id, "alias": alias, "key": key}
                    for key, (actor_id, alias) in sorted(wanted.items())
                    if stored.get(key) != (actor_id, alias)
                ]
            )
            unneeded = sorted(set(session.exec(select(Actor.id)).scalars()) - set(kept) - set(created.values()))
            credited = exists().where(statements.c.actor_id == actors.c.id)
            for chunk in chunks(unneeded, 500):
                session.connection().execute(delete(actors).where(actors.c.id.in_(chunk), ~credited))
            return created

        return self.write(work)

    def merge_actors(self, into_id: int, from_id: int, editor: str) -> list[EventView]:
        """Make two actors one: the statements and names of `from_id` move to `into_id`, and its name becomes an
        alias. Each claim those statements bear on records a `speaker` event; the merge cannot be undone."""
        if into_id == from_id:
            raise StoreError("cannot merge an actor into itself")

        def work(tx: Transaction) -> list[EventView]:
            into, other = tx.session.get(Actor, into_id), tx.session.get(Actor, from_id)
            if into is None or other is None:
                raise NotFound(f"no actor with id {from_id if into else into_id}")
            claim_ids = tx.session.exec(
                select(ClaimLink.claim_id)
                .join(Statement, Statement.id == ClaimLink.statement_id)
                .join(Claim, Claim.id == ClaimLink.claim_id)
                .where(Statement.actor_id == from_id, Claim.merged_into_id.is_(None))
                .distinct()
                .order_by(ClaimLink.claim_id)
            ).scalars()
            note = f"speaker {other.name} ({from_id}) merged into {into.name} ({into_id})"
            at, events = tx.now(), []
            for claim_id in list(claim_ids):
                claim = tx.claim(claim_id)
                events.append(tx.record_event(claim_id, "speaker", claim.status, claim.status, note, editor, at))
            tx.session.execute(update(Statement).where(Statement.actor_id == from_id).values(actor_id=into_id))
            tx.session.execute(update(Alias).where(Alias.actor_id == from_id).values(actor_id=into_id))
            tx.add_alias(into_id, other.name)
            if not into.role and other.role:
                into.role = other.role
                tx.session.add(into)
            tx.session.delete(other)
            return events

        return self.write(work)
