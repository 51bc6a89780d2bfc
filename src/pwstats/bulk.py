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

__all__ = ["paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while many small, long-lived objects are built.

    With a million figures the collector would otherwise rescan every live object
    again and again, making the work superlinear; it is restored after (and stays
    off if it was off).

    What survives the block is moved straight to the oldest generation
    (``gc.freeze()`` then ``gc.unfreeze()``, two list splices): the objects built
    in bulk are a result that lives on, so scanning them once more as young
    objects on the next allocation (a second per million figures) would be
    wasted. Cycles among them are still found, by the next full collection. When
    the program has frozen objects of its own, they are left frozen and the
    collector runs as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
