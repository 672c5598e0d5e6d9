"""Guard: no code fence is silently left out of the tests.

The tests run only fences whose info string is exactly ``python``; any other spelling
(``py``, ``python title="x.py"``, ``~~~python``, ...) would look like code on the page and
never run, as pytest-codeblocks, which ran the examples at first, silently skipped them.
So every fence in snippets/ and docs/ must be one of:

- a ``python`` fence in snippets/ (it runs);
- the fence right after an expected-output marker (it is compared with what the block prints);
- a fence whose language is plainly not code to run (``text``, ``console``).

Anything else is reported with its file and line.
"""

from __future__ import annotations

from pathlib import Path

from doctools.snippet_format import OUTPUT_INFO, scan
from doctools.snippet_format import RUN as RUN_BY_PYTEST

NOT_CODE = {"text", "console"}


def fence_problems(path: Path, *, in_snippets: bool, root: Path | None = None) -> list[str]:
    """Return one message per fence in ``path`` that would not be tested as it should."""
    problems = []
    shown = path.relative_to(root) if root else path
    fences, _, _ = scan(path)
    for fence in fences:
        where = f"{shown}:{fence.line}"
        if fence.is_expected_output:
            if fence.info != OUTPUT_INFO:
                problems.append(f"{where}: an expected output fence must be ```{OUTPUT_INFO}, not ```{fence.info}")
            continue
        if fence.marks.startswith("~"):
            problems.append(
                f"{where}: fence {fence.marks}{fence.info} would be skipped by the tests; "
                "use backticks: ```python (it runs) or ```text (it is not code)"
            )
        elif fence.info == RUN_BY_PYTEST and in_snippets:
            continue
        elif fence.info == RUN_BY_PYTEST:
            problems.append(f"{where}: Python code belongs in snippets/, included by both languages")
        elif fence.info in NOT_CODE:
            continue
        else:
            problems.append(
                f"{where}: fence ```{fence.info} would be skipped by the tests; "
                "write ```python (it runs) or ```text (it is not code)"
            )
    return problems


def all_fence_problems(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "snippets").rglob("*.md")):
        problems += fence_problems(path, in_snippets=True, root=root)
    for path in sorted((root / "docs").rglob("*.md")):
        problems += fence_problems(path, in_snippets=False, root=root)
    return problems
