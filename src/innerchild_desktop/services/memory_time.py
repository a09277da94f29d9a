"""Where a memory sits on the timeline: a thin bridge from domain.fuzzy_dates to the store.

Returns what the memories table stores: the fuzzy time as JSON, a sort key and an uncertainty
span (years of age, or decimal calendar years on the calendar lane), and the life stage.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from innerchild_desktop.domain.feelings import LIFE_STAGES, LifeStage
from innerchild_desktop.domain.fuzzy_dates import parse_fuzzy
from innerchild_desktop.domain.fuzzy_preview import where_it_sits


def placement(
    when: str, *, birth: date | None = None, stages: tuple[LifeStage, ...] = LIFE_STAGES
) -> tuple[dict[str, Any], float, float, float, str | None]:
    fuzzy = parse_fuzzy(when, stages)
    where = fuzzy.placement(birth)
    stage = fuzzy.stage_of(stages, birth)
    return fuzzy.to_dict(), where.key, where.start, where.end, stage.name if stage else None


def preview(
    when: str, *, birth: date | None = None, stages: tuple[LifeStage, ...] = LIFE_STAGES
) -> str:
    """ "around age 7 → ages 6–8": what was understood and where it will sit (see
    domain.fuzzy_preview); raises FuzzyDateError, a gentle sentence, if it cannot be read."""
    return where_it_sits(parse_fuzzy(when, stages), birth)
