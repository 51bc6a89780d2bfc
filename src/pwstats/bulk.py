"""One helper for code that builds many small objects at once.

>>> import gc
>>> with paused_gc():
...     gc.isenabled()
False
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["PROMOTE_AT", "paused_gc"]


#: A block that leaves at least this many new objects behind moves them straight to
#: the oldest generation (see :func:`paused_gc`).
PROMOTE_AT = 1_000_000


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while many small, long-lived objects are built.

    With a million figures the collector would otherwise rescan every live object
    again and again, making the work superlinear; it is restored after (and stays
    off if it was off).

    A block that leaves at least :data:`PROMOTE_AT` new objects behind (a million
    figures' findings leave several million) moves them straight to the oldest
    generation (``gc.freeze()`` then ``gc.unfreeze()``): scanning them once more as
    young objects on the next allocation would take about a second, for a result
    that lives on. Cycles among them are found by the next full collection. Smaller
    blocks leave the collector as it was: ``gc.freeze()`` also restarts the counts
    that trigger collections, so a program calling pwstats in a loop would
    otherwise never collect its own short-lived cycles. A program that froze
    objects of its own keeps them frozen.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_count()[0] >= PROMOTE_AT and not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
