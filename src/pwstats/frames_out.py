"""Data sets and reports as pandas DataFrames: one row per figure, finding, conflict or source.

:meth:`pwstats.Dataset.to_frame` and :meth:`pwstats.Report.to_frame` call
:func:`dataset_frame` and :func:`report_frame`. pandas is imported only here and
only when a frame is asked for; without it the call raises one line saying
``pip install 'pwstats[pandas]'``.

Every number is given twice: as the nearest float, for arithmetic, and exactly,
as text that :meth:`pwstats.Interval.parse` reads back (``"95/3"``, ``"2.5"``,
``"+inf"``). An interval column ``x`` holds the interval in the usual notation
and is followed by ``x_lo`` and ``x_hi`` (nearest floats), ``x_lo_exact`` and
``x_hi_exact`` (text) and ``x_lo_closed`` and ``x_hi_closed`` (whether each end
is included). A date span column ``x`` (``"2023-12"``) is followed by
``x_start`` and ``x_end``, its first and last day. Missing values are pandas'
``<NA>`` (or ``NaN`` and ``NaT``); the ends of an empty interval are missing.
The column dtypes are fixed (``string``, ``float64``, ``boolean``, ``Int64``,
``datetime64[s]``), so an empty frame has the same columns as a full one.
docs/notebooks.md lists every column.

>>> import pwstats
>>> from pwstats.model import Dataset, Figure, Measure
>>> data = Dataset(measures=[Measure(id="m", label="released")],
...                figures=[Figure(id="f", measure="m", low=200, best=230, high=250,
...                                as_of="2024-01-03")])
>>> row = dataset_frame(data, "figures").iloc[0]
>>> row["interval"], row["interval_lo"], row["interval_hi_exact"], bool(row["interval_hi_closed"])
('[200, 250]', np.float64(200.0), '250', True)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeAlias, TypeVar

import attrs

from pwstats._optional import require
from pwstats.dates import DateSpan
from pwstats.interval import End, Interval, format_number, nearest_float
from pwstats.model import Dataset, Figure, Measure, Relation, Source

if TYPE_CHECKING:
    import pandas as pd

    from pwstats.report import Conflict, Finding, Report
    from pwstats.stats import Statistic, Statistics

__all__ = [
    "DATASET_TABLES",
    "REPORT_TABLES",
    "DatasetTable",
    "ReportTable",
    "dataset_frame",
    "report_frame",
    "statistics_frame",
]

#: The tables of a data set: its figures, measures, sources or relations.
DatasetTable: TypeAlias = Literal["figures", "measures", "sources", "relations"]
DATASET_TABLES: Final[tuple[DatasetTable, ...]] = ("figures", "measures", "sources", "relations")
#: The tables of a report: its findings, its conflicts or the sources of its figures.
ReportTable: TypeAlias = Literal["findings", "conflicts", "sources"]
REPORT_TABLES: Final[tuple[ReportTable, ...]] = ("findings", "conflicts", "sources")

_TEXT: Final = "string"
_FLOAT: Final = "float64"
_FLAG: Final = "boolean"
_COUNT: Final = "Int64"
_DATE: Final = "datetime64[s]"

R = TypeVar("R")


@attrs.frozen
class _Column(Generic[R]):
    """One column of a frame: its name, its pandas dtype, and how a row gives its value."""

    name: str
    dtype: str
    get: Callable[[R], object]


# -- column builders: each returns the columns one value of a row becomes ----------------


def _text(name: str, get: Callable[[R], object]) -> list[_Column[R]]:
    return [_Column(name, _TEXT, lambda r: _str_or_none(get(r)))]


def _flag(name: str, get: Callable[[R], bool | None]) -> list[_Column[R]]:
    return [_Column(name, _FLAG, get)]


def _count(name: str, get: Callable[[R], int | None]) -> list[_Column[R]]:
    return [_Column(name, _COUNT, get)]


def _number(name: str, get: Callable[[R], End | None]) -> list[_Column[R]]:
    """A number as the nearest float (``name``) and exactly as text (``name_exact``)."""
    return [
        _Column(name, _FLOAT, lambda r: _float(get(r))),
        _Column(f"{name}_exact", _TEXT, lambda r: _exact(get(r))),
    ]


def _statistic(name: str, get: Callable[[R], float | None]) -> list[_Column[R]]:
    """A statistical quantity, a float already (a pooled estimate, I²): one column."""
    return [_Column(name, _FLOAT, get)]


def _interval(name: str, get: Callable[[R], Interval | None]) -> list[_Column[R]]:
    """An interval in notation, then each end as a float, exactly, and whether it is closed."""

    def end(r: R, hi: bool) -> End | None:
        iv = get(r)
        if iv is None or iv.is_empty:
            return None
        return iv.hi if hi else iv.lo

    def closed(r: R, hi: bool) -> bool | None:
        iv = get(r)
        if iv is None or iv.is_empty:
            return None
        return iv.hi_closed if hi else iv.lo_closed

    return [
        _Column(name, _TEXT, lambda r: _str_or_none(get(r))),
        _Column(f"{name}_lo", _FLOAT, lambda r: _float(end(r, False))),
        _Column(f"{name}_hi", _FLOAT, lambda r: _float(end(r, True))),
        _Column(f"{name}_lo_exact", _TEXT, lambda r: _exact(end(r, False))),
        _Column(f"{name}_hi_exact", _TEXT, lambda r: _exact(end(r, True))),
        _Column(f"{name}_lo_closed", _FLAG, lambda r: closed(r, False)),
        _Column(f"{name}_hi_closed", _FLAG, lambda r: closed(r, True)),
    ]


def _span(name: str, get: Callable[[R], DateSpan | None]) -> list[_Column[R]]:
    """A date span as text, then its first and last day."""

    def day(r: R, last: bool) -> dt.date | None:
        span = get(r)
        if span is None:
            return None
        return span.end if last else span.start

    return [
        _Column(name, _TEXT, lambda r: _str_or_none(get(r))),
        _Column(f"{name}_start", _DATE, lambda r: day(r, False)),
        _Column(f"{name}_end", _DATE, lambda r: day(r, True)),
    ]


def _date(name: str, get: Callable[[R], dt.date | None]) -> list[_Column[R]]:
    return [_Column(name, _DATE, get)]


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _float(x: End | None) -> float | None:
    """The float nearest ``x`` (``±inf`` beyond about 1.8e308, the exact text beside it)."""
    return None if x is None else nearest_float(x)


def _exact(x: End | None) -> str | None:
    return None if x is None else format_number(x)


def _ids(values: Iterable[str]) -> str:
    return "; ".join(values)


def _figure_ids(figures: Iterable[Figure]) -> str:
    return _ids(f.id for f in figures)


def _source_columns(prefix: str, get: Callable[[R], Source | None]) -> list[_Column[R]]:
    """A source's fields, each in its own column named ``prefix`` + field."""

    def field(name: str) -> Callable[[R], object]:
        def value(r: R) -> object:
            s = get(r)
            return None if s is None else getattr(s, name)

        return value

    def via(r: R) -> str | None:
        s = get(r)
        return None if s is None or not s.via else ", ".join(s.via)

    def published(r: R) -> dt.date | None:
        s = get(r)
        return None if s is None else s.published

    return [
        *_text(f"{prefix}name", field("name")),
        *_text(f"{prefix}role", field("role")),
        *_text(f"{prefix}affiliation", field("affiliation")),
        *_text(f"{prefix}via", via),
        *_text(f"{prefix}url", field("url")),
        *_date(f"{prefix}published", published),
        *_text(f"{prefix}quote", field("quote")),
        *_text(f"{prefix}id", field("id")),
    ]


def _frame(columns: Sequence[_Column[R]], rows: Sequence[R]) -> pd.DataFrame:
    pd = require("pandas", extra="pandas", feature="to_frame()")
    data = {c.name: pd.Series([c.get(r) for r in rows], dtype=c.dtype) for c in columns}
    return pd.DataFrame(data, columns=[c.name for c in columns])


def _check_table(table: object, valid: Sequence[str], owner: str) -> None:
    if table not in valid:
        raise ValueError(
            f"{owner}.to_frame: unknown table {table!r}; expected one of {', '.join(valid)}"
        )


# -- a data set's tables -------------------------------------------------------------------


def _figure_columns(dataset: Dataset) -> list[_Column[Figure]]:
    measures = {m.id: m for m in dataset.measures}

    def label(f: Figure) -> str | None:
        m = measures.get(f.measure)
        return m.label if m is not None else None

    return [
        *_text("id", lambda f: f.id),
        *_text("measure", lambda f: f.measure),
        *_text("label", label),
        *_text("statement", lambda f: f.statement),
        *_interval("interval", lambda f: f.exact_interval),
        *_number("nominal", lambda f: f.nominal),
        *_number("low", lambda f: f.low),
        *_number("best", lambda f: f.best),
        *_number("high", lambda f: f.high),
        *_span("as_of", lambda f: f.as_of),
        *_text("basis", lambda f: f.basis),
        *_number("confidence", lambda f: f.confidence),
        *_text("cites", lambda f: f.cites),
        *_text("revises", lambda f: f.revises),
        *_source_columns("source_", lambda f: f.source),
        *_text("note", lambda f: f.note),
    ]


def _measure_columns(dataset: Dataset) -> list[_Column[Measure]]:
    return [
        *_text("id", lambda m: m.id),
        *_text("label", lambda m: m.label),
        *_text("unit", lambda m: m.unit),
        *_text("kind", lambda m: m.kind),
        *_flag("whole", lambda m: m.whole),
        *_flag("nonnegative", lambda m: m.nonnegative),
        *_count("figures", lambda m: len(dataset.figures_of(m.id))),
        *_text("note", lambda m: m.note),
    ]


def _relation_fields(relations: Sequence[Relation]) -> list[str]:
    """The fields of the relations' classes beyond ``id``, in order of first appearance."""
    names: dict[str, None] = {}
    for cls in dict.fromkeys(type(r) for r in relations):
        for a in attrs.fields(cls):
            if a.name != "id":
                names.setdefault(a.name, None)
    return list(names)


def _relation_value(relation: Relation, name: str) -> object:
    """A relation field as a cell: measure lists joined by "; ", numbers exactly, flags as bool."""
    value = getattr(relation, name, None)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, tuple):
        return _ids(value)
    if isinstance(value, Interval):
        return str(value)
    if isinstance(value, str):
        return value
    return format_number(value)


def _relation_columns(relations: Sequence[Relation]) -> list[_Column[Relation]]:
    columns: list[_Column[Relation]] = [
        *_text("id", lambda r: r.id),
        *_text("kind", lambda r: r.KIND),
        *_text("measures", lambda r: _ids(r.measures)),
        *_text("description", lambda r: r.describe()),
    ]
    flags = {
        a.name
        for cls in {type(r) for r in relations}
        for a in attrs.fields(cls)
        if a.type in (bool, "bool")
    }
    for name in _relation_fields(relations):
        get = _relation_getter(name)
        columns += _flag(name, get) if name in flags else _text(name, get)
    return columns


def _relation_getter(name: str) -> Callable[[Relation], Any]:
    return lambda r: _relation_value(r, name)


def _source_table_columns(
    figures: Sequence[Figure],
) -> list[_Column[tuple[int | None, Source]]]:
    cited = Counter(f.source for f in figures if f.source is not None)
    return [
        *_count("number", lambda ns: ns[0]),
        *_source_columns("", lambda ns: ns[1]),
        *_count("figures", lambda ns: cited[ns[1]]),
    ]


def dataset_frame(dataset: Dataset, table: DatasetTable = "figures") -> pd.DataFrame:
    """One of a data set's tables as a DataFrame; see :meth:`pwstats.Dataset.to_frame`."""
    _check_table(table, DATASET_TABLES, "Dataset")
    if table == "figures":
        return _frame(_figure_columns(dataset), dataset.figures)
    if table == "measures":
        return _frame(_measure_columns(dataset), dataset.measures)
    if table == "relations":
        return _frame(_relation_columns(dataset.relations), dataset.relations)
    from pwstats.table import numbered_sources

    # The rows of `tabulate(dataset, table="sources")`: each source as its figures cite
    # it, numbered in order of first citation, then each listed source no figure cites.
    return _frame(_source_table_columns(dataset.figures), numbered_sources(dataset, None))


# -- a report's tables ---------------------------------------------------------------------


def _finding_columns(report: Report) -> list[_Column[Finding]]:
    dataset = report.dataset
    measures = {m.id: m for m in dataset.measures}
    numbers = {c: i for i, c in enumerate(report.conflicts, start=1)}

    def measure_field(name: str) -> Callable[[Finding], object]:
        def value(f: Finding) -> object:
            m = measures.get(f.measure)
            return None if m is None else getattr(m, name)

        return value

    # One line per field of Finding: a field the reconciliation adds later is one more line.
    return [
        *_text("measure", lambda f: f.measure),
        *_text("label", measure_field("label")),
        *_text("unit", measure_field("unit")),
        *_text("kind", measure_field("kind")),
        *_span("as_of", lambda f: f.as_of),
        *_text("status", lambda f: f.status),
        *_text("figures", lambda f: _figure_ids(f.figures)),
        *_text("agreeing", lambda f: _figure_ids(f.agreeing)),
        *_text("revised", _revised),
        *_count("independent_sources", lambda f: f.independent_sources),
        *_interval("consensus", lambda f: f.consensus),
        *_flag("tied", lambda f: f.tied),
        *_count("clusters", lambda f: len(f.clusters)),
        *_interval("bounds", lambda f: f.bounds),
        *_number("low", lambda f: f.estimate.low),
        *_number("best", lambda f: f.estimate.best),
        *_number("high", lambda f: f.estimate.high),
        *_text("rule", lambda f: f.estimate.rule),
        # What the estimates say together (statistical floats; empty without estimates).
        *_text("plausible_model", lambda f: None if f.plausible is None else f.plausible.model),
        *_statistic("plausible_best", lambda f: None if f.plausible is None else f.plausible.best),
        *_statistic("plausible_low", lambda f: None if f.plausible is None else f.plausible.low),
        *_statistic("plausible_high", lambda f: None if f.plausible is None else f.plausible.high),
        *_statistic(
            "plausible_confidence",
            lambda f: None if f.plausible is None else f.plausible.confidence,
        ),
        *_statistic("plausible_i2", lambda f: None if f.plausible is None else f.plausible.i2),
        *_text("plausible_cut", lambda f: None if f.plausible is None else f.plausible.cut or None),
        *_text("conflicts", lambda f: _ids(map(str, map(numbers.__getitem__, f.conflicts)))),
    ]


def _revised(f: Finding) -> str:
    """The ids of the finding's figures set aside as revised by a later one."""
    return _ids(r.old for r in f.revisions)


def _conflict_columns() -> list[_Column[tuple[int, Conflict]]]:
    return [
        *_count("number", lambda nc: nc[0]),
        *_text("kind", lambda nc: nc[1].kind),
        *_text("cause", lambda nc: nc[1].cause),
        *_text("measure", lambda nc: nc[1].measure),
        *_span("as_of", lambda nc: nc[1].as_of),
        *_text("figures", lambda nc: _ids(nc[1].figures)),
        *_text("relations", lambda nc: _ids(nc[1].relations)),
        *_text("explanation", lambda nc: nc[1].explanation),
    ]


def report_frame(report: Report, table: ReportTable = "findings") -> pd.DataFrame:
    """One of a report's tables as a DataFrame; see :meth:`pwstats.Report.to_frame`."""
    from pwstats.table import numbered_sources

    _check_table(table, REPORT_TABLES, "Report")
    if table == "findings":
        return _frame(_finding_columns(report), report.findings)
    if table == "conflicts":
        return _frame(_conflict_columns(), list(enumerate(report.conflicts, start=1)))
    figures = [f for finding in report.findings for f in finding.figures]
    # The rows of the sources table (tabulate, pwstats reconcile --table sources): the
    # footnotes in order, then each listed source no figure cites, number missing.
    return _frame(_source_table_columns(figures), numbered_sources(report.dataset, report))


def _row_date(statistics: Statistics, name: str) -> Callable[[Statistic], object]:
    """A row's date column (a rate's ``denominator_at`` may differ from group to group)."""
    return lambda row: statistics.row_dates(row)[name]


def statistics_frame(statistics: Statistics) -> pd.DataFrame:
    """A statistics result as a DataFrame; see :meth:`pwstats.stats.Statistics.to_frame`.

    One text column per ``by`` dimension, then the columns of a report's findings for
    the same values: ``interval`` as an interval column, ``low``, ``best`` and ``high``
    as number columns (floats, with ``_exact`` text), so that a column of one name
    holds the same kind of value in every pwstats frame.
    """

    def dim(name: str) -> Callable[[Statistic], object]:
        return lambda r: r.group.get(name)

    columns: list[_Column[Statistic]] = [
        column for name in statistics.by for column in _text(name, dim(name))
    ]
    columns += _text("statistic", lambda r: r.statistic)
    for name in statistics.date_columns():  # a rate's two dates, a change's
        columns += _text(name, _row_date(statistics, name))
    columns += [
        *_interval("interval", lambda r: r.interval),
        *_number("low", lambda r: r.estimate.low),
        *_number("best", lambda r: r.estimate.best),
        *_number("high", lambda r: r.estimate.high),
        *_count("members", lambda r: len(r.members)),
        *_count("contested", lambda r: len(r.contested)),
        *_text("rule", lambda r: r.rule),
        *_text("unit", lambda r: r.unit),
    ]
    frame = _frame(columns, statistics.rows)
    frame.attrs["left_out"] = list(statistics.left_out)  # measures in no group, not dropped
    return frame
