""" "Share with my therapist": one PDF or HTML file from a chosen part of the journal.

The person picks entries (by id, tag or dates), whether memories (never heavy ones unless they
say so) and the exercise history go in, and what to leave out: moods, distress ratings, and
personal names (each replaced by "[name]"). :func:`preview_share` returns exactly the HTML that
will be written (for PDF: the HTML Qt lays out, with ``attachment:`` images the preview widget
resolves from the journal), so the person sees what they are about to give away.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.collect import Selection, collect
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ProgressFn,
    write_private_file,
)
from innerchild_desktop.services.transfer.export_words import subtitle_for
from innerchild_desktop.services.transfer.html_export import (
    Book,
    ShareOptions,
    build_book,
    data_uri_images,
    keep_attachment_images,
)
from innerchild_desktop.store.leftovers import export_recorded

SHARE_FORMATS = ("pdf", "html")


def _check(options: ShareOptions) -> None:
    if options.fmt not in SHARE_FORMATS:
        raise InvalidInput(
            translate(
                "services.transfer.share",
                "Sharing makes a PDF or an HTML file, not {fmt}.",
            ).format(fmt=repr(options.fmt))
        )


def _document(
    journal: OpenJournal | JournalView,
    selection: Selection,
    options: ShareOptions,
    today: date | None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> tuple[Book, int, int, int, int]:
    _check(options)
    data = collect(journal, selection)
    book = build_book(
        journal,
        data,
        title=options.title,
        subtitle=subtitle_for(data, today or date.today()),
        note=options.note,
        options=options,
        images=data_uri_images(journal) if options.fmt == "html" else keep_attachment_images,
        progress=progress if options.fmt == "html" else None,
        cancel=cancel,
    )
    return book, len(data.entries), len(data.memories), data.attachment_count(), len(data.sessions)


def preview_share(
    journal: OpenJournal | JournalView,
    selection: Selection,
    options: ShareOptions,
    *,
    today: date | None = None,
) -> str:
    """The HTML :func:`share_journal` will write (HTML) or lay out (PDF), for the same inputs."""
    return _document(journal, selection, options, today)[0].html


def share_journal(
    journal: OpenJournal | JournalView,
    selection: Selection,
    options: ShareOptions,
    out: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    today: date | None = None,
) -> ExportSummary:
    book, entries, memories, attachments, sessions = _document(
        journal, selection, options, today, progress, cancel
    )
    with export_recorded(journal, out):  # a killed write's hidden .partial goes next open
        if options.fmt == "html":
            write_private_file(out, book.html.encode("utf-8"))
        else:
            from innerchild_desktop.services.transfer.pdf_export import html_to_pdf

            pdf = html_to_pdf(journal, book, title=options.title, progress=progress, cancel=cancel)
            write_private_file(out, pdf)
    return ExportSummary(
        f"share-{options.fmt}",
        out,
        entries=entries,
        memories=memories,
        attachments=attachments,
        sessions=sessions,
        warnings=list(book.warnings),
    )
