"""A passphrase change costs two key derivations (old and new) and keeps the setup's KDF
calibration; calibrating again happens only when asked (issue 20)."""

from __future__ import annotations

import pytest

from innerchild_desktop.domain.errors import InvalidInput, WrongPassphrase
from innerchild_desktop.services.access import AccessService
from innerchild_desktop.store import keyslots, opening
from innerchild_desktop.store.keyslots import KdfParams, KeySlotFile
from tests.conftest import PASSPHRASE

NEW = "walnut lantern meadow cello"


@pytest.fixture
def derivations(monkeypatch) -> list[KdfParams]:
    """Every Argon2id derivation made, by its parameters; calibrating fails the test."""
    made: list[KdfParams] = []
    real = keyslots._derive_raw

    def counted(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        made.append(params)
        return real(passphrase, salt, params)

    def no_calibration(*args: object, **kwargs: object) -> KdfParams:
        raise AssertionError("a passphrase change calibrated the KDF unasked")

    monkeypatch.setattr(keyslots, "_derive_raw", counted)
    monkeypatch.setattr(keyslots, "calibrate_kdf", no_calibration)
    return made


def _slot_kdf(paths) -> KdfParams:
    return KeySlotFile.load(paths.key_slots).slots[0].kdf


def test_a_change_derives_the_old_and_the_new_key_only(paths, journal, derivations) -> None:
    before = _slot_kdf(paths)
    AccessService(paths).change_passphrase(journal, PASSPHRASE, NEW)
    assert len(derivations) == 2
    assert _slot_kdf(paths) == before  # the setup's calibration, kept
    journal.close()
    opening.open_journal(paths, NEW).close()


def test_a_change_after_opening_derives_only_the_new_key(paths, journal, derivations) -> None:
    """The command line opened the journal with the old passphrase just before."""
    AccessService(paths).change_passphrase(journal, None, NEW)
    assert len(derivations) == 1
    journal.close()
    with pytest.raises(WrongPassphrase):
        opening.open_journal(paths, PASSPHRASE)
    opening.open_journal(paths, NEW).close()


def test_without_the_old_passphrase_a_locked_journal_changes_nothing(paths, journal) -> None:
    before = paths.key_slots.read_bytes()
    journal.close()  # locking zeroes the key: it must never be wrapped
    with pytest.raises(InvalidInput):
        AccessService(paths).change_passphrase(journal, None, NEW)
    assert paths.key_slots.read_bytes() == before


def test_recalibrating_is_on_request(paths, journal, monkeypatch) -> None:
    measured = KdfParams(memory_kib=16 * 1024, time_cost=1, parallelism=1)
    calls: list[int] = []

    def calibrate(*args: object, **kwargs: object) -> KdfParams:
        calls.append(1)
        return measured

    monkeypatch.setattr("innerchild_desktop.services.access.calibrate_kdf", calibrate)
    AccessService(paths).change_passphrase(journal, PASSPHRASE, NEW, recalibrate=True)
    assert calls == [1]
    assert _slot_kdf(paths) == measured
    journal.close()
    opening.open_journal(paths, NEW).close()


def test_a_slot_below_the_floor_is_calibrated_again(paths, journal, monkeypatch) -> None:
    stronger = KdfParams(memory_kib=16 * 1024, time_cost=1, parallelism=1)
    monkeypatch.setattr(keyslots, "kdf_floor", lambda: stronger)
    monkeypatch.setattr(keyslots, "calibrate_kdf", lambda *a, **k: stronger)
    AccessService(paths).change_passphrase(journal, PASSPHRASE, NEW)
    assert _slot_kdf(paths) == stronger
