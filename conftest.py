"""Tests that need an optional extra are skipped, saying which, when it is not installed.

The README's test command installs only the ``test`` extra; the examples of the
notebooks page and of the modules behind ``to_frame``, ``to_gt`` and ``to_prov``
need pandas, great-tables or prov (CI installs them all).

The Dask integration and its page are doctested only where the ``dask`` extra is
installed (as in CI); elsewhere tests/test_dask.py says it was skipped. Likewise
pwstats.scale's examples, one of which makes a pandas DataFrame.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Generator
from pathlib import Path
from typing import Any

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


#: The extra that installs each optional package, to name in a skip's reason.
_EXTRA_OF = {
    "matplotlib": "plot",
    "pandas": "pandas",
    "pyarrow": "arrow",
    "great_tables": "gt",
    "prov": "prov",
    "dask": "dask",
    "distributed": "dask",
}
_COULD_NOT_IMPORT = re.compile(r"could not import '([\w.]+)'")


def _naming_the_extra(reason: str) -> str:
    """A skip's reason, naming the extra that installs the module pytest could not import
    ("could not import 'matplotlib'" says nothing of ``pip install 'pwstats[plot]'``)."""
    found = _COULD_NOT_IMPORT.search(reason)
    if found is None:
        return reason
    extra = _EXTRA_OF.get(found.group(1).split(".")[0])
    if extra is None or f"[{extra}]" in reason:
        return reason
    return f"{reason}: the {extra} extra is not installed (pip install 'pwstats[{extra}]')"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    _name_extra(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, None]:
    outcome = yield
    _name_extra(outcome.get_result())


def _name_extra(report: pytest.TestReport | pytest.CollectReport) -> None:
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and len(longrepr) == 3:
        path, line, reason = longrepr
        report.longrepr = (path, line, _naming_the_extra(str(reason)))
