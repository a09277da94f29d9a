"""Issue 15.2: prompt packs have a size and a count limit, and only regular files are read."""

import os

import pytest

from innerchild_desktop.domain.errors import InvalidInput
from innerchild_desktop.domain.prompt_parsing import MAX_PACK_BYTES, MAX_PACK_PROMPTS
from innerchild_desktop.services import prompts
from innerchild_desktop.services.prompts import PromptService

HEAD = '[pack]\nid = "big"\nname = "Big pack"\nauthor = "Someone"\nversion = "1"\n'


def _prompt(i: int) -> str:
    return (
        f'[[prompts]]\nid = "big-{i:06d}"\ntext = "What helped {i}?"\n'
        'theme = "hopes"\ndepth = "gentle"\n'
    )


def _pack_with(count: int) -> str:
    return HEAD + "".join(_prompt(i) for i in range(count))


def test_a_pack_with_too_many_prompts_is_refused_in_one_sentence(journal, tmp_path) -> None:
    path = tmp_path / "many.toml"
    path.write_text(_pack_with(MAX_PACK_PROMPTS + 1))
    assert path.stat().st_size < MAX_PACK_BYTES
    with pytest.raises(InvalidInput) as err:
        PromptService(journal).import_pack(path)
    message = str(err.value)
    assert "\n" not in message and f"{MAX_PACK_PROMPTS:,}" in message
    assert PromptService(journal).packs() == []


def test_a_pack_at_the_limit_is_imported(journal, tmp_path) -> None:
    path = tmp_path / "full.toml"
    path.write_text(_pack_with(MAX_PACK_PROMPTS))
    assert PromptService(journal).import_pack(path) == ("Big pack", MAX_PACK_PROMPTS)


def test_a_pack_file_too_large_is_refused_in_one_sentence(journal, tmp_path) -> None:
    path = tmp_path / "large.toml"
    path.write_text(_pack_with(1) + "# " + "x" * MAX_PACK_BYTES + "\n")
    with pytest.raises(InvalidInput) as err:
        PromptService(journal).import_pack(path)
    assert "\n" not in str(err.value) and "MiB" in str(err.value)
    with pytest.raises(InvalidInput):
        prompts.open_pack_file(path)
    assert PromptService(journal).packs() == []


def test_only_regular_files_are_read(journal, tmp_path) -> None:
    with pytest.raises(InvalidInput, match="not a file"):
        PromptService(journal).import_pack(tmp_path)
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)  # reading a named pipe would wait forever
    with pytest.raises(InvalidInput, match="not a file"):
        PromptService(journal).import_pack(fifo)
    with pytest.raises(InvalidInput, match="not a file"):
        prompts.open_pack_file(fifo)


def test_an_oversized_pack_already_stored_is_skipped_not_parsed(journal) -> None:
    with journal.transaction() as conn:
        conn.execute(
            "INSERT INTO prompt_packs (id, name, author, version, imported_at, document)"
            " VALUES ('big', 'Big', 'x', '1', '2026-01-01', ?)",
            (_pack_with(MAX_PACK_PROMPTS + 1),),
        )
    ids = {p.id for p in PromptService(journal).library().prompts}
    assert "big-000000" not in ids
