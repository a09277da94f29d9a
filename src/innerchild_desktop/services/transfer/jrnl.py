"""jrnl (https://jrnl.sh): its JSON export and its plain-text journal file.

``jrnl --format json`` writes ``{"tags": {"@tag": n}, "entries": [{"title", "body", "date":
"YYYY-MM-DD", "time": "HH:MM", "tags": ["@tag"], "starred": bool}]}``. The journal file itself is
entries that each start on a line with ``[YYYY-MM-DD HH:MM] Title`` (newer jrnl writes
``%Y-%m-%d %I:%M:%S %p``), a trailing `` *`` marking a starred entry, the title being the first
sentence or line; tags are words starting with ``@`` (jrnl's classic default) or ``#``.

Both forms share one source id (a hash of date, time, title and body), so importing a journal's
text file after its JSON export adds nothing twice.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.transfer.common import (
    Draft,
    check_size,
    decode_text,
    line_of,
    moment_in_range,
    nothing_imported,
    read_regular_bytes,
    stable_id,
    utc_iso,
)
from innerchild_desktop.store.entries import local_zone

SOURCE = "jrnl"
TAG_SYMBOLS = "@#"
_TAG = re.compile(rf"(?<!\S)[{TAG_SYMBOLS}]([-+*#/\w]+)")
_STAMP = re.compile(
    r"^\[(?P<date>\d{4}-\d{1,2}-\d{1,2})[ T](?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s?(?P<ampm>[AaPp][Mm]))?\] ?",
    re.MULTILINE,
)
# Based on jrnl's own title splitter: the first line, or else the first sentence.
_SENTENCE_END = re.compile(
    r"([.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]['\u2019\"\u201D]?[\])]*\s+)"
    r"|[\uFF01\uFF0E\uFF1F\uFF61\u3002]"
)


def split_title(text: str) -> tuple[str, str]:
    stripped = text.lstrip()
    newline = stripped.find("\n")
    if newline >= 0:
        return stripped[:newline].strip(), stripped[newline + 1 :].strip()
    match = _SENTENCE_END.search(text)
    if not match:
        return text.strip(), ""
    return text[: match.end()].strip(), text[match.end() :].strip()


def tags_in(text: str) -> tuple[str, ...]:
    found = (m.group(1).rstrip("-+*/#").lower() for m in _TAG.finditer(text))
    return tuple(dict.fromkeys(t for t in found if t))


def _draft(
    where: str, day: date, hhmm: str, title: str, body: str, tags: tuple[str, ...], starred: bool
) -> Draft:
    check_size(title + body, where)
    hour, minute = (int(p) for p in hhmm.split(":"))
    local = moment_in_range(datetime(day.year, day.month, day.day, hour, minute), where)
    local = local.astimezone()
    return Draft(
        where=where,
        source=SOURCE,
        source_id=stable_id(
            day.isoformat(), f"{hour:02d}:{minute:02d}", title.strip(), body.strip()
        ),
        entry_date=day,
        title=title.strip(),
        body=body.strip(),
        created_at=utc_iso(local),
        tz=local_zone(),
        tags=tags,
        starred=starred,
    )


# --- JSON ------------------------------------------------------------------------------------


def load_json_document(path: Path) -> Any:
    data = read_regular_bytes(path, path.name)  # never waits on a FIFO, never unbounded
    return parse_json_text(decode_text(data, path.name), path.name)


def parse_json_text(text: str, label: str) -> Any:
    """``text`` (as decode_text gives it) as JSON, or a sentence naming what is wrong."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{label}, line {lineno}, column {colno}: this is not valid JSON ({msg}). {nothing}",
            ).format(
                label=label,
                lineno=exc.lineno,
                colno=exc.colno,
                msg=exc.msg,
                nothing=nothing_imported(),
            )
        ) from exc
    except RecursionError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{label} is nested too deeply to be a journal. {nothing}",
            ).format(label=label, nothing=nothing_imported())
        ) from exc
    except ValueError as exc:  # a number with more digits than Python converts (4,300)
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{label} holds a number too long to be read. {nothing}",
            ).format(label=label, nothing=nothing_imported())
        ) from exc
    if _MAY_HOLD_SURROGATE.search(text):  # one scan of the text instead of a walk of the tree
        _refuse_lone_surrogates(document, label)
    return document


_SURROGATE = re.compile("[\ud800-\udfff]")
# Text from decode_text holds no half of a UTF-16 pair (strict decoding refuses one), so a value
# can hold one only if the JSON escapes it (\udXXX): one 20 ms scan of 25 MB of text, where
# walking every decoded value took 0.4 s (and looking for unescaped halves too, 1 s).
_MAY_HOLD_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _refuse_lone_surrogates(document: Any, label: str) -> None:
    """JSON may escape half a UTF-16 pair (``"\\ud800"``); such text cannot be stored."""
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise InvalidInput(
                    translate(
                        "services.transfer.jrnl",
                        "{label} holds text that is not valid Unicode (half of a UTF-16 "
                        "pair). {nothing}",
                    ).format(label=label, nothing=nothing_imported())
                )
        elif isinstance(value, dict):
            stack.extend(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def parse_jrnl_json(path: Path) -> list[Draft]:
    document = load_json_document(path)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                '{name} is not a jrnl JSON export: it has no list of "entries". {nothing}',
            ).format(name=path.name, nothing=nothing_imported())
        )
    drafts = []
    for number, raw in enumerate(document["entries"], start=1):
        where = f"{path.name}, entry {number}"
        if not isinstance(raw, dict):
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    "{where} is not an entry object. {nothing}",
                ).format(where=where, nothing=nothing_imported())
            )
        day = _date_field(raw.get("date"), where)
        hhmm = raw.get("time", "09:00")
        if not isinstance(hhmm, str) or not re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", hhmm):
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    '{where}: "time" should look like 09:30. {nothing}',
                ).format(where=where, nothing=nothing_imported())
            )
        hhmm = hhmm[:5] if len(hhmm) > 5 else hhmm
        if int(hhmm.split(":")[0]) > 23 or int(hhmm.split(":")[1]) > 59:
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    '{where}: "time" is not a time of day. {nothing}',
                ).format(where=where, nothing=nothing_imported())
            )
        title, body = raw.get("title", ""), raw.get("body", "")
        if not isinstance(title, str) or not isinstance(body, str):
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    '{where}: "title" and "body" must be text. {nothing}',
                ).format(where=where, nothing=nothing_imported())
            )
        if "title" not in raw and "body" not in raw:
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    '{where} has neither "title" nor "body". {nothing}',
                ).format(where=where, nothing=nothing_imported())
            )
        raw_tags = raw.get("tags", [])
        if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    '{where}: "tags" must be a list of words. {nothing}',
                ).format(where=where, nothing=nothing_imported())
            )
        tags = tuple(dict.fromkeys(t.lstrip(TAG_SYMBOLS).lower() for t in raw_tags if t.strip()))
        starred = raw.get("starred", False)
        if not isinstance(starred, bool):
            raise InvalidInput(
                translate(
                    "services.transfer.jrnl",
                    '{where}: "starred" must be true or false. {nothing}',
                ).format(where=where, nothing=nothing_imported())
            )
        drafts.append(_draft(where, day, hhmm, title, body, tuple(t for t in tags if t), starred))
    return drafts


def _date_field(value: object, where: str) -> date:
    if not isinstance(value, str):
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                '{where} has no "date" (like 2024-05-17). {nothing}',
            ).format(where=where, nothing=nothing_imported())
        )
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                '{where}: "date" is not a calendar date like 2024-05-17. {nothing}',
            ).format(where=where, nothing=nothing_imported())
        ) from exc


# --- plain text ------------------------------------------------------------------------------


def parse_jrnl_text(path: Path) -> list[Draft]:
    data = read_regular_bytes(path, path.name)
    has_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if data.startswith(b"gAAAAA") or (b"\x00" in data[:4096] and not has_bom):
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{name} looks encrypted (or is not a text file). Decrypt it first with "
                "'jrnl --decrypt', or export it with 'jrnl --format json'. {nothing}",
            ).format(name=path.name, nothing=nothing_imported())
        )
    text = decode_text(data, path.name).replace("\r\n", "\n")
    stamps = list(_STAMP.finditer(text))
    if not stamps:
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{name} has no jrnl entries: each entry starts on a line like [2024-05-17 "
                "09:30] Title. {nothing}",
            ).format(name=path.name, nothing=nothing_imported())
        )
    before = text[: stamps[0].start()]
    if before.strip():
        first = len(before) - len(before.lstrip())
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{name}, line {text}: a jrnl journal starts with a date in brackets, like "
                "[2024-05-17 09:30]. {nothing}",
            ).format(name=path.name, text=line_of(text, first), nothing=nothing_imported())
        )
    drafts = []
    for number, match in enumerate(stamps):
        line = line_of(text, match.start())
        where = f"{path.name}, line {line}"
        moment = _stamp_time(match, where)
        end = stamps[number + 1].start() if number + 1 < len(stamps) else len(text)
        raw = text[match.end() : end]
        lines = raw.splitlines()
        starred = bool(lines) and lines[0].strip().endswith("*")
        if starred:
            raw = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:])
        title, body = split_title(raw)
        drafts.append(
            _draft(
                where,
                moment.date(),
                f"{moment.hour:02d}:{moment.minute:02d}",
                title,
                body,
                tags_in(raw),
                starred,
            )
        )
    return drafts


def _stamp_time(match: re.Match[str], where: str) -> datetime:
    clock = match.group("time")
    ampm = (match.group("ampm") or "").upper()
    parts = [int(p) for p in clock.split(":")]
    hour, minute = parts[0], parts[1]
    if ampm:  # 12-hour clock; an hour outside 1..12 becomes 99 and is refused below
        hour = hour % 12 + (12 if ampm == "PM" else 0) if 1 <= hour <= 12 else 99
    try:
        day = date.fromisoformat("-".join(p.zfill(2) for p in match.group("date").split("-")))
        return datetime(day.year, day.month, day.day, hour, minute)
    except ValueError as exc:
        raise InvalidInput(
            translate(
                "services.transfer.jrnl",
                "{where}: the entry's date and time in brackets is not a real date and "
                "time. {nothing}",
            ).format(where=where, nothing=nothing_imported())
        ) from exc
