"""Readers for every input claimtrack accepts: text, Markdown with front matter, JSON Lines, HTML, stdin.

Each reader yields one item per article: a prepared Document, or an IngestError that names what went
wrong (a broken JSON line, an unreadable file) so the caller can report it and carry on.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import select
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claimtrack.config import settings
from claimtrack.ingest.decode import decode
from claimtrack.ingest.document import Document, IngestError
from claimtrack.ingest.html import html_to_article
from claimtrack.ingest.prepare import hard_wrapped, prepare
from claimtrack.ingest.sniff import HEAD_BYTES, not_text, refusal
from claimtrack.textutil import one_line

Item = Document | IngestError
METADATA_KEYS = ("title", "outlet", "url", "language", "published", "dateline", "credit")
_ALIASES = {
    "lang": "language",
    "date": "published",
    "published_at": "published",
    "source": "outlet",
    "link": "url",
    "wire": "credit",
    "wire_credit": "credit",
    "body": "text",
    "content": "text",
}
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
        raise IngestError(
            f"{name}: front matter is not valid {'TOML' if fence == '+++' else 'YAML'} ({first})"
        ) from exc
    if not isinstance(data, dict):
        raise IngestError(f"{name}: front matter must be key: value pairs")
    return _normalise_keys(data), text[match.end() :]


def _markdown_to_text(text: str) -> str:
    for pattern, replacement in _MARKDOWN_INLINE:
        text = pattern.sub(replacement, text)
    return text


def _check_length(text: str) -> None:
    limit = settings().ingest.max_article_chars
    if len(text) > limit:
        raise IngestError(
            f"{len(text):,} characters is over the {limit:,}-character limit for one article "
            "(ingest.max_article_chars in the config)"
        )


def read_text(text: str, name: str, defaults: dict, *, markdown: bool = False) -> Document:
    front, body = split_front_matter(text, name)
    _check_length(body)
    if markdown:
        body = _markdown_to_text(body)
    return prepare(body, origin=name, soft_wrapped=markdown and hard_wrapped(body), **_metadata(front, defaults))


# --- JSON Lines: one article per line, split on "\n" only -------------------------------------------------------
# JSON text may hold U+2028, U+0085 and other characters str.splitlines() breaks on; a JSON Lines file is split on
# "\n" alone (a "\r" before it is dropped), so every record stays whole and every line keeps the file's number.
_UNIT_LINES = 16  # lines a worker takes at a time
_UNIT_BYTES = 1_000_000  # ... or fewer, when they are long


def json_line(text: str, where: str, defaults: dict) -> Item | None:
    """The article on one JSON line (None for a blank line), or an IngestError naming the line."""
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return IngestError(f"{where}: not valid JSON ({exc.msg.removesuffix(' starting at')} at column {exc.colno})")
    except RecursionError:
        return IngestError(f"{where}: JSON nested too deeply")
    if not isinstance(record, dict):
        return IngestError(f'{where}: each line must be a JSON object with a "text" field')
    record = _normalise_keys(record)
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return IngestError(f'{where}: no "text" field with the article')
    try:
        _check_length(body)
        return prepare(body, origin=where, title_on_first_line=not record.get("title"), **_metadata(record, defaults))
    except IngestError as exc:
        return IngestError(f"{where}: {exc}")


def read_jsonl(text: str, name: str, defaults: dict) -> Iterator[Item]:
    """JSON Lines already decoded (stdin, a UTF-16 file): the same lines a file streams."""
    for number, line in enumerate(text.split("\n"), start=1):
        item = json_line(line.removesuffix("\r"), f"{name}:{number}", defaults)
        if item is not None:
            yield item


def _line_text(raw: bytes, where: str) -> str:
    """One line's bytes as text: UTF-8 as JSON requires, else what `decode` makes of it (or its refusal)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode(raw, where)


@dataclass(frozen=True)
class Unit:
    """A piece of input that one worker reads, prepares and extracts: a whole file, or a run of JSON Lines from one.
    A line's bytes are read here; one over the size limit arrives as its error."""

    name: str
    path: str = ""
    lines: tuple[tuple[int, bytes | IngestError], ...] = ()

    @property
    def articles(self) -> int:
        return len(self.lines) if self.lines else 1


def read_unit(unit: Unit, defaults: dict | None = None) -> list[Item]:
    """Every article in a unit, in order: documents, and an IngestError for each thing that could not be read."""
    defaults = defaults or {}
    if not unit.lines:
        return [_named(item) for item in _read_whole(unit.path, defaults)]
    items: list[Item] = []
    for number, raw in unit.lines:
        where = f"{unit.name}:{number}"
        if isinstance(raw, IngestError):
            items.append(raw)
            continue
        try:
            item = json_line(_line_text(raw, where), where, defaults)
        except IngestError as exc:
            item = exc
        if item is not None:
            items.append(_named(item))
    return items


def _named(item: Item) -> Item:
    """Messages quote the input (a YAML error shows the offending text): one inert line."""
    return IngestError(one_line(str(item))) if isinstance(item, IngestError) else item


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


class _Pipe(io.FileIO):
    """A pipe or FIFO whose reads wait for data at most half a second at a time. Python's Ctrl+C handler only sets a
    flag, which the interpreter checks between bytecodes: a Ctrl+C that lands after the last check and before read(2)
    starts is never seen while read(2) blocks, and ingest would wait on an idle pipe with Ctrl+C swallowed. A bounded
    select(2) comes back to Python code, which raises the KeyboardInterrupt."""

    def readinto(self, buffer: Any) -> int | None:
        while not select.select([self], [], [], 0.5)[0]:
            pass
        return super().readinto(buffer)


def _open_input(path: Path, piped: bool) -> io.BufferedReader:
    return io.BufferedReader(_Pipe(path)) if piped and os.name == "posix" else path.open("rb")


def _json_line_units(path: Path, name: str) -> Iterator[Unit]:
    """A JSON Lines file, streamed: runs of lines with their numbers in the file; a line over the size limit is
    skipped to its end and becomes an error of its own."""
    limit = settings().ingest.max_bytes
    piped = not path.is_file()
    with _open_input(path, piped) as handle:
        head = handle.peek(HEAD_BYTES)[:HEAD_BYTES]
        refused = refusal(name, head)
        if refused:
            yield Unit(name, lines=((1, IngestError(refused)),))
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield Unit(name, path=str(path))  # UTF-16: read whole, up to the limit
            return
        # from a pipe, each line goes on as it arrives: the next may be a long time coming
        per_run = 1 if piped else _UNIT_LINES
        run: list[tuple[int, bytes | IngestError]] = []
        size = number = articles = 0
        while line := handle.readline(limit + 1):
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                run.append(
                    (
                        number,
                        IngestError(
                            f"{name}:{number}: more than the {limit:,}-byte limit for one article "
                            "(ingest.max_bytes in the config)"
                        ),
                    )
                )
            else:
                if number == 1:
                    line = line.removeprefix(codecs.BOM_UTF8)
                if not line.strip():
                    continue
                run.append((number, line.removesuffix(b"\n").removesuffix(b"\r")))
                size += len(line)
            articles += 1
            if len(run) >= per_run or size >= _UNIT_BYTES:
                yield Unit(name, lines=tuple(run))
                run, size = [], 0
        if run:
            yield Unit(name, lines=tuple(run))
        elif not articles:
            yield Unit(name, lines=((0, IngestError(f"{name}: empty file, nothing to ingest")),))


def units(path: str) -> Iterator[Unit]:
    """The units one input is read in (a folder's files, each in turn): JSON Lines streamed a run of lines at a
    time, whatever their total size; anything else whole."""
    file = Path(path)
    name = one_line(path)  # a file name can hold escape sequences too
    try:
        if path != "-" and file.is_dir():
            found = files_under(file)
            if not found:
                yield Unit(
                    name,
                    lines=(
                        (
                            0,
                            IngestError(
                                f"{name}: no articles in this folder ({', '.join(settings().ingest.extensions)})"
                            ),
                        ),
                    ),
                )
            for each in found:
                yield from units(str(each))
            return
        if path != "-" and _is_jsonl(file) and file.exists():
            yield from _json_line_units(file, name)
            return
    except OSError as exc:
        yield Unit(name, lines=((0, IngestError(f"{name}: cannot read ({exc.strerror or exc})")),))
        return
    yield Unit(name, path=path)


def articles_in(path: str) -> int | None:
    """How many articles an input holds, counted before reading (a JSON Lines file's non-blank lines), or None when
    that cannot be known without reading it (stdin, a pipe)."""
    file = Path(path)
    if path == "-" or (file.exists() and not file.is_file()):
        return None
    if not _is_jsonl(file):
        return 1
    count, blank = 0, True
    try:
        with file.open("rb") as handle:  # in pieces: one line may be longer than memory should hold
            while piece := handle.readline(1 << 20):
                blank = blank and not piece.strip()
                if piece.endswith(b"\n"):
                    count, blank = count + (not blank), True
        return max(count + (not blank), 1)
    except OSError:
        return 1


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
    if not suffix and head.startswith("{"):
        return "jsonl"  # stdin, or a file without an extension, holding JSON Lines
    return "text"


def read_bytes(data: bytes, name: str, defaults: dict | None = None) -> Iterator[Item]:
    """Every article in one file's bytes (JSON Lines hold many; other formats one)."""
    defaults = defaults or {}
    try:
        refused = refusal(name, data[:HEAD_BYTES])
        if refused:
            raise IngestError(refused)
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
    """The files in a folder and its subfolders to read, in name order: articles by their extension, and PDF, Office
    and image files (known by their first bytes) so that each is refused by name; other files are skipped."""
    extensions = {f".{e.lower()}" for e in settings().ingest.extensions}
    found = []
    for path in sorted(folder.rglob("*")):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower() in extensions or _not_text_file(path):
            found.append(path)
    return found


def _not_text_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return not_text(handle.read(HEAD_BYTES)) is not None
    except OSError:
        return False


def _read_whole(path_text: str, defaults: dict) -> Iterator[Item]:
    """One file read whole, up to the size limit: a file of one article (or a UTF-16 JSON Lines file), or stdin."""
    if path_text == "-":
        yield from read_stdin(defaults)
        return
    path = Path(path_text)
    name = one_line(path_text)
    try:
        if not path.exists():
            yield IngestError(f"{name}: no such file or folder")
            return
        limit = settings().ingest.max_bytes
        size = path.stat().st_size
        if size > limit:
            with path.open("rb") as handle:
                refused = refusal(name, handle.read(HEAD_BYTES))
            yield IngestError(
                refused
                or f"{name}: {size:,} bytes is over the {limit:,}-byte limit for one article "
                "(ingest.max_bytes in the config)"
            )
            return
        with path.open("rb") as handle:  # bounded: a pipe or device reports no size and may never end
            data = handle.read(limit + 1)
    except OSError as exc:
        yield IngestError(f"{name}: cannot read ({exc.strerror or exc})")
        return
    if len(data) > limit:
        yield IngestError(
            refusal(name, data[:HEAD_BYTES])
            or f"{name}: more than the {limit:,}-byte limit (ingest.max_bytes in the config)"
        )
        return
    yield from read_bytes(data, name, defaults)


def read_path(path: Path | str, defaults: dict | None = None) -> Iterator[Item]:
    """Every article in a file, folder or stdin ("-"), read as it goes: a JSON Lines file of any size is streamed."""
    for unit in units(str(path)):
        yield from read_unit(unit, defaults)


def read_stdin(defaults: dict | None = None) -> Iterator[Item]:
    limit = settings().ingest.max_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        yield IngestError(f"stdin: more than the {limit:,}-byte limit (ingest.max_bytes in the config)")
        return
    yield from read_bytes(data, "stdin", defaults)


def read_paths(paths: Iterable[Path | str], defaults: dict | None = None) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, defaults)
