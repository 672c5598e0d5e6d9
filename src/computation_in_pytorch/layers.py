"""Custom layers, as written on the "Custom layers" page.

The code of each class is the code the page shows (tests/test_package.py fails when the
two differ); here it also carries type hints and a docstring.
"""

from __future__ import annotations

import math

import torch
from torch import nn


class CenteredLayer(nn.Module):
    """Subtracts the mean of its input: no parameters, only a forward pass.

    Examples:
        >>> import torch
        >>> layer = CenteredLayer()
        >>> layer(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0]))
        tensor([-2., -1.,  0.,  1.,  2.])
        >>> len(list(layer.parameters()))
        0
    """

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        """Return ``X - X.mean()``.

        Args:
            X: Input of any shape.

        Returns:
            A tensor of the same shape whose mean is zero.
        """
        return X - X.mean()


class MyLinear(nn.Module):
    """y = X W^T + b, built and initialized the way nn.Linear is. No activation.

    Args:
        in_units: Size of each input sample.
        units: Size of each output sample.
        device: Where the parameters are created, as for PyTorch's own layers.
        dtype: The parameters' floating-point type, as for PyTorch's own layers.

    Attributes:
        weight: The learnable weight, of shape ``(units, in_units)``.
        bias: The learnable bias, of shape ``(units,)``.

    Examples:
        >>> import torch
        >>> _ = torch.manual_seed(0)
        >>> layer = MyLinear(3, 2)
        >>> layer
        MyLinear(in_units=3, units=2)
        >>> layer(torch.ones(4, 3)).shape
        torch.Size([4, 2])
        >>> MyLinear(3, 2, dtype=torch.float64).weight.dtype
        torch.float64
    """

    def __init__(self, in_units: int, units: int, device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        factory_kwargs = {"device": device, "dtype": dtype}
        super().__init__()
        self.in_units = in_units
        self.units = units
        self.weight = nn.Parameter(torch.empty(units, in_units, **factory_kwargs))
        self.bias = nn.Parameter(torch.empty(units, **factory_kwargs))
        self.reset_parameters()

    def reset_parameters(self) -> None:
        """Draw new values in place, with nn.Linear's scheme: U(-1/sqrt(in_units), 1/sqrt(in_units))."""
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        bound = 1 / math.sqrt(self.in_units) if self.in_units > 0 else 0
        nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        """Return ``X @ weight.T + bias``.

        Args:
            X: Input of shape ``(..., in_units)``.

        Returns:
            Output of shape ``(..., units)``.
        """
        return X @ self.weight.T + self.bias

    def extra_repr(self) -> str:
        """What `print(layer)` shows between the parentheses."""
        return f"in_units={self.in_units}, units={self.units}"
