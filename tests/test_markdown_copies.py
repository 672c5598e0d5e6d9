"""Each page's Markdown copy beside it, and llms.txt per language (overrides/hooks/markdown_copies.py).

Checked on the tests' build: every page of every language has its copy at the URL of its
HTML file plus ".md" and links it; the copy's examples are the page's, in that language, each
with its output; the copy holds nothing for the build only and its links resolve; every link
of each llms.txt resolves to a copy, and every page is listed. Each check has a case that fails.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from doctools.code_comments import site_text
from doctools.languages import ROOT, language_of, languages
from doctools.site import code_in, english_pages, html_path, page_examples
from doctools.snippet_format import MARKER, examples, scan
from tests.conftest import shared_build
from tests.test_site_url import FORK

LANGUAGES = [language.locale for language in languages(ROOT)]
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
LLMS_ENTRY = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\): (?P<description>\S.*)$")


def copy_of(site: Path, language: str, page: str) -> Path:
    """Where the copy of a page lies: its HTML file's path plus ".md" (the llms.txt convention)."""
    return html_path(site, language, page).with_name(html_path(site, language, page).name + ".md")


def copy_examples(text: str, language: str) -> list[tuple[str, str]]:
    """The examples of a copy as (code, output): the copy labels each output ("Output:" in its
    language) where a snippet has the expected-output marker."""
    label = site_text("Output:", language_of(language), ROOT)
    marked = "\n".join(MARKER if line.strip() == label else line for line in text.split("\n"))
    return [(example.code.removesuffix("\n"), example.output) for example in examples(Path("copy.md"), marked)]


def example_problems(text: str, language: str, page: str) -> list[str]:
    expected = [(code_in(language, example.code), example.output) for example in page_examples(page)]
    found = copy_examples(text, language)
    if len(found) != len(expected):
        return [f"{language}: {page}: {len(found)} examples in the copy, {len(expected)} on the page"]
    problems = []
    for number, ((code, output), (page_code, page_output)) in enumerate(zip(found, expected), start=1):
        if code != page_code:
            problems.append(f"{language}: {page}: example {number}: its code differs from the page's")
        elif output != page_output:
            problems.append(f"{language}: {page}: example {number}: its output differs from the page's")
    return problems


def leftover_problems(text: str) -> list[str]:
    """What the build reads and a reader of the copy has no use for."""
    prose = "\n".join(line for number, line in _prose_lines(text))
    leftovers = ["<!--", "--8<--", "{ .text .output }", "{ .downloads }", 'download=""', "\n::: "]
    return [f"{leftover!r} left in the copy" for leftover in leftovers if leftover in "\n" + prose]


def _prose_lines(text: str) -> list[tuple[int, str]]:
    fenced = {n for fence in scan(Path("copy.md"), text)[0] for n in range(fence.line, fence.end_line + 1)}
    return [(number, line) for number, line in enumerate(text.split("\n"), start=1) if number not in fenced]


def dead_links(copy: Path, text: str, site: Path) -> list[str]:
    """The relative links of a copy (outside its code) that name no file of the site."""
    dead = []
    for number, line in _prose_lines(text):
        for link in LINK.finditer(re.sub(r"`[^`]*`", "", line)):
            scheme, netloc, path, _, _ = urlsplit(link["target"])
            if scheme or netloc or not path:
                continue
            target = (copy.parent / unquote(path)).resolve()
            if not (target.is_file() and target.is_relative_to(site.resolve())):
                dead.append(f"{copy.relative_to(site)}:{number}: {link['target']}")
    return dead


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_its_markdown_copy_beside_it_and_links_it(built_site, language):
    for page in english_pages():
        copy = copy_of(built_site, language, page)
        assert copy.is_file(), f"{language}: no copy of {page} at {copy.relative_to(built_site)}"
        assert copy.read_text(encoding="utf-8").startswith("# "), copy
        html = html_path(built_site, language, page).read_text(encoding="utf-8")
        assert f'<p class="page-markdown"><a href="{copy.name}" type="text/markdown">' in html, f"{language}: {page} does not link its copy"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_copy_holds_the_pages_examples_in_its_language_with_their_outputs(built_site, language):
    problems = []
    for page in english_pages():
        text = copy_of(built_site, language, page).read_text(encoding="utf-8")
        problems += example_problems(text, language, page) + [f"{language}: {page}: {p}" for p in leftover_problems(text)]
    assert problems == []


def test_every_relative_link_of_every_copy_resolves(built_site):
    dead = []
    for language in LANGUAGES:
        for page in english_pages():
            copy = copy_of(built_site, language, page)
            dead += dead_links(copy, copy.read_text(encoding="utf-8"), built_site)
    assert dead == []


def test_a_copy_missing_an_example_showing_english_comments_or_a_dead_link_is_caught(built_site, tmp_path):
    translated = next(language for language in LANGUAGES if not language_of(language).default)
    page = "parameter-access.md"
    copy = copy_of(built_site, translated, page)
    text = copy.read_text(encoding="utf-8")
    assert example_problems(text, translated, page) == []
    first = page_examples(page)[0]
    shown = code_in(translated, first.code)
    assert shown != first.code and shown in text
    assert example_problems(text.replace(shown, first.code, 1), translated, page) == [f"{translated}: {page}: example 1: its code differs from the page's"]
    fence = "```python\n" + shown + "\n```\n"
    assert fence in text
    assert "examples in the copy" in example_problems(text.replace(fence, "", 1), translated, page)[0]
    output_line = first.output.splitlines()[0]
    assert example_problems(text.replace(output_line, output_line + " ", 1), translated, page) == [
        f"{translated}: {page}: example 1: its output differs from the page's"
    ]
    assert leftover_problems(text + "\n<!--pytest-codeblocks:expected-output-->\n") == ["'<!--' left in the copy"]
    assert dead_links(copy, text + "\nSee [gone](../no-such-page/index.html.md).\n", built_site) != []


# ---- llms.txt --------------------------------------------------------------------------------


def llms_problems(text: str, folder: Path, copies: set[Path], site: Path, site_url: str | None = None) -> list[str]:
    """What is wrong with the llms.txt ``text`` that lies in ``folder`` and must list ``copies``."""
    lines = text.split("\n")
    problems = []
    if not lines[0].startswith("# ") or not lines[0][2:].strip():
        problems.append("the first line is not '# <site name>'")
    if not any(line.startswith("> ") for line in lines[1:4]):
        problems.append("no '> summary' under the title")
    if not any(line.startswith("## ") for line in lines):
        problems.append("no section")
    listed = set()
    for line in lines:
        if not line.startswith("- "):
            continue
        entry = LLMS_ENTRY.match(line)
        if entry is None:
            problems.append(f"not '- [title](url): description': {line}")
            continue
        url = entry["url"]
        if site_url and not url.startswith(site_url):
            problems.append(f"not under the site's URL: {url}")
            continue
        target = site / unquote(urlsplit(url.removeprefix(site_url)).path) if site_url else folder / unquote(urlsplit(url).path)
        if not target.is_file():
            problems.append(f"dead link: {url}")
        listed.add(target.resolve())
    problems += [f"not listed: {copy.relative_to(site.resolve())}" for copy in sorted(copies - listed)]
    return problems


def copies_of(site: Path, language: str) -> set[Path]:
    return {copy_of(site, language, page).resolve() for page in english_pages()}


def language_folder(site: Path, language: str) -> Path:
    return site / language_of(language).url_prefix


@pytest.mark.parametrize("language", LANGUAGES)
def test_llms_txt_lists_every_page_of_its_language_and_every_link_resolves(built_site, language):
    folder = language_folder(built_site, language)
    text = (folder / "llms.txt").read_text(encoding="utf-8")
    assert llms_problems(text, folder, copies_of(built_site, language), built_site) == []
    assert len([line for line in text.split("\n") if line.startswith("- ")]) == len(english_pages())


def test_a_dead_or_malformed_llms_txt_link_and_an_unlisted_page_are_caught(built_site):
    folder = language_folder(built_site, LANGUAGES[0])
    text = (folder / "llms.txt").read_text(encoding="utf-8")
    copies = copies_of(built_site, LANGUAGES[0])
    assert llms_problems(text + "- [Gone](gone/index.html.md): a page that is not there\n", folder, copies, built_site) == [
        "dead link: gone/index.html.md"
    ]
    assert llms_problems(text + "- [No description](index.html.md)\n", folder, copies, built_site) == [
        "not '- [title](url): description': - [No description](index.html.md)"
    ]
    without = "\n".join(line for line in text.split("\n") if "(parameter-access/" not in line)
    assert llms_problems(without, folder, copies, built_site) == ["not listed: parameter-access/index.html.md"]


@pytest.fixture(scope="module")
def fork_site(tmp_path_factory) -> Path:
    return shared_build(tmp_path_factory, "fork-site", variables=FORK)  # the build of tests/test_site_url.py


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_a_site_url_llms_txt_links_are_absolute_and_resolve(fork_site, language):
    folder = language_folder(fork_site, language)
    text = (folder / "llms.txt").read_text(encoding="utf-8")
    assert llms_problems(text, folder, copies_of(fork_site, language), fork_site, FORK["SITE_URL"]) == []
