"""Run every pwstats benchmark and print one table: ``python bench/run.py [--quick] [--json F]``.

Each row says what was measured, pwstats' figure, the rival's figure measured in the
same run (interleaved with pwstats' repetitions), their ratio and, where the issue set
one, the target and whether this run met it. Times are medians; judge by the ratios,
which survive a noisy machine far better than absolute times do. ``--quick`` runs
every benchmark at a small size (under a minute) so that a broken benchmark fails CI;
it asserts nothing about time. Data are synthetic and seeded, so runs are comparable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs

from bench import (
    adversarial,
    extraction,
    frames,
    intervals,
    loading,
    parsing,
    reconcile,
    scale,
    startup,
    tables,
)
from bench import stats as stats_bench
from bench._timing import Result

GROUPS = (
    "intervals",
    "loading",
    "parsing",
    "extraction",
    "reconcile",
    "adversarial",
    "start-up",
    "tables",
    "stats",
    "scale",
    "frames",
)

#: Sizes and repetitions: the full run (about five minutes here) and --quick.
FULL: dict[str, dict[str, object]] = {
    "intervals": {"n": 1_000_000, "repeats": 5},
    "loading": {"rows": 1_000_000, "repeats": 3},
    "parsing": {"n": 50_000, "rival_n": 1_000, "repeats": 5},
    "extraction": {"repeats": 5, "copies": 100},
    "reconcile": {"sizes": (10_000, 100_000, 1_000_000), "repeats": 5, "memory_size": 100_000},
    # From 2,000: the running total with year-long events links nothing for its first
    # year of figures, so from 1,000 the exponent measured that warm-up (a third of
    # the figures), not the growth; larger sizes also show any quadratic cost sooner.
    "adversarial": {"sizes": adversarial.SIZES, "repeats": 3},
    "start-up": {"repeats": 31},
    "tables": {"rows": 10_000, "figures": 100_000, "repeats": 5},
    "stats": {"sizes": (100_000, 1_000_000), "repeats": 3},
    "scale": {"documents": 20_000, "figures": 2_000_000, "repeats": 1},
    "frames": {"n": 1_000_000, "repeats": 1},
}
QUICK: dict[str, dict[str, object]] = {
    "intervals": {"n": 20_000, "repeats": 3},
    "loading": {"rows": 5_000, "repeats": 2},
    "parsing": {"n": 5_000, "rival_n": 100, "repeats": 3},
    "extraction": {"repeats": 3, "copies": 5},
    "reconcile": {"sizes": (10_000, 20_000), "repeats": 3, "memory_size": 10_000},
    # Each shape at sizes where its smallest takes 20 ms at least (doubled from 50 until
    # it does): below that the exponent measured the timer and the machine, not growth.
    "adversarial": {"sizes": (50, 100, 200), "repeats": 2, "sum_parts": 1_000, "min_seconds": 0.02},
    "start-up": {"repeats": 5},
    "tables": {"rows": 1_000, "figures": 10_000, "repeats": 2},
    "stats": {"sizes": (2_000, 10_000), "repeats": 2},
    "scale": {"documents": 200, "figures": 5_000, "repeats": 1, "memory": False},
    "frames": {"n": 2_000, "repeats": 2},
}

HEADERS = ("group", "measured", "pwstats", "compared with", "its figure", "ratio", "target", "")


def versions() -> dict[str, str]:
    """Versions of Python, pwstats and every comparison package (or "not installed")."""
    out = {"python": platform.python_version(), "platform": platform.platform()}
    for dist in (
        "pwstats",
        "attrs",
        "tabulate",
        "portion",
        "quantulum3",
        "recognizers-text-number",
        "pandas",
    ):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def _runners(
    sizes: dict[str, dict[str, object]], misses: dict[str, list[str]]
) -> dict[str, Callable[[], list[Result]]]:
    def parse_rows() -> list[Result]:
        rows, found = parsing.run(**sizes["parsing"])  # type: ignore[arg-type]
        misses.update(found)
        return rows

    def extract_rows() -> list[Result]:
        rows, found = extraction.run(**sizes["extraction"])  # type: ignore[arg-type]
        misses.update(found)
        return rows

    return {
        "intervals": lambda: intervals.run(**sizes["intervals"]),  # type: ignore[arg-type]
        "loading": lambda: loading.run(**sizes["loading"]),  # type: ignore[arg-type]
        "parsing": parse_rows,
        "extraction": extract_rows,
        "reconcile": lambda: reconcile.run(**sizes["reconcile"]),  # type: ignore[arg-type]
        "adversarial": lambda: adversarial.run(**sizes["adversarial"]),  # type: ignore[arg-type]
        "start-up": lambda: startup.run(**sizes["start-up"]),  # type: ignore[arg-type]
        "tables": lambda: tables.run(**sizes["tables"]),  # type: ignore[arg-type]
        "stats": lambda: stats_bench.run(**sizes["stats"]),  # type: ignore[arg-type]
        "scale": lambda: scale.run(**sizes["scale"]),  # type: ignore[arg-type]
        "frames": lambda: frames.run(**sizes["frames"]),  # type: ignore[arg-type]
    }


def render(results: Sequence[Result]) -> str:
    """The results as one github-style table."""
    from tabulate import tabulate

    rows = [
        [r.group, r.what, r.pwstats, r.against, r.baseline, r.ratio, r.target, r.verdict]
        for r in results
    ]
    return tabulate(rows, HEADERS, tablefmt="github", disable_numparse=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks, print the table, and write ``--json`` if asked."""
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument(
        "--only", choices=GROUPS, action="append", help="run only this group (repeatable)"
    )
    parser.add_argument(
        "--misses", action="store_true", help="list the phrases each parser read wrongly"
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    misses: dict[str, list[str]] = {}
    runners = _runners(sizes, misses)
    results: list[Result] = []
    started = time.perf_counter()
    for group in args.only or GROUPS:
        t0 = time.perf_counter()
        print(f"running {group} ...", file=sys.stderr, flush=True)
        results.extend(runners[group]())
        print(f"  {group}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    meta = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "seconds": round(elapsed, 1),
        "versions": versions(),
    }
    print(render(results))
    print(
        f"\n{meta['mode']} run, {elapsed:.0f} s, {meta['date']};"
        " ratio = pwstats' figure / the rival's (for times, below 1 means pwstats is faster)"
    )
    if args.misses:
        for tool, missed in misses.items():
            print(f"\n{tool} read {len(missed)} phrases wrongly:")
            for line in missed:
                print(f"  {line}")
    if args.json:
        doc = {
            **meta,
            "results": [attrs.asdict(r) for r in results],
            "misses": misses,
        }
        Path(args.json).write_text(json.dumps(doc, indent=2, default=str) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
