"""PDF export and a shared PDF, made in a child process.

Unit tests run without a QApplication; the PDF exporter creates an offscreen QGuiApplication
when none exists, which would then linger in this process, so the PDFs are made in a child
(which also proves the exporter works with no display and no Qt set-up by the caller).
"""

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import innerchild_desktop

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from datetime import date
from pathlib import Path
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from innerchild_desktop.services.transfer import (
    Selection, ShareOptions, export_journal, preview_share, share_journal)
from tests.fixtures.transfer.rich_journal import PERSON, fill_rich_journal

out = Path(sys.argv[1])
journal, _ = create_journal(JournalPaths(out / "journal"), "gentle test passphrase", FAST_TEST_KDF)
with journal:
    fill_rich_journal(journal)
    book = export_journal(journal, "pdf", out / "book.pdf", today=date(2024, 5, 1))
    options = ShareOptions(fmt="pdf", names=(PERSON,), leave_out_moods=True)
    selection = Selection(include_memories=True)
    shared = share_journal(journal, selection, options, out / "share.pdf", today=date(2024, 5, 1))
    html = preview_share(journal, selection, options, today=date(2024, 5, 1))
    from PySide6.QtGui import QGuiApplication
    # a longer journal: laid out in pieces, with progress, and a cancel that leaves nothing
    from innerchild_desktop.services.transfer import TransferCancelled, import_journal
    from innerchild_desktop.services.transfer.sample import write_jrnl_json
    import_journal(journal, "jrnl-json", write_jrnl_json(out / "src.json", 150, seed=2))
    (out / "src.json").unlink()
    seen = []
    track = lambda d, t: seen.append((d, t))  # noqa: E731
    long = export_journal(journal, "pdf", out / "long.pdf", progress=track)
    try:
        export_journal(journal, "pdf", out / "cancelled.pdf", cancel=lambda: len(seen) > 3)
        cancelled = False
    except TransferCancelled:
        cancelled = True
    print(json.dumps({
        "book": book.as_dict(), "shared": shared.as_dict(), "preview": html,
        "platform": QGuiApplication.platformName(), "long": long.as_dict(),
        "progress": seen, "cancelled": cancelled,
    }))
"""


def make_pdfs(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), str(Path(innerchild_desktop.__file__).parents[1])]
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def test_pdf_book_and_shared_pdf(tmp_path) -> None:
    made = make_pdfs(tmp_path)
    assert made["platform"] == "offscreen"  # created by the exporter, with no display

    book = (tmp_path / "book.pdf").read_bytes()
    assert book.startswith(b"%PDF-")
    assert book.rstrip().endswith(b"%%EOF")
    # title page, entries (own page), memories (own page), exercise history (own page)
    assert pages(book) >= 4
    assert made["book"]["entries"] == 4 and made["book"]["memories"] == 2
    assert stat.S_IMODE((tmp_path / "book.pdf").stat().st_mode) == 0o600
    assert b"/Image" in book  # the photos are in the book

    shared = (tmp_path / "share.pdf").read_bytes()
    assert shared.startswith(b"%PDF-") and pages(shared) >= 3
    assert stat.S_IMODE((tmp_path / "share.pdf").stat().st_mode) == 0o600
    assert made["shared"]["memories"] == 1  # the heavy memory stays out
    preview = made["preview"]
    assert "Marlene" not in preview and "[name]" in preview and "hopeful" not in preview

    long = (tmp_path / "long.pdf").read_bytes()
    assert made["long"]["entries"] == 154
    assert pages(long) > 60  # every entry laid out (one piece per ~60 entries)
    progress = made["progress"]
    assert progress[0] == [0, 156] and progress[-1] == [156, 156] and len(progress) >= 4
    assert made["cancelled"]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["book.pdf", "journal", "long.pdf", "share.pdf"]  # nothing from the cancel


def test_book_pieces_start_at_headings_and_keep_every_block() -> None:
    from innerchild_desktop.services.transfer.html_export import Book

    book = Book("<head>")
    book.add("<cover>")
    book.add("<h2>Entries</h2>", cut=True)
    for month in range(5):
        book.add(f"<month {month}>", cut=True)
        for entry in range(30):
            book.add(f"<entry {month}-{entry}>", weight=1)
    pieces = book.pieces(size=60, hard_limit=400)
    assert [weight for _, weight in pieces] == [60, 60, 30]
    assert all(html.startswith("<head>") and html.endswith(Book.TAIL) for html, _ in pieces)
    assert pieces[1][0].startswith("<head><month 2>")  # cut at a month heading
    joined = "".join(html[len("<head>") : -len(Book.TAIL)] for html, _ in pieces)
    assert joined == "".join(book.blocks)
    forced = book.pieces(size=1000, hard_limit=45)  # a single huge month is still cut
    assert max(weight for _, weight in forced) <= 45
