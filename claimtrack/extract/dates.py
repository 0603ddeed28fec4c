"""When a statement was made: temporal phrases found by the lexicon, resolved against the publication date.

A weekday means the latest such day on or before publication ("lalu"/"last": strictly before). Other
phrases go to dateparser, with the language given explicitly and phrases it cannot read ("pekan lalu")
rewritten first from the lexicon. dateparser is imported only when a phrase needs it, and results are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from claimtrack.lexicon import Lexicon, phrase_pattern


@dataclass(frozen=True)
class TemporalPhrase:
    start: int
    end: int
    text: str
    kind: str  # weekday, relative, absolute, vague


class DateFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        dates = lex.dates
        self.weekdays = list(dates.get("weekdays", []))
        variants = dict(dates.get("weekday_variants", {}))
        self.weekday_index = {name.casefold(): i for i, name in enumerate(self.weekdays)}
        self.weekday_index.update({k.casefold(): self.weekday_index[v.casefold()] for k, v in variants.items()})
        self.normalize = {k.casefold(): v for k, v in dates.get("normalize", {}).items()}
        past = phrase_pattern(dates.get("weekday_past_suffix", []))
        prefixes = phrase_pattern(dates.get("weekday_prefixes", []))
        weekday_names = phrase_pattern(list(self.weekday_index_names(variants)), ignore_case=False)
        months = phrase_pattern(dates.get("months", []), suffix=r"(?![\w])")
        units = phrase_pattern(dates.get("relative_units", []))
        suffixes = phrase_pattern(dates.get("relative_suffixes", []))
        day_first = lex.code != "en"
        numeric = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
        absolute = (rf"\d{{1,2}}\s+{months}(?:\s+\d{{4}})?|{months}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
                    rf"|(?<![\d/]){numeric}(?![\d/])|{months}\s+\d{{4}}")
        self.pattern = re.compile(
            rf"(?P<weekday>(?:{prefixes}\s+)?(?:{past}\s+)?{weekday_names}(?:\s*\((?P<dm>{numeric})\))?(?:,?\s+(?P<wabs>{absolute}))?(?:\s+(?P<past>{past}))?)"
            rf"|(?P<relative>{phrase_pattern(self.normalize)}|(?<![\w-])\d+\s+{units}\s+{suffixes})"
            rf"|(?P<absolute>{absolute})"
            rf"|(?P<vague>{phrase_pattern(dates.get('vague', []))})"
        )
        self.date_order = "DMY" if day_first else "MDY"

    def weekday_index_names(self, variants: dict) -> list[str]:
        return self.weekdays + list(variants)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TemporalPhrase]:
        end = len(text) if end is None else end
        found = []
        for match in self.pattern.finditer(text, start, end):
            kind = next(k for k in ("weekday", "relative", "absolute", "vague") if match.group(k))
            found.append(TemporalPhrase(match.start(), match.end(), match.group(), kind))
        return found

    def resolve(self, phrase: TemporalPhrase, published: date | None) -> date | None:
        if phrase.kind == "vague":
            return None
        if phrase.kind == "weekday":
            return self._weekday(phrase.text, published)
        if phrase.kind == "relative":
            if published is None:
                return None
            key = " ".join(phrase.text.casefold().split())
            return _parse(self.normalize.get(key, key), self.lex.code, self.date_order, published)
        return _parse(phrase.text, self.lex.code, self.date_order, published)

    def _weekday(self, text: str, published: date | None) -> date | None:
        match = self.pattern.match(text)
        if match and (match.group("dm") or match.group("wabs")):
            explicit = _parse(match.group("dm") or match.group("wabs"), self.lex.code, self.date_order, published)
            if explicit is not None:
                return explicit
        if published is None:
            return None
        day = next((self.weekday_index[w.casefold()] for w in re.findall(r"[\w'.]+", text) if w.casefold() in self.weekday_index), None)
        if day is None:
            return None
        back = (published.weekday() - day) % 7
        strictly_before = bool(match and match.group("past")) or text.casefold().startswith(("last ", "lalu "))
        if back == 0 and strictly_before:
            back = 7
        return published - timedelta(days=back)


@lru_cache(maxsize=4096)
def _parse(text: str, language: str, date_order: str, published: date | None) -> date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": date_order, "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day, 12)
    elif not re.search(r"\d{4}", text):
        return None
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    if parsed is None:
        return None
    result = parsed.date()
    if published is not None and result > published and not re.search(r"\d{4}", text):
        try:
            result = result.replace(year=result.year - 1)
        except ValueError:
            return None
    return result
