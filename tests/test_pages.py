"""Both languages, the same structure, every snippet included."""

from pathlib import Path

from doctools.pages import page_problems

ROOT = Path(__file__).resolve().parent.parent


def test_the_pages_of_the_project_are_complete_and_in_step():
    assert page_problems(ROOT) == []


MKDOCS_YML = """plugins:
  - i18n:
      languages:
        - locale: en
          default: true
          name: English
        - locale: zh
          name: 简体中文
"""


def make_project(tmp_path, en: str, zh: str | None, snippets=("a.md", "b.md")) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "zh").mkdir(parents=True)
    (tmp_path / "snippets").mkdir()
    for name in snippets:
        (tmp_path / "snippets" / name).write_text("```python\npass\n```\n", encoding="utf-8")
    (tmp_path / "docs" / "en" / "page.md").write_text(en, encoding="utf-8")
    if zh is not None:
        (tmp_path / "docs" / "zh" / "page.md").write_text(zh, encoding="utf-8")
    return tmp_path


EN = '# Title { #title }\n\n--8<-- "a.md"\n\n## Part { #part }\n\n--8<-- "b.md"\n'
ZH = '# 标题 { #title }\n\n--8<-- "a.md"\n\n## 部分 { #part }\n\n--8<-- "b.md"\n'


def test_a_matching_pair_passes(tmp_path):
    assert page_problems(make_project(tmp_path, EN, ZH)) == []


def test_a_missing_translation_fails(tmp_path):
    problems = page_problems(make_project(tmp_path, EN, None))
    assert "docs/zh/page.md: missing; docs/en/page.md has no translation" in problems


def test_snippets_included_in_another_order_fail_naming_both_lines(tmp_path):
    swapped = ZH.replace('"a.md"', '"X"').replace('"b.md"', '"a.md"').replace('"X"', '"b.md"')
    problems = page_problems(make_project(tmp_path, EN, swapped))
    assert problems == ["docs/zh/page.md:3: includes 'b.md' where docs/en/page.md:3 includes 'a.md' (same snippets, same order)"]


def test_a_snippet_left_out_of_the_translation_fails(tmp_path):
    problems = page_problems(make_project(tmp_path, EN, ZH.replace('--8<-- "b.md"\n', "")))
    assert problems == ["docs/en/page.md:7: includes 'b.md', which docs/zh/page.md does not include at that position"]


def test_a_different_heading_id_fails(tmp_path):
    problems = page_problems(make_project(tmp_path, EN, ZH.replace("{ #part }", "{ #bu-fen }")))
    assert problems == ["docs/zh/page.md:5: heading id #bu-fen (level 2) where docs/en/page.md:5 has #part (level 2)"]


def test_a_heading_without_an_id_fails(tmp_path):
    problems = page_problems(make_project(tmp_path, EN.replace(" { #part }", ""), ZH.replace(" { #part }", "")))
    assert "docs/en/page.md:5: heading 'Part' has no explicit id; write '## Part { #some-id }'" in problems
    assert "docs/zh/page.md:5: heading '部分' has no explicit id; write '## 部分 { #some-id }'" in problems


def test_a_snippet_that_no_page_includes_fails(tmp_path):
    problems = page_problems(make_project(tmp_path, EN, ZH, snippets=("a.md", "b.md", "orphan.md")))
    assert problems == ["snippets/orphan.md: not included by any page"]


def test_an_include_of_a_missing_snippet_fails(tmp_path):
    problems = page_problems(make_project(tmp_path, EN, ZH, snippets=("a.md",)))
    assert "docs/en/page.md:7: includes 'b.md', which is not a file in snippets/" in problems


def test_english_prose_left_in_a_chinese_page_fails(tmp_path):
    zh = ZH + "\nThis paragraph was never translated into Chinese.\n"
    problems = page_problems(make_project(tmp_path, EN, zh))
    assert problems == ["docs/zh/page.md:9: untranslated English prose: 'This paragraph was never translated into Chinese.'"]


def test_code_and_names_in_a_chinese_page_are_not_prose(tmp_path):
    zh = ZH + "\n调用 `net.named_parameters()` 与 [`state_dict()`](other.md#state-dict)。\n"
    assert page_problems(make_project(tmp_path, EN, zh)) == []


def test_api_references_must_match_between_languages(tmp_path):
    en = EN + "\n::: package.module\n"
    zh = ZH + "\n::: package.other\n"
    problems = page_problems(make_project(tmp_path, en, zh))
    assert problems == ["docs/zh/page.md:9: includes '::: package.other' where docs/en/page.md:9 includes '::: package.module' (same snippets, same order)"]
