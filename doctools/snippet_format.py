"""The Markdown of pages and examples: how an example is written, read and rewritten.

An example is a file ``snippets/<page>/<example>.md`` holding a ```` ```python ```` block;
when it prints, the block is followed by the expected-output marker and a
```` ```{ .text .output } ```` fence with exactly what it prints. A page includes it with a
line ``--8<-- "<page>/<example>.md"`` (or ``"file.md:section"``, the lines between
``--8<-- [start:section]`` and ``--8<-- [end:section]``), as pymdownx.snippets reads it.

Every reader and writer of that format in the project is here: the scanner (fences,
includes, headings, each with its line), the examples of a file, the expansion of a page's
includes (pymdownx.snippets' own, as the build does it) and the rewriting of the output
under a block. The scanner is deliberately small: line-based, it only needs to see fences,
includes and headings.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

# The format's spellings, each written once; the patterns below and the writers are made from them.
INCLUDE_MARK = "--8<--"  # pymdownx.snippets: --8<-- "page/example.md"
API_REFERENCE_MARK = ":::"  # mkdocstrings: "::: package.module" renders that object's API reference
# The marker keeps the name pytest-codeblocks gave it, which ran the examples at first.
MARKER = "<!--pytest-codeblocks:expected-output-->"
RUN = "python"  # the info string of an example's code: exactly this, or it is not run
OUTPUT_CLASSES = ("text", "output")  # the attribute list of the fence that shows an output
OUTPUT_INFO = "{ " + " ".join(f".{name}" for name in OUTPUT_CLASSES) + " }"
# The classes of the blocks on the built page (pymdownx.highlight with pygments_lang_class).
CODE_HTML_CLASS = f"language-{RUN} highlight"
OUTPUT_HTML_CLASS = f"language-{OUTPUT_CLASSES[0]} {' '.join(OUTPUT_CLASSES[1:])} highlight"

FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<marks>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE = re.compile(r"^\s*" + re.escape(INCLUDE_MARK) + r"""\s+["'](?P<target>[^"']+)["']\s*$""")
API_REFERENCE = re.compile(r"^" + re.escape(API_REFERENCE_MARK) + r"\s+(?P<target>\S+)\s*$")
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*$")
HEADING_ID = re.compile(r"\{\s*#(?P<id>[A-Za-z0-9_-]+)\s*\}$")


def include_line(target: str, indent: str = "") -> str:
    """The line that includes ``target`` ("page/example.md") into a page."""
    return f'{indent}{INCLUDE_MARK} "{target}"\n'


def example_markdown(code: str, output: str = "", indent: str = "") -> str:
    """An example as a snippet file holds it: its code, and the output it prints if any."""
    def block(info: str, body: str) -> list[str]:
        body = body if body.endswith("\n") or not body else body + "\n"
        lines = [f"{indent}{line}" if line.strip() else line for line in body.splitlines(keepends=True)]
        return [f"{indent}```{info}\n", *lines, f"{indent}```\n"]

    lines = block(RUN, code)
    if output:
        lines += [f"{indent}{MARKER}\n", *block(OUTPUT_INFO, output)]
    return "".join(lines)


def is_output_marker(line: str) -> bool:
    return line.strip() == MARKER


def closes_fence(marks: str, line: str) -> bool:
    """Whether ``line`` closes a fence opened with ``marks``: the same character, as many or more."""
    stripped = line.strip()
    return len(stripped) >= len(marks) and stripped == marks[0] * len(stripped)


@dataclass
class Fence:
    path: Path
    line: int  # 1-based line of the opening fence
    end_line: int  # 1-based line of the closing fence
    info: str
    marks: str  # the opening run of backticks or tildes
    indent: str  # what precedes the marks (an included example inside a list item is indented)
    body: str
    is_expected_output: bool  # follows a pytest-codeblocks expected-output marker


@dataclass
class Include:
    path: Path
    line: int
    target: str  # "file.md" or "file.md:section"; "::: package.module" for an API reference

    @property
    def is_snippet(self) -> bool:
        return not self.target.startswith(":::")

    @property
    def file(self) -> str:
        return self.target.split(":", 1)[0]


@dataclass
class Heading:
    path: Path
    line: int
    level: int
    text: str
    id: str | None


def scan(path: Path, text: str | None = None) -> tuple[list[Fence], list[Include], list[Heading]]:
    """Return the fences, snippet includes and headings of a Markdown file (or of ``text``)."""
    lines = (path.read_text(encoding="utf-8") if text is None else text).splitlines()
    fences: list[Fence] = []
    includes: list[Include] = []
    headings: list[Heading] = []
    after_output_marker = False
    i = 0
    while i < len(lines):
        line = lines[i]
        opening = FENCE_OPEN.match(line)
        if opening:
            marks = opening["marks"]
            j = i + 1
            while j < len(lines) and not closes_fence(marks, lines[j]):
                j += 1
            if j == len(lines):
                raise ValueError(f"{path}:{i + 1}: code fence is never closed")
            fences.append(
                Fence(
                    path=path,
                    line=i + 1,
                    end_line=j + 1,
                    info=opening["info"].strip(),
                    marks=marks,
                    indent=opening["indent"],
                    body="\n".join(lines[i + 1 : j]),
                    is_expected_output=after_output_marker,
                )
            )
            after_output_marker = False
            i = j + 1
            continue
        if is_output_marker(line):
            after_output_marker = True
        elif include := INCLUDE.match(line):
            includes.append(Include(path=path, line=i + 1, target=include["target"]))
        elif reference := API_REFERENCE.match(line):
            includes.append(Include(path=path, line=i + 1, target=f"::: {reference['target']}"))
        elif heading := HEADING.match(line):
            text = heading["text"]
            found_id = HEADING_ID.search(text)
            headings.append(
                Heading(
                    path=path,
                    line=i + 1,
                    level=len(heading["hashes"]),
                    text=HEADING_ID.sub("", text).strip(),
                    id=found_id["id"] if found_id else None,
                )
            )
        i += 1
    return fences, includes, headings


def prose_lines(path: Path, text: str | None = None) -> list[tuple[int, str]]:
    """The lines of a page (or of ``text``) that a reader reads as prose, with their 1-based
    numbers: not inside a fence, not an include, an API reference or an output marker."""
    lines = (path.read_text(encoding="utf-8") if text is None else text).splitlines()
    fences = scan(path, text)[0]
    hidden = {number for fence in fences for number in range(fence.line, fence.end_line + 1)}
    return [
        (number, line)
        for number, line in enumerate(lines, start=1)
        if number not in hidden and not (INCLUDE.match(line) or API_REFERENCE.match(line) or is_output_marker(line))
    ]


@dataclass
class Example:
    """One example: its code and what the page shows under it."""

    path: Path  # the snippet file
    line: int  # 1-based line of its opening fence
    code: str  # ends with a newline
    output: str  # "" when it shows no output
    fence: Fence


def examples(path: Path, text: str | None = None) -> list[Example]:
    """Each ```python block of a snippet file (or of ``text``) with the output shown under it."""
    fences = scan(path, text)[0]
    found = []
    for index, fence in enumerate(fences):
        if fence.info == RUN and not fence.is_expected_output:
            following = fences[index + 1] if index + 1 < len(fences) else None
            shown = following.body + "\n" if following is not None and following.is_expected_output else ""
            found.append(Example(path, fence.line, _dedented(fence.body, fence.indent) + "\n", _dedented(shown, fence.indent), fence))
    return found


SNIPPETS_EXTENSION = "pymdownx.snippets"


def snippet_bases(mdx_configs: dict) -> list[Path]:
    """Where pymdownx.snippets reads snippets, from a build's ``mdx_configs``: one path (as
    mkdocs.yml's `!relative $config_dir/snippets` gives it) or a list of them."""
    bases = mdx_configs[SNIPPETS_EXTENSION]["base_path"]
    return [Path(base) for base in ([bases] if isinstance(bases, (str, os.PathLike)) else bases)]


def expand_includes(markdown: str, base_path: Path | list[Path]) -> str:
    """``markdown`` with its includes expanded by pymdownx.snippets, as the build expands them.

    This is the only expansion of includes in the project: the pages of every language are
    expanded by the same extension while MkDocs renders them (``base_path`` is the snippet
    tree of the page's language), and the downloads call this with the same tree. An
    indented include is indented as a whole; a missing file or section raises.
    """
    from markdown import Markdown
    from pymdownx.snippets import SnippetExtension

    bases = [base_path] if isinstance(base_path, Path) else list(base_path)
    extension = SnippetExtension(base_path=[str(base) for base in bases], check_paths=True)
    return "\n".join(Markdown(extensions=[extension]).preprocessors["snippet"].run(markdown.split("\n")))


def _dedented(text: str, indent: str) -> str:
    """``text`` without the indentation of the fence that holds it (blank lines may lack it)."""
    return "".join(line.removeprefix(indent) for line in text.splitlines(keepends=True))


def with_outputs(path: Path, outputs: dict[int, str]) -> str:
    """The text of ``path`` with the output after each block (by opening line) replaced.

    An output is added under a block that prints and has none, and removed from one that
    prints nothing.
    """
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fences = scan(path)[0]
    # Edit from the bottom up so that earlier line numbers stay valid.
    for index in reversed(range(len(fences))):
        fence = fences[index]
        if fence.line not in outputs:
            continue
        output = outputs[fence.line]
        following = fences[index + 1] if index + 1 < len(fences) else None
        opening = lines[fence.line - 1]
        indent = opening[: len(opening) - len(opening.lstrip())]
        # What the format writes after a block's code: the marker and the output fence.
        block = example_markdown("", output, indent).splitlines(keepends=True)[2:] if output else []
        if following is not None and following.is_expected_output:
            # Replace from the line after the code block to the end of the old output fence.
            lines[fence.end_line : following.end_line] = block
        else:
            lines[fence.end_line : fence.end_line] = block
    return "".join(lines)
