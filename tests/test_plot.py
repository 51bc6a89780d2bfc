"""Tests of pwstats.plot: the timeline of one measure, drawn to PNG and SVG files."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pwstats.interval import Interval
from pwstats.model import Dataset, Figure, Measure, Source
from pwstats.plot import _CONFLICT, NEEDS_MATPLOTLIB, stagger_labels, timeline
from pwstats.report import Estimate, Finding, Report
from test_table import DATASET, RETURNED, UA, sample_report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (which must come first)."""
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC, "not a PNG file"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    assert length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def running_total_report() -> Report:
    """A cumulative measure over two years, read literally: one figure has no upper end."""
    side_ua = Source(name="Dmytro Lubinets", affiliation="Ukraine", published="2024-01-03")
    side_ru = Source(
        name="Russian Ministry of Defence", affiliation="Russia", published="2024-06-01"
    )
    agency = Source(name="AFP", published="2025-03-04")
    m = Measure(id="returned", label="People returned since the war began", kind="cumulative")
    figures = [
        Figure(id="aug", measure=m, value="nearly 2,600", as_of="2023-08", source=side_ua),
        Figure(id="jan", measure=m, value="2,828", as_of="2024-01-03", source=side_ua),
        Figure(id="jun", measure=m, value="more than 2,500", as_of="2024-06-01", source=side_ru),
        Figure(id="y25", measure=m, value="3,767", as_of="2025", source=agency),
    ]
    readings = {
        "aug": Interval.closed_open(0, 2600),
        "jan": Interval.point(2828),
        "jun": Interval.more_than(2500),
        "y25": Interval.point(3767),
    }
    data = Dataset(measures=[m], figures=figures)

    def finding(f: Figure, bounds: Interval, status: str = "consistent") -> Finding:
        return Finding(
            measure=m.id,
            as_of=f.as_of,
            figures=(f,),
            status=status,  # type: ignore[arg-type]
            consensus=readings[f.id],
            agreeing=(f,),
            bounds=bounds,
            estimate=Estimate(low=bounds.lo, best=None, high=bounds.hi),
            independent_sources=1,
            conflicts=(),
            readings={f.id: readings[f.id]},
        )

    findings = (
        finding(figures[0], Interval.closed_open(2598, 2600)),
        finding(figures[1], Interval.closed(2828, 3767)),
        finding(figures[2], Interval.closed(2828, 3767)),
        finding(figures[3], Interval.at_least(3767)),
    )
    return Report(dataset=data, reading="literal", findings=findings)


@pytest.fixture
def mpl() -> None:
    """Skip the test when matplotlib (the 'plot' extra) is not installed."""
    pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")


@pytest.mark.usefixtures("mpl")
def test_png_is_written_with_a_sensible_size(tmp_path: Path) -> None:
    """A PNG timeline has the PNG signature and an IHDR of a readable landscape size."""
    out = tmp_path / "ua.png"
    timeline(sample_report(), UA.id, path=out)
    width, height = png_size(out)
    assert 800 <= width <= 3000
    assert 500 <= height <= 2000
    assert width > height


@pytest.mark.usefixtures("mpl")
def test_svg_is_written_and_names_the_figures(tmp_path: Path) -> None:
    """An SVG timeline is an SVG document holding the title and each statement's words."""
    out = tmp_path / "returned.svg"
    timeline(running_total_report(), "returned", path=out)
    text = out.read_text(encoding="utf-8")
    assert "<svg" in text[:2000]
    for words in ("People returned since the war began", "nearly 2,600", "more than 2,500"):
        assert words in text


@pytest.mark.usefixtures("mpl")
def test_figure_has_title_axes_labels_and_legend() -> None:
    """The timeline names the measure, both axes, and each side in its legend."""
    fig = timeline(running_total_report(), "returned")
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "People returned since the war began"
    assert "as of" in ax.get_xlabel()
    assert "person" in ax.get_ylabel()
    legend = ax.get_legend()
    assert legend is not None
    labels = [t.get_text() for t in legend.get_texts()]
    assert "said by Ukraine" in labels
    assert "said by Russia" in labels
    assert "side unknown" in labels
    assert "no bound" in labels
    assert "bounds after relations" in labels


@pytest.mark.usefixtures("mpl")
def test_unbounded_end_is_drawn_to_the_edge() -> None:
    """A figure with no upper end reaches the top of the value axis."""
    fig = timeline(running_total_report(), "returned")
    ax = fig.axes[0]
    top = ax.get_ylim()[1]
    tops = [max(line.get_ydata()) for line in ax.get_lines() if len(line.get_ydata()) == 2]  # type: ignore[arg-type]
    assert top in tops


@pytest.mark.usefixtures("mpl")
def test_conflicting_figures_are_marked() -> None:
    """Figures in a conflict are listed as such in the legend; a consistent plot has none."""
    conflict = timeline(sample_report(), UA.id).axes[0].get_legend()
    calm = timeline(sample_report(), RETURNED.id).axes[0].get_legend()
    assert conflict is not None
    assert calm is not None
    assert "in a conflict" in [t.get_text() for t in conflict.get_texts()]
    assert "in a conflict" not in [t.get_text() for t in calm.get_texts()]


def _marked_bars(report: Report, measure: str) -> tuple[set[str], set[str]]:
    """The words of the bars ringed in red, and of those carrying a red ✕."""
    import numpy as np
    from matplotlib.lines import Line2D
    from matplotlib.text import Annotation

    ax = timeline(report, measure).axes[0]
    words = {round(float(t.xy[0]), 6): t.get_text() for t in ax.texts if isinstance(t, Annotation)}

    def at(line: Line2D) -> str:
        return words[round(float(np.asarray(line.get_xdata(), dtype=float)[0]), 6)]

    red = [
        line
        for line in ax.get_lines()
        if _CONFLICT in (line.get_color(), line.get_markeredgecolor())
    ]
    crossed = {at(line) for line in red if line.get_marker() == "X"}
    ringed = {at(line) for line in red if line.get_marker() != "X"}
    return ringed, crossed


@pytest.mark.usefixtures("mpl")
def test_only_figures_set_aside_are_ringed() -> None:
    """In a conflict, only the figures outside the agreeing set are ringed; all carry the ✕."""
    ringed, crossed = _marked_bars(sample_report(), UA.id)
    assert ringed == {"more than 230"}
    assert crossed == {"more than 230", "exactly 230 (2 outlets)"}
    assert _marked_bars(sample_report(), RETURNED.id) == (set(), set())


@pytest.mark.usefixtures("mpl")
def test_figures_of_tied_largest_sets_are_not_ringed() -> None:
    """The seeds' exchange of 3 January: {exactly 230, more than 200} and {more than 230,
    more than 200} tie, so no figure is set aside (the bound says so) and none is ringed;
    the two in the contradiction carry the ✕ ("more than 230" was ringed, as if the
    leftmost tied set were the agreeing one)."""
    from pwstats import reconcile, seeds

    report = reconcile(seeds())
    measure = "ua-released-2024-01-03"
    assert report.bound(measure).set_aside == ()
    ringed, crossed = _marked_bars(report, measure)
    assert ringed == set()
    assert crossed == {"more than 230", "exactly 230"}


@pytest.mark.usefixtures("mpl")
def test_a_single_value_set_aside_is_ringed_too() -> None:
    """A set-aside figure of one value (a diamond, no bar to outline) still gets its ring."""
    report = sample_report()
    ua = report.findings[0]
    flipped = attrs.evolve(ua, agreeing=(ua.figures[0],))  # "exactly 230" now set aside
    report = attrs.evolve(report, findings=(flipped, *report.findings[1:]))
    ringed, _ = _marked_bars(report, UA.id)
    assert ringed == {"exactly 230 (2 outlets)"}


@pytest.mark.usefixtures("mpl")
def test_an_estimate_is_never_ringed_as_set_aside() -> None:
    """Only counts vote for the agreeing set: a study beside an agreeing count has no ring."""
    from pwstats.reconcile import reconcile

    m = Measure(id="deaths", label="deaths", kind="event")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="count", measure=m, value="about 400", as_of="2025-03"),
            Figure(
                id="survey",
                measure=m,
                basis="estimate",
                low=350,
                best=420,
                high=500,
                as_of="2025-03",
            ),
        ],
    )
    report = reconcile(data)
    assert report.status == "consistent"
    assert _marked_bars(report, "deaths") == (set(), set())


@pytest.mark.usefixtures("mpl")
def test_earlier_releases_are_not_counted_as_outlets() -> None:
    """A figure revised twice is one bar, labelled as the latest of three releases."""
    from pwstats.reconcile import reconcile

    m = Measure(id="deaths", label="deaths", kind="event")

    def release(fid: str, value: str, day: str, revises: str | None = None) -> Figure:
        source = Source(name="Ministry", published=day)
        return Figure(id=fid, measure=m, value=value, source=source, revises=revises)

    data = Dataset(
        measures=[m],
        figures=[
            release("a", "at least 120", "2025-03-05"),
            release("b", "nearly 300", "2025-03-08", revises="a"),
            release("c", "312", "2025-03-12", revises="b"),
        ],
    )
    texts = [t.get_text() for t in timeline(reconcile(data), "deaths").axes[0].texts]
    assert "312 (latest of 3 releases)" in texts
    assert not any("outlets" in t for t in texts)


@pytest.mark.usefixtures("mpl")
def test_legend_names_every_mark() -> None:
    """The legend names the date tint, single values, one-value bounds and set-aside rings."""

    def labels(report: Report, measure: str) -> list[str]:
        legend = timeline(report, measure).axes[0].get_legend()
        assert legend is not None
        return [t.get_text() for t in legend.get_texts()]

    exchange = labels(sample_report(), UA.id)
    for label in ("in a conflict", "set aside: not in the agreeing set", "a single value"):
        assert label in exchange
    assert "bounds: one value" in exchange
    assert "dates a figure covers" not in exchange  # every figure speaks of one day
    running = labels(running_total_report(), "returned")
    assert "dates a figure covers" in running  # "2023-08" and "2025" cover many days
    assert "set aside: not in the agreeing set" not in running


@pytest.mark.usefixtures("mpl")
def test_repeated_statement_is_one_bar() -> None:
    """A statement carried by two outlets is drawn once, labelled with its outlet count."""
    fig = timeline(sample_report(), UA.id)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "exactly 230 (2 outlets)" in texts
    assert texts.count("more than 230") == 1


@pytest.mark.usefixtures("mpl")
def test_measure_without_figures_is_an_error() -> None:
    """Plotting a measure no finding covers raises ValueError naming the measure."""
    report = Report(dataset=DATASET, reading="pragmatic", findings=())
    with pytest.raises(ValueError, match="'ua-returned' has no figure"):
        timeline(report, RETURNED.id)


def test_missing_matplotlib_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without matplotlib, timeline raises ImportError telling how to install the extra."""
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ImportError, match=r"pip install 'pwstats\[plot\]'") as info:
        timeline(sample_report(), UA.id)
    assert str(info.value) == NEEDS_MATPLOTLIB


@pytest.mark.usefixtures("mpl")
def test_a_dollar_in_a_label_is_drawn_as_written(tmp_path: Path) -> None:
    """Matplotlib read "US$ millions ... $ conference" as maths and dropped words; a stray
    "$\\frac{" stopped the plot."""
    from matplotlib.text import Text

    import pwstats

    for label in ("Aid in US$ millions, pledged at $ conference", "Cost $\\frac{ in US$"):
        m = Measure(id="cost", label=label, kind="event")
        source = Source(name="Ministry", affiliation="Side $1$", published="2024-01-03")
        figure = Figure(id="a", measure="cost", value=230, source=source)
        data = Dataset(measures=[m], figures=[figure])
        fig = timeline(pwstats.reconcile(data), "cost", path=tmp_path / "cost.png")
        texts = [t for t in fig.findobj(Text) if t.get_text()]
        assert label in [t.get_text() for t in texts]
        assert not any(t.get_parse_math() for t in texts)


@pytest.mark.usefixtures("mpl")
def test_an_estimates_best_value_has_a_legend_entry_unlike_a_closed_end() -> None:
    """The mark of an estimate's best value is named in the legend, with a marker that is
    not the closed end's dash; a plot without estimates does not list it."""
    from pwstats.reconcile import reconcile

    m = Measure(id="deaths", label="deaths", kind="event")
    survey = Figure(
        id="survey", measure=m, basis="estimate", low=350, best=480, high=610, as_of="2025-03"
    )
    count = Figure(id="count", measure=m, value="about 400", as_of="2025-03")
    legend = timeline(reconcile(Dataset(measures=[m], figures=[count, survey])), "deaths")
    handles = legend.axes[0].get_legend()
    assert handles is not None
    marks = {
        t.get_text(): h for t, h in zip(handles.get_texts(), handles.legend_handles, strict=True)
    }
    assert "an estimate's best value" in marks
    best, closed = marks["an estimate's best value"], marks["closed end"]
    assert best.get_marker() != closed.get_marker()  # type: ignore[union-attr]
    alone = timeline(reconcile(Dataset(measures=[m], figures=[count])), "deaths")
    texts = [t.get_text() for t in alone.axes[0].get_legend().get_texts()]  # type: ignore[union-attr]
    assert "an estimate's best value" not in texts


@pytest.mark.usefixtures("mpl")
def test_repeats_of_an_earlier_release_are_not_outlets_of_the_latest() -> None:
    """An agency repeating a release its speaker later revised carried the old words, not
    the latest: the latest, said by one outlet, is labelled as one release of two only."""
    from pwstats.reconcile import reconcile

    m = Measure(id="deaths", label="deaths", kind="event")
    data = Dataset(
        measures=[m],
        figures=[
            Figure(id="a", measure=m, value="312", source=Source(name="M", published="2025-03-05")),
            Figure(id="b", measure=m, value="320", source=Source(name="M", published="2025-03-08")),
            Figure(
                id="rep",
                measure=m,
                value="312",
                cites="a",
                source=Source(name="Agency", published="2025-03-06"),
            ),
        ],
    )
    texts = [t.get_text() for t in timeline(reconcile(data), "deaths").axes[0].texts]
    assert "320 (latest of 2 releases)" in texts
    assert not any("outlets" in t for t in texts)


# -- labels that do not overlap --------------------------------------------------------------

labels_in = st.lists(
    st.tuples(
        st.floats(-500, 500, allow_nan=False),  # centre
        st.floats(1, 120, allow_nan=False),  # width
        st.floats(-500, 500, allow_nan=False),  # wanted bottom
    ),
    max_size=40,
)


@given(labels=labels_in, rows=st.integers(1, 5), height=st.floats(1, 20, allow_nan=False))
def test_staggered_labels_never_overlap(
    labels: list[tuple[float, float, float]], rows: int, height: float
) -> None:
    """No two labels stagger_labels places overlap; each sits at its wanted bottom or just
    above another label; a label that overlaps no other side by side keeps its place;
    and one is left out only where a placed label overlaps it at its wanted place."""
    centres, widths, wanted = (
        (list(x) for x in zip(*labels, strict=True)) if labels else ([], [], [])
    )
    placed = stagger_labels(centres, widths, wanted, height=height, rows=rows)
    assert len(placed) == len(labels)
    boxes = [
        (c - w / 2, c + w / 2, b)
        for (c, w, _), b in zip(labels, placed, strict=True)
        if b is not None
    ]
    for i, (l1, r1, b1) in enumerate(boxes):
        for l2, r2, b2 in boxes[i + 1 :]:
            assert not (l1 < r2 and l2 < r1 and b1 < b2 + height and b2 < b1 + height)
    tops = {b + height for _, _, b in boxes}
    for i, ((c, w, want), b) in enumerate(zip(labels, placed, strict=True)):
        beside = [
            j
            for j, (c2, w2, _) in enumerate(labels)
            if j != i and c - w / 2 < c2 + w2 / 2 and c2 - w2 / 2 < c + w / 2
        ]
        if not beside:
            assert b == want
        if b is None:
            assert any(
                lo < c + w / 2 and c - w / 2 < hi and want - height < y < want + height
                for lo, hi, y in boxes
            )
        else:
            assert b == want or (b > want and b in tops)


def test_labels_at_one_place_stack_in_rows_and_the_rest_are_left_out() -> None:
    """Eight labels wanted at one place stack one row above another, as many as there are
    rows; the others are left out (the plot counts them), never drawn over each other."""
    placed = stagger_labels([100.0] * 8, [40.0] * 8, [10.0] * 8, height=12, rows=3)
    assert sorted(b for b in placed if b is not None) == [10.0, 22.0, 34.0]
    assert placed.count(None) == 5


def test_stagger_labels_refuses_what_it_cannot_lay_out() -> None:
    """Lists of different lengths, fewer than one row and a height of zero are refused."""
    with pytest.raises(ValueError, match="differ in length"):
        stagger_labels([0.0], [1.0, 2.0], [0.0], height=1)
    with pytest.raises(ValueError, match="rows must be at least 1"):
        stagger_labels([0.0], [1.0], [0.0], height=1, rows=0)
    with pytest.raises(ValueError, match="height must be positive"):
        stagger_labels([0.0], [1.0], [0.0], height=0)


@pytest.mark.usefixtures("mpl")
def test_a_crowded_date_draws_no_label_over_another_and_counts_what_it_left_out() -> None:
    """Thirty statements about one date: every label drawn or counted in the subtitle as
    left out (the labels of many figures at one date were drawn over each other)."""
    from matplotlib.text import Annotation

    m = Measure(id="m", label="released", kind="event")
    figures = [
        Figure(
            id=f"f{i}",
            measure=m,
            value=f"about {200 + 7 * i}",
            as_of="2024-01-03",
            source=Source(name=f"Speaker {i}", published="2024-01-03"),
        )
        for i in range(30)
    ]
    ax = timeline(Dataset(measures=[m], figures=figures), "m").axes[0]
    drawn = [t for t in ax.texts if isinstance(t, Annotation)]
    subtitle = next(t.get_text() for t in ax.texts if "statements from" in t.get_text())
    left_out = 30 - len(drawn)
    assert len({t.get_text() for t in drawn}) == len(drawn)
    if left_out:
        assert f"{left_out} label{'s' if left_out > 1 else ''} left out" in subtitle
    else:
        assert "left out" not in subtitle
