"""Reconciliation: which figures can all be true, which cannot, and why.

:func:`reconcile` reads every figure under a reading, groups the figures of a
measure by comparable time, finds in each group the largest set of figures
that can hold together, propagates bounds through relations and time rules,
and reports every conflict as a minimal set of figures and relations with a
sentence a reader can check. :func:`bound` answers for one measure at any date.
The rules are written out, with examples, in ``docs/concepts.md``.

>>> from pwstats.model import Dataset, Figure, Measure
>>> m = Measure(id="swap", label="released on 3 Jan 2024", kind="event")
>>> more = Interval.more_than(230)
>>> d = Dataset(measures=[m], figures=[
...     Figure(id="afp", measure="swap", value=more, as_of="2024-01-03"),
...     Figure(id="kyiv", measure="swap", value=more, as_of="2024-01-03"),
...     Figure(id="ombudsman", measure="swap", value=230, as_of="2024-01-03")])
>>> finding, = reconcile(d).findings
>>> finding.status, str(finding.bounds), [f.id for f in finding.agreeing]
('contradiction', '[231, +inf)', ['afp', 'kyiv'])
>>> print(finding.conflicts[0].explanation)
'230' (figure ombudsman, as of 2024-01-03) reads [230, 230]; '(230, +inf)' (figure
afp, as of 2024-01-03) reads [231, +inf); they share no value. Even read leniently ...
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import datetime as dt
import gc
import importlib
import math
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, Final

import attrs

from pwstats import units
from pwstats.dates import DateSpan
from pwstats.errors import ParseError, UnitError
from pwstats.interval import End, Interval, Number, format_number
from pwstats.interval import _make as _make_interval  # no checks: for ends known normal
from pwstats.model import (
    Accumulates,
    Dataset,
    Figure,
    LessEqual,
    Measure,
    Relation,
    Share,
    Source,
    Sum,
)
from pwstats.propagate import (
    Failure,
    LessEqualRule,
    Network,
    Reason,
    Rule,
    ShareRule,
    StepRule,
    SumRule,
    explain,
    satisfiable,
)
from pwstats.report import (
    BEST_RULE,
    READINGS,
    TIED_BEST_RULE,
    Because,
    Bound,
    Conflict,
    ConflictKind,
    Estimate,
    Finding,
    Reading,
    Report,
    Status,
)

__all__ = ["bound", "bound_using", "reconcile", "reconcile_using"]

_INF: Final = math.inf
#: A conflict with more figures and relations than this is reported as found,
#: without the deletion pass that makes it minimal (each pass step re-propagates).
MINIMISE_LIMIT: Final = 24
#: How many overlapping-but-different as-of spans of one level measure are compared
#: with each span (nearest first), so that a measure with many spans stays linear.
LEVEL_NEIGHBOURS: Final = 8


Parser = Callable[..., Any]


def reconcile(dataset: Dataset, *, reading: Reading = "pragmatic") -> Report:
    """Reconcile every figure of ``dataset`` under ``reading`` into a :class:`Report`.

    Rules (``docs/concepts.md`` has them with examples): one finding per
    measure and comparable time — per as-of span for level and cumulative
    measures, one per event measure; in each, the largest agreeing set is found
    by a sweep over interval ends and every figure outside it is paired with the
    agreeing figure that excludes it (preferring one that still excludes it read
    leniently); when largest sets tie, ``agreeing`` is the leftmost but the bounds
    start from the hull of every tied set's consensus, and ``best`` is taken over
    all their figures; bounds then narrow by relations and time rules;
    a conflict is a ``"contradiction"`` when it survives the lenient reading,
    else a ``"tension"``. Incompatible units raise :class:`~pwstats.UnitError`.

    >>> from pwstats.model import Dataset, Figure, Measure
    >>> total = Measure(id="returned", label="returned", kind="cumulative")
    >>> d = Dataset(measures=[total], figures=[
    ...     Figure(id="y23", measure="returned", value=3000, as_of="2023"),
    ...     Figure(id="y24", measure="returned", value=2000, as_of="2024")])
    >>> report = reconcile(d)
    >>> report.status, report.conflicts[0].figures, report.conflicts[0].relations
    ('contradiction', ('y23', 'y24'), ('returned never falls',))
    """
    _check_dataset(dataset, "reconcile")
    with _bulk():
        return _Reconciliation(dataset, _check_reading(reading)).report()


def reconcile_using(dataset: Dataset, *, reading: Reading, parser: Parser) -> Report:
    """:func:`reconcile` with another text reader in place of :func:`pwstats.parse`.

    ``parser(text, *, reading=..., nonnegative=..., unit=...)`` is called with
    the measure's ``nonnegative`` and ``unit``, the unit of a number whose text
    names none, and must return an object with ``interval``, ``unit`` and
    ``nominal`` like :class:`pwstats.Amount`; its ``interval`` and ``nominal``
    are converted from its ``unit`` to the measure's (an empty or missing
    ``unit`` means the measure's).

    >>> from types import SimpleNamespace
    >>> from pwstats.model import Dataset, Figure, Measure
    >>> fake = lambda text, *, reading, nonnegative, unit: SimpleNamespace(
    ...     interval=Interval.closed(2, 3), unit=unit, nominal=2)
    >>> d = Dataset(measures=[Measure(id="m", label="m")],
    ...             figures=[Figure(id="f", measure="m", value="two or three", as_of="2024")])
    >>> str(reconcile_using(d, reading="literal", parser=fake).findings[0].bounds)
    '[2, 3]'
    """
    _check_dataset(dataset, "reconcile_using")
    with _bulk():
        return _Reconciliation(dataset, _check_reading(reading), parser=parser).report()


def bound(
    dataset: Dataset,
    measure: str | Measure,
    *,
    at: DateSpan | dt.date | str,
    reading: Reading = "pragmatic",
) -> Bound:
    """The interval ``measure`` must lie in at ``at``, with what gives each end.

    ``at`` is a date, a :class:`DateSpan` or ISO text. For a cumulative measure
    any date works, between or beyond the figures: later figures bound it from
    above (less the events certainly dated in between, through an
    ``accumulates`` relation) and earlier ones from below. A level measure is
    bounded by figures as of exactly ``at`` and by relations there; an event
    measure's bound does not depend on ``at``.

    >>> from pwstats.model import Dataset, Figure, Measure
    >>> total = Measure(id="returned", label="returned", kind="cumulative")
    >>> d = Dataset(measures=[total], figures=[
    ...     Figure(id="aug", measure="returned", value=Interval.closed(2470, 2600),
    ...            as_of="2023-08"),
    ...     Figure(id="jan", measure="returned", value=2828, as_of="2024-01-03")])
    >>> b = bound(d, "returned", at="2023-10-01")
    >>> str(b.interval), b.low.figures, b.high.figures
    ('[2470, 2828]', ('aug',), ('jan',))
    """
    _check_dataset(dataset, "bound")
    span = DateSpan.of(at)
    measure_id = measure.id if isinstance(measure, Measure) else measure
    target = dataset.measure(measure_id)
    with _bulk():
        return _Reconciliation(dataset, _check_reading(reading), query=(target, span)).bound()


def bound_using(
    dataset: Dataset,
    measure: str | Measure,
    *,
    at: DateSpan | dt.date | str,
    reading: Reading,
    parser: Parser,
) -> Bound:
    """:func:`bound` with another text reader in place of :func:`pwstats.parse`.

    ``parser`` is called and read as in :func:`reconcile_using`:
    ``parser(text, *, reading=..., nonnegative=..., unit=...)`` with the
    measure's ``nonnegative`` and ``unit``.

    >>> from types import SimpleNamespace
    >>> from pwstats.model import Dataset, Figure, Measure
    >>> fake = lambda text, *, reading, nonnegative, unit: SimpleNamespace(
    ...     interval=Interval.closed(2, 3), unit=None, nominal=None)
    >>> d = Dataset(measures=[Measure(id="m", label="m")],
    ...             figures=[Figure(id="f", measure="m", value="two or three", as_of="2024")])
    >>> str(bound_using(d, "m", at="2024", reading="pragmatic", parser=fake).interval)
    '[2, 3]'
    """
    _check_dataset(dataset, "bound_using")
    span = DateSpan.of(at)
    target = dataset.measure(measure.id if isinstance(measure, Measure) else measure)
    with _bulk():
        run = _Reconciliation(dataset, _check_reading(reading), parser=parser, query=(target, span))
        return run.bound()


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause Python's cycle collector while a run builds its many acyclic small objects.

    With a million figures the collector would otherwise rescan every live
    object again and again, making the run superlinear; it is restored after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_dataset(dataset: object, function: str) -> None:
    if not isinstance(dataset, Dataset):
        raise TypeError(
            f"{function}() takes a Dataset (pwstats.load(...), pwstats.seeds() or"
            f" Dataset(measures=..., figures=...)), not {type(dataset).__name__}"
        )


def _check_reading(reading: object) -> Reading:
    if reading not in READINGS:
        raise ValueError(
            f"reading must be one of {', '.join(map(repr, READINGS))}, not {reading!r}"
        )
    return reading


# -- reading figures ----------------------------------------------------------------


def _default_parser() -> Parser:
    module = importlib.import_module("pwstats.parse")
    parser: Parser = module.parse
    return parser


class _Reader:
    """Reads figures under readings, caching repeated texts and unit factors."""

    def __init__(self, parser: Parser | None) -> None:
        self._parser = parser
        self._amounts: dict[tuple[str, str, bool, str], Any] = {}
        self._factors: dict[tuple[str, str], Fraction] = {}
        # Finished readings and nominal numbers of texts, by everything they depend on:
        # (text, reading, measure unit, nonnegative, whole) and (text, reading, unit,
        # nonnegative). Many figures repeat a text; each is worked out once per run.
        self._texts: dict[tuple[str, str, str, bool, bool], Interval] = {}
        self._nominals: dict[tuple[str, str, str, bool], Number | None] = {}

    def _amount(self, figure: Figure, reading: Reading, measure: Measure) -> Any:
        """The parser's reading of the figure's words for ``measure``, cached by text.

        The parser gets the measure's ``nonnegative`` and ``unit``: a number whose
        text names no unit is in the measure's ("30" on a percent measure is 30 percent).
        Words it cannot read are a :class:`ParseError` naming the figure.
        """
        text = figure.value
        assert isinstance(text, str)
        nonnegative, unit = measure.nonnegative, measure.unit
        key = (text, reading, nonnegative, unit)
        amount = self._amounts.get(key)
        if amount is None:
            if self._parser is None:
                self._parser = _default_parser()
            try:
                amount = self._parser(text, reading=reading, nonnegative=nonnegative, unit=unit)
            except ParseError as exc:
                raise ParseError(
                    f"figure {figure.id!r} of measure {measure.id!r}: {exc.message}",
                    text=exc.text,
                    position=exc.position,
                ) from exc
            self._amounts[key] = amount
        return amount

    def _factor(self, unit: object, measure: Measure, figure: Figure) -> Fraction:
        """The factor from ``unit`` to the measure's unit; a located UnitError if none."""
        try:
            return self._unlocated_factor(unit, measure)
        except UnitError as exc:
            raise UnitError(
                f"figure {figure.id!r} ({figure.value!r}) of measure {measure.id!r}: {exc}"
                f" — a figure must be in a unit convertible to {measure.unit!r}"
            ) from exc

    def _unlocated_factor(self, unit: object, measure: Measure) -> Fraction:
        if not unit or not isinstance(unit, str) or unit == measure.unit:
            return Fraction(1)  # no unit, or the measure's: nothing to convert (nor load)
        key = (unit, measure.unit)
        factor = self._factors.get(key)
        if factor is None:
            factor = units.factor(unit, measure.unit)
            self._factors[key] = factor
        return factor

    def read(self, figure: Figure, measure: Measure, reading: Reading) -> Interval:
        """The figure's interval in the measure's unit, within its domain, integral if whole."""
        value = figure.value
        iv: Interval
        if type(value) is int:  # the common case, kept fast: a stated whole number
            if value >= 0 or not measure.nonnegative:
                return _point(value)
            return Interval.empty()
        if type(value) is Interval:
            iv = value
        elif isinstance(value, str):
            key = (value, reading, measure.unit, measure.nonnegative, measure.whole)
            known = self._texts.get(key)
            if known is None:
                known = self._texts[key] = self._finish(
                    self._text(figure, measure, reading), measure
                )
            return known
        elif value is None and type(lo := figure.low) is int and type(hi := figure.high) is int:
            iv = _make_interval(lo, hi, True, True)  # low <= high, checked by Figure
        else:
            exact = figure.exact_interval
            assert exact is not None
            iv = exact
        return self._finish(iv, measure)

    def _text(self, figure: Figure, measure: Measure, reading: Reading) -> Interval:
        """The interval a text figure's words give, in the measure's unit."""
        value = figure.value
        assert isinstance(value, str)
        amount = self._amount(figure, reading, measure)
        iv = amount.interval
        if not isinstance(iv, Interval):
            raise TypeError(f"the parser read {value!r} as {iv!r}, not an Interval")
        factor = self._factor(amount.unit, measure, figure)
        if factor != 1:
            iv = iv * factor
        return iv

    @staticmethod
    def _finish(iv: Interval, measure: Measure) -> Interval:
        """``iv`` within the measure's domain, and integral if the measure is whole."""
        if measure.nonnegative and iv.lo < 0:
            iv = iv & _NONNEGATIVE
        if measure.whole and not (
            type(iv.lo) is int and type(iv.hi) is int and iv.lo_closed and iv.hi_closed
        ):
            iv = iv.integral()
        return iv

    def nominal(self, figure: Figure, measure: Measure, reading: Reading) -> Number | None:
        """The number the figure states, in the measure's unit, if it states one."""
        text = figure.value
        if isinstance(text, str):
            key = (text, reading, measure.unit, measure.nonnegative)
            if key in self._nominals:
                return self._nominals[key]
            known = self._nominals[key] = self._text_nominal(figure, measure, reading)
            return known
        return figure.nominal

    def _text_nominal(self, figure: Figure, measure: Measure, reading: Reading) -> Number | None:
        assert isinstance(figure.value, str)
        amount = self._amount(figure, reading, measure)
        value = getattr(amount, "nominal", None)
        if value is None:
            return None
        factor = self._factor(amount.unit, measure, figure)
        if factor == 1:
            return value  # type: ignore[no-any-return]
        scaled: Number = value * factor
        if isinstance(scaled, Fraction) and scaled.denominator == 1:
            return scaled.numerator
        return scaled


_NONNEGATIVE: Final = Interval.at_least(0)


def _point(value: int) -> Interval:
    """``Interval.point(value)`` for an int already checked (no validation)."""
    return _make_interval(value, value, True, True)


# -- one group of figures: the sweep --------------------------------------------------


def _lo_key(iv: Interval) -> tuple[End, int]:
    return iv.lo, 0 if iv.lo_closed else 1


def _hi_key(iv: Interval) -> tuple[End, int]:
    return iv.hi, 0 if iv.hi_closed else -1


def _sweep(
    readings: Sequence[tuple[Figure, Interval]],
    statements: Sequence[object] | None = None,
) -> tuple[list[int], list[tuple[End, int]]]:
    """Indices of the largest set of readings sharing a value, and where every such set starts.

    Positions are (number, -1 | 0 | 1): just below, at, just above the number,
    so open and closed ends sort correctly. The second result lists, left to
    right, the first position of each stretch of greatest depth: one per
    largest agreeing set, so more than one when largest sets tie (empty when no
    reading holds a value). The returned set is the leftmost one, which
    depends on the intervals only, never on their order. With ``statements``
    (one key per reading), depth counts distinct statements, so repeats of one
    statement count once: three outlets carrying one agency's "more than 230"
    do not outvote two speakers' "exactly 230".
    """
    events: list[tuple[tuple[End, int], int, int]] = []
    add = events.append
    # Each reading's ends as _lo_key / _hi_key give them, built inline.
    ends: list[tuple[tuple[End, int], tuple[End, int]] | None] = []
    for i, (_, iv) in enumerate(readings):
        if iv.is_empty:
            ends.append(None)
            continue
        lo, hi = (iv.lo, 0 if iv.lo_closed else 1), (iv.hi, 0 if iv.hi_closed else -1)
        ends.append((lo, hi))
        add((lo, 0, i))
        add((hi, 1, i))
    events.sort()
    keys: Sequence[object] = statements if statements is not None else range(len(readings))
    active: dict[object, int] = {}
    depth = best = 0
    deepest: list[tuple[End, int]] = []
    for position, kind, i in events:
        key = keys[i]
        if kind == 0:
            count = active[key] = active.get(key, 0) + 1
            if count == 1:
                depth += 1
                if depth > best:
                    best, deepest = depth, [position]
                elif depth == best:
                    # Ends at a position sort after its starts, so a new stretch of
                    # greatest depth always starts strictly right of the previous one.
                    deepest.append(position)
        else:
            count = active[key] = active[key] - 1
            if count == 0:
                depth -= 1
    if not deepest:
        return [], []
    where = deepest[0]
    agreeing = [i for i, e in enumerate(ends) if e is not None and e[0] <= where <= e[1]]
    return agreeing, deepest


@attrs.define
class _Group:
    """The figures of one measure at one comparable time, and their analysis."""

    measure: Measure
    span: DateSpan | None
    figures: list[Figure]
    # Fields that _analyse sets whole default to an empty tuple, not a new list each:
    # there are hundreds of thousands of groups.
    readings: Sequence[Interval] = ()
    agreeing: Sequence[int] = ()
    consensus: Interval = attrs.field(default=Interval.empty())
    pairs: list[tuple[Figure, ...]] = attrs.field(factory=list)
    #: The figures that give the low and the high end of :attr:`start`.
    lo_figure: Figure | None = None
    hi_figure: Figure | None = None
    cell: int = -1
    #: When largest agreeing sets tie: every figure of any of them, and the hull of
    #: their consensus intervals (else empty and None: the one set is ``agreeing``).
    tied: Sequence[int] = ()
    #: The figures in every tied largest set (those the hull takes as true).
    in_all_tied: Sequence[int] = ()
    hull: Interval | None = None

    @property
    def start(self) -> Interval:
        """Where the finding's bounds start: the consensus, or the hull of tied ones."""
        return self.consensus if self.hull is None else self.hull

    @property
    def as_of(self) -> DateSpan:
        if self.span is not None:
            return self.span
        return _event_span(self.figures)


def _event_span(figures: Sequence[Figure]) -> DateSpan:
    """When an event happened: the days all its figures share, else the span of all of them."""
    start = max(f.as_of.start for f in figures)
    end = min(f.as_of.end for f in figures)
    if start <= end:
        return DateSpan(start, end)
    return DateSpan(min(f.as_of.start for f in figures), max(f.as_of.end for f in figures))


# -- the whole run ----------------------------------------------------------------------


@attrs.frozen
class _Found:
    """A conflict before it is written up: its figures, rules and forced kind."""

    figures: tuple[str, ...]
    rules: tuple[int, ...]
    cells: tuple[int, ...]
    soft: bool = False
    #: The figures behind the failure before minimising (to place a conflict of
    #: relations alone, when none of its own measures has a figure).
    context: tuple[str, ...] = ()


class _Reconciliation:
    """One reconcile (or bound) run over a data set under one reading."""

    def __init__(
        self,
        dataset: Dataset,
        reading: Reading,
        *,
        parser: Parser | None = None,
        query: tuple[Measure, DateSpan] | None = None,
    ) -> None:
        self.dataset = dataset
        self.reading: Reading = reading
        self.reader = _Reader(parser)
        self.query = query
        self.measures = {m.id: m for m in dataset.measures}
        self.order = {m.id: i for i, m in enumerate(dataset.measures)}
        self.relations = sorted(dataset.relations, key=operator.attrgetter("id"))
        self.net = Network()
        self.cell_measure: list[Measure] = []
        self.cell_span: list[DateSpan | None] = []
        self.cell_group: list[_Group | None] = []
        # cells by (measure id, start, end) — dates hash fast, a DateSpan does not
        self.cells: dict[tuple[object, ...], int] = {}
        self.cells_of: dict[str, list[int]] = {}
        self.rule_relation: list[str] = []
        self.rule_text: list[str] = []
        self.lenient: dict[str, Interval] = {}
        self._speakers: dict[str, str] = {}
        # Figures a reason or a conflict names, by id: two per finding at most,
        # so that no index over every figure is kept.
        self.figures: dict[str, Figure] = {}
        self.soft_instances: list[tuple[int, dict[int, Measure]]] = []
        self.groups = self._group()
        self._build()
        self.failures = self.net.run()

    # -- grouping and the per-group sweep ------------------------------------------

    def _group(self) -> list[_Group]:
        keyed: dict[tuple[object, ...], list[Figure]] = {}
        events = {m.id for m in self.dataset.measures if m.kind == "event"}
        for f in self.dataset.figures:
            mid = f.measure
            key: tuple[object, ...] = (mid,) if mid in events else (mid, f.as_of.start, f.as_of.end)
            group = keyed.get(key)
            if group is None:
                keyed[key] = [f]
            else:
                group.append(f)
        groups = []
        by_id = operator.attrgetter("id")
        measures = self.measures
        # Built in an order of ids and dates only, so that nothing computed depends on
        # the order of the input; findings are put back in the data set's order at the end.
        # The keys sort as (measure id, start, end): one measure's keys are all (id,) (an
        # event) or all (id, start, end), so this is the order of (id, _span_key(span)).
        for key in sorted(keyed):
            figures = keyed[key]
            figures.sort(key=by_id)
            span = None if len(key) == 1 else figures[0].as_of
            groups.append(_Group(measures[figures[0].measure], span, figures))
        for g in groups:
            self._analyse(g)
        return groups

    def _figure_cell(self, fid: str) -> int:
        f = self.figures[fid]
        kind = self.measures[f.measure].kind
        return self.cells[_key(f.measure, None if kind == "event" else f.as_of)]

    def _read(self, figure: Figure, reading: Reading) -> Interval:
        return self.reader.read(figure, self.measures[figure.measure], reading)

    def _lenient(self, figure: Figure) -> Interval:
        """The figure read leniently (the same as any reading for numbers and intervals)."""
        if not isinstance(figure.value, str):
            return self._read(figure, self.reading)
        iv = self.lenient.get(figure.id)
        if iv is None:
            iv = self._read(figure, "lenient")
            self.lenient[figure.id] = iv
        return iv

    def _analyse(self, g: _Group) -> None:
        read, reading = self.reader.read, self.reading
        figures, measure = g.figures, g.measure
        nonnegative, whole = measure.nonnegative, measure.whole
        # Stated whole numbers and intervals already in the measure's domain (and
        # integral when it is whole), the common cases, are read inline: as ``read``
        # would read them.
        readings: list[Interval] = []
        add = readings.append
        for f in figures:
            v = f.value
            if type(v) is int:
                add(
                    _make_interval(v, v, True, True)
                    if v >= 0 or not nonnegative
                    else read(f, measure, reading)
                )
            elif (
                type(v) is Interval
                and (not nonnegative or v.lo >= 0)
                and (
                    not whole
                    or (type(v.lo) is int and type(v.hi) is int and v.lo_closed and v.hi_closed)
                )
            ):
                add(v)
            else:
                add(read(f, measure, reading))
        g.readings = readings
        # Fast path: when the highest low end is below the lowest high end, every
        # reading holds that stretch, so all figures agree (Helly, in one dimension).
        # The ends are compared as _lo_key / _hi_key would order them, without tuples.
        first = readings[0]
        if len(readings) == 1:
            if not first.is_empty:
                g.agreeing = [0]
                g.consensus = first
                g.lo_figure = g.hi_figure = figures[0]
                return
        else:
            lo_i = hi_i = 0
            lo, lo_closed, hi, hi_closed = first.lo, first.lo_closed, first.hi, first.hi_closed
            for i in range(1, len(readings)):
                iv = readings[i]
                x = iv.lo
                if x > lo or (x == lo and lo_closed and not iv.lo_closed):
                    lo_i, lo, lo_closed = i, x, iv.lo_closed
                x = iv.hi
                if x < hi or (x == hi and hi_closed and not iv.hi_closed):
                    hi_i, hi, hi_closed = i, x, iv.hi_closed
            if (lo < hi or (lo == hi and lo_closed and hi_closed)) and not first.is_empty:
                g.agreeing = list(range(len(figures)))
                g.consensus = _make_interval(lo, hi, lo_closed, hi_closed)
                g.lo_figure, g.hi_figure = figures[lo_i], figures[hi_i]
                return
        pairs = list(zip(figures, readings, strict=True))
        g.agreeing, deepest = _sweep(pairs, [self._statement(g, i) for i in range(len(figures))])
        if not deepest:
            g.consensus = Interval.empty()
            g.pairs = [(f,) for f in g.figures]
            return
        chosen = [pairs[i] for i in g.agreeing]
        consensus = chosen[0][1]
        lo_f = hi_f = chosen[0][0]
        lo_k, hi_k = _lo_key(chosen[0][1]), _hi_key(chosen[0][1])
        for f, iv in chosen[1:]:
            consensus = consensus & iv
            if _lo_key(iv) > lo_k:
                lo_f, lo_k = f, _lo_key(iv)
            if _hi_key(iv) < hi_k:
                hi_f, hi_k = f, _hi_key(iv)
        g.consensus, g.lo_figure, g.hi_figure = consensus, lo_f, hi_f
        if len(deepest) > 1:
            self._ties(g, pairs, deepest)
        if len(chosen) == len(pairs):
            return
        where = deepest[0]
        agreeing = g.agreeing
        inside = set(agreeing)
        outside = [i for i in range(len(pairs)) if i not in inside]
        # Each figure's lenient reading, once: a number or interval reads the same
        # under every reading, so its reading in the group is its lenient one.
        lenient = [
            self._lenient(f) if isinstance(f.value, str) else readings[i]
            for i, f in enumerate(figures)
        ]
        # For each figure outside, the agreeing figure that excludes it most widely,
        # preferring one that still excludes it read leniently (a contradiction).
        # Figures are sorted by id, and max / min return the first of equals.
        by_lo = figures[max(agreeing, key=lambda i: _lo_key(readings[i]))]
        by_hi = figures[min(agreeing, key=lambda i: _hi_key(readings[i]))]
        len_lo = max(agreeing, key=lambda i: _lo_key(lenient[i]))
        len_hi = min(agreeing, key=lambda i: _hi_key(lenient[i]))
        for i in outside:
            f, iv = pairs[i]
            if iv.is_empty:
                g.pairs.append((f,))
                continue
            if _hi_key(iv) < where:  # f lies below the agreeing value
                partner = (
                    figures[len_lo] if _lo_key(lenient[len_lo]) > _hi_key(lenient[i]) else by_lo
                )
            else:
                partner = (
                    figures[len_hi] if _hi_key(lenient[len_hi]) < _lo_key(lenient[i]) else by_hi
                )
            g.pairs.append((f, partner))
        if not _rises_within(g):
            self._lenient_pair(g, {id(f): iv for f, iv in zip(figures, lenient, strict=True)})

    def _ties(
        self,
        g: _Group,
        pairs: Sequence[tuple[Figure, Interval]],
        deepest: Sequence[tuple[End, int]],
    ) -> None:
        """Widen the group's start to the hull of every tied largest set's consensus.

        ``deepest`` holds the first position of each stretch of greatest depth,
        left to right, one per tied set. The hull runs from the leftmost set's
        consensus (already in ``g``) to the high end of the rightmost one's: the
        lowest high end among the readings holding the last position. The
        figures of every tied set — each reading that holds one of the positions
        — are kept in ``g.tied`` for the estimate, and those in all of them (a
        reading holding the first and the last position) in ``g.in_all_tied``.
        One bisection per reading.
        """
        first, last = deepest[0], deepest[-1]
        hi_f: Figure | None = None
        hi_k: tuple[End, int] | None = None
        tied: list[int] = []
        in_all: list[int] = []
        for i, (f, iv) in enumerate(pairs):
            if iv.is_empty:
                continue
            lo, hi = _lo_key(iv), _hi_key(iv)
            j = bisect.bisect_left(deepest, lo)
            if j < len(deepest) and deepest[j] <= hi:
                tied.append(i)
                if lo <= first and last <= hi:
                    in_all.append(i)
            if lo <= last <= hi and (hi_k is None or hi < hi_k):
                hi_f, hi_k = f, hi
        assert hi_f is not None
        assert hi_k is not None
        c = g.consensus
        g.tied, g.in_all_tied, g.hi_figure = tied, in_all, hi_f
        g.hull = _make_interval(c.lo, hi_k[0], c.lo_closed, hi_k[1] == 0)

    def _lenient_pair(self, g: _Group, readings: dict[int, Interval]) -> None:
        """Add a contradicting pair when the pairs found so far are all tensions but one exists.

        Figures outside the agreeing set are paired with agreeing figures only, so
        two figures that contradict each other may both be outside it (three
        disjoint readings, each alone at its value). Read leniently, the group
        holds a contradiction exactly when its highest low end is above its
        lowest high end (Helly, in one dimension); that pair is added, so the
        finding's status never depends on which set the sweep chose. ``readings``
        holds each figure's lenient reading, by the figure's ``id()``.
        """

        def lenient(f: Figure) -> Interval:
            return readings[id(f)]

        for pair in g.pairs:
            if len(pair) == 1 and lenient(pair[0]).is_empty:
                return
            if len(pair) == 2 and not lenient(pair[0]).overlaps(lenient(pair[1])):
                return
        live = [f for f in g.figures if not lenient(f).is_empty]
        if len(live) < 2:
            return
        high = max(live, key=lambda f: _lo_key(lenient(f)))
        low = min(live, key=lambda f: _hi_key(lenient(f)))
        if _lo_key(lenient(high)) > _hi_key(lenient(low)):
            g.pairs.append((high, low))

    # -- the network ---------------------------------------------------------------------

    def _cell(self, measure: Measure, span: DateSpan | None) -> int:
        if measure.kind == "event":
            span = None
        key = _key(measure.id, span)
        cell = self.cells.get(key)
        if cell is None:
            cell = self.net.add_cell(measure.domain, whole=measure.whole, lo_why=None, hi_why=None)
            self.cells[key] = cell
            self.cells_of.setdefault(measure.id, []).append(cell)
            self.cell_measure.append(measure)
            self.cell_span.append(span)
            self.cell_group.append(None)
        return cell

    def _build(self) -> None:
        net = self.net
        named = self.figures
        add_cell, cells, cells_of = net.add_cell, self.cells, self.cells_of
        cell_measure, cell_span, cell_group = self.cell_measure, self.cell_span, self.cell_group
        for g in self.groups:
            lo_why = hi_why = None
            lo_f, hi_f, measure, span = g.lo_figure, g.hi_figure, g.measure, g.span
            if lo_f is not None and hi_f is not None:
                named[lo_f.id], named[hi_f.id] = lo_f, hi_f
                lo_why = Reason(figures=(lo_f.id,))
                hi_why = Reason(figures=(hi_f.id,))
            start = g.consensus if g.hull is None else g.hull  # g.start
            g.cell = cell = add_cell(start, whole=measure.whole, lo_why=lo_why, hi_why=hi_why)
            mid = measure.id
            cells[(mid,) if span is None else (mid, span.start, span.end)] = cell  # _key
            run = cells_of.get(mid)
            if run is None:
                cells_of[mid] = [cell]
            else:
                run.append(cell)
            cell_measure.append(measure)
            cell_span.append(span)
            cell_group.append(g)
        if self.query is not None:
            qm, qspan = self.query
            self.query_cell = self._cell(qm, qspan)
        self._instantiate_all()
        self.accumulating: dict[str, list[Accumulates]] = {}
        for r in self.relations:
            if isinstance(r, Accumulates):
                self.accumulating.setdefault(r.total, []).append(r)
        for m in sorted(self.dataset.measures, key=operator.attrgetter("id")):
            if m.kind == "cumulative":
                self._time_rules(m)

    def _instantiate_all(self) -> None:
        """Apply each sum, ≤ and share relation at every as-of span of its measures.

        A relation is instantiated at each span where one of its level or
        cumulative measures has a cell; measures with no cell there get one
        without figures (bounded only by relations and, for running totals,
        time rules), and that new cell makes its span an anchor for the other
        relations of its measure, so bounds flow along chains of relations.
        """
        by_measure: dict[str, list[Relation]] = {}
        for r in self.relations:
            if isinstance(r, Accumulates):
                continue
            timed = [x for x in r.measures if self.measures[x].kind != "event"]
            if not timed:
                self._instantiate(r, None)
            for x in dict.fromkeys(timed):
                by_measure.setdefault(x, []).append(r)
        queue: collections.deque[tuple[str, DateSpan | None]] = collections.deque(
            (m.id, span)
            for m, span in zip(self.cell_measure, self.cell_span, strict=True)
            if span is not None and m.id in by_measure
        )
        done: set[tuple[str, DateSpan]] = set()
        while queue:
            mid, span = queue.popleft()
            assert span is not None
            for r in by_measure[mid]:
                if (r.id, span) in done:
                    continue
                done.add((r.id, span))
                for key in self._instantiate(r, span):
                    if key[0] in by_measure:
                        queue.append(key)

    def _add_rule(self, rule: Rule, relation: str, text: str, *, watched: bool = True) -> int:
        index = self.net.add(rule, watched=watched)
        self.rule_relation.append(relation)
        self.rule_text.append(text)
        return index

    def _instantiate(self, r: Relation, span: DateSpan | None) -> list[tuple[str, DateSpan | None]]:
        """Add relation ``r`` at ``span``; return the keys of the cells it had to make."""
        ms = [self.measures[x] for x in r.measures]
        made = [
            (m.id, span) for m in ms if m.kind != "event" and _key(m.id, span) not in self.cells
        ]
        cells = {m.id: self._cell(m, span) for m in ms}
        try:
            rule = self._rule(r, cells)
        except UnitError as exc:
            raise UnitError(f"relation {r.id!r} ({r.describe()}): {exc}") from exc
        index = self._add_rule(rule, r.id, f"relation {r.id}: {r.describe()}")
        virtual = {
            cells[m.id]: m for m in ms if m.kind == "level" and self.cell_group[cells[m.id]] is None
        }
        if virtual:
            self.soft_instances.append((index, virtual))
        return made

    def _rule(self, r: Relation, cells: dict[str, int]) -> Rule:
        m = self.measures
        if isinstance(r, Sum):
            unit = m[r.total].unit
            scales = tuple(units.factor(m[x].unit, unit) for x in (r.total, *r.parts))
            return SumRule(
                total=cells[r.total],
                parts=tuple(cells[p] for p in r.parts),
                complete=r.complete,
                label=r.id,
                scales=scales,
            )
        if isinstance(r, LessEqual):
            return LessEqualRule(
                a=cells[r.a],
                b=cells[r.b],
                offset=r.offset,
                label=r.id,
                scale=units.factor(m[r.b].unit, m[r.a].unit),
            )
        if isinstance(r, Share):
            sp = units.factor(m[r.part].unit, m[r.whole].unit)
            if isinstance(r.ratio, str):
                sr = units.factor(m[r.ratio].unit, "dimensionless")
                return ShareRule(
                    part=cells[r.part],
                    whole=cells[r.whole],
                    ratio=cells[r.ratio],
                    constant=None,
                    label=r.id,
                    scales=(sp, Fraction(1), sr),
                )
            return ShareRule(
                part=cells[r.part],
                whole=cells[r.whole],
                ratio=None,
                constant=r.ratio,
                label=r.id,
                scales=(sp, Fraction(1), Fraction(1)),
            )
        raise TypeError(f"relation {r.id!r}: kind {type(r).__name__} is not propagated")

    def _time_rules(self, m: Measure) -> None:
        """Link each dated value of running total ``m`` to the later ones it bounds.

        A value as of span A is linked to every later span C (C starting after A
        ends) up to the first *clean* span B wholly between them: then A → B → C
        already carries everything A → C would. B is clean when no dated event of
        an ``accumulates`` relation of ``m`` overlaps it; an event inside B would
        count for A → C but for neither A → B nor B → C, so a span holding an
        event never cuts the links short. Adding a figure therefore only adds
        links: it can never hide a rise that was sure without it.
        """
        mine = sorted(
            (
                (span, cell)
                for cell in self.cells_of.get(m.id, ())
                if (span := self.cell_span[cell])
            ),
            key=lambda sc: (sc[0].start, sc[0].end),
        )
        starts = [span.start for span, _ in mine]
        accumulating = self.accumulating.get(m.id, [])
        events = {
            r.id: [
                (self.cells[(e,)], self.cell_group[self.cells[(e,)]])
                for e in r.events
                if (e,) in self.cells
            ]
            for r in accumulating
        }
        # Dated events, by start, with the latest end so far: is a span clean?
        dated = sorted(
            (g.as_of.start, g.as_of.end)
            for r in accumulating
            for _, g in events[r.id]
            if g is not None
        )
        event_starts = [start for start, _ in dated]
        latest_end: list[dt.date] = []
        for _, end in dated:
            latest_end.append(max(end, latest_end[-1]) if latest_end else end)

        def clean(span: DateSpan) -> bool:
            n = bisect.bisect_right(event_starts, span.end)  # events starting by span.end
            return n == 0 or latest_end[n - 1] <= span.start

        never_falls = f"{m.id} never falls"
        for span, cell in mine:
            first = bisect.bisect_right(starts, span.end)
            least_end = dt.date.max
            for later_span, later in mine[first:]:
                if later_span.start > least_end:
                    break
                if later_span.end < least_end and clean(later_span):
                    least_end = later_span.end
                self._add_rule(
                    StepRule(
                        earlier=cell,
                        later=later,
                        sure=(),
                        possible=(),
                        complete=False,
                        label=never_falls,
                    ),
                    never_falls,
                    f"{m.id} is a running total: it never falls, so a later value is at"
                    " least any earlier one",
                )
                for r in accumulating:
                    self._step(r, m, cell, span, later, later_span, events[r.id])

    def _step(
        self,
        r: Accumulates,
        m: Measure,
        cell: int,
        span: DateSpan,
        later: int,
        later_span: DateSpan,
        events: Sequence[tuple[int, _Group | None]],
    ) -> None:
        sure: list[int] = []
        possible: list[int] = []
        # An event measure with no figure has no known date (it may fall in between,
        # for any amount): a complete relation then bounds the rise from below only.
        complete = r.complete and len(events) == len(r.events)
        for e, g in events:
            if g is None:
                complete = False
                continue
            when = g.as_of
            if when.start > span.end and when.end <= later_span.start:
                sure.append(e)
            elif when.end > span.start and when.start <= later_span.end:
                possible.append(e)
        if not sure and not complete:
            return
        scales = tuple(units.factor(self.cell_measure[x].unit, m.unit) for x in (*sure, *possible))
        self._add_rule(
            StepRule(
                earlier=cell,
                later=later,
                sure=tuple(sure),
                possible=tuple(possible),
                complete=complete,
                label=r.id,
                scales=scales,
            ),
            r.id,
            f"relation {r.id}: {r.describe()}",
        )

    # -- conflicts --------------------------------------------------------------------

    def _relation_conflicts(self) -> list[_Found]:
        found = [self._from_failure(f) for f in self.failures]
        found += self._soft_checks()
        return found

    def _from_failure(self, failure: Failure) -> _Found:
        figures, rules = explain(*failure.reasons)
        rules = tuple(dict.fromkeys((*failure.rules, *rules)))
        cells = failure.cells
        context = tuple(sorted(figures))
        figures, rules = self._minimise(figures, rules, soft=False)
        return _Found(figures=tuple(sorted(figures)), rules=rules, cells=cells, context=context)

    def _soft_checks(self) -> list[_Found]:
        """Level figures at other dates than a relation's: checked, never narrowed."""
        net = self.net
        found = []
        for index, virtual in self.soft_instances:
            rule = net.rules[index]
            mapping = {c: c for c in rule.cells}
            for cell, m in virtual.items():
                nearest = self._nearest(m, cell)
                if nearest is not None:
                    mapping[cell] = nearest
            if all(mapping[c] == c for c in mapping):
                continue
            moved = rule.remap(mapping)
            if any(net.dead[c] for c in moved.cells):
                continue
            start = {c: net.bounds[c] for c in moved.cells}
            if satisfiable(start, [moved], whole={c: net.whole[c] for c in moved.cells}):
                continue
            relation = self.rule_relation[index]
            k = self._add_rule(moved, relation, self.rule_text[index], watched=False)
            reasons = [w for c in moved.cells for w in (net.lo_why[c], net.hi_why[c])]
            figures, rules = explain(*reasons)
            rules = (k, *rules)
            figures, rules = self._minimise(figures, rules, soft=True)
            found.append(
                _Found(figures=tuple(sorted(figures)), rules=rules, cells=moved.cells, soft=True)
            )
        return found

    def _nearest(self, m: Measure, cell: int) -> int | None:
        """The cell of ``m`` at another date to check a relation against, if any.

        Cells with figures of their own come first, nearest in time first; a
        cell without figures qualifies only when relations there bounded it.
        """
        span = self.cell_span[cell]
        assert span is not None
        domain = m.domain.integral() if m.whole else m.domain
        best: tuple[bool, int, tuple[dt.date, dt.date], int] | None = None
        for other in self.cells_of.get(m.id, ()):
            other_span = self.cell_span[other]
            if other == cell or other_span is None or self.net.dead[other]:
                continue
            virtual = self.cell_group[other] is None
            if virtual and self.net.bounds[other] == domain:
                continue
            distance = abs((_middle(other_span) - _middle(span)).days)
            candidate = (virtual, distance, _span_key(other_span), other)
            if best is None or candidate < best:
                best = candidate
        return None if best is None else best[3]

    def _feasible(
        self,
        figures: Iterable[str],
        rules: Iterable[int],
        reading: Reading,
        *,
        whole_numbers: bool = True,
    ) -> bool:
        """True when these figures, read so, and these rules can all hold together.

        With ``whole_numbers=False`` the values the rules derive need not be whole
        even for measures that count whole things (the figures' own readings are
        unchanged): what would hold if fractions of a person were possible.
        """
        chosen = [self.net.rules[i] for i in rules]
        start: dict[int, Interval] = {}
        whole: dict[int, bool] = {}
        for c in {c for r in chosen for c in r.cells}:
            m = self.cell_measure[c]
            whole[c] = m.whole and whole_numbers
            start[c] = m.domain.integral() if whole[c] else m.domain
        for fid in figures:
            f = self.figures[fid]
            c = self._figure_cell(fid)
            iv = self._read(f, reading) if reading != "lenient" else self._lenient(f)
            start[c] = start.get(c, Interval.unbounded()) & iv
            whole[c] = self.cell_measure[c].whole and whole_numbers
        if any(iv.is_empty for iv in start.values()):
            return False
        return satisfiable(start, chosen, whole=whole)

    def _minimise(
        self, figures: Sequence[str], rules: Sequence[int], *, soft: bool
    ) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """Drop each figure and rule the conflict does not need (a deletion pass).

        Affordable only for small conflicts (at most :data:`MINIMISE_LIMIT`
        elements); larger ones are reported as found.
        """
        figs, rs = list(figures), list(rules)
        if len(figs) + len(rs) > MINIMISE_LIMIT or self._feasible(figs, rs, self.reading):
            return tuple(figs), tuple(rs)
        for r in list(rs):
            trial = [x for x in rs if x != r]
            if trial and not self._feasible(figs, trial, self.reading):
                rs = trial
        for f in list(figs):
            trial_f = [x for x in figs if x != f]
            if not self._feasible(trial_f, rs, self.reading):
                figs = trial_f
        return tuple(figs), tuple(rs)

    # -- writing up ----------------------------------------------------------------------

    def _say(self, fid: str, iv: Interval) -> str:
        f = self.figures[fid]
        who = f"{f.source.name}, " if f.source is not None else ""
        return f"'{f.statement}' ({who}figure {f.id}, as of {f.as_of}) reads {iv}"

    def _pair_conflict(self, g: _Group, pair: tuple[Figure, ...], *, soft: bool) -> Conflict:
        ids = tuple(f.id for f in pair)
        for f in pair:
            self.figures[f.id] = f
        now = [self._read(f, self.reading) for f in pair]
        lenient = [self._lenient(f) for f in pair]
        said = "; ".join(self._say(f.id, iv) for f, iv in zip(pair, now, strict=True))
        if len(pair) == 1:
            (_f,) = pair
            holds = not lenient[0].is_empty
            text = f"{said}: no value of {g.measure.id} is that, under the {self.reading} reading."
        else:
            holds = lenient[0].overlaps(lenient[1])
            text = f"{said}; they share no value."
        kind: ConflictKind = "tension" if holds or soft else "contradiction"
        if soft and _rises_within(g):
            text += (
                f" {g.measure.id} is a running total and can rise within {g.as_of}: figures"
                " as of one span longer than a day may speak of different dates, so this is"
                " only a tension."
            )
        else:
            text += self._kind_sentence(kind, ids, lenient, soft=soft)
        measure = g.measure.id
        return Conflict(
            figures=tuple(sorted(ids)),
            relations=(),
            kind=kind,
            explanation=text,
            measure=measure,
            as_of=g.as_of,
        )

    def _kind_sentence(
        self, kind: ConflictKind, ids: Sequence[str], lenient: Sequence[Interval], *, soft: bool
    ) -> str:
        if self.reading == "lenient":
            return (
                " Read leniently (every value any reading admits), so this is a contradiction."
                if kind == "contradiction"
                else " The figures speak of different dates, so this is only a tension."
            )
        readings = ", ".join(f"{fid} {iv}" for fid, iv in zip(ids, lenient, strict=True))
        if kind == "contradiction":
            return f" Even read leniently ({readings}) they cannot all hold: a contradiction."
        if soft:
            return " The figures speak of different dates, so this is only a tension."
        return f" Read leniently ({readings}) they can all hold, so this is a tension."

    def _relation_conflict(self, found: _Found) -> Conflict:
        rules = found.rules
        relations = tuple(dict.fromkeys(self.rule_relation[i] for i in rules))
        texts = tuple(dict.fromkeys(self.rule_text[i] for i in rules))
        lenient_holds = self._feasible(found.figures, rules, "lenient")
        kind: ConflictKind = "tension" if lenient_holds or found.soft else "contradiction"
        said = [self._say(f, self._read(self.figures[f], self.reading)) for f in found.figures]
        parts = "; ".join(said) if said else "no figure at all"
        rule_text = "; ".join(texts)
        text = f"{parts}; and {rule_text}: they cannot all hold under the {self.reading} reading."
        if self._feasible(found.figures, rules, self.reading, whole_numbers=False):
            *rest, last = sorted(self._whole_ids(rules))
            counted = f"{', '.join(rest)} and {last}" if rest else last
            text += (
                f" Only because {counted} must be whole numbers: with fractions"
                " allowed they could all hold."
            )
        if kind == "contradiction" and self.reading != "lenient":
            text += " Even read leniently they cannot: a contradiction."
        elif found.soft:
            text += (
                " Figures of a level measure at different dates were compared, so this is"
                " only a tension."
            )
        elif kind == "tension":
            text += " Read leniently they can, so this is a tension."
        cell = found.cells[0]
        return Conflict(
            figures=found.figures,
            relations=relations,
            kind=kind,
            explanation=text,
            measure=self.cell_measure[cell].id,
            as_of=self._as_of(cell),
        )

    def _whole_ids(self, rules: Iterable[int]) -> set[str]:
        """The ids of the whole-numbered measures these rules tie together."""
        return {
            self.cell_measure[c].id
            for i in rules
            for c in self.net.rules[i].cells
            if self.cell_measure[c].whole
        }

    def _as_of(self, cell: int) -> DateSpan | None:
        g = self.cell_group[cell]
        return g.as_of if g is not None else self.cell_span[cell]

    def _level_tensions(self) -> list[tuple[_Group, _Group, tuple[Figure, ...]]]:
        """Level figures of one measure at overlapping but different as-of spans."""
        out = []
        by_measure: dict[str, list[_Group]] = {}
        for g in self.groups:
            if g.measure.kind == "level" and g.lo_figure is not None:
                by_measure.setdefault(g.measure.id, []).append(g)
        for groups in by_measure.values():
            groups.sort(key=lambda g: _span_key(g.span))
            for i, a in enumerate(groups):
                assert a.span is not None
                seen = 0
                for b in groups[i + 1 :]:
                    assert b.span is not None
                    if b.span.start > a.span.end or seen >= LEVEL_NEIGHBOURS:
                        break
                    seen += 1
                    if a.start.overlaps(b.start):
                        continue
                    if _hi_key(a.start) < _lo_key(b.start):
                        pair = (a.hi_figure, b.lo_figure)
                    else:
                        pair = (a.lo_figure, b.hi_figure)
                    out.append((a, b, tuple(f for f in pair if f is not None)))
        return out

    def report(self) -> Report:
        per_cell: dict[int, list[Conflict]] = {}
        for g in self.groups:
            pairs = g.pairs
            per_cell[g.cell] = (
                [self._pair_conflict(g, p, soft=_rises_within(g) and len(p) == 2) for p in pairs]
                if pairs
                else []
            )
        for a, b, pair in self._level_tensions():
            conflict = self._pair_conflict(a, pair, soft=True)
            per_cell[a.cell].append(conflict)
            per_cell[b.cell].append(conflict)
        # A relation conflict that holds a conflict already found among its own figures
        # is not minimal: that smaller conflict is reported instead.
        by_figure: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        for found_here in per_cell.values():
            for known in found_here:
                smaller = (frozenset(known.figures), frozenset(known.relations))
                for fid in known.figures:
                    by_figure.setdefault(fid, []).append(smaller)
        seen: set[tuple[frozenset[str], frozenset[str]]] = set()
        for found in self._relation_conflicts():
            conflict = self._relation_conflict(found)
            key = (frozenset(conflict.figures), frozenset(conflict.relations))
            if key in seen or any(
                fs <= key[0] and rs <= key[1]
                for fid in conflict.figures
                for fs, rs in by_figure.get(fid, ())
            ):
                continue
            seen.add(key)
            # Only the findings of the conflict's own figures, and of the cells it
            # left with no value (on its chain), are marked: not every cell of every
            # rule it names.
            touched = {self._figure_cell(f) for f in found.figures}
            if not found.soft:
                touched.update(found.cells)
            marked = [c for c in sorted(touched) if self.cell_group[c] is not None]
            if not marked:
                marked = self._stand_in(found)
            for c in marked:
                per_cell[c].append(conflict)
        # In the data set's order of measures, then by span: self.groups is already in
        # order of (measure id, span), and the sort is stable.
        order = self.order
        groups = sorted(self.groups, key=lambda g: order[g.measure.id])
        findings = tuple(self._finding(g, per_cell[g.cell]) for g in groups)
        return Report(dataset=self.dataset, reading=self.reading, findings=findings)

    def _stand_in(self, found: _Found) -> list[int]:
        """A finding to carry a conflict that touches no cell with figures of its own.

        Relations alone can leave measures with no figures no value (``a ≤ b``,
        ``b ≤ a − 1``). The conflict is then shown in the first finding (by
        measure id, then date) of a measure it involves; failing that, in the
        findings of the figures whose bounds reached it; when there are none, no
        finding can carry it (a documented limit).
        """
        involved = {self.cell_measure[c].id for c in found.cells}
        for i in found.rules:
            involved.update(self.cell_measure[c].id for c in self.net.rules[i].cells)
        for g in self.groups:
            if g.measure.id in involved:
                return [g.cell]
        return sorted({self._figure_cell(f) for f in found.context})

    def _finding(self, g: _Group, conflicts: list[Conflict]) -> Finding:
        status: Status = "consistent"
        unique: tuple[Conflict, ...] = ()
        if conflicts:
            unique = tuple(dict.fromkeys(conflicts))
            kinds = {c.kind for c in unique}
            status = "contradiction" if "contradiction" in kinds else "tension"
        figures = tuple(g.figures)
        bounds = self.net.bounds[g.cell]
        names, speaker = self._speakers, self._speaker
        # Each figure's speaker (None without a source), as _speaker gives it.
        speakers = [
            None if (source := f.source) is None else (names.get(source.name) or speaker(source))
            for f in figures
        ]
        keys: Sequence[tuple[object, ...]] | None = None
        independent = len(set(speakers)) if len(speakers) > 1 else 1
        if None in speakers or independent != len(speakers):
            keys = [self._statement(g, i) for i in range(len(figures))]
            independent = len(set(keys))
        consensus, agreeing, span = g.consensus, g.agreeing, g.span
        return Finding(
            measure=g.measure.id,
            as_of=span if span is not None else g.as_of,
            figures=figures,
            status=status,
            consensus=None if consensus.is_empty else consensus,
            agreeing=figures if len(agreeing) == len(figures) else _pick(figures, agreeing),
            bounds=bounds,
            estimate=self._estimate(g, keys, bounds),
            independent_sources=independent,
            conflicts=unique,
            readings=_Readings(figures, g.readings),
            tied=bool(g.tied),
        )

    def _speaker(self, source: Source | None) -> str | None:
        """The speaker's name as :attr:`Figure.statement_key` compares it (cached)."""
        if source is None:
            return None
        name = self._speakers.get(source.name)
        if name is None:
            name = self._speakers[source.name] = source.name.strip().casefold()
        return name

    def _statement(self, g: _Group, i: int) -> tuple[object, ...]:
        """Who said what about when: repeats of one statement share this key.

        The key is the speaker (as :attr:`Figure.statement_key` compares it), the
        as-of span, and what the words say — their literal reading and the number
        they state — rather than the raw text, so "2,600", "2600" and 2600 from
        one speaker on one date are one statement. A figure with no source is a
        statement of its own.
        """
        f = g.figures[i]
        name = self._speaker(f.source)
        if name is None:
            return ("\0" + f.id,)
        value = f.value
        nominal: object
        if isinstance(value, str):
            literal = g.readings[i] if self.reading == "literal" else self._read(f, "literal")
            nominal = self.reader.nominal(f, g.measure, self.reading)
        else:
            literal = g.readings[i]
            nominal = value if type(value) is int else f.nominal
        return (
            name,
            f.as_of.start,
            f.as_of.end,
            nominal,
            literal.lo,
            literal.hi,
            literal.lo_closed,
            literal.hi_closed,
        )

    def _estimate(
        self, g: _Group, keys: Sequence[tuple[object, ...]] | None, bounds: Interval
    ) -> Estimate:
        """Low / best / high; ``keys`` are the figures' statement keys (None: all distinct).

        ``best`` is taken over the agreeing figures, or over the figures of every
        tied largest agreeing set when several tie (:data:`TIED_BEST_RULE`).
        """
        if bounds.is_empty:
            return Estimate(low=None, best=None, high=None, rule="no value fits every rule")
        values: list[Number] = []
        add = values.append
        seen: set[tuple[object, ...]] = set()
        figures, readings, measure = g.figures, g.readings, g.measure
        for i in g.tied or g.agreeing:
            f = figures[i]
            if keys is not None:
                key = keys[i]
                if key in seen:
                    continue
                seen.add(key)
            value = f.value
            if type(value) is not int:
                # What reader.nominal gives, inline for the kinds that need no reading:
                # an interval states no number, low/best/high figures state ``best``.
                if type(value) is Interval:
                    value = None
                elif value is None:
                    value = f.best
                else:
                    value = self.reader.nominal(f, measure, self.reading)
                if value is None:
                    iv = readings[i]
                    if not iv.is_bounded:
                        continue
                    value = _midpoint(iv)
            add(value)
        values.sort()
        best = values[(len(values) - 1) // 2] if values else None
        return Estimate(
            low=bounds.lo,
            best=_clamp(best, bounds, whole=g.measure.whole),
            high=bounds.hi,
            rule=TIED_BEST_RULE if g.tied else BEST_RULE,
        )

    # -- bound ------------------------------------------------------------------------------

    def bound(self) -> Bound:
        assert self.query is not None
        measure, span = self.query
        cell = self.query_cell
        iv = self.net.bounds[cell]
        low = self._because(self.net.lo_why[cell], iv, high=False, measure=measure)
        high = self._because(self.net.hi_why[cell], iv, high=True, measure=measure)
        return Bound(
            measure=measure.id,
            at=span,
            interval=iv,
            low=low,
            high=high,
            set_aside=self._set_aside(measure, span),
        )

    def _set_aside(self, measure: Measure, span: DateSpan) -> tuple[str, ...]:
        """Figures of ``measure`` bearing on ``span`` that the bound does not take as true.

        Those outside their group's agreeing set; when largest agreeing sets tie,
        those outside any of them (the bound then spans every tied set, so it
        holds whichever is right). An event's figures all bear on it, and so do a
        running total's at every date (the time rules carry them across); a
        level's only at ``span`` itself.
        """
        out: list[str] = []
        for g in self.groups:
            if g.measure.id != measure.id:
                continue
            if measure.kind == "level" and g.span != span:
                continue
            kept = set(g.in_all_tied if g.tied else g.agreeing)
            out.extend(f.id for i, f in enumerate(g.figures) if i not in kept)
        return tuple(out)

    def _because(
        self, why: Reason | None, iv: Interval, *, high: bool, measure: Measure
    ) -> Because:
        if iv.is_empty:
            figures, rules = explain(
                self.net.lo_why[self.query_cell], self.net.hi_why[self.query_cell]
            )
            relations = tuple(dict.fromkeys(self.rule_relation[i] for i in rules))
            return Because(
                figures=figures,
                relations=relations,
                detail="the figures and relations cannot all hold: no value is left",
            )
        end = iv.hi if high else iv.lo
        if why is None:
            if not high and measure.nonnegative and end == 0:
                return Because(detail=f"{measure.id} cannot be negative")
            side = "above" if high else "below"
            return Because(detail=f"no figure or relation bounds {measure.id} from {side}")
        figures, rules = explain(why)
        relations = tuple(dict.fromkeys(self.rule_relation[i] for i in rules))
        said = ", ".join(
            f"'{self.figures[f].statement}' ({f}, {self.figures[f].as_of})" for f in figures
        )
        via = "; ".join(dict.fromkeys(self.rule_text[i] for i in rules))
        detail = f"{'at most' if high else 'at least'} {format_number(end)} from {said}"
        if via:
            detail += f", through {via}"
        return Because(figures=figures, relations=relations, detail=detail)


class _Readings(Mapping[str, Interval]):
    """Each figure's reading by figure id, kept as two parallel sequences (no dict per finding)."""

    __slots__ = ("_figures", "_readings")

    def __init__(self, figures: Sequence[Figure], readings: Sequence[Interval]) -> None:
        self._figures = figures
        self._readings = readings

    def __getitem__(self, key: str) -> Interval:
        for f, iv in zip(self._figures, self._readings, strict=True):
            if f.id == key:
                return iv
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (f.id for f in self._figures)

    def __len__(self) -> int:
        return len(self._figures)

    def __repr__(self) -> str:
        return repr(dict(self))


def _rises_within(g: _Group) -> bool:
    """True for a running total's figures as of one span longer than a day."""
    return g.measure.kind == "cumulative" and g.span is not None and g.span.start != g.span.end


def _key(measure: str, span: DateSpan | None) -> tuple[object, ...]:
    """The dictionary key of a measure's cell at a span (``(measure,)`` for an event)."""
    if span is None:
        return (measure,)
    return measure, span.start, span.end


def _span_key(span: DateSpan | None) -> tuple[dt.date, dt.date]:
    if span is None:
        return dt.date.min, dt.date.min
    return span.start, span.end


def _middle(span: DateSpan) -> dt.date:
    return span.start + (span.end - span.start) / 2


def _pick(figures: Sequence[Figure], indices: Sequence[int]) -> tuple[Figure, ...]:
    return tuple(figures[i] for i in indices)


def _midpoint(iv: Interval) -> Number:
    """The middle of a bounded interval, exactly."""
    total = iv.lo + iv.hi
    if type(total) is int and total % 2 == 0:
        return total // 2
    return _norm(Fraction(total) / 2)


def _clamp(value: Number | None, bounds: Interval, *, whole: bool) -> Number | None:
    """``value`` moved into ``bounds`` (an integer for whole measures); a bound midpoint if None.

    A value at or below the low end goes to the low side, one at or above the
    high end to the high side, and the result is always a member of ``bounds``:
    a closed end itself; for an open end (a whole measure's ends are closed
    once made integral) the middle of a small step inside it — half of one
    unit, or of the whole width when that is less than one unit. So
    "more than 30%" read (30, +inf) gives 30.5, and (30, 35] gives 30.5, not 35.

    >>> _clamp(30, Interval.open_closed(30, 35), whole=False)
    Fraction(61, 2)
    >>> _clamp(30, Interval.more_than(30), whole=True), _clamp(9, Interval.at_most(7), whole=True)
    (31, 7)
    """
    if type(value) is int and value in bounds:
        return value
    if whole:
        bounds = bounds.integral()
    if bounds.is_empty:
        return None
    if value is None:
        if bounds.is_bounded:
            value = _midpoint(bounds)
        elif bounds.lo != -_INF:
            value = bounds.lo  # type: ignore[assignment]
        elif bounds.hi != _INF:
            value = bounds.hi  # type: ignore[assignment]
        else:
            return None
    assert value is not None
    if whole:
        value = math.floor(value)
    if value in bounds:
        return _norm(value)
    if bounds.lo != -_INF and value <= bounds.lo:
        return _norm(_inside_end(bounds, high=False))
    return _norm(_inside_end(bounds, high=True))


def _inside_end(bounds: Interval, *, high: bool) -> Number:
    """The member of non-empty ``bounds`` nearest one (finite) end: the end if closed.

    For an open end, the middle of a step inwards of one unit, or of the
    whole width when that is narrower.
    """
    lo, hi = bounds.lo, bounds.hi
    end, closed = (hi, bounds.hi_closed) if high else (lo, bounds.lo_closed)
    assert not isinstance(end, float)
    if closed:
        return end
    width = Fraction(1) if isinstance(lo, float) or isinstance(hi, float) else Fraction(hi - lo)
    half = min(Fraction(1), width) / 2
    return _norm(end - half if high else end + half)


def _norm(x: Number) -> Number:
    if isinstance(x, Fraction) and x.denominator == 1:
        return x.numerator
    return x
