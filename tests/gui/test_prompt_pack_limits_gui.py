"""Issue 15.2 in the app: a pack over the limits is refused with one sentence on the page."""

from __future__ import annotations

from innerchild_desktop.domain.prompt_parsing import MAX_PACK_PROMPTS
from innerchild_desktop.services.prompts import PromptService
from tests.gui.test_prompts_page import prompts_env  # noqa: F401  (a fixture)
from tests.unit.test_prompt_pack_limits import _pack_with


def test_an_oversized_pack_is_refused_with_a_sentence(qtbot, prompts_env, tmp_path):  # noqa: F811
    window, page = prompts_env
    many = tmp_path / "many.toml"
    many.write_text(_pack_with(MAX_PACK_PROMPTS + 1))
    message = page.import_pack(many)
    assert "many.toml" in message and f"{MAX_PACK_PROMPTS:,}" in message and "\n" not in message
    assert page.packs_label.text() == message
    assert PromptService(window.context.journal).packs() == []
