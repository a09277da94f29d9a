import secrets

from innerchild_desktop.domain.safety_plan import (
    PERSONAL_CONTACT_SECTIONS,
    SECTION_KEYS,
    SafetyPlan,
    load_crisis_lines,
)
from innerchild_desktop.services.safety import load_plan, plan_while_locked, save_plan
from innerchild_desktop.store import safety_plan_file


def test_bundled_crisis_lines_are_dated_and_include_the_essentials() -> None:
    lines = load_crisis_lines()
    assert lines.checked and "check" in lines.note.lower()
    contacts = " ".join(line.contact for line in lines.lines)
    assert "988" in contacts and "116 123" in contacts and "112" in contacts
    assert any("directory" in line.region.lower() for line in lines.lines)


def test_plan_round_trips_and_cleans_items() -> None:
    plan = SafetyPlan().with_section("coping_steps", ["  tea ", "", "walk"])
    assert plan.coping_steps == ("tea", "walk")
    again = SafetyPlan.from_json(plan.to_json())
    assert again == plan
    assert SafetyPlan.from_json(None) == SafetyPlan()


def test_nothing_personal_is_visible_while_locked_by_default(journal) -> None:
    marker = "Canary" + secrets.token_hex(8)
    plan = SafetyPlan()
    for key in SECTION_KEYS:
        plan = plan.with_section(key, [f"{marker} {key}"])
    save_plan(journal, plan)
    assert load_plan(journal) == plan
    assert not safety_plan_file.path_in(journal.paths.root).exists()
    assert plan_while_locked(journal.paths).is_empty
    for path in journal.paths.root.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path


def test_only_chosen_sections_are_written_for_the_lock_screen(journal) -> None:
    plan = (
        SafetyPlan()
        .with_section("coping_steps", ["breathe out slowly"])
        .with_section("people", ["Sam 0123"])
    )
    from dataclasses import replace

    plan = replace(plan, visible_when_locked=frozenset({"coping_steps"}))
    save_plan(journal, plan)
    locked = plan_while_locked(journal.paths)
    assert locked.coping_steps == ("breathe out slowly",) and locked.people == ()
    text = safety_plan_file.path_in(journal.paths.root).read_text()
    assert "Sam 0123" not in text
    assert safety_plan_file.path_in(journal.paths.root).stat().st_mode & 0o077 == 0
    save_plan(journal, replace(plan, visible_when_locked=frozenset()))
    assert not safety_plan_file.path_in(journal.paths.root).exists()
    assert set(SECTION_KEYS) >= PERSONAL_CONTACT_SECTIONS
