"""Writing exports: a file is replaced whole or not at all."""

from __future__ import annotations

import os


# --- writing files ------------------------------------------------------------------------------------------------
def test_export_to_a_file_replaces_it_whole(cli, sample_article, tmp_path):
    cli("ingest", str(sample_article))
    target = tmp_path / "report.md"
    target.write_text("old report", encoding="utf-8")
    result = cli("export", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Fact-check report")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".report")) == []

    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    fresh = tmp_path / "fresh.md"
    assert cli("export", "-o", str(fresh)).exit_code == 0
    assert fresh.stat().st_mode == plain.stat().st_mode  # readable like any file the user writes, not owner-only
    target.chmod(0o640)
    cli("export", "-o", str(target))
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(cli, sample_article, tmp_path, monkeypatch):
    cli("ingest", str(sample_article))
    target = tmp_path / "report.md"
    target.write_text("old report", encoding="utf-8")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    result = cli("export", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: cannot write {target}: No space left on device"
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_export_to_a_missing_folder_is_one_line(cli, tmp_path):
    result = cli("export", "-o", str(tmp_path / "no" / "report.md"))
    assert result.exit_code == 1 and "does not exist" in result.stderr and "Traceback" not in result.output
