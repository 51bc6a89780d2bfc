"""The values pwstats reasons about: sources, measures, figures, relations, data sets.

Each is a frozen attrs class that checks itself once, when it is made. A
:class:`Figure` keeps its statement exactly as reported; what the words mean is
decided later, under a reading, by :func:`pwstats.parse`.

>>> src = Source(name="Dmytro Lubinets", role="Ombudsman", affiliation="Ukraine",
...              published="2024-01-03")
>>> returned = Measure(id="returned", label="Ukrainians returned", kind="cumulative")
>>> f = Figure(id="f1", measure=returned, value="2,828", source=src)
>>> f.measure, str(f.as_of), f.statement
('returned', '2024-01-03', '2,828')
>>> Dataset(measures=[returned], figures=[f]).figures_of("returned") == (f,)
True
"""

from __future__ import annotations

import abc
import datetime as dt
import decimal
import functools
import math
import numbers
import re
import weakref
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, TypeAlias, TypeVar, get_args

import attrs

from pwstats import limits, units
from pwstats.dates import DateSpan
from pwstats.errors import DatasetError, DatasetErrors, ParseError, UnitError, UnknownIdError
from pwstats.interval import End, Interval, Number, exact, format_number, normal
from pwstats.suggest import Suggester, nearest

if TYPE_CHECKING:
    import pandas as pd

    from pwstats.frames_out import DatasetTable

__all__ = [
    "Accumulates",
    "Basis",
    "Dataset",
    "Dims",
    "Figure",
    "Kind",
    "LessEqual",
    "Measure",
    "Relation",
    "Share",
    "Source",
    "Sum",
    "Value",
    "to_confidence",
]

#: How a measure behaves over time; see :class:`Measure`.
Kind: TypeAlias = Literal["level", "cumulative", "event", "flow"]
KINDS: tuple[Kind, ...] = get_args(Kind)
#: A statement as reported: words, an exact number, or an interval.
Value: TypeAlias = str | int | Fraction | Interval
#: What a figure claims; see :attr:`Figure.basis`.
Basis: TypeAlias = Literal["count", "estimate"]
BASES: tuple[Basis, ...] = get_args(Basis)
#: The confidence level of an estimate's interval when none is given: 95%.
DEFAULT_CONFIDENCE: Final = Fraction(19, 20)


# -- small converters and validators -------------------------------------------


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{_owner(instance)}.{attribute.name} must be str, not {_tname(value)}")


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _text(instance, attribute, value)
    assert isinstance(value, str)
    if not is_plain_id(value):
        raise DatasetError(
            f"{_owner(instance)}.{attribute.name} must be a non-empty id without surrounding"
            f" or control whitespace or NUL characters, not {value!r}",
            field=f"{_owner(instance).lower()}s.{attribute.name}",
        )


def is_plain_id(text: str) -> bool:
    """Whether ``text`` is an id as every pwstats value takes one: non-empty, without
    surrounding or control whitespace or a NUL (the check of ``Figure.id``, ``Measure.id``
    ...)."""
    if not text or text != text.strip():
        return False
    return not ("\n" in text or "\r" in text or "\t" in text or "\0" in text)


def _owner(instance: object) -> str:
    return type(instance).__name__


def _tname(value: object) -> str:
    return type(value).__name__


def _to_date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        span = DateSpan.parse(value)
        if span.days != 1:
            raise ParseError("a publication date must be one day, as YYYY-MM-DD", text=value)
        return span.start
    raise TypeError(f"published must be a date or YYYY-MM-DD text, not {_tname(value)}")


def _to_span(value: object) -> DateSpan | None:
    if value is None:
        return None
    try:
        return DateSpan.of(value)  # type: ignore[arg-type]  # a Period or datetime64 too
    except TypeError as exc:
        raise TypeError(f"as_of: {exc}") from None


def _to_strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if type(value) is tuple and all(type(item) is str for item in value):
        return value  # the common case: already a tuple of str
    if not isinstance(value, Iterable):
        raise TypeError(f"expected a sequence of str, not {_tname(value)}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"expected a sequence of str, found {_tname(item)} {item!r}")
    return items


def _to_measure_id(value: object) -> str:
    if isinstance(value, Measure):
        return value.id
    if isinstance(value, str):
        return value
    raise TypeError(f"a measure is given by its id (str) or a Measure, not {_tname(value)}")


def _to_measure_ids(value: object) -> tuple[str, ...]:
    if isinstance(value, (str, Measure)):
        return (_to_measure_id(value),)
    if not isinstance(value, Iterable):
        raise TypeError(f"expected measures (ids or Measure objects), not {_tname(value)}")
    return tuple(_to_measure_id(v) for v in value)


def _to_number(value: object) -> Number | None:
    if value is None:
        return None
    if type(value) is int:  # the common case, first
        return limits.check(value)
    if isinstance(value, str):
        raise TypeError(f"expected a number, not the text {value!r}")
    check_float(value)
    try:
        x = exact(value)
    except ValueError as exc:  # NaN: a value, not a type, the data set cannot hold
        raise DatasetError(str(exc)) from None
    if isinstance(x, float):
        raise DatasetError(f"expected a finite number, not {value!r}")
    return limits.check(x)  # what a data file could not hold, a data set does not either


def within_limit(iv: Interval) -> Interval:
    """``iv`` if each finite end is within :mod:`pwstats.limits`, else a ``LimitError``."""
    for end in (iv.lo, iv.hi):
        if not isinstance(end, float):
            limits.check(end)
    return iv


def _to_offset(value: object) -> Number:
    x = _to_number(value)
    if x is None:
        raise TypeError("offset must be a number, not None")
    return x


def _optional_identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _identifier(instance, attribute, value)


def _check_basis(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in BASES:
        raise DatasetError(f"Figure.basis must be one of {', '.join(BASES)}, not {value!r}")


_CONFIDENCE_TEXT: Final = re.compile(r"\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*")


def to_confidence(value: object) -> Fraction:
    """A confidence level as an exact fraction: ``0.95``, ``Decimal("0.95")``, ``"95%"``.

    A float is read as the decimal it prints as (``0.95`` is 19/20, not the
    binary float's 0.9499999999999999555...): confidence levels are written as
    decimals, and this is the number the user typed. Text is a decimal, or a
    percentage ending in ``%`` (one below 1%, such as "0.95%", is refused as a slip:
    95% or 0.95 was meant). The range [0.5, 1) is checked by :class:`Figure`
    (:func:`outside_confidence`).

    >>> to_confidence(0.95), to_confidence("90%"), to_confidence(Fraction(99, 100))
    (Fraction(19, 20), Fraction(9, 10), Fraction(99, 100))
    >>> to_confidence("high")
    Traceback (most recent call last):
    ...
    pwstats.errors.DatasetError: confidence must be a number in [0.5, 1) such as 0.95, ...
    """
    if value is DEFAULT_CONFIDENCE:
        return DEFAULT_CONFIDENCE  # every figure that gives none: the common case, first
    if isinstance(value, bool):
        raise TypeError("confidence must be a number in [0.5, 1), not a bool")
    if isinstance(value, str):
        match = _CONFIDENCE_TEXT.fullmatch(value)
        if match is None:
            raise DatasetError(
                "confidence must be a number in [0.5, 1) such as 0.95, or a percentage such as"
                f' "95%", not {value!r}'
            )
        level = Fraction(match.group(1))
        if match.group(2) and 0 < level < 1:  # "0.95%": a level written twice over
            shown = value.strip()
            raise DatasetError(
                f"confidence {shown!r} is {format_number(level)} per cent, no level a reported"
                f" interval has: did you mean {format_number(level * 100)}% or"
                f" {format_number(level)}?"
            )
        return level / 100 if match.group(2) else level
    if isinstance(value, float):
        if value != value or value in (_INF, -_INF):
            raise DatasetError(f"confidence must be a finite number in [0.5, 1), not {value!r}")
        return Fraction(repr(value))
    x = exact(value)
    if isinstance(x, float):  # pragma: no cover - exact() converts every finite number
        raise DatasetError(f"confidence must be a finite number in [0.5, 1), not {value!r}")
    return Fraction(x)


def confidence_on_count(level: Fraction | str) -> str:
    """Why a ``confidence`` given with a count (no ``basis = "estimate"``) is refused.

    Even at the default 95%: a level says low and high are an interval's ends, which a
    count would take as hard bounds.

    >>> confidence_on_count(Fraction(19, 20))[:46]
    'confidence 0.95 is given for a count (no basis'
    """
    shown = level if isinstance(level, str) else format_number(level)
    return (
        f"confidence {shown} is given for a count (no basis = 'estimate'), whose low and"
        " high would be read as hard bounds; a confidence level belongs to an estimate:"
        " add basis = 'estimate'"
    )


#: The lowest confidence level a reported interval is taken at: 50% (an interquartile
#: range, a 50% credible interval). A lower one is a slip, most often the significance
#: level (0.05 for a 95% interval).
LOWEST_CONFIDENCE: Final = Fraction(1, 2)


def outside_confidence(level: Fraction) -> str | None:
    """Why ``level`` is no confidence level, or None when it is one: in [0.5, 1).

    A level below 50% is refused as implausible for a reported interval: 0.05 is most
    often the significance level of a 95% interval.

    >>> outside_confidence(Fraction(95))
    'confidence 95 is outside [0.5, 1); give a level such as 0.95 (95%)'
    >>> outside_confidence(Fraction(1, 20))
    'confidence 0.05 is below 0.5, no level a reported interval has; if 0.05 is ...'
    """
    if LOWEST_CONFIDENCE <= level < 1:
        return None
    shown = format_number(level)
    if 0 < level < LOWEST_CONFIDENCE:
        if len(shown) > 24:  # 1e-400 as that, not 402 characters
            shown = f"{Decimal(level.numerator) / Decimal(level.denominator):.3g}"
        hint = "give a level such as 0.95 (95%)"
        if level <= Fraction(1, 5) and (level * 1000).denominator == 1:  # 0.05, 0.1: alpha
            alpha = format_number(1 - level)
            hint = (
                f"if {shown} is the significance level, the confidence is {alpha}"
                f" ({format_number((1 - level) * 100)}%)"
            )
        return (
            f"confidence {shown} is below {format_number(LOWEST_CONFIDENCE)}, no level a"
            f" reported interval has; {hint}"
        )
    return f"confidence {shown} is outside [0.5, 1); give a level such as 0.95 (95%)"


def _to_value(value: object) -> Value | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Interval):
        return within_limit(value)
    return _to_number(value)


# -- Source -----------------------------------------------------------------------


@attrs.frozen
class Source:
    """Who said a figure, and how it reached the reader.

    ``name`` is the speaker or body whose statement it is (a person, a ministry,
    an NGO); ``role`` their position and ``affiliation`` their side; ``via`` the
    outlets that carried it, nearest the speaker first and nearest the reader
    last; ``quote`` the figure's own words, a few at most. Two figures with the
    same ``name``, value and date are one piece of evidence however many
    outlets repeat them.

    >>> Source(name="Russian Ministry of Defence", via=("Telegram", "TVA Nouvelles")).chain
    'Russian Ministry of Defence, via Telegram, TVA Nouvelles'
    """

    name: str = attrs.field(validator=_text)
    role: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    affiliation: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    via: tuple[str, ...] = attrs.field(default=(), converter=_to_strings, kw_only=True)
    url: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    published: dt.date | None = attrs.field(default=None, converter=_to_date, kw_only=True)
    quote: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    id: str | None = attrs.field(default=None, validator=_optional_text, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise DatasetError("Source.name must not be empty: say whose statement it is")

    @property
    def chain(self) -> str:
        """The speaker followed by the outlets that carried the statement."""
        return ", via ".join([self.name, ", ".join(self.via)]) if self.via else self.name


# -- Dims ----------------------------------------------------------------------------

#: A dimension name: lowercase ASCII letters, digits and underscores, not starting with
#: a digit (CSV headers are read case-insensitively, so names are lowercase).
_DIM_NAME: Final = re.compile(r"[a-z_][a-z0-9_]*")
#: Names already checked (a data set of a million measures repeats a few names).
_DIM_NAMES_SEEN: set[str] = set()


def _dim_name(name: object) -> str:
    if type(name) is str and name in _DIM_NAMES_SEEN:
        return name
    if not isinstance(name, str):
        raise TypeError(f"a dimension name must be str, not {_tname(name)} {name!r}")
    if not _DIM_NAME.fullmatch(name):
        spelled = re.sub(r"[\s-]+", "_", name.strip().lower())
        hint = f": write {spelled!r}" if _DIM_NAME.fullmatch(spelled) else ""
        raise DatasetError(
            f"dimension name {name!r} must be lowercase letters, digits and underscores,"
            f" not starting with a digit (like 'conflict' or 'admin_1'){hint}"
        )
    if len(_DIM_NAMES_SEEN) < 10_000:
        _DIM_NAMES_SEEN.add(name)
    return name


def _dim_value(name: str, value: object) -> str:
    if type(value) is str:
        text = value
    elif isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return str(int(value))  # also another library's integer, such as numpy.int64
    elif isinstance(value, numbers.Number) and not isinstance(value, bool):
        raise TypeError(
            f"dimension {name!r}: a value must be text or an integer (stored as its"
            f" decimal text), not the number {value}: write it as text, {str(value)!r}"
        )
    else:
        raise TypeError(
            f"dimension {name!r}: a value must be text or an integer (stored as its"
            f" decimal text), not {_tname(value)} {value!r}"
        )
    if not text or text != text.strip() or "\n" in text or "\r" in text or "\t" in text:
        raise DatasetError(
            f"dimension {name!r}: a value must be non-empty text without surrounding or"
            f" control whitespace, not {text!r}"
        )
    return text


class Dims(Mapping[str, str]):
    """The tidy-data key of a measure: dimension name to value, frozen and ordered by name.

    Names are lowercase identifiers (``conflict``, ``admin_1``); values are
    non-empty text. An integer value is stored as its decimal text, so
    ``{"year": 2016}`` and ``{"year": "2016"}`` are the same key; other numbers are
    refused (a float year is a typing slip, and ``"1.50"`` and ``"1.5"`` would
    compare unequal). ``Dims`` is a read-only :class:`~collections.abc.Mapping`
    that equals any mapping with the same items, hashes, and prints as the
    keyword call that makes it.

    >>> d = Dims({"year": 2016, "conflict": "299"})
    >>> d
    Dims(conflict='299', year='2016')
    >>> d["year"], d == {"conflict": "299", "year": "2016"}, len(d)
    ('2016', True, 2)
    >>> str(d)
    'conflict=299, year=2016'
    >>> Dims({"Year": "2016"})
    Traceback (most recent call last):
    ...
    pwstats.errors.DatasetError: dimension name 'Year' must be lowercase letters, ...
    """

    __slots__ = ("__weakref__", "_hash", "_items")

    _items: tuple[tuple[str, str], ...]
    _hash: int

    def __new__(
        cls, items: Mapping[str, object] | Iterable[tuple[str, object]] = (), /, **named: object
    ) -> Dims:
        if type(items) is Dims and not named:
            return items
        if isinstance(items, Mapping):
            pairs = list(items.items())
        elif isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
            raise TypeError(
                f"dims must be a mapping of dimension name to value, not {_tname(items)}"
            )
        else:
            pairs = []
            for pair in items:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    raise TypeError(f"dims: expected (name, value) pairs, found {pair!r}")
                pairs.append(pair)
        pairs.extend(named.items())
        checked = {}
        for name, value in pairs:
            key = _dim_name(name)
            if key in checked:
                raise DatasetError(f"dims: dimension {key!r} is given twice")
            checked[key] = _dim_value(key, value)
        return _interned(tuple(sorted(checked.items())))

    def __getitem__(self, name: str) -> str:
        for key, value in self._items:
            if key == name:
                return value
        raise KeyError(name)

    def get(self, name: str, default: Any = None) -> Any:  # faster than Mapping.get
        for key, value in self._items:
            if key == name:
                return value
        return default

    def values_of(self, names: Sequence[str]) -> tuple[str | None, ...]:
        """The values of ``names``, None for each name these dims lack (one pass).

        >>> Dims(year=2016, conflict="299").values_of(("year", "country"))
        ('2016', None)
        """
        if len(names) == 1:
            return (self.get(names[0]),)
        found = dict(self._items)
        return tuple([found.get(name) for name in names])

    def __contains__(self, name: object) -> bool:
        return any(key == name for key, _ in self._items)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    @staticmethod
    def check_name(name: object) -> str:
        """``name`` if it is a valid dimension name, else an error saying what is.

        >>> Dims.check_name("admin_1")
        'admin_1'
        """
        return _dim_name(name)

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The (name, value) pairs, sorted by name."""
        return self._items

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Dims):
            return self is other or self._items == other._items
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return f"Dims({', '.join(f'{k}={v!r}' for k, v in self._items)})"

    def __str__(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self._items)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Dims, (self._items,))


class _DimsRef(weakref.ref):  # type: ignore[type-arg]  # of Dims; subscripted only in 3.12
    """A weak reference to an interned Dims that knows its key (to drop it when it dies)."""

    __slots__ = ("key",)
    key: tuple[tuple[str, str], ...]


#: Every Dims alive, by its pairs. A dict of weak references that drop their own key
#: when their Dims dies: WeakValueDictionary does the same at twice the cost a Dims.
_INTERNED: dict[tuple[tuple[str, str], ...], _DimsRef] = {}


def _forget(ref: _DimsRef) -> None:
    """Drop a dead Dims' key, unless the key already names a newer one."""
    if _INTERNED.get(ref.key) is ref:
        del _INTERNED[ref.key]


def _interned(ordered: tuple[tuple[str, str], ...]) -> Dims:
    """The one Dims of checked pairs sorted by name.

    Equal dims are one object: a million measures in ten thousand groups hold ten
    thousand Dims, and grouping can recognise a key by identity.
    """
    ref = _INTERNED.get(ordered)
    if ref is not None:
        shared: Dims | None = ref()
        if shared is not None:
            return shared
    self = object.__new__(Dims)
    self._items = ordered
    self._hash = hash(ordered)
    ref = _DimsRef(self, _forget)
    ref.key = ordered
    _INTERNED[ordered] = ref
    return self


def dims_maker(names: Sequence[str]) -> Callable[[Sequence[object]], Dims]:
    """Dims over fixed ``names`` from rows of values: ``make(values)`` is
    ``Dims({n: v for n, v in zip(names, values) if v is not None})``, and raises as it does.

    The names are checked and put in order once rather than for each row (a frame's
    grouping columns make a Dims per distinct row of values); each value is checked
    as :class:`Dims` checks it.

    >>> make = dims_maker(["year", "country"])
    >>> make(["2016", None]) is Dims(year="2016")
    True
    """
    try:
        checked = [_dim_name(n) for n in names]
    except (TypeError, ValueError):
        checked = []
    if len(checked) != len(names) or len(set(checked)) != len(checked):
        # A name Dims refuses (only where its value is given): each row checked in full.
        return lambda values: Dims(
            {n: v for n, v in zip(names, values, strict=True) if v is not None}
        )
    order = sorted(range(len(checked)), key=checked.__getitem__)
    ordered = [(checked[i], i) for i in order]

    def make(values: Sequence[object]) -> Dims:
        return _interned(
            tuple(
                (name, _dim_value(name, v)) for name, i in ordered if (v := values[i]) is not None
            )
        )

    return make


_NO_DIMS: Final = Dims()


def _to_dims(value: object) -> Dims:
    if value is None:
        return _NO_DIMS
    if isinstance(value, Dims):
        return value
    return Dims(value)  # type: ignore[arg-type]


# -- Measure -----------------------------------------------------------------------


def _check_kind(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in KINDS:
        raise DatasetError(f"Measure.kind must be one of {', '.join(KINDS)}, not {value!r}")


def _check_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _text(instance, attribute, value)
    assert isinstance(value, str)
    units.dimension(value)  # raises UnitError naming the unit


@attrs.frozen
class Measure:
    """What is counted, in what unit, and how it behaves over time.

    ``kind`` is ``"level"`` for a value at an instant that can rise or fall
    (people held in captivity), ``"cumulative"`` for a running total that never
    falls (people returned since 24 February 2022), ``"event"`` for the count
    of one dated event (people released in the exchange of 3 January 2024), and
    ``"flow"`` for a count over a period, a figure's as-of span being the whole
    period (deaths in 2016; excess deaths from 20 September to 31 December 2017).
    ``whole`` and ``nonnegative`` default from the unit: headcounts are never
    negative, and whole when counted in people; a headcount in thousands or millions
    (``"kiloperson"``, ``"megaperson"``) is not whole in its unit, since its people
    are whole, not its thousands (3.207 million is 3,207,000 people).
    ``dims`` is the measure's tidy-data key (see :class:`Dims`): what
    :func:`pwstats.total` and the other statistics group and filter by.

    >>> m = Measure(id="held", label="Ukrainians held by Russia")
    >>> m.unit, m.kind, m.whole, m.nonnegative
    ('person', 'level', True, True)
    >>> Measure(id="e1", label="deaths", kind="event", dims={"conflict": "299", "year": 2016}).dims
    Dims(conflict='299', year='2016')
    >>> Measure(id="tortured", label="share tortured", unit="percent").whole
    False
    >>> Measure(id="idp", label="displaced", unit="megaperson").whole
    False
    """

    id: str = attrs.field(validator=_identifier)
    label: str = attrs.field(validator=_text)
    unit: str = attrs.field(default="person", validator=_check_unit, kw_only=True)
    kind: Kind = attrs.field(default="level", validator=_check_kind, kw_only=True)
    whole: bool = attrs.field(kw_only=True)
    nonnegative: bool = attrs.field(kw_only=True)
    note: str = attrs.field(default="", validator=_text, kw_only=True)
    dims: Dims = attrs.field(default=_NO_DIMS, converter=_to_dims, kw_only=True)

    @whole.default
    def _whole_default(self) -> bool:
        # Whole people (or households), not whole thousands: kiloperson takes 3.207.
        return units.counts_things(self.unit)

    @nonnegative.default
    def _nonnegative_default(self) -> bool:
        return units.is_countable(self.unit) or units.dimension(self.unit) in (
            "dimensionless",
            "[time]",
        )

    def __attrs_post_init__(self) -> None:
        if self.kind == "flow" and units.is_share(self.unit):
            raise ValueError(
                f"measure {self.id!r}: a flow is a count over a period, which adds up over"
                f" periods, but {self.unit!r} is a share, which does not (30% of a year's"
                " deaths and 50% of its first half can both be true): make it a level, each"
                " figure's as_of the period it speaks of"
            )

    @property
    def domain(self) -> Interval:
        """Every value the measure can take before any figure is read."""
        return _NONNEGATIVE if self.nonnegative else Interval.unbounded()


_NONNEGATIVE = Interval.at_least(0)


# -- Figure ------------------------------------------------------------------------


@attrs.frozen
class Figure:
    """One reported figure, kept exactly as it was stated.

    Give the statement as ``value`` — words (``"almost 2,600"``), an exact
    number, or an :class:`~pwstats.Interval` — or, instead, ``low``, ``best``
    and ``high`` numbers, the convention of conflict-event data sets
    (``low <= best <= high``). ``as_of`` is the date or span the figure speaks
    of; it defaults to the source's publication date. A number or interval
    means itself under every reading; words are read by :func:`pwstats.parse`.

    ``basis`` says what the figure claims: ``"count"`` (the default) claims the
    quantity itself, a hard interval; ``"estimate"`` is a statistical estimate,
    ``best`` with ``low``/``high`` its interval at ``confidence`` (an exact
    fraction, default 19/20; see :func:`to_confidence` for what is accepted).
    An estimate needs all three numbers; a count takes no confidence.
    ``cites`` names the figure this one repeats, paraphrases or adopts;
    ``revises`` the figure this one corrects or supersedes. Both must name
    another figure of the same measure, and no chain of them may loop back;
    that is checked by :class:`Dataset`, which can resolve them
    (:meth:`Dataset.cited`, :meth:`Dataset.revised`).

    >>> Figure(id="x", measure="m", low=200, best=230, high=250, as_of="2024-01-03").statement
    '200–250 (best 230)'
    >>> Figure(id="x", measure="m", low=300, high=250, as_of="2024")
    Traceback (most recent call last):
    ...
    pwstats.errors.DatasetError: figure 'x': low 300 is above high 250
    >>> lancet = Figure(id="x", measure="m", basis="estimate", low=793, best=4645, high=8498,
    ...                 confidence=0.95, as_of="2017")
    >>> lancet.is_estimate, lancet.confidence
    (True, Fraction(19, 20))
    >>> Figure(id="x", measure="m", basis="estimate", low=793, high=8498, as_of="2017")
    Traceback (most recent call last):
    ...
    pwstats.errors.DatasetError: figure 'x': an estimate needs best, low and high ...
    """

    id: str = attrs.field(validator=_identifier)
    measure: str = attrs.field(converter=_to_measure_id)
    value: Value | None = attrs.field(default=None, converter=_to_value)
    low: Number | None = attrs.field(default=None, converter=_to_number, kw_only=True)
    best: Number | None = attrs.field(default=None, converter=_to_number, kw_only=True)
    high: Number | None = attrs.field(default=None, converter=_to_number, kw_only=True)
    source: Source | None = attrs.field(default=None, kw_only=True)
    as_of: DateSpan = attrs.field(default=None, converter=_to_span, kw_only=True)
    note: str = attrs.field(default="", validator=_text, kw_only=True)
    basis: Basis = attrs.field(default="count", validator=_check_basis, kw_only=True)
    confidence: Fraction = attrs.field(
        default=DEFAULT_CONFIDENCE, converter=to_confidence, kw_only=True
    )
    cites: str | None = attrs.field(default=None, validator=_optional_identifier, kw_only=True)
    revises: str | None = attrs.field(default=None, validator=_optional_identifier, kw_only=True)

    def __attrs_post_init__(self) -> None:
        where = f"figure {self.id!r}"
        if self.source is not None and not isinstance(self.source, Source):
            raise TypeError(f"{where}: source must be a Source, not {_tname(self.source)}")
        self._check_basis(where)
        for key in ("cites", "revises"):
            if getattr(self, key) == self.id:
                raise DatasetError(
                    f"{where} {key} itself: name another figure's id", field=f"figures.{key}"
                )
        estimates = (self.low, self.best, self.high)
        if self.value is None and all(v is None for v in estimates):
            raise DatasetError(f"{where}: give a value, or low/best/high numbers")
        if self.value is not None and any(v is not None for v in estimates):
            raise DatasetError(f"{where}: give either a value or low/best/high, not both")
        if isinstance(self.value, str) and not self.value.strip():
            raise DatasetError(f"{where}: the value text is empty")
        lo, best, hi = estimates
        if lo is not None and hi is not None and lo > hi:
            raise DatasetError(f"{where}: low {lo} is above high {hi}")
        if best is not None and ((lo is not None and best < lo) or (hi is not None and best > hi)):
            raise DatasetError(f"{where}: best {best} is outside [low, high] = [{lo}, {hi}]")
        if isinstance(self.value, Interval) and self.value.is_empty:
            raise DatasetError(f"{where}: the value is the empty interval")
        published = self.source.published if self.source is not None else None
        if self.as_of is None:
            if published is None:
                raise DatasetError(
                    f"{where}: as_of is missing and its source has no publication date",
                    field="figures.as_of",
                )
            object.__setattr__(self, "as_of", DateSpan.day(published))
        elif published is not None and self.as_of.start > published:
            raise DatasetError(
                f"{where}: as_of {self.as_of} starts after its source was published"
                f" ({published.isoformat()})",
                field="figures.as_of",
            )

    def _check_basis(self, where: str) -> None:
        if self.confidence is DEFAULT_CONFIDENCE and self.basis == "count":
            return  # a count with the default level: the common case, first
        outside = outside_confidence(self.confidence)
        if outside is not None:
            raise DatasetError(f"{where}: {outside}")
        if self.basis == "count":
            # Any level given, 0.95 too (only the default leaves it unset): a level says
            # low and high are an interval's ends, which a count would take as hard bounds.
            raise DatasetError(f"{where}: {confidence_on_count(self.confidence)}")
        missing = [k for k in ("low", "best", "high") if getattr(self, k) is None]
        if self.value is not None:
            raise DatasetError(
                f"{where}: an estimate is given as low, best and high numbers (its interval"
                " and best value), not as a value"
            )
        if missing:
            raise DatasetError(
                f"{where}: an estimate needs best, low and high (its interval at"
                f" {format_number(self.confidence * 100)}% confidence); missing"
                f" {' and '.join(missing)}"
            )
        self._check_poolable(where)

    def _check_poolable(self, where: str) -> None:
        """Refuse an estimate whose best or standard errors ``pwstats.meta`` cannot square.

        Reconciling pools and compares estimates in floating point; an estimate beyond
        those limits (a best past ±1e150, say) would stop ``reconcile`` with no figure
        named, so it is refused here, where its file and line are known.
        """
        from pwstats import meta  # imports only pwstats.interval: no cycle, no cost up front

        try:
            meta.Study.of(self)
        except ValueError as error:
            raise DatasetError(
                f"{where}: {str(error).removeprefix(f'study {self.id!r}: ')}"
            ) from None

    def __reduce__(self) -> tuple[Any, ...]:
        # A count's confidence is the default level itself (see _check_basis), kept so
        # across a pickle, where a Fraction would come back as an equal, new object.
        return (_unpickled_figure, tuple(getattr(self, name) for name in _FIGURE_FIELDS))

    @property
    def is_estimate(self) -> bool:
        """Whether the figure is a statistical estimate (``basis == "estimate"``)."""
        return self.basis == "estimate"

    @property
    def statement(self) -> str:
        """The figure as reported: its words, number or interval as text."""
        if isinstance(self.value, str):
            return self.value
        if isinstance(self.value, Interval):
            return str(self.value)
        if self.value is not None:
            return format_number(self.value)
        lo, best, hi = self.low, self.best, self.high
        if self.basis == "estimate" and lo is not None and best is not None and hi is not None:
            level = format_number(self.confidence * 100)
            return f"{_grouped(best)} ({level}% CI {_grouped(lo)}–{_grouped(hi)})"
        if lo is None and hi is None:
            return format_number(best) if best is not None else ""
        span = "–".join(format_number(v) if v is not None else "?" for v in (lo, hi))
        return span if best is None else f"{span} (best {format_number(best)})"

    @property
    def exact_interval(self) -> Interval | None:
        """The interval a number, interval or low/high figure states (None for words).

        >>> Figure(id="x", measure="m", value=248, as_of="2024").exact_interval
        Interval.parse('[248, 248]')
        >>> Figure(id="x", measure="m", low=200, as_of="2024").exact_interval
        Interval.parse('[200, +inf)')
        """
        value = self.value
        if isinstance(value, str):
            return None
        if isinstance(value, Interval):
            return value
        if value is not None:
            return Interval.point(value)
        if self.low is None and self.high is None:
            assert self.best is not None
            return Interval.point(self.best)
        lo: End = self.low if self.low is not None else -float("inf")
        hi: End = self.high if self.high is not None else float("inf")
        return Interval(lo, hi)

    @property
    def nominal(self) -> Number | None:
        """The number as stated, when there is one without reading words."""
        if isinstance(self.value, (int, Fraction)):
            return self.value
        return self.best

    @property
    def statement_key(self) -> tuple[object, ...]:
        """Speaker, date and what the words say: repeats of one statement share this key.

        Reconciliation's own definition (:func:`statement_key`), for the figure on
        a measure of the unit its words name, or of people if they name none, that
        takes any number: neither whole nor non-negative, so that no reading is cut
        to the measure's domain and two different statements ("[-3, 2]" and "[0,
        2]", "more than 2.5" and "at least 2.5") never share a key. "2,600", "2600"
        and 2600 from one speaker on one date are one statement, as they are in
        reconciliation. Words pwstats cannot read (never so in a data set, which
        refuses them) are compared as words, without case or repeated spaces.

        >>> said = dict(measure="m", as_of="2024-01-05", source=Source(name="OHCHR"))
        >>> Figure(id="a", value="2,600", **said).statement_key == Figure(
        ...     id="b", value=2600, **said).statement_key
        True
        """
        unit = "person"
        name = speaker(self.source)
        if isinstance(self.value, str) and name is not None:
            from pwstats.parse import parse  # lazily: parsing sits above the model

            try:
                amount = parse(self.value, reading="literal", nonnegative=False)
                unit = amount.unit or unit
            except ParseError:
                words = " ".join(self.value.casefold().split())
                return (name, self.as_of.start, self.as_of.end, words)
        measure = Measure(
            id=self.measure, label=self.measure, unit=unit, whole=False, nonnegative=False
        )
        return statement_key(self, measure, _literal_alone)


# -- statements -----------------------------------------------------------------------

#: How a figure's words are read for its statement: its literal interval in a measure's
#: unit and domain, and the number it states (None if none).
LiteralReading: TypeAlias = Callable[[Figure, Measure], tuple[Interval, Number | None]]


def speaker(source: Source | None) -> str | None:
    """Who made a statement, compared without case or surrounding space (None: no source)."""
    return None if source is None else folded(source.name)


@functools.lru_cache(maxsize=1 << 16)
def folded(name: str) -> str:
    """A speaker's name as names are compared: without case or surrounding space."""
    return name.strip().casefold()


def statement_key(figure: Figure, measure: Measure, literal: LiteralReading) -> tuple[object, ...]:
    """Who said what about when: repeats of one statement share this key.

    The one definition of "the same statement" (reconciliation's reader, tables,
    plots and :attr:`Figure.statement_key` use it): the speaker (:func:`speaker`),
    the as-of span, and what the words say — their literal reading on ``measure``
    and the number they state, both given by ``literal`` — rather than the raw
    text, so "2,600", "2600" and 2600 from one speaker on one date are one
    statement. A figure with no source is a statement of its own.
    """
    name = speaker(figure.source)
    if name is None:
        return ("\0" + figure.id,)
    as_of, value = figure.as_of, figure.value
    if type(value) is int and (value >= 0 or not measure.nonnegative):
        # What the general path gives for a stated whole number, without reading it.
        return (name, as_of.start, as_of.end, value, value, value, True, True)
    iv, nominal = literal(figure, measure)
    return (name, as_of.start, as_of.end, nominal, iv.lo, iv.hi, iv.lo_closed, iv.hi_closed)


def _literal_alone(figure: Figure, measure: Measure) -> tuple[Interval, Number | None]:
    """The literal reading of a figure alone, on a measure that takes any number.

    What reconciliation's reader gives for it (``pwstats.reconcile.read.Reader``),
    read afresh: the words by :func:`pwstats.parse` in the measure's unit (a number
    they state in another unit converted), anything else as stated.
    """
    value = figure.value
    if not isinstance(value, str):
        iv = figure.exact_interval
        assert iv is not None
        return iv, figure.nominal
    from pwstats.parse import prepare  # lazily: parsing sits above the model

    amount = prepare(value, nonnegative=measure.nonnegative, unit=measure.unit)("literal")
    iv, stated, unit = amount.interval, amount.nominal, amount.unit
    if stated is None:  # a vague word votes its code, as in reconciliation
        stated = getattr(amount, "code", None)
    if not unit or unit == measure.unit:
        return iv, stated
    factor = units.factor(unit, measure.unit)
    if factor == 1:
        return iv, stated
    if stated is None:
        return iv * factor, None
    scaled = normal(stated * factor)
    assert not isinstance(scaled, float)
    return iv * factor, scaled


def _grouped(x: Number) -> str:
    """A number with thousands separators when whole: ``4,645``."""
    return f"{x:,}" if isinstance(x, int) else format_number(x)


# -- values already checked ---------------------------------------------------------


def _unchecked_builder(cls: type[_V]) -> Callable[..., _V]:
    """A keyword-only function building ``cls`` from every field, without its checks.

    attrs' own ``__init__`` written out without converters and validators: for values
    whose every check the caller has made itself (a loader's fast path, each proved
    equal to the checked path by a property test). The source is made from
    :func:`attrs.fields`, never from input.
    """
    names = [a.name for a in attrs.fields(cls)]  # type: ignore[arg-type]
    lines = "".join(f"    setattr_(made_, {name!r}, {name})\n" for name in names)
    source = f"def build(*, {', '.join(names)}):\n    made_ = new_(cls_)\n{lines}    return made_\n"
    namespace: dict[str, Any] = {
        "new_": object.__new__,
        "setattr_": object.__setattr__,
        "cls_": cls,
    }
    exec(source, namespace)
    build: Callable[..., _V] = namespace["build"]
    build.__name__ = build.__qualname__ = f"checked_{cls.__name__.lower()}"
    build.__module__ = __name__
    return build


_V = TypeVar("_V")

#: A :class:`Figure` of fields already checked as ``Figure(...)`` checks them (every
#: field by keyword, ``as_of`` a :class:`~pwstats.DateSpan`), built without checking again.
checked_figure: Final = _unchecked_builder(Figure)
_FIGURE_FIELDS: Final = tuple(a.name for a in attrs.fields(Figure))


def _unpickled_figure(*values: Any) -> Figure:
    """A pickled :class:`Figure` again: a count's confidence the default level itself."""
    fields = dict(zip(_FIGURE_FIELDS, values, strict=True))
    if fields["basis"] == "count":
        fields["confidence"] = DEFAULT_CONFIDENCE
    figure: Figure = checked_figure(**fields)
    return figure


#: A :class:`Measure` of fields already checked (every field by keyword, ``dims`` a Dims).
checked_measure: Final = _unchecked_builder(Measure)
#: A :class:`Source` of fields already checked (every field by keyword, ``via`` a tuple).
checked_source: Final = _unchecked_builder(Source)


# -- Relations ---------------------------------------------------------------------


def _check_measure_ids(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    ids = value if isinstance(value, tuple) else (value,)
    if not ids:
        raise DatasetError(f"{_owner(instance)}.{attribute.name} must name at least one measure")
    for v in ids:
        if not isinstance(v, str) or not v:
            raise DatasetError(f"{_owner(instance)}.{attribute.name}: {v!r} is not a measure id")


@attrs.frozen
class Relation(abc.ABC):
    """A known tie between measures; make one with the named constructors.

    ``Relation.sum(total, parts)`` says total = Σ parts (total ≥ Σ parts when
    ``complete=False``); ``Relation.le(a, b)`` says a ≤ b (a ≤ b + offset with
    ``offset``); ``Relation.share(part, whole, share)`` says share = part / whole,
    the share being a measure id or a constant; ``Relation.accumulates(total,
    events)`` says a cumulative total rises between two dates by at least the
    event figures dated in between (exactly, when ``complete=True``).

    A sum, ≤ or share holds at each as-of span of its measures, so it ties measures
    of one kind of time: values at an instant (level and cumulative measures),
    counts over a period (flows), or events. :class:`Dataset` refuses one across
    them, naming it.

    >>> Relation.sum("held", ["held_military", "held_civilian"]).describe()
    'held = held_military + held_civilian'
    >>> Relation.le("confirmed", "missing", id="r1").id
    'r1'
    """

    KIND: ClassVar[str] = "relation"

    id: str = attrs.field(validator=_identifier, kw_only=True)

    @property
    @abc.abstractmethod
    def measures(self) -> tuple[str, ...]:
        """Every measure id the relation mentions."""

    @abc.abstractmethod
    def describe(self) -> str:
        """The relation as a formula over measure ids."""

    @staticmethod
    def sum(
        total: str | Measure,
        parts: Iterable[str | Measure],
        *,
        complete: bool = True,
        id: str | None = None,
    ) -> Sum:
        """total = Σ parts, or total ≥ Σ parts when not ``complete``."""
        t, ps = _to_measure_id(total), _to_measure_ids(parts)
        return Sum(total=t, parts=ps, complete=complete, id=id or _auto_id("sum", t, *ps))

    @staticmethod
    def le(
        a: str | Measure, b: str | Measure, *, offset: object = 0, id: str | None = None
    ) -> LessEqual:
        """a ≤ b + offset."""
        x, y = _to_measure_id(a), _to_measure_id(b)
        return LessEqual(a=x, b=y, offset=offset, id=id or _auto_id("le", x, y))

    @staticmethod
    def share(
        part: str | Measure,
        whole: str | Measure,
        share: str | Measure | Interval | int | float | Fraction | Decimal,
        *,
        id: str | None = None,
    ) -> Share:
        """share = part / whole; ``share`` is a measure id or a constant fraction of 1.

        A float constant is taken only if binary holds exactly the decimal it
        prints as (0.5, 0.25): 0.3 is really 0.29999999999999998889..., and
        taking that would contradict part 30 of whole 100, so it is a
        ``ValueError`` suggesting ``Fraction(3, 10)``, ``Decimal("0.3")`` or a
        measure. A float is converted exactly or rejected, never rounded.

        >>> Relation.share("p", "w", 0.25).ratio
        Interval.parse('[0.25, 0.25]')
        >>> Relation.share("p", "w", 0.3)
        Traceback (most recent call last):
        ...
        pwstats.errors.DatasetError: Relation.share: the float share 0.3 is not exactly 0.3 ...
        """
        p, w = _to_measure_id(part), _to_measure_id(whole)
        s: str | Interval
        if isinstance(share, (str, Measure)):
            s = _to_measure_id(share)
        elif isinstance(share, Interval):
            s = within_limit(share)
        else:
            check_float(share, what="Relation.share: the float share")
            s = Interval.point(share)
        label = s if isinstance(s, str) else str(s)
        return Share(part=p, whole=w, ratio=s, id=id or _auto_id("share", p, w, label))

    @staticmethod
    def accumulates(
        total: str | Measure,
        events: Iterable[str | Measure],
        *,
        complete: bool = False,
        id: str | None = None,
    ) -> Accumulates:
        """A running total rises by at least (exactly, if ``complete``) its dated events."""
        t, es = _to_measure_id(total), _to_measure_ids(events)
        return Accumulates(
            total=t, events=es, complete=complete, id=id or _auto_id("accumulates", t, *es)
        )


def _auto_id(kind: str, *names: str) -> str:
    return f"{kind}({', '.join(names)})"


def _check_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{_owner(instance)}.{attribute.name} must be bool, not {_tname(value)}")


@attrs.frozen
class Sum(Relation):
    """total = Σ parts (``complete``), or total ≥ Σ parts."""

    KIND: ClassVar[str] = "sum"

    total: str = attrs.field(validator=_check_measure_ids, kw_only=True)
    parts: tuple[str, ...] = attrs.field(
        converter=_to_measure_ids, validator=_check_measure_ids, kw_only=True
    )
    complete: bool = attrs.field(default=True, validator=_check_bool, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.total in self.parts:
            raise DatasetError(f"relation {self.id!r}: {self.total!r} cannot be a part of itself")
        if len(set(self.parts)) != len(self.parts):
            raise DatasetError(f"relation {self.id!r}: a part is named twice in {self.parts}")

    @property
    def measures(self) -> tuple[str, ...]:
        return (self.total, *self.parts)

    def describe(self) -> str:
        op = "=" if self.complete else "≥"
        return f"{self.total} {op} {' + '.join(self.parts)}"


@attrs.frozen
class LessEqual(Relation):
    """a ≤ b + offset."""

    KIND: ClassVar[str] = "le"

    a: str = attrs.field(validator=_check_measure_ids, kw_only=True)
    b: str = attrs.field(validator=_check_measure_ids, kw_only=True)
    offset: Number = attrs.field(default=0, converter=_to_offset, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.a == self.b:
            raise DatasetError(f"relation {self.id!r} compares {self.a!r} with itself")

    @property
    def measures(self) -> tuple[str, ...]:
        return (self.a, self.b)

    def describe(self) -> str:
        if self.offset == 0:
            return f"{self.a} ≤ {self.b}"
        sign = "+" if self.offset > 0 else "−"
        magnitude = -self.offset if self.offset < 0 else self.offset
        return f"{self.a} ≤ {self.b} {sign} {format_number(magnitude)}"


def check_float(value: object, *, what: str = "the float") -> None:
    """Reject a finite float whose exact binary value is not the decimal it prints as.

    A figure or share given as 0.1 means one tenth, but the float 0.1 is
    0.1000000000000000055...: taking that exactly would contradict a part of 10
    in a whole of 100, and rounding it would silently change a number. Floats
    that binary holds exactly (0.5, 0.25, 2.0) are taken as they are. numpy's
    floats follow the same rule, each at its own precision: ``float32(0.5)``
    is taken, ``float32(0.1)`` (which prints as 0.1) is refused.
    """
    shown = _float_text(value)
    if shown is None:
        return
    x = exact(value)
    if not isinstance(x, (int, Fraction)) or x == Fraction(shown):
        return
    wanted = Fraction(shown)
    raise DatasetError(
        f"{what} {shown} is not exactly {shown} in binary (it is {_decimal(x)}), and"
        " pwstats never rounds a float; pass"
        f' Fraction({wanted.numerator}, {wanted.denominator}) or Decimal("{shown}") instead'
    )


def _float_text(value: object) -> str | None:
    """The shortest decimal text of a binary float (Python's or numpy's); None for others."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return float.__repr__(value)  # numpy's float64 repr is "np.float64(0.1)"
    if isinstance(value, numbers.Real) and not isinstance(
        value, (numbers.Integral, Fraction, Decimal)
    ):
        text = str(value)  # numpy prints the shortest text that reads back at its precision
        try:
            Fraction(text)
        except ValueError:  # inf, nan, or a type that prints otherwise
            return None
        return text
    return None


def _decimal(x: Number) -> Decimal:
    """The exact decimal expansion of a binary float's value (its denominator is a power of 2)."""
    if isinstance(x, int):
        return Decimal(x)
    places = x.denominator.bit_length() - 1
    with decimal.localcontext() as context:
        context.prec = len(str(abs(x.numerator))) + places + 1
        return (Decimal(x.numerator) * Decimal(5) ** places).scaleb(-places)


_INF: Final = float("inf")


_AT_MOST_ONE: Final = Interval.at_most(1)
_AT_LEAST_ZERO: Final = Interval.at_least(0)


def _check_share(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, Interval):
        if value.is_empty:
            raise DatasetError("Share.share must not be the empty interval")
        if not value.overlaps(_AT_MOST_ONE):
            raise DatasetError(
                f"Share.share {value} is above 1, a part larger than its whole: a share is a"
                " fraction of 1 (write 0.3, not 30, for 30 percent)"
            )
        if not value.overlaps(_AT_LEAST_ZERO):
            raise DatasetError(f"Share.share {value} is below 0: a share of a whole cannot be")
        return
    _check_measure_ids(instance, attribute, value)


@attrs.frozen
class Share(Relation):
    """part = ratio × whole, where ratio is a measure id or a constant interval.

    Made by :meth:`Relation.share`, whose ``share`` argument becomes ``ratio``.
    """

    KIND: ClassVar[str] = "share"

    part: str = attrs.field(validator=_check_measure_ids, kw_only=True)
    whole: str = attrs.field(validator=_check_measure_ids, kw_only=True)
    ratio: str | Interval = attrs.field(validator=_check_share, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.part == self.whole:
            raise DatasetError(f"relation {self.id!r}: part and whole are both {self.part!r}")

    @property
    def measures(self) -> tuple[str, ...]:
        if isinstance(self.ratio, str):
            return (self.part, self.whole, self.ratio)
        return (self.part, self.whole)

    def describe(self) -> str:
        return f"{self.part} = {self.ratio} × {self.whole}"


@attrs.frozen
class Accumulates(Relation):
    """A cumulative total rises by at least (``complete``: exactly) its dated events."""

    KIND: ClassVar[str] = "accumulates"

    total: str = attrs.field(validator=_check_measure_ids, kw_only=True)
    events: tuple[str, ...] = attrs.field(
        converter=_to_measure_ids, validator=_check_measure_ids, kw_only=True
    )
    complete: bool = attrs.field(default=False, validator=_check_bool, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.total in self.events:
            raise DatasetError(f"relation {self.id!r}: {self.total!r} cannot accumulate itself")

    @property
    def measures(self) -> tuple[str, ...]:
        return (self.total, *self.events)

    def describe(self) -> str:
        op = "rises by exactly" if self.complete else "rises by at least"
        return f"{self.total} {op} {' + '.join(self.events)} between dates"


RELATION_KINDS: dict[str, type[Relation]] = {
    cls.KIND: cls for cls in (Sum, LessEqual, Share, Accumulates)
}


# -- Dataset -----------------------------------------------------------------------


def _tuple_of(value: object, kind: type[Any], name: str) -> tuple[Any, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"Dataset.{name} must be a sequence of {kind.__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, kind):
            raise TypeError(
                f"Dataset.{name} must hold {kind.__name__} values, found {_tname(item)}"
            )
    return items


def _measures(value: object) -> tuple[Measure, ...]:
    return _tuple_of(value, Measure, "measures")


def _figures(value: object) -> tuple[Figure, ...]:
    return _tuple_of(value, Figure, "figures")


def _relations(value: object) -> tuple[Relation, ...]:
    return _tuple_of(value, Relation, "relations")


def _sources(value: object) -> tuple[Source, ...]:
    return _tuple_of(value, Source, "sources")


@attrs.frozen
class Dataset:
    """Measures, the figures reported about them, and the relations between them.

    A data set is checked as a whole when it is made: ids are unique, every
    figure's measure and every relation's measures exist, related measures have
    compatible units, and numbers fit their measure (no negative headcount).
    All problems are raised together as one :class:`~pwstats.errors.DatasetErrors`
    group of :class:`~pwstats.DatasetError`.

    ``sources`` lists sources by id; the sources of the figures are added to it.

    >>> Dataset(measures=[Measure(id="m", label="m")],
    ...         figures=[Figure(id="f", measure="n", value=1, as_of="2024")])
    Traceback (most recent call last):
    ...
    pwstats.errors.DatasetErrors: 1 problem in the data set (figures.measure: figure 'f' ...)
    """

    measures: tuple[Measure, ...] = attrs.field(default=(), converter=_measures)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)

    def __attrs_post_init__(self) -> None:
        problems = list(self._problems())
        if problems:
            raise DatasetErrors.of(problems)

    def _problems(self) -> Iterable[DatasetError]:
        yield from _duplicates("measures", [m.id for m in self.measures])
        yield from _duplicates("figures", [f.id for f in self.figures])
        yield from _duplicates("relations", [r.id for r in self.relations])
        yield from _duplicates("sources", [s.id for s in self.sources if s.id is not None])
        measures = {m.id: m for m in self.measures}
        suggest = Suggester(measures)
        for f in self.figures:
            m = measures.get(f.measure)
            if m is None:
                yield DatasetError(
                    f"figure {f.id!r} names unknown measure {f.measure!r}"
                    + suggest.hint(f.measure),
                    field="figures.measure",
                )
                continue
            yield from fits(f, m)
            if type(f.value) is str:
                problem = measure_words_problem(f.value, m)
                if problem is not None:
                    yield DatasetError(f"figure {f.id!r}: {problem}", field="figures.value")
        for r in self.relations:
            unknown = [x for x in r.measures if x not in measures]
            for x in unknown:
                yield DatasetError(
                    f"relation {r.id!r} names unknown measure {x!r}" + suggest.hint(x),
                    field="relations",
                )
            if not unknown:
                yield from _relation_units(r, measures)
                yield from _relation_times(r, measures)
        yield from (p.error for p in link_problems(self.figures, self._figure_by_id))

    # -- look-ups ----------------------------------------------------------------

    @functools.cached_property
    def _measure_index(self) -> dict[str, Measure]:
        return {m.id: m for m in self.measures}

    @functools.cached_property
    def _figure_index(self) -> dict[str, tuple[Figure, ...]]:
        index: dict[str, list[Figure]] = {}
        for f in self.figures:
            index.setdefault(f.measure, []).append(f)
        return {k: tuple(v) for k, v in index.items()}

    def measure(self, id: str | Measure) -> Measure:
        """The measure with this id (or this measure's id); :class:`UnknownIdError`
        naming the nearest id if none, ``TypeError`` if ``id`` is neither."""
        id = _to_measure_id(id)
        try:
            return self._measure_index[id]
        except KeyError:
            raise UnknownIdError(f"no measure {id!r}{_nearest(id, self._measure_index)}") from None

    def figures_of(self, measure: str | Measure) -> tuple[Figure, ...]:
        """The figures about one measure, in data-set order."""
        return self._figure_index.get(_to_measure_id(measure), ())

    @functools.cached_property
    def _figure_by_id(self) -> dict[str, Figure]:
        return {f.id: f for f in self.figures}

    def figure(self, id: str) -> Figure:
        """The figure with this id; :class:`UnknownIdError` naming the nearest id if none."""
        if not isinstance(id, str):
            raise TypeError(f"a figure is given by its id (str), not {_tname(id)}")
        try:
            return self._figure_by_id[id]
        except KeyError:
            known = self._figure_by_id
            near = _nearest(id, known) if len(known) <= _NEAREST_LIMIT else ""
            raise UnknownIdError(f"no figure {id!r}{near}") from None

    def _linked(self, figure: str | Figure, key: Literal["cites", "revises"]) -> Figure | None:
        f = figure if isinstance(figure, Figure) else self.figure(figure)
        target = getattr(f, key)
        return None if target is None else self._figure_by_id[target]

    def cited(self, figure: str | Figure) -> Figure | None:
        """The figure that ``figure`` (a figure or its id) cites, or None if it cites none.

        >>> m = Measure(id="m", label="m")
        >>> study = Figure(id="study", measure="m", value=2975, as_of="2018")
        >>> press = Figure(id="press", measure="m", value="nearly 3,000", as_of="2018",
        ...                cites="study")
        >>> again = Figure(id="again", measure="m", value="about 3,000", as_of="2018",
        ...                cites="press")
        >>> d = Dataset(measures=[m], figures=[study, press, again])
        >>> d.cited("press").id, d.cited(study), d.original("again").id
        ('study', None, 'study')
        """
        return self._linked(figure, "cites")

    def revised(self, figure: str | Figure) -> Figure | None:
        """The figure that ``figure`` (a figure or its id) revises, or None if it revises none.

        >>> m = Measure(id="m", label="m")
        >>> d = Dataset(measures=[m], figures=[
        ...     Figure(id="v1", measure="m", value=1984, as_of="2024-01"),
        ...     Figure(id="v2", measure="m", value=2011, as_of="2024-01", revises="v1")])
        >>> d.revised("v2").id, d.revised("v1")
        ('v1', None)
        """
        return self._linked(figure, "revises")

    def original(self, figure: str | Figure) -> Figure:
        """The figure at the end of ``figure``'s chain of citations (itself if it cites none).

        A press report citing an agency that adopted a study's figure resolves
        to the study. The chain is finite: a data set has no cycle of citations.

        >>> m = Measure(id="m", label="m")
        >>> d = Dataset(measures=[m], figures=[
        ...     Figure(id="study", measure="m", value=2975, as_of="2018"),
        ...     Figure(id="agency", measure="m", value=2975, as_of="2018", cites="study"),
        ...     Figure(id="press", measure="m", value="nearly 3,000", as_of="2018",
        ...            cites="agency")])
        >>> d.original("press").id, d.original("study").id
        ('study', 'study')
        """
        f = figure if isinstance(figure, Figure) else self.figure(figure)
        while f.cites is not None:
            f = self._figure_by_id[f.cites]
        return f

    @functools.cached_property
    def _revisers(self) -> dict[str, tuple[Figure, ...]]:
        index: dict[str, list[Figure]] = {}
        for f in self.figures:
            if f.revises is not None:
                index.setdefault(f.revises, []).append(f)
        return {k: tuple(v) for k, v in index.items()}

    def revised_by(self, figure: str | Figure) -> tuple[Figure, ...]:
        """The figures that revise ``figure`` (a figure or its id), in data-set order.

        >>> m = Measure(id="m", label="m")
        >>> v1 = Figure(id="v1", measure="m", value=1984, as_of="2024-01")
        >>> v2 = Figure(id="v2", measure="m", value=2011, as_of="2024-01", revises="v1")
        >>> d = Dataset(measures=[m], figures=[v1, v2])
        >>> [f.id for f in d.revised_by("v1")], d.revised("v2").id
        (['v2'], 'v1')
        """
        f = figure if isinstance(figure, Figure) else self.figure(figure)
        return self._revisers.get(f.id, ())

    @property
    def all_sources(self) -> tuple[Source, ...]:
        """The listed sources, then every other distinct source a figure cites."""
        seen = list(self.sources)
        for f in self.figures:
            if f.source is not None and f.source not in seen:
                seen.append(f.source)
        return tuple(seen)

    def to_frame(self, table: DatasetTable = "figures") -> pd.DataFrame:
        """One table of the data set as a pandas DataFrame (needs the ``pandas`` extra).

        ``table`` is ``"figures"`` (one row per figure, with its source's fields),
        ``"measures"``, ``"sources"`` (the rows of ``tabulate(dataset, table="sources")``:
        each source as figures cite it, numbered by first citation, with how many cite it;
        then listed sources no figure cites) or ``"relations"``. Intervals and numbers come as exact
        text, nearest floats and closedness flags; docs/notebooks.md lists every
        column.
        """
        from pwstats.frames_out import dataset_frame

        return dataset_frame(self, table)

    def __repr__(self) -> str:
        """``Dataset(27 measures, 33 figures, 13 relations, 20 sources)``."""
        from pwstats.notebook import dataset_repr

        return dataset_repr(self)

    def _repr_html_(self) -> str:
        from pwstats.notebook import dataset_html

        return dataset_html(self)

    @classmethod
    def combine(cls, *datasets: Dataset) -> Dataset:
        """One data set holding everything in ``datasets`` (ids must stay unique)."""
        sources: list[Source] = []
        for d in datasets:
            sources.extend(s for s in d.sources if s not in sources)
        return cls(
            measures=[m for d in datasets for m in d.measures],
            figures=[f for d in datasets for f in d.figures],
            relations=[r for d in datasets for r in d.relations],
            sources=sources,
        )


def trusted_dataset(
    *,
    measures: Sequence[Measure] = (),
    figures: Sequence[Figure] = (),
    relations: Sequence[Relation] = (),
    sources: Sequence[Source] = (),
) -> Dataset:
    """A data set of parts already checked together, built without checking them again.

    For pwstats' own modules only (it is not in the public namespace): a part of a
    checked data set (figures kept by ``known_at``, a component, a scaled-out part)
    or a data set whose every check its builder has made itself (:func:`pwstats.load`).
    Anything else must go through ``Dataset(...)``, whose checks are the only
    definition of valid.
    """
    made = object.__new__(Dataset)
    for name, value in (
        ("measures", measures),
        ("figures", figures),
        ("relations", relations),
        ("sources", sources),
    ):
        object.__setattr__(made, name, value if type(value) is tuple else tuple(value))
    return made


def _duplicates(field: str, ids: Sequence[str]) -> Iterable[DatasetError]:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            yield DatasetError(f"duplicate id {i!r}", field=f"{field}.id")
        seen.add(i)


#: Beyond this many ids, an unknown id's nearest match is not looked for (it is slow).
_NEAREST_LIMIT: Final = 10_000


def _nearest(name: str, known: Iterable[str]) -> str:
    return nearest(name, known)


_LINKS: Final[tuple[Literal["cites", "revises"], ...]] = ("cites", "revises")


@attrs.frozen
class LinkProblem:
    """A problem of one figure's link: the figure's id, its key, and the error to report.

    A reader places the error at the figure's record or row and its ``key`` column
    from these fields, never from the message's text.
    """

    figure: str
    key: Literal["cites", "revises"]
    error: DatasetError


def link_problems(
    figures: Sequence[Figure], by_id: dict[str, Figure], unbuilt: Container[str] = ()
) -> Iterable[LinkProblem]:
    """Problems of ``cites`` and ``revises``: unknown ids, other measures, cycles.

    Each names the figure whose link fails and the key (:class:`LinkProblem`). A link
    to an id in ``unbuilt`` (a figure :func:`pwstats.load` read but could not build,
    its own problem already reported) is not reported again. Each figure has at most
    two outgoing links, so the cycle search (colouring depth-first search over the
    links) takes time linear in the figures.
    """
    # One suggester for every unknown id, made at the first: a fresh one each compared
    # the id with every figure's, so a file of N broken links took N² comparisons.
    suggest: Suggester | None = None
    broken: set[tuple[str, str]] = set()
    for f in figures:
        for key in _LINKS:
            target = getattr(f, key)
            if target is None:
                continue
            other = by_id.get(target)
            if other is None:
                broken.add((f.id, key))
                if target in unbuilt:
                    continue
                if suggest is None:
                    suggest = Suggester(by_id if len(by_id) <= _NEAREST_LIMIT else ())
                near = suggest.hint(target)
                yield LinkProblem(
                    f.id,
                    key,
                    DatasetError(
                        f"figure {f.id!r} {key} unknown figure {target!r}{near}",
                        field=f"figures.{key}",
                    ),
                )
            elif other.measure != f.measure:
                broken.add((f.id, key))
                yield LinkProblem(
                    f.id,
                    key,
                    DatasetError(
                        f"figure {f.id!r} {key} {target!r}, a figure of measure"
                        f" {other.measure!r}; a figure can only {key.rstrip('s')} a figure of"
                        f" its own measure ({f.measure!r})",
                        field=f"figures.{key}",
                    ),
                )
    yield from _cycles(figures, by_id, broken)


def _cycles(
    figures: Sequence[Figure], by_id: dict[str, Figure], broken: set[tuple[str, str]]
) -> Iterable[LinkProblem]:
    def edges(f: Figure) -> list[tuple[Literal["cites", "revises"], Figure]]:
        out: list[tuple[Literal["cites", "revises"], Figure]] = []
        for key in _LINKS:
            target = getattr(f, key)
            if target is not None and (f.id, key) not in broken:
                out.append((key, by_id[target]))
        return out

    done: set[str] = set()
    for start in figures:
        if start.id in done or (start.cites is None and start.revises is None):
            continue
        # iterative depth-first search; ``path`` is the grey stack of (figure, its edges, key in)
        on_path: dict[str, int] = {start.id: 0}
        path: list[tuple[Figure, list[tuple[Literal["cites", "revises"], Figure]], str]] = [
            (start, edges(start), "")
        ]
        while path:
            f, todo, _ = path[-1]
            if not todo:
                path.pop()
                del on_path[f.id]
                done.add(f.id)
                continue
            key, nxt = todo.pop()
            if nxt.id in done:
                continue
            if nxt.id in on_path:
                loop = [g for g, _, _ in path[on_path[nxt.id] :]]
                keys = [k for _, _, k in path[on_path[nxt.id] + 1 :]] + [key]
                steps = [
                    f"{g.id!r} {k} {h.id!r}"
                    for g, k, h in zip(loop, keys, [*loop[1:], nxt], strict=True)
                ]
                yield LinkProblem(
                    f.id,
                    key,
                    DatasetError(
                        f"figure {f.id!r} {key} {nxt.id!r}, closing a cycle of citations and"
                        f" revisions ({', '.join(steps)}); each must name an earlier statement",
                        field=f"figures.{key}",
                    ),
                )
                continue
            on_path[nxt.id] = len(path)
            path.append((nxt, edges(nxt), key))


#: The keys a figure's numbers are given by: ``number`` (its value) and the three estimates.
NUMBER_KEYS: Final = ("number", "low", "best", "high")


def fits(f: Figure, m: Measure, written: Mapping[str, str] | None = None) -> Iterable[DatasetError]:
    """Whether figure ``f``'s numbers fit measure ``m`` (its words: :func:`words_problem`).

    The one check of a figure's numbers, made by :class:`Dataset` and by every loader: a
    number, and each of ``low``, ``best`` and ``high``, must lie in the measure's domain
    (none below 0 on a ``nonnegative`` measure) and, on a measure of ``whole`` things, be
    a whole number ("best 1.2" persons is refused as "2.5" is). ``written`` maps a key
    of :data:`NUMBER_KEYS` to the text a file gave it: on a whole-numbered measure, a
    number written with one to three digits, a point and exactly three digits ("12.000",
    "1.200") is refused even when whole, since it may be 12,000 written with a European
    thousands separator; pwstats does not guess. An interval need only meet the domain,
    and so need an estimate's (``basis="estimate"``): its best and interval are
    statistics, which may be fractional (4645.5, which :func:`pwstats.dump` writes as
    such) and, for a symmetric interval, reach below 0 (reconciling cuts them to it).
    Each problem's field names its key (``figures.best``; ``figures.value`` for a number).

    >>> m = Measure(id="killed", label="killed")
    >>> [e.message for e in fits(Figure(id="f", measure="killed", low=-2, best=5, high=6,
    ...                                 as_of="2024"), m)]
    ["figure 'f' states low -2 for 'killed', which cannot be negative; ..."]
    >>> [e.field for e in fits(Figure(id="f", measure="killed", low=1, best=Fraction(6, 5),
    ...                               high=2, as_of="2024"), m)]
    ['figures.best']
    """
    if f.value is None and not f.is_estimate:
        if not written and all(
            x is None or (type(x) is int and x >= 0) for x in (f.low, f.best, f.high)
        ):
            return  # whole numbers of 0 or more fit every measure: the common case, first
        for key in ("low", "best", "high"):
            x = getattr(f, key)
            if x is not None:
                yield from _number_fits(f, m, key, x, (written or {}).get(key))
        return
    if type(f.value) is int or isinstance(f.value, Fraction):
        yield from _number_fits(f, m, None, f.value, (written or {}).get("number"))
        return
    iv = f.exact_interval
    if iv is None:
        return
    # An estimate's numbers are told at its best (the interval at low), an interval's at it.
    key = "value" if f.value is not None else "best" if f.best is not None else "low"
    if m.nonnegative and not iv.overlaps(m.domain):
        yield DatasetError(
            f"figure {f.id!r} states {f.statement} for {m.id!r}, which cannot be negative;"
            " for a signed quantity, set the measure's nonnegative to false",
            field=f"figures.{key}",
        )
    if m.whole and iv.is_point and isinstance(iv.lo, Fraction):
        yield DatasetError(
            f"figure {f.id!r} states {f.statement} for {m.id!r}, which counts"
            f" {_whole_things(m.unit)}{thousands_hint(iv.lo)}",
            field=f"figures.{key}",
        )
    text = (written or {}).get("interval")
    if m.whole and text is not None and not f.is_estimate:
        # "[12.000, 15.000]" persons: each end 12 or 12,000? As for a number, no guess. An
        # end that is no whole number ("12.345") may stand: an interval's ends need not be.
        end = next(
            (
                e
                for e in _INTERVAL_ENDS.findall(text)
                if _three_decimals(e) and Fraction(e).denominator == 1
            ),
            None,
        )
        if end is not None:
            yield DatasetError(
                f"figure {f.id!r} states interval {text.strip()!r} for {m.id!r}, which counts"
                f" {_whole_things(m.unit)}: {ambiguous(end)}",
                field="figures.interval",
            )


#: A digit, a point and three digits: words that may hold a "12.000" (12 or 12,000?).
_POINT_AND_THREE: Final = re.compile(r"[0-9]\.[0-9]{3}")

#: The numbers of an interval's text, each with its sign ("[-12.000, +inf)").
_INTERVAL_ENDS: Final = re.compile(r"[-+]?[0-9][0-9.]*")


def _number_fits(
    f: Figure, m: Measure, key: str | None, x: Number, text: str | None
) -> Iterable[DatasetError]:
    """The problems of one number of figure ``f`` (``key`` None: its value) on ``m``."""
    stated = format_number(x) if key is None else f"{key} {format_number(x)}"
    where = f"figure {f.id!r} states {stated} for {m.id!r}"
    field = f"figures.{key or 'value'}"
    if m.nonnegative and x < 0:
        yield DatasetError(
            f"{where}, which cannot be negative; for a signed quantity, set the measure's"
            " nonnegative to false",
            field=field,
        )
        return
    if not m.whole:
        return
    separator = text is not None and _three_decimals(text.strip())
    if isinstance(x, Fraction):
        hint = separator_hint(text.strip()) if separator and text is not None else ""
        hint = hint or thousands_hint(x) or "; give a whole number"
        yield DatasetError(f"{where}, which counts {_whole_things(m.unit)}{hint}", field=field)
    elif separator and text is not None:
        said = repr(text.strip()) if key is None else f"{key} {text.strip()!r}"
        yield DatasetError(
            f"figure {f.id!r} states {said} for {m.id!r}, which counts {_whole_things(m.unit)}:"
            f" {ambiguous(text.strip())}",
            field=field,
        )


def _whole_things(unit: str) -> str:
    """What a whole-numbered measure counts, in words: "whole persons", "whole numbers"."""
    return "whole numbers" if unit in ("dimensionless", "") else f"whole {unit}s"


def _three_decimals(text: str) -> bool:
    """Whether number text reads a thousand times larger in the European style ("12.000")."""
    from pwstats.parse.not_counts import THREE_DECIMALS  # lazily: parsing sits above the model

    return THREE_DECIMALS["en"].fullmatch(text.lstrip("+-")) is not None


def _as_thousands(number: str) -> int:
    """Number text such as "12.000" read with its point as a thousands separator: 12000."""
    return int(number.lstrip("+").replace(".", ""))


def ambiguous(number: str) -> str:
    """Why number text such as "12.000" is not read as a count of whole things, and the fix.

    >>> ambiguous("12.000")
    "pwstats does not guess whether '12.000' is 12 with three decimals or 12,000 written ..."
    """
    whole = _as_thousands(number)
    read = Fraction(number.lstrip("+"))
    english = format_number(read)
    other = f", or {english}" if read.denominator == 1 else ""
    return (
        f"pwstats does not guess whether {number!r} is {english} with three decimals or"
        f" {whole:,} written with a European thousands separator; write {whole}{other}"
    )


def separator_hint(number: str) -> str:
    """A hint for number text such as "1.200" that reads fractional but may be 1,200.

    >>> separator_hint("1.200")
    '; if 1.200 is 1,200 written with a European thousands separator, write 1200'
    """
    whole = _as_thousands(number)
    return f"; if {number} is {whole:,} written with a European thousands separator, write {whole}"


def measure_words_problem(text: str, measure: Measure) -> str | None:
    """Why words ``text`` cannot be a figure of ``measure``, or None: :func:`words_problem`.

    >>> measure_words_problem("30%", Measure(id="held", label="people held"))
    "'30%' is in 'dimensionless' (dimensionless), but measure 'held' is in 'person' ..."
    >>> measure_words_problem("almost 2,600", Measure(id="held", label="people held")) is None
    True
    """
    found = _read_words(text, measure.nonnegative, measure.unit, measure.whole)
    return None if found is None else found(measure.id)


def words_problem(
    text: str, *, nonnegative: bool, unit: str, measure: str, whole: bool = False
) -> str | None:
    """Why a figure's words cannot be about a measure, or None if they can.

    The words must be readable by :func:`pwstats.parse` (literal reading), in a unit
    that converts to the measure's ("30%" cannot be a headcount), and, for a measure
    of ``whole`` things, hold a whole number ("1.517" people: with a hint when it may
    be 1,517 written with a European thousands separator). ``Dataset(...)`` refuses
    to hold such a figure, :func:`pwstats.load` to read one and :func:`pwstats.dump` to
    write one, all by this one check. The reading is remembered per distinct
    (words, unit, nonnegative, whole), so a data set repeating its phrasings over a
    million measures pays for each phrasing once.
    """
    found = _read_words(text, nonnegative, unit, whole)
    return None if found is None else found(measure)


#: A number in a programmer's notation, which no one says: ``1e3``, ``2.5E-2``. The
#: ``number`` field reads it; in ``value`` it is refused with a pointer to ``number``.
_NOTATION: Final = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+")


@functools.lru_cache(maxsize=65_536)
def _read_words(
    text: str, nonnegative: bool, unit: str, whole: bool
) -> Callable[[str], str] | None:
    """The problem of words in a unit, as a message given the measure's id; None if none."""
    from pwstats.parse import parse  # lazily: parsing sits above the model

    if not text.strip():
        return lambda _: "the value text is empty"
    try:
        amount = parse(text, reading="literal", nonnegative=nonnegative, unit=unit)
    except ParseError as exc:
        message = f"pwstats cannot read the value: {exc}"
        if _NOTATION.fullmatch(text.strip()):
            message += (
                f"; value holds the words as reported: give {text.strip()} as number instead"
                " (the number key of a TOML or JSON figure, the number column of a CSV file"
                " or frame)"
            )
        return lambda _: message
    try:  # Interval.parse reads any size str() writes; a data set holds the number limit
        within_limit(amount.interval)
    except limits.LimitError as exc:
        beyond = f"pwstats cannot read the value {text[:40]!r}: {exc}"
        return lambda _: beyond
    if amount.unit != unit and not units.compatible(amount.unit, unit):
        stated = f"{text!r} is in {amount.unit!r} ({units.dimension(amount.unit)})"
        wanted = f"{unit!r} ({units.dimension(unit)})"
        hint = ""
        if units.counts_things(amount.unit):  # said by its noun: "12,000 people"
            stated = f"{text!r} is in {amount.unit!r}, the unit its noun names"
            hint = (
                f"; its noun names what is counted: give it on a measure in {amount.unit!r},"
                f" or give the number alone if it counts what {unit!r} does"
            )
        return lambda m: (
            f"{stated}, but measure {m!r} is in {wanted}: a figure's unit must convert to its"
            f" measure's{hint}"
        )
    if not whole or amount.unit != unit:
        return None
    separator = None
    if _POINT_AND_THREE.search(text):  # else no "12.000" to find: no second scan of the words
        from pwstats.parse.reading import other_locale_number  # lazily, as parse above

        separator = other_locale_number(text)
    if amount.interval.integral().is_empty:
        if separator is not None:
            hint = separator_hint(separator)
        else:
            hint = thousands_hint(amount.nominal) if amount.nominal is not None else ""
        hint = hint or "; give a whole number"
        return lambda m: (
            f"{text!r} holds no whole number, but {m!r} counts {_whole_things(unit)}{hint}"
        )
    if separator is not None:
        why = ambiguous(separator)
        return lambda m: (
            f"{text!r} for {m!r}, which counts {_whole_things(unit)}, is ambiguous: {why}"
        )
    return None


#: Digits in groups of three after a separator a writer or spreadsheet puts between
#: thousands: a comma, a point, a space (plain, no-break or narrow no-break) or an
#: apostrophe ("1,204", "1 204", "1'204").
_GROUPED_DIGITS: Final = re.compile(
    r"[+-]?[0-9]{1,3}(?:([,. \u00a0\u202f'’])[0-9]{3})(?:\1[0-9]{3})*"
)


def grouped_digits_hint(text: str) -> str:
    """A hint for number text written with thousands separators, else empty.

    >>> grouped_digits_hint("1 204"), grouped_digits_hint("12,345,678")
    ('; write 1204, without thousands separators', '; write 12345678, without thousands separators')
    >>> grouped_digits_hint("2.5"), grouped_digits_hint("1,20")
    ('', '')
    """
    stripped = text.strip()
    if _GROUPED_DIGITS.fullmatch(stripped) is None:
        return ""
    digits = "".join(c for c in stripped if c.isdigit() or c in "+-")
    return f"; write {digits}, without thousands separators"


def thousands_hint(x: Number) -> str:
    """A hint for a fractional headcount that reads as a European thousands separator.

    "1.517" for 1,517 people reads as 1517/1000; a number of at least 1 with exactly
    three decimal places may be one. Empty for any other number (2.5 is not taken
    for 2,500: a European writer would have written 2.500).

    >>> thousands_hint(Fraction(1517, 1000))
    '; if 1.517 is 1,517 written with a European thousands separator, write 1517'
    >>> thousands_hint(Fraction(1, 3)), thousands_hint(7)
    ('', '')
    """
    if not isinstance(x, Fraction) or x < 1 or (x * 1000).denominator != 1:
        return ""
    if (x * 100).denominator == 1:  # fewer than three decimal places
        return ""
    whole = int(x * 1000)
    return (
        f"; if {format_number(x)} is {whole:,} written with a European thousands separator,"
        f" write {whole}"
    )


def _relation_units(r: Relation, measures: dict[str, Measure]) -> Iterable[DatasetError]:
    def unit(x: str) -> str:
        return measures[x].unit

    groups: list[tuple[str, ...]]
    if isinstance(r, Share):
        groups = [(r.part, r.whole)]
        if isinstance(r.ratio, str) and units.dimension(unit(r.ratio)) != "dimensionless":
            yield DatasetError(
                f"relation {r.id!r}: share {r.ratio!r} is in {unit(r.ratio)!r}, not a share"
                " (use unit 'percent' or 'dimensionless')",
                field="relations.share",
            )
    else:
        groups = [r.measures]
    for group in groups:
        first = group[0]
        for other in group[1:]:
            try:
                compatible = units.compatible(unit(first), unit(other))
            except UnitError as exc:  # pragma: no cover - units are checked per measure
                yield DatasetError(str(exc), field="relations")
                continue
            if not compatible:
                yield DatasetError(
                    f"relation {r.id!r} joins {first!r} in {unit(first)!r} with {other!r}"
                    f" in {unit(other)!r}: they measure different things",
                    field="relations",
                )
    if isinstance(r, Accumulates):
        if measures[r.total].kind != "cumulative":
            yield DatasetError(
                f"relation {r.id!r}: {r.total!r} is a {measures[r.total].kind} measure;"
                " only a cumulative total accumulates events",
                field="relations.total",
            )
        for e in r.events:
            if measures[e].kind != "event":
                yield DatasetError(
                    f"relation {r.id!r}: {e!r} is a {measures[e].kind} measure, not an event",
                    field="relations.events",
                )


#: When a measure's value is: at an instant (a level, a running total), over a period (a
#: flow), or at one happening (an event). A sum, ≤ or share ties values of one such time.
_TIME_OF: Final[dict[Kind, str]] = {
    "level": "instant",
    "cumulative": "instant",
    "flow": "period",
    "event": "event",
}


def time_of(kind: Kind) -> str:
    """When a measure of ``kind`` has its values: ``"instant"``, ``"period"`` or ``"event"``.

    A sum, ≤ or share relation ties measures of one such time only (see :class:`Relation`).

    >>> time_of("level") == time_of("cumulative"), time_of("flow"), time_of("event")
    (True, 'period', 'event')
    """
    return _TIME_OF[kind]


def _relation_times(r: Relation, measures: dict[str, Measure]) -> Iterable[DatasetError]:
    """A sum, ≤ or share between measures whose values are of different times is refused.

    Such a relation is applied at each as-of span of its measures, all measures at the
    same span: the same instant for levels and running totals, the same period for
    flows, and an event's one count at every span. Across kinds of time that has no
    sound meaning: a running total "since 20 March 2003" ≤ a flow would be read against
    the flow's count over the running total's one day, and an event's count against a
    level at dates before the event, each a false contradiction in waiting.
    (:class:`Accumulates` ties running totals to events, and is checked above.)
    """
    if isinstance(r, Accumulates):
        return
    first = measures[r.measures[0]]
    for x in dict.fromkeys(r.measures[1:]):
        other = measures[x]
        if time_of(other.kind) == time_of(first.kind):
            continue
        kinds = {first.kind, other.kind}
        if "event" in kinds:
            why = (
                "an event's one count would be held against the other measure at each of"
                " its dates or periods, before the event too. Relate events to events; for"
                " a running total that grows by events, use Relation.accumulates"
            )
        else:
            instant = first if first.kind != "flow" else other
            why = (
                f"a flow counts over a period and {instant.id!r} is a value at an instant,"
                " so no date ties them: the flow's count over the instant's one day would be"
                " held against it. Relate flows to flows (each figure's as_of the period);"
                " a running total since a fixed date is a flow over the period from that date"
            )
        yield DatasetError(
            f"relation {r.id!r} ({r.describe()}) joins {first.id!r}, {_a(first.kind)} measure,"
            f" with {other.id!r}, {_a(other.kind)} measure: {why}",
            field="relations",
        )
        return


def _a(word: str) -> str:
    """``word`` with its indefinite article: "an event", "a flow"."""
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"
