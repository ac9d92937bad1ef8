"""Bundled reference tables of :mod:`mttq`, kept as plain Python data.

The modules here hold rows of strings, integers and dates only; the typed values are built
from them by the modules that own the types (:mod:`mttq.geo`, :mod:`mttq.terms`,
:mod:`mttq.movements`). Nothing here reads a file at import time.

Examples:
    >>> from mttq.data.provinces import MERGED_2025
    >>> len(MERGED_2025)
    23

Sources:
    Each table names its own: :mod:`mttq.data.provinces` (Nghị quyết 202/2025/QH15),
    :mod:`mttq.data.congresses`, :mod:`mttq.data.movements` (the pages on the Sources page).
"""
