"""The main window's ways to soothing: the calm and grounding players (locked or unlocked),
the exercise sessions they finish, and the safety plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from innerchild_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.ui.soothe.safety_plan import SafetyPlanDialog
    from innerchild_desktop.ui.soothe_entry import SootheLauncher
    from innerchild_desktop.ui.transfer import TransferActions
    from innerchild_desktop.ui.workspace import Workspace

    _Base = QMainWindow
else:
    _Base = object


class SootheRoutes(_Base):
    """Mixed into MainWindow: opens the players and the safety plan, keeps finished sessions."""

    if TYPE_CHECKING:
        context: AppContext
        launcher: SootheLauncher
        transfers: TransferActions
        workspace: Workspace
        pending_sessions: list[object]
        safety_dialog: SafetyPlanDialog | None
        _soothe_windows: list[object]

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
        comfort = getattr(player, "comfort_box_requested", None)
        if comfort is not None:
            player.comfort_available = self.comfort_box_has_items  # type: ignore[attr-defined]
            comfort.connect(self.open_comfort_box)

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
        from innerchild_desktop.ui.question import ask  # (QMessageBox: never in a cold start)

        pending, self.pending_sessions = self.pending_sessions, []
        count = len(pending)
        self.pending_box = ask(
            self,
            translate("window_soothe", "Keep your exercise?"),
            translate("window_soothe", "You did %n exercises before unlocking.", None, count),
            translate(
                "window_soothe",
                "If you like, keep them in your journal, so they show in “What helps me”.",
                None,
                count,
            ),
            careful=translate("window_soothe", "Not now"),
            other=translate("window_soothe", "Keep them", None, count),
            on_other=lambda: self._save_sessions(pending),
        )

    def comfort_box_has_items(self) -> bool:
        """Whether the end of an exercise offers the comfort box: unlocked, a box with something
        in it; locked, cards the person chose to see while locked."""
        from innerchild_desktop.services import comfort

        if self.context.unlocked and self.context.journal is not None:
            return not comfort.ComfortService(self.context.journal).load().is_empty
        return not comfort.cards_while_locked(self.context.paths).is_empty

    def open_comfort_box(self) -> None:
        """Unlocked: the whole box. Locked: only the cards chosen to show while locked."""
        from PySide6.QtCore import Qt

        from innerchild_desktop.services import comfort
        from innerchild_desktop.ui.comfort.box import ComfortBoxDialog
        from innerchild_desktop.ui.journal.voice_dialog import close_when_gone

        context = self.context
        if context.unlocked and context.journal is not None:
            service = comfort.ComfortService(context.journal)
            dialog = ComfortBoxDialog(service, parent=self)
            close_when_gone(dialog, lambda: context.unlocked)  # locking closes it
        else:
            cards = comfort.cards_while_locked(context.paths)
            dialog = ComfortBoxDialog(None, locked_cards=cards, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its words go with it
        self.comfort_dialog = dialog
        dialog.show()
        dialog.activateWindow()

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
