"""Backups: write one now, list them, check one, restore one; and check the journal itself.

A :class:`BackupService` is built from the journal's paths and, when it is open, the journal:
writing a backup needs the open journal, while checking and restoring a backup work on the
folder alone (a restore needs the journal closed, in fact). The files themselves are
:mod:`innerchild_desktop.store.backups`'s business.

A backup made before the journal's last new key (``innerchild passwd --new-key``) opens only
with the passphrase and recovery key of then; the list says so (:data:`BEFORE_NEW_KEY`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.attachments import Problem, check_all
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.store import backups, leftovers, rekey
from innerchild_desktop.store.backups import (
    BACKUP_SUFFIX,
    RESTORED_WITH_RECOVERY_KEY_CLI,
    RESTORED_WITH_RECOVERY_KEY_GUI,
    is_recovery_key,
)
from innerchild_desktop.store.integrity import VerifyReport

__all__ = [
    "BACKUP_SUFFIX",
    "BEFORE_NEW_KEY",
    "RESTORED_WITH_RECOVERY_KEY_CLI",
    "RESTORED_WITH_RECOVERY_KEY_GUI",
    "BackupListing",
    "BackupService",
    "JournalCheck",
    "is_recovery_key",
    "made_before_new_key",
]

BEFORE_NEW_KEY = "made before the new key — opens with the passphrase and recovery key you had then"


@dataclass(frozen=True)
class BackupListing:
    """One backup as the lists show it."""

    path: Path
    made_at: datetime
    before_new_key: bool = False
    app_version: str = ""

    @property
    def note(self) -> str:
        return BEFORE_NEW_KEY if self.before_new_key else ""

    def to_json(self) -> dict[str, object]:
        """``innerchild backup --list --json``: one backup."""
        return {
            "backup": str(self.path),
            "made_at": self.made_at.isoformat(),
            "before_new_key": self.before_new_key,
        }


@dataclass(frozen=True)
class JournalCheck:
    """``verify``: the integrity report and what interrupted runs left behind."""

    report: VerifyReport
    cleaned: list[Path] = field(default_factory=list)  # removed when the journal opened
    leftovers: list[Path] = field(default_factory=list)  # seen, could not be removed
    repaired: bool = False  # the search index was rebuilt
    attachments: list[Problem] = field(default_factory=list)  # services/attachments.check_all

    @property
    def ok(self) -> bool:
        return self.report.ok and not self.attachments

    def to_json(self) -> dict[str, object]:
        """``innerchild verify --json``: the report and the leftovers, as plain values."""
        return {
            "ok": self.ok,
            "cipher_errors": self.report.cipher_errors,
            "integrity": self.report.integrity,
            "fts_ok": self.report.fts_ok,
            "attachments": [
                {"id": p.attachment_id, "problem": p.sentence} for p in self.attachments
            ],
            "schema_version": self.report.schema_version,
            "cleaned": [str(p) for p in self.cleaned],
            "leftovers": [str(p) for p in self.leftovers],
        }


def made_before_new_key(made_at: datetime, renewed_at: datetime | None) -> bool:
    """Whether a backup made at ``made_at`` predates the key renewal at ``renewed_at``.

    Both are compared to the second (a backup's name and manifest keep no finer time), so a
    backup written in the same second as the renewal counts as made after it."""
    if renewed_at is None:
        return False
    made = made_at if made_at.tzinfo else made_at.replace(tzinfo=UTC)
    renewed = renewed_at if renewed_at.tzinfo else renewed_at.replace(tzinfo=UTC)
    return made.replace(microsecond=0) < renewed.replace(microsecond=0)


class BackupService:
    def __init__(self, paths: JournalPaths, journal: OpenJournal | None = None) -> None:
        self.paths = paths
        self.journal = journal

    def _open(self) -> OpenJournal:
        if self.journal is None or not self.journal.is_open:
            raise RuntimeError("the journal is locked")
        return self.journal

    # --- writing -------------------------------------------------------------------------------
    def backup_now(self, *, now: datetime | None = None, rotate: bool = True) -> Path:
        """A backup into the journal's own backups folder, old ones pruned by rotation."""
        return backups.backup_now(self._open(), now=now, rotate=rotate)

    def write_backup(self, dest: Path, *, own_connection: bool = False) -> Path:
        """A backup file at ``dest`` (its folder must exist). ``own_connection``: for a worker
        thread, on a read-only connection of its own."""
        journal = self._open()
        if not own_connection:
            return backups.write_backup(journal, dest)
        with journal.worker_view(write=False) as view:
            return backups.write_backup(view, dest)

    def prune(self) -> list[Path]:
        return backups.prune(self.paths.backups)

    # --- listing -------------------------------------------------------------------------------
    def key_renewed_at(self) -> datetime | None:
        """When the open journal last got a new key; None if never (or if it is locked)."""
        if self.journal is None or not self.journal.is_open:
            return None
        return rekey.renewed_at(self.journal.conn)

    def list_backups(self) -> list[BackupListing]:
        """The backups in the journal's backups folder, newest first."""
        renewed = self.key_renewed_at()
        return [
            BackupListing(path, when, made_before_new_key(when, renewed))
            for when, path in backups.list_backups(self.paths.backups)
        ]

    def describe(self, path: Path) -> BackupListing:
        """What a backup file's manifest says; raises InvalidInput if it is not a backup."""
        info = backups.read_manifest(path)
        renewed = self.key_renewed_at()
        before = info.journal_id == self._journal_id() and made_before_new_key(
            info.created_at, renewed
        )
        return BackupListing(path, info.created_at, before, info.app_version)

    def _journal_id(self) -> str | None:
        return self.journal.journal_id if self.journal is not None else None

    # --- checking and restoring ----------------------------------------------------------------
    def verify_backup(self, path: Path, secret: str) -> VerifyReport:
        """Check a backup completely with its passphrase or recovery key (a scratch copy in the
        journal's folder, removed after)."""
        return backups.verify_backup(path, secret, self.paths.root)

    def restore(self, path: Path, secret: str) -> Path | None:
        """Replace the (closed) journal with the backup once verified; returns where the
        previous journal files were kept (None if there were none)."""
        return backups.restore_backup(self.paths, path, secret)

    def check_journal(self, *, repair: bool = False) -> JournalCheck:
        """The open journal's integrity; ``repair`` rebuilds a damaged search index when the
        rest is sound."""
        journal = self._open()
        report = journal.verify()
        repaired = False
        if repair and not report.fts_ok and not report.cipher_errors and report.integrity == ["ok"]:
            journal.rebuild_search_index()
            report, repaired = journal.verify(), True
        found = leftovers.still_there(journal, self.paths.backups)
        damaged = not report.ok and (report.cipher_errors or report.integrity != ["ok"])
        problems = [] if damaged else check_all(journal.conn)  # a damaged file says so first
        return JournalCheck(report, list(journal.cleaned), found, repaired, problems)
