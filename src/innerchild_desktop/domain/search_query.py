"""Turn what a person types into a safe FTS5 query plus filters. Pure; no SQL execution.

Syntax (documented in the README):
  words            every word must appear, also as a prefix (``child`` finds childhood)
  "a phrase"       the exact phrase
  -word            leave out results with this word
  tag:name         only entries with this tag (repeatable)
  mood:name kind:letter_to  after:2024-01-01  before:2024-12-31
Everything is quoted before it reaches FTS5, so no input can form an FTS5 syntax error or operator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from innerchild_desktop.domain.entries import EntryKind, normalise_tag
from innerchild_desktop.domain.errors import InvalidInput

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchQuery:
    fts: str  # an FTS5 MATCH expression, or "" when only filters were given
    tags: tuple[str, ...] = ()
    mood: str | None = None
    kind: EntryKind | None = None
    after: date | None = None
    before: date | None = None
    terms: tuple[str, ...] = field(default=())  # the positive words, for highlighting

    @property
    def is_empty(self) -> bool:
        return (
            not self.fts
            and not self.tags
            and self.mood is None
            and self.kind is None
            and self.after is None
            and self.before is None
        )


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _parse_date(value: str, key: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(f"{key}: needs a date like 2024-05-17, not {value!r}.") from exc


def parse_query(text: str) -> SearchQuery:
    positive: list[str] = []
    negative: list[str] = []
    terms: list[str] = []
    tags: list[str] = []
    mood: str | None = None
    kind: EntryKind | None = None
    after: date | None = None
    before: date | None = None
    for match in _TOKEN.finditer(text):
        negate, phrase, bare = match.group(1), match.group(2), match.group(3)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                (negative if negate else positive).append(_quote(" ".join(words)))
                if not negate:
                    terms.extend(words)
            continue
        key, sep, value = bare.partition(":")
        lowered = key.lower()
        if sep and value and lowered in {"tag", "mood", "kind", "after", "before"}:
            if lowered == "tag":
                tags.append(normalise_tag(value))
            elif lowered == "mood":
                mood = value.lower()
            elif lowered == "kind":
                try:
                    kind = EntryKind(value.lower())
                except ValueError as exc:
                    kinds = ", ".join(k.value for k in EntryKind)
                    raise InvalidInput(f"kind: can be one of {kinds}.") from exc
            elif lowered == "after":
                after = _parse_date(value, "after")
            else:
                before = _parse_date(value, "before")
            continue
        is_negative = bare.startswith("-") and len(bare) > 1
        for word in _WORD.findall(bare):
            if is_negative:
                negative.append(_quote(word))
            else:
                positive.append(_quote(word) + "*")
                terms.append(word)
    fts = " AND ".join(positive)
    if fts and negative:
        fts = f"{fts} NOT " + " NOT ".join(negative)
    return SearchQuery(
        fts=fts,
        tags=tuple(tags),
        mood=mood,
        kind=kind,
        after=after,
        before=before,
        terms=tuple(terms),
    )
