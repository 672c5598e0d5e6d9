"""MkDocs hooks that patch Material for MkDocs 9.8 where the site needs something else.

Each patch checks that the code it changes is still there and fails the build with
``PluginError`` when it is not: a new Material release must be looked at, not trusted.

- The search worker drops words of a Chinese query (below).
- Code blocks are mounted in one long task that blocks a phone (below).
- The search dialog has no accessible name (below).
- The offline build loads its Worker shim from unpkg.com (below).
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# Material's search worker splits a Chinese query into the words of the index (its query
# segmentation, squidfunk/mkdocs-material#3915). Two bugs there, not reported upstream as of
# 9.8.2, are patched in the built copy of the worker; tests/test_search_queries.py and
# tests/test_browser.py show their effect.
WORKER_PATCHES = [
    # 1. The loop that finds the words starting at each character stops one character short
    #    (`o<t.length`), so the last word of a run is never found and is dropped: "参数访问"
    #    is searched as "参数" alone.
    (
        "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e",
        "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e",
    ),
    # 2. At a character that starts no word of the index (lunr's Chinese stop words 的 不 只
    #    用 有..., which the index leaves out), the segmentation stops: "模型有多少参数" is
    #    searched as "模型", and a query that starts with one ("只加载部分参数") as one
    #    unknown word. Such characters are skipped instead, and a one-character last word kept.
    (
        "let i=[0];for(let s=i.length;s>0;){let o=i[--s];for(let u=1;u<n[o];u++)n[o+u]>n[o]-u&&"
        "(r.add(t.slice(o,o+u)),i[s++]=o+u);let a=o+n[o];n[a]&&a<t.length-1&&(i[s++]=a),r.add(t.slice(o,a))}",
        "let i=[0];for(;i[0]<t.length&&!n[i[0]];)i[0]++;if(i[0]>=t.length)return new Set([t]);"
        "for(let s=i.length;s>0;){let o=i[--s];for(let u=1;u<n[o];u++)n[o+u]>n[o]-u&&"
        "(r.add(t.slice(o,o+u)),i[s++]=o+u);let a=o+n[o];for(;a<t.length&&!n[a];)a++;"
        "a<t.length&&(i[s++]=a),r.add(t.slice(o,o+n[o]))}",
    ),
]


# Material mounts every code block of a page in one task as the page loads: for each block
# it inserts the copy button, then reads the block's size, so the browser lays the page out
# again once per block. On the longest page (48 blocks) Lighthouse's mobile run measured
# that task at about 250 ms (total blocking time 160-410 ms, performance 90-97). Material's
# answer to squidfunk/mkdocs-material#3643, its undocumented `content.lazy` feature, mounts a
# block only once it is on screen, so a keyboard reader's Tab skips the copy buttons of the
# blocks below (8 of 40 reached, measured). Instead each block is mounted in a task of its
# own, in page order, as soon as the page has loaded: every button is there, none blocks.
BUNDLE_PATCHES = [
    (
        'return V("content.lazy")?mt(e).pipe(g(n=>n),Ee(1),b(()=>o)):o}',
        'return V("content.lazy")?mt(e).pipe(g(n=>n),Ee(1),b(()=>o)):'
        "new o.constructor(n=>{let t=setTimeout(()=>{n.next(),n.complete()});return()=>clearTimeout(t)}).pipe(b(()=>o))}",
    ),
]


def patched(code: str, name: str, patches: list[tuple[str, str]]) -> str:
    """``code`` of Material's file ``name`` with ``patches`` applied (code already patched is
    left as it is)."""
    for number, (original, replacement) in enumerate(patches, start=1):
        if original in code:
            code = code.replace(original, replacement)
        elif replacement not in code:
            raise PluginError(f"{__file__}: Material's {name} changed; check whether patch {number} is still needed")
    return code


# The search is a `<div role="dialog">` without a name, which axe-core reports as a serious
# violation (aria-dialog-name); not reported upstream (squidfunk/mkdocs-material#6433 lists
# other accessibility problems of the search). The dialog gets the label of its own search box, which is
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
    # A language built into a subfolder uses the root's assets, so some builds have none.
    site = Path(config["site_dir"])
    for pattern, patches in (
        ("assets/javascripts/workers/search.*.min.js", WORKER_PATCHES),
        ("assets/javascripts/bundle.*.min.js", BUNDLE_PATCHES),
    ):
        for script in site.glob(pattern):
            code = script.read_text(encoding="utf-8")
            script.write_text(patched(code, script.name, patches), encoding="utf-8")
