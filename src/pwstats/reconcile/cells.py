"""Stage 3, cells and rules: the unknowns and the constraints between them.

A *cell* is the unknown value of one measure at one comparable time (an event
measure has one cell; a level or running total one per as-of span). Each group's
cell starts at its agreeing figures' consensus (the hull of the tied sets' when
largest sets tie). Relations become rules at every span where one of their
measures has a cell — making cells without figures where needed, so bounds flow
along chains of relations — and a running total gets the time rules that say it
never falls and rises by at least the events dated in between.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, NamedTuple, Protocol

from pwstats import units
from pwstats.dates import DateSpan
from pwstats.errors import UnitError
from pwstats.interval import INF, Interval
from pwstats.model import Accumulates, Dataset, Figure, LessEqual, Measure, Relation, Share, Sum
from pwstats.reconcile.periods import PeriodsRule
from pwstats.reconcile.propagate import (
    ONE,
    Explanations,
    Failure,
    LessEqualRule,
    Network,
    NeverFallsRule,
    Reason,
    Rule,
    ShareRule,
    StepRule,
    SumRule,
    Why,
    explain,
    explain_nearest,
    satisfiable,
)
from pwstats.reconcile.sweep import Group, hi_key, in_span_order, lo_key
from pwstats.report import Because

__all__ = ["CellIndex", "Cells", "Past", "Settled", "build"]


@functools.lru_cache(maxsize=1024)
def _factor(unit: str, to: str) -> Fraction:
    """The factor from ``unit`` to ``to``; :data:`~pwstats.reconcile.propagate.ONE` for 1.

    Remembered: a sum over 100,000 parts asks for the same pair 100,000 times.
    """
    if unit == to:
        return ONE
    factor = units.factor(unit, to)
    return ONE if factor == 1 else factor


class CellIndex:
    """The cells of each measure by span (an event measure's one cell by None).

    A dictionary per measure, keyed by a one-day span's day and by a longer span's
    (start, end): the day is a date its figures already hold, so a long series of
    daily figures adds no key object a cell (a key tuple a cell was a tenth of the
    memory of reconciling one). Read from the cells' own lists of measures and
    spans, and built only when first asked, then brought up to date with the cells
    made since at each question: a run with no relation, no fall and no tie (a
    long series that only rises) never needs it. Internal cells are not indexed.
    """

    __slots__ = ("_internal", "_measure", "_of", "_seen", "_span")

    def __init__(
        self,
        measure: Sequence[Measure],
        span: Sequence[DateSpan | None],
        internal: Container[int],
    ) -> None:
        self._measure, self._span, self._internal = measure, span, internal
        self._of: dict[str, dict[object, int]] = {}
        self._seen = 0

    def _sync(self) -> dict[str, dict[object, int]]:
        """The index, with every cell made since the last question added."""
        of, key = self._of, self._key
        if self._seen < len(self._measure):
            for cell in range(self._seen, len(self._measure)):
                if cell not in self._internal:
                    of.setdefault(self._measure[cell].id, {})[key(self._span[cell])] = cell
            self._seen = len(self._measure)
        return of

    @staticmethod
    def _key(span: DateSpan | None) -> object:
        if span is None:
            return None
        start, end = span.start, span.end
        return start if start == end else (start, end)

    def get(self, measure: str, span: DateSpan | None) -> int | None:
        """The cell of ``measure`` at ``span`` (None for an event measure), if there is one."""
        cells = self._sync().get(measure)
        return None if cells is None else cells.get(self._key(span))

    def at(self, measure: str, span: DateSpan | None) -> int:
        """The cell of ``measure`` at ``span``; KeyError if there is none."""
        return self._sync()[measure][self._key(span)]


class CellRuns:
    """A set of cell numbers kept as runs ``[start, stop)``, added in increasing order.

    A flow's running cells are made one after another, a cell a period: a run for
    them all rather than a set entry a cell.
    """

    __slots__ = ("_starts", "_stops")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._stops: list[int] = []

    def add(self, cell: int) -> None:
        """Add ``cell``, above every cell added so far."""
        assert not self._stops or cell >= self._stops[-1]
        if self._stops and self._stops[-1] == cell:
            self._stops[-1] = cell + 1
        else:
            self._starts.append(cell)
            self._stops.append(cell + 1)

    def __contains__(self, cell: object) -> bool:
        if not isinstance(cell, int):
            return False
        i = bisect.bisect_right(self._starts, cell) - 1
        return i >= 0 and cell < self._stops[i]


class Past(NamedTuple):
    """A cell's bounds taken past a contradiction's cut (``pwstats.reconcile``'s
    ``_PastTheCut``), and the end taken from the run without the figures set aside on
    each side that changed (None: the cell's own end)."""

    interval: Interval
    low: Because | None
    high: Because | None


class Settled(NamedTuple):
    """What a finished run keeps to say what gives each bound, after the report is made.

    Each cell's measure, bounds and reasons, each rule's relation and sentence, and
    the cells by key: the lists of the run's :class:`Cells` and network themselves,
    not copies, but none of the rules, watch lists or groups, which a report holding
    its run would otherwise keep alive (about half its memory on a long series).
    """

    cell_of: CellIndex
    measure: Sequence[Measure]
    bounds: Sequence[Interval]
    lo_why: Sequence[Why]
    hi_why: Sequence[Why]
    relation: Sequence[str]
    text: Sequence[str]
    #: Explanations of the ends' reasons, each relation once, remembered across queries
    #: (a view with more rules extends it: :meth:`with_rules`).
    explained: Explanations

    def with_rules(self, relation: Sequence[str], text: Sequence[str], **cells: Any) -> Settled:
        """A view of these cells (``cells``: measure, bounds, lo_why, hi_why) with the
        rules' relations and sentences ``relation`` and ``text``: these and more."""
        explained = self.explained.extended(lambda rule: (relation[rule], text[rule]))
        return self._replace(relation=relation, text=text, explained=explained, **cells)

    @classmethod
    def of(cls, cells: Cells) -> Settled:
        net = cells.net
        relation, text = cells.relation, cells.text
        return cls(
            cells.index,
            cells.measure,
            net.bounds,
            net.lo_why,
            net.hi_why,
            relation,
            text,
            Explanations(lambda rule: (relation[rule], text[rule]), len(relation)),
        )


class Cells:
    """The network of one run and what each cell and rule stands for.

    Built by this stage and narrowed by propagation; after that it is only read:
    later stages read ``measure``, ``span`` and ``group`` (indexed by cell),
    ``relation`` and ``text`` (indexed by rule) and the network's bounds and
    reasons (conflicts keep the checking rules they add to themselves). The cells
    :func:`build` makes for its groups come first, in the groups' order: group
    ``i``'s cell is ``i``.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.net = Network()
        self.measures = {m.id: m for m in dataset.measures}
        self.measure: list[Measure] = []
        self.span: list[DateSpan | None] = []
        self.group: list[Group | None] = []
        self.of_measure: dict[str, list[int]] = {}
        self.relation: list[str] = []
        self.text: list[str] = []
        #: Relation instances at spans where a level measure had no figure: checked
        #: against that measure's figures at other dates, never narrowed by them.
        self.soft: list[tuple[int, dict[int, Measure]]] = []
        #: Cells of the run's own making that stand for no measure at a time a reader
        #: asks about (a flow's running sum up to a date): they get no finding.
        self.internal = CellRuns()
        self.index = CellIndex(self.measure, self.span, self.internal)
        #: Whether each cell's start holds under the rules around it (see
        #: :meth:`_holds_alone`), and those rules, by cell.
        self._holds: dict[int, tuple[bool, tuple[int, ...]]] = {}
        #: Running counts a conflict left with no value that propagation started again
        #: (see :meth:`propagate`), each with the reasons of the ends that collided there.
        self.revived: list[tuple[int, tuple[Why, ...]]] = []

    def add_cell(self, measure: Measure, span: DateSpan | None, group: Group | None) -> int:
        if measure.kind == "event":
            span = None
        start, lo_why, hi_why = _start(measure, group)
        cell = self.net.add_cell(start, whole=measure.whole, lo_why=lo_why, hi_why=hi_why)
        self.of_measure.setdefault(measure.id, []).append(cell)
        self.measure.append(measure)
        self.span.append(span)
        self.group.append(group)
        return cell

    def propagate(
        self, nearest: Nearest | None = None, *, conflicted: Iterable[str] = ()
    ) -> list[Failure]:
        """Narrow every cell to a fixpoint; return the failures (cells left with no value).

        A cell left with no value is dead and the rules touching it stop applying,
        but the live cells keep what propagation made of them before, from both
        sides of the conflict: a period's count narrowed by figures that cannot all
        hold, under a finding that says "consistent". So after a failure the
        figures on one side of it are taken back: in each component of rules with
        a dead cell, every live cell starts again (:meth:`start`), those of the
        figures taken back are held there (they show what their own figures say,
        and the rules touching them are not applied, as for the dead cells), and
        the rules run again; as many times as new failures come (each leaves more
        cells dead, so this ends). The side of a failure taken back is the one
        that moved an end past the other (the figures behind it and not behind
        the end that stood), unless the end that stood rests only on the dead
        cells' own figures, which reach nothing once those cells are dead; behind
        a cycle of rules, every figure but the dead cells' own is taken back. No
        live cell's bound then rests on figures from both sides of a conflict.

        Where the reasons behind a failure are many (more than
        :data:`EXACT_SIDES` of them: a running count's go back to its first day),
        ``nearest`` names the figures nearest the failure that cannot all hold
        (:func:`pwstats.reconcile.conflicts.nearest`), and only those of them on
        the side that moved are taken back: the figures further back are behind
        both ends alike, or hold with everything left, and walking both chains to
        their start at every failure made a long series quadratic.

        Last, the conflicts the dead cells hid are looked for (:meth:`_behind_the_dead`),
        among figures in none found so far nor of ``conflicted`` (figures in conflicts
        found apart: those a fall names beside its two): their failures come after the
        others, and the bounds stay as they are.
        """
        net = self.net
        failures = net.run()
        found: list[Failure] = []
        taken_back: set[str] = set()
        label: list[int] | None = None
        members: dict[int, list[int]] = {}
        seeded: dict[str, int] | None = None  # the cell each figure seeds
        flowing = {c for c, m in enumerate(self.measure) if m.kind == "flow"} if failures else set()
        while failures:
            if label is None:
                label = net.components()
                for c, component in enumerate(label):
                    members.setdefault(component, []).append(c)
                seeded = _seeded(self.group)
            assert seeded is not None
            before = len(taken_back)
            fallen: list[tuple[int, tuple[Why, ...]]] = []
            for failure in failures:
                own = {i for c in failure.cells for i in _seeds(self.group[c])}
                impossible, rules = self._impossible(failure, seeded)
                found.append(failure)
                for c in impossible:
                    # Its own figures cannot hold with the rules: no value, and a failure
                    # of its own, from its start, so that its finding carries the conflict
                    # of its own figures (the failure that led here may be reported as a
                    # smaller conflict elsewhere, naming none of them).
                    why = Reason(parents=failure.reasons)
                    net.empty(c, why, why)
                    _, low, high = self.start(c)
                    found.append(Failure(cells=(c,), rules=rules, reasons=(low, high)))
                side = _moved_side(failure, own, nearest)
                if nearest is not None and self.measure[failure.cells[0]].kind == "flow":
                    # Only the figures of the conflict reported for it, on that side (all of
                    # them when none is): a figure taken back narrows nothing more, and one
                    # in no conflict would hide the conflicts it is in.
                    conflict = set(nearest.minimal(failure))
                    side = side.intersection(conflict) or (conflict - own) or side
                taken_back.update(side)
                fallen.extend((c, failure.reasons) for c in failure.cells if c in self.internal)
            # A flow's running count stands for no figure: left with no value it would
            # stop the rules of every period through its day, figures in no conflict with
            # theirs. With this round's sides taken back it starts again, and a conflict
            # behind it fails in its turn; only when the round took back more, so the
            # rounds end.
            revived = {c for c, _ in fallen} if len(taken_back) > before else set()
            if revived:
                self.revived.extend(fallen)
            # Only the components this round's failures are in start again: those of
            # earlier rounds settled when they did (no rule links them to the others).
            hit = {label[c] for failure in failures for c in failure.cells}
            starts = {
                c: self.start(c)
                for c in sorted(c for component in hit for c in members[component])
                if not net.dead[c] or c in revived
            }
            held = []
            for c in starts:
                if not taken_back.intersection(_seeds(self.group[c])):
                    continue
                # A flow's period starts again from its figures not taken back: held, it
                # would take every figure of its period out with them.
                rest = _start_without(self.group[c], taken_back) if c in flowing else None
                if rest is None:
                    held.append(c)
                else:
                    starts[c] = rest
            failures = net.run_again(starts, holding=held, reviving=revived)
        if found and nearest is not None:
            assert label is not None
            found.extend(self._behind_the_dead(found, nearest, label, members, conflicted))
        return found

    def _behind_the_dead(
        self,
        found: Sequence[Failure],
        nearest: Nearest,
        label: Sequence[int],
        members: Mapping[int, Sequence[int]],
        known: Iterable[str] = (),
    ) -> list[Failure]:
        """The failures that the cells left with no value hid: each a conflict of its own.

        A dead cell stops every rule through it, so a second conflict through it went
        unreported beside the first, and its figures' findings said "consistent". So
        each component of rules with a dead cell starts again, every cell from its
        figures in no conflict found so far, nor among ``known`` (in conflicts found
        apart: those a fall names beside its two) (a cell none is left to: its measure's
        domain), dead ones too; a failure then is a conflict among figures in none
        before, and the search goes on, in the components of the last round's
        failures, until a round finds no new figure (so the rounds end). Then the
        network is put back as it was: bounds and findings are as the first failures
        left them; only the conflicts are more.
        """
        net = self.net
        conflicted = set(known)  # in conflicts found apart
        for failure in found:
            conflicted.update(_conflict_of(failure, nearest))
        hit = {label[c] for c, dead in enumerate(net.dead) if dead}
        if not hit:
            return []
        kept = net.snapshot()
        more: list[Failure] = []
        try:
            while hit:
                cells = sorted(c for component in hit for c in members[component])
                starts = {c: self._start_again(c, conflicted) for c in cells}
                failures = net.run_again(starts, reviving=[c for c in cells if net.dead[c]])
                before = len(conflicted)
                for failure in failures:
                    conflicted.update(_conflict_of(failure, nearest))
                more.extend(failures)
                if len(conflicted) == before:
                    break
                hit = {label[c] for failure in failures for c in failure.cells}
        finally:
            net.restore(kept)
        return more

    def _start_again(self, cell: int, conflicted: set[str]) -> tuple[Interval, Why, Why]:
        """Where a cell starts when looking behind the dead cells: from its agreeing
        figures (the first of tied sets) in no conflict, neither of ``conflicted`` nor a
        pair its group's sweep found (:func:`_start_without`); at its measure's domain
        when none is left (or as it started, when none of its figures is taken as true).
        """
        g = self.group[cell]
        if g is None or not g.holds_value or g.excluded:
            return self.start(cell)
        paired = {f.id for pair in g.pairs for f in pair}
        gone = {f.id for f in g.figures if f.id in conflicted or f.id in paired}
        rest = _start_without(g, gone, first_of_tie=True)
        return (self.measure[cell].domain, None, None) if rest is None else rest

    def _impossible(
        self, failure: Failure, seeded: Mapping[str, int]
    ) -> tuple[list[int], tuple[int, ...]]:
        """The live cells whose own start the rules prove impossible, seen from ``failure``,
        and the rules that prove it.

        A failure may rest on a cell's own figures and the rules alone (1 person as
        2/3 of a whole number of persons: the whole dies, and the part's figure is
        all that is behind it): held at its figures, that cell would show a value no
        rule allows. Each live cell seeded by a figure behind the failure is checked
        on its own (:meth:`_holds_alone`): its start, every other cell at its measure's
        domain, under the rules around it. None when the reasons behind the failure
        are too many to walk.
        """
        figures, _, complete = explain_nearest(*failure.reasons, limit=EXACT_SIDES)
        if not complete or not figures:
            return [], ()
        net = self.net
        candidates = {
            c for f in figures if (c := seeded.get(f)) is not None and not net.dead[c]
        } - set(failure.cells)
        if not candidates:
            return [], ()
        impossible = [c for c in sorted(candidates) if not self._holds_alone(c)[0]]
        return impossible, tuple(dict.fromkeys(i for c in impossible for i in self._holds[c][1]))

    def _holds_alone(self, cell: int) -> tuple[bool, tuple[int, ...]]:
        """Whether ``cell``'s start can hold under the rules around it, every other cell
        free (at its measure's domain), and those rules: at most :data:`AROUND` of them
        over at most :data:`AROUND_CELLS` cells, the nearest first, a flow's periods left
        out (and a rule that would take the cells past that many).

        Whether a start holds depends on the cell and the rules alone, not on a
        failure: each cell is checked once, however many failures lead to it. The
        rules are those around the cell, not the whole of a component or every rule
        behind a failure: a long stretch of conflicts checked hundreds of cells through
        hundreds of rules at each failure; and a rule over thousands of cells (a sum's
        parts) checked at each of them was quadratic. A flow's periods rule out no count of one
        cell its domain allows while every other cell is free (the other days take up
        the difference). Fewer rules can only prove fewer cells impossible, never one
        that is not; and rules that cannot hold whatever the figures say make no cell
        impossible (a conflict of relations alone is no cell's own).
        """
        known = self._holds.get(cell)
        if known is not None:
            return known
        net = self.net
        chosen: dict[int, None] = {}
        seen, queue = {cell}, collections.deque([cell])
        while queue and len(chosen) < AROUND:
            for i in net.watching(queue.popleft()):
                rule = net.rules[i]
                if i in chosen or isinstance(rule, PeriodsRule):
                    continue
                if len(rule.cells) > AROUND_CELLS:
                    continue  # a sum over thousands of parts: checked at every part, N²
                fresh = [c for c in rule.cells if c not in seen]
                if len(seen) + len(fresh) > AROUND_CELLS:
                    continue
                chosen[i] = None
                if len(chosen) == AROUND:
                    break
                seen.update(fresh)
                queue.extend(fresh)
        rules = [net.rules[i] for i in chosen]
        touched = {c for r in rules for c in r.cells}
        domain = {c: self.measure[c].domain for c in touched}
        whole = {c: net.whole[c] for c in touched}
        holds = (
            not rules
            or not satisfiable(domain, rules, whole=whole)
            or satisfiable({**domain, cell: self.start(cell)[0]}, rules, whole=whole)
        )
        known = self._holds[cell] = (holds, tuple(chosen))
        return known

    def start(self, cell: int) -> tuple[Interval, Why, Why]:
        """The bounds ``cell`` starts at before any rule, with the reasons for their ends.

        Its group's agreeing figures' consensus (the hull of the tied sets' when
        largest sets tie), each end's reason the figure stating it; the measure's
        domain when no count is taken as true there (a cell a relation made, or a
        flow's running count), with no reason.
        """
        return _start(self.measure[cell], self.group[cell])

    def cell(self, measure: Measure, span: DateSpan | None) -> int:
        """The cell of ``measure`` at ``span``, made (without figures) if there is none."""
        if measure.kind == "event":
            span = None
        cell = self.index.get(measure.id, span)
        if cell is None:
            cell = self.add_cell(measure, span, None)
        return cell

    def of_figure(self, figure: Figure) -> int:
        """The cell a figure seeds."""
        m = self.measures[figure.measure]
        return self.index.at(figure.measure, None if m.kind == "event" else figure.as_of)

    def release(self) -> None:
        """Let go of what only propagation and the search for conflicts read.

        The network's rules and watch lists, and each measure's list of cells; the
        bounds, reasons and what each cell and rule stand for stay.
        """
        self.net.release()
        self.of_measure = {}
        self.soft = []

    def add_rule(self, rule: Rule, relation: str, text: str) -> int:
        index = self.net.add(rule)
        self.relation.append(relation)
        self.text.append(text)
        return index

    def as_of(self, cell: int) -> DateSpan | None:
        g = self.group[cell]
        return g.as_of if g is not None else self.span[cell]


#: A failure with at most this many reasons behind it has the side taken back worked
#: out exactly (both ends' reasons walked to the end); see :meth:`Cells.propagate`.
EXACT_SIDES = 256

#: How many rules around a cell are enough to check that its start can hold with every
#: other cell free (:meth:`Cells._holds_alone`): the nearest ones, found breadth first.
AROUND = 32
#: How many cells those rules may touch at most: the work of each check stays bounded
#: however many cells one rule ties (a sum over N parts, each of them checked).
AROUND_CELLS = 128


class Nearest(Protocol):
    """The figures nearest a failure that cannot all hold (see :meth:`Cells.propagate`)."""

    def __call__(self, failure: Failure) -> Sequence[str]: ...

    def minimal(self, failure: Failure) -> Sequence[str]:
        """Those of them a minimal conflict needs: the conflict reported for the failure."""
        ...


def _conflict_of(failure: Failure, nearest: Nearest | None) -> Sequence[str]:
    """The figures of the conflict reported for ``failure`` (all behind it without ``nearest``)."""
    return explain(*failure.reasons)[0] if nearest is None else nearest.minimal(failure)


def _moved_side(failure: Failure, own: set[str], nearest: Nearest | None) -> set[str]:
    """The figures of a failure to take back: see :meth:`Cells.propagate`."""
    if failure.diverged:  # a cycle: no end stood
        behind, _ = explain(*failure.reasons)
        return {i for i in behind if i not in own}
    standing = failure.standing
    if _within(standing, own):
        return set()  # that side reaches nothing past the dead cell
    figures, _, complete = explain_nearest(*failure.reasons, limit=EXACT_SIDES)
    if not complete and nearest is not None:
        lo, hi = failure.reasons
        moved = hi if standing is lo else lo
        conflict = set(nearest(failure))
        if len(conflict) <= EXACT_SIDES:
            # The nearest reasons of each end, the standing one's twice as far: a figure
            # of the conflict met only from the moving end is on its side.
            on_moved, _, _ = explain_nearest(moved, limit=EXACT_SIDES)
            on_standing = set(explain_nearest(standing, limit=2 * EXACT_SIDES)[0])
            local = {i for i in on_moved if i in conflict} - on_standing - own
            if local:
                return local
    behind = figures if complete else explain(*failure.reasons)[0]
    stood = set(explain(standing)[0])
    return {i for i in behind if i not in stood and i not in own}


def _within(why: Why, ids: set[str]) -> bool:
    """True when ``why`` rests on some figures, all of them in ``ids``.

    Stops at the first figure outside: a long chain costs nothing when it reaches
    past ``ids`` at once.
    """
    seen: set[int] = set()
    todo: list[Why] = [why]
    found = False
    while todo:
        reason = todo.pop()
        if reason is None:
            continue
        if isinstance(reason, str):
            if reason not in ids:
                return False
            found = True
            continue
        if id(reason) in seen:
            continue
        seen.add(id(reason))
        for f in reason.figures:
            if f not in ids:
                return False
            found = True
        todo.extend(reason.parents)
    return found


def _seeds(group: Group | None) -> tuple[str, ...]:
    """The ids of the figures a group's cell starts from (their ends' reasons)."""
    if group is None or not group.holds_value or group.excluded:
        return ()
    assert group.lo_figure is not None
    assert group.hi_figure is not None
    return (group.lo_figure.id, group.hi_figure.id)


def _seeded(groups: Sequence[Group | None]) -> dict[str, int]:
    """The cell each figure seeds: :func:`_seeds` of every group (group ``i``'s cell is
    ``i``), read off each group's largest agreeing set in one pass, with no function call
    per group (a run with a failure makes this map once)."""
    seeded: dict[str, int] = {}
    for c, g in enumerate(groups):
        if g is None or g.excluded:
            continue
        largest = g.largest
        if largest is None:  # a figure alone gives both ends
            seeded[g.figures[0].id] = c
        elif largest:  # else no figure holds a value
            seeded[largest[0].lo_figure.id] = c
            seeded[largest[-1].hi_figure.id] = c
    return seeded


def _start_without(
    group: Group | None, without: set[str], *, first_of_tie: bool = False
) -> tuple[Interval, Why, Why] | None:
    """Where a group's cell starts from its agreeing figures not in ``without``.

    The common interval of their readings, each end's reason the figure stating it;
    None when none is left, or the group's largest sets tie (no one set to start from)
    unless ``first_of_tie`` (then the first tied set's figures are its agreeing ones).
    A figure saying at least as much as one in ``without`` (its reading within that
    one's) goes with it: it would fail where that one did, one round at a time.
    """
    if group is None or group.excluded or not group.holds_value:
        return None
    if group.tied and not first_of_tie:
        return None
    readings = group.readings
    agreeing = (0,) if group.largest is None else group.agreeing
    inside_gone = _inside_any([readings[i] for i in agreeing if group.figures[i].id in without])
    kept = [
        i for i in agreeing if group.figures[i].id not in without and not inside_gone(readings[i])
    ]
    if not kept:
        return None
    start = Interval.unbounded()
    for i in kept:
        start &= readings[i]
    lo_f = max(kept, key=lambda i: lo_key(readings[i]))
    hi_f = min(kept, key=lambda i: hi_key(readings[i]))
    lo_why = None if start.lo == -INF else group.figures[lo_f].id
    hi_why = None if start.hi == INF else group.figures[hi_f].id
    return start, lo_why, hi_why


def _inside_any(outer: Sequence[Interval]) -> Callable[[Interval], bool]:
    """Whether an interval lies within one of ``outer`` (``any(o.contains(iv) ...)``), in
    O(log n) a question: the outer intervals by start, with the furthest end of those
    starting by each."""
    spans = sorted((lo_key(iv), hi_key(iv)) for iv in outer if not iv.is_empty)
    starts = [lo for lo, _ in spans]
    reach = list(itertools.accumulate((hi for _, hi in spans), max))
    some = bool(outer)

    def inside(iv: Interval) -> bool:
        if iv.is_empty:
            return some  # every interval contains the empty one
        k = bisect.bisect_right(starts, lo_key(iv))
        return k > 0 and reach[k - 1] >= hi_key(iv)

    return inside


def _start(measure: Measure, group: Group | None) -> tuple[Interval, Why, Why]:
    """See :meth:`Cells.start`."""
    largest = None if group is None else group.largest
    if group is not None and not group.excluded and (largest is None or largest):
        if largest is None:  # a figure alone (every cell of a long series): its reading
            start, lo_f = group.readings[0], group.figures[0]
            hi_f = lo_f
        else:
            start, lo_f, hi_f = group.start, largest[0].lo_figure, largest[-1].hi_figure
        # An infinite end is no figure's doing: nothing bounds the cell on that side.
        # A figure's own id is the reason for an end it states (see ``Why``).
        lo_why = None if start.lo == -INF else lo_f.id
        hi_why = None if start.hi == INF else hi_f.id
        return start, lo_why, hi_why
    if group is not None and group.figures and not group.excluded:  # none holds a value
        return group.start, None, None
    # No count taken as true: bounded only by relations and the measure's domain.
    return measure.domain, None, None


def build(
    dataset: Dataset,
    groups: Sequence[Group],
    *,
    query: tuple[Measure, DateSpan] | None = None,
    make_query: bool = False,
) -> tuple[Cells, int | None]:
    """The cells of every group, every rule; and the query's cell.

    The query's cell is the one the build makes anyway (a group's, or one a
    relation makes at its span), numbered as :func:`pwstats.reconcile` numbers
    it: a bound read off a finished reconciliation and one worked out afresh
    then come from the same network, even where the order of the cells decides
    which of them a contradiction empties. None when the build makes none; with
    ``make_query`` it is made first, before the relations, so they apply at its span.
    """
    cells = Cells(dataset)
    for g in groups:  # group i gets cell i (each group is a distinct measure and span)
        cells.add_cell(g.measure, g.span, g)
    query_cell = cells.cell(*query) if query is not None and make_query else None
    relations = sorted(dataset.relations, key=operator.attrgetter("id"))
    _instantiate_all(cells, relations)
    accumulating: dict[str, list[Accumulates]] = {}
    for r in relations:
        if isinstance(r, Accumulates):
            accumulating.setdefault(r.total, []).append(r)
    for m in sorted(dataset.measures, key=operator.attrgetter("id")):
        if m.kind == "cumulative":
            _time_rules(cells, m, accumulating.get(m.id, []))
        elif m.kind == "flow":
            _period_rules(cells, m)
    if query is not None and query_cell is None:
        measure, span = query
        query_cell = cells.index.get(measure.id, None if measure.kind == "event" else span)
    return cells, query_cell


def _instantiate_all(cells: Cells, relations: Sequence[Relation]) -> None:
    """Apply each sum, ≤ and share relation at every as-of span of its measures.

    A relation is instantiated at each span where one of its level or cumulative
    measures has a cell; measures with no cell there get one without figures
    (bounded only by relations and, for running totals, time rules), and that new
    cell makes its span an anchor for the other relations of its measure, so
    bounds flow along chains of relations.
    """
    measures = cells.measures
    by_measure: dict[str, list[Relation]] = {}
    for r in relations:
        if isinstance(r, Accumulates):
            continue
        timed = [x for x in r.measures if measures[x].kind != "event"]
        if not timed:
            _instantiate(cells, r, None)
        for x in dict.fromkeys(timed):
            by_measure.setdefault(x, []).append(r)
    queue: collections.deque[tuple[str, DateSpan | None]] = collections.deque(
        (m.id, span)
        for m, span in zip(cells.measure, cells.span, strict=True)
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
            for key in _instantiate(cells, r, span):
                if key[0] in by_measure:
                    queue.append(key)


def _instantiate(
    cells: Cells, r: Relation, span: DateSpan | None
) -> list[tuple[str, DateSpan | None]]:
    """Add relation ``r`` at ``span``; return the keys of the cells it had to make."""
    ms = [cells.measures[x] for x in r.measures]
    made = [(m.id, span) for m in ms if m.kind != "event" and cells.index.get(m.id, span) is None]
    at = {m.id: cells.cell(m, span) for m in ms}
    try:
        rule = relation_rule(cells.measures, r, at)
    except UnitError as exc:
        raise UnitError(f"relation {r.id!r} ({r.describe()}): {exc}") from exc
    index = cells.add_rule(rule, r.id, f"relation {r.id}: {r.describe()}")
    virtual = {at[m.id]: m for m in ms if m.kind == "level" and cells.group[at[m.id]] is None}
    if virtual:
        cells.soft.append((index, virtual))
    return made


def relation_rule(m: Mapping[str, Measure], r: Relation, cells: Mapping[str, int]) -> Rule:
    """The rule of relation ``r`` at one span, over the cell of each of its measures there.

    ``m`` maps measure ids to measures; ``cells`` each of ``r``'s measures to its cell.
    """
    if isinstance(r, Sum):
        unit = m[r.total].unit
        scales = tuple(_factor(m[x].unit, unit) for x in (r.total, *r.parts))
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


#: Cut a running total's links short at clean spans, link a span to the first layer
#: of later spans only for "never falls", and add a rise rule only when more events
#: are sure (the fast path). Tests turn it off to check that it gives the same bounds
#: as linking every later span.
PRUNE = True
#: At most this many links from one span of a running total to later ones. Where events
#: dated by long, overlapping spans leave no span clean, this keeps the rules linear in
#: the number of spans; bounds stay sound, and may be looser than linking every pair.
LINKS_PER_SPAN = 16


def _period_rules(cells: Cells, m: Measure) -> None:
    """Derive the rules between the periods of a flow: nested ones and tilings.

    A flow's count over [s, e] is S(e) − S(s − 1), where S(d) is the running count
    from the start of d's *stretch* to day d (S is 0 the day before the stretch, and
    a period that starts the stretch is S at its end: no cell stands for that 0).
    A new stretch starts on every day that no period runs across, that is, where
    every period ends before it or starts on or after it: nothing ties a count
    on one side of that day to one on the other. Each period becomes one complete
    sum S(e) = S(s − 1) + count, and consecutive S cells of a stretch are ordered
    when the measure cannot be negative (S never falls). Then periods that tile a
    longer one sum to it, and a shorter period nested in a longer one is at most
    the longer, through the S cells — derived, never typed by the user, and
    linear in the number of periods (sorted dates, one sum each).

    Starting S afresh keeps each stretch's bounds its own: were S counted from
    the earliest period of all, the unknown count of a gap (or a figure with no
    upper end, such as "more than 23,000 in 2018") would leave every later S
    unbounded above, and the difference of two of them — February to March, from
    January to March less January — could no longer be told: a figure for an
    earlier year would widen this year's bounds.
    """
    periods = sorted(
        ((span, cell) for cell in cells.of_measure.get(m.id, ()) if (span := cells.span[cell])),
        key=lambda sc: (sc[0].start, sc[0].end),
    )
    if not periods:
        return
    one_day = dt.timedelta(days=1)
    # The periods of each stretch, in order; a stretch starts where no period runs across.
    stretches: list[list[tuple[DateSpan, int]]] = []
    covered_to: dt.date | None = None
    for span, cell in periods:
        if covered_to is None or span.start > covered_to:
            stretches.append([])
            covered_to = span.end
        else:
            covered_to = max(covered_to, span.end)
        stretches[-1].append((span, cell))
    label = f"{m.id} counts over periods"
    text = (
        f"{m.id} counts over periods: a period's count is the running count at its end"
        " less the running count the day before it starts, so periods nest and tile"
    )
    for stretch in stretches:
        # S is 0 the day before the stretch: no cell stands for it (a cell made to be
        # 0 would be bounded by nothing a reason can name, so a conflict checked from
        # its figures and rules alone would leave it free); a period starting the
        # stretch is S at its end.
        base = stretch[0][0].start - one_day
        days = sorted({d for span, _ in stretch for d in (span.start - one_day, span.end)} - {base})
        if len(stretch) > 1:
            # First, so that its bounds and their reasons stand where the running count's
            # rules give the same: the figures of the paths, not every one since the base.
            node = {day: i for i, day in enumerate(days, start=1)}
            node[base] = 0
            # Periods no figure states first (the one a bound asks about): within the cap
            # of its work, the rule searches from them before any other.
            asked = sorted(stretch, key=lambda sc: cells.group[sc[1]] is not None)
            exact = PeriodsRule(
                periods=[
                    (cell, node[span.start - one_day], node[span.end]) for span, cell in asked
                ],
                nodes=len(days) + 1,
                nonnegative=m.nonnegative,
                label=label,
                # The running count's rules below name each conflict by the figures
                # nearest it; the conflicts stage's checks replay this rule naming them.
                conflicts="leave",
            )
            cells.add_rule(exact, label, text)
        running: dict[dt.date, int] = {}
        for day in days:
            c = cells.net.add_cell(m.domain, whole=m.whole)  # as Cells.start has it
            cells.measure.append(m)
            cells.span.append(DateSpan(base + one_day, day))
            cells.group.append(None)
            cells.internal.add(c)
            running[day] = c
        # The rules go in order of the day they reach (a period's end, the later day of a
        # never-falls pair), each reading only earlier days: one pass in rule order then
        # carries the running count forward from the first day to the last. In any
        # other order a count raised past a cut (a day left with no value) waits for
        # the whole queue before moving on, and a year of such cuts took a pass each.
        by_day: list[tuple[dt.date, int, Rule]] = []
        for k, (span, cell) in enumerate(stretch):
            before = span.start - one_day
            rule = SumRule(
                total=running[span.end],
                parts=(cell,) if before == base else (running[before], cell),
                complete=True,
                label=label,
            )
            by_day.append((span.end, k, rule))
        if m.nonnegative:
            # S never falls (its first value is at least 0, the measure's domain).
            for k, (earlier, later) in enumerate(itertools.pairwise(days), start=len(stretch)):
                rule_le = LessEqualRule(a=running[earlier], b=running[later], offset=0, label=label)
                by_day.append((later, k, rule_le))
        by_day.sort(key=operator.itemgetter(0, 1))
        for _, _, ordered in by_day:
            cells.add_rule(ordered, label, text)


def never_falls(measure: str) -> str:
    """The label of a running total's time rule."""
    return f"{measure} never falls"


def never_falls_text(measure: str) -> str:
    """The sentence of a running total's time rule."""
    return (
        f"{measure} is a running total: it never falls, so a later value is at least any"
        " earlier one"
    )


def _time_rules(cells: Cells, m: Measure, accumulating: Sequence[Accumulates]) -> None:
    """Link each dated value of running total ``m`` to the later ones it bounds.

    A value as of span A is linked to every later span C (C starting on or after
    the day A ends) up to the first *clean* span B wholly between them: then A → B → C
    already carries everything A → C would. B is clean when no dated event of
    an ``accumulates`` relation of ``m`` overlaps it; an event inside B would
    count for A → C but for neither A → B nor B → C, so a span holding an
    event never cuts the links short. Adding a figure therefore only adds
    links: it can never hide a rise that was sure without it.
    """
    spans = cells.span
    mine = in_span_order(cells.of_measure.get(m.id, []), spans.__getitem__)
    starts = [spans[cell].start for cell in mine]  # type: ignore[union-attr]
    events = {
        r.id: [
            (c, None if (g := cells.group[c]) is None else g.as_of)
            for e in r.events
            if (c := cells.index.get(e, None)) is not None
        ]
        for r in accumulating
    }
    links = TimeLinks(cells.measure, m, accumulating, events)

    def span_of(cell: int) -> DateSpan:
        span = spans[cell]
        assert span is not None  # a running total's cells all have a span
        return span

    for cell in mine:
        links.walk(cell, span_of(cell), mine, starts, span_of, cells.add_rule)


class TimeLinks:
    """The time rules of one running total, walked from one earlier cell at a time.

    ``events`` holds, for each ``accumulates`` relation of the total, the cell of each
    of its events that has one and that event's span (None: undated). A walk over the
    total's cells in span order emits the rules from one cell to the later ones; a
    walk over the same cells with another put in among them emits what a run with a
    cell there makes (``findings.OffCell`` reads those for a cell a run did not make).
    """

    def __init__(
        self,
        measures: Sequence[Measure],
        m: Measure,
        accumulating: Sequence[Accumulates],
        events: Mapping[str, Sequence[tuple[int, DateSpan | None]]],
    ) -> None:
        self.label, self.text = never_falls(m.id), never_falls_text(m.id)
        # Dated events by start, and a sparse table of their latest end over any run of
        # them: is a span clean, as far as the links from one earlier span go?
        dated = sorted(
            (span.start, span.end) for r in accumulating for _, span in events[r.id] if span
        )
        self.event_starts = [start for start, _ in dated]
        self.latest = RangeMax([end for _, end in dated])
        # The events of a complete relation also bound rises from above, by every event
        # possibly between two spans: one possibly in A → B and possibly after B counts in
        # both A → B and B → C, so only A → C says the rise is at most one of it. Such an
        # event keeps B from cutting the links (by start, the latest end so far).
        wide = sorted(
            (span.start, span.end)
            for r in accumulating
            if r.complete
            for _, span in events[r.id]
            if span is not None
        )
        self.wide_starts = [start for start, _ in wide]
        self.wide_ends = list(itertools.accumulate((end for _, end in wide), max))
        self.timelines = [_Timeline(measures, r, m, events[r.id]) for r in accumulating]

    def clean(self, earlier: DateSpan, span: DateSpan) -> bool:
        """No event that can still count from ``earlier`` on overlaps ``span``.

        Only events starting after ``earlier`` ends can be certainly between it and a
        later span; one starting before (an event dated across the whole series) never
        counts for links from ``earlier``, so it cannot keep them from being cut short
        — unless its relation is complete: then an event possibly on both sides of
        ``span`` bounds the rise across it from above, once (the links stay, at most
        :data:`LINKS_PER_SPAN` of them).
        """
        event_starts = self.event_starts
        first = bisect.bisect_right(event_starts, earlier.end)  # events starting after it
        last = bisect.bisect_right(event_starts, span.end)  # ... and by span.end
        if first < last and self.latest.query(first, last) >= span.start:
            return False
        started = bisect.bisect_right(self.wide_starts, span.end)  # complete: across span
        return not started or self.wide_ends[started - 1] < span.start

    def walk(
        self,
        cell: int,
        span: DateSpan,
        mine: Sequence[int],
        starts: Sequence[dt.date],
        span_of: Callable[[int], DateSpan],
        emit: Callable[[Rule, str, str], object],
        seen: Callable[[int], object] | None = None,
    ) -> None:
        """Emit the rules from ``cell`` at ``span`` to the later cells among ``mine``.

        ``mine`` are the total's cells in span order and ``starts`` their starts;
        ``seen``, when given, is told each position the walk looks at next (a cell
        put in just before it would be looked at).
        """
        timelines = self.timelines
        # Later spans start on or after the day this one ends: a span starting on that
        # very day is later too ("2023-08" and "2023-08-31": the day of the first is by
        # the day of the second). Of those starting on it, a one-day span comes first
        # (spans are in order of start, then end): skip it when it is this one.
        first = bisect.bisect_left(starts, span.end)
        if first < len(mine) and mine[first] == cell:
            first += 1
        least_end = dt.date.max
        layer_end = dt.date.max  # the first layer of later spans: never-falls links
        links = 0
        grown = [0] * len(timelines)
        grown_end = [dt.date.max] * len(timelines)
        # Past the first layer, no rise rule can come before some event after ``span``
        # has ended: later spans before then are skipped (a bisection, not a walk).
        quiet_until = (
            min((t.first_sure(span) for t in timelines), default=dt.date.max)
            if PRUNE
            else dt.date.min
        )
        i = first
        while True:
            if seen is not None:
                seen(i)
            if i >= len(mine):
                break
            later = mine[i]
            later_span = span_of(later)
            i += 1
            if later_span.start > least_end or (PRUNE and links >= LINKS_PER_SPAN):
                break
            if later_span.start > layer_end and later_span.start < quiet_until:
                i = max(i, bisect.bisect_left(starts, quiet_until, lo=i))
                continue
            if PRUNE and later_span.end < least_end and self.clean(span, later_span):
                least_end = later_span.end
            if not PRUNE or later_span.start <= layer_end:
                layer_end = min(layer_end, later_span.end)
                rule = NeverFallsRule(earlier=cell, later=later, label=self.label)
                emit(rule, self.label, self.text)
                links += 1
            for k, timeline in enumerate(timelines):
                # The last link's sure events carry over to this span only if it comes
                # wholly after that link's span (never-falls then chains them).
                known = grown[k] if grown_end[k] < later_span.start else 0
                step = timeline.link(cell, span, later, later_span, known, prune=PRUNE)
                if step is not None:
                    emit(step[0], timeline.relation.id, timeline.text)
                    grown[k] = step[1]
                    grown_end[k] = later_span.end
                    links += 1


class RangeMax:
    """The latest of some dates over any run ``[i, j)`` of them, in O(1) after O(n log n)."""

    def __init__(self, values: Sequence[dt.date]) -> None:
        self.table = [list(values)]
        width = 1
        while 2 * width <= len(values):
            row = self.table[-1]
            self.table.append([max(row[i], row[i + width]) for i in range(len(row) - width)])
            width *= 2

    def query(self, i: int, j: int) -> dt.date:
        """The latest of ``values[i:j]`` (``i < j``)."""
        k = (j - i).bit_length() - 1
        row = self.table[k]
        return max(row[i], row[j - (1 << k)])


class _Timeline:
    """The dated events of one ``accumulates`` relation, sorted by start, for linking.

    Which events are certainly between two spans (starting after the first ends and
    ending by the second's start) is a bisection and a scan of the events starting in
    that gap, not a scan of every event.
    """

    def __init__(
        self,
        measures: Sequence[Measure],
        r: Accumulates,
        m: Measure,
        events: Sequence[tuple[int, DateSpan | None]],
    ) -> None:
        self.relation = r
        self.text = f"relation {r.id}: {r.describe()}"
        # An event measure with no figure has no known date (it may fall in between,
        # for any amount): a complete relation then bounds the rise from below only.
        self.complete = r.complete and len(events) == len(r.events)
        dated = []
        for e, as_of in events:
            if as_of is None:
                self.complete = False
                continue
            dated.append((as_of.start, as_of.end, e))
        dated.sort()
        self.starts = [start for start, _, _ in dated]
        self.dated = dated
        # The earliest end among the events from each position on (by start): no event
        # starting after a date can be sure before the earliest of their ends.
        self.first_end: list[dt.date] = [dt.date.max] * (len(dated) + 1)
        for i in range(len(dated) - 1, -1, -1):
            self.first_end[i] = min(dated[i][1], self.first_end[i + 1])
        self.scale = {e: _factor(measures[e].unit, m.unit) for _, _, e in dated}
        # The events by end, as positions in ``dated``: the events that become sure
        # between two later spans are those ending in between (see :meth:`_sure_from`).
        by_end = sorted((end, i) for i, (_, end, _) in enumerate(dated))
        self.ends = [end for end, _ in by_end]
        self.by_end = [i for _, i in by_end]
        # The sure events of the last link asked for: from ``span``, up to ``upto``.
        self._span: DateSpan | None = None
        self._upto = dt.date.min
        self._sure: list[int] = []
        # For a complete relation: the events under way at a date (started by it, ending
        # after it), kept by a sweep as dates grow; and the events overlapping the
        # last link asked for, from ``_over_span`` to the ``_over_upto``-th start.
        self._active: set[int] = set()
        self._active_at = dt.date.min
        self._added = self._removed = 0
        self._over_span: DateSpan | None = None
        self._over_upto = self._over_begin = 0
        self._over: list[int] = []

    def first_sure(self, span: DateSpan) -> dt.date:
        """The first date an event starting after ``span`` can be sure by (max: never).

        A complete relation links every pair (its upper bounds need them): min date.
        """
        if self.complete:
            return dt.date.min
        return self.first_end[bisect.bisect_right(self.starts, span.end)]

    def link(
        self,
        cell: int,
        span: DateSpan,
        later: int,
        later_span: DateSpan,
        known: int,
        *,
        prune: bool,
    ) -> tuple[StepRule, int] | None:
        """The rise rule from ``span`` to ``later_span`` and its number of sure events (at
        least 1), or None when none is needed.

        A relation that is not complete adds a rule only when more events are sure
        than for the previous later span (``known``): otherwise the earlier link and
        the running total's never-falls rule already carry it.
        """
        first = bisect.bisect_right(self.starts, span.end)
        if not self.complete and self.first_end[first] > later_span.start:
            return None  # no event after ``span`` has ended yet: nothing is sure
        at = self._sure_from(span, first, later_span.start)
        if not self.complete and (not at or (prune and len(at) <= known)):
            return None
        dated = self.dated
        sure = [dated[i][2] for i in at]
        possible: list[int] = []
        if self.complete:
            taken = set(sure)
            upto = bisect.bisect_right(self.starts, later_span.end)
            possible = [
                dated[i][2] for i in self._overlapping(span, upto) if dated[i][2] not in taken
            ]
        rule = StepRule(
            earlier=cell,
            later=later,
            sure=tuple(sure),
            possible=tuple(possible),
            complete=self.complete,
            label=self.relation.id,
            scales=tuple(self.scale[x] for x in (*sure, *possible)),
        )
        return rule, len(sure) or 1

    def _overlapping(self, span: DateSpan, upto: int) -> list[int]:
        """The events that may fall between ``span`` and a later span: those among the
        first ``upto`` by start (starting by the later span's end) that end after
        ``span`` starts; their positions in ``dated``, in order.

        They are the events under way when ``span`` starts and those starting after,
        up to ``upto``: output-sensitive, where a scan of the first ``upto`` events
        made a complete relation's links quadratic in its events. Links from one span
        come in order of later dates, so each adds the events starting in between.
        """
        if span is self._over_span and upto >= self._over_upto >= self._over_begin:
            self._over.extend(range(self._over_upto, upto))
        else:
            under_way = sorted(self._under_way(span.start))
            begin = self._over_begin = bisect.bisect_right(self.starts, span.start)
            if upto >= begin:
                self._over = under_way + list(range(begin, upto))
            else:  # a later span ending before this one starts: none start after it
                self._over = [i for i in under_way if i < upto]
        self._over_span, self._over_upto = span, upto
        return self._over

    def _under_way(self, date: dt.date) -> set[int]:
        """The events that start by ``date`` and end after it, by a sweep over dates.

        Dates asked for mostly grow (spans come in order of start); an earlier date
        sweeps back, over the events starting or ending in between (a bound asked at a
        date between a run's links: starting again from the first event made each such
        query walk them all).
        """
        starts, ends, by_end, active = self.starts, self.ends, self.by_end, self._active
        if date < self._active_at:
            while self._added and starts[self._added - 1] > date:
                self._added -= 1
                active.discard(self._added)
            while self._removed and ends[self._removed - 1] > date:
                self._removed -= 1
                event = by_end[self._removed]
                if event < self._added:  # it started by the date: under way again
                    active.add(event)
        while self._added < len(starts) and starts[self._added] <= date:
            active.add(self._added)
            self._added += 1
        while self._removed < len(ends) and ends[self._removed] <= date:
            active.discard(by_end[self._removed])
            self._removed += 1
        self._active_at = date
        return active

    def _sure_from(self, span: DateSpan, first: int, upto: dt.date) -> list[int]:
        """The events starting after ``span`` (from position ``first``) and ending by
        ``upto``: their positions in ``dated``, in order.

        Links from one span come in order of later dates, and each one's sure events
        hold the previous one's: only the events ending in between are looked at
        (a bisection over ends). A first link scans whichever is shorter, the events
        starting in the gap or those ending in it. Output-sensitive where the old
        scan looked at every event starting in the gap (a year of them for events
        dated to a year).
        """
        ends, by_end = self.ends, self.by_end
        if span is self._span and upto >= self._upto:
            lo = bisect.bisect_right(ends, self._upto)
            hi = bisect.bisect_right(ends, upto)
            new = [i for i in by_end[lo:hi] if i >= first]
            sure = sorted(self._sure + new) if new else self._sure
        else:
            last = bisect.bisect_right(self.starts, upto)
            lo = bisect.bisect_left(ends, self.first_end[first])
            hi = bisect.bisect_right(ends, upto)
            if last - first <= hi - lo:
                dated = self.dated
                sure = [i for i in range(first, last) if dated[i][1] <= upto]
            else:
                sure = sorted(i for i in by_end[lo:hi] if i >= first)
        self._span, self._upto, self._sure = span, upto, sure
        return sure
