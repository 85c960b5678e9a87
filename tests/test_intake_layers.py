"""intake's modules stack one way: each imports only modules below it (README, Architecture)."""

import ast
from pathlib import Path

import pytest

import intake

LAYERS = ["models", "text", "steps", "sheet", "forms", "plan", "services", "views"]


def _intake_imports(module: str) -> set[str]:
    tree = ast.parse((Path(intake.__file__).parent / f"{module}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:  # from .x import y / from . import x
                found |= {node.module} if node.module else {a.name for a in node.names}
            elif node.module and node.module.startswith("intake."):
                found.add(node.module.split(".")[1])
    return found & set(LAYERS)


@pytest.mark.parametrize("module", LAYERS)
def test_each_intake_module_imports_only_modules_below_it(module):
    below = set(LAYERS[: LAYERS.index(module)])
    assert _intake_imports(module) <= below


def test_the_forms_stand_on_the_models_and_the_pure_text_module_alone():
    assert _intake_imports("forms") <= {"models", "text"}


def _app_imports(app: str) -> set[str]:
    """Every module named in an absolute import anywhere in an app (migrations aside)."""
    found = set()
    for path in Path(intake.__file__).parent.parent.joinpath(app).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
    return found


def test_intake_reads_outreach_only_through_its_summary_and_never_the_other_way():
    assert {m for m in _app_imports("intake") if m.split(".")[0] == "outreach"} == {
        "outreach.summary"
    }
    assert not any(m.split(".")[0] == "intake" for m in _app_imports("outreach"))
