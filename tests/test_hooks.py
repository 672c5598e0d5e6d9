"""Each patch of someone else's code fails the build loudly when its target changes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import material
import pytest
from mkdocs.exceptions import PluginError

from doctools.languages import ROOT


def hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "overrides" / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MATERIAL = hook("material")
SCRIPTS = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
PATCHED = {
    "search worker": (next(SCRIPTS.glob("workers/search.*.min.js")), MATERIAL.WORKER_PATCHES),
    "bundle": (next(SCRIPTS.glob("bundle.*.min.js")), MATERIAL.BUNDLE_PATCHES),
}


@pytest.mark.parametrize("script", PATCHED)
def test_each_patch_applies_to_materials_script_once(script):
    path, patches = PATCHED[script]
    code = path.read_text(encoding="utf-8")
    patched = MATERIAL.patched(code, path.name, patches)
    for original, replacement in patches:
        assert code.count(original) == 1 and replacement in patched and original not in patched
    assert MATERIAL.patched(patched, path.name, patches) == patched


@pytest.mark.parametrize("script", PATCHED)
def test_a_changed_script_fails_the_build_naming_the_patch(script):
    path, patches = PATCHED[script]
    code = path.read_text(encoding="utf-8")
    number = len(patches)
    original, _ = patches[-1]
    with pytest.raises(PluginError, match=f"{path.name} changed; check whether patch {number}"):
        MATERIAL.patched(code.replace(original, "/* rewritten */"), path.name, patches)


def test_a_page_without_materials_search_dialog_fails_the_build():
    with pytest.raises(PluginError, match="no search dialog"):
        MATERIAL.named_search_dialog("<html><body></body></html>", "page.md")


def test_the_search_dialog_gets_the_search_boxs_name():
    html = MATERIAL.DIALOG + '<input class="md-search__input" name="query" aria-label="搜索">'
    assert 'role="dialog" aria-label="搜索">' in MATERIAL.named_search_dialog(html, "page.md")


def offline_config(polyfills):
    plugin = SimpleNamespace(config=SimpleNamespace(enabled=True))
    return {"plugins": {"material/offline": plugin}, "extra": {"polyfills": polyfills}}


def test_the_offline_shim_is_served_from_the_site_and_a_change_upstream_fails_the_build():
    config = MATERIAL.on_config(offline_config([MATERIAL.SHIM_UPSTREAM]))
    assert config["extra"]["polyfills"] == [MATERIAL.SHIM_LOCAL]
    with pytest.raises(PluginError, match="no longer adds"):
        MATERIAL.on_config(offline_config(["https://unpkg.com/iframe-worker@2/shim.js"]))


def test_a_page_without_language_links_fails_the_build():
    static_i18n = hook("static_i18n")
    page = SimpleNamespace(file=SimpleNamespace(src_uri="index.md"))

    class Config(dict):  # MkDocs' config: items, and `extra` as an attribute
        extra = SimpleNamespace(alternate=[])

    with pytest.raises(PluginError, match="no language links"):
        static_i18n.on_page_context({}, page, Config(site_url="", use_directory_urls=True), None)


def test_mkdocstrings_without_its_locale_attribute_fails_the_build():
    mkdocstrings = hook("mkdocstrings")
    plugin = SimpleNamespace(handlers=SimpleNamespace())
    config = {"plugins": {"mkdocstrings": plugin}, "theme": {"language": "zh"}}
    with pytest.raises(PluginError, match="_locale"):
        mkdocstrings.on_page_markdown("", None, config, None)
