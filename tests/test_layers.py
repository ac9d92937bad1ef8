"""The layers of DESIGN.md: a module never imports from a higher layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

# Longest prefix wins. Every module under src/mttq must fall under one of these.
LAYERS: dict[str, int] = {
    "mttq.errors": 0,
    "mttq.codes": 0,
    "mttq.fields": 0,
    "mttq.tables": 0,
    "mttq.vi": 1,
    "mttq.documents": 1,
    "mttq.io": 1,
    "mttq.data": 2,
    "mttq.geo": 2,
    "mttq.organisations": 2,
    "mttq.terms": 2,
    "mttq.movements": 3,
    "mttq.groups": 3,
    "mttq.awards.catalogue": 3,
    "mttq.awards.history": 3,
    "mttq.awards.decision": 3,
    "mttq.awards.requirements": 3,
    "mttq.scoring.codes": 3,
    "mttq.scoring.rubric": 3,
    "mttq.scoring.sheets": 4,
    "mttq.scoring.grading": 4,
    "mttq.scoring.ranking": 4,
    "mttq.scoring.selection": 4,
    "mttq.scoring.national": 5,
    "mttq.voting": 4,
    "mttq.rotation": 4,
    "mttq.awards.conditions": 4,
    "mttq.awards.engine": 4,
    "mttq.awards.bonus": 4,
    "mttq.awards": 5,
    "mttq.scoring": 5,
    "mttq.yearend": 5,
    "mttq.yearend.result": 5,
    "mttq.report": 5,
    "mttq.samples": 5,
    "mttq.cli": 6,
    "mttq.__main__": 6,
    "mttq": 6,
}


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    for i in range(len(parts), 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in LAYERS:
            return LAYERS[prefix]
    return None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, module: str) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # ``from mttq import rules`` imports the submodule mttq.rules.
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if (SRC / Path(*candidate.split("."))).is_dir() or (
                    SRC / Path(*candidate.split("."))
                ).with_suffix(".py").exists():
                    found.append((node.lineno, candidate))
    return [(line, name) for line, name in found if name == "mttq" or name.startswith("mttq.")]


MODULES = sorted((SRC / "mttq").rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    missing = [module_name(p) for p in MODULES if layer_of(module_name(p)) is None]
    assert not missing


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_no_upward_imports(path: Path) -> None:
    module = module_name(path)
    own = layer_of(module)
    assert own is not None
    bad = []
    for line, target in imported_modules(path, module):
        if target == "mttq" and own < LAYERS["mttq"]:
            bad.append(f"line {line}: imports the top-level package (import the submodule)")
            continue
        theirs = layer_of(target)
        if theirs is not None and theirs > own:
            bad.append(f"line {line}: L{own} {module} imports L{theirs} {target}")
    assert not bad, "\n".join(bad)


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    fake = SRC / "mttq" / "vi" / "x.py"
    tree = "from mttq.yearend import X\nfrom mttq.errors import MttqError\n"
    probe = tmp_path / "probe.py"
    probe.write_text(tree, encoding="utf-8")
    targets = [t for _, t in imported_modules(probe, module_name(fake))]
    assert [layer_of(t) for t in targets if layer_of(t) is not None][:2] == [5, 0]
