"""Search finds the page a reader needs, asked in the reader's own words (issue 13).

Every query of tests/search_queries.py is typed into the real search box of the built site, in
its language; the first result must be a page that answers it for at least REQUIRED_SHARE of
each language's queries. The share and the misses are printed (run with -s to see them).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from doctools.site import page_url
from tests.browser import search
from tests.search_queries import QUERIES, REQUIRED_SHARE

ROOT = Path(__file__).resolve().parent.parent
SEARCH_WORDS = ROOT / "overrides" / "search_words.txt"
# Chinese domain terms of several characters that a reader types as one word.
CHINESE_TERMS = [("状态字典", "saving-and-loading.md"), ("可训练参数", "training-parameters.md")]


def first_results(browser, base_url: str, language: str, queries: list[str]) -> dict[str, str | None]:
    """The path of the first result of each query, typed one after another into one tab."""
    firsts: dict[str, str | None] = {}
    context = browser.new_context(base_url=base_url)
    tab = context.new_page()
    tab.goto(page_url(language, "index.md"))
    for query in queries:
        tab.locator("input.md-search__input").fill("")  # back to the placeholder
        results = search(tab, query)
        firsts[query] = urlsplit(results[0]).path if results else None
    context.close()
    return firsts


@pytest.mark.browser
@pytest.mark.parametrize("language", sorted(QUERIES))
def test_first_result_answers_the_readers_query(browser, base_url, language):
    queries = QUERIES[language]
    firsts = first_results(browser, base_url, language, [query for query, _ in queries])
    misses = []
    for query, pages in queries:
        answers = {"/" + page_url(language, page) for page in pages}
        if firsts[query] not in answers:
            misses.append(f"{query!r}: first {firsts[query]}, wanted {' or '.join(sorted(answers))}")
    share = 1 - len(misses) / len(queries)
    print(f"\n{language}: {len(queries) - len(misses)}/{len(queries)} ({share:.0%}) found first")
    for miss in misses:
        print("  miss", miss)
    assert share >= REQUIRED_SHARE, f"{language}: only {share:.0%} of the queries find an answering page first:\n" + "\n".join(misses)


@pytest.mark.parametrize(("term", "page"), CHINESE_TERMS)
def test_chinese_domain_term_is_one_word(term, page):
    import jieba

    assert len(list(jieba.Tokenizer().cut(term))) > 1  # jieba alone cuts it into pieces
    tokenizer = jieba.Tokenizer()
    with SEARCH_WORDS.open("rb") as words:  # jieba leaves a file it opens itself unclosed
        tokenizer.load_userdict(words)
    assert list(tokenizer.cut(term)) == [term]


@pytest.mark.parametrize(("term", "page"), CHINESE_TERMS)
def test_chinese_domain_term_is_one_word_in_the_index(built_site, term, page):
    # The search plugin joins jieba's words with U+200B: the term is indexed whole.
    index = (built_site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert f"\u200b{term}\u200b" in index


@pytest.mark.browser
def test_chinese_domain_term_finds_its_page_first(browser, base_url):
    firsts = first_results(browser, base_url, "zh", [term for term, _ in CHINESE_TERMS])
    assert firsts == {term: "/" + page_url("zh", page) for term, page in CHINESE_TERMS}
