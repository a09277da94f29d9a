"""Sync in the background while the journal is open: once after unlocking, then on a timer, a
few seconds after a save, and when files change in the sync folder (``watchdog``, if present).

Never while locked: locking stops the timers and the folder watch, after one last sync that
sends what waits (errors only change the quiet status line). No popups from background sync
but one: a change from another computer that would move many entries to the trash waits for
the person's yes.

Sync runs on the GUI thread, on purpose: it uses the journal's one connection, which the editor
also writes to as the person types, and a batch is small (a few thousand operations at most,
milliseconds to a fraction of a second). A worker thread would need a second connection or a
lock around every save for little gain. It never runs re-entrantly (``_syncing``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.services.sync import HeldDeletes, SyncFolderMissing, SyncReport
from innerchild_desktop.ui.failures import describe_failure
from innerchild_desktop.ui.question import ask

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.services.sync import SyncService
    from innerchild_desktop.ui.workspace import Workspace

EVERY_MS = 60_000  # the timer: what other computers wrote arrives within a minute
AFTER_SAVE_MS = 3_000  # a pause in writing, then what was saved goes out
AFTER_FOLDER_MS = 2_000  # files settle (a sync tool copies several at once) before reading
WRITES = frozenset({"created", "modified", "moved", "closed"})  # watchdog's event types
SYNCED = QT_TRANSLATE_NOOP("sync_runner", "Synced a moment ago")
FOLDER_AWAY = QT_TRANSLATE_NOOP("sync_runner", "The sync folder isn't there right now")
NOT_SYNCED = QT_TRANSLATE_NOOP("sync_runner", "Not synced just now; it tries again in a minute")


def held_words(held: HeldDeletes) -> str:
    name = held.device_name or translate("sync_runner", "another computer")
    return translate(
        "sync_runner",
        "A change from {name} would move {count} of your %n entries to the trash.",
        None,
        held.live,
    ).format(name=name, count=held.deleting)


def ask_about_held(
    parent: QWidget, held: HeldDeletes, apply_it: Callable[[], None], not_now: Callable[[], None]
) -> QMessageBox:
    """The one question background sync may ask: calm, "Not now" the default (Enter and Esc)."""
    return ask(
        parent,
        translate("sync_runner", "A change waits for you"),
        held_words(held),
        translate(
            "sync_runner",
            "Entries in the trash can be brought back. If this isn't what you meant, choose "
            "Not now: nothing changes here, and the change waits until you decide "
            "(Settings → Use on more than one computer).",
        ),
        careful=translate("sync_runner", "Not now"),
        other=translate("sync_runner", "Apply it"),
        on_other=apply_it,
        on_careful=not_now,
    )


class _FolderWatch:
    """Watch the sync folder with watchdog; ``changed`` is called on watchdog's own thread."""

    def __init__(self, root: Path, own_device: str, changed: Callable[[], None]) -> None:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event: FileSystemEvent) -> None:
                if event.is_directory or event.event_type not in WRITES:
                    return  # reading files (ours, when syncing) must not wake us: a loop
                paths = f"{event.src_path!s} {getattr(event, 'dest_path', '')!s}"
                if own_device and own_device in paths:
                    return  # this computer's own writes: nothing to bring in
                changed()

        self.observer: Any = Observer()
        self.observer.daemon = True
        self.observer.schedule(Handler(), str(root), recursive=True)
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        self.observer.join(5)


class SyncRunner(QObject):
    """Owned by the main window; sees the journal only through ``context`` while unlocked."""

    status_changed = Signal(str)
    synced = Signal(object)  # the SyncReport, or None when the attempt failed
    _folder_changed = Signal()  # from watchdog's thread, queued to this (the GUI) thread

    def __init__(self, context: AppContext, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.workspace, self.parent_widget = context, workspace, parent
        self.label = QLabel()
        self.label.setAccessibleName(translate("sync_runner", "Sync status"))
        self.label.setProperty("role", "muted")
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.after_save = self._single_shot(AFTER_SAVE_MS)
        self.after_folder = self._single_shot(AFTER_FOLDER_MS)
        self._folder_changed.connect(self.after_folder.start)
        self.watch: _FolderWatch | None = None
        self.held: list[HeldDeletes] = []  # waiting for the person, as the last sync found
        self.held_box: QMessageBox | None = None
        self._declined: set[tuple[str, int]] = set()  # "Not now" this session: not asked again
        self._syncing = False
        self._busy = False  # set up or join running in a worker: no sync meanwhile
        self._patience: Any = None  # one per unlocked session (see sync_folder.Patience)
        self.problem = ""

    def _single_shot(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.tick)
        return timer

    # --- life ---------------------------------------------------------------------------------
    def _service(self) -> SyncService | None:
        return self.context.sync if self.context.unlocked else None

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        """After unlocking (or once sync is set up): sync now, then keep in step."""
        service = self._service()
        if service is None or not service.is_on():
            self.stop()
            return
        if self._patience is None:
            self._patience = service.new_patience()
        self.sync_once()
        self.timer.start()
        self._watch(service)

    def _watch(self, service: SyncService) -> None:
        """Files arriving in the sync folder start a sync soon; without watchdog (or where it
        fails, say on a network drive) the timer alone keeps things in step."""
        if self.watch is not None:
            return
        folder = service.status().folder
        device = service.device_id() or ""
        if folder is None:
            return
        root = service.files_folder(Path(folder))
        try:
            self.watch = _FolderWatch(root, device, self._folder_changed.emit)
        except Exception:  # missing module, no inotify slots left, the folder away
            self.watch = None

    def stop(self) -> None:
        """Locked, or sync turned off: no timer, no watch, no question left on screen."""
        self.timer.stop()
        self.after_save.stop()
        self.after_folder.stop()
        if self.watch is not None:
            with contextlib.suppress(Exception):  # a watch failing to stop must not block locking
                self.watch.stop()
            self.watch = None
        if self.held_box is not None:
            self.held_box.done(0)
            self.held_box = None

    def set_busy(self, busy: bool) -> None:
        """Told by Settings while setting up or joining runs in a worker thread."""
        self._busy = busy

    def before_lock(self) -> None:
        """Locking or quitting: send what waits (one sync, any error only noted), then stop."""
        self.stop()
        self.workspace.settings_page.sync.wait()  # a set up or join still running ends first
        if self._service() is not None and not self._busy:
            self.sync_once(ask_held=False, refresh=False)
        self.held, self._declined, self._patience = [], set(), None
        self.label.clear()

    def entry_saved(self, _entry_id: str = "") -> None:
        """A save: once writing pauses, what waits goes out."""
        service = self._service()
        if self.running and service is not None and service.pending_count() > 0:
            self.after_save.start()

    # --- syncing ------------------------------------------------------------------------------
    def tick(self) -> None:
        """The timers' and the folder watch's slot (tests call it directly)."""
        if self.running:
            self.sync_once()

    def sync_once(
        self,
        *,
        allow_deletes: bool = False,
        ask_held: bool = True,
        refresh: bool = True,
        asked: bool = False,
    ) -> SyncReport | None:
        """One sync now. ``asked``: the person pressed "Sync now" (a change they put off is
        asked about again); ``ask_held`` False: never a question (locking)."""
        service = self._service()
        if service is None or self._syncing or self._busy or self._others_working():
            return None
        if not service.is_on():
            return None
        self._syncing = True
        report: SyncReport | None = None
        try:
            self.workspace.flush()  # what was just typed goes out with this sync
            report = service.sync(allow_deletes=allow_deletes, patience=self._patience)
        except SyncFolderMissing as exc:
            self._say(translate("sync_runner", FOLDER_AWAY), str(exc))
        except (InnerChildError, OSError) as exc:
            self._say(translate("sync_runner", NOT_SYNCED), describe_failure(exc))
        except Exception as exc:  # background work: quiet, and tried again in a minute
            self._say(translate("sync_runner", NOT_SYNCED), describe_failure(exc))
        finally:
            self._syncing = False
        if report is not None:
            self.held = list(report.held)
            self._say(
                translate("sync_runner", SYNCED)
                if not report.held
                else translate("sync_runner", "{change} It waits.").format(
                    change=held_words(report.held[0])
                )
            )
            if self.running and self.watch is None:  # the folder is back: watch it again
                self._watch(service)
            if refresh:
                self.show_changes(report)
            if ask_held and report.held:
                self._ask(report.held[0], asked_for=asked)
        self.synced.emit(report)
        return report

    def show_changes(self, report: SyncReport) -> None:
        """What arrived is shown: the pages that show it read it again (sync_refresh.py)."""
        if report.changed_here and self.context.unlocked:
            from innerchild_desktop.ui.sync_refresh import refresh_after_sync

            refresh_after_sync(self.parent_widget, report.applied)

    def _others_working(self) -> bool:
        """An import, export or backup, or a new key being made: the journal is theirs now
        (an import holds a long write; a sync waits for the next tick)."""
        window: Any = self.parent_widget
        transfers = getattr(window, "transfers", None)
        busy = transfers is not None and transfers.busy
        return bool(busy or getattr(window, "_renewing_key", False))

    def _say(self, text: str, detail: str = "") -> None:
        self.problem = detail or text  # the whole sentence, for "Sync now" in Settings
        self.label.setText(text)
        self.label.setToolTip(detail)
        self.status_changed.emit(text)

    # --- many entries to the trash -------------------------------------------------------------
    def _ask(self, held: HeldDeletes, *, asked_for: bool = False) -> None:
        key = (held.device, held.seq)
        if self.held_box is not None or (key in self._declined and not asked_for):
            return
        self.held_box = ask_about_held(
            self.parent_widget, held, self._apply_held, lambda: self._not_now(key)
        )

    def ask_again(self) -> None:
        """From Settings: the person asks to decide about the change that waits."""
        if self.held:
            self._ask(self.held[0], asked_for=True)

    def _apply_held(self) -> None:
        self.held_box = None
        self.sync_once(allow_deletes=True)

    def _not_now(self, key: tuple[str, int]) -> None:
        self.held_box = None
        self._declined.add(key)
