"""The command line: ``innerchild`` (GUI) and ``innerchild <command>`` (headless).

Headless commands never import Qt (it costs start-up time); only the GUI and ``screenshots`` do.
Errors are one clear sentence on stderr plus an exit code, never a traceback:
0 ok, 1 other error, 2 usage error, 3 wrong passphrase, 4 damaged or missing journal / key
file, 5 journal written by a newer app.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from innerchild_desktop import APP_DISPLAY_NAME, __version__
from innerchild_desktop.cli_io import (
    Progress,
    SecretReader,
    check_new_passphrase,
    emit_json,
    highlight,
    say,
    use_colour,
)
from innerchild_desktop.domain.entries import HEAVY_ENTRY_LABEL, EntryKind, Mood, NewEntry
from innerchild_desktop.domain.errors import InnerChildError, InvalidInput
from innerchild_desktop.paths import JournalPaths, journal_paths

Handler = Callable[[argparse.Namespace, JournalPaths, SecretReader], int]
HEAVY_MEMORY_LABEL = "(a heavy memory: open it in the app when you choose)"
_COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _COMMANDS[name] = fn
        return fn

    return register


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"needs a date like 2024-05-17, not {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    def global_options(suppress: bool) -> argparse.ArgumentParser:
        # Accepted before or after the command. The copy on each subcommand defaults to
        # SUPPRESS so that it does not overwrite a value given before the command.
        default: dict[str, object] = {"default": argparse.SUPPRESS} if suppress else {}
        flag_default = default or {"default": False}
        options = argparse.ArgumentParser(add_help=False)
        options.add_argument(
            "--data-dir",
            metavar="PATH",
            **default,  # type: ignore[arg-type]
            help="journal folder (default: $INNERCHILD_DATA_DIR or the "
            "platform's user data folder)",
        )
        options.add_argument(
            "--passphrase-stdin",
            action="store_true",
            **flag_default,  # type: ignore[arg-type]
            help="read the passphrase (and other secrets) from standard input, one per line",
        )
        options.add_argument(
            "--json",
            action="store_true",
            **flag_default,  # type: ignore[arg-type]
            help="machine-readable output",
        )
        return options

    common = global_options(suppress=True)

    parser = argparse.ArgumentParser(
        prog="innerchild",
        parents=[global_options(suppress=False)],
        description=f"{APP_DISPLAY_NAME}: an offline, encrypted journal for inner child work. "
        "Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"innerchild {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = add("gui", "open the app window (the default)")
    # For the start-up benchmark: print the wall-clock time once the window is shown, then quit.
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    add("init", "create a new journal and show its recovery key once")
    p = add("add", "write a new entry (body from --body or standard input)")
    p.add_argument("--title", default="")
    p.add_argument("--body")
    p.add_argument("--tag", action="append", default=[], help="repeatable")
    p.add_argument("--date", type=_iso_date, help="entry date, YYYY-MM-DD (default: today)")
    p.add_argument("--kind", choices=[k.value for k in EntryKind], default="free")
    p.add_argument("--mood", help="a named feeling, e.g. calm")
    p.add_argument("--distress", type=int, choices=range(11), metavar="0-10")
    p.add_argument(
        "--heavy",
        action="store_true",
        help="this is heavy: keep it veiled in lists and search, never in On this day",
    )
    p = add("edit", "change an entry: mark it heavy (veiled) or not")
    p.add_argument("entry_id", help="an id or its first 8 characters")
    heavy = p.add_mutually_exclusive_group(required=True)
    heavy.add_argument(
        "--heavy", dest="heavy", action="store_true", default=None, help="keep it veiled"
    )
    heavy.add_argument(
        "--not-heavy", dest="heavy", action="store_false", help="show it like any other entry"
    )
    p = add("list", "list entries, newest first")
    p.add_argument("--limit", type=int, default=20)
    p = add("show", "show one entry")
    p.add_argument("entry_id", help="an id or its first 8 characters")
    p = add(
        "search", 'search entries and memories (words, "phrases", tag:name, after:YYYY-MM-DD …)'
    )
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p = add("verify", "check the journal's encryption and integrity")
    p.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the search index if it is out of step (your entries are not touched)",
    )
    add("passwd", "change the passphrase (old, then new)")
    add("recover", "set a new passphrase with the recovery key (also when the key file is lost)")
    p = add("backup", "write an encrypted backup (default: into the journal's backups folder)")
    p.add_argument("--out", type=Path, help="a backup file to write instead")
    p = add("restore", "restore an encrypted backup, keeping the current journal aside")
    p.add_argument("backup_file", type=Path)
    p = add(
        "demo",
        "fill a new, empty journal with realistic sample entries, memories and sessions"
        " (tagged #sample); a journal with entries or memories is left as it is",
    )
    p.add_argument("--entries", type=int, default=60)
    p.add_argument("--memories", type=int, default=24)
    p.add_argument("--seed", type=int, default=7)
    p = add("prompt", "today's prompt (or more), or import a therapist's prompt pack")
    p.add_argument("--theme", help="only this theme, e.g. play")
    p.add_argument(
        "--depth",
        choices=["gentle", "reflective", "deep"],
        help="the deepest you want today (deep prompts come with a note first)",
    )
    p.add_argument("--count", type=int, default=1)
    p.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="import a prompt pack (TOML); importing it again replaces it",
    )
    p.add_argument("--remove", metavar="PACK_ID", help="remove an imported prompt pack")
    add("exercises", "list the soothing exercises with their phases or steps")
    p = add("import", "import another journal (one transaction: all or nothing)")
    p.add_argument(
        "--from",
        dest="source_format",
        required=True,
        choices=[
            "dayone",
            "jrnl-json",
            "jrnl-text",
            "rednotebook",
            "markdown-dir",
            "innerchild-json",
        ],
    )
    p.add_argument("path", type=Path)
    p = add("export", "export the journal (plaintext: only where you choose)")
    p.add_argument(
        "--format", dest="export_format", required=True, choices=["markdown", "json", "html", "pdf"]
    )
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--force", action="store_true", help="replace a file already at --out (never a folder)"
    )
    p = add("memory", "add or list childhood memories")
    memory_sub = p.add_subparsers(dest="memory_command", metavar="ACTION", required=True)
    m = memory_sub.add_parser("add", help="add a memory", parents=[common])
    m.add_argument("--title", required=True)
    m.add_argument(
        "--when",
        required=True,
        help='fuzzy time: "around age 7", "age 6-8", "summer 1994", "1990s", "primary school"',
    )
    m.add_argument("--feeling", action="append", default=[], help="e.g. scared, safe (repeatable)")
    m.add_argument("--need", action="append", default=[], help="e.g. comfort (repeatable)")
    m.add_argument("--person", action="append", default=[])
    m.add_argument("--tag", action="append", default=[])
    m.add_argument("--place", default="")
    m.add_argument("--intensity", type=int, choices=range(1, 6), metavar="1-5")
    m.add_argument("--heavy", action="store_true", help="never shown in full unless you ask")
    m.add_argument("--body", default="")
    memory_sub.add_parser("list", help="list memories in timeline order", parents=[common])
    add("timeline", "memories in order, with their time span and life stage")
    p = add("screenshots", "save a PNG of each main screen (offscreen, demo journal)")
    p.add_argument("--out", type=Path, required=True)
    return parser


def _open(paths: JournalPaths, secrets: SecretReader):  # type: ignore[no-untyped-def]
    from innerchild_desktop.store.vault import open_journal

    return open_journal(paths, secrets.ask("Passphrase: "))


@command("init")
def cmd_init(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.store.vault import create_journal

    passphrase = secrets.ask_new("Choose a passphrase: ")
    journal, recovery = create_journal(paths, passphrase)
    journal.close()
    if args.json:
        emit_json({"data_dir": str(paths.root), "recovery_key": recovery})
        return 0
    print(f"Your journal is ready in {paths.root}.\n")
    print("This is your recovery key. It is shown only this once:\n")
    print(f"    {recovery}\n")
    print(
        "Write it down or keep it somewhere safe and private. If you ever forget your\n"
        "passphrase, it is the only way back into your journal: there is no reset."
    )
    return 0


@command("add")
def cmd_add(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.journal import JournalService

    with _open(paths, secrets) as journal:
        body = args.body
        if body is None:
            if sys.stdin.isatty() and not args.passphrase_stdin:
                raise InvalidInput("Give the entry text with --body, or pipe it in.")
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
        entry_id = JournalService(journal).add_entry(new)
    if args.json:
        emit_json({"id": entry_id})
    else:
        print(f"Saved ({entry_id[:8]}).")
    return 0


@command("edit")
def cmd_edit(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.journal import JournalService

    with _open(paths, secrets) as journal:
        service = JournalService(journal)
        entry = service.get_entry(args.entry_id)
        if entry is None:
            raise InvalidInput("No entry has that id. 'innerchild list' shows the ids.")
        service.set_heavy(entry.id, args.heavy)
    if args.json:
        emit_json({"id": entry.id, "heavy": args.heavy})
    elif args.heavy:
        print(f"Marked heavy ({entry.id[:8]}): it stays veiled until you choose to open it.")
    else:
        print(f"No longer marked heavy ({entry.id[:8]}).")
    return 0


@command("list")
def cmd_list(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.journal import JournalService

    with _open(paths, secrets) as journal:
        rows = JournalService(journal).list_entries(limit=max(args.limit, 1))
    if args.json:
        emit_json(
            [
                {
                    "id": r.id,
                    "date": r.entry_date.isoformat(),
                    "title": r.title,
                    "preview": r.preview,
                    "kind": r.kind.value,
                    "mood": r.mood,
                    "tags": list(r.tags),
                    "heavy": r.heavy,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No entries yet. Whenever you're ready: innerchild add --title …")
    for r in rows:
        tags = f"  #{' #'.join(r.tags)}" if r.tags and not r.heavy else ""
        say(f"{r.entry_date}  {r.id[:8]}  {r.veiled_title}{tags}")
    return 0


@command("show")
def cmd_show(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.journal import JournalService

    with _open(paths, secrets) as journal:
        entry = JournalService(journal).get_entry(args.entry_id)
    if entry is None:
        raise InvalidInput("No entry has that id. 'innerchild list' shows the ids.")
    if args.json:
        emit_json(
            {
                "id": entry.id,
                "date": entry.entry_date.isoformat(),
                "title": entry.title,
                "body": entry.body,
                "kind": entry.kind.value,
                "tags": list(entry.tags),
                "mood": entry.mood.name if entry.mood else None,
                "distress": entry.distress,
                "created_at": entry.created_at,
                "updated_at": entry.updated_at,
                "prompt": entry.prompt_text,
                "heavy": entry.heavy,
            }
        )
        return 0
    say(f"# {entry.display_title}")
    say(
        f"{entry.entry_date} · {entry.kind.label}"
        + (f" · feeling {entry.mood.name}" if entry.mood else "")
        + (f" · #{' #'.join(entry.tags)}" if entry.tags else "")
        + (" · marked heavy" if entry.heavy else "")
    )
    say()
    say(entry.body, multiline=True)
    return 0


@command("search")
def cmd_search(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.journal import JournalService

    with _open(paths, secrets) as journal:
        hits = JournalService(journal).search(" ".join(args.query), limit=max(args.limit, 1))
    if args.json:
        emit_json(
            [
                {
                    "type": h.doc_kind,
                    "id": h.id,
                    "title": h.title,
                    "when": h.when,
                    "snippet": highlight(h.snippet, colour=False, json_mode=True),
                    "rank": h.rank,
                    "heavy": h.heavy,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("Nothing found.")
    colour = use_colour(sys.stdout)
    for h in hits:
        label = "memory" if h.doc_kind == "memory" else h.when
        title = h.title or "Untitled"
        if h.heavy:
            title = HEAVY_ENTRY_LABEL if h.doc_kind == "entry" else HEAVY_MEMORY_LABEL
        say(f"{label}  {h.id[:8]}  {title}")
        if h.snippet:
            print("    " + highlight(h.snippet, colour=colour).replace("\n", " "))
    return 0


@command("verify")
def cmd_verify(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    with _open(paths, secrets) as journal:
        report = journal.verify()
        if (
            args.repair
            and not report.fts_ok
            and not report.cipher_errors
            and report.integrity == ["ok"]
        ):
            journal.rebuild_search_index()
            report = journal.verify()
    if args.json:
        emit_json(
            {
                "ok": report.ok,
                "cipher_errors": report.cipher_errors,
                "integrity": report.integrity,
                "fts_ok": report.fts_ok,
                "schema_version": report.schema_version,
            }
        )
    elif report.ok:
        print("All good: the encryption checks and the database integrity check passed.")
    else:
        print(
            "The journal has problems: "
            + "; ".join(
                report.cipher_errors
                + [i for i in report.integrity if i != "ok"]
                + ([] if report.fts_ok else ["the search index is damaged"])
            )
        )
    return 0 if report.ok else 4


@command("passwd")
def cmd_passwd(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.store.vault import open_journal

    current = secrets.ask("Current passphrase: ")
    with open_journal(paths, current) as journal:
        new = secrets.ask_new("New passphrase: ")
        journal.change_passphrase(current, new)
    print("Your passphrase is changed. Your recovery key stays the same.")
    return 0


@command("recover")
def cmd_recover(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.store.vault import recover_access

    recovery = secrets.ask("Recovery key: ", "recovery key")
    new = secrets.ask_new("New passphrase: ")
    recover_access(paths, recovery, new)
    print("Welcome back. Your journal opens with the new passphrase now.")
    return 0


@command("backup")
def cmd_backup(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.store import backups

    with _open(paths, secrets) as journal:
        written = (
            backups.write_backup(journal, args.out) if args.out else backups.backup_now(journal)
        )
    if args.json:
        emit_json({"backup": str(written)})
    else:
        print(f"Encrypted backup written: {written}")
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.store import backups

    secret = secrets.ask("Passphrase (or recovery key) of the backup: ")
    kept = backups.restore_backup(paths, args.backup_file, secret)
    if args.json:
        emit_json({"restored": str(args.backup_file), "previous_kept_in": str(kept or "")})
        return 0
    print("The backup is restored.")
    if kept:
        print(f"Your previous journal files are kept in {kept}.")
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.demo import check_sizes, fill_demo, require_new_journal
    from innerchild_desktop.store.vault import create_journal, journal_exists, open_journal

    check_sizes(args.entries, args.memories)
    passphrase = secrets.ask("Passphrase: ")
    recovery = None
    if journal_exists(paths):
        journal = open_journal(paths, passphrase)
    else:
        check_new_passphrase(passphrase)
        journal, recovery = create_journal(paths, passphrase)
    with journal:
        require_new_journal(journal)  # sample content only ever fills a new, empty journal
        progress = Progress("Writing sample entries", args.entries)
        counts = fill_demo(
            journal,
            entries=args.entries,
            memories=args.memories,
            seed=args.seed,
            progress=progress.update,
        )
        progress.finish()
    if args.json:
        emit_json({**counts, "recovery_key": recovery})
    else:
        print(
            f"Added {counts['entries']:,} sample entries, {counts['memories']} memories and "
            f"{counts['sessions']} exercise sessions, tagged #sample."
        )
        if recovery:
            print(f"New demo journal; its recovery key: {recovery}")
    return 0


MAX_PROMPT_COUNT = 50  # each prompt shown is recorded; a huge --count would run for hours


@command("prompt")
def cmd_prompt(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from dataclasses import replace

    if args.count > MAX_PROMPT_COUNT:
        raise InvalidInput(
            f"--count can be at most {MAX_PROMPT_COUNT}; one or two prompts are usually plenty."
        )

    from innerchild_desktop.domain.prompt_selection import another_prompt, todays_prompt
    from innerchild_desktop.domain.prompts import Depth
    from innerchild_desktop.services import prompts

    with _open(paths, secrets) as journal:
        if args.remove:
            if not prompts.remove_pack(journal, args.remove):
                raise InvalidInput(f"No imported pack has the id {args.remove!r}.")
            print("The pack is removed. Your entries that answered its prompts stay.")
            return 0
        if args.import_file:
            name, count = prompts.import_pack(journal, args.import_file)
            if args.json:
                emit_json({"pack": name, "prompts": count})
            else:
                say(f"Imported “{name}”: {count} prompts. Find them on the Prompts screen.")
            return 0
        lib = prompts.library(journal)
        state = prompts.state(journal, date.today())
        if args.depth:
            state = replace(state, settings=replace(state.settings, max_depth=Depth(args.depth)))
        if args.theme:
            others = frozenset(t.id for t in lib.themes if t.id != args.theme)
            if len(others) == len(lib.themes):
                raise InvalidInput(
                    f"There is no theme called {args.theme!r}. Themes: "
                    + ", ".join(t.id for t in lib.themes)
                    + "."
                )
            state = replace(state, settings=replace(state.settings, avoid_themes=others))
        offers = []
        chosen = todays_prompt(lib, state)
        while chosen is not None and len(offers) < max(args.count, 1):
            offers.append(chosen)
            prompts.record(journal, chosen.prompt_id, "shown")
            state = prompts.state(journal, date.today())
            if args.depth:
                state = replace(
                    state, settings=replace(state.settings, max_depth=Depth(args.depth))
                )
            if args.theme:
                state = replace(state, settings=replace(state.settings, avoid_themes=others))
            chosen = another_prompt(lib, state)
    if args.json:
        emit_json(
            [
                {
                    "id": o.prompt_id,
                    "text": o.text,
                    "theme": o.theme,
                    "depth": o.depth.value,
                    "why": o.why,
                    "content_note": o.content_note,
                    "suggest_soothing": o.suggest_soothing,
                }
                for o in offers
            ]
        )
        return 0
    if not offers:
        print("No prompt fits those choices right now. That's okay; free writing is welcome.")
    for o in offers:
        if o.content_note:
            say(f"(A note first: {o.content_note})")
        say(o.text, multiline=True)
        say(f"    {lib.theme_name(o.theme)} · {o.depth.value} · {o.why}")
        say()
    return 0


def _progress_line(label: str) -> tuple[Progress, Callable[[int, int], None]]:
    progress = Progress(label, 1)

    def report(done: int, total: int) -> None:
        progress.total = max(total, 1)
        progress.update(done)

    return progress, report


@command("import")
def cmd_import(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.transfer import import_journal

    with _open(paths, secrets) as journal:
        progress, report = _progress_line("Importing")
        summary = import_journal(journal, args.source_format, args.path, progress=report)
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
def cmd_export(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.services.transfer import export_journal

    replacing = args.out.is_file() and args.export_format != "markdown"
    if replacing and not args.force:  # said before the passphrase is asked for
        raise InvalidInput(
            f"There is already a file at {args.out}, so nothing was written: choose another "
            "name, or add --force to replace it."
        )
    with _open(paths, secrets) as journal:
        progress, report = _progress_line("Exporting")
        summary = export_journal(
            journal, args.export_format, args.out, progress=report, overwrite=args.force
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


@command("exercises")
def cmd_exercises(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.domain.exercises import load_library

    library = load_library()  # shipped data: no passphrase needed
    rows = []
    for exercise in library.exercises:
        row: dict[str, object] = {
            "id": exercise.id,
            "name": exercise.name,
            "kind": exercise.kind.value,
            "opt_in": exercise.opt_in,
            "description": exercise.description,
        }
        if exercise.breathing is not None:
            p = exercise.breathing.pattern
            row["pattern"] = {
                "inhale": p.inhale,
                "hold_in": p.hold_in,
                "exhale": p.exhale,
                "hold_out": p.hold_out,
                "top_up": p.top_up,
                "breaths_per_minute": round(p.bpm(), 2),
            }
            row["variants"] = [v.id for v in exercise.breathing.variants]
        else:
            row["steps"] = [{"text": s.text, "seconds": s.seconds} for s in exercise.steps]
        rows.append(row)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        extra = " (with holds: opt-in)" if row["opt_in"] else ""
        pattern = row.get("pattern")
        if isinstance(pattern, dict):
            inhale = f"{pattern['inhale']:.3g}" + (
                f"+{pattern['top_up']:.3g}" if pattern["top_up"] else ""
            )
            shape = "/".join(
                [inhale, *(f"{pattern[k]:.3g}" for k in ("hold_in", "exhale", "hold_out"))]
            )
            detail = f"{shape} s, {pattern['breaths_per_minute']:g} breaths a minute"
        else:
            detail = f"{len(row['steps'])} steps"  # type: ignore[arg-type]
        print(f"{row['id']:24s} {row['name']}{extra}: {detail}")
    return 0


def _memory_rows(journal):  # type: ignore[no-untyped-def]
    from innerchild_desktop.services import timeline

    birth = timeline.birth_date(journal)
    return [
        {
            "id": r.id,
            "title": r.title,
            "when": timeline.describe(r),
            "lane": timeline.lane_of(r, birth),
            "span": [r.span_start, r.span_end],
            "sort_key": r.sort_key,
            "stage": r.stage,
            "heavy": r.heavy,
            "feelings": list(r.emotions),
            "needs": list(r.needs),
        }
        for r in timeline.timeline(journal)
    ]


@command("memory")
def cmd_memory(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.domain.errors import JournalInUse
    from innerchild_desktop.services import timeline

    try:
        opened = _open(paths, secrets)
    except JournalInUse:
        if args.memory_command != "add":
            raise
        raise JournalInUse(  # same exit code; the way that works while the app is open
            "The journal is open in Inner Child right now, so the memory can't be added from "
            "here: close the app first, or add it in the app (Timeline → Add a memory)."
        ) from None
    with opened as journal:
        if args.memory_command == "add":
            memory_id = timeline.add_memory(
                journal,
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
                print(f"Kept ({memory_id[:8]}).")
            return 0
        rows = _memory_rows(journal)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        title = HEAVY_MEMORY_LABEL if row["heavy"] else row["title"]
        say(f"{row['when']:24s} {row['id'][:8]}  {title}")
    return 0


@command("timeline")
def cmd_timeline(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    with _open(paths, secrets) as journal:
        rows = _memory_rows(journal)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        title = "(heavy memory)" if row["heavy"] else row["title"]
        span = row["span"]
        unit = "age" if row["lane"] == "age" else "year"
        say(f"{unit} {span[0]:7.2f}–{span[1]:7.2f}  {row['stage'] or '':15s} {title}")
    return 0


@command("screenshots")
def cmd_screenshots(args: argparse.Namespace, paths: JournalPaths, secrets: SecretReader) -> int:
    from innerchild_desktop.ui.screenshots import take_screenshots

    for path in take_screenshots(args.out):
        print(path)
    return 0


def _run_gui(paths: JournalPaths, *, exit_when_shown: bool = False) -> int:
    from innerchild_desktop.app import run_gui

    return run_gui(paths, exit_when_shown=exit_when_shown)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = journal_paths(args.data_dir)
    if args.command in (None, "gui"):
        return _run_gui(paths, exit_when_shown=getattr(args, "exit_when_shown", False))
    secrets = SecretReader(args.passphrase_stdin)
    try:
        return _COMMANDS[args.command](args, paths, secrets)
    except InnerChildError as err:
        say(f"innerchild: {err}", multiline=True, stream=sys.stderr)  # may quote a file's item
        return err.exit_code
    except BrokenPipeError:  # e.g. `innerchild list | head`: the reader has had enough
        return 0
    except KeyboardInterrupt:
        print("\ninnerchild: stopped. Nothing was left half-written.", file=sys.stderr)
        return 130
    except Exception as err:  # a bug: report where, never what (messages may hold content)
        frame = traceback.extract_tb(err.__traceback__)[-1]
        print(
            f"innerchild: something went wrong inside Inner Child ({type(err).__name__} at "
            f"{Path(frame.filename).name}:{frame.lineno}). Your journal was not changed by "
            "the failed step. Please report this.",
            file=sys.stderr,
        )
        return 1
