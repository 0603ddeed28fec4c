"""Cue context: what the words around a cue say about an attribution there.

Whether a cue word is a verb of saying where it stands ("the United States", "were told", "menolak hadir" are
not), whether what follows an attribution is circumstance or a clause of its own, whether "X said," is set inside
the sentence, and where the clause holding the speaker begins. The frames ask; this module knows the words.
"""

from __future__ import annotations

import re
from functools import cached_property

from claimtrack.extract.article import Article
from claimtrack.extract.cues import Cue, CuePatterns
from claimtrack.extract.names import is_capitalised, name_words
from claimtrack.extract.segment import Sentence
from claimtrack.extract.speaker_words import is_possessed
from claimtrack.extract.tokens import SPACED_DASH, TOKEN, uncontracted
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

_CARDINAL = re.compile(r"\d+(?:[.,]\d+)*")  # "10", "1,200" (not "21,": an age set off)


# a colon, then a quotation opening: what was said follows, as after "that"
_COLON_QUOTATION = re.compile(r":\s*[\"“‘]")


class CueContext:
    """One language's words for reading a cue's surroundings: noun markers, passive auxiliaries, raising verbs,
    denials that need an object, words of purpose or condition, complementizers."""

    def __init__(self, lex: Lexicon, cues: CuePatterns) -> None:
        self.lex = lex
        self.cues = cues
        self.noun_markers = frozenset(w.casefold() for w in lex.words_of("cues", "noun_markers"))
        self.noun_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "noun_prepositions"))
        self.report_modifiers = frozenset(fold(w) for w in lex.words_of("cues", "report_modifiers"))
        # capitalised words that modify a head and are none themselves ("of Democratic claims": `[organizations]
        # modifiers`)
        self.name_modifiers = frozenset(fold(w) for w in lex.words_of("organizations", "modifiers"))
        self.adjectives = frozenset(fold(w) for w in lex.words_of("cues", "adjectives"))
        self.plural_without_s = frozenset(fold(w) for w in lex.words_of("cues", "plural_without_s"))
        # words after which a subject opens: a clause's link or subordinator ("When the talk show host said …")
        self.clause_openers = frozenset(
            fold(w) for w in (*lex.words_of("cues", "clause_links"), *lex.words_of("cues", "subordinators"))
        )
        self.singular_articles = frozenset(fold(w) for w in lex.words_of("cues", "singular_articles"))
        self.documents = frozenset(fold(w) for w in lex.words_of("speaker", "documents"))
        self.cue_words = frozenset(fold(w) for w in lex.speech_cues if " " not in w)
        # modal verbs before a cue, written in lower case (`[cues] modals`: "could", "akan"): no one has spoken yet
        self.modals = frozenset(lex.words_of("cues", "modals"))
        self.purpose_markers = frozenset(lex.words_of("cues", "purpose_markers"))
        negative = lex.words_of("speaker", "negative")
        # "…, no one disputes …", "…, nobody said …": whatever the sentence named before, no one spoke
        self.negative_subject = (
            re.compile(rf"(?<!\w)(?:{phrase_pattern(negative)})\s*$", re.IGNORECASE) if negative else None
        )
        self.body_kinds = tuple(fold(w) for w in lex.words_of("titles", "organization") if " " in w.strip())
        self.saying_went_on = frozenset(fold(w) for w in lex.words_of("cues", "saying_went_on"))
        # set phrases holding a cue word that report no one's words (`[cues] idioms`: "needless to say")
        idioms = lex.words_of("cues", "idioms")
        self.idioms = re.compile(rf"\b(?:{phrase_pattern(idioms)})\b", re.IGNORECASE) if idioms else None
        self.possessive_endings = tuple(lex.words_of("cues", "possessive_endings")) or ("\0",)
        self.contracted = frozenset(fold(w) for w in lex.words_of("cues", "contracted_before_s"))
        self.noun_followers = frozenset(w.casefold() for w in lex.words_of("cues", "noun_followers"))
        self.noun_form_examples = frozenset(fold(w) for w in lex.words_of("cues", "noun_form_examples"))
        self.irregular_pasts = frozenset(fold(w) for w in lex.words_of("claims", "irregular_pasts"))
        self.irregular_participles = frozenset(fold(w) for w in lex.words_of("claims", "irregular_participles"))
        self.possessive_pronouns = frozenset(fold(w) for w in lex.table("speaker", "possessive_pronouns"))
        self.noun_forms = frozenset(fold(w) for w in lex.words_of("cues", "noun_forms"))
        self.plural_noun_cues = frozenset(fold(w) for w in lex.words_of("cues", "plural_noun_cues"))
        self.adjective_endings = tuple(fold(w) for w in lex.words_of("cues", "possessed_adjective_endings")) or ("\0",)
        self.noun_form_endings = tuple(fold(w) for w in lex.words_of("cues", "noun_form_endings")) or ("\0",)
        self.noun_form_followers = frozenset(fold(w) for w in lex.words_of("cues", "noun_form_followers"))
        self.counted_noun_forms = lex.flag("cues", "counted_noun_forms")
        self.plural_noun_markers = frozenset(fold(w) for w in lex.words_of("cues", "plural_noun_markers"))
        self.number_words = frozenset(fold(w) for w in lex.words_of("checkworthiness", "number_words"))
        self.reflexives = frozenset(fold(w) for w in lex.words_of("cues", "reflexives"))
        self.occupational = frozenset(fold(w) for w in lex.words_of("cues", "occupational"))
        self.answering = frozenset(fold(w) for w in lex.words_of("cues", "answering"))
        self.relatives = frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
        self.holding_participles = frozenset(fold(w) for w in lex.words_of("speaker", "holding_participles"))
        self.personal_relatives = frozenset(fold(w) for w in lex.words_of("speaker", "personal_relatives"))
        self.generic_heads = frozenset(fold(w) for w in lex.words_of("cues", "generic_heads"))
        self.generic_relative_words = frozenset(fold(w) for w in lex.words_of("cues", "generic_relative_words"))
        self.adverb_endings = tuple(fold(w) for w in lex.words_of("cues", "adverb_endings")) or ("\0",)
        self.passive_auxiliaries = frozenset(lex.words_of("cues", "passive_auxiliaries"))
        self.reduced_clause_openers = frozenset(fold(w) for w in lex.words_of("cues", "reduced_clause_openers"))
        # adverbs without an adverb's ending that stand between an auxiliary and its participle ("was again accused")
        self.inner_adverbs = frozenset(fold(w) for w in lex.words_of("cues", "inner_adverbs"))
        self.negations = frozenset(fold(w) for w in lex.words_of("stance", "negations"))
        self.not_negating = tuple(fold(w) for w in lex.words_of("stance", "not_negating"))
        # aspect words that may stand between a negation and its verb ("tidak pernah menyebut")
        self.ever = frozenset(fold(w) for w in lex.words_of("claims", "controlled_openers"))
        self.marked_only = frozenset(lex.words_of("cues", "marked_only"))
        self.irrealis = frozenset(lex.words_of("cues", "irrealis"))
        # what may join a condition to a second opening before the subject: "if and when", "if or when"
        self.clause_joiners = frozenset(fold(w) for w in lex.words_of("speaker", "conjunctions")) | frozenset(
            fold(w) for w in lex.words_of("cues", "subordinators")
        )
        self.deny_needs_object = frozenset(lex.words_of("cues", "deny_needs_object"))
        self.withholding_cues = frozenset(fold(w) for w in lex.words_of("cues", "withholding_cues"))
        self.inner_state_cues = frozenset(fold(w) for w in lex.words_of("cues", "inner_state_cues"))
        self.hearsay_adverbs = frozenset(fold(w) for w in lex.words_of("cues", "hearsay_adverbs"))
        self.reason_subordinators = frozenset(fold(w) for w in lex.words_of("cues", "reason_subordinators"))
        self.helping_verbs = frozenset(fold(w) for w in lex.words_of("cues", "helping_verbs"))
        self.object_pronouns = frozenset(fold(w) for w in lex.words_of("speaker", "object_pronouns"))
        self.denied_objects = frozenset(lex.words_of("cues", "denied_objects"))
        self.progressive = tuple(lex.words_of("cues", "progressive_endings")) or ("\0",)
        raising = lex.words_of("cues", "raising")
        self.raising = re.compile(rf"(?:{phrase_pattern(raising)})\b", re.IGNORECASE) if raising else None
        # "a deal estimated at more than $2 billion": a participle of valuing, then an amount
        valuing, approximators = lex.words_of("cues", "valuing"), lex.words_of("cues", "approximators")
        self.valuing = (
            re.compile(
                rf"(?:{phrase_pattern(valuing)})\s+(?:(?:{phrase_pattern(approximators)})\s+)?[$€£¥]?\d",
                re.IGNORECASE,
            )
            if valuing and approximators
            else None
        )
        self.complementizer_word = re.compile(phrase_pattern(lex.complementizers))
        self.complementizer_anywhere = re.compile(rf"\b(?:{phrase_pattern(lex.complementizers)})\b")
        # "CNN cited a source close to the investigation as saying that …": the relay is not who spoke
        self.relaying = frozenset(fold(w) for w in lex.words_of("cues", "relaying"))
        # participles that name where an attribution came from: after it, circumstance, no clause of their own
        self.sourcing = frozenset(fold(w) for w in lex.words_of("cues", "sourcing"))
        subordinators = lex.words_of("cues", "subordinators")
        self.subordinators = re.compile(rf"\b(?:{phrase_pattern(subordinators)})\s") if subordinators else None
        self.auxiliaries = frozenset(fold(w) for w in lex.words_of("claims", "aspect_openers"))
        self.pronouns = frozenset(fold(w) for w in lex.words_of("cues", "pronouns"))
        self.past_endings = tuple(fold(w) for w in lex.words_of("claims", "past_endings")) or ("\0",)
        relayed = lex.words_of("cues", "relayed")
        self.relayed = re.compile(rf"\b(?:{phrase_pattern(relayed)})\b") if relayed else None

    def _describes_a_job(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Does "reported for"/"writes for" tell what someone does for a living: in a relative clause ("Sotloff, who
        has reported for Time …") or in a sentence that attributes nothing before it ("Kashmira Gander writes for the
        Independent")? Not after what was said: "…, Zeke Miller reported for Time." is his report."""
        before = text[sentence.start : cue.start]
        return "," not in before or any(fold(word) in self.relatives for word in before.split()[-3:])

    def _negated(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue negated: a negation right before it, or before one adverb ("did not say", "tidak pernah
        menyebut", "never said", "has NOT actually claimed"; `[stance] negations`, not "not only")?"""
        written = text[max(sentence.start, cue.start - 40) : cue.start].split()[-3:]
        if not written or not text[cue.start - 1 : cue.start].isspace():
            return False
        words = [fold(w) for w in written]
        for at in (len(words) - 1, len(words) - 2):
            if at < 0 or words[at] not in self.negations:
                continue
            if not all(w.replace("'", "").replace("’", "").isalpha() for w in written[at:]):
                return False  # '"…, others are just not," Chipok said': the negation is in what was said
            if " ".join(words[at:] + [fold(cue.text)]).startswith(self.not_negating):
                return False
            return (
                at == len(words) - 1
                or words[-1] in self.inner_adverbs
                or words[-1] in self.ever
                or words[-1].endswith(self.adverb_endings)  # "has NOT actually claimed"
            )
        return False

    def _said_before(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Could what was said stand before the cue: a comma or a quotation mark in the sentence before it? Not before a
        colon there: what a colon closes is a label or a heading ("'Hands up, don't shoot': Protesters have responded
        to the tear gas by …"), and the clause after it begins afresh."""
        start = max(sentence.start, text.rfind(":", sentence.start, cue.start) + 1)
        return any(mark in text[start : cue.start] for mark in ',"”’')

    def _said_after(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Does a clause said or a quotation follow the cue in its sentence ("replied to him that …", "responds to
        Mills with, “Why now?”")?"""
        after = text[cue.end : sentence.end]
        return any(mark in after for mark in '"“') or self.complementizer_anywhere.search(after) is not None

    def _opens_a_kind_of_body(self, text: str, cue: Cue) -> bool:
        """Does the cue word open a noun of two words or more naming a kind of body ("think tank": `[titles]
        organization`)?"""
        following = text[cue.start : cue.start + 40].casefold()
        return any(
            following.startswith(kind) and not following[len(kind) : len(kind) + 1].isalpha()
            for kind in self.body_kinds
            if kind.startswith(f"{fold(cue.text)} ")
        )

    def _went_on_to(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Does the word before the infinitive's marker say the speaking took place ("went on to say", "interjected to
        say", "was quick to add": `[cues] saying_went_on`)?"""
        before = text[max(sentence.start, cue.start - 40) : cue.start].split()[-2:-1]
        return bool(before) and fold(before[0].strip(",")) in self.saying_went_on

    def _claim_answered(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the clause after a cue of answering what a claim it answered says ("responded to claims that it had
        lied", "replied to reports that …": `[cues] denied_objects` right before the complementizer)? Then it is the
        claim's, not the answer, whose words the sentence does not give."""
        after = text[cue.end : sentence.end]
        found = self.complementizer_anywhere.search(after)
        if found is None or any(mark in after[: found.start()] for mark in '"“'):
            return False
        words = after[: found.start()].split()
        return 1 < len(words) <= 6 and fold(words[-1].strip(",")) in self.denied_objects

    def _s_form_after_infinitive(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue a form in "-s" right after the infinitive's marker (`[cues] purpose_markers`) and one word in
        lower case that is no adverb ("to small claims court", "to probe claims Clinton made")? After "to" a verb is
        bare: the word there is a preposition's object or an infinitive's, and the "-s" form after it a noun."""
        folded = fold(cue.text)
        if " " in folded or not folded.endswith("s") or folded.endswith("ss"):
            return False
        words = text[max(sentence.start, cue.start - 40) : cue.start].split()[-2:]
        return (
            len(words) == 2
            and words[0] in self.purpose_markers
            and words[1].isalpha()
            and words[1].islower()
            and fold(words[1]) not in self.inner_adverbs
            and not fold(words[1]).endswith(self.adverb_endings)
        )

    def _bare_form_after_one(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue a verb's bare form ("show", "claim": one whose "-s" form is a cue too) right after a singular
        article and one or two words with no auxiliary or modal between ("A new TV show", "a recent claim")? A verb
        would agree with that one subject ("A new study shows …"); the bare form is a noun."""
        folded = fold(cue.text)
        if (
            not self.singular_articles
            or " " in folded
            or folded.endswith("s")
            or f"{folded}s" not in self.cue_words
            or folded in self.documents  # ("a NBC report that …": the report's own rules, `_compound_document`)
        ):
            return False
        before = text[max(sentence.start, cue.start - 40) : cue.start].split()[-3:]
        for size in (2, 3):
            words = before[-size:]
            if (
                len(words) == size
                and words[0].isalpha()
                and fold(words[0]) in self.singular_articles
                and all(
                    word.isalpha()
                    and fold(word) not in self.auxiliaries
                    and word.casefold() not in self.modals
                    and fold(word) not in self.pronouns  # ("a decision they say allowed …": they say it)
                    for word in words[1:]
                )
            ):
                return True
        return False

    def _modal_then_adverb(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue right after a modal (`[cues] modals`) and one adverb in lower case (`adverb_endings`,
        `inner_adverbs`: "would undoubtedly want", "could also say"), but not one that reports what was said
        (`said_after_modal`: "would only say that …")?"""
        words = text[max(sentence.start, cue.start - 40) : cue.start].split()[-2:]
        if len(words) < 2 or words[0] not in self.modals or not words[1].isalpha() or not words[1].islower():
            return False
        adverb = fold(words[1])
        if adverb in self._said_after_modal:
            return False  # "the Florida Republican would only say that …": he did say it
        return adverb in self.inner_adverbs or adverb.endswith(self.adverb_endings)

    def _modal_perfect(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue a perfect after a modal (`[cues] modals`, `perfect_auxiliaries`), perhaps with a negation or
        adverbs between ("may have said", "might never have told", "would not have known", "may never have explicitly
        endorsed")? It guesses at what someone did or would have said; it reports nothing said."""
        words = text[max(sentence.start, cue.start - 60) : cue.start].split()[-5:]
        perfect = self._perfect_auxiliaries
        if not perfect:
            return False
        while (
            words
            and words[-1].isalpha()
            and words[-1].islower()
            and (fold(words[-1]) in self.inner_adverbs or fold(words[-1]).endswith(self.adverb_endings))
        ):
            words.pop()  # ("have explicitly endorsed")
        if not words or fold(words[-1]) not in perfect:
            return False
        words.pop()
        while words and fold(words[-1]) in self.negations:
            words.pop()
        return bool(words) and words[-1] in self.modals

    @cached_property
    def _perfect_auxiliaries(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "perfect_auxiliaries"))

    @cached_property
    def _said_after_modal(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "said_after_modal"))

    def _bare_form_after_one_noun(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue a verb's bare form ("show", "claim": one whose "-s" form is a cue too) right after an article
        (`[cues] noun_markers`) opening a subject (at the sentence's start, after a mark, a clause link or a
        subordinator), perhaps nouns or names modifying it ("the CBS news magazine show, where …"), and one singular
        noun in lower case: no "-s", and none of the nouns that take a bare
        form as many do (`plural_without_s`: "the police say", "the data show")? The one thing would take the "-s"
        form ("the company claims"): this bare form is a noun ("the reality show aspirant", "the talk show host")."""
        folded = fold(cue.text)
        if (
            cue.kind == "according"
            or not self.plural_without_s
            or " " in folded
            or folded.endswith("s")
            or f"{folded}s" not in self.cue_words
            or folded in self.documents
        ):
            return False
        words = text[max(sentence.start, cue.start - 60) : cue.start].split()
        if not words or not words[-1].isalpha() or not words[-1].islower():
            return False
        # the article, then nouns or names that modify the last ("the CBS news magazine show, where …"): up to three
        # (only where a comma closes the noun phrase right after the cue, as an apposition ends: "Wheeler and the
        # federal investigator insist that …" has its verb)
        closed = text[cue.end : cue.end + 1] == ","
        marker = next(
            (
                at
                for at in range(len(words) - 2, max(-1, len(words) - (5 if closed else 3)), -1)
                if fold(words[at]) in self.noun_markers
            ),
            None,
        )
        if marker is None or not all(
            word.isalpha()
            and (word.islower() or word.isupper() or word[:1].isupper())
            and fold(word) not in self.auxiliaries
            and word not in self.modals
            and fold(word) not in self.pronouns
            and not (word.islower() and self._past_verb(word))
            for word in words[marker + 1 : -1]
        ):
            return False
        words = words[: marker + 1] + words[-1:]
        before = words[-2:]
        opening = words[-3] if len(words) > 2 else ""
        if opening and opening[-1:].isalpha() and fold(opening) not in self.clause_openers:
            if not self._past_verb(opening) or any(fold(word) in self.relatives for word in words[-8:-3]):
                return False  # ("people familiar with her thinking say …": the article opens no subject there;
                # "North Koreans who have fled the country believe …": the object in a relative clause, its head's verb)
            # after a verb in the past the article opens its object or the subject of a clause it reports ("she made
            # the startling claim that …"): one singular noun there takes no bare form either
        noun = fold(before[1])
        return (
            fold(before[0]) in self.noun_markers
            and not noun.endswith("s")
            and noun not in self.plural_without_s
            and noun not in self.documents
            and noun not in self.auxiliaries
            and noun not in self.modals
            and noun not in self.pronouns
        )

    def _past_verb(self, word: str) -> bool:
        """Is the word in lower case a verb in the past by its form ("made", "reported": `[claims] irregular_pasts`,
        `irregular_participles`, `past_endings`)?"""
        folded = fold(word)
        return (
            word.isalpha()
            and word.islower()
            and (
                folded in self.irregular_pasts
                or folded in self.irregular_participles
                or folded.endswith(self.past_endings)
            )
        )

    def _modified_noun(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue word a noun after an article (`[cues] noun_markers`) and one modifier in lower case: an adjective
        (`[cues] adjectives`: "the new rules", "a strong showing"), a superlative ("the latest attacks") or a
        negated participle ("an unproven claim", "the unconfirmed report")? No verb has an adjective for its whole
        subject. Not after a name or a noun ("the company claims"), nor a word in "-ing", which may be a noun ("the
        filing cites …", "people familiar with her thinking say …")."""
        if cue.kind == "according" or not self.noun_markers:
            return False
        before = text[max(sentence.start, cue.start - 40) : cue.start].split()[-2:]
        if len(before) != 2 or not all(word.isalpha() for word in before) or not before[1].islower():
            return False
        article, modifier = fold(before[0]), fold(before[1])
        if article not in self.noun_markers or modifier in self.cue_words:
            return False
        return (
            modifier in self.adjectives
            or len(modifier) > 5
            and modifier.endswith("est")
            or modifier.startswith("un")
            and modifier.endswith(("ed", "en"))
        )

    def _compound_document(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue word a document's noun ending a singular noun phrase: "an incident report", "a police report"
        (`[cues] singular_articles`, then one lower-case word, then a word of `[speaker] documents`)? After a
        singular subject the bare form is no verb."""
        if not self.singular_articles or fold(cue.text) not in self.documents:
            return False
        before = text[max(sentence.start, cue.start - 40) : cue.start].split()[-3:]
        if (
            before
            and before[-1].isalpha()
            and fold(before[-1]) in self.singular_articles
            and not fold(cue.text).endswith("s")
        ):
            return True  # "One report on the Bikya Masr news website suggested …": right after the article, a noun
        for size in (2, 3):  # "an incident report", "an FBI forensic report": one or two words between
            words = before[-size:]
            if (
                len(words) == size
                and words[0].isalpha()
                and fold(words[0]) in self.singular_articles
                and fold(words[1]) not in self.noun_markers  # ("… one another, the site reports")
                and words[-1].isalpha()
                and words[-1].islower()
                and all(word.isalpha() and fold(word) not in self.auxiliaries for word in words[1:])
            ):
                return True
        return False

    def _object_of_preposition(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue word the object of a preposition (`[cues] noun_prepositions`), with only articles and modifiers
        of a report between (`report_modifiers`, a superlative, `[organizations] modifiers`; a name right before the
        cue when a comma follows it): "with the latest reports", "amid reports", "of recent statements", "11% of
        Democratic claims", "After the Paris attacks, …"?"""
        if not self.noun_prepositions or cue.kind == "according" or fold(cue.text).endswith(self.progressive):
            return False  # ("after claiming no doctor would …": a gerund after a preposition is a verb)
        if not fold(cue.text).endswith("s") and fold(cue.text) not in self.documents:
            return False  # a cue that cannot be a noun ("said", "reported")
        before = text[max(sentence.start, cue.start - 40) : cue.start].split()[-3:]
        for between, word in enumerate(reversed(before)):
            if not word.isalpha():
                return False  # ('… it\'s written on," said Cornell William Brooks': the quotation ends there)
            folded = fold(word)
            if folded in self.noun_prepositions:
                # capitalised, only opening the sentence and with an article between ("With the latest reports, …"):
                # right before the cue it may be a name ("Al From said …")
                return word.islower() or between > 0 and text[sentence.start : cue.start].split()[0] == word
            named = word[:1].isupper() and between == 0 and text[cue.end : cue.end + 1] == ","
            if not (
                folded in self.noun_markers
                or folded in self.report_modifiers
                or folded in self.name_modifiers
                or folded.endswith("est")
                or named  # "After the Paris attacks, Trump released …": a name before the noun, a comma after it
            ):
                return False  # ("the head of the company says": a noun between, and the cue its verb)
        return False

    def _participle_before_noun(self, text: str, sentence: Sentence, cue: Cue, previous: str) -> bool:
        """Is the cue a participle (`[claims] past_endings`) between a lower-case preposition (`[cues]
        noun_prepositions`) and a lower-case word that is no preposition or complementizer: "with alleged ties",
        "amid reported clashes"? It modifies the noun after it, as an adjective does."""
        if not previous.islower() or fold(previous) not in self.noun_prepositions:
            return False
        if not fold(cue.text).endswith(self.past_endings):
            return False
        following = [w.rstrip(",;:") for w in text[cue.end : min(sentence.end, cue.end + 24)].split()[:1]]
        return (
            bool(following)
            and following[0].isalpha()
            and following[0].islower()
            and fold(following[0]) not in self.noun_prepositions
            and not self.complementizer_word.fullmatch(fold(following[0]))
            and fold(following[0]) != "to"
        )

    def _cue_word_after(self, text: str, sentence: Sentence, cue: Cue, comma: bool = False) -> bool:
        """Is the word right after the cue, or after one adverb, another cue word ("report claimed", "statement said",
        "report also noted")? With `comma`, also after a comma ("… the Sunday talk shows, said …")."""
        rest = text[cue.end : min(sentence.end, cue.end + 32)]
        if comma and rest.startswith(","):
            rest = rest[1:]
        following = [fold(w.strip(",.;:")) for w in rest.split()[:2]]
        if comma and following and following[0].endswith(self.progressive):
            return False  # ("…, the company reports, adding that …": a participle goes on with the cue)
        if len(following) == 2 and (following[0] in self.inner_adverbs or following[0].endswith(self.adverb_endings)):
            following = following[1:]  # "A Mirror report also noted that …"
        return bool(following) and following[0] in self.cue_words

    def _state_given_as_reason(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Does a subordinator of a reason (`[cues] reason_subordinators`: "because") stand right before the cue's
        subject, a pronoun or one or two capitalised words ("… because he believes …", "because Smith thinks …")?"""
        words = text[max(sentence.start, cue.start - 40) : cue.start].split()
        if len(words) < 2:
            return False
        for size in (1, 2):
            subject = words[-size:]
            if len(words) > size and fold(words[-size - 1]) in self.reason_subordinators:
                return all(is_capitalised(w) for w in subject) or size == 1 and fold(subject[0]) in self.pronouns
        return False

    def in_place(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue word a verb where it stands? A capitalised one inside a sentence is part of a name ("the
        United States"); one right after a determiner or a possessive, or right before a finite verb, is a noun ("a
        report in The Province revealed", "the new rules will take effect"); a relay is not who spoke when whom it
        quotes follows ("CNN cited a source … as saying that …", `[cues] relaying`, `relayed`)."""
        previous = text[max(sentence.start, cue.start - 12) : cue.start].split()[-1:]
        if (
            previous
            and (
                previous[0].casefold() in self.noun_markers
                or previous[0].endswith(self.possessive_endings)
                and fold(previous[0][:-2]) not in self.contracted  # "He's also said": "he has"
            )
            and cue.kind != "according"
        ):
            return False  # ("Lenovo's alleged renewed interest …": an attribute, `[cues] possessive_endings`)
        if self._opens_a_kind_of_body(text, cue):
            # "counter-extremism think tank the Quilliam Foundation": a body's kind (`[titles] organization`)
            return False
        if (
            previous
            and cue.kind not in ("according", "circulating")
            and fold(cue.text) in self.noun_forms
            and previous[0].isalpha()
            and previous[0].islower()
            and len(previous[0]) > 5
            and fold(previous[0]).endswith(self.progressive)
            and fold(previous[0]) not in self.cue_words
        ):
            return False  # "Authorities were investigating claims that …", "following reports that …": the object of a
            # verb in "-ing", a noun; who claimed it is not the verb's subject
        two = text[max(sentence.start, cue.start - 40) : cue.start].split()[-2:]
        if (
            len(two) == 2
            and cue.kind not in ("according", "circulating")
            and (fold(cue.text) in self.noun_forms or fold(cue.text) in self.plural_noun_cues)
            and two[0].isalpha()
            and two[0].islower()
            and len(two[0]) > 5
            and fold(two[0]).endswith(self.progressive)
            and fold(two[0]) not in self.cue_words
            and two[1].isalpha()
            and two[1][:1].isupper()
            and two[1][1:].islower()
        ):
            return False  # "North Korea is not accepting American offers to send …": the same, an adjective between
        if previous and self._object_of_preposition(text, sentence, cue):
            return False  # "Consistent with the latest reports, Kuo also expects …": the reports are a noun
        if previous and self._participle_before_noun(text, sentence, cue, previous[0]):
            return False  # "Middlemen with alleged ties to the terror group have revealed …": an attribute
        if previous and self._compound_document(text, sentence, cue):
            return False  # "an incident report filed with the police shows …": the report is a noun, not a verb
        if previous and self._bare_form_after_one(text, sentence, cue):
            return False  # "A new TV show in Peru has captured …": after one thing a verb takes its "-s"
        if previous and self._s_form_after_infinitive(text, sentence, cue):
            return False  # "to take the family to small claims court": no verb in "-s" follows "to" and one word
        if previous and self._bare_form_after_one_noun(text, sentence, cue):
            return False  # "the reality show aspirant had …": one reality would "show"s; the bare form is a noun
        if previous and self._modified_noun(text, sentence, cue):
            return False  # "The latest attacks come as …", "she made the startling claim that …": nouns
        if fold(cue.text) in self.documents and self._cue_word_after(text, sentence, cue):
            return False  # "The Fox report claimed that …": a verb follows, so the report is its subject
        if fold(cue.text) in self.noun_forms and self._cue_word_after(text, sentence, cue, comma=True):
            return False  # "McDonough, making the rounds of the Sunday talk shows, said …": the noun ends the aside
        if (
            previous
            and self.negative_subject is not None
            and cue.kind not in ("according", "circulating")
            and self.negative_subject.search(text, max(sentence.start, cue.start - 20), cue.start)
        ):
            return False  # "Outside of conspiracy theorists, …, no one disputes …": no one of them spoke
        if previous and cue.kind not in ("according", "circulating") and self._negated(text, sentence, cue):
            return False  # "Trump in his speech did not say …", "Budi … tidak mengatakan bahwa …": nothing said
        if previous and previous[0] in self.modals and cue.kind != "according":
            return False  # "The company could announce the move …", "Most guys would think …": not (yet) said
        if previous and fold(previous[0]) in self.hearsay_adverbs and fold(cue.text) in self.inner_state_cues:
            return False  # "Burton reportedly wanted to display …": others report her wish, she said nothing
        if previous and fold(cue.text) in self.inner_state_cues and self._state_given_as_reason(text, sentence, cue):
            return False  # "… balked at the plan is because he believes he is immortal": the writer's account of why
        if previous and previous[0].isalpha() and fold(previous[0]) in self.helping_verbs and cue.kind != "according":
            return False  # "… bisa membantu menyampaikan informasi penting …", "helped announce …": the act helped
        if cue.kind != "according" and self._passive_agent is not None and self._passive_agent.match(text, cue.end):
            return False  # "Qatar, Saudi Arabia and others thought by the United States to …": a passive, its
            # subject what is thought of, not who thinks
        if cue.kind != "according" and self._modal_then_adverb(text, sentence, cue):
            return False  # "Trump would undoubtedly want to avoid …": the writer's guess, with an adverb between
        if cue.kind != "according" and self._modal_perfect(text, sentence, cue):
            return False  # "Trump may never have explicitly endorsed any candidate …": a guess about the past
        if (
            previous
            and previous[0] in self.purpose_markers
            and cue.kind != "according"
            and not self._went_on_to(text, sentence, cue)
        ):
            return False  # "… meninjau Puskesos … untuk memastikan penyaluran BLTS tepat sasaran": what a visit is for
        if self.idioms is not None and any(
            found.start() <= cue.start and cue.end <= found.end()
            for found in self.idioms.finditer(
                text, max(sentence.start, cue.start - 40), min(sentence.end, cue.end + 40)
            )
        ):
            return False  # "Needless to say, her parents …": the writer's set phrase, no one's words
        following = text[cue.end : min(sentence.end, cue.end + 12)].split()[:1]
        if following and following[0].casefold() in self.noun_followers and cue.kind != "according":
            return False  # "the climate rules is likely …": the cue word heads a subject
        if (
            following
            and cue.kind != "according"
            and fold(cue.text) in self.noun_forms
            and following[0].isalpha()
            and following[0].islower()
            and len(following[0]) > 3
            and fold(following[0]).endswith(self.past_endings)
            and not self.complementizer_anywhere.search(text, cue.end, min(sentence.end, cue.end + 60))
        ):
            return False  # "The A4 notes pinned to the fridge door have gone viral": a plural noun (`[cues]
            # noun_forms`) and a participle after it, with no clause said; "the Fox News report used Wheeler to …":
            # no verb of saying is followed by a past, its subject's verb
        if (
            following
            and cue.kind != "according"
            and fold(cue.text) in self.noun_forms
            and fold(following[0].rstrip(",")) in self.noun_form_examples
        ):
            return False  # "reality TV shows like The Apprentice typically reward …": a plural noun (`[cues]
            # noun_forms`) whose examples follow (`noun_form_examples`), no verb of saying
        if cue.kind != "according" and fold(cue.text) in self.noun_forms and self._possessed(text, sentence, cue):
            return False  # "Mr. Weiner, who lost his seat … and his mayoral hopes after …": whose hopes, a noun
        if (
            following
            and cue.kind != "according"
            and fold(cue.text) in self.noun_forms
            and following[0].islower()
            and fold(following[0]) in self.irregular_pasts
        ):
            return False  # "The jobs report came out on Friday", "Other shows did a bit better": a noun, then its
            # subject's verb in the past (`[claims] irregular_pasts`)
        if following and self._noun_form(text, sentence, cue, following[0]):
            return False  # "the coordinated attacks in Paris", "a strong showing from Mr. Rubio": a noun
        if self._counted(text, sentence, cue):
            return False  # "two states without which …": a noun counted, no verb
        if following and fold(following[0]) in self.reflexives:
            return False  # "The group calling itself the Islamic State …": a name given, nothing said
        if (
            following
            and f"{fold(cue.text.split()[-1])} {fold(following[0])}" in self.occupational
            and self._describes_a_job(text, sentence, cue)
        ):
            return False  # "Sotloff, who has reported for Time magazine …": a job, `[cues] occupational`
        if (
            following
            and f"{fold(cue.text.split()[-1])} {fold(following[0])}" in self.answering
            and not self._said_before(text, sentence, cue)
            and (not self._said_after(text, sentence, cue) or self._claim_answered(text, sentence, cue))
        ):
            return False  # "Police responded to a call …": what it answered, `[cues] answering`
        # (an adverb may stand between: "is finally found out", `[cues] adverb_endings`)
        two = text[max(sentence.start, cue.start - 30) : cue.start].split()[-2:]
        adverb = len(two) == 2 and (fold(two[1]).endswith(self.adverb_endings) or fold(two[1]) in self.inner_adverbs)
        auxiliary = two[0] if adverb else previous[0] if previous else ""
        if cue.kind not in ("according", "circulating") and (
            auxiliary
            and fold(auxiliary) in self.passive_auxiliaries
            and not fold(cue.text).endswith(self.progressive)
            or self.raising is not None
            and self.raising.match(text, cue.start)
            or self.valuing is not None
            and self.valuing.match(text, cue.start)
        ):
            return False  # passive: "were told", "believed to be", "estimated at $2 billion" — who spoke is not said
        if (
            previous
            and cue.kind not in ("according", "circulating")
            and previous[0].isalpha()  # right before it, no quotation or comma between ('… for a while," she said')
            and fold(previous[0]) in self.reduced_clause_openers
            and not fold(cue.text).endswith(self.progressive)
        ):
            return False  # a reduced passive clause: "… with Kislyak when asked during testimony …" — asked, not asking
        if (
            self.relayed is not None
            and fold(cue.text) in self.relaying
            and self.relayed.search(text, cue.end, min(sentence.end, cue.end + 120))
        ):
            return False  # "… quoted Alhakim as saying": who spoke is before "as saying", not the relay
        if self._generic_relative(text, sentence, cue):
            return False  # "Anyone who claims the election was stolen …": a kind of people, no one who spoke
        if fold(cue.text) in self.relaying and self._relays_a_speaker(text, sentence, cue):
            return False  # "… cited a well-placed source who claims that …": the source speaks, not the relay
        if fold(cue.text) in self.withholding_cues and self._withheld_from(text, cue):
            return False  # "… shunned her in the office, denying her assignments": kept from her, nothing said
        if fold(cue.text) in self.deny_needs_object and not self._denies_something_said(text, cue):
            return False  # "menolak hadir", "menolak PHK", "refused to testify": an act or a stance, no statement
        if fold(cue.text) in self.marked_only:
            after = text[cue.end : cue.end + 20].lstrip()
            if after[:1].islower() and not self.complementizer_word.match(after):
                return False  # "melanjutkan perjalanan": a verb with its object, no saying
        if not cue.text[:1].isupper():
            return True
        before = text[sentence.start : cue.start].rstrip()
        return not before or before[-1] in '"“”‘’«»:;—―–-(['

    def _counted(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is a cue word that is as often a noun (`[cues] noun_forms`) counted by the number right before it ("two
        states", "10 reports"), where the language says so (`counted_noun_forms`), or in its plural after a word
        that takes a bare verb (`plural_noun_markers`: "led to claims that …")?"""
        if not self.counted_noun_forms or cue.kind == "according" or fold(cue.text) not in self.noun_forms:
            return False
        before = text[max(sentence.start, cue.start - 16) : cue.start].split()[-1:]
        if before and fold(before[0]) in self.plural_noun_markers and fold(cue.text).endswith("s"):
            return True  # "led to claims that …": after "to" a verb is bare ("to claim")
        # (not a number set off by a comma: "Jasmine Tridevil, 21, claims …", "… in 2007, reports The Guardian")
        return bool(before) and (_CARDINAL.fullmatch(before[0]) is not None or fold(before[0]) in self.number_words)

    def _possessed(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Does a possessive pronoun stand right before the cue word, or before one lower-case word before it ("his
        mayoral hopes", "their claims")? A verb takes no possessive: the word is a noun."""
        window = text[max(sentence.start, cue.start - 30) : cue.start]
        window = window[max(window.rfind(","), window.rfind(";"), window.rfind(":")) + 1 :]  # (none across a comma)
        before = [fold(w) for w in TOKEN.findall(window)][-2:]
        if not before:
            return False
        if before[-1] in self.possessive_pronouns or is_possessed(before[-1]):
            return True  # "his hopes", "Clinton's hopes"
        following = TOKEN.search(text, cue.end, sentence.end)
        if (
            len(before) == 2
            and is_possessed(before[0])
            and before[1].isalpha()
            and before[1].endswith(self.adjective_endings)
        ):
            return True  # "Mrs. Clinton's presidential hopes": whose, an adjective, the noun
        return (
            len(before) == 2
            and before[0] in self.possessive_pronouns
            and before[1].isalpha()
            and not before[1].endswith(self.adverb_endings)
            and before[1] not in self.auxiliaries
            # ("his campaign hopes to begin …", "… notes that …": a verb with its subject, the noun before it)
            and (following is None or fold(following.group()) != "to")
            and not self.complementizer_word.fullmatch(fold(following.group()) if following else "")
        )

    def _noun_form(self, text: str, sentence: Sentence, cue: Cue, following: str) -> bool:
        """Is a cue word that is as often a noun ("reports", "attacks", "showing": `[cues] noun_forms`)
        followed by a word that goes on a noun phrase (`noun_form_followers`: "from", "in", "and"), with no
        complementizer after it in its sentence? Then it names something and says nothing ("The Guardian reports
        in … that …" says)."""
        return (
            cue.kind not in ("according", "circulating")
            and (
                fold(cue.text) in self.noun_forms
                or " " not in cue.text
                and fold(cue.text).endswith(self.noun_form_endings)
            )
            and fold(following) in self.noun_form_followers
            and not self.complementizer_anywhere.search(text, cue.end, sentence.end)
        )

    def _withheld_from(self, text: str, cue: Cue) -> bool:
        """Does the cue take a person as its object and a thing after them ("denying her assignments", "denied him a
        visa", `[cues] withholding_cues`): something kept from someone, not words denied? Not "it" ("denied it on
        Monday": the claim), not a thing said after the pronoun ("denied her claims": `denied_objects`), nor a clause
        ("denied he knew", "denied that …")."""
        words = [fold(w) for w in TOKEN.findall(text, cue.end, cue.end + 60)[:3]]
        return (
            len(words) >= 2
            and words[0] in self.object_pronouns
            and words[0] not in self.lex.pronouns  # ("it", "he": a subject or the claim itself)
            and words[1] not in self.denied_objects
            and words[1] not in self.lex.pronouns
            and not self.complementizer_word.fullmatch(words[1])
            and words[1].isalpha()
        )

    def _denies_something_said(self, text: str, cue: Cue) -> bool:
        """Does what follows the cue name something said ("menolak tuduhan itu", "rejected the claim that …"),
        which alone makes "menolak", "rejected" a denial?"""
        after = self.cues.complementizer.match(text, cue.end)
        if after and after.group().strip(" ,:"):
            return True  # "menolak bahwa …"
        return any(fold(w) in self.denied_objects for w in TOKEN.findall(text, cue.end, cue.end + 60)[:3])

    def interjected(self, doc: Article, sentence: Sentence, speaker_start: int, cue_end: int) -> bool:
        """Is "X said," set inside the sentence, with what was said after it? "As a phone rang, the announcer
        said, “It’s 3 a.m.”" / "During his years in office, Mr. Obama said, a majority … believe …"."""
        text = doc.text
        rest = text[cue_end : sentence.end].strip()
        if not rest.startswith(",") or len(TOKEN.findall(rest)) < 4:
            return False
        after = rest[1:].lstrip()
        if after[:1] in "\"“«'‘" or any(
            q.start >= cue_end for q in sentence.quotes if len(TOKEN.findall(text[q.inner_start : q.inner_end])) >= 3
        ):
            return True
        first = TOKEN.search(text, sentence.start, speaker_start)
        if first is None or self._apposition_to_the_end(after):
            return False  # (", a history professor at Rice University.": who the speaker is, no words said)
        word = first.group().casefold()
        # the words before the speaker are circumstance ("During …", "As …", "Saat …"): what was said comes after
        return (word in self.lex.speaker_stops or bool(self.lex.leading_words.match(first.group() + " "))) and not any(
            c.start < speaker_start for c in doc.cues_in(sentence.start, speaker_start)
        )

    def _apposition_to_the_end(self, rest: str) -> bool:
        """Is `rest` a noun phrase opened by an article of apposition (`[speaker] apposition_articles`: "a history
        professor at Rice University") with no finite word (`_finite_words`) nor a word in a past ending?"""
        words = [fold(word) for word in TOKEN.findall(rest)]
        return (
            bool(words)
            and words[0] in self._apposition_articles
            and not any(w in self._finite_words or (n and w.endswith(self.past_endings)) for n, w in enumerate(words))
        )

    @cached_property
    def _apposition_articles(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("speaker", "apposition_articles"))

    def rest_is_adjunct(self, doc: Article, start: int, end: int) -> bool:
        """After a trailing attribution only circumstance may follow, not another clause with its own verb."""
        text = doc.text
        rest = text[start:end].strip(' .!?"”')
        if not rest:
            return True
        if rest.startswith("("):
            opening = text.find("(", start, end)
            closing = text.find(")", opening, end)
            if closing >= 0 and doc.cues_in(opening, closing):
                # '"…," said Mr. Burman (a view echoed by every economist …)': a remark on the words, set aside
                return self.rest_is_adjunct(doc, closing + 1, end)
        if rest.startswith(","):
            if not name_words(self.lex.code).verb_prefixes:
                return True  # "…, the group said, compared with …": English goes on with circumstance
            # "…, X mengatakan, Senin (12/3)": circumstance after the comma; "Secara terpisah, X mengatakan, Polri
            # telah …": in a language whose reported speech is "X mengatakan, CLAUSE", a clause of its own, which is
            # what was said
            after_comma = start + text[start:end].index(",") + 1
            return self.rest_is_adjunct(doc, after_comma, end) or len(text[after_comma:end].split()) < 3
        first = rest.split()[0].casefold().strip(",")
        if fold(first) in self.holding_participles:
            return True  # "according to letters | obtained by CNN": who holds the document, no clause of its own
        rest_start = start + len(text[start:end]) - len(text[start:end].lstrip(' .!?"”'))
        if self.complementizer_word.match(text, rest_start, end):
            return False  # "… stated that …": what was said follows
        if self._object_predicate is not None and self._object_predicate.match(text, rest_start, end):
            return False  # "…, declared the clinic to be in “immediate jeopardy” …": what the clinic was declared
        if self.circumstance_clause(text, rest_start, end):
            return True  # "…, officials said as the governor said …": when, in a clause of its own
        if first in self.lex.speaker_stops or any(p.start == rest_start for p in doc.dates_in(start, end)):
            # (a cue inside a clause of circumstance after it is that clause's: "…, U.S. officials said Wednesday as
            # President Obama said …")
            end = self._before_circumstance_clause(text, rest_start, end)
            # circumstance, unless a clause of its own follows: "… said at an event in Colorado that …",
            # "… plans to make records available soon, a spokesman announced"
            return not (
                self.clause_complementizer(text, rest_start, end)
                or _COLON_QUOTATION.search(text, rest_start, end) is not None  # "… responded to critics: “It …”"
                or any(
                    c.kind != "according"
                    and not doc.text[c.start : c.start + 1].isupper()
                    and fold(c.text) not in self.sourcing  # "…, reported The Journal on Sunday, citing people …"
                    and not self._in_relative(text, rest_start, c.start)  # "… in a report that cited people …"
                    and not self._after_noun_marker(text, rest_start, c.start)  # "… said in a report …": a noun
                    for c in doc.cues_in(rest_start, end)
                )
            )
        # a second cue for the same speaker that ends the clause: "…, kata Bahtiar menambahkan."
        return any(
            c.start == rest_start and c.kind != "according" and not text[c.end : end].strip(' .!?"”')[:1].isalnum()
            for c in doc.cues_in(start, end)
        )

    def holds_own_verb(self, text: str, start: int, end: int) -> bool:
        """Does the piece hold a verb of its own before any relative word: a complementizer, a finite form by its
        shape (an auxiliary, a modal, an irregular past: "the CIA security contractors left for …") or, in a language
        whose verbs show a prefix, an active verb that is no root word ("sebuah laporan baru menemukan bahwa …")? A
        description keeps its verbs inside a relative clause ("a project that tracks …", "sebuah proyek yang
        memantau …")."""
        names = name_words(self.lex.code)
        active = self._active_prefixes
        for word in TOKEN.finditer(text, start, end):
            token = word.group()
            folded = fold(token)
            if folded in self.relatives:
                return False
            if self.complementizer_word.fullmatch(folded) or folded in self._finite_words:
                return True
            if (
                active
                and token.islower()
                and folded.startswith(active)
                and names.predicate(token)
                and folded not in names.roots
                and len(folded) > 4
            ):
                return True
        return False

    @cached_property
    def _active_prefixes(self) -> tuple[str, ...]:
        """Prefixes of active verbs (`[names] transitive_prefixes`: "me-"), none in a language without them."""
        return tuple(fold(w) for w in self.lex.words_of("names", "transitive_prefixes"))

    @cached_property
    def _passive_agent(self) -> re.Pattern[str] | None:
        """`[cues] passive_agents` right after a cue and then "the" or a capital: the cue is a passive participle
        ("thought by the United States to …", "a fact confirmed by the department"), whose noun before it says
        nothing. (Not before a word in lower case: "said by telephone", "confirmed by email that …" tell how.)"""
        words = self.lex.words_of("cues", "passive_agents")
        if not words:
            return None
        return re.compile(rf"[ \t]+(?:{phrase_pattern(words)})[ \t]+(?:the[ \t]|[A-Z])")

    @cached_property
    def _object_predicate(self) -> re.Pattern[str] | None:
        """`[cues] object_predicates` at a piece's start: the infinitive that says what a cue's object is ("declared
        the clinic | to be in …"), after which the object is no speaker of an inverted cue."""
        words = self.lex.words_of("cues", "object_predicates")
        return re.compile(rf"(?:{phrase_pattern(words)})(?![\w-])", re.IGNORECASE) if words else None

    def circumstance_clause(self, text: str, start: int, end: int) -> bool:
        """Is all between start and end one clause of circumstance: a subordinator (`[cues] content_subordinators`), its
        subject (a personal pronoun, a capitalised name, or a determiner and its noun) and its finite verb, with no
        comma, colon or quotation opening for a main clause or words said to follow ("said Wednesday | as President
        Obama said America would not be “intimidated” …", "said | as he entered the talks", "tweeted | as Obama spoke
        from the White House")? It tells when or why something was said, not what. Not "has said | as president he
        would …" (a role, no subject), nor "said | while she wanted fame and fortune, this was not why …" (a main
        clause after the comma). Only in a language whose finite verbs the lists know (no verb prefixes)."""
        if not self._content_subordinators or name_words(self.lex.code).verb_prefixes:
            return False
        part = text[start:end].strip()
        if any(mark in part for mark in ",;:()—") or part[:1] in "\"“‘'":
            return False
        words = part.split()
        if len(words) < 3 or words[0] not in self._content_subordinators:
            return False  # (in lower case: "As a family, we …" opens what was said)
        verb = next(
            (
                at
                for at, word in enumerate(words[1:7], 1)
                if word[:1].islower() and (fold(word) in self._finite_words or fold(word).endswith(self.past_endings))
            ),
            0,
        )
        subject = words[1:verb]
        return bool(subject) and (
            (len(subject) == 1 and uncontracted(fold(subject[0])) in self.lex.pronouns)
            or all(word[:1].isupper() for word in subject)
            or (len(subject) <= 3 and fold(subject[0]) in self.subject_determiners)
        )

    def _before_circumstance_clause(self, text: str, start: int, end: int) -> int:
        """Where a clause of circumstance that runs to `end` opens between start and end (`circumstance_clause`), else
        `end`."""
        for word in TOKEN.finditer(text, start, end):
            if word.group() in self._content_subordinators and self.circumstance_clause(text, word.start(), end):
                return word.start()
        return end

    @cached_property
    def _finite_words(self) -> frozenset[str]:
        """Auxiliaries, modals and irregular pasts: a finite verb by its form (`circumstance_clause`)."""
        return self.auxiliaries | self.noun_followers | self.irregular_pasts

    @cached_property
    def _content_subordinators(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.lex.words_of("cues", "content_subordinators"))

    @cached_property
    def subject_determiners(self) -> frozenset[str]:
        """Determiners and possessive determiners that open a subject (`[speaker] determiners`,
        `possessive_determiners`)."""
        return frozenset(
            fold(w)
            for w in (
                *self.lex.words_of("speaker", "determiners"),
                *self.lex.words_of("speaker", "possessive_determiners"),
            )
        )

    def clause_complementizer(self, text: str, start: int, end: int) -> bool:
        """Does a complementizer between start and end open a clause ("… said at an event in Colorado that the
        plan …")? Not one a finite verb follows, which is a relative pronoun: "… said in a report on its web site
        that cited people familiar with the matter", "… in a report that was published on Sunday"."""
        return any(
            not self.relative_not_complementizer(text, found.end(), end)
            for found in self.complementizer_anywhere.finditer(text, start, end)
        )

    def _after_noun_marker(self, text: str, start: int, at: int) -> bool:
        """Is the cue word at `at` a noun, right after an article or a possessive (`[cues] noun_markers`)?"""
        before = text[start:at].split()[-1:]
        return bool(before) and before[0].casefold() in self.noun_markers

    def _in_relative(self, text: str, start: int, at: int) -> bool:
        """Is the cue at `at` the verb of a relative clause, a relative pronoun or a complementizer read as one right
        before it ("a report that cited …", "a statement which said …")?"""
        before = text[start:at].split()[-1:]
        word = fold(before[0]) if before else ""
        return word in self.relatives or (
            self.complementizer_anywhere.fullmatch(word) is not None
            and self.relative_not_complementizer(text, at, at + 40)
        )

    def relative_not_complementizer(self, text: str, after: int, end: int) -> bool:
        """Is the word at `after` (right after a complementizer) a finite verb, so that the complementizer is a
        relative pronoun ("that cited …", "that was published …")? `[claims] aspect_openers`, `[cues]
        noun_followers`, `[claims] past_endings`; only in a language whose verbs show no prefix."""
        if name_words(self.lex.code).verb_prefixes:
            return False
        following = text[after:end].split()[:1]
        word = fold(following[0]).strip(",.;:") if following else ""
        return bool(word) and (
            word in self.auxiliaries
            or word in self.noun_followers
            or (len(word) > 4 and word.endswith(self.past_endings))
        )

    def irrealis_before(self, text: str, sentence_start: int, speaker_start: int) -> bool:
        """Does a word of purpose or condition open the speaker's clause ("meminta agar pihak terkait
        menyampaikan …", "if he says …")? What someone should or would say was not said."""
        before = [
            fold(word.strip(",")) for word in text[max(sentence_start, speaker_start - 24) : speaker_start].split()
        ]
        # (through the connectives of a paired opening: "If and when other cast members say something, …")
        while len(before) > 1 and before[-1] in self.clause_joiners and before[-1] not in self.irrealis:
            before.pop()
        return bool(before) and before[-1] in self.irrealis

    def _generic_relative(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Is the cue the verb of a relative that tells which people are meant, after a word for anyone at all
        ("People who believe the Clintons are murderers often point to …", "Anyone who claims …", "Whoever says …";
        `[cues] generic_heads`, `generic_relative_words`, `[speaker] personal_relatives`; no comma between:
        "Those, who said …" is not it)? It names a kind of people by what they say; no one said it here, and its
        words run into the sentence's own."""
        if not self.generic_heads and not self.generic_relative_words:
            return False
        window = text[max(sentence.start, cue.start - 40) : cue.start]
        words = window.split()[-3:]
        if words and fold(words[-1]) in self.inner_adverbs:
            words = words[:-1]  # "those who still believe"
        if not words or any(not w.isalpha() for w in words[-2:]):
            return False
        last = fold(words[-1])
        if last in self.generic_relative_words:
            return True  # "Whoever says …"
        return len(words) >= 2 and last in self.personal_relatives and fold(words[-2]) in self.generic_heads

    def _relays_a_speaker(self, text: str, sentence: Sentence, cue: Cue) -> bool:
        """Does a relaying verb's object go on with a relative pronoun and a cue of its own, no comma between ("cited
        a well-placed source who claims that …", `[speaker] personal_relatives`)?"""
        end = min(sentence.end, cue.end + 120)
        stop = min([at for at in (text.find(",", cue.end, end), text.find(".", cue.end, end)) if at >= 0] or [end])
        words = TOKEN.findall(text, cue.end, stop)
        return any(
            fold(word) in self.personal_relatives and fold(following) in self.cues.speech_set
            for word, following in zip(words, words[1:])
        )

    def speaker_clause_start(self, doc: Article, sentence: Sentence, cue: Cue) -> int:
        """Where the clause holding the speaker begins: after the last quotation or semicolon before the cue, and
        after a relaying verb before a relayed cue ("… quoted Tim Cook as saying")."""
        text = doc.text
        start = sentence.start
        for quote in sentence.quotes:
            if quote.end <= cue.start:
                start = max(start, quote.end)
        semicolon = text.rfind(";", start, cue.start)
        start = semicolon + 1 if semicolon >= 0 else start
        dashes = list(SPACED_DASH.finditer(text, start, cue.start))
        if len(dashes) % 2:
            # "Venting is OK -- people want …": a dash no other closes opens the clause the cue's subject is in, as a
            # semicolon does (two set off an aside: "Hope Hicks — Trump's spokeswoman — said")
            start = dashes[-1].end()
        return self.past_relay(text, self._past_subordinator(text, start, cue), cue)

    def _past_subordinator(self, text: str, start: int, cue: Cue) -> int:
        """Where the clause a subordinator opens begins, when the cue is its verb: "Flynn was fired in February after
        officials said he misled …" (officials said it, not Flynn or the "advisor" before). Only for a verb of
        saying proper (`[cues] post`), after a main clause with a verb of its own (an auxiliary or a verb in the
        past), and with a plain noun phrase between: no comma ("X, speaking after the meeting, said" is X's), no
        pronoun (left to the main clause), no preposition, auxiliary or verb ("since February on charges", "after
        releasing a video showing", "since the image was first posted"). `[cues] subordinators`."""
        if self.subordinators is None or fold(cue.text) not in self.cues.post_set:
            return start
        found = None
        for match in self.subordinators.finditer(text, start, cue.start):
            found = match
        if found is None:
            return start
        subject = [fold(word) for word in TOKEN.findall(text, found.end(), cue.start)]
        if (
            not 0 < len(subject) <= 5
            or "," in text[found.end() : cue.start]
            or any(
                word in self.lex.speaker_stops
                or word in self.auxiliaries
                or word in self.pronouns
                or word.endswith(("ing", *self.past_endings))
                for word in subject
            )
        ):
            return start
        main = [fold(word) for word in TOKEN.findall(text, start, found.start())]
        if len(main) < 2 or not any(w in self.auxiliaries or w.endswith(self.past_endings) for w in main[1:]):
            return start
        return found.end()

    def past_relay(self, text: str, start: int, cue: Cue) -> int:
        """Where whom a relay quoted begins before a relayed cue ("Bloomberg quoted Apple chief executive Tim Cook as
        saying": after "quoted"); `start` for any other cue or when no relaying verb stands between."""
        if self.relayed is None or not self.relayed.fullmatch(fold(cue.text)):
            return start
        relay = None
        for word in TOKEN.finditer(text, start, cue.start):
            if fold(word.group()) in self.relaying:
                relay = word
        return relay.end() if relay is not None else start
