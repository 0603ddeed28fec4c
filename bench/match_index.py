"""Matching one statement against 100k claims: latency of the word index and its recall against brute force.

Claims are real sentences (bench/corpora.py). Queries are 200 claims rewritten (a word dropped, case
changed) plus 200 held-out sentences that should match nothing. Brute force scores every claim with
the same scorer; recall = share of queries where the index returns the same decision.

    .venv/bin/python bench/match_index.py [--claims 100000] [--queries 400]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    from claimtrack.config import settings
    from claimtrack.match import ClaimIndex, brute_force_best, match_key

    texts = corpora.claim_texts(args.claims + args.queries // 2)
    held_out = texts[args.claims :]
    texts = texts[: args.claims]
    started = time.perf_counter()
    cache = Path(__file__).parent / ".cache" / f"match-keys-{len(texts)}.json"
    if cache.exists():
        keys = {int(k): v for k, v in json.loads(cache.read_text()).items()}
    else:
        keys = {i: match_key(text, language) for i, (text, language) in enumerate(texts, start=1)}
        cache.parent.mkdir(exist_ok=True)
        cache.write_text(json.dumps(keys))
    key_s = time.perf_counter() - started
    started = time.perf_counter()
    index = ClaimIndex()
    for claim_id, key in keys.items():
        index.add(claim_id, key)
    build_s = time.perf_counter() - started

    rng = random.Random(7)
    queries = []
    for claim_id in rng.sample(sorted(keys), args.queries // 2):
        words = texts[claim_id - 1][0].split()
        del words[rng.randrange(len(words))]
        queries.append((" ".join(words).lower(), texts[claim_id - 1][1]))
    queries += held_out[: args.queries - len(queries)]

    threshold = settings().match.join_score
    latencies, agree, compared = [], 0, 0
    for text, language in queries:
        key = match_key(text, language)
        started = time.perf_counter()
        found = index.best(key)
        latencies.append((time.perf_counter() - started) * 1000)
        truth = brute_force_best(key, keys, threshold)
        compared += 1
        agree += (found is None and truth is None) or (
            found is not None and truth is not None and found.score == truth.score
        )
    latencies.sort()
    result = {
        "claims": len(keys),
        "queries": compared,
        "match_p50_ms": round(statistics.median(latencies), 3),
        "match_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 3),
        "match_max_ms": round(latencies[-1], 3),
        "recall_vs_bruteforce": round(agree / compared, 4),
        "keys_s": round(key_s, 1),
        "index_build_s": round(build_s, 2),
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
