"""The window's language: Qt's own translators, loaded before the lock screen is built.

The choice ("system" or a language code) lives in QSettings beside the text size: it must apply
to the lock screen too, and says nothing personal. ``innerchild_<code>.qm`` (built from
``resources/i18n/*.ts`` by ``pyside6-lrelease`` in ``make``) and Qt's own ``qtbase_<code>.qm``
(for standard dialogs) are installed on the application; then ``domain.i18n.translate`` is
pointed at ``QCoreApplication.translate`` so that every layer speaks from the same catalogue.
Without a built ``.qm`` (a plain ``pip install`` of a checkout) the ``.ts`` source is read instead.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from innerchild_desktop.domain import i18n
from innerchild_desktop.services import translations
from innerchild_desktop.ui.prefs_keys import UI_LANGUAGE

SYSTEM = "system"
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The stored choice: "system" (the default) or a shipped language code."""
    raw = QSettings().value(UI_LANGUAGE, SYSTEM)
    if isinstance(raw, str) and (raw == SYSTEM or raw in translations.available_languages()):
        return raw
    return SYSTEM


def effective_language(choice: str | None = None) -> str:
    """The code of the language a choice means here ("system" follows LANGUAGE, LANG…)."""
    choice = chosen_language() if choice is None else choice
    if choice != SYSTEM and choice in translations.available_languages():
        return choice
    return translations.language_for(os.environ)


def set_language(choice: str) -> str:
    """Store the choice and install it now; returns the language code in effect."""
    QSettings().setValue(UI_LANGUAGE, choice)
    app = QCoreApplication.instance()
    return install_translators(app) if app is not None else effective_language(choice)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the catalogues of ``language`` (default: the stored choice) on ``app``."""
    language = effective_language() if language is None else language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Dates and numbers Qt formats (calendars, date fields) follow the chosen language too.
    QLocale.setDefault(QLocale(language) if language != i18n.DEFAULT else QLocale.system())
    if language != i18n.DEFAULT:  # Qt's own words in standard dialogs
        qt_base = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    own = QTranslator(app)
    if own.load(f"{translations.CATALOGUE_PREFIX}{language}", str(translations.catalogue_dir())):
        app.installTranslator(own)
        _installed.append(own)
        i18n.install(i18n.grouping(QCoreApplication.translate, language), language)
    else:  # no .qm built: read the .ts source
        translations.install_language(language)
    return language
