"""Tests of reconcile's series step: a running total's dates outside every largest set
of dates that can hold together are set aside (brute force over every subset)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats import Dataset, DateSpan, Figure, Measure, Source, bound, reconcile
from pwstats.reconcile.series import outside_every_largest_set
from pwstats.reconcile.sweep import Position

Ends = tuple[Position, Position]


@st.composite
def _dates(draw: st.DrawFn) -> tuple[list[Ends], list[int]]:
    """Up to eight dates, each an interval (points, closed, open or half-open ends)."""
    ends: list[Ends] = []
    for _ in range(draw(st.integers(1, 8))):
        lo = draw(st.integers(0, 6))
        hi = lo + draw(st.sampled_from([0, 0, 1, 2, 4]))
        closed = (True, True) if lo == hi else (draw(st.booleans()), draw(st.booleans()))
        ends.append(((lo, 0 if closed[0] else 1), (hi, 0 if closed[1] else -1)))
    weights = draw(st.lists(st.integers(1, 3), min_size=len(ends), max_size=len(ends)))
    return ends, weights


def _brute_force(ends: list[Ends], weights: list[int]) -> list[int]:
    """The dates in no heaviest subset whose members' low ends lie at or below every
    later member's high end."""
    heaviest: list[list[int]] = []
    best = -1
    for mask in range(1 << len(ends)):
        chosen = [i for i in range(len(ends)) if mask >> i & 1]
        if any(ends[i][0] > ends[j][1] for a, i in enumerate(chosen) for j in chosen[a + 1 :]):
            continue
        weight = sum(weights[i] for i in chosen)
        if weight > best:
            best, heaviest = weight, [chosen]
        elif weight == best:
            heaviest.append(chosen)
    kept = {i for chosen in heaviest for i in chosen}
    return [i for i in range(len(ends)) if i not in kept]


@given(_dates())
@settings(max_examples=300, deadline=None)
def test_the_dates_outside_every_largest_set_are_those_brute_force_finds(
    dates: tuple[list[Ends], list[int]],
) -> None:
    ends, weights = dates
    assert outside_every_largest_set(ends, weights) == _brute_force(ends, weights)


def _series(*values: object, sources: tuple[str, ...] | None = None) -> Dataset:
    total = Measure(id="t", label="running total", kind="cumulative")
    names = sources or tuple("S" for _ in values)
    return Dataset(
        measures=[total],
        figures=[
            Figure(
                id=f"f{i}",
                measure="t",
                value=v,
                as_of=dt.date(2025, i + 1, 1),
                source=Source(name=name),
            )
            for i, (v, name) in enumerate(zip(values, names, strict=True))
        ],
    )


def test_a_spike_in_a_running_total_is_the_figure_set_aside() -> None:
    """1, 5, 3, 4, 6 on five dates: the 5 is out of line (the others hold together), so
    it is set aside, and the 3 and 4 after it are kept; the 5's date is bounded by its
    neighbours, and no finding's bounds fall. Before, the 3's cell was left with no
    value and the 4 kept [4, 4] beside the 5's [5, 5]."""
    report = reconcile(_series(1, 5, 3, 4, 6))
    by_date = {f.as_of.start.month: f for f in report.findings}
    assert str(by_date[2].bounds) == "[1, 3]"
    assert by_date[2].consensus is None
    assert by_date[2].estimate.best is None
    assert [str(by_date[m].bounds) for m in (3, 4)] == ["[3, 3]", "[4, 4]"]
    assert {c.figures for c in report.conflicts} == {("f1", "f2"), ("f1", "f3")}
    highs = [f.bounds.hi for f in sorted(report.findings, key=lambda f: f.as_of.start)]
    lows = [f.bounds.lo for f in sorted(report.findings, key=lambda f: f.as_of.start)]
    assert all(a <= b for a, b in itertools.pairwise(lows))
    assert all(a <= b for a, b in itertools.pairwise(highs))
    b = bound(_series(1, 5, 3, 4, 6), "t", at="2025-02-15")
    assert str(b.interval) == "[1, 3]"
    assert b.set_aside == ("f1",)


def test_the_fall_of_a_date_set_aside_says_it_is_the_one_out_of_line() -> None:
    """Each fall through the 5 of 1, 5, 3, 4, 6 says the other dates hold together
    without its date, and that the 5 is the figure set aside: the reader is not left to
    work out which side of the fall to doubt."""
    report = reconcile(_series(1, 5, 3, 4, 6))
    assert len(report.conflicts) == 2
    for c in report.conflicts:
        assert c.cause == "fall"
        assert (
            "2025-02-01 is in no largest set of t's dates that can hold together: its figure"
            " f1 is set aside."
        ) in c.explanation


def test_each_date_out_of_line_with_a_crowded_day_is_a_fall_of_its_own() -> None:
    """ "At least k" on each of six days, then a day of six speakers saying 0 and a day
    after it: the crowded day outweighs the rising days, so each rising day but the
    first (at least 0) is out of line, and each is in a fall with a 0 that says so —
    found without propagating along the days between, which took quadratic time."""
    total = Measure(id="t", label="running total", kind="cumulative")
    day = dt.date(2025, 1, 1)
    figures = [
        Figure(id=f"least{k}", measure="t", value=f"at least {k}", as_of=str(day + dt.timedelta(k)))
        for k in range(6)
    ]
    crowded = day + dt.timedelta(6)
    figures += [
        Figure(id=f"zero{k}", measure="t", value=0, as_of=str(crowded), source=Source(name=f"S{k}"))
        for k in range(6)
    ]
    figures.append(Figure(id="after", measure="t", value=9, as_of=str(crowded + dt.timedelta(1))))
    report = reconcile(Dataset(measures=[total], figures=figures), reading="literal")
    falls = sorted(c.figures for c in report.conflicts)
    assert falls == [(f"least{k}", "zero0") for k in range(1, 6)]
    for k in range(1, 6):
        c = next(c for c in report.conflicts if c.figures[0] == f"least{k}")
        assert f"{day + dt.timedelta(k)} is in no largest set" in c.explanation
        assert f"its figure least{k} is set aside" in c.explanation
        finding = next(f for f in report.findings if str(f.as_of) == str(day + dt.timedelta(k)))
        assert finding.consensus is None
        assert str(finding.bounds) == "[0, 0]"


def test_a_tie_between_two_stories_sets_neither_aside_here() -> None:
    """2, 3, 0, 1: {2, 3} and {0, 1} hold together equally well: nothing decides between
    them, so neither is set aside as out of line (the falls are each a conflict)."""
    report = reconcile(_series(2, 3, 0, 1))
    assert len(report.conflicts) >= 2
    assert all(f.status == "contradiction" for f in report.findings)
    assert outside_every_largest_set([((v, 0), (v, 0)) for v in (2, 3, 0, 1)], [1] * 4) == []


def test_two_sources_agreeing_outweigh_one() -> None:
    """Two speakers' 10 on one date, then one speaker's 8: the set {10, 10} is heavier,
    so the 8 is set aside; one speaker saying 10 twice counts once (a tie)."""
    total = Measure(id="t", label="running total", kind="cumulative")
    figures = [
        Figure(id="a", measure="t", value=10, as_of="2025-01-01", source=Source(name="A")),
        Figure(id="b", measure="t", value=10, as_of="2025-01-01", source=Source(name="B")),
        Figure(id="c", measure="t", value=8, as_of="2025-02-01", source=Source(name="C")),
    ]
    report = reconcile(Dataset(measures=[total], figures=figures))
    later = next(f for f in report.findings if f.as_of.start.month == 2)
    assert later.consensus is None
    assert str(later.bounds) == "[10, +inf)"
    repeated = [
        *figures[:1],
        Figure(id="b", measure="t", value=10, as_of="2025-01-01", source=Source(name="A")),
        figures[2],
    ]
    report = reconcile(Dataset(measures=[total], figures=repeated))
    later = next(f for f in report.findings if f.as_of.start.month == 2)
    assert str(later.bounds) != "[10, +inf)"  # one statement against one: not set aside


def test_a_spike_inside_a_month_stated_too_is_still_set_aside() -> None:
    """100 as of March 2024, then 1,100 on 10 March, 120 on 20 March and 130 on 25 March:
    the month is linked by no time rule to its days, so it holds with any of them, and
    the 1,100 is still the one out of line. It used to keep the series from being looked
    at: 12 March was at least 1,100 (setting the 120 and 130 aside) and 1 April at least
    130 (setting the 1,100 aside), bounds of one running total that fall."""
    total = Measure(id="k", label="killed", kind="cumulative")
    said = [("a", 100, "2024-03"), ("typo", 1100, "2024-03-10")]
    said += [("b", 120, "2024-03-20"), ("c", 130, "2024-03-25")]
    data = Dataset(
        measures=[total],
        figures=[Figure(id=i, measure="k", value=v, as_of=when) for i, v, when in said],
    )
    report = reconcile(data)
    spike = next(f for f in report.findings if str(f.as_of) == "2024-03-10")
    assert spike.consensus is None
    assert str(spike.bounds) == "[0, 120]"
    assert {c.figures for c in report.conflicts} == {("b", "typo"), ("c", "typo")}
    for at in ("2024-03-12", "2024-04-01"):
        assert report.bound("k", at=at).set_aside == ("typo",)
    assert str(report.bound("k", at="2024-04-01").interval) == "[130, +inf)"


_SPANS = [
    DateSpan.parse(s)
    for s in ("2025-01", "2025-01-10", "2025-01-31", "2025-02-01", "2025-02", "2025-02-20")
]


def _linked(a: DateSpan, b: DateSpan) -> bool:
    """True when a running total's time rules put ``a`` before ``b``."""
    return b.start >= a.end and a != b


@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.sampled_from(_SPANS)),
        min_size=2,
        max_size=6,
        unique_by=lambda said: said[1],
    )
)
@settings(max_examples=300, deadline=None)
def test_a_date_set_aside_is_in_no_largest_set_brute_force_finds(
    said: list[tuple[int, DateSpan]],
) -> None:
    """Numbers of a running total, one a date, as of days and months (a month linked by
    no time rule to its own days; one figure a date, so no largest set of a date ties and
    only the series step sets a date aside): every figure the series step sets aside is
    in no largest set of figures that can hold together, by brute force over every
    subset, where a set holds when no figure lies above one of a date the time rules put
    after its own; and the figures kept hold together."""
    total = Measure(id="t", label="t", kind="cumulative")
    figures = [
        Figure(id=f"f{i}", measure="t", value=v, as_of=when, source=Source(name=f"S{i}"))
        for i, (v, when) in enumerate(said)
    ]
    report = reconcile(Dataset(measures=[total], figures=figures), reading="literal")
    # A date set aside agrees on none of its figures and is bounded by the others.
    excluded = {
        f.id
        for finding in report.findings
        if not finding.agreeing and not finding.bounds.is_empty
        for f in finding.figures
    }

    def holds(chosen: list[int]) -> bool:
        return all(
            said[i][0] <= said[j][0] or not _linked(said[i][1], said[j][1])
            for i in chosen
            for j in chosen
        ) and all(
            said[i][0] == said[j][0] for i in chosen for j in chosen if said[i][1] == said[j][1]
        )

    best, largest = -1, []
    for mask in range(1 << len(said)):
        chosen = [i for i in range(len(said)) if mask >> i & 1]
        if holds(chosen):
            if len(chosen) > best:
                best, largest = len(chosen), [chosen]
            elif len(chosen) == best:
                largest.append(chosen)
    in_some = {f"f{i}" for chosen in largest for i in chosen}
    assert not excluded & in_some, (excluded, largest)
    if excluded:
        assert holds([i for i in range(len(said)) if f"f{i}" not in excluded]), (excluded, said)
