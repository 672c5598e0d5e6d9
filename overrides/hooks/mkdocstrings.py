"""MkDocs hook: mkdocstrings labels ("Parameters:", "Returns:") in the page's language.

mkdocstrings picks its locale once, from the theme's language when the configuration is
loaded, so with mkdocs-static-i18n both sites would get the labels of the first language.
Before each page is rendered, the locale is set to the language of the build the page
belongs to. mkdocstrings' locale is one setting for the whole build (its i18n support,
mkdocstrings/mkdocstrings#645, has no per-page locale). It relies on mkdocstrings 1.0's
`handlers._locale` and fails the build when that is gone; tests/test_package.py checks the
labels on both sites.
"""

from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    plugin = config["plugins"].get("mkdocstrings")
    if plugin is None:
        return markdown
    if not hasattr(plugin.handlers, "_locale"):
        raise PluginError(f"{__file__}: mkdocstrings no longer has handlers._locale; update this hook")
    plugin.handlers._locale = str(config["theme"]["language"]).replace("_", "-")
    return markdown
