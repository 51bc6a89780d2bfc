"""Pure functions for running pwstats on any engine: Dask, Spark, Ray, a process pool.

Two kinds of work scale out. **Extraction** is embarrassingly parallel: each
document is read on its own, and :func:`mention_records` turns documents (mappings
with ``id``, ``text`` and metadata) into plain records, one per figure found —
dicts of strings, numbers and ``None`` that any engine can ship, store as
Parquet, or turn into a frame with :func:`mentions_to_frame`. **Reconciliation**
splits along :func:`pwstats.components`: :func:`reconcile_part` reconciles a batch
of whole parts from the compact bytes :func:`dump_part` writes (measures and
figures as columns of their fields), and returns the findings as compact rows
that name figures rather than carry them; :func:`load_findings` reads them back
against the whole data set, and :func:`pwstats.components.merge_reports` puts them
in order. At scale, :func:`write_parts` stores a data set once as part files and
:func:`reconcile_file` turns one file into a frame of findings on a worker, so
that the process starting the work never holds a figure.
:mod:`pwstats.dask` wires these to Dask; ``docs/scale.md`` shows Spark and Ray.

>>> docs = [{"id": "a1", "text": "Almost 2,600 returned; 2,828 by 3 January.",
...          "metadata": {"source_name": "Ombudsman"}}]
>>> [(r["document"], r["words"], r["interval"]) for r in mention_records(docs)]
[('a1', 'Almost 2,600', '[2470, 2600)'), ('a1', '2,828', '[2828, 2828]')]
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import operator
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from pwstats.bulk import paused_gc
from pwstats.components import Batch, merge_reports, plan
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError
from pwstats.interval import Interval, format_number
from pwstats.model import Dataset, Figure, Measure, Source, trusted_dataset
from pwstats.report import (
    READINGS,
    Cluster,
    Conflict,
    Estimate,
    Finding,
    Plausible,
    Reading,
    Report,
    Revision,
)

if TYPE_CHECKING:
    import pandas as pd

    from pwstats.parse import Locale

__all__ = [
    "FRAME_COLUMNS",
    "MENTION_FIELDS",
    "PART_SUFFIX",
    "dump_part",
    "figure_rows",
    "load_findings",
    "load_part",
    "loads_as_figure",
    "mention_records",
    "mentions_to_frame",
    "reconcile_file",
    "reconcile_in_parts",
    "reconcile_part",
    "write_parts",
]

# -- reconciliation in parts ----------------------------------------------------------


def _fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(a.name for a in attrs.fields(cls))


#: The slot in which an attrs class made with ``cache_hash=True`` keeps its hash.
_CACHED_HASH: Final = "_attrs_cached_hash"


def _builder(cls: type[Any]) -> Callable[..., Any]:
    """A module-level function building ``cls`` from its field values, without its checks.

    One line per field, as attrs writes ``__init__``, with no checks: building
    millions of values this way is what makes moving parts cheap. It is a module
    global so that pickle finds it in any process.
    """
    names = _fields(cls)
    params = ", ".join(f"v{i}" for i in range(len(names)))
    lines = "".join(f"    setattr_(value, {name!r}, v{i})\n" for i, name in enumerate(names))
    if _CACHED_HASH in getattr(cls, "__slots__", ()):  # attrs' cache_hash: not yet computed
        lines += f"    setattr_(value, {_CACHED_HASH!r}, None)\n"
    source = f"def build({params}):\n    value = new(cls)\n{lines}    return value\n"
    namespace: dict[str, Any] = {"new": object.__new__, "setattr_": object.__setattr__, "cls": cls}
    exec(source, namespace)  # field names from attrs.fields, never from input
    build: Callable[..., Any] = namespace["build"]
    build.__name__ = build.__qualname__ = f"_build_{cls.__name__}"
    build.__module__ = __name__
    globals()[build.__name__] = build
    return build


def _reducer(build: Callable[..., Any], names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """Pickle a frozen attrs value as its field values: every field, so new ones come along."""
    get = operator.attrgetter(*names)  # one C call for every field (a tuple, as names > 1)

    def reduce(value: Any) -> tuple[Any, ...]:
        return build, get(value)

    return reduce


#: The value types that travel as a tuple of their fields, in both directions.
_VALUES: Final = (
    Figure,
    Interval,
    DateSpan,
    Source,
    Measure,
    Estimate,
    Conflict,
    Cluster,
    Plausible,
    Revision,
    Finding,
)
_NAMES: Final = {cls: _fields(cls) for cls in _VALUES}
_BUILD: Final = {cls: _builder(cls) for cls in _VALUES}
_BY_VALUE: Final[dict[type, Callable[[Any], tuple[Any, ...]]]] = {
    cls: _reducer(_BUILD[cls], _NAMES[cls]) for cls in _VALUES
}
_PROTOCOL: Final = pickle.HIGHEST_PROTOCOL
#: Marks the bytes of this module's parts and findings (and their layout's version).
_PART: Final = "pwstats.scale part 2"
_FINDINGS: Final = "pwstats.scale findings 2"


def _dumps(value: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=_PROTOCOL)
    pickler.dispatch_table = dict(_BY_VALUE)
    pickler.dump(value)
    return buffer.getvalue()


def _loads(data: bytes, layout: str, function: str) -> tuple[Any, ...]:
    with paused_gc():
        value = pickle.loads(data)
    if not (isinstance(value, tuple) and value and value[0] == layout):
        raise ValueError(
            f"{function}() takes the bytes {'dump_part' if layout == _PART else 'reconcile_part'}"
            " of this version of pwstats wrote, not these"
        )
    return value


def _columns(values: Sequence[Any], cls: type[Any]) -> list[list[Any]]:
    """The values' fields as columns: one C-level pass per field, no Python call per value."""
    return [list(map(operator.attrgetter(name), values)) for name in _NAMES[cls]]


def _from_columns(columns: list[list[Any]], cls: type[Any]) -> tuple[Any, ...]:
    if not columns or not columns[0]:
        return ()
    return tuple(map(_BUILD[cls], *columns))


def _dump(batch: Batch, positions: Sequence[int] | None) -> bytes:
    # Figures and measures go as columns (one list per field): writing them costs a few
    # C-level passes, however many there are; values they share (sources, dates) go once.
    return _dumps(
        (
            _PART,
            _columns(batch.measures, Measure),
            _columns(batch.figures, Figure),
            batch.relations,
            batch.sources,
            None if positions is None else list(positions),
        )
    )


def dump_part(part: Dataset) -> bytes:
    """Compact bytes holding a data set of whole parts, for :func:`reconcile_part`.

    Measures and figures travel as columns of their fields and are rebuilt
    without re-running their checks, so ``part`` must be a data set (or a
    batch of :func:`~pwstats.components.components` of one) that was checked
    when made. The bytes are a pickle: load them only from a process you trust.

    >>> from pwstats import seeds
    >>> load_part(dump_part(seeds())) == seeds()
    True
    """
    batch = Batch(
        measures=part.measures,
        figures=part.figures,
        positions=(),
        relations=part.relations,
        sources=part.sources,
    )
    return _dump(batch, None)


def _load(data: bytes, function: str) -> tuple[Dataset, list[int] | None]:
    _, measures, figures, relations, sources, positions = _loads(data, _PART, function)
    with paused_gc():
        dataset = trusted_dataset(  # whole parts of a checked data set
            measures=_from_columns(measures, Measure),
            figures=_from_columns(figures, Figure),
            relations=relations,
            sources=sources,
        )
    return dataset, positions


def load_part(data: bytes) -> Dataset:
    """The data set :func:`dump_part` wrote (its inverse)."""
    return _load(data, "load_part")[0]


_FINDING_FIELDS: Final = _NAMES[Finding]
_FIGURES: Final = _FINDING_FIELDS.index("figures")
_AGREEING: Final = _FINDING_FIELDS.index("agreeing")
_READINGS: Final = _FINDING_FIELDS.index("readings")
_BOUNDS: Final = _FINDING_FIELDS.index("bounds")
_CONSENSUS: Final = _FINDING_FIELDS.index("consensus")


def _finding_rows(findings: Sequence[Finding], where: Mapping[str, Any]) -> list[list[Any]]:
    """Each finding as its field values, figures named by ``where[figure id]``.

    Equal intervals are made one object, so that each travels (and is rebuilt) once:
    a group's figures mostly read alike, and its bounds often equal its consensus.
    """
    get = operator.attrgetter(*_FINDING_FIELDS)
    ends = operator.attrgetter(*_NAMES[Interval])
    seen: dict[tuple[Any, ...], Interval] = {}

    def same(iv: Interval) -> Interval:
        return seen.setdefault(ends(iv), iv)

    rows = []
    for finding in findings:
        row = list(get(finding))
        row[_FIGURES] = [where[f.id] for f in finding.figures]
        row[_AGREEING] = [where[f.id] for f in finding.agreeing]
        row[_BOUNDS] = same(finding.bounds)
        if finding.consensus is not None:
            row[_CONSENSUS] = same(finding.consensus)
        readings = finding.readings.items()
        row[_READINGS] = ([where[k] for k, _ in readings], [same(iv) for _, iv in readings])
        rows.append(row)
    return rows


def _findings(rows: Iterable[list[Any]], figure: Callable[[Any], Figure]) -> Iterator[Finding]:
    """The findings :func:`_finding_rows` wrote, each figure named found by ``figure``."""
    build = _BUILD[Finding]
    for row in rows:
        row[_FIGURES] = tuple(map(figure, row[_FIGURES]))
        row[_AGREEING] = tuple(map(figure, row[_AGREEING]))
        keys, readings = row[_READINGS]
        row[_READINGS] = dict(zip([figure(k).id for k in keys], readings, strict=True))
        yield build(*row)


def reconcile_part(data: bytes, *, reading: Reading = "pragmatic", **options: Any) -> bytes:
    """Reconcile the data set in ``data`` (from :func:`dump_part`); its findings as bytes.

    The findings travel as rows of their fields that name figures by number
    (or by id), not by value, so the bytes are a fraction of a pickled report;
    :func:`load_findings` reads them back against the whole data set.
    ``options`` go to :func:`pwstats.reconcile`. This is the function a worker
    runs, on any engine.
    """
    from pwstats.reconcile import reconcile

    part, positions = _load(data, "reconcile_part")
    report = reconcile(part, reading=reading, **options)
    where: dict[str, Any]
    if positions is None:
        where = {f.id: f.id for f in part.figures}
    else:
        where = dict(zip([f.id for f in part.figures], positions, strict=True))
    with paused_gc():
        return _dumps(
            (
                _FINDINGS,
                report.reading,
                positions is not None,
                _finding_rows(report.findings, where),
            )
        )


def load_findings(data: bytes, whole: Dataset) -> Report:
    """The report in ``data`` (from :func:`reconcile_part`), its figures found in ``whole``.

    The report's ``dataset`` is ``whole``; merge the reports of every batch
    with :func:`pwstats.components.merge_reports`. ``whole`` must be the data
    set the batch was cut from (a figure a finding names that ``whole`` lacks is
    an :class:`~pwstats.UnknownIdError`).
    """
    _, reading, positional, rows = _loads(data, _FINDINGS, "load_findings")
    figure = whole.figures.__getitem__ if positional else whole.figure
    with paused_gc():
        findings = tuple(_findings(rows, figure))
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
        for batch in plan(dataset, batches_of):
            written += 1
            yield _dump(batch, batch.positions)

    with paused_gc():
        reports = [load_findings(r, dataset) for r in run(payloads())]
        if len(reports) != written:
            raise ValueError(
                f"reconcile_in_parts(): run returned {len(reports)} results for"
                f" {written} batches; it must return one per batch"
            )
        return merge_reports(dataset, reports, reading=reading)


#: The suffix of the files :func:`write_parts` writes.
PART_SUFFIX: Final = ".pwpart"


def write_parts(dataset: Dataset, directory: str | os.PathLike[str], *, parts: int) -> list[Path]:
    """Write ``dataset`` as at most ``parts`` files of whole components; their paths, in order.

    Each file holds :func:`dump_part`'s bytes of one batch of
    :func:`pwstats.components.batches` and is named ``part-00000.pwpart``,
    ``part-00001.pwpart``, ... in ``directory`` (made if missing). Write once,
    reconcile many times: :func:`reconcile_file` (on any engine) or
    :func:`pwstats.dask.reconcile_files` read one file each, so the process
    that starts the work never touches a figure. Refuses a directory that
    already holds parts (a run with fewer parts would leave stale ones):
    ``FileExistsError`` naming it. The files are pickles: share them only
    between processes you trust.

    >>> import tempfile
    >>> from pwstats import seeds
    >>> paths = write_parts(seeds(), tempfile.mkdtemp(), parts=2)
    >>> [p.name for p in paths]
    ['part-00000.pwpart', 'part-00001.pwpart']
    """
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
        raise ValueError(f"write_parts(): parts must be a positive int, not {parts!r}")
    where = Path(directory)
    where.mkdir(parents=True, exist_ok=True)
    old = sorted(where.glob(f"part-*{PART_SUFFIX}"))
    if old:
        raise FileExistsError(
            f"write_parts(): {str(where)!r} already holds parts ({old[0].name}, ...);"
            " write to an empty directory"
        )
    paths = []
    for i, batch in enumerate(plan(dataset, parts)):
        path = where / f"part-{i:05d}{PART_SUFFIX}"
        path.write_bytes(_dump(batch, None))
        paths.append(path)
    return paths


def reconcile_file(
    path: str | os.PathLike[str], *, reading: Reading = "pragmatic", **options: Any
) -> pd.DataFrame:
    """The findings of one file of :func:`write_parts`, as :meth:`pwstats.Report.to_frame` rows.

    The file's data set is reconciled on its own (its parts are whole
    components, so its findings are those :func:`pwstats.reconcile` gives the
    whole data set for its measures), and its findings come back as a pandas
    DataFrame (the ``pandas`` extra): one row per finding, the columns of
    ``Report.to_frame("findings")``, which ``docs/notebooks.md`` lists. The
    ``conflicts`` column numbers conflicts within this file's report.
    ``options`` go to :func:`pwstats.reconcile`. This is the function a worker
    runs; concatenating the frames of every file gives every finding.
    """
    from pwstats.reconcile import reconcile

    part = _load(Path(path).read_bytes(), "reconcile_file")[0]
    return reconcile(part, reading=reading, **options).to_frame("findings")


# -- extraction ----------------------------------------------------------------------------

#: The fields of a mention record, before the document's metadata.
MENTION_FIELDS: Final = (
    "document",
    "start",
    "end",
    "words",
    "hedge",
    "nominal",
    "code",
    "unit",
    "noun",
    "interval",
    "kind",
    "reading",
    "increment",
    "confidence",
    "unread",
)


def _document_error(position: int, ident: object, message: str, field: str) -> DatasetError:
    which = f"document {position}" + (f" (id {ident!r})" if ident is not None else "")
    return DatasetError(f"{which}: {message}", field=field)


def _document_id(value: object) -> str | int | None:
    """A document's id: text, or a whole number (numpy's too, as a frame's rows give it)
    as a Python int; None for anything else, a boolean included."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or type(value).__name__ in ("bool", "bool_"):
        return None
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return None


def _check_document(position: int, document: object) -> tuple[str | int, str, dict[str, Any]]:
    """The id, text and metadata of one document; a DatasetError naming what is wrong."""
    if not isinstance(document, Mapping):
        raise _document_error(
            position,
            None,
            f"a document is a mapping with 'id' and 'text', not {type(document).__name__}",
            "document",
        )
    ident = _document_id(document.get("id"))
    if ident is None:
        raise _document_error(
            position, None, f"'id' must be a str or int, not {document.get('id')!r}", "id"
        )
    text = document.get("text")
    if not isinstance(text, str):
        decode = (
            ": decode it first, such as text.decode('utf-8')"
            if isinstance(text, bytes | bytearray)
            else ""
        )
        raise _document_error(
            position, ident, f"'text' must be a str, not {type(text).__name__}{decode}", "text"
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
    ``nominal`` (the number as said, exact text, or ``None``), ``code`` (a vague
    word's point code, :attr:`pwstats.parse.Amount.code`, or ``None``), ``unit`` (for a
    number whose text names none, the ``unit`` assumed), ``noun``
    (:attr:`pwstats.parse.Mention.noun`: what the text counts, "" when no noun
    follows), ``interval`` (exact interval notation, read back by
    :meth:`pwstats.Interval.parse`), ``kind``, ``reading`` and ``increment``
    (:attr:`pwstats.parse.Amount.increment`: "another" for "another 300"),
    ``confidence`` (exact text such as ``"0.95"`` for an estimate, kind
    ``"estimate"``: "480 (95% CI 350-610)" has ``nominal`` ``"480"``, its best
    value, and ``interval`` ``"[350, 610]"``; else ``None``) and ``unread``
    (:attr:`pwstats.parse.Mention.unread`: the words that leave a figure unread,
    "feared dead" in "300 feared dead"; else ``None``) — followed by
    the document's metadata. Documents are read one at a time, so a stream of
    any length runs in the memory of one document. A document that is not
    of this shape is a :class:`~pwstats.DatasetError` naming it by position
    and id.

    >>> records = mention_records([{"id": 7, "text": "more than 230 freed", "outlet": "AFP"}])
    >>> next(records)
    {'document': 7, 'start': 0, 'end': 13, 'words': 'more than 230', 'hedge': 'more than', \
'nominal': '230', 'code': None, 'unit': 'person', 'noun': '', 'interval': '(230, 253]', \
'kind': 'lower', 'reading': 'pragmatic', 'increment': None, 'confidence': None, \
'unread': None, 'outlet': 'AFP'}
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
                "code": None if a.code is None else format_number(a.code),
                "unit": a.unit,
                "noun": m.noun,
                "interval": str(a.interval),
                "kind": a.kind,
                "reading": a.reading,
                "increment": a.increment,
                "confidence": None if a.confidence is None else format_number(a.confidence),
                "unread": m.unread,
            }
            record.update(metadata)
            yield record


#: The columns of :func:`mentions_to_frame`, in order: columns of a figure row of the CSV
#: data format (docs/data-format.md). Metadata under these names fills them.
FRAME_COLUMNS: Final = (
    "id",
    "measure",
    "value",
    "basis",
    "low",
    "best",
    "high",
    "confidence",
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


def _found_note(document: object, start: int, end: int, noun: object) -> str:
    """Where a mention was found and, when it names one, the noun it counts."""
    where = f"found in document {document} at characters {start}-{end}"
    return f"{where}, counting {noun}" if isinstance(noun, str) and noun else where


def _may_load(record: Mapping[str, Any]) -> bool:
    """False for a mention that states no figure: unread, of kind unknown, or an estimate
    with no best value."""
    if record.get("unread") is not None or record.get("kind") == "unknown":
        return False
    return not (record.get("kind") == "estimate" and record.get("nominal") is None)


def loads_as_figure(record: Mapping[str, Any]) -> bool:
    """True when a mention record makes a figure ``pwstats.load`` reads as the mention.

    Not so for an unread mention (its ``unread`` words say why), nor for an
    estimate that states no best value ("between 350 and 610 (95% uncertainty
    interval)"): a figure stating an estimate needs one; nor for a mention that
    its context made a number no words of a row can say (:func:`figure_rows`
    refuses it rather than write a figure of another number).
    """
    if not _may_load(record):
        return False
    return _own_numbers(record) or _figure_value(record) is not None


@functools.lru_cache(maxsize=1 << 14)
def _read_alone(words: str, reading: Reading, unit: str) -> tuple[str, str] | None:
    """The interval (as text) and unit ``words`` read as alone, None if parse refuses them.

    Cached: a stream of documents repeats its phrasings ("2,600", "dozens").
    """
    from pwstats.errors import ParseError
    from pwstats.parse import parse

    try:
        amount = parse(words, reading=reading, unit=unit)
    except ParseError:
        return None
    return str(amount.interval), amount.unit


def _reads_as(words: str, record: Mapping[str, Any], unit: str) -> bool:
    """True when ``words`` read, under the record's reading, as the record's amount."""
    read = _read_alone(words, record.get("reading") or "pragmatic", unit)
    return read == (record["interval"], record.get("unit") or "person")


def _figure_value(record: Mapping[str, Any]) -> str | None:
    """The words a figure row states for a mention: words that read as the mention did.

    Its own words when they do, read alone under the mention's reading in its unit
    (a share in a measure of people, so that a bare number cannot pass for it).
    Context can make a number more than its words say: "12" in "rose from 12 to 15
    per cent" is 12%, and "400s" in "the 300s and 400s" the band of the 400s, which
    a bare "400s" is not; the words then get what the context gave ("12%", "the
    400s"), hedges and all. ``None`` when no such words read as the mention: such a
    mention makes no figure (:func:`loads_as_figure`), never one of another number.
    A record not made by :func:`mention_records` (no ``words`` or ``interval``) has none.
    """
    words = record["words"]
    if not isinstance(words, str) or not isinstance(record.get("interval"), str):
        return None
    unit = record.get("unit") or "person"
    said = "person" if unit == "dimensionless" else unit
    candidates = [words]
    if unit == "dimensionless":  # a share said by its context ("from 12 to 15 per cent")
        candidates.append(f"{words}%")
        if "/" in words:  # "9/10" in "at confidence 9/10": "9/10%" is 0.009, not 0.9
            candidates.append(f"{words} of them")
    if record.get("kind") == "vague" and words[:1].isdigit():  # "400s" after "the 300s and"
        candidates.append(f"the {words}")
    for candidate in candidates:
        if _reads_as(candidate, record, said):
            return candidate
    return None


def _own_numbers(record: Mapping[str, Any]) -> bool:
    """True for a mention its row states by its numbers, not its words: an estimate, or
    a count with its low and high ends ("45 (low 38, high 60)")."""
    return record.get("kind") == "estimate" or record.get("hedge") == "low/high"


def figure_rows(
    records: Iterable[Mapping[str, Any]], measure: str | None, skip_unread: bool = False
) -> Iterator[list[Any]]:
    """The rows of :func:`mentions_to_frame`, one list of :data:`FRAME_COLUMNS` a figure."""
    for record in records:
        loads = _may_load(record)
        if skip_unread and not loads:
            continue
        value = record["words"]  # an unread mention's own words, which load refuses
        if loads and not _own_numbers(record):
            value = _figure_value(record)
            if value is None:
                if skip_unread:
                    continue
                raise DatasetError(
                    f"the mention {record['words']!r} at {record['start']}-{record['end']} of"
                    f" document {record['document']!r} reads {record['interval']}"
                    f" {record['unit']} only in its context: its words alone read otherwise,"
                    " so no figure row can state it; pass skip_unread=True to leave it out",
                    field="value",
                )
        document, start, end = record["document"], record["start"], record["end"]
        what = measure if measure is not None else record.get("measure")
        if not isinstance(what, str) or not what:
            raise DatasetError(
                f"the mention at {start}-{end} of document {document!r} names no measure:"
                " pass measure=... or give each document a 'measure' in its metadata",
                field="measure",
            )
        cells: dict[str, Any] = {c: record.get(c) for c in FRAME_COLUMNS}
        cells.update(
            id=f"{document}:{start}-{end}",
            measure=what,
            value=value,
            note=record.get("note") or _found_note(document, start, end, record.get("noun")),
            basis=None,
            low=None,
            best=None,
            high=None,
            confidence=None,
        )
        if record.get("kind") == "estimate":  # its numbers, not its words ("95%" is no share)
            interval = Interval.parse(record["interval"])
            cells.update(
                value=None,
                basis="estimate",
                low=format_number(interval.lo),
                best=record["nominal"],
                high=format_number(interval.hi),
                confidence=record["confidence"],
            )
            if record.get("confidence") is None and not record.get("note"):
                # "601,027 (426,369–793,663)": no level said; the data format's default holds
                cells["note"] += "; its interval's level is not stated (read at the default 95%)"

        elif record.get("hedge") == "low/high":  # "45 (low 38, high 60)": a count's three
            interval = Interval.parse(record["interval"])  # numbers, which no value reads
            cells.update(
                value=None,
                low=format_number(interval.lo),
                best=record["nominal"],
                high=format_number(interval.hi),
            )
        yield [cells[c] for c in FRAME_COLUMNS]


def mentions_to_frame(
    mentions: Iterable[Mapping[str, Any]],
    *,
    measure: str | None = None,
    skip_unread: bool = False,
) -> pd.DataFrame:
    """A pandas DataFrame of figure rows, one per mention, in the CSV data format's columns.

    ``mentions`` are records from :func:`mention_records` (or
    :func:`pwstats.dask.extract`). Each row is a figure: ``id`` is
    ``"<document>:<start>-<end>"``, ``measure`` is ``measure`` or else the
    record's ``measure`` metadata, ``value`` the words as found (read under any
    reading when reconciled) with what their context gave them and they do not
    say: "12%" for "12" in "rose from 12 to 15 per cent", "the 400s" for "400s" in
    "the 300s and 400s" (so that each row reads, under the mention's reading, as
    the mention did), ``note`` says where they were found and the noun
    they count ("found in document d1 at characters 0-11, counting civilians")
    unless the metadata gives one; an estimate (kind ``"estimate"``, "480 (95% CI
    350-610)") gives no ``value`` but ``basis`` ``"estimate"``, ``low``, ``best``,
    ``high`` and ``confidence``, so it stays an estimate when loaded (an interval
    whose level its words do not say, "601,027 (426,369–793,663)", has no
    ``confidence``: it loads at the data format's default, 95%, and its ``note``
    says the level was not stated); a count
    stated with its low and high ends ("45 (low 38, high 60)") gives ``low``,
    ``best`` and ``high`` as a UCDP row does, and no ``value``; the other
    columns of :data:`FRAME_COLUMNS` (``as_of``, ``source_name``,
    ``source_published``, ``measure_label``, ...) are filled from metadata of
    the same name and empty (``None``) otherwise.
    Other metadata stays on the records. A mention that makes no figure
    (:func:`loads_as_figure`: an unread one, or an estimate with no best value)
    is a row all the same, which ``pwstats.load`` refuses naming it and why;
    with ``skip_unread=True`` such mentions are left out of the frame (they stay
    in the records, with their ``unread`` words). A mention whose number only its
    context gives, in a way no row's words can say, is a
    :class:`~pwstats.DatasetError` naming it, or left out with ``skip_unread=True``:
    never a row that would load as another number. Written with ``to_csv`` the frame is a
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
    rows = list(figure_rows(mentions, measure, skip_unread))
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS), dtype=object)
