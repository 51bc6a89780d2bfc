"""Tests of pwstats.propagate: rules, fixpoints, explanations and termination."""

from __future__ import annotations

import itertools
import math
import sys
from collections.abc import Sequence
from fractions import Fraction
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pwstats.interval import Interval
from pwstats.reconcile import propagate
from pwstats.reconcile.propagate import (
    FINE_BITS,
    LARGE_BITS,
    Explanations,
    LessEqualRule,
    Network,
    Reason,
    ShareRule,
    StepRule,
    SumRule,
    Why,
    explain,
    first_failure,
    outward,
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


def test_a_released_network_keeps_bounds_and_reasons_and_refuses_to_run() -> None:
    """After release the explanations still name rules by number; running again is an error."""
    net = Network()
    t = seeded(net, Interval.closed(100, 110), "ft")
    a = seeded(net, Interval.closed(30, 40), "fa")
    b = net.add_cell(Interval.at_least(0), whole=True)
    net.add(SumRule(total=t, parts=(a, b), complete=True, label="t = a + b"))
    assert net.run() == []
    net.release()
    assert net.rules == []
    assert net.bounds[b] == Interval.closed(60, 80)
    assert explain(net.lo_why[b]) == (("ft", "fa"), (0,))
    with pytest.raises(RuntimeError, match="released"):
        net.run()
    with pytest.raises(RuntimeError, match="released"):
        net.add(SumRule(total=t, parts=(a,), complete=False, label="t >= a"))


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
    """a ≤ b, b ≤ a − 1 with ends near 10^12 moves one unit a pass: it is declared
    diverged once the steps show a steady creep, a few passes in (not after
    :data:`CREEP_NARROWINGS` narrowings, nor at the cap)."""
    net = Network()
    a = seeded(net, Interval.closed(0, 10**12), "fa")
    b = seeded(net, Interval.closed(0, 10**12), "fb")
    net.add(LessEqualRule(a=a, b=b, offset=0, label="a ≤ b"))
    net.add(LessEqualRule(a=b, b=a, offset=-1, label="b ≤ a − 1"))
    (failure,) = net.run()
    assert failure.diverged
    assert set(failure.cells) == {a, b}
    assert net.applications < propagate.CREEP_NARROWINGS


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


def test_first_failure_names_the_callers_cells_and_rules() -> None:
    """first_failure() names cells by the caller's numbers and rules by their positions,
    and a cell empty from the start is a failure of no rule, with its reason."""
    sum_rule = SumRule(total=1, parts=(2, 3), complete=True, label="s")
    le = LessEqualRule(a=2, b=5, offset=0, label="a ≤ b")
    bounds = {1: Interval.point(30000), 2: Interval.point(3000), 3: Interval.point(28000)}
    failure = first_failure(bounds, [le, sum_rule], why={2: "x"})
    assert failure is not None
    assert set(failure.cells) <= {1, 2, 3}
    assert failure.rules == (1,)
    assert "x" in explain(*failure.reasons)[0]
    assert first_failure({**bounds, 1: Interval.point(31000)}, [le, sum_rule]) is None
    empty = first_failure({4: Interval.empty()}, [le], why={4: "y"})
    assert empty is not None
    assert (empty.cells, empty.rules, explain(*empty.reasons)[0]) == ((4,), (), ("y",))


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


def test_a_bound_run_up_a_multiplying_cycle_stops_within_a_few_passes() -> None:
    """x = y/3 and y ≤ x push x's floor up threefold a pass (1, 3, 9, …): a bound whose
    steps keep doubling is frozen where it stands after a few passes, not at the cap, and
    no conflict is claimed (none is proved)."""
    net = Network()
    x = seeded(net, Interval(1, math.inf), "fx")
    y = net.add_cell(Interval.unbounded())
    third = Interval.point(Fraction(1, 3))
    net.add(ShareRule(part=x, whole=y, ratio=None, constant=third, label="x = y/3"))
    net.add(LessEqualRule(a=y, b=x, offset=0, label="y ≤ x"))
    assert net.run() == []
    assert net.frozen[x]
    assert net.frozen[y]
    assert net.bounds[x].lo >= 3**4  # sound: each floor was proved before it froze
    assert net.applications <= 32


@pytest.mark.parametrize("top", [10**6, 10**12, 10**100])
def test_a_multiplying_cycle_with_a_finite_other_end_runs_to_its_conflict(top: int) -> None:
    """x in [1, top], x = y/3 and y ≤ x: x's floor triples a pass and its ceiling falls
    by a third, so they meet within a few dozen passes; nothing is frozen and the
    conflict (y = 3x ≤ x asks x ≤ 0) is found."""
    net = Network()
    x = seeded(net, Interval.closed(1, top), "fx")
    y = net.add_cell(Interval.unbounded())
    third = Interval.point(Fraction(1, 3))
    net.add(ShareRule(part=x, whole=y, ratio=None, constant=third, label="x = y/3"))
    net.add(LessEqualRule(a=y, b=x, offset=0, label="y ≤ x"))
    (failure,) = net.run()
    assert x in failure.cells or y in failure.cells
    assert not net.frozen[x]


def test_floors_rising_faster_from_many_figures_are_not_a_runaway() -> None:
    """t ≥ 2, t ≥ 4, …, t ≥ 4096 (twelve ≤ rules, each from its own figure): t's floor
    doubles rule by rule, but from other cells, not round a cycle of its own: it is not
    frozen, and reaches 4,096."""
    net = Network()
    t = net.add_cell(Interval.unbounded())
    for i in range(1, 13):
        a = seeded(net, Interval.point(2**i), f"a{i}")
        net.add(LessEqualRule(a=a, b=t, offset=0, label=f"a{i} ≤ t"))
    assert net.run() == []
    assert net.bounds[t] == Interval(4096, math.inf)
    assert not net.frozen[t]


def _runaway_of_complete_sums() -> tuple[Network, int, int]:
    """t = 3x and x = t (complete sums), x at least 1, run: the network and x and t."""
    net = Network()
    x = seeded(net, Interval(1, math.inf), "fx")
    t = net.add_cell(Interval.unbounded())
    one, three = Fraction(1), Fraction(3)
    net.add(SumRule(total=t, parts=(x,), complete=True, label="t = 3x", scales=(one, three)))
    net.add(SumRule(total=x, parts=(t,), complete=True, label="x = t"))
    assert net.run() == []
    return net, x, t


def test_a_runaway_total_of_a_complete_sum_stays_frozen() -> None:
    """t = 3x and x = t (complete sums): x's floor runs away; a complete sum proposes
    +inf for its total's ceiling every time it fires, which narrows nothing, so the
    runaway stays frozen instead of running on to the cap."""
    net, _, _ = _runaway_of_complete_sums()
    assert net.applications <= 32


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


# -- bounded size: ends rounded outwards ---------------------------------------------------

EXTREME_ENDS = st.sampled_from(
    [
        0,
        1,
        -1,
        int(sys.float_info.max),
        -int(sys.float_info.max),
        Fraction(1, 2**3000),
        Fraction(3, 2**3000 + 1),
        Fraction(-7, 10**999 + 3),
        Fraction(2**1000 + 1, 3),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.integers(-(2**40), 2**40),
        st.fractions(),
        EXTREME_ENDS,
        st.builds(lambda x: x * x, EXTREME_ENDS),
        st.builds(lambda x: x**3, EXTREME_ENDS),
    ),
    st.booleans(),
    st.booleans(),
    st.integers(0, 20),
    st.integers(0, 20),
)
def test_outward_only_widens_and_bounds_the_size(
    value: int | Fraction, closed: bool, high: bool, fine_bits: int, large_bits: int
) -> None:
    """An end rounded outwards lets through every value the exact end did, and fits the grid."""
    rounded, rounded_closed = outward(
        value, closed, high=high, fine_bits=fine_bits, large_bits=large_bits
    )
    if rounded == value:
        assert rounded_closed == closed
        return
    assert not rounded_closed
    assert rounded > value if high else rounded < value
    if not isinstance(rounded, float):
        assert abs(rounded) <= 2**large_bits
        assert Fraction(rounded).denominator <= 2**fine_bits
        # and no coarser than it must be: one grid step or the magnitude cap away
        assert abs(rounded - value) <= Fraction(1, 2**fine_bits) or abs(value) > 2**large_bits


def test_ends_within_twice_the_limit_are_kept_exact() -> None:
    """Products of two numbers within the limit (1e308, 10^-1000 fine) are not rounded."""
    big, fine = int(sys.float_info.max), Fraction(1, 10**1000 - 1)
    for value in (big * big, -big * big, fine * fine, fine * Fraction(1, 10**1000 + 1)):
        for high in (True, False):
            assert outward(value, True, high=high) == (value, True)


#: Values the brute force tries for each cell: thirds in [-2, 2] (whole cells: integers).
GRID = [Fraction(k, 3) for k in range(-6, 7)]
SMALL_ENDS = st.sampled_from([Fraction(k, 2) for k in range(-4, 5)])
RATIOS = st.sampled_from([Fraction(1, 3), Fraction(1, 2), Fraction(2, 3), 1, Fraction(3, 2), 2])


@st.composite
def small_networks(
    draw: st.DrawFn,
) -> tuple[list[Interval], list[bool], list[SumRule | LessEqualRule | ShareRule]]:
    """Three cells with small starting bounds and one to three rules of every kind."""
    starts = []
    for _ in range(3):
        lo = draw(st.one_of(st.none(), SMALL_ENDS))
        hi = draw(st.one_of(st.none(), SMALL_ENDS))
        if lo is not None and hi is not None and hi < lo:
            lo, hi = hi, lo
        starts.append(
            Interval(
                -math.inf if lo is None else lo,
                math.inf if hi is None else hi,
                lo_closed=lo is not None,
                hi_closed=hi is not None,
            )
        )
    whole = draw(st.lists(st.booleans(), min_size=3, max_size=3))
    rules: list[SumRule | LessEqualRule | ShareRule] = []
    for _ in range(draw(st.integers(1, 3))):
        x, y, z = draw(st.permutations([0, 1, 2]))
        kind = draw(st.sampled_from(["sum", "le", "share", "share of a cell"]))
        if kind == "sum":
            rules.append(SumRule(total=x, parts=(y, z), complete=draw(st.booleans()), label="s"))
        elif kind == "le":
            offset = draw(st.sampled_from([-1, 0, Fraction(1, 3), 1]))
            rules.append(LessEqualRule(a=x, b=y, offset=offset, label="≤"))
        elif kind == "share":
            lo, hi = sorted([draw(RATIOS), draw(RATIOS)])
            ratio = Interval.closed(lo, hi)
            rules.append(ShareRule(part=x, whole=y, ratio=None, constant=ratio, label="c"))
        else:
            rules.append(ShareRule(part=x, whole=y, ratio=z, constant=None, label="r"))
    return starts, whole, rules


def _holds(rule: SumRule | LessEqualRule | ShareRule, v: Sequence[Fraction]) -> bool:
    if isinstance(rule, SumRule):
        rest = v[rule.total] - sum(v[p] for p in rule.parts)
        return rest == 0 if rule.complete else rest >= 0
    if isinstance(rule, LessEqualRule):
        return v[rule.a] <= v[rule.b] + rule.offset
    if rule.ratio is None:
        assert rule.constant is not None
        part, whole = v[rule.part], v[rule.whole]
        return part == 0 if whole == 0 else part / whole in rule.constant
    return v[rule.part] == v[rule.ratio] * v[rule.whole]


@settings(max_examples=150, deadline=None)
@given(small_networks(), st.integers(0, 2), st.integers(1, 3))
def test_rounded_propagation_keeps_every_solution(
    network: tuple[list[Interval], list[bool], list[SumRule | LessEqualRule | ShareRule]],
    fine_bits: int,
    large_bits: int,
) -> None:
    """Rounding bounds to a coarse grid loses no solution: checked against brute force.

    Every assignment of grid values that satisfies the starting bounds and every rule
    lies within the propagated bounds, and no failure is reported when one exists —
    even with the grid as coarse as halves and magnitudes capped at 2, so that almost
    every end a rule proposes is rounded.
    """
    starts, whole, rules = network
    net = Network(fine_bits=fine_bits, large_bits=large_bits)
    cells = [net.add_cell(iv, whole=w) for iv, w in zip(starts, whole, strict=True)]
    for r in rules:
        net.add(r)
    with mock.patch.object(propagate, "_FINE_DENOMINATOR", 1 << fine_bits):  # sums too
        failures = net.run()
    choices = [
        [g for g in GRID if g in iv and (not w or g.denominator == 1)]
        for iv, w in zip(starts, whole, strict=True)
    ]
    for values in itertools.product(*choices):
        if all(_holds(r, values) for r in rules):
            assert failures == [], f"a failure, though {values} satisfies every rule"
            for c, value in zip(cells, values, strict=True):
                assert value in net.bounds[c], f"{value} lost from cell {c}: {net.bounds[c]}"


def _extreme_share_network() -> tuple[Network, list[int]]:
    """t = a + b, a = s × t, a ≤ t + 2^-3000, with a share of at most 2^-3000 (issue 15)."""
    net = Network()
    tiny = Fraction(1, 2**3000)
    t = seeded(net, Interval.closed(tiny, 10**300), "ft", whole=False)
    s = seeded(net, Interval.closed(0, tiny), "fs", whole=False)
    b = seeded(net, Interval.point(Fraction(3, 2**3000 + 1)), "fb", whole=False)
    a = net.add_cell(Interval.unbounded())
    net.add(SumRule(total=t, parts=(a, b), complete=True, label="sum"))
    net.add(ShareRule(part=a, whole=t, ratio=s, constant=None, label="share"))
    net.add(LessEqualRule(a=a, b=t, offset=tiny, label="≤"))
    return net, [t, s, b, a]


def test_a_share_of_two_to_the_minus_3000_settles_with_bounded_numbers() -> None:
    """Issue 15: denominators no longer grow by 3,000 bits per step until the cap (10 s)."""
    net, cells = _extreme_share_network()
    assert net.run() == []
    for c in cells:
        for end in (net.bounds[c].lo, net.bounds[c].hi):
            if not isinstance(end, float):
                assert Fraction(end).denominator <= 2**FINE_BITS
                assert abs(end) <= 2**LARGE_BITS
    assert net.applications < 100
    # sound: t = b / (1 − s) for s in [0, 2^-3000], so t's bounds hold both extremes
    b = Fraction(3, 2**3000 + 1)
    assert b in net.bounds[cells[0]]
    assert b / (1 - Fraction(1, 2**3000)) in net.bounds[cells[0]]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1, 50), min_size=2, max_size=8),
    st.integers(0, 3),
    st.data(),
)
def test_sums_of_parts_of_many_denominators_are_rounded_outwards(
    denominators: list[int], fine_bits: int, data: st.DataObject
) -> None:
    """A complete sum of parts 1/q rounded on a coarse grid still holds the exact sum.

    The running sums of low and high ends are rounded outwards, so the total's bounds
    contain Σ 1/q and each part's bounds contain 1/q, checked exactly.
    """
    net = Network(fine_bits=fine_bits)
    parts = [net.add_cell(Interval.point(Fraction(1, q))) for q in denominators]
    width = data.draw(st.sampled_from([0, Fraction(1, 7), 1]))
    exact = sum(Fraction(1, q) for q in denominators)
    total = net.add_cell(Interval.closed(exact - width, exact + width))
    net.add(SumRule(total=total, parts=tuple(parts), complete=True, label="s"))
    with mock.patch.object(propagate, "_FINE_DENOMINATOR", 1 << fine_bits):
        assert net.run() == []
    assert exact in net.bounds[total]
    for c, q in zip(parts, denominators, strict=True):
        assert Fraction(1, q) in net.bounds[c]


def test_a_sum_of_200_parts_of_distinct_fine_denominators_stays_small() -> None:
    """Parts of 1/(10^999 + k) sum on a bounded grid: the total's ends stay small (issue 15)."""
    net = Network()
    parts = [net.add_cell(Interval.point(Fraction(1, 10**999 + 2 * k + 1))) for k in range(200)]
    total = net.add_cell(Interval.unbounded())
    net.add(SumRule(total=total, parts=tuple(parts), complete=True, label="s"))
    assert net.run() == []
    exact = sum(Fraction(1, 10**999 + 2 * k + 1) for k in range(200))
    assert exact in net.bounds[total]
    for end in (net.bounds[total].lo, net.bounds[total].hi):
        assert Fraction(end).denominator <= 2**FINE_BITS


def test_a_network_rejects_negative_sizes() -> None:
    """Network(fine_bits=-1) is a ValueError naming both sizes."""
    with pytest.raises(ValueError, match="fine_bits and large_bits"):
        Network(fine_bits=-1)


@settings(max_examples=150, deadline=None)
@given(small_networks())
def test_rules_leave_out_only_proposals_the_network_would_drop(
    network: tuple[list[Interval], list[bool], list[SumRule | LessEqualRule | ShareRule]],
) -> None:
    """Rules that skip proposals no tighter than the bound give the bounds and failures
    of making every proposal (the fast path equals the general one)."""
    starts, whole, rules = network

    def run() -> tuple[list[Interval], int]:
        net = Network()
        for iv, w in zip(starts, whole, strict=True):
            net.add_cell(iv, whole=w)
        for r in rules:
            net.add(r)
        return list(net.bounds), len(net.run())

    fast = run()
    with mock.patch.object(propagate, "EVERY_PROPOSAL", True):
        full = run()
    assert fast[0] == full[0]
    assert fast[1] == full[1]


_ENDS = st.one_of(st.none(), st.integers(-50, 50))


@st.composite
def _bounded(draw: st.DrawFn) -> Interval:
    lo, hi = draw(_ENDS), draw(_ENDS)
    lo_end = -math.inf if lo is None else lo
    hi_end = math.inf if hi is None else hi
    if lo_end > hi_end:
        lo_end, hi_end = hi_end, lo_end
    return Interval.closed(lo_end, hi_end)


@given(st.lists(_bounded(), min_size=2, max_size=8))
def test_never_falls_rule_narrows_as_a_step_rule_with_no_events(cells: list[Interval]) -> None:
    """The lean time rule of a long series gives the bounds, failures and reasons of StepRule."""

    def settle(lean: bool) -> tuple[list[Interval], list[bool], list[object]]:
        net = Network()
        made = [
            net.add_cell(iv, whole=True, lo_why=f"lo{i}", hi_why=f"hi{i}")
            for i, iv in enumerate(cells)
        ]
        for a, b in itertools.pairwise(made):
            if lean:
                net.add(propagate.NeverFallsRule(earlier=a, later=b, label="t never falls"))
            else:
                net.add(
                    StepRule(
                        earlier=a,
                        later=b,
                        sure=(),
                        possible=(),
                        complete=False,
                        label="t never falls",
                    )
                )
        failed = [f.cells for f in net.run()]
        whys = [explain(net.lo_why[c], net.hi_why[c]) for c in made]
        return net.bounds, [bool(f) for f in failed], whys

    assert settle(lean=True) == settle(lean=False)


@st.composite
def _reason_dags(draw: st.DrawFn) -> list[Why]:
    """Reasons over a few figures and rules: chains (one parent, a reason), reasons of
    several parents, shared parents, figure ids and None among parents."""
    made: list[Why] = [None]
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(st.sampled_from(["seed", "chain", "chain", "chain", "many"]))
        if kind == "seed":
            made.append(draw(st.sampled_from(["a", "b", "c", "d"])))
            continue
        rule = draw(st.one_of(st.none(), st.integers(0, 12)))
        figures = tuple(draw(st.lists(st.sampled_from("abcde"), max_size=2)))
        if kind == "chain":
            parents: tuple[Why, ...] = (draw(st.sampled_from(made)),)
            if draw(st.booleans()):
                parents += (None,)
        else:
            parents = tuple(draw(st.lists(st.sampled_from(made), min_size=2, max_size=4)))
        made.append(Reason(figures=figures, rule=rule, parents=parents))
    return made


@given(_reason_dags(), st.data())
@settings(max_examples=300, deadline=None)
def test_explanations_are_explain_with_each_key_once(made: list[Why], data: st.DataObject) -> None:
    """Remembered explanations, asked in any order and again, are exactly explain()'s
    figures, and its rules where each key first comes (a rule's key here: its number
    modulo 3, so that chains of different rules share keys)."""
    explained = Explanations(lambda rule: rule % 3)
    for _ in range(4):
        roots = data.draw(st.lists(st.sampled_from(made), min_size=1, max_size=3))
        figures, rules = explain(*roots)
        first: dict[int, int] = {}
        for rule in rules:
            first.setdefault(rule % 3, rule)
        assert explained(*roots) == (figures, tuple(first.values()))


def test_explaining_each_link_of_a_long_chain_is_linear() -> None:
    """A running total's bound at its N-th date rests on N "never falls" rules: each of
    N explanations takes the rest from the one before (was a walk of the whole chain)."""
    chain: Why = "seed"
    links = []
    for rule in range(20_000):
        chain = Reason(rule=rule, parents=(chain,))
        links.append(chain)
    explained = Explanations(lambda rule: "never falls")
    steps = mock.Mock(wraps=propagate._single_parent)
    with mock.patch.object(propagate, "_single_parent", steps):
        for link in links:
            assert explained(link) == (("seed",), (link.rule,))
    assert steps.call_count <= 3 * len(links)  # a whole walk each: 200 million


def test_a_chain_too_long_to_remember_is_walked_and_explained_alike() -> None:
    """Links that each add a figure outgrow what is remembered: they are walked, with the
    same answer as explain(), asked from the top down and from the bottom up."""
    chain: Why = "seed"
    links = []
    for rule in range(300):
        chain = Reason(figures=(f"f{rule}",), rule=rule, parents=(chain,))
        links.append(chain)
    for order in (links[::-1], links):
        explained = Explanations(lambda rule: rule % 2)
        for link in order:
            figures, rules = explain(link)
            assert explained(link) == (figures, rules[:2])


def test_a_chain_over_a_sum_of_many_parts_is_remembered_link_by_link() -> None:
    """A running total's chain over a sum of 70 stated parts: each explanation names 70
    figures, yet the links add none, so each is remembered at the cost of its rules and
    explaining all N links stays linear (they were walked whole, each, past 64 figures)."""
    base = Reason(rule=0, parents=tuple(f"p{i}" for i in range(70)))
    chain: Why = base
    links = []
    for rule in range(1, 5_001):
        chain = Reason(rule=rule, parents=(chain,))
        links.append(chain)
    explained = Explanations(lambda rule: "sum" if rule == 0 else "never falls")
    steps = mock.Mock(wraps=propagate._single_parent)
    with mock.patch.object(propagate, "_single_parent", steps):
        for link in links:
            figures, rules = explained(link)
            assert (len(figures), rules) == (70, (link.rule, 0))
    assert steps.call_count <= 3 * len(links)


def test_an_explanation_through_a_querys_rule_is_not_remembered() -> None:
    """What a walk through a rule a query made found depends on how that query reads the
    rule: another view reading it otherwise gets its own answer (it got the first's)."""
    base = Reason(rule=0, parents=("a",))
    made = Reason(rule=10, parents=("b",))
    top = Reason(rule=1, parents=(Reason(parents=(base, made)),))
    explained = Explanations(lambda rule: "never falls", 10)
    assert explained.extended(lambda rule: "never falls")(top) == (("a", "b"), (1,))
    other = explained.extended(lambda rule: "never falls" if rule < 10 else "query")
    assert other(top) == (("a", "b"), (1, 10))


def test_a_restored_network_is_as_its_snapshot_found_it() -> None:
    """t = 3x and x = t leave x's floor frozen as a runaway; a run again from other
    starts thaws and moves the cells; restoring the snapshot puts back every bound,
    reason, dead and frozen flag, and which side ran away (a later run then treats
    the frozen cell as the first run left it)."""
    net, x, t = _runaway_of_complete_sums()
    assert any(net.frozen)
    before = net.snapshot()
    ran_away = dict(net._ran_away)
    assert ran_away
    net.run_again({x: (Interval.point(2), "fy", "fy"), t: (Interval.point(7), None, None)})
    assert (net.bounds, net.frozen, net._ran_away) != (before.bounds, before.frozen, ran_away)
    net.restore(before)
    assert net.snapshot() == before
    assert net._ran_away == ran_away
