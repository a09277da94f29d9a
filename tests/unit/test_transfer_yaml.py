"""The strict YAML reader (RedNotebook month files, front matter) and RedNotebook's markup.

The reading tests run twice: on libyaml's parser and on PyYAML's pure-Python one (the fallback
when PyYAML was built without libyaml), which word their errors differently.
"""

import pytest

from innerchild_desktop.services.transfer import yaml_reader
from innerchild_desktop.services.transfer.rednotebook import hashtags, to_markdown
from innerchild_desktop.services.transfer.yaml_reader import YamlError, loads


@pytest.fixture(params=["libyaml", "python"])
def backend(request, monkeypatch) -> str:
    if request.param == "python":
        monkeypatch.setattr(yaml_reader, "_LOADER", yaml_reader._PyLoader)
    else:
        assert yaml_reader._LOADER is not yaml_reader._PyLoader, "PyYAML without libyaml"
    return request.param


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
def test_reads_the_subset(backend, document, expected) -> None:
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
def test_errors_carry_a_line(backend, document, line, words) -> None:
    with pytest.raises(YamlError) as caught:
        loads(document)
    assert caught.value.line == line
    assert words in caught.value.message


def test_line_numbers_of_keys_are_kept(backend) -> None:
    document = loads("1:\n  text: a\n\n17:\n  text: b\n")
    assert document.lines == {1: 1, 17: 4}
    assert document[17].lines == {"text": 5}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # only YAML 1.2 core scalars are resolved; the rest stays the text as written
        (
            "a: yes\nb: off\nc: 1.5\nd: 0x1F\ne: 1:30\nf: 017\n",
            ["yes", "off", "1.5", "0x1F", "1:30", "017"],
        ),
        ("d: 2024-05-17\nt: 2024-05-17T10:00:00Z\n", ["2024-05-17", "2024-05-17T10:00:00Z"]),
        ("n: 1_000\nm: -3\np: +4\nk: <<\n", [1000, -3, 4, "<<"]),
        # what PyYAML would refuse or break a line at is read as text, as before
        (
            'a: "del\x7f nel\x85 ls\u2028"\nb: plain\x00text\n',
            ["del\x7f nel\x85 ls\u2028", "plain\x00text"],
        ),
        # hand-written front matter: a second ": " in a plain value is forgiven
        ("title: Dear me: a letter # a note\nmood: calm\n", ["Dear me: a letter", "calm"]),
        ("- a: b: it's\n", None),
    ],
)
def test_values_are_what_the_importers_expect(backend, document, expected) -> None:
    value = loads(document)
    if expected is None:
        assert value == [{"a": "b: it's"}]
    else:
        assert list(value.values()) == expected


def test_a_trailing_empty_document_is_fine(backend) -> None:
    assert loads("a: 1\n---\n") == {"a": 1}
    assert loads("---\n") is None


@pytest.mark.parametrize(
    ("document", "line", "words"),
    [
        ("a: &x 1\nb: 2\n", 1, "anchors, aliases and tags"),
        ("a: 1\nb: !!python/object:os.system x\n", 2, "anchors, aliases and tags"),
        ("a: ! x\n", 1, "anchors, aliases and tags"),
        ("a: 1\nb: !!binary aGk=\n", 2, "anchors, aliases and tags"),
        ("a: {b: 1, b: 2}\n", 1, "appears twice"),
        ("? [a, b]\n: 1\n", 1, "a key should be"),
        ("a: 1\nb: " + "7" * 5000 + "\n", 2, "more than 4,300 digits"),
        ("a:\n  b: " + "[" * 1_500 + "\n", 2, "nested more than"),
        ('a: "\\xZZ"\n', 1, "hex digits"),
        ("a: 1\nb: @home\n", 2, "not readable YAML"),
    ],
)
def test_refusals_are_sentences_with_a_line(backend, document, line, words) -> None:
    with pytest.raises(YamlError) as caught:
        loads(document)
    assert (caught.value.line, words in caught.value.message) == (line, True), caught.value


def test_an_alias_bomb_is_refused_at_once(backend) -> None:
    bomb = 'a: &a ["x", "x"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20)
    )
    with pytest.raises(YamlError, match="anchors, aliases and tags") as caught:
        loads(bomb)
    assert caught.value.line == 1


def test_errors_never_quote_the_text(backend) -> None:
    for document in (
        'a: "secret \\q"\n',
        "a: secret\n\tb: 1\n",
        "secret: [1,\n",
        "a: secret\x01\n: :",
    ):
        with pytest.raises(YamlError) as caught:
            loads(document)
        assert "secret" not in str(caught.value)


def test_size_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(yaml_reader, "MAX_CHARS", 100)
    assert loads("a: " + "x" * 90) == {"a": "x" * 90}
    with pytest.raises(YamlError, match="too long to read"):
        loads("a: " + "x" * 100)


def test_many_forgiven_colons_stay_bounded(backend) -> None:
    document = "".join(f"k{n}: a: b\n" for n in range(200))
    with pytest.raises(YamlError) as caught:
        loads(document)
    assert caught.value.line == yaml_reader.MAX_LENIENT_FIXES + 1
    assert "needs quotes" in caught.value.message
    assert (
        loads("big: " + "x" * yaml_reader.MAX_LENIENT_CHARS + "\ntitle: fine\n")["title"] == "fine"
    )
    with pytest.raises(YamlError, match="needs quotes"):
        loads("big: " + "x" * yaml_reader.MAX_LENIENT_CHARS + "\ntitle: a: b\n")


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
