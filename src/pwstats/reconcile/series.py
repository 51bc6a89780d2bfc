"""A running total's largest set of dates that can hold together, and the dates outside it.

A running total never falls, so its figures can all hold only when no date's figures
lie below an earlier date's. When some do, the rule for figures that disagree applies
across time: the largest set that can hold together is kept, and a date's figures
that are in *no* largest set are taken as true nowhere — "5" on the second of five
days stated 1, 5, 3, 4 and 6 is the one that fell out of line, not the 3 after it.
Without this, propagation met the fall at the 3 (the first cell the 5's floor
emptied), and that empty cell cut every later date off from what came before: the 4
kept [4, 4] beside the 5's [5, 5], bounds that themselves fall.

Dates are set aside so only when the dates left hold together, the largest sets
agreeing on them. When largest sets tie (2, 3, 0, 1 on four days is {2, 3} or {0, 1};
1, 3, 2, 0 is {1, 3} or {1, 2}), nothing decides between them: the series is left as
it is, and the conflicts stage reports each fall.

Only series whose counts of one date all read the same are looked at (one figure a
date, or several saying the same): there a set of figures takes a date's counts all or
none, so the largest set of dates is the largest set of figures.

The sets are weighted by the statements each date's agreeing figures make, and
found in O(n log n) for n figures (:func:`outside_every_largest_set`); a measure with
no fall, the usual case, costs one pass. Each date set aside is reported as the fall
between it and a date kept that it cannot hold with (:func:`_falls_of`), found in one
pass more: not by propagating along the time rules between the two, which on a long
series set one date against many is quadratic.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from pwstats.reconcile.conflicts import Fall
from pwstats.reconcile.read import Context
from pwstats.reconcile.sweep import Group, Position, hi_key, lo_key

__all__ = ["outliers_set_aside", "outside_every_largest_set"]


def outliers_set_aside(
    ctx: Context, groups: tuple[Group, ...]
) -> tuple[tuple[Group, ...], list[Fall]]:
    """``groups`` with each running total's dates outside every largest set that can
    hold together marked ``excluded`` (no figure of theirs taken as true: their cells
    are bounded by the other dates and the relations, and their figures set aside),
    and for each date so marked a fall that shows why: it and a date kept cannot both
    hold."""
    runs: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        # A date with no count (estimates, citing or revised figures only) binds nothing.
        if g.measure.kind == "cumulative" and g.span is not None and g.figures and not g.excluded:
            runs.setdefault(g.measure.id, []).append(i)
    out: list[Group] | None = None
    fell: list[Fall] = []
    for indices in runs.values():
        mine = [groups[i] for i in indices]
        if len(mine) < 2 or not all(map(_reads_alike, mine)):
            continue
        chain = _chain(mine)
        line = [mine[k] for k in chain]
        ends = [(lo_key(g.start), hi_key(g.start)) for g in line]
        conflicted = _conflicted(ends)
        if not any(conflicted):  # most series: no date below an earlier one
            continue
        weights = [_weight(ctx, g) for g in line]
        outside = _outside(ends, weights, conflicted)
        if not outside:
            continue
        gone = set(outside)
        dropped = {id(line[k]) for k in gone}
        if not _hold_together([g for g in mine if id(g) not in dropped]):
            # The dates kept cannot all hold together: the largest sets tie (nothing
            # decides between them), or a longer span left out of the line cannot hold
            # with the dates kept. The conflicts stage reports each fall.
            continue
        if out is None:
            out = list(groups)
        for k in outside:
            out[indices[chain[k]]] = line[k] = line[k]._replace(agreeing=(), excluded=True)
        fell.extend(_falls_of(line, ends, gone))
    return (groups if out is None else tuple(out)), fell


def _reads_alike(g: Group) -> bool:
    """True when a group's counts all read the same, so that a set of figures holding
    together takes its span's counts all or none, and the largest set of figures is a
    largest set of spans. (Counts of one span reading differently may hold together in
    part, "2" and [1, 2] at 2, or [1, 2] alone at 1 beside a later 1: such a series is
    left to the conflicts stage, as a longer span's figures in tension are.)"""
    first = g.readings[0] if g.readings else None
    return first is not None and not first.is_empty and all(r == first for r in g.readings)


def _chain(mine: Sequence[Group]) -> list[int]:
    """The positions of the groups whose spans the time rules put in one line, in time
    order: every one-day span, and each longer one that no other span overlaps.

    The time rules link a span to those starting on or after the day it ends ("2024-03"
    to "2024-03-31", not to "2024-03-10"). A month holding days stated too is linked to
    none of the days strictly inside it: it is left out of the line, and kept whatever
    the line sets aside (its figures are then checked with the rest,
    :func:`_hold_together`). Two one-day
    spans are always linked, and a longer span overlapping none is linked to every
    other. O(n log n).
    """
    spans = [g.as_of for g in mine]
    order = sorted(range(len(mine)), key=lambda k: (spans[k].start, spans[k].end))
    starts = [spans[k].start for k in order]
    # The two latest ends among the first i spans by start, to find, for each span, the
    # latest end of another span starting before it ends.
    first: list[tuple[dt.date, int]] = []
    second: list[dt.date] = []
    top, top_at, runner = dt.date.min, -1, dt.date.min
    for k in order:
        end = spans[k].end
        if end > top:
            top, top_at, runner = end, k, top
        elif end > runner:
            runner = end
        first.append((top, top_at))
        second.append(runner)
    line = []
    for k in order:
        span = spans[k]
        if span.start != span.end:
            before = bisect.bisect_left(starts, span.end)  # spans starting before it ends
            if before:
                top, top_at = first[before - 1]
                latest = second[before - 1] if top_at == k else top
                if latest > span.start:
                    continue  # another span overlaps it: linked to neither
        line.append(k)
    return line


def _hold_together(kept: Sequence[Group]) -> bool:
    """True when no group's start lies above a later group's (one whose span starts on
    or after the day the first ends): the values the groups say can all hold. O(n log n).
    """
    by_end = sorted(kept, key=lambda g: g.as_of.end)
    ends = [g.as_of.end for g in by_end]
    highest: list[Position] = []
    for g in by_end:
        low = lo_key(g.start)
        highest.append(low if not highest or low > highest[-1] else highest[-1])
    for g in kept:
        before = bisect.bisect_right(ends, g.as_of.start)
        if before and highest[before - 1] > hi_key(g.start):
            return False
    return True


def _falls_of(
    mine: Sequence[Group], ends: Sequence[tuple[Position, Position]], gone: set[int]
) -> list[Fall]:
    """For each date of ``gone`` (set aside), the fall between it and a date kept.

    The dates kept are a largest set that holds together, so each date set aside
    cannot hold with one of them (else it would join them): with the kept earlier date
    whose low end is highest, or the kept later date whose high end is lowest. Each
    fall names the figure its earlier date binds later ones by (its low figure) and
    the one its later date binds earlier ones by (its high figure), as
    :func:`~pwstats.reconcile.conflicts.falls` names them. O(n).
    """
    n = len(mine)
    # The kept date before (after) each with the highest low end (lowest high end).
    before: list[int | None] = [None] * n
    top: int | None = None
    for k in range(n):
        before[k] = top
        if k not in gone and (top is None or ends[k][0] > ends[top][0]):
            top = k
    after: list[int | None] = [None] * n
    bottom: int | None = None
    for k in range(n - 1, -1, -1):
        after[k] = bottom
        if k not in gone and (bottom is None or ends[k][1] < ends[bottom][1]):
            bottom = k
    out: list[Fall] = []
    for k in sorted(gone):
        j = before[k]
        if j is not None and ends[j][0] > ends[k][1]:
            earlier, later = mine[j], mine[k]
        else:
            j = after[k]
            # A date set aside holds with no largest set: here, with no later date kept.
            assert j is not None
            assert ends[k][0] > ends[j][1]
            earlier, later = mine[k], mine[j]
        first, last = earlier.lo_figure, later.hi_figure
        # Each date's counts hold a value.
        assert first is not None
        assert last is not None
        out.append((earlier, later, (first, last)))
    return out


def _weight(ctx: Context, g: Group) -> int:
    """The statements a group's agreeing figures make (repeats of one once, as
    :attr:`~pwstats.report.Finding.independent_sources` counts them)."""
    if len(g.agreeing) < 2:
        return 1
    keys = g.statements
    if keys is None:  # everyone agrees: the sweep did not need them
        keys = tuple(ctx.reader.statement_key(f, g.measure) for f in g.figures)
    return len({keys[i] for i in g.agreeing})


def outside_every_largest_set(
    ends: Sequence[tuple[Position, Position]], weights: Sequence[int]
) -> list[int]:
    """The indices of the dates in no heaviest set that can hold together.

    ``ends`` are the (low, high) positions of each date's interval, in time order;
    a set holds together when a non-decreasing value can be chosen in each of its
    intervals, that is when no member's low end lies above a later member's high end
    (for intervals on a line, pairs decide). Only a date in conflict with another
    can be outside every heaviest set.

    H(x), the heaviest set among the dates so far whose last value is at most x, is
    a non-decreasing step function of x, kept as the sorted positions where it
    rises by one ("jumps"); a date of weight w is w steps, each a jump added at its
    low end and the first jump after its high end removed. G(x), the heaviest set
    among the later dates whose first value is at least x, is kept alike from the
    other side. The heaviest set through date k is its weight plus the largest
    H(x) + G(x) over x in its interval, with H of the dates before it and G of those
    after: a segment tree over the low ends holds H + G, the forward steps of each
    date are undone as the backward pass reaches it. O(n log n) for total weight n.

    >>> points = [((v, 0), (v, 0)) for v in (1, 5, 3, 4, 6)]
    >>> outside_every_largest_set(points, [1] * 5)
    [1]
    >>> outside_every_largest_set([((v, 0), (v, 0)) for v in (2, 3, 0, 1)], [1] * 4)
    []
    """
    conflicted = _conflicted(ends)
    return _outside(ends, weights, conflicted) if any(conflicted) else []


def _outside(
    ends: Sequence[tuple[Position, Position]], weights: Sequence[int], conflicted: Sequence[bool]
) -> list[int]:
    """:func:`outside_every_largest_set`, given which dates are in conflict."""
    n = len(ends)
    coords = sorted({lo for lo, _ in ends})
    m = len(coords)
    lows = [bisect.bisect_left(coords, lo) for lo, _ in ends]
    highs = [bisect.bisect_right(coords, hi) - 1 for _, hi in ends]
    # Forward: H's jumps, and each date's steps as (position, +1 added / -1 removed).
    jumps: list[int] = []
    steps: list[list[tuple[int, int]]] = []
    for k in range(n):
        done: list[tuple[int, int]] = []
        for _ in range(weights[k]):
            bisect.insort(jumps, lows[k])
            done.append((lows[k], 1))
            j = bisect.bisect_right(jumps, highs[k])
            if j < len(jumps):
                done.append((jumps.pop(j), -1))
        steps.append(done)
    heaviest = len(jumps)
    # H of every date, as values at each position: the jumps at or before it.
    counts = [0] * m
    for p in jumps:
        counts[p] += 1
    running = 0
    for i in range(m):
        running += counts[i]
        counts[i] = running
    tree = _MaxTree(counts)
    later: list[int] = []  # G's jumps
    out: list[int] = []
    for k in range(n - 1, -1, -1):
        for p, sign in reversed(steps[k]):  # H back to the dates before k
            tree.add(p, m, -sign)
        lo, hi = lows[k], highs[k]
        if conflicted[k] and tree.max(lo, hi + 1) + weights[k] < heaviest:
            out.append(k)
        for _ in range(weights[k]):
            bisect.insort(later, hi)
            tree.add(0, hi + 1, 1)
            j = bisect.bisect_left(later, lo) - 1
            if j >= 0:
                tree.add(0, later.pop(j) + 1, -1)
    out.reverse()
    return out


def _conflicted(ends: Sequence[tuple[Position, Position]]) -> list[bool]:
    """Whether each date conflicts with another: an earlier low end above its high end,
    or a later high end below its low end."""
    n = len(ends)
    out = [False] * n
    top: Position | None = None
    for k, (lo, hi) in enumerate(ends):
        if top is not None and top > hi:
            out[k] = True
        if top is None or lo > top:
            top = lo
    bottom: Position | None = None
    for k in range(n - 1, -1, -1):
        lo, hi = ends[k]
        if bottom is not None and lo > bottom:
            out[k] = True
        if bottom is None or hi < bottom:
            bottom = hi
    return out


class _MaxTree:
    """Integers at positions 0..n-1: add to a range, the largest in a range, O(log n).

    A segment tree whose nodes hold the largest value below them and an addition
    pending for their children, pushed down before a query reads a path.
    """

    __slots__ = ("_add", "_high", "_levels", "_size")

    def __init__(self, values: Sequence[int]) -> None:
        size, levels = 1, 0
        while size < max(1, len(values)):
            size *= 2
            levels += 1
        low = -(1 << 62)  # below any value: positions past the end never win
        self._size, self._levels = size, levels
        self._high = [low] * (2 * size)
        self._add = [0] * size
        self._high[size : size + len(values)] = values
        for i in range(size - 1, 0, -1):
            self._high[i] = max(self._high[2 * i], self._high[2 * i + 1])

    def _apply(self, node: int, value: int) -> None:
        self._high[node] += value
        if node < self._size:
            self._add[node] += value

    def _rebuild(self, node: int) -> None:
        high, add = self._high, self._add
        while node > 1:
            node //= 2
            high[node] = max(high[2 * node], high[2 * node + 1]) + add[node]

    def _push(self, node: int) -> None:
        add = self._add
        for s in range(self._levels, 0, -1):
            i = node >> s
            if add[i]:
                self._apply(2 * i, add[i])
                self._apply(2 * i + 1, add[i])
                add[i] = 0

    def add(self, start: int, stop: int, value: int) -> None:
        """Add ``value`` at positions ``start`` to ``stop - 1``."""
        if start >= stop:
            return
        lo, hi = start + self._size, stop + self._size
        first, last = lo, hi - 1
        while lo < hi:
            if lo & 1:
                self._apply(lo, value)
                lo += 1
            if hi & 1:
                hi -= 1
                self._apply(hi, value)
            lo //= 2
            hi //= 2
        self._rebuild(first)
        self._rebuild(last)

    def max(self, start: int, stop: int) -> int:
        """The largest value at positions ``start`` to ``stop - 1`` (``start < stop``)."""
        lo, hi = start + self._size, stop + self._size
        self._push(lo)
        self._push(hi - 1)
        high = self._high
        best = -(1 << 62)
        while lo < hi:
            if lo & 1:
                best = max(best, high[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                best = max(best, high[hi])
            lo //= 2
            hi //= 2
        return best
