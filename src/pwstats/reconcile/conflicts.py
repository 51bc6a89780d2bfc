"""Stage 5, conflicts: every set of figures and relations that cannot all hold.

Four sources, each reported as a minimal set with its cause:

- within a group, each figure outside the agreeing set with the agreeing figure
  that excludes it (``"disjoint"``);
- a running total's figures that fall below an earlier figure (``"fall"``): every
  fall, not only the first;
- a level measure's figures at overlapping but different as-of spans that share
  no value (a tension, ``"disjoint"``);
- propagation failures — relations and time rules that leave a cell no value —
  made minimal by a deletion pass (``"relation"``, or ``"fall"`` when only
  "never falls" rules are involved).

A conflict is a ``"contradiction"`` when it survives the lenient reading, else a
``"tension"``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Final

import attrs

from pwstats.dates import DateSpan
from pwstats.interval import Interval, format_number
from pwstats.model import Figure, Measure
from pwstats.reconcile.cells import Cells, never_falls
from pwstats.reconcile.explain import correction_hint, kind_sentence, say
from pwstats.reconcile.propagate import (
    Collision,
    Failure,
    NeverFallsRule,
    Reason,
    Rule,
    StepRule,
    SumRule,
    Why,
    explain,
    explain_nearest,
    first_failure,
    satisfiable,
)
from pwstats.reconcile.read import Context, values_of
from pwstats.reconcile.sweep import (
    Group,
    Position,
    hi_key,
    in_span_order,
    lo_key,
    members_of_each,
    span_key,
)
from pwstats.report import Cause, Conflict, ConflictKind, Reading

__all__ = ["MINIMISE_LIMIT", "Failed", "NearestConflicts", "falls", "find", "nearest"]

#: A conflict with more figures and relations than this is reported as found, without
#: the deletion pass that makes it minimal (each step of that pass re-propagates).
MINIMISE_LIMIT: Final = 24
#: How many overlapping-but-different as-of spans of one level measure are compared
#: with each span (nearest first), so that a measure with many spans stays linear.
LEVEL_NEIGHBOURS: Final = 8


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


#: A conflict as a key: its figures and its relations.
_Key = tuple[frozenset[str], frozenset[str]]


def find(
    ctx: Context,
    groups: Sequence[Group],
    cells: Cells,
    failures: Sequence[Failed],
    fell: Sequence[Fall],
    out_of_line: Sequence[Fall] = (),
) -> dict[int, list[Conflict]]:
    """Every conflict, by the cells whose findings carry it (``fell``: :func:`falls`).

    ``failures`` are propagation's, as :meth:`NearestConflicts.failed` hands them on.
    ``out_of_line``: the falls among ``fell`` that show why the series stage set a
    running total's date aside; such a date is no tie the relations excluded, to be
    explained by propagating again.
    """
    per_cell: dict[int, list[Conflict]] = {}
    cell_of = cells.index

    def at(g: Group) -> int:
        return cell_of.at(g.measure.id, g.span)

    for cell, g in enumerate(groups):  # group i's cell is i
        if g.pairs:  # most groups agree: no list for them
            per_cell[cell] = [
                pair_conflict(ctx, g, p, soft=g.rises_within and len(p) == 2) for p in g.pairs
            ]
    series_aside = {(g.measure.id, g.span) for fall in out_of_line for g in fall[:2] if g.excluded}
    for earlier, later, fall in fell:
        aside = [g for g in (earlier, later) if (g.measure.id, g.span) in series_aside]
        conflict = _fall_conflict(ctx, earlier, later, fall, aside)
        per_cell.setdefault(at(earlier), []).append(conflict)
        per_cell.setdefault(at(later), []).append(conflict)
    for a, b, pair in _level_tensions(groups):
        conflict = pair_conflict(ctx, a, pair, soft=True)
        per_cell.setdefault(at(a), []).append(conflict)
        per_cell.setdefault(at(b), []).append(conflict)
    # A relation conflict that holds a conflict already found among its own figures
    # is not minimal: that smaller conflict is reported instead.
    by_figure: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for found_here in per_cell.values():
        for known in found_here:
            smaller = (frozenset(known.figures), frozenset(known.relations))
            for fid in known.figures:
                by_figure.setdefault(fid, []).append(smaller)
    seen: dict[_Key, Conflict] = {}
    where: dict[_Key, list[int]] = {}  # the cells each conflict of ``seen`` is marked in
    checker = _Checker(ctx, cells)
    for found in [
        *_relation_failures(checker, failures),
        *_excluded(checker, groups, series_aside),
    ]:
        key = _key_of(checker, found)
        unexplained = any(cells.group[c] is None for c in found.cells) and not found.soft
        if key in seen:
            # Found again from another cell it left with no value: that cell shows it too.
            if not found.soft:
                for c in found.cells:
                    here = per_cell.setdefault(c, [])
                    if seen[key] not in here:
                        here.append(seen[key])
                        where[key].append(c)
            continue
        if not unexplained and any(
            fs <= key[0] and rs <= key[1] for fid in key[0] for fs, rs in by_figure.get(fid, ())
        ):
            continue
        conflict = _relation_conflict(ctx, checker, found)
        seen[key] = conflict
        # Only the findings of the conflict's own figures, and of the cells it left
        # with no value (on its chain), are marked: not every cell of every rule.
        touched = {cells.of_figure(ctx.figure(f)) for f in found.figures}
        if not found.soft:
            touched.update(found.cells)
        elif found.cells and _reported(cells, found.cells[0], len(groups)):
            # The cell the conflict is said to be at (its measure and date) carries it when
            # it has a finding anyway, so that finding says tension too: a total of stated
            # parts checked against a share of another level at another date. (A cell made
            # only for the check gets no finding for it.)
            touched.add(found.cells[0])
        # A cell no figure states that the conflict left with no value gets a finding
        # of its own (see findings.report), which carries the conflict.
        marked = sorted(touched) or sorted({cells.of_figure(ctx.figure(f)) for f in found.context})
        for c in marked:
            per_cell.setdefault(c, []).append(conflict)
        where[key] = marked
    hidden = _hidden_contradictions(checker, groups, per_cell)
    holding: dict[str, list[_Key]] = {}  # the conflicts of ``seen`` naming each figure
    for key in seen if hidden else ():
        for fid in key[0]:
            holding.setdefault(fid, []).append(key)
    for found in hidden:
        key = _key_of(checker, found)
        if key in seen:
            continue
        conflict = _relation_conflict(ctx, checker, found)
        # A conflict found before that holds this one is not minimal: this one stands.
        # (One that holds it names its figures: look among those naming one of them.)
        some = next(iter(key[0]), None)
        candidates = list(seen) if some is None else holding.get(some, [])
        for k in [k for k in candidates if key[0] <= k[0] and key[1] <= k[1]]:
            gone = seen[k]
            for c in where.pop(k, []):
                listed = per_cell.get(c)
                if listed is not None:
                    listed[:] = [x for x in listed if x is not gone]
                    if not listed:
                        del per_cell[c]
        seen[key] = conflict
        for fid in key[0]:
            holding.setdefault(fid, []).append(key)
        touched = {cells.of_figure(ctx.figure(f)) for f in found.figures} | set(found.cells)
        where[key] = sorted(touched)
        for c in where[key]:
            per_cell.setdefault(c, []).append(conflict)
    _drop_tensions_of_contradictions(seen, where, per_cell)
    return per_cell


def _reported(cells: Cells, cell: int, stated: int) -> bool:
    """Whether ``cell`` has a finding of its own whatever its conflicts: a group's (the
    first ``stated`` cells), or the total of a sum with a stated part (as
    :func:`~pwstats.reconcile.findings.report` makes them)."""
    if cell < stated:
        return True
    rules = cells.net.rules
    return any(
        isinstance(rule, SumRule) and rule.total == cell and any(p < stated for p in rule.parts)
        for rule in map(rules.__getitem__, cells.net.rules_at(cell))
    )


def _drop_tensions_of_contradictions(
    seen: Mapping[_Key, Conflict],
    where: Mapping[_Key, list[int]],
    per_cell: dict[int, list[Conflict]],
) -> None:
    """Leave out each relation tension whose figures a relation contradiction names too,
    from the findings that carry that contradiction.

    The contradiction says more of the same figures: they cannot all hold whatever the
    dates and the reading. A running total at 5 on 1 January and a level at 3 on 2
    January, with total ≤ level, are a contradiction through the total's rise, and were
    also a tension through total ≤ level alone, the level compared at another date. A
    finding the contradiction is not marked in (a cell the tension's rules left with no
    value) keeps the tension: it is what says why that finding has none.
    """
    hard: dict[frozenset[str], set[int]] = {}
    for key, conflict in seen.items():
        if conflict.kind == "contradiction":
            hard.setdefault(key[0], set()).update(where.get(key, ()))
    for key, conflict in seen.items():
        cells = hard.get(key[0]) if conflict.kind == "tension" else None
        if not cells:
            continue
        for cell in where.get(key, ()):
            listed = per_cell.get(cell)
            if cell in cells and listed is not None:
                listed[:] = [x for x in listed if x is not conflict]
                if not listed:
                    del per_cell[cell]


# -- within a group -------------------------------------------------------------------


def pair_conflict(ctx: Context, g: Group, pair: tuple[Figure, ...], *, soft: bool) -> Conflict:
    """The conflict of a figure with no value, or of two figures that share none."""
    ids = tuple(f.id for f in pair)
    now = [ctx.read(f) for f in pair]
    lenient = [ctx.read(f, "lenient") for f in pair]
    said = "; ".join(say(ctx, f.id, iv) for f, iv in zip(pair, now, strict=True))
    if len(pair) == 1:
        holds = not lenient[0].is_empty
        text = f"{said}: no value of {g.measure.id} is that, under the {ctx.reading} reading."
    else:
        holds = lenient[0].overlaps(lenient[1])
        text = f"{said}; they share no value."
    kind: ConflictKind = "tension" if holds or soft else "contradiction"
    if soft and g.rises_within:
        text += (
            f" {g.measure.id} is a running total and can rise within {g.as_of}: figures"
            " as of one span longer than a day may speak of different dates, so this is"
            " only a tension."
        )
    else:
        text += kind_sentence(ctx.reading, kind, ids, lenient, soft=soft)
    return Conflict(
        figures=tuple(sorted(ids)),
        relations=(),
        kind=kind,
        explanation=text,
        measure=g.measure.id,
        as_of=g.as_of,
        cause="disjoint",
    )


# -- a running total that falls ---------------------------------------------------------


#: A fall of a running total: the earlier group, the later one, and the two figures.
Fall = tuple[Group, Group, tuple[Figure, Figure]]


def falls(groups: Sequence[Group], also: Sequence[Fall] = ()) -> list[Fall]:
    """Every group of a running total with a figure that lies below an earlier group's.

    Groups of one measure in time order; each is compared with the earlier group
    (ending by the day it starts) whose low end is highest. Every fall is found, so three
    days at 352, 351 and 348 give two conflicts, not one: the pairs :func:`find`
    reports with cause ``"fall"``. Figures of one span longer than a day that share no
    value are only in tension (the total may have risen within the span), and the time
    rules may break their tie: each of them still binds the other dates, so such a group
    is compared by its lowest and its highest figure, not by its agreeing set alone
    ("100" and "3,500" as of December, after 3,000 on 30 June: the 100 fell). A day's
    other agreeing figures below that earlier group fell too, and each is a fall of its
    own unless it says as much as the figure named ("at most 1" beside "0" after 2:
    :func:`_fell_too`), so the figures in no conflict can all hold. O(n log n).
    ``also``: falls found otherwise (of dates set aside as out of line), added but
    those of the same two figures.
    """
    by_measure: dict[str, list[Group]] = {}
    for g in groups:
        if g.measure.kind == "cumulative" and g.holds_value and g.span is not None:
            by_measure.setdefault(g.measure.id, []).append(g)
    out: list[Fall] = []
    for unordered in by_measure.values():
        mine = in_span_order(unordered, _span_of)
        by_end = sorted(mine, key=lambda g: g.as_of.end)
        ends = [g.as_of.end for g in by_end]
        # The earlier group with the highest low end, among the first k by end date.
        # (References only, no low end kept a group: a long series is a group a day.)
        highest: list[Group] = []
        top_low: Position | None = None
        too: dict[int, _RoseToo] = {}
        for g in by_end:
            low = lo_key(_binding(g, later=True))
            if top_low is None or low > top_low:
                highest.append(g)
                top_low = low
            else:
                highest.append(highest[-1])
        for g in mine:
            # Groups ending by the day g starts (g itself, a day, is no fall of itself).
            k = bisect.bisect_right(ends, g.as_of.start)
            if k == 0:
                continue
            top = highest[k - 1]
            low = lo_key(_binding(top, later=True))
            high = hi_key(_binding(g, later=False))
            if high < low:
                first, last = _bound(top, later=True)[1], _bound(g, later=False)[1]
                out.append((top, g, (first, last)))
                out.extend((top, g, (first, f)) for f in _fell_too(g, last, low))
                rose = too.get(id(top))
                if rose is None:
                    rose = too[id(top)] = _RoseToo(top, first)
                out.extend((top, g, (f, last)) for f in rose.above(high))
    if also:
        # The falls that show why a date was set aside as out of line, but those found.
        named = {(a.id, b.id) for _, _, (a, b) in out}
        out.extend(fall for fall in also if (fall[2][0].id, fall[2][1].id) not in named)
    return out


def said_less(fell: Sequence[Fall]) -> set[str]:
    """The figures of ``fell`` beside the two each fall compares its groups by: those
    saying less than the one named (:func:`_fell_too`, :class:`_RoseToo`), each named in
    a fall of its own."""
    out: set[str] = set()
    for earlier, later, (a, b) in fell:
        if a.id != _bound(earlier, later=True)[1].id:
            out.add(a.id)
        if b.id != _bound(later, later=False)[1].id:
            out.add(b.id)
    return out


def _fell_too(g: Group, named: Figure, low: Position) -> list[Figure]:
    """The other agreeing figures of ``g`` below ``low`` that say less than ``named``.

    Each fell as well, and a figure saying less than the one its fall names (at most 1
    beside 0) is in no conflict of its own otherwise: every figure in no conflict can
    then hold with the rest. One saying as much (its reading within ``named``) is in
    that fall already. A group of one day (or one figure) only: a longer span may rise
    within it.
    """
    if g.largest is None or g.rises_within or len(g.agreeing) < 2:
        return []
    said = g.readings[g.figures.index(named)]
    return [
        g.figures[i]
        for i in g.agreeing
        if hi_key(iv := g.readings[i]) < low and not said.contains(iv)
    ]


class _RoseToo:
    """The other agreeing figures of an earlier group of falls that say less than the
    one they name (``named``): "more than 0" beside "1" before a 0.

    Each is above a later group's high end in a fall of its own (as :func:`_fell_too`
    is below), named in the first fall it is above: once, so a day many later days
    fall below gives a conflict a figure, not one a figure and later day. Highest
    first; a group of one day (or one figure) only, as :func:`_fell_too`.
    """

    __slots__ = ("_next", "_order")

    def __init__(self, g: Group, named: Figure) -> None:
        self._next = 0
        self._order: list[tuple[Position, Figure]] = []
        if g.largest is None or g.rises_within or len(g.agreeing) < 2:
            return
        said = g.readings[g.figures.index(named)]
        self._order = sorted(
            (
                (lo_key(iv), g.figures[i])
                for i in g.agreeing
                if not said.contains(iv := g.readings[i])
            ),
            key=lambda pair: pair[0],
            reverse=True,
        )

    def above(self, high: Position) -> list[Figure]:
        """Those not named yet whose readings start above ``high``."""
        start = stop = self._next
        order = self._order
        while stop < len(order) and order[stop][0] > high:
            stop += 1
        self._next = stop
        return [f for _, f in order[start:stop]]


def _binding(g: Group, *, later: bool) -> Interval:
    """What a group of a running total binds its ``later`` dates by from below (else
    its earlier dates from above): :func:`_bound` of a span longer than a day, else
    (nearly every group: one day or one figure) its agreeing set's interval."""
    span = g.span
    assert span is not None  # a running total's group holding a value
    if g.largest is not None and span.start != span.end:
        return _bound(g, later=later)[0]
    return g.start


def _bound(g: Group, *, later: bool) -> tuple[Interval, Figure]:
    """What bounds a running total's ``later`` dates from below, or its earlier dates
    from above, and the figure giving it.

    The agreeing set's interval and its low figure (its high figure for the earlier
    dates); of a span longer than a day, the figure whose reading starts highest
    (ends lowest), if beyond it (a figure in tension with the rest).
    """
    if g.largest is None:  # a figure alone (most groups of a long series)
        return g.readings[0], g.figures[0]
    bound, figure = g.start, g.lo_figure if later else g.hi_figure
    assert figure is not None  # the group holds a value
    if g.rises_within and len(g.figures) > 1:
        for f, iv in zip(g.figures, g.readings, strict=True):
            if iv.is_empty:
                continue
            if (lo_key(iv) > lo_key(bound)) if later else (hi_key(iv) < hi_key(bound)):
                bound, figure = iv, f
    return bound, figure


def _fall_conflict(
    ctx: Context,
    earlier: Group,
    later: Group,
    pair: tuple[Figure, Figure],
    out_of_line: Sequence[Group] = (),
) -> Conflict:
    """The conflict of a fall; ``out_of_line``: those of its two groups that the series
    stage set aside (in no largest set of the measure's dates that can hold together)."""
    first, then = pair
    now = [ctx.read(f) for f in pair]
    lenient = [ctx.read(f, "lenient") for f in pair]
    holds = hi_key(lenient[1]) >= lo_key(lenient[0])
    kind: ConflictKind = "tension" if holds else "contradiction"
    measure = earlier.measure.id
    text = (
        f"{say(ctx, first.id, now[0])}; {say(ctx, then.id, now[1])}: {measure} is a running"
        f" total and never falls, but the later figure is below the earlier one."
    )
    ids = (first.id, then.id)
    text += kind_sentence(ctx.reading, kind, ids, lenient, soft=False)
    for g in out_of_line:
        named = first if g is earlier else then
        n = len(g.figures)
        which = f"figure {named.id} is" if n == 1 else f"{n} figures, {named.id} among them, are"
        text += (
            f" {g.as_of} is in no largest set of {measure}'s dates that can hold together:"
            f" its {which} set aside."
        )
    text += correction_hint(first, then)
    return Conflict(
        figures=tuple(sorted(ids)),
        relations=(never_falls(measure),),
        kind=kind,
        explanation=text,
        measure=measure,
        as_of=later.as_of,
        cause="fall",
    )


# -- a level measure at overlapping dates -------------------------------------------------


def _level_tensions(groups: Sequence[Group]) -> list[tuple[Group, Group, tuple[Figure, ...]]]:
    """Level figures of one measure at overlapping but different as-of spans."""
    out = []
    by_measure: dict[str, list[Group]] = {}
    for g in groups:
        if g.measure.kind == "level" and g.holds_value:
            by_measure.setdefault(g.measure.id, []).append(g)
    for unordered in by_measure.values():
        mine = in_span_order(unordered, _span_of)
        for i, a in enumerate(mine):
            assert a.span is not None
            seen = 0
            for b in mine[i + 1 :]:
                assert b.span is not None
                if b.span.start > a.span.end or seen >= LEVEL_NEIGHBOURS:
                    break
                seen += 1
                if a.start.overlaps(b.start):
                    continue
                if hi_key(a.start) < lo_key(b.start):
                    pair = (a.hi_figure, b.lo_figure)
                else:
                    pair = (a.lo_figure, b.hi_figure)
                out.append((a, b, tuple(f for f in pair if f is not None)))
    return out


# -- relations ----------------------------------------------------------------------------


class _Checker:
    """Checks whether some figures and rules can hold together (for minimising).

    Rules are numbered as the network numbers them; the checks of level figures
    at other dates (:func:`_soft_checks`) add rules of their own, numbered after
    the network's and kept here, so that the network stays as propagation left it.
    """

    def __init__(self, ctx: Context, cells: Cells) -> None:
        self.ctx = ctx
        self.cells = cells
        self._nearest = _Nearest(cells)
        self._first_extra = len(cells.net.rules)
        self._extra: list[tuple[Rule, str, str]] = []

    def add(self, rule: Rule, relation: str, text: str) -> int:
        """A checking rule (never propagated) standing for ``relation``; its number."""
        self._extra.append((rule, relation, text))
        return self._first_extra + len(self._extra) - 1

    def _entry(self, index: int) -> tuple[Rule, str, str]:
        """Rule number ``index`` with the relation it stands for and its sentence."""
        if index >= self._first_extra:
            return self._extra[index - self._first_extra]
        cells = self.cells
        return cells.net.rules[index], cells.relation[index], cells.text[index]

    def rule(self, index: int) -> Rule:
        return self._entry(index)[0]

    def relation(self, index: int) -> str:
        return self._entry(index)[1]

    def text(self, index: int) -> str:
        return self._entry(index)[2]

    def _starts(
        self, figures: Iterable[str], rules: Sequence[Rule], reading: Reading, whole_numbers: bool
    ) -> tuple[dict[int, Interval], dict[int, bool], dict[int, list[str]]]:
        """Each cell's starting bounds, whether it is whole, and the figures seeding it."""
        cells = self.cells
        start: dict[int, Interval] = {}
        whole: dict[int, bool] = {}
        seeds: dict[int, list[str]] = {}
        for c in {c for r in rules for c in r.cells}:
            m = cells.measure[c]
            whole[c] = m.whole and whole_numbers
            start[c] = m.domain.integral() if whole[c] else m.domain
        for fid in figures:
            f = self.ctx.figure(fid)
            c = cells.of_figure(f)
            iv = self.ctx.read(f, reading)
            start[c] = start.get(c, Interval.unbounded()) & iv
            whole[c] = cells.measure[c].whole and whole_numbers
            seeds.setdefault(c, []).append(fid)
        return start, whole, seeds

    def feasible(
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
        chosen = [self.rule(i) for i in rules]
        start, whole, _ = self._starts(figures, chosen, reading, whole_numbers)
        if any(iv.is_empty for iv in start.values()):
            return False
        return satisfiable(start, chosen, whole=whole, cycles_first=True)

    def failing(
        self, figures: Iterable[str], rules: Sequence[int], reading: Reading
    ) -> _Found | None:
        """What fails when these figures, read so, and these rules cannot all hold.

        The figures and rules behind the first failure propagation meets (not made
        minimal), and the cells it leaves with no value; None when it meets none.
        """
        chosen = [self.rule(i) for i in rules]
        start, whole, seeds = self._starts(figures, chosen, reading, True)
        why = {c: Reason(figures=tuple(ids)) for c, ids in seeds.items()}
        failure = first_failure(start, chosen, whole=whole, why=why)
        if failure is None:
            return None
        ids, local = explain(*failure.reasons)
        used = tuple(dict.fromkeys(rules[r] for r in (*failure.rules, *local)))
        return _Found(figures=tuple(sorted(ids)), rules=used, cells=failure.cells)

    def collision(
        self, figures: Iterable[str], rules: Sequence[int], reading: Reading
    ) -> tuple[int, Collision] | None:
        """The cell these figures and rules first leave with no value, and the two ends
        that met there; None when they hold, or fail with no such pair of ends (a
        cycle of rules, a figure's cell empty from the start)."""
        chosen = [self.rule(i) for i in rules]
        start, whole, _ = self._starts(figures, chosen, reading, True)
        # A cycle of rules asking a value to exceed itself has no such ends: looked for
        # first among a few cells, it is not crept up to propagation's cap.
        failure = first_failure(start, chosen, whole=whole, cycles_first=True)
        if failure is None or failure.ends is None:
            return None
        return failure.cells[0], failure.ends

    def minimise(
        self, figures: Sequence[str], rules: Sequence[int], *, reading: Reading | None = None
    ) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """Drop each figure and rule the conflict does not need (a deletion pass).

        Under ``reading`` (the run's when None). Affordable only for small
        conflicts (at most :data:`MINIMISE_LIMIT` elements); larger ones are
        reported as found.
        """
        reading = self.ctx.reading if reading is None else reading
        figs, rs = list(figures), list(rules)
        if len(figs) + len(rs) > MINIMISE_LIMIT or self.feasible(figs, rs, reading):
            return tuple(figs), tuple(rs)
        # Figures first: a conflict the relations make by themselves (a ≤ b, b ≤ a − 1)
        # is found as such, not as two figures of one measure that also disagree.
        beside: list[int] | None = None
        for f in list(figs):
            trial_f = [x for x in figs if x != f]
            if not self.feasible(trial_f, rs, reading):
                figs = trial_f
                continue
            # The rules found may need ``f`` where rules beside them do not: a running
            # count's period against a day inside it holds by the days' never-falls rules
            # without the day the explanation went through.
            if beside is None:
                beside = self._beside(rs)
            if beside and not self.feasible(trial_f, [*rs, *beside], reading):
                figs, rs, beside = trial_f, [*rs, *beside], []
        for r in list(rs):
            trial = [x for x in rs if x != r]
            if trial and not self.feasible(figs, trial, reading):
                rs = trial
        return tuple(figs), tuple(rs)

    def _beside(self, rules: Sequence[int]) -> list[int]:
        """Small rules (of at most :data:`BESIDE_CELLS` cells) near the cells of ``rules``,
        not among them, nearest first: at most :data:`BESIDE_MOST` for each of ``rules``.

        Breadth first from the cells ``rules`` read, through small rules only: a day's
        never-falls rule, then the next day's, out to the days between a period's ends.
        """
        net = self.cells.net
        given = set(rules)
        found: list[int] = []
        most = BESIDE_MOST * len(rules)
        seen: set[int] = set()
        todo: list[int] = []
        for index in rules:
            if index < self._first_extra:
                todo.extend(c for c in net.rules[index].cells if c not in seen)
                seen.update(todo)
        while todo and len(found) < most:
            later: list[int] = []
            for cell in todo:
                for other in net.rules_at(cell):
                    cells = net.rules[other].cells
                    if other in given or len(cells) > BESIDE_CELLS:
                        continue
                    given.add(other)
                    found.append(other)
                    if len(found) >= most:
                        return found
                    fresh = [c for c in cells if c not in seen]
                    seen.update(fresh)
                    later.extend(fresh)
            todo = later
        return found

    def nearest(self, m: Measure, cell: int, relation: str) -> int | None:
        return self._nearest(m, cell, relation)

    def relations_behind(self, cell: int) -> frozenset[str]:
        """The relations behind a cell's bounds."""
        return self._nearest.relations_behind(cell)


#: The rules :meth:`_Checker.minimise` also tries beside a conflict's: of at most this many
#: cells (a ≤ between two counts, a count and its one part), at most so many a rule found.
BESIDE_CELLS: Final = 3
BESIDE_MOST: Final = 4


def _relation_failures(checker: _Checker, failures: Sequence[Failed]) -> list[_Found]:
    found = []
    for failed in failures:
        failure = failed.failure
        near = failed.nearest
        figures, rules = _nearest_conflict(checker, failure) if near is None else near
        context = tuple(sorted(figures))
        figures, rules = checker.minimise(figures, rules) if failed.least is None else failed.least
        found.append(
            _Found(
                figures=tuple(sorted(figures)), rules=rules, cells=failure.cells, context=context
            )
        )
    return found + _soft_checks(checker)


#: The figures and rules nearest a failure that cannot all hold (:func:`_nearest_conflict`).
_Near = tuple[tuple[str, ...], tuple[int, ...]]


@attrs.frozen
class Failed:
    """A failure of propagation, handed on to the conflicts stage.

    ``nearest`` is the set of figures and rules nearest it that cannot all hold
    (:func:`_nearest_conflict`) when propagation worked it out, else None: then
    :func:`find` works it out, so each failure's is worked out once.
    """

    failure: Failure
    nearest: _Near | None = None
    #: That set made minimal, when propagation worked it out too.
    least: _Near | None = None


class NearestConflicts:
    """The figures nearest each failure of ``cells`` that cannot all hold (for propagation).

    Called with a failure while the cells are still being narrowed, for the
    failures whose reasons go back a long way (:meth:`Cells.propagate`); see
    :func:`_nearest_conflict`; :meth:`minimal` makes that set minimal. What it
    worked out goes on to :func:`find` with the failures (:meth:`failed`), not to
    be worked out again there.
    """

    def __init__(self, ctx: Context, cells: Cells) -> None:
        self._checker = _Checker(ctx, cells)
        # By the failure's identity: the failure itself (keeping it alive) and its set.
        self._known: dict[int, tuple[Failure, _Near]] = {}
        self._least: dict[int, _Near] = {}

    def _near(self, failure: Failure) -> _Near:
        known = self._known.get(id(failure))
        if known is None:
            known = self._known[id(failure)] = (failure, _nearest_conflict(self._checker, failure))
        return known[1]

    def __call__(self, failure: Failure) -> tuple[str, ...]:
        return self._near(failure)[0]

    def minimal(self, failure: Failure) -> tuple[str, ...]:
        """The figures of the conflict :func:`find` reports for ``failure`` (made minimal)."""
        least = self._least.get(id(failure))
        if least is None:
            least = self._least[id(failure)] = self._checker.minimise(*self._near(failure))
        return least[0]

    def failed(self, failures: Iterable[Failure]) -> tuple[Failed, ...]:
        """The failures with the nearest sets (and minimal ones) worked out for them so far."""
        known, least = self._known, self._least
        return tuple(
            Failed(f, known[id(f)][1], least.get(id(f))) if id(f) in known else Failed(f)
            for f in failures
        )


def nearest(ctx: Context, cells: Cells) -> NearestConflicts:
    """The figures nearest each failure of ``cells`` that cannot all hold: see
    :class:`NearestConflicts`."""
    return NearestConflicts(ctx, cells)


#: The reasons nearest a failure first looked among for a conflict (then twice as many,
#: and so on, up to :data:`NEAREST_LAST`): see :func:`_nearest_conflict`.
NEAREST_FIRST: Final = 8
NEAREST_LAST: Final = 1024


def _nearest_conflict(
    checker: _Checker, failure: Failure
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The figures and rules behind a failure, nearest first: as few as cannot all hold.

    A failure's reasons go back along every rule that narrowed its cell: for a
    flow, along the running count to its first day, as the count at each day
    rests on every day before. Yet two derivations of one running count differ
    only past the day where they part (the day's count and its two-day period
    against the next day's): the figures before cancel out. So the reasons
    nearest the failure are tried first — a few, then twice as many, and so on —
    and the first set that cannot hold under the run's reading is the conflict's
    (to be made minimal); all of them when no set of up to :data:`NEAREST_LAST`
    reasons fails. Each conflict then names what contradicts, and is found in
    time for its own size, not for the length of the chain behind it.
    """
    reading = checker.ctx.reading
    limit: int | None = NEAREST_FIRST
    while True:
        figures, rules, complete = explain_nearest(*failure.reasons, limit=limit)
        rules = tuple(dict.fromkeys((*failure.rules, *rules)))
        if complete or limit is None or not checker.feasible(figures, rules, reading):
            return figures, rules
        limit = 2 * limit if limit < NEAREST_LAST else None


def _excluded(
    checker: _Checker, groups: Sequence[Group], shown: Collection[tuple[str, DateSpan | None]]
) -> list[_Found]:
    """Tied largest sets that the relations exclude: each with what excludes it.

    A tied set below the propagated bounds conflicts with whatever gives their
    low end; one above, with whatever gives their high end: each of its figures
    the bounds exclude, but one saying as much as a figure already named. The
    groups of ``shown`` (measure id and span) are not looked at: a fall shows why
    they were set aside.
    """
    cells = checker.cells
    net = cells.net
    found = []
    for g in groups:
        if not g.excluded or (g.measure.id, g.span) in shown:
            continue
        cell = cells.index.at(g.measure.id, g.span)
        bounds = net.bounds[cell]
        named: list[Interval] = []  # the readings of the figures named so far
        for s, members in zip(g.stretches, members_of_each(g.stretches, g.readings), strict=True):
            if s.consensus.overlaps(bounds):
                # Excluded from the tie's hull, which this network no longer starts from:
                # its bounds cannot say why, so every rule around the cell is tried.
                rules = net.rules_around(cell)
                around = {c for i in rules for c in net.rules[i].cells}
                seeds, _ = explain(*(w for c in around for w in (net.lo_why[c], net.hi_why[c])))
                ids = dict.fromkeys((s.lo_figure.id, s.hi_figure.id, *seeds))
                figures, rules = checker.minimise(tuple(ids), rules)
                found.append(_Found(figures=tuple(sorted(figures)), rules=rules, cells=(cell,)))
                continue
            below = hi_key(s.consensus) < lo_key(bounds)
            figure = s.hi_figure if below else s.lo_figure
            behind, used = explain(net.lo_why[cell] if below else net.hi_why[cell])
            # Each figure of the set the bounds exclude, the one giving the set's end
            # first: another saying less ("at most 1" beside "1") is in no conflict of
            # its own otherwise. One saying as much as a figure named (its reading within
            # that one's) is in that one's conflict already.
            excluded = [
                (g.figures[i], g.readings[i]) for i in members if not g.readings[i].overlaps(bounds)
            ]
            excluded.sort(key=lambda fi: fi[0] is not figure)
            for f, iv in excluded:
                if f is not figure and any(other.contains(iv) for other in named):
                    continue
                named.append(iv)
                figures, rules = checker.minimise((f.id, *behind), used)
                found.append(_Found(figures=tuple(sorted(figures)), rules=rules, cells=(cell,)))
    return found


def _hidden_contradictions(
    checker: _Checker, groups: Sequence[Group], per_cell: Mapping[int, Sequence[Conflict]]
) -> list[_Found]:
    """Figures that cannot all hold even read leniently, where only tensions were found.

    Propagation under the run's reading stops at the first cell it leaves with no
    value, and a conflict found there is made minimal under that reading: a
    tension can hide a contradiction among other figures of the same component of
    rules (a month of "about 10" and a quarter of 0 behind a tension between
    months), and then no finding would say that the statements cannot all be
    true. So each component of rules with a conflict but no contradiction has its
    counts — every figure of its groups, agreeing or not — and rules checked once
    read leniently; a failure is made minimal read leniently, so it is a
    contradiction. Only flows and events: a level's figures at different dates,
    or a running total's within a long as-of span, can differ without
    contradicting each other.
    """
    cells = checker.cells
    if checker.ctx.reading == "lenient" or not any(
        cells.measure[c].kind in ("flow", "event") for c in per_cell
    ):
        return []  # read leniently already, or no conflict of a flow or an event
    net = cells.net
    label = net.components()
    todo = {label[c] for c in per_cell}
    for c, known in per_cell.items():
        if any(conflict.kind == "contradiction" for conflict in known):
            todo.discard(label[c])
    for c, m in enumerate(cells.measure):
        if m.kind in ("level", "cumulative"):
            todo.discard(label[c])
    if not todo:
        return []
    figures: dict[int, list[str]] = {}
    for cell, g in enumerate(groups):  # group i's cell is i
        if label[cell] in todo:
            figures.setdefault(label[cell], []).extend(f.id for f in g.figures)
    rules: dict[int, list[int]] = {}
    for index, rule in enumerate(net.rules):
        if rule.cells and label[rule.cells[0]] in todo:
            rules.setdefault(label[rule.cells[0]], []).append(index)
    out = []
    for component in sorted(todo):
        found = checker.failing(figures.get(component, []), rules.get(component, []), "lenient")
        if found is None:
            continue
        ids, used = checker.minimise(found.figures, found.rules, reading="lenient")
        out.append(_Found(figures=tuple(sorted(ids)), rules=used, cells=found.cells))
    return out


#: What a level's own figures say at a date: their consensus and the reason it rests on.
Own = tuple[Interval, Reason]
#: A soft check of a relation (:func:`_soft_checks`): its date, its distance from the
#: figures it borrows, its order, the rule as checked (None where it holds) and why each
#: of its cells is bounded.
_Checked = tuple[float, float, int, "Rule | None", dict[int, tuple["Why", "Why"]]]


def _soft_checks(checker: _Checker) -> list[_Found]:
    """Level figures at other dates than a relation's: checked, never narrowed.

    A relation holds at each date one of its measures has a figure; a level with none
    then is checked through its nearest figure (:class:`_Nearest`). Of the checks of a
    relation with the same borrowed figures, those that fail on consecutive dates tell
    one discrepancy: the one at the date nearest the borrowed figures is told. A total
    stated for April beside parts stated on 30 April and, for one part, each month after
    fails on 30 April and, borrowing the other part too, on each date after — told on 30
    April and the first date after, not again each month. A date where the check holds
    ends a run: a part at 900 in May and June, 600 in July and 100 in August, beside an
    April total its April figures fit, is told in May and in August.
    """
    cells = checker.cells
    net = cells.net
    groups: dict[tuple[str, frozenset[int]], list[_Checked]] = {}
    for k, (index, virtual) in enumerate(cells.soft):
        rule = net.rules[index]
        mapping = {c: c for c in rule.cells}
        relation = cells.relation[index]
        own: dict[int, Own] = {}
        for cell, m in virtual.items():
            nearest = checker.nearest(m, cell, relation)
            if nearest is None:
                continue
            if relation in checker.relations_behind(nearest):
                said = _own_figures(checker, nearest)
                if said is None:  # nothing but the relation bounds it there: no check
                    continue
                if said is not _AS_PROPAGATED:
                    own[nearest] = said
            mapping[cell] = nearest
        borrowed = frozenset(n for c, n in mapping.items() if n != c)
        if not borrowed:
            continue
        moved = rule.remap(mapping)
        if any(net.dead[c] for c in moved.cells):
            continue
        here = _middle_ordinal(cells.span[next(iter(virtual))])
        far = sum(abs(_middle_ordinal(cells.span[n]) - here) for n in borrowed)
        start = {c: net.bounds[c] for c in moved.cells}
        why = {c: (net.lo_why[c], net.hi_why[c]) for c in moved.cells}
        for c, (reading, seed) in own.items():
            start[c], why[c] = reading, (seed, seed)
        holds = satisfiable(start, [moved], whole={c: net.whole[c] for c in moved.cells})
        groups.setdefault((relation, borrowed), []).append(
            (here, far, k, None if holds else moved, why)
        )
    chosen: list[_Checked] = []
    for checks in groups.values():
        checks.sort(key=lambda c: (c[0], c[2]))
        run: list[_Checked] = []
        for check in [*checks, (0.0, 0.0, -1, None, {})]:  # a holding check ends a run
            if check[3] is not None:
                run.append(check)
            elif run:
                chosen.append(min(run, key=lambda c: (c[1], c[2])))
                run = []
    found = []
    for _, _, k, failed, why in sorted(chosen, key=lambda c: c[2]):
        assert failed is not None
        moved = failed
        index = cells.soft[k][0]
        rule_id = checker.add(moved, cells.relation[index], cells.text[index])
        reasons = [w for c in moved.cells for w in why[c]]
        figures, rules = explain(*reasons)
        figures, rules = checker.minimise(figures, (rule_id, *rules))
        found.append(
            _Found(figures=tuple(sorted(figures)), rules=rules, cells=moved.cells, soft=True)
        )
    return found


#: :func:`_own_figures` of a cell whose propagated bounds stand (its largest sets tie).
_AS_PROPAGATED: Final = (Interval.unbounded(), Reason())


def _own_figures(checker: _Checker, cell: int) -> tuple[Interval, Reason] | None:
    """What a level's own figures say at another date, not what a relation made of them.

    The level's bound at that date may rest on the relation being checked there
    (refugees abroad in January narrowed by January's departures less returns);
    checking the relation in May against it would check the relation against
    itself, as if the stock had not changed. Its agreeing counts' consensus, with
    them as the reason, is what it says by itself; None when it has no count (only
    estimates, say): then nothing but relations bound it there, and it is not
    checked. A group whose largest sets tie keeps its propagated bounds.
    """
    g = checker.cells.group[cell]
    if g is None or not g.agreeing or g.consensus.is_empty:
        return None
    if g.tied:
        return _AS_PROPAGATED
    m = g.measure
    domain = values_of(m)
    seed = Reason(figures=tuple(g.figures[i].id for i in g.agreeing))
    return g.consensus & domain, seed


class _Nearest:
    """The cell of a level measure at another date to check a relation against.

    Cells with figures of their own come first, nearest in time (by the middle of
    their spans) first, ties by span; a cell without figures qualifies only when
    relations bounded it, and not when the relation being checked is among them:
    a value that relation gave the measure at another date would check the
    relation against itself across dates (refugees abroad = departures − returns
    in January would say that the stock of May was the same). Each measure's cells
    are sorted once, and those usable for a relation kept once (:meth:`_usable`); a
    query is a bisection among them.
    """

    def __init__(self, cells: Cells) -> None:
        self.cells = cells
        self._sorted: dict[tuple[str, bool], tuple[list[float], list[int]]] = {}
        self._usable_cells: dict[tuple[str, bool, str], tuple[list[float], list[int]]] = {}
        self._behind: dict[int, frozenset[str]] = {}

    def relations_behind(self, cell: int) -> frozenset[str]:
        """The relations behind a cell's bounds (worked out once per cell)."""
        found = self._behind.get(cell)
        if found is None:
            net, relation = self.cells.net, self.cells.relation
            _, rules = explain(net.lo_why[cell], net.hi_why[cell])
            found = self._behind[cell] = frozenset(relation[r] for r in rules)
        return found

    def _by_middle(self, m: Measure, virtual: bool) -> tuple[list[float], list[int]]:
        key = (m.id, virtual)
        known = self._sorted.get(key)
        if known is None:
            cells = self.cells
            chosen = [
                c
                for c in cells.of_measure.get(m.id, ())
                if cells.span[c] is not None and (cells.group[c] is None) == virtual
            ]
            chosen.sort(key=lambda c: (_middle_ordinal(cells.span[c]), span_key(cells.span[c])))
            known = self._sorted[key] = (
                [_middle_ordinal(cells.span[c]) for c in chosen],
                chosen,
            )
        return known

    def _usable(
        self, m: Measure, virtual: bool, relation: str, domain: Interval
    ) -> tuple[list[float], list[int]]:
        """The cells of ``_by_middle`` a check of ``relation`` may use, in the same order:
        none left with no value, and of those without figures none the relations left at
        the domain or bounded through ``relation`` itself. Worked out once a measure and
        relation: a walk over the unusable ones a check made checking a level at N dates
        against a relation that derived it at each quadratic."""
        key = (m.id, virtual, relation if virtual else "")
        known = self._usable_cells.get(key)
        if known is None:
            net = self.cells.net
            middles, order = self._by_middle(m, virtual)
            kept = [
                k
                for k, c in enumerate(order)
                if not net.dead[c]
                and not (
                    virtual and (net.bounds[c] == domain or relation in self.relations_behind(c))
                )
            ]
            known = self._usable_cells[key] = ([middles[k] for k in kept], [order[k] for k in kept])
        return known

    def __call__(self, m: Measure, cell: int, relation: str) -> int | None:
        span = self.cells.span[cell]
        assert span is not None
        here = _middle_ordinal(span)
        domain = values_of(m)
        for virtual in (False, True):
            middles, order = self._usable(m, virtual, relation, domain)
            best: tuple[float, tuple[dt.date, dt.date], int] | None = None
            j = bisect.bisect_left(middles, here)
            # Look outwards on both sides: the first cell on a side is the nearest there,
            # and those after it at the same middle tie with it.
            for step in (-1, 1):
                k = j - 1 if step < 0 else j
                previous: float | None = None
                while 0 <= k < len(order):
                    c = order[k]
                    if c == cell:
                        k += step
                        continue
                    if previous is not None and middles[k] != previous:
                        break
                    candidate = (abs(middles[k] - here), span_key(self.cells.span[c]), c)
                    if best is None or candidate < best:
                        best = candidate
                    previous = middles[k]
                    k += step
            if best is not None:
                return best[2]
        return None


def _middle_ordinal(span: DateSpan | None) -> float:
    assert span is not None
    return (span.start.toordinal() + span.end.toordinal()) / 2


def _key_of(checker: _Checker, found: _Found) -> _Key:
    """The figures and relations of the conflict :func:`_relation_conflict` makes of
    ``found``, as its key (found before the conflict is written)."""
    return frozenset(found.figures), frozenset(map(checker.relation, found.rules))


def _relation_conflict(ctx: Context, checker: _Checker, found: _Found) -> Conflict:
    cells = checker.cells
    rules = found.rules
    relations = tuple(dict.fromkeys(map(checker.relation, rules)))
    texts = tuple(dict.fromkeys(map(checker.text, rules)))
    lenient_holds = checker.feasible(found.figures, rules, "lenient")
    kind: ConflictKind = "tension" if lenient_holds or found.soft else "contradiction"
    said = [say(ctx, f, ctx.read(ctx.figure(f))) for f in found.figures]
    parts = "; ".join(said) if said else "no figure at all"
    rule_text = "; ".join(texts)
    text = f"{parts}; and {rule_text}: they cannot all hold under the {ctx.reading} reading."
    met = checker.collision(found.figures, rules, ctx.reading)
    if met is not None:
        text += _collision_sentence(cells, *met, dated=not found.soft)
    whole = sorted(_whole_ids(checker, rules))
    # Only whole-numbered measures can make the difference; without any, a check that
    # cannot prove the failure (propagation from unbounded cells, or ends rounded
    # outwards near the number limit) is no reason to blame whole numbers.
    if whole and checker.feasible(found.figures, rules, ctx.reading, whole_numbers=False):
        *rest, last = whole
        counted = f"{', '.join(rest)} and {last}" if rest else last
        text += (
            f" Only because {counted} must be whole numbers: with fractions"
            " allowed they could all hold."
        )
    if kind == "contradiction" and ctx.reading != "lenient":
        text += " Even read leniently they cannot: a contradiction."
    elif found.soft:
        text += (
            " Figures of a level measure at different dates were compared, so this is"
            " only a tension."
        )
    elif kind == "tension":
        text += " Read leniently they can, so this is a tension."
    falls_only = all(_never_falls(checker.rule(i)) for i in rules)
    cause: Cause = "fall" if rules and falls_only else "relation"
    if cause == "fall" and len(found.figures) == 2:
        earlier, later = sorted(map(ctx.figure, found.figures), key=_dated)
        text += correction_hint(earlier, later)
    cell = found.cells[0]
    return Conflict(
        figures=found.figures,
        relations=relations,
        kind=kind,
        explanation=text,
        measure=cells.measure[cell].id,
        as_of=cells.as_of(cell),
        cause=cause,
    )


def _collision_sentence(cells: Cells, cell: int, ends: Collision, *, dated: bool) -> str:
    """ " Together they make m as of d at least 30200 and at most 21807.5.", or, when
    figures of other dates were taken as of one (not ``dated``), " Taken as of one
    date, they would make m at least … and at most …"."""
    at = cells.as_of(cell)
    measure = cells.measure[cell].id
    low = f"{'at least' if ends.lo_closed else 'more than'} {format_number(ends.lo)}"
    high = f"{'at most' if ends.hi_closed else 'less than'} {format_number(ends.hi)}"
    if not dated:
        return f" Taken as of one date, they would make {measure} {low} and {high}."
    where = measure if at is None else f"{measure} as of {at}"
    return f" Together they make {where} {low} and {high}."


def _whole_ids(checker: _Checker, rules: Iterable[int]) -> set[str]:
    """The ids of the whole-numbered measures these rules tie together."""
    measure = checker.cells.measure
    return {measure[c].id for i in rules for c in checker.rule(i).cells if measure[c].whole}


def _dated(f: Figure) -> tuple[dt.date, dt.date]:
    return f.as_of.end, f.as_of.start


def _never_falls(rule: Rule) -> bool:
    """True for a running total's time rule with no events: it says only that it never falls."""
    if isinstance(rule, StepRule):
        return not rule.sure and not rule.possible
    return isinstance(rule, NeverFallsRule)


def _span_of(g: Group) -> DateSpan | None:
    return g.span
