"""Laws of pwstats.interval: lattice, arithmetic, integers, text and exactness."""

from __future__ import annotations

import itertools
import math
import numbers
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from pwstats import Interval, ParseError
from pwstats.strategies import intervals, members

# -- lattice ------------------------------------------------------------------------


@given(intervals(allow_empty=True), intervals(allow_empty=True))
def test_intersection_commutes(a: Interval, b: Interval) -> None:
    """a & b == b & a."""
    assert a & b == b & a


@given(intervals(allow_empty=True), intervals(allow_empty=True), intervals(allow_empty=True))
def test_intersection_associates(a: Interval, b: Interval, c: Interval) -> None:
    """(a & b) & c == a & (b & c)."""
    assert (a & b) & c == a & (b & c)


@given(intervals(allow_empty=True), intervals(allow_empty=True))
def test_hull_commutes(a: Interval, b: Interval) -> None:
    """a.hull(b) == b.hull(a)."""
    assert a.hull(b) == b.hull(a)


@given(intervals(allow_empty=True), intervals(allow_empty=True), intervals(allow_empty=True))
def test_hull_associates(a: Interval, b: Interval, c: Interval) -> None:
    """a.hull(b).hull(c) == a.hull(b.hull(c))."""
    assert a.hull(b).hull(c) == a.hull(b.hull(c))


@given(intervals(allow_empty=True), st.integers() | st.fractions())
def test_contains_a_number_is_membership(a: Interval, x: int | Fraction) -> None:
    """a.contains(x) for a number x is x in a, and a.contains of its point interval."""
    assert a.contains(x) == (x in a) == a.contains(Interval.point(x))


@pytest.mark.parametrize("other", ["5", None, True])
def test_contains_refuses_what_is_no_number_or_interval(other: object) -> None:
    """Interval.contains of neither a number nor an interval is a TypeError, as for `in`."""
    with pytest.raises(TypeError, match="number must be"):
        Interval.closed(0, 10).contains(other)  # type: ignore[arg-type]


@given(intervals(allow_empty=True), intervals(allow_empty=True))
def test_absorption(a: Interval, b: Interval) -> None:
    """a & a.hull(b) == a, and a.hull(a & b) == a."""
    assert a & a.hull(b) == a
    assert a.hull(a & b) == a


@given(intervals(allow_empty=True), intervals(allow_empty=True))
def test_hull_contains_both(a: Interval, b: Interval) -> None:
    """The hull contains each of the two intervals."""
    h = a.hull(b)
    assert h.contains(a)
    assert h.contains(b)


@given(intervals(allow_empty=True), intervals(allow_empty=True))
def test_intersection_is_contained_in_both(a: Interval, b: Interval) -> None:
    """a & b is inside a and inside b, and overlaps() says whether it has a member."""
    both = a & b
    assert a.contains(both)
    assert b.contains(both)
    assert a.overlaps(b) == (not both.is_empty)


@given(
    intervals(min_value=-2, max_value=2, allow_empty=True),
    intervals(min_value=-2, max_value=2, allow_empty=True),
)
def test_overlaps_at_shared_ends(a: Interval, b: Interval) -> None:
    """overlaps() is true exactly when some number is in both, ends that touch included
    (brute force over every end and every midpoint between two ends: two intervals
    that share a number share one of those)."""
    ends = sorted({x for iv in (a, b) if not iv.is_empty for x in (iv.lo, iv.hi)})
    candidates = [*ends, *(Fraction(x + y) / 2 for x, y in itertools.pairwise(ends))]
    assert a.overlaps(b) == any(x in a and x in b for x in candidates)
    assert a.overlaps(b) == b.overlaps(a) == (not (a & b).is_empty)


@given(st.data(), intervals(), intervals())
def test_members_of_both_are_members_of_intersection(
    data: st.DataObject, a: Interval, b: Interval
) -> None:
    """A number in a and in b is in a & b; a number in a is in a.hull(b)."""
    x = data.draw(members(a))
    assert x in a.hull(b)
    assert (x in b) == (x in (a & b))


# -- arithmetic ---------------------------------------------------------------------


@given(st.data(), intervals(), intervals())
def test_addition_and_subtraction_include_every_result(
    data: st.DataObject, a: Interval, b: Interval
) -> None:
    """x in A and y in B imply x + y in A + B and x − y in A − B."""
    x, y = data.draw(members(a)), data.draw(members(b))
    assert x + y in a + b
    assert x - y in a - b


@given(st.data(), intervals(), intervals())
def test_multiplication_includes_every_product(
    data: st.DataObject, a: Interval, b: Interval
) -> None:
    """x in A and y in B imply x * y in A * B."""
    x, y = data.draw(members(a)), data.draw(members(b))
    assert x * y in a * b


@given(st.data(), intervals(), intervals())
def test_division_includes_every_quotient(data: st.DataObject, a: Interval, b: Interval) -> None:
    """x in A and y in B, with 0 not in B, imply x / y in A / B."""
    assume(0 not in b)
    x, y = data.draw(members(a)), data.draw(members(b))
    assert Fraction(x) / Fraction(y) in a / b


@given(st.data(), intervals(min_value=-1000, max_value=1000, allow_infinite=False))
def test_closed_ends_of_a_bounded_sum_are_attained(data: st.DataObject, a: Interval) -> None:
    """The sum of bounded intervals is exactly the set of sums: its closed ends are reached."""
    b = data.draw(intervals(min_value=-1000, max_value=1000, allow_infinite=False))
    total = a + b
    assert total.lo_closed == (a.lo_closed and b.lo_closed)
    assert total.hi_closed == (a.hi_closed and b.hi_closed)
    assert total.lo == a.lo + b.lo
    assert total.hi == a.hi + b.hi


@given(intervals(), st.data())
def test_division_by_an_interval_holding_zero_is_refused(a: Interval, data: st.DataObject) -> None:
    """Dividing by an interval that contains 0 raises ZeroDivisionError saying so."""
    b = data.draw(intervals().filter(lambda iv: 0 in iv))
    with pytest.raises(ZeroDivisionError, match="contains 0"):
        _ = a / b


def test_division_by_zero_number_is_refused() -> None:
    """Dividing an interval by the number 0 raises ZeroDivisionError."""
    with pytest.raises(ZeroDivisionError, match="contains 0"):
        _ = Interval.closed(1, 2) / 0


@given(intervals(), intervals())
def test_subtraction_is_adding_the_negation(a: Interval, b: Interval) -> None:
    """a − b == a + (−b), and −(−a) == a."""
    assert a - b == a + (-b)
    negated = -a
    assert -negated == a


@given(intervals(allow_empty=True), st.integers(-100, 100))
def test_numbers_act_as_points(a: Interval, n: int) -> None:
    """Adding or multiplying by a number is the same as by its point interval."""
    assert a + n == a + Interval.point(n) == n + a
    assert a * n == a * Interval.point(n) == n * a


# -- integers -------------------------------------------------------------------------


@given(intervals(min_value=-60, max_value=60, allow_empty=True))
def test_integral_keeps_exactly_the_integers(a: Interval) -> None:
    """For every integer n in a window, n in iv ⇔ n in iv.integral()."""
    whole = a.integral()
    for n in range(-70, 71):
        assert (n in a) == (n in whole), n


@given(intervals(allow_empty=True))
def test_integral_has_closed_integer_ends(a: Interval) -> None:
    """Finite ends of integral() are closed ints, and integral() is idempotent."""
    whole = a.integral()
    assert whole.integral() == whole
    assert a.contains(whole)
    for end, closed in ((whole.lo, whole.lo_closed), (whole.hi, whole.hi_closed)):
        if not whole.is_empty and not math.isinf(end):
            assert type(end) is int
            assert closed


def test_more_than_230_as_integers_is_at_least_231() -> None:
    """ "More than 230" people means at least 231 of them."""
    assert Interval.more_than(230).integral() == Interval.at_least(231)


@given(intervals(integral=True))
def test_integral_strategy_gives_integral_intervals(a: Interval) -> None:
    """intervals(integral=True) draws only intervals that are their own integral()."""
    assert a.integral() == a


# -- text ---------------------------------------------------------------------------


@given(intervals(allow_empty=True))
def test_parse_reads_str_back(a: Interval) -> None:
    """Interval.parse(str(iv)) == iv, ends and openness included."""
    back = Interval.parse(str(a))
    assert back == a
    assert (back.lo_closed, back.hi_closed) == (a.lo_closed, a.hi_closed)


#: Numbers that carry intervals past the largest float (about 1.8e308) and past Python's
#: 4,300-digit str limit, and fractions finer than a data file holds.
_SCALES = st.sampled_from(
    [1, -1, 17 * 10**307, 10**400, -(10**1000), Fraction(1, 3**700), Fraction(10**5000 + 1, 7)]
)
_ANY_SIZE = st.one_of(
    intervals(allow_empty=True),
    intervals(min_value=-(10**400), max_value=10**400, allow_empty=True),
    intervals(min_value=17 * 10**307, allow_empty=True),
    intervals(max_value=-(10**309), allow_empty=True),
)


@given(a=_ANY_SIZE, b=_ANY_SIZE, k=_SCALES)
@example(a=Interval.closed(17 * 10**307, 17 * 10**307), b=Interval.point(10**308), k=1)
@example(a=Interval.more_than(10**400), b=Interval.empty(), k=Fraction(1, 3**700))
@settings(max_examples=200)
def test_parse_reads_back_huge_intervals_pwstats_prints(
    a: Interval, b: Interval, k: object
) -> None:
    """parse(str(iv)) == iv for sums and scalings beyond 1.8e308, huge ints and fine Fractions,
    open, closed and infinite ends alike (a total of numbers near the limit printed, then read)."""
    for iv in (a, a + b, a * k, a * k + b * k, (a + b) * k - b):
        back = Interval.parse(str(iv))
        assert back == iv
        assert (back.lo_closed, back.hi_closed) == (iv.lo_closed, iv.hi_closed)


def test_parse_of_a_total_beyond_the_largest_float_round_trips() -> None:
    """A sum of three numbers near 1.8e308 printed and read back was a ParseError "too large"."""
    total = Interval.closed(17 * 10**307, 17 * 10**307) * 3
    assert Interval.parse(str(total)) == total
    assert Interval.parse(f"[{10**400}, {2 * 10**400}]") == Interval.closed(10**400, 2 * 10**400)


def test_parse_refuses_an_end_longer_than_it_reads_quickly() -> None:
    """An end of more than MAX_END_TEXT characters is a ParseError naming the limit."""
    from pwstats.interval import MAX_END_TEXT

    with pytest.raises(ParseError, match="too long"):
        Interval.parse("[0, " + "9" * (MAX_END_TEXT + 1) + "]")


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("2500, 2600", 0),
        ("[2500; 2600]", 5),
        ("[abc, 2]", 1),
        ("[3, 1]", 1),
        ("[-inf, 3]", 0),
        ("(1, 1]", 0),
        ("[1/0, 2]", 1),
        ("  [x, 2]", 3),
    ],
)
def test_malformed_notation_is_a_located_parse_error(text: str, position: int) -> None:
    """Malformed interval notation raises ParseError naming where reading failed."""
    with pytest.raises(ParseError) as info:
        Interval.parse(text)
    assert info.value.position == position
    assert info.value.text == text
    assert f"at character {position}" in str(info.value)


def test_parse_rejects_non_text() -> None:
    """Interval.parse of something that is not a str is a TypeError."""
    with pytest.raises(TypeError, match="expects str"):
        Interval.parse(b"[1, 2]")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[2500, 2600)", Interval.closed_open(2500, 2600)),
        ("(230, +inf)", Interval.more_than(230)),
        ("(-inf, inf)", Interval.unbounded()),
        ("[1/3, 0.5]", Interval.closed(Fraction(1, 3), Fraction(1, 2))),
        (" empty ", Interval.empty()),
        ("[ 2 ,3 ]", Interval.closed(2, 3)),
    ],
)
def test_parse_reads_notation(text: str, expected: Interval) -> None:
    """Interval.parse reads the usual notation, spaces and fractions exactly."""
    assert Interval.parse(text) == expected


# -- exactness ------------------------------------------------------------------------


def test_float_ends_are_converted_exactly() -> None:
    """A float end becomes the exact Fraction of its binary value, never rounded."""
    iv = Interval.closed(0.1, 1)
    assert iv.lo == Fraction(0.1)
    assert iv.lo != Fraction(1, 10)
    assert Interval.parse(str(iv)) == iv


def test_decimal_ends_are_exact() -> None:
    """A Decimal end keeps its decimal value exactly."""
    assert Interval.point(Decimal("0.1")).lo == Fraction(1, 10)


@pytest.mark.parametrize("bad", [math.nan, Decimal("NaN")])
def test_nan_is_rejected(bad: float | Decimal) -> None:
    """NaN is neither an end nor a member, and the error says so."""
    with pytest.raises(ValueError, match="NaN"):
        Interval.closed(bad, 1)
    with pytest.raises(ValueError, match="NaN"):
        _ = bad in Interval.closed(0, 1)


@pytest.mark.parametrize("bad", [True, "3", None])
def test_non_numbers_are_rejected(bad: object) -> None:
    """Booleans, text and None are not interval ends."""
    with pytest.raises(TypeError, match="lower end must be"):
        Interval.closed(bad, 1)


@given(intervals(allow_empty=True))
def test_infinite_ends_are_open(a: Interval) -> None:
    """An infinite end is never closed."""
    if math.isinf(a.lo):
        assert not a.lo_closed
    if math.isinf(a.hi):
        assert not a.hi_closed


def test_closed_infinite_ends_are_opened() -> None:
    """Asking for a closed infinite end gives an open one."""
    iv = Interval.closed(-math.inf, math.inf)
    assert iv == Interval.unbounded()
    assert not iv.lo_closed
    assert not iv.hi_closed


@pytest.mark.parametrize(
    "empty",
    [
        Interval.open(1, 1),
        Interval.closed(2, 1),
        Interval.closed_open(5, 5),
        Interval.point(math.inf),
        Interval.closed(3, 4) & Interval.closed(5, 6),
    ],
)
def test_all_empties_are_equal(empty: Interval) -> None:
    """Every interval without a member is the one empty interval."""
    assert empty.is_empty
    assert empty == Interval.empty()
    assert hash(empty) == hash(Interval.empty())
    assert str(empty) == "empty"


@given(intervals(allow_empty=True))
def test_emptiness_means_no_member(a: Interval) -> None:
    """An empty interval has width 0 and is no point; any other contains itself."""
    if a.is_empty:
        assert a.width == 0
        assert not a.is_point
    else:
        assert a.contains(a)
        assert a.width >= 0


@given(intervals(allow_empty=True), intervals(allow_empty=True), st.integers(-50, 50))
def test_every_result_is_a_frozen_interval(a: Interval, b: Interval, n: int) -> None:
    """Constructors, lattice operations and arithmetic all give frozen Intervals."""
    results = [Interval.closed(n, n + abs(n)), a & b, a.hull(b), a + b, a - b, a * b, -a]
    results.append(a.integral())
    for r in results:
        assert type(r) is Interval
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            r.lo = 0  # type: ignore[misc]
        assert r == Interval.parse(str(r))


@given(intervals(allow_empty=True), intervals(allow_empty=True))
def test_a_lattice_result_equal_to_an_operand_is_that_operand(a: Interval, b: Interval) -> None:
    """``a & b`` and ``a.hull(b)`` return an operand, not a copy, when they equal it."""
    for result in (a & b, a.hull(b)):
        equal = [x for x in (a, b) if x == result]
        if equal:
            assert any(result is x for x in equal)


class _ForeignInt:
    """An integer type from another library (as numpy.int64 is): an Integral, not an int."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __int__(self) -> int:
        return self.n

    __index__ = __int__


numbers.Integral.register(_ForeignInt)


def test_other_libraries_integers_are_taken_as_ints() -> None:
    """A numpy-style integer is an exact int end, not a TypeError."""
    iv = Interval.closed(_ForeignInt(3), _ForeignInt(7))
    assert iv == Interval.closed(3, 7)
    assert type(iv.lo) is int


def test_truth_value_is_refused() -> None:
    """bool(interval) is ambiguous and raises TypeError pointing to is_empty."""
    with pytest.raises(TypeError, match="is_empty"):
        bool(Interval.closed(1, 2))


def test_format_number_of_a_whole_fraction_is_its_integer() -> None:
    """A Fraction with denominator 1 prints as its integer, never as '.10'."""
    from pwstats.interval import format_number

    assert format_number(Fraction(10, 1)) == "10"
    assert format_number(Fraction(-7, 1)) == "-7"


# -- shared ends and tight products (found by deliberate mutation of interval.py) --------


def same_ends(a: Interval) -> st.SearchStrategy[Interval]:
    """Intervals with a's ends and any closedness: shared ends are rare in independent draws."""
    if a.is_empty:
        return st.just(a)
    return st.builds(
        lambda lc, hc: Interval(a.lo, a.hi, lo_closed=lc, hi_closed=hc),
        st.booleans(),
        st.booleans(),
    )


def partners(a: Interval, data: st.DataObject) -> Interval:
    """Another interval: independent, or sharing one or both ends with a."""
    b = data.draw(intervals(allow_empty=True))
    c = data.draw(same_ends(a))
    how = data.draw(st.sampled_from(["independent", "same ends", "one end"]))
    if how != "one end" or b.is_empty or c.is_empty:
        return b if how == "independent" else c
    lo_from_a, hi_from_a = data.draw(st.booleans()), data.draw(st.booleans())
    lo, lc = (c.lo, c.lo_closed) if lo_from_a else (b.lo, b.lo_closed)
    hi, hc = (c.hi, c.hi_closed) if hi_from_a else (b.hi, b.hi_closed)
    return Interval(lo, hi, lo_closed=lc, hi_closed=hc)


@settings(max_examples=200)
@given(intervals(allow_empty=True), st.data())
def test_contains_agrees_with_the_lattice(a: Interval, data: st.DataObject) -> None:
    """a.contains(b) ⇔ a & b == b ⇔ a.hull(b) == a, also when ends coincide."""
    b = partners(a, data)
    assert a.contains(b) == (a & b == b) == (a.hull(b) == a)


@settings(max_examples=200)
@given(intervals(allow_empty=True), st.data())
def test_lattice_laws_at_shared_ends(a: Interval, data: st.DataObject) -> None:
    """Hull holds both and intersection lies in both, checked end by end by membership."""
    b = partners(a, data)
    h, m = a.hull(b), a & b
    for x in {e for iv in (a, b) if not iv.is_empty for e in (iv.lo, iv.hi) if not math.isinf(e)}:
        assert (x in h) == (x in a or x in b or h.lo < x < h.hi)
        assert (x in m) == (x in a and x in b)


def _candidates(iv: Interval) -> set[object]:
    """Where a factor can sit when a product attains an extreme: its closed ends, and 0."""
    out = {e for e, c in ((iv.lo, iv.lo_closed), (iv.hi, iv.hi_closed)) if c}
    if 0 in iv:
        out.add(0)
    return out


@example(Interval.open(-math.inf, 0), Interval.open_closed(-math.inf, 0))
@given(intervals(), intervals())
def test_product_ends_are_exactly_attained(a: Interval, b: Interval) -> None:
    """0 is in a*b iff it is in a or b; a finite end of a*b is closed iff some x*y reaches it.

    An extreme of x*y over a box is reached only with each factor at a closed end
    of its interval or with the other factor 0, so these candidates decide it.
    """
    p = a * b
    assert (0 in p) == (0 in a or 0 in b)
    reached = {x * y for x in _candidates(a) for y in _candidates(b)}
    if 0 in a or 0 in b:  # 0 times any member of the other (non-empty) interval
        reached.add(0)
    for end, closed in ((p.lo, p.lo_closed), (p.hi, p.hi_closed)):
        if not math.isinf(end):
            assert closed == (end in reached), (end, closed)


def _four_corners(a: Interval, b: Interval) -> Interval:
    """The product from all four corners, each end closed if a closed corner reaches it."""
    corners = []
    for x, xc in ((a.lo, a.lo_closed), (a.hi, a.hi_closed)):
        for y, yc in ((b.lo, b.lo_closed), (b.hi, b.hi_closed)):
            if x == 0 or y == 0:  # 0 times anything in the other (non-empty) factor
                corners.append((0, (x == 0 and xc) or (y == 0 and yc)))
            else:
                corners.append((x * y, xc and yc))
    lo = min(v for v, _ in corners)
    hi = max(v for v, _ in corners)
    return Interval(
        lo,
        hi,
        lo_closed=any(c for v, c in corners if v == lo),
        hi_closed=any(c for v, c in corners if v == hi),
    )


@given(intervals(), intervals())
def test_a_product_of_non_negative_intervals_is_the_four_corner_product(
    a: Interval, b: Interval
) -> None:
    """The two-corner path for non-negative factors gives what all four corners give."""
    a, b = a & Interval.at_least(0), b & Interval.at_least(0)
    assume(not a.is_empty and not b.is_empty)
    assert a * b == _four_corners(a, b)


@given(intervals())
def test_multiplying_by_zero_gives_zero(a: Interval) -> None:
    """a * [0, 0] == [0, 0] for every non-empty a, also when a's ends are open or infinite."""
    assert a * Interval.point(0) == Interval.point(0) == Interval.point(0) * a


# -- huge ends: arithmetic never goes through float (issue 15) ----------------------------


def test_adding_a_huge_end_to_an_infinite_one_does_not_overflow() -> None:
    """closed(10**400, 10**401) + at_least(0) used to raise OverflowError (int + inf)."""
    total = Interval.closed(10**400, 10**401) + Interval.at_least(0)
    assert total == Interval.at_least(10**400)
    assert Interval.at_most(-(10**400)) - Interval.closed(10**401, 10**402) == Interval.at_most(
        -(10**400) - 10**401
    )
    assert Interval.at_least(Fraction(10**400, 3)).width == math.inf


def test_multiplying_a_huge_end_by_an_infinite_one_does_not_overflow() -> None:
    """A huge finite end times an infinite one is an infinity of the right sign (_corner)."""
    huge = Interval.closed(10**400, 10**401)
    assert huge * Interval.at_least(1) == Interval.at_least(10**400)
    assert huge * Interval.at_most(-1) == Interval.at_most(-(10**400))
    assert Interval.closed(-(10**401), 10**400) * Interval.unbounded() == Interval.unbounded()
    assert (huge / Interval.more_than(0)).hi == math.inf


@given(
    st.integers(-(10**500), 10**500),
    st.integers(-(10**500), 10**500),
    st.sampled_from([math.inf, -math.inf]),
)
def test_arithmetic_with_infinite_ends_matches_small_ends(a: int, b: int, inf: float) -> None:
    """Whatever the size of the finite ends, sums and products with a half-line are exact."""
    lo, hi = min(a, b), max(a, b)
    half = Interval.at_least(1) if inf > 0 else Interval.at_most(-1)
    total = Interval.closed(lo, hi) + half
    assert total == (Interval.at_least(lo + 1) if inf > 0 else Interval.at_most(hi - 1))
    product = Interval.closed(lo, hi) * half
    small = Interval.closed(max(-1, min(lo, 1)), max(-1, min(hi, 1))) * half
    assert (product.lo == -math.inf) == (small.lo == -math.inf)
    assert (product.hi == math.inf) == (small.hi == math.inf)


def test_a_huge_integer_is_written_beyond_pythons_digit_limit() -> None:
    """str() of an interval whose end has more than 4300 digits (a product) does not fail."""
    n = 7**10_000
    digits = _all_digits(n)
    assert str(Interval.point(n)) == f"[{digits}, {digits}]"


def _all_digits(n: int) -> str:
    """The decimal digits of n by repeated division (an oracle independent of _digits)."""
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(str(d))
    return "".join(reversed(out)) or "0"


def test_arabic_indic_digits_are_not_interval_notation() -> None:
    """'[٢, ٣]' is refused like parse refuses it; Python's int() would read it."""
    with pytest.raises(ParseError, match="at character 1"):
        Interval.parse("[٢, ٣]")
