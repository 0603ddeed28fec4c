"""HTML articles to plain paragraphs and metadata, with scripts, styles, navigation and captions left out."""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "figcaption",
    "iframe",
    "object",
    "select",
    "textarea",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "br",
    "tr",
    "pre",
    "header",
    "dd",
    "dt",
    "figure",
    "table",
    "ul",
    "ol",
}
_META = {
    "og:title": "title",
    "twitter:title": "title",
    "og:site_name": "outlet",
    "application-name": "outlet",
    "og:url": "url",
    "article:published_time": "published",
    "datepublished": "published",
    "pubdate": "published",
    "date": "published",
    "dc.date": "published",
    "publish-date": "published",
}


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._title: list[str] = []
        self._h1: list[str] = []
        self._in_h1 = False

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and attributes.get("lang"):
            self.meta.setdefault("language", attributes["lang"].split("-")[0].lower())
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key in _META and attributes.get("content"):
                self.meta.setdefault(_META[key], attributes["content"].strip())
            return
        if tag == "link" and attributes.get("rel", "").lower() == "canonical" and attributes.get("href"):
            self.meta.setdefault("url", attributes["href"])
            return
        if tag == "time" and attributes.get("datetime"):
            self.meta.setdefault("published", attributes["datetime"])
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP:
            self._skip_depth += 1
            return
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._skip_depth:
            return
        if self._in_h1:
            self._h1.append(data)
        self._current.append(data)

    def result(self) -> dict:
        self._flush()
        h1 = " ".join("".join(self._h1).split())
        title = self.meta.get("title") or h1 or " ".join("".join(self._title).split())
        blocks = self.blocks
        if blocks and title and blocks[0] == h1:
            blocks = blocks[1:]
        return {**self.meta, "title": title, "text": "\n".join(blocks)}


def html_to_article(markup: str) -> dict:
    """{"title", "text", and whichever of outlet, url, published, language the page declares}."""
    parser = _ArticleParser()
    parser.feed(markup)
    parser.close()
    return parser.result()
