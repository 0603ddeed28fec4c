"""Claims in and out: ClaimReview JSON-LD, CSV and JSON exports, and earlier fact-checks imported as claims.

Imports are liberal: schema.org ClaimReview from any publisher (one object, a list, an @graph, JSON Lines,
JSON-LD inside an HTML page, or Google Fact Check Tools API output), PolitiFact's LIAR TSV, and a simple CSV
(ours or a spreadsheet's). Each verdict becomes a claim with origin "imported", its provenance, a status
from data/statuses.toml (docs/ratings.md) and a match key, so later statements that say the same thing join it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from claimtrack.ratings import BEST_RATING, WORST_RATING, label_key, rating, status_for_label, status_for_value
from claimtrack.store import ClaimView, StatementView, Store, Transaction
from claimtrack.textutil import inert, one_line

FORMATS = ("claimreview", "liar", "csv")
SCHEMA = "https://schema.org"
NO_VERDICT = ("unverified", "in_review")


class InterchangeError(ValueError):
    """A file that cannot be imported or written; the message says which and why."""


# --- writing ---------------------------------------------------------------------------------------------------
def write_atomic(path: Path | str, text: str) -> None:
    """Write the whole text or nothing: a temporary file beside the target, renamed over it.

    The file gets the permissions a plain write would give it (the target's own when it exists, else the
    umask's), not the owner-only mode of mkstemp.
    """
    target = Path(path)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise InterchangeError(f"cannot write {target}: folder {folder} does not exist")
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InterchangeError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise


# --- ClaimReview export -----------------------------------------------------------------------------------------
def _schema_type(kind: str) -> str:
    return "Person" if kind == "person" else "Organization"


def _web_url(url: str) -> str:
    url = one_line(url)
    return url if re.match(r"(?i)https?://[^\s/]", url) else ""


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _verdict_event(view: ClaimView):
    """The audit event that set the claim's current status, if the history is loaded."""
    setting = [e for e in view.history if e.action in ("status", "import") and e.to_status == view.status]
    return setting[-1] if setting else None


def verdict_is_imported(view: ClaimView) -> bool:
    """True when the current verdict is someone else's (imported and not re-reviewed here)."""
    event = _verdict_event(view)
    return event.action == "import" if event is not None else view.origin == "imported"


def _appearance(statement: StatementView) -> dict:
    work: dict = {"@type": "CreativeWork"}
    if _web_url(statement.url):
        work["url"] = _web_url(statement.url)
    if statement.source:
        work["headline"] = inert(statement.source)
    if statement.outlet:
        work["publisher"] = {"@type": "Organization", "name": inert(statement.outlet)}
    if statement.published:
        work["datePublished"] = statement.published.isoformat()
    return work


def claim_review(view: ClaimView, *, publisher_name: str, publisher_url: str = "", review_url: str = "") -> dict | None:
    """One schema.org ClaimReview for a claim with a verdict of ours, else None."""
    verdict = rating(view.status)
    if not verdict.is_verdict or verdict_is_imported(view):
        return None
    author: dict = {"@type": "Organization", "name": publisher_name}
    if publisher_url:
        author["url"] = publisher_url
    item: dict = {"@type": "Claim"}
    asserting = [s for s in view.statements if s.relation in ("asserts", "supports")]
    if asserting:
        first = min(asserting, key=lambda s: (s.said_on or s.published or date.max, s.id))
        claimant = next((s for s in asserting if s.relation == "asserts"), first)
        person: dict = {"@type": _schema_type(claimant.speaker_kind), "name": inert(claimant.speaker)}
        if claimant.speaker_role and person["@type"] == "Person":
            person["jobTitle"] = inert(claimant.speaker_role)
        if claimant.speaker:
            item["author"] = person
        said = first.said_on or first.published or view.first_seen
        if said:
            item["datePublished"] = said.isoformat()
        seen: dict[int, dict] = {}
        for statement in sorted(asserting, key=lambda s: (s.said_on or s.published or date.max, s.id)):
            seen.setdefault(statement.source_id, _appearance(statement))
        item["appearance"] = list(seen.values())
        item["firstAppearance"] = seen[first.source_id]
    elif view.first_seen:
        item["datePublished"] = view.first_seen.isoformat()
    event = _verdict_event(view)
    review: dict = {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "claimReviewed": inert(view.text),
        "reviewRating": {"@type": "Rating", "ratingValue": verdict.value, "bestRating": BEST_RATING,
                         "worstRating": WORST_RATING, "alternateName": verdict.alternate_name},
        "itemReviewed": item,
        "author": author,
        "datePublished": _day(event.at if event else view.updated_at),
    }
    if view.status_note:
        review["reviewBody"] = inert(view.status_note)
    if review_url:
        review["url"] = review_url.replace("{id}", str(view.id))
    if view.language:
        review["inLanguage"] = view.language
    return review


def claim_reviews(views: Iterable[ClaimView]) -> tuple[list[dict], int, int]:
    """ClaimReviews for the claims with our verdicts; also how many had no verdict and how many were imported."""
    from claimtrack.config import settings

    publisher = settings().publisher
    reviews, undecided, imported = [], 0, 0
    for view in views:
        review = claim_review(view, publisher_name=publisher.name, publisher_url=publisher.url,
                              review_url=publisher.review_url)
        if review is not None:
            reviews.append(review)
        elif rating(view.status).is_verdict:
            imported += 1
        else:
            undecided += 1
    return reviews, undecided, imported


# --- CSV and JSON export ----------------------------------------------------------------------------------------
CLAIM_COLUMNS = ("claim_id", "claim", "status", "rating", "rating_value", "status_note", "needs_review", "review_reason",
                 "checkworthiness", "first_seen", "language", "previously_checked", "provenance")
STATEMENT_COLUMNS = ("relation", "speaker", "speaker_kind", "speaker_role", "said_on", "quote", "quote_kind", "source",
                     "outlet", "source_url", "published", "statement_id", "source_id")
COLUMNS = CLAIM_COLUMNS + STATEMENT_COLUMNS


def _claim_columns(view: ClaimView) -> dict:
    verdict = rating(view.status)
    return {
        "claim_id": view.id, "claim": inert(view.text), "status": view.status,
        "rating": verdict.alternate_name if verdict.is_verdict else "", "rating_value": verdict.value or None,
        "status_note": inert(view.status_note), "needs_review": view.needs_review,
        "review_reason": inert(view.review_reason), "checkworthiness": round(view.checkworthiness, 3),
        "first_seen": _day(view.first_seen), "language": view.language,
        "previously_checked": view.origin == "imported", "provenance": inert(view.provenance),
    }


def _statement_columns(s: StatementView) -> dict:
    return {
        "relation": s.relation, "speaker": inert(s.speaker), "speaker_kind": s.speaker_kind,
        "speaker_role": inert(s.speaker_role), "said_on": _day(s.said_on), "quote": inert(s.content),
        "quote_kind": s.quote, "source": inert(s.source), "outlet": inert(s.outlet), "source_url": inert(s.url),
        "published": _day(s.published), "statement_id": s.id, "source_id": s.source_id,
    }


def link_rows(views: Iterable[ClaimView]) -> list[dict]:
    """One row per claim–statement link; a claim without statements gets one row with those columns empty."""
    rows = []
    for view in views:
        claim = _claim_columns(view)
        rows += [{**claim, **_statement_columns(s)} for s in view.statements] or [{**claim, **dict.fromkeys(STATEMENT_COLUMNS)}]
    return rows


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """A CSV cell a spreadsheet shows as text: formulas are defused with a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA):
        return "'" + text
    return text


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buffer.getvalue()


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- import: what every reader produces ----------------------------------------------------------------------
@dataclass
class Verdict:
    """An earlier fact-check, whatever file it came from."""

    text: str
    label: str  # the rating as the checker wrote it
    status: str | None  # ours; None when the label matches nothing we know
    checker: str = ""
    reviewed_on: date | None = None
    review_url: str = ""
    note: str = ""
    language: str = ""
    speaker: str = ""
    speaker_kind: str = "person"  # person, organization, or circulating (a chain email: no actor)
    speaker_role: str = ""
    said_on: date | None = None
    appearance_title: str = ""
    appearance_outlet: str = ""
    appearance_url: str = ""
    appearance_date: date | None = None
    where: str = ""  # file and record, for the provenance

    def provenance(self) -> str:
        text = f"{self.checker or 'an earlier fact-check'} rated it “{self.label or '?'}”"
        if self.reviewed_on:
            text += f" on {self.reviewed_on.isoformat()}"
        if self.review_url:
            text += f" ({self.review_url})"
        return text + (f"; {self.where}" if self.where else "")

    def key(self) -> str:
        """Identity of the record, so importing the same file twice adds nothing."""
        parts = [self.text, self.speaker, self.checker, self.label, self.review_url, _day(self.reviewed_on)]
        return hashlib.sha256(json.dumps(["import", *parts], ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class Skipped:
    """A record that could not be imported, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _clean(value) -> str:
    return one_line(value) if isinstance(value, str) else ""


def _parse_day(value) -> date | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return date(int(value), 1, 1)
    text = _clean(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            return None
    return None


# --- ClaimReview -------------------------------------------------------------------------------------------------
def _json_documents(text: str, name: str) -> list:
    """A JSON document, JSON Lines, or the JSON-LD blocks of an HTML page."""
    stripped = text.strip()
    try:
        return [json.loads(stripped)]
    except json.JSONDecodeError as first_error:
        if stripped.startswith("<"):
            blocks = re.findall(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", text, re.S | re.I)
            if not blocks:
                raise InterchangeError(f"{name}: an HTML page without JSON-LD") from None
            documents = []
            for block in blocks:
                try:
                    documents.append(json.loads(block))
                except json.JSONDecodeError:
                    continue
            return documents
        lines = [line for line in stripped.splitlines() if line.strip()]
        try:
            return [json.loads(line) for line in lines]
        except json.JSONDecodeError:
            raise InterchangeError(f"{name}: not JSON ({first_error.msg} at line {first_error.lineno})") from None


def _types(node: dict) -> set[str]:
    kinds = node.get("@type", node.get("type", []))
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {re.split(r"[/:#]", k)[-1] for k in kinds if isinstance(k, str)}


def _first(value):
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "", {})), None)
    return value


def _name(value) -> str:
    value = _first(value)
    if isinstance(value, dict):
        return _clean(value.get("name") or value.get("alternateName") or value.get("legalName") or value.get("url"))
    return _clean(value)


def _walk(node) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in ("@graph", "review", "reviews", "claims", "mainEntity", "hasPart", "itemListElement", "item", "@list"):
                yield from _walk(value)


def _rating(value) -> tuple[str | None, str]:
    """(status, label as written) for a reviewRating: a label first, then the number on its own scale."""
    value = _first(value)
    if not isinstance(value, dict):
        label = _clean(value)
        return (status_for_label(label) if label else None), label
    number = value.get("ratingValue")
    label = _clean(value.get("alternateName") or value.get("name") or value.get("textualRating"))
    if not label and isinstance(number, str) and not re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", number):
        label = _clean(number)
    status = status_for_label(label) if label else None
    if status is None and number not in (None, ""):
        try:
            best = float(value["bestRating"] if value.get("bestRating") not in (None, "") else BEST_RATING)
            worst = float(value["worstRating"] if value.get("worstRating") not in (None, "") else WORST_RATING)
            status = status_for_value(float(number), best, worst)
            label = label or f"{float(number):g} of {worst:g}–{best:g}"
        except (TypeError, ValueError):
            pass
    return status, label


def _language(value) -> str:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    code = _clean(value).lower()
    return code.split("-")[0] if code else ""


def _from_claimreview(node: dict, where: str) -> Verdict | Skipped:
    item = _first(node.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    text = _clean(node.get("claimReviewed") or item.get("text") or item.get("name") or node.get("name"))
    if not text:
        return Skipped(where, "a ClaimReview without claimReviewed")
    status, label = _rating(node.get("reviewRating"))
    claimant = _first(item.get("author") or node.get("claimant"))
    kind = "organization" if isinstance(claimant, dict) and "Organization" in _types(claimant) else "person"
    appearance = _first(item.get("firstAppearance")) or _first(item.get("appearance"))
    appearance = appearance if isinstance(appearance, dict) else ({"url": appearance} if isinstance(appearance, str) else {})
    return Verdict(
        text=text, label=label, status=status, checker=_name(node.get("author") or node.get("publisher")),
        reviewed_on=_parse_day(node.get("datePublished")), review_url=_clean(node.get("url")),
        note=_clean(node.get("reviewBody") or node.get("description")), language=_language(node.get("inLanguage")),
        speaker=_name(claimant), speaker_kind=kind,
        speaker_role=_clean(claimant.get("jobTitle")) if isinstance(claimant, dict) else "",
        said_on=_parse_day(item.get("datePublished")) or _parse_day(appearance.get("datePublished")),
        appearance_title=_clean(appearance.get("headline") or appearance.get("name")),
        appearance_outlet=_name(appearance.get("publisher")),
        appearance_url=_clean(appearance.get("url")), appearance_date=_parse_day(appearance.get("datePublished")),
        where=where,
    )


def _from_factcheck_api(node: dict, review: dict, where: str) -> Verdict | Skipped:
    """Google Fact Check Tools API: {"text", "claimant", "claimDate", "claimReview": [{publisher, textualRating, ...}]}."""
    text = _clean(node.get("text"))
    if not text:
        return Skipped(where, "a claim without text")
    label = _clean(review.get("textualRating"))
    return Verdict(
        text=text, label=label, status=status_for_label(label) if label else None,
        checker=_name(review.get("publisher")), reviewed_on=_parse_day(review.get("reviewDate")),
        review_url=_clean(review.get("url")), language=_language(review.get("languageCode")),
        speaker=_clean(node.get("claimant")), said_on=_parse_day(node.get("claimDate")), where=where,
    )


def read_claimreview(text: str, name: str) -> Iterator[Verdict | Skipped]:
    count, base = 0, Path(name).name
    for document in _json_documents(text, name):
        for node in _walk(document):
            if "ClaimReview" in _types(node):
                count += 1
                yield _from_claimreview(node, f"{base} #{count}")
            elif isinstance(node.get("claimReview"), list) and "text" in node:
                for review in node["claimReview"]:
                    if isinstance(review, dict):
                        count += 1
                        yield _from_factcheck_api(node, review, f"{base} #{count}")
    if count == 0:
        raise InterchangeError(f"{name}: no ClaimReview found")


# --- LIAR --------------------------------------------------------------------------------------------------------
_CIRCULATING = {"email", "emails", "post", "posts", "posting", "postings", "image", "images", "meme", "memes",
                "tweet", "tweets", "video", "videos", "viral"}
_ORGANIZATION_PARTIES = {"organization", "government-body"}
LIAR_COLUMNS = 14


def _slug_name(slug: str) -> str:
    return " ".join(part.capitalize() for part in slug.replace("_", "-").split("-") if part)


def read_liar(text: str, name: str) -> Iterator[Verdict | Skipped]:
    """PolitiFact statements from LIAR (Wang 2017): TSV, no header, 14 columns, label in the second."""
    base = Path(name).name
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, 1):
        if not any(cell.strip() for cell in row):
            continue
        where = f"LIAR {base} {row[0].strip() or f'line {number}'}"
        if len(row) < 3 or not row[2].strip():
            yield Skipped(f"{name} line {number}", f"expected {LIAR_COLUMNS} tab-separated columns with a statement")
            continue
        row = row + [""] * (LIAR_COLUMNS - len(row))
        label, slug, job, party, venue = row[1].strip(), row[4].strip(), row[5].strip(), row[7].strip(), row[13].strip()
        words = set(slug.split("-"))
        kind = "circulating" if words & _CIRCULATING else "organization" if party in _ORGANIZATION_PARTIES else "person"
        yield Verdict(
            text=_clean(row[2]), label=label, status=status_for_label(label) if label else None, checker="PolitiFact",
            language="en", speaker=_slug_name(slug), speaker_kind=kind, speaker_role=_clean(job),
            appearance_title=_clean(venue), where=where,
        )


# --- CSV ---------------------------------------------------------------------------------------------------------
_CSV_FIELDS = {
    "text": ("claim", "claim text", "text", "claimreviewed", "statement"),
    "label": ("rating", "verdict", "label", "textual rating", "textualrating", "alternatename", "status"),
    "speaker": ("speaker", "claimant", "claim author", "author", "said by"),
    "speaker_role": ("speaker role", "role", "job title", "jobtitle"),
    "speaker_kind": ("speaker kind",),
    "said_on": ("said on", "claim date", "date said", "date"),
    "checker": ("checker", "fact checker", "checked by", "publisher", "reviewer"),
    "reviewed_on": ("reviewed on", "review date", "date published", "datepublished"),
    "review_url": ("url", "review url", "fact check url"),
    "note": ("note", "status note", "verdict note", "reviewbody", "review body"),
    "language": ("language", "lang", "inlanguage"),
    "appearance_title": ("source", "source title", "appearance"),
    "appearance_outlet": ("outlet",),
    "appearance_url": ("source url", "appearance url"),
    "appearance_date": ("published",),
    "claim_id": ("claim id",),
    "relation": ("relation",),
}


def _uncell(value: str) -> str:
    """Undo the apostrophe our CSV export puts before a cell that looks like a formula."""
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA else value


def read_csv(text: str, name: str) -> Iterator[Verdict | Skipped]:
    """A spreadsheet of verdicts: a header row naming at least the claim and its rating (or our own export)."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise InterchangeError(f"{name}: empty CSV")
    keys = [label_key(h) for h in header]
    column: dict[str, int] = {}
    for field_name, names in _CSV_FIELDS.items():
        for candidate in names:
            if candidate in keys:
                column[field_name] = keys.index(candidate)
                break
    if "text" not in column or "label" not in column:
        raise InterchangeError(f"{name}: the header must name a claim column (claim or text) and a rating column (rating, verdict or status)")
    base = Path(name).name
    groups: dict[str, list[tuple[int, dict]]] = {}
    for number, row in enumerate(reader, 2):
        if any(cell.strip() for cell in row):
            values = {f: _uncell(row[i]).strip() if i < len(row) else "" for f, i in column.items()}
            groups.setdefault(values.get("claim_id") or f"row {number}", []).append((number, values))
    for group in groups.values():
        # our own export has a row per claim–statement link: the asserting row speaks for the claim
        number, values = next((item for item in group if item[1].get("relation") == "asserts"), group[0])
        where = f"CSV {base} row {number}"
        if not values["text"]:
            yield Skipped(where, "no claim text")
            continue
        label = values["label"]
        speaker = values.get("speaker", "") if values.get("relation", "") in ("asserts", "supports", "") else ""
        kind = values.get("speaker_kind", "")
        yield Verdict(
            text=_clean(values["text"]), label=label, status=status_for_label(label) if label else None,
            checker=values.get("checker", ""), reviewed_on=_parse_day(values.get("reviewed_on")),
            review_url=values.get("review_url", ""), note=values.get("note", ""), language=values.get("language", ""),
            speaker=_clean(speaker), speaker_kind=kind if kind in ("person", "organization") else "person",
            speaker_role=_clean(values.get("speaker_role", "")) if speaker else "",
            said_on=_parse_day(values.get("said_on")), appearance_title=values.get("appearance_title", ""),
            appearance_outlet=values.get("appearance_outlet", ""), appearance_url=values.get("appearance_url", ""),
            appearance_date=_parse_day(values.get("appearance_date")), where=where,
        )


# --- reading a file ------------------------------------------------------------------------------------------------
def detect_format(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("json", "jsonld", "jsonl", "ndjson", "html", "htm"):
        return "claimreview"
    if suffix == "tsv":
        return "liar"
    if suffix == "csv":
        return "csv"
    head = text.lstrip()[:1]
    if head in ("{", "[", "<"):
        return "claimreview"
    first_line = text.split("\n", 1)[0]
    return "liar" if first_line.count("\t") >= LIAR_COLUMNS - 2 else "csv"


def read_verdicts(path: str, fmt: str | None = None) -> list[Verdict | Skipped]:
    """Every record in a file (or - for stdin), in order; a file that cannot be read at all raises."""
    from claimtrack.config import settings
    from claimtrack.ingest.decode import decode

    if fmt is not None and fmt not in FORMATS:
        raise InterchangeError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if path == "-":
        import sys

        data, name = sys.stdin.buffer.read(), "stdin"
    else:
        source = Path(path)
        if not source.is_file():
            raise InterchangeError(f"{path}: no such file")
        if source.stat().st_size > settings().ingest.max_bytes:
            raise InterchangeError(f"{path}: larger than {settings().ingest.max_bytes} bytes")
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InterchangeError(f"{path}: {exc.strerror or exc}") from exc
        name = path
    text = decode(data, name)
    reader = {"claimreview": read_claimreview, "liar": read_liar, "csv": read_csv}[fmt or detect_format(name, text)]
    return list(reader(text, name))


# --- import into the store --------------------------------------------------------------------------------------
@dataclass
class ImportSummary:
    added: list[int] = field(default_factory=list)
    duplicates: int = 0
    flagged: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)  # claim already here → the imported claim it matches

    def line(self) -> str:
        line = (f"import-claims: {len(self.added)} added, {self.duplicates} already imported, "
                f"{len(self.skipped)} skipped, {len(self.flagged)} flagged for review")
        if self.matched:
            line += f"; {len(self.matched)} claims already here match a verdict and are flagged for review"
        return line


def _actors(records: list[Verdict], known: dict[str, int]) -> tuple[dict[str, int], list[dict], dict[str, int]]:
    """Speakers to actors: a known alias, else a gazetteer entity, else a new actor.

    Returns the speakers already known (folded name → actor id), the actors to create (with their aliases),
    and for the other speakers which of those new actors is theirs (folded name → row index).
    """
    from claimtrack.lexicon import gazetteer
    from claimtrack.textutil import fold

    resolved: dict[str, int] = {}
    new_rows: list[dict] = []
    row_of_name: dict[str, int] = {}
    pending: dict[str, int] = {}
    for record in records:
        key = fold(record.speaker)
        if not key or key in resolved or key in pending or record.speaker_kind == "circulating":
            continue
        entity = gazetteer().lookup(record.speaker)
        names = (record.speaker, *((entity.name, *entity.aliases) if entity else ()))
        found = next((known[fold(name)] for name in names if fold(name) in known), None)
        if found is not None:
            resolved[key] = found
            continue
        canonical = fold(entity.name) if entity else key
        if canonical not in row_of_name:
            row_of_name[canonical] = len(new_rows)
            if entity is not None:
                kind, role = ("organization" if entity.kind == "place" else entity.kind), entity.role or record.speaker_role
                new_rows.append({"name": entity.name, "kind": kind, "role": role, "aliases": [entity.name, *entity.aliases]})
            else:
                new_rows.append({"name": record.speaker, "kind": record.speaker_kind, "role": record.speaker_role, "aliases": []})
        pending[key] = row_of_name[canonical]
        new_rows[pending[key]]["aliases"].append(record.speaker)
    return resolved, new_rows, pending


def _own_claims_index(store: Store):
    """The match index of the claims tracked here (not imported ones), to find those an imported verdict checks."""
    from claimtrack.match import ClaimIndex

    imported = store.imported_claim_ids()
    return ClaimIndex.of((claim_id, key) for claim_id, _text, key in store.claim_keys() if key and claim_id not in imported)


def import_verdicts(store: Store, records: Iterable[Verdict | Skipped], *, editor: str) -> ImportSummary:
    """Store every verdict as an imported claim, all in one transaction; records seen before are skipped."""
    from claimtrack.lexicon import available_languages, detect_language
    from claimtrack.match import match_key
    from claimtrack.textutil import fold

    skipped: list[Skipped] = []
    fresh: dict[str, Verdict] = {}
    repeated = 0
    for record in records:
        if isinstance(record, Skipped):
            skipped.append(record)
        elif record.status in NO_VERDICT:
            skipped.append(Skipped(record.where, f"“{record.label}” is not a verdict"))
        elif record.key() in fresh:
            repeated += 1
        else:
            fresh[record.key()] = record
    # the slow, database-free part first: languages and match keys
    prepared = []
    for key, record in fresh.items():
        language = record.language or detect_language(record.text, default="en")
        if record.language:
            terms = match_key(record.text, language)
        else:
            # a short claim's language is a guess: key it in every language so a statement in any one matches
            terms = " ".join(sorted({t for code in available_languages() for t in match_key(record.text, code).split()}))
        prepared.append((key, record, language, terms))
    known_aliases = store.alias_index()
    earlier = _own_claims_index(store) if prepared else None  # nothing new to import: no index to build

    def work(tx: Transaction) -> ImportSummary:
        summary = ImportSummary(skipped=list(skipped))
        taken = set(tx.sources_with(fresh))
        todo = [item for item in prepared if item[0] not in taken]
        summary.duplicates = repeated + len(prepared) - len(todo)
        if not todo:
            return summary
        source_ids = tx.add_sources([{
            "title": r.appearance_title or f"fact-check by {r.checker or 'an earlier checker'}",
            "outlet": r.appearance_outlet,
            "url": r.appearance_url if (r.appearance_title or r.appearance_url) else r.review_url,
            "language": language, "published_at": r.appearance_date or r.said_on, "dateline": "", "credit": "",
            "origin": f"import: {r.where}", "text": r.text, "sha256": key} for key, r, language, _ in todo])
        claim_ids = tx.add_claims([{
            "text": r.text, "language": language, "status": r.status or "unverified", "status_note": r.note,
            "checkworthiness": 0.0, "first_seen": r.said_on or r.appearance_date, "origin": "imported",
            "provenance": r.provenance(), "match_key": terms} for _, r, language, terms in todo])

        resolved, new_actors, pending = _actors([r for _, r, _, _ in todo], known_aliases)
        actor_ids = tx.add_actors([{k: v for k, v in row.items() if k != "aliases"} for row in new_actors])
        resolved.update({key: actor_ids[index] for key, index in pending.items()})
        aliases = {fold(alias): (actor_id, alias) for row, actor_id in zip(new_actors, actor_ids) for alias in row["aliases"]}
        tx.add_aliases([{"actor_id": actor_id, "alias": alias, "key": key} for key, (actor_id, alias) in aliases.items() if key])

        speaking = [(claim_id, source_id, r) for (_, r, _, _), claim_id, source_id in zip(todo, claim_ids, source_ids)
                    if r.speaker or r.appearance_title or r.appearance_url]
        statement_ids = tx.add_statements([{
            "source_id": source_id, "actor_id": resolved.get(fold(r.speaker)), "local_id": "",
            "speaker_mention": r.speaker, "speaker_role": r.speaker_role, "cue": "", "content": r.text,
            "start": 0, "end": len(r.text), "sentence_start": 0, "sentence_end": len(r.text), "quote": "indirect",
            "stance": "assert", "said_on": r.said_on, "date_text": "", "checkworthiness": 0.0}
            for claim_id, source_id, r in speaking])
        tx.add_links([{"claim_id": claim_id, "statement_id": statement_id, "relation": "asserts", "origin": "import",
                       "score": 100.0} for (claim_id, _, _), statement_id in zip(speaking, statement_ids)])
        tx.add_first_events([{"claim_id": claim_id, "action": "import", "from_status": "",
                              "to_status": r.status or "unverified", "note": r.provenance(), "editor": editor}
                             for (_, r, _, _), claim_id in zip(todo, claim_ids)])
        for (_, r, _, _), claim_id in zip(todo, claim_ids):
            if r.status is None:
                tx.flag_for_review(claim_id, f"imported rating “{r.label or '(none)'}” matches no status; set one", editor)
                summary.flagged.append(claim_id)
        # claims tracked here before the import that make the same claim: someone checked it already
        for (_, r, _, terms), claim_id in zip(todo, claim_ids):
            found = earlier.best(terms) if earlier else None
            if found is not None and found.claim_id not in summary.matched:
                summary.matched[found.claim_id] = claim_id
                tx.flag_for_review(found.claim_id, f"previously checked: {r.provenance()} (claim {claim_id})", editor)
        summary.added = claim_ids
        return summary

    return store.write(work)
