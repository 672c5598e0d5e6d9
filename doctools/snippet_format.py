"""The Markdown of pages and examples: how an example is written, read and rewritten.

An example is a file ``snippets/<page>/<example>.md`` holding a ```` ```python ```` block;
when it prints, the block is followed by the expected-output marker and a
```` ```{ .text .output } ```` fence with exactly what it prints. A page includes it with a
line ``--8<-- "<page>/<example>.md"`` (or ``"file.md:section"``, the lines between
``--8<-- [start:section]`` and ``--8<-- [end:section]``), as pymdownx.snippets reads it.

Every reader and writer of that format in the project is here: the scanner (fences,
includes, headings, each with its line), the examples of a file, the includes of a page
resolved to their examples, and the rewriting of the output under a block. The scanner is
deliberately small: line-based, it only needs to see fences, includes and headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<marks>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE = re.compile(r"""^\s*--8<--\s+["'](?P<target>[^"']+)["']\s*$""")
# An mkdocstrings directive: "::: package.module" renders that object's API reference.
API_REFERENCE = re.compile(r"^:::\s+(?P<target>\S+)\s*$")
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*$")
HEADING_ID = re.compile(r"\{\s*#(?P<id>[A-Za-z0-9_-]+)\s*\}$")
# The marker keeps the name pytest-codeblocks gave it, which ran the examples at first.
MARKER = "<!--pytest-codeblocks:expected-output-->"
EXPECTED_OUTPUT = re.compile(r"^\s*<!--\s*pytest-codeblocks:expected-output\s*-->\s*$")
# The info string of the fence that shows an example's output, and of an example's code.
OUTPUT_INFO = "{ .text .output }"
RUN = "python"


def closes_fence(marks: str, line: str) -> bool:
    """Whether ``line`` closes a fence opened with ``marks``: the same character, as many or more."""
    stripped = line.strip()
    return len(stripped) >= len(marks) and stripped == marks[0] * len(stripped)


SECTION_MARK = re.compile(r"^\s*--8<--\s+\[(?P<edge>start|end):(?P<name>[^\]]+)\]\s*$")


@dataclass
class Fence:
    path: Path
    line: int  # 1-based line of the opening fence
    end_line: int  # 1-based line of the closing fence
    info: str
    marks: str  # the opening run of backticks or tildes
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
                    body="\n".join(lines[i + 1 : j]),
                    is_expected_output=after_output_marker,
                )
            )
            after_output_marker = False
            i = j + 1
            continue
        if EXPECTED_OUTPUT.match(line):
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
            found.append(Example(path, fence.line, fence.body + "\n", shown, fence))
    return found


def snippet_text(target: str, base: Path) -> str:
    """What the include ``--8<-- "target"`` puts into a page: the file, or its section."""
    file, _, section = target.partition(":")
    text = (base / file).read_text(encoding="utf-8")
    if not section:
        return text
    kept, inside, found = [], False, False
    for line in text.splitlines(keepends=True):
        mark = SECTION_MARK.match(line)
        if mark and mark["name"] == section:
            inside, found = mark["edge"] == "start", True
        elif inside and not mark:
            kept.append(line)
    if not found:
        raise ValueError(f"{base / file}: no section {section!r}")
    return "".join(kept)


def expand_includes(markdown: str, base: Path, transform=None) -> str:
    """``markdown`` with each snippet include replaced by what it includes.

    ``transform(text, target)``, when given, rewrites each included text first (to
    translate the comments of its code, for instance).
    """
    out = []
    in_fence = None
    for line in markdown.splitlines(keepends=True):
        opening = FENCE_OPEN.match(line)
        if in_fence is None and opening:
            in_fence = opening["marks"]
        elif in_fence is not None and closes_fence(in_fence, line):
            in_fence = None
        elif in_fence is None and (include := INCLUDE.match(line)):
            text = snippet_text(include["target"], base)
            out.append(transform(text, include["target"]) if transform else text)
            continue
        out.append(line)
    return "".join(out)


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
        block = []
        if output:
            body = output if output.endswith("\n") else output + "\n"
            block = [f"{indent}{MARKER}\n", f"{indent}```{OUTPUT_INFO}\n"]
            block += [f"{indent}{line}" if line.strip() else line for line in body.splitlines(keepends=True)]
            block += [f"{indent}```\n"]
        if following is not None and following.is_expected_output:
            # Replace from the line after the code block to the end of the old output fence.
            lines[fence.end_line : following.end_line] = block
        else:
            lines[fence.end_line : fence.end_line] = block
    return "".join(lines)
