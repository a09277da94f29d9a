"""What a search finds, as every front end shows it: a hit, and the marks around matched words."""

from __future__ import annotations

from dataclasses import dataclass

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.i18n import translate

# Private-use characters mark the matched words in snippets; each front end turns them into its
# own highlighting (HTML <b>, terminal bold, JSON brackets) after escaping the rest.
HIT_START = "\ue000"
HIT_END = "\ue001"


@dataclass(frozen=True)
class SearchHit:
    doc_kind: str  # "entry" or "memory"
    id: str
    title: str
    when: str  # entry date (ISO) or the memory's time in words ("age 7", "around 1994")
    snippet: str
    rank: float
    kind: EntryKind | None = None
    heavy: bool = False


def found_words(hits: list[SearchHit], query: str, *, limit: int | None = None) -> str:
    """What a search found, counted plainly ("12 entries and 3 memories"), or a kind sentence
    with a hint when nothing was; at ``limit`` it says these are the closest, not all."""
    if not hits:
        return translate(
            "domain.search", "Nothing found for “{query}”. You might try fewer or shorter words."
        ).format(query=query)
    entries = sum(1 for h in hits if h.doc_kind != "memory")
    memories = len(hits) - entries
    if entries and memories:
        counted = translate("domain.search", "{entries} and {memories}").format(
            entries=translate("domain.search", "%n entries", None, entries),
            memories=translate("domain.search", "%n memories", None, memories),
        )
    elif entries:
        counted = translate("domain.search", "%n entries", None, entries)
    else:
        counted = translate("domain.search", "%n memories", None, memories)
    if limit and len(hits) >= limit:
        return translate("domain.search", "The %n closest: {found}", None, len(hits)).format(
            found=counted
        )
    return counted
