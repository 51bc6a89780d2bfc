"""Estimates and citations: what studies say together, and what repeats say faithfully.

Estimates (``basis="estimate"``) never narrow a hard bound. The estimates of one
group are pooled as a meta-analysis pools studies (:mod:`pwstats.meta`: standard
errors from each interval, one side at a time; fixed-effect inverse-variance
pooling, DerSimonian–Laird random effects when Cochran's Q or I² says they are
heterogeneous) into :class:`~pwstats.report.Plausible`. Three kinds of conflict
come from here, each a tension (never a contradiction: estimates can all be honest,
and a misquote says nothing about the quantity):

- ``"significant-difference"``: two estimates whose difference is significant at
  the 5% level, two-sided (:data:`LEVEL`): the level is the analysis's convention,
  not the level a paper printed its interval at, so an interval restated at another
  level with the same standard errors changes no verdict (each estimate is tested
  against the lowest and the highest of the others, so the check is linear and the
  extremes are always seen);
- ``"outside-estimate"``: the hard bounds from counts and relations lie wholly
  outside an estimate's interval;
- ``"misquote"``: a figure citing another whose lenient reading excludes what the
  original says.

A pooled interval is at the same conventional level, 95%, whatever the levels of the
studies pooled (they enter only through their standard errors); one estimate alone is
shown as its study stated it, at the study's own level.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Final

import attrs

from pwstats import meta
from pwstats.interval import Interval, Number, format_number
from pwstats.model import DEFAULT_CONFIDENCE, Figure
from pwstats.reconcile.cells import Cells, Past
from pwstats.reconcile.explain import name, say
from pwstats.reconcile.propagate import explain
from pwstats.reconcile.read import Context
from pwstats.reconcile.sweep import Group
from pwstats.report import Conflict, Plausible

__all__ = ["LEVEL", "cut_at", "find", "plausible", "pooled_best", "pooled_study"]

#: The confidence level of pooled intervals, and one minus the significance level of the
#: test of two estimates (5%, two-sided): a convention of the analysis, the same whatever
#: levels the studies printed their intervals at.
LEVEL: Final = DEFAULT_CONFIDENCE


def plausible(ctx: Context, g: Group, bounds: Interval) -> Plausible | None:
    """The pooling of the group's estimates (None when it has none), cut at ``bounds``.

    ``bounds`` are the finding's hard bounds (from counts and relations); when they are
    empty (a contradiction), the measure's domain. The normal approximation of a pooled
    interval, or a study's own interval, knows nothing of them: an interval of deaths
    reaching below zero, or past a count that bounds the period, is cut at the bound,
    and ``Plausible.cut`` says so with the values before the cut. An interval wholly
    outside the bounds (an ``"outside-estimate"`` tension) is cut to the nearer end.
    """
    studies = [f for f in g.others if ctx.role(f) == "estimate"]
    if not studies:
        return None
    ids = tuple(f.id for f in studies)
    if len(studies) == 1:
        (f,) = studies
        assert f.low is not None
        assert f.best is not None
        assert f.high is not None
        pooled = Plausible(
            figures=ids,
            best=float(f.best),
            low=float(f.low),
            high=float(f.high),
            confidence=float(f.confidence),
            model="single",
        )
    else:
        try:
            made = meta.pool([meta.Study.of(f) for f in studies], confidence=LEVEL)
        except ValueError:  # intervals of zero width that exclude each other: no pooling
            return None
        pooled = Plausible(
            figures=ids,
            best=made.best,
            low=made.low,
            high=made.high,
            confidence=float(LEVEL),
            model=made.model,
            q=made.q,
            p_value=made.p_value,
            i2=made.i2,
            tau2=made.tau2,
        )
    domain = g.measure.domain
    if bounds.is_empty or bounds == domain:
        return cut_at(pooled, domain, why=f"{g.measure.id} cannot be negative")
    return cut_at(pooled, bounds, why="which the counts and relations set for certain")


def cut_at(p: Plausible, bounds: Interval, *, why: str) -> Plausible:
    """``p`` with its best value and interval cut at ``bounds`` (a non-empty interval).

    The cut values are floats, as the pooled ones are: each end cut at is the float
    nearest the bound's end (the float columns of frames show the bounds so too; a bound
    such as [1/3, 1/3] holds no float). ``cut`` says what was cut, ``why``, and the
    values before; ``p`` itself when nothing is.

    >>> p = Plausible(figures=("a", "b"), best=2341.8, low=-920.4, high=5604.1,
    ...               confidence=0.95, model="random")
    >>> cut = cut_at(p, Interval.closed(0, 2975), why="set by the counts")
    >>> cut.low, cut.best, cut.high
    (0.0, 2341.8, 2975.0)
    >>> cut.cut
    'cut at the bounds [0, 2975], set by the counts: the pooled 95% interval was -920–5,604'
    """
    lo, hi = float(bounds.lo), float(bounds.hi)
    low, best, high = (min(max(x, lo), hi) for x in (p.low, p.best, p.high))
    if (low, best, high) == (p.low, p.best, p.high):
        return p
    what = "the best value" if (low, high) == (p.low, p.high) else f"the {_pooled(p)} interval"
    was = _show(p.best) if what == "the best value" else f"{_show(p.low)}–{_show(p.high)}"
    if what != "the best value" and best != p.best:
        was += f", its best value {_show(p.best)}"
    text = f"cut at the bounds {bounds}, {why}: {what} was {was}"
    return attrs.evolve(p, low=low, best=best, high=high, cut=text)


def _pooled(p: Plausible) -> str:
    level = f"{p.confidence * 100:g}%"
    return f"{level}" if p.model == "single" else f"pooled {level}"


def _show(x: float) -> str:
    """A statistical float in a sentence: whole with separators from 100 up, else 4 digits."""
    if math.isfinite(x) and abs(x) >= 100:
        return f"{round(x):,}"
    return f"{x:.4g}"


def pooled_study(p: Plausible, figure: Callable[[str], Figure]) -> meta.Study:
    """The pooled estimate ``p`` as one study, its interval not cut at the measure's floor.

    ``Plausible`` shows a pooled interval of deaths cut at zero, but a sum of such
    estimates needs their standard errors: cut, they would be too small, and the sum's
    interval too narrow. ``figure`` looks a figure up by id.
    """
    if p.model == "single":
        (only,) = p.figures
        return meta.Study.of(figure(only))
    studies = [figure(fid) for fid in p.figures]
    pooled = meta.pool([meta.Study.of(f) for f in studies], confidence=LEVEL)
    return meta.Study.from_interval(pooled.low, pooled.best, pooled.high, confidence=LEVEL)


def pooled_best(p: Plausible, *, whole: bool) -> Number:
    """The pooled best value as an exact number: whole for whole measures."""
    if whole:
        return round(p.best)
    return Fraction(p.best).limit_denominator(10**6)


def find(
    ctx: Context, groups: Sequence[Group], cells: Cells, past: Mapping[int, Past] | None = None
) -> dict[int, list[Conflict]]:
    """Every conflict that estimates and citations bring, by cell.

    ``past``: the cells whose bounds were taken past a contradiction's cut, with those
    bounds and the ends taken (an estimate is checked against the bounds its finding
    shows).

    A conflict is listed at the cell of every figure it names, as the other
    conflicts are: the counts that put a measure outside an estimate's interval
    may be of other periods or measures (through relations), and the figure a
    misquote cites may be of another span; their findings show the conflict too.
    """
    out: dict[int, list[Conflict]] = {}
    for g in groups:
        if not g.others:
            continue
        cell = cells.index.at(g.measure.id, g.span)
        found = out.setdefault(cell, [])
        studies = [f for f in g.others if ctx.role(f) == "estimate"]
        more = _differences(ctx, g, studies)
        more += _outside(ctx, g, studies, cells, cell, None if past is None else past.get(cell))
        more += [c for f in g.others if ctx.role(f) == "citing" for c in _misquote(ctx, g, f)]
        found += more
        for conflict in more:
            elsewhere = {cells.of_figure(ctx.figure(fid)) for fid in conflict.figures} - {cell}
            for other in sorted(elsewhere):
                out.setdefault(other, []).append(conflict)
    return out


def _interval(f: Figure) -> Interval:
    assert f.low is not None
    assert f.high is not None
    return Interval.closed(f.low, f.high)


def _differences(ctx: Context, g: Group, studies: Sequence[Figure]) -> list[Conflict]:
    if len(studies) < 2:
        return []
    # Each study is tested against four others, so the pairs stay linear in number: the
    # lowest and highest best values, and the highest low end and lowest high end of an
    # interval at LEVEL (each study's own restated from its standard errors, best ∓ z
    # standard errors a side). The last two find every study whose interval at LEVEL
    # another's excludes (two wide surveys at the extremes of the best values hid two
    # precise studies with disjoint intervals): if g's low end is above f's high end, the
    # highest low end is too, and such intervals differ significantly (the difference
    # exceeds z·(s_f + s_g) ≥ z·√(s_f² + s_g²)). An interval at the level a paper printed
    # would not do: two 90% intervals that share no value may not differ at 5%.
    tested = {f.id: meta.Study.of(f) for f in studies}
    at_level = {fid: s.interval(LEVEL) for fid, s in tested.items()}
    ordered = sorted(studies, key=lambda f: (f.best, f.id))
    highest_low = max(studies, key=lambda f: (at_level[f.id][0], f.id))
    lowest_high = min(studies, key=lambda f: (at_level[f.id][1], f.id))
    partners = (ordered[0], ordered[-1], highest_low, lowest_high)
    pairs: dict[tuple[str, str], tuple[Figure, Figure]] = {}
    for f in ordered:
        for other in partners:
            if other is not f:
                a, b = sorted((f, other), key=lambda x: x.id)
                pairs[(a.id, b.id)] = (a, b)
    out = []
    for a, b in pairs.values():
        d = meta.compare(tested[a.id], tested[b.id], confidence=LEVEL)
        if not d.significant:
            continue
        level = format_number((1 - LEVEL) * 100)
        out.append(
            Conflict(
                figures=(a.id, b.id),
                relations=(),
                kind="tension",
                explanation=(
                    f"{name(a)} and {name(b)} are estimates that differ significantly:"
                    f" a difference of {_number(d.difference)} with standard error"
                    f" {_number(d.se)} (z = {d.z:.2f}, p = {d.p_value:.2g}, two-sided,"
                    f" significant at the {level}% level). Estimates can all be honest, so"
                    " this is a tension, not a contradiction: the studies measured"
                    " differently or sampled differently."
                ),
                measure=g.measure.id,
                as_of=g.as_of,
                cause="significant-difference",
            )
        )
    return out


def _outside(
    ctx: Context, g: Group, studies: Sequence[Figure], cells: Cells, cell: int, past: Past | None
) -> list[Conflict]:
    net = cells.net
    bounds = net.bounds[cell] if past is None else past.interval
    if bounds.is_empty or not studies:
        return []
    out = []
    for f in studies:
        iv = _interval(f)
        if bounds.overlaps(iv):
            continue
        below = bounds.hi < iv.lo or (bounds.hi == iv.lo and not bounds.hi_closed)
        end = None if past is None else past.high if below else past.low
        if end is None:
            ids, rules = explain(net.hi_why[cell] if below else net.lo_why[cell])
            figures = tuple(ids)
            relations = tuple(dict.fromkeys(cells.relation[i] for i in rules))
        else:  # an end taken past a contradiction's cut
            figures, relations = end.figures, end.relations
        counts = "; ".join(say(ctx, fid, ctx.read(ctx.figure(fid))) for fid in figures)
        side = "below" if below else "above"
        out.append(
            Conflict(
                figures=tuple(sorted({f.id, *figures})),
                relations=relations,
                kind="tension",
                explanation=(
                    f"{name(f)} is an estimate with interval {iv}; the counts"
                    f" ({counts or 'and relations'}) put {g.measure.id} at {bounds}, {side}"
                    " the whole interval. An estimate is only probably in its interval,"
                    " so this is a tension."
                ),
                measure=g.measure.id,
                as_of=g.as_of,
                cause="outside-estimate",
            )
        )
    return out


def _misquote(ctx: Context, g: Group, f: Figure) -> list[Conflict]:
    cited = ctx.cited(f)
    assert cited is not None
    original = ctx.figure(cited)
    # The original's value: an estimate's best value (a paraphrase of a study repeats
    # its headline number, not its whole interval), else what its words allow.
    if original.basis == "estimate" and original.best is not None:
        said = Interval.point(original.best)
    else:
        said = ctx.read(original)
    lenient = ctx.read(f, "lenient")
    if lenient.overlaps(said):
        return []
    repeats = _repeats(f)
    who = "citing figure" if repeats == "cites" else "relay"
    return [
        Conflict(
            figures=tuple(sorted((f.id, original.id))),
            relations=(),
            kind="tension",
            explanation=(
                f"{name(f)} {repeats} figure {original.id}, {name(original)} which reads"
                f" {said}; even read leniently ({lenient}) the {who} excludes it: a misquote."
                " It is not an independent statement, so it narrows nothing."
            ),
            measure=g.measure.id,
            as_of=g.as_of,
            cause="misquote",
        )
    ]


def _repeats(f: Figure) -> str:
    """How a repeat names what it repeats: a figure that cites one, or a relay's repeat of
    its speaker's own statement (see ``select``)."""
    if f.cites is not None or f.source is None:
        return "cites"
    return f"relays, via {', '.join(f.source.via)}, a statement of {f.source.name}: it repeats"


def _number(x: float) -> str:
    if math.isfinite(x) and x == int(x):
        return f"{int(x):,}"
    return f"{x:,.4g}"
