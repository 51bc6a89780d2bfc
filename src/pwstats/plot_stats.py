"""A statistic over one dimension (a total per year): each group's interval and best.

Needs matplotlib (the ``plot`` extra: ``pip install 'pwstats[plot]'``), imported only
when :func:`chart` runs.
"""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Final

from pwstats.plot import NEEDS_MATPLOTLIB, drawn_at, literal_text, number_ticks
from pwstats.stats import Statistic, Statistics

if TYPE_CHECKING:
    from matplotlib.figure import Figure as PlotFigure

__all__ = ["chart"]

#: Colours of the series, in order (colour-blind safe, Okabe-Ito), and how many are drawn.
_PALETTE: Final = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442")
_MAX_SERIES: Final = len(_PALETTE)
_INF: Final = float("inf")


def _position(value: str) -> float | None:
    """A dimension value as a number on the x axis (a year), or None if it is not one."""
    try:
        return float(value)
    except ValueError:
        return None


def chart(
    statistics: Statistics,
    *,
    over: str | None = None,
    path: str | os.PathLike[str] | None = None,
    title: str | None = None,
) -> PlotFigure:
    """Draw each group's interval as a bar and its best as a dot, along the ``over`` dimension.

    ``over`` is one of the statistics' ``by`` dimensions (default: the last);
    the other dimensions make one series each (the first seven, in group order;
    when there are more, the default title says how many are drawn and a
    ``UserWarning`` names the first left out).
    The bests of a series are joined by a thin line when the values of ``over`` are
    numbers (years), and not when they are names (countries): a line between
    categories would draw a trend that is not there. A closed end is a flat
    cap, an open end a hollow circle, an unbounded end an arrow to the edge of
    the plot; a group with no possible value is drawn as ✕. Where the
    estimate's low and high differ from the interval's ends (members known from
    studies, whose estimates bound nothing hard), they are a thin line with small
    caps beside the bar. The axis holds every finite end, best, low and high.
    Numeric values of ``over`` (years) are placed by number, others in order.

    >>> import pytest; _ = pytest.importorskip("matplotlib")
    >>> from pwstats import Dataset, Figure, Measure, total
    >>> ms = [Measure(id=f"e{y}", label="killed", kind="event", dims={"year": y})
    ...       for y in (2016, 2017)]
    >>> fs = [Figure(id=f"f{y}", measure=f"e{y}", low=1, best=2, high=5, as_of=str(y))
    ...       for y in (2016, 2017)]
    >>> chart(total(Dataset(measures=ms, figures=fs), by="year")).axes[0].get_xlabel()
    'year'
    """
    try:
        from matplotlib.figure import Figure as PlotFigure
    except ImportError as exc:
        raise ImportError(NEEDS_MATPLOTLIB) from exc
    if not statistics.by:
        raise ValueError("a chart needs a statistic grouped by at least one dimension")
    over = over or statistics.by[-1]
    if over not in statistics.by:
        raise ValueError(
            f"over={over!r} is not one of the dimensions grouped by: {', '.join(statistics.by)}"
        )
    others = [d for d in statistics.by if d != over]
    values = list(dict.fromkeys(row.group[over] for row in statistics.rows))
    numeric = all(_position(v) is not None for v in values)
    place = {v: (float(v) if numeric else float(i)) for i, v in enumerate(values)}
    series: dict[tuple[str, ...], list[tuple[float, Statistic]]] = {}
    left_out: dict[tuple[str, ...], None] = {}
    for row in statistics.rows:
        key = tuple(row.group[d] for d in others)
        if key in series or len(series) < _MAX_SERIES:
            series.setdefault(key, []).append((place[row.group[over]], row))
        else:
            left_out[key] = None
    if left_out:
        first = ", ".join(f"{d}={v}" for d, v in zip(others, next(iter(left_out)), strict=True))
        warnings.warn(
            f"chart(): {len(series)} of {len(series) + len(left_out)} series drawn (one colour"
            f" each); not drawn: {first}"
            + (f" and {len(left_out) - 1:,} more" if len(left_out) > 1 else "")
            + "; filter with where= or group by fewer dimensions",
            stacklevel=2,
        )
    finite = [  # drawn_at(): a total past 1.8e308 is drawn at the top, never float() of it
        drawn_at(x)
        for row in statistics.rows
        if not row.interval.is_empty
        for x in (
            row.interval.lo,
            row.interval.hi,
            row.estimate.low,
            row.estimate.best,
            row.estimate.high,
        )
        if x is not None and not isinstance(x, float)  # an infinite end; a finite end is exact
    ]
    low, high = (min(finite), max(finite)) if finite else (0.0, 1.0)
    pad = (high - low) * 0.08 or max(1.0, abs(high) * 0.08)  # one value: room around it
    bottom, top = low - pad, high + pad

    fig = PlotFigure(figsize=(8, 4.5), layout="constrained")
    ax = fig.add_subplot()
    width = 0.6 / max(1, len(series))
    for n, (key, points) in enumerate(series.items()):
        colour = _PALETTE[n % len(_PALETTE)]
        label = ", ".join(f"{d}={v}" for d, v in zip(others, key, strict=True)) or None
        shift = (n - (len(series) - 1) / 2) * width
        line = [
            (x0 + shift, drawn_at(r.estimate.best))
            for x0, r in points
            if r.estimate.best is not None
        ]
        if numeric and len(line) > 1:
            ax.plot(*zip(*line, strict=True), color=colour, linewidth=0.8, alpha=0.6)
        for x0, row in points:
            iv = row.interval
            x = x0 + shift
            if iv.is_empty:
                ax.plot([x], [(bottom + top) / 2], marker="x", color=colour, linestyle="none")
                continue
            lo = bottom if isinstance(iv.lo, float) else drawn_at(iv.lo)
            hi = top if isinstance(iv.hi, float) else drawn_at(iv.hi)
            ax.plot([x, x], [lo, hi], color=colour, linewidth=3, solid_capstyle="butt")
            for end, closed, y, arrow in (
                (iv.lo, iv.lo_closed, lo, "v"),
                (iv.hi, iv.hi_closed, hi, "^"),
            ):
                if isinstance(end, float):
                    ax.plot([x], [y], marker=arrow, color=colour)
                elif closed:
                    ax.plot([x], [y], marker="_", markersize=12, color=colour)
                else:
                    ax.plot([x], [y], marker="o", markerfacecolor="white", color=colour)
            e_low, e_high = row.estimate.low, row.estimate.high
            if e_low is not None and e_high is not None and (e_low, e_high) != (iv.lo, iv.hi):
                ends = [bottom if e_low == -_INF else top if e_low == _INF else drawn_at(e_low)]
                ends.append(
                    top if e_high == _INF else bottom if e_high == -_INF else drawn_at(e_high)
                )
                ax.plot([x + width / 4] * 2, ends, color=colour, linewidth=1, marker="_")
            best = row.estimate.best
            if best is not None:
                ax.plot([x], [drawn_at(best)], marker="o", color=colour, label=label)
                label = None  # one legend entry per series
    ax.set_ylim(bottom, top)
    number_ticks(ax.yaxis)  # "1,002,016", not "16" under "+1.002e6"
    ax.set_xlabel(over)
    ax.set_xticks([place[v] for v in values], values)
    if len(values) > 12:  # too many labels to read: let matplotlib thin them
        ax.locator_params(axis="x", nbins=12)
    ax.set_ylabel(f"{statistics.statistic} (interval; dot: best)")
    dates = statistics.date_columns()  # a rate's numerator and denominator dates, a change's
    if "start" in dates:
        at = f" from {dates['start']} to {dates['end']}"
    elif dates and len({r.denominator_at for r in statistics.rows}) > 1:
        at = f" at {dates['at'] or '—'}, denominator at each group's own date"
    elif dates and dates["at"] != dates["denominator_at"]:
        at = f" at {dates['at'] or '—'}, denominator at {dates['denominator_at'] or '—'}"
    else:
        at = f" at {statistics.at}" if statistics.at is not None else ""
    shown = f" ({len(series)} of {len(series) + len(left_out)} series)" if left_out else ""
    ax.set_title(
        title or f"{statistics.statistic} by {', '.join(statistics.by)}{at}{shown}", loc="left"
    )
    if others:
        ax.legend(loc="best", fontsize="small")
    literal_text(fig)
    if path is not None:
        fig.savefig(os.fspath(path))
    return fig
