"""A found figure as an :class:`Amount` under a reading: its interval, nominal value and kind."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Final

from pwstats import units
from pwstats.errors import ParseError, UnitError
from pwstats.interval import Interval, Number
from pwstats.lexicon import Hedge, Lexicon, halo, hedge_interval
from pwstats.parse.amounts import Amount
from pwstats.parse.clause import Scanner
from pwstats.parse.found import UNNAMED, Figure, norm
from pwstats.parse.numbers import MAX_DIGITS, SHARE
from pwstats.report import Reading

#: Figures are below this in size ("1 trillion trillion trillion" is refused): the
#: magnitude limit, as many digits as :data:`MAX_DIGITS` allows.
MAX_MAGNITUDE: Final = 10**MAX_DIGITS


def _ceiling(fig: Figure, n: Number, hedge: Hedge) -> Number | None:
    """1 for a share of a whole, whose readings never go past 100%; else None (no ceiling).

    "out of", "one in five" and fraction words are always parts of a whole; a
    percentage is one when it is at most 100% ("about 99%" reads [0.96, 1]),
    except "more than 100%", which says the share exceeds the whole: a
    percentage above 100 ("150%") is a ratio and keeps its readings.
    """
    if fig.whole:
        return 1
    if fig.unit == SHARE and (n < 1 or (n == 1 and hedge.shape != "above")):
        return 1
    return None


def figure_interval(fig: Figure, reading: Reading, lexicon: Lexicon, nonnegative: bool) -> Interval:
    if fig.parts:
        # The sides of a two-sided bound entail each other's far end, so it reads as the
        # meet of what each side entails under every reading: "more than 40 but fewer
        # than 60" is (40, 60), not the empty meet of (40, 45] and [54, 60).
        way: Reading = "literal" if fig.meet else reading
        readings = [figure_interval(part, way, lexicon, nonnegative) for part in fig.parts]
        out = readings[0]
        for iv in readings[1:]:
            out = (out & iv) if fig.meet else out.hull(iv)
        return out
    if fig.kind == "vague":
        assert fig.vague is not None
        return fig.vague.interval
    if fig.kind == "range":
        assert fig.low is not None
        low = max(fig.low, 0) if nonnegative else fig.low
        return Interval.closed(low, fig.high)
    n = fig.nominal
    assert n is not None
    if fig.hedge is not None:
        iv = hedge_interval(
            fig.hedge,
            n,
            fig.unit_g,
            reading,
            lexicon=lexicon,
            count=fig.unit == UNNAMED,
            nonnegative=nonnegative,
            ceiling=_ceiling(fig, n, fig.hedge),
        )
    elif reading == "literal" or fig.unit_g is None:
        iv = Interval.point(n)
    elif fig.unit == SHARE:
        iv = _rounded_share(n, fig.unit_g, nonnegative)
    else:
        iv = halo(n, fig.unit_g, lexicon=lexicon, scaled=fig.scaled)
    if fig.kind in ("bare", "exact") and _whole_count_of_fraction(fig, n):
        return Interval.closed(math.floor(iv.lo), math.ceil(iv.hi))
    return iv


def _rounded_share(n: Number, granularity: Number, nonnegative: bool) -> Interval:
    """A bare percentage read as every value that rounds to it: ``62%`` is [61.5%, 62.5%].

    A percentage is a quotient, and a report gives it rounded to its last digit
    (a whole percent unless decimals are written): 703 of 1,183 is "59%", not
    59.425...%. Read as a point it holds almost no quotient of whole counts, and
    a share relation with them would be a contradiction only because of the
    rounding. Half of the last digit's place either side (at most half a percent,
    however round the number: "60%" is [59.5%, 60.5%]); a part of a whole (at
    most 100%) never reads above 1, and a non-negative share never below 0.
    Fractions and ratios in words ("a third", "one in five") state exact values
    and keep them.

    >>> str(_rounded_share(Fraction(31, 50), Fraction(1, 100), True))
    '[0.615, 0.625]'
    >>> str(_rounded_share(1, 1, True))
    '[0.995, 1]'
    """
    half = min(Fraction(granularity), Fraction(1, 100)) / 2
    lo: Fraction = n - half
    hi: Fraction = n + half
    if nonnegative and lo < 0:
        lo = Fraction(0)
    if n <= 1 and hi > 1:
        hi = Fraction(1)
    return Interval.closed(norm(lo), norm(hi))


def _whole_count_of_fraction(fig: Figure, n: Number) -> bool:
    """True for a count precise to whole units or coarser whose number is not whole.

    Only a fraction of a scale is one ("a third of a million" is 1000000/3,
    precise to a third of a million). As a point it would hold no whole number,
    so its bare or exact readings are widened to whole ends: literally it is the
    two whole numbers nearest it, ``[333333, 333334]``.
    """
    return (
        fig.unit == UNNAMED
        and fig.unit_g is not None
        and fig.unit_g >= 1
        and not isinstance(n, int)
    )


#: The roles of the words that give a number its magnitude: a scale word ("million",
#: "lakh", "dozen"), a suffix ("m", "bn", "k") or a plural scale ("thousands", "dozens").
_SCALE_ROLES: Final = frozenset({"scale", "suffix", "plural"})


def counted_unit(unit: str) -> str:
    """The unit of a number said with a scale word when its text names none: one of the
    things ``unit`` counts (:func:`pwstats.units.one_of`); "1.5 million" on a measure in
    millions of people is 1.5 million persons, not megapersons. An unknown ``unit`` is
    kept as given, refused where it is converted (:func:`parse` does not check it)."""
    try:
        return units.one_of(unit)
    except UnitError:
        return unit


def said_with_scale(scanner: Scanner, fig: Figure) -> bool:
    """True when a scale word or suffix gives the figure's number its magnitude, or its
    vague word is a plural scale, in words or in digits ("hundreds", "100s")."""
    if any(scanner.role(k) in _SCALE_ROLES for k in range(fig.start, fig.end)):
        return True
    return _vague_scale(scanner.lex, fig)


def _vague_scale(lexicon: Lexicon, fig: Figure) -> bool:
    """True when a vague word of the figure, or of one of its parts, names a scale."""
    if fig.vague is not None:
        for word in fig.vague.phrase.split():
            found = lexicon.single(word)
            if found is not None and found.role in _SCALE_ROLES:
                return True
    return any(_vague_scale(lexicon, part) for part in fig.parts)


def figure_amount(
    scanner: Scanner,
    fig: Figure,
    reading: Reading,
    lexicon: Lexicon,
    nonnegative: bool,
    text: str,
    unit: str,
) -> Amount:
    """The :class:`Amount` of a recognised figure; ``unit`` is for one whose text names none.

    A figure whose magnitude a scale word gives ("1.5 million", "tens of thousands")
    counts single things: its unit is :func:`counted_unit` of ``unit``.

    A figure beyond the magnitude limit (an end of :data:`MAX_MAGNITUDE` or more,
    "1 trillion trillion trillion") is a :class:`~pwstats.ParseError`.
    """
    iv = figure_interval(fig, reading, lexicon, nonnegative)
    for end in (iv.lo, iv.hi):
        if isinstance(end, (int, Fraction)) and not -MAX_MAGNITUDE < end < MAX_MAGNITUDE:
            raise ParseError(
                f"{text.strip()!r} is beyond the magnitude limit: pwstats reads numbers"
                f" below 10**{MAX_DIGITS}",
                text=scanner.text,
                position=scanner.starts[fig.start],
            )
    if iv.is_empty:
        raise ParseError(
            f"{text.strip()!r} admits no value"
            + (" of a non-negative quantity" if nonnegative else ""),
            text=scanner.text,
            position=scanner.starts[fig.start],
        )
    named = fig.unit
    if named == UNNAMED:
        named = counted_unit(unit) if said_with_scale(scanner, fig) else unit
    if fig.kind == "vague":  # no number said: the point a coder records is its code
        return Amount(
            iv, named, text, fig.hedge_text, None, reading, kind="vague", code=fig.nominal
        )
    return Amount(iv, named, text, fig.hedge_text, fig.nominal, reading, kind=fig.kind)


def surely(amount: Amount | None) -> Amount:
    """An amount a quick path gave under one reading, so it gives one under every reading."""
    assert amount is not None, "a quick path's match does not depend on the reading"
    return amount
