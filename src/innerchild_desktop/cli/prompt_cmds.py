"""Prompts and soothing exercises from the command line (``AppContext.prompts``)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from innerchild_desktop.cli.common import command, unlocked
from innerchild_desktop.cli.io import SecretReader, emit_json, say
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext

MAX_PROMPT_COUNT = 50  # each prompt shown is recorded; a huge --count would run for hours


@command("prompt")
def cmd_prompt(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    if args.count > MAX_PROMPT_COUNT:
        raise InvalidInput(
            translate(
                "cli.prompt_cmds",
                "--count can be at most {most}; one or two prompts are usually plenty.",
            ).format(most=MAX_PROMPT_COUNT)
        )

    from innerchild_desktop.domain.prompts import Depth

    with unlocked(ctx, secrets):
        prompts = ctx.prompts
        if args.remove:
            if not prompts.remove_pack(args.remove):
                raise InvalidInput(
                    translate("cli.prompt_cmds", "No imported pack has the id {id}.").format(
                        id=repr(args.remove)
                    )
                )
            print(
                translate(
                    "cli.prompt_cmds",
                    "The pack is removed. Your entries that answered its prompts stay.",
                )
            )
            return 0
        if args.import_file:
            name, count = prompts.import_pack(args.import_file)
            if args.json:
                emit_json({"pack": name, "prompts": count})
            else:
                say(
                    translate(
                        "cli.prompt_cmds",
                        "Imported “{name}”: %n prompts. Find them on the Prompts screen.",
                        None,
                        count,
                    ).format(name=name)
                )
            return 0
        lib = prompts.library()
        # The same choice as the Prompts screen (PromptService.offer): the person's own
        # prompts included, each offer recorded as shown, then "another one" for --count.
        depth = Depth(args.depth) if args.depth else None
        offers = []
        chosen = prompts.offer(date.today(), max_depth=depth, theme=args.theme)
        while chosen is not None:
            offers.append(chosen)
            if len(offers) >= max(args.count, 1):
                break
            chosen = prompts.offer(date.today(), another=True, max_depth=depth, theme=args.theme)
    if args.json:
        from innerchild_desktop.domain.json_views import offer_to_json

        emit_json([offer_to_json(o) for o in offers])
        return 0
    if not offers:
        print(
            translate(
                "cli.prompt_cmds",
                "No prompt fits those choices right now. That's okay; free writing is welcome.",
            )
        )
    for o in offers:
        if o.content_note:
            say(translate("cli.prompt_cmds", "(A note first: {note})").format(note=o.content_note))
        say(o.text, multiline=True)
        say(f"    {lib.theme_name(o.theme)} · {o.depth.value} · {o.why}")
        say()
    return 0


@command("exercises")
def cmd_exercises(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.domain.json_views import exercise_to_json
    from innerchild_desktop.services.library import shipped_exercises

    library = shipped_exercises()  # shipped data: no passphrase needed
    rows = [exercise_to_json(exercise) for exercise in library.exercises]
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        extra = " " + translate("cli.prompt_cmds", "(with holds: opt-in)") if row["opt_in"] else ""
        pattern = row.get("pattern")
        if isinstance(pattern, dict):
            inhale = f"{pattern['inhale']:.3g}" + (
                f"+{pattern['top_up']:.3g}" if pattern["top_up"] else ""
            )
            shape = "/".join(
                [inhale, *(f"{pattern[k]:.3g}" for k in ("hold_in", "exhale", "hold_out"))]
            )
            detail = translate("cli.prompt_cmds", "{shape} s, {rate} breaths a minute").format(
                shape=shape, rate=f"{pattern['breaths_per_minute']:g}"
            )
        else:
            detail = translate("cli.prompt_cmds", "%n steps", None, len(row["steps"]))
        print(f"{row['id']:24s} {row['name']}{extra}: {detail}")
    return 0
