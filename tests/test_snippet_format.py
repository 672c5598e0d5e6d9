"""The snippet format: outputs written under a block, includes (whole files and sections)."""

from __future__ import annotations

import pytest

from doctools.snippet_format import example_markdown, examples, expand_includes, include_line, with_outputs

CODE = example_markdown("print(1)\n")
OUTPUT = example_markdown("print(1)\n", "1\n").removeprefix(CODE)


def test_the_format_is_written_as_the_pages_and_the_runner_read_it():
    # The one place the format is spelled out in full, as a snippet file holds it.
    assert CODE + OUTPUT == "```python\nprint(1)\n```\n<!--pytest-codeblocks:expected-output-->\n```{ .text .output }\n1\n```\n"
    assert include_line("page/a.md", "    ") == '    --8<-- "page/a.md"\n'


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
    expanded = expand_includes("# Page\n\n" + include_line("both.md:second"), tmp_path)
    assert [example.code for example in examples(tmp_path / "page.md", expanded)] == ["print(2)\n"]
    with pytest.raises(Exception, match="third"):
        expand_includes(include_line("both.md:third"), tmp_path)


def test_an_indented_include_is_read_as_the_example_it_includes(tmp_path):
    # Inside a list item and a collapsible, as a solution is: the example's code and output
    # come back without the indentation (the downloads read pages this way).
    (tmp_path / "a.md").write_text(CODE + OUTPUT, encoding="utf-8")
    expanded = expand_includes('1. Exercise\n\n    ??? success "Solution"\n\n' + include_line("a.md", " " * 8), tmp_path)
    assert "\n        ```python\n        print(1)\n" in expanded
    (example,) = examples(tmp_path / "page.md", expanded)
    assert (example.code, example.output) == ("print(1)\n", "1\n")
