"""What a reader of a translation sees is laid out as what a reader of the source sees.

The outline of every built page (doctools.checks.outline: headings, collapsibles and
admonitions with the blocks inside them, lists, code and output blocks and what holds them,
tables, images, internal links, API objects, downloads) is the same in every language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from doctools.checks.outline import first_difference, outline
from doctools.languages import ROOT, source_language, translations
from doctools.site import english_pages, html_path
from doctools.snippet_format import INCLUDE, INCLUDE_MARK, OUTPUT_HTML_CLASS
from tests.conftest import render_markdown

SOURCE = source_language().locale


def outline_problems(site: Path, locales: list[str], root: Path = ROOT) -> tuple[list[str], int]:
    """Each page of ``locales`` whose outline differs from its source page's, and how many
    outline elements were compared (of the site built from the project at ``root``)."""
    problems, compared = [], 0
    for page in english_pages():
        expected = outline(html_path(site, SOURCE, page).read_text(encoding="utf-8"))
        for locale in locales:
            difference = first_difference(expected, outline(html_path(site, locale, page, root).read_text(encoding="utf-8")))
            compared += len(expected)
            if difference:
                problems.append(f"docs/{locale}/{page}: laid out unlike docs/{SOURCE}/{page} on the built site, {difference}")
    return problems, compared


def test_every_translated_page_is_laid_out_as_its_source_page(built_site):
    problems, compared = outline_problems(built_site, [language.locale for language in translations()])
    assert problems == []
    assert compared > 10 * len(english_pages())


# ---- the outline sees what broke the Chinese pages, and more -------------------------------


def rendered(text: str) -> list:
    return outline(render_markdown(text), root=None)


EXERCISES = (ROOT / "docs" / SOURCE / "parameter-access.md").read_text(encoding="utf-8").split("{ #exercises }", 1)[1]
INDENTED_INCLUDE = re.compile(r"^ +" + INCLUDE.pattern.removeprefix(r"^\s*"), re.MULTILINE)


def test_solutions_expanded_at_the_margin_are_caught():
    # The bug of the Chinese pages until December 2026: an indented include replaced by the
    # snippet at column 0, which closes the list item and the collapsible before the code.
    at_the_margin = INDENTED_INCLUDE.sub(lambda m: (ROOT / "snippets" / m["target"]).read_text(encoding="utf-8"), EXERCISES)
    assert INDENTED_INCLUDE.search(EXERCISES)
    difference = first_difference(rendered(EXERCISES), rendered(at_the_margin))
    assert difference is not None and "ol[5]" in difference and "ol[1]" in difference


def test_a_lost_list_item_and_an_admonition_closed_early_are_caught():
    items = re.split(r"(?m)^(?=\d+\. )", EXERCISES)
    assert len(items) == 6  # the text before the list, and five exercises
    lost = "".join(items[:3] + items[4:])
    assert "ol[5]" in first_difference(rendered(EXERCISES), rendered(lost))
    # The first solution's example indented as the list item, not as the collapsible in it.
    closed_early = EXERCISES.replace("\n" + " " * 8 + INCLUDE_MARK, "\n" + " " * 4 + INCLUDE_MARK, 1)
    difference = first_difference(rendered(EXERCISES), rendered(closed_early))
    assert difference is not None and "ol > details.success(closed) > code.language-python | ol > code.language-python" in difference


def test_the_outline_names_the_page_and_the_first_element_that_differs(built_site, tmp_path):
    for locale in [SOURCE, translations()[0].locale]:
        page = html_path(built_site, locale, "parameter-access.md")
        copy = html_path(tmp_path, locale, "parameter-access.md")
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    broken = html_path(tmp_path, translations()[0].locale, "parameter-access.md")
    html = broken.read_text(encoding="utf-8")
    # A solution's output block moved out of its collapsible.
    start = html.index(f'<div class="{OUTPUT_HTML_CLASS}">', html.index("<details"))
    end = html.index("</div>", html.index("</pre>", start)) + len("</div>")
    block = html[start:end]
    html = html[:start] + html[end:]
    closing = html.index("</details>", start) + len("</details>")
    broken.write_text(html[:closing] + block + html[closing:], encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("tests.test_rendered_parity.english_pages", lambda: ["parameter-access.md"])
        problems, _ = outline_problems(tmp_path, [translations()[0].locale])
    (problem,) = problems
    assert problem.startswith(f"docs/{translations()[0].locale}/parameter-access.md: laid out unlike")
    assert "details.success(closed) > output" in problem
