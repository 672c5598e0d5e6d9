"""The examples' comments and docstrings in every language: complete, current, and only words.

The English snippet is the one source of each example's code; locales/<locale>.po translates
its comments and docstrings (doctools.code_comments). Each check below has a case that
fails.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest

from doctools.code_comments import SITE_TEXTS, texts, translate, translation_problems, without_texts
from doctools.languages import ROOT, translations
from doctools.site import code_in
from doctools.snippet_format import examples

EXAMPLE = '```python\n# Build a layer.\nlayer = 1  # one\n\n\ndef f():\n    """Return two."""\n    return 2\n```\n'


def make_project(tmp_path: Path, entries: dict[str, str], snippet: str = EXAMPLE) -> Path:
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "example.md").write_text(snippet, encoding="utf-8")
    catalog = polib.POFile()
    for msgid, msgstr in {**{text: text for text in SITE_TEXTS}, **entries}.items():
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    for language in translations(tmp_path):
        language.catalog(tmp_path).parent.mkdir(exist_ok=True)
        catalog.save(str(language.catalog(tmp_path)))
    return tmp_path


COMPLETE = {"Build a layer.": "构建一个层。", "one": "一", "Return two.": "返回 2。"}


def test_every_comment_and_docstring_of_the_examples_is_translated_and_none_is_orphaned():
    assert translation_problems(ROOT) == []


def test_a_complete_catalog_passes(tmp_path):
    assert translation_problems(make_project(tmp_path, COMPLETE)) == []


def test_an_untranslated_comment_is_reported_with_its_snippet_and_line(tmp_path):
    project = make_project(tmp_path, {k: v for k, v in COMPLETE.items() if k != "one"})
    assert translation_problems(project) == [
        "snippets/example.md:3: 'one' has no translation in locales/zh.po; run `make translations` and translate it"
    ]


def test_a_fuzzy_translation_counts_as_none(tmp_path):
    project = make_project(tmp_path, COMPLETE)
    catalog = polib.pofile(str(project / "locales" / "zh.po"))
    catalog.find("one").flags.append("fuzzy")
    catalog.save()
    assert [p for p in translation_problems(project) if "fuzzy" in p] == [
        "snippets/example.md:3: 'one' is marked fuzzy in locales/zh.po; run `make translations` and translate it"
    ]


def test_an_orphaned_translation_is_reported_with_its_catalog_line(tmp_path):
    project = make_project(tmp_path, dict(COMPLETE, **{"Gone.": "没了。"}))
    (problem,) = translation_problems(project)
    assert problem.startswith("locales/zh.po:") and "orphaned translation of 'Gone.'" in problem


def test_a_changed_english_comment_makes_its_old_translation_fail_instead_of_showing(tmp_path):
    project = make_project(tmp_path, COMPLETE, EXAMPLE.replace("# Build a layer.", "# Build a linear layer."))
    problems = translation_problems(project)
    assert any("'Build a linear layer.' has no translation" in p for p in problems)
    assert any("orphaned translation of 'Build a layer.'" in p for p in problems)


def test_translation_replaces_comments_and_docstrings_and_nothing_else():
    (example,) = examples(Path("example.md"), EXAMPLE)
    translated = translate(example.code, COMPLETE)
    assert translated == '# 构建一个层。\nlayer = 1  # 一\n\n\ndef f():\n    """返回 2。"""\n    return 2\n'
    assert without_texts(translated) == without_texts(example.code)
    with pytest.raises(KeyError, match="one"):
        translate(example.code, {k: v for k, v in COMPLETE.items() if k != "one"})


def test_a_translation_that_would_change_the_code_is_caught_token_for_token():
    (example,) = examples(Path("example.md"), EXAMPLE)
    escaping = dict(COMPLETE, **{"Return two.": 'x"""; import os; """y'})
    assert without_texts(translate(example.code, escaping)) != without_texts(example.code)


def test_consecutive_comment_lines_are_one_message_and_a_translation_may_wrap():
    code = "# A sentence that\n# runs over two lines.\nx = 1\n"
    assert [t.message for t in texts(code)] == ["A sentence that runs over two lines."]
    assert translate(code, {"A sentence that runs over two lines.": "一句话\n分两行。"}) == "# 一句话\n# 分两行。\nx = 1\n"


@pytest.mark.parametrize("language", [language.locale for language in translations(ROOT)])
def test_every_translated_example_is_the_english_code_token_for_token(language):
    for path in sorted((ROOT / "snippets").rglob("*.md")):
        for example in examples(path):
            translated = code_in(language, example.code.removesuffix("\n")) + "\n"
            where = f"{path.relative_to(ROOT)}:{example.line}"
            assert without_texts(translated) == without_texts(example.code), where
            assert not texts(example.code) or translated != example.code, f"{where}: comments left in English"
