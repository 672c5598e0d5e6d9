"""MkDocs hook: fix how Material's search worker splits a Chinese query into words.

The worker splits a run of Chinese characters into the words of the search index, but its
loop stops one character short (`o<t.length`), so the last word of the run is never found
and is silently dropped: "参数访问" is searched as "参数" alone, and the page titled 参数访问
ranks below every page that says 参数 more often. tests/test_browser.py shows the effect.

The fix changes that bound to `o<=t.length` in the built copy of the worker. If a new
Material release changes the code, the build fails here: check whether the fix is still
needed and update or remove this hook.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

BROKEN = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def on_post_build(config):
    workers = list(Path(config["site_dir"]).glob("assets/javascripts/workers/search.*.min.js"))
    if not workers:
        return  # a language built into a subfolder uses the root's worker
    for worker in workers:
        code = worker.read_text(encoding="utf-8")
        if BROKEN in code:
            worker.write_text(code.replace(BROKEN, FIXED), encoding="utf-8")
        elif FIXED not in code:
            raise PluginError(f"{__file__}: the search worker {worker.name} changed; see this hook's docstring")
