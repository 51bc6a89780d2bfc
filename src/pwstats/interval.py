"""Exact intervals of numbers.

An :class:`Interval` is a convex set of real numbers with exact ends: each end is
an ``int`` or a :class:`fractions.Fraction` (or ``±math.inf``, always open), and
each finite end is open or closed. It knows nothing of units or dates.

>>> Interval.closed(2500, 2600) & Interval.more_than(2550)
Interval.parse('(2550, 2600]')
>>> str(Interval.more_than(230).integral())
'[231, +inf)'
"""

from __future__ import annotations

import math
import numbers
import re
from decimal import Decimal
from fractions import Fraction
from typing import Final, TypeAlias

import attrs

from pwstats import limits
from pwstats.errors import ParseError

__all__ = ["End", "Interval", "Number", "exact"]

#: An exact finite number: what pwstats stores.
Number: TypeAlias = int | Fraction
#: An interval end: an exact number, or ``math.inf`` / ``-math.inf``.
End: TypeAlias = int | Fraction | float

_INF: Final = math.inf


def exact(value: object, *, what: str = "number") -> End:
    """Return ``value`` as an exact number: ``int``, ``Fraction`` or ``±inf``.

    ``int`` (and other integer types, such as numpy's ``int64`` or ``uint8``),
    ``Fraction`` and ``Decimal`` are taken as they are; a ``float`` (and other
    binary floats, such as numpy's ``float32`` and ``float64``) is converted
    exactly (``0.1`` becomes ``3602879701896397/36028797018963968``), never
    rounded; a fraction with denominator 1 becomes an ``int``. NaN, booleans
    (``True`` and numpy's ``bool_`` are not counts) and anything that is not a
    number are rejected, and so is a ``Decimal`` beyond the limit of
    :mod:`pwstats.limits` (checked from its exponent, so ``Decimal("1e999999999")``
    is refused at once rather than expanded).

    >>> exact(0.5), exact(Fraction(6, 3)), exact(Decimal("2.5"))
    (Fraction(1, 2), 2, Fraction(5, 2))
    >>> exact(float("nan"))
    Traceback (most recent call last):
    ...
    ValueError: number must not be NaN
    >>> exact(True)
    Traceback (most recent call last):
    ...
    TypeError: number must be a number, not a boolean (True); write 1 or 0 if a count is meant
    """
    if type(value) is int:
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, Fraction, Decimal)):
        return _foreign(value, what)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if math.isnan(value):
            raise ValueError(f"{what} must not be NaN")
        if math.isinf(value):
            return float(value)
        value = Fraction(float(value))  # float(): numpy's float64 is a float subclass
    elif isinstance(value, Decimal):
        if value.is_nan():
            raise ValueError(f"{what} must not be NaN")
        if value.is_infinite():
            return _INF if value > 0 else -_INF
        limits.check_decimal(value)
        value = Fraction(value)
    if value.denominator == 1:
        return value.numerator
    return value


def _foreign(value: object, what: str) -> End:
    """Another library's number (numpy's ``int64``, ``float32``...) exactly; a boolean never.

    Integers become ``int``; a binary float becomes the ``Fraction`` of its exact
    value (through ``as_integer_ratio``, so a ``longdouble`` is not rounded to 64
    bits). numpy registers its integer and float types with :mod:`numbers`, so
    numpy is never imported here.
    """
    if isinstance(value, bool) or type(value).__name__ in _BOOLEAN_NAMES:
        raise TypeError(
            f"{what} must be a number, not a boolean ({value!r}); write 1 or 0 if a count is meant"
        )
    if isinstance(value, numbers.Integral):
        return int(value)  # another library's integer, such as numpy.int64
    if isinstance(value, numbers.Real):
        as_float = float(value)
        if math.isnan(as_float):
            raise ValueError(f"{what} must not be NaN")
        if math.isinf(as_float):
            return as_float
        ratio = getattr(value, "as_integer_ratio", None)
        x = Fraction(*ratio()) if callable(ratio) else Fraction(as_float)
        return x.numerator if x.denominator == 1 else x
    raise TypeError(
        f"{what} must be an int, Fraction, Decimal or float, not {type(value).__name__} ({value!r})"
    )


#: Type names of booleans: Python's, and numpy's (``bool_`` before numpy 2, ``bool`` since).
_BOOLEAN_NAMES: Final = frozenset({"bool", "bool_"})


def _make(lo: End, hi: End, lo_closed: bool, hi_closed: bool) -> Interval:
    """Build an already-normalised interval without checks (internal fast path)."""
    iv = _Draft()
    iv.lo = lo
    iv.hi = hi
    iv.lo_closed = lo_closed
    iv.hi_closed = hi_closed
    iv.__class__ = Interval  # type: ignore[assignment]
    return iv  # type: ignore[return-value]


_set = object.__setattr__


def _norm(x: End) -> End:
    """Turn an integral Fraction into an int (results of arithmetic)."""
    if type(x) is Fraction and x.denominator == 1:
        return x.numerator
    return x


def _add(a: End, b: End) -> End:
    """``a + b`` for ends, never through float: an infinite end absorbs any finite one.

    (``10**400 + math.inf`` would convert the int to a float and overflow.) The two
    are never infinities of opposite signs: a low end is never ``+inf`` and a high
    end never ``-inf`` in a non-empty interval.
    """
    if type(a) is float:
        return a
    if type(b) is float:
        return b
    return _norm(a + b)


def _times(a: End, b: End) -> End:
    """``a * b`` for nonzero ends, never through float: an infinity keeps the sign."""
    if type(a) is float or type(b) is float:
        return _INF if (a > 0) == (b > 0) else -_INF
    return _norm(a * b)


def _canonical(lo: End, hi: End, lo_closed: bool, hi_closed: bool) -> Interval:
    """Normalise ends that arithmetic produced: infinities open, empties canonical."""
    if lo == _INF or hi == -_INF or lo > hi or (lo == hi and not (lo_closed and hi_closed)):
        return _EMPTY
    return _make(
        _norm(lo),
        _norm(hi),
        lo_closed and lo != -_INF,
        hi_closed and hi != _INF,
    )


@attrs.frozen(init=False, repr=False, weakref_slot=False)
class Interval:
    """An interval of numbers with exact, open or closed ends.

    Construct one with the named constructors (``Interval.closed(2500, 2600)``,
    ``Interval.more_than(230)``, ...) or ``Interval(lo, hi, lo_closed=...,
    hi_closed=...)``. Infinite ends are always open; an interval with no member
    is :meth:`empty`, whatever ends it was given, and all empty intervals are
    equal. ``str()`` writes the usual notation and :meth:`parse` reads it back.

    >>> Interval.open_closed(230, 253)
    Interval.parse('(230, 253]')
    >>> 230 in Interval.more_than(230), 231 in Interval.more_than(230)
    (False, True)
    >>> Interval.closed(1, 2) + Interval.open(10, 20)
    Interval.parse('(11, 22)')
    """

    lo: End
    hi: End
    lo_closed: bool
    hi_closed: bool

    def __init__(self, lo: object, hi: object, *, lo_closed: bool = True, hi_closed: bool = True):
        a = exact(lo, what="lower end")
        b = exact(hi, what="upper end")
        if not isinstance(lo_closed, bool) or not isinstance(hi_closed, bool):
            raise TypeError("lo_closed and hi_closed must be bool")
        empty = a == _INF or b == -_INF or a > b or (a == b and not (lo_closed and hi_closed))
        if empty:
            a, b, lo_closed, hi_closed = _INF, -_INF, False, False
        _set(self, "lo", a)
        _set(self, "hi", b)
        _set(self, "lo_closed", lo_closed and a != -_INF and not empty)
        _set(self, "hi_closed", hi_closed and b != _INF and not empty)

    # -- named constructors -------------------------------------------------

    @classmethod
    def closed(cls, lo: object, hi: object) -> Interval:
        """``[lo, hi]``: both ends included."""
        if type(lo) is int and type(hi) is int and lo <= hi and cls is Interval:
            # Already exact and normal: skip the checks (the hot path of bulk building).
            return _make(lo, hi, True, True)
        return cls(lo, hi)

    @classmethod
    def open(cls, lo: object, hi: object) -> Interval:
        """``(lo, hi)``: both ends excluded."""
        return cls(lo, hi, lo_closed=False, hi_closed=False)

    @classmethod
    def closed_open(cls, lo: object, hi: object) -> Interval:
        """``[lo, hi)``: "almost 2,600" reads as ``Interval.closed_open(2470, 2600)``."""
        return cls(lo, hi, hi_closed=False)

    @classmethod
    def open_closed(cls, lo: object, hi: object) -> Interval:
        """``(lo, hi]``."""
        return cls(lo, hi, lo_closed=False)

    @classmethod
    def point(cls, x: object) -> Interval:
        """``[x, x]``: exactly ``x``."""
        return cls(x, x)

    @classmethod
    def at_least(cls, x: object) -> Interval:
        """``[x, +inf)``."""
        return cls(x, _INF)

    @classmethod
    def more_than(cls, x: object) -> Interval:
        """``(x, +inf)``: what "more than x" entails."""
        return cls(x, _INF, lo_closed=False)

    @classmethod
    def at_most(cls, x: object) -> Interval:
        """``(-inf, x]``."""
        return cls(-_INF, x)

    @classmethod
    def less_than(cls, x: object) -> Interval:
        """``(-inf, x)``."""
        return cls(-_INF, x, hi_closed=False)

    @classmethod
    def empty(cls) -> Interval:
        """The interval with no member."""
        return _EMPTY

    @classmethod
    def unbounded(cls) -> Interval:
        """``(-inf, +inf)``: every number."""
        return _UNBOUNDED

    # -- predicates -----------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """True when no number is in the interval."""
        return self.lo > self.hi

    @property
    def is_point(self) -> bool:
        """True for ``[x, x]``."""
        return self.lo == self.hi

    @property
    def is_bounded(self) -> bool:
        """True when both ends are finite (the empty interval counts as bounded)."""
        return self.is_empty or (self.lo != -_INF and self.hi != _INF)

    @property
    def width(self) -> End:
        """``hi - lo``; 0 for the empty interval and for points, ``inf`` if unbounded."""
        if self.lo > self.hi:
            return 0
        return _add(self.hi, -self.lo)

    def __contains__(self, x: object) -> bool:
        v = exact(x)
        lo, hi = self.lo, self.hi
        return (lo < v or (self.lo_closed and lo == v)) and (v < hi or (self.hi_closed and hi == v))

    def __bool__(self) -> bool:
        raise TypeError(
            "the truth value of an Interval is ambiguous; use .is_empty or `x in interval`"
        )

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one number.

        ``not (self & other).is_empty``, read off the ends without building the
        intersection: the higher low end against the lower high end, each closed
        only where every interval giving it is. (The empty interval's ends, +inf
        and -inf, leave nothing between them.)
        """
        a, b = self.lo, other.lo
        if a > b:
            lo, lo_closed = a, self.lo_closed
        elif b > a:
            lo, lo_closed = b, other.lo_closed
        else:
            lo, lo_closed = a, self.lo_closed and other.lo_closed
        a, b = self.hi, other.hi
        if a < b:
            hi, hi_closed = a, self.hi_closed
        elif b < a:
            hi, hi_closed = b, other.hi_closed
        else:
            hi, hi_closed = a, self.hi_closed and other.hi_closed
        return lo < hi or (lo == hi and lo_closed and hi_closed)

    def contains(self, other: Interval | Number | float) -> bool:
        """True when every number of ``other`` is in this interval (always for empty).

        A number is taken as the interval holding it alone: ``iv.contains(5)`` is
        ``5 in iv``. Anything else is a :class:`TypeError`, as for ``in``.

        >>> iv = Interval.closed(0, 10)
        >>> iv.contains(Interval.open(2, 3)), iv.contains(5), iv.contains(Fraction(21, 2))
        (True, True, False)
        """
        if not isinstance(other, Interval):
            return other in self
        if other.lo > other.hi:
            return True
        if self.lo > self.hi:
            return False
        lo_ok = self.lo < other.lo or (
            self.lo == other.lo and (self.lo_closed or not other.lo_closed)
        )
        hi_ok = other.hi < self.hi or (
            self.hi == other.hi and (self.hi_closed or not other.hi_closed)
        )
        return lo_ok and hi_ok

    # -- lattice ----------------------------------------------------------------

    def __and__(self, other: Interval) -> Interval:
        """The intersection: the numbers in both intervals.

        When the intersection equals one of the two intervals, that interval is
        returned as it is (values are immutable, so nothing is shared unsafely).
        """
        if not isinstance(other, Interval):
            return NotImplemented
        # Each end of the result is the tighter end of the two: `lo_from` and `hi_from`
        # name the operand it comes from, or None when both operands have that very end.
        # (The empty interval's ends, +inf and -inf, are the tightest of all.)
        a, b = self.lo, other.lo
        if a > b:
            lo_from = self
        elif b > a:
            lo_from = other
        elif self.lo_closed != other.lo_closed:
            lo_from = other if self.lo_closed else self
        else:
            lo_from = None
        a, b = self.hi, other.hi
        if a < b:
            hi_from = self
        elif b < a:
            hi_from = other
        elif self.hi_closed != other.hi_closed:
            hi_from = other if self.hi_closed else self
        else:
            hi_from = None
        if lo_from is hi_from or hi_from is None:
            return self if lo_from is None else lo_from
        if lo_from is None:
            return hi_from
        lo, hi = lo_from.lo, hi_from.hi
        lo_closed, hi_closed = lo_from.lo_closed, hi_from.hi_closed
        if lo > hi or (lo == hi and not (lo_closed and hi_closed)):
            return _EMPTY
        return _make(lo, hi, lo_closed, hi_closed)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both (gaps between them included).

        Like ``&``, returns an operand as it is when the hull equals it.
        """
        # As in `__and__`, with the looser end of the two. The empty interval's ends
        # are the tightest of all, so the hull with it is the other operand.
        a, b = self.lo, other.lo
        if a < b:
            lo_from = self
        elif b < a:
            lo_from = other
        elif self.lo_closed != other.lo_closed:
            lo_from = self if self.lo_closed else other
        else:
            lo_from = None
        a, b = self.hi, other.hi
        if a > b:
            hi_from = self
        elif b > a:
            hi_from = other
        elif self.hi_closed != other.hi_closed:
            hi_from = self if self.hi_closed else other
        else:
            hi_from = None
        if lo_from is hi_from or hi_from is None:
            return self if lo_from is None else lo_from
        if lo_from is None:
            return hi_from
        return _make(lo_from.lo, hi_from.hi, lo_from.lo_closed, hi_from.hi_closed)

    def integral(self) -> Interval:
        """The tightest interval with closed integer ends holding the same integers.

        >>> Interval.more_than(230).integral() == Interval.at_least(231)
        True
        >>> str(Interval.closed_open(Fraction(5, 2), 7).integral())
        '[3, 6]'
        >>> Interval.open(1, 2).integral().is_empty
        True
        """
        if self.lo > self.hi:
            return _EMPTY
        lo: End = self.lo
        hi: End = self.hi
        if lo != -_INF:
            lo = (
                math.floor(lo) + 1 if not self.lo_closed and lo == math.floor(lo) else math.ceil(lo)
            )
        if hi != _INF:
            hi = math.ceil(hi) - 1 if not self.hi_closed and hi == math.ceil(hi) else math.floor(hi)
        return _canonical(lo, hi, True, True)

    # -- arithmetic -------------------------------------------------------------

    def __neg__(self) -> Interval:
        if self.lo > self.hi:
            return _EMPTY
        return _make(-self.hi, -self.lo, self.hi_closed, self.lo_closed)

    def __add__(self, other: object) -> Interval:
        o = _coerce(other)
        if o is None:
            return NotImplemented
        if self.lo > self.hi or o.lo > o.hi:
            return _EMPTY
        return _canonical(
            _add(self.lo, o.lo),
            _add(self.hi, o.hi),
            self.lo_closed and o.lo_closed,
            self.hi_closed and o.hi_closed,
        )

    __radd__ = __add__

    def __sub__(self, other: object) -> Interval:
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return self + (-o)

    def __rsub__(self, other: object) -> Interval:
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return o + (-self)

    def __mul__(self, other: object) -> Interval:
        o = _coerce(other)
        if o is None:
            return NotImplemented
        if self.lo > self.hi or o.lo > o.hi:
            return _EMPTY
        if self.lo >= 0 and o.lo >= 0:
            # Both non-negative (shares, scales, counts): the product rises with each
            # factor, so the low corner is the low ends' and the high the high ends'.
            lo, lo_closed = _corner(self.lo, self.lo_closed, o.lo, o.lo_closed)
            hi, hi_closed = _corner(self.hi, self.hi_closed, o.hi, o.hi_closed)
            return _canonical(lo, hi, lo_closed, hi_closed)
        corners = [
            _corner(self.lo, self.lo_closed, o.lo, o.lo_closed),
            _corner(self.lo, self.lo_closed, o.hi, o.hi_closed),
            _corner(self.hi, self.hi_closed, o.lo, o.lo_closed),
            _corner(self.hi, self.hi_closed, o.hi, o.hi_closed),
        ]
        lo = min(v for v, _ in corners)
        hi = max(v for v, _ in corners)
        lo_closed = any(c for v, c in corners if v == lo)
        hi_closed = any(c for v, c in corners if v == hi)
        return _canonical(lo, hi, lo_closed, hi_closed)

    __rmul__ = __mul__

    def reciprocal(self) -> Interval:
        """``{1/x : x in self}``; an error if 0 is in the interval.

        >>> str(Interval.closed(2, 4).reciprocal())
        '[0.25, 0.5]'
        """
        if self.lo > self.hi:
            return _EMPTY
        if 0 in self:
            raise ZeroDivisionError(f"cannot divide by {self}: the interval contains 0")
        lo, lo_closed = _inverse(self.hi), self.hi_closed
        hi, hi_closed = _inverse(self.lo), self.lo_closed
        if self.lo == 0:  # an open 0 at the low end: 1/x grows without bound
            hi = _INF
        if self.hi == 0:
            lo = -_INF
        return _canonical(lo, hi, lo_closed, hi_closed)

    def __truediv__(self, other: object) -> Interval:
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return self * o.reciprocal()

    def __rtruediv__(self, other: object) -> Interval:
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return o * self.reciprocal()

    # -- text -----------------------------------------------------------------

    def __str__(self) -> str:
        if self.lo > self.hi:
            return "empty"
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        return f"{left}{format_number(self.lo)}, {format_number(self.hi)}{right}"

    def __repr__(self) -> str:
        return f"Interval.parse({str(self)!r})"

    @classmethod
    def parse(cls, text: str) -> Interval:
        """Read interval notation: the exact inverse of ``str()``.

        Ends may be integers, decimals (``2.5``), fractions (``5/2``) or
        ``±inf``; ``empty`` is the empty interval. Decimals are exact. Digits are
        ASCII (``0-9``). Every end ``str()`` writes is read back, however large:
        arithmetic and statistics on numbers within :mod:`pwstats.limits` can make
        larger ones (a total of several numbers near 1.8e308), and
        ``parse(str(iv)) == iv`` for every interval whose ends are written in at
        most :data:`MAX_END_TEXT` characters each. A decimal has at most 1000
        places (``str()`` writes a finer one as ``p/q``). Data files and data sets
        still hold their numbers to the limit (:func:`pwstats.model.within_limit`).

        >>> Interval.parse("[2500, 2600)") == Interval.closed_open(2500, 2600)
        True
        >>> Interval.parse("(230, +inf)") == Interval.more_than(230)
        True
        >>> Interval.parse("[1/3, 0.5]").lo
        Fraction(1, 3)
        >>> huge = Interval.closed(3 * 10**308, 10**400)  # beyond any float
        >>> Interval.parse(str(huge)) == huge
        True
        >>> Interval.parse("[3, 1]")
        Traceback (most recent call last):
        ...
        pwstats.errors.ParseError: lower end 3 is above upper end 1 at character 1 of '[3, 1]'
        """
        if not isinstance(text, str):
            raise TypeError(f"Interval.parse expects str, not {type(text).__name__}")
        if len(text) > _MAX_NOTATION:
            raise ParseError(
                f"interval notation longer than {_MAX_NOTATION:,} characters: each end is"
                f" written in at most {MAX_END_TEXT:,}",
                text=text,
            )
        stripped = text.strip()
        if stripped in ("empty", "∅", "{}"):
            return _EMPTY
        m = _NOTATION.fullmatch(stripped)
        if m is None:
            raise ParseError(
                "expected interval notation such as '[2500, 2600)', '(230, +inf)' or 'empty'",
                text=text,
                position=_first_bad(stripped) + (len(text) - len(text.lstrip())),
            )
        offset = len(text) - len(text.lstrip())
        lo = _read_end(m.group("lo"), text, offset + m.start("lo"))
        hi = _read_end(m.group("hi"), text, offset + m.start("hi"))
        lo_closed = m.group("left") == "["
        hi_closed = m.group("right") == "]"
        if (lo_closed and lo in (_INF, -_INF)) or (hi_closed and hi in (_INF, -_INF)):
            raise ParseError(
                "an infinite end must be open: write '(' or ')' beside inf",
                text=text,
                position=offset,
            )
        if lo == _INF or hi == -_INF or lo > hi:
            raise ParseError(
                f"lower end {m.group('lo')} is above upper end {m.group('hi')}",
                text=text,
                position=offset + m.start("lo"),
            )
        if lo == hi and not (lo_closed and hi_closed):
            raise ParseError(
                f"{stripped!r} has no member; write 'empty' for the empty interval",
                text=text,
                position=offset,
            )
        return cls(lo, hi, lo_closed=lo_closed, hi_closed=hi_closed)


def _coerce(other: object) -> Interval | None:
    if isinstance(other, Interval):
        return other
    if isinstance(other, (int, float, Fraction, Decimal)) and not isinstance(other, bool):
        return Interval.point(other)
    return None


def _inverse(x: End) -> End:
    """``1/x`` for a nonzero end; ``1/±inf`` is 0 (reached only in the limit)."""
    if x in (_INF, -_INF) or x == 0:
        return 0
    return _norm(1 / Fraction(x))


def _corner(a: End, a_closed: bool, b: End, b_closed: bool) -> tuple[End, bool]:
    """One corner of a product: its value and whether some product attains it."""
    if a == 0:
        return 0, a_closed or (b_closed and b == 0)
    if b == 0:
        return 0, b_closed
    return _times(a, b), a_closed and b_closed


def format_number(x: End) -> str:
    """Write an exact number the way :meth:`Interval.parse` reads it.

    Integers as digits, fractions whose denominator has only the factors 2 and 5
    as exact decimals (of at most :data:`~pwstats.limits.MAX_DIGITS` places; a finer
    one as ``p/q``, which the limit admits), other fractions as ``p/q``, infinities
    as ``±inf``.

    >>> format_number(Fraction(5, 2)), format_number(Fraction(1, 3)), format_number(-math.inf)
    ('2.5', '1/3', '-inf')
    >>> format_number(Fraction(10, 1))
    '10'

    """
    if isinstance(x, float):
        return "+inf" if x > 0 else "-inf"
    if isinstance(x, int):
        return _digits(x)
    if x.denominator == 1:
        return _digits(x.numerator)
    d = x.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    places = max(twos, fives)
    if d != 1 or places > limits.MAX_DIGITS:
        return f"{_digits(x.numerator)}/{_digits(x.denominator)}"
    scaled = abs(x.numerator) * 10**places // x.denominator
    sign = "-" if x < 0 else ""
    digits = _digits(scaled).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


#: Integers of more bits than this are written piecewise (``str`` refuses > 4300 digits).
_PIECE_BITS: Final = 12_000
_PIECE: Final = 10**1000


def _digits(n: int) -> str:
    """The decimal digits of any int: ``str(n)``, even beyond Python's digit limit.

    Arithmetic on numbers within the limit can make larger ones (a product of
    products); writing one must not fail.
    """
    if n.bit_length() <= _PIECE_BITS:
        return str(n)
    sign, n = ("-", -n) if n < 0 else ("", n)
    pieces: list[str] = []
    while n.bit_length() > _PIECE_BITS:
        n, low = divmod(n, _PIECE)
        pieces.append(str(low).rjust(1000, "0"))
    return sign + str(n) + "".join(reversed(pieces))


_NUMBER = r"[+-]?(?:inf|[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?)"
#: The most characters of one end :meth:`Interval.parse` reads: far beyond any number
#: within :mod:`pwstats.limits` (at most ~2,300) or a sum or product of a few of them,
#: and short enough that reading its digits (quadratic in their number) stays quick.
MAX_END_TEXT: Final = 100_000
#: The longest interval notation :meth:`Interval.parse` reads: two ends and punctuation.
_MAX_NOTATION: Final = 2 * MAX_END_TEXT + 100
_NOTATION = re.compile(
    rf"(?P<left>[\[(])\s*(?P<lo>{_NUMBER})\s*,\s*(?P<hi>{_NUMBER})\s*(?P<right>[\])])"
)


def _first_bad(text: str) -> int:
    """Offset of the first character that cannot continue a valid prefix (best effort)."""
    if not text or text[0] not in "[(":
        return 0
    for i, ch in enumerate(text):
        if ch not in "0123456789[](),./+-infINF \t":
            return i
    return len(text)


def _read_end(token: str, text: str, position: int) -> End:
    """One end of interval notation, exact: the inverse of :func:`format_number`."""
    t = token.lstrip("+")
    if t in ("inf", "-inf"):
        return -_INF if t.startswith("-") else _INF
    if len(t) > MAX_END_TEXT:
        raise ParseError(
            f"an end of {len(t):,} characters is too long: Interval.parse reads ends of at"
            f" most {MAX_END_TEXT:,}",
            text=text,
            position=position,
        )
    if "/" in t:
        num, den = t.split("/")
        if "." in num:
            raise ParseError(
                "a fraction's numerator must be an integer", text=text, position=position
            )
        denominator = _from_digits(den)
        if denominator == 0:
            raise ParseError("zero denominator", text=text, position=position)
        return _norm(Fraction(_from_digits(num), denominator))
    if "." in t:
        whole, places = t.split(".")
        if len(places) > limits.MAX_DIGITS:
            raise ParseError(
                f"the number {t[:20]}... has more than {limits.MAX_DIGITS} decimal places",
                text=text,
                position=position,
            )
        return _norm(Fraction(_from_digits(whole + places), 10 ** len(places)))
    return _from_digits(t)


def _from_digits(text: str) -> int:
    """The int of optionally signed ASCII digits, even beyond Python's digit limit.

    The inverse of :func:`_digits`: ``int()`` refuses more than 4,300 digits, so a
    longer number is read a thousand digits at a time.
    """
    if len(text) <= 4000:
        return int(text)
    sign, digits = (-1, text[1:]) if text[0] == "-" else (1, text)
    n = 0
    for start in range(0, len(digits), 1000):
        piece = digits[start : start + 1000]
        n = n * 10 ** len(piece) + int(piece)
    return sign * n


class _Draft:
    """A mutable twin of :class:`Interval`, used only while building one.

    Filling the slots of a frozen attrs instance costs a descriptor call per slot.
    A draft has the very same slots, so ``draft.lo = x`` is a plain slot store
    (which CPython specialises), and assigning ``__class__`` -- allowed between
    classes whose slots are identical -- then turns the draft into an ordinary,
    frozen Interval. This halves the cost of building one. No draft ever leaves
    this module. (Building ``_EMPTY`` below checks the twins match at import.)
    """

    __slots__ = vars(Interval)["__slots__"]  # the same slots, whatever attrs made
    lo: End
    hi: End
    lo_closed: bool
    hi_closed: bool


_EMPTY: Final = _make(_INF, -_INF, False, False)
_UNBOUNDED: Final = _make(-_INF, _INF, False, False)


# -- helpers other modules share (one home for each) -------------------------------

#: The infinite end: ``math.inf`` (``-INF`` below), always open.
INF: Final = math.inf
#: Build an interval from ends already normal — exact, ``lo <= hi``, infinite ends open —
#: without checking them: the fast path for code that computed the ends itself.
unchecked = _make
#: A whole :class:`~fractions.Fraction` as an ``int``; any other end unchanged.
normal = _norm


def nearest_float(x: End) -> float:
    """The float nearest an end: ``±inf`` beyond the largest double (about 1.8e308).

    Sums and products of numbers within :mod:`pwstats.limits` can pass it, where
    ``float()`` raises OverflowError; the exact end is kept as text beside it
    (:func:`format_number`).

    >>> nearest_float(Fraction(1, 3)), nearest_float(10**400), nearest_float(-(10**400))
    (0.3333333333333333, inf, -inf)
    """
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf
