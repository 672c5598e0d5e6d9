"""MkDocs hooks for what the site says about its own repository, so that a fork deploys as is.

The site's URL, the repository's URL and name, and the edit links come from mkdocs.yml, which
reads them from the environment (SITE_URL, REPO_URL, REPO_NAME, EDIT_URI); the GitHub
workflow fills them in from GitHub's context. Without them (a local build) the site has no
canonical URLs and no repository links.

- The install command of the companion package: a line
  ``<!-- install-command: NOTE -->`` in a page becomes
  ``pip install "computation-in-pytorch @ git+<repo_url>"`` when repo_url is set, and
  ``pip install -e .  # NOTE`` otherwise, NOTE (in the page's language) saying where to run
  it: the root of a clone of the repository.
- The edit button: Material shows one on each page (pointing into docs/<locale>/ of the
  repository) when repo_url is set.
- No request to GitHub's API: Material's repository link fetches the repository's stars and
  forks from api.github.com in the reader's browser; the site makes no request to any other
  host, so the link stays a plain link.

Both patches fail the build when what they rely on is gone.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

PACKAGE = "computation-in-pytorch"
MARKER = re.compile(r"^(?P<indent>[ \t]*)<!--\s*install-command:\s*(?P<note>.*?)\s*-->[ \t]*$", re.MULTILINE)
# Material 9.8's partials/source.html: the component that fetches the repository's facts.
SOURCE_COMPONENT = 'class="md-source" data-md-component="source"'


def install_command(repo_url: str | None, note: str) -> str:
    """The command that installs the package: from the repository, or from a clone of it."""
    if repo_url:
        return f'pip install "{PACKAGE} @ git+{repo_url.rstrip("/")}"'
    return f"pip install -e .  # {note}"


def on_config(config):
    if config["repo_url"] and "content.action.edit" not in config["theme"]["features"]:
        config["theme"]["features"].append("content.action.edit")
    return config


def on_page_markdown(markdown, page, config, files):
    return MARKER.sub(lambda m: m["indent"] + install_command(config["repo_url"], m["note"]), markdown)


def on_post_page(output, page, config):
    if not config["repo_url"]:
        return output
    if SOURCE_COMPONENT not in output:
        raise PluginError(f"{__file__}: Material's repository link changed; check whether it still fetches from api.github.com")
    return output.replace(SOURCE_COMPONENT, 'class="md-source"')
