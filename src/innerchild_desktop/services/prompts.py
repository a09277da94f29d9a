"""Prompt use cases: today's prompt and "another", history, packs, programs.

The engine (domain.prompt_selection) is pure; this module gathers its inputs from the
encrypted journal (offer history, answers, skips, favourites, settings, the latest distress
rating) and records what happens.

The deepest level offered is stored the first time it is needed: gentle for a new journal, and
for a journal that was already offered prompts the "up to reflective" it had been getting
(domain.prompt_care.starting_depth), so it never changes under anyone.
"""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_care import invite_deeper as _invite_deeper
from innerchild_desktop.domain.prompt_care import starting_depth
from innerchild_desktop.domain.prompt_parsing import MAX_PACK_BYTES, pack_too_large
from innerchild_desktop.domain.prompt_programs import ProgramProgress
from innerchild_desktop.domain.prompt_selection import (
    Answered,
    MemoryCue,
    Offer,
    SelectionSettings,
    SelectionState,
    Shown,
    Skipped,
    another_prompt,
    memory_prompt,
    needs_gentleness,
    todays_prompt,
)
from innerchild_desktop.domain.prompt_writing import (
    PackDraft,
    build_pack,
    draft_from_data,
    draft_from_pack,
    draft_problems,
    draft_to_data,
    pack_to_toml,
)
from innerchild_desktop.domain.prompts import (
    Depth,
    Prompt,
    PromptLibrary,
    PromptLibraryError,
    PromptPack,
    load_library,
    make_user_prompt,
    parse_pack,
    shipped_exercise_ids,
)
from innerchild_desktop.store.settings import get_setting, set_setting
from innerchild_desktop.store.vault import Journal

HISTORY_DAYS = 120
PROMPT_SETTINGS = "prompt_settings"  # {"avoid_themes": [...], "max_depth": "gentle"}
# "dismissed" once the "you can go deeper" line was closed or a deeper setting was chosen.
DEEPER_INVITATION = "deeper_prompts_invitation"


@functools.cache
def shipped_library() -> PromptLibrary:
    return load_library()


def library(journal: Journal) -> PromptLibrary:
    """The shipped library plus every imported pack."""
    lib = shipped_library()
    for (document,) in journal.conn.execute("SELECT document FROM prompt_packs ORDER BY id"):
        if len(document) > MAX_PACK_BYTES:  # stored before the limit: not parsed on every offer
            continue
        try:
            lib = lib.with_pack(parse_pack(document, "pack", shipped_library()))
        except InvalidInput:  # a pack that no longer validates is skipped, not fatal
            continue
    return lib


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(journal: Journal, prompt_id: str, event: str, entry_id: str | None = None) -> None:
    with journal.transaction() as conn:
        conn.execute(
            "INSERT INTO prompt_events (prompt_id, event, at, entry_id) VALUES (?,?,?,?)",
            (prompt_id, event, _now(), entry_id),
        )


def state(journal: Journal, today: date, seed: int = 0) -> SelectionState:
    prefs = settings(journal)  # first, so a new journal's starting depth is settled first
    since = (today - timedelta(days=HISTORY_DAYS)).isoformat()
    events = journal.conn.execute(
        "SELECT prompt_id, event, substr(at, 1, 10) FROM prompt_events WHERE at >= ? ORDER BY seq",
        (since,),
    ).fetchall()
    shown = tuple(Shown(p, date.fromisoformat(d)) for p, e, d in events if e == "shown")
    answered = tuple(Answered(p, date.fromisoformat(d)) for p, e, d in events if e == "answered")
    skipped = tuple(Skipped(p, date.fromisoformat(d)) for p, e, d in events if e == "skipped")
    flags: dict[str, set[str]] = {"favourite": set(), "hidden": set()}
    for prompt_id, event, _ in journal.conn.execute(
        "SELECT prompt_id, event, at FROM prompt_events WHERE event IN"
        " ('favourite', 'unfavourite', 'hidden', 'unhidden') ORDER BY seq"
    ):
        if event in ("favourite", "hidden"):
            flags[event].add(prompt_id)
        else:
            flags["favourite" if event == "unfavourite" else "hidden"].discard(prompt_id)
    chosen = SelectionSettings(
        avoid_themes=frozenset(prefs.get("avoid_themes", [])),
        max_depth=Depth(prefs["max_depth"]),
        hidden=frozenset(flags["hidden"]),
        favourites=frozenset(flags["favourite"]),
    )
    row = journal.conn.execute(
        "SELECT distress FROM entries WHERE distress IS NOT NULL AND deleted_at IS NULL"
        " ORDER BY updated_at DESC LIMIT 1"
    ).fetchone()
    overwhelmed = get_setting(journal.conn, "overwhelmed_on") == today.isoformat()
    return SelectionState(
        today=today,
        seed=seed,
        shown=shown,
        answered=answered,
        skipped=skipped,
        settings=chosen,
        latest_distress=row[0] if row else None,
        overwhelmed_today=overwhelmed,
    )


def mark_overwhelmed(journal: Journal, today: date) -> None:
    """Remember (encrypted) that "I feel overwhelmed" was used today: prompts stay gentle."""
    with journal.transaction() as conn:
        set_setting(conn, "overwhelmed_on", today.isoformat())


def settings(journal: Journal) -> dict[str, Any]:
    """The prompt settings; the first call stores the journal's starting depth (see above)."""
    prefs = dict(get_setting(journal.conn, PROMPT_SETTINGS, {}) or {})
    if "max_depth" not in prefs:
        prefs["max_depth"] = starting_depth(has_prompt_history=_has_prompt_history(journal)).value
        with journal.transaction() as conn:
            set_setting(conn, PROMPT_SETTINGS, prefs)
    return prefs


def _has_prompt_history(journal: Journal) -> bool:
    """Whether prompts were ever offered or answered here (an earlier journal's own setting)."""
    row = journal.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM prompt_events)"
        " OR EXISTS (SELECT 1 FROM entries WHERE prompt_id IS NOT NULL)"
    ).fetchone()
    return bool(row[0])


def save_settings(journal: Journal, avoid_themes: list[str], max_depth: Depth) -> None:
    """Store the choices; choosing deeper than gentle means the invitation has done its work."""
    with journal.transaction() as conn:
        set_setting(
            conn,
            PROMPT_SETTINGS,
            {"avoid_themes": sorted(avoid_themes), "max_depth": max_depth.value},
        )
        if max_depth is not Depth.GENTLE:
            set_setting(conn, DEEPER_INVITATION, "dismissed")


def invite_deeper(journal: Journal, today: date) -> bool:
    """Whether the Prompts screen shows its quiet "when you feel ready" line about depth."""
    current = state(journal, today)
    answered = journal.conn.execute(
        "SELECT count(DISTINCT prompt_id) FROM prompt_events WHERE event = 'answered'"
    ).fetchone()[0]
    return _invite_deeper(
        current.settings.max_depth,
        answered=int(answered),
        dismissed=get_setting(journal.conn, DEEPER_INVITATION) == "dismissed",
        heavy_day=needs_gentleness(current),
    )


def dismiss_invitation(journal: Journal) -> None:
    """Closed by the person: the invitation is not shown again in this journal."""
    with journal.transaction() as conn:
        set_setting(conn, DEEPER_INVITATION, "dismissed")


def user_prompts(journal: Journal) -> list[Prompt]:
    return [
        make_user_prompt(r[0], r[1], r[2], Depth(r[3]))
        for r in journal.conn.execute(
            "SELECT id, text, theme, depth FROM user_prompts ORDER BY created_at"
        )
    ]


def add_user_prompt(journal: Journal, text: str, theme: str, depth: Depth = Depth.GENTLE) -> str:
    import uuid

    prompt = make_user_prompt(f"mine-{uuid.uuid4().hex[:8]}", text, theme, depth)
    with journal.transaction() as conn:
        conn.execute(
            "INSERT INTO user_prompts (id, text, theme, depth, created_at) VALUES (?,?,?,?,?)",
            (prompt.id, prompt.text, prompt.theme, prompt.depth.value, _now()),
        )
    return prompt.id


def favourites(journal: Journal, today: date) -> list[Prompt]:
    lib = library(journal)
    mine = {p.id: p for p in user_prompts(journal)}
    ids = sorted(state(journal, today).settings.favourites)
    return [p for p in (lib.prompt(i) or mine.get(i) for i in ids) if p is not None]


def offer(journal: Journal, today: date, *, another: bool = False) -> Offer | None:
    lib = library(journal)
    current = state(journal, today)
    chosen = (another_prompt if another else todays_prompt)(lib, current, user_prompts(journal))
    if chosen is not None:
        record(journal, chosen.prompt_id, "shown")
    return chosen


def memory_offer(journal: Journal, today: date) -> Offer | None:
    from innerchild_desktop.services.timeline import describe, timeline

    cues = [MemoryCue(r.id, r.title, describe(r), r.heavy) for r in timeline(journal)]
    return memory_prompt(library(journal), cues, state(journal, today))


def read_pack_file(path: Path) -> str:
    """A pack file's text: a regular file of at most MAX_PACK_BYTES, UTF-8; else InvalidInput.

    Never opens a folder, a named pipe or a device (a pipe would wait forever), and never reads
    more than the limit, whatever the file claims its size is.
    """
    not_a_file = f"{path.name} is not a file; please choose a prompt pack file."
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:
        raise InvalidInput(not_a_file) from None
    except OSError as err:
        raise InvalidInput(
            f"{path.name} could not be read ({err.strerror or err}); nothing was imported."
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InvalidInput(not_a_file)
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(MAX_PACK_BYTES + 1)
    if len(raw) > MAX_PACK_BYTES:
        raise pack_too_large(path.name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text, so it was not imported.") from None


def import_pack(journal: Journal, path: Path) -> tuple[str, int]:
    """Import a therapist's pack; importing the same pack again replaces it (no duplicates)."""
    document = read_pack_file(path)
    pack = parse_pack(document, path.name, shipped_library())
    with journal.transaction() as conn:
        conn.execute(
            "INSERT INTO prompt_packs (id, name, author, version, imported_at, document)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " author = excluded.author, version = excluded.version,"
            " imported_at = excluded.imported_at, document = excluded.document",
            (pack.info.id, pack.info.name, pack.info.author, pack.info.version, _now(), document),
        )
    return pack.info.name, len(pack.prompts)


def packs(journal: Journal) -> list[tuple[str, str, str]]:
    return [
        (r[0], r[1], r[2])
        for r in journal.conn.execute("SELECT id, name, author FROM prompt_packs ORDER BY name")
    ]


def remove_pack(journal: Journal, pack_id: str) -> bool:
    with journal.transaction() as conn:
        return conn.execute("DELETE FROM prompt_packs WHERE id = ?", (pack_id,)).rowcount > 0


def program_progress(journal: Journal, program_id: str) -> ProgramProgress | None:
    row = journal.conn.execute(
        "SELECT started_on, completed, paused FROM program_progress WHERE program_id = ?",
        (program_id,),
    ).fetchone()
    if row is None:
        return None
    import json

    done = tuple((step, date.fromisoformat(day)) for step, day in json.loads(row[1]))
    return ProgramProgress(program_id, date.fromisoformat(row[0]), done, bool(row[2]))


def save_program_progress(journal: Journal, progress: ProgramProgress) -> None:
    import json

    with journal.transaction() as conn:
        conn.execute(
            "INSERT INTO program_progress (program_id, started_on, completed, paused, updated_at)"
            " VALUES (?,?,?,?,?) ON CONFLICT (program_id) DO UPDATE SET"
            " started_on = excluded.started_on, completed = excluded.completed,"
            " paused = excluded.paused, updated_at = excluded.updated_at",
            (
                progress.program_id,
                progress.started_on.isoformat(),
                json.dumps([[s, d.isoformat()] for s, d in progress.completed]),
                int(progress.paused),
                _now(),
            ),
        )


# --- packs made in the app ("Make a pack for my group…") -----------------------------------------
PACK_DRAFT = "pack_draft"  # the pack editor's unfinished pack, kept inside the encrypted journal


def group_prompts(journal: Journal) -> list[Prompt]:
    """Prompts from imported packs ("From my group") in the leader's order: packs in the order
    they were imported, each pack's prompts in the order its file lists them (the stored
    document is the file itself, so that order is its order index)."""
    found: list[Prompt] = []
    for (document,) in journal.conn.execute(
        "SELECT document FROM prompt_packs ORDER BY imported_at, id"
    ):
        if len(document) > MAX_PACK_BYTES:
            continue
        try:
            found += parse_pack(document, "pack", shipped_library()).prompts
        except InvalidInput:  # a pack that no longer validates is skipped, as in library()
            continue
    return found


@dataclass(frozen=True)
class PreparedPack:
    """A draft made into a pack: its TOML text, or what to fix first (in the editor's words)."""

    pack: PromptPack | None
    text: str
    problems: tuple[str, ...]


def _taken_ids() -> frozenset[str]:
    lib = shipped_library()
    return frozenset(
        [p.id for p in lib.prompts] + [t.id for t in lib.templates] + [p.id for p in lib.programs]
    )


@functools.cache
def pack_exercises() -> tuple[tuple[str, str], ...]:
    """(id, name) of the shipped exercises a week of a pack may suggest."""
    from innerchild_desktop.domain.exercises import load_library as load_exercises

    shipped = shipped_exercise_ids()
    return tuple(
        (e.id, e.name) for e in load_exercises().exercises if e.id in shipped and not e.user_made
    )


def prepare_pack(draft: PackDraft) -> PreparedPack:
    """Build and write the pack, then read the text back through the importer's own checks."""
    problems = draft_problems(draft)
    if problems:
        return PreparedPack(None, "", tuple(problems))
    text = pack_to_toml(build_pack(draft, _taken_ids()))
    try:
        pack = parse_pack(text, "pack", shipped_library())
    except PromptLibraryError as err:
        return PreparedPack(None, text, tuple(p.message for p in err.problems))
    return PreparedPack(pack, text, ())


def export_pack(draft: PackDraft, path: Path, *, overwrite: bool = False) -> PromptPack:
    """Write the pack where the leader chose, atomically; an existing file is replaced only
    with ``overwrite=True`` (the editor asks first). Raises InvalidInput with what to fix."""
    prepared = prepare_pack(draft)
    if prepared.pack is None:
        raise InvalidInput("The pack is not ready yet:\n" + "\n".join(prepared.problems))
    if path.exists() and not overwrite:
        raise InvalidInput(f"There is already a file called {path.name}; nothing was written.")
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder {path.parent} does not exist; nothing was written.")
    from innerchild_desktop.services.transfer.common import write_private_file

    write_private_file(path, prepared.text.encode("utf-8"))
    return prepared.pack


def open_pack_file(path: Path) -> PackDraft:
    """A pack file (one made here, or by hand) as a draft to change; raises InvalidInput."""
    return draft_from_pack(parse_pack(read_pack_file(path), path.name, shipped_library()))


def pack_draft(journal: Journal) -> PackDraft | None:
    """The unfinished pack kept from last time, if any."""
    return draft_from_data(get_setting(journal.conn, PACK_DRAFT))


def save_pack_draft(journal: Journal, draft: PackDraft | None) -> None:
    """Keep the unfinished pack inside the encrypted journal (None forgets it)."""
    with journal.transaction() as conn:
        set_setting(conn, PACK_DRAFT, None if draft is None else draft_to_data(draft))
