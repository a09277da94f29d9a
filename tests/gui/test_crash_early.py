"""The crash reporter loads after the lock screen is shown (issue 20: a faster cold start); a bug
before that loads it at once and is reported by its place like any other."""

from __future__ import annotations

import sys
from types import TracebackType

import pytest

from innerchild_desktop.app import report_bugs_calmly
from innerchild_desktop.ui import crash_dialog


@pytest.fixture
def installs(monkeypatch) -> list[type[BaseException]]:  # type: ignore[no-untyped-def]
    reported: list[type[BaseException]] = []

    def install(parent: object) -> None:
        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            reported.append(kind)

        sys.excepthook = hook

    monkeypatch.setattr(crash_dialog, "install_crash_reporter", install)
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)  # put back afterwards
    return reported


def _raise_and_hook() -> None:
    try:
        raise RuntimeError("words from the journal")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_a_bug_before_the_reporter_loads_is_reported_by_it(qapp, installs) -> None:
    install_later = report_bugs_calmly(qapp)
    _raise_and_hook()
    assert installs == [RuntimeError]  # loaded at once, and the bug went through it
    install_later()  # once the window is shown: already there, nothing changes
    _raise_and_hook()
    assert installs == [RuntimeError, RuntimeError]


def test_once_shown_the_reporter_takes_over(qapp, installs) -> None:
    install_later = report_bugs_calmly(qapp)
    install_later()
    assert sys.excepthook is not sys.__excepthook__
    _raise_and_hook()
    assert installs == [RuntimeError]
