"""The main window: setup, lock screen and workspace in one stack, with menus and locking.

The window title is always the app's name: it never shows journal content (it is visible in
task switchers, screen sharing and window lists).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from innerchild_desktop import APP_DISPLAY_NAME, __version__
from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.errors import DiskFull, InnerChildError, is_disk_full
from innerchild_desktop.domain.prompt_selection import Offer
from innerchild_desktop.domain.settings import AUTO_LOCK_MINUTES
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.ui.first_run import FirstRun
from innerchild_desktop.ui.idle import IdleWatcher
from innerchild_desktop.ui.lock_screen import LockScreen
from innerchild_desktop.ui.prefs_keys import WINDOW_GEOMETRY
from innerchild_desktop.ui.sample_journal import SampleSession
from innerchild_desktop.ui.setup_screen import SetupScreen
from innerchild_desktop.ui.soothe_entry import PlayerLauncher, SootheLauncher
from innerchild_desktop.ui.tasks import TaskRunner, wait_for_all
from innerchild_desktop.ui.transfer import TransferActions
from innerchild_desktop.ui.upkeep import IndexUpkeep
from innerchild_desktop.ui.workspace import Workspace

if TYPE_CHECKING:  # imported when first opened
    from innerchild_desktop.ui.soothe.safety_plan import SafetyPlanDialog

LOCK_SHORTCUT = "Ctrl+L"
PANIC_SHORTCUT = "Ctrl+Shift+L"
OVERWHELMED_SHORTCUT = "Ctrl+Shift+B"
RENEWING_KEY_WAIT = (
    "Your journal is getting its new key, so locking waits until that is done and the new "
    "recovery key is on screen."
)
FAR_AWAY_SHORTCUT = "Ctrl+Shift+G"


def describe_failure(exc: BaseException) -> str:
    if is_disk_full(exc) and not isinstance(exc, DiskFull):  # never "damaged", never a bug
        return str(DiskFull())
    if isinstance(exc, InnerChildError):
        return str(exc)
    return (
        f"Something went wrong inside Inner Child ({type(exc).__name__}). "
        "Your journal was not changed."
    )


class MainWindow(QMainWindow):
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

    # --- building -------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: str | None,
        slot: object,
        *,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        app_wide = Qt.ShortcutContext.ApplicationShortcut
        self.lock_action = self._action("&Lock", LOCK_SHORTCUT, self.lock, context=app_wide)
        self.panic_action = self._action(
            "Lock and &hide", PANIC_SHORTCUT, self.panic_lock, context=app_wide
        )
        self.backup_action = self._action("&Back up now", None, self.backup_now)
        quit_action = self._action("&Quit", "Ctrl+Q", self.close)
        self.overwhelmed_action = self._action(
            "I feel &overwhelmed", OVERWHELMED_SHORTCUT, self.open_calm, context=app_wide
        )
        self.far_away_action = self._action(
            "I feel &far away or numb", FAR_AWAY_SHORTCUT, self.open_grounding, context=app_wide
        )
        situations = self._action("&What's happening right now?…", None, self.open_situations)
        safety = self._action(
            "My &safety plan", "Ctrl+Shift+S", self.open_safety_plan, context=app_wide
        )
        about = self._action("&About Inner Child", None, self.show_about)
        self.transfers = TransferActions(self)
        t = self.transfers
        file_menu = self.menuBar().addMenu("&File")
        for group in (
            (t.import_action, t.export_action, t.share_action),
            (self.backup_action, t.backup_to_action, t.restore_action),
            (self.lock_action, self.panic_action),
        ):
            for action in group:
                file_menu.addAction(action)
            file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu("&Go")
        for row, title in enumerate(("Journal", "Timeline", "Prompts", "Soothe", "Settings")):
            go_menu.addAction(
                self._action(
                    f"&{title}",
                    f"Ctrl+{row + 1}",
                    lambda _=False, t=title: self.workspace.show_page(t),
                )
            )
        go_menu.addSeparator()  # the Go menu shows only while unlocked; locked, Ctrl+M does nothing
        self.memory_action = self._action(
            "Add a &memory…", "Ctrl+M", lambda _=False: self.workspace.add_memory()
        )
        go_menu.addAction(self.memory_action)
        soothe_menu = self.menuBar().addMenu("&Soothe")
        soothe_menu.addAction(self.overwhelmed_action)
        soothe_menu.addAction(self.far_away_action)
        soothe_menu.addAction(situations)
        from innerchild_desktop.ui.tray import make_tray

        self.tray = make_tray(self, [self.overwhelmed_action, self.far_away_action, safety])
        soothe_menu.addAction(safety)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(about)

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

    def _transfer_running(self, running: bool) -> None:
        """Auto-lock waits while an import or export runs (Ctrl+L still locks at once); the
        index tidy-up steps aside and comes back after (an import may call for it)."""
        if not self.context.unlocked:
            return
        if running:
            self.idle.stop()
            self.upkeep.stop()
        else:
            self.idle.start()
            self.upkeep.start(self.context.journal)

    def _set_auto_lock(self, minutes: int) -> None:
        if not self._fixed_idle:
            self.idle.set_interval(minutes * 60_000)
        self.show_start()

    def key_renewal_running(self, running: bool) -> None:
        """Told by the change-passphrase dialog: while the journal gets a new key, neither
        auto-lock nor Ctrl+L locks, so the new recovery key (shown once) reaches the screen."""
        self._renewing_key = running
        if running:
            self.idle.stop()
        elif self.context.unlocked:
            self.idle.start()

    def lock(self) -> None:
        """Save, close the database, forget the key, clear every widget, show the lock screen."""
        if not self.context.unlocked:
            return
        if self._renewing_key:
            self.statusBar().showMessage(RENEWING_KEY_WAIT, 10_000)
            return
        dialog = getattr(self, "safety_dialog", None)
        if dialog is not None:  # an open, editable plan shows personal content: save and close
            dialog.close()
            self.safety_dialog: SafetyPlanDialog | None = None
        self.transfers.lock_down()  # stops a running import (rolled back) or export
        self.upkeep.stop()
        self.idle.stop()
        self.workspace.flush()
        self.workspace.clear()
        self.first_run.clear()
        self.context.lock()
        self.sample.end()  # a sample journal is deleted; the person's own location comes back
        self.show_start()

    def panic_lock(self) -> None:
        self.lock()
        self.showMinimized()

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

    def open_calm(self) -> None:
        if self.context.unlocked and self.context.journal is not None:
            from datetime import date

            prompts = self.context.prompts
            # Prompts stay gentle today; during an import that write waits for it to end.
            self.transfers.after(lambda: prompts.mark_overwhelmed(date.today()))
        self._track(self.launcher.open_calm(self, locked=not self.context.unlocked))

    def open_grounding(self) -> None:
        self._track(self.launcher.open_grounding(self, locked=not self.context.unlocked))

    def open_situations(self) -> None:
        self._track(self.launcher.open_situations(self, locked=not self.context.unlocked))

    def open_situation(self, situation: str) -> None:
        if situation == "overwhelmed":
            self.open_calm()
            return
        self._track(self.launcher.open_situation(self, situation, locked=not self.context.unlocked))

    def open_exercise(self, exercise_id: str) -> None:
        """One exercise by id (a program step's "Try …")."""
        locked = not self.context.unlocked
        self._track(self.launcher.open_exercise(self, exercise_id, locked=locked))

    def _track(self, player: object) -> None:
        """Listen to a player once (the launcher hands back the same one while it is open)."""
        if player in self._soothe_windows:
            self._soothe_windows.remove(player)
            self._soothe_windows.append(player)
            return
        self._soothe_windows = [w for w in self._soothe_windows if w.isVisible()]  # type: ignore[attr-defined]
        self._soothe_windows.append(player)
        signal = getattr(player, "finished_session", None)
        if signal is not None:
            signal.connect(self._session_finished)
        crisis = getattr(player, "crisis_lines_requested", None)
        if crisis is not None:
            crisis.connect(self.open_safety_plan)

    def _session_finished(self, result: object) -> None:
        """Save an exercise session; one from the lock screen waits until unlock and consent."""
        if self.context.unlocked:
            self.transfers.after(lambda: self._save_sessions([result]))
        else:
            self.pending_sessions.append(result)

    def _save_sessions(self, results: list[object]) -> None:
        from innerchild_desktop.domain.sessions import SessionRecord

        if not self.context.unlocked:
            return
        self.context.soothe.record_sessions(
            SessionRecord(
                r.exercise_id,  # type: ignore[attr-defined]
                r.started_at,  # type: ignore[attr-defined]
                r.ended_at,  # type: ignore[attr-defined]
                r.completed,  # type: ignore[attr-defined]
                r.distress_before,  # type: ignore[attr-defined]
                r.distress_after,  # type: ignore[attr-defined]
                r.note,  # type: ignore[attr-defined]
            )
            for r in results
        )
        self.workspace.soothe_page.refresh()

    def _offer_pending_sessions(self) -> None:
        if not self.pending_sessions:
            return
        pending, self.pending_sessions = self.pending_sessions, []
        count = len(pending)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Keep your exercise?",
            f"You did {count} exercise{'s' if count > 1 else ''} before unlocking. "
            "Save {0} to your journal, so it shows in “What helps me”?".format(
                "them" if count > 1 else "it"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Discard)
        box.finished.connect(
            lambda code: (
                self._save_sessions(pending) if code == QMessageBox.StandardButton.Save else None
            )
        )
        self.pending_box = box
        box.open()

    def open_safety_plan(self) -> None:
        """Opens locked or unlocked: crisis lines always, the user's own plan as chosen."""
        from innerchild_desktop.services import safety
        from innerchild_desktop.ui.soothe.safety_plan import SafetyPlanDialog

        if self.context.unlocked:
            own = self.context.safety
            dialog = SafetyPlanDialog(
                own.load_plan(),
                editable=True,
                save=own.save_plan,
                parent=self,
                paths=self.context.paths,
            )
        else:
            dialog = SafetyPlanDialog(
                safety.plan_while_locked(self.context.paths),
                editable=False,
                parent=self,
                paths=self.context.paths,
            )
        self.safety_dialog = dialog
        dialog.show()

    def recover(self) -> None:
        from innerchild_desktop.ui.recover_dialog import RecoverDialog

        self.recover_dialog = RecoverDialog(self.context, self)
        self.recover_dialog.accepted.connect(
            lambda: self.lock_screen.message.setText("Your new passphrase is set. Welcome back.")
        )
        self.recover_dialog.open()

    def backup_now(self) -> None:
        if not self.context.unlocked:
            return
        # Runs on the GUI thread's connection: SQLite connections must not be shared across
        # threads mid-statement, and a snapshot of a personal journal takes well under a second.
        try:
            written = self.context.backups.backup_now()
        except Exception as exc:
            QMessageBox.warning(self, "Backup", describe_failure(exc))
            return
        self.statusBar().showMessage(f"Encrypted backup saved: {written.name}", 8000)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_DISPLAY_NAME}",
            (
                f"<h3>{APP_DISPLAY_NAME} {__version__}</h3>"
                "<p>A private, encrypted journal for inner child work.</p>"
                "<p><b>Our privacy promise:</b> everything you write stays on this computer, "
                "encrypted with a key only your passphrase or recovery key can open. The app "
                "never connects to the internet and sends nothing anywhere.</p>"
                "<p><b>With thanks to the people behind the techniques:</b> writing with your "
                "non-dominant hand, from Lucia Capacchione's work; the self-compassion break, "
                "from Kristin Neff; the butterfly hug, developed by Lucina Artigas and Ignacio "
                "Jarero; and safe-place resourcing, from trauma therapy. The prompts and "
                "exercises themselves are written for this app.</p>"
                "<p>Built with Qt / PySide6 (LGPLv3), SQLCipher (BSD), Python-Markdown (BSD), "
                "argon2-cffi (MIT), cryptography (Apache 2.0 / BSD), platformdirs (MIT) and "
                "zxcvbn (MIT).</p>"
            ),
        )

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
