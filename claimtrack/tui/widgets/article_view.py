"""An article's text, one widget per paragraph, with every extracted statement highlighted and one current."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from claimtrack.textutil import inert


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class _Paragraph:
    start: int
    end: int


def paragraphs(text: str) -> list[_Paragraph]:
    """Non-blank lines of the text, as offsets into it (statement offsets index the same text)."""
    found, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append(_Paragraph(position, position + len(line)))
        position += len(line) + 1
    return found


def highlighted(
    text: str,
    paragraph: _Paragraph,
    spans: list[Span],
    current: int | None,
    statement_style: Style,
    current_style: Style,
) -> Text:
    """One paragraph with the parts of it that are statements styled; the text stays inert."""
    out = Text()
    cursor = paragraph.start
    for index, span in enumerate(spans):
        start, end = max(span.start, paragraph.start), min(span.end, paragraph.end)
        if start >= end or start < cursor:
            continue
        out.append(inert(text[cursor:start]))
        out.append(inert(text[start:end]), style=current_style if index == current else statement_style)
        cursor = end
    out.append(inert(text[cursor : paragraph.end]))
    return out


class ArticleView(VerticalScroll, can_focus=True):
    """The source text; `select(i)` moves the current highlight to statement i and scrolls to it."""

    COMPONENT_CLASSES = {"article-view--statement", "article-view--current"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._spans: list[Span] = []
        self._order: list[Span] = []
        self._paragraphs: list[_Paragraph] = []
        self._current: int | None = None

    async def show(self, text: str, spans: list[Span], current: int | None) -> None:
        self._text, self._spans, self._current = text, sorted(spans, key=lambda s: s.start), None
        self._order = spans
        self._paragraphs = paragraphs(text)
        await self.remove_children()
        await self.mount_all(Static(classes="paragraph") for _ in self._paragraphs)
        self._current = self._sorted_index(current)
        for index in range(len(self._paragraphs)):
            self._draw(index)
        self._scroll_to_current()

    def select(self, index: int) -> None:
        """Make statement `index` (in the order given to `show`) current."""
        before = self._paragraph_of(self._current)
        self._current = self._sorted_index(index)
        for paragraph in {before, self._paragraph_of(self._current)} - {None}:
            self._draw(paragraph)
        self._scroll_to_current()

    def _sorted_index(self, index: int | None) -> int | None:
        if index is None or not 0 <= index < len(self._order):
            return None
        return self._spans.index(self._order[index])

    def _paragraph_of(self, span_index: int | None) -> int | None:
        if span_index is None:
            return None
        span = self._spans[span_index]
        for index, paragraph in enumerate(self._paragraphs):
            if paragraph.start <= span.start < paragraph.end or paragraph.start < span.end <= paragraph.end:
                return index
        return None

    def _draw(self, index: int) -> None:
        widget = self.query(".paragraph")[index]
        widget.update(
            highlighted(
                self._text,
                self._paragraphs[index],
                self._spans,
                self._current,
                self.get_component_rich_style("article-view--statement"),
                self.get_component_rich_style("article-view--current"),
            )
        )

    def _scroll_to_current(self) -> None:
        paragraph = self._paragraph_of(self._current)
        if paragraph is not None:
            self.call_after_refresh(self.scroll_to_center, self.query(".paragraph")[paragraph], animate=False)
