"""Ruff lints every example, the tooling and the package, with the rules of pyproject.toml.

An example (the ```python block of a snippet file) is written to a temporary folder as
``snippets/<page>/<example>.md.<n>.py``, beside a copy of pyproject.toml, so that the per-file
rules for snippets/ apply to it; a finding is reported at its line in the .md file. The rules and why they fit teaching code
are in pyproject.toml's [tool.ruff] section.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from doctools.snippet_format import examples

ROOT = Path(__file__).resolve().parent.parent
CODE = ("doctools", "overrides/hooks", "tests", "src")


def ruff(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", *arguments], capture_output=True, text=True, cwd=cwd
    )


def lint_snippets(snippets: dict[str, str], workdir: Path) -> list[str]:
    """Ruff's findings in the examples of ``snippets`` (name relative to the root -> text),
    each as ``snippets/x.md:LINE: CODE message``, LINE being the line in the .md file.

    Each example is written to ``workdir``, beside a copy of pyproject.toml, as
    ``<name>.<n>.py`` (so the per-file rules for snippets/ apply), and ruff runs once.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "pyproject.toml", workdir / "pyproject.toml")
    origin = {}
    for name, text in snippets.items():
        for n, example in enumerate(examples(ROOT / name, text)):
            file = workdir / f"{name}.{n}.py"
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(example.code, encoding="utf-8")
            origin[file.relative_to(workdir).as_posix()] = (name, example.line)
    result = ruff("--output-format", "json", *origin, cwd=workdir)
    assert result.returncode in (0, 1), f"ruff failed:\n{result.stderr}"
    found = []
    for finding in json.loads(result.stdout):
        name, fence_line = origin[Path(finding["filename"]).relative_to(workdir).as_posix()]
        # The code's first line is the line after the opening fence.
        line = fence_line + finding["location"]["row"]
        found.append(f"{name}:{line}: {finding['code']} {finding['message']}")
    return sorted(found)


def test_examples_pass_ruff(tmp_path):
    snippets = {path.relative_to(ROOT).as_posix(): None for path in sorted((ROOT / "snippets").rglob("*.md"))}
    findings = lint_snippets(snippets, tmp_path)
    assert not findings, "ruff check, on the examples:\n" + "\n".join(findings)


def test_tooling_and_package_pass_ruff():
    result = ruff("--output-format", "concise", *CODE)
    assert result.returncode == 0, f"ruff check {' '.join(CODE)}:\n{result.stdout}{result.stderr}"


BAD_SNIPPET = """\
Some text before the example.

```python
import os
from torch import nn

print(nn.Linear(2, 2).weight.shape, undefined_name)
```
"""


def test_a_bad_example_fails_with_its_line_in_the_md_file(tmp_path):
    findings = lint_snippets({"snippets/fake-page/bad.md": BAD_SNIPPET}, tmp_path)
    assert any(f.startswith("snippets/fake-page/bad.md:4: F401 ") and "`os`" in f for f in findings), findings
    assert any(f.startswith("snippets/fake-page/bad.md:7: F821 ") and "undefined_name" in f for f in findings), findings


def test_the_examples_rules_fit_the_python_prompt(tmp_path):
    # No blank line inside a class (the prompt would end it there), `_ =` for a discarded
    # value, prints, single-letter names, no annotations: all accepted.
    good = (
        "```python\nimport torch\nfrom torch import nn\n\n\n"
        "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.W = nn.Linear(2, 2)\n"
        "    def forward(self, X):\n        return self.W(X)\n\n\n"
        "_ = torch.manual_seed(0)\nX = torch.ones(1, 2)\nprint(Net()(X).shape)\n```\n"
    )
    assert lint_snippets({"snippets/fake-page/good.md": good}, tmp_path) == []


@pytest.mark.parametrize("name", ["snippets/pitfalls/grad-is-none.md", "snippets/pitfalls/type-vs-isinstance.md"])
def test_the_pitfalls_idioms_are_allowed_only_on_the_pitfalls_page(name, tmp_path):
    text = (ROOT / name).read_text(encoding="utf-8")
    assert lint_snippets({name: text}, tmp_path / "pitfalls") == []
    elsewhere = lint_snippets({"snippets/fake-page/x.md": text}, tmp_path / "elsewhere")
    assert any(f" {code} " in f for f in elsewhere for code in ("E711", "E721")), elsewhere


# The GitHub workflows: valid against GitHub's schema, and no finding of zizmor (a security
# linter: unpinned actions, persisted credentials, template injection...), offline.
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
BIN = Path(sys.executable).parent


def check_workflow(path: Path) -> dict[str, subprocess.CompletedProcess]:
    run = lambda *command: subprocess.run(command, capture_output=True, text=True, cwd=ROOT)  # noqa: E731
    return {
        "check-jsonschema": run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(path)),
        "zizmor": run(str(BIN / "zizmor"), "--offline", "--no-progress", str(path)),
    }


def test_there_is_a_workflow():
    assert WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_passes_schema_and_zizmor(workflow):
    for tool, result in check_workflow(workflow).items():
        assert result.returncode == 0, f"{tool} on {workflow.relative_to(ROOT)}:\n{result.stdout}{result.stderr}"


def test_the_workflow_runs_the_readme_command_and_says_where_the_site_is():
    text = (ROOT / ".github" / "workflows" / "docs.yml").read_text(encoding="utf-8")
    assert "run: make test" in text
    for variable in ("SITE_URL", "REPO_URL", "REPO_NAME", "EDIT_URI"):
        assert variable in text, f"the workflow does not set {variable}, which mkdocs.yml reads"


BAD_WORKFLOW = """\
name: bad
on: [push]
permissions: {}
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo hi
"""


def test_a_bad_workflow_fails_both_checks(tmp_path):
    unpinned = tmp_path / "unpinned.yml"
    unpinned.write_text(BAD_WORKFLOW, encoding="utf-8")
    results = check_workflow(unpinned)
    assert results["check-jsonschema"].returncode == 0
    assert results["zizmor"].returncode != 0
    assert "unpinned-uses" in results["zizmor"].stdout + results["zizmor"].stderr
    assert "artipacked" in results["zizmor"].stdout + results["zizmor"].stderr
    invalid = tmp_path / "invalid.yml"
    invalid.write_text(BAD_WORKFLOW.replace("runs-on: ubuntu-24.04", "runs_on: ubuntu-24.04"), encoding="utf-8")
    assert check_workflow(invalid)["check-jsonschema"].returncode != 0
