"""Exercise sessions (self-soothing history)."""

from __future__ import annotations

import uuid

from innerchild_desktop.domain.sessions import SessionRecord
from innerchild_desktop.store.connection import Connection

__all__ = [
    "SessionRecord",
    "count_sessions",
    "delete_all_sessions",
    "insert_session",
    "list_sessions",
]


def insert_session(conn: Connection, session: SessionRecord) -> str:
    session_id = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO sessions (id, exercise_id, started_at, ended_at, completed, distress_before,"
        " distress_after, note) VALUES (?,?,?,?,?,?,?,?)",
        (
            session_id,
            session.exercise_id,
            session.started_at,
            session.ended_at,
            int(session.completed),
            session.distress_before,
            session.distress_after,
            session.note,
        ),
    )
    return session_id


def count_sessions(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])


def list_sessions(conn: Connection, limit: int = 10_000) -> list[SessionRecord]:
    rows = conn.execute(
        "SELECT exercise_id, started_at, ended_at, completed, distress_before, distress_after,"
        " note FROM sessions ORDER BY started_at DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [SessionRecord(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6]) for r in rows]


def delete_all_sessions(conn: Connection) -> int:
    return int(conn.execute("DELETE FROM sessions").rowcount)
