"""Optional packages: imported only when a feature needs them, with a one-line install hint.

>>> require("json", extra="pandas", feature="a test").__name__
'json'
>>> require("no_such_module_here", extra="pandas", feature="Report.to_frame()")
Traceback (most recent call last):
...
ModuleNotFoundError: Report.to_frame() needs no_such_module_here: pip install 'pwstats[pandas]'
"""

from __future__ import annotations

import importlib
import types

__all__ = ["require"]


def require(module: str, *, extra: str, feature: str) -> types.ModuleType:
    """Import ``module``; if it is missing, one line naming the feature and the extra to install.

    The error is a :class:`ModuleNotFoundError` (an :class:`ImportError`), so the
    ``pwstats`` command prints it as one line, like any other input problem.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.partition(".")[0]
        raise ModuleNotFoundError(
            f"{feature} needs {top}: pip install 'pwstats[{extra}]'", name=top
        ) from exc
