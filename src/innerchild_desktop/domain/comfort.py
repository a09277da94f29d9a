"""The comfort box: what helps this person in a hard moment, in their own words and things.

Four kinds of item: a coping card (a short line: "call Maya"), a photo or a voice note (an
attachment kept inside the encrypted journal), and a favourite passage from the journal (the text
they selected, and the entry it came from). Pure: the box is a tuple of frozen items that turns
into JSON for the journal's ``comfort_box`` setting and back.

Only coping cards can show while locked, and only the ones the person ticked (off by default):
:meth:`ComfortBox.locked_view` is what may leave the encrypted journal, text only.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal

from innerchild_desktop.domain.i18n import translate

Kind = Literal["card", "photo", "voice", "passage"]
KINDS: tuple[Kind, ...] = ("card", "photo", "voice", "passage")
MAX_CARD_CHARS = 280  # a card is a line or two, not an entry
MAX_PASSAGE_CHARS = 4000
MAX_ITEMS = 500


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ComfortItem:
    id: str
    kind: Kind
    text: str = ""  # the card's line, the passage, or a caption for a photo / voice note
    attachment_id: str | None = None  # photo and voice
    entry_id: str | None = None  # passage: where it came from
    show_while_locked: bool = False  # cards only

    @property
    def lockable(self) -> bool:
        return self.kind == "card"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "text": self.text}
        if self.attachment_id is not None:
            data["attachment_id"] = self.attachment_id
        if self.entry_id is not None:
            data["entry_id"] = self.entry_id
        if self.show_while_locked:
            data["show_while_locked"] = True
        return data

    @classmethod
    def from_json(cls, raw: object) -> ComfortItem | None:
        """An item, or None for anything not shaped like one (damaged, hand-edited)."""
        if not isinstance(raw, dict):
            return None
        ident, kind, text = raw.get("id"), raw.get("kind"), raw.get("text", "")
        if not isinstance(ident, str) or not ident or kind not in KINDS:
            return None
        if not isinstance(text, str):
            return None
        attachment = raw.get("attachment_id")
        entry = raw.get("entry_id")
        if kind in ("photo", "voice") and not isinstance(attachment, str):
            return None
        return cls(
            ident,
            kind,
            text[:MAX_PASSAGE_CHARS],
            attachment if isinstance(attachment, str) else None,
            entry if isinstance(entry, str) else None,
            kind == "card" and raw.get("show_while_locked") is True,
        )


def card(text: str, *, show_while_locked: bool = False) -> ComfortItem:
    return ComfortItem(new_id(), "card", clean_card(text), show_while_locked=show_while_locked)


def clean_card(text: str) -> str:
    """A card's words, trimmed to one tidy line or two; raises ValueError when empty."""
    cleaned = " ".join(text.split())[:MAX_CARD_CHARS]
    if not cleaned:
        raise ValueError(translate("domain.comfort", "A card needs a few words."))
    return cleaned


@dataclass(frozen=True)
class ComfortBox:
    items: tuple[ComfortItem, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.items

    def get(self, item_id: str) -> ComfortItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def index(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self.items) if i.id == item_id), -1)

    def added(self, item: ComfortItem, at: int | None = None) -> ComfortBox:
        if len(self.items) >= MAX_ITEMS:
            raise ValueError(
                translate(
                    "domain.comfort",
                    "The comfort box is full: remove something first, if you like.",
                )
            )
        items = [i for i in self.items if i.id != item.id]
        at = len(items) if at is None else max(0, min(at, len(items)))
        items.insert(at, item)
        return ComfortBox(tuple(items))

    def replaced(self, item: ComfortItem) -> ComfortBox:
        return ComfortBox(tuple(item if i.id == item.id else i for i in self.items))

    def removed(self, item_id: str) -> ComfortBox:
        return ComfortBox(tuple(i for i in self.items if i.id != item_id))

    def with_locked(self, item_id: str, show: bool) -> ComfortBox:
        found = self.get(item_id)
        if found is None or not found.lockable:
            return self
        return self.replaced(replace(found, show_while_locked=show))

    def locked_view(self) -> ComfortBox:
        """Only the cards marked "show while locked", their words only."""
        return ComfortBox(
            tuple(
                ComfortItem(i.id, "card", i.text, show_while_locked=True)
                for i in self.items
                if i.kind == "card" and i.show_while_locked
            )
        )

    def attachment_ids(self) -> set[str]:
        return {i.attachment_id for i in self.items if i.attachment_id is not None}

    def to_json(self) -> list[dict[str, Any]]:
        return [i.to_json() for i in self.items]

    @classmethod
    def from_json(cls, raw: object) -> ComfortBox:
        """Never fails: a damaged list reads as the items that are still whole."""
        if not isinstance(raw, list):
            return cls()
        items: list[ComfortItem] = []
        seen: set[str] = set()
        for value in raw[:MAX_ITEMS]:
            item = ComfortItem.from_json(value)
            if item is not None and item.id not in seen:
                seen.add(item.id)
                items.append(item)
        return cls(tuple(items))

    @classmethod
    def of(cls, items: Iterable[ComfortItem]) -> ComfortBox:
        return cls(tuple(items))


def replace_text(item: ComfortItem, text: str) -> ComfortItem:
    """The item with new words (a caption, a card's line)."""
    return replace(item, text=" ".join(text.split()))
