"""Statistics: :func:`pwstats.total` over event figures in groups, against a dict-of-sums floor.

Each size is a seeded synthetic data set shaped like a conflict-event data set (UCDP
GED): one event measure per figure, each figure low / best / high, the measures'
dims a conflict and a year, with about a hundred events per group (a million events
in 10,000 groups). The data set is reconciled once; ``total(report, by=("conflict",
"year"))`` is then timed against the floor: plain Python summing the same low / best /
high numbers into a dict keyed by (conflict, year), with none of the exact interval
ends, open/closed flags, contested members or summaries. Targets (issue 13): a total
over a million event figures in 10,000 groups in under ten seconds and at most ten
times the floor, and time growing at most with exponent 1.1 from 100,000 to a million.
The reconciliation that precedes it is timed too, to show where the time of
``total(dataset, ...)`` goes.
"""

from __future__ import annotations

import functools
import math
import random
import time
from typing import Any, Final

import attrs

from bench._timing import Result, fmt_seconds, interleaved, not_available, ratio_text

__all__ = ["Events", "available", "floor", "make", "run"]

BY: Final = ("conflict", "year")
YEARS: Final = 25


def available() -> str | None:
    """None when ``pwstats.stats`` can be imported, else why not."""
    try:
        from pwstats import stats  # noqa: F401
    except Exception as exc:  # a module being written may fail in any way
        return f"pwstats.stats not available ({type(exc).__name__}: {exc})"[:120]
    return None


@attrs.frozen
class Events:
    """A synthetic event data set and the same numbers as plain tuples for the floor."""

    dataset: Any
    rows: list[tuple[str, str, int, int, int]]
    groups: int


def make(n: int, *, groups: int | None = None, seed: int = 13) -> Events:
    """``n`` event measures with one low/best/high figure each, in ``groups`` groups.

    ``groups`` defaults to one per hundred events; each group is a (conflict, year).
    """
    from pwstats import Dataset, Figure, Measure

    groups = groups or max(1, n // 100)
    rng = random.Random(seed)
    conflicts = max(1, groups // YEARS)
    measures, figures, rows = [], [], []
    for i in range(n):
        g = i % groups
        conflict, year = str(g // YEARS % conflicts), str(2000 + g % YEARS)
        low = rng.randrange(0, 50)
        best = low + rng.randrange(0, 10)
        high = best + rng.randrange(0, 20)
        measures.append(
            Measure(
                id=f"e{i}",
                label="killed",
                kind="event",
                dims={"conflict": conflict, "year": year},
            )
        )
        figures.append(
            Figure(id=f"f{i}", measure=f"e{i}", low=low, best=best, high=high, as_of=f"{year}")
        )
        rows.append((conflict, year, low, best, high))
    return Events(Dataset(measures=measures, figures=figures), rows, groups)


def floor(rows: list[tuple[str, str, int, int, int]]) -> dict[tuple[str, str], list[int]]:
    """The plain-Python floor: low, best and high summed per (conflict, year)."""
    sums: dict[tuple[str, str], list[int]] = {}
    for conflict, year, low, best, high in rows:
        key = (conflict, year)
        s = sums.get(key)
        if s is None:
            sums[key] = [low, best, high]
        else:
            s[0] += low
            s[1] += best
            s[2] += high
    return sums


def check(events: Events, result: Any) -> None:
    """Raise unless the total agrees with the floor in every group (else timing means nothing)."""
    sums = floor(events.rows)
    if len(result.rows) != len(sums):
        raise AssertionError(f"total gave {len(result.rows)} groups, the floor {len(sums)}")
    for row in result.rows:
        low, best, high = sums[row.group["conflict"], row.group["year"]]
        got = (row.interval.lo, row.estimate.best, row.interval.hi)
        if got != (low, best, high):
            raise AssertionError(f"group {row.group}: total {got}, floor {(low, best, high)}")


def run(*, sizes: tuple[int, ...], repeats: int) -> list[Result]:
    """Time total() at each size against the floor, the reconciliation before it, and growth."""
    why = available()
    if why is not None:
        return [not_available("stats", f"total of {n:,} event figures", why) for n in sizes]
    from pwstats import reconcile
    from pwstats.stats import total

    rows: list[Result] = []
    times: dict[int, float] = {}
    floors: dict[int, float] = {}
    largest = max(sizes)
    for n in sorted(sizes):
        events = make(n)
        started = time.perf_counter()
        report = reconcile(events.dataset)
        reconcile_s = time.perf_counter() - started
        check(events, total(report, by=BY))
        reps = repeats if n < 1_000_000 else min(repeats, 3)
        c = interleaved(
            functools.partial(total, report, by=BY),
            functools.partial(floor, events.rows),
            repeats=reps,
            warmup=False,
        )
        times[n] = c.a
        floors[n] = c.b
        target, verdict = "", ""
        if n == largest and n >= 1_000_000:
            target = "< 10 s and ≤ 10.00x"
            verdict = "ok" if c.a < 10 and c.ratio <= 10 else "MISSED"
        rows.append(
            Result(
                group="stats",
                what=f"total of {n:,} event figures in {events.groups:,} groups (reconciled)",
                pwstats=fmt_seconds(c.a),
                against="dict-of-sums floor",
                baseline=fmt_seconds(c.b),
                ratio=ratio_text(c.ratio),
                target=target,
                verdict=verdict,  # type: ignore[arg-type]
                data={"n": n, "pwstats_s": c.a, "floor_s": c.b, "ratio": c.ratio},
            )
        )
        rows.append(
            Result(
                group="stats",
                what=f"  the reconcile before it ({n:,} figures), once",
                pwstats=fmt_seconds(reconcile_s),
                against="the total after it",
                baseline=fmt_seconds(c.a),
                ratio=ratio_text(reconcile_s / c.a if c.a else math.inf),
                data={"n": n, "reconcile_s": reconcile_s, "total_s": c.a},
            )
        )
    ordered = sorted(times)
    if len(ordered) >= 2:
        n1, n2 = ordered[-2], ordered[-1]
        growth = times[n2] / times[n1]
        exponent = math.log(growth) / math.log(n2 / n1)
        # The floor is linear by construction: its own growth in this run shows how much
        # of the growth is the machine (caches, memory, other load), not the algorithm.
        floor_growth = floors[n2] / floors[n1]
        floor_exponent = math.log(floor_growth) / math.log(n2 / n1)
        is_target = (n1, n2) == (100_000, 1_000_000)
        rows.append(
            Result(
                group="stats",
                what=(
                    f"growth of total {n1:,} → {n2:,} figures (exponent {exponent:.2f};"
                    f" the floor's {floor_exponent:.2f})"
                ),
                pwstats=f"{growth:.1f}x",
                against="the floor's growth",
                baseline=f"{floor_growth:.1f}x",
                ratio=ratio_text(growth / floor_growth),
                target="exponent ≤ 1.1" if is_target else "",
                verdict=("ok" if exponent <= 1.1 else "MISSED") if is_target else "",
                data={
                    "n1": n1,
                    "n2": n2,
                    "growth": growth,
                    "exponent": exponent,
                    "floor_growth": floor_growth,
                    "floor_exponent": floor_exponent,
                },
            )
        )
    rows.append(flow_growth(sizes=(max(1, largest // 100), max(2, largest // 50))))
    return rows


def _flow(days: int) -> Any:
    """A flow measure with one figure a day and a figure for each whole year they cover."""
    import datetime as dt

    from pwstats import Dataset, Figure, Interval, Measure

    start = dt.date(2000, 1, 1)
    figures = [
        Figure(
            id=f"d{i}",
            measure="deaths",
            value=Interval.closed(i % 5, i % 5 + 2),
            as_of=str(start + dt.timedelta(i)),
        )
        for i in range(days)
    ]
    by_year: dict[int, list[int]] = {}
    for i in range(days):
        by_year.setdefault((start + dt.timedelta(i)).year, []).append(i)
    for year, members in by_year.items():
        if len(members) >= 365:
            low = sum(i % 5 for i in members)
            figures.append(
                Figure(
                    id=f"y{year}",
                    measure="deaths",
                    value=Interval.closed(low, low + 2 * len(members)),
                    as_of=str(year),
                )
            )
    deaths = Measure(id="deaths", label="deaths", kind="flow")
    return Dataset(measures=[deaths], figures=figures)


def flow_growth(*, sizes: tuple[int, int]) -> Result:
    """Reconcile a flow of daily figures with yearly totals at two sizes: near-linear?"""
    from pwstats import reconcile

    seconds = []
    for days in sizes:
        data = _flow(days)
        started = time.perf_counter()
        report = reconcile(data)
        seconds.append(time.perf_counter() - started)
        assert report.status == "consistent", report.status
    n1, n2 = sizes
    exponent = math.log(max(seconds[1], 1e-9) / max(seconds[0], 1e-9)) / math.log(n2 / n1)
    return Result(
        group="stats",
        what=f"flow of {n1:,} → {n2:,} daily figures with yearly totals (exponent {exponent:.2f})",
        pwstats=f"{fmt_seconds(seconds[0])} / {fmt_seconds(seconds[1])}",
        against="linear growth",
        baseline=f"{n2 / n1:.1f}x",
        ratio=ratio_text(seconds[1] / seconds[0] if seconds[0] else math.inf),
        target="exponent ≤ 1.2" if n2 >= 10_000 else "",
        verdict=("ok" if exponent <= 1.2 else "MISSED") if n2 >= 10_000 else "",
        data={"sizes": list(sizes), "seconds": seconds, "exponent": exponent},
    )
