"""Scale-out benchmarks: extraction and reconciliation on one and on two Dask workers.

Both compare pwstats with itself in the same run, so the ratios hold on a noisy machine:

- **extract**: synthetic wire-style documents (about 1.5 kB each, a dozen figures among
  dates, times, ordinals and ages) made inside the bag — no list of documents is ever
  held by the driver — and read by :func:`pwstats.dask.extract` on a
  ``distributed.LocalCluster`` of one worker process, then of two. Each partition's
  records are counted where they were made (as a pipeline writing Parquet per
  partition would), so the time is the reading. Peak memory of each worker is
  measured at two sizes: flat means it does not grow with the number of documents.
- **reconcile**: the synthetic data set of ``bench/synth.py`` (ten figures per measure,
  one relation per ten measures) reconciled by :func:`pwstats.reconcile` in this
  process, and by :func:`pwstats.dask.reconcile` on a cluster of two worker processes;
  the reports must be equal. The time of each phase of the two-worker run (cutting into
  batches, writing them, the workers, reading the findings back and merging) is given,
  to show where the time goes.

Clusters are started before timing (their start-up is not counted) and closed after.
"""

from __future__ import annotations

import contextlib
import pickle
import random
import resource
import time
from collections.abc import Iterator
from typing import Any

import attrs

from bench import synth
from bench._timing import Result, fmt_bytes, fmt_seconds, not_available, ratio_text

__all__ = ["available", "run", "wire_document"]

EXTRACT_TARGET = 1.7
RECONCILE_TARGET = 1.6
#: The sizes the speed-ups are judged at (the full run's): at the quick run's hundreds of
#: documents and thousands of figures, starting workers and moving data take most of the
#: time, and two workers cannot be faster than one by much.
JUDGED_DOCUMENTS = 20_000
JUDGED_FIGURES = 2_000_000

_OUTLETS = ("Reuters", "AFP", "AP", "Ukrinform", "TASS", "Kyiv Independent", "BBC")
_PLACES = ("KYIV", "MOSCOW", "ABU DHABI", "ISTANBUL", "GENEVA", "WARSAW")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct")
_HEDGES = ("more than", "almost", "about", "at least", "nearly", "over", "up to", "exactly", "")
_NOUNS = ("prisoners", "soldiers", "civilians", "defenders", "people", "servicemen")
_VERBS = ("returned home", "were released", "were exchanged", "remain in captivity")


def _number(rng: random.Random) -> str:
    n = rng.choice((rng.randrange(2, 99), rng.randrange(100, 999), rng.randrange(1000, 70000)))
    if n >= 1000 and rng.random() < 0.5:
        n = n // 100 * 100
    return f"{n:,}"


def wire_document(i: int) -> dict[str, Any]:
    """Wire story ``i``: dateline, hedged figures, dates, times, ordinals, ages (seeded)."""
    rng = random.Random(i)
    outlet = rng.choice(_OUTLETS)
    month, day = rng.choice(_MONTHS), rng.randrange(1, 29)
    sentences = [
        f"{rng.choice(_PLACES)}, {month} {day} ({outlet}) - {rng.choice(_HEDGES)} "
        f"{_number(rng)} {rng.choice(_NOUNS)} {rng.choice(_VERBS)} on {month} {day}, "
        f"{rng.choice(('2023', '2024', '2025'))}, officials said."
    ]
    for _ in range(rng.randrange(8, 12)):
        pick = rng.randrange(5)
        if pick == 0:
            sentences.append(
                f"The {rng.randrange(2, 99)}th brigade said {rng.choice(_HEDGES)} {_number(rng)}"
                f" {rng.choice(_NOUNS)} {rng.choice(_VERBS)} by {rng.randrange(1, 12)} p.m."
            )
        elif pick == 1:
            sentences.append(
                f"Among them were {_number(rng)} {rng.choice(_NOUNS)} and a"
                f" {rng.randrange(19, 60)}-year-old medic, the ombudsman told reporters."
            )
        elif pick == 2:
            sentences.append(
                f"Since February 2022, {rng.choice(_HEDGES)} {_number(rng)} have"
                f" {rng.choice(_VERBS)}, and {rng.choice(('hundreds', 'dozens', 'thousands'))}"
                " more are missing."
            )
        elif pick == 3:
            sentences.append(
                f"It was the {rng.randrange(40, 60)}th exchange of the war; {_number(rng)}"
                f" of {_number(rng)} requests were met, according to Article"
                f" {rng.randrange(1, 30)} of the agreement."
            )
        else:
            sentences.append(
                "Negotiators met in a building on the outskirts of the city, where the"
                " talks, mediated by the United Arab Emirates, lasted well into the night"
                f" and resumed at {rng.randrange(7, 11)}:{rng.choice(('00', '30'))} the next day."
            )
    return {
        "id": f"wire-{i:07d}",
        "text": " ".join(sentences),
        "metadata": {"source_name": outlet, "source_published": f"2024-01-{1 + i % 28:02d}"},
    }


def available() -> str | None:
    """None when Dask and distributed are installed, else why not."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return "needs the dask extra: pip install -e '.[dask]'"
    return None


@contextlib.contextmanager
def _cluster(workers: int) -> Iterator[Any]:
    """A LocalCluster of ``workers`` single-threaded worker processes, and its client."""
    import distributed

    with (
        distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            memory_limit=0,  # no spilling or pausing: the benchmark measures memory itself
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.run(_warm_up)
        yield client


@attrs.define
class _Used:
    """CPU seconds a run took in this process (driver and scheduler) and in each worker."""

    driver: float = 0.0
    workers: list[float] = attrs.Factory(list)

    @property
    def bound(self) -> float:
        """The least wall time two cores could take for this CPU, every phase overlapped."""
        return max([*self.workers, (self.driver + sum(self.workers)) / 2])


@contextlib.contextmanager
def _cpu(client: Any) -> Iterator[_Used]:
    """Measure the CPU time of the driver and of each worker over the block.

    Wall-time ratios on a shared machine say how much of the cores the run got; CPU
    times do not depend on that. One process's CPU time over the returned bound is the
    speed-up an otherwise idle two-core machine could give at best.
    """
    used = _Used()
    before, cpu = client.run(time.process_time), time.process_time()
    yield used
    after = client.run(time.process_time)
    used.driver = time.process_time() - cpu
    used.workers = [after[w] - before[w] for w in before]


def _warm_up() -> None:
    import pwstats
    import pwstats.dask

    pwstats.extract("about 2,600 people")
    pwstats.reconcile(pwstats.Dataset()).to_frame()  # pandas and the frame writers loaded


def _peak_rss() -> int:
    """This process's peak resident memory, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _count_mentions(client: Any, n_docs: int, partitions: int) -> tuple[float, int]:
    import dask.bag as db

    import pwstats.dask

    bag = db.from_sequence(range(n_docs), npartitions=partitions).map(wire_document)
    counts = pwstats.dask.extract(bag).map_partitions(lambda records: [len(records)])
    started = time.perf_counter()
    total = sum(counts.compute(scheduler=client))
    return time.perf_counter() - started, total


def _extract_rows(n_docs: int, repeats: int, memory: bool) -> list[Result]:
    partitions = max(8, n_docs // 250)
    text_bytes = sum(len(wire_document(i)["text"].encode()) for i in range(0, n_docs, 97)) * 97
    times: dict[int, list[float]] = {1: [], 2: []}
    bounds: dict[int, list[float]] = {1: [], 2: []}  # least wall time the CPU allowed
    found: dict[int, int] = {}
    peaks: dict[tuple[int, int], int] = {}
    for workers in (1, 2):
        for size in (n_docs // 2, n_docs) if memory else (n_docs,):
            # A fresh cluster per size, so that each worker's peak memory is that run's.
            with _cluster(workers) as client:
                for _ in range(repeats if size == n_docs else 1):
                    with _cpu(client) as used:
                        seconds, count = _count_mentions(client, size, partitions)
                    if size == n_docs:
                        times[workers].append(seconds)
                        found[workers] = count
                        bounds[workers].append(used.bound)
                peaks[workers, size] = max(client.run(_peak_rss).values())
    if found[1] != found[2]:
        raise AssertionError(f"one worker found {found[1]} mentions, two found {found[2]}")
    one, two = min(times[1]), min(times[2])
    speedup = one / two
    bound = min(bounds[1]) / min(bounds[2])
    rows = [
        Result(
            group="scale",
            what=f"extract {n_docs:,} wire documents ({text_bytes / 1e6:.0f} MB), 2 workers"
            f" (CPU bound {bound:.2f}x)",
            pwstats=f"{fmt_seconds(two)} ({text_bytes / two / 1e6:.2f} MB/s)",
            against="1 worker",
            baseline=f"{fmt_seconds(one)} ({text_bytes / one / 1e6:.2f} MB/s)",
            ratio=f"{speedup:.2f}x faster",
            target=f"≥ {EXTRACT_TARGET}x",
            verdict=("ok" if speedup >= EXTRACT_TARGET else "MISSED")
            if n_docs >= JUDGED_DOCUMENTS
            else "",
            data={
                "n": n_docs,
                "one_s": one,
                "two_s": two,
                "speedup": speedup,
                "cpu_bound": bound,
                "found": found[1],
            },
        )
    ]
    for workers in (1, 2) if memory else ():
        small, large = peaks[workers, n_docs // 2], peaks[workers, n_docs]
        rows.append(
            Result(
                group="scale",
                what=f"peak memory per worker ({workers} worker{'s' * (workers > 1)}),"
                f" {n_docs:,} documents",
                pwstats=fmt_bytes(large),
                against=f"{n_docs // 2:,} documents",
                baseline=fmt_bytes(small),
                ratio=ratio_text(large / small),
                target="flat (≤ 1.10x)",
                verdict="ok" if large <= 1.10 * small else "MISSED",
                data={"small": small, "large": large},
            )
        )
    return rows


def _reconcile_rows(n_figures: int, repeats: int) -> list[Result]:
    import gc

    import pwstats
    import pwstats.dask
    from pwstats import scale
    from pwstats.components import batches, components

    d = synth.make(n_figures).dataset
    n_parts = len(components(d))
    one: list[float] = []
    two: list[float] = []
    with _cluster(2) as client:
        for _ in range(repeats):
            gc.collect()
            started, cpu = time.perf_counter(), time.process_time()
            whole = pwstats.reconcile(d)
            one.append(time.perf_counter() - started)
            one_cpu = time.process_time() - cpu
            del whole
            gc.collect()
            with _cpu(client) as used:
                started = time.perf_counter()
                spread = pwstats.dask.reconcile(d, scheduler=client)
                two.append(time.perf_counter() - started)
            del spread
        # Where the time of the two-worker run goes, phase by phase (the batches written
        # all at once here, so that the phases do not overlap).
        phases: dict[str, float] = {}
        sizes = [0, 0]

        def timed(payloads: Iterator[bytes]) -> list[bytes]:
            t0 = time.perf_counter()
            written = list(payloads)
            t1 = time.perf_counter()
            results: list[bytes] = client.gather(
                client.map(scale.reconcile_part, client.scatter(written))
            )
            phases["cut and write"] = t1 - t0
            phases["workers"] = time.perf_counter() - t1
            sizes[:] = [sum(map(len, written)), sum(map(len, results))]
            return results

        gc.collect()
        started = time.perf_counter()
        merged = scale.reconcile_in_parts(d, batches_of=8, run=timed)
        phases["read back and merge"] = (
            time.perf_counter() - started - phases["cut and write"] - phases["workers"]
        )
        # What the first batch's findings would take pickled as a report (the naive way).
        first_batch = batches(d, 8)[0]
        first = pwstats.reconcile(first_batch)
        naive = len(pickle.dumps((first.dataset, first.reading, first.findings)))
        compact = len(scale.reconcile_part(scale.dump_part(first_batch)))
        whole = pwstats.reconcile(d)
        if merged != whole:
            raise AssertionError("the two-worker report differs from pwstats.reconcile's")
        files = _file_rows(d, whole, client, repeats)
    where = ", ".join(f"{k} {fmt_seconds(v)}" for k, v in phases.items())
    return [
        _reconcile_speedup(
            f"reconcile {len(d.figures):,} figures in {n_parts:,} components,"
            " 2 workers (report equal",
            one,
            two,
            cpu_bound=one_cpu / used.bound,
            against="pwstats.reconcile, 1 process",
            n=n_figures,
            **phases,
        ),
        Result(
            group="scale",
            what=f"  where the 2-worker time goes: {where}",
            pwstats=f"{sizes[0] / 1e6:.1f} MB out, {sizes[1] / 1e6:.1f} MB back",
            against="1st batch's findings: pickled report",
            baseline=f"{naive / 1e6:.2f} MB (compact {compact / 1e6:.2f} MB)",
            ratio=ratio_text(compact / naive),
        ),
        *files,
    ]


def _reconcile_speedup(
    what: str,
    one: list[float],
    two: list[float],
    *,
    cpu_bound: float,
    against: str,
    n: int,
    **extra: float,
) -> Result:
    """A row judging two workers' best time against one process's (``what`` is closed
    with the CPU bound)."""
    a, b = min(one), min(two)
    speedup = a / b
    return Result(
        group="scale",
        what=f"{what}; CPU bound {cpu_bound:.2f}x)",
        pwstats=fmt_seconds(b),
        against=against,
        baseline=fmt_seconds(a),
        ratio=f"{speedup:.2f}x faster",
        target=f"≥ {RECONCILE_TARGET}x",
        verdict=("ok" if speedup >= RECONCILE_TARGET else "MISSED") if n >= JUDGED_FIGURES else "",
        data={"n": n, "one_s": a, "two_s": b, "speedup": speedup, "cpu_bound": cpu_bound, **extra},
    )


def _file_rows(d: Any, whole: Any, client: Any, repeats: int) -> list[Result]:
    """Findings of a data set stored as parts: one process, then two workers, two ways.

    The data set is written once with ``pwstats.scale.write_parts`` (as a pipeline
    stores its input; not timed); every run then reads every file, reconciles it and
    makes its findings frame — in this process, one file after another, and with
    ``pwstats.dask.reconcile_files`` on two workers. The frames are either brought
    into this process (``compute()``: one worker concatenates them and sends the
    whole frame over) or written where they are made (``to_parquet``, each worker
    its own files, as ``docs/scale.md`` recommends at scale; the one-process run
    writes the same files). Either way the frames must be equal to each other and
    to the whole report's ``to_frame()`` once put in the data set's order
    (conflicts are numbered per file, so that column is left out of that check).
    """
    import gc
    import tempfile

    import pandas as pd

    import pwstats.dask
    from pwstats import scale

    times: dict[str, list[float]] = {k: [] for k in ("one", "two", "one-pq", "two-pq")}
    cpu: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as directory:
        paths = scale.write_parts(d, directory, parts=8)
        warm = scale.write_parts(pwstats.seeds(), f"{directory}/warm-up", parts=2)
        pwstats.dask.reconcile_files(warm).compute(scheduler=client)  # Dask's frames loaded
        for run in range(repeats):
            gc.collect()
            started, cpu0 = time.perf_counter(), time.process_time()
            alone = pd.concat([scale.reconcile_file(p) for p in paths], ignore_index=True)
            times["one"].append(time.perf_counter() - started)
            cpu["one"] = time.process_time() - cpu0
            gc.collect()
            with _cpu(client) as used:
                started = time.perf_counter()
                spread = pwstats.dask.reconcile_files(paths).compute(scheduler=client)
                times["two"].append(time.perf_counter() - started)
            cpu["two"] = used.bound
            gc.collect()
            started, cpu0 = time.perf_counter(), time.process_time()
            for i, path in enumerate(paths):
                scale.reconcile_file(path).to_parquet(f"{directory}/one-{run}-{i:05d}.parquet")
            times["one-pq"].append(time.perf_counter() - started)
            cpu["one-pq"] = time.process_time() - cpu0
            gc.collect()
            with _cpu(client) as used:
                started = time.perf_counter()
                pwstats.dask.reconcile_files(paths).to_parquet(
                    f"{directory}/two-{run}", compute_kwargs={"scheduler": client}
                )
                times["two-pq"].append(time.perf_counter() - started)
            cpu["two-pq"] = used.bound
        written = pd.read_parquet(f"{directory}/two-0")
    pd.testing.assert_frame_equal(spread.reset_index(drop=True), alone, check_dtype=False)
    pd.testing.assert_frame_equal(written.reset_index(drop=True), alone, check_dtype=False)
    order = {m.id: i for i, m in enumerate(d.measures)}
    ordered = alone.sort_values("measure", key=lambda s: s.map(order), kind="stable")
    pd.testing.assert_frame_equal(
        ordered.drop(columns="conflicts").reset_index(drop=True),
        whole.to_frame().drop(columns="conflicts"),
        check_dtype=False,
    )

    def row(what: str, one: str, two: str) -> Result:
        return _reconcile_speedup(
            f"findings of {len(d.figures):,} figures stored as 8 part files, {what} (frames equal",
            times[one],
            times[two],
            cpu_bound=cpu[one] / cpu[two],
            against="the same files, 1 process",
            n=len(d.figures),
        )

    return [
        row("2 workers, frame brought back (compute)", "one", "two"),
        row("2 workers, each writing its Parquet", "one-pq", "two-pq"),
    ]


def run(*, documents: int, figures: int, repeats: int, memory: bool = True) -> list[Result]:
    """The extraction and reconciliation rows (or rows saying why they could not run).

    ``memory`` measures each worker's peak memory at half the documents too (two more
    clusters to start); the quick run leaves it out.
    """
    why = available()
    if why is not None:
        return [
            not_available("scale", f"extract {documents:,} documents, 2 workers", why),
            not_available("scale", f"reconcile {figures:,} figures, 2 workers", why),
        ]
    return [*_extract_rows(documents, repeats, memory), *_reconcile_rows(figures, repeats)]
