"""pwstats.strategies: what each strategy promises, argument checks, and registration."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import pwstats.strategies
from pwstats import Dataset, DateSpan, Figure, Interval, Measure, Relation, Source
from pwstats.model import Accumulates, Dims, LessEqual, Share, Sum
from pwstats.strategies import (
    Planted,
    Truth,
    datasets,
    date_spans,
    figures,
    hedged_phrases,
    intervals,
    measures,
    members,
    relations,
    sources,
)

#: The strategies module, untyped: the calls below pass wrong types on purpose.
loose: Any = pwstats.strategies

# -- intervals and members --------------------------------------------------------------


@given(intervals(min_value=-5, max_value=Fraction(7, 2), allow_empty=True))
def test_intervals_stay_within_bounds(iv: Interval) -> None:
    """intervals(min_value=a, max_value=b) draws only subsets of [a, b]."""
    assert Interval.closed(-5, Fraction(7, 2)).contains(iv)


@given(intervals(allow_infinite=False))
def test_intervals_without_infinity_are_bounded(iv: Interval) -> None:
    """allow_infinite=False draws only bounded, non-empty intervals."""
    assert iv.is_bounded
    assert not iv.is_empty


@given(intervals(min_value=0, integral=True))
def test_integral_intervals_have_closed_integer_ends(iv: Interval) -> None:
    """integral=True draws intervals that are their own integral(), inside the bounds."""
    assert iv.integral() == iv
    assert iv.lo >= 0


def test_intervals_draw_every_shape() -> None:
    """intervals() can draw points, half-lines, open and closed ends, and (if allowed) empty."""
    seen: set[str] = set()

    @given(intervals(allow_empty=True))
    def collect(iv: Interval) -> None:
        if iv.is_empty:
            seen.add("empty")
        elif iv.is_point:
            seen.add("point")
        elif not iv.is_bounded:
            seen.add("unbounded")
        else:
            seen.add("closed" if iv.lo_closed else "open")

    from hypothesis import settings

    settings(max_examples=300)(collect)()
    assert seen == {"empty", "point", "unbounded", "closed", "open"}


@given(st.data(), intervals())
def test_members_lie_in_their_interval(data: st.DataObject, iv: Interval) -> None:
    """members(iv) draws exact numbers inside iv."""
    x = data.draw(members(iv))
    assert isinstance(x, (int, Fraction))
    assert x in iv


def test_members_reach_closed_ends() -> None:
    """members() draws the closed ends of an interval as well as inner numbers."""
    seen: set[object] = set()

    @given(members(Interval.closed_open(1, 2)))
    def collect(x: int | Fraction) -> None:
        seen.add(x)

    collect()
    assert 1 in seen
    assert any(1 < x < 2 for x in seen)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("low", "high"),
    [
        (Decimal("0.01"), None),
        (Fraction(1, 100), 1),
        (Fraction(1, 3), Decimal("0.345")),
        (None, Fraction(-1, 997)),
        (0.1, 0.2),
    ],
)
def test_intervals_with_bounds_of_large_denominator_draw(
    low: Fraction | Decimal | float | int | None, high: Fraction | Decimal | float | int | None
) -> None:
    """Bounds with a denominator above 64 (0.01, 1/997, the float 0.1) draw, within them.

    They used to fail on the first draw with a Hypothesis-internal max_denominator error.
    """
    from pwstats.interval import exact

    lo = -float("inf") if low is None else exact(low)
    hi = float("inf") if high is None else exact(high)

    @settings(max_examples=150, database=None)
    @given(intervals(min_value=low, max_value=high))
    def inside(iv: Interval) -> None:
        assert Interval(lo, hi).contains(iv)

    inside()


@pytest.mark.parametrize(
    "truth", [Decimal("12.345"), Decimal("0.01"), Fraction(1, 65), Fraction(-7, 1000)]
)
def test_figures_with_a_truth_of_large_denominator_draw(truth: Decimal | Fraction) -> None:
    """figures(truth=t) with t's denominator above 64 draws figures that hold t."""
    measure = Measure(id="p", label="share", unit="percent", nonnegative=False)
    x = Fraction(truth)

    @settings(max_examples=150, database=None)
    @given(figures(measure=measure, truth=truth, reading="lenient"))
    def holds(f: Figure) -> None:
        assert f.exact_interval is not None
        assert x in f.exact_interval

    holds()


@pytest.mark.parametrize("truth", [Fraction(1, 2), -5, Decimal("-0.25")])
def test_figures_default_measure_fits_the_truth(truth: int | Fraction | Decimal) -> None:
    """With no measure, figures(truth=t) draws measures t fits (it was a FailedHealthCheck)."""
    x = Fraction(truth)

    @settings(max_examples=50, database=None)
    @given(figures(truth=truth))
    def holds(f: Figure) -> None:
        assert f.exact_interval is not None
        assert x in f.exact_interval

    holds()


@given(measures(units=["percent", "share"]))
def test_measures_of_share_units_are_never_flows(m: Measure) -> None:
    """A share unit is drawn with any kind but flow, which Measure refuses (it crashed 1 in 4)."""
    assert m.kind != "flow"


def test_measures_of_share_units_draw_every_other_kind() -> None:
    """measures(units=["percent"]) still draws level, cumulative and event measures."""
    seen: set[str] = set()

    @settings(max_examples=200, database=None)
    @given(measures(units=["percent", "person"]))
    def collect(m: Measure) -> None:
        seen.add(f"{m.unit} {m.kind}")

    collect()
    assert {"percent level", "percent cumulative", "percent event", "person flow"} <= seen


@given(relations(ids=["a", "b", "c", "d"], kinds=["sum", "le", "share"]))
def test_relations_of_plain_kinds_fit_level_measures(r: Relation) -> None:
    """relations(kinds=[...]) draws only those kinds, which plain level measures accept."""
    assert not isinstance(r, Accumulates)
    Dataset(measures=[Measure(id=i, label=i) for i in "abcd"], relations=[r])


@given(relations(kinds=["accumulates"]))
def test_relations_draw_the_kinds_asked_for(r: Relation) -> None:
    """relations(kinds=["accumulates"]) draws only accumulates relations."""
    assert isinstance(r, Accumulates)


@settings(
    max_examples=5, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(datasets(min_figures=200, max_figures=200))
def test_large_datasets_draw_without_filtering(dataset: Dataset) -> None:
    """datasets(min_figures=200) draws; 60 used to fail the filter_too_much health check."""
    assert len(dataset.figures) == 200


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: loose.intervals(min_value=2, max_value=1), "min_value=2 is above max_value=1"),
        (lambda: loose.figures(truth=0.1), r'pass Fraction\(1, 10\) or Decimal\("0.1"\)'),
        (
            lambda: loose.measures(kinds=["flow"], units=["percent"]),
            "a share unit cannot be a flow",
        ),
        (lambda: loose.relations(ids=st.just("a"), kinds=["pie"]), "each kind must be one of"),
        (lambda: loose.relations(ids=["a", "a"]), "at least two distinct ids"),
        (lambda: loose.relations(ids="a"), "a sequence of at least two ids"),
        (lambda: loose.datasets(max_figures=500), "max_figures=500 is above 200"),
        (
            lambda: loose.date_spans(max_value=dt.date(1990, 1, 1)),
            "below the default min_value=datetime.date.2000, 1, 1.",
        ),
        (lambda: loose.intervals(min_value=float("nan")), "min_value=nan is not usable"),
        (lambda: loose.intervals(max_value=float("inf")), "must be finite"),
        (lambda: loose.intervals(min_value="0"), "must be a number"),
        (lambda: loose.intervals(integral=1), "integral=1 must be True or False"),
        (
            lambda: loose.intervals(min_value=0.2, max_value=0.8, integral=True),
            "no integer lies in",
        ),
        (lambda: loose.members(Interval.empty()), "the empty interval has no member"),
        (lambda: loose.members((1, 2)), "takes an Interval"),
        (
            lambda: loose.date_spans(min_value=dt.date(2024, 1, 2), max_value=dt.date(2024, 1, 1)),
            "above",
        ),
        (lambda: loose.date_spans(min_value="2024"), "must be a datetime.date"),
        (lambda: loose.sources(names=3), "must be a str or a strategy"),
        (lambda: loose.measures(kinds=["stock"]), "each kind must be one of"),
        (lambda: loose.measures(kinds="level"), "non-empty sequence of kinds"),
        (lambda: loose.measures(units=["furlongs of cheese"]), "unknown unit"),
        (lambda: loose.measures(dims={"year": "2016"}), "must be a Dims or a strategy"),
        (lambda: loose.dimensions(min_size=3, max_size=1), "min_size=3 is above max_size=1"),
        (lambda: loose.dimensions(max_size=-1), "non-negative int"),
        (lambda: loose.figures(reading="strict"), "reading='strict' must be one of"),
        (
            lambda: loose.figures(truth=2.5, measure=Measure(id="m", label="m")),
            "not a value of measure",
        ),
        (lambda: loose.figures(measure="m"), "must be a Measure or a strategy"),
        (lambda: loose.hedged_phrases(reading="loose"), "must be one of"),
        (
            lambda: loose.datasets(min_figures=5, max_figures=2),
            "min_figures=5 is above max_figures=2",
        ),
        (lambda: loose.datasets(min_figures=-1), "non-negative int"),
        (lambda: loose.datasets(consistent=False, max_figures=1), "needs at least 2 figures"),
        (lambda: loose.datasets(consistent=False, with_truth=True), "needs consistent=True"),
    ],
)
def test_invalid_arguments_are_rejected_when_called(make: Callable[[], Any], message: str) -> None:
    """A bad argument raises InvalidArgument at call time, before anything is drawn."""
    with pytest.raises(InvalidArgument, match=message):
        make()


# -- dates, sources, measures, figures --------------------------------------------------


@given(date_spans(min_value=dt.date(2024, 2, 10), max_value=dt.date(2024, 3, 5)))
def test_date_spans_stay_within_bounds(span: DateSpan) -> None:
    """date_spans(min_value=a, max_value=b) draws spans from a to b at most."""
    assert dt.date(2024, 2, 10) <= span.start <= span.end <= dt.date(2024, 3, 5)


@given(sources(names=st.just("Ombudsman"), published=st.just(None)))
def test_sources_use_the_given_strategies(source: Source) -> None:
    """sources(names=..., published=...) draws its speaker and date from those strategies."""
    assert source.name == "Ombudsman"
    assert source.published is None


@given(measures(kinds=["event", "cumulative"], units=["percent"]))
def test_measures_use_the_given_kinds_and_units(m: Measure) -> None:
    """measures(kinds=..., units=...) draws only those kinds and units."""
    assert m.kind in ("event", "cumulative")
    assert m.unit == "percent"
    assert not m.whole


RETURNED = Measure(id="returned", label="people returned", kind="cumulative")


@given(figures(measure=RETURNED, truth=2828, reading="literal"))
def test_figures_with_a_truth_hold_it(f: Figure) -> None:
    """figures(truth=t) draws figures that state t, or a range containing it."""
    assert f.measure == "returned"
    if f.exact_interval is not None:
        assert 2828 in f.exact_interval
    else:
        from pwstats import parse

        assert 2828 in parse(f.statement, reading="literal").interval
    if f.source is not None and f.source.published is not None:
        assert f.as_of.start <= f.source.published


@given(figures(measure=Measure(id="share", label="share", unit="percent"), truth=Fraction(1, 3)))
def test_figures_hold_fractional_truths(f: Figure) -> None:
    """A truth of a non-whole measure may be a fraction, and figures still hold it."""
    assert f.exact_interval is not None
    assert Fraction(1, 3) in f.exact_interval


# -- data sets ------------------------------------------------------------------------


def _relation_holds(r: Relation, truth: Truth, day: DateSpan, days: list[DateSpan]) -> bool:
    def at(m: str, when: DateSpan = day) -> Any:
        return truth[m, when]

    if isinstance(r, Sum):
        parts = sum(at(p) for p in r.parts)
        return bool(at(r.total) == parts if r.complete else at(r.total) >= parts)
    if isinstance(r, LessEqual):
        return bool(at(r.a) <= at(r.b) + r.offset)
    if isinstance(r, Share):
        assert isinstance(r.ratio, Interval)
        return Fraction(at(r.part)) / at(r.whole) in r.ratio
    assert isinstance(r, Accumulates)
    events = {k[1].start: v for k, v in truth.items() if k[0] in r.events}
    earlier = [d for d in days if d.start < day.start]
    if not earlier:
        return True
    before = earlier[-1]
    between = sum(v for when, v in events.items() if before.start < when < day.start)
    return bool(at(r.total) - at(r.total, before) >= between)


@given(datasets(with_truth=True))
def test_consistent_datasets_hold_their_truth(example: tuple[Dataset, Truth]) -> None:
    """In datasets(with_truth=True) every exact figure contains the truth at its date."""
    dataset, truth = example
    for f in dataset.figures:
        assert (f.measure, f.as_of) in truth
        if f.exact_interval is not None:
            assert truth[f.measure, f.as_of] in f.exact_interval


@given(datasets(with_truth=True, min_figures=0, max_figures=3))
def test_relations_hold_for_the_truth(example: tuple[Dataset, Truth]) -> None:
    """Every relation of a consistent data set holds for its truth at every date."""
    dataset, truth = example
    days = sorted({k[1] for k in truth if dataset.measure(k[0]).kind != "event"})
    for r in dataset.relations:
        for day in days:
            if isinstance(r, Accumulates) or all((m, day) in truth for m in r.measures):
                assert _relation_holds(r, truth, day, days), (r.describe(), day)


@given(datasets(with_truth=True, min_figures=0, max_figures=2))
def test_cumulative_truths_never_fall(example: tuple[Dataset, Truth]) -> None:
    """A cumulative measure's truth is non-decreasing over its dates."""
    dataset, truth = example
    for m in dataset.measures:
        if m.kind == "cumulative":
            series = [
                v for (mid, day), v in sorted(truth.items(), key=lambda kv: kv[0][1]) if mid == m.id
            ]
            assert series == sorted(series)


@given(datasets(min_figures=3, max_figures=6, relations=False))
def test_dataset_size_and_relations_follow_the_arguments(dataset: Dataset) -> None:
    """min_figures/max_figures bound the figure count; relations=False draws none."""
    assert 3 <= len(dataset.figures) <= 6
    assert dataset.relations == ()


@given(datasets(consistent=False, max_figures=6))
def test_planted_conflict_cannot_hold(example: tuple[Dataset, Planted]) -> None:
    """The planted figures of an inconsistent data set share no value, each alone is possible."""
    dataset, planted = example
    pair = [dataset.figure(i) for i in planted.figures]
    assert len(pair) == 2
    assert all(f.measure == planted.measure and f.as_of == planted.as_of for f in pair)
    assert len(dataset.figures_of(planted.measure)) == 2
    assert not any(planted.measure in r.measures for r in dataset.relations)
    a, b = (_literal(f) for f in pair)
    assert not a.overlaps(b)
    assert not a.is_empty
    assert not b.is_empty


def _literal(f: Figure) -> Interval:
    if f.exact_interval is not None:
        return f.exact_interval
    from pwstats import parse

    return parse(f.statement, reading="lenient").interval


# -- registration -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [Interval, DateSpan, Source, Measure, Figure, Relation, Dataset])
def test_from_type_draws_each_public_type(kind: type) -> None:
    """st.from_type works for every public value type once Hypothesis has loaded pwstats."""

    @given(st.from_type(kind))
    def drawn(value: object) -> None:
        assert isinstance(value, kind)

    drawn()


@pytest.mark.parametrize(
    "first", ["import hypothesis", "import pwstats.strategies", "import pwstats"]
)
def test_entry_point_registers_whatever_is_imported_first(first: str) -> None:
    """The Hypothesis entry point registers the strategies whichever module loads first."""
    code = (
        f"{first}\n"
        "from hypothesis import given, strategies as st\n"
        "import pwstats\n"
        "@given(st.from_type(pwstats.Interval))\n"
        "def t(iv): assert isinstance(iv, pwstats.Interval)\n"
        "t(); print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# -- phrases --------------------------------------------------------------------------


@pytest.mark.parametrize("reading", ["literal", "pragmatic", "lenient"])
def test_hedged_phrases_pair_text_with_a_non_empty_interval(reading: str) -> None:
    """hedged_phrases() draws non-empty text with a non-empty, non-negative interval."""

    @given(hedged_phrases(reading=reading))  # type: ignore[arg-type]
    def check(pair: tuple[str, Interval]) -> None:
        text, expected = pair
        assert text.strip()
        assert not expected.is_empty
        assert Interval.at_least(0).contains(expected)

    check()


@given(loose.measures(dims=loose.dimensions(min_size=1, max_size=2)))
def test_measures_carry_the_dims_drawn(m: Measure) -> None:
    """measures(dims=...) gives each measure one to two valid dimensions."""
    assert 1 <= len(m.dims) <= 2
    assert all(Dims.check_name(name) == name for name in m.dims)
