"""What maintainers and readers wait for, measured.

    python -m doctools.commands.benchmark               # examples, build, page weight, index size
    python -m doctools.commands.benchmark --suite       # ... and `make test`, once
    python -m doctools.commands.benchmark --lighthouse  # ... and Lighthouse's mobile scores

Lighthouse (from npm, run on the tests' Chromium) scores each page's mobile performance, the
median of 5 runs, and its accessibility, best practices and SEO once (they do not vary),
served gzip-compressed as GitHub Pages serves the site; it is installed on
first use into the system's temporary folder.

Wall times are the best of a few runs. Page weight is what a first visit to a typical page
downloads (the page, the theme's CSS and JavaScript, the search worker and the language's
search index), as served raw by a plain local server and as served gzip-compressed, the way
GitHub Pages serves it. The targets are those of a 2-core machine.
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from doctools.browser import CHROMIUM_ARGS, chromium, chromium_executable, serve
from doctools.languages import languages
from doctools.snippet_format import examples

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3
TYPICAL_PAGE = "parameter-access/"
PAGE_WEIGHT_TARGET = 400_000  # bytes transferred, compressed
BUILD_TARGET = 5.0  # seconds for the strict build of every language
# The build grows with the pages: at the measured time per page, the site crosses
# BUILD_TARGET at BUILD_TARGET / (time per page) pages, every language counted.
SUITE_TARGET = 180.0  # seconds for `make test`, the venv and the browser already there
LIGHTHOUSE = "lighthouse@12.8.2"
LIGHTHOUSE_PAGES = ("", "saving-and-loading/", "reference/")  # home, the longest page, the API reference
LIGHTHOUSE_RUNS = 5
LIGHTHOUSE_TARGET = 95
OTHER_CATEGORIES = ["accessibility", "best-practices", "seo"]  # each must stay at 100


def wall_time(command: list[str], runs: int = RUNS) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


def count_examples() -> int:
    return sum(len(examples(path)) for path in (ROOT / "snippets").rglob("*.md"))


def first_visit_bytes(site: Path, page: str) -> tuple[int, int, int]:
    """(requests, raw bytes, gzip bytes) that a first visit to ``page`` downloads."""
    with serve(site) as base, chromium() as browser:
        context = browser.new_context(base_url=base)
        tab = context.new_page()
        bodies: list[bytes] = []
        tab.on("requestfinished", lambda request: bodies.append(request.response().body()))
        tab.goto(page, wait_until="networkidle")
        tab.wait_for_timeout(1000)  # the search worker fetches its index after the page loads
        context.close()
    return len(bodies), sum(map(len, bodies)), sum(len(gzip.compress(body)) for body in bodies)


def lighthouse_command() -> list[str]:
    folder = Path(tempfile.gettempdir()) / "computation-in-pytorch-lighthouse"
    binary = folder / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        folder.mkdir(exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(folder), LIGHTHOUSE], check=True)
    return [str(binary)]


def lighthouse(base: str, page: str, categories: list[str]) -> dict[str, int]:
    """One Lighthouse mobile run on ``page``: the score of each of ``categories``."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        [*lighthouse_command(), base + page, f"--only-categories={','.join(categories)}", "--output=json", "--quiet",
         f"--chrome-flags={flags}"],
        capture_output=True, text=True, check=True, env=dict(os.environ, CHROME_PATH=chromium_executable()),
    )
    scores = json.loads(result.stdout)["categories"]
    return {category: round(scores[category]["score"] * 100) for category in categories}


def lighthouse_scores(site: Path, page: str) -> tuple[list[int], dict[str, int]]:
    """Lighthouse's mobile performance score of ``page``, LIGHTHOUSE_RUNS times, and its other
    scores (which do not vary from run to run), once."""
    with serve(site, compress=True) as base:
        performance = [lighthouse(base, page, ["performance"])["performance"] for _ in range(LIGHTHOUSE_RUNS)]
        others = lighthouse(base, page, OTHER_CATEGORIES)
    return performance, others


def main(arguments: list[str]) -> int:
    rows: list[tuple[str, str, str]] = []
    ok = True

    def report(name: str, value: str, target: str = "", passed: bool = True) -> None:
        nonlocal ok
        ok &= passed
        rows.append((name, value, f"{target}  {'ok' if passed else 'OVER'}" if target else ""))

    count = count_examples()
    import_torch = wall_time([sys.executable, "-c", "import torch"])
    report("python -c 'import torch'", f"{import_torch:.2f} s")
    run_examples = wall_time([sys.executable, "-m", "pytest", "-q", "snippets"])
    limit = 2 * import_torch + 0.030 * count
    report(f"run all {count} examples (pytest snippets/)", f"{run_examples:.2f} s", f"<= {limit:.2f} s", run_examples <= limit)
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        build = wall_time([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)])
        report("mkdocs build --strict, every language", f"{build:.2f} s", f"<= {BUILD_TARGET:.2f} s", build <= BUILD_TARGET)
        pages = len(list(site.rglob("index.html")))
        per_page = build / pages
        limit = int(BUILD_TARGET / per_page)
        # Room for one more page in every language, or the next page crosses the line.
        room = pages + len(languages(ROOT))
        report(
            f"  per page ({pages} pages)",
            f"{per_page * 1000:.0f} ms: {BUILD_TARGET:.0f} s at {limit} pages",
            f"room for {room} pages",
            limit >= room,
        )
        for language in languages(ROOT):
            index = site / language.url_prefix / "search" / "search_index.json"
            data = index.read_bytes()
            report(f"search index, {language.locale}", f"{len(data) / 1000:.0f} KB raw, {len(gzip.compress(data)) / 1000:.0f} KB gzip")
        for page in (language.url_prefix + TYPICAL_PAGE for language in languages(ROOT)):
            requests, raw, compressed = first_visit_bytes(site, page)
            report(
                f"first visit to /{page} ({requests} requests)",
                f"{raw / 1000:.0f} KB raw, {compressed / 1000:.0f} KB gzip",
                f"gzip <= {PAGE_WEIGHT_TARGET / 1000:.0f} KB",
                compressed <= PAGE_WEIGHT_TARGET,
            )
        if "--lighthouse" in arguments:
            for language in languages(ROOT):
                for page in LIGHTHOUSE_PAGES:
                    url = language.url_prefix + page
                    scores, others = lighthouse_scores(site, url)
                    median = statistics.median(scores)
                    report(
                        f"Lighthouse mobile performance /{url}",
                        f"median {median:.0f} of {scores}",
                        f">= {LIGHTHOUSE_TARGET}",
                        median >= LIGHTHOUSE_TARGET,
                    )
                    report(
                        "  accessibility, best practices, SEO",
                        "/".join(str(others[category]) for category in OTHER_CATEGORIES),
                        "100 each",
                        set(others.values()) == {100},
                    )
    if "--suite" in arguments:
        suite = wall_time(["make", "test"], runs=1)
        report("make test (the whole suite), once", f"{suite:.0f} s", f"<= {SUITE_TARGET:.0f} s", suite <= SUITE_TARGET)

    print(f"wall times: best of {RUNS} runs")
    for name, value, verdict in rows:
        print(f"{name:<50} {value:<28} {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
