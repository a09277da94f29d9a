"""Malformed input: every import refuses it as a whole, says where, and changes nothing."""

import json
import os
import zipfile
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import MAX_ENTRY_CHARS, NewEntry
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import import_journal
from innerchild_desktop.services.transfer.safe_zip import SafeZip
from innerchild_desktop.store.entries import count_entries
from tests.conftest import snapshot_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transfer"
MALFORMED = [
    # (format, fixture, the words the message must contain: file, then line or entry)
    (
        "jrnl-json",
        "jrnl/malformed/broken.json",
        r"broken\.json, line 22, column 7: this is not valid JSON",
    ),
    (
        "jrnl-json",
        "jrnl/malformed/impossible-date.json",
        r"impossible-date\.json, entry 2: \"date\"",
    ),
    (
        "jrnl-json",
        "jrnl/malformed/missing-date.json",
        r"missing-date\.json, entry 3 has no \"date\"",
    ),
    ("jrnl-json", "jrnl/malformed/not-an-export.json", r"not-an-export\.json is not a jrnl JSON"),
    ("jrnl-text", "jrnl/malformed/latin1.txt", r"latin1\.txt is not UTF-8 text .*line 1"),
    (
        "jrnl-text",
        "jrnl/malformed/text-before-first-entry.txt",
        r"first-entry\.txt, line 1: a jrnl",
    ),
    (
        "jrnl-text",
        "jrnl/malformed/impossible-date.txt",
        r"impossible-date\.txt, line 9: the entry's date",
    ),
    ("jrnl-text", "jrnl/malformed/encrypted.txt", r"encrypted\.txt looks encrypted"),
    ("jrnl-text", "jrnl/export.json", r"export\.json has no jrnl entries"),
    (
        "dayone",
        "dayone/malformed/truncated",
        r"Journal\.json, line 41, column 1: this is not valid JSON",
    ),
    (
        "dayone",
        "dayone/malformed/missing-creation-date",
        r"Journal\.json, entry 2 \(uuid 9E8D7C6B5A4F4E3D2C1B0A9F8E7D6C5B\) has no \"creationDate\"",
    ),
    ("dayone", "dayone/malformed/tags-not-a-list", r"Journal\.json, entry 3 \(uuid 1A2B.*\"tags\""),
    ("dayone", "dayone/malformed/no-entries", r"Journal\.json is not a Day One export"),
    ("dayone", "jrnl/journal.txt", r"journal\.txt is not a readable zip file"),
    ("dayone", "rednotebook/data", r"data has no Journal\.json"),
    (
        "rednotebook",
        "rednotebook/malformed/bad-indent",
        r"2024-07\.txt, line 4: this 'quoted text'",
    ),
    (
        "rednotebook",
        "rednotebook/malformed/no-such-day",
        r"2024-02\.txt, line 3: day 30 does not exist",
    ),
    ("rednotebook", "rednotebook/malformed/not-a-mapping", r"2024-03\.txt, line 1: a month file"),
    (
        "rednotebook",
        "rednotebook/malformed/empty-folder",
        r"empty-folder holds no RedNotebook month",
    ),
    (
        "markdown-dir",
        "markdown/malformed/unterminated",
        r"2024-05-05\.md, line 1: the front matter",
    ),
    ("markdown-dir", "markdown/malformed/bad-date", r"note\.md, line 3: the date should look like"),
    (
        "markdown-dir",
        "markdown/malformed/bad-yaml",
        r"2024-05-06\.md, line 3: the front matter is not",
    ),
    (
        "markdown-dir",
        "markdown/malformed/bad-distress",
        r"2024-05-07\.md, line 2: distress should be",
    ),
    ("markdown-dir", "jrnl", r"jrnl holds no Markdown"),
    ("innerchild-json", "jrnl/export.json", r"export\.json is not an Inner Child JSON export"),
]


@pytest.fixture
def lived_in(journal):  # type: ignore[no-untyped-def]
    """A journal with something in it already, checkpointed so its files are settled."""
    service = JournalService(journal)
    for i in range(3):
        service.add_entry(NewEntry(title=f"mine {i}", body="a private line", tags=("own",)))
    import_journal(journal, "jrnl-json", FIXTURES / "jrnl" / "export.json")
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return journal


def unchanged(paths, journal, before, count) -> None:  # type: ignore[no-untyped-def]
    assert count_entries(journal.conn) == count
    assert snapshot_dir(paths.root) == before
    assert journal.verify().ok


@pytest.mark.parametrize(("fmt", "fixture", "message"), MALFORMED, ids=[m[1] for m in MALFORMED])
def test_malformed_source_changes_nothing_and_says_where(
    paths, lived_in, fmt, fixture, message
) -> None:
    before = snapshot_dir(paths.root)
    count = count_entries(lived_in.conn)
    with pytest.raises(InvalidInput, match=message) as caught:
        import_journal(lived_in, fmt, FIXTURES / fixture)
    text = str(caught.value)
    assert text.endswith(".")
    assert "grandma" not in text.lower() and "sister" not in text  # never journal content
    unchanged(paths, lived_in, before, count)


def test_a_bad_entry_at_the_end_stops_the_good_ones_before_it(paths, lived_in, tmp_path) -> None:
    document = json.loads((FIXTURES / "jrnl" / "export.json").read_text())
    document["entries"] = [
        dict(e, title=f"new {i}") for i, e in enumerate(document["entries"] * 20)
    ]
    document["entries"][-1]["starred"] = "yes"
    source = tmp_path / "almost.json"
    source.write_text(json.dumps(document))
    before, count = snapshot_dir(paths.root), count_entries(lived_in.conn)
    with pytest.raises(
        InvalidInput, match=r"almost\.json, entry 60: \"starred\" must be true or false"
    ):
        import_journal(lived_in, "jrnl-json", source)
    unchanged(paths, lived_in, before, count)


def test_huge_entry_is_refused_with_its_place(paths, lived_in, tmp_path) -> None:
    huge = "word " * (MAX_ENTRY_CHARS // 5 + 10)
    source = tmp_path / "huge.json"
    source.write_text(
        json.dumps(
            {
                "entries": [
                    {"date": "2024-01-01", "title": "t", "body": "ok"},
                    {"date": "2024-01-02", "title": "t", "body": huge},
                ]
            }
        )
    )
    before, count = snapshot_dir(paths.root), count_entries(lived_in.conn)
    with pytest.raises(InvalidInput, match=r"huge\.json, entry 2 is longer than 5,000,000"):
        import_journal(lived_in, "jrnl-json", source)
    unchanged(paths, lived_in, before, count)


def test_utf8_with_bom_and_utf16_are_read(journal, tmp_path) -> None:
    text = (FIXTURES / "jrnl" / "journal.txt").read_text(encoding="utf-8")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert import_journal(journal, "jrnl-text", bom).added == 4
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.replace("swing", "see-saw").encode("utf-16"))
    assert import_journal(journal, "jrnl-text", utf16).added == 1  # only the changed entry


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    "evil",
    ["../outside.txt", "photos/../../outside.txt", "/etc/passwd-copy", "C:/Windows/evil.txt"],
)
def test_zip_path_traversal_is_refused_before_anything_is_read(
    paths, lived_in, tmp_path, evil, monkeypatch
) -> None:
    journal_json = (FIXTURES / "dayone" / "export" / "Journal.json").read_bytes()
    export = _zip(tmp_path / "export.zip", {"Journal.json": journal_json, evil: b"gotcha"})
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    read_calls: list[str] = []
    original = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, name, *a, **k: read_calls.append(str(name)) or original(self, name, *a, **k),
    )
    before, count = snapshot_dir(paths.root), count_entries(lived_in.conn)
    with pytest.raises(
        InvalidInput, match=r"export\.zip contains a file whose name points outside"
    ):
        import_journal(lived_in, "dayone", export)
    assert read_calls == []  # refused on the names alone
    assert not (tmp_path / "outside.txt").exists() and list(work.iterdir()) == []
    unchanged(paths, lived_in, before, count)


def test_zip_bomb_is_refused(paths, lived_in, tmp_path) -> None:
    journal_json = (FIXTURES / "dayone" / "export" / "Journal.json").read_bytes()
    bomb = _zip(
        tmp_path / "bomb.zip",
        {
            "Journal.json": journal_json,
            "photos/0123456789abcdef0123456789abcdef.png": bytes(20_000_000),
        },
    )
    assert bomb.stat().st_size < 100_000
    before, count = snapshot_dir(paths.root), count_entries(lived_in.conn)
    with pytest.raises(InvalidInput, match=r"bomb\.zip looks like a zip bomb"):
        import_journal(lived_in, "dayone", bomb)
    unchanged(paths, lived_in, before, count)


def test_zip_total_size_is_capped(tmp_path) -> None:
    export = _zip(
        tmp_path / "big.zip", {"Journal.json": os.urandom(3000), "b.bin": os.urandom(3000)}
    )
    with pytest.raises(InvalidInput, match=r"big\.zip would unpack to 6,000 bytes"):
        SafeZip(export, max_total=5000)
    with SafeZip(export, max_total=6000) as ok:
        assert sorted(ok.names()) == ["Journal.json", "b.bin"]


def test_a_zip_member_larger_than_declared_is_not_read_past_its_size(tmp_path) -> None:
    export = _zip(tmp_path / "e.zip", {"Journal.json": b"{}" * 10})
    with (
        SafeZip(export) as zf,
        pytest.raises(InvalidInput, match=r"damaged|larger than it should"),
    ):
        zf.members["Journal.json"].file_size = 5  # a lying header
        zf.read("Journal.json")


def test_photo_that_is_not_an_image_is_skipped_not_stored(journal, tmp_path) -> None:
    document = json.loads((FIXTURES / "dayone" / "export" / "Journal.json").read_text())
    fake_md5 = document["entries"][0]["photos"][0]["md5"]
    export = _zip(
        tmp_path / "fake.zip",
        {
            "Journal.json": json.dumps(document).encode(),
            f"photos/{fake_md5}.png": b"MZ\x90\x00 an executable, not a picture",
        },
    )
    summary = import_journal(journal, "dayone", export)
    assert summary.photos_added == 0
    assert any("is not a photo" in s.reason for s in summary.skipped)
    assert journal.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_unknown_format_and_missing_path(journal, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="cannot import 'evernote'"):
        import_journal(journal, "evernote", tmp_path)
    with pytest.raises(InvalidInput, match="does not exist"):
        import_journal(journal, "jrnl-json", tmp_path / "nope.json")
    with pytest.raises(InvalidInput, match="does not exist"):
        import_journal(journal, "dayone", tmp_path / "nope.zip")
