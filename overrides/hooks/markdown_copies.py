"""MkDocs hook: a Markdown copy of every page, and an llms.txt at the root of each language.

Tools that readers ask questions with read a site's ``llms.txt`` and a Markdown copy of its
pages (the llms.txt convention, https://llmstxt.org/). Both are files generated into the
build (``File.generated``), so they are there in the served and in the offline build.

- Where a copy lies: at the URL of the page's HTML file with ``.md`` appended, as the
  convention proposes: ``parameter-access/index.html.md`` beside
  ``parameter-access/index.html``, ``index.html.md`` for a home page, and in the offline build
  (no directory URLs) ``parameter-access.html.md`` beside ``parameter-access.html``.
- What it holds: the page's Markdown as the build renders it, after the other hooks (the
  install command, the downloads line), with its includes expanded by pymdownx.snippets'
  own preprocessor from this build's snippet tree (``doctools.snippet_format.expand_includes``
  with the extension's ``base_path``, which overrides/hooks/examples.py points at the
  translated tree for a translated language): every example in the page's language, its
  output under it. What is for the build and not for a reader is left out: HTML comments (the
  expected-output marker becomes a line "Output:" in the page's language, and the output's
  fence a plain ``text`` fence) and attribute lists, except a heading's ``{ #id }``, which is
  the anchor that links name. A relative link points from the copy to the other page's copy
  (anchor kept) or to the file of the site; an API reference (``::: module``) becomes a link
  to that module on the HTML page.
- ``llms.txt`` (``zh/llms.txt`` for Chinese): ``# site name``, ``> site description``, then a
  section per entry of the navigation (a page at the top level is a section of its own),
  each page as ``- [its title](its copy): its front-matter description`` (or its first
  paragraph). Links are relative to ``llms.txt``, absolute when the build has a site_url.
- The page links its copy under its title, after the downloads, with a Markdown link that
  the strict build validates.

The files are added when the build gathers its files (so that the link validates) and
filled in as each page is read: MkDocs 1.6 reads every page before it writes any file. A
copy or an llms.txt left empty fails the build.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from doctools.cjk import CJK_CHARACTER, is_cjk_language
from doctools.code_comments import build_text
from doctools.languages import build_language
from doctools.snippet_format import (
    API_REFERENCE,
    HEADING,
    HEADING_ID,
    INCLUDE,
    expand_includes,
    is_output_marker,
    scan,
    snippet_bases,
)

SUFFIX = ".md"
LLMS_TXT = "llms.txt"
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Python-Markdown's attribute lists: { #id .class key="value" }, also {: ... }.
_ATTRIBUTE = r"""(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))"""
ATTRIBUTE_LIST = re.compile(r"[ \t]*\{:?[ \t]*" + _ATTRIBUTE + r"(?:[ \t]+" + _ATTRIBUTE + r")*[ \t]*\}")
LINK_TARGET = re.compile(r"""(?P<open>\]\()(?P<target>[^)\s]+)(?P<title>\s+"[^"]*")?\)""")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
CJK_LINE_BREAK = re.compile(f"(?<={CJK_CHARACTER})\\s*\\n\\s*(?={CJK_CHARACTER})")
CJK_JOIN = re.compile(f"{CJK_CHARACTER}[ \\t]*\\n[ \\t]*{CJK_CHARACTER}")


class MarkdownCopy(File):
    """A generated Markdown file published as it is, not rendered as a page."""

    def is_documentation_page(self) -> bool:
        return False




def copy_uri(page_file: File) -> str:
    """Where the Markdown copy of a page lies in the build: its HTML file's path plus ".md"."""
    return page_file.dest_uri + SUFFIX



def _relative(target: str, base_uri: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(base_uri) or ".")


def _copy_link(target: str, page_file: File, files) -> str:
    """A page's relative link as the page's copy must write it."""
    scheme, netloc, path, query, fragment = urlsplit(target)
    if scheme or netloc or not path or path.startswith("/"):
        return target
    source = posixpath.normpath(posixpath.join(posixpath.dirname(page_file.src_uri), unquote(path)))
    found = files.get_file_from_path(source)
    if found is None:
        return target  # the strict build reports it
    destination = copy_uri(found) if found.is_documentation_page() else found.dest_uri
    return urlunsplit(("", "", quote(_relative(destination, copy_uri(page_file))), query, fragment))


def _prose(line: str, change) -> str:
    """``line`` with ``change`` applied to what lies outside its code spans."""
    parts, last = [], 0
    for span in CODE_SPAN.finditer(line):
        parts += [change(line[last : span.start()]), span.group()]
        last = span.end()
    return "".join([*parts, change(line[last:])])


def markdown_copy(markdown: str, page_file: File, files, bases: list[Path], output_label: str, cjk: bool = False) -> str:
    """The Markdown copy of a page whose Markdown (as the build renders it) is ``markdown``.

    With ``cjk``, a line break between two Chinese characters in a paragraph is removed, as
    overrides/hooks/cjk_text.py removes it from the page."""
    expanded = expand_includes(markdown, bases)
    lines = expanded.split("\n")
    in_fence: set[int] = set()
    for fence in scan(Path(page_file.src_uri), expanded)[0]:
        in_fence.update(range(fence.line - 1, fence.end_line))
        if fence.is_expected_output:
            lines[fence.line - 1] = f"{fence.indent}{fence.marks}text"
    prose = "\n".join("\0" if number in in_fence else line for number, line in enumerate(lines))
    # Comments may span lines; the markers are lines of their own, and become the label.
    prose = "\n".join(
        line[: len(line) - len(line.lstrip())] + output_label if is_output_marker(line) else line for line in prose.split("\n")
    )
    prose = HTML_COMMENT.sub(lambda comment: "\n" * comment.group().count("\n"), prose)  # lines stay where they are
    reference_page = lambda module: f"[`{module}`]({_relative(page_file.dest_uri, copy_uri(page_file))}#{module})"  # noqa: E731
    written: list[tuple[str, bool]] = []  # (line, whether it is code)
    for number, line in enumerate(prose.split("\n")):
        fenced = number in in_fence
        if fenced:
            line = lines[number]
        elif reference := API_REFERENCE.match(line):
            line = reference_page(reference["target"])
        elif HEADING.match(line):
            # A heading keeps its id (the anchor links name); its text keeps its links.
            heading_id = HEADING_ID.search(line)
            text = line[: heading_id.start()] if heading_id else line
            line = _prose(text, lambda part: _links(part, page_file, files)) + (heading_id.group() if heading_id else "")
        else:
            line = _prose(line, lambda part: _links(ATTRIBUTE_LIST.sub("", part), page_file, files))
        if written and not fenced and not written[-1][1]:
            previous = written[-1][0]
            if not line.strip() and not previous.strip():
                continue  # one blank line where a comment or an attribute list left more
            if cjk and CJK_JOIN.search(previous + "\n" + line):
                written[-1] = (previous.rstrip() + line.lstrip(), False)
                continue
        written.append((line, fenced))
    return "\n".join(line for line, _ in written).strip("\n") + "\n"


def _links(text: str, page_file: File, files) -> str:
    return LINK_TARGET.sub(lambda m: m["open"] + _copy_link(m["target"], page_file, files) + (m["title"] or "") + ")", text)


# ---- the build ------------------------------------------------------------------------------

_nav: list = []  # the navigation of the build in progress (on_nav), for llms.txt


@event_priority(-200)  # after mkdocs-static-i18n has chosen this language's pages
def on_files(files, config):
    pages = list(files.documentation_pages())
    for page_file in pages:
        files.append(MarkdownCopy.generated(config, copy_uri(page_file), content=""))
    prefix = build_language(config).url_prefix
    files.append(MarkdownCopy.generated(config, prefix + LLMS_TXT, content=""))
    return files


@event_priority(-200)  # the navigation as mkdocs-static-i18n leaves it (translated titles)
def on_nav(nav, config, files):
    _nav[:] = [nav]
    return nav


@event_priority(-100)  # after every other hook: the Markdown as the page renders it
def on_page_markdown(markdown, page, config, files):
    copy = files.get_file_from_path(copy_uri(page.file))
    if copy is None:
        return markdown
    cjk = is_cjk_language(str(config["theme"]["language"]))
    copy.content_string = markdown_copy(markdown, page.file, files, snippet_bases(config["mdx_configs"]), build_text("Output:", config), cjk)
    link = f'[{build_text("This page in Markdown", config)}]({_relative(copy.src_uri, page.file.src_uri)}){{ type="text/markdown" }}\n{{ .page-markdown }}'
    lines = markdown.split("\n")
    title = next((number for number, line in enumerate(lines) if line.startswith("# ")), None)
    if title is None:
        return markdown
    # After the downloads line that overrides/hooks/examples.py writes under the title, if any.
    after = next((number for number in range(title + 1, min(title + 6, len(lines))) if lines[number].strip() == "{ .downloads }"), title)
    lines[after + 1 : after + 1] = ["", link]
    return "\n".join(lines)


def _entries(items) -> list[tuple[str, list[Page]]]:
    """The navigation as llms.txt sections: (title, pages), a top-level page its own section."""
    sections = []
    for item in items:
        if isinstance(item, Section):
            sections.append((item.title, [page for page in _pages(item.children)]))
        elif isinstance(item, Page):
            sections.append((item.title, [item]))
    return [(title, pages) for title, pages in sections if pages]


def _pages(items) -> list[Page]:
    found = []
    for item in items:
        if isinstance(item, Section):
            found += _pages(item.children)
        elif isinstance(item, Page):
            found.append(item)
    return found


def _heading(page: Page) -> str:
    for line in (page.markdown or "").split("\n"):
        if match := HEADING.match(line):
            if len(match["hashes"]) == 1:
                return HEADING_ID.sub("", match["text"]).strip()
    return page.title or ""


def description(page: Page) -> str:
    """One line about a page: its front-matter description, or its first paragraph."""
    if page.meta.get("description"):
        return " ".join(str(page.meta["description"]).split())
    paragraph, started = [], False
    for line in (page.markdown or "").split("\n"):
        if HEADING.match(line) or INCLUDE.match(line):
            if started and paragraph:
                break
            started = True
            continue
        if started and line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            break
    return " ".join(CJK_LINE_BREAK.sub("", "\n".join(paragraph)).split())


def llms_txt(config, items, files) -> str:
    site_url = config.get("site_url")
    prefix = build_language(config).url_prefix

    def url(page: Page) -> str:
        copy = files.get_file_from_path(copy_uri(page.file))
        return urljoin(site_url, copy.url) if site_url else _relative(copy.url, prefix + LLMS_TXT)

    lines = [f"# {config['site_name']}", ""]
    if config.get("site_description"):
        lines += [f"> {config['site_description']}", ""]
    for title, pages in _entries(items):
        lines += [f"## {title}", ""]
        lines += [f"- [{_heading(page)}]({url(page)}): {description(page)}" for page in pages]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def on_env(env, config, files):
    # Every page has been read: its copy is written, and the navigation has the pages' meta.
    prefix = build_language(config).url_prefix
    files.get_file_from_path(prefix + LLMS_TXT).content_string = llms_txt(config, _nav[0].items, files)
    empty = [file.src_uri for file in files if isinstance(file, MarkdownCopy) and not file.content_string]
    if empty:
        raise PluginError(f"{__file__}: nothing written into {', '.join(empty)}")
    return env
