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

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.services.sync import SyncReport, SyncStatus

HELD = (
    "A change from {name} would move {deleting} of your {live} entries to the trash, so it "
    "waits for you. If that is what you meant, run 'innerchild sync --allow-deletes' "
    "(or confirm in the app); entries in the trash can be brought back."
)


@command("sync")
def cmd_sync(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    action = args.sync_command
    passphrase = secrets.ask("Passphrase: ")
    ctx.attach(ctx.access.open(passphrase))
    with locking(ctx):
        service = ctx.sync
        if action in ("setup", "join"):
            prompt = (
                "Sync passphrase (Enter: the same as this journal's): "
                if action == "setup"
                else "The sync folder's passphrase (Enter: the same as this journal's): "
            )
            chosen = secrets.ask_optional(prompt, "sync passphrase")
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
                    "This computer no longer syncs. The folder and the other computers are "
                    "left as they are; your journal here is untouched."
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
        print("Syncing is set up. On your other computer: innerchild sync join FOLDER")
    elif action == "join":
        print("This computer has joined. Both journals are merged.")
    changed = report.applied.changed
    if report.sent_ops or changed:
        parts = []
        if report.sent_ops:
            parts.append("sent what you wrote here")
        if changed:
            parts.append("brought in what changed on your other computers")
        print(f"Synced: {' and '.join(parts)}.")
    else:
        print("In step: nothing new here or on your other computers.")
    if report.applied.conflicts:
        print(
            "Some writing changed on two computers at once. Both versions are kept: the "
            "entry's History has the other one ('innerchild sync status' lists them)."
        )
    if report.not_yet:
        print(
            f"{len(report.not_yet)} file(s) from another computer are not complete yet "
            "(your sync tool may still be copying them). They are tried again next time."
        )
    if report.damaged:
        say(
            f"{len(report.damaged)} file(s) in the sync folder are damaged and were not used: "
            + ", ".join(report.damaged)
        )
    if report.foreign:
        print(
            f"{len(report.foreign)} file(s) in the sync folder belong to another journal's sync "
            "and were left alone."
        )
    if report.too_new:
        print(
            "Another computer uses a newer version of Inner Child. Update this one to receive "
            "its changes; nothing is lost meanwhile."
        )
    for h in report.held:
        print(
            HELD.format(name=h.device_name or "another computer", deleting=h.deleting, live=h.live)
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
            "This journal is only on this computer. To use it on another one too: "
            "innerchild sync setup FOLDER (a folder Syncthing, Dropbox or a USB stick carries)."
        )
        return 0
    say(f"Syncing through {status.folder}" + ("" if status.folder_present else " (not there now)"))
    for c in status.computers:
        when = _local_time(c.last_seen)
        if c.this_one:
            say(f"  {c.name} (this computer): last synced {when}")
        else:
            waiting = f"; {c.waiting_from} change file(s) to bring in" if c.waiting_from else ""
            say(f"  {c.name}: last heard from {when}{waiting}")
    if status.waiting_to_send:
        print("Some of what you wrote here waits to be sent: it goes out at the next sync.")
    if status.conflicts:
        print("Writing that changed on two computers at once (both versions kept):")
        for conflict in status.conflicts:
            say(
                f"  {conflict.entity} {conflict.entity_id[:8]}: its {conflict.field};"
                " History has the other version"
            )
    return 0


def _local_time(iso: str | None) -> str:
    if not iso:
        return "not yet"
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "not yet"
