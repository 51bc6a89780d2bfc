"""Tests of pwstats.propagate: rules, fixpoints, explanations and termination."""

from __future__ import annotations

import itertools
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats.interval import Interval
from pwstats.reconcile.propagate import (
    LessEqualRule,
    Network,
    Reason,
    ShareRule,
    StepRule,
    SumRule,
    explain,
    satisfiable,
)


def seeded(net: Network, iv: Interval, figure: str, *, whole: bool = True) -> int:
    why = Reason(figures=(figure,))
    return net.add_cell(iv, whole=whole, lo_why=why, hi_why=why)


def test_sum_narrows_the_total_and_each_part_and_explains_them() -> None:
    """total = a + b narrows b from the total and a, and names both figures."""
    net = Network()
    t = seeded(net, Interval.closed(100, 110), "ft")
    a = seeded(net, Interval.closed(30, 40), "fa")
    b = net.add_cell(Interval.at_least(0), whole=True)
    net.add(SumRule(total=t, parts=(a, b), complete=True, label="t = a + b"))
    assert net.run() == []
    assert net.bounds[b] == Interval.closed(60, 80)
    assert explain(net.lo_why[b]) == (("ft", "fa"), (0,))


def test_incomplete_sum_only_bounds_the_total_from_below() -> None:
    """total ≥ a + b gives the total a floor and the parts a ceiling, nothing more."""
    net = Network()
    t = net.add_cell(Interval.at_least(0))
    a = seeded(net, Interval.closed(5, 7), "fa")
    b = seeded(net, Interval.closed(1, 2), "fb")
    net.add(SumRule(total=t, parts=(a, b), complete=False, label="t ≥ a + b"))
    net.run()
    assert net.bounds[t] == Interval.at_least(6)


def test_share_divides_safely_when_the_ratio_excludes_zero() -> None:
    """part = 30% × whole with part 31,000 puts whole at 31,000 / 0.3 exactly."""
    net = Network()
    part = seeded(net, Interval.point(31000), "confirmed", whole=False)
    whole = net.add_cell(Interval.at_least(0))
    net.add(
        ShareRule(
            part=part,
            whole=whole,
            ratio=None,
            constant=Interval.point(Fraction(3, 10)),
            label="share",
        )
    )
    net.run()
    assert net.bounds[whole] == Interval.point(Fraction(310000, 3))


def test_share_with_a_ratio_cell_narrows_the_ratio() -> None:
    """A ratio measure in percent is narrowed to part / whole, in percent."""
    net = Network()
    part = seeded(net, Interval.point(31000), "confirmed", whole=False)
    whole = seeded(net, Interval.closed(62000, 124000), "missing", whole=False)
    ratio = net.add_cell(Interval.closed(0, 100))
    net.add(
        ShareRule(
            part=part,
            whole=whole,
            ratio=ratio,
            constant=None,
            label="share",
            scales=(Fraction(1), Fraction(1), Fraction(1, 100)),
        )
    )
    net.run()
    assert net.bounds[ratio] == Interval.closed(25, 50)


def test_complete_accumulation_bounds_both_ways() -> None:
    """A complete accumulation makes the rise exactly the events in between."""
    net = Network()
    before = seeded(net, Interval.point(100), "before")
    after = net.add_cell(Interval.at_least(0), whole=True)
    event = seeded(net, Interval.closed(10, 20), "event")
    net.add(
        StepRule(
            earlier=before, later=after, sure=(event,), possible=(), complete=True, label="acc"
        )
    )
    net.run()
    assert net.bounds[after] == Interval.closed(110, 120)


def test_falling_total_empties_a_cell_and_reports_the_rule() -> None:
    """A later total below an earlier one is a failure naming the time rule."""
    net = Network()
    early = seeded(net, Interval.point(3000), "y2023")
    late = seeded(net, Interval.point(2000), "y2024")
    rule = net.add(
        StepRule(
            earlier=early, later=late, sure=(), possible=(), complete=False, label="never falls"
        )
    )
    (failure,) = net.run()
    assert failure.rules == (rule,)
    figures, _ = explain(*failure.reasons)
    assert set(figures) == {"y2023", "y2024"}


def test_negative_cycle_near_a_trillion_stops_quickly() -> None:
    """a ≤ b, b ≤ a − 1 with ends near 10^12 is declared diverged within the cap."""
    net = Network()
    a = seeded(net, Interval.closed(0, 10**12), "fa")
    b = seeded(net, Interval.closed(0, 10**12), "fb")
    net.add(LessEqualRule(a=a, b=b, offset=0, label="a ≤ b"))
    net.add(LessEqualRule(a=b, b=a, offset=-1, label="b ≤ a − 1"))
    (failure,) = net.run()
    assert failure.diverged
    assert set(failure.cells) == {a, b}
    assert net.applications <= 32 * 2 + 256


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 400), st.integers(-5, 5))
def test_chains_settle_in_linear_applications(n: int, offset: int) -> None:
    """A chain x0 ≤ x1 + k ≤ … carries x0's floor to the end in O(n) rule applications."""
    net = Network()
    cells = [seeded(net, Interval.closed(0, 10**9), "first")]
    cells += [net.add_cell(Interval.unbounded(), whole=True) for _ in range(n - 1)]
    for x, y in itertools.pairwise(cells):
        net.add(LessEqualRule(a=x, b=y, offset=offset, label="≤"))
    assert net.run() == []
    assert net.bounds[cells[-1]].lo == -offset * (n - 1)
    assert net.applications <= 4 * n


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=2, max_size=6),
    st.integers(-3, 3),
)
def test_propagation_never_loses_a_solution(ends: list[tuple[int, int]], offset: int) -> None:
    """Bounds after propagation still hold every point solution of the ≤ chain they started with."""
    ivs = [Interval.closed(min(a, b), max(a, b)) for a, b in ends]
    net = Network()
    cells = [net.add_cell(iv, whole=True) for iv in ivs]
    rules = [
        LessEqualRule(a=x, b=y, offset=offset, label="≤") for x, y in itertools.pairwise(cells)
    ]
    for r in rules:
        net.add(r)
    failures = net.run()
    # a greedy solution: the smallest value of each cell that respects the chain so far
    values: list[int] = []
    feasible = True
    for iv in ivs:
        low = int(iv.lo) if not values else max(int(iv.lo), values[-1] - offset)
        if low > iv.hi:
            feasible = False
            break
        values.append(low)
    assert feasible == (failures == [])
    if feasible:
        assert all(v in net.bounds[c] for v, c in zip(values, cells, strict=True))


def test_satisfiable_checks_a_few_rules_on_their_own() -> None:
    """satisfiable() says whether rules over given starting bounds can all hold."""
    rule = SumRule(total=1, parts=(2, 3), complete=True, label="s")
    ok = {1: Interval.point(31000), 2: Interval.point(3000), 3: Interval.point(28000)}
    assert satisfiable(ok, [rule])
    assert not satisfiable({**ok, 1: Interval.point(30000)}, [rule])


def test_a_diverging_cycle_does_not_stop_the_rest_of_the_network() -> None:
    """After a cycle is declared diverged, unrelated rules still reach their fixpoint."""
    net = Network()
    a = seeded(net, Interval.closed(0, 10**12), "fa")
    b = seeded(net, Interval.closed(0, 10**12), "fb")
    net.add(LessEqualRule(a=a, b=b, offset=0, label="a ≤ b"))
    net.add(LessEqualRule(a=b, b=a, offset=-1, label="b ≤ a − 1"))
    chain = [seeded(net, Interval.closed(5, 9), "start")]
    chain += [net.add_cell(Interval.unbounded(), whole=True) for _ in range(50)]
    for x, y in itertools.pairwise(chain):
        net.add(LessEqualRule(a=x, b=y, offset=0, label="≤"))
    failures = net.run()
    assert [f.diverged for f in failures] == [True]
    assert net.bounds[chain[-1]] == Interval.at_least(5)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.integers(0, 4), st.integers(-3, 3)),
        min_size=1,
        max_size=8,
    ),
    st.integers(10**12 - 10, 10**12),
)
def test_propagation_terminates_on_any_cycle_of_inequalities(
    edges: list[tuple[int, int, int]], top: int
) -> None:
    """Any set of a ≤ b + k rules over bounds near 10^12 stops within the retry allowance."""
    net = Network()
    cells = [seeded(net, Interval.closed(0, top), f"f{i}") for i in range(5)]
    rules = [(a, b, k) for a, b, k in edges if a != b]
    for a, b, k in rules:
        net.add(LessEqualRule(a=cells[a], b=cells[b], offset=k, label="≤"))
    net.run()
    assert net.applications <= 9 * (32 * len(rules) + 256)


def test_hitting_the_cap_without_a_proof_is_not_a_conflict() -> None:
    """Rules nearing a fixpoint forever (p = w/2, w = p + q) stop at sound bounds, no failure."""
    net = Network()
    w = net.add_cell(Interval.unbounded(), whole=False)
    p = seeded(net, Interval.closed(0, 100), "fp", whole=False)
    q = seeded(net, Interval.point(1), "fq", whole=False)
    half = Interval.point(Fraction(1, 2))
    net.add(ShareRule(part=p, whole=w, ratio=None, constant=half, label="s"))
    net.add(SumRule(total=w, parts=(p, q), complete=True, label="w = p + q"))
    assert net.run() == []
    assert 1 in net.bounds[p]
    assert 2 in net.bounds[w]
    assert net.bounds[p].width < Fraction(1, 1000)


def test_negative_cycle_through_a_running_total_is_proved() -> None:
    """A step rule and a ≤ rule whose offsets sum below zero are a diverged failure naming both."""
    net = Network()
    early = seeded(net, Interval.closed(0, 10**12), "fe")
    late = seeded(net, Interval.closed(0, 10**12), "fl")
    event = seeded(net, Interval.point(5), "fx")
    step = net.add(
        StepRule(earlier=early, later=late, sure=(event,), possible=(), complete=False, label="acc")
    )
    le = net.add(LessEqualRule(a=late, b=early, offset=2, label="late ≤ early + 2"))
    (failure,) = net.run()
    assert failure.diverged
    assert set(failure.rules) == {step, le}
    assert net.applications <= 32 * 2 + 256


def test_negative_cycle_among_unbounded_cells_is_found_when_rules_settle() -> None:
    """a ≤ b, b ≤ a − 1 over signed cells with no bound at all is still a failure."""
    net = Network()
    a = net.add_cell(Interval.unbounded())
    b = net.add_cell(Interval.unbounded())
    r1 = net.add(LessEqualRule(a=a, b=b, offset=0, label="a ≤ b"))
    r2 = net.add(LessEqualRule(a=b, b=a, offset=-1, label="b ≤ a − 1"))
    (failure,) = net.run()
    assert failure.diverged
    assert set(failure.rules) == {r1, r2}
    assert net.bounds[a].is_empty
    assert not satisfiable({}, [net.rules[r1], net.rules[r2]])
