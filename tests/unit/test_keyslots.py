import json

import pytest

from innerchild_desktop.domain.errors import (
    InvalidInput,
    JournalDamaged,
    JournalTooNew,
    KeyFileMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from innerchild_desktop.store import keyslots
from innerchild_desktop.store.keyslots import (
    FAST_TEST_KDF,
    KdfParams,
    KeySlotFile,
    format_recovery_key,
    key_check,
    new_master_key,
    parse_recovery_key,
    wrap_with_passphrase,
)


def make_file(master: bytes, passphrase: str = "first passphrase") -> KeySlotFile:
    slot = wrap_with_passphrase(master, passphrase, "journal-1", FAST_TEST_KDF)
    return KeySlotFile("journal-1", key_check(master), (slot,))


def test_unlock_returns_master_key_and_rejects_wrong_passphrase() -> None:
    master = bytes(new_master_key())
    slots = make_file(master)
    assert bytes(slots.unlock("first passphrase")) == master
    with pytest.raises(WrongPassphrase):
        slots.unlock("First passphrase")


def test_slot_file_round_trips_and_stores_kdf_parameters(tmp_path) -> None:
    master = bytes(new_master_key())
    path = tmp_path / "keyslots.json"
    make_file(master).save(path)
    doc = json.loads(path.read_text())
    assert doc["slots"][0]["kdf"] == {
        "name": "argon2id",
        "memory_kib": 8192,
        "time_cost": 1,
        "parallelism": 1,
    }
    assert master.hex() not in path.read_text()
    assert bytes(KeySlotFile.load(path).unlock("first passphrase")) == master
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_rewrap_changes_passphrase_without_changing_master_key() -> None:
    master = bytes(new_master_key())
    old = make_file(master)
    new = old.rewrapped(master, "second passphrase", FAST_TEST_KDF)
    assert bytes(new.unlock("second passphrase")) == master
    with pytest.raises(WrongPassphrase):
        new.unlock("first passphrase")
    assert new.key_check == old.key_check


def test_slot_bound_to_its_journal_id() -> None:
    master = bytes(new_master_key())
    slots = make_file(master)
    moved = KeySlotFile("journal-2", slots.key_check, slots.slots)
    with pytest.raises(WrongPassphrase):  # AAD mismatch: the tag fails
        moved.unlock("first passphrase")


def test_missing_damaged_and_newer_files_have_distinct_errors(tmp_path) -> None:
    with pytest.raises(KeyFileMissing):
        KeySlotFile.load(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(JournalDamaged):
        KeySlotFile.load(bad)
    bad.write_text(json.dumps({"format": "innerchild-keyslots", "version": 1, "slots": [{}]}))
    with pytest.raises(JournalDamaged):
        KeySlotFile.load(bad)
    bad.write_text(json.dumps({"format": "innerchild-keyslots", "version": 99}))
    with pytest.raises(JournalTooNew):
        KeySlotFile.load(bad)


def test_recovery_key_round_trip_tolerates_case_spaces_and_lookalikes() -> None:
    master = bytes(new_master_key())
    text = format_recovery_key(master)
    assert text.startswith("IC1-")
    assert bytes(parse_recovery_key(text)) == master
    assert bytes(parse_recovery_key(text.lower().replace("-", " "))) == master
    body = text.removeprefix("IC1-")
    assert bytes(parse_recovery_key("IC1-" + body.replace("O", "0").replace("I", "1"))) == master
    assert bytes(parse_recovery_key(body)) == master  # the prefix is optional


def test_recovery_key_typo_is_caught_by_checksum() -> None:
    text = format_recovery_key(bytes(new_master_key()))
    position = 10
    typo = text[:position] + ("A" if text[position] != "A" else "B") + text[position + 1 :]
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key(typo)
    with pytest.raises(InvalidInput):
        parse_recovery_key("hello!")


def test_calibration_reaches_the_target_window(monkeypatch) -> None:
    monkeypatch.delenv(keyslots.INSECURE_FAST_KDF_ENV)
    timings = iter([0.1, 0.2, 0.35])
    clock = {"t": 0.0}

    def fake_perf_counter() -> float:
        return clock["t"]

    def fake_derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        clock["t"] += next(timings)
        return b"x" * 32

    monkeypatch.setattr(keyslots.time, "perf_counter", fake_perf_counter)
    monkeypatch.setattr(keyslots, "derive_key", fake_derive)
    params = keyslots.calibrate_kdf()
    assert params.memory_kib == 256 * 1024
    assert params.time_cost == keyslots.DEFAULT_KDF.time_cost + 2


def test_calibration_backs_off_when_too_slow(monkeypatch) -> None:
    """Fewer passes, but never less memory than the README's 256 MiB (issue 15, minor d)."""
    monkeypatch.delenv(keyslots.INSECURE_FAST_KDF_ENV)
    timings = iter([0.9, 0.7])
    clock = {"t": 0.0}
    monkeypatch.setattr(keyslots.time, "perf_counter", lambda: clock["t"])

    def fake_derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        clock["t"] += next(timings)
        return b""

    monkeypatch.setattr(keyslots, "derive_key", fake_derive)
    params = keyslots.calibrate_kdf()
    assert (params.memory_kib, params.time_cost) == (256 * 1024, 1)
