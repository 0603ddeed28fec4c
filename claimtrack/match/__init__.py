"""Claim matching: does a statement say the same thing as a claim we already track?

Content is normalised into a *match key* (`keys`); candidates come from an inverted index of key terms weighted by
rarity (`candidates`), so matching one statement costs about the same at 100 claims as at 1M; rapidfuzz scores the
candidates (`score`). docs/matching.md has the rules.
"""

from claimtrack.match.candidates import Candidates, ClaimIndex, best_match, informative_terms, query_terms
from claimtrack.match.keys import (
    ENTITY_PREFIX,
    MANY,
    MARKS,
    NEGATED,
    Normalizer,
    Stemmer,
    language_name,
    match_key,
    negated_key,
    normalizer,
)
from claimtrack.match.score import (
    Match,
    Split,
    brute_force_best,
    entities_of,
    opposite,
    score,
    score_split,
    score_terms,
    split_key,
)

__all__ = [
    "ENTITY_PREFIX",
    "MANY",
    "MARKS",
    "NEGATED",
    "Candidates",
    "ClaimIndex",
    "Match",
    "Normalizer",
    "Split",
    "Stemmer",
    "best_match",
    "brute_force_best",
    "entities_of",
    "informative_terms",
    "language_name",
    "match_key",
    "negated_key",
    "normalizer",
    "opposite",
    "query_terms",
    "score",
    "score_split",
    "score_terms",
    "split_key",
]
