"""The claimtrack command line: a thin Typer shell over the core. Library code raises; this reports.

app       the Typer app, shared options, error handling, `main`
ingest    ingest (with its progress bar), extract
claims    claims, show, mark, edit, link, unlink, merge, actors, merge-actors
lookup    lookup (have we seen or checked this?)
exchange  export, import-claims
demo      demo, tui
database  audit verify, backup, upgrade
lexicon   lexicon check (the language data against its schema)
settings  config set, get, unset (the user's config file)
"""

from __future__ import annotations

from importlib import import_module

from claimtrack.cli.app import UserError, app, main, state

# each module registers its commands on `app` when imported; --help lists them in this order
for _module in ("ingest", "claims", "lookup", "exchange", "demo", "database", "lexicon", "settings"):
    import_module(f"claimtrack.cli.{_module}")

__all__ = ["UserError", "app", "main", "state"]
