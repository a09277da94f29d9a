"""Project-wide test fixtures and guards.

- Qt runs offscreen by default.
- Any attempt to open an internet socket fails the test (the app makes no network calls).
- User data never escapes into the real home: every test gets its own data dir and config dir.
"""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection


class NetworkAccessInTest(AssertionError):
    """Raised when code under test tries to reach the network."""


def _is_internet(address: object, family: int) -> bool:
    # Unix domain sockets (D-Bus, PulseAudio) are local IPC, not network access.
    return family in (socket.AF_INET, socket.AF_INET6)


def _guarded_connect(self: socket.socket, address: object) -> None:
    if _is_internet(address, self.family):
        raise NetworkAccessInTest(f"test tried to open a network connection to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if _is_internet(address, self.family):
        raise NetworkAccessInTest(f"test tried to open a network connection to {address!r}")
    return _real_connect_ex(self, address)


def _guarded_create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
    raise NetworkAccessInTest(f"test tried to open a network connection to {address!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "create_connection", _guarded_create_connection)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("INNERCHILD_DATA_DIR", raising=False)
    # The tests speak English whatever the machine's language (the prompt library, spelling and
    # words follow the system language; tests of other languages set theirs themselves).
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _english() -> None:
    """Every test starts in English, with the English plural forms ("1 entry", "2 entries");
    a test of another language installs its own."""
    from innerchild_desktop.services.translations import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap Argon2id for journals the tests create (subprocesses inherit it)."""
    monkeypatch.setenv("INNERCHILD_INSECURE_FAST_KDF", "1")


PASSPHRASE = "a gentle test passphrase"


@pytest.fixture
def paths(tmp_path: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from innerchild_desktop.paths import JournalPaths

    return JournalPaths(tmp_path / "journal")  # type: ignore[operator]


@pytest.fixture
def created(paths):  # type: ignore[no-untyped-def]
    """A new journal, open; yields (journal, recovery_key) and closes it afterwards."""
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from innerchild_desktop.store.opening import create_journal

    journal, recovery = create_journal(paths, PASSPHRASE, FAST_TEST_KDF)
    yield journal, recovery
    journal.close()


@pytest.fixture
def journal(created):  # type: ignore[no-untyped-def]
    return created[0]


def snapshot_dir(root) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """Every file under root with its bytes: for "a failed open writes nothing" checks."""
    from pathlib import Path

    base = Path(root)
    return {
        str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()
    }
