"""What the scanner finds in tokens: a :class:`Quantity`, a :class:`Figure` or a :class:`Skip`."""

from __future__ import annotations

from fractions import Fraction
from typing import Final, NamedTuple

from pwstats.interval import Number
from pwstats.lexicon import Hedge, Vague, granularity
from pwstats.parse.amounts import AmountKind

#: The scanner's unit for a number whose text names none; :func:`parse` replaces it with
#: its ``unit`` argument. Never a unit name: the lexicon's unit words are not empty.
UNNAMED: Final = ""


class Quantity(NamedTuple):
    """A number, share or ratio read from tokens ``[start, end)``."""

    value: Number
    unit_g: Number | None  # granularity; None for ratios and fraction words
    end: int
    unit: str  # UNNAMED or "dimensionless"
    whole: bool  # a part of a whole: never above 1
    scale: Number  # the multiplier of a scale word or suffix ("million"), else 1
    share: bool  # a percentage, ratio or fraction
    year: bool  # four plain digits from 1800 to 2100
    ordinal: bool
    words: bool  # written in words


class Figure(NamedTuple):
    """A recognised figure: tokens ``[start, end)`` and what is needed to read it."""

    start: int
    end: int
    kind: AmountKind
    nominal: Number | None
    unit_g: Number | None
    unit: str
    whole: bool
    hedge: Hedge | None = None
    hedge_text: str | None = None
    vague: Vague | None = None
    low: Number | None = None
    high: Number | None = None
    #: A compound's readings: the hull of its parts ("roughly 1,000 to 2,000", "200-300+")
    #: or, with ``meet``, their intersection ("more than 40 but fewer than 60").
    parts: tuple[Figure, ...] = ()
    meet: bool = False
    #: Set when the figure's number is ambiguous ("8-10,000": 8 or 8,000?): the words
    #: :func:`extract` names in :attr:`Mention.unread`, its interval bounding nothing.
    unread: str | None = None
    #: Words after the figure that may hedge it but that pwstats cannot place ("300
    #: people at least partly", "300-something"): the token they start at and the words.
    tail: tuple[int, str] | None = None
    #: Said with a scale word or suffix ("11.2 million", "3.75m"): rounded to its last
    #: digit's place of the scale however many digits it has, so a bare one has a halo.
    scaled: bool = False


class Skip(NamedTuple):
    """Tokens ``[start, end)`` that look numeric but are not a figure (a date, a year, a name).

    ``unread`` is set for a figure pwstats cannot read ("2,600,00"): :func:`parse`
    refuses it and :func:`extract` gives it as a mention that bounds nothing,
    naming these words in :attr:`Mention.unread`.
    """

    start: int
    end: int
    why: str
    unread: str | None = None
    #: A scale given for the figures after it ("(thousands)", "(in millions)", "000s"):
    #: :func:`extract` marks those figures unread, :func:`parse` refuses them.
    header: bool = False


def norm(x: Fraction) -> Number:
    return x.numerator if x.denominator == 1 else x


def fraction_count(value: Fraction, scale: int, end: int, *, words: bool = True) -> Quantity:
    """``value`` × ``scale`` said with a fraction word ("a third of a million"), ending at ``end``.

    ``words`` is false when the count starts with digits ("1 and a half million").

    A count that comes out whole is as precise as the same number in digits
    ("one and a half million" as "1.5 million"); one that does not is precise
    to the fraction of the scale it names (a third of a million, to a third of
    a million), and when that is a whole unit or coarser :func:`figure_interval`
    reads it as the whole numbers around it.
    """
    count = norm(value * scale)
    step = granularity(count, 0) if isinstance(count, int) else Fraction(scale, value.denominator)
    return Quantity(count, step, end, UNNAMED, False, scale, False, False, False, words)


def figure_ends(fig: Figure) -> tuple[Number, Number]:
    """The lowest and highest value a range or vague figure states; of a compound
    ("hundreds - thousands", a vague word to another), the hull of its parts'."""
    if fig.kind == "vague" and fig.vague is not None:
        return fig.vague.low, fig.vague.high
    if fig.low is not None and fig.high is not None:
        return fig.low, fig.high
    assert fig.parts, "a range states its ends or is made of parts"
    ends = [figure_ends(part) for part in fig.parts]
    return min(lo for lo, _ in ends), max(hi for _, hi in ends)


def end_granularity(n: Number) -> Number:
    """The granularity of a range's or vague word's end, as if written in digits."""
    if isinstance(n, int):
        return granularity(n, 0)
    return granularity(n.numerator, 0) if n.denominator == 1 else Fraction(1, n.denominator)
