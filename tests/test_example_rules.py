"""The rules of the examples plugin (tests/plugins/examples.py): each one fails when it should.

The cases below are small snippets, run with the project's plugin in a separate pytest
process, the way the real suite runs snippets/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from doctools.snippet_format import example_markdown

ROOT = Path(__file__).resolve().parent.parent
INI = "[pytest]\naddopts = -p no:cacheprovider -p tests.plugins.examples\nfilterwarnings = error\n"
# What torch.rand(1) prints after torch.manual_seed(0).
SEED_0_RAND = "tensor([0.4963])\n"


def snippet(code: str, output: str | None = None) -> str:
    return example_markdown(code, output or "")


CASES = {
    "correct": snippet("import torch\n_ = torch.manual_seed(0)\nprint(torch.rand(1))\n", SEED_0_RAND),
    "wrong_output": snippet("print(1 + 1)\n", "3\n"),
    "raises": snippet("import torch\ntorch.ones(2, 3) @ torch.ones(2, 3)\n"),
    "unseeded": snippet("import torch\nprint(torch.rand(1))\n", SEED_0_RAND),
    "warns": snippet("import warnings\nwarnings.warn('old API', DeprecationWarning)\n"),
    "hidden_output": snippet("print('hidden from the reader')\n"),
    # The plain Python prompt ends a block at a blank line, and echoes a bare expression.
    "blank_line_in_class": snippet("class A:\n    x = 1\n\n    def f(self):\n        return 1\n"),
    "statement_right_after_block": snippet("for i in range(2):\n    pass\nprint(i)\n", "1\n"),
    "echoing_expression": snippet("import torch\ntorch.manual_seed(0)\n"),
    "writes_checkout": snippet("import pathlib\n_ = pathlib.Path('model.pt').write_text('x')\n"),
    "writes_temporary": snippet(
        "import tempfile, pathlib\nwith tempfile.TemporaryDirectory() as d:\n    _ = (pathlib.Path(d) / 'model.pt').write_text('x')\n"
    ),
}


def run_pytest(directory: Path, *options: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--junitxml=report.xml", *options],
        cwd=directory,
        capture_output=True,
        text=True,
        env=env,
    )


@dataclass
class Outcomes:
    cases: dict[str, str]  # each case's outcome: "passed", or the failure message pytest reported
    session: subprocess.CompletedProcess  # the whole run, as its caller sees it


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> Outcomes:
    """Every case run by one pytest process (one torch import), in a git checkout of its own
    so that the case that writes into the checkout fails the session."""
    directory = tmp_path_factory.mktemp("cases")
    subprocess.run(["git", "init", "-q"], cwd=directory, check=True)
    (directory / ".gitignore").write_text("report.xml\n__pycache__/\n")
    (directory / "pytest.ini").write_text(INI)
    (directory / "snippets").mkdir()
    for name, text in CASES.items():
        (directory / "snippets" / f"{name}.md").write_text(text)
    session = run_pytest(directory)
    results = {}
    for case in ET.parse(directory / "report.xml").iter("testcase"):
        failure = case.find("failure")
        name = case.get("classname").removeprefix("snippets.").removesuffix(".md")
        results[name] = "passed" if failure is None else failure.get("message", "") + (failure.text or "")
    return Outcomes(results, session)


def test_the_case_runner_sees_every_case(outcomes):
    assert sorted(outcomes.cases) == sorted(CASES)


def test_a_correct_example_passes(outcomes):
    assert outcomes.cases["correct"] == "passed"


def test_a_wrong_output_fails_naming_the_line_and_both_outputs(outcomes):
    assert "snippets/wrong_output.md:1" in outcomes.cases["wrong_output"]
    assert "Expected output" in outcomes.cases["wrong_output"] and "but got" in outcomes.cases["wrong_output"]


def test_an_example_that_raises_fails_with_the_error(outcomes):
    assert "snippets/raises.md:1" in outcomes.cases["raises"] and "cannot be multiplied" in outcomes.cases["raises"]


def test_an_unseeded_example_fails_even_when_it_shows_what_seed_0_prints(outcomes):
    # The plugin seeds each block with a seed of its own, so output that depends on an
    # earlier block's seed (or on luck) never matches.
    assert "but got" in outcomes.cases["unseeded"]


def test_an_example_that_warns_fails(outcomes):
    assert "old API" in outcomes.cases["warns"]


def test_an_example_that_prints_without_showing_its_output_fails(outcomes):
    assert "hidden from the reader" in outcomes.cases["hidden_output"]


def test_a_blank_line_inside_a_class_fails_as_it_does_in_the_python_prompt(outcomes):
    assert "snippets/blank_line_in_class.md:1" in outcomes.cases["blank_line_in_class"]
    assert "IndentationError" in outcomes.cases["blank_line_in_class"]


def test_a_statement_right_after_a_block_fails_as_it_does_in_the_python_prompt(outcomes):
    assert "SyntaxError" in outcomes.cases["statement_right_after_block"]


def test_a_bare_expression_that_the_prompt_echoes_is_printed_output(outcomes):
    # torch.manual_seed returns a Generator, which the prompt prints: the page would not show it.
    assert "torch._C.Generator object" in outcomes.cases["echoing_expression"]


def test_update_outputs_writes_what_each_example_prints_and_still_fails_on_errors(tmp_path):
    (tmp_path / "pytest.ini").write_text(INI)
    (tmp_path / "snippets").mkdir()
    stale = tmp_path / "snippets" / "stale.md"
    stale.write_text(snippet("print(1 + 1)\n", "3\n"))
    unseeded = tmp_path / "snippets" / "unseeded.md"
    unseeded.write_text(CASES["unseeded"])
    raises = tmp_path / "snippets" / "raises.md"
    raises.write_text(CASES["raises"])
    result = run_pytest(tmp_path, "--update-outputs")
    assert stale.read_text() == snippet("print(1 + 1)\n", "2\n")
    # The same seed as verification: the unseeded example's output is rewritten to what it
    # prints under its own seed, and verifying then passes.
    assert unseeded.read_text() != CASES["unseeded"]
    assert "cannot be multiplied" in result.stdout and result.returncode == pytest.ExitCode.TESTS_FAILED
    raises.unlink()
    assert run_pytest(tmp_path).returncode == pytest.ExitCode.OK


def test_an_example_that_writes_to_a_temporary_directory_passes(outcomes):
    assert outcomes.cases["writes_temporary"] == "passed"


def test_an_example_that_writes_into_the_checkout_fails_the_session(outcomes):
    # The example itself passes; the session reports the file it left in the checkout.
    assert outcomes.cases["writes_checkout"] == "passed"
    assert outcomes.session.returncode == pytest.ExitCode.TESTS_FAILED
    assert "checkout not clean" in outcomes.session.stdout and "?? model.pt" in outcomes.session.stdout
    assert "?? snippets" not in outcomes.session.stdout  # the case files were there before the run
