"""Wall times of what maintainers wait for.

    python -m doctools.benchmark

Reports: a bare `python -c "import torch"`, running every example (pytest over snippets/),
and the strict build of both languages, each the best of a few runs, with the targets they
are held to on a 2-core machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from doctools.markdown_scan import examples

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def best_wall_time(command: list[str]) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return min(times)


def count_examples() -> int:
    return sum(len(examples(path)) for path in (ROOT / "snippets").rglob("*.md"))


def main() -> int:
    examples = count_examples()
    import_torch = best_wall_time([sys.executable, "-c", "import torch"])
    run_examples = best_wall_time([sys.executable, "-m", "pytest", "-q", "snippets"])
    with tempfile.TemporaryDirectory() as site:
        build = best_wall_time([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site])
    examples_target = 2 * import_torch + 0.030 * examples
    rows = [
        ("python -c 'import torch'", import_torch, None),
        (f"run all {examples} examples (pytest snippets/)", run_examples, examples_target),
        ("mkdocs build --strict, both languages", build, 5.0),
    ]
    print(f"best of {RUNS} runs, wall time")
    ok = True
    for name, seconds, target in rows:
        verdict = "" if target is None else f"  target <= {target:.2f} s  {'ok' if seconds <= target else 'OVER'}"
        ok &= target is None or seconds <= target
        print(f"{name:<48} {seconds:6.2f} s{verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
