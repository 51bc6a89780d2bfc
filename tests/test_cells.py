"""Tests of reconcile's cells stage: the time rules of running totals."""

from __future__ import annotations

import bisect
import datetime as dt
from unittest import mock

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pwstats import strategies
from pwstats.dates import DateSpan
from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Relation
from pwstats.reconcile import bound, cells, propagate, reconcile, sweep
from pwstats.reconcile.read import Context


@st.composite
def running_totals(draw: st.DrawFn) -> Dataset:
    """A running total with figures on spans and events (some long) it accumulates."""
    start = dt.date(2024, 1, 1)
    total = Measure(id="t", label="total", kind="cumulative")
    n_events = draw(st.integers(0, 4))
    events = [Measure(id=f"e{i}", label="event", kind="event") for i in range(n_events)]
    figures = []
    for i in range(draw(st.integers(1, 7))):
        day = draw(st.integers(0, 30))
        length = draw(st.sampled_from([0, 0, 0, 2, 10]))
        lo = draw(st.integers(0, 60))
        span = f"{start + dt.timedelta(day)}/{start + dt.timedelta(day + length)}"
        figures.append(
            Figure(
                id=f"t{i}",
                measure="t",
                value=Interval.closed(lo, lo + draw(st.integers(0, 9))),
                as_of=span,
            )
        )
    for i in range(n_events):
        day = draw(st.integers(0, 30))
        length = draw(st.sampled_from([0, 0, 3, 40]))
        span = f"{start + dt.timedelta(day)}/{start + dt.timedelta(day + length)}"
        lo = draw(st.integers(0, 9))
        value = draw(st.sampled_from([lo, Interval.closed(lo, lo + 5), Interval.at_least(lo)]))
        figures.append(Figure(id=f"x{i}", measure=f"e{i}", value=value, as_of=span))
    relations = (
        [Relation.accumulates("t", [e.id for e in events], complete=draw(st.booleans()), id="acc")]
        if events
        else []
    )
    return Dataset(measures=[total, *events], figures=figures, relations=relations)


@given(running_totals())
@settings(max_examples=100, deadline=None)
def test_rise_rules_leave_out_only_proposals_the_network_would_drop(data: Dataset) -> None:
    """Running totals' rise rules, which skip proposals no tighter than the bound they
    would move, give every finding of making every proposal."""
    fast = reconcile(data)
    with mock.patch.object(propagate, "EVERY_PROPOSAL", True):
        full = reconcile(data)
    assert [(f.measure, f.as_of, f.bounds, f.status, f.conflicts) for f in fast.findings] == [
        (f.measure, f.as_of, f.bounds, f.status, f.conflicts) for f in full.findings
    ]


@given(running_totals())
@settings(max_examples=120, deadline=None)
def test_clean_spans_cut_links_without_changing_any_bound(data: Dataset) -> None:
    """Cutting a running total's links at clean spans gives the bounds of linking every pair.

    Where no value is left somewhere (a running total that fell), a dead cell stops
    propagation along the chain, and the two may leave different values elsewhere:
    both then report the conflict, which is what the comparison is about. Where a
    fall's figure out of line is set aside, the bounds agree, but the conflicts found
    through the events beside the fall may differ (each names figures that cannot all
    hold, through the links it has), and so may the statuses.
    """
    fast = reconcile(data)
    cells.PRUNE = False
    try:
        full = reconcile(data)
    finally:
        cells.PRUNE = True
    assume(all(not f.bounds.is_empty for f in full.findings))
    assert [(f.measure, f.as_of, f.bounds) for f in fast.findings] == [
        (f.measure, f.as_of, f.bounds) for f in full.findings
    ]
    if not any(c.cause == "fall" for c in full.conflicts):
        assert [f.status for f in fast.findings] == [f.status for f in full.findings]


def test_one_event_dated_across_the_whole_series_keeps_links_short() -> None:
    """An event spanning every figure's date cannot be certainly between two of them."""
    total = Measure(id="t", label="total", kind="cumulative")
    event = Measure(id="e", label="event", kind="event")
    start = dt.date(2000, 1, 1)
    n = 300
    figures = [
        Figure(id=f"t{i}", measure="t", value=10 * i, as_of=str(start + dt.timedelta(i + 1)))
        for i in range(n)
    ]
    figures.append(
        Figure(id="e", measure="e", value=1, as_of=f"{start}/{start + dt.timedelta(n + 1)}")
    )
    data = Dataset(
        measures=[total, event],
        figures=figures,
        relations=[Relation.accumulates("t", ["e"], id="acc")],
    )
    ctx = Context.of(data, "pragmatic")
    network, _ = cells.build(data, sweep.groups(data, ctx.reader, ctx.reading))
    assert len(network.net.rules) < 3 * n  # linear: a few links a figure, not n² / 2


FLOW = Measure(id="deaths", label="excess deaths", kind="flow")


def _flow(*figures: tuple[str, object, str]) -> Dataset:
    return Dataset(
        measures=[FLOW],
        figures=[Figure(id=i, measure="deaths", value=v, as_of=d) for i, v, d in figures],
    )


def test_periods_that_tile_a_longer_one_sum_to_it() -> None:
    """Sep–Dec plus Jan–Feb must equal Sep–Feb: 1,139 + 2,000 against 2,975 is a contradiction."""
    report = reconcile(
        _flow(
            ("sep-dec", 1139, "2017-09-20/2017-12-31"),
            ("jan-feb", 2000, "2018-01-01/2018-02-28"),
            ("sep-feb", 2975, "2017-09-20/2018-02-28"),
        )
    )
    (conflict,) = report.conflicts
    assert conflict.kind == "contradiction"
    assert conflict.figures == ("jan-feb", "sep-dec", "sep-feb")
    assert "periods nest and tile" in conflict.explanation


def test_a_shorter_period_is_at_most_the_longer_one_it_nests_in() -> None:
    """42 days inside Sep–Dec: not more than Sep–Dec; the rest of the period is the difference."""
    data = _flow(
        ("six-weeks", Interval.closed(1000, 1100), "2017-09-20/2017-10-31"),
        ("sep-dec", 1139, "2017-09-20/2017-12-31"),
    )
    assert reconcile(data).status == "consistent"
    rest = bound(data, "deaths", at="2017-11-01/2017-12-31")
    assert str(rest.interval) == "[39, 139]"
    assert set(rest.low.figures) == {"six-weeks", "sep-dec"}
    too_many = _flow(
        ("six-weeks", 1200, "2017-09-20/2017-10-31"),
        ("sep-dec", 1139, "2017-09-20/2017-12-31"),
    )
    assert reconcile(too_many).status == "contradiction"


@given(
    st.lists(st.integers(0, 9), min_size=2, max_size=20),
    st.lists(st.tuples(st.integers(0, 19), st.integers(0, 19)), min_size=1, max_size=6),
)
@settings(max_examples=80, deadline=None)
def test_figures_true_of_daily_counts_are_consistent_and_bound_every_period(
    daily: list[int], periods: list[tuple[int, int]]
) -> None:
    """Periods stated exactly from true daily counts hold together, and bound the truth."""
    start = dt.date(2024, 1, 1)
    n = len(daily)
    figures = []
    for k, (a, b) in enumerate(periods):
        a, b = sorted((a % n, b % n))
        span = f"{start + dt.timedelta(a)}/{start + dt.timedelta(b)}"
        figures.append((f"p{k}", sum(daily[a : b + 1]), span))
    data = _flow(*figures)
    assert reconcile(data).status == "consistent"
    for a in range(n):
        for b in range(a, min(n, a + 3)):
            at = f"{start + dt.timedelta(a)}/{start + dt.timedelta(b)}"
            assert sum(daily[a : b + 1]) in bound(data, "deaths", at=at).interval


@given(
    st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), min_size=2, max_size=15),
    st.lists(
        st.tuples(st.booleans(), st.integers(0, 14), st.integers(0, 14)), min_size=1, max_size=6
    ),
    st.sampled_from(["le", "sum"]),
)
@settings(max_examples=80, deadline=None)
def test_relations_between_flows_hold_over_every_period(
    daily: list[tuple[int, int]], periods: list[tuple[bool, int, int]], relation: str
) -> None:
    """Two flows whose daily counts satisfy a relation (a ≤ b, or b = a + c day by day),
    stated exactly over any periods, each measure its own: the relation, applied over
    each period, never conflicts with them, and bounds each over the other's periods."""
    start = dt.date(2024, 1, 1)
    n = len(daily)
    # a's count a day is the smaller of the pair, b's the larger (c is b - a).
    a_day = [min(x) for x in daily]
    b_day = [max(x) for x in daily]
    measures = [Measure(id=x, label=x, kind="flow") for x in ("a", "b", "c")]
    figures = []
    for k, (of_b, i, j) in enumerate(periods):
        i, j = sorted((i % n, j % n))
        span = f"{start + dt.timedelta(i)}/{start + dt.timedelta(j)}"
        counts = b_day if of_b else a_day
        figures.append(
            Figure(
                id=f"f{k}", measure="b" if of_b else "a", value=sum(counts[i : j + 1]), as_of=span
            )
        )
    made = Relation.le("a", "b") if relation == "le" else Relation.sum("b", ["a", "c"])
    data = Dataset(measures=measures, figures=figures, relations=[made])
    report = reconcile(data)
    assert (report.status, report.conflicts) == ("consistent", ())
    for f in report.findings:
        assert f.as_of is not None
        i, j = ((d - start).days for d in (f.as_of.start, f.as_of.end))
        truth = {"a": a_day, "b": b_day, "c": [y - x for x, y in zip(a_day, b_day, strict=True)]}
        assert sum(truth[f.measure][i : j + 1]) in f.bounds


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=8),
    st.lists(st.tuples(st.booleans(), st.integers(0, 7)), min_size=1, max_size=8),
)
@settings(max_examples=80, deadline=None)
def test_a_level_at_most_a_running_total_never_conflicts_with_true_figures(
    steps: list[tuple[int, int]], said: list[tuple[bool, int]]
) -> None:
    """People held (a level that rises and falls) are at most those ever captured (a running
    total): figures true of one history, each measure at its own dates, never contradict
    through the relation applied at each date. (Checked against the level's figures at
    other dates, the relation can give a tension: a level may change between dates.)"""
    start = dt.date(2024, 1, 1)
    captured, held, total = [], [], 0
    for new, kept in steps:
        total += new
        captured.append(total)
        held.append(min(kept, total))
    measures = [
        Measure(id="held", label="held", kind="level"),
        Measure(id="captured", label="ever captured", kind="cumulative"),
    ]
    figures = []
    for k, (of_total, day) in enumerate(said):
        day %= len(steps)
        truth = captured if of_total else held
        figures.append(
            Figure(
                id=f"f{k}",
                measure="captured" if of_total else "held",
                value=truth[day],
                as_of=str(start + dt.timedelta(day)),
            )
        )
    data = Dataset(measures=measures, figures=figures, relations=[Relation.le("held", "captured")])
    report = reconcile(data)
    assert all(c.kind == "tension" and c.cause == "relation" for c in report.conflicts)
    for f in report.findings:
        day = (f.as_of.start - start).days if f.as_of is not None else 0
        truth = captured if f.measure == "captured" else held
        assert f.as_of is None or f.as_of.start != f.as_of.end or truth[day] in f.bounds


def test_a_figure_for_an_earlier_period_does_not_widen_a_flows_bounds() -> None:
    """UNHCR's Italian sea arrivals: Jan, Feb and Mar 2019 give Feb–Mar and Q1 exactly.

    A figure for 2017 (or an open-ended one for 2018) used to start the running
    count there, so the unknown count of the gap left Feb–Mar 2019 unbounded and a
    Q1 figure of "about 520" unnarrowed by the months that tile it.
    """
    months = [
        ("jan", 202, "2019-01"),
        ("feb", 60, "2019-02"),
        ("mar", 262, "2019-03"),
        ("q1", "about 520", "2019-01-01/2019-03-31"),
    ]
    for earlier in [(), (("y17", 119369, "2017"),), (("y18", "more than 23,000", "2018"),)]:
        data = _flow(*months, *earlier)
        for reading in ("literal", "pragmatic"):
            report = reconcile(data, reading=reading)
            assert report.status == "consistent"
            (q1,) = [f for f in report.findings if str(f.as_of) == "2019-01-01/2019-03-31"]
            assert str(q1.bounds) == "[524, 524]"
            feb_mar = bound(data, "deaths", at="2019-02/2019-03", reading=reading)
            assert str(feb_mar.interval) == "[322, 322]"
            assert not {"y17", "y18"} & {*feb_mar.low.figures, *feb_mar.high.figures}


@given(
    st.lists(st.integers(0, 9), min_size=4, max_size=20),
    st.lists(st.tuples(st.integers(0, 19), st.integers(0, 19)), min_size=1, max_size=5),
    st.integers(1, 5),
    st.integers(0, 2),
    st.booleans(),
    st.booleans(),
)
@settings(max_examples=80, deadline=None)
def test_a_true_figure_for_a_period_no_other_overlaps_never_widens_a_flows_bounds(
    daily: list[int],
    periods: list[tuple[int, int]],
    length: int,
    gap: int,
    first: bool,
    open_ended: bool,
) -> None:
    """Adding a true figure (exact, or "at least" the truth) for a period before or after all
    the others, next to them or not, leaves every other period's bound the same or narrower."""
    start = dt.date(2024, 1, 1)
    n = len(daily)
    assume(length + gap < n)

    def span(a: int, b: int) -> str:
        return f"{start + dt.timedelta(a)}/{start + dt.timedelta(b)}"

    # The extra period's days, and the days left to the others.
    a, b = (0, length - 1) if first else (n - length, n - 1)
    lo, hi = (b + 1 + gap, n - 1) if first else (0, a - 1 - gap)
    figures: list[tuple[str, object, str]] = []
    for k, (x, y) in enumerate(periods):
        x, y = sorted((lo + x % (hi - lo + 1), lo + y % (hi - lo + 1)))
        figures.append((f"p{k}", sum(daily[x : y + 1]), span(x, y)))
    truth = sum(daily[a : b + 1])
    value = Interval.at_least(truth) if open_ended else truth
    before, after = _flow(*figures), _flow(*figures, ("extra", value, span(a, b)))
    for x in range(lo, hi + 1):
        for y in range(x, min(hi + 1, x + 4)):
            was = bound(before, "deaths", at=span(x, y)).interval
            now = bound(after, "deaths", at=span(x, y)).interval
            assert sum(daily[x : y + 1]) in now
            assert was.contains(now), (span(x, y), was, now)


_START = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return _START + dt.timedelta(n)


def _timeline(events: list[tuple[int, int]], *, complete: bool) -> cells._Timeline:
    """The timeline of a running total accumulating events (start day, length in days)."""
    total = Measure(id="t", label="total", kind="cumulative")
    measures = [Measure(id=f"e{i}", label="event", kind="event") for i in range(len(events))]
    figures = [
        Figure(id=f"x{i}", measure=f"e{i}", value=1, as_of=f"{day(a)}/{day(a + n)}")
        for i, (a, n) in enumerate(events)
    ]
    relation = Relation.accumulates("t", [m.id for m in measures], complete=complete, id="acc")
    data = Dataset(measures=[total, *measures], figures=figures, relations=[relation])
    groups = sweep.groups(data, Context.of(data, "literal").reader, "literal")
    built, _ = cells.build(data, groups)
    by_measure = {g.measure.id: g for g in groups}
    member = [(built.index.at(m.id, None), by_measure[m.id].as_of) for m in measures]
    return cells._Timeline(built.measure, relation, total, member)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 40)), min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 8)), min_size=1, max_size=12),
    st.lists(st.integers(0, 120), min_size=1, max_size=12),
)
@settings(max_examples=150, deadline=None)
def test_sure_events_found_incrementally_equal_a_scan_of_every_event(
    events: list[tuple[int, int]], spans: list[tuple[int, int]], uptos: list[int]
) -> None:
    """The events sure between a span and a later date (starting after the span ends,
    ending by the date) are the same whether found from the last link's or by a scan."""
    timeline = _timeline(events, complete=False)
    for a, n in spans:  # each span asks for later dates in order, as _time_rules does
        span = DateSpan(day(a), day(a + n))
        first = bisect.bisect_right(timeline.starts, span.end)
        for upto in sorted(uptos):
            found = timeline._sure_from(span, first, day(upto))
            scanned = [
                i for i, (s, e, _) in enumerate(timeline.dated) if s > span.end and e <= day(upto)
            ]
            assert found == scanned


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 40)), min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 8)), min_size=1, max_size=12),
    st.lists(st.integers(0, 120), min_size=1, max_size=12),
)
@settings(max_examples=150, deadline=None)
def test_events_that_may_fall_between_found_by_a_sweep_equal_a_scan(
    events: list[tuple[int, int]], spans: list[tuple[int, int]], ends: list[int]
) -> None:
    """The events that may fall between a span and a later one (starting by the later
    span's end, ending after the span starts) are the same whether found by the sweep
    of events under way or by a scan of every event, whatever order spans come in."""
    timeline = _timeline(events, complete=True)
    for a, n in spans:  # in the order drawn: the sweep starts again when dates go back
        span = DateSpan(day(a), day(a + n))
        for end in sorted(ends):
            upto = bisect.bisect_right(timeline.starts, day(end))
            found = list(timeline._overlapping(span, upto))
            scanned = [i for i, (_, e, _) in enumerate(timeline.dated[:upto]) if e > span.start]
            assert found == scanned


def test_an_event_possibly_on_both_sides_of_a_span_keeps_the_direct_link() -> None:
    """Complete accumulation, events e0 ∈ [0, 5] and e1 ∈ [9, 14] dated 1–4 January.

    t is 20 on 3 January and [0, 1] on the 2nd. Only the direct link 1 → 3 January says
    the rise is at most 19 once (so t ≥ 1 on the 1st): through the 2nd, each step may
    count both events. The span of the 2nd was taken as clean and cut that link, and the
    bound on the 1st was [0, 1].
    """
    t = Measure(id="t", label="total", kind="cumulative")
    events = [Measure(id=f"e{i}", label="event", kind="event") for i in range(2)]
    figures = [
        Figure(id="t2", measure="t", value=Interval.closed(0, 1), as_of="2024-01-02"),
        Figure(id="t3", measure="t", value=20, as_of="2024-01-03"),
        Figure(id="x0", measure="e0", value=Interval.closed(0, 5), as_of="2024-01-01/2024-01-04"),
        Figure(id="x1", measure="e1", value=Interval.closed(9, 14), as_of="2024-01-01/2024-01-04"),
    ]
    relation = Relation.accumulates("t", ["e0", "e1"], complete=True, id="acc")
    data = Dataset(measures=[t, *events], figures=figures, relations=[relation])
    assert str(bound(data, "t", at="2024-01-01").interval) == "[1, 1]"


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 5)), max_size=12))
def test_in_span_order_sorts_by_start_then_end_without_touching_its_input(
    days: list[tuple[int, int]],
) -> None:
    """The list itself when in order (no key a item), else a sorted copy; events first."""
    base = dt.date(2024, 1, 1)
    spans: list[DateSpan | None] = [
        DateSpan(base + dt.timedelta(a), base + dt.timedelta(a + n)) for a, n in days
    ]
    spans += [None] if days and days[0][0] % 2 else []
    items = list(range(len(spans)))
    before = list(items)
    got = sweep.in_span_order(items, spans.__getitem__)
    assert items == before
    assert got == sorted(before, key=lambda i: sweep.span_key(spans[i]))
    if got == before:
        assert got is items


@given(st.lists(st.booleans(), max_size=40))
def test_cell_runs_hold_exactly_the_cells_added(picks: list[bool]) -> None:
    """Cells added in increasing order are members; every other number is not."""
    runs = cells.CellRuns()
    added = [c for c, pick in enumerate(picks) if pick]
    for c in added:
        runs.add(c)
    assert [c for c in range(-2, len(picks) + 2) if c in runs] == added


@st.composite
def small_groups(draw: st.DrawFn) -> Dataset:
    """Figures of two measures on two days, with small ranges: ties, figures alone, pairs."""
    measures = [Measure(id=m, label=m) for m in ("a", "b")]
    figures = [
        Figure(
            id=f"f{i}",
            measure=draw(st.sampled_from(["a", "b"])),
            value=Interval.closed(lo := draw(st.integers(0, 6)), lo + draw(st.integers(0, 3))),
            as_of=draw(st.sampled_from(["2024-01-01", "2024-01-02"])),
        )
        for i in range(draw(st.integers(1, 10)))
    ]
    return Dataset(measures=measures, figures=figures)


@given(small_groups(), st.data())
@settings(max_examples=60, deadline=None)
def test_seeded_is_each_groups_seeds_by_cell(data: Dataset, draw: st.DataObject) -> None:
    """The one-pass map of the cell each figure seeds equals :func:`cells._seeds` of each
    group, whatever the groups (ties, figures alone, excluded, none)."""
    ctx = Context.of(data, "pragmatic")
    found = list(sweep.groups(data, ctx.reader, "pragmatic"))
    groups: list[sweep.Group | None] = [
        draw.draw(st.sampled_from([g, g._replace(excluded=True), None])) for g in found
    ]
    expected = {i: c for c, g in enumerate(groups) for i in cells._seeds(g)}
    assert cells._seeded(groups) == expected


@given(small_groups())
@settings(max_examples=60, deadline=None)
def test_members_of_every_tied_set_in_one_pass_equal_each_sets_scan(data: Dataset) -> None:
    """sweep.members_of_each gives each stretch's members, as Stretch.members scans for
    them one stretch at a time (N figures in N tied sets of one were N² that way)."""
    ctx = Context.of(data, "pragmatic")
    for g in sweep.groups(data, ctx.reader, "pragmatic"):
        stretches = g.stretches
        assert sweep.members_of_each(stretches, g.readings) == [
            s.members(g.readings) for s in stretches
        ]


def test_a_revision_chain_compared_vintage_by_vintage_ties_each_figure_alone() -> None:
    """Every vintage of a chain of revisions kept (revisions="compare"), each a largest set
    of one: each tied set is its own figure (the sets were found a figure at a time)."""
    figures = [Figure(id="f0", measure="m", value=100, as_of="2024-01-01")]
    figures += [
        Figure(id=f"f{i}", measure="m", value=100 + i, as_of="2024-01-01", revises=f"f{i - 1}")
        for i in range(1, 40)
    ]
    data = Dataset(measures=[Measure(id="m", label="m")], figures=figures)
    report = reconcile(data, revisions="compare")
    (finding,) = report.findings
    assert finding.tied
    assert len(finding.clusters) == 40
    b = report.bound("m", at="2024-01-01")
    assert str(b.interval) == "[100, 139]"


_NEAR = st.one_of(
    strategies.intervals(min_value=-3, max_value=3, allow_empty=True),
    strategies.intervals(min_value=-3, allow_empty=True),
    strategies.intervals(max_value=3, allow_empty=True),
)


@given(st.lists(_NEAR, max_size=6), _NEAR)
def test_inside_any_is_any_contains(outer: list[Interval], iv: Interval) -> None:
    """The sorted search for an interval within one of several answers as checking each."""
    assert cells._inside_any(outer)(iv) == any(o.contains(iv) for o in outer)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 40)), min_size=1, max_size=30),
    st.lists(st.integers(0, 120), min_size=1, max_size=20),
)
@settings(max_examples=150, deadline=None)
def test_events_under_way_at_dates_in_any_order_equal_a_scan(
    events: list[tuple[int, int]], dates: list[int]
) -> None:
    """The events under way at a date (started by it, ending after it), kept by a sweep
    that goes back as well as forward, are those a scan of every event finds, whatever
    the order of the dates asked (a bound asked between a run's links goes back)."""
    timeline = _timeline(events, complete=True)
    for d in dates:
        found = timeline._under_way(day(d))
        scanned = {i for i, (s, e, _) in enumerate(timeline.dated) if s <= day(d) < e}
        assert found == scanned, d
