"""Imported prompt packs: each kept as the file's own text (its document) inside the journal."""

from __future__ import annotations

from innerchild_desktop.store.connection import Connection


def documents(conn: Connection, *, by_import: bool = False) -> list[str]:
    """Every pack's text: by id, or in the order they were imported (``by_import``)."""
    order = "imported_at, id" if by_import else "id"
    return [str(d) for (d,) in conn.execute(f"SELECT document FROM prompt_packs ORDER BY {order}")]


def save_pack(
    conn: Connection,
    pack_id: str,
    name: str,
    author: str,
    version: str,
    imported_at: str,
    document: str,
) -> None:
    """Keep a pack; one with the same id is replaced (importing again never duplicates)."""
    conn.execute(
        "INSERT INTO prompt_packs (id, name, author, version, imported_at, document)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        " author = excluded.author, version = excluded.version,"
        " imported_at = excluded.imported_at, document = excluded.document",
        (pack_id, name, author, version, imported_at, document),
    )


def list_packs(conn: Connection) -> list[tuple[str, str, str]]:
    """(id, name, author) of every pack, by name."""
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in conn.execute("SELECT id, name, author FROM prompt_packs ORDER BY name")
    ]


def delete_pack(conn: Connection, pack_id: str) -> bool:
    return conn.execute("DELETE FROM prompt_packs WHERE id = ?", (pack_id,)).rowcount > 0
