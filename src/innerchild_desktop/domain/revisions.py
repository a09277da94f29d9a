"""Earlier versions of an entry ("History…"): when to keep one, and which ones to keep later.

Every save of an entry's title or body may keep the text it replaces as a *revision*. The editor
saves less than a second after each pause in typing, so keeping every save would bury the
versions that matter; a new revision is kept only when one of these holds (``keep_revision``):

* an editing session starts (the entry was just opened, a command-line edit, a restore), or the
  text being replaced was last saved more than ``SESSION_GAP`` ago (an earlier sitting);
* the last revision kept for the entry is older than ``COALESCE_WINDOW`` (10 minutes);
* the change is large (``LARGE_CHANGE_CHARS`` or more characters differ: a paste, a deletion).

Later, older revisions are thinned (``revisions_to_drop``): everything from the last day stays;
older than that, the *first* version kept each calendar day stays (that is how the text read
when the day's writing began, so how the sitting before ended); older than ``DAILY_FOR``, the
first of each ISO week. The newest revision always stays, so the text of the previous editing
session is never lost. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from innerchild_desktop.domain.entries import first_line

COALESCE_WINDOW = timedelta(minutes=10)
SESSION_GAP = timedelta(minutes=10)
LARGE_CHANGE_CHARS = 200
KEEP_ALL_FOR = timedelta(days=1)
DAILY_FOR = timedelta(days=30)


@dataclass(frozen=True)
class Revision:
    """One earlier version of an entry's title and body.

    ``number`` counts up per entry (1 is the oldest ever kept) and never changes, also when
    older revisions are thinned out; ``saved_at`` is when this text was saved (UTC, ISO 8601),
    ``kept_at`` when it was replaced and kept here; ``origin`` names the computer it came from
    once sync keeps revisions too (None: this one).
    """

    entry_id: str
    number: int
    title: str
    body: str
    saved_at: str
    kept_at: str
    origin: str | None = None


def changed_chars(old: str, new: str) -> int:
    """How many characters differ between two texts, outside their common start and end.

    Binary search over slice comparisons, so a long body costs C-speed compares, not a
    Python loop per character.
    """
    limit = min(len(old), len(new))
    lo, hi = 0, limit
    while lo < hi:  # longest common prefix
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, limit - prefix
    while lo < hi:  # longest common suffix of what is left
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return max(len(old), len(new)) - prefix - lo


def keep_revision(
    *,
    now: datetime,
    old_title: str,
    old_body: str,
    new_title: str,
    new_body: str,
    old_saved_at: datetime,
    last_kept_at: datetime | None,
    session_start: bool = False,
) -> bool:
    """Whether the save replacing ``old_*`` with ``new_*`` keeps the old text as a revision."""
    if (old_title, old_body) == (new_title, new_body):
        return False  # nothing in the text changed (a tag, the mood, the date …)
    if not (old_title.strip() or old_body.strip()):
        return False  # nothing written yet worth keeping
    if session_start or last_kept_at is None:
        return True
    if now - old_saved_at >= SESSION_GAP or now - last_kept_at >= COALESCE_WINDOW:
        return True
    change = changed_chars(old_title, new_title) + changed_chars(old_body, new_body)
    return change >= LARGE_CHANGE_CHARS


def revisions_to_drop(stamps: Sequence[tuple[int, str]], now: datetime) -> list[int]:
    """Of ``(number, saved_at)`` pairs, the numbers thinning lets go (see the module's words);
    never the newest."""
    if not stamps:
        return []
    ordered = sorted(stamps)
    newest = ordered[-1][0]
    seen_days: set[str] = set()
    seen_weeks: set[tuple[int, int]] = set()
    drop: list[int] = []
    for number, saved_at in ordered:  # oldest first: the first of a day or week stays
        when = parse_time(saved_at)
        age = now - when
        if number == newest or age < KEEP_ALL_FOR:
            continue
        if age < DAILY_FOR:
            day = when.date().isoformat()
            if day in seen_days:
                drop.append(number)
            seen_days.add(day)
        else:
            iso = when.isocalendar()
            week = (iso.year, iso.week)
            if week in seen_weeks:
                drop.append(number)
            seen_weeks.add(week)
    return drop


def telling_lines(current_body: str, revisions: Sequence[Revision]) -> list[str]:
    """For each revision (newest first), the line that tells it apart in a list: its first
    line that the next newer version (or the current text) no longer has, else its last line.
    Drafts often share their first line, so "the first line" alone would show the same words
    on every row."""
    lines: list[str] = []
    newer = current_body
    for rev in revisions:
        newer_lines = {line.strip() for line in newer.splitlines()}
        chosen = ""
        for line in rev.body.splitlines():
            if line.strip() and line.strip() not in newer_lines:
                chosen = first_line(line)
                break
        if not chosen:
            written = [line for line in rev.body.splitlines() if first_line(line)]
            chosen = first_line(written[-1]) if written else ""
        lines.append(chosen or rev.title.strip() or "(no words)")
        newer = rev.body
    return lines


def parse_time(text: str) -> datetime:
    """A stored UTC timestamp (``2026-12-03T14:00:00.000+00:00``) as an aware datetime."""
    return datetime.fromisoformat(text)


def when_in_words(saved_at: str, now: datetime) -> str:
    """A revision's time for the History list: "today at 14:05", "yesterday at 09:12",
    "Tuesday 1 December at 20:40", "3 March 2025 at 08:00" (local time)."""
    when = parse_time(saved_at).astimezone()
    local_now = now.astimezone()
    clock = when.strftime("%H:%M")
    days = (local_now.date() - when.date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    if when.year == local_now.year:
        return f"{when.strftime('%A')} {when.day} {when.strftime('%B')} at {clock}"
    return f"{when.day} {when.strftime('%B %Y')} at {clock}"
