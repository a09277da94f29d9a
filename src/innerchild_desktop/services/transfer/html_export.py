"""One self-contained HTML file: the journal as a small book, readable offline.

No scripts, no external resources: CSS is inline, photos are ``data:`` URIs (inside the export
the person chose to write), and a Content-Security-Policy forbids anything else, so even a
browser that is online fetches nothing. Entry bodies go through ``render_safely``,
which escapes raw HTML and allows images only from the journal.

The same builder makes the PDF (with ``attachment:`` images that the PDF exporter resolves) and
the "share with my therapist" document, where moods, distress ratings and personal names can be
left out.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from innerchild_desktop.domain.entries import Entry
from innerchild_desktop.domain.feelings import feeling_label, need_label, stage_name_label
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.domain.memories import MemoryRow, describe
from innerchild_desktop.render.markdown import ATTACHMENT_ID, render_safely
from innerchild_desktop.services.session import JournalView, OpenJournal
from innerchild_desktop.services.transfer.collect import Collected, Selection, collect
from innerchild_desktop.services.transfer.common import (
    CancelFn,
    ExportSummary,
    ProgressFn,
    atomic_file,
    tick,
)
from innerchild_desktop.services.transfer.export_words import (
    default_title,
    long_date,
    month_heading,
    plain_text_warning,
    reflections,
    subtitle_for,
    tags_words,
    yes_no,
)
from innerchild_desktop.store.attachments import attachment_bytes, sniff_mime

NAME_PLACEHOLDER = "[name]"
_ATTACHMENT_TOKEN = re.compile(rf"(attachment:{ATTACHMENT_ID})")
_IMG_SRC = re.compile(rf'src="attachment:({ATTACHMENT_ID})"')
# Image types a browser shows, by the file's own first bytes; nothing else is ever embedded.
EMBEDDABLE = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; color: #2b2622; background: #fffdf9;
       max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.55; }
h1 { font-size: 2.1em; margin: 0.2em 0; color: #5b3f63; }
h2 { font-size: 1.5em; color: #5b3f63; border-bottom: 1px solid #e4d8e8; padding-bottom: 0.2em;
     margin-top: 1.6em; page-break-before: always; }
h3 { font-size: 1.2em; margin: 1.4em 0 0.2em 0; }
.title-page { text-align: center; margin: 5em 0 3em 0; }
.title-page p { color: #6d625a; }
.month { font-size: 1.05em; color: #8a6f93; text-transform: uppercase; letter-spacing: 0.08em;
         margin-top: 2em; }
.meta { color: #6d625a; font-size: 0.9em; margin: 0 0 0.6em 0; }
.prompt { font-style: italic; color: #6d625a; }
.entry, .memory { margin-bottom: 1.6em; }
.reflection-label { font-weight: bold; margin-bottom: 0; }
.heavy-note { color: #8a6f93; font-size: 0.9em; }
img { max-width: 100%; height: auto; }
blockquote { border-left: 3px solid #e4d8e8; margin-left: 0; padding-left: 1em; color: #4a403a; }
table.sessions { border-collapse: collapse; width: 100%; }
table.sessions td, table.sessions th { border-bottom: 1px solid #eee4ea; padding: 0.3em;
                                        text-align: left; }
.refused { color: #8a6f93; font-style: italic; }
hr { border: none; border-top: 1px solid #eee4ea; }
"""

# No fetches, no scripts, no forms, no <base>, and no navigation away (a crafted
# ``<meta http-equiv="refresh">`` would be one), even if something slipped past the escaping.
_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "navigate-to 'none'; form-action 'none'; base-uri 'none'"
)


@dataclass(frozen=True)
class ShareOptions:
    """What to leave out of a document for someone else (a therapist, a group leader)."""

    fmt: str = "pdf"  # "pdf" or "html"
    leave_out_moods: bool = False  # entry moods and memories' feelings
    leave_out_distress: bool = False  # entry distress, exercise ratings, memory intensity
    names: tuple[str, ...] = ()  # each replaced by "[name]", any case, whole words only
    title: str = field(default_factory=lambda: default_title())
    note: str = ""  # a few words to the reader, shown under the title


class Redactor:
    """Replaces personal names with "[name]" (case-insensitive, whole words)."""

    def __init__(self, names: Iterable[str]) -> None:
        cleaned = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(n) for n in cleaned) + r")(?!\w)",
                re.IGNORECASE,
            )
            if cleaned
            else None
        )

    def text(self, value: str | None) -> str:
        if not value or self.pattern is None:
            return value or ""
        return self.pattern.sub(NAME_PLACEHOLDER, value)

    def markdown(self, value: str) -> str:
        """Like text(), but "[name]" is escaped so Markdown never reads it as a link, and
        ``attachment:<id>`` references are left alone."""
        if not value or self.pattern is None:
            return value
        parts = _ATTACHMENT_TOKEN.split(value)
        return "".join(
            part if _ATTACHMENT_TOKEN.fullmatch(part) else self.pattern.sub(r"\\[name\\]", part)
            for part in parts
        )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def data_uri_images(journal: OpenJournal | JournalView) -> Callable[[str], str]:
    """Rewrites ``src="attachment:<id>"`` to a data: URI holding the photo."""

    def rewrite(fragment: str) -> str:
        def one(m: re.Match[str]) -> str:
            found = attachment_bytes(journal.conn, m.group(1))
            if found is None:
                return 'src=""'
            # The stored type is never trusted (an import may have brought any text): the type
            # comes from the bytes and must be one a browser shows.
            mime = sniff_mime(found[1])
            if mime not in EMBEDDABLE:
                return 'src=""'
            uri = f"data:{mime};base64,{base64.b64encode(found[1]).decode('ascii')}"
            return f'src="{_e(uri)}"'

        return _IMG_SRC.sub(one, fragment)

    return rewrite


def keep_attachment_images(fragment: str) -> str:
    return fragment


@dataclass
class Book:
    """The document as blocks, so the PDF can be laid out in pieces.

    ``html`` is the whole file. ``pieces()`` cuts the same blocks into several complete HTML
    documents, each starting at a section or month heading, for Qt to lay out one at a time.
    """

    head: str
    blocks: list[str] = field(default_factory=list)
    weights: list[int] = field(default_factory=list)  # entries or memories in each block
    cut_points: set[int] = field(default_factory=set)  # block indices a piece may start at
    # One sentence per entry or memory whose text was too costly to render and went in as plain
    # text; names it by date (never by its words, which may be private).
    warnings: list[str] = field(default_factory=list)

    TAIL = "</body>\n</html>\n"

    def add(self, block: str, *, weight: int = 0, cut: bool = False) -> None:
        if cut:
            self.cut_points.add(len(self.blocks))
        self.blocks.append(block)
        self.weights.append(weight)

    @property
    def html(self) -> str:
        return self.head + "".join(self.blocks) + self.TAIL

    def pieces(self, size: int = 60, hard_limit: int = 400) -> list[tuple[str, int]]:
        """(HTML document, entries and memories in it) for pieces of about ``size`` items."""
        found: list[tuple[str, int]] = []
        current: list[str] = []
        weight = 0
        for index, block in enumerate(self.blocks):
            if current and ((index in self.cut_points and weight >= size) or weight >= hard_limit):
                found.append((self.head + "".join(current) + self.TAIL, weight))
                current, weight = [], 0
            current.append(block)
            weight += self.weights[index]
        if current:
            found.append((self.head + "".join(current) + self.TAIL, weight))
        return found


def build_book(
    journal: OpenJournal | JournalView,
    data: Collected,
    *,
    title: str,
    subtitle: str,
    note: str = "",
    options: ShareOptions | None = None,
    images: Callable[[str], str] = keep_attachment_images,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Book:
    opts = options or ShareOptions()
    redact = Redactor(opts.names)
    total = len(data.entries) + len(data.memories)
    done = 0
    book = Book(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(redact.text(title))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    )
    cover = f'<div class="title-page">\n<h1>{_e(redact.text(title))}</h1>\n<p>{_e(subtitle)}</p>\n'
    if note.strip():
        cover += f"<p>{_e(redact.text(note.strip()))}</p>\n"
    book.add(cover + "</div>\n")
    if data.entries:
        entries = translate("services.transfer.html_export", "Entries")
        book.add(f'<h2 id="entries">{_e(entries)}</h2>\n', cut=True)
        month = ""
        for entry in data.entries:
            label = month_heading(entry.entry_date)
            if label != month:
                month = label
                book.add(f'<p class="month">{_e(label)}</p>\n', cut=True)
            fell_back: list[bool] = []
            book.add(_entry_html(entry, data, opts, redact, images, fell_back), weight=1)
            if fell_back:
                what = translate("services.transfer.html_export", "The entry of {day}").format(
                    day=long_date(entry.entry_date)
                )
                book.warnings.append(plain_text_warning(what))
            done += 1
            if done % 100 == 0:
                tick(progress, cancel, done, total)
    if data.memories:
        memories = translate("services.transfer.html_export", "Memories")
        book.add(f'<h2 id="memories">{_e(memories)}</h2>\n', cut=True)
        for memory in data.memories:
            fell_back = []
            book.add(_memory_html(memory, data, opts, redact, images, fell_back), weight=1)
            if fell_back:
                what = translate("services.transfer.html_export", "A memory ({when})").format(
                    when=describe(memory)
                )
                book.warnings.append(plain_text_warning(what))
            done += 1
            if done % 100 == 0:
                tick(progress, cancel, done, total)
    if data.sessions:
        book.add(_sessions_html(data, opts, redact), cut=True)
    tick(progress, cancel, total, total)
    return book


def _body_html(
    markdown_text: str, attachments: list[str], redact: Redactor, fell_back: list[bool]
) -> str:
    result = render_safely(redact.markdown(markdown_text), attachment_ids=attachments)
    if result.plain_fallback:
        fell_back.append(True)
    return result.html


def _entry_html(
    entry: Entry,
    data: Collected,
    opts: ShareOptions,
    redact: Redactor,
    images: Callable[[str], str],
    fell_back: list[bool],
) -> str:
    meta = [long_date(entry.entry_date)]
    if entry.kind.value != "free":
        meta.append(entry.kind.label)
    if entry.mood and not opts.leave_out_moods:
        meta.append(
            translate("services.transfer.html_export", "feeling {mood}").format(
                mood=feeling_label(entry.mood.name)
            )
        )
    if entry.distress is not None and not opts.leave_out_distress:
        meta.append(
            translate("services.transfer.html_export", "distress {value}/10").format(
                value=entry.distress
            )
        )
    if entry.tags:
        meta.append(tags_words(redact.text(t) for t in entry.tags))
    ids = [a.id for a in data.attachments.get(entry.id, [])]
    out = [
        f'<div class="entry" id="entry-{_e(entry.id)}">\n',
        f"<h3>{_e(redact.text(entry.display_title))}</h3>\n",
        f'<p class="meta">{_e(" · ".join(meta))}</p>\n',
    ]
    if entry.prompt_text:
        out.append(f'<p class="prompt">{_e(redact.text(entry.prompt_text))}</p>\n')
    out.append(images(_body_html(entry.body, ids, redact, fell_back)))
    out.append("\n</div>\n")
    return "".join(out)


def _memory_html(
    memory: MemoryRow,
    data: Collected,
    opts: ShareOptions,
    redact: Redactor,
    images: Callable[[str], str],
    fell_back: list[bool],
) -> str:
    meta = [describe(memory)]
    if memory.stage:
        meta.append(stage_name_label(memory.stage))
    if memory.emotions and not opts.leave_out_moods:
        meta.append(
            translate("services.transfer.html_export", "felt {feelings}").format(
                feelings=", ".join(feeling_label(f) for f in memory.emotions)
            )
        )
    if memory.needs:
        meta.append(
            translate("services.transfer.html_export", "needed {needs}").format(
                needs=", ".join(need_label(n) for n in memory.needs)
            )
        )
    if memory.intensity is not None and not opts.leave_out_distress:
        meta.append(
            translate("services.transfer.html_export", "intensity {value}/5").format(
                value=memory.intensity
            )
        )
    if memory.people:
        meta.append(
            translate("services.transfer.html_export", "with {people}").format(
                people=", ".join(redact.text(p) for p in memory.people)
            )
        )
    if memory.place:
        meta.append(redact.text(memory.place))
    tags = data.memory_tags.get(memory.id, ())
    if tags:
        meta.append(tags_words(redact.text(t) for t in tags))
    ids = [a.id for a in data.attachments.get(memory.id, [])]
    out = [
        f'<div class="memory" id="memory-{_e(memory.id)}">\n',
        f"<h3>{_e(redact.text(memory.title))}</h3>\n",
        f'<p class="meta">{_e(" · ".join(meta))}</p>\n',
    ]
    if memory.heavy:
        heavy = translate("services.transfer.html_export", "A heavy memory, included by choice.")
        out.append(f'<p class="heavy-note">{_e(heavy)}</p>\n')
    if memory.body.strip():
        out.append(images(_body_html(memory.body, ids, redact, fell_back)))
    for key, label in reflections():
        value = getattr(memory, key)
        if value.strip():
            out.append(f'<p class="reflection-label">{_e(label)}</p>\n')
            out.append(images(_body_html(value, ids, redact, fell_back)))
    out.append("\n</div>\n")
    return "".join(out)


def _sessions_html(data: Collected, opts: ShareOptions, redact: Redactor) -> str:
    head = [
        translate("services.transfer.html_export", "When"),
        translate("services.transfer.html_export", "Exercise"),
        translate("services.transfer.html_export", "Finished"),
    ]
    if not opts.leave_out_distress:
        head.append(translate("services.transfer.html_export", "Distress before → after"))
    head.append(translate("services.transfer.html_export", "Note"))
    rows = ["<tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    for _, s in data.sessions:
        cells = [s.started_at[:16].replace("T", " "), s.exercise_id, yes_no(s.completed)]
        if not opts.leave_out_distress:
            before = "–" if s.distress_before is None else str(s.distress_before)
            after = "–" if s.distress_after is None else str(s.distress_after)
            cells.append(f"{before} → {after}")
        cells.append(redact.text(s.note))
        rows.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    return (
        f'<h2 id="sessions">{_e(translate("services.transfer.html_export", "Exercise history"))}'
        '</h2>\n<table class="sessions">\n' + "\n".join(rows) + "\n</table>\n"
    )


def export_html(
    journal: OpenJournal | JournalView,
    out: Path,
    *,
    selection: Selection | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    today: date | None = None,
) -> ExportSummary:
    data = collect(journal, selection or Selection.everything())
    book = build_book(
        journal,
        data,
        title=translate("services.transfer.html_export", "My journal"),
        subtitle=subtitle_for(data, today or date.today()),
        images=data_uri_images(journal),
        progress=progress,
        cancel=cancel,
    )
    with atomic_file(out) as handle:
        handle.write(book.html.encode("utf-8"))
    return ExportSummary(
        "html",
        out,
        entries=len(data.entries),
        memories=len(data.memories),
        attachments=data.attachment_count(),
        sessions=len(data.sessions),
        warnings=list(book.warnings),
    )
