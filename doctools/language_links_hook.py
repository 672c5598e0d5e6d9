"""MkDocs hook: the language switcher of a home page links relatively, like every other page.

mkdocs-static-i18n points the switcher of each page at the same page in the other language,
but on the home pages it leaves absolute links ("/computation-in-pytorch/zh/") built from
site_url. Those break wherever the site is not served at exactly that path: `mkdocs serve`
under another prefix, a copy in a folder browsed offline. Here they become site-relative
paths, which the theme's `url` filter turns into links relative to the page.
"""

from urllib.parse import urlsplit

from mkdocs.plugins import event_priority


@event_priority(-100)  # after mkdocs-static-i18n has set the links
def on_page_context(context, page, config, nav):
    # mkdocs-static-i18n sets `config.extra.alternate` as an attribute, which the theme reads.
    alternates = getattr(config.extra, "alternate", None) or []
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
