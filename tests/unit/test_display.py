"""Whether the app can open a window, decided before Qt is asked (it would abort, exit 134)."""

from __future__ import annotations

import pytest

from innerchild_desktop.app import has_display


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": " ", "DISPLAY": ""}, False),
    ],
)
def test_a_display_is_needed_only_where_the_platform_needs_one(env, expected) -> None:
    assert has_display(env, "linux") is expected


def test_windows_and_macos_always_have_one() -> None:
    assert has_display({}, "win32") and has_display({}, "darwin")
