"""How statuses and relations look: colour plus a word (or a symbol plus a word), so they read without colour."""

from __future__ import annotations

from datetime import date, datetime

from rich.style import Style
from rich.text import Text

from claimtrack import statuses
from claimtrack.i18n import status_word, text
from claimtrack.localtime import local

UNKNOWN_COLOUR = "#949494"
REVIEW_STYLE = Style(color="#ff5f5f", bold=True)
CONTESTED = "⚔"


def relation_title(relation: str) -> str:
    """ "Asserted by", "Supported by", "Contradicted by": the heading over a claim's statements of that relation."""
    return text(f"relation_{relation}")


def status_style(status: str) -> Style:
    """The status's colour from data/statuses.toml; grey for a status it does not know."""
    return Style(color=statuses.colour(status) or UNKNOWN_COLOUR)


def status_text(status: str, *, needs_review: bool = False) -> Text:
    """ "● disputed" in the status colour; "! disputed" when the claim is flagged for review."""
    text = Text("! ", style=REVIEW_STYLE) if needs_review else Text("● ", style=status_style(status))
    text.append(status_word(status), style=status_style(status))
    return text


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local(value).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


RELATION_LOOKS = {"supports": ("✓", "#5fd75f"), "contradicts": ("✗", "#ff5f5f"), "mentions": ("~", "#d7af5f")}


def relation_text(relation: str) -> Text:
    """ "✓ supports", "✗ contradicts", "~ mentions" in the relation's colour, padded to one width."""
    symbol, colour = RELATION_LOOKS.get(relation, ("·", UNKNOWN_COLOUR))
    return Text(f"{symbol} {relation:<11}", style=Style(color=colour))
