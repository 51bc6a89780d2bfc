"""Pure functions for running pwstats on any engine: Dask, Spark, Ray, a process pool.

Two kinds of work scale out. **Extraction** is embarrassingly parallel: each
document is read on its own, and :func:`mention_records` turns documents (mappings
with ``id``, ``text`` and metadata) into plain records, one per figure found —
dicts of strings, numbers and ``None`` that any engine can ship, store as
Parquet, or turn into a frame with :func:`mentions_to_frame`. **Reconciliation**
splits along :func:`pwstats.components`: :func:`reconcile_part` reconciles a batch
of whole parts from the compact bytes :func:`dump_part` writes, and returns the
findings as compact bytes too; :func:`load_findings` reads them back against the
whole data set, and :func:`pwstats.components.merge_reports` puts them in order.
:mod:`pwstats.dask` wires these to Dask; ``docs/scale.md`` shows Spark and Ray.

>>> docs = [{"id": "a1", "text": "Almost 2,600 returned; 2,828 by 3 January.",
...          "metadata": {"source_name": "Ombudsman"}}]
>>> [(r["document"], r["words"], r["interval"]) for r in mention_records(docs)]
[('a1', 'Almost 2,600', '[2470, 2600)'), ('a1', '2,828', '[2828, 2828]')]
"""

from __future__ import annotations

import contextvars
import datetime as dt
import io
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from pwstats.bulk import paused_gc
from pwstats.components import batches, merge_reports
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError
from pwstats.interval import Interval, format_number
from pwstats.model import Dataset, Figure, Measure, Source
from pwstats.report import READINGS, Conflict, Estimate, Finding, Reading, Report

if TYPE_CHECKING:
    import pandas as pd

    from pwstats.parse import Locale

__all__ = [
    "FRAME_COLUMNS",
    "MENTION_FIELDS",
    "dump_part",
    "load_findings",
    "load_part",
    "mention_records",
    "mentions_to_frame",
    "reconcile_in_parts",
    "reconcile_part",
]

# -- reconciliation in parts ----------------------------------------------------------

_T = TypeVar("_T")


def _fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(cls))


def _rebuild(cls: type[_T], names: tuple[str, ...], values: tuple[object, ...]) -> _T:
    """An attrs value from its field values, without its checks (it was checked when made)."""
    value = object.__new__(cls)
    for name, v in zip(names, values, strict=True):
        object.__setattr__(value, name, v)
    return value


def _builder(cls: type[Any]) -> Callable[..., Any]:
    """A module-level function building ``cls`` from its field values, without its checks.

    :func:`_rebuild` written out for one class (one line per field, as attrs
    writes ``__init__``): three times faster, which counts for millions of
    values. It is a module global so that pickle finds it in any process.
    """
    names = _fields(cls)
    params = ", ".join(f"v{i}" for i in range(len(names)))
    lines = "".join(f"    setattr_(value, {name!r}, v{i})\n" for i, name in enumerate(names))
    source = f"def build({params}):\n    value = new(cls)\n{lines}    return value\n"
    namespace: dict[str, Any] = {"new": object.__new__, "setattr_": object.__setattr__, "cls": cls}
    exec(source, namespace)  # field names from attrs.fields, never from input
    build: Callable[..., Any] = namespace["build"]
    build.__name__ = build.__qualname__ = f"_build_{cls.__name__}"
    build.__module__ = __name__
    globals()[build.__name__] = build
    return build


def _reducer(cls: type[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """Pickle a frozen attrs value as its field values: every field, so new ones come along."""
    names = _fields(cls)
    build = _builder(cls)

    def reduce(value: Any) -> tuple[Any, ...]:
        return build, tuple([getattr(value, n) for n in names])

    return reduce


#: The value types that travel as a tuple of their fields, in both directions.
_VALUES: Final = (Figure, Interval, DateSpan, Source, Measure, Estimate, Conflict, Finding)
_PROTOCOL: Final = pickle.HIGHEST_PROTOCOL
#: The data set whose figures the findings being loaded name (see load_findings).
_WHOLE: contextvars.ContextVar[Dataset] = contextvars.ContextVar("pwstats_scale_whole")


def _figure_by_id(figure_id: str) -> Figure:
    return _WHOLE.get().figure(figure_id)


def _figure_reference(figure: Figure) -> tuple[Any, ...]:
    return _figure_by_id, (figure.id,)


def _dumps(value: object, table: Mapping[type[Any], Callable[[Any], tuple[Any, ...]]]) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=_PROTOCOL)
    pickler.dispatch_table = dict(table)
    pickler.dump(value)
    return buffer.getvalue()


_BY_VALUE: Final = {cls: _reducer(cls) for cls in _VALUES}
_BY_REFERENCE: Final = {**_BY_VALUE, Figure: _figure_reference}


def dump_part(part: Dataset) -> bytes:
    """Compact bytes holding a data set of whole parts, for :func:`reconcile_part`.

    Every value travels as a tuple of its fields and is rebuilt without
    re-running its checks, so ``part`` must be a data set (or a batch of
    :func:`~pwstats.components.components` of one) that was checked when made.
    The bytes are a pickle: load them only from a process you trust.

    >>> from pwstats import seeds
    >>> load_part(dump_part(seeds())) == seeds()
    True
    """
    return _dumps((part.measures, part.figures, part.relations, part.sources), _BY_VALUE)


def load_part(data: bytes) -> Dataset:
    """The data set :func:`dump_part` wrote (its inverse)."""
    with paused_gc():
        measures, figures, relations, sources = pickle.loads(data)
    return _rebuild(
        Dataset,
        ("measures", "figures", "relations", "sources"),
        (measures, figures, relations, sources),
    )


def reconcile_part(data: bytes, *, reading: Reading = "pragmatic", **options: Any) -> bytes:
    """Reconcile the data set in ``data`` (from :func:`dump_part`); its findings as bytes.

    The findings name their figures by id, not by value, so the bytes are a
    fraction of a pickled report; :func:`load_findings` reads them back
    against the whole data set. ``options`` go to :func:`pwstats.reconcile`.
    This is the function a worker runs, on any engine.
    """
    from pwstats.reconcile import reconcile

    report = reconcile(load_part(data), reading=reading, **options)
    return _dumps((report.reading, report.findings), _BY_REFERENCE)


def load_findings(data: bytes, whole: Dataset) -> Report:
    """The report in ``data`` (from :func:`reconcile_part`), its figures found in ``whole``.

    The report's ``dataset`` is ``whole``; merge the reports of every batch
    with :func:`pwstats.components.merge_reports`.
    """
    token = _WHOLE.set(whole)
    try:
        with paused_gc():
            reading, findings = pickle.loads(data)
    finally:
        _WHOLE.reset(token)
    return Report(dataset=whole, reading=reading, findings=findings)


def reconcile_in_parts(
    dataset: Dataset,
    *,
    batches_of: int,
    run: Callable[[Iterator[bytes]], Iterable[bytes]],
    reading: Reading = "pragmatic",
    known_at: DateSpan | dt.date | str | None = None,
) -> Report:
    """:func:`pwstats.reconcile` of ``dataset``, with the batches' work done by ``run``.

    ``dataset`` is cut into ``batches_of`` batches of whole parts
    (:func:`pwstats.components.batches`), each written with :func:`dump_part`;
    ``run`` receives those bytes and returns, in any order, what
    :func:`reconcile_part` returns for each (with this ``reading``) — on
    threads, processes or a cluster. Both are iterated lazily: a ``run`` that
    hands each batch to a worker as soon as it is written, and yields each
    result as soon as it is done, overlaps writing, working and reading back.
    The reports are merged into the one :func:`pwstats.reconcile` gives.
    When ``run`` passes ``known_at`` to :func:`reconcile_part`, pass it here
    too: the data set is then first cut to what was known at that date, as
    :func:`pwstats.reconcile` cuts it, so that the findings name its figures.

    >>> from pwstats import reconcile, seeds
    >>> work = lambda parts: [reconcile_part(p, reading="literal") for p in parts]
    >>> reconcile_in_parts(seeds(), batches_of=3, run=work, reading="literal") == (
    ...     reconcile(seeds(), reading="literal"))
    True
    """
    if reading not in READINGS:
        raise ValueError(
            f"reading must be one of {', '.join(map(repr, READINGS))}, not {reading!r}"
        )
    if known_at is not None:
        from pwstats.reconcile.select import select

        dataset = select(dataset, known_at=known_at).dataset
    written = 0

    def payloads() -> Iterator[bytes]:
        nonlocal written
        for b in batches(dataset, batches_of):
            written += 1
            yield dump_part(b)

    with paused_gc():
        reports = [load_findings(r, dataset) for r in run(payloads())]
        if len(reports) != written:
            raise ValueError(
                f"reconcile_in_parts(): run returned {len(reports)} results for"
                f" {written} batches; it must return one per batch"
            )
        return merge_reports(dataset, reports, reading=reading)


# -- extraction ----------------------------------------------------------------------------

#: The fields of a mention record, before the document's metadata.
MENTION_FIELDS: Final = (
    "document",
    "start",
    "end",
    "words",
    "hedge",
    "nominal",
    "unit",
    "interval",
    "kind",
    "reading",
)


def _document_error(position: int, ident: object, message: str, field: str) -> DatasetError:
    which = f"document {position}" + (f" (id {ident!r})" if ident is not None else "")
    return DatasetError(f"{which}: {message}", field=field)


def _check_document(position: int, document: object) -> tuple[str | int, str, dict[str, Any]]:
    """The id, text and metadata of one document; a DatasetError naming what is wrong."""
    if not isinstance(document, Mapping):
        raise _document_error(
            position,
            None,
            f"a document is a mapping with 'id' and 'text', not {type(document).__name__}",
            "document",
        )
    ident = document.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        raise _document_error(position, None, f"'id' must be a str or int, not {ident!r}", "id")
    text = document.get("text")
    if not isinstance(text, str):
        raise _document_error(
            position, ident, f"'text' must be a str, not {type(text).__name__}", "text"
        )
    metadata: dict[str, Any] = {}
    nested = document.get("metadata")
    if nested is not None:
        if not isinstance(nested, Mapping):
            raise _document_error(
                position,
                ident,
                f"'metadata' must be a mapping, not {type(nested).__name__}",
                "metadata",
            )
        metadata.update(nested)
    for key, value in document.items():
        if key not in ("id", "text", "metadata"):
            metadata[key] = value
    for key in metadata:
        if not isinstance(key, str) or key in MENTION_FIELDS:
            raise _document_error(
                position,
                ident,
                f"metadata key {key!r} is taken by a mention's own field"
                f" (one of {', '.join(MENTION_FIELDS)}); rename it",
                "metadata",
            )
    return ident, text, metadata


def mention_records(
    documents: Iterable[Mapping[str, Any]],
    *,
    reading: Reading = "pragmatic",
    locale: Locale = "en",
    unit: str = "person",
) -> Iterator[dict[str, Any]]:
    """One plain record per figure found in each document, in order, as a generator.

    A document is a mapping with ``id`` (str or int), ``text`` (str) and,
    optionally, ``metadata`` (a mapping); any other key is metadata too. Each
    figure :func:`pwstats.extract` finds gives a dict with the fields
    :data:`MENTION_FIELDS` — ``document`` (the id), ``start`` and ``end``
    (character offsets: ``text[start:end]`` is ``words``), ``hedge``,
    ``nominal`` (the number as said, exact text, or ``None``), ``unit``,
    ``interval`` (exact interval notation, read back by
    :meth:`pwstats.Interval.parse`), ``kind`` and ``reading`` — followed by
    the document's metadata. Documents are read one at a time, so a stream of
    any length runs in the memory of one document. A document that is not
    of this shape is a :class:`~pwstats.DatasetError` naming it by position
    and id.

    >>> records = mention_records([{"id": 7, "text": "more than 230 freed", "outlet": "AFP"}])
    >>> next(records)
    {'document': 7, 'start': 0, 'end': 13, 'words': 'more than 230', 'hedge': 'more than', \
'nominal': '230', 'unit': 'person', 'interval': '(230, 253]', 'kind': 'lower', \
'reading': 'pragmatic', 'outlet': 'AFP'}
    """
    from pwstats.parse import extract

    for position, document in enumerate(documents):
        ident, text, metadata = _check_document(position, document)
        for m in extract(text, reading=reading, locale=locale, unit=unit):
            a = m.amount
            record: dict[str, Any] = {
                "document": ident,
                "start": m.span[0],
                "end": m.span[1],
                "words": m.text,
                "hedge": a.hedge,
                "nominal": None if a.nominal is None else format_number(a.nominal),
                "unit": a.unit,
                "interval": str(a.interval),
                "kind": a.kind,
                "reading": a.reading,
            }
            record.update(metadata)
            yield record


#: The columns of :func:`mentions_to_frame`, in order: columns of a figure row of the CSV
#: data format (docs/data-format.md). Metadata under these names fills them.
FRAME_COLUMNS: Final = (
    "id",
    "measure",
    "value",
    "as_of",
    "source",
    "quote",
    "note",
    "source_name",
    "source_role",
    "source_affiliation",
    "source_via",
    "source_url",
    "source_published",
    "measure_label",
    "measure_unit",
    "measure_kind",
    "measure_whole",
    "measure_nonnegative",
    "measure_note",
)
_FROM_MENTION: Final = ("id", "measure", "value", "note")


def _figure_rows(records: Iterable[Mapping[str, Any]], measure: str | None) -> Iterator[list[Any]]:
    for record in records:
        document, start, end = record["document"], record["start"], record["end"]
        what = measure if measure is not None else record.get("measure")
        if not isinstance(what, str) or not what:
            raise DatasetError(
                f"the mention at {start}-{end} of document {document!r} names no measure:"
                " pass measure=... or give each document a 'measure' in its metadata",
                field="measure",
            )
        row: list[Any] = [
            f"{document}:{start}-{end}",
            what,
            record["words"],
            *[record.get(c) for c in FRAME_COLUMNS[3:6]],
            record.get("note") or f"found in document {document} at characters {start}-{end}",
            *[record.get(c) for c in FRAME_COLUMNS[7:]],
        ]
        yield row


def mentions_to_frame(
    mentions: Iterable[Mapping[str, Any]], *, measure: str | None = None
) -> pd.DataFrame:
    """A pandas DataFrame of figure rows, one per mention, in the CSV data format's columns.

    ``mentions`` are records from :func:`mention_records` (or
    :func:`pwstats.dask.extract`). Each row is a figure: ``id`` is
    ``"<document>:<start>-<end>"``, ``measure`` is ``measure`` or else the
    record's ``measure`` metadata, ``value`` the words as found (read under any
    reading when reconciled), ``note`` says where they were found unless the
    metadata gives one; the other columns of :data:`FRAME_COLUMNS`
    (``as_of``, ``source_name``, ``source_published``, ``measure_label``, ...)
    are filled from metadata of the same name and empty (``None``) otherwise.
    Other metadata stays on the records. Written with ``to_csv`` the frame is a
    figure file ``pwstats.load`` reads (``docs/data-format.md``). Needs pandas
    (``pip install 'pwstats[dask]'`` brings it).

    >>> docs = [{"id": "d1", "text": "over 65,000 missing", "source_name": "PACE",
    ...          "as_of": "2024-01"}]
    >>> frame = mentions_to_frame(mention_records(docs), measure="missing")
    >>> frame[["id", "measure", "value", "as_of", "source_name"]].values.tolist()
    [['d1:0-11', 'missing', 'over 65,000', '2024-01', 'PACE']]
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("mentions_to_frame() needs pandas: pip install 'pwstats[dask]'") from None
    rows = list(_figure_rows(mentions, measure))
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS), dtype=object)
