"""A toy downstream project: it uses pwstats only as a user would.

It imports nothing but the public ``pwstats`` namespace and ``pwstats.strategies``,
relies on no conftest (its Hypothesis settings are its own), and checks a small
publishing pipeline of its own with pwstats' strategies.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import pwstats
from pwstats.strategies import datasets

OWN_SETTINGS = settings(max_examples=25, deadline=None)


# -- the downstream project's own code ----------------------------------------------------


def widen(iv: pwstats.Interval, margin: int | Fraction) -> pwstats.Interval:
    """Widen each finite end of ``iv`` by ``margin`` (a publishing safety margin)."""
    return iv + pwstats.Interval.closed(-margin, margin)


def publish(report: pwstats.Report, *, margin: int = 1) -> list[dict[str, Any]]:
    """One published row per finding: the reconciled bounds, widened, and the best estimate."""
    rows = []
    for finding in report.findings:
        rows.append(
            {
                "measure": finding.measure,
                "as_of": str(finding.as_of),
                "range": widen(finding.bounds, margin),
                "best": finding.estimate.best,
                "status": finding.status,
            }
        )
    return rows


# -- its tests -------------------------------------------------------------------------------


@OWN_SETTINGS
@given(st.from_type(pwstats.Interval), st.integers(0, 100))
def test_widening_keeps_the_interval(iv: pwstats.Interval, margin: int) -> None:
    """A widened interval contains the original one."""
    assert widen(iv, margin).contains(iv)


@OWN_SETTINGS
@given(datasets(consistent=True, max_figures=10))
def test_published_range_contains_the_best_estimate(dataset: pwstats.Dataset) -> None:
    """For consistent data, every published range holds the reconciled best estimate.

    A derived finding (a sum's total no figure states) may have no best value.
    """
    rows = publish(pwstats.reconcile(dataset))
    assert len(rows) >= 1 or not dataset.figures
    for row in rows:
        assert row["status"] in ("consistent", "derived")
        if row["status"] == "consistent":
            assert row["best"] is not None
        assert row["best"] is None or row["best"] in row["range"]


@OWN_SETTINGS
@given(st.from_type(pwstats.Dataset))
def test_pipeline_accepts_any_dataset(dataset: pwstats.Dataset) -> None:
    """The pipeline publishes one row per finding for any data set st.from_type draws."""
    report = pwstats.reconcile(dataset)
    assert len(publish(report)) == len(report.findings)
