"""Durable, atomic replacement of small files (key slots, backup manifests).

Write beside the target, fsync the file, rename over the target, fsync the directory: after a
crash the old or the new file is there, never a torn one. Nothing secret is ever written this way
in plaintext; callers pass ciphertext or non-secret metadata only.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open directories
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    scratch = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(scratch, path)
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
