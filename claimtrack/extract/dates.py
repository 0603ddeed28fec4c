"""When a statement was made: temporal phrases found by the lexicon, resolved against the publication date.

A weekday means the latest such day on or before publication ("lalu"/"last": strictly before). Numeric
dates, dates with a month name and "N units ago" are read with the lexicon's month and unit tables; any
other phrase goes to dateparser, with the language given explicitly and phrases it cannot read ("pekan
lalu") rewritten first from the lexicon. dateparser is imported only when a phrase needs it, and cached.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from claimtrack.extract.phrases import WordStarts, first_word
from claimtrack.lexicon import Lexicon, phrase_pattern

_YEAR = re.compile(r"\d{4}")
_NUMERIC = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"


@dataclass(frozen=True)
class TemporalPhrase:
    start: int
    end: int
    text: str
    kind: str  # weekday, relative, absolute, vague


def _shift(day: date, unit: str, count: int) -> date:
    """`count` units before `day`; months and years keep the day of the month where the calendar allows."""
    if unit == "day":
        return day - timedelta(days=count)
    if unit == "week":
        return day - timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class DateFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.weekdays = list(lex.words_of("dates", "weekdays"))
        variants = dict(lex.table("dates", "weekday_variants"))
        self.weekday_index = {name.casefold(): i for i, name in enumerate(self.weekdays)}
        self.weekday_index.update({k.casefold(): self.weekday_index[v.casefold()] for k, v in variants.items()})
        self.normalize = {k.casefold(): v for k, v in lex.table("dates", "normalize").items()}
        month_names = lex.numbers("dates", "months")
        self.month_numbers = {name.casefold(): int(number) for name, number in month_names.items()}
        units = lex.table("dates", "relative_units")
        self.units = {k.casefold(): v for k, v in units.items()}
        self.date_order = lex.text("dates", "date_order")
        past_words = lex.words_of("dates", "weekday_past_suffix")
        prefix_words = lex.words_of("dates", "weekday_prefixes")
        vague = lex.words_of("dates", "vague")
        past = phrase_pattern(past_words)
        prefixes = phrase_pattern(prefix_words)
        weekday_names = phrase_pattern(self.weekdays + list(variants), ignore_case=False)
        months = phrase_pattern(month_names, suffix=r"(?![\w])")
        unit_names = phrase_pattern(units)
        suffixes = phrase_pattern(lex.words_of("dates", "relative_suffixes"))
        ordinal = phrase_pattern(lex.words_of("dates", "ordinal_suffixes"), ignore_case=False, prefix="", suffix="")
        self.past_prefixes = tuple(f"{w.casefold()} " for w in lex.words_of("dates", "weekday_past_prefixes"))
        absolute = (
            rf"\d{{1,2}}\s+{months}(?:\s+\d{{4}})?|{months}\s+\d{{1,2}}(?!\d)(?:{ordinal})?(?:,?\s+\d{{4}})?"
            rf"|(?<![\d/]){_NUMERIC}(?![\d/])|{months}\s+\d{{4}}"
        )
        # a part of the day after a weekday is of the same phrase ("Saturday night", "Selasa (21/10) malam")
        parts = lex.words_of("dates", "day_parts")
        day_part = rf"(?:\s+{phrase_pattern(parts)}(?![\w-]))?" if parts else ""
        self.pattern = re.compile(
            rf"(?P<weekday>(?:{prefixes}\s+)?(?:{past}\s+)?{weekday_names}(?:\s*\((?P<dm>{_NUMERIC})\))?{day_part}(?:,?\s+(?P<wabs>{absolute}))?(?:\s+(?P<past>{past}))?)"
            rf"|(?P<relative>{phrase_pattern(self.normalize)}|(?<![\w-])\d+\s+{unit_names}\s+{suffixes})"
            rf"|(?P<absolute>{absolute})"
            rf"|(?P<vague>{phrase_pattern(vague)})"
        )
        self.relative = re.compile(rf"(?P<count>\d+)\s+(?P<unit>{unit_names})\s+{suffixes}$")
        self.with_month = re.compile(
            rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{months})|(?P<month2>{months})(?:\s+(?P<day2>\d{{1,2}})(?:{ordinal})?)?)"
            rf"(?:,?\s+(?P<year>\d{{4}}))?$"
        )
        # the words a temporal phrase can begin with (besides digits): only there is the pattern tried
        openers = [*prefix_words, *past_words, *self.weekdays, *variants, *self.normalize, *month_names, *vague]
        self.openers = WordStarts({first_word(p) for p in openers}, digits=True)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TemporalPhrase]:
        end = len(text) if end is None else end
        found = []
        after = start
        for word in self.openers.finditer(text, start, end):
            if word.start() < after:
                continue
            match = self.pattern.match(text, word.start(), end)
            if match:
                kind = next(k for k in ("weekday", "relative", "absolute", "vague") if match.group(k))
                found.append(TemporalPhrase(match.start(), match.end(), match.group(), kind))
                after = match.end()
        return found

    def resolve(self, phrase: TemporalPhrase, published: date | None) -> date | None:
        """The day the phrase means; none when it cannot be told, or when it falls after publication (a
        statement is reported after it is made: a later date is a typo or an event still to come)."""
        found = self._resolve(phrase, published)
        if found is not None and published is not None and found > published + timedelta(days=1):
            return None
        return found

    def _resolve(self, phrase: TemporalPhrase, published: date | None) -> date | None:
        if phrase.kind == "vague":
            return None
        if phrase.kind == "weekday":
            return self._weekday(phrase.text, published)
        if phrase.kind == "relative":
            if published is None:
                return None
            key = " ".join(phrase.text.casefold().split())
            return self._date(self.normalize.get(key, key), published)
        return self._date(phrase.text, published)

    def _date(self, text: str, published: date | None) -> date | None:
        """A date phrase read with the lexicon's tables where it can be, else by dateparser."""
        try:
            found = self._read(text, published)
        except ValueError:  # a day the calendar does not have: 31/2
            return None
        if found is False:
            found = _dateparser(text, self.lex.code, self.date_order, published)
        if found is not None and published is not None and found > published and not _YEAR.search(text):
            found = found.replace(year=found.year - 1) if not (found.month == 2 and found.day == 29) else None
        return found

    def _read(self, text: str, published: date | None) -> date | None | Literal[False]:
        """The date, None when it cannot be dated, or False when this phrase is not one of the simple forms."""
        text = " ".join(text.split())
        relative = self.relative.match(text)
        if relative and relative.group("unit").casefold() in self.units:
            if published is None:
                return None
            return _shift(published, self.units[relative.group("unit").casefold()], int(relative.group("count")))
        if re.fullmatch(_NUMERIC, text):
            parts = [int(p) for p in text.split("/")]
            day, month = (parts[0], parts[1]) if self.date_order.startswith("D") else (parts[1], parts[0])
            year = parts[2] if len(parts) == 3 else None
            if year is not None and year < 100:
                year += 2000
            return self._complete(day, month, year, published)
        named = self.with_month.match(text)
        if named:
            month_number = self.month_numbers.get((named.group("month") or named.group("month2")).casefold())
            if month_number is None:
                return False
            day_written = named.group("day") or named.group("day2")
            named_year = int(named.group("year")) if named.group("year") else None
            if day_written is None:  # "Oktober 2025": the month, dated by its first day
                return date(named_year, month_number, 1) if named_year else None
            return self._complete(int(day_written), month_number, named_year, published)
        return False

    @staticmethod
    def _complete(day: int, month: int, year: int | None, published: date | None) -> date | None:
        if year is None:
            if published is None:
                return None
            year = published.year
        return date(year, month, day)

    def _weekday(self, text: str, published: date | None) -> date | None:
        match = self.pattern.match(text)
        if match and (match.group("dm") or match.group("wabs")):
            explicit = self._date(match.group("dm") or match.group("wabs"), published)
            if (
                explicit is not None
                and published is not None
                and explicit.year != published.year
                and explicit > published
            ):
                # "Senin (20/10/2026)" in an article of 21 October 2025: the weekday says which year was meant
                meant = self._same_day_in(explicit, published.year)
                named = self._weekday_named(text)
                return meant if meant is not None and named is not None and meant.weekday() == named else None
            if explicit is not None and not _YEAR.search(match.group("dm") or match.group("wabs")):
                # "Rabu (15/5)" in an article of October 2025 about a hearing of the year before: 15 May 2025 was a
                # Thursday, 15 May 2024 a Wednesday. The weekday decides between this year and the last; when it
                # fits neither, the day cannot be told.
                return self._weekday_year(explicit, self._weekday_named(text))
            if explicit is not None:
                return explicit
        if published is None:
            return None
        day = self._weekday_named(text)
        if day is None:
            return None
        back = (published.weekday() - day) % 7
        strictly_before = bool(match and match.group("past")) or text.casefold().startswith(self.past_prefixes)
        if back == 0 and strictly_before:
            back = 7
        return published - timedelta(days=back)

    @classmethod
    def _weekday_year(cls, day: date, weekday: int | None) -> date | None:
        """`day` (its year taken from publication) or the same day a year earlier, whichever falls on `weekday`."""
        if weekday is None or day.weekday() == weekday:
            return day
        earlier = cls._same_day_in(day, day.year - 1)
        return earlier if earlier is not None and earlier.weekday() == weekday else None

    @staticmethod
    def _same_day_in(day: date, year: int) -> date | None:
        try:
            return day.replace(year=year)
        except ValueError:  # 29 February
            return None

    def _weekday_named(self, text: str) -> int | None:
        return next(
            (
                self.weekday_index[w.casefold()]
                for w in re.findall(r"[\w'.]+", text)
                if w.casefold() in self.weekday_index
            ),
            None,
        )


@lru_cache(maxsize=4096)
def _dateparser(text: str, language: str, date_order: str, published: date | None) -> date | None:
    if published is None and not _YEAR.search(text):
        return None
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": date_order, "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    return parsed.date() if parsed is not None else None
