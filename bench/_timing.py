"""Timing helpers shared by the benchmarks: interleaved repetitions, medians, results.

The machines that run these benchmarks are shared and noisy, so nothing here trusts one
absolute time. Every comparison runs pwstats and its baseline in alternation (A B A B
...), so that drift in the machine's speed hits both alike, and reports the median of
each side and the median of the per-pair ratios.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import attrs

__all__ = [
    "Comparison",
    "Result",
    "fmt_bytes",
    "fmt_rate",
    "fmt_seconds",
    "interleaved",
    "not_available",
    "phase_ratio",
    "ratio_text",
    "rotated",
]

#: Whether a result met its target, missed it, has no target, or could not be measured.
Verdict = Literal["ok", "MISSED", "", "n/a"]


@attrs.frozen
class Comparison:
    """Medians of interleaved timings of pwstats (``a``) and a baseline (``b``).

    ``ratio`` is the median over repetitions of ``a_i / b_i``: below 1 means pwstats
    took less time than the baseline did in the same repetition.
    """

    a: float
    b: float
    ratio: float
    repeats: int


def _once(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(
    a: Callable[[], object],
    b: Callable[[], object],
    *,
    repeats: int,
    warmup: bool = True,
) -> Comparison:
    """Time ``a`` and ``b`` alternately ``repeats`` times each and return the medians.

    A first untimed call of each (``warmup``) fills caches that later calls would find
    full; the garbage collector runs before each timed call so one side does not pay
    for the other's garbage.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    if warmup:
        a()
        b()
    times_a: list[float] = []
    times_b: list[float] = []
    for i in range(repeats):
        # Alternate which side goes first, so neither always runs on a warmer machine.
        if i % 2 == 0:
            times_a.append(_once(a))
            times_b.append(_once(b))
        else:
            times_b.append(_once(b))
            times_a.append(_once(a))
    ratios = [x / y for x, y in zip(times_a, times_b, strict=True) if y > 0]
    return Comparison(
        a=statistics.median(times_a),
        b=statistics.median(times_b),
        ratio=statistics.median(ratios) if ratios else float("inf"),
        repeats=repeats,
    )


def rotated(
    workloads: Sequence[Callable[[], Mapping[str, float]]], *, repeats: int
) -> list[list[Mapping[str, float]]]:
    """Run several workloads that time their own phases, in rotation, ``repeats`` times.

    Each workload returns ``{phase: seconds}``. The order rotates every round (A B C,
    B C A, C A B, ...) so no workload always runs first. Returns, per workload, its list
    of phase timings, one per round; an untimed first round warms every workload up.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    n = len(workloads)
    out: list[list[Mapping[str, float]]] = [[] for _ in workloads]
    for fn in workloads:
        fn()
    for r in range(repeats):
        for k in range(n):
            i = (r + k) % n
            gc.collect()
            out[i].append(workloads[i]())
    return out


def phase_ratio(
    a: Sequence[Mapping[str, float]], b: Sequence[Mapping[str, float]], phases: Sequence[str]
) -> Comparison:
    """Medians of the summed ``phases`` of two rotated workloads, and of their round ratios."""
    ta = [sum(r[p] for p in phases) for r in a]
    tb = [sum(r[p] for p in phases) for r in b]
    ratios = [x / y for x, y in zip(ta, tb, strict=True) if y > 0]
    return Comparison(
        a=statistics.median(ta),
        b=statistics.median(tb),
        ratio=statistics.median(ratios) if ratios else float("inf"),
        repeats=len(ta),
    )


@attrs.frozen
class Result:
    """One line of the benchmark table.

    ``pwstats`` and ``baseline`` are the two figures as text (a time, a rate, a count);
    ``ratio`` is pwstats' figure over the baseline's, written as text (``"0.18x"``), with
    ``sense`` saying how to read it; ``target`` is the goal from the issue, and
    ``verdict`` whether this run met it. ``data`` keeps the raw numbers for ``--json``.
    """

    group: str
    what: str
    pwstats: str
    against: str
    baseline: str
    ratio: str
    target: str = ""
    verdict: Verdict = ""
    data: dict[str, object] = attrs.field(factory=dict)


def not_available(group: str, what: str, why: str, *, target: str = "") -> Result:
    """A row for a benchmark that could not run here, saying why."""
    return Result(
        group=group,
        what=what,
        pwstats=why,
        against="",
        baseline="",
        ratio="",
        target=target,
        verdict="n/a",
        data={"available": False, "why": why},
    )


def fmt_seconds(seconds: float) -> str:
    """A duration with a unit that keeps three significant digits."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_rate(per_second: float, unit: str) -> str:
    """A throughput such as ``61,200 phrases/s``."""
    return f"{per_second:,.0f} {unit}/s"


def fmt_bytes(n: float) -> str:
    """A byte count such as ``412 B`` or ``3.1 MB``."""
    if n >= 1e6:
        return f"{n / 1e6:.1f} MB"
    if n >= 1e4:
        return f"{n / 1e3:.0f} kB"
    return f"{n:.0f} B"


def ratio_text(ratio: float) -> str:
    """A ratio as ``0.18x``."""
    if ratio == float("inf"):
        return "inf"
    return f"{ratio:.2f}x" if ratio < 100 else f"{ratio:.0f}x"
