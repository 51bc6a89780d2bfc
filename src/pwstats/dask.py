"""pwstats on Dask: reconcile over components, extract over a bag of documents.

Needs the ``dask`` extra (``pip install 'pwstats[dask]'``: Dask with its bag and
dataframe parts, and ``distributed`` for clusters). Every function takes
``scheduler`` as :func:`dask.compute` does — ``"threads"``, ``"processes"``,
``"synchronous"``, a ``distributed.Client`` — or, when it is ``None``, Dask's
default (a client, once one is made, is the default). The work itself is done
by the pure functions of :mod:`pwstats.scale`, so that the same results come
from Spark, Ray or a plain process pool (see ``docs/scale.md``).

>>> import dask.bag as db
>>> import pwstats.dask
>>> bag = db.from_sequence([{"id": "a", "text": "exactly 230 came home"}], npartitions=1)
>>> [(r["document"], r["words"]) for r in pwstats.dask.extract(bag).compute()]
[('a', 'exactly 230')]
>>> pwstats.dask.reconcile(pwstats.seeds(), scheduler="threads") == pwstats.reconcile(
...     pwstats.seeds())
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

try:
    import dask
    import dask.bag as db
except ImportError:  # pragma: no cover - exercised only without the extra
    raise ImportError("pwstats.dask needs Dask: pip install 'pwstats[dask]'") from None

from pwstats import scale
from pwstats.model import Dataset
from pwstats.report import Reading, Report

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from pwstats.parse import Locale

__all__ = ["extract", "mentions_to_frame", "reconcile", "reconcile_files"]

#: Batches per worker thread when ``batches`` is not given: enough to balance the load
#: when parts differ in cost, few enough that each batch amortises its overhead.
BATCHES_PER_WORKER = 4


def _workers(scheduler: object) -> int:
    nthreads = getattr(scheduler, "nthreads", None)  # a distributed.Client
    if callable(nthreads):
        return max(1, int(sum(nthreads().values())))
    return int(dask.config.get("num_workers", None) or os.cpu_count() or 1)


def reconcile(
    dataset: Dataset,
    *,
    scheduler: Any = None,
    reading: Reading = "pragmatic",
    batches: int | None = None,
    **options: Any,
) -> Report:
    """:func:`pwstats.reconcile` of ``dataset``, its independent parts reconciled on Dask.

    The data set is cut into ``batches`` batches of whole
    :func:`pwstats.components` (default: four per worker), each shipped to a
    worker as compact bytes (:func:`pwstats.scale.dump_part`); each worker
    returns its findings as compact bytes naming figures by id, and the
    reports are merged in the order :func:`pwstats.reconcile` gives. The
    result equals ``pwstats.reconcile(dataset, reading=reading, **options)``.
    On a ``distributed.Client`` the batches are scattered to the workers
    rather than put in the task graph. With one worker, or on the
    ``"threads"`` scheduler (pure Python holds the GIL), this is no faster
    than :func:`pwstats.reconcile`; the gain comes with processes or machines
    (``docs/scale.md`` has measured figures).
    """
    if not isinstance(dataset, Dataset):
        raise TypeError(
            f"pwstats.dask.reconcile() takes a pwstats.Dataset, not {type(dataset).__name__}"
        )
    if batches is None:
        batches = BATCHES_PER_WORKER * _workers(scheduler)

    def run(payloads: Iterator[bytes]) -> Iterator[bytes]:
        if hasattr(scheduler, "scatter") and hasattr(scheduler, "submit"):
            # A distributed client: each batch goes to the cluster as soon as it is
            # written, and each result is read back as soon as it is done.
            from distributed import as_completed

            futures = [
                scheduler.submit(
                    scale.reconcile_part, scheduler.scatter(p), reading=reading, **options
                )
                for p in payloads
            ]
            for future in as_completed(futures):
                yield future.result()
            return
        tasks = [
            dask.delayed(scale.reconcile_part)(p, reading=reading, **options) for p in payloads
        ]
        yield from dask.compute(*tasks, scheduler=scheduler)

    return scale.reconcile_in_parts(
        dataset, batches_of=batches, run=run, reading=reading, known_at=options.get("known_at")
    )


def reconcile_files(
    paths: Iterable[str | os.PathLike[str]], *, reading: Reading = "pragmatic", **options: Any
) -> dd.DataFrame:
    """The findings of files written by :func:`pwstats.scale.write_parts`, as a Dask DataFrame.

    Lazy, one partition per file, in the order of ``paths``: each partition is
    :func:`pwstats.scale.reconcile_file` of its file, read and reconciled on a
    worker, so the process that builds the graph never holds a figure or a
    finding. Write the findings where they belong with ``to_parquet`` (each
    worker writes its own), or ``compute()`` them into one pandas DataFrame.
    Together the rows are every finding :func:`pwstats.reconcile` gives the
    whole data set, grouped by file (the ``conflicts`` column numbers
    conflicts within a file's report). ``options`` go to
    :func:`pwstats.reconcile`.
    """
    import dask.dataframe as dd

    from pwstats.model import Dataset as _Dataset
    from pwstats.reconcile import reconcile as _reconcile

    files = [os.fspath(p) for p in paths]
    if not files:
        raise ValueError("pwstats.dask.reconcile_files(): no files given")
    meta = _reconcile(_Dataset(), reading=reading).to_frame("findings")
    frame: dd.DataFrame = dd.from_map(
        scale.reconcile_file,
        files,
        meta=meta,
        label="pwstats-reconcile-file",
        enforce_metadata=False,
        reading=reading,
        **options,
    )
    return frame


def _extract_partition(
    documents: Iterable[Mapping[str, Any]], reading: Reading, locale: Locale, unit: str
) -> list[dict[str, Any]]:
    return list(scale.mention_records(documents, reading=reading, locale=locale, unit=unit))


def extract(
    documents: db.Bag,
    *,
    reading: Reading = "pragmatic",
    locale: Locale = "en",
    unit: str = "person",
) -> db.Bag:
    """A bag of mention records, one per figure found in each document of ``documents``.

    ``documents`` is a :class:`dask.bag.Bag` of mappings with ``id``, ``text``
    and metadata; each record is what :func:`pwstats.scale.mention_records`
    gives (plain strings, numbers and ``None``, followed by the document's
    metadata), in the order of the documents. Lazy like any bag: a partition's
    documents are read by one worker, one at a time, so no process ever holds
    every document. Turn the records into figure rows with
    :func:`mentions_to_frame`, or store them with ``to_textfiles`` or
    ``to_dataframe().to_parquet``.
    """
    if not isinstance(documents, db.Bag):
        raise TypeError(
            f"pwstats.dask.extract() takes a dask.bag.Bag of documents, not"
            f" {type(documents).__name__} (use pwstats.scale.mention_records for a list)"
        )
    return documents.map_partitions(_extract_partition, reading=reading, locale=locale, unit=unit)


def _rows_partition(
    records: Iterable[Mapping[str, Any]], measure: str | None, skip_unread: bool
) -> list[list[Any]]:
    return list(scale.figure_rows(records, measure, skip_unread))


def mentions_to_frame(
    mentions: db.Bag | Iterable[Mapping[str, Any]],
    *,
    measure: str | None = None,
    skip_unread: bool = False,
) -> dd.DataFrame | pd.DataFrame:
    """Figure rows in the CSV data format's columns, from mention records.

    For a bag (from :func:`extract`) a lazy :class:`dask.dataframe.DataFrame`
    with one partition per partition of the bag; for records in memory a
    pandas DataFrame, as :func:`pwstats.scale.mentions_to_frame` gives (which
    says what each column holds, and which mentions ``skip_unread`` leaves out).
    """
    if not isinstance(mentions, db.Bag):
        return scale.mentions_to_frame(mentions, measure=measure, skip_unread=skip_unread)
    import pandas as pd

    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in scale.FRAME_COLUMNS})
    rows = mentions.map_partitions(_rows_partition, measure=measure, skip_unread=skip_unread)
    return rows.to_dataframe(meta=meta)
