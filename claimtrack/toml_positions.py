"""Where things are written in a TOML file: the line of every table header, key and quoted string.

tomllib parses without positions; a problem found in the parsed data is placed back on its line by reading the
text again, token by token.
"""

from __future__ import annotations

import re
import tomllib
from typing import Union

KeyPath = tuple[Union[str, int], ...]  # a key's place in a file: ("speaker", "stops"), ("entity", 3, "aliases")

_TOKEN = re.compile(
    r"(?P<space>[ \t\r]+)|(?P<newline>\n)|(?P<comment>#[^\n]*)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\']|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\')'
    r'|(?P<punct>[\[\]{}=,.])|(?P<bare>[^\s\[\]{}=,.#"\']+)|(?P<other>.)',
    re.DOTALL,
)


def _decode(token: str) -> str:
    if token.startswith("'"):
        return token[3:-3] if token.startswith("'''") else token[1:-1]
    try:
        return tomllib.loads(f"v = {token}")["v"]
    except tomllib.TOMLDecodeError:
        return token.strip('"')


class Positions:
    """The line of every table header, key and quoted string in a TOML file, by key path."""

    def __init__(self, text: str):
        self.keys: dict[KeyPath, int] = {}
        self.strings: dict[KeyPath, list[tuple[int, str]]] = {}
        tokens = []
        line = 1
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if kind not in ("space", "comment"):
                tokens.append((kind, match.group(), line))
            line += match.group().count("\n")
        self._read(tokens)

    def _read(self, tokens: list[tuple[str | None, str, int]]) -> None:
        table: KeyPath = ()
        arrays: dict[KeyPath, int] = {}
        at = 0
        while at < len(tokens):
            kind, text, line = tokens[at]
            if kind == "newline":
                at += 1
            elif text == "[":
                double = at + 1 < len(tokens) and tokens[at + 1][1] == "["
                name, at = self._name(tokens, at + (2 if double else 1))
                if double:
                    arrays[name] = arrays.get(name, -1) + 1
                    name = (*name, arrays[name])
                table = name
                self.keys.setdefault(table, line)
                at = self._past_line(tokens, at)
            else:
                name, at = self._name(tokens, at)
                path = (*table, *name)
                self.keys.setdefault(path, line)
                at = self._value(tokens, at + 1, path)

    @staticmethod
    def _name(tokens: list, at: int) -> tuple[KeyPath, int]:
        """A dotted name up to its `=` or `]`: the parts and the index of that token."""
        parts: list[str] = []
        while at < len(tokens) and tokens[at][1] not in ("=", "]") and tokens[at][0] != "newline":
            kind, text, _ = tokens[at]
            if kind in ("string", "bare"):
                parts.append(_decode(text) if kind == "string" else text)
            at += 1
        return tuple(parts), at

    @staticmethod
    def _past_line(tokens: list, at: int) -> int:
        while at < len(tokens) and tokens[at][0] != "newline":
            at += 1
        return at

    def _value(self, tokens: list, at: int, path: KeyPath) -> int:
        """Reads a value to the end of its line (arrays and inline tables may span lines); returns the index after."""
        depth = 0
        strings = self.strings.setdefault(path, [])
        while at < len(tokens):
            kind, text, line = tokens[at]
            if kind == "newline" and depth == 0:
                return at
            if text in "[{" and kind == "punct":
                depth += 1
            elif text in "]}" and kind == "punct":
                depth -= 1
            elif kind in ("string", "bare"):
                after = at + 1
                while after < len(tokens) and tokens[after][0] == "newline":
                    after += 1
                value = _decode(text) if kind == "string" else text
                if depth and after < len(tokens) and tokens[after][1] == "=":
                    self.keys.setdefault((*path, value), line)
                elif kind == "string":
                    strings.append((line, value))
            at += 1
        return at

    def line_of(self, path: KeyPath, word: str | None = None, occurrence: int = 1) -> int:
        """The line of the `occurrence`th `word` in the value at `path`, else of the key, else of its table."""
        for size in range(len(path), 0, -1):
            prefix = path[:size]
            if prefix in self.keys:
                break
        else:
            return 1
        if word is not None:
            seen = 0
            for line, value in self.strings.get(prefix, ()):
                if value == word:
                    seen += 1
                    if seen == occurrence:
                        return line
            if (*prefix, word) in self.keys:
                return self.keys[(*prefix, word)]
        return self.keys[prefix]
