"""Reading CSV: a record per row, a figure's source and measure inline, and a fast path
for plain figure rows."""

from __future__ import annotations

import csv
import io
import json
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal

import attrs

from pwstats import formulas
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError
from pwstats.interval import Interval, Number
from pwstats.io.build import Built, number_from_text, parse_span, read_number
from pwstats.io.files import empty_file
from pwstats.io.records import (
    ALL_RELATION_KEYS,
    BAD,
    FIGURE_KEY_SET,
    FIGURE_KEYS,
    MEASURE_KEYS,
    NUMBER_TEXT,
    SOURCE_KEYS,
    UNREAD,
    Record,
    nearest,
    shown_cell,
)
from pwstats.model import (
    DEFAULT_CONFIDENCE,
    Figure,
    Measure,
    Source,
    checked_figure,
    is_plain_id,
    measure_words_problem,
    within_limit,
)
from pwstats.model import fits as _fits_measure  # the data set's per-figure check, by itself

_FIGURE_COLUMNS: Final = FIGURE_KEYS  # a CSV row holds a figure's own keys first
_SOURCE_COLUMNS: Final = tuple(f"source_{k}" for k in SOURCE_KEYS if k not in ("id", "quote"))
MEASURE_COLUMNS: Final = tuple(f"measure_{k}" for k in MEASURE_KEYS if k not in ("id", "dims"))
#: A measure's dimension ``x`` is held in the column ``dim_x``.
DIM_PREFIX: Final = "dim_"
_RELATION_COLUMNS: Final = tuple(k for k in ALL_RELATION_KEYS if k != "id")
_META_COLUMNS: Final = ("record", "empty")
COLUMNS: Final = (
    *_META_COLUMNS[:1],
    *_FIGURE_COLUMNS,
    *_SOURCE_COLUMNS,
    *MEASURE_COLUMNS,
    *_RELATION_COLUMNS,
    *_META_COLUMNS[1:],
)
_RECORD_KINDS: Final = ("figure", "measure", "source", "relation")
_ROW_COLUMNS: Final[dict[str, frozenset[str]]] = {
    "figure": frozenset((*_FIGURE_COLUMNS, *_SOURCE_COLUMNS, *MEASURE_COLUMNS, *_META_COLUMNS)),
    "measure": frozenset(("measure", *MEASURE_COLUMNS, *_META_COLUMNS)),
    "source": frozenset(("source", "quote", *_SOURCE_COLUMNS, *_META_COLUMNS)),
    "relation": frozenset(("id", *_RELATION_COLUMNS, *_META_COLUMNS)),
}
#: Columns whose empty text differs from no value; the ``empty`` column names them.
_EMPTYABLE: Final = (
    "source",
    "quote",
    "source_role",
    "source_affiliation",
    "source_url",
    "measure_label",
    "measure_unit",
)
_LIST_COLUMNS: Final = ("source_via", "parts", "events")
_BOOL_COLUMNS: Final = ("measure_whole", "measure_nonnegative", "complete")
#: Columns whose cells are more than text: lists, booleans, shares (see _convert).
_CONVERTED: Final = frozenset((*_LIST_COLUMNS, *_BOOL_COLUMNS, "share"))
_SOURCE_COLUMN_SET: Final = frozenset(_SOURCE_COLUMNS)


def list_cell(cell: str) -> list[str]:
    """The items of a list cell (``source_via``, ``parts``, ``events``) of a CSV row.

    Items are separated by ``|``, each stripped of surrounding spaces; a cell that
    starts with ``[`` is a JSON array of strings instead. An empty item, or a cell that
    is neither, is a :class:`ValueError` saying so.

    >>> list_cell("Telegram | TVA Nouvelles"), list_cell('["a | b", " padded "]')
    (['Telegram', 'TVA Nouvelles'], ['a | b', ' padded '])
    """
    if cell.lstrip().startswith("["):
        try:
            items = json.loads(cell)
        except (ValueError, RecursionError):  # 50,000 "[" must not escape as RecursionError
            items = None
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(
                f"expected items separated by '|', or a JSON array of strings, found"
                f" {shown_cell(cell)}"
            )
        return items
    items = [item.strip() for item in cell.split("|")]
    if not all(items):
        raise ValueError(f"empty item in the list {shown_cell(cell)}: items are separated by '|'")
    return items


_MEASURE_COLUMN_SET: Final = frozenset(MEASURE_COLUMNS)
_TRUE: Final = ("true", "yes", "1")
_FALSE: Final = ("false", "no", "0")


def boolean_word(text: str) -> bool | None:
    """A boolean cell's meaning: ``true``/``yes``/``1`` or ``false``/``no``/``0``, any case.

    None for any other text (the caller says what was expected).

    >>> boolean_word(" Yes "), boolean_word("0"), boolean_word("maybe")
    (True, False, None)
    """
    word = text.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    return None


def delimiter(text: str) -> str:
    """The delimiter of a CSV text: the first of ``,``, ``;`` and tab in its header row.

    Spreadsheets in many locales save with semicolons; a header with none of the three
    (one column) is comma-separated.

    >>> delimiter("event_id_cnty;event_date;fatalities\\r\\nA1;2023-01-01;3\\r\\n")
    ';'
    """
    header = text.lstrip("\r\n").split("\n", 1)[0]
    for candidate in (",", ";", "\t"):
        if candidate in header:
            return candidate
    return ","


#: What a column that pwstats does not know usually means, and which to use instead.
_COLUMN_HINTS: Final = {
    "date": ": the date a figure speaks of goes in as_of (a source's publication date in"
    " source_published); rename the column",
}


#: More unknown columns than this are one problem listing them, not one problem each.
_UNKNOWN_EACH: Final = 3
#: How many unknown columns that one problem names before it counts the rest.
_UNKNOWN_NAMED: Final = 10


def _unknown_columns(
    unknown: Sequence[str], name: str, line: int, header: Sequence[str], next_row: Sequence[str]
) -> list[DatasetError]:
    """The problems of a CSV header's unknown columns: first the published data set the
    header is, if it is one (a UCDP GED or ACLED export, an HXL-tagged file), then each
    column with a hint, or one line listing them when there are more than a few."""
    from pwstats.frames import PRESET_NAMES, preset_of

    found = []
    preset = preset_of(header, next_row)
    if preset is not None:
        found.append(
            DatasetError(
                f"this looks like {PRESET_NAMES[preset]}, not a pwstats CSV file: read it"
                f" with pwstats.from_frame(pandas.read_csv(path), preset={preset!r})",
                file=name,
                line=line,
            )
        )
    if len(unknown) > _UNKNOWN_EACH:
        named = ", ".join(map(repr, unknown[:_UNKNOWN_NAMED]))
        more = f" and {len(unknown) - _UNKNOWN_NAMED} more" if len(unknown) > _UNKNOWN_NAMED else ""
        found.append(
            DatasetError(
                f"{len(unknown)} unknown columns: {named}{more}; see docs/data-format.md for"
                " the columns",
                file=name,
                line=line,
            )
        )
        return found
    for column in unknown:
        hint = _COLUMN_HINTS.get(column.lower()) or (
            f"{nearest(column.lower(), COLUMNS)}; see docs/data-format.md for the columns"
        )
        found.append(
            DatasetError(f"unknown column {column!r}{hint}", file=name, line=line, field=column)
        )
    return found


#: Where a CSV may hold a cell :func:`pwstats.formulas.escape` wrote: "'" before a formula.
_ESCAPED_FORMULA: Final = re.compile(r"'['=+\-@\t\r]")


def read_csv(text: str, name: str, problems: list[DatasetError]) -> list[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if "".join(row).strip():  # a row of blank cells is skipped
                rows.append((start, row))
    except csv.Error as exc:
        message = f"CSV syntax error: {exc}"
        if "field larger than field limit" in str(exc):  # the csv module's own words
            message = (
                f"a cell of more than {csv.field_size_limit():,} characters, longer than any"
                " figure's: a quote left open (a cell running on to the file's end) or a"
                " value that is not a figure; close the quote, or shorten the cell"
            )
        problems.append(DatasetError(message, file=name, line=max(start, 1)))
        return []
    if not rows:
        problems.append(empty_file(name))
        return []
    if _ESCAPED_FORMULA.search(text):  # cells dump wrote with a "'" before a formula
        rows = [(line, [formulas.unescape(c) for c in row]) for line, row in rows]
    header_line, raw_header = rows[0]
    header = [h.strip().lower() for h in raw_header]
    bad = False
    seen: set[str] = set()  # a set, not header[:i]: a wide header must not be quadratic
    unknown: list[str] = []
    first = len(problems)  # the header's problems start here; a data set's come first
    for i, column in enumerate(header):
        if column and column not in COLUMNS and not is_dim_column(column):
            unknown.append(raw_header[i].strip())
            bad = True
        elif column and column in seen:
            problems.append(
                DatasetError(
                    f"column {column!r} appears twice", file=name, line=header_line, field=column
                )
            )
            bad = True
        seen.add(column)
    if unknown:
        next_row = rows[1][1] if len(rows) > 1 else []
        problems[first:first] = _unknown_columns(unknown, name, header_line, raw_header, next_row)
    if bad:
        return []
    reading = _CSVReading(name, problems)
    plain = PlainRows.of(header) if _FAST_ROWS else None
    accepts = plain.accepts if plain is not None else None
    figures = reading.figures
    for line, row in rows[1:]:
        if accepts is not None and accepts(row):
            figures.append(Record("figures", None, name, line, csv=True, plain=(plain, row)))  # type: ignore[arg-type]  # plain is set with accepts
            continue
        before = len(problems)
        reading.inline = None
        made = reading.row(line, header, row)
        if len(problems) > before:  # the row's own problems: a partial load rejects it
            found = problems[before:]
            if reading.inline is not None:  # a measure defined on the row shares its fate
                reading.inline.found += tuple(found)
            if made is None:
                ident = row[header.index("id")] if "id" in header[: len(row)] else None
                made = Record(UNREAD, {"id": ident} if ident else {}, name, line, csv=True)
                reading.unread.append(made)
            made.found += tuple(found)
    return reading.records()


@attrs.define
class _CSVReading:
    """Turns CSV rows into records: sources, measures (rows or inline), figures, relations."""

    file: str
    problems: list[DatasetError]
    sources: list[Record] = attrs.field(factory=list)
    measures: dict[str, Record] = attrs.field(factory=dict)
    figures: list[Record] = attrs.field(factory=list)
    relations: list[Record] = attrs.field(factory=list)
    unread: list[Record] = attrs.field(factory=list)  # rows that made no record
    inline: Record | None = None  # the measure the last figure row defined, if it did

    def records(self) -> list[Record]:
        return [
            *self.sources,
            *self.measures.values(),
            *self.figures,
            *self.relations,
            *self.unread,
        ]

    def fail(self, message: str, line: int, column: str | None = None) -> None:
        self.problems.append(DatasetError(message, file=self.file, line=line, field=column))

    def row(self, line: int, header: list[str], row: list[str]) -> Record | None:
        """Read one row; the record it made (None if none, or if it only repeated one)."""
        if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
            self.fail(
                f"row has {len(row)} cells but the header names {len(header)} columns",
                line,
            )
            return None
        if len(row) < len(header):  # a missing cell would shift no column: say so, never pad
            self.fail(
                f"row has {len(row)} cells but the header names {len(header)} columns"
                f" (the first missing is {header[len(row)]!r}); give every column a cell,"
                " an empty one if it has no value",
                line,
            )
            return None
        cells = {column: cell for column, cell in zip(header, row, strict=False) if column and cell}
        kind = cells.pop("record", "figure").strip().lower() or "figure"
        if kind not in _RECORD_KINDS:
            self.fail(
                f"unknown record kind {kind!r}{nearest(kind, _RECORD_KINDS)}: expected one"
                f" of {', '.join(_RECORD_KINDS)}",
                line,
                "record",
            )
            return None
        allowed = _ROW_COLUMNS[kind]
        stray = [
            c for c in cells if c not in allowed and not (kind in _DIM_ROWS and is_dim_column(c))
        ]
        for column in stray:
            self.fail(
                f"column {column!r} has no meaning in a {kind} row; leave it empty", line, column
            )
        if stray or not self._empties(cells, line):
            return None
        # a cell that cannot be read stays as BAD: its record is not built, but the
        # record's other fields are still checked
        values = {
            column: self._convert(column, cell, line) if column in _CONVERTED else cell
            for column, cell in cells.items()
        }
        if kind == "figure":
            return self._figure(line, values)
        if kind == "measure":
            return self._measure(line, values, inline=False)
        if kind == "source":
            return self._source(line, values)
        record = Record("relations", values, self.file, line, csv=True)
        self.relations.append(record)
        return record

    def _empties(self, cells: dict[str, str], line: int) -> bool:
        listed = cells.pop("empty", "")
        ok = True
        for column in (c.strip().lower() for c in listed.split("|") if c.strip()):
            if column not in _EMPTYABLE:
                self.fail(
                    f"{column!r} cannot be listed as empty text: expected some of"
                    f" {', '.join(_EMPTYABLE)}",
                    line,
                    "empty",
                )
                ok = False
            elif cells.get(column):
                self.fail(f"{column!r} is listed as empty text but holds a value", line, "empty")
                ok = False
            else:
                cells[column] = ""
        return ok

    def _convert(self, column: str, cell: str, line: int) -> Any:
        if column in _LIST_COLUMNS:
            return self._list(column, cell, line)
        if column in _BOOL_COLUMNS:
            meaning = boolean_word(cell)
            if meaning is not None:
                return meaning
            self.fail(f"expected true or false, found {shown_cell(cell)}", line, column)
            return BAD
        if column == "share":
            return self._share(cell, line)
        return cell

    def _list(self, column: str, cell: str, line: int) -> Any:
        try:
            return list_cell(cell)
        except ValueError as exc:
            self.fail(str(exc), line, column)
            return BAD
        items = [item.strip() for item in cell.split("|")]
        if not all(items):
            self.fail(
                f"empty item in the list {shown_cell(cell)}: items are separated by '|'",
                line,
                column,
            )
            return BAD
        return items

    def _share(self, cell: str, line: int) -> Any:
        text = cell.strip()
        if text.startswith('"'):
            try:
                measure = json.loads(text)
            except (ValueError, RecursionError):
                measure = None
            if not isinstance(measure, str):
                self.fail(
                    f"expected a JSON string holding a measure id, found {shown_cell(cell)}",
                    line,
                    "share",
                )
                return BAD
            return {"measure": measure}
        if NUMBER_TEXT.fullmatch(text):
            return number_from_text(text)
        return text

    def _source(self, line: int, values: dict[str, Any]) -> Record:
        data = _inline(values, "source")
        if "quote" in values:
            data["quote"] = values["quote"]
        record = Record("sources", data, self.file, line, csv=True)
        self.sources.append(record)
        return record

    def _measure(self, line: int, values: dict[str, Any], *, inline: bool) -> Record | None:
        """The measure's record if this row defines it first; None if it repeats one."""
        data = _inline(values, "measure")
        measure_id = data.get("id")
        record = Record("measures", data, self.file, line, csv=True)
        if not isinstance(measure_id, str) or measure_id not in self.measures:
            key = measure_id if isinstance(measure_id, str) else f"\0{line}"
            self.measures[key] = record
            return record
        first = self.measures[measure_id]
        for key, value in data.items():
            before = first.data.get(key, _MEASURE_DEFAULTS.get(key))
            if before != value and BAD not in (before, value):
                shown = "empty" if key not in first.data else repr(before)
                self.fail(
                    f"measure {measure_id!r} is defined differently on line {first.line}:"
                    f" {key} {value!r} here, {shown} there",
                    line,
                    record.field(key),
                )
        if not inline:  # a measure row after inline use: the row is the definition
            for key, value in data.items():
                first.data.setdefault(key, value)
        return None

    def _figure(self, line: int, values: dict[str, Any]) -> Record:
        data = {k: v for k, v in values.items() if k in FIGURE_KEY_SET}
        if not _SOURCE_COLUMN_SET.isdisjoint(values):
            data["source"] = _inline(values, "source")
        if not _MEASURE_COLUMN_SET.isdisjoint(values) or any(map(is_dim_column, values)):
            self.inline = self._measure(line, values, inline=True)
        record = Record("figures", data, self.file, line, csv=True)
        self.figures.append(record)
        return record


#: Whether plain CSV figure rows take the fast path (tests turn it off to compare the two).
_FAST_ROWS = True
#: The cells of a plain row, in the order :meth:`PlainRows.build` reads them.
_PLAIN_CELLS: Final = (
    "id",
    "measure",
    "value",
    "number",
    "interval",
    "low",
    "best",
    "high",
    "as_of",
    "note",
    "cites",
    "revises",
)

#: The columns a plain figure row may fill: its own keys and an inline source, nothing
#: that needs more than text (a quote, a basis, a confidence, an inline measure, ``empty``).
_PLAIN_COLUMNS: Final = frozenset(("record", *_PLAIN_CELLS, "source", *_SOURCE_COLUMNS))


class PlainRows:
    """The fast path of CSV figure rows that hold only text the common checks cover.

    :meth:`accepts` picks, while reading, rows of a figure whose cells are its own
    keys and an inline or listed source; :meth:`build` makes the figure from the
    cells through caches of each distinct cell text (numbers, intervals, dates,
    sources, words), making every check :func:`_figure` makes. Whenever a check
    fails, or a cell is unusual, it declines (None) and the row goes through the
    checked path, which reports the problem: so the fast path can only give what
    the checked one gives, which the tests prove on generated rows.
    """

    def __init__(self, header: list[str], at: dict[str, int]) -> None:
        self.width = len(header)
        self.header = header
        others = [i for i, column in enumerate(header) if column not in _PLAIN_COLUMNS]
        self.others: Callable[[list[str]], Any] | None = None
        if others:
            self.others = operator.itemgetter(*others, *others)  # a tuple even for one
        self.record = at.get("record")
        self.via = at.get("source_via")
        # accepts() appends one empty cell to a plain row: a column the file lacks reads it
        missing = len(header)
        self.cells = operator.itemgetter(*(at.get(c, missing) for c in _PLAIN_CELLS))
        self.others_of = operator.itemgetter(0, 1, 8, 9, 10, 11)  # see _PLAIN_CELLS
        self.ways_of = operator.itemgetter(2, 3, 4, 5, 6, 7)
        sourced = [at[c] for c in ("source", *_SOURCE_COLUMNS) if c in at]
        self.source_key: Callable[[list[str]], tuple[str, ...]] | None = None
        if sourced:
            self.source_key = operator.itemgetter(*sourced, missing)
        self.numbers: dict[str, Number] = {}
        self.intervals: dict[str, Interval] = {}
        self.spans: dict[str, DateSpan] = {}
        self.sources: dict[tuple[str, ...], Source] = {}

    @classmethod
    def of(cls, header: list[str]) -> PlainRows | None:
        """The fast path for a file with this header; None if its rows cannot take it."""
        if "id" not in header or "measure" not in header or "" in header:
            return None
        return cls(header, {column: i for i, column in enumerate(header)})

    def accepts(self, row: list[str]) -> bool:
        """Whether ``row`` is a plain figure row (its other cells empty)."""
        if len(row) != self.width:
            return False
        if self.record is not None and row[self.record] not in ("", "figure"):
            return False
        if self.others is not None and any(self.others(row)):
            return False
        if self.via is not None:
            via = row[self.via]
            if via and ("|" in via or not via.strip() or via.lstrip().startswith("[")):
                return False
        row.append("")  # the cell of every column the file lacks (see __init__)
        return True

    def data(self, row: list[str], file: str, line: int | None) -> dict[str, Any]:
        """The keys the checked path reads from ``row``: the CSV reader's own, as it makes them."""
        reading = _CSVReading(file, [])
        made = reading.row(line or 0, self.header, row[: self.width])
        assert made is not None  # accepts() let no other row in
        assert not reading.problems
        return made.data

    def _number(self, text: str) -> Number | None:
        found = self.numbers.get(text)
        if found is None:
            try:
                found = read_number(text)
            except (TypeError, ValueError):
                return None
            self.numbers[text] = found
        return found

    def _span(self, text: str) -> DateSpan | None:
        found = self.spans.get(text)
        if found is None:
            try:
                found = parse_span(text)
            except ValueError:
                return None
            self.spans[text] = found
        return found

    def _interval(self, text: str) -> Interval | None:
        found = self.intervals.get(text)
        if found is None:
            try:
                found = within_limit(Interval.parse(text))
            except ValueError:
                return None
            if found.is_empty:
                return None
            self.intervals[text] = found
        return found

    def _value(self, measure: Measure, cells: tuple[str, ...]) -> tuple[Any, ...] | None:
        """(value, low, best, high) of the value cells as the checked path reads them; None
        if it would refuse them (or if they are unusual)."""
        words, number, interval, low_text, best_text, high_text = cells
        if words:
            if number or interval or low_text or best_text or high_text or not words.strip():
                return None
            if measure_words_problem(words, measure) is not None:
                return None
            return words, None, None, None
        if number:
            if interval or low_text or best_text or high_text:
                return None
            x = self.numbers.get(number)
            if x is None:
                x = self._number(number)
            if x is None or (measure.nonnegative and x < 0):
                return None
            if measure.whole and (type(x) is not int or "." in number):
                return None  # "12.000" may be 12,000: the checked path says so (fits)
            return x, None, None, None
        if interval:
            if low_text or best_text or high_text:
                return None
            iv = self._interval(interval)
            return None if iv is None else (iv, None, None, None)
        if not (low_text or best_text or high_text):
            return None
        if measure.whole and "." in low_text + best_text + high_text:
            return None  # as a number's: fits() sees the text on the checked path
        low = self._number(low_text) if low_text else None
        best = self._number(best_text) if best_text else None
        high = self._number(high_text) if high_text else None
        if (
            (low is None and low_text)
            or (best is None and best_text)
            or (high is None and high_text)
        ):
            return None
        if low is not None and high is not None and low > high:
            return None
        if best is not None and (
            (low is not None and best < low) or (high is not None and best > high)
        ):
            return None
        return None, low, best, high

    def build(self, record: Record, built: Built) -> Figure | None:
        """The figure of a plain row, registered in ``built``; None to take the checked path."""
        assert record.plain is not None
        row = record.plain[1]
        cells = self.cells(row)
        ident, measure_id, as_of_text, note, cites, revises = self.others_of(cells)
        if not is_plain_id(ident) or ident in built.figures:
            return None
        found = built.measures.get(measure_id)
        if found is None:
            return None
        measure = found[0]
        read = self._value(measure, self.ways_of(cells))
        if read is None:
            return None
        value, low, best, high = read
        for target in (cites, revises):
            if target and (not is_plain_id(target) or target == ident):
                return None
        source: Source | None = None
        if self.source_key is not None:
            cited = self.source_key(row)
            if any(cited):
                source = self.sources.get(cited)
                if source is None:
                    return None  # the checked path builds it, and learn() keeps it
        published = source.published if source is not None else None
        if as_of_text:
            as_of = self.spans.get(as_of_text) or self._span(as_of_text)
            if as_of is None or (published is not None and as_of.start > published):
                return None
        elif published is not None:
            as_of = DateSpan.day(published)
        else:
            return None
        figure = checked_figure(
            id=ident,
            measure=measure_id,
            value=value,
            low=low,
            best=best,
            high=high,
            source=source,
            as_of=as_of,
            note=note,
            basis="count",
            confidence=DEFAULT_CONFIDENCE,
            cites=cites or None,
            revises=revises or None,
        )
        if type(value) is Interval or (
            value is None
            and not all(x is None or (type(x) is int and x >= 0) for x in (low, best, high))
        ):  # a number was checked by _value, as fits() checks one; words by their check
            for _ in _fits_measure(figure, measure):  # the data set's own check
                return None
        built.figures[ident] = record
        return figure

    def learn(self, record: Record, figure: Figure) -> None:
        """Keep the source the checked path built for a row, for the rows that repeat it."""
        assert record.plain is not None
        if self.source_key is not None and figure.source is not None:
            self.sources.setdefault(self.source_key(record.plain[1]), figure.source)


_MEASURE_DEFAULTS: Final[dict[str, Any]] = {"unit": "person", "kind": "level", "note": ""}
#: The kinds of CSV row that may hold ``dim_`` columns (a figure's row defines its measure).
_DIM_ROWS: Final = ("figure", "measure")


def is_dim_column(column: str) -> bool:
    return column.startswith(DIM_PREFIX) and len(column) > len(DIM_PREFIX)


def _inline(values: Mapping[str, Any], kind: Literal["source", "measure"]) -> dict[str, Any]:
    """The keys of the ``kind`` a CSV row holds: column ``kind`` is its id, ``kind_x`` key ``x``.

    >>> _inline({"source": "s1", "source_name": "UN", "measure": "m"}, "source")
    {'id': 's1', 'name': 'UN'}
    """
    data: dict[str, Any] = {}
    if kind in values:
        data["id"] = values[kind]
    for column, value in values.items():
        if column.startswith(f"{kind}_"):
            data[column.removeprefix(f"{kind}_")] = value
        elif kind == "measure" and is_dim_column(column):
            data.setdefault("dims", {})[column.removeprefix(DIM_PREFIX)] = value
    return data
