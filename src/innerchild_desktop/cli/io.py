"""Terminal input and output for the command line: secrets, colours, progress lines, and the
cleaning of text before it reaches a terminal."""

from __future__ import annotations

import getpass
import json
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.passphrase import weakness
from innerchild_desktop.domain.search import HIT_END, HIT_START


class SecretReader:
    """Reads passphrases from stdin lines (``--passphrase-stdin``) or a hidden TTY prompt."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin
        self._lines: Iterator[str] | None = None

    def _next_line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise InvalidInput(
                translate("cli.io", "Expected the {what} on standard input, but it ended.").format(
                    what=translate("cli.io", what)
                )
            )
        return line.rstrip("\r\n")

    def ask(self, prompt: str, what: str = QT_TRANSLATE_NOOP("cli.io", "passphrase")) -> str:
        if self.from_stdin:
            return self._next_line(what)
        if not sys.stdin.isatty():
            raise InvalidInput(
                translate(
                    "cli.io",
                    "There is no terminal to ask for the passphrase. "
                    "Use --passphrase-stdin to pass it on standard input.",
                )
            )
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str | None = None) -> str:
        prompt = translate("cli.io", "New passphrase: ") if prompt is None else prompt
        what = QT_TRANSLATE_NOOP("cli.io", "new passphrase")
        first = self.ask(prompt, what)
        if not self.from_stdin:
            second = self.ask(translate("cli.io", "Type it once more: "), what)
            if first != second:
                raise InvalidInput(
                    translate("cli.io", "The two passphrases were different. Nothing was changed.")
                )
        check_new_passphrase(first)
        return first

    def ask_optional(self, prompt: str, what: str) -> str | None:
        """A secret that may be left out: an empty line, the end of standard input or Enter at
        the prompt give None."""
        if self.from_stdin:
            line = self._stdin.readline().rstrip("\r\n")
            return line or None
        return self.ask(prompt, what) or None

    def rest(self) -> str:
        """Everything left on stdin (e.g. an entry body after the passphrase line)."""
        return self._stdin.read()


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a short or easily guessed new passphrase before anything is written.

    The app asks before keeping a weak one; a command cannot ask, so it refuses."""
    problem = weakness(passphrase)
    if problem is not None:
        raise InvalidInput(problem)


# C0 and C1 control characters and DEL: a title like "\x1b]0;…\x07" would otherwise retitle the
# terminal, clear it or fake other output. Newline and tab are kept only in multi-line text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_text(text: str, *, multiline: bool = False) -> str:
    """``text`` without control characters, safe to write to a terminal."""
    return (_CONTROL_KEEP_LINES if multiline else _CONTROL).sub("", text)


def say(text: str = "", *, multiline: bool = False, stream: TextIO | None = None) -> None:
    """Print a line for the person at the terminal: the one door for journal text to stdout."""
    print(terminal_text(text, multiline=multiline), file=stream or sys.stdout)


def use_colour(stream: TextIO) -> bool:
    return stream.isatty()


def highlight(snippet: str, *, colour: bool) -> str:
    """The snippet with its hits marked for the terminal, without control characters (the bold
    escapes are added after cleaning, so only ours reach the terminal). For JSON, the hits are
    bracketed by ``domain.json_views.bracket_hits``."""
    snippet = terminal_text(snippet.replace("\n", " ").replace("\t", " "))
    if colour:
        return snippet.replace(HIT_START, "\033[1m").replace(HIT_END, "\033[0m")
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    # json escapes C0 controls but not DEL and C1 (U+0080-U+009F, e.g. CSI U+009B); they can
    # only occur inside strings here, where \\u escapes mean exactly the same text.
    out.write(re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text))
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
