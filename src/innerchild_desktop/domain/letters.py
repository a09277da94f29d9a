"""Letters to and from the younger self, gathered into threads. Pure: no Qt, no SQL.

A thread starts with a letter that answers no other letter; every reply (``reply_to``) joins the
thread of the letter it answers, however deep the chain. A reply whose letter is gone (trashed,
or not a letter) starts a thread of its own, so nothing written is ever hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from innerchild_desktop.domain.entries import EntrySummary
from innerchild_desktop.domain.i18n import translate


@dataclass(frozen=True)
class Letter:
    summary: EntrySummary
    reply_to: str | None = None


@dataclass(frozen=True)
class LetterThread:
    """Letters in the order they were written (date, then the order they were saved)."""

    letters: tuple[EntrySummary, ...]

    @property
    def first(self) -> EntrySummary:
        return self.letters[0]

    @property
    def title(self) -> str:
        """What a list may show: the first letter's title, veiled if that letter is heavy."""
        return self.first.veiled_title

    @property
    def size_label(self) -> str:
        """How many letters, said neutrally ("1 letter", "3 letters")."""
        count = len(self.letters)
        return translate("domain.letters", "%n letters", None, count)


def _order(summary: EntrySummary) -> tuple[str, int]:
    return (summary.entry_date.isoformat(), summary.seq)


def group_threads(letters: Iterable[Letter]) -> list[LetterThread]:
    """Threads, the most recently started first; each thread's letters oldest first."""
    by_id = {letter.summary.id: letter for letter in letters}

    def root_of(letter: Letter) -> str:
        seen = {letter.summary.id}
        current = letter
        while current.reply_to in by_id and current.reply_to not in seen:
            current = by_id[current.reply_to]
            seen.add(current.summary.id)
        return current.summary.id

    grouped: dict[str, list[EntrySummary]] = {}
    for letter in by_id.values():
        grouped.setdefault(root_of(letter), []).append(letter.summary)
    threads = [LetterThread(tuple(sorted(rows, key=_order))) for rows in grouped.values()]
    threads.sort(key=lambda thread: _order(thread.first), reverse=True)
    return threads
