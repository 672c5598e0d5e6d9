"""MkDocs hooks for what mkdocs-static-i18n 1.3 does differently from what the site needs.

- One search index per language, so readers search their own language. The plugin writes a
  single index holding both languages; a reader of the English site then gets Chinese pages
  among the results (their code is the same), and every page downloads both languages'
  index. After the build the index is split: the source language's entries stay in
  search/search_index.json, another language's go to <locale>/search/search_index.json with
  their locations made relative to <locale>/, and that language's pages search there (the
  theme resolves results and loads the index relative to the page's `base`, which they
  point at <locale>/). Preferences such as the colour scheme stay shared: the theme keeps
  them under the site root's scope, which this does not change.
- Relative language-switcher links on the home pages. The plugin points the switcher of
  each page at the same page in the other language, but on the home pages it leaves
  absolute links ("/computation-in-pytorch/zh/") built from site_url, which break wherever
  the site is not served at exactly that path (`mkdocs serve` under another prefix, a copy
  browsed offline; upstream answers such reports with "set site_url",
  ultrabug/mkdocs-static-i18n#261, which does not help there). They become site-relative
  paths, which the theme's `url` filter turns into links relative to the page.

Both fail the build when what they rely on is gone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _translations(config) -> list[str]:
    i18n = config["plugins"].get("i18n")
    if i18n is None:
        raise PluginError(f"{__file__}: the i18n plugin (mkdocs-static-i18n) is not configured")
    return [language.locale for language in i18n.config.languages if not language.default]


def on_post_page(output, page, config):
    for locale in _translations(config):
        if page.file.dest_uri.startswith(f"{locale}/"):
            def point_at_language_root(match, locale=locale):
                settings = json.loads(match.group(2))
                settings["base"] = f"{settings['base']}/{locale}/"  # e.g. "../.." -> "../../zh/"
                return match.group(1) + json.dumps(settings, ensure_ascii=False) + match.group(3)

            patched, count = CONFIG_SCRIPT.subn(point_at_language_root, output, count=1)
            if count != 1:
                raise PluginError(f"{__file__}: {page.file.src_uri} has no __config script; check the per-language search")
            return patched
    return output


@event_priority(-200)  # after mkdocs-static-i18n has written the combined index
def on_post_build(config):
    site = Path(config["site_dir"])
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    offline = config["plugins"].get("material/offline")
    as_script = bool(offline and offline.config.enabled)
    for locale in _translations(config):
        prefix = f"{locale}/"
        own = [doc for doc in index["docs"] if doc["location"].startswith(prefix)]
        if not own:
            continue  # not the combined index (a language's own build)
        index["docs"] = [doc for doc in index["docs"] if not doc["location"].startswith(prefix)]
        translated = dict(index, docs=[dict(doc, location=doc["location"][len(prefix):]) for doc in own])
        _write(site / locale / "search", translated, as_script)
    _write(site / "search", index, as_script)


def _write(folder: Path, index: dict, as_script: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    (folder / "search_index.json").write_text(data, encoding="utf-8")
    if as_script:
        # The offline build reads the index from a script, since file:// cannot fetch JSON.
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")


@event_priority(-100)  # after mkdocs-static-i18n has set the links
def on_page_context(context, page, config, nav):
    # mkdocs-static-i18n sets `config.extra.alternate` as an attribute, which the theme reads.
    alternates = getattr(config.extra, "alternate", None) or []
    if not alternates:
        raise PluginError(f"{__file__}: mkdocs-static-i18n set no language links for {page.file.src_uri}")
    prefix = urlsplit(config["site_url"] or "/").path
    for alternate in alternates:
        link = alternate.get("link", "")
        if link.startswith(prefix) and prefix.endswith("/"):
            target = link[len(prefix):]
        elif link.startswith("/"):
            target = link[1:]
        else:
            continue
        if target.endswith("/") or target == "":
            target += "" if config["use_directory_urls"] else "index.html"
        alternate["link"] = target or "./"
    return context
