"""Data sets from pandas frames: your own columns, or the published columns of a data set.

:func:`from_frame` turns each row of a :class:`pandas.DataFrame` into a figure.
Without a preset, the frame's columns are named as in a pwstats CSV file
(``id``, ``measure``, ``value`` or ``low``/``best``/``high``, ``as_of``,
``source_name``...; see ``docs/data-format.md``), or mapped to those names with
``columns``. A preset reads the columns of a published event data set as its
codebook names them; every event becomes a measure of kind ``"event"`` whose
``dims`` are the data set's own grouping columns, under their own names:

- ``"ucdp-ged"``: the UCDP Georeferenced Event Dataset (Sundberg and Melander,
  *Journal of Peace Research* 50(4), 2013; Högbladh, *UCDP GED Codebook version
  19.1*, Uppsala University, 2019; the column names are unchanged in the GED API's
  schema through version 24.1): ``id``; ``low``/``best``/``high`` deaths;
  ``date_start``/``date_end`` (the earliest and latest possible day, which
  become the figure's ``as_of``; ``date_prec`` gives the span when
  ``date_end`` is missing: 1 the day, 2 up to six days, 3 the week, 4 up to
  30 days or the month, 5 the year); ``source_original`` (who said it),
  ``source_office`` (the outlets), ``source_date`` (the articles' dates; the
  latest is the publication date) and ``source_article`` (kept as the
  figure's note), each a ``;``-separated list; dims ``country``, ``year``,
  ``region``, ``conflict_new_id``, ``dyad_new_id``, ``type_of_violence``.
- ``"acled"``: ACLED event exports (*ACLED Codebook*, 2019 and later; checked
  against the *ACLED Codebook* of 7 October 2024, "Time precision codes" and
  "Reported fatalities"): ``event_id_cnty``; ``fatalities`` as ``best``;
  ``event_date`` with ``time_precision`` (1: that day; 2: a week or weekend,
  coded at its middle, read as the seven days around it; 3: a month, coded at
  its middle, or its first or last day when the source says the beginning or
  end, read as that month); ``source`` (``;``-separated outlets) and ``notes``;
  dims ``region``, ``country``, ``admin1``, ``admin2``, ``admin3``, ``year``,
  ``disorder_type`` (since March 2023), ``event_type``, ``sub_event_type``.
  ACLED codes the most conservative estimate reported: "tens" as 10, "dozens"
  12, "hundreds" 100, and deaths reported with no number as 3 (an attack of
  limited scope) or 10 (a significant one). A coded number is therefore a
  lower-leaning best value, not an exact count.
- ``"hxl"``: files tagged with the Humanitarian Exchange Language (HXL
  Standard 1.1): count hashtags ``#affected``, ``#inneed``, ``#targeted``,
  ``#reached``, ``#population`` with their attributes (``#affected+killed``),
  ``+min``/``+max`` giving ``low``/``high``; ``#date``; ``#meta+source``;
  ``#event+id`` or ``#meta+id``; dims from ``#country``, ``#adm1``...``#adm5``
  and ``#loc`` named by their hashtags (``#adm1+name`` as ``adm1_name``). The
  hashtag row may be the header or the first row of the frame.

An event's year is its date's: a ``year`` column that names a year none of the
event's days is in (GED: ``date_start`` to ``date_end``; ACLED: ``event_date``) gives
way to the year of ``date_start`` (``event_date``), and one
:class:`~pwstats.errors.DataQualityWarning` names those rows.

Real files have quirks that are not errors in a figure: an article dated before
the event it reports, a placeholder date such as 1900-01-01 or 9999. Such rows
are kept, with one :class:`~pwstats.errors.DataQualityWarning` naming them.
Only what cannot be a figure (no number, ``low <= best <= high`` broken, a
negative or fractional headcount, a date that cannot be read) is rejected,
through ``on_bad_records``: ``"raise"`` (every problem of every row at once, as
:class:`~pwstats.DatasetErrors`), ``"skip"``, or a callable receiving each
:class:`~pwstats.Rejected` row.
"""

from __future__ import annotations

import abc
import collections
import contextlib
import datetime as dt
import functools
import gc
import importlib
import math
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, Final, Literal, TypeAlias, get_args

import attrs

from pwstats import limits
from pwstats.dates import DateSpan, digits_hint
from pwstats.errors import DataQualityWarning, DatasetError, DatasetErrors
from pwstats.interval import Interval, Number, exact, format_number
from pwstats.io.build import number_from_text
from pwstats.io.records import NUMBER_TEXT
from pwstats.io.rows import boolean_word, list_cell
from pwstats.model import (
    DEFAULT_CONFIDENCE,
    KINDS,
    NUMBER_KEYS,
    Dataset,
    Dims,
    Figure,
    Measure,
    Source,
    checked_figure,
    checked_measure,
    checked_source,
    confidence_on_count,
    dims_maker,
    fits,
    grouped_digits_hint,
    is_plain_id,
    link_problems,
    measure_words_problem,
    outside_confidence,
    thousands_hint,
    to_confidence,
    trusted_dataset,
)
from pwstats.rejected import OnBadRecords, Rejected
from pwstats.suggest import closest

__all__ = ["PRESETS", "DateOrder", "Preset", "from_frame", "preset_of"]

#: The published data sets whose column names :func:`from_frame` knows.
Preset: TypeAlias = Literal["ucdp-ged", "acled", "hxl"]
PRESETS: Final[tuple[Preset, ...]] = get_args(Preset)
#: Each preset's data set, as a sentence names it.
PRESET_NAMES: Final[Mapping[Preset, str]] = {
    "ucdp-ged": "a UCDP GED export",
    "acled": "an ACLED export",
    "hxl": "an HXL-tagged file",
}
#: How a numeric date such as ``01/02/2023`` is read: 1 February or 2 January 2023.
DateOrder: TypeAlias = Literal["day-first", "month-first"]
DATE_ORDERS: Final[tuple[DateOrder, ...]] = get_args(DateOrder)

#: One line saying which extra to install when pandas is missing.
_NEEDS_PANDAS: Final = "from_frame needs pandas: pip install 'pwstats[pandas]'"
#: Without a preset, a column ``dim_<name>`` is the measure's dimension ``<name>``, as in a
#: CSV file (docs/data-format.md).
_DIM_PREFIX: Final = "dim_"


def from_frame(
    frame: Any,
    *,
    columns: Mapping[str, str | Sequence[str]] | None = None,
    preset: Preset | None = None,
    on_bad_records: OnBadRecords = "raise",
    date_order: DateOrder | None = None,
) -> Dataset:
    """A data set with one figure per row of a pandas ``frame``.

    ``preset`` names a published data set whose columns are read as its
    codebook defines them (``"ucdp-ged"``, ``"acled"``, ``"hxl"``; see the
    module documentation); without one, columns carry the names of a pwstats
    CSV file. ``columns`` maps a pwstats field to the frame's column where the
    names differ (``{"best": "deaths"}``); its ``"dims"`` entry lists the
    columns that become each measure's ``dims``. Numbers are taken exactly
    (numpy's included); a row that cannot be a figure goes to
    ``on_bad_records``: ``"raise"`` (the default) raises every problem of every
    row at once, ``"skip"`` leaves those rows out, and a callable receives each
    :class:`~pwstats.Rejected` row and the good rows are kept.

    A numeric date with the year last (``01/02/2023``, ``1.2.2023``) is read in its
    column's order: day-first if a first part is above 12 (``13/01/2023``),
    month-first if a second part is (``1/13/2023``); a column with both has those
    dates rejected, and a column whose every such date could be either is read
    day-first with one :class:`~pwstats.errors.DataQualityWarning`. ``date_order``
    (``"day-first"`` or ``"month-first"``) says the order instead.

    >>> import pytest; pd = pytest.importorskip("pandas")
    >>> events = pd.DataFrame({
    ...     "id": [1, 2], "best": [4, 12], "low": [4, 10], "high": [6, 15],
    ...     "date_start": ["2017-01-03", "2017-02-01"], "date_end": ["2017-01-03", "2017-02-07"],
    ...     "country": ["Syria", "Syria"], "year": [2017, 2017],
    ...     "source_office": ["Reuters;AFP", "SANA"], "source_original": ["Police", ""],
    ...     "source_date": ["2017-01-04", "2017-02-08"]})
    >>> data = from_frame(events, preset="ucdp-ged")
    >>> f = data.figures[0]
    >>> f.statement, str(f.as_of), f.source.chain
    ('4–6 (best 4)', '2017-01-03', 'Police, via Reuters, AFP')
    >>> dict(data.measure(f.measure).dims)
    {'country': 'Syria', 'year': '2017'}
    >>> str(data.figures[1].as_of)
    '2017-02-01/2017-02-07'
    """
    policy = _check_policy(on_bad_records)
    reading = _reading(frame, preset, columns=columns, date_order=date_order)
    layout = reading.layout
    if renamed := layout.renamed_repeats():
        warnings.warn(
            f"from_frame read {', '.join(map(repr, renamed))} and not"
            f" {', '.join(repr(f'{name}.1') for name in renamed)}, pandas' name for a"
            " second column of the same name in a file: if the file names a column twice,"
            " rename or drop all but the one to read",
            DataQualityWarning,
            stacklevel=2,
        )
    if isinstance(layout, _Own) and (misspelled := layout.misspelled()):
        warnings.warn(
            f"from_frame read nothing from {len(misspelled)} column"
            f"{'' if len(misspelled) == 1 else 's'} named like a pwstats field:"
            f" {', '.join(misspelled)}; rename {'it' if len(misspelled) == 1 else 'them'},"
            " or map a field with columns=",
            DataQualityWarning,
            stacklevel=2,
        )
    if isinstance(layout, _Own):
        for line in layout.unread_ends():
            warnings.warn(f"from_frame: {line}", DataQualityWarning, stacklevel=2)
    with _collector_paused():
        reading.read_all()
        return reading.finish(policy)


def from_export(
    frame: Any,
    *,
    preset: Preset,
    file: str,
    lines: Callable[[], Sequence[int] | None],
    on_bad_records: OnBadRecords = "raise",
    date_order: DateOrder | None = None,
) -> Dataset:
    """:func:`from_frame` of the frame of a CSV export ``file``, each row named by its line.

    ``lines`` gives the line each row of ``frame`` starts on (the header's row
    included for an HXL file whose hashtags are its first row), or None when they
    cannot be told (rows are then named by their place in the frame); it is called
    only when a row must be named. Problems and rejected rows carry ``file`` and
    that line, as :func:`pwstats.load` locates a data file's.
    """
    policy = _check_policy(on_bad_records)
    reading = _reading(frame, preset, columns=None, date_order=date_order, file=file, lines=lines)
    with _collector_paused():
        reading.read_all()
        return reading.finish(policy)


def _reading(
    frame: Any,
    preset: Preset | None,
    *,
    columns: Mapping[str, str | Sequence[str]] | None,
    date_order: DateOrder | None,
    file: str | None = None,
    lines: Callable[[], Sequence[int] | None] | None = None,
) -> _Reading:
    """The arguments checked, and a reading of ``frame`` through its preset's layout."""
    pandas = _pandas()
    if not isinstance(frame, pandas.DataFrame):
        raise TypeError(f"from_frame() reads a pandas DataFrame, not {type(frame).__name__}")
    if preset is not None and preset not in PRESETS:
        raise ValueError(
            f"unknown preset {preset!r}{_nearest(str(preset), PRESETS)}: expected one of"
            f" {', '.join(map(repr, PRESETS))}, or None for pwstats' own column names"
        )
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ValueError(
            f"date_order must be 'day-first', 'month-first' or None (the order each column's"
            f" dates show), not {date_order!r}"
        )
    if frame.columns.nlevels > 1:
        raise DatasetErrors.of(
            [
                DatasetError(
                    f"the frame's columns have {frame.columns.nlevels} levels (a MultiIndex);"
                    " from_frame reads one name per column: flatten them first, such as"
                    " frame.columns = ['_'.join(map(str, c)) for c in frame.columns], or drop"
                    " a level with frame.droplevel(0, axis=1)",
                    field="columns",
                )
            ]
        )
    if preset is None:
        frame = _id_from_index(frame, columns)
    first = 0
    if preset == "hxl":
        frame, first = _hxl_frame(frame)
    try:
        layout = _LAYOUTS[preset](frame, columns)
    except DatasetErrors as group:
        raise _index_hinted(group, frame) from None
    return _Reading(layout, len(frame), pandas, date_order, first=first, file=file, lines=lines)


def _id_from_index(frame: Any, columns: Mapping[str, str | Sequence[str]] | None) -> Any:
    """``frame`` with the index level named ``id`` moved to a column, when it has no
    column ``id`` and ``columns`` maps no other to the id (``frame.set_index("id")``);
    otherwise ``frame`` itself."""
    names = [str(n) if n is not None else None for n in frame.index.names]
    wanted = "id" if columns is None else columns.get("id", "id")
    if wanted != "id" or "id" not in names or "id" in set(map(str, frame.columns)):
        return frame
    level = names.index("id")
    moved = frame.reset_index(level=level)
    return moved.rename(columns={frame.index.names[level]: "id"})


def _index_hinted(group: DatasetErrors, frame: Any) -> DatasetErrors:
    """``group`` with a hint on each missing column that is a level of the frame's index.

    ``frame.set_index("id")`` or a ``groupby`` result keeps columns in the index, where
    from_frame does not look; the hint says to move them back.
    """
    levels = {str(n) for n in frame.index.names if n is not None}
    if not levels:
        return group
    out: list[DatasetError] = []
    for problem in group.exceptions:
        if not isinstance(problem, DatasetError):  # pragma: no cover - a flat group
            return group
        field = problem.field
        if field in levels and problem.message.startswith("the frame has no column"):
            problem = DatasetError(
                f"{problem.message}; the frame's index holds {field!r}: move it to a column"
                " with frame.reset_index()",
                field=field,
            )
        out.append(problem)
    return DatasetErrors.of(out)


# -- arguments ---------------------------------------------------------------------------


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while millions of acyclic values are made.

    Each collection of the oldest generation walks every object alive, so building a
    million figures with the collector on repeats that walk many times; nothing made
    here forms a cycle. The collector's state is restored however the block ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ImportError(_NEEDS_PANDAS) from None


def _check_policy(policy: object) -> OnBadRecords:
    if isinstance(policy, str) and policy in ("raise", "skip"):
        return "raise" if policy == "raise" else "skip"
    if callable(policy):
        return policy
    raise ValueError(
        f"on_bad_records must be 'raise', 'skip' or a callable receiving each Rejected row,"
        f" not {policy!r}"
    )


def _nearest(name: str, known: Iterable[str]) -> str:
    close = closest(name, known)
    return "" if close is None else f" (did you mean {close!r}?)"


# -- cells ---------------------------------------------------------------------------------

#: Years that mark a placeholder, not a date: 1900-01-01 and 9999-12-31 stand in for
#: "unknown" in spreadsheets and databases; no event of these data sets is dated so.
_PLACEHOLDER_BEFORE: Final = 1901
_PLACEHOLDER_FROM: Final = 9000
_ISO_DAY: Final = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][0-9:.]*)?\s*")
#: A numeric date with the year last, ``01/02/2023``, ``1.2.2023``: its order is the column's.
_NUMERIC_DATE: Final = re.compile(r"\s*(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})\s*")
_NAMED_MONTH_DATE: Final = re.compile(r"\s*(\d{1,2})[-/ ]([A-Za-z]+)[-/ ,]+(\d{4})\s*")
_MONTH_NUMBERS: Final = {
    name: i
    for i in range(1, 13)
    for name in (
        dt.date(2000, i, 1).strftime("%B").lower(),
        dt.date(2000, i, 1).strftime("%b").lower(),
    )
}
#: A date cell of 0 or a negative number: a stand-in for "unknown", as 1900-01-01 is.
_UNKNOWN_NUMBER: Final = re.compile(r"\s*(?:0+|-\d+)\s*")
_EUROPEAN_THOUSANDS: Final = re.compile(r"\d{1,3}(?:\.\d{3})+")


class _CellError(ValueError):
    """A cell that cannot be read; the message says what was found and what was expected."""


class _Placeholder(Exception):  # noqa: N818 - a signal, not an error
    """A placeholder date (1900-01-01, 9999): not an error, but not a date either."""


def _number_text(text: str) -> Number:
    """The exact number of a cell's text, as a data file reads number text: ``"248"``,
    ``"2.5"``, ``"1e299"``, ``"1/3"``; a hint for ``"1.517"``."""
    stripped = text.strip()
    if NUMBER_TEXT.fullmatch(stripped):
        return number_from_text(stripped)
    hint = grouped_digits_hint(stripped)
    if not hint and ("," in stripped or _EUROPEAN_THOUSANDS.fullmatch(stripped)):
        hint = "; write whole numbers without thousands separators (1517, not 1,517 or 1.517)"
    elif any(c.isdigit() and not c.isascii() for c in stripped):
        hint = "; digits must be ASCII 0-9"
    raise _CellError(f"expected a number, found {text!r}{hint}")


def _iso_day(text: str) -> dt.date | None:
    """The day of ISO text (``2017-01-03``, any time after it) if it is a real day; else None.

    The common case, as GED and ACLED's API write dates; a placeholder year gives None.
    """
    if (
        len(text) < 10
        or text[4] != "-"
        or text[7] != "-"
        or (len(text) > 10 and text[10] not in " T")
    ):
        return None
    return _iso_date(text[:10])


@functools.lru_cache(maxsize=1 << 16)
def _iso_date(text: str) -> dt.date | None:
    """The day of ``YYYY-MM-DD`` (remembered: a frame names few distinct days)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if _PLACEHOLDER_BEFORE <= day.year < _PLACEHOLDER_FROM else None


@attrs.frozen
class _Clash:
    """A column whose numeric dates are read neither way: some only day-first, some only
    month-first; ``why`` says which."""

    why: str


def _numeric_date(text: str) -> tuple[int, int, int] | None:
    """The first part, second part and year of a numeric date (``01/02/2023``), or None."""
    match = _NUMERIC_DATE.fullmatch(text)
    if match is None:
        return None
    first, _, second, year = match.groups()
    return int(first), int(second), int(year)


def _date_text(text: str, order: DateOrder | _Clash = "day-first") -> dt.date:
    """A day from ISO text (``2017-01-03``, with any time after it), ``03 January 2017``, or
    a numeric date with the year last (``03/01/2017``) read in the column's ``order``."""
    iso = _iso_day(text)
    if iso is not None:
        return iso
    how = ""
    match = _ISO_DAY.fullmatch(text)
    numeric = _numeric_date(text)
    if match is not None:
        year, month, day = (int(g) for g in match.groups())
    elif numeric is not None:
        first, second, year = numeric
        if isinstance(order, _Clash):
            if first != second:
                raise _CellError(f"{text.strip()!r} cannot be read: {order.why}")
            order = "day-first"
        day, month = (first, second) if order == "day-first" else (second, first)
        how = f" read {order}"
    else:
        match = _NAMED_MONTH_DATE.fullmatch(text)
        if match is None:
            if _UNKNOWN_NUMBER.fullmatch(text):
                raise _Placeholder(text)
            if text.strip().isdecimal() and len(text.strip()) == 4:
                year = int(text)
                if year < _PLACEHOLDER_BEFORE or year >= _PLACEHOLDER_FROM:
                    raise _Placeholder(text)
            raise _CellError(
                f"expected a date such as 2017-01-03 or 03 January 2017, found {text!r}"
                + digits_hint(text.strip())
            )
        day_text, month_text, year_text = match.groups()
        month_number = _MONTH_NUMBERS.get(month_text.lower())
        if month_number is None:
            raise _CellError(f"unknown month {month_text!r} in {text!r}")
        year, month, day = int(year_text), month_number, int(day_text)
    if year < _PLACEHOLDER_BEFORE or year >= _PLACEHOLDER_FROM:
        raise _Placeholder(text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _CellError(f"no such day {text.strip()!r}{how}") from None


def _dim_text(value: object) -> str:
    """A dimension's value as text: ``2017`` for the float 2017.0 a column with gaps holds."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return value.strip()
    return str(value)


# -- layouts: which column holds what --------------------------------------------------------


class _Layout(abc.ABC):
    """How one kind of frame becomes figures: the columns it reads and the row rule.

    ``FIELDS`` maps each field to its default column; ``REQUIRED`` must be
    present; ``DIMS`` are the grouping columns taken when present.
    """

    FIELDS: Mapping[str, str] = {}
    REQUIRED: tuple[str, ...] = ()
    DIMS: tuple[str, ...] = ()
    NAME: str = "pwstats columns"

    def __init__(self, frame: Any, columns: Mapping[str, str | Sequence[str]] | None):
        given = dict(columns or {})
        dims_given = given.pop("dims", None)
        problems: list[DatasetError] = []
        for field in given:
            if field not in self.FIELDS:
                problems.append(
                    DatasetError(
                        f"columns names unknown field {field!r}{_nearest(field, self.FIELDS)};"
                        f" {self.NAME} reads {', '.join(self.FIELDS)} and dims",
                        field="columns",
                    )
                )
        present = set(map(str, frame.columns))
        misread = _one_column_read_with_commas(present, self.FIELDS.values())
        if misread is not None:
            raise DatasetErrors.of([misread])
        self.names: dict[str, str] = {}
        for field, default in self.FIELDS.items():
            column = given.get(field, default)
            if not isinstance(column, str):
                problems.append(
                    DatasetError(
                        f"columns[{field!r}] must be a column name, not {column!r}",
                        field="columns",
                    )
                )
            elif column in present:
                self.names[field] = column
            elif field not in given and (found := _spelled_otherwise(column, present)):
                self.names[field] = found
            elif field in given:
                problems.append(_no_column(column, present, f"columns[{field!r}]"))
        for field in self.REQUIRED:
            if field not in self.names and field in self.FIELDS:
                column = given.get(field, self.FIELDS[field])
                if isinstance(column, str) and field not in given:
                    problems.append(
                        _no_column(
                            column,
                            present,
                            f"{self.NAME} reads {field} from it; pass columns={{{field!r}: ...}}"
                            " if the frame names it otherwise",
                        )
                    )
        self.dims: dict[str, str] = self._dims(dims_given, present, problems)
        problems.extend(_twice_named(frame, [*self.names.values(), *self.dims.values()]))
        problems.extend(self.check())
        if problems:
            raise DatasetErrors.of(problems)
        self.frame = frame

    def _dims(
        self, given: object, present: set[str], problems: list[DatasetError]
    ) -> dict[str, str]:
        if given is None:
            found = {c: c if c in present else _spelled_otherwise(c, present) for c in self.DIMS}
            return {self.dim_name(c): name for c, name in found.items() if name}
        if isinstance(given, str):
            given = [given]
        if isinstance(given, Mapping):
            pairs = [(str(k), v) for k, v in given.items()]
        elif isinstance(given, Iterable):
            pairs = [(c, c) for c in given]
        else:
            problems.append(
                DatasetError(
                    f"columns['dims'] must list column names, not {given!r}", field="columns"
                )
            )
            return {}
        dims: dict[str, str] = {}
        for dim, column in pairs:
            if not isinstance(column, str) or column not in present:
                problems.append(_no_column(str(column), present, "columns['dims']"))
                continue
            try:
                Dims.check_name(dim)
            except ValueError as exc:
                problems.append(
                    DatasetError(
                        f"{exc}; name the dimension with a mapping, such as"
                        f" columns={{'dims': {{{dim.lower().replace(' ', '_')!r}: {column!r}}}}}",
                        field="columns",
                    )
                )
                continue
            dims[dim] = column
        return dims

    @staticmethod
    def dim_name(column: str) -> str:
        """The dimension a preset's grouping column becomes: the column's own name."""
        return column

    def check(self) -> Iterable[DatasetError]:
        """Problems of the layout as a whole (columns that must come together)."""
        return ()

    def has(self, field: str) -> bool:
        return field in self.names

    def renamed_repeats(self) -> list[str]:
        """The columns read whose name with ``.1`` is a column too: how ``read_csv``
        names a second column of one name, which would not be read."""
        present = set(map(str, self.frame.columns))
        read = dict.fromkeys([*self.names.values(), *self.dims.values()])
        return [name for name in read if f"{name}.1" in present]

    @abc.abstractmethod
    def read(self, row: _Row) -> Sequence[tuple[Measure, Figure]]:
        """The measures and figures of one row (none when it is rejected)."""

    def given(self, reading: _Reading, position: int) -> frozenset[str] | None:
        """The measure fields row ``position`` fills (None: every field, as a preset's rows).

        Rows of one measure must agree on the fields they fill; a field no row has
        filled yet is taken from the first row that fills it.
        """
        return None


def _twice_named(frame: Any, read: Iterable[str]) -> list[DatasetError]:
    """An error for each column the layout reads that names more than one of the frame's
    columns (pandas then hands back both, and which one is meant cannot be told)."""
    counts = collections.Counter(map(str, frame.columns))
    return [
        DatasetError(
            f"{counts[name]} columns are named {name!r}: rename or drop all but the one to read",
            field=name,
        )
        for name in dict.fromkeys(read)
        if counts[name] > 1
    ]


def _spelled_otherwise(column: str, present: set[str]) -> str | None:
    """The one column of ``present`` that is ``column`` in other case or with spaces around.

    Exports saved through a spreadsheet or a statistics package often change a header's
    case (``EVENT_DATE``, ``Best``) or pad it (``" best"``); a default column is found
    under such a spelling when exactly one column has it (None when none or several do).
    """
    wanted = column.strip().casefold()
    found = [c for c in present if c.strip().casefold() == wanted]
    return found[0] if len(found) == 1 else None


def _one_column_read_with_commas(present: set[str], wanted: Iterable[str]) -> DatasetError | None:
    """The error for a frame whose one column's name is a header split by another delimiter.

    ``pandas.read_csv`` reads a file saved with semicolons (or tabs, or bars) as one
    column named by its whole header line; when that name holds a column the layout
    reads, the file's delimiter is named instead of every column as missing.
    """
    if len(present) != 1:
        return None
    (only,) = present
    for sep in (";", "\t", "|"):
        names = {n.strip().casefold() for n in only.split(sep)}
        if len(names) > 1 and not names.isdisjoint(w.casefold() for w in wanted):
            shown = only if len(only) <= 60 else only[:57] + "..."
            return DatasetError(
                f"the frame has one column, {shown!r}: the file is separated by {sep!r}, not"
                f" by commas; read it with pandas.read_csv(path, sep={sep!r})",
                field="columns",
            )
    return None


def _no_column(column: str, present: set[str], why: str) -> DatasetError:
    wanted = column.strip().casefold()
    alike = sorted(c for c in present if c.strip().casefold() == wanted)
    if len(alike) > 1:
        return DatasetError(
            f"the frame has no column {column!r}, and {len(alike)} columns spell it otherwise"
            f" ({', '.join(map(repr, alike))}): rename or drop all but one ({why})",
            field=column,
        )
    return DatasetError(
        f"the frame has no column {column!r}{_nearest(column, present)} ({why})", field=column
    )


# -- columns, converted once per distinct value ------------------------------------------------


@attrs.frozen
class _Problem:
    """A cell that cannot be read: what was found and what was expected."""

    message: str


@attrs.frozen
class _Quirk:
    """A cell that is not an error in the figure but is not usable either (a placeholder)."""

    what: str


def _number_cell(value: object) -> Number | _Problem | None:
    """A number cell: exact; a float as the decimal a CSV reader read into it."""
    try:
        if isinstance(value, str):
            if not value.strip():
                return None
            limits.check_text(value.strip())  # before the digits are read
            x: Number | float = _number_text(value)
        elif isinstance(value, float) and math.isfinite(value):
            decimal = Fraction(float.__repr__(value))  # the shortest text that reads back
            return decimal.numerator if decimal.denominator == 1 else decimal
        else:
            x = exact(value)
        if isinstance(x, float):
            beyond = " (a CSV reader reads a number beyond 1.8e308, such as 1e400, as inf)"
            return _Problem(f"expected a finite number, found {value!r}{beyond * math.isinf(x)}")
        return limits.check(x)  # here, so that the problem names its column
    except (TypeError, ValueError) as exc:  # LimitError is a ValueError
        return _Problem(str(exc))


def _date_cell(
    value: object, order: DateOrder | _Clash = "day-first"
) -> dt.date | _Problem | _Quirk | None:
    if value.__class__ is str and (day := _iso_day(value)) is not None:
        return day  # the common case, as _date_text reads it first
    try:
        return _any_date(value, order)
    except _Placeholder:
        return _Quirk(f"placeholder date {_dim_text(value)!r}")
    except _CellError as exc:
        return _Problem(str(exc))


def _flag_cell(value: object) -> bool | _Problem | None:
    """A boolean cell (``measure_whole``): a bool, 1 or 0, or the CSV format's words."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    meaning = boolean_word(_dim_text(value))
    if meaning is None:
        return _Problem(f"expected true or false, found {_dim_text(value)!r}")
    return meaning


def _text_cell(value: object) -> str | None:
    return _dim_text(value) or None


def _as_of_cell(value: object) -> DateSpan | dt.date | _Problem | None:
    """A figure's ``as_of`` cell: partial ISO text, or a date (pandas' Timestamp included),
    or a pandas Period or numpy datetime64 (the days it covers, at its own precision).

    Text that is no date span is a problem, refused at its cell.
    """
    if isinstance(value, dt.datetime):
        return _day_at(value.isoformat())  # a day at midnight, else a problem
    if isinstance(value, dt.date):
        return value
    if type(value).__name__ == "datetime64" and (timed := _day_at(str(value))) is not None:
        return timed  # finer than a day: numpy prints 2024-01-03T10:00
    if _is_period(value) or type(value).__name__ == "datetime64":
        try:
            return DateSpan.of(value)  # type: ignore[arg-type]  # as Figure(as_of=...) takes it
        except (TypeError, ValueError) as exc:
            return _Problem(str(exc))
    text = _text_cell(value)
    if text is None:
        return None
    if (timed := _day_at(text)) is not None:
        return timed
    try:
        return DateSpan.parse(text)
    except ValueError as exc:
        return _Problem(str(exc))


#: A day and a time of day in ISO text (``2024-01-03T10:00:00``, ``2024-01-03 00:00``),
#: with any zone after it, as a Timestamp's ``isoformat()`` and numpy print them.
_DAY_AND_TIME: Final = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9][0-9:.,]*)(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
)


def _day_at(text: str) -> dt.date | _Problem | None:
    """The day of an ``as_of`` with a time of day: the day at exactly midnight (what
    ``read_csv(parse_dates=...)`` gives), a problem at any other time; None if ``text``
    is no day with a time. Text, Timestamps and datetime64 are read by this one rule.

    >>> _day_at("2024-01-03T00:00:00"), _day_at("2024-01-03").__class__.__name__
    (datetime.date(2024, 1, 3), 'NoneType')
    >>> print(_day_at("2024-01-03 10:00").message)  # doctest: +NORMALIZE_WHITESPACE
    write the day without its time of day, 2024-01-03, not '2024-01-03 10:00': only a
    time of midnight is read as the day
    """
    m = _DAY_AND_TIME.fullmatch(text)
    if m is None:
        return None
    if m[2].strip("0:.,"):
        return _Problem(
            f"write the day without its time of day, {m[1]}, not {text!r}: only a time of"
            " midnight is read as the day"
        )
    try:
        return dt.date.fromisoformat(m[1])
    except ValueError as exc:
        return _Problem(f"{exc}, in {text!r}")


def _is_boolean(value: object) -> bool:
    """Whether a cell is a boolean: Python's, or numpy's (``bool_``; ``bool`` in numpy 2),
    as an object column holds it."""
    kind = value.__class__
    return kind is bool or (kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_"))


def _dim_cell(value: object) -> str | _Problem | None:
    """A dimension's cell as text; a boolean is a problem, as a data file's would be.

    ``str(True)`` is ``'True'`` while a CSV file's cell is ``true`` and a TOML or JSON
    file refuses the boolean: one data set would group differently by how it was read.
    """
    if _is_boolean(value):
        return _Problem(str(bool(value)))
    return _dim_text(value) or None


def _items_cell(value: object) -> tuple[str, ...]:
    """The ``;``-separated items of a list cell, stripped; empty items and repeats dropped."""
    text = _dim_text(value)
    return tuple(dict.fromkeys(i.strip() for i in text.split(";") if i.strip()))


def _latest_cell(
    value: object, order: DateOrder | _Clash = "day-first"
) -> tuple[dt.date | None, tuple[str, ...]]:
    """The latest date of a ``;``-separated list, and the quirks of its items."""
    latest: dt.date | None = None
    quirks: list[str] = []
    for item in _dim_text(value).split(";"):
        item = item.strip()
        if not item:
            continue
        found = _iso_day(item) or _date_cell(item, order)
        if isinstance(found, dt.date):
            if latest is None or found > latest:
                latest = found
        elif isinstance(found, _Quirk):
            quirks.append(found.what)
        else:
            quirks.append("a date that cannot be read")
    return latest, tuple(quirks)


#: How each kind of column is converted, one distinct value at a time.
_CONVERTERS: Final[dict[str, Callable[[Any], Any]]] = {
    "number": _number_cell,
    "date": _date_cell,
    "text": _text_cell,
    "as_of": _as_of_cell,
    "dim": _dim_cell,
    "flag": _flag_cell,
    "items": _items_cell,
    "latest": _latest_cell,
}
_EMPTY: Final[dict[str, Any]] = {
    "number": None,
    "date": None,
    "text": None,
    "as_of": None,
    "dim": None,
    "flag": None,
    "items": (),
    "latest": (None, ()),
}


class _Row:
    """Typed reads of the cells of one row; each problem is recorded against the row."""

    __slots__ = ("columns", "layout", "position", "problems", "quirks", "reading", "year_clash")

    def __init__(self, reading: _Reading) -> None:
        self.reading = reading
        self.layout = reading.layout
        self.columns = reading.columns
        self.position = 0
        self.problems: list[DatasetError] = []
        self.quirks: list[str] = []
        #: The row's year column and the date it disagrees with, when it does.
        self.year_clash: tuple[str, str, dt.date] | None = None

    def fail(self, field: str | None, message: str) -> None:
        self.problems.append(self.reading.problem(self.position, field, message))

    def quirk(self, what: str) -> None:
        self.quirks.append(what)

    def _cell(self, field: str, kind: str) -> Any:
        column = self.columns.get((field, kind))
        if column is None:
            column = self.reading.column(field, kind)
        return column[self.position]

    def raw(self, field: str) -> Any:
        """The cell as the frame holds it (None when empty)."""
        return self._cell(field, "raw")

    def text(self, field: str) -> str | None:
        value: str | None = self._cell(field, "text")
        return value

    def items(self, field: str) -> tuple[str, ...]:
        value: tuple[str, ...] = self._cell(field, "items")
        return value

    def _checked(self, field: str, kind: str) -> Any:
        """The cell as ``kind``, or None when it cannot be read (the problem is recorded)."""
        value = self._cell(field, kind)
        if value.__class__ is _Problem:
            self.fail(field, value.message)
            return None
        return value

    def number(self, field: str) -> Number | None:
        number: Number | None = self._checked(field, "number")
        return number

    def flag(self, field: str) -> bool | None:
        flag: bool | None = self._checked(field, "flag")
        return flag

    def as_of(self) -> DateSpan | dt.date | None:
        """The figure's ``as_of`` (see :func:`_as_of_cell`); None, with the problem
        recorded, when it is no date span."""
        as_of: DateSpan | dt.date | None = self._checked("as_of", "as_of")
        return as_of

    def date(self, field: str) -> dt.date | None:
        value = self._checked(field, "date")
        if value.__class__ is _Quirk:
            self.quirk(f"{value.what} in {self.layout.names[field]}")
            return None
        day: dt.date | None = value
        return day

    def dims(self) -> Dims:
        """The row's dims: its values of the layout's grouping columns that are not empty."""
        found = self.reading.dims_column()[self.position]
        if isinstance(found, _Problem):
            self.fail(None, found.message)
            return Dims()
        return found

    def dated_dims(self, start: dt.date, end: dt.date, field: str) -> Dims:
        """The row's dims, with its ``year`` the year of its date when the column disagrees.

        An event of a preset's data set is dated by ``field`` (from ``start`` to
        ``end``); its year column agrees when it names a year of those days. When it
        does not, the date counts: the dim is ``start``'s year, and the row is named
        in one :class:`~pwstats.errors.DataQualityWarning` (if it is kept).
        """
        dims = self.dims()
        year = dims.get("year")
        if year is None or _year_agrees(year, start, end):
            return dims
        self.year_clash = (year, self.layout.names[field], start)
        return self.reading.year_fixed(dims, start.year)

    def span(self, start: dt.date, end: dt.date) -> DateSpan:
        key = (start, end)
        span = self.reading.spans.get(key)
        if span is None:
            span = self.reading.spans[key] = DateSpan(start, end)
        return span

    def source(
        self, name: str | None, via: Sequence[str] = (), published: dt.date | None = None
    ) -> Source | None:
        if name is None:
            return None
        key = (name, tuple(via), published)
        source = self.reading.sources.get(key)
        if source is None:
            source = self.reading.sources[key] = Source(name=name, via=via, published=published)
        return source

    def estimates(
        self, fields: tuple[str, str, str] = ("low", "best", "high")
    ) -> tuple[Number | None, Number | None, Number | None] | None:
        """Low, best and high (read from ``fields``), checked as a headcount; None if unusable.

        None, with the problems recorded, when a number cannot be read, is negative or
        fractional, when ``low <= best <= high`` is broken, or when all three are empty.
        """
        before = len(self.problems)
        low, best, high = self.number(fields[0]), self.number(fields[1]), self.number(fields[2])
        if len(self.problems) > before:
            return None
        if low is None and best is None and high is None:
            columns = [self.layout.names[f] for f in fields if self.layout.has(f)]
            verb = "is" if len(columns) == 1 else "are"
            self.fail(None, f"no number: {', '.join(columns) or 'the count'} {verb} empty")
            return None
        for field, x in zip(fields, (low, best, high), strict=True):
            if x is None or (type(x) is int and x >= 0):
                continue
            if x < 0:
                self.fail(field, f"{format_number(x)} is negative, and a count cannot be")
            elif isinstance(x, Fraction):
                self.fail(field, _fractional(x))
        if low is not None and high is not None and low > high:
            self.fail(fields[0], f"low {format_number(low)} is above high {format_number(high)}")
        elif best is not None and (
            (low is not None and best < low) or (high is not None and best > high)
        ):
            shown = [format_number(v) if v is not None else "?" for v in (low, high)]
            self.fail(
                fields[1],
                f"best {format_number(best)} is outside [low, high] = [{', '.join(shown)}]",
            )
        return None if len(self.problems) > before else (low, best, high)

    def dated(self, field: str) -> tuple[dt.date, dt.date] | None:
        """The day in ``field`` as a one-day span; a placeholder falls back to the ``year`` dim.

        A row whose date is a placeholder (1900-01-01) but whose year column says when is
        kept, dated by that whole year, as a quirk; otherwise the row has no date.
        """
        quirks = len(self.quirks)
        day = self.date(field)
        if day is not None:
            return day, day
        if len(self.quirks) > quirks and "year" in self.layout.dims:
            year = self.text("dim:year")
            if (
                year is not None
                and year.isdecimal()
                and _PLACEHOLDER_BEFORE <= int(year) <= dt.MAXYEAR
            ):
                self.quirks[-1] += ", dated by its year column"
                return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
        if not self.problems:
            self.fail(field, f"no date: {self.layout.names[field]} is empty or a placeholder")
        return None


def _model_field(error: DatasetError) -> str | None:
    """The field of a figure a model's error names (``figures.cites`` is ``cites``), or None."""
    if error.field is None or not error.field.startswith("figures."):
        return None
    return error.field.removeprefix("figures.")


def _year_agrees(year: str, start: dt.date, end: dt.date) -> bool:
    """Whether a year column's text names a year of the days ``start`` to ``end``."""
    return (
        year.isascii()
        and year.isdigit()
        and start.year <= int(year) <= end.year
        and year == str(int(year))
    )


def _fractional(x: Fraction) -> str:
    return f"{format_number(x)} is not a whole number, and a headcount is{thousands_hint(x)}"


def _any_date(value: object, order: DateOrder | _Clash = "day-first") -> dt.date:
    if isinstance(value, str):
        return _date_text(value, order)
    if isinstance(value, dt.datetime):  # also pandas' Timestamp
        value = value.date()
    if isinstance(value, dt.date):
        if value.year < _PLACEHOLDER_BEFORE or value.year >= _PLACEHOLDER_FROM:
            raise _Placeholder(str(value))
        return value
    if isinstance(value, float) and value.is_integer():  # an int column with a gap
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return _date_text(str(value), order)  # as the same digits in a text column
    raise _CellError(f"expected a date, found {value!r} ({type(value).__name__})")


#: numpy's binary floats narrower than a float64, by name: a cell of one is read as printed.
_NARROW_FLOATS: Final = frozenset({"float32", "float16"})


def _narrow_float(dtype: Any, pandas: Any) -> Callable[[float], object] | None:
    """numpy's scalar type for a column of float32 or float16 (numpy's, pandas' nullable
    ``Float32``, Arrow's, or a categorical's categories), or None for any other column."""
    if isinstance(dtype, pandas.CategoricalDtype):
        dtype = dtype.categories.dtype
    itemsize = getattr(dtype, "itemsize", 8)
    if getattr(dtype, "kind", "") != "f" or itemsize >= 8:
        return None
    numpy = importlib.import_module("numpy")  # there: pandas needs it
    narrow: Callable[[float], object] = numpy.dtype(f"f{itemsize}").type
    return narrow


def _printed(value: object, narrow: Callable[[float], object] | None = None) -> object:
    """A float32 or float16 cell as the float64 of the decimal numpy prints for it, at its
    own precision: ``np.float32(0.35)`` is 0.35, not 0.3499999940395355, its binary value
    widened; any other cell as it is. ``narrow`` is the column's scalar type, when its
    cells come widened to Python floats already (a float32 column's ``tolist()``).

    A float64 cell is read by its shortest repr (:func:`_number_cell`); a float32 one's
    shortest text has at most 9 digits, which a float64 holds and prints unchanged.

    >>> import pytest; np = pytest.importorskip("numpy")
    >>> _printed(np.float32(0.35)), _printed(0.3499999940395355, np.float32), _printed(0.1)
    (0.35, 0.35, 0.1)
    """
    if narrow is not None and isinstance(value, float):
        return float(str(narrow(value)))
    kind = value.__class__
    if kind.__name__ in _NARROW_FLOATS and kind.__module__ == "numpy":
        return float(str(value))
    return value


def _is_missing(value: object) -> bool:
    """An empty cell: None, NaN, pandas' NA and NaT, or blank text."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    return type(value).__name__ in ("NAType", "NaTType")


#: The fields that hold a count, whose float64 column is checked for rounded whole numbers.
_COUNT_FIELDS: Final = frozenset({"number", "low", "best", "high"})
#: Every whole number below this a float64 holds exactly; from it on, some it cannot.
#: Whole numbers a float type holds exactly: those below these (float16 below 2**11).
_FLOAT_EXACT_BELOW: Final = {"float64": 2**53, "float32": 2**24, "float16": 2**11}
#: The rows named for each column in the warning about rounded whole numbers.
_ROUNDED_SHOWN: Final = 3

#: What :func:`pandas.api.types.infer_dtype` calls an object column whose cells are all
#: text, numbers, dates or booleans (missing cells aside): no cell of it needs a look.
_PLAIN_INFERRED: Final = frozenset(
    {
        "empty",
        "string",
        "integer",
        "floating",
        "mixed-integer-float",
        "decimal",
        "boolean",
        "datetime",
        "datetime64",
        "date",
    }
)
#: The longest part of a refused cell a message shows.
_SHOWN: Final = 40


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def _is_period(value: object) -> bool:
    """Whether a cell is a pandas ``Period`` (a month, a quarter: a span of days)."""
    kind = type(value)
    return kind.__name__ == "Period" and kind.__module__.startswith("pandas")


def _cell_kind_problem(value: object) -> str | None:
    """Why a cell can be no cell of a data file, or None: it holds text, a number, a date,
    a boolean (numpy's included) or nothing.

    A list, a dict, bytes, a duration or any other object is refused: ``str()`` of such
    a value would be read as words, an id or a date that no one wrote.
    """
    if value is None or isinstance(value, (str, bool, int, float, Fraction, dt.date)):
        return None  # datetime and pandas' Timestamp are dates
    kind = type(value)
    if kind.__module__ == "decimal" or _is_missing(value) or _is_period(value):
        return None
    dtype = getattr(value, "dtype", None)
    if (
        kind.__module__ == "numpy"
        and getattr(dtype, "kind", "") in ("b", "i", "u", "f", "M")
        and getattr(value, "shape", None) == ()
    ):
        return None  # numpy's booleans, numbers and datetime64 (scalars, not arrays)
    found = f"found {_shown(value)} ({kind.__name__})"
    if isinstance(value, (bytes, bytearray)):
        return (
            f"expected text, {found}: decode the column first, such as"
            " frame[column].str.decode('utf-8')"
        )
    if isinstance(value, (list, tuple, set, frozenset)) or getattr(value, "shape", ()) != ():
        return (
            f"expected one value (text, a number or a date), {found}: join the items"
            " with ';' as a list cell does, or give each item its own row"
        )
    if isinstance(value, dt.timedelta) or getattr(dtype, "kind", "") == "m":
        return f"expected a date or a number, {found}, a duration: write the date or the count"
    return f"expected text, a number or a date, {found}"


# -- the reading of a whole frame --------------------------------------------------------------


class _Reading:
    """Reads every row of a frame through its layout, and collects rejections and quirks."""

    def __init__(
        self,
        layout: _Layout,
        rows: int,
        pandas: Any,
        date_order: DateOrder | None = None,
        *,
        first: int = 0,
        file: str | None = None,
        lines: Callable[[], Sequence[int] | None] | None = None,
    ):
        self.layout = layout
        self.rows = rows
        #: The position in the caller's frame of the first row read (1 when an HXL
        #: hashtag row came first): rows are named by their place in that frame.
        self.first = first
        #: The file the frame was read from, and the line each of its rows starts on
        #: (computed only when a row needs naming; None when it cannot be told, and
        #: rows are then named by their place in the frame).
        self.file = file
        self._lines = lines
        self.pandas = pandas
        self.date_order = date_order
        #: One line for each column whose numeric dates were all ambiguous (read day-first).
        self.date_notes: list[str] = []
        #: One line for each float64 count column with whole numbers from 2**53 on.
        self.rounded: list[str] = []
        layout.names.update({f"dim:{d}": c for d, c in layout.dims.items()})
        self.columns: dict[tuple[str, str], list[Any]] = {}
        #: The cells no data file could hold (a list, bytes, an object), by row:
        #: the field and the problem; each such cell is read as empty, its row rejected.
        self.bad_cells: dict[int, list[tuple[str, str]]] = {}
        #: The columns read with their bad cells emptied, by name.
        self._cleaned: dict[str, Any] = {}
        self._scan_cells()
        self.ids: list[str | None] = (
            self.column("id", "text") if layout.has("id") else [None] * rows
        )
        self.spans: dict[tuple[dt.date, dt.date], DateSpan] = {}
        self.sources: dict[tuple[str, tuple[str, ...], dt.date | None], Source] = {}
        self._dims: list[Dims | _Problem] | None = None
        self.measures: dict[str, tuple[Measure, int]] = {}
        #: The fields some row has filled, of each measure several rows define.
        self.measure_given: dict[str, frozenset[str]] = {}
        #: Whether a row filled in a measure after it was kept (built_measures is then stale).
        self.filled_in = False
        self.figures: dict[str, int] = {}
        self.built_measures: list[Measure] = []
        self.built_figures: list[Figure] = []
        self.rejected: list[Rejected] = []
        self.quirks: dict[str, list[str]] = {}
        #: Rows kept whose year column disagrees with their date: position, the column's
        #: text, the date's column and the date (the date's year is the dim).
        self.year_clashes: list[tuple[int, str, str, dt.date]] = []
        self._year_fixed: dict[tuple[Dims, int], Dims] = {}
        #: The figures kept from rows read through the checked getters (not a fast path).
        self.checked: list[Figure] = []

    def _scan_cells(self) -> None:
        """Find every cell of the columns read that no data file could hold, at once.

        An object column whose cells pandas finds all text, numbers, dates or booleans
        is passed over whole; any other (a list among the cells, bytes, mixed kinds) is
        read cell by cell. Bad cells are emptied in a copy of the column, so the readers never see
        them, and each is a problem of its row (:meth:`read_row`).
        """
        frame = self.layout.frame
        fields = {column: field for field, column in reversed(self.layout.names.items())}
        types = self.pandas.api.types
        for column, field in fields.items():
            series = frame[column]
            if isinstance(series.dtype, self.pandas.CategoricalDtype):
                categories = series.cat.categories
                if not any(_cell_kind_problem(c) for c in categories.tolist()):
                    continue
                series = series.astype(object)
            elif series.dtype.kind != "O":
                continue  # numbers, booleans, dates: numpy's own
            else:
                if types.infer_dtype(series, skipna=True) in _PLAIN_INFERRED:
                    continue
            values = series.tolist()
            found = False
            for position, value in enumerate(values):
                problem = _cell_kind_problem(value)
                if problem is not None:
                    self.bad_cells.setdefault(position, []).append((field, problem))
                    values[position] = None
                    found = True
            if found:
                self._cleaned[column] = self.pandas.Series(values, dtype=object)

    def dims_column(self) -> list[Dims | _Problem]:
        """Every row's dims, made once per distinct combination of the grouping cells.

        A combination :class:`~pwstats.model.Dims` refuses (a value with a line break)
        is a :class:`_Problem` for each of its rows.
        """
        if self._dims is None:
            names = list(self.layout.dims)
            columns = [self.column(f"dim:{d}", "dim") for d in names]
            make = dims_maker(names)
            shared: dict[tuple[str | _Problem | None, ...], Dims | _Problem] = {}
            out: list[Dims | _Problem] = []
            for key in zip(*columns, strict=True) if columns else [()] * self.rows:
                found = shared.get(key)
                if found is None:
                    found = self._dims_of(names, key, make)
                    shared[key] = found
                out.append(found)
            self._dims = out
        return self._dims

    def _dims_of(
        self,
        names: list[str],
        key: tuple[str | _Problem | None, ...],
        make: Callable[[Sequence[object]], Dims],
    ) -> Dims | _Problem:
        """The dims of one combination of grouping cells, or the problem with them."""
        for dim, value in zip(names, key, strict=True):
            if isinstance(value, _Problem):  # a boolean
                column = self.layout.dims[dim]
                return _Problem(
                    f"{column} holds the boolean {value.message}: a dimension's value is text"
                    " or an integer, as in a data file; map the column to words first, such as"
                    f" frame[{column!r}].map({{True: 'yes', False: 'no'}})"
                )
        try:
            return make(key)
        except (TypeError, ValueError) as exc:
            return _Problem(f"dims: {exc}")

    def year_fixed(self, dims: Dims, year: int) -> Dims:
        """``dims`` with its ``year`` replaced by ``year`` (one object per pair)."""
        found = self._year_fixed.get((dims, year))
        if found is None:
            found = self._year_fixed[(dims, year)] = Dims({**dict(dims), "year": str(year)})
        return found

    def column(self, field: str, kind: str) -> list[Any]:
        """Field ``field`` of every row as ``kind``, each distinct value converted once."""
        found = self.columns.get((field, kind))
        if found is not None:
            return found
        name = self.layout.names.get(field)
        if name is None:
            found = [_EMPTY.get(kind)] * self.rows
        else:
            series = self._cleaned.get(name)
            if series is None:
                series = self.layout.frame[name]
            narrow = _narrow_float(series.dtype, self.pandas)
            if kind == "raw":
                found = [None if _is_missing(v) else _printed(v, narrow) for v in series.tolist()]
            elif kind == "number" and series.dtype.kind in "iu" and not series.hasnans:
                found = series.tolist()  # Python ints (a nullable Int64 column may hold NA)
            else:
                codes, uniques = self.pandas.factorize(series, use_na_sentinel=True)
                codes, uniques = codes.tolist(), [_printed(u, narrow) for u in uniques.tolist()]
                convert = _CONVERTERS[kind]
                if kind == "date":
                    convert = functools.partial(
                        _date_cell, order=self.order(name, False, uniques, codes)
                    )
                elif kind == "latest":
                    convert = functools.partial(
                        _latest_cell, order=self.order(name, True, uniques, codes)
                    )
                values = [_EMPTY[kind] if _is_missing(u) else convert(u) for u in uniques]
                values.append(_EMPTY[kind])  # code -1: a missing cell
                found = [values[c] for c in codes]
            exact_below = _FLOAT_EXACT_BELOW.get(str(series.dtype))
            if (
                kind == "number"
                and field in _COUNT_FIELDS
                and exact_below is not None
                and series.abs().max() >= exact_below  # one vectorised look first
            ):
                self._note_rounded(name, found, exact_below, str(series.dtype))
        self.columns[(field, kind)] = found
        return found

    def _note_rounded(
        self, column: str, numbers: Sequence[object], exact_below: int, dtype: str
    ) -> None:
        """Note the rows of a float ``column`` holding a whole number its type may have
        rounded (from 2**53 for a float64, as read from text with an empty cell beside it;
        from 2**24 for a float32)."""
        rows = [p for p, x in enumerate(numbers) if type(x) is int and abs(x) >= exact_below]
        if rows:
            shown = ", ".join(f"{self.name(p)} {numbers[p]}" for p in rows[:_ROUNDED_SHOWN])
            more = f" and {len(rows) - _ROUNDED_SHOWN} more" if len(rows) > _ROUNDED_SHOWN else ""
            self.rounded.append(f"{column}, {dtype}: {shown}{more}")

    def order(
        self, name: str, lists: bool, uniques: list[Any], codes: list[int]
    ) -> DateOrder | _Clash:
        """How the numeric dates (``01/02/2023``) of column ``name`` are read, in one pass.

        ``date_order`` if given; else the order the column's own dates show: a first
        part above 12 (13/01/2023) makes it day-first, a second part above 12
        (1/13/2023) month-first, both a clash (its numeric dates are refused). A column
        whose numeric dates are all ambiguous is read day-first, with one note.
        ``lists``: each distinct value is a ``;``-separated list of dates.
        """
        if self.date_order is not None:
            return self.date_order
        day_first = month_first = example = None
        ambiguous: set[int] = set()
        for i, value in enumerate(uniques):
            if not isinstance(value, str):
                continue
            for text in value.split(";") if lists else (value,):
                if _iso_day(text) is not None:
                    continue  # an ISO day (four digits first) is never a numeric date
                parts = _numeric_date(text)
                if parts is None:
                    continue
                first, second, _ = parts
                if first > 12 >= second:
                    day_first = day_first or text.strip()
                elif second > 12 >= first:
                    month_first = month_first or text.strip()
                elif first != second and 0 < first <= 12 and 0 < second <= 12:
                    ambiguous.add(i)
                    example = example or text.strip()
        if day_first is not None and month_first is not None:
            return _Clash(
                f"{name} has dates only day-first reads ({day_first!r}) and dates only"
                f" month-first reads ({month_first!r}); write ISO dates (2023-01-02) or pass"
                " date_order='day-first' or 'month-first'"
            )
        if month_first is not None:
            return "month-first"
        if day_first is None and example is not None:
            rows = sum(1 for c in codes if c in ambiguous)
            first, second, year = _numeric_date(example) or (0, 0, 0)
            day, other = (f"{year:04}-{m:02}-{d:02}" for m, d in ((second, first), (first, second)))
            self.date_notes.append(
                f"from_frame read {rows} {'row' if rows == 1 else 'rows'} of {name} day-first"
                f" ({example!r} as {day}): no date of the column has a part above 12 to tell"
                f" whether it is day-first or month-first; pass date_order='month-first' if it"
                f" is ({example!r} as {other}), or write ISO dates"
            )
        return "day-first"

    def read_all(self) -> None:
        """Read every row, in order: the layout's own loop, or one row at a time."""
        row = _Row(self)
        read_rows = getattr(self.layout, "read_rows", None)
        if read_rows is not None:
            read_rows(self, row)
            return
        for position in range(self.rows):
            self.read_row(row, position)

    def read_row(self, row: _Row, position: int) -> None:
        """Read one row through the layout's checked path; keep, reject or note its quirks."""
        row.position = position
        if row.problems:  # a fresh list only after a rejection took the last one's errors
            row.problems = []
        if row.quirks:
            row.quirks = []
        row.year_clash = None
        bad = self.bad_cells.get(position)
        if bad is not None:  # cells read as empty: the rest of the row would mislead
            for field, message in bad:
                row.fail(field, message)
            built: Sequence[tuple[Measure, Figure]] = ()
        else:
            try:
                built = self.layout.read(row)
            except DatasetError as exc:  # a check of the model's own, perhaps of one field
                column = _model_field(exc)
                row.fail(column, str(exc) if column is None else exc.message)
                built = ()
            except (TypeError, ValueError) as exc:
                row.fail(None, str(exc))
                built = ()
        if not row.problems:
            self._keep(row, built)
        if row.problems:
            rejected = Rejected(
                file=self.file if self.lined else None,
                line=self.line(position),
                record=self.ids[position],
                errors=row.problems,  # type: ignore[arg-type]  # attrs' tuple converter
            )
            self.rejected.append(rejected)
        else:
            for quirk in row.quirks:
                self.quirks.setdefault(quirk, []).append(self.name(position))
            if row.year_clash is not None:
                self.year_clashes.append((position, *row.year_clash))

    @functools.cached_property
    def _line_of(self) -> Sequence[int] | None:
        return None if self._lines is None else self._lines()

    @property
    def lined(self) -> bool:
        """Whether rows are named by their file's lines."""
        return self._line_of is not None

    def line(self, position: int) -> int:
        """Where row ``position`` is: its line in the file, or its place in the frame."""
        lines = self._line_of
        return position + self.first if lines is None else lines[position + self.first]

    def place(self, position: int) -> str:
        """``row 2`` (its place in the frame), or ``line 4`` when it was read from a file."""
        return f"{'row' if self._line_of is None else 'line'} {self.line(position)}"

    def name(self, position: int) -> str:
        ident = self.ids[position]
        return self.place(position) + (f" (id {ident})" if ident is not None else "")

    def problem(self, position: int, field: str | None, message: str) -> DatasetError:
        """A problem with field ``field`` of row ``position``, placed as the row is."""
        column = self.layout.names.get(field, field) if field is not None else None
        if self.lined:  # a file's row: its file and line say where
            line = self.line(position)
            return DatasetError(message, file=self.file, line=line, field=column)
        where = self.name(position) + (f", {column}" if column else "")
        return DatasetError(message, field=where)

    def located(self, position: int) -> str:
        """Row ``position`` as a problem names it: ``file:line (id X)`` for a file's row."""
        if self.lined:
            ident = self.ids[position]
            return f"{self.file}:{self.line(position)}" + (
                f" (id {ident})" if ident is not None else ""
            )
        return self.name(position)

    def _measures_alike(self) -> str | None:
        """A note on measure ids kept that differ only by case (``held``, ``Held``), or None.

        A frame's rows make their measures, so a measure typed two ways becomes two
        measures whose figures are never compared: read as written, but named.
        """
        if isinstance(self.layout, (_GED, _ACLED, _HXL)):
            return None  # a preset names each event's measure after its own id
        groups: dict[str, list[str]] = {}
        for ident in self.measures:
            groups.setdefault(ident.casefold(), []).append(ident)
        alike = [ids for ids in groups.values() if len(ids) > 1]
        if not alike:
            return None
        named = "; ".join(
            " and ".join(f"{i!r} ({self.place(self.measures[i][1])})" for i in ids)
            for ids in alike[:_NAMED_ROWS]
        )
        more = f"; and {len(alike) - _NAMED_ROWS} more" if len(alike) > _NAMED_ROWS else ""
        return (
            f"from_frame read measure ids that differ only by case as different measures,"
            f" whose figures are never compared ({named}{more}); if each pair is one"
            " measure, write its id one way"
        )

    def _year_message(self) -> str:
        clashes = self.year_clashes
        count = len(clashes)
        named = "; ".join(
            f"{self.located(i)}: year {year}, {field} {day.isoformat()}"
            for i, year, field, day in clashes[:_NAMED_ROWS]
        )
        more = f"; and {count - _NAMED_ROWS} more" if count > _NAMED_ROWS else ""
        rows = "1 row" if count == 1 else f"{count} rows"
        return (
            f"from_frame grouped {rows} by the year of {'its' if count == 1 else 'their'}"
            f" date, not by {'its' if count == 1 else 'their'} year column, which names"
            f" another year ({named}{more}); the date is what the event's figure is dated by"
        )

    def _keep(self, row: _Row, built: Sequence[tuple[Measure, Figure]]) -> None:
        measures, figures = self.measures, self.figures
        if len(built) == 1:  # the common case: one new measure and figure
            measure, figure = built[0]
            if measure.id not in measures and figure.id not in figures:
                measures[measure.id] = (measure, row.position)
                self.built_measures.append(measure)
                figures[figure.id] = row.position
                self.built_figures.append(figure)
                self.checked.append(figure)
                return
        filled: dict[str, frozenset[str]] = {}  # measures this row fills in
        for measure, figure in built:
            known = self.measures.get(measure.id)
            if figure.id in self.figures and self.layout.given(self, row.position) is None:
                pass  # a preset's row, its measure named after the id: the duplicate says it all
            elif known is not None and known[0] is not measure and known[0] != measure:
                before = self.filled_fields(measure.id, known[1])
                clash = [
                    f
                    for f in _MEASURE_FIELDS
                    if getattr(known[0], f) != getattr(measure, f)
                    and (before is None or f in before)
                ]
                if clash:
                    row.fail(
                        None,
                        f"measure {measure.id!r} is defined differently on"
                        f" {self.place(known[1])}"
                        f" ({_differences(known[0], measure, clash)})",
                    )
                elif before is not None:
                    now = self.layout.given(self, row.position)
                    filled[measure.id] = before | (now if now is not None else frozenset())
            first = self.figures.get(figure.id)
            if first is not None:
                row.fail("id", f"duplicate id {figure.id!r} (first on {self.place(first)})")
        if row.problems:
            return
        for measure, figure in built:
            if measure.id in filled:  # a field no earlier row filled: the measure gains it
                self.measures[measure.id] = (measure, self.measures[measure.id][1])
                self.measure_given[measure.id] = filled[measure.id]
                self.filled_in = True
            if measure.id not in self.measures:
                self.measures[measure.id] = (measure, row.position)
                self.built_measures.append(measure)
            self.figures[figure.id] = row.position
            self.built_figures.append(figure)
            self.checked.append(figure)

    def filled_fields(self, measure: str, position: int) -> frozenset[str] | None:
        """The fields the rows of ``measure`` kept so far fill (its first row at ``position``)."""
        found = self.measure_given.get(measure)
        if found is None:
            found = self.layout.given(self, position)
            if found is not None:
                self.measure_given[measure] = found
        return found

    def _check_links(self, *, partial: bool) -> None:
        """Reject each row whose ``cites`` or ``revises`` fails, as a data file's record.

        A link to no figure (with its did-you-mean), to a figure of another measure, or
        closing a cycle is the data set's own check (:func:`pwstats.model.link_problems`),
        at the row and its column; a link to a row rejected for problems of its own is
        not reported again. In a ``partial`` read such a link rejects its row too, until
        the figures kept link only to one another.
        """
        if not any(f.cites is not None or f.revises is not None for f in self.built_figures):
            return
        gone = {r.record for r in self.rejected if r.record is not None}
        by_id = {f.id: f for f in self.built_figures}
        bad: dict[str, list[DatasetError]] = {}
        rejected_link = "it {} {!r}, whose row was rejected"

        def to_gone(figures: Iterable[Figure]) -> None:
            # Each figure's links to rows already rejected, in the order of its keys.
            for f in figures:
                for key in _LINKS:
                    target = getattr(f, key)
                    if target is not None and target not in by_id and target in gone:
                        message = rejected_link.format(key, target)
                        bad.setdefault(f.id, []).append(
                            self.problem(self.figures[f.id], key, message)
                        )

        if partial:
            to_gone(self.built_figures)
        for found in link_problems(self.built_figures, by_id, gone):
            bad.setdefault(found.figure, []).append(
                self.problem(self.figures[found.figure], found.key, found.error.message)
            )
        if partial:
            # A rejected row takes the rows linking to it along, and theirs in turn: one
            # generation at a time through the links reversed (a chain of revisions whose
            # first row is bad is one pass, not one check of every link a row).
            linking: dict[str, list[Figure]] = {}
            for f in self.built_figures:
                for key in _LINKS:
                    target = getattr(f, key)
                    if target is not None and target in by_id:
                        linking.setdefault(target, []).append(f)
            frontier = list(bad)
            while frontier:
                for ident in frontier:
                    del by_id[ident]
                    gone.add(ident)
                ahead = {f.id: f for i in frontier for f in linking.get(i, ()) if f.id not in bad}
                to_gone(ahead.values())
                frontier = list(ahead)
        if not bad:
            return
        for ident, errors in bad.items():
            position = self.figures.pop(ident)
            self.rejected.append(
                Rejected(
                    file=self.file if self.lined else None,
                    line=self.line(position),
                    record=self.ids[position],
                    errors=errors,  # type: ignore[arg-type]  # attrs' tuple converter
                )
            )
        self.rejected.sort(key=lambda r: r.line or 0)
        self.built_figures = [f for f in self.built_figures if f.id not in bad]
        self.checked = [f for f in self.checked if f.id not in bad]
        kept = {f.measure for f in self.built_figures}
        for measure in [m for m in self.measures if m not in kept]:
            del self.measures[measure]
        self.built_measures = [m for m in self.built_measures if m.id in kept]

    def finish(self, policy: OnBadRecords) -> Dataset:
        self._check_links(partial=policy != "raise")
        if self.rejected:
            if policy == "raise":
                raise DatasetErrors.of([e for r in self.rejected for e in r.errors])
            if callable(policy):
                for rejected in self.rejected:
                    policy(rejected)
        for note in self.date_notes:
            warnings.warn(note, DataQualityWarning, stacklevel=3)
        if self.rounded:
            warnings.warn(
                f"from_frame read whole numbers too large for their float columns to hold"
                f" exactly ({'; '.join(self.rounded)}): a float64 holds whole numbers exactly"
                " only below 2**53 (9007199254740992), a float32 below 2**24 (16777216), so"
                " these may have lost digits, as when read_csv reads a column with an empty"
                " cell as float64; read the file with pd.read_csv(..., dtype=str), or with"
                " pwstats.load, and keep counts in integer or float64 columns",
                DataQualityWarning,
                stacklevel=3,
            )
        if self.quirks:
            warnings.warn(_quirk_message(self.quirks), DataQualityWarning, stacklevel=3)
        if self.year_clashes:
            warnings.warn(self._year_message(), DataQualityWarning, stacklevel=3)
        if alike := self._measures_alike():
            warnings.warn(alike, DataQualityWarning, stacklevel=3)
        if self.checked:  # the data set's own checks of each figure not built by a fast path
            used = {f.measure: self.measures[f.measure][0] for f in self.checked}
            Dataset(measures=list(used.values()), figures=self.checked)
        if self.filled_in:  # in the order they were first kept, as built_measures
            self.built_measures = [m for m, _ in self.measures.values()]
        # ids are unique (_keep, read_rows) and every figure was checked: not again
        return trusted_dataset(measures=self.built_measures, figures=self.built_figures)


#: The cells of a row's source that mean nothing without its ``source_name``.
_NAMELESS_SOURCE_CELLS: Final = (
    "source",
    "source_role",
    "source_affiliation",
    "source_via",
    "source_url",
    "quote",
)

#: The two links a figure's row may name.
_LINKS: Final = ("cites", "revises")


#: The fields of a measure a frame's row states (the rest follow from its unit).
_MEASURE_FIELDS: Final = ("label", "kind", "unit", "whole", "nonnegative", "note", "dims")


def _differences(a: Measure, b: Measure, fields: Sequence[str] = _MEASURE_FIELDS) -> str:
    """How measure ``b`` (this row's) differs from ``a`` (an earlier row's), field by field.

    Dims are compared dimension by dimension, so a long key names only what differs:
    ``dims country='B' here, 'A' there``.
    """
    out: list[str] = []
    for f in fields:
        there, here = getattr(a, f), getattr(b, f)
        if there == here:
            continue
        if f == "dims":
            for dim in sorted({*dict(there), *dict(here)}):
                one, other = dict(here).get(dim), dict(there).get(dim)
                if one != other:
                    shown = [repr(v) if v is not None else "none" for v in (one, other)]
                    out.append(f"dims {dim} {shown[0]} here, {shown[1]} there")
        else:
            out.append(f"{f} {here!r} here, {there!r} there")
    return "; ".join(out)


#: How many rows a warning names before it says how many more there are.
_NAMED_ROWS: Final = 10


def _quirk_message(quirks: Mapping[str, list[str]]) -> str:
    count = len({r for rows in quirks.values() for r in rows})
    parts = []
    for what, rows in quirks.items():
        named = ", ".join(rows[:_NAMED_ROWS])
        more = f" and {len(rows) - _NAMED_ROWS} more" if len(rows) > _NAMED_ROWS else ""
        parts.append(f"{what}: {named}{more}")
    noun = "row" if count == 1 else "rows"
    return (
        f"from_frame kept {count} {noun} with quirks that are not errors in their figures"
        f" ({'; '.join(parts)})"
    )


# -- pwstats' own columns ------------------------------------------------------------------------


#: Columns of ``Dataset.to_frame()``'s figures table that no frame of data has.
_OUR_FIGURES: Final = frozenset({"statement", "interval_lo_exact", "interval_hi_closed"})


class _Own(_Layout):
    """Columns named as in a pwstats CSV file (docs/data-format.md)."""

    FIELDS: Mapping[str, str] = {
        f: f
        for f in (
            "id",
            "measure",
            "measure_label",
            "measure_kind",
            "measure_unit",
            "measure_whole",
            "measure_nonnegative",
            "measure_note",
            "value",
            "number",
            "interval",
            "low",
            "best",
            "high",
            "basis",
            "confidence",
            "as_of",
            "source",
            "source_name",
            "source_role",
            "source_affiliation",
            "source_via",
            "source_url",
            "source_published",
            "quote",
            "cites",
            "revises",
            "note",
            "record",
        )
    }
    REQUIRED = ("measure",)
    NAME = "from_frame without a preset"

    def given(self, reading: _Reading, position: int) -> frozenset[str]:
        found = {
            f
            for f in ("label", "kind", "unit", "note")
            if reading.column(f"measure_{f}", "text")[position] is not None
        }
        found.update(
            f
            for f in ("whole", "nonnegative")
            if reading.column(f"measure_{f}", "flag")[position] is not None
        )
        if reading.dims_column()[position]:
            found.add("dims")
        return frozenset(found)

    def check(self) -> Iterable[DatasetError]:
        present = set(map(str, self.frame_columns))
        if _OUR_FIGURES.issubset(present) and not (self.has("value") or self.has("number")):
            yield DatasetError(
                "the frame is the figures table of Dataset.to_frame(), made for reading: its"
                " statements are not in the columns from_frame reads; pwstats.dump and"
                " pwstats.load keep a data set and read it back equal",
                field="columns",
            )
            return
        if not any(self.has(f) for f in ("value", "number", "interval", "low", "best", "high")):
            yield DatasetError(
                "the frame has no column for the figures' values: give value (words as"
                " reported), number, interval, or low/best/high, or map one with columns=",
                field="columns",
            )
        if self.has("source") and not self.has("source_name"):
            column = self.names["source"]
            yield DatasetError(
                f"the frame has a {column!r} column but no source_name: from_frame reads whose"
                " statement a figure is from source_name (with source_role, source_published"
                " and the other source_ columns), and source is only that source's id;"
                f" pass columns={{'source_name': {column!r}}} if the column names the sources",
                field=column,
            )
        if "measure" not in self.names:
            return
        if "date" in set(map(str, self.frame_columns)) and not self.has("as_of"):
            yield DatasetError(
                "the frame has a 'date' column but no 'as_of': pwstats reads the date a figure"
                " speaks of from as_of; pass columns={'as_of': 'date'}",
                field="date",
            )

    def __init__(self, frame: Any, columns: Mapping[str, str | Sequence[str]] | None):
        self.frame_columns = list(frame.columns)
        super().__init__(frame, columns)
        #: What rows built, by the cells they were built from (see :meth:`read`).
        self._measures: dict[tuple[object, ...], Measure] = {}
        self._sources: dict[tuple[object, ...], Source] = {}
        self._merged: dict[tuple[tuple[object, ...], int], tuple[Measure, Measure]] = {}

    def _dims(
        self, given: object, present: set[str], problems: list[DatasetError]
    ) -> dict[str, str]:
        """The dims ``columns["dims"]`` names, else the ``dim_<name>`` columns, as in a CSV file."""
        if given is None:
            given = {
                c.strip().lower().removeprefix(_DIM_PREFIX): c
                for c in sorted(present)
                if c.strip().lower().startswith(_DIM_PREFIX) and len(c.strip()) > len(_DIM_PREFIX)
            }
        return super()._dims(given, present, problems)

    def _source(self, row: _Row, published: dt.date | None) -> Source | None:
        """The row's source (None without a name), one object per distinct set of cells.

        A row that fills another source cell but not ``source_name`` is refused at that
        cell, as a data file's record is: its source would be dropped without a word.
        """
        name = row.text("source_name")
        if name is None:
            for field in _NAMELESS_SOURCE_CELLS:
                if row.text(field) is not None:
                    row.fail(
                        field,
                        "a quote needs a source: give source_name"
                        if field == "quote"
                        else f"{field} without source_name: give the source's name",
                    )
                    break
            return None
        key = (
            name,
            row.text("source_role"),
            row.text("source_affiliation"),
            row.text("source_via"),
            row.text("source_url"),
            published,
            row.text("quote"),
            row.text("source"),
        )
        source = self._sources.get(key)
        if source is None:
            via: list[str] = []
            if key[3] is not None:  # as a CSV file's cell: "a | b", or a JSON array
                try:
                    via = list_cell(key[3])
                except ValueError as exc:
                    row.fail("source_via", str(exc))
                    return None
            source = self._sources[key] = Source(
                name=name,
                role=key[1],
                affiliation=key[2],
                via=via,
                url=key[4],
                published=published,
                quote=key[6],
                id=key[7],
            )
        return source

    def _filled(
        self, row: _Row, key: tuple[object, ...], measure: Measure, known: Measure
    ) -> Measure:
        """The measure another row defined (``known``), with the fields this row fills taken
        from ``measure``, as the CSV format does (the label on the first row of a measure
        only); ``known`` itself when that changes nothing. One merge per distinct pair."""
        found = self._merged.get((key, id(known)))
        if found is not None and found[0] is known:
            return found[1]
        here = self.given(row.reading, row.position) or frozenset()
        merged = Measure(
            id=measure.id,
            **{f: getattr(measure if f in here else known, f) for f in _MEASURE_FIELDS},
        )
        if merged == known:
            merged = known
        self._merged[(key, id(known))] = (known, merged)
        return merged

    def misspelled(self) -> list[str]:
        """Columns read as nothing that look like a field misspelled: ``measure_lable``."""
        used = {*self.names.values(), *self.dims.values()}
        out = []
        for column in map(str, self.frame_columns):
            if column in used:
                continue
            close = self._misspelling_of(column)
            if close is not None:
                out.append(f"{column!r} (did you mean {close!r}?)")
        return out

    def _misspelling_of(self, column: str) -> str | None:
        """The field an unread ``column`` looks like a misspelling of, or None."""
        return closest(column.strip().lower(), self.FIELDS, cutoff=0.8)

    def unread_ends(self) -> list[str]:
        """Columns named like an end of an estimate the frame does not give (``max``
        beside ``low`` and no ``high``), as IBC-style minimum and maximum columns are:
        one line for each end, naming them. None when the frame gives neither end nor
        best, or gives the end."""
        if not any(map(self.has, ("low", "best", "high"))):
            return []
        used = {*self.names.values(), *self.dims.values()}
        out = []
        for end, words in _END_WORDS.items():
            if self.has(end):
                continue
            named = [
                column
                for column in map(str, self.frame_columns)
                if column not in used
                and _names_an_end(column, words)
                and self._misspelling_of(column) is None  # named in that warning
            ]
            if named:
                gives = " and ".join(f for f in ("low", "best", "high") if self.has(f))
                shown = ", ".join(map(repr, named))
                out.append(
                    f"the frame gives {gives} but no {end}, and column"
                    f"{'' if len(named) == 1 else 's'} {shown}"
                    f" {'is' if len(named) == 1 else 'are'} not read: if"
                    f" {'it holds' if len(named) == 1 else 'one holds'} the {end} end, rename"
                    f" it {end!r} or map it with columns={{{end!r}: {named[0]!r}}}"
                )
        return out

    def read(self, row: _Row) -> Sequence[tuple[Measure, Figure]]:
        record = row.text("record")
        if record is not None and record.strip().lower() != "figure":
            row.fail(
                "record",
                f"a {record!r} row: from_frame reads figure rows only (one figure per row, its"
                " measure and source in the row's own columns); a pwstats CSV file with"
                " measure, source and relation rows is read by pwstats.load",
            )
            return ()
        measure_id = row.text("measure")
        if measure_id is None:
            row.fail("measure", "no measure: every row names the measure its figure is about")
        ident = row.reading.ids[row.position] or f"row-{row.position}"
        unread = len(row.problems)
        value: str | Number | Interval | None = row.text("value")
        number = row.number("number")
        interval = _interval_cell(row)
        estimates = (row.number("low"), row.number("best"), row.number("high"))
        ways = [
            w
            for w, v in (("value", value), ("number", number), ("interval", interval))
            if v is not None
        ]
        if any(v is not None for v in estimates):
            ways.append("low/best/high")
        unread = len(row.problems) - unread  # value cells refused as they were read
        if not ways and not unread:
            row.fail(None, "no value: value, number, interval and low/best/high are all empty")
        elif len(ways) > 1:
            row.fail(
                None,
                f"give the value one way only, found {' and '.join(ways)}"
                + ("; put the point estimate in best" if "low/best/high" in ways else ""),
            )
        as_of = row.as_of()
        published = row.date("source_published")
        kind_text = row.text("measure_kind")
        kind = kind_text or "level"
        if kind not in KINDS:
            row.fail("measure_kind", f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}")
        if row.problems or measure_id is None:
            return ()
        source = self._source(row, published)
        whole, nonnegative = row.flag("measure_whole"), row.flag("measure_nonnegative")
        if row.problems:
            return ()
        # Rows of one measure repeat its cells: each distinct combination is built once
        # (by the cells as given: what a row leaves empty decides what it fills in).
        key = (
            measure_id,
            row.text("measure_label"),
            kind_text,
            row.text("measure_unit"),
            row.text("measure_note"),
            whole,
            nonnegative,
            row.dims(),
        )
        measure = self._measures.get(key)
        if measure is None:
            flags = {"whole": whole, "nonnegative": nonnegative}
            measure = self._measures[key] = Measure(
                id=measure_id,
                label=key[1] or measure_id,
                kind=kind,  # type: ignore[arg-type]
                unit=key[3] or "person",
                note=key[4] or "",
                dims=key[7],
                **{f: v for f, v in flags.items() if v is not None},
            )
        known = row.reading.measures.get(measure_id)
        if known is not None and known[0] is not measure and known[0] != measure:
            measure = self._filled(row, key, measure, known[0])
        if number is not None:
            value = number
        elif interval is not None:
            value = interval
        elif isinstance(value, str):
            problem = measure_words_problem(value, measure)  # the data set's own check
            if problem is not None:
                row.fail("value", problem)
                return ()
        low, best, high = estimates
        confidence = row.text("confidence")
        if confidence is not None:  # refused at its cell, as a data file's key
            problem = _confidence_problem(confidence, row.text("basis") or "count")
            if problem is not None:
                row.fail("confidence", problem)
                return ()
        figure = Figure(
            id=ident,
            measure=measure_id,
            value=value,
            low=low,
            best=best,
            high=high,
            basis=row.text("basis") or "count",  # type: ignore[arg-type]  # checked by Figure
            **({} if confidence is None else {"confidence": confidence}),
            as_of=as_of,
            source=source,
            note=row.text("note") or "",
            cites=row.text("cites"),
            revises=row.text("revises"),
        )
        _check_fit(row, figure, measure)
        return [(measure, figure)]


#: The words that name each end of an estimate in other data sets' columns (IBC's
#: "Reported Minimum" and "Reported Maximum", an ``upper`` bound): a column of one of
#: them, with only :data:`_END_QUALIFIERS` beside it, names that end.
_END_WORDS: Final = {
    "low": frozenset({"min", "minimum", "lower", "lo", "low", "lowest"}),
    "high": frozenset({"max", "maximum", "upper", "hi", "high", "highest"}),
}
_END_QUALIFIERS: Final = frozenset(
    {
        "estimate",
        "est",
        "bound",
        "end",
        "value",
        "reported",
        "documented",
        "deaths",
        "death",
        "fatalities",
        "killed",
        "count",
    }
)


def _names_an_end(column: str, words: frozenset[str]) -> bool:
    """Whether ``column`` names one end of an estimate by ``words``: ``max``,
    ``Reported Maximum``, ``high_estimate``; not ``max_age``."""
    parts = [p for p in re.split(r"[^a-z0-9]+", column.lower()) if p]
    ends = [p for p in parts if p in words]
    return len(ends) == 1 and all(p in words or p in _END_QUALIFIERS for p in parts)


def _interval_cell(row: _Row) -> Interval | None:
    """A figure's ``interval`` cell in interval notation (``[200, 250)``), as a data file's.

    Text that is no interval, or an empty interval, is refused at its cell.
    """
    text = row.text("interval")
    if text is None:
        return None
    try:
        interval = Interval.parse(text)
    except ValueError as exc:
        row.fail("interval", str(exc))
        return None
    if interval.is_empty:
        row.fail("interval", "the interval is empty: no value can hold")
        return None
    return interval


def _confidence_problem(text: str, basis: str) -> str | None:
    """Why a confidence cell cannot stand with its row's basis, or None."""
    if basis == "count":
        return confidence_on_count(text)  # 0.95 too: see the message
    try:
        level = to_confidence(text)
    except (TypeError, ValueError) as exc:
        return str(exc)
    return outside_confidence(level)


def _check_fit(row: _Row, figure: Figure, measure: Measure) -> None:
    """A figure's numbers must fit its measure, by the data set's own check (``fits``):
    no negative or fractional headcount, in ``number`` or in any of low, best and high."""
    if isinstance(figure.value, str):
        return  # words were checked by their own check
    keys = (*NUMBER_KEYS, "interval")
    written = {k: raw for k in keys if isinstance(raw := row.raw(k), str) and "." in raw}
    for problem in fits(figure, measure, written):
        field = _model_field(problem)
        if field == "value":
            field = "interval" if isinstance(figure.value, Interval) else "number"
        row.fail(field, problem.message)


# -- UCDP GED ---------------------------------------------------------------------------------


#: GED's date_prec, read only when date_end is missing (published files always give it,
#: as the last possible day): how many days the event may span from date_start. The
#: codebook's codes (UCDP GED Codebook, variable ``date_prec``): 1 the exact day; 2 more
#: than one day but at most six; 3 the week; 4 a range of 8 to 30 days, or the month;
#: 5 more than 30 days, or the year. Code 4 is read as whichever ends later, 30 days or
#: the month's end, so that a range starting late in a month is never cut short; code 5
#: as the rest of the year (GED places each event in one calendar year, its ``year``).
_GED_PRECISION_DAYS: Final = {1: 1, 2: 6, 3: 7}
#: Code 4's range: at most 30 days from date_start (or its month, if that ends later).
_GED_RANGE_DAYS: Final = 30


class _GED(_Layout):
    FIELDS: Mapping[str, str] = {
        f: f
        for f in (
            "id",
            "low",
            "best",
            "high",
            "date_start",
            "date_end",
            "date_prec",
            "source_original",
            "source_office",
            "source_date",
            "source_article",
            "conflict_name",
        )
    }
    REQUIRED = ("id", "best", "date_start")
    DIMS = ("country", "year", "region", "conflict_new_id", "dyad_new_id", "type_of_violence")
    NAME = "preset 'ucdp-ged'"

    def read_rows(self, reading: _Reading, row: _Row) -> None:
        """Every row in order: a clean row built here, any other through :meth:`read`.

        A clean row (an id, whole numbers with ``0 <= low <= best <= high``, two dates
        in order, readable article dates not before the event, ids not seen yet) can
        fail no check, so it is built without the checked getters and without the
        model's own checks (:func:`~pwstats.model.checked_figure`); the test suite
        proves the two paths give equal data sets.
        """
        column = reading.column
        dims = reading.dims_column()
        spans, sources = reading.spans, reading.sources
        measures, figures = reading.measures, reading.figures
        kept_measures, kept_figures = reading.built_measures, reading.built_figures
        bad = reading.bad_cells
        rows = zip(
            reading.ids,
            column("low", "number"),
            column("best", "number"),
            column("high", "number"),
            column("date_start", "date"),
            column("date_end", "date"),
            column("conflict_name", "text"),
            column("source_article", "text"),
            column("source_original", "items"),
            column("source_office", "items"),
            column("source_date", "latest"),
            dims,
            column("dim:year", "dim"),
            strict=True,
        )
        for i, (ident, low, best, high, start, end, conflict, article, *source) in enumerate(rows):
            speakers, outlets, (published, quirks), dim, year = source
            name = f"ged-{ident}"
            if not (
                ident is not None
                and (not bad or i not in bad)
                and is_plain_id(name)
                and type(low) is int
                and type(best) is int
                and type(high) is int
                and 0 <= low <= best <= high
                and type(start) is dt.date
                and type(end) is dt.date
                and start <= end
                and not quirks
                and (published is None or published >= start)
                and name not in measures
                and name not in figures
                and dim.__class__ is Dims
                and (year is None or year == str(start.year))
            ):
                reading.read_row(row, i)
                continue
            span = spans.get((start, end))
            if span is None:
                span = spans[(start, end)] = DateSpan(start, end)
            said = None
            if speakers or outlets:
                key = ("; ".join(speakers or outlets), outlets if speakers else (), published)
                said = sources.get(key)
                if said is None:  # the items are stripped and non-empty: a name
                    said = sources[key] = checked_source(
                        name=key[0],
                        role=None,
                        affiliation=None,
                        via=key[1],
                        url=None,
                        published=published,
                        quote=None,
                        id=None,
                    )
            measure = checked_measure(
                id=name,
                label=f"deaths in UCDP GED event {ident}" + (f" ({conflict})" if conflict else ""),
                unit="person",
                kind="event",
                whole=True,
                nonnegative=True,
                note="",
                dims=dim,
            )
            figure = checked_figure(
                id=name,
                measure=name,
                value=None,
                low=low,
                best=best,
                high=high,
                source=said,
                as_of=span,
                note=article or "",
                basis="count",
                confidence=DEFAULT_CONFIDENCE,
                cites=None,
                revises=None,
            )
            measures[name] = (measure, i)
            kept_measures.append(measure)
            figures[name] = i
            kept_figures.append(figure)

    def read(self, row: _Row) -> Sequence[tuple[Measure, Figure]]:
        """One row through the checked getters (a row :meth:`read_rows` found unclean)."""
        return self._read_checked(row, row.reading.ids[row.position])

    def _read_checked(self, row: _Row, ident: str | None) -> Sequence[tuple[Measure, Figure]]:
        """A row with an empty, unusual or broken cell, read through the checked getters."""
        if ident is None:
            row.fail("id", "no event id")
        estimates = row.estimates()
        dated = row.dated("date_start")
        end = row.date("date_end")
        if row.problems or estimates is None or dated is None or ident is None:
            return ()
        start = dated[0]
        if end is None:
            end = self._end(row, start) if dated[0] == dated[1] else dated[1]
            if end is None:
                return ()
        if end < start:
            row.fail("date_end", f"date_end {end} is before date_start {start}")
            return ()
        return self._build(row, ident, estimates, start, end)

    def _build(
        self,
        row: _Row,
        ident: str,
        estimates: tuple[Number | None, Number | None, Number | None],
        start: dt.date,
        end: dt.date,
    ) -> Sequence[tuple[Measure, Figure]]:
        low, best, high = estimates
        reading, i = row.reading, row.position
        name = f"ged-{ident}"
        conflict = row.text("conflict_name")
        measure = Measure(
            id=name,
            label=f"deaths in UCDP GED event {ident}" + (f" ({conflict})" if conflict else ""),
            kind="event",
            whole=True,
            nonnegative=True,
            dims=row.dated_dims(start, end, "date_start"),
        )
        source = self._source(
            row,
            start,
            row.items("source_original"),
            row.items("source_office"),
            reading.column("source_date", "latest")[i],
        )
        figure = Figure(
            id=name,
            measure=name,
            low=low,
            best=best,
            high=high,
            as_of=row.span(start, end),
            source=source,
            note=row.text("source_article") or "",
        )
        return [(measure, figure)]

    @staticmethod
    def _end(row: _Row, start: dt.date) -> dt.date | None:
        """The last day the event may have been on, from ``date_prec`` (None if unreadable)."""
        prec = row.number("date_prec") if row.layout.has("date_prec") else 1
        if prec is None:  # an empty code: dated by the day, as an empty time_precision is
            prec = 1
        if prec not in (1, 2, 3, 4, 5):
            if not row.problems:  # a cell that is not a number has said so already
                shown = prec if isinstance(prec, int) else float(prec)  # as the cell said it
                row.fail("date_prec", f"expected 1, 2, 3, 4 or 5, found {shown}")
            return None
        days = _GED_PRECISION_DAYS.get(int(prec))
        if days is not None:
            return start + dt.timedelta(days=days - 1)
        if prec == 4:
            month_end = DateSpan.parse(f"{start.year}-{start.month:02d}").end
            return max(month_end, start + dt.timedelta(days=_GED_RANGE_DAYS - 1))
        return dt.date(start.year, 12, 31)

    @staticmethod
    def _source(
        row: _Row,
        start: dt.date,
        speakers: tuple[str, ...],
        outlets: tuple[str, ...],
        latest: tuple[dt.date | None, tuple[str, ...]],
    ) -> Source | None:
        """Who said it (``source_original``) via the outlets, published on the latest date."""
        published, quirks = latest
        for what in quirks:
            row.quirk(f"{what} in {row.layout.names['source_date']}")
        if published is not None and published < start:
            row.quirk("article dated before the event it reports (kept without that date)")
            published = None
        if speakers:
            return row.source("; ".join(speakers), outlets, published)
        if outlets:
            return row.source("; ".join(outlets), (), published)
        return None


# -- ACLED ------------------------------------------------------------------------------------


class _ACLED(_Layout):
    FIELDS: Mapping[str, str] = {
        "id": "event_id_cnty",
        "best": "fatalities",
        "event_date": "event_date",
        "time_precision": "time_precision",
        "source": "source",
        "notes": "notes",
    }
    REQUIRED = ("id", "best", "event_date")
    DIMS = (
        "region",
        "country",
        "admin1",
        "admin2",
        "admin3",
        "year",
        "disorder_type",
        "event_type",
        "sub_event_type",
    )
    NAME = "preset 'acled'"

    def read(self, row: _Row) -> Sequence[tuple[Measure, Figure]]:
        ident = row.reading.ids[row.position]
        if ident is None:
            row.fail("id", "no event id")
        estimates = row.estimates()
        dated = row.dated("event_date")
        precision = row.number("time_precision") if row.layout.has("time_precision") else 1
        if precision not in (None, 1, 2, 3):
            shown = precision if isinstance(precision, int) else float(precision)  # as said
            row.fail("time_precision", f"expected 1, 2 or 3, found {shown}")
        if row.problems or estimates is None or dated is None or ident is None:
            return ()
        day = dated[0]
        if dated[0] != dated[1]:  # dated by its year: a placeholder day
            span = row.span(*dated)
        elif precision == 2:  # the week (or weekend) around the coded day, its middle
            span = row.span(day - dt.timedelta(days=3), day + dt.timedelta(days=3))
        elif precision == 3:  # the month: coded at its middle, first or last day
            month = DateSpan.parse(f"{day.year}-{day.month:02d}")
            span = row.span(month.start, month.end)
        else:
            span = row.span(day, day)
        outlets = row.items("source")
        name = f"acled-{ident}"
        measure = Measure(
            id=name,
            label=f"fatalities in ACLED event {ident}",
            kind="event",
            whole=True,
            nonnegative=True,
            dims=row.dated_dims(day, dated[1], "event_date"),
        )
        figure = Figure(
            id=name,
            measure=name,
            best=estimates[1],
            as_of=span,
            source=row.source("; ".join(outlets)) if outlets else None,
            note=row.text("notes") or "",
        )
        return [(measure, figure)]


# -- HXL --------------------------------------------------------------------------------------

#: HXL hashtags that count people; their ``+min``/``+max`` columns give low and high.
_HXL_COUNTS: Final = ("#affected", "#inneed", "#targeted", "#reached", "#population")
#: The dimension of an HXL measure that names the count column it came from.
HXL_COUNT_DIM: Final = "hashtag"
_HXL_DIMS: Final = ("#country", "#adm1", "#adm2", "#adm3", "#adm4", "#adm5", "#loc")
_HXL_TAG: Final = re.compile(r"#[a-z][a-z0-9_]*(?:\s*\+\s*[a-z][a-z0-9_]*)*")


def _hxl_tag(text: object) -> str | None:
    """A cell's HXL hashtag, normalised (``#affected+killed+max``), or None if it is not one."""
    if not isinstance(text, str):
        return None
    cleaned = text.strip().lower()
    if not _HXL_TAG.fullmatch(cleaned):
        return None
    base, *attributes = (p.strip() for p in cleaned.split("+"))
    return "+".join([base, *sorted(dict.fromkeys(attributes))])


def _hxl_frame(frame: Any) -> tuple[Any, int]:
    """The frame with its hashtags as column names (from the header or the first row).

    With the position in the given frame of the body's first row: 1 when the hashtags
    were its first row, so rows are named by their place in the frame the user holds.
    """
    tags = [_hxl_tag(c) for c in frame.columns]
    first = 0
    if any(tags):
        body = frame
    elif len(frame) and any(_hxl_tag(c) for c in frame.iloc[0].tolist()):
        tags = [_hxl_tag(c) for c in frame.iloc[0].tolist()]
        body = frame.iloc[1:].reset_index(drop=True)
        first = 1
    else:
        raise DatasetErrors.of(
            [
                DatasetError(
                    "no HXL hashtag row: neither the header nor the first row holds hashtags"
                    " such as #affected+killed",
                    field="columns",
                )
            ]
        )
    keep = [i for i, t in enumerate(tags) if t is not None]
    out = body.iloc[:, keep].copy()
    out.columns = [tags[i] for i in keep]
    return out, first  # a hashtag read twice is the layout's error, never the first kept


class _HXL(_Layout):
    FIELDS: Mapping[str, str] = {
        "id": "#event+id",
        "date": "#date",
        "source": "#meta+source",
    }
    REQUIRED = ("date",)
    NAME = "preset 'hxl'"

    def __init__(self, frame: Any, columns: Mapping[str, str | Sequence[str]] | None):
        present = list(map(str, frame.columns))
        fields = dict(self.FIELDS)
        if "#event+id" not in present and "#meta+id" in present:
            fields["id"] = "#meta+id"
        if "#date" not in present:
            dated = [c for c in present if c.startswith("#date+") and "reported" not in c]
            if dated:
                fields["date"] = dated[0]
        self.counts: dict[str, dict[str, str]] = {}
        for column in present:
            base, *attributes = column.split("+")
            if base not in _HXL_COUNTS:
                continue
            end = "low" if "min" in attributes else "high" if "max" in attributes else "best"
            what = "+".join([base, *(a for a in attributes if a not in ("min", "max"))])
            self.counts.setdefault(what, {})[end] = column
        for what, ends in self.counts.items():
            for end, column in ends.items():
                fields[f"{what}:{end}"] = column
        self.FIELDS = fields
        self.DIMS = tuple(c for c in present if c.split("+")[0] in _HXL_DIMS)
        self.tagged: dict[tuple[Dims, str], Dims] = {}
        super().__init__(frame, columns)

    def _counted(self, dims: Dims, what: str) -> Dims:
        """A row's dims with ``hashtag``, what its measure counts (``#affected+killed``).

        Killed and injured of one place are different quantities: grouping by the
        hashtag keeps their totals apart, and ``where`` picks one. One object per
        distinct pair, as the rows' own dims are.
        """
        key = (dims, what)
        found = self.tagged.get(key)
        if found is None:
            found = self.tagged[key] = Dims({**dict(dims), HXL_COUNT_DIM: what})
        return found

    @staticmethod
    def dim_name(column: str) -> str:
        """A hashtag as a dimension name: ``#adm1+name`` is ``adm1_name``."""
        return column.lstrip("#").replace("+", "_")

    def check(self) -> Iterable[DatasetError]:
        if not self.counts:
            yield DatasetError(
                f"no count column: expected a hashtag of {', '.join(_HXL_COUNTS)}"
                " (such as #affected+killed)",
                field="columns",
            )

    def read(self, row: _Row) -> Sequence[tuple[Measure, Figure]]:
        ident = row.reading.ids[row.position] or f"row{row.position + row.reading.first}"
        dated = row.dated("date")
        built: list[tuple[Measure, Figure]] = []
        dims = row.dims()
        outlets = row.items("source")
        source = row.source("; ".join(outlets)) if outlets else None
        for what in self.counts:
            fields = (f"{what}:low", f"{what}:best", f"{what}:high")
            if all(row.raw(f) is None for f in fields):
                continue
            checked = row.estimates(fields)
            if checked is None or dated is None:
                continue
            name = f"hxl-{ident}-{what.lstrip('#')}"
            measure = Measure(
                id=name,
                label=f"{what} in row {ident}",
                kind="event",
                whole=True,
                nonnegative=True,
                dims=self._counted(dims, what),
            )
            figure = Figure(
                id=name,
                measure=name,
                low=checked[0],
                best=checked[1],
                high=checked[2],
                as_of=row.span(*dated),
                source=source,
            )
            built.append((measure, figure))
        if not built and not row.problems:
            row.fail(None, f"no number: the count columns ({', '.join(self.counts)}) are empty")
        return built


_LAYOUTS: Final[dict[Preset | None, type[_Layout]]] = {
    None: _Own,
    "ucdp-ged": _GED,
    "acled": _ACLED,
    "hxl": _HXL,
}


def preset_of(header: Iterable[object], next_row: Iterable[object] = ()) -> Preset | None:
    """The preset whose data set has this ``header``, or None if none fits.

    A header fits ``"ucdp-ged"`` or ``"acled"`` when it holds every column that preset
    requires (GED's ``id``, ``best``, ``date_start``; ACLED's ``event_id_cnty``,
    ``fatalities``, ``event_date``), and ``"hxl"`` when it or ``next_row`` holds an HXL
    hashtag. The header of a pwstats CSV file fits none.

    >>> preset_of(["relid", "year", "id", "best", "low", "high", "date_start", "date_end"])
    'ucdp-ged'
    >>> preset_of(["Event", "Killed"], ["#event+id", "#affected+killed"])
    'hxl'
    >>> preset_of(["id", "measure", "best", "as_of"]) is None
    True
    """
    header = list(header)
    names = {str(c).strip().lower() for c in header}
    for preset in ("ucdp-ged", "acled"):
        layout = _LAYOUTS[preset]
        if all(layout.FIELDS[field] in names for field in layout.REQUIRED):
            return preset
    if any(_hxl_tag(c) for c in (*header, *next_row)):
        return "hxl"
    return None
