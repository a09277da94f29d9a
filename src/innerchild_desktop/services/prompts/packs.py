"""Prompt packs: importing a therapist's pack, the group's prompts, and packs made in the app
("Make a pack for my group…"): the draft kept in the journal, checked and written to a file.

The pack-file functions need no journal; the use cases on an open journal are the methods of
:class:`PromptPacks`.
"""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_parsing import MAX_PACK_BYTES, pack_too_large
from innerchild_desktop.domain.prompt_writing import (
    PackDraft,
    build_pack,
    draft_from_data,
    draft_from_pack,
    draft_problems,
    draft_to_data,
    pack_to_toml,
)
from innerchild_desktop.domain.prompts import Prompt, PromptLibraryError, PromptPack
from innerchild_desktop.domain.settings import PACK_DRAFT
from innerchild_desktop.services.library import (
    parse_pack,
    shipped_exercise_ids,
    shipped_exercises,
    shipped_library,
)
from innerchild_desktop.services.prompts.offers import PromptOffers, now, parsed_packs
from innerchild_desktop.store import prompt_packs
from innerchild_desktop.store.settings import get_setting, set_setting


@dataclass(frozen=True)
class PreparedPack:
    """A draft made into a pack: its TOML text, or what to fix first (in the editor's words)."""

    pack: PromptPack | None
    text: str
    problems: tuple[str, ...]


def read_pack_file(path: Path) -> str:
    """A pack file's text: a regular file of at most MAX_PACK_BYTES, UTF-8; else InvalidInput.

    Never opens a folder, a named pipe or a device (a pipe would wait forever), and never reads
    more than the limit, whatever the file claims its size is.
    """
    not_a_file = f"{path.name} is not a file; please choose a prompt pack file."
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:
        raise InvalidInput(not_a_file) from None
    except OSError as err:
        raise InvalidInput(
            f"{path.name} could not be read ({err.strerror or err}); nothing was imported."
        ) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InvalidInput(not_a_file)
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(MAX_PACK_BYTES + 1)
    if len(raw) > MAX_PACK_BYTES:
        raise pack_too_large(path.name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text, so it was not imported.") from None


def taken_ids() -> frozenset[str]:
    """Ids a pack made here must not reuse: the shipped prompts, templates and programs."""
    lib = shipped_library()
    return frozenset(
        [p.id for p in lib.prompts] + [t.id for t in lib.templates] + [p.id for p in lib.programs]
    )


@functools.cache
def pack_exercises() -> tuple[tuple[str, str], ...]:
    """(id, name) of the shipped exercises a week of a pack may suggest."""
    shipped = shipped_exercise_ids()
    return tuple(
        (e.id, e.name) for e in shipped_exercises().exercises if e.id in shipped and not e.user_made
    )


def prepare_pack(draft: PackDraft) -> PreparedPack:
    """Build and write the pack, then read the text back through the importer's own checks."""
    problems = draft_problems(draft)
    if problems:
        return PreparedPack(None, "", tuple(problems))
    text = pack_to_toml(build_pack(draft, taken_ids()))
    try:
        pack = parse_pack(text, "pack")
    except PromptLibraryError as err:
        return PreparedPack(None, text, tuple(p.message for p in err.problems))
    return PreparedPack(pack, text, ())


def export_pack(draft: PackDraft, path: Path, *, overwrite: bool = False) -> PromptPack:
    """Write the pack where the leader chose, atomically; an existing file is replaced only
    with ``overwrite=True`` (the editor asks first). Raises InvalidInput with what to fix."""
    prepared = prepare_pack(draft)
    if prepared.pack is None:
        raise InvalidInput("The pack is not ready yet:\n" + "\n".join(prepared.problems))
    if path.exists() and not overwrite:
        raise InvalidInput(f"There is already a file called {path.name}; nothing was written.")
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder {path.parent} does not exist; nothing was written.")
    from innerchild_desktop.services.transfer.common import write_private_file

    write_private_file(path, prepared.text.encode("utf-8"))
    return prepared.pack


def open_pack_file(path: Path) -> PackDraft:
    """A pack file (one made here, or by hand) as a draft to change; raises InvalidInput."""
    return draft_from_pack(parse_pack(read_pack_file(path), path.name))


class PromptPacks(PromptOffers):
    """The pack use cases of :class:`PromptService`."""

    def import_pack(self, path: Path) -> tuple[str, int]:
        """Import a therapist's pack; importing the same pack again replaces it (no duplicates).
        Returns the pack's name and how many prompts it holds."""
        document = read_pack_file(path)
        pack = parse_pack(document, path.name)
        info = pack.info
        with self.journal.transaction() as conn:
            prompt_packs.save_pack(
                conn, info.id, info.name, info.author, info.version, now(), document
            )
        return info.name, len(pack.prompts)

    def packs(self) -> list[tuple[str, str, str]]:
        """(id, name, author) of every imported pack, by name."""
        return prompt_packs.list_packs(self.conn)

    def pack_names(self) -> list[tuple[str, str]]:
        """(pack id, name) of every imported pack, by name."""
        return [(pack_id, name) for pack_id, name, _ in self.packs()]

    def remove_pack(self, pack_id: str) -> bool:
        with self.journal.transaction() as conn:
            return prompt_packs.delete_pack(conn, pack_id)

    def group_prompts(self) -> list[Prompt]:
        """Prompts from imported packs ("From my group") in the leader's order: packs in the order
        they were imported, each pack's prompts in the order its file lists them (the stored
        document is the file itself, so that order is its order index)."""
        documents = prompt_packs.documents(self.conn, by_import=True)
        return [p for pack in parsed_packs(documents) for p in pack.prompts]

    def pack_draft(self) -> PackDraft | None:
        """The unfinished pack kept from last time, if any."""
        return draft_from_data(get_setting(self.conn, PACK_DRAFT))

    def save_pack_draft(self, draft: PackDraft | None) -> None:
        """Keep the unfinished pack inside the encrypted journal (None forgets it)."""
        with self.journal.transaction() as conn:
            set_setting(conn, PACK_DRAFT, None if draft is None else draft_to_data(draft))
