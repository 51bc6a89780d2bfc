"""Stage 2, group and sweep: the figures of one measure at one time, and which agree.

:func:`groups` puts each figure in the group of its measure and comparable time (an
event measure's figures form one group; a level or running total's, one per as-of
span). :func:`analyse` reads a group and finds, by a sweep over interval ends, the
largest set of figures that share a value (in one dimension pairwise overlap means a
common value, Helly), every tied largest set, the clusters — a partition of the
figures into agreeing groups by a minimum set of stabbing points — and, for each
figure outside the agreeing set, the agreeing figure that excludes it.
Everything here is O(n log n) in the group's size.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple, TypeAlias, TypeVar

from pwstats.dates import DateSpan
from pwstats.interval import End, Interval, unchecked
from pwstats.model import Dataset, Figure, Measure
from pwstats.reconcile.read import Reader
from pwstats.report import Cluster, Reading, clusters_of

T = TypeVar("T")

__all__ = ["Group", "Stretch", "analyse", "clusters", "groups", "hi_key", "lo_key", "sweep"]

#: A position on the number line: (number, -1 | 0 | 1) is just below, at, or just
#: above the number, so that open and closed ends sort correctly.
Position: TypeAlias = tuple[End, int]


def lo_key(iv: Interval) -> Position:
    """Where ``iv`` starts, as a position."""
    return iv.lo, 0 if iv.lo_closed else 1


def hi_key(iv: Interval) -> Position:
    """Where ``iv`` ends, as a position."""
    return iv.hi, 0 if iv.hi_closed else -1


def _between(lo: Position, hi: Position) -> Interval:
    """The interval from position ``lo`` to position ``hi`` (``lo <= hi``)."""
    return unchecked(lo[0], hi[0], lo[1] == 0, hi[1] == 0)


class Stretch(NamedTuple):
    """One stretch of greatest depth: a largest agreeing set and the values it shares.

    ``consensus`` is the set's common interval; ``lo_figure`` and ``hi_figure`` give
    its ends. When largest sets tie there is one stretch per tied set, left to right.
    (A named tuple: a frozen value made once per group, cheaper to build than a
    frozen attrs class.)
    """

    consensus: Interval
    lo_figure: Figure
    hi_figure: Figure

    def members(self, readings: Sequence[Interval]) -> tuple[int, ...]:
        """The indices of the readings holding this stretch (its agreeing set)."""
        at = lo_key(self.consensus)
        return tuple(
            i for i, iv in enumerate(readings) if not iv.is_empty and lo_key(iv) <= at <= hi_key(iv)
        )


def sweep(
    readings: Sequence[Interval], statements: Sequence[object] | None = None
) -> list[tuple[Position, Position, int, int]]:
    """Every stretch of greatest depth: (start, end, index starting it, index ending it).

    Positions sort so that, at one number, ends come after starts: a new stretch
    of greatest depth always starts strictly right of the previous one. With
    ``statements`` (one key per reading), depth counts distinct statements, so
    repeats of one statement count once: three outlets carrying one agency's
    "more than 230" do not outvote two speakers' "exactly 230". Empty when no
    reading holds a value.
    """
    events: list[tuple[Position, int, int]] = []
    add = events.append
    for i, iv in enumerate(readings):
        if iv.is_empty:
            continue
        add(((iv.lo, 0 if iv.lo_closed else 1), 0, i))
        add(((iv.hi, 0 if iv.hi_closed else -1), 1, i))
    events.sort()
    keys: Sequence[object] = statements if statements is not None else range(len(readings))
    active: dict[object, int] = {}
    depth = best = 0
    stretches: list[tuple[Position, Position, int, int]] = []
    open_at: tuple[Position, int] | None = None
    for position, kind, i in events:
        key = keys[i]
        if kind == 0:
            count = active[key] = active.get(key, 0) + 1
            if count == 1:
                depth += 1
                if depth > best:
                    best, stretches = depth, []
                    open_at = (position, i)
                elif depth == best:
                    open_at = (position, i)
        else:
            count = active[key] = active[key] - 1
            if count == 0:
                if depth == best and open_at is not None:
                    stretches.append((open_at[0], position, open_at[1], i))
                    open_at = None
                depth -= 1
    return stretches


def clusters(figures: Sequence[Figure], readings: Sequence[Interval]) -> tuple[Cluster, ...]:
    """The figures partitioned into the fewest groups that each share a value.

    See :func:`pwstats.report.clusters_of`: the clusters' common intervals are
    pairwise disjoint and increasing. O(n log n).
    """
    return clusters_of([f.id for f in figures], readings)


class Group(NamedTuple):
    """The figures of one measure at one comparable time, read, and their analysis.

    ``span`` is None for an event measure (its figures describe one event);
    ``as_of`` is then the days all its figures share, else the span of all of
    them. ``stretches`` holds one entry per largest agreeing set (several when
    they tie), kept in ``largest`` except for a figure alone that holds a value
    (``largest`` is then None: its one stretch, the figure's reading, is made when
    asked for, as a long series has a group per figure); ``agreeing`` is the first
    one's members. ``pairs`` pairs each
    figure outside it with the agreeing figure that excludes it (a figure alone
    when its reading is empty). ``statements`` is each figure's statement key,
    or None when every figure is a statement of its own. A named tuple: a frozen
    value made once per group (a million figures make a quarter of a million), about
    twice as fast to build as a frozen attrs class of fourteen fields.
    """

    measure: Measure
    span: DateSpan | None
    as_of: DateSpan
    figures: tuple[Figure, ...]
    readings: Sequence[Interval]
    statements: tuple[object, ...] | None
    largest: tuple[Stretch, ...] | None
    agreeing: Sequence[int]
    pairs: tuple[tuple[Figure, ...], ...]
    clusters: tuple[Cluster, ...]
    #: True when largest sets tie and the relations exclude every one of them (set
    #: after propagation): no figure of the group is then taken as true.
    excluded: bool = False
    #: Figures that are not counts (estimates, citing and revised figures), by id,
    #: with their readings: never swept, never seeding bounds.
    others: tuple[Figure, ...] = ()
    other_readings: Sequence[Interval] = ()

    @property
    def stretches(self) -> tuple[Stretch, ...]:
        """One stretch per largest agreeing set, left to right (none if no figure holds a value)."""
        if self.largest is not None:
            return self.largest
        alone = self.figures[0]
        return (Stretch(self.readings[0], alone, alone),)

    @property
    def holds_value(self) -> bool:
        """True when some figure's reading holds a value (the group has a stretch)."""
        return self.largest is None or bool(self.largest)

    @property
    def consensus(self) -> Interval:
        """The first largest agreeing set's common interval (empty when none holds a value)."""
        if self.largest is None:
            return self.readings[0]
        return self.largest[0].consensus if self.largest else Interval.empty()

    @property
    def tied(self) -> bool:
        return self.largest is not None and len(self.largest) > 1

    @property
    def start(self) -> Interval:
        """Where the finding's bounds start: the consensus, or the hull of tied ones."""
        if self.largest is None:
            return self.readings[0]
        if not self.largest:
            return Interval.empty()
        first, last = self.largest[0].consensus, self.largest[-1].consensus
        return first if first is last else first.hull(last)

    @property
    def lo_figure(self) -> Figure | None:
        if self.largest is None:
            return self.figures[0]
        return self.largest[0].lo_figure if self.largest else None

    @property
    def hi_figure(self) -> Figure | None:
        if self.largest is None:
            return self.figures[0]
        return self.largest[-1].hi_figure if self.largest else None

    @property
    def rises_within(self) -> bool:
        """True for a running total's figures as of one span longer than a day."""
        return (
            self.measure.kind == "cumulative"
            and self.span is not None
            and (self.span.start != self.span.end)
        )


def groups(
    dataset: Dataset,
    reader: Reader,
    reading: Reading,
    roles: Mapping[str, str] | None = None,
) -> tuple[Group, ...]:
    """Every group of ``dataset``, analysed, in order of (measure id, span).

    Built in an order of ids and dates only, so that nothing computed depends on
    the order of the input; findings are put back in the data set's order at the end.
    Only counts are swept (``roles``: a figure absent is a count); estimates,
    citing and revised figures ride along in :attr:`Group.others`.
    """
    keyed: dict[tuple[object, ...], list[Figure]] = {}
    measures = {m.id: m for m in dataset.measures}
    events = {m.id for m in dataset.measures if m.kind == "event"}
    for f in dataset.figures:
        mid = f.measure
        key: tuple[object, ...] = (mid,) if mid in events else (mid, f.as_of.start, f.as_of.end)
        group = keyed.get(key)
        if group is None:
            keyed[key] = [f]
        else:
            group.append(f)
    by_id = operator.attrgetter("id")
    out = []
    for key in sorted(keyed):
        figures = keyed[key]
        figures.sort(key=by_id)
        span = None if len(key) == 1 else figures[0].as_of
        measure = measures[figures[0].measure]
        if roles:
            counts = [f for f in figures if f.id not in roles]
            others = [f for f in figures if f.id in roles]
        else:
            counts, others = figures, []
        # An event's time is what all its figures (counts or not) say; others have a span.
        as_of = event_span(figures) if span is None else span
        g = analyse(measure, span, counts, reader, reading, as_of=as_of)
        if others:
            g = g._replace(
                others=tuple(others),
                other_readings=_read_all(others, measure, reader, reading),
            )
        out.append(g)
    return tuple(out)


def event_span(figures: Sequence[Figure]) -> DateSpan:
    """When an event happened: the days all its figures share, else the span of all of them."""
    if len(figures) == 1:
        return figures[0].as_of
    start = max(f.as_of.start for f in figures)
    end = min(f.as_of.end for f in figures)
    if start <= end:
        first = figures[0].as_of
        return first if (first.start, first.end) == (start, end) else DateSpan(start, end)
    return DateSpan(min(f.as_of.start for f in figures), max(f.as_of.end for f in figures))


def _read_all(
    figures: Sequence[Figure], measure: Measure, reader: Reader, reading: Reading
) -> Sequence[Interval]:
    """Each figure's reading; whole numbers and intervals already in the domain inline."""
    read = reader.read
    nonnegative, whole = measure.nonnegative, measure.whole
    out: list[Interval] = []
    add = out.append
    for f in figures:
        v = f.value
        if type(v) is int:
            add(
                unchecked(v, v, True, True)
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
    # Not copied into a tuple, which a million groups would pay for twice; but a figure
    # alone (every group of a long series) keeps a 1-tuple, half the size of a list.
    return (out[0],) if len(out) == 1 else out


def _common(
    figures: Sequence[Figure], readings: Sequence[Interval]
) -> tuple[Interval, Figure, Figure] | None:
    """The values every reading shares and the figures giving its ends, or None if none.

    The highest low end against the lowest high end, compared as positions
    without building tuples: the fast path for groups that agree.
    """
    first = readings[0]
    if first.is_empty:
        return None
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
    if lo < hi or (lo == hi and lo_closed and hi_closed):
        # One figure gives both ends (always, for a figure alone): its reading is the
        # common interval, kept as the one object rather than made again.
        common = readings[lo_i] if lo_i == hi_i else unchecked(lo, hi, lo_closed, hi_closed)
        return common, figures[lo_i], figures[hi_i]
    return None


def analyse(
    measure: Measure,
    span: DateSpan | None,
    figures: Sequence[Figure],
    reader: Reader,
    reading: Reading,
    *,
    as_of: DateSpan | None = None,
) -> Group:
    """Read one group's counts and find their agreeing sets, clusters and pairs."""
    figures = tuple(figures)
    readings = _read_all(figures, measure, reader, reading)
    if as_of is None:
        as_of = span if span is not None else event_span(figures)
    elif span is not None:
        as_of = span
    if not figures:
        return Group(
            measure=measure,
            span=span,
            as_of=as_of,
            figures=(),
            readings=(),
            statements=None,
            largest=(),
            agreeing=(),
            pairs=(),
            clusters=(),
        )
    common = _common(figures, readings)
    if common is not None:  # everyone agrees (Helly, in one dimension)
        consensus, lo_f, hi_f = common
        everyone = _everyone(len(figures))
        return Group(
            measure=measure,
            span=span,
            as_of=as_of,
            figures=figures,
            readings=readings,
            statements=None,
            largest=None if len(figures) == 1 else (Stretch(consensus, lo_f, hi_f),),
            agreeing=everyone,
            pairs=(),
            clusters=(),  # one cluster of every figure (see Finding.clusters)
        )
    statements = tuple(reader.statement_key(f, measure) for f in figures)
    found = sweep(readings, statements)
    stretches = tuple(
        Stretch(_between(start, end), figures[i], figures[j]) for start, end, i, j in found
    )
    agreeing = stretches[0].members(readings) if stretches else ()
    pairs = outsiders(
        figures, readings, agreeing, reader=reader, measure=measure, rises=_rises(measure, span)
    )
    return Group(
        measure=measure,
        span=span,
        as_of=as_of,
        figures=figures,
        readings=readings,
        statements=statements,
        largest=stretches,
        agreeing=agreeing,
        pairs=pairs,
        clusters=clusters(figures, readings),
    )


_EVERYONE: list[tuple[int, ...]] = [tuple(range(n)) for n in range(64)]


def _everyone(n: int) -> tuple[int, ...]:
    """``tuple(range(n))``, shared for small n (most groups agree and are small)."""
    return _EVERYONE[n] if n < len(_EVERYONE) else tuple(range(n))


def _rises(measure: Measure, span: DateSpan | None) -> bool:
    return measure.kind == "cumulative" and span is not None and span.start != span.end


def outsiders(
    figures: Sequence[Figure],
    readings: Sequence[Interval],
    agreeing: Sequence[int],
    *,
    reader: Reader,
    measure: Measure,
    rises: bool,
) -> tuple[tuple[Figure, ...], ...]:
    """Pair each figure outside ``agreeing`` with the agreeing figure that excludes it.

    The partner excludes it most widely, preferring one that still excludes it
    read leniently (then the pair is a contradiction). A figure whose reading is
    empty is alone. When every pair found is only a tension but two figures
    contradict each other (both outside the agreeing set), that pair is added,
    so a finding's status never depends on which largest set was chosen.
    """
    if not agreeing:
        return tuple((f,) for f in figures)
    if len(agreeing) == len(figures):
        return ()
    where = lo_key(readings[agreeing[0]])
    for i in agreeing[1:]:
        where = max(where, lo_key(readings[i]))
    inside = set(agreeing)
    lenient = [
        reader.read(f, measure, "lenient") if isinstance(f.value, str) else readings[i]
        for i, f in enumerate(figures)
    ]
    by_lo = figures[max(agreeing, key=lambda i: lo_key(readings[i]))]
    by_hi = figures[min(agreeing, key=lambda i: hi_key(readings[i]))]
    len_lo = max(agreeing, key=lambda i: lo_key(lenient[i]))
    len_hi = min(agreeing, key=lambda i: hi_key(lenient[i]))
    pairs: list[tuple[Figure, ...]] = []
    contradiction = False
    for i, (f, iv) in enumerate(zip(figures, readings, strict=True)):
        if i in inside:
            continue
        if iv.is_empty:
            pairs.append((f,))
            contradiction = contradiction or lenient[i].is_empty
            continue
        if hi_key(iv) < where:  # f lies below the agreeing values
            strong = lo_key(lenient[len_lo]) > hi_key(lenient[i])
            partner = figures[len_lo] if strong else by_lo
        else:
            strong = hi_key(lenient[len_hi]) < lo_key(lenient[i])
            partner = figures[len_hi] if strong else by_hi
        contradiction = contradiction or strong
        pairs.append((f, partner))
    if not contradiction and not rises:
        live = [i for i in range(len(figures)) if not lenient[i].is_empty]
        if len(live) >= 2:
            high = max(live, key=lambda i: lo_key(lenient[i]))
            low = min(live, key=lambda i: hi_key(lenient[i]))
            if lo_key(lenient[high]) > hi_key(lenient[low]):
                pairs.append((figures[high], figures[low]))
    return tuple(pairs)


def in_span_order(items: list[T], span_of: Callable[[T], DateSpan | None]) -> list[T]:
    """``items`` in order of their spans' (start, end), events' None first.

    Groups, and the cells made for them, come in that order already (only a
    relation's cells come after): a list in order is checked in one pass and
    returned itself, with no key made for each item (a long series has a group
    and a cell a figure); any other is returned sorted, as a new list.
    """
    previous: DateSpan | None = None
    for item in items:
        span = span_of(item)
        if previous is not None and (
            span is None
            or span.start < previous.start
            or (span.start == previous.start and span.end < previous.end)
        ):
            return sorted(items, key=lambda x: span_key(span_of(x)))
        previous = span
    return items


def span_key(span: DateSpan | None) -> tuple[dt.date, dt.date]:
    """A sort key for spans (an event's None first)."""
    if span is None:
        return dt.date.min, dt.date.min
    return span.start, span.end


def members_of_each(
    stretches: Sequence[Stretch], readings: Sequence[Interval]
) -> list[tuple[int, ...]]:
    """``[s.members(readings) for s in stretches]`` for stretches left to right, in one pass.

    Each reading holds a run of consecutive stretches (their positions increase),
    found by bisection: the work is the readings' count times a logarithm plus the
    size of the answer, not the readings' count once a stretch (N figures in N tied
    sets of one were quadratic).
    """
    positions = [lo_key(s.consensus) for s in stretches]
    out: list[list[int]] = [[] for _ in stretches]
    for i, iv in enumerate(readings):
        if iv.is_empty:
            continue
        first = bisect.bisect_left(positions, lo_key(iv))
        last = bisect.bisect_right(positions, hi_key(iv))
        for j in range(first, last):
            out[j].append(i)
    return [tuple(m) for m in out]


def holds_any(iv: Interval, positions: Sequence[Position]) -> bool:
    """True when ``iv`` holds one of the sorted ``positions`` (one bisection)."""
    if iv.is_empty:
        return False
    lo = lo_key(iv)
    j = bisect.bisect_left(positions, lo)
    return j < len(positions) and positions[j] <= hi_key(iv)
