"""Adding a language touches mkdocs.yml's language table, its pages and its catalog only.

A throwaway third language (French, its "pages" copied from the Chinese ones) is added to a
copy of the project; every check and the strict build then cover it with no code changed.
"""

from __future__ import annotations

import shutil

from doctools.code_comments import translation_problems
from doctools.languages import languages
from doctools.pages import page_problems
from tests.conftest import mkdocs_build
from tests.test_rendered_parity import outline_problems

FRENCH = """        - locale: fr
          name: Français
          build: true
"""


def test_a_third_language_is_checked_and_built_from_the_table_pages_and_catalog(project_copy, tmp_path_factory):
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    anchor = "        - locale: zh\n"
    assert anchor in text
    config.write_text(text.replace(anchor, FRENCH + anchor, 1), encoding="utf-8")
    shutil.copytree(project_copy / "docs" / "zh", project_copy / "docs" / "fr")
    shutil.copy2(project_copy / "locales" / "zh.po", project_copy / "locales" / "fr.po")

    assert [language.locale for language in languages(project_copy)] == ["en", "fr", "zh"]
    assert page_problems(project_copy) == []
    assert translation_problems(project_copy) == []
    (project_copy / "locales" / "fr.po").unlink()
    assert any("has no translation in locales/fr.po" in p for p in translation_problems(project_copy))
    shutil.copy2(project_copy / "locales" / "zh.po", project_copy / "locales" / "fr.po")

    site = tmp_path_factory.mktemp("site-fr")
    result = mkdocs_build(project_copy, site)
    assert result.returncode == 0, result.stderr
    page = site / "fr" / "parameter-access" / "index.html"
    assert page.is_file() and (site / "fr" / "parameter-access" / "parameter-access.ipynb").is_file()
    assert (site / "fr" / "search" / "search_index.json").is_file()
    assert 'lang="fr"' in page.read_text(encoding="utf-8")
    problems, compared = outline_problems(site, ["fr"], project_copy)
    assert problems == [] and compared > 0
