"""Import and export from the command line (``AppContext.transfer``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from innerchild_desktop.cli.common import command, unlocked
from innerchild_desktop.cli.io import Progress, SecretReader, emit_json, say
from innerchild_desktop.domain.i18n import translate

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
        progress, report = _progress_line(translate("cli.transfer_cmds", "Importing"))
        summary = ctx.transfer.import_journal(args.source_format, args.path, progress=report)
        progress.finish()
    if args.json:
        emit_json(summary.as_dict())
        return 0
    print(
        translate(
            "cli.transfer_cmds",
            "Imported {added} entries ({present} were already here), {photos} photos, "
            "{memories} memories.",
        ).format(
            added=f"{summary.added:,}",
            present=f"{summary.already_present:,}",
            photos=summary.photos_added,
            memories=summary.memories_added,
        )
    )
    for item in summary.skipped:
        say(
            "  "
            + translate("cli.transfer_cmds", "skipped {where}: {reason}").format(
                where=item.where, reason=item.reason
            )
        )
    return 0


@command("export")
def cmd_export(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.services.transfer import check_export_target

    check_export_target(  # said before the passphrase is asked for
        args.export_format,
        args.out,
        overwrite=args.force,
        replace_hint=translate(
            "cli.transfer_cmds", "choose another name, or add --force to replace it"
        ),
    )
    with unlocked(ctx, secrets):
        progress, report = _progress_line(translate("cli.transfer_cmds", "Exporting"))
        summary = ctx.transfer.export_journal(
            args.export_format, args.out, progress=report, overwrite=args.force
        )
        progress.finish()
    if args.json:
        emit_json(summary.as_dict())
        return 0
    print(
        translate(
            "cli.transfer_cmds",
            "Exported {entries} entries and {memories} memories to {path}. This file is "
            "not encrypted: keep it somewhere private.",
        ).format(entries=f"{summary.entries:,}", memories=summary.memories, path=summary.path)
    )
    for warning in summary.warnings:
        print(warning)
    return 0
