"""From a document to tracked claims, in one transaction: source, actors, statements, claims and links.

Rules (docs/claims.md explains them):
- an asserting statement that is check-worthy enough joins the best-matching claim or starts a new one;
- it links as `asserts` when its actor is the claim's original asserter, else as `supports`;
- a denial links as `contradicts` to the claim of the statement it answers in the same article, else to
  the best-matching claim; a denial that matches nothing stays a statement;
- a contradiction reaching a `verified` claim, or support reaching a `false` one, flags it for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimtrack.config import default_editor, settings
from claimtrack.extract import Extraction, extract
from claimtrack.extract.result import Statement as ExtractedStatement
from claimtrack.ingest.document import Document
from claimtrack.lexicon import detect_language, gazetteer, lexicon
from claimtrack.match import ClaimIndex, match_key
from claimtrack.models import utcnow
from claimtrack.store import Store, Transaction
from claimtrack.textutil import fold, one_line

_SYSTEM_EDITOR = "claimtrack"
_WORDS = re.compile(r"\w+")


@dataclass
class IngestResult:
    origin: str
    status: str  # added, duplicate
    source_id: int | None = None
    title: str = ""
    statements: int = 0
    new_claims: list[int] = field(default_factory=list)
    joined_claims: list[int] = field(default_factory=list)
    flagged_claims: list[int] = field(default_factory=list)


@dataclass
class _Plan:
    """What one document's transaction decided, applied to the tracker's caches only after it commits."""

    new_keys: dict[int, str] = field(default_factory=dict)
    new_aliases: dict[str, int] = field(default_factory=dict)
    alias_rows: list[dict] = field(default_factory=list)
    checked_roles: set[int] = field(default_factory=set)
    local_index: ClaimIndex | None = None  # this document's new claims, which later statements may join


def claim_text(content: str) -> str:
    """A statement's content as a claim's first wording: one line, without wrapping quotation marks."""
    text = one_line(content)
    if len(text) > 2 and text[0] in "\"“”«'" and text[-1] in "\"“”»'":
        text = text[1:-1].strip()
    return text.rstrip(" ,;:")


def is_claim_worthy(statement: ExtractedStatement) -> bool:
    config = settings().claims
    return (statement.stance == "assert"
            and statement.checkworthiness >= config.min_checkworthiness
            and len(_WORDS.findall(statement.content)) >= config.min_content_words)


def statement_keys(extraction: Extraction) -> dict[str, str]:
    """Match keys of the statements that may start, join or contradict a claim (computed where extraction runs)."""
    language = extraction.document.language
    return {s.id: match_key(s.content, language) for s in extraction.statements if s.stance == "deny" or is_claim_worthy(s)}


def _earliest(a, b):
    return min(a, b) if a and b else a or b


class Tracker:
    def __init__(self, store: Store, editor: str | None = None):
        self.store = store
        self.editor = editor or _SYSTEM_EDITOR
        self._index: ClaimIndex | None = None
        self._aliases: dict[str, int] | None = None
        self._roles_checked: set[int] = set()  # actors whose role is known to be set

    @property
    def index(self) -> ClaimIndex:
        if self._index is None:
            index = ClaimIndex()
            for claim_id, _text, key in self.store.claim_keys():
                index.add(claim_id, key)
            self._index = index
        return self._index

    @property
    def aliases(self) -> dict[str, int]:
        if self._aliases is None:
            self._aliases = self.store.alias_index()
        return self._aliases

    def ingest(self, document: Document, extraction: Extraction | None = None, keys: dict[str, str] | None = None) -> IngestResult:
        """Store one document and everything found in it, all or nothing."""
        extraction = extraction or extract(document)
        keys = statement_keys(extraction) if keys is None else keys
        index, aliases = self.index, self.aliases
        plan = _Plan()

        def work(tx: Transaction) -> IngestResult:
            plan.__init__()
            existing = tx.source_exists(document.sha256)
            if existing is not None:
                return IngestResult(document.origin, "duplicate", existing, document.title)
            return self._write(tx, document, extraction, keys, index, plan)

        result = self.store.write(work)
        for claim_id, key in plan.new_keys.items():
            index.add(claim_id, key)
        aliases.update(plan.new_aliases)
        self._roles_checked |= plan.checked_roles
        return result

    # --- inside the transaction ----------------------------------------------------------------------------
    def _write(self, tx: Transaction, document: Document, extraction: Extraction, keys: dict[str, str],
               index: ClaimIndex, plan: _Plan) -> IngestResult:
        source_id = tx.add_source(
            title=document.title, outlet=document.outlet, url=document.url, language=document.language,
            published_at=document.published, dateline=document.dateline, credit=document.credit,
            origin=document.origin, text=document.text, sha256=document.sha256)
        statements = extraction.statements
        actor_of = {s.id: self._actor(tx, s, document.language, plan) for s in statements}
        tx.add_aliases(plan.alias_rows)
        ids = tx.add_statements([{
            "source_id": source_id, "actor_id": actor_of[s.id], "local_id": s.id,
            "speaker_mention": s.speaker_mention or s.speaker, "speaker_role": s.speaker_role, "cue": s.cue,
            "content": s.content, "start": s.start, "end": s.end, "sentence_start": s.sentence_start,
            "sentence_end": s.sentence_end, "quote": s.quote, "stance": s.stance, "said_on": s.said_on,
            "date_text": s.date_text, "checkworthiness": s.checkworthiness,
        } for s in statements])
        db_id = {s.id: new_id for s, new_id in zip(statements, ids)}
        answers = {link.source: link.target for link in extraction.links if link.relation == "contradicts"}
        supports = {link.source: link.target for link in extraction.links if link.relation == "supports"}
        tx.set_responds_to([(db_id[a], db_id[b]) for a, b in answers.items()])

        result = IngestResult(document.origin, "added", source_id, document.title, len(ids))
        claim_of: dict[str, int] = {}
        links: dict[tuple[int, int], dict] = {}
        originators: dict[int, set[int]] = {}
        touched: dict[int, list] = {}  # existing claim → [max check-worthiness, earliest date, relations]
        new_claims: list[dict] = []

        def attach(claim_id: int, statement: ExtractedStatement, relation: str, score: float) -> None:
            links.setdefault((claim_id, db_id[statement.id]), {
                "claim_id": claim_id, "statement_id": db_id[statement.id], "relation": relation, "origin": "auto", "score": score})
            claim_of[statement.id] = claim_id
            if claim_id in result.new_claims:
                return
            when = statement.said_on or document.published
            entry = touched.setdefault(claim_id, [statement.checkworthiness, when, set()])
            entry[0] = max(entry[0], statement.checkworthiness)
            entry[1] = _earliest(entry[1], when)
            entry[2].add(relation)
            if claim_id not in result.joined_claims and relation != "contradicts":
                result.joined_claims.append(claim_id)

        for statement in sorted(statements, key=lambda s: (s.stance == "deny", s.start)):
            key = keys.get(statement.id)
            if statement.stance == "deny":
                target, score = claim_of.get(answers.get(statement.id, "")), 100.0
                if target is None and key:
                    found = self._best(index, plan, key)
                    target, score = (found.claim_id, found.score) if found else (None, 0.0)
                if target is not None:
                    attach(target, statement, "contradicts", score)
                continue
            target, score = claim_of.get(supports.get(statement.id, "")), 100.0
            if target is None and key:
                found = self._best(index, plan, key)
                target, score = (found.claim_id, found.score) if found else (None, 0.0)
                if target is None:
                    # a placeholder id until all of this document's new claims are inserted together
                    target = -1 - len(new_claims)
                    new_claims.append({
                        "text": claim_text(statement.content), "language": document.language,
                        "checkworthiness": statement.checkworthiness, "first_seen": statement.said_on or document.published,
                        "match_key": key})
                    plan.new_keys[target] = key
                    plan.local_index = plan.local_index or ClaimIndex(index.config)
                    plan.local_index.add(target, key)
                    result.new_claims.append(target)
                    originators[target] = {actor_of[statement.id]} - {None}
                    attach(target, statement, "asserts", 100.0)
                    continue
            if target is None:
                continue
            if target not in originators:
                originators.update(tx.asserting_actors([target]))
                originators.setdefault(target, set())
            actor_id = actor_of[statement.id]
            mine = actor_id is not None and (not originators[target] or actor_id in originators[target])
            attach(target, statement, "asserts" if mine else "supports", score)

        real = dict(zip(range(-1, -1 - len(new_claims), -1), tx.add_claims(new_claims)))
        tx.add_links([{**link, "claim_id": real.get(link["claim_id"], link["claim_id"])} for link in links.values()])
        plan.new_keys = {real[placeholder]: key for placeholder, key in plan.new_keys.items()}
        result.new_claims = [real[placeholder] for placeholder in result.new_claims]
        self._update_touched(tx, touched, result)
        return result

    def _update_touched(self, tx: Transaction, touched: dict[int, list], result: IngestResult) -> None:
        """Existing claims that gained statements: check-worthiness, first seen, and the re-check flag."""
        for claim_id, claim in tx.claims_for_update(touched).items():
            checkworthiness, first_seen, relations = touched[claim_id]
            claim.checkworthiness = max(claim.checkworthiness, checkworthiness)
            if first_seen and (claim.first_seen is None or first_seen < claim.first_seen):
                claim.first_seen = first_seen
            claim.updated_at = utcnow()
            tx.session.add(claim)
            reason = ""
            if "contradicts" in relations and claim.status == "verified":
                reason = "a new statement contradicts this verified claim"
            elif relations & {"asserts", "supports"} and claim.status == "false":
                reason = "a new statement repeats this claim marked false"
            if reason:
                tx.flag_for_review(claim_id, reason, _SYSTEM_EDITOR)
                result.flagged_claims.append(claim_id)

    def _best(self, index: ClaimIndex, plan: _Plan, key: str):
        """Best claim for a key among the indexed claims and those created earlier in this document."""
        found = index.best(key)
        if plan.local_index is not None:
            mine = plan.local_index.best(key)
            if mine is not None and (found is None or mine.score > found.score):
                found = mine
        return found

    def _known(self, key: str, plan: _Plan) -> int | None:
        return plan.new_aliases.get(key) or self.aliases.get(key)

    def _actor(self, tx: Transaction, statement: ExtractedStatement, language: str, plan: _Plan) -> int | None:
        """The canonical actor for a statement's speaker; None for pronouns and generic speakers ("sources")."""
        name = statement.speaker.strip()
        key = fold(name)
        lex = lexicon(language)
        if not key or key in lex.pronouns or key in lex.common_speakers or statement.speaker_kind == "circulating":
            return None
        actor_id = self._known(key, plan)
        entity = gazetteer().lookup(name) if actor_id is None else None
        if entity is not None:
            names = (entity.name, *entity.aliases)
            actor_id = next((found for found in (self._known(fold(n), plan) for n in names) if found), None)
            if actor_id is None:
                kind = "organization" if entity.kind == "place" else entity.kind
                actor_id = tx.add_actor(entity.name, kind, entity.role or statement.speaker_role)
                plan.checked_roles.add(actor_id)
            self._remember(plan, actor_id, names)
        if actor_id is None and statement.speaker_kind == "person":
            actor_id = self._person_by_parts(tx, name, statement.speaker_role)
        if actor_id is None:
            actor_id = tx.add_actor(name, statement.speaker_kind, statement.speaker_role)
            plan.checked_roles.add(actor_id)
        if statement.speaker_role and actor_id not in plan.checked_roles and actor_id not in self._roles_checked:
            actor = tx.actor(actor_id)
            if not actor.role:
                tx.rename_actor(actor_id, actor.name, statement.speaker_role)
            plan.checked_roles.add(actor_id)
        self._remember(plan, actor_id, [a for a in (name, *statement.speaker_aliases) if fold(a) not in lex.pronouns])
        return actor_id

    def _remember(self, plan: _Plan, actor_id: int, names) -> None:
        for alias in names:
            key = fold(alias)
            if key and self._known(key, plan) is None:
                plan.new_aliases[key] = actor_id
                plan.alias_rows.append({"actor_id": actor_id, "alias": alias, "key": key})

    def _person_by_parts(self, tx: Transaction, name: str, role: str) -> int | None:
        """"Lavrov" joins the one known person named "... Lavrov"; "Sergei Lavrov" absorbs an actor named "Lavrov"."""
        tokens = name.split()
        if len(tokens) == 1:
            found = tx.actors_with_word(name, "person")
            return found[0][0] if len(found) == 1 else None
        for token in (tokens[-1], tokens[0]):
            actor_id = tx.actor_by_alias(token)
            if actor_id is not None:
                actor = tx.actor(actor_id)
                if actor.kind == "person" and len(actor.name.split()) == 1:
                    tx.rename_actor(actor_id, name, role)
                    return actor_id
        return None

    # --- editing that needs matching ---------------------------------------------------------------------------
    def edit_claim_text(self, claim_id: int, text: str, editor: str | None = None, expected_version: int | None = None):
        """New canonical wording; the match key keeps the old words too, so repetitions in either still meet."""
        language = detect_language(text, default=self.store.claim(claim_id, with_history=False).language or "en")
        new_key = " ".join(sorted(set(match_key(text, language).split()) | set(self.index.keys.get(claim_id, "").split())))
        event = self.store.edit_text(claim_id, text, editor or default_editor(), match_key=new_key, expected_version=expected_version)
        self.index.add(claim_id, new_key)
        return event

    def merge_claims(self, into_id: int, from_id: int, editor: str | None = None):
        event = self.store.merge_claims(into_id, from_id, editor or default_editor())
        self.index.remove(from_id)
        return event
