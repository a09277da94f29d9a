"""The person's own life stages ("when we lived on Elm Street: 4-9"), the ``life_stages`` table.

The shipped stages (domain.feelings.LIFE_STAGES) are not stored; only one's own are."""

from __future__ import annotations

from collections.abc import Sequence

from innerchild_desktop.domain.feelings import LifeStage
from innerchild_desktop.store.connection import Connection


def list_stages(conn: Connection) -> tuple[LifeStage, ...]:
    """One's own stages, in the order they were written."""
    return tuple(
        LifeStage(r[0], r[1], r[2], r[3], r[4])
        for r in conn.execute(
            "SELECT name, start_age, end_age, start_year, end_year FROM life_stages ORDER BY id"
        )
    )


def replace_stages(conn: Connection, stages: Sequence[LifeStage]) -> None:
    """Replace the whole list (run inside the caller's transaction)."""
    conn.execute("DELETE FROM life_stages")
    conn.executemany(
        "INSERT INTO life_stages (name, start_age, end_age, start_year, end_year)"
        " VALUES (?,?,?,?,?)",
        [(s.name, s.start_age, s.end_age, s.start_year, s.end_year) for s in stages],
    )
