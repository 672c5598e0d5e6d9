"""The building blocks that *Computation in PyTorch* teaches, ready to import.

Modules:
    layers: custom layers (`CenteredLayer`, `MyLinear`).
    init: initialization functions for `nn.Module.apply`.
    inspection: helpers that list and count a model's parameters, shared ones included.
"""

from computation_in_pytorch.init import custom_init, init_constant, init_normal, init_xavier
from computation_in_pytorch.inspection import ParameterCount, ParameterInfo, count_parameters, parameter_table
from computation_in_pytorch.layers import CenteredLayer, MyLinear

__all__ = [
    "CenteredLayer",
    "MyLinear",
    "ParameterCount",
    "ParameterInfo",
    "count_parameters",
    "custom_init",
    "init_constant",
    "init_normal",
    "init_xavier",
    "parameter_table",
]
__version__ = "0.1.0"
