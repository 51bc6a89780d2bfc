"""Relation propagation with explanations: narrow interval bounds to a fixpoint.

A :class:`Network` holds *cells* — the unknown value of one measure at one
comparable time, each with an interval of values it may still take — and
*rules* between cells (sums, ``≤``, shares, the time rules of running totals).
:meth:`Network.run` applies the rules until no bound changes. Every end a rule
narrows records a :class:`Reason` (the rule and the reasons of the ends it
used), so each bound can be explained back to the figures that seeded the
cells; :func:`explain` flattens a reason into figure ids and rule numbers.

Propagation always stops: the number of rule applications is capped at
``32 × rules + 256``. Hitting the cap proves nothing by itself — shares and sums
can approach a fixpoint forever (``p = w / 2``, ``w = p + 1``) — so only a
*proof* is reported: the rules are read as difference constraints
(``x − y ≤ c``) and a cycle of negative total weight among the cells still
moving (``a ≤ b``, ``b ≤ a − 1``) is declared in conflict (:class:`Failure`
with ``diverged=True``) at once, instead of narrowing it one unit per step.
With no such cycle the moving cells are *frozen* at their current, sound
bounds (rounded outwards to millionths) and the rest of the network settles.
A negative cycle among cells that no bound ever reaches (no figure at all) is
found the same way when the rules settle.

Each application also takes bounded time, whatever the magnitudes: an end a rule
proposes is kept exact up to magnitude ``2**LARGE_BITS`` and denominator
``2**FINE_BITS`` (twice the bits of the number limit), and rounded outwards beyond
(:func:`outward`): a bound may get wider than the exact one, never narrower.

>>> net = Network()
>>> a = net.add_cell(Interval.closed(0, 10**12), whole=True, lo_why="fa")
>>> b = net.add_cell(Interval.closed(0, 10**12), whole=True)
>>> _ = net.add(LessEqualRule(a=a, b=b, offset=0, label="a ≤ b"))
>>> _ = net.add(LessEqualRule(a=b, b=a, offset=-1, label="b ≤ a − 1"))
>>> [f.diverged for f in net.run()]
[True]
"""

from __future__ import annotations

import abc
import collections
import itertools
import math
from array import array
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Final, Literal, TypeAlias

import attrs

from pwstats.interval import INF, End, Interval
from pwstats.limits import MAX_DIGITS, MAX_MAGNITUDE

__all__ = [
    "FINE_BITS",
    "LARGE_BITS",
    "ONE",
    "Collision",
    "Failure",
    "LessEqualRule",
    "Network",
    "NeverFallsRule",
    "Reason",
    "Rule",
    "ShareRule",
    "StepRule",
    "SumRule",
    "Why",
    "explain",
    "explain_nearest",
    "first_failure",
    "outward",
    "satisfiable",
]

_INF: Final = INF
_NO_VALUE: Final = Interval.empty()

#: The scale of a cell already in the common unit. Rules compare scales with it by
#: identity first (a tuple comparison), so callers pass this one object for 1.
ONE: Final = Fraction(1)


class Reason:
    """Why one end of a cell's bound is where it is, when more than one figure says so.

    ``figures`` are figure ids that state it directly (a seed); ``rule`` is the
    index of the rule that narrowed it, and ``parents`` the reasons of the ends
    that rule used. Reasons are immutable once made and never form cycles. An
    end one figure states has that figure's id as its reason (see :data:`Why`).

    >>> seed = Reason(figures=("f1",))
    >>> explain(Reason(rule=3, parents=(seed, None)))
    (('f1',), (3,))
    """

    __slots__ = ("figures", "parents", "rule")

    def __init__(
        self,
        *,
        figures: tuple[str, ...] = (),
        rule: int | None = None,
        parents: tuple[Why, ...] = (),
    ) -> None:
        self.figures = figures
        self.rule = rule
        self.parents = parents

    def __repr__(self) -> str:
        figures, rules = explain(self)
        return f"Reason(figures={figures!r}, rules={rules!r})"


#: Why one end of a cell's bound is where it is: a figure id when one figure states it
#: (a seed: the id itself, as a long series seeds an end per figure), a
#: :class:`Reason` when a rule narrowed it or several figures state it, None when
#: nothing bounds it.
Why: TypeAlias = "Reason | str | None"


def explain(*roots: Why) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The figure ids and rule indices behind some reasons, each once, nearest first.

    The walk is iterative and visits each reason once, so deep chains of
    narrowing (thousands of rules in a row) are explained in linear time.

    >>> r = Reason(rule=1, parents=(Reason(figures=("a",)), Reason(rule=0, parents=())))
    >>> explain(r, Reason(figures=("a", "b")), "c")
    (('a', 'b', 'c'), (1, 0))
    """
    figures, rules, _ = explain_nearest(*roots)
    return figures, rules


def explain_nearest(
    *roots: Why, limit: int | None = None
) -> tuple[tuple[str, ...], tuple[int, ...], bool]:
    """:func:`explain` of the ``limit`` reasons nearest the roots; and whether that is all.

    The walk is breadth first, so the reasons met first are the ends a failure's
    own rules used, then theirs: a conflict is looked for among them before the
    whole chain behind it (a running count's reasons go back to its first day).
    Without ``limit`` every reason is visited.

    >>> r = Reason(rule=1, parents=(Reason(rule=0, parents=("a",)), "b"))
    >>> explain_nearest(r, limit=1), explain_nearest(r, limit=3)
    (((), (1,), False), (('b', 'a'), (1, 0), True))
    """
    figures: dict[str, None] = {}
    rules: dict[int, None] = {}
    seen: set[int] = set()
    queue = collections.deque(r for r in roots if r is not None)
    visited = 0
    while queue:
        if limit is not None and visited >= limit:
            return tuple(figures), tuple(rules), False
        reason = queue.popleft()
        if isinstance(reason, str):
            figures.setdefault(reason, None)
            continue
        if id(reason) in seen:
            continue
        seen.add(id(reason))
        visited += 1
        for f in reason.figures:
            figures.setdefault(f, None)
        if reason.rule is not None:
            rules.setdefault(reason.rule, None)
        queue.extend(p for p in reason.parents if p is not None)
    return tuple(figures), tuple(rules), True


#: The most figures and rules a link of a chain :class:`Explanations` remembers may add
#: (its rules only, when it adds no figure): a chain whose reasons keep adding figures
#: is walked each time, not remembered link by link at a cost growing with each.
REMEMBERED: Final = 64
#: The most figures and rules the explanation of a reason of several parents that a
#: chain ends in may hold to be remembered (once, for every link above it).
REMEMBERED_BASE: Final = 4096
#: How deep :class:`Explanations` nests remembering inside a walk (each level a chain
#: below a reason of several parents) before it just walks.
_NESTED: Final = 32


class Explanations:
    """:func:`explain`, with each rule kept only where its key first comes, remembered.

    Who reads an explanation names each relation (and its sentence) once: a running
    total's bound at its thousandth date rests on a chain of a thousand "never falls"
    rules, each its own rule, all one relation. Read by ``key`` (a rule's relation and
    sentence), such a chain says what its last link says, so the explanation of each
    reason of a chain (one parent, itself a reason) is remembered, by identity, and a
    walk that reaches one with nothing else left to walk takes its rest from there:
    explaining the bound at each of N dates is then linear, not quadratic.

    The answer is exactly :func:`explain`'s with the rules whose key came before left
    out: when the queue of a breadth-first walk is empty, the rest of the walk is the
    walk of the reason it takes next on its own (anything that reason reaches through a
    reason walked already was walked with it). A chain whose links keep adding figures
    past :data:`REMEMBERED` is walked, not remembered; nor is an explanation that met a
    rule past those there to stay (``rules``), which another view may read otherwise.

    >>> chain = "seed"
    >>> for rule in range(5):
    ...     chain = Reason(rule=rule, parents=(chain,))
    >>> Explanations(lambda rule: "never falls")(chain)
    (('seed',), (4,))
    """

    __slots__ = ("_key", "_known", "_rules")

    def __init__(self, key: Callable[[int], Hashable], rules: int | None = None) -> None:
        """``rules``: how many rules ``key`` reads that are there to stay; an explanation
        naming a rule numbered past them (one a query made) is not remembered."""
        self._key = key
        self._rules = rules
        self._known: dict[int, tuple[Reason, tuple[str, ...], tuple[int, ...]]] = {}

    def __call__(self, *roots: Why) -> Explained:
        return _Walk(self._known, self._key, self._rules).walk(roots, 0)

    def extended(self, key: Callable[[int], Hashable]) -> Explanations:
        """These explanations, with rules past the ones there to stay read by ``key``
        (which reads the others as this one does): what they remember is shared."""
        more = Explanations(key, self._rules)
        more._known = self._known
        return more


#: Figure ids and rule numbers, as :func:`explain` gives them.
Explained: TypeAlias = tuple[tuple[str, ...], tuple[int, ...]]


class _Walk:
    """One call of :class:`Explanations`: what it remembers, how it reads rules, and how
    many of them are there to stay (None: all)."""

    __slots__ = ("fresh", "key", "known", "rules")

    def __init__(
        self,
        known: dict[int, tuple[Reason, tuple[str, ...], tuple[int, ...]]],
        key: Callable[[int], Hashable],
        rules: int | None,
    ) -> None:
        self.known, self.key, self.rules = known, key, rules
        #: Whether the walk met a rule past those there to stay (one a query made): what
        #: it found then depends on how this call reads that rule, and is not remembered.
        self.fresh = False

    def walk(self, roots: Iterable[Why], nested: int) -> Explained:
        key, stay = self.key, self.rules
        figures: dict[str, None] = {}
        rules: dict[Hashable, int] = {}
        seen: set[int] = set()
        queue = collections.deque(r for r in roots if r is not None)
        while queue:
            reason = queue.popleft()
            if isinstance(reason, str):
                figures.setdefault(reason, None)
                continue
            if id(reason) in seen:
                continue
            if not queue and nested < _NESTED:
                rest = self.alone(reason, nested)
                if rest is _TOO_LONG:
                    nested = _NESTED  # so is every link above: walk it, once
                elif rest is not None:
                    figures.update(dict.fromkeys(f for f in rest[0] if f not in figures))
                    for earlier in rest[1]:
                        rules.setdefault(key(earlier), earlier)
                    break
            seen.add(id(reason))
            for f in reason.figures:
                figures.setdefault(f, None)
            rule = reason.rule
            if rule is not None:
                rules.setdefault(key(rule), rule)
                if stay is not None and rule >= stay:
                    self.fresh = True
            queue.extend(p for p in reason.parents if p is not None)
        return tuple(figures), tuple(rules.values())

    def alone(self, start: Reason, nested: int) -> Explained | None:
        """The explanation of ``start`` alone, when it is remembered or ends a chain; None
        when ``start`` has not one parent (the caller walks it), :data:`_TOO_LONG` when it
        is too long to remember.

        A link that adds no figure shares its parent's tuple of figures, and only its
        rules count towards :data:`REMEMBERED`: a chain of one rule over a sum of many
        parts is remembered link by link at the cost of its rules.
        """
        known = self.known
        chain: list[Reason] = []
        node = start
        while True:
            hit = known.get(id(node))
            if hit is not None and hit[0] is node:
                found = hit[1], hit[2]
                break
            parent = _single_parent(node)
            if parent is not None:
                chain.append(node)
                node = parent
                continue
            if not chain:
                return None
            was, self.fresh = self.fresh, False
            found = self.walk((node,), nested + 1)
            fresh, self.fresh = self.fresh, was or self.fresh
            if len(found[0]) + len(found[1]) > REMEMBERED_BASE:
                return _TOO_LONG
            if fresh:  # worked out for this call alone, as is every link above
                return self._up(chain, found, keep=False)
            self.remember(node, found)
            break
        return self._up(chain, found, keep=True)

    def _up(self, chain: list[Reason], found: Explained, *, keep: bool) -> Explained | None:
        """The explanation of the top of ``chain`` (links, top first) from ``found``, that of
        the reason its last link rests on; each link's remembered while ``keep`` and no
        rule a query made has come (:data:`_TOO_LONG` when a link adds too much)."""
        key, stay = self.key, self.rules
        for link in reversed(chain):
            rule = link.rule
            if rule is not None and stay is not None and rule >= stay:
                self.fresh, keep = True, False
            if link.figures:
                figures = dict.fromkeys(link.figures)
                figures.update(dict.fromkeys(f for f in found[0] if f not in figures))
                shown = tuple(figures)
            else:
                shown = found[0]  # shared, not copied
            rules: dict[Hashable, int] = {}
            if rule is not None:
                rules[key(rule)] = rule
            for r in found[1]:
                rules.setdefault(key(r), r)
            found = shown, tuple(rules.values())
            grown = len(found[1]) + (len(shown) if link.figures else 0)
            if grown > REMEMBERED:
                return _TOO_LONG
            if keep:
                self.remember(link, found)
        return found

    def remember(self, reason: Reason, found: Explained) -> None:
        """Keep ``found`` as what ``reason`` alone says."""
        self.known[id(reason)] = (reason, *found)


#: What :meth:`Explanations._alone` says of a chain too long to remember.
_TOO_LONG: Final[Explained] = ((), ())


def _single_parent(reason: Reason) -> Reason | None:
    """The one parent of ``reason`` when it has one (None ends not counted) and that is a
    reason, else None."""
    only: Reason | None = None
    for p in reason.parents:
        if p is None:
            continue
        if only is not None or not isinstance(p, Reason):
            return None
        only = p
    return only


#: A proposed new end for a cell: (cell, is_high_end, value, closed, parent reasons).
Proposal: TypeAlias = tuple[int, bool, End, bool, tuple[Why, ...]]
#: A difference constraint x_u − x_v ≤ w: (u, v, w, reasons of the bounds it used).
Difference: TypeAlias = tuple[int, int, End, tuple[Why, ...]]


#: What a rule reads: (bounds, lo_why, hi_why), each cell's current bounds and the reasons
#: for their low and high ends, indexed by cell. A :class:`Network` passes its own lists,
#: so a rule always sees the latest narrowing. A plain tuple: rules unpack it on every call.
CellState: TypeAlias = tuple[Sequence[Interval], Sequence[Why], Sequence[Why]]


def _scale(x: End, s: Fraction) -> End:
    """``x × s`` for a positive exact scale, keeping ints ints and infinities infinite."""
    if s == 1 or isinstance(x, float):
        return x
    r = x * s
    return r.numerator if r.denominator == 1 else r


def _unscale(x: End, s: Fraction) -> End:
    return _scale(x, 1 / s) if s != 1 else x


class _Ends:
    """The sum of some cells' low ends (``sign`` −1) or high ends (``sign`` 1), each scaled.

    ``ends[i]`` is the end of ``cells[i]`` times ``scales[i]``, with whether it
    is closed; :meth:`without` sums every end but one. A sum whose denominator
    outgrows ``2**FINE_BITS`` is rounded outwards (a sum of low ends down, of high
    ends up), so it, and every sum but one, can only be looser than the exact one.
    """

    __slots__ = ("ends", "finite", "infinite", "open", "sign")

    def __init__(
        self,
        bounds: Sequence[Interval],
        cells: Sequence[int],
        scales: Sequence[Fraction],
        sign: int,
        *,
        unit: bool = False,
    ) -> None:
        """``unit``: every scale is 1 (the caller knows), so nothing is scaled."""
        self.sign = sign
        ends: list[tuple[End, bool]]
        if unit:
            if sign < 0:
                ends = [(iv.lo, iv.lo_closed) for iv in map(bounds.__getitem__, cells)]
            else:
                ends = [(iv.hi, iv.hi_closed) for iv in map(bounds.__getitem__, cells)]
        elif sign < 0:
            pairs = zip(cells, scales, strict=True)
            ends = [(_scale(bounds[c].lo, s), bounds[c].lo_closed) for c, s in pairs]
        else:
            pairs = zip(cells, scales, strict=True)
            ends = [(_scale(bounds[c].hi, s), bounds[c].hi_closed) for c, s in pairs]
        finite: End = 0
        infinite = open_ = 0
        for value, closed in ends:
            if isinstance(value, float):
                infinite += 1
            else:
                finite += value
                if type(finite) is Fraction and finite.denominator > _FINE_DENOMINATOR:
                    # Fractions of many sizes would add up to a denominator of thousands
                    # of digits per part: round the running sum outwards (low ends down).
                    bits = _FINE_DENOMINATOR.bit_length() - 1
                    finite = _to_grid(finite, up=sign > 0, fine_bits=bits)
            open_ += not closed
        self.ends, self.finite, self.infinite, self.open = ends, finite, infinite, open_

    def total(self) -> tuple[End, bool]:
        if self.infinite:
            return self.sign * _INF, False
        return self.finite, not self.open

    def without(self, i: int) -> tuple[End, bool]:
        """The sum of every end but the ``i``-th."""
        value, closed = self.ends[i]
        infinite = self.infinite - isinstance(value, float)
        if infinite:
            return self.sign * _INF, False
        rest = self.finite - value if not isinstance(value, float) else self.finite
        return rest, (self.open - (not closed)) == 0


class Rule(abc.ABC):
    """A constraint between cells that can narrow their bounds.

    ``narrow`` looks at the current bounds (a ``CellState``) and proposes
    new ends, each with the reasons of the ends it was computed from; the
    network keeps a proposal only when it is tighter. ``remap`` renumbers cells
    (for checking a few rules on their own). ``label`` names the rule for
    people: a relation id or a sentence such as "returned never falls".
    """

    __slots__ = ()  # no instance dictionary for any rule: a network holds a rule a figure

    label: str

    @property
    @abc.abstractmethod
    def cells(self) -> tuple[int, ...]:
        """Every cell the rule reads or narrows."""

    @abc.abstractmethod
    def narrow(self, state: CellState) -> list[Proposal]:
        """Proposed ends implied by the rule and the current bounds."""

    @abc.abstractmethod
    def remap(self, cells: Mapping[int, int]) -> Rule:
        """The same rule over renumbered cells."""

    def differences(self, state: CellState) -> list[Difference]:
        """Difference constraints ``x_u − x_v ≤ w`` the rule implies under the current bounds.

        Used only to prove that rules ask a value to exceed itself (a cycle of
        negative total weight); a rule that implies none returns ``[]``.
        """
        return []


def _ones(n: int) -> tuple[Fraction, ...]:
    return (ONE,) * n


def _all_one(scales: tuple[Fraction, ...]) -> bool:
    return scales == (ONE,) * len(scales)  # identical elements compare without __eq__


#: Rules leave out proposals the network would drop anyway (no tighter than the bound
#: they would move), so as not to build their reasons. Tests turn this on to check that
#: every rule then gives the same bounds and failures as with every proposal made.
EVERY_PROPOSAL = False


def _looser_hi(bound: Interval, value: End, closed: bool) -> bool:
    """True when a proposed high end is no tighter than ``bound``'s: the network would
    drop it (the same test as ``Network._narrowed``), so a rule need not build its reasons."""
    return _hi_key(value, closed) >= _hi_key(bound.hi, bound.hi_closed)


def _looser_lo(bound: Interval, value: End, closed: bool) -> bool:
    """True when a proposed low end is no tighter than ``bound``'s (see :func:`_looser_hi`)."""
    return _lo_key(value, closed) <= _lo_key(bound.lo, bound.lo_closed)


def _join(a: Why, b: Why) -> Why:
    """One reason standing for both (no new node when either is missing)."""
    if a is None:
        return b
    if b is None:
        return a
    return Reason(parents=(a, b))


def _all_but_each(whys: Sequence[Why]) -> list[tuple[Why, Why]]:
    """For each position, two reasons that together stand for every other position's.

    Prefix and suffix chains share their nodes, so this is O(n) in time and memory
    where a tuple of the others' reasons per position would be O(n²): a sum over
    16,000 parts narrows each part with the reasons of the 15,999 others.
    """
    n = len(whys)
    prefix: list[Why] = [None] * (n + 1)
    for i, w in enumerate(whys):
        prefix[i + 1] = _join(prefix[i], w)
    suffix: list[Why] = [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = _join(whys[i], suffix[i + 1])
    return [(prefix[i], suffix[i + 1]) for i in range(n)]


@attrs.frozen
class SumRule(Rule):
    """total = Σ parts (``complete``), or total ≥ Σ parts; ``scales`` convert to one unit.

    ``scales[0]`` is the total's, then one per part: a cell's value times its
    scale is in the common unit.

    >>> net = Network()
    >>> t = net.add_cell(Interval.unbounded())
    >>> p, q = net.add_cell(Interval.point(3000)), net.add_cell(Interval.point(28000))
    >>> _ = net.add(SumRule(total=t, parts=(p, q), complete=True, label="s"))
    >>> net.run(), net.bounds[t]
    ([], Interval.parse('[31000, 31000]'))
    """

    total: int
    parts: tuple[int, ...]
    complete: bool
    label: str
    scales: tuple[Fraction, ...] = attrs.field()

    _unscaled: bool = attrs.field(init=False, eq=False, repr=False)

    @scales.default
    def _scales(self) -> tuple[Fraction, ...]:
        return _ones(len(self.parts) + 1)

    @_unscaled.default
    def _every_scale_one(self) -> bool:
        return _all_one(self.scales)

    @property
    def cells(self) -> tuple[int, ...]:
        return (self.total, *self.parts)

    def narrow(self, state: CellState) -> list[Proposal]:
        bounds, lo_why, hi_why = state
        st, sp = self.scales[0], self.scales[1:]
        t = bounds[self.total]
        unit = self._unscaled
        lo_sum = _Ends(bounds, self.parts, sp, -1, unit=unit)
        hi_sum = _Ends(bounds, self.parts, sp, 1, unit=unit)
        out: list[Proposal] = []
        value, closed = lo_sum.total()
        out.append(
            (self.total, False, _unscale(value, st), closed, tuple(lo_why[p] for p in self.parts))
        )
        if self.complete:
            value, closed = hi_sum.total()
            parents = tuple(hi_why[p] for p in self.parts)
            out.append((self.total, True, _unscale(value, st), closed, parents))
        t_lo, t_hi = _scale(t.lo, st), _scale(t.hi, st)
        # The others' reasons are built only when some part's end would move.
        low_others: list[tuple[Why, Why]] | None = None
        high_others: list[tuple[Why, Why]] | None = None
        lows = t_hi != _INF
        highs = self.complete and t_lo != -_INF
        every = EVERY_PROPOSAL
        for i, (p, s) in enumerate(zip(self.parts, sp, strict=True)):
            if lows:
                rest, rest_closed = lo_sum.without(i)
                if rest != -_INF:
                    value = t_hi - rest if unit else _unscale(t_hi - rest, s)
                    closed = t.hi_closed and rest_closed
                    if every or not _looser_hi(bounds[p], value, closed):
                        if low_others is None:
                            low_others = _all_but_each([lo_why[q] for q in self.parts])
                        out.append((p, True, value, closed, (hi_why[self.total], *low_others[i])))
            if highs:
                rest, rest_closed = hi_sum.without(i)
                if rest != _INF:
                    value = t_lo - rest if unit else _unscale(t_lo - rest, s)
                    closed = t.lo_closed and rest_closed
                    if every or not _looser_lo(bounds[p], value, closed):
                        if high_others is None:
                            high_others = _all_but_each([hi_why[q] for q in self.parts])
                        out.append((p, False, value, closed, (lo_why[self.total], *high_others[i])))
        return out

    def differences(self, state: CellState) -> list[Difference]:
        bounds, lo_why, hi_why = state
        if any(s != self.scales[0] for s in self.scales):
            return []
        ones = _ones(len(self.parts))  # one scale for all: the constraints hold unscaled
        los, his = _Ends(bounds, self.parts, ones, -1), _Ends(bounds, self.parts, ones, 1)
        out: list[Difference] = []
        low_others = _all_but_each([lo_why[p] for p in self.parts])
        high_others = _all_but_each([hi_why[p] for p in self.parts]) if self.complete else None
        for i, p in enumerate(self.parts):
            rest, _ = los.without(i)
            if rest != -_INF:  # p ≤ total − Σ others ≤ total − Σ others.lo
                out.append((p, self.total, -rest, low_others[i]))
            if high_others is not None:
                rest, _ = his.without(i)
                if rest != _INF:  # total ≤ p + Σ others.hi
                    out.append((self.total, p, rest, high_others[i]))
        return out

    def remap(self, cells: Mapping[int, int]) -> SumRule:
        return attrs.evolve(
            self, total=cells[self.total], parts=tuple(cells[p] for p in self.parts)
        )


@attrs.frozen
class LessEqualRule(Rule):
    """a ≤ b + offset, with b's value times ``scale`` in a's unit (offset in a's unit).

    >>> net = Network()
    >>> a, b = net.add_cell(Interval.closed(0, 100)), net.add_cell(Interval.closed(0, 50))
    >>> _ = net.add(LessEqualRule(a=a, b=b, offset=10, label="a ≤ b + 10"))
    >>> net.run(), net.bounds[a]
    ([], Interval.parse('[0, 60]'))
    """

    a: int
    b: int
    offset: End
    label: str
    scale: Fraction = Fraction(1)

    @property
    def cells(self) -> tuple[int, ...]:
        return (self.a, self.b)

    def narrow(self, state: CellState) -> list[Proposal]:
        bounds, lo_why, hi_why = state
        a, b = bounds[self.a], bounds[self.b]
        out: list[Proposal] = []
        b_hi = _scale(b.hi, self.scale)
        if b_hi != _INF:
            out.append((self.a, True, b_hi + self.offset, b.hi_closed, (hi_why[self.b],)))
        if a.lo != -_INF:
            value = _unscale(a.lo - self.offset, self.scale)
            out.append((self.b, False, value, a.lo_closed, (lo_why[self.a],)))
        return out

    def differences(self, state: CellState) -> list[Difference]:
        if self.scale != 1 or isinstance(self.offset, float):
            return []
        return [(self.a, self.b, self.offset, ())]

    def remap(self, cells: Mapping[int, int]) -> LessEqualRule:
        return attrs.evolve(self, a=cells[self.a], b=cells[self.b])


@attrs.frozen
class NeverFallsRule(Rule):
    """A running total is at least as high at a later cell as at an earlier one.

    The time rule between two spans of a cumulative measure with no event counted
    between them: what a :class:`StepRule` with no events says, in a third of its
    memory (a long series has such a link for nearly every figure).

    >>> net = Network()
    >>> dec, jan = net.add_cell(Interval.at_least(2600)), net.add_cell(Interval.at_most(2828))
    >>> _ = net.add(NeverFallsRule(earlier=dec, later=jan, label="returned never falls"))
    >>> net.run(), str(net.bounds[dec]), str(net.bounds[jan])
    ([], '[2600, 2828]', '[2600, 2828]')
    """

    earlier: int
    later: int
    label: str

    @property
    def cells(self) -> tuple[int, ...]:
        return (self.earlier, self.later)

    def narrow(self, state: CellState) -> list[Proposal]:
        bounds, lo_why, hi_why = state
        e, later = bounds[self.earlier], bounds[self.later]
        out: list[Proposal] = []
        if e.lo != -_INF:
            out.append((self.later, False, e.lo, e.lo_closed, (lo_why[self.earlier],)))
        if later.hi != _INF:
            out.append((self.earlier, True, later.hi, later.hi_closed, (hi_why[self.later],)))
        return out

    def differences(self, state: CellState) -> list[Difference]:
        return [(self.earlier, self.later, 0, ())]  # earlier − later ≤ 0

    def remap(self, cells: Mapping[int, int]) -> NeverFallsRule:
        return attrs.evolve(self, earlier=cells[self.earlier], later=cells[self.later])


def _ends_of(
    iv: Interval, cell: int | None, parents: tuple[Why, ...], *, scale: Fraction
) -> list[Proposal]:
    """Proposals for the finite ends of ``iv / scale``: from the common unit to ``cell``'s."""
    if scale != 1:
        iv = iv / scale
    if cell is None or iv.is_empty:
        return []
    out: list[Proposal] = []
    if iv.lo != -_INF:
        out.append((cell, False, iv.lo, iv.lo_closed, parents))
    if iv.hi != _INF:
        out.append((cell, True, iv.hi, iv.hi_closed, parents))
    return out


@attrs.frozen
class ShareRule(Rule):
    """part = ratio × whole; ``ratio`` is a cell (a share measure) or a constant interval.

    ``scales`` put part and whole in one unit and the ratio cell in plain
    numbers (percent → a fraction of 1). ``whole = part / ratio`` uses interval
    division; when the ratio may be 0 only the safe half is used: with
    ``ratio ≥ 0`` and ``part > 0``, ``whole ≥ part.lo / ratio.hi``.

    >>> net = Network()
    >>> part, whole = net.add_cell(Interval.point(31000)), net.add_cell(Interval.unbounded())
    >>> _ = net.add(ShareRule(part=part, whole=whole, ratio=None,
    ...                       constant=Interval.closed(Fraction(1, 4), Fraction(1, 2)), label="s"))
    >>> net.run(), net.bounds[whole]
    ([], Interval.parse('[62000, 124000]'))
    """

    part: int
    whole: int
    ratio: int | None
    constant: Interval | None
    label: str
    scales: tuple[Fraction, Fraction, Fraction] = (Fraction(1), Fraction(1), Fraction(1))

    @property
    def cells(self) -> tuple[int, ...]:
        return (
            (self.part, self.whole) if self.ratio is None else (self.part, self.whole, self.ratio)
        )

    def narrow(self, state: CellState) -> list[Proposal]:
        bounds, lo_why, hi_why = state
        sp, sw, sr = self.scales
        part = bounds[self.part] * sp if sp != 1 else bounds[self.part]
        whole = bounds[self.whole] * sw if sw != 1 else bounds[self.whole]
        if self.ratio is None:
            assert self.constant is not None
            r = self.constant
            r_why: tuple[Why, ...] = ()
        else:
            r = bounds[self.ratio] * sr if sr != 1 else bounds[self.ratio]
            r_why = (lo_why[self.ratio], hi_why[self.ratio])
        w_why = (lo_why[self.whole], hi_why[self.whole])
        p_why = (lo_why[self.part], hi_why[self.part])
        out = _ends_of(r * whole, self.part, w_why + r_why, scale=sp)
        if 0 not in r:
            out += _ends_of(part / r, self.whole, p_why + r_why, scale=sw)
        elif r.lo >= 0 and r.hi != _INF and r.hi > 0 and part.lo >= 0 and not part.is_empty:
            floor = Interval(
                part.lo / Fraction(r.hi), _INF, lo_closed=part.lo_closed and r.hi_closed
            )
            if part.lo > 0:
                out += _ends_of(floor, self.whole, p_why + r_why, scale=sw)
        if self.ratio is not None and 0 not in whole:
            out += _ends_of(part / whole, self.ratio, p_why + w_why, scale=sr)
        return out

    def remap(self, cells: Mapping[int, int]) -> ShareRule:
        ratio = None if self.ratio is None else cells[self.ratio]
        return attrs.evolve(self, part=cells[self.part], whole=cells[self.whole], ratio=ratio)


@attrs.frozen
class StepRule(Rule):
    """A running total from an earlier cell to a later one rises by its events.

    later − earlier ≥ Σ ``sure`` events (events certainly dated in between);
    with ``complete``, also later − earlier ≤ Σ (``sure`` + ``possible``) events,
    ``possible`` being events that may fall in between. With no events this is
    the time rule of a cumulative measure: it never falls. ``scales`` convert
    each event cell into the total's unit.

    >>> net = Network()
    >>> dec, jan = net.add_cell(Interval.unbounded()), net.add_cell(Interval.point(2828))
    >>> swap = net.add_cell(Interval.at_least(231))
    >>> _ = net.add(StepRule(earlier=dec, later=jan, sure=(swap,), possible=(),
    ...                      complete=False, label="returned accumulates releases"))
    >>> net.run(), net.bounds[dec]
    ([], Interval.parse('(-inf, 2597]'))
    """

    earlier: int
    later: int
    sure: tuple[int, ...]
    possible: tuple[int, ...]
    complete: bool
    label: str
    scales: tuple[Fraction, ...] = attrs.field()

    _unscaled: bool = attrs.field(init=False, eq=False, repr=False)

    @scales.default
    def _scales(self) -> tuple[Fraction, ...]:
        return _ones(len(self.sure) + len(self.possible))

    @_unscaled.default
    def _every_scale_one(self) -> bool:
        return _all_one(self.scales)

    @property
    def cells(self) -> tuple[int, ...]:
        return (self.earlier, self.later, *self.sure, *self.possible)

    def narrow(self, state: CellState) -> list[Proposal]:
        bounds, lo_why, hi_why = state
        e, later = bounds[self.earlier], bounds[self.later]
        events = (*self.sure, *self.possible)
        ss = self.scales
        n_sure = len(self.sure)
        unit = self._unscaled
        rise = _Ends(bounds, self.sure, ss[:n_sure], -1, unit=unit)
        low, low_closed = rise.total()
        if low == -_INF or (not isinstance(low, float) and low < 0):
            low, low_closed = 0, True  # a running total never falls, whatever the events say
            sure_why: tuple[Why, ...] = ()
        else:
            sure_why = tuple(lo_why[x] for x in self.sure)
        out: list[Proposal] = []
        if e.lo != -_INF:
            parents = (lo_why[self.earlier], *sure_why)
            out.append((self.later, False, e.lo + low, e.lo_closed and low_closed, parents))
        if later.hi != _INF:
            parents = (hi_why[self.later], *sure_why)
            out.append(
                (self.earlier, True, later.hi - low, later.hi_closed and low_closed, parents)
            )
        if later.hi != _INF and e.lo != -_INF:
            gap = later.hi - e.lo
            sure_others = None  # built only when some event's end would move
            # In one unit with every low end finite, event i's new high end is
            # ``slack + its low end``: inlined, as a running total links many events.
            slack = gap - rise.finite if unit and not rise.infinite else None
            every = EVERY_PROPOSAL
            for i, (x, s) in enumerate(zip(self.sure, ss, strict=False)):
                if slack is not None:
                    end, end_closed = rise.ends[i]
                    value = slack + end
                    closed = later.hi_closed and e.lo_closed and rise.open == (not end_closed)
                    b = bounds[x]
                    if not every and (
                        value > b.hi or (value == b.hi and (closed or not b.hi_closed))
                    ):
                        continue  # no tighter: the network would drop it
                else:
                    rest, rest_closed = rise.without(i)
                    if rest == -_INF:
                        continue
                    value = gap - rest if unit else _unscale(gap - rest, s)
                    closed = later.hi_closed and e.lo_closed and rest_closed
                    if not every and _looser_hi(bounds[x], value, closed):
                        continue
                if sure_others is None:
                    sure_others = _all_but_each([lo_why[o] for o in self.sure])
                parents = (hi_why[self.later], lo_why[self.earlier], *sure_others[i])
                out.append((x, True, value, closed, parents))
        if self.complete:
            most = _Ends(bounds, events, ss, 1, unit=unit)
            high, high_closed = most.total()
            if high != _INF:
                events_why = tuple(hi_why[x] for x in events)
                if e.hi != _INF:
                    parents = (hi_why[self.earlier], *events_why)
                    out.append(
                        (self.later, True, e.hi + high, e.hi_closed and high_closed, parents)
                    )
                if later.lo != -_INF:
                    parents = (lo_why[self.later], *events_why)
                    closed = later.lo_closed and high_closed
                    out.append((self.earlier, False, later.lo - high, closed, parents))
            if later.lo != -_INF and e.hi != _INF:
                gap = later.lo - e.hi
                event_others = None
                for i, (x, s) in enumerate(zip(self.sure, ss[:n_sure], strict=True)):
                    rest, rest_closed = most.without(i)
                    if rest == _INF:
                        continue
                    value = gap - rest if unit else _unscale(gap - rest, s)
                    closed = later.lo_closed and e.hi_closed and rest_closed
                    if not EVERY_PROPOSAL and _looser_lo(bounds[x], value, closed):
                        continue
                    if event_others is None:
                        event_others = _all_but_each([hi_why[o] for o in events])
                    parents = (lo_why[self.later], hi_why[self.earlier], *event_others[i])
                    out.append((x, False, value, closed, parents))
        return out

    def differences(self, state: CellState) -> list[Difference]:
        bounds, lo_why, hi_why = state
        ss = self.scales
        rise, _ = _Ends(bounds, self.sure, ss[: len(self.sure)], -1).total()
        out: list[Difference] = []
        if rise == -_INF or rise <= 0:
            out.append((self.earlier, self.later, 0, ()))
        else:  # earlier ≤ later − Σ sure events
            out.append((self.earlier, self.later, -rise, tuple(lo_why[x] for x in self.sure)))
        if self.complete:
            events = (*self.sure, *self.possible)
            high, _ = _Ends(bounds, events, ss, 1).total()
            if high != _INF:
                out.append((self.later, self.earlier, high, tuple(hi_why[x] for x in events)))
        return out

    def remap(self, cells: Mapping[int, int]) -> StepRule:
        return attrs.evolve(
            self,
            earlier=cells[self.earlier],
            later=cells[self.later],
            sure=tuple(cells[x] for x in self.sure),
            possible=tuple(cells[x] for x in self.possible),
        )


@attrs.frozen
class Failure:
    """Cells whose bounds became empty, or that rules provably leave no value.

    ``rules`` are the rules that did it, ``reasons`` the reasons of the ends
    that collided; ``diverged`` is True for a cycle of rules that asks a value
    to exceed itself (proved by its negative total weight, not by a cap).
    ``standing`` is the reason of the end that stood when a rule moved the other
    past it (None for a cycle, whose cells have no such end). ``ends`` are the
    two ends that met at the emptied cell, as :class:`Collision` (None for a
    cycle, or a cell empty from the start).
    """

    cells: tuple[int, ...]
    rules: tuple[int, ...]
    reasons: tuple[Why, ...] = attrs.field(eq=False)
    diverged: bool = False
    standing: Why = attrs.field(default=None, eq=False)
    ends: Collision | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Snapshot:
    """A network's cells as :meth:`Network.snapshot` found them."""

    bounds: list[Interval]
    lo_why: list[Why]
    hi_why: list[Why]
    dead: list[bool]
    frozen: list[bool]
    ran_away: dict[int, bool]


@attrs.frozen
class Collision:
    """The low and high ends that left a cell with no value: ``lo`` (``lo_closed``: the
    cell is at least ``lo``, else more than it) and ``hi`` likewise. Usually
    ``lo > hi``; for a whole-numbered cell they may instead have no whole number
    between them."""

    lo: End
    lo_closed: bool
    hi: End
    hi_closed: bool


def _is_integral(iv: Interval) -> bool:
    """True when ``iv.integral()`` would return ``iv`` itself (checked cheaply)."""
    lo, hi = iv.lo, iv.hi
    return ((type(lo) is int and iv.lo_closed) or lo == -_INF) and (
        (type(hi) is int and iv.hi_closed) or hi == _INF
    )


def _lo_key(value: End, closed: bool) -> tuple[End, int]:
    return value, 0 if closed else 1


def _hi_key(value: End, closed: bool) -> tuple[End, int]:
    return value, 0 if closed else -1


#: Bits of the finest grid a bound is kept on: ends whose denominator needs more are
#: rounded outwards to a multiple of 2^-FINE_BITS. Twice the bits of the finest number
#: within the limit (10^-1000), so that the product of any two such numbers stays exact.
FINE_BITS: Final = 2 * (10**MAX_DIGITS).bit_length()
#: Sums of ends are rounded to the same grid (a module constant: tests make it coarse).
_FINE_DENOMINATOR = 1 << FINE_BITS
#: Bits of the largest finite bound: ends beyond 2^LARGE_BITS in magnitude become
#: infinite, or open at ±2^LARGE_BITS. Twice the bits of the largest number within the
#: limit (about 1.8e308), so that the product of any two such numbers stays exact.
LARGE_BITS: Final = 2 * MAX_MAGNITUDE.bit_length()
_LARGE: Final = 1 << LARGE_BITS
_FINE: Final = 1 << FINE_BITS


def outward(
    value: End,
    closed: bool,
    *,
    high: bool,
    fine_bits: int = FINE_BITS,
    large_bits: int = LARGE_BITS,
) -> tuple[End, bool]:
    """One end of a bound (``high`` or low), rounded outwards to a bounded size.

    An end whose magnitude is at most ``2**large_bits`` and whose denominator is at
    most ``2**fine_bits`` is returned as it is: it is exact. A larger one becomes
    infinite (a high end above ``2**large_bits``, a low end below ``-2**large_bits``)
    or open at ``±2**large_bits``; a finer one is rounded to the next multiple of
    ``2**-fine_bits`` outwards and made open. Either way the rounded end lets through
    every value the exact one did — a bound may only get wider, never narrower — and
    its size is bounded, so arithmetic on it takes bounded time however long
    propagation runs (a share of ``1/2**3000`` applied a hundred times would
    otherwise need denominators of 300,000 bits).

    >>> outward(Fraction(7, 100), True, high=True, fine_bits=4)
    (Fraction(1, 8), False)
    >>> outward(Fraction(7, 100), True, high=False, fine_bits=4)
    (Fraction(1, 16), False)
    >>> outward(Fraction(7, 16), True, high=False, fine_bits=4)
    (Fraction(7, 16), True)
    >>> outward(2**40, True, high=True, large_bits=32)
    (inf, False)
    >>> outward(2**40, True, high=False, large_bits=32)
    (4294967296, False)
    >>> outward(Fraction(1, 2**3000), True, high=False) == (Fraction(1, 2**3000), True)
    True
    """
    if isinstance(value, float):
        return value, closed
    limit = _LARGE if large_bits == LARGE_BITS else 1 << large_bits
    if type(value) is int and -limit <= value <= limit:
        return value, closed  # the common case, decided in one comparison
    if value > limit:
        return (_INF, False) if high else (limit, False)
    if value < -limit:
        return (-limit, False) if high else (-_INF, False)
    if isinstance(value, int):
        return value, closed
    if value.denominator <= (_FINE if fine_bits == FINE_BITS else 1 << fine_bits):
        return value, closed
    return _to_grid(value, up=high, fine_bits=fine_bits), False


def _to_grid(value: Fraction, *, up: bool, fine_bits: int = FINE_BITS) -> End:
    """The next multiple of ``2**-fine_bits`` above (``up``) or below a value not on it."""
    floor = (value.numerator << fine_bits) // value.denominator
    return _int(Fraction(floor + 1 if up else floor, 1 << fine_bits))


class Network:
    """Cells with interval bounds, rules between them, and why each end is where it is.

    Cells are numbered in the order :meth:`add_cell` makes them; ``bounds``,
    ``lo_why`` and ``hi_why`` are indexed by cell, ``rules`` by rule number.
    A whole-numbered cell is kept at integer ends (``Interval.integral``).
    """

    def __init__(self, *, fine_bits: int = FINE_BITS, large_bits: int = LARGE_BITS) -> None:
        if fine_bits < 0 or large_bits < 0:
            raise ValueError(
                f"fine_bits and large_bits must be at least 0, not {fine_bits} and {large_bits}"
            )
        self.fine_bits = fine_bits
        self.large_bits = large_bits
        self._limit = 1 << large_bits
        self.bounds: list[Interval] = []
        self.lo_why: list[Why] = []
        self.hi_why: list[Why] = []
        self.whole: list[bool] = []
        self.dead: list[bool] = []
        self.frozen: list[bool] = []
        #: The end (high?) of each cell frozen as it ran away round a cycle, not at the cap.
        self._ran_away: dict[int, bool] = {}
        self.rules: list[Rule] = []
        self._watchers: _Watchers | None = None
        #: Each cell's component, and the numbers of cells and rules it was made for.
        self._label: tuple[int, int, list[int]] | None = None
        self.applications = 0
        self._released = False
        #: The ends that met when a cell last lost its value (see :class:`Failure`).
        self._collided: Collision | None = None

    def add_cell(
        self,
        bounds: Interval,
        *,
        whole: bool = False,
        lo_why: Why = None,
        hi_why: Why = None,
    ) -> int:
        """Add a cell with its starting bounds and the reasons for them; return its number.

        Ends beyond the network's exact size are rounded outwards (:func:`outward`).
        """
        bounds = self._starting(bounds, whole=whole)
        self.bounds.append(bounds)
        self.lo_why.append(lo_why)
        self.hi_why.append(hi_why)
        self.whole.append(whole)
        self.dead.append(bounds.is_empty)
        self.frozen.append(False)
        return len(self.bounds) - 1

    def _starting(self, bounds: Interval, *, whole: bool) -> Interval:
        """A cell's starting bounds as kept: rounded outwards, integral if ``whole``."""
        bounds = self._outward_interval(bounds)
        if whole and not _is_integral(bounds):
            bounds = bounds.integral()
        return bounds

    def run_again(
        self,
        starts: Mapping[int, tuple[Interval, Why, Why]],
        *,
        holding: Iterable[int] = (),
        reviving: Iterable[int] = (),
    ) -> list[Failure]:
        """Put live cells back at starting bounds, then :meth:`run` the rules again.

        ``starts`` gives each cell to restart its bounds and the reasons for their
        ends. The cells left with no value stay dead, but for those in ``reviving``
        (each also in ``starts``), and the cells in ``holding`` keep their bounds:
        the rules touching either are not applied. Returns the failures of this run.
        """
        self._check_not_released()
        for cell in reviving:
            assert cell in starts, "a cell given a value again starts again"
            self.dead[cell] = False
        for cell, (bounds, lo_why, hi_why) in starts.items():
            assert not self.dead[cell], "a cell left with no value stays so"
            self.bounds[cell] = self._starting(bounds, whole=self.whole[cell])
            self.lo_why[cell], self.hi_why[cell] = lo_why, hi_why
            self.frozen[cell] = False
            self._ran_away.pop(cell, None)
            self.dead[cell] = self.bounds[cell].is_empty
        # A held cell is marked dead for the run (the rules touching a dead cell are
        # skipped), then live again.
        held = [c for c in set(holding) if not self.dead[c]]
        for c in held:
            self.dead[c] = True
        try:
            return self.run(cells=list(starts))
        finally:
            for c in held:
                self.dead[c] = False

    def snapshot(self) -> Snapshot:
        """The cells' state (bounds, reasons, dead, frozen and runaway marks), for
        :meth:`restore` after a run that must leave no trace."""
        return Snapshot(
            bounds=list(self.bounds),
            lo_why=list(self.lo_why),
            hi_why=list(self.hi_why),
            dead=list(self.dead),
            frozen=list(self.frozen),
            ran_away=dict(self._ran_away),
        )

    def restore(self, kept: Snapshot) -> None:
        """Put the cells back as :meth:`snapshot` found them."""
        self.bounds[:], self.lo_why[:], self.hi_why[:] = kept.bounds, kept.lo_why, kept.hi_why
        self.dead[:], self.frozen[:] = kept.dead, kept.frozen
        self._ran_away = dict(kept.ran_away)

    def empty(self, cell: int, lo_why: Why, hi_why: Why) -> None:
        """Leave ``cell`` with no value, for the reasons given: it is dead from now on.

        For a cell whose own starting bounds the rules prove impossible through a
        cell that died first (see :meth:`pwstats.reconcile.cells.Cells.propagate`);
        the rules touching it stop applying, as for any dead cell.
        """
        self._check_not_released()
        self.bounds[cell] = Interval.empty()
        self.lo_why[cell], self.hi_why[cell] = lo_why, hi_why
        self.dead[cell] = True
        self.frozen[cell] = False

    def add(self, rule: Rule) -> int:
        """Add a rule; return its number."""
        self._check_not_released()
        self.rules.append(rule)
        return len(self.rules) - 1

    @property
    def _watch(self) -> _Watchers:
        """The rules watching each cell, as the network stands (made again after an addition)."""
        w = self._watchers
        if w is None or w.cells != len(self.bounds) or w.rules != len(self.rules):
            w = self._watchers = _Watchers(len(self.bounds), self.rules)
        return w

    def watching(self, cell: int) -> Sequence[int]:
        """The numbers of the rules that read ``cell``, in the order they were added."""
        return self._watch[cell]

    def release(self) -> None:
        """Let go of the rules, watch lists and flags: the network will not run again.

        Bounds and reasons stay (reasons name rules by number, which stay valid);
        a finished reconciliation keeps only those, and on a long series the rules
        are about a quarter of its memory. Adding or running rules afterwards is
        an error.
        """
        self.rules = []
        self._watchers = None
        self._label = None
        self.whole, self.dead, self.frozen = [], [], []
        self._ran_away = {}
        self._released = True

    def _check_not_released(self) -> None:
        if self._released:
            raise RuntimeError("this network's rules were released: it cannot run again")

    def run(
        self, *, limit: int | None = None, retries: int = 8, cells: Iterable[int] | None = None
    ) -> list[Failure]:
        """Apply rules until no bound changes; return the failures met on the way.

        With ``cells``, only the rules watching them start (in rule order), as when
        those cells alone moved since the network last settled (:meth:`run_again`):
        the others would change nothing.

        A cell whose bound becomes empty is marked dead: rules touching it stop
        being applied, so one conflict does not empty every connected cell.
        ``limit`` caps rule applications (default ``32 × rules + 256``). When it
        is hit, every live cell is checked for a cycle of negative weight (Tarjan's
        components, then Bellman–Ford in each): one found is a failure (its cells
        dead); otherwise the cells narrowed most recently are frozen at their current
        bounds, which are sound, and no failure is reported. Then the rest of the
        network gets a fresh allowance, at most ``retries`` times. When the rules
        settle, cells no bound reached are checked for a negative cycle too.

        A cell narrowed :data:`CREEP_NARROWINGS` times in the run may be creeping
        round a cycle of rules that cannot all hold, a few units a pass (as many
        passes as its range over the cycle's weight: nested periods of a flow, each
        below the one inside it, took a quadratic number and past the cap left one
        unreported). The cells of the rules nearest behind its bound are checked for
        a negative cycle then, and one found is a failure, as at the cap. Every other
        narrowing of a cell leaves a mark of its end; when the last marks show steps that
        never shrink (:func:`_pace`), the check is made then, a few passes in, once per
        end and run. When each step at least doubles the last, no difference cycle
        explains it, the cell's other end is infinite and its end rests on itself at
        the mark before (a share of a sum of itself, multiplying as it goes round:
        :meth:`_runs_on_itself`), the cell is frozen as at the cap, not after it; until
        an end comes to its other side, which the end running away may meet (a
        conflict): then it runs on.
        """
        self._check_not_released()
        rules = self.rules
        watched = sum(1 for rule in rules if rule.cells)
        cap = limit if limit is not None else 32 * watched + 256
        # Every rule with cells is applied once, in order, then each rule reading a cell
        # that moved, in turn. The first pass walks the rule numbers rather than queueing
        # them all (a long series has a rule a figure); ``waiting`` marks the rules it has
        # yet to apply and those in the queue.
        queue: collections.deque[int] = collections.deque()
        if cells is None:
            waiting = bytearray(1 if rule.cells else 0 for rule in rules)
            first = 0
        else:  # no first pass: the rules watching the cells given, queued in rule order
            cells = set(cells)
            waiting = bytearray(len(rules))
            watch = self._watch
            for index in sorted({r for c in cells for r in watch[c]}):
                waiting[index] = True
                queue.append(index)
            first = len(rules)
        failures: list[Failure] = []
        recent: collections.deque[tuple[int, int]] = collections.deque(maxlen=2 * watched + 4)
        narrowings: dict[int, int] = {}
        moves: dict[int, int] = {}
        marks: dict[int, collections.deque[tuple[End, Why]]] = {}
        checked: set[int] = set()
        applications = restarts = 0
        bounds, dead = self.bounds, self.dead
        state: CellState = (bounds, self.lo_why, self.hi_why)
        settled = True
        while True:
            in_first_pass = first < len(rules)
            if in_first_pass:
                index, first = first, first + 1
                if not waiting[index]:
                    continue
            elif queue:
                index = queue.popleft()
            else:
                break
            waiting[index] = False
            rule = rules[index]
            if any(dead[c] for c in rule.cells):
                continue
            if applications >= cap:
                # Look for a cycle among every live cell, not only the ones narrowed last:
                # a long ring moves one cell at a time, and the recent ones may not close it.
                live = {c for c in range(len(bounds)) if not dead[c] and self._watch[c]}
                failure = self._negative_cycle(live)
                if failure is not None:
                    failures.append(failure)
                else:
                    self._freeze({c for c, _ in recent})
                restarts += 1
                if restarts > retries:
                    settled = False
                    break
                cap += 32 * watched + 256
                recent.clear()
                if in_first_pass:  # apply this rule again before any other
                    first = index
                else:
                    queue.appendleft(index)
                waiting[index] = True
                continue
            applications += 1
            changed: set[int] = set()
            for cell, high, value, closed, parents in rule.narrow(state):
                if dead[cell]:
                    continue
                if self.frozen[cell]:
                    narrowed = self._narrowed(cell, high, value, closed)
                    if narrowed is None:
                        continue
                    if self._ran_away.get(cell, high) != high:
                        # An end comes to the side of a runaway that had none: the end
                        # running away may meet it (a conflict), so it runs on.
                        self.frozen[cell] = False
                    elif not narrowed.is_empty:
                        continue  # a frozen cell only takes a proof that it has no value
                if self._tighten(cell, high, value, closed, Reason(rule=index, parents=parents)):
                    changed.add(cell)
                    recent.append((cell, index))
                    times = narrowings[cell] = narrowings.get(cell, 0) + 1
                    if bounds[cell].is_empty:
                        dead[cell] = True
                        failures.append(
                            Failure(
                                cells=(cell,),
                                rules=(index,),
                                reasons=(self.lo_why[cell], self.hi_why[cell]),
                                standing=self.lo_why[cell] if high else self.hi_why[cell],
                                ends=self._collided,
                            )
                        )
                        break  # one emptied cell is one conflict: stop this rule here
                    key = 2 * cell + high  # the cell's end: its own count and marks
                    moved = moves[key] = moves.get(key, 0) + 1
                    if moved % _CREEP_STRIDE == 0:
                        why = self.hi_why[cell] if high else self.lo_why[cell]
                        ends = marks.setdefault(key, collections.deque(maxlen=_CREEP_MARKS))
                        ends.append((bounds[cell].hi if high else bounds[cell].lo, why))
                        pace = _pace([end for end, _ in ends], high=high)
                        if pace == "faster" or (pace == "steady" and key not in checked):
                            checked.add(key)
                            creep = self._negative_cycle(self._cells_behind(why, cell))
                            if creep is not None:
                                failures.append(creep)
                                break
                            if pace == "faster" and self._runs_on_itself(cell, high, ends):
                                self._freeze((cell,))
                                self._ran_away[cell] = high
                                continue
                    if times >= CREEP_NARROWINGS:
                        narrowings[cell] = 0
                        why = self.hi_why[cell] if high else self.lo_why[cell]
                        creep = self._negative_cycle(self._cells_behind(why, cell))
                        if creep is not None:
                            failures.append(creep)
                            break
            for cell in changed:
                if dead[cell]:
                    continue
                for other in self._watch[cell]:  # made on the first narrowing
                    if not waiting[other]:
                        waiting[other] = True
                        queue.append(other)
        if settled:
            around = range(len(bounds)) if cells is None else cells
            unreached = {
                c
                for c in around
                if not dead[c] and bounds[c].lo == -_INF and bounds[c].hi == _INF and self._watch[c]
            }
            if unreached:
                failure = self._negative_cycle(unreached)
                if failure is not None:
                    failures.append(failure)
        self.applications += applications
        return failures

    def components(self) -> list[int]:
        """Each cell's component: the lowest-numbered cell linked to it through rules.

        Cells share a component when a chain of rules links them, whether or not
        those rules still apply (a rule touching a dead cell is still a link).
        Union–find over every rule's cells: near-linear in the network's size.

        Made once and kept until a cell or rule is added (propagation, the search
        for conflicts and the findings each ask for it); the caller must not change it.
        """
        from pwstats.components import lowest_roots

        self._check_not_released()
        known = self._label
        if known is not None and known[0] == len(self.bounds) and known[1] == len(self.rules):
            return known[2]
        label = lowest_roots(len(self.bounds), (rule.cells for rule in self.rules))
        self._label = (len(self.bounds), len(self.rules), label)
        return label

    def rules_at(self, cell: int) -> Sequence[int]:
        """The numbers of the rules that read ``cell``, in the order they were added."""
        return self._watch[cell]

    def rules_around(self, cell: int) -> tuple[int, ...]:
        """The rules linked to ``cell`` through rules and cells, in rule order."""
        seen_cells, seen_rules = {cell}, set()
        todo = [cell]
        while todo:
            for index in self._watch[todo.pop()]:
                if index in seen_rules:
                    continue
                seen_rules.add(index)
                fresh = [c for c in self.rules[index].cells if c not in seen_cells]
                seen_cells.update(fresh)
                todo.extend(fresh)
        return tuple(sorted(seen_rules))

    def ties(self, cell: int, *, high: bool, start: Interval) -> list[Reason]:
        """The reasons of every rule that would move ``cell``'s end to where it is now.

        Each rule reading ``cell`` is asked, with that end put back at ``start``'s
        (the other end as it is), what it proposes there; the proposals that give the
        present end, each as the :class:`Reason` a run would record. Which of several
        a run records depends on the order its rules fire: a caller that must know
        the reason a run would give asks whether these all explain alike.
        """
        self._check_not_released()
        now = self.bounds[cell]
        if high:
            loose = Interval(now.lo, start.hi, lo_closed=now.lo_closed, hi_closed=start.hi_closed)
            key = _hi_key(now.hi, now.hi_closed)
        else:
            loose = Interval(start.lo, now.hi, lo_closed=start.lo_closed, hi_closed=now.hi_closed)
            key = _lo_key(now.lo, now.lo_closed)
        found: list[Reason] = []
        self.bounds[cell] = loose
        try:
            state: CellState = (self.bounds, self.lo_why, self.hi_why)
            for index in self._watch[cell]:
                for c, side, value, closed, parents in self.rules[index].narrow(state):
                    if c != cell or side != high:
                        continue
                    moved = self._narrowed(cell, high, value, closed)
                    if moved is None or moved.is_empty:
                        continue
                    got = (
                        _hi_key(moved.hi, moved.hi_closed)
                        if high
                        else _lo_key(moved.lo, moved.lo_closed)
                    )
                    if got == key:
                        found.append(Reason(rule=index, parents=parents))
        finally:
            self.bounds[cell] = now
        return found

    def _runs_on_itself(
        self, cell: int, high: bool, ends: collections.deque[tuple[End, Why]]
    ) -> bool:
        """Whether ``cell``'s end, marked at ``ends``, runs away round a cycle for good.

        Its other end is infinite (a finite one it would meet, a few passes on, and
        empty the cell: a conflict), and its reason goes back (within
        :data:`CREEP_CELLS` reasons) to its reason at the mark before: the end rests on
        itself, each pass multiplying it, not on other ends that happen to grow.
        """
        iv = self.bounds[cell]
        if (iv.lo if high else iv.hi) not in (_INF, -_INF):
            return False
        (_, now), (_, before) = ends[-1], ends[-2]
        if not isinstance(before, Reason):  # a figure's own end: no cycle made it
            return False
        todo: collections.deque[Why] = collections.deque([now])
        seen = 0
        while todo and seen < CREEP_CELLS:
            reason = todo.popleft()
            if reason is before and seen:
                return True
            if not isinstance(reason, Reason):
                continue
            seen += 1
            todo.extend(reason.parents)
        return False

    def _cells_behind(self, why: Why, cell: int) -> set[int]:
        """``cell`` and the live cells of the rules nearest behind ``why`` (at most
        :data:`CREEP_CELLS` reasons, nearest first): where a cycle it crept round lies."""
        cells = {cell}
        todo: collections.deque[Why] = collections.deque([why])
        seen = 0
        while todo and seen < CREEP_CELLS:
            reason = todo.popleft()
            if not isinstance(reason, Reason):
                continue
            seen += 1
            if reason.rule is not None:
                cells.update(c for c in self.rules[reason.rule].cells if not self.dead[c])
            todo.extend(reason.parents)
        return cells

    def _narrowed(self, cell: int, high: bool, value: End, closed: bool) -> Interval | None:
        """``cell``'s bounds with one end moved inwards to ``value``; None if not tighter.

        ``value`` is first rounded outwards to the network's exact size
        (:func:`outward`), so no bound ever grows beyond it.
        """
        if type(value) is not int or not -self._limit <= value <= self._limit:  # ints: inline
            value, closed = outward(
                value, closed, high=high, fine_bits=self.fine_bits, large_bits=self.large_bits
            )
        iv = self.bounds[cell]
        if high:
            if _hi_key(value, closed) >= _hi_key(iv.hi, iv.hi_closed):
                return None
            new = iv & Interval(-_INF, value, hi_closed=closed)
        else:
            if _lo_key(value, closed) <= _lo_key(iv.lo, iv.lo_closed):
                return None
            new = iv & Interval(value, _INF, lo_closed=closed)
        if self.whole[cell]:
            new = new.integral()
        return None if new == iv else new

    def _tighten(self, cell: int, high: bool, value: End, closed: bool, why: Reason) -> bool:
        """Move one end of ``cell`` inwards to ``value`` if that is tighter; True if it moved."""
        new = self._narrowed(cell, high, value, closed)
        if new is None:
            return False
        if high:
            self.hi_why[cell] = why
        else:
            self.lo_why[cell] = why
        if new is _NO_VALUE:  # remembered for the failure this is (see :meth:`run`)
            old = self.bounds[cell]
            self._collided = (
                Collision(old.lo, old.lo_closed, value, closed)
                if high
                else Collision(value, closed, old.hi, old.hi_closed)
            )
        self.bounds[cell] = new
        return True

    def _outward_interval(self, iv: Interval) -> Interval:
        """``iv`` with both ends rounded outwards to the exact size (itself if they fit)."""
        if iv.is_empty:
            return iv
        lo, hi, limit = iv.lo, iv.hi, self._limit
        low_fits = lo == -_INF if type(lo) is not int else -limit <= lo
        if low_fits and (hi == _INF if type(hi) is not int else hi <= limit):
            return iv  # whole or infinite ends within the exact size: as they are
        fine, large = self.fine_bits, self.large_bits
        lo, lo_closed = outward(iv.lo, iv.lo_closed, high=False, fine_bits=fine, large_bits=large)
        hi, hi_closed = outward(iv.hi, iv.hi_closed, high=True, fine_bits=fine, large_bits=large)
        if (lo, lo_closed, hi, hi_closed) == (iv.lo, iv.lo_closed, iv.hi, iv.hi_closed):
            return iv
        return Interval(lo, hi, lo_closed=lo_closed, hi_closed=hi_closed)

    def _freeze(self, cells: Iterable[int]) -> None:
        """Stop narrowing ``cells`` (still moving at the cap): keep their sound bounds.

        Ends with denominators above a million are rounded outwards to millionths,
        so a value approached forever (1 − 2⁻¹⁵⁰) reads as a plain number.
        """
        for c in cells:
            if self.dead[c]:
                continue
            self.frozen[c] = True
            self._ran_away.pop(c, None)
            iv = self.bounds[c]
            lo, hi = iv.lo, iv.hi
            lo_closed, hi_closed = iv.lo_closed, iv.hi_closed
            if isinstance(lo, Fraction) and lo.denominator > _GRID:
                lo, lo_closed = Fraction(math.floor(lo * _GRID), _GRID), True
            if isinstance(hi, Fraction) and hi.denominator > _GRID:
                hi, hi_closed = Fraction(math.ceil(hi * _GRID), _GRID), True
            if (lo, hi) != (iv.lo, iv.hi):
                self.bounds[c] = Interval(
                    _int(lo), _int(hi), lo_closed=lo_closed, hi_closed=hi_closed
                )

    def _negative_cycle(self, cells: set[int]) -> Failure | None:
        """A cycle of negative total weight among ``cells``' difference constraints, if any.

        Each rule touching the cells gives constraints ``x_u − x_v ≤ w``
        (:meth:`Rule.differences`, read under the current bounds, so they hold
        for every solution); a cycle whose weights sum below zero asks a value to
        be below itself, so the rules cannot all hold. Strongly connected
        components are found first (linear time), then Bellman–Ford runs in each
        one with a cycle. A cycle found empties and kills its cells.
        """
        edges: dict[int, list[tuple[int, End, int, tuple[Why, ...]]]] = {}
        state: CellState = (self.bounds, self.lo_why, self.hi_why)
        seen_rules: set[int] = set()
        for c in sorted(cells):
            for index in self._watch[c]:
                if index in seen_rules:
                    continue
                seen_rules.add(index)
                for u, v, w, why in self.rules[index].differences(state):
                    if u not in cells or v not in cells or self.dead[u] or self.dead[v]:
                        continue
                    if self.whole[u] and self.whole[v]:
                        w = math.floor(w)
                    edges.setdefault(v, []).append((u, w, index, why))
        for component in _components(sorted(cells), edges):
            cycle = _bellman_ford(component, edges)
            if cycle is None:
                continue
            cyc_cells = tuple(sorted({u for u, _, _, _ in cycle}))
            rules = tuple(sorted({index for _, _, index, _ in cycle}))
            reasons: list[Why] = []
            for c in cyc_cells:
                reasons += [self.lo_why[c], self.hi_why[c]]
            for _, _, _, why in cycle:
                reasons += why
            cause = Reason(rule=rules[0], parents=tuple(Reason(rule=r) for r in rules[1:]))
            for c in cyc_cells:
                self.bounds[c] = Interval.empty()
                self.dead[c] = True
                self.lo_why[c] = Reason(rule=rules[0], parents=(cause, self.lo_why[c]))
                self.hi_why[c] = Reason(rule=rules[0], parents=(cause, self.hi_why[c]))
            return Failure(cells=cyc_cells, rules=rules, reasons=tuple(reasons), diverged=True)
        return None


_GRID: Final = 10**6

#: A cell narrowed this many times in one run may be creeping round a cycle of rules
#: that cannot all hold (each pass moving its bound by the cycle's small weight, until
#: it empties: as many passes as its range over that weight). The cells of the
#: rules nearest behind its bound (:data:`CREEP_CELLS` reasons) are then checked
#: for a cycle of negative weight; none found, the count starts again.
CREEP_NARROWINGS: Final = 32
CREEP_CELLS: Final = 64

#: Of a cell's narrowings in a run, every :data:`_CREEP_STRIDE`-th leaves a mark of the
#: end it moved; the last :data:`_CREEP_MARKS` marks tell how fast it moves (:func:`_pace`).
_CREEP_STRIDE: Final = 2
_CREEP_MARKS: Final = 4


def _pace(ends: Sequence[End], *, high: bool) -> Literal["steady", "faster"] | None:
    """How an end's marks (oldest first) move inwards, once there are :data:`_CREEP_MARKS`.

    ``"faster"``: each step at least doubles the one before, a bound run up a cycle
    of rules that multiplies as it goes (a share of a sum of itself), which would
    run to the cap; ``"steady"``: every step at least the one before, as round a
    cycle of differences that cannot all hold; None otherwise.
    """
    if len(ends) < _CREEP_MARKS or _INF in ends or -_INF in ends:
        return None
    steps = [(a - b) if high else (b - a) for a, b in itertools.pairwise(ends)]
    if steps[0] <= 0 or any(t < s for s, t in itertools.pairwise(steps)):
        return None
    return "faster" if all(2 * s <= t for s, t in itertools.pairwise(steps)) else "steady"


_Edges: TypeAlias = Mapping[int, Sequence[tuple[int, End, int, tuple[Why, ...]]]]


class _Watchers:
    """The rules that read each cell, by cell: what to apply again when a cell narrows.

    One flat array of rule numbers, cell by cell in the order the rules were added,
    and each cell's offset into it: two arrays rather than a list a cell, which on a
    long series (a cell and a rule a figure) were a tenth of reconciling's memory.
    """

    __slots__ = ("_at", "_rules", "cells", "rules")

    def __init__(self, cells: int, rules: Sequence[Rule]) -> None:
        self.cells, self.rules = cells, len(rules)
        at = array("q", bytes(8 * (cells + 1)))
        for rule in rules:
            for c in set(rule.cells):
                at[c + 1] += 1
        for c in range(cells):
            at[c + 1] += at[c]
        out = array("q", bytes(8 * at[cells]))
        fill = array("q", at)
        for index, rule in enumerate(rules):
            for c in set(rule.cells):
                out[fill[c]] = index
                fill[c] += 1
        self._at, self._rules = at, out

    def __getitem__(self, cell: int) -> array[int]:
        """The numbers of the rules reading ``cell``, in the order they were added."""
        return self._rules[self._at[cell] : self._at[cell + 1]]


def _int(x: End) -> End:
    return x.numerator if isinstance(x, Fraction) and x.denominator == 1 else x


def _components(nodes: Sequence[int], edges: _Edges) -> list[list[int]]:
    """Strongly connected components that can hold a cycle (Tarjan's algorithm, iterative)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    out: list[list[int]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            v, i = work.pop()
            if i == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack.add(v)
            succ = edges.get(v, ())
            if i < len(succ):
                work.append((v, i + 1))
                u = succ[i][0]
                if u not in index:
                    work.append((u, 0))
                elif u in on_stack:
                    low[v] = min(low[v], index[u])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1 or any(u == v for u, *_ in edges.get(v, ())):
                    out.append(sorted(component))
    return out


def _bellman_ford(
    component: Sequence[int], edges: _Edges
) -> list[tuple[int, End, int, tuple[Why, ...]]] | None:
    """The edges of a negative cycle within one component, or None if it has none."""
    members = set(component)
    dist: dict[int, End] = dict.fromkeys(component, 0)
    pred: dict[int, tuple[int, tuple[int, End, int, tuple[Why, ...]]]] = {}
    changed_at = None
    for _ in range(len(component)):
        changed_at = None
        for v in component:
            for edge in edges.get(v, ()):
                u, w = edge[0], edge[1]
                if u in members and dist[v] + w < dist[u]:
                    dist[u] = dist[v] + w
                    pred[u] = (v, edge)
                    changed_at = u
        if changed_at is None:
            return None
    assert changed_at is not None
    x = changed_at
    for _ in range(len(component)):  # walk back into the cycle itself
        x = pred[x][0]
    cycle = []
    y = x
    while True:
        v, edge = pred[y]
        cycle.append(edge)
        y = v
        if y == x:
            break
    return cycle


def satisfiable(
    bounds: Mapping[int, Interval],
    rules: Sequence[Rule],
    *,
    whole: Mapping[int, bool] | None = None,
    limit: int | None = None,
    cycles_first: bool = False,
) -> bool:
    """True when ``rules`` over cells with these starting ``bounds`` settle with no failure.

    Used to check that a conflict is minimal: drop one of its figures or rules,
    and the rest holds. :func:`first_failure` is None, with the same arguments.

    >>> rule = LessEqualRule(a=7, b=9, offset=0, label="a ≤ b")
    >>> satisfiable({7: Interval.point(5), 9: Interval.point(4)}, [rule])
    False
    >>> satisfiable({7: Interval.point(5)}, [rule])
    True
    """
    found = first_failure(bounds, rules, whole=whole, limit=limit, cycles_first=cycles_first)
    return found is None


def first_failure(
    bounds: Mapping[int, Interval],
    rules: Sequence[Rule],
    *,
    whole: Mapping[int, bool] | None = None,
    why: Mapping[int, Why] | None = None,
    limit: int | None = None,
    cycles_first: bool = False,
) -> Failure | None:
    """The first failure of ``rules`` over cells with these starting ``bounds``, if any.

    Cells are given by their numbers in some larger network, and the failure
    names its cells so; its rules, and those its reasons name, are positions in
    ``rules``. A cell a rule mentions but ``bounds`` omits starts unbounded;
    ``why`` gives the reason of a cell's starting ends (none when it omits the
    cell), and a cell whose bounds are empty from the start is a failure of no
    rule. None when the rules settle with no failure.

    With ``cycles_first``, a few cells (at most :data:`CYCLES_FIRST_CELLS`) are
    first checked for a cycle of rules asking a value to exceed itself: a running
    count's periods that cannot agree (day, day and their two-day period) would
    otherwise be narrowed one step at a time up to the cap before the cycle is
    found, hundreds of rule applications for three figures.

    >>> rule = LessEqualRule(a=7, b=9, offset=0, label="a ≤ b")
    >>> failure = first_failure({7: Interval.point(5), 9: Interval.point(4)}, [rule])
    >>> failure.cells, failure.rules
    ((7,), (0,))
    """
    net = Network()
    numbers: dict[int, int] = {}
    whole = whole or {}
    why = why or {}
    cells = list(bounds)
    for r in rules:
        cells.extend(r.cells)
    for c in cells:
        if c not in numbers:
            reason = why.get(c)
            numbers[c] = net.add_cell(
                bounds.get(c, Interval.unbounded()),
                whole=whole.get(c, False),
                lo_why=reason,
                hi_why=reason,
            )
            if net.dead[numbers[c]]:
                return Failure(cells=(c,), rules=(), reasons=(reason, reason))
    for r in rules:
        net.add(r.remap(numbers))
    found: Failure | None = None
    if cycles_first and len(numbers) <= CYCLES_FIRST_CELLS:
        found = net._negative_cycle(set(range(len(net.bounds))))
    if found is None:
        failures = net.run(limit=limit, retries=0)
        if not failures:
            return None
        found = failures[0]
    given = list(numbers)  # the cells in the order the network numbered them
    return attrs.evolve(found, cells=tuple(given[c] for c in found.cells))


#: :func:`satisfiable` looks for a negative cycle before propagating only among at most
#: this many cells (its search is quadratic in the cells of a cycle's component).
CYCLES_FIRST_CELLS: Final = 64
