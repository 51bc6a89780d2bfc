"""The exact bounds of a flow's periods: shortest paths over its running count.

A flow's count over a period [s, e] is S(e) − S(s − 1), S the running count from
the start of a stretch (see :func:`pwstats.reconcile.cells.build`). Each period's
bounds say ``lo ≤ S(e) − S(s − 1) ≤ hi``, and S never falls when the measure cannot
be negative: difference constraints on the running count. The tightest bounds
they give a period are shortest paths (the high end the distance from the day
before it to its last day, the low end minus the distance back), where narrowing
each running count on its own loses what two counts share: a period is no less
than a period inside it when both cross a third.

:class:`PeriodsRule` is that computation as one rule over the periods of a
stretch. The days of the stretch are the nodes; a period's high end is an edge
forward from the day before it to its last day, its low end an edge back (of
minus the low end), and "never falls" an edge of 0 from each day to the one
before. One Bellman–Ford pass (a queue) from the stretch's first node finds
potentials, or a cycle of negative weight (figures that cannot all hold); then
Dijkstra's search over the reduced weights, once forward and once backward from
the day before each period, each stopping when its periods' ends are reached,
gives the bounds exactly. Each search is ordered by distance plus a lower bound on
the rest of the way (:class:`_Ahead`, from the edges across each day), which finds
the same paths and passes by the periods around the one searched from: periods
nested around one centre no longer cost a search a walk out to each of them. An open
end counts as an infinitesimal less: a weight is a pair (value, −open ends), compared
in that order.

A cycle of negative weight is a proof that the periods on it cannot all hold, and
the rule gives it as one (``conflicts="name"``): it leaves a period of the cycle
with no value, for the reasons of the rest. The conflicts stage replays a
conflict's rules to check it and make it minimal, often this rule without the
running count's: were the rule silent there, periods that cannot hold would
look as if they could (a contradiction read as a tension, a conflict never made
minimal). Where the running count's rules stand beside it, as
:func:`pwstats.reconcile.cells.build` sets them, the rule leaves a cycle to them
(``conflicts="leave"``): their failures name the figures nearest each conflict,
and a cell they leave with no value stops only the few rules through it, so they
go on to find the other conflicts of the stretch (a period this rule emptied
would stop it for the whole stretch). :meth:`PeriodsRule.remap`, which the checks use, always
names them.

The work of one application is capped (:data:`WORK_PER_EDGE` a node and edge, and
:data:`WORK_BASE` more), and that of all a rule's applications at
:data:`APPLICATIONS` times as much (other rules narrowing its periods again and
again apply it again each time): within the cap the bounds are exact, past it the periods
not yet reached are left to the rules of the running count, whose bounds are
sound and may be wider. Periods are searched in the order given, each day before
one once (the caller puts first the periods no figure states, such as the one
:func:`pwstats.bound` asks about).

>>> from pwstats.reconcile.propagate import Network
>>> from pwstats.interval import Interval
>>> net = Network()
>>> inner = net.add_cell(Interval.point(7), whole=True)   # days 2-3
>>> outer = net.add_cell(Interval.closed(0, 10), whole=True)  # days 1-3
>>> later = net.add_cell(Interval.at_least(0), whole=True)   # days 2-5
>>> _ = net.add(PeriodsRule(periods=((inner, 1, 3), (outer, 0, 3), (later, 1, 5)),
...                         nodes=6, nonnegative=True, label="k"))
>>> net.run(), str(net.bounds[later])
([], '[7, +inf)')
"""

from __future__ import annotations

import bisect
import collections
import heapq
from collections.abc import Mapping, Sequence
from typing import Final, Literal, TypeAlias

from pwstats.interval import INF, End
from pwstats.reconcile.propagate import CellState, Proposal, Reason, Rule, Why

__all__ = ["APPLICATIONS", "WORK_BASE", "WORK_PER_EDGE", "PeriodsRule"]

#: The work one application may do, in relaxed edges and settled nodes: this many a
#: node and edge of the stretch, plus :data:`WORK_BASE` (tests lower them).
WORK_PER_EDGE = 24
WORK_BASE = 20_000
#: All of a rule's applications may do this many times the work of one.
APPLICATIONS = 8

#: A weight: (value, minus the number of open ends behind it). Compared as a tuple, an
#: open end is an infinitesimal less than a closed one of the same value.
Weight: TypeAlias = tuple[End, int]
#: An edge from the node whose list holds it: (to, value, opens, cell, high end?).
#: Cell −1 is "never falls", which no figure states.
Edge: TypeAlias = tuple[int, End, int, int, bool]

_ZERO: Final[Weight] = (0, 0)


class PeriodsRule(Rule):
    """The periods of one stretch of a flow bound one another exactly (see the module).

    ``periods`` are (cell, day before, last day), days numbered from 0, the day
    before the stretch, searched in this order; ``nodes`` is the number of days;
    with ``nonnegative`` the running count never falls. With ``conflicts="name"``
    periods that cannot all hold leave one of them with no value; with ``"leave"``
    the rule proposes nothing then, for rules beside it to name the conflict.
    """

    __slots__ = ("_cells", "conflicts", "label", "left", "nodes", "nonnegative", "periods")

    def __init__(
        self,
        *,
        periods: Sequence[tuple[int, int, int]],
        nodes: int,
        nonnegative: bool,
        label: str,
        conflicts: Literal["name", "leave"] = "name",
    ) -> None:
        for _, a, b in periods:
            if not 0 <= a < b < nodes:
                raise ValueError(f"a period runs from day {a} to {b}: not within 0..{nodes - 1}")
        self.periods = tuple(periods)
        self.nodes = nodes
        self.nonnegative = nonnegative
        self.label = label
        self.conflicts = conflicts
        self._cells = tuple(c for c, _, _ in self.periods)
        #: The work its applications may still do (None until the first one).
        self.left: int | None = None

    def __repr__(self) -> str:
        return f"PeriodsRule({len(self.periods)} periods over {self.nodes} days, {self.label!r})"

    @property
    def cells(self) -> tuple[int, ...]:
        return self._cells

    def remap(self, cells: Mapping[int, int]) -> PeriodsRule:
        """The rule over renumbered cells, naming conflicts: a rule remapped is checked
        without the rules it may have left them to."""
        return PeriodsRule(
            periods=tuple((cells[c], a, b) for c, a, b in self.periods),
            nodes=self.nodes,
            nonnegative=self.nonnegative,
            label=self.label,
            conflicts="name",
        )

    def narrow(self, state: CellState) -> list[Proposal]:
        if self.left is not None and self.left <= 0:
            return []  # past the cap of all its applications: left to the running count
        paths = _Paths(self, state)
        before = paths.work
        try:
            return paths.proposals()
        finally:
            assert self.left is not None
            self.left -= before - max(paths.work, 0)


class _CapReachedError(Exception):
    """The cap on one application's work was reached."""


class _NegativeCycleError(Exception):
    """The periods cannot all hold: ``edges``, each (from, edge), go round a cycle of
    negative weight."""

    def __init__(self, edges: Sequence[tuple[int, Edge]]) -> None:
        super().__init__(f"a cycle of {len(edges)} edges of negative weight")
        self.edges = edges


class _Paths:
    """One application of a :class:`PeriodsRule`: the graph, potentials and searches."""

    def __init__(self, rule: PeriodsRule, state: CellState) -> None:
        self.rule = rule
        self.bounds, self.lo_why, self.hi_why = state
        n = rule.nodes
        out: list[list[Edge]] = [[] for _ in range(n)]
        back: list[list[Edge]] = [[] for _ in range(n)]  # the edges reversed
        size: End = 0
        for c, a, b in rule.periods:
            iv = self.bounds[c]
            if iv.hi != INF:
                out[a].append((b, iv.hi, 0 if iv.hi_closed else -1, c, True))
                back[b].append((a, iv.hi, 0 if iv.hi_closed else -1, c, True))
                size += iv.hi if iv.hi >= 0 else -iv.hi
            if iv.lo != -INF:
                out[b].append((a, -iv.lo, 0 if iv.lo_closed else -1, c, False))
                back[a].append((b, -iv.lo, 0 if iv.lo_closed else -1, c, False))
                size += iv.lo if iv.lo >= 0 else -iv.lo
        if rule.nonnegative:
            for t in range(n - 1):
                out[t + 1].append((t, 0, 0, -1, False))
                back[t].append((t + 1, 0, 0, -1, False))
        self.out, self.back = out, back
        #: More than any path's weight: the edge from the first node to every other.
        self.far: End = size + 1
        edges = sum(len(x) for x in out)
        once = WORK_PER_EDGE * (n + edges) + WORK_BASE
        if rule.left is None:
            rule.left = APPLICATIONS * once
        self.work = min(once, rule.left)
        self.size = n + edges  # the work of making the graph

    def _spend(self, amount: int) -> None:
        self.work -= amount
        if self.work < 0:
            raise _CapReachedError

    def why(self, cell: int, high: bool) -> Why:
        if cell < 0:
            return None
        return self.hi_why[cell] if high else self.lo_why[cell]

    def proposals(self) -> list[Proposal]:
        # Past the cap: left to the running count's rules.
        try:
            self._spend(self.size)
            forward = self._potential(self.out)
            # The graph reversed has the same cycles: none, when the first pass found none.
            backward = self._potential(self.back)
        except _CapReachedError:
            return []
        except _NegativeCycleError as cycle:
            return [self._emptying(cycle.edges)] if self.rule.conflicts == "name" else []
        out: list[Proposal] = []
        by_start: dict[int, list[int]] = {}  # in the order the periods are given
        for c, a, _ in self.rule.periods:
            by_start.setdefault(a, []).append(c)
        ends = {c: b for c, _, b in self.rule.periods}
        try:
            ahead = (
                _Ahead(self, self.out, forward, backward),
                _Ahead(self, self.back, backward, forward),
            )
            for a in by_start:
                cells = by_start[a]
                targets = {ends[c] for c in cells}
                high = self._search(self.out, forward, a, targets, ahead[0])
                low = self._search(self.back, backward, a, targets, ahead[1])
                for c in cells:
                    out += self._propose(c, ends[c], high, low)
        except _CapReachedError:
            pass
        return out

    def _propose(self, cell: int, b: int, high: _Found, low: _Found) -> list[Proposal]:
        iv = self.bounds[cell]
        out: list[Proposal] = []
        if b in high:
            (value, opens), why = high[b]
            closed = opens == 0
            if (value, 0 if closed else -1) < (iv.hi, 0 if iv.hi_closed else -1):
                out.append((cell, True, value, closed, (why(),)))
        if b in low:
            (value, opens), why = low[b]
            value, closed = -value, opens == 0
            if (value, 0 if closed else 1) > (iv.lo, 0 if iv.lo_closed else 1):
                out.append((cell, False, value, closed, (why(),)))
        return out

    def _emptying(self, cycle: Sequence[tuple[int, Edge]]) -> Proposal:
        """The end a cycle of negative weight gives one of its periods: past its other end.

        Going round the cycle asks the running count to exceed itself, so its periods
        cannot all hold. Take one period's edge out: the rest of the cycle is a path
        back between the period's two days, which bounds the period on the other side
        (from below where the edge was its high end, from above where it was its low
        end), past the end the edge stood for. The period is left with no value, for
        the reasons of the rest of the cycle. The period chosen is the longest on the
        cycle (a total stated beside the counts of its parts), the last given among
        the longest.
        """
        span = {c: (b - a, i) for i, (c, a, b) in enumerate(self.rule.periods)}
        pick = max(
            (i for i, (_, edge) in enumerate(cycle) if edge[3] >= 0),
            key=lambda i: span[cycle[i][1][3]],
        )
        value: End = 0
        opens = 0
        why: list[Why] = []
        for i, (_, (_, w, k, cell, high)) in enumerate(cycle):
            if i != pick:
                value, opens = value + w, opens + k
                reason = self.why(cell, high)
                if reason is not None:
                    why.append(reason)
        _, (_, w, k, cell, high) = cycle[pick]
        assert (value + w, opens + k) < _ZERO, "a cycle of the chain has negative weight"
        closed = opens == 0
        if high:  # the rest goes from the period's last day back to the day before it
            return (cell, False, -value, closed, tuple(why))
        return (cell, True, value, closed, tuple(why))

    def _potential(self, adjacency: Sequence[Sequence[Edge]]) -> list[Weight]:
        """Distances from node 0, every node also reached from it at :attr:`far`.

        Feasible potentials for Dijkstra's search over ``adjacency``. Bellman–Ford
        with a queue: a node taken again when its distance falls. A node reached by a
        path of as many edges as there are nodes may have gone round a cycle: the
        chain of the edges that last lowered each distance is walked back from it,
        and a node met twice closes a cycle of negative weight (figures that cannot
        all hold), raised as :class:`_NegativeCycleError`.
        """
        n = len(adjacency)
        dist: list[Weight] = [_ZERO] + [(self.far, 0)] * (n - 1)
        steps = [0] + [1] * (n - 1)
        pred: list[tuple[int, Edge] | None] = [None] * n
        queue = collections.deque(range(n))
        queued = bytearray(b"\x01" * n)
        while queue:
            u = queue.popleft()
            queued[u] = 0
            du, ku = dist[u]
            self._spend(1 + len(adjacency[u]))
            for edge in adjacency[u]:
                v, w, k, _, _ = edge
                nd = (du + w, ku + k)
                if nd < dist[v]:
                    dist[v], steps[v], pred[v] = nd, steps[u] + 1, (u, edge)
                    if steps[v] >= n:
                        steps[v] = self._walk_back(pred, v)
                    if not queued[v]:
                        queued[v] = 1
                        queue.append(v)
        return dist

    def _walk_back(self, pred: Sequence[tuple[int, Edge] | None], node: int) -> int:
        """The number of edges back from ``node`` to where its chain starts.

        Raises :class:`_NegativeCycleError` with the cycle's edges, in order along
        them, when the chain comes round to a node it has met (a cycle of the chain
        lowered every distance on it, so its weight is negative).
        """
        met: set[int] = set()
        x: int | None = node
        while x is not None and x not in met:
            met.add(x)
            step = pred[x]
            x = None if step is None else step[0]
        self._spend(len(met))
        if x is None:
            return len(met) - 1
        cycle: list[tuple[int, Edge]] = []
        y = x
        while True:
            step = pred[y]
            assert step is not None
            cycle.append(step)
            y = step[0]
            if y == x:
                break
        cycle.reverse()
        raise _NegativeCycleError(cycle)

    def _search(
        self,
        adjacency: Sequence[Sequence[Edge]],
        pot: Sequence[Weight],
        source: int,
        targets: set[int],
        ahead: _Ahead,
    ) -> _Found:
        """A* search from ``source`` over reduced weights, until ``targets`` are settled.

        Nodes are taken in order of their reduced distance plus ``ahead``'s lower bound
        on the rest of the way to a target, which is consistent: each node is settled
        once, at its distance, as Dijkstra's search would settle it.
        """
        ps = pot[source]
        best: dict[int, Weight] = {source: _ZERO}
        pred: dict[int, tuple[int, int, bool]] = {}
        done: set[int] = set()
        left = set(targets)
        # Among nodes as near in weight, the one nearest a target (in days) first: many
        # paths weigh the same, and those toward the periods' ends settle them soonest.
        ends = sorted(targets)
        nearest = ends[0]

        def gap(y: int) -> int:
            i = bisect.bisect_left(ends, y)
            return min(ends[i] - y if i < len(ends) else y, y - ends[i - 1] if i else y + 1)

        def key(d: Weight, y: int) -> Weight:
            h = ahead(y, nearest)
            return (d[0] + h[0], d[1] + h[1])

        heap: list[tuple[Weight, int, int, Weight]] = [
            (key(_ZERO, source), gap(source), source, _ZERO)
        ]
        while heap and left:
            _, _, x, d = heapq.heappop(heap)
            if x in done:
                continue
            done.add(x)
            left.discard(x)
            px = pot[x]
            self._spend(1 + len(adjacency[x]))
            for y, w, k, cell, high in adjacency[x]:
                py = pot[y]
                reduced = (w + px[0] - py[0], k + px[1] - py[1])
                if reduced < _ZERO:  # potentials that do not hold: no bound from them
                    raise _CapReachedError
                nd = (d[0] + reduced[0], d[1] + reduced[1])
                if y not in best or nd < best[y]:
                    best[y] = nd
                    pred[y] = (x, cell, high)
                    heapq.heappush(heap, (key(nd, y), gap(y), y, nd))
        found = _Found()
        chains: dict[int, Why] = {source: None}
        for t in targets:
            if t in done and t != source:
                d = best[t]
                pt = pot[t]
                found[t] = (
                    (d[0] - ps[0] + pt[0], d[1] - ps[1] + pt[1]),
                    _Chain(self, pred, chains, t),
                )
        return found


class _Ahead:
    """A lower bound on the reduced weight of the rest of a path from a node to a later one.

    Days are nodes in order, and the only edges forward are a period's high end (in the
    graph reversed: its low end, and "never falls"). A path from x to a later day t
    crosses each cut between two days from x to t by such an edge (u, v), u before
    the cut and v after it, so it weighs at least d(x, u) + w(u, v) + d(v, t), and
    d(x, u) is at least q(x) − q(u) and d(v, t) at least p(t) − p(v), where p is the
    distance from the first node and q the distance back to it (the potentials of the
    two searches). For each cut let μ be the least w(u, v) − q(u) − p(v) of the edges
    across it: the path weighs at least q(x) + p(t) + μ for every cut from x to t,
    and so plus the greatest of those μ; in reduced weights (less p(t) − p(x)), at
    least q(x) + p(x) + that greatest μ, and at least 0. That bound is consistent (it
    falls along an edge by no more than the edge's reduced weight: going back, the
    cuts only add up; going forward across cuts, by the edge's own μ), so a search
    ordered by distance plus bound settles each node at its distance, and finds the
    distances Dijkstra's search finds, without walking out to the periods around the
    one asked about whose low ends are below its high end: periods nested around one
    centre took a quadratic time, each search walking out to them all.

    The least μ across each cut: edges in order of μ, each cut taken by the first
    edge across it (a cut no edge crosses is crossed by no path); range maxima from a
    sparse table.
    """

    __slots__ = ("_levels", "_sum")

    def __init__(
        self,
        paths: _Paths,
        adjacency: Sequence[Sequence[Edge]],
        pot: Sequence[Weight],
        back: Sequence[Weight],
    ) -> None:
        n = len(adjacency)
        edges: list[tuple[Weight, int, int]] = []
        for u, out in enumerate(adjacency):
            qu = back[u]
            for v, w, k, _, _ in out:
                if v > u:
                    pv = pot[v]
                    edges.append(((w - qu[0] - pv[0], k - qu[1] - pv[1]), u, v))
        paths._spend(len(edges) + n)
        edges.sort(key=lambda e: e[0])
        least: list[Weight] = [(INF, 0)] * max(n - 1, 0)
        after = list(range(n))  # the first cut not yet taken, from each (path halving)

        def first(c: int) -> int:
            while after[c] != c:
                after[c] = after[after[c]]
                c = after[c]
            return c

        for mu, u, v in edges:
            c = first(u)
            while c < v:
                least[c] = mu
                after[c] = c + 1
                c = first(c + 1)
        levels = [least]
        width = 1
        while 2 * width <= len(least):
            below = levels[-1]
            levels.append([max(below[i], below[i + width]) for i in range(len(below) - width)])
            width *= 2
        self._levels = levels
        #: q(x) + p(x) for each node.
        self._sum = [(a[0] + b[0], a[1] + b[1]) for a, b in zip(pot, back, strict=True)]

    def __call__(self, x: int, t: int) -> Weight:
        """The bound from node ``x`` to node ``t`` (zero unless ``x`` is before ``t``)."""
        if x >= t:
            return _ZERO
        level = (t - x).bit_length() - 1
        row = self._levels[level]
        mu = max(row[x], row[t - (1 << level)])
        own = self._sum[x]
        bound = (own[0] + mu[0], own[1] + mu[1])
        return bound if bound > _ZERO else _ZERO


class _Chain:
    """The reasons along a search's path to one node, made only when a bound uses them.

    Paths to several nodes share their first edges: each node's reason is made once
    (a chain of pairs), so the reasons of a search cost no more than the search.
    """

    __slots__ = ("chains", "node", "paths", "pred")

    def __init__(
        self,
        paths: _Paths,
        pred: Mapping[int, tuple[int, int, bool]],
        chains: dict[int, Why],
        node: int,
    ) -> None:
        self.paths, self.pred, self.chains, self.node = paths, pred, chains, node

    def __call__(self) -> Why:
        chains, pred = self.chains, self.pred
        walk = []
        y = self.node
        while y not in chains:
            x, cell, high = pred[y]
            walk.append((y, cell, high))
            y = x
        reason = chains[y]
        for node, cell, high in reversed(walk):
            reason = _joined(reason, self.paths.why(cell, high))
            chains[node] = reason
        return reason


class _Found(dict[int, tuple[Weight, _Chain]]):
    """The distance to each target reached, and its reasons when asked for."""


def _joined(a: Why, b: Why) -> Why:
    """One reason standing for both (no new one when either is missing)."""
    if a is None:
        return b
    if b is None:
        return a
    return Reason(parents=(a, b))
