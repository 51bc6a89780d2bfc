"""Hostile input, round 2 (issue 15): each escape an attack found, as a regression test.

Each test is named after what broke. Fuzzing of the same classes lives in
``tests/test_fuzz.py``; the number limit in ``tests/test_limits.py``.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

import pwstats
from pwstats import Dataset, Figure, Measure, Relation
from pwstats.cli import main

BIG = int(1.7e308)  # within the documented limit (the largest double is about 1.8e308)


def _huge_with_sum_and_share() -> Dataset:
    """Two figures of 1.7e308 whose sum is beyond the largest double, and a share of it."""
    return Dataset(
        measures=[
            *(Measure(id=i, label=i) for i in ("a", "b", "t")),
            Measure(id="s", label="s", unit="dimensionless"),
        ],
        figures=[
            Figure(id="fa", measure="a", value=BIG, as_of="2024"),
            Figure(id="fb", measure="b", value=BIG, as_of="2024"),
        ],
        relations=[Relation.sum("t", ["a", "b"]), Relation.share("a", "t", "s")],
    )


def test_figures_near_the_largest_double_with_a_sum_and_a_share_do_not_overflow() -> None:
    """reconcile and bound used to raise OverflowError (_corner turned an int into a float)."""
    data = _huge_with_sum_and_share()
    report = pwstats.reconcile(data)
    assert all(f.status != "contradiction" for f in report.findings)
    assert pwstats.bound(data, "t", at="2024").interval == pwstats.Interval.point(2 * BIG)
    share = pwstats.bound(data, "s", at="2024").interval
    assert Fraction(1, 2) in share


def test_check_of_huge_figures_exits_0_not_1(tmp_path: Path) -> None:
    """`check` used to exit 1 ("contradiction") on the OverflowError of huge figures."""
    path = tmp_path / "huge.json"
    pwstats.dump(_huge_with_sum_and_share(), path)
    assert main(["check", str(path)]) == 0


def test_plot_copes_with_any_finite_bound(tmp_path: Path) -> None:
    """plot used to raise OverflowError turning a bound beyond float range into a float."""
    pytest.importorskip("matplotlib")
    from pwstats.plot import timeline

    data = Dataset(
        measures=[Measure(id="m", label="m")],
        figures=[
            Figure(id="f", measure="m", value=pwstats.Interval.closed(10**300, BIG), as_of="2024"),
            Figure(id="g", measure="m", value=BIG, as_of="2024"),
        ],
        relations=[],
    )
    figure = timeline(data, "m", path=tmp_path / "huge.png")
    notes = [t.get_text() for t in figure.axes[0].texts]
    assert any("drawn at ±1e300" in n for n in notes)
    assert (tmp_path / "huge.png").stat().st_size > 0
    report = pwstats.reconcile(_huge_with_sum_and_share())
    timeline(report, "a", path=tmp_path / "sum.png")  # bounds of 2 * BIG in the report
