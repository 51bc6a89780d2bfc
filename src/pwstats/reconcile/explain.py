"""Stage 6, explain: the sentences that say why figures conflict and what gives a bound.

Every sentence names each figure with its words, speaker, id and date, and the
interval it reads to, so a reader can check it against the sources.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from pwstats.dates import DateSpan
from pwstats.interval import End, Interval, format_number
from pwstats.model import Figure, Measure, speaker
from pwstats.reconcile.cells import RangeMax, Settled
from pwstats.reconcile.propagate import Why
from pwstats.reconcile.read import Context
from pwstats.report import Because, ConflictKind, Reading

__all__ = [
    "LevelDates",
    "because",
    "correction_hint",
    "kind_sentence",
    "name",
    "say",
    "summarise",
]


#: A bound's explanation lists at most this many figures in its sentence; the rest are
#: counted (every one stays in :attr:`Because.figures`).
SHOWN: int = 5


def name(f: Figure) -> str:
    """A figure as sentences name it: its words, speaker, id and date."""
    who = f"{f.source.name}, " if f.source is not None else ""
    return f"'{f.statement}' ({who}figure {f.id}, as of {f.as_of})"


def say(ctx: Context, fid: str, iv: Interval) -> str:
    """A figure named (:func:`name`) and the interval it reads to."""
    return f"{name(ctx.figure(fid))} reads {iv}"


def kind_sentence(
    reading: Reading,
    kind: ConflictKind,
    ids: Sequence[str],
    lenient: Sequence[Interval],
    *,
    soft: bool,
) -> str:
    """Why a conflict between figures is a contradiction or only a tension."""
    if reading == "lenient":
        return (
            " Read leniently (every value any reading admits), so this is a contradiction."
            if kind == "contradiction"
            else " The figures speak of different dates, so this is only a tension."
        )
    readings = ", ".join(f"{fid} {iv}" for fid, iv in zip(ids, lenient, strict=True))
    if kind == "contradiction":
        return f" Even read leniently ({readings}) they cannot all hold: a contradiction."
    if soft:
        return " The figures speak of different dates, so this is only a tension."
    return f" Read leniently ({readings}) they can all hold, so this is a tension."


def correction_hint(earlier: Figure, later: Figure) -> str:
    """What to do when one speaker's later figure of a running total is below its earlier one.

    A running total its own speaker lowers is most often a correction (a ministry's
    toll revised down once the dead are identified). Figures of one speaker as of
    different dates are not taken as a revision by themselves (under the default
    ``revisions="latest"`` only those of the same as-of span are), so the fall is
    reported, and this sentence says how to record a correction as one. Empty when
    the speakers differ, either has none, or the later figure already revises the
    earlier.
    """
    if earlier.source is None or later.source is None or later.revises == earlier.id:
        return ""
    if speaker(earlier.source) != speaker(later.source):
        return ""
    return (
        f" Both figures are {later.source.name}'s: a running total its own speaker lowers is"
        f" most often a correction. If {later.id} corrects {earlier.id}, record it so"
        f' (revises = "{earlier.id}" on figure {later.id}): the earlier figure is then set'
        " aside as revised, not compared."
    )


def summarise(ctx: Context, figures: Sequence[str]) -> str:
    """The figures behind an end, in words: all of them when few, else the first and a count."""
    shown = [f"'{ctx.figure(f).statement}' ({f}, {ctx.figure(f).as_of})" for f in figures[:SHOWN]]
    text = ", ".join(shown)
    if len(figures) > SHOWN:
        more = len(figures) - SHOWN
        text += f" and {more:,} more figure{'s' if more > 1 else ''}"
    return text


def because(
    ctx: Context,
    cells: Settled,
    cell: int,
    *,
    high: bool,
    empty_why: tuple[Why, ...],
    set_aside: Sequence[str] = (),
    uncounted: bool = False,
) -> Because:
    """What gives one end of ``cell``'s bounds, as figure ids, relation ids and a sentence.

    An end nothing bounds names the figures ``set_aside`` (in conflict, and not
    taken as true) rather than saying that no figure bounds it; with ``uncounted``
    (figures that are no counts, estimates or repeats, stand at the date) it says that
    no count bounds it, not no figure.
    """
    iv = cells.bounds[cell]
    measure = cells.measure[cell]
    if iv.is_empty:
        figures, rules = cells.explained(*empty_why)
        figures = ctx.in_data_order(figures)
        relations = tuple(dict.fromkeys(cells.relation[i] for i in rules))
        return Because(
            figures=figures,
            relations=relations,
            detail="the figures and relations cannot all hold: no value is left",
        )
    why = cells.hi_why[cell] if high else cells.lo_why[cell]
    end = iv.hi if high else iv.lo
    if why is None:
        side = "above" if high else "below"
        floor = not high and measure.nonnegative and end == 0
        if set_aside:
            cut = f"without the figures set aside in conflict, {summarise(ctx, set_aside)}"
            if floor:
                return Because(
                    detail=f"{measure.id} cannot be negative; not bounded further from below {cut}"
                )
            return Because(detail=f"{measure.id} is not bounded from {side} {cut}")
        if floor:
            return Because(detail=f"{measure.id} cannot be negative")
        noun = "count" if uncounted else "figure"
        return Because(detail=f"no {noun} or relation bounds {measure.id} from {side}")
    figures, rules = cells.explained(why)
    figures = ctx.in_data_order(figures)
    relations = tuple(dict.fromkeys(cells.relation[i] for i in rules))
    via = "; ".join(dict.fromkeys(cells.text[i] for i in rules))
    detail = (
        f"{'at most' if high else 'at least'} {format_number(end)} from {summarise(ctx, figures)}"
    )
    if via:
        detail += f", through {via}"
    elif len(figures) == 1:
        detail += _as_read(ctx, figures[0], end, high=high)
    return Because(figures=figures, relations=relations, detail=detail)


def _as_read(ctx: Context, figure_id: str, end: End, *, high: bool) -> str:
    """How an end taken from one figure's words comes from the run's reading, when the
    words alone (the literal reading) do not give it: the pragmatic cap of "more than
    14,500" is 15,950, which the words do not say."""
    figure = ctx.figure(figure_id)
    if ctx.reading == "literal" or not isinstance(figure.value, str):
        return ""
    literal = ctx.read(figure, "literal")
    if (literal.hi if high else literal.lo) == end:
        return ""
    return f", as the {ctx.reading} reading reads its words (literally {literal})"


class LevelDates:
    """Why no figure of a level measure bounds it at a date: see :meth:`__call__`.

    Each measure's counts are indexed by span on its first query, so a query at a
    span some count is as of is one look-up, not a scan of the measure's figures.
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._first: dict[str, dict[DateSpan, Figure]] = {}
        #: The spans of each measure's figures that are no counts (estimates, repeats).
        self._others: dict[str, set[DateSpan]] = {}
        #: Each level's spans of counts, indexed on its first query at a span of none.
        self._index: dict[str, _Spans] = {}
        #: Each measure's estimates, by span.
        self._estimates: dict[str, dict[DateSpan, list[Figure]]] = {}
        #: Whether the run has any estimate (most have none: nothing to index then);
        #: None until a query needs to know.
        self._studies: bool | None = None

    def __call__(self, measure: Measure, at: DateSpan) -> tuple[str, bool]:
        """Why no figure of a level measure bounds it at ``at`` ("" when one is as of
        ``at``), and whether figures that are no counts (estimates, repeats) stand there.

        A level can rise or fall at any time, so a figure bounds it as of its own span
        only: "about 1.2 million" as of 2024-05 is a value at some time in May, not on
        each day of it, and says nothing of 2024-05-15. The sentence names the counts
        whose spans overlap ``at`` (or, when none does, the nearest dates of the
        counts), at most :data:`SHOWN`.
        """
        if measure.kind != "level":
            if self._studies is None:
                self._studies = "estimate" in self._ctx.roles.values()
            if not self._studies:
                return "", False
        first = self._first.get(measure.id)
        if first is None:
            ctx = self._ctx
            first, others = {}, set()
            estimates: dict[DateSpan, list[Figure]] = {}
            for f in ctx.dataset.figures_of(measure.id):
                role = ctx.role(f)
                if role == "count":
                    first.setdefault(f.as_of, f)
                else:
                    others.add(f.as_of)
                    if role == "estimate":
                        estimates.setdefault(f.as_of, []).append(f)
            self._first[measure.id], self._others[measure.id] = first, others
            self._estimates[measure.id] = estimates
        if measure.kind == "level" and first and at not in first:
            uncounted = at in self._others[measure.id]
            index = self._index.get(measure.id)
            if index is None:
                index = self._index[measure.id] = _Spans(list(first))
            return _level_dates(measure, at, first, index, uncounted=uncounted), uncounted
        by_span = self._estimates[measure.id]
        if measure.kind == "event":  # one event: its estimates are of it, whatever their span
            studies = [f for fs in by_span.values() for f in fs]
        else:
            studies = by_span.get(at, [])
        return (_estimates_bound_nothing(studies), True) if studies else ("", False)


def _estimates_bound_nothing(studies: Sequence[Figure]) -> str:
    """Why estimates as of the date give no end: they are only probably in their interval."""
    shown = ", ".join(f"'{f.statement}' ({f.id})" for f in studies[:SHOWN])
    if len(studies) > SHOWN:
        shown += f" and {len(studies) - SHOWN:,} more"
    one = len(studies) == 1
    return (
        f"{'an estimate' if one else 'estimates'} ({shown}) {'bounds' if one else 'bound'}"
        " nothing: an estimate is only probably in its interval"
    )


class _Spans:
    """The spans of a level's counts, indexed to find those near a date without a scan.

    ``spans`` in the order of the figures; the ones overlapping a span are found
    through the spans in order of start and the latest end over any run of them; the
    nearest of the others by walking out from the span, a distinct end (before it) or
    start (after it) at a time: each query costs the spans it names and a logarithm,
    not the measure's every figure (a daily table of a level was quadratic).
    """

    def __init__(self, spans: Sequence[DateSpan]) -> None:
        self.spans = spans
        n = len(spans)
        self.by_start = sorted(range(n), key=lambda k: spans[k].start)
        self.starts = [spans[k].start for k in self.by_start]
        self.latest = RangeMax([spans[k].end for k in self.by_start])
        ends: dict[dt.date, list[int]] = {}
        starts: dict[dt.date, list[int]] = {}
        for k, s in enumerate(spans):  # in the figures' order: each list is sorted
            ends.setdefault(s.end, []).append(k)
            starts.setdefault(s.start, []).append(k)
        self.end_keys, self.start_keys = sorted(ends), sorted(starts)
        self.of_end, self.of_start = ends, starts

    def overlapping(self, at: DateSpan) -> list[int]:
        """The positions (in the figures' order) of the spans overlapping ``at``, sorted."""
        found: list[int] = []
        todo = [(0, bisect.bisect_right(self.starts, at.end))]
        while todo:
            lo, hi = todo.pop()
            if lo >= hi or self.latest.query(lo, hi) < at.start:
                continue
            if hi - lo <= 8:
                found += (k for k in self.by_start[lo:hi] if self.spans[k].end >= at.start)
                continue
            mid = (lo + hi) // 2
            todo += ((lo, mid), (mid, hi))
        return sorted(found)

    def nearest(self, at: DateSpan, count: int) -> list[int]:
        """The ``count`` spans nearest ``at`` (none overlapping it), nearest first; ties in
        the figures' order (as a stable sort by distance in days has them)."""
        out: list[int] = []
        i = bisect.bisect_left(self.end_keys, at.start) - 1
        j = bisect.bisect_right(self.start_keys, at.end)
        far = dt.timedelta.max
        while len(out) < count and (i >= 0 or j < len(self.start_keys)):
            before = at.start - self.end_keys[i] if i >= 0 else far
            after = self.start_keys[j] - at.end if j < len(self.start_keys) else far
            here: list[int] = []
            if before <= after:
                here += self.of_end[self.end_keys[i]][:count]
                i -= 1
            if after <= before:
                here += self.of_start[self.start_keys[j]][:count]
                j += 1
            out += sorted(here)[: count - len(out)]
        return out


def _level_dates(
    measure: Measure, at: DateSpan, first: dict[DateSpan, Figure], index: _Spans, *, uncounted: bool
) -> str:
    """:class:`LevelDates`' sentence, given the first count as of each span (``uncounted``:
    some figure that is no count, an estimate or a repeat, is as of ``at``)."""
    spans = index.spans
    near = [spans[k] for k in index.overlapping(at)]
    if uncounted:  # an estimate as of the date is a figure, but bounds nothing
        head = f"no count of {measure.id} is as of {at} (an estimate or a repeat bounds nothing)"
    else:
        head = f"no figure of {measure.id} is as of {at}"
    why = "a level can rise or fall within a span, so a figure bounds it as of its own span only"
    if near:
        text = "; ".join(
            f"'{first[s].statement}' ({first[s].id}) is as of {s}, {_within(s, at)}"
            for s in near[:SHOWN]
        )
        if len(near) > SHOWN:
            text += f" and {len(near) - SHOWN:,} more spans"
        return f"{head}: {text}; {why}"
    dates = ", ".join(str(spans[k]) for k in index.nearest(at, SHOWN))
    more = f" and {len(first) - SHOWN:,} more" if len(first) > SHOWN else ""
    return (
        f"{head}, and a level can rise or fall between dates, so a figure bounds it as of"
        f" its own span only; the nearest of its figures are as of {dates}{more}"
    )


def _within(span: DateSpan, at: DateSpan) -> str:
    """How ``span`` lies against ``at``: "a month that holds 2024-05-15"."""
    if at in span:
        text = str(span)
        size = "a year" if len(text) == 4 else "a month" if len(text) == 7 else "a span"
        return f"{size} that holds {at}"
    if span in at:
        return f"within {at}"
    return f"overlapping {at}"
