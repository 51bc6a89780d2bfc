"""Seeded synthetic data sets for the reconciliation and table benchmarks.

A data set of ``n`` figures has ``n / 10`` measures, about ten figures each, in blocks of
ten measures: levels (``j`` = 0-2 and 5-7), cumulative totals (3, 8) and events (4, 9).
Each block carries one relation, in turn a sum, a less-or-equal, an accumulation and a
share, so there is one relation per ten measures. Every measure has a hidden true value
(the relations hold between the true values); figures state it as an exact number (most),
an interval around it, low/best/high numbers, or hedged words ("more than 2,540",
"almost 2,650", "about 2,600", "between 2,500 and 2,700"), and about one in thirty
figures is an outlier that disagrees with the rest.

Beside the :class:`pwstats.Dataset`, :func:`make` returns the same figures as plain
tuples for the baseline: ``(measure index, kind, day, lo, hi)``, where a hedged phrase
is given the interval the generator meant by it, so the baseline does no reading.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any, Literal

import attrs

__all__ = ["KINDS", "Synthetic", "make"]

#: The kind of measure ``j`` (0-9) of each block of ten.
KINDS: tuple[Literal["level", "cumulative", "event"], ...] = (
    "level",
    "level",
    "level",
    "cumulative",
    "event",
    "level",
    "level",
    "level",
    "cumulative",
    "event",
)
_DAYS = (dt.date(2023, 6, 30), dt.date(2023, 12, 31), dt.date(2024, 6, 30))
_EVENT_DAY = dt.date(2023, 9, 15)

#: A figure as the baseline sees it: measure index, kind, day ordinal, lo, hi.
Row = tuple[int, str, int, float, float]


@attrs.frozen
class Synthetic:
    """A synthetic data set and the same figures as baseline tuples."""

    dataset: Any
    rows: list[Row]
    relations: list[tuple[str, tuple[int, ...]]]
    n_measures: int


def _words(rng: random.Random, v: int) -> tuple[str, float, float]:
    """Hedged words stating ``v``, and the interval the generator means by them."""
    pick = rng.randrange(4)
    step = max(1, 10 ** max(0, len(str(v)) - 2))
    if pick == 0:
        x = max(0, (v // step - 1) * step)
        return f"more than {x:,}", x, x + max(step, v // 10) * 2
    if pick == 1:
        x = (v // step + 1) * step
        return f"almost {x:,}", x - max(step, x // 10) * 2, x
    if pick == 2:
        x = round(v, -(len(str(v)) - 2)) if v >= 100 else v
        return f"about {x:,}", x * 0.85, x * 1.15
    lo = max(0, (v // step - 2) * step)
    hi = (v // step + 3) * step
    return f"between {lo:,} and {hi:,}", lo, hi


def make(n_figures: int, *, seed: int = 7, per_measure: int = 10) -> Synthetic:
    """A data set of about ``n_figures`` figures over ``n_figures // per_measure`` measures."""
    from fractions import Fraction

    from pwstats import Dataset, DateSpan, Figure, Interval, Measure, Relation, Source

    rng = random.Random(seed)
    n_measures = max(10, (n_figures // per_measure) // 10 * 10)
    sources = [
        Source(name=f"Source {i}", affiliation=("A", "B", "C")[i % 3], via=(f"Outlet {i % 7}",))
        for i in range(200)
    ]
    days = [DateSpan.day(d) for d in _DAYS]
    event_day = DateSpan.day(_EVENT_DAY)
    measures = []
    truth: list[dict[dt.date, int]] = []
    relations: list[Any] = []
    rel_rows: list[tuple[str, tuple[int, ...]]] = []
    for b in range(n_measures // 10):
        base = b * 10
        values: list[dict[dt.date, int]] = []
        for j, kind in enumerate(KINDS):
            v = int(10 ** rng.uniform(1.5, 5))
            if kind == "cumulative":
                values.append({d: v + k * (v // 5 + 1) for k, d in enumerate(_DAYS)})
            elif kind == "event":
                values.append({_EVENT_DAY: v})
            else:
                values.append({d: max(0, v + rng.randrange(-v // 10, v // 10 + 1)) for d in _DAYS})
            measures.append(Measure(id=f"m{base + j}", label=f"measure {base + j}", kind=kind))
        # One relation per block; adjust the hidden values so that it holds.
        which = b % 4
        if which == 0:  # m0 >= m1 + m2 (incomplete parts)
            for d in _DAYS:
                values[0][d] = values[1][d] + values[2][d] + values[0][d] // 10
            relations.append(
                Relation.sum(f"m{base}", [f"m{base + 1}", f"m{base + 2}"], complete=False)
            )
            rel_rows.append(("sum", (base, base + 1, base + 2)))
        elif which == 1:  # m5 <= m6
            for d in _DAYS:
                values[6][d] = max(values[6][d], values[5][d])
            relations.append(Relation.le(f"m{base + 5}", f"m{base + 6}"))
            rel_rows.append(("le", (base + 5, base + 6)))
        elif which == 2:  # m3 (cumulative) rises by at least m4 (event)
            rise = values[3][_DAYS[1]] - values[3][_DAYS[0]]
            values[4][_EVENT_DAY] = max(1, rise // 2)
            relations.append(Relation.accumulates(f"m{base + 3}", [f"m{base + 4}"]))
            rel_rows.append(("accumulates", (base + 3, base + 4)))
        else:  # m7 = 3/10 of m5
            for d in _DAYS:
                values[7][d] = values[5][d] * 3 // 10
                values[5][d] = values[7][d] * 10 // 3
                values[7][d] = values[5][d] * 3 // 10
                if values[5][d] % 10:
                    values[5][d] -= values[5][d] % 10
                    values[7][d] = values[5][d] * 3 // 10
            relations.append(Relation.share(f"m{base + 7}", f"m{base + 5}", Fraction(3, 10)))
            rel_rows.append(("share", (base + 7, base + 5)))
        truth.extend(values)

    figures = []
    rows: list[Row] = []
    for m in range(n_measures):
        kind = KINDS[m % 10]
        for k in range(per_measure):
            if kind == "event":
                day, span = _EVENT_DAY, event_day
            else:
                i = k % 3
                day, span = _DAYS[i], days[i]
            v = truth[m][day]
            if rng.random() < 1 / 30:
                v = v * 2 + 7  # an outlier
            fid = f"f{m}-{k}"
            src = sources[rng.randrange(len(sources))]
            roll = rng.random()
            value: object
            lo: float
            hi: float
            extra: dict[str, Any] = {}
            if roll < 0.55:
                value, lo, hi = v, v, v
            elif roll < 0.80:
                w = max(1, v // 20)
                lo, hi = max(0, v - w), v + w
                value = Interval.closed(lo, hi)
            elif roll < 0.88:
                w = max(1, v // 10)
                lo, hi = max(0, v - w), v + w
                value = None
                extra = {"low": lo, "best": v, "high": hi}
            else:
                value, lo, hi = _words(rng, v)
            figures.append(
                Figure(id=fid, measure=f"m{m}", value=value, source=src, as_of=span, **extra)
            )
            rows.append((m, kind, day.toordinal(), lo, hi))
    dataset = Dataset(measures=measures, figures=figures, relations=relations, sources=sources)
    return Synthetic(dataset=dataset, rows=rows, relations=rel_rows, n_measures=n_measures)


# -- the plain-tuple baseline -----------------------------------------------------------


def _largest_overlap(ivs: list[tuple[float, float]]) -> tuple[float, float, int]:
    """A point range where the most intervals overlap, by a sweep over the ends."""
    ends = sorted([(lo, 0) for lo, _ in ivs] + [(hi, 1) for _, hi in ivs])
    best = depth = 0
    at = (math.nan, math.nan)
    for i, (x, closing) in enumerate(ends):
        if closing:
            depth -= 1
        else:
            depth += 1
            if depth > best:
                best = depth
                nxt = ends[i + 1][0] if i + 1 < len(ends) else x
                at = (x, nxt)
    return at[0], at[1], best


def baseline(s: Synthetic) -> dict[tuple[int, int], tuple[float, float]]:
    """Group, intersect, sweep conflicts and propagate relations over plain tuples.

    The same work as reconciliation with none of its bookkeeping: figures are grouped
    by measure and day (a cumulative measure's figures bind later days from below and
    earlier days from above), each group's intersection is taken, a group that does not
    intersect is swept for its largest agreeing set, and the relations narrow the
    groups' bounds until nothing changes.
    """
    groups: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for m, _kind, day, lo, hi in s.rows:
        groups.setdefault((m, day), []).append((lo, hi))
    bounds: dict[tuple[int, int], tuple[float, float]] = {}
    cumulative: dict[int, list[int]] = {}
    for key, ivs in groups.items():
        lo = max(x for x, _ in ivs)
        hi = min(y for _, y in ivs)
        if lo > hi:
            lo, hi, _count = _largest_overlap(ivs)
        bounds[key] = (lo, hi)
        if KINDS[key[0] % 10] == "cumulative":
            cumulative.setdefault(key[0], []).append(key[1])
    for m, days in cumulative.items():
        days.sort()
        floor = -math.inf
        for d in days:  # a running total binds later days from below
            lo, hi = bounds[(m, d)]
            floor = max(floor, lo)
            bounds[(m, d)] = (floor, hi)
        ceiling = math.inf
        for d in reversed(days):  # ... and earlier days from above
            lo, hi = bounds[(m, d)]
            ceiling = min(ceiling, hi)
            bounds[(m, d)] = (lo, ceiling)
    day_keys = [d.toordinal() for d in _DAYS]
    for _round in range(20):
        changed = False
        for kind, ms in s.relations:
            for d in day_keys:
                keys = [(m, d) for m in ms]
                if not all(k in bounds for k in keys):
                    continue
                ivs = [bounds[k] for k in keys]
                new = _narrow(kind, ivs)
                for k, old, nv in zip(keys, ivs, new, strict=True):
                    if nv != old:
                        bounds[k] = nv
                        changed = True
        if not changed:
            break
    return bounds


def _narrow(kind: str, ivs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    if kind == "sum":  # total >= sum of parts
        (tlo, thi), *parts = ivs
        tlo = max(tlo, sum(p[0] for p in parts))
        rest = [(plo, min(phi, thi - (sum(q[0] for q in parts) - plo))) for plo, phi in parts]
        return [(tlo, thi), *rest]
    if kind == "le":
        (alo, ahi), (blo, bhi) = ivs
        return [(alo, min(ahi, bhi)), (max(blo, alo), bhi)]
    if kind == "share":
        (plo, phi), (wlo, whi) = ivs
        return [
            (max(plo, wlo * 0.3), min(phi, whi * 0.3)),
            (max(wlo, plo / 0.3), min(whi, phi / 0.3)),
        ]
    return ivs
