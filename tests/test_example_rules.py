"""Guard 5 and the rules of doctools.pytest_plugin: each one fails when it should.

The cases below are small snippets, run by pytest-codeblocks with the project's plugin in a
separate pytest process, the way the real suite runs snippets/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INI = "[pytest]\naddopts = --codeblocks -p no:cacheprovider -p doctools.pytest_plugin\nfilterwarnings = error\n"
# What torch.rand(1) prints after torch.manual_seed(0).
SEED_0_RAND = "tensor([0.4963])\n"


def snippet(code: str, output: str | None = None) -> str:
    text = f"```python\n{code}```\n"
    if output is not None:
        text += f"<!--pytest-codeblocks:expected-output-->\n```{{ .text .output }}\n{output}```\n"
    return text


CASES = {
    "correct": snippet("import torch\ntorch.manual_seed(0)\nprint(torch.rand(1))\n", SEED_0_RAND),
    "wrong_output": snippet("print(1 + 1)\n", "3\n"),
    "raises": snippet("import torch\ntorch.ones(2, 3) @ torch.ones(2, 3)\n"),
    "unseeded": snippet("import torch\nprint(torch.rand(1))\n", SEED_0_RAND),
    "warns": snippet("import warnings\nwarnings.warn('old API', DeprecationWarning)\n"),
    "hidden_output": snippet("print('hidden from the reader')\n"),
    "writes_temporary": snippet(
        "import tempfile, pathlib\nwith tempfile.TemporaryDirectory() as d:\n    (pathlib.Path(d) / 'model.pt').write_text('x')\n"
    ),
}


def run_pytest(directory: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--junitxml=report.xml"],
        cwd=directory,
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, str]:
    """Each case's outcome: "passed", or the failure message pytest reported."""
    directory = tmp_path_factory.mktemp("cases")
    (directory / "pytest.ini").write_text(INI)
    for name, text in CASES.items():
        (directory / f"{name}.md").write_text(text)
    run_pytest(directory)
    results = {}
    for case in ET.parse(directory / "report.xml").iter("testcase"):
        failure = case.find("failure")
        results[case.get("classname").removesuffix(".md")] = "passed" if failure is None else failure.get("message", "") + (failure.text or "")
    return results


def test_the_case_runner_sees_every_case(outcomes):
    assert sorted(outcomes) == sorted(CASES)


def test_a_correct_example_passes(outcomes):
    assert outcomes["correct"] == "passed"


def test_a_wrong_output_fails_naming_the_line_and_both_outputs(outcomes):
    assert "line 1" in outcomes["wrong_output"]
    assert "Expected output" in outcomes["wrong_output"] and "but got" in outcomes["wrong_output"]


def test_an_example_that_raises_fails_with_the_error(outcomes):
    assert "line 1" in outcomes["raises"] and "cannot be multiplied" in outcomes["raises"]


def test_an_unseeded_example_fails_even_when_it_shows_what_seed_0_prints(outcomes):
    # The plugin seeds each block with a seed of its own, so output that depends on an
    # earlier block's seed (or on luck) never matches.
    assert "but got" in outcomes["unseeded"]


def test_an_example_that_warns_fails(outcomes):
    assert "old API" in outcomes["warns"]


def test_an_example_that_prints_without_showing_its_output_fails(outcomes):
    assert "hidden from the reader" in outcomes["hidden_output"]


def test_an_example_that_writes_to_a_temporary_directory_passes(outcomes):
    assert outcomes["writes_temporary"] == "passed"


def test_an_example_that_writes_into_the_checkout_fails_the_session(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "pytest.ini").write_text(INI)
    (tmp_path / ".gitignore").write_text("report.xml\n__pycache__/\n")
    (tmp_path / "writes.md").write_text(snippet("import pathlib\npathlib.Path('model.pt').write_text('x')\n"))
    result = run_pytest(tmp_path)
    assert "1 passed" in result.stdout
    assert result.returncode == pytest.ExitCode.TESTS_FAILED
    assert "checkout not clean" in result.stdout and "?? model.pt" in result.stdout
