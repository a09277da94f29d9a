"""RedNotebook (https://rednotebook.app): its data folder of month files.

Each ``YYYY-MM.txt`` is YAML written by ``yaml.safe_dump``: ``{day: {text: "...", Category:
{Entry: null}}}``. Text is txt2tags markup; where it differs from Markdown it is converted
(``//italic//``, ``--strike--``, ``__underline__``, ``= Title =`` headings, ``[label URL]``
links, ``+`` numbered lists, ``''code''``); ``#hashtags`` and category names become tags.
Pictures and files RedNotebook links from disk (``[""/path/pic"".png]``) are not copied in: the
link is kept as a note and listed among the skipped items.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.transfer.common import (
    Draft,
    SkippedItem,
    check_size,
    moment_in_range,
    nothing_imported,
    read_text_file,
    utc_iso,
)
from innerchild_desktop.services.transfer.yaml_reader import LineDict, YamlError, loads
from innerchild_desktop.store.entries import local_zone

SOURCE = "rednotebook"
_MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.txt$")
HASHTAG = re.compile(r"(?<![\w#&/])#([^\W\d_][\w-]*)")


def parse_rednotebook(path: Path) -> tuple[list[Draft], list[SkippedItem]]:
    if not path.exists():
        raise InvalidInput(
            translate(
                "services.transfer.rednotebook",
                "{path} does not exist. {nothing}",
            ).format(path=path, nothing=nothing_imported())
        )
    files = [path] if path.is_file() else sorted(p for p in path.iterdir() if p.is_file())
    months = [p for p in files if _MONTH_FILE.match(p.name)]
    if not months:
        raise InvalidInput(
            translate(
                "services.transfer.rednotebook",
                "{name} holds no RedNotebook month files (named like 2024-05.txt); "
                "RedNotebook keeps them in its 'data' folder. {nothing}",
            ).format(name=path.name, nothing=nothing_imported())
        )
    drafts: list[Draft] = []
    skipped: list[SkippedItem] = []
    for month_file in months:
        drafts += _parse_month(month_file, skipped)
    return drafts, skipped


def _parse_month(path: Path, skipped: list[SkippedItem]) -> list[Draft]:
    match = _MONTH_FILE.match(path.name)
    assert match is not None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise InvalidInput(
            translate(
                "services.transfer.rednotebook",
                "{name} is not named after a month. {nothing}",
            ).format(name=path.name, nothing=nothing_imported())
        )
    text = read_text_file(path)
    try:
        document = loads(text)
    except YamlError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.rednotebook", "{file}, line {line}: {problem}. {nothing}"
            ).format(file=path.name, line=exc.line, problem=exc.message, nothing=nothing_imported())
        ) from exc
    if document is None:
        return []
    if not isinstance(document, LineDict):
        raise InvalidInput(
            translate(
                "services.transfer.rednotebook",
                "{name}, line 1: a month file should map day numbers to entries. {nothing}",
            ).format(name=path.name, nothing=nothing_imported())
        )
    drafts = []
    for day_number, content in document.items():
        line = document.lines.get(day_number, 1)
        where = f"{path.name}, line {line}"
        if not isinstance(day_number, int):
            raise InvalidInput(
                translate(
                    "services.transfer.rednotebook",
                    "{where}: the day should be a number. {nothing}",
                ).format(where=where, nothing=nothing_imported())
            )
        try:
            day = date(year, month, day_number)
        except (ValueError, OverflowError) as exc:
            raise InvalidInput(
                translate(
                    "services.transfer.rednotebook",
                    "{where}: day {day_number} does not exist in that month. {nothing}",
                ).format(where=where, day_number=day_number, nothing=nothing_imported())
            ) from exc
        if content is None:
            continue
        if not isinstance(content, dict):
            raise InvalidInput(
                translate(
                    "services.transfer.rednotebook",
                    "{where}: a day should hold its text and categories. {nothing}",
                ).format(where=where, nothing=nothing_imported())
            )
        raw_text = content.get("text", "")
        if raw_text is None:
            raw_text = ""
        if not isinstance(raw_text, str | int | float):
            raise InvalidInput(
                translate(
                    "services.transfer.rednotebook",
                    "{where}: the day's text is not text. {nothing}",
                ).format(where=where, nothing=nothing_imported())
            )
        raw_text = str(raw_text)
        check_size(raw_text, where)
        categories = [(k, v) for k, v in content.items() if k != "text"]
        body, notes = to_markdown(raw_text)
        for note in notes:
            skipped.append(SkippedItem(where, note))
        tags = list(hashtags(raw_text))
        extra_lines = []
        for name, entries in categories:
            listed = [str(e) for e in entries if e is not None] if isinstance(entries, dict) else []
            if str(name).lower() == "tags":  # older RedNotebook kept tags as a category
                tags += listed
                continue
            tags.append(str(name))
            extra_lines += [f"- {name}: {entry}" for entry in listed]
        if extra_lines:
            body = (body + "\n\n" if body else "") + "\n".join(extra_lines)
        if not body.strip() and not tags:
            continue
        drafts.append(
            Draft(
                where=where,
                source=SOURCE,
                source_id=day.isoformat(),
                entry_date=day,
                body=body,
                created_at=utc_iso(
                    moment_in_range(datetime(year, month, day_number, 12), where).astimezone()
                ),
                tz=local_zone(),
                tags=tuple(dict.fromkeys(tags)),
            )
        )
    return drafts


def hashtags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1).lower() for m in HASHTAG.finditer(text)))


_LINE_RULES = (
    # = Title =, == Title ==, === Title === (numbered +Title+ too)
    (
        re.compile(r"^\s*(=+)\s*(.+?)\s*\1\s*$"),
        lambda m: "#" * min(len(m.group(1)), 6) + " " + m.group(2),
    ),
    (
        re.compile(r"^\s*(\++)\s*(.+?)\s*\1\s*$"),
        lambda m: "#" * min(len(m.group(1)), 6) + " " + m.group(2),
    ),
    (re.compile(r"^(\s*)\+ (.*)$"), lambda m: f"{m.group(1)}1. {m.group(2)}"),
)
_INLINE_RULES = (
    (re.compile(r"(?<![:/\w])//(?=\S)(.+?)(?<=\S)//(?!/)"), r"*\1*"),
    (re.compile(r"(?<![\w-])--(?=\S)(.+?)(?<=\S)--(?![\w-])"), r"~~\1~~"),
    (re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"), r"*\1*"),
    (re.compile(r"``(?=\S)(.+?)(?<=\S)``"), r"`\1`"),
    (re.compile(r"''(?=\S)(.+?)(?<=\S)''"), r"`\1`"),
)
_PICTURE = re.compile(r'\[""(.+?)""(\.[A-Za-z0-9]{1,5})(?:\?\d+)?\]')
_LINK = re.compile(r"\[([^\[\]\n]+?)\s+((?:https?|ftp|file|mailto):[^\s\]]+|\S+\.\w{1,5})\]")
_BARE_LINK = re.compile(r"\[((?:https?|mailto):[^\s\]]+)\]")


def to_markdown(text: str) -> tuple[str, list[str]]:
    """RedNotebook's txt2tags markup as Markdown, plus notes on what could not come along."""
    notes: list[str] = []
    out_lines = []
    in_verbatim = False
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip() == "```":
            in_verbatim = not in_verbatim
            out_lines.append(line)
            continue
        if in_verbatim:
            out_lines.append(line)
            continue
        if line.startswith("%"):  # a txt2tags comment line
            continue
        for pattern, replace in _LINE_RULES:
            line = pattern.sub(replace, line)

        def picture(m: re.Match[str]) -> str:
            name = Path(m.group(1) + m.group(2)).name
            notes.append(
                translate(
                    "services.transfer.rednotebook",
                    "a picture linked from disk ({name}) was not copied in",
                ).format(name=name)
            )
            return f"*(picture not imported: {name})*"

        line = _PICTURE.sub(picture, line)
        line = _LINK.sub(lambda m: _link(m.group(1), m.group(2), notes), line)
        line = _BARE_LINK.sub(r"<\1>", line)
        for pattern, replacement in _INLINE_RULES:
            line = pattern.sub(replacement, line)
        out_lines.append(line)
    return "\n".join(out_lines).strip(), notes


def _link(label: str, target: str, notes: list[str]) -> str:
    if re.match(r"(?i)(https?|mailto):", target):
        return f"[{label}]({target})"
    name = Path(target.replace("file://", "")).name
    notes.append(
        translate(
            "services.transfer.rednotebook", "a file linked from disk ({name}) was not copied in"
        ).format(name=name)
    )
    return f"{label} *(file not imported: {name})*"
