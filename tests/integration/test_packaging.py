"""Packaging: desktop metadata validates, one app id everywhere, the icons, and the app as users
get it: a wheel installed into a fresh virtual environment, and the frozen PyInstaller build."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from innerchild_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"
SPEC = PACKAGING / "innerchild.spec"
APP_SVG = REPO / "resources" / "icons" / f"{APP_ID}.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOT_URL = "https://github.com/innerchild/innerchild-desktop/raw/main/"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
CONSOLE_SCRIPT = "innerchild"
RESOURCE_FOLDERS = ("prompts", "exercises", "icons", "sounds", "i18n")


def run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", 600)
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [str(a) for a in args], capture_output=True, text=True, **kwargs
    )


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def desktop_list(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


# --- the metadata validators ------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt install desktop-file-utils)")
    result = run([tool, DESKTOP])
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Hints are advice (e.g. two main categories, which the design asks for); nothing worse.
    assert not re.search(r": (error|warning): ", output), output


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt install appstream)")
    result = run([tool, "validate", "--no-net", "--explain", METAINFO])
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Infos and pedantic notes are fine (older appstream does not know <developer> yet).
    assert not re.search(r"^[EW]: ", output, re.MULTILINE), output


# --- one app id, one name, one command everywhere ------------------------------------------------


def test_desktop_entry_matches_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_DISPLAY_NAME
    # Window managers match the running window to this file by Qt's applicationName.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == CONSOLE_SCRIPT
    assert CONSOLE_SCRIPT in PYPROJECT["project"]["scripts"]
    assert desktop_list(entry["Categories"]) == ["Office", "Utility"]
    keywords = {k.lower() for k in desktop_list(entry["Keywords"])}
    assert {"journal", "diary", "therapy", "breathing"} <= keywords
    assert DESKTOP.name == f"{APP_ID}.desktop"  # the desktop-file id is the app id


def test_metainfo_matches_the_app_and_the_repository() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_DISPLAY_NAME
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert [b.text for b in root.iterfind("provides/binary")] == [CONSOLE_SCRIPT]
    assert root.findtext("url[@type='homepage']")
    assert root.findtext("developer/name")
    description = root.find("description")
    assert description is not None
    assert description.findall("p") and len(description.findall("ul/li")) >= 5
    # The newest release is the version being shipped, with its notes.
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert releases[0].find("description/ul/li") is not None
    # No network features: every OARS attribute present (if any) says "none".
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    assert all(attr.text == "none" for attr in rating.iterfind("content_attribute"))
    # Each screenshot points at a file that exists in docs/screenshots/ of this repository.
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots
    assert [s.get("type") for s in screenshots].count("default") == 1
    for shot in screenshots:
        url = shot.findtext("image") or ""
        assert url.startswith(SCREENSHOT_URL + "docs/screenshots/"), url
        assert (REPO / url.removeprefix(SCREENSHOT_URL)).is_file(), url
        assert shot.findtext("caption")


def test_pyinstaller_spec_uses_the_app_id_and_bundles_resources_where_the_loader_looks() -> None:
    spec = SPEC.read_text("utf-8")
    assert re.search(rf'^APP_ID = "{re.escape(APP_ID)}"', spec, re.MULTILINE)
    assert 'name="innerchild"' in spec
    # resources.resource_root() looks in sys._MEIPASS/innerchild_desktop/resources.
    assert '"innerchild_desktop/resources"' in spec
    assert 'src" / "innerchild_desktop" / "__main__.py"' in spec


def flatpak_text() -> str:
    return FLATPAK.read_text("utf-8")


def test_flatpak_manifest_has_the_app_id_and_no_network() -> None:
    """A line-level check that needs no YAML library (the full parse is the next test)."""
    text = "\n".join(
        line for line in flatpak_text().splitlines() if not line.lstrip().startswith("#")
    )
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(rf"^command: {CONSOLE_SCRIPT}$", text, re.MULTILINE)
    assert "--share=network" not in text
    assert "\t" not in flatpak_text()  # YAML forbids tabs for indentation


def test_flatpak_manifest_parses_and_installs_the_desktop_integration() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML is not installed (pip install pyyaml)")
    manifest = yaml.safe_load(flatpak_text())
    assert manifest["id"] == APP_ID
    assert manifest["command"] == CONSOLE_SCRIPT
    assert manifest["runtime"] == "org.kde.Platform" and manifest["sdk"] == "org.kde.Sdk"
    assert str(manifest["runtime-version"]).startswith("6.")
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    args = manifest["finish-args"]
    assert not any(a.startswith("--share=network") for a in args)
    assert not any(a in ("--filesystem=home", "--filesystem=host") for a in args)
    for needed in ("--socket=wayland", "--socket=fallback-x11", "--device=dri"):
        assert needed in args
    assert "--socket=pulseaudio" in args
    modules = {m["name"]: m for m in manifest["modules"]}
    for module in modules.values():
        for source in module["sources"]:
            if source["type"] == "file":
                assert source["url"].startswith("https://"), source
                assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
    commands = "\n".join(modules["innerchild"]["build-commands"])
    for path in (
        DESKTOP,
        METAINFO,
        PACKAGING / "icons" / "hicolor",
        REPO / "src" / "innerchild_desktop",
        REPO / "resources",
    ):
        assert str(path.relative_to(REPO)) in commands, path
        assert path.exists(), path


def test_flatpak_manifest_installs_every_runtime_dependency() -> None:
    """Every [project] dependency but PySide6 (the BaseApp's) installs from a pinned wheel."""
    import yaml  # a runtime dependency (the importers' YAML reader)

    manifest = yaml.safe_load(flatpak_text())
    module = {m["name"]: m for m in manifest["modules"]}["python3-innerchild-dependencies"]
    installed = " ".join(module["build-commands"]).split()
    wheels = " ".join(s["url"].rsplit("/", 1)[-1] for s in module["sources"]).lower()
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower()
        if name == "pyside6":
            continue
        assert name in installed, name
        assert name.replace("-", "_") in wheels, name


# --- icons ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_png_exists_at_its_size(size: int) -> None:
    path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_scalable_icon_is_the_apps_own_svg() -> None:
    scalable = PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == APP_SVG.read_bytes()


def test_make_icons_is_deterministic_and_the_committed_icons_are_current(tmp_path: Path) -> None:
    script = PACKAGING / "make_icons.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for out in ("a", "b"):
        result = run([sys.executable, script, "--out", tmp_path / out], env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.*")}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.*")}
    assert len(first) == len(ICON_SIZES) + 3  # PNGs, the SVG, .ico and .icns
    assert first == second
    check = run([sys.executable, script, "--check"], env=env, timeout=120)
    assert check.returncode == 0, check.stderr


# --- the wheel, installed into a fresh virtual environment ----------------------------------------


def venv_bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel and install it with its dependencies into a new venv (no site-packages).

    Module-scoped fixtures are set up before the per-test HOME isolation, so pip here uses the
    user's own wheel cache and installs PySide6 & co without downloading them again.
    """
    root = tmp_path_factory.mktemp("wheel")
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", root, REPO])
    assert built.returncode == 0, built.stderr
    (wheel,) = root.glob("innerchild_desktop-*.whl")
    venv = root / "venv"
    made = run([sys.executable, "-m", "venv", venv])
    assert made.returncode == 0, made.stderr
    installed = run([venv_bin(venv, "python"), "-m", "pip", "install", "-q", wheel])
    assert installed.returncode == 0, installed.stderr
    return venv


@pytest.mark.slow
def test_installed_wheel_reports_its_version(wheel_venv: Path, tmp_path: Path) -> None:
    result = run([venv_bin(wheel_venv, CONSOLE_SCRIPT), "--version"], cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"innerchild {__version__}"


FIND_RESOURCES = """
import json
import innerchild_desktop
from innerchild_desktop.resources import resource_root
root = resource_root()
print(json.dumps({
    "package": innerchild_desktop.__file__,
    "root": str(root),
    "files": sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()),
}))
"""


@pytest.mark.slow
def test_installed_wheel_finds_its_resources_inside_the_package(
    wheel_venv: Path, tmp_path: Path
) -> None:
    # Run outside the checkout so nothing can fall back to the repository's resources/.
    result = run([venv_bin(wheel_venv, "python"), "-c", FIND_RESOURCES], cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    package_dir = Path(found["package"]).parent
    assert package_dir.is_relative_to(wheel_venv), "imported the checkout, not the wheel"
    assert Path(found["root"]) == package_dir / "resources"
    for folder in RESOURCE_FOLDERS:
        assert (Path(found["root"]) / folder).is_dir(), folder
    assert f"icons/{APP_ID}.svg" in found["files"]
    # Every file of resources/ ships, nothing more.
    in_repo = sorted(
        p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert found["files"] == in_repo


@pytest.mark.slow
def test_installed_wheel_loads_the_shipped_exercises(wheel_venv: Path, tmp_path: Path) -> None:
    script = venv_bin(wheel_venv, CONSOLE_SCRIPT)
    result = run([script, "exercises", "--json"], cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 1


# --- the frozen (PyInstaller) build -------------------------------------------------------------


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build dist/innerchild once for this module, into a temporary folder (not the repo's)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (make package does)")
    root = tmp_path_factory.mktemp("frozen")
    build = run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            root / "dist",
            "--workpath",
            root / "build",
            SPEC,
        ],
        cwd=REPO,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-5000:]
    app = root / "dist" / "innerchild" / ("innerchild.exe" if os.name == "nt" else "innerchild")
    assert app.is_file()
    return app


def frozen_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)  # the frozen app must need nothing from outside
    return env


@pytest.mark.slow
def test_frozen_app_reports_its_version(frozen_app: Path, tmp_path: Path) -> None:
    result = run([frozen_app, "--version"], cwd=tmp_path, env=frozen_env(), timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"innerchild {__version__}"


@pytest.mark.slow
def test_frozen_app_keeps_an_encrypted_journal(frozen_app: Path, tmp_path: Path) -> None:
    """SQLCipher, Argon2id and AES-GCM all work from inside the bundle."""
    data = tmp_path / "journal"
    env = frozen_env()

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return run(
            [frozen_app, "--data-dir", data, *args], input=stdin, cwd=tmp_path, env=env, timeout=60
        )

    init = cli("init", "--passphrase-stdin", "--json", stdin="frozen passphrase\n")
    assert init.returncode == 0, init.stderr
    added = cli(
        "add", "--title", "Blue bicycle", "--passphrase-stdin", stdin="frozen passphrase\nride"
    )
    assert added.returncode == 0, added.stderr
    found = cli("search", "bicycle", "--passphrase-stdin", "--json", stdin="frozen passphrase\n")
    assert found.returncode == 0, found.stderr
    assert "Blue bicycle" in found.stdout
    verified = cli("verify", "--passphrase-stdin", stdin="frozen passphrase\n")
    assert verified.returncode == 0, verified.stderr
    assert b"Blue bicycle" not in (data / "journal.db").read_bytes()  # encrypted at rest


@pytest.mark.slow
def test_frozen_app_renders_every_screen_offscreen(frozen_app: Path, tmp_path: Path) -> None:
    """Qt's platform, image-format and icon plugins and every resource come from the bundle."""
    out = tmp_path / "shots"
    result = run(  # (light only: the bundle's plugins and resources are what is tested here;
        # the timeout is a guard against a hang on a busy 2-core machine, not a speed check)
        [frozen_app, "screenshots", "--theme", "light", "--language", "de", "--out", out],
        cwd=tmp_path,
        env=frozen_env(),
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    shots = sorted(out.glob("*.png"))
    assert len(shots) >= 15, [p.name for p in shots]
    for shot in shots:
        image = QImage(str(shot))
        assert image.width() >= 400 and image.height() >= 300, shot.name


@pytest.mark.slow
def test_frozen_bundle_ships_what_it_needs_and_no_network_extras(frozen_app: Path) -> None:
    internal = frozen_app.parent / "_internal"
    bundled = {str(p.relative_to(internal)).replace(os.sep, "/") for p in internal.rglob("*")}
    assert f"innerchild_desktop/resources/icons/{APP_ID}.svg" in bundled
    for folder in RESOURCE_FOLDERS:
        assert f"innerchild_desktop/resources/{folder}" in bundled, folder

    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling

    def ships(pattern: str) -> list[str]:
        return sorted(name for name in bundled if re.search(pattern, name))

    assert ships(r"^sqlcipher3/_sqlite3\.")
    assert ships(r"/plugins/platforms/libqoffscreen\.")
    assert ships(r"/plugins/imageformats/libqsvg\.")
    for unwanted in (
        r"WebEngine",
        r"Qt6?Quick",
        r"Qt6?Qml",
        r"Qt6?Pdf",
        r"/plugins/tls/",
        r"/plugins/networkinformation/",
        r"libqvnc",
        r"(^|/)libssl\.so",
        r"^pygments/",
    ):
        assert not ships(unwanted), ships(unwanted)
