"""Frames: :func:`pwstats.from_frame` on UCDP GED-shaped events against pandas' read_csv.

A seeded synthetic file of ``n`` events with the 49 columns of the published GED CSV
files (ids, low/best/high deaths, start and end dates, ``;``-separated sources and their
dates, coordinates, the grouping columns, with each conflict's country and type of violence
fixed as in GED) is written once. The row times ``from_frame(frame,
preset="ucdp-ged")`` on the frame read from it against ``pandas.read_csv`` of the same
file: turning rows into checked measures and figures against reading them at all. The
issue's target: one million rows in under 20 s, at most 10x read_csv.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from bench._timing import Result, Verdict, fmt_seconds, interleaved, not_available, ratio_text

__all__ = ["run", "write_ged", "write_own"]

#: The columns of the published GED CSV files (codebook 19.1; the GED API schema), in order.
_COLUMNS = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)
_OFFICES = ("Agency One", "Agency Two", "Agency Three", "Radio Four", "Daily Five")
_SPEAKERS = ("Military", "Police", "Local residents", "Rebel spokesman", "")
_COUNTRIES = tuple(f"Country {c}" for c in "ABCDEFGHIJ")
_PLACES = tuple(f"Town {i}" for i in range(300))


def write_ged(path: Path, n: int, *, seed: int = 14) -> None:
    """Write ``n`` events with the published GED columns to ``path`` (CSV), seeded."""
    rng = random.Random(seed)
    day0 = dt.date(1990, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(_COLUMNS)
        for i in range(n):
            start = day0 + dt.timedelta(days=rng.randrange(12_000))
            prec = rng.choice((1, 1, 1, 2, 3, 4))
            end = start + dt.timedelta(days=(0, 0, 0, 3, 6, 20)[prec])
            deaths = [rng.randrange(0, 12) for _ in range(4)]
            best = sum(deaths)
            low = best - rng.randrange(0, min(best, 5) + 1)
            high = best + rng.randrange(0, 10)
            offices = rng.sample(_OFFICES, rng.randrange(1, 3))
            published = [str(end + dt.timedelta(days=rng.randrange(1, 5))) for _ in offices]
            conflict = rng.randrange(200, 600)
            dyad = conflict * 10 + rng.randrange(3)
            country = conflict % len(_COUNTRIES)  # as in GED, a conflict's own country
            place = rng.choice(_PLACES)
            lat, lon = round(rng.uniform(-30, 30), 4), round(rng.uniform(-20, 50), 4)
            headline = f"Clashes near {place}"
            out.writerow(
                (
                    100_000 + i,
                    f"XXX-{start.year}-1-{conflict}-{i}",
                    start.year,
                    "TRUE",
                    "Clear",
                    conflict % 3 + 1,  # a conflict's type of violence, as in GED
                    conflict,
                    conflict,
                    f"Conflict {conflict}",
                    dyad,
                    dyad,
                    f"Government - Group {conflict}",
                    10 + country,
                    10 + country,
                    "Government",
                    conflict,
                    conflict,
                    f"Group {conflict}",
                    len(offices),
                    "; ".join(
                        f'{o},{d},"{headline}"' for o, d in zip(offices, published, strict=True)
                    ),
                    ";".join(offices),
                    ";".join(f"{d} 00:00:00.000" for d in published),
                    headline,
                    rng.choice(_SPEAKERS),
                    rng.randrange(1, 7),
                    place,
                    f"{place} village",
                    f"Province {rng.randrange(20)}",
                    f"District {rng.randrange(100)}",
                    lat,
                    lon,
                    f"POINT ({lon} {lat})",
                    rng.randrange(100_000, 200_000),
                    _COUNTRIES[country],
                    600 + country,
                    "Africa",
                    1,
                    prec,
                    f"{start} 00:00:00.000",
                    f"{end} 00:00:00.000",
                    *deaths,
                    best,
                    high,
                    low,
                    600 + country,
                    "",
                )
            )


#: The columns of a frame of pwstats' own fields, as a CSV figure file names them.
_OWN_COLUMNS = (
    "id",
    "measure",
    "measure_label",
    "measure_kind",
    "measure_unit",
    "dim_country",
    "number",
    "as_of",
    "source_name",
    "source_via",
    "source_published",
)


def write_own(path: Path, n: int, *, measures: int = 3, seed: int = 14) -> None:
    """Write ``n`` figures of a few running totals in pwstats' own columns to ``path``.

    Each row repeats its measure's label, kind, unit and dims, as a frame of figures
    does (many rows share a measure); sources are a handful of speakers and dates.
    """
    rng = random.Random(seed)
    day0 = dt.date(2020, 1, 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(_OWN_COLUMNS)
        for i in range(n):
            k = i % measures
            day = day0 + dt.timedelta(days=i // measures)
            out.writerow(
                (
                    f"f{i}",
                    f"returned-{k}",
                    f"people returned, group {k}",
                    "cumulative",
                    "person",
                    _COUNTRIES[k % len(_COUNTRIES)],
                    100 + i + rng.randrange(10),
                    day.isoformat(),
                    rng.choice(_SPEAKERS[:4]),
                    rng.choice(_OFFICES),
                    (day + dt.timedelta(days=rng.randrange(1, 5))).isoformat(),
                )
            )


def _against_read_csv(
    what: str,
    target: str,
    path: Path,
    convert: Callable[[], object],
    *,
    n: int,
    repeats: int,
    ratio_target: float,
) -> list[Result]:
    """A wall-time row and a CPU-time row: ``convert`` against pandas.read_csv of ``path``."""
    import pandas as pd

    cpu: dict[str, list[float]] = {"from_frame": [], "read_csv": []}

    def timed(name: str, fn: Callable[[], object]) -> Callable[[], object]:
        def call() -> object:
            start = time.process_time()
            out = fn()
            cpu[name].append(time.process_time() - start)
            return out

        return call

    c = interleaved(
        timed("from_frame", convert),
        timed("read_csv", lambda: pd.read_csv(path)),
        repeats=repeats,
        warmup=n < 200_000,
    )
    skip = 1 if n < 200_000 else 0  # the untimed warm-up calls
    a, b = (statistics.median(cpu[k][skip:]) for k in ("from_frame", "read_csv"))
    ratios = [x / y for x, y in zip(cpu["from_frame"][skip:], cpu["read_csv"][skip:], strict=True)]
    cpu_ratio = statistics.median(ratios)
    seconds = 20 * n / 1_000_000
    return [
        Result(
            group="frames",
            what=what,
            pwstats=fmt_seconds(c.a),
            against="pandas.read_csv, same rows",
            baseline=fmt_seconds(c.b),
            ratio=ratio_text(c.ratio),
            target=target,
            verdict=_verdict(n, c.a < seconds and c.ratio <= ratio_target),
            data={"rows": n, "pwstats_s": c.a, "baseline_s": c.b, "ratio": c.ratio},
        ),
        Result(
            group="frames",
            what=f"{what} (CPU time)",
            pwstats=fmt_seconds(a),
            against="pandas.read_csv, same rows",
            baseline=fmt_seconds(b),
            ratio=ratio_text(cpu_ratio),
            target=target,
            verdict=_verdict(n, a < seconds and cpu_ratio <= ratio_target),
            data={"rows": n, "pwstats_cpu_s": a, "baseline_cpu_s": b, "ratio": cpu_ratio},
        ),
    ]


#: The targets are for a million rows: at the quick run's thousands, from_frame's fixed
#: costs (a few tens of milliseconds) against read_csv's few milliseconds give the ratio.
JUDGED_ROWS = 1_000_000


def _verdict(n: int, met: bool) -> Verdict:
    """ "ok" or "MISSED" at the rows the targets are for; no verdict below them."""
    if n < JUDGED_ROWS:
        return ""
    return "ok" if met else "MISSED"


def run(*, n: int, repeats: int) -> list[Result]:
    """Four rows: from_frame of ``n`` GED events, and of ``n`` figures in pwstats' own
    columns (many rows to a measure), each against read_csv, in wall and in CPU time.

    The CPU row (``time.process_time`` of the same calls) is what the wall row would read
    on a machine with a free core: on a shared machine a long run of pure Python waits
    for the processor far more than a short C one.
    """
    what = f"from_frame, {n:,} UCDP GED events"
    own = f"from_frame, {n:,} figures of 3 measures in pwstats' own columns"
    try:
        import pandas as pd

        from pwstats import from_frame
    except Exception as exc:  # pandas missing, or the module being written
        return [not_available("frames", w, f"not available ({exc})"[:120]) for w in (what, own)]

    def quiet(frame: object, **options: object) -> Callable[[], object]:
        def convert() -> object:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return from_frame(frame, **options)  # type: ignore[arg-type]

        return convert

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ged.csv"
        write_ged(path, n)
        rows = _against_read_csv(
            what,
            "1M rows < 20 s, <= 10x",
            path,
            quiet(pd.read_csv(path), preset="ucdp-ged"),
            n=n,
            repeats=repeats,
            ratio_target=10,
        )
        path = Path(tmp) / "own.csv"
        write_own(path, n)
        rows += _against_read_csv(
            own,
            "1M rows < 20 s, <= 10x",
            path,
            quiet(pd.read_csv(path)),
            n=n,
            repeats=repeats,
            ratio_target=10,
        )
    return rows
