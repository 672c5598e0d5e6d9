"""The snippet format: outputs written under a block, includes (whole files and sections)."""

from __future__ import annotations

import pytest

from doctools.snippet_format import examples, expand_includes, snippet_text, with_outputs

CODE = "```python\nprint(1)\n```\n"
OUTPUT = "<!--pytest-codeblocks:expected-output-->\n```{ .text .output }\n1\n```\n"


def test_output_is_added_under_a_block_that_prints(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE, encoding="utf-8")
    assert with_outputs(path, {1: "1\n"}) == CODE + OUTPUT


def test_a_stale_output_is_replaced(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE + OUTPUT.replace("\n1\n", "\n2\n"), encoding="utf-8")
    assert with_outputs(path, {1: "1\n"}) == CODE + OUTPUT


def test_the_output_is_removed_when_the_block_prints_nothing(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE + OUTPUT, encoding="utf-8")
    assert with_outputs(path, {1: ""}) == CODE


def test_an_indented_block_keeps_its_indentation(tmp_path):
    path = tmp_path / "example.md"
    path.write_text("    " + CODE.replace("\n", "\n    ").rstrip(" "), encoding="utf-8")
    assert with_outputs(path, {1: "1\n"}).endswith(
        "    <!--pytest-codeblocks:expected-output-->\n    ```{ .text .output }\n    1\n    ```\n"
    )


def test_an_example_is_read_with_the_output_shown_under_it(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE + OUTPUT, encoding="utf-8")
    (example,) = examples(path)
    assert (example.line, example.code, example.output) == (1, "print(1)\n", "1\n")


SECTIONS = "--8<-- [start:first]\n" + CODE + "--8<-- [end:first]\n--8<-- [start:second]\n```python\nprint(2)\n```\n--8<-- [end:second]\n"


def test_a_section_include_takes_only_that_section(tmp_path):
    (tmp_path / "both.md").write_text(SECTIONS, encoding="utf-8")
    assert snippet_text("both.md:second", tmp_path) == "```python\nprint(2)\n```\n"
    page = '# Page\n\n--8<-- "both.md:first"\n'
    expanded = expand_includes(page, tmp_path)
    assert [example.code for example in examples(tmp_path / "page.md", expanded)] == ["print(1)\n"]
    with pytest.raises(ValueError, match="no section 'third'"):
        snippet_text("both.md:third", tmp_path)


def test_an_include_inside_a_fence_is_left_as_it_is(tmp_path):
    (tmp_path / "a.md").write_text(CODE, encoding="utf-8")
    page = '```text\n--8<-- "a.md"\n```\n'
    assert expand_includes(page, tmp_path) == page
