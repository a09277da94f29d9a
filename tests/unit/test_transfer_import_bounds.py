"""Issue 15: Day One entries sharing a uuid, and zips that expand far beyond their size."""

import json
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.transfer import import_journal, writer
from innerchild_desktop.store.entries import count_entries

JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def _entry(uuid: str, text: str, photos: list[dict[str, str]] | None = None) -> dict[str, object]:
    return {
        "uuid": uuid,
        "creationDate": "2024-05-01T10:00:00Z",
        "timeZone": "UTC",
        "text": text,
        "photos": photos or [],
    }


def test_day_one_entries_sharing_a_uuid_are_both_imported(journal, tmp_path: Path) -> None:
    export = tmp_path / "Journal.json"
    export.write_text(
        json.dumps(
            {
                "entries": [
                    _entry("AAAA1111", "The first one."),
                    _entry("AAAA1111", "The second one, same uuid."),
                    _entry("BBBB2222", "A third."),
                ]
            }
        )
    )
    summary = import_journal(journal, "dayone", export)
    assert (summary.added, summary.already_present) == (3, 0)
    assert count_entries(journal.conn) == 3
    again = import_journal(journal, "dayone", export)  # still idempotent
    assert (again.added, again.already_present) == (0, 3)
    assert count_entries(journal.conn) == 3


def _photo_bomb(path: Path, members: int = 300, size: int = 1024 * 1024) -> Path:
    data = JPEG_HEAD + bytes(size - len(JPEG_HEAD))
    entries = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for i in range(members):
            name = f"{i:032x}"  # Day One names photos by md5: 32 hex digits, all distinct
            zf.writestr(f"photos/{name}.jpeg", data)
            entries.append(
                _entry(f"E{i:07d}", "x", [{"identifier": f"P{i}", "md5": name, "type": "jpeg"}])
            )
        zf.writestr("Journal.json", json.dumps({"entries": entries}))
    return path


def test_many_small_members_that_unpack_hugely_are_refused(journal, tmp_path: Path) -> None:
    bomb = _photo_bomb(tmp_path / "Day One Export.zip")
    assert bomb.stat().st_size < 2 * 1024 * 1024  # tiny on disk ...
    before = count_entries(journal.conn)
    size_before = journal.paths.database.stat().st_size
    with pytest.raises(InvalidInput) as caught:
        import_journal(journal, "dayone", bomb)  # ... 300 MiB unpacked
    message = str(caught.value)
    assert "zip bomb" in message and "Nothing was imported." in message
    assert "report" not in message
    assert count_entries(journal.conn) == before
    assert journal.paths.database.stat().st_size < size_before + 1024 * 1024


def test_a_small_well_compressed_zip_still_imports(journal, tmp_path: Path) -> None:
    # 3 x 1 MiB of zeros: highly compressible, but below the aggregate floor
    summary = import_journal(journal, "dayone", _photo_bomb(tmp_path / "small.zip", members=3))
    assert (summary.added, summary.photos_added) == (3, 3)


Usage = namedtuple("Usage", "total used free")


def test_an_import_that_would_fill_the_disk_is_refused(
    journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer.shutil, "disk_usage", lambda _p: Usage(10**9, 10**9, 1024 * 1024))
    export = _photo_bomb(tmp_path / "fits-no-disk.zip", members=3)
    with pytest.raises(InvalidInput) as caught:
        import_journal(journal, "dayone", export)
    message = str(caught.value)
    assert "free" in message and "Nothing was imported." in message
    assert count_entries(journal.conn) == 0
