"""Issue 16: a bug is reported by type and file:line, never by its message (which may quote
journal text); the CLI and the GUI say it through one function."""

from __future__ import annotations

import sys

from innerchild_desktop import cli
from innerchild_desktop.crash import where

SECRET = "my secret journal words"


def boom() -> None:
    raise ValueError(SECRET)


def raised() -> tuple[BaseException, int]:
    line = boom.__code__.co_firstlineno + 1
    try:
        boom()
    except ValueError as exc:
        return exc, line
    raise AssertionError("boom() did not raise")


def test_where_names_the_type_and_the_place_but_not_the_message() -> None:
    exc, line = raised()
    assert where(exc) == f"ValueError at test_crash.py:{line}"
    assert SECRET not in where(exc)


def test_where_without_a_traceback_still_names_the_type() -> None:
    assert where(KeyError(SECRET)) == "KeyError"


def test_cli_reports_a_bug_by_place_only(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.setitem(cli._COMMANDS, "list", lambda *_: boom())
    assert cli.main(["--data-dir", str(tmp_path / "j"), "list"]) == 1
    _, line = raised()
    err = capsys.readouterr().err
    assert f"(ValueError at test_crash.py:{line})" in err and "Please report this" in err
    assert SECRET not in err


def test_the_core_of_the_crash_report_loads_without_qt() -> None:
    import subprocess

    code = (
        "import sys, innerchild_desktop.crash\n"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
