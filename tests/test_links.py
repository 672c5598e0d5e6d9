"""Every internal link and anchor of the built site resolves, checked by pytest-check-links.

The pages of both languages are checked. Links to other hosts are not followed (the
machines that run the tests have no internet); 404.html is left out because its links are
absolute on purpose (it is served at any depth), and its targets are checked from the
other pages. Links to another page's anchor are checked by `mkdocs build --strict`, whose
validation covers every Markdown link of both languages.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def check_links(site: Path) -> subprocess.CompletedProcess:
    pages = sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if p.name != "404.html")
    return subprocess.run(
        [
            sys.executable, "-m", "pytest", "-c", "/dev/null", "-p", "no:cacheprovider", "-q",
            "--check-links", "--check-anchors", "--check-links-ignore", r"https?://.*", *pages,
        ],
        cwd=site,
        capture_output=True,
        text=True,
    )


def test_every_link_and_anchor_of_both_languages_resolves(built_site):
    result = check_links(built_site)
    assert result.returncode == 0, result.stdout[-4000:]
    assert (built_site / "zh" / "index.html").is_file()


def test_a_dead_link_or_anchor_in_the_built_site_is_reported(tmp_path):
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text('<h2 id="here">Here</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="page/">ok</a> <a href="missing/">gone</a> <a href="#nowhere">anchor</a> <a href="#top">top</a><p id="top"></p>',
        encoding="utf-8",
    )
    result = check_links(tmp_path)
    assert result.returncode == 1
    assert "2 failed, 2 passed" in result.stdout
    assert "missing/" in result.stdout and "#nowhere" in result.stdout
