"""pytest plugin: every example of snippets/ is a test, and --update-outputs rewrites them.

Each ```python block of ``snippets/**/*.md`` becomes a test ``snippets/<page>/<file>.md::line N``
that runs it with ``doctools.example_runner`` (as pasted into a fresh prompt, seeded, warnings
as errors) and compares what it prints with the output shown under it; a block that shows no
output must print nothing, so no printed output is hidden from the reader.

``pytest snippets --update-outputs`` (``make outputs``) runs the same tests with the same rules
and, instead of failing on a different output, writes what the block printed under it. An
example that raises still fails, so regeneration and verification cannot disagree.

The session also fails if running the tests changed ``git status`` (an example wrote a file
into the checkout).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from doctools.example_runner import ExampleFailed, run
from doctools.snippet_format import Example, examples, with_outputs

SNIPPETS = "snippets"
_UPDATES = pytest.StashKey[dict[Path, dict[int, str]]]()
_STATUS_BEFORE = pytest.StashKey[str | None]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="write what each example prints under it instead of failing on a different output",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix == ".md" and SNIPPETS in file_path.relative_to(parent.config.rootpath).parts[:1]:
        return SnippetFile.from_parent(parent, path=file_path)
    return None


class SnippetFile(pytest.File):
    def collect(self):
        for example in examples(self.path):
            yield ExampleItem.from_parent(self, name=f"line {example.line}", example=example)


class ExampleItem(pytest.Item):
    def __init__(self, *, example: Example, **kwargs):
        super().__init__(**kwargs)
        self.example = example

    def runtest(self) -> None:
        where = f"{self.path.relative_to(self.config.rootpath)}:{self.example.line}"
        try:
            printed = run(self.example.code, name=self.nodeid, filename=where).output
        except ExampleFailed as error:
            raise ExampleError(f"{where}: the example fails as pasted into a fresh Python prompt:\n{error}") from None
        if printed == self.example.output:
            return
        if self.config.getoption("update_outputs"):
            self.config.stash.setdefault(_UPDATES, {}).setdefault(self.path, {})[self.example.line] = printed
            return
        raise ExampleError(
            f"{where}: the example prints something else than the output shown under it "
            f"(regenerate with `make outputs`)\nExpected output\n```\n{self.example.output}```\nbut got\n```\n{printed}```"
        )

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ExampleError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.example.line - 1, self.name


class ExampleError(Exception):
    pass


def _git_status(rootdir: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=rootdir,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None  # not a git checkout: nothing to compare
    return result.stdout


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STATUS_BEFORE] = _git_status(session.config.rootpath)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    for path, outputs in session.config.stash.get(_UPDATES, {}).items():
        path.write_text(with_outputs(path, outputs), encoding="utf-8")
        if reporter is not None:
            reporter.write_line(f"updated the output of {path.relative_to(session.config.rootpath)}")
    if session.config.getoption("update_outputs", False):
        return  # rewriting outputs changes the checkout on purpose
    before = session.config.stash.get(_STATUS_BEFORE, None)
    after = _git_status(session.config.rootpath)
    if before is None or after is None or before == after:
        return
    changed = sorted(set(after.splitlines()) - set(before.splitlines()))
    message = "the tests changed the checkout (examples must write only to temporary directories):\n" + "\n".join(
        f"    {line}" for line in changed
    )
    if reporter is not None:
        reporter.write_sep("=", "checkout not clean", red=True)
        reporter.write_line(message)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
