"""Records: one table entry of a data file as read, with where it is, and the keys of each table."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs

from pwstats.errors import DatasetError
from pwstats.suggest import closest

if TYPE_CHECKING:
    from pwstats.io.rows import PlainRows

# -- the keys of each table ----------------------------------------------------------------

TABLES: Final = ("sources", "measures", "figures", "relations")
SOURCE_KEYS: Final = ("id", "name", "role", "affiliation", "via", "url", "published", "quote")
MEASURE_KEYS: Final = ("id", "label", "unit", "kind", "whole", "nonnegative", "note", "dims")
FIGURE_KEYS: Final = (
    "id",
    "measure",
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
    "quote",
    "cites",
    "revises",
    "note",
)
RELATION_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "sum": ("id", "kind", "total", "parts", "complete"),
    "le": ("id", "kind", "a", "b", "offset"),
    "share": ("id", "kind", "part", "whole", "share"),
    "accumulates": ("id", "kind", "total", "events", "complete"),
}
ALL_RELATION_KEYS: Final = tuple(dict.fromkeys(k for ks in RELATION_KEYS.values() for k in ks))
FIGURE_KEY_SET: Final = frozenset(FIGURE_KEYS)
VALUE_WAYS: Final = ("value", "number", "interval")
ESTIMATES: Final = ("low", "best", "high")


#: Number text: an integer, a decimal (with an exponent or without: "2.5", "1e299", as a
#: TOML or JSON float is written) or a fraction "1/3"; ASCII digits only (Python's ``int``
#: would also read '٢٨٢٨'; pwstats does not).
NUMBER_TEXT: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|[0-9]+/[0-9]+)")


# -- records: one table entry of a file, with where it is ------------------------------------


#: The key lines of a record that has none (a CSV row; shared, never changed).
_NO_KEYS: Final[Mapping[str, int]] = {}


@attrs.define
class Record:
    """One source, measure, figure or relation as read, with the lines of its keys.

    Fields are named ``table.key`` (``figures.source.name`` for a nested key)
    for TOML and JSON, and by their column for CSV (``source_name``). A TOML or
    JSON record is placed lazily: ``lines`` finds its line and the lines of its
    keys (entry ``index`` of its table) only when a message needs them.
    """

    table: str
    _data: dict[str, Any] | None
    file: str
    _line: int | None = None
    _keys: Mapping[str, int] = _NO_KEYS
    csv: bool = False
    index: int = 0
    lines: Lines | None = None
    #: Problems found while reading the record (a CSV cell, a key given twice); they are
    #: also in the load's list of problems, and tell a partial load to reject the record.
    found: tuple[DatasetError, ...] = ()
    #: A plain CSV figure row (see :class:`PlainRows`), kept as its cells: its keys are
    #: made only if the fast path declines it, or a message needs them.
    plain: tuple[PlainRows, list[str]] | None = None
    #: Whether another entry of its table starts on its line (a JSON file on one line):
    #: its fields then name the entry by position, ``figures[3].number``.
    _crowded: bool = False

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            assert self.plain is not None
            self._data = self.plain[0].data(self.plain[1], self.file, self._line)
        return self._data

    @property
    def line(self) -> int | None:
        self._place()
        return self._line

    @property
    def keys(self) -> Mapping[str, int]:
        self._place()
        return self._keys

    def _place(self) -> None:
        if self.lines is not None:
            self._line, self._keys = self.lines.record(self.table, self.index)
            self._crowded = self.lines.crowded(self.table, self.index)
            self.lines = None

    def field(self, key: str | None) -> str:
        if self.csv:
            return self.table if key is None else csv_column(self.table, key)
        self._place()
        table = f"{self.table}[{self.index}]" if self._crowded else self.table
        return table if key is None else f"{table}.{key}"

    def error(self, message: str, key: str | None = None) -> DatasetError:
        line = self.line
        if key is not None:
            line = self.keys.get(key, self.keys.get(key.split(".")[0], line))
        return DatasetError(message, file=self.file, line=line, field=self.field(key))

    def seen_at(self, other: Record) -> str:
        """Where this record is, as seen from ``other``: a line, or file and line."""
        if other.file == self.file and self.line is not None:
            return f"line {self.line}"
        return self.file if self.line is None else f"{self.file}:{self.line}"


#: The table of a placeholder record: an entry or row that made no record, kept so that a
#: partial load can hand its problems back as one :class:`~pwstats.Rejected`.
UNREAD: Final = "unread"

#: Where each record of a file is: per table, each entry's line and the lines of its keys;
#: and the lines of top-level keys.
Places: TypeAlias = tuple[dict[str, list[tuple[int, dict[str, int]]]], dict[str, int]]


class Lines:
    """The lines of one TOML or JSON file's records, found by one scan of its text when asked.

    Decoding does not track lines, so a file that loads cleanly is never
    scanned; the first message that needs a line scans the whole text once.
    ``counts`` (TOML) gives each table's number of entries as decoded: a scan
    that found another number was misled (a header-like line in a multi-line
    string), and its lines for that table are not used.
    """

    def __init__(self, scan: Callable[[], Places], counts: Mapping[str, int] | None = None):
        self._scan = scan
        self._counts = counts
        self._places: Places | None = None

    def _found(self) -> Places:
        if self._places is None:
            self._places = self._scan()
        return self._places

    def top(self, key: str) -> int | None:
        """The line of top-level key ``key`` (the first ``[[key]]`` header in TOML)."""
        return self._found()[1].get(key)

    def crowded(self, table: str, index: int) -> bool:
        """Whether an entry of ``table`` next to entry ``index`` starts on its line."""
        line, _ = self.record(table, index)
        if line is None:
            return False
        return any(
            0 <= i < self._counts_of(table) and self.record(table, i)[0] == line
            for i in (index - 1, index + 1)
        )

    def _counts_of(self, table: str) -> int:
        return len(self._found()[0].get(table, []))

    def record(self, table: str, index: int) -> tuple[int | None, dict[str, int]]:
        """The line of entry ``index`` of ``table`` and the lines of its keys."""
        found = self._found()[0].get(table, [])
        if self._counts is not None and len(found) != self._counts.get(table, 0):
            return self.top(table), {}
        if index < len(found):
            return found[index]
        return self.top(table), {}


def describe(value: object) -> str:
    """How a value found in a file is named in messages."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"the integer {value}"
    if isinstance(value, (Decimal, Fraction)):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"the text {shown!r}"
    if isinstance(value, dt.datetime):
        return f"the date-time {value.isoformat()}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dt.time):
        return f"the time {value.isoformat()}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def shown_cell(text: str) -> str:
    """A cell as messages quote it: its repr, cut to 60 characters (a cell may hold 131,072)."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


def nearest(name: str, known: Iterable[str]) -> str:
    close = closest(name, known)
    return "" if close is None else f" (did you mean {close!r}?)"


def csv_column(table: str, key: str) -> str:
    """The CSV column that holds ``key`` of a record of ``table`` (nested keys dotted).

    >>> csv_column("figures", "source.name"), csv_column("measures", "id")
    ('source_name', 'measure')
    """
    if table == "figures" and key.startswith("source."):
        return csv_column("sources", key.removeprefix("source."))
    if table == "sources":
        return {"id": "source", "quote": "quote"}.get(key, f"source_{key}")
    if table == "measures":
        return "measure" if key == "id" else f"measure_{key}"
    return key


class Bad:
    """Marks a field that could not be read (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "<bad>"


BAD: Final = Bad()
