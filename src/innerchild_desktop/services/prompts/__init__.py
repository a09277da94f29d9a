"""Prompt use cases: today's prompt and "another", history, kept and hidden prompts, the
person's own prompts, packs, programs and the prompt browser.

:class:`PromptService` is built on an open journal (``AppContext.prompts``); each method is one
use case, and each one that changes something is one transaction. The pack-file functions
(checking, writing and opening a pack file) need no journal and are plain functions.
"""

from __future__ import annotations

from innerchild_desktop.domain.settings import DEEPER_INVITATION, PACK_DRAFT, PROMPT_SETTINGS
from innerchild_desktop.services.library import shipped_library
from innerchild_desktop.services.prompts.browsing import (
    FORGET_WARNING,
    PromptBrowsing,
    step_exercises,
)
from innerchild_desktop.services.prompts.offers import HISTORY_DAYS
from innerchild_desktop.services.prompts.packs import (
    PreparedPack,
    PromptPacks,
    export_pack,
    open_pack_file,
    pack_exercises,
    prepare_pack,
    read_pack_file,
    taken_ids,
)


class PromptService(PromptBrowsing, PromptPacks):
    """Every prompt use case on one open journal."""


__all__ = [
    "DEEPER_INVITATION",
    "FORGET_WARNING",
    "HISTORY_DAYS",
    "PACK_DRAFT",
    "PROMPT_SETTINGS",
    "PreparedPack",
    "PromptService",
    "export_pack",
    "open_pack_file",
    "pack_exercises",
    "prepare_pack",
    "read_pack_file",
    "shipped_library",
    "step_exercises",
    "taken_ids",
]
