"""The strict build passes, and fails on what it must catch."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pymdownx.snippets import SnippetMissingError

from doctools.cjk import CJK
from doctools.languages import source_language, translations
from doctools.site import LANGUAGES, english_pages, html_path, page_examples
from doctools.snippet_format import CODE_HTML_CLASS, OUTPUT_HTML_CLASS, include_line
from tests.conftest import mkdocs_build, render_markdown

SOURCE = source_language().locale


class ResourceCollector(HTMLParser):
    """Collects the URLs a page makes the browser load (not the links a reader may follow)."""

    LOADS = {("script", "src"), ("img", "src"), ("link", "href"), ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src")}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if (tag, name) in self.LOADS and value and not (tag == "link" and attributes.get("rel") in ("canonical", "prev", "next")):
                self.urls.append(value)


def parse(path: Path) -> ResourceCollector:
    collector = ResourceCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_every_page_is_built_in_both_languages(built_site):
    for page in english_pages():
        for language in LANGUAGES:
            assert html_path(built_site, language, page).is_file(), f"{language}: {page} not built"


def test_the_built_site_loads_nothing_from_another_host(built_site):
    external = []
    for html in built_site.rglob("*.html"):
        for url in parse(html).urls:
            if re.match(r"^(https?:)?//", url):
                external.append(f"{html.relative_to(built_site)}: {url}")
    assert external == []
    for css in built_site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css


def test_every_example_shows_its_code_and_output_on_both_sites(built_site):
    for page in english_pages():
        examples = page_examples(page)
        outputs = sum(1 for example in examples if example.output)
        for language in LANGUAGES:
            html = html_path(built_site, language, page).read_text(encoding="utf-8")
            assert html.count(f'<div class="{CODE_HTML_CLASS}">') == len(examples), (language, page)
            assert html.count(f'<div class="{OUTPUT_HTML_CLASS}">') == outputs, (language, page)


def test_each_language_has_its_own_search_index(built_site):
    english = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in english["docs"]}
    assert english["docs"]
    assert not any(CJK.search(doc["title"]) for doc in english["docs"] if doc["location"] != "glossary/")
    for language in translations():
        prefix = language.url_prefix
        index = json.loads((built_site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"], language
        assert not any(doc["location"].startswith(prefix) for doc in english["docs"]), language
        assert {doc["location"].split("#")[0] for doc in index["docs"]} == pages, language
        # The language's pages load their index, and resolve its locations, from its folder.
        html = html_path(built_site, language.locale, "parameter-access.md").read_text(encoding="utf-8")
        assert f'"base": "../../{prefix}"' in html, language


def test_the_search_index_splits_chinese_into_words(built_site):
    index = json.loads((built_site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    words = set()
    for doc in index["docs"]:
        words.update(separator.split(doc["title"] + " " + doc["text"]))
    assert {"参数", "梯度", "嵌套", "初始化"} <= words


# ---- the build fails on what it must catch -------------------------------------------------


def test_dead_links_and_a_missing_translation_fail_one_build_naming_each_page(project_copy, tmp_path):
    # One broken copy carries every defect that MkDocs' validation must report: the strict
    # build lists them all before it aborts.
    translated = translations()[0].locale
    page = project_copy / "docs" / translated / "parameter-access.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[link](#no-such-heading)\n", encoding="utf-8")
    home = project_copy / "docs" / SOURCE / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nSee [nowhere](nowhere.md).\n", encoding="utf-8")
    (project_copy / "docs" / translated / "hooks.md").unlink()
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"'{translated}/parameter-access.md' contains a link '#no-such-heading'" in result.stderr
    assert f"'{SOURCE}/index.md' contains a link 'nowhere.md'" in result.stderr
    assert f"target '{translated}/hooks.md' is not found" in result.stderr
    assert not html_path(tmp_path / "site", translated, "hooks.md").exists()


@pytest.mark.parametrize("include", ["parameter-access/no-such-file.md", "parameter-access/gradient.md:no-such-section"])
def test_an_include_of_a_missing_snippet_or_section_fails_the_page(include):
    # The page rendered with mkdocs.yml's own Markdown configuration, as the build renders it
    # (no build needed: the extension raises while the page is converted).
    with pytest.raises(SnippetMissingError, match="no-such-"):
        render_markdown("# Page\n\n" + include_line(include))
