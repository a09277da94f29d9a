"""Exports: Markdown folder, full JSON (lossless round trip), self-contained HTML."""

import contextlib
import json
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from innerchild_desktop.domain.entries import EntryKind
from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.services.transfer import (
    Selection,
    TransferCancelled,
    export_journal,
    import_journal,
)
from innerchild_desktop.store.attachments import list_attachments
from innerchild_desktop.store.entries import count_entries
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from tests.conftest import PASSPHRASE
from tests.fixtures.transfer.rich_journal import PERSON, fill_rich_journal


@contextlib.contextmanager
def empty_journal(root: Path):  # type: ignore[no-untyped-def]
    journal, _ = create_journal(JournalPaths(root), PASSPHRASE, FAST_TEST_KDF)
    try:
        yield journal
    finally:
        journal.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def without_timestamp(text: str) -> str:
    return re.sub(r'^  "exported_at": .*\n', "", text, flags=re.MULTILINE)


# --- JSON ------------------------------------------------------------------------------------


def test_json_round_trip_is_lossless(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    first = tmp_path / "first.json"
    summary = export_journal(journal, "json", first)
    counts = (summary.entries, summary.memories, summary.attachments, summary.sessions)
    assert counts == (5, 2, 2, 2)
    with empty_journal(tmp_path / "other") as other:
        imported = import_journal(other, "innerchild-json", first)
        assert (imported.added, imported.memories_added, imported.photos_added) == (5, 2, 2)
        second = tmp_path / "second.json"
        export_journal(other, "json", second)
        assert without_timestamp(second.read_text()) == without_timestamp(first.read_text())
        assert other.verify().ok  # search index in step with the imported rows
        assert [h.doc_kind for h in JournalService(other).search("bicycle")] == ["memory"]
        assert [h.title for h in JournalService(other).search("radio")] == [
            "What did home sound like?"
        ]


def test_json_export_carries_every_table(journal, tmp_path) -> None:
    rich = fill_rich_journal(journal)
    out = tmp_path / "all.json"
    export_journal(journal, "json", out)
    document = json.loads(out.read_text())
    assert document["format"] == "innerchild-export" and document["version"] == 1
    entries = {e["id"]: e for e in document["entries"]}
    letter = entries[rich.letter]
    assert letter["mood"] == {"name": "hopeful", "valence": 0.6, "energy": 0.3}
    assert letter["distress"] == 4 and letter["kind"] == "letter_to" and letter["starred"]
    assert letter["tags"] == ["letters", "reparenting"] and letter["tz"]
    assert entries[rich.reply]["reply_to"] == rich.letter
    assert entries[rich.trashed]["deleted_at"]  # the trash is kept in a complete export
    assert [rich.letter, rich.gentle_memory] in document["entry_memories"]
    memory = next(m for m in document["memories"] if m["id"] == rich.gentle_memory)
    assert memory["what_i_would_say"] == f"{PERSON} was proud of you."
    assert memory["people"] == [PERSON] and memory["tags"] == ["reparenting"]
    assert memory["fuzzy_time"]["kind"] and memory["emotions"] == ["joyful"]
    photo = next(a for a in document["attachments"] if a["id"] == rich.photo)
    assert photo["data"].startswith("iVBORw0KGgo") and photo["thumbnail"]
    assert document["settings"]["prompt_settings"]["max_depth"] == "gentle"
    assert [e["event"] for e in document["prompt_events"]] == ["shown", "answered"]
    assert document["user_prompts"][0]["text"] == "What would you plant?"
    assert document["prompt_packs"][0]["id"] == "spring"
    assert document["program_progress"][0]["completed"] == [1, 2]
    assert document["life_stages"][0]["name"] == "Elm Street years"
    assert {s["exercise_id"] for s in document["sessions"]} == {
        "extended-exhale",
        "grounding-54321",
    }
    assert mode(out) == 0o600


def test_json_import_twice_adds_nothing(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    out = tmp_path / "all.json"
    export_journal(journal, "json", out)
    with empty_journal(tmp_path / "other") as other:
        import_journal(other, "innerchild-json", out)
        events = other.conn.execute("SELECT count(*) FROM prompt_events").fetchone()[0]
        again = import_journal(other, "innerchild-json", out)
        assert (again.added, again.already_present, again.memories_added, again.photos_added) == (
            0,
            5,
            0,
            0,
        )
        assert other.conn.execute("SELECT count(*) FROM prompt_events").fetchone()[0] == events
        assert count_entries(other.conn, include_deleted=True) == 5


def _damage(out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    document = json.loads(out.read_text())
    edit(document)
    out.write_text(json.dumps(document))
    return out


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["attachments"][1].update(data="not base64!"),
            r"attachment 2 \(id .*\): \"data\" is not base64",
        ),
        (
            lambda d: d["attachments"][0].update(sha256="0" * 64),
            r"attachment 1 .* does not match its checksum",
        ),
        (
            lambda d: d["entries"][3].update(kind="diary"),
            r"entry 4 \(id .*\): \"kind\" is not one of",
        ),
        (
            lambda d: d["entries"][0].update(distress=11),
            r"entry 1 .*\"distress\" must be a whole number",
        ),
        (lambda d: d["memories"][1].pop("fuzzy_time"), r"memory 2 \(id .*\): is not an object"),
        (lambda d: d.update(version=2), r"written by a newer version of Inner Child"),
    ],
)
def test_damaged_json_export_imports_nothing(journal, tmp_path, edit, message) -> None:
    fill_rich_journal(journal)
    out = export_journal(journal, "json", tmp_path / "all.json").path
    _damage(out, edit)
    with empty_journal(tmp_path / "other") as other:
        with pytest.raises(InvalidInput, match=message):
            import_journal(other, "innerchild-json", out)
        assert count_entries(other.conn, include_deleted=True) == 0
        assert other.conn.execute("SELECT count(*) FROM memories").fetchone()[0] == 0


def test_cancelled_export_leaves_the_old_file_and_no_partial(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    out = tmp_path / "keep.json"
    out.write_text("the previous export")
    with pytest.raises(TransferCancelled):
        export_journal(journal, "json", out, cancel=lambda: True, overwrite=True)
    assert out.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "keep.json"]


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_folder_export(journal, tmp_path) -> None:
    rich = fill_rich_journal(journal)
    out = tmp_path / "exported" / "my journal"
    out.parent.mkdir()  # the export makes its own folder, never the one it goes in
    summary = export_journal(journal, "markdown", out)
    assert (summary.entries, summary.memories, summary.attachments) == (4, 2, 2)
    names = sorted(p.name for p in out.glob("*.md"))
    assert names == [
        "2024-03-02-dear-little-me.md",
        "2024-03-03-dear-grown-up-me.md",
        "2024-04-10-what-did-home-sound-like.md",
        "2024-04-11-the-hard-night.md",
    ]  # no trashed entry
    letter = (out / "2024-03-02-dear-little-me.md").read_text()
    assert letter.startswith(
        f'---\nid: "{rich.letter}"\ndate: 2024-03-02\ntitle: "Dear little me"\n'
    )
    assert (
        'kind: "letter_to"\nmood: "hopeful"\ndistress: 4\ntags: ["letters", "reparenting"]\n'
        in letter
    )
    prompt = (out / "2024-04-10-what-did-home-sound-like.md").read_text()
    assert 'prompt: "What did home sound like when you were small?"' in prompt
    # Photo files are named from a slug of their name, never from an id (issue 15).
    assert "![the garden](attachments/garden.png)" in prompt
    assert (out / "attachments" / "garden.png").read_bytes().startswith(b"\x89PNG")
    bicycle = (out / "memories" / "the-blue-bicycle.md").read_text()
    assert 'when: "around age 7"' in bicycle and "## What I would tell them now" in bicycle
    assert "![my bike](../attachments/" in bicycle
    assert (out / "memories" / "dinner-table-silence.md").exists()  # heavy: a full export keeps it
    for path in [out, *out.rglob("*")]:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
    assert [p.name for p in out.parent.iterdir()] == ["my journal"]  # no .partial left behind


def test_markdown_export_reimports(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    out = tmp_path / "md"
    export_journal(journal, "markdown", out)
    with empty_journal(tmp_path / "other") as other:
        summary = import_journal(other, "markdown-dir", out)
        assert summary.added == 4 and summary.photos_added == 1
        assert {s.reason for s in summary.skipped} == {
            "a memory; memories come back with the JSON export"
        }
        service = JournalService(other)
        by_title = {s.title: service.get_entry(s.id) for s in service.list_entries()}
        letter = by_title["Dear little me"]
        assert letter.kind is EntryKind.LETTER_TO and letter.entry_date == date(2024, 3, 2)
        assert letter.tags == ("letters", "reparenting") and letter.distress == 4
        assert letter.mood is not None and letter.mood.name == "hopeful" and letter.starred
        assert letter.body.startswith("You were brave")  # the title heading is not doubled
        garden = by_title["What did home sound like?"]
        [photo] = list_attachments(other.conn, entry_id=garden.id)
        assert f"![the garden](attachment:{photo.id})" in garden.body
        assert by_title["The hard night"].heavy


def test_markdown_export_wants_a_new_or_empty_folder(journal, tmp_path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("mine")
    with pytest.raises(InvalidInput, match="not empty"):
        export_journal(journal, "markdown", busy)
    empty = tmp_path / "empty"
    empty.mkdir()
    export_journal(journal, "markdown", empty)
    assert mode(empty) == 0o700


def test_cancelled_markdown_export_leaves_nothing(journal, tmp_path) -> None:
    fill_rich_journal(journal)
    calls = []
    with pytest.raises(TransferCancelled):
        export_journal(
            journal,
            "markdown",
            tmp_path / "out",
            cancel=lambda: bool(calls.append(1)) or len(calls) > 1,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


# --- HTML ------------------------------------------------------------------------------------


def test_html_export_is_self_contained_and_script_free(journal, tmp_path) -> None:
    rich = fill_rich_journal(journal)
    out = tmp_path / "journal.html"
    summary = export_journal(journal, "html", out, today=date(2024, 5, 1))
    page = out.read_text()
    assert summary.entries == 4 and summary.memories == 2
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the entry's text, shown as text
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//)""", page, re.IGNORECASE)
    assert "<link" not in page.lower() and "url(" not in page.lower() and "@import" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "attachment:" not in page  # every photo is inline
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', page)) == 2
    assert 'id="entry-' + rich.letter + '"' in page
    assert "Deleted draft" not in page
    assert "feeling hopeful" in page and "distress 4/10" in page
    assert "Dinner-table silence" in page and "A heavy memory, included by choice." in page
    assert page.index("The blue bicycle") < page.index("Dinner-table silence")  # by age
    assert "Exercise history" in page
    assert "prepared on Wednesday 1 May 2024" in page
    assert mode(out) == 0o600


def test_selection_limits_what_is_exported(journal, tmp_path) -> None:
    rich = fill_rich_journal(journal)
    by_tag = export_journal(
        journal, "json", tmp_path / "tag.json", selection=Selection(tag="letters")
    )
    document = json.loads(by_tag.path.read_text())
    assert sorted(e["id"] for e in document["entries"]) == sorted([rich.letter, rich.reply])
    assert document["memories"] == [] and "settings" not in document and not document["complete"]
    dated = export_journal(
        journal,
        "html",
        tmp_path / "april.html",
        selection=Selection(since=date(2024, 4, 1), until=date(2024, 4, 30)),
    )
    assert dated.entries == 1  # the heavy April entry is left out unless chosen
    named = export_journal(
        journal,
        "markdown",
        tmp_path / "one",
        selection=Selection(entry_ids=frozenset({rich.heavy_entry})),
    )
    assert named.entries == 1
