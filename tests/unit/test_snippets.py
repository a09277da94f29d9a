from innerchild_desktop.domain.snippets import make_snippet


def snip(text: str, *terms: str, width: int = 16) -> str:
    return make_snippet(text, terms, start_mark="[", end_mark="]", width=width)


def test_marks_prefix_matches_case_insensitively() -> None:
    assert snip("The Bicycle had a bell.", "bicy") == "The [Bicycle] had a bell."


def test_window_goes_to_the_densest_cluster_with_ellipses() -> None:
    text = " ".join(["filler"] * 50 + ["blue", "bicycle", "blue"] + ["filler"] * 50)
    out = snip(text, "blue", "bicycle", width=8)
    assert out.startswith("…") and out.endswith("…")
    assert "[blue] [bicycle] [blue]" in out
    assert 5 <= len(out.split()) <= 10


def test_prefers_a_cluster_over_a_lone_early_hit() -> None:
    text = "blue " + "x " * 40 + "blue bicycle blue bicycle " + "y " * 40
    out = snip(text, "blue", "bicycle", width=8)
    assert out.count("[") == 4


def test_no_match_shows_the_beginning() -> None:
    out = snip("Dear little me, hello again my friend.", "zebra", width=3)
    assert out.startswith("Dear little me,") and out.endswith("…")
    assert snip("", "x") == ""


def test_markdown_punctuation_is_kept_but_whitespace_folded() -> None:
    assert snip("**brave**\n\nand  kind", "kind") == "**brave** and [kind]"


def test_terms_are_not_regular_expressions() -> None:
    assert snip("a+b (c) d", "a+b") == "[a+b] (c) d"
    assert snip("a+b (c) d", "(c", "[") == "a+b (c) d"  # no error, no match
