"""A measure's timeline: every figure's interval at its date, the bounds, the conflicts.

Needs matplotlib (the ``plot`` extra: ``pip install 'pwstats[plot]'``), which is
imported only when :func:`timeline` runs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from pwstats.dates import DateSpan
from pwstats.interval import End, Interval
from pwstats.model import Dataset, Figure
from pwstats.reconcile.read import speaker
from pwstats.report import Reading, Report, releases

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as PlotFigure

__all__ = ["NEEDS_MATPLOTLIB", "number_ticks", "stagger_labels", "timeline"]

NEEDS_MATPLOTLIB: Final = "pwstats plot needs matplotlib: pip install 'pwstats[plot]'"

#: Colours given to sides in order of first appearance (colour-blind safe, Okabe-Ito).
_PALETTE: Final = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442")
_NO_SIDE: Final = "#777777"
_CONFLICT: Final = "#C00000"
_BAND: Final = "#9E9E9E"
_INK: Final = "#333333"  # legend marks that stand for every side's colour
#: An estimate's best value: a black star, unlike the dash of a closed end, and in the legend.
_BEST: Final[dict[str, Any]] = {
    "marker": "*",
    "markersize": 13,
    "color": "black",
    "markeredgecolor": "white",
}
_SPAN_ALPHA: Final = 0.10  # the tint over the dates of a figure that covers more than a day
_LABEL_CHARS: Final = 40  # longer statements are cut in the plot's labels
_MIN_DAYS: Final = 20  # the narrowest date axis, so one-day events are not a sliver
_LABEL_SIZE: Final = 8  # points
#: A label's width per character, in points at _LABEL_SIZE (DejaVu Sans averages about
#: 0.55 em; a little more, so that an estimate never lets two labels touch), its height,
#: and the gap kept between two labels side by side.
_CHAR_WIDTH: Final = 0.62 * _LABEL_SIZE
_LABEL_HEIGHT: Final = 1.45 * _LABEL_SIZE
_LABEL_GAP: Final = 4.0
_LABEL_ROWS: Final = 3  # rows of labels over one crowded date, the rest counted
_LABEL_LIFT: Final = 9.0  # points between a bar's end and its label


class _Bar:
    """One statement as drawn (repeats by several outlets are one bar): where, what, whose.

    ``conflict`` says that the statement is in a conflict, ``set_aside`` that it is
    outside the largest set of its finding's figures that agree; ``releases`` counts
    the statement's releases (itself and those it revised), ``outlets`` the figures of
    its latest release (all of ``figures`` unless given).
    """

    __slots__ = ("conflict", "figures", "interval", "outlets", "releases", "set_aside", "x")

    def __init__(
        self,
        figures: Sequence[Figure],
        interval: Interval,
        *,
        conflict: bool,
        set_aside: bool,
        releases: int = 1,
        outlets: int | None = None,
    ) -> None:
        self.figures = figures
        self.interval = interval
        self.conflict = conflict
        self.set_aside = set_aside
        self.releases = releases
        self.outlets = len(figures) if outlets is None else outlets
        self.x = _middle(figures[0].as_of)

    @property
    def figure(self) -> Figure:
        return self.figures[0]

    @property
    def label(self) -> str:
        outlets = self.outlets
        words = self.figure.statement
        if len(words) > _LABEL_CHARS:  # a 300-digit number would squeeze the plot away
            words = words[: _LABEL_CHARS - 1] + "…"
        notes = [f"{outlets} outlets"] if outlets > 1 else []
        if self.releases > 1:
            notes.append(f"latest of {self.releases} releases")
        return words + (f" ({'; '.join(notes)})" if notes else "")


def stagger_labels(
    centres: Sequence[float],
    widths: Sequence[float],
    bottoms: Sequence[float],
    *,
    height: float,
    rows: int = _LABEL_ROWS,
) -> list[float | None]:
    """Where each label's bottom goes so that no two overlap (None: left out).

    Label ``i`` is ``widths[i]`` wide, centred at ``centres[i]``, ``height`` high, and
    wants its bottom at ``bottoms[i]`` (all in one unit, points on the page). Labels
    are placed lowest first (then left first): each at its wanted bottom or, where it
    would overlap a label already placed, just above the highest such label, and so on
    — at most ``rows − 1`` raises; a label that still overlaps one is left out. So a
    label alone keeps its place, labels at one date stack in rows, and none overlaps
    another. Labels are only compared with those near them (a grid of cells), so the
    cost is ``O(n log n + n × rows)`` for labels of bounded width.

    >>> stagger_labels([0, 5, 30], [10, 10, 10], [0, 2, 0], height=3)
    [0, 3, 0]
    >>> stagger_labels([0, 1, 2], [10, 10, 10], [0, 0, 0], height=3, rows=2)
    [0, 3, None]
    """
    n = len(centres)
    if len(widths) != n or len(bottoms) != n:
        raise ValueError("stagger_labels: centres, widths and bottoms differ in length")
    if rows < 1:
        raise ValueError(f"stagger_labels: rows must be at least 1, not {rows}")
    if not height > 0:
        raise ValueError(f"stagger_labels: height must be positive, not {height}")
    lefts = [c - w / 2 for c, w in zip(centres, widths, strict=True)]
    rights = [c + w / 2 for c, w in zip(centres, widths, strict=True)]
    column = max(widths, default=1.0) or 1.0  # a label spans at most two columns
    cells: dict[tuple[int, int], list[int]] = {}  # placed labels by the cells they touch
    placed: list[float | None] = [None] * n

    def touched(i: int, bottom: float) -> list[tuple[int, int]]:
        cols = range(math.floor(lefts[i] / column), math.floor(rights[i] / column) + 1)
        bands = range(math.floor(bottom / height), math.floor((bottom + height) / height) + 1)
        return [(c, b) for c in cols for b in bands]

    def blocking_top(i: int, bottom: float) -> float | None:
        """The highest top of the placed labels that label ``i`` at ``bottom`` overlaps."""
        top: float | None = None
        for cell in touched(i, bottom):
            for j in cells.get(cell, ()):
                y = placed[j]
                assert y is not None
                beside = lefts[j] < rights[i] and lefts[i] < rights[j]
                if beside and bottom - height < y < bottom + height:
                    top = y + height if top is None else max(top, y + height)
        return top

    for i in sorted(range(n), key=lambda k: (bottoms[k], lefts[k])):
        bottom = bottoms[i]
        for _ in range(rows):
            top = blocking_top(i, bottom)
            if top is None:
                placed[i] = bottom
                for cell in touched(i, bottom):
                    cells.setdefault(cell, []).append(i)
                break
            bottom = top
    return placed


def _middle(span: DateSpan) -> float:
    """The middle of a span as a matplotlib date number (days since 1970-01-01)."""
    start = (span.start - dt.date(1970, 1, 1)).days
    return start + (span.days - 1) / 2


def _days(day: dt.date) -> float:
    return float((day - dt.date(1970, 1, 1)).days)


def _bars(report: Report, measure: str) -> tuple[list[_Bar], list[tuple[DateSpan, Interval]]]:
    """The figures of a measure with their readings, and the bounds of each finding."""
    bars: list[_Bar] = []
    bands: list[tuple[DateSpan, Interval]] = []
    for finding in report.findings_for(measure):
        in_conflict = {fid for c in finding.conflicts for fid in c.figures}
        agreeing = {f.id for f in finding.agreeing}
        # When largest agreeing sets tie, ``agreeing`` is the leftmost of them, and only
        # the figures in no tied set are set aside: the bound says which.
        tied_aside = (
            set(report.bound(measure, at=finding.as_of).set_aside) if finding.tied else None
        )
        revised = {r.old for r in finding.revisions}
        by_id = {f.id: f for f in finding.figures}
        for ids in finding.statements:  # repeats of one statement are one bar
            group = [by_id[i] for i in ids]
            iv = finding.readings.get(group[0].id)
            if iv is None:
                iv = group[0].exact_interval
            if iv is None or iv.is_empty:
                continue
            conflict = any(f.id in in_conflict for f in group)
            # Only counts can be in the agreeing set: an estimate, a citation or an
            # earlier release outside it is not set aside by the vote.
            counts = [
                f
                for f in group
                if f.basis != "estimate" and f.cites is None and f.id not in revised
            ]
            set_aside = bool(counts) and all(
                f.id not in agreeing if tied_aside is None else f.id in tied_aside for f in counts
            )
            # Earlier releases of the statement (revised by it), and their repeats, are
            # not its outlets.
            own, earlier = releases(group, revised)
            bars.append(
                _Bar(
                    group,
                    iv,
                    conflict=conflict,
                    set_aside=set_aside,
                    releases=1 + len(earlier),
                    outlets=len(own),
                )
            )
        if finding.as_of is not None and not finding.bounds.is_empty:
            bands.append((finding.as_of, finding.bounds))
    return bars, bands


#: The largest magnitude drawn: ends beyond it (any finite end is allowed, however large)
#: are drawn at this height and the plot says so. It leaves room below the largest
#: float for the axis margins, so no drawing arithmetic overflows.
_DRAWN_MAX: Final = 10**300


def _infinite(x: End) -> bool:
    """True for an infinite end (never converts a huge exact end to float)."""
    return type(x) is float and math.isinf(x)


def drawn_at(x: End) -> float:
    """Where an end is drawn: itself as a float, clamped to ±:data:`_DRAWN_MAX`.

    Never ``float()`` of a huge end (a total past 1.8e308), which would overflow.
    """
    if _infinite(x):
        return float(x)
    if x > _DRAWN_MAX:
        return float(_DRAWN_MAX)
    if x < -_DRAWN_MAX:
        return -float(_DRAWN_MAX)
    return float(x)


def _clamped(x: End) -> bool:
    """True for a finite end too large to draw where it is."""
    return not _infinite(x) and not -_DRAWN_MAX <= x <= _DRAWN_MAX


def _limits(
    bars: Sequence[_Bar], bands: Sequence[tuple[DateSpan, Interval]]
) -> tuple[float, float]:
    """The value axis: every finite end, with a margin for arrows and labels."""
    ends = [
        drawn_at(x)
        for iv in [b.interval for b in bars] + [iv for _, iv in bands]
        for x in (iv.lo, iv.hi)
        if not _infinite(x)
    ]
    low, high = min(ends, default=0.0), max(ends, default=1.0)
    pad = (high - low) * 0.12 or max(1.0, abs(high) * 0.05)
    unbounded = any(_infinite(b.interval.hi) for b in bars)
    return low - pad, high + pad * (3.5 if unbounded else 1.6)


def _clip(x: float, low: float, high: float) -> float:
    return min(max(x, low), high)


def timeline(
    report_or_dataset: Report | Dataset,
    measure: str,
    *,
    reading: Reading = "pragmatic",
    path: str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> PlotFigure:
    """Draw one measure over time and return the matplotlib figure (saved to ``path``).

    Each figure of the measure is a vertical bar over the interval it reads to,
    at the middle of its as-of span (a span longer than a day is also shaded
    across its dates); figures at the same date stand side by side. A closed
    end is a flat cap, an open end a hollow circle, an unbounded end an arrow
    to the edge of the plot, and a single value a diamond. Bars are coloured by
    their source's side (affiliation), the bounds of each finding after every
    relation are a grey band, figures in a conflict carry a red ✕, and those
    set aside (outside the largest set of figures that agree, or, when largest
    sets tie, outside every tied set) are also ringed in red, so the agreeing
    figures of a conflict are the ones without a ring. No
    two labels overlap (:func:`stagger_labels`): a crowded one is lifted above
    the label it would cover, and one with no room is left out and counted under
    the title. The legend names every mark the plot uses. A
    :class:`~pwstats.Dataset` is reconciled first under ``reading``; a
    :class:`~pwstats.Report` is drawn as it is. The file format follows the
    suffix of ``path`` (``.png``, ``.svg``, ``.pdf``).

    >>> import pytest; _ = pytest.importorskip("matplotlib")
    >>> from pwstats.model import Dataset, Figure, Measure
    >>> data = Dataset(measures=[Measure(id="m", label="people released", kind="event")],
    ...                figures=[Figure(id="a", measure="m", value=248, as_of="2024-01-03")])
    >>> from pwstats.report import Estimate, Finding, Report
    >>> finding = Finding(measure="m", as_of=data.figures[0].as_of, figures=data.figures,
    ...     status="consistent", consensus=Interval.point(248), agreeing=data.figures,
    ...     bounds=Interval.point(248), estimate=Estimate(248, 248, 248),
    ...     independent_sources=1, conflicts=())
    >>> timeline(Report(data, "pragmatic", (finding,)), "m").axes[0].get_title(loc="left")
    'people released'
    """
    try:
        from matplotlib import dates as mdates
        from matplotlib.figure import Figure as PlotFigure
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch
        from matplotlib.transforms import offset_copy
    except ImportError as exc:
        raise ImportError(NEEDS_MATPLOTLIB) from exc

    if isinstance(report_or_dataset, Dataset):
        from pwstats.reconcile import reconcile

        report = reconcile(report_or_dataset, reading=reading)
    else:
        report = report_or_dataset
    dataset = report.dataset
    m = dataset.measure(measure)
    bars, bands = _bars(report, m.id)
    if not bars:
        raise ValueError(f"measure {m.id!r} has no figure to plot")

    sides: dict[str, str] = {}
    for b in bars:
        side = b.figure.source.affiliation if b.figure.source else None
        if side and side not in sides:
            sides[side] = _PALETTE[len(sides) % len(_PALETTE)]

    # Date axis: at least _MIN_DAYS wide; figures at one date are dodged side by side.
    starts = [_days(b.figure.as_of.start) for b in bars] + [_days(s.start) for s, _ in bands]
    ends = [_days(b.figure.as_of.end) for b in bars] + [_days(s.end) for s, _ in bands]
    x0, x1 = min(starts), max(ends)
    if x1 - x0 < _MIN_DAYS:
        centre = (x0 + x1) / 2
        x0, x1 = centre - _MIN_DAYS / 2, centre + _MIN_DAYS / 2
    groups: dict[float, list[_Bar]] = {}
    for b in bars:
        groups.setdefault(b.x, []).append(b)
    widest = max(len(g) for g in groups.values())
    # At a single date, spread the statements across the axis so each has room for its words.
    dodge = (x1 - x0) * (1 / (widest + 1) if len(groups) == 1 else 0.04)
    for group in groups.values():
        for i, b in enumerate(group):
            b.x += (i - (len(group) - 1) / 2) * dodge
    x0 -= dodge * (widest / 2 + 0.8)
    x1 += dodge * (widest / 2 + 0.8)
    y0, y1 = _limits(bars, bands)
    if m.nonnegative:
        y0 = max(y0, -(y1 - y0) * 0.02)

    fig = PlotFigure(figsize=(10, 5.6), layout="constrained")
    ax: Axes = fig.add_subplot()
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)

    for span, iv in bands:
        # The band covers the span's days, and the bars dodged about its middle: a month
        # or a period is drawn to its own ends, not past them.
        half = dodge * (len(groups.get(_middle(span), [])) / 2 + 0.6)
        middle = _middle(span)
        whole = span.days > 1  # its days, to the end of the last, as the figures' tint
        left = min(_days(span.start), middle - half) if whole else middle - half
        right = max(_days(span.end) + 1, middle + half) if whole else middle + half
        band_lo, band_hi = _clip(drawn_at(iv.lo), y0, y1), _clip(drawn_at(iv.hi), y0, y1)
        if iv.is_point:
            ax.plot([left, right], [band_lo, band_lo], color=_BAND, linewidth=4, alpha=0.6)
        else:
            ax.fill_between(
                [left, right], band_lo, band_hi, color=_BAND, alpha=0.25, linewidth=0, zorder=1
            )

    beside = offset_copy(ax.transData, fig=fig, x=13, units="points")
    labels: list[tuple[_Bar, float, bool]] = []  # each bar, the end its words stand by, above?
    for b in bars:
        f, iv = b.figure, b.interval
        side = f.source.affiliation if f.source else None
        colour = sides.get(side or "", _NO_SIDE)
        lo, hi = _clip(drawn_at(iv.lo), y0, y1), _clip(drawn_at(iv.hi), y0, y1)
        if f.as_of.days > 1:
            ax.fill_between(
                [_days(f.as_of.start), _days(f.as_of.end) + 1],
                lo,
                hi,
                color=colour,
                alpha=_SPAN_ALPHA,
                linewidth=0,
                zorder=1,
            )
        if b.set_aside and iv.is_point:
            ax.plot(
                [b.x],
                [lo],
                marker="o",
                markersize=17,
                markerfacecolor="none",
                markeredgecolor=_CONFLICT,
                markeredgewidth=2.5,
                zorder=2,
            )
        elif b.set_aside:
            ax.plot(
                [b.x, b.x], [lo, hi], color=_CONFLICT, linewidth=11, zorder=2, solid_capstyle="butt"
            )
        ax.plot([b.x, b.x], [lo, hi], color=colour, linewidth=6, zorder=3, solid_capstyle="butt")
        if iv.is_point:
            ax.plot([b.x], [lo], marker="D", markersize=8, color=colour, zorder=4)
        if f.basis == "estimate" and f.best is not None:  # an estimate's best value
            best = _clip(drawn_at(f.best), y0, y1)
            ax.plot([b.x], [best], zorder=5, **_BEST)
        for value, closed, up in ((iv.lo, iv.lo_closed, False), (iv.hi, iv.hi_closed, True)):
            if _infinite(value):
                ax.plot(
                    [b.x],
                    [hi if up else lo],
                    marker="^" if up else "v",
                    markersize=11,
                    color=colour,
                    zorder=4,
                    clip_on=False,
                )
            elif closed:
                ax.plot(
                    [b.x],
                    [drawn_at(value)],
                    marker="_",
                    markersize=16,
                    markeredgewidth=2.5,
                    color=colour,
                    zorder=4,
                )
            else:
                ax.plot(
                    [b.x],
                    [drawn_at(value)],
                    marker="o",
                    markersize=7,
                    markerfacecolor="white",
                    markeredgewidth=2,
                    color=colour,
                    zorder=4,
                )
        if b.conflict:  # beside the end, not over it, so the end's own mark stays visible
            ax.plot(
                [b.x],
                [hi if not _infinite(iv.hi) else lo],
                marker="X",
                markersize=10,
                color=_CONFLICT,
                zorder=5,
                linestyle="none",
                transform=beside,
            )
        # The words go above the bar, or below it when the bar runs off the top; they are
        # placed once the plot is laid out, so that crowded ones can be staggered.
        above = not _infinite(iv.hi)
        labels.append((b, hi if above else lo, above))

    n_sources = len({speaker(b.figure.source) or b.figure.id for b in bars})
    statuses = sorted({f.status for f in report.findings_for(m.id)}, key=_severity)
    ax.set_title(title or m.label, loc="left", fontsize=13, fontweight="bold", pad=20)
    subtitle = ax.text(
        0,
        1.015,
        f"{_count(len(bars), 'statement')} from {_count(n_sources, 'speaker')},"
        f" {report.reading} reading: {', '.join(statuses)}",
        transform=ax.transAxes,
        fontsize=9,
        color="#444444",
    )
    ax.set_xlabel("as of (the date each figure speaks of)")
    ax.set_ylabel(f"{m.kind} value ({m.unit})")
    if len(groups) == 1:
        # One date: the statements stand side by side, so only that date is marked.
        (key,) = groups
        ax.set_xticks([key], [_date_text(bars[0].figure.as_of)])
        ax.set_xlabel("as of (statements about the same date, side by side)")
    else:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        )
    number_ticks(ax.yaxis)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for edge in ("top", "right"):
        ax.spines[edge].set_visible(False)

    handles: list[Patch | Line2D] = [
        Patch(color=colour, label=f"said by {side}") for side, colour in sides.items()
    ]
    if any(not (b.figure.source and b.figure.source.affiliation) for b in bars):
        handles.append(Patch(color=_NO_SIDE, label="side unknown"))
    if any(b.figure.as_of.days > 1 for b in bars):
        tint = sides.get(next(iter(sides), ""), _NO_SIDE)
        handles.append(Patch(color=tint, alpha=_SPAN_ALPHA * 2, label="dates a figure covers"))
    if any(not iv.is_point for _, iv in bands):
        handles.append(Patch(color=_BAND, alpha=0.4, label="bounds after relations"))
    if any(iv.is_point for _, iv in bands):
        handles.append(
            Line2D([], [], color=_BAND, alpha=0.6, linewidth=4, label="bounds: one value")
        )
    if any(b.conflict for b in bars):
        handles.append(
            Line2D([], [], color=_CONFLICT, marker="X", linestyle="none", label="in a conflict")
        )
    if any(b.set_aside for b in bars):
        handles.append(
            Patch(
                facecolor="white",
                edgecolor=_CONFLICT,
                linewidth=2.5,
                label="set aside: not in the agreeing set",
            )
        )
    if any(b.interval.is_point for b in bars):
        handles.append(
            Line2D([], [], color=_INK, marker="D", linestyle="none", label="a single value")
        )
    handles += [
        Line2D(
            [],
            [],
            color=_INK,
            marker="_",
            markersize=12,
            markeredgewidth=2.5,
            linestyle="none",
            label="closed end",
        ),
        Line2D(
            [],
            [],
            color=_INK,
            marker="o",
            markerfacecolor="white",
            linestyle="none",
            label="open end",
        ),
    ]
    if any(_infinite(b.interval.lo) or _infinite(b.interval.hi) for b in bars):
        handles.append(Line2D([], [], color=_INK, marker="^", linestyle="none", label="no bound"))
    if any(b.figure.basis == "estimate" and b.figure.best is not None for b in bars):
        handles.append(Line2D([], [], linestyle="none", label="an estimate's best value", **_BEST))
    drawn: list[End] = [x for b in bars for x in (b.interval.lo, b.interval.hi)]
    drawn += [x for _, iv in bands for x in (iv.lo, iv.hi)]
    if any(_clamped(x) for x in drawn):
        ax.text(
            0,
            -0.16,
            "note: values beyond ±1e300 are drawn at ±1e300, the edge of what can be drawn",
            transform=ax.transAxes,
            fontsize=8,
            color=_CONFLICT,
        )
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8.5
    )
    literal_text(fig)  # before laying out, which measures the texts drawn so far
    left_out = _draw_labels(fig, ax, labels)
    if left_out:
        subtitle.set_text(
            subtitle.get_text() + f"; {_count(left_out, 'label')} left out where statements"
            " crowd (see the table)"
        )
    literal_text(fig)
    if path is not None:
        fig.savefig(os.fspath(path), dpi=150)
    return fig


def _draw_labels(fig: PlotFigure, ax: Axes, labels: Sequence[tuple[_Bar, float, bool]]) -> int:
    """Write each bar's words by its end, staggered where they would overlap
    (:func:`stagger_labels`), with a thin line to a label lifted off its bar; the top of
    the plot is raised (a few times at most: each raise brings the bars down) while
    labels run past it. Returns how many labels were left out for want of room."""
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)  # the axes' final place, so that page points are right
    to_points = 72 / fig.dpi
    placed = _label_layouts(ax, labels, to_points)
    for _ in range(5):
        tops = [b + _LABEL_HEIGHT for b in placed[0][1] if b is not None]
        box = ax.get_window_extent()
        room = box.y1 * to_points
        if not tops or max(tops) <= room:
            break
        # Raise the top of the plot by what the labels need, in data units.
        y0, y1 = ax.get_ylim()
        per_point = (y1 - y0) / max(box.height * to_points, 1.0)
        ax.set_ylim(y0, y1 + (max(tops) - room) * per_point * 1.25)
        placed = _label_layouts(ax, labels, to_points)
    left_out = 0
    for up, (chosen, bottoms, page) in zip((True, False), placed, strict=True):
        sign = 1 if up else -1
        for (b, y), (_, py), bottom in zip(chosen, page, bottoms, strict=True):
            if bottom is None:
                left_out += 1
                continue
            lift = bottom - sign * py
            line = {"arrowstyle": "-", "color": _BAND, "linewidth": 0.6, "shrinkA": 1}
            text = ax.annotate(
                b.label,
                (b.x, y),
                xytext=(0, sign * lift),
                textcoords="offset points",
                ha="center",
                va="bottom" if up else "top",
                fontsize=_LABEL_SIZE,
                zorder=6,
                arrowprops=line if lift > _LABEL_LIFT + 1 else None,
                # a little white behind the words, so a bar a label is lifted past stays
                # visible but does not strike the words through
                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
                parse_math=False,
            )
            text.set_in_layout(False)
    return left_out


#: The labels above (or under) the bars, each with the end it stands by; where each
#: label's bottom goes (None: left out); and where each end is on the page, in points.
_Placed = tuple[list[tuple["_Bar", float]], list[float | None], list[tuple[float, float]]]


def _label_layouts(
    ax: Axes, labels: Sequence[tuple[_Bar, float, bool]], to_points: float
) -> tuple[_Placed, _Placed]:
    """The layout of the labels above the bars, then of those under them."""
    out: list[_Placed] = []
    for above in (True, False):
        chosen = [(b, y) for b, y, up in labels if up is above]
        # Under a bar the words hang down: lay them out upside down, as if above.
        sign = 1 if above else -1
        page = [
            (float(px) * to_points, float(py) * to_points)
            for px, py in ax.transData.transform([(b.x, y) for b, y in chosen]).reshape(-1, 2)
        ]
        bottoms = stagger_labels(
            [x for x, _ in page],
            [len(b.label) * _CHAR_WIDTH + _LABEL_GAP for b, _ in chosen],
            [sign * y + _LABEL_LIFT for _, y in page],
            height=_LABEL_HEIGHT,
        )
        out.append((chosen, bottoms, page))
    return out[0], out[1]


def literal_text(fig: PlotFigure) -> None:
    """Draw every text of ``fig`` as written: a ``$`` in a label is a dollar, not maths.

    Matplotlib reads text between two ``$`` as mathtext, so "US$ 5 m pledged at
    $ conference" lost its words and a label with ``$\\frac{`` stopped the plot.
    """
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        text.set_parse_math(False)


def _severity(status: str) -> int:
    return ("consistent", "derived", "tension", "contradiction").index(status)


def number_ticks(axis: Any) -> None:
    """Label a matplotlib axis's ticks as pwstats writes numbers (:func:`tick_text`).

    Matplotlib's own labels move large values into an offset or a power of ten written
    apart ("+1.002e6" above ticks "14, 16, 18"; "1e10" above "2.0155"), so no tick reads
    as the number it marks.
    """
    from matplotlib import ticker

    class _Numbers(ticker.Formatter):
        def format_ticks(self, values: Sequence[float]) -> list[str]:
            return [tick_text(x, values) for x in values]

        def __call__(self, x: float, pos: int | None = None) -> str:
            return tick_text(x)

    axis.set_major_formatter(_Numbers())


def tick_text(value: float, ticks: Sequence[float] = ()) -> str:
    """One tick's label: digits grouped by thousands, with the decimals the step needs.

    The step is the least gap between ``ticks`` (the axis's): ticks 0.5 apart show one
    decimal, so 20 and 20.5 are never both "20"; ticks a whole number apart show none.
    Past 10**15 grouped digits would be wider than the plot: three significant digits.

    >>> [tick_text(x, (1_002_014, 1_002_016)) for x in (1_002_014, 1_002_016)]
    ['1,002,014', '1,002,016']
    >>> [tick_text(x, (20, 20.5, 21)) for x in (20, 20.5, 21)]
    ['20.0', '20.5', '21.0']
    >>> tick_text(2.5e16)
    '2.5e+16'
    """
    if abs(value) >= 1e15:  # grouped digits would be wider than the plot
        return f"{value:.3g}"
    gaps = [abs(b - a) for a, b in itertools.pairwise(ticks) if b != a]
    step = min(gaps) if gaps else (1.0 if value == int(value) else abs(value) or 1.0)
    places = 0
    while places < 12 and abs(round(step, places) - step) > step * 1e-6:
        places += 1
    text = f"{value:,.{places}f}"
    return text.removeprefix("-") if float(text.replace(",", "")) == 0 else text  # no "-0"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _date_text(span: DateSpan) -> str:
    """A span as a reader writes it: '3 Jan 2024', 'Dec 2023', '2025' or ISO for others."""
    text = str(span)
    if span.days == 1:
        return f"{span.start.day} {span.start:%b %Y}"
    if len(text) == 7:
        return f"{span.start:%b %Y}"
    return text
