"""MkDocs hooks that patch Material for MkDocs 9.8 where the site needs something else.

Each patch checks that the code it changes is still there and fails the build with
``PluginError`` when it is not: a new Material release must be looked at, not trusted.

- The search worker drops the last word of a Chinese query (below).
- The search dialog has no accessible name (below).
- The offline build loads its Worker shim from unpkg.com (below).
- jieba splits the site's Chinese terms into pieces (below).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# The search worker splits a run of Chinese characters into the words of the search index,
# but its loop stops one character short (`o<t.length`), so the last word of the run is never
# found and is silently dropped: "参数访问" is searched as "参数" alone, and the page titled
# 参数访问 ranks below every page that says 参数 more often. The built copy of the worker gets
# `o<=t.length`. Not reported upstream as of Material 9.8.2 (found by this project:
# tests/test_browser.py shows the effect).
WORKER_BROKEN = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
WORKER_FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def fixed_search_worker(code: str, name: str) -> str:
    if WORKER_BROKEN in code:
        return code.replace(WORKER_BROKEN, WORKER_FIXED)
    if WORKER_FIXED in code:
        return code
    raise PluginError(f"{__file__}: the search worker {name} changed; check whether its Chinese segmentation still drops the last word")


# Material's search plugin segments Chinese text with jieba at build time, and the worker
# splits a Chinese query into the words of the index. jieba cuts many of the site's terms
# (状态字典, 可训练参数, 学习率...) into pieces, so a reader's term is matched piece by piece,
# on any page that uses the pieces. The site's terms, one a line with a frequency
# (search_words.txt), are loaded as jieba's user dictionary before any page is indexed.
# (The plugin's `jieba_dict_user` option does the same from mkdocs.yml.)
SEARCH_WORDS = Path(__file__).with_name("search_words.txt")


def on_startup(command, dirty):
    try:
        import jieba
    except ImportError:
        return  # the search plugin does not segment Chinese without jieba either
    jieba.load_userdict(str(SEARCH_WORDS))


# The search is a `<div role="dialog">` without a name, which axe-core reports as a serious
# violation (aria-dialog-name). The dialog gets the label of its own search box, which is
# already in the page's language ("Search", "搜索").
DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = re.compile(r'class="md-search__input" name="query" aria-label="([^"]+)"')


def named_search_dialog(html: str, name: str) -> str:
    label = SEARCH_LABEL.search(html)
    if DIALOG not in html or not label:
        raise PluginError(f"{__file__}: {name} has no search dialog as Material 9.8 writes it; check aria-dialog-name")
    return html.replace(DIALOG, DIALOG[:-1] + f' aria-label="{label.group(1)}">', 1)


# Material's offline plugin adds https://unpkg.com/iframe-worker/shim to `extra.polyfills`
# so that search runs from file://. The site makes no request to another host: the same
# file is vendored in docs/assets/vendor/iframe-worker/. Setting `extra.polyfills` in
# mkdocs.yml would do it too, but it would load the shim (a no-op there) on every page of
# the site that is served; so it is swapped in only when the offline plugin asks for it.
SHIM_UPSTREAM = "https://unpkg.com/iframe-worker/shim"
SHIM_LOCAL = "assets/vendor/iframe-worker/shim.js"


@event_priority(-50)  # after Material's offline plugin has added its polyfill
def on_config(config):
    offline = config["plugins"].get("material/offline")
    if offline is None or not offline.config.enabled:
        return config
    polyfills = config["extra"].get("polyfills", [])
    if SHIM_LOCAL in polyfills:
        return config  # mkdocs-static-i18n builds each language with the configuration again
    if SHIM_UPSTREAM not in polyfills:
        raise PluginError(f"{__file__}: Material's offline plugin no longer adds {SHIM_UPSTREAM}; check the offline shim")
    config["extra"]["polyfills"] = [SHIM_LOCAL if url == SHIM_UPSTREAM else url for url in polyfills]
    return config


def on_post_page(output, page, config):
    return named_search_dialog(output, page.file.src_uri)


@event_priority(-200)
def on_post_build(config):
    # A language built into a subfolder uses the root's worker, so some builds have none.
    for worker in Path(config["site_dir"]).glob("assets/javascripts/workers/search.*.min.js"):
        code = worker.read_text(encoding="utf-8")
        worker.write_text(fixed_search_worker(code, worker.name), encoding="utf-8")
