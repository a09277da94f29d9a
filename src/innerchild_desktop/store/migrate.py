"""Bringing an older journal up to today's format, after an encrypted snapshot of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from innerchild_desktop.paths import JournalPaths, ensure_private_dir
from innerchild_desktop.store import schema
from innerchild_desktop.store.atomic import atomic_write_bytes
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.vault import complete_statement, export_encrypted_copy, transaction


def snapshot_before_migration(
    paths: JournalPaths, conn: Connection, master: bytearray, version: int
) -> Path:
    ensure_private_dir(paths.backups)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    dest = paths.backups / f"pre-migration-v{version}-{stamp}.db"
    export_encrypted_copy(conn, master, dest)
    slots_copy = dest.with_suffix(".keyslots.json")
    atomic_write_bytes(slots_copy, paths.key_slots.read_bytes())
    return dest


def migrate(conn: Connection, current: int) -> int:
    steps = schema.pending(current)
    for migration in steps:
        with transaction(conn):
            for statement in split_sql(migration.sql):
                conn.execute(statement)
            if migration.step is not None:
                migration.step(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        current = migration.version
    return current


def split_sql(sql: str) -> list[str]:
    """Split a script into whole statements (triggers included) with SQLite's own parser."""
    statements: list[str] = []
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError("a migration script ends in an incomplete statement")
    return statements
