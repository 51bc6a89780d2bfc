"""Hypothesis strategies for pwstats' public types.

Needs the ``test`` extra (``pip install 'pwstats[test]'``). Every strategy
takes keyword-only options and checks them when it is called, raising
:class:`hypothesis.errors.InvalidArgument` at once rather than on the first
draw. :func:`register_type_strategies` makes ``st.from_type(Interval)`` (and
``DateSpan``, ``Source``, ``Measure``, ``Figure``, ``Relation``, ``Dataset``)
work; pwstats' Hypothesis entry point calls it for you.

The data-set strategy builds data around a hidden truth, so tests can check
that reconciliation finds no conflict in consistent data and finds the planted
one in inconsistent data:

>>> from hypothesis import given
>>> @given(datasets(with_truth=True, max_figures=4))
... def check(example):
...     dataset, truth = example
...     for f in dataset.figures:
...         if f.exact_interval is not None:
...             assert truth[f.measure, f.as_of] in f.exact_interval
>>> check()
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "pwstats.strategies needs Hypothesis, which the test extra installs:"
        " pip install 'pwstats[test]'"
    ) from exc

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Literal, TypeAlias, overload

import attrs

from pwstats import units as unit_registry
from pwstats.dates import DateSpan
from pwstats.interval import End, Interval, Number, exact
from pwstats.model import (
    KINDS,
    RELATION_KINDS,
    Dataset,
    Dims,
    Figure,
    Kind,
    Measure,
    Relation,
    Source,
    check_float,
)
from pwstats.report import READINGS, Reading

__all__ = [
    "Planted",
    "Truth",
    "datasets",
    "date_spans",
    "dimensions",
    "figures",
    "hedged_phrases",
    "intervals",
    "measures",
    "members",
    "register_type_strategies",
    "relations",
    "sources",
]

#: The hidden truth a consistent data set was built around: one exact number per
#: measure id and as-of span. Level and cumulative measures have one at every date
#: of the data set; an event measure has one only at its own date.
Truth: TypeAlias = Mapping[tuple[str, DateSpan], Number]

_INF: Final = math.inf
_FIRST_DAY: Final = dt.date(2000, 1, 1)
_LAST_DAY: Final = dt.date(2030, 12, 31)
_SPEAKERS: Final = (
    "Ministry of Defence",
    "Parliament Commissioner for Human Rights",
    "Coordination Headquarters",
    "International Committee of the Red Cross",
    "President's Office",
    "Reuters",
    "Agence France-Presse",
    "UN Human Rights Monitoring Mission",
)
_OUTLETS: Final = ("Telegram", "Reuters", "AFP", "TVA Nouvelles", "Ukrainska Pravda", "TASS")
_UNITS: Final = ("person", "percent", "day")


@attrs.frozen
class Planted:
    """The conflict an inconsistent data set was built with.

    ``figures`` are the ids of the figures that cannot all hold under any
    reading (and every proper subset of them can), all about ``measure`` at
    ``as_of``; no other figure of the data set conflicts with anything.
    """

    figures: tuple[str, ...]
    measure: str
    as_of: DateSpan


# -- argument checks ---------------------------------------------------------------


def _check_number(value: object, name: str, *, float_as_written: bool = False) -> Number | None:
    """``value`` as an exact finite number, or None; InvalidArgument otherwise.

    A float is converted exactly, as :class:`~pwstats.Interval` does; with
    ``float_as_written`` one that binary does not hold exactly (0.1) is refused, as
    :class:`~pwstats.Figure` does.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Fraction, Decimal)):
        raise InvalidArgument(
            f"{name}={value!r} must be a number (int, Fraction, Decimal, float) or None"
        )
    if float_as_written:
        try:
            check_float(value, what=f"{name}: the float")
        except ValueError as exc:
            raise InvalidArgument(str(exc)) from None
    try:
        x = exact(value, what=name)
    except (TypeError, ValueError) as exc:
        raise InvalidArgument(f"{name}={value!r} is not usable: {exc}") from None
    if isinstance(x, float):
        raise InvalidArgument(f"{name}={value!r} must be finite; use None for no bound")
    return x


def _check_bool(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True or False")
    return value


def _check_order(lo: Any, hi: Any, lo_name: str, hi_name: str) -> None:
    if lo is not None and hi is not None and lo > hi:
        raise InvalidArgument(f"{lo_name}={lo!r} is above {hi_name}={hi!r}")


def _check_reading(value: object, name: str = "reading") -> Reading:
    if value not in READINGS:
        raise InvalidArgument(f"{name}={value!r} must be one of {', '.join(map(repr, READINGS))}")
    return value


def _check_size(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgument(f"{name}={value!r} must be a non-negative int")
    return value


def _check_date(value: object, name: str) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidArgument(f"{name}={value!r} must be a datetime.date or None")
    return value


def _as_strategy(value: Any, kind: type[Any], name: str) -> st.SearchStrategy[Any]:
    """A concrete ``kind`` becomes ``st.just``; a strategy stays; anything else is rejected."""
    if isinstance(value, st.SearchStrategy):
        return value
    if isinstance(value, kind):
        return st.just(value)
    raise InvalidArgument(
        f"{name}={value!r} must be a {kind.__name__} or a strategy of {kind.__name__} values"
    )


# -- numbers and intervals -----------------------------------------------------------


#: Fractions are drawn with denominators up to 64, or up to the bounds' common
#: denominator (0.01 and 1/3 give 300) while that stays below _MAX_COMMON_DENOMINATOR;
#: beyond it, up to the larger of the bounds' own denominators.
_DENOMINATOR: Final = 64
_MAX_COMMON_DENOMINATOR: Final = 10**6


def _max_denominator(*bounds: Number | None) -> int:
    """The largest denominator to draw fractions with between ``bounds``.

    Hypothesis requires each bound's own denominator to be at most it.
    """
    dens = [Fraction(b).denominator for b in bounds if b is not None]
    common = math.lcm(_DENOMINATOR, *dens)
    return common if common <= _MAX_COMMON_DENOMINATOR else max(_DENOMINATOR, *dens)


def _exact_numbers(lo: Number | None, hi: Number | None) -> st.SearchStrategy[Number]:
    """Ints and fractions in ``[lo, hi]``, normalised like pwstats does.

    Denominators are small (at most 64) unless a bound's is larger; see :func:`_max_denominator`.
    """
    int_lo = None if lo is None else math.ceil(lo)
    int_hi = None if hi is None else math.floor(hi)
    fracs = st.fractions(lo, hi, max_denominator=_max_denominator(lo, hi)).map(_normal)
    if int_lo is not None and int_hi is not None and int_lo > int_hi:
        return fracs
    return st.one_of(st.integers(int_lo, int_hi), fracs)


def _normal(x: Fraction) -> Number:
    return x.numerator if x.denominator == 1 else x


def intervals(
    *,
    min_value: int | float | Fraction | Decimal | None = None,
    max_value: int | float | Fraction | Decimal | None = None,
    integral: bool = False,
    allow_empty: bool = False,
    allow_infinite: bool = True,
) -> st.SearchStrategy[Interval]:
    """Intervals whose members all lie in ``[min_value, max_value]``.

    Ends are ints or fractions, open or closed; an end is infinite only when its
    side has no bound and ``allow_infinite`` is true. With ``integral=True``
    every interval is its own :meth:`~pwstats.Interval.integral` (closed integer
    ends). The empty interval is drawn only with ``allow_empty=True``.

    Bounds are ints, fractions or decimals of any denominator (``Decimal("0.01")``
    draws ends such as 7/100); a float bound is taken exactly, as
    :class:`~pwstats.Interval` takes it (``0.1`` is the binary
    3602879701896397/2**55, a little above one tenth), so pass ``Fraction(1, 10)``
    or ``Decimal("0.1")`` for one tenth.

    >>> from hypothesis import given
    >>> @given(intervals(min_value=0, max_value=10))
    ... def inside(iv):
    ...     assert Interval.closed(0, 10).contains(iv)
    >>> inside()
    >>> intervals(min_value=5, max_value=1)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: min_value=5 is above max_value=1
    """
    lo = _check_number(min_value, "min_value")
    hi = _check_number(max_value, "max_value")
    _check_order(lo, hi, "min_value", "max_value")
    integral = _check_bool(integral, "integral")
    allow_empty = _check_bool(allow_empty, "allow_empty")
    allow_infinite = _check_bool(allow_infinite, "allow_infinite")
    if integral and lo is not None and hi is not None and math.ceil(lo) > math.floor(hi):
        if not allow_empty:
            raise InvalidArgument(
                f"no integer lies in [{min_value}, {max_value}], so integral=True can only"
                " give the empty interval; pass allow_empty=True or widen the bounds"
            )
        return st.just(Interval.empty())
    shapes = _interval_shapes(lo, hi, integral=integral, allow_infinite=allow_infinite)
    if allow_empty:
        shapes = st.one_of(st.just(Interval.empty()), shapes)
    return shapes


def _interval_shapes(
    lo: Number | None, hi: Number | None, *, integral: bool, allow_infinite: bool
) -> st.SearchStrategy[Interval]:
    if integral:
        ends: st.SearchStrategy[Number] = st.integers(
            None if lo is None else math.ceil(lo), None if hi is None else math.floor(hi)
        )
    else:
        ends = _exact_numbers(lo, hi)
    may_inf_lo = allow_infinite and lo is None
    may_inf_hi = allow_infinite and hi is None

    @st.composite
    def shape(draw: st.DrawFn) -> Interval:
        a, b = sorted((draw(ends), draw(ends)))
        left: End = -_INF if may_inf_lo and draw(st.integers(0, 4)) == 0 else a
        right: End = _INF if may_inf_hi and draw(st.integers(0, 4)) == 0 else b
        if integral:
            return Interval(left, right)
        if left == right:
            return Interval.point(left)
        lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
        return Interval(left, right, lo_closed=lo_closed, hi_closed=hi_closed)

    return shape()


def members(interval: Interval) -> st.SearchStrategy[Number]:
    """Exact numbers inside ``interval``: its closed ends, integers and fractions between.

    >>> from hypothesis import given
    >>> @given(members(Interval.open_closed(230, 253)))
    ... def inside(x):
    ...     assert 230 < x <= 253
    >>> inside()
    >>> members(Interval.empty())
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: members(empty): the empty interval has no member
    """
    if not isinstance(interval, Interval):
        raise InvalidArgument(f"members() takes an Interval, not {type(interval).__name__}")
    if interval.is_empty:
        raise InvalidArgument("members(empty): the empty interval has no member")
    lo, hi = interval.lo, interval.hi
    options: list[st.SearchStrategy[Number]] = []
    closed_ends = [
        e
        for e, closed in ((lo, interval.lo_closed), (hi, interval.hi_closed))
        if closed and not isinstance(e, float)
    ]
    if closed_ends:
        options.append(st.sampled_from(closed_ends))
    if interval.is_point:
        return options[0]
    whole = interval.integral()
    if not whole.is_empty:
        options.append(
            st.integers(
                None if isinstance(whole.lo, float) else int(whole.lo),
                None if isinstance(whole.hi, float) else int(whole.hi),
            )
        )
    options.append(_inner(lo, hi))
    return st.one_of(options)


def _inner(lo: End, hi: End) -> st.SearchStrategy[Number]:
    """Numbers strictly between ``lo < hi`` (either may be infinite)."""
    steps = st.fractions(0, 10**6, max_denominator=1000).filter(lambda t: t > 0).map(_normal)
    if isinstance(lo, float) and isinstance(hi, float):
        return _exact_numbers(None, None)
    if isinstance(hi, float):
        return steps.map(lambda t: _normal(Fraction(lo) + t))
    if isinstance(lo, float):
        return steps.map(lambda t: _normal(Fraction(hi) - t))
    a, b = Fraction(lo), Fraction(hi)

    @st.composite
    def between(draw: st.DrawFn) -> Number:
        n = draw(st.integers(2, 1000))
        k = draw(st.integers(1, n - 1))
        return _normal(a + (b - a) * Fraction(k, n))

    return between()


# -- dates, sources, measures --------------------------------------------------------


def date_spans(
    *, min_value: dt.date | None = None, max_value: dt.date | None = None
) -> st.SearchStrategy[DateSpan]:
    """Date spans within ``[min_value, max_value]``: days, whole months, years and ranges.

    ``min_value`` defaults to 2000-01-01 and ``max_value`` to 2030-12-31; pass
    both for spans outside those years.

    >>> from hypothesis import given
    >>> @given(date_spans(min_value=dt.date(2023, 1, 1), max_value=dt.date(2023, 12, 31)))
    ... def in_2023(span):
    ...     assert span in DateSpan.parse("2023")
    >>> in_2023()
    """
    first = _check_date(min_value, "min_value") or _FIRST_DAY
    last = _check_date(max_value, "max_value") or _LAST_DAY
    if first > last and min_value is None:
        raise InvalidArgument(
            f"max_value={last!r} is below the default min_value={first!r}; pass min_value too"
        )
    if first > last and max_value is None:
        raise InvalidArgument(
            f"min_value={first!r} is above the default max_value={last!r}; pass max_value too"
        )
    _check_order(first, last, "min_value", "max_value")
    days = st.dates(first, last)

    @st.composite
    def spans(draw: st.DrawFn) -> DateSpan:
        a, b = sorted((draw(days), draw(days)))
        shape = draw(st.sampled_from(("day", "month", "year", "range")))
        if shape == "day":
            return DateSpan.day(a)
        if shape == "range":
            return DateSpan(a, b)
        text = f"{a.year:04d}" if shape == "year" else f"{a.year:04d}-{a.month:02d}"
        span = DateSpan.parse(text)
        if span.start < first or span.end > last:
            return DateSpan.day(a)
        return span

    return spans()


def _words(*, min_words: int = 1, max_words: int = 4) -> st.SearchStrategy[str]:
    """Short printable text: words of letters and digits joined by single spaces."""
    word = st.text(
        st.characters(categories=("L", "Nd"), codec="utf-8", exclude_characters="\x00"),
        min_size=1,
        max_size=8,
    )
    return st.lists(word, min_size=min_words, max_size=max_words).map(" ".join)


def sources(
    *,
    names: st.SearchStrategy[str] | None = None,
    published: st.SearchStrategy[dt.date | None] | None = None,
) -> st.SearchStrategy[Source]:
    """Sources with a speaker, and possibly a role, side, outlets, url, date and quote.

    ``names`` draws the speaker (default: realistic bodies and short printable
    names); ``published`` draws the publication date or None.

    >>> from hypothesis import given
    >>> @given(sources(published=st.just(dt.date(2024, 1, 3))))
    ... def dated(source):
    ...     assert source.published == dt.date(2024, 1, 3) and source.name.strip()
    >>> dated()
    """
    name_strategy = (
        st.one_of(st.sampled_from(_SPEAKERS), _words())
        if names is None
        else _as_strategy(names, str, "names")
    )
    date_strategy = (
        st.one_of(st.none(), st.dates(_FIRST_DAY, _LAST_DAY))
        if published is None
        else _as_strategy(published, dt.date, "published")
    )

    @st.composite
    def build(draw: st.DrawFn) -> Source:
        optional = st.one_of(st.none(), _words())
        return Source(
            name=draw(name_strategy.filter(lambda s: bool(s.strip()))),
            role=draw(optional),
            affiliation=draw(st.one_of(st.none(), st.sampled_from(("Ukraine", "Russia")))),
            via=tuple(draw(st.lists(st.sampled_from(_OUTLETS), max_size=3, unique=True))),
            url=draw(st.one_of(st.none(), st.just("https://example.org/article"))),
            published=draw(date_strategy),
            quote=draw(optional),
        )

    return build()


#: Dimension names and values :func:`dimensions` draws from by default.
_DIM_NAMES: Final = ("conflict", "country", "year", "admin_1", "side")
_DIM_VALUES: Final = ("299", "SYR", "2016", "2017", "Donetsk", "a b", "ï", "0")


def dimensions(
    *,
    names: st.SearchStrategy[str] | None = None,
    values: st.SearchStrategy[str] | None = None,
    min_size: int = 0,
    max_size: int = 3,
) -> st.SearchStrategy[Dims]:
    """Tidy-data keys (:class:`~pwstats.model.Dims`) of ``min_size`` to ``max_size`` dimensions.

    ``names`` and ``values`` are strategies of dimension names and values;
    names that are not lowercase identifiers and values that are not
    non-empty, stripped text are filtered out.

    >>> from hypothesis import given
    >>> @given(dimensions(min_size=1))
    ... def keyed(d):
    ...     assert 1 <= len(d) <= 3 and all(isinstance(v, str) for v in d.values())
    >>> keyed()
    >>> dimensions(min_size=4, max_size=2)
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: min_size=4 is above max_size=2
    """
    for name, size in (("min_size", min_size), ("max_size", max_size)):
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise InvalidArgument(f"{name}={size!r} must be a non-negative int")
    if min_size > max_size:
        raise InvalidArgument(f"min_size={min_size} is above max_size={max_size}")
    name_strategy = (
        st.sampled_from(_DIM_NAMES) | st.from_regex(r"[a-z_][a-z0-9_]{0,7}", fullmatch=True)
        if names is None
        else _as_strategy(names, str, "names").filter(_DIM_NAME.fullmatch)
    )
    value_strategy = (
        st.sampled_from(_DIM_VALUES) | st.integers(0, 3000).map(str)
        if values is None
        else _as_strategy(values, str, "values").filter(
            lambda v: bool(v) and v == v.strip() and not any(c in v for c in "\n\r\t")
        )
    )
    return st.dictionaries(name_strategy, value_strategy, min_size=min_size, max_size=max_size).map(
        Dims
    )


_DIM_NAME: Final = re.compile(r"[a-z_][a-z0-9_]*")


def measures(
    *,
    kinds: Sequence[Kind] = KINDS,
    units: Sequence[str] = ("person",),
    ids: st.SearchStrategy[str] | None = None,
    dims: st.SearchStrategy[Dims] | None = None,
) -> st.SearchStrategy[Measure]:
    """Measures of the given kinds and units, with ids from ``ids`` and ``dims`` keys.

    A share unit (``percent``, ``share``) is never drawn with kind ``flow``, which
    :class:`~pwstats.Measure` refuses; ``dims`` defaults to :func:`dimensions`.

    >>> from hypothesis import given
    >>> @given(measures(kinds=["cumulative"]))
    ... def running_totals(m):
    ...     assert m.kind == "cumulative" and m.whole
    >>> running_totals()
    >>> measures(kinds=["stock"])
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: kinds=['stock']: each kind must be one of 'level', ...
    """
    if isinstance(kinds, str) or not isinstance(kinds, Sequence) or not kinds:
        raise InvalidArgument(f"kinds={kinds!r} must be a non-empty sequence of kinds")
    if any(k not in KINDS for k in kinds):
        raise InvalidArgument(
            f"kinds={list(kinds)!r}: each kind must be one of {', '.join(map(repr, KINDS))}"
        )
    if isinstance(units, str) or not isinstance(units, Sequence) or not units:
        raise InvalidArgument(f"units={units!r} must be a non-empty sequence of unit names")
    for unit in units:
        try:
            unit_registry.dimension(unit)
        except (TypeError, ValueError) as exc:
            raise InvalidArgument(f"units: {exc}") from None
    # a share (percent) is never a flow: Measure refuses the pair
    kinds_of = {
        unit: [k for k in kinds if not (k == "flow" and unit_registry.is_share(unit))]
        for unit in units
    }
    usable = [unit for unit in units if kinds_of[unit]]
    if not usable:
        raise InvalidArgument(
            f"kinds={list(kinds)!r} with units={list(units)!r}: a share unit cannot be a"
            " flow (Measure refuses it); add another kind or a unit that is not a share"
        )
    id_strategy = (
        st.from_regex(r"[a-z][a-z0-9-]{0,11}", fullmatch=True)
        if ids is None
        else _as_strategy(ids, str, "ids")
    )
    dims_strategy = dimensions() if dims is None else _as_strategy(dims, Dims, "dims")

    @st.composite
    def build(draw: st.DrawFn) -> Measure:
        unit = draw(st.sampled_from(usable))
        return Measure(
            id=draw(id_strategy),
            label=draw(_words()),
            unit=unit,
            kind=draw(st.sampled_from(kinds_of[unit])),
            dims=draw(dims_strategy),
        )

    return build()


def relations(
    *,
    ids: st.SearchStrategy[str] | Sequence[str] | None = None,
    kinds: Sequence[str] = tuple(RELATION_KINDS),
) -> st.SearchStrategy[Relation]:
    """Relations of the given ``kinds`` over measure ids drawn from ``ids``.

    ``kinds`` are relation kinds: ``"sum"``, ``"le"``, ``"share"`` and
    ``"accumulates"`` (all by default). ``ids`` is a strategy of ids or a
    sequence of at least two ids (default ``m0`` ... ``m7``); a relation ties
    two or more distinct measures, so a strategy must be able to draw two.
    The relations are well-formed on their own (no measure related to itself);
    whether their measures exist, and are of a kind the relation needs, is a
    matter for a data set: an ``accumulates`` relation needs a cumulative total
    and event measures, so for plain level measures pass
    ``kinds=["sum", "le", "share"]``.

    >>> from hypothesis import given
    >>> @given(relations(ids=["a", "b", "c"], kinds=["sum", "le", "share"]))
    ... def well_formed(r):
    ...     assert len(set(r.measures)) == len(r.measures)
    ...     Dataset(measures=[Measure(id=i, label=i) for i in "abc"], relations=[r])
    >>> well_formed()
    >>> relations(ids=["a"])
    Traceback (most recent call last):
    ...
    hypothesis.errors.InvalidArgument: ids=['a']: a relation needs at least two distinct ids
    """
    if isinstance(kinds, str) or not isinstance(kinds, Sequence) or not kinds:
        raise InvalidArgument(f"kinds={kinds!r} must be a non-empty sequence of relation kinds")
    if any(k not in RELATION_KINDS for k in kinds):
        raise InvalidArgument(
            f"kinds={list(kinds)!r}: each kind must be one of"
            f" {', '.join(map(repr, RELATION_KINDS))}"
        )
    if ids is None:
        ids = [f"m{i}" for i in range(8)]
    if isinstance(ids, st.SearchStrategy):
        id_strategy = ids
    elif isinstance(ids, str) or not isinstance(ids, Sequence):
        raise InvalidArgument(
            f"ids={ids!r} must be a strategy of ids or a sequence of at least two ids"
        )
    elif len(set(ids)) < 2:
        raise InvalidArgument(f"ids={list(ids)!r}: a relation needs at least two distinct ids")
    else:
        id_strategy = st.sampled_from(list(ids))
    kind_list = list(kinds)

    @st.composite
    def build(draw: st.DrawFn) -> Relation:
        kind = draw(st.sampled_from(kind_list))
        first = draw(id_strategy)
        others = draw(
            st.lists(id_strategy.filter(lambda x: x != first), min_size=1, max_size=3, unique=True)
        )
        complete = draw(st.booleans())
        if kind == "sum":
            return Relation.sum(first, others, complete=complete)
        if kind == "accumulates":
            return Relation.accumulates(first, others, complete=complete)
        if kind == "le":
            return Relation.le(first, others[0], offset=draw(st.integers(-100, 100)))
        ratio = draw(intervals(min_value=0, max_value=1))
        return Relation.share(first, others[0], ratio)

    return build()


# -- figures and phrases ---------------------------------------------------------------


def _digits(n: int, *, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


def _parse_interval(text: str, reading: Reading, nonnegative: bool) -> Interval:
    from pwstats.parse import parse

    return parse(text, reading=reading, nonnegative=nonnegative).interval


def hedged_phrases(*, reading: Reading = "literal") -> st.SearchStrategy[tuple[str, Interval]]:
    """Figure texts paired with the interval ``pwstats.parse`` must read them as.

    The default reading is ``"literal"`` (where :func:`figures` defaults to
    ``"pragmatic"``); pass the reading you will parse with.

    Only forms whose meaning under ``reading`` is exact are drawn: under every
    reading a bare number that is not round (last digit not 0) is itself,
    "exactly N" is ``[N, N]`` and interval notation is the interval it writes.
    The literal reading adds "more than N" = ``(N, +inf)``, "at least N" =
    ``[N, +inf)``, "fewer than N" = ``[0, N)``, "almost N" = ``[0, N)`` and
    "between A and B" = ``[A, B]``; the lenient reading, the hull of the literal
    and the pragmatic ones, reads the one-sided hedges as the literal one does.

    >>> from hypothesis import given
    >>> @given(hedged_phrases(reading="literal"))
    ... def shaped(pair):
    ...     text, expected = pair
    ...     assert text and not expected.is_empty
    >>> shaped()
    """
    reading = _check_reading(reading)
    counts = st.integers(1, 10**6)
    non_round = counts.filter(lambda n: n % 10 != 0)
    commas = st.booleans()

    def bare(n: int, c: bool) -> tuple[str, Interval]:
        return _digits(n, commas=c), Interval.point(n)

    def exactly(n: int, c: bool) -> tuple[str, Interval]:
        return f"exactly {_digits(n, commas=c)}", Interval.point(n)

    forms: list[st.SearchStrategy[tuple[str, Interval]]] = [
        st.builds(bare, non_round, commas),
        st.builds(exactly, counts, commas),
        _notations(),
    ]

    def hedge(
        word: str, meaning: Callable[[int], Interval]
    ) -> st.SearchStrategy[tuple[str, Interval]]:
        return st.builds(
            lambda n, c: (f"{word} {_digits(n, commas=c)}", meaning(n)), counts, commas
        )

    if reading in ("literal", "lenient"):
        forms += [
            hedge("more than", Interval.more_than),
            hedge("at least", Interval.at_least),
            hedge("fewer than", lambda n: Interval.closed_open(0, n)),
            hedge("almost", lambda n: Interval.closed_open(0, n)),
        ]
    if reading == "literal":

        def between(a: int, b: int, c: bool) -> tuple[str, Interval]:
            lo, hi = sorted((a, b))
            text = f"between {_digits(lo, commas=c)} and {_digits(hi, commas=c)}"
            return text, Interval.closed(lo, hi)

        forms.append(
            st.builds(between, counts, counts, commas).filter(
                lambda p: p[1].width > 0 and not _thousands_shared(p[0])
            )
        )
    return st.one_of(forms)


def _thousands_shared(text: str) -> bool:
    """Whether "between a and b" may say its lower end in the upper end's thousands
    ("between 8 and 10,000": 8 or 8,000?), which :func:`pwstats.parse` refuses."""
    words = text.split()
    low, high = words[1], words[3]
    if "," not in high or "," in low or int(low) == 0:
        return False
    return int(low) <= int(high.partition(",")[0]) and int(low) * 1000 < int(high.replace(",", ""))


def _notations() -> st.SearchStrategy[tuple[str, Interval]]:
    """Interval notation with integer ends, paired with the interval it writes."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, Interval]:
        a, b = sorted((draw(st.integers(0, 10**6)), draw(st.integers(0, 10**6))))
        if a == b:
            iv = Interval.point(a)
        else:
            right: End = _INF if draw(st.integers(0, 4)) == 0 else b
            iv = Interval(a, right, lo_closed=draw(st.booleans()), hi_closed=draw(st.booleans()))
        return str(iv), iv

    return build()


def _text_near(draw: st.DrawFn, truth: int) -> str:
    """A hedged phrase whose number lies near ``truth`` (it may still not contain it)."""
    if truth < 1:
        return "0"
    slack = max(1, truth // 40)
    d = draw(st.integers(1, slack))
    c = draw(st.booleans())
    n = _digits
    form = draw(
        st.sampled_from(
            (
                *("bare", "exactly", "more", "over", "least", "almost", "nearly", "fewer"),
                *("about", "around", "between"),
            )
        )
    )
    if form == "bare":
        return n(truth, commas=c)
    if form == "exactly":
        return f"exactly {n(truth, commas=c)}"
    if form in ("more", "over"):
        word = "more than" if form == "more" else "over"
        return f"{word} {n(truth - d, commas=c)}"
    if form == "least":
        return f"at least {n(truth - d + 1, commas=c)}"
    if form in ("almost", "nearly"):
        return f"{form} {n(truth + d, commas=c)}"
    if form == "fewer":
        return f"fewer than {n(truth + d, commas=c)}"
    if form in ("about", "around"):
        return f"{form} {n(truth + draw(st.integers(-slack, slack)), commas=c)}"
    low = truth - draw(st.integers(0, min(slack, truth)))
    return f"between {n(low, commas=c)} and {n(truth + d, commas=c)}"


def _contains_under(
    text: str, truth: Number, readings: Sequence[Reading], nonnegative: bool
) -> bool:
    return all(truth in _parse_interval(text, r, nonnegative) for r in readings)


def _figure_about(
    draw: st.DrawFn,
    *,
    id: str,
    measure: Measure,
    as_of: DateSpan,
    truth: Number | None,
    readings: Sequence[Reading],
) -> Figure:
    """One figure about ``measure`` at ``as_of`` that holds ``truth`` under ``readings``."""
    if truth is None:
        truth = draw(_values_of(measure))
    forms = ["number", "interval", "low/best/high", "estimate"]
    if isinstance(truth, int) and truth >= 0 and unit_registry.is_headcount(measure.unit):
        forms.append("text")  # words name no unit, and pwstats.parse reads them as people
    form = draw(st.sampled_from(forms))
    published = as_of.end + dt.timedelta(days=draw(st.integers(0, 30)))
    source = draw(
        st.one_of(
            st.none(),
            st.builds(
                Source,
                name=st.sampled_from(_SPEAKERS),
                via=st.lists(st.sampled_from(_OUTLETS), max_size=2, unique=True).map(tuple),
                published=st.sampled_from((None, published)),
            ),
        )
    )
    if form == "number":
        return Figure(id=id, measure=measure.id, value=truth, as_of=as_of, source=source)
    if form == "text":
        assert isinstance(truth, int)
        phrase = _text_near(draw, truth)
        if not _contains_under(phrase, truth, readings, measure.nonnegative):
            phrase = _digits(truth, commas=draw(st.booleans()))
        return Figure(id=id, measure=measure.id, value=phrase, as_of=as_of, source=source)
    floor = 0 if measure.nonnegative else None
    below = draw(_exact_numbers(floor if floor is not None else truth - 10**4, truth))
    above = draw(_exact_numbers(truth, truth + 10**4))
    if form == "interval":
        left: End = -_INF if floor is None and draw(st.integers(0, 5)) == 0 else below
        right: End = _INF if draw(st.integers(0, 5)) == 0 else above
        iv = Interval(
            left,
            right,
            lo_closed=left == truth or draw(st.booleans()),
            hi_closed=right == truth or draw(st.booleans()),
        )
        return Figure(id=id, measure=measure.id, value=iv, as_of=as_of, source=source)
    if form == "estimate":
        # a statistical estimate centred on the truth: its interval holds it, and two such
        # estimates never differ significantly, so a consistent data set stays consistent
        return Figure(
            id=id,
            measure=measure.id,
            basis="estimate",
            low=below,
            best=truth,
            high=above,
            confidence=draw(st.sampled_from(_CONFIDENCES)),
            as_of=as_of,
            source=source,
        )
    if measure.whole:  # a count's low and high are whole, as its best is (fits)
        below, above = math.ceil(below), math.floor(above)
    low = draw(st.sampled_from((None, below)))
    high = draw(st.sampled_from((None, above)))
    if low is None and high is None:
        best: Number | None = truth
    else:
        best = draw(st.one_of(st.none(), _values_within(measure, low, high)))
    return Figure(
        id=id, measure=measure.id, low=low, best=best, high=high, as_of=as_of, source=source
    )


_CONFIDENCES: Final = (Fraction(19, 20), Fraction(9, 10), Fraction(99, 100), Fraction(1, 2))


def _linked(draw: st.DrawFn, figs: list[Figure]) -> list[Figure]:
    """Make some figures cite or revise an earlier figure of the same measure and as-of span.

    Links point only to earlier figures, so no chain loops. A citing figure repeats
    its original's statement word for word (a faithful quote); a revising figure
    keeps its own statement, which holds the truth as every figure does, and is
    published after the figure it revises, by the same speaker where one is known.
    """
    out: list[Figure] = []
    for f in figs:
        earlier = [g for g in out if g.measure == f.measure and g.as_of == f.as_of]
        link = draw(st.sampled_from(("none", "none", "cites", "revises"))) if earlier else "none"
        if link == "none":
            out.append(f)
            continue
        original = draw(st.sampled_from(earlier))
        if link == "cites":
            out.append(
                attrs.evolve(original, id=f.id, source=f.source, cites=original.id, revises=None)
            )
            continue
        source = f.source
        old = original.source
        if old is not None and old.published is not None:
            later = old.published + dt.timedelta(days=draw(st.integers(1, 60)))
            source = Source(name=old.name, published=later)
        out.append(attrs.evolve(f, source=source, revises=original.id, cites=None))
    return out


def _admissible(measure: Measure) -> Callable[[Number], bool]:
    def ok(x: Number) -> bool:
        return (not measure.whole or isinstance(x, int)) and (not measure.nonnegative or x >= 0)

    return ok


def _fitting(measure: Measure, truth: Number) -> Measure:
    """``measure``, made fractional or signed if ``truth`` needs it."""
    whole = measure.whole and isinstance(truth, int)
    nonnegative = measure.nonnegative and truth >= 0
    if (whole, nonnegative) == (measure.whole, measure.nonnegative):
        return measure
    return attrs.evolve(measure, whole=whole, nonnegative=nonnegative)


def _values_within(
    measure: Measure, low: Number | None, high: Number | None
) -> st.SearchStrategy[Number]:
    """Values of ``measure`` in ``[low, high]`` (None: unbounded), drawn without filtering.

    ``low <= high`` and, for a whole measure, both are whole, so the range holds a value.
    """
    floor: Number | None = 0 if measure.nonnegative else None
    lo = floor if low is None else low if floor is None else max(low, floor)
    if measure.whole:
        return st.integers(
            None if lo is None else math.ceil(lo), None if high is None else math.floor(high)
        )
    return members(Interval(-_INF if lo is None else lo, _INF if high is None else high))


def _values_of(measure: Measure) -> st.SearchStrategy[Number]:
    """Exact values ``measure`` can take: whole and non-negative as the measure says."""
    lo = 0 if measure.nonnegative else -(10**6)
    if measure.whole:
        return st.integers(lo, 10**6)
    return _exact_numbers(lo, 10**6)


def figures(
    *,
    measure: Measure | st.SearchStrategy[Measure] | None = None,
    truth: int | Fraction | float | Decimal | None = None,
    reading: Reading = "pragmatic",
    as_of: DateSpan | st.SearchStrategy[DateSpan] | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Figure]:
    """Figures about ``measure`` stated as words, a number, an interval, low/best/high,
    or as a statistical estimate (``basis="estimate"``).

    With a ``truth``, every figure holds it under ``reading`` (default
    ``"pragmatic"``): an exact number is the truth, an interval or low/high
    contains it, an estimate's best is the truth (its confidence one of 50%, 90%,
    95%, 99%), and words are kept only if :func:`pwstats.parse` reads them to an
    interval containing it under that reading. Words are drawn only for a whole,
    non-negative truth of a headcount measure (unit ``person`` and the like).

    ``measure`` defaults to :func:`measures`, made fractional or signed where
    ``truth`` needs it (``truth=Fraction(1, 2)`` draws measures that are not
    whole); a given :class:`~pwstats.Measure` must admit ``truth``, or
    InvalidArgument is raised at once. ``truth`` is an int, Fraction or Decimal;
    a float is taken only if binary holds it exactly (0.5, not 0.1), as
    :class:`~pwstats.Figure` takes it. ``as_of`` defaults to any span.

    >>> from hypothesis import given
    >>> @given(figures(truth=230, as_of=DateSpan.parse("2024-01-03")))
    ... def holds(f):
    ...     assert f.exact_interval is None or 230 in f.exact_interval
    >>> holds()
    """
    reading = _check_reading(reading)
    exact_truth = _check_number(truth, "truth", float_as_written=True)
    if (
        isinstance(measure, Measure)
        and exact_truth is not None
        and not _admissible(measure)(exact_truth)
    ):
        raise InvalidArgument(
            f"truth={truth!r} is not a value of measure {measure.id!r}"
            f" (whole={measure.whole}, nonnegative={measure.nonnegative})"
        )
    if measure is None:
        measure_strategy = measures()
        if exact_truth is not None:
            measure_strategy = measure_strategy.map(lambda m: _fitting(m, exact_truth))
    else:
        measure_strategy = _as_strategy(measure, Measure, "measure")
        if exact_truth is not None and not isinstance(measure, Measure):
            measure_strategy = measure_strategy.filter(lambda m: _admissible(m)(exact_truth))
    span_strategy = date_spans() if as_of is None else _as_strategy(as_of, DateSpan, "as_of")
    id_strategy = (
        st.from_regex(r"f[0-9]{1,4}", fullmatch=True)
        if ids is None
        else _as_strategy(ids, str, "ids")
    )

    @st.composite
    def build(draw: st.DrawFn) -> Figure:
        return _figure_about(
            draw,
            id=draw(id_strategy),
            measure=draw(measure_strategy),
            as_of=draw(span_strategy),
            truth=exact_truth,
            readings=(reading,),
        )

    return build()


# -- data sets ---------------------------------------------------------------------------


@attrs.define
class _World:
    """A hidden truth under construction: measures, relations, and a value per date."""

    days: list[DateSpan]
    measures: list[Measure] = attrs.field(factory=list)
    relations: list[Relation] = attrs.field(factory=list)
    truth: dict[tuple[str, DateSpan], Number] = attrs.field(factory=dict)

    def add(self, measure: Measure) -> Measure:
        self.measures.append(measure)
        return measure


_COUNTS: Final = st.integers(0, 5000)


def _level_truths(draw: st.DrawFn, world: _World, m: Measure) -> None:
    for day in world.days:
        world.truth[m.id, day] = draw(_values_of(m))


def _build_world(draw: st.DrawFn, *, relations: bool) -> _World:
    days = draw(
        st.lists(
            st.dates(dt.date(2022, 1, 1), dt.date(2025, 12, 31)),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    world = _World(days=[DateSpan.day(d) for d in sorted(days)])
    for i in range(draw(st.integers(0 if relations else 1, 3))):
        unit = draw(st.sampled_from(_UNITS))
        m = world.add(Measure(id=f"level-{i}", label=f"independent level {i}", unit=unit))
        _level_truths(draw, world, m)
    if draw(st.booleans()):
        m = world.add(Measure(id="running", label="independent running total", kind="cumulative"))
        _cumulative_truths(draw, world, m, events=[])
    if draw(st.booleans()):
        m = world.add(Measure(id="event", label="one independent event", kind="event"))
        world.truth[m.id, draw(st.sampled_from(world.days))] = draw(_COUNTS)
    if relations:
        _related(draw, world)
    if not world.measures:
        m = world.add(Measure(id="level-0", label="independent level 0"))
        _level_truths(draw, world, m)
    return world


def _related(draw: st.DrawFn, world: _World) -> None:
    """Add related measures whose truths satisfy each relation at every date.

    Related level measures keep one value over all dates: reconciliation applies a
    relation to the nearest date at which a level measure was reported, which is
    sound only for a level that holds still over the data set's dates.
    """
    if draw(st.booleans()):  # total = Σ parts, or total ≥ Σ parts
        n = draw(st.integers(2, 3))
        complete = draw(st.booleans())
        total = world.add(Measure(id="sum-total", label="total of the parts"))
        parts = [world.add(Measure(id=f"sum-part-{i}", label=f"part {i}")) for i in range(n)]
        world.relations.append(Relation.sum(total, parts, complete=complete))
        values = [draw(_COUNTS) for _ in parts]
        whole_value = sum(values) + (0 if complete else draw(_COUNTS))
        for day in world.days:
            for p, v in zip(parts, values, strict=True):
                world.truth[p.id, day] = v
            world.truth[total.id, day] = whole_value
    if draw(st.booleans()):  # a ≤ b + offset
        a = world.add(Measure(id="le-a", label="the smaller"))
        b = world.add(Measure(id="le-b", label="the larger"))
        offset = draw(st.integers(0, 50))
        world.relations.append(Relation.le(a, b, offset=offset))
        vb = draw(_COUNTS)
        va = draw(st.integers(0, vb + offset))
        for day in world.days:
            world.truth[b.id, day] = vb
            world.truth[a.id, day] = va
    if draw(st.booleans()):  # part = ratio × whole, the ratio a constant interval
        den = draw(st.integers(1, 10))
        num = draw(st.integers(0, den))
        ratio = Fraction(num, den)
        lo = max(Fraction(0), ratio - draw(st.fractions(0, Fraction(1, 10), max_denominator=20)))
        hi = min(Fraction(1), ratio + draw(st.fractions(0, Fraction(1, 10), max_denominator=20)))
        part = world.add(Measure(id="share-part", label="the part"))
        whole = world.add(Measure(id="share-whole", label="the whole"))
        world.relations.append(Relation.share(part, whole, Interval.closed(lo, hi)))
        k = draw(st.integers(1, 500))
        for day in world.days:
            world.truth[whole.id, day] = den * k
            world.truth[part.id, day] = num * k
    if draw(st.booleans()):  # a running total that rises by at least its events
        total = world.add(Measure(id="acc-total", label="running total", kind="cumulative"))
        figure_days = {d.start for d in world.days}
        event_days = draw(
            st.lists(
                st.dates(dt.date(2021, 6, 1), dt.date(2026, 6, 30)).filter(
                    lambda d: d not in figure_days
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        events: list[tuple[dt.date, Number]] = []
        names = []
        for i, event_day in enumerate(sorted(event_days)):
            e = world.add(Measure(id=f"acc-event-{i}", label=f"event {i}", kind="event"))
            value = draw(_COUNTS)
            world.truth[e.id, DateSpan.day(event_day)] = value
            events.append((event_day, value))
            names.append(e.id)
        world.relations.append(Relation.accumulates(total, names))
        _cumulative_truths(draw, world, total, events=events)


def _cumulative_truths(
    draw: st.DrawFn, world: _World, m: Measure, *, events: list[tuple[dt.date, Number]]
) -> None:
    """Non-decreasing truths that rise by at least the events dated before each date."""
    running: Number = draw(_COUNTS)
    pending = sorted(events)
    for day in world.days:
        while pending and pending[0][0] < day.start:
            running += pending.pop(0)[1]
        running += draw(st.integers(0, 500))
        world.truth[m.id, day] = running


def _plant_conflict(
    draw: st.DrawFn, *, first_id: int, day: DateSpan
) -> tuple[Measure, list[Figure]]:
    """An isolated measure with two figures that no reading can reconcile."""
    m = Measure(id="planted", label="figures that cannot agree", kind="event")
    x = draw(st.integers(1, 10**5))
    a_id, b_id = f"f{first_id}", f"f{first_id + 1}"
    if draw(st.booleans()):
        text_a, text_b = f"exactly {x:,}", f"more than {x:,}"
        a = _parse_interval(text_a, "lenient", True)
        b = _parse_interval(text_b, "lenient", True)
        if not a.overlaps(b):
            return m, [
                Figure(id=a_id, measure=m.id, value=text_a, as_of=day),
                Figure(id=b_id, measure=m.id, value=text_b, as_of=day),
            ]
    other = draw(
        st.sampled_from(
            (
                Interval.more_than(x),
                Interval.less_than(x),
                Interval.point(x + draw(st.integers(1, 99))),
            )
        )
    )
    return m, [
        Figure(id=a_id, measure=m.id, value=x, as_of=day),
        Figure(id=b_id, measure=m.id, value=other, as_of=day),
    ]


#: The most figures one data set may have: about 13 choices go into each figure, and
#: Hypothesis stops an example at a fixed budget of choices (overrun beyond ~300).
_MAX_FIGURES: Final = 200


@overload
def datasets(
    *,
    consistent: Literal[True] = ...,
    min_figures: int = ...,
    max_figures: int = ...,
    relations: bool = ...,
    with_truth: Literal[False] = ...,
) -> st.SearchStrategy[Dataset]: ...
@overload
def datasets(
    *,
    consistent: Literal[True] = ...,
    min_figures: int = ...,
    max_figures: int = ...,
    relations: bool = ...,
    with_truth: Literal[True],
) -> st.SearchStrategy[tuple[Dataset, Truth]]: ...
@overload
def datasets(
    *,
    consistent: Literal[False],
    min_figures: int = ...,
    max_figures: int = ...,
    relations: bool = ...,
    with_truth: Literal[False] = ...,
) -> st.SearchStrategy[tuple[Dataset, Planted]]: ...
def datasets(
    *,
    consistent: bool = True,
    min_figures: int = 1,
    max_figures: int = 20,
    relations: bool = True,
    with_truth: bool = False,
) -> st.SearchStrategy[Any]:
    """Data sets built around a hidden truth, consistent or with one planted conflict.

    A consistent data set draws a truth for every measure at every date, such
    that each relation holds (a complete sum's total is the sum of its parts, an
    ``le`` pair is ordered, a share lies in its ratio, a running total never falls
    and rises by at least its events), then states figures that each contain the
    truth under every reading. With ``with_truth=True`` it comes as
    ``(dataset, truth)``. An inconsistent one (``consistent=False``) comes as
    ``(dataset, planted)``: the consistent part plus a :class:`Planted` pair of
    figures about a measure of their own that contradict each other under every
    reading. Figure ids are ``f0``, ``f1``, ...; as-of spans are single days.
    ``max_figures`` is at most 200, what one Hypothesis example can hold.
    Some figures cite or revise an earlier figure of the same measure and as-of
    span (never in a loop): a citing figure repeats its original's statement,
    a revising one is published later by the same speaker. Estimates are
    centred on the truth, so no two differ significantly.
    Measures tied by a sum, ``le`` or share relation keep one value over all dates
    (reconciliation may apply such a relation to the nearest reported date);
    independent level measures vary freely, and words are drawn only for
    headcount measures.

    >>> from hypothesis import given
    >>> @given(datasets(consistent=False, max_figures=5))
    ... def planted(example):
    ...     dataset, conflict = example
    ...     assert set(conflict.figures) <= {f.id for f in dataset.figures}
    >>> planted()
    """
    consistent = _check_bool(consistent, "consistent")
    relations = _check_bool(relations, "relations")
    with_truth = _check_bool(with_truth, "with_truth")
    min_figures = _check_size(min_figures, "min_figures")
    max_figures = _check_size(max_figures, "max_figures")
    _check_order(min_figures, max_figures, "min_figures", "max_figures")
    if max_figures > _MAX_FIGURES:
        raise InvalidArgument(
            f"max_figures={max_figures} is above {_MAX_FIGURES}: a larger data set does not"
            " fit in one Hypothesis example; join several drawn data sets instead"
        )
    if not consistent and max_figures < 2:
        raise InvalidArgument(
            f"max_figures={max_figures}: an inconsistent data set needs at least 2 figures"
        )
    if not consistent and with_truth:
        raise InvalidArgument(
            "with_truth=True needs consistent=True: an inconsistent data set has no truth"
        )

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        world = _build_world(draw, relations=relations)
        measure_of = {m.id: m for m in world.measures}
        keys = sorted(world.truth, key=lambda k: (k[0], k[1].start))
        planted_count = 0 if consistent else 2
        n = draw(st.integers(max(min_figures, planted_count), max_figures)) - planted_count
        figs = []
        for i in range(n):
            mid, day = draw(st.sampled_from(keys))
            figs.append(
                _figure_about(
                    draw,
                    id=f"f{i}",
                    measure=measure_of[mid],
                    as_of=day,
                    truth=world.truth[mid, day],
                    readings=READINGS,
                )
            )
        figs = _linked(draw, figs)
        if consistent:
            dataset = Dataset(measures=world.measures, figures=figs, relations=world.relations)
            return (dataset, dict(world.truth)) if with_truth else dataset
        day = draw(st.sampled_from(world.days))
        m, pair = _plant_conflict(draw, first_id=n, day=day)
        dataset = Dataset(
            measures=[*world.measures, m], figures=[*figs, *pair], relations=world.relations
        )
        return dataset, Planted(figures=tuple(f.id for f in pair), measure=m.id, as_of=day)

    return build()


# -- registration ---------------------------------------------------------------------------


def register_type_strategies() -> None:
    """Register a strategy for each public type, so ``st.from_type`` draws pwstats values.

    >>> from hypothesis import given
    >>> register_type_strategies()
    >>> @given(st.from_type(Interval))
    ... def drawn(iv):
    ...     assert isinstance(iv, Interval)
    >>> drawn()
    """
    for kind, strategy in (
        (Interval, intervals()),
        (DateSpan, date_spans()),
        (Source, sources()),
        (Measure, measures()),
        (Figure, figures()),
        (Relation, relations()),
        (Dataset, datasets()),
    ):
        st.register_type_strategy(kind, strategy)


# Set by pwstats' Hypothesis entry point when Hypothesis was first imported from here.
if globals().pop("_register_when_loaded", False):
    register_type_strategies()
