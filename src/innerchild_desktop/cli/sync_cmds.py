"""Using the journal on more than one computer: ``innerchild sync [setup FOLDER | join FOLDER |
status | stop]``.

Secrets come as everywhere (``--passphrase-stdin``: one per line): the journal's passphrase,
then, for ``setup`` and ``join`` only, the sync folder's (an empty line or none: the same as the
journal's). After that, syncing needs only the journal's passphrase: the folder's key is kept
inside the encrypted journal.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from innerchild_desktop.cli.common import command, locking
from innerchild_desktop.cli.io import SecretReader, check_new_passphrase, emit_json, say
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.services.sync import SyncReport, SyncStatus

HELD = QT_TRANSLATE_NOOP(
    "cli.sync_cmds",
    "A change from {name} would move {deleting} of your {live} entries to the trash, so it "
    "waits for you. If that is what you meant, run 'innerchild sync --allow-deletes' "
    "(or confirm in the app); entries in the trash can be brought back.",
)


@command("sync")
def cmd_sync(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    action = args.sync_command
    passphrase = secrets.ask(translate("cli.common", "Passphrase: "))
    ctx.attach(ctx.access.open(passphrase))
    with locking(ctx):
        service = ctx.sync
        if action in ("setup", "join"):
            prompt = (
                translate("cli.sync_cmds", "Sync passphrase (Enter: the same as this journal's): ")
                if action == "setup"
                else translate(
                    "cli.sync_cmds",
                    "The sync folder's passphrase (Enter: the same as this journal's): ",
                )
            )
            chosen = secrets.ask_optional(prompt, QT_TRANSLATE_NOOP("cli.io", "sync passphrase"))
            if chosen is not None and action == "setup":
                check_new_passphrase(chosen)
            words = chosen or passphrase
            if action == "setup":
                report = service.setup(args.folder, words, args.name, ctx.kdf)
            else:
                report = service.join(args.folder, words, args.name)
            return _report(args, report, action)
        if action == "status":
            return _status(args, service.status())
        if action == "stop":
            service.leave()
            if args.json:
                emit_json({"on": False})
            else:
                print(
                    translate(
                        "cli.sync_cmds",
                        "This computer no longer syncs. The folder and the other computers are "
                        "left as they are; your journal here is untouched.",
                    )
                )
            return 0
        return _report(args, service.sync(allow_deletes=args.allow_deletes), "sync")


def _report_json(report: SyncReport) -> dict[str, Any]:
    done = report.applied
    return {
        "sent": {"batches": report.sent_batches, "operations": report.sent_ops},
        "received": {
            "batches": report.received_batches,
            "operations": done.ops,
            "changed": done.changed,
            "skipped": done.skipped,
            "waiting_for_creation": done.parked,
            "conflicts": done.conflicts,
        },
        "not_yet_readable": report.not_yet,
        "damaged": report.damaged,
        "from_another_journal": report.foreign,
        "from_a_newer_version": report.too_new,
        "held_deletes": [
            {"computer": h.device_name or h.device, "deleting": h.deleting, "live": h.live}
            for h in report.held
        ],
    }


def _report(args: argparse.Namespace, report: SyncReport, action: str) -> int:
    held = 7 if report.held else 0
    if args.json:
        emit_json(_report_json(report))
        return held
    if action == "setup":
        print(
            translate(
                "cli.sync_cmds",
                "Syncing is set up. On your other computer: innerchild sync join FOLDER",
            )
        )
    elif action == "join":
        print(translate("cli.sync_cmds", "This computer has joined. Both journals are merged."))
    changed = report.applied.changed
    if report.sent_ops and changed:
        print(
            translate(
                "cli.sync_cmds",
                "Synced: sent what you wrote here and brought in what changed on your other "
                "computers.",
            )
        )
    elif report.sent_ops:
        print(translate("cli.sync_cmds", "Synced: sent what you wrote here."))
    elif changed:
        print(
            translate("cli.sync_cmds", "Synced: brought in what changed on your other computers.")
        )
    else:
        print(translate("cli.sync_cmds", "In step: nothing new here or on your other computers."))
    if report.applied.conflicts:
        print(
            translate(
                "cli.sync_cmds",
                "Some writing changed on two computers at once. Both versions are kept: the "
                "entry's History has the other one ('innerchild sync status' lists them).",
            )
        )
    if report.not_yet:
        print(
            translate(
                "cli.sync_cmds",
                "%n files from another computer are not complete yet (your sync tool may still "
                "be copying them). They are tried again next time.",
                None,
                len(report.not_yet),
            )
        )
    if report.damaged:
        say(
            translate(
                "cli.sync_cmds",
                "%n files in the sync folder are damaged and were not used: {names}",
                None,
                len(report.damaged),
            ).format(names=", ".join(report.damaged))
        )
    if report.foreign:
        print(
            translate(
                "cli.sync_cmds",
                "%n files in the sync folder belong to another journal's sync and were left alone.",
                None,
                len(report.foreign),
            )
        )
    if report.too_new:
        print(
            translate(
                "cli.sync_cmds",
                "Another computer uses a newer version of Inner Child. Update this one to "
                "receive its changes; nothing is lost meanwhile.",
            )
        )
    for h in report.held:
        print(
            translate("cli.sync_cmds", HELD).format(
                name=h.device_name or translate("cli.sync_cmds", "another computer"),
                deleting=h.deleting,
                live=h.live,
            )
        )
    return held


def _status(args: argparse.Namespace, status: SyncStatus) -> int:
    if args.json:
        emit_json(
            {
                "on": status.on,
                "folder": status.folder,
                "folder_present": status.folder_present,
                "device": status.device,
                "device_name": status.device_name,
                "waiting_to_send": status.waiting_to_send,
                "computers": [
                    {
                        "device": c.device,
                        "name": c.name,
                        "this_one": c.this_one,
                        "last_synced": c.last_seen,
                        "batches_waiting": c.waiting_from,
                    }
                    for c in status.computers
                ],
                "conflicts": [
                    {
                        "kind": c.entity,
                        "id": c.entity_id,
                        "field": c.field,
                        "from": c.device,
                        "found": c.found_at,
                    }
                    for c in status.conflicts
                ],
                "waiting_for_creation": status.parked,
            }
        )
        return 0
    if not status.on:
        print(
            translate(
                "cli.sync_cmds",
                "This journal is only on this computer. To use it on another one too: "
                "innerchild sync setup FOLDER (a folder Syncthing, Dropbox or a USB stick "
                "carries).",
            )
        )
        return 0
    say(
        translate("cli.sync_cmds", "Syncing through {folder}").format(folder=status.folder)
        if status.folder_present
        else translate("cli.sync_cmds", "Syncing through {folder} (not there now)").format(
            folder=status.folder
        )
    )
    for c in status.computers:
        when = _local_time(c.last_seen)
        if c.this_one:
            say(
                "  "
                + translate("cli.sync_cmds", "{name} (this computer): last synced {when}").format(
                    name=c.name, when=when
                )
            )
        elif c.waiting_from:
            say(
                "  "
                + translate(
                    "cli.sync_cmds",
                    "{name}: last heard from {when}; %n change files to bring in",
                    None,
                    c.waiting_from,
                ).format(name=c.name, when=when)
            )
        else:
            say(
                "  "
                + translate("cli.sync_cmds", "{name}: last heard from {when}").format(
                    name=c.name, when=when
                )
            )
    if status.waiting_to_send:
        print(
            translate(
                "cli.sync_cmds",
                "Some of what you wrote here waits to be sent: it goes out at the next sync.",
            )
        )
    if status.conflicts:
        print(
            translate(
                "cli.sync_cmds",
                "Writing that changed on two computers at once (both versions kept):",
            )
        )
        for conflict in status.conflicts:
            say(
                "  "
                + translate(
                    "cli.sync_cmds", "{kind} {id}: its {field}; History has the other version"
                ).format(kind=conflict.entity, id=conflict.entity_id[:8], field=conflict.field)
            )
    return 0


def _local_time(iso: str | None) -> str:
    if not iso:
        return translate("cli.sync_cmds", "not yet")
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return translate("cli.sync_cmds", "not yet")
