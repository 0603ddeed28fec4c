"""Every read: claims in lists and whole, actors and speakers, sources and statements. Nothing here writes.

claim_lists   filters, sorts and counts (`ClaimQuery`), keys for the match index
claim_search  the claims list's pages and counts, its search answered by the search index (search_index)
claim_detail  claims by id with their statements, evidence and history; following merges
actor_reads   the actor directory, a speaker's record, and what `actors --repair` reads
source_reads  sources, their statements, statements found by words or speaker
"""

from __future__ import annotations

from claimtrack.store.actor_reads import ActorReads
from claimtrack.store.claim_search import ClaimSearch
from claimtrack.store.source_reads import SourceReads


class Queries(ClaimSearch, ActorReads, SourceReads):
    """The store's reads, each in its own short session."""
