"""Hardening of the key file and of journal creation (issue 15).

* A key file with absurd Argon2id parameters or many slots is a damaged key file, refused before
  anything is derived (on open and inside a backup being restored).
* Passphrases are compared in Unicode NFC, and journals made before that still open.
* Two setups racing never replace an existing journal.
"""

import json
import unicodedata
import zipfile

import pytest

from innerchild_desktop.domain.errors import JournalDamaged, JournalExists, WrongPassphrase
from innerchild_desktop.store import backups, keyslots, opening
from innerchild_desktop.store.keyslots import (
    FAST_TEST_KDF,
    KeySlotFile,
    key_check,
    new_master_key,
    wrap_with_passphrase,
)
from tests.conftest import PASSPHRASE

GIB = 1024 * 1024


def _no_derivation(*args: object, **kwargs: object) -> bytes:
    raise AssertionError("a key was derived from a key file that should have been refused")


def _tamper(doc: dict, change: str) -> None:  # type: ignore[type-arg]
    slot = doc["slots"][0]
    kdf = slot["kdf"]
    if change == "huge time":
        kdf["time_cost"] = 2**31 - 1
    elif change == "time 21":
        kdf["time_cost"] = 21
    elif change == "time 0":
        kdf["time_cost"] = 0
    elif change == "huge memory":
        kdf["memory_kib"] = 64 * GIB
    elif change == "tiny memory":
        kdf["memory_kib"] = 8 * 1024 - 1
    elif change == "parallelism 0":
        kdf["parallelism"] = 0
    elif change == "parallelism 17":
        kdf["parallelism"] = 17
    elif change == "40 slots":
        doc["slots"] = [slot] * 40
    elif change == "5 slots":
        doc["slots"] = [slot] * 5
    elif change == "no slots":
        doc["slots"] = []
    elif change == "short salt":
        slot["salt"] = "AAAA"
    elif change == "fractional":
        kdf["time_cost"] = 1.5
    else:  # pragma: no cover
        raise AssertionError(change)


CHANGES = [
    "huge time",
    "time 21",
    "time 0",
    "huge memory",
    "tiny memory",
    "parallelism 0",
    "parallelism 17",
    "40 slots",
    "5 slots",
    "fractional",
    "short salt",
]


@pytest.mark.parametrize("change", CHANGES)
def test_key_file_outside_sane_bounds_is_damaged_before_deriving(
    paths, created, monkeypatch, change
) -> None:
    created[0].close()
    doc = json.loads(paths.key_slots.read_text())
    _tamper(doc, change)
    paths.key_slots.write_text(json.dumps(doc))
    monkeypatch.setattr(keyslots, "hash_secret_raw", _no_derivation)
    with pytest.raises(JournalDamaged, match="key file is damaged"):
        opening.open_journal(paths, PASSPHRASE)


def test_bounds_accept_the_parameters_we_write() -> None:
    master = bytes(new_master_key())
    for params in (FAST_TEST_KDF, keyslots.DEFAULT_KDF):
        slot = wrap_with_passphrase(master, "a passphrase", "j", FAST_TEST_KDF)
        slot = type(slot)(params, slot.salt, slot.nonce, slot.wrapped_key, slot.created_at)
        raw = KeySlotFile("j", key_check(master), (slot,) * 4).to_bytes()
        assert len(KeySlotFile.from_bytes(raw).slots) == 4


@pytest.mark.parametrize("change", ["huge time", "huge memory", "40 slots"])
def test_restore_refuses_a_backup_with_an_unbounded_key_file(
    paths, journal, tmp_path, monkeypatch, change
) -> None:
    (tmp_path / "usb").mkdir()
    written = backups.write_backup(journal, tmp_path / "usb" / "b")
    journal.close()
    crafted = tmp_path / "crafted.icbackup"
    with zipfile.ZipFile(written) as src, zipfile.ZipFile(crafted, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "keyslots.json":
                doc = json.loads(data)
                _tamper(doc, change)
                data = json.dumps(doc).encode()
            dst.writestr(name, data)
    before = paths.database.read_bytes()
    monkeypatch.setattr(keyslots, "hash_secret_raw", _no_derivation)
    with pytest.raises(JournalDamaged):
        backups.restore_backup(paths, crafted, PASSPHRASE)
    assert paths.database.read_bytes() == before


# --- Unicode normalisation ---------------------------------------------------------------------

NFC = unicodedata.normalize("NFC", "café crème brûlée")
NFD = unicodedata.normalize("NFD", NFC)


def test_passphrase_typed_in_nfd_opens_a_journal_made_in_nfc() -> None:
    assert NFC != NFD
    master = bytes(new_master_key())
    slot = wrap_with_passphrase(master, NFC, "j", FAST_TEST_KDF)
    slots = KeySlotFile("j", key_check(master), (slot,))
    assert bytes(slots.unlock(NFD)) == master
    assert bytes(slots.unlock(NFC)) == master
    with pytest.raises(WrongPassphrase):
        slots.unlock("cafe creme brulee")


def test_a_new_slot_is_wrapped_with_the_nfc_form() -> None:
    master = bytes(new_master_key())
    slot = wrap_with_passphrase(master, NFD, "j", FAST_TEST_KDF)
    raw = keyslots.hash_secret_raw(
        NFC.encode("utf-8"),
        slot.salt,
        time_cost=FAST_TEST_KDF.time_cost,
        memory_cost=FAST_TEST_KDF.memory_kib,
        parallelism=FAST_TEST_KDF.parallelism,
        hash_len=32,
        type=keyslots.Type.ID,
    )
    assert raw == keyslots.derive_key(NFD, slot.salt, FAST_TEST_KDF)


def test_journals_wrapped_before_normalisation_still_open(monkeypatch) -> None:
    """A slot made from the raw NFD string (before the change) opens with that same string."""
    master = bytes(new_master_key())
    slot = wrap_with_passphrase(master, NFC, "j", FAST_TEST_KDF)
    # Re-wrap by hand exactly as the old code did: the passphrase's own bytes, no normalising.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapping = keyslots.hash_secret_raw(
        NFD.encode("utf-8"),
        slot.salt,
        time_cost=1,
        memory_cost=8192,
        parallelism=1,
        hash_len=32,
        type=keyslots.Type.ID,
    )
    old = type(slot)(
        FAST_TEST_KDF,
        slot.salt,
        slot.nonce,
        AESGCM(wrapping).encrypt(slot.nonce, master, b"innerchild-keyslots/1/j"),
        slot.created_at,
    )
    slots = KeySlotFile("j", key_check(master), (old,))
    assert bytes(slots.unlock(NFD)) == master


# --- two setups racing -------------------------------------------------------------------------


def test_create_checks_again_under_the_lock(paths, tmp_path, monkeypatch) -> None:
    """Simulate the interleaving: another setup finishes between our check and our lock."""
    from innerchild_desktop.paths import JournalPaths

    other = JournalPaths(tmp_path / "other")
    first, _ = opening.create_journal(other, PASSPHRASE, FAST_TEST_KDF)
    first.close()
    real_lock = opening.JournalLock

    class SlowLock(real_lock):  # type: ignore[misc,valid-type]
        def acquire(self) -> None:
            # The other setup completes right now, before our lock is taken.
            paths.root.mkdir(parents=True, exist_ok=True)
            paths.key_slots.write_bytes(other.key_slots.read_bytes())
            paths.database.write_bytes(other.database.read_bytes())
            super().acquire()

    monkeypatch.setattr(opening, "JournalLock", SlowLock)
    with pytest.raises(JournalExists):
        opening.create_journal(paths, "another passphrase here", FAST_TEST_KDF)
    monkeypatch.setattr(opening, "JournalLock", real_lock)
    assert paths.database.read_bytes() == other.database.read_bytes()
    assert paths.key_slots.read_bytes() == other.key_slots.read_bytes()
    with opening.open_journal(paths, PASSPHRASE) as again:
        assert again.verify().ok


def test_create_never_replaces_a_database_that_appears_while_it_works(paths, monkeypatch) -> None:
    """Even if a database appears after the check under the lock, it is not replaced."""
    real_wrap = opening.wrap_with_passphrase

    def and_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        paths.database.write_bytes(b"someone else's journal")
        return real_wrap(*args, **kwargs)

    monkeypatch.setattr(opening, "wrap_with_passphrase", and_meanwhile)
    with pytest.raises(JournalExists):
        opening.create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    assert paths.database.read_bytes() == b"someone else's journal"
    assert not list(paths.root.glob("*.new"))


def test_two_processes_racing_to_create_leave_one_journal(tmp_path) -> None:
    import subprocess
    import sys

    root = tmp_path / "journal"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from innerchild_desktop.paths import JournalPaths\n"
        "from innerchild_desktop.domain.errors import InnerChildError\n"
        "from innerchild_desktop.store.keyslots import FAST_TEST_KDF\n"
        "from innerchild_desktop.store.opening import create_journal\n"
        "try:\n"
        "    j, _ = create_journal(JournalPaths(Path(sys.argv[1])), sys.argv[2], FAST_TEST_KDF)\n"
        "    j.close()\n"
        "    print('created')\n"
        "except InnerChildError as e:\n"
        "    print(type(e).__name__)\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(root), f"racing passphrase {n}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    results = [p.communicate(timeout=120)[0].strip() for p in procs]
    winners = [n for n, r in enumerate(results) if r == "created"]
    assert len(winners) == 1, results
    assert all(r in ("created", "JournalExists", "JournalInUse") for r in results)
    from innerchild_desktop.paths import JournalPaths

    with opening.open_journal(JournalPaths(root), f"racing passphrase {winners[0]}") as j:
        assert j.verify().ok


# --- Issue 15 (minor d): the documented 256 MiB floor, and older weak slots strengthened ---------


def test_calibration_never_goes_below_the_documented_256_mib(monkeypatch) -> None:
    monkeypatch.delenv(keyslots.INSECURE_FAST_KDF_ENV, raising=False)
    clock = iter(range(0, 10_000, 2))  # every derivation "takes" two seconds: a busy machine
    monkeypatch.setattr(keyslots.time, "perf_counter", lambda: float(next(clock)))
    monkeypatch.setattr(keyslots, "derive_key", lambda *args: b"")
    params = keyslots.calibrate_kdf()
    assert params.memory_kib == 256 * 1024 == keyslots.FLOOR_KDF.memory_kib
    assert params.time_cost == 1


def test_a_slot_below_the_floor_is_rewrapped_stronger_after_unlock(paths, monkeypatch) -> None:
    weak = keyslots.KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1)
    journal, recovery = opening.create_journal(paths, "an old gentle passphrase", weak)
    journal.close()
    stronger = keyslots.KdfParams(memory_kib=16 * 1024, time_cost=2, parallelism=1)
    monkeypatch.setattr(keyslots, "kdf_floor", lambda: stronger)
    monkeypatch.setattr(keyslots, "calibrate_kdf", lambda *a, **k: stronger)

    before = paths.key_slots.read_bytes()
    with pytest.raises(WrongPassphrase):
        opening.open_journal(paths, "not it")
    assert paths.key_slots.read_bytes() == before  # a wrong passphrase rewraps nothing

    opening.open_journal(paths, "an old gentle passphrase").close()
    slots = keyslots.KeySlotFile.load(paths.key_slots)
    assert [s.kdf for s in slots.slots] == [stronger]
    assert slots.key_check == keyslots.KeySlotFile.from_bytes(before).key_check
    with opening.open_journal(paths, "an old gentle passphrase") as again:  # same passphrase
        assert again.recovery_key() == recovery  # same master key
    after = paths.key_slots.read_bytes()
    opening.open_journal(paths, "an old gentle passphrase").close()
    assert paths.key_slots.read_bytes() == after  # strong enough now: left as it is
