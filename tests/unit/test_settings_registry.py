"""The journal settings registry (domain/settings.py) and the store's typed access to it."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain import settings as registry
from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.domain.settings import SETTINGS, Setting
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.prompts import PromptService
from innerchild_desktop.services.safety import SafetyService
from innerchild_desktop.services.soothe import SootheService
from innerchild_desktop.services.timeline import TimelineService
from innerchild_desktop.services.transfer import export_journal, import_journal
from innerchild_desktop.store import leftovers
from innerchild_desktop.store import settings as store
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from tests.conftest import PASSPHRASE
from tests.fixtures.transfer.rich_journal import fill_rich_journal

SRC = Path(__file__).resolve().parents[2] / "src" / "innerchild_desktop"

# A stored value of the wrong type for every setting (what an old shape or a crafted import
# could leave in the table).
WRONG = {
    "auto_lock_minutes": "ten",
    "on_this_day": "yes",
    "editor_font": 12,
    "editor_measure": -5,
    "share_names": ["Sam", 3],
    "breathing_patterns": {"inhale": 4},
    "safety_plan": ["call a friend"],
    "prompt_settings": ["school"],
    "prompt_language": "Español",
    "deeper_prompts_invitation": 1,
    "overwhelmed_on": "yesterday-ish",
    "pack_draft": "half a pack",
    "birth_date": "not a date",
    "review_progress": "step 3",
    "reminder_words": ["A few minutes"],
    "spell_check": "yes",
    "spell_language": 3,
    "spell_words": "Anna",
    "spell_entry_languages": {"an-entry": "Klingon"},
    "comfort_box": {"cards": ["call Maya"]},
    "blur_entry_photos": "on",
    "blur_memory_photos": 1,
    "photo_blur_choices": {"some-photo": "maybe"},
    "younger_me_photo": ["a photo"],
    "search_index_tidied_seq": True,
    "pending_export_targets": "/somewhere",
    "key_renewed_at": 5,
}


def store_raw(journal, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    with journal.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, text),
        )


def test_every_setting_is_registered_once_with_a_default_of_its_own_type() -> None:
    assert set(WRONG) == set(SETTINGS)  # a new setting gets a wrong-typed case above
    for key, setting in SETTINGS.items():
        assert setting.key == key and setting.doc
        assert setting.accepts(setting.default), key
        assert not setting.accepts(WRONG[key]), key
    assert {
        "search_index_tidied_seq",
        "pending_export_targets",
        "key_renewed_at",
    } == registry.INTERNAL_SETTINGS
    assert all(registry.setting_for(k).accepts(v) for k, v in registry.NEW_JOURNAL_SETTINGS.items())


def test_an_unknown_key_is_refused_on_read_and_write(journal) -> None:
    with pytest.raises(KeyError, match="not a registered setting"):
        store.get_setting(journal.conn, "auto_lock")
    with pytest.raises(KeyError):
        JournalService(journal).set_setting("colour", "blue")
    stray: Setting[int] = Setting("auto_lock_minutes", (int,), 1, False, "a look-alike")
    with pytest.raises(KeyError):
        store.get_setting(journal.conn, stray)
    assert (
        journal.conn.execute("SELECT count(*) FROM settings WHERE key = 'colour'").fetchone()[0]
        == 0
    )


@pytest.mark.parametrize("key", sorted(WRONG))
def test_a_wrong_typed_stored_value_reads_as_the_default(journal, key: str) -> None:
    store_raw(journal, key, json.dumps(WRONG[key]))
    assert store.get_setting(journal.conn, key) == SETTINGS[key].default
    store_raw(journal, key, "{not json")
    assert store.get_setting(journal.conn, key) == SETTINGS[key].default


def test_the_screens_services_survive_damaged_settings(journal) -> None:
    for key, value in WRONG.items():
        store_raw(journal, key, json.dumps(value))
    service = JournalService(journal)
    assert service.setting(registry.AUTO_LOCK_MINUTES) == 5
    assert service.on_this_day_enabled() is True
    assert TimelineService(journal).birth_date() is None
    assert TimelineService(journal).review_place().memory_id is None
    assert SootheService(journal).own_patterns() == []
    assert SafetyService(journal).load_plan() == SafetyPlan()
    prompts = PromptService(journal)
    assert prompts.settings()["max_depth"] == "gentle"
    assert prompts.pack_draft() is None
    assert prompts.state(date(2026, 12, 3)).overwhelmed_today is False
    assert leftovers.still_there(journal, journal.paths.backups) == []


def test_the_default_handed_out_is_a_copy(journal) -> None:
    names = store.get_setting(journal.conn, registry.SHARE_NAMES)
    names.append("Sam")
    assert registry.SHARE_NAMES.default == []
    assert store.get_setting(journal.conn, registry.SHARE_NAMES) == []


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (registry.AUTO_LOCK_MINUTES, "5"),
        (registry.AUTO_LOCK_MINUTES, True),  # a bool is not a number of minutes
        (registry.ON_THIS_DAY, 1),
        (registry.SHARE_NAMES, ["Sam", None]),
        (registry.BIRTH_DATE, "03/01/1987"),
        (registry.PROMPT_SETTINGS, None),
        (registry.PENDING_EXPORTS, "/one/path"),
    ],
)
def test_writing_a_wrong_type_is_a_programming_error(journal, setting, value) -> None:
    with pytest.raises(TypeError, match=setting.key), journal.transaction() as conn:
        store.set_setting(conn, setting, value)
    row = journal.conn.execute("SELECT 1 FROM settings WHERE key = ?", (setting.key,))
    assert row.fetchone() is None or setting is registry.ON_THIS_DAY  # set at creation


def test_internal_settings_never_leave_nor_arrive_with_an_export(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    with journal.transaction() as conn:
        store.set_setting(conn, registry.SEARCH_INDEX_TIDIED, 7)
        store.set_setting(conn, registry.PENDING_EXPORTS, [str(tmp_path / "away.json")])
        store.set_setting(conn, registry.KEY_RENEWED_AT, "2026-01-01T00:00:00+00:00")
    out = tmp_path / "all.json"
    export_journal(journal, "json", out)
    exported = json.loads(out.read_text())["settings"]
    assert not set(exported) & registry.INTERNAL_SETTINGS
    assert exported["auto_lock_minutes"] == 10 and exported["birth_date"] == "1990-06-01"

    # A crafted export carrying another file's bookkeeping: the person's settings come in, and
    # unknown keys (a newer version's) are kept, but no internal setting is taken.
    document = json.loads(out.read_text())
    document["settings"] = {
        **exported,
        "pending_export_targets": ["/home/someone/Documents/x"],
        "key_renewed_at": "2030-01-01T00:00:00+00:00",
        "search_index_tidied_seq": 10**9,
        "a_newer_setting": {"kept": True},
    }
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(document))
    other, _ = create_journal(JournalPaths(tmp_path / "other"), PASSPHRASE, FAST_TEST_KDF)
    with other:
        import_journal(other, "innerchild-json", crafted)
        keys = {k for (k,) in other.conn.execute("SELECT key FROM settings")}
        assert not keys & registry.INTERNAL_SETTINGS
        assert {"auto_lock_minutes", "birth_date", "a_newer_setting"} <= keys
        assert store.get_setting(other.conn, registry.AUTO_LOCK_MINUTES) == 10


def _literal_keys_outside_the_registry() -> list[str]:
    """Calls like get_setting(conn, "key") / service.setting("key") anywhere in the app."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path == SRC / "domain" / "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in {"get_setting", "set_setting", "setting", "set_internal_setting"}:
                continue
            for arg in node.args[:2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def test_the_app_names_settings_only_through_the_registry() -> None:
    assert _literal_keys_outside_the_registry() == []
