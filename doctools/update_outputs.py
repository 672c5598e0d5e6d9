"""Regenerate the expected output shown under every example.

    python -m doctools.update_outputs [snippets/some-page/example.md ...]

Each ```python block of snippets/ runs in a fresh interpreter (as when a reader pastes it
into a new Python session), with warnings as errors. What it prints becomes the
``{ .text .output }`` fence after its expected-output marker: the marker and fence are
added when the block prints and they are missing, and removed when it prints nothing.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from doctools.fences import OUTPUT_INFO
from doctools.markdown_scan import examples, scan

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!--pytest-codeblocks:expected-output-->"


def run_fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter; raises with its stderr if it fails."""
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return result.stdout


def updated_text(path: Path, outputs: dict[int, str]) -> str:
    """The text of ``path`` with the output after each block (by opening line) replaced."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fences, _, _ = scan(path)
    # Edit from the bottom up so that earlier line numbers stay valid.
    for index in reversed(range(len(fences))):
        fence = fences[index]
        if fence.line not in outputs:
            continue
        output = outputs[fence.line]
        following = fences[index + 1] if index + 1 < len(fences) else None
        indent = lines[fence.line - 1][: len(lines[fence.line - 1]) - len(lines[fence.line - 1].lstrip())]
        block = []
        if output:
            body = output if output.endswith("\n") else output + "\n"
            block = [f"{indent}{MARKER}\n", f"{indent}```{OUTPUT_INFO}\n"]
            block += [f"{indent}{line}" if line.strip() else line for line in body.splitlines(keepends=True)]
            block += [f"{indent}```\n"]
        if following is not None and following.is_expected_output:
            # Replace from the line after the code block to the end of the old output fence.
            lines[fence.end_line : following.end_line] = block
        else:
            lines[fence.end_line : fence.end_line] = block
    return "".join(lines)


def main(arguments: list[str]) -> int:
    paths = [Path(a).resolve() for a in arguments] or sorted((ROOT / "snippets").rglob("*.md"))
    jobs = []
    for path in paths:
        jobs += [(path, fence) for fence, _ in examples(path)]
    failures = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: _try(run_fresh, job[1].body + "\n"), jobs))
    by_path: dict[Path, dict[int, str]] = {}
    for (path, fence), (output, error) in zip(jobs, results):
        if error is not None:
            failures += 1
            print(f"{path.relative_to(ROOT)}:{fence.line}: the example fails:\n{error}", file=sys.stderr)
            continue
        by_path.setdefault(path, {})[fence.line] = output
    changed = 0
    for path, outputs in by_path.items():
        new = updated_text(path, outputs)
        if new != path.read_text(encoding="utf-8"):
            path.write_text(new, encoding="utf-8")
            changed += 1
            print(f"updated {path.relative_to(ROOT)}")
    print(f"{len(jobs)} examples run, {changed} files updated, {failures} failed")
    return 1 if failures else 0


def _try(function, argument):
    try:
        return function(argument), None
    except RuntimeError as error:
        return None, str(error)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
