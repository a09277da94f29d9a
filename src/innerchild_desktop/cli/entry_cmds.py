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

from innerchild_desktop.cli.common import NO_SUCH_ENTRY, command, unlocked
from innerchild_desktop.cli.io import SecretReader, emit_json, say
from innerchild_desktop.domain.entries import Entry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.revisions import telling_lines, when_in_words

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.services.journal import JournalService

NOTHING_TO_CHANGE = QT_TRANSLATE_NOOP(
    "cli.entry_cmds",
    "Say what to change: --title, --body (or pipe the new text in), --heavy or --not-heavy.",
)


class UsageProblem(InvalidInput):
    """A command given without what it needs (exit code 2, like argparse's own)."""

    exit_code = 2


def _entry(service: JournalService, entry_id: str) -> Entry:
    entry = service.get_entry(entry_id)
    if entry is None:
        raise InvalidInput(translate("cli.common", NO_SUCH_ENTRY))
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
            raise UsageProblem(translate("cli.entry_cmds", NOTHING_TO_CHANGE))
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
        print(
            translate(
                "cli.entry_cmds", "Saved ({id}). The earlier text is kept in its history."
            ).format(id=entry.id[:8])
        )
    if fields.get("heavy") is True:
        print(
            translate(
                "cli.entry_cmds",
                "Marked heavy ({id}): it stays veiled until you choose to open it.",
            ).format(id=entry.id[:8])
        )
    elif fields.get("heavy") is False:
        print(translate("cli.entry_cmds", "No longer marked heavy ({id}).").format(id=entry.id[:8]))
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
            print(translate("cli.entry_cmds", "Moved to the trash ({id}).").format(id=entry.id[:8]))
            moved.remove(entry.id)
        else:
            print(
                translate("cli.entry_cmds", "Already in the trash ({id}).").format(id=entry.id[:8])
            )
    print(
        translate(
            "cli.entry_cmds",
            "Entries stay in the trash until you empty it; the app can bring them back.",
        )
    )
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
                translate(
                    "cli.entry_cmds",
                    "Version {number} is back ({id}). The text it replaced is kept in the "
                    "history too.",
                ).format(number=args.restore, id=entry.id[:8])
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
        print(
            translate(
                "cli.entry_cmds",
                "No earlier versions of this entry yet. They are kept as you change it.",
            )
        )
        return 0
    now = datetime.now(UTC)
    say(
        translate("cli.entry_cmds", "Earlier versions of {title}, newest first:").format(
            title=entry.display_title
        )
    )
    for r, line in zip(revisions, telling_lines(entry.body, revisions), strict=True):
        say(f"  {r.number:>3}  {when_in_words(r.saved_at, now):<32}  {line}")
    print(
        translate(
            "cli.entry_cmds",
            "To bring one back: innerchild history {id} --restore NUMBER "
            "(the text you have now is kept here too).",
        ).format(id=entry.id[:8])
    )
    return 0
