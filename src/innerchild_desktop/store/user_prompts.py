"""Prompts the person wrote for themselves."""

from __future__ import annotations

from innerchild_desktop.store.connection import Connection


def list_user_prompts(conn: Connection) -> list[tuple[str, str, str, str]]:
    """(id, text, theme, depth) of every own prompt, oldest first."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in conn.execute("SELECT id, text, theme, depth FROM user_prompts ORDER BY created_at")
    ]


def insert_user_prompt(
    conn: Connection, prompt_id: str, text: str, theme: str, depth: str, created_at: str
) -> None:
    conn.execute(
        "INSERT INTO user_prompts (id, text, theme, depth, created_at) VALUES (?,?,?,?,?)",
        (prompt_id, text, theme, depth, created_at),
    )
