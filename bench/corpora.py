"""Real text for benchmarks, read from ../shared/corpus (never copied into the project)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def available() -> bool:
    return CORPUS.is_dir()


def detik_articles() -> Iterator[dict]:
    """The 1,000 Detik articles: {"id", "title", "url", "published", "text"}."""
    csv.field_size_limit(10_000_000)
    with (CORPUS / "id-news-detik-1000" / "data_berita.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            month, day, year = row["tanggal"].split()[0].split("/")
            yield {
                "id": row["id"],
                "title": row["judul"],
                "url": row["tautan"],
                "published": f"{year}-{int(month):02d}-{int(day):02d}",
                "text": row["isi_berita"],
            }


def liar_statements() -> Iterator[tuple[str, str, str]]:
    """(label, statement, speaker slug) for every LIAR row."""
    for split in ("train", "valid", "test"):
        with (CORPUS / "liar" / f"{split}.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 5:
                    yield row[1], row[2], row[4]


def hoax_rows() -> Iterator[tuple[str, str]]:
    with (CORPUS / "id-hoax-bdc2020" / "Data_latih.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield row["judul"].strip(), row["narasi"].strip()


def polnear_texts(split: str = "train") -> Iterator[tuple[str, str]]:
    for path in sorted((CORPUS / "polnear" / split / "text").glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


def sentences(text: str, min_words: int = 6, max_words: int = 40) -> Iterator[str]:
    for sentence in _SENTENCE.split(text):
        sentence = " ".join(sentence.split())
        if min_words <= len(sentence.split()) <= max_words:
            yield sentence


def claim_texts(limit: int) -> list[tuple[str, str]]:
    """Up to `limit` (text, language) claim-like sentences from LIAR, the hoax set, Detik and PolNeAR,
    topped up with varied copies (one word dropped) when the corpora run out."""
    out: list[tuple[str, str]] = []
    out += [(statement, "en") for _, statement, _ in liar_statements()]
    out += [(judul, "id") for judul, _ in hoax_rows() if judul]
    for article in detik_articles():
        out += [(s, "id") for s in sentences(article["text"])]
    for _, text in polnear_texts():
        out += [(s, "en") for s in sentences(text)]
    base = list(dict.fromkeys(out))
    out = list(base)
    drop = 0
    while len(out) < limit:
        for text, language in base:
            words = text.split()
            if len(words) > 6:
                position = (drop * 7 + len(words)) % len(words)
                out.append((" ".join(words[:position] + words[position + 1 :]), language))
                if len(out) >= limit:
                    break
        drop += 1
    return out[:limit]
