"""Reading a file of earlier fact-checks (any format) and storing its verdicts as imported claims."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimtrack.errors import InterchangeError
from claimtrack.interchange.claimreview import read_claimreview
from claimtrack.interchange.csv import read_csv
from claimtrack.interchange.liar import LIAR_COLUMNS, read_liar
from claimtrack.interchange.records import Skipped, Verdict
from claimtrack.store import Store, Transaction
from claimtrack.textutil import fold

if TYPE_CHECKING:
    from claimtrack.match import ClaimIndex
    from claimtrack.tracking.actors import ActorChanges, ActorResolver

FORMATS = ("claimreview", "liar", "csv")
NO_VERDICT = ("unverified", "in_review")


def detect_format(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("json", "jsonld", "jsonl", "ndjson", "html", "htm"):
        return "claimreview"
    if suffix == "tsv":
        return "liar"
    if suffix == "csv":
        return "csv"
    head = text.lstrip()[:1]
    if head in ("{", "[", "<"):
        return "claimreview"
    first_line = text.split("\n", 1)[0]
    return "liar" if first_line.count("\t") >= LIAR_COLUMNS - 2 else "csv"


def read_verdicts(path: str, fmt: str | None = None) -> list[Verdict | Skipped]:
    """Every record in a file (or - for stdin), in order; a file that cannot be read at all raises."""
    from claimtrack.config import settings
    from claimtrack.ingest.decode import decode

    if fmt is not None and fmt not in FORMATS:
        raise InterchangeError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if path == "-":
        import sys

        data, name = sys.stdin.buffer.read(), "stdin"
    else:
        source = Path(path)
        if not source.is_file():
            raise InterchangeError(f"{path}: no such file")
        if source.stat().st_size > settings().ingest.max_bytes:
            raise InterchangeError(f"{path}: larger than {settings().ingest.max_bytes} bytes")
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InterchangeError(f"{path}: {exc.strerror or exc}") from exc
        name = path
    text = decode(data, name)
    reader = {"claimreview": read_claimreview, "liar": read_liar, "csv": read_csv}[fmt or detect_format(name, text)]
    return list(reader(text, name))


# --- import into the store --------------------------------------------------------------------------------------
@dataclass
class ImportSummary:
    added: list[int] = field(default_factory=list)
    duplicates: int = 0
    flagged: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)  # claim already here → the imported claim it matches

    def line(self) -> str:
        line = (
            f"import-claims: {len(self.added)} added, {self.duplicates} already imported, "
            f"{len(self.skipped)} skipped, {len(self.flagged)} flagged for review"
        )
        if self.matched:
            line += f"; {len(self.matched)} claims already here match a verdict and are flagged for review"
        return line


def _speakers(
    records: list[tuple[Verdict, str]], actors: ActorResolver, changes: ActorChanges
) -> dict[str, int | None]:
    """Each imported speaker's actor (folded name → id, a placeholder for a new one), by the rules ingest follows:
    a known actor or alias, else the gazetteer's entity, else a new actor; no actor for what names no one."""
    from claimtrack.tracking.actors import Speaker

    actor_of: dict[str, int | None] = {}
    for record, language in records:
        key = fold(record.speaker)
        if key and key not in actor_of:
            speaker = Speaker(record.speaker, record.speaker_kind, record.speaker_role)
            actor_of[key] = actors.actor_for(speaker, language, changes)
    return actor_of


def _own_claims_index(store: Store) -> ClaimIndex:
    """The match index of the claims tracked here (not imported ones), to find those an imported verdict checks."""
    from claimtrack.match import ClaimIndex

    imported = store.imported_claim_ids()
    return ClaimIndex.of(
        (claim_id, key) for claim_id, _text, key in store.claim_keys() if key and claim_id not in imported
    )


def import_verdicts(store: Store, records: Iterable[Verdict | Skipped], *, editor: str) -> ImportSummary:
    """Store every verdict as an imported claim, all in one transaction; records seen before are skipped."""
    from claimtrack.lexicon import available_languages, detect_language
    from claimtrack.match import match_key
    from claimtrack.tracking.actors import ActorChanges, ActorResolver

    skipped: list[Skipped] = []
    fresh: dict[str, Verdict] = {}
    repeated = 0
    for record in records:
        if isinstance(record, Skipped):
            skipped.append(record)
        elif record.status in NO_VERDICT:
            skipped.append(Skipped(record.where, f"“{record.label}” is not a verdict"))
        elif record.key() in fresh:
            repeated += 1
        else:
            fresh[record.key()] = record
    # the slow, database-free part first: languages and match keys
    prepared = []
    for key, record in fresh.items():
        language = record.language or detect_language(record.text, default="en")
        if record.language:
            terms = match_key(record.text, language)
        else:
            # a short claim's language is a guess: key it in every language so a statement in any one matches
            terms = " ".join(
                sorted({t for code in available_languages() for t in match_key(record.text, code).split()})
            )
        prepared.append((key, record, language, terms))
    actors = ActorResolver(store.actor_rows, store.alias_index)
    earlier = _own_claims_index(store) if prepared else None  # nothing new to import: no index to build

    def work(tx: Transaction) -> ImportSummary:
        summary = ImportSummary(skipped=list(skipped))
        taken = set(tx.sources_with(fresh))
        todo = [item for item in prepared if item[0] not in taken]
        summary.duplicates = repeated + len(prepared) - len(todo)
        if not todo:
            return summary
        source_ids = tx.add_sources(
            [
                {
                    "title": r.appearance_title or f"fact-check by {r.checker or 'an earlier checker'}",
                    "outlet": r.appearance_outlet,
                    "url": r.appearance_url if (r.appearance_title or r.appearance_url) else r.review_url,
                    "language": language,
                    "published_at": r.appearance_date or r.said_on,
                    "dateline": "",
                    "credit": "",
                    "origin": f"import: {r.where}",
                    "text": r.text,
                    "sha256": key,
                }
                for key, r, language, _ in todo
            ]
        )
        claim_ids = tx.add_claims(
            [
                {
                    "text": r.text,
                    "language": language,
                    "status": r.status or "unverified",
                    "status_note": r.note,
                    "checkworthiness": 0.0,
                    "first_seen": r.said_on or r.appearance_date,
                    "origin": "imported",
                    "provenance": r.provenance(),
                    "match_key": terms,
                }
                for _, r, language, terms in todo
            ]
        )

        changes = ActorChanges()
        actor_of = _speakers([(r, language) for _, r, language, _ in todo], actors, changes)
        real = actors.store(tx, changes)
        tx.add_aliases(changes.alias_rows)
        resolved = {key: real.get(actor_id, actor_id) for key, actor_id in actor_of.items() if actor_id is not None}

        speaking = [
            (claim_id, source_id, r)
            for (_, r, _, _), claim_id, source_id in zip(todo, claim_ids, source_ids)
            if r.speaker or r.appearance_title or r.appearance_url
        ]
        statement_ids = tx.add_statements(
            [
                {
                    "source_id": source_id,
                    "actor_id": resolved.get(fold(r.speaker)),
                    "local_id": "",
                    "speaker_mention": r.speaker,
                    "speaker_role": r.speaker_role,
                    "cue": "",
                    "content": r.text,
                    "start": 0,
                    "end": len(r.text),
                    "sentence_start": 0,
                    "sentence_end": len(r.text),
                    "quote": "indirect",
                    "stance": "assert",
                    "said_on": r.said_on,
                    "date_text": "",
                    "checkworthiness": 0.0,
                }
                for claim_id, source_id, r in speaking
            ]
        )
        tx.add_links(
            [
                {
                    "claim_id": claim_id,
                    "statement_id": statement_id,
                    "relation": "asserts",
                    "origin": "import",
                    "score": 100.0,
                }
                for (claim_id, _, _), statement_id in zip(speaking, statement_ids)
            ]
        )
        tx.add_first_events(
            [
                {
                    "claim_id": claim_id,
                    "action": "import",
                    "from_status": "",
                    "to_status": r.status or "unverified",
                    "note": r.provenance(),
                    "editor": editor,
                }
                for (_, r, _, _), claim_id in zip(todo, claim_ids)
            ]
        )
        for (_, r, _, _), claim_id in zip(todo, claim_ids):
            if r.status is None:
                tx.flag_for_review(
                    claim_id, f"imported rating “{r.label or '(none)'}” matches no status; set one", editor
                )
                summary.flagged.append(claim_id)
        # claims tracked here before the import that make the same claim: someone checked it already
        for (_, r, _, terms), claim_id in zip(todo, claim_ids):
            found = earlier.best(terms) if earlier else None
            if found is not None and found.claim_id not in summary.matched:
                summary.matched[found.claim_id] = claim_id
                tx.flag_for_review(found.claim_id, f"previously checked: {r.provenance()} (claim {claim_id})", editor)
        summary.added = claim_ids
        return summary

    return store.write(work)
