"""MkDocs hook: one search index per language, so readers search their own language only.

mkdocs-static-i18n writes a single index holding both languages; a reader of the English
site then gets Chinese pages among the results (their code is the same), and every page
downloads both languages' index. After the build, this hook splits the index: the English
entries stay in search/search_index.json, the Chinese ones go to zh/search/search_index.json
with their locations made relative to zh/, and each Chinese page's search looks there (the
theme resolves results and loads the index relative to the page's `base`, which the Chinese
pages point at zh/). Preferences such as the colour scheme stay shared: the theme keeps them
under the site root's scope, which this does not change.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _translations(config) -> list[str]:
    i18n = config["plugins"].get("i18n")
    return [language.locale for language in i18n.config.languages if not language.default] if i18n else []


def on_post_page(output, page, config):
    for locale in _translations(config):
        if page.file.dest_uri.startswith(f"{locale}/"):
            def point_at_language_root(match, locale=locale):
                settings = json.loads(match.group(2))
                settings["base"] = f"{settings['base']}/{locale}/"  # e.g. "../.." -> "../../zh/"
                return match.group(1) + json.dumps(settings, ensure_ascii=False) + match.group(3)

            return CONFIG_SCRIPT.sub(point_at_language_root, output, count=1)
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
