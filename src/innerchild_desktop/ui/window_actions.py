"""The main window's menus, actions and shortcuts, and the small actions only the menus reach
(Back up now, About)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMainWindow

from innerchild_desktop import APP_DISPLAY_NAME, __version__
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.ui.failures import describe_failure

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    from innerchild_desktop.context import AppContext
    from innerchild_desktop.ui.main_window import MainWindow
    from innerchild_desktop.ui.transfer import TransferActions
    from innerchild_desktop.ui.workspace import Workspace

    _Base = QMainWindow
else:
    _Base = object

LOCK_SHORTCUT = "Ctrl+L"
PANIC_SHORTCUT = "Ctrl+Shift+L"
OVERWHELMED_SHORTCUT = "Ctrl+Shift+B"
FAR_AWAY_SHORTCUT = "Ctrl+Shift+G"


class WindowMenus(_Base):
    """Mixed into MainWindow: File, Go, Soothe and Help, the tray, and their shortcuts."""

    if TYPE_CHECKING:
        context: AppContext
        workspace: Workspace
        transfers: TransferActions

        def lock(self) -> None: ...
        def panic_lock(self) -> None: ...
        def open_calm(self) -> None: ...
        def open_grounding(self) -> None: ...
        def open_situations(self) -> None: ...
        def open_safety_plan(self) -> None: ...

    def _action(
        self,
        text: str,
        shortcut: str | None,
        slot: object,
        *,
        context: Qt.ShortcutContext | None = None,
    ) -> QAction:
        """An action with its ``shortcut`` in ``context`` (the window's unless given). Built
        after the lock screen's first frame, so Qt's types are imported here (issue 20)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context or Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        from PySide6.QtCore import Qt

        app_wide = Qt.ShortcutContext.ApplicationShortcut
        self.lock_action = self._action(
            translate("window_actions", "&Lock"), LOCK_SHORTCUT, self.lock, context=app_wide
        )
        self.panic_action = self._action(  # "Quick hide": lock, and hide the window
            translate("window_actions", "&Quick hide"),
            PANIC_SHORTCUT,
            self.panic_lock,
            context=app_wide,
        )
        self.backup_action = self._action(
            translate("window_actions", "&Back up now"), None, self.backup_now
        )
        quit_action = self._action(translate("window_actions", "&Quit"), "Ctrl+Q", self.close)
        self.overwhelmed_action = self._action(
            translate("window_actions", "I feel &overwhelmed"),
            OVERWHELMED_SHORTCUT,
            self.open_calm,
            context=app_wide,
        )
        self.far_away_action = self._action(
            translate("window_actions", "I feel &far away or numb"),
            FAR_AWAY_SHORTCUT,
            self.open_grounding,
            context=app_wide,
        )
        situations = self._action(
            translate("window_actions", "&What's happening right now?…"), None, self.open_situations
        )
        safety = self._action(
            translate("window_actions", "My &safety plan"),
            "Ctrl+Shift+S",
            self.open_safety_plan,
            context=app_wide,
        )
        about = self._action(
            translate("window_actions", "&About {app}").format(app=APP_DISPLAY_NAME),
            None,
            self.show_about,
        )
        from innerchild_desktop.ui.transfer import TransferActions  # (after the lock screen)

        self.transfers = TransferActions(cast("MainWindow", self))
        t = self.transfers
        file_menu = self.menuBar().addMenu(translate("window_actions", "&File"))
        for group in (
            (t.import_action, t.export_action, t.share_action),
            (self.backup_action, t.backup_to_action, t.restore_action),
            (self.lock_action, self.panic_action),
        ):
            for action in group:
                file_menu.addAction(action)
            file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(translate("window_actions", "&Go"))
        pages = (  # the page's own (English) name, and its menu item
            ("Journal", translate("window_actions", "&Journal")),
            ("Timeline", translate("window_actions", "&Timeline")),
            ("Prompts", translate("window_actions", "&Prompts")),
            ("Soothe", translate("window_actions", "&Soothe")),
            ("Settings", translate("window_actions", "&Settings")),
        )
        for row, (page, text) in enumerate(pages):
            go_menu.addAction(
                self._action(
                    text,
                    f"Ctrl+{row + 1}",
                    lambda _=False, t=page: self.workspace.show_page(t),
                )
            )
        go_menu.addSeparator()  # the Go menu shows only while unlocked; locked, Ctrl+M does nothing
        self.memory_action = self._action(
            translate("window_actions", "Add a &memory…"),
            "Ctrl+M",
            lambda _=False: self.workspace.add_memory(),
        )
        go_menu.addAction(self.memory_action)
        self.looking_back_action = self._action(
            translate("window_actions", "&Looking back…"),
            "Ctrl+Shift+Y",
            lambda _=False: self.workspace.look_back(),
        )
        go_menu.addAction(self.looking_back_action)
        soothe_menu = self.menuBar().addMenu(translate("window_actions", "&Soothe"))
        soothe_menu.addAction(self.overwhelmed_action)
        soothe_menu.addAction(self.far_away_action)
        soothe_menu.addAction(situations)
        from innerchild_desktop.ui.tray import make_tray

        self.not_this_week_action = self._action(
            translate("window_actions", "Reminders: not this &week"),
            None,
            self.reminders_not_this_week,
        )
        self.tray = make_tray(
            self,
            [self.overwhelmed_action, self.far_away_action, safety],
            [self.panic_action, self.not_this_week_action],
        )
        self._start_reminders()
        soothe_menu.addAction(safety)
        help_menu = self.menuBar().addMenu(translate("window_actions", "&Help"))
        help_menu.addAction(about)

    def _start_reminders(self) -> None:
        from innerchild_desktop.ui.reminders import ReminderClock

        self.reminder_clock = ReminderClock(self.context, self.show_reminder, self)
        if self.tray is not None:
            self.tray.messageClicked.connect(self._show_from_tray)
            menu = self.tray.contextMenu()
            if menu is not None:
                menu.aboutToShow.connect(self._refresh_reminder_action)
        self._refresh_reminder_action()

    def _refresh_reminder_action(self) -> None:
        self.not_this_week_action.setVisible(self.reminder_clock.active())

    def _show_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_reminder(self, title: str, words: str) -> None:
        """A reminder: the tray's bubble, or where there is no tray, the status bar."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, words, QSystemTrayIcon.MessageIcon.NoIcon, 20_000)
        else:
            self.statusBar().showMessage(words, 10 * 60_000)

    def reminders_not_this_week(self) -> None:
        """No reminders until next Monday (one click, from the tray or the Settings page)."""
        if self.reminder_clock.not_this_week() is not None:
            self.workspace.settings_page.reminders.reload_schedule()
        self.statusBar().clearMessage()

    def backup_now(self) -> None:
        if not self.context.unlocked:
            return
        # Runs on the GUI thread's connection: SQLite connections must not be shared across
        # threads mid-statement, and a snapshot of a personal journal takes well under a second.
        try:
            written = self.context.backups.backup_now()
        except Exception as exc:
            from innerchild_desktop.ui import question  # (QMessageBox: never in a cold start)

            question.tell(
                self,
                translate("window_actions", "The backup was not made"),
                describe_failure(exc),
            )
            return
        self.statusBar().showMessage(
            translate("window_actions", "Encrypted backup saved: {name}").format(name=written.name),
            8000,
        )

    def show_about(self) -> None:
        paragraphs = (
            translate(
                "window_actions", "<p>A private, encrypted journal for inner child work.</p>"
            ),
            translate(
                "window_actions",
                "<p><b>Our privacy promise:</b> everything you write stays on this computer, "
                "encrypted with a key only your passphrase or recovery key can open. The app "
                "never connects to the internet and sends nothing anywhere.</p>",
            ),
            translate(
                "window_actions",
                "<p><b>With thanks to the people behind the techniques:</b> writing with your "
                "non-dominant hand, from Lucia Capacchione's work; the self-compassion break, "
                "from Kristin Neff; the butterfly hug, developed by Lucina Artigas and Ignacio "
                "Jarero; and safe-place resourcing, from trauma therapy. The prompts and "
                "exercises themselves are written for this app.</p>",
            ),
            translate(
                "window_actions",
                "<p>Built with Qt / PySide6 (LGPLv3), SQLCipher (BSD), Python-Markdown (BSD), "
                "argon2-cffi (MIT), cryptography (Apache 2.0 / BSD), platformdirs (MIT) and "
                "zxcvbn (MIT).</p>",
            ),
        )
        from innerchild_desktop.ui import question

        question.about(
            self,
            translate("window_actions", "About {app}").format(app=APP_DISPLAY_NAME),
            f"<h3>{APP_DISPLAY_NAME} {__version__}</h3>" + "".join(paragraphs),
        )
