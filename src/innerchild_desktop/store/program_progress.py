"""Where the person is in each guided program: started, steps done (with the day), paused."""

from __future__ import annotations

import json
from datetime import date

from innerchild_desktop.domain.prompt_programs import ProgramProgress
from innerchild_desktop.store.connection import Connection


def get_progress(conn: Connection, program_id: str) -> ProgramProgress | None:
    row = conn.execute(
        "SELECT started_on, completed, paused FROM program_progress WHERE program_id = ?",
        (program_id,),
    ).fetchone()
    if row is None:
        return None
    done = tuple((step, date.fromisoformat(day)) for step, day in json.loads(row[1]))
    return ProgramProgress(program_id, date.fromisoformat(row[0]), done, bool(row[2]))


def save_progress(conn: Connection, progress: ProgramProgress, updated_at: str) -> None:
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
            updated_at,
        ),
    )
