"""Chinese text typeset as a Chinese reader expects: no stray spaces, clean spacing.

(No italics: tests/test_browser.py checks the emphasis as the browser draws it.)
"""

from __future__ import annotations

import autocorrect_py
import pytest

from doctools.cjk import cjk_line_breaks, is_cjk_language, join_cjk_lines
from doctools.languages import ROOT, translations
from doctools.site import english_pages, html_path

CJK_LANGUAGES = [language.locale for language in translations(ROOT) if is_cjk_language(language.locale)]


@pytest.mark.parametrize("language", CJK_LANGUAGES)
def test_no_line_break_between_chinese_characters_renders_as_a_space(built_site, language):
    found = {}
    for page in english_pages():
        breaks = cjk_line_breaks(html_path(built_site, language, page).read_text(encoding="utf-8"))
        if breaks:
            found[page] = breaks[:3]
    assert found == {}


def test_a_line_break_between_chinese_characters_is_found_and_removed_but_not_in_code():
    html = "<p>搭建模型，\n怎样<strong>访问</strong>\n参数、<code>x</code>\n缓冲区。\nAnd English\n中文</p><pre>一\n二</pre>"
    assert cjk_line_breaks(html) == ["，⏎", "问</strong>⏎"]
    joined = join_cjk_lines(html)
    # A break after Latin text (the code span's x, "English") stays a space, as it should.
    assert joined == "<p>搭建模型，怎样<strong>访问</strong>参数、<code>x</code>\n缓冲区。\nAnd English\n中文</p><pre>一\n二</pre>"
    assert cjk_line_breaks(joined) == []


def test_a_script_keeps_its_line_breaks():
    # In a script a line break is code (here, part of a template string's value).
    script = "<script>const words = `参数\n模块`</script>"
    assert join_cjk_lines("<p>参数，\n模块</p>" + script) == "<p>参数，模块</p>" + script


@pytest.mark.parametrize("language", CJK_LANGUAGES)
def test_the_chinese_pages_pass_a_chinese_copywriting_linter(language):
    # autocorrect: spaces between Chinese and Latin text, full-width punctuation.
    problems = []
    for path in sorted((ROOT / "docs" / language).rglob("*.md")):
        result = autocorrect_py.lint_for(path.read_text(encoding="utf-8"), str(path))
        problems += [f"{path.relative_to(ROOT)}:{line.line}:{line.col}: {line.old!r} -> {line.new!r}" for line in result.lines]
    assert problems == []


def test_the_copywriting_linter_finds_missing_spaces_between_chinese_and_latin_text():
    (line,) = autocorrect_py.lint_for("把weight设为0\n", "page.md").lines
    assert line.new == "把 weight 设为 0"
