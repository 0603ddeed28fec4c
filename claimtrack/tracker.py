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
    """Claim changes decided inside the transaction, applied to the in-memory index after commit."""

    new_keys: dict[int, str] = field(default_factory=dict)


def claim_text(content: str) -> str:
    """A statement's content as a claim's first wording: one line, without wrapping quotation marks."""
    text = one_line(content)
    if len(text) > 2 and text[0] in "\"“”«'" and text[-1] in "\"“”»'":
        text = text[1:-1].strip()
    return text.rstrip(" ,;:")


class Tracker:
    def __init__(self, store: Store, editor: str | None = None):
        self.store = store
        self.editor = editor or _SYSTEM_EDITOR
        self._index: ClaimIndex | None = None
        self.claims_config = settings().claims

    @property
    def index(self) -> ClaimIndex:
        if self._index is None:
            index = ClaimIndex()
            for claim_id, text, key in self.store.claim_keys():
                index.add(claim_id, key)
            self._index = index
        return self._index

    def is_claim_worthy(self, statement: ExtractedStatement) -> bool:
        return (statement.stance == "assert"
                and statement.checkworthiness >= self.claims_config.min_checkworthiness
                and len(_WORDS.findall(statement.content)) >= self.claims_config.min_content_words)

    def ingest(self, document: Document, extraction: Extraction | None = None) -> IngestResult:
        """Store one document and everything found in it, all or nothing."""
        extraction = extraction or extract(document)
        index = self.index
        plan = _Plan()

        def work(tx: Transaction) -> IngestResult:
            plan.new_keys.clear()
            existing = tx.source_exists(document.sha256)
            if existing is not None:
                return IngestResult(document.origin, "duplicate", existing, document.title)
            return self._write(tx, document, extraction, index, plan)

        result = self.store.write(work)
        for claim_id, key in plan.new_keys.items():
            index.add(claim_id, key)
        return result

    # --- inside the transaction ----------------------------------------------------------------------------
    def _write(self, tx: Transaction, document: Document, extraction: Extraction, index: ClaimIndex, plan: _Plan) -> IngestResult:
        source_id = tx.add_source(
            title=document.title, outlet=document.outlet, url=document.url, language=document.language,
            published_at=document.published, dateline=document.dateline, credit=document.credit,
            origin=document.origin, text=document.text, sha256=document.sha256)
        actors: dict[str, int | None] = {}
        rows = []
        for statement in extraction.statements:
            actor_id = self._actor(tx, statement, document.language, actors)
            rows.append({
                "source_id": source_id, "actor_id": actor_id, "local_id": statement.id,
                "speaker_mention": statement.speaker_mention or statement.speaker, "speaker_role": statement.speaker_role,
                "cue": statement.cue, "content": statement.content, "start": statement.start, "end": statement.end,
                "sentence_start": statement.sentence_start, "sentence_end": statement.sentence_end,
                "quote": statement.quote, "stance": statement.stance, "said_on": statement.said_on,
                "date_text": statement.date_text, "checkworthiness": statement.checkworthiness,
            })
        ids = tx.add_statements(rows)
        db_id = {statement.id: new_id for statement, new_id in zip(extraction.statements, ids)}
        actor_of = {statement.id: row["actor_id"] for statement, row in zip(extraction.statements, rows)}
        answers = {link.source: link.target for link in extraction.links if link.relation == "contradicts"}
        supports = {link.source: link.target for link in extraction.links if link.relation == "supports"}
        tx.set_responds_to([(db_id[a], db_id[b]) for a, b in answers.items()])

        result = IngestResult(document.origin, "added", source_id, document.title, len(ids))
        claim_of: dict[str, int] = {}
        language = document.language
        fallback_date = document.published
        ordered = sorted(extraction.statements, key=lambda s: (s.stance == "deny", s.start))
        for statement in ordered:
            key = match_key(statement.content, language)
            sid = db_id[statement.id]
            when = statement.said_on or fallback_date
            if statement.stance == "deny":
                target = claim_of.get(answers.get(statement.id, ""))
                score = 100.0 if target else 0.0
                if target is None:
                    found = self._best(index, plan, key)
                    target, score = (found.claim_id, found.score) if found else (None, 0.0)
                if target is not None:
                    tx.link(target, sid, "contradicts", score=score)
                    self._maybe_flag(tx, target, "contradicts", result)
                    claim_of[statement.id] = target
                continue
            target = claim_of.get(supports.get(statement.id, ""))
            score = 100.0 if target else 0.0
            if target is None and self.is_claim_worthy(statement):
                found = self._best(index, plan, key)
                target, score = (found.claim_id, found.score) if found else (None, 0.0)
                if target is None:
                    target = tx.add_claim(text=claim_text(statement.content), language=language,
                                          checkworthiness=statement.checkworthiness, first_seen=when, match_key=key)
                    plan.new_keys[target] = key
                    tx.link(target, sid, "asserts", score=100.0)
                    claim_of[statement.id] = target
                    result.new_claims.append(target)
                    continue
            if target is None:
                continue
            originators = tx.claim_actor_ids(target, "asserts")
            actor_id = actor_of[statement.id]
            relation = "asserts" if actor_id is not None and (not originators or actor_id in originators) else "supports"
            if tx.link(target, sid, relation, score=score):
                tx.touch_claim(target, checkworthiness=statement.checkworthiness, first_seen=when)
                self._maybe_flag(tx, target, relation, result)
                if target not in result.new_claims and target not in result.joined_claims:
                    result.joined_claims.append(target)
            claim_of[statement.id] = target
        return result

    def _best(self, index: ClaimIndex, plan: _Plan, key: str):
        """Best claim for a key among the indexed claims and those created earlier in this document."""
        found = index.best(key)
        if plan.new_keys:
            local = ClaimIndex(index.config)
            for claim_id, claim_key in plan.new_keys.items():
                local.add(claim_id, claim_key)
            mine = local.best(key)
            if mine is not None and (found is None or mine.score > found.score):
                found = mine
        return found

    def _maybe_flag(self, tx: Transaction, claim_id: int, relation: str, result: IngestResult) -> None:
        claim = tx.claim(claim_id)
        reason = ""
        if relation == "contradicts" and claim.status == "verified":
            reason = "a new statement contradicts this verified claim"
        elif relation in ("asserts", "supports") and claim.status == "false":
            reason = "a new statement repeats this claim marked false"
        if reason:
            tx.flag_for_review(claim_id, reason, _SYSTEM_EDITOR)
            result.flagged_claims.append(claim_id)

    def _actor(self, tx: Transaction, statement: ExtractedStatement, language: str, cache: dict[str, int | None]) -> int | None:
        """The canonical actor for a statement's speaker; None for pronouns and generic speakers ("sources")."""
        name = statement.speaker.strip()
        key = fold(name)
        if key in cache:
            return cache[key]
        lex = lexicon(language)
        if not key or key in lex.pronouns or key in lex.common_speakers or statement.speaker_kind == "circulating":
            cache[key] = None
            return None
        actor_id = tx.actor_by_alias(name)
        entity = gazetteer().lookup(name)
        if actor_id is None and entity is not None:
            for alias in (entity.name, *entity.aliases):
                actor_id = tx.actor_by_alias(alias)
                if actor_id is not None:
                    break
            if actor_id is None:
                kind = "organization" if entity.kind == "place" else entity.kind
                actor_id = tx.add_actor(entity.name, kind, entity.role or statement.speaker_role)
            for alias in (entity.name, *entity.aliases):
                tx.add_alias(actor_id, alias)
        if actor_id is None and statement.speaker_kind == "person":
            actor_id = self._person_by_parts(tx, name, statement.speaker_role)
        if actor_id is None:
            actor_id = tx.add_actor(name, statement.speaker_kind, statement.speaker_role)
        actor = tx.actor(actor_id)
        if statement.speaker_role and not actor.role:
            tx.rename_actor(actor_id, actor.name, statement.speaker_role)
        for alias in (name, *statement.speaker_aliases):
            if fold(alias) not in lex.pronouns:
                tx.add_alias(actor_id, alias)
        cache[key] = actor_id
        return actor_id

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
