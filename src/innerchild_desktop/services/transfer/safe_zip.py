"""Reading a zip export (Day One) without trusting it: names, sizes and ratios checked first.

Nothing is ever extracted to disk; every member is read into memory through :class:`SafeZip`.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.i18n import translate
from innerchild_desktop.services.transfer.common import nothing_imported

MAX_ZIP_TOTAL = 2 * 1024 * 1024 * 1024  # uncompressed bytes we are willing to read from a zip
MAX_ZIP_MEMBERS = 100_000
MAX_ZIP_RATIO = 200  # a real photo or JSON file never compresses 200:1; a zip bomb does
# The same over the whole zip, so many small members cannot add up to a bomb: past the floor,
# photos (barely compressible) and JSON text (about 5-10:1) never average 100:1.
MAX_ZIP_AGGREGATE_RATIO = 100
ZIP_AGGREGATE_FLOOR = 8 * 1024 * 1024


# What reading a damaged member can raise: a bad CRC or header, a cut stream, a corrupt deflate
# stream (zlib.error), a compression method zipfile does not know (NotImplementedError).
_DAMAGED = (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, NotImplementedError)


class SafeZip:
    """A zip file opened for reading without trusting it.

    Every member name is checked before anything is read: absolute names, drive letters and
    ``..`` are refused, so nothing can land (or be looked up) outside the export. Sizes are
    capped in total and by compression ratio (zip bombs), and reads never go past the size the
    zip declares. Nothing is ever extracted to disk.
    """

    def __init__(self, path: Path, *, max_total: int = MAX_ZIP_TOTAL) -> None:
        self.label = path.name
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label} is not a readable zip file. {nothing}",
                ).format(label=self.label, nothing=nothing_imported())
            ) from exc
        infos = self._zip.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            self.close()
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label} holds too many files. {nothing}",
                ).format(label=self.label, nothing=nothing_imported())
            )
        total = packed = 0
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not _safe_member_name(name):
                self.close()
                raise InvalidInput(
                    translate(
                        "services.transfer.safe_zip",
                        "{label} contains a file whose name points outside the export "
                        "({name}), so it was not opened. {nothing}",
                    ).format(label=self.label, name=_short(name), nothing=nothing_imported())
                )
            if info.flag_bits & 0x1:
                self.close()
                raise InvalidInput(
                    translate(
                        "services.transfer.safe_zip",
                        "{label} is password-protected ({name}). {nothing}",
                    ).format(label=self.label, name=_short(name), nothing=nothing_imported())
                )
            total += info.file_size
            packed += info.compress_size
            if info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(
                info.compress_size, 1
            ):
                self.close()
                raise InvalidInput(
                    translate(
                        "services.transfer.safe_zip",
                        "{label} looks like a zip bomb ({name} would unpack to {file_size} "
                        "bytes). {nothing}",
                    ).format(
                        label=self.label,
                        name=_short(name),
                        file_size=f"{info.file_size:,}",
                        nothing=nothing_imported(),
                    )
                )
            if not info.is_dir():
                self.members[name] = info
        if total > max_total:
            self.close()
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label} would unpack to {total} bytes, more than the {max_total} an "
                    "import may use. {nothing}",
                ).format(
                    label=self.label,
                    total=f"{total:,}",
                    max_total=f"{max_total:,}",
                    nothing=nothing_imported(),
                )
            )
        if total > ZIP_AGGREGATE_FLOOR and total > MAX_ZIP_AGGREGATE_RATIO * max(packed, 1):
            self.close()
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label} looks like a zip bomb: its {count} files would unpack to "
                    "{total} bytes from {packed}. {nothing}",
                ).format(
                    label=self.label,
                    count=f"{len(infos):,}",
                    total=f"{total:,}",
                    packed=f"{packed:,}",
                    nothing=nothing_imported(),
                )
            )

    def names(self) -> list[str]:
        return list(self.members)

    def size(self, name: str) -> int:
        return self.members[name].file_size

    def read(self, name: str, limit: int | None = None) -> bytes:
        """The member's bytes (at most ``limit``; more is an error, never silently cut)."""
        info = self.members[name]
        cap = info.file_size if limit is None else min(limit, info.file_size)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(cap + 1)
        except _DAMAGED as exc:
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label}: {name} is damaged and cannot be read. {nothing}",
                ).format(label=self.label, name=_short(name), nothing=nothing_imported())
            ) from exc
        if len(data) > cap:
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label}: {name} is larger than it should be. {nothing}",
                ).format(label=self.label, name=_short(name), nothing=nothing_imported())
            )
        return data

    def head(self, name: str, count: int = 32) -> bytes:
        try:
            with self._zip.open(self.members[name]) as handle:
                return handle.read(count)
        except _DAMAGED as exc:
            raise InvalidInput(
                translate(
                    "services.transfer.safe_zip",
                    "{label}: {name} is damaged and cannot be read. {nothing}",
                ).format(label=self.label, name=_short(name), nothing=nothing_imported())
            ) from exc

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _short(name: str, limit: int = 60) -> str:
    shown = name if len(name) <= limit else name[: limit - 1] + "…"
    return repr(shown)


def _safe_member_name(name: str) -> bool:
    if not name or "\x00" in name:
        return False
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return False
    return ".." not in PurePosixPath(normal).parts
