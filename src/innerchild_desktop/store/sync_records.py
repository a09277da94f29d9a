"""Each computer's own record and the attachment blobs in the shared sync folder.

``devices/<device_id>`` is the one file in the folder that is ever replaced, and only by its own
computer (atomically: scratch file, fsync, rename, fsync the folder); no two computers write the
same file, so a sync tool never has to merge one. ``blobs/<name>`` are write-once, named by a keyed
hash of their content (equal content, equal name: dedup; the name says nothing without the key).
Both are sealed like batches (store/sync_crypto.py) and judged like them (store/sync_folder.py).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from innerchild_desktop.store import sync_crypto as sc
from innerchild_desktop.store.atomic import atomic_writer
from innerchild_desktop.store.sync_folder import (
    Patience,
    Status,
    check_position,
    json_bytes,
    json_load,
    read_limited,
)
from innerchild_desktop.store.sync_vault import (
    SyncVault,
    make_dir,
    scratch_path,
    sync_root,
    write_once,
)

_BLOB_NAME = re.compile(r"[0-9a-f]{64}")
_MAX_GENERATION = 2**62


# --- device records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceRecord:
    """What one computer says of itself: its name and the highest seq it applied per computer.

    ``generation`` grows with each rewrite (it is in the authenticated header), so a caller can
    refuse an older record replayed in place of a newer one it has seen.
    """

    device_id: str
    name: str
    applied: dict[str, int]
    generation: int


def _device_name(device_id: str) -> str:
    return f"devices/{device_id}"


def write_device(
    folder: Path, vault: SyncVault, device_id: str, name: str, applied: Mapping[str, int]
) -> int:
    """Replace this computer's own record atomically (no other file is ever replaced, and no
    other computer writes it). Returns its new generation."""
    check_position(device_id, 0)
    if not all(sc.valid_device_id(d) and isinstance(s, int) and s >= 0 for d, s in applied.items()):
        raise ValueError("applied maps device ids to sequence numbers")
    path = sync_root(folder) / _device_name(device_id)
    generation = 1
    old = read_limited(path)
    header = sc.parse_header(old) if old is not None else None
    if isinstance(header, sc.Header) and header.vault_id == vault.raw_id:
        generation = min(header.seq, _MAX_GENERATION) + 1
    payload = sc.pack_payload(json_bytes({"name": name, "applied": dict(applied)}))
    data = sc.seal(
        vault.key("device"),
        sc.Kind.DEVICE,
        vault.raw_id,
        device_id,
        generation,
        _device_name(device_id),
        payload,
    )
    make_dir(path.parent)
    with atomic_writer(path, 0o600, scratch_path(path)) as handle:
        handle.write(data)
    return generation


def _open_device(vault: SyncVault, device_id: str, data: bytes) -> DeviceRecord | sc.Problem:
    header = sc.parse_header(data)
    if isinstance(header, sc.Problem):
        return header
    if header.vault_id == vault.raw_id and header.device != device_id:
        return sc.Problem.BAD
    padded = sc.open_sealed(
        vault.key("device"), data, sc.Kind.DEVICE, vault.raw_id, _device_name(device_id), header
    )
    if isinstance(padded, sc.Problem):
        return padded
    payload = sc.unpack_payload(padded)
    try:
        doc = json_load(payload)
        name, applied = doc["name"], doc["applied"]  # type: ignore[index]
        if not isinstance(name, str) or not isinstance(applied, dict):
            raise TypeError("wrong types")
        if not all(
            isinstance(d, str) and isinstance(s, int) and not isinstance(s, bool)
            for d, s in applied.items()
        ):
            raise TypeError("wrong types")
    except (ValueError, KeyError, TypeError):
        return sc.Problem.INVALID
    return DeviceRecord(device_id, name, applied, header.seq)


def read_devices(
    folder: Path, vault: SyncVault, patience: Patience | None = None
) -> dict[str, DeviceRecord | Status]:
    """Every computer's record by device id, or why it does not open (its conflict copies and
    scratch files are ignored: a record is replaced whole, the newest wins)."""
    patience = patience if patience is not None else Patience()
    directory = sync_root(folder) / "devices"
    found: dict[str, DeviceRecord | Status] = {}
    for path in sorted(directory.iterdir()) if directory.is_dir() else []:
        if not sc.valid_device_id(path.name) or not path.is_file():
            continue
        name = _device_name(path.name)
        data = read_limited(path)
        result = _open_device(vault, path.name, data) if data is not None else sc.Problem.SHORT
        if isinstance(result, DeviceRecord):
            patience.forget(name)
            found[path.name] = result
        else:
            found[path.name] = patience.judge(name, data or b"", result)
    return found


# --- blobs --------------------------------------------------------------------------------------


def blob_name(vault: SyncVault, content: bytes) -> str:
    """The keyed hash that names ``content`` in ``blobs/``: equal content, equal name."""
    return sc.keyed_name(vault.key("blob-name"), content)


def write_blob(folder: Path, vault: SyncVault, content: bytes) -> str:
    """Store attachment bytes once; returns their name. An existing name is the same content,
    so it is left as it is (never rewritten)."""
    name = blob_name(vault, content)
    path = sync_root(folder) / "blobs" / name
    if path.exists():
        return name
    payload = sc.pack_payload(content, level=1)  # photos are compressed already: be quick
    data = sc.seal(vault.key("blob"), sc.Kind.BLOB, vault.raw_id, "", 0, f"blobs/{name}", payload)
    with contextlib.suppress(FileExistsError):  # the same content, written meanwhile
        write_once(path, data)
    return name


def read_blob(
    folder: Path, vault: SyncVault, name: str, patience: Patience | None = None
) -> bytes | Status:
    """The attachment bytes named ``name``, or why not (NOT_YET if absent: may be arriving)."""
    if not _BLOB_NAME.fullmatch(name):
        raise ValueError("not a blob name")
    patience = patience if patience is not None else Patience()
    data = read_limited(sync_root(folder) / "blobs" / name)
    if data is None:
        return Status.NOT_YET
    rel = f"blobs/{name}"
    padded = sc.open_sealed(vault.key("blob"), data, sc.Kind.BLOB, vault.raw_id, rel)
    content = sc.unpack_payload(padded) if isinstance(padded, bytes) else None
    if isinstance(padded, sc.Problem):
        return patience.judge(rel, data, padded)
    if content is None or blob_name(vault, content) != name:
        return Status.DAMAGED
    patience.forget(rel)
    return content
