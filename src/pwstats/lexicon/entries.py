"""The kinds of lexicon entry: :class:`Hedge`, :class:`Vague` and :class:`Word`, checked once."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final, Literal, TypeAlias, get_args

import attrs

from pwstats.interval import Interval, Number

#: What a hedge says about the number it modifies. ``exact``: that number;
#: ``around``: near it on either side; ``below``: less than it; ``at_most``: it
#: or less; ``above``: more than it; ``at_least``: it or more.
Shape: TypeAlias = Literal["exact", "around", "below", "at_most", "above", "at_least"]
SHAPES: Final[tuple[Shape, ...]] = get_args(Shape)
#: Where a hedge stands: before the number ("more than 230") or after it ("230 or more").
Position: TypeAlias = Literal["before", "after"]
#: What a :class:`Word` is: a number word ("fifty"), an article read as one before a
#: scale ("a thousand"), a scale word ("thousand", "dozen"), a plural scale word that
#: counts a vague quantity in its unit ("several hundreds", "dozens of thousands"), a
#: suffix glued to digits ("1.2k"), a fraction ("third"), a percent word ("per cent"), a
#: unit ("years") or an ordinal suffix ("49th").
WordRole: TypeAlias = Literal[
    "number", "article", "scale", "plural", "suffix", "fraction", "percent", "unit", "ordinal"
]
WORD_ROLES: Final[tuple[WordRole, ...]] = get_args(WordRole)


#: Markers after a number that are approximate in themselves ("300-odd" is somewhat more
#: than 300): an approximator before the number adds nothing ("some 300-odd" is "300-odd").
APPROXIMATE_AFTER: Final = frozenset({"odd", "-odd"})


_PHRASE: Final = re.compile(r"[^\s]+(?: [^\s]+)*")


def _phrase(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be str, not {value!r}")
    if not value or value != value.lower() or _PHRASE.fullmatch(value) is None:
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be non-empty lower-case words"
            f" separated by single spaces, not {value!r}"
        )


def to_fraction(value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction)):
        raise TypeError(f"a tolerance is an int or Fraction, not {value!r}")
    return Fraction(value)


def _optional_fraction(value: object) -> Fraction | None:
    return None if value is None else to_fraction(value)


def to_number(value: object) -> Number:
    if isinstance(value, bool) or not isinstance(value, (int, Fraction)):
        raise TypeError(f"a lexicon number is an int or Fraction, not {value!r}")
    if isinstance(value, Fraction) and value.denominator == 1:
        return value.numerator
    return value


def _optional_number(value: object) -> Number | None:
    return None if value is None else to_number(value)


@attrs.frozen
class Hedge:
    """A word that bounds or blurs the number it stands beside.

    ``shape`` says what the words entail (the literal reading); ``tolerance``
    is the typical distance, as a share of the number, that a reader allows
    beyond what is entailed (the pragmatic reading); ``widest`` is, for an
    ``around`` hedge, the widest such share the lexicon documents, which is
    its literal reading (an approximator entails no sharp bound). ``position``
    is ``"after"`` for "230 or more". ``granular`` marks a comparative
    quantifier ("more than", "fewer than", "at least", "up to") whose pragmatic
    bound follows the number's granularity (Cummins, Sauerland & Solt: "more
    than 200" leaves room up to 250), so its half-unit floor is not capped;
    a proximity hedge ("almost", "about") keeps close to its number. See
    :func:`tolerance` and :func:`hedge_interval`.

    >>> Hedge("about", "around", tolerance=Fraction(1, 10), widest=Fraction(1, 4),
    ...       source="example").shape
    'around'
    >>> Hedge("about", "around", tolerance=Fraction(1, 10), source="example")
    Traceback (most recent call last):
    ...
    ValueError: hedge 'about': an 'around' hedge needs widest >= tolerance, got None
    """

    phrase: str = attrs.field(validator=_phrase)
    shape: Shape
    tolerance: Fraction = attrs.field(default=Fraction(0), converter=to_fraction, kw_only=True)
    widest: Fraction | None = attrs.field(default=None, converter=_optional_fraction, kw_only=True)
    position: Position = attrs.field(default="before", kw_only=True)
    granular: bool = attrs.field(default=False, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        where = f"hedge {self.phrase!r}"
        if self.shape not in SHAPES:
            raise ValueError(f"{where}: shape must be one of {SHAPES}, not {self.shape!r}")
        if self.position not in ("before", "after"):
            raise ValueError(f"{where}: position must be 'before' or 'after'")
        if self.tolerance < 0 or self.tolerance > 1:
            raise ValueError(f"{where}: tolerance must be in [0, 1], got {self.tolerance}")
        if self.shape == "exact" and self.tolerance != 0:
            raise ValueError(f"{where}: an 'exact' hedge has tolerance 0")
        if self.shape == "around" and (self.widest is None or self.widest < self.tolerance):
            raise ValueError(
                f"{where}: an 'around' hedge needs widest >= tolerance, got {self.widest}"
            )
        if self.shape != "around" and self.widest is not None:
            raise ValueError(f"{where}: only an 'around' hedge has a widest tolerance")


@attrs.frozen
class Vague:
    """A quantity said without a number ("hundreds"), read as ``[low, high]``.

    The interval is the same under every reading: a vague word entails its
    range and a careful reader takes nothing narrower. ``code`` is the point
    value conflict-data coders record for it (ACLED codes "hundreds" as 100,
    below the range: a code is a conservative count, not a best guess).

    >>> Vague("hundreds", low=200, high=999, code=100, source="example").interval
    Interval.parse('[200, 999]')
    """

    phrase: str = attrs.field(validator=_phrase)
    low: Number = attrs.field(converter=to_number, kw_only=True)
    high: Number = attrs.field(converter=to_number, kw_only=True)
    code: Number = attrs.field(converter=to_number, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError(
                f"vague quantity {self.phrase!r}: need 0 <= low <= high, got"
                f" [{self.low}, {self.high}]"
            )

    @property
    def interval(self) -> Interval:
        """``[low, high]``."""
        return Interval.closed(self.low, self.high)

    def in_units(self, multiplier: int, *, phrase: str) -> Vague:
        """This quantity counted in units of ``multiplier``: "several" in dozens, "several dozen".

        A whole number is "several dozen" when the number of whole dozens in it
        is "several": with "several" at [3, 9], every count from 3 dozen to 9
        dozen and 11, ``[36, 119]``. In numbers, ``[low × m, (high + 1) × m − 1]``.
        The default table's "tens", "dozens", "scores", "hundreds", "thousands"
        and "millions" are 2 to 9 units by this rule ("hundreds" is [200, 999],
        "dozens" [24, 119]), so "several hundred" lies inside "hundreds" and "a few
        dozen" and "several dozen" inside "dozens"; ACLED's "tens of thousands" (``[20000,
        99999]``) and "hundreds of thousands" are "tens" and "hundreds" counted in
        thousands. The code is the count's conservative end, ``low × m``
        ("several dozen" 36, "several hundred" 300), as a code is a conservative
        count, not a best guess: ``code × m`` would code "several hundred" 1000,
        the top of its interval. A phrase the table cites a row for ("tens of
        thousands", ACLED's 10,000) is read from that row, not by this rule.

        >>> several = Vague("several", low=3, high=9, code=3, source="example")
        >>> several.in_units(12, phrase="several dozen")
        Vague(phrase='several dozen', low=36, high=119, code=36, source='example')
        """
        if isinstance(multiplier, bool) or not isinstance(multiplier, int) or multiplier < 1:
            raise ValueError(
                f"vague quantity {self.phrase!r}: a unit to count it in is a whole number"
                f" of at least 1, not {multiplier!r}"
            )
        return Vague(
            phrase,
            low=self.low * multiplier,
            high=(self.high + 1) * multiplier - 1,
            code=self.low * multiplier,
            source=self.source,
        )


@attrs.frozen
class Word:
    """A number word, scale, plural scale, suffix, fraction, percent word, unit or ordinal.

    ``value`` is the number a ``number``/``article`` word stands for, the
    multiplier of a ``scale``/``plural``/``suffix``/``percent`` word (a
    ``plural`` one, "thousands", only counts a vague quantity in its unit:
    "dozens of thousands", see :meth:`Vague.in_units`), or the size of a
    ``fraction`` ("third" is 1/3); ``unit`` is the unit name a ``unit`` word
    gives ("years" gives "year"). A ``fraction`` with ``standalone=True`` needs
    no count before it ("half"; but "a third", not "third").

    >>> Word("dozen", "scale", value=12, source="example").value
    12
    """

    phrase: str = attrs.field(validator=_phrase)
    role: WordRole
    value: Number | None = attrs.field(default=None, converter=_optional_number, kw_only=True)
    unit: str | None = attrs.field(default=None, kw_only=True)
    standalone: bool = attrs.field(default=False, kw_only=True)
    source: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        where = f"word {self.phrase!r}"
        if self.role not in WORD_ROLES:
            raise ValueError(f"{where}: role must be one of {WORD_ROLES}, not {self.role!r}")
        needs_value = self.role not in ("unit", "ordinal")
        if needs_value and (self.value is None or self.value < 0):
            raise ValueError(f"{where}: a {self.role} word needs a non-negative value")
        if self.role == "unit" and not self.unit:
            raise ValueError(f"{where}: a unit word needs the unit name it gives")


#: One row of the lexicon.
Entry: TypeAlias = Hedge | Vague | Word
