"""A database of N real claims for the benchmarks that need scale (TUI, memory, export).

Claims are real sentences (bench/corpora.py: LIAR, hoax titles, Detik and PolNeAR sentences), each with
one asserting statement in a source article and a speaker; a tenth carry a verdict with a note and a
tenth a contradicting statement. Built once with bulk inserts, 50,000 claims to a batch (so a million claims need
no more memory than a batch), and kept in bench/.cache with the claims' match keys (computed in a process pool the
first time: about two minutes a million on two cores). The search index is filled as the claims go in.

    .venv/bin/python bench/build_db.py [--claims 100000] → prints the database path
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402

CACHE = Path(__file__).parent / ".cache"
STATUSES = ["verified", "disputed", "false", "misleading", "unproven", "in_review"]


BATCH = 50_000


def _keys(texts: list[tuple[str, str]]) -> list[str]:
    from claimtrack.match import match_key

    return [match_key(text, language) for text, language in texts]


def match_keys(texts: list[tuple[str, str]]) -> list[str]:
    """Every claim's match key, from the cache file when there is one."""
    claims = len(texts)
    keys_file = CACHE / f"match-keys-{claims}.json"
    if keys_file.exists():
        cached = json.loads(keys_file.read_text())
        return [cached[str(i)] for i in range(1, claims + 1)]
    pieces = [texts[i : i + 5000] for i in range(0, claims, 5000)]
    with multiprocessing.get_context("fork").Pool() as pool:
        keys = [key for piece in pool.imap(_keys, pieces) for key in piece]
    if claims > 20_000:
        CACHE.mkdir(exist_ok=True)
        keys_file.write_text(json.dumps({str(i): key for i, key in enumerate(keys, start=1)}))
    return keys


def build(claims: int, path: Path) -> Path:
    from claimtrack.models import Actor, Alias, utcnow
    from claimtrack.store import Store, event_hash
    from claimtrack.textutil import fold

    texts = corpora.claim_texts(claims)
    keys = match_keys(texts)
    speakers = sorted({slug for _, _, slug in corpora.liar_statements() if slug})[:3000]
    rng = random.Random(11)
    path.unlink(missing_ok=True)
    store = Store(str(path))
    now = utcnow()
    with store.transaction() as tx:
        tx.load_rows(
            Actor,
            [
                {
                    "id": i,
                    "name": s.replace("-", " ").title(),
                    "kind": "person",
                    "role": "",
                    "affiliation": "",
                    "created_at": now,
                }
                for i, s in enumerate(speakers, start=1)
            ],
        )
        tx.load_rows(
            Alias,
            [
                {"actor_id": i, "alias": s.replace("-", " ").title(), "key": fold(s.replace("-", " "))}
                for i, s in enumerate(speakers, start=1)
            ],
        )
        per_source = 10
        sources, statements, claim_rows, links, events = [], [], [], [], []
        statement_id = 0
        for index in range(claims):
            if index and index % BATCH == 0:
                _write(tx, sources, statements, claim_rows, links, events)
                sources, statements, claim_rows, links, events = [], [], [], [], []
            claim_id = index + 1
            text, language = texts[index]
            if index % per_source == 0:
                body = " ".join(t for t, _ in texts[index : index + per_source])
                sources.append(
                    {
                        "id": index // per_source + 1,
                        "title": f"Bench article {index // per_source + 1}",
                        "outlet": "Bench",
                        "url": "",
                        "language": language,
                        "published_at": date(2020, 1, 1) + timedelta(days=index % 1500),
                        "dateline": "",
                        "credit": "",
                        "origin": "bench",
                        "text": body,
                        "sha256": f"{index:064d}",
                        "ingested_at": now,
                    }
                )
                offset = 0
            source_id = index // per_source + 1
            start = offset
            offset += len(text) + 1
            statement_id += 1
            said = date(2020, 1, 1) + timedelta(days=index % 1500)
            statements.append(
                {
                    "id": statement_id,
                    "source_id": source_id,
                    "actor_id": rng.randint(1, len(speakers)),
                    "local_id": f"s{index % per_source + 1}",
                    "speaker_mention": "",
                    "speaker_role": "",
                    "cue": "said",
                    "content": text,
                    "start": start,
                    "end": start + len(text),
                    "sentence_start": start,
                    "sentence_end": start + len(text),
                    "quote": "indirect",
                    "stance": "assert",
                    "said_on": said,
                    "date_text": "",
                    "checkworthiness": round(rng.random(), 2),
                }
            )
            status = rng.choice(STATUSES) if index % 10 == 0 else "unverified"
            claim_rows.append(
                {
                    "id": claim_id,
                    "text": text,
                    "language": language,
                    "status": status,
                    "status_note": "bench verdict" if status != "unverified" else "",
                    "checkworthiness": statements[-1]["checkworthiness"],
                    "first_seen": said,
                    "needs_review": False,
                    "review_reason": "",
                    "origin": "extracted",
                    "provenance": "",
                    "match_key": keys[index],
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            links.append(
                {
                    "claim_id": claim_id,
                    "statement_id": statement_id,
                    "relation": "asserts",
                    "origin": "auto",
                    "score": 100.0,
                    "created_at": now,
                }
            )
            if index % 10 == 5:
                statement_id += 1
                statements.append(
                    {
                        **statements[-1],
                        "id": statement_id,
                        "actor_id": rng.randint(1, len(speakers)),
                        "stance": "deny",
                        "cue": "denied",
                    }
                )
                links.append(
                    {
                        "claim_id": claim_id,
                        "statement_id": statement_id,
                        "relation": "contradicts",
                        "origin": "auto",
                        "score": 90.0,
                        "created_at": now,
                    }
                )
            if status != "unverified":
                digest = event_hash("", claim_id, "status", "unverified", status, "bench verdict", "bench", now)
                events.append(
                    {
                        "claim_id": claim_id,
                        "action": "status",
                        "from_status": "unverified",
                        "to_status": status,
                        "note": "bench verdict",
                        "editor": "bench",
                        "at": now,
                        "prev_hash": "",
                        "hash": digest,
                    }
                )
        _write(tx, sources, statements, claim_rows, links, events)
    store.close()
    return path


def _write(tx, sources, statements, claim_rows, links, events) -> None:
    from claimtrack.models import Claim, ClaimLink, Source, Statement, StatusEvent

    tx.load_rows(Source, sources)
    tx.load_rows(Statement, statements)
    tx.load_rows(Claim, claim_rows, searchable=True)
    tx.load_rows(ClaimLink, links)
    tx.load_rows(StatusEvent, events)


def database(claims: int) -> Path:
    """The cached database, at this claimtrack's schema: one cached by an earlier version is upgraded here, once, so
    that each benchmark measures the work it names rather than the upgrade (at 100k claims from revision 0002, 11 s
    and 440 MB peak: the upgrade reads every claim's text into memory to fill the search index)."""
    path = CACHE / f"claims-{claims}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        build(claims, path)
        return path
    return at_current_schema(path)


def at_current_schema(path: Path) -> Path:
    """A cached database brought to this claimtrack's schema (once: later calls find it there)."""
    from claimtrack.store import Store

    store = Store(str(path))
    change = store.opened_upgrade
    store.close()
    if change is not None and change.backup is not None:
        change.backup.unlink()  # the cache can be built again; its backup is only disk space
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    path = CACHE / f"claims-{args.claims}.db"
    if args.rebuild:
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    database(args.claims)
    print(f"{path} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
