"""Every main screen looks calm in light and in dark, and nothing is drawn in alarm red.

Each screen is rendered offscreen (``QWidget.grab``) in both themes and measured against the
limits in tests/look.py (kept there, with why, for this file and tests/unit/test_contrast.py):

- in dark, no large light block (a glaring canvas, a white preview); in light, no large dark one;
- every visible label's text against the background actually drawn behind it: WCAG AA;
- the calendar's text formats: never red, and entry days readable;
- the share preview: its text in the theme's colours, not the printed file's purple serif.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QWidget,
)

from innerchild_desktop.services.access import AccessService
from innerchild_desktop.services.demo import fill_demo
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.ui import theme
from innerchild_desktop.ui.journal.calendar import EntryCalendar
from innerchild_desktop.ui.question import ask
from innerchild_desktop.ui.transfer.share_dialog import ShareDialog
from tests import look
from tests.conftest import PASSPHRASE
from tests.look import AA_LARGE, AA_TEXT, DARK_PIXEL, LIGHT_PIXEL, MAX_WRONG_SHARE

SAVE_TO = os.environ.get("INNERCHILD_LOOK_SHOTS", "")  # a folder: keep each picture measured
SAMPLE_STEP = 3  # measure every 3rd pixel each way: the same shares, ninefold less work


def contrast(a: QColor, b: QColor) -> float:
    return look.contrast(a.name(), b.name())


def is_reddish(colour: QColor) -> bool:
    return look.is_reddish(colour.name())


def pixels(image: QImage) -> Iterator[tuple[int, int, int]]:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data, stride = bytes(rgb.constBits()), rgb.bytesPerLine()
    for y in range(0, rgb.height(), SAMPLE_STEP):
        row = y * stride
        for x in range(0, rgb.width(), SAMPLE_STEP):
            i = row + 3 * x
            yield data[i], data[i + 1], data[i + 2]


def wrong_share(image: QImage, dark: bool) -> float:
    """The share of pixels on the wrong side: light ones in dark mode, dark ones in light."""
    wrong = total = 0
    for r, g, b in pixels(image):
        lum = look.luminance_rgb(r, g, b)
        total += 1
        wrong += lum > LIGHT_PIXEL if dark else lum < DARK_PIXEL
    return wrong / max(total, 1)


def background_behind(image: QImage, widget: QWidget, root: QWidget) -> QColor:
    """The colour drawn most under ``widget`` in ``root``'s picture: its background (text is
    thin, so the ground always wins the count)."""
    shown = widget.visibleRegion().boundingRect()  # the part not scrolled away or covered
    top_left = widget.mapTo(root, shown.topLeft())
    part = image.copy(top_left.x(), top_left.y(), shown.width(), shown.height())
    (r, g, b), _ = Counter(pixels(part)).most_common(1)[0]
    return QColor(r, g, b)


def text_widgets(root: QWidget) -> Iterator[QLabel | QAbstractButton]:
    """Visible, enabled widgets that show words: labels (not pictures) and buttons."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not (widget.isVisibleTo(root) and widget.isEnabled() and widget.text().strip()):
            continue
        if isinstance(widget, QLabel) and not widget.pixmap().isNull():
            continue
        # A style sheet's ":checked" colours are not in the palette read below: skip a checked
        # button rather than judge the wrong colour (check boxes keep their text colour).
        checked = isinstance(widget, QAbstractButton) and widget.isChecked()
        if checked and not isinstance(widget, QCheckBox | QRadioButton):
            continue
        yield widget


def label_failures(image: QImage, root: QWidget) -> list[str]:
    """Each text widget's colour against the colour drawn most behind it, by WCAG AA."""
    failures = []
    for lab in text_widgets(root):
        shown = lab.visibleRegion().boundingRect()
        if shown.width() < 4 or shown.height() < 4:  # tiny, or scrolled out of sight
            continue
        ink = lab.palette().color(lab.foregroundRole())
        ground = background_behind(image, lab, root)
        font = lab.font()
        large = font.pointSizeF() >= 18 or (font.pointSizeF() >= 14 and font.bold())
        need = AA_LARGE if large else AA_TEXT
        ratio = contrast(ink, ground)
        if ratio < need:
            failures.append(
                f"{lab.text()[:40]!r}: {ink.name()} on {ground.name()} = {ratio:.2f} < {need}"
            )
    return failures


def picture(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def themed(request, qapp):
    theme.apply_theme(qapp, dark=request.param)
    yield request.param
    theme.apply_theme(qapp, dark=False)


@pytest.fixture
def demo_window(qtbot, make_window, paths):
    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        fill_demo(journal, entries=40, memories=12, sessions=6, today=date(2026, 11, 24))
    window = make_window()
    window.resize(1100, 720)
    return window


def unlock(qtbot, window) -> None:
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


def check_screen(name: str, widget: QWidget, dark: bool) -> list[str]:
    image = picture(widget)
    share = wrong_share(image, dark)
    if SAVE_TO:
        image.save(f"{SAVE_TO}/{name}-{'dark' if dark else 'light'}.png")
        print(f"{name} {'dark' if dark else 'light'}: {share:.1%} on the wrong side")
    problems = []
    if share > MAX_WRONG_SHARE:
        kind = "light" if dark else "dark"
        problems.append(
            f"{name}: {share:.0%} of the screen is {kind} (at most {MAX_WRONG_SHARE:.0%})"
        )
    problems += [f"{name}: {failure}" for failure in label_failures(image, widget)]
    return problems


# --- Every main screen ---------------------------------------------------------------------------


def open_share(qtbot, window) -> ShareDialog:
    share = window.transfers.open_share(today=date(2026, 11, 24))
    assert isinstance(share, ShareDialog)
    share.resize(1180, 760)
    qtbot.waitUntil(lambda: bool(share.preview_html) and not share.timer.isActive(), timeout=10_000)
    return share


def test_every_screen_follows_the_theme(qtbot, demo_window, themed) -> None:
    """One walk through the app per theme (a journal is opened once): the lock screen, each page
    but the Timeline (its own test), the calendar, a question, the share and export dialogs.
    All problems are listed together."""
    problems = check_screen("lock screen", demo_window, themed)
    unlock(qtbot, demo_window)
    journal = demo_window.workspace.journal_page
    journal.list.setCurrentIndex(journal.model.index(0, 0))
    for page in demo_window.workspace.pages:
        if page.title != "Timeline":
            demo_window.workspace.show_page(page.title)
            problems += check_screen(page.title, demo_window, themed)
    demo_window.workspace.show_page("Journal")
    journal.modes.button(1).click()
    journal.calendar.setCurrentPage(2026, 11)
    problems += check_screen("calendar", demo_window, themed)
    journal.show_day(date(2026, 11, 23))
    problems += check_screen("calendar, a day", demo_window, themed)
    journal.modes.button(0).click()
    box = ask(
        demo_window,
        "Keep your exercise?",
        "Would you like to keep what you wrote?",
        "You can come back to it later.",
        careful="Keep it",
        other="Not now",
        on_other=lambda: None,
    )
    problems += check_screen("question", box, themed)
    box.reject()
    share = open_share(qtbot, demo_window)
    problems += check_screen("share", share, themed)
    share.reject()
    export = demo_window.transfers.open_export(today=date(2026, 11, 24))
    assert export is not None
    problems += check_screen("export", export, themed)
    export.reject()
    assert problems == []


def test_the_timeline_follows_the_theme(qtbot, demo_window, themed) -> None:
    unlock(qtbot, demo_window)
    demo_window.workspace.show_page("Timeline")
    assert check_screen("Timeline", demo_window, themed) == []


# --- The share preview ---------------------------------------------------------------------------
def test_the_share_preview_text_is_in_the_themes_colours_and_type(qtbot, demo_window, themed):
    """Before: the printed file's CSS (purple serif headings, near-black text) in the app,
    unreadable on the dark preview."""
    unlock(qtbot, demo_window)
    share = open_share(qtbot, demo_window)
    try:
        ground = background_behind(picture(share), share.preview, share)  # as drawn
        block = share.preview.document().begin()
        seen = 0
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.text().strip():
                    seen += 1
                    ink = (
                        fmt.foreground().color()
                        if fmt.foreground().style() != Qt.BrushStyle.NoBrush
                        else share.preview.palette().color(QPalette.ColorRole.Text)
                    )
                    text = fragment.text()[:30]
                    assert contrast(ink, ground) >= AA_TEXT, f"{text!r} in {ink.name()}"
                    assert not any("georgia" in f.lower() for f in fmt.fontFamilies() or []), text
                it += 1
            block = block.next()
        assert seen > 10
    finally:
        share.reject()


# --- The calendar ---------------------------------------------------------------------------------
def calendar_formats(calendar: EntryCalendar) -> dict[str, QTextCharFormat]:
    formats = {"header": calendar.headerTextFormat()}
    for day in Qt.DayOfWeek:
        formats[day.name] = calendar.weekdayTextFormat(day)
    for when, fmt in calendar.dateTextFormat().items():
        formats[when.toString(Qt.DateFormat.ISODate)] = fmt
    return formats


def ink_of(fmt: QTextCharFormat, calendar: QWidget) -> QColor:
    if fmt.foreground().style() != Qt.BrushStyle.NoBrush:
        return fmt.foreground().color()
    return calendar.palette().color(QPalette.ColorRole.Text)


def test_no_calendar_text_is_red(qtbot, demo_window, themed) -> None:
    """Qt paints Saturday and Sunday red by default; weekends are not alarms."""
    unlock(qtbot, demo_window)
    calendar = demo_window.workspace.journal_page.calendar
    calendar.setCurrentPage(2026, 11)
    formats = calendar_formats(calendar)
    assert len(formats) > 9  # header, seven weekdays, and the marked days
    red = {name: ink_of(f, calendar).name() for name, f in formats.items()}
    red = {name: colour for name, colour in red.items() if is_reddish(QColor(colour))}
    assert red == {}


def test_calendar_entry_days_are_readable(qtbot, demo_window, themed) -> None:
    """Before: entry days were the highlight lightened, near-white under light text in dark."""
    unlock(qtbot, demo_window)
    calendar = demo_window.workspace.journal_page.calendar
    calendar.setCurrentPage(2026, 11)
    assert calendar.marked, "the demo journal has entries in November 2026"
    for iso in calendar.marked:
        day = date.fromisoformat(iso)
        fmt = calendar.dateTextFormat(QDate(day.year, day.month, day.day))
        ink, ground = ink_of(fmt, calendar), fmt.background().color()
        assert contrast(ink, ground) >= AA_TEXT, f"{iso}: {ink.name()} on {ground.name()}"


def test_the_calendar_restyles_when_the_theme_changes(qtbot, qapp) -> None:
    calendar = EntryCalendar()
    qtbot.addWidget(calendar)
    for dark in (True, False):
        theme.apply_theme(qapp, dark=dark)
        expected = QColor(theme.DARK.text if dark else theme.LIGHT.text)
        assert ink_of(calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday), calendar) == expected


# --- The instruments themselves -------------------------------------------------------------------
def test_the_measures_catch_a_glaring_block_and_faint_text(qtbot, qapp) -> None:
    theme.apply_theme(qapp, dark=True)
    try:
        screen = QWidget()
        screen.setObjectName("Probe")
        screen.setStyleSheet("QWidget#Probe { background: #f0f0f0; }")
        faint = QLabel("Faint words on a pale ground", screen)
        faint.setStyleSheet("color: #c8c8c8;")
        qtbot.addWidget(screen)
        screen.resize(300, 100)
        screen.show()
        qtbot.waitExposed(screen)
        image = picture(screen)
        assert wrong_share(image, dark=True) > 0.9
        assert wrong_share(image, dark=False) < 0.01
        failures = label_failures(image, screen)
        assert len(failures) == 1 and "#c8c8c8 on #f0f0f0" in failures[0]
    finally:
        theme.apply_theme(qapp, dark=False)
