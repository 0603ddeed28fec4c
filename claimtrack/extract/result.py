"""Plain result objects of extraction; `to_dict()` gives the JSON contract of DESIGN.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claimtrack.ingest.document import Document


@dataclass(frozen=True)
class Proposition:
    """One checkable thing a statement says, in a claim's wording, with its span in the document."""

    text: str
    start: int
    end: int
    checkworthiness: float
    vague: bool = False  # its subject points elsewhere ("Itu …", "It …"): it cannot be checked on its own
    # one sentence of a longer quotation that gives no figure, date or event ("Kami sudah berkoordinasi."): it may
    # join a claim, and starts one only where `[claims] pieces_need_particulars` is off (not in the JSON: extraction's)
    bare_piece: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "checkworthiness": self.checkworthiness,
            "vague": self.vague,
        }


def without_aside(content: str, start: int, aside: tuple[int, int] | None) -> str:
    """`content` (which begins at `start` in the document) without the words at `aside`, joined by a space."""
    if aside is None:
        return content
    cut_start, cut_end = aside[0] - start, aside[1] - start
    return f"{content[:cut_start].rstrip(' ,')} {content[cut_end:].lstrip(' ,')}"


@dataclass
class Statement:
    id: str
    speaker: str
    speaker_mention: str
    speaker_kind: str
    speaker_role: str
    cue: str
    content: str
    start: int
    end: int
    quote: str = "indirect"  # direct, indirect, mixed
    stance: str = "assert"  # assert, deny
    said_on: date | None = None
    date_text: str = ""
    checkworthiness: float = 0.0
    sentence_start: int = 0
    sentence_end: int = 0
    speaker_aliases: list[str] = field(default_factory=list)
    # short forms the document gives the speaker ("Saifullah Yusuf (Gus Ipul)"): names of theirs across articles that
    # share no word with the name; not part of the JSON
    speaker_nicknames: list[str] = field(default_factory=list, repr=False)
    speaker_standing: str = "public"  # public, private (a resident, a trader: see extract/standing.py)
    propositions: list[Proposition] = field(default_factory=list)  # what it claims, sentence by sentence
    # an attribution set inside the content ("Harga beras, kata Budi, naik …"): document offsets of the words
    # the claim leaves out; not part of the JSON (the content keeps the exact words)
    aside: tuple[int, int] | None = field(default=None, repr=False)

    def said(self) -> str:
        """The content without an attribution set inside it: "Harga beras naik …"."""
        return without_aside(self.content, self.start, self.aside)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_kind": self.speaker_kind,
            "speaker_role": self.speaker_role,
            "speaker_standing": self.speaker_standing,
            "cue": self.cue,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "stance": self.stance,
            "said_on": self.said_on.isoformat() if self.said_on else None,
            "date_text": self.date_text,
            "checkworthiness": self.checkworthiness,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "propositions": [p.to_dict() for p in self.propositions],
        }


@dataclass(frozen=True)
class Link:
    source: str  # the statement that answers (e.g. the denial)
    target: str  # the statement it answers
    relation: str  # contradicts, supports

    def to_dict(self) -> dict[str, object]:
        return {"from": self.source, "to": self.target, "relation": self.relation}


@dataclass
class Extraction:
    document: Document
    statements: list[Statement]
    links: list[Link]

    def public_only(self) -> Extraction:
        """The same extraction without private people's statements, and without links to or from them."""
        kept = [s for s in self.statements if s.speaker_standing != "private"]
        ids = {s.id for s in kept}
        return Extraction(
            self.document, kept, [link for link in self.links if link.source in ids and link.target in ids]
        )

    def to_dict(self, *, with_text: bool = True) -> dict[str, object]:
        source = self.document.to_dict()
        if not with_text:
            source.pop("text", None)
        return {
            "source": source,
            "statements": [s.to_dict() for s in self.statements],
            "links": [link.to_dict() for link in self.links],
        }
