"""Guard on the Chinese terminology: no page uses a variant that the glossary rules out.

The table of docs/zh/glossary.md has a column headed 不用 ("not used"): for each term, the
other renderings it replaces, separated by 、. ``term_problems`` reports every occurrence of
one of them in the prose of docs/zh/*.md, as

    docs/zh/page.md:LINE: 'variant' — the glossary says 'term'

What counts as prose:

- fenced code blocks, inline code spans, link targets, HTML tags and comments, attribute
  lists (``{ #id }``), snippet includes (``--8<--``) and API references (``:::``) are not;
- the glossary's own table is not (it names the variants on purpose); the rest of the
  glossary is;
- a variant written alone inside Chinese quotation marks (“参数绑定”) is a mention of the
  word, for example of another book's term, not a use of it;
- the lines of a paragraph are read as one text, so a variant broken across a line break is
  still found; it is reported on the line where it starts.

A variant made of ASCII letters (``dropout``) matches regardless of case and only as a whole
word. Where one variant lies inside a longer one found at the same place, only the longer one
is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from doctools.cjk import CJK
from doctools.snippet_format import FENCE_OPEN, closes_fence

GLOSSARY = Path("docs/zh/glossary.md")
PAGES = Path("docs/zh")
AVOID_COLUMN = "不用"
TERM_COLUMN = 0
VARIANT_SEPARATOR = re.compile(r"[、，,；;]")
NO_VARIANT = {"", "—", "–", "-"}

# Lines that include a snippet or an API reference are not prose.
NOT_PROSE_LINE = re.compile(r"^\s*(--8<--|:::\s)")
# Parts of a paragraph that are not prose; masked before matching, so offsets keep their lines.
NOT_PROSE = re.compile(
    r"<!--.*?-->"  # HTML comment
    r"|(?P<ticks>`+).+?(?P=ticks)"  # inline code span, any number of backticks
    r"|\]\([^)]*\)"  # link target
    r"|<[^>\n]+>"  # HTML tag or autolink
    r"|\{[^}\n]*\}",  # attribute list, heading id
    re.DOTALL,
)
MASK = "\x00"


@dataclass(frozen=True)
class RuledOut:
    variant: str
    term: str


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _is_table_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def _avoid_table(lines: list[str]) -> tuple[int, int, int] | None:
    """(first line index, end line index, 不用 column) of the glossary's table, if any."""
    for index, line in enumerate(lines):
        if _is_table_row(line) and AVOID_COLUMN in _cells(line):
            end = index + 1
            while end < len(lines) and _is_table_row(lines[end]):
                end += 1
            return index, end, _cells(line).index(AVOID_COLUMN)
    return None


def ruled_out(glossary: Path) -> list[RuledOut]:
    """The variants the glossary's 不用 column rules out, each with the term it prefers."""
    lines = glossary.read_text(encoding="utf-8").splitlines()
    table = _avoid_table(lines)
    if table is None:
        return []
    start, end, column = table
    found = []
    for line in lines[start + 2 : end]:  # after the header and the --- row
        cells = _cells(line)
        if len(cells) <= column:
            continue
        term = cells[TERM_COLUMN]
        for variant in VARIANT_SEPARATOR.split(cells[column]):
            variant = variant.strip()
            if variant not in NO_VARIANT:
                found.append(RuledOut(variant=variant, term=term))
    return found


def _paragraphs(lines: list[str], skip: range) -> list[tuple[str, list[int]]]:
    """Each stretch of prose as one text, with the 1-based line number of every character.

    Lines of a paragraph are joined without a space between two CJK characters (as the
    site renders them) and with one otherwise.
    """
    paragraphs: list[tuple[str, list[int]]] = []
    text: list[str] = []
    numbers: list[int] = []

    def close() -> None:
        if text:
            paragraphs.append(("".join(text), numbers.copy()))
        text.clear()
        numbers.clear()

    fence: str | None = None
    for index, line in enumerate(lines):
        number = index + 1
        opening = FENCE_OPEN.match(line)
        if fence is not None:
            if closes_fence(fence, line):
                fence = None
            continue
        if opening:
            close()
            fence = opening["marks"]
            continue
        if index in skip or not line.strip() or NOT_PROSE_LINE.match(line) or line.strip() == "---":
            close()
            continue
        stripped = line.strip()
        if _is_table_row(line) or stripped.startswith("#"):
            close()
            paragraphs.append((stripped, [number] * len(stripped)))
            continue
        if text:
            joiner = "" if CJK.match(text[-1][-1:]) and CJK.match(stripped[:1]) else " "
            text.append(joiner)
            numbers.extend([number - 1] * len(joiner))
        text.append(stripped)
        numbers.extend([number] * len(stripped))
    close()
    return paragraphs


def _mask(text: str) -> str:
    return NOT_PROSE.sub(lambda match: MASK * len(match.group(0)), text)


def _pattern(variant: str) -> re.Pattern[str]:
    if variant.isascii():
        return re.compile(r"(?<![A-Za-z0-9_])" + re.escape(variant) + r"(?![A-Za-z0-9_])", re.IGNORECASE)
    return re.compile(re.escape(variant))


def _is_mention(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


def term_problems(root: Path) -> list[str]:
    """Every use of a ruled-out variant in the prose of the Chinese pages."""
    glossary = root / GLOSSARY
    if not glossary.is_file():
        return [f"{GLOSSARY.as_posix()}: missing"]
    glossary_lines = glossary.read_text(encoding="utf-8").splitlines()
    table = _avoid_table(glossary_lines)
    if table is None:
        return [f"{GLOSSARY.as_posix()}: no table with a column headed {AVOID_COLUMN!r}"]
    rules = [(rule, _pattern(rule.variant)) for rule in ruled_out(glossary)]

    problems = []
    for page in sorted((root / PAGES).glob("*.md")):
        lines = glossary_lines if page == glossary else page.read_text(encoding="utf-8").splitlines()
        skip = range(table[0], table[1]) if page == glossary else range(0)
        shown = page.relative_to(root).as_posix()
        for text, numbers in _paragraphs(lines, skip):
            masked = _mask(text)
            hits = [
                (match.start(), match.end(), rule)
                for rule, pattern in rules
                for match in pattern.finditer(masked)
                if not _is_mention(masked, match.start(), match.end())
            ]
            for start, end, rule in sorted(hits, key=lambda hit: (hit[0], -hit[1])):
                inside_longer = any(
                    other_start <= start and end <= other_end and (other_end - other_start) > (end - start)
                    for other_start, other_end, _ in hits
                )
                if not inside_longer:
                    problems.append(f"{shown}:{numbers[start]}: '{rule.variant}' — the glossary says '{rule.term}'")
    return problems
