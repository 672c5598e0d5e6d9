"""The output regeneration writes, replaces and removes the output fence under a block."""

import pytest

from doctools.update_outputs import run_fresh, updated_text

CODE = "```python\nprint(1)\n```\n"
OUTPUT = "<!--pytest-codeblocks:expected-output-->\n```{ .text .output }\n1\n```\n"


def test_output_is_added_under_a_block_that_prints(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE, encoding="utf-8")
    assert updated_text(path, {1: "1\n"}) == CODE + OUTPUT


def test_a_stale_output_is_replaced(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE + OUTPUT.replace("\n1\n", "\n2\n"), encoding="utf-8")
    assert updated_text(path, {1: "1\n"}) == CODE + OUTPUT


def test_the_output_is_removed_when_the_block_prints_nothing(tmp_path):
    path = tmp_path / "example.md"
    path.write_text(CODE + OUTPUT, encoding="utf-8")
    assert updated_text(path, {1: ""}) == CODE


def test_an_indented_block_keeps_its_indentation(tmp_path):
    path = tmp_path / "example.md"
    path.write_text("    " + CODE.replace("\n", "\n    ").rstrip(" "), encoding="utf-8")
    assert updated_text(path, {1: "1\n"}).endswith(
        "    <!--pytest-codeblocks:expected-output-->\n    ```{ .text .output }\n    1\n    ```\n"
    )


def test_examples_run_in_a_fresh_interpreter_with_warnings_as_errors():
    assert run_fresh("print(__name__)") == "__main__\n"
    with pytest.raises(RuntimeError, match="UserWarning: old"):
        run_fresh("import warnings; warnings.warn('old')")
