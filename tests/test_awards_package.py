"""The shape of the awards package: values -> engine -> national.py -> an eager facade."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import mttq.awards

PACKAGE = Path(mttq.awards.__file__).resolve().parent
MODULES = sorted(PACKAGE.glob("*.py"))

#: The facade's names before the package was split (issue 11): all still exported.
BEFORE_THE_SPLIT = (
    "KINDS", "NATIONAL", "AllOf", "AnyOf", "Attestation", "Attested", "Authority", "AwardKind",
    "AwardRecord", "AwardRule", "BaseSalary", "Basis", "BonusRule", "Category", "CountingPolicy",
    "Decision", "DisciplineLevel", "DisciplinePeriod", "Engine", "GroupStanding", "HasInitiative",
    "History", "HoldsTitle", "HouseholdFactor", "Initiative", "InitiativeKind", "InitiativeLevel",
    "LeadsGroup", "LeadsMovement", "MemberCount", "MemberMeasure", "MemberShare", "MemberYear",
    "MovementLead", "NoDiscipline", "Organiser", "PendingKind", "PendingMatter", "Qualifies",
    "QuotaNote", "RatingAtLeast", "Reason", "Recipient", "RecipientKind", "Requirement",
    "RuleSet", "Undetermined", "VoteThreshold", "YearRating", "bonus_amount", "check",
    "check_many", "compile_rules", "find_kind", "round_up_bonus", "vote_threshold",
)  # fmt: skip


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every ``from mttq... import name`` (name "" for ``import x``)."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mttq"):
            found.extend((node.module, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend((alias.name, "") for alias in node.names if alias.name.startswith("mttq"))
    return found


def test_the_facade_exports_what_it_did_and_every_name_resolves() -> None:
    assert set(BEFORE_THE_SPLIT) <= set(mttq.awards.__all__)
    for name in mttq.awards.__all__:
        assert getattr(mttq.awards, name) is not None, name


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_no_module_level_getattr_and_under_900_lines(path: Path) -> None:
    tree = _tree(path)
    assert not [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "__getattr__"]
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 900


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_only_public_names_are_imported_across_modules(path: Path) -> None:
    private = [(m, n) for m, n in _imports(path) if n.startswith("_")]
    assert not private


def test_national_imports_only_its_siblings_and_lower_layers() -> None:
    for module, name in _imports(PACKAGE / "national.py"):
        if module == "mttq.awards":
            pytest.fail(f"national.py imports its own facade ({name})")
        if module.startswith("mttq.awards."):
            assert module.count(".") == 2, module  # a sibling module
        else:
            assert module.split(".")[1] in {
                "codes",
                "errors",
                "fields",
                "tables",
                "documents",
                "vi",
            }, module


def test_the_old_modules_are_gone() -> None:
    for old in (
        "mttq.awards.model",
        "mttq.awards.shapes",
        "mttq.rules.awards",
        "mttq.rules.thresholds",
        "mttq.rules.salaries",
    ):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(old)


def test_the_national_tables_are_registered_and_built_on_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import mttq, mttq.awards.national as n\n"
        "from mttq.tables import registered\n"
        "names = {t.name for t in registered()}\n"
        "tables = (n.BONUSES, n.HOUSEHOLD_FACTORS, n.THRESHOLDS, n.SALARIES, n.RULES, n.POLICIES)\n"
        "assert all(t.name in names for t in tables), names\n"
        "assert not any(t.built for t in tables[:4])\n"
        "assert n.base_salary_on.__name__ and n.SALARIES[0].amount == 2_340_000\n"
        "assert n.SALARIES.built and not n.BONUSES.built\n"
        "assert tuple(n.RULES) == n.NATIONAL.rules and tuple(n.POLICIES) == n.NATIONAL.policies\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
