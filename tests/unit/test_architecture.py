"""The floors of ARCHITECTURE.md, where a static import graph cannot say it: the core and the CLI
*load* without Qt at run time, and no module imports networking code (``urllib.parse`` is fine,
``urllib.request`` is not). The layers and who may import ``sqlcipher3`` are import-linter
contracts in pyproject.toml (``lint-imports``, run by ``make test``)."""

import ast
import subprocess
import sys
from pathlib import Path

import innerchild_desktop

SRC = Path(innerchild_desktop.__file__).parent
CORE = ("domain", "store", "services", "render")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_cli_load_without_qt() -> None:
    modules = [
        "innerchild_desktop." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for floor in CORE
        for p in (SRC / floor).rglob("*.py")
    ]
    modules += [
        "innerchild_desktop." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for p in (SRC / "cli").rglob("*.py")
    ]
    modules += ["innerchild_desktop.context"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_imports_network_code() -> None:
    banned = {
        "socket",
        "urllib.request",
        "http.client",
        "requests",
        "httpx",
        "aiohttp",
        "PySide6.QtNetwork",
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
    }
    offenders = {p.name: imports_of(p) & banned for p in SRC.rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


ROOTS = ("innerchild_desktop.app", "innerchild_desktop.cli", "innerchild_desktop.screenshots")


# Also the layers contract's business (`make test` runs it); kept as a quick check in pytest.
def test_core_floors_do_not_import_ui_or_composition_roots() -> None:
    for floor in CORE:
        for path in (SRC / floor).rglob("*.py"):
            for name in imports_of(path):
                assert not name.startswith(("innerchild_desktop.ui", *ROOTS)), (path, name)


def test_ui_does_not_import_the_composition_roots() -> None:
    """app.py, cli.py and screenshots/ build the program from ui/, never the other way round."""
    offenders = {
        (path.relative_to(SRC).as_posix(), name)
        for path in (SRC / "ui").rglob("*.py")
        for name in imports_of(path)
        if name in ROOTS
        or name.startswith(("innerchild_desktop.screenshots.", "innerchild_desktop.cli."))
    }
    assert offenders == set()


# The service areas AppContext hands out (the parser may read the transfer format names).
SERVICE_AREAS = (
    "journal",
    "timeline",
    "prompts",
    "soothe",
    "safety",
    "access",
    "backup",
    "library",
    "sync",
    "transfer.service",
    "transfer.json_format",
    "transfer.html_export",
)


def test_a_command_loads_only_the_services_it_uses() -> None:
    """The CLI and the context load no service before it is asked for: `innerchild search`
    must not pay at start-up for transfer, prompts, backups or the sync engine (make bench's
    whole-process figures measure the time; this keeps the cause from coming back)."""
    code = (
        "import sys\n"
        "import innerchild_desktop.cli, innerchild_desktop.context\n"
        "from innerchild_desktop.context import AppContext\n"
        "from innerchild_desktop.paths import JournalPaths\n"
        "ctx = AppContext(JournalPaths(__import__('pathlib').Path('.')))\n"
        f"areas = {SERVICE_AREAS!r}\n"
        "loaded = sorted(m for m in sys.modules if m.removeprefix('innerchild_desktop.services.')"
        " in areas)\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
