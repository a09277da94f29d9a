"""Fuzzing every importer (issue 15): random and mutated inputs either import completely or are
refused with one sentence and leave the journal exactly as it was. Never a bug.

Each format starts from its valid fixture (tests/fixtures/transfer, or our own JSON export of the
rich journal) and is mutated: bytes flipped, cut, inserted; fields replaced by random JSON values
(deep nesting, huge numbers, lone surrogates, dates in year 1 and 9999 with zones, wrong types);
front matter and month files with random YAML-ish values. One journal serves the whole module,
so "nothing imported" is checked by counting rows before and after. Hangs are not timed here:
the parsers are bounded, and a hang would show as a stuck test.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from innerchild_desktop.domain.errors import InnerChildError
from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services.transfer import ImportSummary, export_journal, import_journal
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.opening import create_journal
from innerchild_desktop.store.vault import Journal
from tests.conftest import PASSPHRASE
from tests.fixtures.transfer.rich_journal import fill_rich_journal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transfer"
TABLES = ("entries", "memories", "attachments", "entry_tags", "tags", "sessions")
FUZZ = settings(  # INNERCHILD_FUZZ_EXAMPLES=1000 for a longer hunt
    max_examples=int(os.environ.get("INNERCHILD_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BUG_WORDS = ("please report", "something went wrong", "traceback")


@dataclass(repr=False)
class Box:
    journal: Journal
    root: Path
    innerchild_json: bytes
    counter: Iterator[int]

    def __repr__(self) -> str:
        return "Box(...)"

    def scratch(self) -> Path:
        return Path(tempfile.mkdtemp(dir=self.root / "scratch"))


@pytest.fixture(scope="module")
def box(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Box]:
    root = tmp_path_factory.mktemp("fuzz")
    (root / "scratch").mkdir()
    rich, _ = create_journal(JournalPaths(root / "rich"), PASSPHRASE, FAST_TEST_KDF)
    try:
        fill_rich_journal(rich)
        export_journal(rich, "json", root / "rich.json")
    finally:
        rich.close()
    journal, _ = create_journal(JournalPaths(root / "journal"), PASSPHRASE, FAST_TEST_KDF)
    try:
        yield Box(journal, root, (root / "rich.json").read_bytes(), itertools.count(1))
    finally:
        journal.close()


# --- the property ------------------------------------------------------------------------------


def counts(journal: Journal) -> tuple[int, ...]:
    return tuple(
        journal.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
    )


def assert_sentence(message: str) -> None:
    assert message and message == message.strip(), repr(message)
    assert message.endswith((".", "?", "!")), repr(message)
    assert not any(word in message.lower() for word in BUG_WORDS), repr(message)
    assert len(message) < 1000, repr(message)


def attempt(journal: Journal, fmt: str, path: Path) -> ImportSummary | None:
    """Import; on success the rows added match the summary, on refusal nothing changed."""
    before = counts(journal)
    try:
        summary = import_journal(journal, fmt, path)
    except InnerChildError as err:  # anything else is a bug and fails the test as it is
        assert err.exit_code in (1, 4)
        assert_sentence(str(err))
        assert counts(journal) == before
        return None
    after = counts(journal)
    assert after[0] - before[0] == summary.added
    assert after[1] - before[1] == summary.memories_added
    return summary


# --- strategies --------------------------------------------------------------------------------

ZONES = st.sampled_from(
    [
        UTC,
        timezone(timedelta(hours=14)),
        timezone(timedelta(hours=-14)),
        timezone(timedelta(hours=5, minutes=45)),
        None,
    ]
)
EDGE_MOMENTS = st.sampled_from(
    [
        "0001-01-01T00:00:00+14:00",
        "0001-01-01T00:00:00Z",
        "0001-01-01",
        "9999-12-31T23:59:59-14:00",
        "9999-12-31T23:59:59.999999Z",
        "9999-12-31",
        "2024-02-30T10:00:00Z",
        "2024-05-01T24:00:00Z",
        "2024-05-01T10:00:00+25:00",
        "+002024-05-01",
        "2024-W18-3",
        "",
    ]
)
MOMENTS = st.one_of(
    EDGE_MOMENTS,
    st.datetimes(
        min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59), timezones=ZONES
    ).map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
)
WEIRD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),  # lone surrogates
    st.sampled_from(["\x00", "\u202e", "\ufeff", "a\r\nb", "#tag", "attachment:../../x", "é" * 9]),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**70),
    st.integers(min_value=-(2**70), max_value=-(2**63) + 2),
    st.floats(),
    WEIRD_TEXT,
    MOMENTS,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
RAW = "@@raw@@"
RAW_JSON = st.sampled_from(
    [
        "[" * 5000 + "]" * 5000,
        '{"a":' * 5000 + "1" + "}" * 5000,
        "9" * 5000,  # more digits than int() converts by default
        "1e999",
        "-1e999",
        "NaN",
        "-0",
        '"\\ud800"',
        '"\\udfff\\ud800"',
        '"' + "x" * 200_000 + '"',
    ]
)


def dump(document: Any, raw: str | None) -> bytes:
    text = json.dumps(document, ensure_ascii=True)
    if raw is not None:
        text = text.replace(json.dumps(RAW), raw, 1)
    return text.encode("utf-8")


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Flip, cut, insert or delete bytes, a few times."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "dup"]))
        at = draw(st.integers(0, max(len(out) - 1, 0)))
        if op == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del out[at:]
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del out[at : at + draw(st.integers(1, 16))]
        else:
            out[at:at] = out[at : at + draw(st.integers(1, 64))]
    return bytes(out)


@st.composite
def field_mutation(
    draw: st.DrawFn, document: dict[str, Any], list_key: str, fields: list[str]
) -> bytes:
    """One record of ``document[list_key]`` with one field replaced by something odd."""
    doc = json.loads(json.dumps(document))
    records = doc[list_key]
    raw = None
    for _ in range(draw(st.integers(1, 3))):
        record = records[draw(st.integers(0, len(records) - 1))]
        key = draw(st.sampled_from(fields) | st.text(max_size=8))
        if draw(st.integers(0, 9)) == 0 and raw is None:
            raw = draw(RAW_JSON)
            value: Any = RAW
        else:
            value = draw(JSON_VALUES)
        if isinstance(record, dict):
            record[key] = value
        else:
            records[records.index(record)] = value
    return dump(doc, raw)


def text_bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate is not UTF-8: a refusal


def fresh_ids(data: bytes, ids: list[str]) -> bytes:
    """The same document with every id renamed (consistently), so it is new to the journal."""
    for old in ids:
        data = data.replace(old.encode(), uuid.uuid4().hex[:24].upper().encode())
    return data


# --- Day One -----------------------------------------------------------------------------------

DAYONE = FIXTURES / "dayone" / "export"
DAYONE_DOC = json.loads((DAYONE / "Journal.json").read_text("utf-8"))
DAYONE_IDS = [e["uuid"] for e in DAYONE_DOC["entries"]]
DAYONE_FIELDS = ["uuid", "creationDate", "modifiedDate", "timeZone", "text", "tags", "starred"]
DAYONE_FIELDS += ["photos"]


def dayone_folder(box: Box, journal_json: bytes) -> Path:
    folder = box.scratch() / "export"
    shutil.copytree(DAYONE, folder)
    (folder / "Journal.json").write_bytes(fresh_ids(journal_json, DAYONE_IDS))
    return folder


@FUZZ
@given(st.data())
@example(data=None)  # regression: year 1 in +14:00 is before datetime.min in UTC
def test_day_one_fields(box: Box, data: st.DataObject | None) -> None:
    if data is None:
        doc = json.loads(json.dumps(DAYONE_DOC))
        doc["entries"][0]["creationDate"] = "0001-01-01T00:00:00+14:00"
        doc["entries"][1]["modifiedDate"] = "9999-12-31T23:59:59-14:00"
        document = dump(doc, None)
    else:
        document = data.draw(field_mutation(DAYONE_DOC, "entries", DAYONE_FIELDS))
    summary = attempt(box.journal, "dayone", dayone_folder(box, document))
    if summary is not None:
        assert summary.added + summary.already_present == len(DAYONE_DOC["entries"])


@FUZZ
@given(st.data())
def test_day_one_bytes(box: Box, data: st.DataObject) -> None:
    raw = data.draw(byte_mutation((DAYONE / "Journal.json").read_bytes()))
    attempt(box.journal, "dayone", dayone_folder(box, raw))


@pytest.fixture(scope="module")
def dayone_zip(box: Box) -> bytes:
    target = box.root / "dayone.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(DAYONE.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(DAYONE).as_posix())
    return target.read_bytes()


@FUZZ
@given(st.data())
def test_day_one_zip_bytes(box: Box, dayone_zip: bytes, data: st.DataObject) -> None:
    target = box.scratch() / "Day One.zip"
    target.write_bytes(data.draw(byte_mutation(dayone_zip)))
    attempt(box.journal, "dayone", target)


# --- jrnl --------------------------------------------------------------------------------------

JRNL_DOC = json.loads((FIXTURES / "jrnl" / "export.json").read_text("utf-8"))
JRNL_FIELDS = ["title", "body", "date", "time", "tags", "starred"]


@FUZZ
@given(st.data())
@example(data=None)  # regression: a date in year 1 at midnight, local time
def test_jrnl_json_fields(box: Box, data: st.DataObject | None) -> None:
    if data is None:
        doc = json.loads(json.dumps(JRNL_DOC))
        doc["entries"][0].update(date="0001-01-01", time="00:00")
        doc["entries"][1].update(date="9999-12-31", time="23:59")
        document = dump(doc, None)
    else:
        document = data.draw(field_mutation(JRNL_DOC, "entries", JRNL_FIELDS))
    target = box.scratch() / "jrnl.json"
    target.write_bytes(document)
    summary = attempt(box.journal, "jrnl-json", target)
    if summary is not None:
        assert summary.added + summary.already_present == len(JRNL_DOC["entries"])


@FUZZ
@given(st.data())
def test_jrnl_json_bytes(box: Box, data: st.DataObject) -> None:
    target = box.scratch() / "jrnl.json"
    target.write_bytes(data.draw(byte_mutation((FIXTURES / "jrnl" / "export.json").read_bytes())))
    attempt(box.journal, "jrnl-json", target)


JRNL_LINES = st.one_of(
    WEIRD_TEXT,
    st.builds(
        lambda d, t, rest: f"[{d} {t}] {rest}",
        st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-30", "2024-13-01", "0000-00-00"]),
        st.sampled_from(["00:00", "23:59", "24:00", "12:60", "99:99", "11:59:59 PM", "13:00 AM"]),
        WEIRD_TEXT,
    ),
)


@FUZZ
@given(st.data())
@example(data=None)  # regression: the text form's year-1 and hour-24 stamps
def test_jrnl_text(box: Box, data: st.DataObject | None) -> None:
    original = (FIXTURES / "jrnl" / "journal.txt").read_bytes()
    if data is None:
        mutated = b"[0001-01-01 00:00] Early.\n\n[2024-05-01 24:00] Late.\n" + original
    elif data.draw(st.booleans()):
        mutated = data.draw(byte_mutation(original))
    else:
        lines = original.decode().splitlines()
        at = data.draw(st.integers(0, len(lines)))
        lines[at:at] = data.draw(st.lists(JRNL_LINES, min_size=1, max_size=4))
        mutated = text_bytes("\n".join(lines))
    target = box.scratch() / "journal.txt"
    target.write_bytes(mutated)
    attempt(box.journal, "jrnl-text", target)


# --- RedNotebook and Markdown (YAML through the importer's public path) -------------------------

YAML_SCALARS = st.one_of(
    WEIRD_TEXT.map(json.dumps),
    st.text(max_size=20),
    MOMENTS,
    st.integers().map(str),
    st.sampled_from(
        [
            "9" * 5000,
            "[" * 3000 + "]" * 3000,
            "{a: " * 3000 + "1" + "}" * 3000,
            "&a [*a]",
            "!!python/object:os.system",
            "*undefined",
            "~",
            "null",
            "yes",
            ".inf",
            "-.nan",
            "0x_1",
            "'unterminated",
            '"\\ud800"',
            "|\n  block\n text",
        ]
    ),
)
YAML_VALUES = st.recursive(
    YAML_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.lists(inner, min_size=1, max_size=3).map(
            lambda xs: "\n" + "\n".join(f"  - {x}" for x in xs)
        ),
    ),
    max_leaves=6,
)
RN_MONTH = (FIXTURES / "rednotebook" / "data" / "2024-05.txt").read_bytes()


@FUZZ
@given(st.data())
def test_rednotebook(box: Box, data: st.DataObject) -> None:
    folder = box.scratch() / "data"
    folder.mkdir()
    year = 1000 + next(box.counter) % 9000  # a month not imported yet, so it is written
    name = data.draw(st.sampled_from([f"{year}-05.txt", "0001-01.txt", "9999-12.txt"]))
    if data.draw(st.booleans()):
        month = data.draw(byte_mutation(RN_MONTH))
    else:
        day = data.draw(st.sampled_from(["1", "31", "0", "32", "-1", "99999999999", "x", "1.5"]))
        key = data.draw(st.sampled_from(["text", "Tags", "Cat", "", "text: x"]))
        value = data.draw(YAML_VALUES)
        month = RN_MONTH + text_bytes(f"\n{day}:\n  {key}: {value}\n")
    (folder / name).write_bytes(month)
    attempt(box.journal, "rednotebook", folder)


MD_KEYS = ["date", "created", "updated", "title", "kind", "mood", "distress", "tz"]
MD_KEYS += ["starred", "heavy", "tags", "tag", "fuzzy_time"]
MD_VAULT = FIXTURES / "markdown" / "vault"


@FUZZ
@given(st.data())
@example(data=None)  # regression: front matter dates at the ends of time, with zones
def test_markdown_front_matter(box: Box, data: st.DataObject | None) -> None:
    folder = box.scratch() / f"notes-{next(box.counter)}"
    shutil.copytree(MD_VAULT, folder)
    if data is None:
        pairs = [("date", "0001-01-01T00:00:00+14:00"), ("updated", "9999-12-31T23:59:59-14:00")]
        pairs += [("created", "0001-01-01T00:00:00+01:00")]
    else:
        pairs = data.draw(
            st.lists(st.tuples(st.sampled_from(MD_KEYS) | st.text(max_size=6), YAML_VALUES))
        )
    front = "".join(f"{k}: {v}\n" for k, v in pairs)
    body = "" if data is None else data.draw(WEIRD_TEXT)
    (folder / "2024-05-20.md").write_bytes(text_bytes(f"---\n{front}---\n# A note\n\n{body}\n"))
    attempt(box.journal, "markdown-dir", folder)


@FUZZ
@given(st.data())
def test_markdown_bytes(box: Box, data: st.DataObject) -> None:
    folder = box.scratch() / f"notes-{next(box.counter)}"
    shutil.copytree(MD_VAULT, folder)
    note = folder / "Journal" / "2024" / "2024-05-02-after-group.md"
    note.write_bytes(data.draw(byte_mutation(note.read_bytes())))
    attempt(box.journal, "markdown-dir", folder)


# --- our own JSON export -----------------------------------------------------------------------

IC_FIELDS = ["id", "created_at", "updated_at", "tz", "entry_date", "title", "body", "kind"]
IC_FIELDS += ["mood", "distress", "tags", "heavy", "starred", "reply_to", "source", "source_id"]
IC_FIELDS += ["deleted_at", "prompt_id", "prompt_text", "stage"]


def _ic_ids(document: dict[str, Any]) -> list[str]:
    return [
        rec["id"]
        for key in ("entries", "memories", "attachments")
        for rec in document.get(key, [])
        if isinstance(rec, dict) and isinstance(rec.get("id"), str)
    ]


@FUZZ
@given(st.data())
def test_innerchild_json(box: Box, data: st.DataObject) -> None:
    document = json.loads(box.innerchild_json)
    if data.draw(st.booleans()):
        section = data.draw(st.sampled_from(["entries", "memories", "attachments"]))
        fields = IC_FIELDS if section == "entries" else sorted(document[section][0])
        mutated = data.draw(field_mutation(document, section, fields))
    else:
        mutated = data.draw(byte_mutation(box.innerchild_json))
    target = box.scratch() / "export.json"
    target.write_bytes(fresh_ids(mutated, _ic_ids(document)))
    attempt(box.journal, "innerchild-json", target)


# --- what the fuzzing found, kept as plain regressions -----------------------------------------


def test_a_corrupt_deflate_stream_in_a_zip_is_a_sentence(box: Box, dayone_zip: bytes) -> None:
    """The CRC and sizes are intact but the compressed bytes are not: zlib.error, not a bug."""
    data = bytearray(dayone_zip)
    with zipfile.ZipFile(box.root / "dayone.zip") as zf:
        info = zf.getinfo("Journal.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start] = 0xFF  # a deflate block of the reserved type 3
    target = box.scratch() / "Day One.zip"
    target.write_bytes(bytes(data))
    assert attempt(box.journal, "dayone", target) is None


@pytest.mark.parametrize(
    ("value", "words"),
    [("9" * 5000, "number too long"), ('"\\ud800 half a pair"', "not valid Unicode")],
)
def test_json_numbers_too_long_and_lone_surrogates_are_refused(
    box: Box, value: str, words: str
) -> None:
    doc = json.loads(json.dumps(JRNL_DOC))
    doc["entries"][0]["body"] = RAW
    target = box.scratch() / "jrnl.json"
    target.write_bytes(dump(doc, value))
    before = counts(box.journal)
    with pytest.raises(InnerChildError, match=words):
        import_journal(box.journal, "jrnl-json", target)
    assert counts(box.journal) == before


def test_a_rednotebook_day_number_beyond_any_integer_is_a_sentence(box: Box) -> None:
    folder = box.scratch() / "data"
    folder.mkdir()
    (folder / "2024-05.txt").write_text("99999999999:\n  text: too far\n")
    assert attempt(box.journal, "rednotebook", folder) is None


@pytest.mark.parametrize("target", ["%00.png", "\x00../attachments/tree.png"])
def test_an_image_path_with_a_nul_is_skipped_not_a_bug(box: Box, target: str) -> None:
    folder = box.scratch() / f"notes-{next(box.counter)}"
    folder.mkdir()
    (folder / "2024-05-21.md").write_text(f"# Hello\n\n![a picture]({target})\n")
    summary = attempt(box.journal, "markdown-dir", folder)
    assert summary is not None and summary.added + summary.already_present == 1
    assert any("was not found" in item.reason for item in summary.skipped)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("fmt", ["jrnl-json", "innerchild-json", "dayone", "dayone-folder"])
def test_a_named_pipe_in_place_of_a_json_file_is_refused_not_waited_on(box: Box, fmt: str) -> None:
    folder = box.scratch()
    pipe = folder / "Journal.json"
    os.mkfifo(pipe)
    source = folder if fmt == "dayone-folder" else pipe
    assert attempt(box.journal, fmt.removesuffix("-folder"), source) is None


def test_a_session_without_completed_and_a_memory_beyond_any_year(box: Box) -> None:
    """Found by the fuzzer: a missing flag is false (it was a KeyError in the store), and a
    memory placed 10**30 years away is a sentence (it overflowed SQLite's integer)."""
    document = json.loads(box.innerchild_json)
    document["sessions"] = [
        {
            "id": "session-without-completed",
            "exercise_id": "extended-exhale",
            "started_at": "2024-05-01T10:00:00+00:00",
            "ended_at": None,
            "note": "",
            "distress_before": None,
            "distress_after": None,
        }
    ]
    document["memories"][0]["sort_key"] = 10**30
    target = box.scratch() / "export.json"
    target.write_text(json.dumps(document))
    before = counts(box.journal)
    with pytest.raises(InnerChildError, match="must be a number"):
        import_journal(box.journal, "innerchild-json", target)
    assert counts(box.journal) == before
    document["memories"][0]["sort_key"] = 1994.5
    target.write_text(json.dumps(document))
    assert attempt(box.journal, "innerchild-json", target) is not None
