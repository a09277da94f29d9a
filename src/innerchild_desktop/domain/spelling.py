"""Which words of a line of Markdown a spell-checker should look at (pure: no Qt, no I/O).

Left alone: Markdown syntax (the letters of a word are checked, never ``#``, ``*`` or ``_``),
code spans, fenced code blocks, URLs, e-mail addresses, link targets, ``attachment:`` links,
HTML tags, words with digits (``2nd``, ``b12``) and single letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

# What is never prose. Order matters only for readability: the spans are merged.
_SKIP_RE = re.compile(
    r"`[^`]*`?"  # a code span (to the line's end when unclosed)
    r"|\]\([^)]*\)?"  # a link or image target: ](...)
    r"|^\s{0,3}\[[^\]]+\]:\s*\S+"  # a reference definition: [id]: url
    r"|<[^<>\s][^<>]*>"  # an autolink or an HTML tag
    r"|\b(?:https?|ftp|file|mailto|attachment|innerchild):\S*"  # a URL, an attachment link
    r"|\bwww\.\S+"
    r"|\S+@\S+\.\S+",  # an e-mail address
    re.IGNORECASE,
)
# Letters and digits (never "_", which is Markdown's emphasis), joined by an apostrophe or a
# hyphen: "don't", "self-compassion".
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")

IN_FENCE = 1  # the block state of a line inside a fenced code block


def is_fence(line: str) -> bool:
    """Whether ``line`` opens or closes a fenced code block."""
    return _FENCE_RE.match(line) is not None


def block_state(line: str, previous: int) -> int:
    """The state after ``line`` (IN_FENCE or 0), given the state before it."""
    inside = previous == IN_FENCE
    return (0 if inside else IN_FENCE) if is_fence(line) else (IN_FENCE if inside else 0)


def words(line: str, previous_state: int = 0) -> Iterator[tuple[int, str]]:
    """(start, word) for each word of ``line`` worth checking."""
    if previous_state == IN_FENCE or is_fence(line):
        return
    skipped = [m.span() for m in _SKIP_RE.finditer(line)]
    index = 0
    for match in _WORD_RE.finditer(line):
        start, end = match.span()
        while index < len(skipped) and skipped[index][1] <= start:
            index += 1
        if index < len(skipped) and skipped[index][0] < end:
            continue  # inside (or touching) something that is not prose
        word = match.group()
        if len(word) < 2 or any(c.isdigit() for c in word):
            continue
        yield start, word


def normal(word: str) -> str:
    """The form a word is looked up in: lower case, straight apostrophes."""
    return word.replace("’", "'").lower()


def is_correct(word: str, known: Callable[[str], bool], extra: Iterable[str] = ()) -> bool:
    """Whether ``word`` is spelled correctly, given a lookup for single words (``known``,
    lower case) and words accepted whole (``extra``, lower case: field and personal words).

    A hyphenated word is right if accepted whole or if every part is; "child's" if "child" is.
    """
    lowered = normal(word)
    accepted = extra if isinstance(extra, (set, frozenset)) else set(extra)
    if lowered in accepted or known(lowered):
        return True
    if "-" in lowered:
        return all(is_correct(part, known, accepted) for part in lowered.split("-") if part)
    if lowered.endswith("'s") and len(lowered) > 3:
        stem = lowered[:-2]
        return stem in accepted or known(stem)
    return False


def clean_word(word: str) -> str:
    """A word as kept in the personal dictionary: trimmed, curly apostrophes made straight."""
    return word.strip().replace("’", "'")
