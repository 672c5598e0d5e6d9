"""MkDocs hook: Chinese text typeset as Chinese readers expect, whatever the author typed.

- A line break inside a paragraph is a space in HTML. Between two Chinese characters (or
  Chinese punctuation) Chromium and Safari render that space (Firefox hides it): "搭建模型，
  怎样". On the pages of a Chinese-script language, such a line break is removed from the
  page's HTML, outside ``<pre>`` blocks, so authors may wrap their Markdown lines anywhere.
  A break between Chinese and Latin text stays a space, as it should.

Chinese fonts have no italic, and browsers fake a slant: emphasis on the pages of a Chinese
or Japanese site is set bold instead by a rule of ``docs/assets/extra.css`` (``:lang(zh) em``),
which also covers what a template writes (mkdocstrings' ``<em>必需</em>``).

``doctools.cjk`` holds the patterns, shared with the checks of the built pages.
"""

from __future__ import annotations

from doctools.cjk import is_cjk_language, join_cjk_lines


def on_post_page(output, page, config):
    if not is_cjk_language(str(config["theme"]["language"])):
        return output
    return join_cjk_lines(output)
