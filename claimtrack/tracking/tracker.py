"""From a document to tracked claims, atomically: source, actors, statements, claims and links.

Rules (docs/claims.md explains them):
- an asserting statement that is check-worthy enough joins the best-matching claim or starts a new one;
- it links as `asserts` when its actor is the claim's original asserter (or one whose name holds the other's:
  "Purbaya" and "Purbaya Yudhi Sadewa" are one person split across articles), else as `supports` — but not at all
  when its speaker is left unnamed (no actor): whether that is a second source the text does not say;
- a denial links as `contradicts` to the claim of the statement it answers in the same article, else to
  the best-matching claim; a denial that matches nothing stays a statement;
- a contradiction reaching a `verified` claim, or support reaching a `false` one, flags it for review.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from claimtrack.config import default_editor, settings
from claimtrack.extract import Extraction, extract
from claimtrack.extract.result import Proposition
from claimtrack.extract.result import Statement as ExtractedStatement
from claimtrack.ingest.document import Document, IngestError
from claimtrack.lexicon import detect_language
from claimtrack.match import MARKS, NEGATED, ClaimIndex, Match, best_match, match_key, query_terms
from claimtrack.models import Claim
from claimtrack.store import EventView, Store, StoreError, Transaction
from claimtrack.store.views import Asserted
from claimtrack.textutil import one_line
from claimtrack.tracking import particulars
from claimtrack.tracking.actors import ActorChanges, ActorResolver, Speaker
from claimtrack.tracking.batch import Deferred, DocumentFailed, IngestResult, Plan, earliest
from claimtrack.tracking.claim_rules import (
    accused,
    bare_cue,
    joinable,
    proposition_key,
    repeats,
    reporting_cues,
    reports_denial,
    stance_of,
    statement_keys,
)
from claimtrack.tracking.lookup import Lookup, LookupResult

_SYSTEM_EDITOR = "claimtrack"


class Tracker:
    """Documents into claims, and the edits that need matching. Its public methods may be called from several
    threads (the TUI's workers): each holds the tracker's own lock, since they share its caches (the in-memory
    claim index, the actor directory)."""

    def __init__(self, store: Store, editor: str | None = None):
        self.store = store
        self._lock = threading.RLock()  # re-entered: a failed batch is stored again one document at a time
        self.editor = editor or _SYSTEM_EDITOR
        self._index: ClaimIndex | None = None
        self.config = settings().match
        self.actors = ActorResolver(store.actor_rows, store.alias_index)
        self._actor_marks: tuple[int, int] | None = None  # the newest actor and alias ids when last read

    @property
    def index(self) -> ClaimIndex:
        """The claims in memory, for `lookup` (ingest and edits read and keep the index stored with the claims)."""
        with self._lock:
            if self._index is None:
                self._index = ClaimIndex.of((claim_id, key) for claim_id, _text, key in self.store.claim_keys())
            return self._index

    def lookup(self, texts: Iterable[str], limit: int | None = 10) -> list[LookupResult]:
        """`claimtrack lookup` with this tracker's index, which ingest and edits keep while it is read."""
        with self._lock:
            return Lookup(self.store, index=self.index).lookup(texts, limit)

    def ingest(
        self, document: Document, extraction: Extraction | None = None, keys: dict[str, str] | None = None
    ) -> IngestResult:
        """Store one document and everything found in it, all or nothing."""
        result = self.ingest_batch([(document, extraction, keys)])[0]
        if isinstance(result, IngestError):
            raise StoreError(str(result))
        return result

    def ingest_batch(
        self, batch: list[tuple[Document, Extraction | None, dict[str, str] | None]]
    ) -> list[IngestResult | IngestError]:
        """Store documents in one transaction; each is all or nothing.

        The batch is written optimistically as one transaction (BEGIN, commit and session set-up per
        document cost more than its rows). If any document cannot be stored, the whole batch is rolled
        back and its documents are stored one transaction each, so the failing one is reported alone and
        the others go in. No document is ever half-written; a crash loses only what was not yet committed.
        """
        with self._lock:
            return self._ingest_batch(batch)

    def _ingest_batch(
        self, batch: list[tuple[Document, Extraction | None, dict[str, str] | None]]
    ) -> list[IngestResult | IngestError]:
        prepared = []
        for document, extraction, keys in batch:
            extraction = extraction or extract(document)
            prepared.append((document, extraction, statement_keys(extraction) if keys is None else keys))
        attempts = 0

        def work(tx: Transaction) -> list[IngestResult | IngestError]:
            nonlocal attempts
            attempts += 1
            if attempts > 1:
                self._forget()  # a failed attempt may have taught the caches what was rolled back
            return self._store_all(tx, prepared)

        try:
            return self.store.write(work)
        except DocumentFailed as failure:
            self._forget()
            if len(prepared) == 1:
                return [IngestError(f"{failure.origin}: not stored: {failure.reason}")]
            return [outcome for item in prepared for outcome in self._ingest_batch([item])]
        except BaseException:
            self._forget()
            raise

    def _store_all(
        self, tx: Transaction, prepared: list[tuple[Document, Extraction, dict[str, str]]]
    ) -> list[IngestResult | IngestError]:
        tx.lock_claims()  # another ingest's claims and actors are all stored before this one decides its own
        self._catch_up()
        tx.index.frequencies({term for _, _, keys in prepared for key in keys.values() for term in key.split()})
        self._rank_ahead(tx, [key for _, _, keys in prepared for key in keys.values()])
        deferred = Deferred()
        results: list[IngestResult | IngestError] = []
        stored = tx.sources_with(document.sha256 for document, _, _ in prepared)
        for document, extraction, keys in prepared:
            if document.sha256 in stored:
                results.append(IngestResult(document.origin, "duplicate", stored[document.sha256], document.title))
                continue
            plan = Plan()
            try:
                with tx.refusals():  # a refused row fails this document; a lost lock retries the whole batch
                    result = self._write(tx, document, extraction, keys, plan, deferred)
            except (StoreError, ValueError, KeyError, TypeError) as exc:
                raise DocumentFailed(document.origin, one_line(str(exc))) from exc
            self._learn(plan)
            assert result.source_id is not None  # an added document has its source row
            stored[document.sha256] = result.source_id
            results.append(result)
        deferred.flush(tx)
        return results

    def _rank_ahead(self, tx: Transaction, keys: Iterable[str]) -> None:
        """Candidates for these keys ranked in one query (PostgreSQL), for the lookups `_best` is about to make."""
        tx.index.rank_ahead((query_terms(tx.index, key, self.config) for key in keys), self.config.candidates)

    def _learn(self, plan: Plan) -> None:
        """What a stored document added, for the next documents (the stored index has it already) and lookups."""
        if self._index is not None:
            for claim_id, key in plan.new_keys.items():
                self._index.add(claim_id, key)
        self.actors.learn(plan.actors)

    def _catch_up(self) -> None:
        """The actor directory, loaded before the first document needs it, and brought up to date with what other
        ingest processes stored since (under the claims lock, so nothing they store is missed)."""
        marks = self.store.actor_marks()
        if self._actor_marks is not None and marks != self._actor_marks:
            self.actors.catch_up(*self.store.actors_after(*self._actor_marks))
        _ = self.actors.actors, self.actors.aliases
        self._actor_marks = marks

    def _forget(self) -> None:
        """Drop the caches; they are read again from the database when next needed."""
        self._index = None
        self._actor_marks = None
        self.actors.forget()

    # --- inside the transaction ----------------------------------------------------------------------------
    def _write(
        self,
        tx: Transaction,
        document: Document,
        extraction: Extraction,
        keys: dict[str, str],
        plan: Plan,
        deferred: Deferred,
    ) -> IngestResult:
        source_id = tx.add_source(
            title=document.title,
            outlet=document.outlet,
            url=document.url,
            language=document.language,
            published_at=document.published,
            dateline=document.dateline,
            credit=document.credit,
            origin=document.origin,
            text=document.text,
            sha256=document.sha256,
        )
        if source_id is None:  # stored meanwhile by a writer that does not take the claims lock (an import)
            raise StoreError("stored by another writer meanwhile")  # the batch again, one by one, says duplicate
        statements = extraction.statements
        actor_of = {
            s.id: self.actors.actor_for(
                Speaker(
                    s.speaker, s.speaker_kind, s.speaker_role, tuple(s.speaker_aliases), tuple(s.speaker_nicknames)
                ),
                document.language,
                plan.actors,
            )
            for s in statements
        }
        self._store_actors(tx, plan.actors, actor_of)
        deferred.aliases.extend(plan.actors.alias_rows)
        ids = tx.add_statements(
            [
                {
                    "source_id": source_id,
                    "actor_id": actor_of[s.id],
                    "local_id": s.id,
                    "speaker_mention": s.speaker_mention or s.speaker,
                    "speaker_role": s.speaker_role,
                    "cue": s.cue,
                    "content": s.content,
                    "start": s.start,
                    "end": s.end,
                    "sentence_start": s.sentence_start,
                    "sentence_end": s.sentence_end,
                    "quote": s.quote,
                    "stance": s.stance,
                    "said_on": s.said_on,
                    "date_text": s.date_text,
                    "checkworthiness": s.checkworthiness,
                }
                for s in statements
            ]
        )
        db_id = {s.id: new_id for s, new_id in zip(statements, ids)}
        answers = {link.source: link.target for link in extraction.links if link.relation == "contradicts"}
        supports = {link.source: link.target for link in extraction.links if link.relation == "supports"}
        deferred.responses.extend((db_id[a], db_id[b]) for a, b in answers.items())

        result = IngestResult(document.origin, "added", source_id, document.title, len(ids))
        claim_of: dict[str, int] = {}
        links: dict[tuple[int, int], dict] = {}
        asserted: dict[int, Asserted] = {}  # claim → the actors, cues and words that assert it
        reporting = reporting_cues()
        touched: dict[int, list] = {}  # existing claim → [max check-worthiness, earliest date, relations]
        new_claims: list[dict] = []

        def attach(claim_id: int, statement: ExtractedStatement, relation: str, score: float) -> None:
            links.setdefault(
                (claim_id, db_id[statement.id]),
                {
                    "claim_id": claim_id,
                    "statement_id": db_id[statement.id],
                    "relation": relation,
                    "origin": "auto",
                    "score": score,
                },
            )
            claim_of.setdefault(statement.id, claim_id)  # a denial of the statement answers its first claim
            if claim_id in result.new_claims:
                return
            when = statement.said_on or document.published
            entry = touched.setdefault(claim_id, [statement.checkworthiness, when, set()])
            entry[0] = max(entry[0], statement.checkworthiness)
            entry[1] = earliest(entry[1], when)
            entry[2].add(relation)
            if claim_id not in result.joined_claims and relation != "contradicts":
                result.joined_claims.append(claim_id)

        def join(
            target: int, statement: ExtractedStatement, score: float, confirms: bool = False, key: str = ""
        ) -> bool:
            """An assertion joins a claim: `asserts` for the claim's own asserter, `supports` for anyone else (`key`:
            the joining proposition's match key, for `_states_most_of`). False when another speaker's proposition
            states too little of the claim to be its second source: it may start a claim of its own."""
            known = self._asserted(tx, target, asserted)
            actor_id = actor_of[statement.id]
            if actor_id is None and not confirms and statement.speaker_kind != "circulating":
                # someone the article leaves unnamed ("katanya" unresolved, "jaksa", "warga") repeats a claim: whether
                # that is a second source or the asserter again, the text does not say, so no link claims either
                return True
            mine = actor_id is not None and (
                not known.actors
                or actor_id in known.actors
                or any(self.actors.same_person(actor_id, other, plan.actors) for other in known.actors)
            )
            # the same proposition from another speaker of the same article is no second source: the reporter's
            # paraphrase and the quotation behind it, a body and its spokesman ("KPK menyebut …", then Asep Guntur
            # Rahayu of the KPK), a document and the official reading it (a blind check of session 29: 3 of 14 such
            # "supports" were independent); it asserts the claim with them
            here = target in result.new_claims or any(claim == target for claim, _ in links)
            # a news outlet's report and the person it quotes are one source ("PandoDaily reports …" and "…, Pando
            # reported"; "FOX 2 News reports that Simone says …" and Daniel Simone's own words): a cue of reporting
            # on either side makes no second source (session 29: 5 of 14 cross-article "supports" so made)
            relayed = any(bare_cue(cue) in reporting for cue in (statement.cue, *known.cues))
            # the same words again are the same remark reported again, not a second source: a syndicated copy, one
            # quotation credited to two people, a viral post retold (a blind check of session 30: the six
            # "supports" of the Detik 1,000 and FNC-1 400-903 were all one source twice)
            repeated = any(repeats(statement.content, earlier) for earlier in known.contents)
            known.cues.add(statement.cue)
            known.contents.append(statement.content)
            # and no one named is no second source either: a circulating post or video retold ("Menteri Keuangan yang
            # disebut menyatakan …"), a confirmation by an unnamed officer
            unnamed = actor_id is None
            independent = not (mine or here or relayed or repeated or unnamed)
            if independent and key and not self._states_most_of(tx, plan, target, key, statement, document.language):
                # a short remark found inside a long claim ("We are aware of reports" in "Foreign Office are aware
                # of reports of the death of a British national in Syria") is no second source of what it claims
                return False
            attach(target, statement, "supports" if independent else "asserts", score)
            return True

        def start(proposition: Proposition, statement: ExtractedStatement, key: str, asserter: int | None) -> int:
            """A new claim, under a placeholder id until all of this document's new claims are inserted together."""
            target = -1 - len(new_claims)
            new_claims.append(
                {
                    "text": proposition.text,
                    "language": document.language,
                    "checkworthiness": proposition.checkworthiness,
                    "first_seen": statement.said_on or document.published,
                    "match_key": key,
                }
            )
            plan.new_keys[target] = key
            plan.new_texts[target] = proposition.text
            plan.local_index = plan.local_index or ClaimIndex(self.config)
            plan.local_index.add(target, key)
            result.new_claims.append(target)
            asserted[target] = Asserted(
                {asserter} if asserter is not None else set(), {statement.cue}, [statement.content]
            )
            return target

        for statement in sorted(statements, key=lambda s: (s.stance == "deny", s.start)):
            actor_id = actor_of[statement.id]
            if statement.stance == "deny":
                key = keys.get(statement.id)
                target, score = claim_of.get(answers.get(statement.id, "")), 100.0
                if (
                    target is None
                    and key
                    and stance_of(document.language).names_what_it_denies(statement.cue, statement.content)
                ):
                    # across articles only what a denial cue denies ("membantah bahwa P") is matched to P
                    found = self._best(tx, plan, key)
                    target, score = (found.claim_id, found.score) if found else (None, 0.0)
                if target is not None:
                    if self._rebuts(tx, target, actor_id, asserted, plan):
                        attach(target, statement, "contradicts", score)
                    continue
                # what it denies, tracked or not: the accusation it answers is a claim no one here asserts
                for number, proposition in accused(statement, document.language):
                    key = keys.get(proposition_key(statement.id, number))
                    if not key:
                        continue
                    found = self._best(tx, plan, key)
                    if found is None:
                        attach(start(proposition, statement, key, None), statement, "contradicts", 100.0)
                    elif self._rebuts(tx, found.claim_id, actor_id, asserted, plan):
                        attach(found.claim_id, statement, "contradicts", found.score)
                continue
            supported = claim_of.get(supports.get(statement.id, ""))
            if supported is not None:
                join(supported, statement, 100.0, confirms=True)  # ("Polisi membenarkan …": a source, unnamed or not)
                continue
            for number, proposition, may_start in joinable(statement):
                key = keys.get(proposition_key(statement.id, number))
                if not key:
                    continue
                found = self._best(tx, plan, key, proposition.text, document.language)
                if found is not None and join(found.claim_id, statement, found.score, key=key):
                    continue
                if may_start:
                    attach(start(proposition, statement, key, actor_id), statement, "asserts", 100.0)

        real = dict(zip(range(-1, -1 - len(new_claims), -1), tx.add_claims(new_claims)))
        deferred.links.extend(
            {**link, "claim_id": real.get(link["claim_id"], link["claim_id"])} for link in links.values()
        )
        plan.new_keys = {real[placeholder]: key for placeholder, key in plan.new_keys.items()}
        plan.new_texts = {}  # inserted: their texts are the store's now
        result.new_claims = [real[placeholder] for placeholder in result.new_claims]
        self._update_touched(tx, touched, result)
        return result

    def _rebuts(
        self,
        tx: Transaction,
        claim_id: int,
        actor_id: int | None,
        asserted: dict[int, Asserted],
        plan: Plan,
    ) -> bool:
        """May a denial by this actor contradict this claim? Not one its own speaker asserts (a speaker does not
        rebut themselves), and not a claim that is itself a denial ("X tidak bersalah") or reports one
        ("tersangka membantah telah …"): denying it again agrees."""
        if actor_id is not None and actor_id in self._asserted(tx, claim_id, asserted).actors:
            return False
        claim = tx.claim(claim_id) if claim_id > 0 else None
        if NEGATED in self._claim_key(plan, claim_id, claim).split():
            return False
        return not reports_denial(plan.new_texts.get(claim_id, "") if claim is None else claim.text)

    @staticmethod
    def _claim_key(plan: Plan, claim_id: int, claim: Claim | None) -> str:
        """A claim's match key: the stored claim's, or that of one made earlier in this document (no row yet)."""
        return plan.new_keys.get(claim_id, "") if claim is None else claim.match_key

    def _states_most_of(
        self, tx: Transaction, plan: Plan, claim_id: int, key: str, statement: ExtractedStatement, language: str
    ) -> bool:
        """Does a proposition's match key hold at least `[claims] support_coverage` of the claim's terms? Negation
        marks aside, and the speaker's own name aside: "We are aware of reports", worded "British Foreign Office are
        aware of reports", holds of "Foreign Office are aware of reports of the death of a British national in
        Syria" the name of who speaks and "aware", not what is claimed."""
        claim = tx.claim(claim_id) if claim_id > 0 else None
        own = set(match_key(statement.speaker, language).split()) if statement.speaker else set()
        claimed = set(self._claim_key(plan, claim_id, claim).split()) - MARKS - own
        if not claimed:
            return True
        held = len(claimed & set(key.split())) / len(claimed)
        return held >= settings().claims.support_coverage

    @staticmethod
    def _asserted(tx: Transaction, claim_id: int, asserted: dict[int, Asserted]) -> Asserted:
        """What asserts the claim: read from the store once a document (a claim new in it: what started it)."""
        if claim_id not in asserted:
            asserted.update(tx.asserted([claim_id]) if claim_id > 0 else {})
            asserted.setdefault(claim_id, Asserted())
        return asserted[claim_id]

    def _update_touched(self, tx: Transaction, touched: dict[int, list], result: IngestResult) -> None:
        """Existing claims that gained statements: check-worthiness, first seen, and the re-check flag."""
        for claim_id, claim in tx.claims_for_update(touched).items():
            checkworthiness, first_seen, relations = touched[claim_id]
            claim.checkworthiness = max(claim.checkworthiness, checkworthiness)
            if first_seen and (claim.first_seen is None or first_seen < claim.first_seen):
                claim.first_seen = first_seen
            tx.update_claim(claim)
            reason = ""
            if "contradicts" in relations and claim.status == "verified":
                reason = "a new statement contradicts this verified claim"
            elif relations & {"asserts", "supports"} and claim.status == "false":
                reason = "a new statement repeats this claim marked false"
            if reason:
                tx.flag_for_review(claim_id, reason, _SYSTEM_EDITOR)
                result.flagged_claims.append(claim_id)

    def _best(self, tx: Transaction, plan: Plan, key: str, text: str = "", language: str = "") -> Match | None:
        """Best claim for a key among the stored claims and those created earlier in this document; with `text`, not
        one whose wording gives other figures or names other people (tracking/particulars.py)."""
        found = best_match(tx.index, key, self.config.join_score, self.config)
        if plan.local_index is not None:
            mine = plan.local_index.best(key)
            if mine is not None and (found is None or mine.score > found.score):
                found = mine
        if found is not None and text:
            claimed = plan.new_texts.get(found.claim_id) if found.claim_id < 0 else None
            if claimed is None:
                stored = tx.claim(found.claim_id)
                claimed = stored.text if stored is not None else ""
            if claimed and particulars.differ(text, claimed, language):
                return None
        return found

    def _store_actors(self, tx: Transaction, changes: ActorChanges, actor_of: dict[str, int | None]) -> None:
        """Insert the document's new actors (ActorResolver.store, as import does) and use the real ids."""
        real = self.actors.store(tx, changes)
        for key, known in actor_of.items():
            if known is not None:
                actor_of[key] = real.get(known, known)

    # --- editing that needs matching ---------------------------------------------------------------------------
    def edit_claim_text(
        self, claim_id: int, text: str, editor: str | None = None, expected_version: int | None = None
    ) -> EventView:
        """New canonical wording; the match key keeps the old words too, so repetitions in either still meet."""
        with self._lock:
            return self._edit_claim_text(claim_id, text, editor, expected_version)

    def _edit_claim_text(self, claim_id: int, text: str, editor: str | None, expected_version: int | None) -> EventView:
        language = detect_language(text, default=self.store.claim(claim_id, with_history=False).language or "en")
        old_key = self.store.match_keys([claim_id]).get(claim_id, "")
        new_key = " ".join(sorted(set(match_key(text, language).split()) | set(old_key.split())))
        event = self.store.edit_text(
            claim_id,
            text,
            editor or default_editor(),
            match_key=new_key,
            expected_version=expected_version,
            language=language,
        )
        if self._index is not None:
            self._index.add(claim_id, new_key)
        return event

    def merge_claims(self, into_id: int, from_id: int, editor: str | None = None) -> EventView:
        with self._lock:
            event = self.store.merge_claims(into_id, from_id, editor or default_editor())
            if self._index is not None:
                self._index.remove(from_id)
            return event

    def merge_actors(self, into_id: int, from_id: int, editor: str | None = None) -> list[EventView]:
        """Merge two actors; the directory of names ingest credits statements by is read again after (one is gone)."""
        with self._lock:
            events = self.store.merge_actors(into_id, from_id, editor or default_editor())
            self.actors.forget()
            self._actor_marks = None
            return events
