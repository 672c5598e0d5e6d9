"""Every internal link and anchor of the built site resolves, checked by pytest-check-links.

The pages of both languages are checked, in the offline build: its links name files
("parameter-access.html#state-dict"), which pytest-check-links follows to the anchor, while
it cannot check an anchor behind a directory link ("parameter-access/#state-dict"). Both
builds come from the same pages; `mkdocs build --strict` also validates every Markdown link
and anchor of the served build. Links to other hosts are not followed (the machines that run
the tests have no internet); 404.html is left out because its links are absolute on purpose
(it is served at any depth), and its targets are checked from the other pages.
"""

from __future__ import annotations

import os
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
        env=dict(os.environ, PYTHONHASHSEED="0"),  # the plugin's checks iterate over a set
    )


def test_every_link_and_anchor_of_both_languages_resolves(offline_site):
    result = check_links(offline_site)
    assert result.returncode == 0, result.stdout[-4000:]
    assert (offline_site / "zh" / "parameter-access.html").is_file()


def test_a_dead_link_or_anchor_in_the_built_site_is_reported(tmp_path):
    (tmp_path / "zh").mkdir()
    (tmp_path / "zh" / "page.html").write_text('<h2 id="here">Here</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="zh/page.html#here">ok</a> <a href="zh/page.html#gone">other page, no anchor</a> '
        '<a href="missing.html">no page</a> <a href="#nowhere">no anchor</a> <a href="#top">ok</a><p id="top"></p>',
        encoding="utf-8",
    )
    result = check_links(tmp_path)
    assert result.returncode == 1
    assert "3 failed, 2 passed" in result.stdout
    for broken in ("zh/page.html#gone", "missing.html", "#nowhere"):
        assert broken in result.stdout
