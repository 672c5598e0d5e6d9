"""Chinese text in HTML: the patterns the build uses to typeset it and the tests to check it."""

from __future__ import annotations

import re

# Han characters, CJK punctuation and full-width forms.
CJK_CHARACTER = "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
CJK = re.compile(CJK_CHARACTER)
INLINE_TAGS = r"(?:</?(?:a|code|em|strong|span|abbr|kbd|b|i)\b[^>]*>)*"
# A CJK character, optional inline tags, a line break, optional inline tags, a CJK character.
CJK_LINE_BREAK = re.compile(f"({CJK_CHARACTER}{INLINE_TAGS})[ \\t]*\\n[ \\t]*(?={INLINE_TAGS}{CJK_CHARACTER})")
# Where a line break is not text: preformatted code, and scripts (a break may end a statement).
PRE = re.compile(r"(<pre\b.*?</pre>|<script\b.*?</script>)", re.S)
CJK_LANGUAGES = ("zh", "ja")


def is_cjk_language(locale: str) -> bool:
    return locale.replace("-", "_").split("_")[0] in CJK_LANGUAGES


def _outside_pre(html: str, change) -> str:
    parts = PRE.split(html)
    return "".join(part if index % 2 else change(part) for index, part in enumerate(parts))


def join_cjk_lines(html: str) -> str:
    """``html`` without the line breaks that would render as a space between CJK characters
    (outside ``<pre>`` and ``<script>``)."""
    return _outside_pre(html, lambda text: CJK_LINE_BREAK.sub(r"\1", text))


def cjk_line_breaks(html: str) -> list[str]:
    """The CJK line breaks left in ``html`` (outside ``<pre>``), each with its neighbours."""
    found: list[str] = []
    _outside_pre(html, lambda text: found.extend(m.group(0).replace("\n", "⏎") for m in CJK_LINE_BREAK.finditer(text)) or text)
    return found
