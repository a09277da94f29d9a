"""The CLI imports a command's module only when that command runs (issue 20: cold start)."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from innerchild_desktop import cli
from innerchild_desktop.cli.common import COMMANDS
from innerchild_desktop.cli.parser import build_parser


def parser_commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_every_command_has_a_module_that_registers_it() -> None:
    commands = parser_commands() - {"gui", "screenshots"}  # the window; registered in cli
    assert set(cli.COMMAND_MODULES) == commands
    for name, module in cli.COMMAND_MODULES.items():
        importlib.import_module(f"innerchild_desktop.cli.{module}")
        assert name in COMMANDS, (name, module)
    assert "screenshots" in COMMANDS


def test_the_window_imports_no_command_module() -> None:
    """What `innerchild` (the window) loads from the CLI: the parser, never a command's module
    nor the secrets and error plumbing of the headless commands."""
    code = (
        "import sys\n"
        "from innerchild_desktop.cli import build_parser\n"
        "build_parser().parse_args([])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('innerchild_desktop.cli.')"
        " and m not in ('innerchild_desktop.cli.common', 'innerchild_desktop.cli.parser'))\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


WINDOW_ARGVS = [
    [],
    ["gui"],
    ["--data-dir", "/x/j"],
    ["--data-dir=/x/j", "gui", "--exit-when-shown"],
    ["gui", "--data-dir", "/x/j", "--in-tray"],
    ["--json", "gui", "--passphrase-stdin", "--in-tray", "--exit-when-shown"],
]


def test_the_window_s_arguments_read_as_the_full_parser_reads_them() -> None:
    for argv in WINDOW_ARGVS:
        args = build_parser().parse_args(argv)
        expected = (
            args.data_dir,
            getattr(args, "exit_when_shown", False),
            getattr(args, "in_tray", False),
        )
        assert cli.window_arguments(argv) == expected, argv


def test_anything_else_goes_to_the_full_parser() -> None:
    for argv in (
        ["list"],
        ["--help"],
        ["--version"],
        ["--exit-when-shown"],  # a gui option before "gui": the parser refuses it
        ["gui", "gui"],
        ["--data-dir"],
        ["--data-dir", "--json"],
        ["--data", "/x/j"],  # an abbreviation: argparse's to accept
        ["gui", "--bogus"],
    ):
        assert cli.window_arguments(argv) is None, argv
