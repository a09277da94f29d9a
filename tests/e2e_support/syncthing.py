"""Two real Syncthing instances on loopback, sharing one folder, for end-to-end sync tests.

Each instance has its own home (config, keys, database) under the test's tmp_path, its GUI/REST
API on 127.0.0.1 with an API key we choose, and the sync protocol on tcp://127.0.0.1 only.
Discovery (global and local), relays, NAT traversal, STUN, usage reporting, crash reporting and
upgrades are all off, so nothing leaves the machine. Each process runs in its own process group
and is killed with it at teardown.

The test process talks to the REST API over loopback only: `allow_loopback(monkeypatch)` widens
the project's no-network guard (tests/conftest.py) to 127.0.0.1 and ::1, nothing else.

Convergence is waited for by polling (`wait_until`) against a generous deadline: the deadline is
a way to give up with a useful message on a stuck run, never a timing assertion.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

SYNCTHING = shutil.which("syncthing")
SKIP_REASON = (
    "Syncthing is not installed: `apt-get install syncthing` (.ci/run installs it), "
    "so the end-to-end sync test through two real Syncthing instances cannot run here"
)
FOLDER_ID = "innerchild-e2e"
# Generous, because the machine is slow and shared; not a timing assertion.
DEADLINE_S = 120.0
LOOPBACK = frozenset({"127.0.0.1", "::1"})
# Files Syncthing itself keeps in a shared folder: its marker, versions and partial downloads.
_OWN_NAMES = (".stfolder", ".stversions", ".stignore")
_GENERATE_FLAGS = ("--no-default-folder", "--skip-port-probing")
_SERVE_FLAGS = ("--no-browser", "--no-restart", "--no-upgrade", "--logflags=3")


class NotConverged(AssertionError):
    """A polled condition did not come true before the (generous) deadline."""


def wait_until[T](
    predicate: Callable[[], T],
    deadline: float = DEADLINE_S,
    interval: float = 0.5,
    describe: Callable[[], str] | None = None,
) -> T:
    """Call `predicate` until it returns something truthy and return that; poll, never assert time.

    On giving up, raise NotConverged with `describe()` (the state seen last) so a failure says
    what was missing rather than how long it took.
    """
    give_up = time.monotonic() + deadline
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= give_up:
            state = describe() if describe else repr(value)
            raise NotConverged(f"not converged after {deadline:.0f} s; last seen: {state}")
        time.sleep(interval)


def allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let this test reach 127.0.0.1/::1 (the Syncthing REST APIs it started), and nothing else."""
    from tests import conftest

    def host_of(address: object) -> str:
        return str(address[0]) if isinstance(address, tuple) and address else ""

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and host_of(address) not in LOOPBACK:
            raise conftest.NetworkAccessInTest(f"test tried to connect to {address!r}")
        return conftest._real_connect(self, address)

    def create_connection(address: object, *args: Any, **kwargs: Any) -> socket.socket:
        if host_of(address) not in LOOPBACK:
            raise conftest.NetworkAccessInTest(f"test tried to connect to {address!r}")
        return conftest._real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)


def free_ports(count: int) -> list[int]:
    """Distinct free TCP ports on 127.0.0.1 (held together while choosing, then released)."""
    with ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
        return ports


def tree_digest(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file in a shared folder, minus Syncthing's own files."""
    digest: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if rel.parts[0] in _OWN_NAMES or is_syncthing_temp(path.name) or not path.is_file():
            continue
        try:
            digest[rel.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        except FileNotFoundError:  # renamed away while we looked: the next poll sees it
            continue
    return digest


def is_syncthing_temp(name: str) -> bool:
    return (name.startswith(".syncthing.") or name.startswith("~syncthing~")) and name.endswith(
        ".tmp"
    )


@dataclass
class Instance:
    """One Syncthing process: its home, the shared folder and how to reach its REST API."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    sync_port: int
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    device_id: str = ""
    config_version: str = "36"
    process: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.home / "syncthing.log"

    def generate(self) -> None:
        """Create keys and a first config, and read our device id from it."""
        assert SYNCTHING, SKIP_REASON
        self.home.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", *_GENERATE_FLAGS],
            check=True,
            capture_output=True,
            env=_syncthing_env(),
            timeout=DEADLINE_S,
        )
        root = ET.parse(self.home / "config.xml").getroot()
        device = root.find("device")
        assert device is not None, "syncthing generate wrote no device"
        self.device_id = device.attrib["id"]
        self.config_version = root.attrib.get("version", self.config_version)

    def write_config(self, peer: Instance) -> None:
        """Our whole config: one folder shared with `peer`, loopback only, everything else off."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        (self.home / "config.xml").write_text(
            _CONFIG.format(
                version=self.config_version,
                folder_id=FOLDER_ID,
                folder=_xml_text(str(self.folder)),
                me=self.device_id,
                my_name=self.name,
                my_port=self.sync_port,
                peer=peer.device_id,
                peer_name=peer.name,
                peer_port=peer.sync_port,
                gui_port=self.gui_port,
                api_key=self.api_key,
            ),
            encoding="utf-8",
        )

    def start(self) -> None:
        assert SYNCTHING, SKIP_REASON
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [SYNCTHING, "serve", f"--home={self.home}", *_SERVE_FLAGS],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_syncthing_env(),
                start_new_session=True,  # its own process group, killed whole at teardown
            )

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        for sig, grace in ((signal.SIGTERM, 15.0), (signal.SIGKILL, 15.0)):
            if process.poll() is not None:
                break
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                continue
        process.wait()

    # -- REST -----------------------------------------------------------------------------

    def rest(self, method: str, path: str, **params: str) -> Any:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}{query}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        # No proxy from the environment: the API is on loopback, always reached directly.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def is_up(self) -> bool:
        if self.process is None or self.process.poll() is not None:
            raise AssertionError(f"Syncthing {self.name} exited; log:\n{self.log_tail()}")
        try:
            status = self.rest("GET", "/rest/system/status")
        except OSError:
            return False
        return bool(status and status.get("myID") == self.device_id)

    def is_connected_to(self, peer: Instance) -> bool:
        connections = self.rest("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def folder_state(self) -> dict[str, Any]:
        return dict(self.rest("GET", "/rest/db/status", folder=FOLDER_ID))

    def scan(self) -> None:
        """Rescan the shared folder now instead of waiting for the watcher or the timer.

        Only a nudge: if Syncthing is busy or reconnecting, its own watcher and timer still scan.
        """
        with suppress(OSError):
            self.rest("POST", "/rest/db/scan", folder=FOLDER_ID)

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


@dataclass
class SyncthingPair:
    """Two instances, `a` and `b`, sharing FOLDER_ID between `a.folder` and `b.folder`."""

    a: Instance
    b: Instance

    @classmethod
    def create(cls, root: Path) -> SyncthingPair:
        gui_a, sync_a, gui_b, sync_b = free_ports(4)
        a = Instance("computer-a", root / "st-a", root / "folder-a", gui_a, sync_a)
        b = Instance("computer-b", root / "st-b", root / "folder-b", gui_b, sync_b)
        a.generate()
        b.generate()
        a.write_config(b)
        b.write_config(a)
        return cls(a, b)

    @property
    def both(self) -> tuple[Instance, Instance]:
        return (self.a, self.b)

    def start(self) -> None:
        for instance in self.both:
            instance.start()
        wait_until(lambda: all(i.is_up() for i in self.both), describe=self.describe)
        wait_until(
            lambda: self.a.is_connected_to(self.b) and self.b.is_connected_to(self.a),
            describe=self.describe,
        )

    def stop(self) -> None:
        for instance in self.both:
            instance.stop()

    def scan(self) -> None:
        for instance in self.both:
            instance.scan()

    def pause(self) -> None:
        """Both computers go offline from each other (files written now wait in each folder)."""
        for instance in self.both:
            instance.rest("POST", "/rest/system/pause")

    def resume(self) -> None:
        for instance in self.both:
            instance.rest("POST", "/rest/system/resume")
        wait_until(
            lambda: self.a.is_connected_to(self.b) and self.b.is_connected_to(self.a),
            describe=self.describe,
        )

    def folders_match(self) -> bool:
        """Both folders hold the same files with the same bytes, and at least one file."""
        self.scan()
        a, b = tree_digest(self.a.folder), tree_digest(self.b.folder)
        return bool(a) and a == b

    def wait_mirrored(self) -> None:
        wait_until(self.folders_match, interval=1.0, describe=self.describe)

    def describe(self) -> str:
        parts = []
        for i in self.both:
            files = sorted(tree_digest(i.folder)) if i.folder.exists() else []
            parts.append(f"{i.name}: files {files}\n--- log tail ---\n{i.log_tail(15)}")
        return "\n".join(parts)


@contextmanager
def running_pair(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SyncthingPair]:
    """Start two connected instances under `root`; stop them (process groups) on the way out."""
    allow_loopback(monkeypatch)
    pair = SyncthingPair.create(root)
    try:
        pair.start()
        yield pair
    finally:
        pair.stop()


def _syncthing_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if "proxy" not in k.lower() and not k.startswith("STN")  # no proxies, our own flags
    }
    env.update(
        STNOUPGRADE="1",
        STNORESTART="1",
        STNODEFAULTFOLDER="1",
        GOMAXPROCS="1",  # two shared cores; two tiny folders need little
    )
    return env


def _xml_text(value: str) -> str:
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


_CONFIG = """\
<configuration version="{version}">
    <folder id="{folder_id}" label="{folder_id}" path="{folder}" type="sendreceive"
            rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false"
            autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me}" introducedBy=""></device>
        <device id="{peer}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="{me}" name="{my_name}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{my_port}</address>
    </device>
    <device id="{peer}" name="{peer_name}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:{peer_port}</address>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{gui_port}</address>
        <apikey>{api_key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{my_port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <stunKeepaliveMinS>0</stunKeepaliveMinS>
        <urAccepted>-1</urAccepted>
        <urURL></urURL>
        <crashReportingEnabled>false</crashReportingEnabled>
        <crashReportingURL></crashReportingURL>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <releasesURL></releasesURL>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <restartOnWakeup>false</restartOnWakeup>
        <setLowPriority>false</setLowPriority>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"""
