"""The sync vault file, the folder's root, and the write-once primitive (see sync_folder.py).

``InnerChild-sync/vault`` is ``header || JSON || SHA-256 of both``: the header (sync_crypto.py:
kind VAULT, the vault id, no device) then the Argon2id parameters and salt, a nonce and the
32-byte data key wrapped with AES-256-GCM, the associated data being the header (format version,
vault id) and the KDF parameters and salt. The Argon2id bounds and the derivation are those of
store/keyslots.py (``checked_kdf``, ``derive_key``: the passphrase in NFC). The trailing checksum
tells a damaged file (it does not match) from a wrong passphrase (it matches, the tag does not):
only a deliberate edit that also recomputes it passes for a wrong passphrase. The file is written
once and never rewritten; changing the sync passphrase is not offered (a new vault is).
"""

from __future__ import annotations

import base64
import errno
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from innerchild_desktop.domain.errors import (
    InvalidInput,
    JournalDamaged,
    JournalExists,
    JournalTooNew,
    WrongPassphrase,
)
from innerchild_desktop.store import sync_crypto as sc
from innerchild_desktop.store.atomic import AtomicFile, fsync_dir
from innerchild_desktop.store.keyslots import KdfParams, checked_kdf, derive_key

ROOT_NAME = "InnerChild-sync"
VAULT_NAME = "vault"
_DIGEST_BYTES = 32
_MAX_VAULT_FILE = 64 * 1024


class WrongSyncPassphrase(WrongPassphrase):
    def __init__(self) -> None:
        super().__init__(
            "That passphrase doesn't open this sync folder. It is the one chosen when syncing "
            "was first set up, which may differ from this journal's. Take your time and try again."
        )


class SyncVaultDamaged(JournalDamaged):
    pass


class SyncVaultMissing(InvalidInput):
    pass


class SyncVaultExists(JournalExists):
    pass


class SyncVaultTooNew(JournalTooNew):
    pass


@dataclass(frozen=True)
class SyncVault:
    """An opened sync vault: its id (hex) and data key, with the per-purpose keys derived."""

    vault_id: str
    data_key: bytes = field(repr=False)

    @property
    def raw_id(self) -> bytes:
        return bytes.fromhex(self.vault_id)

    def key(self, purpose: str) -> bytes:
        return sc.subkey(self.data_key, self.raw_id, purpose)


def sync_root(folder: Path) -> Path:
    """Where the sync files live for the folder the person chose."""
    return folder if folder.name == ROOT_NAME else folder / ROOT_NAME


# --- write-once files ---------------------------------------------------------------------------


class _WriteOnce(AtomicFile):
    """An :class:`AtomicFile` whose commit never replaces an existing file."""

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        try:
            os.link(self.scratch, self.path)  # atomic, and refuses an existing name
        except FileExistsError:
            raise
        except OSError as exc:  # no hard links here (FAT, some network shares): check, rename
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if self.path.exists():
                raise FileExistsError(errno.EEXIST, "a sync file exists already") from exc
            os.rename(self.scratch, self.path)
        finally:
            self.scratch.unlink(missing_ok=True)
        fsync_dir(self.path.parent)


def scratch_path(path: Path) -> Path:
    """Where ``path`` is written first, in the same folder: hidden, ``.tmp``, so readers take it
    for a conflict copy (used only if it opens whole, as a duplicate)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def make_dir(path: Path) -> None:
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        fsync_dir(path.parent)


def write_once(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` durably; FileExistsError (nothing written) if it exists."""
    if path.exists():
        raise FileExistsError(errno.EEXIST, "a sync file exists already")
    make_dir(path.parent)
    pending = _WriteOnce(path, 0o600, scratch_path(path))
    try:
        pending.handle.write(data)
        pending.commit()
    except BaseException:
        pending.discard()
        raise


# --- the vault file -----------------------------------------------------------------------------


def _vault_aad(header: bytes, body: Mapping[str, Any]) -> bytes:
    kdf = json.dumps(body["kdf"], sort_keys=True).encode()
    return header + b"\x00vault\x00" + kdf + b"\x00" + base64.b64decode(body["salt"])


def create_vault(folder: Path, passphrase: str, kdf: KdfParams) -> SyncVault:
    """Create the sync vault in ``folder`` with a new random id and data key.

    Refuses (:class:`SyncVaultExists`) if a vault file is there: it is never rewritten.
    """
    kdf = checked_kdf(kdf.to_json())
    root = sync_root(folder)
    if (root / VAULT_NAME).exists():
        raise SyncVaultExists(
            f"This folder already holds an Inner Child sync vault ({root}): join it instead."
        )
    vault = SyncVault(secrets.token_hex(sc.VAULT_ID_BYTES), secrets.token_bytes(sc.DATA_KEY_BYTES))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(sc.NONCE_BYTES)
    body: dict[str, Any] = {"kdf": kdf.to_json(), "salt": base64.b64encode(salt).decode()}
    wrapping = derive_key(passphrase, salt, kdf)
    # The body's length is known before sealing: base64 of a 12-byte nonce has 16 characters,
    # of the wrapped key (32 + 16 bytes) 64.
    draft = {**body, "nonce": "A" * 16, "wrapped_key": "A" * 64}
    body_len = len(_vault_json(draft)) + _DIGEST_BYTES
    header = sc.make_header(sc.Kind.VAULT, vault.raw_id, "", 0, body_len)
    wrapped = AESGCM(wrapping).encrypt(nonce, vault.data_key, _vault_aad(header, body))
    body["nonce"] = base64.b64encode(nonce).decode()
    body["wrapped_key"] = base64.b64encode(wrapped).decode()
    text = header + _vault_json(body)
    data = text + hashlib.sha256(text).digest()
    assert len(data) == len(header) + body_len
    for sub in ("devices", "ops", "blobs"):
        make_dir(root / sub)
    try:
        write_once(root / VAULT_NAME, data)
    except FileExistsError as exc:
        raise SyncVaultExists(
            f"This folder already holds an Inner Child sync vault ({root}): join it instead."
        ) from exc
    return vault


def _vault_json(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")


def open_vault(folder: Path, passphrase: str) -> SyncVault:
    """Open the sync vault in ``folder`` with the sync passphrase.

    A damaged file (its checksum or layout is wrong) is told apart from a wrong passphrase (the
    file is intact but the key does not open): only a deliberate edit that also recomputes the
    checksum would pass for a wrong passphrase.
    """
    root = sync_root(folder)
    damaged = SyncVaultDamaged(
        f"The sync folder's vault file ({root / VAULT_NAME}) is damaged and doesn't open. "
        "Your journal on this computer is untouched. If another computer syncs with this folder, "
        "let the sync tool restore the file from there, then try again."
    )
    try:
        with (root / VAULT_NAME).open("rb") as handle:
            data = handle.read(_MAX_VAULT_FILE)
    except FileNotFoundError as exc:
        raise SyncVaultMissing(
            f"There is no Inner Child sync vault in {folder}. Choose the folder you set up "
            "syncing in, or set it up there first."
        ) from exc
    header = sc.parse_header(data)
    if header is sc.Problem.TOO_NEW:
        raise SyncVaultTooNew(
            "This sync folder was set up by a newer version of Inner Child. "
            "Please update the app on this computer to use it."
        )
    if (
        isinstance(header, sc.Problem)
        or header.kind != sc.Kind.VAULT
        or len(data) != len(header.raw) + header.body_len
        or not hmac.compare_digest(
            hashlib.sha256(data[:-_DIGEST_BYTES]).digest(), data[-_DIGEST_BYTES:]
        )
    ):
        raise damaged
    try:
        body = json.loads(data[len(header.raw) : -_DIGEST_BYTES].decode("ascii"))
        kdf = checked_kdf(body["kdf"])
        if body["kdf"].get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        salt = base64.b64decode(body["salt"], validate=True)
        nonce = base64.b64decode(body["nonce"], validate=True)
        wrapped = base64.b64decode(body["wrapped_key"], validate=True)
        if not 8 <= len(salt) <= 64 or len(nonce) != 12 or len(wrapped) != 48:
            raise ValueError("vault fields of the wrong size")
        aad = _vault_aad(header.raw, body)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged from exc
    try:
        key = AESGCM(derive_key(passphrase, salt, kdf)).decrypt(nonce, wrapped, aad)
    except InvalidTag as exc:
        raise WrongSyncPassphrase() from exc
    return SyncVault(header.vault_id.hex(), key)
