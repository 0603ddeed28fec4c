"""The claims list as the TUI reads it: a search box's words answered by the search index, a page at a time.

A claim matches a search when each word of it is part of one of the claim's words (exact), or, for words of four
letters or more, when one of the claim's words begins like a near miss of it (a typo: same first letter, rapidfuzz
ratio over the typed length, as `typo_cutoff` says). Exact matches come first, then typo matches, each part in the
list's order. Claims said by a speaker the search names count as exact matches.

On SQLite a page is read one of two ways, chosen by how many claims the words find (`_BROAD`): few, and their ids
come from the FTS5 table and are sorted; many, and the triage index is walked from its head, each claim's words
checked, until the page is full. PostgreSQL's planner makes that choice itself (pg_trgm's index answers LIKE).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, bindparam, false, func, literal_column, not_, or_, select, union
from sqlmodel import Session

from claimtrack.migrations.search_index import FLAGGED_OFFSET, SEARCH, VOCABULARY, triage_key
from claimtrack.models import STATUSES, Claim
from claimtrack.store.actor_reads import actors_called, claims_by_actors
from claimtrack.store.claim_lists import ClaimLists
from claimtrack.store.views import ClaimQuery
from claimtrack.textutil import fold, search_words

_BROAD = 20_000  # claims a search finds beyond which a page walks the triage index instead of sorting them
_SHORT = 3  # words shorter than this have no trigrams: claim_search is read through for them (0.5 s at 1M)
_WALK_DEPTH = 1000  # positions down a broad search's list up to which a page is read by walking the triage index


def typo_cutoff(word: str) -> float | None:
    """How alike (rapidfuzz ratio) a word's beginning must be to count as a typo of `word`; short words must match."""
    if len(word) < 4:
        return None
    return 75.0 if len(word) == 4 else 80.0


@dataclass(frozen=True)
class WordSearch:
    """A search box's words, folded, each with the word beginnings (from claims' vocabulary) that are near misses."""

    words: tuple[str, ...] = ()
    near: tuple[tuple[str, ...], ...] = ()
    said_by: str = ""  # claims with a statement by a speaker whose name has a word starting so count as exact

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def has_typos(self) -> bool:
        return any(self.near)


@dataclass
class ClaimPage:
    """Claim ids at one place in a list; `exact` is how many exact matches the list has, once a page has seen
    their end (None while unknown)."""

    ids: list[int]
    exact: int | None = None


@dataclass
class ListCounts:
    """A list's size: claims per status under the search and filters (status filter aside, so they show what
    choosing another status would give), those the status filter keeps, and how many of them match exactly."""

    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    exact: int = 0


class ClaimSearch(ClaimLists):
    """Pages and counts of the claims list, searched by the index."""

    def word_search(self, text: str) -> WordSearch:
        """The search box's text as words with their near misses (read from the vocabulary)."""
        words = tuple(search_words(text))
        if not words:
            return WordSearch()
        with self._read() as session:
            near = tuple(self._near_misses(session, word) for word in words)
        return WordSearch(words, near, text if len(fold(text)) >= 3 else "")

    def _near_misses(self, session: Session, word: str) -> tuple[str, ...]:
        """Beginnings of the vocabulary's words (as long as `word`, or one letter shorter for a shorter word) that
        are typos of `word`: each is looked for as the start of a word."""
        cutoff = typo_cutoff(word)
        if cutoff is None:
            return ()
        from rapidfuzz import fuzz, process  # only a search with typos needs it: `claimtrack claims` starts without

        length, letter = len(word), word[0]
        starts = select(func.substr(VOCABULARY.c.word, 1, length)).distinct()
        if self.is_sqlite:
            starts = starts.where(VOCABULARY.c.word >= letter, VOCABULARY.c.word < chr(ord(letter) + 1))
        else:
            starts = starts.where(func.substr(VOCABULARY.c.word, 1, 1) == letter)
        starts = starts.where(func.length(VOCABULARY.c.word) >= length - 1)
        choices = list(session.exec(starts).scalars())
        found = process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        return tuple(sorted(choices[at] for _, _, at in found if word not in choices[at]))

    # --- pages ------------------------------------------------------------------------------------------------
    def claim_page(
        self, query: ClaimQuery, words: WordSearch, offset: int, limit: int, exact: int | None = None
    ) -> ClaimPage:
        """Ids of the claims at [offset, offset + limit) of the list: exact matches, then typo matches."""
        with self._read() as session:
            if not words:
                return ClaimPage(self._page(session, query, None, offset, limit))
            ids: list[int] = []
            if exact is None or offset < exact:
                ids = self._page(session, query, self._exact(words), offset, limit)
                if len(ids) < limit:
                    exact = offset + len(ids) if ids or offset == 0 else self._count(session, query, words)
            if len(ids) < limit and exact is not None and words.has_typos:
                typos = self._typos_only(words)
                ids += self._page(session, query, typos, max(offset - exact, 0), limit - len(ids))
            return ClaimPage(ids, exact)

    def _page(self, session: Session, query: ClaimQuery, match: _Match | None, offset: int, limit: int) -> list[int]:
        if match is None:  # the triage and check-worthiness orders have an index to walk
            walk = query.sort in ("triage", "checkworthiness") and not self._selective_filters(query)
        else:  # deep in a broad search the walk would pass most of the index: sorting what the index finds is sooner
            walk = query.sort == "triage" and offset + limit <= _WALK_DEPTH and self._broad(session, match)
        statement = self._claim_filter(select(Claim.id), query, by_triage_index=walk)
        if match is not None:
            statement = statement.where(match.row_check() if walk else match.among(self.is_sqlite))
        statement = self._ordered(statement, query.sort).limit(limit).offset(offset)
        return list(session.exec(statement).scalars())

    def _broad(self, session: Session, match: _Match) -> bool:
        """Whether the words find so many claims that walking the triage index fills a page sooner (SQLite; on
        PostgreSQL the planner decides)."""
        if not self.is_sqlite:
            return False
        counted = select(func.count()).select_from(match.found().limit(_BROAD).subquery())
        return session.exec(counted).scalar_one() >= _BROAD

    @staticmethod
    def _selective_filters(query: ClaimQuery) -> bool:
        """A speaker narrows to few claims: their ids are sorted rather than the triage index walked."""
        return bool(query.speaker or query.actor_ids or query.claim_ids)

    # --- counts -----------------------------------------------------------------------------------------------
    def list_counts(self, query: ClaimQuery, words: WordSearch) -> ListCounts:
        """Claims per status (status filter aside), the list's length, and how many of it match exactly."""
        any_status = ClaimQuery(**{**query.__dict__, "statuses": (), "sort": "triage"})
        with self._read() as session:
            key = triage_key()  # grouped by the key, the counts of a whole list are read from the triage index alone
            statement = self._claim_filter(select(key, func.count(Claim.id)), any_status, by_triage_index=not words)
            if words:
                statement = statement.where(self._either(words).among(self.is_sqlite))
            counts = {status: 0 for status in STATUSES}
            for value, count in session.exec(statement.group_by(key)).all():
                rank = value % FLAGGED_OFFSET
                if rank < len(STATUSES):
                    counts[STATUSES[rank]] += count
            chosen = query.statuses or tuple(counts)
            total = sum(counts.get(status, 0) for status in chosen)
            exact = self._count(session, query, words) if words and words.has_typos else total
        return ListCounts({status: counts[status] for status in STATUSES}, total, exact)

    def _count(self, session: Session, query: ClaimQuery, words: WordSearch) -> int:
        """How many claims of the list match every word exactly."""
        statement = self._claim_filter(select(func.count(Claim.id)), query, by_triage_index=False)
        return session.exec(statement.where(self._exact(words).among(self.is_sqlite))).scalar_one()

    # --- pickers ----------------------------------------------------------------------------------------------
    def find_claims(self, text: str, limit: int = 20, exclude: Iterable[int] = ()) -> list[tuple[int, str, str]]:
        """(id, status, text) of the first claims of a search in triage order, for a picker or the command palette."""
        skip = set(exclude)
        words = self.word_search(text)
        page = self.claim_page(ClaimQuery(), words, 0, limit + len(skip))
        wanted = [claim_id for claim_id in page.ids if claim_id not in skip][:limit]
        with self._read() as session:
            rows = session.exec(select(Claim.id, Claim.status, Claim.text).where(Claim.id.in_(wanted))).all()
        found = {row[0]: (row[0], row[1], row[2]) for row in rows}
        return [found[claim_id] for claim_id in wanted if claim_id in found]

    # --- what the words ask -----------------------------------------------------------------------------------
    def _exact(self, words: WordSearch) -> _Match:
        return _Match([[word] for word in words.words], [], words.said_by)

    def _either(self, words: WordSearch) -> _Match:
        alternatives = [[word, *(" " + start for start in near)] for word, near in zip(words.words, words.near)]
        return _Match(alternatives, [], words.said_by)

    def _typos_only(self, words: WordSearch) -> _Match:
        either = self._either(words)
        return _Match(either.alternatives, [word for word in words.words if len(word) >= _SHORT], "", words.said_by)


class _Match:
    """Claims whose words hold, for each entry of `alternatives`, one of its strings (' abc': a word starting abc);
    minus those holding every one of `not_all` and those said by whom `not_said_by` names; plus those `said_by` names.
    """

    def __init__(self, alternatives: list[list[str]], not_all: list[str], said_by: str, not_said_by: str = "") -> None:
        self.alternatives = alternatives
        self.not_all = not_all
        self.said_by = said_by
        self.not_said_by = not_said_by

    def _indexed(self) -> list[list[str]]:
        return [strings for strings in self.alternatives if len(strings[0]) >= _SHORT]

    def _short(self) -> list[list[str]]:
        return [strings for strings in self.alternatives if len(strings[0]) < _SHORT]

    def found(self) -> Select:
        """Ids of the claims whose words match (SQLite): by the FTS5 index for words of three letters or more, by
        reading claim_search through for shorter ones."""
        found = select(SEARCH.c.rowid)
        if self._indexed():
            found = found.where(_fts_match(self._indexed()))
        return found.where(*(_like_any(SEARCH.c.words, strings) for strings in self._short()))

    def _said(self, said_by: str) -> Select:
        return claims_by_actors(actors_called(said_by, prefix=True))

    def among(self, sqlite: bool) -> ColumnElement[bool]:
        """A condition on `claim` that reads the matching ids from the index (SQLite: FTS5; PostgreSQL: LIKE)."""
        if sqlite:
            found = self.found()
            if self.not_all:
                found = found.where(
                    SEARCH.c.rowid.not_in(select(SEARCH.c.rowid).where(_fts_match([[word] for word in self.not_all])))
                )
        else:
            found = select(SEARCH.c.rowid).where(*(_like_any(SEARCH.c.words, s) for s in self.alternatives))
            if self.not_all:
                found = found.where(not_(and_(*(SEARCH.c.words.like(f"%{word}%") for word in self.not_all))))
        condition = Claim.id.in_(union(found, self._said(self.said_by)) if self.said_by else found)
        if self.not_said_by:
            condition = and_(condition, Claim.id.not_in(self._said(self.not_said_by)))
        return condition

    def row_check(self) -> ColumnElement[bool]:
        """The same condition checked on each claim's own words (SQLite: while walking the triage index)."""
        words = select(SEARCH.c.words).where(SEARCH.c.rowid == Claim.id).scalar_subquery()
        condition: ColumnElement[bool] = and_(*(_like_any(words, strings) for strings in self.alternatives))
        if self.not_all:
            condition = and_(condition, not_(and_(*(words.like(f"%{word}%") for word in self.not_all))))
        if self.said_by:
            condition = or_(condition, Claim.id.in_(self._said(self.said_by)))
        if self.not_said_by:
            condition = and_(condition, Claim.id.not_in(self._said(self.not_said_by)))
        return condition if self.alternatives or self.said_by else false()


def _like_any(column: ColumnElement[str], strings: list[str]) -> ColumnElement[bool]:
    return or_(*(column.like(f"%{string}%") for string in strings))


def _fts_match(alternatives: list[list[str]]) -> ColumnElement[bool]:
    """An FTS5 query: each entry's strings as phrases joined by OR, the entries by AND (trigram: parts of words)."""
    expression = " AND ".join("(" + " OR ".join(f'"{string}"' for string in strings) + ")" for strings in alternatives)
    return literal_column(SEARCH.name).op("MATCH")(bindparam(None, expression))
