"""An honest, offline passphrase strength estimate for the setup screen. Pure.

It is deliberately conservative: it estimates guessing entropy from length and character
variety, then takes off for repeats, runs like "abcd"/"1234", keyboard rows and very common
passwords. It never claims more than the passphrase can give.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "123456",
        "12345678",
        "123456789",
        "qwerty",
        "qwertyuiop",
        "letmein",
        "iloveyou",
        "admin",
        "welcome",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "sunshine",
        "princess",
        "abc123",
        "trustno1",
        "shadow",
        "master",
        "whatever",
        "freedom",
        "password1",
        "hello",
        "login",
        "starwars",
    ]
)
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0..4
    label: str
    advice: str


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^\w\s]", text):
        pool += 32
    if " " in text:
        pool += 1
    if re.search(r"[^\x00-\x7f]", text):
        pool += 64
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with repeats and runs counted at a fraction of their characters."""
    lowered = text.lower()
    length = 0.0
    previous = ""
    for i, ch in enumerate(lowered):
        weight = 1.0
        if ch == previous:
            weight = 0.2
        elif i >= 1 and any(
            lowered[i - 1 : i + 1] in row or lowered[i - 1 : i + 1] in row[::-1] for row in _ROWS
        ):
            weight = 0.4
        length += weight
        previous = ch
    return length


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, 0, "", "Choose something long that only you would think of.")
    if passphrase.lower() in _COMMON or passphrase.lower().rstrip("!1") in _COMMON:
        return Strength(
            5.0, 0, "Very easy to guess", "This is one of the first passphrases anyone would try."
        )
    bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    words = len(passphrase.split())
    if words >= 4:
        bits = max(bits, words * 11.0)  # four+ random words: ~11 bits each, conservatively
    if len(passphrase) < 8:
        return Strength(bits, 0, "Too short", "Please use at least 8 characters.")
    if bits < 40:
        return Strength(bits, 1, "Weak", "Add a few more words: length helps most.")
    if bits < 60:
        return Strength(bits, 2, "Okay", "A little longer would make it much stronger.")
    if bits < 80:
        return Strength(bits, 3, "Strong", "Good. Make sure you will remember it.")
    return Strength(bits, 4, "Very strong", "Good. Make sure you will remember it.")
