"""MkDocs hook: give Material's search dialog an accessible name.

The theme renders the search as ``<div role="dialog">`` with no name, which axe-core reports
as a serious violation (aria-dialog-name). The dialog gets the label of its own search box,
which is already in the page's language ("Search", "搜索").
"""

import re

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = re.compile(r'class="md-search__input" name="query" aria-label="([^"]+)"')


def on_post_page(output, page, config):
    label = SEARCH_LABEL.search(output)
    if DIALOG in output and label:
        output = output.replace(DIALOG, DIALOG[:-1] + f' aria-label="{label.group(1)}">', 1)
    return output
