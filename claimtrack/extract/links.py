"""Links between statements of one document: what a denial, a confirmation or a repetition answers.

- A denial answers the statement whose proposition its content states again ("membantah bahwa Korea Utara
  mengirim senjata"), wherever it stands; else, when it points at something said ("tuduhan itu", "informasi
  tersebut", "the allegations"), the statement it points at: the nearest one before it, by someone else,
  that shares its topic, a circulating claim first. A denial whose target the text does not show links to
  nothing: precision first.
- An assertion negating what someone else stated before, pointing at it as something said ("Sri Mulyani tidak
  pernah mengucapkan pernyataan itu"), contradicts it: a denial in all but its cue. Two assertions of opposite
  polarity alone do not ("setop impor pada akhir 2027" and "tidak akan impor mulai akhir 2027" agree), nor does a
  long text, which holds many propositions and no one polarity.
- A statement by someone else whose cue or words confirm ("membenarkan", "senada", "confirmed") supports
  the earlier statement it states again, or points at. A mere repetition is no link here: it joins the same
  claim when the article is tracked, and a proposition and its negation meet there as a contradiction
  (match keys carry negation), not inside one article, where "tidak" is too often about something else.
Topics and propositions are compared on match keys (stems, entities across languages, concepts) of the
content without its verdict ("tidak disertai bukti", "is false"), which says how, not what, it answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimtrack.extract.name_registry import same_person
from claimtrack.extract.result import Link, Statement
from claimtrack.extract.stance import Stance
from claimtrack.match import MANY, MARKS, NEGATED, match_key, negated_key

_SAME_PROPOSITION = 0.6  # share of the smaller key's terms two statements must share to state the same thing
_SHARED_TOPIC = 0.2  # for a denial or confirmation that points at what it answers
_REACH = 1500  # characters back a pointing denial may reach for what it answers
_ADJACENT = 400  # a denial with no topic of its own answers only what was said about this close before it


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared terms over the smaller side's terms (negation marks aside); at least two must be shared."""
    a, b = a - MARKS, b - MARKS
    shared = a & b
    if len(shared) < 2 or not a or not b:
        return 0.0
    return len(shared) / min(len(a), len(b))


def _polarity(terms: frozenset[str]) -> bool:
    return NEGATED in terms


class _Keys(dict[str, frozenset[str]]):
    """Statement id → the terms of its content's match key, read when first asked for: most statements have no
    other speaker's statement to be compared with, and the key is the costliest thing about a statement."""

    def __init__(self, stance: Stance, statements: list[Statement]):
        super().__init__()
        self.stance = stance
        self.by_id = {s.id: s for s in statements}
        self.contents: dict[str, str] = {}  # without their verdict words
        self.polarities: dict[str, bool] = {}  # whether the key will carry NEGATED, before it is made
        self.pointing: dict[str, bool] = {}  # whether the content points back at something said

    def __missing__(self, statement_id: str) -> frozenset[str]:
        self[statement_id] = terms = frozenset(match_key(self.content(statement_id), self.stance.language).split())
        return terms

    def content(self, statement_id: str) -> str:
        if statement_id not in self.contents:
            self.contents[statement_id] = self.stance.without_verdict(self.by_id[statement_id].content)
        return self.contents[statement_id]

    def points_back(self, statement_id: str) -> bool:
        """`Stance.points_back` of the statement's content, read once."""
        if statement_id not in self.pointing:
            self.pointing[statement_id] = self.stance.points_back(self.by_id[statement_id].content)
        return self.pointing[statement_id]

    def negated(self, statement_id: str) -> bool:
        """Whether the key will carry NEGATED, known without the key (no stemming): `match.negated_key`."""
        if statement_id in self:
            return _polarity(self[statement_id])
        if statement_id not in self.polarities:
            self.polarities[statement_id] = negated_key(self.content(statement_id), self.stance.language)
        return self.polarities[statement_id]


def find_links(stance: Stance, statements: list[Statement]) -> list[Link]:
    keys = _Keys(stance, statements)
    links: list[Link] = []
    asserting = [s for s in statements if s.stance == "assert"]
    # the negations that point back: what a later statement may answer, read once for the document
    answerable = [s for s in asserting if keys.points_back(s.id) and keys.negated(s.id)]
    for statement in statements:
        if statement.stance == "deny":
            others = [s for s in asserting if s is not statement and not _same_speaker(s, statement)]
            target = _denied(stance, statement, others, keys)
            if target is not None:
                links.append(Link(statement.id, target.id, "contradicts"))
            continue
        if not stance.confirms(statement.cue, statement.content) and not _may_contradict(
            stance, statement, _earlier(statement, asserting), keys, _earlier(statement, answerable)
        ):
            continue  # no link can come of it: it confirms nothing, and nothing it could contradict (keys unmade)
        earlier = list(_earlier(statement, asserting))
        same, score = _best(statement, earlier, keys)
        if (
            same is not None
            and score >= _SAME_PROPOSITION
            and _polarity(keys[statement.id]) != _polarity(keys[same.id])
            and MANY not in keys[statement.id] | keys[same.id]  # a long text holds many propositions, no one polarity
            and stance.points_back((statement if _polarity(keys[statement.id]) else same).content)
            and not _same_side(statement, same)
        ):
            links.append(Link(statement.id, same.id, "contradicts"))  # "tidak berniat melarang" against "dilarang"
        elif stance.confirms(statement.cue, statement.content):
            # a confirmation says what it confirms: again, in its own words ("confirmed that Apple is shutting down
            # Beats Music" after "Apple plans to shut down Beats Music"), or by pointing at it as its cue's object
            # ("membenarkan hal itu", "confirmed the report"); one that states something else ("confirmed the Apple
            # Watch will launch in April") supports nothing said before, however much of its topic it shares
            owner = stance.whose_words(statement.content)
            if same is not None and score >= _SAME_PROPOSITION:
                target = same
            elif owner or stance.confirms_by_cue(statement.cue) and stance.opens_pointing_back(statement.content):
                # ("confirmed" inside what was said reports another's confirmation: it points at nothing said here)
                target = _pointed_at(
                    statement,
                    [s for s in earlier if not owner or same_person(owner, s.speaker)],
                    keys,
                    adjacent=False,
                )
            else:
                target = None
            if target is not None and _overlapping(statement, target):
                # one inside the other ("UPI: An unidentified airport official confirmed that P" and the official's
                # own "P"; "She also said P" and her "P"): one source relayed, no second one confirming it
                target = None
            if target is not None and owner and not same_person(owner, target.speaker):
                # "echoed Mr. Putin's justification of …", "agreed with Mr. Trump on the issue": what is confirmed is
                # that person's, whoever else said something like it
                target = None
            if target is not None and _polarity(keys[statement.id]) == _polarity(keys[target.id]):
                links.append(Link(statement.id, target.id, "supports"))
    return links


def _earlier(statement: Statement, among: list[Statement]) -> Iterator[Statement]:
    """Those of `among` before the statement, by another speaker; a generator, so that a test of them stops at the first
    that settles it (a long transcript need not list every earlier statement for each of its thousands)."""
    return (s for s in among if s.start < statement.start and s is not statement and not _same_speaker(s, statement))


def _may_contradict(
    stance: Stance,
    statement: Statement,
    earlier: Iterable[Statement],
    keys: _Keys,
    earlier_answerable: Iterable[Statement],
) -> bool:
    """Could the statement contradict the earlier one it is closest to, as far as can be told without stemming
    their words? Only an opposite polarity contradicts, and the negated side must point back at what it answers
    ("tuduhan itu tidak benar"): when neither can be, no key need be made. `earlier_answerable`: those of `earlier`
    that are negations pointing back."""
    # (whether a content points back is cheaper to know than its polarity: it is asked first)
    if keys.points_back(statement.id) and keys.negated(statement.id):
        return any(not keys.negated(s.id) for s in earlier)
    # an earlier negation that points back, answered by this one (a negation that does not point back answers none;
    # most documents have none, so that is asked before this one's polarity)
    return any(True for _ in earlier_answerable) and not keys.negated(statement.id)


def _same_side(a: Statement, b: Statement) -> bool:
    """Do two speakers speak for one side: one named in the other's role ("KPK" and its task force head)?"""
    return any(x.speaker and x.speaker.casefold() in y.speaker_role.casefold() for x, y in ((a, b), (b, a)))


def _overlapping(a: Statement, b: Statement) -> bool:
    """Do the two statements' spans overlap, one holding the other's words?"""
    return a.start < b.end and b.start < a.end


def _same_speaker(a: Statement, b: Statement) -> bool:
    return bool(a.speaker) and a.speaker == b.speaker


def _best(
    statement: Statement, candidates: list[Statement], keys: dict[str, frozenset[str]]
) -> tuple[Statement | None, float]:
    best, best_score = None, 0.0
    for candidate in candidates:
        value = _overlap(keys[statement.id], keys[candidate.id])
        if value > best_score:
            best, best_score = candidate, value
    return best, best_score


def _denied(
    stance: Stance, denial: Statement, asserted: list[Statement], keys: dict[str, frozenset[str]]
) -> Statement | None:
    """What a denial answers: the statement whose proposition it denies ("membantah bahwa P": a denial by its
    cue), else the one it points at ("itu hoaks", "tuduhan itu"), else nothing. A denial by its words alone
    says its verdict on something said elsewhere: its own content is no proposition another statement repeats.
    A statement that itself denies or passes a denial's verdict ("Korovin “categorically denies” taking the selfie",
    "Those theories … are baseless") sides with the denial: it is not what the denial answers."""
    asserted = [s for s in asserted if not _sides_with_a_denial(stance, s)]
    if stance.names_what_it_denies(denial.cue, denial.content):  # (before the keys: it is told without them)
        # what says the denied proposition is not so agrees with the denial: "Terdakwa membantah memperkaya diri …"
        # does not answer another defendant's "tidak bersalah atau memperkaya orang lain …"
        same, score = _best(denial, [s for s in asserted if not _polarity(keys[s.id])], keys)
        if (
            same is not None
            and score >= _SAME_PROPOSITION
            and (same.start < denial.start or len(keys[denial.id] & keys[same.id] - MARKS) > 2)
        ):
            # (a denial answers what was said before it; with two words in common, only that: "Stone and Pence have
            # denied any connection to any email hacking" does not answer Earnest's "he could not specifically tie
            # Podesta's hacked emails to the Russian government", the sentence after)
            return same
    # "Unggahan yang menyebut P adalah hoaks", "A viral post claiming that P is false": the verdict is said of the
    # phrase, and what spread the claim asserts P inside it
    held = [s for s in asserted if s.speaker_kind == "circulating" and denial.start <= s.start and s.end <= denial.end]
    if len(held) == 1:
        return held[0]
    if stance.points_back(denial.content):
        return _pointed_at(denial, [s for s in asserted if s.start < denial.start], keys)
    return None


def _sides_with_a_denial(stance: Stance, statement: Statement) -> bool:
    """Does an asserting statement report a denial or pass a denial's verdict in its own words (a deny cue or
    `[stance] deny_content` in its content: "the doctor denies performing …", "… are baseless")?"""
    return stance.deny_content.found_in(statement.content) or stance.reports_denial(statement.content)


def _pointed_at(
    statement: Statement, earlier: list[Statement], keys: dict[str, frozenset[str]], adjacent: bool = True
) -> Statement | None:
    """The statement "itu" / "the claim" means: the earlier one within reach that shares most of its topic (a
    circulating claim first, the nearest if tied); when nothing before shares its topic, none — or, for a
    denial with no topic of its own (`adjacent`), what was said just before it."""
    near = [s for s in earlier if statement.sentence_start - s.sentence_end < _REACH]
    shared = {s.id: _overlap(keys[statement.id], keys[s.id]) for s in near}
    on_topic = [
        s for s in near if shared[s.id] >= _SHARED_TOPIC or _topic_terms(keys[statement.id]) & _topic_terms(keys[s.id])
    ]
    if on_topic:
        return max(on_topic, key=lambda s: (s.speaker_kind == "circulating", round(shared[s.id], 1), s.start))
    if not adjacent or len(keys[statement.id] - MARKS) >= 2:
        return None
    # nothing of its own to go by ("tuduhan Barat itu tidak disertai bukti"): what was said just before, the
    # most check-worthy of it (an accusation is a claim), the latest if tied
    just_before = [s for s in near if statement.sentence_start - s.sentence_end < _ADJACENT]
    return max(just_before, key=lambda s: (s.checkworthiness, s.start)) if just_before else None


def _topic_terms(terms: frozenset[str]) -> frozenset[str]:
    """The terms that name what a statement is about: entities ("@korea_utara") and numbers."""
    return frozenset(t for t in terms if t.startswith("@") or t.replace(",", "").replace(".", "").isdigit())
