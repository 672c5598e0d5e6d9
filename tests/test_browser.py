"""The site as a reader meets it, in a real browser, for every page in both languages."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from doctools.cjk import CJK, is_cjk_language
from doctools.languages import translations
from doctools.site import LANGUAGES, code_in, english_pages, page_examples, page_url
from doctools.snippet_format import OUTPUT_CLASSES, RUN
from tests.browser import PageWatch, search

pytestmark = pytest.mark.browser
AXE = Axe()
PAGES = [(language, page) for page in english_pages() for language in LANGUAGES]

# The examples' code and output blocks (not plain-text fences, not the API reference's own).
EXAMPLE_BLOCKS = f".md-content div.highlight:is(.language-{RUN}, .{OUTPUT_CLASSES[-1]}):not(.doc-signature)"
# Clicks the copy button of every example (not of the outputs), in page order, and returns
# what each click put on the clipboard.
COPY_EVERY_EXAMPLE = """async (EXAMPLE_BLOCKS) => {
    const copied = [];
    for (const block of document.querySelectorAll(EXAMPLE_BLOCKS + ":not(.output)")) {
        await navigator.clipboard.writeText("");
        block.querySelector("button.md-code__button[data-md-type=copy]").click();
        let text = "";
        for (let wait = 0; wait < 500 && text === ""; wait++) {
            await new Promise(resolve => setTimeout(resolve, 10));
            text = await navigator.clipboard.readText();
        }
        copied.push(text);
    }
    return copied;
}"""


@pytest.fixture
def context(browser, base_url):
    context = browser.new_context(base_url=base_url, permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


# Only violations are collected (axe-core's resultTypes): the same violations, found in half
# the time on a long page. The colour scheme changes colours only, so in the second scheme
# only the rules about colour run again.
ALL_RULES = {"resultTypes": ["violations"]}
COLOUR_RULES = {"runOnly": ["color-contrast", "link-in-text-block"], "resultTypes": ["violations"]}


# A long page's code blocks hold thousands of highlighted spans, and checking each one's
# contrast was most of a scan's time. Spans with the same classes, colours, size and
# background look the same, so the scan checks one span of each look in each kind of block
# (and each output block's text) and leaves out the rest of the code: the same findings in
# under half the time. The sample is taken again after the scheme changes.
CODE = ".md-typeset .highlight code"
SAMPLE_ONE_OF_EACH_LOOK = """(CODE) => {
    const looks = new Set();
    const look = element => {
        const style = getComputedStyle(element), parent = getComputedStyle(element.parentElement);
        const classes = [];
        for (let e = element; !e.matches("div.highlight"); e = e.parentElement) classes.push(e.className);
        return [element.closest("div.highlight").className, classes.join("<"), element.getAttribute("style"),
                style.color, style.backgroundColor, parent.backgroundColor, style.fontSize, style.fontWeight].join("|");
    };
    const sample = element => {
        const key = look(element);
        if (!looks.has(key)) { looks.add(key); element.setAttribute("data-axe-sample", ""); }
    };
    document.querySelectorAll("[data-axe-sample]").forEach(e => e.removeAttribute("data-axe-sample"));
    for (const code of document.querySelectorAll(CODE)) {
        const bareText = [...code.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
        // Text outside any span (an output block) is checked as the block itself.
        if (bareText) code.querySelector("span") ? code.setAttribute("data-axe-sample", "") : sample(code);
        code.querySelectorAll("span").forEach(sample);
    }
}"""
# The page without its code, and the sampled code, in one axe-core run (an element included
# inside an excluded one is checked). axe-core is injected once per page (Axe.run injects it
# again for every run).
SCAN_CONTEXT = {"include": [["html"], ["[data-axe-sample]"]], "exclude": [[CODE]]}


def serious_accessibility_violations(tab, options=ALL_RULES) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now."""
    tab.evaluate(SAMPLE_ONE_OF_EACH_LOOK, CODE)
    if not tab.evaluate("typeof axe !== 'undefined'"):
        tab.evaluate(AXE.axe_script)
    return [
        f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes'][:3]]}"
        for violation in tab.evaluate("([context, options]) => axe.run(context, options).then(r => r.violations)", [SCAN_CONTEXT, options])
        if violation["impact"] in ("serious", "critical")
    ]


PAGE_IDS = [f"{lang}-{page}" for lang, page in PAGES]
# The text of each element of the page's content drawn in italics that holds a CJK character.
SLANTED_CJK_TEXT = """(cjk) => [...document.querySelectorAll(".md-content *")]
    .filter(e => getComputedStyle(e).fontStyle !== "normal" && new RegExp(cjk).test(e.textContent))
    .map(e => e.textContent.slice(0, 40))"""


EVERY_CODE_BLOCK_MOUNTED = "() => [...document.querySelectorAll('pre > code')].every(code => code.parentElement.querySelector('.md-code__nav'))"


@pytest.fixture(scope="class", params=PAGES, ids=PAGE_IDS)
def opened(request, browser, base_url):
    """A page, opened once for all the tests of TestPage (pytest runs them one page at a
    time); it must log no error and request nothing from another host, whatever they do."""
    language, page = request.param
    context = browser.new_context(base_url=base_url, permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    watch = PageWatch(tab, base_url)
    tab.goto(page_url(language, page))
    # The theme mounts each code block (its copy button) in a task of its own after the load
    # (overrides/hooks/material.py): the page is tested once every block is mounted.
    tab.wait_for_function(EVERY_CODE_BLOCK_MOUNTED)
    yield tab, language, page
    context.close()
    assert watch.errors == [], f"{language}/{page}: console errors"
    assert watch.foreign_requests == [], f"{language}/{page}: requests to another host"


class TestPage:
    """What every page promises, in both languages."""

    def test_the_page_is_in_its_language(self, opened):
        tab, language, page = opened
        assert tab.locator("html").get_attribute("lang").startswith(language)

    def test_both_colour_schemes_render_and_pass_an_accessibility_scan(self, opened):
        # The toggle switches the scheme and the page's colours; axe-core finds no serious
        # accessibility problem in either (before any copy notification shows).
        tab, language, page = opened

        def scheme_and_background():
            return tab.evaluate(
                "[document.body.getAttribute('data-md-color-scheme'), getComputedStyle(document.body).backgroundColor]"
            )

        first = scheme_and_background()
        assert serious_accessibility_violations(tab) == [], f"{language}/{page} in the {first[0]} scheme"
        tab.locator("form[data-md-component=palette] label:visible").first.click()
        second = scheme_and_background()
        assert serious_accessibility_violations(tab, COLOUR_RULES) == [], f"{language}/{page} in the {second[0]} scheme"
        assert {first[0], second[0]} == {"default", "slate"}
        assert first[1] != second[1]

    def test_each_example_has_a_copy_button_that_copies_its_code_in_the_pages_language(self, opened):
        tab, language, page = opened
        tab.eval_on_selector_all("details", "all => all.forEach(d => d.open = true)")
        examples = page_examples(page)
        blocks = tab.locator(EXAMPLE_BLOCKS)
        assert blocks.count() == len(examples) + sum(1 for e in examples if e.output)
        assert tab.locator(f"{EXAMPLE_BLOCKS} > pre button.md-code__button[data-md-type=copy]").count() == blocks.count()
        copied = tab.evaluate(COPY_EVERY_EXAMPLE, EXAMPLE_BLOCKS)
        for example, text in zip(examples, copied, strict=True):
            expected = code_in(language, example.code).rstrip()
            assert text == expected, f"{language}/{page}: the copy button of {example.snippet} copies something else"

    def test_no_chinese_text_is_drawn_in_italics(self, opened):
        # Chinese fonts have no italic: the browser would slant the glyphs (docs/assets/extra.css).
        tab, language, page = opened
        slanted = tab.evaluate(SLANTED_CJK_TEXT, CJK.pattern)
        assert slanted == [], f"{language}/{page}: Chinese text in italics"

    def test_images_have_alternative_text_in_the_pages_language(self, opened):
        tab, language, page = opened
        for alt in tab.locator(".md-content img").evaluate_all("images => images.map(i => i.alt)"):
            assert alt.strip(), f"{page}: an image without alternative text"
            assert bool(CJK.search(alt)) == (language != LANGUAGES[0]), f"{page}: alt text {alt!r} is not in {language}"

    def test_the_language_switcher_leads_to_the_same_page_in_the_other_language(self, opened):
        # Last: it navigates away. The page in the other language is tested the same way, so
        # every switcher link is followed once, in both directions.
        tab, language, page = opened
        for number, target in enumerate(code for code in LANGUAGES if code != language):
            if number:
                tab.go_back()
            tab.locator(".md-header .md-select").hover()
            tab.locator(f".md-select__link[hreflang={target}]").click()
            tab.wait_for_load_state()
            assert urlsplit(tab.url).path == "/" + page_url(target, page)
            assert tab.locator("html").get_attribute("lang").startswith(target)


# Terms from headings and from prose, and the page that explains each.
SEARCHES = [
    ("en", "state_dict", "parameter-access.md"),
    ("en", "add_module", "modules-and-sequential.md"),
    ("en", "Xavier", "parameter-initialization.md"),
    ("en", "weight tying", "parameter-sharing.md"),
    ("en", "factory_kwargs", "custom-layers.md"),
    ("en", "isinstance", "pitfalls.md"),
    ("en", "LazyLinear", "lazy-initialization.md"),
    ("en", "weights_only", "saving-and-loading.md"),
    ("en", "register_buffer", "containers-and-state.md"),
    ("en", "param_groups", "training-parameters.md"),
    ("en", "functional_call", "parametrizations.md"),
    ("zh", "参数访问", "parameter-access.md"),
    ("zh", "嵌套块", "parameter-access.md"),
    ("zh", "模块", "modules-and-sequential.md"),
    ("zh", "初始化", "parameter-initialization.md"),
    ("zh", "参数共享", "parameter-sharing.md"),
    ("zh", "自定义层", "custom-layers.md"),
    ("zh", "延后初始化", "lazy-initialization.md"),
    ("zh", "保存", "saving-and-loading.md"),
    ("zh", "设备", "devices.md"),
    ("zh", "缓冲区", "containers-and-state.md"),
    ("zh", "冻结", "training-parameters.md"),
    ("zh", "钩子", "hooks.md"),
]


@pytest.fixture(scope="module")
def home_page(browser, base_url):
    """The home page of a language, opened once and searched from again and again."""
    context = browser.new_context(base_url=base_url)
    tabs = {}

    def home_page(language):
        if language not in tabs:
            tabs[language] = context.new_page()
            tabs[language].goto(page_url(language, "index.md"))
        tabs[language].locator("input.md-search__input").fill("")  # back to the placeholder
        return tabs[language]

    yield home_page
    context.close()


@pytest.mark.parametrize(("language", "query", "page"), SEARCHES, ids=[f"{lang}-{query}" for lang, query, _ in SEARCHES])
def test_search_finds_the_page_that_explains_the_term(home_page, language, query, page):
    results = search(home_page(language), query)
    assert results, f"no result for {query!r}"
    assert urlsplit(results[0]).path == "/" + page_url(language, page), results[:5]
    # Each reader searches the pages of their own language only.
    assert all(urlsplit(url).path.startswith("/zh/") == (language == "zh") for url in results), results


def test_without_the_emphasis_rule_chinese_text_is_found_in_italics(browser, base_url):
    # The check above on a page whose template writes <em>必需</em>, once the site's
    # stylesheet (and its :lang(zh) em rule) is taken away.
    chinese = next(language.locale for language in translations() if is_cjk_language(language.locale))
    context = browser.new_context(base_url=base_url)
    tab = context.new_page()
    tab.goto(page_url(chinese, "reference.md"))
    assert tab.evaluate(SLANTED_CJK_TEXT, CJK.pattern) == []
    tab.evaluate("document.querySelector('link[href$=\"extra.css\"]').remove()")
    assert any("必需" in text for text in tab.evaluate(SLANTED_CJK_TEXT, CJK.pattern))
    context.close()
