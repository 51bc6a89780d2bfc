"""Stage 7, findings: one verdict per group, and bounds with what gives each end.

Also the step between propagation and conflicts that lets relations break ties:
when largest agreeing sets tie, the sets the propagated bounds exclude are dropped,
the cell is seeded again from the rest, and propagation runs once more. Whatever
the input, a finding is consistent with itself: its consensus is None or shares a
value with its bounds (None when the bounds are empty, and a contradiction or
tension then says why); its estimate lies within its bounds; and no end of a
bound rests on a figure it sets aside.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import itertools
import math
from array import array
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, Sequence, Set
from fractions import Fraction
from typing import Final, TypeVar

import attrs

from pwstats.dates import DateSpan
from pwstats.interval import INF, End, Interval, Number, normal
from pwstats.model import Accumulates, Figure, LessEqual, Measure, Relation
from pwstats.reconcile import cells as cells_stage
from pwstats.reconcile import estimates
from pwstats.reconcile.cells import Cells, Settled, never_falls, never_falls_text
from pwstats.reconcile.conflicts import Fall
from pwstats.reconcile.explain import LevelDates, because
from pwstats.reconcile.island import Grown, Island, More
from pwstats.reconcile.propagate import (
    Network,
    NeverFallsRule,
    Reason,
    Rule,
    StepRule,
    SumRule,
    Why,
    explain,
)
from pwstats.reconcile.read import Context, folded, values_of
from pwstats.reconcile.sweep import (
    Group,
    Position,
    Stretch,
    clusters,
    hi_key,
    holds_any,
    lo_key,
    members_of_each,
    outsiders,
    span_key,
)
from pwstats.report import (
    BEST_RULE,
    NO_CLUSTERS,
    NO_COUNT_RULE,
    NO_VALUE_RULE,
    POOLED_RULES,
    TIED_BEST_RULE,
    TIED_STUDIES_RULE,
    TILED_RULE,
    UNPOOLED_RULE,
    Because,
    Bound,
    Conflict,
    Estimate,
    Finding,
    Plausible,
    Report,
    Revision,
    Status,
    earlier_releases,
    pooled_value,
    rounded_once,
    statement_rank,
)
from pwstats.tiling import Piece, Settle, tile_all

T = TypeVar("T")

__all__ = ["Contested", "OffCell", "SetAside", "bound", "break_ties", "report"]

_INF: Final = INF


# -- ties ------------------------------------------------------------------------------


def break_ties(
    ctx: Context, groups: Sequence[Group], cells: Cells
) -> tuple[tuple[Group, ...], bool]:
    """Drop the tied largest sets that the propagated bounds exclude; True if any was.

    A tied group's cell started at the hull of every tied set's consensus; after
    propagation, a set whose consensus shares no value with the bounds cannot be
    right given the relations. The driver then builds the cells again from the
    sets left (one: the tie is broken) and propagates from scratch, so that no
    bound keeps a reason resting on a set now dropped. When the relations exclude
    every tied set the group is marked ``excluded``, and its cell is then bounded by
    relations alone. This never searches for the
    largest set consistent with every relation (NP-hard in general); it only uses
    the bounds already propagated.
    """
    net = cells.net
    out: list[Group] = []
    dropped = False
    for g in groups:
        if not g.tied or g.excluded:
            out.append(g)
            continue
        cell = cells.index.at(g.measure.id, g.span)
        bounds = net.bounds[cell]
        admitted = tuple(s for s in g.stretches if s.consensus.overlaps(bounds))
        if not admitted and not bounds.is_empty:
            # The relations exclude every tied set: conflicts.find says so, and the
            # finding takes none of them as true.
            out.append(g._replace(agreeing=(), excluded=True))
            dropped = True
            continue
        if len(admitted) in (0, len(g.stretches)):
            out.append(g)
            continue
        agreeing = admitted[0].members(g.readings)
        pairs = outsiders(
            g.figures,
            g.readings,
            agreeing,
            reader=ctx.reader,
            measure=g.measure,
            rises=g.rises_within,
        )
        out.append(g._replace(largest=admitted, agreeing=agreeing, pairs=pairs))
        dropped = True
    return tuple(out), dropped


# -- findings ----------------------------------------------------------------------------


def report(
    ctx: Context,
    groups: list[Group | None],
    cells: Cells,
    conflicts: Mapping[int, list[Conflict]],
    totals: Mapping[int, Sequence[SumRule]],
    past_cut: Mapping[int, Interval] | None = None,
) -> Report:
    """The report: one finding per group, and one per derived cell.

    ``past_cut``: the bounds of the cells a contradiction had cut off from figures
    that bound them, where the bound past the cut differs from the run's (as
    ``Report.bound`` answers there).

    A derived cell is a measure at a time that no figure states but that
    relations bound: the total of a sum whose parts are reported, a measure no
    figure states at any time (a share's part nobody reported), or a cell a
    conflict of relations alone leaves with no value. ``totals`` are the sum rules of
    each cell that is their total (:func:`sum_rules`, taken before the network
    lets its rules go). Findings are in the data set's order of measures, then
    by span.

    The run ends here: each group is let go (from ``groups`` and from
    ``cells``) once its finding is made, so that groups and findings, one of
    each a figure on a long series, are not all held at once.
    """
    bounds: Sequence[Interval] = cells.net.bounds
    if past_cut:
        bounds = [past_cut.get(cell, iv) for cell, iv in enumerate(bounds)]
    no_conflicts: list[Conflict] = []
    stated: list[Finding] = []
    for cell, g in enumerate(groups):  # group i's cell is i
        assert g is not None
        stated.append(_finding(ctx, g, bounds[cell], conflicts.get(cell, no_conflicts)))
        groups[cell] = cells.group[cell] = None
    _tile_flows(cells, stated)
    derived: dict[int, Finding] = {}
    made = _Made(stated, derived)
    stated_measures: set[str] | None = None  # made when a cell after the groups' asks
    for cell in range(len(groups), len(cells.group)):  # every cell after the groups' has none
        if cell in cells.internal:
            continue
        stated_parts = any(p < len(groups) for r in totals.get(cell, ()) for p in r.parts)
        if stated_measures is None:
            stated_measures = {f.measure for f in ctx.dataset.figures}
        m = cells.measure[cell]
        # A measure no figure states, where the relations bound it (not its domain alone).
        unstated = m.id not in stated_measures and bounds[cell] != values_of(m)
        if stated_parts or conflicts.get(cell) or unstated:
            found = _derived(
                cells, cell, bounds[cell], totals.get(cell, ()), made, conflicts.get(cell, [])
            )
            derived[cell] = found
    findings = _in_order(ctx, cells, stated, derived)
    return Report(dataset=ctx.dataset, reading=ctx.reading, findings=findings)


def _tile_flows(cells: Cells, stated: list[Finding]) -> None:
    """Give a flow's findings whose counts state no value the best of periods tiling them.

    A quarter's "at least 400" states no value (:data:`NO_VALUE_RULE`), but its months'
    findings may (an estimate each): the sum of their bests is a best for the quarter
    (:data:`TILED_RULE`), moved into its bounds (:func:`tiled_value`). A period tiled
    is a piece of the longer ones; a finding whose best is no one's value is no piece.
    The tilings are :class:`~pwstats.tiling.Tiles`' (what :func:`pwstats.total` finds
    for one period), all found at once by :func:`~pwstats.tiling.tile_all`:
    O(n log n) in the findings however many pieces each tiling has.
    """
    measure = cells.measure
    wanted = {
        measure[cell].id
        for cell, f in enumerate(stated)
        if f.estimate.rule == NO_VALUE_RULE and measure[cell].kind == "flow"
    }
    if not wanted:
        return
    pieces: dict[str, list[Piece]] = {m: [] for m in wanted}
    todo: dict[str, list[int]] = {m: [] for m in wanted}
    for cell, f in enumerate(stated):
        m = measure[cell]
        if m.id not in wanted or f.as_of is None:
            continue
        if f.estimate.rule == NO_VALUE_RULE:
            todo[m.id].append(cell)
        elif f.estimate.best is not None:
            raw = pooled_value(f)
            best = f.estimate.best
            pieces[m.id].append((f.as_of, best, None) if raw is None else (f.as_of, 0, raw))
    for m_id, cells_of in todo.items():
        settle = _settler(stated, cells_of, whole=measure[cells_of[0]].whole)
        spans = [stated[cell].as_of for cell in cells_of]
        tile_all(pieces[m_id], spans, settle)  # type: ignore[arg-type]  # every one dated


def _settler(stated: list[Finding], cells: Sequence[int], *, whole: bool) -> Settle:
    """What settles period ``k`` of a flow's (at ``cells[k]``): its finding, given its
    tiling's sums, takes their best (:data:`TILED_RULE`), the value it is a piece with."""

    def settle(k: int, counted: Number, estimated: Fraction, pooled: bool) -> Number | None:
        f = stated[cells[k]]
        best = tiled_value(counted, estimated, pooled, f.bounds, whole=whole)
        estimate = Estimate(low=f.bounds.lo, best=best, high=f.bounds.hi, rule=TILED_RULE)
        stated[cells[k]] = attrs.evolve(f, estimate=estimate)
        return best

    return settle


class _Made:
    """The findings made so far, by cell: the groups' in a list, derived ones by cell."""

    __slots__ = ("derived", "stated")

    def __init__(self, stated: Sequence[Finding], derived: Mapping[int, Finding]) -> None:
        self.stated, self.derived = stated, derived

    def get(self, cell: int) -> Finding | None:
        if cell < len(self.stated):
            return self.stated[cell]
        return self.derived.get(cell)


def _in_order(
    ctx: Context, cells: Cells, stated: Sequence[Finding], derived: Mapping[int, Finding]
) -> tuple[Finding, ...]:
    """The findings in the data set's order of measures, then by span.

    Groups' cells come first, in order of (measure id, span), so each measure's
    are one run of cells already in span order; only a measure with a derived
    cell (numbered after every group) is sorted again. Linear, with nothing
    made per finding.
    """
    measure, span = cells.measure, cells.span
    runs: dict[str, tuple[int, int]] = {}  # a measure's group cells: [first, last)
    first = 0
    for cell in range(1, len(stated) + 1):
        if cell == len(stated) or measure[cell].id != measure[first].id:
            runs[measure[first].id] = (first, cell)
            first = cell
    extra: dict[str, list[int]] = {}
    for cell in derived:
        extra.setdefault(measure[cell].id, []).append(cell)
    out: list[Finding] = []
    for m in ctx.dataset.measures:
        a, b = runs.get(m.id, (0, 0))
        more = extra.get(m.id)
        if more is None:
            out.extend(stated[a:b])
            continue
        order = sorted([*range(a, b), *more], key=lambda cell: span_key(span[cell]))
        out.extend(stated[cell] if cell < len(stated) else derived[cell] for cell in order)
    return tuple(out)


def sum_rules(cells: Cells) -> dict[int, list[SumRule]]:
    """The sum rules of each cell that is their total."""
    out: dict[int, list[SumRule]] = {}
    for rule in cells.net.rules:
        if isinstance(rule, SumRule):
            out.setdefault(rule.total, []).append(rule)
    return out


def _derived(
    cells: Cells,
    cell: int,
    bounds: Interval,
    sums: Sequence[SumRule],
    made: _Made,
    conflicts: list[Conflict],
) -> Finding:
    """The finding of a cell no figure states: bounds from relations alone.

    Its best value is the sum of its parts' best values when it is the total of
    a complete sum whose parts all have one, else a point of the bounds. A part's
    pooled best enters before rounding, and the sum is rounded once.
    """
    measure = cells.measure[cell]
    unique = tuple(dict.fromkeys(conflicts))
    status: Status = "derived"
    if unique:
        status = "contradiction" if any(c.kind == "contradiction" for c in unique) else "tension"
    best: Number | None = None
    rule = "no figure, and no best value: the bounds come from relations alone"
    for r in sums:
        parts = [made.get(p) for p in r.parts]
        if not r.complete or any(p is None or p.estimate.best is None for p in parts):
            continue
        counted, estimated = Fraction(0), Fraction(0)
        pooled = False  # a part's best is its pooled one: the sum is rounded once
        for p, scale in zip(parts, r.scales[1:], strict=True):
            assert p is not None
            assert p.estimate.best is not None
            value = pooled_value(p)
            if value is None:
                counted += p.estimate.best * scale
            else:
                pooled, estimated = True, estimated + value * scale
        best = _exact(counted / r.scales[0])
        if pooled:
            best = rounded_once(best, estimated / r.scales[0], whole=measure.whole)
        rule = f"no figure: the sum of its parts' best values ({r.label})"
        break
    if best is None and bounds.is_point:
        # The relations leave one value: it is the best (as pwstats.total takes it).
        best, rule = bounds.lo, "no figure: the one value the relations leave"  # type: ignore[assignment]
    estimate = (
        Estimate(low=None, best=None, high=None, rule="no value fits every rule")
        if bounds.is_empty
        else Estimate(
            low=bounds.lo,
            best=None if best is None else clamp(best, bounds, whole=measure.whole),
            high=bounds.hi,
            rule=rule,
        )
    )
    return Finding(
        measure=measure.id,
        as_of=cells.span[cell],
        figures=(),
        status=status,
        consensus=None,
        agreeing=(),
        bounds=bounds,
        estimate=estimate,
        independent_sources=0,
        conflicts=unique,
        readings={},
    )


def _finding(ctx: Context, g: Group, bounds: Interval, conflicts: list[Conflict]) -> Finding:
    status: Status = "consistent"
    unique: tuple[Conflict, ...] = ()
    if conflicts:
        unique = tuple(dict.fromkeys(conflicts))
        kinds = {c.kind for c in unique}
        status = "contradiction" if "contradiction" in kinds else "tension"
    counts, agreeing, largest = g.figures, g.agreeing, g.largest
    # Group.consensus and Group.tied, inlined: this runs once a group.
    if largest is None:  # a figure alone
        consensus, tied = g.readings[0], False
    else:
        consensus = largest[0].consensus if largest else Interval.empty()
        tied = len(largest) > 1
    if g.excluded:
        consensus = Interval.empty()
    elif tied and not bounds.is_empty and not consensus.overlaps(bounds):
        # Relations moved the bounds off the first tied set: show one they admit.
        admitted = next((s for s in g.stretches if s.consensus.overlaps(bounds)), None)
        if admitted is not None:
            agreeing, consensus = admitted.members(g.readings), admitted.consensus
    # Figures the relations and time rules leave with no value, or move the bounds off
    # (a conflict says which), have no consensus to show: what each says stays in
    # ``readings`` and ``clusters`` (Finding checks it again, as it is built).
    shown = consensus.overlaps(bounds)
    pooled = estimates.plausible(ctx, g, bounds) if g.others else None
    estimate = _estimate(ctx, g, bounds, pooled)
    readings: Sequence[Interval]
    if g.others:
        figures, readings = _merged(g)
        among = ctx.revisions_among(figures)
        statement_of, independent = _all_statements(ctx, figures, {r.old for r in among})
        # A revised figure is set aside, not compared: it is in no agreeing group,
        # nor is a figure that repeats it.
        kept = _not_revised(ctx, figures)
        if len(kept) == len(figures):
            grouped = clusters(figures, readings)
        elif kept:
            grouped = clusters([figures[i] for i in kept], [readings[i] for i in kept])
        else:  # every figure set aside: no agreeing group at all
            grouped = NO_CLUSTERS
    else:
        figures, readings = counts, g.readings
        among = ctx.revisions_among(figures)
        statement_of, independent = _statements_counted(ctx, g)
        grouped = g.clusters if len(g.clusters) > 1 else ()
        if not grouped and not shown:
            # One cluster is stored as () and shown with the consensus as its common
            # values; with no consensus shown (empty bounds) it is stored as it is.
            grouped = clusters(figures, readings)
    revisions = tuple(_with_change(ctx, r) for r in among) if among else ()
    return Finding(
        measure=g.measure.id,
        as_of=g.span if g.span is not None else g.as_of,
        figures=figures,
        status=status,
        consensus=consensus if shown else None,
        agreeing=counts if len(agreeing) == len(counts) else tuple(counts[i] for i in agreeing),
        bounds=bounds,
        estimate=estimate,
        independent_sources=independent,
        conflicts=unique,
        readings=_Readings(figures, readings),
        tied=tied,
        clusters=grouped,
        statement_of=statement_of,
        plausible=pooled,
        revisions=revisions,
    )


_POOLING: Final = {
    "single": "best value",
    "fixed": "fixed-effect (inverse-variance) pooled estimate",
    "random": "DerSimonian–Laird random-effects pooled estimate",
}


def _merged(g: Group) -> tuple[tuple[Figure, ...], Sequence[Interval]]:
    """Counts and other figures together, by id."""
    pairs = sorted(
        [*zip(g.figures, g.readings, strict=True), *zip(g.others, g.other_readings, strict=True)],
        key=lambda p: p[0].id,
    )
    return tuple(f for f, _ in pairs), tuple(iv for _, iv in pairs)


def _all_statements(
    ctx: Context, figures: Sequence[Figure], revised: Set[str]
) -> tuple[tuple[int, ...], int]:
    """Statement numbers of every figure, and how many independent statements there are.

    A citing figure shares the statement of the figure it cites, and a revised one
    that of the figure revising it, along the whole chain (a citation of a revised
    figure is the statement of its latest revision): neither is independent of it.
    Counts and estimates are statements of their own unless one speaker repeats
    them. Each statement among ``figures`` counts once, when the figure that stands
    for it here has a source: the statement itself, else a repeat of it, else an
    earlier release (the first figure of its group in :attr:`Finding.statements`;
    ``revised`` are the ids of the revised figures among ``figures``). So a finding
    whose only figure repeats or misquotes a statement found elsewhere still holds
    that one statement; one with no source is not independent evidence.
    """
    keys: list[object] = []
    shown: dict[object, tuple[tuple[bool, bool, dt.date], Figure]] = {}
    ends: dict[str, Figure] = {}
    for f in figures:
        source = _chain_end(ctx, f, ends)
        key = ctx.reader.statement_key(source, ctx.measures[source.measure])
        keys.append(key)
        rank = statement_rank(f, f.id in revised)  # as Finding.statements orders them
        if key not in shown or rank < shown[key][0]:
            shown[key] = (rank, f)
    number: dict[object, int] = {}
    out = tuple(number.setdefault(key, len(number)) for key in keys)
    independent = sum(f.source is not None for _, f in shown.values())
    return (() if len(number) == len(out) else out), independent


def _chain_end(ctx: Context, figure: Figure, ends: dict[str, Figure]) -> Figure:
    """The figure whose statement ``figure`` is: where its chain of links ends.

    A citing figure links to the figure it cites (or a relayed restatement to the
    figure it restates: ``ctx.cited``), a revised figure to its reviser
    (``ctx.newer``); the chain ends at a figure with no link. ``ends`` keeps the end
    of every chain followed, for each figure on it: a long chain is followed once, not
    once a figure. Explicit links have no cycle (the data set refuses one), but a
    vintage can point back along an explicit revision: a chain that closes a loop ends
    at the figure that closes it, which depends on where it was entered, so that end
    is not kept.
    """
    roles, newer = ctx.roles, ctx.newer  # ctx.role(), without a call a step
    seen = {figure.id: None}  # in order, and a set
    while True:
        fid = figure.id
        if fid in ends:
            end = ends[fid]
            break
        role = roles.get(fid)
        if role == "citing":
            cited = ctx.cited(figure)
            assert cited is not None
            nxt = ctx.figure(cited)
        elif role == "revised" and fid in newer:
            nxt = ctx.figure(newer[fid])
        else:
            end = figure
            break
        if nxt.id in seen:
            return figure  # a loop: where it closes depends on where it was entered
        seen[nxt.id] = None
        figure = nxt
    for i in seen:
        ends[i] = end
    return end


def _independent(figures: Sequence[Figure], statement_of: tuple[int, ...]) -> int:
    """How many independent statements: distinct statements of figures with a source.

    A figure that names no source is nobody's statement that can be checked: it is
    shown, read and reconciled, but not counted as independent evidence.
    """
    if not statement_of:
        return sum(f.source is not None for f in figures)
    return len({k for f, k in zip(figures, statement_of, strict=True) if f.source is not None})


def _not_revised(ctx: Context, figures: Sequence[Figure]) -> list[int]:
    """The positions of the figures that are not an earlier release: neither revised nor
    a repeat (through citations among ``figures``) of a revised figure
    (:func:`pwstats.report.earlier_releases`, the walker tables use too)."""
    roles = ctx.roles  # ctx.role(), without a call a figure
    revised = {f.id for f in figures if roles.get(f.id) == "revised"}
    if not revised:  # most findings: no chain can lead to an earlier release
        return list(range(len(figures)))
    earlier = earlier_releases(figures, revised)
    return [i for i, f in enumerate(figures) if f.id not in earlier]


def _with_change(ctx: Context, r: Revision) -> Revision:
    """The revision with its change worked out from the numbers each figure states."""
    old, new = ctx.figure(r.old), ctx.figure(r.new)
    a = _stated(ctx, old, ctx.measures[old.measure])
    b = _stated(ctx, new, ctx.measures[new.measure])
    if a is None or b is None:
        return r
    return attrs.evolve(r, change=_exact(b - a))


def _statements_counted(ctx: Context, g: Group) -> tuple[tuple[int, ...], int]:
    """Each count's statement number (empty when each is a statement of its own), and
    how many independent statements there are (see :func:`_independent`).

    The sweep gave the group its statements' keys when its figures disagree; a
    group that agrees has none, and needs them only when a speaker is named twice.
    """
    figures, keys = g.figures, g.statements
    if keys is None:
        names: set[str] = set()
        sourced = 0
        for f in figures:
            source = f.source
            if source is None:
                continue
            sourced += 1
            name = folded(source.name)  # speaker(source), for a source known to be there
            if name in names:  # a speaker twice: the keys decide
                break
            names.add(name)
        else:  # distinct speakers (or none): each figure is a statement of its own
            return (), sourced
        keys = tuple(ctx.reader.statement_key(f, g.measure) for f in figures)
    number: dict[object, int] = {}
    out = tuple(number.setdefault(key, len(number)) for key in keys)
    statement_of = () if len(number) == len(out) else out
    return statement_of, _independent(figures, statement_of)


def _estimate(ctx: Context, g: Group, bounds: Interval, pooled: Plausible | None) -> Estimate:
    """Low / best / high: the bounds' ends, and the median of the agreeing figures' values.

    ``best`` is taken over the agreeing figures, or over the figures of every
    tied largest agreeing set when several tie (:data:`TIED_BEST_RULE`), each
    statement once, and clamped into the bounds; when the sets tie, the studies'
    pooled best chooses among them (:func:`_chosen`). When no count states a value
    (none, or only one-sided ones such as "at least 64" or "at most 10,000") and
    there are estimates, it is their pooled best clamped into the bounds: an end
    of the bounds is no one's value, and a study's best value is never discarded
    for it.
    """
    if bounds.is_empty:
        return Estimate(low=None, best=None, high=None, rule="no value fits every rule")
    measure = g.measure
    studies = None if pooled is None else estimates.pooled_best(pooled, whole=measure.whole)
    chosen, by_studies = _chosen(g, studies)
    value = _counted_best(ctx, g, chosen)
    if value is not None and _one_sided(ctx, g, chosen):
        # "at least 340" read [340, +inf) gives a floor, not a value: the studies' is one
        # (else the bounds' middle, and the rule says that no count states a value).
        value = None
    if value is None and pooled is None and (not g.figures or g.excluded):
        # No count (every figure here is set aside, or cites another, or is an estimate
        # that cannot be pooled with the others; or the group's counts are all set
        # aside in conflict): no one's value.
        unpooled = any(ctx.role(f) == "estimate" for f in g.others)
        rule = UNPOOLED_RULE if unpooled else NO_COUNT_RULE
        return Estimate(low=bounds.lo, best=None, high=bounds.hi, rule=rule)
    if value is None and pooled is not None:
        n = len(pooled.figures)
        no_value = POOLED_RULES[0] if not g.figures else POOLED_RULES[1]
        return Estimate(
            low=bounds.lo,
            best=clamp(studies, bounds, whole=measure.whole),
            high=bounds.hi,
            rule=f"{no_value}{_POOLING[pooled.model]} of {n} estimate"
            + ("s" if n > 1 else "")
            + ", clamped into the bounds",
            pooled=True,
        )
    lo, hi = bounds.lo, bounds.hi
    if type(value) is int and (lo < value < hi or value in bounds):  # clamp's own fast path
        best: Number | None = value
    else:
        best = clamp(value, bounds, whole=measure.whole)
    if best == lo and not isinstance(lo, float):  # one number kept once (a figure alone)
        best = lo
    if value is None:
        rule = NO_VALUE_RULE
    else:
        rule = BEST_RULE if not g.tied else TIED_STUDIES_RULE if by_studies else TIED_BEST_RULE
    return Estimate(low=lo, best=best, high=hi, rule=rule)


def _chosen(g: Group, studies: Number | None) -> tuple[Sequence[int], bool]:
    """The counts a best value is taken from, and whether the studies chose among them.

    The agreeing counts; when several largest sets tie, the counts of every tied
    set — or, when the studies' pooled best (``studies``) lies in some of the tied
    sets' consensus and not in others, of those alone: the studies break the tie
    for the best value (the bounds still span every tied set). An official "at
    least 2,905" read [2905, 2908] tied with a registry's [6400, +inf) beside
    surveys pooled at 11,613 takes its best from the registry's set.
    """
    largest = g.largest
    if largest is None or len(largest) < 2:
        return g.agreeing, False
    sets: Sequence[Stretch] = largest
    by_studies = False
    if studies is not None:
        holding = [s for s in largest if studies in s.consensus]
        if holding and len(holding) < len(largest):
            sets, by_studies = holding, True
    positions = sorted(lo_key(s.consensus) for s in sets)
    return [i for i, iv in enumerate(g.readings) if holds_any(iv, positions)], by_studies


def _one_sided(ctx: Context, g: Group, chosen: Sequence[int]) -> bool:
    """True when every chosen count says only how low or how high the value is.

    Its reading runs to an end of the values the measure takes ("at least 340" read
    [340, +inf), or "at most 10,000" read [0, 10000] on a count), and it states no
    number strictly inside it, nor a ``best`` outright: a coder's low 0, best 0, high 4
    and "about 1" read [0, 2] state a value; "more than 230" states 230, which its
    reading excludes, and "at least 340" its floor.
    """
    domain = g.measure.domain
    figures, readings, measure = g.figures, g.readings, g.measure
    for i in chosen:
        iv = readings[i]
        if not (iv.lo < iv.hi and (iv.lo <= domain.lo or iv.hi >= domain.hi)):
            return False
        f = figures[i]
        if f.value is None and f.best is not None:
            return False  # a best given outright is a value, at an end as anywhere
        stated = _stated(ctx, f, measure)
        if stated is not None and iv.lo < stated < iv.hi:
            return False
    return bool(chosen)


def _counted_best(ctx: Context, g: Group, chosen: Sequence[int]) -> Number | None:
    """The median of the values the ``chosen`` counts state (:func:`_chosen`), each
    statement once (None if none).

    A median stated outside its own figure's reading (and allowed by no other figure
    stating it) is moved into that reading, as :func:`clamp` moves a best into
    bounds: "more than 230" chosen gives 231, as it would alone, never 230, which it
    excludes. The median is taken over the numbers as stated, so that moving one
    changes no order: "less than 30%" beside "29.9%" keeps 29.9.
    """
    figures, readings, measure = g.figures, g.readings, g.measure
    if len(chosen) == 1 and chosen is g.agreeing and type(value := figures[chosen[0]].value) is int:
        return value  # a figure alone stating a whole number: its median is itself
    # Each value doubled, so that an interval's midpoint (lo + hi) / 2 stays an int
    # for integer ends: only the median chosen is halved (a Fraction if odd).
    doubled: list[Number] = []
    add = doubled.append
    #: Doubled votes stated outside their own figure's reading, with those readings.
    outside: dict[Number, list[Interval]] = {}
    seen: set[object] = set()
    keys = g.statements
    for i in chosen:
        f = figures[i]
        if keys is not None:
            if keys[i] in seen:
                continue
            seen.add(keys[i])
        value = f.value
        if type(value) is int:
            add(value + value)
            continue
        # _stated(), inlined: an interval states no number.
        stated = None if type(value) is Interval else _stated(ctx, f, measure)
        if stated is None:
            iv = readings[i]
            lo, hi = iv.lo, iv.hi
            if isinstance(lo, float) or isinstance(hi, float):  # unbounded (or empty)
                continue
            add(lo + hi)
        else:
            iv = readings[i]
            if stated not in iv:  # "more than 230" states 230 and means at least 231
                outside.setdefault(2 * stated, []).append(iv)
            add(2 * stated)
    if not doubled:
        return None
    doubled.sort()
    chosen_value = doubled[(len(doubled) - 1) // 2]
    excluding = outside.get(chosen_value)
    # Unless another figure voting the same number allows it, the median is moved into
    # the reading of the figure it is the vote of.
    if excluding is not None and len(excluding) == bisect.bisect_right(
        doubled, chosen_value
    ) - bisect.bisect_left(doubled, chosen_value):
        return clamp(_halved(chosen_value), excluding[0], whole=measure.whole)
    return _halved(chosen_value)


def _stated(ctx: Context, f: Figure, measure: Measure) -> Number | None:
    """The number a figure states: an interval states none, low/best/high figures ``best``."""
    value = f.value
    if type(value) is int:
        return value
    if type(value) is Interval:
        return None
    if value is None:
        return f.best
    return ctx.reader.nominal(f, measure, ctx.reading)


class _Readings(Mapping[str, Interval]):
    """Each figure's reading by figure id, kept as two parallel sequences (no dict per finding)."""

    __slots__ = ("_by_id", "_figures", "_readings")

    def __init__(self, figures: Sequence[Figure], readings: Sequence[Interval]) -> None:
        self._figures = figures
        self._readings = readings
        self._by_id: dict[str, Interval] | None = None

    def __getitem__(self, key: str) -> Interval:
        # The dict is made on the first look-up, so that looking up each of a
        # finding's N figures stays linear, and findings never looked up pay nothing.
        if self._by_id is None:
            self._by_id = dict(zip(self, self._readings, strict=True))
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return (f.id for f in self._figures)

    def __reduce__(self) -> tuple[type[_Readings], tuple[Sequence[Figure], Sequence[Interval]]]:
        return _Readings, (self._figures, self._readings)  # the look-up dict is not sent

    def __len__(self) -> int:
        return len(self._figures)

    def items(self) -> ItemsView[str, Interval]:
        """Each figure id with its reading, in one pass (Mapping's own looks each one up)."""
        return dict(zip(self, self._readings, strict=True)).items()

    def __repr__(self) -> str:
        return repr(dict(self))


# -- bound -------------------------------------------------------------------------------


def own_figure(ctx: Context, fid: str, measure: Measure, span: DateSpan, bounds: Interval) -> bool:
    """Whether figure ``fid`` is one of the measure's at ``span`` (any date, for an event)
    that shares a value with the query cell's ``bounds``, or any of its own figures when
    the bounds have none (its ends then name figures that cannot all hold, and its own
    agreeing figures are not to blame for being outside): the bound holds with it however
    propagation was cut off from the figures of other cells. (A flow's period may be
    bounded from its running count rather than from its own figures: "3" for 1–2 January
    beside "5" for 1 January is then outside [5, 5], and set aside.)"""
    f = ctx.figure(fid)
    return (
        f.measure == measure.id
        and (measure.kind == "event" or f.as_of == span)
        and (bounds.is_empty or ctx.read(f).overlaps(bounds))
    )


def _could_bound(
    ctx: Context, measure: Measure, span: DateSpan, aside: Sequence[str], *, high: bool
) -> Sequence[str]:
    """The figures of ``aside`` an end nothing bounds names as those that would bound it.

    A running total no relation names is tied only by its own time rules, which link a
    span to those starting on or after the day it ends: only a figure as of ``span``
    itself or of a span ending by the day it starts can raise its low end, and only one
    as of ``span`` or of a span starting on or after the day it ends can lower its high
    end (a span overlapping it is neither). Otherwise (other kinds, or relations that
    may carry any end anywhere) every figure set aside is named.
    """
    if measure.kind != "cumulative" or measure.id in ctx.related:
        return aside
    out = []
    for fid in aside:
        when = ctx.figure(fid).as_of
        if when == span or ((when.start >= span.end) if high else (when.end <= span.start)):
            out.append(fid)
    return out


def _none_could_bound(measure: Measure, end: Because, interval: Interval, *, high: bool) -> Because:
    """An end nothing bounds, beside figures set aside none of which could bound it
    (:func:`_could_bound`): said so, not as if no figure were set aside."""
    which, side = ("a later", "an upper") if high else ("an earlier", "a lower")
    why = (
        f"none of the figures set aside in conflict is as of this date or {which} one,"
        f" which alone could bound {side} end here"
    )
    if not high and measure.nonnegative and interval.lo == 0:
        return attrs.evolve(end, detail=f"{measure.id} cannot be negative; {why}")
    direction = "above" if high else "below"
    return attrs.evolve(end, detail=f"{measure.id} is not bounded from {direction}: {why}")


def bound(
    ctx: Context,
    cells: Settled,
    cell: int,
    span: DateSpan,
    aside: tuple[str, ...],
    contested: Callable[[int], Sequence[str]],
    dates: LevelDates,
    ties: Sequence[Sequence[str]] = (),
) -> Bound:
    """The query cell's bounds, what gives each end, and the figures set aside.

    ``aside`` are the figures its measure's groups set aside (from a
    :class:`SetAside`); to them are added the figures of the contradictions in the
    query cell's component of rules (``contested``: behind its cells left with no
    value, and of its running totals' falls) that neither end rests on, but those of
    the query cell itself: propagation stopped at the cells with no value and cut the
    bound off from the others. An end that
    nothing bounds then says so with the figures set aside, never that no figure
    bounds it; and, of a level, why its figures of other spans do not (``dates``).

    ``ties`` are the figures of each tied largest agreeing set of the measure there
    (:meth:`SetAside.ties`): the bound spans them all, though they cannot all hold,
    and an end resting on their figures says so.
    """
    measure = cells.measure[cell]
    empty_why = (cells.lo_why[cell], cells.hi_why[cell])
    interval = cells.bounds[cell]
    why, uncounted = _level_dates(cells, cell, span, dates)
    low = because(ctx, cells, cell, high=False, empty_why=empty_why, uncounted=uncounted)
    high = because(ctx, cells, cell, high=True, empty_why=empty_why, uncounted=uncounted)
    cut = contested(cell)
    if cut:
        rests = {*low.figures, *high.figures, *aside}
        aside += tuple(
            f for f in cut if f not in rests and not own_figure(ctx, f, measure, span, interval)
        )
    if cells.lo_why[cell] is None:
        low = _open_end(ctx, cells, cell, span, aside, (why, uncounted), high=False)
    if cells.hi_why[cell] is None:
        high = _open_end(ctx, cells, cell, span, aside, (why, uncounted), high=True)
    if ties and not interval.is_empty:
        tied = {f for s in ties for f in s}
        sets = "; ".join(", ".join(s) for s in ties)
        note = f"; the largest agreeing sets tie ({sets}) and cannot all hold: the bound spans"
        note += " them all"
        if low.figures and tied.issuperset(low.figures):
            low = attrs.evolve(low, detail=low.detail + note)
        if high.figures and tied.issuperset(high.figures):
            high = attrs.evolve(high, detail=high.detail + note)
    return Bound(
        measure=measure.id, at=span, interval=interval, low=low, high=high, set_aside=aside
    )


def _level_dates(cells: Settled, cell: int, span: DateSpan, dates: LevelDates) -> tuple[str, bool]:
    """Of an end no figure gives, of a level whose figures are of other spans: why they
    do not bound it here (a level can change within a month its figure is as of); and
    whether estimates or repeats stand as of the date (then it is no count that bounds
    the end). Nothing when both ends have a reason, or the bounds have no value."""
    unexplained = cells.lo_why[cell] is None or cells.hi_why[cell] is None
    if not unexplained or cells.bounds[cell].is_empty:
        return "", False
    return dates(cells.measure[cell], span)


def _open_end(
    ctx: Context,
    cells: Settled,
    cell: int,
    span: DateSpan,
    aside: Sequence[str],
    level_dates: tuple[str, bool],
    *,
    high: bool,
) -> Because:
    """An end of ``cell``'s bounds that nothing bounds: what it says beside the figures
    ``aside`` sets aside (those that could bound it, :func:`_could_bound`) and, of a
    level, why its figures of other spans do not bound it (``level_dates``:
    :func:`_level_dates`)."""
    measure, interval = cells.measure[cell], cells.bounds[cell]
    empty_why = (cells.lo_why[cell], cells.hi_why[cell])
    why, uncounted = level_dates
    if aside and not interval.is_empty:
        named = _could_bound(ctx, measure, span, aside, high=high)
        end = because(ctx, cells, cell, high=high, empty_why=empty_why, set_aside=named)
        if not named:
            end = _none_could_bound(measure, end, interval, high=high)
    else:
        end = because(ctx, cells, cell, high=high, empty_why=empty_why, uncounted=uncounted)
    return attrs.evolve(end, detail=f"{end.detail}; {why}") if why else end


def reworded(
    ctx: Context,
    cells: Settled,
    cell: int,
    span: DateSpan,
    dates: LevelDates,
    first: Bound,
    last: Bound,
) -> Bound:
    """``last`` (``first``, :func:`bound`'s, with more figures set aside since) with each
    end that nothing bounds, kept from ``first``, saying which of all the figures set
    aside could bound it: not only those set aside when ``first`` was made."""
    if last.set_aside == first.set_aside or last.interval.is_empty:
        return last
    level_dates = _level_dates(cells, cell, span, dates)
    low, high = last.low, last.high
    if low is first.low and cells.lo_why[cell] is None:
        low = _open_end(ctx, cells, cell, span, last.set_aside, level_dates, high=False)
    if high is first.high and cells.hi_why[cell] is None:
        high = _open_end(ctx, cells, cell, span, last.set_aside, level_dates, high=True)
    return attrs.evolve(last, low=low, high=high)


class Contested:
    """The figures of the conflicts that propagation cut a run's cells off from.

    A cell the figures and relations leave with no value is dead: the rules
    touching it stop applying (:meth:`~pwstats.reconcile.propagate.Network.run`),
    so what the figures behind it say no longer reaches the cells linked to it,
    nor does what figures beyond it say (a running total that falls twice: the
    first fall's later cell dies, and the second fall, across it, empties no
    cell). For each component of rules with a dead cell these are the figures
    behind its dead cells and those of every fall of a running total in it. A bound
    of any cell of the component may rest on only some of them: :func:`bound`
    sets aside the rest.

    Worked out once per run, before its rules are released; a run with no dead
    cell (most: without one every fall would have emptied a cell) keeps nothing.
    A component's figures are explained on its first query and remembered, so
    each further query is one look-up.
    """

    def __init__(self, cells: Cells, groups: Sequence[Group], fell: Sequence[Fall]) -> None:
        net = cells.net
        self._label: array[int] | None = None
        #: The reasons of the ends that collided at each dead cell, by component.
        self._dead: dict[int, list[Why]] = {}
        self._falls: dict[int, list[str]] = {}
        #: What each figure of those running totals says: its measure, date and reading.
        self._claims: dict[str, tuple[str, DateSpan, Interval]] = {}
        #: Their figures by measure and date, with their readings.
        self._days: dict[tuple[str, DateSpan], list[tuple[Interval, str]]] = {}
        self._figures: dict[int, tuple[str, ...]] = {}
        self._said: dict[str, _Said] = {}
        if not any(net.dead) and not cells.revived:
            return
        label = net.components()
        for c, dead in enumerate(net.dead):
            if dead:
                self._dead.setdefault(label[c], []).extend((net.lo_why[c], net.hi_why[c]))
        # A flow's running count propagation started again was cut off from them too.
        for c, reasons in cells.revived:
            self._dead.setdefault(label[c], []).extend(reasons)
        for earlier, _, (a, b) in fell:
            cell = cells.index.at(earlier.measure.id, earlier.span)
            self._falls.setdefault(label[cell], []).extend((a.id, b.id))
        self._label = array("q", label)
        # The figures of each running total in a component with a dead cell, by date.
        said: dict[str, list[tuple[DateSpan, Interval, str]]] = {}
        for g in groups:
            if g.measure.kind != "cumulative" or g.as_of is None or g.span is None:
                continue
            if label[cells.index.at(g.measure.id, g.span)] not in self._dead:
                continue
            mine = said.setdefault(g.measure.id, [])
            for f, iv in zip(g.figures, g.readings, strict=True):
                if not iv.is_empty:
                    mine.append((g.as_of, iv, f.id))
                    self._claims[f.id] = (g.measure.id, g.as_of, iv)
                    self._days.setdefault((g.measure.id, g.as_of), []).append((iv, f.id))
        self._said = {m: _Said(figures) for m, figures in said.items()}

    def beyond(self, cell: int, measure: Measure, span: DateSpan, interval: Interval) -> list[str]:
        """The figures of a running total that ``interval`` at ``span`` contradicts, by id.

        A contradiction cut the bound off from some of them (:class:`Contested`), and the
        figures of a fall name one of several saying as much: a bound with a value is
        then checked against every figure of its measure in the component, those as
        of a date ending by the span's start (the total was at least what they say
        there) and those of a date starting at its end or after (at most).
        """
        if interval.is_empty or self.quiet(cell):
            return []
        found = self._said.get(measure.id)
        return [] if found is None else found.beyond(span, interval)

    def against(self, figures: Iterable[str]) -> list[str]:
        """The figures of a running total that one of ``figures`` contradicts in time, by id.

        A bound resting on a figure is only as true as that figure, so it cannot keep
        one that says otherwise at another date: "2" on 1 January and "1" on 1 April
        cannot both hold, and a bound in 2025 of at least 1, resting on the 1, would
        keep the 2 only by ignoring it. Each figure of ``figures`` that is one of the
        running totals here is checked as :meth:`beyond` checks a bound, against the
        figures of other dates.
        """
        found: dict[str, None] = {}
        claims = self._claims
        for f in figures:
            claim = claims.get(f)
            if claim is not None:
                measure, span, interval = claim
                # Figures of its own date are compared within its group: those that share
                # no value with it are set aside there, and a tied rival is kept.
                found.update(
                    (x, None)
                    for x in self._said[measure].beyond(span, interval)
                    if claims[x][1] != span
                )
        return list(found)

    def quiet(self, cell: int) -> bool:
        """True when no cell of ``cell``'s component of rules was left with no value."""
        label = self._label
        return label is None or cell >= len(label) or label[cell] not in self._dead

    def __call__(self, cell: int) -> tuple[str, ...]:
        """The contested figures of ``cell``'s component, sorted by id."""
        if self._label is None or cell >= len(self._label):
            return ()
        component = self._label[cell]
        found = self._figures.get(component)
        if found is None:
            dead = self._dead.get(component)
            if dead is None:  # no dead cell here: a fall elsewhere does not concern it
                return ()
            figures, _ = explain(*dead)
            named = {*figures, *self._falls.get(component, ())}
            found = tuple(sorted(named | self._saying_as_much(named)))
            self._figures[component] = found
        return found

    def _saying_as_much(self, named: Iterable[str]) -> set[str]:
        """The running totals' figures whose reading lies within that of a figure of
        ``named`` of the same measure and date: each says as much, so it is in what that
        figure is in (as :mod:`~pwstats.reconcile.conflicts` covers it by the figure
        named). A bound that sets aside "1" on 1 April kept another "1" of that day,
        and with it a fall from "at least 5" in January that nothing named.

        Each date's figures are looked through once, sorted: O(k log k) for k of them.
        """
        ends: dict[tuple[str, DateSpan], list[Interval]] = {}
        for f in named:
            claim = self._claims.get(f)
            if claim is not None:
                ends.setdefault((claim[0], claim[1]), []).append(claim[2])
        found: set[str] = set()
        for day, readings in ends.items():
            readings.sort(key=lo_key)
            starts = [lo_key(iv) for iv in readings]
            # The furthest end among the named readings starting at or before each.
            furthest = list(itertools.accumulate((hi_key(iv) for iv in readings), max))
            for iv, fid in self._days[day]:
                k = bisect.bisect_right(starts, lo_key(iv))
                if k and furthest[k - 1] >= hi_key(iv):
                    found.add(fid)
        return found


class _Said:
    """A running total's figures by date, to list those a bound contradicts in time for
    their number: two segment trees, of the highest start of the readings of figures
    in date order of their ends, and of the lowest end in order of their starts."""

    __slots__ = ("_after", "_before")

    def __init__(self, figures: Sequence[tuple[DateSpan, Interval, str]]) -> None:
        by_end = sorted(figures, key=lambda f: f[0].end)
        by_start = sorted(figures, key=lambda f: f[0].start)
        # Ends are negated for the second tree, so both look for keys above a limit.
        self._before = _Highest(
            [f[0].end for f in by_end], [lo_key(f[1]) for f in by_end], [f[2] for f in by_end]
        )
        self._after = _Highest(
            [f[0].start for f in by_start],
            [_negated(hi_key(f[1])) for f in by_start],
            [f[2] for f in by_start],
        )

    def beyond(self, span: DateSpan, interval: Interval) -> list[str]:
        """The ids of the figures ``interval`` at ``span`` contradicts, sorted."""
        before = self._before
        k = bisect.bisect_right(before.days, span.start)
        found = before.above(0, k, hi_key(interval))
        after = self._after
        k = bisect.bisect_left(after.days, span.end)
        found += after.above(k, len(after.days), _negated(lo_key(interval)))
        return sorted(set(found))


def _negated(key: Position) -> Position:
    return -key[0], -key[1]


class _Highest:
    """Days in order with a key each: the ids of those in a range whose key is above a
    limit, in O((found + 1) log n) (a segment tree of the highest key below each node)."""

    __slots__ = ("_size", "_tree", "days", "ids")

    def __init__(self, days: list[dt.date], keys: list[Position], ids: list[str]) -> None:
        self.days, self.ids = days, ids
        size = 1
        while size < len(keys):
            size *= 2
        lowest: Position = (-INF, -2)
        tree = [lowest] * (2 * size)
        tree[size : size + len(keys)] = keys
        for node in range(size - 1, 0, -1):
            tree[node] = max(tree[2 * node], tree[2 * node + 1])
        self._size, self._tree = size, tree

    def above(self, start: int, stop: int, limit: Position) -> list[str]:
        """The ids of positions ``start`` to ``stop`` (not included) keyed above ``limit``."""
        out: list[str] = []
        tree, size = self._tree, self._size
        todo = [(1, 0, size)]
        while todo:
            node, lo, hi = todo.pop()
            if hi <= start or lo >= stop or not tree[node] > limit:
                continue
            if node >= size:
                out.append(self.ids[node - size])
                continue
            mid = (lo + hi) // 2
            todo += [(2 * node, lo, mid), (2 * node + 1, mid, hi)]
        return out


def _uncontested(cell: int) -> tuple[str, ...]:
    """No contested figures: a cell whose component of rules has no cell left with no value."""
    return ()


class _Series:
    """A running total's cells in order of span (start, then end), as its time rules see them;
    and in order of end, with the latest start among the cells ending by each."""

    __slots__ = ("by_end", "cells", "end_order", "ends", "keys", "latest_start", "starts")

    def __init__(self, cells: Sequence[int], spans: Sequence[DateSpan | None]) -> None:
        order = sorted(cells, key=lambda c: _span_ends(spans[c]))
        self.cells = order
        self.keys = [_span_ends(spans[c]) for c in order]
        self.starts = [start for start, _ in self.keys]
        self.ends = [end for _, end in self.keys]
        #: Positions in order of end, their ends, and the latest start up to each.
        self.by_end = sorted(range(len(order)), key=self.ends.__getitem__)
        self.end_order = [self.ends[p] for p in self.by_end]
        self.latest_start = list(itertools.accumulate((self.starts[p] for p in self.by_end), max))


def _span_ends(span: DateSpan | None) -> tuple[dt.date, dt.date]:
    assert span is not None  # a running total's cells all have a span
    return span.start, span.end


_NO_EVENTS: Mapping[str, Sequence[tuple[int, DateSpan | None]]] = {}


class _Inserted(Sequence[T]):
    """A list with one more item put in at a position, without copying the list."""

    __slots__ = ("_at", "_base", "_item")

    def __init__(self, base: Sequence[T], at: int, item: T) -> None:
        self._base, self._at, self._item = base, at, item

    def __len__(self) -> int:
        return len(self._base) + 1

    def __getitem__(self, i: int) -> T:  # type: ignore[override]  # an index, never a slice
        at = self._at
        return self._base[i] if i < at else self._item if i == at else self._base[i - 1]


class _Growing:
    """A running total's time links, and which of its cells' walks look at each position.

    ``ordered``: every relation tied to the total is a ≤ or an ``accumulates`` that is
    not complete (:func:`_ordered_only`), so links a new cell cuts cannot reach its ends.
    """

    __slots__ = ("_looking", "links", "ordered")

    def __init__(self, links: cells_stage.TimeLinks, *, ordered: bool) -> None:
        self.links = links
        self.ordered = ordered
        self._looking: list[list[int]] | None = None

    def looking(self, series: _Series, span_of: Callable[[int], DateSpan]) -> list[list[int]]:
        """For each position among the series' cells (and one past the last), the
        positions of the cells whose walks look at it: a new cell put in there is
        looked at by those walks and no other. Found once, by the walks a run makes."""
        if self._looking is None:
            looking: list[list[int]] = [[] for _ in range(len(series.cells) + 1)]
            for p, c in enumerate(series.cells):
                self.links.walk(
                    c,
                    span_of(c),
                    series.cells,
                    series.starts,
                    span_of,
                    _ignore,
                    lambda i, p=p: looking[i].append(p),  # type: ignore[misc]
                )
            self._looking = looking
        return self._looking


def _ordered_only(measure: str, relations: Sequence[Relation]) -> bool:
    """Whether every relation tied to ``measure``, directly or through others, is a ≤ or
    an ``accumulates`` that is not complete.

    Their rules move low ends only from low ends (forward in time, for running totals)
    and high ends only from high ends (backward): a new cell's low end rests on the
    cells at or before its span, its high end on those at or after, and the links it
    cuts (from cells before it to cells after) reach neither. A sum or a share turns
    one kind of end into the other; a complete ``accumulates`` bounds rises from above.
    """
    of: dict[str, list[Relation]] = {}
    for r in relations:
        for x in r.measures:
            of.setdefault(x, []).append(r)
    seen, todo = {measure}, [measure]
    done: set[str] = set()  # each relation once: one of N events was read N times
    while todo:
        for r in of.get(todo.pop(), ()):
            if r.id in done:
                continue
            done.add(r.id)
            if not (isinstance(r, LessEqual) or (isinstance(r, Accumulates) and not r.complete)):
                return False
            for x in r.measures:
                if x not in seen:
                    seen.add(x)
                    todo.append(x)
    return True


def _ties_nothing(cells: Settled, rule: Rule) -> bool:
    """Whether ``rule``, among the run's settled cells, gives none of their ends as they
    are (a run may have recorded it as the reason of one it gives)."""
    net = Network()
    local = {
        c: net.add_cell(
            cells.bounds[c],
            whole=cells.measure[c].whole,
            lo_why=cells.lo_why[c],
            hi_why=cells.hi_why[c],
        )
        for c in rule.cells
    }
    net.add(rule.remap(local))
    return not any(
        net.ties(c, high=high, start=Interval.unbounded())
        for c in local.values()
        for high in (False, True)
    )


def _ignore(rule: Rule, label: str, text: str) -> None:
    """Drop a rule (a walk made only to see where it looks)."""


#: How many cells ending near a date :class:`OffCell` tries as links to a cell there;
#: past that it lets a run answer.
_CANDIDATES = 64


class OffCell:
    """Bounds at a span a finished run made no cell for, read off its settled cells.

    :func:`pwstats.bound` answers such a query by running the measure's component
    again with a cell made at the span. Where that run provably gives the new cell
    only what the cells around it already settled, the answer is read off the
    finished run instead, in time independent of the run's size:

    - a level no relation mentions: it has no time rules, so nothing but its domain
      bounds it at a span with no figure;
    - a running total no relation mentions, when no cell of it was left with no
      value: the new cell is linked by never-falls exactly as the time rules would
      link it (the cells whose links reach it, the cells its own links reach; see
      ``cells._time_rules``); links added for it change no end of the cells before
      it (low ends only move forward) nor of those after it (high ends only move
      back), so its low end is the highest low end linked to it and its high end
      the lowest high end it links to, each explained by that cell's reason and the
      never-falls rule.

    - a level or running total in relations: the cells the relations make at the
      span, propagated on their own from the settled cells they read, where that
      provably gives what a run gives (:class:`~pwstats.reconcile.island.Island`).

    A running total its events accumulate into is in relations too: the island gets
    the time rules of its new cell from :meth:`_growth`. Where every relation tied to
    it is a ≤ or an ``accumulates`` that is not complete, the links the new cell cuts
    cannot reach its ends; otherwise (a sum, a share, a complete ``accumulates``) each
    link it cuts must be carried through it and give no end (:meth:`_cuts_nothing`).

    - a flow at a period that shares no day with any of its periods (:meth:`_apart`):
      a run puts it in a stretch of its own, so it is bounded as a level is.

    Anything else — a flow's period among its others (the stretch's periods bound it
    together, through a run's search over them), a rise through the new cell that
    does not carry a link it cuts (a complete one counts an event possibly on both
    sides of it twice), a contradiction among the cells, cells too many or too
    entangled to read, or an end tied by rules with different reasons where which one
    a run records depends on the order its rules fire — gives None, and the caller
    runs again.
    """

    def __init__(
        self,
        ctx: Context,
        cells: Settled,
        spans: Sequence[DateSpan | None],
        contested: Contested,
        dates: LevelDates,
        events: Mapping[str, Sequence[tuple[int, DateSpan | None]]] = _NO_EVENTS,
    ) -> None:
        self._ctx, self._cells, self._spans = ctx, cells, spans
        self._contested, self._dates, self._events = contested, dates, events
        self._related: set[str] | None = None
        self._growing: dict[str, _Growing | None] = {}
        self._of_measure: dict[str, list[int]] | None = None
        self._series: dict[str, _Series | None] = {}
        self._island: Island | None = None
        #: Each flow's periods by start, and the latest end among those up to each.
        self._periods: dict[str, tuple[list[dt.date], list[dt.date]]] = {}

    def _links(self, measure: Measure, span: DateSpan) -> tuple[list[int], list[int]] | None:
        """The settled cells of ``measure`` linked to a new cell at ``span``, and those it
        links to; None when they cannot be read off the run."""
        series = self._series_of(measure)
        if series is None or not cells_stage.PRUNE:
            return None
        linked = self._linked(series, span)
        if linked is None:
            return None
        before, after = linked
        # In span order, as a run walks them: the island numbers their links as a run does.
        return [series.cells[p] for p in sorted(before)], [series.cells[p] for p in after]

    def __call__(self, measure: Measure, span: DateSpan, aside: tuple[str, ...]) -> Bound | None:
        """The bound of ``measure`` at ``span`` (no cell there), or None when not provable."""
        if measure.kind == "event" or (measure.kind == "flow" and not self._apart(measure, span)):
            return None
        if self._related is None:
            self._related = {x for r in self._ctx.dataset.relations for x in r.measures}
        if measure.id in self._related:
            if self._island is None:
                self._island = Island(
                    self._ctx,
                    self._cells,
                    self._contested.quiet,
                    self._links,
                    self._growth,
                    self._apart,
                )
            found = self._island(measure, span)
            if found is None:
                return None
            view, cell = found
            return bound(self._ctx, view, cell, span, aside, _uncontested, self._dates)
        start = values_of(measure)
        one: Settled
        if measure.kind != "cumulative":  # no rule reaches it: the domain, with no reason
            one = self._cells._replace(
                measure=(measure,), bounds=(start,), lo_why=(None,), hi_why=(None,)
            )
            return bound(self._ctx, one, 0, span, aside, _uncontested, self._dates)
        series = self._series_of(measure)
        if series is None or not cells_stage.PRUNE:
            return None
        linked = self._linked(series, span)
        if linked is None:
            return None
        before, after = linked
        lo = self._end(series, before, high=False)
        hi = self._end(series, after, high=True)
        if lo is None or hi is None:
            return None
        iv, lo_why, hi_why = start, None, None
        rule = len(self._cells.relation)  # the new cell's never-falls rule, after the run's
        bounds = self._cells.bounds
        if lo[0] is not None:
            c = lo[0]
            moved = iv & Interval(bounds[c].lo, _INF, lo_closed=bounds[c].lo_closed)
            moved = moved.integral() if measure.whole else moved
            if moved != iv:
                iv, lo_why = moved, Reason(rule=rule, parents=(lo[1],))
        if hi[0] is not None:
            c = hi[0]
            moved = iv & Interval(-_INF, bounds[c].hi, hi_closed=bounds[c].hi_closed)
            moved = moved.integral() if measure.whole else moved
            if moved != iv:
                iv, hi_why = moved, Reason(rule=rule, parents=(hi[1],))
        if iv.is_empty:
            return None  # a run would find a contradiction here
        one = self._cells.with_rules(
            More(self._cells.relation, (never_falls(measure.id),)),
            More(self._cells.text, (never_falls_text(measure.id),)),
            measure=(measure,),
            bounds=(iv,),
            lo_why=(lo_why,),
            hi_why=(hi_why,),
        )
        return bound(self._ctx, one, 0, span, aside, _uncontested, self._dates)

    def _apart(self, measure: Measure, span: DateSpan) -> bool:
        """Whether a flow's period ``span`` shares no day with any period of the run's.

        Then a run with a cell there puts it in a stretch of its own (``cells._period_rules``):
        one running count equal to it, tied to nothing else, which never moves it. The
        flow there is bounded as a level is, by its domain and the relations at the span.
        A period within a stretch is bounded by the whole stretch's periods at once (and
        a run's search over them): a run answers.
        """
        periods = self._periods.get(measure.id)
        if periods is None:
            if self._of_measure is None:
                self._of_measure = {}
                for c, m in enumerate(self._cells.measure):
                    self._of_measure.setdefault(m.id, []).append(c)
            spans = sorted(_span_ends(self._spans[c]) for c in self._of_measure.get(measure.id, []))
            starts = [start for start, _ in spans]
            latest = list(itertools.accumulate((end for _, end in spans), max))
            periods = self._periods[measure.id] = (starts, latest)
        starts, latest = periods
        k = bisect.bisect_right(starts, span.end)  # the periods starting by the span's end
        return k == 0 or latest[k - 1] < span.start

    def _growth(self, measure: Measure, span: DateSpan) -> Grown | None:
        """The time rules a run makes for a new cell of running total ``measure`` at
        ``span``, whose events accumulate into it; None when they cannot be read off.

        The total's own walks (``cells.TimeLinks``) are done again with the new cell put
        in among its cells: the walks of the cells that would look at it, and its own.
        The new cell is numbered ``len(bounds)`` (past the run's). Where the total and
        its events are in no other relation and no relation of theirs is complete, and
        all others tied to them are ≤ (:func:`_ordered_only`), the low ends before the
        new cell and the high ends after it, which are all it reads, are the run's
        whatever links it cuts. Otherwise (a complete ``accumulates``, a sum or a share
        that turns one kind of end into the other) the links it cuts must change nothing
        a run gives (:meth:`_cuts_nothing`), and the island then checks that no end of a
        cell it reads could be explained otherwise through the new cell.
        """
        grow = self._growing_of(measure)
        series = self._series_of(measure)
        if grow is None or series is None or not cells_stage.PRUNE:
            return None
        key = (span.start, span.end)
        q = bisect.bisect_left(series.keys, key)
        if q < len(series.keys) and series.keys[q] == key:
            return None  # the run has a cell there
        new = len(self._cells.bounds)
        mine = _Inserted(series.cells, q, new)
        starts = _Inserted(series.starts, q, span.start)
        spans = self._spans

        def span_of(cell: int) -> DateSpan:
            at = span if cell == new else spans[cell]
            assert at is not None
            return at

        out: list[tuple[Rule, str, str]] = []
        others: list[Rule] = []

        def touching(rule: Rule, label: str, text: str) -> None:
            if new in rule.cells:
                out.append((rule, label, text))
            elif not grow.ordered:
                others.append(rule)

        looking = grow.looking(series, span_of)[q]
        for p in looking:
            c = series.cells[p]
            grow.links.walk(c, span_of(c), mine, starts, span_of, touching)
        grow.links.walk(new, span, mine, starts, span_of, touching)
        if grow.ordered:
            return Grown(out, strict=False)
        before: list[Rule] = []
        for p in looking:
            c = series.cells[p]
            grow.links.walk(
                c, span_of(c), series.cells, series.starts, span_of, lambda r, *_: before.append(r)
            )
        if not self._cuts_nothing(before, others, [r for r, _, _ in out], new):
            return None
        return Grown(out, strict=True)

    def _cuts_nothing(
        self, before: Sequence[Rule], after: Sequence[Rule], mine: Sequence[Rule], new: int
    ) -> bool:
        """Whether the walks' rules among the run's cells, ``before`` a new cell is put in
        and ``after``, bound the run's cells alike; ``mine`` are the new cell's rules.

        A walk that meets the new cell may stop short of cells it linked to (the new cell
        ends its first layer, or is clean) or leave a rise to the links through it. A
        link from A to C it cuts is let go only when the new cell's own links A → new → C
        carry it: "never falls" by any two links (each never falls), a rise that is not
        complete by two whose sure events are its own, split between them. Propagation
        then gives a run's values; and only when the cut link gives no end of its cells
        as the run settled them (:func:`_ties_nothing`), so no reason a run records rests
        on it. A complete rise cut (its upper bound counts an event possibly on both sides
        once, two links twice), or any rule added: False, a run answers.
        """
        left = collections.Counter(before)
        for rule in after:
            if left[rule] == 0:
                return False  # a rule the run did not make: its ends may move
            left[rule] -= 1
        cut = list(left.elements())
        if not cut:
            return True
        into: dict[int, list[tuple[int, ...]]] = {}
        out_of: dict[int, list[tuple[int, ...]]] = {}
        for r in mine:
            if isinstance(r, NeverFallsRule):
                sure: tuple[int, ...] = ()
            elif isinstance(r, StepRule) and not r.complete:
                sure = r.sure
            else:
                continue
            if r.later == new:
                into.setdefault(r.earlier, []).append(sure)
            elif r.earlier == new:
                out_of.setdefault(r.later, []).append(sure)
        for rule in cut:
            if isinstance(rule, NeverFallsRule):
                wanted: tuple[int, ...] = ()
            elif isinstance(rule, StepRule) and not rule.complete:
                wanted = rule.sure
            else:
                return False
            firsts, seconds = into.get(rule.earlier, ()), out_of.get(rule.later, ())
            if isinstance(rule, NeverFallsRule):
                carried = bool(firsts) and bool(seconds)
            else:
                carried = any(sorted(x + y) == sorted(wanted) for x in firsts for y in seconds)
            if not carried or not _ties_nothing(self._cells, rule):
                return False
        return True

    def _growing_of(self, measure: Measure) -> _Growing | None:
        """The time links of a running total its events accumulate into, where a new cell's
        rules can be read off (see :meth:`_growth`); None otherwise."""
        if measure.id in self._growing:
            return self._growing[measure.id]
        relations = sorted(self._ctx.dataset.relations, key=lambda r: r.id)
        mine = [r for r in relations if isinstance(r, Accumulates) and r.total == measure.id]
        found: _Growing | None = None
        if mine and measure.kind == "cumulative" and all(r.id in self._events for r in mine):
            links = cells_stage.TimeLinks(
                self._cells.measure, measure, mine, {r.id: self._events[r.id] for r in mine}
            )
            found = _Growing(links, ordered=_ordered_only(measure.id, relations))
        self._growing[measure.id] = found
        return found

    def _series_of(self, measure: Measure) -> _Series | None:
        """The measure's cells in span order; None when a cell of theirs is contested."""
        if measure.id in self._series:
            return self._series[measure.id]
        if self._of_measure is None:
            self._of_measure = {}
            for c, m in enumerate(self._cells.measure):
                self._of_measure.setdefault(m.id, []).append(c)
        mine = self._of_measure.get(measure.id, [])
        quiet = all(self._contested.quiet(c) for c in mine)
        series = self._series[measure.id] = _Series(mine, self._spans) if quiet else None
        return series

    def _linked(self, series: _Series, span: DateSpan) -> tuple[list[int], list[int]] | None:
        """The positions of the cells linked to a new cell at ``span``, and of those it links to.

        As ``cells._time_rules`` links a running total with no events: a cell links
        to the cells starting on or after the day it ends, in order, while each
        starts by the earliest end of those before it, at most ``LINKS_PER_SPAN``.
        """
        starts, ends, keys = series.starts, series.ends, series.keys
        most = cells_stage.LINKS_PER_SPAN
        at = bisect.bisect_left(keys, (span.start, span.end))
        # Cells before: the cell V starting last among those ending before the span
        # starts cuts off the links of every other cell ending by V's start (links walk
        # through V first, and V ends too soon); the others are tried one by one.
        ending_before = bisect.bisect_left(series.end_order, span.start)
        cut = series.latest_start[ending_before - 1] if ending_before else dt.date.min
        first_tried = bisect.bisect_left(series.end_order, cut)
        last_tried = bisect.bisect_right(series.end_order, span.start)
        if last_tried - first_tried > _CANDIDATES:
            return None
        before: list[int] = []
        for k in series.by_end[first_tried:last_tried]:
            first = bisect.bisect_left(starts, ends[k])
            if at - first > most + 1:
                continue  # as many cells between as links allowed: the links stop there
            between = [p for p in range(first, at) if p != k]
            if len(between) < most and self._reaches(series, between, span.start):
                before.append(k)
        # Cells after: the new cell's own links.
        after: list[int] = []
        least = dt.date.max
        p = bisect.bisect_left(starts, span.end)
        while p < len(starts) and starts[p] <= least and len(after) < most:
            least = min(least, ends[p])
            after.append(p)
            p += 1
        return before, after

    @staticmethod
    def _reaches(series: _Series, between: Sequence[int], day: dt.date) -> bool:
        """Whether links walking ``between`` in order go on to a span starting on ``day``."""
        least = dt.date.max
        for p in between:
            if series.starts[p] > least:
                return False
            least = min(least, series.ends[p])
        return day <= least

    def _end(
        self, series: _Series, positions: Sequence[int], *, high: bool
    ) -> tuple[int | None, Why] | None:
        """The linked cell giving the new cell's end, with its reason ((None, None): no cell
        gives one); None when cells tie at it with reasons that explain it differently."""
        bounds = self._cells.bounds
        whys = self._cells.hi_why if high else self._cells.lo_why
        best: list[int] = []
        best_key: tuple[End, int] | None = None
        for p in positions:
            c = series.cells[p]
            iv = bounds[c]
            if high:
                if iv.hi == _INF:
                    continue
                key: tuple[End, int] = (-iv.hi, 0 if iv.hi_closed else 1)
            else:
                if iv.lo == -_INF:
                    continue
                key = (iv.lo, 0 if iv.lo_closed else 1)
            if best_key is None or key > best_key:
                best, best_key = [c], key
            elif key == best_key:
                best.append(c)
        if not best:
            return None, None
        if len(best) > 1 and len({explain(whys[c]) for c in best}) > 1:
            return None
        return best[0], whys[best[0]]


def _outside(g: Group) -> list[str]:
    """The ids of a group's figures that its bounds do not take as true (in its order)."""
    if g.excluded:
        return [f.id for f in g.figures]
    if g.tied:
        positions = [lo_key(s.consensus) for s in g.stretches]
        return [
            f.id
            for f, iv in zip(g.figures, g.readings, strict=True)
            if not holds_any(iv, positions)
        ]
    kept = set(g.agreeing)
    return [f.id for i, f in enumerate(g.figures) if i not in kept]


class SetAside:
    """The figures a bound of a measure at a span does not take as true, for any query.

    Those outside their group's agreeing set; when largest agreeing sets tie,
    those outside every tied set (the bound then spans the tied sets, so it holds
    whichever is right, and rests on no figure outside them). An event's figures
    all bear on it, and so do a running total's at every date (the time rules
    carry them across); a level's only at its own span. Worked out once, in one
    pass over a run's groups, which it does not keep (but the tied ones, whose
    sets are listed when asked): only groups that set a figure aside leave an
    entry, and each query is one look-up (scanning every group per query made
    bounding each of N measures quadratic).
    """

    def __init__(self, groups: Sequence[Group]) -> None:
        found: dict[tuple[object, ...], list[str]] = {}
        # Tied groups are kept, and their sets listed only when a bound asks: N tied sets
        # of N figures each are N² ids, which most runs never look at.
        self._ties: dict[tuple[object, ...], Group] = {}
        for g in groups:
            if len(g.agreeing) == len(g.figures):
                # Most groups: every figure agrees, so none is set aside (a tie needs a
                # figure outside some largest set; an excluded group agrees on none).
                continue
            key = _aside_key(g.measure, g.span)
            ids = _outside(g)
            if ids:
                found.setdefault(key, []).extend(ids)
            if g.tied and not g.excluded:
                self._ties[_tie_key(g.measure, g.span)] = g
        self._found = {key: tuple(ids) for key, ids in found.items()}
        self._everything: frozenset[str] | None = None
        self._tied: frozenset[str] | None = None

    def __call__(self, measure: Measure, span: DateSpan) -> tuple[str, ...]:
        return self._found.get(_aside_key(measure, span), ())

    def past_the_cut(self, contested: Iterable[str]) -> frozenset[str]:
        """What a run past a contradiction's cut leaves out: every figure set aside, of
        any measure and span, and each of ``contested``; but never a figure of a tied
        largest agreeing set (the sets are alternatives a bound spans: one left out
        would leave the bound resting on the others alone)."""
        if self._everything is None:
            self._everything = frozenset(f for ids in self._found.values() for f in ids)
            self._tied = frozenset(
                g.figures[i].id
                for g in self._ties.values()
                for members in members_of_each(g.stretches, g.readings)
                for i in members
            )
        assert self._tied is not None
        return self._everything.union(contested).difference(self._tied)

    def ties(self, measure: Measure, span: DateSpan) -> tuple[tuple[str, ...], ...]:
        """The figure ids of each tied largest agreeing set of the measure at ``span``
        (none when its largest set is one): a bound there spans them all."""
        g = self._ties.get(_tie_key(measure, span))
        if g is None:
            return ()
        return tuple(
            tuple(g.figures[i].id for i in members)
            for members in members_of_each(g.stretches, g.readings)
        )


def _tie_key(measure: Measure, span: DateSpan | None) -> tuple[object, ...]:
    """An event's group whatever the date; any other measure's at its own span only."""
    if measure.kind == "event" or span is None:
        return (measure.id,)
    return (measure.id, span.start, span.end)


def _aside_key(measure: Measure, span: DateSpan | None) -> tuple[object, ...]:
    if measure.kind != "level" or span is None:
        return (measure.id,)
    return (measure.id, span.start, span.end)


# -- numbers -------------------------------------------------------------------------------


def midpoint(iv: Interval) -> Number:
    """The middle of a bounded interval, exactly."""
    return _halved(iv.lo + iv.hi)


def _halved(total: End) -> Number:
    """``total / 2`` exactly: an int when it is whole."""
    if type(total) is int and total % 2 == 0:
        return total // 2
    middle = normal(Fraction(total) / 2)
    assert not isinstance(middle, float)
    return middle


def tiled_sum(
    pieces: Sequence[Finding], bounds: Interval, *, whole: bool
) -> tuple[Number | None, Fraction | None]:
    """The sum of the bests of findings tiling a period, moved into its ``bounds``
    (:func:`tiled_value`), and the sum before rounding when a piece's best is a pooled
    one and that sum lies in ``bounds`` (else None: the best is the value to add).
    """
    counted: Number = 0
    estimated = Fraction(0)
    pooled = False
    for f in pieces:
        value = pooled_value(f)
        if value is not None:
            pooled, estimated = True, estimated + value
        else:
            assert f.estimate.best is not None
            counted += f.estimate.best
    best = tiled_value(counted, estimated, pooled, bounds, whole=whole)
    exact = counted + estimated
    return best, exact if pooled and exact in bounds else None


def tiled_value(
    counted: Number, estimated: Fraction, pooled: bool, bounds: Interval, *, whole: bool
) -> Number | None:
    """The best of a period its pieces tile: their counted bests summed exactly, plus
    their pooled bests before rounding (:func:`~pwstats.report.pooled_value`), rounded
    once when there are any, moved into ``bounds``. A piece that is itself tiled enters
    with its best."""
    if not pooled:
        return clamp(counted, bounds, whole=whole)
    return clamp(rounded_once(counted, estimated, whole=whole), bounds, whole=whole)


def clamp(value: Number | None, bounds: Interval, *, whole: bool) -> Number | None:
    """``value`` moved into ``bounds`` (an integer for whole measures); a bound midpoint if None.

    A value at or below the low end goes to the low side, one at or above the
    high end to the high side, and the result is always a member of ``bounds``:
    a closed end itself; for an open end (a whole measure's ends are closed
    once made integral) the middle of a small step inside it — half of one
    unit, or of the whole width when that is less than one unit. So
    "more than 30%" read (30, +inf) gives 30.5, and (30, 35] gives 30.5, not 35.

    >>> clamp(30, Interval.open_closed(30, 35), whole=False)
    Fraction(61, 2)
    >>> clamp(30, Interval.more_than(30), whole=True), clamp(9, Interval.at_most(7), whole=True)
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
            value = midpoint(bounds)
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
        return _exact(value)
    if bounds.lo != -_INF and value <= bounds.lo:
        return _exact(_inside_end(bounds, high=False))
    return _exact(_inside_end(bounds, high=True))


def _exact(x: Number) -> Number:
    y = normal(x)
    assert not isinstance(y, float)
    return y


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
    return _exact(end - half if high else end + half)
