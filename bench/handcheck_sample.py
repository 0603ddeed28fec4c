"""The samples a blind hand check judges, drawn reproducibly from a claimtrack database (read-only).

Hand checks (docs/extraction.md; the closing notes of sessions 5-7) have a reader who sees no code judge random
statements, random claims, the top of the triage list, every contradiction and support, and a sample of denials
against the article texts. This prints the ids to judge, drawn as checks 10-13 drew them, so that a check can be
repeated on another database or seed:

    .venv/bin/python bench/handcheck_sample.py --db FILE --seed 2038 [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys


def samples(path: str, seed: int) -> dict[str, list[int]]:
    """Statement, claim and link ids to judge; each random sample from a fresh generator seeded with `seed`."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        statements = [row[0] for row in db.execute("SELECT id FROM statement ORDER BY id")]
        claims = [row[0] for row in db.execute("SELECT id FROM claim ORDER BY id")]
        denials = [row[0] for row in db.execute("SELECT id FROM statement WHERE stance = 'deny' ORDER BY id")]
        return {
            "statements": random.Random(seed).sample(statements, min(30, len(statements))),
            "claims": random.Random(seed).sample(claims, min(30, len(claims))),
            "top_claims": [
                row[0] for row in db.execute("SELECT id FROM claim ORDER BY checkworthiness DESC, id LIMIT 30")
            ],
            "contradicts_links": [
                row[0] for row in db.execute("SELECT id FROM claimlink WHERE relation = 'contradicts' ORDER BY id")
            ],
            "supports_links": [
                row[0] for row in db.execute("SELECT id FROM claimlink WHERE relation = 'supports' ORDER BY id")
            ],
            "denials": random.Random(seed).sample(denials, min(15, len(denials))),
        }
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a claimtrack SQLite database, opened read-only")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        drawn = samples(args.db, args.seed)
    except sqlite3.Error as error:
        print(f"error: {args.db}: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(drawn))
    else:
        for name, ids in drawn.items():
            print(f"{name} ({len(ids)}): {' '.join(map(str, ids))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
