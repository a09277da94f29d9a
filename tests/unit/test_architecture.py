"""The floors of ARCHITECTURE.md, checked: the core never imports Qt, and only vault.py imports
sqlcipher3; no module of ours imports networking code."""

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
    modules += ["innerchild_desktop.cli", "innerchild_desktop.context"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_vault_imports_the_driver() -> None:
    importers = {
        p.relative_to(SRC).as_posix()
        for p in SRC.rglob("*.py")
        if any(n.split(".")[0] == "sqlcipher3" for n in imports_of(p))
    }
    assert importers == {"store/vault.py"}


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


def test_core_floors_do_not_import_ui_or_composition_roots() -> None:
    for floor in CORE:
        for path in (SRC / floor).rglob("*.py"):
            for name in imports_of(path):
                assert not name.startswith(
                    ("innerchild_desktop.ui", "innerchild_desktop.app", "innerchild_desktop.cli")
                ), (path, name)
