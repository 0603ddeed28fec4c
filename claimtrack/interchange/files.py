"""Writing an export whole or not at all."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from claimtrack.errors import InterchangeError


def write_atomic(path: Path | str, text: str) -> None:
    """Write the whole text or nothing: a temporary file beside the target, renamed over it.

    The file gets the permissions a plain write would give it (the target's own when it exists, else the
    umask's), not the owner-only mode of mkstemp.
    """
    target = Path(path)
    folder = target.resolve().parent
    if not folder.is_dir():
        raise InterchangeError(f"cannot write {target}: folder {folder} does not exist")
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InterchangeError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise
