"""Run the ``mttq`` command as ``python -m mttq``."""

import sys

from mttq.cli import main

if __name__ == "__main__":  # pragma: no cover - exercised by a subprocess test
    sys.exit(main())
