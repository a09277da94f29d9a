"""What a search finds, as every front end shows it: a hit, and the marks around matched words."""

from __future__ import annotations

from dataclasses import dataclass

from innerchild_desktop.domain.entries import EntryKind

# Private-use characters mark the matched words in snippets; each front end turns them into its
# own highlighting (HTML <b>, terminal bold, JSON brackets) after escaping the rest.
HIT_START = "\ue000"
HIT_END = "\ue001"


@dataclass(frozen=True)
class SearchHit:
    doc_kind: str  # "entry" or "memory"
    id: str
    title: str
    when: str  # entry date (ISO) or the memory's life stage
    snippet: str
    rank: float
    kind: EntryKind | None = None
    heavy: bool = False
