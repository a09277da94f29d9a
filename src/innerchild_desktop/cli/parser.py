"""The command line's grammar: every command, its options and its help text (argparse)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from innerchild_desktop import APP_DISPLAY_NAME, __version__
from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from innerchild_desktop.domain.transfer_formats import EXPORT_FORMATS, IMPORT_FORMATS


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli.parser", "needs a date like 2024-05-17, not {text}").format(
                text=repr(text)
            )
        ) from exc


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
            help=translate(
                "cli.parser",
                "journal folder (default: $INNERCHILD_DATA_DIR or the platform's user data folder)",
            ),
        )
        options.add_argument(
            "--passphrase-stdin",
            action="store_true",
            **flag_default,  # type: ignore[arg-type]
            help=translate(
                "cli.parser",
                "read the passphrase (and other secrets) from standard input, one per line",
            ),
        )
        options.add_argument(
            "--json",
            action="store_true",
            **flag_default,  # type: ignore[arg-type]
            help=translate("cli.parser", "machine-readable output"),
        )
        return options

    common = global_options(suppress=True)

    parser = argparse.ArgumentParser(
        prog="innerchild",
        parents=[global_options(suppress=False)],
        description=translate(
            "cli.parser",
            "{app}: an offline, encrypted journal for inner child work. "
            "Without a command, the app window opens.",
        ).format(app=APP_DISPLAY_NAME),
    )
    parser.add_argument("--version", action="version", version=f"innerchild {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = add("gui", translate("cli.parser", "open the app window (the default)"))
    # For the start-up benchmark: print the wall-clock time once the window is shown, then quit.
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "--in-tray",
        action="store_true",
        help=translate(
            "cli.parser",
            "start with only the tray icon (the login entry gentle reminders may write)",
        ),
    )
    add("init", translate("cli.parser", "create a new journal and show its recovery key once"))
    p = add(
        "add", translate("cli.parser", "write a new entry (body from --body or standard input)")
    )
    p.add_argument("--title", default="")
    p.add_argument("--body")
    p.add_argument("--tag", action="append", default=[], help=translate("cli.parser", "repeatable"))
    p.add_argument(
        "--date",
        type=iso_date,
        help=translate("cli.parser", "entry date, YYYY-MM-DD (default: today)"),
    )
    p.add_argument("--kind", choices=[k.value for k in EntryKind], default="free")
    p.add_argument("--mood", help=translate("cli.parser", "a named feeling, e.g. calm"))
    p.add_argument("--distress", type=int, choices=range(11), metavar="0-10")
    p.add_argument(
        "--heavy",
        action="store_true",
        help=translate(
            "cli.parser", "this is heavy: keep it veiled in lists and search, never in On this day"
        ),
    )
    p = add(
        "edit",
        translate(
            "cli.parser",
            "change an entry's title or text (--body or standard input), or mark it heavy or not;"
            " the text it replaces is kept in its history",
        ),
    )
    p.add_argument("entry_id", help=translate("cli.parser", "an id or its first 8 characters"))
    p.add_argument("--title", help=translate("cli.parser", "a new title"))
    p.add_argument("--body", help=translate("cli.parser", "new text (or pipe it in)"))
    heavy = p.add_mutually_exclusive_group()
    heavy.add_argument(
        "--heavy",
        dest="heavy",
        action="store_true",
        default=None,
        help=translate("cli.parser", "keep it veiled"),
    )
    heavy.add_argument(
        "--not-heavy",
        dest="heavy",
        action="store_false",
        help=translate("cli.parser", "show it like any other entry"),
    )
    p = add(
        "delete", translate("cli.parser", "move entries to the trash (the app can bring them back)")
    )
    p.add_argument(
        "entry_ids",
        nargs="+",
        metavar="entry_id",
        help=translate("cli.parser", "ids or their first 8 characters"),
    )
    p = add(
        "history",
        translate(
            "cli.parser", "an entry's earlier versions, newest first; --restore brings one back"
        ),
    )
    p.add_argument("entry_id", help=translate("cli.parser", "an id or its first 8 characters"))
    p.add_argument(
        "--restore",
        type=int,
        metavar="NUMBER",
        help=translate(
            "cli.parser",
            "bring this version back (the text it replaces is kept in the history too)",
        ),
    )
    p = add("list", translate("cli.parser", "list entries, newest first"))
    p.add_argument("--limit", type=int, default=20)
    p = add("show", translate("cli.parser", "show one entry"))
    p.add_argument("entry_id", help=translate("cli.parser", "an id or its first 8 characters"))
    p = add(
        "search",
        translate(
            "cli.parser",
            'search entries and memories (words, "phrases", tag:name, after:YYYY-MM-DD …)',
        ),
    )
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20)
    p = add("verify", translate("cli.parser", "check the journal's encryption and integrity"))
    p.add_argument(
        "--repair",
        action="store_true",
        help=translate(
            "cli.parser",
            "rebuild the search index if it is out of step (your entries are not touched)",
        ),
    )
    p = add("passwd", translate("cli.parser", "change the passphrase (old, then new)"))
    p.add_argument(
        "--new-key",
        action="store_true",
        help=translate(
            "cli.parser",
            "someone may know my old passphrase or recovery key: re-encrypt the journal under "
            "a new key, so old passphrases, recovery keys and key files no longer open it",
        ),
    )
    p.add_argument(
        "--recalibrate",
        action="store_true",
        help=translate(
            "cli.parser",
            "measure this computer again for the key's strength (otherwise the passphrase "
            "gets the same cost as when the journal was set up)",
        ),
    )
    add(
        "recover",
        translate(
            "cli.parser",
            "set a new passphrase with the recovery key (also when the key file is lost)",
        ),
    )
    p = add(
        "backup",
        translate(
            "cli.parser", "write an encrypted backup (default: into the journal's backups folder)"
        ),
    )
    p.add_argument(
        "--out", type=Path, help=translate("cli.parser", "a backup file to write instead")
    )
    p.add_argument(
        "--list",
        action="store_true",
        help=translate("cli.parser", "list the backups in the backups folder"),
    )
    p = add(
        "restore",
        translate("cli.parser", "restore an encrypted backup, keeping the current journal aside"),
    )
    p.add_argument("backup_file", type=Path)
    p = add(
        "demo",
        translate(
            "cli.parser",
            "fill a new, empty journal with realistic sample entries, memories and sessions"
            " (tagged #sample); a journal with entries or memories is left as it is",
        ),
    )
    p.add_argument("--entries", type=int, default=60)
    p.add_argument("--memories", type=int, default=24)
    p.add_argument("--seed", type=int, default=7)
    p = add(
        "prompt",
        translate("cli.parser", "today's prompt (or more), or import a therapist's prompt pack"),
    )
    p.add_argument("--theme", help=translate("cli.parser", "only this theme, e.g. play"))
    p.add_argument(
        "--depth",
        choices=["gentle", "reflective", "deep"],
        help=translate(
            "cli.parser", "the deepest you want today (deep prompts come with a note first)"
        ),
    )
    p.add_argument("--count", type=int, default=1)
    p.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help=translate("cli.parser", "import a prompt pack (TOML); importing it again replaces it"),
    )
    p.add_argument(
        "--remove",
        metavar="PACK_ID",
        help=translate("cli.parser", "remove an imported prompt pack"),
    )
    add(
        "exercises",
        translate("cli.parser", "list the soothing exercises with their phases or steps"),
    )
    p = add(
        "import",
        translate("cli.parser", "import another journal (one transaction: all or nothing)"),
    )
    p.add_argument(
        "--from",
        dest="source_format",
        required=True,
        choices=IMPORT_FORMATS,
    )
    p.add_argument("path", type=Path)
    p = add(
        "export", translate("cli.parser", "export the journal (plaintext: only where you choose)")
    )
    p.add_argument("--format", dest="export_format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("cli.parser", "replace a file already at --out (never a folder)"),
    )
    p = add("memory", translate("cli.parser", "add or list childhood memories"))
    memory_sub = p.add_subparsers(dest="memory_command", metavar="ACTION", required=True)
    m = memory_sub.add_parser("add", help=translate("cli.parser", "add a memory"), parents=[common])
    m.add_argument("--title", required=True)
    m.add_argument(
        "--when",
        required=True,
        help=translate(
            "cli.parser",
            'fuzzy time: "around age 7", "age 6-8", "summer 1994", "1990s", "primary school"',
        ),
    )
    m.add_argument(
        "--feeling",
        action="append",
        default=[],
        help=translate("cli.parser", "e.g. scared, safe (repeatable)"),
    )
    m.add_argument(
        "--need",
        action="append",
        default=[],
        help=translate("cli.parser", "e.g. comfort (repeatable)"),
    )
    m.add_argument("--person", action="append", default=[])
    m.add_argument("--tag", action="append", default=[])
    m.add_argument("--place", default="")
    m.add_argument("--intensity", type=int, choices=range(1, 6), metavar="1-5")
    m.add_argument(
        "--heavy",
        action="store_true",
        help=translate("cli.parser", "never shown in full unless you ask"),
    )
    m.add_argument("--body", default="")
    memory_sub.add_parser(
        "list", help=translate("cli.parser", "list memories in timeline order"), parents=[common]
    )
    add(
        "timeline",
        translate("cli.parser", "memories in order, with their time span and life stage"),
    )
    p = add(
        "sync",
        translate(
            "cli.parser",
            "use the journal on more than one computer through a folder you already sync"
            " (Syncthing, Dropbox, a USB stick); with no action: send and receive once",
        ),
    )
    p.add_argument(
        "--allow-deletes",
        action="store_true",
        help=translate(
            "cli.parser",
            "apply a change from another computer that moves many entries to the trash",
        ),
    )
    sync_sub = p.add_subparsers(dest="sync_command", metavar="ACTION")
    for action, what in (
        (
            "setup",
            QT_TRANSLATE_NOOP(
                "cli.parser",
                "first computer: make the encrypted sync files in FOLDER and send the journal",
            ),
        ),
        (
            "join",
            QT_TRANSLATE_NOOP(
                "cli.parser",
                "another computer: join the sync files in FOLDER; both journals are merged",
            ),
        ),
    ):
        s = sync_sub.add_parser(action, help=translate("cli.parser", what), parents=[common])
        s.add_argument("folder", type=Path)
        s.add_argument(
            "--name", help=translate("cli.parser", "this computer's name, as the others show it")
        )
    s = sync_sub.add_parser(
        "status",
        help=translate("cli.parser", "the folder, the computers, what waits, and texts to look at"),
        parents=[common],
    )
    s = sync_sub.add_parser(
        "stop",
        help=translate("cli.parser", "stop syncing on this computer (the folder is left as it is)"),
        parents=[common],
    )
    p = add(
        "screenshots",
        translate("cli.parser", "save a PNG of each main screen (offscreen, demo journal)"),
    )
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--theme",
        choices=("both", "light", "dark"),
        default="both",
        help=translate(
            "cli.parser", "both (default: NN-name.png and NN-name-dark.png), or one theme only"
        ),
    )
    p.add_argument(
        "--language",
        metavar="CODE",
        help=translate(
            "cli.parser",
            'the window\'s language ("en", "es", "de"; default: the system\'s), or "pseudo": '
            "every text bracketed and 30%% longer, with untranslated and cut-off text listed in "
            "language-problems.txt",
        ),
    )
    return parser
