"""A fork deploys as is: the site's and the repository's URLs come from the environment.

mkdocs.yml reads SITE_URL, REPO_URL, REPO_NAME and EDIT_URI, which the GitHub workflow sets
from GitHub's context; overrides/hooks/repository.py puts the install command on the
Reference page. Built here with a fork's values, and with none (a local build).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from doctools.languages import ROOT, languages
from tests.conftest import shared_build

FORK = {
    "SITE_URL": "https://someone.github.io/a-fork/",
    "REPO_URL": "https://github.com/someone/a-fork",
    "REPO_NAME": "someone/a-fork",
    "EDIT_URI": "edit/trunk/docs/",
}
PLACEHOLDERS = ("example.github.io", "github.com/example")
LOCALES = {language.locale: language.url_prefix for language in languages(ROOT)}  # docs/<locale>/ -> URL prefix


@pytest.fixture(scope="module")
def fork_site(tmp_path_factory) -> Path:
    return shared_build(tmp_path_factory, "fork-site", variables=FORK)


@pytest.fixture(scope="module")
def local_site(built_site) -> Path:
    return built_site  # the tests' own build is a local one (tests/conftest.py)


def text_of(site: Path, path: str) -> str:
    return html.unescape((site / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_fork_gets_its_own_canonical_and_edit_links(fork_site, locale):
    prefix = LOCALES[locale]
    page = text_of(fork_site, f"{prefix}reference/index.html")
    assert f'<link rel="canonical" href="{FORK["SITE_URL"]}{prefix}reference/">' in page
    edit = f'{FORK["REPO_URL"]}/edit/trunk/docs/{locale}/reference.md'
    assert f'href="{edit}"' in page, "no edit link into docs/<locale>/ of the fork"
    assert f'href="{FORK["REPO_URL"]}"' in page and FORK["REPO_NAME"] in page, "no link to the fork's repository"
    # The repository link stays a plain link: no request to api.github.com from the reader's browser.
    assert 'data-md-component="source"' not in page


@pytest.mark.parametrize("locale", LOCALES)
def test_a_fork_gets_its_own_install_command(fork_site, locale):
    page = text_of(fork_site, f"{LOCALES[locale]}reference/index.html")
    assert f'pip install "computation-in-pytorch @ git+{FORK["REPO_URL"]}"' in page
    assert "install-command" not in page


@pytest.mark.parametrize("locale", LOCALES)
def test_a_local_build_installs_from_a_clone(local_site, locale):
    page = text_of(local_site, f"{LOCALES[locale]}reference/index.html")
    assert re.search(r"<code>pip install -e \.  # [^<\n]+\n</code>", page), "no `pip install -e .` on the Reference page"
    assert "git+" not in page and "install-command" not in page
    assert 'rel="canonical"' not in page, "a local build has no site URL to point to"
    assert "/edit/" not in page


def test_a_local_build_has_no_placeholder_url(local_site):
    found = [
        f"{path.relative_to(local_site)}: {placeholder}"
        for path in sorted(local_site.rglob("*"))
        if path.is_file() and path.suffix in (".html", ".json", ".js", ".xml", ".txt", ".ipynb", ".py")
        for placeholder in PLACEHOLDERS
        if placeholder in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert not found, "placeholder URLs in the built site:\n" + "\n".join(found)
