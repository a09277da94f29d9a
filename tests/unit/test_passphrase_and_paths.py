import os
from pathlib import Path

import pytest

from innerchild_desktop.domain.passphrase import MIN_SCORE, estimate, weakness
from innerchild_desktop.paths import ENV_DATA_DIR, journal_paths, resolve_data_dir


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("", 0),
        ("abc", 0),
        ("password", 0),
        ("password123", 0),
        ("Password1!", 1),
        ("aaaaaaaaaaaa", 0),
        ("12345678abcdefgh", 1),
        ("correct horse battery staple", 4),
        ("Tq9#vLm2&xR4!pZs", 4),
    ],
)
def test_strength_scores_are_honest(text: str, score: int) -> None:
    assert estimate(text).score == score


@pytest.mark.parametrize("text", ["password", "password123", "qwertyuiop", "iloveyou2024"])
def test_common_passwords_are_never_acceptable(text: str) -> None:
    strength = estimate(text)
    assert strength.score < MIN_SCORE and not strength.acceptable
    assert strength.label != "Okay"  # once, "password123" was rated "Okay"
    assert weakness(text) is not None


def test_a_few_unrelated_words_are_acceptable() -> None:
    for text in ("walnut lantern meadow cello", "a gentle test passphrase"):
        assert estimate(text).acceptable and weakness(text) is None


def test_feedback_is_in_plain_words() -> None:
    strength = estimate("password123")
    assert strength.warning == "This is a very common password, so it would be tried early."
    assert strength.suggestions == ("Adding a word or two helps most; unusual words are best.",)
    assert strength.warning in strength.explanation
    # zxcvbn's own words never reach the screen where we have plainer ones
    assert "top-10" not in estimate("password").explanation


def test_words_about_the_app_count_as_guessable() -> None:
    assert estimate("inner child journal").bits < estimate("walnut lantern meadow").bits - 10


def test_too_short_says_so_whatever_the_score() -> None:
    assert weakness("Tq9#vL") == (
        "Please choose a passphrase of at least 8 characters. A few unrelated words are easy "
        "to remember and hard to guess."
    )
    assert "too easy to guess" in (weakness("password123") or "")
    assert "(this is a very common password, so it would be tried early)" in (
        weakness("password123") or ""
    )


def test_very_long_passphrases_are_estimated_quickly() -> None:
    long = "river " * 200  # zxcvbn refuses more than 72 characters; we look at the start
    assert estimate(long).score >= 0
    assert estimate("w4!nUt-lantern-meadow-cello-" * 10).acceptable


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
