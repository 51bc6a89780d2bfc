"""Reconciliation: which figures can all be true, which cannot, and why.

:func:`reconcile` runs these stages, each a module with frozen values between them:

1. ``read`` — each figure's interval under the reading, in its measure's unit;
2. ``sweep`` — group figures by measure and comparable time; in each group the
   largest agreeing set, tied sets, clusters, and the figures outside; then
   ``series`` sets aside a running total's dates outside every largest set of
   dates that can hold together;
3. ``cells`` — one cell per group, rules from relations and time rules;
4. ``propagate`` — narrow every cell to a fixpoint, each end with its reason;
   then relations break ties (``findings.break_ties``);
5. ``conflicts`` — every minimal set of figures and relations that cannot hold;
6. ``explain`` — the sentences;
7. ``findings`` — one verdict per group, and bounds.

:func:`bound` answers for one measure at any date, on the measure's connected
component only. The rules are written out, with examples, in ``docs/concepts.md``.

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
import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence

import attrs

from pwstats.bulk import paused_gc
from pwstats.dates import DateSpan
from pwstats.interval import Interval
from pwstats.model import Accumulates, Dataset, Figure, Measure, trusted_dataset
from pwstats.reconcile import (
    cells,
    conflicts,
    estimates,
    explain,
    findings,
    select,
    series,
    sweep,
)
from pwstats.reconcile.cells import Past
from pwstats.reconcile.read import Context, Parser, Reader
from pwstats.report import READINGS, Because, Bound, Reading, Report

__all__ = ["bound", "bound_using", "reconcile", "reconcile_using", "when"]


#: How many times relations may break ties before the bounds are taken as they are:
#: each round builds and propagates the network again from the sets left.
TIE_ROUNDS = 3


@attrs.frozen
class _Run:
    """A finished run: what each stage produced."""

    ctx: Context
    groups: tuple[sweep.Group, ...]
    cells: cells.Cells
    query_cell: int | None
    #: The running totals' falls (:func:`~pwstats.reconcile.conflicts.falls`).
    fell: list[conflicts.Fall]
    #: Those of them that show why a date out of line was set aside
    #: (:func:`~pwstats.reconcile.series.outliers_set_aside`).
    out_of_line: list[conflicts.Fall]


def _run(
    ctx: Context, query: tuple[Measure, DateSpan] | None = None
) -> tuple[_Run, tuple[conflicts.Failed, ...]]:
    """Stages 1 to 4: read, group and sweep, cells and rules, propagate (and break ties)."""
    swept = sweep.groups(ctx.dataset, ctx.reader, ctx.reading, ctx.roles)
    kept, out_of_line = series.outliers_set_aside(ctx, swept)
    groups = _break_ties(ctx, kept)
    network, query_cell = cells.build(ctx.dataset, groups, query=query)
    if query is not None and query_cell is None:
        # No cell there in the run itself: make it first, so relations apply at its span.
        network, query_cell = cells.build(ctx.dataset, groups, query=query, make_query=True)
    near = conflicts.nearest(ctx, network)
    # The figures a fall names beside the two its groups are compared by are in conflicts
    # already (one a figure: a crowded day took a round of the search a figure): what the
    # dead cells hid is looked for without them.
    fell = conflicts.falls(groups, out_of_line)
    failures = near.failed(network.propagate(near, conflicted=conflicts.said_less(fell)))
    return _Run(ctx, groups, network, query_cell, fell, out_of_line), failures


def _break_ties(ctx: Context, groups: tuple[sweep.Group, ...]) -> tuple[sweep.Group, ...]:
    """Let relations break ties, propagating only where tied groups are.

    The measures tied by relations to a group whose largest sets tie are
    propagated on their own (their bounds are what the whole network would give
    them), the sets the bounds exclude are dropped, and again, at most
    :data:`TIE_ROUNDS` times; the caller then builds the whole network once from
    the groups decided here, so no bound keeps a reason resting on a dropped set.
    """
    tied = [g.measure.id for g in groups if g.tied]
    if not tied:
        return groups
    part = connected(ctx.dataset, tied)
    inside = [g for g in groups if g.measure.id in part]
    sub = trusted_dataset(  # whole parts of a checked data set
        measures=[m for m in ctx.dataset.measures if m.id in part],
        relations=[r for r in ctx.dataset.relations if r.measures[0] in part],
    )
    decided: tuple[sweep.Group, ...] = tuple(inside)
    for _ in range(TIE_ROUNDS):
        network, _ = cells.build(sub, decided)
        network.propagate(conflicts.nearest(ctx, network))  # a long chain's failures stay local
        decided, dropped = findings.break_ties(ctx, decided, network)
        if not dropped:
            break
    replaced = {id(old): new for old, new in zip(inside, decided, strict=True)}
    return tuple(replaced.get(id(g), g) for g in groups)


def reconcile(
    dataset: Dataset,
    *,
    reading: Reading = "pragmatic",
    known_at: DateSpan | dt.date | str | None = None,
    revisions: select.Revisions = "latest",
) -> Report:
    """Reconcile every figure of ``dataset`` under ``reading`` into a :class:`Report`.

    Rules (``docs/concepts.md`` has them with examples): one finding per measure
    and comparable time — per as-of span for level and cumulative measures, one
    per event measure; in each, the largest agreeing set is found by a sweep over
    interval ends and every figure outside it is paired with the agreeing figure
    that excludes it (preferring one that still excludes it read leniently); when
    largest sets tie, the bounds start from the hull of every tied set's
    consensus, relations drop the sets they exclude, and ``best`` is taken over
    the figures of the sets left; bounds then narrow by relations and time rules;
    a conflict is a ``"contradiction"`` when it survives the lenient reading,
    else a ``"tension"``. Incompatible units raise :class:`~pwstats.UnitError`.

    Only counts narrow bounds: estimates are pooled into ``Finding.plausible``,
    figures that cite others are checked for fidelity, and figures a later one
    revises are set aside (``revisions="latest"``, the default; ``"compare"``
    keeps every vintage). ``known_at`` keeps only what was published by then.

    >>> from pwstats.model import Dataset, Figure, Measure
    >>> total = Measure(id="returned", label="returned", kind="cumulative")
    >>> d = Dataset(measures=[total], figures=[
    ...     Figure(id="y23", measure="returned", value=3000, as_of="2023"),
    ...     Figure(id="y24", measure="returned", value=2000, as_of="2024")])
    >>> report = reconcile(d)
    >>> report.status, report.conflicts[0].figures, report.conflicts[0].relations
    ('contradiction', ('y23', 'y24'), ('returned never falls',))
    >>> report.conflicts[0].cause
    'fall'
    """
    _check_dataset(dataset, "reconcile")
    return _reconcile(dataset, reading, None, known_at, revisions)


def reconcile_using(
    dataset: Dataset,
    *,
    reading: Reading,
    parser: Parser,
    known_at: DateSpan | dt.date | str | None = None,
    revisions: select.Revisions = "latest",
) -> Report:
    """:func:`reconcile` with another text reader in place of :func:`pwstats.parse`.

    ``parser(text, *, reading=..., nonnegative=..., unit=...)`` is called with
    the measure's ``nonnegative`` and ``unit``, the unit of a number whose text
    names none, and must return an object with ``interval``, ``unit`` and
    ``nominal`` (and optionally ``code``, which a ``nominal`` of None falls back
    to) like :class:`pwstats.Amount`; its ``interval`` and ``nominal``
    are converted from its ``unit`` to the measure's (an empty or missing
    ``unit`` means the measure's). The words themselves must still be readable by
    :func:`pwstats.parse`, in a unit that converts to the measure's: ``Dataset(...)``
    refuses any others, as :func:`pwstats.load` does; the parser only decides how
    the readable words are read.

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
    return _reconcile(dataset, reading, parser, known_at, revisions)


def _context(
    dataset: Dataset,
    reading: object,
    parser: Parser | None,
    known_at: DateSpan | dt.date | str | None,
    revisions: select.Revisions,
    without: frozenset[str] = frozenset(),
) -> Context:
    """Stage 0: what each figure is, as known at ``known_at``; and how to read it.

    The figures ``without`` names narrow nothing: they ride along as revised ones do
    (a bound past a contradiction's cut, :func:`_past_the_cut`).
    """
    as_ = _check_reading(reading)
    reader = Reader(parser)
    measures = {m.id: m for m in dataset.measures}

    def read(figure: Figure) -> Interval:
        return reader.read(figure, measures[figure.measure], as_)

    def relayed(figure: Figure) -> Interval:
        return reader.read(figure, measures[figure.measure], "lenient")

    chosen = select.select(
        dataset, known_at=known_at, revisions=revisions, read=read, relayed=relayed
    )
    roles = chosen.roles
    if without:
        roles = {**roles, **dict.fromkeys(without, "revised")}
    return Context.of(
        chosen.dataset,
        as_,
        parser,
        roles=roles,
        revisions=chosen.revisions,
        reader=reader,
        restates=chosen.restates,
    )


def _reconcile(
    dataset: Dataset,
    reading: object,
    parser: Parser | None,
    known_at: DateSpan | dt.date | str | None,
    revisions: select.Revisions,
    cut_out: frozenset[str] = frozenset(),
) -> Report:
    """Stages 0 to 7; the report answers ``bound`` from the finished run where it can.

    ``cut_out``: figures that narrow nothing (see :func:`_past_the_cut`).
    """
    ctx = _context(dataset, reading, parser, known_at, revisions, cut_out)

    def again(measure: str, span: DateSpan) -> Bound:
        return _bound(dataset, measure, span, reading, parser, known_at, revisions)

    with paused_gc():
        run, failures = _run(ctx)
        fell = run.fell
        found = conflicts.find(ctx, run.groups, run.cells, failures, fell, run.out_of_line)

        # The findings too are built with the cycle collector paused: a million of them
        # would otherwise be rescanned again and again.
        # Conflicts are found: no rule is applied or read again, so the rules go
        # before the findings come (on a long series they would meet at the peak).
        totals = findings.sum_rules(run.cells)
        # Contested needs the rules: before they go.
        contested = findings.Contested(run.cells, run.groups, fell)
        # What the report keeps of the run to answer bounds: not the run itself.
        settled, aside = cells.Settled.of(run.cells), findings.SetAside(run.groups)
        dates = explain.LevelDates(ctx)
        # Each accumulating event's cell and span, for time rules at a new span.
        index, group = run.cells.index, run.cells.group
        accumulated = {
            r.id: [
                (c, None if (g := group[c]) is None else g.as_of)
                for e in r.events
                if (c := index.get(e, None)) is not None
            ]
            for r in ctx.dataset.relations
            if isinstance(r, Accumulates)
        }
        off_cell = findings.OffCell(ctx, settled, run.cells.span, contested, dates, accumulated)
        reduced_runs: dict[tuple[str, frozenset[str]], Report | None] = {}
        parts: dict[str, Dataset] = {}  # each measure's component, made once

        def without(measure: str, span: DateSpan, cut: frozenset[str]) -> Bound | None:
            # One run of the component without the cut figures answers every date of it;
            # None when none of its figures is cut (that run would be this one).
            part = parts.get(measure)
            if part is None:
                part = component_of(dataset, measure)
                parts.update(dict.fromkeys((m.id for m in part.measures), part))
            key = (part.measures[0].id, cut)
            if key in reduced_runs:
                reduced = reduced_runs[key]
            else:
                mine = cut.intersection(f.id for f in part.figures)
                reduced = reduced_runs[key] = (
                    _reconcile(part, reading, parser, known_at, revisions, mine) if mine else None
                )
            return None if reduced is None else reduced.bound(measure, at=span)

        cuts: dict[int, frozenset[str]] = {}

        def cut_of(contested_here: tuple[str, ...]) -> frozenset[str]:
            # A component's contested figures are one tuple: its cut is made once.
            cut = cuts.get(id(contested_here))
            if cut is None:
                cut = cuts[id(contested_here)] = aside.past_the_cut(contested_here)
            return cut

        # A finding's bounds are what Report.bound answers at its cell: past a cut, an
        # end nothing bounded may be bounded (only such ends, in a component with a
        # contradiction, are looked at again).
        network = run.cells
        past_cut = (
            {} if cut_out else _PastTheCut(ctx, settled, contested, aside, cut_of, without)(network)
        )
        # Estimates are checked against the bounds the findings show.
        for cell, more in estimates.find(ctx, run.groups, network, past_cut).items():
            found.setdefault(cell, []).extend(more)
        network.release()
        # The findings stage lets each group go as its finding is made: the run's own
        # tuple of them goes first.
        groups: list[sweep.Group | None] = list(run.groups)
        del run
        intervals = {cell: taken.interval for cell, taken in past_cut.items()}
        report = findings.report(ctx, groups, network, found, totals, intervals)
        del groups, network, found
        # The report answers bounds through ``ctx``: it need not keep every text's reading.
        ctx.reader.forget()

        asked: dict[tuple[str, DateSpan], Bound] = {}
        stretches = _Stretches(dataset)

        def in_stretch(m: Measure, span: DateSpan) -> Bound | None:
            # A flow's period among its others: a run of the stretches it joins alone.
            part = None if cut_out else stretches.around(m, span)
            if part is None:
                return None
            return _bound_in_stretch(
                part,
                m,
                span,
                (reading, parser, known_at, revisions),
                ctx,
                dates,
                aside(m, span),
                aside.ties(m, span),
            )

        def answer(measure: str | Measure, span: DateSpan) -> Bound:
            m = ctx.dataset.measure(measure)
            cell = settled.cell_of.get(m.id, None if m.kind == "event" else span)
            if cell is None:
                # No cell there: read off the cells around it where that is what a run
                # with one there gives, or run the flow's stretches there alone, else run
                # the component again (once a span).
                found = asked.get((m.id, span))
                if found is None:
                    found = (
                        off_cell(m, span, aside(m, span))
                        or in_stretch(m, span)
                        or again(m.id, span)
                    )
                    asked[(m.id, span)] = found
                return found
            first = findings.bound(
                ctx, settled, cell, span, aside(m, span), contested, dates, aside.ties(m, span)
            )
            if cut_out:
                return first
            b = _past_the_cut(
                first, contested(cell), cut_of(contested(cell)), lambda c: without(m.id, span, c)
            )
            b = _contradicted(b, contested.beyond(cell, m, span, b.interval), contested.against)
            return findings.reworded(ctx, settled, cell, span, dates, first, b)

        return attrs.evolve(report, bounds=answer)


def bound(
    dataset: Dataset,
    measure: str | Measure,
    *,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading = "pragmatic",
    known_at: DateSpan | dt.date | str | None = None,
    revisions: select.Revisions = "latest",
) -> Bound:
    """The interval ``measure`` must lie in at ``at``, with what gives each end.

    ``at`` is a date, a :class:`DateSpan` or ISO text; an event measure needs none
    (``bound(data, "ged-1")``), any other is an error without it that lists the
    dates its figures speak of. For a cumulative measure
    any date works, between or beyond the figures: later figures bound it from
    above (less the events certainly dated in between, through an
    ``accumulates`` relation) and earlier ones from below. A level measure is
    bounded by figures as of exactly ``at`` and by relations there; an event
    measure's bound does not depend on ``at``. Only the measure's connected
    component (the measures tied to it by relations) is reconciled.

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
    span = when(dataset, measure, at, "bound")
    return _bound(dataset, measure, span, reading, None, known_at, revisions)


def bound_using(
    dataset: Dataset,
    measure: str | Measure,
    *,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading,
    parser: Parser,
    known_at: DateSpan | dt.date | str | None = None,
    revisions: select.Revisions = "latest",
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
    span = when(dataset, measure, at, "bound_using")
    return _bound(dataset, measure, span, reading, parser, known_at, revisions)


def _bound(
    dataset: Dataset,
    measure: str | Measure,
    at: DateSpan | dt.date | str,
    reading: object,
    parser: Parser | None,
    known_at: DateSpan | dt.date | str | None,
    revisions: select.Revisions,
    cut_out: frozenset[str] = frozenset(),
) -> Bound:
    span = _at(at, "bound")
    target = dataset.measure(measure.id if isinstance(measure, Measure) else measure)
    part = component_of(dataset, target.id)
    ctx = _context(part, reading, parser, known_at, revisions, cut_out)
    with paused_gc():
        run, _ = _run(ctx, (target, span))
        set_aside = findings.SetAside(run.groups)
        aside, ties = set_aside(target, span), set_aside.ties(target, span)
        first, contested = _answer(run, ctx, span, aside, explain.LevelDates(ctx), ties)
        if cut_out:
            return first
        found = _past_the_cut(
            first,
            contested(),
            set_aside.past_the_cut(contested()),
            lambda cut: _bound_without(
                part, target, span, (reading, parser, known_at, revisions), cut
            ),
        )
        found = _contradicted(found, contested.beyond(found.interval), contested.contested.against)
        return contested.reworded(first, found)


class _Stretches:
    """The figures of a flow's stretches, to bound a period among its periods on them alone.

    A run cuts a flow's periods into stretches where no period runs across a day
    (``cells._period_rules``): cells of different stretches share no rule. A period
    asked about joins the stretches it shares a day with; a run of the flow's figures
    in them alone makes the same cells and rules there, in the same order, as a run of
    the whole flow, so it gives the same bound. Only for a flow in no relation (whose
    component is itself) whose figures neither cite nor revise others (a figure could
    name one in another stretch). Stretches are taken over every figure's period, which
    joins at most stretches a ``known_at`` would keep apart: whole ones all the same.
    """

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._related: set[str] | None = None
        #: Per flow: its figures by period start, each stretch's first and last day, and
        #: the position of each stretch's first figure (None: not bounded this way).
        self._of: dict[
            str, tuple[list[Figure], list[dt.date], list[dt.date], list[int]] | None
        ] = {}

    def around(self, measure: Measure, span: DateSpan) -> Dataset | None:
        """The flow with only the figures of the stretches ``span`` shares a day with;
        None when that is not the way to bound it (or would keep every figure)."""
        if measure.kind != "flow":
            return None
        if measure.id not in self._of:
            self._of[measure.id] = self._stretches(measure)
        found = self._of[measure.id]
        if found is None:
            return None
        figures, firsts, lasts, starts = found
        # The stretches sharing a day with the span: a run joins them into one.
        first = bisect.bisect_left(lasts, span.start)
        last = bisect.bisect_right(firsts, span.end)
        if first >= last:
            return None  # apart from every stretch: read off the run (findings.OffCell)
        end = starts[last] if last < len(starts) else len(figures)
        chosen = figures[starts[first] : end]
        if len(chosen) == len(figures):
            return None
        return trusted_dataset(  # whole parts of a checked data set
            measures=[measure], figures=chosen, sources=self._dataset.sources
        )

    def _stretches(
        self, measure: Measure
    ) -> tuple[list[Figure], list[dt.date], list[dt.date], list[int]] | None:
        if self._related is None:
            self._related = {x for r in self._dataset.relations for x in r.measures}
        figures = list(self._dataset.figures_of(measure.id))
        if measure.id in self._related or any(
            f.cites is not None or f.revises is not None for f in figures
        ):
            return None
        figures.sort(key=lambda f: (f.as_of.start, f.as_of.end))
        firsts: list[dt.date] = []
        lasts: list[dt.date] = []
        starts: list[int] = []
        for k, f in enumerate(figures):
            if not lasts or f.as_of.start > lasts[-1]:
                firsts.append(f.as_of.start)
                lasts.append(f.as_of.end)
                starts.append(k)
            else:
                lasts[-1] = max(lasts[-1], f.as_of.end)
        return figures, firsts, lasts, starts


def _answer(
    run: _Run,
    ctx: Context,
    span: DateSpan,
    aside: tuple[str, ...],
    dates: explain.LevelDates,
    ties: tuple[tuple[str, ...], ...],
) -> tuple[Bound, _Contested]:
    """The bound a run made for a query gives at its cell, explained in ``ctx`` with
    ``dates``, setting ``aside`` and ``ties`` aside; and the contested figures of the
    cell's component (:class:`~pwstats.reconcile.findings.Contested`), on demand."""
    cell = run.query_cell
    assert cell is not None
    contested = findings.Contested(run.cells, run.groups, run.fell)
    settled = cells.Settled.of(run.cells)
    found = findings.bound(ctx, settled, cell, span, aside, contested, dates, ties)
    explained = (ctx, settled, dates)
    return found, _Contested(contested, cell, run.cells.measure[cell], span, explained)


@attrs.frozen
class _Contested:
    """What a run's :class:`~pwstats.reconcile.findings.Contested` says of its query cell."""

    contested: findings.Contested
    cell: int
    measure: Measure
    span: DateSpan
    #: How the run's bound was explained: its context, cells and the level dates.
    explained: tuple[Context, cells.Settled, explain.LevelDates]

    def __call__(self) -> tuple[str, ...]:
        """The contested figures of the query cell's component."""
        return self.contested(self.cell)

    def beyond(self, interval: Interval) -> list[str]:
        """The figures of its component that ``interval`` there contradicts."""
        return self.contested.beyond(self.cell, self.measure, self.span, interval)

    def reworded(self, first: Bound, last: Bound) -> Bound:
        """``last`` with its ends nothing bounds naming every figure set aside since
        ``first``, the run's bound (:func:`~pwstats.reconcile.findings.reworded`)."""
        ctx, settled, dates = self.explained
        return findings.reworded(ctx, settled, self.cell, self.span, dates, first, last)


def _contradicted(
    found: Bound, beyond: Sequence[str], against: Callable[[Iterable[str]], list[str]]
) -> Bound:
    """``found``, setting aside too each figure of ``beyond`` (that its interval
    contradicts) and each that a figure an end rests on contradicts (``against``),
    when neither end rests on it: a bound holds with every figure it keeps. A bound
    with no value is left as it is: its ends name the figures that cannot all hold."""
    if found.interval.is_empty:
        return found
    rests = {*found.low.figures, *found.high.figures}
    kept = rests.union(found.set_aside)
    more = [f for f in (*beyond, *against(rests)) if f not in kept]
    if not more:
        return found
    return attrs.evolve(found, set_aside=tuple(dict.fromkeys((*found.set_aside, *more))))


def _bound_in_stretch(
    part: Dataset,
    target: Measure,
    span: DateSpan,
    options: tuple[object, Parser | None, DateSpan | dt.date | str | None, select.Revisions],
    whole: Context,
    dates: explain.LevelDates,
    aside: tuple[str, ...],
    ties: tuple[tuple[str, ...], ...],
) -> Bound | None:
    """:func:`_bound` of a flow at ``span`` on the stretches ``part`` holds (see
    :class:`_Stretches`), explained with the whole run's context (``whole``,
    ``dates``: the figures set aside name figures of every stretch) and the figures it
    sets aside (``aside``, ``ties``: a flow's are its every period's). ``options``:
    reading, parser, ``known_at`` and ``revisions``. None where an end nothing bounds
    would be taken again past a contradiction (:func:`_past_the_cut`): a run answers."""
    ctx = _context(part, *options)
    with paused_gc():
        run, _ = _run(ctx, (target, span))
        found, contested = _answer(run, whole, span, aside, dates, ties)
        cut = contested()
    if found.interval.is_empty or (found.low.figures and found.high.figures):
        return found
    if any(f in found.set_aside for f in cut):
        return None
    return found


class _PastTheCut:
    """The interval of each finding's bound past a contradiction's cut: the interval
    :func:`_past_the_cut` gives ``Report.bound`` there, without making the bound.

    A bound lists every figure set aside, and a running total's can be most of its
    figures: made for each of a series' cells, the bounds cost the square of its length.
    The interval needs less. Whether a cell's bound is taken past the cut turns on
    whether it sets a contested figure aside: one of its measure's set aside (a tuple a
    measure, or a level's span, looked through once), or a contested one its ends do
    not rest on and that is not its own (a few, looked up by figure and by day). The cut
    (:meth:`~pwstats.reconcile.findings.SetAside.past_the_cut`) is one for each
    component, whatever the cell, and so is the run without it: it answers every cell of
    the component.
    """

    def __init__(
        self,
        ctx: Context,
        settled: cells.Settled,
        contested: findings.Contested,
        aside: findings.SetAside,
        cut_of: Callable[[tuple[str, ...]], frozenset[str]],
        without: Callable[[str, DateSpan, frozenset[str]], Bound | None],
    ) -> None:
        self._ctx, self._settled, self._contested = ctx, settled, contested
        self._aside, self._cut_of, self._without = aside, cut_of, without
        #: By component's contested tuple (by identity): them as a set, by measure and date.
        self._contested_by: dict[
            int, tuple[frozenset[str], dict[tuple[str, DateSpan | None], list[str]]]
        ] = {}
        #: By (figures set aside, contested) tuples: the first as a set, and how many of
        #: the second it holds.
        self._shared: dict[tuple[int, int], tuple[frozenset[str], int]] = {}

    def __call__(self, network: cells.Cells) -> dict[int, Past]:
        """The cells whose interval past the cut differs from the run's, with it and the
        ends taken past the cut. Only a cell with a value and an end no figure gives, in
        a component of rules with a contradiction, can differ."""
        out: dict[int, Past] = {}
        settled, contested = self._settled, self._contested
        bounds, lo_why, hi_why = settled.bounds, settled.lo_why, settled.hi_why
        for cell in range(len(bounds)):
            if (lo_why[cell] is not None and hi_why[cell] is not None) or contested.quiet(cell):
                continue
            span = network.as_of(cell)
            if span is None or cell in network.internal or bounds[cell].is_empty:
                continue
            found = self._past(cell, span)
            if found is not None and found.interval != bounds[cell]:
                out[cell] = found
        return out

    def _past(self, cell: int, span: DateSpan) -> Past | None:
        settled = self._settled
        measure, interval = settled.measure[cell], settled.bounds[cell]
        # Ends with a reason that names no figure are ends no figure gives, too.
        low, high = (
            Because() if why is None else Because(figures=settled.explained(why)[0])
            for why in (settled.lo_why[cell], settled.hi_why[cell])
        )
        if low.figures and high.figures:
            return None
        contested = self._contested(cell)
        if not contested:
            return None
        sets_aside = self._set_aside(cell, span, contested, (*low.figures, *high.figures))
        if sets_aside is None:
            return None
        cut = self._cut_of(contested)
        other = self._without(measure.id, span, cut)
        if other is None:
            return None
        other_aside = set(other.set_aside)
        ends = _ends_past_the_cut(
            interval,
            low,
            high,
            other,
            lambda f: f in cut or sets_aside(f) or f in other_aside,
            other_aside,
        )
        if ends is None:
            return None
        new_low, new_high, taken = ends
        return Past(
            taken, None if new_low is low else new_low, None if new_high is high else new_high
        )

    def _set_aside(
        self, cell: int, span: DateSpan, contested: tuple[str, ...], rests: Sequence[str]
    ) -> Callable[[str], bool] | None:
        """Whether a figure is among those the cell's bound
        (:func:`~pwstats.reconcile.findings.bound`) sets aside, without making the bound;
        None when it sets no contested figure aside (:func:`_past_the_cut`'s test)."""
        ctx, measure = self._ctx, self._settled.measure[cell]
        known = self._contested_by.get(id(contested))
        if known is None:
            by_day: dict[tuple[str, DateSpan | None], list[str]] = {}
            kinds = {m.id: m.kind for m in ctx.dataset.measures}
            for fid in contested:
                f = ctx.figure(fid)
                day = (f.measure, None if kinds[f.measure] == "event" else f.as_of)
                by_day.setdefault(day, []).append(fid)
            known = self._contested_by[id(contested)] = (frozenset(contested), by_day)
        cset, by_day = known
        mine = self._aside(measure, span)
        shared = self._shared.get((id(mine), id(contested)))
        if shared is None:
            shared = self._shared[(id(mine), id(contested))] = (
                frozenset(mine),
                sum(f in cset for f in mine),
            )
        mine_set, inside = shared
        # The contested figures the bound does not set aside (as findings.bound leaves
        # them): those its ends rest on, and the cell's own (looked up by day).
        kept = {f for f in rests if f in cset and f not in mine_set}
        interval = self._settled.bounds[cell]
        own = (measure.id, None if measure.kind == "event" else span)
        kept.update(
            f
            for f in by_day.get(own, ())
            if f not in mine_set and findings.own_figure(ctx, f, measure, span, interval)
        )
        if not inside and len(kept) == len(cset):
            return None
        return lambda f: f in mine_set or (f in cset and f not in kept)


def _bound_without(
    part: Dataset,
    target: Measure,
    span: DateSpan,
    options: tuple[object, Parser | None, DateSpan | dt.date | str | None, select.Revisions],
    cut: frozenset[str],
) -> Bound | None:
    """:func:`_bound` in a run of ``part`` where the figures ``cut`` narrow nothing; None
    when none of its figures is cut (that run would be the one asking)."""
    mine = cut.intersection(f.id for f in part.figures)
    return _bound(part, target, span, *options, mine) if mine else None


def _past_the_cut(
    found: Bound,
    contested: Sequence[str],
    cut: frozenset[str],
    again: Callable[[frozenset[str]], Bound | None],
) -> Bound:
    """``found``, with an end nothing bounds taken again without the contradiction's figures.

    A contradiction's cells have no value, and propagation stops at them: a running
    total's later dates are then bounded by no earlier figure, even one in no conflict
    (7,199 on 12 February, a fall from 8,006 to 7,100 after it: 1 March is at least
    7,199). ``again`` bounds the same cell in a run where the figures ``found`` sets
    aside narrow nothing; each end it makes tighter, resting on no figure
    set aside, is taken, with its explanation (:func:`_ends_past_the_cut`). Nothing is
    guessed: the bound still rests only on figures that are not set aside, and lists
    those that are.
    """
    if found.interval.is_empty or (found.low.figures and found.high.figures):
        return found
    aside = frozenset(found.set_aside)
    if aside.isdisjoint(contested):
        return found
    # ``cut`` (:meth:`~pwstats.reconcile.findings.SetAside.past_the_cut`): every figure
    # set aside narrows nothing there, not only the contradiction's — a figure outside
    # its day's agreeing set would otherwise narrow the run again ("0" beside two "1" on
    # 1 January, then "0" on 1 February: 1 March is at least 1, from the "1" kept, not
    # unbounded) — nor does any contested figure, even one an end rests on or of the
    # cell itself, but those of tied largest sets. The run is then one for every cell of
    # the data set, and an end taken from it must share a value with the end kept
    # (:func:`_ends_past_the_cut`).
    other = again(cut)
    if other is None:
        return found
    other_aside = set(other.set_aside)
    ends = _ends_past_the_cut(
        found.interval,
        found.low,
        found.high,
        other,
        lambda f: f in cut or f in aside or f in other_aside,
        other_aside,
    )
    if ends is None:
        return found
    low, high, interval = ends
    return attrs.evolve(
        found,
        interval=interval,
        low=low,
        high=high,
        set_aside=tuple(dict.fromkeys((*found.set_aside, *other.set_aside))),
    )


def _ends_past_the_cut(
    interval: Interval,
    low: Because,
    high: Because,
    other: Bound,
    aside: Callable[[str], bool],
    other_aside: Collection[str],
) -> tuple[Because, Because, Interval] | None:
    """The ends of a bound (``interval``, ``low``, ``high``) with each end no figure gives
    taken from ``other`` (the bound in a run without the figures set aside) where that is
    tighter and rests on no figure set aside (``aside``: by either); None when no end
    changes, or when ``other`` sets aside a figure an end kept rests on."""
    both = interval & other.interval
    if other.interval.is_empty or both.is_empty:
        return None
    new_low, new_high = low, high
    if (
        not low.figures
        and _tighter_low(other.interval, interval)
        and not any(map(aside, other.low.figures))
    ):
        new_low = other.low
    if (
        not high.figures
        and _tighter_high(other.interval, interval)
        and not any(map(aside, other.high.figures))
    ):
        new_high = other.high
    if new_low is low and new_high is high:
        return None
    # The run without the cut may set aside a figure the end kept rests on, as it cannot
    # hold with the figures the other end rests on there: the two ends would rest on
    # figures that cannot all hold. The bound stays as it was.
    kept = (*(low.figures if new_low is low else ()), *(high.figures if new_high is high else ()))
    if any(f in other_aside for f in kept):
        return None
    lo_from = other.interval if new_low is not low else interval
    hi_from = other.interval if new_high is not high else interval
    return (
        new_low,
        new_high,
        Interval(lo_from.lo, hi_from.hi, lo_closed=lo_from.lo_closed, hi_closed=hi_from.hi_closed),
    )


def _tighter_low(a: Interval, b: Interval) -> bool:
    """True when ``a`` starts above ``b`` (or at it, open where ``b`` is closed)."""
    return a.lo > b.lo or (a.lo == b.lo and b.lo_closed and not a.lo_closed)


def _tighter_high(a: Interval, b: Interval) -> bool:
    """True when ``a`` ends below ``b`` (or at it, open where ``b`` is closed)."""
    return a.hi < b.hi or (a.hi == b.hi and b.hi_closed and not a.hi_closed)


def when(dataset: Dataset, measure: str | Measure, at: object, function: str) -> DateSpan:
    """The span to bound ``measure`` at: ``at``, or, for an event measure, any date.

    An event measure's bound does not depend on the date, so without ``at`` the first
    date its figures speak of is taken; any other kind needs ``at``, and the error
    lists the dates its figures speak of.
    """
    if at is not None:
        return _at(at, function)
    target = dataset.measure(measure.id if isinstance(measure, Measure) else measure)
    figures = dataset.figures_of(target.id)
    if target.kind == "event":
        return figures[0].as_of if figures else DateSpan.parse("2000")
    spans = sorted({str(f.as_of) for f in figures})
    said = f"; its figures speak of {', '.join(spans[:5])}" if spans else ""
    more = f" and {len(spans) - 5} more" if len(spans) > 5 else ""
    what = "the period to bound it over" if target.kind == "flow" else "the date to bound it at"
    raise ValueError(
        f"{function}(): {target.id!r} is a {target.kind} measure: give at= {what}{said}{more}"
        " (only an event measure needs none)"
    )


def _at(at: object, function: str) -> DateSpan:
    """``at`` as a span; a value of another type is an error that names ``at``."""
    try:
        return DateSpan.of(at)  # type: ignore[arg-type]  # checked there
    except TypeError as exc:
        raise TypeError(f"{function}(): at: {exc}") from None


def component_of(dataset: Dataset, measure: str) -> Dataset:
    """The sub-data set of ``measure`` and every measure tied to it by relations.

    With its figures, relations and sources; the whole data set when everything
    is connected. Linear in the data set's size.
    """
    seen = connected(dataset, [measure])
    if len(seen) == len(dataset.measures):
        return dataset
    return trusted_dataset(  # whole parts of a checked data set
        measures=[m for m in dataset.measures if m.id in seen],
        figures=[f for f in dataset.figures if f.measure in seen],
        relations=[r for r in dataset.relations if r.measures[0] in seen],
        sources=dataset.sources,
    )


def connected(dataset: Dataset, measures: Iterable[str]) -> set[str]:
    """The ids of ``measures`` and of every measure tied to them by relations.

    Each relation is one hub its measures link to, so a sum over N parts costs N
    links, not N²: linear in the data set's size.
    """
    of_measure: dict[str, list[int]] = {}
    for i, r in enumerate(dataset.relations):
        for x in r.measures:
            of_measure.setdefault(x, []).append(i)
    seen = set(measures)
    todo = list(seen)
    used: set[int] = set()
    while todo:
        x = todo.pop()
        for i in of_measure.get(x, ()):
            if i in used:
                continue
            used.add(i)
            for y in dataset.relations[i].measures:
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
    return seen


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
