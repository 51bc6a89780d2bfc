"""Charts of a statistic along one dimension: one bar per group, a dot at its best."""

from __future__ import annotations

from pathlib import Path

import pytest

from pwstats import Dataset, Figure, Interval, Measure, total
from pwstats.cli import main

pytest.importorskip("matplotlib")

from pwstats.plot_stats import chart


def data() -> Dataset:
    ms, fs = [], []
    for i, (conflict, year, value) in enumerate(
        [("a", 2016, Interval.closed(1, 5)), ("a", 2017, Interval.more_than(3)), ("b", 2016, 2)]
    ):
        ms.append(
            Measure(id=f"e{i}", label="k", kind="event", dims={"conflict": conflict, "year": year})
        )
        fs.append(Figure(id=f"f{i}", measure=f"e{i}", value=value, as_of=str(year)))
    return Dataset(measures=ms, figures=fs)


def test_chart_draws_a_series_per_other_dimension_along_over() -> None:
    """The x axis is the over dimension, labelled by its values; each series is in the legend."""
    fig = chart(total(data(), by=("conflict", "year")))
    ax = fig.axes[0]
    assert ax.get_xlabel() == "year"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2016", "2017"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["conflict=a", "conflict=b"]


def joining_lines(fig: object) -> list[object]:
    """The lines of a chart that join points at more than one x (a series' bests)."""
    return [ln for ln in fig.axes[0].get_lines() if len(set(ln.get_xdata())) > 1]  # type: ignore[attr-defined]


def test_a_series_is_joined_along_years_and_not_along_names() -> None:
    """The bests of a series are joined by a line along a numeric dimension (years), and
    not along names (conflicts, countries): no trend is drawn between categories."""
    by_year = chart(total(data(), by=("conflict", "year")), over="year")
    (joined,) = joining_lines(by_year)  # conflict a, 2016 to 2017; b has one year
    first, second = sorted(joined.get_xdata())  # type: ignore[attr-defined]
    assert round(second - first, 9) == 1  # beside the years, shifted by the series' place
    assert joining_lines(chart(total(data(), by=("year", "conflict")), over="conflict")) == []
    assert joining_lines(chart(total(data(), by="conflict"))) == []


def test_chart_refuses_a_dimension_not_grouped_by() -> None:
    """over must be one of the by dimensions; an ungrouped statistic cannot be charted."""
    with pytest.raises(ValueError, match="over='country' is not one of"):
        chart(total(data(), by="year"), over="country")
    with pytest.raises(ValueError, match="grouped by at least one dimension"):
        chart(total(data(), by=()))


def test_plot_command_draws_a_total_with_by(tmp_path: Path) -> None:
    """pwstats plot FILE --by conflict,year -o OUT writes the chart of the total."""
    from pwstats.io import dump

    path = tmp_path / "events.toml"
    dump(data(), path)
    out = tmp_path / "totals.png"
    assert main(["plot", str(path), "--by", "conflict,year", "-o", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_chart_of_a_total_beyond_the_largest_float_draws_it_at_the_edge() -> None:
    """A total past 1.8e308 raised OverflowError (float() of its ends); it is drawn clamped."""
    big = 17 * 10**307
    data = Dataset(
        measures=[
            Measure(id=f"e{i}", label="k", kind="event", dims={"year": 2016 + i % 2})
            for i in range(4)
        ],
        figures=[Figure(id=f"f{i}", measure=f"e{i}", value=big, as_of="2016") for i in range(4)],
    )
    fig = chart(total(data, by=("year",)))
    low, high = fig.axes[0].get_ylim()
    assert low < high < float("inf")


def test_series_beyond_the_palette_are_not_dropped_silently() -> None:
    """Nine conflicts, seven colours: the title says 7 of 9 and a warning names the first
    conflict not drawn (they were left out without a word)."""
    ms = [
        Measure(id=f"e{c}", label="k", kind="event", dims={"conflict": f"c{c}", "year": 2016})
        for c in range(9)
    ]
    fs = [Figure(id=f"f{c}", measure=f"e{c}", value=c, as_of="2016") for c in range(9)]
    result = total(Dataset(measures=ms, figures=fs), by=("conflict", "year"))
    with pytest.warns(UserWarning, match=r"7 of 9 series drawn .*not drawn: conflict=c7 and 1"):
        fig = chart(result)
    assert fig.axes[0].get_title(loc="left").endswith("(7 of 9 series)")
    assert len(fig.axes[0].get_legend().get_texts()) == 7


@pytest.mark.parametrize(
    ("low", "high"), [(1_002_014, 1_002_028), (2 * 10**10, 2 * 10**10 + 10**7), (20, 22)]
)
def test_the_value_axis_labels_each_tick_with_its_number(low: int, high: int) -> None:
    """Totals near a million were labelled "14, 16, 18" under an offset "+1.002e6", and
    near 2e10 "2.0155" under "1e10": no tick read as its number. Each label is now its
    tick's value, digits grouped, with the decimals the step needs (20 and 20.5 differ)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    ms = [Measure(id=f"e{y}", label="k", kind="event", dims={"year": y}) for y in (2016, 2017)]
    fs = [
        Figure(id=f"f{y}", measure=f"e{y}", value=Interval.closed(low, high), as_of=str(y))
        for y in (2016, 2017)
    ]
    fig = chart(total(Dataset(measures=ms, figures=fs), by="year"))
    FigureCanvasAgg(fig).draw()
    axis = fig.axes[0].yaxis
    assert axis.get_offset_text().get_text() == ""
    labels = [t.get_text() for t in axis.get_ticklabels()]
    ticks = axis.get_majorticklocs()
    assert len(set(labels)) == len(labels)
    for label, tick in zip(labels, ticks, strict=True):
        assert "e" not in label
        assert float(label.replace(",", "")) == pytest.approx(tick)
