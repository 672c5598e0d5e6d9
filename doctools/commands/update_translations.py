"""Bring each language's catalog of example comments up to date with the snippets.

    python -m doctools.commands.update_translations

Like gettext's msgmerge: a comment or docstring that is new in the snippets gets an entry
with an empty translation, one that no longer exists becomes obsolete (``#~``), and each
entry lists where its text occurs. Translate the empty entries with any PO editor (Poedit,
Lokalize, Weblate) or by hand; the tests fail until none is empty, fuzzy or obsolete.
"""

from __future__ import annotations

import sys

import polib

from doctools.code_comments import found_texts, load_catalog, updated_catalog
from doctools.languages import ROOT, translations


def main() -> int:
    found = found_texts(ROOT)
    for language in translations(ROOT):
        path = language.catalog(ROOT)
        catalog = load_catalog(path) if path.is_file() else polib.POFile(wrapwidth=0)
        catalog.metadata = {
            "Project-Id-Version": "computation-in-pytorch",
            "Language": language.locale,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        updated = updated_catalog(catalog, found)
        path.parent.mkdir(parents=True, exist_ok=True)
        updated.save(str(path))
        missing = sum(1 for entry in updated if not entry.obsolete and not entry.translated())
        print(f"{path.relative_to(ROOT)}: {len(found)} texts, {missing} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
