"""MkDocs hook: mkdocstrings labels ("Parameters:", "Returns:") in the page's language.

mkdocstrings picks its locale once, from the theme's language when the configuration is
loaded, so with mkdocs-static-i18n both sites would get the labels of the first language.
Before each page is rendered, the locale is set to the language of the build the page
belongs to. It relies on mkdocstrings 1.0's `handlers._locale`; tests/test_package.py checks
the labels on both sites, so a change there fails the tests.
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
