"""The command line: ``innerchild`` (GUI) and ``innerchild <command>`` (headless).

``main`` parses, builds one AppContext and hands it to the command; each command module
(journal_cmds, timeline_cmds, prompt_cmds, transfer_cmds, backup_cmds) gets every service from
that context, never from the store. Headless commands never import Qt (it costs start-up time);
only the GUI and ``screenshots`` do, and the services load only once a command runs, so
``innerchild --help`` stays quick. Errors are one clear sentence and an exit code (errors.py).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from innerchild_desktop.cli.common import COMMANDS, command
from innerchild_desktop.paths import JournalPaths, journal_paths

if TYPE_CHECKING:
    import argparse

    from innerchild_desktop.cli.io import SecretReader
    from innerchild_desktop.context import AppContext

__all__ = ["build_parser", "main"]

_COMMANDS = COMMANDS  # the registry by its old name (tests put a failing command in it)

# Each command's module, imported (and so registered) only when that command runs: the window
# (no command) imports none of them. ``screenshots`` is registered here, ``gui`` is the window.
# test_cli_registry checks the map against the parser's commands.
COMMAND_MODULES = {
    **dict.fromkeys(
        ("init", "verify", "passwd", "recover", "backup", "restore", "demo"), "backup_cmds"
    ),
    **dict.fromkeys(("edit", "delete", "history"), "entry_cmds"),
    **dict.fromkeys(("add", "list", "show", "search"), "journal_cmds"),
    **dict.fromkeys(("prompt", "exercises"), "prompt_cmds"),
    "sync": "sync_cmds",
    **dict.fromkeys(("memory", "timeline"), "timeline_cmds"),
    **dict.fromkeys(("import", "export"), "transfer_cmds"),
}


@command("screenshots")
def cmd_screenshots(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.screenshots import take_screenshots

    theme = args.theme
    shots = take_screenshots(
        args.out, dark=theme == "dark", both=theme == "both", language=args.language
    )
    for path in shots:
        print(path)
    return 0


def _run_gui(paths: JournalPaths, *, exit_when_shown: bool = False, in_tray: bool = False) -> int:
    from innerchild_desktop.app import run_gui

    return run_gui(paths, exit_when_shown=exit_when_shown, in_tray=in_tray)


def build_parser() -> argparse.ArgumentParser:
    """Every command's grammar (cli/parser.py), built only when a command or --help needs it."""
    from innerchild_desktop.cli.parser import build_parser as build

    return build()


def window_arguments(argv: Sequence[str]) -> tuple[str | None, bool, bool] | None:
    """``innerchild [--data-dir PATH] [gui [--exit-when-shown] [--in-tray]]`` read without
    argparse and every command's grammar (a cold start pays for neither): the data folder and
    the two gui flags, or None for anything else, which the full parser then reads."""
    data_dir: str | None = None
    exit_when_shown = in_tray = gui = False
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            data_dir = next(words, None)
            if data_dir is None or data_dir.startswith("-"):
                return None  # the parser says what is missing
        elif word.startswith("--data-dir="):
            data_dir = word.removeprefix("--data-dir=")
        elif word in ("--json", "--passphrase-stdin"):
            continue  # accepted everywhere, meaningless to the window
        elif word == "gui" and not gui:
            gui = True
        elif word == "--exit-when-shown" and gui:
            exit_when_shown = True
        elif word == "--in-tray" and gui:
            in_tray = True
        else:
            return None
    return data_dir, exit_when_shown, in_tray


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    window = window_arguments(words)
    if window is not None:
        data_dir, exit_when_shown, in_tray = window
        return _run_gui(journal_paths(data_dir), exit_when_shown=exit_when_shown, in_tray=in_tray)
    from innerchild_desktop.services.translations import install_for_environment

    install_for_environment()  # LANG=es_ES.UTF-8 innerchild … speaks Spanish (the window's own
    args = build_parser().parse_args(words)  # choice is made in ui/i18n.py, before its lock screen)
    paths = journal_paths(args.data_dir)
    if args.command in (None, "gui"):
        return _run_gui(
            paths,
            exit_when_shown=getattr(args, "exit_when_shown", False),
            in_tray=getattr(args, "in_tray", False),
        )
    return _run_command(args, paths)


def _run_command(args: argparse.Namespace, paths: JournalPaths) -> int:
    from innerchild_desktop.cli.errors import exit_code_of
    from innerchild_desktop.cli.io import SecretReader

    secrets = SecretReader(args.passphrase_stdin)
    if args.command not in COMMANDS:  # (a test may have put its own handler there)
        importlib.import_module(f"innerchild_desktop.cli.{COMMAND_MODULES[args.command]}")
    handler = COMMANDS[args.command]

    def run() -> int:
        from innerchild_desktop.context import AppContext  # the services load only now

        # The one context for this command: every service comes from it.
        return handler(args, AppContext(paths), secrets)

    return exit_code_of(run)
