"""Import and export from the command line (``AppContext.transfer``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from innerchild_desktop.cli.common import command, unlocked
from innerchild_desktop.cli.io import Progress, SecretReader, emit_json, say

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext


def _progress_line(label: str) -> tuple[Progress, Callable[[int, int], None]]:
    progress = Progress(label, 1)

    def report(done: int, total: int) -> None:
        progress.total = max(total, 1)
        progress.update(done)

    return progress, report


@command("import")
def cmd_import(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        progress, report = _progress_line("Importing")
        summary = ctx.transfer.import_journal(args.source_format, args.path, progress=report)
        progress.finish()
    if args.json:
        emit_json(summary.as_dict())
        return 0
    print(
        f"Imported {summary.added:,} entries ({summary.already_present:,} were already here), "
        f"{summary.photos_added} photos, {summary.memories_added} memories."
    )
    for item in summary.skipped:
        say(f"  skipped {item.where}: {item.reason}")
    return 0


@command("export")
def cmd_export(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.services.transfer import check_export_target

    check_export_target(  # said before the passphrase is asked for
        args.export_format,
        args.out,
        overwrite=args.force,
        replace_hint="choose another name, or add --force to replace it",
    )
    with unlocked(ctx, secrets):
        progress, report = _progress_line("Exporting")
        summary = ctx.transfer.export_journal(
            args.export_format, args.out, progress=report, overwrite=args.force
        )
        progress.finish()
    if args.json:
        emit_json(summary.as_dict())
        return 0
    print(
        f"Exported {summary.entries:,} entries and {summary.memories} memories to "
        f"{summary.path}. This file is not encrypted: keep it somewhere private."
    )
    for warning in summary.warnings:
        print(warning)
    return 0
