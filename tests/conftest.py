"""Shared fixtures: a fresh database per test, the sample article, and the CLI runner.

With $CLAIMTRACK_TEST_DB_URL (a PostgreSQL URL) the `db_url`, `store` and `cli` fixtures use a fresh schema on
that server for each test instead of a SQLite file; tests marked `sqlite_only` are skipped there.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.resources import seeds_dir
from claimtrack.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"
TEST_DB_URL = os.environ.get("CLAIMTRACK_TEST_DB_URL", "")


def pytest_configure(config):
    # the developer's own settings must not change what tests see: an empty user config folder
    config._claimtrack_config_home = tempfile.mkdtemp(prefix="claimtrack-test-config-")
    os.environ["XDG_CONFIG_HOME"] = config._claimtrack_config_home
    config.addinivalue_line("markers", "sqlite_only: needs a SQLite file (skipped when $CLAIMTRACK_TEST_DB_URL is set)")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")


def pytest_unconfigure(config):
    # the empty config folder made above goes with the run (each run used to leave one behind in the temp folder)
    shutil.rmtree(getattr(config, "_claimtrack_config_home", ""), ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    if TEST_DB_URL:
        skip = pytest.mark.skip(reason="SQLite only; this run uses $CLAIMTRACK_TEST_DB_URL")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def english_interface(monkeypatch):
    """Every test starts with the English interface, whatever the shell running the tests or an earlier test chose."""
    from claimtrack import i18n

    monkeypatch.delenv("CLAIMTRACK_LANG", raising=False)
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)  # pytest-xdist's workers set 80: tables are then as piped
    i18n.set_language(None)
    yield
    i18n.set_language(None)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db_url(db_path) -> str:
    """Where the test's database lives: the SQLite file at db_path, or a fresh schema on $CLAIMTRACK_TEST_DB_URL."""
    if not TEST_DB_URL:
        yield str(db_path)
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(TEST_DB_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(TEST_DB_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


@pytest.fixture
def store(db_url) -> Store:
    store = Store(db_url)
    yield store
    store.close()


@pytest.fixture
def sample_article() -> Path:
    return next(seeds_dir().glob("*82f9e3bc*"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner, db_url, monkeypatch):
    """Run claimtrack with a temporary database, as a script does (--create: no notice that the file is new):
    cli("claims", "--json") → Result."""
    from claimtrack.cli import app, state

    monkeypatch.setenv("CLAIMTRACK_EDITOR", "tester")
    monkeypatch.delenv("CLAIMTRACK_DB", raising=False)

    def run(*args: str, input: str | bytes | None = None):
        try:
            return runner.invoke(app, ["--db", db_url, "--create", *args], input=input)
        finally:
            if state._store is not None:  # close its connections, as the process exiting would
                state._store.close()
                state._store = None

    return run
