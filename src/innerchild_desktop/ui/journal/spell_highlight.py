"""Spell-check in the editor: squiggly underlines (a QSyntaxHighlighter on the body's document)
and the right-click suggestions, "Add to my dictionary" and "Ignore in this entry".

Speed: Qt asks the highlighter only for the blocks an edit touched, and the Speller caches each
word's answer, so a keystroke costs one paragraph's words in a dict. The word list loads off the
GUI thread (0.2-0.9 s the first time a run); a 100 KB entry's first full pass is spread over
idle moments (CHUNK_SECONDS at a time) instead of being paid when it opens.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from innerchild_desktop.domain import spelling
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.session import OpenJournal
from innerchild_desktop.services.spelling import LANGUAGES, Speller, SpellingService, load_speller
from innerchild_desktop.ui.tasks import TaskRunner
from innerchild_desktop.ui.theme import colours

CHUNK_SECONDS = 0.008  # a first pass works this long per idle moment (half a 60 Hz frame)


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)  # not attached to a document until a speller is ready
        self.speller: Speller | None = None
        self.ignored: set[str] = set()  # "Ignore in this entry": the open entry only
        # During a first pass: blocks from this number on are left for the pass (None: none).
        self.deferred_from: int | None = None
        self.squiggle = QTextCharFormat()
        self.recolour()

    def recolour(self) -> None:
        """The underline in the theme's warning colour (light or dark, whichever is in force)."""
        self.squiggle.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.squiggle.setUnderlineColor(QColor(colours().warning))

    def misspelled(self, text: str, previous_state: int) -> list[tuple[int, str]]:
        speller = self.speller
        if speller is None:
            return []
        return [
            (start, word)
            for start, word in spelling.words(text, previous_state)
            if word not in self.ignored and not speller.is_correct(word)
        ]

    def highlightBlock(self, text: str) -> None:
        previous = max(self.previousBlockState(), 0)
        self.setCurrentBlockState(spelling.block_state(text, previous))
        deferred = self.deferred_from
        if deferred is not None and self.currentBlock().blockNumber() >= deferred:
            return  # the idle pass comes to it soon
        for start, word in self.misspelled(text, previous):
            self.setFormat(start, len(word), self.squiggle)


class SpellCheck(QObject):
    """The body's spell-checking: follows the journal's choices, loads the word list in the
    background, and offers the word under the mouse's suggestions."""

    ready = Signal()  # a speller is in place and the underlines are (being) drawn

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.highlighter = SpellHighlighter(self)
        self.service: SpellingService | None = None
        self._wanted: tuple[str, tuple[str, ...]] | None = None  # language, personal words
        self.entry_id: str | None = None  # the open entry (it may have its own language)
        self._runner = TaskRunner(self)
        self._pass = QTimer(self)  # the first full pass, spread over idle moments
        self._pass.setInterval(0)
        self._pass.timeout.connect(self._next_chunk)
        edit.installEventFilter(self)  # light or dark: the squiggle follows the theme

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.PaletteChange:
            self.highlighter.recolour()
            if self.is_active():
                self.start_pass()
        return False

    @property
    def speller(self) -> Speller | None:
        return self.highlighter.speller

    def is_active(self) -> bool:
        return self.highlighter.document() is not None and self.speller is not None

    # --- following the journal's choices --------------------------------------------------------
    def refresh(self, journal: OpenJournal | None) -> None:
        """Apply the journal's spell-check choices (on, language, personal words); None: off."""
        self.highlighter.recolour()
        if journal is None:
            self.service, self._wanted = None, None
            self._detach()
            self.highlighter.speller = None
            return
        self.service = SpellingService(journal)
        if not self.service.enabled():
            self._wanted = None
            self._detach()
            return
        wanted = (
            self.service.entry_language(self.entry_id),
            tuple(self.service.personal_words()),
        )
        current = self.speller
        if current is not None and self._wanted == wanted and current.language == wanted[0]:
            self._attach()
            return
        self._wanted = wanted
        self._runner.start(
            functools.partial(load_speller, *wanted),
            functools.partial(self._loaded, wanted),
            self._failed,
        )

    def _loaded(self, wanted: tuple[str, tuple[str, ...]], speller: Speller) -> None:
        if wanted != self._wanted:
            return  # the choice changed (or spell-check was turned off) while it loaded
        self.highlighter.speller = speller
        self._attach(fresh=True)

    def _failed(self, _error: BaseException) -> None:
        self._detach()  # no word list: no underlines, and the writing goes on untouched

    def _attach(self, *, fresh: bool = False) -> None:
        if self.highlighter.document() is None:
            # Qt rehighlights a newly attached document at once: defer every block to the pass.
            self.highlighter.deferred_from = 0
            with self._quiet():
                self.highlighter.setDocument(self.edit.document())
                self.highlighter.rehighlight()  # now, cheaply (all deferred), not queued
            fresh = True
        if fresh:
            self.start_pass()
        self.ready.emit()

    def _detach(self) -> None:
        self._pass.stop()
        self.highlighter.deferred_from = None
        if self.highlighter.document() is not None:
            with self._quiet():
                self.highlighter.setDocument(None)  # its underlines go with it

    def start_pass(self) -> None:
        """Underline the whole document again, a few milliseconds per idle moment."""
        self.highlighter.deferred_from = 0
        self._pass.start()

    def _next_chunk(self) -> None:
        highlighter = self.highlighter
        document = highlighter.document()
        start = highlighter.deferred_from
        if document is None or start is None:
            self._pass.stop()
            return
        deadline = time.perf_counter() + CHUNK_SECONDS
        block = document.findBlockByNumber(start)
        with self._quiet():
            while block.isValid():
                number = block.blockNumber()
                highlighter.deferred_from = number + 1  # this block (not those it cascades to)
                highlighter.rehighlightBlock(block)
                block = block.next()
                if time.perf_counter() >= deadline:
                    break
        if not block.isValid():
            highlighter.deferred_from = None
            self._pass.stop()
        else:
            highlighter.deferred_from = block.blockNumber()

    def finish_pass(self) -> None:
        """Underline everything now (tests, screenshots)."""
        while self._pass.isActive():
            self._next_chunk()

    def new_entry(self, entry_id: str | None = None) -> None:
        """Another entry is coming into the editor (call before its text is set): forget the
        "Ignore in this entry" words, check it in its own language if it has one, and
        underline its text in idle chunks."""
        self.highlighter.ignored.clear()
        changed = entry_id != self.entry_id
        self.entry_id = entry_id
        service, wanted = self.service, self._wanted
        other_language = (
            changed
            and service is not None
            and wanted is not None
            and service.entry_language(entry_id) != wanted[0]
        )
        if other_language and service is not None:  # its word list loads meanwhile
            self.refresh(service.journal)
            return
        if self.is_active():
            self.start_pass()

    def saved_as(self, entry_id: str) -> None:
        """A new entry got its id (its first save): it keeps the language it is checked in."""
        self.entry_id = entry_id

    def set_entry_language(self, code: str | None) -> None:
        """Check the open entry in ``code`` (a bilingual journal); None: as the journal."""
        if self.service is None or self.entry_id is None:
            return
        self.service.set_entry_language(self.entry_id, code)
        self.refresh(self.service.journal)

    # --- the word under the mouse ---------------------------------------------------------------
    def word_at(self, cursor: QTextCursor) -> tuple[int, str] | None:
        """(document position, word) of the misspelled word at ``cursor``, if any."""
        if not self.is_active():
            return None
        block = cursor.block()
        previous = block.previous()
        state = max(previous.userState(), 0) if previous.isValid() else 0
        column = cursor.positionInBlock()
        for start, word in self.highlighter.misspelled(block.text(), state):
            if start <= column <= start + len(word):
                return block.position() + start, word
        return None

    def add_actions(self, menu: QMenu, cursor: QTextCursor) -> None:
        """The misspelled word's suggestions and choices at the top of ``menu``; the entry's
        spelling language at its end."""
        self._add_word_actions(menu, cursor)
        self.add_language_menu(menu)

    def _add_word_actions(self, menu: QMenu, cursor: QTextCursor) -> None:
        found = self.word_at(cursor)
        speller = self.speller
        if found is None or speller is None:
            return
        position, word = found
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        suggestions = speller.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, s=suggestion: self.replace(position, word, s))
            actions.append(action)
        if not suggestions:
            none = QAction(translate("journal.spell_highlight", "No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(translate("journal.spell_highlight", "Add to my dictionary"), menu)
        add.setToolTip(translate("journal.spell_highlight", "Kept inside your encrypted journal"))
        add.triggered.connect(lambda: self.add_word(word))
        ignore = QAction(translate("journal.spell_highlight", "Ignore in this entry"), menu)
        ignore.triggered.connect(lambda: self.ignore(word))
        actions += [add, ignore]
        menu.insertActions(first, actions)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]

    def add_language_menu(self, menu: QMenu) -> None:
        """ "Spelling language of this entry" at the end of ``menu``: a bilingual journal checks
        each entry in its own language ("As the journal" follows Settings)."""
        if self.service is None or self.entry_id is None or not self.service.enabled():
            return
        chosen = self.service.entry_language_chosen(self.entry_id)
        languages = menu.addMenu(
            translate("journal.spell_highlight", "Spelling language of this entry")
        )
        journal_language = LANGUAGES.get(self.service.language(), "")
        same = languages.addAction(
            translate("journal.spell_highlight", "As the journal ({language})").format(
                language=journal_language
            )
        )
        same.setCheckable(True)
        same.setChecked(chosen is None)
        same.triggered.connect(lambda: self.set_entry_language(None))
        languages.addSeparator()
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)  # each language in its own words
            action.setCheckable(True)
            action.setChecked(chosen == code)
            action.triggered.connect(lambda _=False, c=code: self.set_entry_language(c))

    def replace(self, position: int, word: str, suggestion: str) -> None:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(position)
        cursor.setPosition(position + len(word), QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != word:
            return  # the text moved under the menu: change nothing
        cursor.beginEditBlock()
        cursor.insertText(suggestion)
        cursor.endEditBlock()

    def add_word(self, word: str) -> None:
        """Into the personal dictionary, encrypted in the journal; the underline goes at once."""
        if self.service is None or self.speller is None:
            return
        self.service.add_word(word)
        self.speller.accept(word)
        self._wanted = (self.speller.language, tuple(self.service.personal_words()))
        self._rehighlight_word(word)

    def ignore(self, word: str) -> None:
        self.highlighter.ignored.add(word)
        self._rehighlight_word(word)

    def _rehighlight_word(self, word: str) -> None:
        document = self.highlighter.document()
        if document is None:
            return
        block = document.begin()
        with self._quiet():
            while block.isValid():
                if word in block.text():
                    self.highlighter.rehighlightBlock(block)
                block = block.next()

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        """Underlines are not edits: the editor must not hear textChanged (nothing to save)."""
        blocked = self.edit.blockSignals(True)
        try:
            yield
        finally:
            self.edit.blockSignals(blocked)
