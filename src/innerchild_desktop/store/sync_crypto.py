"""The sealed envelope of every file in the shared sync folder (see store/sync_folder.py).

A file is ``header || nonce || AES-256-GCM(padded payload)``. The header is plaintext and holds
no personal content::

    magic "ICSYNC1" | version u8 | kind u8 | vault id (16 bytes) | device length u8 | device id
    (ASCII) | seq u64 | body length u32

The AEAD's associated data is the whole header plus the file's canonical name inside the sync
folder (``ops/<device>/<seq:08d>.batch``), so a file cannot be swapped between vaults, devices,
positions or kinds, nor replayed under another name. The body length lets a reader tell a short
(still arriving) file from a complete one before it decrypts anything.

Payloads are compressed (zlib) *then* padded to a size bucket (powers of two from 1 KiB up to
1 MiB, then whole MiB), so two batches of slightly different sizes give files of the same size.
Each purpose (batches, device records, blobs, blob names) has its own key, derived from the vault's
data key with HKDF-SHA256. Nonces are random 96-bit values: far fewer than 2^32 files are ever
sealed under one key.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
import struct
import zlib
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"ICSYNC1"
FORMAT_VERSION = 1
VAULT_ID_BYTES = 16
DATA_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
MIN_BUCKET = 1024
LINEAR_FROM = 1024 * 1024
# A payload (before compression) or a file body larger than this is refused: a file in the shared
# folder is not trusted input, and a zlib bomb must not exhaust memory. Attachments stop at 50 MiB.
MAX_PAYLOAD = 128 * 1024 * 1024
MAX_BODY = MAX_PAYLOAD + LINEAR_FROM + NONCE_BYTES + TAG_BYTES

_FIXED = struct.Struct(">7sBB16sB")
_TAIL = struct.Struct(">QI")
# The device ids of domain/sync_ops.py. They name folders: on a case-insensitive file system
# (macOS, Windows) ids differing only in case would share one, so devices use random lowercase hex.
DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class Kind(enum.IntEnum):
    VAULT = 1
    DEVICE = 2
    BATCH = 3
    BLOB = 4
    SNAPSHOT = 5  # one computer's own old batches, compacted (store/sync_snapshots.py)


class Problem(enum.Enum):
    """Why a sealed file did not open (store/sync_folder.py turns these into a status)."""

    SHORT = "short"  # fewer bytes than its header announces, or no whole header: may be arriving
    BAD = "bad"  # complete but does not open: arriving in place, tampered, damaged or renamed
    FOREIGN = "foreign"  # its header names another vault
    TOO_NEW = "too new"  # written by a newer format version
    INVALID = "invalid"  # opened, but does not hold what its kind holds: never changes


def valid_device_id(device_id: str) -> bool:
    """ASCII letters, digits, ``_`` and ``-``, 1 to 64: safe as a file name everywhere."""
    return DEVICE_ID.fullmatch(device_id) is not None


@dataclass(frozen=True)
class Header:
    version: int
    kind: int
    vault_id: bytes
    device: str
    seq: int
    body_len: int
    raw: bytes = field(repr=False)


def make_header(kind: Kind, vault_id: bytes, device: str, seq: int, body_len: int) -> bytes:
    dev = device.encode("ascii")
    return (
        _FIXED.pack(MAGIC, FORMAT_VERSION, int(kind), vault_id, len(dev))
        + dev
        + _TAIL.pack(seq, body_len)
    )


def parse_header(data: bytes) -> Header | Problem:
    """The header at the start of ``data``, or SHORT/BAD/TOO_NEW. Never raises."""
    if len(data) < len(MAGIC) + 1:
        return Problem.SHORT if MAGIC.startswith(data[: len(MAGIC)]) else Problem.BAD
    if data[: len(MAGIC)] != MAGIC:
        return Problem.BAD
    if data[len(MAGIC)] > FORMAT_VERSION:
        return Problem.TOO_NEW
    if len(data) < _FIXED.size:
        return Problem.SHORT
    _, version, kind, vault_id, dev_len = _FIXED.unpack_from(data)
    end = _FIXED.size + dev_len + _TAIL.size
    if len(data) < end:
        return Problem.SHORT
    try:
        device = data[_FIXED.size : _FIXED.size + dev_len].decode("ascii")
    except UnicodeDecodeError:
        return Problem.BAD
    if version != FORMAT_VERSION or (device and not valid_device_id(device)):
        return Problem.BAD
    seq, body_len = _TAIL.unpack_from(data, _FIXED.size + dev_len)
    return Header(version, kind, vault_id, device, seq, body_len, bytes(data[:end]))


def subkey(data_key: bytes, vault_id: bytes, purpose: str) -> bytes:
    """An independent 256-bit key for one purpose (HKDF-SHA256, salted with the vault id)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=vault_id,
        info=b"innerchild-sync/v1/" + purpose.encode("ascii"),
    ).derive(data_key)


def keyed_name(name_key: bytes, content: bytes) -> str:
    """HMAC-SHA256 of ``content`` in hex: a blob's name, which says nothing about it."""
    return hmac.new(name_key, content, hashlib.sha256).hexdigest()


def bucket(size: int) -> int:
    """The padded size for ``size`` bytes: powers of two from 1 KiB to 1 MiB, then whole MiB."""
    if size <= MIN_BUCKET:
        return MIN_BUCKET
    if size <= LINEAR_FROM:
        return 1 << (size - 1).bit_length()
    return -(-size // LINEAR_FROM) * LINEAR_FROM


def pack_payload(payload: bytes, level: int = 6) -> bytes:
    """Compress, then pad to :func:`bucket` (length-prefixed, zero-filled)."""
    if len(payload) > MAX_PAYLOAD:
        raise ValueError("payload too large for one sync file")
    body = struct.pack(">I", 0) + zlib.compress(payload, level)
    body = struct.pack(">I", len(body) - 4) + body[4:]
    return body + bytes(bucket(len(body)) - len(body))


def unpack_payload(padded: bytes) -> bytes | None:
    """The payload of :func:`pack_payload`, or None if the padding or the zlib stream is wrong."""
    if len(padded) < 4:
        return None
    (length,) = struct.unpack_from(">I", padded)
    if length > len(padded) - 4 or any(padded[4 + length :]):
        return None
    stream = zlib.decompressobj()
    try:
        out = stream.decompress(padded[4 : 4 + length], MAX_PAYLOAD + 1)
    except zlib.error:
        return None
    if len(out) > MAX_PAYLOAD or not stream.eof or stream.unused_data:
        return None
    return out


def _aad(header: bytes, name: str) -> bytes:
    return header + b"\x00" + name.encode("ascii")


def seal(
    key: bytes, kind: Kind, vault_id: bytes, device: str, seq: int, name: str, padded: bytes
) -> bytes:
    """The bytes of one file: header, random nonce, AES-256-GCM of ``padded``."""
    header = make_header(kind, vault_id, device, seq, NONCE_BYTES + len(padded) + TAG_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return header + nonce + AESGCM(key).encrypt(nonce, padded, _aad(header, name))


def open_sealed(
    key: bytes, data: bytes, kind: Kind, vault_id: bytes, name: str, header: Header | None = None
) -> bytes | Problem:
    """The padded plaintext of ``data`` sealed as ``name`` in this vault, or why not. Never
    raises. The caller checks that the header's device and seq match the name it expects
    (they are authenticated here through the name only if the name carries them)."""
    parsed = header if header is not None else parse_header(data)
    if isinstance(parsed, Problem):
        return parsed
    if parsed.vault_id != vault_id:
        return Problem.FOREIGN
    if parsed.kind != kind or not NONCE_BYTES + TAG_BYTES <= parsed.body_len <= MAX_BODY:
        return Problem.BAD
    start = len(parsed.raw)
    if len(data) < start + parsed.body_len:
        return Problem.SHORT
    if len(data) > start + parsed.body_len:
        return Problem.BAD
    nonce = data[start : start + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, data[start + NONCE_BYTES :], _aad(parsed.raw, name))
    except InvalidTag:
        return Problem.BAD
