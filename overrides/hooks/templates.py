"""MkDocs hook: compile Jinja templates once, not for every language and every build.

mkdocs-static-i18n builds each language with a fresh Jinja environment, which compiles the
theme's templates again, and every `mkdocs build` or reload of `mkdocs serve` compiles them
all anew (with mkdocstrings' own, about a second of a build on two cores). Jinja's bytecode
cache keeps the compiled templates in the system's temporary folder, keyed by each
template's name and source, so a changed template is compiled again and nothing is written
into the checkout. A first build on a machine still compiles everything.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

FOLDER = Path(tempfile.gettempdir()) / "computation-in-pytorch-jinja"


def _cache() -> FileSystemBytecodeCache:
    FOLDER.mkdir(exist_ok=True)
    return FileSystemBytecodeCache(str(FOLDER))


def on_env(env, config, files):
    env.bytecode_cache = _cache()
    mkdocstrings = config["plugins"].get("mkdocstrings")
    if mkdocstrings is not None:
        # mkdocstrings renders the API reference with an environment of its own.
        mkdocstrings.handlers.get_handler("python").env.bytecode_cache = _cache()
    return env
