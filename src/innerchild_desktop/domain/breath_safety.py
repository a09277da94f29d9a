"""The breathing safety rules, as sentences a person can read (in the current language).

These rules are applied to every shipped pattern and variant (domain.exercises) and to every
pattern a person makes for themselves. They keep breathing slow and unforced, because
over-breathing and long breath-holds can bring on dizziness or panic:

- every breath lasts at least 8 seconds in all (so at most 7.5 breaths a minute, inside the
  usual 8-a-minute ceiling), and still at least 8 seconds when the holds are skipped;
- the in-breath lasts at least 2 seconds;
- for calm patterns the out-breath is at least as long as the in-breath (top-up included);
- no phase lasts over 10 seconds, except the out-breath (up to 12) and 4-7-8's hold (up to 12).
"""

from __future__ import annotations

from innerchild_desktop.domain.i18n import current_language, translate
from innerchild_desktop.domain.pacer import BreathPattern, Slowing

MIN_CYCLE = 8.0
MIN_INHALE = 2.0
MAX_PHASE = 10.0
MAX_EXHALE = 12.0
MAX_LONG_HOLD = 12.0
MAX_BPM = 60.0 / MIN_CYCLE  # 7.5, implied by the cycle rule

_DECIMAL_COMMA = frozenset({"es", "de"})


def _shown(value: float) -> str:
    """A number as a person reads it: "5.5", or "5,5" in Spanish and German."""
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",") if current_language() in _DECIMAL_COMMA else shown


def _seconds(value: float) -> str:
    """A length as a person reads it: "8 seconds", "5.5 seconds", "5,5 segundos"."""
    if abs(value - round(value)) < 1e-9:
        return translate("domain.breath_safety", "%n seconds", None, round(value))
    return translate("domain.breath_safety", "{number} seconds").format(number=_shown(value))


def validate_pattern(
    pattern: BreathPattern, *, long_hold: bool = False, calm: bool = True
) -> list[str]:
    """Everything wrong with a pattern, as sentences to show; empty when it is safe to use.

    ``long_hold`` is only for 4-7-8 and its scaled versions; ``calm=False`` lifts the
    out-breath-at-least-as-long rule for a pattern flagged as not a calming one.
    """
    problems: list[str] = []
    cycle = pattern.cycle()
    if cycle < MIN_CYCLE - 1e-9:
        problems.append(
            translate(
                "domain.breath_safety",
                "Each breath needs to last at least {minimum} in all (this one lasts {length}), "
                "so breathing stays slow and easy.",
            ).format(minimum=_seconds(MIN_CYCLE), length=_seconds(cycle))
        )
    elif pattern.has_holds and pattern.cycle(skip_holds=True) < MIN_CYCLE - 1e-9:
        problems.append(
            translate(
                "domain.breath_safety",
                "With the holds skipped, each breath would last only {length}; "
                "it needs at least {minimum}.",
            ).format(length=_seconds(pattern.cycle(skip_holds=True)), minimum=_seconds(MIN_CYCLE))
        )
    if pattern.inhale < MIN_INHALE - 1e-9:
        problems.append(
            translate(
                "domain.breath_safety",
                "The in-breath needs at least {minimum} (this one has {length}).",
            ).format(minimum=_seconds(MIN_INHALE), length=_seconds(pattern.inhale))
        )
    if pattern.top_up > pattern.inhale:
        problems.append(
            translate(
                "domain.breath_safety",
                "The top-up breath should be shorter than the first in-breath.",
            )
        )
    if calm and pattern.exhale < pattern.inhale + pattern.top_up - 1e-9:
        problems.append(
            translate(
                "domain.breath_safety",
                "For a calming breath, the out-breath should be at least as long as the in-breath.",
            )
        )
    if pattern.inhale > MAX_PHASE:
        problems.append(
            translate("domain.breath_safety", "The in-breath can be at most {maximum}.").format(
                maximum=_seconds(MAX_PHASE)
            )
        )
    if pattern.exhale > MAX_EXHALE:
        problems.append(
            translate("domain.breath_safety", "The out-breath can be at most {maximum}.").format(
                maximum=_seconds(MAX_EXHALE)
            )
        )
    hold_limit = MAX_LONG_HOLD if long_hold else MAX_PHASE
    if max(pattern.hold_in, pattern.hold_out) > hold_limit:
        problems.append(
            translate("domain.breath_safety", "Each hold can be at most {maximum}.").format(
                maximum=_seconds(hold_limit)
            )
        )
    return problems


def validate_slowing(slowing: Slowing) -> list[str]:
    """The gliding pacer's rates must each make a safe equal in/out breath."""
    problems: list[str] = []
    for bpm in (slowing.start_bpm, slowing.end_bpm):
        if bpm > MAX_BPM + 1e-9:
            problems.append(
                translate(
                    "domain.breath_safety",
                    "{rate} breaths a minute is too quick; at most {maximum} keeps each breath "
                    "{minimum} or longer.",
                ).format(rate=_shown(bpm), maximum=_shown(MAX_BPM), minimum=_seconds(MIN_CYCLE))
            )
        else:
            problems += validate_pattern(BreathPattern.equal(bpm))
    return problems
