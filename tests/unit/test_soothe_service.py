"""The soothing side of an open journal: sessions kept and forgotten through the service, and
AppContext handing out the soothe and safety services like the journal one."""

from __future__ import annotations

import pytest

from innerchild_desktop.context import AppContext
from innerchild_desktop.domain.safety_plan import SafetyPlan
from innerchild_desktop.domain.sessions import SessionRecord
from innerchild_desktop.services.safety import SafetyService, plan_while_locked
from innerchild_desktop.services.soothe import SootheService


def session(exercise: str, day: str, before: int, after: int, note: str = "") -> SessionRecord:
    return SessionRecord(exercise, f"{day}T10:00:00+00:00", None, True, before, after, note)


def test_sessions_are_recorded_together_and_forgotten_on_request(journal) -> None:
    soothe = SootheService(journal)
    assert not soothe.what_helps().tried_any
    kept = soothe.record_sessions(
        [session("box", "2026-11-01", 7, 3, "slower"), session("box", "2026-11-02", 6, 2)]
    )
    one = soothe.record_session(session("extended-exhale", "2026-11-03", 5, 4))
    assert kept == 2 and one
    summary = soothe.what_helps()
    assert summary.tried_any and [n.text for n in summary.notes] == ["slower"]
    assert soothe.forget_sessions() == 3
    after = soothe.what_helps()
    assert not after.tried_any and after.notes == ()


def test_a_failed_batch_keeps_none_of_it(journal) -> None:
    soothe = SootheService(journal)

    def batch():  # type: ignore[no-untyped-def]
        yield session("box", "2026-11-01", 7, 3, "kept?")
        raise RuntimeError("the player went away mid-way")

    with pytest.raises(RuntimeError):
        soothe.record_sessions(batch())
    assert soothe.forget_sessions() == 0  # all or none: nothing was kept


def test_the_context_builds_soothe_and_safety_for_the_open_journal(journal) -> None:
    context = AppContext(journal.paths)
    with pytest.raises(RuntimeError):
        context.soothe  # noqa: B018 - locked: there is no journal to soothe from
    with pytest.raises(RuntimeError):
        context.safety  # noqa: B018
    context.attach(journal)
    assert isinstance(context.soothe, SootheService)
    assert isinstance(context.safety, SafetyService)
    plan = SafetyPlan().with_section("reasons", ["my dog"])
    context.safety.save_plan(plan)
    assert context.safety.load_plan() == plan
    assert plan_while_locked(journal.paths).is_empty  # nothing chosen to show while locked
