"""The sentences of reconcile's explain stage: what they name, against a brute force."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats import DateSpan
from pwstats.reconcile import explain

DAY0 = dt.date(2024, 1, 1)


@st.composite
def spans(draw: st.DrawFn) -> DateSpan:
    """A day or a run of days near the start of 2024."""
    start = DAY0 + dt.timedelta(days=draw(st.integers(0, 60)))
    return DateSpan(start, start + dt.timedelta(days=draw(st.sampled_from([0, 0, 1, 3, 30]))))


@given(st.lists(spans(), max_size=40, unique=True), spans(), st.integers(1, 6))
@settings(max_examples=400, deadline=None)
def test_the_spans_index_finds_what_a_scan_finds(
    listed: list[DateSpan], at: DateSpan, count: int
) -> None:
    """The spans overlapping a date, and the nearest of the others (ties in the figures'
    order), are those a scan of every span finds."""
    index = explain._Spans(listed)
    overlapping = [k for k, s in enumerate(listed) if s.overlaps(at)]
    assert index.overlapping(at) == overlapping
    if overlapping:
        return

    def distance(k: int) -> int:
        s = listed[k]
        return min(abs((s.start - at.end).days), abs((at.start - s.end).days))

    assert index.nearest(at, count) == sorted(range(len(listed)), key=distance)[:count]
