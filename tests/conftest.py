"""Shared fixtures: the project's root, a built site, a copy of the project to break."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE_SOURCES = ("mkdocs.yml", "docs", "snippets", "overrides", "doctools")


def mkdocs_build(project: Path, site_dir: Path, *, offline: bool = False) -> subprocess.CompletedProcess:
    """Run the strict build of ``project`` into ``site_dir``; return the finished process."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", OFFLINE="true" if offline else "false")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site as `mkdocs build --strict` makes it from the checkout."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The site as `OFFLINE=true mkdocs build --strict` makes it, to browse from a folder."""
    site = tmp_path_factory.mktemp("offline-site")
    result = mkdocs_build(ROOT, site, offline=True)
    assert result.returncode == 0, f"OFFLINE=true mkdocs build --strict failed:\n{result.stderr}"
    return site


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
