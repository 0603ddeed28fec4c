"""Content: the span of what was said, once a frame knows roughly where it lies.

Trimmed to the words themselves and told direct, indirect or mixed by the quotation marks it holds: a
quotation closing right before a cue, resumed after its attribution, continued in the next sentence, or
set as a paragraph of its own after "X reports:"; after a cue, past "that" and "kepada wartawan,".
"""

from __future__ import annotations

import re

from claimtrack.extract.article import Article
from claimtrack.extract.cue_context import CueContext
from claimtrack.extract.cues import NAME_CONNECTORS, CuePatterns
from claimtrack.extract.names import name_words
from claimtrack.extract.segment import AMBIGUOUS, CLOSERS, OPENERS, Quote, Sentence
from claimtrack.extract.tokens import SPACED_DASH, TOKEN, uncontracted
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

_TRIM = " \t\n,;:-–—"


def quote_kind(sentence: Sentence, start: int, end: int) -> str:
    """Direct when quotation marks hold nearly all of the span, mixed when they hold a part, else indirect."""
    inside = [q for q in sentence.quotes if q.start < end and q.end > start]
    if not inside:
        return "indirect"
    covered = sum(min(q.end, end) - max(q.start, start) for q in inside)
    if covered >= 0.85 * (end - start):
        return "direct"
    return "mixed" if covered >= 0.2 * (end - start) else "indirect"


def enough(doc: Article, start: int, end: int) -> bool:
    """Does the span hold at least two words?"""
    first = TOKEN.search(doc.text, start, end)
    return first is not None and TOKEN.search(doc.text, first.end(), end) is not None


def trimmed(doc: Article, start: int, end: int) -> tuple[int, int]:
    """The span without the punctuation and spaces around what was said (a full stop after a quotation stays)."""
    text = doc.text
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "."):
        if text[end - 1] == "." and end - 2 >= start and text[end - 2] in '"”':
            break
        end -= 1
    return start, end


def quoted(doc: Article, sentence: Sentence, quote: Quote) -> tuple[int, int]:
    """The words inside a quotation, from the sentence's start when the quotation opened before it."""
    return trimmed(doc, max(quote.inner_start, sentence.start), quote.inner_end)


def up_to(doc: Article, sentence: Sentence, position: int) -> tuple[int, int]:
    """What was said before an attribution set off by a comma: the sentence up to the comma before `position`."""
    head = doc.text[sentence.start : position].rstrip()
    if head.endswith(",''"):
        head = head[:-2]  # ("… and ''should have acted sooner,'' said X": two apostrophes close the quotation)
    return trimmed(doc, sentence.start, sentence.start + len(head) - 1)


def quote_before(doc: Article, sentence: Sentence, position: int) -> Quote | None:
    """A quotation that closes right before a cue: `"…," kata X` (comma and space allowed between)."""
    text = doc.text
    for quote in sentence.quotes:
        between = text[quote.end : position]
        inner_between = text[quote.inner_end : position]
        if (quote.end <= position and not between.strip(" ,.\n") and len(between) <= 4) or (
            quote.inner_end <= position and not inner_between.strip(" ,.\"”'’\n") and len(inner_between) <= 5
        ):
            return quote if _opens_clause(doc, sentence, quote) else None
    return None


def _opens_clause(doc: Article, sentence: Sentence, quote: Quote) -> bool:
    """Does a quotation stand as what was said, rather than a title inside a clause ('on CBS's "Face the Nation,"
    House Speaker … said')? A short one must open the sentence, follow a colon or dash, or an attribution."""
    text = doc.text
    head = text[sentence.start : max(sentence.start, quote.start)].rstrip()
    if not head or head[-1] in ":—–-―" or quote.start < sentence.start:
        return True
    if len(TOKEN.findall(text[quote.inner_start : quote.inner_end])) >= 6:
        return True  # titles inside a clause are short; a long quotation is what was said
    return head[-1] in ",;" and any(not sentence.in_quote(c.start) for c in doc.cues_in(sentence.start, quote.start))


def quoted_around(doc: Article, sentence: Sentence, quote: Quote, attribution_end: int) -> tuple[int, int]:
    """The words of a quotation closing before its attribution, on through the quotation that resumes after it:
    '"A," he said, "B."' is one statement, A to B."""
    start, end = quoted(doc, sentence, quote)
    comma = re.match(r"[ \t]*,[ \t]*", doc.text[attribution_end : sentence.end])
    if comma is None:
        return start, end
    resumed = next((q for q in sentence.quotes if q.start == attribution_end + comma.end()), None)
    if resumed is None or not enough(doc, resumed.inner_start, resumed.inner_end):
        return start, end
    return start, trimmed(doc, resumed.inner_start, resumed.inner_end)[1]


_BLANKS = re.compile(r"\s*")


def past_blanks(text: str, at: int) -> int:
    """Where the text goes on after the blanks (spaces, line breaks) at `at`."""
    return _BLANKS.match(text, at).end()  # type: ignore[union-attr]  # (\s* always matches)


def block_quote(doc: Article, after: int) -> tuple[int, int]:
    """The quotation that makes up the next paragraph: "The New York Times reports:\n\n"In an …"."""
    text = doc.text
    start = past_blanks(text, after)
    if start >= len(text) or text[start] not in OPENERS + AMBIGUOUS or "\n" not in text[after:start]:
        return after, after
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if text[end - 1] in AMBIGUOUS + "»":
        end -= 1
    return trimmed(doc, start + 1, end)


def carried_quotation(doc: Article, after: int) -> tuple[int, int]:
    """The quotation that opens the next paragraph, carried over the paragraphs after it the English way (a
    paragraph left open, the next one opening again: "“I can't remember much …\n\n“I missed Christmas …”"); an
    empty span when no quotation opens the next paragraph, or when one it is carried to closes before its end (an
    attribution of its own follows there)."""
    text = doc.text
    start, end = block_quote(doc, after)
    if end <= start:
        return start, end
    paragraph_start, line_end = start, text.find("\n", start)
    while line_end >= 0 and text[paragraph_start:line_end].rstrip()[-1:] not in CLOSERS + AMBIGUOUS:
        paragraph_start = past_blanks(text, line_end)
        if paragraph_start >= len(text) or text[paragraph_start] not in OPENERS + AMBIGUOUS:
            break
        line_end = text.find("\n", paragraph_start)
        paragraph_end = len(text) if line_end < 0 else line_end
        if any(mark in text[paragraph_start:paragraph_end].rstrip()[1:-1] for mark in CLOSERS + AMBIGUOUS):
            return after, after  # it closes inside a paragraph: an attribution of its own follows ("…,” she said.")
        end = trimmed(doc, paragraph_start, paragraph_end)[1]
        if text[end - 1 : end] in CLOSERS + AMBIGUOUS:
            end -= 1
    return start, end


def introduced_paragraph(doc: Article, after: int, quoted_only: bool = False) -> tuple[int, int]:
    """The paragraph after a sentence that ends in a colon, as the words it introduces: a quotation
    (`block_quote`), or prose that opens with a capital or a digit ("The U.S. Marine Corp denied the report in a
    statement released Wednesday night:\n\nThe Marine Security Force left …"). An empty span at `after` when no
    new paragraph follows, or when `quoted_only` and it is not a quotation."""
    text = doc.text
    start = past_blanks(text, after)
    if start >= len(text) or "\n" not in text[after:start]:
        return after, after
    if text[start] in OPENERS + AMBIGUOUS:
        return block_quote(doc, after)
    if quoted_only or not (text[start].isupper() or text[start].isdigit()):
        return after, after
    end = text.find("\n", start)
    return trimmed(doc, start, len(text) if end < 0 else end)


def continuation(doc: Article, sentence: Sentence) -> tuple[int, int] | None:
    """Content of a sentence that is all quotation (a quote continuing the previous speaker's)."""
    text = doc.text
    if not sentence.quotes:
        return None
    quote = sentence.quotes[0]
    start, end = max(quote.inner_start, sentence.start), min(quote.inner_end, sentence.end)
    outside = (
        text[sentence.start : max(quote.start, sentence.start)] + text[min(quote.end, sentence.end) : sentence.end]
    ).strip(" .,")
    if outside or not enough(doc, start, end):
        return None
    inner = text[quote.inner_start : quote.inner_end]
    last = inner.rstrip(" \t\n'\"’”»")[-1:]  # (past a quotation inside it)
    if _alone_on_its_line(text, quote.start, quote.end) and (last not in _STOPS or _title_cased(inner)):
        # '“They are like cogs in a machine”' on a line of its own, no stop inside: a pull quote set as a subheading,
        # whose words the article gives to someone later or not at all, not more of the speaker before it; and a
        # line of capitalised words, a title or a slogan however it ends ('"Detik Pagi, Jangan Tidur Lagi!"', the
        # outlet's own trailer after the article), no one's speech
        return None
    credit = _CREDIT_AFTER.match(text, quote.end)
    if credit is not None and text[credit.end() :].strip():
        # "“I love the looks of you …”\n\n—Cole Porter\n\nIt’s a safe bet …": a credit line says whose the words
        # are (the article's last line is its byline: "– Benjamin Fearnow")
        return None
    return trimmed(doc, start, end)


_STOPS = (".", "!", "?", ",", ";", ":", "…", "-", "—")  # what ends a sentence quoted, or breaks it off


def credit_inside(doc: Article, sentence: Sentence) -> tuple[str, int] | None:
    """The name a quotation credits on its own last line, inside its quotation marks, and where that line begins:
    '"We haven't seen anything like this before …\n\nNorman Ornstein, American Enterprise Institute scholar, on
    Donald Trump."' (a pull quote set in the article, whose words are the credited one's)."""
    if not sentence.quotes:
        return None
    quote = sentence.quotes[0]
    found = _CREDIT_INSIDE.search(doc.text, quote.inner_start, quote.inner_end)
    if found is None:
        return None
    line = found.group().lstrip()
    return line.split(",", 1)[0].strip(), found.start()


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _title_cased(text: str) -> bool:
    """Are the words, three or more, all capitalised, as a title's are ("Detik Pagi, Jangan Tidur Lagi!")?"""
    words = _WORD.findall(text)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Is the quotation from `start` to `end` all its line holds?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : line_end if line_end >= 0 else len(text)].strip()


# a line after a quotation that credits it, as under an epigraph: a dash, then a name alone on its line ("—Cole
# Porter", "– Mark Twain"; not a subheading set between dashes, "– An immigrant himself –.")
# … or inside the quotation, as its last line: a name of two to four capitalised words, a comma and what they are
_CREDIT_INSIDE = re.compile(r"\n\s*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3},[ \t]+[^\n]{3,120}\Z")
_CREDIT_AFTER = re.compile(r"\s*\n\s*[—–―][ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*(?=\n|\Z)")


# a name whom something was told, up to four capitalised words and a station's number: "BuzzFeed", "NBC News",
# "MyFoxBoston.com", "Real Radio 104.1"
# (an outlet's article and its connector too: "told the Times of India two wedding guests were …")
# (a channel's number in the possessive inside it: "told Team 5's Karen Anderson the men were …")
TOLD_NAME_RUN = (
    rf"(?:the[ \t]+)?[A-Z][\w.&'’-]*"
    rf"(?:[ \t]+(?:(?:{'|'.join(NAME_CONNECTORS)})[ \t]+)?(?:[A-Z][\w.&'’-]*|\d+['’]s)){{0,3}}"
    r"(?:[ \t]+\d+(?:\.\d+)?(?!\w|\.\d))?"
)


_MONTH_YEAR = re.compile(r"[^\W\d]+\s+\d{4}")  # "Oktober 2021", "October 2021"
# a possessive right after a temporal phrase: "Sunday's vote", "Sunday night's matchup"
_POSSESSED = re.compile(r"['’]s\b")
_CLOSING_QUOTES = ("”", "''", '"')  # after the tag: it was inside a quotation ("… according to its own website.''")


def opened_quotation(text: str, start: int, at: int) -> bool:
    """Is a quotation opened between `start` and `at` still open there?"""
    span = text[start:at]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


_FIRST_WORD = re.compile(r"\s*([\w'’-]+)")
_WORD_AT = re.compile(r"[\w'’-]+")
_LAST_WORD = re.compile(r"\b(\w+)$")


class AfterCue:
    """What was said after a cue, past the words one language puts between ("that", "kepada wartawan,")."""

    def __init__(self, lex: Lexicon, cues: CuePatterns, context: CueContext):
        self.complementizer = cues.complementizer
        self.context = context
        # a noun phrase's content ends before a contrasting clause with a subject of its own (`_narration_after_phrase`)
        self._contrast_links = frozenset(fold(w) for w in lex.words_of("cues", "contrast_links"))
        self._subject_openers = context.subject_determiners | frozenset(fold(w) for w in lex.pronouns)
        self._negations = frozenset(fold(w) for w in lex.words_of("stance", "negations"))
        # the speaker's second predicate after a phrase (`_before_second_predicate`): "and", a past, what opens its
        # object (`[claims] noun_phrase_openers`, `[speaker] opening_prepositions`, an article, a complementizer)
        conjunctions = lex.words_of("speaker", "list_conjunctions")
        self._second_predicate = (
            re.compile(rf",?[ \t]+(?:{phrase_pattern(conjunctions)})[ \t]+(?P<verb>[a-z]+)[ \t]+(?P<next>\S+)")
            if conjunctions
            else None
        )
        self._clause_break = re.compile(rf",|\b(?:{phrase_pattern(lex.complementizers)})\b")
        self._object_openers = frozenset(
            fold(w)
            for w in (
                *lex.words_of("claims", "noun_phrase_openers"),
                *lex.words_of("speaker", "opening_prepositions"),
                *lex.words_of("names", "definite_articles"),
                *lex.complementizers,
            )
        )
        # a complementizer that is also a word of condition ("kalau", "jika") opens a condition when a main clause
        # follows it after a comma: "menyebut, jika Indonesia menghentikan ekspor, harga CPO dapat bergejolak"
        self.conditionals = frozenset(fold(w) for w in lex.words_of("checkworthiness", "conditionals"))
        # … not when what follows the comma opens a phrase or goes on with a conjunction
        self.no_main_clause = frozenset(
            fold(w) for w in (*lex.words_of("claims", "fragment_openers"), *lex.words_of("speaker", "conjunctions"))
        )
        particles = lex.words_of("cues", "verb_particles")
        # "menekankan kembali, saat ini …", "said again that …", "replied with: …": the cue's adverb or particle,
        # before a comma, a colon or a complementizer
        self.particle = (
            re.compile(
                rf"\s*(?:{phrase_pattern(particles)})(?=\s*[,:]|\s+(?:{phrase_pattern(lex.complementizers)})\s)",
                re.IGNORECASE,
            )
            if particles
            else None
        )
        # "membantah tegas kabar tersebut", "denied flatly any wrongdoing": the cue's manner, whatever follows it
        manner = lex.words_of("cues", "manner_adverbs")
        self.manner = re.compile(rf"[ \t]+(?:{phrase_pattern(manner)})(?=[ \t]+\w)", re.IGNORECASE) if manner else None
        # "…, but declined to comment on …": the speaker's second predicate, holding words back (`_before_withheld`)
        withheld = lex.words_of("cues", "withheld")
        withholding = [  # (and with the typographic apostrophe: "didn’t")
            *lex.words_of("cues", "withholding"),
            *(w.replace("'", "’") for w in lex.words_of("cues", "withholding") if "'" in w),
        ]
        self.withheld = (
            re.compile(
                rf"(?:,[ \t]*|[ \t]+)(?:{phrase_pattern(lex.words_of('cues', 'clause_links'))})[ \t]+"
                rf"{phrase_pattern(withholding)}[ \t]+{phrase_pattern(withheld)}"
            )
            if withholding and withheld
            else None
        )
        # (and what the speaker cited for it: "…, citing the strategic importance of …", `[cues] sourcing`)
        according = phrase_pattern([*lex.according_to, *lex.words_of("cues", "sourcing")])
        self.source_tag = re.compile(rf",\s*{according}\s")
        heads = lex.words_of("cues", "summary_heads")
        articles = [
            w
            for w in (*lex.words_of("speaker", "apposition_articles"), *lex.words_of("names", "definite_articles"))
            if w.isalpha()
        ]
        clauses = phrase_pattern([*lex.complementizers, *lex.words_of("cues", "relatives")])
        self.summary = (
            re.compile(
                rf",[ \t]+(?:{phrase_pattern(articles)})[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?(?:{phrase_pattern(heads)})"
                rf"[ \t]+(?:{clauses})(?![\w-])"
            )
            if heads and articles
            else None
        )
        addressee = phrase_pattern(lex.words_of("cues", "addressee"))
        complementizers = phrase_pattern(lex.complementizers)
        # the circumstance of saying before what was said, up to a complementizer or a quotation (`_past_circumstance`)
        self.circumstance_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "circumstance_prepositions"))
        self.noun_phrase_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "noun_phrase_prepositions"))
        self.circumstance = (
            re.compile(rf"\s(?P<that>{complementizers})\s|[:,]\s*(?P<quote>[\"“‘]|'')", re.IGNORECASE)
            if self.circumstance_prepositions and lex.complementizers
            else None
        )
        self.pronouns = frozenset(fold(w) for w in lex.pronouns)
        # (only in a language whose verbs show no prefix: Indonesian "di tengah tantangan global, …" is circumstance,
        # though "tengah" marks an aspect)
        self.finite_words = (
            context.auxiliaries
            | context.noun_followers
            | frozenset(fold(w) for w in lex.words_of("claims", "irregular_pasts"))
            if not name_words(lex.code).verb_prefixes
            else frozenset()
        )
        self.complementizer_words = tuple(w.casefold() for w in lex.complementizers)
        # (a comma inside a figure ends no one's name: "claims to have paid 12,000 dollars")
        # (a colon before a quotation ends it as "that" does: "said to reporters: “It will work.”")
        self.addressee = re.compile(
            rf"\s*{addressee}\s+[^,.;:\"“”]{{1,50}}?(?:,(?!\d)|\s+{complementizers}|:(?=\s*[\"“‘]))"
        )
        # "told a veterans group that …": a verb whose object is whom it was said to, before "that"
        self.telling = frozenset(lex.words_of("cues", "telling"))
        # what someone asks for is a noun phrase or an infinitive, never a clause joined after a comma ("called for
        # help, but was rescued by …": the narration goes on; `[claims] requesting_cues`, `[cues] clause_links`)
        self.requesting = tuple(fold(w) for w in lex.words_of("claims", "requesting_cues"))
        # (not a list's last member: "asked for proof of citizenship, and Ki Hong's Social Security number"; nor the
        # second half of "not only …, but also …": `[cues] correlative_particles`)
        listing = {fold(w) for w in lex.words_of("speaker", "list_conjunctions")}
        links = [w for w in lex.words_of("cues", "clause_links") if " " not in w and fold(w) not in listing]
        also = phrase_pattern(lex.words_of("cues", "correlative_particles"))
        self.joined_clause = (
            re.compile(rf",[ \t]+(?:{phrase_pattern(links)})[ \t]+(?!(?:{also})\b)", re.IGNORECASE) if links else None
        )
        # (a figure's decimal point is no sentence's end: "told Orlando radio station Real Radio 104.1 that …"; a colon
        # ends whom it was told as "that" does: "told Kent Online: “The image …”")
        self.told_whom = re.compile(rf"\s*(?:[^,.;:\"“”]|(?<=\d)\.(?=\d)){{1,50}}?(?:\s+{complementizers}\s|:\s*)")
        # … or whom, with a name or a phrase set off by commas, up to a comma and the complementizer: "told confidants
        # including the head of the US Environmental Protection Agency, Scott Pruitt, that he planned …"
        self.told_set_off = re.compile(rf"\s*[^.;:\"“”]{{1,160}}?,\s+(?:{complementizers})\s", re.IGNORECASE)
        # "told MyFoxBoston.com the men were caught …", "told NBC News he …": a name told, then a clause that opens
        # with a determiner or a pronoun (English only: a language whose cues come after the name has none)
        openers = [  # (or a number: "told the Times of India two wedding guests were briefly arrested")
            w
            for w in (
                *lex.words_of("speaker", "determiners"),
                *lex.words_of("cues", "pronouns"),
                *lex.words_of("claims", "cardinals"),
            )
            if w.isalpha()
        ]
        # "told employees the new wearable will launch …", "tells investigators the picture was taken …": a common
        # noun told (one or two lower-case words after a determiner or none) before such a clause is whom, as well
        # (right after the cue only, and not a word that ends a noun phrase: "told confidants including …",
        # "told investigators about …", "told reporters that, although …")
        determiners = "|".join(re.escape(w) for w in lex.words_of("speaker", "determiners") if w.isalpha())
        enders = phrase_pattern([*lex.words_of("speaker", "stops"), *lex.words_of("claims", "naming_words")])
        told_noun = rf"(?:(?:{determiners})[ \t]+)?(?!{enders})[a-z]+(?:[ \t](?!{enders})[a-z]+)?"
        opener = r"[ \t]+(?=(?:" + "|".join(re.escape(w) for w in openers) + r")[ \t])"
        self.told_name = (
            re.compile(rf"\s*(?:{TOLD_NAME_RUN}){opener}") if openers and not lex.flag("cues", "post_only") else None
        )
        self.told_noun = re.compile(rf"\s*{told_noun}{opener}") if self.told_name is not None and determiners else None
        # "told CBS News Trump was …", "told the Post Manson has …": an outlet's name, ended by a word of outlets' names
        # (`[speaker] outlet_name_words`), then a name that opens the clause with its finite verb
        outlets = [w for w in lex.words_of("speaker", "outlet_name_words") if w.isalpha()]
        finite = sorted(self.finite_words, key=len, reverse=True)
        self.told_outlet = (
            re.compile(
                rf"\s*(?:the[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){{0,3}}(?=[A-Z])(?i:{phrase_pattern(outlets)})"
                rf"(?=[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,2}}[ \t]+(?:{phrase_pattern(finite)}|[a-z]+ed)\b)"
            )
            if self.told_name is not None and outlets and finite
            else None
        )
        # "revealed to The Express he had encountered …": to whom, by name, then what was said; "confirmed to
        # Re/Code.": to whom, and nothing more
        to = phrase_pattern(lex.words_of("cues", "addressed_to"))
        self.to_name = (
            re.compile(rf"\s*{to}[ \t]+(?:{TOLD_NAME_RUN})(?:{opener}|[\s.!?]*$)")
            if self.told_name is not None and lex.words_of("cues", "addressed_to")
            else None
        )

    def span(self, doc: Article, cue_end: int, end: int) -> tuple[int, int]:
        """The content from a cue's end to `end`: "X said [to reporters] [that] …" → "…", without a source tag that
        ends it (", according to 9to5Mac")."""
        manner = self.manner.match(doc.text, cue_end, end) if self.manner is not None else None
        if manner is not None:
            cue_end = manner.end()
        particle = self.particle.match(doc.text, cue_end, end) if self.particle is not None else None
        if particle is not None:
            cue_end = particle.end()
        opening = self.complementizer.match(doc.text, cue_end, end)
        assert opening is not None  # every part of the pattern is optional
        start = opening.end()
        word = opening.group().strip(" \t\n,:")
        if word and fold(word) in self.conditionals and self._main_clause_after_comma(doc.text[start:end]):
            start = opening.start() + opening.group().index(word)  # the condition is part of what was said
        end = self._before_aside_closes(doc.text, cue_end, start, end)
        end = self._before_joined_clause(doc, cue_end, start, end)
        end = self._before_withheld(doc.text, start, end)
        end = self._before_second_predicate(doc.text, start, end)
        end = self._before_summary(doc, start, end)
        tagged = self._before_source_tag(doc, start, end)  # (from before the circumstance: its comma opens the tag)
        ending = _LAST_WORD.search(doc.text, max(0, cue_end - 12), cue_end)  # ("said on CNN that …": the cue's own)
        own = ending is not None and fold(ending.group(1)) in self.circumstance_prepositions
        # (but the particle of an appeal's cue is the cue's: "called on President Obama to replace …", not "said on
        # CNN that")
        own = own and not fold(doc.text[max(0, cue_end - 30) : cue_end]).endswith(self.requesting)
        past = self._past_circumstance(doc, ending.start(1) if own and ending else start, end)
        start = past if past > start else self._past_circumstance(doc, self._past_addressee(doc, start, end), end)
        return trimmed(doc, start, max(start, tagged))

    @staticmethod
    def _before_aside_closes(text: str, cue_end: int, start: int, end: int) -> int:
        """Where what was said ends when the cue stands inside an aside set off by dashes: "Mark Kelly - leading
        gun-control advocates who have said the law failed - were headlining …" (a spaced dash opens the aside in the
        sentence before the cue, and the next one after it closes it); else `end`."""
        head = text[max(0, cue_end - 300) : cue_end]
        stop = max(head.rfind(". "), head.rfind("\n"), head.rfind("? "), head.rfind("! "))
        if len(SPACED_DASH.findall(head, stop + 1)) % 2 == 0:
            return end  # no dash before the cue in its sentence, or a pair already closed
        closing = SPACED_DASH.search(text, start, end)
        return closing.start() if closing is not None and closing.start() > start else end

    def only_circumstance(self, doc: Article, start: int, end: int) -> bool:
        """Is all that follows the cue where or when it was said ("said in Paris", "noted in The Intercept", "said at a
        Washington Post cybersecurity summit Thursday"): a preposition of circumstance (`[cues]
        circumstance_prepositions`) opening words with no comma, verb, pronoun, complementizer, cue or quotation
        among them? Then no words said follow it. Only in a language whose finite verbs the lists know (`_a_clause`); a
        lower-case word in "-ed" (`[claims] past_endings`) may be a verb and keeps them ("said in one case Internet
        activists criticized …")."""
        text = doc.text
        first = _FIRST_WORD.match(text, start, end)
        if not self.finite_words or first is None or fold(first.group(1)) not in self.circumstance_prepositions:
            return False
        words = text[start:end].split()
        return not (
            any(word.endswith(",") for word in words[:-1])  # ("in a column on Yahoo News, doing … gives Clinton …")
            or self._a_clause(words)
            or opened_quotation(text, start, end)
            or any(mark in text[start:end] for mark in '"“”‘’')
            or doc.cues_in(start, end)
            or any(fold(word.strip(",.;:")) in self.complementizer_words for word in words)
            or any(
                word[:1].islower() and fold(word.strip(",.;:")).endswith(self.context.past_endings) for word in words
            )
        )

    def _a_clause(self, words: list[str]) -> bool:
        """Do the words hold a finite verb or a personal pronoun: a clause of their own, no circumstance of saying?"""
        if not self.finite_words:
            return False
        # (a verb in lower case: "Charlie Rose" is a name; a pronoun's contraction too: "it's", "they're"; not a
        # possessive: "on NBC's 'Meet the Press' that …")
        return any(
            word[:1].islower()
            and fold(word.strip(",")) in self.finite_words
            or uncontracted(fold(word.strip(","))) in self.pronouns
            for word in words
        )

    def _past_circumstance(self, doc: Article, start: int, end: int) -> int:
        """Where what was said begins past the circumstance of saying it, when a preposition opens what follows the cue
        (`[cues] circumstance_prepositions`) and a complementizer or a quotation after a colon or comma closes it: "said
        in an interview with The Associated Press last week that …", "said in Madison, Wisconsin, that …", "said of
        Mr. Rubio: '…'". Only where no verb stands between (a clause of its own: "said in 2014 the company grew …"),
        no cue, no quotation opens first, and the complementizer is no relative pronoun ("in a report that cited …").
        `start` itself otherwise."""
        text = doc.text
        first = _FIRST_WORD.match(text, start, end)
        if self.circumstance is None or first is None or fold(first.group(1)) not in self.circumstance_prepositions:
            return start
        close = self.circumstance.search(text, first.end(), min(end, start + 160))
        if close is None or opened_quotation(text, start, close.start()) or doc.cues_in(start, close.start()):
            return start
        if not text[first.end() : close.start()].strip(" ,"):
            return start  # ("say on whether Clinton faces prosecution": the preposition's object is the clause)
        if self._a_clause(text[start : close.start()].split()):
            return start
        if close.group("that") and self.context.relative_not_complementizer(text, close.end(), end):
            return start
        return close.start("quote") if close.group("quote") else close.end()

    def _before_joined_clause(self, doc: Article, cue_end: int, start: int, end: int) -> int:
        """Where a request's content ends: before a clause joined after a comma ("Vorozhbitsyn called for help, but was
        rescued …"), outside any quotation; and a content that is a noun phrase before a contrasting clause with a
        subject of its own (`_narration_after_phrase`); `end` otherwise."""
        if self.joined_clause is None:
            return end
        requested = fold(doc.text[max(0, cue_end - 30) : cue_end]).endswith(self.requesting)
        for joined in self.joined_clause.finditer(doc.text, start, end):
            if opened_quotation(doc.text, start, joined.start()):
                continue
            if requested or self._narration_after_phrase(doc.text, start, joined):
                return joined.start()
            return end
        return end

    def _before_withheld(self, text: str, start: int, end: int) -> int:
        """Where what was said ends before the speaker's second predicate that holds words back, joined with no subject
        of its own (`[cues] withholding`, `withheld`: "… the biopsy had taken place, but declined to comment on the
        selfie accusation"), outside any quotation; `end` when there is none."""
        if self.withheld is None:
            return end
        for found in self.withheld.finditer(text, start, end):
            if found.start() > start and not opened_quotation(text, start, found.start()):
                return found.start()
        return end

    def _before_second_predicate(self, text: str, start: int, end: int) -> int:
        """Where what was said ends when it is a phrase, the cue's object, and the speaker's second predicate follows
        after "and" (`[speaker] list_conjunctions`): a verb in the past ("-ed" or `[claims] irregular_pasts`) before
        its own object, a function word or a name ("called the report a fabrication and took issue with the fees",
        "testified against Clarence Thomas …, and propelled the term …"). A phrase as `_narration_after_phrase`
        reads it: no finite word or personal pronoun but an object's ("described her as …"), no "not", no word in "-ed";
        and no finite word after the verb
        up to a comma or a complementizer ("the heat and unsettled weather could last …" joins two nouns). Outside
        any quotation; only in a language whose finite verbs the lists know; `end` when there is none."""
        if not self.finite_words or self._second_predicate is None:
            return end
        for found in self._second_predicate.finditer(text, start, end):
            before, verb = text[start : found.start()].split(), fold(found.group("verb"))
            if len(before) < 2 or opened_quotation(text, start, found.start()):
                continue
            if not (verb in self.context.irregular_pasts or len(verb) > 4 and verb.endswith(self.context.past_endings)):
                continue
            if (
                self._a_clause(
                    [word for word in before if fold(word.strip(",.;:")) not in self.context.object_pronouns]
                )
                or any(fold(word.strip(",.;:")) in self._negations for word in before)
                or any(
                    word[:1].islower() and fold(word.strip(",.;:")).endswith(self.context.past_endings)
                    for word in before
                )
            ):
                return end  # a clause, not a phrase: "she admires his determination and highlighted …" is hers
            following = found.group("next")
            if not (following[:1].isupper() or following[:1] in "\"“‘'" or fold(following) in self._object_openers):
                continue  # "the new and improved system": an adjective before its noun
            rest = self._clause_break.split(text[found.start("next") : end], maxsplit=1)[0]
            if self._a_clause(rest.split()):
                continue
            return found.start()
        return end

    def _narration_after_phrase(self, text: str, start: int, joined: re.Match[str]) -> bool:
        """Is the content a noun phrase up to a link of contrast (`[cues] contrast_links`: "but", "though") that opens a
        clause with a subject of its own, a determiner, a possessive, a personal pronoun or a name ("The site
        accurately predicted some design elements of the iPad Air 2, but its predictions may have been based on …",
        "Saudi officials deny any links to terrorism groups, but their critics point to …")? What follows is the
        writer's. A phrase has no finite word or personal pronoun (`_a_clause`), no word in lower case in "-ed", no
        quotation mark and no "not" (as in "not only …, but …"); so only in a language whose finite verbs the lists
        know."""
        link = joined.group().strip(" \t,")
        words = text[start : joined.start()]
        split = words.split()
        following = _FIRST_WORD.match(text, joined.end())
        if not self.finite_words or not split or following is None or fold(link) not in self._contrast_links:
            return False
        subject = following.group(1)
        folded = fold(subject)
        opens_subject = (
            folded in self._subject_openers
            or subject[:1].isupper()
            and folded not in self.context.auxiliaries
            or "-" in subject  # "but pro-democracy supporters there … have failed": a compound modifier opens a noun
            and subject.islower()
            and not folded.endswith(self.context.past_endings)
        )
        return (
            opens_subject
            and not self._a_clause(split)
            and not any(mark in words for mark in "\"“”‘’'")
            and not any(fold(word.strip(",.;:")) in self._negations for word in split)
            and not any(
                word[:1].islower() and fold(word.strip(",.;:")).endswith(self.context.past_endings) for word in split
            )
        )

    def _main_clause_after_comma(self, rest: str) -> bool:
        """Does a clause of three words or more follow a comma in `rest`, opened by no word that begins a phrase
        (`[claims] fragment_openers`: "…, sesuai data BPS" is where the words come from, no main clause) nor a
        conjunction ("…, dan mengatakan …" goes on with the cue's subject)?"""
        comma = re.search(r",\s", rest)  # (not a decimal comma: "Rp 7,2 miliar")
        words = rest[comma.end() :].split() if comma is not None else []
        return len(words) >= 3 and fold(words[0]) not in self.no_main_clause

    def _before_summary(self, doc: Article, start: int, end: int) -> int:
        """Where what was said ends when a phrase set off by a comma sums it up in the writer's words: an article, up
        to two words, a noun of `[cues] summary_heads`, then "that" or a relative ("…, the latest sign that …", "…, a
        move that survived court challenges"). Not inside a quotation; `end` when there is none."""
        if self.summary is None:
            return end
        for found in self.summary.finditer(doc.text, start, end):
            if not opened_quotation(doc.text, start, found.start()) and enough(doc, start, found.start()):
                return found.start()
        return end

    def only_source_tag(self, doc: Article, start: int, end: int) -> bool:
        """Is all between `start` and `end` a source tag set off by a comma, up to the sentence's end ("…, said Kuo,
        according to a story on the website MacRumors.": `[cues] according_to`, `sourcing`)? It names where the
        words were relayed, and is none of them."""
        tag = self.source_tag.match(doc.text, start, end)
        rest = doc.text[tag.end() : end] if tag is not None else ""
        return tag is not None and "," not in rest and not any(mark in rest for mark in '"“”')

    def _before_source_tag(self, doc: Article, start: int, end: int) -> int:
        """Where what was said ends when a source tag closes the sentence after a comma ("… will launch in Germany
        during April, according to 9to5Mac."; `[cues] according_to`, and `sourcing`: "…, citing people familiar
        with the matter"): that names who relayed it or what the speaker cited, not what was said. Not inside a
        quotation, and not where a comma follows the tag (", according to the CBO, and …")."""
        text = doc.text
        tags = list(self.source_tag.finditer(text, start, end))
        tag = tags[-1] if tags else None
        rest = text[tag.end() : end] if tag is not None else ""
        if (
            tag is None
            or "," in rest
            or any(mark in rest for mark in _CLOSING_QUOTES)
            or opened_quotation(text, start, tag.start())
        ):
            return end
        return tag.start() if enough(doc, start, tag.start()) else end

    def _addressee_then_circumstance(self, doc: Article, start: int, end: int) -> int:
        """Where what was told begins past whom it was told and the circumstance of telling, when the two together
        are too long for `told_whom`: "told members of the Associated Press in a brief press conference that …". The
        addressee is a phrase of at most eight words, no punctuation and no verb; the circumstance opens with a
        preposition (`[cues] circumstance_prepositions`, not `noun_phrase_prepositions`: "of", "with") and closes at
        a complementizer (`_past_circumstance`). `start` when there is no such pair."""
        text = doc.text
        for word in _WORD_AT.finditer(text, start, min(end, start + 120)):
            if any(mark in text[start : word.start()] for mark in ',.;:"“”'):
                return start  # (a comma or a sentence's end first: no addressee phrase)
            folded = fold(word.group())
            if folded in self.circumstance_prepositions and folded not in self.noun_phrase_prepositions:
                addressee = text[start : word.start()].split()
                if not addressee or len(addressee) > 8 or self._a_clause(addressee):
                    return start
                past = self._past_circumstance(doc, word.start(), end)
                return past if past > word.start() else start
        return start

    def _past_addressee(self, doc: Article, start: int, end: int) -> int:
        """Skip "kepada wartawan," / "to reporters that" / "pada Rabu bahwa" between a cue and its content."""
        text = doc.text
        cue = text[max(0, start - 20) : start].split()[-1:]
        before = [fold(word) for word in text[max(0, start - 40) : start].split()[-3:]]
        if cue and fold(cue[0]) in self.telling:
            told = self.told_whom.match(text, start, end)
            if told and len(told.group().split()) <= 8:
                return told.end()
            told = self.told_set_off.match(text, start, end)
            if (
                told
                and len(told.group().split()) <= 20
                and not self._a_clause(told.group().split()[:-1])
                and not self.context.relative_not_complementizer(text, told.end(), end)
            ):
                return told.end()
            circumstance = self._addressee_then_circumstance(doc, start, end)
            if circumstance > start:
                return circumstance
            told = self.told_noun.match(text, start, end) if self.told_noun is not None else None
            if told is not None:
                return told.end()
        if self.told_name is not None and any(word in self.telling for word in before):
            named = self.told_name.match(text, start, end)  # ("told NBC" is a cue itself: "… News he …" goes on)
            if named is not None:
                return named.end()
            named = self.told_outlet.match(text, start, end) if self.told_outlet is not None else None
            if named is not None:
                return named.end()
        if self.to_name is not None:
            named = self.to_name.match(text, start, end)
            if named is not None:
                return named.end()
        match = self.addressee.match(text, start, end)
        # "told reporters on Monday that …" / "kepada wartawan, …", but not "wants to sign up five million people, …"
        if (
            match
            and len(match.group().split()) <= (8 if match.group().rstrip().endswith(self.complementizer_words) else 4)
            and not self._a_clause(match.group().split()[1:-1])  # ("on Monday it was investigating reports that …")
            and not (
                # (a finite verb after it makes the complementizer a relative pronoun: "said in a report that cited …")
                match.group().rstrip().endswith(self.complementizer_words)
                and self.context.relative_not_complementizer(text, match.end(), end)
            )
        ):
            return match.end()
        phrases = [p for p in doc.dates_in(start, min(end, start + 40)) if not text[start : p.start].strip()]
        if phrases and _POSSESSED.match(text, phrases[0].end):
            return start  # "said Sunday night's matchup felt like …": the day's thing is what was talked about
        if phrases and not _MONTH_YEAR.fullmatch(text[phrases[0].start : phrases[0].end]):
            # (a month and its year alone is no time of speaking but what was talked about: "mengatakan Oktober 2021
            # adalah waktu yang ideal")
            after = self.complementizer.match(text, phrases[0].end, end)
            return after.end() if after else phrases[0].end
        return start
