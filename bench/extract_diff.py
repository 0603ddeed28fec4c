"""What a change to extraction changed: `extract` over the tuning and test corpora, dumped, then two dumps compared.

Every rule in docs/extraction.md says which statements it changed in `extract --json` of PolNeAR train/dev/test, FNC-1's
904 bodies and the Detik 1,000, each change read. This writes those dumps (speaker, cue, content, stance of every
statement; bench/.cache/dumps/NAME/, never the articles) and lists the statements whose speaker changed, appeared or
vanished between two of them, keyed by cue and content:

    .venv/bin/python bench/extract_diff.py dump before      # at the old code
    .venv/bin/python bench/extract_diff.py dump after       # at the new code
    .venv/bin/python bench/extract_diff.py diff before after [polnear|fnc1|detik …]
    .venv/bin/python bench/extract_diff.py claims before after [polnear|fnc1|detik …]   # claims made or gone
    .venv/bin/python bench/extract_diff.py links before after [polnear|fnc1|detik …]    # links within a document
    .venv/bin/python bench/extract_diff.py dump --full NAME   # every field of every statement: `cmp` two such dumps
                                                              # to show a refactor or a speed-up changed nothing

PolNeAR is read through ../shared/tools/corpus_to_gold.py (into a temporary folder). Skips, exit 0, when ../shared is
absent. About 80 s a dump on the 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402
import owngold  # noqa: E402

DUMPS = Path(__file__).parent / ".cache" / "dumps"
TOOLS = corpora.SHARED / "tools"
FIELDS = ("speaker", "cue", "content", "stance", "quote")


def _record(key: str, extraction, full: bool = False) -> str:
    from claimtrack.tracking.claim_rules import claim_worthy

    if full:  # every field of every statement and link, the document's metadata without its text
        record = extraction.to_dict(with_text=False)
        record["source"].pop("origin", None)  # a temporary file's path, new on each run
        return json.dumps({"doc": key, **record}, ensure_ascii=False, sort_keys=True)

    statements = [{k: getattr(s, k) for k in FIELDS} for s in extraction.statements]
    claims = [p.text for s in extraction.statements for _, p in claim_worthy(s)]
    by_id = {s.id: s for s in extraction.statements}
    links = [
        [link.relation, *(f"{by_id[i].speaker}: {by_id[i].content[:100]}" for i in (link.source, link.target))]
        for link in extraction.links
    ]
    return json.dumps({"doc": key, "statements": statements, "claims": claims, "links": links}, ensure_ascii=False)


def _polnear() -> Iterator[tuple[str, Path]]:
    with tempfile.TemporaryDirectory() as tmp:
        for split in ("train", "dev", "test"):
            out = Path(tmp) / split
            subprocess.run(
                [sys.executable, str(TOOLS / "corpus_to_gold.py"), "polnear", split, str(out)],
                check=True,
                capture_output=True,
            )
            for path in sorted(out.glob("*.txt")):
                yield f"{split}/{path.stem}", path


def dump(name: str, full: bool = False) -> None:
    from claimtrack.extract import extract
    from claimtrack.ingest import read_path

    out = DUMPS / name
    out.mkdir(parents=True, exist_ok=True)
    with (out / "polnear.jsonl").open("w", encoding="utf-8") as handle:
        for key, path in _polnear():
            for document in read_path(path):
                handle.write(_record(key, extract(document), full) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.md"
        with (out / "fnc1.jsonl").open("w", encoding="utf-8") as handle:
            for body_id, text in owngold.fnc1_bodies():
                path.write_text(owngold.fnc1_markdown(body_id, text), encoding="utf-8")
                handle.write(_record(body_id, extract(next(iter(read_path(path)))), full) + "\n")
        with (out / "detik.jsonl").open("w", encoding="utf-8") as handle:
            for article in corpora.detik_articles():
                path.write_text(owngold.detik_markdown(article), encoding="utf-8")
                handle.write(_record(str(article["id"]), extract(next(iter(read_path(path)))), full) + "\n")
    print(f"dumped to {out}")


def diff(before: str, after: str, names: list[str]) -> None:
    for corpus in names or ["polnear", "fnc1", "detik"]:
        old = [json.loads(line) for line in (DUMPS / before / f"{corpus}.jsonl").open(encoding="utf-8")]
        new = [json.loads(line) for line in (DUMPS / after / f"{corpus}.jsonl").open(encoding="utf-8")]
        changes = 0
        for a, b in zip(old, new, strict=True):
            if Counter(map(json.dumps, a["statements"])) == Counter(map(json.dumps, b["statements"])):
                continue
            was = {(s["cue"], s["content"]): s["speaker"] for s in a["statements"]}
            now = {(s["cue"], s["content"]): s["speaker"] for s in b["statements"]}
            for key in sorted(set(was) | set(now), key=str):
                if was.get(key, "∅") != now.get(key, "∅"):
                    changes += 1
                    moved = f"{was.get(key, '∅')!r} -> {now.get(key, '∅')!r}"
                    print(f"{corpus} {a['doc']}: {moved} | {key[0]} | {key[1][:110]!r}")
        print(f"== {corpus}: {changes} changes")


def claim_diff(before: str, after: str, names: list[str]) -> None:
    """The claims (claim-worthy propositions' wordings) made or no longer made between two dumps."""
    for corpus in names or ["polnear", "fnc1", "detik"]:
        old = [json.loads(line) for line in (DUMPS / before / f"{corpus}.jsonl").open(encoding="utf-8")]
        new = [json.loads(line) for line in (DUMPS / after / f"{corpus}.jsonl").open(encoding="utf-8")]
        gone = made = 0
        for a, b in zip(old, new, strict=True):
            was, now = Counter(a.get("claims", [])), Counter(b.get("claims", []))
            for text in sorted((was - now).elements()):
                gone += 1
                print(f"{corpus} {a['doc']}: - {text[:140]!r}")
            for text in sorted((now - was).elements()):
                made += 1
                print(f"{corpus} {a['doc']}: + {text[:140]!r}")
        print(f"== {corpus}: {gone} claims gone, {made} made")


def link_diff(before: str, after: str, names: list[str]) -> None:
    """The links between statements of one document (what a denial answers, what a confirmation supports) made or no
    longer made between two dumps (dumps older than the links in them count none)."""
    for corpus in names or ["polnear", "fnc1", "detik"]:
        old = [json.loads(line) for line in (DUMPS / before / f"{corpus}.jsonl").open(encoding="utf-8")]
        new = [json.loads(line) for line in (DUMPS / after / f"{corpus}.jsonl").open(encoding="utf-8")]
        gone = made = 0
        for a, b in zip(old, new, strict=True):
            was, now = Counter(map(tuple, a.get("links", []))), Counter(map(tuple, b.get("links", [])))
            for sign, changed in (("-", was - now), ("+", now - was)):
                for relation, source, target in sorted(changed.elements()):
                    gone, made = gone + (sign == "-"), made + (sign == "+")
                    print(f"{corpus} {a['doc']}: {sign} {relation}\n    {source!r}\n    -> {target!r}")
        print(f"== {corpus}: {gone} links gone, {made} made")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("name")
    dumping.add_argument(
        "--full", action="store_true", help="every field of every statement (for changes that must change nothing)"
    )
    for command in ("diff", "claims", "links"):  # speakers changed; claims made or gone; links made or gone
        compare = commands.add_parser(command)
        compare.add_argument("before")
        compare.add_argument("after")
        compare.add_argument("corpora", nargs="*", help="polnear, fnc1, detik (all when none is given)")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found (the corpora live outside the project)")
        return 0
    if args.command == "dump":
        dump(args.name, args.full)
    elif set(args.corpora) - {"polnear", "fnc1", "detik"}:
        print(f"error: unknown corpus: {' '.join(sorted(set(args.corpora) - {'polnear', 'fnc1', 'detik'}))}")
        return 2
    elif args.command == "claims":
        claim_diff(args.before, args.after, args.corpora)
    elif args.command == "links":
        link_diff(args.before, args.after, args.corpora)
    else:
        diff(args.before, args.after, args.corpora)
    return 0


if __name__ == "__main__":
    sys.exit(main())
