"""Browsing prompts on purpose: which prompts a filter keeps, and in what order.

Pure values. The shipped library keeps its theme order; "From my group" keeps each imported
pack's own order (the order its author wrote), never shuffled. Hidden prompts show only under
"Hidden", where they can be shown again. A prompt with a content note, or a deep one, is *veiled*:
the browser shows its note (or a line saying it reaches deeper) until the person asks to read it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.prompt_selection import Offer, OfferKind
from innerchild_desktop.domain.prompts import USER_SOURCE, Depth, Prompt, PromptLibrary

PACK_PREFIX = "pack:"
# English here; said in the current language where they are shown (veil(), offer_for()).
DEEPER_LINE = QT_TRANSLATE_NOOP(
    "domain.prompt_browse", "This one reaches deeper. Read it only if you feel ready."
)
CHOSEN_WHY = QT_TRANSLATE_NOOP("domain.prompt_browse", "You chose this one.")


class Show(StrEnum):
    ALL = "all"
    FAVOURITES = "favourites"
    GROUP = "group"  # prompts from imported packs, in each pack's own order
    MINE = "mine"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class BrowseFilter:
    show: Show = Show.ALL
    theme: str | None = None
    max_depth: Depth = Depth.DEEP
    pack: str | None = None  # a pack id
    search: str = ""


@dataclass(frozen=True)
class Flags:
    favourites: frozenset[str] = frozenset()
    hidden: frozenset[str] = frozenset()


def pack_of(prompt: Prompt) -> str | None:
    return (
        prompt.source.removeprefix(PACK_PREFIX) if prompt.source.startswith(PACK_PREFIX) else None
    )


def is_veiled(prompt: Prompt) -> bool:
    """Shown as a note first: it has a content note, or it reaches deep."""
    return prompt.content_note is not None or prompt.depth is Depth.DEEP


def veil(prompt: Prompt) -> str:
    """What stands in for the prompt's words until the person asks for them."""
    if prompt.content_note:
        return translate("domain.prompt_browse", "A note before this one: {note}").format(
            note=prompt.content_note
        )
    return translate("domain.prompt_browse", DEEPER_LINE)


def browse(
    library: PromptLibrary, own: Sequence[Prompt], flags: Flags, chosen: BrowseFilter
) -> list[Prompt]:
    """The prompts ``chosen`` keeps: library order (packs in their own order), then own ones."""
    pool: Iterable[Prompt] = (*library.prompts, *own)
    needle = chosen.search.strip().casefold()
    kept: list[Prompt] = []
    for prompt in pool:
        hidden = prompt.id in flags.hidden
        if hidden != (chosen.show is Show.HIDDEN):
            continue
        if chosen.show is Show.FAVOURITES and prompt.id not in flags.favourites:
            continue
        if chosen.show is Show.GROUP and pack_of(prompt) is None:
            continue
        if chosen.show is Show.MINE and prompt.source != USER_SOURCE:
            continue
        if chosen.theme is not None and prompt.theme != chosen.theme:
            continue
        if chosen.max_depth < prompt.depth:
            continue
        if chosen.pack is not None and pack_of(prompt) != chosen.pack:
            continue
        if needle and not _matches(library, prompt, needle):
            continue
        kept.append(prompt)
    return kept


def _matches(library: PromptLibrary, prompt: Prompt, needle: str) -> bool:
    words = (prompt.text, prompt.content_note or "", library.theme_name(prompt.theme))
    return any(needle in w.casefold() for w in words)


def offer_for(prompt: Prompt, why: str | None = None) -> Offer:
    """A prompt chosen on purpose (browser, program step), ready to write about."""
    return Offer(
        prompt.id,
        prompt.text,
        prompt.theme,
        prompt.depth,
        translate("domain.prompt_browse", CHOSEN_WHY) if why is None else why,
        OfferKind.ANOTHER,
        content_note=prompt.content_note,
        opening=prompt.template,
        invites=prompt.invites,
    )
