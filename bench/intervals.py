"""Intervals: build, intersect and hull many intervals, against portion and plain tuples.

The work, identical for the three contenders: build ``n`` closed intervals from two
lists of integer ends; intersect them in consecutive groups of ten; take the hull of
each group. The foundation issue's target is that pwstats builds a million intervals
and intersects them in groups of ten at least five times faster than portion does.
Plain ``(lo, hi)`` tuples are the floor: they know no open ends and no infinities, so
the tuple ratio says what exactness and validation cost.
"""

from __future__ import annotations

import functools
import operator
import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bench._timing import (
    Result,
    fmt_seconds,
    not_available,
    phase_ratio,
    ratio_text,
    rotated,
)

__all__ = ["run"]

GROUP = 10
PHASES = ("build", "intersect", "hull")


def make_ends(n: int, *, seed: int) -> tuple[list[int], list[int]]:
    """``n`` pairs of integer ends; each group of ten straddles a common centre."""
    rng = random.Random(seed)
    los: list[int] = []
    his: list[int] = []
    centre = 0
    for i in range(n):
        if i % GROUP == 0:
            centre = rng.randrange(0, 1_000_000)
        lo = centre - rng.randrange(0, 5_000)
        los.append(lo)
        his.append(lo + rng.randrange(0, 10_000))
    return los, his


def _groups(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i : i + GROUP] for i in range(0, len(items), GROUP)]


def _pwstats_work(los: list[int], his: list[int]) -> Callable[[], Mapping[str, float]]:
    from pwstats import Interval

    closed = Interval.closed

    def work() -> Mapping[str, float]:
        t0 = time.perf_counter()
        ivs = [closed(lo, hi) for lo, hi in zip(los, his, strict=True)]
        t1 = time.perf_counter()
        groups = _groups(ivs)
        meets = [functools.reduce(operator.and_, g) for g in groups]
        t2 = time.perf_counter()
        hulls = [functools.reduce(Interval.hull, g) for g in groups]
        t3 = time.perf_counter()
        assert len(meets) == len(hulls)
        return {"build": t1 - t0, "intersect": t2 - t1, "hull": t3 - t2}

    return work


def _portion_work(los: list[int], his: list[int]) -> Callable[[], Mapping[str, float]]:
    import portion

    closed = portion.closed

    def hull(a: Any, b: Any) -> Any:
        return (a | b).enclosure

    def work() -> Mapping[str, float]:
        t0 = time.perf_counter()
        ivs = [closed(lo, hi) for lo, hi in zip(los, his, strict=True)]
        t1 = time.perf_counter()
        groups = _groups(ivs)
        meets = [functools.reduce(operator.and_, g) for g in groups]
        t2 = time.perf_counter()
        hulls = [functools.reduce(hull, g) for g in groups]
        t3 = time.perf_counter()
        assert len(meets) == len(hulls)
        return {"build": t1 - t0, "intersect": t2 - t1, "hull": t3 - t2}

    return work


def _meet(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return None
    lo = a[0] if a[0] > b[0] else b[0]
    hi = a[1] if a[1] < b[1] else b[1]
    return (lo, hi) if lo <= hi else None


def _join(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return (a[0] if a[0] < b[0] else b[0], a[1] if a[1] > b[1] else b[1])


def _tuple_work(los: list[int], his: list[int]) -> Callable[[], Mapping[str, float]]:
    def work() -> Mapping[str, float]:
        t0 = time.perf_counter()
        ivs: list[tuple[int, int]] = [(lo, hi) for lo, hi in zip(los, his, strict=True) if lo <= hi]
        t1 = time.perf_counter()
        groups = _groups(ivs)
        meets = [functools.reduce(_meet, g) for g in groups]
        t2 = time.perf_counter()
        hulls = [functools.reduce(_join, g) for g in groups]
        t3 = time.perf_counter()
        assert len(meets) == len(hulls)
        return {"build": t1 - t0, "intersect": t2 - t1, "hull": t3 - t2}

    return work


def check_agreement(los: list[int], his: list[int]) -> None:
    """Raise if pwstats, portion and tuples disagree on any group (a broken benchmark)."""
    from pwstats import Interval

    ivs = [Interval.closed(lo, hi) for lo, hi in zip(los, his, strict=True)]
    tuples: list[tuple[int, int]] = list(zip(los, his, strict=True))
    for g, t in zip(_groups(ivs), _groups(tuples), strict=True):
        meet = functools.reduce(operator.and_, g)
        expected = functools.reduce(_meet, t)
        got = None if meet.is_empty else (meet.lo, meet.hi)
        if got != expected:
            raise AssertionError(f"intersection differs: pwstats {meet}, tuples {expected}")
        hull = functools.reduce(Interval.hull, g)
        if (hull.lo, hull.hi) != functools.reduce(_join, t):
            raise AssertionError(f"hull differs: pwstats {hull}")


def run(*, n: int, repeats: int, seed: int = 7) -> list[Result]:
    """Time the three contenders on ``n`` intervals; one table row per phase and rival."""
    los, his = make_ends(n, seed=seed)
    check_agreement(los[: 10 * GROUP], his[: 10 * GROUP])
    label = f"{n:,} intervals"
    try:
        import portion  # noqa: F401
    except ImportError:
        has_portion = False
    else:
        has_portion = True
    workloads = [_pwstats_work(los, his), _tuple_work(los, his)]
    if has_portion:
        workloads.append(_portion_work(los, his))
    timings = rotated(workloads, repeats=repeats)
    pw, tup = timings[0], timings[1]
    rows: list[Result] = []
    rivals: list[tuple[str, list[Mapping[str, float]] | None]] = [
        ("portion", timings[2] if has_portion else None),
        ("(lo, hi) tuples", tup),
    ]
    tasks: list[tuple[str, tuple[str, ...]]] = [
        ("build", ("build",)),
        ("intersect in 10s", ("intersect",)),
        ("hull of 10s", ("hull",)),
        ("build + intersect", ("build", "intersect")),
    ]
    for rival, rt in rivals:
        for task, phases in tasks:
            what = f"{task}, {label}"
            target = "≤ 0.20x (5x faster)" if rival == "portion" and len(phases) == 2 else ""
            if rt is None:
                rows.append(
                    not_available(
                        "intervals", f"{what} vs {rival}", "portion not installed", target=target
                    )
                )
                continue
            c = phase_ratio(pw, rt, phases)
            verdict: Any = ("ok" if c.ratio <= 0.2 else "MISSED") if target else ""
            rows.append(
                Result(
                    group="intervals",
                    what=what,
                    pwstats=fmt_seconds(c.a),
                    against=rival,
                    baseline=fmt_seconds(c.b),
                    ratio=ratio_text(c.ratio),
                    target=target,
                    verdict=verdict,
                    data={
                        "n": n,
                        "phases": list(phases),
                        "pwstats_s": c.a,
                        "baseline_s": c.b,
                        "ratio": c.ratio,
                        "repeats": c.repeats,
                    },
                )
            )
    return rows
