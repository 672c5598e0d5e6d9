"""Queries as readers type them into the search box, each with the pages that answer it.

Written from the reader's side before the search was tuned (issue 13): a query is here because
a learner would type it, not because it works. The first result must be one of its pages.
Page names are file names of docs/en and docs/zh.
"""

from __future__ import annotations

SAVING = "saving-and-loading.md"
TRAINING = "training-parameters.md"
ACCESS = "parameter-access.md"
INIT = "parameter-initialization.md"
SHARING = "parameter-sharing.md"
LAYERS = "custom-layers.md"
DEVICES = "devices.md"
LAZY = "lazy-initialization.md"
CONTAINERS = "containers-and-state.md"
HOOKS = "hooks.md"
PARAMETRIZE = "parametrizations.md"
MODULES = "modules-and-sequential.md"
PITFALLS = "pitfalls.md"
GLOSSARY = "glossary.md"
INDEX = "index.md"

ENGLISH: list[tuple[str, tuple[str, ...]]] = [
    ("how do I save a model", (SAVING,)),
    ("load model weights", (SAVING,)),
    ("missing keys load_state_dict", (SAVING,)),
    ("load part of a model", (SAVING,)),
    ("map_location cpu", (SAVING,)),
    ("save optimizer checkpoint", (SAVING,)),
    ("freeze layers", (TRAINING,)),
    ("how to freeze a layer", (TRAINING,)),
    ("different learning rate per layer", (TRAINING,)),
    ("no weight decay on bias", (TRAINING,)),
    ("zero_grad", (TRAINING,)),
    ("eval vs requires_grad", (TRAINING,)),
    ("count parameters", (ACCESS,)),
    ("number of parameters in model", (ACCESS,)),
    ("get weights of a layer", (ACCESS,)),
    ("named_parameters", (ACCESS,)),
    ("access nested block parameters", (ACCESS,)),
    ("initialize weights", (INIT,)),
    ("xavier init", (INIT,)),
    ("random seed same weights", (INIT,)),
    ("custom weight initialization", (INIT,)),
    ("nn.init", (INIT,)),
    ("default initialization linear", (INIT,)),
    ("share weights between layers", (SHARING,)),
    ("tie embedding and output weights", (SHARING,)),
    ("shared layer gradients", (SHARING,)),
    ("write a custom layer", (LAYERS,)),
    ("my own layer with parameters", (LAYERS,)),
    ("reset_parameters", (LAYERS,)),
    ("extra_repr", (LAYERS,)),
    ("run on gpu", (DEVICES,)),
    ("move model to cuda", (DEVICES,)),
    ("tensors on different devices", (DEVICES,)),
    ("meta device", (DEVICES,)),
    ("infer input size automatically", (LAZY,)),
    ("lazy layer input shape", (LAZY,)),
    # modules-and-sequential answers it too: "Why a plain Python list is not enough".
    ("layers in a python list", (CONTAINERS, MODULES)),
    ("ModuleList", (CONTAINERS,)),
    ("register buffer", (CONTAINERS,)),
    ("non-persistent buffer", (CONTAINERS,)),
    ("forward hook activations", (HOOKS,)),
    ("inspect gradients during backward", (HOOKS,)),
    ("remove a hook", (HOOKS,)),
    ("constrain weight orthogonal", (PARAMETRIZE,)),
    ("symmetric weight matrix", (PARAMETRIZE,)),
    ("call model with different parameters", (PARAMETRIZE,)),
    ("subclass nn.Module", (MODULES, LAYERS)),
    ("nn.Sequential", (MODULES,)),
    ("if statement in forward", (MODULES,)),
    (".data vs detach", (PITFALLS, ACCESS)),
    ("grad is None", (PITFALLS,)),
    ("isinstance nn.Linear", (PITFALLS,)),
    ("chinese translation of terms", (GLOSSARY,)),
    ("download notebooks", (INDEX,)),
]

CHINESE: list[tuple[str, tuple[str, ...]]] = [
    ("怎么保存模型", (SAVING,)),
    ("加载模型参数", (SAVING,)),
    ("缺失键", (SAVING,)),
    ("只加载部分参数", (SAVING,)),
    ("检查点", (SAVING,)),
    ("加载到 CPU", (SAVING,)),
    ("冻结参数", (TRAINING,)),
    ("怎么冻结某一层", (TRAINING,)),
    ("不同层不同学习率", (TRAINING,)),
    ("偏置不加权重衰减", (TRAINING,)),
    ("梯度清零", (TRAINING,)),
    ("eval 和冻结的区别", (TRAINING,)),
    ("模型有多少参数", (ACCESS,)),
    ("访问某一层的权重", (ACCESS,)),
    ("查看参数的梯度", (ACCESS, HOOKS)),
    ("按名字访问参数", (ACCESS,)),
    ("初始化权重", (INIT,)),
    ("Xavier 初始化", (INIT,)),
    ("固定随机种子", (INIT,)),
    ("自定义初始化", (INIT,)),
    ("默认初始化方式", (INIT,)),
    ("共享权重", (SHARING,)),
    ("权重绑定", (SHARING,)),
    ("共享参数的梯度", (SHARING,)),
    ("自己写一个层", (LAYERS,)),
    ("带参数的自定义层", (LAYERS,)),
    ("用 GPU 训练", (DEVICES,)),
    ("把模型放到 GPU 上", (DEVICES,)),
    ("设备不一致报错", (DEVICES,)),
    ("自动推断输入维度", (LAZY,)),
    ("试运行", (LAZY,)),
    ("用列表存放层", (CONTAINERS,)),
    ("注册缓冲区", (CONTAINERS,)),
    # Buffers (containers-and-state), or frozen parameters (training-parameters): both readings.
    ("不参与训练的张量", (CONTAINERS, TRAINING)),
    ("状态字典", (SAVING, ACCESS, CONTAINERS)),
    ("可训练参数", (TRAINING, ACCESS)),
    ("前向钩子", (HOOKS,)),
    ("查看中间层输出", (HOOKS,)),
    ("移除钩子", (HOOKS,)),
    ("约束权重为正交", (PARAMETRIZE,)),
    ("对称矩阵参数", (PARAMETRIZE,)),
    ("函数式调用", (PARAMETRIZE,)),
    ("继承 nn.Module", (MODULES, LAYERS)),
    ("嵌套模型", (MODULES, ACCESS)),
    ("forward 里用 if", (MODULES,)),
    (".data 和 detach 的区别", (PITFALLS, ACCESS)),
    ("grad 是 None", (PITFALLS,)),
    ("术语翻译", (GLOSSARY,)),
    ("下载示例", (INDEX,)),
]

QUERIES: dict[str, list[tuple[str, tuple[str, ...]]]] = {"en": ENGLISH, "zh": CHINESE}
# The share of a language's queries whose first result must be an answering page.
REQUIRED_SHARE = 0.9
