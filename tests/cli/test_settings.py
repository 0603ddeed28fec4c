"""`claimtrack config`: settings a desk changes from the command line, checked before they are written, and the
local time zone reports use."""

from __future__ import annotations

import tomllib
from datetime import datetime, timezone

import pytest

from claimtrack.config import settings
from claimtrack.localtime import local, stamp


@pytest.fixture
def config_file(tmp_path, monkeypatch):
    """No config file yet: the user's file will be this one."""
    path = tmp_path / "claimtrack" / "config.toml"
    monkeypatch.delenv("CLAIMTRACK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings.cache_clear()
    yield path
    settings.cache_clear()


def test_set_writes_the_users_file_and_get_reads_it_back(cli, config_file):
    result = cli("config", "set", "publisher", "Cek Fakta Harian")
    assert result.exit_code == 0, result.output
    assert result.stdout == f'publisher.name = "Cek Fakta Harian" (in {config_file})\n'
    assert cli("config", "set", "ingest.max_bytes", "5_000_000").exit_code == 0
    assert tomllib.loads(config_file.read_text(encoding="utf-8")) == {
        "publisher": {"name": "Cek Fakta Harian"},
        "ingest": {"max_bytes": 5_000_000},
    }
    assert cli("config", "get", "publisher").stdout == "Cek Fakta Harian\n"
    assert settings().ingest.max_bytes == 5_000_000
    listing = cli("config", "get").stdout.splitlines()
    assert '* publisher.name = "Cek Fakta Harian"' in listing and '  publisher.desk = ""' in listing


def test_unset_goes_back_to_the_default(cli, config_file):
    cli("config", "set", "desk", "Desk Politik")
    result = cli("config", "unset", "desk")
    assert result.exit_code == 0 and result.stdout == f'publisher.desk removed from {config_file}; now ""\n'
    assert cli("config", "get", "desk").stdout == "\n"
    assert "desk" not in config_file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args,message",
    [
        (("publsher", "x"), "error: unknown setting 'publsher'; known settings: claims.min_checkworthiness, "),
        (("ingest.max_bytes", "lots"), "error: ingest.max_bytes: 'lots' is not a number"),
        (
            ("timezone", "Mars/Olympus"),
            "error: display.time_zone: 'Mars/Olympus' is not a time zone; use an IANA name such as Asia/Jakarta",
        ),
        (
            ("ingest.date_order.en", "sideways"),
            "error: ingest.date_order.en: 'sideways' is not one of day-first, month-first",
        ),
        (("lang", "fr"), "error: report language 'fr' is not known; use one of: en, id"),
    ],
)
def test_a_bad_key_or_value_is_one_line_and_nothing_is_written(cli, config_file, args, message):
    result = cli("config", "set", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert not config_file.exists()


def test_times_show_in_tz_else_the_configured_zone_else_utc(cli, config_file, monkeypatch):
    at = datetime(2024, 5, 1, 9, 30)  # stored: UTC, without a zone
    monkeypatch.delenv("TZ", raising=False)
    assert stamp(at) == "2024-05-01 09:30 UTC"
    cli("config", "set", "timezone", "Asia/Makassar")
    assert stamp(at) == "2024-05-01 17:30 WITA"
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    assert stamp(at) == "2024-05-01 16:30 WIB"
    assert local(at.replace(tzinfo=timezone.utc)).utcoffset().total_seconds() == 7 * 3600
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    assert stamp(at) == "2024-05-01 15:15 UTC+05:45"  # a zone without an abbreviation shows its offset
