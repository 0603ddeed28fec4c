"""The one root of the errors a user can cause: the CLI and the TUI catch `ClaimtrackError` and show its message.

Library code raises these with one line that says what and where; it never prints or exits. Each class is
also importable from the module that raises it (`claimtrack.store.StoreError`, `claimtrack.config.ConfigError`…).
"""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Something the user can act on; the message is one line."""


class ConfigError(ClaimtrackError, ValueError):
    """The configuration file cannot be read."""


class RatingsError(ClaimtrackError, ValueError):
    """data/statuses.toml does not describe the statuses claimtrack knows."""


class IngestError(ClaimtrackError, ValueError):
    """An input cannot be read as an article; the message is one line for the user."""


class LexiconError(ClaimtrackError, ValueError):
    """A language data file (a lexicon, the gazetteer, the concepts) is missing or breaks its schema."""


class InterchangeError(ClaimtrackError, ValueError):
    """A file that cannot be imported or written; the message says which and why."""


class StoreError(ClaimtrackError):
    """A database problem the user can act on (bad URL, unknown id, a conflicting edit)."""


class NotFound(StoreError):
    """No claim, statement, actor or source with that id."""


class Conflict(StoreError):
    """Someone else changed the claim since it was read."""


class Refused(StoreError):
    """The database refused a row (a unique or foreign key): that write, not the transaction, is at fault."""
