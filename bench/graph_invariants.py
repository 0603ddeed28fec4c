"""Invariants of the speaker graph after ingesting the 1,000 Detik articles: what a wrong speaker looks like, counted.

    .venv/bin/python bench/graph_invariants.py [--db PATH] [--keep] [--list N]

Counts (each should be 0 unless said otherwise):
- statements credited to an actor none of whose names (canonical or alias) occurs in the statement's article;
- aliases that are a cue word, pronoun, honorific or function word on its own;
- actor names that start with a conjunction, sentence adverb or honorific, or with a one-letter initial that
  is the last letter of an acronym ("(DEN). Luhut" → "N. Luhut");
- person actors whose name contains "Prabowo" (should be 1; other people with the name are listed below);
- actors per 1,000 articles (reported, compared before and after).

The word lists below are the test's own, written from Indonesian and English grammar, not read from the
lexicon the extractor uses: a word missing from the lexicon must still be caught here.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402
from ingest_speed import write_articles  # noqa: E402

CUE_WORDS = {
    "kata",
    "katanya",
    "ujar",
    "ujarnya",
    "ucap",
    "ucapnya",
    "tutur",
    "tuturnya",
    "jelas",
    "jelasnya",
    "tegas",
    "tegasnya",
    "ungkap",
    "ungkapnya",
    "sebut",
    "sebutnya",
    "imbuh",
    "imbuhnya",
    "tambah",
    "tambahnya",
    "beber",
    "bebernya",
    "terang",
    "terangnya",
    "lanjut",
    "lanjutnya",
    "pungkas",
    "pungkasnya",
    "papar",
    "paparnya",
    "menurut",
    "menurutnya",
    "said",
    "says",
    "told",
    "added",
    "according",
    "stated",
    "explained",
}
PRONOUNS = {
    "ia",
    "dia",
    "beliau",
    "mereka",
    "kami",
    "kita",
    "saya",
    "aku",
    "nya",
    "dirinya",
    "pihaknya",
    "he",
    "she",
    "they",
    "we",
    "i",
    "it",
    "him",
    "her",
    "them",
}
HONORIFICS = {
    "pak",
    "bu",
    "bapak",
    "ibu",
    "mas",
    "mbak",
    "bang",
    "kak",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "sir",
    "dr",
    "dr.",
}
FUNCTION_WORDS = {
    "yang",
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "itu",
    "ini",
    "tersebut",
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "to",
    "report",
    "photos",
    "of voters",
}
SENTENCE_OPENERS = {  # conjunctions and sentence adverbs that open a sentence before a name, by language
    "id": {
        "namun",
        "tetapi",
        "tapi",
        "sementara",
        "sedangkan",
        "selain",
        "awalnya",
        "mulanya",
        "kemudian",
        "selanjutnya",
        "sebelumnya",
        "sesudahnya",
        "setelahnya",
        "bahkan",
        "akhirnya",
        "karena",
        "meski",
        "meskipun",
        "walaupun",
        "jika",
        "kalau",
        "apabila",
        "adapun",
        "oleh",
        "dengan",
        "saat",
        "ketika",
        "sejak",
        "dalam",
        "menurut",
        "sebab",
        "maka",
        "padahal",
        "lebih",
        "juga",
        "pun",
        "sehingga",
        "hasilnya",
        "intinya",
    },
    "en": {
        "however",
        "meanwhile",
        "but",
        "and",
        "also",
        "then",
        "when",
        "while",
        "although",
        "though",
        "because",
        "after",
        "before",
        "since",
        "if",
        "still",
        "yet",
        "so",
        "later",
        "earlier",
    },
}
# People whose names hold "Prabowo" and who are not Prabowo Subianto (the police chief Listyo Sigit Prabowo)
OTHER_PRABOWOS = {"Listyo Sigit Prabowo"}
_INITIAL = re.compile(r"^([A-Z])\.\s")


def ingest(db: Path) -> None:
    claimtrack = Path(sys.executable).with_name("claimtrack")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_articles(folder, 1000)
        run = subprocess.run(
            [str(claimtrack), "--db", str(db), "ingest", str(folder), "--quiet"], capture_output=True, text=True
        )
        if run.returncode not in (0, 1):
            raise SystemExit(run.stderr[-2000:])


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def invariants(db: Path, show: int = 0) -> dict:
    connection = sqlite3.connect(db)
    names: dict[int, set[str]] = {}
    kinds: dict[int, str] = {}
    for actor_id, name, kind in connection.execute("SELECT id, name, kind FROM actor"):
        names.setdefault(actor_id, set()).add(name)
        kinds[actor_id] = kind
    aliases = connection.execute("SELECT actor_id, alias FROM alias").fetchall()
    for actor_id, alias in aliases:
        names.setdefault(actor_id, set()).add(alias)
    texts = dict(connection.execute("SELECT id, text FROM source"))
    titles = dict(connection.execute("SELECT id, title FROM source"))
    padded = {source_id: _words(text + " " + titles[source_id]) for source_id, text in texts.items()}
    absent = []
    for _statement_id, source_id, actor_id, mention, content in connection.execute(
        "SELECT id, source_id, actor_id, speaker_mention, content FROM statement WHERE actor_id IS NOT NULL"
    ):
        if not any(_words(n) in padded[source_id] for n in names[actor_id] if n.strip()):
            canonical = connection.execute("SELECT name FROM actor WHERE id = ?", (actor_id,)).fetchone()[0]
            absent.append(f"source {source_id}: {canonical!r} (mention {mention!r}): {content[:70]}")
    junk_words = CUE_WORDS | PRONOUNS | HONORIFICS | FUNCTION_WORDS
    canonical_words = {
        actor_id: set(_words(name).split())
        for actor_id, name, _ in connection.execute("SELECT id, name, kind FROM actor")
    }
    # a junk word is a fine alias when it is a word of the actor's own name ("Said" of "Said Iqbal")
    junk_aliases = sorted(
        {
            alias
            for actor_id, alias in aliases
            if alias.casefold().strip(" .") in junk_words | {w.rstrip(".") for w in junk_words}
            and alias.casefold().strip(" .") not in canonical_words[actor_id]
        }
    )
    bad_starts = []
    for actor_id in names:
        name = connection.execute("SELECT name FROM actor WHERE id = ?", (actor_id,)).fetchone()[0]
        first = name.split()[0].casefold().strip(",.") if name.split() else ""
        initial = _INITIAL.match(name)
        from_acronym = False
        if initial:
            pattern = re.compile(r"[A-Z]" + re.escape(name[:2]) + r"?\s*" + re.escape(name[2:].strip()))
            from_acronym = any(
                pattern.search(texts[s])
                for (s,) in connection.execute(
                    "SELECT DISTINCT source_id FROM statement WHERE actor_id = ?", (actor_id,)
                )
            )
        honorific = kinds[actor_id] == "person" and (first in HONORIFICS or first.rstrip(".") in HONORIFICS)
        languages = {
            language
            for (language,) in connection.execute(
                "SELECT DISTINCT source.language FROM statement JOIN source ON source.id = statement.source_id "
                "WHERE statement.actor_id = ?",
                (actor_id,),
            )
        }
        opener = any(first in SENTENCE_OPENERS.get(language, set()) for language in languages)
        if opener or honorific or from_acronym:
            bad_starts.append(name)
    prabowo = sorted(
        name
        for actor_id, name in connection.execute("SELECT id, name FROM actor WHERE kind = 'person'")
        if "prabowo" in name.casefold()
    )
    prabowo_other = sorted(
        name
        for actor_id, name in connection.execute("SELECT id, name FROM actor WHERE kind != 'person'")
        if "prabowo" in name.casefold()
    )
    sources = len(texts)
    result = {
        "articles": sources,
        "actors": len(kinds),
        "actors_per_1000_articles": round(1000 * len(kinds) / sources, 1) if sources else 0,
        "statements": connection.execute("SELECT count(*) FROM statement").fetchone()[0],
        "statements_without_actor": connection.execute(
            "SELECT count(*) FROM statement WHERE actor_id IS NULL"
        ).fetchone()[0],
        "statements_credited_to_absent_actor": len(absent),
        "junk_aliases": len(junk_aliases),
        "actor_names_with_bad_start": len(bad_starts),
        "prabowo_person_actors": len(set(prabowo) - OTHER_PRABOWOS),
    }
    if show:
        print("absent:", *absent[:show], sep="\n  ")
        print("junk aliases:", junk_aliases[:show])
        print("bad starts:", sorted(bad_starts)[:show])
        print("prabowo persons:", prabowo, "others:", prabowo_other)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database to count (else the Detik 1,000 are ingested)")
    parser.add_argument("--keep", type=Path, help="ingest into this file and keep it")
    parser.add_argument("--list", type=int, default=0, help="show up to N examples of each problem")
    args = parser.parse_args()
    if args.db is None and not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    if args.db is not None:
        print(json.dumps(invariants(args.db, args.list), indent=1))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "detik.db"
        if db.exists():
            db.unlink()
        ingest(db)
        print(json.dumps(invariants(db, args.list), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
