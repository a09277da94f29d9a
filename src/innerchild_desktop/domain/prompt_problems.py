"""Problems found in a prompt file, and where they are: file, line and field.

``tomllib`` returns plain dicts without positions, but a therapist fixing a prompt pack needs
"line 42, depth" rather than "somewhere in the file". :class:`TomlLines` scans the text once and
remembers the line of every table header and key, so a problem found in the N-th ``[[prompts]]``
table can point at its line. The scan understands what prompt files use (tables, arrays of
tables, ``key = value`` lines, multi-line strings); for anything it cannot place (say an inline
table) it falls back to the table's own line, and failing that to no line at all.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput

_HEADER = re.compile(r"^\s*(\[\[|\[)\s*([^\[\]#]+?)\s*(\]\]|\])\s*(#.*)?$")
_KEY = re.compile(r"^\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\-]+)\s*[.=]")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a prompt file, said in words a non-programmer can act on."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}, line {self.line}"
        what = f" ({self.field})" if self.field else ""
        return f"{place}{what}: {self.message}"


class PromptLibraryError(InvalidInput):
    """Prompts that cannot be used; ``problems`` lists every one found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        heading = "There is 1 problem" if count == 1 else f"There are {count} problems"
        lines = [f"{heading} with these prompts; nothing was loaded."]
        lines += [f"- {p}" for p in self.problems]
        super().__init__("\n".join(lines))


@dataclass
class _Section:
    name: str  # "" for the top level, else the dotted header name, e.g. "program.steps"
    line: int | None
    keys: dict[str, int] = field(default_factory=dict)


class TomlLines:
    """Line numbers of the tables and keys in one TOML text (1-based, as editors count)."""

    def __init__(self, text: str) -> None:
        self._sections: list[_Section] = [_Section("", None)]
        quote: str | None = None  # the delimiter of an open multi-line string
        for number, line in enumerate(text.splitlines(), start=1):
            if quote is not None:
                if line.count(quote) % 2 == 1:
                    quote = None
                continue
            header = _HEADER.match(line)
            if header:
                name = ".".join(part.strip().strip("\"'") for part in header.group(2).split("."))
                self._sections.append(_Section(name, number))
                continue
            key = _KEY.match(line)
            if key:
                self._sections[-1].keys.setdefault(key.group(1).strip("\"'"), number)
            for delimiter in ('"""', "'''"):
                if line.count(delimiter) % 2 == 1:
                    quote = delimiter
                    break

    def _nth(self, table: str, index: int) -> _Section | None:
        """The ``index``-th (0-based) section called ``table``; "" is the top level."""
        matches = [s for s in self._sections if s.name == table]
        return matches[index] if 0 <= index < len(matches) else None

    def table_line(self, table: str, index: int = 0) -> int | None:
        section = self._nth(table, index)
        return section.line if section else None

    def key_line(self, table: str, index: int, key: str | None) -> int | None:
        """Line of ``key`` inside the table, else the table's header line."""
        section = self._nth(table, index)
        if section is None:
            return None
        if key is not None and key in section.keys:
            return section.keys[key]
        return section.line


def parse_toml(text: str, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The parsed document, or None and one problem at tomllib's own line and column."""
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        line: int | None = None
        where = _TOML_POSITION.search(message)
        if where:
            line = int(where.group(1))
            message = message[: where.start()] + f" at column {where.group(2)}"
        elif _TOML_END.search(message):
            line = max(1, len(text.splitlines()))
            message = _TOML_END.sub(" at the end of the file", message)
        return None, [
            Problem(
                file,
                line,
                None,
                f"This is not valid TOML ({message}). "
                "Check for a missing quote, bracket or '=' on or just before this line.",
            )
        ]


class Report:
    """Collects the problems of one file, placing each at its line."""

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.lines = TomlLines(text)
        self.problems: list[Problem] = []

    def add(self, table: str, index: int | None, key: str | None, message: str) -> None:
        line = self.lines.key_line(table, index or 0, key)
        self.problems.append(Problem(self.file, line, field_name(table, index, key), message))

    def table(self, data: Any, table: str, index: int | None, label: str) -> Fields | None:
        """Fields of one table, or None (with a problem) when it is not a table at all."""
        if isinstance(data, dict):
            return Fields(self, data, table, index, label)
        self.add(table, index, None, f"{label} should be a table of settings.")
        return None


def field_name(table: str, index: int | None, key: str | None) -> str | None:
    """A field path a person can find: ``prompts[3].depth`` (counted from 1), ``pack.name``."""
    name = table if index is None else f"{table}[{index + 1}]"
    if key:
        name = f"{name}.{key}" if name else key
    return name or None


class Fields:
    """Typed reads from one table; every mistake becomes a Problem and the read returns None."""

    def __init__(
        self, report: Report, data: dict[str, Any], table: str, index: int | None, label: str
    ) -> None:
        self.report = report
        self.data = data
        self.table = table
        self.index = index
        self.label = label  # how messages name this table, e.g. 'Prompt "play-003"'

    def problem(self, key: str | None, message: str) -> None:
        self.report.add(self.table, self.index, key, f"{self.label}: {message}")

    def line(self, key: str | None = None) -> int | None:
        return self.report.lines.key_line(self.table, self.index or 0, key)

    def only(self, allowed: set[str]) -> None:
        """An unknown key is usually a typo that would silently lose a setting."""
        for key in sorted(set(self.data) - allowed):
            known = ", ".join(sorted(allowed))
            self.problem(key, f'"{key}" is not a setting here (known: {known}).')

    def text(self, key: str, *, required: bool = True, limit: int = 200) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, f'"{key}" is missing.')
            return None
        if not isinstance(value, str):
            self.problem(key, f'"{key}" should be text in quotes.')
            return None
        value = value.strip()
        if not value:
            self.problem(key, f'"{key}" is empty.')
            return None
        if len(value) > limit:
            self.problem(
                key, f'"{key}" is {len(value)} characters long; please keep it under {limit}.'
            )
            return None
        return value

    def choice(self, key: str, options: tuple[str, ...], *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in options:
            allowed = ", ".join(f'"{o}"' for o in options)
            self.problem(key, f'"{value}" is not a known {key}; use one of {allowed}.')
            return None
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, f'"{key}" should be a list of ids in quotes, like ["play-001"].')
            return ()
        return tuple(v.strip() for v in value)

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(key, f'"{key}" should be a whole number.')
            return default
        return value
