"""schema.org ClaimReview: our verdicts out as JSON-LD, and anyone's in (one object, a list, an @graph, JSON Lines,
JSON-LD inside an HTML page, or Google Fact Check Tools API output)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from claimtrack.errors import InterchangeError
from claimtrack.interchange.records import Skipped, Verdict, clean, day, parse_day
from claimtrack.lexicon import detect_language
from claimtrack.ratings import (
    BEST_RATING,
    WORST_RATING,
    rating,
    status_for_label,
    status_for_value,
)
from claimtrack.store import ClaimView, StatementView
from claimtrack.textutil import inert, one_line

SCHEMA = "https://schema.org"


# --- export ---------------------------------------------------------------------------------------------------
def _schema_type(kind: str) -> str:
    return "Person" if kind == "person" else "Organization"


def _web_url(url: str) -> str:
    url = one_line(url)
    return url if re.match(r"(?i)https?://[^\s/]", url) else ""


def verdict_is_imported(view: ClaimView) -> bool:
    """True when the current verdict is someone else's (imported and not re-reviewed here)."""
    event = view.verdict_event
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


def _citation(url: str, note: str) -> dict:
    cited: dict = {"@type": "CreativeWork", "url": inert(url)}
    if note:
        cited["name"] = inert(note)
    return cited


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
    event = view.verdict_event
    review: dict = {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "claimReviewed": inert(view.text),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": verdict.alternate_name,
        },
        "itemReviewed": item,
        "author": author,
        "datePublished": day(event.at if event else view.updated_at),
    }
    if view.status_note:
        review["reviewBody"] = inert(view.status_note)
    cited = [_citation(evidence.target, evidence.note) for evidence in view.evidence if evidence.kind == "url"]
    if cited:  # schema.org's CreativeWork.citation: what the review rests on (files on a desk are not public)
        review["citation"] = cited
    if review_url:
        review["url"] = review_url.replace("{id}", str(view.id))
    language = detect_language(view.text, default=view.language) if view.text else view.language
    if language:
        review["inLanguage"] = language  # the text's language as it reads now: an edit may have translated it
    return review


def claim_reviews(views: Iterable[ClaimView]) -> tuple[list[dict], int, int]:
    """ClaimReviews for the claims with our verdicts; also how many had no verdict and how many were imported."""
    from claimtrack.config import settings

    publisher = settings().publisher
    reviews, undecided, imported = [], 0, 0
    for view in views:
        review = claim_review(
            view, publisher_name=publisher.name, publisher_url=publisher.url, review_url=publisher.review_url
        )
        if review is not None:
            reviews.append(review)
        elif rating(view.status).is_verdict:
            imported += 1
        else:
            undecided += 1
    return reviews, undecided, imported


# --- import ---------------------------------------------------------------------------------------------------
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


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "", {})), None)
    return value


def _name(value: Any) -> str:
    value = _first(value)
    if isinstance(value, dict):
        return clean(value.get("name") or value.get("alternateName") or value.get("legalName") or value.get("url"))
    return clean(value)


def _walk(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in (
                "@graph",
                "review",
                "reviews",
                "claims",
                "mainEntity",
                "hasPart",
                "itemListElement",
                "item",
                "@list",
            ):
                yield from _walk(value)


def _rating(value: Any) -> tuple[str | None, str]:
    """(status, label as written) for a reviewRating: a label first, then the number on its own scale."""
    value = _first(value)
    if not isinstance(value, dict):
        label = clean(value)
        return (status_for_label(label) if label else None), label
    number = value.get("ratingValue")
    label = clean(value.get("alternateName") or value.get("name") or value.get("textualRating"))
    if not label and isinstance(number, str) and not re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", number):
        label = clean(number)
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


def _language(value: Any) -> str:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    code = clean(value).lower()
    return code.split("-")[0] if code else ""


def _from_claimreview(node: dict, where: str) -> Verdict | Skipped:
    item = _first(node.get("itemReviewed"))
    item = item if isinstance(item, dict) else {}
    text = clean(node.get("claimReviewed") or item.get("text") or item.get("name") or node.get("name"))
    if not text:
        return Skipped(where, "a ClaimReview without claimReviewed")
    status, label = _rating(node.get("reviewRating"))
    claimant = _first(item.get("author") or node.get("claimant"))
    kind = "organization" if isinstance(claimant, dict) and "Organization" in _types(claimant) else "person"
    appearance = _first(item.get("firstAppearance")) or _first(item.get("appearance"))
    appearance = (
        appearance if isinstance(appearance, dict) else ({"url": appearance} if isinstance(appearance, str) else {})
    )
    return Verdict(
        text=text,
        label=label,
        status=status,
        checker=_name(node.get("author") or node.get("publisher")),
        reviewed_on=parse_day(node.get("datePublished")),
        review_url=clean(node.get("url")),
        note=clean(node.get("reviewBody") or node.get("description")),
        language=_language(node.get("inLanguage")),
        speaker=_name(claimant),
        speaker_kind=kind,
        speaker_role=clean(claimant.get("jobTitle")) if isinstance(claimant, dict) else "",
        said_on=parse_day(item.get("datePublished")) or parse_day(appearance.get("datePublished")),
        appearance_title=clean(appearance.get("headline") or appearance.get("name")),
        appearance_outlet=_name(appearance.get("publisher")),
        appearance_url=clean(appearance.get("url")),
        appearance_date=parse_day(appearance.get("datePublished")),
        where=where,
    )


def _from_factcheck_api(node: dict, review: dict, where: str) -> Verdict | Skipped:
    """Google Fact Check Tools API output:
    {"text", "claimant", "claimDate", "claimReview": [{publisher, textualRating, ...}]}."""
    text = clean(node.get("text"))
    if not text:
        return Skipped(where, "a claim without text")
    label = clean(review.get("textualRating"))
    return Verdict(
        text=text,
        label=label,
        status=status_for_label(label) if label else None,
        checker=_name(review.get("publisher")),
        reviewed_on=parse_day(review.get("reviewDate")),
        review_url=clean(review.get("url")),
        language=_language(review.get("languageCode")),
        speaker=clean(node.get("claimant")),
        said_on=parse_day(node.get("claimDate")),
        where=where,
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
