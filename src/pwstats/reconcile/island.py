"""The cells a query at a new span adds to a finished run, propagated on their own.

:func:`pwstats.bound` of a measure at a span where a run made no cell runs the
measure's component again with a cell made there; the relations of the measure then
apply at that span and make cells there for the measures they tie it to, and so on
(``cells._instantiate_all``). None of those cells has a figure (a figure there would
have made the cells in the first run), so they form an *island* at the span, tied to
the run's other cells only through its event cells (which have no span) and through
the time rules of its running totals. :class:`Island` builds the island alone, with
a copy of each cell of the run it reads, and propagates it from the run's settled
bounds; its answer is the run's when the island provably changes none of the cells
it reads and each end its answer rests on could come from one explanation only, or
from the rule a run's first pass applies first (:func:`_first`); an end of a cell it
makes that the answer does not rest on may be explained either way. A flow at a
period apart from all of its periods is in a stretch of its own there, which never
moves it: in the island it is bounded as a level is.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Sequence

import attrs

from pwstats.dates import DateSpan
from pwstats.errors import UnitError
from pwstats.interval import Interval
from pwstats.model import Accumulates, Measure, Relation
from pwstats.reconcile import cells as cells_stage
from pwstats.reconcile.cells import Settled, never_falls, never_falls_text
from pwstats.reconcile.propagate import Network, NeverFallsRule, Reason, Rule, Why
from pwstats.reconcile.read import Context, values_of

__all__ = ["MOST_CELLS", "Grown", "Island", "More", "SeriesLinks"]


#: The most cells an island (with its copies of the run's) may have: checking each end
#: for ties applies every rule reading it again, quadratic in a relation over many
#: measures, so past this the caller runs the component again.
MOST_CELLS = 256


class More(Sequence[str]):
    """A run's sentences of rules, then more after them (rules only a new span has)."""

    __slots__ = ("_base", "_extra")

    def __init__(self, base: Sequence[str], extra: Sequence[str]) -> None:
        self._base, self._extra = base, extra

    def __len__(self) -> int:
        return len(self._base) + len(self._extra)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # an index, never a slice
        n = len(self._base)
        return self._extra[i - n] if i >= n else self._base[i]


#: The settled cells of a running total linked to a new cell at a span: those linked
#: to it and those it links to; None when they cannot be told (``findings.OffCell``).
SeriesLinks = Callable[[Measure, DateSpan], tuple[Sequence[int], Sequence[int]] | None]


@attrs.frozen
class Grown:
    """The time rules a run makes for a new cell of a running total its events accumulate
    into, the new cell numbered past the run's cells (``len(bounds)``), each with its
    relation and sentence.

    ``strict``: the total is tied to others by rules that turn one kind of end into the
    other (a sum, a share, a complete ``accumulates``), so an end of a run's cell that the
    island's rules give too must be explained alike (a run records either).
    """

    rules: Sequence[tuple[Rule, str, str]]
    strict: bool = attrs.field(kw_only=True)


#: The new cell's time rules; None when they cannot be read off (``findings.OffCell``).
Growth = Callable[[Measure, DateSpan], Grown | None]


class Island:
    """Bounds of a measure in relations at a span the run made no cell for.

    Built once per finished run; each call is linear in the island's size (the
    measures the relations tie at one span, and a running total's few links), not
    in the run's. A running total that accumulates events gets the time rules a run
    would make for its new cell from ``growth`` (the run's walks over its cells, done
    again with the new one among them); a flow is read only at a period ``apart``
    from its own. A call gives None, and the caller runs the component again, when
    the island holds a flow at a period among its others (its stretch is rebuilt as
    a whole) or a running total whose rules ``growth`` cannot give, reads a cell of a
    component of rules with a cell left with no value, would narrow or tie an end of
    a cell it reads, finds no value, could give an end its answer rests on from two
    explanations (which one a run records depends on the order its rules fire), or
    has more than :data:`MOST_CELLS` cells.
    """

    def __init__(
        self,
        ctx: Context,
        cells: Settled,
        quiet: Callable[[int], bool],
        series: SeriesLinks,
        growth: Growth | None = None,
        apart: Callable[[Measure, DateSpan], bool] | None = None,
    ) -> None:
        self._ctx, self._cells, self._quiet, self._series = ctx, cells, quiet, series
        self._growth, self._apart = growth, apart
        self._by_measure: dict[str, list[Relation]] | None = None
        self._growing: set[str] = set()
        self._measures: dict[str, Measure] = {}

    def _relations(self) -> dict[str, list[Relation]]:
        """The relations of each measure with a time, in the order a run applies them."""
        if self._by_measure is None:
            dataset = self._ctx.dataset
            self._measures = {m.id: m for m in dataset.measures}
            kinds = {m.id: m.kind for m in dataset.measures}
            by_measure: dict[str, list[Relation]] = {}
            for r in sorted(dataset.relations, key=lambda r: r.id):
                if isinstance(r, Accumulates):
                    self._growing.add(r.total)
                    continue
                for x in dict.fromkeys(r.measures):
                    if kinds[x] != "event":
                        by_measure.setdefault(x, []).append(r)
            self._by_measure = by_measure
        return self._by_measure

    def __call__(self, measure: Measure, span: DateSpan) -> tuple[Settled, int] | None:
        """The island's cells as settled (the query's first) and the query's cell, or None."""
        by_measure = self._relations()
        settled = self._cells
        measures = self._measures
        net = Network()
        island: dict[str, int] = {}
        copies: dict[int, int] = {}  # run's cell -> its copy in the island's network
        events: dict[int, None] = {}  # copies of event cells: the island reads both ends
        labels: list[str] = []
        texts: list[str] = []
        starts: list[Interval] = []

        def copy(cell: int) -> int | None:
            local = copies.get(cell)
            if local is None:
                if not self._quiet(cell):
                    return None
                local = copies[cell] = net.add_cell(
                    settled.bounds[cell],
                    whole=settled.measure[cell].whole,
                    lo_why=settled.lo_why[cell],
                    hi_why=settled.hi_why[cell],
                )
                starts.append(settled.bounds[cell])
            return local

        def new(m: Measure) -> int:
            start = values_of(m)
            island[m.id] = net.add_cell(start, whole=m.whole)
            starts.append(start)
            queue.append(m)
            return island[m.id]

        def add(rule: Rule, label: str, text: str) -> None:
            net.add(rule)
            labels.append(label)
            texts.append(text)

        queue: collections.deque[Measure] = collections.deque()
        new(measure)
        done: set[str] = set()
        totals: list[Measure] = []
        strict = False  # each copy's ends must be explained alike through the island
        while queue:
            x = queue.popleft()
            if x.kind == "flow" and (self._apart is None or not self._apart(x, span)):
                return None  # a period among the flow's: its stretch is rebuilt as a whole
            if x.id in self._growing and self._growth is None:
                return None
            if x.kind == "cumulative":
                totals.append(x)
            for r in by_measure.get(x.id, ()):
                if r.id in done:
                    continue
                done.add(r.id)
                at: dict[str, int] = {}
                for y in r.measures:
                    my = measures[y]
                    if my.kind == "event":
                        base = settled.cell_of.get(y, None)
                        local = None if base is None else copy(base)
                        if local is None:
                            return None
                        events.setdefault(local)
                        at[y] = local
                    elif y in island:
                        at[y] = island[y]
                    elif settled.cell_of.get(y, span) is not None:
                        return None  # the run has a cell there: not an island
                    else:
                        at[y] = new(my)
                try:
                    rule = cells_stage.relation_rule(measures, r, at)
                except UnitError:
                    return None  # the run says so itself
                add(rule, r.id, f"relation {r.id}: {r.describe()}")
        for m in sorted(totals, key=lambda m: m.id):
            if m.id in self._growing:
                assert self._growth is not None
                grown = self._growth(m, span)
                if grown is None:
                    return None
                strict = strict or grown.strict
                new_cell = len(settled.bounds)
                for rule, label, text in grown.rules:
                    mapping: dict[int, int] = {}
                    for c in rule.cells:
                        if c == new_cell:
                            mapping[c] = island[m.id]
                            continue
                        local = copy(c)
                        if local is None:
                            return None
                        mapping[c] = local
                        if settled.measure[c].kind == "event":
                            events.setdefault(local)
                    add(rule.remap(mapping), label, text)
                continue
            linked = self._series(m, span)
            if linked is None:
                return None
            before, after = linked
            label, text = never_falls(m.id), never_falls_text(m.id)
            for base in before:
                local = copy(base)
                if local is None:
                    return None
                add(NeverFallsRule(earlier=local, later=island[m.id], label=label), label, text)
            for base in after:
                local = copy(base)
                if local is None:
                    return None
                add(NeverFallsRule(earlier=island[m.id], later=local, label=label), label, text)
        if len(net.bounds) > MOST_CELLS:
            return None  # each end's ties read its rules again: a run costs less
        if net.run() or any(net.frozen):
            return None
        for base, local in copies.items():
            if net.bounds[local] != settled.bounds[base]:
                return None  # the island narrows a cell of the run: a run would differ
        offset = len(settled.relation)
        mine = set(island.values())
        run = {
            id(why)
            for base in copies
            for why in (settled.lo_why[base], settled.hi_why[base])
            if isinstance(why, Reason)
        }
        translated: dict[int, tuple[Reason, Reason]] = {}

        def moved(why: Why) -> Why:
            return _renumbered(why, offset, run, translated)

        def telling(whys: Sequence[Why]) -> set[tuple[object, ...]]:
            # As a bound tells them (each relation once), the run's reasons' remembered.
            out: set[tuple[object, ...]] = set()
            for why in whys:
                figures, rules = explained(moved(why))
                out.add((figures, tuple(more_text[i] for i in rules)))
            return out

        more_text = More(settled.text, texts)
        more_relation = More(settled.relation, labels)
        explained = settled.explained.extended(lambda i: (more_relation[i], more_text[i]))

        if strict:
            # The ends of the run's cells the answer rests on: a run that reached one of
            # them through the island as well records either reason (rules fire in another
            # order there), so each must be explained alike both ways.
            q = island[measure.id]
            ends = {
                id(why): (local, high)
                for base, local in copies.items()
                if local not in events
                for high, why in ((False, settled.lo_why[base]), (True, settled.hi_why[base]))
                if isinstance(why, Reason) and not _seed(why)
            }
            for local, high in _ends_behind(ends, (net.lo_why[q], net.hi_why[q])):
                why = net.hi_why[local] if high else net.lo_why[local]
                ties = net.ties(local, high=high, start=Interval.unbounded())
                if ties and len(telling([why, *ties])) > 1:
                    return None  # a run could record this end another way
        # The new cells' ends the answer rests on: an end it does not rest on may be
        # explained either way in a run without changing the answer's reasons.
        q = island[measure.id]
        behind = _new_ends_behind(net, mine, run, (net.lo_why[q], net.hi_why[q]))
        if behind is None:
            return None
        for local in (*events, *mine):
            for high in (False, True):
                if local in mine and (local, high) not in behind:
                    continue
                start = starts[local] if local in mine else Interval.unbounded()
                if local not in mine and _seed(net.hi_why[local] if high else net.lo_why[local]):
                    continue
                ties = net.ties(local, high=high, start=start)
                if local in mine:
                    why = net.hi_why[local] if high else net.lo_why[local]
                    if why is not None and len(telling([why, *ties])) > 1 and not _first(why, ties):
                        return None
                elif ties:
                    return None  # a run could reach this end of the run's cell through here
        view = settled.with_rules(
            more_relation,
            more_text,
            measure=(measure,),
            bounds=(net.bounds[q],),
            lo_why=(moved(net.lo_why[q]),),
            hi_why=(moved(net.hi_why[q]),),
        )
        return view, 0


def _ends_behind(ends: dict[int, tuple[int, bool]], roots: Sequence[Why]) -> list[tuple[int, bool]]:
    """The cell ends (of ``ends``, by the identity of their reasons) that ``roots`` rest on."""
    found: list[tuple[int, bool]] = []
    seen: set[int] = set()
    todo = [why for why in roots if isinstance(why, Reason)]
    while todo:
        why = todo.pop()
        if id(why) in seen:
            continue
        seen.add(id(why))
        end = ends.get(id(why))
        if end is not None:
            found.append(end)
        todo.extend(p for p in why.parents if isinstance(p, Reason))
    return found


def _new_ends_behind(
    net: Network, mine: set[int], run: set[int], roots: Sequence[Why]
) -> set[tuple[int, bool]] | None:
    """The ends of the island's new cells ``mine`` that ``roots`` rest on, as (cell, high).

    The walk stops at the reasons the run's cells came with (``run``, by identity). Every
    other reason met is a new cell's end as it settled; one that is not (an end a rule
    moved again after another end read it) gives None: which rules a run records there
    is not read off the island's ends, and the caller runs again.
    """
    at = {
        id(why): (cell, high)
        for cell in mine
        for high, why in ((False, net.lo_why[cell]), (True, net.hi_why[cell]))
        if isinstance(why, Reason)
    }
    found: set[tuple[int, bool]] = set()
    seen: set[int] = set()
    todo = [why for why in roots if isinstance(why, Reason)]
    while todo:
        why = todo.pop()
        if id(why) in seen or id(why) in run:
            continue
        seen.add(id(why))
        end = at.get(id(why))
        if end is None:
            return None
        found.add(end)
        todo.extend(p for p in why.parents if isinstance(p, Reason))
    return found


def _first(why: Why, ties: Sequence[Reason]) -> bool:
    """Whether a run records ``why`` whichever of ``ties`` it meets too.

    A run's first pass applies every rule once, in order. When ``why`` reads only ends
    the figures start (seeds: they never move) and comes first among the rules that
    give the end, it gives it there: no rule before it did (it would be one of
    ``ties``), and a tie after it is not kept. Rules touching one new cell are
    numbered in the island in the order a run numbers them.
    """
    if not isinstance(why, Reason) or why.rule is None:
        return False
    if not all(p is None or _seed(p) for p in why.parents):
        return False
    return all(t.rule is not None and why.rule <= t.rule for t in ties)


def _seed(why: Why) -> bool:
    """Whether an end is where its cell's figures started it (no rule narrowed it).

    A rule that only ties such an end never replaces its reason: a run keeps a
    proposal only when it is tighter, and the end started no looser than it ends.
    """
    return isinstance(why, str) or (isinstance(why, Reason) and why.rule is None)


def _renumbered(
    why: Why, offset: int, run: set[int], done: dict[int, tuple[Reason, Reason]]
) -> Why:
    """``why`` with the island's rule numbers moved past the run's (``offset`` of them).

    The island's network numbers its rules from 0. Its reasons are new nodes whose
    parents are new nodes or the reasons its copies of the run's cells started with
    (``run``, by identity: those stay as they are, rule numbers and all); each new
    node is made again with its rule moved, once (``done`` keeps the node beside its
    copy: a node asked about and let go may leave its id to another).
    """
    if not isinstance(why, Reason) or id(why) in run:
        return why
    found = done.get(id(why))
    if found is None or found[0] is not why:
        found = done[id(why)] = (
            why,
            Reason(
                figures=why.figures,
                rule=None if why.rule is None else why.rule + offset,
                parents=tuple(_renumbered(p, offset, run, done) for p in why.parents),
            ),
        )
    return found[1]
