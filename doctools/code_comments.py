"""The comments and docstrings of an example, and the example with them translated.

An example's code exists once, in English, in its snippet file. The words a reader reads in
it (comments and docstrings) are translated through a gettext catalog per language,
``locales/<language>.po``, whose message ids are the English texts. When an English comment
changes, its message id changes too: the old translation no longer matches anything and the
new text has none, so a stale translation can never be shown.

- Consecutive full-line comments at the same indentation are one message (a sentence often
  runs over two lines); the translation may hold line breaks, each line becoming a comment.
- A comment after code on the same line is one message.
- A docstring is one message: its text as ``inspect.cleandoc`` gives it.
"""

from __future__ import annotations

import ast
import functools
import io
import tokenize
from dataclasses import dataclass
from pathlib import Path

import polib


@dataclass(frozen=True)
class Text:
    """One translatable text of a piece of code."""

    message: str  # the English text: the catalog's message id
    line: int  # 1-based line of the code where it starts
    kind: str  # "comment", "inline comment" or "docstring"
    # Where it lies: for comments the lines and the column of the "#", for a docstring the
    # string literal's first and last line.
    first_line: int
    last_line: int
    column: int


def _comment_text(token_string: str) -> str:
    return token_string[1:].strip()


def texts(code: str) -> list[Text]:
    """The comments and docstrings of ``code`` in the order they appear."""
    found: list[Text] = []
    lines = code.splitlines()
    tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    group: list[tokenize.TokenInfo] = []

    def flush() -> None:
        if group:
            message = " ".join(_comment_text(t.string) for t in group)
            found.append(Text(message, group[0].start[0], "comment", group[0].start[0], group[-1].start[0], group[0].start[1]))
            group.clear()

    for token in tokens:
        if token.type != tokenize.COMMENT:
            if token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                flush()
            continue
        row, column = token.start
        if lines[row - 1][:column].strip():
            flush()
            found.append(Text(_comment_text(token.string), row, "inline comment", row, row, column))
            continue
        if group and (group[-1].start[0] != row - 1 or group[-1].start[1] != column):
            flush()
        group.append(token)
    flush()

    for node in ast.walk(ast.parse(code)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            docstring = ast.get_docstring(node, clean=True)
            if docstring is not None:
                literal = node.body[0]
                found.append(
                    Text(docstring, literal.lineno, "docstring", literal.lineno, literal.end_lineno, literal.col_offset)
                )
    return sorted(found, key=lambda text: text.first_line)


def translate(code: str, translation: dict[str, str]) -> str:
    """``code`` with each comment and docstring replaced by its translation.

    Raises ``KeyError`` naming the first text without a translation.
    """
    lines = code.splitlines()
    # From the bottom up, so that earlier line numbers stay valid.
    for text in reversed(texts(code)):
        translated = translation[text.message]
        indent = " " * text.column
        if text.kind == "inline comment":
            line = lines[text.first_line - 1]
            lines[text.first_line - 1] = line[: text.column] + "# " + translated
        elif text.kind == "comment":
            lines[text.first_line - 1 : text.last_line] = [f"{indent}# {part}" for part in translated.splitlines()]
        else:
            first = lines[text.first_line - 1]
            quotes = first[text.column : text.column + 3]
            prefix = first[: text.column]
            body = translated.splitlines()
            if len(body) == 1:
                replacement = [f"{prefix}{quotes}{body[0]}{quotes}"]
            else:
                replacement = [f"{prefix}{quotes}{body[0]}"] + [f"{indent}{part}" if part else "" for part in body[1:]]
                replacement += [f"{indent}{quotes}"]
            lines[text.first_line - 1 : text.last_line] = replacement
    return "\n".join(lines) + ("\n" if code.endswith("\n") else "")


def without_texts(code: str) -> list[tuple[int, str]]:
    """The tokens of ``code`` that run: comments, docstrings and layout left out."""
    docstrings = {(t.first_line, t.column) for t in texts(code) if t.kind == "docstring"}
    skipped = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
    return [
        (token.type, token.string)
        for token in tokenize.generate_tokens(io.StringIO(code).readline)
        if token.type not in skipped and not (token.type == tokenize.STRING and token.start in docstrings)
    ]


def load_catalog(path: Path) -> polib.POFile:
    return polib.pofile(str(path), wrapwidth=0)


def translations(catalog: polib.POFile) -> dict[str, str]:
    """The usable translations: neither empty, fuzzy nor obsolete."""
    return {entry.msgid: entry.msgstr for entry in catalog.translated_entries()}


def catalog_for(path: Path) -> dict[str, str]:
    """The usable translations of the catalog at ``path`` ({} when there is none)."""
    if not path.is_file():
        return {}
    return dict(_catalog_for(path, path.stat().st_mtime_ns))


@functools.lru_cache(maxsize=8)
def _catalog_for(path: Path, modified: int) -> tuple[tuple[str, str], ...]:
    # Read once per version of the file: a build asks for it once per page.
    return tuple(translations(load_catalog(path)).items())


# The few words the site itself writes around the examples, translated through the same
# catalog (the theme translates its own): where each is written.
SITE_TEXTS = {
    "Output": "overrides/hooks/examples.py",
    "Download the examples:": "overrides/hooks/examples.py",
    "notebook": "overrides/hooks/examples.py",
    "script": "overrides/hooks/examples.py",
    "This page in Markdown": "overrides/hooks/markdown_copies.py",
    "Output:": "overrides/hooks/markdown_copies.py",
    "The outputs of this page's examples are verified on torch {versions} by {tests}.": "overrides/hooks/page_footer.py",
    "the site's tests": "overrides/hooks/page_footer.py",
    "{versions} and {last}": "overrides/hooks/page_footer.py",
    "Report a problem with this page": "overrides/hooks/page_footer.py",
    "Page: {url}": "overrides/hooks/page_footer.py",
}


def site_text(text: str, language, root: Path) -> str:
    """One of the site's own texts (SITE_TEXTS) in ``language``: the source language's as it
    is, any other's from its catalog. Raises ``LookupError`` when the catalog lacks it."""
    if text not in SITE_TEXTS:
        raise KeyError(f"{text!r} is not one of doctools.code_comments.SITE_TEXTS")
    if language.default:
        return text
    translated = catalog_for(language.catalog(root)).get(text)
    if translated is None:
        raise LookupError(f"{language.catalog(root).name}: no translation for {text!r}; run `make translations`")
    return translated


def build_text(text: str, config) -> str:
    """``site_text`` for the language of the MkDocs build in progress; a missing translation
    fails the build with the catalog's name."""
    from mkdocs.exceptions import PluginError

    from doctools.languages import build_language, build_root

    try:
        return site_text(text, build_language(config), build_root(config))
    except LookupError as error:
        raise PluginError(str(error)) from None


def found_texts(root: Path) -> dict[str, list[tuple[str, int]]]:
    """Every comment and docstring of the examples, with the snippet lines it occurs on, and
    the site's own texts (SITE_TEXTS)."""
    from doctools.snippet_format import examples

    found: dict[str, list[tuple[str, int]]] = {text: [(where, 0)] for text, where in SITE_TEXTS.items()}
    for path in sorted((root / "snippets").rglob("*.md")):
        for example in examples(path):
            for text in texts(example.code):
                found.setdefault(text.message, []).append((path.relative_to(root).as_posix(), example.line + text.line))
    return found


def updated_catalog(catalog: polib.POFile, found: dict[str, list[tuple[str, int]]]) -> polib.POFile:
    """``catalog`` made to hold exactly the texts ``found`` (message -> where it occurs).

    New texts get an empty translation; texts no longer found become obsolete entries,
    kept (as msgmerge keeps them) so that a translator can reuse their words.
    """
    existing = {entry.msgid: entry for entry in catalog if not entry.obsolete}
    for entry in catalog:
        if entry.msgid not in found:
            entry.obsolete = True
    for message, places in found.items():
        entry = existing.get(message)
        if entry is None:
            entry = polib.POEntry(msgid=message, msgstr="")
            catalog.append(entry)
        entry.occurrences = sorted(set(places))
    return catalog


def translation_problems(root: Path) -> list[str]:
    """Every text of the examples without a usable translation, and every orphaned one.

    An English comment that changes is both: its new text has no translation, and the old
    translation translates nothing any more.
    """
    from doctools.languages import translations as translated_languages

    found = found_texts(root)
    problems = []
    for language in translated_languages(root):
        path = language.catalog(root)
        shown = path.relative_to(root).as_posix()
        catalog = load_catalog(path) if path.is_file() else polib.POFile()
        usable = translations(catalog)
        for message, places in found.items():
            if message not in usable:
                where, line = places[0]
                entry = catalog.find(message)
                why = "is marked fuzzy in" if entry is not None and "fuzzy" in entry.flags else "has no translation in"
                problems.append(f"{where}:{line}: {message!r} {why} {shown}; run `make translations` and translate it")
        for entry in catalog:
            if entry.obsolete or entry.msgid not in found:
                problems.append(
                    f"{shown}:{entry.linenum}: orphaned translation of {entry.msgid!r}: no example has this text any more; delete it"
                )
    return problems
