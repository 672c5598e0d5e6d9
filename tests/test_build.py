"""The strict build passes, and fails on what it must catch."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from doctools.cjk import CJK
from doctools.site import LANGUAGES, english_pages, html_path, page_examples
from tests.conftest import mkdocs_build


class ResourceCollector(HTMLParser):
    """Collects the URLs a page makes the browser load (not the links a reader may follow)."""

    LOADS = {("script", "src"), ("img", "src"), ("link", "href"), ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src")}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if (tag, name) in self.LOADS and value and not (tag == "link" and attributes.get("rel") in ("canonical", "prev", "next")):
                self.urls.append(value)
        if re.fullmatch(r"h[1-6]", tag) and attributes.get("id"):
            self.ids.append(attributes["id"])


def parse(path: Path) -> ResourceCollector:
    collector = ResourceCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def test_every_page_is_built_in_both_languages(built_site):
    for page in english_pages():
        for language in LANGUAGES:
            assert html_path(built_site, language, page).is_file(), f"{language}: {page} not built"


def test_headings_have_the_same_ids_in_both_languages(built_site):
    for page in english_pages():
        english = parse(html_path(built_site, "en", page)).ids
        chinese = parse(html_path(built_site, "zh", page)).ids
        assert english == chinese, page
        assert english, page


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
            assert html.count('<div class="language-python highlight">') == len(examples), (language, page)
            assert html.count('<div class="language-text output highlight">') == outputs, (language, page)


def test_each_language_has_its_own_search_index(built_site):
    english = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    chinese = json.loads((built_site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["docs"] and chinese["docs"]
    assert not any(doc["location"].startswith("zh/") for doc in english["docs"])
    assert {doc["location"].split("#")[0] for doc in english["docs"]} == {doc["location"].split("#")[0] for doc in chinese["docs"]}
    assert not any(CJK.search(doc["title"]) for doc in english["docs"] if doc["location"] != "glossary/")
    # The Chinese pages load their index, and resolve its locations, from zh/.
    html = html_path(built_site, "zh", "parameter-access.md").read_text(encoding="utf-8")
    assert '"base": "../../zh/"' in html


def test_the_search_index_splits_chinese_into_words(built_site):
    index = json.loads((built_site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    words = set()
    for doc in index["docs"]:
        words.update(separator.split(doc["title"] + " " + doc["text"]))
    assert {"参数", "梯度", "嵌套", "初始化"} <= words


# ---- the build fails on what it must catch -------------------------------------------------


def test_a_dead_anchor_fails_the_build_naming_the_page(project_copy, tmp_path):
    page = project_copy / "docs" / "zh" / "parameter-access.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n见[这里](#no-such-heading)。\n", encoding="utf-8")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "parameter-access.md" in result.stderr and "no-such-heading" in result.stderr


def test_a_link_to_a_missing_page_fails_the_build(project_copy, tmp_path):
    page = project_copy / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nowhere](nowhere.md).\n", encoding="utf-8")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "nowhere.md" in result.stderr


@pytest.mark.parametrize("include", ['"parameter-access/no-such-file.md"', '"parameter-access/gradient.md:no-such-section"'])
def test_an_include_of_a_missing_snippet_or_section_fails_the_build(project_copy, tmp_path, include):
    page = project_copy / "docs" / "en" / "parameter-access.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n--8<-- {include}\n", encoding="utf-8")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "no-such-" in result.stderr


def test_a_missing_chinese_page_fails_the_build(project_copy, tmp_path):
    (project_copy / "docs" / "zh" / "parameter-access.md").unlink()
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert not (tmp_path / "site" / "zh" / "parameter-access" / "index.html").exists()
