"""The offline build can be browsed from a folder (file://): pages, language switch, search."""

from __future__ import annotations

import pytest

from doctools.site import page_url
from tests.browser import PageWatch, search

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def tab(offline_site, browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("language", "page", "query"), [("en", "parameter-access.md", "state_dict"), ("zh", "parameter-sharing.md", "参数共享")])
def test_a_page_opened_from_the_folder_works_offline(offline_site, tab, language, page, query):
    url = (offline_site / page_url(language, page, directory_urls=False)).as_uri()
    watch = PageWatch(tab, "file://")
    tab.goto(url)
    assert tab.locator("html").get_attribute("lang").startswith(language)

    # The switcher and the downloads point at files of the folder.
    for link in tab.locator(".md-select__link, .downloads a").evaluate_all("links => links.map(a => a.href)"):
        assert link.startswith("file://"), link
        assert (offline_site / link.removeprefix(offline_site.as_uri() + "/").split("#")[0]).is_file(), link

    results = search(tab, query)
    assert results[0].startswith(url), results[:3]
    assert watch.errors == []
    assert watch.foreign_requests == []
