"""The main window: setup, lock screen and workspace in one stack, with menus and locking.

Menus and shortcuts live in window_actions.py, locking in window_lock.py, the ways to soothing
in window_soothe.py; failure sentences in failures.py.

The window title is always the app's name: it never shows journal content (it is visible in
task switchers, screen sharing and window lists).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from innerchild_desktop import APP_DISPLAY_NAME
from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.settings import AUTO_LOCK_MINUTES
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.ui.failures import describe_failure
from innerchild_desktop.ui.first_run import FirstRun
from innerchild_desktop.ui.idle import IdleWatcher
from innerchild_desktop.ui.lock_screen import LockScreen
from innerchild_desktop.ui.prefs_keys import WINDOW_GEOMETRY
from innerchild_desktop.ui.sample_journal import SampleSession
from innerchild_desktop.ui.setup_screen import SetupScreen
from innerchild_desktop.ui.soothe_entry import PlayerLauncher, SootheLauncher
from innerchild_desktop.ui.tasks import TaskRunner, wait_for_all
from innerchild_desktop.ui.upkeep import IndexUpkeep
from innerchild_desktop.ui.window_actions import LOCK_SHORTCUT, WindowMenus
from innerchild_desktop.ui.window_lock import WindowLock
from innerchild_desktop.ui.window_soothe import SootheRoutes
from innerchild_desktop.ui.workspace import Workspace


class MainWindow(WindowMenus, WindowLock, SootheRoutes, QMainWindow):
    """Menus (window_actions), locking (window_lock) and soothing (window_soothe) are mixed in."""

    def __init__(
        self,
        context: AppContext,
        *,
        launcher: SootheLauncher | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        if launcher is None:
            launcher = PlayerLauncher()
            launcher.soothe = lambda: self.context.soothe if self.context.unlocked else None
        self.launcher = launcher
        self.pending_sessions: list[object] = []  # finished while locked: saved only if asked
        self.tasks = TaskRunner(self)
        self.upkeep = IndexUpkeep(self.tasks, self)  # tidies the search index in the background
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1100, 720)
        self.setup = SetupScreen()
        self.lock_screen = LockScreen()
        self.workspace = Workspace()
        self.first_run = FirstRun()  # the optional welcome after the recovery key
        self.stack = QStackedWidget()
        for widget in (self.setup, self.lock_screen, self.workspace, self.first_run):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.status = QLabel()
        self.status.setAccessibleName("Status")
        self.statusBar().addWidget(self.status, 1)
        self.idle = IdleWatcher(idle_ms or 5 * 60_000, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._fixed_idle = idle_ms is not None
        self._soothe_windows: list[object] = []
        self._renewing_key = False  # a new key is being made: locking waits (key_renewal_running)
        self._build_menus()
        self._wire()
        self.sample = SampleSession(self)  # "Try a sample journal" on the setup screen
        self._restore_geometry()
        self.show_start()

    def _wire(self) -> None:
        self.setup.create_requested.connect(self._create)
        self.setup.completed.connect(self._setup_done)
        self.first_run.finished.connect(self._journal_changed)  # choices made: pages reload
        self.first_run.safety_plan_requested.connect(self.open_safety_plan)
        self.lock_screen.unlock_requested.connect(self._unlock)
        self.lock_screen.overwhelmed_requested.connect(self.open_calm)
        self.lock_screen.grounding_requested.connect(self.open_grounding)
        self.lock_screen.recover_requested.connect(self.recover)
        self.lock_screen.safety_plan_requested.connect(self.open_safety_plan)
        self.workspace.soothe_page.safety_plan_requested.connect(self.open_safety_plan)
        self.workspace.soothe_page.calm_requested.connect(self.open_calm)
        self.workspace.overwhelmed_button.clicked.connect(self.open_calm)
        self.workspace.far_away_button.clicked.connect(self.open_grounding)
        self.workspace.soothe_page.situation_requested.connect(self.open_situation)
        self.workspace.timeline_page.breathe_requested.connect(self.open_calm)
        self.workspace.journal_page.breathe_requested.connect(self.open_calm)
        self.workspace.journal_page.entries_changed.connect(self.refresh_status)
        self.workspace.timeline_page.write_requested.connect(self.write_about_memory)
        self.workspace.settings_page.birth_changed.connect(
            lambda: self.workspace.reload(self.workspace.timeline_page)
        )
        self.workspace.prompts_page.breathe_requested.connect(self.open_calm)
        self.workspace.prompts_page.write_requested.connect(self.write_prompt)
        self.workspace.prompts_page.exercise_requested.connect(self.open_exercise)
        self.workspace.soothe_page.grounding_requested.connect(self.open_grounding)
        self.workspace.settings_page.auto_lock_changed.connect(self._set_auto_lock)
        self.transfers.journal_changed.connect(self._journal_changed)
        self.setup.restore_requested.connect(self.transfers.open_restore)
        self.transfers.restored.connect(self._restored)
        self.transfers.running_changed.connect(self._transfer_running)

    # --- state ----------------------------------------------------------------------------------
    def show_start(self) -> None:
        unlocked = self.context.unlocked
        for action in (self.lock_action, self.panic_action, self.backup_action):
            action.setEnabled(unlocked)
        self.transfers.set_unlocked(unlocked)
        self.menuBar().actions()[1].setVisible(unlocked)  # Go menu
        if unlocked:
            self.stack.setCurrentWidget(self.workspace)
            self.refresh_status()
        elif self.context.has_journal:
            self.stack.setCurrentWidget(self.lock_screen)
            self.lock_screen.reset()
            self.status.setText("Locked")
        else:
            self.stack.setCurrentWidget(self.setup)
            self.status.setText("")

    def refresh_status(self) -> None:
        """The entry count and auto-lock line; again whenever the count may have changed."""
        if not self.context.unlocked:
            return
        count = self.context.service.count()
        minutes = self.idle.interval_ms // 60_000
        self.status.setText(
            f"{count:,} entr{'y' if count == 1 else 'ies'} · locks itself after "
            f"{max(minutes, 1)} min without activity ({LOCK_SHORTCUT} locks now)"
        )

    def _create(self, passphrase: str) -> None:
        self.tasks.start(
            lambda: self.context.create(passphrase), self._created, self._create_failed
        )

    def _created(self, result: tuple[OpenJournal, str]) -> None:
        journal, recovery = result
        self.context.attach(journal)
        self.setup.show_recovery_key(recovery)

    def _create_failed(self, exc: BaseException) -> None:
        self.setup.show_error(describe_failure(exc))

    def _setup_done(self) -> None:
        self._enter_workspace()
        self.first_run.begin(self.context.service)
        self.stack.setCurrentWidget(self.first_run)

    def _unlock(self, passphrase: str) -> None:
        self.tasks.start(lambda: self.context.open(passphrase), self._unlocked, self._unlock_failed)

    def _unlocked(self, journal: OpenJournal) -> None:
        self.context.attach(journal)
        self._enter_workspace()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.lock_screen.show_error(describe_failure(exc))

    def _enter_workspace(self) -> None:
        service = self.context.service
        if not self._fixed_idle:
            self.idle.set_interval(service.setting(AUTO_LOCK_MINUTES) * 60_000)
        self.workspace.load(service)
        self.idle.start()
        self.show_start()
        self._offer_pending_sessions()
        self.upkeep.start(self.context.journal)

    def _journal_changed(self) -> None:
        """An import added entries: every page reloads from the journal."""
        if self.context.unlocked:
            self.workspace.load(self.context.service)
            self.show_start()

    def _restored(self, kept: object) -> None:
        self.show_start()
        self.lock_screen.message.setText(
            "Your journal was restored from the backup. Unlock it with the passphrase it had "
            "then, or with your recovery key."
        )

    # --- actions --------------------------------------------------------------------------------
    def write_about_memory(self, memory_id: str, question: str | None = None) -> None:
        """A new reflection entry linked to the memory, opened in the editor."""
        from innerchild_desktop.domain.entries import EntryKind, NewEntry
        from innerchild_desktop.domain.memories import describe

        if self.context.journal is None:
            return
        timeline = self.context.timeline
        row = timeline.memory(memory_id)
        if row is None:
            return
        when = describe(row)
        question = (
            question or f"You remembered “{row.title}” from {when}. What did that child need most?"
        )
        service = self.context.service
        entry_id = timeline.add_reflection(  # the entry and its link: one transaction
            memory_id,
            NewEntry(
                title=f"About: {row.title}", kind=EntryKind.MEMORY_REFLECTION, prompt_text=question
            ),
        )
        self.refresh_status()
        self.workspace.show_page("Journal")
        page = self.workspace.journal_page
        page.model.set_service(service)
        page.open_entry(entry_id)

    def write_prompt(self, offer: Offer) -> None:
        """Open a new entry answering the prompt (linked to it), in the Journal."""
        from innerchild_desktop.domain.entries import EntryKind

        memory_id = offer.memory_id
        if memory_id:  # a memory-aware prompt: a reflection linked to that memory
            self.write_about_memory(memory_id, question=offer.text)
            return
        self.workspace.show_page("Journal")
        opening = offer.opening or ""
        self.workspace.journal_page.editor.new_entry(
            EntryKind.PROMPT,
            body=f"{opening}\n\n" if opening else "",
            prompt_id=offer.prompt_id,
            prompt_text=offer.text,
        )

    def recover(self) -> None:
        from innerchild_desktop.ui.recover_dialog import RecoverDialog

        self.recover_dialog = RecoverDialog(self.context, self)
        self.recover_dialog.accepted.connect(
            lambda: self.lock_screen.message.setText("Your new passphrase is set. Welcome back.")
        )
        self.recover_dialog.open()

    # --- window ---------------------------------------------------------------------------------
    def _settings(self) -> QSettings:
        # Geometry only: nothing personal is ever stored in QSettings.
        return QSettings()

    def _restore_geometry(self) -> None:
        geometry = self._settings().value(WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.transfers.lock_down()
        self.upkeep.stop()
        wait_for_all(self)  # our tasks and our dialogs' (a restore, say)
        self._renewing_key = False  # finished now: nothing left for locking to wait for
        self.lock()
        self._settings().setValue(WINDOW_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
