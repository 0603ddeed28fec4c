"""What follows a cue: words someone said, or a thing, a topic or a name that the verb takes as its object.

"X wrote that the cuts will start" reports words; "X wrote the letter to a teacher after …" names a thing written,
"X called a press conference" convenes, "X posted a photograph of himself" posts a thing, "X reports on
intercepted communications" names what the reports are about. `CueObjects.says_nothing` tells a frame finder
when what follows a leading cue is no statement, each kind of verb by its own list in the lexicon's `[cues]`.
"""

from __future__ import annotations

import re
from functools import cached_property

from claimtrack.extract.article import Article
from claimtrack.extract.content import TOLD_NAME_RUN, opened_quotation
from claimtrack.extract.cue_context import CueContext
from claimtrack.extract.cues import NAME_CONNECTORS, Cue
from claimtrack.extract.names import name_words
from claimtrack.extract.tokens import TOKEN, uncontracted
from claimtrack.lexicon import Lexicon, phrase_pattern
from claimtrack.textutil import fold

_QUOTE_MARKS = "\"“‘'"  # marks that open a quotation: what follows a cue of naming or posting is words
# a comma, then a capitalised word or a determiner: a clause of another subject may open ("…, the governor has …")
_OTHER_SUBJECT = re.compile(r",\s+(?:[A-Z]|(?:the|a|an|his|her|their|its)\s)")
_QUOTATION_OPENS = re.compile(r"(?:^|\s)[\"“‘]|''")  # a quotation inside what follows (not "country's")
_SET_OFF = re.compile(r"[;:–—]|,\s|\s-\s")  # where a phrase is set off: a semicolon, a colon, a dash, a comma


class CueObjects:
    """Whether what follows a cue is what was said, with one language's cue lists."""

    def __init__(self, lex: Lexicon, context: CueContext):
        self.lex = lex
        self.context = context
        # cues of naming ("called"), what they need after them, and what shows they mean something else
        self.naming_cues = frozenset(fold(w) for w in lex.words_of("cues", "naming"))
        self.naming_doubts = tuple(fold(w) for w in lex.words_of("cues", "naming_doubts"))
        self.naming_particles = frozenset(fold(w) for w in lex.words_of("cues", "naming_particles"))
        self.indefinite_articles = frozenset(fold(w) for w in lex.words_of("speaker", "apposition_articles"))
        self.naming_articles = self.indefinite_articles | {fold(w) for w in lex.words_of("names", "definite_articles")}
        self.naming_joins = frozenset(fold(w) for w in lex.words_of("speaker", "role_connectors"))
        self.posting_cues = frozenset(fold(w) for w in lex.words_of("cues", "posting"))
        self.posting_objects = frozenset(fold(w) for w in lex.words_of("cues", "posting_objects"))
        self.adverb_endings = tuple(fold(w) for w in lex.words_of("cues", "adverb_endings"))
        self.adding_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "adding_prepositions"))
        self.media_nouns = frozenset(fold(w) for w in lex.words_of("cues", "media_nouns"))
        self.media_posting = frozenset(fold(w) for w in lex.words_of("cues", "media_posting"))
        self.conjunctions = frozenset(fold(w) for w in lex.words_of("speaker", "conjunctions"))
        self.adding_cues = frozenset(fold(w) for w in lex.words_of("cues", "adding"))
        self.thing_object_cues = frozenset(fold(w) for w in lex.words_of("cues", "thing_object_cues"))
        self.wanting_cues = frozenset(fold(w) for w in lex.words_of("cues", "wanting_cues"))
        self.calling_on_cues = frozenset(fold(w) for w in lex.words_of("cues", "calling_on_cues"))
        self.as_words = frozenset(fold(w) for w in lex.words_of("cues", "embedded_as"))  # "cited X as Y"
        self.topic_prepositions = frozenset(fold(w) for w in lex.words_of("cues", "topic_prepositions"))
        self.empty_objects = frozenset(fold(w) for w in lex.words_of("cues", "empty_objects"))
        self.phrasal_particles = frozenset(fold(w) for w in lex.words_of("cues", "phrasal_particles"))
        self.phrasal_verbs = frozenset(fold(w) for w in lex.words_of("cues", "phrasal_verbs"))
        self.noun_markers = frozenset(fold(w) for w in lex.words_of("cues", "noun_markers"))
        approximators = lex.words_of("cues", "approximators")
        # a number opening what follows a cue, perhaps after a word of approximation ("roughly 182,000 new jobs")
        self._amount_added = re.compile(
            rf"\s*(?:(?:{phrase_pattern(approximators)})\s+)?[$€£¥]?\d" if approximators else r"\s*[$€£¥]?\d",
            re.IGNORECASE,
        )
        self.showing_openers = frozenset(fold(w) for w in lex.words_of("cues", "showing_openers"))
        self.found_states = frozenset(fold(w) for w in lex.words_of("cues", "found_states"))
        self.object_pronouns = frozenset(fold(w) for w in lex.words_of("speaker", "object_pronouns"))
        # ("said out of respect …", "said up to 100 people …": a preposition's phrase after a particle)
        self._after_particle = self.context.noun_prepositions | {"to"}
        self.aspectual_cues = frozenset(fold(w) for w in lex.words_of("cues", "aspectual_cues"))
        self.going_on_cues = frozenset(fold(w) for w in lex.words_of("cues", "going_on_cues"))
        self.idiom_objects = frozenset(fold(w) for w in lex.words_of("cues", "idiom_objects"))
        self.achieving_cues = frozenset(fold(w) for w in lex.words_of("cues", "achieving_cues"))
        self.achievements = frozenset(fold(w) for w in lex.words_of("cues", "achievements"))
        self.attacking_cues = frozenset(fold(w) for w in lex.words_of("cues", "attacking_cues"))
        self.attack_reasons = frozenset(fold(w) for w in lex.words_of("cues", "attack_reasons"))
        self.cue_words = name_words(lex.code).cue_words
        self.addressee = frozenset(fold(w) for w in lex.words_of("cues", "addressee"))
        self.cardinals = frozenset(fold(w) for w in lex.words_of("claims", "cardinals"))
        # what ends the noun phrase that heads an object: a relative pronoun, a subordinator or a wh-word
        self.list_conjunctions = frozenset(fold(w) for w in lex.words_of("speaker", "list_conjunctions"))
        self.speech_words = frozenset(
            fold(w) for w in (*lex.words_of("cues", "speech"), *lex.words_of("cues", "post")) if " " not in w
        )
        self.object_ends = (
            frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
            | frozenset(fold(w) for w in lex.words_of("cues", "subordinators"))
            | {fold(w) for w in lex.words_of("checkworthiness", "questions")}
        )
        self.telling = frozenset(fold(w) for w in lex.words_of("cues", "telling"))
        introducing = lex.words_of("cues", "introducing")
        self.introducing = tuple(tuple(fold(w) for w in phrase.split()) for phrase in introducing)
        self._introducing_openers = frozenset(phrase[0] for phrase in self.introducing if phrase)
        self.complementizers = frozenset(fold(w) for w in lex.complementizers)
        self.clause_links = frozenset(fold(w) for w in lex.words_of("cues", "clause_links"))
        irregular = (*lex.words_of("claims", "irregular_pasts"), *lex.words_of("claims", "irregular_participles"))
        self.irregular_verbs = frozenset(fold(w) for w in irregular)
        self.first_person = frozenset(fold(w) for w in lex.words_of("claims", "first_person"))
        self.placing = lex.speaker_stops | frozenset(fold(w) for w in lex.words_of("speaker", "determiners"))
        self.directive_marker = fold(lex.text("claims", "directive_marker")) or "\0"
        # whom something was told: a name or up to three lower-case words, perhaps after an article, and a description
        # set off after it ("Ajel, a Saudi Arabian newspaper")
        articles = phrase_pattern(
            [*lex.words_of("speaker", "apposition_articles"), *lex.words_of("names", "definite_articles")]
        )
        # whom a trailing cue of telling told, by name: "… told BuzzFeed in a report", "… told the BBC on Monday"
        self._told_name = re.compile(rf"[ \t]+(?:{articles}[ \t]+)?{TOLD_NAME_RUN}(?=[ \t,.])")
        self._addressee = re.compile(
            rf"\s*(?:(?:{articles}\s+)?(?P<name>{TOLD_NAME_RUN})|{articles}\s+(?P<noun>[a-z]+(?:[ \t]+[a-z]+){{0,2}})"
            rf"|(?P<word>[a-z]+))"
            rf"(?:,[ \t]+{articles}[ \t][^,.;]{{1,60}}?(?=[,.;]|\s*$))?"
        )
        # … or a name after its description: "told news website Benzinga", "told local station KMOV"
        self._described_addressee = re.compile(
            rf"\s*(?:{articles}\s+)?(?P<described>[a-z]+(?:[ \t]+[a-z]+){{0,2}}[ \t]+{TOLD_NAME_RUN})"
        )
        # words that make a clause of what follows a cue: auxiliaries and modals ("is", "would", "can")
        self.finite_words = context.noun_followers | context.auxiliaries
        # words that may open a date phrase the date finder reads without them: "last December 5"
        self.date_prefixes = frozenset(fold(w) for w in lex.words_of("dates", "weekday_prefixes") if " " not in w)

    def says_nothing(
        self, doc: Article, cue: Cue, subject: str, speaker: str, start: int, end: int, between: str = ""
    ) -> bool:
        """Is what follows a leading cue, doc.text[start:end], no words said: a topic ("reports on …"), or the
        object of a cue of naming, posting, adding or of a thing ("called a press conference", "posted a photograph
        of himself", "adding a silicon implant", "wrote the letter to …")? `subject`: the clause before the cue up to
        the speaker's end; `speaker`: the speaker phrase; `between`: the words between the speaker and the cue (a cue
        of naming right after an indefinite noun phrase there names a thing: "Residents of a village called Dukuh
        said …" — the residents did not call anything)."""
        content = doc.text[start:end]
        verb = fold(cue.text)
        return (
            content.lstrip().startswith("?")  # the cue closes a question: "What does Snopes say?"
            or self.topic(doc, start, end)
            or self.empty(doc, start, end)
            or self.phrasal(doc, start, end, verb)
            or self.idiom(doc, start, end)
            or verb in self.aspectual_cues
            and self.goes_on_doing(doc, cue.end, end)
            or verb in self.going_on_cues
            and self.goes_on_with(doc, cue, start, end, subject)
            or verb in self.attacking_cues
            and (
                not _QUOTATION_OPENS.search(content)
                and not self._attack_reason_in(content)
                # (a clause after a comma is no attack's object: "… concerning 2012 Benghazi attacks, officials used …")
                or "," in doc.text[cue.end : start]
            )
            or verb in self.naming_cues
            and (not self.named_as(content, subject) or self.thing_named_before(between))
            or verb in self.posting_cues
            and self.posted_thing(speaker, content)
            or verb in self.media_posting
            and self.media_thing(content)
            or verb in self.adding_cues
            and self.added_thing(content)
            or verb in self.thing_object_cues
            and self.object_thing(content)
            or verb in self.wanting_cues
            and "to" not in (fold(word) for word in TOKEN.findall(content))
            and self.object_thing(content)  # "wanted a reality TV show on MTV": a thing wanted, no words said
            or verb in self.calling_on_cues  # "called on Akin Gump …, an international law firm": turned to it
            and "to" not in (fold(word) for word in TOKEN.findall(content))
            or self.only_addressee(doc, cue, cue.end, end)
        )

    def past_addressee(self, doc: Article, cue: Cue, end: int) -> int:
        """Where what follows a trailing cue begins past whom it was told, a name: "…, multiple sources told BuzzFeed in
        a report published Wednesday night" (`[cues] telling`), or all of it up to `end` when it is only whom and
        when ("…, she told the radio station."); the cue's end for any other cue."""
        if fold(cue.text.split()[0]) not in self.telling:
            return cue.end
        if self.only_addressee(doc, cue, cue.end, end):
            return end
        told = self._told_name.match(doc.text, cue.end)
        return told.end() if told else cue.end

    def only_addressee(self, doc: Article, cue: Cue, start: int, end: int) -> bool:
        """After a cue of telling (`[cues] telling`: "told"), is doc.text[start:end] only whom it was told, and when:
        a name or a short noun phrase, perhaps with a description set off after it or before it, then circumstance at
        most ("told the BBC", "she told the radio station", "told Ajel, a Saudi Arabian newspaper", "told the
        intergovernmental organization on Tuesday", "told news website Benzinga")? Then what was said stands before
        the cue, or nowhere."""
        if fold(cue.text.split()[0]) not in self.telling:
            return False
        told = self._described_addressee.match(doc.text, start, end)
        named = told is not None and not any(
            fold(word) in self.lex.speaker_stops for word in told.group("described").split()
        )
        if told is not None and named:
            found = told.group("described")
        else:
            told = self._addressee.match(doc.text, start, end)
            found = (told.group("name") or told.group("noun") or told.group("word")) if told is not None else ""
            named = told is not None and bool(told.group("name"))
        words = [fold(word) for word in found.split()]
        if named:
            words = [word for word in words if word not in NAME_CONNECTORS]  # ("the Humane Society of Tampa Bay")
        if (
            told is None
            or not words
            or any(word in self.lex.speaker_stops for word in words)
            or not self.verbless(words)
            or _QUOTATION_OPENS.search(doc.text, start, end)  # 'told Gossip Cop, "I can assure you …"': words
        ):
            return False
        rest = TOKEN.search(doc.text, told.end(), end)
        # nothing more, or when and where: "on Tuesday", "in an interview" (not "never to speak of …")
        return rest is None or (
            fold(rest.group()) != self.directive_marker  # ("told staff to prepare …": an instruction)
            and (
                fold(rest.group()) in self.lex.speaker_stops
                or any(d.start <= rest.start() for d in doc.dates_in(rest.start(), end))
            )
            and self.context.rest_is_adjunct(doc, told.end(), end)
        )

    def _attack_reason_in(self, content: str) -> bool:
        """Does what follows a cue of attacking tell what the attack was for or how it was made (`[cues]
        attack_reasons`: "attacked Clinton for her ties …", "attacked the program as a violation …")? Not "as" before
        a pronoun: that opens a clause of time ("attacked her nephew as she was supposed to be looking after him")."""
        words = [fold(word) for word in TOKEN.findall(content)]
        return any(
            word in self.attack_reasons
            and not (word == "as" and at + 1 < len(words) and words[at + 1] in self.lex.pronouns)
            for at, word in enumerate(words)
        )

    def posted_thing(self, subject: str, content: str) -> bool:
        """After a cue of posting (`[cues] posting`: "posted"), is what follows a thing posted, not words: a noun
        phrase opened by a determiner or a possessive (`[speaker] determiners`, `[cues] posting_objects`: "posted
        a photograph of himself", "posted these pictures") or a preposition ("posted on Burton's website", `[speaker]
        stops`)? Or is the subject itself a thing that is posted (`[cues] media_nouns`: "a YouTube video posted to
        her page", "the original photo posted via Facebook")?"""
        head = subject.split()[-1:] if subject.split() else []
        if head and fold(head[0]) in self.media_nouns:
            return True
        first = content.split()[:1]
        if not first:
            return False
        word = fold(first[0].strip(_QUOTE_MARKS))
        return (
            bool(self.lex.determiners.match(word + " "))
            or word in self.posting_objects
            or word in self.lex.speaker_stops
        )

    def media_thing(self, content: str) -> bool:
        """After a cue of posting to a service (`[cues] media_posting`: "tweeted"), is what follows a thing posted: a
        noun of `[cues] media_nouns` within its first three words ("images of a small ceremony …", "a YouTube.com
        video")?"""
        words = [fold(word.strip(_QUOTE_MARKS + ",.;:")) for word in content.split()[:3]]
        return any(word.rsplit(".", 1)[0] in self.media_nouns or word in self.media_nouns for word in words)

    def added_thing(self, content: str) -> bool:
        """After a cue of adding (`[cues] adding`: "added", "adding"), is what follows a noun phrase with no verb of
        its own (or a preposition and one: "added to his portfolio"), a thing added ("adding a silicon implant",
        "added its voice to those highlighting …", "added the words …"), or a number of things ("added 151,000 jobs
        during the month")? A clause has an auxiliary, a modal or a verb in the past ("added the sex was consensual",
        "adds a lot of people … will be very upset")."""
        amount = self._amount_added.match(content)
        if amount is not None:
            # "the economy added 151,000 jobs during the month – …", "adding roughly 182,000 new jobs a month; …": a
            # number of things, up to where the phrase is set off, with no verb of its own ("added 10 people were
            # injured" is a clause)
            head = _SET_OFF.split(content[amount.end() :], maxsplit=1)[0]
            return not _QUOTATION_OPENS.search(content) and self.verbless([fold(w) for w in TOKEN.findall(head)])
        words = [fold(word) for word in TOKEN.findall(content)]
        if words and words[0] in self.adding_prepositions:
            # "added to his portfolio of 14 courses", "adding to her delegate lead" (`[cues] adding_prepositions`): what
            # grew, no words said, unless words are quoted or a clause follows
            return not _QUOTATION_OPENS.search(content) and self.verbless(words[1:])
        if not words or not (self.lex.determiners.match(words[0] + " ") or words[0] in self.posting_objects):
            return False
        if _QUOTATION_OPENS.search(content):
            return False  # "added the words, ''Hillary Clinton.''": words quoted are words said
        return self.verbless(words[1:])

    def introduces(self, doc: Article, start: int, end: int) -> bool:
        """Does what follows a cue, doc.text[start:end] up to the colon that ends its sentence, only place or name the
        words that the next paragraph holds: nothing, circumstance ("As Sarah explained at the time:"), what the words
        are ("The U.S. Marine Corp denied the report in a statement released Wednesday night:"), or a phrase that
        announces them (`[cues] introducing`: "as follows", "berikut")? Not a clause ("said there were three
        problems:"): an auxiliary or a complementizer; nor a quotation of its own."""
        tokens = TOKEN.findall(doc.text, start, end)
        words = [fold(token) for token in tokens]
        if not words:
            return True
        announced = [phrase for phrase in self.introducing if phrase and tuple(words[-len(phrase) :]) == phrase]
        if announced:
            # "… and states the following:" after a clause linked to the cue's own ("Sotloff says he is … while the
            # masked fighter stands behind him and states the following:", `[cues] clause_links`) announces another
            # subject's words, not the cue's ("the story of the day is as follows:" announces the cue's)
            before = words[: -len(announced[0])]
            return not any(word in self.clause_links for word in before)
        if self._only_a_date(doc, start, end):
            return True  # "Al-Monitor reported last December 5:"
        return (
            words[0] in self.placing
            and not any(word in self.finite_words or word in self.complementizers for word in words)
            and not any(  # a verb in the past after its subject: "told the website he decided …" (not "a statement
                # released Wednesday")
                word.endswith(self.context.past_endings)
                and (words[at - 1] in self.lex.pronouns or tokens[at - 1][:1].isupper())
                for at, word in enumerate(words)
                if at > 0
            )
            and not _QUOTATION_OPENS.search(doc.text, start, end)
        )

    def announces(self, doc: Article, start: int, end: int) -> bool:
        """Does what a cue frames, doc.text[start:end], open with a phrase that announces what comes after it
        (`[cues] introducing`: "Dikutip dari aplikasi KAI, berikut pilihan kereta yang bisa digunakan")? It points to a
        list the article gives next and says nothing itself; not words quoted after it ("the following day, '…'")."""
        first = TOKEN.search(doc.text, start, end)
        if first is None or fold(first.group()) not in self._introducing_openers:
            return False
        words = [fold(token) for token in TOKEN.findall(doc.text, start, min(end, start + 60))]
        return any(tuple(words[: len(phrase)]) == phrase for phrase in self.introducing if phrase) and not (
            _QUOTATION_OPENS.search(doc.text, start, end)
        )

    def _only_a_date(self, doc: Article, start: int, end: int) -> bool:
        """Is doc.text[start:end] a date phrase alone, perhaps after a word that opens one ("last December 5")?"""
        phrases = doc.dates_in(start, end)
        if len(phrases) != 1 or doc.text[phrases[0].end : end].strip(" ,.:"):
            return False
        return all(fold(word) in self.date_prefixes for word in doc.text[start : phrases[0].start].split())

    def adjunct_only(self, doc: Article, start: int, end: int) -> bool:
        """Is doc.text[start:end], what stands before a trailing attribution, only a phrase of circumstance: a few
        words opening with a preposition (`[speaker] stops`), no comma, no verb of their own ("In other recent news
        on South Africa, the Inquisitr recently reported on the tragic shooting …")? It sets the scene of the
        report; it is not what was reported."""
        tokens = [fold(found.group()) for found in TOKEN.finditer(doc.text, start, end)]
        return (
            0 < len(tokens) <= 8
            and tokens[0] in self.lex.speaker_stops
            and "," not in doc.text[start:end]
            and self.verbless(tokens)
            and not any(token in self.irregular_verbs for token in tokens)
            and not any(character.isdigit() for character in doc.text[start:end])
        )

    def holds_attribution(self, doc: Article, start: int, end: int) -> bool:
        """Does the paragraph doc.text[start:end] attribute words of its own, outside any quotation: a cue of
        "according to", a cue right after a quotation that opens the paragraph closes ("…,” writes Phil Jones",
        "…,” the man shouted"), or one right after a capitalised word that is no pronoun ("Laman Medical News Today
        menyarankan …")? Then it is no block of the words a colon introduced; a writer's own account in
        the first person ("I explained the problem …, and asked Morin …") is."""
        text = doc.text
        quoted = text[start : start + 1] in _QUOTE_MARKS
        for cue in doc.cues_in(start, end):
            if opened_quotation(text, start, cue.start):
                continue  # the quoted words' own cue ("… and I'm saying, where is this?")
            if cue.kind == "according":
                return True
            before = text[start : cue.start]
            closing = max(before.rfind("”"), before.rfind('"'), before.rfind("''"))
            if quoted and closing >= 0 and len(before[closing + 1 :].split()) <= 3:
                return True  # the quotation that opens the paragraph has its own attribution
            words = before.split()
            if (
                words
                and words[-1][:1].isupper()
                and fold(words[-1]) not in self.first_person
                and fold(words[-1]) not in self.lex.pronouns  # "He said …" in the writer's account: the writer's
            ):
                return True
        return False

    def verbless(self, words: list[str]) -> bool:
        """Do these (folded) words hold no auxiliary, modal or verb in the past: no clause of their own?"""
        return not any(
            word in self.finite_words or word in self.irregular_verbs or word.endswith(self.context.past_endings)
            for word in words
        )

    def empty(self, doc: Article, start: int, end: int) -> bool:
        """Does what follows the cue say that nothing was said (`[cues] empty_objects`: "says nothing about the Clinton
        probe", "said nothing to reporters", "said nothing."), not open a clause ("said nothing has changed")?"""
        first = TOKEN.search(doc.text, start, end)
        if first is None or fold(first.group()) not in self.empty_objects:
            return False
        after = TOKEN.search(doc.text, first.end(), end)
        return (
            after is None
            or bool(set(doc.text[first.end() : after.start()]) & set(",;:—–"))  # set off: "said little, offering …"
            or not after.group().isalpha()
            or fold(after.group()) in self.topic_prepositions
            or fold(after.group()) in self.addressee
            or fold(after.group()) in self.context.clause_joiners
        )

    def goes_on_doing(self, doc: Article, start: int, end: int) -> bool:
        """After a cue of going on, does "to" and a verb follow, and no cue of saying after it ("continues to push
        Windows-based PCs"; not "continues to insist … that P")?"""
        first = TOKEN.search(doc.text, start, end)
        if first is None or fold(first.group()) != "to" or doc.text[start : first.start()].strip():
            return False  # (not 'The statement continued: "To be clear: …"')
        # no cue of saying after it either: "continued to question Cruz's temperament, saying …" goes on with what it
        # says, "continues to advertise … and claims that P" with P (up to a clause of another subject: "… continues
        # to play a leading role …, Donald Trump has pledged to …")
        other = _OTHER_SUBJECT.search(doc.text, first.end(), end)
        end = other.start() if other is not None else end
        return not any(fold(word.group()) in self.cue_words for word in TOKEN.finditer(doc.text, first.end(), end))

    def goes_on_with(self, doc: Article, cue: Cue, start: int, end: int, subject: str = "") -> bool:
        """After a cue of going on (`[cues] going_on_cues`), with nothing quoted up to the content's end, does a noun
        phrase with no verb of its own follow ("Ted Cruz continued his rhetorical onslaught against Donald Trump"),
        or a comma and a clause that no complementizer opens ("As the mayhem continued, London-based banks … were
        forced to shut …"; `subject`, the clause before the cue, sets off no cue)? Then it goes on with something,
        no words said ('"…," he continued, "…"' is a quotation; "continued, most recently in an interview, that he
        …" says what follows "that"; "continued his scathing remarks." a noun of words said, `[cues] noun_forms`,
        introduces the quotation after it)."""
        if _QUOTATION_OPENS.search(doc.text, cue.end, end) or doc.text[start:end].lstrip().startswith("'"):
            return False
        words = [fold(word) for word in TOKEN.findall(doc.text, start, end)]
        if doc.text[cue.end : start].strip().startswith(","):
            # (not a cue set off inside the sentence it frames: "Over the past few days …, this report continues,
            # the forces … were involved …")
            return "," not in subject and not self.complementizers.intersection(words)
        if not words or words[0] in self.adding_prepositions or not self.context.noun_forms.isdisjoint(words):
            return False  # "continued to attack …": `goes_on_doing`; "continued his scathing remarks.": words follow
        return self.added_thing(doc.text[start:end])

    def phrasal(self, doc: Article, start: int, end: int, verb: str = "") -> bool:
        """Does a particle right after the cue make it another verb (`[cues] phrasal_particles`: "found out that …" is
        learning, not saying), not open a prepositional phrase ("said out of respect …")? A cue and particle that are
        another verb whatever follows (`[cues] phrasal_verbs`: "showed up on television", "showed up with their kit"
        is arriving) are one, a preposition after them or not."""
        first = TOKEN.search(doc.text, start, end)
        if first is None or first.start() > start + 1:
            return False
        if fold(first.group()) in self.object_pronouns:  # "called me up": the particle after the pronoun
            first = TOKEN.search(doc.text, first.end(), end)
            if first is None or doc.text[first.start() - 1 : first.start()] != " ":
                return False
        if f"{verb} {fold(first.group())}" in self.phrasal_verbs:
            return True  # (whatever the second word: "felt like her other two")
        if fold(first.group()) not in self.phrasal_particles:
            return False
        after = TOKEN.search(doc.text, first.end(), end)
        return after is None or fold(after.group()) not in self._after_particle

    def idiom(self, doc: Article, start: int, end: int) -> bool:
        """Does the word right after the cue make it another verb with it (`[cues] idiom_objects`: "meminta maaf" is
        apologising, "meminta izin" asking leave), so that nothing after it was said?"""
        first = TOKEN.search(doc.text, start, end)
        if first is None or first.start() > start + 1:
            return False
        if fold(first.group()) in self.idiom_objects:
            return True
        if fold(first.group()) in self.achievements:
            # "mencatat prestasi": what was achieved (`[cues] achieving_cues`, `achievements`)
            cue = TOKEN.findall(doc.text[max(0, start - 40) : start])
            if cue and fold(cue[-1]) in self.achieving_cues:
                return True
        # a phrase of a few words ("maintained a low profile for months"): the words after the cue, one space apart
        after = " ".join(fold(doc.text[first.start() : min(end, first.start() + 40)]).split())
        return any(after == phrase or after.startswith(phrase + " ") for phrase in self.idiom_phrases)

    @cached_property
    def idiom_phrases(self) -> tuple[str, ...]:
        return tuple(phrase for phrase in self.idiom_objects if " " in phrase)

    def topic(self, doc: Article, start: int, end: int) -> bool:
        """Does what follows the cue open with a preposition of topic (`[cues] topic_prepositions`: "reports on
        intercepted Russian communications"), not a date ("said on Tuesday that …")?"""
        first = TOKEN.search(doc.text, start, end)
        if (
            first is not None
            and first.group().islower()
            and fold(first.group()).endswith(self.adverb_endings)
            and len(first.group()) > 4
        ):
            first = TOKEN.search(doc.text, first.end(), end)  # "have reported blindly on the matter": the manner first
        if first is None or fold(first.group()) not in self.topic_prepositions:
            return False
        after = TOKEN.search(doc.text, first.end(), end)
        # (not "said about 20 people have …": a number; nor "added on Twitter": a name, the medium)
        return (
            after is not None
            and after.group().isalpha()
            and after.group().islower()
            and fold(after.group()) not in self.cardinals
            and not any(p.start <= first.end() + 1 for p in doc.dates_in(first.end(), end))
        )

    def _ends_object(self, word: str) -> bool:
        """Does the (folded) word end a noun phrase object: a relative pronoun, a subordinator or a wh-word
        (`object_ends`), or a complementizer with its verb contracted, which only a relative can be ("that's")?"""
        bare = uncontracted(word)
        return bare in self.object_ends or bare != word and bare in self.complementizers

    def object_thing(self, content: str) -> bool:
        """After a cue whose object may be a thing (`[cues] thing_object_cues`: "wrote", "cited", "knew"), is what
        follows headed by a noun phrase with no verb of its own, up to a relative pronoun, a subordinator or a wh-word
        ("the letter to a primary school teacher after he …", "anonymous U.S. officials who were briefed …", "what
        they were getting into")? A clause has an auxiliary, a modal or a verb in the past ("wrote that the cuts will
        start", "knew he was lying"); words quoted are words said."""
        content = self._before_second_cue(content)  # (what the next cue quotes is its own: "… and warns that “…”")
        words = [fold(word) for word in TOKEN.findall(content)]
        if not words or _QUOTATION_OPENS.search(self._before_relative(content)):
            return False  # (words quoted inside a relative clause are its subject's: "… Sen. Ron Johnson, who told a
            # local newspaper … "willful concealment" …" is no words the cue's speaker said)
        if uncontracted(words[0]) in self.object_ends:
            return not self.as_words & set(words)  # "knew what they were getting into": what, not that
        # (a relative pronoun with its verb contracted ends it too: "a McDonald’s that’s still lighting …")
        head = next((words[:at] for at, word in enumerate(words) if self._ends_object(word)), words)
        if self.as_words & set(head):
            return False  # ("cited his cause of death as natural causes": what it is said to be; not an "as" after
            # a relative clause: "… that’s still lighting the pizza fires — or electrical coils, as the case may be")
        for at in range(1, len(head) - 1):
            if head[at] in self.list_conjunctions and not self.verbless(head[at + 1 : at + 2]):
                # "wrote the letter and was denied": the subject's second verb, not the object's (a second cue, "cited
                # interviews with Fields and said that …", ended the content already: `_before_second_cue`)
                head = head[:at]
                break
        # (a word in the past after a determiner or a possessive is an adjective: "sympathetic words for Wall Street
        # during her paid speeches")
        return self.verbless([word for at, word in enumerate(head) if at and head[at - 1] not in self.noun_markers])

    def _before_second_cue(self, content: str) -> str:
        """The content up to a conjunction and a word of speech after it ("… and warns that …", `[speaker]
        list_conjunctions`), or all of it."""
        for found in TOKEN.finditer(content):
            if fold(found.group()) in self.list_conjunctions:
                following = TOKEN.search(content, found.end())
                if following is not None and fold(following.group()) in self.speech_words:
                    return content[: found.start()]
        return content

    def _before_relative(self, content: str) -> str:
        """The content up to its first relative pronoun set off by a comma (", who", ", which"), or all of it."""
        found = self._relative_set_off.search(content)
        return content[: found.start()] if found is not None else content

    @cached_property
    def _relative_set_off(self) -> re.Pattern[str]:
        relatives = self.lex.words_of("cues", "relatives")
        return (
            re.compile(rf",\s+(?:{phrase_pattern(relatives)})\b", re.IGNORECASE) if relatives else re.compile(r"(?!)")
        )

    def shown_thing(self, content: str) -> bool:
        """After a cue of showing (`[cues] showing_cues`), is what follows a noun phrase with no verb of its own, up to
        a relative, a subordinator, a wh-word or "that" ("his cultural dexterity at a recent rally", "no sign that he
        was planning to apologize", "a video of a supposed seizure": a word in the past after a determiner is an
        adjective)? It opens as a noun phrase does (`[cues] noun_markers`, `showing_openers`, or a noun and its
        preposition), or with whom it was shown ("showed her the photo"). Not a clause ("that the plan failed", "she
        leads by a smaller margin"), words quoted, nor whom it was shown and then a subject ("showed us he's the change
        agent")."""
        if _QUOTATION_OPENS.search(content):
            return False
        # (up to a comma: "his lack of familiarity with a variety of issues, combined with …" is still the thing)
        written = TOKEN.findall(content.split(",", 1)[0])
        if not written or not written[0].islower():
            return False  # a name opens a finding about someone ("Clinton with a 7.5-point lead in Michigan")
        words = [fold(word) for word in written]
        if words[0] in self.object_pronouns and (len(words) < 2 or uncontracted(words[1]) in self.lex.pronouns):
            return False  # whom it was shown, then perhaps a clause: "showed us he's the change agent"
        if not (
            words[0] in self.noun_markers
            or words[0] in self.object_pronouns  # ("did show her breast, but only very briefly …")
            or words[0] in self.showing_openers
            or len(words) > 1
            and words[1] in self.context.noun_prepositions
            and words[0].isalpha()
            and words[0] not in self.complementizers
        ):
            return False  # a noun phrase opens with a determiner, a possessive, "no", the audience ("to nearly 84
            # million viewers his lack of …") or a noun and its preposition ("interest in …"); "she leads by …",
            # "more voters view …" open a clause, whatever its verb
        head = next(
            (words[:at] for at, word in enumerate(words) if self._ends_object(word) or word in self.complementizers),
            words,
        )
        for at in range(1, len(head) - 1):
            if head[at] in self.list_conjunctions and not self.verbless(head[at + 1 : at + 5]):
                # "Feng found the image and in a rage grabbed the scissors …": the subject's next verb, past a phrase
                # of manner, ends the thing found
                head = head[:at]
                break
        return self.verbless(
            [word for at, word in enumerate(head) if not (at and self.lex.determiners.match(head[at - 1] + " "))]
        )

    def someone_found(self, content: str) -> bool:
        """After a cue of finding, is what follows someone found somewhere or in some state: a name of up to three
        words or an object pronoun, then a word of where or how (`[cues] found_states`: "Rich on the sidewalk with
        multiple gunshot wounds", "him dead", "her lying in the road")? A discovery, no finding told. Not a figure
        after it ("Clinton at 46 percent": a poll's)."""
        written = TOKEN.findall(content)[:6]
        at = 0
        if written and fold(written[0]) in self.object_pronouns:
            at = 1
        else:
            while at < min(3, len(written)) and written[at][:1].isupper():
                at += 1
        if not at or at >= len(written) or fold(written[at]) not in self.found_states:
            return False
        return not (at + 1 < len(written) and written[at + 1][:1].isdigit())

    def thing_named_before(self, between: str) -> bool:
        """Do the words between a speaker and a cue of naming end on an indefinite noun phrase that runs up to the cue,
        nothing set off ("Residents of a village called Dukuh said …", "a fashion line called …"): the cue names that
        thing, whatever the speaker said? Not an apposition closed by a comma ("Beruff, a Scott ally, called …"), nor a
        document that speaks ("issued a statement calling the test …", `[cues] media_nouns`)."""
        words = between.split()[-3:]
        if not words or any(not word.isalpha() for word in words):
            return False
        at = next((n for n, word in enumerate(words) if fold(word) in self.indefinite_articles), None)
        return at is not None and at < len(words) - 1 and fold(words[-1]) not in self.media_nouns

    def named_as(self, content: str, subject: str) -> bool:
        """Does what follows a cue of naming (`[cues] naming`: "called") name something as something: an object of
        at most five words, none a preposition (`[speaker] stops`, "of" aside) nor a particle (`[cues]
        naming_particles`: "called off", "called out"), then a quotation or an article ("called the idea
        “disgusting”", "called me a dog", "called climate change a hoax")? Else the verb convenes, phones or names
        ("called a press conference", "called the fire department with …", "called off her wedding"). A quotation
        right after it is what was said, unless an indefinite article opens the noun phrase right before the cue
        (`subject`'s last four words: "a viral video called "Worst twerk fail EVER"": a name)."""
        words = content.split()
        if not words or fold(words[0]) in self.naming_particles:
            return False
        head = " ".join(fold(word).strip(",.;:") for word in words[:8])
        if any(f" {doubt}" in f" {head} " for doubt in self.naming_doubts):
            return False  # "called the count into question": doubted, nothing named (`[cues] naming_doubts`)
        if words[0][:1] in _QUOTE_MARKS:
            # "Tim Cook called ''total political crap''", but not "a viral video called "…"" nor "there is another
            # Argentine tradition called "El Lobison"": a thing named, an indefinite noun phrase right before the cue
            return not any(fold(word) in self.indefinite_articles for word in subject.split()[-4:])
        for size in range(1, min(6, len(words))):
            if fold(words[size - 1]) in self.lex.speaker_stops and fold(words[size - 1]) not in self.naming_joins:
                return False
            following = words[size]
            if (
                words[size - 1][:1].islower()
                and all(word[:1].isupper() for word in words[: size - 1])
                and any(fold(word) in self.indefinite_articles for word in subject.split()[-3:])
                and (
                    fold(words[size - 1]).endswith(self.context.past_endings)
                    or fold(words[size - 1]) in self.context.irregular_pasts
                )
            ):
                return False  # "a site called Hip Hop Hangover published a story …": a thing's name, then its verb
            if (
                fold(words[size - 1]) in self.conjunctions
                and following[:1].islower()
                and fold(following) not in self.naming_articles
            ):
                return False  # "called a press conference and said the plant would close": a second verb, no name
            if following[:1] in _QUOTE_MARKS or fold(following) in self.naming_articles:
                return True
        return False
