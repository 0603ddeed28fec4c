"""Matching one statement against N claims through the index ingest reads (kept in the database), and its recall
against scoring every claim.

Claims are real sentences (bench/corpora.py; past the corpora's ~757k distinct sentences, varied copies). They are
stored in a SQLite file with their match keys and the claim index (cached in bench/.cache/match-index-N.db, built
once with bulk inserts and `StoredIndex.rebuild`). Queries are claims rewritten (a word dropped, case changed) plus
held-out sentences that should match nothing. Each query is answered as ingest answers it (`match.best_match` on
the stored index: term counts, then the claims sharing the most rare terms, scored by rapidfuzz), and by the
in-memory `ClaimIndex` for comparison. The yardstick scores every claim (`brute_force_best`); from 300k claims on, it
scores every claim sharing two terms besides the polarity marks, which decides exactly as scoring all would (any
other claim scores 0: `match.score_terms`), and is checked against it on the first queries.

    .venv/bin/python bench/match_index.py [--claims 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_db  # noqa: E402
import corpora  # noqa: E402

CACHE = Path(__file__).parent / ".cache"
_EXHAUSTIVE_FROM = 300_000  # claims: above this, brute force scores only claims that can score above 0
_CHECKED = 20  # queries on which the pruned brute force is checked against scoring every claim
_WARM_UP = 50  # held-out sentences matched before timing (the file is read once before: in the page cache)


def match_keys(texts: list[tuple[str, str]]) -> dict[int, str]:
    """Claim id → match key, cached per size; a larger cache's first keys serve a smaller one (texts are a prefix)."""
    from claimtrack.match import match_key

    cache = CACHE / f"match-keys-{len(texts)}.json"
    if cache.exists():
        return {int(k): v for k, v in json.loads(cache.read_text()).items()}
    keys: dict[int, str] = {}
    smaller = sorted(CACHE.glob("match-keys-*.json"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    for path in smaller:
        if int(path.stem.rsplit("-", 1)[1]) < len(texts):
            keys = {int(k): v for k, v in json.loads(path.read_text()).items()}
    for claim_id in range(len(keys) + 1, len(texts) + 1):
        text, language = texts[claim_id - 1]
        keys[claim_id] = match_key(text, language)
    CACHE.mkdir(exist_ok=True)
    cache.write_text(json.dumps(keys))
    return keys


def stored_index(keys: dict[int, str], texts: list[tuple[str, str]]) -> tuple[Path, float]:
    """A SQLite file of the claims with their index, built once; (path, seconds the build took, 0 when cached)."""
    from claimtrack.models import Claim, utcnow
    from claimtrack.store import Store

    path = CACHE / f"match-index-{len(keys)}.db"
    if path.exists():  # cached by an earlier claimtrack, perhaps: at this schema before it is timed
        return build_db.at_current_schema(path), 0.0
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    store = Store(str(partial))
    now = utcnow()
    with store.transaction() as tx:
        rows = [
            {
                "id": claim_id,
                "text": texts[claim_id - 1][0],
                "language": texts[claim_id - 1][1],
                "status": "unverified",
                "status_note": "",
                "checkworthiness": 0.5,
                "needs_review": False,
                "review_reason": "",
                "origin": "extracted",
                "provenance": "",
                "match_key": key,
                "assignee": "",
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for claim_id, key in keys.items()
        ]
        tx.load_rows(Claim, rows)
        tx.index.rebuild()
    store.close()
    partial.rename(path)
    return path, time.perf_counter() - started


def exhaustive_best(key: str, keys: dict[int, str], postings: dict[str, list[int]], threshold: float):
    """brute_force_best's decision, scoring only the claims sharing two terms besides the marks (others score 0)."""
    from claimtrack.match import MARKS, brute_force_best

    terms = set(key.split()) - MARKS
    shared = Counter(claim_id for term in terms for claim_id in postings.get(term, ()))
    return brute_force_best(key, {c: keys[c] for c, n in shared.items() if n >= 2}, threshold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    from claimtrack.config import settings
    from claimtrack.match import ClaimIndex, best_match, brute_force_best, match_key
    from claimtrack.store import Store
    from claimtrack.store.match_index import StoredIndex

    texts = corpora.claim_texts(args.claims + args.queries // 2 + _WARM_UP)
    held_out = texts[args.claims : args.claims + args.queries // 2]
    warm_up = texts[args.claims + args.queries // 2 :]
    texts = texts[: args.claims]
    started = time.perf_counter()
    keys = match_keys(texts)
    key_s = time.perf_counter() - started
    path, stored_build_s = stored_index(keys, texts)
    started = time.perf_counter()
    memory = ClaimIndex.of(keys.items())
    memory_build_s = time.perf_counter() - started

    rng = random.Random(7)
    queries = []
    for claim_id in rng.sample(sorted(keys), args.queries // 2):
        words = texts[claim_id - 1][0].split()
        del words[rng.randrange(len(words))]
        queries.append((" ".join(words).lower(), texts[claim_id - 1][1]))
    queries += held_out[: args.queries - len(queries)]

    # the millions of objects built above would make Python's collector pause for seconds in the timed part; an
    # ingest process holds none of them
    gc.freeze()
    with path.open("rb") as warm:  # the file in the page cache, as a database in use is
        while warm.read(1 << 24):
            pass
    config = settings().match
    threshold = config.join_score
    exhaustive = args.claims >= _EXHAUSTIVE_FROM
    store = Store(str(path), create=False)
    stored_ms, memory_ms, agree, memory_agree, checked = [], [], 0, 0, 0
    with store.engine.connect() as connection:
        index = StoredIndex(connection)
        for text, language in warm_up:
            best_match(index, match_key(text, language), threshold, config)
        for number, (text, language) in enumerate(queries):
            key = match_key(text, language)
            index = StoredIndex(connection)  # a new transaction's view: the claim count is read again
            started = time.perf_counter()
            found = best_match(index, key, threshold, config)
            stored_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            in_memory = memory.best(key)
            memory_ms.append((time.perf_counter() - started) * 1000)
            if exhaustive:
                truth = exhaustive_best(key, keys, memory.postings, threshold)
                if number < _CHECKED:
                    full = brute_force_best(key, keys, threshold)
                    checked += (full is None) == (truth is None) and (full is None or full.score == truth.score)
            else:
                truth = brute_force_best(key, keys, threshold)
            agree += (found is None) == (truth is None) and (found is None or found.score == truth.score)
            memory_agree += (in_memory is None) == (truth is None) and (
                in_memory is None or in_memory.score == truth.score
            )
    store.close()
    stored_ms.sort()
    memory_ms.sort()
    result = {
        "claims": len(keys),
        "queries": len(queries),
        "match_p50_ms": round(statistics.median(stored_ms), 3),
        "match_p95_ms": round(stored_ms[int(0.95 * (len(stored_ms) - 1))], 3),
        "match_max_ms": round(stored_ms[-1], 3),
        "recall_vs_bruteforce": round(agree / len(queries), 4),
        "memory_match_p95_ms": round(memory_ms[int(0.95 * (len(memory_ms) - 1))], 3),
        "memory_recall_vs_bruteforce": round(memory_agree / len(queries), 4),
        "bruteforce": f"claims sharing two terms, checked against every claim on {checked}/{_CHECKED} queries"
        if exhaustive
        else "every claim",
        "database_mb": round(path.stat().st_size / 2**20, 1),
        "keys_s": round(key_s, 1),
        "stored_index_build_s": round(stored_build_s, 1),
        "memory_index_build_s": round(memory_build_s, 2),
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
