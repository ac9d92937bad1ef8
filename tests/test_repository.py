"""The repository holds source, tests, docs and small data only: no virtualenv, build or cache."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A tracked path that matches is build output, a virtualenv or a cache.
JUNK = re.compile(
    r"(^|/)(\.venv|venv|\.ci-venv|build|dist|site|__pycache__|\.mypy_cache|\.ruff_cache"
    r"|\.pytest_cache|\.hypothesis|\.benchmarks|[^/]*\.egg-info)(/|$)|\.py[cod]$"
)


def tracked_files() -> list[str]:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist)")
    out = subprocess.run(
        [git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
    ).stdout
    return [name for name in out.decode("utf-8").split("\0") if name]


def junk(names: list[str]) -> list[str]:
    return [name for name in names if JUNK.search(name)]


def test_git_tracks_no_virtualenv_build_output_or_cache() -> None:
    assert junk(tracked_files()) == []


def test_the_junk_pattern_catches_what_it_names() -> None:
    assert junk(
        [
            ".venv/bin/python",
            "build/site/index.html",
            "dist/mttq-0.1.0.tar.gz",
            "site/index.html",
            "src/mttq/__pycache__/geo.cpython-311.pyc",
            "src/mttq.egg-info/PKG-INFO",
            ".mypy_cache/3.11/x.json",
        ]
    ) == [
        ".venv/bin/python",
        "build/site/index.html",
        "dist/mttq-0.1.0.tar.gz",
        "site/index.html",
        "src/mttq/__pycache__/geo.cpython-311.pyc",
        "src/mttq.egg-info/PKG-INFO",
        ".mypy_cache/3.11/x.json",
    ]
    assert junk(["src/mttq/geo.py", "docs/site-notes.md", "tests/data/build.toml"]) == []
