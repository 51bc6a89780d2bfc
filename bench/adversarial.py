"""Hostile shapes for reconcile: each at three sizes, with its growth exponent.

Each shape is one a real data set or an attack produced that was once quadratic
(issue "reconcile as a pipeline of stages", "Costs"). The growth exponent is the
slope of log(time) over log(size) from the smallest to the largest size: 1 is
linear, 2 quadratic; the target is at most 1.2 for every shape. The sizes start at
2,000: a running total whose events are dated by year-long spans links nothing for
its first year of daily figures, and from 1,000 figures a third of them would be in
that first year, so the exponent would measure the warm-up rather than the growth.
Times are the best of a few runs, in CPU time (``time.process_time``): on a shared
machine a process waiting for the processor at one size and not at another bent the
exponent, which a quiet machine's wall time would not. Each shape runs once untimed
first (its imports and caches are no part of its growth); the quick run doubles a
shape's sizes until its smallest takes a readable time (``min_seconds``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from bench._timing import Result, fmt_seconds, interleaved, ratio_text

TARGET = 1.2
#: The full run's sizes (a shape's, over its divisor): the quick run never grows past them.
SIZES = (2_000, 4_000, 8_000)
#: Extreme magnitudes may cost at most this many times ordinary ones (issue 15: a share
#: of 2^-3000 once made reconcile take a hundred times longer, or minutes).
EXTREME_TARGET = 5.0
#: A number near each edge of the limit, and the ordinary number that stands in for it.
BIG, TINY = int(1.7976931348623157e308), Fraction(1, 2**3000)


def _dataset(**kw: object) -> object:
    from pwstats.model import Dataset

    return Dataset(**kw)  # type: ignore[arg-type]


def sum_of_parts(n: int) -> Callable[[], object]:
    """A complete sum over n parts, each part and the total with a figure."""
    from pwstats import Figure, Measure, Relation, reconcile

    parts = [Measure(id=f"p{i}", label="part", kind="event") for i in range(n)]
    total = Measure(id="total", label="total", kind="event")
    figures = [Figure(id=f"f{i}", measure=f"p{i}", value=i % 7, as_of="2024") for i in range(n)]
    figures.append(Figure(id="t", measure="total", value=3 * n, as_of="2024"))
    data = _dataset(
        measures=[total, *parts],
        figures=figures,
        relations=[Relation.sum("total", [p.id for p in parts], id="s")],
    )
    return lambda: reconcile(data)  # type: ignore[arg-type]


def bound_among_events(n: int) -> Callable[[], object]:
    """bound() of one event among n unrelated ones: only its component is reconciled."""
    from pwstats import Figure, Measure, bound

    measures = [Measure(id=f"e{i}", label="event", kind="event") for i in range(n)]
    figures = [Figure(id=f"f{i}", measure=f"e{i}", value=i, as_of="2024") for i in range(n)]
    data = _dataset(measures=measures, figures=figures)
    return lambda: bound(data, "e0", at="2024")  # type: ignore[arg-type]


def disjoint_figures(n: int) -> Callable[[], object]:
    """n pairwise disjoint figures of one event measure (n − 1 conflicts)."""
    from pwstats import Figure, Measure, reconcile

    m = Measure(id="e", label="event", kind="event")
    figures = [
        Figure(id=f"f{i:06}", measure="e", value=10 * i, as_of=f"2024-01-{1 + i % 28:02}")
        for i in range(n)
    ]
    data = _dataset(measures=[m], figures=figures)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def wide_ranges_beside_points(n: int) -> Callable[[], object]:
    """n wide ranges and n different points of one level, each from its own speaker: n
    largest agreeing sets tie (each point with every range), n + 1 figures each."""
    from pwstats import Figure, Interval, Measure, Source, reconcile

    m = Measure(id="m", label="level", kind="level")
    wide = Interval.closed(0, 10 * n)
    figures = [
        Figure(id=f"w{i:06}", measure="m", value=wide, as_of="2024", source=Source(name=f"W{i}"))
        for i in range(n)
    ]
    figures += [
        Figure(id=f"p{i:06}", measure="m", value=i, as_of="2024", source=Source(name=f"P{i}"))
        for i in range(n)
    ]
    data = _dataset(measures=[m], figures=figures)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def levels_tied_by_le(n: int) -> Callable[[], object]:
    """Two level measures tied by ≤, each with figures on n different dates (interleaved)."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation, reconcile

    a = Measure(id="a", label="a", kind="level")
    b = Measure(id="b", label="b", kind="level")
    start = dt.date(2000, 1, 1)
    figures = []
    for i in range(n):
        figures.append(
            Figure(id=f"a{i}", measure="a", value=100, as_of=str(start + dt.timedelta(2 * i)))
        )
        figures.append(
            Figure(id=f"b{i}", measure="b", value=200, as_of=str(start + dt.timedelta(2 * i + 1)))
        )
    data = _dataset(measures=[a, b], figures=figures, relations=[Relation.le("a", "b", id="r")])
    return lambda: reconcile(data)  # type: ignore[arg-type]


def misspelt_measures(n: int) -> Callable[[], object]:
    """n figures naming misspelt measure ids among n measures: every problem is reported."""
    from pwstats import DatasetErrors, Figure, Measure

    measures = [Measure(id=f"measure-{i}", label="m") for i in range(n)]
    figures = [Figure(id=f"f{i}", measure=f"mesure-{i}", value=1, as_of="2024") for i in range(n)]

    def build() -> object:
        try:
            _dataset(measures=measures, figures=figures)
        except DatasetErrors as exc:
            return exc
        raise AssertionError("expected errors")

    return build


def running_total_with_long_event(n: int) -> Callable[[], object]:
    """A running total of n daily figures, one event dated across the whole span."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation, reconcile

    total = Measure(id="t", label="total", kind="cumulative")
    event = Measure(id="e", label="event", kind="event")
    start = dt.date(2000, 1, 1)
    end = start + dt.timedelta(n + 1)
    figures = [
        Figure(id=f"t{i}", measure="t", value=10 * i, as_of=str(start + dt.timedelta(i + 1)))
        for i in range(n)
    ]
    figures.append(Figure(id="e", measure="e", value=1, as_of=f"{start}/{end}"))
    data = _dataset(
        measures=[total, event],
        figures=figures,
        relations=[Relation.accumulates("t", ["e"], id="acc")],
    )
    return lambda: reconcile(data)  # type: ignore[arg-type]


def running_total_with_year_long_events(n: int) -> Callable[[], object]:
    """A running total of n daily figures and n events each dated by a 365-day span."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation, reconcile

    total = Measure(id="t", label="total", kind="cumulative")
    events = [Measure(id=f"e{i}", label="event", kind="event") for i in range(n)]
    start = dt.date(2000, 1, 1)
    figures = [
        Figure(id=f"t{i}", measure="t", value=10 * i, as_of=str(start + dt.timedelta(i)))
        for i in range(n)
    ]
    figures += [
        Figure(
            id=f"e{i}",
            measure=f"e{i}",
            value=1,
            as_of=f"{start + dt.timedelta(i)}/{start + dt.timedelta(i + 364)}",
        )
        for i in range(n)
    ]
    data = _dataset(
        measures=[total, *events],
        figures=figures,
        relations=[Relation.accumulates("t", [e.id for e in events], id="acc")],
    )
    return lambda: reconcile(data)  # type: ignore[arg-type]


def complete_running_total(n: int) -> Callable[[], object]:
    """A running total of n daily figures with the complete list of its n dated events."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation, reconcile

    total = Measure(id="t", label="total", kind="cumulative")
    events = [Measure(id=f"e{i}", label="event", kind="event") for i in range(n)]
    start = dt.date(2000, 1, 1)
    figures = [
        Figure(id=f"t{i}", measure="t", value=i + 1, as_of=str(start + dt.timedelta(i)))
        for i in range(n)
    ]
    figures += [
        Figure(id=f"e{i}", measure=f"e{i}", value=1, as_of=str(start + dt.timedelta(i)))
        for i in range(n)
    ]
    data = _dataset(
        measures=[total, *events],
        figures=figures,
        relations=[Relation.accumulates("t", [e.id for e in events], complete=True, id="acc")],
    )
    return lambda: reconcile(data)  # type: ignore[arg-type]


def flow_days_against_periods(n: int) -> Callable[[], object]:
    """A flow stated for each of n days (10 a day) and for each two-day period (5 + i on
    day i): most periods contradict the days they cover, a conflict each."""
    import datetime as dt

    from pwstats import Figure, Measure, reconcile

    flow = Measure(id="a", label="flow", kind="flow")
    start = dt.date(2000, 1, 1)
    figures = []
    for i in range(n):
        day = start + dt.timedelta(i)
        figures.append(Figure(id=f"d{i}", measure="a", value=10, as_of=str(day)))
        figures.append(
            Figure(id=f"p{i}", measure="a", value=5 + i, as_of=f"{day}/{day + dt.timedelta(1)}")
        )
    data = _dataset(measures=[flow], figures=figures)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def _flow_periods(spans: Sequence[tuple[int, int, int, int]]) -> object:
    """A flow with a figure [lo, hi] over each (first day, last day) from 1 January 2000."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure

    start = dt.date(2000, 1, 1)
    figures = [
        Figure(
            id=f"p{k}",
            measure="a",
            value=Interval.closed(lo, hi),
            as_of=f"{start + dt.timedelta(a)}/{start + dt.timedelta(z)}",
        )
        for k, (a, z, lo, hi) in enumerate(spans)
    ]
    return _dataset(measures=[Measure(id="a", label="flow", kind="flow")], figures=figures)


def flow_nested_periods(n: int) -> Callable[[], object]:
    """A flow stated over n periods nested around one day (one more day each side each),
    about 10 a day: every period holds all the shorter ones."""
    from pwstats import reconcile

    data = _flow_periods([(n - i, n + i, 9 * (2 * i + 1), 11 * (2 * i + 1)) for i in range(n)])
    return lambda: reconcile(data)  # type: ignore[arg-type]


def flow_nested_conflicts(n: int) -> Callable[[], object]:
    """A flow stated over n periods nested around one day, 10 a day, but every third
    period stated 5 below the period inside it: a conflict each, on which the running
    count's bounds crept a few units a pass (quadratic, and past a cap a round each)."""
    from pwstats import reconcile

    spans = []
    for i in range(n):
        value = 10 * (2 * i + 1) if i % 3 != 2 else 10 * (2 * i - 1) - 5
        spans.append((n - i, n + i, value, value))
    data = _flow_periods(spans)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def flow_hidden_conflicts(n: int) -> Callable[[], object]:
    """One stretch of a flow over 4n days, each four days stated so that one conflict
    hides another: 0 over days 0–2 against day 0 in [1, 2]; and 3 on day 3 against 1 over
    days 1–3 and 0 over days 2–3, across the running count the first left with no value
    (a second conflict was found only by a run of its own, once a conflict). At least 0
    over each day 3 and the next day 0 keeps the stretch one."""
    from pwstats import reconcile

    spans: list[tuple[int, int, int, int]] = []
    for j in range(n):
        d = 4 * j
        spans += [(d, d + 2, 0, 0), (d + 1, d + 3, 1, 1), (d, d, 1, 2), (d + 2, d + 3, 0, 0)]
        spans += [(d + 3, d + 3, 3, 3), (d + 3, d + 4, 0, 10**6)]
    data = _flow_periods(spans)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def levels_hidden_conflicts(n: int) -> Callable[[], object]:
    """Held = released + missing on each of n dates, each date's figures two conflicts
    through held: 0 against missing 1, and at most 1 against released 2, which the first
    hid (held was left with no value; found by looking behind it, once a date)."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure, Relation, reconcile

    measures = [Measure(id=m, label=m, kind="level") for m in ("held", "released", "missing")]
    start = dt.date(2000, 1, 1)
    figures = []
    for i in range(n):
        day = str(start + dt.timedelta(i))
        figures += [
            Figure(id=f"h{i}", measure="held", value=0, as_of=day),
            Figure(id=f"r{i}", measure="released", value=2, as_of=day),
            Figure(id=f"m{i}", measure="missing", value=1, as_of=day),
            Figure(id=f"a{i}", measure="held", value=Interval.closed(0, 1), as_of=day),
        ]
    data = _dataset(
        measures=measures,
        figures=figures,
        relations=[Relation.sum("held", ["released", "missing"], id="s")],
    )
    return lambda: reconcile(data, reading="literal")  # type: ignore[arg-type]


def flow_overlapping_periods(n: int) -> Callable[[], object]:
    """A flow stated over n periods of n / 2 days, each starting a day after the last
    (a staircase), about 10 a day: each period partly overlaps every other."""
    from pwstats import reconcile

    half = max(1, n // 2)
    data = _flow_periods([(i, i + half - 1, 9 * half, 11 * half) for i in range(n)])
    return lambda: reconcile(data)  # type: ignore[arg-type]


def _floors_over_days(
    n: int, spans: Sequence[tuple[int, int]], missing: frozenset[int] = frozenset()
) -> object:
    """A flow with an estimate for each of n days (10 a day) and a floor over each span
    (first day, last day): each floor states no value, so the days' estimates tile it."""
    import datetime as dt

    from pwstats import Figure, Measure

    start = dt.date(2000, 1, 1)

    def day(k: int) -> dt.date:
        return start + dt.timedelta(k)

    days = [
        Figure(
            id=f"d{k}", measure="a", basis="estimate", low=8, best=10, high=12, as_of=f"{day(k)}"
        )
        for k in range(n)
        if k not in missing
    ]
    floors = [
        Figure(id=f"f{k}", measure="a", low=5 * (z - a + 1), as_of=f"{day(a)}/{day(z)}")
        for k, (a, z) in enumerate(spans)
    ]
    return _dataset(measures=[Measure(id="a", label="flow", kind="flow")], figures=days + floors)


def floors_nested_over_days(n: int) -> Callable[[], object]:
    """A flow estimated each of 2n days, and n floors over periods nested around one day
    (one more day each side each): each floor's best is its days' sum, every period
    holding all the shorter ones."""
    from pwstats import reconcile

    data = _floors_over_days(2 * n + 1, [(n - i, n + i) for i in range(1, n)])
    return lambda: reconcile(data)  # type: ignore[arg-type]


def floors_since_a_day(n: int) -> Callable[[], object]:
    """A flow estimated each of n days, and a floor "since the first day" at each day:
    n periods sharing their first day, each holding all the shorter ones."""
    from pwstats import reconcile

    data = _floors_over_days(n, [(0, z) for z in range(1, n)])
    return lambda: reconcile(data)  # type: ignore[arg-type]


def floors_in_a_staircase_over_days(n: int) -> Callable[[], object]:
    """A flow estimated each of 2n days, and n floors of n days, each a day after the
    last: each floor's best is the sum of its n days' (tilings of n pieces each)."""
    from pwstats import reconcile

    data = _floors_over_days(2 * n, [(i, i + n - 1) for i in range(n)])
    return lambda: reconcile(data)  # type: ignore[arg-type]


def floors_in_a_staircase_over_a_gap(n: int) -> Callable[[], object]:
    """The staircase of floors above with day n unstated: the floors across it have no
    tiling, each looked for past the walk's dead end (within a linear effort)."""
    from pwstats import reconcile

    data = _floors_over_days(2 * n, [(i, i + n - 1) for i in range(n)], frozenset({n}))
    return lambda: reconcile(data)  # type: ignore[arg-type]


def flow_weeks_and_months(n: int) -> Callable[[], object]:
    """A flow stated for n weeks and the months they cross (30 days each), about 10 a
    day, and bound() of a period that crosses both a week and a month in the middle."""
    import datetime as dt

    from pwstats import bound

    weeks = [(7 * i, 7 * i + 6, 63, 77) for i in range(n)]
    months = [(30 * i, 30 * i + 29, 270, 330) for i in range(7 * n // 30)]
    data = _flow_periods([*weeks, *months])
    middle = dt.date(2000, 1, 1) + dt.timedelta(7 * n // 2 + 3)
    at = f"{middle}/{middle + dt.timedelta(30)}"
    return lambda: bound(data, "a", at=at)  # type: ignore[arg-type]


def ring_of_shares(n: int) -> Callable[[], object]:
    """n measures in a ring of shares (each half the next) through a percent measure."""
    from pwstats import Figure, Measure, Relation, reconcile

    measures = [Measure(id=f"m{i}", label="m", kind="event") for i in range(n)]
    pct = Measure(id="pct", label="share", unit="percent", kind="event")
    relations = [Relation.share(f"m{i}", f"m{(i + 1) % n}", "pct", id=f"r{i}") for i in range(n)]
    figures = [
        Figure(id="m0", measure="m0", value=1000, as_of="2024"),
        Figure(id="pct", measure="pct", value=Fraction(50), as_of="2024"),
    ]
    data = _dataset(measures=[*measures, pct], figures=figures, relations=relations)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def revised_vintages(n: int) -> Callable[[], object]:
    """n level measures, each stated once and then revised (n revisions, n findings)."""
    from pwstats import Figure, Measure, reconcile

    measures = [Measure(id=f"m{i}", label="m", kind="level") for i in range(n)]
    figures = []
    for i in range(n):
        figures.append(Figure(id=f"v1-{i}", measure=f"m{i}", value=100 + i, as_of="2024-01-01"))
        figures.append(
            Figure(
                id=f"v2-{i}", measure=f"m{i}", value=101 + i, as_of="2024-01-01", revises=f"v1-{i}"
            )
        )
    data = _dataset(measures=measures, figures=figures)
    return lambda: reconcile(data, revisions="compare")  # type: ignore[arg-type]


def report_bound_of_each(n: int) -> Callable[[], object]:
    """Report.bound of each of n level figures' measure and date, after one reconcile.

    One level measure stated on n days, one figure a day: every call answers from
    the finished run (the first builds its index of set-aside figures).
    """
    import datetime as dt

    from pwstats import Figure, Measure, reconcile

    day = dt.date(2000, 1, 1)
    days = [str(day + dt.timedelta(i)) for i in range(n)]
    level = Measure(id="l", label="level", kind="level")
    figures = [
        Figure(id=f"f{i}", measure="l", value=100 + i % 9, as_of=d) for i, d in enumerate(days)
    ]
    data = _dataset(measures=[level], figures=figures)

    def each() -> object:
        report = reconcile(data)  # type: ignore[arg-type]
        return [report.bound("l", at=d) for d in days]

    return each


def report_bound_between_figures(n: int) -> Callable[[], object]:
    """Report.bound at each of n dates between the n figures of a running total.

    A sparse running total read as a daily table: one figure every other day, and a
    query on each day between two of them (no cell of the run is as of it).
    """
    import datetime as dt

    from pwstats import Figure, Measure, reconcile

    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    figures = [
        Figure(id=f"f{i}", measure="t", value=10 * i + i % 3, as_of=str(day + dt.timedelta(2 * i)))
        for i in range(n)
    ]
    between = [str(day + dt.timedelta(2 * i + 1)) for i in range(n)]
    data = _dataset(measures=[total], figures=figures)

    def each() -> object:
        report = reconcile(data)  # type: ignore[arg-type]
        return [report.bound("t", at=d) for d in between]

    return each


def falls_below_one_day(n: int) -> Callable[[], object]:
    """A running total's day of n agreeing figures saying less and less ("at least 1" …),
    then n days at 0, and Report.bound at the last.

    Each figure of the first day fell: a conflict of its own, once, not once a later
    day; the conflicts the dead cells hid are looked for without the falls' figures
    (one round, not one a figure); the bound sets aside the figures it contradicts.
    """
    import datetime as dt

    from pwstats import Figure, Interval, Measure, reconcile

    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    figures = [Figure(id="all", measure="t", value=n, as_of=str(day))]
    figures += [
        Figure(id=f"least{k}", measure="t", value=Interval.at_least(k), as_of=str(day))
        for k in range(1, n)
    ]
    later = [str(day + dt.timedelta(1 + k)) for k in range(n)]
    figures += [Figure(id=f"zero{k}", measure="t", value=0, as_of=d) for k, d in enumerate(later)]
    data = _dataset(measures=[total], figures=figures)

    def last() -> object:
        report = reconcile(data)  # type: ignore[arg-type]
        return report.bound("t", at=later[-1])

    return last


def spikes_in_a_running_total(n: int) -> Callable[[], object]:
    """A running total over n days rising by 10 a day, every tenth day a spike of
    1,000 above the trend that the next days fall below: each spike is out of line
    (the series step finds the largest set of days that holds together, O(n log n)),
    and a bound at the last day."""
    import datetime as dt

    from pwstats import Figure, Measure, reconcile

    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    dates = [str(day + dt.timedelta(k)) for k in range(n)]
    figures = [
        Figure(id=f"d{k}", measure="t", value=10 * k + (1000 if k % 10 == 5 else 0), as_of=d)
        for k, d in enumerate(dates)
    ]
    data = _dataset(measures=[total], figures=figures)

    def last() -> object:
        report = reconcile(data)  # type: ignore[arg-type]
        return report.bound("t", at=dates[-1])

    return last


def outliers_before_a_crowded_day(n: int) -> Callable[[], object]:
    """A running total "at least k" on each of n days, then a day of n figures saying 0
    and a day after it: every rising day but the first is out of line with the crowded
    day, a fall each, shown without propagating along the days between (which took
    quadratic time: 51 s at 2,000 days), and a bound at the first day."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure, reconcile

    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    figures = [
        Figure(
            id=f"least{k}",
            measure="t",
            value=Interval.at_least(k),
            as_of=str(day + dt.timedelta(k)),
        )
        for k in range(n)
    ]
    crowded = str(day + dt.timedelta(n))
    figures += [Figure(id=f"zero{k}", measure="t", value=0, as_of=crowded) for k in range(n)]
    figures.append(Figure(id="after", measure="t", value=n, as_of=str(day + dt.timedelta(n + 1))))
    data = _dataset(measures=[total], figures=figures)

    def first() -> object:
        report = reconcile(data)  # type: ignore[arg-type]
        assert len(report.conflicts) == n - 1
        return report.bound("t", at=str(day))

    return first


def cut_off_by_a_contradiction(n: int) -> Callable[[], object]:
    """A running total "at least k" from two speakers on each of n days, each day also a
    third figure below them set aside, then a day whose figures fall below them all
    (its cell left with no value) and a cap after it.

    Every day's finding is bounded from above past the contradiction's cut, by the cap:
    each is worked out from one run without the figures set aside, not by making each
    day's bound, which lists every figure set aside (quadratic: n days, n figures)."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure, Source, reconcile

    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    figures = []
    for k in range(n):
        d = str(day + dt.timedelta(k))
        figures += [
            Figure(
                id=f"{who}{k}",
                measure="t",
                value=Interval.at_least(k),
                as_of=d,
                source=Source(name=who),
            )
            for who in ("A", "B")
        ]
        figures.append(
            Figure(
                id=f"C{k}",
                measure="t",
                value=Interval.closed(0, k // 2),
                as_of=d,
                source=Source(name="C"),
            )
        )
    dead = str(day + dt.timedelta(n))
    figures += [
        Figure(id="zero", measure="t", value=0, as_of=dead),
        Figure(id="low", measure="t", value=Interval.closed(0, 1), as_of=dead),
        Figure(id="cap", measure="t", value=n + 5, as_of=str(day + dt.timedelta(n + 1))),
    ]
    data = _dataset(measures=[total], figures=figures)

    def first() -> object:
        report = reconcile(data, reading="literal")  # type: ignore[arg-type]
        assert report.findings[n - 1].bounds.hi == n + 5
        return report.bound("t", at=str(day))

    return first


def falls_of_every_other_day(n: int) -> Callable[[], object]:
    """A running total "at least 10k + 10" on even days and "at most 10k + 5" on the odd
    day after each (n falls, every cell in a contradiction's component), and a cap.

    Each finding's end nothing bounds is taken past the cut from one run of the
    component without every figure set aside or contested: a run a cell, keeping each
    cell's own figures, was quadratic (69 s at 1,000)."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure, reconcile

    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    figures = []
    for k in range(n):
        rise, fall = str(day + dt.timedelta(2 * k)), str(day + dt.timedelta(2 * k + 1))
        figures.append(
            Figure(id=f"a{k}", measure="t", value=Interval.at_least(10 * k + 10), as_of=rise)
        )
        figures.append(
            Figure(id=f"b{k}", measure="t", value=Interval.closed(0, 10 * k + 5), as_of=fall)
        )
    figures.append(
        Figure(id="cap", measure="t", value=10**6, as_of=str(day + dt.timedelta(2 * n + 1)))
    )
    data = _dataset(measures=[total], figures=figures)

    def first() -> object:
        report = reconcile(data, reading="literal")  # type: ignore[arg-type]
        return report.bound("t", at=str(day))

    return first


def levels_under_a_falling_total(n: int) -> Callable[[], object]:
    """A level stated on n days ("at least k" by two speakers, 0 by a third, set aside)
    at most a running total that falls after them: each level date is cut off by the
    fall. Its figures set aside are keyed by date, yet the run past the cut is one for
    the data set, not one a date (quadratic: 11 s at 400 dates)."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure, Relation, Source, reconcile

    def day(k: int) -> str:
        return str(dt.date(2000, 1, 1) + dt.timedelta(k))

    figures = [
        Figure(id="t1", measure="t", value=Interval.at_least(2 * 10**6), as_of=day(n)),
        Figure(id="t2", measure="t", value=Interval.closed(0, 10**6), as_of=day(n + 1)),
    ]
    for k in range(n):
        said = (("A", Interval.at_least(k + 1)), ("B", Interval.at_least(k + 1)), ("C", 0))
        figures += [
            Figure(id=f"{s}{k}", measure="l", value=v, as_of=day(k), source=Source(name=s))
            for s, v in said
        ]
    measures = [
        Measure(id="t", label="t", kind="cumulative"),
        Measure(id="l", label="l", kind="level"),
    ]
    data = _dataset(measures=measures, figures=figures, relations=[Relation.le("l", "t", id="r")])

    def first() -> object:
        return reconcile(data).bound("l", at=day(0))  # type: ignore[arg-type]

    return first


def related_levels(n: int) -> tuple[object, list[str]]:
    """Levels in a relation stated every other day, and the n days between (no cell).

    held ≥ detained + transferred (an incomplete sum), transferred a running total stated
    once: at a day no figure is as of, held is at least what that figure says.
    """
    import datetime as dt

    from pwstats import Figure, Measure, Relation

    day = dt.date(2000, 1, 1)
    measures = [
        Measure(id="held", label="held", kind="level"),
        Measure(id="detained", label="detained", kind="level"),
        Measure(id="transferred", label="transferred", kind="cumulative"),
    ]
    figures = [Figure(id="t", measure="transferred", value=50, as_of="2000-01-01")]
    for i in range(n):
        at = str(day + dt.timedelta(2 * i))
        figures.append(Figure(id=f"h{i}", measure="held", value=300 + i % 7, as_of=at))
        figures.append(Figure(id=f"d{i}", measure="detained", value=200 + i % 5, as_of=at))
    data = _dataset(
        measures=measures,
        figures=figures,
        relations=[Relation.sum("held", ["detained", "transferred"], complete=False, id="s")],
    )
    return data, [str(day + dt.timedelta(2 * i + 1)) for i in range(n)]


def related_running_total(n: int) -> tuple[object, list[str]]:
    """A running total stated every other day under another (through ≤) stated once, at
    the end, and the n days between (no cell)."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation

    day = dt.date(2000, 1, 1)
    measures = [
        Measure(id="returned", label="returned", kind="cumulative"),
        Measure(id="cap", label="cap", kind="cumulative"),
    ]
    end = str(day + dt.timedelta(2 * n))
    figures = [Figure(id="cap", measure="cap", value=10 * n + 5, as_of=end)]
    figures += [
        Figure(id=f"r{i}", measure="returned", value=10 * i, as_of=str(day + dt.timedelta(2 * i)))
        for i in range(n)
    ]
    data = _dataset(
        measures=measures, figures=figures, relations=[Relation.le("returned", "cap", id="le")]
    )
    return data, [str(day + dt.timedelta(2 * i + 1)) for i in range(n)]


def _returned_and_an_event_a_day(n: int) -> tuple[Any, list[Any], list[Any]]:
    """The first day, n events and the figures of a running total "returned" stated every
    other day (10 more each time) with one event stated on each day between."""
    import datetime as dt

    from pwstats import Figure, Measure

    day = dt.date(2000, 1, 1)
    events = [Measure(id=f"e{i}", label="event", kind="event") for i in range(n)]
    figures = [
        Figure(id=f"r{i}", measure="returned", value=10 * i, as_of=str(day + dt.timedelta(2 * i)))
        for i in range(n)
    ]
    figures += [
        Figure(id=f"x{i}", measure=f"e{i}", value=1, as_of=str(day + dt.timedelta(2 * i + 1)))
        for i in range(n)
    ]
    return day, events, figures


def accumulating_running_total(n: int) -> tuple[object, list[str]]:
    """A running total stated every other day that accumulates an event a day, and the
    n days between (no cell): each such query once reconciled the component again
    (quadratic); its time rules are now read off the run's walks (near-linear)."""
    import datetime as dt

    from pwstats import Measure, Relation

    day, events, figures = _returned_and_an_event_a_day(n)
    data = _dataset(
        measures=[Measure(id="returned", label="returned", kind="cumulative"), *events],
        figures=figures,
        relations=[Relation.accumulates("returned", [e.id for e in events], id="acc")],
    )
    return data, [str(day + dt.timedelta(2 * i + 1)) for i in range(n)]


def accumulating_total_in_a_sum(n: int) -> tuple[object, list[str]]:
    """A running total stated every other day that accumulates an event a day and is
    part of an incomplete sum (held ≥ returned + other), and the n days between: the
    sum turns one kind of end into the other, so each query once ran the component
    again (quadratic); its time rules are now read off the run where they cut nothing
    a run needs."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation

    day, events, figures = _returned_and_an_event_a_day(n)
    figures += [
        Figure(id=f"h{i}", measure="held", value=10 * i + 500, as_of=str(day + dt.timedelta(2 * i)))
        for i in range(0, n, 5)
    ]
    data = _dataset(
        measures=[
            Measure(id="returned", label="returned", kind="cumulative"),
            Measure(id="held", label="held", kind="level"),
            Measure(id="other", label="other", kind="level"),
            *events,
        ],
        figures=figures,
        relations=[
            Relation.accumulates("returned", [e.id for e in events], id="acc"),
            Relation.sum("held", ["returned", "other"], complete=False, id="s"),
        ],
    )
    return data, [str(day + dt.timedelta(2 * i + 1)) for i in range(n)]


def completely_accumulating_total(n: int) -> tuple[object, list[str]]:
    """A running total stated every other day (ranges, some open above) and the complete
    list of its events, one a day between (each 2 to 4), and the n days between: a
    complete ``accumulates`` bounds rises from above too; each query once ran the
    component again (quadratic)."""
    import datetime as dt

    from pwstats import Figure, Interval, Measure, Relation

    day = dt.date(2000, 1, 1)
    events = [Measure(id=f"e{i}", label="event", kind="event") for i in range(n)]
    figures = [
        Figure(
            id=f"r{i}",
            measure="returned",
            value=Interval.closed(3 * i, 3 * i + 4) if i % 2 else Interval.at_least(3 * i),
            as_of=str(day + dt.timedelta(2 * i)),
        )
        for i in range(n)
    ]
    figures += [
        Figure(
            id=f"x{i}",
            measure=f"e{i}",
            value=Interval.closed(2, 4),
            as_of=str(day + dt.timedelta(2 * i + 1)),
        )
        for i in range(n)
    ]
    data = _dataset(
        measures=[Measure(id="returned", label="returned", kind="cumulative"), *events],
        figures=figures,
        relations=[
            Relation.accumulates("returned", [e.id for e in events], complete=True, id="acc")
        ],
    )
    return data, [str(day + dt.timedelta(2 * i + 1)) for i in range(n)]


def flow_between_its_weeks(n: int) -> tuple[object, list[str]]:
    """A flow that sums two others, each stated for every other week, and the n weeks
    between (no period of theirs): each query once ran the component again (its
    stretches rebuilt), quadratic; a week apart from every period is now read off."""
    import datetime as dt

    from pwstats import Figure, Measure, Relation

    day = dt.date(2000, 1, 3)

    def week(k: int) -> str:
        start = day + dt.timedelta(7 * k)
        return f"{start}/{start + dt.timedelta(6)}"

    figures = [
        Figure(id=f"{m}{i}", measure=m, value=v + i % 5, as_of=week(2 * i))
        for i in range(n)
        for m, v in (("civilian", 30), ("military", 12))
    ]
    data = _dataset(
        measures=[
            Measure(id="deaths", label="deaths", kind="flow"),
            Measure(id="civilian", label="civilian", kind="flow"),
            Measure(id="military", label="military", kind="flow"),
        ],
        figures=figures,
        relations=[Relation.sum("deaths", ["civilian", "military"], id="s")],
    )
    return data, [week(2 * i + 1) for i in range(n)]


def flow_days_inside_its_weeks(n: int) -> tuple[object, list[str]]:
    """A flow stated for each of n weeks, one after another, and a day inside each week
    (the daily table or plot of weekly figures): each query ran the whole flow again
    (quadratic); now only the stretch of periods it falls in."""
    import datetime as dt

    from pwstats import Figure, Measure

    day = dt.date(2000, 1, 3)
    figures = [
        Figure(
            id=f"w{i}",
            measure="deaths",
            value=70 + i % 5,
            as_of=f"{day + dt.timedelta(7 * i)}/{day + dt.timedelta(7 * i + 6)}",
        )
        for i in range(n)
    ]
    data = _dataset(measures=[Measure(id="deaths", label="deaths", kind="flow")], figures=figures)
    return data, [str(day + dt.timedelta(7 * i + 3)) for i in range(n)]


def report_bound_of_related(
    make: Callable[[int], tuple[object, list[str]]], measure: str
) -> Callable[[int], Callable[[], object]]:
    """Reconcile, then Report.bound of ``measure`` at each of the n days between figures."""

    def shape(n: int) -> Callable[[], object]:
        from pwstats import reconcile

        data, between = make(n)

        def each() -> object:
            report = reconcile(data)  # type: ignore[arg-type]
            return [report.bound(measure, at=d) for d in between]

        return each

    return shape


def extract_dash_chain(n: int) -> Callable[[], object]:
    """extract() of one chain of n numbers joined by dashes ("0-1-2-..."): it read the
    chain again from each number (quadratic) before a chain was one code."""
    from pwstats import extract

    text = "-".join(str(i) for i in range(n))
    return lambda: extract(text)


def extract_estimates(n: int) -> Callable[[], object]:
    """extract() of n estimates with their confidence intervals in one text ("480 (95% CI
    350-610)"): each once re-sorted every mention of the text (quadratic)."""
    from pwstats import extract

    text = " ".join(f"{400 + i % 90} (95% CI 350-{500 + i})" for i in range(n))
    return lambda: extract(text)


def extract_dashed_words(n: int) -> Callable[[], object]:
    """extract() of n number words glued by dashes ("three-three-..."): the counted noun
    of each was looked for through every glued part to the end (quadratic)."""
    from pwstats import extract

    text = "-".join("three" for _ in range(n))
    return lambda: extract(text)


def extract_decade_list(n: int) -> Callable[[], object]:
    """extract() of one list of n decades, each after "the" ("the 300s, the 400s, ..."):
    each decade scanned the rest of the list again (quadratic)."""
    from pwstats import extract

    text = "the 300s, " * n + "and the 400s."
    return lambda: extract(text)


def extract_open_interval(n: int) -> Callable[[], object]:
    """extract() of "(95% CI " and a run of n numbers joined by commas, never closed:
    the interval's pattern tried every split of the run (quadratic backtracking)."""
    from pwstats import extract

    text = "(95% CI " + "1," * n
    return lambda: extract(text)


def extract_long_word(n: int) -> Callable[[], object]:
    """extract() of one word of 10n letters before a number: each letter's deletion was
    tried as a misspelt hedge (quadratic in the word's length)."""
    from pwstats import extract

    text = "a" * (10 * n) + " 300"
    return lambda: extract(text)


#: Runs of the trigger words of hedges, rates, differences, ages and "per": a unit
#: repeated some multiple of N times, then a tail (the classes of readings added for
#: them must keep extract() linear; this was a timed unit test). A unit holding a
#: number is a mention each, so fewer of them make as long a time.
TRIGGER_RUNS: tuple[tuple[str, str, int], ...] = (
    ("could ", "300", 10),
    ("300 a day ", "", 1),
    ("300 more ", "than", 1),
    ("a boy of 16 ", "", 1),
    ("per ", "300", 10),
    ("ages of 1, ", "", 1),
)


def extract_trigger_run(unit: str, tail: str, times: int) -> Callable[[int], Callable[[], object]]:
    """extract() of ``unit`` repeated ``times`` × N times and then ``tail``."""

    def make(n: int) -> Callable[[], object]:
        from pwstats import extract

        text = unit * (times * n) + tail
        return lambda: extract(text)

    return make


def _linked(n: int, link: str, parent: Callable[[int], int], value: Callable[[int], int]) -> object:
    """n figures of one measure, each from the second on ``link``-ing (``revises``,
    ``cites``) figure ``parent(i)``; figure i states ``value(i)``."""
    from pwstats import Figure, Measure

    figures = [Figure(id="f0", measure="m", value=value(0), as_of="2024-01-01")]
    figures += [
        Figure(
            id=f"f{i}",
            measure="m",
            value=value(i),
            as_of="2024-01-01",
            **{link: f"f{parent(i)}"},  # type: ignore[arg-type]
        )
        for i in range(1, n)
    ]
    return _dataset(measures=[Measure(id="m", label="m")], figures=figures)


def revises_chain(n: int) -> Callable[[], object]:
    """A chain of n figures each revising the one before (latest, then every vintage)."""
    from pwstats import reconcile

    data = _linked(n, "revises", lambda i: i - 1, lambda i: 100 + i)
    return lambda: (reconcile(data), reconcile(data, revisions="compare"))  # type: ignore[arg-type]


def revision_tree(n: int) -> Callable[[], object]:
    """n figures revising in a binary tree (figure i revises figure (i − 1) // 2)."""
    from pwstats import reconcile

    data = _linked(n, "revises", lambda i: (i - 1) // 2, lambda i: 100 + i)
    return lambda: (reconcile(data), reconcile(data, revisions="compare"))  # type: ignore[arg-type]


def cites_chain(n: int) -> Callable[[], object]:
    """A chain of n figures each citing the one before."""
    from pwstats import reconcile

    data = _linked(n, "cites", lambda i: i - 1, lambda i: 100)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def cites_missing(n: int) -> Callable[[], object]:
    """n figures each citing a figure that is not there: every problem is reported (each
    once looked for its nearest id among every figure's: quadratic)."""
    from pwstats import DatasetErrors, Figure, Measure

    measures = [Measure(id="m", label="m")]
    figures = [
        Figure(id=f"f{i}", measure="m", value=100, as_of="2024-01-01", cites=f"gone{i}")
        for i in range(n)
    ]

    def build() -> object:
        try:
            _dataset(measures=measures, figures=figures)
        except DatasetErrors as exc:
            return exc
        raise AssertionError("expected errors")

    return build


def speakers_revising(n: int) -> Callable[[], object]:
    """n speakers each stating a level and stating it again five days later."""
    import datetime as dt

    from pwstats import Figure, Measure, Source, reconcile

    day = dt.date(2024, 1, 1)
    figures = []
    for i in range(n):
        first = Source(name=f"speaker {i}", published=day)
        again = Source(name=f"speaker {i}", published=day + dt.timedelta(5))
        figures.append(Figure(id=f"a{i}", measure="m", value=100 + i % 5, as_of=day, source=first))
        figures.append(Figure(id=f"b{i}", measure="m", value=101 + i % 5, as_of=day, source=again))
    data = _dataset(measures=[Measure(id="m", label="m")], figures=figures)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def known_at_many_dates(n: int) -> Callable[[], object]:
    """A running total of n daily figures, each published on its own date, known at the middle."""
    import datetime as dt

    from pwstats import Figure, Measure, Source, reconcile

    day = dt.date(2020, 1, 1)
    figures = [
        Figure(
            id=f"f{i}",
            measure="t",
            value=i,
            as_of=day + dt.timedelta(i),
            source=Source(name=f"s{i % 10}", published=day + dt.timedelta(i + 3)),
        )
        for i in range(n)
    ]
    data = _dataset(measures=[Measure(id="t", label="t", kind="cumulative")], figures=figures)
    at = day + dt.timedelta(n // 2)
    return lambda: reconcile(data, known_at=at)  # type: ignore[arg-type]


def nested_ranges(n: int) -> Callable[[], object]:
    """4n figures of one event on one day, each range inside the one before (below some
    3,000 figures reconcile takes another path, which would make the exponent a step)."""
    from pwstats import Figure, Interval, Measure, reconcile

    figures = [
        Figure(id=f"f{i}", measure="e", value=Interval.closed(i, 8 * n - i), as_of="2024-01-01")
        for i in range(4 * n)
    ]
    data = _dataset(measures=[Measure(id="e", label="e", kind="event")], figures=figures)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def nested_sums(n: int) -> Callable[[], object]:
    """A total of √n sums of √n parts each, every part and the total with a figure."""
    from pwstats import Figure, Measure, Relation, reconcile

    k = max(2, math.isqrt(n))
    measures = [Measure(id="total", label="total", kind="event")]
    figures = [Figure(id="total", measure="total", value=n, as_of="2024")]
    relations = []
    for j in range(n // k):
        parts = [f"p{j}-{i}" for i in range(k)]
        measures.append(Measure(id=f"s{j}", label="sum", kind="event"))
        measures += [Measure(id=p, label="part", kind="event") for p in parts]
        figures += [Figure(id=f"f{p}", measure=p, value=1, as_of="2024") for p in parts]
        relations.append(Relation.sum(f"s{j}", parts, id=f"r{j}"))
    relations.append(Relation.sum("total", [f"s{j}" for j in range(n // k)], id="top"))
    data = _dataset(measures=measures, figures=figures, relations=relations)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def total_by_many_groups(n: int) -> Callable[[], object]:
    """pwstats.total of n events by four dims (n groups), then by one (seven)."""
    from pwstats import Figure, Measure, reconcile, total

    measures = [
        Measure(
            id=f"e{i}",
            label="deaths",
            kind="event",
            dims={"a": str(i % 7), "b": str(i % 11), "c": str(i % 13), "d": str(i)},
        )
        for i in range(n)
    ]
    figures = [Figure(id=f"f{i}", measure=f"e{i}", value=i % 9, as_of="2024") for i in range(n)]
    report = reconcile(_dataset(measures=measures, figures=figures))  # type: ignore[arg-type]
    return lambda: (total(report, by=["a", "b", "c", "d"]), total(report, by="a"))


def _large_report(n: int) -> object:
    """A report of n events, each with two disjoint figures (n conflicts), 50 sources."""
    from pwstats import Figure, Measure, Source, reconcile

    measures = [Measure(id=f"e{i}", label="deaths", kind="event") for i in range(n)]
    figures = [Figure(id=f"f{i}", measure=f"e{i}", value=i % 9, as_of="2024") for i in range(n)]
    figures += [
        Figure(
            id=f"g{i}",
            measure=f"e{i}",
            value=i % 9 + 20,
            as_of="2024",
            source=Source(name=f"source {i % 50}"),
        )
        for i in range(n)
    ]
    return reconcile(_dataset(measures=measures, figures=figures))  # type: ignore[arg-type]


def tabulate_large(n: int) -> Callable[[], object]:
    """tabulate() of a report of n findings and n conflicts."""
    from pwstats import tabulate

    report = _large_report(n)
    return lambda: tabulate(report)  # type: ignore[arg-type]


def report_frames(n: int) -> Callable[[], object]:
    """Report.to_frame of each table of a report of n findings and n conflicts."""
    report = _large_report(n)
    tables = ("findings", "conflicts", "sources")
    return lambda: [report.to_frame(t) for t in tables]  # type: ignore[attr-defined]


def report_gt(n: int) -> Callable[[], object]:
    """to_gt() of a report of n findings and n conflicts."""
    from pwstats.publish import to_gt

    report = _large_report(n)
    return lambda: to_gt(report)  # type: ignore[arg-type]


def report_prov(n: int) -> Callable[[], object]:
    """to_prov() of a report of n findings and n conflicts."""
    from pwstats.publish import to_prov

    report = _large_report(n)
    return lambda: to_prov(report)  # type: ignore[arg-type]


def from_frame_bad_rows(n: int) -> Callable[[], object]:
    """from_frame() of n rows, two thirds of them bad, skipping the bad ones."""
    import pandas as pd

    from pwstats import from_frame

    frame = pd.DataFrame(
        {
            "id": [f"f{i}" for i in range(n)],
            "measure": ["m"] * n,
            "value": ["300" if i % 2 else "zzz?" for i in range(n)],
            "as_of": ["2024-01-01" if i % 3 else "not a date" for i in range(n)],
        }
    )
    return lambda: from_frame(frame, on_bad_records="skip")


def load_one_long_json_line(n: int) -> Callable[[], object]:
    """loads() of a JSON document of n figures on one line, each value a bare number."""
    from pwstats import DatasetErrors
    from pwstats.io import loads

    figures = ",".join(
        f'{{"id": "f{i}", "measure": "m", "value": {i}, "as_of": "2024"}}' for i in range(n)
    )
    text = f'{{"measures": [{{"id": "m", "label": "held"}}], "figures": [{figures}]}}'

    def run() -> object:
        try:
            return loads(text, format="json")
        except DatasetErrors as exc:
            return exc

    return run


def load_wide_csv(n: int) -> Callable[[], object]:
    """loads() of a CSV file whose header and row have 10n unknown columns."""
    from pwstats import DatasetErrors
    from pwstats.io import loads

    text = "id,measure,value,as_of" + ",x" * (10 * n) + "\nf1,m,300,2024" + ",1" * (10 * n) + "\n"

    def run() -> object:
        try:
            return loads(text, format="csv")
        except DatasetErrors as exc:
            return exc

    return run


def _signed_shares(n: int, tiny: Fraction, tinier: Fraction, big: int) -> Callable[[], object]:
    """n copies of t = a + b, a = s × t, a ≤ t + tiny, with s ≤ tiny and b = tinier."""
    from pwstats import Figure, Interval, Measure, Relation, reconcile

    measures, figures, relations = [], [], []
    for k in range(n):
        ids = {x: f"{x}{k}" for x in "abts"}
        measures += [
            Measure(id=i, label=x, unit="dimensionless", nonnegative=False) for x, i in ids.items()
        ]
        figures += [
            Figure(id=f"ft{k}", measure=ids["t"], value=Interval.closed(tiny, big), as_of="2024"),
            Figure(id=f"fs{k}", measure=ids["s"], value=Interval.closed(0, tiny), as_of="2024"),
            Figure(id=f"fb{k}", measure=ids["b"], value=Interval.point(tinier), as_of="2024"),
        ]
        relations += [
            Relation.sum(ids["t"], [ids["a"], ids["b"]], id=f"sum{k}"),
            Relation.share(ids["a"], ids["t"], ids["s"], id=f"share{k}"),
            Relation.le(ids["a"], ids["t"], offset=tiny, id=f"le{k}"),
        ]
    data = _dataset(measures=measures, figures=figures, relations=relations)
    return lambda: reconcile(data)  # type: ignore[arg-type]


def _ring(n: int, ratio: object, first: object) -> Callable[[], object]:
    """A ring of n shares through one ratio measure (each m_i = ratio × m_{i+1})."""
    from pwstats import Figure, Measure, Relation, reconcile

    measures = [Measure(id=f"m{i}", label="m", unit="dimensionless") for i in range(n)]
    measures.append(Measure(id="r", label="ratio", unit="dimensionless"))
    relations = [Relation.share(f"m{i}", f"m{(i + 1) % n}", "r", id=f"r{i}") for i in range(n)]
    figures = [
        Figure(id="first", measure="m0", value=first, as_of="2024"),
        Figure(id="ratio", measure="r", value=ratio, as_of="2024"),
    ]
    data = _dataset(measures=measures, figures=figures, relations=relations)
    return lambda: reconcile(data)  # type: ignore[arg-type]


#: Shapes reconciled with numbers near the limit, each against the same shape with
#: ordinary numbers in the same run: (extreme, ordinary), each taking a size.
EXTREMES: dict[str, tuple[Callable[[int], Callable[[], object]], ...]] = {
    "N sums and shares with a share of at most 2^-3000": (
        lambda n: _signed_shares(n, TINY, Fraction(3, 2**3000 + 1), 10**300),
        lambda n: _signed_shares(n, Fraction(1, 8), Fraction(3, 7), 10**6),
    ),
    "ring of N shares of 2^-3000, first figure 1.8e308": (
        lambda n: _ring(n, TINY, BIG),
        lambda n: _ring(n, Fraction(1, 8), 1000),
    ),
}


def extremes(*, size: int, repeats: int) -> list[Result]:
    """One row per shape: reconcile near the limit against ordinary magnitudes, same run."""
    results = []
    for name, (extreme, ordinary) in EXTREMES.items():
        c = interleaved(extreme(size), ordinary(size), repeats=repeats)
        results.append(
            Result(
                group="adversarial",
                what=f"{name} (N = {size:,})",
                pwstats=fmt_seconds(c.a),
                against="ordinary magnitudes",
                baseline=fmt_seconds(c.b),
                ratio=ratio_text(c.ratio),
                target=f"≤ {EXTREME_TARGET:g}x",
                verdict="ok" if c.ratio <= EXTREME_TARGET else "MISSED",
                data={"size": size, "seconds": c.a, "baseline": c.b, "ratio": c.ratio},
            )
        )
    return results


SHAPES: dict[str, Callable[[int], Callable[[], object]]] = {
    "sum over N parts": sum_of_parts,
    "bound() of one event among N": bound_among_events,
    "N disjoint figures of one event": disjoint_figures,
    "two level measures tied by ≤, N dates each": levels_tied_by_le,
    "N figures naming misspelt measures": misspelt_measures,
    "running total of N figures, one event across the span": running_total_with_long_event,
    "running total of N figures, N events of 365 days": running_total_with_year_long_events,
    "running total of N figures and its complete list of N events": complete_running_total,
    "ring of N shares through a percent measure": ring_of_shares,
    "flow of N days and N two-day periods, a third of them contradictions": (
        flow_days_against_periods
    ),
    "flow of N periods nested around one day": flow_nested_periods,
    "flow of N periods nested around one day, within the exact rule's old cap": (
        flow_nested_periods
    ),
    "flow of N nested periods, every third below the one inside it": flow_nested_conflicts,
    "flow of N periods of N/2 days, each a day after the last": flow_overlapping_periods,
    "flow of 4N days in one stretch, each four a conflict hiding another": flow_hidden_conflicts,
    "levels in a sum on N dates, each date a conflict hiding another": levels_hidden_conflicts,
    "bound() across N weeks and the months they cross": flow_weeks_and_months,
    "flow estimated on 2N days, N floors nested around one day (their best the days')": (
        floors_nested_over_days
    ),
    "flow estimated on N days, N floors since the first day (their best the days')": (
        floors_since_a_day
    ),
    "flow estimated on 2N days, N floors of N days, each a day after the last": (
        floors_in_a_staircase_over_days
    ),
    "the same with one day unstated: floors across it have no tiling": (
        floors_in_a_staircase_over_a_gap
    ),
    "N measures each revised once": revised_vintages,
    "N wide ranges beside N different points: N tied sets of N + 1 figures": (
        wide_ranges_beside_points
    ),
    "reconcile, then Report.bound at each of N dates": report_bound_of_each,
    "reconcile, then Report.bound at N dates between a running total's figures": (
        report_bound_between_figures
    ),
    "a day of N figures a running total falls below on N later days, and a bound": (
        falls_below_one_day
    ),
    "running total of N days, every tenth a spike the next days fall below": (
        spikes_in_a_running_total
    ),
    "running total of N rising days, then a day of N figures below them all": (
        outliers_before_a_crowded_day
    ),
    "running total of N days each with a figure set aside, cut off from a cap by a fall": (
        cut_off_by_a_contradiction
    ),
    "running total falling every other day for 2N days, under a cap": falls_of_every_other_day,
    "level on N dates, each with a figure set aside, at most a running total that falls": (
        levels_under_a_falling_total
    ),
    "reconcile, then Report.bound at N dates between figures of levels in a sum": (
        report_bound_of_related(related_levels, "held")
    ),
    "reconcile, then Report.bound at N dates between figures of a running total under a cap": (
        report_bound_of_related(related_running_total, "returned")
    ),
    "reconcile, then Report.bound at N dates between figures of an accumulating total": (
        report_bound_of_related(accumulating_running_total, "returned")
    ),
    "reconcile, then Report.bound at N dates between figures of an accumulating total in a sum": (
        report_bound_of_related(accumulating_total_in_a_sum, "returned")
    ),
    "reconcile, then Report.bound at N dates between figures of a complete accumulating total": (
        report_bound_of_related(completely_accumulating_total, "returned")
    ),
    "reconcile, then Report.bound of a flow at N weeks apart from its parts' weeks": (
        report_bound_of_related(flow_between_its_weeks, "deaths")
    ),
    "reconcile, then Report.bound of a flow at a day inside each of its N weeks": (
        report_bound_of_related(flow_days_inside_its_weeks, "deaths")
    ),
    "a chain of N figures each revising the one before": revises_chain,
    "N figures revising in a binary tree": revision_tree,
    "a chain of N figures each citing the one before": cites_chain,
    "N figures citing missing figures": cites_missing,
    "N speakers each revising their figure": speakers_revising,
    "known_at over N publication dates": known_at_many_dates,
    "4N nested ranges of one event on one day": nested_ranges,
    "√N sums of √N parts under one total": nested_sums,
    "pwstats.total of N events by N groups": total_by_many_groups,
    "tabulate() of N findings and N conflicts": tabulate_large,
    "Report.to_frame() of N findings and N conflicts": report_frames,
    "to_gt() of N findings and N conflicts": report_gt,
    "to_prov() of N findings and N conflicts": report_prov,
    "from_frame() of N rows, most bad, skipped": from_frame_bad_rows,
    "loads() of N figures on one JSON line": load_one_long_json_line,
    "loads() of a CSV row of 10N unknown columns": load_wide_csv,
    "extract() of one chain of N dashed numbers": extract_dash_chain,
    "extract() of N estimates with confidence intervals": extract_estimates,
    "extract() of a word of 10N letters before a number": extract_long_word,
    "extract() of N number words glued by dashes": extract_dashed_words,
    "extract() of a list of N decades, each after 'the'": extract_decade_list,
    "extract() of an unclosed interval of N numbers joined by commas": extract_open_interval,
    **{
        f"extract() of {'' if times == 1 else times}N copies of {unit.strip()!r}"
        + (f" then {tail!r}" if tail else ""): extract_trigger_run(unit, tail, times)
        for unit, tail, times in TRIGGER_RUNS
    },
}


#: Shapes timed at a fraction of the sizes asked for: each of their figures costs far
#: more than another shape's (a conflict each, made minimal), and the exponent shows
#: as well at the smaller sizes.
SIZE_DIVISOR: dict[str, int] = {
    "flow of N days and N two-day periods, a third of them contradictions": 4,
    "flow of N periods nested around one day": 4,
    # Sizes at which the exact rule once did all its (quadratic) work within its cap;
    # past it the cap hid the growth.
    "flow of N periods nested around one day, within the exact rule's old cap": 20,
    "flow of N nested periods, every third below the one inside it": 40,
    "flow of N periods of N/2 days, each a day after the last": 4,
    "flow of 4N days in one stretch, each four a conflict hiding another": 80,
    "to_prov() of N findings and N conflicts": 4,
    "to_gt() of N findings and N conflicts": 4,
    "tabulate() of N findings and N conflicts": 4,
}


def _best(fn: Callable[[], object], repeats: int) -> float:
    best = math.inf
    for _ in range(repeats):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


#: The issue's absolute target for one shape: bound() on the total of a sum of
#: 100,000 parts, each part with a figure, in under two seconds.
BOUND_ON_SUM_PARTS = 100_000
BOUND_ON_SUM_SECONDS = 2.0


def bound_on_sum(n: int) -> Callable[[], object]:
    """bound() of the total of a complete sum over n parts, each part with a figure."""
    from pwstats import Figure, Measure, Relation, bound

    parts = [Measure(id=f"p{i}", label="part", kind="event") for i in range(n)]
    total = Measure(id="total", label="total", kind="event")
    figures = [Figure(id=f"f{i}", measure=f"p{i}", value=i % 7, as_of="2024") for i in range(n)]
    data = _dataset(
        measures=[total, *parts],
        figures=figures,
        relations=[Relation.sum("total", [p.id for p in parts], id="s")],
    )
    return lambda: bound(data, "total", at="2024")  # type: ignore[arg-type]


def _sizes(name: str, sizes: Sequence[int]) -> list[int]:
    """A shape's sizes: ``sizes`` over its divisor, in the same ratios (never two alike)."""
    first = max(1, sizes[0] // SIZE_DIVISOR.get(name, 1))
    return [first * n // sizes[0] for n in sizes]


def _readable(
    name: str,
    make: Callable[[int], Callable[[], object]],
    sizes: Sequence[int],
    *,
    min_seconds: float,
    max_sizes: Sequence[int],
) -> list[int]:
    """The shape's sizes, doubled until its smallest takes ``min_seconds`` (at most up to
    its sizes at ``max_sizes``): below that a time is the timer's and the machine's noise,
    and an exponent over it says nothing of the growth. The shape runs once first, untimed:
    a first call's imports and caches are no part of its growth."""
    here, cap = _sizes(name, sizes), _sizes(name, max_sizes)
    make(here[0])()
    while min_seconds and here[0] < cap[0] and _best(make(here[0]), 1) < min_seconds:
        here = [min(2 * n, c) for n, c in zip(here, cap, strict=True)]
    return here


def run(
    *,
    sizes: Sequence[int] = SIZES,
    repeats: int = 3,
    sum_parts: int = BOUND_ON_SUM_PARTS,
    min_seconds: float = 0.0,
) -> list[Result]:
    """One row per shape: its times at each size and its growth exponent; then the
    time of a bound on a sum of ``sum_parts`` parts (judged at 100,000 parts).

    Each shape runs once untimed first (imports, caches: a first call's costs are not
    growth). With ``min_seconds`` (the quick run), a shape whose smallest size takes
    less is timed at sizes doubled until it takes that long, up to the full run's.
    """
    results = []
    for name, make in SHAPES.items():
        here = _readable(name, make, sizes, min_seconds=min_seconds, max_sizes=SIZES)
        times = [_best(make(n), repeats) for n in here]
        lo, hi = times[0], times[-1]
        exponent = math.log(max(hi, 1e-9) / max(lo, 1e-9)) / math.log(here[-1] / here[0])
        results.append(
            Result(
                group="adversarial",
                what=f"{name} (N = {', '.join(f'{n:,}' for n in here)})",
                pwstats=" / ".join(fmt_seconds(t) for t in times),
                against="linear growth",
                baseline="exponent 1",
                ratio=f"exponent {exponent:.2f}",
                target=f"≤ {TARGET}",
                verdict="ok" if exponent <= TARGET else "MISSED",
                data={"sizes": here, "seconds": times, "exponent": exponent},
            )
        )
    seconds = _best(bound_on_sum(sum_parts), repeats)
    judged = sum_parts >= BOUND_ON_SUM_PARTS
    results.append(
        Result(
            group="adversarial",
            what=f"bound() on a sum of {sum_parts:,} parts",
            pwstats=fmt_seconds(seconds),
            against="",
            baseline="",
            ratio="",
            target=f"< {BOUND_ON_SUM_SECONDS:g} s at {BOUND_ON_SUM_PARTS:,}" if judged else "",
            verdict=("ok" if seconds < BOUND_ON_SUM_SECONDS else "MISSED") if judged else "",
            data={"parts": sum_parts, "seconds": seconds},
        )
    )
    return results + extremes(size=sizes[0] // 10, repeats=max(repeats, 3))
