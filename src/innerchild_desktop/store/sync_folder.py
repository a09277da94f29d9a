"""The shared sync folder: its layout, its write-once files, and how a reader judges each file.

Everything lives in ``FOLDER/InnerChild-sync/`` (:func:`sync_root`), never beside the person's own
files in the folder they chose; if they choose that subfolder itself, it is used as is::

    InnerChild-sync/
      vault                        format, vault id, the data key wrapped (Argon2id + AES-GCM)
      devices/<device_id>          each computer's own record: name, highest seq applied per
                                   other computer (the one file that is ever replaced, and only
                                   by its own computer: atomically, a generation number grows)
      ops/<device_id>/<seq:08d>.batch   write-once batches of operations (JSON list, sealed)
      ops/<device_id>/<seq:08d>.snapshot  its own batches up to seq, compacted, once everyone
                                   has applied them (store/sync_snapshots.py)
      blobs/<hmac hex>             write-once attachment bytes, named by a keyed hash

Every file is sealed by store/sync_crypto.py (plaintext header without personal content, padded
AES-256-GCM body). Nothing is rewritten: a file is written to ``.<name>.<random>.tmp`` in the same
folder, fsynced, *linked* to its name (which fails if the name exists; where links are refused,
as on FAT, an existence check then a rename), and the folder fsynced. A batch name that exists is
refused, never overwritten; a blob that exists is the same content (dedup by name).

A reader never trusts that a copy has finished nor a modification time. For each batch file,
:func:`list_batches` says one of:

* ``OK`` with its operations;
* ``FOREIGN``: its header names another vault (a folder mixed up with another journal's);
* ``TOO_NEW``: written by a newer version of Inner Child;
* ``NOT_YET``: it does not open (short, half-copied, bad tag, renamed...) but may still be
  arriving: retry later;
* ``DAMAGED``: the *very same bytes* failed to open at least :data:`PATIENCE_ATTEMPTS` times
  across at least :data:`PATIENCE_SECONDS` (see :class:`Patience`, which the caller keeps for the
  session). Device records and blobs (store/sync_records.py) are judged the same way. A
  tampered file and a damaged one cannot be told apart; neither is ever applied.
  A file that opens (so it is authentic) but does not hold a list of operations is DAMAGED at
  once: waiting cannot change it.

Sync tools' conflict copies ("sync-conflict", "conflicted copy", "(conflict", ".syncthing.",
"~syncthing~", ".tmp", or any other non-canonical name) are ignored unless they open as the batch
their header names, in that device's folder: then they are returned like it (a duplicate
operation is harmless, operations are idempotent by id).
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from innerchild_desktop.store import sync_crypto as sc
from innerchild_desktop.store.sync_vault import (
    SyncVault,
    SyncVaultDamaged,
    SyncVaultExists,
    SyncVaultMissing,
    SyncVaultTooNew,
    WrongSyncPassphrase,
    create_vault,
    open_vault,
    sync_root,
    write_once,
)

__all__ = [
    "BatchFile",
    "Patience",
    "Status",
    "SyncVault",
    "SyncVaultDamaged",
    "SyncVaultExists",
    "SyncVaultMissing",
    "SyncVaultTooNew",
    "WrongSyncPassphrase",
    "batch_name",
    "create_vault",
    "list_batches",
    "next_seq",
    "open_batch",
    "open_vault",
    "seal_batch",
    "sync_root",
    "write_batch",
]

PATIENCE_ATTEMPTS = 3
PATIENCE_SECONDS = 10 * 60
_BATCH_NAME = re.compile(r"(\d{8})\.batch")
# A snapshot (store/sync_snapshots.py) stands for its computer's batches up to its number.
_TAKEN_NAME = re.compile(r"(\d{8})\.(?:batch|snapshot)")


class Status(enum.Enum):
    OK = "ok"
    NOT_YET = "not yet"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    TOO_NEW = "too new"


# --- judging a file that does not open ---------------------------------------------------------


class Patience:
    """How long a file that does not open is "not yet" rather than "damaged".

    A file is NOT_YET until the very same bytes (by SHA-256) have failed to open at least
    ``attempts`` times across at least ``seconds`` of ``now`` (monotonic); then DAMAGED. Bytes that
    change (a copy still in progress) start over. Keep one for the session: a new one is patient
    again (the caller reports a damaged file once per session). ``now`` is injectable for tests.
    """

    def __init__(
        self,
        attempts: int = PATIENCE_ATTEMPTS,
        seconds: float = PATIENCE_SECONDS,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.attempts, self.seconds, self.now = attempts, seconds, now
        self._seen: dict[str, tuple[bytes, float, int]] = {}

    def judge(self, name: str, data: bytes, problem: sc.Problem) -> Status:
        if problem is sc.Problem.FOREIGN:
            return Status.FOREIGN
        if problem is sc.Problem.TOO_NEW:
            return Status.TOO_NEW
        if problem is sc.Problem.INVALID:
            return Status.DAMAGED
        digest, now = hashlib.sha256(data).digest(), self.now()
        seen = self._seen.get(name)
        first, count = (seen[1], seen[2]) if seen is not None and seen[0] == digest else (now, 0)
        self._seen[name] = (digest, first, count + 1)
        late = count + 1 >= self.attempts and now - first >= self.seconds
        return Status.DAMAGED if late else Status.NOT_YET

    def forget(self, name: str) -> None:
        self._seen.pop(name, None)


def read_limited(path: Path) -> bytes | None:
    """At most one maximal file's bytes; None if it vanished or is locked (try again later)."""
    try:
        with path.open("rb") as handle:
            return handle.read(sc.MAX_BODY + 512)
    except OSError:
        return None


# --- batches -------------------------------------------------------------------------------------


def batch_name(device_id: str, seq: int) -> str:
    """The canonical name of a batch inside the sync root (also its associated data)."""
    return f"ops/{device_id}/{seq:08d}.batch"


def check_position(device_id: str, seq: int) -> None:
    if not sc.valid_device_id(device_id) or not 0 <= seq <= 99_999_999:
        raise ValueError("a device id is 1-64 ASCII letters, digits, - or _; seq 0-99999999")


def json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True).encode("utf-8")


def _refuse_constant(name: str) -> object:
    raise ValueError("not finite")


def json_load(payload: bytes | None) -> object:
    """Parsed JSON, or None if ``payload`` is None or not strict JSON."""
    if payload is None:
        return None
    try:
        return json.loads(payload, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return None


def seal_batch(vault: SyncVault, device_id: str, seq: int, ops: list[dict[str, Any]]) -> bytes:
    """The bytes of batch ``seq`` of ``device_id``: ``ops`` (``Operation.to_json()`` dicts)."""
    check_position(device_id, seq)
    if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
        raise ValueError("a batch is a list of operation dicts")
    padded = sc.pack_payload(json_bytes(ops))
    name = batch_name(device_id, seq)
    return sc.seal(vault.key("batch"), sc.Kind.BATCH, vault.raw_id, device_id, seq, name, padded)


def open_batch(
    vault: SyncVault, device_id: str, seq: int, data: bytes
) -> list[dict[str, Any]] | sc.Problem:
    """The operations in ``data`` if it is batch ``seq`` of ``device_id`` in this vault. Never
    raises; a header naming another device or position is BAD (renamed or swapped)."""
    header = sc.parse_header(data)
    if isinstance(header, sc.Problem):
        return header
    if header.vault_id == vault.raw_id and (header.device, header.seq) != (device_id, seq):
        return sc.Problem.BAD
    padded = sc.open_sealed(
        vault.key("batch"), data, sc.Kind.BATCH, vault.raw_id, batch_name(device_id, seq), header
    )
    if isinstance(padded, sc.Problem):
        return padded
    payload = sc.unpack_payload(padded)
    ops = json_load(payload)
    if not isinstance(ops, list) or not all(isinstance(op, dict) for op in ops):
        return sc.Problem.INVALID
    return ops


def write_batch(
    folder: Path, vault: SyncVault, device_id: str, seq: int, ops: list[dict[str, Any]]
) -> Path:
    """Write batch ``seq`` once, durably. FileExistsError if that batch exists (never replaced)."""
    path = sync_root(folder) / batch_name(device_id, seq)
    write_once(path, seal_batch(vault, device_id, seq, ops))
    return path


def next_seq(folder: Path, device_id: str) -> int:
    """One past the highest batch ``device_id`` has in the folder (1 for the first), or past
    its newest snapshot (its batches up to there may have been replaced by it)."""
    check_position(device_id, 0)
    directory = sync_root(folder) / "ops" / device_id
    seqs = [
        int(m.group(1))
        for p in (directory.iterdir() if directory.is_dir() else ())
        if (m := _TAKEN_NAME.fullmatch(p.name))
    ]
    return max(seqs, default=0) + 1


@dataclass(frozen=True)
class BatchFile:
    """One batch as read: ``ops`` is filled only when ``status`` is OK."""

    device_id: str
    seq: int
    name: str  # the file's path inside the sync root (a conflict copy's own name if it opened)
    status: Status
    ops: list[dict[str, Any]] = field(default_factory=list, repr=False)


def list_batches(
    folder: Path,
    vault: SyncVault,
    *,
    patience: Patience | None = None,
    applied: Mapping[str, int] | None = None,
    skip_devices: frozenset[str] = frozenset(),
) -> Iterator[BatchFile]:
    """Every batch in the folder, device by device (sorted by id), each in seq order.

    Batches at or below ``applied[device]`` are not read, nor devices in ``skip_devices`` (this
    computer's own). Conflict copies are tried only for a seq whose canonical file does not open.
    """
    patience = patience if patience is not None else Patience()
    ops_dir = sync_root(folder) / "ops"
    devices = sorted(ops_dir.iterdir()) if ops_dir.is_dir() else []
    for directory in devices:
        device_id = directory.name
        if not sc.valid_device_id(device_id) or device_id in skip_devices:
            continue
        if not directory.is_dir():
            continue
        done = (applied or {}).get(device_id, -1)
        canonical, copies = _scan_device(directory, vault, device_id)
        for seq in sorted(set(canonical) | set(copies)):
            if seq > done:
                found = _read_seq(directory, vault, device_id, seq, canonical, copies, patience)
                if found is not None:
                    yield found


def _scan_device(
    directory: Path, vault: SyncVault, device_id: str
) -> tuple[dict[int, Path], dict[int, list[Path]]]:
    """Canonical batch files by seq, and other files whose header says they are a batch of this
    device in this vault (sync tools' conflict copies, a finished ``.tmp``), by that seq."""
    canonical: dict[int, Path] = {}
    copies: dict[int, list[Path]] = {}
    for path in sorted(directory.iterdir()):
        if match := _BATCH_NAME.fullmatch(path.name):
            canonical[int(match.group(1))] = path
            continue
        try:
            with path.open("rb") as handle:
                header = sc.parse_header(handle.read(512))
        except OSError:
            continue
        if (
            isinstance(header, sc.Header)
            and header.kind == sc.Kind.BATCH
            and header.vault_id == vault.raw_id
            and header.device == device_id
        ):
            copies.setdefault(header.seq, []).append(path)
    return canonical, copies


def _read_seq(
    directory: Path,
    vault: SyncVault,
    device_id: str,
    seq: int,
    canonical: dict[int, Path],
    copies: dict[int, list[Path]],
    patience: Patience,
) -> BatchFile | None:
    verdict: BatchFile | None = None
    path = canonical.get(seq)
    if path is not None:
        name = f"ops/{device_id}/{path.name}"
        data = read_limited(path)
        result = open_batch(vault, device_id, seq, data) if data is not None else sc.Problem.SHORT
        if isinstance(result, list):
            patience.forget(name)
            return BatchFile(device_id, seq, name, Status.OK, result)
        status = patience.judge(name, data or b"", result) if data is not None else Status.NOT_YET
        verdict = BatchFile(device_id, seq, name, status)
    for copy in copies.get(seq, []):
        data = read_limited(copy)
        result = open_batch(vault, device_id, seq, data) if data is not None else sc.Problem.SHORT
        if isinstance(result, list):
            return BatchFile(device_id, seq, f"ops/{device_id}/{copy.name}", Status.OK, result)
    return verdict
