"""The outline of a built page: its structure without its words.

Two translations of a page must have the same outline: the same headings (level, id), the
same admonitions and collapsibles (kind, open or closed) holding the same blocks, the same
lists (ordered or not, number of items, nesting), code and output blocks in the same
places, tables of the same shape, the same images, internal link targets, API reference
objects and download links. Each element of the outline carries the path of the outlined
elements that contain it, so a code block that leaves its collapsible, or a list that falls
apart into two, changes the outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADING = re.compile(r"h[1-6]")
EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


@dataclass
class Element:
    """One outlined element: what it is, and the outlined elements around it."""

    kind: str  # "h2#state-dict", "details.success(closed)", "ol[3]", "code.language-python"...
    within: tuple[str, ...]  # the kinds of the outlined elements that contain it, outermost first

    def __str__(self) -> str:
        return " > ".join((*self.within, self.kind))


@dataclass
class _Open:
    tag: str
    element: Element | None  # None: an element the outline does not show
    items: int = 0  # direct <li> children of a list
    rows: list[int] = field(default_factory=list)  # cells per row of a table


def _classes(attributes: dict[str, str | None]) -> list[str]:
    return (attributes.get("class") or "").split()


def _describe(tag: str, attributes: dict[str, str | None]) -> str | None:
    """The outline's name for an element, or None when the outline skips it."""
    classes = _classes(attributes)
    if HEADING.fullmatch(tag):
        return f"{tag}#{attributes.get('id') or ''}"
    if tag == "details":
        kind = ".".join(c for c in classes) or "details"
        return f"details.{kind}({'open' if 'open' in attributes else 'closed'})"
    if tag == "div" and "admonition" in classes:
        return "admonition." + ".".join(c for c in classes if c != "admonition")
    if tag == "div" and "highlight" in classes:
        language = next((c for c in classes if c.startswith("language-")), "language-none")
        return "output" if "output" in classes else f"code.{language}"
    if tag == "div" and "doc-object" in classes:
        return "api." + ".".join(c for c in classes if c.startswith("doc-") and c != "doc-object")
    if tag in ("ol", "ul", "table", "figure"):
        return tag
    if tag == "img":
        return f"img[{attributes.get('src') or ''}]"
    if tag == "a":
        href = attributes.get("href") or ""
        if "download" in attributes:
            return f"download[{href}]"
        if href and not EXTERNAL.match(href) and "headerlink" not in classes:
            return f"link[{href}]"
    return None


class _OutlineParser(HTMLParser):
    def __init__(self, root: tuple[str, str] | None):
        super().__init__(convert_charrefs=True)
        self.root = root  # (tag, class) of the element whose content is outlined; None: all
        self.inside_root = root is None
        self.root_depth = 0
        self.stack: list[_Open] = []
        self.elements: list[Element] = []

    def _within(self) -> tuple[str, ...]:
        return tuple(opened.element.kind for opened in self.stack if opened.element is not None)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if not self.inside_root:
            if tag == self.root[0] and self.root[1] in _classes(attributes):
                self.inside_root, self.root_depth = True, len(self.stack)
            if tag not in VOID:
                self.stack.append(_Open(tag, None))
            return
        if tag == "li":
            lists = [opened for opened in self.stack if opened.tag in ("ol", "ul")]
            if lists:
                lists[-1].items += 1
        if tag == "tr":
            tables = [opened for opened in self.stack if opened.tag == "table"]
            if tables:
                tables[-1].rows.append(0)
        if tag in ("td", "th"):
            tables = [opened for opened in self.stack if opened.tag == "table"]
            if tables and tables[-1].rows:
                tables[-1].rows[-1] += 1
        kind = _describe(tag, attributes)
        element = Element(kind, self._within()) if kind is not None else None
        if element is not None:
            self.elements.append(element)
        if tag not in VOID:
            self.stack.append(_Open(tag, element))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # Close up to the matching open tag (the HTML of the build is well formed).
        while self.stack:
            opened = self.stack.pop()
            if opened.element is not None and opened.tag in ("ol", "ul"):
                opened.element.kind = f"{opened.tag}[{opened.items}]"
            if opened.element is not None and opened.tag == "table":
                shape = sorted(set(opened.rows))
                opened.element.kind = f"table[{len(opened.rows)}x{'/'.join(map(str, shape))}]"
            if opened.tag == tag:
                break
        if self.root is not None and self.inside_root and len(self.stack) <= self.root_depth:
            self.inside_root = False


# The page's content in Material's layout: navigation, header and footer are the theme's.
CONTENT = ("article", "md-content__inner")


def outline(html: str, root: tuple[str, str] | None = CONTENT) -> list[Element]:
    """The outline of the content of a built page (or, with ``root=None``, of an HTML fragment)."""
    parser = _OutlineParser(root)
    parser.feed(html)
    parser.close()
    return parser.elements


def first_difference(expected: list[Element], actual: list[Element]) -> str | None:
    """Where two outlines part, said for a reader; None when they are equal."""
    for index, (left, right) in enumerate(zip(expected, actual)):
        if str(left) != str(right):
            return f"element {index + 1}: {left} | {right}"
    if len(expected) != len(actual):
        shorter = min(len(expected), len(actual))
        extra = (expected if len(expected) > shorter else actual)[shorter]
        side = "only the first" if len(expected) > shorter else "only the second"
        return f"element {shorter + 1}: {extra} is in {side} ({len(expected)} against {len(actual)} elements)"
    return None
