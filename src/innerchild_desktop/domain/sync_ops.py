"""The shared format of sync: hybrid logical clock stamps and operations (pure, no I/O).

Every change a computer makes to the journal travels to the others as an :class:`Operation`,
stamped by that computer's :class:`HlcClock`. The merge engine (``domain/sync_merge.py``) applies
them; the sync folder (``store/``) seals batches of them. Nothing here reads a file or a socket.

Hybrid logical clock (Kulkarni et al., 2014): a stamp is ``(wall_ms, counter, device)``, totally
ordered in that order. ``tick()`` gives a stamp greater than every stamp this clock has issued or
observed, and close to the wall clock. ``observe(remote)`` folds in a received stamp so that the
next local stamp sorts after it. **Bounded skew:** a remote stamp more than ``MAX_FORWARD_MS`` (one
day) ahead of our wall clock is still accepted and merged, but our clock only moves up to one day
beyond its own wall clock. So one computer with a clock set years ahead cannot drag every other
computer's stamps into the future for good; the price is that a local edit made right after seeing
such a stamp may sort *before* it. The merge engine then keeps both texts (one as a revision,
with the "edited on two computers" flag), so nothing is lost either way.
"""

from __future__ import annotations

import json
import math
import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

type JsonValue = str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None

FORMAT_VERSION = 1
MAX_FORWARD_MS = 24 * 60 * 60 * 1000  # how far a remote stamp may pull our clock past our wall
MAX_WALL_MS = 10**13 - 1  # 13 digits in the text form: until the year 2286
MAX_COUNTER = 10**6 - 1  # 6 digits in the text form

CREATE = "*create"
DELETE = "*delete"
SEEN_CONFLICT = "*seen_conflict"
TAG_ADD = "tag:+"
TAG_REMOVE = "tag:-"

_DEVICE_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HLC_RE = re.compile(r"(\d{13})-(\d{6})-([A-Za-z0-9_-]{1,64})")
_OP_ID_RE = re.compile(r"[0-9a-f]{32}")
_ENTITY_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_COLUMN_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
_MAX_ID_LEN = 128
_MAX_TAG_LEN = 200
_MAX_DEPTH = 32
_KEYS = frozenset({"v", "op_id", "entity", "entity_id", "field", "value", "hlc", "device", "base"})


def _check_device(device: object) -> str:
    if not isinstance(device, str) or not _DEVICE_RE.fullmatch(device):
        raise ValueError(
            "A computer's id must be 1 to 64 letters, digits, '-' or '_' (ASCII only)."
        )
    return device


@dataclass(frozen=True, order=True)
class Hlc:
    """A hybrid logical clock stamp, ordered by (wall_ms, counter, device)."""

    wall_ms: int
    counter: int
    device: str

    def __post_init__(self) -> None:
        if type(self.wall_ms) is not int or not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError("A clock stamp's time must be a whole number of milliseconds.")
        if type(self.counter) is not int or not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError("A clock stamp's counter must be a whole number below a million.")
        _check_device(self.device)

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.device}"

    @classmethod
    def parse(cls, text: object) -> Hlc:
        """Read the text form; sorting the texts sorts the stamps."""
        match = _HLC_RE.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError("A clock stamp is not in the form 0000000000000-000000-device.")
        return cls(int(match[1]), int(match[2]), match[3])


def system_now_ms() -> int:
    """The wall clock in milliseconds since the epoch (the default for :class:`HlcClock`)."""
    return time.time_ns() // 1_000_000


class HlcClock:
    """One computer's hybrid logical clock. ``last`` lets a restarted app carry on monotonic."""

    def __init__(
        self,
        device: str,
        now_ms: Callable[[], int] = system_now_ms,
        last: Hlc | None = None,
    ) -> None:
        self.device = _check_device(device)
        self._now_ms = now_ms
        self._wall = 0
        self._counter = 0
        if last is not None:
            self._wall, self._counter = last.wall_ms, last.counter

    @property
    def last(self) -> Hlc:
        """The highest stamp issued or observed so far (persist it to stay monotonic)."""
        return Hlc(self._wall, self._counter, self.device)

    def _wall_now(self) -> int:
        return min(max(int(self._now_ms()), 0), MAX_WALL_MS)

    def tick(self) -> Hlc:
        """A new stamp for a local event: after everything seen, close to the wall clock."""
        now = self._wall_now()
        if now > self._wall:
            self._wall, self._counter = now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # a million events in one millisecond: borrow the next millisecond
            self._wall, self._counter = self._wall + 1, 0
        return self.last

    def observe(self, remote: Hlc) -> None:
        """Fold in a received stamp so the next ``tick()`` sorts after it (skew bounded)."""
        limit = self._wall_now() + MAX_FORWARD_MS
        if remote.wall_ms > limit:
            # Too far ahead: accept the operation, but move only a day past our wall clock.
            if limit > self._wall:
                self._wall, self._counter = limit, 0
            return
        if remote.wall_ms > self._wall:
            self._wall, self._counter = remote.wall_ms, remote.counter
        elif remote.wall_ms == self._wall:
            self._counter = max(self._counter, remote.counter)


def new_op_id() -> str:
    """A fresh random operation id (32 lowercase hex digits)."""
    return secrets.token_hex(16)


def _check_json(value: object, depth: int = 0) -> None:
    if depth > _MAX_DEPTH:
        raise ValueError("An operation's value is nested too deeply.")
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate could never be written out
                raise ValueError("An operation's value holds text that is not valid.") from exc
        return
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("An operation's value holds a number that is not finite.")
        return
    if isinstance(value, list):
        for item in value:
            _check_json(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("An operation's value has a key that is not text.")
            _check_json(item, depth + 1)
        return
    raise ValueError(
        "An operation's value must be text, a number, true/false, null, a list or a map."
    )


def _check_text_id(value: object, what: str) -> str:
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= _MAX_ID_LEN
        or not value.isprintable()
        or value != value.strip()
    ):
        raise ValueError(f"An operation's {what} must be 1 to {_MAX_ID_LEN} printable characters.")
    return value


def tag_name(field: str) -> str | None:
    """The tag a ``tag:+NAME`` / ``tag:-NAME`` field is about, or None for other fields."""
    if field.startswith((TAG_ADD, TAG_REMOVE)):
        return field[len(TAG_ADD) :]
    return None


def _check_field(field: object, value: JsonValue) -> None:
    if not isinstance(field, str):
        raise ValueError("An operation's field must be text.")
    if field == DELETE:
        if value is not None:
            raise ValueError("A delete operation carries no value.")
    elif field == CREATE:
        if value is not None and not isinstance(value, dict):
            raise ValueError("A create operation's value must be null or a map of fields.")
        for column in value or {}:
            if not _COLUMN_RE.fullmatch(column):
                raise ValueError("A create operation names a field that is not a plain name.")
    elif field == SEEN_CONFLICT:
        if not isinstance(value, list):
            raise ValueError("A 'seen conflict' operation's value must be a list of stamps.")
        for item in value:
            Hlc.parse(item)
    elif (name := tag_name(field)) is not None:
        if not 0 < len(name) <= _MAX_TAG_LEN or not name.isprintable():
            raise ValueError(f"A tag must be 1 to {_MAX_TAG_LEN} printable characters.")
        if value is not None:
            raise ValueError("A tag operation carries no value.")
    elif not _COLUMN_RE.fullmatch(field):
        raise ValueError("An operation's field is not one this version understands.")


@dataclass(frozen=True)
class Operation:
    """One change to one field of one thing, as it travels between computers.

    ``field`` is a column name, or ``*create`` (value: null or a map of initial fields),
    ``*delete`` (a tombstone), ``*seen_conflict`` (value: the stamps of the conflicting texts the
    person has seen), ``tag:+NAME`` / ``tag:-NAME`` (add/remove a tag). ``base`` is the stamp of
    the value this edit replaced on its computer (None if it replaced nothing): the merge uses it
    to tell a sequential edit from a concurrent one.
    """

    op_id: str
    entity: str
    entity_id: str
    field: str
    value: JsonValue
    hlc: Hlc
    device: str
    base: Hlc | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.op_id, str) or not _OP_ID_RE.fullmatch(self.op_id):
            raise ValueError("An operation's id must be 32 lowercase hexadecimal digits.")
        if not isinstance(self.entity, str) or not _ENTITY_RE.fullmatch(self.entity):
            raise ValueError("An operation names a kind of thing this version doesn't know.")
        _check_text_id(self.entity_id, "target id")
        _check_json(self.value)
        _check_field(self.field, self.value)
        if not isinstance(self.hlc, Hlc):
            raise ValueError("An operation's stamp must be a clock stamp.")
        if self.base is not None and not isinstance(self.base, Hlc):
            raise ValueError("An operation's base must be a clock stamp or null.")
        if _check_device(self.device) != self.hlc.device:
            raise ValueError("An operation's computer differs from the computer in its stamp.")

    @classmethod
    def new(
        cls,
        clock: HlcClock,
        entity: str,
        entity_id: str,
        field: str,
        value: JsonValue = None,
        base: Hlc | None = None,
    ) -> Operation:
        """A fresh local operation, stamped now by ``clock``."""
        return cls(new_op_id(), entity, entity_id, field, value, clock.tick(), clock.device, base)

    def to_dict(self) -> dict[str, JsonValue]:
        return {
            "v": FORMAT_VERSION,
            "op_id": self.op_id,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "field": self.field,
            "value": self.value,
            "hlc": str(self.hlc),
            "device": self.device,
            "base": None if self.base is None else str(self.base),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Operation:
        """Read and check one operation; anything wrong raises ValueError with a sentence."""
        if not isinstance(data, Mapping):
            raise ValueError("An operation must be a map of named fields.")
        if data.get("v") != FORMAT_VERSION:
            raise ValueError(
                "An operation was written by a different version of Inner Child; "
                "update Inner Child on every computer."
            )
        if set(data) != _KEYS:
            raise ValueError("An operation has missing or unknown parts.")
        base = data["base"]
        return cls(
            op_id=data["op_id"],
            entity=data["entity"],
            entity_id=data["entity_id"],
            field=data["field"],
            value=data["value"],
            hlc=Hlc.parse(data["hlc"]),
            device=data["device"],
            base=None if base is None else Hlc.parse(base),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Operation:
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise ValueError("An operation is not readable JSON.") from exc
        return cls.from_dict(data)


def _reject_constant(name: str) -> object:
    raise ValueError("An operation holds a number that is not finite.")
