"""The real console script in a subprocess, as a user or a script would run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "cli test passphrase"
SCRIPT = shutil.which("innerchild", path=str(Path(sys.executable).parent))


def run(
    data_dir: Path, *args: str, stdin: str = "", check: bool = True
) -> subprocess.CompletedProcess[str]:
    assert SCRIPT, "the innerchild console script is not installed"
    env = {**os.environ, "INNERCHILD_INSECURE_FAST_KDF": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [SCRIPT, "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


@pytest.fixture
def home(tmp_path: Path) -> Path:
    data = tmp_path / "journal"
    out = run(data, "init", "--passphrase-stdin", "--json", stdin=PASS + "\n")
    (tmp_path / "recovery").write_text(json.loads(out.stdout)["recovery_key"])
    return data


def recovery_of(home: Path) -> str:
    return (home.parent / "recovery").read_text()


def add(home: Path, title: str, body: str, *extra: str) -> str:
    out = run(
        home,
        "add",
        "--title",
        title,
        *extra,
        "--passphrase-stdin",
        "--json",
        stdin=f"{PASS}\n{body}",
    )
    return str(json.loads(out.stdout)["id"])


def test_init_prints_recovery_key_once_and_refuses_to_repeat(tmp_path: Path) -> None:
    data = tmp_path / "j"
    out = run(data, "init", "--passphrase-stdin", stdin=PASS + "\n")
    assert "IC1-" in out.stdout and "shown only this once" in out.stdout
    again = run(data, "init", "--passphrase-stdin", stdin=PASS + "\n", check=False)
    assert again.returncode == 1 and "already a journal" in again.stderr


def test_short_passphrase_refused(tmp_path: Path) -> None:
    out = run(tmp_path / "j", "init", "--passphrase-stdin", stdin="short\n", check=False)
    assert out.returncode == 1 and "at least 8" in out.stderr
    assert not (tmp_path / "j" / "journal.db").exists()


def test_add_list_show_search(home: Path) -> None:
    first = add(
        home,
        "The blue bicycle",
        "It had a squeaky bell.\nAnd streamers.",
        "--tag",
        "play",
        "--date",
        "2024-05-01",
        "--mood",
        "Joyful",
        "--distress",
        "2",
    )
    add(home, "Kitchen", "Toast and the radio.", "--tag", "home")
    listed = json.loads(run(home, "list", "--json", "--passphrase-stdin", stdin=PASS).stdout)
    assert [e["title"] for e in listed] == ["Kitchen", "The blue bicycle"]
    shown = json.loads(
        run(home, "show", first[:8], "--json", "--passphrase-stdin", stdin=PASS).stdout
    )
    assert shown["body"] == "It had a squeaky bell.\nAnd streamers."
    assert shown["tags"] == ["play"] and shown["mood"] == "joyful" and shown["distress"] == 2
    hits = json.loads(
        run(home, "search", "squeak", "--json", "--passphrase-stdin", stdin=PASS).stdout
    )
    assert [h["title"] for h in hits] == ["The blue bicycle"]
    assert "[squeaky]" in hits[0]["snippet"]
    text = run(home, "search", "tag:home", "--passphrase-stdin", stdin=PASS).stdout
    assert "Kitchen" in text and "bicycle" not in text


def test_exit_codes_for_each_kind_of_failure(home: Path, tmp_path: Path) -> None:
    wrong = run(home, "list", "--passphrase-stdin", stdin="not the passphrase\n", check=False)
    assert wrong.returncode == 3 and "doesn't open" in wrong.stderr
    missing = run(tmp_path / "nowhere", "list", "--passphrase-stdin", stdin=PASS, check=False)
    assert missing.returncode == 4 and "No journal" in missing.stderr
    usage = run(home, "list", "--limit", "many", check=False)
    assert usage.returncode == 2
    for result in (wrong, missing):
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_newer_journal_exit_code_5(home: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[2] / "src"))
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.store.opening import open_journal

    with open_journal(JournalPaths(home), PASS) as journal:
        journal.conn.execute("PRAGMA user_version = 999")
    out = run(home, "list", "--passphrase-stdin", stdin=PASS, check=False)
    assert out.returncode == 5 and "newer version" in out.stderr


def test_damaged_journal_exit_code_4(home: Path) -> None:
    db = home / "journal.db"
    data = bytearray(db.read_bytes())
    data[200:300] = bytes(100)
    db.write_bytes(bytes(data))
    out = run(home, "verify", "--passphrase-stdin", stdin=PASS, check=False)
    assert out.returncode == 4 and "damaged" in out.stderr


def test_verify_passwd_and_recover_after_losing_the_key_file(home: Path) -> None:
    entry = add(home, "Precious", "Do not lose me.")
    assert "All good" in run(home, "verify", "--passphrase-stdin", stdin=PASS).stdout
    run(home, "passwd", "--passphrase-stdin", stdin=f"{PASS}\nsecond passphrase\n")
    assert run(home, "list", "--passphrase-stdin", stdin=PASS, check=False).returncode == 3
    (home / "keyslots.json").unlink()
    lost = run(home, "list", "--passphrase-stdin", stdin="second passphrase", check=False)
    assert lost.returncode == 4 and "recover" in lost.stderr
    run(home, "recover", "--passphrase-stdin", stdin=f"{recovery_of(home)}\nthird passphrase\n")
    shown = run(home, "show", entry, "--passphrase-stdin", stdin="third passphrase")
    assert "Do not lose me." in shown.stdout


def test_backup_and_restore(home: Path, tmp_path: Path) -> None:
    add(home, "Before", "kept")
    target = tmp_path / "usb" / "journal.icbackup"
    target.parent.mkdir()  # the stick is plugged in: backup never makes the folder itself
    run(home, "backup", "--out", str(target), "--passphrase-stdin", stdin=PASS)
    add(home, "After", "not in the backup")
    out = run(home, "restore", str(target), "--passphrase-stdin", "--json", stdin=PASS)
    kept = Path(json.loads(out.stdout)["previous_kept_in"])
    assert (kept / "journal.db").exists()
    listed = json.loads(run(home, "list", "--json", "--passphrase-stdin", stdin=PASS).stdout)
    assert [e["title"] for e in listed] == ["Before"]
    auto = run(home, "backup", "--passphrase-stdin", "--json", stdin=PASS)
    assert Path(json.loads(auto.stdout)["backup"]).parent == home / "backups"


def test_demo_creates_a_journal_to_look_around(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    out = run(data, "demo", "--entries", "40", "--passphrase-stdin", "--json", stdin=PASS)
    counts = json.loads(out.stdout)
    assert counts["entries"] == 40 and counts["memories"] > 0 and counts["sessions"] > 0
    listed = json.loads(
        run(data, "list", "--limit", "100", "--json", "--passphrase-stdin", stdin=PASS).stdout
    )
    assert len(listed) == 40


def test_heavy_entries_are_veiled_in_list_and_search(home: Path) -> None:
    base = ["--passphrase-stdin"]
    heavy = add(home, "The night it happened", "the shouting downstairs", "--heavy", "--tag", "x")
    light = add(home, "Picnic", "the shouting match of gulls at the beach")
    listed = run(home, "list", *base, stdin=PASS).stdout
    assert "The night it happened" not in listed and "#x" not in listed
    assert "A heavy entry — open it when you choose" in listed and "Picnic" in listed
    found = run(home, "search", "shouting", *base, stdin=PASS).stdout
    assert "The night it happened" not in found and "downstairs" not in found
    assert "A heavy entry" in found and "gulls" in found
    rows = json.loads(run(home, "list", "--json", *base, stdin=PASS).stdout)
    assert {r["id"]: r["heavy"] for r in rows} == {heavy: True, light: False}
    shown = run(home, "show", heavy[:8], *base, stdin=PASS).stdout  # asked for by id: shown
    assert "the shouting downstairs" in shown and "marked heavy" in shown


def test_edit_marks_an_entry_heavy_and_back(home: Path) -> None:
    base = ["--passphrase-stdin"]
    entry = add(home, "Hard day", "words")
    out = run(home, "edit", entry[:8], "--heavy", *base, stdin=PASS).stdout
    assert "Marked heavy" in out
    assert "Hard day" not in run(home, "list", *base, stdin=PASS).stdout
    run(home, "edit", entry, "--not-heavy", *base, stdin=PASS)
    assert "Hard day" in run(home, "list", *base, stdin=PASS).stdout
    missing = run(home, "edit", "ffffffff", "--heavy", *base, stdin=PASS, check=False)
    assert missing.returncode == 1 and "No entry has that id" in missing.stderr
    neither = run(home, "edit", entry, *base, stdin=PASS, check=False)
    assert neither.returncode == 2 and "--heavy" in neither.stderr
    assert "Traceback" not in missing.stderr + neither.stderr


def test_demo_refuses_a_journal_that_has_entries(home: Path) -> None:
    mine = add(home, "Mine", "my own words")
    result = run(home, "demo", "--passphrase-stdin", stdin=PASS, check=False)
    assert result.returncode == 1
    assert "already has entries or memories" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr and not result.stdout
    listed = json.loads(run(home, "list", "--json", "--passphrase-stdin", stdin=PASS).stdout)
    assert [r["id"] for r in listed] == [mine]


def test_demo_twice_fills_the_journal_only_once(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    run(data, "demo", "--entries", "12", "--passphrase-stdin", stdin=PASS)
    again = run(data, "demo", "--entries", "12", "--passphrase-stdin", stdin=PASS, check=False)
    assert again.returncode == 1 and "new, empty journal" in again.stderr
    listed = json.loads(
        run(data, "list", "--limit", "100", "--json", "--passphrase-stdin", stdin=PASS).stdout
    )
    assert len(listed) == 12 and all("sample" in r["tags"] for r in listed)
    titles = [r["title"] for r in listed]
    assert len(set(titles)) == len(titles)


def test_headless_commands_do_not_import_qt(home: Path) -> None:
    code = (
        "import sys\nfrom innerchild_desktop.cli import main\n"
        f"rc = main(['--data-dir', {str(home)!r}, 'list', '--passphrase-stdin'])\n"
        "assert rc == 0, rc\n"
        "sys.exit(3 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    env = {**os.environ, "INNERCHILD_INSECURE_FAST_KDF": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], input=PASS, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr


def test_module_entry_point_and_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "innerchild_desktop", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("innerchild ")


def test_exercises_are_listed_without_a_passphrase(tmp_path: Path) -> None:
    out = run(tmp_path / "none", "exercises", "--json")
    rows = {row["id"]: row for row in json.loads(out.stdout)}
    assert rows["extended-exhale"]["pattern"]["breaths_per_minute"] == 6.0
    assert rows["box"]["opt_in"] is True
    assert len(rows["grounding-54321"]["steps"]) >= 5
    for row in rows.values():
        if "pattern" in row:
            assert row["pattern"]["breaths_per_minute"] <= 7.5  # no fast breathing, ever
    text = run(tmp_path / "none", "exercises").stdout
    assert "2+1/0/6/0 s" in text  # the physiological sigh's top-up in-breath


def test_memories_and_timeline(home: Path) -> None:
    base = ["--passphrase-stdin"]
    run(
        home,
        "memory",
        "add",
        "--title",
        "The blue bicycle",
        "--when",
        "around 7",
        "--feeling",
        "joy",
        "--need",
        "play",
        *base,
        stdin=PASS,
    )
    run(
        home,
        "memory",
        "add",
        "--title",
        "The shouting",
        "--when",
        "age 8-9",
        "--heavy",
        *base,
        stdin=PASS,
    )
    run(home, "memory", "add", "--title", "Coast", "--when", "summer 1994", *base, stdin=PASS)
    bad = run(
        home, "memory", "add", "--title", "x", "--when", "sometime", *base, stdin=PASS, check=False
    )
    assert bad.returncode == 1 and "around age 7" in bad.stderr
    rows = json.loads(run(home, "timeline", "--json", *base, stdin=PASS).stdout)
    assert [r["title"] for r in rows] == ["The blue bicycle", "The shouting", "Coast"]
    assert rows[0]["span"] == [6.5, 8.5] and rows[0]["stage"] == "primary school"
    assert rows[0]["feelings"] == ["joyful"] and rows[2]["lane"] == "calendar"
    listed = run(home, "memory", "list", *base, stdin=PASS).stdout
    assert "The shouting" not in listed and "heavy memory" in listed


def test_memory_add_while_the_app_is_open_says_where_to_add_it(home: Path) -> None:
    from innerchild_desktop.store.lockfile import JournalLock

    with JournalLock(home / "journal.lock"):  # as the running app holds it
        base = ["--passphrase-stdin"]
        args = ["memory", "add", "--title", "The swing", "--when", "toddler", *base]
        refused = run(home, *args, stdin=PASS, check=False)
        listed = run(home, "memory", "list", *base, stdin=PASS, check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "close the app first, or add it in the app (Timeline → Add a memory)" in refused.stderr
    assert listed.returncode == 1 and "Timeline" not in listed.stderr  # only adding says so
    assert run(home, *args, stdin=PASS).returncode == 0  # closed: the command works again


def test_prompt_command_offers_gentle_prompts_and_imports_packs(home: Path, tmp_path: Path) -> None:
    base = ["--passphrase-stdin"]
    offers = json.loads(run(home, "prompt", "--count", "3", "--json", *base, stdin=PASS).stdout)
    assert len(offers) == 3 and len({o["id"] for o in offers}) == 3
    assert all(o["why"] for o in offers)
    play = json.loads(
        run(
            home, "prompt", "--theme", "play", "--depth", "gentle", "--json", *base, stdin=PASS
        ).stdout
    )
    assert play[0]["theme"] == "play" and play[0]["depth"] == "gentle"
    bad_theme = run(home, "prompt", "--theme", "nope", *base, stdin=PASS, check=False)
    assert bad_theme.returncode == 1 and "no theme" in bad_theme.stderr
    pack = tmp_path / "pack.toml"
    pack.write_text(
        '[pack]\nid = "p"\nname = "Group pack"\nauthor = "Group leader"\nversion = "1"\n'
        '[[prompts]]\nid = "p-001"\ntext = "What helped this week?"\n'
        'theme = "hopes"\ndepth = "gentle"\n'
    )
    out = run(home, "prompt", "--import", str(pack), *base, stdin=PASS)
    assert "Group pack" in out.stdout
    broken = tmp_path / "broken.toml"
    broken.write_text("[pack\n")
    failed = run(home, "prompt", "--import", str(broken), *base, stdin=PASS, check=False)
    assert failed.returncode == 1 and "broken.toml" in failed.stderr and "line" in failed.stderr


def test_export_json_and_import_it_into_a_new_journal(home: Path, tmp_path: Path) -> None:
    base = ["--passphrase-stdin"]
    add(home, "Exported", "Round trip body.", "--tag", "trip")
    out = tmp_path / "export.json"
    summary = json.loads(
        run(
            home, "export", "--format", "json", "--out", str(out), "--json", *base, stdin=PASS
        ).stdout
    )
    assert summary["entries"] == 1 and out.stat().st_mode & 0o077 == 0
    other = tmp_path / "other"
    run(other, "init", "--passphrase-stdin", stdin=PASS + "\n")
    first = json.loads(
        run(
            other, "import", "--from", "innerchild-json", str(out), "--json", *base, stdin=PASS
        ).stdout
    )
    again = json.loads(
        run(
            other, "import", "--from", "innerchild-json", str(out), "--json", *base, stdin=PASS
        ).stdout
    )
    assert first["added"] == 1 and again["added"] == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    failed = run(other, "import", "--from", "jrnl-json", str(bad), *base, stdin=PASS, check=False)
    assert failed.returncode == 1 and "bad.json" in failed.stderr


# --- weak passphrases, overwriting exports, missing backup folders, no display -------------------

WEAK = "password123"  # once rated "Okay"


def test_init_refuses_a_weak_passphrase_and_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "j"
    for weak in (WEAK, "password"):
        out = run(data, "init", "--passphrase-stdin", stdin=weak + "\n", check=False)
        assert out.returncode == 1, out.stderr
        assert "too easy to guess" in out.stderr and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    assert not data.exists()


def test_passwd_and_recover_refuse_a_weak_passphrase(home: Path) -> None:
    keys = (home / "keyslots.json").read_bytes()
    out = run(home, "passwd", "--passphrase-stdin", stdin=f"{PASS}\n{WEAK}\n", check=False)
    assert out.returncode == 1 and "too easy to guess" in out.stderr
    out = run(
        home, "recover", "--passphrase-stdin", stdin=f"{recovery_of(home)}\n{WEAK}\n", check=False
    )
    assert out.returncode == 1 and "too easy to guess" in out.stderr
    assert (home / "keyslots.json").read_bytes() == keys
    run(home, "list", "--passphrase-stdin", stdin=PASS)  # the old passphrase still opens it


def test_export_refuses_to_overwrite_without_force(home: Path, tmp_path: Path) -> None:
    add(home, "Exported", "Body.")
    out = tmp_path / "export.json"
    out.write_bytes(b"my tax return\n")
    args = ["export", "--format", "json", "--out", str(out), "--passphrase-stdin"]
    refused = run(home, *args, stdin=PASS, check=False)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == b"my tax return\n"
    run(home, *args, "--force", stdin=PASS)
    assert json.loads(out.read_text())["entries"][0]["title"] == "Exported"


def test_backup_into_a_missing_folder_is_refused(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "journal.icbackup"
    out = run(home, "backup", "--out", str(target), "--passphrase-stdin", stdin=PASS, check=False)
    assert out.returncode == 1 and "does not exist" in out.stderr
    assert not target.parent.exists()


def _no_display_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland only")
def test_no_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    assert SCRIPT
    for args in ([], ["gui"]):
        result = subprocess.run(
            [SCRIPT, "--data-dir", str(tmp_path / "j"), *args],
            capture_output=True,
            text=True,
            env=_no_display_env(),
            timeout=120,
        )
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == (
            "innerchild: Inner Child needs a graphical desktop; the commands in "
            "'innerchild --help' work without one."
        )
        assert not (tmp_path / "j").exists()


def test_offscreen_is_a_display_of_its_own(tmp_path: Path) -> None:
    assert SCRIPT
    env = {**_no_display_env(), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [SCRIPT, "--data-dir", str(tmp_path / "j"), "gui", "--exit-when-shown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")
