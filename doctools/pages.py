"""Guards on the pages: both languages exist, have the same structure, and include every snippet.

- Every English page has a Chinese counterpart at the same path (and the reverse). The
  build alone would not catch a missing one: mkdocs-static-i18n can publish the English
  text under /zh/.
- Both versions include the same snippets (and API references, ``::: module``) in the same
  order: the code exists once.
- Every heading carries an explicit id (``## Title { #some-id }``) and both versions carry
  the same ids in the same order, so ``page.md#some-id`` works on both sites.
- Every snippet file is included by at least one page, and every include names a file
  that exists.
- A Chinese page has no paragraph left in English.
"""

from __future__ import annotations

import re
from pathlib import Path

from doctools.cjk import CJK
from doctools.languages import source_language, translations
from doctools.snippet_format import Heading, Include, prose_lines, scan

# Five English words in a row, once code spans, links' targets and HTML are removed.
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){4,}\b")
NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]+>|\{[^}]*\}|\[[^\]]*\]\[[^\]]*\]")


def _pages(docs: Path, language: str) -> dict[Path, Path]:
    base = docs / language
    return {path.relative_to(base): path for path in sorted(base.rglob("*.md"))}


def _shown(path: Path, root: Path) -> str:
    return str(path.relative_to(root))


def _include_problems(source: list[Include], translated: list[Include], root: Path) -> list[str]:
    for a, b in zip(source, translated):
        if a.target != b.target:
            return [
                f"{_shown(b.path, root)}:{b.line}: includes {b.target!r} where "
                f"{_shown(a.path, root)}:{a.line} includes {a.target!r} (same snippets, same order)"
            ]
    if len(source) != len(translated):
        longer, shorter = (source, translated) if len(source) > len(translated) else (translated, source)
        extra = longer[len(shorter)]
        other = shorter[0].path if shorter else None
        return [
            f"{_shown(extra.path, root)}:{extra.line}: includes {extra.target!r}, which "
            f"{_shown(other, root) if other else 'the other language'} does not include at that position"
        ]
    return []


def _heading_problems(source: list[Heading], translated: list[Heading], root: Path) -> list[str]:
    problems = [
        f"{_shown(h.path, root)}:{h.line}: heading {h.text!r} has no explicit id; write '{'#' * h.level} {h.text} {{ #some-id }}'"
        for h in source + translated
        if h.id is None
    ]
    for a, b in zip(source, translated):
        if (a.id, a.level) != (b.id, b.level):
            problems.append(
                f"{_shown(b.path, root)}:{b.line}: heading id #{b.id} (level {b.level}) where "
                f"{_shown(a.path, root)}:{a.line} has #{a.id} (level {a.level})"
            )
            break
    if len(source) != len(translated):
        problems.append(
            f"{_shown(translated[0].path if translated else source[0].path, root)}: "
            f"{len(translated)} headings where the English page has {len(source)}"
        )
    return problems


def english_paragraphs(path: Path, root: Path) -> list[str]:
    """Lines of a translated page that read as English prose."""
    problems = []
    for number, line in prose_lines(path):
        if CJK.search(line):
            continue
        prose = NOT_PROSE.sub(" ", line)
        if ENGLISH_RUN.search(prose):
            problems.append(f"{_shown(path, root)}:{number}: untranslated English prose: {line.strip()[:80]!r}")
    return problems


def page_problems(root: Path) -> list[str]:
    """Every problem with the pages' translations, structure and snippet includes."""
    docs, snippets = root / "docs", root / "snippets"
    problems: list[str] = []
    source = source_language(root).locale
    source_pages = _pages(docs, source)
    all_includes: list[Include] = []
    for language in (translation.locale for translation in translations(root)):
        translated_pages = _pages(docs, language)
        for relative in sorted(source_pages.keys() - translated_pages.keys()):
            problems.append(
                f"docs/{language}/{relative}: missing; docs/{source}/{relative} has no translation"
            )
        for relative in sorted(translated_pages.keys() - source_pages.keys()):
            problems.append(f"docs/{language}/{relative}: has no English original docs/{source}/{relative}")
        for relative in sorted(source_pages.keys() & translated_pages.keys()):
            _, source_includes, source_headings = scan(source_pages[relative])
            _, translated_includes, translated_headings = scan(translated_pages[relative])
            problems += _include_problems(source_includes, translated_includes, root)
            problems += _heading_problems(source_headings, translated_headings, root)
            problems += english_paragraphs(translated_pages[relative], root)
            all_includes += translated_includes
    for page in source_pages.values():
        all_includes += scan(page)[1]

    included = set()
    for include in all_includes:
        if not include.is_snippet:
            continue
        if not (snippets / include.file).is_file():
            problems.append(f"{_shown(include.path, root)}:{include.line}: includes {include.target!r}, which is not a file in snippets/")
        included.add(include.file)
    for snippet in sorted(snippets.rglob("*.md")):
        if snippet.relative_to(snippets).as_posix() not in included:
            problems.append(f"{_shown(snippet, root)}: not included by any page")
    return problems
