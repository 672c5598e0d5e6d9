"""Test helpers for the browser tests: what a page logs and requests, and its search box."""

from __future__ import annotations


class PageWatch:
    """Records a page's console errors and every request that leaves the allowed origin."""

    def __init__(self, page, allowed_prefix: str):
        self.errors: list[str] = []
        self.foreign_requests: list[str] = []
        page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on(
            "request",
            lambda request: None if request.url.startswith(allowed_prefix) or request.url.startswith("data:") else self.foreign_requests.append(request.url),
        )


READY = 'JSON.parse(document.getElementById("__config").textContent).translations["search.result.placeholder"]'


def search(page, query: str) -> list[str]:
    """Type ``query`` into the page's search box; return the result links, best first (none:
    an empty list). A browser that crashes or a page that breaks raises."""
    box = page.locator("input.md-search__input")
    box.focus()  # the offline build starts its search worker only now
    # The search worker must have loaded the index before a query is answered: the result
    # line then shows the placeholder ("Type to start searching").
    page.wait_for_function(
        f"""() => {{
            const meta = document.querySelector(".md-search-result__meta");
            return meta && meta.textContent.trim() === {READY};
        }}"""
    )
    box.fill(query)
    box.press("End")
    # Answered: the line says how many documents match ("No matching documents" included),
    # so a query without results costs no timeout.
    page.wait_for_function(
        f"""() => document.querySelector(".md-search-result__meta").textContent.trim() !== {READY}"""
    )
    return page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")
