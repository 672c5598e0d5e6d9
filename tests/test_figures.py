"""The figures in docs/assets/figures/ are what doctools.figures generates now, and are shown."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import torch

from doctools.figures import FIGURE_DIRS, FIGURES, ROOT, figure_problems
from doctools.languages import languages


def test_the_committed_figures_are_what_the_code_generates():
    assert figure_problems(ROOT) == []


def test_a_missing_or_stale_figure_is_reported_by_name(tmp_path):
    name = sorted(FIGURES)[0]
    assert f"{FIGURE_DIRS[0]}/{name}: missing; run `make figures`" in figure_problems(tmp_path)
    for folder in FIGURE_DIRS:
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / name).write_text(FIGURES[name](), encoding="utf-8")
    stale = tmp_path / FIGURE_DIRS[-1] / name
    stale.write_text(stale.read_text(encoding="utf-8").replace("#e64a19", "#000000"), encoding="utf-8")
    problems = [p for p in figure_problems(tmp_path) if p.startswith(f"{FIGURE_DIRS[-1]}/{name}")]
    assert problems == [f"{FIGURE_DIRS[-1]}/{name}: differs from what doctools.figures generates; run `make figures`"]


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_a_figure_is_well_formed_svg_and_the_same_on_every_call(name):
    text = FIGURES[name]()
    assert ET.fromstring(text).tag == "{http://www.w3.org/2000/svg}svg"
    assert FIGURES[name]() == text


def test_generating_a_figure_leaves_the_global_random_state_alone():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    for make in FIGURES.values():
        make()
    assert torch.equal(torch.rand(3), expected)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_figure_is_shown_by_a_page_in_each_language(name):
    # Pages sit in docs/<locale>/ and show a figure as ../assets/figures/<name>.
    link = f"](../assets/figures/{name})"
    for language in (language.locale for language in languages(ROOT)):
        pages = sorted((ROOT / "docs" / language).rglob("*.md"))
        assert any(link in page.read_text(encoding="utf-8") for page in pages), f"no docs/{language}/ page shows {name}"


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_the_built_site_serves_every_figure_in_both_languages(built_site, name):
    for site_root in (built_site / language.url_prefix for language in languages(ROOT)):
        assert (site_root / "assets" / "figures" / name).is_file(), site_root
