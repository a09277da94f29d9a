"""Terminal input and output for the command line: secrets, colours, progress lines."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.store.search import HIT_END, HIT_START

MIN_PASSPHRASE = 8


class SecretReader:
    """Reads passphrases from stdin lines (``--passphrase-stdin``) or a hidden TTY prompt."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin
        self._lines: Iterator[str] | None = None

    def _next_line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise InvalidInput(f"Expected the {what} on standard input, but it ended.")
        return line.rstrip("\r\n")

    def ask(self, prompt: str, what: str = "passphrase") -> str:
        if self.from_stdin:
            return self._next_line(what)
        if not sys.stdin.isatty():
            raise InvalidInput(
                "There is no terminal to ask for the passphrase. "
                "Use --passphrase-stdin to pass it on standard input."
            )
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        first = self.ask(prompt, "new passphrase")
        if not self.from_stdin:
            second = self.ask("Type it once more: ", "new passphrase")
            if first != second:
                raise InvalidInput("The two passphrases were different. Nothing was changed.")
        check_new_passphrase(first)
        return first

    def rest(self) -> str:
        """Everything left on stdin (e.g. an entry body after the passphrase line)."""
        return self._stdin.read()


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters. "
            "A few unrelated words are easy to remember and hard to guess."
        )


def use_colour(stream: TextIO) -> bool:
    return stream.isatty()


def highlight(snippet: str, *, colour: bool, json_mode: bool = False) -> str:
    if json_mode:
        return snippet.replace(HIT_START, "[").replace(HIT_END, "]")
    if colour:
        return snippet.replace(HIT_START, "\033[1m").replace(HIT_END, "\033[0m")
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


class Progress:
    """A one-line progress indicator on stderr (only when it is a terminal)."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._last = -1

    def update(self, done: int) -> None:
        percent = int(done * 100 / self.total)
        if self.enabled and percent != self._last:
            self._last = percent
            self.stream.write(f"\r{self.label}: {done:,}/{self.total:,} ({percent}%)")
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
