"""Each page's examples as a notebook and a script, generated at build time."""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pytest

from doctools.code_comments import without_texts
from doctools.languages import ROOT
from doctools.site import LANGUAGES, code_in, english_pages, html_path, page_examples
from doctools.snippet_format import scan

PAGES_WITH_EXAMPLES = [page for page in english_pages() if page_examples(page)]


def downloads(site, language, page):
    folder = html_path(site, language, page).parent
    stem = page.removesuffix(".md").rsplit("/", 1)[-1]
    return folder / f"{stem}.ipynb", folder / f"{stem}.py"


def test_every_page_with_examples_links_its_downloads(built_site):
    for page in PAGES_WITH_EXAMPLES:
        for language in LANGUAGES:
            notebook, script = downloads(built_site, language, page)
            html = html_path(built_site, language, page).read_text(encoding="utf-8")
            assert f'download="" href="{notebook.name}"' in html and f'download="" href="{script.name}"' in html, page
            assert notebook.is_file() and script.is_file(), page


def test_notebooks_are_valid_and_hold_the_pages_examples_in_order(built_site):
    for page in PAGES_WITH_EXAMPLES:
        examples = page_examples(page)
        for language in LANGUAGES:
            notebook = nbformat.read(downloads(built_site, language, page)[0], as_version=4)
            nbformat.validate(notebook)
            code = [cell for cell in notebook.cells if cell.cell_type == "code"]
            assert [cell.source for cell in code] == [code_in(language, example.code) for example in examples], page
            shown = ["".join(o.text for o in cell.outputs) for cell in code]
            assert shown == [example.output for example in examples], page


def test_notebook_headings_are_in_the_pages_language(built_site):
    for page in PAGES_WITH_EXAMPLES:
        for language in LANGUAGES:
            notebook = json.loads(downloads(built_site, language, page)[0].read_text(encoding="utf-8"))
            headings = ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown"]
            # Every heading of the page, in order, as the page of that language writes it.
            source = scan(ROOT / "docs" / language / page)[2]
            assert headings == [f"{'#' * h.level} {h.text}" for h in source], (language, page)
            assert len(headings) > 1, page


# Runs each script as `python -W error script.py` does, in its own process, but forked from
# one that has already imported torch: a fresh interpreter state for each script without
# paying torch's import 14 times. Prints one JSON line per script: [returncode, stdout, stderr].
RUN_EACH_SCRIPT = """
import json, os, runpy, sys, tempfile, traceback
import torch
# Nothing runs before the fork: torch's thread pools are not fork-safe once used.
for script in sys.argv[1:]:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = os.fork()
        if child == 0:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            os.chdir(os.path.dirname(script))
            sys.argv = [script]
            code = 0
            try:
                runpy.run_path(script, run_name="__main__")
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        _, status = os.waitpid(child, 0)
        out.seek(0)
        err.seek(0)
        result = [os.waitstatus_to_exitcode(status), out.read().decode(), err.read().decode()]
    print(json.dumps(result), flush=True)
"""


def run_scripts(paths) -> list[tuple[int, str, str]]:
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", RUN_EACH_SCRIPT, *map(str, paths)], capture_output=True, text=True, check=True
    )
    return [tuple(json.loads(line)) for line in done.stdout.splitlines()]


# The translated scripts run; the source language's script is the same code token for token
# (the test below), and each of its examples already ran in tests/plugins/examples.py.
@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_each_generated_script_prints_what_its_page_shows(built_site, language):
    scripts = [downloads(built_site, language, page)[1] for page in PAGES_WITH_EXAMPLES]
    for page, (returncode, stdout, stderr) in zip(PAGES_WITH_EXAMPLES, run_scripts(scripts), strict=True):
        assert returncode == 0, f"{language} {page}: {stderr}"
        assert stdout == "".join(example.output for example in page_examples(page)), (language, page)


def test_the_script_runner_reports_a_failing_script(tmp_path):
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text("print('ok')\n", encoding="utf-8")
    bad.write_text("import warnings\nwarnings.warn('old')\n", encoding="utf-8")
    (ok, printed, _), (failed, _, error) = run_scripts([good, bad])
    assert (ok, printed) == (0, "ok\n")
    assert failed == 1 and "UserWarning: old" in error


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_a_translated_script_is_the_english_one_token_for_token_but_comments(built_site, language):
    for page in PAGES_WITH_EXAMPLES:
        english = downloads(built_site, LANGUAGES[0], page)[1].read_text(encoding="utf-8")
        translated = downloads(built_site, language, page)[1].read_text(encoding="utf-8")
        assert without_texts(translated) == without_texts(english), page
        assert translated != english, f"{page}: the {language} script shows the English comments"
