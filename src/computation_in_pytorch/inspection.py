"""Helpers that list and count a model's parameters, shared parameters included.

``named_parameters()`` and ``parameters()`` yield a shared parameter once, while
``state_dict()`` has a key for each place it is used. These helpers show both views.
"""

from __future__ import annotations

from dataclasses import dataclass

from torch import nn


@dataclass(frozen=True)
class ParameterInfo:
    """One registered place of a parameter.

    Attributes:
        name: The dotted name, as in ``state_dict()``.
        shape: The parameter's shape.
        numel: Its number of scalars.
        requires_grad: Whether it is trained.
        shared_with: The other names of the same tensor (empty when not shared).
    """

    name: str
    shape: tuple[int, ...]
    numel: int
    requires_grad: bool
    shared_with: tuple[str, ...]


@dataclass(frozen=True)
class ParameterCount:
    """Numbers of scalars in a model's parameters.

    Attributes:
        total: Counting a shared parameter once per place it is used.
        unique: Counting each parameter tensor once (what the optimizer updates).
        trainable: Unique scalars with ``requires_grad=True``.
    """

    total: int
    unique: int
    trainable: int


def parameter_table(model: nn.Module) -> list[ParameterInfo]:
    """Every place a parameter is registered in ``model``, in ``state_dict()`` order.

    Args:
        model: The module to inspect.

    Returns:
        One entry per name, with the names of the other places that hold the same tensor.

    Examples:
        >>> from torch import nn
        >>> shared = nn.Linear(4, 4)
        >>> net = nn.Sequential(shared, nn.ReLU(), shared)
        >>> for info in parameter_table(net):
        ...     print(info.name, info.shape, info.shared_with)
        0.weight (4, 4) ('2.weight',)
        0.bias (4,) ('2.bias',)
        2.weight (4, 4) ('0.weight',)
        2.bias (4,) ('0.bias',)
    """
    named = list(model.named_parameters(remove_duplicate=False))
    names_of: dict[int, list[str]] = {}
    for name, parameter in named:
        names_of.setdefault(id(parameter), []).append(name)
    return [
        ParameterInfo(
            name=name,
            shape=tuple(parameter.shape),
            numel=parameter.numel(),
            requires_grad=parameter.requires_grad,
            shared_with=tuple(other for other in names_of[id(parameter)] if other != name),
        )
        for name, parameter in named
    ]


def count_parameters(model: nn.Module) -> ParameterCount:
    """Count the scalars in ``model``'s parameters: per place, per tensor, and trainable.

    Args:
        model: The module to inspect.

    Returns:
        The three counts.

    Examples:
        >>> from torch import nn
        >>> shared = nn.Linear(4, 4)
        >>> count_parameters(nn.Sequential(shared, nn.ReLU(), shared))
        ParameterCount(total=40, unique=20, trainable=20)
    """
    seen: set[int] = set()
    total = unique = trainable = 0
    for _, parameter in model.named_parameters(remove_duplicate=False):
        total += parameter.numel()
        if id(parameter) in seen:
            continue
        seen.add(id(parameter))
        unique += parameter.numel()
        if parameter.requires_grad:
            trainable += parameter.numel()
    return ParameterCount(total=total, unique=unique, trainable=trainable)
