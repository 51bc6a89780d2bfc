"""Doctests that need an optional extra are skipped, saying which, when it is not installed.

The README's test command installs only the ``test`` extra; the examples of the
notebooks page and of the modules behind ``to_frame``, ``to_gt`` and ``to_prov``
need pandas, great-tables or prov (CI installs them all).

The Dask integration and its page are doctested only where the ``dask`` extra is
installed (as in CI); elsewhere tests/test_dask.py says it was skipped. Likewise
pwstats.scale's examples, one of which makes a pandas DataFrame.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

collect_ignore = []
if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
    collect_ignore += ["src/pwstats/dask.py", "docs/scale.md"]
if importlib.util.find_spec("pandas") is None:
    collect_ignore += ["src/pwstats/scale.py"]

#: Files whose doctests need optional packages: path from the root → (package, extra).
_NEEDS: dict[str, tuple[tuple[str, str], ...]] = {
    "docs/notebooks.md": (("pandas", "pandas"), ("great_tables", "gt"), ("prov", "prov")),
    "src/pwstats/frames_out.py": (("pandas", "pandas"),),
    "src/pwstats/publish.py": (("great_tables", "gt"), ("pandas", "gt")),
}
_ROOT = Path(__file__).parent


def _absent(package: str) -> bool:
    if package in sys.modules:  # None there means "blocked", as a test may set it
        return sys.modules[package] is None
    return importlib.util.find_spec(package) is None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        try:
            where = item.path.resolve().relative_to(_ROOT).as_posix()
        except ValueError:
            continue
        missing = [(p, extra) for p, extra in _NEEDS.get(where, ()) if _absent(p)]
        if missing:
            package, extra = missing[0]
            item.add_marker(
                pytest.mark.skip(reason=f"needs {package}: pip install 'pwstats[{extra}]'")
            )
