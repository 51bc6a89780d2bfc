"""The numeric rules: a written number's precision, a round number's halo, a hedge's interval."""

from __future__ import annotations

from fractions import Fraction

from pwstats.interval import Interval, Number
from pwstats.lexicon.entries import Hedge
from pwstats.lexicon.lookup import Lexicon
from pwstats.report import Reading


def granularity(mantissa: int, decimals: int, scale: Number = 1) -> Number:
    """How precise a written number is: the unit of its last significant digit.

    The number is ``mantissa / 10**decimals * scale`` as written ("2.600" is
    mantissa 2600 with 3 decimals; "2.6 thousand" is 26, 1 decimal, scale 1000).
    Trailing zeros after a decimal point are significant; trailing zeros of a
    whole number are not (Krifka's round numbers: "2,600" is precise to the
    hundred). A last significant digit 5 that follows another digit and stands
    for tens or more makes the number round to five of that unit ("65,000" to
    5,000 and "2,650" to 50, Williams & Power's 'rounded to the nearest 5').

    >>> granularity(2600, 0), granularity(2828, 0), granularity(2600, 3)
    (100, 1, Fraction(1, 1000))
    >>> granularity(65000, 0), granularity(2650, 0), granularity(500, 0), granularity(125, 0)
    (5000, 50, 100, 1)
    >>> granularity(26, 1, 1000)
    100
    """
    zeros = 0
    m = mantissa
    if decimals == 0 and m:
        while m % 10 == 0:
            m //= 10
            zeros += 1
    if decimals == 0 and isinstance(scale, int):
        whole: int = 10**zeros * scale
        return whole * 5 if m % 10 == 5 and m >= 10 and whole >= 10 else whole
    unit = Fraction(10**zeros, 10**decimals) * scale
    if m % 10 == 5 and m >= 10 and unit >= 10:
        unit *= 5
    return unit.numerator if unit.denominator == 1 else unit


def tolerance(
    share: Fraction,
    nominal: Number,
    unit: Number | None,
    *,
    lexicon: Lexicon,
    count: bool,
    granular: bool = False,
) -> Number:
    """The distance a hedge allows beyond its number: grows with size, shrinks with precision.

    ``share × |nominal|``, but at most ``lexicon.cap_units`` granularity units
    (a precise "more than 2,828" allows 3, not 283) and at least half a unit
    (a hedge never claims more precision than its number has). For a
    proximity hedge that floor is itself at most ``lexicon.floor_cap`` of the
    number: a number with one significant digit is not read as half its own
    size ("almost 1,000" is [950, 1000), not [500, 1000)); for a ``granular``
    comparative ("more than 200" is (200, 250]) it is not capped. For a count
    with a whole nominal it is at
    least 1, so "more than 5" still admits a whole number; a decimal ("about
    0.3") keeps its proportional tolerance. ``unit`` None (ratios, fraction
    words) means the relative share alone.

    >>> lex = Lexicon.default()
    >>> tolerance(Fraction(1, 20), 2600, 100, lexicon=lex, count=True)
    130
    >>> tolerance(Fraction(1, 10), 2828, 1, lexicon=lex, count=True)
    3
    >>> tolerance(Fraction(1, 10), 5, 1, lexicon=lex, count=True)
    1
    >>> tolerance(Fraction(1, 20), 1000, 1000, lexicon=lex, count=True)
    50
    >>> tolerance(Fraction(1, 10), 200, 100, lexicon=lex, count=True, granular=True)
    50
    >>> tolerance(Fraction(1, 10), Fraction(3, 10), Fraction(1, 10), lexicon=lex, count=True)
    Fraction(3, 100)
    """
    if isinstance(nominal, int) and isinstance(unit, int):  # the common case, in integers
        size = abs(nominal)
        num: int = share.numerator * size
        den: int = share.denominator
        cap = lexicon.cap_units * unit
        if num > cap * den:
            num, den = cap, 1
        if 2 * num < unit * den:  # below half a unit: raise to the floor, capped by floor_cap
            fc = lexicon.floor_cap
            if granular or unit * fc.denominator <= 2 * fc.numerator * size:
                num, den = unit, 2
            elif num * fc.denominator < fc.numerator * size * den:
                num, den = fc.numerator * size, fc.denominator
        if count and num < den:
            num, den = 1, 1
        return num // den if num % den == 0 else Fraction(num, den)
    size_f = abs(Fraction(nominal))
    t: Fraction = share * size_f
    if unit is not None:
        t = min(t, lexicon.cap_units * Fraction(unit))
        floor = Fraction(unit) / 2
        t = max(t, floor if granular else min(floor, lexicon.floor_cap * size_f))
    if count and t < 1 and size_f.denominator == 1:
        t = Fraction(1)
    return t.numerator if t.denominator == 1 else t


def is_round(number: Number, digits: int) -> bool:
    """True when ``number`` is whole with at most ``digits`` significant digits, or not whole.

    Significant digits of a whole number are its digits less trailing zeros
    ("2,600" has 2, "65,000" 2, "1,490" 3). A number that is not whole (a
    fraction of a scale, "a third of a million") is as precise as its
    granularity says, so the digit count does not apply and it counts as round.

    >>> is_round(2600, 2), is_round(65000, 2), is_round(1490, 2), is_round(0, 2)
    (True, True, False, True)
    >>> is_round(Fraction(1000000, 3), 2)
    True
    """
    if isinstance(number, Fraction):
        if number.denominator != 1:
            return True
        number = number.numerator
    m: int = abs(number)
    while m and m % 10 == 0:
        m //= 10
    limit: int = 10**digits
    return m < limit


def halo(nominal: Number, unit: Number, *, lexicon: Lexicon, scaled: bool = False) -> Interval:
    """The pragmatic reading of a bare round number: half its rounding unit either side.

    Krifka's round-number halo: "2,600" said without a hedge is read as any
    number that rounds to it, ``[2550, 2650]``. Only a *round* number has one:
    at least ``lexicon.halo_min``, with a granularity of 10 or more and at most
    ``lexicon.round_digits`` significant digits (Jansen & Pollmann 2001: round
    numbers are the ones with few significant digits; Krifka 2009: a speaker
    who says "2,828" chose a precise form, so it reads as itself, while
    "2,600" may stand for any number that rounds to it). "1,490", "2,650"
    and "2,828" read exactly; small counts too. A number said with a scale word or
    suffix (``scaled``) is round however many digits it has: "11.2 million" is
    rounded to the hundred thousand by the way it is written, so it reads
    [11150000, 11250000], while "11,200,000" written out reads exactly. The halo is at
    most ``halo_cap`` of the number ("100" is [90, 110], not [50, 150]).

    >>> lex = Lexicon.default()
    >>> str(halo(2600, 100, lexicon=lex)), str(halo(2828, 1, lexicon=lex))
    ('[2550, 2650]', '[2828, 2828]')
    >>> str(halo(100, 100, lexicon=lex)), str(halo(65000, 5000, lexicon=lex))
    ('[90, 110]', '[62500, 67500]')
    >>> str(halo(1490, 10, lexicon=lex)), str(halo(2650, 50, lexicon=lex))
    ('[1490, 1490]', '[2650, 2650]')
    >>> str(halo(11200000, 100000, lexicon=lex, scaled=True))
    '[11150000, 11250000]'
    """
    if nominal < lexicon.halo_min or unit < 10:
        return Interval.point(nominal)
    if not scaled and not is_round(nominal, lexicon.round_digits):
        return Interval.point(nominal)
    if type(nominal) is int and type(unit) is int and unit % 2 == 0:
        cap = lexicon.halo_cap
        h_int = unit // 2
        if h_int * cap.denominator <= cap.numerator * nominal:
            return Interval.closed(nominal - h_int, nominal + h_int)
    h = min(Fraction(unit) / 2, lexicon.halo_cap * abs(Fraction(nominal)))
    return Interval.closed(nominal - h, nominal + h)


def hedge_interval(
    hedge: Hedge,
    nominal: Number,
    unit: Number | None,
    reading: Reading,
    *,
    lexicon: Lexicon,
    count: bool = True,
    nonnegative: bool = True,
    ceiling: Number | None = None,
) -> Interval:
    """The interval ``hedge`` + ``nominal`` reads as under ``reading``.

    Literal (what the words entail): ``exact`` is the point; ``below`` is
    ``[0, n)`` for a non-negative quantity, else ``(-inf, n)``; ``at_most``
    ``[0, n]``; ``above`` ``(n, +inf)``; ``at_least`` ``[n, +inf)``; ``around``
    ``n ± widest×n`` (no sharp bound is entailed, so the widest documented
    tolerance). Pragmatic: the same open or closed end at ``n`` and, on the
    other side, :func:`tolerance` of the hedge's typical share: "almost 2,600"
    is ``[2470, 2600)``, "more than 230" ``(230, 253]``. Lenient: the hull of
    both. A non-negative quantity never goes below 0; ``ceiling`` (1 for a
    share of a whole) caps the top.

    >>> lex = Lexicon.default()
    >>> [str(hedge_interval(lex.hedges["almost"], 2600, 100, r, lexicon=lex))
    ...  for r in ("literal", "pragmatic", "lenient")]
    ['[0, 2600)', '[2470, 2600)', '[0, 2600)']
    >>> str(hedge_interval(lex.hedges["about"], 2600, 100, "pragmatic", lexicon=lex))
    '[2340, 2860]'
    """
    if reading == "lenient":
        lit = hedge_interval(
            hedge,
            nominal,
            unit,
            "literal",
            lexicon=lexicon,
            count=count,
            nonnegative=nonnegative,
            ceiling=ceiling,
        )
        prag = hedge_interval(
            hedge,
            nominal,
            unit,
            "pragmatic",
            lexicon=lexicon,
            count=count,
            nonnegative=nonnegative,
            ceiling=ceiling,
        )
        return lit.hull(prag)
    n = nominal
    shape = hedge.shape
    if shape == "exact":
        return Interval.point(n)
    t = tolerance(hedge.tolerance, n, unit, lexicon=lexicon, count=count, granular=hedge.granular)
    literal = reading == "literal"
    inf = float("inf")
    floor: Number | float = 0 if nonnegative else -inf
    top: Number | float = inf if ceiling is None else ceiling
    if shape == "around":
        if literal:
            assert hedge.widest is not None
            t = max(t, hedge.widest * abs(Fraction(n)))
        lo: Number | float = n - t
        hi: Number | float = n + t
        lo_closed = hi_closed = True
    elif shape in ("below", "at_most"):
        lo, hi = (floor if literal else n - t), n
        lo_closed, hi_closed = True, shape == "at_most"
    else:
        lo, hi = n, (top if literal else n + t)
        lo_closed, hi_closed = shape == "at_least", True
    if lo < floor:
        lo, lo_closed = floor, True
    if hi > top:
        hi, hi_closed = top, True
    return Interval(lo, hi, lo_closed=lo_closed, hi_closed=hi_closed)
