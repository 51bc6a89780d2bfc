"""Inclusive spans of calendar dates, read from partial ISO 8601 text.

>>> DateSpan.parse("2023-08")
DateSpan.parse('2023-08')
>>> DateSpan.parse("2023-12-01/2024-01-15").end
datetime.date(2024, 1, 15)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Final

import attrs

from pwstats.errors import ParseError

__all__ = ["DateSpan"]

_PART: Final = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
_MONTHS: Final = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _check_order(instance: DateSpan, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
    if value < instance.start:
        raise ValueError(f"DateSpan end {value} is before its start {instance.start}")


def _is_date(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise TypeError(
            f"DateSpan.{attribute.name} must be a datetime.date, not {type(value).__name__}"
        )


@attrs.frozen(order=True, repr=False)
class DateSpan:
    """An inclusive span of calendar days, ``start`` to ``end``.

    Read one from partial ISO text with :meth:`parse`: ``"2023"`` is the whole
    year, ``"2023-08"`` the whole month, ``"2023-08-07"`` one day, and
    ``"A/B"`` runs from the start of ``A`` to the end of ``B``. ``str()`` writes
    the shortest such text and :meth:`parse` reads it back to an equal span.

    >>> span = DateSpan.parse("2023")
    >>> span.start, span.end
    (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    >>> str(DateSpan.parse("2023-12/2024-01"))
    '2023-12-01/2024-01-31'
    >>> dt.date(2023, 8, 7) in DateSpan.parse("2023-08")
    True
    """

    start: dt.date = attrs.field(validator=_is_date)
    end: dt.date = attrs.field(validator=[_is_date, _check_order])

    @classmethod
    def day(cls, day: dt.date) -> DateSpan:
        """The span of one day."""
        return cls(day, day)

    @classmethod
    def parse(cls, text: str) -> DateSpan:
        """Read ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``A/B`` of those.

        >>> DateSpan.parse("2023-02-30")
        Traceback (most recent call last):
        ...
        pwstats.errors.ParseError: day 30 is out of range for February 2023 ...
        """
        if not isinstance(text, str):
            raise TypeError(f"DateSpan.parse expects str, not {type(text).__name__}")
        stripped = text.strip()
        if len(stripped) > 64:
            raise ParseError("a date is at most 64 characters", text=text[:64] + "...")
        hint = _not_iso(stripped)
        if hint is not None:
            raise ParseError(hint, text=text)
        left, sep, right = stripped.partition("/")
        first = _read_part(left, text)
        if not sep:
            return cls(first[0], first[1])
        last = _read_part(right, text)
        if last[1] < first[0]:
            raise ParseError(f"span ends ({right}) before it starts ({left})", text=text)
        return cls(first[0], last[1])

    @classmethod
    def of(cls, value: DateSpan | dt.date | str) -> DateSpan:
        """Coerce a span, a date or partial ISO text to a :class:`DateSpan`.

        A pandas ``Period`` is the days it covers (``Period("2024-03", "M")`` is
        2024-03), and a numpy ``datetime64`` the days of its unit (its day, or its
        month for ``datetime64("2024-03")``); neither package is imported.
        """
        if isinstance(value, DateSpan):
            return value
        if isinstance(value, dt.datetime):
            if value != value:  # pandas' NaT, a datetime that equals nothing
                raise TypeError("expected a date, not a missing one (NaT)")
            return cls.day(value.date())
        if isinstance(value, dt.date):
            return cls.day(value)
        if isinstance(value, str):
            return cls.parse(value)
        return cls._of_array_date(value)

    @classmethod
    def _of_array_date(cls, value: Any) -> DateSpan:
        """A pandas ``Period`` or a numpy ``datetime64`` as the days it covers."""
        kind = type(value)
        if kind.__module__.startswith("pandas") and kind.__name__ == "Period":
            return cls(value.start_time.date(), value.end_time.date())
        if kind.__module__ == "numpy" and kind.__name__ == "datetime64" and value == value:
            unit = str(value.dtype).removeprefix("datetime64[").removesuffix("]")
            if unit in ("Y", "M"):  # a year or a month: its days, as its ISO text reads
                return cls.parse(str(value))
            day = value.astype("datetime64[D]").item()
            if isinstance(day, dt.date):
                span = cls.day(day)
                return cls(day, day + dt.timedelta(days=6)) if unit == "W" else span
        raise TypeError(
            "expected a DateSpan, a datetime.date (or a pandas Timestamp or Period, or a"
            f" numpy datetime64) or ISO text, not {_shown_kind(value)}"
        )

    @property
    def days(self) -> int:
        """How many days the span covers (1 for a single day)."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        if isinstance(day, DateSpan):
            return self.start <= day.start and day.end <= self.end
        if isinstance(day, dt.date):
            if isinstance(day, dt.datetime):
                day = day.date()
            return self.start <= day <= self.end
        return False

    def overlaps(self, other: DateSpan) -> bool:
        """True when the spans share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        s, e = self.start, self.end
        if s == e:
            return s.isoformat()
        if s.day == 1 and e.day == calendar.monthrange(e.year, e.month)[1]:
            if s.month == 1 and e.month == 12 and s.year == e.year:
                return f"{s.year:04d}"
            if s.year == e.year and s.month == e.month:
                return f"{s.year:04d}-{s.month:02d}"
        return f"{s.isoformat()}/{e.isoformat()}"

    def __repr__(self) -> str:
        return f"DateSpan.parse({str(self)!r})"


#: Dates that spreadsheets and data sets write but partial ISO text does not: an ISO
#: week (``2023-W41``, ``2023W41-1``), a day with a time (``2023-10-07T00:00:00Z``), and
#: a numeric date with the year last (``07/10/2023``), whose order only its file knows.
_ISO_WEEK: Final = re.compile(r"([0-9]{4})-?W([0-9]{2})(?:-?([1-7]))?", re.IGNORECASE)
_WITH_TIME: Final = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9:.,]+(?:Z|[+-][0-9:]+)?")
_YEAR_LAST: Final = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
#: A quarter (``2024-Q1``, ``2024Q1``) and a span written with words or a spaced dash
#: between its ends (``2024-03-01 to 2024-03-07``): partial ISO text writes both as START/END.
_QUARTER: Final = re.compile(r"([0-9]{4})-?Q([1-4])", re.IGNORECASE)
_SPAN_WORDS: Final = re.compile(
    r"(\S+)\s+(?:to|until|through|thru|-|–|—)\s+(\S+)|(\S+)\s*[–—]\s*(\S+)", re.IGNORECASE
)


def _shown_kind(value: object) -> str:
    """The type of ``value`` as an error names it (``NaT`` for a missing datetime64)."""
    name = type(value).__name__
    return f"{name} NaT (a missing date)" if name == "datetime64" and value != value else name


def _not_iso(text: str) -> str | None:
    """What to write instead of a common date form that is not partial ISO text, or None.

    >>> print(_not_iso("2023-W41"))
    write an ISO week as its days, 2023-10-09/2023-10-15, not '2023-W41'
    >>> print(_not_iso("13/10/2023"))
    write a date as YYYY-MM-DD (2023-10-13 if day-first), not '13/10/2023'
    >>> print(_not_iso("2024-Q1"))
    write a quarter as its months, 2024-01/2024-03, not '2024-Q1'
    >>> print(_not_iso("2024-03-01 to 2024-03-07"))
    write a span as START/END, 2024-03-01/2024-03-07, not '2024-03-01 to 2024-03-07'
    """
    if m := _ISO_WEEK.fullmatch(text):
        year, week, weekday = int(m[1]), int(m[2]), m[3]
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            return f"{year} has no ISO week {week}"
        if weekday is not None:
            day = monday + dt.timedelta(days=int(weekday) - 1)
            return f"write a day of an ISO week as the day, {day}, not {text!r}"
        sunday = monday + dt.timedelta(days=6)
        return f"write an ISO week as its days, {monday}/{sunday}, not {text!r}"
    if m := _QUARTER.fullmatch(text):
        year, quarter = int(m[1]), int(m[2])
        return (
            f"write a quarter as its months, {year:04d}-{3 * quarter - 2:02d}/"
            f"{year:04d}-{3 * quarter:02d}, not {text!r}"
        )
    if (m := _SPAN_WORDS.fullmatch(text)) and all(
        _PART.fullmatch(p) for p in (m[1] or m[3], m[2] or m[4])
    ):
        return f"write a span as START/END, {m[1] or m[3]}/{m[2] or m[4]}, not {text!r}"
    if m := _WITH_TIME.fullmatch(text):
        return f"write the day without its time of day, {m[1]}, not {text!r}"
    if m := _YEAR_LAST.fullmatch(text):
        readings: dict[dt.date, list[str]] = {}
        for order, (d, mo) in (("day-first", (m[1], m[3])), ("month-first", (m[3], m[1]))):
            try:
                readings.setdefault(dt.date(int(m[4]), int(mo), int(d)), []).append(order)
            except ValueError:
                continue
        shown = ", ".join(
            f"{d}" if len(orders) == 2 else f"{d} if {orders[0]}" for d, orders in readings.items()
        )
        return f"write a date as YYYY-MM-DD{f' ({shown})' if shown else ''}, not {text!r}"
    return None


#: The last day a spreadsheet's serial day number can be (9999-12-31), and its day 0.
_LAST_SERIAL_DAY: Final = 2958465
_SERIAL_DAY_0: Final = dt.date(1899, 12, 30)
#: A year of five or more digits, alone or before a month: beyond the calendar's 9999.
_LONG_YEAR: Final = re.compile(r"[0-9]{5,}(?:-.*)?")


def digits_hint(digits: str) -> str:
    """What a date of five or more digits may be, as a hint to append; empty for other text.

    ``YYYYMMDD``, as statistics packages write dates, or a spreadsheet's serial day
    number (Excel's and LibreOffice's, counted from 1899-12-30); a year of five
    digits or more (``10000-01-01``) is past the calendar's last.

    >>> digits_hint("20230105")
    '; if it is YYYYMMDD, write 2023-01-05'
    >>> digits_hint("45000")
    "; as a spreadsheet's serial day number it is 2023-03-15: format the column as dates\
 before saving, or write ISO dates"
    >>> digits_hint("10000-01-01"), digits_hint("2023")
    ('; years run from 1 to 9999', '')
    """
    if not digits.isascii() or not digits.isdecimal() or not 5 <= len(digits) <= 8:
        return "; years run from 1 to 9999" if _LONG_YEAR.fullmatch(digits) else ""
    n = int(digits)
    if len(digits) == 8:
        try:
            return f"; if it is YYYYMMDD, write {dt.date(n // 10000, n // 100 % 100, n % 100)}"
        except ValueError:
            pass
    if n <= _LAST_SERIAL_DAY:
        day = _SERIAL_DAY_0 + dt.timedelta(days=n)
        return (
            f"; as a spreadsheet's serial day number it is {day.isoformat()}: format the"
            " column as dates before saving, or write ISO dates"
        )
    return ""


def _read_part(part: str, text: str) -> tuple[dt.date, dt.date]:
    m = _PART.fullmatch(part.strip())
    if m is None and (hint := _not_iso(part.strip())) is not None:
        raise ParseError(hint, text=text)
    if m is None:
        ascii_only = "" if all(c.isascii() for c in part if c.isdigit()) else " (digits 0-9 only)"
        hint = digits_hint(part.strip()).removeprefix("; ")
        raise ParseError(
            f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD{ascii_only}"
            f"{f' ({hint})' if hint else ''}, found {part.strip()!r}",
            text=text,
        )
    year = int(m.group(1))
    if year < 1:
        raise ParseError("year 0 does not exist", text=text)
    if m.group(2) is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(m.group(2))
    if not 1 <= month <= 12:
        raise ParseError(f"month {month} is out of range (1 to 12)", text=text)
    length = calendar.monthrange(year, month)[1]
    if m.group(3) is None:
        return dt.date(year, month, 1), dt.date(year, month, length)
    day = int(m.group(3))
    if not 1 <= day <= length:
        raise ParseError(
            f"day {day} is out of range for {_MONTHS[month]} {year} (it has {length} days)",
            text=text,
        )
    d = dt.date(year, month, day)
    return d, d
