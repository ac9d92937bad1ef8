from __future__ import annotations

import csv
import io as _io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import mttq
from mttq import cli
from mttq.cli import CheckInput, RotateInput, main
from mttq.errors import InvalidValueError, UnknownCodeError
from mttq.io import dumps, load, loads
from mttq.rotation import FixedRotation
from mttq.samples import demo_result
from mttq.yearend import YearEndResult


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"mttq {mttq.__version__}"


def test_help_without_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "khối thi đua" in out
    assert "demo" in out


def test_no_command_is_usage_on_stderr_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("usage: mttq")
    assert "a command is required: demo, review, rotate, check, fmt, init, schema" in captured.err


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


# --------------------------------------------------------------------------- issue 8

DATA = Path(__file__).parent / "data"
EXAMPLES = sorted((DATA / "examples").glob("*"))
REVIEW_FILES = [p for p in EXAMPLES if p.name.startswith(("demo", "cum"))]
BAD = sorted((DATA / "bad").iterdir())


def test_demo_is_the_golden_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    golden = (DATA / "demo-report.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == golden


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv"])
def test_demo_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert {"markdown": "# Hội nghị", "html": "<svg", "csv": "Hạng,Mã đơn vị"}[fmt] in out


def test_demo_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--format", "json"]) == 0
    assert loads(capsys.readouterr().out, YearEndResult) == demo_result()


def test_there_are_enough_bad_files() -> None:
    assert len(BAD) >= 30


@pytest.mark.parametrize("path", REVIEW_FILES, ids=lambda p: p.name)
def test_review_example_files(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Hội nghị tổng kết" in out
    assert "Đề nghị" in out
    assert main(["review", str(path), "--format", "csv"]) == 0
    rows = list(csv.reader(_io.StringIO(capsys.readouterr().out)))
    assert rows[1][0] == "1"


def test_review_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(DATA / "examples" / "demo-2021.json"), "--format", "json"]) == 0
    result = loads(capsys.readouterr().out, YearEndResult)
    assert result.next_leadership.head == "hoi-nd.tinh"


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_review_bad_file_exits_2_with_one_line(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("mttq review: error: ")
    assert str(path) in captured.err
    assert "$" in captured.err or path.suffix not in (".json", ".toml")
    assert "Traceback" not in captured.err


def test_review_of_a_50_mb_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.json"
    with big.open("w", encoding="utf-8") as handle:
        handle.write('{"names": {')
        chunk = ", ".join(f'"u{i}": "{"x" * 100}"' for i in range(1000))
        for _ in range(460):
            handle.write(chunk + ", ")
        handle.write('"end": "x"}}')
    assert big.stat().st_size > 50_000_000
    assert main(["review", str(big)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "over the limit" in err


def test_review_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(tmp_path / "none.toml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_review_in_a_subprocess_has_no_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mttq", "review", str(DATA / "bad" / "score-over-maximum.toml")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "$.sheets[0].agreed_scores.1" in done.stderr


def test_rotate(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "examples" / "rotate-khoi-bac-giang.toml"
    assert main(["rotate", str(path), "--years", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "Năm 2018: Khối trưởng Liên đoàn Lao động tỉnh; Khối phó Hội Nông dân tỉnh."
    assert out[4].startswith("- Hội Cựu chiến binh tỉnh bàn giao nhiệm vụ Khối trưởng năm 2018")
    assert main(["rotate", str(path), "--years", "2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["head"] for d in data] == ["LDLD", "HND"]


def test_rotate_without_group(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps({"policy": {"type": "FixedRotation"}, "members": ["A"], "start_year": 2025}),
        encoding="utf-8",
    )
    assert main(["rotate", str(path), "--years", "1"]) == 0
    assert capsys.readouterr().out == "Năm 2025: Khối trưởng A.\n"


@pytest.mark.parametrize(
    ("years", "content", "message"),
    [
        ("0", None, "--years"),
        ("x", None, "whole number"),
        ("2", {"policy": {"type": "FixedRotation", "order": ["Z"]}, "members": ["A"]}, "$"),
        (
            "2",
            {
                "policy": {"type": "FixedRotation", "order": ["Z"]},
                "members": ["A"],
                "start_year": 2025,
            },
            "$.policy.order",
        ),
        ("2", {"policy": {"type": "FixedRotation"}, "members": [], "start_year": 2025}, "$"),
    ],
)
def test_rotate_bad(
    years: str,
    content: object,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(content or {}), encoding="utf-8")
    if not years.isdigit():
        with pytest.raises(SystemExit) as info:
            main(["rotate", str(path), "--years", years])
        assert info.value.code == 2
        assert message in capsys.readouterr().err
        return
    assert main(["rotate", str(path), "--years", years]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err


def test_check(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "examples" / "check-ldtt-2025.toml"
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    # a decision names the recipient by name when the history gives one, else by id
    assert "Lao động tiên tiến, năm 2025, Nguyễn Văn A: đủ điều kiện" in out
    assert "Trần Thị B: không đủ điều kiện" in out
    assert main(["check", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["eligible"] for d in data] == [True, False]


def test_check_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.json"
    path.write_text(
        json.dumps({"kind": "nope", "year": 2025, "histories": [{"recipient": {"id": "a"}}]}),
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "$.kind" in err
    assert err.count("\n") == 1
    path.write_text(
        json.dumps(
            {
                "kind": "ldtt",
                "year": 2020,
                "histories": [
                    {"recipient": {"id": "a"}, "ratings": [{"year": 2021, "rating": "httnv"}]}
                ],
            }
        ),
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 2
    assert "$.histories[0]" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "out"),
    [
        (["number", "1234567,89"], "1.234.567,89"),
        (["money", "60.000.000.000"], "60 tỷ đồng (60.000.000.000 đồng)"),
        (["money", "500"], "500 đồng"),
        (["words", "1000005"], "một triệu không trăm linh năm"),
        (["words", "-3"], "âm ba"),
        (["date", "2018-07-05"], "Thứ Năm, 05/07/2018 (ngày 05 tháng 7 năm 2018)"),
        (["date", "02/02/2018"], "Thứ Sáu, 02/02/2018 (ngày 02 tháng 02 năm 2018)"),
    ],
)
def test_fmt(args: list[str], out: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", *args]) == 0
    assert capsys.readouterr().out == out + "\n"


def test_fmt_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "words", "21", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["value"], data["words"]) == ("21", "hai mươi mốt")
    assert "money" in data


@pytest.mark.parametrize("args", [["number", "1.5"], ["date", "31/02/2024"], ["money", "x"]])
def test_fmt_bad(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("mttq fmt: error:")


def test_schema_of_review_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "ReviewInput"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$ref"] == "#/$defs/ReviewInput"
    assert "sheets" in schema["$defs"]["ReviewInput"]["properties"]


@pytest.mark.parametrize("command", ["demo", "review", "rotate", "check", "fmt", "schema"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: mttq " + command in out


def test_main_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("demo", "review", "rotate", "check", "fmt", "schema"):
        assert command in out
    assert "khối trưởng" in out


def test_progress_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 0.01)
    with cli._Progress("review", "x.toml"):
        time.sleep(0.3)
    assert capsys.readouterr().err == "mttq review: working on x.toml...\n"
    with cli._Progress("review", "y.toml"):
        pass
    time.sleep(0.05)
    assert capsys.readouterr().err == ""


def test_recursion_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(_: object) -> int:
        raise RecursionError

    monkeypatch.setitem(cli._FORMATTERS, "number", boom)
    assert main(["fmt", "number", "1"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_unexpected_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(_: object) -> int:
        raise KeyError("x\ny")

    monkeypatch.setitem(cli._FORMATTERS, "number", boom)
    assert main(["fmt", "number", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "internal error (KeyError" in err


# --------------------------------------------------------------------------- input types


def _evolve(obj: Any, /, **changes: Any) -> Any:
    """attrs.evolve with values of any type (the tests pass wrong ones on purpose)."""
    return attrs.evolve(obj, **changes)


def _inputs() -> tuple[CheckInput, RotateInput]:
    check_input = load(DATA / "examples" / "check-ldtt-2025.toml", CheckInput)
    rotate_input = load(DATA / "examples" / "rotate-khoi-bac-giang.toml", RotateInput)
    return check_input, rotate_input


@pytest.mark.parametrize(
    ("cls", "field", "bad"),
    [
        (CheckInput, "kind", None),
        (CheckInput, "kind", 5),
        (CheckInput, "year", "2025"),
        (CheckInput, "year", None),
        (CheckInput, "year", True),
        (CheckInput, "histories", None),
        (CheckInput, "histories", ("h",)),
        (RotateInput, "policy", None),
        (RotateInput, "members", None),
        (RotateInput, "members", ("A", 1)),
        (RotateInput, "start_year", "2025"),
        (RotateInput, "group", True),
        (RotateInput, "history", None),
        (RotateInput, "changes", ("x",)),
        (RotateInput, "names", None),
        (RotateInput, "names", {"A": 1}),
    ],
)
def test_inputs_are_type_checked(cls: type, field: str, bad: object) -> None:
    base = {CheckInput: _inputs()[0], RotateInput: _inputs()[1]}[cls]
    with pytest.raises(InvalidValueError) as info:
        _evolve(base, **{field: bad})
    assert info.value.field.startswith(field)


def test_rotate_input_names_are_read_only() -> None:
    names = {"A": "Hội A"}
    data = RotateInput(policy=FixedRotation(), members=["A", "B"], start_year=2025, names=names)  # type: ignore[arg-type]
    names["A"] = "changed"
    assert data.members == ("A", "B")
    assert data.names == {"A": "Hội A"}
    with pytest.raises(TypeError):
        data.names["B"] = "x"  # type: ignore[index]
    hash(data)
    for value, cls in zip(_inputs(), (CheckInput, RotateInput), strict=True):
        assert _evolve(value) == value
        for fmt in ("json", "toml"):
            assert loads(dumps(value, format=fmt), cls, format=fmt) == value


def test_ctrl_c_exits_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mttq import cli

    def interrupted(*_: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "demo_result", interrupted)
    assert main(["demo"]) == 130
    err = capsys.readouterr().err
    assert err == "mttq demo: interrupted\n"


def test_output_is_utf8_when_the_terminal_is_not() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    done = subprocess.run(
        [sys.executable, "-m", "mttq", "fmt", "words", "1000005"],
        capture_output=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == "một triệu không trăm linh năm\n"


def test_review_csv_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("\ufeffHạng,")
    assert main(["demo", "--format", "csv", "--no-bom", "--csv-delimiter", ";"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hạng;Mã đơn vị;")
    assert main(["demo", "--format", "csv", "--csv-delimiter", "tab"]) == 0
    assert "\t" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["review", "rotate", "check"])
@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_init_writes_a_starter_that_runs(
    kind: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"start.{fmt}"
    assert main(["init", kind, "--format", fmt, "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    if fmt == "toml":
        assert out.read_text(encoding="utf-8").startswith(f"# A starter for `mttq {kind}`")
    extra = ["--years", "3"] if kind == "rotate" else []
    assert main([kind, str(out), *extra]) == 0
    assert capsys.readouterr().out.strip()
    # an existing file is kept unless --force
    assert main(["init", kind, "--format", fmt, "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["init", kind, "--format", fmt, "--out", str(out), "--force"]) == 0


def test_init_to_stdout_and_default_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "check", "--out", "-"]) == 0
    assert capsys.readouterr().out.startswith("# A starter for `mttq check`")
    monkeypatch.chdir(tmp_path)
    assert main(["init", "review"]) == 0
    assert (tmp_path / "review.toml").exists()


def test_starter_refuses_unknown_kinds_and_formats() -> None:
    from mttq.cli import starter

    with pytest.raises(UnknownCodeError):
        starter("dossier")
    with pytest.raises(InvalidValueError):
        starter("review", format="yaml")  # type: ignore[arg-type]


def test_fmt_date_keeps_a_time_of_day(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "date", "2018-07-05T10:00"]) == 0
    assert (
        capsys.readouterr().out == "Thứ Năm, 05/07/2018, 10:00 (ngày 05 tháng 7 năm 2018, 10:00)\n"
    )
    assert main(["fmt", "date", "2018-07-05T10:00", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2018-07-05T10:00:00"
    assert main(["fmt", "date", "2018-07-05"]) == 0
    assert capsys.readouterr().out == "Thứ Năm, 05/07/2018 (ngày 05 tháng 7 năm 2018)\n"


def test_check_without_histories_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.toml"
    path.write_text('kind = "ldtt"\nyear = 2025\n', encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "$.histories" in err
    assert "no history to check" in err
