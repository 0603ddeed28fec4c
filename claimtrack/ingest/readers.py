"""Readers for every input claimtrack accepts: text, Markdown with front matter, JSON Lines, HTML, stdin.

Each reader yields one item per article: a prepared Document, or an IngestError that names what went
wrong (a broken JSON line, an unreadable file) so the caller can report it and carry on.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from claimtrack.config import settings
from claimtrack.ingest.decode import decode
from claimtrack.ingest.document import Document, IngestError
from claimtrack.ingest.html import html_to_article
from claimtrack.ingest.prepare import hard_wrapped, prepare
from claimtrack.textutil import one_line

Item = Document | IngestError
METADATA_KEYS = ("title", "outlet", "url", "language", "published", "dateline", "credit")
_ALIASES = {"lang": "language", "date": "published", "published_at": "published", "source": "outlet",
            "link": "url", "wire": "credit", "wire_credit": "credit", "body": "text", "content": "text"}
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKDOWN_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", re.MULTILINE), ""),
)


def _normalise_keys(data: dict) -> dict:
    out = {}
    for key, value in data.items():
        key = _ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
        out[key] = value
    return out


def _metadata(data: dict, defaults: dict) -> dict:
    """The article's own metadata, with `defaults` (from the command line) filling what it lacks."""
    meta = {key: value for key, value in defaults.items() if key in METADATA_KEYS and value not in (None, "", "auto")}
    meta.update({key: data[key] for key in METADATA_KEYS if data.get(key) not in (None, "")})
    for key, value in meta.items():
        if not isinstance(value, (str, int, float, date)):
            raise IngestError(f"{key!r} must be text, not {type(value).__name__}")
    for key in ("title", "outlet", "url", "dateline", "credit", "language"):
        if key in meta:
            meta[key] = one_line(str(meta[key]))  # metadata reaches tables and reports: one inert line
    return meta


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fence, body = match.group(1), match.group(2)
    try:
        if fence == "+++":
            data = tomllib.loads(body)
        else:
            import yaml

            data = yaml.load(body, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # libyaml when built in
    except Exception as exc:  # yaml and toml raise many types; all mean the same to the user
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IngestError(f"{name}: front matter is not valid {'TOML' if fence == '+++' else 'YAML'} ({first})") from exc
    if not isinstance(data, dict):
        raise IngestError(f"{name}: front matter must be key: value pairs")
    return _normalise_keys(data), text[match.end():]


def _markdown_to_text(text: str) -> str:
    for pattern, replacement in _MARKDOWN_INLINE:
        text = pattern.sub(replacement, text)
    return text


def _check_length(text: str) -> None:
    limit = settings().ingest.max_article_chars
    if len(text) > limit:
        raise IngestError(f"{len(text):,} characters is over the {limit:,}-character limit for one article "
                          "(ingest.max_article_chars in the config)")


def read_text(text: str, name: str, defaults: dict, *, markdown: bool = False) -> Document:
    front, body = split_front_matter(text, name)
    _check_length(body)
    if markdown:
        body = _markdown_to_text(body)
    return prepare(body, origin=name, soft_wrapped=markdown and hard_wrapped(body), **_metadata(front, defaults))


def read_jsonl(text: str, name: str, defaults: dict) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"{where}: not valid JSON ({exc.msg.removesuffix(' starting at')} at column {exc.colno})")
            continue
        except RecursionError:
            yield IngestError(f"{where}: JSON nested too deeply")
            continue
        if not isinstance(record, dict):
            yield IngestError(f"{where}: each line must be a JSON object with a \"text\" field")
            continue
        record = _normalise_keys(record)
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(f"{where}: no \"text\" field with the article")
            continue
        try:
            _check_length(body)
            yield prepare(body, origin=where, title_on_first_line=not record.get("title"), **_metadata(record, defaults))
        except IngestError as exc:
            yield IngestError(f"{where}: {exc}")


def read_html(text: str, name: str, defaults: dict) -> Document:
    article = html_to_article(text)
    _check_length(article["text"])
    meta = {key: value for key, value in article.items() if key != "text"}
    return prepare(article["text"], origin=name, title_on_first_line=not meta.get("title"), **_metadata(meta, defaults))


def _kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("html", "htm", "xhtml"):
        return "html"
    if suffix in ("md", "markdown"):
        return "markdown"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def read_bytes(data: bytes, name: str, defaults: dict | None = None) -> Iterator[Item]:
    """Every article in one file's bytes (JSON Lines hold many; other formats one)."""
    defaults = defaults or {}
    try:
        text = decode(data, name)
        if not text.strip():
            raise IngestError(f"{name}: empty file, nothing to ingest")
        kind = _kind(name, text)
        if kind == "jsonl":
            yield from read_jsonl(text, name, defaults)
        elif kind == "html":
            yield read_html(text, name, defaults)
        else:
            yield read_text(text, name, defaults, markdown=kind == "markdown")
    except IngestError as exc:
        yield exc if str(exc).startswith(name) else IngestError(f"{name}: {exc}")


def files_under(folder: Path) -> list[Path]:
    """The article files in a folder and its subfolders, in name order; other files are skipped."""
    extensions = {f".{e.lower()}" for e in settings().ingest.extensions}
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in extensions and not p.name.startswith("."))


def read_path(path: Path | str, defaults: dict | None = None) -> Iterator[Item]:
    path = Path(path)
    name = one_line(str(path))  # a file name can hold escape sequences too
    if str(path) == "-":
        yield from read_stdin(defaults)
        return
    try:
        if path.is_dir():
            files = files_under(path)
            if not files:
                yield IngestError(f"{name}: no articles in this folder ({', '.join(settings().ingest.extensions)})")
            for file in files:
                yield from read_path(file, defaults)
            return
        if not path.exists():
            yield IngestError(f"{name}: no such file or folder")
            return
        limit = settings().ingest.max_bytes
        size = path.stat().st_size
        if size > limit:
            yield IngestError(f"{name}: {size:,} bytes is over the {limit:,}-byte limit (ingest.max_bytes in the config)")
            return
        with path.open("rb") as handle:  # bounded: a pipe or device reports no size and may never end
            data = handle.read(limit + 1)
    except OSError as exc:
        yield IngestError(f"{name}: cannot read ({exc.strerror or exc})")
        return
    if len(data) > limit:
        yield IngestError(f"{name}: more than the {limit:,}-byte limit (ingest.max_bytes in the config)")
        return
    yield from read_bytes(data, name, defaults)


def read_stdin(defaults: dict | None = None) -> Iterator[Item]:
    limit = settings().ingest.max_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        yield IngestError(f"stdin: more than the {limit:,}-byte limit (ingest.max_bytes in the config)")
        return
    yield from read_bytes(data, "stdin", defaults)


def read_paths(paths: Iterable[Path | str], defaults: dict | None = None) -> Iterator[Item]:
    for path in paths:
        for item in read_path(path, defaults):
            # messages quote the input (a YAML error shows the offending text): make them one inert line
            yield IngestError(one_line(str(item))) if isinstance(item, IngestError) else item
