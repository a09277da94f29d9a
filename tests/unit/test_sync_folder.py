"""The shared sync folder: vault, write-once batches, device records, blobs, and how a reader
judges every file a sync tool may leave there (store/sync_folder.py, sync_vault.py,
sync_records.py, sync_crypto.py)."""

from __future__ import annotations

import errno
import hashlib
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerchild_desktop.store import sync_crypto, sync_vault
from innerchild_desktop.store.keyslots import FAST_TEST_KDF
from innerchild_desktop.store.sync_folder import (
    BatchFile,
    Patience,
    Status,
    SyncVault,
    SyncVaultDamaged,
    SyncVaultExists,
    SyncVaultMissing,
    SyncVaultTooNew,
    WrongSyncPassphrase,
    batch_name,
    create_vault,
    list_batches,
    next_seq,
    open_batch,
    open_vault,
    seal_batch,
    sync_root,
    write_batch,
)
from innerchild_desktop.store.sync_records import (
    DeviceRecord,
    blob_name,
    read_blob,
    read_devices,
    write_blob,
    write_device,
)

PASS = "a gentle sync passphrase"
SECRET_WORDS = ["Marmalade", "grandmother's attic", "Zephyrine", "bluebell-tag", "Oskarsson"]


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def op(n: int, text: str = "hello") -> dict[str, object]:
    return {"op_id": f"{n:032x}", "entity": "entry", "field": "body", "value": text}


def listed(folder: Path, vault: SyncVault, **kwargs: object) -> list[BatchFile]:
    return list(list_batches(folder, vault, **kwargs))


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SyncVault]:
    folder = tmp_path_factory.mktemp("shared")
    return folder, create_vault(folder, PASS, FAST_TEST_KDF)


@pytest.fixture
def folder(tmp_path: Path, shared: tuple[Path, SyncVault]) -> Path:
    """A fresh folder holding a copy of the module's vault file (Argon2id once per module)."""
    root = sync_root(tmp_path)
    root.mkdir()
    (root / "vault").write_bytes((sync_root(shared[0]) / "vault").read_bytes())
    return tmp_path


@pytest.fixture
def vault(shared: tuple[Path, SyncVault]) -> SyncVault:
    return shared[1]


# --- vault --------------------------------------------------------------------------------------


def test_vault_opens_with_its_passphrase_only(folder: Path, vault: SyncVault) -> None:
    opened = open_vault(folder, PASS)
    assert opened == vault and len(opened.data_key) == 32 and len(opened.vault_id) == 32
    assert vault.data_key.hex() not in repr(vault)
    with pytest.raises(WrongSyncPassphrase, match="doesn't open this sync folder"):
        open_vault(folder, PASS + " ")
    # The subfolder itself may be chosen too.
    assert open_vault(sync_root(folder), PASS) == vault


def test_passphrase_in_another_unicode_form_opens(tmp_path: Path) -> None:
    made = create_vault(tmp_path, "caf\u00e9 au lait", FAST_TEST_KDF)
    assert open_vault(tmp_path, "cafe\u0301 au lait") == made


def test_vault_is_never_rewritten(folder: Path) -> None:
    path = sync_root(folder) / "vault"
    before = path.read_bytes()
    with pytest.raises(SyncVaultExists):
        create_vault(folder, "another passphrase", FAST_TEST_KDF)
    assert path.read_bytes() == before
    assert sorted(p.name for p in sync_root(folder).iterdir()) == ["vault"]


def test_new_vault_makes_the_layout(tmp_path: Path) -> None:
    made = create_vault(tmp_path, PASS, FAST_TEST_KDF)
    root = tmp_path / "InnerChild-sync"
    assert sorted(p.name for p in root.iterdir()) == ["blobs", "devices", "ops", "vault"]
    assert made.data_key not in (root / "vault").read_bytes()
    assert (root / "vault").read_bytes().startswith(b"ICSYNC1\x01\x01")


def test_damaged_vault_is_told_apart_from_a_wrong_passphrase(folder: Path) -> None:
    path = sync_root(folder) / "vault"
    good = path.read_bytes()
    for damage in (
        good[:-1],
        good[:20],
        b"",
        good[:60] + bytes([good[60] ^ 1]) + good[61:],  # a bit flipped in the body
        good[:-40] + bytes([good[-40] ^ 1]) + good[-39:],  # ... in the wrapped key
        good + b"\n",
    ):
        path.write_bytes(damage)
        with pytest.raises(SyncVaultDamaged, match="doesn't open"):
            open_vault(folder, PASS)
    newer = bytearray(good)
    newer[7] = 2
    path.write_bytes(bytes(newer))
    with pytest.raises(SyncVaultTooNew):
        open_vault(folder, PASS)
    path.unlink()
    with pytest.raises(SyncVaultMissing):
        open_vault(folder, PASS)


def test_out_of_bounds_kdf_is_refused_before_deriving(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_vault(tmp_path, PASS, FAST_TEST_KDF.__class__(memory_kib=1024, time_cost=1))
    assert not (tmp_path / "InnerChild-sync" / "vault").exists()


# --- batches ------------------------------------------------------------------------------------


def test_batches_round_trip_in_seq_order(folder: Path, vault: SyncVault) -> None:
    for seq in (3, 1, 2):  # written out of order, as a sync tool may deliver them
        write_batch(folder, vault, "laptop", seq, [op(seq, f"text {seq}")])
    write_batch(folder, vault, "desktop", 1, [op(9), op(10)])
    got = listed(folder, vault)
    assert [(b.device_id, b.seq, b.status) for b in got] == [
        ("desktop", 1, Status.OK),
        ("laptop", 1, Status.OK),
        ("laptop", 2, Status.OK),
        ("laptop", 3, Status.OK),
    ]
    assert got[1].ops == [op(1, "text 1")] and got[1].name == "ops/laptop/00000001.batch"
    assert [b.seq for b in listed(folder, vault, applied={"laptop": 2})] == [1, 3]
    assert [b.device_id for b in listed(folder, vault, skip_devices=frozenset({"laptop"}))] == [
        "desktop"
    ]
    assert next_seq(folder, "laptop") == 4 and next_seq(folder, "phone") == 1


def test_a_batch_is_never_overwritten(folder: Path, vault: SyncVault) -> None:
    path = write_batch(folder, vault, "laptop", 1, [op(1, "first")])
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        write_batch(folder, vault, "laptop", 1, [op(2, "second")])
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["00000001.batch"]  # no .tmp left


def test_write_once_without_hard_links_still_refuses_to_overwrite(
    folder: Path, vault: SyncVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "no hard links on this file system")

    monkeypatch.setattr(sync_vault.os, "link", no_links)
    path = write_batch(folder, vault, "laptop", 1, [op(1)])
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        write_batch(folder, vault, "laptop", 1, [op(2)])
    assert path.read_bytes() == before
    assert [b.ops for b in listed(folder, vault)] == [[op(1)]]
    assert sorted(p.name for p in path.parent.iterdir()) == ["00000001.batch"]


def test_bad_positions_and_payloads_are_refused(vault: SyncVault) -> None:
    for device, seq in (("", 1), ("../x", 1), ("a" * 65, 1), ("laptop", -1), ("laptop", 10**8)):
        with pytest.raises(ValueError):
            seal_batch(vault, device, seq, [])
    with pytest.raises(ValueError):
        seal_batch(vault, "laptop", 1, [{"value": float("nan")}])
    with pytest.raises(ValueError):
        seal_batch(vault, "laptop", 1, ["not a dict"])


def test_padding_hides_small_size_differences(vault: SyncVault) -> None:
    a = seal_batch(vault, "laptop", 1, [op(1, "short")])
    b = seal_batch(vault, "laptop", 2, [op(2, "a somewhat longer text, still small"), op(3)])
    assert len(a) == len(b)
    big = seal_batch(vault, "laptop", 3, [op(n, os.urandom(40).hex()) for n in range(40)])
    assert len(big) > len(a)
    assert sync_crypto.bucket(1) == 1024 and sync_crypto.bucket(1025) == 2048
    assert sync_crypto.bucket(3 * 1024 * 1024 + 1) == 4 * 1024 * 1024


def test_truncated_and_half_copied_batches_are_not_yet_then_arrive(
    folder: Path, vault: SyncVault
) -> None:
    good = seal_batch(vault, "laptop", 1, [op(1)])
    path = sync_root(folder) / batch_name("laptop", 1)
    path.parent.mkdir(parents=True)
    patience = Patience(now=Clock())
    for cut in (0, 3, 7, 20, 40, len(good) // 2, len(good) - 1):
        path.write_bytes(good[:cut])
        (found,) = listed(folder, vault, patience=patience)
        assert found.status is Status.NOT_YET and found.ops == []
    path.write_bytes(good[:100] + bytes(len(good) - 100))  # preallocated, zero-filled tail
    assert listed(folder, vault, patience=patience)[0].status is Status.NOT_YET
    path.write_bytes(good)
    assert listed(folder, vault, patience=patience)[0].ops == [op(1)]


def test_a_file_that_never_opens_becomes_damaged_after_patience(
    folder: Path, vault: SyncVault
) -> None:
    path = write_batch(folder, vault, "laptop", 1, [op(1)])
    good = path.read_bytes()
    flipped = bytearray(good)
    flipped[-5] ^= 0x10
    path.chmod(0o600)
    path.write_bytes(bytes(flipped))
    clock = Clock()
    patience = Patience(attempts=3, seconds=600, now=clock)
    seen = []
    for t in (0, 1, 2, 700):  # three attempts quickly: still not yet; then the time has passed
        clock.t = t
        seen.append(listed(folder, vault, patience=patience)[0].status)
    assert seen == [Status.NOT_YET] * 3 + [Status.DAMAGED]
    flipped[-6] ^= 0x10  # the bytes changed: a copy in progress, patience starts over
    path.write_bytes(bytes(flipped))
    assert listed(folder, vault, patience=patience)[0].status is Status.NOT_YET
    path.write_bytes(good)
    assert listed(folder, vault, patience=patience)[0].status is Status.OK


def test_a_renamed_batch_is_never_applied(folder: Path, vault: SyncVault) -> None:
    write_batch(folder, vault, "laptop", 1, [op(1)])
    second = write_batch(folder, vault, "laptop", 2, [op(2)])
    second.rename(second.with_name("00000003.batch"))
    other = sync_root(folder) / "ops" / "desktop"
    other.mkdir()
    (sync_root(folder) / batch_name("laptop", 1)).rename(other / "00000001.batch")
    got = {(b.device_id, b.seq): b.status for b in listed(folder, vault)}
    assert got == {("desktop", 1): Status.NOT_YET, ("laptop", 3): Status.NOT_YET}


def test_stray_folders_and_files_in_ops_are_ignored(folder: Path, vault: SyncVault) -> None:
    good = write_batch(folder, vault, "laptop", 1, [op(1)])
    ops = sync_root(folder) / "ops"
    for stray in ("laptop (conflicted copy)", ".stfolder", "Laptop.sync-conflict-1"):
        (ops / stray).mkdir()
        (ops / stray / "00000001.batch").write_bytes(good.read_bytes())
    (ops / "desktop").write_bytes(b"a file where a folder should be")
    (good.parent / "notes.txt").write_text("not ours")
    assert [(b.device_id, b.seq, b.status) for b in listed(folder, vault)] == [
        ("laptop", 1, Status.OK)
    ]


def test_a_batch_from_another_vault_is_foreign(
    folder: Path, vault: SyncVault, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other_folder = tmp_path_factory.mktemp("other")
    other = SyncVault("ab" * 16, os.urandom(32))
    alien = write_batch(other_folder, other, "laptop", 1, [op(1)])
    write_batch(folder, vault, "laptop", 1, [op(2)])
    target = sync_root(folder) / batch_name("laptop", 2)
    target.write_bytes(alien.read_bytes())
    assert [b.status for b in listed(folder, vault)] == [Status.OK, Status.FOREIGN]
    same_id_other_key = SyncVault(vault.vault_id, os.urandom(32))
    assert [b.status for b in listed(folder, same_id_other_key)] == [
        Status.NOT_YET,
        Status.FOREIGN,
    ]


CONFLICT_NAMES = [
    "00000001.sync-conflict-20261203-101010-ABCDEFG.batch",
    "00000001 (conflicted copy 2026-12-03).batch",
    "00000001 (Case Conflict).batch",
    ".syncthing.00000001.batch.tmp",
    "~syncthing~00000001.batch.tmp",
    ".00000001.batch.1a2b3c4d.tmp",
]


@pytest.mark.parametrize("copy_name", CONFLICT_NAMES)
def test_conflict_copies_count_only_if_they_open_as_their_batch(
    folder: Path, vault: SyncVault, copy_name: str
) -> None:
    good = write_batch(folder, vault, "laptop", 1, [op(1)])
    copy = good.with_name(copy_name)
    copy.write_bytes(good.read_bytes())
    # Canonical file fine: the copy is not even read; the batch comes once.
    assert [(b.seq, b.name) for b in listed(folder, vault)] == [(1, "ops/laptop/00000001.batch")]
    # Canonical file half-copied: the complete conflict copy stands in (a duplicate is harmless).
    good.write_bytes(good.read_bytes()[:50])
    (found,) = listed(folder, vault)
    assert (found.status, found.name, found.ops) == (Status.OK, f"ops/laptop/{copy_name}", [op(1)])
    # A conflict copy that does not open is ignored silently.
    good.unlink()
    copy.write_bytes(copy.read_bytes()[:-3])
    junk = copy.with_name("00000002.sync-conflict-x.batch")
    junk.write_bytes(b"not a batch at all")
    assert listed(folder, vault) == []


def test_duplicated_batch_under_another_device_folder_is_not_applied(
    folder: Path, vault: SyncVault
) -> None:
    good = write_batch(folder, vault, "laptop", 1, [op(1)])
    elsewhere = sync_root(folder) / "ops" / "desktop"
    elsewhere.mkdir()
    (elsewhere / "00000001.sync-conflict-x.batch").write_bytes(good.read_bytes())
    assert [(b.device_id, b.status) for b in listed(folder, vault)] == [("laptop", Status.OK)]


# --- device records and blobs -------------------------------------------------------------------


def test_device_records_round_trip_and_only_grow(folder: Path, vault: SyncVault) -> None:
    assert write_device(folder, vault, "laptop", "Laptop at home", {"desktop": 4}) == 1
    assert write_device(folder, vault, "laptop", "Laptop at home", {"desktop": 7}) == 2
    write_device(folder, vault, "desktop", "Work desktop", {})
    (sync_root(folder) / "devices" / "laptop (conflicted copy)").write_bytes(b"junk")
    got = read_devices(folder, vault)
    assert got == {
        "desktop": DeviceRecord("desktop", "Work desktop", {}, 1),
        "laptop": DeviceRecord("laptop", "Laptop at home", {"desktop": 7}, 2),
    }
    assert sorted(p.name for p in (sync_root(folder) / "devices").iterdir()) == [
        "desktop",
        "laptop",
        "laptop (conflicted copy)",
    ]
    devices = sync_root(folder) / "devices"
    (devices / "desktop").write_bytes((devices / "laptop").read_bytes())  # swapped
    assert read_devices(folder, vault)["desktop"] is Status.NOT_YET


def test_blobs_are_named_by_keyed_hash_and_written_once(folder: Path, vault: SyncVault) -> None:
    content = b"\x89PNG a photo of the garden" * 100
    name = write_blob(folder, vault, content)
    path = sync_root(folder) / "blobs" / name
    assert name == blob_name(vault, content) and len(name) == 64
    assert name != hashlib.sha256(content).hexdigest()
    inode = path.stat().st_ino
    assert write_blob(folder, vault, content) == name and path.stat().st_ino == inode
    assert read_blob(folder, vault, name) == content
    assert read_blob(folder, vault, "0" * 64) is Status.NOT_YET
    path.write_bytes(path.read_bytes()[:-1])
    assert read_blob(folder, vault, name) is Status.NOT_YET
    with pytest.raises(ValueError):
        read_blob(folder, vault, "../vault")


# --- nothing leaks ------------------------------------------------------------------------------


def _texts(data: bytes) -> list[bytes]:
    """The file's bytes, and anything a zlib stream starting at any offset inflates to."""
    found = [data]
    for at in range(len(data) - 1):
        if data[at] == 0x78:
            try:
                found.append(zlib.decompressobj().decompress(data[at:], 1 << 20))
            except zlib.error:
                continue
    return found


def test_plaintext_scan_of_the_folder_finds_no_personal_word(
    folder: Path, vault: SyncVault
) -> None:
    write_batch(folder, vault, "laptop", 1, [op(1, " ".join(SECRET_WORDS))])
    write_batch(folder, vault, "laptop", 2, [op(2, " ".join(SECRET_WORDS) * 200)])  # compresses
    write_batch(folder, vault, "laptop", 3, [op(3, SECRET_WORDS[0] + os.urandom(600).hex())])
    write_device(folder, vault, "laptop", SECRET_WORDS[4] + "'s laptop", {"desktop": 1})
    write_blob(folder, vault, " ".join(SECRET_WORDS).encode() * 50)
    files = [p for p in sync_root(folder).rglob("*") if p.is_file()]
    assert len(files) == 6
    for path in files:
        for text in _texts(path.read_bytes()):
            for word in SECRET_WORDS:
                for form in (word.encode(), word.lower().encode(), word.encode("utf-16-le")):
                    assert form not in text, (path.name, word)


# --- with the shared operation format -----------------------------------------------------------


def test_operations_round_trip_through_a_batch(folder: Path, vault: SyncVault) -> None:
    sync_ops = pytest.importorskip("innerchild_desktop.domain.sync_ops")
    clock = sync_ops.HlcClock("laptop", now_ms=lambda: 1_764_000_000_000)
    ops = [
        sync_ops.Operation.new(clock, "entry", "e1", "*create", {"title": "Zephyrine"}),
        sync_ops.Operation.new(clock, "entry", "e1", "body", "Marmalade \u00e9t\u00e9"),
        sync_ops.Operation.new(clock, "entry", "e1", "tag:+bluebell-tag"),
    ]
    write_batch(folder, vault, "laptop", 1, [o.to_dict() for o in ops])
    (found,) = listed(folder, vault)
    assert [sync_ops.Operation.from_dict(d) for d in found.ops] == ops


# --- fuzz ---------------------------------------------------------------------------------------

_FUZZ_VAULT = SyncVault("cd" * 16, bytes(range(32)))
_GOOD = seal_batch(_FUZZ_VAULT, "laptop", 2, [op(1, "fuzz me"), op(2)])
_NOT_OK = {sync_crypto.Problem.SHORT, sync_crypto.Problem.BAD, sync_crypto.Problem.FOREIGN}
_NOT_OK |= {sync_crypto.Problem.TOO_NEW, sync_crypto.Problem.INVALID}


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(_GOOD)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete", "set"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        else:
            data[at : at + 1] = bytes([draw(st.integers(0, 255))])
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2048), mutated(), st.just(_GOOD[:7] + b"\x01\x03")))
def test_fuzz_anything_but_the_batch_never_opens_and_never_raises(data: bytes) -> None:
    result = open_batch(_FUZZ_VAULT, "laptop", 2, data)
    if data == _GOOD:
        assert isinstance(result, list)
    else:
        assert result in _NOT_OK
        status = Patience(attempts=1, seconds=0).judge("x", data, result)
        assert status in {Status.NOT_YET, Status.DAMAGED, Status.FOREIGN, Status.TOO_NEW}
