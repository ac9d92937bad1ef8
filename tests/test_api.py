"""The public API: sorted ``__all__``, documented names, the version from the metadata."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
from importlib.metadata import version
from pathlib import Path

import pytest

import mttq


def isort_key(name: str) -> tuple[int, list[str | int]]:
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then the rest, numbers natural."""
    natural: list[str | int] = [
        int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)
    ]
    if name.isupper() and len(name) > 1:
        return (0, natural)
    if name[:1].isupper():
        return (1, natural)
    return (2, natural)


def public_modules() -> list[str]:
    names = ["mttq"]
    for info in pkgutil.walk_packages(mttq.__path__, prefix="mttq."):
        if not any(part.startswith("_") for part in info.name.split(".")[1:]):
            names.append(info.name)
    return sorted(names)


def test_version_is_the_installed_metadata() -> None:
    assert mttq.__version__ == version("mttq")
    assert mttq.__version__.count(".") == 2


@pytest.mark.parametrize("name", public_modules())
def test_module_is_documented_and_all_is_sorted(name: str) -> None:
    module = importlib.import_module(name)
    assert (module.__doc__ or "").strip(), f"{name} has no module docstring"
    exported = getattr(module, "__all__", None)
    if exported is None:
        return
    assert list(exported) in (sorted(exported), sorted(exported, key=isort_key)), (
        f"{name}.__all__ is not sorted"
    )
    assert len(set(exported)) == len(exported)
    for attr in exported:
        assert hasattr(module, attr), f"{name}.__all__ names missing {attr}"
        obj = getattr(module, attr)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert (obj.__doc__ or "").strip(), f"{name}.{attr} has no docstring"


def test_top_level_names_resolve_to_their_modules() -> None:
    for attr in mttq.__all__:
        if attr == "__version__":
            continue
        obj = getattr(mttq, attr)
        where = getattr(obj, "__module__", None) or obj.__name__
        assert where.startswith("mttq"), attr


def test_the_wheel_test_runs_against_the_installed_wheel() -> None:
    """Under ``make wheel-test`` the package comes from the wheel, never the sdist's source."""
    if not os.environ.get("MTTQ_WHEEL_TEST"):
        pytest.skip("only under make wheel-test")
    location = Path(mttq.__file__).resolve()
    assert "site-packages" in location.parts
    assert (location.parent / "py.typed").exists()
