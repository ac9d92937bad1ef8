"""The ``mttq`` command (also ``python -m mttq``).

Subcommands:

* ``mttq demo``: review the bundled sample bloc (the six provincial organisations, a 100-point
  table, score sheets and a ballot) and print its Vietnamese report;
* ``mttq review FILE``: review a bloc's or cluster's year from a TOML or JSON file following
  ``mttq schema ReviewInput``;
* ``mttq rotate FILE --years N``: plan the head (khối trưởng) and deputy (khối phó) for N
  years from a file following ``mttq schema RotateInput``;
* ``mttq check FILE``: check the award eligibility of the people or units in a file following
  ``mttq schema CheckInput``;
* ``mttq fmt number|money|words|date VALUE``: write a value the Vietnamese way;
* ``mttq schema TYPE``: print the JSON Schema of a public type (``mttq schema ReviewInput``).

``--format json`` gives machine-readable output. Exit status: 0 on success, 2 on bad input
with one line on stderr naming the file, the place in it (``$.sheets[2].agreed_scores``) and
the problem, never a traceback. A command that takes more than a second prints a progress line
on stderr.

Examples:
    >>> main(["fmt", "money", "2500000000"])
    2,5 tỷ đồng (2.500.000.000 đồng)
    0
"""

from __future__ import annotations

import argparse
import codecs
import json
import re
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs

import mttq
from mttq.awards import History
from mttq.awards.inputs import CheckInput
from mttq.errors import DataError, InvalidValueError, MttqError, ParseError, UnknownCodeError
from mttq.groups import Bloc, Cluster, Join, Leadership, Leave, Merge
from mttq.io import dumps, json_schema, load, loads, to_data
from mttq.report import render, to_csv
from mttq.rotation import Handover, Policy, handovers, plan
from mttq.samples import demo_result
from mttq.scoring.codes import check_labelled as _check_fields
from mttq.vi.dates import format_date, format_datetime, parse_date, parse_datetime, weekday_name
from mttq.vi.numbers import format_money, format_number, parse_number
from mttq.vi.words import money_to_words, number_to_words
from mttq.yearend import ReviewInput, YearEndResult

__all__ = ["CheckInput", "RotateInput", "build_parser", "main", "starter"]

_DESCRIPTION = (
    "mttq: emulation and commendation (thi đua, khen thưởng) of the Vietnam Fatherland Front "
    "(Mặt trận Tổ quốc Việt Nam): blocs (khối thi đua) and clusters (cụm thi đua), scoring, "
    "rotation of the head (khối trưởng) and deputy (khối phó), awards and Vietnamese formatting."
)

_EPILOG = (
    "Exit status: 0 on success, 2 on bad input (one line on stderr naming the file, the place "
    "in it and the problem). Run 'mttq COMMAND --help' for each command; "
    "'mttq schema ReviewInput' prints the shape of a review file."
)

#: Seconds after which a running command prints a progress line on stderr.
PROGRESS_AFTER = 1.0


@attrs.frozen(kw_only=True)
class RotateInput:
    """The input of ``mttq rotate``: a policy, the members and the past.

    Attributes:
        policy: the rotation policy, tagged (``type = "FixedRotation"``, ...).
        members: the member codes in ``start_year``.
        start_year: the first year to plan.
        group: the group (for the titles Khối trưởng / Cụm trưởng), if given.
        history: past leaderships (the latest is where the rotation goes on from).
        changes: membership events (Join, Leave, Merge), tagged.
        names: the members' display names (kept as a read-only copy).

    Raises:
        InvalidValueError: a field of the wrong type (the error names the field and value).

    Examples:
        >>> from mttq.rotation import FixedRotation
        >>> RotateInput(policy=FixedRotation(), members=("A", "B"), start_year=2025).start_year
        2025
    """

    policy: Policy
    members: tuple[str, ...]
    start_year: int
    group: Bloc | Cluster | None = None
    history: tuple[Leadership, ...] = ()
    changes: tuple[Join | Leave | Merge, ...] = ()
    names: Mapping[str, str] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        _check_fields(self)


# --------------------------------------------------------------------------- helpers


class _Progress:
    """Print one progress line on stderr if the work takes more than a second."""

    def __init__(self, command: str, what: str) -> None:
        self.message = f"mttq {command}: working on {what}..."
        self.timer = threading.Timer(PROGRESS_AFTER, self._say)
        self.timer.daemon = True

    def _say(self) -> None:
        print(self.message, file=sys.stderr, flush=True)

    def __enter__(self) -> _Progress:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()


_SHEET_FIELD = re.compile(r"^sheet\[(?P<unit>[^\]]+)\](?P<rest>.*)$")
_UNIT_IN_WHAT = re.compile(r"\(unit (?P<unit>[^,)]+)")
_INPUT_FIELDS = frozenset(a.name for a in attrs.fields(ReviewInput))
_CODE_PATHS = (
    ("candidate", "$.ballots"),
    ("rotation order", "$.policy.order"),
    ("grading scheme", "$.scheme"),
    ("condition", "$.conditions"),
    ("tie_breaker", "$.tie_breakers"),
)


def _sheet_path(data: ReviewInput, unit: str, rest: str = "") -> str | None:
    for index, sheet in enumerate(data.sheets):
        if sheet.unit == unit:
            return f"$.sheets[{index}]{rest}"
    return None


def _where(data: ReviewInput, exc: MttqError) -> str:
    """Find where in the input file the value an engine refused came from."""
    field = str(getattr(exc, "field", ""))
    found = _SHEET_FIELD.match(field)
    if found is not None:
        rest = re.sub(r"\[([^\]]*)\]", r".\1", found["rest"])
        return _sheet_path(data, found["unit"], rest) or "$.sheets"
    if isinstance(exc, UnknownCodeError):
        unit = _UNIT_IN_WHAT.search(exc.what)
        if unit is not None:
            return _sheet_path(data, unit["unit"]) or "$.sheets"
        for word, path in _CODE_PATHS:
            if word in exc.what:
                return path
    if field.startswith("rubric"):
        return "$.rubric"
    if field == "basis":
        return "$.sheets"
    top = field.split("[", 1)[0].split(".", 1)[0]
    if top in ("members", "head", "deputy"):
        return "$.group_year"
    if top in _INPUT_FIELDS:
        return "$." + top
    return "$"


def _located(exc: MttqError, path: Path, where: str | None = None) -> DataError:
    """The error as one problem of the file: at its structured location, formatted once."""
    if isinstance(exc, DataError):
        return exc if exc.source else exc.with_source(str(path))
    if where is None:
        return DataError([mttq.Problem(path=exc.path, message=exc.describe())], source=str(path))
    return DataError([mttq.Problem(path=where, message=str(exc))], source=str(path))


def _load(path: Path, cls: type[Any]) -> Any:
    return load(path, cls)


def _public_types() -> dict[str, type]:
    names: dict[str, type] = {}
    for name in mttq.__all__:
        obj = getattr(mttq, name)
        if isinstance(obj, type) and attrs.has(obj):
            names[name] = obj
    for cls in (ReviewInput, YearEndResult, RotateInput, CheckInput, History):
        names.setdefault(cls.__name__, cls)
    return names


def _print_result(result: YearEndResult, args: argparse.Namespace) -> None:
    fmt = args.format
    if fmt == "json":
        sys.stdout.write(dumps(result))
    elif fmt == "csv":
        delimiter = "\t" if args.csv_delimiter == "tab" else args.csv_delimiter
        sys.stdout.write(to_csv(result, delimiter=delimiter, bom=not args.no_bom))
    else:
        sys.stdout.write(render(result, format=fmt))


# --------------------------------------------------------------------------- commands


def _cmd_demo(args: argparse.Namespace) -> int:
    _print_result(demo_result(), args)
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with _Progress("review", str(path)):
        data = _load(path, ReviewInput)
        try:
            result = data.run()
        except MttqError as exc:
            raise _located(exc, path, _where(data, exc)) from None
        _print_result(result, args)
    return 0


def _cmd_rotate(args: argparse.Namespace) -> int:
    path = Path(args.file)
    years = args.years
    if years < 1 or years > 200:
        raise InvalidValueError("--years", years, "must be between 1 and 200")
    with _Progress("rotate", str(path)):
        data = _load(path, RotateInput)
        try:
            leads = plan(
                data.policy,
                data.members,
                start_year=data.start_year,
                years=years,
                history=data.history,
                changes=data.changes,
            )
            moves: tuple[Handover, ...] = handovers((*data.history, *leads))
        except MttqError as exc:
            where = "$.policy.order" if isinstance(exc, UnknownCodeError) else "$"
            raise _located(exc, path, where) from None
    if args.format == "json":
        sys.stdout.write(json.dumps(to_data(leads), ensure_ascii=False, indent=2) + "\n")
        return 0
    group = data.group
    head = group.head_title if group is not None else Bloc.head_title
    deputy = group.deputy_title if group is not None else Bloc.deputy_title
    if group is not None:
        print(group.name)
    for lead in leads:
        line = f"Năm {lead.year}: {head} {data.names.get(lead.head, lead.head)}"
        if lead.deputy is not None:
            line += f"; {deputy} {data.names.get(lead.deputy, lead.deputy)}"
        print(line + ".")
    for move in moves:
        if move.year >= data.start_year:
            print("- " + move.label(data.names, title=head) + ".")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with _Progress("check", str(path)):
        data = _load(path, CheckInput)
        try:
            decisions = data.run()
        except MttqError as exc:
            raise _located(exc, path) from None
    if args.format == "json":
        sys.stdout.write(json.dumps(to_data(tuple(decisions)), ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return 0
    print("\n\n".join(d.explain() for d in decisions))
    return 0


def _fmt_number(value: str) -> tuple[str, dict[str, str]]:
    number = parse_number(value)
    text = format_number(number)
    return text, {"value": str(number), "text": text}


def _fmt_money(value: str) -> tuple[str, dict[str, str]]:
    number = parse_number(value)
    compact = format_money(number, compact=True)
    full = format_money(number)
    out = compact if compact == full else f"{compact} ({full})"
    return out, {"value": str(number), "compact": compact, "full": full}


def _fmt_words(value: str) -> tuple[str, dict[str, str]]:
    number = parse_number(value)
    words = number_to_words(number)
    extra = {"value": str(number), "words": words}
    if number == number.to_integral_value() and number >= 0:
        extra["money"] = money_to_words(int(number))
    return words, extra


def _fmt_date(value: str) -> tuple[str, dict[str, str]]:
    moment = None
    try:
        moment = parse_datetime(value)  # a date with a time keeps its time
    except ParseError:
        day = parse_date(value)
    else:
        day = moment.date()
    admin = format_date(day, style="admin")
    numeric = format_date(day)
    weekday = weekday_name(day)
    if moment is None:
        text = f"{weekday}, {numeric} ({admin})"
        return text, {
            "value": day.isoformat(),
            "numeric": numeric,
            "admin": admin,
            "weekday": weekday,
        }
    written = format_datetime(moment)
    text = f"{weekday}, {written} ({admin}, {moment:%H:%M})"
    return text, {
        "value": moment.isoformat(),
        "numeric": written,
        "admin": admin,
        "weekday": weekday,
    }


_FORMATTERS: dict[str, Callable[[str], tuple[str, dict[str, str]]]] = {
    "number": _fmt_number,
    "money": _fmt_money,
    "words": _fmt_words,
    "date": _fmt_date,
}


def _cmd_fmt(args: argparse.Namespace) -> int:
    text, data = _FORMATTERS[args.kind](args.value)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(text)
    return 0


#: The starters of ``mttq init``: the input type each one loads as.
_STARTERS: dict[str, type] = {"review": ReviewInput, "rotate": RotateInput, "check": CheckInput}


def starter(kind: str, *, format: Literal["toml", "json"] = "toml") -> str:
    """The text of a starter input file that runs as it is: ``mttq init`` writes it.

    The TOML starters are commented; the JSON form is the same value in the library's wire
    format (JSON holds no comments). The starters ship inside the package.

    Args:
        kind: ``"review"``, ``"rotate"`` or ``"check"``.
        format: ``"toml"`` or ``"json"``.

    Raises:
        UnknownCodeError: an unknown kind.
        InvalidValueError: an unknown format.

    Examples:
        >>> starter("check").splitlines()[0][:28]
        '# A starter for `mttq check`'
        >>> loads(starter("rotate", format="json"), RotateInput).start_year
        2026
    """
    cls = _STARTERS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise UnknownCodeError("starter", kind, sorted(_STARTERS))
    if format not in ("toml", "json"):
        raise InvalidValueError("format", format, "expected 'toml' or 'json'")
    text = resources.files("mttq").joinpath("starters", f"{kind}.toml").read_text("utf-8")
    if format == "toml":
        return text
    return dumps(loads(text, cls, format="toml"))


def _cmd_init(args: argparse.Namespace) -> int:
    text = starter(args.kind, format=args.format)
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.out or f"{args.kind}.{args.format}")
    if path.exists() and not args.force:
        raise InvalidValueError("--out", str(path), "the file exists (use --force to replace it)")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InvalidValueError("--out", str(path), f"cannot write: {exc.strerror}") from None
    print(
        f"wrote {path}; run: mttq {args.kind} {path}"
        + (" --years 5" if args.kind == "rotate" else "")
    )
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    types = _public_types()
    cls = types.get(args.type)
    if cls is None:
        raise UnknownCodeError("type", args.type, sorted(types))
    print(json.dumps(json_schema(cls), ensure_ascii=False, indent=2))
    return 0


# --------------------------------------------------------------------------- parser


def _positive_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _csv_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--csv-delimiter",
        choices=(",", ";", "tab"),
        default=",",
        help="the CSV field separator (default ','; ';' for Excel set to Vietnamese)",
    )
    parser.add_argument(
        "--no-bom",
        action="store_true",
        help="write the CSV without the byte order mark Excel needs to read UTF-8",
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``mttq`` command.

    Examples:
        >>> build_parser().prog
        'mttq'
    """
    parser = argparse.ArgumentParser(prog="mttq", description=_DESCRIPTION, epilog=_EPILOG)
    parser.add_argument("--version", action="version", version=f"mttq {mttq.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    report_formats = ("text", "markdown", "html", "csv", "json")

    demo = sub.add_parser(
        "demo",
        help="review the bundled sample bloc (khối thi đua) and print its report",
        description=(
            "Review the bundled sample: a provincial bloc (khối thi đua) of the six "
            "organisations (UBMTTQ, LĐLĐ, Tỉnh đoàn, Hội LHPN, Hội Nông dân, Hội CCB) with a "
            "100-point scoring table (bảng chấm điểm), score sheets and a secret ballot "
            "(bỏ phiếu kín), and print the Vietnamese report (báo cáo tổng kết)."
        ),
    )
    demo.add_argument(
        "--format", choices=report_formats, default="text", help="output format (default: text)"
    )
    _csv_options(demo)
    demo.set_defaults(func=_cmd_demo)

    review = sub.add_parser(
        "review",
        help="review a bloc's or cluster's year (tổng kết) from a TOML or JSON file",
        description=(
            "Score, grade (xếp loại) and rank the members of a bloc (khối) or cluster (cụm), "
            "propose the leading units for the organiser's flag (Cờ thi đua) and others for "
            "the Bằng khen, elect or rotate next year's head (khối trưởng) and deputy (khối "
            "phó), and print the report. FILE follows 'mttq schema ReviewInput'."
        ),
    )
    review.add_argument("file", metavar="FILE", help="a .toml or .json review file")
    review.add_argument(
        "--format", choices=report_formats, default="text", help="output format (default: text)"
    )
    _csv_options(review)
    review.set_defaults(func=_cmd_review)

    rotate = sub.add_parser(
        "rotate",
        help="plan the head (khối trưởng) and deputy (khối phó) for N years",
        description=(
            "Plan the head and deputy of a group for N years under its rotation policy "
            "(luân phiên, bầu, Cờ thi đua, khối phó kế nhiệm), with the handovers (bàn giao). "
            "FILE follows 'mttq schema RotateInput'."
        ),
    )
    rotate.add_argument("file", metavar="FILE", help="a .toml or .json rotation file")
    rotate.add_argument(
        "--years", type=_positive_int, required=True, help="how many years to plan (1-200)"
    )
    rotate.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    rotate.set_defaults(func=_cmd_rotate)

    check_cmd = sub.add_parser(
        "check",
        help="check award eligibility (điều kiện khen thưởng) of the people in a file",
        description=(
            "Check whether each person or unit in FILE is eligible for an award (danh hiệu "
            "thi đua, hình thức khen thưởng) in a year, with the reasons and their legal "
            "sources. FILE follows 'mttq schema CheckInput'."
        ),
    )
    check_cmd.add_argument("file", metavar="FILE", help="a .toml or .json file of histories")
    check_cmd.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format"
    )
    check_cmd.set_defaults(func=_cmd_check)

    fmt = sub.add_parser(
        "fmt",
        help="write a number, money, words or a date the Vietnamese way",
        description=(
            "Write VALUE the Vietnamese way: number (1.234.567,89), money (2,5 tỷ đồng), "
            "words (số bằng chữ) or date (ngày 05 tháng 7 năm 2018). Numbers are read in "
            "Vietnamese form (dot groups thousands, comma marks decimals); dates as "
            "YYYY-MM-DD or dd/mm/yyyy."
        ),
    )
    fmt.add_argument("kind", choices=tuple(_FORMATTERS), help="what VALUE is")
    fmt.add_argument("value", metavar="VALUE", help="the value to write")
    fmt.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    fmt.set_defaults(func=_cmd_fmt)

    init = sub.add_parser(
        "init",
        help="write a commented starter file for review, rotate or check that runs as it is",
        description=(
            "Write a starter input file for 'mttq review', 'mttq rotate' or 'mttq check': "
            "sample values with a comment on each field (TOML), ready to run and to edit. "
            "It is written to KIND.toml (or KIND.json) unless --out says otherwise; an "
            "existing file is kept unless --force is given."
        ),
    )
    init.add_argument("kind", choices=tuple(_STARTERS), help="which command the file is for")
    init.add_argument("--format", choices=("toml", "json"), default="toml", help="file format")
    init.add_argument("--out", metavar="FILE", help="where to write it ('-' for standard output)")
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.set_defaults(func=_cmd_init)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of a public type (e.g. ReviewInput, GroupYear, Rubric)",
        description="Print the JSON Schema (draft 2020-12) of a public type of mttq.",
    )
    schema.add_argument("type", metavar="TYPE", help="the name of a public type of mttq")
    schema.set_defaults(func=_cmd_schema)
    parser.set_defaults(commands=tuple(sub.choices))
    return parser


def _write_utf8(stream: object) -> None:
    """Make a text stream write UTF-8 whatever the terminal's locale says (never crash on ư)."""
    encoding = getattr(stream, "encoding", None)
    reconfigure = getattr(stream, "reconfigure", None)
    if not isinstance(encoding, str) or reconfigure is None:
        return
    try:
        if codecs.lookup(encoding).name != "utf-8":
            reconfigure(encoding="utf-8")
    except (LookupError, ValueError, OSError):  # pragma: no cover - an odd stream: keep it
        return


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``mttq`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Examples:
        >>> main(["demo"])  # doctest: +ELLIPSIS
        Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021
        ...
        0
    """
    _write_utf8(sys.stdout)
    _write_utf8(sys.stderr)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        commands = ", ".join(args.commands)
        print(
            f"mttq: error: a command is required: {commands} (see 'mttq --help')", file=sys.stderr
        )
        return 2
    try:
        status: int = args.func(args)
    except MttqError as exc:
        print(_one_line(f"mttq {args.command}: error: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"mttq {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``mttq demo | head``): nothing to say
        return 0
    except RecursionError:
        print(f"mttq {args.command}: error: the input is nested too deeply", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug, not bad input: still one line, never a traceback
        text = f"mttq {args.command}: internal error ({type(exc).__name__}: {exc}); please report"
        print(_one_line(text), file=sys.stderr)
        return 2
    return status
