"""The one way an example is run, whether to verify its output or to regenerate it.

A reader pastes an example into a fresh Python prompt, a notebook or a file. The plain
``python`` prompt of Python 3.10 to 3.12 is the strictest of the three: a blank line ends an
indented block, a statement after a block needs a blank line before it, and the value of a
bare expression is echoed (``torch.manual_seed(0)`` prints a Generator). So the example is
fed line by line to ``code.InteractiveConsole``, which reads lines as that prompt does, in a
namespace that is its own ``__main__`` module, as in a real session. An example that passes
here prints the same as a script and as a notebook cell.

Before it runs, torch's global state goes back to its defaults and the random generators
are seeded with a seed of the example's own, which no reader's fresh interpreter has: an
example that prints random numbers without seeding them itself cannot pass by luck of the
order. Warnings are errors.
"""

from __future__ import annotations

import code
import contextlib
import io
import random
import sys
import types
import warnings
import zlib
from dataclasses import dataclass


class ExampleFailed(Exception):
    """The example raised, or the prompt rejected a line; the message is what it printed."""


@dataclass
class Run:
    output: str  # what it printed on stdout
    namespace: dict  # the names it defined


def seed_for(name: str) -> int:
    """The seed an example gets before it runs: the same for a name every time."""
    return zlib.crc32(name.encode())


def reset_torch(seed: int) -> None:
    import torch

    torch.manual_seed(seed)
    random.seed(seed)
    torch.set_default_dtype(torch.float32)
    torch.set_printoptions(profile="default")
    torch.set_grad_enabled(True)
    torch.set_default_device(None)


def run(source: str, *, name: str, filename: str = "<example>") -> Run:
    """Run ``source`` as if pasted into a fresh prompt; what it printed and defined.

    ``name`` picks the seed (see ``seed_for``). Raises ``ExampleFailed`` with the prompt's
    error output when a line is rejected or the example raises or warns.
    """
    reset_torch(seed_for(name))
    main = types.ModuleType("__main__")
    console = code.InteractiveConsole(main.__dict__, filename=filename)
    printed, errors = io.StringIO(), io.StringIO()
    saved_main = sys.modules["__main__"]
    sys.modules["__main__"] = main  # pickling a class defined by the example finds it, as in a session
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(printed), contextlib.redirect_stderr(errors):
            warnings.simplefilter("error")
            for line in source.splitlines():
                console.push(line)
            console.push("")  # the blank line that ends a block still open at the end
    finally:
        sys.modules["__main__"] = saved_main
    if errors.getvalue():
        raise ExampleFailed(errors.getvalue())
    return Run(printed.getvalue(), main.__dict__)
