"""The devices page's examples on a real GPU.

On the CPU the suite already runs every example and compares its output. These tests run the
same blocks where CUDA exists, and check what the CPU run cannot: that `device` really is the
GPU there, that the tensors and models the examples build end up on it, and that they still
print exactly the output the page shows. Skipped without CUDA.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torch import nn

from doctools.example_runner import run
from doctools.snippet_format import examples

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets" / "devices"

pytestmark = [
    pytest.mark.cuda,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device"),
]

# For each example, the names it defines that must live on the GPU once it has run.
ON_GPU = {
    "choose-device.md": ["device"],
    "create-on-device.md": ["device", "x", "y", "z", "w"],
    "move-model.md": ["device", "net", "X"],
    "training-step.md": ["device", "net", "X", "y", "loss"],
    "meta-device.md": ["device", "net"],
    "exercise-2.md": ["device", "fresh", "state"],
    "count-devices.md": ["device"],
    "copy-between-devices.md": ["device", "X"],
    "pin-memory.md": ["device", "X_on_device"],
    "exercise-4.md": ["device"],
}

# Examples that print what the machine has (is there an accelerator, how many): the page shows
# the CPU's output and says in prose what a GPU machine prints, so on the GPU they only have to run.
PRINTS_THE_HARDWARE = {"count-devices.md"}


def code_and_output(path: Path) -> tuple[str, str]:
    """The example's code and the output the page shows under it ("" when none)."""
    (example,) = examples(path)
    return example.code, example.output


def run_example(path: Path) -> tuple[dict, str]:
    """Run the example as the suite does (doctools.example_runner); its namespace and output."""
    code, _ = code_and_output(path)
    result = run(code, name=f"snippets/devices/{path.name}::line 1", filename=str(path))
    return result.namespace, result.output


def tensors_of(value) -> list[torch.Tensor]:
    if isinstance(value, nn.Module):
        return list(value.parameters()) + list(value.buffers())
    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in tensors_of(v)]
    raise TypeError(f"no tensors to check in a {type(value).__name__}")


def example_paths() -> list[Path]:
    return sorted(SNIPPETS.glob("*.md"))


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_an_example_prints_the_same_output_on_the_gpu(path):
    _, expected = code_and_output(path)
    _, printed = run_example(path)
    if path.name not in PRINTS_THE_HARDWARE:
        assert printed == expected
    else:
        assert printed == hardware_output(torch.cuda.device_count()), printed


def hardware_output(count: int) -> str:
    """What count-devices.md prints on a machine with ``count`` CUDA devices (0: the page's output)."""
    if count == 0:
        return code_and_output(SNIPPETS / "count-devices.md")[1]
    devices = ", ".join(f"device(type='cuda', index={i})" for i in range(count))
    second = "cuda:1" if count > 1 else "cpu"
    return f"True {count}\ncuda\nTrue {count}\ncuda:0 {second} [{devices}]\n"


def test_the_hardware_example_is_checked_against_what_this_machine_has():
    # Runs without a GPU too: on the CPU the rule gives exactly the output the page shows.
    assert hardware_output(0) == "False 0\nNone\nFalse 0\ncpu cpu [device(type='cpu')]\n"
    assert hardware_output(2).startswith("True 2\ncuda\n")


@pytest.mark.parametrize("name", sorted(ON_GPU))
def test_an_example_puts_its_tensors_on_the_gpu(name):
    namespace, _ = run_example(SNIPPETS / name)
    assert namespace["device"].type == "cuda"
    for variable in ON_GPU[name]:
        if variable == "device":
            continue
        tensors = tensors_of(namespace[variable])
        assert tensors, f"{name}: {variable} holds no tensors"
        assert all(t.device.type == "cuda" for t in tensors), f"{name}: {variable} is not on the GPU"


def test_every_example_that_picks_a_device_is_checked_on_the_gpu():
    picks = ("torch.cuda.is_available()", "current_accelerator(")
    picks_device = {p.name for p in example_paths() if any(s in code_and_output(p)[0] for s in picks)}
    assert picks_device == set(ON_GPU)


def test_a_real_mismatch_between_gpu_and_cpu_raises_the_error_the_page_quotes():
    net = nn.Linear(4, 2).to("cuda")
    with pytest.raises(RuntimeError, match="Expected all tensors to be on the same device"):
        net(torch.ones(1, 4))


def test_moving_a_model_to_the_gpu_keeps_its_parameter_objects():
    # What the page's advice on optimizers relies on for the CPU-to-GPU move.
    net = nn.Linear(4, 2)
    weight = net.weight
    net.to("cuda")
    assert net.weight is weight and weight.device.type == "cuda"


def test_the_cpu_and_cuda_generators_give_different_numbers_from_one_seed():
    torch.manual_seed(0)
    on_cpu = torch.rand(3)
    on_gpu = torch.rand(3, device="cuda")
    assert not torch.equal(on_cpu, on_gpu.cpu())
