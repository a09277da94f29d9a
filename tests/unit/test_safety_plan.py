import re
import secrets
from dataclasses import replace
from datetime import date

import pytest

from innerchild_desktop.domain.safety_plan import (
    ALL_REGIONS,
    ANY_REGION,
    PERSONAL_CONTACT_SECTIONS,
    SECTION_KEYS,
    SafetyPlan,
)
from innerchild_desktop.services.library import load_crisis_lines
from innerchild_desktop.services.safety import (
    SafetyService,
    choose_crisis_region,
    crisis_region,
    plan_while_locked,
    save_printed_plan,
)
from innerchild_desktop.store import safety_plan_file

PHONE = re.compile(r"\d[\d -]*\d")  # 111, 116 123, 800-656-4673, 0808 2000 247
TEXT_INSTRUCTION = re.compile(r"^Text [A-Z]+ to \d+$")
CHECK_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def test_every_line_has_a_region_a_check_date_and_a_number_or_text_instruction() -> None:
    lines = load_crisis_lines()
    known = dict(lines.regions)
    assert "check" in lines.note.lower()
    ids = [line.id for line in lines.lines]
    assert len(ids) == len(set(ids))
    for line in lines.lines:
        assert line.name and line.detail, line.id
        assert line.regions and all(c == ANY_REGION or c in known for c in line.regions), line.id
        assert CHECK_DATE.match(line.checked), line.id
        year, month, *day = (int(part) for part in line.checked.split("-"))
        assert date(year, month, day[0] if day else 1) <= date(2026, 12, 3), line.id
        if line.id == "directory":  # the one website: a directory of helplines everywhere
            assert line.contact == "findahelpline.com" and line.regions == (ANY_REGION,)
            continue
        reachable = PHONE.search(line.contact) or TEXT_INSTRUCTION.match(line.contact)
        assert reachable, (line.id, line.contact)
    for code in known:  # every country on offer has its emergency number and other lines
        own = [line for line in lines.lines if line.serves(code)]
        assert own[0].name == "Emergency services" and len(own) >= 2, code


ADDED = {  # id: (region, what to dial or text), all checked 2026-12-03
    "nz-emergency": ("nz", "111"),
    "nz-1737": ("nz", "Call or text 1737"),
    "ie-pieta": ("ie", "1800 247 247"),
    "ie-text-50808": ("ie", "Text HELLO to 50808"),
    "uk-shout": ("uk", "Text SHOUT to 85258"),
    "us-crisis-text-line": ("us", "Text HOME to 741741"),
    "us-rainn": ("us", "800-656-4673"),
    "us-domestic-violence": ("us", "800-799-7233"),
    "uk-domestic-abuse": ("uk", "0808 2000 247"),
    "uk-napac": ("uk", "0808 801 0331"),
    "au-1800respect": ("au", "1800 737 732"),
}


def test_the_added_lines_are_there_with_their_check_date_and_old_ones_keep_theirs() -> None:
    by_id = {line.id: line for line in load_crisis_lines().lines}
    for line_id, (region, contact) in ADDED.items():
        line = by_id[line_id]
        assert line.regions == (region,) and line.contact == contact, line_id
        assert line.checked == "2026-12-03", line_id
    for old in ("emergency", "us-988", "ca-988", "uk-roi-samaritans", "au-lifeline", "directory"):
        assert by_id[old].checked == "2026-11", old
    assert by_id["uk-roi-samaritans"].regions == ("uk", "ie")
    emergency = by_id["emergency"]
    assert emergency.name == "Any country: your local emergency number"
    assert emergency.regions == (ANY_REGION,) and "differ by country" in emergency.detail
    assert "112" in emergency.contact and "988" in by_id["us-988"].contact


def test_a_chosen_country_comes_first_then_lines_for_any_country() -> None:
    lines = load_crisis_lines()
    first, others = lines.arranged("nz")
    assert [line.id for line in first] == ["nz-emergency", "nz-1737", "emergency", "directory"]
    assert {line.id for line in first} | {line.id for line in others} == {
        line.id for line in lines.lines
    }
    first, _ = lines.arranged("ie")
    assert [line.id for line in first][:3] == ["ie-emergency", "uk-roi-samaritans", "ie-pieta"]
    for region in (None, ALL_REGIONS, "atlantis", ""):
        assert lines.arranged(region) == (lines.lines, ())
    assert lines.choice("uk") == "uk" and lines.choice(ALL_REGIONS) == ALL_REGIONS
    for damaged in (None, "", "atlantis", ["uk"], {"uk": 1}, 3):
        assert lines.choice(damaged) is None
    assert lines.region_name(ANY_REGION) == "Any country"
    assert lines.region_label(first[1]) == "United Kingdom, Ireland"


def test_plan_round_trips_and_cleans_items() -> None:
    plan = SafetyPlan().with_section("coping_steps", ["  tea ", "", "walk"])
    assert plan.coping_steps == ("tea", "walk")
    again = SafetyPlan.from_json(plan.to_json())
    assert again == plan
    assert SafetyPlan.from_json(None) == SafetyPlan()
    assert SafetyPlan.from_json([1, 2]) == SafetyPlan()
    assert SafetyPlan.from_json({"reasons": ["cat", ["nested"], {"x": 1}, 7]}).reasons == (
        "cat",
        "7",
    )


def test_nothing_personal_is_visible_while_locked_by_default(journal) -> None:
    marker = "Canary" + secrets.token_hex(8)
    plan = SafetyPlan()
    for key in SECTION_KEYS:
        plan = plan.with_section(key, [f"{marker} {key}"])
    SafetyService(journal).save_plan(plan)
    assert SafetyService(journal).load_plan() == plan
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
    plan = replace(plan, visible_when_locked=frozenset({"coping_steps"}))
    SafetyService(journal).save_plan(plan)
    locked = plan_while_locked(journal.paths)
    assert locked.coping_steps == ("breathe out slowly",) and locked.people == ()
    text = safety_plan_file.path_in(journal.paths.root).read_text()
    assert "Sam 0123" not in text
    assert safety_plan_file.path_in(journal.paths.root).stat().st_mode & 0o077 == 0
    SafetyService(journal).save_plan(replace(plan, visible_when_locked=frozenset()))
    assert not safety_plan_file.path_in(journal.paths.root).exists()
    assert set(SECTION_KEYS) >= PERSONAL_CONTACT_SECTIONS


def test_the_region_is_readable_while_locked_and_survives_saving_the_plan(journal) -> None:
    paths = journal.paths
    assert crisis_region(paths) is None  # not asked yet
    choose_crisis_region(paths, "ie")
    assert crisis_region(paths) == "ie"
    target = safety_plan_file.path_in(paths.root)
    assert target.stat().st_mode & 0o077 == 0
    plan = replace(
        SafetyPlan().with_section("reasons", ["my dog"]),
        visible_when_locked=frozenset({"reasons"}),
    )
    SafetyService(journal).save_plan(plan)  # the plan's locked copy keeps the region...
    assert crisis_region(paths) == "ie"
    choose_crisis_region(paths, ALL_REGIONS)  # ...and the region keeps the plan's locked copy
    assert crisis_region(paths) == ALL_REGIONS
    assert plan_while_locked(paths).reasons == ("my dog",)
    SafetyService(journal).save_plan(replace(plan, visible_when_locked=frozenset()))
    assert target.exists() and plan_while_locked(paths).is_empty  # the region alone remains
    with pytest.raises(ValueError):
        choose_crisis_region(paths, "atlantis")


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize(
    "content",
    [
        _nested(200_000),  # deeper than json (and Python's stack) will go
        b'{"region": ' + _nested(100_000) + b"}",
        b'{"region": "uk", "reasons": ' + _nested(50_000) + b"}",
        b'{"reasons": [' + _nested(900) + b"]}",
        b"\xff\xfe\x00not json",
        b"[]",
        b"null",
        b'{"region": ["uk"]}',
        b'{"region": {"uk": 1}}',
        b'{"region": "atlantis"}',
        b'{"region": 12}',
        b'{"region": "' + b"u" * 5000 + b'"}',
        b'{"region": "uk", "padding": "' + b"x" * (2 * 1024 * 1024) + b'"}',
        b'{"region": "uk"',
    ],
    ids=lambda content: f"{content[:16]!r}…{len(content)}",
)
def test_a_damaged_file_falls_back_to_every_region(paths, content: bytes) -> None:
    paths.root.mkdir(parents=True, exist_ok=True)
    safety_plan_file.path_in(paths.root).write_bytes(content)
    assert crisis_region(paths) is None
    plan = plan_while_locked(paths)
    assert isinstance(plan, SafetyPlan)
    assert all(isinstance(item, str) for key in SECTION_KEYS for item in plan.section(key))
    choose_crisis_region(paths, "nz")  # choosing again repairs the file
    assert crisis_region(paths) == "nz"


def test_a_folder_in_place_of_the_file_reads_as_nothing_chosen(paths) -> None:
    safety_plan_file.path_in(paths.root).mkdir(parents=True)
    assert crisis_region(paths) is None
    assert plan_while_locked(paths) == SafetyPlan()


def test_the_printed_plan_is_written_owner_only_where_chosen(tmp_path) -> None:
    target = tmp_path / "chosen folder" / "My safety plan.pdf"
    save_printed_plan(target, b"%PDF-1.4 test")
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert target.stat().st_mode & 0o077 == 0
    assert [p.name for p in target.parent.iterdir()] == ["My safety plan.pdf"]


def test_the_printed_page_holds_the_chosen_lines_and_escapes_what_was_written() -> None:
    from innerchild_desktop.ui.soothe.safety_print import plan_html

    lines = load_crisis_lines()
    first, _ = lines.arranged("ie")
    plan = SafetyPlan().with_section("people", ["<b>Sam</b> & co"])
    page = plan_html(plan, lines, first, "Ireland", date(2026, 12, 3))
    assert "&lt;b&gt;Sam&lt;/b&gt; &amp; co" in page and "<b>Sam</b>" not in page
    assert "Text HELLO to 50808" in page and "1800 247 247" in page and "741741" not in page
    assert "Crisis lines: Ireland." in page and "Printed 2026-12-03." in page
    assert "People I can ask for help" in page and "My reasons to stay safe" not in page
