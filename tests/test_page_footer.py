"""Under each page: the torch versions its outputs are verified on, and a report link
(overrides/hooks/page_footer.py, written by overrides/main.html).

The versions are read here from where the project declares what its CI tests, the torch
matrix of .github/workflows/docs.yml, independently of the hook. The report link is checked
on the build with a fork's repository (the one tests/test_site_url.py makes) and is absent
from the tests' local build. Each check has a case that fails.
"""

from __future__ import annotations

import html
import importlib.util
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from mkdocs.exceptions import PluginError

from doctools.cjk import CJK
from doctools.languages import ROOT, language_of, languages
from doctools.site import english_pages, html_path, page_examples, page_url
from tests.conftest import shared_build
from tests.test_site_url import FORK

LANGUAGES = [language.locale for language in languages(ROOT)]
WORKFLOW = ".github/workflows/docs.yml"
FOOTER = re.compile(r'<footer class="page-footer">(?P<body>.*?)</footer>', re.S)
VERIFIED = re.compile(r'<p class="page-footer__verified">(?P<body>.*?)</p>', re.S)
REPORT = re.compile(r'<p class="page-footer__report"><a href="(?P<href>[^"]+)">(?P<text>[^<]+)</a></p>')
TITLE = re.compile(r"<title>(?P<title>[^<]*)</title>")


def hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "overrides" / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def declared_versions() -> list[str]:
    """The torch versions of the workflow's test matrix."""
    workflow = yaml.safe_load((ROOT / WORKFLOW).read_text(encoding="utf-8"))
    return [str(version) for version in workflow["jobs"]["test"]["strategy"]["matrix"]["torch"]]


def verified_problems(page_html: str, versions: list[str], language: str, has_examples: bool) -> list[str]:
    footer = FOOTER.search(page_html)
    verified = VERIFIED.search(footer["body"]) if footer else None
    if not has_examples:
        return ["a page without examples says what they are verified on"] if verified else []
    if verified is None:
        return ["no line saying what the outputs are verified on"]
    text = html.unescape(re.sub(r"<[^>]+>", "", verified["body"]))
    problems = [f"does not name torch {version}" for version in versions if not re.search(rf"(?<![\d.]){re.escape(version)}(?![\d.])", text)]
    if "torch" not in text:
        problems.append("does not say torch")
    if bool(CJK.search(text)) == language_of(language).default:
        problems.append(f"not in the page's language: {text}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_with_examples_says_which_torch_versions_its_outputs_are_verified_on(built_site, language):
    versions = declared_versions()
    assert len(versions) >= 1
    problems = []
    for page in english_pages():
        page_html = html_path(built_site, language, page).read_text(encoding="utf-8")
        problems += [f"{language}: {page}: {p}" for p in verified_problems(page_html, versions, language, bool(page_examples(page)))]
        verified = VERIFIED.search(page_html)
        if verified:
            assert "<a " not in verified["body"], "a local build has no repository to link to"
    assert problems == []


def test_a_footer_naming_another_version_or_in_another_language_is_caught(built_site):
    versions = declared_versions()
    page_html = html_path(built_site, "en", "parameter-access.md").read_text(encoding="utf-8")
    assert verified_problems(page_html, versions, "en", True) == []
    changed = page_html.replace(versions[-1], versions[-1] + "1")
    assert verified_problems(changed, versions, "en", True) == [f"does not name torch {versions[-1]}"]
    assert verified_problems(page_html, versions, "zh", True)[0].startswith("not in the page's language")
    assert verified_problems(page_html.replace('class="page-footer__verified"', 'class="x"'), versions, "en", True) == [
        "no line saying what the outputs are verified on"
    ]
    assert verified_problems(page_html, versions, "en", False) == ["a page without examples says what they are verified on"]


def test_the_versions_come_from_the_workflow_matrix_or_else_the_requirements_pin(tmp_path):
    tested_torch_versions = hook("page_footer").tested_torch_versions
    assert tested_torch_versions(ROOT) == (declared_versions(), WORKFLOW)
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    workflow = tmp_path / WORKFLOW
    workflow.write_text("jobs:\n  test:\n    strategy:\n      matrix:\n        torch: ['9.1.0', 9.2]\n", encoding="utf-8")
    assert tested_torch_versions(tmp_path) == (["9.1.0", "9.2"], WORKFLOW)
    workflow.write_text("jobs:\n  test:\n    runs-on: ubuntu-24.04\n", encoding="utf-8")
    (tmp_path / "requirements.txt").write_text("numpy==2.4.6\ntorch==9.3.0\n", encoding="utf-8")
    assert tested_torch_versions(tmp_path) == (["9.3.0"], "requirements.txt")
    (tmp_path / "requirements.txt").write_text("numpy==2.4.6\n", encoding="utf-8")
    with pytest.raises(PluginError, match="no torch versions"):
        tested_torch_versions(tmp_path)


def test_a_local_build_has_no_report_link(built_site):
    found = [str(path.relative_to(built_site)) for path in built_site.rglob("*.html") if "/issues/new" in path.read_text(encoding="utf-8")]
    assert found == []


@pytest.fixture(scope="module")
def fork_site(tmp_path_factory) -> Path:
    return shared_build(tmp_path_factory, "fork-site", variables=FORK)  # the build of tests/test_site_url.py


def report_problems(page_html: str, title: str, url: str, language: str) -> list[str]:
    report = REPORT.search(page_html)
    if report is None:
        return ["no report link"]
    href = html.unescape(report["href"])
    parts = urlsplit(href)
    problems = []
    if f"{parts.scheme}://{parts.netloc}{parts.path}" != f"{FORK['REPO_URL']}/issues/new":
        problems.append(f"not a new issue of the build's repository: {href}")
    query = parse_qs(parts.query)
    if query.get("title") != [title]:
        problems.append(f"title {query.get('title')} is not the page's, {title!r}")
    if url not in query.get("body", [""])[0]:
        problems.append(f"the body does not hold the page's URL {url}")
    if bool(CJK.search(report["text"])) == language_of(language).default:
        problems.append(f"not in the page's language: {report['text']}")
    return problems


def page_title(page_html: str) -> str:
    """The page's title as the browser shows it ("<title> - <site name>"; the home page's is
    the site's name alone), without the site's name."""
    return html.unescape(TITLE.search(page_html)["title"]).rsplit(" - ", 1)[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_a_repository_each_page_reports_a_problem_with_its_title_and_url_and_links_the_workflow(fork_site, language):
    versions = declared_versions()
    problems = []
    for page in english_pages():
        page_html = html_path(fork_site, language, page).read_text(encoding="utf-8")
        url = FORK["SITE_URL"] + page_url(language, page)
        problems += [f"{language}: {page}: {p}" for p in report_problems(page_html, page_title(page_html), url, language)]
        if page_examples(page):
            assert f'href="{FORK["REPO_URL"]}/blob/HEAD/{WORKFLOW}"' in VERIFIED.search(page_html)["body"], page
            problems += [f"{language}: {page}: {p}" for p in verified_problems(page_html, versions, language, True)]
    assert problems == []


def test_a_report_link_with_another_title_url_or_repository_is_caught(fork_site):
    page_html = html_path(fork_site, "zh", "parameter-access.md").read_text(encoding="utf-8")
    url = FORK["SITE_URL"] + page_url("zh", "parameter-access.md")
    title = page_title(page_html)
    assert title == "参数访问"
    assert report_problems(page_html, title, url, "zh") == []
    assert report_problems(page_html, "参数共享", url, "zh") == ["title ['参数访问'] is not the page's, '参数共享'"]
    assert report_problems(page_html, title, url + "x", "zh") == [f"the body does not hold the page's URL {url}x"]
    assert report_problems(page_html.replace("someone/a-fork", "someone/other"), title, url, "zh")[0].startswith("not a new issue")
    assert report_problems(page_html, title, url, "en") == ["not in the page's language: 报告本页的问题"]
    assert report_problems(page_html.replace("page-footer__report", "x"), title, url, "zh") == ["no report link"]


def test_the_report_url_carries_any_title_and_url_encoded():
    report_url = hook("page_footer").report_url
    url = report_url("https://github.com/someone/a-fork/", "A & B #1 参数?", "页面：https://x.io/a b/?q=1#h\n\n")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://github.com/someone/a-fork/issues/new"
    assert parse_qs(parts.query) == {"title": ["A & B #1 参数?"], "body": ["页面：https://x.io/a b/?q=1#h\n\n"]}
    assert " " not in url and "#" not in url
