"""Changing entries from the command line: edit, delete (to the trash) and history.

``edit`` takes a new title and/or body (``--body`` or standard input) and the heavy mark; every
change of the text keeps the text it replaces in the entry's history, which ``history`` lists
and ``history ENTRY --restore N`` brings back (the text replaced by a restore is kept too).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from innerchild_desktop.cli.common import command, unlocked
from innerchild_desktop.cli.io import SecretReader, emit_json, say
from innerchild_desktop.domain.entries import Entry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.revisions import telling_lines, when_in_words

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.services.journal import JournalService

NO_SUCH_ENTRY = "No entry has that id. 'innerchild list' shows the ids."
NOTHING_TO_CHANGE = (
    "Say what to change: --title, --body (or pipe the new text in), --heavy or --not-heavy."
)


class UsageProblem(InvalidInput):
    """A command given without what it needs (exit code 2, like argparse's own)."""

    exit_code = 2


def _entry(service: JournalService, entry_id: str) -> Entry:
    entry = service.get_entry(entry_id)
    if entry is None:
        raise InvalidInput(NO_SUCH_ENTRY)
    return entry


def _edit_fields(args: argparse.Namespace, secrets: SecretReader) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if args.title is not None:
        fields["title"] = args.title
    if args.body is not None:
        fields["body"] = args.body
    elif args.passphrase_stdin or not sys.stdin.isatty():
        piped = secrets.rest()
        if piped:  # nothing piped in: the body stays as it is
            fields["body"] = piped
    if args.heavy is not None:
        fields["heavy"] = args.heavy
    return fields


@command("edit")
def cmd_edit(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        service = ctx.service
        entry = _entry(service, args.entry_id)
        fields = _edit_fields(args, secrets)
        if not fields:
            raise UsageProblem(NOTHING_TO_CHANGE)
        text_fields = {k: v for k, v in fields.items() if k in ("title", "body")}
        if text_fields:
            # A command-line edit is a whole editing session: the text it replaces is kept.
            service.update_entry(entry.id, session_start=True, **text_fields)
        if "heavy" in fields:
            service.set_heavy(entry.id, fields["heavy"])
    if args.json:
        emit_json({"id": entry.id, **{k: v for k, v in fields.items() if k == "heavy"}})
        return 0
    if text_fields:
        print(f"Saved ({entry.id[:8]}). The earlier text is kept in its history.")
    if fields.get("heavy") is True:
        print(f"Marked heavy ({entry.id[:8]}): it stays veiled until you choose to open it.")
    elif fields.get("heavy") is False:
        print(f"No longer marked heavy ({entry.id[:8]}).")
    return 0


@command("delete")
def cmd_delete(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        service = ctx.service
        entries = [_entry(service, entry_id) for entry_id in args.entry_ids]  # all, or none
        moved: list[str] = []
        for entry in dict((e.id, e) for e in entries).values():
            if entry.deleted_at is None:
                service.trash(entry.id)
                moved.append(entry.id)
    if args.json:
        emit_json({"trashed": moved})
        return 0
    for entry in entries:
        if entry.id in moved:
            print(f"Moved to the trash ({entry.id[:8]}).")
            moved.remove(entry.id)
        else:
            print(f"Already in the trash ({entry.id[:8]}).")
    print("Entries stay in the trash until you empty it; the app can bring them back.")
    return 0


@command("history")
def cmd_history(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        service = ctx.service
        entry = _entry(service, args.entry_id)
        if args.restore is not None:
            service.restore_revision(entry.id, args.restore)
        else:
            revisions = service.history(entry.id)
    if args.restore is not None:
        if args.json:
            emit_json({"id": entry.id, "restored": args.restore})
        else:
            print(
                f"Version {args.restore} is back ({entry.id[:8]}). The text it replaced is "
                "kept in the history too."
            )
        return 0
    if args.json:
        emit_json(
            [
                {
                    "number": r.number,
                    "saved_at": r.saved_at,
                    "kept_at": r.kept_at,
                    "origin": r.origin,
                    "title": r.title,
                    "body": r.body,
                }
                for r in revisions
            ]
        )
        return 0
    if not revisions:
        print("No earlier versions of this entry yet. They are kept as you change it.")
        return 0
    now = datetime.now(UTC)
    say(f"Earlier versions of {entry.display_title}, newest first:")
    for r, line in zip(revisions, telling_lines(entry.body, revisions), strict=True):
        say(f"  {r.number:>3}  {when_in_words(r.saved_at, now):<32}  {line}")
    print(
        f"To bring one back: innerchild history {entry.id[:8]} --restore NUMBER "
        "(the text you have now is kept here too)."
    )
    return 0
