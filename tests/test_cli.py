from __future__ import annotations

import json
import subprocess
import sys

import pytest

import mttq
from mttq.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"mttq {mttq.__version__}"


def test_help_without_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "khối thi đua" in out
    assert "demo" in out


def test_demo_prints_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    assert "thi đua" in capsys.readouterr().out


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Problem"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$ref"] == "#/$defs/Problem"


def test_unknown_schema_type_is_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Nope"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert "unknown type 'Nope'" in captured.err
    assert "Traceback" not in captured.err


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mttq", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"mttq {mttq.__version__}"
