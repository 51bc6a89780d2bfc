"""Loading: ``pwstats.load`` of a large CSV file against the csv module reading it.

The file is the synthetic data set of :mod:`bench.synth` written by :func:`pwstats.dump`
as CSV: one row per figure (most an exact number; some intervals, low/best/high or
hedged words; each with its source inline), with the measures, sources and relations
as rows of their own. The baseline is ``list(csv.reader(file))`` on the same file: the
least any reader must do. Issue 15 sets the target: at most 3x the csv module. Two more
rows split load's time into its phases (CSV text to records; records to the checked
data set), timed in a second run interleaved with the csv module again; what the two
phases leave of load's time is reading the file and freeing the rows and records.
"""

from __future__ import annotations

import csv
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import synth
from bench._timing import Result, fmt_seconds, interleaved, not_available, ratio_text

__all__ = ["run"]

TARGET = 3.0


def _csv_module(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as handle:
        return len(list(csv.reader(handle)))


def run(*, rows: int, repeats: int) -> list[Result]:
    """Time ``pwstats.load`` of a ``rows``-figure CSV against the csv module on it."""
    what = f"load a {rows:,}-row CSV"
    try:
        from pwstats import dump, load
    except Exception as exc:  # modules being written may fail in any way
        return [not_available("loading", what, f"{type(exc).__name__}: {exc}"[:120])]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "figures.csv"
        data = synth.make(rows).dataset
        dump(data, path)
        if load(path) != data:
            raise AssertionError("load(dump(d)) != d on the benchmark's data set")
        del data  # a million live objects would slow every collector pass of the baseline
        lines = _csv_module(path)
        c = interleaved(lambda: load(path), lambda: _csv_module(path), repeats=repeats)
        read: list[float] = []
        build: list[float] = []
        p = interleaved(
            lambda: _phases(path, read, build), lambda: _csv_module(path), repeats=repeats
        )
    phases = [
        Result(
            group="loading",
            what=f"of which {name} ({rows:,} rows)",
            pwstats=fmt_seconds(statistics.median(seconds)),
            against="csv module, same file",
            baseline=fmt_seconds(p.b),
            ratio=ratio_text(statistics.median(seconds) / p.b),
            target="",
            verdict="",
            data={"phase": name, "pwstats_s": statistics.median(seconds), "baseline_s": p.b},
        )
        for name, seconds in (
            ("reading rows into records", read[-repeats:]),  # not the untimed warm-up's
            ("building the data set", build[-repeats:]),
        )
    ]
    return [
        Result(
            group="loading",
            what=what,
            pwstats=fmt_seconds(c.a),
            against="csv module, same file",
            baseline=fmt_seconds(c.b),
            ratio=ratio_text(c.ratio),
            target=f"≤ {TARGET:.0f}x" if rows >= 1_000_000 else "",
            verdict=("ok" if c.ratio <= TARGET else "MISSED") if rows >= 1_000_000 else "",
            data={
                "rows": rows,
                "csv_rows": lines,
                "pwstats_s": c.a,
                "baseline_s": c.b,
                "ratio": c.ratio,
                "repeats": c.repeats,
            },
        ),
        *phases,
    ]


def _phases(path: Path, read: list[float], build: list[float]) -> None:
    """Load's two phases, timed apart: CSV text to records, and records to the data set."""
    from pwstats.bulk import paused_gc
    from pwstats.io import build as pio_build
    from pwstats.io import rows as pio_rows

    text = path.read_text(encoding="utf-8")
    with paused_gc():
        start = time.perf_counter()
        problems: list[Any] = []
        records = pio_rows.read_csv(text, path.name, problems)
        middle = time.perf_counter()
        pio_build.finish([records], problems)
        end = time.perf_counter()
    read.append(middle - start)
    build.append(end - middle)
