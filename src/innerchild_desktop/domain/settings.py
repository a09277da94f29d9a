"""Every journal setting in one place: its key, type, default, and whether it is the app's own.

Journal settings are JSON values in the encrypted ``settings`` table (store/settings.py reads
and writes them, only through the entries here). QSettings holds UI preferences and is not
listed here (ui/soothe/prefs.py).

- A value read back that is not of the entry's type (an older shape, a damaged or hand-edited
  import) reads as the default: a setting never crashes a screen.
- Writing a value of the wrong type is a programming error: ``TypeError``.
- ``internal`` settings are the app's bookkeeping about this one file (paths, sequence numbers,
  when its key was renewed): never exported, never taken from an import.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

NoneType = type(None)


def _iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # None: checked by the types
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _language_code(value: str) -> bool:
    return 2 <= len(value) <= 3 and value.isascii() and value.isalpha() and value.islower()


def _all_str(value: object) -> bool:
    return not isinstance(value, list) or all(isinstance(v, str) for v in value)


@dataclass(frozen=True, eq=False)  # one object per key: compared and hashed by identity
class Setting[T]:
    """One journal setting. ``types`` are the JSON-level types a value may have."""

    key: str
    types: tuple[type, ...]
    default: T
    internal: bool
    doc: str
    valid: Callable[[object], bool] | None = None  # a finer check than the types, if any

    def accepts(self, value: object) -> bool:
        # bool is an int to Python, but a stored true is not a number of minutes (nor 1 a choice).
        if isinstance(value, bool) and bool not in self.types:
            return False
        if not isinstance(value, self.types):
            return False
        return self.valid is None or self.valid(value)

    def fresh_default(self) -> T:
        """The default, copied: a caller changing a list or dict cannot change the registry."""
        return copy.deepcopy(self.default)

    def checked(self, value: object) -> T:
        """``value`` if it is of this setting's type, else the default (reading)."""
        return value if self.accepts(value) else self.fresh_default()  # type: ignore[return-value]

    def require(self, value: object) -> None:
        """Refuse a value of the wrong type (writing): a programming error, never the person's."""
        if not self.accepts(value):
            raise TypeError(
                f"setting {self.key!r} takes {' or '.join(t.__name__ for t in self.types)},"
                f" not {type(value).__name__}"
            )


# --- the person's choices (exported and imported with the journal) ---------------------------

AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "auto_lock_minutes", (int,), 5, False, "Minutes without use before the journal locks."
)
# Only journals from before the choice was asked lack the key: they keep it on. A new journal
# starts with it off (NEW_JOURNAL_SETTINGS) until the person chooses (first run, Settings).
ON_THIS_DAY: Setting[bool] = Setting(
    "on_this_day", (bool,), True, False, "Show entries from this day in earlier years."
)
EDITOR_FONT: Setting[str | None] = Setting(
    "editor_font", (str, NoneType), None, False, "The journal editor's font family."
)
EDITOR_MEASURE: Setting[int] = Setting(
    "editor_measure",
    (int,),
    70,
    False,
    "The editor's line length in average characters (0: the full width of the window).",
    lambda value: not isinstance(value, int) or 0 <= value <= 200,
)
SHARE_NAMES: Setting[list[str]] = Setting(
    "share_names",
    (list,),
    [],
    False,
    "Names the share dialog hides in what is shared.",
    _all_str,
)
BREATHING_PATTERNS: Setting[list[Any]] = Setting(
    "breathing_patterns", (list,), [], False, "The person's own breathing patterns."
)
SAFETY_PLAN: Setting[dict[str, Any] | None] = Setting(
    "safety_plan", (dict, NoneType), None, False, "The safety plan (SafetyPlan.to_json)."
)
PROMPT_SETTINGS: Setting[dict[str, Any]] = Setting(
    "prompt_settings",
    (dict,),
    {},
    False,
    'Prompt choices: {"avoid_themes": [...], "max_depth": "gentle"}.',
)
PROMPT_LANGUAGE: Setting[str] = Setting(
    "prompt_language",
    (str,),
    "system",
    False,
    'The prompt library\'s language: "system" (the system\'s, else English) or "en", "es", ...',
    lambda value: not isinstance(value, str) or value == "system" or _language_code(value),
)
DEEPER_INVITATION: Setting[str | None] = Setting(
    "deeper_prompts_invitation",
    (str, NoneType),
    None,
    False,
    '"dismissed" once the invitation to deeper prompts has done its work.',
)
OVERWHELMED_ON: Setting[str | None] = Setting(
    "overwhelmed_on",
    (str, NoneType),
    None,
    False,
    'The day (ISO) "I feel overwhelmed" was last used: prompts stay gentle that day.',
    _iso_date,
)
PACK_DRAFT: Setting[dict[str, Any] | None] = Setting(
    "pack_draft", (dict, NoneType), None, False, "The pack editor's unfinished pack."
)
BIRTH_DATE: Setting[str | None] = Setting(
    "birth_date", (str, NoneType), None, False, "The (optional) birth date, ISO.", _iso_date
)
REVIEW_PROGRESS: Setting[dict[str, Any]] = Setting(
    "review_progress",
    (dict,),
    {},
    False,
    'Where the timeline review walk was left: {"order": ..., "memory_id": ...}.',
)
REMINDER_WORDS: Setting[str | None] = Setting(
    "reminder_words",
    (str, NoneType),
    None,
    False,
    "The person's own words for gentle reminders (on this computer only: never synced).",
)
SPELL_CHECK: Setting[bool] = Setting(
    "spell_check", (bool,), True, False, "Underline words the spell-checker does not know."
)
SPELL_LANGUAGE: Setting[str | None] = Setting(
    "spell_language",
    (str, NoneType),
    None,
    False,
    'The spell-checker\'s language ("en", "es", ...); None: the system\'s, else English.',
)
SPELL_WORDS: Setting[list[str]] = Setting(
    "spell_words",
    (list,),
    [],
    False,
    "The personal dictionary: words the person added (names, places): journal content.",
    _all_str,
)
SPELL_ENTRY_LANGUAGES: Setting[dict[str, str]] = Setting(
    "spell_entry_languages",
    (dict,),
    {},
    False,
    "Entries written in another language than the journal's: entry id -> spell-check language.",
    lambda value: (
        isinstance(value, dict)
        and all(isinstance(v, str) and _language_code(v) for v in value.values())
    ),
)

COMFORT_BOX: Setting[list[Any]] = Setting(
    "comfort_box",
    (list,),
    [],
    False,
    "The comfort box: cards, photos, voice notes, passages (ComfortBox.to_json).",
)

BLUR_ENTRY_PHOTOS: Setting[bool] = Setting(
    "blur_entry_photos",
    (bool,),
    False,
    False,
    "Blur the photos in entries until the person chooses to look (memory photos: on).",
)
BLUR_MEMORY_PHOTOS: Setting[bool] = Setting(
    "blur_memory_photos",
    (bool,),
    True,
    False,
    "Blur the photos kept with memories until the person chooses to look.",
)
PHOTO_BLUR_CHOICES: Setting[dict[str, Any]] = Setting(
    "photo_blur_choices",
    (dict,),
    {},
    False,
    'One photo\'s own choice, by attachment id: "show" (always) or "blur" (until I look).',
    lambda v: isinstance(v, dict) and all(c in ("show", "blur") for c in v.values()),
)
YOUNGER_ME_PHOTO: Setting[str | None] = Setting(
    "younger_me_photo",
    (str, NoneType),
    None,
    False,
    "The attachment id of the photo pinned as the younger me (timeline, letters).",
)

# --- the app's own bookkeeping about this file (internal: never exported nor imported) ------

SEARCH_INDEX_TIDIED: Setting[int] = Setting(
    "search_index_tidied_seq",
    (int,),
    0,
    True,
    "The newest entry seq the search index was last tidied up to (services.upkeep).",
)
PENDING_EXPORTS: Setting[list[str]] = Setting(
    "pending_export_targets",
    (list,),
    [],
    True,
    "Exports under way (paths), tidied at the next open if killed (store.leftovers).",
    _all_str,
)
KEY_RENEWED_AT: Setting[str | None] = Setting(
    "key_renewed_at",
    (str, NoneType),
    None,
    True,
    "When the journal last got a new key (store.rekey, ISO UTC): older backups open only "
    "with the passphrase and recovery key of then.",
)

SETTINGS: Mapping[str, Setting[Any]] = {
    s.key: s
    for s in (
        AUTO_LOCK_MINUTES,
        ON_THIS_DAY,
        EDITOR_FONT,
        EDITOR_MEASURE,
        SHARE_NAMES,
        BREATHING_PATTERNS,
        SAFETY_PLAN,
        PROMPT_SETTINGS,
        PROMPT_LANGUAGE,
        DEEPER_INVITATION,
        OVERWHELMED_ON,
        PACK_DRAFT,
        BIRTH_DATE,
        REVIEW_PROGRESS,
        REMINDER_WORDS,
        SPELL_CHECK,
        SPELL_LANGUAGE,
        SPELL_WORDS,
        SPELL_ENTRY_LANGUAGES,
        COMFORT_BOX,
        BLUR_ENTRY_PHOTOS,
        BLUR_MEMORY_PHOTOS,
        PHOTO_BLUR_CHOICES,
        YOUNGER_ME_PHOTO,
        SEARCH_INDEX_TIDIED,
        PENDING_EXPORTS,
        KEY_RENEWED_AT,
    )
}
INTERNAL_SETTINGS = frozenset(k for k, s in SETTINGS.items() if s.internal)

# Written once, when a journal is created (store.opening).
NEW_JOURNAL_SETTINGS: Mapping[str, object] = {ON_THIS_DAY.key: False}


def setting_for[T](key: str | Setting[T]) -> Setting[T]:
    """The registered setting for ``key``; an unknown key is a programming error (KeyError)."""
    if isinstance(key, Setting):
        if SETTINGS.get(key.key) is not key:
            raise KeyError(f"not a registered setting: {key.key!r}")
        return key
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"not a registered setting: {key!r}") from None


def is_exported(key: str) -> bool:
    """Whether a stored key travels in a complete export (and is taken from an import): the
    person's settings, and keys this version does not know (written by a newer one)."""
    found = SETTINGS.get(key)
    return found is None or not found.internal
