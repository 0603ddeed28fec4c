"""Shared fixtures: a fresh database per test, the sample article, and the CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.resources import seeds_dir
from claimtrack.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path) -> Store:
    store = Store(str(db_path))
    yield store
    store.close()


@pytest.fixture
def sample_article() -> Path:
    return next(seeds_dir().glob("*82f9e3bc*"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner, db_path, monkeypatch):
    """Run claimtrack with a temporary database: cli("claims", "--json") → Result."""
    from claimtrack.cli import app

    monkeypatch.setenv("CLAIMTRACK_EDITOR", "tester")
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, ["--db", str(db_path), *args], input=input)

    return run
