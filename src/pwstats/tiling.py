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
bisection, so a tiling costs its number of periods; a period tiled is added as one
period, so periods nested in one another ("since 1 January", month by month) take a
step or two each, not one per day inside.

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
from typing import Generic, TypeVar

from pwstats.dates import DateSpan

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
