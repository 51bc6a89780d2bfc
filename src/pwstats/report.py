"""What reconciliation returns: findings, conflicts, estimates and explained bounds.

These are plain frozen values; :func:`pwstats.reconcile` and :func:`pwstats.bound`
make them and :func:`pwstats.tabulate` prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence, Set
from fractions import Fraction
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from pwstats.dates import DateSpan
from pwstats.interval import End, Interval, Number
from pwstats.model import Dataset, Figure, Measure
from pwstats.stabbing import stab

if TYPE_CHECKING:
    import pandas as pd

    from pwstats.frames_out import ReportTable

__all__ = [
    "CAUSES",
    "Because",
    "Bound",
    "Cause",
    "Cluster",
    "Conflict",
    "ConflictKind",
    "Estimate",
    "Finding",
    "Plausible",
    "Reading",
    "Report",
    "Revision",
    "Status",
]

#: How hedged words are read; see :func:`pwstats.parse`.
Reading: TypeAlias = Literal["literal", "pragmatic", "lenient"]
READINGS: tuple[Reading, ...] = ("literal", "pragmatic", "lenient")
#: The verdict on one group of figures.
#: ``"derived"`` is the verdict on a measure no figure states, whose bounds come from
#: relations alone (the total of a sum nobody reported); it counts as consistent.
Status: TypeAlias = Literal["consistent", "derived", "tension", "contradiction"]
STATUSES: tuple[Status, ...] = ("consistent", "derived", "tension", "contradiction")
#: A contradiction survives the lenient reading; a tension does not.
ConflictKind: TypeAlias = Literal["tension", "contradiction"]
#: Why figures conflict: readings that share no value; a running total that fell; a
#: relation that cannot hold with them; estimates that differ significantly; a count
#: outside an estimate's interval; a figure that misquotes the one it cites.
Cause: TypeAlias = Literal[
    "disjoint",
    "fall",
    "relation",
    "significant-difference",
    "outside-estimate",
    "misquote",
]
CAUSES: tuple[Cause, ...] = (
    "disjoint",
    "fall",
    "relation",
    "significant-difference",
    "outside-estimate",
    "misquote",
)


@attrs.frozen
class Estimate:
    """The low / best / high convention of conflict-event data sets.

    ``low`` and ``high`` are the ends of the propagated bounds; ``best`` is the
    documented rule's choice among the agreeing figures (see
    :func:`pwstats.reconcile`), always within [low, high], or ``None`` when the
    bounds are empty and no number can honestly be given. ``rule`` names how
    ``best`` was chosen. ``pooled`` is True on a finding's estimate when ``best``
    is the pooled best value of its estimates, no count stating a value (a
    statistic's estimate is never marked so: it sums or orders its members').
    """

    low: End | None
    best: Number | None
    high: End | None
    rule: str = ""
    pooled: bool = attrs.field(default=False, kw_only=True)


# The hash is cached: a conflict of a sum over N parts names N figures and is carried
# by N findings, so hashing it afresh for each (to drop repeats) was quadratic.
@attrs.frozen(cache_hash=True)
class Conflict:
    """Figures and relations that cannot all hold; removing any one resolves it.

    ``kind`` is ``"contradiction"`` when they cannot hold even under the lenient
    reading (every value any reading admits), else ``"tension"``.
    ``explanation`` says in one or two sentences which figure says what, read
    how, and why they cannot all be true.
    """

    figures: tuple[str, ...]
    relations: tuple[str, ...]
    kind: ConflictKind
    explanation: str
    measure: str
    as_of: DateSpan | None = None
    #: Why they conflict (see :data:`CAUSES`): ``"disjoint"`` for readings that share
    #: no value, ``"fall"`` for a running total that fell, ``"relation"`` when a
    #: relation is among what cannot hold.
    cause: Cause = attrs.field(default="disjoint", kw_only=True)


@attrs.frozen
class Cluster:
    """Figures of one finding that share a value, and the values they share.

    A finding's clusters partition its figures into the fewest such groups (a
    minimum set of stabbing points over their readings): one cluster means every
    figure agrees; each further cluster is a disagreement. A figure that a later
    one revises is set aside (``revisions="latest"``), so it is in no cluster, nor
    is a figure that cites it.
    Clusters are listed left to right and their ``common`` intervals are pairwise
    disjoint; a figure whose reading is empty is a cluster of its own with an
    empty ``common``.
    """

    figures: tuple[str, ...]
    common: Interval


@attrs.frozen
class Revision:
    """One figure revised by another: a correction or a later release of one statement.

    ``old`` and ``new`` are figure ids; ``change`` is the new stated number less
    the old one (None when either states no number). Under
    ``revisions="latest"`` the old figure is set aside as revised, not compared.
    """

    old: str
    new: str
    change: Number | None = None


@attrs.frozen
class Plausible:
    """What the estimates of one measure at one time say together (a meta-analysis).

    ``best``, ``low`` and ``high`` are the pooled estimate and its interval at
    ``confidence``: 95% for a pooling, whatever levels the studies printed their
    intervals at (they enter through their standard errors alone), and for one
    estimate its own interval at its own level; ``model`` is ``"single"`` for one
    estimate, else ``"fixed"`` (fixed-effect inverse-variance pooling) or
    ``"random"`` (DerSimonian–Laird random effects, when the estimates are
    heterogeneous).
    ``q``, ``p_value``, ``i2`` and ``tau2`` measure heterogeneity (Cochran's Q,
    its p-value, I², τ²). These are statistical quantities, computed in floats:
    they never narrow the hard ``bounds``; the other way round, ``best``, ``low``
    and ``high`` are cut at the finding's bounds (the counts and relations hold for
    certain, an estimate only probably), so what the estimates make plausible is
    never a value the counts rule out. ``cut`` says so when it happens, with the
    pooled values before the cut; it is empty when nothing was cut.
    """

    figures: tuple[str, ...]
    best: float
    low: float
    high: float
    confidence: float
    model: Literal["single", "fixed", "random"]
    q: float = 0.0
    p_value: float | None = None
    i2: float = 0.0
    tau2: float = 0.0
    cut: str = ""


def clusters_of(ids: Sequence[str], readings: Sequence[Interval]) -> tuple[Cluster, ...]:
    """The figures ``ids`` in the fewest groups that share a value (see :class:`Cluster`).

    Groups by :func:`pwstats.stabbing.stab`, left to right; a figure whose reading is
    empty is a cluster of its own.
    """
    out = []
    for members in stab(readings):
        common = readings[members[0]]
        for k in members[1:]:
            common = common & readings[k]
        out.append(Cluster(figures=tuple(ids[k] for k in members), common=common))
    out += [
        Cluster(figures=(i,), common=iv) for i, iv in zip(ids, readings, strict=True) if iv.is_empty
    ]
    return tuple(out)


BEST_RULE: Final = (
    "median of the agreeing figures' stated values (moved into its own figure's reading"
    " when that excludes it: 'more than 230' gives 231; repeats of one statement once;"
    " the midpoint of a bounded reading when no value is stated; the lower middle value"
    " of an even count), clamped into the bounds"
)
#: The rule when several largest agreeing sets tie: the same median, over all of them.
TIED_BEST_RULE: Final = (
    "median of the stated values of the figures of every tied largest agreeing set"
    " (moved into its own figure's reading when that excludes it; repeats of one"
    " statement once; the midpoint of a bounded reading when no value is stated; the"
    " lower middle value of an even count), clamped into the bounds"
)
#: The rule when several largest agreeing sets tie and the studies' pooled best lies in
#: some of them only: the same median, over those.
TIED_STUDIES_RULE: Final = (
    "median of the stated values of the figures of the tied largest agreeing sets that"
    " hold the studies' pooled best (moved into its own figure's reading when that"
    " excludes it; repeats of one statement once; the midpoint of a bounded reading when"
    " no value is stated; the lower middle value of an even count), clamped into the"
    " bounds"
)
#: The rule when the counts here state no value, each saying only how low or how high it
#: is ("at least 400" read [400, +inf)), and no estimate gives one: the bounds' middle.
NO_VALUE_RULE: Final = (
    "no count states a value (each says only how low or how high it is) and no estimate"
    " gives one: the midpoint of the bounds, or their finite end when they are open on"
    " one side"
)

#: The rule of a flow's best over a period whose counts state no value (the
#: :data:`NO_VALUE_RULE` case) where the periods of other figures tile it: the sum of
#: their bests (:mod:`pwstats.tiling`).
TILED_RULE: Final = (
    "no count states a value for the whole period (each says only how low or how high it"
    " is) and no estimate gives one: the sum of the best values of the figures' periods"
    " that tile it (from its first day, the longest that fits, then on), clamped into"
    " the bounds"
)

#: The rule when no count is left to give a value (every figure set aside, or citing).
NO_COUNT_RULE: Final = (
    "no count: every figure here is set aside (revised, or in conflict with the others)"
    " or repeats another, so there is no best value; the bounds come from the measure's"
    " domain, the other figures and relations"
)
#: The rule when no count gives a value and the estimates cannot be pooled.
UNPOOLED_RULE: Final = (
    "no count, and the estimates here cannot be pooled (intervals of zero width that"
    " exclude each other), so there is no best value; the bounds come from the measure's"
    " domain and relations"
)
#: How the rule of a best value taken from the pooled estimates starts: with no count
#: (``"no count: the ..."``), or only counts that state no value (a floor, "at least
#: 64"). Such an estimate is ``pooled`` (:func:`rests_on_estimates`).
POOLED_RULES: Final = ("no count: the ", "no count states a value: the ")


def rests_on_estimates(finding: Finding) -> bool:
    """Whether the finding's best value is its estimates' pooled one, no count stating one."""
    return finding.plausible is not None and (not finding.agreeing or finding.estimate.pooled)


def statement_rank(figure: Figure, revised: bool) -> tuple[bool, bool, dt.date]:
    """Where ``figure`` stands among the repeats of its statement (least first): the
    statement itself before a figure citing it, before one a later figure revised,
    then the first published (a relay's later repeat after the statement it repeats).
    """
    source = figure.source
    known = source.published if source is not None else None
    return figure.cites is not None, revised, known or figure.as_of.end


def pooled_value(finding: Finding) -> Fraction | None:
    """The best of a finding whose best is its estimates' pooled one, before rounding.

    Reconciliation gives such a best as a whole number for a measure of whole things
    (``round`` of the pooled float), else to millionths, and clamps it into the bounds.
    A sum of a thousand such bests must not add a thousand roundings: it takes the
    pooled value itself (exactly, as a Fraction of the float) and rounds once. None when
    the best is no pooled one, or the pooled value lies outside the bounds (cut at a
    bound's nearest float, or at an open end): the finding's best is then the value.
    """
    p = finding.plausible
    if p is None or not finding.estimate.pooled or finding.estimate.best is None:
        return None
    value = Fraction(p.best)
    return value if value in finding.bounds else None


def rounded_once(counted: Number, estimated: Fraction, *, whole: bool) -> Number:
    """``counted + estimated`` as a best, rounded once as a pooled best is rounded.

    ``counted`` is exact (the counts' bests, kept as they are), ``estimated`` the sum
    of pooled values before rounding (:func:`pooled_value`): a whole number for whole
    things, else the pooled part to millionths' denominators.

    >>> rounded_once(3, Fraction(21, 2) * 20, whole=True)
    213
    >>> rounded_once(1, Fraction(1, 3), whole=False)
    Fraction(4, 3)
    """
    if whole:
        return round(counted + estimated)
    value = counted + estimated.limit_denominator(10**6)
    return value.numerator if value.denominator == 1 else value


#: What reconciliation stores as a finding's clusters when every figure is set aside:
#: a cluster of no figures, which no finding otherwise has (``Finding.clusters`` is then
#: empty, where an empty store means one cluster of every figure).
NO_CLUSTERS: Final = (Cluster(figures=(), common=Interval.empty()),)


@attrs.frozen
class Finding:
    """The verdict on one measure at one comparable time.

    ``figures`` are every figure of the group, ``agreeing`` the largest set of
    them that can hold together, ``readings`` the interval each figure reads to
    (by figure id) under the report's reading, ``consensus`` the intersection of
    the agreeing figures, ``bounds`` the interval after every relation and time
    rule, and ``estimate`` low / best / high.

    The consensus is None when the agreeing figures share no value, and when it
    shares no value with the bounds: figures that the relations and time rules
    leave with no value (empty bounds), or whose values they rule out (a
    contradiction or tension says which), have no consensus to show, so a finding
    never shows one its own bounds rule out. What each figure says is still in
    ``readings`` and ``clusters``. Otherwise the consensus shares a value with the
    bounds (it may be wider: the relations narrow it); a finding made with a
    consensus that shares none is refused with a ``ValueError``.
    """

    measure: str
    as_of: DateSpan | None
    figures: tuple[Figure, ...]
    status: Status
    consensus: Interval | None = attrs.field()
    agreeing: tuple[Figure, ...]
    bounds: Interval
    estimate: Estimate
    independent_sources: int
    conflicts: tuple[Conflict, ...]
    readings: Mapping[str, Interval] = attrs.field(factory=dict, hash=False)
    #: True when several largest agreeing sets tie: ``agreeing`` and ``consensus``
    #: are then one of them, and ``bounds`` span them all.
    tied: bool = attrs.field(default=False, kw_only=True)
    # Kept compactly (a finding per group of a million figures): an empty tuple is
    # one cluster of every figure, and each figure its own statement.
    #: What the estimates among the figures say together (None without estimates).
    plausible: Plausible | None = attrs.field(default=None, kw_only=True)
    #: The figures revised by later ones in this finding (see :class:`Revision`).
    revisions: tuple[Revision, ...] = attrs.field(default=(), kw_only=True)
    _clusters: tuple[Cluster, ...] | None = attrs.field(
        default=None, kw_only=True, alias="clusters"
    )
    _statement_of: tuple[int, ...] | None = attrs.field(
        default=None, kw_only=True, alias="statement_of", repr=False
    )

    @consensus.validator
    def _within_bounds(self, _: object, consensus: Interval | None) -> None:
        if consensus is not None and not consensus.overlaps(self.bounds):
            shown = "no value" if self.bounds.is_empty else f"only {self.bounds}"
            raise ValueError(
                f"Finding of {self.measure!r}: consensus {consensus} is outside its bounds,"
                f" which hold {shown}; give consensus=None when the bounds rule it out"
            )

    @property
    def clusters(self) -> tuple[Cluster, ...]:
        """The figures partitioned into agreeing groups, left to right (see :class:`Cluster`)."""
        if self._clusters == NO_CLUSTERS:
            return ()
        if self._clusters or not self.figures:
            return self._clusters or ()
        ids = [f.id for f in self.figures]
        if self._clusters is not None:  # reconcile found one cluster: every figure agrees
            common = self.consensus if self.consensus is not None else Interval.empty()
            return (Cluster(figures=tuple(ids), common=common),)
        return clusters_of(ids, [self.readings.get(i, Interval.empty()) for i in ids])

    @property
    def dated(self) -> str:
        """The as-of as tables show it: ``str(as_of)``, or, when the figures share no day
        (an event's figures of different dates, whose ``as_of`` is then the span of them
        all), a range that says so.

        The range reads "reported 2025-03-05 to 2025-06-01" when every figure is dated
        by its source's publication (a figure's ``as_of`` defaults to it), else "figures
        dated 2025-03-01 to 2025-03-02": either way not a claim of when the event was.
        ``as_of`` itself is unchanged (relations use it). "—" when there is none.

        >>> from pwstats.model import Source
        >>> said = lambda i, day: Figure(id=i, measure="m", value=1,
        ...                             source=Source(name=i, published=day))
        >>> f = Finding(measure="m", as_of=DateSpan.parse("2025-03-05/2025-06-01"),
        ...             figures=(said("a", "2025-03-05"), said("b", "2025-06-01")),
        ...             status="consistent", consensus=None, agreeing=(),
        ...             bounds=Interval.unbounded(), estimate=Estimate(None, None, None, ""),
        ...             independent_sources=2, conflicts=())
        >>> f.dated
        'reported 2025-03-05 to 2025-06-01'
        """
        return _dated(self.as_of, self.figures)

    @property
    def statements(self) -> tuple[tuple[str, ...], ...]:
        """The figures grouped by statement, one group per independent statement.

        Repeats of one statement (one speaker, one date, the same words read the
        same: see ``pwstats.reconcile.read.Reader.statement_key``) share a group;
        groups are in order of their first figure. Each group starts with the
        figure that is the statement itself — not one that cites it, nor one a
        later figure revised, nor a repeat published after it (a relay's rounded
        "more than 34,800" after the 34,844 it repeats) — so tables and plots show
        the statement's own words.
        """
        numbers: tuple[object, ...]
        if self._statement_of is None:  # made by hand: the figures' own statement keys
            numbers = tuple(f.statement_key for f in self.figures)
        elif not self._statement_of:  # reconcile found every figure a statement of its own
            return tuple((f.id,) for f in self.figures)
        else:
            numbers = self._statement_of
        grouped: dict[object, list[Figure]] = {}
        for f, k in zip(self.figures, numbers, strict=True):
            grouped.setdefault(k, []).append(f)
        revised = {r.old for r in self.revisions}

        def repeat(f: Figure) -> tuple[bool, bool, dt.date]:
            return statement_rank(f, f.id in revised)

        return tuple(tuple(f.id for f in sorted(group, key=repeat)) for group in grouped.values())

    def __repr__(self) -> str:
        """``Finding(ua-held at 2025: tension; 3 figures, bounds [62500, 67500]; 1 conflict)``."""
        from pwstats.notebook import finding_repr

        return finding_repr(self)

    def _repr_html_(self) -> str:
        from pwstats.notebook import finding_html

        return finding_html(self)


@attrs.frozen
class Report:
    """Every finding about a data set under one reading, and every conflict once."""

    dataset: Dataset
    reading: Reading
    findings: tuple[Finding, ...]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Each conflict once, in the order of the findings that hold it."""
        seen: dict[Conflict, None] = {}
        for finding in self.findings:
            for conflict in finding.conflicts:
                seen.setdefault(conflict, None)
        return tuple(seen)

    @property
    def status(self) -> Status:
        """The worst status of any finding (``"consistent"`` for none, or only derived ones)."""
        worst = max((STATUSES.index(f.status) for f in self.findings), default=0)
        return "consistent" if STATUSES[worst] == "derived" else STATUSES[worst]

    #: How the reconciliation that made this report answers bounds (set by reconcile;
    #: None for a report made by hand). Not part of the report's value.
    _bounds: Callable[[str | Measure, DateSpan], Bound] | None = attrs.field(
        default=None, kw_only=True, eq=False, repr=False, hash=False, alias="bounds"
    )

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle the report's value only: the finished run it answers bounds from stays."""
        return (_report, (self.dataset, self.reading, self.findings))

    def findings_for(self, measure: str) -> tuple[Finding, ...]:
        """The findings about one measure, in time order."""
        return tuple(f for f in self.findings if f.measure == measure)

    def bound(self, measure: str | Measure, *, at: DateSpan | dt.date | str | None = None) -> Bound:
        """The interval ``measure`` must lie in at ``at``, from this finished reconciliation.

        An event measure needs no ``at``, as for :func:`pwstats.bound`.

        Where the reconciliation already has the measure at that time (every event
        measure, and every date a figure or relation speaks of) the answer is read
        off it. At another date, a level or running total that no relation mentions
        is answered from the reconciled values around that date (a daily table of a
        sparse running total costs a look-up a day); one in relations from the cells
        those relations make at that date alone, propagated from the reconciled
        values they read, where that provably gives a run's answer. A flow in no
        relation, at a period among its own (a day inside reported weeks), is
        reconciled again on the stretches of periods that period joins alone (a
        week's figures, not the whole series). Otherwise (a flow in relations, a
        running total that accumulates events, an end two explanations could give)
        only the measure's connected component is reconciled again, as
        :func:`pwstats.bound` does, once for each date asked. Same answer as
        :func:`pwstats.bound` with this report's reading.
        """
        from pwstats.reconcile import when

        span = when(self.dataset, measure, at, "Report.bound")
        if self._bounds is None:
            from pwstats.reconcile import bound

            return bound(self.dataset, measure, at=span, reading=self.reading)
        return self._bounds(measure, span)

    def to_frame(self, table: ReportTable = "findings") -> pd.DataFrame:
        """The report as a pandas DataFrame (needs the ``pandas`` extra).

        ``table="findings"`` has one row per finding, ``"conflicts"`` one per
        conflict (``number`` is its place in :attr:`conflicts`, from 1, as in
        ``tabulate(report, fmt="json")``), ``"sources"`` the rows of
        ``tabulate(report, table="sources")``: one per distinct source of the
        report's figures (``number`` is its footnote number in
        ``tabulate(report)``), then each source the data set lists but no figure
        cites (``number`` missing, ``figures`` 0); with ``known_at``, none published
        later. Intervals and numbers come as exact text, nearest
        floats and closedness flags; docs/notebooks.md lists every column.
        """
        from pwstats.frames_out import report_frame

        return report_frame(self, table)

    def __repr__(self) -> str:
        """``Report(3 findings: 1 contradiction, 2 consistent; 5 conflicts; pragmatic reading)``."""
        from pwstats.notebook import report_repr

        return report_repr(self)

    def _repr_html_(self) -> str:
        from pwstats.notebook import report_html

        return report_html(self)


def _dated(as_of: DateSpan | None, figures: Sequence[Figure]) -> str:
    """See :attr:`Finding.dated`."""
    if as_of is None:
        return "—"
    if all(as_of in f.as_of for f in figures):
        return str(as_of)
    start, end = as_of.start.isoformat(), as_of.end.isoformat()
    if all(
        f.source is not None
        and f.source.published is not None
        and f.as_of == DateSpan.day(f.source.published)
        for f in figures
    ):
        return f"reported {start} to {end}"
    return f"figures dated {start} to {end}"


def earlier_releases(figures: Sequence[Figure], revised: Set[str]) -> dict[str, str]:
    """The earlier release each figure of ``figures`` is, by id: the revised figure its
    citations among ``figures`` lead to (itself, if revised); a figure that leads to no
    revised figure is left out. The one walker of releases: each chain of citations is
    followed once, and a loop of citations leads nowhere.
    """
    by_id = {f.id: f for f in figures}
    found: dict[str, str | None] = {}
    for start in figures:
        f, path = start, {start.id: None}  # in order, and a set
        while f.id not in found and f.id not in revised and f.cites in by_id:
            if f.cites in path:  # a loop of citations: no release in it
                break
            f = by_id[f.cites]
            path[f.id] = None
        got = found.get(f.id, f.id if f.id in revised else None)
        for i in path:
            found[i] = got
    return {i: got for i, got in found.items() if got is not None}


def releases(group: Sequence[Figure], revised: Set[str]) -> tuple[list[Figure], list[list[Figure]]]:
    """A statement's figures split into its latest release (the statement and its repeats)
    and each earlier release it revised (a revised figure and its repeats), in order.

    ``group`` is one of :attr:`Finding.statements` (the statement itself first) as
    figures, ``revised`` the ids of the finding's revised figures. Tables show the
    latest release's words with its own footnotes, plots count its outlets.
    """
    by_id = {f.id: f for f in group}
    earlier = earlier_releases(group, revised)
    releases: dict[str, list[Figure]] = {group[0].id: []}
    for f in group:
        releases.setdefault(earlier.get(f.id, group[0].id), []).append(f)
    own = releases.pop(group[0].id) or [group[0]]
    return own, [[by_id[i], *(f for f in fs if f.id != i)] for i, fs in releases.items()]


def dated_conflicts(report: Report) -> Callable[[Conflict], str]:
    """How each conflict's as-of is shown: as its measure's finding at that span shows its
    own (:attr:`Finding.dated`), else ``str(as_of)``; one pass over the findings."""
    shown = {
        (f.measure, f.as_of): text
        for f in report.findings
        if f.as_of is not None and (text := f.dated) != str(f.as_of)
    }

    def dated(c: Conflict) -> str:
        if c.as_of is None:
            return "—"
        return shown.get((c.measure, c.as_of), str(c.as_of))

    return dated


def _report(dataset: Dataset, reading: Reading, findings: tuple[Finding, ...]) -> Report:
    """A report rebuilt from its value (unpickling)."""
    return Report(dataset=dataset, reading=reading, findings=findings)


@attrs.frozen
class Because:
    """What gives one end of a bound: figure ids, relation ids, and a sentence."""

    figures: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    detail: str = ""


@attrs.frozen
class Bound:
    """The interval a measure must lie in at a date, and what proves each end.

    ``set_aside`` names the figures in conflict with others that the bound does
    not take as true (see the report's conflicts). Among the measure's own
    figures: those outside the agreeing set, which the interval holds only if
    they are wrong, or, when several largest agreeing sets tie, those in no tied
    set (the interval then spans every tied set). And, when the figures and
    relations leave some cell linked to this one with no value (a running total
    that falls; a relation or a period rule they break), every figure of that
    contradiction, or of a fall of a running total linked to it, that neither end
    rests on: propagation stops at the cell with no value, so the bound is worked
    out without them and may be wider than the same data without the
    contradiction would give. Of a running total there, also every figure of it
    in that component that the interval contradicts (one as of a date ending by
    the span's start that says more, or one starting at its end or after that says
    less): a bound holds with every figure it keeps. An end that nothing bounds
    then names them rather than saying that no figure bounds it. No end ever rests
    on a figure listed here; it is empty when no figure the bound could rest on is
    in conflict.
    """

    measure: str
    at: DateSpan
    interval: Interval
    low: Because
    high: Because
    set_aside: tuple[str, ...] = attrs.field(default=(), kw_only=True)

    @property
    def because(self) -> tuple[Because, Because]:
        """What gives the low end and what gives the high end."""
        return self.low, self.high

    def __str__(self) -> str:
        lines = [f"{self.measure} at {self.at}: {self.interval}"]
        if self.interval.is_empty:
            lines.append(f"  why: {self.low.detail}")
        else:
            lines.append(f"  low:  {self.low.detail}")
            lines.append(f"  high: {self.high.detail}")
        if self.set_aside:
            lines.append(f"  set aside, in conflict with others: {', '.join(self.set_aside)}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from pwstats.notebook import bound_html

        return bound_html(self)
