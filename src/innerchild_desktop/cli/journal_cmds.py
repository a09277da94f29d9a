"""Entries from the command line: add, edit, list, show, search (``AppContext.service``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from innerchild_desktop.cli.common import HEAVY_MEMORY_LABEL, NO_SUCH_ENTRY, command, unlocked
from innerchild_desktop.cli.io import SecretReader, emit_json, highlight, say, use_colour
from innerchild_desktop.domain.entries import EntryKind, Mood, NewEntry, heavy_entry_label
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.feelings import feeling_label
from innerchild_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext


@command("add")
def cmd_add(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        body = args.body
        if body is None:
            if sys.stdin.isatty() and not args.passphrase_stdin:
                raise InvalidInput(
                    translate("cli.journal_cmds", "Give the entry text with --body, or pipe it in.")
                )
            body = secrets.rest()
        new = NewEntry(
            title=args.title,
            body=body,
            entry_date=args.date,
            kind=EntryKind(args.kind),
            tags=tuple(args.tag),
            mood=Mood(args.mood.lower()) if args.mood else None,
            distress=args.distress,
            heavy=args.heavy,
        )
        entry_id = ctx.service.add_entry(new)
    if args.json:
        emit_json({"id": entry_id})
    else:
        print(translate("cli.journal_cmds", "Saved ({id}).").format(id=entry_id[:8]))
    return 0


# edit, delete and history: entry_cmds.py


@command("list")
def cmd_list(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        rows = ctx.service.list_entries(limit=max(args.limit, 1))
    if args.json:
        from innerchild_desktop.domain.json_views import entry_summary_to_json

        emit_json([entry_summary_to_json(r) for r in rows])
        return 0
    if not rows:
        print(
            translate(
                "cli.journal_cmds",
                "No entries yet. Whenever you're ready: innerchild add --title …",
            )
        )
    for r in rows:
        tags = f"  #{' #'.join(r.tags)}" if r.tags and not r.heavy else ""
        say(f"{r.entry_date}  {r.id[:8]}  {r.veiled_title}{tags}")
    return 0


@command("show")
def cmd_show(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        entry = ctx.service.get_entry(args.entry_id)
    if entry is None:
        raise InvalidInput(translate("cli.common", NO_SUCH_ENTRY))
    if args.json:
        from innerchild_desktop.domain.json_views import entry_to_json

        emit_json(entry_to_json(entry))
        return 0
    say(f"# {entry.display_title}")
    say(
        f"{entry.entry_date} · {entry.kind.label}"
        + (
            " · "
            + translate("cli.journal_cmds", "feeling {feeling}").format(
                feeling=feeling_label(entry.mood.name)
            )
            if entry.mood
            else ""
        )
        + (f" · #{' #'.join(entry.tags)}" if entry.tags else "")
        + (" · " + translate("cli.journal_cmds", "marked heavy") if entry.heavy else "")
    )
    say()
    say(entry.body, multiline=True)
    return 0


@command("search")
def cmd_search(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        hits = ctx.service.search(" ".join(args.query), limit=max(args.limit, 1))
    if args.json:
        from innerchild_desktop.domain.json_views import search_hit_to_json

        emit_json([search_hit_to_json(h) for h in hits])
        return 0
    if not hits:
        print(translate("cli.journal_cmds", "Nothing found."))
    colour = use_colour(sys.stdout)
    for h in hits:
        label = translate("cli.journal_cmds", "memory") if h.doc_kind == "memory" else h.when
        title = h.title or translate("cli.journal_cmds", "Untitled")
        if h.heavy:
            title = (
                heavy_entry_label()
                if h.doc_kind == "entry"
                else translate("cli.common", HEAVY_MEMORY_LABEL)
            )
        say(f"{label}  {h.id[:8]}  {title}")
        if h.snippet:
            print("    " + highlight(h.snippet, colour=colour).replace("\n", " "))
    return 0
