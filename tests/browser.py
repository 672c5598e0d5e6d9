"""A real browser on the built site: Debian's Chromium driven by Playwright, and a local server."""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# Root needs --no-sandbox; the rest keep Chromium from calling Google's services, which this
# network refuses (and which would count as requests to another host).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextmanager
def serve(directory: Path):
    """Serve ``directory`` on localhost; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


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


def search(page, query: str) -> list[str]:
    """Type ``query`` into the page's search box; return the result links, best first."""
    box = page.locator("input.md-search__input")
    box.focus()  # the offline build starts its search worker only now
    # The search worker must have loaded the index before a query is answered.
    page.wait_for_function(
        """() => {
            const ready = JSON.parse(document.getElementById("__config").textContent).translations["search.result.placeholder"];
            const meta = document.querySelector(".md-search-result__meta");
            return meta && meta.textContent.trim() === ready;
        }"""
    )
    box.fill(query)
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=5000)
    return page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")
