"""Did-you-mean suggestions for unknown names, with a budget so that errors stay cheap.

Finding the nearest of n known ids costs O(n) string comparisons; a file with
thousands of misspelt ids would make that quadratic. :class:`Suggester` caches
each name's answer and stops suggesting after :data:`BUDGET` comparisons in all,
so reporting every problem of a file stays linear however many there are.

>>> s = Suggester(["released", "returned"])
>>> s.hint("relesed")
" (did you mean 'released'?)"
>>> s.hint("zzz")
''

A name is near a known one when :func:`difflib.get_close_matches` finds it so
(a ratio of matching letters at least the cutoff), or when it is the known name
with two adjacent letters swapped: one edit in the optimal string alignment
distance (:func:`distance`), as ``hihg`` is from ``high`` and ``lwo`` from
``low``, which the ratio alone finds too far. A swap is taken before the ratio's
choice.

>>> closest("hihg", ["low", "best", "high"], cutoff=0.8), closest("row", ["low"], cutoff=0.8)
('high', None)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Final

__all__ = ["BUDGET", "Suggester", "closest", "distance", "nearest"]

#: Comparisons (known names examined) a suggester spends in all before it stops.
BUDGET: Final = 5_000


class Suggester:
    """Suggests the nearest known name for unknown ones, each once, within a budget."""

    def __init__(self, known: Iterable[str], *, budget: int = BUDGET) -> None:
        self._known = list(known)
        self._left = budget
        self._cache: dict[str, str | None] = {}

    def hint(self, name: str) -> str:
        """`` (did you mean 'x'?)`` for the nearest known name, or ``''``."""
        close = self.closest(name)
        return "" if close is None else f" (did you mean {close!r}?)"

    def closest(self, name: str) -> str | None:
        """The nearest known name, or None (none near enough, or the budget spent)."""
        if name in self._cache:
            return self._cache[name]
        if self._left < len(self._known):
            return None
        self._left -= len(self._known)
        self._cache[name] = found = closest(name, self._known)
        return found


def nearest(name: str, known: Iterable[str]) -> str:
    """One suggestion: :meth:`Suggester.hint` of a fresh suggester."""
    return Suggester(known).hint(name)


def closest(name: str, known: Iterable[str], *, cutoff: float = 0.6) -> str | None:
    """The known name nearest ``name``, or None: one that is ``name`` with two adjacent
    letters swapped, else difflib's closest at a ratio of at least ``cutoff``.

    >>> closest("bset", ["best", "low"]), closest("hight", ["high"]), closest("zzz", ["a"])
    ('best', 'high', None)
    """
    candidates = list(known)
    letters = sorted(name)
    for other in candidates:
        if len(other) == len(name) and sorted(other) == letters and distance(name, other) == 1:
            return other  # a transposition: the same letters, two neighbours swapped
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=cutoff)
    return close[0] if close else None


def distance(a: str, b: str) -> int:
    """The optimal string alignment distance between ``a`` and ``b``: the fewest letters
    inserted, deleted or replaced, or adjacent pairs swapped, that make one the other
    (no letter edited twice). It is a distance on strings of letters without the
    triangle inequality (``ca`` → ``abc`` is 3, though ``ca`` → ``ac`` → ``abc`` is 2).

    >>> distance("hihg", "high"), distance("hight", "high"), distance("row", "low")
    (1, 1, 1)
    >>> distance("ca", "abc"), distance("", "abc")
    (3, 3)
    """
    before: list[int] = []  # the row two back
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i, *([0] * len(b))]
        for j, y in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y and x != y:
                row[j] = min(row[j], before[j - 2] + 1)
        before, previous = previous, row
    return previous[-1]
