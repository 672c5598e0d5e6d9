"""overrides/main.html changes Material's template exactly as it says, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

import material

from doctools.languages import ROOT

BLOCK = re.compile(r"{% block (?P<name>\w+) %}(?P<body>.*?){% endblock %}", re.S)
# The one part of site_meta the override leaves out: the hreflang links.
HREFLANG_LINKS = re.compile(r"\n[ \t]*{% if config.extra.alternate is iterable %}.*?{% endif %}", re.S)


def blocks(template: str) -> dict[str, str]:
    return {match["name"]: match["body"] for match in BLOCK.finditer(template)}


def upstream_without_hreflang(upstream: str) -> str:
    site_meta = blocks(upstream)["site_meta"]
    assert HREFLANG_LINKS.search(site_meta), "Material's site_meta no longer writes hreflang links: drop the override?"
    return HREFLANG_LINKS.sub("", site_meta)


def test_the_site_meta_override_is_materials_block_without_the_hreflang_links():
    upstream = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = blocks((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"))
    assert set(ours) == {"site_meta", "content"}
    assert ours["site_meta"] == upstream_without_hreflang(upstream)


def test_a_drifted_upstream_block_is_caught():
    upstream = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    drifted = upstream.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n      <meta name="new-in-material">', 1)
    ours = blocks((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"))
    assert ours["site_meta"] != upstream_without_hreflang(drifted)


def added_block_problems(upstream: str, ours: dict[str, str], name: str) -> list[str]:
    """What is wrong with a block of ours that adds to Material's block ``name``: it must
    exist upstream (in the page's article), and ours must render it whole, first."""
    problems = []
    if not re.search(r'<article class="md-content__inner md-typeset">\s*{% block ' + name + r" %}", upstream):
        problems.append(f"Material's base.html has no block {name} in the page's article any more")
    if not ours[name].strip().startswith("{{ super() }}"):
        problems.append(f"our block {name} does not render Material's first")
    return problems


def test_the_content_block_adds_the_page_footer_after_materials_content():
    upstream = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = blocks((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"))
    assert added_block_problems(upstream, ours, "content") == []
    assert "page_footer" in ours["content"]


def test_a_renamed_upstream_block_or_a_lost_super_is_caught():
    upstream = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = blocks((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"))
    renamed = upstream.replace("{% block content %}", "{% block main_content %}", 1)
    assert added_block_problems(renamed, ours, "content") == ["Material's base.html has no block content in the page's article any more"]
    replaced = dict(ours, content=ours["content"].replace("{{ super() }}", ""))
    assert added_block_problems(upstream, replaced, "content") == ["our block content does not render Material's first"]
