"""What "gentle" promises, as rules: where a journal starts, when to invite deeper, what never
counts as gentle.

Gentle prompts are the whole safety net: they are all a new journal offers and all anyone sees on
a hard day. So a gentle prompt never walks a person back *into* a scene from childhood (the home,
the bedroom, the table, the night), because for some people that scene was not safe. Those
prompts are reflective, carry a content note and say that it is fine to stop at the door.

:data:`REIMMERSION` is the phrase list behind that rule. It was built by reading every gentle
prompt: each pattern names a way of putting someone back in a scene (standing in it again, room
by room, following a smell or a memory wherever it goes, being tucked in, waking from a bad
dream). The test over ``resources/prompts`` refuses a gentle prompt that matches without a
content note, and on a hard day the selection engine leaves such prompts out altogether (see
:func:`fits_a_hard_day`), which also covers prompt packs and the person's own prompts.
"""

from __future__ import annotations

import functools
import re

from innerchild_desktop.domain.prompts import Depth, MemoryTemplate, Prompt

__all__ = [
    "EARLIER_JOURNAL_DEPTH",
    "INVITE_AFTER_ANSWERS",
    "NEW_JOURNAL_DEPTH",
    "REIMMERSION",
    "fits_a_hard_day",
    "invite_deeper",
    "reimmersion_phrases",
    "starting_depth",
]

NEW_JOURNAL_DEPTH = Depth.GENTLE
# What a journal got before depth had a stored default; kept so nobody's prompts change under them.
EARLIER_JOURNAL_DEPTH = Depth.REFLECTIVE
# A few answered prompts before the quiet "when you feel ready" line; never shown as a count.
INVITE_AFTER_ANSWERS = 3

_PATTERNS = (
    # standing in the scene again
    r"as if you were (?:standing|there|back|inside|in it|in the room)",
    r"standing in it again",
    r"\bstep(?:ping)? (?:back )?into (?:that|the|this) (?:scene|moment|room|memory|place)",
    r"\b(?:picture|imagine) yourself (?:back|there|in (?:that|the|your old))",
    r"\bpicture your (?:first|old|childhood|bed)",
    r"\bclose your eyes and (?:go|return)",
    r"\b(?:go|going|return|returning) back (?:there|to that|into|to the (?:moment|room|place))",
    r"\btakes? you (?:straight |right )?back",
    # walking through a place
    r"\bwalk(?:ing)? through (?:the|your|that)",
    r"\broom[- ]by[- ]room\b",
    r"\bone room at a time\b",
    # following a memory or a sense wherever it leads
    r"\bfollow (?:it|the memory|the smell|where it)",
    r"\bwherever it (?:goes|takes you|leads)",
    # reliving
    r"\bre-?live\b",
    r"\bre-?experience",
    r"\bin as much detail as\b",
    r"\bmoment by moment\b",
    # night, bed and touch
    r"\btuck(?:ed|ing)? (?:you |them |him |her )?(?:in|into bed)\b",
    r"\bbad dream|\bnightmare",
    r"\bbedtime\b",
    r"\bhug\b[^.?!]*\bdidn't want\b",
    r"\bunwanted\b",
    r"\bwhat happened when\b",
    # the family scene, heard or seen again
    r"\b(?:evening|evenings|night|nights|dinner|dinners|meal|meals) at home\b",
    r"\bwho was at the table\b",
    r"\bwhat the mood was like\b",
    r"\bdescribe a meal\b",
    r"\bwhat does your body tell you about that time\b",
)
REIMMERSION = tuple(re.compile(p, re.IGNORECASE) for p in _PATTERNS)


@functools.cache
def reimmersion_phrases(text: str) -> tuple[str, ...]:
    """The re-immersion phrases found in ``text``, as written there (empty when there are none)."""
    return tuple(found.group(0) for pattern in REIMMERSION if (found := pattern.search(text)))


def fits_a_hard_day(item: Prompt | MemoryTemplate) -> bool:
    """Gentle, with nothing to warn about first, and never stepping back into a scene."""
    return (
        item.depth is Depth.GENTLE and not item.content_note and not reimmersion_phrases(item.text)
    )


def starting_depth(*, has_prompt_history: bool) -> Depth:
    """The depth a journal starts with when the person has not chosen one.

    A journal that has already been offered prompts keeps what it was getting; any other starts
    gentle and is invited deeper later (:func:`invite_deeper`).
    """
    return EARLIER_JOURNAL_DEPTH if has_prompt_history else NEW_JOURNAL_DEPTH


def invite_deeper(max_depth: Depth, *, answered: int, dismissed: bool, heavy_day: bool) -> bool:
    """Whether to show the quiet "when you feel ready, you can go deeper" line.

    Only at "gentle only", only after a few answered prompts, never on a hard day, and never
    again once closed (or once the person has chosen a deeper setting themselves).
    """
    return (
        max_depth is Depth.GENTLE
        and answered >= INVITE_AFTER_ANSWERS
        and not dismissed
        and not heavy_day
    )
