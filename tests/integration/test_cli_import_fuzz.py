"""Issue 15 through the command line: a broken file of each import format is one sentence on
stderr with exit code 1 and nothing imported, never a traceback or the "please report" message.
The many mutated inputs are in tests/unit/test_import_fuzz.py; one per format here checks the
exit code the CLI maps them to."""

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.integration.test_cli import PASS, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transfer"
BASE = ["--passphrase-stdin"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-fuzz") / "journal"
    run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    return data


def _dayone(tmp: Path) -> Path:
    """A Day One zip whose Journal.json has a corrupt deflate stream (CRC and sizes intact)."""
    source = FIXTURES / "dayone" / "export"
    target = tmp / "Day One.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(source).as_posix())
        info = zf.getinfo("Journal.json")
    data = bytearray(target.read_bytes())
    data[info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)] = 0xFF
    target.write_bytes(bytes(data))
    return target


def _jrnl_json(tmp: Path) -> Path:
    doc = json.loads((FIXTURES / "jrnl" / "export.json").read_text("utf-8"))
    doc["entries"][0]["date"] = "0001-01-01"
    doc["entries"][0]["time"] = "00:00"
    text = json.dumps(doc).replace('"starred": false', '"starred": ' + "9" * 5000, 1)
    target = tmp / "jrnl.json"
    target.write_text(text)
    return target


def _jrnl_text(tmp: Path) -> Path:
    target = tmp / "journal.txt"
    target.write_bytes(b"[0001-01-01 00:00] Early.\n" + b"\xed\xa0\x80 half a pair\n")
    return target


def _rednotebook(tmp: Path) -> Path:
    folder = tmp / "data"
    shutil.copytree(FIXTURES / "rednotebook" / "data", folder)
    (folder / "2024-07.txt").write_text("99999999999:\n  text: too far\n")
    return folder


def _markdown(tmp: Path) -> Path:
    folder = tmp / "notes"
    shutil.copytree(FIXTURES / "markdown" / "vault", folder)
    (folder / "2024-05-20.md").write_text("---\ndate: 0001-01-01T00:00:00+14:00\n---\nHello\n")
    return folder


def _innerchild_json(tmp: Path) -> Path:
    target = tmp / "export.json"
    target.write_text('{"format": "innerchild-export", "version": 1, "entries": [' + "[" * 9000)
    return target


@pytest.mark.parametrize(
    ("fmt", "make"),
    [
        ("dayone", _dayone),
        ("jrnl-json", _jrnl_json),
        ("jrnl-text", _jrnl_text),
        ("rednotebook", _rednotebook),
        ("markdown-dir", _markdown),
        ("innerchild-json", _innerchild_json),
    ],
)
def test_a_broken_import_is_a_sentence_and_exit_1(home: Path, tmp_path: Path, fmt, make) -> None:  # type: ignore[no-untyped-def]
    source = make(tmp_path)
    out = run(home, "import", "--from", fmt, str(source), *BASE, stdin=PASS, check=False)
    assert out.returncode == 1, out.stderr
    message = out.stderr.strip()
    assert message.startswith("innerchild: ") and message.endswith("."), message
    assert "Nothing was imported." in message
    for bug in ("Traceback", "report", "something went wrong"):
        assert bug not in out.stderr
    listed = run(home, "list", "--json", *BASE, stdin=PASS)
    assert json.loads(listed.stdout) == []
