"""What every reader produces: a Verdict (an earlier fact-check) or a Skipped record, and the parsers they share."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from claimtrack.textutil import one_line


def day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


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
        parts = [self.text, self.speaker, self.checker, self.label, self.review_url, day(self.reviewed_on)]
        return hashlib.sha256(json.dumps(["import", *parts], ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class Skipped:
    """A record that could not be imported, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def clean(value: object) -> str:
    return one_line(value) if isinstance(value, str) else ""


def parse_day(value: object) -> date | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return date(int(value), 1, 1)
    text = clean(value)
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
