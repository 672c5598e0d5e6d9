"""Initialization functions to pass to ``net.apply``, as on the "Parameter initialization" page.

Each one changes only ``nn.Linear`` layers (checked with ``isinstance``, so subclasses count)
and leaves every other module alone. A layer built with ``bias=False`` has ``bias=None``:
each function checks for that before it sets a bias. ``init_normal`` and ``custom_init`` are
the code the page shows (tests/test_package.py fails when they differ).
"""

from __future__ import annotations

import torch
from torch import nn


def init_normal(module: nn.Module) -> None:
    """Weights from N(0, 0.01²), biases zero.

    Args:
        module: Any module; only ``nn.Linear`` layers are changed.

    Examples:
        >>> import torch
        >>> from torch import nn
        >>> _ = torch.manual_seed(0)
        >>> net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).apply(init_normal)
        >>> round(net[0].weight.std().item(), 2), net[0].bias.abs().sum().item()
        (0.01, 0.0)
    """
    if isinstance(module, nn.Linear):
        nn.init.normal_(module.weight, mean=0.0, std=0.01)
        if module.bias is not None:  # nn.Linear(..., bias=False) has none
            nn.init.zeros_(module.bias)


def init_constant(module: nn.Module, value: float = 1.0) -> None:
    """Every weight set to ``value``, biases zero (a bad idea for training: see the page).

    Args:
        module: Any module; only ``nn.Linear`` layers are changed.
        value: The value of every weight.

    Examples:
        >>> from torch import nn
        >>> layer = nn.Linear(2, 2)
        >>> init_constant(layer)
        >>> layer.weight.detach()
        tensor([[1., 1.],
                [1., 1.]])
    """
    if isinstance(module, nn.Linear):
        nn.init.constant_(module.weight, value)
        if module.bias is not None:  # nn.Linear(..., bias=False) has none
            nn.init.zeros_(module.bias)


def init_xavier(module: nn.Module) -> None:
    """Weights from Xavier's (Glorot's) uniform distribution, biases zero.

    Args:
        module: Any module; only ``nn.Linear`` layers are changed.

    Examples:
        >>> import math
        >>> from torch import nn
        >>> layer = nn.Linear(30, 20)
        >>> init_xavier(layer)
        >>> bool(layer.weight.abs().max() <= math.sqrt(6 / (30 + 20)))
        True
    """
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight)
        if module.bias is not None:  # nn.Linear(..., bias=False) has none
            nn.init.zeros_(module.bias)


def custom_init(module: nn.Module) -> None:
    """d2l's custom rule: weights from U(-10, 10), then every weight with |w| < 5 set to zero.

    Changes the values in place under ``torch.no_grad()``, so the parameters stay the same
    trainable leaf tensors. Biases are left as they are.

    Args:
        module: Any module; only ``nn.Linear`` layers are changed.

    Examples:
        >>> import torch
        >>> from torch import nn
        >>> _ = torch.manual_seed(0)
        >>> layer = nn.Linear(100, 100)
        >>> custom_init(layer)
        >>> w = layer.weight.detach()
        >>> bool(((w == 0) | (w.abs() >= 5)).all()), layer.weight.requires_grad
        (True, True)
    """
    if isinstance(module, nn.Linear):
        with torch.no_grad():
            module.weight.uniform_(-10, 10)
            module.weight.mul_(module.weight.abs() >= 5)
