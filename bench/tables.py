"""Tables: rendering a reconciliation table, and the ``pwstats reconcile`` command.

The first row times :func:`pwstats.tabulate` on a report of about 10,000 findings (one
row each; conflicts left out, footnotes kept) against one bare ``tabulate`` call on
the same rows already formatted as strings, with number guessing off: the cost of
everything pwstats does before handing rows to tabulate. The second times the whole
``pwstats reconcile FILE`` command on a 100,000-figure JSON file written by
:func:`pwstats.dump` (start-up, loading, reconciling, printing) against reading that
file with :func:`json.load`, the least any command must do with it.
"""

from __future__ import annotations

import csv
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import synth
from bench._timing import Result, fmt_seconds, interleaved, not_available, ratio_text
from bench.startup import pwstats_command

__all__ = ["run"]

# A block of ten measures yields about 26 findings (levels and totals at three dates,
# events once), so this many figures per finding gives about 10,000 table rows.
_FIGURES_PER_ROW = 10 / 2.6


def available() -> str | None:
    """None when reconcile, tabulate and dump can be imported, else why not."""
    try:
        from pwstats import dump, reconcile, tabulate  # noqa: F401
    except Exception as exc:  # modules being written may fail in any way
        return f"not available ({type(exc).__name__}: {exc})"[:120]
    return None


def table_rows(report: Any) -> tuple[list[str], list[list[str]]]:
    """The findings table's header and rows as pwstats formats them (from its CSV form)."""
    from pwstats import tabulate

    text = tabulate(report, fmt="csv", conflicts=False, footnotes=False)
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


def run_render(*, rows: int, repeats: int) -> Result:
    """Time a ``rows``-row findings table against bare tabulate on the same cells."""
    import tabulate as bare

    from pwstats import reconcile, tabulate

    s = synth.make(int(rows * _FIGURES_PER_ROW))
    report = reconcile(s.dataset)
    header, cells = table_rows(report)
    c = interleaved(
        lambda: tabulate(report, fmt="github", conflicts=False),
        lambda: bare.tabulate(cells, header, tablefmt="github", disable_numparse=True),
        repeats=repeats,
    )
    return Result(
        group="tables",
        what=f"{len(report.findings):,}-row reconciliation table (github)",
        pwstats=fmt_seconds(c.a),
        against="bare tabulate, same rows",
        baseline=fmt_seconds(c.b),
        ratio=ratio_text(c.ratio),
        data={
            "rows": len(report.findings),
            "pwstats_s": c.a,
            "baseline_s": c.b,
            "ratio": c.ratio,
            "repeats": c.repeats,
        },
    )


def _wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def run_command(*, figures: int, repeats: int) -> Result:
    """Time ``pwstats reconcile FILE`` on a data file of ``figures`` figures."""
    from pwstats import dump

    s = synth.make(figures)
    what = f"pwstats reconcile, {len(s.dataset.figures):,}-figure JSON file (wall)"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.json"
        dump(s.dataset, path)
        command = [*pwstats_command(), "reconcile", str(path)]
        floor = [sys.executable, "-c", f"import json; json.load(open({str(path)!r}))"]
        try:
            first = _wall(command)
        except subprocess.CalledProcessError as exc:
            err = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
            return not_available("tables", what, f"command failed: {err[-1] if err else exc}"[:120])
        cmd_times: list[float] = []
        floor_times: list[float] = []
        if first > 30:  # too slow to repeat within the suite's budget: one run is the figure
            cmd_times.append(first)
            floor_times.append(_wall(floor))
            repeats = 0
        for i in range(repeats):
            pair = (command, floor) if i % 2 == 0 else (floor, command)
            for argv in pair:
                (cmd_times if argv is command else floor_times).append(_wall(argv))
    a, b = statistics.median(cmd_times), statistics.median(floor_times)
    ratio = statistics.median(x / y for x, y in zip(cmd_times, floor_times, strict=True))
    return Result(
        group="tables",
        what=what,
        pwstats=fmt_seconds(a),
        against="python: json.load of the file",
        baseline=fmt_seconds(b),
        ratio=ratio_text(ratio),
        target="< 10 s",
        verdict="ok" if a < 10 else "MISSED",
        data={"figures": figures, "pwstats_s": a, "baseline_s": b, "ratio": ratio},
    )


def run(*, rows: int, figures: int, repeats: int) -> list[Result]:
    """The table-rendering row and the command row."""
    why = available()
    if why is not None:
        return [
            not_available("tables", f"{rows:,}-row reconciliation table", why),
            not_available("tables", f"pwstats reconcile, {figures:,}-figure file", why),
        ]
    return [
        run_render(rows=rows, repeats=repeats),
        run_command(figures=figures, repeats=max(1, repeats // 2)),
    ]
