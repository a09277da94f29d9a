"""A plaintext scan: fail if any given word shows in a folder's file names or file bytes.

Each file is looked at as written and in the forms a careless encoder might have used: UTF-8
(case-insensitive), UTF-16 (both byte orders), gzip/zlib/raw-deflate, bz2 and xz/lzma streams
(at the start of the file and wherever a stream header appears), and base64 or hex text runs;
each decoded form is looked at again in the same ways, one level deep.

Words must be distinctive (at least MIN_WORD characters): random ciphertext contains short byte
strings by chance, and a scan that fails at random would teach people to ignore it. Generate
markers at run time (e.g. "Canary" + secrets.token_hex(6)) so no other file already has them.
"""

from __future__ import annotations

import base64
import binascii
import bz2
import lzma
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_WORD = 5
# Decompressed output is capped so a hostile or huge file cannot blow up a test run.
_MAX_INFLATE = 64 * 1024 * 1024
_MAX_STREAM_STARTS = 200
_BASE64_RUN = re.compile(rb"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_RUN = re.compile(rb"(?:[0-9a-fA-F]{2}){8,}")
# Headers of compressed streams: gzip, zlib (the four usual levels), bz2, xz.
_STREAM_MAGIC = re.compile(rb"\x1f\x8b\x08|\x78[\x01\x5e\x9c\xda]|BZh[1-9]|\xfd7zXZ\x00")


@dataclass(frozen=True)
class Leak:
    path: Path
    word: str
    form: str  # where it was seen: "name", "utf-8", "utf-16-le", "zlib@120/utf-8", ...

    def __str__(self) -> str:
        return f"{self.path}: {self.word!r} in {self.form}"


def find_plaintext(folder: Path, words: Iterable[str]) -> list[Leak]:
    """Every (file, word, form) where a word shows in `folder` (names and contents, recursively)."""
    needles = _check_words(words)
    leaks: list[Leak] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix().lower()
        leaks += [Leak(path, w, "name") for w in needles if w.lower() in rel]
        if not path.is_file() or path.is_symlink():
            continue
        try:
            data = path.read_bytes()
        except (FileNotFoundError, PermissionError):
            continue  # gone while we walked (a sync tool renaming) or not ours to read
        for form, view in _views(data, depth=2):
            for word in needles:
                for encoding, needle in _encodings(word):
                    haystack = view.lower() if encoding == "utf-8" else view
                    if needle in haystack:
                        leaks.append(Leak(path, word, f"{form}{encoding}"))
    return leaks


def assert_no_plaintext(folder: Path, words: Iterable[str]) -> None:
    """Fail (AssertionError listing each hit) if any word shows anywhere under `folder`."""
    words = list(words)
    leaks = find_plaintext(folder, words)
    assert not leaks, "plaintext in the folder:\n" + "\n".join(map(str, leaks))


def _check_words(words: Iterable[str]) -> list[str]:
    needles = sorted(set(words))
    if not needles:
        raise ValueError("give the scan at least one word to look for")
    short = [w for w in needles if len(w) < MIN_WORD]
    if short:
        raise ValueError(
            f"words shorter than {MIN_WORD} characters match random ciphertext by chance: {short}"
        )
    return needles


def _encodings(word: str) -> list[tuple[str, bytes]]:
    return [
        ("utf-8", word.lower().encode("utf-8")),
        ("utf-16-le", word.encode("utf-16-le")),
        ("utf-16-be", word.encode("utf-16-be")),
    ]


def _views(data: bytes, depth: int) -> Iterator[tuple[str, bytes]]:
    """The bytes as they are, then each decoded form found in them (labelled for the report)."""
    yield "", data
    if depth <= 0:
        return
    for label, decoded in _decoded(data):
        for form, view in _views(decoded, depth - 1):
            yield f"{label}/{form}", view


def _decoded(data: bytes) -> Iterator[tuple[str, bytes]]:
    found = [m.start() for m in _STREAM_MAGIC.finditer(data, 1)]
    starts = [0, *found[:_MAX_STREAM_STARTS]]
    whole = memoryview(data)
    for start in starts:
        for name, inflate in _INFLATERS:
            if start and name == "deflate":
                continue  # raw deflate has no header to find; only tried from the start
            out = inflate(whole[start:])
            if out:
                yield f"{name}@{start}", out
    for match in _BASE64_RUN.finditer(data):
        raw = match.group()
        try:
            yield (
                f"base64@{match.start()}",
                base64.urlsafe_b64decode(
                    raw.replace(b"+", b"-").replace(b"/", b"_") + b"=" * (-len(raw) % 4)
                ),
            )
        except (binascii.Error, ValueError):
            continue
    for match in _HEX_RUN.finditer(data):
        yield f"hex@{match.start()}", bytes.fromhex(match.group().decode("ascii"))


def _zlib_any(data: memoryview, wbits: int) -> bytes:
    try:
        return zlib.decompressobj(wbits).decompress(data, _MAX_INFLATE)
    except zlib.error:
        return b""


def _bz2(data: memoryview) -> bytes:
    try:
        return bz2.BZ2Decompressor().decompress(data, _MAX_INFLATE)
    except (OSError, ValueError, EOFError):
        return b""


def _xz(data: memoryview) -> bytes:
    try:
        return lzma.LZMADecompressor().decompress(data, _MAX_INFLATE)
    except (lzma.LZMAError, EOFError):
        return b""


# zlib wbits 47 reads a zlib or a gzip header; -15 is raw deflate (as in zip members).
_INFLATERS = (
    ("gzip-or-zlib", lambda d: _zlib_any(d, 47)),
    ("deflate", lambda d: _zlib_any(d, -15)),
    ("bz2", _bz2),
    ("xz", _xz),
)
