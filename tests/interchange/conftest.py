"""Interchange fixtures: a newsroom's own publisher settings, and the CLI on a second database."""

from __future__ import annotations

import pytest


@pytest.fixture
def publisher(tmp_path, monkeypatch):
    """A newsroom's own config: its name, site and where its fact-checks are published."""
    from claimtrack.config import settings

    config = tmp_path / "newsroom.toml"
    config.write_text(
        '[publisher]\nname = "Cek Fakta Harian"\nurl = "https://harian.example"\n'
        'review_url = "https://harian.example/cek/{id}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    yield "Cek Fakta Harian"
    settings.cache_clear()


@pytest.fixture
def other_db(runner, tmp_path):
    """The CLI on a second, fresh database."""
    from claimtrack.cli import app

    path = tmp_path / "fresh.db"

    def run(*args: str):
        return runner.invoke(app, ["--db", str(path), *args])

    return run
