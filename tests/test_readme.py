"""The README keeps exactly two copy-paste commands, and CI runs the first one verbatim."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def shell_blocks() -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", README, flags=re.S)]


def test_exactly_two_commands() -> None:
    blocks = shell_blocks()
    assert len(blocks) == 2
    install, tests = blocks
    assert install.endswith("mttq demo")
    assert tests.endswith("python -m pytest")
    assert '-m pip install -e ".[dev]"' in install
    assert '-m pip install -e ".[dev]"' in tests
    assert "\n" not in install
    assert "\n" not in tests


def test_ci_runs_the_first_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert shell_blocks()[0] in ci.splitlines()
    assert "make check" in ci


def test_usage_examples_run() -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(README, {}, "README.md", "README.md", 0)
    assert test.examples
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0
