"""Worst-case time of every parser on junk (issue 3: each call under 5 ms, no backtracking).

Run: ``python benchmarks/junk_bench.py``. Feeds long and nasty strings to every parser of
``tests/test_robustness.py`` and prints the slowest call per parser and the ratio to 5 ms.
Timing is never asserted in the test suite; this script is where it is checked.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from mttq.errors import MttqError
from test_robustness import NASTY, PARSERS

TARGET_MS = 5.0

# Text transforms are not parsers: they read every character, so their time grows with the
# input (about 0.3 µs a character); they are reported, but the 5 ms target is for parsers.
TRANSFORMS = frozenset(
    {"vi.normalize", "vi.fold", "vi.slugify", "vi.remove_accents", "vi.sort_key"}
)


def junk(rng: random.Random) -> list[str]:
    alphabet = "0123456789.,-+/ :IVXLCDMĐđThứngàyquý\u00a0\u0300\x00漢"
    texts = [s for s in NASTY if isinstance(s, str)]
    for size in (100, 1_000, 10_000):
        texts.append("".join(rng.choice(alphabet) for _ in range(size)))
        texts.append("".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(size)))
    return texts


def worst_ms(function: object, texts: list[str]) -> float:
    worst = 0.0
    for text in texts:
        start = time.perf_counter()
        with contextlib.suppress(MttqError):
            function(text)  # type: ignore[operator]
        worst = max(worst, (time.perf_counter() - start) * 1000)
    return worst


def main() -> None:
    texts = junk(random.Random(2026))
    for name, function in PARSERS.items():  # warm the caches once
        worst_ms(function, texts[:3])
        del name
    print(f"{'parser or lookup':28} {'worst ms':>9} {'ratio to 5 ms':>14}")
    slowest = 0.0
    for name, function in sorted(PARSERS.items()):
        if name in TRANSFORMS:
            continue
        ms = min(worst_ms(function, texts) for _ in range(3))
        slowest = max(slowest, ms)
        print(f"{name:28} {ms:9.3f} {ms / TARGET_MS:14.2f}")
    print(f"\n{'text transform (10 KB)':28} {'worst ms':>9}")
    for name in sorted(TRANSFORMS):
        ms = min(worst_ms(PARSERS[name], texts) for _ in range(3))
        print(f"{name:28} {ms:9.3f}")
    verdict = "meets" if slowest < TARGET_MS else "MISSES"
    print(f"\nslowest call {slowest:.3f} ms: {verdict} the {TARGET_MS:g} ms target")


if __name__ == "__main__":
    main()
