"""No code block is silently left untested."""

from pathlib import Path

import pytest

from doctools.fences import all_fence_problems, fence_problems
from doctools.snippet_format import OUTPUT_INFO, example_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_every_fence_of_the_project_is_tested_or_plain_text():
    assert all_fence_problems(ROOT) == []


@pytest.mark.parametrize(
    "fence",
    ['python title="example.py"', 'python hl_lines="2"', "py", "python3", "pycon", "{ .python }", "sh", "bash"],
)
def test_a_fence_that_pytest_codeblocks_would_skip_or_run_as_shell_is_reported_with_file_and_line(tmp_path, fence):
    snippet = tmp_path / "example.md"
    snippet.write_text(f"Some text.\n\n```{fence}\nprint(1)\n```\n", encoding="utf-8")
    problems = fence_problems(snippet, in_snippets=True)
    assert len(problems) == 1
    assert problems[0].startswith(f"{snippet}:3: ")


def test_a_tilde_fence_is_reported(tmp_path):
    snippet = tmp_path / "example.md"
    snippet.write_text("~~~python\nprint(1)\n~~~\n", encoding="utf-8")
    assert fence_problems(snippet, in_snippets=True) == [
        f"{snippet}:1: fence ~~~python would be skipped by the tests; use backticks: ```python (it runs) or ```text (it is not code)"
    ]


def test_python_written_in_a_page_instead_of_a_snippet_is_reported(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Title\n\n```python\nprint(1)\n```\n", encoding="utf-8")
    assert fence_problems(page, in_snippets=False) == [
        f"{page}:3: Python code belongs in snippets/, included by both languages"
    ]


def test_an_output_fence_must_be_marked_as_output(tmp_path):
    snippet = tmp_path / "example.md"
    snippet.write_text(
        example_markdown("print(1)\n", "1\n").replace(OUTPUT_INFO, "text"), encoding="utf-8"
    )
    [problem] = fence_problems(snippet, in_snippets=True)
    assert problem.startswith(f"{snippet}:5: an expected output fence must be")


def test_runnable_python_output_and_plain_text_pass(tmp_path):
    snippet = tmp_path / "example.md"
    snippet.write_text(
        example_markdown("print(1)\n", "1\n") + "\n```text\nplain\n```\n",
        encoding="utf-8",
    )
    assert fence_problems(snippet, in_snippets=True) == []
