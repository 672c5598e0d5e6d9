"""Figures of the site that are generated from code, so that they cannot go stale.

    python -m doctools.commands.write_figures

writes every figure below into docs/assets/figures/ (and its copy for the Chinese site, see
FIGURE_DIRS). tests/test_figures.py regenerates each one in memory and fails, naming the
file, when a committed file differs.

The figures are plain SVG written by hand (no plotting library, no new dependency): the data
come from a fixed seed and every coordinate is rounded to 0.1, so the same torch version
writes the same bytes. They carry no words, only code names and
numbers, so that the English and the Chinese page can both show them; each page explains
them in its own language.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import torch
from torch import nn

from doctools.languages import translations

ROOT = Path(__file__).resolve().parent.parent

SIZE = 256  # nn.Linear(SIZE, SIZE): fan_in = fan_out = 256, 65,536 weights
SEED = 0


def _normal(w: torch.Tensor) -> None:
    nn.init.normal_(w, mean=0.0, std=0.01)


def _default(w: torch.Tensor) -> None:
    pass  # nn.Linear's own rule, already applied


def _xavier(w: torch.Tensor) -> None:
    nn.init.xavier_uniform_(w)


def _kaiming(w: torch.Tensor) -> None:
    nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")


def _custom(w: torch.Tensor) -> None:
    w.uniform_(-10, 10)
    w.mul_(w.abs() >= 5)


# One panel: its title (code, not prose), the initializer applied to a fresh layer's weight,
# the histogram's half range and its number of bins (odd, so that 0 is the middle of a bin).
# The recipe is the one of snippets/parameter-initialization/distributions.md, which prints
# the same weights' mean, std, min and max.
PANELS: list[tuple[str, Callable[[torch.Tensor], None], float, int]] = [
    ("(a) normal_(std=0.01)", _normal, 0.355, 71),
    (f"(b) nn.Linear({SIZE}, {SIZE})", _default, 0.355, 71),
    ("(c) xavier_uniform_", _xavier, 0.355, 71),
    ('(d) kaiming_normal_, "relu"', _kaiming, 0.355, 71),
    ("(e) uniform_(-10, 10), |w| \u2265 5", _custom, 10.25, 41),
]
# Tick labels under each panel: the same axis for (a) to (d), so widths compare.
TICKS = {0.355: (-0.3, -0.15, 0.0, 0.15, 0.3), 10.25: (-10.0, -5.0, 0.0, 5.0, 10.0)}

PANEL_W, PANEL_H = 220, 110
MARGIN_X, TITLE_H, AXIS_H, GAP_X, GAP_Y = 30, 24, 22, 30, 18
COLUMNS = 3
BAR = "#e64a19"  # an orange that reads on both the light and the dark scheme
INK = "#333333"


def _fmt(x: float) -> str:
    """A coordinate or number, the same text on every machine."""
    text = f"{x:.1f}"
    return "0" if text in ("0.0", "-0.0") else text.removesuffix(".0")


def _tick(x: float) -> str:
    text = f"{x:g}"
    return text.replace("-", "\u2212")  # a real minus sign


def _weights() -> list[torch.Tensor]:
    """Each panel's weights, drawn from a fixed seed without touching the caller's RNG."""
    samples = []
    with torch.random.fork_rng(devices=[]):
        for _, init, _, _ in PANELS:
            torch.manual_seed(SEED)
            layer = nn.Linear(SIZE, SIZE)
            with torch.no_grad():
                init(layer.weight)
            samples.append(layer.weight.detach())
    return samples


def initializers_svg() -> str:
    """Histograms of the weights each initializer gives a 256 x 256 nn.Linear."""
    rows = math.ceil(len(PANELS) / COLUMNS)
    width = 2 * MARGIN_X + COLUMNS * PANEL_W + (COLUMNS - 1) * GAP_X
    cell_h = TITLE_H + PANEL_H + AXIS_H
    height = 16 + rows * cell_h + (rows - 1) * GAP_Y
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        # An opaque background keeps the dark ink readable under the site's dark scheme too.
        f'<rect width="{width}" height="{height}" rx="6" fill="#ffffff"/>',
    ]
    for index, ((title, _, half_range, bins), weights) in enumerate(zip(PANELS, _weights())):
        row, column = divmod(index, COLUMNS)
        in_row = min(COLUMNS, len(PANELS) - row * COLUMNS)
        # A shorter last row is centred.
        x0 = (width - in_row * PANEL_W - (in_row - 1) * GAP_X) / 2 + column * (PANEL_W + GAP_X)
        y0 = 8 + row * (cell_h + GAP_Y)
        base = y0 + TITLE_H + PANEL_H
        counts = torch.histc(weights.flatten(), bins=bins, min=-half_range, max=half_range)
        shares = (counts / weights.numel()).tolist()
        top = max(shares)
        out.append(f'<g><text x="{_fmt(x0)}" y="{_fmt(y0 + 14)}" fill="{INK}">{escape(title)}</text>')
        bar_w = PANEL_W / bins
        for i, share in enumerate(shares):
            h = PANEL_H * share / top
            if h >= 0.05:
                out.append(
                    f'<rect x="{_fmt(x0 + i * bar_w)}" y="{_fmt(base - h)}" '
                    f'width="{_fmt(bar_w)}" height="{_fmt(h)}" fill="{BAR}"/>'
                )
        # The tallest bar's share of all weights, as the only label of the vertical axis.
        out.append(
            f'<text x="{_fmt(x0 + PANEL_W)}" y="{_fmt(y0 + 14)}" text-anchor="end" '
            f'fill="{INK}">{_fmt(100 * top)}%</text>'
        )
        out.append(
            f'<line x1="{_fmt(x0)}" y1="{_fmt(base)}" x2="{_fmt(x0 + PANEL_W)}" y2="{_fmt(base)}" stroke="{INK}"/>'
        )
        for value in TICKS[half_range]:
            x = x0 + PANEL_W * (value + half_range) / (2 * half_range)
            out.append(f'<line x1="{_fmt(x)}" y1="{_fmt(base)}" x2="{_fmt(x)}" y2="{_fmt(base + 4)}" stroke="{INK}"/>')
            out.append(
                f'<text x="{_fmt(x)}" y="{_fmt(base + 17)}" text-anchor="middle" fill="{INK}">{_tick(value)}</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


# File name -> the function that returns the file's text.
FIGURES: dict[str, Callable[[], str]] = {
    "initializers.svg": initializers_svg,
}
# Where each figure is written, with the same bytes, below the project's root. Pages in
# docs/en/ and docs/zh/ both show it as `../assets/figures/<name>`. With mkdocs-static-i18n's
# folder layout and fallback_to_default: false, the Chinese build leaves out every file
# outside docs/zh/, so that link would be dead there without the copy under docs/zh/; with
# it, the same Markdown line works, and the strict build checks it, in both languages.
FIGURE_DIRS = ("docs/assets/figures",) + tuple(f"docs/{language.locale}/assets/figures" for language in translations(ROOT))


def figure_problems(root: Path = ROOT) -> list[str]:
    """One message per figure file under ``root`` that is missing or differs from what the code makes."""
    problems = []
    for name, make in FIGURES.items():
        text = make()
        for folder in FIGURE_DIRS:
            relative = f"{folder}/{name}"
            path = root / relative
            if not path.is_file():
                problems.append(f"{relative}: missing; run `make figures`")
            elif path.read_text(encoding="utf-8") != text:
                problems.append(f"{relative}: differs from what doctools.figures generates; run `make figures`")
    return problems
