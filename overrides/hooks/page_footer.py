"""MkDocs hook: under each page, what its examples are verified on, and a way to report a problem.

- Verified on: a page that shows examples says which torch releases their outputs are
  verified on: the torch versions of the test job's matrix in .github/workflows/docs.yml, the
  one place where the project declares what its CI tests (pyproject.toml's range and
  requirements.txt's pin are kept in step with it there); without a matrix, the torch pin of
  requirements.txt. The sentence links to the workflow file in the repository when the build
  has one (repo_url).
- Report a problem: when the build has a repository, each page links to a new issue in it
  with the page's title and URL filled in; a local build has none, as it has no edit link.

The words are the site's own texts (doctools.code_comments.SITE_TEXTS), translated through
locales/<locale>.po. overrides/main.html writes them after the page's content, outside what
the search plugin indexes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml
from mkdocs.exceptions import PluginError

from doctools.cjk import is_cjk_language
from doctools.code_comments import build_text
from doctools.languages import build_root
from doctools.snippet_format import INCLUDE

WORKFLOW = ".github/workflows/docs.yml"
REQUIREMENTS = "requirements.txt"
PIN = re.compile(r"^torch==(?P<version>\S+)", re.MULTILINE)


def tested_torch_versions(root: Path) -> tuple[list[str], str]:
    """The torch versions the project's CI tests, and the file (relative to ``root``) that declares them."""
    workflow = root / WORKFLOW
    if workflow.is_file():
        jobs = (yaml.safe_load(workflow.read_text(encoding="utf-8")) or {}).get("jobs") or {}
        for job in jobs.values():
            matrix = ((job or {}).get("strategy") or {}).get("matrix") or {}
            versions = [str(v) for v in matrix.get("torch") or []]
            versions += [str(entry["torch"]) for entry in matrix.get("include") or [] if "torch" in entry]
            if versions:
                return list(dict.fromkeys(versions)), WORKFLOW
    requirements = root / REQUIREMENTS
    if requirements.is_file() and (pin := PIN.search(requirements.read_text(encoding="utf-8"))):
        return [pin["version"]], REQUIREMENTS
    raise PluginError(f"{__file__}: no torch versions in {WORKFLOW} (a matrix) or {REQUIREMENTS} (a pin)")




def versions_in_words(versions: list[str], config) -> str:
    if len(versions) == 1:
        return versions[0]
    separator = "、" if is_cjk_language(str(config["theme"]["language"])) else ", "
    return build_text("{versions} and {last}", config).format(versions=separator.join(versions[:-1]), last=versions[-1])


def report_url(repo_url: str, title: str, body: str) -> str:
    """A new issue in the repository at ``repo_url``, its title and body filled in."""
    query = urlencode({"title": title, "body": body}, quote_via=quote)
    return f"{repo_url.rstrip('/')}/issues/new?{query}"


# The versions, read once per build (on_config): reading the workflow for each page costs ~1 s.
_versions: list[str] = []


def on_config(config):
    _versions[:] = tested_torch_versions(build_root(config))[0]
    return config


def verified_on(config, versions: list[str]) -> str:
    """The sentence, as HTML, that says which torch versions the page's outputs are verified on."""
    tests = html.escape(build_text("the site's tests", config), quote=False)
    if config["repo_url"] and (build_root(config) / WORKFLOW).is_file():
        tests = f'<a href="{html.escape(config["repo_url"].rstrip("/"))}/blob/HEAD/{WORKFLOW}">{tests}</a>'
    sentence = html.escape(build_text("The outputs of this page's examples are verified on torch {versions} by {tests}.", config), quote=False)
    return sentence.format(versions=html.escape(versions_in_words(versions, config), quote=False), tests=tests)


def on_page_context(context, page, config, nav):
    parts = []
    if any(INCLUDE.match(line) for line in (page.markdown or "").split("\n")):
        parts.append(f'<p class="page-footer__verified">{verified_on(config, _versions)}</p>')
    if config["repo_url"]:
        # The page's title as the browser shows it, without the site's name (Material's <title>).
        title = config["site_name"] if page.is_homepage or not page.title else page.title
        body = build_text("Page: {url}", config).format(url=page.canonical_url or page.abs_url or page.url) + "\n\n"
        url = report_url(config["repo_url"], title, body)
        parts.append(f'<p class="page-footer__report"><a href="{html.escape(url)}">{html.escape(build_text("Report a problem with this page", config), quote=False)}</a></p>')
    context["page_footer"] = "".join(parts)
    return context
