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
        self._cache: dict[str, str] = {}

    def hint(self, name: str) -> str:
        """`` (did you mean 'x'?)`` for the nearest known name, or ``''``."""
        if name in self._cache:
            return self._cache[name]
        if self._left < len(self._known):
            return ""
        self._left -= len(self._known)
        close = difflib.get_close_matches(name, self._known, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        self._cache[name] = hint
        return hint


def nearest(name: str, known: Iterable[str]) -> str:
    """One suggestion: :meth:`Suggester.hint` of a fresh suggester."""
    return Suggester(known).hint(name)
