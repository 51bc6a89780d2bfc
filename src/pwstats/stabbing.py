"""The fewest points that stab every interval, and the groups they make (linear after a sort).

Greedy over the intervals sorted by their high end: the first high end is a stabbing
point; every interval holding it joins its group; repeat on the rest. The number of
groups is the minimum possible — it equals the largest number of pairwise disjoint
intervals — and the groups' common intervals are pairwise disjoint and increasing.
Empty intervals belong to no group.

>>> from pwstats.interval import Interval
>>> stab([Interval.closed(0, 10), Interval.closed(0, 1), Interval.closed(5, 6)])
[[0, 1], [2]]
"""

from __future__ import annotations

from collections.abc import Sequence

from pwstats.interval import End, Interval

__all__ = ["stab"]


def _lo(iv: Interval) -> tuple[End, int]:
    return iv.lo, 0 if iv.lo_closed else 1


def _hi(iv: Interval) -> tuple[End, int]:
    return iv.hi, 0 if iv.hi_closed else -1


def stab(intervals: Sequence[Interval]) -> list[list[int]]:
    """Indices of ``intervals`` grouped by the greedy minimum set of stabbing points."""
    n = len(intervals)
    his = [_hi(iv) for iv in intervals]
    los = [_lo(iv) for iv in intervals]
    order = sorted((i for i, iv in enumerate(intervals) if not iv.is_empty), key=his.__getitem__)
    by_lo = sorted(order, key=los.__getitem__)
    taken = [False] * n
    groups: list[list[int]] = []
    j = 0  # the next interval by low end not yet seen
    for i in order:
        if taken[i]:
            continue
        point = his[i]
        members: list[int] = []
        # Every untaken interval starting at or before the point ends at or after it
        # (they are visited by high end), so each holds it.
        while j < len(by_lo) and los[by_lo[j]] <= point:
            k = by_lo[j]
            j += 1
            if not taken[k]:
                taken[k] = True
                members.append(k)
        members.sort()
        groups.append(members)
    return groups
