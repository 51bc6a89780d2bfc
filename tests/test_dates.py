"""DateSpan: reading partial ISO dates, writing them back, and refusing bad ones."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from pwstats import DateSpan, ParseError
from pwstats.strategies import date_spans


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2023-08", dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-08-07", dt.date(2023, 8, 7), dt.date(2023, 8, 7)),
        ("2023-12-01/2024-01-15", dt.date(2023, 12, 1), dt.date(2024, 1, 15)),
        ("2023-12/2024", dt.date(2023, 12, 1), dt.date(2024, 12, 31)),
        (" 2023-8-7 ", dt.date(2023, 8, 7), dt.date(2023, 8, 7)),
    ],
)
def test_partial_iso_text_reads_as_its_whole_span(text: str, start: dt.date, end: dt.date) -> None:
    """A year, month, day or A/B range reads as the inclusive span it names."""
    span = DateSpan.parse(text)
    assert (span.start, span.end) == (start, end)
    assert span.days == (end - start).days + 1


@given(date_spans())
def test_str_round_trips(span: DateSpan) -> None:
    """DateSpan.parse(str(span)) == span."""
    assert DateSpan.parse(str(span)) == span


@given(date_spans())
def test_str_is_the_shortest_form(span: DateSpan) -> None:
    """A whole year prints as YYYY, a whole month as YYYY-MM, one day as YYYY-MM-DD."""
    text = str(span)
    if span.days == 1:
        assert text == span.start.isoformat()
    elif "/" not in text:
        assert len(text) in (4, 7)


@given(date_spans(min_value=dt.date(2023, 1, 1), max_value=dt.date(2023, 12, 31)))
def test_strategy_stays_within_its_bounds(span: DateSpan) -> None:
    """date_spans(min_value=..., max_value=...) draws only spans inside those days."""
    assert span in DateSpan.parse("2023")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-02-30", "day 30 is out of range for February 2023"),
        ("2023-13", "month 13 is out of range"),
        ("2023-00", "month 0 is out of range"),
        ("2024-01-15/2023-12-01", "span ends (2023-12-01) before it starts (2024-01-15)"),
        ("2024/2023", "span ends (2023) before it starts (2024)"),
        ("0000", "year 0 does not exist"),
        ("Jan 2024", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'Jan 2024'"),
        ("", "expected a date as YYYY"),
    ],
)
def test_invalid_dates_are_parse_errors_that_say_why(text: str, message: str) -> None:
    """Impossible days, months, years and reversed spans raise ParseError naming the problem."""
    with pytest.raises(ParseError) as info:
        DateSpan.parse(text)
    assert message in str(info.value)
    assert info.value.text == text


def test_reversed_span_built_directly_is_refused() -> None:
    """DateSpan(start, end) with end before start is a ValueError naming both dates."""
    with pytest.raises(ValueError, match="2023-12-01 is before its start 2024-01-01"):
        DateSpan(dt.date(2024, 1, 1), dt.date(2023, 12, 1))


def test_datetimes_are_not_dates() -> None:
    """A datetime is refused as an end (a span is of calendar days, not instants)."""
    with pytest.raises(TypeError, match=r"must be a datetime\.date"):
        DateSpan(dt.datetime(2024, 1, 1, 12), dt.date(2024, 1, 2))


@given(date_spans(), date_spans())
def test_overlap_is_symmetric_and_matches_shared_days(a: DateSpan, b: DateSpan) -> None:
    """a.overlaps(b) == b.overlaps(a), true exactly when some day lies in both."""
    assert a.overlaps(b) == b.overlaps(a)
    shared = max(a.start, b.start) <= min(a.end, b.end)
    assert a.overlaps(b) == shared


def test_of_coerces_dates_and_text() -> None:
    """DateSpan.of accepts a span, a date, a datetime or text, and nothing else."""
    day = DateSpan.day(dt.date(2024, 1, 3))
    assert DateSpan.of(day) is day
    assert DateSpan.of(dt.date(2024, 1, 3)) == day
    assert DateSpan.of(dt.datetime(2024, 1, 3, 9)) == day
    assert DateSpan.of("2024-01-03") == day
    with pytest.raises(TypeError, match="expected a DateSpan"):
        DateSpan.of(20240103)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2024-Q1", "2024-01/2024-03"),
        ("2024q4", "2024-10/2024-12"),
        ("2024-03-01 to 2024-03-07", "2024-03-01/2024-03-07"),
        ("2024-03 – 2024-05", "2024-03/2024-05"),
        ("2024-03-01 - 2024-03-07", "2024-03-01/2024-03-07"),
    ],
)
def test_a_quarter_or_a_span_in_words_is_told_how_to_write_it(text: str, written: str) -> None:
    """A quarter or 'START to END' is refused with the START/END text to write, which
    reads as the span meant (was only 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')."""
    with pytest.raises(ParseError, match=f"as START/END, {written}|as its months, {written}"):
        DateSpan.parse(text)
    start, end = written.split("/")
    span = DateSpan.parse(written)
    assert (span.start, span.end) == (DateSpan.parse(start).start, DateSpan.parse(end).end)


def test_pandas_periods_and_numpy_datetimes_are_the_days_they_cover() -> None:
    """A notebook's Period or datetime64 is its span, at the precision it has (a month
    is the month, not its first day); a missing one (NaT) is refused, not read as a day."""
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert DateSpan.of(pd.Period("2024-03", "M")) == DateSpan.parse("2024-03")
    assert DateSpan.of(pd.Period("2024Q1", "Q")) == DateSpan.parse("2024-01/2024-03")
    assert DateSpan.of(pd.Period("2024-03-04", "W")) == DateSpan.parse("2024-03-04/2024-03-10")
    assert DateSpan.of(np.datetime64("2024-03-03T12:00")) == DateSpan.parse("2024-03-03")
    assert DateSpan.of(np.datetime64("2024-03")) == DateSpan.parse("2024-03")
    assert DateSpan.of(np.datetime64("2024")) == DateSpan.parse("2024")
    for missing in (pd.NaT, np.datetime64("NaT")):
        with pytest.raises(TypeError, match="missing"):
            DateSpan.of(missing)
    with pytest.raises(TypeError, match="or ISO text, not float"):
        DateSpan.of(3.5)  # type: ignore[arg-type]


def test_a_period_is_taken_wherever_a_date_is() -> None:
    """as_of, at and known_at take a Period as the same span its ISO text is (as_of and
    total(at=) refused one before DateSpan.of was asked)."""
    pd = pytest.importorskip("pandas")
    import pwstats
    from pwstats import Dataset, Figure, Measure, Source

    march = pd.Period("2024-03", "M")
    figure = Figure(id="a", measure="m", value=3, as_of=march, source=Source(name="x"))
    assert figure.as_of == DateSpan.parse("2024-03")
    data = Dataset(measures=[Measure(id="m", label="m")], figures=[figure])
    assert (
        pwstats.total(data, by=(), at=march).rows == pwstats.total(data, by=(), at="2024-03").rows
    )
    with pytest.raises(TypeError, match=r"^as_of: expected a date, not a missing one"):
        Figure(id="a", measure="m", value=3, as_of=pd.NaT)
