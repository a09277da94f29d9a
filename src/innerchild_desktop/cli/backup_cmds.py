"""Keys and copies from the command line: init, passwd, recover, backup, restore, verify, demo
(``AppContext.access`` and ``AppContext.backups``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from innerchild_desktop.cli.common import command, locking, unlocked
from innerchild_desktop.cli.io import (
    Progress,
    SecretReader,
    check_new_passphrase,
    emit_json,
    say,
)
from innerchild_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from innerchild_desktop.context import AppContext


@command("init")
def cmd_init(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    passphrase = secrets.ask_new(translate("cli.backup_cmds", "Choose a passphrase: "))
    journal, recovery = ctx.access.create(passphrase)
    journal.close()
    if args.json:
        emit_json({"data_dir": str(ctx.paths.root), "recovery_key": recovery})
        return 0
    print(
        translate("cli.backup_cmds", "Your journal is ready in {folder}.").format(
            folder=ctx.paths.root
        )
    )
    print()
    print(translate("cli.backup_cmds", "This is your recovery key. It is shown only this once:"))
    print(f"\n    {recovery}\n")
    print(
        translate(
            "cli.backup_cmds",
            "Write it down or keep it somewhere safe and private. If you ever forget your\n"
            "passphrase, it is the only way back into your journal: there is no reset.",
        )
    )
    return 0


@command("verify")
def cmd_verify(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    with unlocked(ctx, secrets):
        check = ctx.backups.check_journal(repair=args.repair)
    report, cleaned, found = check.report, check.cleaned, check.leftovers
    if args.json:
        emit_json(check.to_json())
        return 0 if check.ok else 4
    for path in cleaned:
        say(
            translate(
                "cli.backup_cmds",
                "Removed what an interrupted export or backup left behind: {path}",
            ).format(path=path)
        )
    for path in found:
        say(
            translate(
                "cli.backup_cmds",
                "Left behind by an interrupted export or backup (not removed): {path}",
            ).format(path=path)
        )
    if check.ok:
        print(
            translate(
                "cli.backup_cmds",
                "All good: the encryption checks and the database integrity check passed.",
            )
        )
    elif report.ok:  # the database is sound; some of its photos or voice notes are not
        print(
            translate(
                "cli.backup_cmds",
                "The journal is sound, but %n attachments need a look:",
                None,
                len(check.attachments),
            )
        )
        for problem in check.attachments:
            print(f"  {problem.sentence}")
    else:
        print(
            translate("cli.backup_cmds", "The journal has problems:")
            + " "
            + "; ".join(
                report.cipher_errors
                + [i for i in report.integrity if i != "ok"]
                + (
                    []
                    if report.fts_ok
                    else [translate("cli.backup_cmds", "the search index is damaged")]
                )
                + [p.sentence for p in check.attachments]
            )
        )
    return 0 if check.ok else 4


@command("passwd")
def cmd_passwd(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    access = ctx.access
    current = secrets.ask(translate("cli.backup_cmds", "Current passphrase: "))
    journal = access.open(current)
    ctx.attach(journal)
    with locking(ctx):
        new = secrets.ask_new(translate("cli.backup_cmds", "New passphrase: "))
        if not args.new_key:
            # ``None``: the journal was opened with ``current`` above, so only ``new`` is derived.
            access.change_passphrase(journal, None, new, recalibrate=args.recalibrate)
            print(
                translate(
                    "cli.backup_cmds",
                    "Your passphrase is changed. Your recovery key stays the same.\n"
                    "If someone may know your old passphrase, 'innerchild passwd --new-key' also "
                    "locks out the old one (and old copies of the key file).",
                )
            )
            return 0
        recovery = access.renew_key(journal, current, new)
    if args.json:
        emit_json({"recovery_key": recovery})
        return 0
    print(
        translate(
            "cli.backup_cmds",
            "Your journal now has a new key and a new passphrase.\n"
            "Old passphrases, the old recovery key and old key files no longer open it;\n"
            "older backups still open with the passphrase and recovery key they were made with.",
        )
    )
    print()
    print(
        translate("cli.backup_cmds", "This is your new recovery key. It is shown only this once:")
    )
    print(f"\n    {recovery}\n")
    print(
        translate(
            "cli.backup_cmds",
            "Write it down or keep it somewhere safe and private. The old one no longer works.",
        )
    )
    return 0


@command("recover")
def cmd_recover(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    recovery = secrets.ask(
        translate("cli.backup_cmds", "Recovery key: "), QT_TRANSLATE_NOOP("cli.io", "recovery key")
    )
    new = secrets.ask_new(translate("cli.backup_cmds", "New passphrase: "))
    ctx.access.recover(recovery, new)
    print(
        translate(
            "cli.backup_cmds", "Welcome back. Your journal opens with the new passphrase now."
        )
    )
    return 0


@command("backup")
def cmd_backup(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    if args.list:
        return _list_backups(args, ctx, secrets)
    with unlocked(ctx, secrets):
        service = ctx.backups
        written = service.write_backup(args.out) if args.out else service.backup_now()
    if args.json:
        emit_json({"backup": str(written)})
    else:
        print(translate("cli.backup_cmds", "Encrypted backup written: {path}").format(path=written))
    return 0


def _list_backups(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    """``backup --list``: the backups folder, newest first, each made before the journal's
    last new key said so (the journal is opened to know when that was)."""
    with unlocked(ctx, secrets):
        listed = ctx.backups.list_backups()
    if args.json:
        emit_json([b.to_json() for b in listed])
        return 0
    if not listed:
        print(
            translate("cli.backup_cmds", "There are no backups in {folder} yet.").format(
                folder=ctx.paths.backups
            )
        )
    for b in listed:
        note = f"  ({b.note})" if b.note else ""
        say(f"{b.made_at.astimezone():%Y-%m-%d %H:%M}  {b.path}{note}")
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.services.backup import (
        RESTORED_WITH_RECOVERY_KEY_CLI,
        is_recovery_key,
    )

    service = ctx.backups  # the journal stays locked: a restore replaces it
    service.describe(args.backup_file)  # a folder or a photo is said before any question
    secret = secrets.ask(
        translate("cli.backup_cmds", "Passphrase (or recovery key) of the backup: ")
    )
    kept = service.restore(args.backup_file, secret)
    if args.json:
        emit_json(
            {
                "restored": str(args.backup_file),
                "previous_kept_in": str(kept or ""),
                "recover_next": is_recovery_key(secret),
            }
        )
        return 0
    print(translate("cli.backup_cmds", "The backup is restored."))
    if kept:
        print(
            translate(
                "cli.backup_cmds", "Your previous journal files are kept in {folder}."
            ).format(folder=kept)
        )
    if is_recovery_key(secret):
        print(RESTORED_WITH_RECOVERY_KEY_CLI)
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace, ctx: AppContext, secrets: SecretReader) -> int:
    from innerchild_desktop.services.demo import check_sizes, fill_demo, require_new_journal

    check_sizes(args.entries, args.memories)
    access = ctx.access
    passphrase = secrets.ask(translate("cli.common", "Passphrase: "))
    recovery = None
    if access.exists():
        journal = access.open(passphrase)
    else:
        check_new_passphrase(passphrase)
        journal, recovery = access.create(passphrase)
    ctx.attach(journal)
    with locking(ctx):
        require_new_journal(journal)  # sample content only ever fills a new, empty journal
        progress = Progress(translate("cli.backup_cmds", "Writing sample entries"), args.entries)
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
            translate(
                "cli.backup_cmds",
                "Added {entries} sample entries, {memories} memories and {sessions} exercise "
                "sessions, tagged #sample.",
            ).format(
                entries=f"{counts['entries']:,}",
                memories=counts["memories"],
                sessions=counts["sessions"],
            )
        )
        if recovery:
            print(
                translate("cli.backup_cmds", "New demo journal; its recovery key: {key}").format(
                    key=recovery
                )
            )
    return 0
