"""Statistics over figures that disagree: totals, means, medians, extremes, rates, changes.

Each function groups the measures of a data set by their :attr:`Measure.dims
<pwstats.Measure.dims>` and combines, per group, every member's bound (the
finding of :func:`pwstats.reconcile`) into a :class:`Statistic`:

- ``interval``, the hard bound: the tightest interval the statistic can take when
  each member may be any value of its bound (open and closed ends exact, unbounded
  ends kept, an empty member making the statistic empty);
- ``estimate``, low / best / high: ``best`` is the statistic of the members'
  bests (None when a member has none);
- ``low`` and ``high``, :class:`Summary` values saying what gives each end in
  one sentence, with the members behind it as data rather than as text;
- ``contested``: the members whose finding is a contradiction or a tension,
  listed and still counted, never dropped.

Members are taken as independent: the interval is the tightest given every
member's own bound, and relations between members narrow it only through those
bounds. ``docs/statistics.md`` has worked examples.

>>> from pwstats import Dataset, Figure, Measure
>>> events = [Measure(id=f"e{i}", label="killed", kind="event",
...                   dims={"conflict": "299", "year": "2016"}) for i in range(3)]
>>> figures = [Figure(id="a", measure="e0", low=10, best=12, high=20, as_of="2016-03-01"),
...            Figure(id="b", measure="e1", value=5, as_of="2016-04-02"),
...            Figure(id="c", measure="e2", low=1, best=2, high=3, as_of="2016-05-09")]
>>> row, = total(Dataset(measures=events, figures=figures), by=("conflict", "year"))
>>> str(row.group), str(row.interval), row.estimate.best
('conflict=299, year=2016', '[16, 28]', 19)
>>> print(row.low)
sum of 3 members' low ends; largest: e0 at 10
"""

from __future__ import annotations

import datetime as dt
import html
import importlib
import math
import operator
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, Final, Literal, NamedTuple, TypeAlias, get_args

import attrs

from pwstats import meta, units
from pwstats.bulk import paused_gc
from pwstats.dates import DateSpan
from pwstats.errors import DataQualityWarning, PwstatsError, UnitError, UnknownIdError
from pwstats.interval import End, Interval, Number, format_number, normal
from pwstats.model import Dataset, Dims, Figure, Measure, Sum
from pwstats.report import (
    NO_VALUE_RULE,
    READINGS,
    TILED_RULE,
    Estimate,
    Finding,
    Plausible,
    Reading,
    Report,
    pooled_value,
    rests_on_estimates,
    rounded_once,
)
from pwstats.suggest import nearest
from pwstats.tiling import Tiles

__all__ = [
    "RULES",
    "Member",
    "Statistic",
    "StatisticName",
    "Statistics",
    "StatisticsError",
    "Summary",
    "change",
    "maximum",
    "mean",
    "median",
    "minimum",
    "rate",
    "total",
]

#: The statistics this module computes.
StatisticName: TypeAlias = Literal[
    "total", "mean", "median", "minimum", "maximum", "rate", "change"
]
STATISTICS: Final[tuple[StatisticName, ...]] = get_args(StatisticName)

#: What each :attr:`Statistic.rule` means. A total over members known from statistical
#: estimates (no count, or only counts that state no value, such as a floor) follows
#: ``"sum of independent estimates"`` (bests summed, intervals combined as sums of
#: independent estimates are); totals of counts ``"sum"``. Means, rates and order
#: statistics of such members have rules of their own, named after theirs.
RULES: Final[Mapping[str, str]] = {
    "sum": "interval: each end the sum of the members' ends; best: the sum of the bests",
    "sum of independent estimates": (
        "interval: as for a sum (an estimate bounds nothing hard); best: the sum of the"
        " bests, each pooled best taken before rounding and the sum rounded once (to a"
        " whole number when the members count whole things); estimate low and high: the"
        " counts' ends summed plus the interval of the estimates' sum, their standard"
        " errors added in quadrature side by side"
    ),
    "mean": "interval and best: the sum's divided by the number of members",
    "mean of independent estimates": (
        "interval, best, estimate low and high: those of the sum of independent estimates,"
        " divided by the number of members"
    ),
    "median": (
        "interval: the median of the low ends to the median of the high ends; best: the"
        " median of the bests (an even count takes the mean of the two middle values)"
    ),
    "minimum": "interval: the smallest low end to the smallest high end; best: the least best",
    "maximum": "interval: the largest low end to the largest high end; best: the largest best",
    **{
        f"{name} of estimate ranges": (
            f"interval and best: as for a {name}; estimate low and high: the {name} of the"
            " members' ranges, a member known from estimates ranging over their pooled"
            " interval (kept within its bounds), a count over its bounds"
        )
        for name in ("median", "minimum", "maximum")
    },
    "rate": (
        "interval: every quotient of a numerator total and a nonzero denominator total,"
        " times per; best: the quotient of the two totals' bests (each as a total's),"
        " times per"
    ),
    "rate without numerator": (
        "interval: unbounded, and no estimate: the group has denominator members but no"
        " numerator member, and an absent count is unknown, not 0"
    ),
    "rate of independent estimates": (
        "interval and best: as for a rate; estimate low and high: every quotient of a"
        " value in the numerator's estimate range and one in the denominator's (each a sum"
        " of independent estimates as for a sum), times per, kept within the interval"
    ),
    "change": (
        "interval: the sum over members of the value at the end less the value at the"
        " start (never below 0 for a cumulative measure); best: the same of the bests"
    ),
    "change of independent estimates": (
        "interval and best: as for a change; estimate low and high: the counts' ends at the"
        " end less those at the start, plus the interval of the estimates at the end less"
        " those at the start as independent estimates (standard errors added in"
        " quadrature, a start's low side against an end's high side), kept within the"
        " interval"
    ),
}

_INF: Final = math.inf
#: A member whose finding has one of these statuses is listed as contested.
_CONTESTED: Final = frozenset({"contradiction", "tension"})


class StatisticsError(PwstatsError, ValueError):
    """A statistic cannot be computed as asked: an unknown dimension, a missing date, ..."""


# -- values ---------------------------------------------------------------------------


class Member(NamedTuple):
    """One member of a statistic: a measure and the bound it contributes.

    ``finding`` is the reconciliation's finding the bound comes from (None when
    the measure has none at the date and the bound was computed for it);
    ``contested`` is True when that finding is a contradiction or a tension.
    """

    measure: str
    interval: Interval
    best: Number | None
    finding: Finding | None
    contested: bool


@attrs.frozen(repr=False)
class Summary:
    """What gives one end of a statistic: a sentence and the members behind it.

    ``detail`` is printed; ``members`` holds the ids of every member whose end
    enters this end (all of them for a sum, the extreme ones for a minimum), as
    data, never printed whole.
    """

    detail: str
    members: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.detail

    def __repr__(self) -> str:
        return f"Summary({self.detail!r}, {len(self.members)} members)"


@attrs.frozen(repr=False)
class Statistic:
    """One group's statistic: its hard interval, estimate, members and what gives each end.

    ``group`` is the group's dims (the ``by`` dimensions and their values);
    ``members`` the ids of the measures combined; ``contested`` those of them
    whose finding is a contradiction or a tension (still combined); ``rule`` a
    key of :data:`RULES` naming how ``estimate`` and ``interval`` were combined;
    ``unit`` the unit of ``interval`` and ``estimate``: the members' (they share
    one), or None for a rate, a ratio per ``per`` of the denominator;
    ``denominator_at`` a rate's date the group's denominator members were taken
    at (each group may have its own: ``rate(..., denominator_at="latest")``),
    None for the other statistics and for a denominator of events only.
    """

    statistic: StatisticName
    group: Dims
    interval: Interval
    estimate: Estimate
    members: tuple[str, ...]
    low: Summary
    high: Summary
    contested: tuple[str, ...]
    rule: str
    unit: str | None = None
    denominator_at: DateSpan | None = None

    def __repr__(self) -> str:
        best = "" if self.estimate.best is None else f" best {format_number(self.estimate.best)}"
        contested = f", {len(self.contested)} contested" if self.contested else ""
        return (
            f"<Statistic {self.statistic} {self.group or '(all)'}: {self.interval}{best};"
            f" {_count(len(self.members), 'member')}{contested}>"
        )


@attrs.frozen(repr=False)
class Statistics:
    """The rows of one statistic, one :class:`Statistic` per group, in group order.

    ``left_out`` names the measures that passed ``where`` but lack a value for
    some ``by`` dimension, so belong to no group (as pandas' ``groupby`` leaves
    out rows with a missing key). :meth:`member` gives any member's bound.
    ``at`` is the date the members were taken at (a rate's numerator date; a
    change's whole span), ``denominator_at`` a rate's denominator date when every
    group's is the same (each row's is :attr:`Statistic.denominator_at`), and
    ``start`` and ``end`` a change's two dates, which tables and frames show
    (:meth:`date_columns`, :meth:`row_dates`).
    """

    statistic: StatisticName
    by: tuple[str, ...]
    rows: tuple[Statistic, ...]
    at: DateSpan | None
    reading: Reading
    left_out: tuple[str, ...] = ()
    #: A rate's denominator date (its ``denominator_at``, else ``at``) when every group's
    #: is that one; None for the others, and for a rate whose groups' dates differ.
    denominator_at: DateSpan | None = None
    #: A change's start and end dates (``at`` is the span from one to the other).
    start: DateSpan | None = None
    end: DateSpan | None = None
    _resolve: Callable[[str], Member | None] = attrs.field(
        default=lambda measure: None, eq=False, alias="resolve"
    )

    def __iter__(self) -> Iterator[Statistic]:
        return iter(self.rows)

    def date_columns(self) -> dict[str, str]:
        """The dates shown in a column of their own beside every row, as text.

        A rate's two sides may be taken at different dates (deaths in 2017 over the
        population on 1 July 2017), so a rate's table, CSV and frame carry both: ``at``
        and ``denominator_at``; a change's carry its ``start`` and ``end``. The other
        statistics have one date, ``at``, which their JSON document and ``repr`` carry;
        they have no date columns. Each column's text is the date every row shares
        ("" for none); where the rows' dates differ (a rate whose groups' denominators
        are from different censuses) it is "", and :meth:`row_dates` gives each row's.
        """
        if not self._date_names():
            return {}
        shared: dict[str, str] = {}
        for name in self._date_names():
            texts = {self.row_dates(r)[name] for r in self.rows}
            shared[name] = texts.pop() if len(texts) == 1 else ""
        return shared

    def _date_names(self) -> tuple[str, ...]:
        if self.statistic == "change":
            dates: tuple[DateSpan | None, ...] = (self.start, self.end)
            names: tuple[str, ...] = ("start", "end")
        elif self.statistic == "rate":
            dates = (self.at, self.denominator_at, *(r.denominator_at for r in self.rows))
            names = ("at", "denominator_at")
        else:
            return ()
        return () if all(x is None for x in dates) else names

    def row_dates(self, row: Statistic) -> dict[str, str]:
        """The date columns of one row (:meth:`date_columns`), as text ("" for none).

        >>> from pwstats import Dataset, Figure, Measure
        >>> d = Dataset(measures=[Measure(id="e", label="e", kind="event", dims={"year": 2016})],
        ...             figures=[Figure(id="f", measure="e", value=3, as_of="2016")])
        >>> result = total(d, by="year")
        >>> result.row_dates(result[0])
        {}
        """
        names = self._date_names()
        if not names:
            return {}
        if self.statistic == "change":
            pairs = {"start": self.start, "end": self.end}
        else:
            pairs = {"at": self.at, "denominator_at": row.denominator_at}
        return {k: "" if x is None else str(x) for k, x in pairs.items()}

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> Statistic:
        return self.rows[index]

    def row(self, **group: str | int) -> Statistic:
        """The row of the group with these dims; a :class:`StatisticsError` if none.

        >>> from pwstats import Dataset, Figure, Measure
        >>> d = Dataset(measures=[Measure(id="e", label="e", kind="event", dims={"year": 2016})],
        ...             figures=[Figure(id="f", measure="e", value=3, as_of="2016")])
        >>> str(total(d, by="year").row(year=2016).interval)
        '[3, 3]'
        """
        key = Dims(group)
        for statistic in self.rows:
            if statistic.group == key:
                return statistic
        raise StatisticsError(f"no group {key} among the {_count(len(self.rows), 'row')}")

    def member(self, measure: str) -> Member:
        """The bound one member contributed; :class:`StatisticsError` if it is no member."""
        member = self._resolve(measure)
        if member is None:
            raise StatisticsError(f"{measure!r} is a member of no group")
        return member

    def __repr__(self) -> str:
        members = sum(len(r.members) for r in self.rows)
        contested = sum(len(r.contested) for r in self.rows)
        by = f" by {', '.join(self.by)}" if self.by else ""
        at = f" at {self.at}" if self.at is not None else ""
        if self.statistic == "rate":
            dates = {r.denominator_at for r in self.rows}
            if len(dates) > 1:
                at += f", denominator at each group's own date ({len(dates):,} dates)"
            elif self.denominator_at != self.at:
                at += f", denominator at {self.denominator_at}"
        if self.statistic == "change" and self.start is not None:
            at = f" from {self.start} to {self.end}"
        extra = f", {contested:,} contested" if contested else ""
        if self.left_out:  # measures in no group: said, never silently dropped
            extra += f", {len(self.left_out):,} left out (no value for {', '.join(self.by)})"
        return (
            f"<Statistics {self.statistic}{by}{at}: {_count(len(self.rows), 'row')},"
            f" {_count(members, 'member')}{extra}>"
        )

    def _repr_html_(self) -> str:
        dates = self.date_columns()
        head = "".join(
            f"<th>{html.escape(c)}</th>"
            for c in (*self.by, *dates, "interval", "low", "best", "high", "members", "contested")
        )
        body = []
        for r in self.rows:
            cells = [r.group.get(d, "") for d in self.by] + list(self.row_dates(r).values())
            cells += [str(r.interval), *_estimate_texts(r.estimate)]
            cells += [f"{len(r.members):,}", f"{len(r.contested):,}"]
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        caption = html.escape(repr(self).strip("<>"))
        return (
            f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>"
        )

    def to_frame(self) -> Any:
        """The rows as a :class:`pandas.DataFrame` (needs pandas: ``pip install pandas``).

        One column per ``by`` dimension and ``statistic``, then the columns a
        report's findings give the same values (docs/notebooks.md): ``interval``
        (the exact notation) with ``interval_lo`` / ``interval_hi`` (floats, ±inf
        for unbounded ends), ``interval_lo_exact`` / ``interval_hi_exact`` (exact
        text) and ``interval_lo_closed`` / ``interval_hi_closed``; the estimate's
        ``low``, ``best`` and ``high`` as floats, with ``low_exact``,
        ``best_exact`` and ``high_exact`` as exact text (low and high differ from the
        interval's ends where members rest on estimates); ``members``,
        ``contested`` (counts), ``rule`` and ``unit`` (the unit of the ends: the
        members' own, or missing for a rate). A rate has ``at`` and
        ``denominator_at`` after ``statistic`` (each row's own: groups may take their
        denominators at different dates), a change ``start`` and ``end``
        (:meth:`date_columns`, :meth:`row_dates`). An empty interval has missing ends.
        The measures in no group (:attr:`left_out`) are listed in
        ``frame.attrs["left_out"]``.
        """
        from pwstats.frames_out import statistics_frame

        return statistics_frame(self)


def _estimate_texts(estimate: Estimate) -> list[str]:
    return [
        "" if x is None else format_number(x) for x in (estimate.low, estimate.best, estimate.high)
    ]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _ends_of(n: int, side: str, end: str = "end") -> str:
    """The members' ends on one side, in words: "1 member's low end", "3 members' low ends"."""
    return f"1 member's {side} {end}" if n == 1 else f"{n:,} members' {side} {end}s"


# -- choosing members ------------------------------------------------------------------

#: ``where``: dims a member must have (a value, or any of several), or a test of its dims.
Where: TypeAlias = Mapping[str, "str | int | Collection[str | int]"] | Callable[[Dims], bool]
#: Which measures a rate's numerator or a change is about: ids, dims, or a test of dims.
Select: TypeAlias = (
    "str | Sequence[str] | Mapping[str, str | int | Collection[str | int]]"
    " | Callable[[Dims], bool] | None"
)


def _check_by(by: object) -> tuple[str, ...]:
    names = (by,) if isinstance(by, str) else by
    if not isinstance(names, Iterable):
        raise TypeError(f"by must name dimensions (a str or a sequence of str), not {by!r}")
    out = tuple(names)
    for name in out:
        Dims.check_name(name)
    if len(set(out)) != len(out):
        raise StatisticsError(f"by names a dimension twice: {out}")
    return out


def _matcher(where: object, what: str) -> Callable[[Dims], bool] | None:
    """A test of a member's dims from a ``where`` mapping or predicate (None: everyone)."""
    if where is None:
        return None
    if callable(where):
        return where
    if not isinstance(where, Mapping):
        raise TypeError(
            f"{what} must be a mapping of dimension to value(s) or a function of dims,"
            f" not {type(where).__name__}"
        )
    wanted: list[tuple[str, frozenset[str]]] = []
    for name, value in where.items():
        Dims.check_name(name)
        values = (value,) if isinstance(value, (str, int)) else value
        if not isinstance(values, Iterable):
            raise TypeError(f"{what}[{name!r}] must be a value or a collection of values")
        wanted.append((name, frozenset(Dims({name: v})[name] for v in values)))

    def test(dims: Dims) -> bool:
        return all(dims.get(name) in allowed for name, allowed in wanted)

    return test


def _check_known(names: Iterable[str], dataset: Dataset, what: str) -> None:
    """Say which dimension no measure has (a misspelt one empties every group); a data set
    with no measure (a header-only export) has no groups to give, and no error."""
    if not dataset.measures:
        return
    known: set[str] = set()
    for m in dataset.measures:
        known.update(m.dims)
    for name in names:
        if name not in known:
            hint = nearest(name, sorted(known))
            listed = (
                f"the dimensions are {', '.join(sorted(known))}"
                if known
                else "no measure of the data set has dims"
            )
            raise StatisticsError(f"{what}: no measure has the dimension {name!r}{hint}; {listed}")


def _check_dims(by: Sequence[str], where: object, dataset: Dataset) -> None:
    _check_known(by, dataset, "by")
    if isinstance(where, Mapping):
        _check_known(where, dataset, "where")


def _check_values(where: object, dataset: Dataset, what: str = "where") -> None:
    """Say which value of ``where`` no measure has (a misspelt value empties every group);
    as :func:`_check_known`, nothing to say of a data set with no measure."""
    if not isinstance(where, Mapping) or not dataset.measures:
        return
    for name, value in where.items():
        known = sorted({v for m in dataset.measures if (v := m.dims.get(name)) is not None})
        values = (value,) if isinstance(value, (str, int)) else value
        wanted = [Dims({name: v})[name] for v in values]
        if wanted and all(v not in known for v in wanted):
            shown = ", ".join(map(repr, wanted))
            hint = nearest(wanted[0], known) if len(wanted) == 1 else ""
            listed = ", ".join(known[:10]) + (
                f" and {len(known) - 10} more" if len(known) > 10 else ""
            )
            raise StatisticsError(
                f"{what}: no measure has {name} = {shown}{hint}; its values are {listed}"
            )


def _warn_of_missing_values(
    where: object, dataset: Dataset, function: str, stacklevel: int
) -> None:
    """A :class:`DataQualityWarning` naming each value of a ``where`` collection that no
    measure has (``{"country": ["SYR", "IRQ", "YMN"]}``: a misspelt "YEM" gave no row,
    with no word, beside the rows of the others). The values are still filtered as given."""
    if not isinstance(where, Mapping):
        return
    missing: list[str] = []
    for name, value in where.items():
        if isinstance(value, (str, int)):
            continue  # one value no measure has: every group empty, an error
        wanted = [Dims({name: v})[name] for v in value]
        known = {v for m in dataset.measures if (v := m.dims.get(name)) is not None}
        absent = [v for v in wanted if v not in known]
        if absent and len(absent) < len(wanted):
            hint = nearest(absent[0], sorted(known))
            more = f" (and {', '.join(map(repr, absent[1:]))})" if len(absent) > 1 else ""
            missing.append(f"{name} = {absent[0]!r}{hint}{more}")
    if missing:
        warnings.warn(
            f"{function}(): where: no measure has {'; '.join(missing)}, so no row is for it",
            DataQualityWarning,
            stacklevel=stacklevel,
        )


def _report(data: object, reading: Reading | None, function: str) -> Report:
    if reading is not None and reading not in READINGS:
        raise ValueError(
            f"reading must be one of {', '.join(map(repr, READINGS))}, not {reading!r}"
        )
    if isinstance(data, Report):
        if reading is not None and reading != data.reading:
            raise StatisticsError(
                f"{function}(): the report was reconciled under the {data.reading!r} reading,"
                f" not {reading!r}; reconcile again or leave reading out"
            )
        return data
    if isinstance(data, Dataset):
        reconcile = importlib.import_module("pwstats.reconcile").reconcile
        report: Report = reconcile(data, reading=reading or "pragmatic")
        return report
    raise TypeError(
        f"{function}() takes a Dataset or a Report (pwstats.reconcile(...)), not"
        f" {type(data).__name__}"
    )


def _span(at: object) -> DateSpan | None:
    if at is None:
        return None
    try:
        return DateSpan.of(at)  # type: ignore[arg-type]  # a Period or datetime64 too
    except TypeError as exc:
        raise TypeError(f"at: {exc}") from None


class _Index:
    """A report's findings by measure (events) and by measure and date (the others)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        # An event measure has one finding; for the others this map is not used.
        self.events: dict[str, Finding] = {f.measure: f for f in report.findings}
        self._dated: dict[tuple[str, DateSpan | None], Finding] | None = None
        self._dates: dict[str, list[DateSpan]] | None = None
        self._stated_dates: dict[str, list[DateSpan]] = {}
        #: Flow members with no finding over the period asked whose best is the sum of
        #: the bests of findings tiling it: the number of those findings (:func:`_tiled`).
        self.tiled: dict[tuple[str, DateSpan | None], int] = {}
        #: Of those, the ones whose pieces' bests are pooled ones: the sum before rounding.
        self.raw: dict[tuple[str, DateSpan], Fraction] = {}
        self._tiles: dict[str, Tiles[Finding]] = {}

    def tiles(self, measure: str) -> Tiles[Finding]:
        """The findings of ``measure`` that state a value, by period (:func:`_tiled`)."""
        tiles = self._tiles.get(measure)
        if tiles is None:
            tiles = self._tiles[measure] = Tiles()
            for span in self.dates_of(measure, stated=True):
                f = self.dated[measure, span]
                if f.estimate.best is not None and f.estimate.rule != NO_VALUE_RULE:
                    tiles.add(span, f)
        return tiles

    @property
    def dated(self) -> dict[tuple[str, DateSpan | None], Finding]:
        if self._dated is None:
            self._dated = {(f.measure, f.as_of): f for f in self.report.findings}
        return self._dated

    def dates_of(self, measure: str, *, stated: bool = False) -> list[DateSpan]:
        """The dates (as-of spans) of ``measure``'s findings, in the report's order; with
        ``stated``, of those with figures (not derived from relations alone)."""
        if self._dates is None:
            self._dates, self._stated_dates = {}, {}
            for f in self.report.findings:
                if f.as_of is not None:
                    self._dates.setdefault(f.measure, []).append(f.as_of)
                    if f.figures:
                        self._stated_dates.setdefault(f.measure, []).append(f.as_of)
        return (self._stated_dates if stated else self._dates).get(measure, [])

    def unstated(self, ids: Sequence[str], at: DateSpan | None) -> str:
        """A clause saying which members have no figure as of ``at`` and when theirs are.

        Such a member is bounded at ``at`` by :func:`pwstats.bound`: a level there is
        bounded by nothing but its domain and the relations, however many figures it has
        at other dates. "" when there is none.
        """
        if not ids:
            return ""
        first = ids[0]
        dates = self.dates_of(first, stated=True)
        shown = ", ".join(map(str, dates[:3])) + (
            f" and {len(dates) - 3:,} more" if len(dates) > 3 else ""
        )
        when = f"its figures are as of {shown}" if dates else "it has no figure"
        more = f" and {len(ids) - 1:,} more" if len(ids) > 1 else ""
        tiled = [i for i in ids if (i, at) in self.tiled]
        best = ""
        if tiled:
            pieces = _count(self.tiled[tiled[0], at], "period")
            best = (
                f"; its best is the sum of the bests of the figures' periods that tile"
                f" {at} ({pieces})"
                if len(ids) == 1
                else f"; {len(tiled):,} of them take as best the sum of the bests of the"
                f" figures' periods that tile {at} ({tiled[0]}: {pieces})"
            )
        return (
            f"; no figure as of {at}: {first}{more} ({when}), bounded at {at} by what"
            f" holds then (pwstats.bound){best}"
        )


def _member_bounds(index: _Index, measure: Measure, at: DateSpan | None) -> Member:
    """The bound ``measure`` contributes at ``at``: its finding's, else one computed for it.

    An event measure's finding holds its bounds and estimate whatever the date;
    a level or cumulative measure's is the finding as of exactly ``at``. A
    measure with no such finding (no figure then, or none at all) is bounded by
    :func:`pwstats.bound` at ``at``, which has no best unless it is one value.
    (Grouping reads an event's finding directly, without calling this, to make no
    object per member.)
    """
    if measure.kind == "event":
        finding = index.events.get(measure.id)
    else:
        finding = index.dated.get((measure.id, at))
    if finding is not None:
        best = finding.estimate.best
        contested = finding.status in _CONTESTED
        if finding.estimate.rule == TILED_RULE and at is not None:
            # Its counts state no value ("at least 400" over the quarter), and its best
            # is the sum of the periods tiling it: how many, and the sum before rounding.
            tiled = _tiled_best(index, measure, at, finding.bounds)
            if tiled is not None:
                contested = contested or tiled[1]
        return Member(measure.id, finding.bounds, best, finding, contested)
    when = at if at is not None else DateSpan.parse("2000")  # an event's bound ignores it
    b = index.report.bound(measure.id, at=when)  # from the finished run where it can
    # No figure states a value then, but a bound of one value has that value as its best
    # (February and March 2019 in figures for each: the two months are 322, best 322).
    best = None
    contested = bool(b.set_aside)
    if b.interval.is_point:
        lo = b.interval.lo
        assert not isinstance(lo, float)  # a point is finite: an int or a Fraction
        best = lo
    elif measure.kind == "flow" and at is not None and not b.interval.is_empty:
        tiled = _tiled_best(index, measure, at, b.interval)
        if tiled is not None:
            best, more = tiled
            contested = contested or more
    # A bound with no value is contested too: figures and relations that cannot all hold.
    return Member(measure.id, b.interval, best, None, contested or b.interval.is_empty)


def _tiled_best(
    index: _Index, measure: Measure, at: DateSpan, interval: Interval
) -> tuple[Number | None, bool] | None:
    """The sum of the bests of the findings whose periods tile ``at`` (:func:`_tiled`),
    clamped into ``interval``, and whether one of them is contested; None when none tile.
    """
    pieces = _tiled(index, measure.id, at)
    if not pieces:
        return None
    tiled_sum = importlib.import_module("pwstats.reconcile.findings").tiled_sum
    best, exact = tiled_sum(pieces, interval, whole=measure.whole)
    index.tiled[measure.id, at] = len(pieces)
    if exact is not None:  # a pooled best among the pieces: the sum before rounding
        index.raw[measure.id, at] = exact
    return best, any(f.status in _CONTESTED for f in pieces)


def _why_no_value(index: _Index, member: Member, at: DateSpan | None) -> str:
    """Why ``member`` can take no value: the conflict its finding names, else its bound's
    reasons (figures and relations that cannot all hold)."""
    finding = member.finding
    if finding is not None and finding.conflicts:
        # A contradiction first: it holds under every reading.
        first = min(finding.conflicts, key=lambda c: c.kind != "contradiction")
        more = len(finding.conflicts) - 1
        also = f" (and {_count(more, 'more conflict')})" if more else ""
        return _cannot_hold(first.figures, first.relations) + f" ({first.cause}){also}"
    when = at if at is not None else DateSpan.parse("2000")  # an event's bound ignores it
    b = index.report.bound(member.measure, at=when)
    return _cannot_hold(b.low.figures, b.low.relations)


def _cannot_hold(figures: Sequence[str], relations: Sequence[str]) -> str:
    """ "figures a, b and relation r cannot all hold" (either part left out when empty)."""
    said = []
    if figures:
        said.append(f"figure{'s' if len(figures) > 1 else ''} {', '.join(figures)}")
    if relations:
        said.append(f"relation{'s' if len(relations) > 1 else ''} {', '.join(relations)}")
    return f"{' and '.join(said) or 'the figures and relations'} cannot all hold"


def _tiled(index: _Index, measure: str, period: DateSpan) -> list[Finding]:
    """The findings of a flow whose periods tile ``period``, each stating a value; [] when
    none do (:class:`~pwstats.tiling.Tiles`: from its first day, the longest that fits,
    else the fewest periods where that walk meets a dead end).

    A flow's count over a period is the sum of its counts over periods that tile it, so
    where figures' periods tile it (twelve months, four quarters, or a quarter and nine
    months) the sum of their bests is a best for it. A finding over ``period`` itself
    is no piece, nor one whose best is no one's value
    (:data:`~pwstats.report.NO_VALUE_RULE`), nor one of relations alone; reconciliation
    tiles a flow's findings the same way (:data:`~pwstats.report.TILED_RULE`).
    """
    tiles = index.tiles(measure)
    return tiles.tiling(period) or tiles.fewest(period)[0]


# -- combining intervals ----------------------------------------------------------------
#
# Every statistic here is nondecreasing in each member and continuous, so over the
# product of the members' intervals its values fill the interval from its value at
# the low ends to its value at the high ends. An end is attained when the members can
# take values inside their intervals that give it: an open end is represented as its
# value "plus a hair" (low) or "minus a hair" (high), and the statistic of the ends,
# compared as (value, hair) pairs, says whether a hair survives.


def _sum_ends(values: Iterable[End]) -> End:
    """The sum of ends: ints and Fractions exactly, an infinite end giving ±inf."""
    return sum(values, 0)


def _exact(x: End) -> End:
    if type(x) is Fraction and x.denominator == 1:
        return x.numerator
    return x


def _interval(lo: End, lo_closed: bool, hi: End, hi_closed: bool) -> Interval:
    if lo > hi or (lo == hi and not (lo_closed and hi_closed)):
        return Interval.empty()
    return Interval(
        _exact(lo),
        _exact(hi),
        lo_closed=lo_closed and lo != -_INF,
        hi_closed=hi_closed and hi != _INF,
    )


_LO_CLOSED: Final = operator.attrgetter("lo_closed")
_HI_CLOSED: Final = operator.attrgetter("hi_closed")


def _total_of(intervals: Sequence[Interval]) -> Interval:
    los = [iv.lo for iv in intervals]
    his = [iv.hi for iv in intervals]
    if any(map(operator.gt, los, his)):  # an empty member (empty intervals have lo > hi)
        return Interval.empty()
    return _interval(
        _sum_ends(los),
        all(map(_LO_CLOSED, intervals)),
        _sum_ends(his),
        all(map(_HI_CLOSED, intervals)),
    )


def _mean_of(intervals: Sequence[Interval]) -> Interval:
    iv = _total_of(intervals)
    if iv.is_empty:
        return iv
    n = len(intervals)
    return _interval(_divide(iv.lo, n), iv.lo_closed, _divide(iv.hi, n), iv.hi_closed)


def _divide(x: End, n: int) -> End:
    if isinstance(x, float):  # ±inf
        return x
    return _exact(Fraction(x, n))


def _order_ends(
    intervals: Sequence[Interval],
) -> tuple[list[tuple[End, int]], list[tuple[End, int]]]:
    """The low ends as (value, +1 if open) and high ends as (value, -1 if open), sorted."""
    lows = sorted((iv.lo, 0 if iv.lo_closed else 1) for iv in intervals)
    highs = sorted((iv.hi, 0 if iv.hi_closed else -1) for iv in intervals)
    return lows, highs


def _order_statistic(intervals: Sequence[Interval], positions: Sequence[int]) -> Interval:
    """The mean of the order statistics at ``positions`` (0-based), tightly."""
    if any(iv.is_empty for iv in intervals):
        return Interval.empty()
    lows, highs = _order_ends(intervals)
    lo = [lows[k] for k in positions]
    hi = [highs[k] for k in positions]
    n = len(positions)
    return _interval(
        _divide(_sum_ends(v for v, _ in lo), n),
        all(h == 0 for _, h in lo),
        _divide(_sum_ends(v for v, _ in hi), n),
        all(h == 0 for _, h in hi),
    )


def _median_positions(n: int) -> tuple[int, ...]:
    return ((n - 1) // 2,) if n % 2 else (n // 2 - 1, n // 2)


def _median_of(intervals: Sequence[Interval]) -> Interval:
    return _order_statistic(intervals, _median_positions(len(intervals)))


def _minimum_of(intervals: Sequence[Interval]) -> Interval:
    return _order_statistic(intervals, (0,))


def _maximum_of(intervals: Sequence[Interval]) -> Interval:
    return _order_statistic(intervals, (len(intervals) - 1,))


def _median_number(values: Sequence[Number]) -> Number:
    ordered = sorted(values)
    positions = _median_positions(len(ordered))
    mid = _exact(Fraction(sum(ordered[k] for k in positions), len(positions)))
    assert not isinstance(mid, float)
    return mid


_COMBINE: Final[dict[str, Callable[[Sequence[Interval]], Interval]]] = {
    "total": _total_of,
    "mean": _mean_of,
    "median": _median_of,
    "minimum": _minimum_of,
    "maximum": _maximum_of,
}


def _best_of(statistic: str, bests: Sequence[Number]) -> Number:
    if statistic == "total":
        return sum(bests, 0)
    if statistic == "mean":
        mean = _exact(Fraction(sum(bests, 0), len(bests)))
        assert not isinstance(mean, float)
        return mean
    if statistic == "median":
        return _median_number(bests)
    if statistic == "minimum":
        return min(bests)
    return max(bests)


_RULE_OF: Final = {"total": "sum", "mean": "mean", "median": "median"}
_RULE_OF.update(minimum="minimum", maximum="maximum")


# -- summaries --------------------------------------------------------------------------


def _end_text(x: End) -> str:
    return format_number(x)


def _summaries(
    statistic: str,
    ids: tuple[str, ...],
    intervals: Sequence[Interval],
    no_value: Mapping[str, str] | None = None,
) -> tuple[Summary, Summary]:
    """What gives each end; when a member can take no value, which and why (``no_value``:
    the conflict that empties each such member)."""
    los = [iv.lo for iv in intervals]
    his = [iv.hi for iv in intervals]
    if any(map(operator.gt, los, his)):
        empty = [i for i, iv in zip(ids, intervals, strict=True) if iv.is_empty]
        because = (no_value or {}).get(empty[0])
        why = Summary(
            f"{_count(len(empty), 'member')} can take no value (empty bounds): {empty[0]}"
            + (f" ({because})" if because else "")
            + (", ..." if len(empty) > 1 else ""),
            tuple(empty),
        )
        return why, why
    return _summary(statistic, ids, los, high=False), _summary(statistic, ids, his, high=True)


def _summary(statistic: str, ids: tuple[str, ...], ends: list[End], *, high: bool) -> Summary:
    """What gives one end: ``ends`` are the members' ends on that side, in ``ids`` order."""
    side = "high" if high else "low"
    n = len(ids)
    if statistic in ("total", "mean"):
        verb = "sum" if statistic == "total" else "mean"
        infinite = -_INF if not high else _INF
        if infinite in ends:
            unbounded = [i for i, x in zip(ids, ends, strict=True) if x == infinite]
            return Summary(
                f"{verb} of {_ends_of(n, side)}; unbounded: {unbounded[0]}"
                + (f" and {len(unbounded) - 1:,} more" if len(unbounded) > 1 else "")
                + f" {'have' if len(unbounded) > 1 else 'has'} no {'upper' if high else 'lower'}"
                + " bound",
                tuple(unbounded),
            )
        k = max(range(n), key=ends.__getitem__)
        if n == 1:
            return Summary(
                f"{verb} of 1 member's {side} end: {ids[k]} at {_end_text(ends[k])}", ids
            )
        return Summary(
            f"{verb} of {_ends_of(n, side)}; largest: {ids[k]} at {_end_text(ends[k])}",
            ids,
        )
    if statistic in ("minimum", "maximum"):
        value = min(ends) if statistic == "minimum" else max(ends)
        at = tuple(i for i, x in zip(ids, ends, strict=True) if x == value)
        word = "smallest" if statistic == "minimum" else "largest"
        more = f" (and {len(at) - 1:,} more)" if len(at) > 1 else ""
        return Summary(
            f"{word} {side} end of {_count(n, 'member')}: {at[0]} at {_end_text(value)}{more}", at
        )
    # median
    order = sorted(range(n), key=ends.__getitem__)
    middle = [order[k] for k in _median_positions(n)]
    values = " and ".join(f"{ids[k]} at {_end_text(ends[k])}" for k in middle)
    how = "the middle" if n % 2 else "the mean of the two middle"
    return Summary(
        f"median of {_ends_of(n, side)}, {how}: {values}",
        tuple(ids[k] for k in middle),
    )


# -- the statistics ----------------------------------------------------------------------


class _Bucket:
    """The members of one group, as parallel lists (no object per member)."""

    __slots__ = (
        "_figure",
        "_pooled",
        "at",
        "bests",
        "contested",
        "figureless",
        "ids",
        "intervals",
        "no_value",
        "raw",
        "studies",
        "tiled",
        "unstated",
        "whole",
    )

    def __init__(self, at: DateSpan | None = None) -> None:
        #: The date the members are taken at (a rate's denominator: each group's own).
        self.at = at
        self.ids: list[str] = []
        self.intervals: list[Interval] = []
        self.bests: list[Number | None] = []
        self.contested: list[str] = []
        #: Members whose best is their estimates' pooled one (no count, or only counts
        #: that state no value, as a floor): that estimate, by position in ``ids``.
        self.studies: dict[int, Plausible] = {}
        #: Members whose best is a pooled one, rounded: the value before rounding
        #: (:func:`~pwstats.report.pooled_value`), by position in ``ids``. Sums take
        #: these and round once.
        self.raw: dict[int, Fraction] = {}
        self._pooled: dict[int, meta.Study] | None = None
        self._figure: Callable[[str], Figure] | None = None
        self.whole = True
        #: Members dated at ``at`` with no finding as of it (bounded by pwstats.bound there).
        self.unstated: list[str] = []
        #: Members that can take no value, each with why (the conflict that empties it).
        self.no_value: dict[str, str] = {}
        #: Event members with no figure at all (bounded by their domain and relations only).
        self.figureless: list[str] = []
        #: Flow members whose figures at ``at`` state no value, with a best summed over
        #: the periods that tile it: each with how many periods.
        self.tiled: list[tuple[str, int]] = []

    def no_figure_note(self) -> str:
        """A clause naming the event members with no figure at all; "" if none.

        Such a member (a figure rejected by ``on_bad_records="skip"``, a measure listed
        before its figures) is bounded by its domain and the relations alone, often
        [0, +inf): the statistic's sentence says so, not only "unbounded".
        """
        note = ""
        if self.tiled:
            (first, pieces), n = self.tiled[0], len(self.tiled)
            more = f" and {n - 1:,} more" if n > 1 else ""
            periods = _count(pieces, "period")
            note = (
                f"; the figures of {first}{more} state no value then: the best is the sum of"
                f" the bests of the figures' periods that tile it ({periods})"
            )
        if not self.figureless:
            return note
        first, n = self.figureless[0], len(self.figureless)
        more = f" and {n - 1:,} more" if n > 1 else ""
        verb = "have" if n > 1 else "has"
        return note + (
            f"; {first}{more} {verb} no figure at all, bounded by the measure's domain and"
            " the relations alone (pwstats.bound)"
        )

    def no_value_note(self, at: DateSpan | None) -> str:
        """A clause naming the first member that can take no value and why; "" if none."""
        if not self.no_value:
            return ""
        first, why = next(iter(self.no_value.items()))
        when = f" at {at}" if at is not None else ""
        more = (
            f" (and {len(self.no_value) - 1:,} more such members)" if len(self.no_value) > 1 else ""
        )
        return f"; {first} can take no value{when}: {why}{more}"

    @property
    def pooled(self) -> dict[int, meta.Study]:
        """:attr:`studies` as studies, their intervals not cut at the measure's floor:
        pooled again only when a statistic asks (a median, a minimum never does)."""
        if self._pooled is None:
            study = importlib.import_module("pwstats.reconcile.estimates").pooled_study
            figure = self._figure
            assert figure is not None or not self.studies
            self._pooled = {i: study(p, figure) for i, p in self.studies.items()}
        return self._pooled

    def note(
        self,
        finding: Finding | None,
        whole: bool,
        dataset: Dataset,
        raw: Fraction | None = None,
    ) -> None:
        """Remember the last member's pooled estimate if estimates are all it has, and its
        best before rounding (``raw``, else the finding's pooled best:
        :func:`~pwstats.report.pooled_value`)."""
        self.whole = self.whole and whole
        if raw is None and finding is not None:
            raw = pooled_value(finding)
        if raw is not None:
            self.raw[len(self.ids) - 1] = raw
        if finding is not None and finding.plausible is not None and rests_on_estimates(finding):
            plausible = finding.plausible
            assert plausible is not None
            self.studies[len(self.ids) - 1] = plausible
            self._figure = dataset.figure

    def total_best(self) -> Number | None:
        """The best of the members' total: :func:`_summed_best` of their bests."""
        return _summed_best(self.bests, self.raw, _total_of(self.intervals), whole=self.whole)

    def as_members(self) -> list[Member]:
        contested = set(self.contested)
        return [
            Member(i, iv, best, None, i in contested)
            for i, iv, best in zip(self.ids, self.intervals, self.bests, strict=True)
        ]


#: Marks a dims object not yet looked at (grouping's cache).
_UNSEEN: Final = _Bucket()


def _groups(
    report: Report,
    *,
    by: tuple[str, ...],
    where: Callable[[Dims], bool] | None,
    select: Callable[[Measure], bool] | None,
    at: DateSpan | None,
    function: str,
    index: _Index,
    at_of: Mapping[tuple[str, ...], DateSpan | None] | None = None,
    denominator: bool = False,
) -> tuple[dict[tuple[str, ...], _Bucket], list[str], dict[str, Member]]:
    """The members of each group (by the values of ``by``), the measures left out, and the
    members whose bound was computed (not read from a finding).

    ``at_of`` gives a group its own date instead of ``at`` (a rate's denominators from
    each group's census); ``denominator`` makes a member with no value at its group's
    date an error (:func:`_refuse_unknown_denominators`) rather than a warning.
    """
    buckets: dict[tuple[str, ...], _Bucket] = {}
    # Each distinct dims object's bucket (None: left out). Dims are interned, so a
    # million members in ten thousand groups look up ten thousand keys.
    by_dims: dict[int, _Bucket | None] = {}
    unit: str | None = None
    mixed = False
    left_out: list[str] = []
    computed: dict[str, Member] = {}
    events = index.events
    dataset = report.dataset
    for m in dataset.measures:
        dims = m.dims
        if select is not None and not select(m):
            continue
        if where is not None and not where(dims):
            continue
        bucket = by_dims.get(id(dims), _UNSEEN)
        if bucket is _UNSEEN:
            found = dims.values_of(by)
            if None in found:
                bucket = None
            else:
                key: tuple[str, ...] = found  # type: ignore[assignment]
                bucket = buckets.get(key)
                if bucket is None:
                    when = at if at_of is None else at_of.get(key, at)
                    bucket = buckets[key] = _Bucket(when)
            by_dims[id(dims)] = bucket
        if bucket is None:
            left_out.append(m.id)
            continue
        if m.kind != "event" and bucket.at is None:
            group = Dims(zip(by, dims.values_of(by), strict=True)) or "the only group"
            what = "period to count it over" if m.kind == "flow" else "date to take it at"
            how = f"give at= the {what}"
            if denominator:  # a rate's denominator has a date of its own
                how += ", or denominator_at= its own (a date, or 'latest')"
            raise StatisticsError(
                f"{function}(): {m.id!r} (in {group}) is a {m.kind} measure: {how}"
            )
        if m.unit != unit:
            mixed = unit is not None
            unit = m.unit
        bucket.ids.append(m.id)
        # The fast path of _member_bounds for an event with a finding: no object per member.
        finding = events.get(m.id) if m.kind == "event" else None
        if finding is not None:
            bucket.intervals.append(finding.bounds)
            bucket.bests.append(finding.estimate.best)
            bucket.note(finding, m.whole, dataset)
            if finding.status in _CONTESTED:
                bucket.contested.append(m.id)
            if finding.bounds.is_empty:
                member = Member(m.id, finding.bounds, None, finding, True)
                bucket.no_value[m.id] = _why_no_value(index, member, bucket.at)
            continue
        member = computed[m.id] = _member_bounds(index, m, bucket.at)
        if m.kind != "event" and (member.finding is None or not member.finding.figures):
            bucket.unstated.append(m.id)  # no figure then (a derived finding has none)
        elif member.finding is None:
            bucket.figureless.append(m.id)
        elif member.finding.estimate.rule == TILED_RULE and (m.id, bucket.at) in index.tiled:
            bucket.tiled.append((m.id, index.tiled[m.id, bucket.at]))  # its best the tiling's
        if member.interval.is_empty:
            bucket.no_value[m.id] = _why_no_value(index, member, bucket.at)
        bucket.intervals.append(member.interval)
        bucket.bests.append(member.best)
        # A best summed over the periods that tile ``at`` comes with its value unrounded.
        raw = None if bucket.at is None else index.raw.get((m.id, bucket.at))
        bucket.note(member.finding, m.whole, dataset, raw)
        if member.contested:
            bucket.contested.append(m.id)
    if mixed:
        _one_unit(report.dataset, buckets, function)
    if denominator:
        _refuse_unknown_denominators(index, computed, buckets, by)
    _warn_of_wholes_with_parts(report.dataset, by, buckets, function)
    _warn_of_other_dates(index, computed, buckets, function)
    return buckets, left_out, computed


def _refuse_unknown_denominators(
    index: _Index,
    computed: Mapping[str, Member],
    buckets: Mapping[tuple[str, ...], _Bucket],
    by: tuple[str, ...],
) -> None:
    """A :class:`StatisticsError` when a group's denominator has no value at its date.

    A denominator member with no figure as of its group's date and nothing bounding it
    from above then (a population counted in another year: a level can rise or fall)
    would make the rate's low end 0 and its high end come from the other members: a
    rate of nothing. The error names the group, the member, the dates its figures are
    as of, and the ways to ask for them.
    """
    found = [
        (key, b.at, i)
        for key, b in buckets.items()
        for i in b.unstated
        if computed[i].interval.hi == _INF
    ]
    if not found:
        return
    key, at, member = found[0]
    dates = index.dates_of(member, stated=True)
    shown = ", ".join(map(str, dates[:3])) + (
        f" and {len(dates) - 3:,} more" if len(dates) > 3 else ""
    )
    when = f"its figures are as of {shown}" if dates else "it has no figure at all"
    groups = len({k for k, _, _ in found})
    more = f" (and {groups - 1:,} more such groups)" if groups > 1 else ""
    raise StatisticsError(
        f"rate(): the denominator of {Dims(zip(by, key, strict=True)) or 'the only group'} has"
        f" no value at {at}: {member!r} has no figure as of {at} ({when}) and nothing bounds"
        f" it then{more}; give denominator_at= a date of its figures, a mapping of each"
        " group to its own date, or 'latest' (each group's latest date at which all its"
        " denominator members have a figure, up to the end of at)"
    )


def _warn_of_other_dates(
    index: _Index,
    computed: Mapping[str, Member],
    buckets: Mapping[tuple[str, ...], _Bucket],
    function: str,
) -> None:
    """A :class:`DataQualityWarning` when members stated at other dates are unbounded at ``at``.

    Populations from censuses of different years, taken at one date: a level member
    with no figure then is bounded by nothing (a level can rise or fall), so the
    statistic is unbounded; correct, but almost never what was meant. The warning
    names the member and its dates and says how to ask.
    """
    found = [
        (i, b.at)
        for b in buckets.values()
        for i in b.unstated
        if computed[i].interval.hi == _INF and index.dates_of(i, stated=True)
    ]
    if not found:
        return
    first, at = found[0]
    dates = index.dates_of(first, stated=True)
    shown = ", ".join(map(str, dates[:3])) + (
        f" and {len(dates) - 3:,} more" if len(dates) > 3 else ""
    )
    more = f" (and {len(found) - 1:,} more such members)" if len(found) > 1 else ""
    how = "give at= a date of their figures"
    if function == "change":
        how = "give start and end dates of their figures"
    warnings.warn(
        f"{function}(): {first!r} has no figure as of {at} (its figures are as of {shown}),"
        f" so nothing bounds it from above then{more} and the {function} says little there; {how}",
        DataQualityWarning,
        # The caller's line: through total() and _statistic(), or rate() or change().
        stacklevel=4 if function in ("rate", "change") else 5,
    )


def _warn_of_wholes_with_parts(
    dataset: Dataset,
    by: tuple[str, ...],
    buckets: Mapping[tuple[str, ...], _Bucket],
    function: str,
) -> None:
    """A :class:`DataQualityWarning` for each group holding a sum's total and a part of it.

    Sudan's IDPs by state and the national figure all with ``country="SDN"``: a total by
    country adds the nation to its states and counts everyone twice. The relation says
    so, and the members are still combined as asked (the dims may mean it), but not
    silently. Linear in the relations' sizes and the members.
    """
    sums = [r for r in dataset.relations if isinstance(r, Sum)]
    if not sums:
        return
    wanted = {x for r in sums for x in (r.total, *r.parts)}
    group_of = {i: key for key, b in buckets.items() for i in b.ids if i in wanted}
    found = []
    for r in sums:
        key = group_of.get(r.total)
        if key is None:
            continue
        parts = [p for p in r.parts if group_of.get(p) == key]
        if parts:
            more = f" and {len(parts) - 1:,} more" if len(parts) > 1 else ""
            found.append(
                f"{r.total!r} with its part {parts[0]!r}{more} (relation {r.id!r})"
                f" in {Dims(zip(by, key, strict=True)) or 'the one group'}"
            )
    if found:
        shown = "; ".join(found[:3]) + (f"; and {len(found) - 3:,} more" if len(found) > 3 else "")
        warnings.warn(
            f"{function}(): a group holds a sum's total and parts of it, so they are combined"
            f" as if they were separate (a total counts the parts twice): {shown};"
            " filter one of them out with where=",
            DataQualityWarning,
            # The caller's line: through total() and _statistic(), or rate() or change().
            stacklevel=4 if function in ("rate", "change") else 5,
        )


def _resolver(
    index: _Index,
    at: DateSpan | None,
    computed: Mapping[str, Member],
    is_member: Callable[[Measure], bool],
) -> Callable[[str], Member | None]:
    """Look up one member's bound after the fact (members are not kept as objects)."""

    def resolve(measure: str) -> Member | None:
        if measure in computed:
            return computed[measure]
        try:
            m = index.report.dataset.measure(measure)
        except UnknownIdError:
            return None
        if not is_member(m):
            return None
        return _member_bounds(index, m, at)

    return resolve


def _in_groups(
    by: tuple[str, ...],
    where: Callable[[Dims], bool] | None,
    select: Callable[[Measure], bool] | None,
) -> Callable[[Measure], bool]:
    def test(m: Measure) -> bool:
        return (
            (select is None or select(m))
            and (where is None or where(m.dims))
            and None not in m.dims.values_of(by)
        )

    return test


def _one_unit(dataset: Dataset, groups: Mapping[tuple[str, ...], _Bucket], function: str) -> None:
    """Put each group's members in its first member's unit, exactly.

    A member in another unit of the same kind (a population in ``kiloperson`` beside
    one in ``person``) has its bounds, best and unrounded best multiplied by the exact
    factor (:func:`pwstats.units.factor`). A :class:`UnitError` names two members of one
    group whose units measure different things (people and households, a headcount and
    a share), and a member in another unit whose best is a pooled estimate (pwstats does
    not convert a meta-analysis).
    """
    for group in groups.values():
        first = dataset.measure(group.ids[0])
        for i, member in enumerate(group.ids[1:], start=1):
            other = dataset.measure(member)
            if other.unit == first.unit:
                continue
            if not units.compatible(other.unit, first.unit):
                raise UnitError(
                    f"{function}(): {first.id!r} is in {first.unit!r} but {other.id!r} of the"
                    f" same group is in {other.unit!r}, which does not convert to it; a"
                    " group's members must measure the same kind of thing"
                )
            factor = units.factor(other.unit, first.unit)
            if factor == 1:
                continue
            if i in group.studies:
                raise UnitError(
                    f"{function}(): {other.id!r} is in {other.unit!r}, not in {first.unit!r}"
                    f" as {first.id!r} of the same group is, and its best is its estimates'"
                    " pooled one, which pwstats does not convert; give the members one unit"
                )
            group.intervals[i] = group.intervals[i] * factor
            best = group.bests[i]
            if best is not None:
                converted = Fraction(best) * factor
                group.bests[i] = converted.numerator if converted.denominator == 1 else converted
            if i in group.raw:
                group.raw[i] = group.raw[i] * factor


def _sort_key(key: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(v), "") if v.isascii() and v.isdigit() else (1, 0, v) for v in key)


def _combine(
    statistic: StatisticName,
    by: tuple[str, ...],
    key: tuple[str, ...],
    bucket: _Bucket,
    unit: str | None = None,
    unstated: str = "",
) -> Statistic:
    intervals = bucket.intervals
    interval = _COMBINE[statistic](intervals)
    bests = bucket.bests
    best = None
    if not interval.is_empty and None not in bests:
        if statistic in ("total", "mean") and bucket.raw:  # pooled bests: rounded once
            best = bucket.total_best()
            if statistic == "mean" and best is not None:
                best = _divide(best, len(bests))  # type: ignore[assignment]
        else:
            best = _best_of(statistic, bests)  # type: ignore[arg-type]
    best = _pinned(interval, best)
    ids = tuple(bucket.ids)
    low, high = _summaries(statistic, ids, intervals, bucket.no_value)
    rule = _RULE_OF[statistic]
    estimate = _estimate(interval, best, rule)
    if statistic == "total" and bucket.studies and not interval.is_empty:
        rule = "sum of independent estimates"
        estimate = _total_of_estimates(bucket, interval, best, rule)
    elif statistic == "mean" and bucket.studies and not interval.is_empty:
        # The mean is the sum over n: its estimate is the sum's, over n.
        rule = "mean of independent estimates"
        n = len(intervals)
        whole = _total_of(intervals)
        summed = _total_of_estimates(bucket, whole, None if best is None else best * n, rule)
        if summed.low is not None and summed.high is not None:
            estimate = Estimate(
                low=_divide(summed.low, n), best=best, high=_divide(summed.high, n), rule=rule
            )
    elif bucket.studies and not interval.is_empty:
        # An order statistic of the members, each within its own range.
        rule = f"{rule} of estimate ranges"
        ranged = _COMBINE[statistic](_member_ranges(bucket))
        lo, hi = ranged.lo, ranged.hi
        if best is not None:
            lo, hi = min(lo, best), max(hi, best)
        estimate = Estimate(low=lo, best=best, high=hi, rule=rule)
    if rule != _RULE_OF[statistic]:
        low, high = _with_estimate(low, high, interval, estimate, bucket.studies.values())
    if unstated:
        low, high = (attrs.evolve(x, detail=x.detail + unstated) for x in (low, high))
    return Statistic(
        statistic=statistic,
        group=Dims(zip(by, key, strict=True)),
        interval=interval,
        estimate=estimate,
        members=ids,
        low=low,
        high=high,
        contested=tuple(bucket.contested),
        rule=rule,
        unit=unit,
    )


def _with_estimate(
    low: Summary,
    high: Summary,
    interval: Interval,
    estimate: Estimate,
    levels: Iterable[Plausible] = (),
) -> tuple[Summary, Summary]:
    """The summaries of the interval's ends, each saying where the estimate's end differs.

    Tables print the estimate's low and high beside these sentences: "high 5605" must
    not stand beside "no upper bound" unexplained. ``levels`` are the pooled estimates
    behind it: a level other than 95% is named (:func:`_level_text`).
    """
    out = []
    level = _level_text(levels, estimate.rule)
    for summary, end, side in ((low, estimate.low, "low"), (high, estimate.high, "high")):
        edge = interval.lo if side == "low" else interval.hi
        if end is not None and not interval.is_empty and end != edge:
            summary = attrs.evolve(
                summary,
                detail=f"{summary.detail}; the estimate's {side} end, {_end_text(end)},"
                f" comes from the estimates ({estimate.rule}){level}, which bound nothing hard",
            )
        out.append(summary)
    return out[0], out[1]


def _percent(level: float) -> str:
    return f"{float(level) * 100:g}%"


def _level_text(levels: Iterable[Plausible], rule: str) -> str:
    """The confidence level of an estimate's range, in words, unless it is 95%.

    A sum (a mean, a rate, a change) of estimates is taken at the lowest of their
    levels; an order statistic takes each member's range at its own level. A range at
    90% must not pass for the usual 95%.
    """
    found = sorted({p.confidence for p in levels})
    if not found or found == [0.95]:
        return ""
    if rule.endswith("of estimate ranges"):
        if len(found) == 1:
            return f", at {_percent(found[0])} confidence"
        return (
            f", each member's range at its own confidence level"
            f" ({_percent(found[0])} to {_percent(found[-1])})"
        )
    lowest = f", at {_percent(found[0])} confidence"
    if len(found) == 1:
        return lowest
    if rule.startswith("rate"):
        return (
            ", each side's range at the lowest confidence level of its estimates"
            f" ({_percent(found[0])} to {_percent(found[-1])})"
        )
    spread = f"({_percent(found[0])} to {_percent(found[-1])})"
    return f"{lowest}, the lowest of the estimates' levels {spread}"


def _total_of_estimates(
    bucket: _Bucket, interval: Interval, best: Number | None, rule: str
) -> Estimate:
    """A total over members some of which are known from estimates (``bucket.studies``).

    best: the sum of the bests. low and high: the counts' hard ends summed, plus
    the interval of the sum of the estimates as independent estimates
    (:func:`pwstats.meta.sum_of`: standard errors added in quadrature, side by
    side; a pooled estimate's errors as pooled, not from its interval as cut at
    the measure's floor), at the lowest confidence among them; rounded outwards to whole numbers
    when every member counts whole things, else to millionths. That range is
    then kept within ``interval``, the total's hard bounds, which relations and
    time rules may have narrowed below the studies' intervals: where the two
    share no value the hard bounds are the range (the members' findings then
    hold an ``"outside-estimate"`` tension), and the range always holds best.
    """
    hard = _counted(bucket)
    if hard.is_empty:
        return Estimate(low=None, best=None, high=None, rule=rule)
    low, high = _estimates_range(
        bucket.pooled.values(),
        bucket.studies.values(),
        (hard.lo, hard.hi),
        whole=bucket.whole,
        interval=interval,
        best=best,
    )
    return Estimate(low=low, best=best, high=high, rule=rule)


def _counted(bucket: _Bucket) -> Interval:
    """The total of the members that rest on counts (0 when every member rests on estimates)."""
    counted = [iv for i, iv in enumerate(bucket.intervals) if i not in bucket.studies]
    return _total_of(counted) if counted else Interval.point(0)


def _estimates_range(
    studies: Iterable[meta.Study],
    pooled: Iterable[Plausible],
    counts: tuple[End, End],
    *,
    whole: bool,
    interval: Interval,
    best: Number | None,
) -> tuple[End, End]:
    """The range of a statistic over counts and independent estimates: ``counts`` (the
    counts' low and high ends, combined by interval arithmetic) plus the interval of the
    sum of ``studies`` (:func:`pwstats.meta.sum_of`) at the lowest confidence among the
    ``pooled`` estimates they come from, rounded outwards (:func:`_outwards`) and kept
    within ``interval`` holding ``best`` (:func:`_estimate_ends`). Totals and changes
    both come here."""
    confidence = min(p.confidence for p in pooled)
    lo, hi = meta.sum_of(studies).interval(confidence)
    ends = (counts[0] + _outwards(lo, whole, -1), counts[1] + _outwards(hi, whole, 1))
    return _estimate_ends(ends, interval, best)


def _outwards(x: float, whole: bool, direction: Literal[-1, 1]) -> Fraction:
    """``x`` rounded away from the estimate's middle (down for a low end, up for a high
    end): to a whole number when every member counts whole things, else to millionths."""
    scale = 1 if whole else 10**6
    step = math.floor(x * scale) if direction < 0 else math.ceil(x * scale)
    return Fraction(step, scale)


def _estimate_ends(
    ends: tuple[End, End], interval: Interval, best: Number | None
) -> tuple[End, End]:
    """An estimate's range ``ends`` (already rounded outwards) kept within the hard
    ``interval``, and made to hold ``best``.

    Relations and time rules may have narrowed the hard bounds below the studies'
    intervals: where the two share no value the hard bounds are the range (the
    members' findings then hold an ``"outside-estimate"`` tension). The one rule of
    every statistic over estimates: totals, means, changes and each member's range.
    """
    low, high = normal(ends[0]), normal(ends[1])
    if low > interval.hi or high < interval.lo:  # the studies' range and the bounds are apart
        low, high = interval.lo, interval.hi
    else:
        low, high = max(low, interval.lo), min(high, interval.hi)
    if best is not None:
        low, high = min(low, best), max(high, best)
    return low, high


def _member_ranges(bucket: _Bucket) -> list[Interval]:
    """Each member's range: its pooled estimate's interval for one known from estimates
    (rounded outwards as a total's, kept within its bounds, holding its best), else its
    bounds."""
    out = list(bucket.intervals)
    for i, p in bucket.studies.items():
        ends = (_outwards(p.low, bucket.whole, -1), _outwards(p.high, bucket.whole, 1))
        lo, hi = _estimate_ends(ends, out[i], bucket.bests[i])
        out[i] = _interval(lo, True, hi, True)
    return out


def _rounded_once(
    counted: Number, estimated: Fraction, interval: Interval, *, whole: bool
) -> Number:
    """``counted + estimated`` as a best: rounded once and kept in ``interval``.

    ``counted`` is exact (the counts' bests), ``estimated`` the pooled bests before
    rounding. As a member's pooled best is rounded (a whole number for whole things,
    else the pooled part to millionths' denominators), so is their sum, once; a value
    that rounding takes out of ``interval`` (an open or fractional end) is moved inside
    it as a finding's best is.
    """
    value = rounded_once(counted, estimated, whole=whole)
    if value in interval:
        return value
    clamp = importlib.import_module("pwstats.reconcile.findings").clamp
    moved: Number | None = clamp(value, interval, whole=whole)
    if moved is None:  # no whole number inside: the unrounded value is
        moved = _exact(counted + estimated.limit_denominator(10**6))  # type: ignore[assignment]
        assert moved is not None
    return moved


def _summed_best(
    bests: Sequence[Number | None],
    raw: Mapping[int, Fraction],
    interval: Interval,
    *,
    whole: bool,
) -> Number | None:
    """The sum of the members' bests, None if one has none or ``interval`` is empty.

    Members in ``raw`` (by position) enter with their pooled best before rounding and the
    sum is rounded once (:func:`_rounded_once`, kept in ``interval``, the total's); the
    others' bests are exact and summed exactly.
    """
    if interval.is_empty or None in bests:
        return None
    if not raw:
        return sum(bests, 0)  # type: ignore[arg-type]
    counted: Number = sum((b for i, b in enumerate(bests) if i not in raw), 0)  # type: ignore[misc]
    return _rounded_once(counted, sum(raw.values(), Fraction(0)), interval, whole=whole)


def _pinned(interval: Interval, best: Number | None) -> Number | None:
    """``best``, or the one value ``interval`` holds when it has none (a rate of 0 over a
    population with no best is 0, not unknown)."""
    if best is None and interval.is_point:
        lo = interval.lo
        assert not isinstance(lo, float)  # a point is finite
        return lo
    return best


def _estimate(interval: Interval, best: Number | None, rule: str) -> Estimate:
    if interval.is_empty:
        return Estimate(low=None, best=None, high=None, rule=rule)
    return Estimate(low=interval.lo, best=best, high=interval.hi, rule=rule)


def _statistic(
    statistic: StatisticName,
    data: Dataset | Report,
    *,
    by: str | Sequence[str],
    where: Where | None,
    at: DateSpan | dt.date | str | None,
    reading: Reading | None,
) -> Statistics:
    names = _check_by(by)
    test = _matcher(where, "where")
    report = _report(data, reading, statistic)
    span = _span(at)
    index = _Index(report)
    with paused_gc():
        groups, left_out, computed = _groups(
            report, by=names, where=test, select=None, at=span, function=statistic, index=index
        )
        if not groups:  # say why, if a dimension or a value is misspelt
            _check_dims(names, where, report.dataset)
            _check_values(where, report.dataset)
        _warn_of_missing_values(where, report.dataset, statistic, stacklevel=4)
        measure = report.dataset.measure
        rows = tuple(
            _combine(
                statistic,
                names,
                key,
                groups[key],
                measure(groups[key].ids[0]).unit,
                index.unstated(groups[key].unstated, span) + groups[key].no_figure_note(),
            )
            for key in sorted(groups, key=_sort_key)
        )
    return Statistics(
        statistic=statistic,
        by=names,
        rows=rows,
        at=span,
        reading=report.reading,
        left_out=tuple(left_out),
        resolve=_resolver(index, span, computed, _in_groups(names, test, None)),
    )


def total(
    data: Dataset | Report,
    *,
    by: str | Sequence[str],
    where: Where | None = None,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading | None = None,
) -> Statistics:
    """The total of each group's members: the sum of their bounds and of their bests.

    ``data`` is a :class:`~pwstats.Dataset` (reconciled once under ``reading``,
    default ``"pragmatic"``) or a :class:`~pwstats.Report`. Members are the
    measures with a value for every dimension in ``by`` (one group per
    combination of values) that pass ``where``: a mapping of dimension to a
    value or a collection of values, or a function of a measure's
    :class:`~pwstats.model.Dims`. ``at`` is the date to take level and
    cumulative members at; it is required when a group holds one. Event members
    need no date. Each member contributes its finding's bounds and best; the
    interval's ends are the sums of the members' ends (closed when every
    member's end is, unbounded when one is), the tightest interval the total can
    take, and ``best`` is the sum of the bests (None if one has none). A member whose
    best is its estimates' pooled value enters with that value before rounding, and the
    sum is rounded once: to a whole number for whole things, as each member's is.

    >>> from pwstats import Dataset, Figure, Interval, Measure
    >>> ms = [Measure(id=f"e{i}", label="deaths", kind="event", dims={"year": y})
    ...       for i, y in enumerate([2016, 2016, 2017])]
    >>> fs = [Figure(id="a", measure="e0", value=Interval.closed_open(10, 20), as_of="2016"),
    ...       Figure(id="b", measure="e1", value=Interval.more_than(3), as_of="2016"),
    ...       Figure(id="c", measure="e2", value=7, as_of="2017")]
    >>> for row in total(Dataset(measures=ms, figures=fs), by="year"):
    ...     print(row.group, row.interval, row.estimate.best)
    year=2016 [14, +inf) 18
    year=2017 [7, 7] 7
    """
    return _statistic("total", data, by=by, where=where, at=at, reading=reading)


def mean(
    data: Dataset | Report,
    *,
    by: str | Sequence[str],
    where: Where | None = None,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading | None = None,
) -> Statistics:
    """The mean of each group's members: the total's interval and best over their number.

    Arguments as for :func:`total`.

    >>> from pwstats import Dataset, Figure, Measure
    >>> ms = [Measure(id=f"e{i}", label="deaths", kind="event", dims={"year": 2016})
    ...       for i in range(2)]
    >>> fs = [Figure(id="a", measure="e0", low=1, best=2, high=3, as_of="2016"),
    ...       Figure(id="b", measure="e1", value=6, as_of="2016")]
    >>> row, = mean(Dataset(measures=ms, figures=fs), by="year")
    >>> str(row.interval), row.estimate.best
    ('[3.5, 4.5]', 4)
    """
    return _statistic("mean", data, by=by, where=where, at=at, reading=reading)


def median(
    data: Dataset | Report,
    *,
    by: str | Sequence[str],
    where: Where | None = None,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading | None = None,
) -> Statistics:
    """The median of each group's members, as tight an interval as their bounds allow.

    The median of an even number of values is the mean of the two middle ones.
    The median is nondecreasing in every member, so its interval runs from the
    median of the low ends to the median of the high ends; an end is open when
    no choice of the members' values attains it. Arguments as for :func:`total`.

    >>> from pwstats import Dataset, Figure, Interval, Measure
    >>> ms = [Measure(id=f"e{i}", label="deaths", kind="event", dims={"year": 2016})
    ...       for i in range(3)]
    >>> fs = [Figure(id="a", measure="e0", value=Interval.closed(1, 10), as_of="2016"),
    ...       Figure(id="b", measure="e1", value=4, as_of="2016"),
    ...       Figure(id="c", measure="e2", value=Interval.closed(6, 8), as_of="2016")]
    >>> row, = median(Dataset(measures=ms, figures=fs), by="year")
    >>> str(row.interval), print(row.high)
    median of 3 members' high ends, the middle: e2 at 8
    ('[4, 8]', None)
    """
    return _statistic("median", data, by=by, where=where, at=at, reading=reading)


def minimum(
    data: Dataset | Report,
    *,
    by: str | Sequence[str],
    where: Where | None = None,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading | None = None,
) -> Statistics:
    """The least of each group's members: from the smallest low end to the smallest high end.

    Arguments as for :func:`total`.

    >>> from pwstats import Dataset, Figure, Interval, Measure
    >>> ms = [Measure(id=f"e{i}", label="deaths", kind="event", dims={"year": 2016})
    ...       for i in range(2)]
    >>> fs = [Figure(id="a", measure="e0", value=Interval.closed(1, 10), as_of="2016"),
    ...       Figure(id="b", measure="e1", value=4, as_of="2016")]
    >>> str(minimum(Dataset(measures=ms, figures=fs), by="year")[0].interval)
    '[1, 4]'
    """
    return _statistic("minimum", data, by=by, where=where, at=at, reading=reading)


def maximum(
    data: Dataset | Report,
    *,
    by: str | Sequence[str],
    where: Where | None = None,
    at: DateSpan | dt.date | str | None = None,
    reading: Reading | None = None,
) -> Statistics:
    """The largest of each group's members: from the largest low end to the largest high end.

    Arguments as for :func:`total`.

    >>> from pwstats import Dataset, Figure, Interval, Measure
    >>> ms = [Measure(id=f"e{i}", label="deaths", kind="event", dims={"year": 2016})
    ...       for i in range(2)]
    >>> fs = [Figure(id="a", measure="e0", value=Interval.closed(1, 10), as_of="2016"),
    ...       Figure(id="b", measure="e1", value=4, as_of="2016")]
    >>> str(maximum(Dataset(measures=ms, figures=fs), by="year")[0].interval)
    '[4, 10]'
    """
    return _statistic("maximum", data, by=by, where=where, at=at, reading=reading)


def _selector(select: object, what: str) -> Callable[[Measure], bool] | None:
    """Which measures ``select`` names: an id, ids, a dims mapping or a dims test."""
    if select is None:
        return None
    if isinstance(select, str):
        return lambda m: m.id == select
    if isinstance(select, Mapping) or callable(select):
        test = _matcher(select, what)
        assert test is not None
        return lambda m: test(m.dims)
    if isinstance(select, Iterable):
        ids = frozenset(select)
        if not all(isinstance(i, str) for i in ids):
            raise TypeError(f"{what} must name measures by id (str)")
        return lambda m: m.id in ids
    raise TypeError(
        f"{what} must be a measure id, a sequence of ids, a mapping of dimension to value(s)"
        f" or a function of dims, not {type(select).__name__}"
    )


def _check_selects(selector: object, report: Report, what: str) -> None:
    ids: Iterable[str] = ()
    if isinstance(selector, str):
        ids = (selector,)
    elif isinstance(selector, Iterable) and not isinstance(selector, Mapping):
        ids = selector
    for i in ids:
        report.dataset.measure(i)  # UnknownIdError naming the nearest id
    if isinstance(selector, Mapping):
        _check_known(selector, report.dataset, what)


def rate(
    data: Dataset | Report,
    numerator: Select,
    denominator: Select,
    *,
    per: int | Fraction = 100_000,
    by: str | Sequence[str] = (),
    where: Where | None = None,
    at: DateSpan | dt.date | str | None = None,
    denominator_at: DenominatorAt = None,
    reading: Reading | None = None,
) -> Statistics:
    """Per group, ``per`` times the numerator's total over the denominator's total.

    ``numerator`` and ``denominator`` say which measures each totals: a
    measure id, a sequence of ids, a mapping of dimension to value(s), or a
    function of dims; each is grouped ``by`` and filtered by ``where`` as in
    :func:`total`. Every numerator group needs a denominator group with the same
    key; a denominator group with no numerator member is listed with the rule
    ``"rate without numerator"``: unbounded, no estimate, and a
    :class:`~pwstats.errors.DataQualityWarning` naming it (nothing counts its
    numerator, which is unknown rather than 0). The interval holds every
    quotient of a value of the numerator's total and a nonzero value of the
    denominator's (unbounded when the denominator can come near 0, which one of whole
    things such as people cannot: its nonzero values are at least 1 from 0; empty when
    it can only be 0); ``best`` is the quotient of the bests. Numerator and
    denominator totals vary independently.

    ``at`` is the date (or period) to take both sides' members at;
    ``denominator_at``, when given, the denominator's own. A crude death rate
    divides the deaths of a year (a flow, ``at="2017"``) by the population in
    the middle of it (a level, ``denominator_at="2017-07-01"``): a level has a
    value at a date, not over a year, so one ``at`` cannot serve both. Each
    side's summary then says the date its members were taken at.

    Groups whose denominators are known at different dates (regions counted in
    different census years) each take their own: ``denominator_at`` may be a
    mapping of group to date (the group's value of a one-dimension ``by``, else
    the tuple of its values in ``by`` order; every group needs one), or
    ``"latest"``: each group's latest date, on or before the end of ``at``, at
    which every denominator member of the group has a figure. Each row's
    :attr:`Statistic.denominator_at` and the tables' ``denominator_at`` column
    say which date it used. A denominator member with no figure as of its group's
    date and nothing bounding it then is an error naming the group, the member
    and its dates: the rate would say nothing.

    >>> from pwstats import Dataset, Figure, Measure
    >>> ms = [Measure(id="deaths", label="deaths", kind="event", dims={"what": "deaths"}),
    ...       Measure(id="pop", label="population", dims={"what": "population"})]
    >>> fs = [Figure(id="d", measure="deaths", low=40, best=50, high=60, as_of="2016"),
    ...       Figure(id="p", measure="pop", low=900_000, best=1_000_000, high=1_000_000,
    ...              as_of="2016")]
    >>> row, = rate(Dataset(measures=ms, figures=fs), "deaths", "pop", at="2016")
    >>> str(row.interval), row.estimate.best
    ('[4, 20/3]', 5)
    >>> mid = [*fs[:1], Figure(id="p", measure="pop", value=1_000_000, as_of="2016-07-01")]
    >>> row, = rate(Dataset(measures=ms, figures=mid), "deaths", "pop", at="2016",
    ...             denominator_at="2016-07-01")
    >>> str(row.interval)
    '[4, 6]'
    >>> for side in str(row.low).split(" over "):
    ...     print(side)
    numerator [40, 60] (sum of 1 member, at 2016)
    denominator [1000000, 1000000] (sum of 1 member, at 2016-07-01), times 100000
    """
    report = _report(data, reading, "rate")
    names = _check_by(by)
    test = _matcher(where, "where")
    _check_dims(names, where, report.dataset)
    _check_selects(numerator, report, "numerator")
    _check_selects(denominator, report, "denominator")
    if isinstance(per, bool) or not isinstance(per, (int, Fraction)) or per <= 0:
        raise ValueError(f"per must be a positive int or Fraction, not {per!r}")
    span = _span(at)
    index = _Index(report)
    select_top = _selector(numerator, "numerator")
    select_bottom = _selector(denominator, "denominator")
    span_bottom, at_of = _denominator_dates(
        denominator_at,
        span,
        _keys(report.dataset, names, test, select_bottom),
        names,
        index,
    )
    top, left_top, computed = _groups(
        report,
        by=names,
        where=test,
        select=select_top,
        at=span,
        function="rate",
        index=index,
    )
    bottom, left_bottom, computed_bottom = _groups(
        report,
        by=names,
        where=test,
        select=select_bottom,
        at=span_bottom,
        function="rate",
        index=index,
        at_of=at_of,
        denominator=True,
    )
    computed.update(computed_bottom)
    _refuse_shared_members(top, bottom, {m.id: m.kind for m in report.dataset.measures})
    _warn_of_missing_values(where, report.dataset, "rate", stacklevel=3)
    if not top and not bottom:  # a misspelt value of where's dims leaves no group at all
        _check_values(where, report.dataset)
    if not top:  # a misspelt value of the numerator's dims leaves every group unknown
        _check_values(numerator, report.dataset, "numerator")
    if not bottom:  # ... and of the denominator's, every group without a denominator
        _check_values(denominator, report.dataset, "denominator")
    rows = []
    unknown: list[Dims] = []
    for key in sorted(top.keys() | bottom.keys(), key=_sort_key):
        group = Dims(zip(names, key, strict=True))
        if key not in bottom:
            raise StatisticsError(
                f"rate(): the group {group or '(all)'} has a numerator but no denominator member"
            )
        below = bottom[key].at
        dates = (span, below) if below != span else (None, None)
        if key not in top:
            unknown.append(group)
            rows.append(
                _without_numerator(
                    group,
                    bottom[key].as_members(),
                    dates[1],
                    index.unstated(bottom[key].unstated, below) + bottom[key].no_figure_note(),
                    below,
                )
            )
            continue
        scale = _denominator_scale(report.dataset, top[key], bottom[key])
        ranges = (_estimate_range(top[key]), _estimate_range(bottom[key]))
        unstated = (
            index.unstated(top[key].unstated, span)
            + top[key].no_figure_note()
            + top[key].no_value_note(span),
            index.unstated(bottom[key].unstated, below)
            + bottom[key].no_figure_note()
            + bottom[key].no_value_note(below),
        )
        row = _ratio(
            group,
            top[key].as_members(),
            bottom[key].as_members(),
            per,
            scale,
            ranges,
            dates,
            unstated,
            [*top[key].studies.values(), *bottom[key].studies.values()],
            whole=bottom[key].whole,
            bests=(top[key].total_best(), bottom[key].total_best()),
        )
        rows.append(attrs.evolve(row, denominator_at=below))
    if unknown:
        _warn_of_unknown_numerators(unknown, left_top, names)
    in_top = _in_groups(names, test, select_top)
    in_bottom = _in_groups(names, test, select_bottom)
    resolve_top = _resolver(index, span, computed, in_top)
    resolve_bottom = _resolver(index, span_bottom, computed, in_bottom)
    shared = {r.denominator_at for r in rows}
    return Statistics(
        statistic="rate",
        by=names,
        rows=tuple(rows),
        at=span,
        reading=report.reading,
        left_out=tuple(dict.fromkeys([*left_top, *left_bottom])),
        denominator_at=shared.pop() if len(shared) == 1 else (span_bottom if not rows else None),
        resolve=lambda measure: resolve_top(measure) or resolve_bottom(measure),
    )


def _refuse_shared_members(
    top: Mapping[tuple[str, ...], _Bucket],
    bottom: Mapping[tuple[str, ...], _Bucket],
    kinds: Mapping[str, str],
) -> None:
    """A :class:`StatisticsError` naming a measure both the numerator and the denominator
    take at the same date (a population with the deaths' ``year`` dim, selected by
    ``{"year": 2017}``): it would be counted on both sides of the quotient. A measure
    over itself at another date (people held now per people held a year ago) is a ratio
    of two values, and allowed."""
    below = {i: b.at for b in bottom.values() for i in b.ids}
    shared = [
        i
        for b in top.values()
        for i in b.ids
        if i in below and (kinds[i] == "event" or below[i] == b.at)
    ]
    if shared:
        more = f" and {len(shared) - 1:,} more" if len(shared) > 1 else ""
        raise StatisticsError(
            f"rate(): {shared[0]!r}{more} {'is' if len(shared) == 1 else 'are'} selected by both"
            " the numerator and the denominator at the same date, and would count on both"
            " sides; select each side's measures apart (by ids, or by a dimension only that"
            " side has)"
        )


#: ``rate(denominator_at=...)``: one date for every group; ``"latest"``; or a mapping of
#: each group (its value of a one-dimension ``by``, else the tuple of its values) to its own.
DenominatorAt: TypeAlias = (
    "DateSpan | dt.date | str | Mapping[Any, DateSpan | dt.date | str] | None"
)


def _keys(
    dataset: Dataset,
    by: tuple[str, ...],
    where: Callable[[Dims], bool] | None,
    select: Callable[[Measure], bool] | None,
) -> dict[tuple[str, ...], list[Measure]]:
    """The measures of each group that ``select`` and ``where`` keep (one pass, no bounds)."""
    out: dict[tuple[str, ...], list[Measure]] = {}
    for m in dataset.measures:
        if (select is not None and not select(m)) or (where is not None and not where(m.dims)):
            continue
        found = m.dims.values_of(by)
        if None not in found:
            out.setdefault(found, []).append(m)  # type: ignore[arg-type]
    return out


def _denominator_dates(
    denominator_at: object,
    at: DateSpan | None,
    groups: Mapping[tuple[str, ...], Sequence[Measure]],
    by: tuple[str, ...],
    index: _Index,
) -> tuple[DateSpan | None, dict[tuple[str, ...], DateSpan | None] | None]:
    """The date every denominator group is taken at, or each group's own.

    None: ``at``. A date: that one. ``"latest"``: each group's latest date on or
    before the end of ``at`` at which all its (level, cumulative or flow) members
    have a finding (None for a group of events). A mapping: each group's, checked to
    name every group and no other.
    """
    if denominator_at is None:
        return at, None
    if isinstance(denominator_at, str) and denominator_at == "latest":
        return None, {
            key: _latest_date(key, members, at, by, index) for key, members in groups.items()
        }
    if isinstance(denominator_at, Mapping):
        return None, _dates_by_group(denominator_at, groups, by)
    return _span(denominator_at), None


def _group_key(key: object, by: tuple[str, ...]) -> tuple[str, ...]:
    """A group as ``denominator_at`` names it, as the tuple of its ``by`` values."""
    if isinstance(key, Dims) or (isinstance(key, Mapping) and set(key) == set(by)):
        values = tuple(key[name] for name in by)
    elif isinstance(key, tuple):
        values = key
    else:
        values = (key,)
    if len(values) != len(by) or not all(isinstance(v, (str, int)) for v in values):
        shape = "a value" if len(by) == 1 else f"a tuple of {len(by)} values ({', '.join(by)})"
        raise StatisticsError(
            f"rate(): denominator_at names groups by {shape}, not {key!r}"
            if by
            else "rate(): a rate with no by has one group: give denominator_at one date"
        )
    return tuple(Dims({name: v})[name] for name, v in zip(by, values, strict=True))


def _dates_by_group(
    dates: Mapping[Any, object],
    groups: Mapping[tuple[str, ...], object],
    by: tuple[str, ...],
) -> dict[tuple[str, ...], DateSpan | None]:
    out: dict[tuple[str, ...], DateSpan | None] = {}
    for key, when in dates.items():
        group = _group_key(key, by)
        if group not in groups:
            known = sorted(", ".join(k) for k in groups)
            shown = "; ".join(known[:5]) + (
                f" and {len(known) - 5:,} more" if len(known) > 5 else ""
            )
            raise StatisticsError(
                f"rate(): denominator_at names the group {Dims(zip(by, group, strict=True))},"
                f" which has no denominator member{nearest(', '.join(group), known)};"
                f" the groups are {shown or 'none'}"
            )
        out[group] = _span(when)
    missing = [k for k in groups if k not in out]
    if missing:
        shown = "; ".join(str(Dims(zip(by, k, strict=True))) for k in sorted(missing)[:3])
        more = f" and {len(missing) - 3:,} more" if len(missing) > 3 else ""
        raise StatisticsError(
            f"rate(): denominator_at gives no date for {_count(len(missing), 'group')}:"
            f" {shown}{more}; give each group's date, or 'latest'"
        )
    return out


def _latest_date(
    key: tuple[str, ...],
    members: Sequence[Measure],
    at: DateSpan | None,
    by: tuple[str, ...],
    index: _Index,
) -> DateSpan | None:
    """A group's latest date on or before the end of ``at`` at which every dated member has
    a finding; a :class:`StatisticsError` naming the members' dates when there is none."""
    dated = [m for m in members if m.kind != "event"]
    if not dated:
        return None
    common = set(index.dates_of(dated[0].id))
    for m in dated[1:]:
        common &= set(index.dates_of(m.id))
    usable = [d for d in common if at is None or d.end <= at.end]
    if usable:
        return max(usable, key=lambda d: (d.end, d.start))
    group = Dims(zip(by, key, strict=True)) or "the only group"

    def dates(m: Measure) -> str:
        found = index.dates_of(m.id, stated=True)
        shown = ", ".join(map(str, found[:3])) + (
            f" and {len(found) - 3:,} more" if len(found) > 3 else ""
        )
        return f"{m.id!r} as of {shown}" if found else f"{m.id!r} with no figure"

    listed = "; ".join(dates(m) for m in dated[:3]) + (
        f"; and {len(dated) - 3:,} more" if len(dated) > 3 else ""
    )
    why = (
        f"no date on or before {at.end.isoformat()} at which"
        if common and at is not None
        else "no date at which"
    )
    raise StatisticsError(
        f"rate(): the denominator of {group} has {why} all its members have a figure"
        f" ({listed}); give denominator_at= a mapping of each group to its own date"
    )


def _without_numerator(
    group: Dims,
    bottom: list[Member],
    bottom_at: DateSpan | None,
    unstated: str,
    denominator_at: DateSpan | None = None,
) -> Statistic:
    """The row of a group with denominator members but no numerator member.

    Nothing in the group counts the numerator, and an absent count is unknown, not
    0 (no recorded event is not a record of none): the rate is listed, unbounded,
    with no estimate, rather than dropped or set to 0. Rule ``"rate without
    numerator"``.
    """
    d = _total_of([m.interval for m in bottom])
    ids = tuple(m.measure for m in bottom)
    at = f", at {bottom_at}" if bottom_at is not None else ""
    why = Summary(
        f"no numerator member in {group or 'the only group'}: nothing counts the numerator"
        f" there, so the rate is unknown (not 0); denominator {d} (sum of"
        f" {_count(len(bottom), 'member')}{at}{unstated})",
        ids,
    )
    rule = "rate without numerator"
    return Statistic(
        statistic="rate",
        group=group,
        interval=Interval.unbounded(),
        estimate=Estimate(low=None, best=None, high=None, rule=rule),
        members=ids,
        low=why,
        high=why,
        contested=tuple(m.measure for m in bottom if m.contested),
        rule=rule,
        denominator_at=denominator_at,
    )


def _warn_of_unknown_numerators(
    groups: Sequence[Dims], left_out: Sequence[str], by: Sequence[str]
) -> None:
    """A :class:`DataQualityWarning` naming the groups whose rate is unknown for want of a
    numerator member (listed unbounded, never dropped nor taken as 0), and the numerator's
    measures that belong to no group for want of a ``by`` dimension, if any."""
    shown = "; ".join(str(g) or "the only group" for g in groups[:3]) + (
        f"; and {len(groups) - 3:,} more" if len(groups) > 3 else ""
    )
    unplaced = (
        f"; {_count(len(left_out), 'numerator measure')} ({left_out[0]!r}"
        + (f" and {len(left_out) - 1:,} more" if len(left_out) > 1 else "")
        + f") lack a value for {', '.join(by)} and belong to no group"
        if left_out
        else ""
    )
    warnings.warn(
        f"rate(): {_count(len(groups), 'group')} {'has' if len(groups) == 1 else 'have'}"
        f" denominator members but no numerator member, so the rate there is unknown"
        f" (listed as (-inf, +inf), not 0): {shown}{unplaced}; where the numerator is truly"
        " 0, record a figure of 0 for it",
        DataQualityWarning,
        stacklevel=3,  # the caller of rate()
    )


def _denominator_scale(
    dataset: Dataset, top: _Bucket, bottom: _Bucket
) -> tuple[Fraction, str | None]:
    """The factor that puts a denominator in its numerator's unit, and a note saying so.

    A rate of deaths per population in thousands (``kiloperson``) is per person once
    the population is in persons: without the factor it would be 1,000 times too
    high. Units of different kinds (deaths per square kilometre) are left as they are.
    """
    a = dataset.measure(top.ids[0]).unit
    b = dataset.measure(bottom.ids[0]).unit
    if a == b or not units.compatible(b, a):
        return Fraction(1), None
    f = units.factor(b, a)
    return f, None if f == 1 else f"in {a}, from {b}"


def _estimate_range(bucket: _Bucket) -> Interval | None:
    """The range of a group's total estimate when some member rests on estimates, else None.

    It is the low and high of the total's estimate (:func:`_total_of_estimates`), as a
    closed interval where they are finite.
    """
    if not bucket.studies:
        return None
    interval = _total_of(bucket.intervals)
    if interval.is_empty:
        return None
    e = _total_of_estimates(bucket, interval, bucket.total_best(), "sum of independent estimates")
    if e.low is None or e.high is None:
        return None
    return _interval(e.low, True, e.high, True)


def _quotients(
    n: Interval,
    d: Interval,
    per: int | Fraction,
    *,
    whole: bool = False,
    factor: Fraction = Fraction(1),
) -> Interval:
    """Every quotient of a value of ``n`` and a nonzero value of ``d`` times ``factor``,
    times ``per``.

    A denominator that counts whole things (``whole``: people, in its own unit, before
    ``factor`` puts it in the numerator's) takes only whole values, so its nonzero values
    are at least 1 away from 0: a population of 0 to 3 people divides by 1, 2 or 3, and
    the rate is bounded, not unbounded as a denominator that can come near 0 makes it.
    """
    interval = Interval.empty()
    if n.is_empty:
        return interval
    for side in (d & Interval.more_than(0), d & Interval.less_than(0)):
        if whole:
            side = side.integral()
        if not side.is_empty:
            piece = n * (side * factor).reciprocal() * per
            interval = piece if interval.is_empty else interval.hull(piece)
    return interval


def _ratio(
    group: Dims,
    top: list[Member],
    bottom: list[Member],
    per: int | Fraction,
    scale: tuple[Fraction, str | None] = (Fraction(1), None),
    ranges: tuple[Interval | None, Interval | None] = (None, None),
    dates: tuple[DateSpan | None, DateSpan | None] = (None, None),
    unstated: tuple[str, str] = ("", ""),
    levels: Iterable[Plausible] = (),
    *,
    whole: bool = False,
    bests: tuple[Number | None, Number | None] | None = None,
) -> Statistic:
    """One group's rate; ``whole`` when every denominator member counts whole things.

    ``bests`` are the two sides' totals' bests (:meth:`_Bucket.total_best`: pooled bests
    summed before rounding), by default the sums of the members' bests.
    """
    factor, converted = scale
    n = _total_of([m.interval for m in top])
    raw = _total_of([m.interval for m in bottom])  # in the denominator's own unit
    d = raw * factor if factor != 1 else raw
    interval = _quotients(n, raw, per, whole=whole, factor=factor)
    best: Number | None = None
    if bests is None:
        tops, bottoms = [m.best for m in top], [m.best for m in bottom]
        bests = (
            None if None in tops else sum(tops, 0),  # type: ignore[arg-type]
            None if None in bottoms else sum(bottoms, 0),  # type: ignore[arg-type]
        )
    num, den_raw = bests
    if not interval.is_empty and num is not None and den_raw is not None:
        den = den_raw * factor
        if den != 0:
            best = _exact(Fraction(num) / Fraction(den) * per)  # type: ignore[assignment]
    best = _pinned(interval, best)
    ids = tuple(m.measure for m in (*top, *bottom))
    top_at, bottom_at = (f", at {x}" if x is not None else "" for x in dates)
    top_note, bottom_note = unstated
    numerator = f"numerator {n} (sum of {_count(len(top), 'member')}{top_at}{top_note})"
    denominator = f"denominator {d} (sum of {_count(len(bottom), 'member')}{bottom_at}" + (
        f", {converted}{bottom_note})" if converted else f"{bottom_note})"
    )
    if interval.is_empty:
        why = Summary(
            f"no value: {numerator}, {denominator}, which can only be 0"
            if not n.is_empty and not d.is_empty
            else f"no value: {numerator}, {denominator}",
            ids,
        )
        low = high = why
    else:
        low = Summary(f"{numerator} over {denominator}, times {format_number(per)}", ids)
        high = low
    rule = "rate"
    estimate = _estimate(interval, best, rule)
    top_range, bottom_range = ranges
    if not interval.is_empty and (top_range is not None or bottom_range is not None):
        # Some member rests on estimates: the estimate's low and high are the quotients
        # of the two sides' estimate ranges (a total's), kept within the hard interval.
        rule = "rate of independent estimates"
        quotients = _quotients(
            n if top_range is None else top_range,
            raw if bottom_range is None else bottom_range,
            per,
            whole=whole,
            factor=factor,
        )
        if not quotients.overlaps(interval):  # apart: the hard bounds are the range
            quotients = interval
        lo, hi = max(quotients.lo, interval.lo), min(quotients.hi, interval.hi)
        if best is not None:
            lo, hi = min(lo, best), max(hi, best)
        estimate = Estimate(low=_exact(lo), best=best, high=_exact(hi), rule=rule)
        low, high = _with_estimate(low, high, interval, estimate, levels)
    return Statistic(
        statistic="rate",
        group=group,
        interval=interval,
        estimate=estimate,
        members=ids,
        low=low,
        high=high,
        contested=tuple(m.measure for m in (*top, *bottom) if m.contested),
        rule=rule,
    )


def change(
    data: Dataset | Report,
    measure: Select,
    start: DateSpan | dt.date | str,
    end: DateSpan | dt.date | str,
    *,
    by: str | Sequence[str] = (),
    where: Where | None = None,
    reading: Reading | None = None,
) -> Statistics:
    """Per group, how much the members rose from ``start`` to ``end`` (a fall is negative).

    ``measure`` says which measures: an id, ids, a mapping of dimension to
    value(s), a function of dims, or None for every measure ``where`` keeps.
    Each member's change is its value at ``end`` less its value at ``start``,
    each free within its bound there, and never below 0 for a cumulative
    measure (it never falls); a group's change is the sum. Event measures have
    no value at a date and are refused.

    >>> from pwstats import Dataset, Figure, Interval, Measure
    >>> m = Measure(id="returned", label="returned", kind="cumulative")
    >>> d = Dataset(measures=[m], figures=[
    ...     Figure(id="a", measure="returned", value=Interval.closed(2470, 2600), as_of="2023-12"),
    ...     Figure(id="b", measure="returned", value=2828, as_of="2024-01")])
    >>> row, = change(d, "returned", "2023-12", "2024-01")
    >>> str(row.interval), row.estimate.best
    ('[228, 358]', 293)
    """
    report = _report(data, reading, "change")
    names = _check_by(by)
    test = _matcher(where, "where")
    _check_dims(names, where, report.dataset)
    _check_selects(measure, report, "measure")
    first, last = _span(start), _span(end)
    assert first is not None
    assert last is not None
    if last.start < first.start:
        raise StatisticsError(
            f"change(): end {last} comes before start {first}; give the earlier date as start"
        )
    select = _selector(measure, "measure")
    for m in report.dataset.measures:
        if m.kind == "event" and (select is None or select(m)) and (test is None or test(m.dims)):
            raise StatisticsError(
                f"change(): {m.id!r} is an event measure, which has no value at a date;"
                " select level, cumulative or flow measures"
            )
    index = _Index(report)
    same = first == last  # one date: each member's change is 0, whatever its bounds then
    with warnings.catch_warnings():
        if same:  # nothing a member lacks then makes a change of 0 say less
            warnings.simplefilter("ignore", DataQualityWarning)
        before, left_out, computed = _groups(
            report, by=names, where=test, select=select, at=first, function="change", index=index
        )
    after = before
    if not same:
        after, _, computed = _groups(
            report, by=names, where=test, select=select, at=last, function="change", index=index
        )
    _warn_of_missing_values(where, report.dataset, "change", stacklevel=3)
    if not before:  # say why, if a value of where's or the measure's dims is misspelt
        _check_values(where, report.dataset)
        _check_values(measure, report.dataset, "measure")
    rows = []
    kinds = {m.id: m.kind for m in report.dataset.measures}
    for key in sorted(before, key=_sort_key):
        group = Dims(zip(names, key, strict=True))
        row = _change(
            group,
            before[key].as_members(),
            after[key].as_members(),
            kinds,
            same=same,
            raw=(before[key].raw, after[key].raw),
            whole=before[key].whole and after[key].whole,
        )
        if (before[key].studies or after[key].studies) and not same:
            row = _change_of_estimates(row, before[key], after[key])
        notes = index.unstated(before[key].unstated, first) + before[key].no_value_note(first)
        if not same:
            notes += index.unstated(after[key].unstated, last) + after[key].no_value_note(last)
        if notes:
            row = attrs.evolve(
                row,
                low=attrs.evolve(row.low, detail=row.low.detail + notes),
                high=attrs.evolve(row.high, detail=row.high.detail + notes),
            )
        rows.append(attrs.evolve(row, unit=report.dataset.measure(row.members[0]).unit))
    return Statistics(
        statistic="change",
        by=names,
        rows=tuple(rows),
        at=DateSpan(first.start, last.end) if first.start <= last.end else None,
        reading=report.reading,
        left_out=tuple(left_out),
        start=first,
        end=last,
        resolve=_resolver(index, last, computed, _in_groups(names, test, select)),
    )


_NOT_NEGATIVE: Final = Interval.at_least(0)


def _negated(study: meta.Study) -> meta.Study:
    """The estimate of minus the quantity: its sides swap."""
    return meta.Study(best=-study.best, se_low=study.se_high, se_high=study.se_low, id=study.id)


def _change_of_estimates(row: Statistic, before: _Bucket, after: _Bucket) -> Statistic:
    """A change whose members rest on estimates at the start or the end (or both).

    Each member's end is its estimate where it rests on estimates, else its bounds;
    likewise its start, subtracted. The counts' ends are combined by interval
    arithmetic, the estimates as a sum of independent estimates (a start's enters
    negated, its sides swapped), at the lowest confidence among them; the range is
    rounded outwards as a total's, kept within the change's hard interval and made to
    hold its best.
    """
    interval, best = row.interval, row.estimate.best
    if interval.is_empty:
        return row
    plus, minus = _counted(after), _counted(before)
    if plus.is_empty or minus.is_empty:
        return row
    low, high = _estimates_range(
        [*after.pooled.values(), *map(_negated, before.pooled.values())],
        [*after.studies.values(), *before.studies.values()],
        (plus.lo - minus.hi, plus.hi - minus.lo),
        whole=before.whole and after.whole,
        interval=interval,
        best=best,
    )
    rule = "change of independent estimates"
    estimate = Estimate(low=low, best=best, high=high, rule=rule)
    levels = [*after.studies.values(), *before.studies.values()]
    summary_low, summary_high = _with_estimate(row.low, row.high, interval, estimate, levels)
    return attrs.evolve(row, estimate=estimate, rule=rule, low=summary_low, high=summary_high)


def _change(
    group: Dims,
    before: list[Member],
    after: list[Member],
    kinds: Mapping[str, str],
    *,
    same: bool = False,
    raw: tuple[Mapping[int, Fraction], Mapping[int, Fraction]] = ({}, {}),
    whole: bool = True,
) -> Statistic:
    """The change of each member from ``before`` to ``after``, summed; ``same`` when the
    start and end are one date, so that each member's two values are one value: its
    change is 0, not its bound less itself ([10, 20] − [10, 20] = [−10, 10]).

    ``raw`` holds, by position, the members' pooled bests before rounding at the start
    and at the end (:attr:`_Bucket.raw`): a member's change is taken from them and the
    sum rounded once (:func:`_rounded_once`), as a total's best is."""
    steps = []
    best: Number | None = 0
    counted: Number = 0
    estimated = Fraction(0)
    pooled = False
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        if same:
            steps.append(Interval.empty() if b.interval.is_empty else Interval.point(0))
            continue
        step = b.interval - a.interval
        rises_only = kinds[a.measure] == "cumulative"
        if rises_only:
            step = step & _NOT_NEGATIVE
        steps.append(step)
        if best is None or a.best is None or b.best is None:
            best = None
            continue
        start, end = raw[0].get(i, a.best), raw[1].get(i, b.best)
        rise = max(end - start, 0) if rises_only else end - start
        if i in raw[0] or i in raw[1]:
            pooled = True
            estimated += rise
        else:
            counted += rise
    interval = _total_of(steps)
    if interval.is_empty or best is None:
        best = None
    elif pooled:
        best = _rounded_once(counted, estimated, interval, whole=whole)
    else:
        best = counted
    best = _pinned(interval, best)
    ids = tuple(m.measure for m in before)
    low = Summary(
        f"sum of {_ends_of(len(ids), 'lowest', 'rise')} (end's low less start's high)", ids
    )
    high = Summary(
        f"sum of {_ends_of(len(ids), 'highest', 'rise')} (end's high less start's low)", ids
    )
    if same:
        low = high = Summary(
            "start and end are one date: each member's change is its value then less"
            f" itself, 0 ({_count(len(ids), 'member')})",
            ids,
        )
    return Statistic(
        statistic="change",
        group=group,
        interval=interval,
        estimate=_estimate(interval, best, "change"),
        members=ids,
        low=low,
        high=high,
        contested=tuple(dict.fromkeys(m.measure for m in (*before, *after) if m.contested)),
        rule="change",
    )
