"""Our own blind gold: which corpus articles it covers, and the articles written out where the scorer can read them.

The gold files (tests/gold/*.gold.json) quote the statements they annotate, never whole articles: the
articles are materialised from ../shared/corpus at run time, as Markdown with front matter.

    .venv/bin/python bench/owngold.py select              # (once) draw the articles, write tests/gold/selection.json
    .venv/bin/python bench/owngold.py extend --detik 24 --fnc1 12 --batch 2   # (once per batch) draw more
    .venv/bin/python bench/owngold.py materialise OUT     # articles + gold files into OUT, ready for the scorer
    .venv/bin/python bench/owngold.py check               # every gold file well formed, quoting its article
    python3 ../shared/tools/score_extraction.py OUT/*.gold.json -q            # strict speakers
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
SELECTION = GOLD / "selection.json"
SEED = 20261130


def fnc1_bodies() -> Iterator[tuple[str, str]]:
    csv.field_size_limit(10_000_000)
    with (corpora.CORPUS / "fnc1-competition-test" / "competition_test_bodies.csv").open(
        encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle):
            yield row["Body ID"], row["articleBody"]


def select(detik: int, fnc1: int) -> dict:
    """A seeded random draw; two thirds of each corpus for tuning (dev), the rest held out (test)."""
    rng = random.Random(SEED)
    detik_ids = rng.sample([a["id"] for a in corpora.detik_articles()], detik)
    bodies = [body_id for body_id, text in fnc1_bodies() if 400 <= len(text) <= 5000]
    fnc1_ids = rng.sample(bodies, fnc1)
    documents = []
    for corpus, ids in (("detik", detik_ids), ("fnc1", fnc1_ids)):
        cut = round(len(ids) * 2 / 3)
        documents += [
            {"name": f"{corpus}-{i}", "corpus": corpus, "corpus_id": i, "split": "dev" if n < cut else "test"}
            for n, i in enumerate(ids)
        ]
    return {"seed": SEED, "documents": documents}


def extend(detik: int, fnc1: int, batch: int) -> dict:
    """More articles drawn as `select` draws them (seed SEED + batch), none already selected; two thirds dev."""
    current = json.loads(SELECTION.read_text(encoding="utf-8"))
    taken = {(d["corpus"], d["corpus_id"]) for d in current["documents"]}
    rng = random.Random(SEED + batch)
    detik_ids = rng.sample([a["id"] for a in corpora.detik_articles() if ("detik", a["id"]) not in taken], detik)
    bodies = [i for i, text in fnc1_bodies() if 400 <= len(text) <= 5000 and ("fnc1", i) not in taken]
    fnc1_ids = rng.sample(bodies, fnc1)
    for corpus, ids in (("detik", detik_ids), ("fnc1", fnc1_ids)):
        cut = round(len(ids) * 2 / 3)
        current["documents"] += [
            {
                "name": f"{corpus}-{i}",
                "corpus": corpus,
                "corpus_id": i,
                "split": "dev" if n < cut else "test",
                "batch": batch,
            }
            for n, i in enumerate(ids)
        ]
    return current


def selection() -> list[dict]:
    return json.loads(SELECTION.read_text(encoding="utf-8"))["documents"]


def detik_markdown(article: dict) -> str:
    """A Detik article as Markdown with front matter, as claimtrack ingests it."""
    front = {
        "title": article["title"],
        "url": article["url"],
        "outlet": "detikcom",
        "published": article["published"],
        "language": "id",
    }
    return f"---\n{json.dumps(front, ensure_ascii=False)}\n---\n{article['text']}\n"


def fnc1_markdown(body_id: str, text: str) -> str:
    """An FNC-1 body as Markdown with front matter (it has no title of its own)."""
    return f"---\n{json.dumps({'title': f'FNC-1 body {body_id}', 'language': 'en'})}\n---\n{text}\n"


def articles(split: str | None = None) -> Iterator[tuple[dict, str]]:
    """(selection entry, article as Markdown with front matter) for the selected documents of `split` (all if None)."""
    wanted = [d for d in selection() if split in (None, d["split"])]
    detik = {a["id"]: a for a in corpora.detik_articles()} if any(d["corpus"] == "detik" for d in wanted) else {}
    fnc1 = dict(fnc1_bodies()) if any(d["corpus"] == "fnc1" for d in wanted) else {}
    for entry in wanted:
        if entry["corpus"] == "detik":
            yield entry, detik_markdown(detik[entry["corpus_id"]])
        else:
            yield entry, fnc1_markdown(entry["corpus_id"], fnc1[entry["corpus_id"]])


def materialise(out: Path, split: str | None = None, *, with_gold: bool = True) -> list[Path]:
    """Write the articles (and, beside them, their gold files) into `out`; the gold files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for entry, markdown in articles(split):
        (out / f"{entry['name']}.md").write_text(markdown, encoding="utf-8")
        gold = GOLD / f"{entry['name']}.gold.json"
        if with_gold and gold.exists():
            shutil.copy(gold, out / gold.name)
            written.append(out / gold.name)
    return written


KINDS = {"person", "organization", "group", "circulating", "unknown"}


def problems(gold_path: Path, article: str) -> list[str]:
    """What is wrong with one gold file: bad fields, contents not quoted from the article, dangling links."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    flat = " ".join(article.split())
    found, ids = [], set()
    for statement in gold.get("statements", []):
        where = f"{gold_path.name} {statement.get('id')}"
        if statement.get("id") in ids:
            found.append(f"{where}: id repeated")
        ids.add(statement.get("id"))
        speaker = statement.get("speaker")
        if not isinstance(speaker, list) or not speaker:
            found.append(f"{where}: speaker must be a non-empty list")
        if statement.get("speaker_kind") not in KINDS:
            found.append(f"{where}: speaker_kind {statement.get('speaker_kind')!r}")
        if statement.get("quote") not in ("direct", "indirect", "mixed"):
            found.append(f"{where}: quote {statement.get('quote')!r}")
        if statement.get("stance") not in ("assert", "deny"):
            found.append(f"{where}: stance {statement.get('stance')!r}")
        if not isinstance(statement.get("checkworthy"), bool):
            found.append(f"{where}: checkworthy must be true or false")
        content = " ".join(str(statement.get("content", "")).split())
        if not content or content not in flat:
            found.append(f"{where}: content is not quoted verbatim from the article: {content[:60]!r}")
    for link in gold.get("links", []):
        if (
            link.get("from") not in ids
            or link.get("to") not in ids
            or link.get("relation") not in ("contradicts", "supports")
        ):
            found.append(f"{gold_path.name}: bad link {link}")
    return found


def check() -> int:
    texts = {entry["name"]: markdown for entry, markdown in articles()}
    count, found = 0, []
    for path in sorted(GOLD.glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        if name not in texts:
            found.append(f"{path.name}: not in selection.json")
            continue
        count += 1
        found += problems(path, texts[name])
    for line in found:
        print(line)
    print(f"{count} gold files checked, {len(found)} problems")
    return 1 if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("select")
    draw.add_argument("--detik", type=int, default=48)
    draw.add_argument("--fnc1", type=int, default=24)
    more = commands.add_parser("extend", help="draw more articles (a new batch) into selection.json")
    more.add_argument("--detik", type=int, required=True)
    more.add_argument("--fnc1", type=int, required=True)
    more.add_argument("--batch", type=int, required=True)
    write = commands.add_parser("materialise")
    write.add_argument("out", type=Path)
    write.add_argument("--split", choices=("dev", "test"))
    write.add_argument("--no-gold", action="store_true", help="the articles only (for annotators)")
    commands.add_parser("check", help="the gold files are well formed and quote their articles")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    if args.command == "select":
        if SELECTION.exists():
            print(f"{SELECTION} exists: the draw is made once", file=sys.stderr)
            return 1
        GOLD.mkdir(parents=True, exist_ok=True)
        SELECTION.write_text(json.dumps(select(args.detik, args.fnc1), indent=1) + "\n", encoding="utf-8")
        return 0
    if args.command == "extend":
        if any(d.get("batch") == args.batch for d in selection()):
            print(f"batch {args.batch} is drawn already", file=sys.stderr)
            return 1
        SELECTION.write_text(json.dumps(extend(args.detik, args.fnc1, args.batch), indent=1) + "\n", encoding="utf-8")
        return 0
    if args.command == "check":
        return check()
    written = materialise(args.out, args.split, with_gold=not args.no_gold)
    print(f"{len(written)} gold files and their articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
