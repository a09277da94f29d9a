"""Blur until I choose to look, and the younger-me photo on the Timeline and Letters."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from innerchild_desktop.domain.entries import EntryKind, NewEntry
from innerchild_desktop.domain.settings import BLUR_ENTRY_PHOTOS
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.photo_blur import PhotoBlur
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.ui.journal.photo_veil import attach_blur
from innerchild_desktop.ui.journal.preview import SafePreview
from innerchild_desktop.ui.photo_blur import blurred
from innerchild_desktop.ui.timeline.page import TimelinePage
from innerchild_desktop.ui.younger_me import BLURRED_NAME, SHOWN_NAME
from tests.conftest import PASSPHRASE

IMAGE = QTextDocument.ResourceType.ImageResource.value


def detailed_image(width: int = 240, height: int = 180) -> QImage:
    """Fine detail everywhere (stripes and a checkerboard), as a face's edges would be."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            on = ((x // 3) + (y // 3)) % 2 if x < width // 2 else (x // 2) % 2
            image.setPixelColor(x, y, QColor(240, 220, 200) if on else QColor(40, 30, 60))
    return image


def png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def high_frequency(image: QImage) -> float:
    """Mean squared difference between neighbouring pixels (the detail a face is made of)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    total = 0
    for y in range(image.height()):
        for x in range(image.width() - 1):
            total += (image.pixelColor(x, y).red() - image.pixelColor(x + 1, y).red()) ** 2
    return total / (image.width() * image.height())


def test_a_blurred_photo_is_really_blurred(qapp) -> None:
    original = detailed_image()
    soft = blurred(original)
    assert soft.size() == original.size()
    assert high_frequency(soft) < high_frequency(original) / 100


def _memory_with_photo(journal) -> tuple[TimelinePage, str]:
    memory = TimelineService(journal).add_memory("The den", "age 6")
    with journal.transaction() as conn:
        ident = attachment_store.add_attachment(conn, png(detailed_image()), memory_id=memory)
    return memory, ident


def _page(qtbot, journal) -> TimelinePage:
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.load(JournalService(journal))
    return page


def test_memory_photo_shows_blurred_and_enter_reveals_it_for_this_viewing(qtbot, journal) -> None:
    _, ident = _memory_with_photo(journal)
    page = _page(qtbot, journal)
    page.show_marker(page.scene.markers[0])
    card = page.card
    assert f"attachment:{ident}#blurred" in card._html or "#blurred" in card.toHtml()
    shown = card.loadResource(IMAGE, QUrl(f"attachment:{ident}#blurred"))
    plain = card.loadResource(IMAGE, QUrl(f"attachment:{ident}"))
    assert high_frequency(shown) < high_frequency(plain) / 100  # drawn blurred, in memory
    # Keyboard: Tab to the photo's link, Enter shows it.
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    card.focusNextPrevChild(True)
    assert card.textCursor().charFormat().anchorHref() == f"photo:{ident}"
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert ident in card.revealed
    assert "#blurred" not in card.toHtml()
    # Only for this viewing: nothing remembered, the journal locking blurs it again.
    assert PhotoBlur(JournalService(journal)).choice(ident) is None
    page.clear()
    page.load(JournalService(journal))
    page.show_marker(page.scene.markers[0])
    assert "#blurred" in page.card.toHtml()


def test_always_show_is_remembered_for_that_photo_only(qtbot, journal) -> None:
    _, ident = _memory_with_photo(journal)
    page = _page(qtbot, journal)
    page.show_marker(page.scene.markers[0])
    page.card.pop_up = lambda _menu: None  # (a real pop-up grabs the keyboard)
    page.card.photo_chosen(ident)  # look
    page.card.photo_chosen(ident)  # then its choices
    menu = page.card.photo_menu
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"Blur it again", "Always show this photo"}
    actions["Always show this photo"].trigger()
    menu.close()
    assert PhotoBlur(JournalService(journal)).choice(ident) == "show"
    assert "#blurred" not in page.card.toHtml()


def test_entry_photos_are_not_blurred_unless_chosen_in_settings(qtbot, journal) -> None:
    service = JournalService(journal)
    entry = service.add_entry(NewEntry(title="Photos", body="x"))
    ident = service.add_photo(png(detailed_image()), filename="a.png", entry_id=entry)
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.photo_source = service.photo
    attach_blur(preview, service, "entry")
    preview.show_markdown(f"![me](attachment:{ident})", {ident})
    assert "#blurred" not in preview.toHtml()
    service.set_setting(BLUR_ENTRY_PHOTOS, True)
    preview.show_markdown(f"![me](attachment:{ident})", {ident})
    assert "#blurred" in preview.toHtml()
    preview.setFocus()
    preview.focusNextPrevChild(True)
    qtbot.keyClick(preview, Qt.Key.Key_Space)  # Space looks too
    assert ident in preview.revealed


def _window(qtbot, make_window, paths, with_letter: bool = True):
    from innerchild_desktop.services.access import AccessService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF

    journal, _ = AccessService(paths, FAST_TEST_KDF).create(PASSPHRASE)
    with journal:
        s = JournalService(journal)
        s.add_entry(NewEntry(title="Dear little me", body="hello", kind=EntryKind.LETTER_TO))
    window = make_window()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    return window


def test_younger_me_on_timeline_and_letters_opens_a_letter_and_writes_nothing_outside(
    qtbot, make_window, paths, tmp_path_factory, monkeypatch
) -> None:
    tmp = tmp_path_factory.mktemp("tmp")
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    source = tmp_path_factory.mktemp("pictures") / "me at five.png"
    source.write_bytes(png(detailed_image()))
    window = _window(qtbot, make_window, paths)
    workspace = window.workspace
    workspace.show_page("Timeline")
    card = workspace.timeline_page.younger
    assert card.isVisible() and not card.photo.isVisible()  # an invitation, nothing pinned
    assert card.pin_file(source)
    assert card.photo.isVisible() and card.photo.accessibleName() == BLURRED_NAME
    card.photo.setFocus()
    qtbot.keyClick(card.photo, Qt.Key.Key_Space)  # look
    assert card.photo.accessibleName() == SHOWN_NAME
    qtbot.keyClick(card.photo, Qt.Key.Key_Space)  # then a letter to the younger me
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.journal_page)
    editor = workspace.journal_page.editor
    assert editor.kind.currentData() in (EntryKind.LETTER_TO, EntryKind.LETTER_TO.value)
    # Letters shows the same photo at its top; choosing it starts a letter too.
    from innerchild_desktop.ui.journal.page import LETTERS_MODE

    page = workspace.journal_page
    qtbot.mouseClick(page.modes.button(LETTERS_MODE), Qt.MouseButton.LeftButton)
    letters_card = page.letters.younger
    assert letters_card.photo_id == card.photo_id and letters_card.photo.isVisible()
    with qtbot.waitSignal(page.letters.write_requested):
        letters_card.write_button.click()
    # Remove it from the same place.
    card.remove()
    assert not card.photo.isVisible()
    window.lock()  # as the person would: what the editor holds is saved, then it locks
    leaks = []
    for root in (Path(paths.root), Path(os.environ["HOME"]), tmp):
        for path in root.rglob("*"):
            if not path.is_file() or path.name.startswith("journal.db"):
                continue
            head = path.read_bytes()
            if b"\x89PNG" in head or b"\xff\xd8\xff" in head:
                leaks.append(path)
    assert leaks == []


def test_settings_turn_blur_on_for_entry_photos(qtbot, journal) -> None:
    from innerchild_desktop.ui.photo_settings import BlurSection

    service = JournalService(journal)
    section = BlurSection()
    qtbot.addWidget(section)
    section.set_service(service)
    assert section.memories.isChecked() and not section.entries.isChecked()  # the defaults
    section.entries.click()
    assert PhotoBlur(service).defaults() == (True, True)
