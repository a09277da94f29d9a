"""Key slots: the journal's random master key, wrapped so that a passphrase can unlock it.

The idea comes from LUKS, KeePassXC and Mini Diarium. The database is encrypted with a random
256-bit master key given to SQLCipher as a raw key (no SQLCipher KDF on open). This file wraps
that key with a key derived from the passphrase by Argon2id (parameters stored with the slot, so
they can grow over the years without breaking old journals) and AES-256-GCM.

* A wrong passphrase is detected here, by the GCM tag, before the database is touched: SQLCipher
  reports a wrong key and a damaged first page with the same error, so it cannot tell them apart.
* Changing the passphrase rewraps 32 bytes: O(1), whatever the journal's size.
* The recovery key *is* the master key (with a checksum, in a typable alphabet), so it opens the
  journal even if this file is lost; ``key_check`` lets us tell a mistyped recovery key from a
  damaged journal while this file exists.

The file holds no secret in the clear and is written atomically.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from innerchild_desktop.domain.errors import (
    InvalidInput,
    JournalDamaged,
    JournalTooNew,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerchild_desktop.domain.passphrase import forms_to_try, normalise
from innerchild_desktop.store.atomic import atomic_write_bytes

FORMAT = "innerchild-keyslots"
FORMAT_VERSION = 1
MASTER_KEY_BYTES = 32
# Env var for the test suite only: cheap Argon2id so hundreds of journals can be created quickly.
# Parameters are stored per slot, so a journal made this way stays cheap to open; never set it
# for a real journal.
INSECURE_FAST_KDF_ENV = "INNERCHILD_INSECURE_FAST_KDF"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int = 2

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }


# What a key file may ask for. A key file is not trusted input: one with time_cost 2^31-1 would
# hang every unlock, 64 GiB of memory would be tried, and 40 slots would cost 40 derivations per
# wrong passphrase. Outside these bounds the file is "damaged", refused before deriving anything.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_TIME_COST = 20
MAX_PARALLELISM = 16
MAX_SLOTS = 4

FAST_TEST_KDF = KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1)
DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, time_cost=2, parallelism=2)
# The least a passphrase slot gets: what the README promises. A slot below it (made by an older
# version's calibration) is rewrapped stronger after the next successful unlock.
FLOOR_KDF = KdfParams(memory_kib=256 * 1024, time_cost=1, parallelism=2)


def kdf_floor() -> KdfParams:
    return FAST_TEST_KDF if os.environ.get(INSECURE_FAST_KDF_ENV) == "1" else FLOOR_KDF


def _bounded(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("key derivation parameter out of bounds")
    return value


def checked_kdf(kdf: Any) -> KdfParams:
    """Argon2id parameters read from a key file, refused (ValueError) outside sane bounds."""
    return KdfParams(
        memory_kib=_bounded(kdf["memory_kib"], MIN_MEMORY_KIB, MAX_MEMORY_KIB),
        time_cost=_bounded(kdf["time_cost"], 1, MAX_TIME_COST),
        parallelism=_bounded(kdf["parallelism"], 1, MAX_PARALLELISM),
    )


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The wrapping key for ``passphrase`` in NFC (see domain.passphrase.forms_to_try)."""
    return _derive_raw(normalise(passphrase), salt, params)


def _derive_raw(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def calibrate_kdf(
    target: tuple[float, float] = (0.3, 0.5), start: KdfParams = DEFAULT_KDF, max_time_cost: int = 8
) -> KdfParams:
    """Pick Argon2id parameters so one unlock takes about ``target`` seconds on this machine.

    Memory never goes below :data:`FLOOR_KDF` (256 MiB, GPU-hostile, as the README promises):
    a busy or slow machine gets fewer passes, down to one, and then simply a slower unlock.
    (It used to halve the memory too, and a loaded 2-core machine stored 64 MiB, time 1, for
    good.) Time cost grows until the unlock reaches the lower bound. Takes at most a couple of
    seconds, at setup, when asked for (``passwd --recalibrate``) and once when an older, weaker
    slot is strengthened (:meth:`KeySlotFile.strengthened`); a passphrase change keeps the
    parameters of the slot it replaces (:meth:`KeySlotFile.setup_kdf`).
    """
    if os.environ.get(INSECURE_FAST_KDF_ENV) == "1":
        return FAST_TEST_KDF
    low, high = target
    params = start
    salt = secrets.token_bytes(16)
    while True:
        began = time.perf_counter()
        derive_key("calibration", salt, params)
        took = time.perf_counter() - began
        if took > high and params.time_cost > 1:
            params = replace(params, time_cost=params.time_cost - 1)
            continue
        if took < low and params.time_cost < max_time_cost:
            params = replace(params, time_cost=params.time_cost + 1)
            continue
        return params


def key_check(master_key: bytes) -> str:
    """A public fingerprint that confirms a candidate master key without revealing it."""
    return hmac.new(master_key, b"innerchild key check v1", hashlib.sha256).hexdigest()


def new_master_key() -> bytearray:
    return bytearray(secrets.token_bytes(MASTER_KEY_BYTES))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class PassphraseSlot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "passphrase",
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PassphraseSlot:
        kdf = data["kdf"]
        if (
            data.get("type") != "passphrase"
            or kdf.get("name") != "argon2id"
            or data.get("cipher") != "aes-256-gcm"
        ):
            raise ValueError("unknown slot type")
        slot = cls(
            kdf=checked_kdf(kdf),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            created_at=str(data["created_at"]),
        )
        # Argon2 refuses salts under 8 bytes; AES-GCM wants a 12-byte nonce and 32 + 16 bytes.
        if not 8 <= len(slot.salt) <= 64 or len(slot.nonce) != 12 or len(slot.wrapped_key) != 48:
            raise ValueError("slot fields of the wrong size")
        return slot


def _aad(journal_id: str) -> bytes:
    return f"{FORMAT}/{FORMAT_VERSION}/{journal_id}".encode()


def wrap_with_passphrase(
    master_key: bytes | bytearray, passphrase: str, journal_id: str, kdf: KdfParams
) -> PassphraseSlot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapping = derive_key(passphrase, salt, kdf)
    wrapped = AESGCM(wrapping).encrypt(nonce, bytes(master_key), _aad(journal_id))
    return PassphraseSlot(
        kdf, salt, nonce, wrapped, datetime.now(UTC).isoformat(timespec="seconds")
    )


@dataclass(frozen=True)
class KeySlotFile:
    journal_id: str
    key_check: str
    slots: tuple[PassphraseSlot, ...] = field(default=())

    def unlock(self, passphrase: str) -> bytearray:
        """Return the master key, or raise WrongPassphrase. Touches no file."""
        for form in forms_to_try(passphrase):
            for slot in self.slots:
                wrapping = _derive_raw(form, slot.salt, slot.kdf)
                try:
                    master = AESGCM(wrapping).decrypt(
                        slot.nonce, slot.wrapped_key, _aad(self.journal_id)
                    )
                except InvalidTag:
                    continue
                if not hmac.compare_digest(key_check(master), self.key_check):
                    raise JournalDamaged("The key file opened but does not match this journal.")
                return bytearray(master)
        raise WrongPassphrase()

    def setup_kdf(self) -> KdfParams:
        """The parameters to wrap a new passphrase with: those the slot was calibrated with at
        setup, so a passphrase change costs two derivations (old and new) and no calibration.
        Only a slot weaker than :func:`kdf_floor` (or none) is calibrated again."""
        if len(self.slots) == 1 and self.slots[0].kdf.memory_kib >= kdf_floor().memory_kib:
            return self.slots[0].kdf
        return calibrate_kdf()

    def rewrapped(
        self, master_key: bytes, new_passphrase: str, kdf: KdfParams | None = None
    ) -> KeySlotFile:
        """This file with one slot: ``master_key`` under ``new_passphrase``, with ``kdf`` or
        else :meth:`setup_kdf` (calibrating again is the caller's request, never implied)."""
        slot = wrap_with_passphrase(
            master_key, new_passphrase, self.journal_id, kdf or self.setup_kdf()
        )
        return replace(self, slots=(slot,))

    def strengthened(self, master_key: bytes, passphrase: str) -> KeySlotFile | None:
        """This file with its one slot rewrapped under this machine's calibration if that slot
        is weaker than :func:`kdf_floor`, else None. ``passphrase`` must have just unlocked it."""
        if len(self.slots) != 1 or self.slots[0].kdf.memory_kib >= kdf_floor().memory_kib:
            return None
        stronger = calibrate_kdf()
        if stronger.memory_kib <= self.slots[0].kdf.memory_kib:
            return None
        return self.rewrapped(master_key, passphrase, stronger)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "journal_id": self.journal_id,
            "key_check": self.key_check,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("not a key slot file")
            version = int(doc["version"])
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise JournalDamaged(
                "The journal's key file is damaged and cannot be read. "
                "Your recovery key can still open the journal."
            ) from exc
        if version > FORMAT_VERSION:
            raise JournalTooNew(
                "This journal's key file was written by a newer version of "
                "Inner Child. Please update the app to open it."
            )
        try:
            if not isinstance(doc["slots"], list) or len(doc["slots"]) > MAX_SLOTS:
                raise ValueError("more slots than a key file ever holds")
            return cls(
                journal_id=str(doc["journal_id"]),
                key_check=str(doc["key_check"]),
                slots=tuple(PassphraseSlot.from_json(s) for s in doc["slots"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise JournalDamaged(
                "The journal's key file is damaged and cannot be read. "
                "Your recovery key can still open the journal."
            ) from exc

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileMissing(
                "The journal's key file (keyslots.json) is missing. "
                "Your recovery key can still open the journal: "
                "use 'innerchild recover'."
            ) from exc
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())


# --- recovery key -------------------------------------------------------------------------------

_RECOVERY_PREFIX = "IC1"
_RECOVERY_CHARS = 58  # base32 of 32 key bytes + 4 checksum bytes, unpadded
_TYPO_FIXES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def format_recovery_key(master_key: bytes) -> str:
    """The master key plus a 4-byte checksum in base32, in groups of five letters."""
    payload = bytes(master_key) + hashlib.sha256(bytes(master_key)).digest()[:4]
    text = base64.b32encode(payload).decode("ascii").rstrip("=")
    groups = [text[i : i + 5] for i in range(0, len(text), 5)]
    return "-".join([_RECOVERY_PREFIX, *groups])


def parse_recovery_key(text: str) -> bytearray:
    """Read a recovery key as typed (any case, spaces or dashes); check its checksum."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if cleaned.startswith(_RECOVERY_PREFIX):
        cleaned = cleaned[len(_RECOVERY_PREFIX) :]
    cleaned = cleaned.translate(_TYPO_FIXES)
    if len(cleaned) != _RECOVERY_CHARS:
        raise InvalidInput(
            "That doesn't look like an Inner Child recovery key: it should have "
            f"{_RECOVERY_CHARS} letters and digits after IC1-, in groups of five."
        )
    try:
        payload = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise InvalidInput(
            "That doesn't look like an Inner Child recovery key. It starts with "
            "IC1- followed by groups of five letters and digits."
        ) from exc
    master, checksum = payload[:MASTER_KEY_BYTES], payload[MASTER_KEY_BYTES:]
    if (
        len(master) != MASTER_KEY_BYTES
        or len(checksum) != 4
        or hashlib.sha256(master).digest()[:4] != checksum
    ):
        raise WrongRecoveryKey(
            "That recovery key has a typo somewhere: its checksum does not "
            "match. Check it group by group and try again."
        )
    return bytearray(master)
