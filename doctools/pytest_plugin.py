"""pytest plugin: make pytest-codeblocks check what a reader of the site relies on.

pytest-codeblocks runs every ```python block of snippets/ in this one process with fresh
globals. On top of that, this plugin:

- puts torch's global state back to the defaults before each block and seeds the random
  number generators with a seed no reader would have, so a block that prints random numbers
  without seeding them itself fails instead of passing by luck of the order;
- treats a block with no expected output as one that must print nothing, so no printed
  output is hidden from the reader;
- fails the session if running the tests changed ``git status`` (an example wrote a file
  into the checkout).
"""

from __future__ import annotations

import random
import subprocess
import zlib

import pytest

try:
    from pytest_codeblocks.plugin import TestBlock
except ImportError:  # pragma: no cover - pytest-codeblocks is a requirement
    TestBlock = ()


def _git_status(rootdir) -> str | None:
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


_STATUS_BEFORE = pytest.StashKey[str | None]()


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STATUS_BEFORE] = _git_status(session.config.rootpath)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_STATUS_BEFORE, None)
    after = _git_status(session.config.rootpath)
    if before is None or after is None or before == after:
        return
    changed = sorted(set(after.splitlines()) - set(before.splitlines()))
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    message = "the tests changed the checkout (examples must write only to temporary directories):\n" + "\n".join(
        f"    {line}" for line in changed
    )
    if reporter is not None:
        reporter.write_sep("=", "checkout not clean", red=True)
        reporter.write_line(message)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, TestBlock) and item.obj.syntax == "python" and item.obj.expected_output is None:
            # The page shows no output under this block, so it must print nothing.
            item.obj.expected_output = ""


def pytest_runtest_setup(item: pytest.Item) -> None:
    if not isinstance(item, TestBlock):
        return
    import torch

    # A seed that differs from a fresh interpreter's default and from block to block.
    seed = zlib.crc32(item.nodeid.encode())
    torch.manual_seed(seed)
    random.seed(seed)
    torch.set_default_dtype(torch.float32)
    torch.set_printoptions(profile="default")
    torch.set_grad_enabled(True)
    torch.set_default_device(None)
