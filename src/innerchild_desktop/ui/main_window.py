"""The main window: setup, lock screen and workspace in one stack, with menus and locking.

Menus and shortcuts live in window_actions.py, locking in window_lock.py, the ways to soothing
in window_soothe.py; failure sentences in failures.py.

A cold start builds only the lock screen; the rest (workspace, welcome, menus, tray, reminders,
sync) is built once the lock screen's first frame is painted, or at once when something asks for
it sooner (``ensure_built``; tests reach ``window.workspace`` straight away). A first start, with
no journal yet, builds everything at once.

The window title is always the app's name: it never shows journal content (it is visible in
task switchers, screen sharing and window lists).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget

from innerchild_desktop import APP_DISPLAY_NAME
from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.failures import describe_failure
from innerchild_desktop.ui.idle import IdleWatcher
from innerchild_desktop.ui.lock_screen import LockScreen
from innerchild_desktop.ui.prefs_keys import WINDOW_GEOMETRY
from innerchild_desktop.ui.tasks import TaskRunner, wait_for_all
from innerchild_desktop.ui.window_actions import LOCK_SHORTCUT, WindowMenus
from innerchild_desktop.ui.window_lock import WindowLock
from innerchild_desktop.ui.window_soothe import SootheRoutes

if TYPE_CHECKING:
    from innerchild_desktop.domain.prompt_selection import Offer
    from innerchild_desktop.services.session import OpenJournal
    from innerchild_desktop.ui.first_run import FirstRun
    from innerchild_desktop.ui.sample_journal import SampleSession
    from innerchild_desktop.ui.setup_screen import SetupScreen
    from innerchild_desktop.ui.soothe_entry import SootheLauncher
    from innerchild_desktop.ui.sync_runner import SyncRunner
    from innerchild_desktop.ui.upkeep import IndexUpkeep
    from innerchild_desktop.ui.workspace import Workspace

# Built after the lock screen has been painted (or at once, when first asked for): the
# workspace, the welcome, the menus, the tray and everything they import cost more than the
# whole lock screen, and a cold start shows only that (issue 20).
_BUILT_LATER = frozenset(
    {
        "setup",
        "launcher",
        "upkeep",
        "workspace",
        "first_run",
        "sample",
        "sync_runner",
        "transfers",
        "tray",
        "reminder_clock",
        "lock_action",
        "panic_action",
        "backup_action",
        "overwhelmed_action",
        "far_away_action",
        "memory_action",
        "looking_back_action",
        "not_this_week_action",
    }
)


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
        self._built = False
        self.context = context
        if launcher is not None:
            self.launcher = launcher
        self.pending_sessions: list[object] = []  # finished while locked: saved only if asked
        self.tasks = TaskRunner(self)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(1100, 720)
        self.lock_screen = LockScreen()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.status = QLabel()
        self.status.setAccessibleName(translate("main_window", "Status"))
        self.statusBar().addWidget(self.status, 1)
        self.idle = IdleWatcher(idle_ms or 5 * 60_000, self)  # watches input from ensure_built
        self.idle.idle.connect(self.lock)
        self._fixed_idle = idle_ms is not None
        self._soothe_windows: list[object] = []
        self._renewing_key = False  # a new key is being made: locking waits (key_renewal_running)
        # The crisis path needs nothing built later: its buttons open the players directly.
        self.lock_screen.unlock_requested.connect(self._unlock)
        self.lock_screen.overwhelmed_requested.connect(self.open_calm)
        self.lock_screen.grounding_requested.connect(self.open_grounding)
        self.lock_screen.recover_requested.connect(self.recover)
        self.lock_screen.safety_plan_requested.connect(self.open_safety_plan)
        self._restore_geometry()
        if not context.has_journal:  # a first start: the setup screen and all it offers, now
            self.ensure_built()  # ("Try a sample journal", restore from a backup)
        self.show_start()  # else the rest is built once the first frame is painted (paintEvent)

    if not TYPE_CHECKING:  # (hidden from mypy, which goes on checking every attribute's name)

        def __getattr__(self, name: str) -> Any:
            """A part built after the first frame, asked for sooner: built now, at once."""
            if name in _BUILT_LATER and not self.__dict__.get("_built", True):
                self.ensure_built()
                return getattr(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._built:  # the first frame: the rest is built once it is on the screen
            QTimer.singleShot(0, self, self.ensure_built)  # (not once the window is gone)

    def _build_setup(self) -> None:
        from innerchild_desktop.ui.setup_screen import SetupScreen

        self.setup: SetupScreen = SetupScreen()
        self.stack.insertWidget(0, self.setup)
        self.setup.create_requested.connect(self._create)
        self.setup.completed.connect(self._setup_done)

    def ensure_built(self) -> None:
        """Build everything beyond the lock screen (once): the workspace, the welcome, menus,
        tray, reminders and sync. Runs right after the first paint, or earlier when needed."""
        if self._built:
            return
        self._built = True
        self.lock_screen.finish()
        from innerchild_desktop.ui.first_run import FirstRun
        from innerchild_desktop.ui.sample_journal import SampleSession
        from innerchild_desktop.ui.sync_runner import SyncRunner
        from innerchild_desktop.ui.upkeep import IndexUpkeep
        from innerchild_desktop.ui.workspace import Workspace

        if "setup" not in self.__dict__:
            self._build_setup()
        if "launcher" not in self.__dict__:
            from innerchild_desktop.ui.soothe_entry import PlayerLauncher

            launcher = PlayerLauncher()
            launcher.soothe = lambda: self.context.soothe if self.context.unlocked else None
            self.launcher: SootheLauncher = launcher
        app = QApplication.instance()
        if app is not None:  # (not sooner: a filter on every event slows the first frame)
            app.installEventFilter(self.idle)  # idle only counts while unlocked
        self.upkeep: IndexUpkeep = IndexUpkeep(self.tasks, self)  # tidies the search index
        self.workspace: Workspace = Workspace()
        self.first_run: FirstRun = FirstRun()  # the optional welcome after the recovery key
        self.stack.addWidget(self.workspace)
        self.stack.addWidget(self.first_run)
        self.sync_runner: SyncRunner = SyncRunner(self.context, self.workspace, self)
        self.statusBar().addPermanentWidget(self.sync_runner.label)  # sync: never while locked
        self._build_menus()
        self._wire()
        self.sample: SampleSession = SampleSession(self)  # "Try a sample journal" (setup)
        self._menus_follow_lock()
        locked_screen = self.stack.currentWidget() is self.lock_screen
        if locked_screen and not self.context.access.exists():  # a restore a crash cut short,
            self.show_start()  # settled now, left no journal after all: the setup screen

    def _wire(self) -> None:
        self.first_run.finished.connect(self._journal_changed)  # choices made: pages reload
        self.first_run.safety_plan_requested.connect(self.open_safety_plan)
        self.workspace.soothe_page.safety_plan_requested.connect(self.open_safety_plan)
        self.workspace.soothe_page.calm_requested.connect(self.open_calm)
        self.workspace.overwhelmed_button.clicked.connect(self.open_calm)
        self.workspace.far_away_button.clicked.connect(self.open_grounding)
        self.workspace.soothe_page.situation_requested.connect(self.open_situation)
        self.workspace.timeline_page.breathe_requested.connect(self.open_calm)
        self.workspace.journal_page.breathe_requested.connect(self.open_calm)
        self.workspace.journal_page.entries_changed.connect(self.refresh_status)
        self.workspace.journal_page.editor.saved.connect(self.sync_runner.entry_saved)
        self.workspace.journal_page.editor.saved.connect(self.reminder_clock.wrote_today)
        self.workspace.settings_page.sync.attach(self.sync_runner)
        self.workspace.timeline_page.write_requested.connect(self.write_about_memory)
        self.workspace.settings_page.birth_changed.connect(
            lambda: self.workspace.reload(self.workspace.timeline_page)
        )
        self.workspace.prompts_page.breathe_requested.connect(self.open_calm)
        self.workspace.prompts_page.write_requested.connect(self.write_prompt)
        self.workspace.prompts_page.exercise_requested.connect(self.open_exercise)
        self.workspace.soothe_page.grounding_requested.connect(self.open_grounding)
        self.workspace.settings_page.auto_lock_changed.connect(self._set_auto_lock)
        self.workspace.settings_page.language.chosen.connect(self._switch_language)
        self.transfers.journal_changed.connect(self._journal_changed)
        self.setup.restore_requested.connect(self.transfers.open_restore)
        self.transfers.restored.connect(self._restored)
        self.transfers.running_changed.connect(self._transfer_running)

    # --- state ----------------------------------------------------------------------------------
    def show_start(self) -> None:
        unlocked = self.context.unlocked
        if self._built:  # (the menus come with the rest, after the lock screen)
            self._menus_follow_lock()
        if unlocked:
            self.stack.setCurrentWidget(self.workspace)
            self.refresh_status(lock_notice=True)
        elif self.context.has_journal:
            self.stack.setCurrentWidget(self.lock_screen)
            self.lock_screen.reset()
            self.status.setText(translate("main_window", "Locked"))
        else:
            self.stack.setCurrentWidget(self.setup)
            self.status.setText("")

    def _menus_follow_lock(self) -> None:
        unlocked = self.context.unlocked
        for action in (self.lock_action, self.backup_action):  # Quick hide works locked too
            action.setEnabled(unlocked)
        self.transfers.set_unlocked(unlocked)
        self.menuBar().actions()[1].setVisible(unlocked)  # Go menu

    def refresh_status(self, *, lock_notice: bool = False) -> None:
        """The entry count, again whenever it may have changed. When locking itself is news
        (just unlocked, or a new auto-lock time) the auto-lock line too: said once, not
        repeated under every keystroke's save."""
        if not self.context.unlocked:
            return
        count = self.context.service.count()
        text = translate("main_window", "%n entries", None, count)
        if lock_notice:
            minutes = max(self.idle.interval_ms // 60_000, 1)
            text = translate(
                "main_window",
                "{entries} · locks itself after {minutes} min without activity ({shortcut} now)",
            ).format(entries=text, minutes=minutes, shortcut=LOCK_SHORTCUT)
        self.status.setText(text)

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

    def _switch_language(self, choice: str) -> None:
        from innerchild_desktop.ui.language_switch import switch_language

        switch_language(self, choice)

    def hand_over(self) -> None:
        """A new window takes over this open journal (a language switch): everything running
        in the background here stops, and closing this window will not lock the journal."""
        self._handed_over = True
        if not self._built:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.stop()
        self.upkeep.stop()
        self.transfers.lock_down()
        self.sync_runner.stop()
        self.reminder_clock.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def enter_workspace(self) -> None:
        """Show the workspace of the journal the context has open (a language switch)."""
        self._enter_workspace()

    def _enter_workspace(self) -> None:
        from innerchild_desktop.domain.settings import AUTO_LOCK_MINUTES

        service = self.context.service
        if not self._fixed_idle:
            self.idle.set_interval(service.setting(AUTO_LOCK_MINUTES) * 60_000)
        self.workspace.load(service)
        self.idle.start()
        self.show_start()
        self._offer_pending_sessions()
        self.upkeep.start(self.context.journal)
        self.sync_runner.start()  # if this journal syncs: once now, then in the background

    def _journal_changed(self) -> None:
        """An import added entries: every page reloads from the journal."""
        if self.context.unlocked:
            self.workspace.load(self.context.service)
            self.show_start()

    def _restored(self, kept: object) -> None:
        self.show_start()
        self.lock_screen.message.setText(
            translate(
                "main_window",
                "Your journal was restored from the backup. Unlock it with the passphrase it had "
                "then, or with your recovery key.",
            )
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
        question = question or translate(
            "main_window", "You remembered “{title}” from {when}. What did that child need most?"
        ).format(title=row.title, when=when)
        service = self.context.service
        entry_id = timeline.add_reflection(  # the entry and its link: one transaction
            memory_id,
            NewEntry(
                title=translate("main_window", "About: {title}").format(title=row.title),
                kind=EntryKind.MEMORY_REFLECTION,
                prompt_text=question,
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
            invites=offer.invites,  # "draw": the editor offers Draw…
        )

    def recover(self) -> None:
        from innerchild_desktop.ui.recover_dialog import RecoverDialog

        self.recover_dialog = RecoverDialog(self.context, self)
        self.recover_dialog.accepted.connect(
            lambda: self.lock_screen.message.setText(
                translate("main_window", "Your new passphrase is set. Welcome back.")
            )
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
        if self.__dict__.get("_handed_over"):  # a new window has this journal now
            wait_for_all(self)
            super().closeEvent(event)
            return
        if self._built:  # (closed before the rest was built: nothing of it to stop)
            self.transfers.lock_down()
            self.upkeep.stop()
        wait_for_all(self)  # our tasks and our dialogs' (a restore, say)
        self._renewing_key = False  # finished now: nothing left for locking to wait for
        self.lock()
        self._settings().setValue(WINDOW_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)
