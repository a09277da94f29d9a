"""The unlocked workspace: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.ui.journal.page import JournalPage
from innerchild_desktop.ui.pages import Page, SettingsPage, SoothePage
from innerchild_desktop.ui.prompts.page import PromptsPage
from innerchild_desktop.ui.timeline.page import TimelinePage


class Workspace(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal_page = JournalPage()
        self.timeline_page = TimelinePage()
        self.prompts_page = PromptsPage()
        self.soothe_page = SoothePage()
        self.settings_page = SettingsPage()
        self.pages: list[Page] = [
            self.journal_page,
            self.timeline_page,
            self.prompts_page,
            self.soothe_page,
            self.settings_page,
        ]
        # Each page by its English name (show_page, the Go menu): titles are shown translated.
        self._by_name: dict[str, Page] = {
            "Journal": self.journal_page,
            "Timeline": self.timeline_page,
            "Prompts": self.prompts_page,
            "Soothe": self.soothe_page,
            "Settings": self.settings_page,
        }
        self.navigation = QListWidget()
        self.navigation.setObjectName("Navigation")
        self.navigation.setAccessibleName(translate("workspace", "Sections"))
        self.navigation.setFixedWidth(190)
        self.stack = QStackedWidget()
        for page in self.pages:  # (the Journal's title is also its name: said here)
            shown = translate("workspace", "Journal") if page is self.journal_page else page.title
            self.navigation.addItem(shown)
            self.stack.addWidget(page)  # type: ignore[arg-type]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from innerchild_desktop.ui.widgets import button

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        side_layout.addWidget(self.navigation, 1)
        self.overwhelmed_button = button(
            translate("workspace", "I feel overwhelmed"),
            role="soothe",
            description=translate(
                "workspace", "Open a calm breathing exercise now ({shortcut})"
            ).format(shortcut="Ctrl+Shift+B"),
        )
        side_layout.addWidget(self.overwhelmed_button)
        self.far_away_button = button(
            translate("workspace", "I feel far away"),
            role="soothe",
            accessible=translate("workspace", "I feel far away or numb"),
            description=translate(
                "workspace", "Come back to here and now, eyes open ({shortcut})"
            ).format(shortcut="Ctrl+Shift+G"),
        )
        side_layout.addWidget(self.far_away_button)
        # As wide as the longest of the crisis buttons needs in this language (German runs
        # longer), never narrower than the navigation's 190 px.
        wanted = max(b.sizeHint().width() for b in (self.overwhelmed_button, self.far_away_button))
        # ... and the longest section name ("Línea de tiempo"), with the item's padding.
        self.navigation.ensurePolished()
        names = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 28
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setFixedWidth(max(self.navigation.width(), wanted + 8, names))
        self.navigation.setFixedWidth(side.width())
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self._service: JournalService | None = None
        self._loaded: list[Page] = []
        self.navigation.currentRowChanged.connect(self._switch)
        self.navigation.setCurrentRow(0)
        self.journal_page.editor.make_memory.connect(self.add_memory)
        self.journal_page.memory_requested.connect(self.show_memory)
        self.timeline_page.memory_added.connect(lambda _id: self.show_page("Timeline"))
        self.timeline_page.letter_requested.connect(self.write_letter)

    def _switch(self, row: int) -> None:
        current = self.stack.currentWidget()
        if current is not None:
            current.flush()  # type: ignore[attr-defined]
        self.stack.setCurrentIndex(row)
        self._ensure_loaded(self.pages[row])

    def _ensure_loaded(self, page: Page) -> None:
        """Pages load when first shown, so unlocking costs only the page in front."""
        if self._service is not None and page not in self._loaded:
            self._loaded.append(page)
            page.load(self._service)

    def add_memory(self, entry_id: str | None = None) -> None:
        """Open "Add a memory" over the page in front (Ctrl+M; "Make this a memory" on an
        entry); once saved, the Timeline shows it."""
        if self._service is not None:
            self._ensure_loaded(self.timeline_page)
            self.timeline_page.add_memory(entry_id)

    def show_memory(self, memory_id: str) -> None:
        """A memory chosen among search results, on the Timeline: selected and centred; a heavy
        one is shown where it is and stays veiled until opened there (``focus_memory``)."""
        if self._service is not None:
            self.show_page("Timeline")
            self.timeline_page.focus_memory(memory_id, reveal=False)

    def write_letter(self) -> None:
        """A new letter to the younger self (the younger-me photo on the Timeline)."""
        if self._service is not None:
            self.show_page("Journal")
            self.journal_page.write_letter()

    def look_back(self) -> None:
        """Open Looking back (Go menu, Ctrl+Shift+Y; Soothe's "Looking back…"), if unlocked."""
        if self._service is not None:
            self._ensure_loaded(self.soothe_page)
            self.soothe_page.open_looking_back()

    def show_page(self, title: str) -> None:
        """The page by its English name ("Journal", "Settings"…), or by its shown title."""
        for row, page in enumerate(self.pages):
            if self._by_name.get(title) is page or page.title == title:
                self.navigation.setCurrentRow(row)
                return

    def load(self, service: JournalService) -> None:
        self._service = service
        self._loaded = []
        self._ensure_loaded(self.pages[self.stack.currentIndex()])

    def reload(self, page: Page) -> None:
        """Refresh a page now if it was loaded; otherwise it loads fresh when first shown."""
        if self._service is not None and page in self._loaded:
            page.load(self._service)

    def flush(self) -> None:
        for page in self.pages:
            page.flush()

    def clear(self) -> None:
        self._service = None
        self._loaded = []
        for page in self.pages:
            page.clear()
        self.navigation.setCurrentRow(0)
