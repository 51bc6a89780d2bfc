"""Loading: ``pwstats.load`` of a large CSV file against the csv module reading it.

The file is the synthetic data set of :mod:`bench.synth` written by :func:`pwstats.dump`
as CSV: one row per figure (most an exact number; some intervals, low/best/high or
hedged words; each with its source inline), with the measures, sources and relations
as rows of their own. The baseline is ``list(csv.reader(file))`` on the same file: the
least any reader must do. Issue 15 sets the target: at most 3x the csv module.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

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
        loaded = load(path)
        if loaded != data:
            raise AssertionError("load(dump(d)) != d on the benchmark's data set")
        lines = _csv_module(path)
        c = interleaved(lambda: load(path), lambda: _csv_module(path), repeats=repeats)
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
        )
    ]
