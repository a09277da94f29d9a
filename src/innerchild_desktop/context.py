"""The composition root's product: everything a front end needs, built once and handed down.

No singletons: the GUI and the CLI each build an AppContext; tests build only what they need.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from innerchild_desktop.domain.errors import JournalReadOnly
from innerchild_desktop.paths import JournalPaths

# Each service is imported when it is first asked for, so a command loads only the areas it
# uses (`innerchild search` does not pay for transfer, prompts or backups at start-up).
if TYPE_CHECKING:
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.services.backup import BackupService
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.services.prompts import PromptService
    from innerchild_desktop.services.safety import SafetyService
    from innerchild_desktop.services.session import OpenJournal
    from innerchild_desktop.services.soothe import SootheService
    from innerchild_desktop.services.sync import SyncService
    from innerchild_desktop.services.timeline import TimelineService
    from innerchild_desktop.services.transfer.service import TransferService
    from innerchild_desktop.store.keyslots import KdfParams

WINDOW_READ_ONLY = (
    "This journal's folder is read-only, so the app cannot open it: it saves as you write. "
    "Allow writing there, or copy the folder somewhere you can write. Nothing was changed; "
    "'innerchild list' and 'innerchild show' can read it as it is."
)


@dataclass
class AppContext:
    paths: JournalPaths
    kdf: KdfParams | None = None  # None: calibrate on this machine at setup
    journal: OpenJournal | None = field(default=None, repr=False)

    @property
    def has_journal(self) -> bool:
        """A database in place is a journal (opening it settles a restore a crash cut short
        first), found without loading the store: the window asks before its lock screen shows
        (issue 20). Without one, AccessService settles such a restore and looks again."""
        return self.paths.database.exists() or self.access.exists()

    @property
    def access(self) -> AccessService:
        """Create, open, passphrase, new key, recovery key: works while locked too."""
        from innerchild_desktop.services.access import AccessService

        return AccessService(self.paths, self.kdf)

    @property
    def backups(self) -> BackupService:
        """Backups: writing one needs the journal open; checking and restoring do not."""
        from innerchild_desktop.services.backup import BackupService

        return BackupService(self.paths, self.journal if self.unlocked else None)

    @property
    def unlocked(self) -> bool:
        return self.journal is not None and self.journal.is_open

    @property
    def service(self) -> JournalService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.journal import JournalService

        return JournalService(self.journal)

    @property
    def soothe(self) -> SootheService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.soothe import SootheService

        return SootheService(self.journal)

    @property
    def safety(self) -> SafetyService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.safety import SafetyService

        return SafetyService(self.journal)

    @property
    def sync(self) -> SyncService:
        """Using the journal on more than one computer through a synced folder."""
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.sync import SyncService

        return SyncService(self.journal)

    @property
    def timeline(self) -> TimelineService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.timeline import TimelineService

        return TimelineService(self.journal)

    @property
    def prompts(self) -> PromptService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.prompts import PromptService

        return PromptService(self.journal)

    @property
    def transfer(self) -> TransferService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        from innerchild_desktop.services.transfer.service import TransferService

        return TransferService(self.journal)

    # The next two run in a worker thread (Argon2id takes ~0.4 s); attach() runs on the GUI one.
    def open(self, passphrase: str) -> OpenJournal:
        journal = self.access.open(passphrase)
        if journal.read_only:  # the window saves as you write: it needs a folder it can write
            journal.close()
            raise JournalReadOnly(WINDOW_READ_ONLY)
        return journal

    def create(self, passphrase: str) -> tuple[OpenJournal, str]:
        return self.access.create(passphrase)

    def attach(self, journal: OpenJournal) -> None:
        self.journal = journal

    def lock(self) -> None:
        if self.journal is not None:
            self.journal.close()
        self.journal = None
