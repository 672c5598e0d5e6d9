"""MkDocs hook: offer each page's examples as a Jupyter notebook and a Python script.

Both are generated at build time from the same snippets the page includes, in the page's
order, with the page's headings (in the page's language) as Markdown cells. They are written
next to the page's HTML file and linked under the page title.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# MkDocs loads a hook by its file path; make the doctools package importable beside it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import nbformat  # noqa: E402
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output  # noqa: E402

from doctools.markdown_scan import FENCE_OPEN, HEADING, HEADING_ID, INCLUDE, examples  # noqa: E402

LABELS = {
    "en": ("Download the examples:", "notebook", "script"),
    "zh": ("下载本页示例：", "Notebook", "Python 脚本"),
}
_pending: dict[str, tuple[str, str]] = {}  # page source path -> (notebook JSON, script)


def page_cells(markdown: str, snippets: Path) -> list[tuple[str, str, str]]:
    """The page as ("markdown", heading, "") and ("code", source, printed output) cells."""
    cells = []
    in_fence = False
    for line in markdown.splitlines():
        if FENCE_OPEN.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if heading := HEADING.match(line):
            text = HEADING_ID.sub("", heading["text"]).strip()
            cells.append(("markdown", f"{heading['hashes']} {text}", ""))
        elif include := INCLUDE.match(line):
            for fence, output in examples(snippets / include["target"].split(":", 1)[0]):
                cells.append(("code", fence.body, output))
    return cells


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
    # Stable cell ids: the build must give the same file every time.
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{number}"
    nbformat.validate(notebook)
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


def _language(config) -> str:
    return str(config["theme"]["language"]).split("_")[0].split("-")[0]


def on_page_markdown(markdown, page, config, files):
    snippets = Path(config["config_file_path"]).parent / "snippets"
    cells = page_cells(markdown, snippets)
    if not any(kind == "code" for kind, _, _ in cells):
        return markdown
    language = _language(config)
    stem = Path(page.file.src_uri).stem
    _pending[page.file.src_uri] = (notebook_json(cells), script_text(cells))
    intro, notebook_label, script_label = LABELS.get(language, LABELS["en"])
    links = (
        f'<p class="downloads">{intro} '
        f'<a href="{stem}.ipynb" download>{notebook_label}</a> · '
        f'<a href="{stem}.py" download>{script_label}</a></p>'
    )
    # Right under the page title.
    return re.sub(r"^(# .*)$", lambda m: m.group(1) + "\n\n" + links, markdown, count=1, flags=re.M)


def on_post_page(output, page, config):
    generated = _pending.pop(page.file.src_uri, None)
    if generated is not None:
        folder = Path(page.file.abs_dest_path).parent
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(page.file.src_uri).stem
        notebook, script = generated
        (folder / f"{stem}.ipynb").write_text(notebook, encoding="utf-8")
        (folder / f"{stem}.py").write_text(script, encoding="utf-8")
    return output
