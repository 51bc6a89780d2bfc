"""The bounds of a flow's periods are exact: those of the difference constraints on its
running count, checked against Bellman-Ford on the constraints themselves.

S(t) is the count from the first day to day t; a figure over days [a, z] says
lo <= S(z) - S(a - 1) <= hi, and S never falls when the measure cannot be negative.
The range of S(j) - S(i - 1) is then given by shortest paths (an edge u -> v of weight w
for S(v) - S(u) <= w): its high end is the distance from i - 1 to j, its low end minus
the distance from j to i - 1, unbounded without a path.
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import event, given, settings
from hypothesis import strategies as st

import pwstats
from pwstats import Dataset, Figure, Interval, Measure
from pwstats.reconcile import periods
from pwstats.reconcile.periods import PeriodsRule
from pwstats.reconcile.propagate import Network, Why, explain, first_failure

_DAY0 = dt.date(2021, 3, 1)

#: A period's figure: (first day, last day, low end, high end or None for no high end).
Drawn = tuple[int, int, int, int | None]


def _shortest(edges: list[tuple[int, int, int]], n: int, source: int) -> list[float]:
    dist = [math.inf] * n
    dist[source] = 0
    for _ in range(n):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist


def _edges(figures: list[Drawn], days: int, *, nonnegative: bool) -> list[tuple[int, int, int]]:
    """Node t + 1 is S(t), node 0 is S(-1)."""
    edges = [(t + 1, t, 0) for t in range(days)] if nonnegative else []
    for a, z, lo, hi in figures:
        edges.append((z + 1, a, -lo))
        if hi is not None:
            edges.append((a, z + 1, hi))
    return edges


def _oracle(
    figures: list[Drawn], days: int, i: int, j: int, *, nonnegative: bool
) -> tuple[float, float]:
    edges = _edges(figures, days, nonnegative=nonnegative)
    return -_shortest(edges, days + 1, j + 1)[i], _shortest(edges, days + 1, i)[j + 1]


def _span(i: int, j: int) -> str:
    first, last = _DAY0 + dt.timedelta(i), _DAY0 + dt.timedelta(j)
    return str(first) if i == j else f"{first}/{last}"


def _dataset(figures: list[Drawn], measure: Measure) -> Dataset:
    return Dataset(
        measures=[measure],
        figures=[
            Figure(
                id=f"f{n}",
                measure=measure.id,
                value=Interval.at_least(lo) if hi is None else Interval.closed(lo, hi),
                as_of=_span(a, z),
            )
            for n, (a, z, lo, hi) in enumerate(figures)
        ],
    )


@st.composite
def flows(draw: st.DrawFn) -> tuple[int, bool, list[Drawn]]:
    """A few days, whether the count can be negative, and figures over periods around a
    hidden daily series (so they can all hold): some exact, some ranges, some open above."""
    days = draw(st.integers(1, 8))
    nonnegative = draw(st.booleans())
    low = 0 if nonnegative else -3
    truth = draw(st.lists(st.integers(low, 4), min_size=days, max_size=days))
    figures: list[Drawn] = []
    for _ in range(draw(st.integers(1, 6))):
        a = draw(st.integers(0, days - 1))
        z = draw(st.integers(a, days - 1))
        s = sum(truth[a : z + 1])
        lo = s - draw(st.integers(0, 3))
        if nonnegative:
            lo = max(lo, 0)
        hi = None if draw(st.integers(0, 5)) == 0 else s + draw(st.integers(0, 3))
        figures.append((a, z, lo, hi))
    return days, nonnegative, figures


def _measure(nonnegative: bool) -> Measure:
    return Measure(id="k", label="killed", kind="flow", nonnegative=nonnegative)


def _same(got: Interval, low: float, high: float) -> bool:
    return (got.lo, got.hi) == (low, high) and not got.is_empty


@given(flows(), st.data())
@settings(max_examples=300, deadline=None)
def test_every_period_is_bounded_exactly(
    drawn: tuple[int, bool, list[Drawn]], data: st.DataObject
) -> None:
    """Whatever periods the figures cover (nested, tiling, partly overlapping), the bound
    of any period equals the range the figures allow, neither wider nor narrower."""
    days, nonnegative, figures = drawn
    dataset = _dataset(figures, _measure(nonnegative))
    for _ in range(3):
        i = data.draw(st.integers(0, days - 1))
        j = data.draw(st.integers(i, days - 1))
        got = pwstats.bound(dataset, "k", at=_span(i, j)).interval
        low, high = _oracle(figures, days, i, j, nonnegative=nonnegative)
        assert _same(got, low, high), (figures, i, j, str(got), low, high)


@given(flows())
@settings(max_examples=200, deadline=None)
def test_every_findings_bounds_are_exact(drawn: tuple[int, bool, list[Drawn]]) -> None:
    """Each figure's finding is bounded by all the figures exactly, as a question is."""
    days, nonnegative, figures = drawn
    report = pwstats.reconcile(_dataset(figures, _measure(nonnegative)))
    assert report.conflicts == ()
    for finding in report.findings:
        i, j = (finding.as_of.start - _DAY0).days, (finding.as_of.end - _DAY0).days
        low, high = _oracle(figures, days, i, j, nonnegative=nonnegative)
        assert _same(finding.bounds, low, high), (figures, i, j, str(finding.bounds))


@given(flows(), st.data())
@settings(max_examples=200, deadline=None)
def test_the_figures_an_end_cites_alone_give_that_end(
    drawn: tuple[int, bool, list[Drawn]], data: st.DataObject
) -> None:
    """An end's explanation cites nothing needless to it: bounded again from only the
    figures it cites, the period gets that same end."""
    days, nonnegative, figures = drawn
    measure = _measure(nonnegative)
    dataset = _dataset(figures, measure)
    i = data.draw(st.integers(0, days - 1))
    j = data.draw(st.integers(i, days - 1))
    at = _span(i, j)
    b = pwstats.bound(dataset, "k", at=at)
    for high, because, end in ((False, b.low, b.interval.lo), (True, b.high, b.interval.hi)):
        cited = set(because.figures)
        if not cited:
            assert end in (-math.inf, math.inf) or (nonnegative and end == 0), (at, str(b))
            continue
        alone = Dataset(measures=[measure], figures=[f for f in dataset.figures if f.id in cited])
        again = pwstats.bound(alone, "k", at=at).interval
        assert (again.hi if high else again.lo) == end, (figures, at, cited, high)


@given(flows(), st.integers(-3, 40), st.integers(0, 7), st.integers(0, 7))
@settings(max_examples=200, deadline=None)
def test_a_period_that_cannot_hold_is_a_conflict(
    drawn: tuple[int, bool, list[Drawn]], value: int, a: int, z: int
) -> None:
    """One more figure outside the range the others allow its period is in conflict with
    them, and one inside it is not; each conflict is minimal."""
    days, nonnegative, figures = drawn
    a, z = sorted((min(a, days - 1), min(z, days - 1)))
    if nonnegative:
        value = abs(value)
    low, high = _oracle(figures, days, a, z, nonnegative=nonnegative)
    data = _dataset([*figures, (a, z, value, value)], _measure(nonnegative))
    report = pwstats.reconcile(data)
    assert (report.conflicts != ()) == (not low <= value <= high), (figures, a, z, value)
    for conflict in report.conflicts:
        assert _conflicted(data, set(conflict.figures))
        for left_out in conflict.figures:
            assert not _conflicted(data, set(conflict.figures) - {left_out})


def _conflicted(data: Dataset, ids: set[str]) -> bool:
    rest = Dataset(measures=data.measures, figures=[f for f in data.figures if f.id in ids])
    return pwstats.reconcile(rest).conflicts != ()


def test_a_week_inside_a_longer_period_that_crosses_a_month() -> None:
    """The month of April (88,153) and week 18 (25 April - 1 May, 17,953), as in the ONS
    series: 20 April - 1 May is at least week 18 and at most April and all of week 18;
    25 April - 31 May is at least week 18, unbounded above."""
    deaths = Measure(id="deaths", label="deaths registered", kind="flow")
    data = Dataset(
        measures=[deaths],
        figures=[
            Figure(id="apr", measure="deaths", value=88_153, as_of="2020-04"),
            Figure(id="w18", measure="deaths", value=17_953, as_of="2020-04-25/2020-05-01"),
        ],
    )
    b = pwstats.bound(data, "deaths", at="2020-04-20/2020-05-01")
    assert str(b.interval) == "[17953, 106106]"
    assert set(b.low.figures) == {"w18"}
    assert set(b.high.figures) == {"apr", "w18"}
    assert str(pwstats.bound(data, "deaths", at="2020-04-25/2020-05-31").interval) == (
        "[17953, +inf)"
    )


def test_an_open_end_stays_open_along_a_path() -> None:
    """More than 10 over days 2-3 (a count of fractions) makes days 1-4 more than 10:
    an open end added to closed ones stays open."""
    m = Measure(id="t", label="tonnes", kind="flow", unit="t", whole=False, nonnegative=True)
    data = Dataset(
        measures=[m],
        figures=[
            Figure(
                id="in",
                measure="t",
                value=Interval(10, math.inf, lo_closed=False),
                as_of="2021-03-02/2021-03-03",
            ),
            Figure(
                id="out", measure="t", value=Interval.closed(0, 50), as_of="2021-03-01/2021-03-04"
            ),
            Figure(
                id="x", measure="t", value=Interval.closed(0, 50), as_of="2021-03-03/2021-03-05"
            ),
        ],
    )
    assert str(pwstats.bound(data, "t", at="2021-03-01/2021-03-05").interval) == "(10, 100]"


def test_past_its_work_cap_the_rule_leaves_the_bounds_to_the_running_count() -> None:
    """With no work allowed, the rule proposes nothing: the bounds are the running count's,
    sound and maybe wider; with work, they are exact."""
    net = Network()
    inner = net.add_cell(Interval.point(7), whole=True)
    outer = net.add_cell(Interval.closed(0, 10), whole=True)
    later = net.add_cell(Interval.at_least(0), whole=True)
    rule = PeriodsRule(
        periods=((inner, 1, 3), (outer, 0, 3), (later, 1, 5)), nodes=6, nonnegative=True, label="k"
    )
    state = (net.bounds, net.lo_why, net.hi_why)
    assert {(c, high, value) for c, high, value, _, _ in rule.narrow(state)} == {
        (outer, False, 7),
        (later, False, 7),
    }
    base, per = periods.WORK_BASE, periods.WORK_PER_EDGE
    try:
        periods.WORK_BASE, periods.WORK_PER_EDGE = 0, 0
        assert rule.narrow(state) == []
    finally:
        periods.WORK_BASE, periods.WORK_PER_EDGE = base, per
    assert rule.left is not None
    assert rule.left > 0
    rule.left = 0  # every application's work spent: no more, however often it is applied
    assert rule.narrow(state) == []


def test_periods_that_cannot_hold_leave_one_of_them_with_no_value() -> None:
    """Days 1-2 at least 5 and days 1-3 at most 3 (a count that never falls) cannot both
    hold: the rule proves it, leaving one of them with no value for the reasons of the
    other. Told to leave conflicts to the running count's rules beside it, it proposes
    nothing; remapped (checked on its own), it names them again."""
    net = Network()
    short = net.add_cell(Interval.at_least(5), lo_why="short")
    long = net.add_cell(Interval.closed(0, 3), hi_why="long")
    index = net.add(
        PeriodsRule(periods=((short, 0, 2), (long, 0, 3)), nodes=4, nonnegative=True, label="k")
    )
    (failure,) = net.run()
    (cell,) = failure.cells
    assert failure.rules == (index,)
    assert net.bounds[cell].is_empty
    assert set(explain(*failure.reasons)[0]) == {"short", "long"}

    fresh = Network()
    a, b = fresh.add_cell(Interval.at_least(5)), fresh.add_cell(Interval.closed(0, 3))
    leaving = PeriodsRule(
        periods=((a, 0, 2), (b, 0, 3)), nodes=4, nonnegative=True, label="k", conflicts="leave"
    )
    assert leaving.narrow((fresh.bounds, fresh.lo_why, fresh.hi_why)) == []
    assert leaving.remap({a: a, b: b}).conflicts == "name"

    data = Dataset(
        measures=[_measure(True)],
        figures=[
            Figure(id="short", measure="k", value="at least 5", as_of=_span(0, 1)),
            Figure(id="long", measure="k", value=Interval.closed(0, 3), as_of=_span(0, 2)),
        ],
    )
    (conflict,) = pwstats.reconcile(data).conflicts
    assert (conflict.figures, conflict.kind) == (("long", "short"), "contradiction")


def _negative_cycle(edges: list[tuple[int, int, int]], n: int) -> bool:
    """Bellman-Ford from a source joined to every node: a distance still falling after
    n rounds means a cycle of negative weight."""
    dist = [0] * n
    for _ in range(n):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            return False
    return True


@given(
    st.integers(1, 7),
    st.booleans(),
    st.lists(
        st.tuples(
            st.integers(0, 6),
            st.integers(0, 6),
            st.integers(-4, 12),
            st.one_of(st.none(), st.integers(0, 4)),
        ),
        min_size=1,
        max_size=7,
    ),
)
@settings(max_examples=400, deadline=None)
def test_the_rule_alone_finds_exactly_the_periods_that_cannot_all_hold(
    days: int, nonnegative: bool, drawn: list[tuple[int, int, int, int | None]]
) -> None:
    """Checked on its own, as the conflicts stage replays it, the rule fails exactly when
    the periods' constraints have a cycle of negative weight (Bellman-Ford), and the
    figures its failure cites cannot all hold by themselves."""
    figures: list[Drawn] = []
    for a, z, lo, width in drawn:
        a, z = sorted((min(a, days - 1), min(z, days - 1)))
        figures.append((a, z, lo, None if width is None else lo + width))
    bounds = {
        k: Interval.at_least(lo) if hi is None else Interval.closed(lo, hi)
        for k, (_, _, lo, hi) in enumerate(figures)
    }
    rule = PeriodsRule(
        periods=[(k, a, z + 1) for k, (a, z, _, _) in enumerate(figures)],
        nodes=days + 1,
        nonnegative=nonnegative,
        label="k",
    )
    why: dict[int, Why] = {k: f"f{k}" for k in bounds}
    failure = first_failure(bounds, [rule], why=why)
    cannot = _negative_cycle(_edges(figures, days, nonnegative=nonnegative), days + 1)
    event("cannot all hold" if cannot else "can")
    assert (failure is not None) == cannot, (days, nonnegative, figures)
    if failure is not None:
        cited = {int(f[1:]) for f in explain(*failure.reasons)[0]}
        alone = [figures[k] for k in sorted(cited)]
        assert _negative_cycle(_edges(alone, days, nonnegative=nonnegative), days + 1), (
            figures,
            cited,
        )


def test_each_nested_period_below_the_one_inside_it_is_a_conflict() -> None:
    """Sixty periods nested around one day, every third stated below the period inside
    it: each of those twenty pairs is a conflict of its own. The running count's bounds
    crept round each pair's cycle a few units a pass, and past the network's cap on
    work one pair went unreported (both figures read as consistent)."""
    n = 60
    figures: list[Drawn] = []
    for i in range(n):
        value = 10 * (2 * i + 1) if i % 3 != 2 else 10 * (2 * i - 1) - 7
        figures.append((n - i, n + i, value, value + (i % 2) * 3))
    report = pwstats.reconcile(_dataset(figures, _measure(True)))
    pairs = sorted(tuple(sorted(c.figures)) for c in report.conflicts)
    assert pairs == sorted((f"f{i - 1}", f"f{i}") for i in range(2, n, 3))


def _nest(n: int, *, step: int = 1) -> tuple[Network, PeriodsRule]:
    """n periods nested around one day (one more day each side each), 9 to 11 a day."""
    net = Network()
    spans = []
    for i in range(n):
        cell = net.add_cell(Interval.closed(9 * (2 * i + 1), 11 * (2 * i + 1)), whole=True)
        spans.append((cell, step * (n - i - 1), step * (n + i)))
    rule = PeriodsRule(
        periods=spans, nodes=step * 2 * n + 1, nonnegative=True, label="k", conflicts="leave"
    )
    return net, rule


def _rule_work(n: int) -> int:
    """The work one application of the rule does on a nest of n periods."""
    net, rule = _nest(n)
    paths = periods._Paths(rule, (net.bounds, net.lo_why, net.hi_why))
    start = paths.work
    paths.proposals()
    assert paths.work > 0  # within the cap: the bounds are exact
    return start - paths.work


def test_a_centred_nest_costs_linear_work() -> None:
    """Periods nested around one centre: each search goes no further than its own period
    (its bound on what is left passes by the periods around it), so twice the periods is
    about twice the work, not four times, and far below the cap."""
    small, large = _rule_work(200), _rule_work(800)
    assert large < 4.5 * small


@st.composite
def _networks(draw: st.DrawFn) -> tuple[int, bool, list[Drawn]]:
    """Periods of any shape over a few days, some in conflict, some open above."""
    days = draw(st.integers(1, 9))
    figures: list[Drawn] = []
    for _ in range(draw(st.integers(1, 8))):
        a = draw(st.integers(0, days - 1))
        z = draw(st.integers(a, days - 1))
        lo = draw(st.integers(0, 12))
        hi = draw(st.sampled_from([None, lo, lo + draw(st.integers(0, 6))]))
        figures.append((a, z, lo, hi))
    return days, draw(st.booleans()), figures


@given(_networks())
@settings(max_examples=300, deadline=None)
def test_the_bounded_search_proposes_what_dijkstras_does(
    drawn: tuple[int, bool, list[Drawn]],
) -> None:
    """Each search ordered by distance plus its bound on what is left proposes what the
    search ordered by distance alone proposes: every end, its value and its reasons."""
    days, nonnegative, figures = drawn

    def proposals(plain: bool) -> object:
        net = Network()
        spans = []
        for a, z, lo, hi in figures:
            value = Interval.at_least(lo) if hi is None else Interval.closed(lo, hi)
            spans.append((net.add_cell(value, whole=True), a, z + 1))
        rule = PeriodsRule(periods=spans, nodes=days + 1, nonnegative=nonnegative, label="k")
        state = (net.bounds, net.lo_why, net.hi_why)
        real = periods._Ahead.__call__
        try:
            if plain:
                periods._Ahead.__call__ = lambda self, x, t: (0, 0)  # type: ignore[method-assign]
            return periods._Paths(rule, state).proposals()
        finally:
            periods._Ahead.__call__ = real  # type: ignore[method-assign]

    assert proposals(plain=False) == proposals(plain=True)
