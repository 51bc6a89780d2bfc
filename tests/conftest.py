"""Test-suite settings: Hypothesis profiles.

``dev`` (the default) keeps local runs fast and draws new examples each run, to
find what no run has found; ``ci`` is thorough and derandomized (the same examples
for the same code and Hypothesis, so a build's result can be reproduced), and is
chosen when the ``CI`` environment variable is ``true``. ``HYPOTHESIS_PROFILE``
names a profile explicitly and wins over both. An example a ``dev`` run finds goes
into its test as an ``@example``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# The machines that run the tests are shared and noisy: neither profile judges speed
# (no deadline, no "too slow" health check). Speed is measured by bench/run.py.
for name, examples in (("dev", 30), ("ci", 200)):
    settings.register_profile(
        name,
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        derandomize=name == "ci",
    )
settings.load_profile(
    os.environ.get(
        "HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI", "").lower() == "true" else "dev"
    )
)


#: Optional extras whose tests are skipped when their package is missing: package, extra.
_EXTRAS = (
    ("matplotlib", "plot"),
    ("pandas", "pandas"),
    ("pyarrow", "arrow"),
    ("great_tables", "gt"),
    ("prov", "prov"),
    ("dask", "dask"),
    ("distributed", "dask"),
)


def pytest_report_header() -> list[str]:
    """Say at the top of the run which extras are missing, so their skipped tests are expected."""
    import importlib.util
    import sys

    def absent(package: str) -> bool:
        if package in sys.modules:  # None there means "blocked", as a test may set it
            return sys.modules[package] is None
        return importlib.util.find_spec(package) is None

    missing = [
        f"{package} (pip install 'pwstats[{extra}]')"
        for package, extra in _EXTRAS
        if absent(package)
    ]
    if not missing:
        return []
    return ["extras not installed, their tests are skipped: " + ", ".join(missing)]
