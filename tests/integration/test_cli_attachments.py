"""``innerchild verify`` looks at every attachment: a damaged photo or voice note is named in a
sentence (never its content, title or file name) and the exit code is verify's 4."""

from __future__ import annotations

import json
from pathlib import Path

from innerchild_desktop.paths import JournalPaths
from innerchild_desktop.services import voice
from innerchild_desktop.services.journal import JournalService
from innerchild_desktop.store import attachments as attachment_store
from innerchild_desktop.store.opening import open_journal
from tests.integration.test_cli import PASS, add, home, run  # noqa: F401 (fixture)
from tests.unit.test_attachments import pcm, png


def test_verify_checks_every_attachment(home: Path) -> None:  # noqa: F811
    entry = add(home, "A private title", "words")
    with open_journal(JournalPaths(home), PASS) as journal:
        service = JournalService(journal)
        service.add_photo(png(), filename="secret.png", entry_id=entry)
        voice.keep_voice_note(service, pcm(), entry_id=entry)
    assert "All good" in run(home, "verify", "--passphrase-stdin", stdin=PASS).stdout

    with open_journal(JournalPaths(home), PASS) as journal, journal.transaction() as conn:
        damaged = attachment_store.add_attachment(conn, png(b"x")[:-20], entry_id=entry)
    out = run(home, "verify", "--passphrase-stdin", stdin=PASS, check=False)
    assert out.returncode == 4
    assert "The journal is sound, but 1 attachment" in out.stdout and "need" in out.stdout
    assert "A picture in an entry is damaged: it is not the PNG it should be." in out.stdout
    assert "secret" not in out.stdout + out.stderr and "private" not in out.stdout + out.stderr
    as_json = run(home, "verify", "--json", "--passphrase-stdin", stdin=PASS, check=False)
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 4 and report["ok"] is False
    assert [a["id"] for a in report["attachments"]] == [damaged]
