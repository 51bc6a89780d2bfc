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
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Final

__all__ = ["BUDGET", "Suggester", "nearest"]

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
        close = difflib.get_close_matches(name, self._known, n=1, cutoff=0.6)
        self._cache[name] = found = close[0] if close else None
        return found


def nearest(name: str, known: Iterable[str]) -> str:
    """One suggestion: :meth:`Suggester.hint` of a fresh suggester."""
    return Suggester(known).hint(name)
