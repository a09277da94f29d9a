"""The plaintext scan helper (tests/e2e_support/plaintext.py) finds words however they are encoded
and stays quiet on ciphertext."""

from __future__ import annotations

import base64
import bz2
import gzip
import lzma
import os
import secrets
import zlib
from pathlib import Path

import pytest

from tests.e2e_support.plaintext import assert_no_plaintext, find_plaintext

WORD = "Canary" + secrets.token_hex(6)


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("utf8", f"a title: {WORD}!".encode()),
        ("lower", f"tag={WORD.lower()}".encode()),
        ("utf16le", f"x{WORD}y".encode("utf-16-le")),
        ("utf16be", f"x{WORD}y".encode("utf-16-be")),
        ("gzip", gzip.compress(f"body {WORD}".encode())),
        ("zlib-inside", os.urandom(200) + zlib.compress(f"{WORD} body".encode())),
        ("deflate", raw_deflate(WORD.encode() * 3)),
        ("bz2", bz2.compress(WORD.encode())),
        ("xz", b"hdr" + lzma.compress(WORD.encode())),
        ("base64", b'{"v": "' + base64.b64encode(f"the {WORD} text".encode()) + b'"}'),
        ("base64-gzip", base64.b64encode(gzip.compress(WORD.encode()))),
        ("hex", f"the {WORD} text".encode().hex().encode()),
    ],
)
def test_finds_the_word_in_each_form(tmp_path: Path, name: str, content: bytes) -> None:
    (tmp_path / "ops").mkdir()
    (tmp_path / "ops" / "batch").write_bytes(content)
    leaks = find_plaintext(tmp_path, [WORD])
    assert leaks and all(leak.word == WORD for leak in leaks), name
    with pytest.raises(AssertionError, match="batch"):
        assert_no_plaintext(tmp_path, [WORD])


def test_finds_the_word_in_a_file_name(tmp_path: Path) -> None:
    (tmp_path / f"entry-{WORD}.bin").write_bytes(os.urandom(64))
    assert [leak.form for leak in find_plaintext(tmp_path, [WORD])] == ["name"]


def test_quiet_on_random_bytes_and_other_words(tmp_path: Path) -> None:
    for i in range(20):
        (tmp_path / f"ciphertext-{i}").write_bytes(os.urandom(64 * 1024))
    (tmp_path / "notes.txt").write_text("nothing personal here, only a format version")
    assert_no_plaintext(tmp_path, [WORD, "Another" + secrets.token_hex(6)])


def test_refuses_words_too_short_to_mean_anything(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="shorter than"):
        find_plaintext(tmp_path, ["sad"])
    with pytest.raises(ValueError, match="at least one"):
        find_plaintext(tmp_path, [])
