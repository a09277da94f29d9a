"""Checking an open journal: SQLCipher's HMACs, SQLite's integrity check and FTS5's own."""

from __future__ import annotations

from dataclasses import dataclass

from innerchild_desktop.domain.errors import raise_if_disk_full
from innerchild_desktop.store import fts
from innerchild_desktop.store.connection import Connection
from innerchild_desktop.store.vault import DatabaseError


@dataclass(frozen=True)
class VerifyReport:
    cipher_errors: list[str]
    integrity: list[str]
    fts_ok: bool
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and self.integrity == ["ok"] and self.fts_ok


def integrity_report(conn: Connection, *, fts_command: bool = True) -> VerifyReport:
    """Run SQLCipher's HMAC check, SQLite's integrity check and FTS5's own check.

    FTS5's check is an INSERT command, refused on a read-only connection (a journal in a
    read-only folder): there ``fts_command=False`` leaves it out rather than call it damage.
    """
    try:
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except DatabaseError as exc:
        raise_if_disk_full(exc)
        return VerifyReport([f"the database is damaged ({exc})"], [], False, -1)
    fts_ok = fts.in_step(conn)
    for table in fts.present_tables(conn) if fts_command else ():
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except DatabaseError:
            fts_ok = False
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return VerifyReport(cipher, integrity, fts_ok, version)
