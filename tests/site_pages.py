"""What the tests know about the site's pages: their paths, URLs and examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from doctools.markdown_scan import examples as snippet_examples
from doctools.markdown_scan import scan

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"en": "", "zh": "zh/"}  # language -> prefix of its pages' URLs


def english_pages() -> list[str]:
    """Pages as their path below docs/en/, e.g. "parameter-access.md"."""
    return sorted(p.relative_to(ROOT / "docs" / "en").as_posix() for p in (ROOT / "docs" / "en").rglob("*.md"))


def page_url(language: str, page: str, *, directory_urls: bool = True) -> str:
    """The page's URL relative to the site root, e.g. "zh/parameter-access/"."""
    stem = page.removesuffix(".md")
    if stem == "index":
        path = "" if directory_urls else "index.html"
    else:
        path = f"{stem}/" if directory_urls else f"{stem}.html"
    return LANGUAGES[language] + path


def html_path(site: Path, language: str, page: str) -> Path:
    url = page_url(language, page)
    return site / (url + "index.html" if url.endswith("/") or url == "" else url)


@dataclass
class Example:
    snippet: str
    code: str
    output: str  # "" when the example prints nothing


def page_examples(page: str) -> list[Example]:
    """The examples a page includes, in order, with the output each one shows."""
    examples = []
    for include in scan(ROOT / "docs" / "en" / page)[1]:
        if not include.is_snippet:
            continue
        for fence, output in snippet_examples(ROOT / "snippets" / include.file):
            examples.append(Example(include.file, fence.body, output))
    return examples
