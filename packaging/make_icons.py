"""Render the app icon's PNGs (and .ico/.icns) from the one SVG, deterministically.

    python packaging/make_icons.py           # (re)write packaging/icons/
    python packaging/make_icons.py --check   # exit 1 if packaging/icons/ is stale

The source of truth is ``resources/icons/<APP_ID>.svg`` (the app loads it at run time). This
script copies it to ``hicolor/scalable/apps/`` and renders ``hicolor/<n>x<n>/apps/<APP_ID>.png``
with Qt's own SVG renderer, plus ``innerchild.ico`` (Windows) and ``innerchild.icns`` (macOS)
built from the same PNGs for PyInstaller. The same inputs give byte-identical files: no
timestamps or text chunks are written, and the .ico/.icns containers are assembled here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
APP_ID = "io.github.innerchild.InnerChild"  # = innerchild_desktop.APP_ID (a test checks)
SOURCE_SVG = REPO / "resources" / "icons" / f"{APP_ID}.svg"
OUT_DIR = REPO / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can hold
# .icns entry types that hold PNG data, by pixel size (Apple's "ic##"/"icp#" codes).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
# How far a committed PNG may drift from a fresh render before --check calls it stale: Qt's
# antialiasing differs by a level or two between versions; a changed design differs far more.
CHECK_MEAN_TOLERANCE = 1.0


def png_path(root: Path, size: int) -> Path:
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # For PNG, Qt maps quality 0 to zlib's strongest compression: small files, same bytes every run.
    if not image.save(buffer, "PNG", 0):  # type: ignore[call-overload]
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
        for size, data in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out_dir: Path) -> list[Path]:
    """Write every icon file under ``out_dir``; returns the paths written."""
    renderer = QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SOURCE_SVG}")
    written: list[Path] = []
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(renderer, size))
        target = png_path(out_dir, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_SVG, scalable)
    written.append(scalable)
    ico = out_dir / "innerchild.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = out_dir / "innerchild.icns"
    icns.write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    written += [ico, icns]
    return written


def mean_difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel (0–255) of two same-sized ARGB32 images."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return 255.0
    pa, pb = bytes(a.constBits()), bytes(b.constBits())  # type: ignore[call-overload]
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


def stale_files(out_dir: Path) -> list[str]:
    """Problems with the committed icons compared with a fresh render (empty when current)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_root = Path(tmp)
        build(fresh_root)
        for fresh in sorted(fresh_root.rglob("*")):
            if not fresh.is_file():
                continue
            rel = fresh.relative_to(fresh_root)
            committed = out_dir / rel
            if not committed.is_file():
                problems.append(f"{rel}: missing")
            elif fresh.suffix == ".png":
                diff = mean_difference(QImage(str(fresh)), QImage(str(committed)))
                if diff > CHECK_MEAN_TOLERANCE:
                    problems.append(f"{rel}: differs from the SVG's render (mean {diff:.2f})")
            elif fresh.suffix == ".svg" and fresh.read_bytes() != committed.read_bytes():
                problems.append(f"{rel}: not a copy of {SOURCE_SVG.relative_to(REPO)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale icons")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.check:
        problems = stale_files(args.out)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/make_icons.py", file=sys.stderr)
        return 1 if problems else 0
    for path in build(args.out):
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
