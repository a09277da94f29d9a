"""What every command module shares: the command registry and the unlocked journal's lifetime.

A handler takes the parsed arguments, the AppContext that ``main`` built once, and the
SecretReader; it gets every service from the context and never imports the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # (the window's start-up imports this module, and never reads secrets)
    import argparse

    from innerchild_desktop.cli.io import SecretReader
    from innerchild_desktop.context import AppContext

Handler = Callable[["argparse.Namespace", "AppContext", "SecretReader"], int]
COMMANDS: dict[str, Handler] = {}
# Translated where shown: translate("cli.common", HEAVY_MEMORY_LABEL).
HEAVY_MEMORY_LABEL = QT_TRANSLATE_NOOP(
    "cli.common", "(a heavy memory: open it in the app when you choose)"
)
NO_SUCH_ENTRY = QT_TRANSLATE_NOOP(
    "cli.common", "No entry has that id. 'innerchild list' shows the ids."
)


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def unlock(ctx: AppContext, secrets: SecretReader, prompt: str | None = None) -> None:
    """Open the journal with the passphrase asked for and hand it to ``ctx``. Unlike the
    window, a command may read a journal in a read-only folder (writes say why they can't)."""
    prompt = translate("cli.common", "Passphrase: ") if prompt is None else prompt
    ctx.attach(ctx.access.open(secrets.ask(prompt)))


@contextlib.contextmanager
def locking(ctx: AppContext) -> Iterator[AppContext]:
    """Close the journal ``ctx`` holds when the block ends, however it ends."""
    try:
        yield ctx
    finally:
        ctx.lock()


@contextlib.contextmanager
def unlocked(
    ctx: AppContext, secrets: SecretReader, prompt: str | None = None
) -> Iterator[AppContext]:
    """``with unlocked(ctx, secrets):`` the journal is open for the block, then closed."""
    unlock(ctx, secrets, prompt)
    with locking(ctx):
        yield ctx
