"""MkDocs hooks: the examples on each page, in the page's language, and as downloads.

- pymdownx.snippets expands the includes of the pages of every language: for a translated
  language, its ``base_path`` is switched, for that language's build, to a tree of the
  snippets written once per build with the comments and docstrings of their code translated
  through ``locales/<locale>.po`` (see ``doctools.code_comments``). A text without a
  translation fails the build, naming the snippet and the line. The source language reads
  ``snippets/`` itself. So there is one expansion of includes, the extension's, and a
  translated page is laid out exactly as its source-language page.
- Each page's examples, in the page's order and language, with the page's headings as
  Markdown cells, become a Jupyter notebook and a Python script: files generated into the
  build (``File.generated``) next to the page's HTML, linked under the page title by Markdown
  links that the strict build validates.
"""

from __future__ import annotations

import json
import posixpath
import shutil
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from doctools.code_comments import build_text, catalog_for, texts, translate
from doctools.languages import build_language, build_root
from doctools.snippet_format import INCLUDE, SNIPPETS_EXTENSION, examples, expand_includes, scan, snippet_bases


def translated_snippet(text: str, target: str, translation: dict[str, str], snippets: Path) -> str:
    """The snippet ``text`` (of ``snippets/target``) with the code of its examples translated."""
    path = snippets / target
    lines = text.splitlines(keepends=True)
    for example in reversed(examples(path, text)):
        try:
            code = translate(example.code, translation)
        except KeyError as missing:
            line = example.line + _line_of(example.code, missing.args[0])
            raise PluginError(
                f"snippets/{target}:{line}: no translation for {missing.args[0]!r}; "
                "run `make translations` and translate it in the catalog"
            ) from None
        lines[example.fence.line : example.fence.end_line - 1] = code.splitlines(keepends=True)
    return "".join(lines)


def _line_of(code: str, message: str) -> int:
    return next((t.line for t in texts(code) if t.message == message), 0)


# The base_path that mkdocs.yml gives pymdownx.snippets (the source snippets), and the
# translated tree of the build in progress, removed when that build ends.
_source_base: list[str] = []
_translated_tree: list[Path] = []


def translated_tree(source: Path, language, root: Path) -> Path:
    """A temporary copy of the snippet tree ``source`` with its examples in ``language``."""
    translation = catalog_for(language.catalog(root))
    tree = Path(tempfile.mkdtemp(prefix=f"snippets-{language.locale}-"))
    try:
        for path in sorted(source.rglob("*.md")):
            target = path.relative_to(source).as_posix()
            text = translated_snippet(path.read_text(encoding="utf-8"), target, translation, source)
            (tree / target).parent.mkdir(parents=True, exist_ok=True)
            (tree / target).write_text(text, encoding="utf-8")
    except BaseException:
        shutil.rmtree(tree, ignore_errors=True)
        raise
    return tree


@event_priority(-200)  # after mkdocs-static-i18n has set this build's language
def on_config(config):
    options = config["mdx_configs"][SNIPPETS_EXTENSION]
    if not _source_base:
        _source_base.extend(str(base) for base in snippet_bases(config["mdx_configs"]))
    _remove_translated_tree()
    language = build_language(config)
    if language.default:
        options["base_path"] = list(_source_base)
    else:
        (source,) = _source_base  # one snippet tree, as mkdocs.yml configures it
        _translated_tree.append(translated_tree(Path(source), language, build_root(config)))
        options["base_path"] = [str(_translated_tree[-1])]
    return config


def _remove_translated_tree():
    while _translated_tree:
        shutil.rmtree(_translated_tree.pop(), ignore_errors=True)


def on_post_build(config):
    _remove_translated_tree()


def on_build_error(error):
    _remove_translated_tree()


def page_cells(markdown: str, bases: list[Path]) -> list[tuple[str, str, str]]:
    """The page as ("markdown", heading, "") and ("code", source, printed output) cells."""
    expanded = expand_includes(markdown, bases)
    page = Path("page.md")
    headings = [(heading.line, ("markdown", f"{'#' * heading.level} {heading.text}", "")) for heading in scan(page, expanded)[2]]
    code = [(example.line, ("code", example.code.removesuffix("\n"), example.output)) for example in examples(page, expanded)]
    return [cell for _, cell in sorted(headings + code, key=lambda item: item[0])]


def notebook_json(cells: list[tuple[str, str, str]]) -> str:
    notebook = new_notebook(
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        }
    )
    for kind, source, output in cells:
        if kind == "markdown":
            notebook.cells.append(new_markdown_cell(source))
        else:
            outputs = [new_output("stream", name="stdout", text=output)] if output else []
            notebook.cells.append(new_code_cell(source, outputs=outputs))
    # Stable cell ids: the build must give the same file every time. (tests/test_downloads.py
    # validates every notebook against nbformat's schema, which takes half a second here.)
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{number}"
    return json.dumps(notebook, ensure_ascii=False, indent=1) + "\n"


def script_text(cells: list[tuple[str, str, str]]) -> str:
    """A script in the "percent" format that Jupyter, VS Code and Jupytext read as cells."""
    parts = []
    for kind, source, _ in cells:
        if kind == "markdown":
            parts.append("# %% [markdown]\n# " + source + "\n")
        else:
            parts.append("# %%\n" + source + "\n")
    return "\n".join(parts)


def _download_uri(page_file: File, suffix: str) -> str:
    """Where a page's download lies in the build: in the folder of the page's HTML."""
    folder = str(Path(page_file.dest_uri).parent)
    stem = Path(page_file.src_uri).stem
    return f"{folder}/{stem}{suffix}".removeprefix("./")


def _has_examples(markdown: str) -> bool:
    return any(INCLUDE.match(line) for line in markdown.splitlines())


@event_priority(-200)  # after mkdocs-static-i18n has chosen this language's pages
def on_files(files, config):
    for page_file in list(files.documentation_pages()):
        markdown = Path(page_file.abs_src_path).read_text(encoding="utf-8")
        if not _has_examples(markdown):
            continue
        cells = page_cells(markdown, snippet_bases(config["mdx_configs"]))
        if not any(kind == "code" for kind, _, _ in cells):
            continue
        for suffix, content in ((".ipynb", notebook_json(cells)), (".py", script_text(cells))):
            files.append(File.generated(config, _download_uri(page_file, suffix), content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    notebook = files.get_file_from_path(_download_uri(page.file, ".ipynb"))
    if notebook is None:
        return markdown
    intro, notebook_label, script_label = (
        build_text(text, config) for text in ("Download the examples:", "notebook", "script")
    )
    # A Markdown link is relative to the page's source file, which may lie elsewhere than its HTML.
    relative = lambda uri: posixpath.relpath(uri, posixpath.dirname(page.file.src_uri) or ".")  # noqa: E731
    links = (
        f'{intro} [{notebook_label}]({relative(notebook.src_uri)}){{ download="" }} · '
        f'[{script_label}]({relative(_download_uri(page.file, ".py"))}){{ download="" }}'
        '\n{ .downloads }'
    )
    # Right under the page title.
    lines = markdown.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("# "):
            lines.insert(index + 1, "\n" + links + "\n")
            break
    return "".join(lines)


def on_post_page(output, page, config):
    # The label over each example's output, in the page's language (docs/assets/extra.css).
    label = build_text("Output", config).replace('"', "")
    return output.replace("</head>", f'<style>:root{{--output-label:"{label}"}}</style></head>', 1)
