"""Line-based scanning of the Markdown used in docs/ and snippets/.

Deliberately small: it only needs to see fences, snippet includes and headings, and to
report the line each one starts on.
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
EXPECTED_OUTPUT = re.compile(r"^\s*<!--\s*pytest-codeblocks:expected-output(-ignore-whitespace)?\s*-->\s*$")


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


def scan(path: Path) -> tuple[list[Fence], list[Include], list[Heading]]:
    """Return the fences, snippet includes and headings of a Markdown file."""
    lines = path.read_text(encoding="utf-8").splitlines()
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
            closing = re.compile(r"^\s*" + re.escape(marks[0]) + "{" + str(len(marks)) + r",}\s*$")
            j = i + 1
            while j < len(lines) and not closing.match(lines[j]):
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


def examples(path: Path) -> list[tuple[Fence, str]]:
    """Each ```python block of a snippet file with the output shown under it ("" if none)."""
    fences = scan(path)[0]
    found = []
    for index, fence in enumerate(fences):
        if fence.info == "python" and not fence.is_expected_output:
            following = fences[index + 1] if index + 1 < len(fences) else None
            shown = following.body + "\n" if following is not None and following.is_expected_output else ""
            found.append((fence, shown))
    return found
