"""Frames: :func:`pwstats.from_frame` on UCDP GED-shaped events against pandas' read_csv.

A seeded synthetic file of ``n`` events with the published GED columns (ids, low/best/
high deaths, start and end dates, ``;``-separated sources and their dates, the six
grouping columns) is written once as CSV. The row times ``from_frame(frame,
preset="ucdp-ged")`` on the frame read from it against ``pandas.read_csv`` of the same
file: turning rows into checked measures and figures against reading them at all. The
issue's target: one million rows in under 20 s, at most 10x read_csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
import warnings
from pathlib import Path

from bench._timing import Result, fmt_seconds, interleaved, not_available, ratio_text

__all__ = ["run", "write_ged"]

_COLUMNS = (
    "id",
    "year",
    "type_of_violence",
    "conflict_new_id",
    "conflict_name",
    "dyad_new_id",
    "side_a",
    "side_b",
    "source_article",
    "source_office",
    "source_date",
    "source_original",
    "country",
    "region",
    "date_prec",
    "date_start",
    "date_end",
    "best",
    "high",
    "low",
)
_OFFICES = ("Agency One", "Agency Two", "Agency Three", "Radio Four", "Daily Five")
_SPEAKERS = ("Military", "Police", "Local residents", "Rebel spokesman", "")
_COUNTRIES = tuple(f"Country {c}" for c in "ABCDEFGHIJ")


def write_ged(path: Path, n: int, *, seed: int = 14) -> None:
    """Write ``n`` GED-shaped events to ``path`` (CSV), seeded."""
    rng = random.Random(seed)
    day0 = dt.date(1990, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(_COLUMNS)
        for i in range(n):
            start = day0 + dt.timedelta(days=rng.randrange(12_000))
            prec = rng.choice((1, 1, 1, 2, 3, 4))
            end = start + dt.timedelta(days=(0, 0, 0, 3, 6, 20)[prec])
            low = rng.randrange(0, 50)
            best = low + rng.randrange(0, 5)
            high = best + rng.randrange(0, 10)
            offices = rng.sample(_OFFICES, rng.randrange(1, 3))
            published = [str(end + dt.timedelta(days=rng.randrange(1, 5))) for _ in offices]
            conflict = rng.randrange(200, 600)
            out.writerow(
                (
                    100_000 + i,
                    start.year,
                    rng.randrange(1, 4),
                    conflict,
                    f"Conflict {conflict}",
                    conflict * 10 + rng.randrange(3),
                    "Government",
                    f"Group {conflict}",
                    "; ".join(
                        f'{o},{d},"Headline"' for o, d in zip(offices, published, strict=True)
                    ),
                    ";".join(offices),
                    ";".join(f"{d} 00:00:00.000" for d in published),
                    rng.choice(_SPEAKERS),
                    rng.choice(_COUNTRIES),
                    "Africa",
                    prec,
                    f"{start} 00:00:00.000",
                    f"{end} 00:00:00.000",
                    best,
                    high,
                    low,
                )
            )


def run(*, n: int, repeats: int) -> list[Result]:
    """One row: from_frame of ``n`` GED events against read_csv of the same file."""
    what = f"from_frame, {n:,} UCDP GED events"
    try:
        import pandas as pd

        from pwstats import from_frame
    except Exception as exc:  # pandas missing, or the module being written
        return [not_available("frames", what, f"not available ({exc})"[:120])]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ged.csv"
        write_ged(path, n)
        frame = pd.read_csv(path)

        def convert() -> object:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return from_frame(frame, preset="ucdp-ged")

        c = interleaved(convert, lambda: pd.read_csv(path), repeats=repeats, warmup=n < 200_000)
    met = c.a < 20 * n / 1_000_000 and c.ratio <= 10
    return [
        Result(
            group="frames",
            what=what,
            pwstats=fmt_seconds(c.a),
            against="pandas.read_csv, same rows",
            baseline=fmt_seconds(c.b),
            ratio=ratio_text(c.ratio),
            target="1M rows < 20 s, <= 10x",
            verdict="ok" if met else "MISSED",
            data={"rows": n, "pwstats_s": c.a, "baseline_s": c.b, "ratio": c.ratio},
        )
    ]
