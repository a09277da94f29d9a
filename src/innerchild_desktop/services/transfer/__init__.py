"""Import from other journals and export (Markdown, JSON, HTML, PDF, sharing).

Public API::

    import_journal(journal, fmt, path, *, progress=None, cancel=None) -> ImportSummary
    export_journal(journal, fmt, out, *, progress=None, cancel=None, selection=None,
                   overwrite=False) -> ExportSummary
    preview_share(journal, selection, options, *, today=None) -> str
    share_journal(journal, selection, options, out, *, progress=None, cancel=None, today=None)
        -> ExportSummary

The shells use these through ``TransferService`` (service.py, ``AppContext.transfer``), which
also runs them on a worker thread's own connection.

Imports are atomic (one transaction; any error or Cancel leaves the journal unchanged) and
idempotent (``entries.source``/``source_id``). ``progress(done, total)`` is called now and then;
``cancel()`` returning True stops at the next item. Errors are ``InvalidInput`` sentences that
name the file and the line or entry, never journal text.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.transfer_formats import EXPORT_FORMATS, IMPORT_FORMATS
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    Draft,
    ExportSummary,
    ImportSummary,
    ProgressFn,
    SkippedItem,
    TransferCancelled,
    output_errors,
)

if TYPE_CHECKING:
    from innerchild_desktop.services.session import JournalView, OpenJournal
    from innerchild_desktop.services.transfer.collect import Selection
    from innerchild_desktop.services.transfer.html_export import ShareOptions
    from innerchild_desktop.services.transfer.share import preview_share, share_journal

_LAZY = {
    "Selection": "collect",
    "ShareOptions": "html_export",
    "preview_share": "share",
    "share_journal": "share",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(f"{__name__}.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ExportSummary",
    "ImportSummary",
    "Selection",
    "ShareOptions",
    "SkippedItem",
    "TransferCancelled",
    "check_export_target",
    "export_journal",
    "import_journal",
    "preview_share",
    "share_journal",
]


@contextlib.contextmanager
def _drafts(fmt: str, path: Path) -> Iterator[tuple[list[Draft], list[SkippedItem]]]:
    if fmt == "dayone":
        from innerchild_desktop.services.transfer.dayone import dayone_drafts

        with dayone_drafts(path) as found:
            yield found
        return
    if not path.exists():
        raise InvalidInput(
            translate(
                "services.transfer",
                "{path} does not exist. Nothing was imported.",
            ).format(path=path)
        )
    if fmt == "jrnl-json":
        from innerchild_desktop.services.transfer.jrnl import parse_jrnl_json

        yield parse_jrnl_json(path), []
    elif fmt == "jrnl-text":
        from innerchild_desktop.services.transfer.jrnl import parse_jrnl_text

        yield parse_jrnl_text(path), []
    elif fmt == "rednotebook":
        from innerchild_desktop.services.transfer.rednotebook import parse_rednotebook

        yield parse_rednotebook(path)
    else:
        from innerchild_desktop.services.transfer.markdown_dir import parse_markdown_dir

        yield parse_markdown_dir(path)


def import_journal(
    journal: OpenJournal | JournalView,
    fmt: str,
    path: Path | str,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImportSummary:
    """Import ``path`` (a file or folder in format ``fmt``) in one transaction."""
    if fmt not in IMPORT_FORMATS:
        raise InvalidInput(
            translate(
                "services.transfer",
                "Inner Child cannot import {fmt}; it reads {import_formats}.",
            ).format(fmt=repr(fmt), import_formats=", ".join(IMPORT_FORMATS))
        )
    source = Path(path)
    if fmt == "innerchild-json":
        from innerchild_desktop.services.transfer.json_import import import_innerchild_json

        if not source.exists():
            raise InvalidInput(
                translate(
                    "services.transfer",
                    "{source} does not exist. Nothing was imported.",
                ).format(source=source)
            )
        return import_innerchild_json(journal, source, progress=progress, cancel=cancel)
    from innerchild_desktop.services.transfer.writer import write_drafts

    with _drafts(fmt, source) as (drafts, skipped):
        summary = ImportSummary(fmt, skipped=list(skipped))
        return write_drafts(journal, drafts, summary, progress=progress, cancel=cancel)


def check_export_target(
    fmt: str, out: Path | str, *, overwrite: bool = False, replace_hint: str = ""
) -> Path:
    """Where an export will go, checked before anything is read or written (the command line
    asks this before the passphrase): every problem is a sentence, as in atomic_file."""
    target = Path(out)
    with output_errors(target):
        if not target.parent.is_dir():
            if target.parent.exists():
                raise InvalidInput(
                    translate(
                        "services.transfer",
                        "{parent} is a file, not a folder. Nothing was written.",
                    ).format(parent=target.parent)
                )
            raise InvalidInput(
                translate(
                    "services.transfer",
                    "The folder {parent} does not exist. Nothing was written.",
                ).format(parent=target.parent)
            )
        if target.exists() and not target.is_dir() and fmt != "markdown" and not overwrite:
            raise InvalidInput(
                translate(
                    "services.transfer",
                    "There is already a file at {target}, so nothing was written: {hint}.",
                ).format(target=target, hint=replace_hint)
                if replace_hint
                else translate(
                    "services.transfer", "There is already a file at {target}. Nothing was written."
                ).format(target=target)
            )
    return target


def export_journal(
    journal: OpenJournal | JournalView,
    fmt: str,
    out: Path | str,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    selection: Selection | None = None,
    today: date | None = None,
    overwrite: bool = False,
) -> ExportSummary:
    """Export to ``out`` (a new or empty folder for markdown, a file otherwise).

    ``selection=None`` exports everything (the JSON export then also keeps the trash, settings
    and prompt history: it is a complete copy). An existing file is replaced only with
    ``overwrite=True`` (a folder never is), and the folder it goes in must exist already: a
    mistyped path to a USB stick must not put plaintext on the local disk.
    """
    target = check_export_target(fmt, out, overwrite=overwrite)
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(
            translate(
                "services.transfer",
                "Inner Child cannot export {fmt}; it writes {export_formats}.",
            ).format(fmt=repr(fmt), export_formats=", ".join(EXPORT_FORMATS))
        )
    from innerchild_desktop.store.leftovers import export_recorded

    # Recorded so that a killed export's hidden plaintext staging is removed at the next open.
    with export_recorded(journal, target):
        return _export(journal, fmt, target, progress, cancel, selection, today)


def _export(
    journal: OpenJournal | JournalView,
    fmt: str,
    target: Path,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    selection: Selection | None,
    today: date | None,
) -> ExportSummary:
    if fmt == "markdown":
        from innerchild_desktop.services.transfer.markdown_export import export_markdown

        return export_markdown(
            journal, target, selection=selection, progress=progress, cancel=cancel
        )
    if fmt == "json":
        from innerchild_desktop.services.transfer.json_format import export_json

        return export_json(journal, target, selection=selection, progress=progress, cancel=cancel)
    if fmt == "html":
        from innerchild_desktop.services.transfer.html_export import export_html

        return export_html(
            journal, target, selection=selection, progress=progress, cancel=cancel, today=today
        )
    if fmt == "pdf":
        from innerchild_desktop.services.transfer.pdf_export import export_pdf

        return export_pdf(
            journal, target, selection=selection, progress=progress, cancel=cancel, today=today
        )
    raise InvalidInput(
        translate(
            "services.transfer",
            "Inner Child cannot export {fmt}; it writes {export_formats}.",
        ).format(fmt=repr(fmt), export_formats=", ".join(EXPORT_FORMATS))
    )
