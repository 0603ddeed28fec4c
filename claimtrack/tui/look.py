"""How statuses and relations look: colour plus a word (or a symbol plus a word), so they read without colour."""

from __future__ import annotations

from datetime import date, datetime

from rich.style import Style
from rich.text import Text

STATUS_COLOURS = {
    "unverified": "#d7af00",
    "in_review": "#5f87d7",
    "verified": "#5faf5f",
    "misleading": "#d7875f",
    "disputed": "#af5fd7",
    "unproven": "#949494",
    "false": "#d75f5f",
    "dismissed": "#6c6c6c",
}
REVIEW_STYLE = Style(color="#ff5f5f", bold=True)
CONTESTED = "⚔"
RELATION_TITLES = {"asserts": "Asserted by", "supports": "Supported by", "contradicts": "Contradicted by"}


def status_style(status: str) -> Style:
    return Style(color=STATUS_COLOURS.get(status, "#949494"))


def status_text(status: str, *, needs_review: bool = False) -> Text:
    """"● disputed" in the status colour; "! disputed" when the claim is flagged for review."""
    text = Text("! ", style=REVIEW_STYLE) if needs_review else Text("● ", style=status_style(status))
    text.append(status, style=status_style(status))
    return text


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
