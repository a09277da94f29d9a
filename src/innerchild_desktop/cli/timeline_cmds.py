"""Childhood memories and the timeline from the command line (``AppContext.timeline``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from innerchild_desktop.cli.common import HEAVY_MEMORY_LABEL, command, locking, unlock, unlocked
from innerchild_desktop.cli.io import SecretReader, emit_json, say
from innerchild_desktop.domain.errors import JournalInUse
from innerchild_desktop.domain.feelings import stage_name_label
from innerchild_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext


def _memory_rows(ctx: AppContext) -> list[dict[str, Any]]:
    """Every memory in timeline order, as its JSON view (the text lines are drawn from it)."""
    from innerchild_desktop.domain.json_views import memory_to_json

    timeline = ctx.timeline
    birth = timeline.birth_date()
    return [memory_to_json(r, birth) for r in timeline.timeline()]


@command("memory")
def cmd_memory(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    try:
        unlock(ctx, secrets)
    except JournalInUse:
        if args.memory_command != "add":
            raise
        raise JournalInUse(  # same exit code; the way that works while the app is open
            translate(
                "cli.timeline_cmds",
                "The journal is open in Inner Child right now, so the memory can't be added from "
                "here: close the app first, or add it in the app (Timeline → Add a memory).",
            )
        ) from None
    with locking(ctx):
        if args.memory_command == "add":
            memory_id = ctx.timeline.add_memory(
                args.title,
                args.when,
                body=args.body,
                feelings=args.feeling,
                needs=args.need,
                people=args.person,
                place=args.place,
                intensity=args.intensity,
                heavy=args.heavy,
                tags=args.tag,
            )
            if args.json:
                emit_json({"id": memory_id})
            else:
                print(translate("cli.timeline_cmds", "Kept ({id}).").format(id=memory_id[:8]))
            return 0
        rows = _memory_rows(ctx)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        title = translate("cli.common", HEAVY_MEMORY_LABEL) if row["heavy"] else row["title"]
        say(f"{row['when']:24s} {row['id'][:8]}  {title}")
    return 0


@command("timeline")
def cmd_timeline(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        rows = _memory_rows(ctx)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        title = translate("cli.timeline_cmds", "(heavy memory)") if row["heavy"] else row["title"]
        span = row["span"]
        unit = (
            translate("cli.timeline_cmds", "age")
            if row["lane"] == "age"
            else translate("cli.timeline_cmds", "year")
        )
        stage = stage_name_label(row["stage"]) if row["stage"] else ""
        say(f"{unit} {span[0]:7.2f}–{span[1]:7.2f}  {stage:15s} {title}")
    return 0
