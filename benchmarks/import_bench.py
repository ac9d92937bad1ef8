"""Benchmark of ``import mttq`` against importing its runtime dependencies alone, in one run.

Run it as a script::

    python benchmarks/import_bench.py            # 15 fresh interpreters of each, interleaved
    python benchmarks/import_bench.py --quick    # 5 of each

Each sample is a fresh interpreter that times one import statement with ``perf_counter``
around it (interpreter start-up is not counted). The floor imports what ``mttq`` itself needs
at import time: attrs, cattrs and dateutil's parser (babel is a runtime dependency too, but
the package loads it on first use, which the benchmark checks). The samples of the two are
interleaved so that load on the machine affects both alike; the best and the median of each
are printed with their ratio. Target: ``import mttq`` in at most 2x the floor (best of the
runs). The exit status is 1 if an import fails or if importing mttq imported babel.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

FLOOR = "import attrs, cattrs, dateutil.parser"
PACKAGE = "import mttq"

_PROBE = """
import sys, time
t = time.perf_counter()
{statement}
took = time.perf_counter() - t
print(took, 'babel' in sys.modules)
"""


def sample(statement: str) -> tuple[float, bool]:
    """Seconds one fresh interpreter takes for ``statement``, and whether babel got imported."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    took, babel = done.stdout.split()
    return float(took), babel == "True"


def main(argv: list[str]) -> int:
    runs = 5 if "--quick" in argv else 15
    sample(PACKAGE)  # warm the file cache and the byte code of both
    sample(FLOOR)
    floor: list[float] = []
    package: list[float] = []
    babel_loaded = False
    for _ in range(runs):
        floor.append(sample(FLOOR)[0])
        took, babel = sample(PACKAGE)
        package.append(took)
        babel_loaded = babel_loaded or babel
    best = min(package) / min(floor)
    median = statistics.median(package) / statistics.median(floor)
    print(f"import time, {runs} fresh interpreters each, interleaved (ms)")
    print(f"{'what':<40} {'best':>8} {'median':>8}")
    print(f"{FLOOR:<40} {min(floor) * 1e3:>8.1f} {statistics.median(floor) * 1e3:>8.1f}")
    print(f"{PACKAGE:<40} {min(package) * 1e3:>8.1f} {statistics.median(package) * 1e3:>8.1f}")
    print(f"ratio mttq / floor: best {best:.2f}x, median {median:.2f}x (target <= 2x)")
    print(f"babel imported by import mttq: {babel_loaded}")
    return 1 if babel_loaded else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
