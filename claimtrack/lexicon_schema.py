"""What the language data files may hold: every section and key the code reads, with its type, declared once.

`LEXICON` is a language's file (data/lexicons/<lang>.toml), `GAZETTEER` data/gazetteer.toml, `concepts_schema`
data/concepts.toml; the value types are `tomlschema`'s. `load` checks a file as claimtrack reads it (a
LexiconError names its first problem's file and line); `claimtrack lexicon check` prints them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from claimtrack.errors import LexiconError
from claimtrack.resources import data_dir
from claimtrack.tomlschema import (
    EXACT,
    FOLDED,
    Choice,
    Field,
    Flag,
    Number,
    Pattern,
    Problem,
    Records,
    Section,
    Table,
    Text,
    Whole,
    Words,
    check_text,
)

# --- the schemas ----------------------------------------------------------------------------------------------
# A list's compare is how every reader of it compares its words: EXACT when any reader takes them as written
# (a regex without IGNORECASE, a set of the words themselves), FOLDED when all fold them, else CASELESS.
LEXICON: Section = {
    "language": Text(),
    "name": Text(),
    "markers": Words(),
    "cues": {
        "pointer_objects": Words(FOLDED),
        "topic_cues": Words(FOLDED),
        "occasion_markers": Words(FOLDED),
        "progressive_auxiliaries": Words(),
        "progressive": Words(),
        "adverbial_openers": Words(FOLDED),
        "nominal_cues": Words(FOLDED),
        "noun_prepositions": Words(FOLDED),
        "place_relatives": Words(FOLDED),
        "report_modifiers": Words(FOLDED),
        "adjectives": Words(FOLDED),
        "plural_without_s": Words(FOLDED),
        "singular_articles": Words(FOLDED),
        "object_cues": Words(FOLDED),
        "object_markers": Words(FOLDED),
        "delivered_documents": Words(FOLDED),
        "delivering_cues": Words(FOLDED),
        "speech": Words(),
        "post": Words(),
        "post_only": Flag(False),
        "according_to": Words(),
        "deny": Words(),
        "circulating": Words(),
        "circulating_heads": Words(FOLDED),
        "showing": Words(FOLDED),
        "spreading": Words(FOLDED),
        "said_to": Words(FOLDED),
        "medium_parts": Words(FOLDED),
        "complementizers": Words(),
        "participles": Words(FOLDED),
        "clause_links": Words(),
        "correlative_particles": Words(FOLDED),
        "opening_post": Words(FOLDED),
        "noun_markers": Words(),
        "possessive_endings": Words(),
        "contracted_before_s": Words(FOLDED),
        "noun_followers": Words(),
        "noun_forms": Words(),
        "noun_form_endings": Words(),
        "counted_noun_forms": Flag(False),
        "plural_agreement": Flag(False),
        "plural_auxiliaries": Words(FOLDED),
        "plural_noun_endings": Words(FOLDED),
        "singular_auxiliaries": Words(FOLDED),
        "plural_noun_markers": Words(),
        "noun_form_followers": Words(),
        "reflexives": Words(FOLDED),
        "adverb_endings": Words(FOLDED),
        "occupational": Words(FOLDED),
        "answering": Words(FOLDED),
        "passive_auxiliaries": Words(FOLDED),
        "reduced_clause_openers": Words(FOLDED),
        "marked_only": Words(FOLDED),
        "passive_responses": Words(FOLDED),
        "irrealis": Words(FOLDED),
        "deny_needs_object": Words(FOLDED),
        "denied_objects": Words(FOLDED),
        "progressive_endings": Words(FOLDED),
        "raising": Words(FOLDED),
        "valuing": Words(FOLDED),
        "relayed_speech": Words(FOLDED),
        "approximators": Words(FOLDED),
        "relatives": Words(),
        "person_relatives": Words(FOLDED),
        "person_relative_heads": Words(FOLDED),
        "addressee": Words(),
        "addressed_to": Words(FOLDED),
        "naming": Words(FOLDED),
        "modals": Words(EXACT),
        "purpose_markers": Words(EXACT),
        "saying_went_on": Words(FOLDED),
        "negated_auxiliaries": Words(FOLDED),
        "idioms": Words(FOLDED),
        "posting": Words(FOLDED),
        "issuing": Words(FOLDED),
        "adding": Words(FOLDED),
        "thing_object_cues": Words(FOLDED),
        "wanting_cues": Words(FOLDED),
        "verb_particles": Words(FOLDED),
        "topic_prepositions": Words(FOLDED),
        "empty_objects": Words(FOLDED),
        "phrasal_particles": Words(FOLDED),
        "aspectual_cues": Words(FOLDED),
        "idiom_objects": Words(FOLDED),
        "attacking_cues": Words(FOLDED),
        "attack_reasons": Words(FOLDED),
        "inner_adverbs": Words(FOLDED),
        "contracted_auxiliaries": Words(EXACT),
        "introducing": Words(FOLDED),
        "embedding": Words(FOLDED),
        "posting_objects": Words(FOLDED),
        "media_nouns": Words(FOLDED),
        "naming_particles": Words(FOLDED),
        "telling": Words(FOLDED),
        "embedded": Words(),
        "embedded_as": Words(EXACT),
        "pronouns": Words(FOLDED),
        "plural_pronouns": Words(FOLDED),
        "unresolved_pronouns": Words(FOLDED),
        "gendered_pronouns": Words(FOLDED),
        "impersonal_pronouns": Words(FOLDED),
        "adjacent_pronouns": Words(FOLDED),
        "pronoun_suffixes": Words(),
        "relaying": Words(FOLDED),
        "relayed": Words(),
        "subordinators": Words(),
        "participle_prepositions": Words(FOLDED),
        "means_prepositions": Words(FOLDED),
        "sourcing": Words(FOLDED),
    },
    "speaker": {
        "source_qualifiers": Words(FOLDED),
        "title_joiners": Words(FOLDED),
        "qualified_nouns": Words(FOLDED),
        "circumstance_endings": Words(),
        "relays": Words(),
        "non_noun_endings": Words(),
        "adjective_endings": Words(),
        "time_heads": Words(FOLDED),
        "time_modifiers": Words(FOLDED),
        "before_dates": Words(FOLDED),
        "governing_prepositions": Words(),
        "source_prepositions": Words(FOLDED),
        "documents": Words(FOLDED),
        "voices_of_bodies": Words(FOLDED),
        "negative": Words(FOLDED),
        "negative_before": Words(FOLDED),
        "term_nouns": Words(FOLDED),
        "object_pronouns": Words(FOLDED),
        "intention_nouns": Words(FOLDED),
        "conjunctions": Words(),
        "list_conjunctions": Words(),
        "name_connectors": Words(),
        "leading": Words(),
        "focus_adverbs": Words(FOLDED),
        "trailing": Words(),
        "not_adverbs": Words(FOLDED),
        "opening_prepositions": Words(FOLDED),
        "role_joiners": Words(FOLDED),
        "inclusion_markers": Words(FOLDED),
        "personal_relatives": Words(FOLDED),
        "stops": Words(),
        "role_connectors": Words(EXACT),
        "institution_connectors": Words(EXACT),
        "apposition_articles": Words(),
        "plural_quantifiers": Words(FOLDED),
        "object_relatives": Words(FOLDED),
        "place_relatives": Words(FOLDED),
        "apposition_openers": Words(EXACT),
        "role_modifiers": Words(FOLDED),
        "determiners": Words(),
        "possessive_determiners": Words(FOLDED),
        "possessive_pronouns": Table(Text()),
        "receiving_participles": Words(FOLDED),
        "former_modifiers": Words(FOLDED),
        "person_nouns": Words(FOLDED),
        "described_bodies": Words(FOLDED),
        "outlet_bodies": Words(FOLDED),
        "described_documents": Words(FOLDED),
        "written_pieces": Words(FOLDED),
        "publication_prepositions": Words(FOLDED),
        "outlet_cues": Words(FOLDED),
        "outlet_name_words": Words(FOLDED),
        "body_modifiers": Words(FOLDED),
        "body_name_connectors": Words(FOLDED),
        "common": Words(FOLDED),
        "sides": Words(FOLDED),
        "plural_endings": Words(EXACT),
        "plural_nouns": Words(FOLDED),
        "location_suffixes": Words(FOLDED),
        "affiliation_tag": Pattern(),
    },
    "titles": {
        "person": Words(FOLDED),
        "regional": Words(FOLDED),
        "company": Words(FOLDED),
        "unit": Words(FOLDED),
        "organization": Words(FOLDED),
        "offices": Table(Text()),
        "whole_offices": Table(Text()),
        "relational": Words(FOLDED),
        "royal_given_names": Words(FOLDED),
        "abbreviated": Table(Text()),
    },
    "organizations": {
        "heads": Words(FOLDED),
        "head_prefixes": Words(FOLDED),
        "acronyms_are_organizations": Flag(True),
        "acronym_ends_a_body": Flag(False),
        "words": Words(FOLDED),
        "place_words": Words(FOLDED),
        "legal_forms": Words(),
        "legal_suffixes": Words(FOLDED),
        "association_heads": Words(FOLDED),
        "kind_before_head": Flag(False),
        "not_kinds": Words(FOLDED),
        "place_continuations": Words(FOLDED),
        "place_abbreviations": Words(FOLDED),
        "place_abbreviations_stopped": Words(FOLDED),
        "name_openers": Words(FOLDED),
        "inner_words": Words(FOLDED),
    },
    "names": {
        "opening_given_names": Words(FOLDED),
        "numbered_parts": Words(FOLDED),
        "age_units": Words(),
        "described_subjects_are_others": Flag(False),
        "indefinite_subjects_are_others": Flag(False),
        "others_acting_since_are_others": Flag(False),
        "pronouns_mean_subjects": Flag(False),
        "full_names_after_places": Flag(False),
        "masculine_nouns": Words(FOLDED),
        "masculine_before_name": Words(FOLDED),
        "feminine_before_name": Words(FOLDED),
        "feminine_nouns": Words(FOLDED),
        "masculine_endings": Words(FOLDED),
        "feminine_endings": Words(FOLDED),
        "self_introductions": Words(FOLDED),
        "event_relatives": Words(FOLDED),
        "spoken_nouns": Words(FOLDED),
        "ranks": Words(FOLDED),
        "head_noun_last": Flag(False),
        "family_name_last": Flag(False),
        "definite_articles": Words(FOLDED),
        "discourse_before_comma": Words(FOLDED),
        "buildings": Words(FOLDED),
        "subject_articles": Words(FOLDED),
        "background_leads": Words(FOLDED),
        "naming": Words(FOLDED),
        "honorifics": Words(FOLDED),
        "male_honorifics": Words(FOLDED),
        "female_honorifics": Words(FOLDED),
        "male_pronouns": Words(FOLDED),
        "female_pronouns": Words(FOLDED),
        "particles": Words(),
        "droppable_first_names": Words(FOLDED),
        "surname_prefixes": Words(EXACT),
        "place_markers": Words(EXACT),
        "origin_markers": Words(FOLDED),
        "degrees": Words(FOLDED),
        "verb_prefixes": Words(FOLDED),
        "transitive_prefixes": Words(),
        "passive_prefixes": Words(),
        "agent_markers": Words(FOLDED),
        "transitive_suffixes": Words(),
        "alias_connectors": Words(EXACT),
        "one_word_alias_connectors": Words(EXACT),
        "nickname_titles": Words(EXACT),
        "predicate_openers": Words(FOLDED),
        "clitics": Words(FOLDED),
        "derivational_prefixes": Words(FOLDED),
        "derivational_suffixes": Words(FOLDED),
        "nominalising_confixes": Words(FOLDED),
        "sentence_adverbs": Words(FOLDED),
        "inverting_auxiliaries": Words(FOLDED),
        "openers": Words(FOLDED),
    },
    "dates": {
        "date_order": Choice(("DMY", "MDY"), "DMY"),
        "time_zones": Words(EXACT),
        "time_markers": Words(FOLDED),
        "normalize": Table(Text()),
        "vague": Words(),
        "weekdays": Words(EXACT),
        "weekday_variants": Table(Text(), EXACT, within="weekdays"),
        "weekday_prefixes": Words(),
        "weekday_past_suffix": Words(),
        "weekday_past_prefixes": Words(),
        "relative_suffixes": Words(),
        "ordinal_suffixes": Words(EXACT),
        "months": Table(Whole(1, 12)),
        "relative_units": Table(Choice(("day", "week", "month", "year"), "day")),
    },
    "stance": {
        "deny_content": Words(),
        "attributive_verdicts": Words(),
        "verdict_predicators": Words(),
        "verdict_copulas": Words(FOLDED),
        "verdict_without_copula": Flag(False),
        "verdict_fillers": Words(FOLDED),
        "anaphora": Words(),
        "anaphora_markers": Words(),
        "negations": Words(FOLDED),
        "not_negating": Words(FOLDED),
        "support_cues": Words(),
        "support_content": Words(),
        "reporting": Words(),
        "purported": Words(FOLDED),
    },
    "checkworthiness": {
        name: Words()
        for name in (
            "hedges",
            "opinion",
            "feelings",
            "appeals",
            "thanks",
            "plans",
            "procedure",
            "conditionals",
            "factual",
            "units",
            "number_words",
            "comparisons",
            "causes",
            "rules",
            "time_words",
            "appeal_cues",
            "opinion_cues",
            "plan_cues",
            "report_cues",
            "first_person",
            "purpose",
            "evaluation",
            "colloquial",
            "questions",
            "event_markers",
            "event_suffixes",
        )
    },
    "claims": {
        "perfect_cues": Words(FOLDED),
        "perfect_infinitive": Text(),
        "perfect_auxiliary": Text(),
        "irregular_participles": Words(FOLDED),
        "irregular_pasts": Words(FOLDED),
        "noun_phrase_openers": Words(FOLDED),
        "discourse_markers": Words(FOLDED),
        "enumerators": Words(FOLDED),
        "participants": Words(FOLDED),
        "accused_participants": Words(FOLDED),
        "participant_relations": Words(FOLDED),
        "quantifiers": Words(FOLDED),
        "first_person": Words(FOLDED),
        "third_person": Words(FOLDED),
        "vague_subjects": Words(FOLDED),
        "requesting_cues": Words(FOLDED),
        "pointing_words": Words(FOLDED),
        "fragment_openers": Words(FOLDED),
        "time_phrases": Words(FOLDED),
        "anaphoric_determiner": Text(),
        "institutional": Words(FOLDED),
        "personal": Words(FOLDED),
        "demonstratives": Words(FOLDED),
        "present_demonstratives": Words(FOLDED),
        "pointing_back_after_noun": Words(FOLDED),
        "other_than": Words(FOLDED),
        "shell_nouns": Words(FOLDED),
        "collectives": Words(FOLDED),
        "collective_prepositions": Words(FOLDED),
        "object_focus_suffixes": Words(FOLDED),
        "verb_endings": Words(FOLDED),
        "verb_openings": Words(FOLDED),
        "aspect_openers": Words(FOLDED),
        "adverbs_before_verb": Words(FOLDED),
        "degree_words": Words(FOLDED),
        "manner_openers": Words(FOLDED),
        "compared_with": Words(FOLDED),
        "existential": Words(FOLDED),
        "dependent_pronouns": Words(FOLDED),
        "speech_act_openers": Words(FOLDED),
        "uttering_verbs": Words(FOLDED),
        "uttered_acts": Words(FOLDED),
        "past_endings": Words(FOLDED),
        "definite_articles": Words(FOLDED),
        "discourse_before_comma": Words(FOLDED),
        "verb_phrase_openers": Words(FOLDED),
        "existential_quantifiers": Words(FOLDED),
        "bare_predicates": Words(FOLDED),
        "degree_adverbs": Words(FOLDED),
        "question_openers": Words(FOLDED),
        "emphatic_particle": Text(),
        "directive_cues": Words(FOLDED),
        "directive_marker": Text(),
        "controlled_openers": Words(FOLDED),
        "cardinals": Words(FOLDED),
        "naming_words": Words(FOLDED),
        "active_prefixes": Words(FOLDED),
    },
    "boilerplate": {
        "line_prefixes": Words(EXACT),
        "inline": Words(EXACT),
        "caption_credit": Pattern(),
        "credit_line": Pattern(("credit",)),
        "dateline": Pattern(),
    },
    "standing": {
        "role_head": Choice(("first", "last"), "first"),
        "role_ends": Words(),
        "private_roles": Words(),
        "age_after_name": Pattern(),
        "checkworthiness": Number(0.0),
    },
    "segment": {
        "abbreviations": Words(EXACT),
    },
    "match": {
        "stemmer": Choice(("sastrawi", "snowball", "none"), "none"),
        "stopwords": Words(FOLDED),
        "nasal_prefixes": Table(Text(), EXACT),
        "unstripped_prefixes": Words(EXACT),
        "name_particles": Words(EXACT),
    },
}

GAZETTEER: Section = {
    "entity": Records(
        {
            "name": Text(required=True),
            "kind": Choice(("person", "organization", "place"), "organization"),
            "aliases": Words(EXACT),  # each spelling is kept as written, as an actor's alias
            "role": Text(),
            # the name readers of a language know the entity by, one of its aliases: `names = { en = "White House" }`
            "names": Table(Text(), within="aliases"),
        },
        unique=(("name", "aliases"),),
    ),
}


def concepts_schema(languages: Iterable[str]) -> Section:
    """data/concepts.toml: each concept's words in each language that has a lexicon."""
    languages = tuple(languages)
    words: dict[str, Field] = {language: Words(FOLDED) for language in languages}
    return {"concept": Records({"name": Text(required=True), **words}, unique=(("name",), *((x,) for x in languages)))}


# --- the files ------------------------------------------------------------------------------------------------
def available_languages() -> tuple[str, ...]:
    return _languages_in(data_dir() / "lexicons")


@cache
def _languages_in(folder: Path) -> tuple[str, ...]:
    """The lexicons a data folder holds (read once: asked for by every document prepared)."""
    return tuple(sorted(p.stem for p in folder.glob("*.toml")))


def data_files() -> list[Path]:
    """Every language data file `claimtrack lexicon check` reads when given none."""
    return [
        *sorted((data_dir() / "lexicons").glob("*.toml")),
        data_dir() / "gazetteer.toml",
        data_dir() / "concepts.toml",
    ]


def schema_for(path: Path) -> Section:
    """A file's schema by its name: gazetteer.toml, concepts.toml, or else a lexicon."""
    if path.name == "gazetteer.toml":
        return GAZETTEER
    if path.name == "concepts.toml":
        return concepts_schema(available_languages())
    return LEXICON


def check_file(path: Path, schema: Section | None = None) -> tuple[dict, list[Problem]]:
    """The parsed file and its problems; a file that cannot be read is one problem on line 0."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {}, [Problem((), f"cannot read: {exc.strerror or exc}")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {}, [Problem((), f"not UTF-8: byte {exc.start}", line=data.count(b"\n", 0, exc.start) + 1)]
    return check_text(text, schema_for(path) if schema is None else schema)


def load(path: Path, schema: Section) -> dict:
    """A data file, checked; LexiconError names its first problem's file and line."""
    if not path.is_file():
        raise LexiconError(f"no data file {path}")
    raw, problems = check_file(path, schema)
    if problems:
        more = f" (and {len(problems) - 1} more: run 'claimtrack lexicon check {path}')" if len(problems) > 1 else ""
        raise LexiconError(f"{path}:{problems[0].line}: {problems[0].message}{more}")
    return raw
