"""Reconciliation: time, growth and memory of :func:`pwstats.reconcile` on synthetic data.

Each size is a seeded synthetic data set (see :mod:`bench.synth`: ten figures per
measure, mixed kinds, one relation per ten measures). pwstats' reconciliation is
timed against :func:`bench.synth.baseline`, plain tuples doing the same grouping,
intersections, conflict sweeps and propagation with none of the explanations.
Targets: a million figures over 100,000 measures with 10,000 relations in under ten
seconds and at most eight times the baseline; at most 600 bytes of peak memory per
figure beyond the input data set; time growing at most twelvefold from 100,000 to a
million figures (tenfold is linear).
"""

from __future__ import annotations

import functools
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

from bench import synth
from bench._timing import Result, fmt_bytes, fmt_seconds, interleaved, not_available, ratio_text

__all__ = ["available", "run"]

ROOT = Path(__file__).resolve().parent.parent
READING: Final = "pragmatic"


def available() -> str | None:
    """None when ``pwstats.reconcile`` can be imported, else why not."""
    try:
        from pwstats import reconcile  # noqa: F401
    except Exception as exc:  # a module being written may fail in any way
        return f"pwstats.reconcile not available ({type(exc).__name__}: {exc})"[:120]
    return None


def check(s: synth.Synthetic, report: Any) -> None:
    """Raise if the report lost or duplicated a figure (then the timing means nothing)."""
    seen = [f.id for finding in report.findings for f in finding.figures]
    if len(seen) != len(s.dataset.figures) or set(seen) != {f.id for f in s.dataset.figures}:
        raise AssertionError(
            f"reconcile returned {len(seen)} figure placements for"
            f" {len(s.dataset.figures)} figures: every figure must appear exactly once"
        )


_CHILD = """
import json, sys, tracemalloc
sys.path.insert(0, {root!r})
from bench import synth
s = synth.make({n})
which = {which!r}
if which == "pwstats":
    from pwstats import reconcile
    reconcile(synth.make(100).dataset)  # import and warm every module first
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
if which == "pwstats":
    result = reconcile(s.dataset, reading={reading!r})
else:
    result = synth.baseline(s)
peak = tracemalloc.get_traced_memory()[1] - before
print(json.dumps({{"peak": peak, "figures": len(s.rows)}}))
"""


_SERIES_CHILD = """
import datetime as dt, json, sys, tracemalloc
from pwstats import Dataset, Figure, Measure, reconcile
def series(n):
    day = dt.date(2000, 1, 1)
    total = Measure(id="t", label="running total", kind="cumulative")
    return Dataset(measures=[total], figures=[
        Figure(id=f"f{{i}}", measure="t", value=1000 + i, as_of=str(day + dt.timedelta(i)))
        for i in range(n)])
reconcile(series(100))  # import and warm every module first
d = series({n})
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
result = reconcile(d)
peak = tracemalloc.get_traced_memory()[1] - before
print(json.dumps({{"peak": peak, "figures": {n}}}))
"""


def series_peak_per_figure(n: int) -> float:
    """Peak traced bytes per figure reconciling a long series: a running total of n days.

    Each figure is a finding of its own there (one per date), so this is the shape
    where memory per figure is highest; measured in a fresh interpreter like
    :func:`peak_per_figure`.
    """
    out = subprocess.run(
        [sys.executable, "-c", _SERIES_CHILD.format(n=n)],
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return float(data["peak"]) / int(data["figures"])


def peak_per_figure(n: int, which: str) -> float:
    """Peak traced bytes per figure of one reconciliation, in a fresh interpreter.

    The data set is built before tracing starts, so only what reconciliation allocates
    (its indexes, readings, findings and the report it returns) is counted.
    """
    code = _CHILD.format(root=str(ROOT), n=n, which=which, reading=READING)
    env = dict(os.environ)
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return float(data["peak"]) / int(data["figures"])


def _predict(times: dict[int, float], n: int) -> float:
    """Seconds one run at ``n`` figures should take, from the sizes timed so far.

    Growth is assumed at least linear, and as steep as between the last two sizes.
    """
    if not times:
        return 0.0
    known = sorted(times)
    last = known[-1]
    exponent = 1.0
    if len(known) >= 2:
        prev = known[-2]
        exponent = max(1.0, math.log(times[last] / times[prev]) / math.log(last / prev))
    return float(times[last] * (n / last) ** exponent)


def run(
    *, sizes: tuple[int, ...], repeats: int, memory_size: int, budget: float = 60.0
) -> list[Result]:
    """Time reconciliation at each size against the baseline; growth and memory rows.

    A size whose single run is predicted (from the growth so far) to exceed ``budget``
    seconds is skipped with a row saying so, keeping the whole suite within its time.
    """
    why = available()
    if why is not None:
        return [not_available("reconcile", f"reconcile {n:,} figures", why) for n in sizes]
    from pwstats import reconcile

    rows: list[Result] = []
    times: dict[int, float] = {}
    largest = max(sizes)
    for n in sorted(sizes):
        predicted = _predict(times, n)
        if predicted > budget:
            rows.append(
                not_available(
                    "reconcile",
                    f"reconcile {n:,} figures",
                    f"skipped: one run would take about {predicted:.0f} s at the growth"
                    f" measured so far (budget {budget:.0f} s)",
                    target="< 10 s and ≤ 8.00x" if n >= 1_000_000 else "",
                )
            )
            continue
        s = synth.make(n)
        d = s.dataset
        check(s, reconcile(d, reading=READING))
        reps = max(1, repeats if n < 1_000_000 else min(repeats, 2))
        c = interleaved(
            functools.partial(reconcile, d, reading=READING),
            functools.partial(synth.baseline, s),
            repeats=reps,
            warmup=False,
        )
        times[n] = c.a
        target = ""
        verdict: Any = ""
        if n == largest and n >= 1_000_000:
            target = "< 10 s and ≤ 8.00x"
            verdict = "ok" if c.a < 10 and c.ratio <= 8 else "MISSED"
        rows.append(
            Result(
                group="reconcile",
                what=(
                    f"reconcile {len(d.figures):,} figures, {len(d.measures):,} measures,"
                    f" {len(d.relations):,} relations"
                ),
                pwstats=fmt_seconds(c.a),
                against="plain-tuple baseline",
                baseline=fmt_seconds(c.b),
                ratio=ratio_text(c.ratio),
                target=target,
                verdict=verdict,
                data={
                    "n": n,
                    "pwstats_s": c.a,
                    "baseline_s": c.b,
                    "ratio": c.ratio,
                    "repeats": c.repeats,
                },
            )
        )
    ordered = sorted(times)
    if len(ordered) >= 2:
        n1, n2 = ordered[-2], ordered[-1]
        growth = times[n2] / times[n1]
        exponent = math.log(growth) / math.log(n2 / n1)
        is_target = (n1, n2) == (100_000, 1_000_000)
        rows.append(
            Result(
                group="reconcile",
                what=f"growth {n1:,} → {n2:,} figures (exponent {exponent:.2f})",
                pwstats=f"{growth:.1f}x",
                against="linear",
                baseline=f"{n2 / n1:.1f}x",
                ratio=ratio_text(growth / (n2 / n1)),
                target="≤ 12x" if is_target else "",
                verdict=("ok" if growth <= 12 else "MISSED") if is_target else "",
                data={"n1": n1, "n2": n2, "growth": growth, "exponent": exponent},
            )
        )
    pw_mem = peak_per_figure(memory_size, "pwstats")
    base_mem = peak_per_figure(memory_size, "baseline")
    rows.append(
        Result(
            group="reconcile",
            what=f"peak memory per figure, {memory_size:,} figures",
            pwstats=fmt_bytes(pw_mem),
            against="plain-tuple baseline",
            baseline=fmt_bytes(base_mem),
            ratio=ratio_text(pw_mem / base_mem if base_mem else math.inf),
            target="≤ 600 B",
            verdict="ok" if pw_mem <= 600 else "MISSED",
            data={"n": memory_size, "pwstats_bytes": pw_mem, "baseline_bytes": base_mem},
        )
    )
    series_mem = series_peak_per_figure(memory_size)
    rows.append(
        Result(
            group="reconcile",
            what=f"peak memory per figure, a running total of {memory_size:,} daily figures",
            pwstats=fmt_bytes(series_mem),
            against="",
            baseline="",
            ratio="",
            target="≤ 600 B",
            verdict="ok" if series_mem <= 600 else "MISSED",
            data={"n": memory_size, "pwstats_bytes": series_mem},
        )
    )
    return rows
