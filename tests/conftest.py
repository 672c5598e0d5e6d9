"""Shared fixtures: the project's root, a built site, a copy of the project to break."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from filelock import FileLock
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
# .github: the torch versions its workflow tests, which each page names (overrides/hooks/page_footer.py).
SITE_SOURCES = ("mkdocs.yml", "docs", "snippets", "locales", "overrides", "doctools", "src", ".github")


# Where the site is published, which mkdocs.yml reads from the environment (the workflow sets
# them): a test build is a local build unless a test gives them.
PUBLISHING_VARIABLES = ("SITE_URL", "REPO_URL", "REPO_NAME", "EDIT_URI")


def mkdocs_build(
    project: Path, site_dir: Path, *, offline: bool = False, variables: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """Run the strict build of ``project`` into ``site_dir``; return the finished process."""
    env = {key: value for key, value in os.environ.items() if key not in PUBLISHING_VARIABLES}
    env.update(variables or {}, NO_MKDOCS_2_WARNING="1", OFFLINE="true" if offline else "false")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
    )


def shared_build(tmp_path_factory, name: str, *, offline: bool = False, variables: dict[str, str] | None = None) -> Path:
    """The site built once for the whole run, shared by the pytest-xdist workers."""
    # With xdist, each worker's base temp is a child of one folder the whole run shares.
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    site, done = shared / name, shared / f"{name}.done"
    with FileLock(str(shared / f"{name}.lock")):
        if not done.exists():
            result = mkdocs_build(ROOT, site, offline=offline, variables=variables)
            what = "OFFLINE=true mkdocs build --strict" if offline else "mkdocs build --strict"
            assert result.returncode == 0, f"{what} failed:\n{result.stderr}"
            done.touch()
    return site


@functools.cache
def _markdown_configuration() -> tuple[list, dict]:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return config["markdown_extensions"], config["mdx_configs"]


def render_markdown(text: str) -> str:
    """``text`` converted to HTML with the Markdown extensions and options of mkdocs.yml, as the
    build converts a page of the source language (without the theme around it)."""
    extensions, options = _markdown_configuration()
    return markdown.Markdown(extensions=extensions, extension_configs=options).convert(text)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site as `mkdocs build --strict` makes it from the checkout."""
    return shared_build(tmp_path_factory, "site")


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The site as `OFFLINE=true mkdocs build --strict` makes it, to browse from a folder."""
    return shared_build(tmp_path_factory, "offline-site", offline=True)


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A copy of everything the site is built from, to break on purpose."""
    for name in SITE_SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        elif source.exists():
            shutil.copy2(source, tmp_path / name)
    return tmp_path


@pytest.fixture(scope="session")
def browser():
    """One Chromium for every browser test of a worker."""
    from doctools.browser import chromium

    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def base_url(built_site):
    """Where the built site is served (gzip-compressed, as GitHub Pages serves it)."""
    from doctools.browser import serve

    with serve(built_site) as url:
        yield url
