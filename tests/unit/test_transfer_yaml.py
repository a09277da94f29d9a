"""The small YAML reader (RedNotebook month files, front matter) and RedNotebook's markup."""

import pytest

from innerchild_desktop.services.transfer.mini_yaml import YamlError, loads
from innerchild_desktop.services.transfer.rednotebook import hashtags, to_markdown


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # what yaml.safe_dump writes for RedNotebook (block style, PyYAML >= 5.1)
        ("5:\n  text: plain words\n", {5: {"text": "plain words"}}),
        ("5:\n  text: 'it''s quoted'\n", {5: {"text": "it's quoted"}}),
        (
            "5:\n  text: 'one line wrapped at eighty\n    characters, folded back'\n",
            {5: {"text": "one line wrapped at eighty characters, folded back"}},
        ),
        ("5:\n  text: 'a\n\n    b\n\n\n    c'\n", {5: {"text": "a\nb\n\nc"}}),
        ('5:\n  text: "tab\\there\\nnew \\u00e9\\x41"\n', {5: {"text": "tab\there\nnew éA"}}),
        ('5:\n  text: "joined\\\n    \\ with a space"\n', {5: {"text": "joined with a space"}}),
        (
            "5:\n  text: plain that the dumper\n    wrapped\n",
            {5: {"text": "plain that the dumper wrapped"}},
        ),
        (
            "5:\n  Cat:\n    Entry one: null\n  text: ''\n",
            {5: {"Cat": {"Entry one": None}, "text": ""}},
        ),
        # flow style (PyYAML < 5.1)
        ("7: {text: 'hi', Cat: {E: null}}\n", {7: {"text": "hi", "Cat": {"E": None}}}),
        ("7: {text: 'spans\n    two lines'}\n", {7: {"text": "spans two lines"}}),
        # block scalars
        ("t: |\n  keep\n    indent\n\n  end\n", {"t": "keep\n  indent\n\nend\n"}),
        ("t: |-\n  stripped\n\n", {"t": "stripped"}),
        ("t: |+\n  kept\n\n", {"t": "kept\n\n"}),
        ("t: >\n  folded\n  line\n\n  para\n", {"t": "folded line\npara\n"}),
        # front matter habits
        ("tags: [a, 'b c', \"d\"]\n", {"tags": ["a", "b c", "d"]}),
        ("tags:\n- a\n- b\n", {"tags": ["a", "b"]}),
        ("tags:\n  - a\n  - b\n", {"tags": ["a", "b"]}),
        ("title: Hello: world\n", {"title": "Hello: world"}),
        ("n: 7 # a comment\nb: true\nz: ~\ns: '7'\n", {"n": 7, "b": True, "z": None, "s": "7"}),
        ("---\na: 1\n...\n", {"a": 1}),
        ("", None),
        ("# only a comment\n", None),
    ],
)
def test_reads_the_subset(document, expected) -> None:
    assert loads(document) == expected


@pytest.mark.parametrize(
    ("document", "line", "words"),
    [
        ("a: [1, 2\n", 1, "never closed"),
        ("a: {b: 1\n", 1, "never closed"),
        ("a: 1\n  b: 2\n", 2, "indented more"),
        ("a: 'open\nb: 2\n", 1, "never closed"),
        ("a: *alias\n", 1, "anchors, aliases and tags"),
        ("a: !!str x\n", 1, "anchors, aliases and tags"),
        ("a: 1\na: 2\n", 2, "appears twice"),
        ("a:\n\tb: 1\n", 2, "tabs"),
        ('a: "bad \\q escape"\n', 1, "unknown escape"),
        ("a: 1\n---\nb: 2\n", 3, "unexpected text"),
    ],
)
def test_errors_carry_a_line(document, line, words) -> None:
    with pytest.raises(YamlError) as caught:
        loads(document)
    assert caught.value.line == line
    assert words in caught.value.message


def test_line_numbers_of_keys_are_kept() -> None:
    document = loads("1:\n  text: a\n\n17:\n  text: b\n")
    assert document.lines == {1: 1, 17: 4}
    assert document[17].lines == {"text": 5}


def test_rednotebook_markup_becomes_markdown() -> None:
    body, notes = to_markdown(
        "= Big =\n== Smaller ==\n=== Small ===\n"
        "**bold** //italic// __under__ --struck-- ``mono`` ''raw''\n"
        "a URL http://example.org//path keeps its slashes, and well -- spaced dashes\n"
        "+ first\n+ second\n"
        '[""/home/me/pics/cat"".png] [the site https://example.org] [https://bare.example]\n'
        "% a txt2tags comment\n"
        "```\n//verbatim// stays\n```"
    )
    assert body.splitlines() == [
        "# Big",
        "## Smaller",
        "### Small",
        "**bold** *italic* *under* ~~struck~~ `mono` `raw`",
        "a URL http://example.org//path keeps its slashes, and well -- spaced dashes",
        "1. first",
        "1. second",
        "*(picture not imported: cat.png)* [the site](https://example.org) <https://bare.example>",
        "```",
        "//verbatim// stays",
        "```",
    ]
    assert notes == ["a picture linked from disk (cat.png) was not copied in"]


def test_hashtags_start_with_a_letter() -> None:
    assert hashtags("#Happy day, #1 fan, mail#x, (#inner-child) #happy") == ("happy", "inner-child")
