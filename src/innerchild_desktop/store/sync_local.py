"""This computer's sync settings and what it knows of the others, inside the encrypted journal.

The folder and the vault's data key are kept in ``sync_state`` (so syncing again needs only the
journal's passphrase, never the sync passphrase a second time); the other computers' names and
what each has applied, as their own records in the folder say, in ``sync_devices``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from innerchild_desktop.store.connection import Connection


@dataclass(frozen=True)
class SyncConfig:
    folder: str
    vault_id: str
    vault_key: bytes


def load_config(conn: Connection) -> SyncConfig | None:
    """The folder and vault this journal syncs with, or None if it was never set up."""
    has = conn.execute(
        "SELECT 1 FROM pragma_table_info('sync_state') WHERE name = 'vault_key'"
    ).fetchone()
    if has is None:
        return None
    row = conn.execute(
        "SELECT folder, vault_id, vault_key FROM sync_state WHERE id = 1 AND vault_key IS NOT NULL"
    ).fetchone()
    if row is None:
        return None
    return SyncConfig(str(row[0]), str(row[1]), bytes(row[2]))


def save_config(conn: Connection, folder: str, vault_id: str, vault_key: bytes) -> None:
    """Remember the folder and vault (sync_state's row must exist: sync was enabled first)."""
    conn.execute(
        "UPDATE sync_state SET folder = ?, vault_id = ?, vault_key = ? WHERE id = 1",
        (folder, vault_id, vault_key),
    )


def forget_config(conn: Connection) -> None:
    conn.execute("UPDATE sync_state SET folder = NULL, vault_id = NULL, vault_key = NULL")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class KnownDevice:
    device: str
    name: str
    applied: dict[str, int]
    last_seen: str | None


def remember_device(
    conn: Connection, device: str, name: str, applied: Mapping[str, int], *, seen: bool = True
) -> None:
    conn.execute(
        "INSERT INTO sync_devices (device, name, applied, last_seen) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (device) DO UPDATE SET name = excluded.name, applied = excluded.applied,"
        " last_seen = coalesce(excluded.last_seen, sync_devices.last_seen)",
        (device, name, json.dumps(dict(applied), sort_keys=True), _now() if seen else None),
    )


def known_devices(conn: Connection) -> list[KnownDevice]:
    rows = conn.execute(
        "SELECT device, name, applied, last_seen FROM sync_devices ORDER BY name, device"
    ).fetchall()
    found = []
    for device, name, applied, last_seen in rows:
        try:
            parsed = json.loads(applied)
        except ValueError:
            parsed = {}
        clean = {str(k): int(v) for k, v in parsed.items() if isinstance(v, int)}
        found.append(KnownDevice(str(device), str(name), clean, last_seen))
    return found


def device_names(conn: Connection) -> dict[str, str]:
    return {d.device: d.name for d in known_devices(conn)}
