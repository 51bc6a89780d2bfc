"""pwstats.bulk.paused_gc: the collector is paused, restored, and loses nothing."""

from __future__ import annotations

import gc
import weakref

from pwstats.bulk import PROMOTE_AT, paused_gc


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    """Inside the block the collector is off; after it, on again (or still off)."""
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cycles_built_inside_are_still_collected() -> None:
    """A reference cycle made in the block and dropped is freed by a full collection."""
    with paused_gc():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
        del a, b
    assert alive() is not None  # nothing collected it yet: the collector was paused
    gc.collect()
    assert alive() is None


def test_objects_the_program_froze_stay_frozen() -> None:
    """A program that froze its heap (gc.freeze, before forking) keeps it frozen."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with paused_gc():
            [_Node() for _ in range(100)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_small_blocks_in_a_loop_leave_the_programs_cycles_to_be_collected() -> None:
    """A program calling pwstats in a loop, making a few cycles between calls, keeps
    its memory: the collector's counts are not restarted by small blocks."""
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(20_000):
        with paused_gc():
            pass
        _Cycle()
    assert len(gc.get_objects()) < before + 5_000  # without collections: 20,000 more


def test_a_big_block_moves_what_it_built_to_the_oldest_generation() -> None:
    """A block leaving a million new objects behind leaves no young objects to rescan."""
    with paused_gc():
        kept = [[i] for i in range(PROMOTE_AT + 1)]
    assert gc.get_count()[0] < 1_000
    assert len(kept) == PROMOTE_AT + 1
