"""The ``mttq`` command (also ``python -m mttq``).

Subcommands:

* ``mttq demo``: print a short Vietnamese sample of what the library writes;
* ``mttq schema TYPE``: print the JSON Schema of a public type (``mttq schema Problem``).

Exit status: 0 on success, 2 on bad input (one line on stderr naming the problem, never a
traceback).

Example:
    >>> main(["schema", "Problem"]) # doctest: +ELLIPSIS
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
    ...
    0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import attrs

import mttq
from mttq.errors import MttqError, UnknownCodeError
from mttq.io import json_schema

__all__ = ["main"]

_DESCRIPTION = (
    "mttq: emulation and commendation (thi đua, khen thưởng) of the Vietnam Fatherland Front "
    "(Mặt trận Tổ quốc Việt Nam): blocs (khối thi đua) and clusters (cụm thi đua), scoring, "
    "rotation of the head (khối trưởng) and deputy (khối phó), awards and Vietnamese formatting."
)


def _public_types() -> dict[str, type]:
    names = {}
    for name in mttq.__all__:
        obj = getattr(mttq, name)
        if isinstance(obj, type) and attrs.has(obj):
            names[name] = obj
    return names


def _cmd_demo(args: argparse.Namespace) -> int:
    lines = [
        "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021",
        "Khối thi đua Mặt trận và các tổ chức chính trị - xã hội tỉnh",
        "",
        "mttq " + mttq.__version__ + ": thư viện Python cho công tác thi đua, khen thưởng",
        "của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội.",
    ]
    print("\n".join(lines))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    types = _public_types()
    cls = types.get(args.type)
    if cls is None:
        raise UnknownCodeError("type", args.type, sorted(types))
    print(json.dumps(json_schema(cls), ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``mttq`` command.

    Example:
        >>> build_parser().prog
        'mttq'
    """
    parser = argparse.ArgumentParser(prog="mttq", description=_DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"mttq {mttq.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="print a sample report of a provincial bloc (khối thi đua)")
    demo.set_defaults(func=_cmd_demo)
    schema = sub.add_parser(
        "schema", help="print the JSON Schema of a public type (e.g. GroupYear, Rubric)"
    )
    schema.add_argument("type", metavar="TYPE", help="the name of a public type of mttq")
    schema.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``mttq`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Example:
        >>> main(["demo"])  # doctest: +ELLIPSIS
        Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021
        ...
        0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        status: int = args.func(args)
    except MttqError as exc:
        print(f"mttq {args.command}: error: {exc}", file=sys.stderr)
        return 2
    return status
