"""Every key the app keeps in QSettings, in one place.

QSettings holds UI preferences only, never anything personal: it is a plain file, readable
while the journal is locked. Journal settings (encrypted, inside the journal) are registered in
domain/settings.py instead. tests/gui/test_shell.py checks that nothing else lands in the file.
"""

from __future__ import annotations

WINDOW_GEOMETRY = "window/geometry"  # ui/main_window.py
TEXT_SCALE = "ui/text_scale"  # ui/application.py: the text-size choice, also on the lock screen
EDITOR_DETAILS_OPEN = "journal/details_open"  # ui/journal/details.py: the Details row unfolded
# The exercises' choices (pace, motion, sound, counts, last calm pattern id, notes shown) live
# under this group; ui/soothe/prefs.py SoothePrefs names the keys inside it.
SOOTHE_GROUP = "soothe"
UI_LANGUAGE = "ui/language"  # ui/i18n.py: "system" or a language code, also on the lock screen
