"""Ctrl+C during ingest, as a terminal sends it (SIGINT to the whole process group, pool workers too), in each
phase: waiting for input, extracting before anything is stored, and storing. Every article stored stays, the
command says so and how to go on, and the same command run again goes on. Also the progress a user sees: a line
every few seconds in a log, a bar on a terminal."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = [pytest.mark.sqlite_only, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]

ARTICLE = (
    "JAKARTA - Menteri Sosial Saifullah Yusuf mengatakan bantuan pangan tahap kedua akan disalurkan kepada {n} juta "
    "keluarga pada bulan depan. \u201cKami sudah siapkan anggarannya untuk semua keluarga penerima,\u201d kata "
    "Saifullah di Jakarta, Senin.\n\nJuru bicara Kementerian Keuangan Deni Surjantoro menyatakan anggaran {n} triliun "
    "rupiah sudah dicairkan.\n"
)
STOPPED = re.compile(
    r"^stopped: ([\d,]+) stored(?:, ([\d,]+) not yet read)?; run the same command again to go on$", re.M
)


def _line(n: int) -> str:
    return json.dumps({"title": f"Artikel {n}", "published": "2025-10-05", "text": ARTICLE.format(n=n)}) + "\n"


# Paragraphs of the long article: extracting it takes seconds (about 4 s on the 2-core CI machine), long after the first
# progress line (every 0.2 s). 1,500 took 31 s idle there, since extraction grows faster than the article on one so
# long, and more than the 60 s a test waits for ingest to finish when the machine was busy.
LONG = 400


def _long_line(paragraphs: int) -> str:
    """One article long enough that extracting it takes a second or more."""
    text = "\n".join(ARTICLE.format(n=1000 + k) for k in range(paragraphs))
    return json.dumps({"title": "Laporan panjang", "text": text}) + "\n"


def _ctrl_c_default() -> None:
    """In the child before it runs: Ctrl+C at its default, as a shell with job control starts a command, whatever this
    test process inherited (a CI script run in the background by a shell without job control ignores SIGINT, and so
    would every command it starts)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _ctrl_c_ignored() -> None:
    """In the child before it runs: Ctrl+C ignored, as a shell without job control starts `claimtrack ingest &`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.fixture
def run(tmp_path):
    """Start `claimtrack ingest` in its own process group with Ctrl+C at its default, as a shell starts a command."""
    config = tmp_path / "config.toml"
    config.write_text("[ingest]\nprogress_seconds = 0.2\nmax_article_chars = 1_000_000\n", encoding="utf-8")
    env = {**os.environ, "CLAIMTRACK_CONFIG": str(config), "CLAIMTRACK_EDITOR": "tester", "PYTHONFAULTHANDLER": "1"}
    env.pop("CLAIMTRACK_DB", None)
    db = tmp_path / "news.db"
    started: list[subprocess.Popen] = []

    def start(*args: str, stderr=subprocess.PIPE, ctrl_c=_ctrl_c_default) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "claimtrack", "--db", str(db), "--create", "ingest", *args],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
            cwd=tmp_path,
            start_new_session=True,
            preexec_fn=ctrl_c,
        )
        started.append(process)
        return process

    start.db = db
    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def _ctrl_c(process: subprocess.Popen, *, group: bool = True) -> tuple[str, str]:
    """Ctrl+C (to the process group, as a terminal sends it, or to ingest alone, as `kill -INT` does), then the rest of
    what it printed (read through the same buffered files the test has read from)."""
    if group:
        os.killpg(process.pid, signal.SIGINT)
    else:
        os.kill(process.pid, signal.SIGINT)
    rest: dict[str, str] = {}
    readers = [
        threading.Thread(target=lambda name=name: rest.update({name: getattr(process, name).read()}))
        for name in ("stdout", "stderr")
    ]
    for reader in readers:
        reader.start()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGABRT)  # with PYTHONFAULTHANDLER set, every thread's stack goes to stderr
        process.wait()
        for reader in readers:
            reader.join(timeout=10)
        pytest.fail(f"ingest did not stop within 60 s of Ctrl+C:\n{rest.get('stderr', '')[-6000:]}")
    for reader in readers:
        reader.join(timeout=10)
    return rest["stdout"], rest["stderr"]


def _sources(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from source").fetchone()[0]


def _stopped(err: str) -> tuple[int, int | None]:
    found = STOPPED.search(err)
    assert found, err
    return int(found.group(1).replace(",", "")), int(found.group(2).replace(",", "")) if found.group(2) else None


def _finish(run, *args: str) -> subprocess.CompletedProcess:
    process = run(*args)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_ctrl_c_while_waiting_for_input_keeps_what_arrived_and_a_rerun_goes_on(run, tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    process = run(str(fifo))
    pipe = open(fifo, "w", encoding="utf-8")  # noqa: SIM115 - held open, unwritten, while ingest waits for more
    try:
        pipe.write("".join(_line(n) for n in range(30)))
        pipe.flush()
        progress = ""
        while " 30 read and extracted" not in progress:  # all 30 read; now ingest waits on the pipe for more
            progress = process.stderr.readline()
            assert progress, "ingest ended early"
        out, err = _ctrl_c(process)
    finally:
        pipe.close()

    assert process.returncode == 130 and "Traceback" not in err
    kept, left = _stopped(err)
    assert (kept, left) == (30, None)  # a batch of 25 went in as input flowed; the five read since go in now
    assert len([line for line in out.splitlines() if line.startswith(f"+ {fifo}:")]) == 30 == _sources(run.db)

    fifo.unlink()
    fifo.write_text("".join(_line(n) for n in range(40)), encoding="utf-8")
    again = _finish(run, str(fifo))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1].startswith("ingest: 10 added, 30 already ingested, 0 failed")
    assert _sources(run.db) == 40


@pytest.mark.parametrize("group", [True, False], ids=["terminal", "kill-to-ingest-alone"])
def test_ctrl_c_while_the_first_articles_are_extracted_stops_with_nothing_half_stored(run, tmp_path, group):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_long_line(LONG) + "".join(_line(n) for n in range(40)), encoding="utf-8")
    process = run(str(feed), "--jobs", "2")
    first = process.stderr.readline()  # a progress line comes every 0.2 s, however long the first article takes
    assert re.fullmatch(r"ingest: 0 of 41 articles stored, 0 read and extracted, [01] of 1 files read\n", first), first
    out, err = _ctrl_c(process, group=group)

    assert process.returncode == 130 and "Traceback" not in err, err
    assert _stopped(err) == (0, 41)
    assert out.splitlines() == [
        "ingest: 0 added, 0 already ingested, 0 failed, 0 statements, 0 new claims, 0 joined existing claims"
    ]
    assert _sources(run.db) == 0  # the database is whole (and the other tests show a re-run going on)


def test_an_ingest_started_with_ctrl_c_ignored_ignores_it_in_its_workers_too(run, tmp_path):
    """Started in the background by a script (`claimtrack ingest feed.jsonl &` where the shell has no job control),
    ingest inherits SIGINT ignored, as any command does, and Python raises no KeyboardInterrupt. Its workers ignore the
    terminal's Ctrl+C too: one that stopped the unit it was extracting would stop the run, or not, as it happened."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_long_line(LONG) + "".join(_line(n) for n in range(40)), encoding="utf-8")
    process = run(str(feed), "--jobs", "2", ctrl_c=_ctrl_c_ignored)
    first = process.stderr.readline()  # while the long first article is extracted
    assert re.fullmatch(r"ingest: 0 of 41 articles stored, 0 read and extracted, [01] of 1 files read\n", first), first
    out, err = _ctrl_c(process)

    assert process.returncode == 0 and "stopped:" not in err and "Traceback" not in err, err
    assert out.splitlines()[-1].startswith("ingest: 41 added, 0 already ingested, 0 failed")
    assert _sources(run.db) == 41


def test_ctrl_c_while_storing_keeps_every_stored_article_says_how_many_and_a_rerun_stores_the_rest(run, tmp_path):
    total = 300
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(_line(n) for n in range(total)), encoding="utf-8")
    process = run(str(feed), "--jobs", "2")
    seen = [process.stdout.readline() for _ in range(30)]
    assert all(line.startswith("+ ") for line in seen), seen
    out, err = _ctrl_c(process)

    assert process.returncode == 130 and "Traceback" not in err, err
    kept, left = _stopped(err)
    reported = seen + [line for line in out.splitlines(keepends=True) if line.startswith("+ ")]
    assert 30 <= kept < total and kept + left == total
    assert len(reported) == kept == _sources(run.db)  # every article stored was reported, and none half-stored

    again = _finish(run, str(feed), "--jobs", "2")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1].startswith(f"ingest: {left} added, {kept} already ingested, 0 failed")
    assert _sources(run.db) == total


def test_on_a_terminal_ingest_draws_a_bar_of_articles_stored(run, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(_line(n) for n in range(12)), encoding="utf-8")
    main, terminal = pty.openpty()
    process = run(str(feed), stderr=terminal)
    os.close(terminal)
    drawn = bytearray()
    reader = threading.Thread(target=_drain, args=(main, drawn), daemon=True)
    reader.start()
    out = process.communicate(timeout=60)[0]
    reader.join(timeout=10)
    os.close(main)

    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", drawn.decode("utf-8", "replace"))
    assert process.returncode == 0, screen
    assert re.search(r"ingest .* 12/12 stored\s+100%\s+· files 1/1 · extracted 12", screen), screen
    assert out.splitlines()[-1].startswith("ingest: 12 added")
    assert "+ " not in out  # the bar replaces the line per article


def _drain(descriptor: int, into: bytearray) -> None:
    while True:
        ready, _, _ = select.select([descriptor], [], [], 30)
        if not ready:
            return
        try:
            data = os.read(descriptor, 65536)
        except OSError:
            return
        if not data:
            return
        into += data
