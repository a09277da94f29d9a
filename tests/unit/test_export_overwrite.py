"""An export never replaces a file that is already there unless asked to, and never makes a
folder that is not there (a mistyped USB path must not land plaintext on the local disk)."""

from __future__ import annotations

import pytest

from innerchild_desktop.domain.entries import NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import export_journal


@pytest.mark.parametrize(("fmt", "name"), [("json", "a.json"), ("html", "a.html")])
def test_an_existing_file_is_left_byte_identical(journal, tmp_path, fmt, name) -> None:
    JournalService(journal).add_entry(NewEntry(title="Kept private", body="words"))
    out = tmp_path / name
    out.write_bytes(b"someone else's file\n")
    with pytest.raises(InvalidInput, match="already"):
        export_journal(journal, fmt, out)
    assert out.read_bytes() == b"someone else's file\n"
    summary = export_journal(journal, fmt, out, overwrite=True)
    assert summary.entries == 1 and b"Kept private" in out.read_bytes()


def test_a_missing_folder_is_not_made(journal, tmp_path) -> None:
    out = tmp_path / "usb" / "export.json"
    with pytest.raises(InvalidInput, match="does not exist"):
        export_journal(journal, "json", out)
    assert not out.parent.exists()


def test_markdown_into_a_new_or_empty_folder_needs_no_overwrite(journal, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    export_journal(journal, "markdown", empty)
    export_journal(journal, "markdown", tmp_path / "new")
    assert (tmp_path / "new").is_dir()
