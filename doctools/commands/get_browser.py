"""Make sure the browser tests have a Chromium; get one if not.

    python -m doctools.commands.get_browser     (run by `make test` before the tests)

In order: a browser already there ($CHROMIUM, Debian's /usr/bin/chromium, Playwright's own);
else Playwright's Chromium, downloaded (a laptop, a GitHub runner); else, as root on Debian
or Ubuntu, Debian's `chromium` package through apt. Otherwise it stops with one message
saying what to install, before any test runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from doctools.browser import chromium_executable

HELP = (
    "The browser tests need Chromium, and none could be installed here. Install one "
    "(Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `.venv/bin/playwright install chromium`), "
    "or point the tests at a Chromium or Chrome of your own: `make test CHROMIUM=/path/to/chrome`."
)


def _quiet(command: list[str], **kwargs) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=900, **kwargs).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def main() -> int:
    if os.environ.get("CHROMIUM") and chromium_executable() is None:
        print(f"CHROMIUM={os.environ['CHROMIUM']} is not a file or a command.", file=sys.stderr)
        return 1
    if chromium_executable():
        return 0
    print("No Chromium for the browser tests: trying Playwright's download...", file=sys.stderr)
    if _quiet([sys.executable, "-m", "playwright", "install", "chromium"]) and chromium_executable():
        return 0
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("...trying Debian's chromium package (apt-get)...", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if _quiet(["apt-get", "update", "-qq"], env=env) and _quiet(["apt-get", "install", "-y", "-qq", "chromium"], env=env):
            if chromium_executable():
                return 0
    print(HELP, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
