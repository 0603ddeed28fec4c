"""A prepared article: clean body text plus the metadata found around it."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

from claimtrack.errors import IngestError as IngestError


@dataclass(frozen=True)
class Note:
    """Something the user should know about an article that did not stop it going in; `key` says which notes are
    the same kind, so a run reports each kind once."""

    key: str
    message: str
    more: str = ""  # how the repeats are summed up: "{count} more …"


@dataclass
class Document:
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: date | None = None
    dateline: str = ""
    credit: str = ""
    origin: str = ""
    dropped: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """Identity of the article: same title and body means same document, wherever it came from."""
        return hashlib.sha256(f"{self.title}\n\n{self.text}".encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data["sha256"] = self.sha256
        del data["dropped"], data["notes"]
        return data
