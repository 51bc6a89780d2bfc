"""Periods that tile a longer one: where a flow's best over a period comes from.

A flow's count over a period is the sum of its counts over periods that tile it (each
day in exactly one). Where no figure states a value for a period ("at least 400" over
the quarter, or no figure at all) but figures' periods tile it (its months; a quarter
and nine months of a year), the sum of their bests is a best for it.

:class:`Tiles` holds a flow's periods that have a value, by first day, and finds a
tiling the way a reader would: from the period's first day, the longest period that
starts there and fits, then the longest from the day after it, and so on. Over the
calendar's nested periods (years, quarters, months, weeks, days) that is the tiling of
fewest periods, the coarsest statements. Each step is a dictionary lookup and a
bisection, so a tiling costs its number of periods: what :func:`pwstats.total` asks of
one period at a time. Reconciliation tiles every period of a flow whose figures state no
value, and a period tiled is a piece of the longer ones; :func:`tile_all` finds the
tilings :class:`Tiles` would, all of them in O(n log n) however long each is (a
staircase of year-long periods over daily counts), with a forest of the longest steps
kept as a link-cut tree.

>>> from pwstats.dates import DateSpan
>>> tiles = Tiles[str]()
>>> for name in ["2019-01", "2019-02", "2019-03", "2019-01-01/2019-01-15"]:
...     tiles.add(DateSpan.parse(name), name)
>>> tiles.tiling(DateSpan.parse("2019-01/2019-03"))
['2019-01', '2019-02', '2019-03']
>>> tiles.tiling(DateSpan.parse("2019-01/2019-04"))  # April has no figure
[]
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Generic, TypeVar

from pwstats.dates import DateSpan
from pwstats.interval import Number

T = TypeVar("T")

_DAY = dt.timedelta(days=1)


class Tiles(Generic[T]):
    """Periods with a value (any item: a finding, an index), by first day, ends sorted."""

    __slots__ = ("_by_start",)

    def __init__(self) -> None:
        # first day -> (last days ascending, the item of each)
        self._by_start: dict[dt.date, tuple[list[dt.date], list[T]]] = {}

    def add(self, span: DateSpan, item: T) -> None:
        """Add the period ``span`` with ``item`` (after any of the same span added before)."""
        ends, items = self._by_start.setdefault(span.start, ([], []))
        at = bisect.bisect_right(ends, span.end)
        ends.insert(at, span.end)
        items.insert(at, item)

    def tiling(self, period: DateSpan) -> list[T]:
        """The items of the periods tiling ``period``, in order; [] when none is found.

        From the first day, the longest period starting there and ending within
        ``period``, then on from the day after it. ``period`` itself is not a tiling of
        it: a period added with the very same span is passed over.
        """
        out: list[T] = []
        day, last = period.start, period.end
        while day <= last:
            entry = self._by_start.get(day)
            if entry is None:
                return []
            ends, items = entry
            at = bisect.bisect_right(ends, last) - 1
            if at >= 0 and day == period.start and ends[at] == last:
                at = bisect.bisect_left(ends, last) - 1  # past ``period`` itself
            if at < 0:
                return []
            out.append(items[at])
            day = ends[at] + _DAY
        return out

    def fewest(self, period: DateSpan, limit: int | None = None) -> tuple[list[T], int]:
        """The items of the fewest periods tiling ``period``, in order, and the steps taken.

        Where :meth:`tiling` meets a dead end (periods that cross one another: the
        longest from the first day, 1 January to 10 February, is followed by none,
        where January and February tile it), every tiling is looked at: a shortest path
        over the days, each reached once, in order. Of equally few, the first found
        taking at each day its longest period first. [] when none tiles ``period``, or
        when that takes more than ``limit`` steps (one a period looked at).
        """
        first, last = period.start, period.end
        # For each day reached: the number of periods to it, the day before, the item.
        reached: dict[dt.date, tuple[int, dt.date, T | None]] = {first: (0, first, None)}
        todo = [first]
        steps = 0
        while todo:
            day = heapq.heappop(todo)
            if day > last:
                continue
            entry = self._by_start.get(day)
            if entry is None:
                continue
            count = reached[day][0] + 1
            ends, items = entry
            for at in range(bisect.bisect_right(ends, last) - 1, -1, -1):
                end = ends[at]
                if day == first and end == last:
                    continue  # ``period`` itself
                steps += 1
                if limit is not None and steps > limit:
                    return [], steps
                after = end + _DAY
                known = reached.get(after)
                if known is None:
                    heapq.heappush(todo, after)
                if known is None or count < known[0]:
                    reached[after] = (count, day, items[at])
        end_day = last + _DAY
        if end_day not in reached:
            return [], steps
        out: list[T] = []
        day = end_day
        while day != first:
            _, before, item = reached[day]
            assert item is not None
            out.append(item)
            day = before
        return out[::-1], steps


#: A piece's value in a sum: its best counted exactly, and its best before rounding when
#: that is a pooled estimate's (then the counted part is 0), else None.
Piece = tuple[DateSpan, Number, Fraction | None]
#: Given a period's index and its tiling's counted sum, estimated sum and whether a
#: piece was estimated: its value as a piece of longer periods, or None for none.
Settle = Callable[[int, Number, Fraction, bool], Number | None]


def tile_all(
    pieces: Sequence[Piece], periods: Sequence[DateSpan], settle: Settle, *, effort: int = 16
) -> None:
    """Tile each of ``periods`` as :class:`Tiles` would, shortest first, and ``settle`` it.

    ``pieces`` are the periods that have a value; ``periods`` those to tile, none of them
    the span of a piece nor of another period. Each period a tiling is found for is
    passed to ``settle`` with its tiling's sums, in an order where every period inside it
    was settled before; the value ``settle`` gives makes it a piece of longer periods.

    The same tilings as ``Tiles`` adding each settled period in order of length, found
    offline: by last day, every piece ending that day becomes, in a forest over the days,
    the step from its first day (the longest that fits anything ending by then), and a
    period whose first day's path through the forest ends at the day after its last is
    tiled by the pieces along that path. Link-cut trees keep the paths' sums, so each
    step and each period costs O(log n), amortized. Where that walk meets a dead end,
    :meth:`Tiles.fewest` looks at every tiling, as ``Tiles`` does, within ``effort``
    steps a piece and period in all: past that, a period the walk cannot tile is left
    untiled (its best stays its bounds'), sound and linear.
    """
    days: dict[dt.date, int] = {}

    def node(day: dt.date) -> int:
        return days.setdefault(day, len(days))

    # (last day, 0 for a piece / 1 for a period, minus first day's node order, index)
    events: list[tuple[dt.date, int, int, int]] = []
    for k, (span, _, _) in enumerate(pieces):
        node(span.start)
        node(span.end + _DAY)
        events.append((span.end, 0, 0, k))
    for k, span in enumerate(periods):
        # Of periods ending the same day, the later-starting (shorter) first.
        events.append((span.end, 1, -span.start.toordinal(), k))
        node(span.start)
        node(span.end + _DAY)
    events.sort()
    forest = _Forest(len(days))
    # Every piece and period tiled, for the dead ends, made at the first: (counted,
    # estimated or None) by span; ``settled`` the periods tiled until then.
    tiles: Tiles[tuple[Number, Fraction | None]] | None = None
    settled: list[tuple[DateSpan, Number]] = []
    left = effort * (len(pieces) + len(periods))
    for last, kind, _, k in events:
        after = days[last + _DAY]
        if kind == 0:
            span, counted, estimated = pieces[k]
            if estimated is None:
                forest.relink(days[span.start], after, counted, 0, 0)
            else:
                forest.relink(days[span.start], after, 0, estimated, 1)
            continue
        first = days[periods[k].start]
        if forest.root(first) == after:
            summed, guessed, pooled = forest.path(first)
        elif left > 0:
            if tiles is None:
                tiles = Tiles()
                for span, counted, estimated in pieces:
                    tiles.add(span, (counted, estimated))
                for span, tiled in settled:
                    tiles.add(span, (tiled, None))
            found, steps = tiles.fewest(periods[k], left)
            left -= steps
            if not found:
                continue
            summed = sum((c for c, e in found if e is None), 0)
            guessed = sum((e for _, e in found if e is not None), Fraction(0))
            pooled = sum(e is not None for _, e in found)
        else:
            continue
        value = settle(k, summed, Fraction(guessed), pooled > 0)
        if value is not None:
            forest.relink(first, after, value, 0, 0)
            if tiles is None:
                settled.append((periods[k], value))
            else:
                tiles.add(periods[k], (value, None))


class _Forest:
    """A forest over the days, each day's edge to a later one: a link-cut tree.

    Each node's weight is its edge's (its piece's counted value, estimated value and
    whether it is estimated); a splay tree of each preferred path keeps the sums.
    """

    __slots__ = ("ac", "ae", "ap", "left", "right", "up", "wc", "we", "wp")

    def __init__(self, n: int) -> None:
        self.left, self.right, self.up = [-1] * n, [-1] * n, [-1] * n
        self.wc: list[Number] = [0] * n
        self.we: list[Fraction | int] = [0] * n
        self.wp = [0] * n
        self.ac: list[Number] = [0] * n
        self.ae: list[Fraction | int] = [0] * n
        self.ap = [0] * n

    def root(self, x: int) -> int:
        """The root of ``x``'s tree: where its path of steps ends."""
        self._access(x)
        left = self.left
        while left[x] >= 0:
            x = left[x]
        self._splay(x)
        return x

    def path(self, x: int) -> tuple[Number, Fraction | int, int]:
        """The sums of the weights from ``x`` to its root."""
        self._access(x)
        return self.ac[x], self.ae[x], self.ap[x]

    def relink(
        self, x: int, parent: int, counted: Number, estimated: Fraction | int, pooled: int
    ) -> None:
        """Make ``x``'s edge the one to ``parent``, with these weights."""
        self._access(x)
        above = self.left[x]
        if above >= 0:
            self.up[above] = -1
            self.left[x] = -1
        self.wc[x], self.we[x], self.wp[x] = counted, estimated, pooled
        self._pull(x)
        self.up[x] = parent

    def _is_root(self, x: int) -> bool:
        p = self.up[x]
        return p < 0 or (self.left[p] != x and self.right[p] != x)

    def _pull(self, x: int) -> None:
        c, e, p = self.wc[x], self.we[x], self.wp[x]
        for child in (self.left[x], self.right[x]):
            if child >= 0:
                c, e, p = c + self.ac[child], e + self.ae[child], p + self.ap[child]
        self.ac[x], self.ae[x], self.ap[x] = c, e, p

    def _rotate(self, x: int) -> None:
        left, right, up = self.left, self.right, self.up
        p = up[x]
        g = up[p]
        if left[p] == x:
            b = right[x]
            left[p], right[x] = b, p
        else:
            b = left[x]
            right[p], left[x] = b, p
        if b >= 0:
            up[b] = p
        if g >= 0:
            if left[g] == p:
                left[g] = x
            elif right[g] == p:
                right[g] = x
        up[x], up[p] = g, x
        self._pull(p)
        self._pull(x)

    def _splay(self, x: int) -> None:
        left = self.left
        while not self._is_root(x):
            p = self.up[x]
            if not self._is_root(p):
                g = self.up[p]
                self._rotate(p if (left[g] == p) == (left[p] == x) else x)
            self._rotate(x)

    def _access(self, x: int) -> None:
        last, y = -1, x
        while y >= 0:
            self._splay(y)
            self.right[y] = last
            self._pull(y)
            last, y = y, self.up[y]
        self._splay(x)
