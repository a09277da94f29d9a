import os
from pathlib import Path

import pytest

from innerchild_desktop.domain.passphrase import estimate
from innerchild_desktop.paths import ENV_DATA_DIR, journal_paths, resolve_data_dir


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("", 0),
        ("abc", 0),
        ("password", 0),
        ("Password1!", 0),
        ("aaaaaaaaaaaa", 1),
        ("12345678abcdefgh", 1),
        ("river stone", 2),
        ("correct horse battery staple", 4),
        ("Tq9#vLm2&xR4!pZs", 4),
    ],
)
def test_strength_scores_are_honest(text: str, score: int) -> None:
    assert estimate(text).score == score


def test_strength_grows_with_length() -> None:
    assert estimate("walnut lantern").bits < estimate("walnut lantern meadow").bits


def test_data_dir_resolution_order(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    # the platform default, here under the test's private XDG_DATA_HOME
    assert resolve_data_dir() == Path(os.environ["XDG_DATA_HOME"]) / "InnerChild"
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert journal_paths(tmp_path / "flag").database == tmp_path / "flag" / "journal.db"
