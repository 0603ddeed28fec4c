"""A throwaway PostgreSQL server for benchmarks, started as .ci/run starts one: Debian's binaries
(/usr/lib/postgresql/*/bin; `apt-get install postgresql` if absent), a private data folder, a free local port, trust
authentication; run as the postgres user when started by root. Stopped and deleted on exit."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def server(database: str = "claimtrack_bench", settings: dict[str, str] | None = None) -> Iterator[str]:
    """Start a server, create `database`, yield its SQLAlchemy URL; `settings` are extra `-c name=value` options."""
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="claimtrack-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root
        shutil.chown(folder, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    for name, value in (settings or {}).items():
        options += f" -c {name}={value}"
    data = folder / "data"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    try:
        subprocess.run(
            [
                *as_postgres,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            **quiet,
        )
        subprocess.run(
            [
                *as_postgres,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "log"),
                "-w",
                "-o",
                options,
                "start",
            ],
            **quiet,
        )
        subprocess.run(
            [*as_postgres, str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", database],
            **quiet,
        )
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/{database}"
    finally:
        subprocess.run(
            [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(folder, ignore_errors=True)


def cpu_seconds(url: str) -> float:
    """CPU time the server at this URL has used so far: its postmaster, the backends that have exited (their time is
    the postmaster's children's) and the processes still running under it (background writers, open sessions)."""
    port = str(_port(url))
    tick = os.sysconf("SC_CLK_TCK")
    postmaster, children = None, []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if b"-p" in command and port.encode() in command and b"postgres" in command[0]:
            postmaster = (entry.name, fields)
        children.append((fields[1], fields))
    if postmaster is None:
        return 0.0
    pid, fields = postmaster
    used = sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
    used += sum(int(f[11]) + int(f[12]) for parent, f in children if parent == pid)
    return used / tick


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/", 1)[0])
