"""Collection settings for the whole repository (tests/conftest.py holds the test settings).

The Dask integration and its page are doctested only where the ``dask`` extra is
installed, as it is in CI (``.ci/run``); elsewhere tests/test_dask.py says it was skipped.
Likewise pwstats.scale's examples, one of which makes a pandas DataFrame.
"""

from __future__ import annotations

import importlib.util

collect_ignore = []
if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
    collect_ignore += ["src/pwstats/dask.py", "docs/scale.md"]
if importlib.util.find_spec("pandas") is None:
    collect_ignore += ["src/pwstats/scale.py"]
