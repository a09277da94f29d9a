"""What goes wrong, said as one sentence on stderr with its exit code, never a traceback:
0 ok, 1 other error, 2 usage error, 3 wrong passphrase, 4 damaged or missing journal / key
file, 5 journal written by a newer app, 6 the disk is full, 130 stopped with Ctrl+C."""

from __future__ import annotations

import sys
from collections.abc import Callable

from innerchild_desktop.cli.io import say
from innerchild_desktop.crash import where
from innerchild_desktop.domain.errors import DiskFull, InnerChildError, is_disk_full
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

STOPPED = QT_TRANSLATE_NOOP("cli.errors", "stopped. Nothing was left half-written.")
BUG = QT_TRANSLATE_NOOP(
    "cli.errors",
    "something went wrong inside Inner Child ({where}). Your journal was not changed by the "
    "failed step. Please report this.",
)


def exit_code_of(run: Callable[[], int]) -> int:
    """Run one command; its exit code, or the sentence and code for what it raised."""
    try:
        return run()
    except InnerChildError as err:
        if is_disk_full(err) and not isinstance(err, DiskFull):  # e.g. an import's save
            err = DiskFull()
        say(f"innerchild: {err}", multiline=True, stream=sys.stderr)  # may quote a file's item
        return err.exit_code
    except BrokenPipeError:  # e.g. `innerchild list | head`: the reader has had enough
        return 0
    except KeyboardInterrupt:
        print(f"\ninnerchild: {translate('cli.errors', STOPPED)}", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: report where, never what (messages may hold content)
        if is_disk_full(err):  # a full disk anywhere (an export, a save) is not a bug
            full = DiskFull()
            print(f"innerchild: {full}", file=sys.stderr)
            return full.exit_code
        print(
            f"innerchild: {translate('cli.errors', BUG).format(where=where(err))}", file=sys.stderr
        )
        return 1
