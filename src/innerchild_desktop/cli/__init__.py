"""The command line: ``innerchild`` (GUI) and ``innerchild <command>`` (headless).

``main`` parses, builds one AppContext and hands it to the command; each command module
(journal_cmds, timeline_cmds, prompt_cmds, transfer_cmds, backup_cmds) gets every service from
that context, never from the store. Headless commands never import Qt (it costs start-up time);
only the GUI and ``screenshots`` do, and the services load only once a command runs, so
``innerchild --help`` stays quick. Errors are one clear sentence and an exit code (errors.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from innerchild_desktop.cli import (  # noqa: F401  (each registers its commands)
    backup_cmds,
    entry_cmds,
    journal_cmds,
    prompt_cmds,
    timeline_cmds,
    transfer_cmds,
)
from innerchild_desktop.cli.common import COMMANDS, command
from innerchild_desktop.cli.errors import exit_code_of
from innerchild_desktop.cli.io import SecretReader
from innerchild_desktop.cli.parser import build_parser
from innerchild_desktop.paths import JournalPaths, journal_paths

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext

__all__ = ["build_parser", "main"]

_COMMANDS = COMMANDS  # the registry by its old name (tests put a failing command in it)


@command("screenshots")
def cmd_screenshots(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.screenshots import take_screenshots

    for path in take_screenshots(args.out):
        print(path)
    return 0


def _run_gui(paths: JournalPaths, *, exit_when_shown: bool = False) -> int:
    from innerchild_desktop.app import run_gui

    return run_gui(paths, exit_when_shown=exit_when_shown)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = journal_paths(args.data_dir)
    if args.command in (None, "gui"):
        return _run_gui(paths, exit_when_shown=getattr(args, "exit_when_shown", False))
    secrets = SecretReader(args.passphrase_stdin)
    handler = COMMANDS[args.command]

    def run() -> int:
        from innerchild_desktop.context import AppContext  # the services load only now

        # The one context for this command: every service comes from it.
        return handler(args, AppContext(paths), secrets)

    return exit_code_of(run)
