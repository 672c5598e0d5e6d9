"""A real browser on the built site: Chromium driven by Playwright, and a local server.

Which Chromium: the one ``$CHROMIUM`` names; else Debian's (``/usr/bin/chromium``); else the
one Playwright downloaded (``playwright install chromium``). ``make test`` gets one first
(``python -m doctools.commands.get_browser``).
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import shutil
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEBIAN_CHROMIUM = "/usr/bin/chromium"
# Root needs --no-sandbox; the rest keep Chromium from calling Google's services, which a
# closed network refuses (and which would count as requests to another host).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def playwright_chromium() -> str | None:
    """The Chromium that `playwright install chromium` downloaded, if it is there."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        path = playwright.chromium.executable_path
    return path if path and Path(path).exists() else None


def chromium_executable() -> str | None:
    """The browser the tests drive, or None when there is none."""
    named = os.environ.get("CHROMIUM")
    if named:
        return named if Path(named).exists() or shutil.which(named) else None
    if Path(DEBIAN_CHROMIUM).exists():
        return DEBIAN_CHROMIUM
    return playwright_chromium()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")


class GzipHandler(QuietHandler):
    """Serves text files gzip-compressed, as GitHub Pages does."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's URL
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file() or not kind.startswith(COMPRESSED_TYPES):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(directory: Path, *, compress: bool = False):
    """Serve ``directory`` on localhost (gzip-compressed if ``compress``); yields the base URL."""
    handler = GzipHandler if compress else QuietHandler
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium():
    executable = chromium_executable()
    if executable is None:
        raise RuntimeError("no Chromium: run `python -m doctools.commands.get_browser`, or set CHROMIUM to a browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
