"""The one limit on the numbers pwstats reads, in one place.

A number read from a data file (interval notation in it included), from a ``Decimal``
or given to a data set must be *within the limit*:

- its magnitude is at most :data:`MAX_MAGNITUDE`, the largest finite double (about
  1.8e308): anything larger is a typing slip (``1e400``), and it would be infinity in
  every other tool;
- written exactly it needs at most :data:`MAX_DIGITS` digits after the point: a decimal
  has at most 1000 places, a fraction ``p/q`` a denominator of at most 10^1000.

Inside the limit every number is exact and round-trips through every format
(:func:`pwstats.interval.format_number` writes a decimal only when it has at most
:data:`MAX_DIGITS` places, else ``p/q``). The limit also bounds the work of reading:
``Decimal("1e999999999")`` is refused from its exponent, before any digit is made.
Arithmetic on numbers already made (``int`` and ``Fraction``) is exact at any size, and
:meth:`pwstats.Interval.parse` reads back what ``str()`` writes of its results (a total
of numbers near the limit) whatever their size; the float columns of frames show such a
number as ``±inf`` beside its exact text.

>>> check(10**308) == 10**308
True
>>> check(10**309)
Traceback (most recent call last):
...
pwstats.limits.LimitError: the number 1.0e+309 is too large: pwstats reads numbers ...
>>> check_decimal(Decimal("1e999999999"))
Traceback (most recent call last):
...
pwstats.limits.LimitError: the number 1E+999999999 is too large: pwstats reads numbers ...
"""

from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Final

from pwstats.errors import PwstatsError

__all__ = [
    "MAX_DIGITS",
    "MAX_MAGNITUDE",
    "MAX_NUMBER_TEXT",
    "LimitError",
    "check",
    "check_decimal",
    "check_text",
    "decimal",
]

#: The largest magnitude of a number pwstats reads: the largest finite double, exactly.
MAX_MAGNITUDE: Final = int(sys.float_info.max)
#: The most digits after the point: decimal places, or the digits of a denominator.
MAX_DIGITS: Final = 1000
#: The longest text of one number (a fraction within the limit needs at most ~2,300).
MAX_NUMBER_TEXT: Final = 3 * MAX_DIGITS

_MAX_DENOMINATOR: Final = 10**MAX_DIGITS
_MAX_ADJUSTED: Final = len(str(MAX_MAGNITUDE)) - 1  # 308: the exponent of the largest double


class LimitError(PwstatsError, ValueError):
    """A number beyond pwstats' documented limit (see :mod:`pwstats.limits`)."""


def _too_large(shown: str) -> LimitError:
    return LimitError(
        f"the number {shown} is too large: pwstats reads numbers of magnitude at most"
        " about 1.8e308 (the largest double)"
    )


def _too_fine(shown: str) -> LimitError:
    return LimitError(
        f"the number {shown} is too fine: pwstats reads at most {MAX_DIGITS} decimal"
        f" places, or a fraction whose denominator is at most 10^{MAX_DIGITS}"
    )


def _shown(x: int | Fraction) -> str:
    """A short name of a possibly huge number for a message."""
    if isinstance(x, int) or x.denominator == 1:
        n = int(x)
        sign = "-" if n < 0 else ""
        if n.bit_length() >= 13_000:  # str() would refuse it: say its size only
            return f"{sign}about 1e+{int(n.bit_length() * 0.30103)}"
        digits = str(abs(n))
        if len(digits) > 20:
            return f"{sign}{digits[0]}.{digits[1:4].rstrip('0') or '0'}e+{len(digits) - 1}"
        return str(n)
    return "a fraction" if x.denominator >= _MAX_DENOMINATOR else str(x)


def check(x: int | Fraction) -> int | Fraction:
    """Return ``x`` if it is within the limit, else raise :class:`LimitError`.

    >>> check(Fraction(1, 2**3000)) == Fraction(1, 2**3000)
    True
    >>> check(Fraction(1, 2**5000))
    Traceback (most recent call last):
    ...
    pwstats.limits.LimitError: the number a fraction is too fine: ...
    """
    if type(x) is int:
        if -MAX_MAGNITUDE <= x <= MAX_MAGNITUDE:
            return x
        raise _too_large(_shown(x))
    if x.denominator > _MAX_DENOMINATOR:
        raise _too_fine(_shown(x))
    if not -MAX_MAGNITUDE <= x <= MAX_MAGNITUDE:
        raise _too_large(_shown(int(x)))
    return x


def check_decimal(d: Decimal) -> None:
    """Raise :class:`LimitError` if a finite ``Decimal`` is beyond the limit.

    Looks only at its exponent and digits, so a huge exponent costs nothing.

    >>> check_decimal(Decimal("1.5e-3"))
    >>> check_decimal(Decimal("1e-1001"))
    Traceback (most recent call last):
    ...
    pwstats.limits.LimitError: the number 1E-1001 is too fine: ...
    """
    if not d.is_finite():
        return
    _, digits, exponent = d.as_tuple()
    if not any(digits):  # zero, whatever its exponent
        return
    assert isinstance(exponent, int)
    if d.adjusted() > _MAX_ADJUSTED:
        raise _too_large(str(d))
    if -exponent > MAX_DIGITS:
        raise _too_fine(str(d))
    if d.adjusted() == _MAX_ADJUSTED and abs(Fraction(d)) > MAX_MAGNITUDE:
        raise _too_large(str(d))


def check_text(text: str) -> None:
    """Raise :class:`LimitError` if the text of one number is too long to be within the limit.

    Called before the digits are turned into an ``int``, which takes time
    quadratic in their number.
    """
    if len(text) > MAX_NUMBER_TEXT:
        raise LimitError(
            f"a number of {len(text):,} characters is too long: pwstats reads numbers of at"
            f" most {MAX_NUMBER_TEXT:,} characters (magnitude up to about 1.8e308, at most"
            f" {MAX_DIGITS} decimal places)"
        )


def decimal(text: str) -> Decimal:
    """The exact ``Decimal`` of well-formed decimal text (``"2.5"``, ``"1e299"``), as a
    data file's float or number text is read; :class:`LimitError` for an exponent so
    large that ``Decimal`` itself cannot hold it (beyond 10^18), which no number within
    the limit has. Check the result with :func:`check_decimal`.

    >>> decimal("1.5e3"), decimal("0e99999999999999999999")
    (Decimal('1.5E+3'), Decimal('0'))
    >>> decimal("1e99999999999999999999")
    Traceback (most recent call last):
    ...
    pwstats.limits.LimitError: the number 1e99999999999999999999 is too large: ...
    """
    try:
        return Decimal(text)
    except InvalidOperation:
        mantissa, e, exponent = text.lower().partition("e")
        if not e:
            raise
        if not any(c in "123456789" for c in mantissa):
            return Decimal(0)  # zero, whatever its exponent
        shown = text if len(text) <= 40 else f"{text[:20]}...{text[-10:]}"
        raise (_too_fine(shown) if exponent.startswith("-") else _too_large(shown)) from None
