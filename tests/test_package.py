"""The companion package: its examples, its gradients, its helpers, and its sameness with the pages."""

from __future__ import annotations

import ast
import doctest
import inspect
import re
import textwrap

import pytest
import torch
from torch import nn

import computation_in_pytorch
from computation_in_pytorch import CenteredLayer, MyLinear, count_parameters, init, inspection, layers, parameter_table
from doctools.site import ROOT, html_path
from doctools.snippet_format import examples

# Where a page shows the code of something the package holds: (snippet, name on the page, object).
SAME_CODE = [
    ("custom-layers/centered-layer.md", "CenteredLayer", layers.CenteredLayer),
    ("custom-layers/full-linear.md", "MyLinear", layers.MyLinear),
    ("custom-layers/compare-with-linear.md", "MyLinear", layers.MyLinear),
    ("parameter-initialization/apply.md", "init_normal", init.init_normal),
    ("parameter-initialization/custom-init.md", "my_init", init.custom_init),
]


@pytest.mark.parametrize("module", [layers, init, inspection], ids=lambda m: m.__name__)
def test_docstring_examples_run(module):
    results = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert results.attempted > 0, f"{module.__name__} has no examples"
    assert results.failed == 0


def test_every_public_object_has_an_example():
    for name in computation_in_pytorch.__all__:
        obj = getattr(computation_in_pytorch, name)
        if name.startswith("Parameter"):
            continue  # plain data records, shown in the examples of the functions returning them
        assert ">>>" in (obj.__doc__ or ""), f"{name} has no example in its docstring"


# ---- gradients --------------------------------------------------------------------------


def test_centered_layer_passes_gradcheck():
    torch.manual_seed(0)
    X = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(CenteredLayer(), (X,))


def test_my_linear_passes_gradcheck_for_input_and_parameters():
    torch.manual_seed(0)
    layer = MyLinear(4, 3, dtype=torch.float64)
    X = torch.randn(2, 4, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(layer, (X,))
    # With respect to the parameters too, through a functional call.
    params = {name: p.detach().clone().requires_grad_() for name, p in layer.named_parameters()}
    def f(weight, bias):
        return torch.func.functional_call(layer, {"weight": weight, "bias": bias}, (X.detach(),))
    assert torch.autograd.gradcheck(f, (params["weight"], params["bias"]))


def test_my_linear_matches_nn_linear():
    torch.manual_seed(0)
    mine = MyLinear(5, 3)
    torch.manual_seed(0)
    reference = nn.Linear(5, 3)
    X = torch.randn(4, 5)
    assert torch.allclose(mine(X), reference(X))


# ---- initializers ------------------------------------------------------------------------

# Every public function of computation_in_pytorch.init: each one is meant for net.apply().
INITIALIZERS = [
    obj
    for name, obj in vars(init).items()
    if inspect.isfunction(obj) and obj.__module__ == init.__name__ and not name.startswith("_")
]


def test_the_initializers_are_found():
    assert {f.__name__ for f in INITIALIZERS} >= {"init_normal", "init_constant", "init_xavier", "custom_init"}


@pytest.mark.parametrize("initializer", INITIALIZERS, ids=lambda f: f.__name__)
def test_every_initializer_handles_layers_without_a_bias(initializer):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(4, 8, bias=False), nn.ReLU(), nn.Linear(8, 1, bias=False))
    before = [layer.weight.detach().clone() for layer in (net[0], net[2])]
    net.apply(initializer)  # an unguarded nn.init.zeros_(module.bias) raises on bias=None
    for layer, old in zip((net[0], net[2]), before):
        assert layer.bias is None
        assert not torch.equal(layer.weight.detach(), old), f"{initializer.__name__} left a bias-free layer's weight alone"
        assert layer.weight.requires_grad and layer.weight.is_leaf
    assert net(torch.ones(2, 4)).shape == (2, 1)


# ---- helpers on shared and nested models ------------------------------------------------


def test_helpers_on_a_shared_layer():
    shared = nn.Linear(3, 3)
    net = nn.Sequential(nn.Linear(2, 3), shared, nn.ReLU(), shared, nn.Linear(3, 1))
    count = count_parameters(net)
    assert count.unique == sum(p.numel() for p in net.parameters()) == 9 + 12 + 4
    assert count.total == sum(t.numel() for t in net.state_dict().values()) == 9 + 12 + 12 + 4
    table = {info.name: info for info in parameter_table(net)}
    assert list(table) == list(net.state_dict())
    assert table["1.weight"].shared_with == ("3.weight",)
    assert table["0.weight"].shared_with == ()


def test_helpers_on_nested_blocks_and_frozen_parameters():
    inner = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
    net = nn.Sequential(nn.Sequential(inner, nn.Linear(4, 2)), inner)
    net[0][1].requires_grad_(False)
    count = count_parameters(net)
    assert count == inspection.ParameterCount(total=20 + 10 + 20, unique=30, trainable=20)
    names = [info.name for info in parameter_table(net)]
    assert names == ["0.0.0.weight", "0.0.0.bias", "0.1.weight", "0.1.bias", "1.0.weight", "1.0.bias"]
    assert [info.requires_grad for info in parameter_table(net)] == [True, True, False, False, True, True]


# ---- the pages and the package do not drift apart ---------------------------------------


def normalized(node: ast.AST) -> str:
    """The code of a class or function without its name, docstrings and type hints."""
    node = ast.parse(ast.unparse(node)).body[0]  # a copy
    node.name = "_"
    for child in ast.walk(node):
        body = getattr(child, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) and isinstance(body[0].value.value, str):
            child.body = body[1:] or [ast.Pass()]
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            child.returns = None
        if isinstance(child, ast.arg):
            child.annotation = None
    return ast.unparse(node)


def definition(source: str, name: str) -> ast.AST:
    for node in ast.parse(source).body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and node.name == name:
            return node
    raise LookupError(name)


@pytest.mark.parametrize(("snippet", "name", "obj"), SAME_CODE, ids=[f"{s}:{n}" for s, n, _ in SAME_CODE])
def test_the_package_holds_the_code_its_page_shows(snippet, name, obj):
    [example] = examples(ROOT / "snippets" / snippet)
    package_code = normalized(definition(textwrap.dedent(inspect.getsource(obj)), obj.__name__))
    page_code = normalized(definition(example.code, name))
    assert page_code == package_code, f"snippets/{snippet} and {obj.__module__}.{obj.__name__} differ"


def test_the_sameness_check_sees_a_changed_constant():
    original = "def f(module):\n    '''Doc.'''\n    module.weight.uniform_(-10, 10)\n"
    changed = "def f(module: object) -> None:\n    module.weight.uniform_(-10, 5)\n"
    annotated = "def g(module: object) -> None:\n    '''Other doc.'''\n    module.weight.uniform_(-10, 10)\n"
    assert normalized(definition(original, "f")) == normalized(definition(annotated, "g"))
    assert normalized(definition(original, "f")) != normalized(definition(changed, "f"))


# ---- the reference pages ----------------------------------------------------------------


def test_the_reference_labels_are_in_each_sites_language(built_site):
    english = html_path(built_site, "en", "reference.md").read_text(encoding="utf-8")
    chinese = html_path(built_site, "zh", "reference.md").read_text(encoding="utf-8")
    labels = lambda html: set(re.findall(r'doc-section-title">([^<]*)<', html))  # noqa: E731
    assert {"Parameters:", "Returns:", "Examples:"} <= labels(english)
    assert {"参数：", "返回：", "示例："} <= labels(chinese)
    assert not labels(chinese) & {"Parameters:", "Returns:", "Examples:"}
    for name in ("layers.MyLinear", "layers.CenteredLayer", "init.custom_init", "inspection.count_parameters"):
        anchor = f'id="computation_in_pytorch.{name}"'
        assert anchor in chinese and anchor in english, name
