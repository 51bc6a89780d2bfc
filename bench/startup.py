"""Start-up: ``import pwstats`` against ``import attrs``, and ``pwstats --help``.

Each measurement is a fresh interpreter, so nothing is cached in memory between
repetitions (the operating system's file cache is warm for both sides alike). The
import is timed inside the child with ``perf_counter`` around the import statement, so
the interpreter's own start-up, identical for both, does not dilute the ratio. The
``--help`` figure is the wall time of the whole command, as a user waits for it,
against ``python -c pass``, the floor any Python command pays.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench._timing import Result, fmt_seconds, not_available, ratio_text

__all__ = ["run"]

_PROBE = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"


def _import_time(module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module)],
        check=True,
        capture_output=True,
        text=True,
        env=_clean_env(),
    )
    return float(out.stdout.strip().splitlines()[-1])


def _wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=_clean_env())
    return time.perf_counter() - start


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.pop("PYTHONSTARTUP", None)
    return env


def pwstats_command() -> list[str]:
    """The ``pwstats`` console script beside this interpreter, else ``python -m pwstats``."""
    script = Path(sys.executable).with_name("pwstats")
    if script.exists():
        return [str(script)]
    found = shutil.which("pwstats")
    if found:
        return [found]
    return [sys.executable, "-m", "pwstats"]


def _pairs(a: list[float], b: list[float]) -> tuple[float, float, float]:
    ratios = [x / y for x, y in zip(a, b, strict=True) if y > 0]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def run(*, repeats: int) -> list[Result]:
    """Import and ``--help`` timings, each the median of ``repeats`` fresh processes."""
    rows: list[Result] = []
    imp_pw: list[float] = []
    imp_attrs: list[float] = []
    for i in range(repeats + 1):
        first, second = ("pwstats", "attrs") if i % 2 == 0 else ("attrs", "pwstats")
        t1, t2 = _import_time(first), _import_time(second)
        if i == 0:
            continue  # warm the file cache and the bytecode cache
        pw, at = (t1, t2) if first == "pwstats" else (t2, t1)
        imp_pw.append(pw)
        imp_attrs.append(at)
    a, b, r = _pairs(imp_pw, imp_attrs)
    rows.append(
        Result(
            group="start-up",
            what="import pwstats",
            pwstats=fmt_seconds(a),
            against="import attrs",
            baseline=fmt_seconds(b),
            ratio=ratio_text(r),
            target="≤ 1.50x",
            verdict="ok" if r <= 1.5 else "MISSED",
            data={"pwstats_s": a, "baseline_s": b, "ratio": r, "repeats": repeats},
        )
    )
    lazy_pw: list[float] = []
    lazy_attrs: list[float] = []
    for i in range(repeats):
        if i % 2 == 0:
            lazy_pw.append(_import_time("pwstats; pwstats.Dataset"))
            lazy_attrs.append(_import_time("attrs"))
        else:
            lazy_attrs.append(_import_time("attrs"))
            lazy_pw.append(_import_time("pwstats; pwstats.Dataset"))
    a, b, r = _pairs(lazy_pw, lazy_attrs)
    rows.append(
        Result(
            group="start-up",
            what="import pwstats, then pwstats.Dataset (loads the model)",
            pwstats=fmt_seconds(a),
            against="import attrs",
            baseline=fmt_seconds(b),
            ratio=ratio_text(r),
            data={"pwstats_s": a, "baseline_s": b, "ratio": r, "repeats": repeats},
        )
    )
    command = pwstats_command()
    try:
        _wall([*command, "--help"])
    except subprocess.CalledProcessError as exc:
        err = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        why = f"--help failed: {err[-1] if err else exc.returncode}"[:100]
        rows.append(not_available("start-up", "pwstats --help (wall)", why, target="< 0.3 s"))
        return rows
    helps: list[float] = []
    floors: list[float] = []
    for i in range(repeats):
        if i % 2 == 0:
            helps.append(_wall([*command, "--help"]))
            floors.append(_wall([sys.executable, "-c", "pass"]))
        else:
            floors.append(_wall([sys.executable, "-c", "pass"]))
            helps.append(_wall([*command, "--help"]))
    a, b, r = _pairs(helps, floors)
    rows.append(
        Result(
            group="start-up",
            what=f"{Path(command[-1]).name if len(command) == 1 else 'python -m pwstats'} --help"
            " (wall)",
            pwstats=fmt_seconds(a),
            against="python -c pass",
            baseline=fmt_seconds(b),
            ratio=ratio_text(r),
            target="< 0.3 s",
            verdict="ok" if a < 0.3 else "MISSED",
            data={"pwstats_s": a, "baseline_s": b, "ratio": r, "repeats": repeats},
        )
    )
    return rows
