"""The site's pages: their paths, their URLs in each language, the examples they show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from doctools.languages import ROOT, language_of, languages, source_language
from doctools.snippet_format import examples as snippet_examples
from doctools.snippet_format import scan

LANGUAGES = [language.locale for language in languages(ROOT)]


def english_pages() -> list[str]:
    """Pages as their path below docs/en/, e.g. "parameter-access.md"."""
    docs = ROOT / "docs" / source_language(ROOT).locale
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))


def page_url(language: str, page: str, *, directory_urls: bool = True, root: Path = ROOT) -> str:
    """The page's URL relative to the site root, e.g. "zh/parameter-access/"."""
    stem = page.removesuffix(".md")
    if stem == "index":
        path = "" if directory_urls else "index.html"
    else:
        path = f"{stem}/" if directory_urls else f"{stem}.html"
    return language_of(language, root).url_prefix + path


def html_path(site: Path, language: str, page: str, root: Path = ROOT) -> Path:
    url = page_url(language, page, root=root)
    return site / (url + "index.html" if url.endswith("/") or url == "" else url)


@dataclass
class PageExample:
    """An example where a page shows it: from which snippet file, with the output under it.
    (``snippet_format.Example`` is the same example read from its file, with its line.)"""

    snippet: str
    code: str
    output: str  # "" when the example prints nothing


def page_examples(page: str) -> list[PageExample]:
    """The examples a page includes, in order, with the output each one shows."""
    examples = []
    for include in scan(ROOT / "docs" / source_language(ROOT).locale / page)[1]:
        if not include.is_snippet:
            continue
        for example in snippet_examples(ROOT / "snippets" / include.file):
            examples.append(PageExample(include.file, example.code.removesuffix("\n"), example.output))
    return examples


def code_in(language: str, code: str, root: Path = ROOT) -> str:
    """An example's code as the pages of ``language`` show it: comments and docstrings translated."""
    from doctools.code_comments import catalog_for, translate

    found = language_of(language, root)
    if found.default:
        return code
    return translate(code + "\n", catalog_for(found.catalog(root))).removesuffix("\n")
