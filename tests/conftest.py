"""Test-suite settings: Hypothesis profiles.

``dev`` (the default) keeps local runs fast; ``ci`` is thorough and is chosen
when the ``CI`` environment variable is ``true``. ``HYPOTHESIS_PROFILE`` names a
profile explicitly and wins over both.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=30)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get(
        "HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI", "").lower() == "true" else "dev"
    )
)
