"""The peer: jrnl (installed from PyPI into bench/.venv-peer), on the same corpus, encrypted.

The journal is written in jrnl's plain-text format and encrypted the way jrnl 2+ does it (Fernet
with a PBKDF2 key); jrnl is then asked to add one entry, which makes it re-save the file in its
current encryption format, so both tools are measured on their own current formats.

The same corpus is also written as a jrnl JSON export (``jrnl --format json``) for the import
benchmark (``write_jrnl_json``).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.store.opening import open_journal

PEER_VENV = Path(__file__).parent / ".venv-peer"
_JRNL_SALT = b"\xf2\xd5q\x0e\xc1\x8d.\xde\xdc\x8e6t\x89\x04\xce\xf8"  # jrnl's legacy v2 salt


def ensure_jrnl() -> Path | None:
    jrnl = PEER_VENV / "bin" / "jrnl"
    if jrnl.exists():
        return jrnl
    subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
    done = subprocess.run(
        [str(PEER_VENV / "bin" / "pip"), "install", "-q", "jrnl"], capture_output=True, text=True
    )
    return jrnl if done.returncode == 0 and jrnl.exists() else None


def jrnl_env(root: Path) -> dict[str, str]:
    return {
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_DATA_HOME": str(root / "data"),
        "NO_COLOR": "1",
        "PYTHONWARNINGS": "ignore",
    }


def build_peer_journal(paths: JournalPaths, passphrase: str, root: Path, jrnl: Path) -> Path:
    marker = root / "complete"
    if marker.exists():
        return root
    root.mkdir(parents=True, exist_ok=True)
    with open_journal(paths, passphrase) as journal:
        rows = journal.conn.execute(
            "SELECT entry_date, created_at, title, body FROM entries WHERE deleted_at IS NULL"
            " ORDER BY entry_date, seq"
        ).fetchall()
    lines = []
    for entry_date, created, title, body in rows:
        # jrnl takes the first sentence as the title; keep ours as a sentence of its own.
        lines.append(f"[{entry_date} {created[11:16]}] {title.rstrip('.')}.\n{body}\n")
    text = "\n".join(lines)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=_JRNL_SALT, iterations=100_000)
    key = base64.urlsafe_b64encode(kdf.derive(passphrase.encode()))
    journal_file = root / "journal.txt"
    journal_file.write_bytes(Fernet(key).encrypt(text.encode()))
    config = root / "config" / "jrnl"
    config.mkdir(parents=True, exist_ok=True)
    (config / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal_file}\n    encrypt: true\n"
        "linewrap: 79\ntagsymbols: '#'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        "version: v4.6\n"
    )
    env = {**os.environ, **jrnl_env(root)}
    subprocess.run(
        [str(jrnl), "Benchmark set-up entry."],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    marker.write_text("ok\n")
    return root


def write_jrnl_json(paths: JournalPaths, passphrase: str, dest: Path) -> int:
    """Write the corpus's live entries as ``jrnl --format json`` does; returns how many.

    Built once per corpus (``dest`` is kept as a cache; it is written beside itself and renamed,
    so an interrupted build leaves no half file behind).
    """
    if dest.exists():
        return len(json.loads(dest.read_text(encoding="utf-8"))["entries"])
    with open_journal(paths, passphrase) as journal:
        rows = journal.conn.execute(
            "SELECT id, entry_date, created_at, title, body, starred FROM entries"
            " WHERE deleted_at IS NULL ORDER BY entry_date, seq"
        ).fetchall()
        tagged: dict[str, list[str]] = {}
        for entry_id, name in journal.conn.execute(
            "SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
            " ORDER BY t.name"
        ):
            tagged.setdefault(entry_id, []).append("@" + name.replace(" ", "-"))
    counts: dict[str, int] = {}
    entries = []
    for entry_id, entry_date, created, title, body, starred in rows:
        tags = tagged.get(entry_id, [])
        for tag in tags:
            counts[tag] = counts.get(tag, 0) + 1
        entries.append(
            {
                "title": title,
                "body": body,
                "date": entry_date,
                "time": created[11:16],
                "tags": tags,
                "starred": bool(starred),
            }
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    scratch = dest.with_name(dest.name + ".partial")
    scratch.write_text(
        json.dumps({"tags": counts, "entries": entries}, ensure_ascii=False, indent=4),
        encoding="utf-8",
    )
    os.replace(scratch, dest)
    return len(entries)
