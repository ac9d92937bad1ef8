"""Quick start: codes with Vietnamese labels, and data that round-trips through JSON."""

from mttq import Problem
from mttq.codes import Rating
from mttq.io import dumps, loads


def main() -> None:
    for rating in Rating:
        print(f"{rating.short:7} {rating.label}")
    problem = Problem(path="$.members[3].code", message="không có trong khối")
    text = dumps(problem)
    assert loads(text, Problem) == problem
    print(text.strip())


if __name__ == "__main__":
    main()
