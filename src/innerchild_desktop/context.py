"""The composition root's product: everything a front end needs, built once and handed down.

No singletons: the GUI and the CLI each build an AppContext; tests build only what they need.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import vault
from innerchild_desktop.store.keyslots import KdfParams


@dataclass
class AppContext:
    paths: JournalPaths
    kdf: KdfParams | None = None  # None: calibrate on this machine at setup
    journal: vault.Journal | None = field(default=None, repr=False)

    @property
    def has_journal(self) -> bool:
        return vault.journal_exists(self.paths)

    @property
    def unlocked(self) -> bool:
        return self.journal is not None and self.journal.is_open

    @property
    def service(self) -> JournalService:
        if self.journal is None:
            raise RuntimeError("the journal is locked")
        return JournalService(self.journal)

    # The next two run in a worker thread (Argon2id takes ~0.4 s); attach() runs on the GUI one.
    def open(self, passphrase: str) -> vault.Journal:
        return vault.open_journal(self.paths, passphrase)

    def create(self, passphrase: str) -> tuple[vault.Journal, str]:
        return vault.create_journal(self.paths, passphrase, self.kdf)

    def attach(self, journal: vault.Journal) -> None:
        self.journal = journal

    def lock(self) -> None:
        if self.journal is not None:
            self.journal.close()
        self.journal = None
