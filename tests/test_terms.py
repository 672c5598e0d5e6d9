"""The Chinese pages use the glossary's terms, not the variants it rules out."""

from pathlib import Path

from doctools.terms import ruled_out, term_problems

ROOT = Path(__file__).resolve().parent.parent

GLOSSARY = """\
# 术语表 { #glossary }

| 中文 | English | 在本站中的含义 | 不用 |
| --- | --- | --- | --- |
| 实参 | argument | 传给函数的值 | 关键字参数、位置参数 |
| 暂退法 | dropout | 正则化方法 | 丢弃法、dropout |
| 持久缓冲区 | persistent buffer | 默认的缓冲区 | 持久化缓冲区 |
| 非持久缓冲区 | non-persistent buffer | 不进入状态字典的缓冲区 | 非持久化缓冲区 |
| 参数 | parameter | 学到的值 | — |
"""


def make_tree(tmp_path: Path, page: str, glossary: str = GLOSSARY) -> Path:
    (tmp_path / "docs" / "zh").mkdir(parents=True)
    (tmp_path / "docs" / "zh" / "glossary.md").write_text(glossary, encoding="utf-8")
    (tmp_path / "docs" / "zh" / "page.md").write_text(page, encoding="utf-8")
    return tmp_path


def test_the_chinese_pages_use_the_glossary_terms():
    assert term_problems(ROOT) == []


def test_the_glossary_rules_out_variants():
    variants = {rule.variant: rule.term for rule in ruled_out(ROOT / "docs" / "zh" / "glossary.md")}
    assert variants["关键字参数"] == "实参"
    assert variants["参数绑定"] == "权重绑定"
    assert "保存" not in variants  # right for writing to a file


def test_a_ruled_out_variant_is_reported_with_its_file_and_line(tmp_path):
    page = "# 页面 { #page }\n\n注册时传入关键字参数 `with_kwargs=True`。\n"
    assert term_problems(make_tree(tmp_path, page)) == [
        "docs/zh/page.md:3: '关键字参数' — the glossary says '实参'"
    ]


def test_code_fences_links_and_the_glossary_table_are_not_prose(tmp_path):
    page = (
        "# 页面 { #page }\n\n"
        "调用 `f(关键字参数=1)`，见[说明](other.md#位置参数)。\n\n"
        "```python\n# 丢弃法\n```\n\n"
        "    ~~~text\n    位置参数\n    ~~~\n"
    )
    assert term_problems(make_tree(tmp_path, page)) == []


def test_the_glossary_prose_is_checked_but_a_quoted_mention_is_not(tmp_path):
    glossary = GLOSSARY + "\n该书称之为“丢弃法”。正文里却写了丢弃法。\n"
    problems = term_problems(make_tree(tmp_path, "# 页面 { #page }\n", glossary))
    assert problems == ["docs/zh/glossary.md:11: '丢弃法' — the glossary says '暂退法'"]


def test_a_variant_broken_across_lines_is_found_where_it_starts(tmp_path):
    page = "# 页面 { #page }\n\n第一行写到关键字\n参数这里断开。\n"
    assert term_problems(make_tree(tmp_path, page)) == [
        "docs/zh/page.md:3: '关键字参数' — the glossary says '实参'"
    ]


def test_an_english_variant_matches_whole_words_in_any_case(tmp_path):
    page = "# 页面 { #page }\n\nDropout 层不再丢弃；dropouts 不算，`nn.Dropout` 也不算。\n"
    assert term_problems(make_tree(tmp_path, page)) == [
        "docs/zh/page.md:3: 'dropout' — the glossary says '暂退法'"
    ]


def test_the_longer_of_two_overlapping_variants_is_reported_once(tmp_path):
    page = "# 页面 { #page }\n\n注册一个非持久化缓冲区。\n"
    assert term_problems(make_tree(tmp_path, page)) == [
        "docs/zh/page.md:3: '非持久化缓冲区' — the glossary says '非持久缓冲区'"
    ]


def test_a_glossary_without_the_column_is_a_problem(tmp_path):
    glossary = "# 术语表 { #glossary }\n\n| 中文 | English |\n| --- | --- |\n| 实参 | argument |\n"
    problems = term_problems(make_tree(tmp_path, "# 页面 { #page }\n", glossary))
    assert problems == ["docs/zh/glossary.md: no table with a column headed '不用'"]
