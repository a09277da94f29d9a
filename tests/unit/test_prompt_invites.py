"""Prompts that ask for a drawing say so (``invites = "draw"``): checked by the parser, kept by
translations, carried by the offer to the editor (which then offers Draw…)."""

from __future__ import annotations

import pytest

from innerchild_desktop.domain.prompt_browse import offer_for
from innerchild_desktop.domain.prompts import PromptLibraryError
from innerchild_desktop.services.library import parse_pack, shipped_library

PACK = """
[pack]
id = "art-group"
name = "Art group"
author = "A. Therapist"
version = "1"

[[prompts]]
id = "art-001"
text = "If you like, draw the weather inside you today."
theme = "feelings"
depth = "gentle"
invites = "{invites}"
"""


def test_the_prompts_that_ask_for_a_drawing_invite_one_in_every_language() -> None:
    for language in ("en", "es"):
        library = shipped_library(language)
        drawing = sorted(p.id for p in library.prompts if p.invites == "draw")
        assert drawing == ["hopes-014", "play-011"], language
    door = shipped_library("es").prompt("hopes-014")
    assert door is not None and offer_for(door).invites == "draw"
    words = shipped_library().prompt("hopes-015")
    assert words is not None and offer_for(words).invites is None


def test_a_pack_may_invite_a_drawing_and_an_unknown_invitation_is_a_sentence() -> None:
    library = shipped_library()
    pack = parse_pack(PACK.format(invites="draw"), "art.toml", library)
    assert pack.prompts[0].invites == "draw"
    with pytest.raises(PromptLibraryError) as caught:
        parse_pack(PACK.format(invites="paint"), "art.toml", library)
    [problem] = caught.value.problems
    assert problem.field and problem.field.endswith("invites")
    assert 'a prompt can invite "draw", not "paint".' in problem.message
